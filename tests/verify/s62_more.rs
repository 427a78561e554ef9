//! Session 62, `check`'s verdicts and details made more precise: a quote found only in the
//! page's furniture says where (its comments, a related article's teaser, its navigation,
//! header, footer or a sidebar); a quote running on past a paywall teaser's end says the
//! rest may be behind the paywall, and is `partial` rather than `altered` where the page
//! simply stops; `second` and `2nd` on a page writing both are one ordinal; a page's
//! `<noscript>` copy does not verify a quote the article it shows has otherwise.

use citecheck::model::{DiffKind, MatchKind, PageRegion, QuoteResult, Verdict};

use super::s49_check::check_served;

fn html(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Page</title>\
         </head><body>{body}</body></html>"
    )
}

const ARTICLE: &str = "<h1>Bridge repairs</h1><p>Repairs to the old stone bridge over the \
    river will take another six months, the county council said on Tuesday, after engineers \
    found more damage to its arches than the first survey had shown.</p><p>Buses will keep \
    using the diversion through the villages until the work is finished, and the footpath \
    under the bridge stays closed.</p>";

/// An article with every kind of furniture around it.
fn furnished() -> String {
    html(&format!(
        "<header class=\"masthead\"><a href=\"/\">Valley Gazette</a><p>Local news you can \
         trust every single day</p></header>\
         <nav><a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather forecasts for the \
         whole valley</a></nav>\
         <main><article>{ARTICLE}</article>\
         <aside class=\"sidebar\"><p>Our newsletter brings the valley's best stories to your \
         inbox each week.</p></aside>\
         <aside class=\"related\"><h2>Related articles</h2><ul><li><a href=\"/b\">Mayor says \
         the old bridge will never carry buses again</a></li></ul></aside>\
         <section id=\"comments\" class=\"comments\"><h2>Comments</h2><div class=\"comment\">\
         <p>The repairs have taken far too long for everyone in town.</p></div></section>\
         </main><footer><p>Printed and published in the valley since eighteen ninety</p>\
         </footer>"
    ))
}

/// The furniture warning of a quote found only there.
#[track_caller]
fn furniture_warning(r: &QuoteResult) -> &str {
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(r.region, Some(PageRegion::Furniture), "{r:#?}");
    r.warnings
        .iter()
        .find(|w| w.contains("furniture"))
        .map(String::as_str)
        .unwrap_or_else(|| panic!("no furniture warning: {r:#?}"))
}

/// A quote found only in the page's furniture names where it is, as the markup tells it,
/// not every kind of furniture at once.
#[test]
fn furniture_warnings_name_where_the_words_are() {
    let article = "# Bridge\n\n\
        \"The repairs have taken far too long for everyone in town\"[^g].\n\n\
        \"the old bridge will never carry buses again\"[^g].\n\n\
        \"Weather forecasts for the whole valley\"[^g].\n\n\
        \"Our newsletter brings the valley's best stories to your inbox\"[^g].\n\n\
        \"Printed and published in the valley since eighteen ninety\"[^g].\n\n\
        \"Local news you can trust every single day\"[^g].\n\n\
        [^g]: [Gazette](BASE/bridge).\n";
    let results = check_served(&[("/bridge", furnished())], article);
    assert_eq!(results.len(), 6, "{results:#?}");
    let places = [
        "comments",
        "related article",
        "navigation",
        "sidebar",
        "footer",
        "header",
    ];
    for (r, place) in results.iter().zip(places) {
        let w = furniture_warning(r);
        assert!(w.contains(place), "{place}: {w}");
        for other in places.iter().filter(|p| **p != place) {
            assert!(!w.contains(other), "{place}, not {other}: {w}");
        }
    }
}

/// A paywall after the first paragraph.
fn paywall() -> String {
    html(
        "<main><article><h1>Hospital to close its maternity ward</h1>\
         <p>The county hospital will close its maternity ward in the summer, moving births \
         to a unit forty miles away, health chiefs confirmed last night.</p>\
         <div class=\"paywall\"><p>Subscribe to continue reading</p><p>Already a subscriber? \
         Log in</p></div></article></main>",
    )
}

/// The same, with a second paragraph before the paywall.
fn paywall_two() -> String {
    html(
        "<main><article><h1>Hospital to close its maternity ward</h1>\
         <p>The county hospital will close its maternity ward in the summer, moving births \
         to a unit forty miles away, health chiefs confirmed last night.</p>\
         <p>Campaigners said they would fight the plan in the courts.</p>\
         <div class=\"paywall\"><p>Subscribe to continue reading</p><p>Already a subscriber? \
         Log in</p></div></article></main>",
    )
}

/// A quote whose words run on past a paywall teaser's last word: the part shown is found,
/// the rest may be behind the paywall; `partial`, not `altered`, where only the words after
/// the teaser's end are missing; `altered`, still saying so, where a word shown differs; and
/// plain `altered` where the teaser goes on with other words.
#[test]
fn a_quote_running_past_a_paywall_teaser_is_not_called_a_misquote() {
    let article = "# Hospital\n\n\
        \"will close its maternity ward in the summer, moving births to a unit forty miles \
        away, health chiefs confirmed last night. The decision was taken without consulting \
        a single midwife\"[^w].\n\n\
        \"will shut its maternity ward in the summer, moving births to a unit forty miles \
        away, health chiefs confirmed last night. The decision was taken without consulting \
        a single midwife\"[^w].\n\n\
        \"will close its maternity ward in the summer, moving births to a unit forty miles \
        away, health chiefs confirmed last night. The decision was taken without consulting \
        a single midwife\"[^t].\n\n\
        [^w]: [Hospital](BASE/paywall).\n\
        [^t]: [Hospital](BASE/paywall2).\n";
    let results = check_served(
        &[("/paywall", paywall()), ("/paywall2", paywall_two())],
        article,
    );
    assert_eq!(results.len(), 3, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::Partial, "{r:#?}");
    assert!(r.detail.contains("paywall teaser"), "{}", r.detail);
    let last = r.differences.last().expect("a difference");
    assert_eq!(last.kind, DiffKind::Added, "{r:#?}");
    assert!(
        last.quote.contains("without consulting a single midwife"),
        "{r:#?}"
    );
    assert!(last.source.is_empty(), "{r:#?}");
    let r = &results[1];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(r.detail.contains("paywall teaser"), "{}", r.detail);
    assert!(!r.detail.contains("negation added"), "{}", r.detail);
    assert!(
        r.differences
            .iter()
            .any(|d| d.quote == "shut" && d.source == "close"),
        "{r:#?}"
    );
    let r = &results[2];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(!r.detail.contains("behind"), "{}", r.detail);
}

/// Ordinals in words and figures, and `second` the unit of time.
fn ordinals() -> String {
    html(
        "<main><article><h1>League table</h1>\
         <p>The club finished 2nd in the league for a second year, ten points behind the \
         leaders.</p>\
         <p>The winning goal came a second before the final whistle.</p>\
         <p>It was the club's twenty-second season in the top flight.</p></article></main>",
    )
}

/// On a page writing both `2nd` and `second`, a quote writing each the other way is the
/// same ordinals (`minor`), not words moved or changed; another ordinal is still changed,
/// and `second` the unit of time another word than `minute`.
#[test]
fn second_and_2nd_on_a_page_writing_both() {
    let article = "# League\n\n\
        \"The club finished second in the league for a 2nd year\"[^o].\n\n\
        \"second in the league for a second year\"[^o].\n\n\
        \"The club finished second in the league\"[^o].\n\n\
        \"The club finished second in the league for a 3rd year\"[^o].\n\n\
        \"The winning goal came a minute before the final whistle\"[^o].\n\n\
        [^o]: [League](BASE/ordinals).\n";
    let results = check_served(&[("/ordinals", ordinals())], article);
    assert_eq!(results.len(), 5, "{results:#?}");
    for r in &results[..3] {
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.match_kind, Some(MatchKind::Minor), "{r:#?}");
        assert!(r.differences.is_empty(), "{r:#?}");
    }
    for (r, (quote, page)) in results[3..]
        .iter()
        .zip([("3rd", "second"), ("minute", "second")])
    {
        assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
        assert_eq!(r.differences.len(), 1, "{r:#?}");
        let d = &r.differences[0];
        assert_eq!(
            (d.kind, d.quote.as_str(), d.source.as_str()),
            (DiffKind::Changed, quote, page),
            "{r:#?}"
        );
    }
}

/// An article shown, and an older copy of a sentence in its `<noscript>` (which a browser
/// running scripts hides): a quote of the older copy is checked against the article shown
/// (`altered`), with a warning that the `<noscript>` text has it; a quote found only in the
/// `<noscript>` text, nothing like it shown, is verified with the warning.
#[test]
fn noscript_copies_do_not_outvote_the_article_shown() {
    let page = html(&format!(
        "<script src=\"/app.js\"></script><main><article>{ARTICLE}\
         <p>The repairs will cost 4.2 million pounds in total, the council said.</p>\
         <noscript><p>The repairs will cost 3.8 million pounds in total, the council \
         said.</p><p>Enable JavaScript to see the map of the diversion.</p></noscript>\
         </article></main>"
    ));
    let article = "# Bridge\n\n\
        \"The repairs will cost 3.8 million pounds in total\"[^n].\n\n\
        \"Enable JavaScript to see the map of the diversion\"[^n].\n\n\
        [^n]: [Gazette](BASE/noscript).\n";
    let results = check_served(&[("/noscript", page)], article);
    assert_eq!(results.len(), 2, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        r.differences
            .iter()
            .any(|d| d.quote == "3.8 million pounds" && d.source == "4.2 million pounds"),
        "{r:#?}"
    );
    assert!(r.warnings.iter().any(|w| w.contains("noscript")), "{r:#?}");
    let r = &results[1];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(r.warnings.iter().any(|w| w.contains("noscript")), "{r:#?}");
}

/// Review of the sixty-second session: `its second-quarter` is read as the ordinal `2nd` on
/// the page (after a possessive), while a quote starting at `second` has nothing before it
/// to say so; with `a second` (time) elsewhere on the page, the quote was `altered` with a
/// change from “second” to “second”. A verbatim quote is verified.
#[test]
fn a_quote_starting_at_an_ordinal_second_is_verified_beside_a_second_of_time() {
    let page = html(
        "<article><h1>Results</h1><p>The firm said its second-quarter profit doubled on \
         strong sales of its new range of bicycles in the northern markets.</p><p>The chief \
         executive paused for a second before answering questions about the coming year \
         and the plans for a third factory.</p></article>",
    );
    let article = "# Results\n\n\
        \"second-quarter profit doubled on strong sales\"[^r].\n\n\
        [^r]: [Results](BASE/results).\n";
    let results = check_served(&[("/results", page)], article);
    assert_eq!(results.len(), 1, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(r.differences.is_empty(), "{r:#?}");
}
