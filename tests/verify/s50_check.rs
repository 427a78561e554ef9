//! Regressions from the fiftieth session's held-out evaluation of the check stage: a word
//! the quote adds before the page's matched words (`may also have seen …` against the
//! page's "department also saw …") was shown as the page's word just before the passage
//! changed (`may` for "department", with a wrong `hedge added` pairing); a quote stopping
//! just before its sentence's `subject to …` condition was verified with no warning; and a
//! softener left out (`rose` for "rose slightly") had no `hedge removed` note. The first is
//! checked end to end, the pages served on 127.0.0.1; the rest in memory.

use citecheck::model::{DiffKind, Quote, QuoteResult, Verdict};
use citecheck::verify::{verify_quote, Candidate, SourceText, VerifyOptions};

use super::evaluation2::{check, html};
use super::s24_match::diffs;
use super::s49_check::check_served;

/// `text` checked against `src` with the article's words `lead` before it and `trail`
/// after it, as the extractor hands them over.
fn check_in(text: &str, lead: &str, trail: &str, src: &SourceText) -> QuoteResult {
    const URL: &str = "https://sources.example.org/a.html";
    let mut quote = Quote::citing(text, URL);
    quote.lead = lead.to_string();
    quote.trail = trail.to_string();
    let candidates = [Candidate {
        url: URL,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

/// The hospital trust's page of the finding: the passage, with paragraphs around it.
const TRUST: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>Summer figures</title></head><body><main><article><h1>Summer figures</h1>\
    <p>The trust published its figures for June, July and August on Tuesday.</p>\
    <p>The emergency department also saw more patients with breathing difficulties.</p>\
    <p>Waiting times at the walk-in centre were unchanged from the spring.</p>\
    </article></main></body></html>";

/// Regression: `may` added before the page's "also saw …" was shown as `may` changed into
/// the page's word just before the passage ("department", which the article has outside
/// its quotation marks), noted `hedge added` against a noun. It is a word the quote adds,
/// and the passage starts where the quote's words do.
#[test]
fn a_word_added_before_the_passage_is_added_not_the_page_word_before_it_changed() {
    let article = "# Winter pressures\n\nThe hospital trust's [summer figures](BASE/figures) \
        show that the emergency department \"may also have seen more patients with breathing \
        difficulties\".\n";
    let quotes = check_served(&[("/figures", TRUST.to_string())], article);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    let r = &quotes[0];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(
        diffs(r),
        [
            (DiffKind::Added, "may", "", Some("hedge added")),
            (DiffKind::Changed, "have seen", "saw", None),
        ],
        "{r:#?}"
    );
    assert_eq!(
        r.matched_text.as_deref(),
        Some("also saw more patients with breathing difficulties"),
        "{r:#?}"
    );
    assert!(!r.detail.contains("department"), "{}", r.detail);
}

/// Either sign that the page's word before the passage is outside it: a hedge or modal the
/// quote opens (or closes) with against a word that is neither, or the article's own words
/// round the quote ending (or beginning) with that page word. A first word of the same
/// kind as the page's, or one the article gives no reason to set apart, is still changed.
#[test]
fn a_first_or_last_word_is_changed_only_against_its_counterpart() {
    let src = html(
        "<p>The new ferry will carry 300 passengers an hour at peak times.</p>\
         <p>The old ferry carried 200 passengers an hour last summer.</p>\
         <p>The scheme will cost £5m over three years, the council said.</p>",
    );
    // No article around the quote: the hedge decides.
    let r = check("probably carried 200 passengers an hour last summer", &src);
    assert_eq!(
        diffs(&r),
        [(DiffKind::Added, "probably", "", Some("hedge added"))],
        "{r:#?}"
    );
    let r = check(
        "The new ferry will carry 300 passengers an hour perhaps",
        &src,
    );
    assert_eq!(
        diffs(&r),
        [(DiffKind::Added, "perhaps", "", Some("hedge added"))],
        "{r:#?}"
    );
    // The article's words: "the new ferry “soon will carry …”".
    let quote = "soon will carry 300 passengers an hour at peak times";
    let r = check_in(quote, "The harbour board said the new ferry", ".", &src);
    assert_eq!(diffs(&r), [(DiffKind::Added, "soon", "", None)], "{r:#?}");
    let r = check(quote, &src);
    assert_eq!(
        diffs(&r),
        [(DiffKind::Changed, "soon", "ferry", None)],
        "{r:#?}"
    );
    // The page's word is the counterpart.
    let r = check("the plan will cost £5m over three years", &src);
    assert_eq!(
        diffs(&r),
        [(DiffKind::Changed, "plan", "scheme", None)],
        "{r:#?}"
    );
    let r = check("plan will cost £5m over three years", &src);
    assert_eq!(
        diffs(&r),
        [(DiffKind::Changed, "plan", "scheme", None)],
        "{r:#?}"
    );
    let r = check("The new ferry may carry 300 passengers an hour", &src);
    assert_eq!(
        diffs(&r),
        [(DiffKind::Changed, "may", "will", Some("hedge added"))],
        "{r:#?}"
    );
}

/// The transport authority's page of the finding.
const NIGHT: &str = "<p>The authority set out its plans on Monday. Night services on the three \
    busiest corridors will run every twenty minutes until 2am, starting in October, subject \
    to the recruitment of forty additional drivers. Daytime services are unchanged.</p>";

/// Regression: a quote stopping just before its sentence's `subject to …` was verified with
/// no warning (`subject to` was no condition word). It stays verified, with the warning a
/// cut-off `only if` has; so with the other phrases that name what a promise hangs on.
#[test]
fn a_quote_stopping_before_a_subject_to_condition_is_warned_about() {
    let src = html(NIGHT);
    let quote = "night services on the three busiest corridors will run every twenty minutes \
        \u{2026} starting in October";
    let r = check(quote, &src);
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings.iter().any(|w| w.contains(
            "the page goes on \u{201C}subject to the recruitment of forty\u{2026}\u{201D} right \
             after the quoted words"
        )),
        "{r:#?}"
    );
    // The article's sentence states the condition itself.
    let r = check_in(
        quote,
        "The authority said",
        ", subject to recruiting more drivers",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        !r.warnings.iter().any(|w| w.contains("condition")),
        "{r:#?}"
    );
    for (page, quote) in [
        (
            "The depot will reopen in March, provided that the roof repairs are finished.",
            "The depot will reopen in March",
        ),
        (
            "The depot will reopen in March, pending a safety inspection.",
            "The depot will reopen in March",
        ),
        (
            "The depot will reopen in March, conditional on the roof repairs.",
            "The depot will reopen in March",
        ),
        (
            "The depot will reopen in March, dependent on the roof repairs.",
            "The depot will reopen in March",
        ),
        (
            "The depot will reopen in March, contingent upon the roof repairs.",
            "The depot will reopen in March",
        ),
    ] {
        let r = check(quote, &html(&format!("<p>{page}</p>")));
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert!(
            r.warnings
                .iter()
                .any(|w| w.contains("leaves out a condition")),
            "{page}\n{r:#?}"
        );
    }
}

/// An ellipsis over such a condition inside the quoted sentence is warned about as one
/// over `if` is; a word of the list that opens no clause there (`provided funding`) is not.
#[test]
fn an_ellipsis_over_a_subject_to_condition_is_warned_about() {
    let src = html(
        "<p>Night buses will run, subject to funding, every twenty minutes on the three \
         busiest corridors.</p>\
         <p>The council has provided funding for the new depot at Marsh Lane this year.</p>",
    );
    let r = check(
        "Night buses will run \u{2026} every twenty minutes on the three busiest corridors",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings
            .iter()
            .any(|w| w
                .contains("the text left out by an ellipsis contains \u{201C}subject to\u{201D}")),
        "{r:#?}"
    );
    let r = check(
        "The council has \u{2026} funding for the new depot at Marsh Lane this year",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        !r.warnings
            .iter()
            .any(|w| w.contains("left out by an ellipsis")),
        "{r:#?}"
    );
}

/// Regression: `rose` for the page's "rose slightly" was a plain `dropped` word: a softener
/// left out states more than the page does, `hedge removed`; one added, `hedge added`.
/// `rather` softens only when no `than` or preference goes with it, `little` only in `a
/// little`.
#[test]
fn a_softener_left_out_or_added_is_a_hedge() {
    let src = html(
        "<p>Prices rose slightly in the third quarter, the survey found.</p>\
         <p>Rents were somewhat higher in the north than in the south.</p>\
         <p>Fares went up a little at the start of the year for most passengers.</p>\
         <p>The board chose to cut routes rather than raise fares this winter.</p>\
         <p>Bus use fell in the autumn, the operators said on Friday.</p>",
    );
    for (quote, page_word) in [
        (
            "Prices rose in the third quarter, the survey found",
            "slightly",
        ),
        (
            "Rents were higher in the north than in the south",
            "somewhat",
        ),
        (
            "Fares went up at the start of the year for most passengers",
            "a little",
        ),
    ] {
        let r = check(quote, &src);
        assert_eq!(
            diffs(&r),
            [(DiffKind::Dropped, "", page_word, Some("hedge removed"))],
            "{quote}\n{r:#?}"
        );
    }
    for (quote, added) in [
        (
            "Bus use fell slightly in the autumn, the operators said",
            "slightly",
        ),
        (
            "Bus use fell marginally in the autumn, the operators said",
            "marginally",
        ),
        (
            "Bus use fell rather in the autumn, the operators said",
            "rather",
        ),
    ] {
        let r = check(quote, &src);
        assert_eq!(
            diffs(&r),
            [(DiffKind::Added, added, "", Some("hedge added"))],
            "{quote}\n{r:#?}"
        );
    }
    let r = check(
        "The board chose to cut routes and raise fares this winter",
        &src,
    );
    assert!(r.differences.iter().all(|d| d.note.is_none()), "{r:#?}");
}

/// Regression (the fiftieth session's second evaluation): `pro-⏎gramme` on a page of plain
/// text (minutes copied from a PDF) was not read as `programme`, though `pro-⏎vision` was:
/// the normaliser writes the unit `gramme` as `g`, and the two halves joined as normalised
/// made `prog`. The quote is verified exactly; a broken unit word (`kilo-⏎grammes`) still
/// reads as the whole.
#[test]
fn a_word_whose_second_half_is_a_unit_joins_across_a_line_break() {
    let src = SourceText::from_text(
        "Minutes of the meeting.\n\nThe council will\nexpand the school meals pro-\ngramme to \
         every primary school from September, and bought forty kilo-\ngrammes of rice.\n"
            .to_string(),
    );
    for q in [
        "expand the school meals programme to every primary school from September",
        "bought forty kilogrammes of rice",
    ] {
        let r = check_in(q, "The council will ", ".", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{q}: {}", r.detail);
        assert!(r.differences.is_empty(), "{q}: {:?}", r.differences);
    }
}
