//! Regressions from the thirty-eighth session's held-out evaluations that concern
//! extraction: each case was extracted wrongly before its fix.

use citecheck::model::DocKind;

use crate::support::{extract_as, quote};

/// Regression: inline text no reader sees on the screen (a link's `<span class="sr-only">
/// (opens in a new tab)</span>`, a `<span style="display:none">` inside a sentence) was a
/// word of the quotation around it: `no rise above inflation (opens in a new tab)`, which
/// then failed as a misquote of the page. It is no text of the sentence; the link stays.
#[test]
fn inline_hidden_text_is_no_word_of_a_quote() {
    let html = "<p>The regulator promised \u{201c}no rise above <a \
        href=\"https://reg.example/fares\">inflation<span class=\"sr-only\"> (opens in a new \
        tab)</span></a>\u{201d}.</p>\n<p>She called it \u{201c}<span \
        style=\"display:none\">DRAFT</span>finally fit for purpose\u{201d}.</p>\n<p>He said \
        \u{201c}we will<span class=\"visually-hidden\"> (emphasis added)</span> build it \
        this year\u{201d} at the meeting.</p>";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(quote(&e, "no rise").text, "no rise above inflation");
    assert_eq!(quote(&e, "finally").text, "finally fit for purpose");
    assert_eq!(quote(&e, "we will").text, "we will build it this year");
    assert!(e.links.iter().any(|l| l.url == "https://reg.example/fares"));
}
