//! The fifty-fifth session's notes and boxes: a block quotation the prose of a Docusaurus
//! admonition introduces, bodies named before a title holding a year or an item number,
//! podcast episodes, and MediaWiki's format markers after a title.

use citecheck::model::{Attribution, DocKind, QuoteKind};

use crate::support::{cites, extract_as, extract_markdown, note, quote};

/// A Docusaurus admonition (`:::tip` … `:::`) is a box of prose whose body is Markdown:
/// a `>` block quotation its own prose introduces and cites is a quotation, cited by the
/// note the prose's marker gives, as outside the box. Before, it went with the box (no
/// quote at all).
#[test]
fn a_block_quotation_the_prose_of_an_admonition_introduces() {
    let e = extract_markdown(
        ":::tip\n\n\
         The ferry operator's licence terms are plain about refunds.[^lic]\n\n\
         > Passengers whose sailing is cancelled are entitled to a full refund within \
         fourteen days of the cancelled sailing.\n\n\
         :::\n\n\
         [^lic]: Coastal Transport Board, \"Ferry licence conditions\", \
         https://ferries.example.org/licence-conditions\n",
    );
    let q = quote(&e, "Passengers whose sailing");
    assert_eq!(q.kind, QuoteKind::Block, "{q:#?}");
    assert_eq!(
        cites(&e, "Passengers whose sailing"),
        [(Some("lic"), Attribution::IntroMarker)]
    );
}

/// A body's name, then a plain title naming a kind of document with a year in it, and
/// nothing after (`Westfold Borough Council, Allotments Review 2022`): the body is the
/// author, the year the title's (no date). Before, neither title nor author was read and
/// the title's year was the date.
#[test]
fn a_body_then_a_titles_year_and_nothing_after() {
    let e = extract_markdown(
        "Waiting lists grew.[^a]\n\n\
         [^a]: Westfold Borough Council, Allotments Review 2022, \
         https://westfold.example.gov/allotments/review-2022.pdf\n",
    );
    let n = note(&e, "a");
    assert_eq!(n.authors, ["Westfold Borough Council"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Allotments Review 2022"), "{n:#?}");
    assert_eq!(n.date, None, "{n:#?}");
}

/// A body's title opening with a word a unit's name opens with, in lower case after it
/// (`Board meeting papers`, `Committee minutes`), then a locator and a date: the title,
/// not a unit of the body. Before, no title was read.
#[test]
fn a_title_opening_with_a_units_word() {
    let e = extract_markdown(
        "The bridge repair was deferred.[^b] The depot was sold.[^c]\n\n\
         [^b]: Lowmarsh Harbour Trust, Board meeting papers, item 4, 12 March 2025, \
         https://lowmarsh.example.org/board/2025-03.pdf\n\
         [^c]: Fenwick District Council, Committee minutes, paragraph 7, 2 June 2024\n",
    );
    let n = note(&e, "b");
    assert_eq!(n.authors, ["Lowmarsh Harbour Trust"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Board meeting papers"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("12 March 2025"), "{n:#?}");
    let n = note(&e, "c");
    assert_eq!(n.authors, ["Fenwick District Council"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Committee minutes"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2 June 2024"), "{n:#?}");
}

/// A podcast episode cited by its show, its number and its title in quotation marks
/// (`*Tidewater Hours* podcast, episode 31, "…", date`): the quoted words are the title, the
/// show (its italics) the publisher; hosts named before the show are the authors. Before,
/// the show and number were the title and the episode's title the publisher.
#[test]
fn a_podcast_episodes_quoted_title() {
    let e = extract_markdown(
        "One listener wrote in.[^p1] Another did too.[^p2]\n\n\
         [^p1]: *Tidewater Hours* podcast, episode 31, \"The Lighthouse Keeper's Ledger\", \
         3 February 2022, https://tidewater.example.fm/31\n\
         [^p2]: Mara Quint, Salt Marsh Radio, Ep. 8, \"Reeds and Rain\", 9 July 2021\n",
    );
    let n = note(&e, "p1");
    assert_eq!(
        n.title.as_deref(),
        Some("The Lighthouse Keeper's Ledger"),
        "{n:#?}"
    );
    assert_eq!(n.publisher.as_deref(), Some("Tidewater Hours"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("3 February 2022"), "{n:#?}");
    let n = note(&e, "p2");
    assert_eq!(n.title.as_deref(), Some("Reeds and Rain"), "{n:#?}");
    assert_eq!(n.authors, ["Mara Quint"], "{n:#?}");
    assert_eq!(n.publisher.as_deref(), Some("Salt Marsh Radio"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("9 July 2021"), "{n:#?}");
}

/// MediaWiki's citation templates write the file's format after a linked title (`<span
/// class="cs1-format">(PDF)</span>`); other notes write `(pdf, 850 KB)` or `(Word
/// document)`: how the file is stored, no part of the title. Before, the marker stayed in
/// the title.
#[test]
fn file_format_markers_are_no_part_of_a_title() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div class=\"mw-parser-output\">\
         <p>The canal reopened in 1974.<sup id=\"cite_ref-c_1-0\" class=\"reference\">\
         <a href=\"#cite_note-c-1\">[1]</a></sup></p>\
         <h2><span class=\"mw-headline\" id=\"References\">References</span></h2>\
         <ol class=\"references\"><li id=\"cite_note-c-1\"><span class=\"mw-cite-backlink\">\
         <b><a href=\"#cite_ref-c_1-0\">^</a></b></span> <span class=\"reference-text\">\
         <cite class=\"citation report cs1\">Pryce, Ellen (1975). \
         <a class=\"external text\" href=\"https://canals.example.org/reopening.pdf\">\
         Restoring the Upper Locks</a> <span class=\"cs1-format\">(PDF)</span>. \
         Fenland Canal Society.</cite></span></li></ol></div></body></html>",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Restoring the Upper Locks"),
        "{n:#?}"
    );
    assert_eq!(
        n.publisher.as_deref(),
        Some("Fenland Canal Society"),
        "{n:#?}"
    );
    let e = extract_markdown(
        "First.[^w] Second.[^s]\n\n\
         [^w]: Orrin, Tess (2019). Towpath Survey Results (Word document). Canal Trust.\n\
         [^s]: Bale, Simon (2020). Lock Keepers' Rota (pdf, 850 KB). Canal Trust.\n",
    );
    assert_eq!(
        note(&e, "w").title.as_deref(),
        Some("Towpath Survey Results"),
        "{:#?}",
        e.footnotes
    );
    assert_eq!(
        note(&e, "s").title.as_deref(),
        Some("Lock Keepers' Rota"),
        "{:#?}",
        e.footnotes
    );
}
