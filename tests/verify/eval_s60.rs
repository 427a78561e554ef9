//! Regressions from the sixtieth session's held-out evaluation of `check`, the pages served
//! on 127.0.0.1: a word an HTML page hyphenates across a line of its source (`sur-⏎veyors`,
//! a text converted from print) made a verbatim quote `altered` (`surveyors` for
//! "sur- veyors"), though plain text and PDFs read such a hyphen either way; and a quote
//! joining two sentences far apart with a bare `and` (no comma) was `altered` with its
//! second half set against the page's words after the first ("scope widened"), not
//! `passages joined`.

use citecheck::model::{DiffKind, Verdict};
use citecheck::verify::PASSAGES_JOINED;

use super::s49_check::check_served;

/// A page converted from print: words broken at the end of a source line, with a hyphen.
fn printed_page() -> String {
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Surveys</title>\
     </head><body><main><article><h1>The river surveys</h1>\
     <p>The sur-\nveyors walked the whole floodplain in a single week, wading where they \
     had to.</p>\n<p>Their report was read by a well-\nknown engineer, who praised its \
     care and asked for a copy of the field notes to be sent to the county.</p>\
     </article></main></body></html>"
        .to_string()
}

/// A word an HTML page hyphenates at a line break of its source reads joined (or as a
/// compound, where the quote keeps the hyphen): the quote is verbatim. A hyphen then a
/// space with no line break of the source (`sur- veyors`) is the page's own: a quote
/// joining the word is not verbatim there.
#[test]
fn a_hyphen_ending_a_source_line_of_html_joins_the_word() {
    let spaced = printed_page().replace("sur-\n", "sur- ");
    let article = "# Notes\n\n\
        \"The surveyors walked the whole floodplain in a single week\"[^p].\n\n\
        \"Their report was read by a well-known engineer\"[^p].\n\n\
        \"The surveyors walked the whole floodplain in a single week\"[^s].\n\n\
        [^p]: [The river surveys](BASE/surveys).\n\
        [^s]: [The river surveys, retyped](BASE/spaced).\n";
    let results = check_served(
        &[("/surveys", printed_page()), ("/spaced", spaced)],
        article,
    );
    assert_eq!(results.len(), 3, "{results:#?}");
    for r in &results[..2] {
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert!(r.differences.is_empty(), "{:#?}", r.differences);
    }
    assert_eq!(results[2].verdict, Verdict::Altered, "{:#?}", results[2]);
}

/// A long history whose first sentence and a sentence far down are joined in the quote with
/// a bare `and`.
fn river_history() -> String {
    let filler: String = (0..12)
        .map(|i| {
            format!(
                "<p>In the survey of year {} the team measured the gravel bars below mill \
                 number {i} and sent a copy of the figures to the county archive.</p>",
                1900 + 5 * i
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cawley\
         </title></head><body><main><article><h1>The Cawley surveys</h1>\
         <p>The first survey shows that the river has moved forty metres west since 1890, \
         most of it in the great floods of the early twentieth century.</p>\
         <p>The ferry will leave at noon and the harbour master will check the tickets at \
         the gate.</p>{filler}\
         <p>The survey will be repeated every decade, the drainage board said, so that the \
         parish can plan its footpaths around the river.</p>\
         <p>On Sundays the harbour master will check the tickets on board instead.</p>\
         </article></main></body></html>"
    )
}

/// Two sentences far apart, joined with `and` and no comma: `passages joined`, the page's
/// text between them the one difference, both halves shown. An `and` the page has within
/// one sentence, its second half standing mid-sentence far down too, is no such join: the
/// quote changes the page's words.
#[test]
fn sentences_far_apart_joined_by_a_bare_and_are_passages_joined() {
    let article = "# Rivers\n\n\
        Pell found that \"the river has moved forty metres west since 1890 and the survey \
        will be repeated every decade\"[^c].\n\n\
        \"The ferry will leave at noon and the harbour master will check the tickets on \
        board\"[^c].\n\n\
        [^c]: [The Cawley surveys](BASE/cawley).\n";
    let results = check_served(&[("/cawley", river_history())], article);
    assert_eq!(results.len(), 2, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(r.differences.len(), 1, "{r:#?}");
    let d = &r.differences[0];
    assert_eq!(d.kind, DiffKind::Dropped, "{r:#?}");
    assert_eq!(d.note.as_deref(), Some(PASSAGES_JOINED), "{r:#?}");
    assert!(r.detail.contains("joins two passages"), "{}", r.detail);
    let shown = r.matched_text.as_deref().unwrap_or_default();
    assert!(
        shown.contains("since 1890") && shown.contains("repeated every decade"),
        "{shown}"
    );
    let r = &results[1];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        !r.differences
            .iter()
            .any(|d| d.note.as_deref() == Some(PASSAGES_JOINED)),
        "{:#?}",
        r.differences
    );
    assert!(
        r.matched_text
            .as_deref()
            .unwrap_or_default()
            .contains("The ferry will leave at noon"),
        "{r:#?}"
    );
}
