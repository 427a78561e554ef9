//! The thirty-second session: a note whose title is only the words of its link
//! (`1. [Annual Rail Safety Review 2023](https://…)`) had no title; the link's words are its
//! title now, the names before them its authors, the date outside them its date. Link words
//! that are no title (an address, a button, a phrase in lower case, the site's own name)
//! stay out of it.

use citecheck::model::DocKind;

use crate::support::{extract_as, note};

#[test]
fn a_notes_link_words_are_its_title() {
    let md = "The regulator called it “the safest year the network has ever had”.[^a] \
        Others agreed.[^b][^c][^d][^e][^f]\n\n\
        [^a]: [Annual Rail Safety Review 2023](https://orr.example.org/review-2023)\n\
        [^b]: Office of Rail and Road, [Annual Rail Safety Review 2023](https://orr.example.org/r), 2024.\n\
        [^c]: [BBC News](https://www.bbc.example/news/123), 4 March 2024.\n\
        [^d]: See [the ministry's statement](https://gov.example/s), 2024.\n\
        [^e]: Hale, Ruth. \"Bridge works\". [Harbour Courier](https://courier.example/a), 2024.\n\
        [^f]: [https://plain.example/page](https://plain.example/page)\n";
    let e = extract_as(DocKind::Markdown, md);
    let a = note(&e, "a");
    assert_eq!(a.title.as_deref(), Some("Annual Rail Safety Review 2023"));
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    let b = note(&e, "b");
    assert_eq!(b.title.as_deref(), Some("Annual Rail Safety Review 2023"));
    assert_eq!(b.authors, ["Office of Rail and Road"]);
    // The year in the report's name is not when it was published.
    assert_eq!(b.date.as_deref(), Some("2024"));
    // The site's own name is its publisher, not a title.
    let c = note(&e, "c");
    assert_eq!(c.title, None);
    assert_eq!(c.publisher.as_deref(), Some("BBC News"));
    assert_eq!(c.date.as_deref(), Some("4 March 2024"));
    // Words in lower case describe the page; they do not name it.
    assert_eq!(note(&e, "d").title, None);
    // A quoted title stays the title; the linked periodical is not one.
    assert_eq!(note(&e, "e").title.as_deref(), Some("Bridge works"));
    // An address written out is no title.
    assert_eq!(note(&e, "f").title, None);
}

#[test]
fn an_html_notes_list_item_that_is_one_link() {
    let html = "<html><body><p>The regulator wrote that &ldquo;the network has never been \
        safer than it is this year&rdquo;<sup><a href=\"#n1\">1</a></sup>.</p>\
        <h2>Notes</h2><ol><li id=\"n1\"><a href=\"https://orr.example.org/review-2023\">\
        Annual Rail Safety Review 2023</a></li></ol></body></html>";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("Annual Rail Safety Review 2023")
    );
    assert_eq!(e.quotes.len(), 1);
    assert_eq!(e.quotes[0].citations[0].footnote.as_deref(), Some("1"));
}
