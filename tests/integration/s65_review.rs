//! The sixty-fifth session's review of its own extraction rules, each found too broad: a
//! thread page's opening post taken from a short post's box of readers' comments, or from
//! the comments under a story inside a theme's layout wrapper; `The same study found:`
//! credited to an interview quoted in a paragraph naming the study in passing; a
//! transcribed note's underscores taken out of its URL; an MDX form or button whose `type`
//! is a price quote read as a quotation; and `rel="license"` on a sentence's link.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as, extract_named, furniture, link_urls, note, texts};

/// A short video post (one sentence) followed by WordPress's box of comments: the box
/// holds many posts, never the page's opening post, so the readers' quotations stay theirs.
#[test]
fn a_short_posts_comments_box_is_no_opening_post() {
    let e = extract_as(
        DocKind::Html,
        "<!DOCTYPE html><html><head><title>Video: the speech</title></head><body>\
         <main id=\"main\" class=\"site-main\"><article class=\"post type-post\">\
         <header class=\"entry-header\"><h1 class=\"entry-title\">Video: the speech</h1></header>\
         <div class=\"entry-content\"><p>Here is the full speech from Tuesday, via \
         <a href=\"https://video.example.org/speech\">the parliament channel</a>.</p></div>\
         </article>\
         <div id=\"comments\" class=\"comments-area\">\
         <h2 class=\"comments-title\">2 thoughts on “Video: the speech”</h2>\
         <ol class=\"comment-list\">\
         <li class=\"comment depth-1\"><article class=\"comment-body\"><div class=\"comment-content\">\
         <p>She also told <a href=\"https://paper.example.org/interview\">the Gazette</a> last \
         week that \"the railway will be finished on time and on budget, whatever the auditors \
         say,\" which the audit office flatly contradicts.</p></div></article></li>\
         <li class=\"comment depth-1\"><article class=\"comment-body\"><div class=\"comment-content\">\
         <p>The auditors wrote that \"the project is two years late and a billion pounds over \
         budget\" in their last report.</p></div></article></li>\
         </ol></div></main></body></html>",
    );
    assert!(texts(&e).is_empty(), "{:?}", texts(&e));
    assert!(furniture(&e, "https://paper.example.org/interview"));
}

/// A story of several paragraphs inside a theme's layout wrapper (Genesis'
/// `content-sidebar-wrap` around `main`) is prose of the page's own: the comments under it
/// stay readers' comments.
#[test]
fn a_story_inside_a_layout_wrapper_keeps_its_comments_apart() {
    let e = extract_as(
        DocKind::Html,
        "<!DOCTYPE html><html><head><title>Council approves the budget</title></head>\
         <body class=\"single\"><div class=\"site-container\">\
         <header class=\"site-header\"><a href=\"/\">Town News</a></header>\
         <div class=\"site-inner\"><div class=\"content-sidebar-wrap\"><main class=\"content\">\
         <article class=\"post type-post entry\"><header class=\"entry-header\">\
         <h1 class=\"entry-title\">Council approves the budget</h1></header>\
         <div class=\"entry-content\"><p>The town council approved its budget for next year \
         on Monday night after a three-hour debate, with nine votes in favour and four \
         against.</p><p>The treasurer told <a href=\"https://radio.example.org/hughes\">local \
         radio</a> that \"every department has been asked to find savings of five per cent, \
         and most of them have.\"</p><p>Opposition members said the cuts would fall hardest \
         on libraries and youth services.</p></div></article>\
         <div class=\"entry-comments\" id=\"comments\"><h3>Comments</h3>\
         <ol class=\"comment-list\"><li class=\"comment\"><article class=\"comment-body\">\
         <div class=\"comment-content\"><p>Rubbish. The library manager told \
         <a href=\"https://paper.example.org/library\">the Gazette</a> that \"we have already \
         lost two members of staff this year and cannot open on Saturdays any more.\"</p>\
         </div></article></li></ol></div></main>\
         <aside class=\"sidebar widget-area\"><p>Most read</p></aside>\
         </div></div></div></body></html>",
    );
    assert_eq!(
        texts(&e),
        ["every department has been asked to find savings of five per cent, and most of them have."]
    );
    assert!(furniture(&e, "https://paper.example.org/library"));
    assert!(!furniture(&e, "https://radio.example.org/hughes"));
}

/// `The same study found:` names the study again; an interview quoted in a paragraph that
/// mentions the study in passing is another source: with two quotations' paragraphs naming
/// a study and crediting two citations, the lead-in takes neither.
#[test]
fn a_study_named_in_passing_does_not_take_the_same_study() {
    let e = extract_named(
        "sleep.md",
        "# Sleep and screens\n\n\
         A new study in [Nature](https://nature.example.org/sleep) followed ten thousand \
         teenagers for five years and found:\n\n\
         > Teenagers who used screens after ten at night slept on average forty minutes less.\n\n\
         Dr. Amy Lee, who was not involved in the study, told \
         [Reuters](https://wire.example.org/lee) that \"it is a landmark result for anyone \
         who works with young people.\"\n\n\
         Parents' groups welcomed the findings.\n\n\
         The same study found:\n\n\
         > The effect was strongest among the youngest children in the sample.\n",
    );
    assert!(
        cites(&e, "The effect was strongest").is_empty(),
        "{:?}",
        cites(&e, "The effect was strongest")
    );
    assert_eq!(cites(&e, "it is a landmark"), [(None, Attribution::Link)]);
}

/// The quotation whose citation names the kind of work is found past a nearer quotation
/// of another source whose paragraph does not name it.
#[test]
fn the_citation_naming_the_study_takes_the_same_study() {
    let e = extract_named(
        "sleep2.md",
        "# Sleep and screens\n\n\
         [The sleep study](https://journal.example.org/sleep-study) followed ten thousand \
         teenagers and found:\n\n\
         > Teenagers who used screens after ten at night slept on average forty minutes less.\n\n\
         Dr. Amy Lee told [Reuters](https://wire.example.org/lee) that \"it is a landmark \
         result for anyone who works with young people.\"\n\n\
         The same study found:\n\n\
         > The effect was strongest among the youngest children in the sample.\n",
    );
    assert_eq!(
        crate::support::urls_of(&e, "The effect was strongest"),
        ["https://journal.example.org/sleep-study"]
    );
    assert_eq!(
        cites(&e, "The effect was strongest"),
        [(None, Attribution::Preceding)]
    );
}

/// A transcribed book's note keeps its URL's underscores and a file's name as written;
/// only a run set between spaces is italics.
#[test]
fn underscores_inside_an_address_are_no_italics() {
    let e = extract_as(
        DocKind::Text,
        "THE HISTORY OF THE PARISH\n\n\
         The parish kept its own records from 1740, as the vicar noted in his diary.[1]\n\n\
         [Footnote 1: The diary is transcribed at \
         https://example.org/files/_raw_/diary_1740_text.html and in _Parish Records_ \
         (London, 1822), p. 141.]\n",
    );
    assert_eq!(
        link_urls(&e),
        ["https://example.org/files/_raw_/diary_1740_text.html"]
    );
    let n = note(&e, "1");
    assert_eq!(
        n.urls,
        ["https://example.org/files/_raw_/diary_1740_text.html"]
    );
    assert_eq!(n.title.as_deref(), Some("Parish Records"));
}

/// An MDX form asking for a price quote, or a button so styled, is no quotation box: only
/// a box's component (`Callout`, `Aside`, `Card`) is made one by its `type`.
#[test]
fn a_price_quote_form_is_no_quotation() {
    let e = extract_named(
        "pricing.mdx",
        "# Getting a price\n\n\
         Our team will answer every request within a day.\n\n\
         <Form type=\"quote\" title=\"Request a quote\">\n\
         Fill in your details and we will send you a full and binding price for the work \
         within two days, as described in [our terms](https://shop.example.org/terms).\n\
         </Form>\n\n\
         <Button variant=\"quote\" href=\"/contact\">Ask us for a written quote today</Button>\n\n\
         <Callout type=\"quote\">\n\
         Every job gets a written estimate that stays valid for thirty days.\n\
         </Callout>\n",
    );
    assert_eq!(
        texts(&e),
        ["Every job gets a written estimate that stays valid for thirty days."]
    );
}

/// `rel="license"` on a sentence's link to a licence it quotes keeps the link a source;
/// a licence link standing alone (a `Reuse` appendix) stays the page's.
#[test]
fn a_licence_quoted_in_a_sentence_is_a_source() {
    let e = extract_as(
        DocKind::Html,
        "<!DOCTYPE html><html><head><title>Why the GPL matters</title></head><body>\
         <main><article><h1>Why the GPL matters</h1>\
         <p>The <a rel=\"license\" href=\"https://licences.example.org/gpl-3.0.html\">GNU \
         General Public License</a> says in its preamble that \"the licenses for most \
         software and other practical works are designed to take away your freedom.\"</p>\
         <p>Its critics <a href=\"https://blog.example.org/gpl-critique\">disagree</a>.</p>\
         <div class=\"appendix\"><p><a rel=\"license\" \
         href=\"https://licences.example.org/by/4.0/\">CC BY 4.0</a></p></div>\
         </article></main></body></html>",
    );
    assert_eq!(
        cites(&e, "the licenses for most"),
        [(None, Attribution::Link)]
    );
    assert!(!furniture(&e, "https://licences.example.org/gpl-3.0.html"));
    assert!(furniture(&e, "https://licences.example.org/by/4.0/"));
}
