//! Regressions the twentieth session's review found in its own new rules: each input was
//! read right before the session and wrongly after one of its changes.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown};

fn quotes(e: &citecheck::model::Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// A forum thread's title is short and ends in no full stop: a sentence quoted from the
/// thread is a quotation (every capitalised quotation after `thread` was taken for a title).
#[test]
fn a_sentence_quoted_from_a_thread_is_a_quotation() {
    let e = extract_markdown(
        "The lead moderator replied in the thread “We hear you, and we are rolling it back \
         tonight.” ([post](https://forum.example.org/t/1/17))\n\n\
         She opened the discussion thread “Why are slab serifs everywhere?” last week.\n",
    );
    let q = quotes(&e);
    assert!(q.iter().any(|t| t.starts_with("We hear you")), "{q:?}");
    assert!(!q.iter().any(|t| t.starts_with("Why are slab")), "{q:?}");
}

/// Collapsed content is the article's (a click shows it): an accordion's panel with an id
/// and `hidden`, a "Read more" body's `display:none`. A hidden inline span opening a
/// paragraph (schema.org's author) does not hide the paragraph. An e-mail's preheader is
/// still no part of the article.
#[test]
fn collapsed_panels_and_hidden_spans_keep_their_text() {
    let html = "<html><body><article>\
        <div id=\"faq1\" role=\"region\" hidden><p>The report says the agency “failed to act on \
        its own models” (<a href=\"https://example.org/ch4\">chapter 4</a>).</p></div>\
        <div class=\"more\" style=\"display: none;\"><p>Residents said the sirens were “barely \
        audible over the rain” (<a href=\"https://example.org/ev\">evidence</a>).</p></div>\
        <p><span style=\"display:none\" itemprop=\"author\">Jane Doe</span>The mayor promised \
        “a historic investment in the coast” (<a href=\"https://example.org/m\">speech</a>).</p>\
        <div style=\"display:none; max-height:0; overflow:hidden; mso-hide:all\">“A teaser line \
        for the inbox preview only”</div>\
        </article></body></html>";
    let e = extract_as(DocKind::Html, html);
    let q = quotes(&e);
    for want in [
        "failed to act on its own models",
        "barely audible over the rain",
        "a historic investment in the coast",
    ] {
        assert!(q.contains(&want), "{want}: {q:?}");
    }
    assert!(!q.iter().any(|t| t.contains("teaser line")), "{q:?}");
}
