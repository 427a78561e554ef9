//! Regressions found by the fifty-first session's held-out evaluation of web pages' furniture:
//! a newsletter's like and share buttons inside its post, readers' comments under a forum
//! thread's first post, a side column outside the page's `main`, a related box there, a
//! paywall's and an appeal's box inside the story, and a live blog's box of key quotes.
//! Where the HTML front end takes a region for the site's (its quotations not the article's),
//! its links are the site's too. Each rule has its negative cases beside it: the story's
//! own links and quotations stay the article's.

use citecheck::model::DocKind;

use crate::support::{extract_as, furniture, texts};

/// A newsletter post whose bar of buttons stands inside its `article` (`div.post-footer`,
/// its `div.post-ufi`): the like button (the post's `/comments`) and the share button (the
/// post's `?action=share`) come one after the other in one line; both are the site's, as the
/// same share button at the post's head is. The post's own citation is not.
#[test]
fn like_and_share_buttons_in_the_posts_own_bar_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><head><link rel=\"canonical\" href=\"https://harbourletters.example/p/tides\">\
         </head><body><article class=\"newsletter-post post\">\
         <div class=\"post-header\"><h1>When the tide tables were wrong</h1></div>\
         <div class=\"body markup\"><p>The almanac admitted the figures were \u{201c}off by \
         nearly forty minutes in the spring\u{201d} (<a \
         href=\"https://almanac.example/errata-2023\">errata</a>).</p></div>\
         <div class=\"post-footer\"><div class=\"post-ufi\">\
         <a class=\"post-ufi-button like\" \
         href=\"https://harbourletters.example/p/tides/comments\">22 Likes</a> \
         <a class=\"post-ufi-button share\" \
         href=\"https://harbourletters.example/p/tides?utm_medium=email&amp;action=share\">\
         Share</a></div></div></article></body></html>",
    );
    assert!(furniture(
        &e,
        "https://harbourletters.example/p/tides/comments"
    ));
    assert!(furniture(
        &e,
        "https://harbourletters.example/p/tides?utm_medium=email&action=share"
    ));
    assert!(!furniture(&e, "https://almanac.example/errata-2023"));
    assert!(texts(&e).iter().any(|q| q.contains("off by nearly forty")));
}

/// A share button inside a sentence of the story (`Pass it on: <a>share</a>`), a live blog
/// post's `Copy link` button to its own post, and a `mailto:` with no recipient carrying the
/// article: buttons, the site's. A link classed `share` to another site's page, a link to
/// the post's comments with no button's class, and a link to another post's comments are
/// the article's.
#[test]
fn share_buttons_in_a_sentence_are_furniture_and_look_alikes_are_not() {
    let e = extract_as(
        DocKind::Html,
        "<html><head><link rel=\"canonical\" href=\"https://quaynews.example/live/ferry\">\
         </head><body><main><article><h1>Ferry strike: updates</h1>\
         <p>Talks resumed at noon, the union said, calling the offer \u{201c}a step but not \
         a stride\u{201d} (<a href=\"https://union.example/statement\">statement</a>). Pass \
         it on: <a class=\"share\" href=\"https://quaynews.example/live/ferry?action=share\">\
         share</a> or <a href=\"mailto:?subject=Ferry&amp;body=https%3A%2F%2Fquaynews.example\
         \">email it</a>.</p>\
         <div class=\"entry-share\"><a class=\"share-link\" \
         href=\"https://quaynews.example/live/ferry#post-3\">Copy link</a></div>\
         <p>The tide data is on the <a class=\"share-link\" \
         href=\"https://tides.example/levels\">harbour site</a>; readers argued about it \
         <a href=\"https://quaynews.example/live/ferry/comments\">below</a> and under \
         <a class=\"comments-link\" href=\"https://otherpaper.example/p/strike/comments\">\
         the Gazette's story</a>.</p></article></main></body></html>",
    );
    assert!(furniture(
        &e,
        "https://quaynews.example/live/ferry?action=share"
    ));
    assert!(furniture(&e, "https://quaynews.example/live/ferry#post-3"));
    assert!(
        e.links
            .iter()
            .any(|l| l.raw.starts_with("mailto:?") && l.furniture),
        "{:#?}",
        e.links
    );
    assert!(!furniture(&e, "https://union.example/statement"));
    assert!(!furniture(&e, "https://tides.example/levels"));
    assert!(!furniture(
        &e,
        "https://quaynews.example/live/ferry/comments"
    ));
    assert!(!furniture(
        &e,
        "https://otherpaper.example/p/strike/comments"
    ));
    assert!(texts(&e)
        .iter()
        .any(|q| q.contains("a step but not a stride")));
}

/// An old-Reddit-style thread: the first post (`div.thing.link`) is the article, its quoted
/// guidance and its links the article's; the readers' comments under it (`div.thing.comment`
/// in `div.commentarea`) were already left out of the quotations, and now their links are
/// the site's too. The sidebar (`div.side`) before `role="main"` is the site's: its rule in
/// quotation marks and its link. A box of comments the article quotes amid its story
/// (`div.comment-excerpts`) and a side column inside `main` stay the article's.
#[test]
fn forum_comments_and_sidebar_are_furniture_and_the_first_post_is_not() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div id=\"header\" role=\"banner\"><a href=\"https://board.example/\">\
         board</a></div>\
         <div class=\"side\"><div class=\"titlebox\"><h1><a \
         href=\"https://board.example/r/ferries/\">ferries</a></h1><div class=\"md\"><p>House \
         rule: \u{201c}Argue the timetable, never the person.\u{201d}</p></div></div></div>\
         <div class=\"content\" role=\"main\"><div class=\"sitetable linklisting\">\
         <div class=\"thing link self\"><p class=\"title\">Is the night crossing being \
         cut?</p><div class=\"md\"><p>The operator's notice says sailings after ten will \
         be \u{201c}reviewed for viability over the winter months\u{201d}, see the <a \
         href=\"https://operator.example/notices/winter\">notice</a>.</p>\
         <blockquote><p>No route will be withdrawn without twelve weeks of public \
         consultation.</p></blockquote><p>That is from the <a \
         href=\"https://regulator.example/ferry-code\">ferry code</a>.</p></div></div></div>\
         <div class=\"commentarea\"><div class=\"sitetable nestedlisting\">\
         <div class=\"thing comment\"><p class=\"tagline\"><a \
         href=\"https://board.example/user/deckhand_ro\" class=\"author\">deckhand_ro</a></p>\
         <div class=\"md\"><p>They said \u{201c}reviewed for viability\u{201d} in 2019 too and \
         cut it a month later. Here is the <a \
         href=\"https://archive.example/2019-notice\">old notice</a>.</p></div>\
         <div class=\"child\"><div class=\"thing comment\"><div class=\"md\"><p>\u{201c}Twelve \
         weeks of public consultation\u{201d} never happened last time.</p></div></div></div>\
         </div></div></div></div></body></html>",
    );
    assert!(furniture(&e, "https://board.example/user/deckhand_ro"));
    assert!(furniture(&e, "https://archive.example/2019-notice"));
    assert!(furniture(&e, "https://board.example/r/ferries/"));
    assert!(!furniture(&e, "https://operator.example/notices/winter"));
    assert!(!furniture(&e, "https://regulator.example/ferry-code"));
    let t = texts(&e);
    assert!(
        !t.iter().any(|q| q.contains("Argue the timetable")),
        "{t:?}"
    );
    assert!(!t.iter().any(|q| q.contains("never happened")), "{t:?}");
    assert!(
        t.iter()
            .any(|q| q.contains("reviewed for viability over the winter")),
        "{t:?}"
    );
    assert!(
        t.iter().any(|q| q.contains("twelve weeks of public")),
        "{t:?}"
    );
    // A box of comments the article quotes amid its text, the story going on after it,
    // holds its citations; so does a side column inside `main`.
    let quoted = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>What the consultation heard</h1>\
         <p>More than four hundred people answered the council's survey.</p>\
         <div class=\"comment-excerpts\"><p>One wrote that the plan was \u{201c}a bus route \
         drawn by someone who never takes the bus\u{201d} (<a \
         href=\"https://council.example/consultation/responses#r112\">response 112</a>).</p>\
         </div>\
         <div class=\"article-aside\"><p>The full <a \
         href=\"https://council.example/consultation/report.pdf\">report</a>.</p></div>\
         <p>The council will publish its answer in May, its leader said, promising \
         \u{201c}changes you will be able to see on the map\u{201d}.</p></article></main>\
         </body></html>",
    );
    assert!(!furniture(
        &quoted,
        "https://council.example/consultation/responses#r112"
    ));
    assert!(!furniture(
        &quoted,
        "https://council.example/consultation/report.pdf"
    ));
}

/// A journal's side column before its `main` (`div.article-aside`): its download and
/// metrics links and its box headed `Related Harbour Journal Articles`, whose teaser's
/// title in quotation marks had been a quotation, are the site's. A heading naming related
/// articles of a publication heads a teaser box outside the content too. On a page that
/// marks no main content, a side column is the page's.
#[test]
fn a_side_column_outside_main_and_its_related_box_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><header><nav><a href=\"https://journal.example/browse\">Browse</a></nav>\
         </header><div class=\"article-container\">\
         <div class=\"article-aside\"><a class=\"download\" \
         href=\"https://journal.example/article/file?id=77\">Download PDF</a>\
         <div class=\"twitter-module\"><h3>Related Harbour Journal Articles</h3><a \
         href=\"https://journal.example/article?id=31\">\u{201c}The sea took the road\u{201d}: \
         coastal erosion and rural clinics</a></div></div>\
         <main><article><h1>Tidal roads and missed appointments</h1>\
         <p>Patients on the causeway described the crossing as \u{201c}a race against the \
         water every single week\u{201d} [<a href=\"https://doi.example/10.1/tide\">1</a>].\
         </p></article></main></div></body></html>",
    );
    assert!(furniture(&e, "https://journal.example/article/file?id=77"));
    assert!(furniture(&e, "https://journal.example/article?id=31"));
    assert!(!furniture(&e, "https://doi.example/10.1/tide"));
    let t = texts(&e);
    assert!(
        !t.iter().any(|q| q.contains("The sea took the road")),
        "{t:?}"
    );
    assert!(
        t.iter().any(|q| q.contains("a race against the water")),
        "{t:?}"
    );
    // The same box headed so, standing loose outside the content (no side column's name).
    let loose = extract_as(
        DocKind::Html,
        "<html><body><div class=\"promo-wrap\"><div class=\"box\"><h3>Related Courier \
         stories</h3><a href=\"https://courier.example/p/ferry\">\u{201c}We were last to \
         know\u{201d}: the ferry's final season</a></div></div><main><article><h1>Harbour \
         dues</h1><p>The harbour board said the rise was \u{201c}the first in eleven \
         years\u{201d}.</p></article></main></body></html>",
    );
    assert!(furniture(&loose, "https://courier.example/p/ferry"));
    assert!(!texts(&loose).iter().any(|q| q.contains("We were last")));
    // A side column of a page that marks no main content is the page's.
    let plain = extract_as(
        DocKind::Html,
        "<html><body><div class=\"side\"><p>Our guide to the <a \
         href=\"https://guides.example/canal\">canal path</a>, which the trust calls \
         \u{201c}the quietest mile in the county\u{201d}.</p></div>\
         <div class=\"content\"><h1>Walks</h1><p>Start at the lock.</p></div></body></html>",
    );
    assert!(!furniture(&plain, "https://guides.example/canal"));
    assert!(texts(&plain).iter().any(|q| q.contains("quietest mile")));
}

/// A paywall's box and a contributions appeal inside the story's `article`: their links
/// (`Subscribe`, `Log in`, `Support us`) are the site's, as their words already were. A
/// `div.paywall` that holds the story's own long text (the subscribers' part) is no box:
/// its link stays the article's.
#[test]
fn paywall_and_appeal_boxes_in_the_story_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>The lighthouse sale</h1>\
         <p>The trust confirmed the building had been \u{201c}sold subject to a covenant on \
         public access\u{201d} (<a href=\"https://trust.example/news/lighthouse\">trust</a>).\
         </p>\
         <div class=\"contributions-epic\"><p>Readers like you keep us going. One wrote that \
         we are \u{201c}the only paper that still reads the planning files\u{201d}.</p><a \
         href=\"https://support.coastpost.example/give?src=epic\">Support the Coast Post</a>\
         </div>\
         <div class=\"paywall\" id=\"meter-box\"><p>You have read 3 of 4 free articles.</p>\
         <p><a href=\"https://coastpost.example/subscribe?src=meter\">Subscribe</a> or <a \
         href=\"https://coastpost.example/login?src=meter\">log in</a></p></div>\
         </article></main></body></html>",
    );
    assert!(furniture(
        &e,
        "https://support.coastpost.example/give?src=epic"
    ));
    assert!(furniture(
        &e,
        "https://coastpost.example/subscribe?src=meter"
    ));
    assert!(furniture(&e, "https://coastpost.example/login?src=meter"));
    assert!(!furniture(&e, "https://trust.example/news/lighthouse"));
    let t = texts(&e);
    assert!(!t.iter().any(|q| q.contains("planning files")), "{t:?}");
    assert!(
        t.iter().any(|q| q.contains("sold subject to a covenant")),
        "{t:?}"
    );
    let long = "The survey's authors walked every path on the headland. ".repeat(40);
    let wrapped = extract_as(
        DocKind::Html,
        &format!(
            "<html><body><main><article><h1>The headland survey</h1><p>Free to read.</p>\
             <div class=\"paywall\"><p>{long}</p><p>Their <a \
             href=\"https://survey.example/headland.pdf\">report</a> is online.</p></div>\
             </article></main></body></html>"
        ),
    );
    assert!(!furniture(&wrapped, "https://survey.example/headland.pdf"));
}

/// A live blog's `Key quotes` box, each item a quotation its posts give in full: a summary,
/// not quotations of its own. A `Key points` box quoting words found nowhere else on the
/// page keeps them, and so does the body.
#[test]
fn a_key_quotes_box_repeating_the_body_is_no_quotation_of_its_own() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>Reservoir levels: live</h1>\
         <section class=\"key-points\"><h2>Key quotes</h2><ul>\
         <li><q>We will not lift the hosepipe ban before September.</q> \u{2014} the water \
         company</li><li><q>Every farm in the valley has cut its irrigation by half.</q> \
         \u{2014} the farmers' union</li></ul></section>\
         <div class=\"live-post\"><h2>Ban stays</h2><p>The company's director was blunt: \
         \u{201c}We will not lift the hosepipe ban before September,\u{201d} she told the \
         briefing.</p></div>\
         <div class=\"live-post\"><h2>Farmers</h2><p>The union's chair said \u{201c}every \
         farm in the valley has cut its irrigation by half\u{201d} since June.</p></div>\
         </article></main></body></html>",
    );
    let t = texts(&e);
    assert_eq!(
        t.iter().filter(|q| q.contains("hosepipe ban")).count(),
        1,
        "{t:?}"
    );
    assert_eq!(
        t.iter()
            .filter(|q| q.to_lowercase().contains("every farm in the valley"))
            .count(),
        1,
        "{t:?}"
    );
    let own = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>Reservoir levels: live</h1>\
         <section><h2>Key points</h2><ul><li><q>The reservoir is at its lowest since \
         1976.</q> \u{2014} the agency</li></ul></section>\
         <p>The agency's hydrologist said the level was \u{201c}falling a little more slowly \
         this week\u{201d}.</p></article></main></body></html>",
    );
    let t = texts(&own);
    assert!(t.iter().any(|q| q.contains("lowest since 1976")), "{t:?}");
    assert!(
        t.iter().any(|q| q.contains("falling a little more slowly")),
        "{t:?}"
    );
}
