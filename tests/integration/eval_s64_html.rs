//! The sixty-fourth session's held-out evaluation of HTML pages: a site's own text quoted
//! through a link on its name to its home page, heading permalinks (`¶`), links marked
//! `rel="tag"`, AMP's advertisement slots, a Q&A site's post menus and user cards,
//! Blogger's rows under a post, Squarespace's by-line and summary cards, Read the Docs'
//! version flyout; and the five fixture pages kept from it.

use citecheck::model::{Attribution, DocKind};

use crate::support::{extract_as, extract_fixture, furniture, own_urls, quote};

/// A link on a site's name to its home page, then `, which says it aims to “…”`: the
/// words are the site's own, standing on that page, and were left uncited (a link on a
/// body's name to its home page was taken to name a speaker only). A body that `said`
/// something, or a person who `says` it, is still quoted from elsewhere.
#[test]
fn a_sites_own_words_through_its_home_page_are_cited() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article>\n\
         <p>We started with <a href=\"https://scholar.example.org/\">Google Scholar</a>, which \
         says it aims to “make scholarly literature easy to find for everyone”.</p>\n\
         <p>The <a href=\"https://trust.example.org/\">Riverside Trust</a> said it was “deeply \
         disappointed by the decision”.</p>\n\
         <p><a href=\"https://lind.example.org/\">Ana Lind</a>, who says the river is “the \
         cleanest it has been in decades”, disagrees.</p>\n\
         </article></body></html>\n",
    );
    let q = quote(&e, "make scholarly literature");
    assert_eq!(q.citations.len(), 1, "{:?}", q.citations);
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://scholar.example.org/")
    );
    assert_eq!(q.citations[0].attribution, Attribution::Link);
    assert!(quote(&e, "deeply disappointed").citations.is_empty());
    assert!(quote(&e, "the cleanest").citations.is_empty());
}

/// A heading's permalink (Sphinx's `a.headerlink` `¶`, Hugo's and MkDocs' `#` anchors) was
/// one of the article's links; a link into the page with words stays the article's.
#[test]
fn heading_permalinks_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main>\n\
         <h2 id=\"limits\">Limits<a class=\"headerlink\" href=\"#limits\">¶</a></h2>\n\
         <h2 id=\"use\">Use<a class=\"anchor\" href=\"#use\">#</a></h2>\n\
         <p>See <a href=\"#limits\">the limits</a> and <a href=\"https://example.org/a\">a \
         source</a>.</p></main></body></html>\n",
    );
    let permalinks: Vec<bool> = e
        .links
        .iter()
        .filter(|l| l.text == "¶" || l.text == "#")
        .map(|l| l.furniture)
        .collect();
    assert_eq!(permalinks, [true, true]);
    assert!(e
        .links
        .iter()
        .any(|l| l.raw == "#limits" && l.text == "the limits" && !l.furniture));
    assert!(!furniture(&e, "https://example.org/a"));
}

/// A link marked as a tag (`rel="tag"`), an AMP page's advertisement slot (`amp-ad`) and a
/// Q&A site's post menu and user card were the article's links.
#[test]
fn tags_ads_and_post_menus_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article>\n\
         <p>The gauge follows <a href=\"https://example.org/guide\">the guide</a>.</p>\n\
         <amp-ad width=\"300\" height=\"250\" type=\"doubleclick\"><div fallback>\
         <a href=\"https://ads.example.org/click?id=5\">Advertisement</a></div></amp-ad>\n\
         <ul><li><a href=\"https://example.org/questions/tagged/rain\" rel=\"tag\">rain</a></li></ul>\n\
         <div><a href=\"https://example.org/posts/48/edit\">Improve this answer</a></div>\n\
         <div class=\"post-signature\"><a href=\"https://example.org/users/3/moss\">Moss</a></div>\n\
         </article></main></body></html>\n",
    );
    assert_eq!(own_urls(&e), ["https://example.org/guide"]);
}

/// A theme's by-line link (`a.blog-author-name`), Blogger's rows under a post, its links to
/// the newer and older posts and its feed link, Squarespace's summary cards and Read the
/// Docs' version flyout were the article's links; a heading classed as an author's name
/// heads no by-line.
#[test]
fn site_boxes_of_blogger_squarespace_and_read_the_docs_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article class=\"sections\">\n\
         <div class=\"meta\"><a class=\"blog-author-name\" href=\"/stories?author=1\">Nia \
         Penhallow</a></div>\n\
         <p>A <a href=\"https://example.org/roll\">manorial roll</a> records it.</p>\n\
         <div class=\"post-footer-line post-footer-line-1\">Posted by <a \
         href=\"https://example.org/profile/9\">Tom</a></div>\n\
         <div class=\"blog-pager\"><a href=\"https://example.org/2024/12/owls.html\">Older \
         Post</a></div>\n\
         <div class=\"post-feeds\">Subscribe to: <a \
         href=\"https://example.org/feeds/1/comments/default\">Post Comments (Atom)</a></div>\n\
         <div class=\"sqs-block summary-v2-block sqs-block-summary-v2\"><a \
         href=\"/stories/tide-mills\">Where the tide mills went</a></div>\n\
         </article>\n\
         <div class=\"rst-versions\"><a href=\"https://example.org/en/latest/\">latest</a></div>\n\
         </body></html>\n",
    );
    assert_eq!(own_urls(&e), ["https://example.org/roll"]);
}

/// The Blogger fixture: `span` soup and `<br>` paragraphs, a `blockquote.tr_bq` after a
/// link and a colon, a credit line after `<br>`, `Posted by … at …`, share buttons, labels,
/// a comment thread with a reply, `Newer Post`, `Older Post`, the comments' feed.
#[test]
fn the_blogger_post_fixture() {
    let e = extract_fixture("fixtures/articles/blogger-post.html");
    assert_eq!(
        own_urls(&e),
        [
            "https://wetlandcount.example.org/reports/2024-25/east-coast-summary",
            "https://lincsbirds.example.org/recorder/twite-2024.pdf",
            "https://blogger.googleusercontent.example.org/img/b/R29vZ2xl/s1600/twite-flock.jpg",
            "https://marshnotes.example.org/p/counts.html",
        ]
    );
    assert!(e.footnotes.is_empty());
    let q = quote(&e, "lower than the five-year mean");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://wetlandcount.example.org/reports/2024-25/east-coast-summary")
    );
    let q = quote(&e, "Flocks of more than thirty");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://lincsbirds.example.org/recorder/twite-2024.pdf")
    );
    assert!(quote(&e, "has never looked better").citations.is_empty());
    // The comments' quotation is no quotation of the article's.
    assert_eq!(e.quotes.len(), 3, "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The Sphinx fixture (Read the Docs theme): the side menu, breadcrumbs, `Edit on GitHub`,
/// `¶` permalinks, a local contents box, admonitions, `[IOC2016]` citations into a
/// `div.citation` list, `Previous` and `Next`, the version flyout.
#[test]
fn the_sphinx_page_fixture() {
    let e = extract_fixture("fixtures/articles/sphinx-rtd-page.html");
    assert!(!e.links.iter().any(|l| l.text == "¶" && !l.furniture));
    for l in &e.links {
        if l.url.contains("readthedocs.example.org/en/") || l.url.contains("/_/downloads/") {
            assert!(l.furniture, "{}", l.url);
        }
    }
    assert!(furniture(
        &e,
        "https://github.example.org/tidelog/tidelog/blob/main/docs/sampling.rst"
    ));
    assert!(!furniture(
        &e,
        "https://github.example.org/tidelog/tidelog/issues/212"
    ));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["ioc2016", "rab2009"]);
    let n = &e.footnotes[0];
    assert_eq!(n.authors, ["Intergovernmental Oceanographic Commission"]);
    assert_eq!(n.publisher.as_deref(), Some("UNESCO"));
    assert_eq!(n.date.as_deref(), Some("2016"));
    assert_eq!(
        n.urls,
        ["https://tides.example.org/manuals/ioc-14-vol4.pdf"]
    );
    let n = &e.footnotes[1];
    assert_eq!(n.title.as_deref(), Some("Seiches and harbor oscillations"));
    assert_eq!(n.urls, ["https://doi.org/10.5555/9789812819307_0009"]);
    let q = quote(&e, "can be of greater practical importance");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("rab2009"));
    assert_eq!(q.citations[0].attribution, Attribution::MarkerAfter);
    let q = quote(&e, "sample at least once a minute");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("ioc2016"));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The Squarespace fixture: `sqs-block` layout, the by-line's author link, a quote block
/// with its credit, an image's caption, a newsletter block, share buttons (one wrapped by
/// a click tracker), the author's card, previous and next, `Related posts` summary cards.
#[test]
fn the_squarespace_story_fixture() {
    let e = extract_fixture("fixtures/articles/squarespace-story.html");
    assert_eq!(
        own_urls(&e),
        [
            "https://archives.example.org/catalogue/ME-1410-HQ",
            "https://council.example.org/transport/ferry-review-2024.pdf",
            "https://press.example.org/books/crossings-of-the-tamar",
            // The author's card inside the story's `article`: its links are kept (a
            // region opened inside the story never makes its links furniture).
            "https://press.example.org/books/estuary",
        ]
    );
    assert!(furniture(
        &e,
        "https://click.example.org/ls/click?upn=tw.share-2Flast-ferryman"
    ));
    let q = quote(&e, "not viable without");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://council.example.org/transport/ferry-review-2024.pdf")
    );
    assert!(quote(&e, "People think a river").citations.is_empty());
    assert!(quote(&e, "no pension").citations.is_empty());
    assert!(!e.quotes.iter().any(|q| q.text.contains("inbox")));
    assert!(!e.quotes.iter().any(|q| q.text.contains("Wood remembers")));
    assert_eq!(e.quotes.len(), 5, "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The AMP fixture: JSON-LD with a quotation in it, `amp-img`, `amp-social-share`, an
/// `amp-ad` with a fallback link, a pull quote in an `aside`, an `amp-iframe`, related
/// stories, topics, `View non-AMP version` and a tracked newsletter sign-up.
#[test]
fn the_amp_news_fixture() {
    let e = extract_fixture("fixtures/articles/amp-news.html");
    assert_eq!(
        own_urls(&e),
        [
            "https://water.example.org/reports/resource-position-2025-03-17",
            "https://agency.example.org/drought/national-drought-group-2025-03.pdf",
            "https://charts.example.org/embed/reservoir-stocks-1995-2025",
            "https://water.example.org/save-water",
        ]
    );
    assert!(furniture(&e, "https://ads.example.org/click?id=55"));
    let q = quote(&e, "medium risk of drought");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://agency.example.org/drought/national-drought-group-2025-03.pdf")
    );
    // The pull quote repeats the paragraph: one quotation of these words, not two.
    assert_eq!(
        e.quotes
            .iter()
            .filter(|q| q.text.starts_with("We have had three dry"))
            .count(),
        1
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The Stack Exchange fixture: top bar, vote buttons, the question's tags, `Share` (its
/// short link is left the article's), `Improve this question`, `Follow`, user cards, comments with `@user` replies, an
/// answer quoting the docs in a `blockquote` after a link, the bottom notice, the footer.
#[test]
fn the_forum_thread_fixture() {
    let e = extract_fixture("fixtures/articles/forum-qa-thread.html");
    for l in &e.links {
        if l.url.contains("/tagged/")
            || l.url.ends_with("/edit")
            || l.url.contains("odette-brammer")
            || l.url.contains("gravatar")
        {
            assert!(l.furniture, "{}", l.url);
        }
    }
    for url in [
        "https://loggers.example.org/docs/pulse-inputs.html",
        "https://loggers.example.org/docs/pulse-inputs.html#debounce",
        "https://met.example.org/guidance/rain-gauge-siting.pdf",
    ] {
        assert!(!furniture(&e, url), "{url}");
    }
    let q = quote(&e, "Mechanical switch closures");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://loggers.example.org/docs/pulse-inputs.html#debounce")
    );
    assert_eq!(q.citations[0].attribution, Attribution::Link);
    let q = quote(&e, "recorded as events");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://met.example.org/guidance/rain-gauge-siting.pdf")
    );
    assert_eq!(e.quotes.len(), 2, "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// A sign-up or social button whose address a click tracker wraps
/// (`https://click.…/ls/click?upn=…`) is known by its words alone: `Subscribe`, `Follow us
/// on Facebook`. A sentence's word made a link, or another site's list named, stays a
/// source.
#[test]
fn tracked_sign_up_and_social_buttons_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article>\n\
         <p>The <a href=\"https://data.example.org/counters\">counter data</a> shows a rise.</p>\n\
         <p><a href=\"https://click.example.org/ls/click?upn=def456\">Subscribe</a> \
         <a href=\"https://click.example.org/ls/click?upn=ghi789\">Follow us on Facebook</a> \
         <a href=\"https://click.example.org/ls/click?upn=jkl012\">Share on X</a></p>\n\
         <p>Readers can <a href=\"https://example.org/how-to-subscribe\">subscribe</a> by post, \
         or <a href=\"https://lists.example.net/harbour\">Subscribe to Harbour Watch</a>.</p>\n\
         </article></body></html>\n",
    );
    assert_eq!(
        own_urls(&e),
        [
            "https://data.example.org/counters",
            "https://example.org/how-to-subscribe",
            "https://lists.example.net/harbour",
        ]
    );
}

/// Where the last `<br>` ended was kept from one block to the next: a paragraph whose text
/// reached the same length at its own `<br>` after a line break in the source took that
/// break for a blank line, and its quotation lost the link in the words after the `<br>`
/// (`Posted on:<br>` is ten bytes and a newline, as `“Fine”⏎` is).
#[test]
fn a_line_break_before_a_br_is_judged_in_its_own_block() {
    let page = |first: &str| {
        format!(
            "<html><body><article>\n<p>{first}<br></p>\n\
             <p>“Fine”\n<br>she said of <a href=\"https://example.org/report\">the \
             report</a>.</p>\n</article></body></html>\n"
        )
    };
    for first in ["Posted:", "Posted on:"] {
        let e = extract_as(DocKind::Html, &page(first));
        let q = quote(&e, "Fine");
        assert_eq!(
            q.citations.first().and_then(|c| c.url.as_deref()),
            Some("https://example.org/report"),
            "{first}"
        );
    }
}
