//! Regressions found by the forty-ninth session's held-out evaluation of web pages: a
//! newsletter's footer and recommendations after its post, a sharing link in the post's
//! bar, a related-stories box inside `main` (its links the site's as its quotations are), a
//! page's breadcrumbs, sign-up box and feedback box. Each rule has its negative cases
//! beside it: a sources box or an explainer in the story stays the article's.

use citecheck::model::DocKind;

use crate::support::{extract_as, furniture, texts};

/// A newsletter post (`article.newsletter-post`) followed by the platform's footer box
/// (`div.post-footer`: a `Subscribe` button, a `Share` link) and its recommendations of
/// other posts (`div.post-recommendations`): both are the site's, their links furniture and
/// a teaser's quotation none of the article's. The post's own sharing link in its bar
/// (`a.share`, the post's address with `?action=share`) is furniture too; the post's
/// citation is not.
#[test]
fn newsletter_footer_and_recommendations_after_the_post_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div class=\"container\"><article class=\"newsletter-post post\">\
         <h1>The ferry timetable</h1>\
         <div class=\"post-ufi\"><a class=\"post-ufi-button share\" \
         href=\"https://tides.example/p/ferry?action=share\">Share</a></div>\
         <p>The operator promised that crossings would \u{201c}run every half hour from \
         May\u{201d} (<a href=\"https://operator.example/timetable\">timetable</a>).</p>\
         </article>\
         <div class=\"post-footer\"><a class=\"button primary\" \
         href=\"https://tides.example/subscribe?src=footer\">Subscribe to Tides</a></div>\
         <div class=\"post-recommendations\"><h4>Ready for more?</h4>\
         <a href=\"https://tides.example/p/harbour\">The harbour master who \u{201c}never \
         lost a boat\u{201d}</a></div></div></body></html>",
    );
    assert!(furniture(&e, "https://tides.example/subscribe?src=footer"));
    assert!(furniture(&e, "https://tides.example/p/harbour"));
    assert!(furniture(&e, "https://tides.example/p/ferry?action=share"));
    assert!(!furniture(&e, "https://operator.example/timetable"));
    let t = texts(&e);
    assert!(!t.iter().any(|q| q.contains("never lost a boat")), "{t:?}");
    assert!(t.iter().any(|q| q.contains("run every half hour")), "{t:?}");
}

/// A recommendations box is named for posts or stories: a report's `recommendations`
/// section is its content, and a link in the story whose class says `share` but whose
/// address is a source is the article's.
#[test]
fn a_reports_recommendations_and_a_share_classed_source_stay_content() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>Flood review</h1>\
         <section class=\"recommendations\"><h2>Recommendations</h2><p>The review asks \
         councils to \u{201c}publish every flood plan online\u{201d} \
         (<a href=\"https://review.example/recs\">review</a>).</p></section>\
         <p>See the <a class=\"share-link\" href=\"https://data.example/levels\">river \
         levels</a>.</p></article></main></body></html>",
    );
    assert!(!furniture(&e, "https://review.example/recs"));
    assert!(!furniture(&e, "https://data.example/levels"));
    assert!(texts(&e)
        .iter()
        .any(|q| q.contains("publish every flood plan")));
}

/// A related-stories box inside `main` on a page without an `article` (an `aside` or a box
/// named for related stories, headed `Related news` or `Related content`): its quotations
/// were already dropped, and now its links are the site's too.
#[test]
fn related_box_inside_main_is_furniture_for_its_links() {
    for (open, h2, close) in [
        ("<aside class=\"related-news\">", "<h2>", "</aside>"),
        ("<aside class=\"box\">", "<h2>", "</aside>"),
        (
            "<div class=\"grid\"><aside class=\"gem-c-related-navigation\" role=\"complementary\">",
            "<h2 class=\"gem-c-related-navigation__main-heading\">",
            "</aside></div>",
        ),
        ("<div class=\"related-stories\">", "<h2>", "</div>"),
    ] {
        for heading in ["Related news", "<span>Related content</span>", "Related"] {
            let e = extract_as(
                DocKind::Html,
                &format!(
                    "<html><body><main><h1>Lock gates replaced</h1><p>The canal trust said \
                     the gates were \u{201c}beyond repair after two hundred years\u{201d} \
                     (<a href=\"https://trust.example/gates\">statement</a>).</p>\
                     {open}{h2}{heading}</h2><ul><li>\
                     <a href=\"https://n.example/towpath\">Towpath \u{201c}closed until \
                     autumn\u{201d}</a></li></ul>{close}</main></body></html>"
                ),
            );
            assert!(
                furniture(&e, "https://n.example/towpath"),
                "{open} {heading}"
            );
            assert!(
                !furniture(&e, "https://trust.example/gates"),
                "{open} {heading}"
            );
            let t = texts(&e);
            assert!(!t.iter().any(|q| q.contains("closed until")), "{t:?}");
        }
    }
}

/// An ordinary box in the story keeps its links: an `aside` explainer, a fact box of
/// sources, a `related` box headed `Sources` or `Related reading`, a box of further reading
/// without a heading.
#[test]
fn in_story_asides_and_source_boxes_keep_their_links() {
    for (open, heading, close) in [
        (
            "<aside class=\"explainer\">",
            "<h3>What is a lock?</h3>",
            "</aside>",
        ),
        ("<aside class=\"factbox\">", "<h3>Sources</h3>", "</aside>"),
        ("<aside class=\"related\">", "<h3>Sources</h3>", "</aside>"),
        (
            "<div class=\"related-links\">",
            "<h3>Related reading</h3>",
            "</div>",
        ),
        ("<aside class=\"sidebar\">", "", "</aside>"),
        ("<div class=\"related-reading\">", "", "</div>"),
    ] {
        for wrap in ["main", "article"] {
            let e = extract_as(
                DocKind::Html,
                &format!(
                    "<html><body><{wrap}><h1>Lock gates replaced</h1><p>The gates were \
                     old.</p>{open}{heading}<p>The survey is \
                     <a href=\"https://trust.example/survey\">online</a>.</p>{close}\
                     </{wrap}></body></html>"
                ),
            );
            assert!(
                !furniture(&e, "https://trust.example/survey"),
                "{wrap} {open} {heading}"
            );
        }
    }
}

/// Breadcrumbs inside `main` (`<nav aria-label="Breadcrumb">`, `div.govuk-breadcrumbs`), a
/// newsletter's sign-up box inside the article, and a page's feedback box (`Is this page
/// useful?`) are the site's: their links are furniture, the feedback box's words no
/// quotation.
#[test]
fn breadcrumbs_signup_and_feedback_boxes_in_the_story_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main>\
         <nav aria-label=\"Breadcrumb\"><ol><li><a href=\"https://c.example/\">Home</a></li>\
         <li><a href=\"https://c.example/roads\">Roads</a></li></ol></nav>\
         <div class=\"govuk-breadcrumbs\"><a href=\"https://c.example/transport\">Transport\
         </a></div>\
         <article><h1>Bridge closure</h1><p>The engineers found the deck \u{201c}unsafe for \
         heavy vehicles\u{201d} (<a href=\"https://c.example/report\">report</a>).</p>\
         <div class=\"newsletter-signup\"><p>Get the weekly roads bulletin. \
         <a href=\"https://c.example/bulletin/join\">Sign up</a></p></div></article>\
         <div class=\"feedback\"><h2>Is this page useful?</h2>\
         <a href=\"https://c.example/contact\">Report a problem</a>\
         <p>\u{201c}Tell us what you think\u{201d} in our survey</p></div>\
         </main></body></html>",
    );
    for url in [
        "https://c.example/",
        "https://c.example/roads",
        "https://c.example/transport",
        "https://c.example/bulletin/join",
        "https://c.example/contact",
    ] {
        assert!(furniture(&e, url), "{url}");
    }
    assert!(!furniture(&e, "https://c.example/report"));
    let t = texts(&e);
    assert!(
        !t.iter().any(|q| q.contains("Tell us what you think")),
        "{t:?}"
    );
    assert!(t.iter().any(|q| q.contains("unsafe for heavy")), "{t:?}");
}

/// A `nav` in the story that is no breadcrumb trail (a table of contents) keeps its links
/// the article's, and a section headed with a question about the article's subject is
/// content.
#[test]
fn a_contents_nav_and_a_question_heading_stay_content() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>Bridge closure</h1>\
         <nav class=\"toc\" aria-label=\"Contents\"><a href=\"https://c.example/annex\">Annex\
         </a></nav>\
         <section><h2>Is this bridge safe?</h2><p>The inspectors said it was \u{201c}sound \
         for cyclists\u{201d} (<a href=\"https://c.example/inspection\">inspection</a>).</p>\
         </section></article></main></body></html>",
    );
    assert!(!furniture(&e, "https://c.example/annex"));
    assert!(!furniture(&e, "https://c.example/inspection"));
    assert!(texts(&e).iter().any(|q| q.contains("sound for cyclists")));
}
