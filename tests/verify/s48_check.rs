//! Regressions from the forty-eighth session's held-out evaluation of the check stage: a
//! quote joining two passages that stand paragraphs apart, with no ellipsis, was paired
//! with unrelated words over `--min-similarity` (`changed: quote “… rose by 8% last year” /
//! source “Keane said” [number added]`) instead of `passages joined`; a whole clause the
//! quote leaves out was `negation removed` for the `no longer` in it; and an ellipsis over a
//! whole sentence holding `if` warned that the omission may reverse the meaning. Pages are
//! built in memory (no network).

use citecheck::model::{DiffKind, Verdict};
use citecheck::verify::PASSAGES_JOINED;

use super::evaluation2::{check, html};

/// A library story: the sentence `first`, six paragraphs of other news, then `last`.
fn library_story(first: &str, last: &str) -> citecheck::verify::SourceText {
    let filler = [
        "Readers have asked for longer opening hours since the branch reopened in 2019.",
        "The council's culture committee, which sets the budget, meets again in May.",
        "Byrne told councillors the new rota was long overdue.",
        "The union said in a statement that its members would support the change.",
        "Councillors asked for a review of the charges for printing and photocopying.",
        "The branch lent more than forty thousand books in the last financial year.",
    ];
    let paras: String = std::iter::once(first)
        .chain(filler)
        .chain(std::iter::once(last))
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    html(&format!("<h1>Sunday opening approved</h1>{paras}"))
}

/// The quote's two halves are each on the page word for word, six paragraphs apart: the
/// quote is `altered` with one `passages joined` difference (the page's text between), not
/// a pairing of its second half with the first sentence's speech tag, nor, with a longer
/// second half, of its first half with a sentence of the filler.
#[test]
fn a_quote_joining_passages_paragraphs_apart_is_passages_joined() {
    let src = library_story(
        "The library will open on Sundays from March if enough volunteers come forward, \
         Byrne said.",
        "Visitor numbers rose by 12% last year, and the council expects them to climb again \
         in 2025.",
    );
    for quote in [
        "The library will open on Sundays from March if enough volunteers come forward; \
         visitor numbers rose by 12% last year.",
        "The library will open on Sundays from March if enough volunteers come forward; \
         visitor numbers rose by 12% last year, and the council expects them to climb again \
         in 2025.",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}\n{r:#?}");
        assert_eq!(r.differences.len(), 1, "{quote}\n{r:#?}");
        let d = &r.differences[0];
        assert_eq!(d.kind, DiffKind::Dropped, "{quote}\n{r:#?}");
        assert_eq!(d.note.as_deref(), Some(PASSAGES_JOINED), "{quote}\n{r:#?}");
        assert!(d.source.starts_with("Byrne said."), "{quote}\n{r:#?}");
        assert!(r.detail.contains("joins two passages"), "{}", r.detail);
        // Both halves shown, and linked, where they are.
        let shown = r.matched_text.as_deref().unwrap_or_default();
        assert!(
            shown.contains("enough volunteers come forward") && shown.contains("rose by 12%"),
            "{shown}"
        );
        let link = r.fragment_link.as_deref().unwrap_or_default();
        assert_eq!(link.matches("text=").count(), 2, "{link}");
    }
}

/// A clause the quote leaves out whole (from its `and that` to the sentence's end) is a
/// plain `dropped` difference, though it holds `no longer`; a negation dropped within a
/// clause the quote otherwise has is still `negation removed`.
#[test]
fn a_whole_clause_left_out_is_dropped_not_negation_removed() {
    let src = html(
        "<h1>Harbour board minutes</h1>\
         <p>Mr Quinn told the board that the east pier had been repaired since the winter \
         storms and that the old harbour crane was no longer fit for use.</p>\
         <p>The board agreed to sell the crane for scrap at its next meeting and to seek \
         quotations for a new one.</p>\
         <p>The meeting closed at nine after a short discussion of the summer regatta.</p>",
    );
    let r = check(
        "Mr Quinn told the board that the east pier had been repaired since the winter \
         storms. The board agreed to sell the crane for scrap at its next meeting.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(r.differences.len(), 1, "{r:#?}");
    assert_eq!(r.differences[0].kind, DiffKind::Dropped, "{r:#?}");
    assert_eq!(r.differences[0].note, None, "{r:#?}");

    let r = check(
        "Mr Quinn told the board that the east pier had been repaired since the winter \
         storms and that the old harbour crane was fit for use.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(
        r.differences[0].note.as_deref(),
        Some("negation removed"),
        "{r:#?}"
    );
}

/// An ellipsis over a whole sentence with `if` in it (and the end of the first part's
/// sentence) warns of nothing: the condition is that sentence's, not the quote's. One that
/// hides an `if` within the quoted sentence still warns.
#[test]
fn an_ellipsis_over_a_whole_sentence_with_if_is_no_warning() {
    let src = html(
        "<h1>Mooring charge approved</h1>\
         <p>The harbour board has approved a mooring charge of £30 a night for visiting \
         yachts.</p>\
         <p>The charge will rise to £35 in 2026 if the new pontoons are finished, Ms Reid \
         said.</p>\
         <p>Bookings rose by a fifth last summer.</p>",
    );
    let r = check(
        "The harbour board has approved a mooring charge \u{2026} Bookings rose by a fifth \
         last summer.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);

    let r = check(
        "The charge will rise to £35 in 2026 \u{2026} the new pontoons are finished",
        &src,
    );
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("left out by an ellipsis") && w.contains("\u{201C}if\u{201D}")),
        "{r:#?}"
    );
}
