//! The sixtieth session's held-out evaluation of HTML articles: a WordPress post's and a news
//! story's own row of categories and tags, a box of other stories headed `Read next` set in
//! the story, a Google Docs export's italic titles, a Vancouver title with a subtitle, a
//! committee report's session and paper number; and
//! the two fixture articles kept from it.

use citecheck::model::{DocKind, LinkKind};

use crate::support::{
    extract_as, extract_fixture, extract_markdown, furniture, note, notes_of, quote, texts, urls_of,
};

/// WordPress writes the post's byline and its categories and tags inside the `article`
/// (`div.entry-meta`, `footer.entry-footer` with `span.cat-links` and `span.tags-links`), a
/// news site its tags in a `ul.tags` under the story: their links are the site's pages of
/// the author, category and tag, not the article's sources. They were kept as the story's
/// (furniture inside the story holds its links), so a dead tag page failed a live article.
/// A link in the story's own text stays the article's.
#[test]
fn a_posts_categories_and_tags_are_the_sites_inside_the_article() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><header><h1>Waiting lists</h1>\n\
         <div class=\"entry-meta\">Posted on 11 April by <a href=\"https://blog.example.org/\
         author/maeve/\">Maeve</a></div></header>\n\
         <div class=\"entry-content\"><p>A survey by the <a href=\"https://example.org/trust\">\
         land trust</a> found one council in five had found new land.</p></div>\n\
         <footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a \
         href=\"https://blog.example.org/category/policy/\" rel=\"category tag\">Policy</a>\
         </span> <span class=\"tags-links\">Tagged <a href=\"https://blog.example.org/tag/\
         allotments/\" rel=\"tag\">allotments</a></span></footer>\n\
         </article></main></body></html>\n",
    );
    assert!(!furniture(&e, "https://example.org/trust"));
    for url in [
        "https://blog.example.org/author/maeve/",
        "https://blog.example.org/category/policy/",
        "https://blog.example.org/tag/allotments/",
    ] {
        assert!(furniture(&e, url), "{url}");
    }
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>Library closures</h1>\n\
         <p>Figures from the <a href=\"https://example.org/stats\">institute</a> show 180 \
         branches closed.</p>\n\
         <footer class=\"story-footer\"><ul class=\"tags\"><li><a \
         href=\"https://news.example.org/topics/libraries\">Libraries</a></li></ul></footer>\n\
         </article></main></body></html>\n",
    );
    assert!(!furniture(&e, "https://example.org/stats"));
    assert!(furniture(&e, "https://news.example.org/topics/libraries"));
}

/// A box of other stories set in the story under a `Read next` heading (`aside.related-inline`)
/// is the site's as one headed `Related stories` is; an aside of sources keeps its links, and
/// so does one headed `Read more`, which may be the article's further reading.
#[test]
fn an_aside_headed_read_next_in_the_story_is_the_sites() {
    // (Not `Read more`, which may head the article's own further reading: checked below.)
    for heading in ["Read next", "Also read", "More on this story", "Read more"] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<html><body><main><article><h1>Library closures</h1>\n\
                 <p>The committee published its <a href=\"https://example.org/report\">report\
                 </a> on Thursday.</p>\n\
                 <aside class=\"related-inline\"><h2>{heading}</h2><ul><li><a \
                 href=\"https://news.example.org/ashgrove\">Ashgrove library closes</a></li>\
                 </ul></aside>\n\
                 <aside class=\"related-inline\"><h2>Sources</h2><ul><li><a \
                 href=\"https://example.org/minutes\">Council minutes</a></li></ul></aside>\n\
                 <p>The department said it would respond.</p>\n\
                 </article></main></body></html>\n"
            ),
        );
        assert!(!furniture(&e, "https://example.org/report"), "{heading}");
        assert_eq!(
            furniture(&e, "https://news.example.org/ashgrove"),
            heading != "Read more",
            "{heading}"
        );
        assert!(!furniture(&e, "https://example.org/minutes"), "{heading}");
    }
}

/// Google Docs' "Download as HTML" writes no `<i>`: italics are a class of its `<style>`
/// (`.c4{font-style:italic}`). A note's italic report title (`Royal College of Nursing
/// (City Branch), <span class="c4">Getting There: …</span>, 2022.`) was read as no title and
/// no author. A class setting italics on another page is no italic.
#[test]
fn a_google_docs_italic_class_is_a_notes_title() {
    let doc = |style: &str| {
        format!(
            "<html><head><style type=\"text/css\">.c0{{color:#000000;font-weight:400}}\
             .c1{{padding-top:0pt;line-height:1.15}}.c4{{{style}}}\
             .c5{{background-color:#ffffff}}</style></head><body class=\"c5 doc-content\">\n\
             <p class=\"c1\"><span class=\"c0\">Most night-shift workers had no bus home.\
             </span><sup><a href=\"#ftnt1\" id=\"ftnt_ref1\">[1]</a></sup></p>\n\
             <hr>\n<div><p class=\"c1\"><a href=\"#ftnt_ref1\" id=\"ftnt1\">[1]</a><span \
             class=\"c0\">&nbsp;Royal College of Nursing (City Branch), </span><span \
             class=\"c4\">Getting There: Night Shift Travel Survey</span><span class=\"c0\">, \
             2022.</span></p></div>\n</body></html>\n"
        )
    };
    let e = extract_as(DocKind::Html, &doc("font-style:italic"));
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Getting There: Night Shift Travel Survey")
    );
    assert_eq!(n.authors, ["Royal College of Nursing (City Branch)"]);
    assert_eq!(n.date.as_deref(), Some("2022"));
    // The same class setting no italics: no title read from it.
    let e = extract_as(DocKind::Html, &doc("font-style:normal"));
    assert_eq!(note(&e, "1").title, None);
}

/// A Vancouver book whose title has a subtitle after a colon (`Okafor A. Tides: harbours and
/// sand. Vienna: Harbour Press; 2023.`) was read as a German entry (`Name: Title. Place:
/// Publisher 2023`): the author `Okafor A. Tides`, the title the subtitle, the publisher
/// `Harbour Press;`. A semicolon before the year is Vancouver's imprint; a German entry
/// is still read as one.
#[test]
fn a_vancouver_subtitle_is_no_german_authors_colon() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>Harbours</h1>\n\
         <p>Silt builds fastest at the mouth (<a href=\"#ref-1\">1</a>), as the old survey \
         showed (<a href=\"#ref-2\">2</a>).</p>\n\
         <section id=\"references\"><h2>References</h2><ol>\n\
         <li id=\"ref-1\">Okafor A. Tides: harbours and sand. Vienna: Harbour Press; 2023.</li>\n\
         <li id=\"ref-2\">Thomas Brandt: Die Nacht auf Schienen. Berlin: Kessel Verlag 2018.</li>\n\
         </ol></section></article></main></body></html>\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Okafor A"]);
    assert_eq!(n.title.as_deref(), Some("Tides: harbours and sand"));
    assert_eq!(n.publisher.as_deref(), Some("Harbour Press"));
    assert_eq!(n.date.as_deref(), Some("2023"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Thomas Brandt"]);
    assert_eq!(n.title.as_deref(), Some("Die Nacht auf Schienen"));
    assert_eq!(n.publisher.as_deref(), Some("Kessel Verlag"));
}

/// A UK select committee's report cited by its session and paper number (`House of Commons
/// Environment Committee, *The Future for Allotments*, Fifth Report of Session 1997–98, HC
/// 560.`): the session's report number was read as the publisher, and the session's year as
/// the date though the note gives the day the report came out. Both are the report's own
/// numbers; a publisher named after them is still read.
#[test]
fn a_committee_reports_session_and_paper_number_are_no_publisher() {
    let e = extract_markdown(
        "Plots were halved.[^1] Buses came back.[^2] Ferries too.[^3]\n\n\
         [^1]: House of Commons Environment Committee, *The Future for Allotments*, Fifth \
         Report of Session 1997–98, HC 560.\n\
         [^2]: Transport Committee, *Night Buses*, First Special Report of Session 2019–21, \
         HC 400, 12 May 2020.\n\
         [^3]: Transport Committee, *Ferries*, Third Report of Session 2021–22, HL Paper 12, \
         Harbour Press, 2022.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("The Future for Allotments"));
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("1997"));
    let n = note(&e, "2");
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("12 May 2020"));
    assert_eq!(note(&e, "3").publisher.as_deref(), Some("Harbour Press"));
}

/// The WordPress fixture: a footnotes plugin's `sup.footnote` markers (one note cited twice)
/// and `ol.footnotes` with `↩` back-links, a Jetpack share bar, the post's byline, categories
/// and tags, comments, post navigation and a sidebar: only the post's own links are its.
#[test]
fn the_wordpress_footnotes_fixture() {
    let e = extract_fixture("fixtures/articles/wordpress-footnotes-plugin.html");
    let own: Vec<&str> = e
        .links
        .iter()
        .filter(|l| !l.furniture)
        .map(|l| l.url.as_str())
        .collect();
    assert_eq!(
        own,
        [
            "https://www.example.org/land-trust/surveys/2024",
            "https://www.example.org/eastmoor/parks/allotments-2024.pdf",
            "https://www.example.org/nas/policy/half-plots",
        ]
    );
    assert_eq!(e.footnotes.len(), 4);
    assert_eq!(note(&e, "1").referenced_at.len(), 2);
    assert_eq!(
        note(&e, "3").title.as_deref(),
        Some("Position statement on plot sizes")
    );
    assert_eq!(
        note(&e, "4").title.as_deref(),
        Some("The Future for Allotments")
    );
    assert_eq!(notes_of(&e, "between eight"), ["1"]);
    assert_eq!(notes_of(&e, "brambles"), ["2"]);
    assert_eq!(notes_of(&e, "a short-term fix"), ["3"]);
    // The site secretary's words are uncited; the reader's comment is no quotation.
    assert!(quote(&e, "Half a plot").citations.is_empty());
    assert!(!texts(&e).iter().any(|t| t.contains("Patience")));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The news fixture: a masthead, a share bar, a pull quote repeating the chair's words, a
/// `Read more` box of other stories set in the story, tags under it, a most-read sidebar.
#[test]
fn the_news_related_and_tags_fixture() {
    let e = extract_fixture("fixtures/articles/news-related-and-tags.html");
    let own: Vec<&str> = e
        .links
        .iter()
        .filter(|l| !l.furniture && l.kind == LinkKind::Link)
        .map(|l| l.url.as_str())
        .collect();
    // (The kicker's topic link and the byline's author page are the site's: session 61.)
    assert_eq!(
        own,
        [
            "https://committees.example.org/culture/reports/library-closures-2025",
            "https://www.example.org/cilip/",
            "https://www.example.org/cipfa/library-statistics-2024",
        ]
    );
    assert_eq!(
        urls_of(&e, "A library is often"),
        ["https://committees.example.org/culture/reports/library-closures-2025"]
    );
    assert_eq!(
        urls_of(&e, "Every closure"),
        ["https://www.example.org/cilip/statements/impact-assessments"]
    );
    // The pull quote repeats the chair's words: one quotation, not two.
    assert_eq!(
        texts(&e)
            .iter()
            .filter(|t| t.starts_with("A library is often"))
            .count(),
        1
    );
    assert!(urls_of(&e, "three options").is_empty());
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}
