//! Regressions of the twenty-fourth session's evaluation of quote matching (eval-pages):
//! each test failed on the code before its fix. Pages are built in memory (no network).

use citecheck::model::{DiffKind, MatchKind, QuoteResult, Verdict};
use citecheck::verify::SourceText;

use super::evaluation2::{check, html};

fn exact(src: &SourceText, quotes: &[&str]) {
    for quote in quotes {
        let r = check(quote, src);
        assert_eq!(
            (r.verdict, r.match_kind),
            (Verdict::Verified, Some(MatchKind::Exact)),
            "{quote}: {}",
            r.detail
        );
    }
}

/// (kind, quote's words, page's words, note) of each difference.
pub(crate) fn diffs(r: &QuoteResult) -> Vec<(DiffKind, &str, &str, Option<&str>)> {
    r.differences
        .iter()
        .map(|d| {
            (
                d.kind,
                d.quote.as_str(),
                d.source.as_str(),
                d.note.as_deref(),
            )
        })
        .collect()
}

/// A word hyphenated at a line's end whose whole word a spelling rule folds (`organ-⏎ised`
/// is `organized`, though neither half is folded) was not rejoined: a correct quote,
/// "organised", was `altered` ("quote has “organised” where the source has “organ- ised”").
/// The joined word is now looked up as a quote's word is, in one spelling; in plain text
/// and in a PDF, for `-ise`, `-our`, `-yse` words alike, and the other spelling is `minor`.
#[test]
fn a_line_end_hyphen_rejoins_a_word_spelling_folds() {
    let text = "Notes of the lighthouse trust, 9 May.\n\n\
                The keepers' cottages were moder-\n\
                nised over the winter and the old lamp room was reorgan-\n\
                ised as a small museum. The damp in the walls was anal-\n\
                ysed by a surveyor, and the new paint, a pale col-\n\
                our, was chosen by the volunteers.\n";
    let quotes = [
        "The keepers' cottages were modernised over the winter",
        "the old lamp room was reorganised as a small museum",
        "The damp in the walls was analysed by a surveyor",
        "the new paint, a pale colour, was chosen by the volunteers",
    ];
    for src in [
        SourceText::from_text(text.into()),
        SourceText::from_pdf_pages(&[text.into()]),
    ] {
        exact(&src, &quotes);
        let r = check(
            "The keepers' cottages were modernized over the winter",
            &src,
        );
        assert_eq!(
            (r.verdict, r.match_kind),
            (Verdict::Verified, Some(MatchKind::Minor)),
            "{}",
            r.detail
        );
        // The halves still stand for their own words, not for any word at all.
        let r = check("The keepers' cottages were modelled over the winter", &src);
        assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    }
}

/// A transcript's time code inside a sentence (`April [00:41:07] and`) was a number the
/// quote "leaves out" (`altered`, "number left out" since session 38); its stage notes (`[crosstalk]`,
/// `[inaudible 00:41:30]`, `(Laughter.)`) were words left out. They are markup, not
/// speech: a quote leaving them out is exact. A number really spoken and left out, a time
/// in prose (`at 10:30`, `(10:30)`) and a bracketed reference number (`[3]`) are still the
/// page's words.
#[test]
fn transcript_time_codes_and_stage_notes_are_no_words() {
    let src = html(
        "<p>[00:41:02] <b>Q:</b> When did the dredger arrive?</p>\
         <p>[00:41:05] <b>OKAFOR:</b> The survey team finished in April [00:41:07] and we \
         waited on it for a whole summer.</p>\
         <p>[00:41:20] <b>OKAFOR:</b> Nobody on the board [crosstalk] wanted to tell the \
         fishermen first.</p>\
         <p>[00:41:28] <b>OKAFOR:</b> We hired 14 divers and [inaudible 00:41:30] they \
         found the wreck (Laughter.) by the end of June [00:41:33] in the end.</p>\
         <p>[00:41:40] <b>OKAFOR:</b> The harbour opened at 10:30 and the ferry (11:45) \
         left late.</p>\
         <p>[00:41:50] <b>OKAFOR:</b> The review [3] was published and 20 boats were \
         sold.</p>",
    );
    exact(
        &src,
        &[
            "The survey team finished in April and we waited on it for a whole summer.",
            "Nobody on the board wanted to tell the fishermen first.",
            "We hired 14 divers and they found the wreck by the end of June in the end.",
            // Quoted with the page's round-bracketed note, it is the page's text too.
            "they found the wreck (Laughter.) by the end of June",
        ],
    );
    // A spoken number left out is still one.
    let r = check(
        "We hired divers and they found the wreck by the end of June",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert_eq!(
        diffs(&r),
        [(DiffKind::Dropped, "", "14", Some("number left out"))]
    );
    // A time in round brackets, even with hours, is the page's words: a runner's time
    // changed is a changed number (the quote's own time was dropped as a time code once).
    let race =
        html("<p>Kiptoo won the harbour marathon (2:08:56) ahead of a field of forty runners.</p>");
    let r = check(
        "Kiptoo won the harbour marathon (2:09:56) ahead of a field of forty runners",
        &race,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    exact(
        &race,
        &["Kiptoo won the harbour marathon (2:08:56) ahead of a field of forty runners"],
    );
    // A time in prose is the page's words, bare or in round brackets.
    for (quote, left_out) in [
        (
            "The harbour opened and the ferry (11:45) left late",
            "at 10:30",
        ),
        (
            "The harbour opened at 10:30 and the ferry left late",
            "11:45",
        ),
        ("The review was published and 20 boats were sold", "3"),
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}: {}", r.detail);
        assert_eq!(r.differences.len(), 1, "{quote}: {:?}", r.differences);
        assert_eq!(r.differences[0].source, left_out, "{quote}");
    }
}

/// A quote joining two passages around a long attribution (`altered`: more words than a
/// print join may leave out) was noted "number changed" only because the attribution held
/// a number (`for thirty-one years`): no number of the quote's changed. A number in words
/// the page sets off (the reporter's words outside its quotation marks, an aside between
/// commas, a bracket) is no number of the quote's when the quote has nothing in its place;
/// one left out inside the quote's phrase, or a number the quote swapped, still is.
#[test]
fn a_number_in_a_left_out_aside_is_no_changed_number() {
    let src = html(
        "<p>\u{201C}We might have sold the trawler before the winter,\u{201D} said Euan \
         Drummond, who has worked the boats out of this harbour for thirty-one years. \
         \u{201C}Instead we held on because the price of fuel was meant to fall.\u{201D}</p>\
         <p>The sea wall, which cost \u{A3}12m to repair, reopened in 2021 after two \
         storms.</p>\
         <p>The inspectors found that 17 of the 40 mooring chains had rusted through.</p>",
    );
    let joined = check(
        "We might have sold the trawler before the winter. Instead we held on because the \
         price of fuel was meant to fall.",
        &src,
    );
    assert_eq!(joined.verdict, Verdict::Altered, "{}", joined.detail);
    assert_eq!(
        diffs(&joined),
        [(
            DiffKind::Dropped,
            "",
            "said Euan Drummond, who has worked the boats out of this harbour for thirty-one \
             years",
            None
        )]
    );
    let r = check("The sea wall reopened in 2021 after two storms.", &src);
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert_eq!(
        diffs(&r),
        [(
            DiffKind::Dropped,
            "",
            "which cost \u{A3}12m to repair",
            None
        )]
    );
    // A number swapped, beside the left-out attribution or in the aside, is one.
    let r = check(
        "We might have sold the trawler before 2020. Instead we held on because the price \
         of fuel was meant to fall.",
        &src,
    );
    assert!(
        r.differences
            .iter()
            .any(|d| d.note.as_deref() == Some("number changed")),
        "{:?}",
        r.differences
    );
    let r = check(
        "The sea wall, which cost \u{A3}15m to repair, reopened in 2021",
        &src,
    );
    assert_eq!(
        diffs(&r),
        [(
            DiffKind::Changed,
            "\u{A3}15m",
            "\u{A3}12m",
            Some("number changed")
        )]
    );
    // Left out inside the quote's own phrase, a number is still the quote's.
    let r = check(
        "The inspectors found that 17 of the mooring chains had rusted through.",
        &src,
    );
    assert_eq!(
        diffs(&r),
        [(DiffKind::Dropped, "", "40", Some("number left out"))]
    );
}

/// A quote passing over a transcriber's `[inaudible]` with no ellipsis read as exact and
/// carried no caveat, though words were lost there: it now says so. A quote that keeps the
/// note, or one not spanning it, has nothing to add.
#[test]
fn a_quote_over_an_inaudible_gap_is_warned() {
    let src = html(
        "<p>[00:12:01] <b>MAYOR:</b> We will [inaudible] raise council tax next spring, and \
         the libraries stay open.</p>",
    );
    let r = check("We will raise council tax next spring", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(
        r.warnings.iter().any(|w| w.contains("[inaudible]")),
        "{:?}",
        r.warnings
    );
    for quote in [
        "raise council tax next spring, and the libraries stay open",
        "We will [inaudible] raise council tax next spring",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
        assert!(r.warnings.is_empty(), "{quote}: {:?}", r.warnings);
    }
}
