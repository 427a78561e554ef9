//! The fifty-fifth session's plain-text notes and markers: a marker opening the line after
//! a quotation closed by a stop, endnotes numbered `1 Text` under a `Notes` heading, lynx's
//! markers glued to a line's first words, two superscripts side by side naming two notes,
//! and a `>` reply carrying its own `[1]` note.

use citecheck::model::{Attribution, DocKind, Extraction};

use crate::support::{cites, extract_as, note};

fn text(article: &str) -> Extraction {
    extract_as(DocKind::Text, article)
}

fn warnings(e: &Extraction) -> Vec<&str> {
    e.warnings.iter().map(|w| w.message.as_str()).collect()
}

/// A hard-wrapped line opening with the marker of the quotation the line before closes,
/// after the closing mark and a full stop (`… next winter".⏎[1] Residents …`), in each
/// marker style: the marker cites the quotation. Before, the quotation was uncited and
/// the note never referenced.
#[test]
fn a_marker_opening_the_line_after_a_quote_and_its_stop() {
    for (marker, entry) in [("[1]", "[1]"), ("(1)", "1."), ("¹", "¹")] {
        let article = format!(
            "Harbour works\n\n\
             The engineer warned that the old sea wall \"may not survive another\n\
             storm season like the last one\".\n\
             {marker} Residents were told to expect delays.\n\n\
             Sources\n\
             {entry} Portmellin Harbour Board, Sea Wall Survey, 2025.\n    \
             https://harbour.example.org/survey\n"
        );
        let e = text(&article);
        assert_eq!(
            cites(&e, "may not survive another"),
            [(Some("1"), Attribution::MarkerAfter)],
            "{marker}: {:#?}",
            e.quotes
        );
        assert!(warnings(&e).is_empty(), "{marker}: {:?}", warnings(&e));
    }
}

/// The same with a comma after the closing mark, the sentence going on after the marker.
/// (A notes list under a quotation closed by a stop stays notes.)
#[test]
fn a_marker_opening_the_line_after_a_quote_and_a_comma() {
    let e = text(
        "The survey called the wall \"beyond economic repair\",\n\
         (1) and the board agreed.\n\n\
         Sources\n\
         1. Portmellin Harbour Board, Sea Wall Survey, 2025, https://harbour.example.org/s\n",
    );
    assert_eq!(
        cites(&e, "beyond economic repair"),
        [(Some("1"), Attribution::MarkerAfter)],
        "{:#?}",
        e.quotes
    );
    // A notes list right under a paragraph closing a quotation with a stop stays a list
    // of notes: its `[1]` line is the note, not a marker.
    let e = text(
        "The survey called the wall \"beyond economic repair\" [1].\n\n\
         Sources\n\
         [1] Portmellin Harbour Board, Sea Wall Survey, 2025, https://harbour.example.org/s\n\
         [2] Portmellin Parish Council, Minutes, 3 May 2025, https://parish.example.org/m\n",
    );
    assert!(note(&e, "1").text.starts_with("Portmellin Harbour Board"));
    assert!(note(&e, "2").text.starts_with("Portmellin Parish Council"));
}

/// Endnotes as a word processor pastes them, `N Text` with no stop, under a `Notes`
/// heading and numbered from 1: read as notes 1 and 2, for markers in brackets and glued
/// after the stop alike. Before, no note was read (and with glued markers nothing was
/// said at all). Lines numbered from elsewhere (house numbers) are still no notes.
#[test]
fn endnotes_numbered_without_a_stop_under_a_heading() {
    for (first, second) in [(" (1).", " (2)."), (".1", ".2")] {
        let article = format!(
            "Opinion\n\n\
             The operator insisted the route \"will be restored within two years\"{first}\n\
             Nobody on the island believes that promise{second}\n\n\
             Endnotes\n\n\
             1 Skerrow Ferries, statement to the press, 4 March 2025,\n  \
             https://ferries.example.org/statement\n\
             2 Island Council, Transport Committee minutes, June 2024.\n"
        );
        let e = text(&article);
        assert!(
            note(&e, "1").text.starts_with("Skerrow Ferries"),
            "{first}: {:#?}",
            e.footnotes
        );
        assert!(note(&e, "2").text.starts_with("Island Council"), "{first}");
        assert_eq!(
            cites(&e, "will be restored"),
            [(Some("1"), Attribution::MarkerAfter)],
            "{first}: {:#?}",
            e.quotes
        );
        assert!(warnings(&e).is_empty(), "{first}: {:?}", warnings(&e));
    }
    // Numbered lines under a heading that do not run from 1 (house numbers, a table's
    // rows) are no notes.
    let e = text(
        "The depot moved.\n\n\
         References\n\n\
         14 Quay Street, Portmellin\n\
         15 Quay Street, Portmellin\n",
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
}

/// lynx's `-dump` puts a link's number against its words at a line's start too
/// (`[1]Portmellin News`, `[3]Read the board's notice`): markers, as the mid-line
/// `[2]board` is. Before, notes 1 and 3 were warned about as never referenced.
#[test]
fn lynx_markers_glued_to_a_lines_first_words() {
    let e = text(
        "   [1]Portmellin News\n\n   \
         The slipway will close on 2 May, the [2]board has announced.\n   \
         [3]Read the board's notice\n\n\
         References\n\n   \
         1. https://news.example.org/\n   \
         2. https://harbour.example.org/\n   \
         3. https://harbour.example.org/notices/slipway\n",
    );
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
}

/// Two superscripts side by side (`¹²`) name notes 1 and 2 when there are such notes and
/// no note 12 (with one, note 12). Before, they were read as marker 12, with no note.
#[test]
fn adjacent_superscripts_name_two_notes() {
    let e = text(
        "The board said the slipway \"will be rebuilt in stone over the\n\
         summer\".¹² Work starts soon.\n\n\
         Notes\n\
         ¹ Harbour Board notice, https://harbour.example.org/n\n\
         ² Harbour Board minutes, https://harbour.example.org/m\n",
    );
    assert_eq!(
        cites(&e, "will be rebuilt in stone"),
        [
            (Some("1"), Attribution::MarkerAfter),
            (Some("2"), Attribution::MarkerAfter)
        ],
        "{:#?}",
        e.quotes
    );
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
    // With a note 12, `¹²` stays note 12.
    let mut notes = String::new();
    for n in 1..=12 {
        notes.push_str(&format!(
            "{n}. Harbour Board paper {n}, https://harbour.example.org/{n}\n"
        ));
    }
    let mut body = String::new();
    for n in 1..=11 {
        body.push_str(&format!("Paper {n} was read [{n}]. "));
    }
    let e = text(&format!(
        "{body}\n\nThe board said the slipway \"will be rebuilt in stone\".¹² Work starts.\n\n\
         Notes\n{notes}"
    ));
    assert_eq!(
        cites(&e, "will be rebuilt in stone"),
        [(Some("12"), Attribution::MarkerAfter)],
        "{:#?}",
        e.quotes
    );
}

/// A `>` reply carrying its own note (`> … [1].⏎>⏎> [1] https://…`): the note is read, its
/// line is no part of the quotation, and the marker is not warned about. Before, the
/// quotation swallowed the note's line and the marker had "no matching note".
#[test]
fn a_quoted_reply_with_its_own_note() {
    let e = text(
        "Fine by me.\n\n\
         On Fri, 6 Feb 2026, Rhona Petts <rhona@mail.example.org> wrote:\n\
         > The board says the slipway \"will reopen by the first week of\n\
         > August\" [1].\n\
         >\n\
         > [1] https://harbour.example.org/notices/slipway\n",
    );
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
    assert_eq!(
        note(&e, "1").text,
        "https://harbour.example.org/notices/slipway"
    );
    assert!(
        e.quotes.iter().all(|q| !q.text.contains("https://")),
        "{:#?}",
        e.quotes
    );
}
