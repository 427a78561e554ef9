//! The fifty-fifth session's notes and boxes: a block quotation the prose of a Docusaurus
//! admonition introduces, bodies named before a title holding a year or an item number,
//! podcast episodes, and MediaWiki's format markers after a title.

use citecheck::model::{Attribution, QuoteKind};

use crate::support::{cites, extract_markdown, note, quote};

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
