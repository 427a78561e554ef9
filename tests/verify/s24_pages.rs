//! Twenty-fourth session: how a cited HTML page is read for quotes. A pull quote, comment or
//! sidebar repeating a sentence before the article's paragraph; a quote only in an image's
//! `alt` text, in the page's `<title>` or description; a JavaScript-built page whose only copy
//! of the article is JSON-LD `articleBody`.

use citecheck::model::{PageRegion, Verdict};
use citecheck::verify::SourceText;

use super::evaluation2::check;

const INTRO: &str = "<p>The water board met on Tuesday in the community hall, where members \
    spent most of the evening on the reservoir accounts before turning to the pipeline.</p>\
    <p>Several farmers came to ask about the summer restrictions and stayed until the meeting \
    closed shortly after ten o'clock.</p>";

const SENTENCE: &str = "We will not let the valley run dry while the pipeline is being built";

fn page(head: &str, body: &str) -> SourceText {
    SourceText::from_html(&format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{head}</head><body>\
         <header class=\"site-header\"><a href=\"/\">Valley Courier</a></header>\
         <main><article>{body}</article></main>\
         <footer class=\"site-footer\"><p>Valley Courier Ltd</p></footer></body></html>"
    ))
}

/// A pull quote (or a comment, a sidebar) repeating the article's sentence before the
/// paragraph that says it took the match: `region: furniture` and "the page may not say it",
/// though the main text says it. The main text's copy wins wherever it stands, for a quote
/// found word for word and for one found approximately; a sentence only in the furniture keeps
/// its caveat.
#[test]
fn a_pull_quote_before_the_body_does_not_take_the_match() {
    for furniture in [
        format!("<aside class=\"pullquote\"><p>{SENTENCE}.</p></aside>"),
        format!("<blockquote class=\"wp-block-pullquote\"><p>{SENTENCE}.</p></blockquote>"),
        format!("<div class=\"comments\"><p>A reader wrote: {SENTENCE}.</p></div>"),
        format!("<div class=\"sidebar\"><p>{SENTENCE}</p></div>"),
    ] {
        let src = page(
            "<title>Pipeline</title>",
            &format!(
                "{INTRO}{furniture}<p>The chair, Idris Penhallow, said: \u{201C}{SENTENCE}.\u{201D}</p>"
            ),
        );
        let r = check(&format!("{SENTENCE}."), &src);
        assert_eq!(r.verdict, Verdict::Verified, "{furniture}: {}", r.detail);
        assert_eq!(r.region, Some(PageRegion::Main), "{furniture}");
        assert!(r.warnings.is_empty(), "{furniture}: {:?}", r.warnings);
        // One word changed: the same passage in the main text is as good.
        let changed = SENTENCE.replace("valley", "river");
        let r = check(&changed, &src);
        assert_eq!(r.verdict, Verdict::Altered, "{furniture}: {}", r.detail);
        assert_eq!(r.region, Some(PageRegion::Main), "{furniture}");
        assert!(r.warnings.is_empty(), "{furniture}: {:?}", r.warnings);
    }
    // Only in the pull quote: furniture, with the caveat.
    let src = page(
        "<title>Pipeline</title>",
        &format!("{INTRO}<aside class=\"pullquote\"><p>{SENTENCE}.</p></aside>"),
    );
    let r = check(SENTENCE, &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.region, Some(PageRegion::Furniture));
    assert!(
        r.warnings.iter().any(|w| w.contains("furniture")),
        "{:?}",
        r.warnings
    );
}

/// Two parts of a quote keep their order when one moves to the main text; and a page
/// repeating the sentence thousands of times in its comments before the article says it
/// still finds the article's copy, quickly.
#[test]
fn the_main_text_wins_over_many_repeats_and_parts_keep_their_order() {
    let src = page(
        "<title>Pipeline</title>",
        &format!(
            "{INTRO}<aside class=\"pullquote\"><p>{SENTENCE}.</p></aside>\
             <p>The chair said: \u{201C}{SENTENCE}. The contractor has promised the first \
             section by the spring.\u{201D}</p>"
        ),
    );
    let r = check(
        "We will not let the valley run dry \u{2026} the first section by the spring",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.region, Some(PageRegion::Main));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);

    let comments = format!("<li>{SENTENCE}!</li>").repeat(3000);
    let src = page(
        "<title>Pipeline</title>",
        &format!(
            "{INTRO}<section class=\"comments\"><ul>{comments}</ul></section>\
             <p>The chair said: \u{201C}{SENTENCE}.\u{201D}</p>"
        ),
    );
    // Past the matcher's usual 256 occurrences of a word (its cost is benchmarked in
    // benches/verify.rs, not timed here).
    let r = check(SENTENCE, &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.region, Some(PageRegion::Main));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

/// A picture described in words (`<img alt="…">`) is the publisher's text, read by screen
/// readers: a quote of it was `not_found` ("invented"). It is found, with a warning saying
/// where; a one- or two-word label is no description; and an app shell with a described logo
/// is still a shell.
#[test]
fn a_quote_in_an_images_alt_text_is_found_and_says_so() {
    let src = page(
        "<title>Flood pictures</title>",
        &format!(
            "{INTRO}<figure><img src=\"/a.jpg\" alt=\"Volunteers stack sandbags against the \
             door of the village bakery at dawn\"></figure><p>More pictures later.</p>"
        ),
    );
    let r = check(
        "volunteers stack sandbags against the door of the village bakery at dawn",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(
        r.warnings.iter().any(|w| w.contains("alt text")),
        "{:?}",
        r.warnings
    );
    assert_eq!(r.fragment_link, None);
    // Run into the visible text, it is not there: its own block.
    let r = check("More pictures later. Volunteers stack sandbags", &src);
    assert_ne!(r.verdict, Verdict::Verified, "{}", r.detail);
    // Nor is a quote joined from two pictures' descriptions.
    let two = page(
        "<title>Flood pictures</title>",
        &format!(
            "{INTRO}<img src=\"/a.jpg\" alt=\"Volunteers stack sandbags against the bakery \
             door\"><img src=\"/b.jpg\" alt=\"The mayor thanks the fire crews after the \
             water falls\">"
        ),
    );
    let r = check(
        "volunteers stack sandbags against the bakery door. The mayor thanks the fire crews",
        &two,
    );
    assert_ne!(r.verdict, Verdict::Verified, "{}", r.detail);
    let r = check(
        "the mayor thanks the fire crews after the water falls",
        &two,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);

    // A shell: a script, an empty root, a described logo.
    let shell = SourceText::from_html(
        "<html><head><title>App</title><script src=\"/app.js\"></script></head><body>\
         <div id=\"root\"><img src=\"/logo.png\" alt=\"The Valley Courier masthead in green \
         letters\"></div></body></html>",
    );
    assert!(shell.main_words < citecheck::verify::MIN_MAIN_WORDS);
    let r = check(
        "the reservoir will be full again by the end of August",
        &shell,
    );
    assert_eq!(r.verdict, Verdict::Unverifiable, "{}", r.detail);
    let r = check("the Valley Courier masthead in green letters", &shell);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
}

/// A quote only in the page's `<title>`, or only in its description (`<meta
/// name="description">`, `og:description`), was `not_found`: the page says it (its headline,
/// its summary). It is found, with a warning naming where, and never runs into the body.
#[test]
fn a_quote_in_the_title_or_description_is_found_with_a_warning() {
    let src = page(
        "<title>Chair: \u{201C}No hosepipe ban this summer\u{201D} | Valley Courier</title>\
         <meta name=\"description\" content=\"The board expects the new pipeline to carry \
         water from the northern reservoir by next March.\">\
         <meta property=\"og:description\" content=\"Farmers were told the restrictions \
         would be lifted once the reservoir level recovers.\">",
        INTRO,
    );
    let r = check("No hosepipe ban this summer", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(
        r.warnings.iter().any(|w| w.contains("page's title")),
        "{:?}",
        r.warnings
    );
    for quote in [
        "the new pipeline to carry water from the northern reservoir by next March",
        "the restrictions would be lifted once the reservoir level recovers",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
        assert!(
            r.warnings.iter().any(|w| w.contains("page's description")),
            "{quote}: {:?}",
            r.warnings
        );
        assert_eq!(r.fragment_link, None);
    }
    // The title's words and the description's together are nowhere on the page.
    let r = check(
        "No hosepipe ban this summer. The board expects the new pipeline",
        &src,
    );
    assert_ne!(r.verdict, Verdict::Verified, "{}", r.detail);
    // A quote in the body is the body's, even if the description says it too.
    let src = page(
        "<meta name=\"description\" content=\"Several farmers came to ask about the summer \
         restrictions.\">",
        INTRO,
    );
    let r = check(
        "several farmers came to ask about the summer restrictions",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert_eq!(r.region, Some(PageRegion::Main));
}

/// A JavaScript-built page whose only copy of the article is JSON-LD `articleBody` was
/// `unverifiable` ("0 words … filled in by JavaScript"): the text is in the page. It is read
/// as the article's text (a string, an array of strings, inside `@graph`; markup in it read as
/// HTML), and a quote not in it is `not_found`: the article's text was read.
#[test]
fn json_ld_article_body_is_the_articles_text() {
    let lead = "The ferry to the north isles will sail only on weekdays from October. \
        A spokesperson said the smaller crew was the only way to keep the crossing open. \
        Councillors on the isles said they would ask the minister to intervene.";
    // The whole article: past the words a teaser may have.
    let rest: String = (1..=16)
        .map(|i| {
            format!(
                " Sailing {i} of the winter timetable leaves the pier at dawn and returns \
                 before the light goes."
            )
        })
        .collect();
    let body = format!("{lead}{rest}");
    assert!(body.split_whitespace().count() >= citecheck::verify::MIN_ARTICLE_BODY_WORDS);
    for ld in [
        format!(
            r#"{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry cuts","articleBody":"{body}"}}"#
        ),
        format!(
            r#"{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage"}},{{"@type":"NewsArticle","articleBody":["{body}"]}}]}}"#
        ),
        format!(
            r#"{{"@type":"Article","articleBody":"<p>{}</p>"}}"#,
            body.replace("said", "<em>said</em>")
        ),
    ] {
        let src = SourceText::from_html(&format!(
            "<!DOCTYPE html><html><head><title>Ferry cuts</title>\
             <script type=\"application/ld+json\">{ld}</script>\
             <script src=\"/bundle.js\" defer></script></head>\
             <body><div id=\"app\"></div><footer>Isles Post</footer></body></html>"
        ));
        let r = check(
            "the smaller crew was the only way to keep the crossing open",
            &src,
        );
        assert_eq!(r.verdict, Verdict::Verified, "{ld}: {}", r.detail);
        assert_eq!(r.region, Some(PageRegion::Main));
        assert!(r.warnings.is_empty(), "{ld}: {:?}", r.warnings);
        assert!(r.detail.contains("articleBody"), "{}", r.detail);
        let r = check("the harbour master resigned after the vote on Friday", &src);
        assert_eq!(r.verdict, Verdict::NotFound, "{ld}: {}", r.detail);
    }
    // The page is read even when its visible text is empty.
    let page = citecheck::model::Page {
        body: citecheck::model::Body::Html(format!(
            "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
             \"articleBody\":\"{body}\"}}</script><script src=\"/a.js\"></script></head>\
             <body><div id=\"app\"></div></body></html>"
        )),
        final_url: "https://isles.example.org/ferry".into(),
        status: 200,
        content_type: Some("text/html".into()),
        truncated: false,
    };
    let src = citecheck::verify::read_page(&page).expect("read");
    let r = check("the only way to keep the crossing open", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);

    // A short articleBody may be a teaser: a quote found in it is verified, a quote not in
    // it is no proof of invention on a page built by JavaScript.
    let teaser = SourceText::from_html(&format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"articleBody\":\"{lead}\"}}</script><script src=\"/a.js\"></script></head>\
         <body><div id=\"app\"></div></body></html>"
    ));
    let r = check("the only way to keep the crossing open", &teaser);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    let r = check(
        "the harbour master resigned after the vote on Friday",
        &teaser,
    );
    assert_eq!(r.verdict, Verdict::Unverifiable, "{}", r.detail);
}

/// An `articleBody` longer than the 1 MiB read was dropped whole (the page then read as an
/// empty shell built by JavaScript); its start is read.
#[test]
fn a_huge_article_body_is_read_up_to_its_cap() {
    let opening = "The lighthouse keepers voted to hand the station to the trust.";
    let filler = " The keepers kept the log in the old way.".repeat(30_000);
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"articleBody\":\"{opening}{filler}\"}}</script><script src=\"/a.js\"></script>\
         </head><body><div id=\"app\"></div></body></html>"
    );
    assert!(html.len() > 1 << 20);
    let src = SourceText::from_html(&html);
    let r = check("voted to hand the station to the trust", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    // Not found in the part read: it may be in the rest.
    let r = check("the harbour master resigned after the vote on Friday", &src);
    assert_eq!(r.verdict, Verdict::Unverifiable, "{}", r.detail);
    assert!(r.detail.contains("articleBody"), "{}", r.detail);
}

/// The `articleBody` of another article the page lists (`"Most read"` as an `ItemList`,
/// related articles) was read as this page's text: a quote from the other story verified.
#[test]
fn article_bodies_of_listed_works_are_not_the_pages() {
    let own = "The ferry to the north isles will sail only on weekdays from October.";
    let other = "The harbour master resigned after the vote on Friday, citing the new fees.";
    for ld in [
        format!(
            r#"[{{"@type":"NewsArticle","articleBody":"{own}"}},{{"@type":"ItemList","itemListElement":[{{"@type":"ListItem","item":{{"@type":"NewsArticle","articleBody":"{other}"}}}}]}}]"#
        ),
        format!(
            r#"{{"@type":"NewsArticle","articleBody":"{own}","relatedLink":[{{"@type":"NewsArticle","articleBody":"{other}"}}]}}"#
        ),
    ] {
        let src = SourceText::from_html(&format!(
            "<html><head><script type=\"application/ld+json\">{ld}</script></head>\
             <body><main><p>{own}</p><p>Councillors said they would ask the minister to \
             intervene before the winter timetable starts.</p></main></body></html>"
        ));
        let r = check("the harbour master resigned after the vote on Friday", &src);
        assert_eq!(r.verdict, Verdict::NotFound, "{ld}: {}", r.detail);
        let r = check("will sail only on weekdays from October", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{ld}: {}", r.detail);
    }
}

/// On a page that shows its article, a quote found only in its `<noscript>` text (what a
/// reader without JavaScript sees) was verified with no caveat; it now says so. On an app
/// shell, the fallback is the page's only text and stays uncommented.
#[test]
fn a_quote_only_in_noscript_beside_a_shown_article_is_warned() {
    let src = SourceText::from_html(&format!(
        "<html><head><script src=\"/a.js\"></script></head><body><main>{INTRO}\
         <p>The board will meet again in the spring to decide on the second section.</p>\
         <noscript><p>Enable JavaScript to see that the pipeline will cost forty million \
         pounds in total.</p></noscript></main></body></html>"
    ));
    assert!(src.main_words >= citecheck::verify::MIN_MAIN_WORDS);
    let r = check("the pipeline will cost forty million pounds in total", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(
        r.warnings.iter().any(|w| w.contains("noscript")),
        "{:?}",
        r.warnings
    );
    let r = check("decide on the second section", &src);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

/// A sentence only in a page's JSON-LD `articleBody`, the page showing an article of its
/// own without it, verified silently, with an evidence link that could highlight nothing
/// (held-out evaluation, fortieth session): no reader of the page sees those words (the
/// full text behind a paywall, or an older version). It verifies with a warning saying so,
/// and no text-fragment link; on a page its JavaScript fills in, as before, silently.
#[test]
fn article_body_words_the_page_does_not_show_are_warned_about() {
    let src = SourceText::from_html(
        "<html><head><meta charset=\"utf-8\"><title>Library hours</title>\
         <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\
         \"The branch will stay open until nine on weekdays. The branch will also lend \
         laptops to any member who holds a valid library card.\"}</script></head>\
         <body><main><article><h1>Library hours</h1><p>The branch will stay open until nine \
         on weekdays, the library service said on Monday.</p></article></main></body></html>",
    );
    let r = check(
        "The branch will also lend laptops to any member who holds a valid library card.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(
        r.warnings.iter().any(|w| w.contains("articleBody")),
        "{} {:?} shown {}",
        r.detail,
        r.warnings,
        src.shown_words
    );
    assert_eq!(r.fragment_link, None);
}
