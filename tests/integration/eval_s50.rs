//! The fiftieth session's evaluations: a newspaper's name before a quoted title; a forum's
//! breadcrumb trail named by its id.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note};

/// `Harbour Gazette, “Harbour dredging to start next month”, <…>`: the newspaper was read
/// as the piece's author (and `check` then warned that the page "never mentions Gazette",
/// its `<title>` ending `| Harbour Gazette`). It is the publisher; a person's name in the
/// same place stays the author, and so does a surname a newspaper's word could be.
#[test]
fn a_newspapers_name_before_a_quoted_title_is_its_publisher() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3] [^4]\n\n\
         [^1]: Harbour Gazette, “Harbour dredging to start next month”, <https://example.org/a>\n\
         [^2]: The Riverside News, \"Café owners fight new parking charges\", 4 March 2024, \
         <https://example.org/b>\n\
         [^3]: Kate Lowe, “Café owners fight new parking charges”, <https://example.org/c>\n\
         [^4]: Emily Post, “Manners at the table”, <https://example.org/d>\n\
         [^5]: Hafenstadt Zeitung, „Neue Radwege am Hafen“, <https://example.org/e>\n",
    );
    let n = note(&e, "1");
    assert!(n.authors.is_empty(), "{:?}", n.authors);
    assert_eq!(n.publisher.as_deref(), Some("Harbour Gazette"));
    assert_eq!(
        n.title.as_deref(),
        Some("Harbour dredging to start next month")
    );
    let n = note(&e, "2");
    assert!(n.authors.is_empty(), "{:?}", n.authors);
    assert_eq!(n.publisher.as_deref(), Some("The Riverside News"));
    assert_eq!(n.date.as_deref(), Some("4 March 2024"));
    assert_eq!(note(&e, "3").authors, ["Kate Lowe"]);
    assert_eq!(note(&e, "4").authors, ["Emily Post"]);
    let n = note(&e, "5");
    assert!(n.authors.is_empty(), "{:?}", n.authors);
    assert_eq!(n.publisher.as_deref(), Some("Hafenstadt Zeitung"));
}

/// Discourse's crawler view (`role="main"`, no `<article>`) names its trail by id, `<div
/// id="breadcrumbs">`: its category link was the article's. A trail is the site's
/// wherever it stands, by class or by id; a post's link is not.
#[test]
fn a_breadcrumb_trail_named_by_its_id_is_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><header><a href=\"https://forum.example/\">Forum</a></header>\
         <div id=\"main-outlet\" class=\"wrap\" role=\"main\">\
         <div id=\"breadcrumbs\"><div itemscope itemtype=\"http://schema.org/BreadcrumbList\">\
         <a href=\"https://forum.example/c/baking/5\">Baking</a></div></div>\
         <div id=\"post_1\" class=\"topic-body crawler-post\"><div class=\"post\">\
         <p>My starter smells of nail polish; the <a href=\"https://flour.example/guide\">\
         miller's guide</a> says to feed it twice a day.</p></div></div></div></body></html>",
    );
    let furniture = |url: &str| {
        e.links
            .iter()
            .find(|l| l.url == url)
            .unwrap_or_else(|| panic!("no link {url} in {:#?}", e.links))
            .furniture
    };
    assert!(furniture("https://forum.example/c/baking/5"));
    assert!(!furniture("https://flour.example/guide"));
}

/// The marker closing a clause of its own after the quote, `, although …`, backs that
/// clause, as a link there does: `The company says it is “…”, although the figure includes
/// money already committed, as the agency's data makes clear.[^2]` gave note 2 (the
/// agency's figures) as the company's words' source, and `check` then looked for them on
/// the agency's page. A marker right after the quote is still its own.
#[test]
fn a_marker_closing_an_although_clause_backs_the_clause() {
    let e = extract_markdown(
        "# W\n\nThe company says it is \"investing a record sum in storm overflows between \
         2025 and 2030\", although the figure includes money already committed under the\n\
         previous price review, as the agency's data makes clear.[^2]\n\n\
         The company says it is \"investing a record sum in storm overflows between 2025 \
         and 2030\",[^1] although the figure includes money already committed, as the \
         agency's data makes clear.[^2]\n\n\
         [^1]: Water Co, \"Investing in our rivers\", <https://example.org/a>\n\
         [^2]: Environment Agency, \"Storm overflows\", <https://example.org/b>\n",
    );
    let cited: Vec<Vec<&str>> = e
        .quotes
        .iter()
        .map(|q| {
            q.citations
                .iter()
                .filter_map(|c| c.footnote.as_deref())
                .collect()
        })
        .collect();
    assert_eq!(cited, [vec![], vec!["1"]], "{:#?}", e.quotes);
}
