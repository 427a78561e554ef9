//! Regressions from the fifty-second session's held-out evaluation of quote verification: a
//! negation the page sets before an aside (`was not, on current budgets, affordable`) went
//! unnoticed, so a quotation that left it out, even with an ellipsis standing for it, was
//! `verified` with no warning.

use citecheck::model::{DiffKind, Verdict};

use super::s24_match::diffs;
use super::s49_check::check_served;

const MEALS: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>School meals review</title></head><body><main><article><h1>School meals</h1>\
    <p>The county's finance officer presented the review of the free breakfast scheme to \
    the cabinet on Tuesday evening.</p>\
    <p>She told members that the scheme was not, on current budgets, affordable beyond 2027 \
    without help from central government. The canteens would never \u{2014} whatever the \
    grant \u{2014} open at weekends again.</p>\
    <p>The kitchens were, on the other hand, well run and popular with parents across the \
    district.</p></article></main></body></html>";

fn checked(quotes: &str) -> Vec<citecheck::model::QuoteResult> {
    check_served(&[("/review", MEALS.to_string())], quotes)
}

/// An ellipsis opening the quote stands for the page's words before the quoted ones, and
/// they hold the negation: the quote says the opposite of the page.
#[test]
fn an_opening_ellipsis_that_leaves_out_a_negation_before_an_aside_is_an_alteration() {
    for ellipsis in ["\u{2026}", "..."] {
        let quotes = checked(&format!(
            "# Meals\n\nThe officer said the scheme was \u{201C}{ellipsis} affordable beyond \
             2027 without help from central government\u{201D}, according to the \
             [review](BASE/review).\n"
        ));
        assert_eq!(quotes.len(), 1, "{quotes:#?}");
        opening_ellipsis_leaves_out_not(&quotes[0]);
    }
}

#[track_caller]
fn opening_ellipsis_leaves_out_not(r: &citecheck::model::QuoteResult) {
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(
        diffs(r),
        [(
            DiffKind::Dropped,
            "",
            "not, on current budgets",
            Some("negation removed: the ellipsis leaves it out")
        )],
        "{r:#?}"
    );
    assert!(r.detail.contains("a negation"), "{}", r.detail);
}

/// With no ellipsis the words are the page's, but the negation before the aside is left out
/// of the article's sentence: a warning, as for a negation right before the quote. An aside
/// after no negation (`were, on the other hand, well run`) warns of nothing.
#[test]
fn a_negation_before_an_aside_just_before_the_quoted_words_is_warned_about() {
    let quotes = checked(
        "# Meals\n\nThe officer said the scheme was \u{201C}affordable beyond 2027 without \
         help from central government\u{201D}, according to the [review](BASE/review).\n\n\
         She said the canteens would \u{201C}open at weekends again\u{201D} in the \
         [review](BASE/review).\n\n\
         The review found the kitchens were \u{201C}well run and popular with parents across \
         the district\u{201D}, as the [review](BASE/review) says.\n",
    );
    assert_eq!(quotes.len(), 3, "{quotes:#?}");
    let warned = |r: &citecheck::model::QuoteResult, w: &str| {
        r.warnings
            .iter()
            .any(|m| m.contains(&format!("\u{201C}{w}\u{201D} just before the quoted words")))
    };
    assert_eq!(quotes[0].verdict, Verdict::Verified, "{:#?}", quotes[0]);
    assert!(
        warned(&quotes[0], "not, on current budgets"),
        "{:#?}",
        quotes[0]
    );
    assert!(
        warned(&quotes[1], "never \u{2014} whatever the grant"),
        "{:#?}",
        quotes[1]
    );
    assert_eq!(quotes[2].verdict, Verdict::Verified, "{:#?}", quotes[2]);
    assert!(quotes[2].warnings.is_empty(), "{:#?}", quotes[2]);
}

/// A page's quotation closing its sentence (`‘We will open in May.’`) then a sentence of
/// reported speech (`She said …`): no speaker's label is read from `May. She`, and a quote
/// of the reported words disputes no one's.
#[test]
fn a_closed_quotation_then_she_said_names_no_speaker() {
    let page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
        <title>Depot</title></head><body><main><article><h1>Depot</h1>\
        <p>Mendes told the board: \u{2018}We will open in May.\u{2019} She said the \
        depot\u{2019}s roof would be repaired before the first buses arrive in the spring.</p>\
        <p>The board approved the budget for the works without a vote.</p>\
        </article></main></body></html>";
    let quotes = check_served(
        &[("/depot", page.to_string())],
        "# Depot\n\nMendes said \u{201C}the depot\u{2019}s roof would be repaired before the \
         first buses arrive\u{201D}, as the [report](BASE/depot) says.\n",
    );
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].verdict, Verdict::Verified, "{:#?}", quotes[0]);
    assert!(quotes[0].disputes.is_empty(), "{:#?}", quotes[0]);
}
