//! The twenty-second session's held-out evaluation of the check stage: each test failed on
//! the code before its fix. Pages are built in memory (no network).

use citecheck::model::{DiffKind, Verdict};

use super::evaluation2::{check, html};

/// A quotation the page interrupts with the reporter's words (`“We could have retreated,”
/// Wierzbicki said. “Instead we went out into the streets.”`) is quoted whole, as print does:
/// it was `altered` ("leaves out “Wierzbicki said” without an ellipsis"). The words joined
/// over are named in a warning (the report's caveat). Words left out that stand inside the quotation marks, or
/// with no quotation marks around them at all, or a long stretch of them, are still a change.
#[test]
fn a_quotation_joined_over_the_reporters_words_is_verified() {
    let src = html(
        "<p>\u{201C}We could have retreated,\u{201D} Wierzbicki said. \u{201C}Instead we went \
         out into the streets and played for anyone who would listen.\u{201D}</p>\
         <p>\"The budget is gone,\" the director told reporters on Monday. \"But the audience \
         is still here.\"</p>\
         <p>The festival could have retreated, the board said, but instead it went out into \
         the squares.</p>\
         <p>\u{201C}Nobody expected the crowds. They came from every town on the coast, and \
         some came twice,\u{201D} the organiser, who asked not to be named because she had \
         not been cleared to speak by the festival's board, said. \u{201C}We ran out of \
         chairs.\u{201D}</p>",
    );
    for quote in [
        "We could have retreated. Instead we went out into the streets",
        "The budget is gone. But the audience is still here.",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {r:#?}");
        assert!(
            r.warnings
                .iter()
                .any(|w| w.contains("joins the page's quotation over words outside")),
            "{r:#?}"
        );
    }
    let r = check(
        "We could have retreated, Wierzbicki said. Instead we went out into the streets",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(r.warnings.is_empty(), "{r:#?}");
    // No quotation marks around the words left out: a change.
    let r = check(
        "The festival could have retreated but instead it went out",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    // Quoted words left out: a change.
    let r = check("Nobody expected the crowds, and some came twice", &src);
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    // A long interruption: a change.
    let r = check(
        "They came from every town on the coast, and some came twice. We ran out of chairs.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
}

/// A quote that joins sentences standing apart on the page leaves out whole sentences: the
/// difference says so, and no longer adds "negation removed" (or a number note) for a `not`
/// in the sentences left out, which the quote's own words never had.
#[test]
fn sentences_left_out_are_no_negation_removed() {
    let src = html(
        "<p>The judge stopped short of ordering the plant to close. Its operator may apply \
         again, and it did not say whether it would. It burns about 250,000 tonnes of waste \
         a year.</p>",
    );
    let r = check(
        "The judge stopped short of ordering the plant to close. It burns about 250,000 tonnes of waste a year.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    let d = r
        .differences
        .iter()
        .find(|d| d.kind == DiffKind::Dropped)
        .expect("a dropped difference");
    assert!(d.source.contains("did not say"), "{d:#?}");
    assert_eq!(d.note, None, "{d:#?}");
    // A `not` left out within a sentence is still a negation removed.
    let r = check(
        "Its operator may apply again, and it did say whether it would",
        &src,
    );
    assert!(
        r.differences
            .iter()
            .any(|d| d.note.as_deref() == Some("negation removed")),
        "{r:#?}"
    );
}

/// From the review of the join rule: words left out that the page sets *inside* quotation
/// marks (`the new drug was “not” safe`) are a change, not a reporter's interruption (they
/// were verified as one: the rule looked for any quote mark, not which way it faced).
#[test]
fn words_inside_quotation_marks_are_no_interruption() {
    let src = html(
        "<p>Officials said the \u{201C}temporary and limited\u{201D} programme would be expanded \
         to every school in the county.</p>\
         <p>The regulator said the new drug was \u{201C}not\u{201D} safe for use in children \
         under twelve years old.</p>",
    );
    for quote in [
        "officials said the programme would be expanded to every school in the county",
        "the new drug was safe for use in children under twelve years old",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}: {r:#?}");
        assert!(r.warnings.is_empty(), "{r:#?}");
    }
}
