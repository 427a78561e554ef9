//! The rest of the sixty-second session's held-out evaluation of HTML articles: a comma
//! closed inside a quotation's marks, share buttons known by their path and query on any
//! host, Substack's end of post, and a body's notes (a report in LaTeX's plain style, a
//! council's cabinet papers).

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, furniture, note};

fn texts(e: &citecheck::model::Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// `“… about gutters,” she said`: the comma closed inside the marks the American way is the
/// article's sentence's, in HTML, Markdown and plain text alike, as it is when it stands
/// outside them; a full stop inside, and a comma within the words, stay.
#[test]
fn a_comma_inside_the_closing_mark_is_the_sentences() {
    let html = extract_as(
        DocKind::Html,
        "<html><body><article><p>\u{201c}People come in for a ladder and leave with three \
         books about gutters,\u{201d} she said. \u{201c}I didn\u{2019}t expect that, and \
         neither did the council.\u{201d}</p></article></body></html>\n",
    );
    let md = extract_markdown(
        "\u{201c}People come in for a ladder and leave with three books about gutters,\u{201d} \
         she said. \u{201c}I didn\u{2019}t expect that, and neither did the council.\u{201d}\n",
    );
    let txt = extract_as(
        DocKind::Text,
        "\"People come in for a ladder and leave with three books about gutters,\" she said. \
         \"I didn't expect that, and neither did the council.\"\n",
    );
    for e in [&html, &md, &txt] {
        let t = texts(e);
        assert_eq!(
            t.first().copied(),
            Some("People come in for a ladder and leave with three books about gutters"),
            "{t:?}"
        );
        assert!(
            t.get(1).is_some_and(|q| q.ends_with("the council.")),
            "{t:?}"
        );
    }
}

/// Share buttons on hosts `is_share_intent` does not know (a test page's, a network under
/// another name) are known by their path and a query handing them what to post; a page
/// merely named `share` or `submit`, or with no such query, stays the article's.
#[test]
fn share_intents_by_path_and_query_on_any_host() {
    let e = extract_as(
        DocKind::Html,
        "<html><head><link rel=\"canonical\" href=\"https://blog.example.org/posts/late\">\
         </head><body><main><article><h1>Why the 8:12 is late</h1>\n\
         <p>The <a href=\"https://rail.example.org/plan.pdf\">rail plan</a> costed a loop. \
         Post it: <a href=\"https://x.example/intent/tweet/?text=Late&amp;url=https%3a%2f%2fblog.example.org%2fposts%2flate\">X</a>, \
         <a href=\"https://www.linkedin.example/shareArticle?mini=true&amp;url=https%3a%2f%2fblog.example.org%2fposts%2flate\">LinkedIn</a>, \
         <a href=\"https://www.facebook.example/sharer/sharer.php?u=https%3A%2F%2Fblog.example.org%2Fposts%2Flate\">Facebook</a>, \
         <a href=\"https://social.example/share?url=https%3A%2F%2Fblog.example.org%2Fposts%2Flate\">Social</a>, \
         <a href=\"https://links.example/submit?url=https%3A%2F%2Fblog.example.org%2Fposts%2Flate\">Links</a>, \
         <a href=\"https://threads.example/intent/post?text=Late\">Threads</a>.</p>\n\
         <p>The union has a <a href=\"https://union.example.org/share\">share scheme</a>, the \
         operator a <a href=\"https://operator.example.org/submit?form=complaint\">complaints \
         form</a> and a page on <a href=\"https://operator.example.org/share-prices?year=2024\">\
         its shares</a>.</p></article></main></body></html>\n",
    );
    for url in [
        "https://x.example/intent/tweet/?text=Late&url=https%3a%2f%2fblog.example.org%2fposts%2flate",
        "https://www.linkedin.example/shareArticle?mini=true&url=https%3a%2f%2fblog.example.org%2fposts%2flate",
        "https://www.facebook.example/sharer/sharer.php?u=https%3A%2F%2Fblog.example.org%2Fposts%2Flate",
        "https://social.example/share?url=https%3A%2F%2Fblog.example.org%2Fposts%2Flate",
        "https://links.example/submit?url=https%3A%2F%2Fblog.example.org%2Fposts%2Flate",
        "https://threads.example/intent/post?text=Late",
    ] {
        assert!(furniture(&e, url), "{url}");
    }
    for url in [
        "https://rail.example.org/plan.pdf",
        "https://union.example.org/share",
        "https://operator.example.org/submit?form=complaint",
        "https://operator.example.org/share-prices?year=2024",
    ] {
        assert!(!furniture(&e, url), "{url}");
    }
}

/// Substack's end of post: the archive of the publication's other posts
/// (`div.portable-archive`, headed `Discussion about this post` over the comments link) and
/// the closing `Ready for more?` box are the site's; a story's own `recommendations` box,
/// headed so, keeps its links.
#[test]
fn substacks_end_of_post_is_the_sites() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div class=\"single-post\"><h1>The library that lends tools</h1>\n\
         <div class=\"body markup\"><p>Read the <a \
         href=\"https://library.example.org/annual-report.pdf\">annual report</a>.</p></div>\n\
         </div>\n\
         <div class=\"portable-archive\"><h3>Discussion about this post</h3><a \
         href=\"https://shelf.example.org/p/the-library/comments\">View comments</a></div>\n\
         <div class=\"recommendations\"><h4>Ready for more?</h4><a \
         href=\"https://shelf.example.org/p/seed-libraries\">Seed libraries</a></div>\n\
         </body></html>\n",
    );
    assert!(furniture(
        &e,
        "https://shelf.example.org/p/the-library/comments"
    ));
    assert!(furniture(&e, "https://shelf.example.org/p/seed-libraries"));
    assert!(!furniture(
        &e,
        "https://library.example.org/annual-report.pdf"
    ));
    // A report's own recommendations stay the article's.
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>Flood review</h1><p>The review is out.</p>\n\
         <div class=\"recommendations\"><h2>Recommendations</h2><p>Raise the wall, as the \
         <a href=\"https://agency.example.org/wall-study\">wall study</a> proposed.</p></div>\n\
         </article></main></body></html>\n",
    );
    assert!(!furniture(&e, "https://agency.example.org/wall-study"));
}

/// A body's technical report in LaTeX's plain style (`National Weather Office.
/// Precipitation measurement review. Technical report, National Weather Office, 2020.`)
/// and a council's cabinet papers (`Carver Borough Council, Cabinet, 9 October 2024, item
/// 7`): the body is the author; the report's title and institution are read too.
#[test]
fn a_bodys_report_and_its_cabinet_papers() {
    let e = extract_markdown(
        "Text.[^1] More.[^2] And.[^3]\n\n\
         [^1]: National Weather Office. Precipitation measurement review. Technical report, \
         National Weather Office, 2020.\n\
         [^2]: Carver Borough Council, Cabinet, 9 October 2024, item 7, para. 4.2, \
         https://carver.example.gov.uk/cabinet/item-7.pdf.\n\
         [^3]: J. Smith. Gauge siting in exposed places. PhD thesis, University of Eastmoor, \
         2019.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["National Weather Office"]);
    assert_eq!(n.title.as_deref(), Some("Precipitation measurement review"));
    assert_eq!(n.publisher.as_deref(), Some("National Weather Office"));
    assert_eq!(n.date.as_deref(), Some("2020"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Carver Borough Council"]);
    assert_eq!(n.title, None);
    assert_eq!(n.date.as_deref(), Some("9 October 2024"));
    let n = note(&e, "3");
    assert_eq!(n.authors, ["J. Smith"]);
    assert_eq!(n.title.as_deref(), Some("Gauge siting in exposed places"));
    assert_eq!(n.publisher.as_deref(), Some("University of Eastmoor"));
}

/// The fixtures: the Substack post's quotation, comments link, recommendations and cabinet
/// note; the LaTeXML paper's report; the Hugo post's share buttons.
#[test]
fn the_fixtures_end_to_end() {
    let e = crate::support::extract_fixture("fixtures/articles/substack-post.html");
    assert!(
        texts(&e).contains(&"People come in for a ladder and leave with three books about gutters")
    );
    assert!(e
        .links
        .iter()
        .filter(|l| l.url.ends_with("/comments") || l.url.ends_with("/seed-libraries"))
        .all(|l| l.furniture));
    assert_eq!(note(&e, "3").authors, ["Carver Borough Council"]);
    let e = crate::support::extract_fixture("fixtures/articles/latexml-paper.html");
    let n = note(&e, "[6]");
    assert_eq!(n.authors, ["National Weather Office"]);
    assert_eq!(n.title.as_deref(), Some("Precipitation measurement review"));
    let e = crate::support::extract_fixture("fixtures/articles/hugo-blog-footnotes.html");
    assert!(e
        .links
        .iter()
        .filter(|l| l.url.contains("intent/tweet") || l.url.contains("shareArticle"))
        .all(|l| l.furniture));
    assert_eq!(
        e.links
            .iter()
            .filter(|l| l.url.contains("intent/tweet") || l.url.contains("shareArticle"))
            .count(),
        2
    );
}
