//! Regressions from the fifty-fifth session's review of its own rules: a paragraph after a
//! quotation ties it only when it says where the quotation's words or document are, and
//! standard input is read as Markdown when it shows Markdown's lazy `>` continuation.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as};

/// Regression: a paragraph after a block quotation whose link has nothing to do with where
/// the quotation is (`The response is at odds with …`, `That money comes from the [fund]`,
/// `The plan is on the [cabinet agenda]`) became its citation (`following`), so `check`
/// would fetch the wrong page. Where the document is said to be (`The full report is at
/// <address>`) still ties it.
#[test]
fn a_following_sentence_ties_only_where_it_says_the_words_are() {
    let quote =
        "> Every ward that loses its clinic will be offered a weekly nurse visit instead.\n\n";
    for after in [
        "The response is at odds with the board's own [clinic guidance](https://board.example.org/guidance), critics say.",
        "That money comes from the [rural health fund](https://fund.example.org/rural), which closes next year.",
        "The plan is on the [cabinet agenda](https://council.example.org/agenda) for March.",
    ] {
        let md = format!("# Clinics\n\n{quote}{after}\n");
        let e = extract_as(DocKind::Markdown, &md);
        let c = cites(&e, "Every ward");
        assert!(c.is_empty(), "{after}: {c:?}");
    }
    let md = format!(
        "# Clinics\n\n{quote}The full report is at https://board.example.org/clinics-2026 for anyone to read.\n"
    );
    let e = extract_as(DocKind::Markdown, &md);
    let c = cites(&e, "Every ward");
    assert_eq!(c, vec![(None, Attribution::Following)], "{:#?}", e.quotes);
}

/// Review regression: a tip box's plain sentence over an example set as a quotation made
/// the example an uncited quotation; only prose that introduces (a colon) or cites (a marker,
/// a link) makes a box's quotation the article's. The box's introduced quotation still is.
#[test]
fn a_tip_boxs_example_stays_the_boxs() {
    let md = ":::tip\nTry the search box at the top of the page.\n\n\
              > Type a word and press Enter to see every matching record.\n:::\n";
    let e = extract_as(DocKind::Markdown, md);
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
    let md = "# Data\n\n:::info\nThe regulator's guidance is plain:[^1]\n\n\
              > You must not keep personal data for longer than the purpose needs.\n:::\n\n\
              [^1]: Data Regulator, Retention guidance, 2024.\n";
    let e = extract_as(DocKind::Markdown, md);
    let c = cites(&e, "You must not keep");
    assert_eq!(
        c,
        vec![(Some("1"), Attribution::IntroMarker)],
        "{:#?}",
        e.quotes
    );
}
