//! Regressions from the review of the fifty-seventh session: two rules of the session
//! before reached further than their cases. A sign-in wall's `see more` made a newsletter
//! box (`Subscribe … to see more stories`) a paywall's prompt; and German's `falls` (`if`)
//! in an English article's sentence (`as demand falls`) was taken for the article stating a
//! condition, so a condition the quote cut off went unremarked. Each test failed on the
//! code before its fix.

use citecheck::model::{Quote, QuoteResult, Verdict};
use citecheck::verify::{read_page, verify_quote, Candidate, SourceText, VerifyOptions};

const URL: &str = "https://news.example.org/2025/ferry-fares";

fn page(html: &str) -> SourceText {
    read_page(&citecheck::model::Page {
        final_url: URL.to_string(),
        status: 200,
        content_type: Some("text/html".into()),
        body: citecheck::model::Body::Html(html.to_string()),
        truncated: false,
    })
    .expect("readable")
}

fn check(text: &str, lead: &str, src: &SourceText) -> QuoteResult {
    let mut quote = Quote::citing(text, URL);
    quote.lead = lead.to_string();
    let candidates = [Candidate {
        url: URL,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

/// A short story with a newsletter box asking to subscribe "to see more stories like
/// this": the story is all there, the quote on it verified.
#[test]
fn a_newsletter_box_asking_to_see_more_is_no_wall() {
    let src = page(
        "<!DOCTYPE html><html><head><title>Ferry fares frozen</title></head><body><main>\
         <article><h1>Ferry fares frozen for a year</h1>\
         <p>The island ferry company will keep its fares at this year's level until next \
         spring, its chief executive said on Monday.</p>\
         <aside><p>Subscribe to our newsletter to see more stories like this</p></aside>\
         </article></main></body></html>",
    );
    let r = check(
        "will keep its fares at this year's level until next spring",
        "The company said it",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    // Words the story does not have are not found on it, not hidden behind a wall.
    let r = check(
        "will cut its fares by a third from the first of next month",
        "The company said it",
        &src,
    );
    assert_eq!(r.verdict, Verdict::NotFound, "{}", r.detail);
}

/// An English article's sentence with `falls` in it states no condition: the page's `, if
/// the assembly approves the budget` cut off after the quote is still warned about.
#[test]
fn an_english_falls_states_no_condition() {
    let src = page(
        "<!DOCTYPE html><html><head><title>Fares</title></head><body><main><article>\
         <h1>Bus fares to fall</h1><p>The transport board met on Tuesday.</p>\
         <p>Bus fares will fall by a tenth in March, if the assembly approves the budget.</p>\
         <p>The board meets again in June.</p></article></main></body></html>",
    );
    let r = check(
        "Bus fares will fall by a tenth in March",
        "As fuel demand falls, the board says",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("leaves out a condition") && w.contains("\u{201C}if")),
        "{:?}",
        r.warnings
    );
}
