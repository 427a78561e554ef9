//! The sixty-first session's held-out evaluation of HTML articles: a news story's kicker and
//! by-line, a blog's author box, a journal's contributor list and affiliation marks, the
//! article's own DOI and PDF in a journal's header, group authors (`R Core Team.`) in a
//! reference list; and the five fixture articles kept from it.

use citecheck::model::{Attribution, DocKind, Extraction, LinkKind};

use crate::support::{extract_as, extract_fixture, furniture, note, one_footnote, only_note};

/// The links of `e` that are the article's own (no furniture), as written.
fn own_links(e: &Extraction) -> Vec<&str> {
    e.links
        .iter()
        .filter(|l| !l.furniture && l.kind == LinkKind::Link)
        .map(|l| l.raw.as_str())
        .collect()
}

/// A news story's kicker (`a.article__kicker`, `p.kicker`) links to its section, its by-line
/// (`div.article__byline`, `p.byline`, Ghost's `article-byline` and `author-name`) to the
/// author's page: the site's pages, not the story's sources, though they stand in the story's
/// `article`. They were kept as the story's, so a dead profile page failed a live story.
#[test]
fn a_storys_kicker_and_byline_are_the_sites() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><header>\n\
         <a class=\"article__kicker\" href=\"https://post.example.org/housing\">Housing</a>\n\
         <h1>Council to sell car park</h1>\n\
         <div class=\"article__byline\"><span class=\"article__author\">By <a rel=\"author\" \
         href=\"https://post.example.org/profile/gale\">Priya Gale</a></span> \
         <time>11 February 2025</time></div></header>\n\
         <p>The decision follows a <a href=\"https://example.org/cabinet\">cabinet report</a> \
         on the car park.</p>\n\
         </article></main></body></html>\n",
    );
    assert!(furniture(&e, "https://post.example.org/housing"));
    assert!(furniture(&e, "https://post.example.org/profile/gale"));
    assert!(!furniture(&e, "https://example.org/cabinet"));
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article class=\"post\"><header class=\"article-header\">\n\
         <h1 class=\"article-title\">What the river remembers</h1>\n\
         <div class=\"article-byline\"><ul class=\"author-list\"><li><a \
         href=\"https://fieldnotes.example/author/sian/\" class=\"author-avatar\"><img \
         src=\"/sian.jpg\" alt=\"\"></a></li></ul>\n\
         <h4 class=\"author-name\"><a href=\"https://fieldnotes.example/author/sian/\">Siân \
         Probert</a></h4></div></header>\n\
         <section class=\"gh-content\"><p>The <a href=\"https://example.org/gauge\">gauge \
         record</a> peaked at 3.1 metres.</p></section>\n\
         </article></main></body></html>\n",
    );
    assert!(e
        .links
        .iter()
        .filter(|l| l.url == "https://fieldnotes.example/author/sian/")
        .all(|l| l.furniture));
    assert_eq!(own_links(&e), ["https://example.org/gauge"]);
}

/// A class saying the story has (or lacks) a by-line or a kicker (`has-byline`,
/// `story--with-kicker`, `article--no-byline`, `byline-enabled`) is a flag on the story, not
/// its by-line: the story's links and quotations stay its own. So does a block quotation's
/// credit (`<footer class="quote-byline">`): its link is the quotation's source.
#[test]
fn a_byline_flag_or_a_quotations_byline_is_no_byline_box() {
    let story = |open: &str, close: &str| {
        extract_as(
            DocKind::Html,
            &format!(
                "<html><body><main><h1>Council to sell car park</h1>\n{open}\n\
                 <p>The council's <a href=\"https://ons.example.org/report\">report</a> \
                 said the site was “no longer needed for parking in the town centre” after \
                 the new bus station opened.</p>\n{close}\n\
                 <p>Elsewhere in the borough, the library on Mill Lane will open on Sundays \
                 from March, the leisure centre's pool reopens after its repairs, and the \
                 market moves back to the square once the paving work is finished in \
                 spring, the council said in its weekly round-up of news for residents.</p>\n\
                 </main></body></html>\n"
            ),
        )
    };
    let mut lost = Vec::new();
    for (open, close) in [
        ("<article class=\"post has-byline\">", "</article>"),
        ("<article class=\"article--no-byline\">", "</article>"),
        ("<div class=\"story--with-kicker\">", "</div>"),
        ("<div class=\"story byline-enabled\">", "</div>"),
        ("<article class=\"byline\">", "</article>"),
    ] {
        let e = story(open, close);
        let kept = !furniture(&e, "https://ons.example.org/report")
            && e.quotes
                .iter()
                .any(|q| q.text == "no longer needed for parking in the town centre");
        if !kept {
            lost.push(open);
        }
    }
    assert!(
        lost.is_empty(),
        "the story's link or quotation lost in {lost:?}"
    );
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>On ferries</h1>\n\
         <p>The minister was clear.</p>\n\
         <blockquote><p>Every island deserves a ferry that runs on time, every day of the \
         year.</p><footer class=\"quote-byline\">— <a \
         href=\"https://gov.example.org/speech\">Speech to the islands forum</a></footer>\
         </blockquote>\n\
         <div class=\"article__byline\">By <a \
         href=\"https://post.example.org/profile/gale\">Priya Gale</a></div>\n\
         </article></main></body></html>\n",
    );
    assert!(!furniture(&e, "https://gov.example.org/speech"));
    // A story's by-line is still the site's.
    assert!(furniture(&e, "https://post.example.org/profile/gale"));
}

/// A journal's list of authors (PubMed Central's `div.contrib-group`, its names linking to a
/// search for them) is the site's; its affiliation marks (`<sup>1</sup>` in `div.fm-affl`)
/// are no references to the reference list's first entries.
#[test]
fn a_journals_authors_and_affiliations_cite_nothing() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article>\n\
         <h1>Soil moisture and allotment yields</h1>\n\
         <div class=\"contrib-group fm-author\"><a class=\"contrib-author\" \
         href=\"https://journals.example.org/search?author=Okafor\">Adaeze Okafor</a>\
         <sup><a href=\"#aff1\">1</a></sup></div>\n\
         <div class=\"fm-affl\" id=\"aff1\"><sup>1</sup>Department of Plant Sciences, \
         University of Example</div>\n\
         <p>Allotments supply fresh vegetables (<a href=\"#ref-1\">1</a>), and little \
         else is known (<a href=\"#ref-2\">2</a>).</p>\n\
         <h2>References</h2><ol>\n\
         <li id=\"ref-1\">Moreau L. Urban food gardens. Food Policy. 2019;84:12-20.</li>\n\
         <li id=\"ref-2\">Fenwick J. Water use on allotments. J Urban Hortic. \
         2016;5(2):88-97.</li></ol>\n\
         </article></main></body></html>\n",
    );
    assert!(furniture(
        &e,
        "https://journals.example.org/search?author=Okafor"
    ));
    // Each entry is referred to once, from the paragraph, not from the affiliation's line.
    for label in ["1", "2"] {
        assert_eq!(note(&e, label).referenced_at.len(), 1, "{label}");
        assert_eq!(note(&e, label).referenced_at[0].line, 5, "{label}");
    }
}

/// A journal's header links to the article's own DOI and PDF, which its page declares for
/// indexers (`citation_doi`, `citation_pdf_url`): the article itself, no source.
#[test]
fn a_papers_own_doi_and_pdf_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><head><meta name=\"citation_doi\" content=\"10.5555/juh.2025.0142\">\n\
         <meta name=\"citation_pdf_url\" content=\"https://journals.example.org/a/0142.pdf\">\
         </head><body><main><article><h1>Soil moisture</h1>\n\
         <div class=\"fm-citation\">doi: <a href=\"https://doi.org/10.5555/juh.2025.0142\">\
         10.5555/juh.2025.0142</a></div>\n\
         <ul class=\"article-tools\"><li><a href=\"https://journals.example.org/a/0142.pdf\">\
         PDF</a></li></ul>\n\
         <p>Earlier work <a href=\"https://doi.org/10.5555/fp.2019.0012\">found</a> the \
         same.</p></article></main></body></html>\n",
    );
    assert!(furniture(&e, "https://doi.org/10.5555/juh.2025.0142"));
    assert!(furniture(&e, "https://journals.example.org/a/0142.pdf"));
    assert!(!furniture(&e, "https://doi.org/10.5555/fp.2019.0012"));
}

/// The paper's own DOI and PDF are none of the page's addresses: a link to a page of the
/// PDF (`…/0142.pdf#page=4`) is a link to the PDF, not a place in the page (the quotation
/// before it was left with no source); doi.org is not the page's site (the site's own
/// sign-up button stays the site's); and the DOI is matched
/// however its resolver's URL is spelt (`http://dx.doi.org/`, upper case).
#[test]
fn a_papers_own_doi_and_pdf_are_not_its_address() {
    let e = extract_as(
        DocKind::Html,
        "<html><head><meta name=\"citation_doi\" content=\"10.5555/juh.2025.0142\">\n\
         <meta name=\"citation_pdf_url\" content=\"https://journals.example.org/a/0142.pdf\">\
         </head><body><main><article><h1>Soil moisture</h1>\n\
         <div class=\"fm-citation\">doi: <a \
         href=\"http://dx.doi.org/10.5555/JUH.2025.0142\">10.5555/JUH.2025.0142</a></div>\n\
         <p>The plots were “the wettest in the county for a decade” (<a \
         href=\"https://journals.example.org/a/0142.pdf#page=4\">PDF, page 4</a>).</p>\n\
         <p>Get our digest: <a class=\"button primary\" \
         href=\"https://journals.example.org/subscribe\">Subscribe</a></p>\n\
         </article></main></body></html>\n",
    );
    assert!(furniture(&e, "http://dx.doi.org/10.5555/JUH.2025.0142"));
    assert!(!furniture(
        &e,
        "https://journals.example.org/a/0142.pdf#page=4"
    ));
    assert!(!e.links.iter().any(|l| l.raw == "#page=4"), "{:?}", e.links);
    assert!(furniture(&e, "https://journals.example.org/subscribe"));
    // The quotation cites the PDF's page: no place in this page.
    let q = e
        .quotes
        .iter()
        .find(|q| q.text == "the wettest in the county for a decade")
        .expect("quote");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://journals.example.org/a/0142.pdf#page=4")
    );
}

/// A group writing as one (`R Core Team.`, `Stan Development Team.`, `GBD 2019
/// Collaborators.`) heads a Vancouver entry as an organisation does: the entry was read as
/// no entry at all (no title, no author, no publisher).
#[test]
fn a_group_author_heads_a_vancouver_entry() {
    let e = one_footnote(
        "R Core Team. R: A language and environment for statistical computing. Vienna: R \
         Foundation for Statistical Computing; 2023.",
    );
    let n = only_note(&e);
    assert_eq!(n.authors, ["R Core Team"]);
    assert_eq!(
        n.title.as_deref(),
        Some("R: A language and environment for statistical computing")
    );
    assert_eq!(
        n.publisher.as_deref(),
        Some("R Foundation for Statistical Computing")
    );
    assert_eq!(n.date.as_deref(), Some("2023"));
    let e = one_footnote(
        "GBD 2019 Collaborators. Global burden of 369 diseases. Lancet. 2020;396:1204-22.",
    );
    let n = only_note(&e);
    assert_eq!(n.authors, ["GBD 2019 Collaborators"]);
    assert_eq!(n.title.as_deref(), Some("Global burden of 369 diseases"));
    // A person's name is still read as one.
    let e = one_footnote("Brennan K, Lowe D. Habit and need. Hortic Soc Rev. 2018;12:33-41.");
    assert_eq!(only_note(&e).authors, ["Brennan K", "Lowe D"]);
}

/// The journal fixture: PubMed Central's shape, with `(<a href="#ref-1">1</a>)` and
/// `[<a href="#B4">4</a>]` citations, a contributor list, affiliations, article tools, a
/// reference list with DOIs and a group author.
#[test]
fn the_journal_article_fixture() {
    let e = extract_fixture("fixtures/articles/journal-article-page.html");
    // The `Cite` tool and the entries' `Google Scholar` searches are the page's buttons
    // (sixty-third session).
    assert_eq!(
        own_links(&e),
        [
            "https://data.example.org/juh-0142/protocol",
            "https://data.example.org/juh-0142",
            "https://doi.org/10.5555/fp.2019.0012",
            "https://doi.org/10.5555/ssm.2020.401",
            "https://doi.org/10.5555/hsr.2018.33",
            "https://www.r-project.example.org/",
            "https://naf.example.org/reports/2023.pdf",
        ]
    );
    // No in-text citation is a link of its own.
    assert!(!e.links.iter().any(|l| l.raw.starts_with("#ref")));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4", "5", "6"]);
    let lines =
        |l: &str| -> Vec<usize> { note(&e, l).referenced_at.iter().map(|p| p.line).collect() };
    assert_eq!(lines("1"), [51]);
    assert_eq!(lines("2"), [51]);
    assert_eq!(lines("3"), [51, 56]);
    assert_eq!(lines("5"), [52]);
    let r = note(&e, "5");
    assert_eq!(r.authors, ["R Core Team"]);
    assert_eq!(
        r.publisher.as_deref(),
        Some("R Foundation for Statistical Computing")
    );
    assert_eq!(r.urls, ["https://www.r-project.example.org/"]);
    let n = note(&e, "4");
    assert_eq!(n.authors, ["Brennan K", "Lowe D"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Habit and need in domestic watering")
    );
    assert_eq!(n.urls, ["https://doi.org/10.5555/hsr.2018.33"]);
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with("most plot holders"))
        .expect("quote");
    assert_eq!(q.citations.len(), 1);
    assert_eq!(q.citations[0].footnote.as_deref(), Some("4"));
    assert_eq!(q.citations[0].attribution, Attribution::MarkerAfter);
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with("the wettest plots"))
        .expect("quote");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("6"));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The wiki fixture: a contents box, `sup.reference` markers with `cite_note` anchors and
/// lettered back-links, CS1 citations, a navbox and category links.
#[test]
fn the_wiki_article_fixture() {
    let e = extract_fixture("fixtures/articles/wiki-article.html");
    // (The contents box's links into the page stay links: their anchors are checked.)
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"]);
    let n = note(&e, "1");
    assert_eq!(n.referenced_at.len(), 3);
    assert_eq!(n.authors, ["Marsh, Edith"]);
    assert_eq!(n.publisher.as_deref(), Some("Riverside Press"));
    assert!(n.urls.is_empty(), "{:?}", n.urls);
    assert_eq!(note(&e, "2").urls, ["https://museum.example.org/depot"]);
    // The access date is no publication date.
    assert_eq!(note(&e, "2").date, None);
    assert_eq!(note(&e, "3").date.as_deref(), Some("12 November 1898"));
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with("a town without a tramway"))
        .expect("quote");
    assert_eq!(q.citations.len(), 1);
    assert_eq!(q.citations[0].footnote.as_deref(), Some("3"));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The news fixture: a kicker, a by-line with the author's picture and page, a share bar, a
/// standfirst repeating a quotation of the body, an inline `Read more` box, tags, a
/// correction link, a most-read list.
#[test]
fn the_news_kicker_and_byline_fixture() {
    let e = extract_fixture("fixtures/articles/news-kicker-byline.html");
    assert_eq!(
        own_links(&e),
        [
            "https://photos.example.org/hollis",
            "https://northbridge.example.gov/cabinet/2025-02-10/item-6",
            // (A `Read more` box may be the article's further reading: kept.)
            "https://post.example.org/news/local/2024/11/02/waiting-list-record",
            "https://northbridge.example.gov/parking-strategy-2023.pdf",
            "https://post.example.org/corrections",
        ]
    );
    assert!(furniture(
        &e,
        "https://post.example.org/img/authors/gale.jpg"
    ));
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with("keep town-centre parking"))
        .expect("quote");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://northbridge.example.gov/parking-strategy-2023.pdf")
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The Ghost fixture: a primary tag, an author box, an embedded tweet, captions with
/// credits, a block quotation whose source follows it, a callout, read-more cards.
#[test]
fn the_ghost_post_fixture() {
    let e = extract_fixture("fixtures/articles/ghost-post-embeds.html");
    assert!(e
        .links
        .iter()
        .filter(|l| l.url.contains("/author/"))
        .all(|l| l.furniture));
    assert_eq!(
        own_links(&e),
        [
            "https://archive.example.org/ashgrove/weir-1931",
            "https://x.example/hashtag/floods?src=hash",
            "https://t.example/AbC123",
            "https://x.example/ashgrovewx/status/1850000000000000001?ref_src=twsrc%5Etfw",
            "https://data.example.gov/gauges/ashgrove",
            "https://data.example.gov/gauges/ashgrove",
            "https://archive.example.org/pryce-diary",
            "https://fieldnotes.example/guide-to-gauges/",
        ]
    );
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with("The water came over"))
        .expect("quote");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://archive.example.org/pryce-diary")
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The GOV.UK fixture: a cookie banner, breadcrumbs, a contents list, `[footnote 1]` markers
/// with `li#fn:1` notes and back-links, a case study in an `aside`.
#[test]
fn the_gov_report_fixture() {
    let e = extract_fixture("fixtures/articles/gov-report-footnotes.html");
    assert_eq!(e.footnotes.len(), 4);
    let n = &e.footnotes[0];
    assert_eq!(
        n.title.as_deref(),
        Some("Annual bus statistics: England 2023")
    );
    assert_eq!(n.authors, ["Department for Transport (Example)"]);
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with("passengers came back"))
        .expect("quote");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://committees.example.org/writtenevidence/RBR0042.pdf")
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}
