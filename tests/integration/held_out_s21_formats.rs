//! Regressions found by the twenty-first session's last held-out evaluation (the input
//! formats read less often: reStructuredText, Org-mode, and HTML as static-site generators
//! write it).

use citecheck::model::{DocKind, Extraction};

use crate::support::extract_as;

fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// docutils (Sphinx) writes a block quote's `-- attribution` as `<p class="attribution">`
/// inside the `<blockquote>`: it was part of the quotation's text ("… never the habit. —Board
/// governance charter"), which a check would then not find on the page.
#[test]
fn a_docutils_attribution_paragraph_is_no_part_of_the_quotation() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div class=\"body\"><p>The board put it plainly:</p>\
         <blockquote><div><p>Agreement comes first; a vote is the last resort, never the \
         habit.</p><p class=\"attribution\">\u{2014}Board governance charter</p></div>\
         </blockquote>\
         <p>A paragraph with <span class=\"attribution\">a class</span> stays.</p></div>\
         </body></html>",
    );
    assert_eq!(
        texts(&e),
        ["Agreement comes first; a vote is the last resort, never the habit."]
    );
}

/// A callout box's title in MkDocs Material's HTML (`<p class="admonition-title">“Mind the
/// tide”</p>`) names the box, as the Markdown `!!! note "…"` title does: it was a block
/// quotation. A quotation in the box's body still is one.
#[test]
fn a_callout_box_title_in_quotation_marks_is_no_quotation() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><p>Before you go out:</p>\
         <div class=\"admonition note\"><p class=\"admonition-title\">\u{201C}Mind the \
         tide\u{201D}</p><p>The warden told us that \u{201C}the causeway floods twice a day \
         without warning\u{201D} in spring.</p></div></article></body></html>",
    );
    assert_eq!(
        texts(&e),
        ["the causeway floods twice a day without warning"]
    );
}
