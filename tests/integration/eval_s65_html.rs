//! The sixty-fifth session's held-out evaluation of HTML pages: a thread page whose story is
//! its opening post (a GitHub issue), print buttons and platform credits, heading anchors
//! with no words (AnchorJS), a page's licence link, title blocks' metadata (Quarto, GOV.UK)
//! and `a.author`, Quarto's citation of itself, a newsletter's sponsor slot, a year in a
//! file's name read as a note's date, Medium's by-line, a Read the Docs footer inside the
//! theme's wrapper, a Q&A site's short share links and sort tabs; and the five fixture pages
//! kept from it.

use citecheck::model::{Attribution, DocKind};

use crate::support::{
    extract_as, extract_fixture, furniture, note, notes_of, one_footnote, only_note, own_urls,
    quote, texts, url_ties,
};

/// A page that is a thread (a GitHub issue: `div.js-comment-container` around each comment's
/// `div.comment-body`) had every quotation dropped as a reader's comment, the issue itself
/// included: its opening post is the page's story. A reply after it stays a comment.
#[test]
fn a_thread_pages_opening_post_is_its_story() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main>\n\
         <h1>Export drops the last hour</h1>\n\
         <div>mrenwick opened this issue on Feb 3, 2025</div>\n\
         <div class=\"TimelineItem js-comment-container\"><div class=\"comment-body markdown-body\">\n\
         <p>The <a href=\"https://docs.example.org/export\">export docs</a> say daily files \
         “contain every reading up to 23:59”, so the last hour is missing.</p>\n\
         </div></div>\n\
         <div class=\"TimelineItem js-comment-container\"><div class=\"comment-body markdown-body\">\n\
         <p>Confirmed. The <a href=\"https://peps.example.org/pep-0495/\">PEP</a> notes that \
         “the fold attribute is ignored in comparisons”.</p>\n\
         </div></div>\n\
         </main></body></html>\n",
    );
    assert_eq!(
        url_ties(&e, "contain every reading"),
        [(
            Some("https://docs.example.org/export".to_string()),
            Attribution::Link
        )]
    );
    assert_eq!(texts(&e), ["contain every reading up to 23:59"]);
}

/// A page with a story of its own before its comments keeps them as readers' comments,
/// even a comment longer than the story.
#[test]
fn comments_under_a_story_stay_comments() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main>\n\
         <h1>The ferry</h1>\n\
         <p>The ferry closed in 1962, after a century of crossings. The log, held at the county \
         archive, says the crossing closed “for want of a willing crew” that winter, and the \
         council never reopened it though three petitions asked it to.</p>\n\
         <div class=\"comment-body\"><p>My grandfather worked the ferry for nine winters \
         before it closed. He said it was “the coldest crossing in England”, a remark he \
         repeated for years at every family gathering we ever held, until the very last of \
         them in the summer of 1990. He kept the brass bell from the landing stage on his \
         mantelpiece, polished every Sunday, and rang it at midnight each New Year, to the \
         dismay of the neighbours on both sides of the terrace.</p></div>\n\
         </main></body></html>\n",
    );
    assert_eq!(texts(&e), ["for want of a willing crew"]);
}

/// A print button (GOV.UK's `Print this page`) and a platform's credit (`Powered by
/// beehiiv`) were the article's links; a sentence's words made a link stay a source.
#[test]
fn print_buttons_and_platform_credits_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main>\n\
         <p>The pumps are <a href=\"https://example.org/solar\">powered by solar panels on the \
         roof</a>, the trust says.</p>\n\
         <div class=\"gem-c-print-link\"><a href=\"/publications/x/print\">Print this page</a></div>\n\
         <p><a href=\"https://www.platform.example.org/?utm_source=x\">Powered by beehiiv</a></p>\n\
         </main></body></html>\n",
    );
    assert_eq!(own_urls(&e), ["https://example.org/solar"]);
}

/// A heading's anchor with no words (AnchorJS's `a.anchorjs-link`, its icon drawn by a style
/// sheet) and the page's licence (`rel="license"`) were the article's links.
#[test]
fn empty_heading_anchors_and_licence_links_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main>\n\
         <h2 id=\"background\">Background<a class=\"anchorjs-link\" aria-label=\"Anchor\" \
         href=\"#background\"></a></h2>\n\
         <p>See <a href=\"#results\">the results</a> and \
         <a href=\"https://example.org/method\">the method</a>.</p>\n\
         <section id=\"quarto-reuse\"><h2>Reuse</h2><div><a rel=\"license\" \
         href=\"https://creativecommons.example.org/licenses/by/4.0/\">CC BY 4.0</a></div></section>\n\
         </main></body></html>\n",
    );
    let anchors: Vec<(&str, bool)> = e
        .links
        .iter()
        .filter(|l| l.raw.starts_with('#'))
        .map(|l| (l.raw.as_str(), l.furniture))
        .collect();
    assert_eq!(anchors, [("#background", true), ("#results", false)]);
    assert!(furniture(
        &e,
        "https://creativecommons.example.org/licenses/by/4.0/"
    ));
    assert!(!furniture(&e, "https://example.org/method"));
}

/// A title block's line of metadata (Quarto's `quarto-title-meta`, GOV.UK's `gem-c-metadata`
/// with `From:` the department) and a thread's `a.author` are by-lines: their links lead to
/// the writer's and the body's pages.
#[test]
fn title_metadata_and_author_links_are_bylines() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main>\n\
         <header><h1>Moths</h1><div class=\"quarto-title-meta\"><div \
         class=\"quarto-title-meta-contents\"><p><a href=\"https://farrant.example.org/\">Imogen \
         Farrant</a></p></div></div></header>\n\
         <div class=\"gem-c-metadata\"><dl><dt>From:</dt><dd><a \
         href=\"/government/organisations/moorland-agency\">Moorland Agency</a></dd></dl></div>\n\
         <h3><a class=\"author Link--primary\" href=\"/mrenwick\">mrenwick</a> commented</h3>\n\
         <p>Counts follow <a href=\"https://example.org/method\">the method</a>.</p>\n\
         </main></body></html>\n",
    );
    assert_eq!(own_urls(&e), ["https://example.org/method"]);
}

/// Quarto's appendix citing the page itself (`div.quarto-appendix-citeas`): the page's own
/// title in its marks was a quotation; a newsletter's paid slot (`td.email_sponsor`) was the
/// article's links.
#[test]
fn a_self_citation_and_a_sponsor_slot_are_the_sites() {
    let e = extract_as(
        DocKind::Html,
        "<html><body>\n\
         <p>Lit sites held fewer moths, as <a href=\"https://example.org/study\">the study</a> \
         found: “a consistent deficit”.</p>\n\
         <div id=\"ref-farrant2025\" class=\"csl-entry quarto-appendix-citeas\">Farrant, Imogen. \
         2025. <span>“Night-Time Light and Moth Counts.”</span> January 20, 2025.</div>\n\
         <table><tr><td class=\"email_sponsor\"><p><strong>Together with Lockside.</strong> Rope \
         and pins. <a href=\"https://link.mail.example.org/c/redirect?url=x\">Shop now</a></p></td></tr></table>\n\
         </body></html>\n",
    );
    assert_eq!(texts(&e), ["a consistent deficit"]);
    assert!(furniture(
        &e,
        "https://link.mail.example.org/c/redirect?url=x"
    ));
    assert!(!furniture(&e, "https://example.org/study"));
}

/// A year in a file's name (`sites-2024.geojson`) was read as the note's date.
#[test]
fn a_year_in_a_file_name_is_no_date() {
    let e = one_footnote(
        "Site list: [sites-2024.geojson](https://data.example.org/moths/sites-2024.geojson), \
         accessed 2 September 2024.",
    );
    assert_eq!(only_note(&e).date, None);
    let e = one_footnote("Harbour Board, *Annual report*, 2023. survey_2019.csv on request.");
    assert_eq!(only_note(&e).date.as_deref(), Some("2023"));
}

/// Medium's by-line, known only by `data-testid` (its classes are generated): the writer's
/// name and the avatar around its photo were the article's links.
#[test]
fn mediums_byline_is_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article>\n\
         <h1 data-testid=\"storyTitle\">The last ferry</h1>\n\
         <div class=\"ab\"><a href=\"/@nia.quill?source=post_page-----3f2a\" rel=\"noopener \
         follow\"><div class=\"l ed\"><img alt=\"Nia Quill\" class=\"l eq by\" \
         src=\"https://miro.example.org/1.jpeg\" data-testid=\"authorPhoto\"></div></a></div>\n\
         <div class=\"ag\"><a class=\"af ag ah\" data-testid=\"authorName\" \
         href=\"/@nia.quill?source=post_page-----3f2a\">Nia Quill</a></div>\n\
         <p class=\"pw-post-body-paragraph\">The log, <a \
         href=\"https://archive.example.org/ferry-log\">held at the archive</a>, says so.</p>\n\
         </article></body></html>\n",
    );
    assert_eq!(own_urls(&e), ["https://archive.example.org/ferry-log"]);
}

/// Read the Docs' footer (`Built with Sphinx using a theme provided by Read the Docs`)
/// stands after the page's `div[role=main]` but inside the theme's
/// `section.wy-nav-content-wrap`, a wrapper named for its navigation: its links were the
/// article's, as a footer in no such wrapper's are not.
#[test]
fn a_footer_inside_the_themes_wrapper_is_the_sites() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div class=\"wy-grid-for-nav\"><nav class=\"wy-nav-side\"><a \
         href=\"index.html\">Home</a></nav>\n\
         <section class=\"wy-nav-content-wrap\"><div class=\"wy-nav-content\"><div class=\"rst-content\">\n\
         <div role=\"main\" class=\"document\"><div itemprop=\"articleBody\"><section id=\"t\"><h1>Tuning</h1>\n\
         <p>The cache follows <a href=\"https://example.org/lru-paper\">the LRU paper</a>, which \
         calls it “the simplest policy that works”.</p></section></div></div>\n\
         <footer><div role=\"contentinfo\"><p>© Copyright 2025.</p></div>\n\
         Built with <a href=\"https://www.sphinx-doc.example.org/\">Sphinx</a> using a <a \
         href=\"https://github.example.org/readthedocs/sphinx_rtd_theme\">theme</a> provided by \
         <a href=\"https://readthedocs.example.org\">Read the Docs</a>.\n\
         </footer></div></div></section></div></body></html>\n",
    );
    assert_eq!(own_urls(&e), ["https://example.org/lru-paper"]);
    assert_eq!(texts(&e), ["the simplest policy that works"]);
}

/// A Q&A site's `Share` under a post (`a.js-share-link` to the post's short link `/a/78`)
/// and its tabs sorting the answers (the page itself with `?tab=votes`) were the article's
/// links; a comment's writer (`a.comment-user`) already was furniture.
#[test]
fn a_qa_pages_share_links_and_sort_tabs_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><head><link rel=\"canonical\" \
         href=\"https://qa.example.org/questions/77/why-do-tides-lag\"></head><body>\n\
         <div id=\"mainbar\" role=\"main\">\n\
         <h1><a href=\"/questions/77/why-do-tides-lag\">Why do tides lag?</a></h1>\n\
         <div class=\"js-filter-btn\"><a class=\"s-btn\" \
         href=\"/questions/77/why-do-tides-lag?answertab=scoredesc#tab-top\">Highest score</a><a \
         class=\"s-btn\" href=\"/questions/77/why-do-tides-lag?tab=votes#tab-top\">Votes</a></div>\n\
         <div class=\"answer\"><div class=\"s-prose js-post-body\"><p>The <a \
         href=\"https://example.org/tide-theory\">tide notes</a> say so. See also <a \
         href=\"/questions/12/tidal-bores?tab=votes\">another question</a>.</p></div>\n\
         <div class=\"js-post-menu\"><a href=\"/a/78\" class=\"js-share-link js-gps-track\">Share</a></div>\n\
         <div class=\"comments\"><ul><li class=\"comment\"><span class=\"comment-copy\">Thanks.</span> \
         – <a href=\"/users/12/ren\" class=\"comment-user\">Ren</a></li></ul></div>\n\
         </div></div></body></html>\n",
    );
    let flags: Vec<(&str, bool)> = e
        .links
        .iter()
        .map(|l| (l.raw.as_str(), l.furniture))
        .collect();
    assert_eq!(
        flags,
        [
            ("/questions/77/why-do-tides-lag", false),
            (
                "/questions/77/why-do-tides-lag?answertab=scoredesc#tab-top",
                true
            ),
            ("/questions/77/why-do-tides-lag?tab=votes#tab-top", true),
            ("https://example.org/tide-theory", false),
            ("/questions/12/tidal-bores?tab=votes", false),
            ("/a/78", true),
            ("/users/12/ren", true),
        ]
    );
}

/// The GOV.UK fixture: breadcrumbs, a contents list of in-page links, `div.govspeak` with
/// `sup.footnote` markers `[footnote 1]` and `div.footnotes`, a `Print this page` link, a
/// `Related content` aside, `Is this page useful?`, the Crown copyright footer.
#[test]
fn the_govuk_publication_fixture() {
    let e = extract_fixture("fixtures/articles/govuk-publication.html");
    assert_eq!(
        own_urls(&e),
        [
            "https://articles.example.org/2024/#summary",
            "https://articles.example.org/2024/#what-we-restored",
            "https://articles.example.org/2024/#carbon",
            "https://www.gov.example.org/government/publications/peat-action-plan",
            "https://articles.example.org/government/publications/sphagnum-propagation-trial",
            "https://grants.example.org/peat-restoration-grant",
            "https://data.example.org/peat/restoration-areas-2024.csv",
            "https://doi.org/10.5555/ius.2024.118",
            "https://www.ipcc.example.org/publication/wetlands/",
        ]
    );
    assert_eq!(e.footnotes.len(), 4);
    let n2 = note(&e, "footnote 2");
    assert_eq!(
        n2.title.as_deref(),
        Some("Independent review of the peat restoration programme")
    );
    assert_eq!(n2.authors, ["R. Okafor", "L. Birtwhistle"]);
    assert_eq!(
        n2.publisher.as_deref(),
        Some("Institute for Upland Studies")
    );
    assert_eq!(n2.date.as_deref(), Some("November 2024"));
    assert_eq!(
        note(&e, "footnote 1").date.as_deref(),
        Some("3 February 2025")
    );
    assert!(note(&e, "footnote 3").urls.is_empty());
    assert_eq!(note(&e, "footnote 4").date.as_deref(), Some("2014"));
    assert_eq!(notes_of(&e, "held back by contractor"), ["footnote 2"]);
    assert!(quote(&e, "the bog started holding water")
        .citations
        .is_empty());
    assert_eq!(e.quotes.len(), 2);
}

/// The Quarto fixture: the title block's author link, AnchorJS heading anchors, author–date
/// citations into `div#refs`, a margin note's link, a callout, folded code with a URL in a
/// string, footnotes, the `Reuse` licence and the `Citation` appendix citing the page itself.
#[test]
fn the_quarto_html_report_fixture() {
    let e = extract_fixture("fixtures/articles/quarto-html-report.html");
    let outside: Vec<&str> = own_urls(&e)
        .into_iter()
        .filter(|u| !u.contains('#'))
        .collect();
    assert_eq!(
        outside,
        [
            "https://moths.example.org/methods/robinson-trap",
            "https://github.example.org/ifarrant/moths/issues/12",
            "https://doi.org/10.1126/sciadv.abi8322",
            "https://doi.org/10.1016/j.biocon.2011.06.004",
            "https://data.example.org/moths/sites-2024.geojson",
            "https://farrant.example.org/posts/moths-light/",
        ]
    );
    assert!(!e.links.iter().any(|l| l.url.contains("counts-2024.csv")));
    assert!(furniture(&e, "https://farrant.example.org/"));
    let boyes = note(&e, "Boyes et al. 2021");
    assert_eq!(
        boyes.title.as_deref(),
        Some("Street Lighting Has Detrimental Impacts on Local Insect Populations")
    );
    assert_eq!(boyes.publisher.as_deref(), Some("Science Advances"));
    assert_eq!(boyes.authors.len(), 5);
    assert_eq!(note(&e, "1").date, None);
    assert_eq!(
        texts(&e),
        [
            "roughly half those at unlit control sites",
            "a consistent deficit across every hedgerow pair",
        ]
    );
    assert_eq!(notes_of(&e, "roughly half"), ["Boyes et al. 2021"]);
    assert_eq!(notes_of(&e, "a consistent deficit"), ["2"]);
}

/// The Jupyter fixture (nbconvert's `jp-Cell`s): `a.anchor-link` `¶`s, URLs in code and in
/// an output cell (no links), a note written as a paragraph with a `sup`, a block quotation
/// whose source the next paragraph links.
#[test]
fn the_jupyter_notebook_fixture() {
    let e = extract_fixture("fixtures/articles/jupyter-nbconvert.html");
    assert_eq!(
        own_urls(&e),
        [
            "https://tides.example.org/stations/harwick-quay",
            "https://doi.org/10.5555/altim.2020.044",
            "https://hydro.example.org/guidance/gauge-levelling",
        ]
    );
    assert_eq!(
        e.links
            .iter()
            .filter(|l| l.text == "¶" && l.furniture)
            .count(),
        2
    );
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Coastal altimetry for tide gauge checks")
    );
    assert_eq!(n.authors, ["Marsh, T.", "Ibe, C."]);
    assert_eq!(n.urls, ["https://doi.org/10.5555/altim.2020.044"]);
    assert!(quote(&e, "re-levelled to the datum").citations.is_empty());
    assert_eq!(notes_of(&e, "within the range expected"), ["1"]);
    assert_eq!(
        url_ties(&e, "Gauges on piled quays"),
        [(
            Some("https://hydro.example.org/guidance/gauge-levelling".to_string()),
            Attribution::Following
        )]
    );
    assert_eq!(e.quotes.len(), 3);
}

/// The GitHub issue fixture: the site's header and repository tabs, the opening comment's
/// quotation through its link, a maintainer's reply quoting it back, a user mention,
/// timeline events, the sidebar and the `Sign up for free` banner.
#[test]
fn the_github_issue_page_fixture() {
    let e = extract_fixture("fixtures/articles/github-issue-page.html");
    assert_eq!(
        url_ties(&e, "contain every reading"),
        [(
            Some("https://gaugekit.example.org/docs/export.html#daily".to_string()),
            Attribution::Link
        )]
    );
    assert_eq!(e.quotes.len(), 1);
    // The writers' names over their comments and in the timeline (`a.author`) are the
    // site's; left: the opening post's avatar link (`/mrenwick`, no words) and the sidebar's
    // assignee (`/okanjo`), inside the page's `main`.
    let kept = |url: &str| {
        e.links
            .iter()
            .filter(|l| l.url == url && !l.furniture)
            .map(|l| l.text.as_str())
            .collect::<Vec<&str>>()
    };
    assert_eq!(kept("https://articles.example.org/mrenwick"), [""]);
    assert_eq!(kept("https://articles.example.org/okanjo"), ["okanjo"]);
    assert!(furniture(
        &e,
        "https://articles.example.org/join?source=comment-repo"
    ));
    assert!(!furniture(
        &e,
        "https://github.example.org/tideworks/gaugekit/commit/9f3c2ab17e04d5b6a1c0e2f3d4b5a6c7d8e9f0a1"
    ));
    assert!(!furniture(
        &e,
        "https://github.example.org/tideworks/gaugekit/issues/198"
    ));
}

/// The newsletter fixture (Beehiiv's e-mail tables): `View in browser`, the by-line,
/// tracked and redirect-wrapped links, a passage quoted in a table cell with its credit in
/// the next, a numbered list of links, the sponsor's slot, `Forward to a friend`, `Share on
/// X`, `Subscribe`, `Unsubscribe`, `Powered by beehiiv`.
#[test]
fn the_beehiiv_newsletter_fixture() {
    let e = extract_fixture("fixtures/articles/beehiiv-newsletter-archive.html");
    let own = own_urls(&e);
    assert!(own.iter().all(|u| !u.contains("beehiiv")
        && !u.contains("lockside")
        && !u.contains("unsubscribe")
        && !u.contains("/share")
        && !u.contains("authors/")));
    assert!(own.contains(&"https://heritage.example.org/listing/1003471"));
    assert!(
        own.contains(&"https://archives.example.org/catalogue/THN/1/3?utm_source=waterways-weekly")
    );
    assert!(quote(&e, "run by men who counted").citations.is_empty());
    assert_eq!(
        url_ties(&e, "the earliest surviving"),
        [(
            Some("https://heritage.example.org/listing/1003471".to_string()),
            Attribution::Link
        )]
    );
    assert_eq!(
        url_ties(&e, "stable for now"),
        [(
            Some(
                "https://restoration.example.org/bulletins/2025-01?utm_campaign=issue-41"
                    .to_string()
            ),
            Attribution::Link
        )]
    );
}
