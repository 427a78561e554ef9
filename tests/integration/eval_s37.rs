//! Regressions from the thirty-seventh session's held-out evaluations that concern
//! extraction: each case was extracted wrongly before its fix.

use citecheck::model::{Attribution, DocKind};

use crate::support::{extract_as, quote};

/// Regression: a straight closing mark with a space before it (typed so, or left by
/// markup taken out: `four <span>"`) was read as a new opening mark, so a cited quote ran
/// on to its paragraph's end, uncited, with an "unbalanced quotation mark" warning. With a
/// space or the end after it, it closes the open quotation.
#[test]
fn a_closing_mark_after_a_space_still_closes() {
    for md in [
        "He said \"one two three four five <span>\"[^1] and more.\n\n[^1]: https://example.org/x\n",
        "He said \"one two three four five \"[^1] and more.\n\n[^1]: https://example.org/x\n",
    ] {
        let e = extract_as(DocKind::Markdown, md);
        let q = quote(&e, "one two three");
        assert_eq!(q.text.trim_end(), "one two three four five", "{md}: {q:#?}");
        assert_eq!(q.citations.len(), 1, "{q:#?}");
        assert_eq!(q.citations[0].attribution, Attribution::MarkerAfter);
        assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    }
    // A mark with spaces either side opens nothing when no quotation is open.
    let e = extract_as(DocKind::Markdown, "The sign \" means inches, as in 5\".\n");
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
}
