//! Regressions from the fifty-fourth session's held-out evaluation of quote verification: a
//! plain-text page's running header between two pages turned a verbatim quote into a
//! misquote ("number left out"); a reader's comment holding half the quote beat the article
//! holding all of it with one number changed; a month changed as the quote's last word was
//! shown as `May` added with the page's `March` never named; and an ellipsis leaving out
//! `hasn't changed` was said to leave out a negation that "may reverse the meaning".

use citecheck::model::{DiffKind, Verdict};
use citecheck::verify::SourceText;

use super::evaluation2::{check, html};

/// A plain-text page (the minutes a council publishes as text) whose quote runs over a page
/// break with the document's running header and page number between its halves.
#[test]
fn a_plain_text_page_break_is_not_part_of_the_quote() {
    let page = "HOLMFIELD PARISH COUNCIL\nMinutes of the Roads Committee\n\n\
        1. The clerk reported that the traders on Mill Street had asked to be heard.\n\n    \
        The chair said the traders had not been consulted separately and that several of\n    \
        them\n\n\
        HOLMFIELD PARISH COUNCIL - Roads Committee\n\
        3 March 2025                                               Page 2 of 4\n\n    \
        open their shutters before 9 am on market days, so the closure would hurt them.\n\n\
        2. The committee agreed to write to the county about the closure dates.\n";
    let src = SourceText::from_text(page.to_string());
    let r = check(
        "the traders had not been consulted separately and that several of them open their \
         shutters before 9 am on market days",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(r.differences.is_empty(), "{:#?}", r.differences);
    // A page named in a sentence is the text's own: a quote holding it is verbatim.
    let r = check("The clerk reported that the traders on Mill Street", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    // A sentence right above a page number, with no blank line between, is the text's
    // (review: it was blanked with the page number, and its quote "not found").
    let src = SourceText::from_text(
        "Minutes of the meeting.\n\nThe council approved the budget on Monday after a long \
         debate.\nPage 2\n\nMore text follows here.\n"
            .to_string(),
    );
    let r = check(
        "The council approved the budget on Monday after a long debate.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    let src = SourceText::from_text(
        "The agenda is short.\n\nMembers should turn to page 12\n\nof the draft plan before \
         the meeting on Thursday.\n"
            .to_string(),
    );
    let r = check("turn to page 12 of the draft plan", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
}

/// A reader's comment repeating half of the quote (with the quote's number) stands below
/// the article that holds all of it (with another number): the article's passage is the
/// match, and the number's change is what is shown.
#[test]
fn the_article_beats_a_comment_holding_half_the_quote() {
    let src = SourceText::from_html(
        "<!DOCTYPE html><html><head><title>Fares</title></head><body><main><article>\
         <h1>Ferry fares to rise</h1><p>The island's ferry board met on Thursday evening in \
         the harbour office.</p><p>The board will publish a new timetable in the spring. \
         Tickets will cost 7 per cent more, the first increase since 2018.</p></article>\
         <section class=\"comments\" id=\"comments\"><h2>Comments (2)</h2>\
         <div class=\"comment\"><p class=\"author\">seagull_42</p><p>Not again! Tickets will \
         cost 5 per cent more apparently, and I will believe the timetable when I see it \
         printed.</p></div></section></main></body></html>",
    );
    let r = check(
        "Tickets will cost 5 per cent more, the first increase since 2018",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        r.differences
            .iter()
            .any(|d| d.quote == "5" && d.source == "7" && d.kind == DiffKind::Changed),
        "{:#?}",
        r.differences
    );
    assert!(
        !r.differences
            .iter()
            .any(|d| d.source.contains("seagull") || d.source.contains("Comments")),
        "{:#?}",
        r.differences
    );
}

/// A quote whose last word is a changed month: the page's month is named beside it.
#[test]
fn a_month_changed_as_the_last_word_is_named() {
    let src = html(
        "<p>The harbour authority met on Monday to agree the plans for the coming season.</p>\
         <p>Sailings between Kelby and Norra Holm will resume on 21 April after a \
         two-year closure, the authority said.</p>",
    );
    let r = check(
        "Sailings between Kelby and Norra Holm will resume on 21 May",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        r.differences
            .iter()
            .any(|d| d.quote == "May" && d.source == "April"),
        "{:#?}",
        r.differences
    );
}

/// An ellipsis leaving out `hasn't changed` leaves out no negation of what the quote says.
#[test]
fn an_ellipsis_over_a_negated_verb_of_no_change_reverses_nothing() {
    let src = html(
        "<p>The food bank's manager spoke at the open day.</p><p>Families still come to us \
         hungry. That hasn't changed and it won't change while I run this place. We will \
         keep the doors open.</p>",
    );
    let r = check(
        "Families still come to us hungry. ... it won't change while I run this place.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings.iter().all(|w| !w.contains("reverse")),
        "{:#?}",
        r.warnings
    );
    // A negation that denies what the quote's first part says is still named.
    let src = html(
        "<p>The inspector wrote up the visit.</p><p>The old pier is safe to use. That is not \
         true, and we checked every beam ourselves last week.</p>",
    );
    let r = check(
        "The old pier is safe to use. ... we checked every beam ourselves last week.",
        &src,
    );
    assert!(
        r.warnings.iter().any(|w| w.contains("\u{201C}not\u{201D}")),
        "{:#?}",
        r.warnings
    );
}

/// A quantity in words against the page's figure (`a decade` for "fifteen years") is a
/// number changed; it was "number left out".
#[test]
fn a_quantity_in_words_against_a_figure_is_a_number_changed() {
    let src = html(
        "<p>The lifeboat crew met the press on the quay.</p><p>The station has stood empty \
         for fifteen years while the council looked for a buyer.</p>",
    );
    let r = check(
        "The station has stood empty for a decade while the council looked for a buyer",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    let notes: Vec<&str> = r
        .differences
        .iter()
        .filter_map(|d| d.note.as_deref())
        .collect();
    assert!(notes.contains(&"number changed"), "{:#?}", r.differences);
    assert!(!notes.contains(&"number left out"), "{:#?}", r.differences);
}
