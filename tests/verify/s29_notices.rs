//! Regressions from the corrections evaluation (session 29): a cited page that corrects,
//! withdraws, debunks or retracts the quoted words said nothing of it. Words found only in
//! a correction that gives them as a misquote verified exact; a quote a page's update says
//! its speaker withdrew, words a fact check calls false (`Claims that … are false`, `He did
//! not say this.`, `no evidence that Dr Ames said “…”`) and a retracted paper verified with
//! no warning. Each test failed on the code before its fix. Pages are built in memory.

use citecheck::model::{QuoteResult, Verdict};
use citecheck::verify::SourceText;

use crate::s27_brackets::{check_led, page as html_page};

fn page(title: &str, body: &str) -> SourceText {
    html_page(&format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">The Fenland Gazette</a>\
         <nav><a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>\
         <main><article>{body}</article></main>\
         <footer class=\"site-footer\"><p>All rights reserved.</p></footer></body></html>"
    ))
}

fn warned(r: &QuoteResult, what: &str) -> bool {
    r.warnings.iter().any(|w| w.contains(what))
}

const MARINA: &str = "<h1>Marina plan goes to a vote</h1>\
    <p>The district council will vote next month on the plan to enlarge the marina at Holt \
    Staithe, which has been debated for six years.</p>\
    <p>Councillor Bea Marsh, who leads on planning, said the design had changed since the \
    last consultation. &ldquo;The marina will be built in two stages over five years,&rdquo; \
    she said.</p>\
    <p>Boat owners welcomed the plan. &ldquo;We have waited long enough for proper \
    moorings,&rdquo; said Colin Pike, who chairs the sailing club.</p>\
    <p>Ivo Lund, the harbour engineer, said dredging would start in the spring. &ldquo;The \
    channel needs two metres more depth,&rdquo; he said.</p>\
    <p><em>Correction:</em> An earlier version of this article misquoted Councillor Marsh as \
    saying &ldquo;the marina will be built in one stage over two years.&rdquo; She said \
    &ldquo;the marina will be built in two stages over five years.&rdquo;</p>\
    <div class=\"editors-note\"><p>This story has been updated to remove a quote, &ldquo;the \
    toll on visiting yachts will treble next season,&rdquo; that was wrongly attributed to \
    Mr Pike.</p></div>\
    <p><strong>Update, 9 May:</strong> Mr Lund has since withdrawn his remark that \
    &ldquo;the channel needs two metres more depth,&rdquo; saying the survey was out of \
    date.</p>\
    <p>Correction: An earlier version of this article misspelled Mr Pike&rsquo;s first \
    name.</p>";

/// Words a correction gives as a misquote are not what the page says: the page's close
/// passage (the corrected words) decides, `altered`, and the warning names the
/// correction. With no close passage elsewhere, the match stands with the warning. The
/// corrected words, a quote the correction does not concern, and one whose speaker's name
/// a correction respells, stay clean.
#[test]
fn a_misquote_a_correction_gives_is_not_a_clean_match() {
    let src = page("Marina plan goes to a vote", MARINA);
    let r = check_led(
        "the marina will be built in one stage over two years",
        "Marsh said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert!(warned(&r, "as a misquote"), "{:?}", r.warnings);
    assert!(
        warned(&r, "misquoted Councillor Marsh as saying"),
        "{:?}",
        r.warnings
    );

    let r = check_led(
        "the toll on visiting yachts will treble next season",
        "Pike said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(warned(&r, "removed from it"), "{:?}", r.warnings);

    for (quote, lead) in [
        (
            "the marina will be built in two stages over five years",
            "Marsh said",
        ),
        (
            "we have waited long enough for proper moorings",
            "Pike said",
        ),
    ] {
        let r = check_led(quote, lead, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
        assert!(r.warnings.is_empty(), "{quote}: {:?}", r.warnings);
    }
}

/// An update saying the speaker withdrew the very words quoted warns on the quote found
/// in the story's text above it.
#[test]
fn a_remark_the_page_says_was_withdrawn_is_warned_about() {
    let src = page("Marina plan goes to a vote", MARINA);
    let r = check_led("the channel needs two metres more depth", "Lund said", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(warned(&r, "since been withdrawn"), "{:?}", r.warnings);
    assert!(warned(&r, "Update, 9 May"), "{:?}", r.warnings);
}

const PAPER: &str = "<h1>{H1}</h1><p class=\"authors\">T. Moss and J. Carew</p>\
    <section class=\"abstract\"><h2>Abstract</h2><p>Hedgerows planted with hawthorn and \
    blackthorn held three times as many nesting birds as wire fences across the study \
    farms in both seasons.</p></section>\
    <p>Nest counts were made weekly from April to July by two observers.</p>\
    {MORE}";

fn paper(title: &str, h1: &str, banner: &str, more: &str) -> SourceText {
    page(
        title,
        &format!(
            "{banner}{}",
            PAPER.replace("{H1}", h1).replace("{MORE}", more)
        ),
    )
}

/// A paper that says it has been retracted, in its title, its heading or a banner or
/// notice above its text, warns on every quote from it. A sound paper that mentions another
/// one's retraction, or a story about retractions, does not.
#[test]
fn a_retracted_paper_is_warned_about() {
    const Q: &str = "held three times as many nesting birds as wire fences";
    let retracted = [
        paper(
            "RETRACTED: Hedgerows and farmland birds",
            "Hedgerows and farmland birds",
            "",
            "",
        ),
        paper(
            "Hedgerows and farmland birds",
            "Hedgerows and farmland birds",
            "<div class=\"retraction-banner\"><p><strong>RETRACTED ARTICLE</strong></p>\
             <p>This article has been retracted.</p></div>",
            "",
        ),
        paper(
            "Hedgerows and farmland birds",
            "Hedgerows and farmland birds",
            "<p><strong>Notice of retraction:</strong> This paper was retracted at the \
             authors' request.</p>",
            "",
        ),
    ];
    for src in &retracted {
        let r = check_led(Q, "a study found that hedgerows", src);
        assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
        assert!(warned(&r, "has been retracted"), "{:?}", r.warnings);
    }
    let sound = [
        paper(
            "Hedgerows and farmland birds",
            "Hedgerows and farmland birds",
            "",
            "<p>An earlier survey reporting higher counts has since been retracted, and we \
             do not use it.</p>",
        ),
        paper(
            "Why journals retract papers",
            "Why journals retract papers",
            "",
            "<p>Readers often see the words &ldquo;This article has been retracted&rdquo; \
             in a banner across the top of a withdrawn paper.</p>",
        ),
    ];
    for src in &sound {
        let r = check_led(Q, "a study found that hedgerows", src);
        assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    }
}

/// A fact check that quotes words to say they are false or were never said: `Claims that
/// … said “…” are false`, `… told reporters “…” He did not say this.`, `There is no
/// evidence that … said “…”`. Not the words it says were really said, nor when the
/// article's sentence says itself that they were not said.
#[test]
fn a_claim_the_page_debunks_is_warned_about() {
    let src = page(
        "Fact check: what the ministers said",
        "<h1>Fact check: what the ministers said</h1>\
         <p>Claims that Minister Rhea Doyle said &ldquo;every village school will close by \
         2028&rdquo; are false. No recording of it exists.</p>\
         <p>What she said was: &ldquo;Every village school will be inspected by 2028.&rdquo;</p>\
         <p>A widely shared post says Minister Tom Eade told reporters &ldquo;the ferry will \
         stop running in winter.&rdquo; He did not say this.</p>\
         <p>There is no evidence that Dr Nell Ames said &ldquo;tap water in the county is \
         unsafe to drink.&rdquo; The water board says no such statement was made.</p>",
    );
    let warning = "a claim it rejects";
    for (quote, lead, shown) in [
        (
            "every village school will close by 2028",
            "Doyle said",
            "are false",
        ),
        (
            "the ferry will stop running in winter",
            "Eade told reporters",
            "He did not say this",
        ),
    ] {
        let r = check_led(quote, lead, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
        assert!(
            warned(&r, warning) && warned(&r, shown),
            "{quote}: {:?}",
            r.warnings
        );
    }
    let r = check_led(
        "tap water in the county is unsafe to drink",
        "Ames said",
        &src,
    );
    assert!(
        warned(&r, "no evidence that Dr Nell Ames said"),
        "{:?}",
        r.warnings
    );
    for (quote, lead) in [
        (
            "every village school will be inspected by 2028",
            "Doyle said",
        ),
        (
            "every village school will close by 2028",
            "Doyle never said",
        ),
        (
            "the ferry will stop running in winter",
            "Eade denied saying",
        ),
    ] {
        let r = check_led(quote, lead, &src);
        assert!(r.warnings.is_empty(), "{quote}: {:?}", r.warnings);
    }
}
