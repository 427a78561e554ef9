//! Regressions from the sixty-second session's held-out evaluation of `check`, the pages
//! served on 127.0.0.1: a poem's lines and stanzas, a table's cell and a list's items,
//! numbers written two ways, British and American spelling, a dropped or added `not`,
//! editorial brackets, passages joined out of order, comments and related articles, soft
//! hyphens and ligatures, a translation, pages whose text is only in their JSON-LD, their
//! script data, their title or description, and a paywall teaser. Two verdicts were wrong:
//! the ordinal `2nd` against a page's `second` (and the other way round) was a changed word
//! (`3rd` for "third" was not), and a quote partly found on a paywall teaser was `partial`
//! with nothing saying the parts not found may be behind the paywall.

use citecheck::model::{DiffKind, MatchKind, PageRegion, QuoteResult, Verdict};

use super::s49_check::check_served;

fn html(lang: &str, title: &str, head: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}\
         </title>{head}</head><body>{body}</body></html>"
    )
}

/// A poem, its lines broken with `<br>`, its stanzas paragraphs.
fn poem() -> String {
    html(
        "en-GB",
        "The Lighthouse Keeper",
        "",
        "<nav><a href=\"/\">Poems</a> <a href=\"/about\">About</a></nav><main><article>\
         <h1>The Lighthouse Keeper</h1>\n\
         <p>The lamp is lit at half past four,<br>the gulls go quiet on the shore,<br>\
         and every ship that passes by<br>is counted once against the sky.</p>\n\
         <p>I kept the light for thirty years<br>through wind and salt and winter fears,</p>\n\
         <p>and no one thanked me, no one came,<br>but every night I lit the flame.</p>\n\
         </article></main>",
    )
}

/// A council's housing report: a table, a list, numbers, British spelling, a heading, a
/// negation, a comments section and related articles.
fn report() -> String {
    html(
        "en-GB",
        "Housing report",
        "",
        "<header><a href=\"/\">City News</a></header><main><article>\
         <h1>Rents keep rising, council report finds</h1>\n\
         <p>Average rents in the city rose by 10 percent in the second quarter of the year, \
         according to the council's figures.</p>\n\
         <p>There are now 12,500 households on the waiting list, up from 9&#x202F;800 a year \
         ago. Deposits fell 5% in March.</p>\n\
         <p>This is the 2nd time the council has missed its target for new homes.</p>\n\
         <table><tr><th>Region</th><th>Finding</th></tr>\
         <tr><td>North</td><td>Rents rose faster than wages for the third year running</td></tr>\
         <tr><td>South</td><td>Fewer homes were let to families with children</td></tr></table>\n\
         <p>The report sets out three aims:</p>\
         <ul><li>Build 1,000 new homes on brownfield land by 2030</li>\
         <li>Cap deposits at one month's rent for every tenancy</li>\
         <li>Inspect every licensed landlord at least once a year</li></ul>\n\
         <p>The council said its favourite option was to organise the neighbourhoods into \
         zones, each with a colour on the map.</p>\n\
         <h2>A plan for renters</h2>\n\
         <p>The council will cap deposits at one month's rent from April. Tenants will be \
         able to pay in instalments.</p>\n\
         <p>The mayor said the council would not raise council tax to pay for the scheme. \
         She said the pilot scheme was a success and would be extended to every ward.</p>\n\
         <p>The tenants' union said the landlords has ignored every letter we sent. It wants \
         a register of landlords open to the public.</p>\n\
         </article>\
         <aside class=\"related\"><h2>Related articles</h2><ul><li><a href=\"/a\">Council \
         leader: We will build on the green belt if we must</a></li></ul></aside>\
         <section id=\"comments\" class=\"comments\"><h2>Comments</h2><div class=\"comment\">\
         <p class=\"author\">Pat, Leeds</p><p>This scheme will ruin small landlords across \
         the city.</p></div></section></main>\
         <footer>&copy; City News</footer>",
    )
}

/// An American page.
fn american() -> String {
    html(
        "en-US",
        "Center review",
        "",
        "<main><article><h1>Review announced</h1>\
         <p>The center will analyze the program and report its findings to the city in the \
         fall.</p></article></main>",
    )
}

/// Soft hyphens, no-break spaces, zero-width spaces and ligatures in the page's words.
fn unicode() -> String {
    html(
        "en-GB",
        "Office review",
        "",
        "<main><article><h1>Review</h1>\
         <p>The inter&shy;national \u{FB01}nancial o\u{FB03}ce will care\u{200B}fully review \
         the plans for 10&nbsp;000 homes near the station.</p>\
         <p>O\u{FB03}cials said the review would take a year.</p></article></main>",
    )
}

const FRENCH: &str = "Le maire a déclaré que la ville construirait mille nouveaux logements \
    d'ici 2030, et que les loyers seraient plafonnés dans les quartiers les plus chers.";

fn french() -> String {
    html(
        "fr",
        "Logement",
        "",
        &format!(
            "<main><article><h1>Logement : le plan du maire</h1><p>{FRENCH}</p>\
             <p>Les associations de locataires ont salué une décision attendue depuis \
             longtemps.</p></article></main>"
        ),
    )
}

/// The article only in the page's JSON-LD.
fn jsonld() -> String {
    html(
        "en",
        "Bridge closure",
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\
         \"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\",\"articleBody\":\"The \
         bridge will close for six months from January while engineers replace its deck. \
         Buses will be diverted through the town centre.\"}</script>",
        "<div id=\"root\"></div><script src=\"/app.js\"></script>",
    )
}

/// The article only in Next.js's data.
fn nextdata() -> String {
    html(
        "en",
        "Ferry fares",
        "",
        "<div id=\"__next\"></div><script id=\"__NEXT_DATA__\" type=\"application/json\">\
         {\"props\":{\"pageProps\":{\"article\":{\"title\":\"Fares frozen\",\"body\":\"<p>Ferry \
         fares will be frozen until the end of next year, the operator said on Monday.</p>\
         <p>Islanders had campaigned for a freeze since the spring.</p>\"}}},\
         \"page\":\"/news/[slug]\",\"buildId\":\"abc\"}</script>",
    )
}

/// The quote only in the page's title and description.
fn meta() -> String {
    html(
        "en",
        "Minister resigns over housing row",
        "<meta name=\"description\" content=\"The housing minister resigned on Friday after \
         weeks of criticism over the cladding scheme.\">",
        "<main><h1>Live: politics</h1><p>Follow the day's events as they happen.</p>\
         <p>Loading updates.</p></main>",
    )
}

/// A paywall after the first paragraph.
fn paywall() -> String {
    html(
        "en-GB",
        "Hospital plan",
        "",
        "<main><article><h1>Hospital to close its maternity ward</h1>\
         <p>The county hospital will close its maternity ward in the summer, moving births \
         to a unit forty miles away, health chiefs confirmed last night.</p>\
         <div class=\"paywall\"><p>Subscribe to continue reading</p><p>Already a subscriber? \
         Log in</p></div></article></main>",
    )
}

/// Ordinals in words and figures, and `second` the unit of time.
fn ordinals() -> String {
    html(
        "en-GB",
        "League",
        "",
        "<main><article><h1>League table</h1>\
         <p>The club finished 2nd in the league for a second year, ten points behind the \
         leaders.</p>\
         <p>The winning goal came a second before the final whistle.</p>\
         <p>It was the club's twenty-second season in the top flight.</p>\
         <p>Its second stadium will open in the 1st week of August.</p></article></main>",
    )
}

/// The verdict, how it matched and where, for a quote checked against the pages.
#[track_caller]
fn assert_found(r: &QuoteResult, kind: MatchKind, region: PageRegion) {
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(r.match_kind, Some(kind), "{r:#?}");
    assert_eq!(r.region, Some(region), "{r:#?}");
    assert!(r.differences.is_empty(), "{r:#?}");
}

/// The one changed difference of an altered quote: the quote's words, the page's, the note.
#[track_caller]
fn only_change(r: &QuoteResult) -> (String, String, Option<String>, DiffKind) {
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(r.differences.len(), 1, "{:#?}", r.differences);
    let d = &r.differences[0];
    (d.quote.clone(), d.source.clone(), d.note.clone(), d.kind)
}

/// A poem's lines broken with `<br>` and its stanzas are one run of words (a quote may mark
/// a line break with `/`); a table's cell and a list's items are found as prose is; a
/// heading with the sentence after it too; a word changed in a line is shown.
#[test]
fn lines_stanzas_cells_items_and_headings_are_found() {
    let article = "# Housing\n\n\
        \"the gulls go quiet on the shore, and every ship that passes by\"[^p].\n\n\
        \"through wind and salt and winter fears, and no one thanked me\"[^p].\n\n\
        \"the gulls go quiet on the shore / and every ship that passes by\"[^p].\n\n\
        \"the gulls go silent on the shore, and every ship that passes by\"[^p].\n\n\
        \"Rents rose faster than wages for the third year running\"[^r].\n\n\
        \"Build 1,000 new homes on brownfield land by 2030\"[^r].\n\n\
        \"Build 1,000 new homes on brownfield land by 2030 … Inspect every licensed landlord \
        at least once a year\"[^r].\n\n\
        \"A plan for renters. The council will cap deposits at one month's rent from April\"[^r].\n\n\
        [^p]: [Poem](BASE/poem).\n\
        [^r]: [Report](BASE/report).\n";
    let results = check_served(&[("/poem", poem()), ("/report", report())], article);
    assert_eq!(results.len(), 8, "{results:#?}");
    let kinds = [
        MatchKind::Exact,
        MatchKind::Exact,
        MatchKind::Minor,
        MatchKind::Exact,
        MatchKind::Exact,
        MatchKind::Exact,
        MatchKind::Minor,
    ];
    for (i, kind) in [0, 1, 2, 4, 5, 6, 7].into_iter().zip(kinds) {
        assert_found(&results[i], kind, PageRegion::Main);
    }
    let (quote, page, note, kind) = only_change(&results[3]);
    assert_eq!(
        (quote.as_str(), page.as_str(), kind),
        ("silent", "quiet", DiffKind::Changed)
    );
    assert!(note.is_none(), "{:#?}", results[3]);
}

/// A number, a percentage or an ordinal written the other way (`10%` for "10 percent",
/// `12500` or `9,800` for "12,500" and "9 800", `3rd` for "third", `2nd` for "second" and
/// back, after `the` or `its` or at the quote's start) is the same number: verified, `minor`, and no spelling said to differ. Another
/// number, or another ordinal (`third` for "2nd"), is changed; `second` the unit of time
/// stays a word of its own (`minute` for it is no number changed).
#[test]
fn numbers_and_ordinals_written_another_way_are_the_same() {
    let article = "# Housing\n\n\
        \"Rents rose faster than wages for the 3rd year running\"[^r].\n\n\
        \"Build 1000 new homes on brownfield land\"[^r].\n\n\
        \"rose by 10% in the second quarter of the year\"[^r].\n\n\
        \"There are now 12500 households on the waiting list\"[^r].\n\n\
        \"12,500 households on the waiting list, up from 9,800 a year ago\"[^r].\n\n\
        \"Deposits fell 5 per cent in March\"[^r].\n\n\
        \"the plans for 10,000 homes near the station\"[^u].\n\n\
        \"It was the club's 22nd season in the top flight\"[^o].\n\n\
        \"rose by 10 per cent in the 2nd quarter of the year\"[^r].\n\n\
        \"This is the second time the council has missed its target\"[^r].\n\n\
        \"Its 2nd stadium will open in the first week of August\"[^o].\n\n\
        \"second time the council has missed its target for new homes\"[^r].\n\n\
        \"There are now 12,000 households on the waiting list\"[^r].\n\n\
        \"The club finished third in the league for a second year\"[^o].\n\n\
        \"The winning goal came a minute before the final whistle\"[^o].\n\n\
        [^r]: [Report](BASE/report).\n\
        [^u]: [Review](BASE/unicode).\n\
        [^o]: [League](BASE/ordinals).\n";
    let pages = [
        ("/report", report()),
        ("/unicode", unicode()),
        ("/ordinals", ordinals()),
    ];
    let results = check_served(&pages, article);
    assert_eq!(results.len(), 15, "{results:#?}");
    for r in &results[..12] {
        assert_found(r, MatchKind::Minor, PageRegion::Main);
        assert!(!r.detail.contains("British"), "{}", r.detail);
    }
    let want = [
        ("12,000", "12,500", Some("number changed")),
        ("third", "2nd", Some("number changed")),
        ("minute", "second", None),
    ];
    for (r, (quote, page, note)) in results[12..].iter().zip(want) {
        let (q, p, n, kind) = only_change(r);
        assert_eq!(kind, DiffKind::Changed, "{r:#?}");
        assert_eq!(
            (q.as_str(), p.as_str(), n.as_deref()),
            (quote, page, note),
            "{r:#?}"
        );
    }
}

/// British spelling of an American page and American of a British one are verified, said
/// so; a dropped or added `not` is altered with the word shown; `[sic]` and `[emphasis
/// added]` are the quoter's; two passages joined in the wrong order are altered.
#[test]
fn spelling_negations_editorial_brackets_and_order() {
    let article = "# Housing\n\n\
        \"its favorite option was to organize the neighborhoods into zones, each with a color \
        on the map\"[^r].\n\n\
        \"The centre will analyse the programme and report its findings\"[^a].\n\n\
        \"the landlords has [sic] ignored every letter we sent\"[^r].\n\n\
        \"the council would *not* raise council tax [emphasis added]\"[^r].\n\n\
        \"the council would not raise council tax … the pilot scheme was a success\"[^r].\n\n\
        \"the council would raise council tax to pay for the scheme\"[^r].\n\n\
        \"The pilot scheme was not a success and would be extended to every ward\"[^r].\n\n\
        \"the pilot scheme was a success … the council would not raise council tax\"[^r].\n\n\
        [^r]: [Report](BASE/report).\n\
        [^a]: [Review](BASE/american).\n";
    let results = check_served(&[("/report", report()), ("/american", american())], article);
    assert_eq!(results.len(), 8, "{results:#?}");
    for r in &results[..2] {
        assert_found(r, MatchKind::Minor, PageRegion::Main);
        assert!(
            r.detail.contains("British and American spelling"),
            "{}",
            r.detail
        );
    }
    for r in &results[2..5] {
        assert_found(r, MatchKind::Exact, PageRegion::Main);
    }
    let (q, p, note, kind) = only_change(&results[5]);
    assert_eq!(
        (q.as_str(), p.as_str(), kind),
        ("", "not", DiffKind::Dropped)
    );
    assert_eq!(note.as_deref(), Some("negation removed"));
    let (q, p, note, kind) = only_change(&results[6]);
    assert_eq!((q.as_str(), p.as_str(), kind), ("not", "", DiffKind::Added));
    assert_eq!(note.as_deref(), Some("negation added"));
    let r = &results[7];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        r.differences.iter().any(|d| d
            .note
            .as_deref()
            .unwrap_or_default()
            .contains("out of order")),
        "{r:#?}"
    );
}

/// Words only in a page's comments, its related articles, its title or its description are
/// found, with a warning that the page's own text does not say them; words only in its
/// JSON-LD or its script data are the article's (the latter warned of); soft hyphens,
/// zero-width spaces and ligatures are typography.
#[test]
fn text_outside_the_article_is_found_with_a_warning() {
    let article = "# Housing\n\n\
        \"This scheme will ruin small landlords across the city\"[^r].\n\n\
        \"We will build on the green belt if we must\"[^r].\n\n\
        \"resigned on Friday after weeks of criticism over the cladding scheme\"[^m].\n\n\
        \"Minister resigns over housing row\"[^m].\n\n\
        \"The bridge will close for six months from January while engineers replace its \
        deck\"[^j].\n\n\
        \"Ferry fares will be frozen until the end of next year\"[^n].\n\n\
        \"The international financial office will carefully review the plans\"[^u].\n\n\
        \"Officials said the review would take a year\"[^u].\n\n\
        [^r]: [Report](BASE/report).\n\
        [^m]: [Minister](BASE/meta).\n\
        [^j]: [Bridge](BASE/jsonld).\n\
        [^n]: [Fares](BASE/nextdata).\n\
        [^u]: [Review](BASE/unicode).\n";
    let pages = [
        ("/report", report()),
        ("/meta", meta()),
        ("/jsonld", jsonld()),
        ("/nextdata", nextdata()),
        ("/unicode", unicode()),
    ];
    let results = check_served(&pages, article);
    assert_eq!(results.len(), 8, "{results:#?}");
    for (r, said) in results[..4]
        .iter()
        .zip(["furniture", "furniture", "description", "title"])
    {
        assert_found(r, MatchKind::Exact, PageRegion::Furniture);
        assert!(r.warnings.iter().any(|w| w.contains(said)), "{r:#?}");
    }
    assert_found(&results[4], MatchKind::Exact, PageRegion::Main);
    assert!(
        results[4].detail.contains("JSON-LD"),
        "{}",
        results[4].detail
    );
    assert_found(&results[5], MatchKind::Exact, PageRegion::Main);
    assert!(
        results[5]
            .warnings
            .iter()
            .any(|w| w.contains("__NEXT_DATA__")),
        "{:#?}",
        results[5]
    );
    for r in &results[6..] {
        assert_found(r, MatchKind::Typography, PageRegion::Main);
    }
}

/// A quote found on a paywall teaser is verified; one not there is `unverifiable`; one
/// whose first part is there and second is not stays `partial`, saying the page is a
/// paywall teaser, so the part not found may be behind it. A translation of a French page
/// is `unverifiable`; the French words are found, a number added to them altered.
#[test]
fn paywall_teasers_and_translations() {
    let article = "# Housing\n\n\
        \"will close its maternity ward in the summer, moving births to a unit forty miles \
        away\"[^w].\n\n\
        \"the decision was taken without consulting a single midwife\"[^w].\n\n\
        \"will close its maternity ward in the summer … without consulting a single \
        midwife\"[^w].\n\n\
        \"The mayor said the city would build a thousand new homes by 2030\"[^f].\n\n\
        \"la ville construirait mille nouveaux logements d'ici 2030\"[^f].\n\n\
        \"la ville construirait deux mille nouveaux logements d'ici 2030\"[^f].\n\n\
        [^w]: [Hospital](BASE/paywall).\n\
        [^f]: [Logement](BASE/french).\n";
    let results = check_served(&[("/paywall", paywall()), ("/french", french())], article);
    assert_eq!(results.len(), 6, "{results:#?}");
    assert_found(&results[0], MatchKind::Exact, PageRegion::Main);
    let r = &results[1];
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(r.detail.contains("paywall teaser"), "{}", r.detail);
    let r = &results[2];
    assert_eq!(r.verdict, Verdict::Partial, "{r:#?}");
    assert!(
        r.detail.contains(
            "the page is a paywall teaser, not the article, so they may be in the rest of it"
        ),
        "{}",
        r.detail
    );
    let r = &results[3];
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(r.detail.contains("translation"), "{}", r.detail);
    assert_found(&results[4], MatchKind::Exact, PageRegion::Main);
    let (q, p, _, kind) = only_change(&results[5]);
    assert_eq!(
        (q.as_str(), p.as_str(), kind),
        ("deux mille", "mille", DiffKind::Changed)
    );
}
