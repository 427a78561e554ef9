//! Notes sections the eighteenth session's held-out evaluation found unread: superscript
//! notes under a rule in plain text, `(1)` notes under a heading of any language, and notes
//! numbered in a script's own digits (`[১]`).

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, note};

/// A memo saved as plain text rules its footnotes off with a line of underscores or dashes
/// and numbers them with superscripts: the lines under the rule are notes, cited by the
/// superscripts in the text, wherever the rule stands (a page's notes, then more text).
#[test]
fn superscript_notes_under_a_rule_in_plain_text() {
    let e = extract_as(
        DocKind::Text,
        "The council said \"the bridge will reopen in the spring\"¹ and nobody believed \
         it.\n\n______\n¹ Council minutes, 4 March. https://council.example.org/m/4\n\n\
         Later the engineer wrote that \"the bearings had failed twice before\"² in a \
         letter.\n\n---\n² Letter to the editor, 9 May, section 8(a)(2).\n",
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(
        note(&e, "2").text,
        "Letter to the editor, 9 May, section 8(a)(2)."
    );
    assert_eq!(
        cited(&e, "the bridge will"),
        [(
            Some("1".into()),
            Some("https://council.example.org/m/4".into()),
            Attribution::MarkerAfter
        )]
    );
    assert_eq!(cited(&e, "the bearings")[0].0.as_deref(), Some("2"));
}

/// Superscript lines under a rule that the text before never cites are no notes (a
/// formula's lines, a table's).
#[test]
fn uncited_superscript_lines_under_a_rule_are_not_notes() {
    let e = extract_as(
        DocKind::Text,
        "We compared the two readings.\n\n______\n¹ Council minutes, 4 March.\n\
         ² Letter to the editor, 9 May.\n",
    );
    assert!(e.footnotes.is_empty(), "{:?}", e.footnotes);
}

/// Under a heading of a word or two the tool does not know (`Quellennachweis`), entries
/// numbered `(1)`, `1.`, `¹` or `[1]` are notes when the text before cites every one of
/// them, whether with `(1)`, `[1]` or `¹`.
#[test]
fn notes_under_an_unknown_short_heading_in_any_numbering() {
    for (m1, m2, e1, e2) in [
        ("(1)", "(2)", "(1)", "(2)"),
        ("(1)", "(2)", "1.", "2."),
        ("¹", "²", "¹", "²"),
        ("(1)", "(2)", "[1]", "[2]"),
    ] {
        let e = extract_as(
            DocKind::Text,
            &format!(
                "The mayor said \"the market will move to the old station\" {m1}.\n\n\
                 The trader replied that \"nobody asked the people who sell here\" {m2}.\n\n\
                 Quellennachweis\n{e1} Mayor's office, press release, 2 May. \
                 https://city.example.org/p/2\n{e2} Market traders' association, open \
                 letter.\n"
            ),
        );
        assert!(e.warnings.is_empty(), "{m1} {e1}: {:?}", e.warnings);
        assert_eq!(
            note(&e, "2").text,
            "Market traders' association, open letter."
        );
        assert_eq!(
            cited(&e, "the market")[0].0.as_deref(),
            Some("1"),
            "{m1} {e1}"
        );
        assert_eq!(
            cited(&e, "nobody asked")[0].0.as_deref(),
            Some("2"),
            "{m1} {e1}"
        );
    }
}

/// In Markdown the heading is a block of its own (`## Quellennachweis`, or a paragraph of
/// one word), over a numbered list or `(1)` lines.
#[test]
fn markdown_notes_under_an_unknown_heading_block() {
    for heading in ["## Quellennachweis", "Quellennachweis"] {
        for (e1, e2) in [("(1)", "(2)"), ("1.", "2.")] {
            let e = extract_as(
                DocKind::Markdown,
                &format!(
                    "The mayor said \"the market will move to the old station\" (1).\n\n\
                     The trader replied that \"nobody asked the people who sell here\" \
                     (2).\n\n{heading}\n\n{e1} Mayor's office, press release, 2 May. \
                     https://city.example.org/p/2\n{e2} Market traders' association, open \
                     letter.\n"
                ),
            );
            assert!(e.warnings.is_empty(), "{heading} {e1}: {:?}", e.warnings);
            assert_eq!(
                cited(&e, "nobody asked")[0].0.as_deref(),
                Some("2"),
                "{heading} {e1}"
            );
        }
    }
    // A closing list of points after an enumeration is none.
    let e = extract_as(
        DocKind::Markdown,
        "There are two options: (1) lease and (2) buy, said the treasurer, who called it \
         \"a choice between two debts\".\n\n## Summary\n\n1. Leasing is cheaper.\n\
         2. Buying builds equity.\n",
    );
    assert!(e.footnotes.is_empty(), "{:?}", e.footnotes);
}

/// A list of points closing an article under a short heading is no notes list when the
/// text's own numbers only enumerate (`two options: (1) lease … and (2) buy …`).
#[test]
fn a_numbered_summary_after_an_enumeration_is_not_notes() {
    for (e1, e2) in [("(1)", "(2)"), ("1.", "2.")] {
        let e = extract_as(
            DocKind::Text,
            &format!(
                "There are two options: (1) lease the hall and (2) buy it outright, said the \
                 treasurer, who called it \"a choice between two debts\".\n\nSummary\n\
                 {e1} Leasing is cheaper in the first decade.\n{e2} Buying builds equity \
                 over time.\n"
            ),
        );
        assert!(e.footnotes.is_empty(), "{e1}: {:?}", e.footnotes);
        assert!(cited(&e, "a choice").is_empty());
    }
}

/// Notes headings of Maltese, Italian, Bengali and other languages open a notes section
/// over `(1)` entries, as `Sources` does.
#[test]
fn notes_headings_of_more_languages() {
    for heading in [
        "Referenzi",
        "Referenze",
        "Sorsi",
        "তথ্যসূত্র",
        "Notlar",
        "Mənbələr",
        "Sanggunian",
        "Дереккөздер",
        "குறிப்புகள்",
    ] {
        let e = extract_as(
            DocKind::Text,
            &format!(
                "The report found that \"most of the harbour wall dates from 1870\" (1), and \
                 nobody disputes it.\n\n{heading}\n(1) Harbour survey, 2024. \
                 https://harbour.example.org/survey\n"
            ),
        );
        assert!(e.warnings.is_empty(), "{heading}: {:?}", e.warnings);
        assert_eq!(
            cited(&e, "most of the harbour")[0].0.as_deref(),
            Some("1"),
            "{heading}"
        );
    }
}

/// Markers and note labels in a script's own digits (Bengali `[১]`, Devanagari `(३)`,
/// Arabic-Indic `[١]`, Thai `[๒]`) are the notes of the same ASCII number: `[১]` cites note
/// `1`, labelled so.
#[test]
fn markers_and_labels_in_native_digits() {
    for (one, two) in [("১", "২"), ("१", "२"), ("١", "٢"), ("۱", "۲"), ("๑", "๒")] {
        let e = extract_as(
            DocKind::Text,
            &format!(
                "The company said \"the first phase will be finished by 2028\" [{one}].\n\n\
                 A planner wrote that \"the cost has risen by forty per cent\" [{two}].\n\n\
                 Sources\n[{one}] Company statement. https://metro.example.org/press\n\
                 [{two}] Planning commission report.\n"
            ),
        );
        assert!(e.warnings.is_empty(), "{one}: {:?}", e.warnings);
        assert_eq!(note(&e, "2").text, "Planning commission report.", "{one}");
        assert_eq!(
            cited(&e, "the first phase")[0].0.as_deref(),
            Some("1"),
            "{one}"
        );
        assert_eq!(
            cited(&e, "the cost has")[0].0.as_deref(),
            Some("2"),
            "{one}"
        );
    }
    // In parentheses, after the quotation.
    let e = extract_as(
        DocKind::Text,
        "The minister said \"the road will open in June\" (३).\n\nSources\n(३) Press \
         release, 3 May.\n",
    );
    assert_eq!(cited(&e, "the road will")[0].0.as_deref(), Some("3"));
}

/// A digit of another script glued to a bracket with nothing closing it, or a bracket at
/// the end of the text, is no marker and no panic.
#[test]
fn unclosed_native_digits_are_not_markers() {
    for text in [
        "He said \"the road will open in June\" [১",
        "He said \"the road will open in June\" [১২৩৪].\n\nSources\n[১] Press release.\n",
        "He said \"the road will open in June\" (",
        "[১",
    ] {
        let e = extract_as(DocKind::Text, text);
        assert!(e.quotes.iter().all(|q| q.citations.is_empty()), "{text}");
    }
}
