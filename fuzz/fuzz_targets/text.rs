//! Fuzz target: the text front end never panics, and every position lies inside the input.
//! Run with `cargo +nightly fuzz run text` from the repository root.
#![no_main]

use citecheck::extract::{extract, ExtractOptions};
use citecheck::model::{DocKind, Document, InputSource};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let lines: Vec<usize> = text.split('\n').map(|l| l.chars().count()).collect();
    let doc = Document {
        source: InputSource::Stdin,
        kind: DocKind::Text,
        text,
        base_url: None,
        warnings: Vec::new(),
    };
    let e = extract(&doc, &ExtractOptions::default());
    let inside = |line: usize, column: usize| {
        line >= 1 && line <= lines.len() && column >= 1 && column <= lines[line - 1] + 1
    };
    for l in &e.links {
        assert!(inside(l.line, l.column));
    }
    for q in &e.quotes {
        assert!(inside(q.line, q.column));
    }
    for f in &e.footnotes {
        assert!(inside(f.line, f.column));
    }
});
