//! The forty-eighth session's note fields and reference lists: authors named after a
//! title with `by`, a Vancouver title holding its own question mark, a statute's year, a
//! Chicago book whose title holds commas, a letter's sender with no title, a title with a
//! subtitle before its body and date, an address or a clause as no publisher, a year in a
//! background note's prose, a sources list with untitled items, MLA's subject who argues
//! over a possessive in the clause, an organisation's abbreviation in brackets in a
//! narrative citation.

use citecheck::model::DocKind;

use crate::support::{extract_as, note};

/// (`ferrytrust.example/board/minutes.pdf`) names no publisher.
#[test]
fn an_address_is_no_publisher() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>Trustees called it \u{201c}a hard but fair decision\u{201d}<sup>\
         <a href=\"#fn1\" id=\"r1\">1</a></sup>.</p>\
         <ol class=\"footnotes\"><li id=\"fn1\">Ferry Trust Board, \u{201c}Minutes of the \
         Annual Meeting\u{201d}, 3 April 2024, <a \
         href=\"https://ferrytrust.example/board/minutes/2024-04-03.pdf\">\
         ferrytrust.example/board/minutes/2024-04-03.pdf</a>. <a href=\"#r1\">\u{21a9}</a>\
         </li></ol></article>",
    );
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Minutes of the Annual Meeting"));
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("3 April 2024"));
}

/// clause after the title is no publisher.
#[test]
fn a_clause_is_no_publisher() {
    let e = extract_as(
        DocKind::Text,
        "The scheme \"cut bills by a fifth\".\n\n\
         Notes to editors\n\n\
         1. The external review, \"Warm Homes Pilot: Second Year Findings\", was written by \
         Heatwise Ltd and published on 4 May 2024.\n",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Warm Homes Pilot: Second Year Findings")
    );
    assert_eq!(n.publisher, None);
}
