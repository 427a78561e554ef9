//! HTML pages as publishing tools write them: page chrome told from the article, declared
//! charsets, the footnote and citation markup of blogging platforms and documentation tools.

use citecheck::model::{DocKind, Extraction};

use crate::support::extract_as;

fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// A word for page furniture in a class that says how the page is laid out, or on the page
/// itself, does not make the article furniture: `has-sidebar` on `body`, Docusaurus's
/// `navigation-with-keyboard`, MediaWiki's `…-main-menu-pinned-disabled`, `comments-enabled`
/// on `main`, `share-enabled` on `article`; nor does a navigation role on a wrapper around
/// the whole article. The real sidebar and comments stay furniture.
#[test]
fn state_classes_and_wrappers_are_not_furniture() {
    let article = "<p>The ranger said “nobody has seen the lynx here since the war”.</p>";
    for wrap in [
        "<body class=\"single-post has-sidebar\"><article>{}</article></body>",
        "<body class=\"navigation-with-keyboard\"><main><article>{}</article></main></body>",
        "<body class=\"mediawiki vector-feature-main-menu-pinned-disabled\"><main>{}</main></body>",
        "<body><main class=\"content-area comments-enabled\">{}</main></body>",
        "<body><article class=\"post share-enabled\">{}</article></body>",
        "<body><div class=\"page no-sidebar\">{}</div></body>",
        "<body><div role=\"navigation\"><article>{}</article></div></body>",
        "<body><div class=\"sidebar-wrap\"><div>{}</div></div></body>",
    ] {
        let html = wrap.replace("{}", article);
        let e = extract_as(DocKind::Html, &html);
        assert_eq!(
            texts(&e),
            ["nobody has seen the lynx here since the war"],
            "{wrap}"
        );
    }
    // Real furniture beside the article: a sidebar, a menu, comments after the post.
    let e = extract_as(
        DocKind::Html,
        "<body class=\"has-sidebar\"><div class=\"site-menu\"><p>Our motto: “always \
         outdoors, whatever the weather says”.</p></div>\
         <article><p>The ranger said “nobody has seen the lynx here since the war ended”.</p>\
         <p>More prose follows here, enough of it to be most of the page by far.</p></article>\
         <aside class=\"sidebar\"><p>Popular: “ten walks for a wet weekend in the hills”</p></aside>\
         <div id=\"comments\" class=\"comments-area\"><article class=\"comment\"><p>My \
         grandfather always said “the lynx will come back when the forest does”.</p></article></div></body>",
    );
    assert_eq!(
        texts(&e),
        ["nobody has seen the lynx here since the war ended"]
    );
    // A sidebar before the article holding post cards is furniture though it holds `article`s.
    let e = extract_as(
        DocKind::Html,
        "<body><div class=\"sidebar\"><article><p>“A short teaser for another post here”</p>\
         </article></div><main><p>The ranger said “nobody has seen the lynx here since the war \
         ended” and she went on to describe the long survey of the valley in great detail.</p>\
         </main></body>",
    );
    assert_eq!(
        texts(&e),
        ["nobody has seen the lynx here since the war ended"]
    );
}

/// A page saved in a legacy encoding declares it in a `<meta>` tag, which a local file (or
/// standard input) is read by; UTF-16 is told by its byte order mark. UTF-8 needs nothing.
#[test]
fn declared_charsets_of_local_pages() {
    let read = |bytes: &[u8]| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("page.html");
        std::fs::write(&path, bytes).expect("written");
        let doc = citecheck::input::read_path(&path, &citecheck::input::InputOptions::default())
            .expect("read");
        assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
        let e = citecheck::extract::extract(&doc, &citecheck::extract::ExtractOptions::default());
        texts(&e)
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    // windows-1252, by http-equiv: curly quotes are bytes 0x93 and 0x94.
    let cp1252 = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; \
        charset=windows-1252\"></head><body><p>The caf\xe9 owner said \x93no one orders soup \
        before the first frost\x94.</p></body></html>";
    assert_eq!(read(cp1252), ["no one orders soup before the first frost"]);
    // ISO-8859-1 (read as windows-1252, as browsers do), by `<meta charset>`.
    let latin1 = b"<meta charset=\"iso-8859-1\"><p>Elle a dit \xab la mer rend ce qu'elle \
        a pris \xbb \xe0 midi.</p>";
    assert_eq!(read(latin1), ["la mer rend ce qu'elle a pris"]);
    // Shift_JIS.
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(
        "<meta charset=\"Shift_JIS\"><p>彼は「海は奪ったものを決して返さない」と言った。</p>",
    );
    assert_eq!(read(&sjis), ["海は奪ったものを決して返さない"]);
    // UTF-16 with a byte order mark, both orders.
    let page = "<p>He said “the sea never returns what it takes” to me.</p>";
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in page.encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    assert_eq!(read(&le), ["the sea never returns what it takes"]);
    assert_eq!(read(&be), ["the sea never returns what it takes"]);
    // UTF-8 is read as UTF-8 whatever a stale declaration says.
    let utf8 = "<meta charset=\"windows-1252\"><p>She said “déjà vu, once more”.</p>";
    assert_eq!(read(utf8.as_bytes()), ["déjà vu, once more"]);
    // Undeclared legacy bytes (no UTF-8 sequence in the file): read in the encoding they
    // are in, with a warning naming it (twenty-fourth session; lossy UTF-8 before).
    let mut w = Vec::new();
    let text = citecheck::input::decode_document(b"<p>caf\xe9</p>", &mut w);
    assert_eq!(text, "<p>caf\u{e9}</p>");
    assert_eq!(w.len(), 1);
    assert!(w[0].message.contains("windows-1252"), "{}", w[0].message);
}

/// The notes, with their URLs and the places citing them.
fn notes(e: &Extraction) -> Vec<(String, Vec<String>, usize)> {
    e.footnotes
        .iter()
        .map(|n| (n.label.clone(), n.urls.clone(), n.referenced_at.len()))
        .collect()
}

/// How each quote is cited: the note's label or the URL, and how.
fn cited(e: &Extraction) -> Vec<(&str, Vec<String>)> {
    e.quotes
        .iter()
        .map(|q| {
            (
                q.text.as_str(),
                q.citations
                    .iter()
                    .map(|c| {
                        let to = c.footnote.clone().or_else(|| c.url.clone());
                        format!("{} {:?}", to.unwrap_or_default(), c.attribution)
                    })
                    .collect(),
            )
        })
        .collect()
}

/// WordPress's footnotes block links each marker to a note by an id that is no note's name
/// (a UUID), and shows its number: the marker is note `1`, tied to the list item it links
/// to, whose link back is no URL of the note. The Easy Footnotes plugin's list needs no
/// heading, and its empty link back to the top is no URL either.
#[test]
fn wordpress_footnotes() {
    let e = extract_as(
        DocKind::Html,
        "<main><p>The waiting list doubled.<sup data-fn=\"5e0c9a1e-77aa\" class=\"fn\">\
         <a href=\"#5e0c9a1e-77aa\" id=\"5e0c9a1e-77aa-link\">1</a></sup> A tenant called it \
         “a queue with a compost heap at the end of it”.<sup data-fn=\"b21f-04d3\" class=\"fn\">\
         <a href=\"#b21f-04d3\" id=\"b21f-04d3-link\">2</a></sup></p>\
         <ol class=\"wp-block-footnotes\"><li id=\"5e0c9a1e-77aa\">Northbridge Council, \
         <a href=\"https://council.example/plots.pdf\">Plot demand</a>, 2023. \
         <a href=\"#5e0c9a1e-77aa-link\" aria-label=\"Jump to footnote reference 1\">↩︎</a></li>\
         <li id=\"b21f-04d3\">Interview, 2 June 2024. <a href=\"#b21f-04d3-link\">↩︎</a></li></ol></main>",
    );
    assert_eq!(
        notes(&e),
        [
            (
                "1".to_string(),
                vec!["https://council.example/plots.pdf".to_string()],
                1
            ),
            ("2".to_string(), vec![], 1)
        ]
    );
    assert_eq!(
        cited(&e),
        [(
            "a queue with a compost heap at the end of it",
            vec!["2 MarkerAfter".to_string()]
        )]
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let e = extract_as(
        DocKind::Html,
        "<p>The log reads “fog so thick the lamp lit only itself”.<span class=\"easy-footnote\">\
         <a href=\"https://keepers.example/log/#easy-footnote-bottom-1-9\"><sup>1</sup></a></span></p>\
         <ol class=\"easy-footnotes-wrapper\"><li class=\"easy-footnote-single\">\
         <span id=\"easy-footnote-bottom-1-9\"></span>Lighthouse Board, <em>Keepers’ Logs</em>, \
         1998.<a class=\"easy-footnote-to-top\" href=\"https://keepers.example/log/#easy-footnote-1-9\">\
         </a></li></ol>",
    );
    assert_eq!(notes(&e), [("1".to_string(), vec![], 1)]);
    assert_eq!(
        cited(&e)[0],
        (
            "fog so thick the lamp lit only itself",
            vec!["1 MarkerAfter".to_string()]
        )
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// A link within the page to an element that is no note (a heading named `fn-policy`, the
/// hidden `footnote-label` heading Docusaurus puts over its notes) is a link, not a footnote
/// marker with no note; a link to a note still is one.
#[test]
fn links_to_headings_named_like_notes_are_links() {
    let e = extract_as(
        DocKind::Html,
        "<nav><a href=\"#fn-policy\">Policy</a> <a href=\"#footnote-style\">Style</a></nav>\
         <p>Read <a href=\"#fn-policy\">our footnote policy</a> first. A claim.<sup>\
         <a href=\"#fn1\" id=\"fnref1\">1</a></sup></p>\
         <h2 id=\"fn-policy\">Footnote policy</h2><p>We cite everything.</p>\
         <h2 id=\"footnote-style\">Footnote style</h2><p>Chicago.</p>\
         <section class=\"footnotes\"><h2 class=\"sr-only\" id=\"footnote-label\">Footnotes\
         <a href=\"#footnote-label\" class=\"hash-link\">#</a></h2><ol><li id=\"fn1\"><p>The \
         only note. <a href=\"#fnref1\">↩</a></p></li></ol></section>",
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(notes(&e), [("1".to_string(), vec![], 1)]);
    let in_page = e.links.iter().filter(|l| l.url.contains("#f")).count();
    assert_eq!(in_page, 4, "{:?}", e.links);
}

/// An embedded post (a tweet, an Instagram post) and a link card (Ghost's bookmark card) are
/// not the article's quotations; their links are still links.
#[test]
fn embeds_are_not_quotations() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>The mayor said “the hall stays open for as long as I am here”.</p>\
         <blockquote class=\"twitter-tweet\"><p>Packed gallery tonight for the vote on the old \
         hall, never seen it so full <a href=\"https://t.co/abc\">pic</a></p>&mdash; Watch \
         (@watch) <a href=\"https://twitter.com/watch/status/1\">May 1, 2024</a></blockquote>\
         <blockquote class=\"instagram-media\"><div><a href=\"https://www.instagram.com/p/x/\">\
         “Saturday queue, 1962, a line that went round the block twice”</a></div></blockquote>\
         <figure class=\"kg-card kg-bookmark-card\"><a class=\"kg-bookmark-container\" \
         href=\"https://bakers.example/guide\"><div class=\"kg-bookmark-title\">The “Slow Rise” \
         Guide</div><div class=\"kg-bookmark-description\">“Everything you need to know about \
         proving dough overnight.”</div></a></figure></article>",
    );
    assert_eq!(texts(&e), ["the hall stays open for as long as I am here"]);
    for url in [
        "https://t.co/abc",
        "https://twitter.com/watch/status/1",
        "https://www.instagram.com/p/x/",
        "https://bakers.example/guide",
    ] {
        assert!(e.links.iter().any(|l| l.url == url), "{url}");
    }
}

/// Mastodon's embed code is a block quotation holding only the platform's placeholder ("Post
/// by @user@server", "View on Mastodon") and a link to the post; Facebook's wraps the post's
/// text in a `fb-post` box. Neither is the article's quotation (Mastodon's placeholder was
/// reported as one); the links are still links.
#[test]
fn mastodon_and_facebook_embeds_are_not_quotations() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>The warden said the path “will reopen after the spring tides”.</p>\
         <blockquote class=\"mastodon-embed\" data-embed-url=\"https://social.example/@warden/42/embed\" \
         style=\"margin: 0;\"><a href=\"https://social.example/@warden/42\" target=\"_blank\">\
         <svg viewBox=\"0 0 79 75\"><path d=\"M63 45Z\"/></svg> <div>Post by @warden@social.example</div> \
         <div>View on Mastodon</div></a></blockquote>\
         <div class=\"fb-post\" data-href=\"https://www.facebook.com/dunes/posts/7\">\
         <blockquote cite=\"https://www.facebook.com/dunes/posts/7\" class=\"fb-xfbml-parse-ignore\">\
         <p>Dune path closed this weekend while the fencing is repaired.</p>Posted by \
         <a href=\"https://www.facebook.com/dunes\">Dunes Trust</a></blockquote></div></article>",
    );
    assert_eq!(texts(&e), ["will reopen after the spring tides"]);
    for url in [
        "https://social.example/@warden/42",
        "https://www.facebook.com/dunes",
    ] {
        assert!(e.links.iter().any(|l| l.url == url), "{url}");
    }
}

/// A block quotation's attribution (`<cite>`, `<footer>`, a last `— Name` paragraph, a
/// trailing `— Name` after its last sentence) is no part of the quotation, and a link in it
/// cites the quotation; so does a `— Name` paragraph right after a quotation.
#[test]
fn block_quotation_attributions() {
    let cases = [
        "<blockquote class=\"wp-block-quote\"><p>Every council should keep a register of \
         demand for plots.</p><cite>Growing Review, <a href=\"https://gov.example/r\">the \
         ministry</a></cite></blockquote>",
        "<blockquote><p>Every council should keep a register of demand for plots.</p>\
         <footer>— <cite><a href=\"https://gov.example/r\">Growing Review</a></cite></footer>\
         </blockquote>",
        "<blockquote><p>Every council should keep a register of demand for plots.</p>\
         <p>— Growing Review, <a href=\"https://gov.example/r\">the ministry</a></p></blockquote>",
        "<blockquote>Every council should keep a register of demand for plots. — the \
         <a href=\"https://gov.example/r\">Growing Review</a></blockquote>",
        "<p>“Every council should keep a register of demand for plots.”</p>\
         <p>— An officer, speaking to <a href=\"https://gov.example/r\">the Courier</a></p>",
    ];
    for html in cases {
        let e = extract_as(DocKind::Html, html);
        assert_eq!(
            cited(&e),
            [(
                "Every council should keep a register of demand for plots.",
                vec!["https://gov.example/r Link".to_string()]
            )],
            "{html}"
        );
    }
    // A dash inside the quotation's own sentence is its text.
    let e = extract_as(
        DocKind::Html,
        "<blockquote><p>We waited — all of us — for the water to fall again.</p></blockquote>",
    );
    assert_eq!(
        texts(&e),
        ["We waited — all of us — for the water to fall again."]
    );
}

/// Pandoc's citeproc without `link-citations` marks a citation with the keys it cites
/// (`data-cites`), and each entry of the bibliography with `ref-` and its key: the citation
/// is tied to its entry, and backs a quote before it with the entry's URL.
#[test]
fn pandoc_citations_without_links() {
    let e = extract_as(
        DocKind::Html,
        "<p>Marshes bury carbon fast <span class=\"citation\" data-cites=\"lind2019\">(Lind \
         2019)</span>. A review found that “per hectare, wetlands outdo every forest studied” \
         <span class=\"citation\" data-cites=\"lind2019 okoro2020\">(Lind 2019, 553; Okoro \
         2020)</span>.</p>\
         <div id=\"refs\" class=\"references csl-bib-body\" role=\"list\">\
         <div id=\"ref-lind2019\" class=\"csl-entry\" role=\"listitem\">Lind, Tove. 2019. \
         <em>Blue Carbon</em>. Marsh Press. <a href=\"https://doi.org/10.9/lind\">\
         https://doi.org/10.9/lind</a>.</div>\
         <div id=\"ref-okoro2020\" class=\"csl-entry\" role=\"listitem\">Okoro, Ada. 2020. \
         <em>Tides</em>. Shore Books.</div></div>",
    );
    assert_eq!(
        notes(&e),
        [
            (
                "lind2019".to_string(),
                vec!["https://doi.org/10.9/lind".to_string()],
                2
            ),
            ("okoro2020".to_string(), vec![], 1)
        ]
    );
    assert_eq!(
        cited(&e),
        [(
            "per hectare, wetlands outdo every forest studied",
            vec![
                "lind2019 MarkerAfter".to_string(),
                "okoro2020 MarkerAfter".to_string()
            ]
        )]
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Docutils' older footnotes and citations are tables (`table.docutils.footnote`,
/// `table.docutils.citation`, cited by `a.citation-reference`); its `dl.footnote` shows the
/// number in a `dt` and the text in the `dd` after it. Each is a note with its text and URL.
#[test]
fn docutils_tables_and_definition_lists() {
    let e = extract_as(
        DocKind::Html,
        "<p>She said &quot;a graft taken in frost never forgives the hand&quot; \
         <a class=\"footnote-reference\" href=\"#id3\" id=\"id1\">[1]</a>, and the leaflet \
         agrees <a class=\"citation-reference\" href=\"#rhs2019\" id=\"id2\">[RHS2019]</a>.</p>\
         <table class=\"docutils footnote\" frame=\"void\" id=\"id3\" rules=\"none\"><tbody>\
         <tr><td class=\"label\"><a class=\"fn-backref\" href=\"#id1\">[1]</a></td>\
         <td>Family letters, <a href=\"https://letters.example/1962\">archive</a>, 1962.</td></tr>\
         </tbody></table>\
         <table class=\"docutils citation\" frame=\"void\" id=\"rhs2019\" rules=\"none\"><tbody>\
         <tr><td class=\"label\"><a class=\"fn-backref\" href=\"#id2\">[RHS2019]</a></td>\
         <td>Horticultural Society, <em>Grafting</em>, 2019.</td></tr></tbody></table>",
    );
    assert_eq!(
        notes(&e),
        [
            (
                "1".to_string(),
                vec!["https://letters.example/1962".to_string()],
                1
            ),
            ("rhs2019".to_string(), vec![], 1)
        ]
    );
    assert_eq!(
        cited(&e),
        [(
            "a graft taken in frost never forgives the hand",
            vec!["1 MarkerAfter".to_string()]
        )]
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let e = extract_as(
        DocKind::Html,
        "<p>The rule: &quot;never open both gates, whatever the boater says.&quot;\
         <a class=\"footnote-reference brackets\" href=\"#id2\" id=\"id1\">1</a></p>\
         <dl class=\"footnote brackets\"><dt class=\"label\" id=\"id2\"><span class=\"brackets\">\
         <a class=\"fn-backref\" href=\"#id1\">1</a></span></dt>\
         <dd><p>Canal Trust, <em>Handbook</em>, 2020, <a class=\"reference external\" \
         href=\"https://canal.example/handbook\">canal.example/handbook</a>.</p></dd></dl>",
    );
    assert_eq!(
        notes(&e),
        [(
            "1".to_string(),
            vec!["https://canal.example/handbook".to_string()],
            1
        )]
    );
    assert_eq!(
        e.footnotes[0].text,
        "Canal Trust, Handbook, 2020, canal.example/handbook."
    );
    assert_eq!(
        cited(&e),
        [(
            "never open both gates, whatever the boater says.",
            vec!["1 MarkerAfter".to_string()]
        )]
    );
    // Sphinx: a citation entry (`div.citation`, `doc-biblioentry`) cited by an internal link
    // shown as `[WIRTH76]`.
    let e = extract_as(
        DocKind::Html,
        "<p>Recovery follows “a parser should never give up on the first error” \
         <a class=\"reference internal\" href=\"#wirth76\" id=\"id2\"><span>[WIRTH76]</span></a>. \
         See <a class=\"reference internal\" href=\"#usage\">[usage]</a>.</p>\
         <h2 id=\"usage\">Usage</h2><div role=\"list\" class=\"citation-list\">\
         <div class=\"citation\" id=\"wirth76\" role=\"doc-biblioentry\"><span class=\"label\">\
         <span class=\"fn-bracket\">[</span><a role=\"doc-backlink\" href=\"#id2\">WIRTH76</a>\
         <span class=\"fn-bracket\">]</span></span><p>Niklaus Wirth, <em>Programs</em>, \
         <a href=\"https://books.example/wirth\">Prentice-Hall</a>, 1976.</p></div></div>",
    );
    assert_eq!(
        notes(&e),
        [(
            "wirth76".to_string(),
            vec!["https://books.example/wirth".to_string()],
            1
        )]
    );
    assert_eq!(
        cited(&e),
        [(
            "a parser should never give up on the first error",
            vec!["wirth76 MarkerAfter".to_string()]
        )]
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Tufte CSS numbers a sidenote with a CSS counter on an empty `label` and writes its text
/// in a `span.sidenote` inside the paragraph: a marker and its note; a margin note is not one.
#[test]
fn tufte_sidenotes() {
    let e = extract_as(
        DocKind::Html,
        "<article><section><p>Tufte argues that “above all else show the data, and little \
         else”.<label for=\"sn-1\" class=\"margin-toggle sidenote-number\"></label>\
         <input type=\"checkbox\" id=\"sn-1\" class=\"margin-toggle\"/><span class=\"sidenote\">\
         Edward Tufte, <em>Visual Display</em>, 1983, <a href=\"https://books.example/vd\">\
         books.example</a>.</span> Margin notes<label for=\"mn-1\" class=\"margin-toggle\">\
         &#8853;</label><input type=\"checkbox\" id=\"mn-1\" class=\"margin-toggle\"/>\
         <span class=\"marginnote\">An aside.</span> are unnumbered.</p></section></article>",
    );
    assert_eq!(
        notes(&e),
        [(
            "1".to_string(),
            vec!["https://books.example/vd".to_string()],
            1
        )]
    );
    assert_eq!(
        cited(&e),
        [(
            "above all else show the data, and little else",
            vec!["1 MarkerAfter".to_string()]
        )]
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// A page of several posts, each with its own `fn:1` (Hugo, Jekyll list pages): each post's
/// marker goes to the note in its own post, and no note is "defined twice". A label defined
/// twice with no marker between is a duplicate, warned about.
#[test]
fn several_posts_each_with_its_own_notes() {
    let post = |title: &str, said: &str, note: &str, url: &str| {
        format!(
            "<article class=\"post\"><h2>{title}</h2>\
             <p>They said “{said}”.<sup id=\"fnref:1\"><a href=\"#fn:1\" \
             class=\"footnote-ref\">1</a></sup></p>\
             <div class=\"footnotes\"><hr><ol><li id=\"fn:1\"><p>{note}, \
             <a href=\"{url}\">{url}</a>. <a href=\"#fnref:1\" \
             class=\"footnote-backref\">↩</a></p></li></ol></div></article>\n"
        )
    };
    let page = format!(
        "<!DOCTYPE html><html><body><main>\n{}{}</main></body></html>",
        post(
            "Ferry",
            "the tide keeps better time than any clock in the village",
            "Ferry log, 1911",
            "https://ferry.example.org/log"
        ),
        post(
            "Bakery",
            "bread is just patience that you can eat for breakfast",
            "Bakery interview, 2020",
            "https://bakery.example.org/talk"
        ),
    );
    let e = extract_as(DocKind::Html, &page);
    let cited: Vec<(&str, Option<&str>)> = e
        .quotes
        .iter()
        .map(|q| {
            (
                q.text.as_str(),
                q.citations.first().and_then(|c| c.url.as_deref()),
            )
        })
        .collect();
    assert_eq!(
        cited,
        [
            (
                "the tide keeps better time than any clock in the village",
                Some("https://ferry.example.org/log")
            ),
            (
                "bread is just patience that you can eat for breakfast",
                Some("https://bakery.example.org/talk")
            ),
        ]
    );
    assert_eq!(e.footnotes.len(), 2);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Regression: an `<article>` was never furniture whatever its class, so readers' comments
/// and related posts marked up as articles (`<article class="comment">`) gave the page
/// quotations; a state flag on an article (`share-enabled`) still makes it no furniture.
#[test]
fn articles_that_are_comments_or_related_posts_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article class=\"post\"><p>The mayor said “the hall stays open for \
         as long as I am here, whatever happens”.</p></article><article class=\"comment\"><p>\
         Reader wrote: “this article is total rubbish from start to end”</p></article>\
         <article class=\"related-post\"><p>Also: “another quoted thing from a related story \
         here”</p></article><article class=\"post share-enabled\"><p>She said “we will not be \
         moved from this place by anyone”.</p></article></main></body></html>",
    );
    assert_eq!(
        texts(&e),
        [
            "the hall stays open for as long as I am here, whatever happens",
            "we will not be moved from this place by anyone",
        ]
    );
}

/// Regression: a pull quote was told by `pullquote` anywhere in a class, so Medium's
/// paragraph after one (`graf-after--pullquote`, naming its neighbour) was dropped as if it
/// were the pull quote. Pull quotes themselves, however named, are still furniture.
#[test]
fn the_paragraph_after_a_pull_quote_is_content() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article>\
         <blockquote class=\"graf graf--pullquote graf-after--p\">“We had a product. We never \
         had a market.”</blockquote>\
         <p class=\"graf graf--p graf-after--pullquote\">In the final board update she wrote \
         that we had been “too polite to our own assumptions and plans”, which was kind.</p>\
         <aside class=\"wp-block-pullquote\"><p>“A pull quote repeats the article's words \
         here”</p></aside>\
         <div class=\"pullquote--large\"><p>“Another pull quote repeats the article's words”</p></div>\
         <p class=\"graf graf--p graf-after--p\">Her memo said the plan was “a good idea \
         executed in the wrong year” and moved on.</p></article></body></html>",
    );
    assert_eq!(
        texts(&e),
        [
            "too polite to our own assumptions and plans",
            "a good idea executed in the wrong year"
        ]
    );
}

/// Regression: a range of notes written as two links joined by a dash in one `<sup>` (how
/// journals write `7–9`) cited its ends only, and note 8 was "never referenced". A comma
/// between the links is a list, not a range.
#[test]
fn a_superscript_range_of_two_links_cites_the_notes_between() {
    let page = |sep: &str| {
        format!(
            "<html><body><article><p>Airborne fibres &ldquo;can settle on an open sample within \
             minutes&rdquo;<sup><a href=\"#r7\">7</a>{sep}<a href=\"#r9\">9</a></sup>.</p>\
             <h2>References</h2><ol start=\"7\"><li id=\"r7\">Wesch C. 2017.</li><li id=\"r8\">\
             Dris R. 2015.</li><li id=\"r9\">Woodall LC. 2015.</li></ol></article></body></html>"
        )
    };
    for sep in ["&ndash;", "-", " – "] {
        let e = extract_as(DocKind::Html, &page(sep));
        assert_eq!(
            cited(&e),
            [(
                "can settle on an open sample within minutes",
                vec![
                    "7 MarkerAfter".to_string(),
                    "8 MarkerAfter".to_string(),
                    "9 MarkerAfter".to_string()
                ]
            )],
            "{sep}"
        );
        assert!(e.warnings.is_empty(), "{sep}: {:?}", e.warnings);
        assert_eq!(notes(&e).iter().map(|n| n.2).collect::<Vec<_>>(), [1, 1, 1]);
    }
    let e = extract_as(DocKind::Html, &page(", "));
    assert_eq!(
        cited(&e)[0].1,
        ["7 MarkerAfter".to_string(), "9 MarkerAfter".to_string()]
    );
}

/// Regression: an embedded post in a Markdown file's HTML block was reported as a quotation
/// citing its own links: the block's only text, it passed for the page laid out under a
/// misleading name. An embed is furniture whatever it holds, in Markdown as in HTML (and a
/// page that is nothing but one).
#[test]
fn embeds_in_markdown_are_not_quotations() {
    let tweet = "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">Further heavy \
                 rain is expected across Wales and the West Midlands tonight. Stay up to date \
                 with warnings in your area. <a href=\"https://t.co/abc123\">https://t.co/abc123\
                 </a></p>&mdash; Met Office (@metoffice) <a href=\"https://twitter.com/metoffice/\
                 status/1790000000000000000\">May 14, 2024</a></blockquote>";
    let md = format!("Forecasters expect more rain.\n\n{tweet}\n\nThe ground is saturated.\n");
    let e = extract_as(DocKind::Markdown, &md);
    assert!(e.quotes.is_empty(), "{:?}", texts(&e));
    assert_eq!(e.links.len(), 2, "{:?}", e.links);
    let insta = "Before.\n\n<blockquote class=\"instagram-media\"><div><a href=\
                 \"https://www.instagram.com/p/x/\">“Saturday queue, 1962, a line that went \
                 round the block twice”</a></div></blockquote>\n\nAfter.\n";
    let e = extract_as(DocKind::Markdown, insta);
    assert!(e.quotes.is_empty(), "{:?}", texts(&e));
    let e = extract_as(DocKind::Html, tweet);
    assert!(e.quotes.is_empty(), "{:?}", texts(&e));
    // A quotation in Markdown's own HTML block is still one.
    let e = extract_as(
        DocKind::Markdown,
        "Intro.\n\n<blockquote><p>Every council should keep a register of demand for plots.\
         </p></blockquote>\n",
    );
    assert_eq!(
        texts(&e),
        ["Every council should keep a register of demand for plots."]
    );
}

/// Regression: Ghost's "Read more" block after the post (`<aside class="read-more-wrap">`,
/// inside `main`) gave the page a related post's title as a quotation.
#[test]
fn ghost_read_more_block_is_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article class=\"post\"><section class=\"gh-content\"><p>The editor \
         wrote that the paper had &ldquo;outlived its business model by about fifteen \
         years.&rdquo;</p></section></article>\
         <aside class=\"read-more-wrap outer\"><h3>Read more</h3><article class=\"post-card\">\
         <h3 class=\"post-card-title\">&ldquo;We are the last ones here&rdquo;: a night with \
         the Merthyr volunteers</h3></article></aside>\
         <section class=\"read-next-feed\"><h3>&ldquo;Night buses are our lifeline&rdquo;, \
         say the riders</h3></section></main></body></html>",
    );
    assert_eq!(
        texts(&e),
        ["outlived its business model by about fifteen years."]
    );
}

/// A Google Docs export's block quotation: a paragraph indented by a class of the page's own
/// `<style>`. It is a quotation, here introduced by a sentence ending with a note marker.
/// Not: an indent most paragraphs have, a hanging indent, a list, or a page that is no
/// Google Docs export.
#[test]
fn google_docs_indented_paragraphs_are_block_quotations() {
    let page = |style: &str, body_class: &str, extra: &str| {
        format!(
            "<html><head><style type=\"text/css\">{style}</style></head><body class=\
             \"{body_class}\"><p class=\"c2\"><span>The operator&rsquo;s position is set out \
             in a letter to councillors:</span><sup><a href=\"#ftnt1\" id=\"ftnt_ref1\">[1]</a>\
             </sup></p><p class=\"c2 c0\"><span>We cannot run a service at a loss \
             indefinitely. If the county will meet the shortfall, the N27 can be back on the \
             road within a month.</span></p>{extra}<hr><div><p><a href=\"#ftnt_ref1\" \
             id=\"ftnt1\">[1]</a><span>&nbsp;Letter from Redline Coaches, 9 January \
             2024.</span></p></div></body></html>"
        )
    };
    let quote = "We cannot run a service at a loss indefinitely. If the county will meet the \
                 shortfall, the N27 can be back on the road within a month.";
    let e = extract_as(
        DocKind::Html,
        &page(".c0{margin-left:36pt;margin-right:36pt}", "doc-content", ""),
    );
    assert_eq!(cited(&e), [(quote, vec!["1 IntroMarker".to_string()])]);
    // Google Docs' usual style sheet, with no other mark of the export.
    let e = extract_as(
        DocKind::Html,
        &page(
            ".c2{padding-top:0pt;line-height:1.15}.c0{margin-left:36pt}.c3{font-weight:700}",
            "c5",
            "<p class=\"c2\">More prose after it.</p>",
        ),
    );
    assert_eq!(cited(&e), [(quote, vec!["1 IntroMarker".to_string()])]);
    // Two indented paragraphs in a row are one quotation.
    let e = extract_as(
        DocKind::Html,
        &page(
            ".c0{margin-left:36pt}",
            "doc-content",
            "<p class=\"c0\">We have written to the county twice already.</p>\
             <p class=\"c2\">The county has not answered.</p><p class=\"c2\">Nor has the \
             minister.</p>",
        ),
    );
    assert_eq!(e.quotes.len(), 1, "{:?}", texts(&e));
    assert!(
        e.quotes[0].text.ends_with("twice already."),
        "{:?}",
        texts(&e)
    );
    // Not quotations: a hanging indent, a left margin of zero, a page that is no Google Docs
    // export, an indent most of the page's paragraphs have.
    for (style, body_class) in [
        (".c0{margin-left:36pt;text-indent:-36pt}", "doc-content"),
        (".c0{margin-left:0pt}", "doc-content"),
        (".c0{margin-left:36pt}", "post"),
        (".c0{margin-left:36pt}.c2{margin-left:36pt}", "doc-content"),
    ] {
        let html = page(style, body_class, "").replace("id=\"ftnt", "id=\"note");
        let html = if body_class == "post" {
            html.replace("#ftnt", "#note")
        } else {
            html
        };
        let e = extract_as(DocKind::Html, &html);
        assert!(e.quotes.is_empty(), "{style}: {:?}", texts(&e));
    }
    // A list item indented by its class is no quotation.
    let e = extract_as(
        DocKind::Html,
        "<html><head><style>.c1{margin-left:36pt;padding-left:0pt}.c2{}.c3{}</style></head>\
         <body><p class=\"c2\">Three things happened this week in the town.</p><ul><li \
         class=\"c1\"><p class=\"c1\">The bus to the hospital was cut back to two a day \
         from Monday.</p></li></ul><p class=\"c2\">That is all.</p></body></html>",
    );
    assert!(e.quotes.is_empty(), "{:?}", texts(&e));
}

/// AsciiDoc's quote block (`____` around it, a `[quote, Author, Source]` line before it) in
/// a text file is a block quotation; the attribute line and the delimiters are no text. A
/// line of underscores ruling off text (no `[quote]` line, not four, or never closed) is not.
#[test]
fn asciidoc_quote_blocks_in_plain_text() {
    let e = extract_as(
        DocKind::Text,
        "Intro line.\n\n[quote, Sidney Dekker, The Field Guide to Understanding 'Human Error']\n\
         ____\nHuman error is not the cause of trouble. It is a symptom of trouble deeper\n\
         inside the system.\n____\n\nAfter the quote.\n",
    );
    assert_eq!(
        texts(&e),
        ["Human error is not the cause of trouble. It is a symptom of trouble deeper inside the system."]
    );
    assert!(e.quotes[0].citations.is_empty());
    // Paragraphs inside the block are the quotation's; a longer delimiter after `[quote]`.
    let e = extract_as(
        DocKind::Text,
        "[quote]\n______\nThe first paragraph of the quotation runs on here.\n\nAnd the \
         second paragraph closes it.\n______\nAfter it, prose.\n",
    );
    assert_eq!(
        texts(&e),
        [
            "The first paragraph of the quotation runs on here. And the second paragraph closes it."
        ]
    );
    for text in [
        "Signed.\n\n________________\nNot a quotation, a signature block follows.\n\
         ________________\n",
        "____\nNever closed, so nothing is quoted here at all.\n",
    ] {
        let e = extract_as(DocKind::Text, text);
        assert!(e.quotes.is_empty(), "{text}: {:?}", texts(&e));
    }
}

/// A footnote's text shown again beside its marker, as a popup or a hidden copy (a
/// `role="tooltip"` or `footnote-popup` span in the marker's `<sup>`, littlefoot's popover
/// after it, a `footnote-text` span, a `hidden` or `display:none` span) is no text of the paragraph: the quotation
/// ends before it, is cited by the note, not by the popup's link, and the next quotation
/// stays apart. The same classes and attributes away from a marker are left alone.
#[test]
fn footnote_popups_beside_markers_are_not_text() {
    let note = "<div class=\"footnotes\"><ol><li id=\"fn-1\"><p>Ofgem, call for input, 2024. \
                <a href=\"https://ofgem.example.gov.uk/ci\">ofgem.gov.uk</a> \
                <a href=\"#fnref-1\">↩</a></p></li></ol></div>";
    for popup in [
        "<sup><a href=\"#fn-1\" id=\"fnref-1\">[1]</a><span class=\"footnote-popup\" \
         role=\"tooltip\">Ofgem, call for input, 2024. <a href=\"https://ofgem.example.gov.uk/ci\">\
         ofgem.gov.uk</a></span></sup>",
        "<sup><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup> <span class=\"littlefoot__popover\">\
         Ofgem, call for input, 2024. <a href=\"https://ofgem.example.gov.uk/ci\">x</a></span>",
        "<span class=\"footnote\"><sup><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup><span \
         class=\"footnote-text\">Ofgem, call for input, 2024. \
         <a href=\"https://ofgem.example.gov.uk/ci\">x</a></span></span>",
        "<sup><a href=\"#fn-1\" id=\"fnref-1\">1</a><span hidden>Ofgem, call for input. \
         <a href=\"https://ofgem.example.gov.uk/ci\">x</a></span></sup>",
        "<sup><a href=\"#fn-1\" id=\"fnref-1\">1</a><span style=\"display: none\">Ofgem. \
         <a href=\"https://ofgem.example.gov.uk/ci\">x</a></span></sup>",
    ] {
        let html = format!(
            "<p>The regulator wants to make sure that \"customers who use very little energy \
             are not paying a disproportionate share\"{popup}. Critics said \"the standing \
             charge still punishes the poorest\".</p>{note}"
        );
        let e = extract_as(DocKind::Html, &html);
        assert_eq!(
            cited(&e),
            [
                (
                    "customers who use very little energy are not paying a disproportionate share",
                    vec!["1 MarkerAfter".to_string()]
                ),
                ("the standing charge still punishes the poorest", vec![])
            ],
            "{popup}"
        );
        assert_eq!(
            notes(&e),
            [(
                "1".to_string(),
                vec!["https://ofgem.example.gov.uk/ci".to_string()],
                1
            )],
            "{popup}"
        );
    }
    // Not beside a marker: a tooltip's text, a hidden span's, are the paragraph's.
    let e = extract_as(
        DocKind::Html,
        "<p>The minister said <span class=\"tooltip\">\"we will not back down on this\"</span> \
         and <span aria-hidden=\"true\">\"nothing more will be said today\"</span>.</p>",
    );
    assert_eq!(
        texts(&e),
        [
            "we will not back down on this",
            "nothing more will be said today"
        ]
    );
    // What opens a popup is a word of the sentence, even right after a marker: a
    // `has-tooltip` or `tooltip-trigger` span's quotation is the paragraph's.
    for trigger in ["has-tooltip", "tooltip-trigger", "popover-toggle"] {
        let html = format!(
            "<p>The regulator said \"standing charges will be reviewed every spring\"\
             <sup><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup> <span class=\"{trigger}\">\
             \"the poorest households pay the most per unit\"</span>.</p>{note}"
        );
        let e = extract_as(DocKind::Html, &html);
        assert_eq!(
            texts(&e),
            [
                "standing charges will be reviewed every spring",
                "the poorest households pay the most per unit"
            ],
            "{trigger}"
        );
    }
}

/// MediaWiki's explanatory notes (`{{efn}}`, a `group`): the marker shows `[note 1]` and
/// links to `#cite_note-nb1-5`; the note is named as the page shows it, `note 1`, not by its
/// id. Numbered references keep their numbers.
#[test]
fn wikipedia_note_groups_are_named_as_shown() {
    let e = extract_as(
        DocKind::Html,
        "<div class=\"mw-parser-output\"><p>The founder called it \"cheap, light and forgiving to \
         every beginner\".<sup id=\"cite_ref-nb1_5-0\" class=\"reference\"><a href=\"#cite_note-nb1-5\">\
         <span class=\"cite-bracket\">&#91;</span>note 1<span class=\"cite-bracket\">&#93;</span>\
         </a></sup> Later it was \"a lot heavier than advertised\".<sup id=\"cite_ref-6\" \
         class=\"reference\"><a href=\"#cite_note-6\">[6]</a></sup></p>\
         <div class=\"reflist reflist-lower-alpha\"><ol class=\"references\">\
         <li id=\"cite_note-nb1-5\"><span class=\"mw-cite-backlink\"><b>\
         <a href=\"#cite_ref-nb1_5-0\">^</a></b></span> <span class=\"reference-text\">Quoted in \
         the festival's 2014 programme, p. 2.</span></li></ol></div>\
         <div class=\"reflist\"><ol class=\"references\"><li id=\"cite_note-6\">\
         <span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-6\">^</a></b></span> \
         <span class=\"reference-text\">Review, 2016.</span></li></ol></div></div>",
    );
    assert_eq!(
        notes(&e),
        [
            ("note 1".to_string(), vec![], 1),
            ("6".to_string(), vec![], 1)
        ]
    );
    assert_eq!(
        cited(&e),
        [
            (
                "cheap, light and forgiving to every beginner",
                vec!["note 1 MarkerAfter".to_string()]
            ),
            (
                "a lot heavier than advertised",
                vec!["6 MarkerAfter".to_string()]
            )
        ]
    );
}

/// Regression: Substack wraps a post in `<article class="typography newsletter-post post">`,
/// and `newsletter` made the whole post furniture: every quotation was lost. An article
/// classed as the post or entry it is stays content; a related post or a sign-up box
/// (`newsletter-signup`) inside it is still furniture.
#[test]
fn a_substack_post_is_content() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article class=\"typography newsletter-post post\">\
         <div class=\"available-content\"><div class=\"body markup\">\
         <p>The council's <a href=\"https://city.example.gov/monitoring\">monitoring report</a> \
         admits uptake has been “well below projections in every year since adoption”.</p>\
         <div class=\"newsletter-signup\"><p>“Join thousands of readers who get this letter \
         every week”</p></div></div></div></article>\
         <article class=\"related-post\"><p>Also: “another quoted thing from a related story \
         here”</p></article></body></html>",
    );
    assert_eq!(
        texts(&e),
        ["well below projections in every year since adoption"]
    );
    assert_eq!(
        e.quotes[0].citations[0].url.as_deref(),
        Some("https://city.example.gov/monitoring")
    );
}

/// Positions come from where the tokenizer read each piece of text, not from finding the
/// text again in the source: after a reference that decodes to two characters
/// (`&NotEqualTilde;`), a bare `&` followed later by a `;` (`AT&T;`), a NUL, a comment
/// inside the quotation and a lone carriage return, every quotation is at its own opening
/// mark. Found again, the rest of a paragraph after such a place was put at one position.
#[test]
fn positions_follow_the_tokenizer_past_references_and_odd_bytes() {
    let src = "<p>Bare \0nul then &ldquo;a quoted passage after nul&rdquo; and more.</p>\r\
               <p>Lone cr &ldquo;a quoted passage <!-- c -->after lone cr&rdquo; end.</p>\
               <p>Two &NotEqualTilde; then &ldquo;a quoted passage after double&rdquo; end.</p>\
               <p>AT&T; then &ldquo;a quoted passage after att&rdquo; end.</p>";
    let e = extract_as(DocKind::Html, src);
    let opening: Vec<usize> = src.match_indices("&ldquo;").map(|(i, _)| i).collect();
    assert_eq!(e.quotes.len(), 4, "{:#?}", e.quotes);
    for (q, at) in e.quotes.iter().zip(opening) {
        // The lone `\r` ends line 1, as in a browser and an editor (twenty-seventh session).
        let head = &src[..at];
        let line_start = head.rfind('\r').map_or(0, |i| i + 1);
        assert_eq!(q.line, 1 + head.matches('\r').count(), "{q:#?}");
        assert_eq!(q.column, src[line_start..at].chars().count() + 1, "{q:#?}");
    }
    assert_eq!(e.quotes[1].line, 2);
    assert!(
        e.quotes[1].text.ends_with("after lone cr"),
        "{:#?}",
        e.quotes[1]
    );
}
