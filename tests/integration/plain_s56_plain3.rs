//! Regressions found by the fifty-fifth session's held-out evaluation of plain-text articles
//! (fifty-sixth session): a page break pasted from a PDF (a page number, a running header)
//! inside a quotation ended it.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, notes_of, texts};

fn warnings(e: &Extraction) -> Vec<&str> {
    e.warnings.iter().map(|w| w.message.as_str()).collect()
}

const HEADER: &str = "Lowmere Harbour Survey                               Spring 2027";

/// Regression: a quotation wrapped over a page break (`… the quay lost⏎      Page 6⏎⏎
/// running header⏎⏎41 berths …" (2)`) ended at the page number, `Page 6` read as its last
/// word, uncited, with an "unbalanced quotation mark" warning. The page number and the
/// running header recurring beside the page breaks are no text when they interrupt an open
/// quotation that the text after them closes.
#[test]
fn an_inline_quotation_reads_on_over_a_page_break() {
    for (footer, open, close) in [
        (
            "                                                  Page 6",
            "\"",
            "\"",
        ),
        (
            "                                                  - 6 -",
            "\u{201C}",
            "\u{201D}",
        ),
        (
            "                                              Page 6 of 30",
            "\"",
            "\"",
        ),
        (
            "                                                       6",
            "\u{201C}",
            "\u{201D}",
        ),
    ] {
        let text = format!(
            "{HEADER}\n\nThe harbour master's report is short. It notes that {open}the quay \
             lost\n{footer}\n\n{HEADER}\n\n41 berths to silting between 2020 and \
             2026{close} (2). Dredging resumes in May.\n\nThere is more in the annex.\n\n\
             Notes\n\n2. Lowmere Harbour Board, annual return, \
             https://harbour.example.org/return-2026\n"
        );
        let e = extract_as(DocKind::Text, &text);
        assert_eq!(
            texts(&e),
            vec!["the quay lost 41 berths to silting between 2020 and 2026"],
            "{text}"
        );
        assert_eq!(notes_of(&e, "the quay lost"), vec!["2"], "{text}");
        assert!(warnings(&e).is_empty(), "{text}: {:?}", warnings(&e));
    }
}

/// Not a paragraph that closes its quotation normally (it never joins the next one), nor a
/// break whose header line is seen once only (no running header), nor a paragraph whose
/// quotation the text after the break does not close.
#[test]
fn a_page_break_joins_nothing_but_an_open_quotation() {
    // Closed before the break: two quotations, two paragraphs.
    let text = format!(
        "{HEADER}\n\nThe board said \"the quay is sound\" (1).\n\n                     Page 2\n\n\
         {HEADER}\n\nThe engineers replied that \"the piles are not\" (1).\n\n\
         1. Lowmere Harbour Board, https://harbour.example.org/minutes\n"
    );
    let e = extract_as(DocKind::Text, &text);
    assert_eq!(texts(&e), vec!["the quay is sound", "the piles are not"]);
    // The open quotation's paragraph joins the text after the break, and that only.
    let text = format!(
        "{HEADER}\n\nThe board said \"the quay\n                     Page 2\n\n{HEADER}\n\n\
         is sound\" (1).\n\nShort Heading\n\nThe engineers replied that \"the piles are \
         not\" (1).\n\n1. Lowmere Harbour Board, https://harbour.example.org/minutes\n"
    );
    let e = extract_as(DocKind::Text, &text);
    assert_eq!(texts(&e), vec!["the quay is sound", "the piles are not"]);
}

/// Regression: an indented block quotation continued on the next page (after `Page 11 of
/// 40` and the running header) lost its continuation: neither part of the quotation nor a
/// quotation of its own.
#[test]
fn an_indented_quotation_continues_after_a_page_break() {
    let text = format!(
        "{HEADER}\n\nThe survey's summary reads (1):\n\n    Four of the six slipways are closed \
         to boats over ten metres, and the\n    fuel pontoon has not opened since the storm \
         of 2025.\n\n                                           Page 11 of 40\n\n{HEADER}\n\n    \
         Visiting yachts now anchor outside the breakwater.\n\nOther business followed.\n\n\
         1. Lowmere Harbour Survey, https://harbour.example.org/survey\n"
    );
    let e = extract_as(DocKind::Text, &text);
    assert_eq!(
        texts(&e),
        vec![
            "Four of the six slipways are closed to boats over ten metres, and the fuel \
             pontoon has not opened since the storm of 2025. Visiting yachts now anchor \
             outside the breakwater."
        ],
        "{text}"
    );
    assert_eq!(notes_of(&e, "Four of the six"), vec!["1"]);
    // A header seen once, beside one break only, is no running header: text is not joined
    // over it.
    let once = text.replacen(&format!("{HEADER}\n\n"), "", 1);
    let e = extract_as(DocKind::Text, &once);
    assert_eq!(texts(&e).len(), 1, "{once}");
    assert!(!texts(&e)[0].contains("Visiting"), "{once}");
}

/// Regression: in a lynx dump, a quotation whose paragraph names the document it comes from
/// (`Its report says "…"`) and a line of its own after it pointing to that document with a
/// reference glued to its words (`[4]Read the full report`) stayed uncited. The pointer's
/// reference cites it, as does the same pointer written as a Markdown-style link; a pointer
/// to some other document does not.
#[test]
fn a_pointer_to_the_full_document_after_the_quotation_cites_it() {
    let body = "   The ferry will run hourly from May, the [2]operator says. Its report\n   \
                says the crossing \"has carried more foot passengers this winter than in\n   \
                any summer before\".\n\n";
    let refs = "References\n\n   2. https://ferry.example.org/\n   \
                4. https://ferry.example.org/winter-report\n";
    let text = format!("{body}   [4]Read the full report\n\n{refs}");
    let e = extract_as(DocKind::Text, &text);
    assert_eq!(notes_of(&e, "has carried"), vec!["4"], "{text}");
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
    // Another document: not tied.
    let text = format!("{body}   [4]Read the full timetable\n\n{refs}");
    let e = extract_as(DocKind::Text, &text);
    assert!(notes_of(&e, "has carried").is_empty(), "{text}");
}
