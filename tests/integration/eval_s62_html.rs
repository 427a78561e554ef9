//! The sixty-second session's held-out evaluation of HTML articles: PubMed Central's present
//! pages (citation links inside brackets, `div.cg` authors and `div#aip_a` affiliations),
//! LaTeXML's italic spans and `In` proceedings, the United States' and Google Docs'
//! banners, a Hugo theme's links to the next and previous posts; and the five fixture
//! articles kept from it.

use citecheck::model::{Attribution, DocKind, Extraction, LinkKind};

use crate::support::{extract_as, extract_fixture, furniture, note, quote};

/// The links of `e` that are the article's own (no furniture), as written.
fn own_links(e: &Extraction) -> Vec<&str> {
    e.links
        .iter()
        .filter(|l| !l.furniture && l.kind == LinkKind::Link)
        .map(|l| l.raw.as_str())
        .collect()
}

/// The lines `label`'s note is referred to from.
fn lines(e: &Extraction, label: &str) -> Vec<usize> {
    note(e, label)
        .referenced_at
        .iter()
        .map(|p| p.line)
        .collect()
}

/// PubMed Central's citations, `[<a href="#R1" class="usa-link">1</a>,<a
/// href="#R2">2</a>]`, link to entries named by an id (`li#R1`) and shown by a number
/// (`<span class="label">1.</span>`). The entries were renamed `1`, `2` after their ids
/// were recorded, so the links, read as citations afterwards, found no entry: each stayed
/// a link into the page as well as a citation.
#[test]
fn bracketed_links_to_renamed_entries_are_citations() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article>\n\
         <p>Disease misses days [<a href=\"#R1\" class=\"usa-link\">1</a>,<a href=\"#R2\" \
         class=\"usa-link\">2</a>]. Soap helps [<a href=\"#R3\" class=\"usa-link\">3</a>], \
         but schools differ [<a href=\"#R2\" class=\"usa-link\">2</a>,<a href=\"#R4\" \
         class=\"usa-link\">4</a>].</p>\n\
         <h2>References</h2>\n<ul class=\"ref-list\" style=\"list-style-type:none\">\n\
         <li id=\"R1\"><span class=\"label\">1.</span><cite>Kimani J, Otieno S. School \
         absence. Trop Med Int Health. 2018;23(6):612–20.</cite></li>\n\
         <li id=\"R2\"><span class=\"label\">2.</span><cite>Banda C. Water in schools. \
         Geneva: WHEO; 2019.</cite></li>\n\
         <li id=\"R3\"><span class=\"label\">3.</span><cite>Curran V. Hand washing. Lancet \
         Infect Dis. 2020;20(4):455–64.</cite></li>\n\
         <li id=\"R4\"><span class=\"label\">4.</span><cite>Tembo M. Hygiene. BMC Public \
         Health. 2021;21:1180.</cite></li>\n\
         </ul></article></main></body></html>\n",
    );
    assert!(
        !e.links.iter().any(|l| l.raw.starts_with("#R")),
        "{:?}",
        e.links
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"]);
    let cols =
        |l: &str| -> Vec<usize> { note(&e, l).referenced_at.iter().map(|p| p.column).collect() };
    // Each link is its own citation, where it stands.
    assert_eq!(cols("1").len(), 1);
    assert_eq!(cols("2").len(), 2);
    assert_eq!(cols("3").len(), 1);
    assert_eq!(cols("4").len(), 1);
    assert!(cols("1")[0] < cols("2")[0] && cols("2")[0] < cols("3")[0]);
    assert!(cols("3")[0] < cols("2")[1] && cols("2")[1] < cols("4")[0]);
}

/// PubMed Central's present pages list the authors in `div.cg`, each name linking to a
/// search for it and followed by its affiliations' numbers (`<sup>1,2</sup>`), and the
/// affiliations in `div#aip_a` (`<sup>1</sup>School of …`): they were read as notes `1` and
/// `2`, cited from the names, and the reference list's entries were left named `R1`, `R2`.
#[test]
fn a_journals_present_author_list_cites_nothing() {
    let e = extract_as(
        DocKind::Html,
        "<html><head><meta name=\"citation_doi\" content=\"10.5555/jsh.1\"></head>\
         <body><main><article>\n\
         <h1>Hand-washing stations</h1>\n\
         <div class=\"cg p\"><a href=\"https://pubmed.example.org/?term=Mwangi%20L\" \
         class=\"usa-link\">Lucy Mwangi</a><sup>1</sup>, <a \
         href=\"https://pubmed.example.org/?term=Odhiambo%20P\" class=\"usa-link\">Peter \
         Odhiambo</a><sup>1,2</sup></div>\n\
         <div class=\"d-panel p\" id=\"aip_a\"><div class=\"p\" id=\"A1\"><sup>1</sup>School \
         of Public Health, University of Example</div><div class=\"p\" id=\"A2\"><sup>2</sup>\
         County Department of Education</div></div>\n\
         <p>Disease misses school days [<a href=\"#R1\" class=\"usa-link\">1</a>], and \
         soap helps [<a href=\"#R2\" class=\"usa-link\">2</a>].</p>\n\
         <h2>References</h2>\n<ul class=\"ref-list\" style=\"list-style-type:none\">\n\
         <li id=\"R1\"><span class=\"label\">1.</span><cite>Kimani J, Otieno S. School \
         absence. Trop Med Int Health. 2018;23(6):612–20.</cite></li>\n\
         <li id=\"R2\"><span class=\"label\">2.</span><cite>Curran V. Hand washing. Lancet \
         Infect Dis. 2020;20(4):455–64.</cite></li>\n\
         </ul></article></main></body></html>\n",
    );
    assert!(furniture(&e, "https://pubmed.example.org/?term=Mwangi%20L"));
    assert!(furniture(
        &e,
        "https://pubmed.example.org/?term=Odhiambo%20P"
    ));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2"]);
    assert_eq!(note(&e, "1").authors, ["Kimani J", "Otieno S"]);
    assert_eq!(lines(&e, "1"), [5]);
    assert_eq!(lines(&e, "2"), [5]);
}

/// LaTeXML sets a book's or a journal's name in `<span class="ltx_text
/// ltx_font_italic">`, which was no italics: a single author's book (`M. Ashdown. *A
/// History …*. Riverside Press, …`) had no title, author or publisher. A paper `In
/// *Proceedings of …*` was read with the proceedings as its title and no author.
#[test]
fn latexml_italics_and_proceedings() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article>\n\
         <p>Records go back a century <cite class=\"ltx_cite\">[<a class=\"ltx_ref\" \
         href=\"#bib.bib1\">1</a>]</cite> and gauges under-catch <cite \
         class=\"ltx_cite\">[<a class=\"ltx_ref\" href=\"#bib.bib2\">2</a>]</cite>.</p>\n\
         <section class=\"ltx_bibliography\" id=\"bib\"><h2>References</h2>\n\
         <ul class=\"ltx_biblist\">\n\
         <li class=\"ltx_bibitem\" id=\"bib.bib1\"><span class=\"ltx_tag ltx_role_refnum \
         ltx_tag_bibitem\">[1]</span><span class=\"ltx_bibblock\">M. Ashdown.</span>\
         <span class=\"ltx_bibblock\"><span class=\"ltx_text ltx_font_italic\">A History of \
         Amateur Weather Observing</span>.</span><span class=\"ltx_bibblock\">Riverside \
         Press, London, 2008.</span></li>\n\
         <li class=\"ltx_bibitem\" id=\"bib.bib2\"><span class=\"ltx_tag ltx_role_refnum \
         ltx_tag_bibitem\">[2]</span><span class=\"ltx_bibblock\">H. Brandt.</span>\
         <span class=\"ltx_bibblock\">Wind-induced under-catch of funnel gauges.</span>\
         <span class=\"ltx_bibblock\">In <span class=\"ltx_text ltx_font_italic\">Proceedings \
         of the Symposium on Precipitation Measurement</span>, pages 12–19, 2015.</span></li>\n\
         </ul></section></article></body></html>\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["M. Ashdown"]);
    assert_eq!(
        n.title.as_deref(),
        Some("A History of Amateur Weather Observing")
    );
    assert_eq!(n.publisher.as_deref(), Some("Riverside Press"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["H. Brandt"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Wind-induced under-catch of funnel gauges")
    );
    assert_eq!(
        n.publisher.as_deref(),
        Some("Proceedings of the Symposium on Precipitation Measurement")
    );
    assert_eq!(n.date.as_deref(), Some("2015"));
}

/// A paper's `In` before its proceedings, in Markdown too (`In *Proceedings …*`).
#[test]
fn a_paper_in_proceedings_in_markdown() {
    let e = crate::support::extract_markdown(
        "Text.[^1]\n\n[^1]: H. Brandt. Wind-induced under-catch of funnel gauges. In \
         *Proceedings of the Symposium on Precipitation Measurement*, pages 12–19, 2015.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["H. Brandt"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Wind-induced under-catch of funnel gauges")
    );
}

/// The banner over a United States government site (`div.usa-banner`, "An official website
/// of the United States government") and over a Google Docs document published to the web
/// (`div#publish-banner`: "Report abuse", "Learn more") are the site's.
#[test]
fn government_and_published_document_banners_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div class=\"usa-banner\"><a class=\"usa-link\" \
         href=\"https://www.example.gov/\">An official website of the United States \
         government</a></div>\n\
         <main><article><h1>Hand-washing</h1><p>See the <a \
         href=\"https://edu.example.gov/attendance\">attendance returns</a>.</p></article>\
         </main></body></html>\n",
    );
    assert!(furniture(&e, "https://www.example.gov/"));
    assert!(!furniture(&e, "https://edu.example.gov/attendance"));
    let e = extract_as(
        DocKind::Html,
        "<html><body class=\"c6 doc-content\"><div id=\"banners\"><div \
         id=\"publish-banner\"><span>Published using Google Docs</span><a \
         href=\"https://docs.example.com/abuse?id=1AbC\">Report abuse</a><a \
         href=\"https://support.example.com/docs/answer/1\">Learn more</a></div></div>\n\
         <div id=\"contents\"><p class=\"c2\"><span>Waiting lists for council allotments \
         have grown in every region we surveyed since 2019, says the <a \
         href=\"https://stats.example.org/allotments\">statistics release</a>.</span></p>\n\
         <p class=\"c2\"><span>The longest list, in Eastbridge, now stands at 1,240 names, \
         and a new applicant should expect to wait eight years for a full plot.</span></p>\
         </div></body></html>\n",
    );
    assert!(furniture(&e, "https://docs.example.com/abuse?id=1AbC"));
    assert!(furniture(&e, "https://support.example.com/docs/answer/1"));
    assert!(!furniture(&e, "https://stats.example.org/allotments"));
}

/// Links to the posts before and after this one (Hugo's PaperMod theme's `nav.paginav` in
/// the post's footer, inside its `article`; a `div.pagination`) are the site's.
#[test]
fn links_to_the_next_and_previous_posts_are_furniture() {
    for (open, close) in [
        ("<nav class=\"paginav\">", "</nav>"),
        ("<div class=\"pagination\">", "</div>"),
    ] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<html><body><main><article class=\"post-single\"><h1>The 8:12</h1>\n\
                 <div class=\"post-content\"><p>A loop was costed in the <a \
                 href=\"https://transport.example.gov.uk/plan.pdf\">rail plan</a>.</p></div>\n\
                 <footer class=\"post-footer\">{open}<a class=\"prev\" \
                 href=\"https://platformfour.example/posts/bus-lanes/\">« Prev Bus lanes</a> \
                 <a class=\"next\" href=\"https://platformfour.example/posts/tickets/\">Next » \
                 Ticket machines</a>{close}</footer>\n\
                 </article></main></body></html>\n"
            ),
        );
        assert!(
            furniture(&e, "https://platformfour.example/posts/bus-lanes/"),
            "{open}"
        );
        assert!(
            furniture(&e, "https://platformfour.example/posts/tickets/"),
            "{open}"
        );
        assert!(
            !furniture(&e, "https://transport.example.gov.uk/plan.pdf"),
            "{open}"
        );
    }
}

/// The arXiv fixture (LaTeXML): `cite.ltx_cite` citations, a footnote numbered as the first
/// reference is (the references read `[1]`, …), italic spans, math, a table, section links,
/// the site's header and footer.
#[test]
fn the_latexml_paper_fixture() {
    let e = extract_fixture("fixtures/articles/latexml-paper.html");
    assert_eq!(
        own_links(&e),
        [
            "https://data.example.org/rain-pairs",
            "#S3",
            "#S2.T1",
            "https://doi.org/10.5555/wrl.2021.044",
            "https://weather.example.gov/reports/precip-review-2020.pdf",
        ]
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "[1]", "[2]", "[3]", "[4]", "[5]", "[6]"]);
    assert_eq!(note(&e, "1").urls, ["https://data.example.org/rain-pairs"]);
    let n = note(&e, "[1]");
    assert_eq!(n.authors, ["M. Ashdown"]);
    assert_eq!(
        n.title.as_deref(),
        Some("A History of Amateur Weather Observing")
    );
    assert_eq!(n.publisher.as_deref(), Some("Riverside Press"));
    let n = note(&e, "[4]");
    assert_eq!(n.authors, ["H. Brandt"]);
    assert_eq!(lines(&e, "[4]"), [37, 67]);
    assert_eq!(lines(&e, "[3]"), [36, 40]);
    assert_eq!(
        note(&e, "[5]").authors,
        ["E. Lindqvist", "J. Moreau", "S. Patel"]
    );
    let q = quote(&e, "a bias that hides");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("[3]"));
    let q = quote(&e, "funnel gauges lose");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("[6]"));
    assert_eq!(q.citations[0].attribution, Attribution::MarkerBefore);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The PubMed Central fixture: its present layout, the government banner, `div.cg` authors
/// and `div#aip_a` affiliations, bracketed citation links, DOI, PubMed and Google Scholar
/// links per entry, a table and a figure.
#[test]
fn the_pmc_article_fixture() {
    let e = extract_fixture("fixtures/articles/pmc-article.html");
    assert!(furniture(&e, "https://www.example.gov/"));
    assert!(e
        .links
        .iter()
        .filter(|l| l.url.contains("%5BAuthor%5D"))
        .all(|l| l.furniture));
    // The article's own DOI and PDF are the site's.
    assert!(furniture(&e, "https://doi.org/10.5555/jsh.2024.0318"));
    assert!(!e.links.iter().any(|l| l.raw.starts_with("#R")));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4", "5"]);
    assert_eq!(lines(&e, "1"), [32]);
    assert_eq!(lines(&e, "2"), [32, 32]);
    assert_eq!(lines(&e, "4"), [32, 44]);
    let n = note(&e, "2");
    assert_eq!(n.authors, ["World Health Example Organization"]);
    assert_eq!(n.publisher.as_deref(), Some("WHEO"));
    let n = note(&e, "4");
    assert_eq!(n.authors, ["Tembo M", "Banda C", "Phiri L"]);
    assert_eq!(n.urls[0], "https://doi.org/10.5555/bmcph.2021.1180");
    let q = quote(&e, "fewer than one school");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("5"));
    assert_eq!(q.citations[0].attribution, Attribution::MarkerAfter);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The Google Docs fixture: a document published to the web, its banner, `#ftnt1` notes,
/// italic classes, `google.com/url?q=` links, a quoted paragraph.
#[test]
fn the_google_docs_fixture() {
    let e = extract_fixture("fixtures/articles/gdocs-published.html");
    let urls: Vec<&str> = e
        .links
        .iter()
        .filter(|l| !l.furniture)
        .map(|l| l.url.as_str())
        .collect();
    assert_eq!(
        urls,
        [
            "https://stats.example.org/allotments/2024",
            "https://law.example.org/acts/1908/36/section/23",
            "https://nas.example.org/survey-2024.pdf",
            "https://rhes.example.org/advice/dividing-plots",
        ]
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"]);
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Survey of Allotment Waiting Lists in England")
    );
    assert_eq!(n.authors, ["National Allotment Example Society"]);
    assert_eq!(
        note(&e, "4").title.as_deref(),
        Some("Dividing allotment plots")
    );
    let q = quote(&e, "a half-plot rarely");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("4"));
    assert!(e
        .quotes
        .iter()
        .any(|q| q.text.starts_with("We split every plot")));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The Hugo fixture (PaperMod, goldmark's footnotes): a menu, breadcrumbs, a contents box,
/// heading anchors, tags, links to the next and previous posts, share buttons, a note cited
/// twice with two back-links, related posts.
#[test]
fn the_hugo_blog_fixture() {
    let e = extract_fixture("fixtures/articles/hugo-blog-footnotes.html");
    for url in [
        "https://platformfour.example/posts/bus-lanes-that-stop/",
        "https://platformfour.example/posts/ticket-machines/",
        "https://platformfour.example/tags/railways/",
        "https://platformfour.example/posts/the-loop-that-never-was/",
    ] {
        assert!(furniture(&e, url), "{url}");
    }
    assert!(!furniture(
        &e,
        "https://transport.example.gov.uk/wales-rail-plan-2016.pdf"
    ));
    assert!(!e.links.iter().any(|l| l.raw.starts_with("#fn")));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3"]);
    assert_eq!(lines(&e, "2"), [38, 42]);
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Office of Rail Example"]);
    assert_eq!(n.date.as_deref(), Some("June 2024"));
    let q = quote(&e, "a timetable built");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("2"));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The Substack fixture: subscribe and sign-in buttons, the like-and-share bar, a pull
/// quote repeating the text, a subscription box, an embedded post, `footnote-anchor` notes,
/// the comments and recommendations after the post.
#[test]
fn the_substack_post_fixture() {
    let e = extract_fixture("fixtures/articles/substack-post.html");
    assert!(furniture(&e, "https://substack.example.com/@noorhaddad"));
    assert!(e
        .links
        .iter()
        .filter(|l| l.url.contains("subscribe") || l.url.contains("action="))
        .all(|l| l.furniture));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3"]);
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Hannah Lowe", "Ade Bakare"]);
    assert_eq!(n.publisher.as_deref(), Some("Sharing Example Trust"));
    // The pull quote repeats the text: the words are quoted once, where they are said.
    assert_eq!(
        e.quotes
            .iter()
            .filter(|q| q.text.starts_with("People come in"))
            .count(),
        1
    );
    let q = quote(&e, "a pilot whose");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("3"));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Review of the sixty-second session: `div.cg` is PubMed Central's authors' box only on a
/// paper's page (one declaring its DOI or PDF to indexers); on a story's page it is a box of
/// the story, its source link, its note marker and its quotation the article's.
#[test]
fn a_short_cg_box_on_a_story_is_the_story() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><h1>Flood plan</h1>\n\
         <div class=\"cg\"><p>The council published <a href=\"https://example.org/study\">a \
         new study</a> on the river.<sup><a href=\"#fn1\">1</a></sup></p>\n\
         <p>Officials called it \"a turning point for the city and its river\" on \
         Monday.</p></div>\n\
         <ol><li id=\"fn1\">River Trust, \"Flood study\", 2024.</li></ol>\n\
         </article></body></html>\n",
    );
    assert!(!furniture(&e, "https://example.org/study"));
    assert_eq!(lines(&e, "1"), [2]);
    assert_eq!(e.quotes.len(), 1, "{:#?}", e.quotes);
}
