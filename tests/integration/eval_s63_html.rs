//! The sixty-third session's held-out evaluation of HTML articles: a page's tools known by
//! their labels (skip links, `Cite this article`, citation downloads, the `Google Scholar`
//! and `PubMed` searches under a journal's references, an e-mail's `View in browser` and
//! `Unsubscribe`), sign-in buttons, WordPress's block of a post's tags, MediaWiki's tabs and
//! language links; and the five fixture articles kept from it.

use citecheck::model::{Attribution, DocKind, Extraction, QuoteKind};

use crate::support::{extract_as, extract_fixture, furniture, note, own_urls, quote};

/// The lines `label`'s note is referred to from.
fn lines(e: &Extraction, label: &str) -> Vec<usize> {
    note(e, label)
        .referenced_at
        .iter()
        .map(|p| p.line)
        .collect()
}

/// A skip link (`Jump to content`), a journal's `Cite this article` and citation downloads,
/// an e-mail's `View in browser`, `Unsubscribe` and `Update your preferences`, and PubMed
/// Central's `Open in a new tab` under a table were the article's links, to be checked as
/// its sources. Only a link's whole label counts: a sentence's words made a link stay a
/// source.
#[test]
fn a_pages_tools_are_known_by_their_labels() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><a class=\"mw-jump-link\" href=\"#bodyContent\">Jump to content</a>\n\
         <div id=\"bodyContent\"><p>Readers left <a href=\"https://example.org/unsubscribes\">\
         unsubscribe statistics</a> behind. <a href=\"#cite\">Cite this article</a></p>\n\
         <p><a href=\"https://example.org/a/citation.ris\">RIS</a> \
         <a href=\"https://click.example.org/ls/click?upn=v1\">View in browser</a> \
         <a href=\"https://click.example.org/ls/click?upn=u2\">Unsubscribe</a> \
         <a href=\"https://example.org/prefs?u=1\">update your preferences</a> \
         <a href=\"https://pmc.example.org/articles/PMC1/table/T1/\">Open in a new tab</a></p>\n\
         <h2 id=\"cite\">Cite</h2><p>Okoro A (2024) Readers.</p></div></body></html>\n",
    );
    assert_eq!(own_urls(&e), ["https://example.org/unsubscribes"]);
    assert!(e
        .links
        .iter()
        .any(|l| l.raw == "#bodyContent" && l.furniture));
    assert!(e.links.iter().any(|l| l.raw == "#cite" && l.furniture));
    assert!(furniture(&e, "https://example.org/a/citation.ris"));
    assert!(furniture(&e, "https://click.example.org/ls/click?upn=u2"));
    assert!(furniture(
        &e,
        "https://pmc.example.org/articles/PMC1/table/T1/"
    ));
}

/// A reference entry's `Google Scholar` button on a host other than Google's own, and its
/// `PubMed` button leading to a search for the title (`?term=`), were URLs of the work and
/// links of the article; a PubMed record (`/31900001/`) still names the work.
#[test]
fn reference_search_buttons_are_no_urls_of_the_work() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article>\n\
         <p>Soap helps (<a href=\"#bib1\">Curran, 2020</a>).</p>\n\
         <h2>References</h2>\n<ol>\n\
         <li id=\"bib1\">Curran V (2020) Hand washing. Lancet Infect Dis 20: 455. \
         <a href=\"https://doi.org/10.5555/lid.2020.455\">https://doi.org/10.5555/lid.2020.455</a> \
         [<a href=\"https://pubmed.example.org/?term=Hand+washing\">PubMed</a>] \
         [<a href=\"https://pubmed.example.org/31900001/\">PubMed</a>] \
         [<a href=\"https://scholar.example.org/scholar_lookup?title=Hand+washing\">Google \
         Scholar</a>]</li>\n</ol></article></body></html>\n",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.urls,
        [
            "https://doi.org/10.5555/lid.2020.455",
            "https://pubmed.example.org/31900001/"
        ]
    );
    assert!(furniture(
        &e,
        "https://pubmed.example.org/?term=Hand+washing"
    ));
    assert!(furniture(
        &e,
        "https://scholar.example.org/scholar_lookup?title=Hand+washing"
    ));
    assert!(!furniture(&e, "https://pubmed.example.org/31900001/"));
}

/// Medium's `Follow`, `Clap` and `Save` buttons lead a reader not signed in to its sign-in
/// page (`/m/signin?actionUrl=…`): they were the article's links. A page about logging in
/// (`/guides/login-security`) is a source.
#[test]
fn sign_in_buttons_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><h1>Passwords</h1>\n\
         <div><a href=\"https://medium.example.org/m/signin?actionUrl=%2F_%2Fsubscribe\">\
         Follow</a></div>\n\
         <p>See <a href=\"https://example.org/guides/login-security\">the guide</a> and \
         <a href=\"https://example.org/account/sign-up/\">create one</a>.</p>\n\
         </article></body></html>\n",
    );
    assert!(furniture(
        &e,
        "https://medium.example.org/m/signin?actionUrl=%2F_%2Fsubscribe"
    ));
    assert!(furniture(&e, "https://example.org/account/sign-up/"));
    assert!(!furniture(&e, "https://example.org/guides/login-security"));
}

/// WordPress's block of a post's tags (`div.wp-block-post-terms`, inside the `article`),
/// MediaWiki's tabs over an article (`div.vector-page-toolbar`, inside `main`) and its
/// links to the article in other languages (`li.interlanguage-link`) were the article's.
#[test]
fn post_terms_wiki_tabs_and_language_links_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><header><h1>Lido</h1><ul><li class=\"interlanguage-link \
         interwiki-de\"><a href=\"https://de.example.org/wiki/Freibad\">Deutsch</a></li></ul>\
         </header>\n\
         <div class=\"vector-page-toolbar\"><ul><li><a href=\"https://example.org/wiki/Talk:Lido\">\
         Talk</a></li></ul></div>\n\
         <article><p>The <a href=\"https://example.org/report\">report</a> says so.</p>\n\
         <div class=\"wp-block-post-terms taxonomy-post_tag\"><a href=\"https://example.org/tag/pools/\" \
         rel=\"tag\">pools</a></div></article></main></body></html>\n",
    );
    assert_eq!(own_urls(&e), ["https://example.org/report"]);
}

/// The WordPress block-editor fixture: a pull quote repeating the text, a block quotation
/// with its `<cite>`, an embedded video, Jetpack's share buttons, likes and related posts,
/// the post's tags, comments quoting the post.
#[test]
fn the_wordpress_gutenberg_fixture() {
    let e = extract_fixture("fixtures/articles/wordpress-gutenberg-post.html");
    assert_eq!(
        own_urls(&e),
        [
            "https://council.example.org/meetings/2024-02-20/budget-report.pdf",
            "https://council.example.org/meetings/2024-05-09/minutes",
            "https://libraries.example.org/stats/2023-annual.xlsx",
            "https://libraries.example.org/reports/sunday-users-2023",
            "https://friends-of-ferrylane-library.example.org/news/sunday-letter",
            "https://www.youtube-nocookie.example.org/embed/a1b2c3d4?feature=oembed",
            "https://council.example.org/meetings/2024-02-28/final-budget",
            "https://council.example.org/strategy/medium-term-financial-plan-2025",
        ]
    );
    assert!(e.footnotes.is_empty());
    // Said once, where it is said: the pull quote and the comment repeat it.
    assert_eq!(
        e.quotes
            .iter()
            .filter(|q| q.text.contains("only warm room"))
            .count(),
        1
    );
    let q = quote(&e, "the only warm room");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://council.example.org/meetings/2024-05-09/minutes")
    );
    let q = quote(&e, "Sunday users are");
    assert_eq!(q.kind, QuoteKind::Block);
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://libraries.example.org/reports/sunday-users-2023")
    );
    assert_eq!(e.quotes.len(), 5, "{:#?}", e.quotes);
    assert!(quote(&e, "library service redesign").short);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The MediaWiki fixture (Vector 2022): `Jump to content`, the contents box in a `nav`,
/// the tabs and language links over the article, edit links, `sup.reference` citations,
/// `cite.citation` entries with archive links and retrieval dates, a navbox, categories.
#[test]
fn the_mediawiki_vector_2022_fixture() {
    let e = extract_fixture("fixtures/articles/mediawiki-vector-2022.html");
    assert_eq!(
        own_urls(&e),
        [
            "https://articles.example.org/wiki/Harrowgate",
            "https://articles.example.org/wiki/Art_Deco",
            "https://articles.example.org/wiki/National_Lottery_Heritage_Fund",
            "https://historicengland.example.org/listing/1400123",
            "https://web.archive.example.org/web/20160401000000/https://historicengland.example.org/listing/1400123",
            "https://archive.harrowgate-courier.example.org/1989/09/14/lido-to-close",
            "https://news.example.org/england/york-north-yorkshire-36401234",
            "https://web.archive.example.org/web/20160601000000/https://news.example.org/england/york-north-yorkshire-36401234",
            "https://harrowgatelido.example.org/",
        ]
    );
    assert!(e
        .links
        .iter()
        .any(|l| l.raw == "#bodyContent" && l.furniture));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"]);
    assert_eq!(lines(&e, "1"), [56, 58]);
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Historic Example England"]);
    assert_eq!(n.title.as_deref(), Some("Harrowgate Lido, Valley Park"));
    assert_eq!(n.date.as_deref(), Some("12 March 2015"));
    assert_eq!(
        n.urls[0],
        "https://historicengland.example.org/listing/1400123"
    );
    let n = note(&e, "2");
    assert_eq!(n.publisher.as_deref(), Some("Borough Printing Works"));
    assert!(n.urls.is_empty());
    let n = note(&e, "3");
    assert_eq!(n.authors, ["Morley, Jean"]);
    assert_eq!(n.date.as_deref(), Some("14 September 1989"));
    let q = quote(&e, "a town will pay");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("4"));
    assert_eq!(q.citations[0].attribution, Attribution::MarkerAfter);
    assert_eq!(
        quote(&e, "a place where every child").citations[0]
            .footnote
            .as_deref(),
        Some("2")
    );
    assert_eq!(e.quotes.len(), 2);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The Medium fixture: the top bar, the by-line's `Follow`, `graf` paragraphs, a pull quote
/// repeating the text, an embedded gist, a link card, the clap and save buttons, tags, the
/// author's box and more posts.
#[test]
fn the_medium_post_fixture() {
    let e = extract_fixture("fixtures/articles/medium-post.html");
    for l in &e.links {
        if l.url.contains("/m/signin") || l.url.contains("/tag/") {
            assert!(l.furniture, "{}", l.url);
        }
    }
    for url in [
        "https://data.example.org/datasets/bike-counters-2024",
        "https://council.example.org/transport/cycling-monitoring-report-2024.pdf",
        "https://council.example.org/transport/active-travel-strategy",
        "https://weather.example.org/observations/station-03772",
        "https://doi.org/10.5555/tra.2021.0419",
    ] {
        assert!(!furniture(&e, url), "{url}");
    }
    assert!(e.footnotes.is_empty());
    let q = quote(&e, "the strongest year");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://council.example.org/transport/cycling-monitoring-report-2024.pdf")
    );
    // The pull quote repeats the paragraph under it: not a quotation.
    assert!(!e
        .quotes
        .iter()
        .any(|q| q.line == 33 && q.text.starts_with("A counter tells")));
    assert!(quote(&e, "we have known this").citations.is_empty());
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The eLife-style JATS fixture: author–date citations linking `#bib…`, a figure with its
/// DOI, download links and source data, `span.citation` entries with `PubMed` and
/// `Google Scholar` searches, `Download PDF`, `Cite this article` and its downloads.
#[test]
fn the_jats_article_fixture() {
    let e = extract_fixture("fixtures/articles/elife-jats-article.html");
    assert!(!e.links.iter().any(|l| l.raw.starts_with("#bib")));
    for l in &e.links {
        if l.url.contains("scholar.example.org")
            || l.url.contains("pubmed.example.org")
            || l.url.contains("citation.")
            || l.raw == "#cite-this-article"
        {
            assert!(l.furniture, "{}", l.url);
        }
    }
    assert!(furniture(
        &e,
        "https://elifesciences.example.org/articles/90412.pdf"
    ));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3"]);
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Da Silva M", "Kempenaers B"]);
    assert_eq!(n.date.as_deref(), Some("2015"));
    assert_eq!(
        n.title.as_deref(),
        Some("Artificial night lighting and the timing of dawn song")
    );
    assert_eq!(n.urls, ["https://doi.org/10.5555/beheco.2015.0211"]);
    assert_eq!(
        note(&e, "3").urls,
        ["https://doi.org/10.5555/cub.2010.0811"]
    );
    assert_eq!(lines(&e, "2"), [36, 61]);
    let q = quote(&e, "consistently advances");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("1"));
    let q = quote(&e, "use the first light");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("3"));
    assert_eq!(q.citations[0].attribution, Attribution::MarkerBefore);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The e-mail newsletter fixture: a table layout, a hidden preheader, tracking-wrapped
/// links, `View in browser`, a quotation boxed in a cell with its credit, the footer's
/// `update your preferences` and `unsubscribe from this list`.
#[test]
fn the_email_newsletter_fixture() {
    let e = extract_fixture("fixtures/articles/email-newsletter.html");
    assert!(furniture(
        &e,
        "https://click.example.org/ls/click?upn=u001.Kx9Qm2vLw-2Bview-2Bin-2Bbrowser-3D-3D_aBcD"
    ));
    for l in &e.links {
        if l.url.contains("/newsletter/") {
            assert!(l.furniture, "{}", l.url);
        }
    }
    assert!(!furniture(
        &e,
        "https://harbour.example.org/board/2025-03-12/papers.pdf"
    ));
    assert!(e.footnotes.is_empty());
    let q = quote(&e, "encouraging but fragile");
    assert!(q.citations[0]
        .url
        .as_deref()
        .is_some_and(|u| u.contains("coastnews.example.org")));
    let q = quote(&e, "no practical alternative");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://harbour.example.org/board/2025-03-12/papers.pdf")
    );
    assert_eq!(e.quotes.len(), 4, "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// A story's standfirst under its headline (`p.standfirst`, `div.article-dek`) setting in
/// quotation marks words the story then quotes with its source: the standfirst's quote stood
/// uncited (only headings were looked up). It now takes the story's citation, `repeated`;
/// a state flag (`has-dek`) is no standfirst.
#[test]
fn a_standfirst_repeating_a_cited_quotation_takes_its_citation() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><h1>Tenants</h1>\n\
         <div class=\"article-dek\">“We were never told the rent would double,” say tenants \
         of Quay House</div>\n\
         <p>Residents say “we were never told the rent would double”, according to a \
         <a href=\"https://example.org/survey\">survey by the tenants' union</a>.</p>\n\
         <div class=\"has-dek\"><p>Another said “the lifts have been broken since May”.</p>\
         </div>\n\
         <p>Owners said “the lifts have been broken since May” in a \
         <a href=\"https://example.org/owners\">statement</a>.</p>\n\
         </article></body></html>\n",
    );
    let q = &e.quotes[0];
    assert_eq!(q.line, 2);
    assert_eq!(q.citations[0].attribution, Attribution::Repeated);
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://example.org/survey")
    );
    let q = quote(&e, "the lifts");
    assert_eq!(q.line, 4);
    assert!(q.citations.is_empty(), "{:?}", q.citations);
}
