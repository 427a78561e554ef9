//! Fuzz target: the reStructuredText front end never panics, and every position lies inside the input.
//! Run with `scripts/fuzz.sh rst` (stable) or `cargo +nightly fuzz run rst`.
#![no_main]

use citecheck::extract::{extract, ExtractOptions};
use citecheck::model::{DocKind, Document, InputSource};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let doc = Document {
        source: InputSource::Stdin,
        kind: DocKind::Rst,
        text: String::from_utf8_lossy(data).into_owned(),
        base_url: None,
        warnings: Vec::new(),
        bibliographies: Vec::new(),
    };
    let found = extract(&doc, &ExtractOptions::default());
    if let Err(e) = found.check_positions(&doc.text) {
        panic!("{e}");
    }
});
