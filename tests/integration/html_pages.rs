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
