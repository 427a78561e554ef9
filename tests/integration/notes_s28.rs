//! Twenty-eighth session: note labels and numbers gone wrong (eval-notenumbers).

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, extract_markdown};

/// Regression (eval-notenumbers c32): GFM ties `[^Harbour]` to `[^harbour]:` (labels fold
/// case, as link reference labels do), but the two were read as different labels: the quote
/// was uncited, with "no matching note" and "never referenced" warnings for one note.
#[test]
fn a_footnote_label_matches_its_definition_in_any_case() {
    let e = extract_markdown(
        "The harbour master wrote that “the outer wall will be rebuilt in granite”.[^Harbour]\n\n\
         [^harbour]: Port Authority, \"Harbour works\", https://port.example.org/works\n",
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(
        cited(&e, "the outer wall"),
        [(
            Some("harbour".into()),
            Some("https://port.example.org/works".into()),
            Attribution::MarkerAfter
        )]
    );
}

/// Regression (eval-notenumbers repro case_dup): `[^memo]:` and `[^Memo]:` are one label to
/// GFM, and the first definition is the note a reader reaches from either marker; they were
/// two notes, so the quote after `[^Memo]` was checked against a page no reader sees, with no
/// warning. The second is now that note defined twice.
#[test]
fn a_definition_differing_only_in_case_is_the_note_defined_twice() {
    let e = extract_markdown(
        "First “the ferry will run hourly in summer”.[^memo] Then “the old pier will close \
         for repairs in March”.[^Memo]\n\n\
         [^memo]: Ferry Office, \"Summer timetable\", https://ferry.example.org/summer\n\
         [^Memo]: Ferry Office, \"Pier repairs\", https://ferry.example.org/pier\n",
    );
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    assert_eq!(
        cited(&e, "the old pier")[0].1.as_deref(),
        Some("https://ferry.example.org/summer")
    );
    let warned: Vec<&str> = e.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(
        warned[0].starts_with("note `Memo` is defined twice") && warned[0].contains("`memo`"),
        "{warned:?}"
    );
    assert_eq!(e.warnings[0].line, 4);
}

/// Regression (eval-notenumbers c11, c23): the quoted title of a note's second definition
/// (`[^2]:` twice, `2.` twice in a notes list) became a quotation (and was checked), where a
/// first definition's title is none.
#[test]
fn a_quoted_title_in_a_second_definition_is_no_quotation() {
    let md = extract_markdown(
        "The library “will open on Sundays from next month”.[^2]\n\n\
         [^2]: City Library, \"Opening hours\", https://library.example.org/hours\n\
         [^2]: City Library, \"Branch closures\", https://library.example.org/closures\n",
    );
    let texts: Vec<&str> = md.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["will open on Sundays from next month"]);
    let txt = extract_as(
        DocKind::Text,
        "Parks\n\nThe parks team says \"the lake will be dredged in the autumn\" [1].\n\n\
         Notes\n\n\
         1. Parks Team, \"Lake maintenance\", https://parks.example.org/lake\n\
         1. Parks Team, \"Tree survey results\", https://parks.example.org/trees\n",
    );
    let texts: Vec<&str> = txt.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["the lake will be dredged in the autumn"]);
    assert!(
        txt.warnings
            .iter()
            .any(|w| w.message == "note `1` is defined twice"),
        "{:?}",
        txt.warnings
    );
}
