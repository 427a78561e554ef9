//! Regressions from the fifty-first session's held-out evaluation of quote verification: a
//! bracket standing for the page's words at a quotation's start (`[the reforms] would be
//! phased in` for "the changes would be phased in") left those words out of the source
//! passage and the evidence link, so an editor could not see what the bracket replaced.

use citecheck::model::{DiffKind, Verdict};

use super::s24_match::diffs;
use super::s49_check::check_served;

const BUSES: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>Rural bus review</title></head><body><main><article><h1>Rural bus review</h1>\
    <p>The transport secretary set out the timetable for the review on Monday.</p>\
    <p>He said the new routes would be tendered in spring and the subsidies would be \
    phased out over four years across the northern districts.</p>\
    <p>Operators have until May to respond.</p></article></main></body></html>";

#[test]
fn the_page_words_a_bracket_replaces_are_part_of_the_source_passage() {
    let article = "# Buses\n\nThe secretary said \"[the grants] would be phased out over four \
        years across the northern districts\", according to the [review](BASE/review).\n";
    let quotes = check_served(&[("/review", BUSES.to_string())], article);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    let r = &quotes[0];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(
        diffs(r),
        [(
            DiffKind::Changed,
            "[the grants]",
            "the subsidies",
            Some("bracket replaces the page's words with others")
        )],
        "{r:#?}"
    );
    assert_eq!(
        r.matched_text.as_deref(),
        Some("the subsidies would be phased out over four years across the northern districts"),
        "{r:#?}"
    );
    let link = r.fragment_link.as_deref().unwrap_or("");
    assert!(link.contains("text=the%20subsidies%20would"), "{link}");
}
