//! Regressions from the sixty-fifth session's held-out evaluation of `check`, the pages
//! served on 127.0.0.1: accents dropped or added (`café`, `naïve`, `ß`, Turkish `İ`),
//! editors' brackets, ellipses at either end and spaced, numbers, `per cent`, `&` and
//! `U.S.` written another way, words in another order, text only in an image's alt text, a
//! figure's caption, the page's title or description, two near sentences on one page, list
//! items, a trademark sign and an emoji, a table row's later cells, a French page quoted in
//! English, typos swapped on the page, the same words cited to two pages, and a page cut at
//! `max_body`.

use citecheck::model::{DiffKind, MatchKind, PageRegion, Verdict};
use citecheck::server::Response;

use citecheck::verify::LETTERS_SWAPPED;

use super::eval_s63::{altered, assert_clean, check_served, check_served_with};

fn html(lang: &str, title: &str, head: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}\
         </title>{head}</head><body>{body}</body></html>"
    )
}

/// A local news story about a café: accents, `&`, `U.S.`, numbers in words, a figure with
/// alt text and caption, a list, a trademark sign and an emoji, and two near sentences.
fn cafe() -> String {
    html(
        "en-GB",
        "Harbour caf\u{e9} reopens",
        "",
        "<main><article><h1>Harbour caf\u{e9} reopens after ten months</h1>\n\
         <figure><img src=\"/p.jpg\" alt=\"The owner pours coffee behind the new marble \
         counter\"><figcaption>Regulars queue outside the caf\u{e9} on opening morning.\
         </figcaption></figure>\n\
         <p>The caf\u{e9} on Quay Street reopened on Monday after ten months of repairs.</p>\n\
         <p>Its owner, Zo\u{eb} Bront\u{eb}, said the na\u{ef}ve hope of a quick fix had cost \
         her ten per cent of her savings.</p>\n\
         <p>A cafe culture has grown up along the front since the new sea wall was \
         finished.</p>\n\
         <p>The menu mixes cr\u{ea}pes and tea from the U.S. and Japan.</p>\n\
         <p>The council &amp; the harbour board paid for the new sea wall.</p>\n\
         <p>She thanked the builders and the neighbours for their patience.</p>\n\
         <p>Her partner, from \u{130}zmir, runs the kitchen, and the beans come from a roaster \
         on Hauptstra\u{df}e in Berlin.</p>\n\
         <p>The Seaview\u{2122} blend sells out by noon \u{2615} every day.</p>\n\
         <p>The new menu offers:</p><ul><li>fresh bread baked every morning</li><li>soup made \
         from local fish</li><li>cakes from a bakery in the old town</li></ul>\n\
         <p>The old pier will be rebuilt by the council next year, the harbour board said.</p>\n\
         <p>Opening hours are seven until four.</p>\n\
         <p>The old pier will be repaired by the council next year, a spokesman said later.</p>\n\
         </article></main>",
    )
}

/// A ferry story whose headline and summary are only in its `<title>` and description.
fn ferry() -> String {
    html(
        "en",
        "Ferry fares to rise by a fifth in March",
        "<meta name=\"description\" content=\"Operators blame fuel costs for the steepest rise \
         in a decade.\">",
        "<main><article><h1>Fares</h1>\n\
         <p>Ferry operators announced the change on Friday, and passengers' groups said they \
         would appeal to the regulator.</p>\n\
         <p>The council &amp; the harbour board paid for the new sea wall.</p>\n\
         <p>Season tickets will not change until the autumn, the operators said.</p>\n\
         <p>Island residents will keep their discount for another year.</p>\n\
         </article></main>",
    )
}

/// A museum's figures in a table of three columns.
fn museum() -> String {
    html(
        "en",
        "Museum visitors",
        "",
        "<main><article><h1>Visitors</h1>\n\
         <p>Visitor numbers at the harbour museum rose again last year.</p>\n\
         <table><tr><th>Year</th><th>Visitors</th><th>Change</th></tr>\
         <tr><td>2022</td><td>30,800</td><td>back to the level before the pandemic</td></tr>\
         <tr><td>2023</td><td>41,000</td><td>up a third on the year before</td></tr></table>\n\
         <p>The museum will open a new gallery in May.</p>\n\
         </article></main>",
    )
}

/// A French town's news page.
fn piscine() -> String {
    html(
        "fr",
        "La piscine ferme",
        "",
        "<main><article><h1>La piscine ferme</h1>\n\
         <p>Le maire a annonc\u{e9} la fermeture de la piscine municipale pour des travaux de \
         r\u{e9}novation qui dureront deux ans.</p>\n\
         <p>Les nageurs devront se rendre \u{e0} la piscine de la ville voisine pendant les \
         travaux.</p>\n\
         </article></main>",
    )
}

/// A page with typos: two letters swapped.
fn harbour() -> String {
    html(
        "en",
        "Harbour master",
        "",
        "<main><article><h1>Harbour master</h1>\n\
         <p>The harbour master said the new berths would recieve their first ships in teh \
         spring.</p>\n\
         <p>He siad the work was on time and within its budget.</p>\n\
         <p>Boats will be moved to the outer harbour in the meantime.</p>\n\
         </article></main>",
    )
}

fn pages() -> Vec<(&'static str, Response)> {
    vec![
        ("/cafe", Response::html(cafe())),
        ("/ferry", Response::html(ferry())),
        ("/museum", Response::html(museum())),
        ("/piscine", Response::html(piscine())),
        ("/harbour", Response::html(harbour())),
    ]
}

/// The article quoting the pages; `[^c]` the café, `[^f]` the ferry, `[^m]` the museum,
/// `[^p]` the French page, `[^h]` the harbour master.
fn article(quotes: &str) -> String {
    format!(
        "# Harbour\n\n{quotes}\n\
         [^c]: [Caf\u{e9}](BASE/cafe).\n\
         [^f]: [Ferry](BASE/ferry).\n\
         [^m]: [Museum](BASE/museum).\n\
         [^p]: [Piscine](BASE/piscine).\n\
         [^h]: [Harbour master](BASE/harbour).\n"
    )
}

/// Accents a quote drops where it writes none, or adds where the page writes the word so
/// elsewhere, `ß` as `ss`, Turkish `İ` as `I`, a trademark sign or an emoji left out: the
/// page's words. A name's one accent dropped where the quote writes the others is changed.
/// (`café` for the page's `cafe`, which it writes `café` elsewhere, was `accent changed`;
/// `Seaview` for "Seaview™" was a changed word.)
#[test]
fn accents_and_signs_written_another_way() {
    let quotes = "\"The cafe on Quay Street reopened on Monday\"[^c].\n\n\
        \"Its owner, Zoe Bronte, said the naive hope of a quick fix\"[^c].\n\n\
        \"A caf\u{e9} culture has grown up along the front\"[^c].\n\n\
        \"Her partner, from Izmir, runs the kitchen\"[^c].\n\n\
        \"the beans come from a roaster on Hauptstrasse in Berlin\"[^c].\n\n\
        \"Zo\u{eb} Bront\u{eb} said the na\u{ef}ve hope of a quick fix had cost her\"[^c].\n\n\
        \"The Seaview blend sells out by noon every day\"[^c].\n\n\
        \"The Seaview\u{2122} blend sells out by noon \u{2615} every day\"[^c].\n\n\
        \"Its owner, Zo\u{eb} Bronte, said the na\u{ef}ve hope\"[^c].\n\n";
    let results = check_served(pages(), &article(quotes));
    assert_eq!(results.len(), 9, "{results:#?}");
    for r in &results[..7] {
        assert_clean(r, MatchKind::Minor);
    }
    assert_clean(&results[7], MatchKind::Exact);
    assert_eq!(
        altered(&results[8]),
        [(
            DiffKind::Changed,
            "Bronte",
            "Bront\u{eb}",
            Some("accent changed")
        )]
    );
}

/// Editors' brackets, an ellipsis opening, closing or spaced inside a quote, numbers in
/// figures, `percent` and `%` for "per cent", `US` for "U.S." and `and` for `&`: the page's
/// words. (`and` for the page's `&` was a word added.)
#[test]
fn brackets_ellipses_numbers_and_ampersands() {
    let quotes = "\"[T]he na\u{ef}ve hope of a quick fix had cost her ten per cent of her \
        savings\"[^c].\n\n\
        \"[the owner] thanked the builders and the neighbours for their patience\"[^c].\n\n\
        \"... reopened on Monday after ten months of repairs\"[^c].\n\n\
        \"The caf\u{e9} on Quay Street reopened on Monday . . .\"[^c].\n\n\
        \"The caf\u{e9} on Quay Street . . . after ten months of repairs\"[^c].\n\n\
        \"reopened on Monday after 10 months of repairs\"[^c].\n\n\
        \"the na\u{ef}ve hope of a quick fix had cost her 10 percent of her savings\"[^c].\n\n\
        \"a quick fix had cost her 10% of her savings\"[^c].\n\n\
        \"The menu mixes cr\u{ea}pes and tea from the US and Japan\"[^c].\n\n\
        \"Opening hours are 7 until 4\"[^c].\n\n\
        \"The council and the harbour board paid for the new sea wall\"[^c].\n\n";
    let results = check_served(pages(), &article(quotes));
    assert_eq!(results.len(), 11, "{results:#?}");
    for r in results[..2].iter().chain(&results[5..]) {
        assert_clean(r, MatchKind::Minor);
    }
    for r in &results[2..5] {
        assert_clean(r, MatchKind::Exact);
    }
    assert!(
        results[4].detail.contains("ellipsis-separated parts"),
        "{:#?}",
        results[4]
    );
}

/// Words put in another order, a day changed, and the page's typos corrected: said so, a
/// typo of two letters swapped with a note of its own (it was "differs by one letter"). Of
/// two near sentences, each is found where the page has it word for word.
#[test]
fn changes_and_typos_are_said() {
    let quotes = "\"The menu mixes cr\u{ea}pes and tea from Japan and the U.S.\"[^c].\n\n\
        \"She thanked the neighbours and the builders for their patience\"[^c].\n\n\
        \"The caf\u{e9} on Quay Street reopened on Tuesday\"[^c].\n\n\
        \"the new berths would receive their first ships in the spring\"[^h].\n\n\
        \"He said the work was on time and within its budget\"[^h].\n\n\
        \"The old pier will be repaired by the council next year\"[^c].\n\n\
        \"The old pier will be rebuilt by the council next year\"[^c].\n\n";
    let results = check_served(pages(), &article(quotes));
    assert_eq!(results.len(), 7, "{results:#?}");
    for r in &results[..2] {
        let d = altered(r);
        assert_eq!(d.len(), 1, "{r:#?}");
        assert_eq!(d[0].3, Some("word order changed"), "{r:#?}");
    }
    assert_eq!(
        altered(&results[2]),
        [(DiffKind::Changed, "Tuesday", "Monday", None)]
    );
    assert_eq!(
        altered(&results[3]),
        [
            (
                DiffKind::Changed,
                "receive",
                "recieve",
                Some(LETTERS_SWAPPED)
            ),
            (DiffKind::Changed, "the", "teh", Some(LETTERS_SWAPPED)),
        ]
    );
    assert_eq!(
        altered(&results[4]),
        [(DiffKind::Changed, "said", "siad", Some(LETTERS_SWAPPED))]
    );
    for r in &results[5..] {
        assert_clean(r, MatchKind::Exact);
    }
}

/// Text apart from the story's sentences: list items run together, a figure's caption and
/// heading (the page's words), an image's alt text, the title and the description (warned
/// of), the same words cited to two pages holding them, words cited to the wrong page,
/// a French page quoted in English, and a table row's later cells run together (warned of:
/// it was verified with nothing said).
#[test]
fn text_apart_from_the_story() {
    let quotes = "\"fresh bread baked every morning, soup made from local fish\"[^c].\n\n\
        \"Regulars queue outside the caf\u{e9} on opening morning\"[^c].\n\n\
        \"Harbour caf\u{e9} reopens after ten months\"[^c].\n\n\
        \"The owner pours coffee behind the new marble counter\"[^c].\n\n\
        \"Ferry fares to rise by a fifth in March\"[^f].\n\n\
        \"Operators blame fuel costs for the steepest rise in a decade\"[^f].\n\n\
        \"The council & the harbour board paid for the new sea wall\"[^f].\n\n\
        \"The council & the harbour board paid for the new sea wall\"[^c].\n\n\
        \"passengers' groups said they would appeal to the regulator\"[^c].\n\n\
        \"The mayor announced the closure of the municipal swimming pool for renovation \
        work\"[^p].\n\n\
        \"Le maire a annonc\u{e9} la fermeture de la piscine municipale\"[^p].\n\n\
        \"up a third on the year before\"[^m].\n\n\
        \"41,000 up a third on the year before\"[^m].\n\n";
    let results = check_served(pages(), &article(quotes));
    assert_eq!(results.len(), 13, "{results:#?}");
    assert_clean(&results[0], MatchKind::Minor);
    for r in &results[1..3] {
        assert_clean(r, MatchKind::Exact);
    }
    let r = &results[3];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(r.region, Some(PageRegion::Main), "{r:#?}");
    assert!(r.warnings.iter().any(|w| w.contains("alt text")), "{r:#?}");
    for (r, place) in results[4..6].iter().zip(["title", "description"]) {
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.region, Some(PageRegion::Furniture), "{r:#?}");
        let w = format!("found only in the page's {place}");
        assert!(r.warnings.iter().any(|x| x.starts_with(&w)), "{r:#?}");
    }
    for (r, path) in results[6..8].iter().zip(["/ferry", "/cafe"]) {
        assert_clean(r, MatchKind::Exact);
        assert!(
            r.checked_url.as_deref().unwrap_or("").ends_with(path),
            "{r:#?}"
        );
    }
    let r = &results[8];
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    assert!(r.detail.contains("/ferry (note f)"), "{r:#?}");
    let r = &results[9];
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(r.detail.contains("in French"), "{r:#?}");
    for r in &results[10..12] {
        assert_clean(r, MatchKind::Exact);
    }
    let r = &results[12];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(
        r.warnings,
        [
            "runs from the table cell \u{201C}41,000\u{201D} into the next cell of its row: on \
          the page they are not one sentence"
        ],
        "{r:#?}"
    );
}

/// A long history page whose end (and its readers' comments) lies past a small
/// `max_body`.
fn long_page() -> String {
    let mut body = String::from(
        "<main><article><h1>Harbour history</h1>\n\
         <p>The first harbour wall was built by monks in the twelfth century.</p>\n",
    );
    for i in 0..120 {
        body.push_str(&format!(
            "<p>In year {i} of the record the harbour took in grain, timber and salt from \
             the coast, and the tolls paid for its upkeep.</p>\n"
        ));
    }
    body.push_str(
        "<p>The last fishing fleet left the harbour in 1987, the museum's curator said.</p>\n\
         </article><section id=\"comments\" class=\"comments\"><h2>Comments</h2>\
         <div class=\"comment\"><p class=\"author\">Sam</p><p>My grandfather said the fleet \
         was sold off to pay the council's debts.</p></div></section></main>",
    );
    html("en", "Harbour history", "", &body)
}

/// A short story followed by many readers' comments, the page cut in the comments.
fn comments_page() -> String {
    let mut body = String::from(
        "<main><article><h1>Ring road plan</h1>\n\
         <p>The council published its plan for a ring road around the old town on Monday.</p>\n\
         <p>A public meeting will be held in the town hall next month.</p>\n\
         </article><section id=\"comments\" class=\"comments\"><h2>Comments</h2>\
         <div class=\"comment\"><p class=\"author\">Jo</p><p>I heard the mayor call the plan \
         a disgrace to the whole town.</p></div>",
    );
    for i in 0..80 {
        body.push_str(&format!(
            "<div class=\"comment\"><p class=\"author\">Reader {i}</p><p>Another comment \
             about traffic on the bridge and the buses, number {i}.</p></div>"
        ));
    }
    body.push_str("</section></main>");
    html("en", "Ring road plan", "", &body)
}

/// A page cut at `max_body`: a quote past the cut is `unverifiable` with the reason, a
/// number changed before it `altered`, and a paraphrase of a reader's comment on a page cut
/// in its comments is `unverifiable`, the comment named (it was `not_found`).
#[test]
fn a_page_read_in_part() {
    let quotes = "\"The first harbour wall was built by monks in the twelfth century\"[^l].\n\n\
        \"The last fishing fleet left the harbour in 1987\"[^l].\n\n\
        \"the fleet was sold to pay the council's debts\"[^l].\n\n\
        \"The first harbour wall was built by monks in the eleventh century\"[^l].\n\n\
        \"the mayor called the plan a disgrace to the town\"[^r].\n\n";
    let cfg = citecheck::config::Config {
        max_body: Some("4KiB".into()),
        ..citecheck::config::Config::default()
    };
    let article = format!(
        "# History\n\n{quotes}\n[^l]: [History](BASE/long).\n[^r]: [Ring road](BASE/ring).\n"
    );
    let pages = vec![
        ("/long", Response::html(long_page())),
        ("/ring", Response::html(comments_page())),
    ];
    let results = check_served_with(pages, &article, cfg);
    assert_eq!(results.len(), 5, "{results:#?}");
    assert_clean(&results[0], MatchKind::Exact);
    for r in &results[1..3] {
        assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
        assert!(r.detail.contains("cut at the body-size limit"), "{r:#?}");
    }
    assert_eq!(
        altered(&results[3]),
        [(
            DiffKind::Changed,
            "eleventh",
            "twelfth",
            Some("number changed")
        )]
    );
    let r = &results[4];
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(r.detail.contains("only a reader's comment"), "{r:#?}");
    assert!(r.detail.contains("cut at the body-size limit"), "{r:#?}");
}
