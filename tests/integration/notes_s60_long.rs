//! Notes numbered past 999 cited by the markers that name several notes or name a note in
//! words (sixtieth session): `[1000, 1001]`, `(1002–1004)`, `(see note 1100)`, `（注1150）`
//! read numbers of up to three digits, so a long report's notes from 1000 on cited that way
//! were "never referenced".

use citecheck::model::DocKind;

use crate::hostile_s59::{assert_all_tied as assert_all_referenced, long_report};
use crate::support::{extract_as, extract_markdown};

/// The fifty-ninth session's long report under `Notes`, its notes labelled `1.` on.
fn report(marker: impl Fn(usize) -> String) -> String {
    long_report("Notes", marker, |i| format!("{i}."), "\n")
}

/// Regression: a list of notes in one marker (`[999, 1000]`) or a range (`(1001–1002)`) past
/// 999 was no marker at all.
#[test]
fn lists_and_ranges_of_notes_past_999() {
    // Pairs: the odd claim cites its note and the next (both in one paragraph of ten).
    let list = |i: usize| {
        if i % 2 == 1 {
            format!(" [{i}, {}]", i + 1)
        } else {
            String::new()
        }
    };
    let range = |i: usize| {
        if i % 2 == 1 {
            format!(" ({i}\u{2013}{})", i + 1)
        } else {
            String::new()
        }
    };
    assert_all_referenced(&extract_as(DocKind::Text, &report(list)), "text, [i, i+1]");
    assert_all_referenced(&extract_as(DocKind::Text, &report(range)), "text, (i–i+1)");
    let md = report(list)
        .replacen("Long report", "# Long report", 1)
        .replacen("\n\nNotes\n\n", "\n\n## Notes\n\n", 1);
    assert_all_referenced(&extract_markdown(&md), "Markdown, [i, i+1]");
}

/// Regression: a note named in words (`(see note 1100)`) or in Japanese and Chinese style
/// (`（注1150）`) past 999 was no marker.
#[test]
fn notes_named_in_words_past_999() {
    let worded = |i: usize| format!(" (see note {i})");
    assert_all_referenced(&extract_as(DocKind::Text, &report(worded)), "(see note i)");
    let cjk = |i: usize| format!("（注{i}）");
    assert_all_referenced(&extract_as(DocKind::Text, &report(cjk)), "（注i）");
}

/// A year in brackets is still no marker where no note has that number: `[1999, 2000]` in a
/// document of 1,200 notes cites nothing and warns of nothing.
#[test]
fn years_in_brackets_stay_years() {
    let text = report(|i| format!(" [{i}]")).replacen(
        "Claim number 1 rests",
        "Between the surveys [1999, 2001] and (2003\u{2013}2004), claim number 1 rests",
        1,
    );
    let e = extract_as(DocKind::Text, &text);
    assert_all_referenced(&e, "years beside markers");
}

/// Regression: in notes pasted from a PDF (`1000 Author…` under `Notes`), a note number glued
/// to the sentence's comma or full stop (`evidence,1000 and`) past 999 was no marker.
#[test]
fn glued_markers_past_999() {
    let text = long_report(
        "Notes",
        |i| format!(",{i} as filed"),
        |i| i.to_string(),
        "\n",
    );
    assert_all_referenced(&extract_as(DocKind::Text, &text), "glued ,i");
}
