//! The sixtieth session's held-out evaluation of HTML articles: a WordPress post's and a news
//! story's own row of categories and tags, a box of other stories headed `Read more` set in
//! the story, a Google Docs export's italic titles, a Vancouver title with a subtitle.

use citecheck::model::DocKind;

use crate::support::{extract_as, furniture, note};

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

/// A box of other stories set in the story under a `Read more` heading (`aside.related-inline`)
/// is the site's as one headed `Related stories` is; an aside of sources keeps its links.
#[test]
fn an_aside_headed_read_more_in_the_story_is_the_sites() {
    for heading in ["Read more", "Read next", "More on this story"] {
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
        assert!(
            furniture(&e, "https://news.example.org/ashgrove"),
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
