//! The sixty-fourth session's review of its own verification rules: a number before a
//! month-first date (`Issue 4 March 12, 2021`) kept the date from being read, and the
//! left-out run moved past a number gave a year the word after it (`2019 in`).

use citecheck::model::{DiffKind, MatchKind, Verdict};
use citecheck::server::Response;

use super::eval_s63::{altered, check_served};

fn page() -> String {
    "<!doctype html><html lang=\"en\"><head><title>Print</title></head><body><article>\
     <h1>The last print run</h1>\
     <p>Issue 4 March 12, 2021 was the last print edition of the county gazette.</p>\
     <p>Sales of the gazette grew in 2019 in 2020 and beyond, the publisher said.</p>\
     </article></body></html>"
        .to_string()
}

fn check(quotes: &str) -> Vec<citecheck::model::QuoteResult> {
    check_served(
        vec![("/print", Response::html(page()))],
        &format!("# Print\n\n{quotes}\n[^p]: [Gazette](BASE/print).\n"),
    )
}

/// A number before a month-first date is another thing's (an issue's): the date is read
/// and written day first matches it.
#[test]
fn a_month_first_date_after_a_number_is_still_a_date() {
    let results = check(
        "\"Issue 4 12 March 2021 was the last print edition of the county gazette\"[^p].\n\n",
    );
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(r.match_kind, Some(MatchKind::Minor), "{r:#?}");
}

/// A year left out takes the word before it: `in 2019`, not `2019 in`.
#[test]
fn a_year_left_out_keeps_the_word_before_it() {
    let results = check("\"Sales of the gazette grew in 2020 and beyond\"[^p].\n\n");
    let r = &results[0];
    let diffs = altered(r);
    assert_eq!(diffs.len(), 1, "{r:#?}");
    assert_eq!(diffs[0].0, DiffKind::Dropped, "{r:#?}");
    assert_eq!(diffs[0].2, "in 2019", "{r:#?}");
}
