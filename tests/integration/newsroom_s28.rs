//! Regressions found by the twenty-eighth session's evaluation of published news pages
//! (WordPress with Jetpack, Ghost, Medium, a nonprofit newsroom, a live blog): a link that
//! opens the sentence after another quote's, a newsroom's donation call-out, teaser boxes
//! and readers' responses inside or beside the content, a heading's count read as a marker,
//! a pull quote repeating the block quotation above it. Each rule has its negative cases
//! beside it.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, urls_of};

fn texts(e: &citecheck::model::Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// A link opening a new sentence is that sentence's, even right after the full stop that
/// ends the sentence before on a quote (`… as saying “…”. <a>The minutes</a> record “…”`):
/// it was taken for the earlier quote's and rejected, leaving the later quote uncited. A link
/// right after a quote in the same sentence is still that quote's alone.
#[test]
fn a_link_opening_the_next_sentence_cites_its_quote() {
    let src = "https://minutes.example.org/2025-03-04";
    for stop in ["\u{201d}.", ".\u{201d}"] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<article><p>A correction: an earlier version quoted the treasurer as calling \
                 the budget \u{201c}a disaster for the ferry service{stop} <a href=\"{src}\">The \
                 minutes</a> record her calling it \u{201c}a strain on the ferry service this \
                 winter\u{201d}.</p></article>"
            ),
        );
        assert_eq!(
            cited(&e, "a strain on the ferry"),
            [(None, Some(src.to_string()), Attribution::Link)],
            "{stop}"
        );
        assert!(urls_of(&e, "a disaster for the ferry").is_empty(), "{stop}");
    }
    // In one sentence, a link right after the first quote is the first quote's.
    let e = extract_as(
        DocKind::Html,
        "<article><p>The treasurer called it \u{201c}a disaster for the ferry service\u{201d} \
         <a href=\"https://a.example.org/speech\">in a speech</a> and the mayor called it \
         \u{201c}a strain we can carry for a year\u{201d} on Friday.</p></article>",
    );
    assert_eq!(
        urls_of(&e, "a disaster for the ferry"),
        ["https://a.example.org/speech"]
    );
    assert!(urls_of(&e, "a strain we can carry").is_empty());
}

/// A newsroom's appeal for money or members is furniture (a class naming a donation,
/// membership or support call-out), and a link to a donate or subscribe page cites no quote
/// wherever it stands. A box about membership rules is content, and a page deeper in a
/// site that only has `subscribe` in its path may be a source.
#[test]
fn donation_callouts_and_appeal_links_cite_nothing() {
    let e = extract_as(
        DocKind::Html,
        "<main><article><p>The port board met on Tuesday.</p>\
         <div class=\"donation-box\"><p>\u{201c}Reporting on the port takes a year of \
         patience,\u{201d} writes our managing editor. <a href=\"https://news.example.org/donate?ref=box\">\
         Give today</a>.</p></div>\
         <aside class=\"membership-cta\"><p>\u{201c}Members keep this newsroom free for \
         everyone,\u{201d} says our publisher. <a href=\"https://news.example.org/membership/\">\
         Join</a></p></aside>\
         <p>The harbour master said the dredging was \u{201c}two years behind the plan we \
         were given\u{201d} <a href=\"https://news.example.org/subscribe\">(subscribe for \
         more)</a>.</p>\
         <div class=\"membership-rules\"><p>The club's rules say members must be \
         \u{201c}resident in the parish for at least a year\u{201d} \
         (<a href=\"https://club.example.org/rules\">rules</a>).</p></div>\
         <p>The API guide says the hook \u{201c}fires once for every new subscriber to a \
         list\u{201d} (<a href=\"https://docs.example.org/api/hooks/subscribe\">guide</a>).</p>\
         </article></main>",
    );
    let t = texts(&e);
    assert!(!t.iter().any(|q| q.contains("a year of patience")), "{t:?}");
    assert!(!t.iter().any(|q| q.contains("Members keep")), "{t:?}");
    assert!(urls_of(&e, "two years behind").is_empty());
    assert_eq!(
        urls_of(&e, "resident in the parish"),
        ["https://club.example.org/rules"]
    );
    assert_eq!(
        urls_of(&e, "fires once for every"),
        ["https://docs.example.org/api/hooks/subscribe"]
    );
}

/// Teasers of other stories and readers' responses, inside the content or beside it, are
/// furniture: Jetpack's `div#jp-relatedposts` inside the post's body, an `aside.more-from`,
/// Ghost's `article.gh-card`, and a box that opens with a heading naming it (`Related`,
/// `Read more`, `More from …`, `Recommended from …`, `Responses (9)`), whatever its class.
/// A section of the article whose heading only looks alike (`Related work`, `Comments` in an
/// article, `More from the courtroom` inside the article) is content.
#[test]
fn teaser_boxes_and_responses_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<main><article><div class=\"entry-content\"><p>The quay reopened on Monday.</p>\
         <div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3><em>Related</em></h3>\
         <h4><a href=\"https://n.example.org/a\">\u{201c}Nobody told the stallholders\u{201d}: \
         a market waits</a></h4></div>\
         <section class=\"minutes\"><h2>Comments</h2><p>Residents wrote that the plan was \
         \u{201c}rushed through before the summer recess\u{201d} \
         (<a href=\"https://council.example.org/consultation\">consultation</a>).</p></section>\
         <div class=\"update\"><h2>More from the courtroom</h2><p>The judge said the council \
         had been \u{201c}careless with the public's money\u{201d} \
         (<a href=\"https://court.example.org/ruling\">ruling</a>).</p></div>\
         <section><h2>Related work</h2><p>Earlier surveys found footfall \u{201c}fell by a \
         third after the bypass opened\u{201d} (<a href=\"https://survey.example.org/\">survey\
         </a>).</p></section>\
         </div></article>\
         <aside class=\"more-from\"><h2>More from Transport</h2><ul><li>\
         <a href=\"https://n.example.org/b\">Ferry crews warn of \u{201c}a summer of \
         cancellations\u{201d}</a></li></ul></aside>\
         <section class=\"gh-container\"><div class=\"gh-container-inner\"><h2>Read more</h2>\
         <article class=\"gh-card post\"><a href=\"https://n.example.org/c\"><h3>\
         \u{201c}The tide tables are our timetable\u{201d}: a pilot's year</h3></a></article>\
         </div></section>\
         <div class=\"x1\"><h2>Responses (9)</h2><p>A reader wrote that the mayor promised \
         \u{201c}a new quay wall by the spring\u{201d} last year.</p></div>\
         <div class=\"x2\"><h2>Recommended from Medium</h2><a href=\"https://n.example.org/d\">\
         <h2>\u{201c}We rebuilt the slipway ourselves\u{201d}: a village story</h2></a></div>\
         </main>\
         <div class=\"x3\"><h2>More from Ana Reyes and Harbour Notes</h2>\
         <a href=\"https://n.example.org/e\"><h2>Why \u{201c}temporary\u{201d} closures last \
         years and what the rules actually say</h2></a></div>",
    );
    let t = texts(&e);
    for gone in [
        "Nobody told the stallholders",
        "a summer of cancellations",
        "The tide tables are our timetable",
        "a new quay wall by the spring",
        "We rebuilt the slipway ourselves",
        "temporary",
    ] {
        assert!(!t.iter().any(|q| q.contains(gone)), "{gone}: {t:?}");
    }
    assert_eq!(
        urls_of(&e, "rushed through before"),
        ["https://council.example.org/consultation"]
    );
    assert_eq!(
        urls_of(&e, "careless with the public"),
        ["https://court.example.org/ruling"]
    );
    assert_eq!(
        urls_of(&e, "fell by a third"),
        ["https://survey.example.org/"]
    );
    // The teasers' links are still links.
    assert!(e.links.iter().any(|l| l.url == "https://n.example.org/a"));
}

/// A heading's number in brackets counts what it heads (`Responses (17)`, `Comments (4)`):
/// it is no footnote marker, so a page without notes has no warning. A marker in a
/// paragraph still is one.
#[test]
fn a_count_in_a_heading_is_no_marker() {
    let e = extract_as(
        DocKind::Html,
        "<article><h1>Harbour levy</h1><p>The levy passed.</p>\
         <h2>What readers asked (4)</h2><p>Most asked about moorings.</p></article>",
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    let e = extract_as(
        DocKind::Html,
        "<article><p>The harbour master called it \u{201c}the worst silting in a \
         decade\u{201d} (4).</p></article>",
    );
    assert!(
        e.warnings
            .iter()
            .any(|w| w.message.contains("marker `4` has no matching note")),
        "{:#?}",
        e.warnings
    );
}

/// A block quotation right after another whose words it repeats is a pull quote (Ghost's
/// `kg-blockquote-alt` under the quotation): furniture, so the words are checked once. A
/// second quotation saying something else is a quotation.
#[test]
fn a_block_quote_repeating_the_one_above_is_a_pull_quote() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>The pilots' association wrote on <a href=\"https://pilots.example.org/\
         letter\">its site</a>:</p>\
         <blockquote>No ship waits for the tide tables to be rewritten. We ask the board to \
         dredge before the autumn.</blockquote>\
         <blockquote class=\"kg-blockquote-alt\">\"No ship waits for the tide tables to be \
         rewritten.\"</blockquote>\
         <p>The board replied on <a href=\"https://board.example.org/reply\">its own site</a>:\
         </p><blockquote>Dredging is planned for the spring and cannot be brought \
         forward.</blockquote>\
         <blockquote class=\"kg-blockquote-alt\">\"The budget for the year is already \
         spent on the quay wall.\"</blockquote></article>",
    );
    let t = texts(&e);
    assert_eq!(
        t.iter()
            .filter(|q| q.contains("No ship waits for the tide"))
            .count(),
        1,
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|q| q.contains("already spent on the quay wall")),
        "{t:?}"
    );
}
