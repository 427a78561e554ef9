//! Property tests: extraction never panics on arbitrary input, in every format, and every
//! position it reports lies inside the input.

use citecheck::extract::{extract, ExtractOptions};
use citecheck::model::{DocKind, Document, InputSource};
use proptest::prelude::*;

fn check(text: String, kind: DocKind) -> Result<(), TestCaseError> {
    let lines: Vec<usize> = text.split('\n').map(|l| l.chars().count()).collect();
    let doc = Document {
        source: InputSource::Stdin,
        kind,
        text,
        base_url: url::Url::parse("https://base.example.org/a/").ok(),
        warnings: Vec::new(),
    };
    let e = extract(&doc, &ExtractOptions::default());
    let mut positions: Vec<(usize, usize)> = Vec::new();
    positions.extend(e.links.iter().map(|l| (l.line, l.column)));
    positions.extend(e.quotes.iter().map(|q| (q.line, q.column)));
    positions.extend(e.warnings.iter().map(|w| (w.line, w.column)));
    for f in &e.footnotes {
        positions.push((f.line, f.column));
        positions.extend(f.referenced_at.iter().map(|p| (p.line, p.column)));
    }
    for (line, column) in positions {
        prop_assert!(
            line >= 1 && line <= lines.len(),
            "line {line} of {}",
            lines.len()
        );
        let len = lines[line - 1];
        prop_assert!(
            column >= 1 && column <= len + 1,
            "column {column} on a line of {len}"
        );
    }
    Ok(())
}

/// Inputs made of the pieces the parsers care about, so the interesting paths are reached.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("(1)".to_string()),
        Just("[1]".to_string()),
        Just("[^a]".to_string()),
        Just("[^a]: note".to_string()),
        Just("¹".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("Notes\n".to_string()),
        Just("1. ".to_string()),
        Just("> ".to_string()),
        Just("<blockquote cite=\"x\">".to_string()),
        Just("<q>".to_string()),
        Just("</q>".to_string()),
        Just("<a href=\"#fn1\">".to_string()),
        Just("<sup>2</sup>".to_string()),
        Just("&amp;".to_string()),
        Just("<!-- citecheck-ignore-next -->".to_string()),
        Just("`code`".to_string()),
        Just("[t](#)".to_string()),
        Just("https://x.example.org/a_(b)).".to_string()),
        Just("a@b.example.com".to_string()),
        "[a-zé ]{0,12}".prop_map(|s| s),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn markdown_never_panics(s in article()) { check(s, DocKind::Markdown)?; }

    #[test]
    fn html_never_panics(s in article()) { check(s, DocKind::Html)?; }

    #[test]
    fn text_never_panics(s in article()) { check(s, DocKind::Text)?; }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>(), k in 0u8..3) {
        let kind = [DocKind::Markdown, DocKind::Html, DocKind::Text][usize::from(k)];
        check(s, kind)?;
    }
}
