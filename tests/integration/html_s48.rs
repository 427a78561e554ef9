//! Regressions found by the forty-eighth session's held-out evaluation of web pages and
//! plain text: lists of other stories after the article (`Latest …`, `More reviews`), a
//! shop's box, an author's `Written by …` box, a credit paragraph inside a block quotation,
//! a wiki's identifier pages in a citation, Jetpack's sharing buttons, a plain-text block
//! quotation closed by its page alone. Each rule has its negative cases beside it.

use citecheck::model::DocKind;

use crate::support::{extract_as, quote};

/// A plain-text block quotation, indented under the paragraph introducing it, whose last
/// line closes with its page alone (APA's `(p. 31)` after a narrative citation): the
/// quotation is found, without the locator. A bracket that is the sentence's own still
/// makes the lines no quotation (code or a list).
#[test]
fn text_block_quote_closed_by_a_page_locator() {
    let doc = |tail: &str| {
        format!(
            "The audit summed it up:\n\n    Branches that open in the evening are used by \
             more people\n    than branches that open longer in the morning. Timing, not\n    \
             length, decides who comes in.{tail}\n\nWe tested that finding.\n"
        )
    };
    for tail in [" (p. 12)", " (pp. 12-13)", "\n    (p. 12)"] {
        let e = extract_as(DocKind::Text, &doc(tail));
        let q = quote(&e, "Branches that open");
        assert_eq!(
            q.text,
            "Branches that open in the evening are used by more people than branches that \
             open longer in the morning. Timing, not length, decides who comes in.",
            "{tail:?}"
        );
    }
    // A bracket ending a line mid-sentence is not a locator.
    let e = extract_as(DocKind::Text, &doc(" We call this rule (p. 12)"));
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
}
