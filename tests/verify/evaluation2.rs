//! Regressions from a second held-out evaluation of the check stage: each test failed on
//! the code before its fix. Pages are built in memory (no network).

use citecheck::model::{Quote, QuoteResult, Verdict};
use citecheck::verify::{verify_quote, Candidate, SourceText, VerifyOptions};

const A: &str = "https://sources.example.org/a.html";

fn html(body: &str) -> SourceText {
    SourceText::from_html(&format!(
        "<!DOCTYPE html><html><head><title>T</title></head><body><main><article>{body}\
         </article></main></body></html>"
    ))
}

fn check(text: &str, src: &SourceText) -> QuoteResult {
    let mut quote = Quote::citing(text, A);
    quote.citations[0].url = Some(A.to_string());
    let candidates = [Candidate {
        url: A,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

/// `10<sup>6</sup>` was read as `106`, so a quote saying "106" was verified verbatim.
#[test]
fn a_superscript_power_is_not_read_as_one_number() {
    let src = html(
        "<p>The reservoir holds about 10<sup>6</sup> litres when full, the engineers said.</p>\
         <p>Each tile covers 2 m<sup>2</sup> of the roof.</p>",
    );
    let r = check("holds about 106 litres when full", &src);
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    for quote in [
        "holds about 10^6 litres when full",
        "holds about 10\u{2076} litres when full",
        "Each tile covers 2 m\u{b2} of the roof.",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
    }
}
