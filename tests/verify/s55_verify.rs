//! Regressions from the fifty-fifth session's held-out evaluation of quote verification:
//! a phrase left out right after the quote's first word was shown as that word changed
//! into the phrase's last word; a question mark added to a statement was "found verbatim";
//! a transcript's timestamps were read as the speaker's name; a bare quantifier before the
//! quoted words was not named; an answer's "No," was taken for a negation; a dropped
//! "an estimated" had no hedge note, and "A sign on the gate said" named "gate said" as a
//! speaker.

use citecheck::model::{DiffKind, Verdict};

use super::evaluation2::{check, html};

/// The page's sentence has a qualifying phrase right after its first word; the quote
/// keeps that word and leaves the phrase out. The phrase is what is left out, not the
/// quote's first word changed into the phrase's last word.
#[test]
fn a_phrase_left_out_after_the_first_word_is_dropped_not_a_change() {
    let src = html(
        "<p>Allotment holders over seventy who garden in the parish will get their seeds for \
         nothing from the spring.</p><p>The clerk will send letters in March.</p>",
    );
    let r = check(
        "holders will get their seeds for nothing from the spring",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        !r.differences.iter().any(|d| d.kind == DiffKind::Changed),
        "{:#?}",
        r.differences
    );
    let dropped = r
        .differences
        .iter()
        .find(|d| d.kind == DiffKind::Dropped)
        .unwrap_or_else(|| panic!("{:#?}", r.differences));
    assert_eq!(
        dropped.source, "over seventy who garden in the parish",
        "{r:#?}"
    );
    assert!(
        r.matched_text
            .as_deref()
            .unwrap_or("")
            .starts_with("holders over seventy"),
        "{r:#?}"
    );
}
