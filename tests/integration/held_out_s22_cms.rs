//! Regressions found by the twenty-second session's held-out evaluation of CMS and
//! word-processor exports: WordPress's Modern Footnotes plugin, Google Docs' `&nbsp;` after a
//! marker and its letter-form notes, MediaWiki's reused `{{sfn}}` notes and `[citation
//! needed]`, block quotations credited by the sentence after them or by their own credit
//! line. Every rule has its negative cases beside it: what the rule must not catch.

use citecheck::model::{DocKind, Extraction};

use crate::support::{cited, extract_as, note};

/// The labels of the notes a quote is tied to, in order.
fn notes_of(e: &Extraction, starts: &str) -> Vec<String> {
    cited(e, starts).into_iter().filter_map(|c| c.0).collect()
}

/// The URLs a quote is cited by, in order.
fn urls_of(e: &Extraction, starts: &str) -> Vec<String> {
    cited(e, starts).into_iter().filter_map(|c| c.1).collect()
}

/// Modern Footnotes (WordPress) writes each note once, as a tooltip `span` right after its
/// marker's `<sup>`: that span is the note, not a popup copy of one to be skipped, and its
/// link is the note's (and in `links`). The paragraph's text after it is still the
/// paragraph's. A popup copy of a note listed elsewhere is still skipped.
#[test]
fn modern_footnotes_tooltip_is_the_note() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>The warden called the path \u{201c}the busiest footway in the whole \
         valley\u{201d}<sup class=\"modern-footnotes-footnote \" data-mfn=\"1\"><a \
         href=\"javascript:void(0)\" role=\"button\" aria-describedby=\"mfn-content-7_3-1\">1\
         </a></sup><span id=\"mfn-content-7_3-1\" role=\"tooltip\" \
         class=\"modern-footnotes-footnote__note\" tabindex=\"0\" data-mfn=\"1\">Parks Office, \
         footfall count, June 2022, <a href=\"https://parks.example.org/counts/2022-06\">\
         parks.example.org</a>.</span> on a summer Sunday. Rangers said it was \u{201c}never \
         this crowded before the bridge opened\u{201d}<sup class=\"modern-footnotes-footnote\" \
         data-mfn=\"2\"><a href=\"javascript:void(0)\" role=\"button\">2</a></sup><span \
         role=\"tooltip\" class=\"modern-footnotes-footnote__note\" data-mfn=\"2\">Interview, \
         <a href=\"https://news.example.com/rangers\">Valley News</a>.</span></p></article>",
    );
    assert_eq!(
        note(&e, "1").urls,
        ["https://parks.example.org/counts/2022-06"]
    );
    assert_eq!(note(&e, "2").urls, ["https://news.example.com/rangers"]);
    assert!(
        e.links
            .iter()
            .any(|l| l.url == "https://parks.example.org/counts/2022-06"),
        "{:#?}",
        e.links
    );
    assert_eq!(notes_of(&e, "the busiest footway"), ["1"]);
    assert_eq!(notes_of(&e, "never this crowded"), ["2"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);

    // A popup copy of a listed note stays unread.
    let e = extract_as(
        DocKind::Html,
        "<p>She said it was \u{201c}a long winter for the ferry crews\u{201d}<sup><a \
         href=\"#fn1\" id=\"r1\">1</a><span class=\"footnote-popup\" role=\"tooltip\">Copy \
         <a href=\"https://copy.example.com/\">copy</a></span></sup> that year.</p>\
         <ol class=\"footnotes\"><li id=\"fn1\">Harbour log, \
         <a href=\"https://harbour.example.org/log\">log</a>.</li></ol>",
    );
    assert_eq!(note(&e, "1").urls, ["https://harbour.example.org/log"]);
    assert_eq!(
        urls_of(&e, "a long winter"),
        ["https://harbour.example.org/log"]
    );
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
}
