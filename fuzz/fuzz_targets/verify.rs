//! Fuzz target: quote verification against any page never panics and gives a coherent result,
//! and a stretch of words copied from the page's own text is verified.
//! Run with `scripts/fuzz.sh verify` (stable) or `cargo +nightly fuzz run verify`.
//!
//! The input is two selector bytes (where the copied stretch starts and how long it is, in
//! shares of the page text), then the page, read as HTML and as plain text; the bytes after
//! the page's first NUL are also tried as a quote of their own.
#![no_main]

use citecheck::model::{Quote, QuoteResult, Verdict};
use citecheck::verify::{verify_quote, Candidate, SourceText, VerifyOptions};
use libfuzzer_sys::fuzz_target;

const URL: &str = "https://sources.example.org/page";

fn verify(src: &SourceText, text: &str) -> QuoteResult {
    let quote = Quote::citing(text, URL);
    let candidates = [Candidate {
        url: URL,
        source: Ok(src),
    }];
    let r = verify_quote(&quote, "fuzz.md", &candidates, &VerifyOptions::default());
    assert!((0.0..=1.0).contains(&r.score), "score {}", r.score);
    match r.verdict {
        Verdict::Verified => assert!(r.differences.is_empty() && r.matched_text.is_some()),
        Verdict::Altered => assert!(!r.differences.is_empty() && r.score < 1.0),
        _ => {}
    }
    if let Some(m) = &r.matched_text {
        for piece in m.split(" \u{2026} ") {
            assert!(src.text.contains(piece), "evidence {piece:?} is not the page's");
        }
    }
    r
}

/// A stretch of `text` between whitespace, chosen by two shares (0–255 of 255).
fn stretch(text: &str, at: u8, len: u8) -> Option<&str> {
    let a = text.floor_char_boundary(text.len() * usize::from(at) / 255);
    let a = a + text[a..].find(char::is_whitespace)?;
    let rest = text[a..].trim_start();
    let a = text.len() - rest.len();
    let b = a + rest.len() * usize::from(len) / 255;
    let b = text.floor_char_boundary(b);
    let b = text[..b].rfind(char::is_whitespace).filter(|&b| b > a)?;
    Some(text[a..b].trim())
}

fuzz_target!(|data: &[u8]| {
    let [at, len, rest @ ..] = data else {
        return;
    };
    let input = String::from_utf8_lossy(rest);
    let (page, own_quote) = match input.split_once('\0') {
        Some((p, q)) => (p, Some(q)),
        None => (&*input, None),
    };
    for src in [
        SourceText::from_html(page),
        SourceText::from_text(page.to_string()),
    ] {
        if let Some(q) = own_quote {
            verify(&src, q);
        }
        let Some(copied) = stretch(&src.text, *at, *len) else {
            continue;
        };
        // Words only: ellipses, brackets and parentheses have meanings of their own in a quote
        // (gaps, editorial changes, "(cleaned up)").
        let plain = copied.chars().any(char::is_alphanumeric)
            && !copied.contains(['[', ']', '(', ')', '\u{2026}'])
            && !copied.contains("..")
            && !copied.contains(". .");
        if plain {
            let r = verify(&src, copied);
            assert_eq!(r.verdict, Verdict::Verified, "{copied:?}: {}", r.detail);
        }
    }
});
