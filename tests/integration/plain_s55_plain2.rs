//! Regressions found by the fifty-fifth session's held-out evaluation of plain-text
//! articles: a sentence saying where a cited document can be read (`The full report is at
//! https://…`) left the quotation above it uncited, a caption timestamp opening a line inside
//! a quotation was read as part of it, a PDF page footer or running title inside a wrapped
//! quotation cut it short, and a word hyphenated at a line end kept its hyphen.

use citecheck::model::{Attribution, DocKind};

use crate::support::{extract_as, extract_markdown, url_ties};

const OPENING: &str = "Brennock District Council published its flood audit on Tuesday. It \
                       says that \"three of the five pumping stations were running past \
                       their design life\", and repairs are planned.";

/// Regression: `The full report is at URL` under a press release's quotation left it
/// uncited (and a misquote then passed unchecked), though `The book can now be read free on
/// the [library website](…)` was tied. A sentence naming a document the quotation may come
/// from, with a verb saying where it can be read, cites it, after the quotation's paragraph
/// or inside it.
#[test]
fn a_sentence_saying_where_the_document_can_be_read_cites_the_quotation() {
    let url = "https://brennock.example.org/flood-audit";
    for tail in [
        "The full audit is at URL",
        "The full report is at URL",
        "The report can be read at URL.",
        "That statement is available at URL.",
        "The complete study is online at URL",
        "The survey can be found at URL.",
    ] {
        let tail = tail.replace("URL", url);
        for sep in ["\n\n", " ", "\n"] {
            let text = format!("{OPENING}{sep}{tail}\n\nENDS\n");
            let e = extract_as(DocKind::Text, &text);
            assert_eq!(
                url_ties(&e, "three of the five"),
                vec![(Some(url.to_string()), Attribution::Following)],
                "{text}"
            );
        }
    }
    let md = format!(
        "{OPENING}\n\nThe full report can now be read free on the [council website]({url}).\n"
    );
    let e = extract_markdown(&md);
    assert_eq!(
        url_ties(&e, "three of the five"),
        vec![(Some(url.to_string()), Attribution::Following)],
        "{md}"
    );
    // Not a sentence that only mentions a URL, a document's other news, nor `This report`
    // (maybe the article itself).
    for tail in [
        "Our earlier coverage is at https://news.example.org/floods",
        "The report also covers staffing; see https://news.example.org/staff for more.",
        "This report is available at https://news.example.org/this-pdf",
        "The council is at https://brennock.example.org/ on the web.",
    ] {
        let text = format!("{OPENING}\n\n{tail}\n");
        let e = extract_as(DocKind::Text, &text);
        assert_eq!(url_ties(&e, "three of the five"), vec![], "{text}");
    }
}

/// Regression: an automatic transcript's timestamp opening a line inside a quotation
/// (`should be⏎[00:02:14] paused rather than scrapped`) was read as part of what was said,
/// so `check` reported a faithful quotation altered. `[hh:mm:ss]`, `[mm:ss]` and
/// `(hh:mm:ss)` at a line's start are dropped from the quotation's text; its position is
/// unchanged, and a bracketed time inside a line, or `(10:30)`, stays.
#[test]
fn a_caption_timestamp_opening_a_line_inside_a_quotation_is_no_part_of_it() {
    for stamp in ["[00:02:14]", "[02:14]", "(00:02:14)", "[0:02:14.500]"] {
        let text = format!(
            "Ferry Hour, show 31 (machine transcript)\n\n\
             [00:02:10] ROWAN: The operator's letter [1] says the crossing \"should be\n\
             {stamp} paused rather than scrapped\" and nothing more.\n\
             [00:02:19] TESS: Fine.\n\n\
             Links\n[1] https://ferry.example.org/letter\n"
        );
        let e = extract_as(DocKind::Text, &text);
        let q = crate::support::quote(&e, "should be");
        assert_eq!(q.text, "should be paused rather than scrapped", "{stamp}");
        assert_eq!((q.line, q.column), (3, 63), "{stamp}");
        assert_eq!(crate::support::notes_of(&e, "should be"), ["1"], "{stamp}");
    }
    // Not a time inside a line, nor one in parentheses without seconds.
    let e = extract_as(
        DocKind::Text,
        "The notice said the pier \"closes at [18:30] on weekdays and at\n\
         (10:30) on Sundays\" until spring.\n",
    );
    assert_eq!(
        crate::support::texts(&e),
        ["closes at [18:30] on weekdays and at (10:30) on Sundays"]
    );
}

/// Regression: a nested e-mail reply (`> > …` under `> …`) kept the inner `>` marks in
/// the quotation's text. Every `>` opening a line is the mail's layout.
#[test]
fn a_nested_replys_inner_marks_are_no_part_of_the_quotation() {
    let text = "On 9 May, Ines Varga <ines@mail.example.com> wrote:\n\
                > > The depot will \"reopen on the first Monday of August\"\n\
                > >   once the roof is done.\n\
                > Is that still the plan? The sign on the gate says September.\n";
    let e = extract_as(DocKind::Text, text);
    let q = crate::support::quote(&e, "The depot");
    assert!(!q.text.contains('>'), "{:?}", q.text);
    assert!(
        q.text
            .starts_with("The depot will \"reopen on the first Monday of August\" once the roof"),
        "{:?}",
        q.text
    );
}
