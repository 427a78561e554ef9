//! Regressions found by the fifty-ninth session's hostile-input evaluation of note
//! extraction: numbered notes past 999 in plain text were glued into note 999 (labels and
//! markers were read up to three digits), and a note holding thousands of web addresses took
//! time growing with their square.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, extract_markdown};

pub(crate) const NOTES: usize = 1200;

/// A long report: `NOTES` claims, ten to a paragraph, each citing its note with `marker(i)`,
/// then a `heading` and the notes, `label(i)` then the note's text, joined by `sep`.
pub(crate) fn long_report(
    heading: &str,
    marker: impl Fn(usize) -> String,
    label: impl Fn(usize) -> String,
    sep: &str,
) -> String {
    let claims: Vec<String> = (1..=NOTES)
        .map(|i| format!("Claim number {i} rests on the evidence{}.", marker(i)))
        .collect();
    let body: Vec<String> = claims.chunks(10).map(|c| c.join(" ")).collect();
    let notes: Vec<String> = (1..=NOTES)
        .map(|i| {
            format!(
                "{} Author {i}, Report title {i}, https://example.org/r/{i}",
                label(i)
            )
        })
        .collect();
    format!(
        "Long report\n\n{}\n\n{heading}\n\n{}\n",
        body.join("\n\n"),
        notes.join(sep)
    )
}

/// Every note `1` to `NOTES` in order, each holding its own address alone and cited once, on
/// its claim's paragraph's line (paragraph `k` on line `3 + 2k`).
pub(crate) fn assert_all_tied(e: &Extraction, what: &str) {
    assert_eq!(e.footnotes.len(), NOTES, "{what}");
    for (k, n) in e.footnotes.iter().enumerate() {
        let i = k + 1;
        assert_eq!(n.label, i.to_string(), "{what}");
        assert_eq!(
            n.urls,
            vec![format!("https://example.org/r/{i}")],
            "{what}: note {i}"
        );
        assert!(!n.text.contains(" 1000. "), "{what}: note {i}: {}", n.text);
        let lines: Vec<usize> = n.referenced_at.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![3 + 2 * ((i - 1) / 10)], "{what}: note {i}");
    }
    assert!(e.warnings.is_empty(), "{what}: {:?}", e.warnings.first());
}

/// Regression: a plain-text report with 1,200 numbered endnotes gave 999 notes, the last
/// holding notes 1000 to 1200, and markers `(1000)` on were no markers: labels and markers
/// were read up to three digits. Four or five digits now make a label where they continue the
/// notes before them, and a marker where a note has that number.
#[test]
fn plain_text_notes_past_999_are_notes_of_their_own() {
    let paren = |i: usize| format!(" ({i})");
    let bracket = |i: usize| format!(" [{i}]");
    let cases: [(&str, String); 5] = [
        (
            "1. under Notes, a line each",
            long_report("Notes", paren, |i| format!("{i}."), "\n"),
        ),
        (
            "1. under Notes, a paragraph each",
            long_report("Notes", paren, |i| format!("{i}."), "\n\n"),
        ),
        (
            "(1) under Notes",
            long_report("Notes", paren, |i| format!("({i})"), "\n"),
        ),
        (
            "1) under References, [1] markers",
            long_report("References", bracket, |i| format!("{i})"), "\n"),
        ),
        (
            "[1] closing the text, no heading",
            long_report("Sources", bracket, |i| format!("[{i}]"), "\n\n")
                .replace("\n\nSources\n\n", "\n\n"),
        ),
    ];
    for (what, text) in cases {
        let e = extract_as(DocKind::Text, &text);
        assert_all_tied(&e, what);
    }
}

/// The same in Markdown: the list's items past 999 were notes, but their markers `[1000]`
/// were not read, so 201 notes were never referenced.
#[test]
fn markdown_notes_past_999_are_cited_by_their_markers() {
    let text = long_report("## Notes", |i| format!(" [{i}]"), |i| format!("{i}."), "\n").replacen(
        "Long report",
        "# Long report",
        1,
    );
    assert_all_tied(&extract_markdown(&text), "Markdown list");
}

/// Regression: a superscript marker past 999 (`<sup>1000</sup>`, in Markdown's raw HTML and
/// on a web page) was no marker, so notes 1000 to 1200 were "never referenced" (201
/// warnings). A superscript of four or five digits is now a marker where a note has that
/// number, alone or in a group (`<sup>999,1000</sup>`); one no note has (`<sup>2019</sup>`,
/// `<sup>2019-2020</sup>`) is neither a marker nor a warning.
#[test]
fn superscript_markers_past_999_cite_their_notes() {
    let text = long_report(
        "## Notes",
        |i| format!("<sup>{i}</sup>"),
        |i| format!("{i}."),
        "\n",
    )
    .replacen("Long report", "# Long report", 1);
    assert_all_tied(&extract_markdown(&text), "Markdown superscripts");

    let claims: String = (1..=NOTES)
        .map(|i| format!("<p>Claim number {i} rests on the evidence.<sup>{i}</sup></p>\n"))
        .collect();
    let notes: String = (1..=NOTES)
        .map(|i| {
            format!(
                "<li>Author {i}, Report title {i}, \
                 <a href=\"https://example.org/r/{i}\">https://example.org/r/{i}</a></li>\n"
            )
        })
        .collect();
    let page = format!(
        "<!doctype html><html><body><article>\n{claims}<h2>Notes</h2>\n<ol>\n{notes}</ol>\n\
         </article></body></html>\n"
    );
    let e = extract_as(DocKind::Html, &page);
    assert_eq!(e.footnotes.len(), NOTES);
    for (k, n) in e.footnotes.iter().enumerate() {
        let i = k + 1;
        assert_eq!(n.label, i.to_string());
        assert_eq!(
            n.urls,
            vec![format!("https://example.org/r/{i}")],
            "note {i}"
        );
        let lines: Vec<usize> = n.referenced_at.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![1 + i], "note {i}");
    }
    assert!(e.warnings.is_empty(), "{:?}", e.warnings.first());

    // Groups past 999 (`<sup>999,1000</sup>`, `<sup>1001-1002</sup>`) cite each of their
    // notes too.
    let pairs = |sep: &str| -> String {
        (1..=NOTES)
            .step_by(2)
            .map(|i| format!("Claims {i} and {} hold.<sup>{i}{sep}{}</sup>", i + 1, i + 1))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let list: String = (1..=NOTES)
        .map(|i| format!("{i}. Author {i}, Report title {i}, https://example.org/r/{i}\n"))
        .collect();
    for sep in [",", "-"] {
        let e = extract_markdown(&format!("{}\n\n## Notes\n\n{list}", pairs(sep)));
        assert_eq!(e.footnotes.len(), NOTES, "{sep}");
        for n in &e.footnotes {
            assert_eq!(n.referenced_at.len(), 1, "{sep}: note {}", n.label);
        }
        assert!(e.warnings.is_empty(), "{sep}: {:?}", e.warnings.first());
    }
    let items: String = (1..=NOTES)
        .map(|i| format!("<li>Author {i}, Report title {i}, https://example.org/r/{i}</li>"))
        .collect();
    let page = format!(
        "<!doctype html><html><body><article><p>{}</p><h2>Notes</h2><ol>{items}</ol>\
         </article></body></html>",
        pairs(",").replace("\n\n", "</p><p>")
    );
    let e = extract_as(DocKind::Html, &page);
    assert_eq!(e.footnotes.len(), NOTES);
    for n in &e.footnotes {
        assert_eq!(n.referenced_at.len(), 1, "HTML: note {}", n.label);
    }
    assert!(e.warnings.is_empty(), "HTML: {:?}", e.warnings.first());

    // A four-digit superscript no note has cites nothing and is no "marker with no note".
    let page = "<!doctype html><html><body><article><p>The fleet grew to its largest size in \
                years<sup>2019</sup> and then<sup>2019-2020</sup> shrank.<sup>1</sup></p><h2>Notes</h2><ol><li>\
                Harbour Board, Fleet report, <a href=\"https://example.org/fleet\">\
                https://example.org/fleet</a></li></ol></article></body></html>";
    for (kind, text) in [
        (DocKind::Html, page.to_string()),
        (
            DocKind::Markdown,
            "The fleet grew to its largest size in years<sup>2019</sup> and then<sup>2019-2020</sup> shrank.\
             <sup>1</sup>\n\n## Notes\n\n1. Harbour Board, Fleet report, \
             https://example.org/fleet\n"
                .to_string(),
        ),
    ] {
        let e = extract_as(kind, &text);
        let labels: Vec<(&str, usize)> = e
            .footnotes
            .iter()
            .map(|n| (n.label.as_str(), n.referenced_at.len()))
            .collect();
        assert_eq!(labels, [("1", 1)], "{kind:?}");
        assert!(e.warnings.is_empty(), "{kind:?}: {:?}", e.warnings);
    }
}

/// A line of a note opening with a year (`2019. Available at …`) stays in its note, before
/// note 1000 and after it; and a year in brackets in the text cites no note.
#[test]
fn a_year_opening_a_notes_line_is_no_new_note() {
    let mut text = long_report("Notes", |i| format!(" ({i})"), |i| format!("{i}."), "\n");
    for i in [5, 1005, 1199] {
        text = text.replace(
            &format!("Report title {i}, https://"),
            &format!("Report title {i},\n2019. https://"),
        );
    }
    text = text.replace("Claim number 7 ", "Claim number 7 (2019) ");
    let e = extract_as(DocKind::Text, &text);
    assert_all_tied(&e, "year lines");
    for i in [5, 1005, 1199] {
        let n = &e.footnotes[i - 1];
        assert!(n.text.contains("Report title"), "{}", n.text);
        assert!(n.text.contains("2019."), "note {i}: {}", n.text);
    }
    // A shorter list: a year is still no label, nor are four digits out of sequence.
    let short = "The plan cites a report (1), a survey (2) and a map (3).\n\nNotes\n\n\
                 1. Harbour Board, Annual report,\n2019. https://example.org/a\n\
                 2. Survey, https://example.org/b\n\
                 1000. Not a note, https://example.org/c\n\
                 3. Map office, https://example.org/d\n";
    let e = extract_as(DocKind::Text, short);
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3"]);
    assert!(
        e.footnotes[0].text.contains("2019."),
        "{}",
        e.footnotes[0].text
    );
    assert!(
        e.footnotes[1].text.contains("1000."),
        "{}",
        e.footnotes[1].text
    );
}

/// A note holding 3,000 addresses keeps each once, in the order first written, a DOI once
/// whatever its case or form (`https://doi.org/…`, `doi:…`), searches dropped and database
/// records last. Pins the output of the per-note sets that replaced a search of all the
/// note's addresses so far for each one (quadratic: 50,000 addresses took seconds).
#[test]
fn a_note_of_thousands_of_urls_keeps_each_once_in_order() {
    let parts: Vec<String> = (0..3000)
        .map(|i| match i % 10 {
            3 => format!("https://example.org/p/{}", i - 3),
            5 => format!("https://scholar.google.com/scholar?q=w{i}"),
            6 => format!("https://pubmed.ncbi.nlm.nih.gov/{i}/"),
            7 => format!("https://doi.org/10.1000/ABC{i}"),
            8 => format!("https://doi.org/10.1000/abc{}", i - 1),
            9 if (i / 10) % 2 == 0 => format!("doi:10.1000/ABC{}", i - 2),
            9 => format!("doi:10.1000/xyz{i}"),
            _ => format!("https://example.org/p/{i}"),
        })
        .collect();
    let written: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(k, p)| {
            if k % 3 == 0 {
                format!("{p},")
            } else {
                p.clone()
            }
        })
        .collect();
    let text = format!("A claim[^1].\n\n[^1]: Sources: {}\n", written.join(" "));
    let e = extract_markdown(&text);
    assert_eq!(e.footnotes.len(), 1);
    let mut expected: Vec<String> = Vec::new();
    for i in (0..3000).step_by(10) {
        for k in [0, 1, 2, 4] {
            expected.push(format!("https://example.org/p/{}", i + k));
        }
        expected.push(format!("https://doi.org/10.1000/ABC{}", i + 7));
    }
    for i in (0..3000).step_by(10).filter(|i| (i / 10) % 2 == 1) {
        expected.push(format!("https://doi.org/10.1000/xyz{}", i + 9));
    }
    for i in (0..3000).step_by(10) {
        expected.push(format!("https://pubmed.ncbi.nlm.nih.gov/{}/", i + 6));
    }
    assert_eq!(e.footnotes[0].urls.len(), 1950);
    assert_eq!(e.footnotes[0].urls, expected);
}
