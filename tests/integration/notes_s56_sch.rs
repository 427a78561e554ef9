//! Regressions from the fifty-sixth session's scholarly evaluation: the speaker a passive
//! `was quoted as saying` names, bracket markers with a Roman-numeral section (`[2, Sec.
//! IV]`), Vancouver preprint and proceedings entries, and a citation template's type label
//! (`(Report)`) after a title.

use crate::support::{extract_markdown, quote};

/// The passive `X was quoted (by …) as saying that “…”` names X as the quote's speaker, as
/// `X said that “…”` does; a hyphened role before a title (`Co-investigator Dr …`) is no
/// part of the name.
#[test]
fn a_passive_quoted_as_saying_gives_the_quote_its_speaker() {
    let cases = [
        (
            "Wren, in the end, was quoted by the [bulletin](https://news.example.org/m) as \
             warning that \u{201C}the north walls hold most of the moss\u{201D}.",
            "Wren",
        ),
        (
            "Professor Tobias Wren is quoted as saying that \u{201C}the north walls hold \
             most of the moss\u{201D}.",
            "Professor Tobias Wren",
        ),
        (
            "Osei was widely quoted as arguing that \u{201C}the north walls hold most of \
             the moss\u{201D}.",
            "Osei",
        ),
        (
            "Co-investigator Dr Mireille Osei said that \u{201C}the north walls hold most \
             of the moss\u{201D}.",
            "Dr Mireille Osei",
        ),
    ];
    for (text, speaker) in cases {
        let e = extract_markdown(&format!("# Walls\n\n{text}\n"));
        let q = quote(&e, "the north walls");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{text}");
    }
}
