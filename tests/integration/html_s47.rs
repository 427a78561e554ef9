//! Regressions found by the forty-seventh session's held-out evaluation of web pages:
//! Substack's embedded tweet, Medium's link card, a `More from …` box in `main` after the
//! story's `article`, a newsroom's contributions appeal, Ghost's pull quote repeating the
//! paragraph above it, a press release's "Notes to editors" on a web page. Each rule has its
//! negative cases beside it.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, furniture, texts, urls_of};

/// Substack's embedded tweet (`div.tweet`, `data-component-name="Twitter2ToDOM"`) is an
/// embedded post, as a `blockquote.twitter-tweet` is: what it quotes is the post's, not the
/// article's quotation; its links stay the article's (no furniture). A quotation in the
/// article's paragraph beside it is still cited.
#[test]
fn substack_tweet_embed_is_an_embedded_post() {
    let status = "https://social.example.com/harbourwatch/status/42";
    let page = |class: &str, component: &str| {
        format!(
            "<article class=\"newsletter-post post\"><div class=\"body markup\">\
             <p>The council's own <a href=\"https://example.org/ferry-review\">review</a> \
             called the timetable \u{201c}a patchwork nobody can plan a week around\u{201d}.</p>\
             <div class=\"{class}\" data-component-name=\"{component}\">\
             <a class=\"tweet-link-top\" href=\"{status}\"><div class=\"tweet-header\">\
             <span class=\"tweet-author-name\">Harbour Watch</span></div></a>\
             <div class=\"tweet-text\">\u{201c}Ferries on this coast run on hope and a \
             laminated timetable.\u{201d} Still true.</div></div>\
             <p>Nobody argues that the timetable alone explains the losses.</p></div></article>"
        )
    };
    for (class, component) in [
        ("tweet", "Twitter2ToDOM"),
        ("tweet", ""),
        ("post-embed", "Twitter2ToDOM"),
    ] {
        let e = extract_as(DocKind::Html, &page(class, component));
        assert!(
            !texts(&e)
                .iter()
                .any(|t| t.starts_with("Ferries on this coast")),
            "{class} {component}: {:#?}",
            e.quotes
        );
        assert!(!furniture(&e, status), "{class} {component}");
        assert_eq!(
            urls_of(&e, "a patchwork nobody"),
            ["https://example.org/ferry-review"],
            "{class} {component}"
        );
    }
    // A `div` named otherwise is the article's: its quotation is read.
    let e = extract_as(DocKind::Html, &page("aside-note", ""));
    assert!(
        texts(&e)
            .iter()
            .any(|t| t.starts_with("Ferries on this coast")),
        "{:#?}",
        e.quotes
    );
}

/// Medium's link card (`div.graf--mixtapeEmbed`) shows another post's title in quotation
/// marks over its link: no quotation, and the link no citation of it; the link stays a
/// link of the article. A quotation linked in a paragraph beside it is still cited.
#[test]
fn medium_mixtape_link_card_is_no_quotation() {
    let card = "https://medium.example.com/@writer/an-earlier-post-1a2b";
    let e = extract_as(
        DocKind::Html,
        &format!(
            "<article class=\"h-entry\"><section data-field=\"body\" class=\"e-content\">\
             <p class=\"graf graf--p\">The trust's <a href=\"https://example.org/board-minutes\">\
             minutes</a> call the order \u{201c}a fallback we hope never to need\u{201d}.</p>\
             <div class=\"graf graf--mixtapeEmbed graf-after--p\"><a href=\"{card}\" \
             class=\"markup--anchor markup--mixtapeEmbed-anchor\"><strong>\u{201c}Old pagers \
             never die, they only beep.\u{201d}</strong><br><em>An earlier post in this \
             series.</em>medium.example.com</a></div></section></article>"
        ),
    );
    assert!(
        !texts(&e).iter().any(|t| t.starts_with("Old pagers")),
        "{:#?}",
        e.quotes
    );
    assert!(!furniture(&e, card));
    assert_eq!(
        urls_of(&e, "a fallback we hope"),
        ["https://example.org/board-minutes"]
    );
}

/// A `More from …` box in `main` after the story's own `article` (the one with the page's
/// `h1`) is the site's, as one outside `main` is: its headlines' quotes are no quotations
/// and its links are furniture. Inside the story (a live blog's `More from the courtroom`),
/// or on a page whose story is written in `main` without an `article`, it is the article's.
#[test]
fn more_from_box_after_the_story_is_furniture() {
    let teaser = "https://example.org/checks/2024/05/parking-fines";
    let box_ = format!(
        "<section class=\"checks-list\"><h2>More from Example Checks</h2><ul>\
         <li><a href=\"{teaser}\">Has the council \u{201c}doubled parking fines\u{201d}?</a></li>\
         </ul></section>"
    );
    let e = extract_as(
        DocKind::Html,
        &format!(
            "<main class=\"content\"><article class=\"factcheck\"><h1>Did the pier cost \
             \u{a3}2 million?</h1><p>The <a href=\"https://example.org/accounts\">accounts</a> \
             show it cost \u{201c}a little under two hundred thousand pounds\u{201d}.</p>\
             </article>{box_}</main>"
        ),
    );
    assert!(
        !texts(&e).iter().any(|t| t.starts_with("doubled parking")),
        "{:#?}",
        e.quotes
    );
    assert!(furniture(&e, teaser));
    assert_eq!(
        urls_of(&e, "a little under two hundred"),
        ["https://example.org/accounts"]
    );
    assert!(!furniture(&e, "https://example.org/accounts"));
    // Inside the story's `article`: the article's.
    let e = extract_as(
        DocKind::Html,
        &format!(
            "<main><article><h1>Pier inquiry, live</h1><p>The hearing opened at ten.</p>\
             {box_}</article></main>"
        ),
    );
    assert!(!furniture(&e, teaser));
    // A story written in `main` with no `article`: the article's.
    let e = extract_as(
        DocKind::Html,
        &format!("<main><h1>Pier inquiry, live</h1><p>The hearing opened at ten.</p>{box_}</main>"),
    );
    assert!(!furniture(&e, teaser));
}

/// A newsroom's contributions appeal (the Guardian's `div.contributions-epic`) set in the
/// article's body is no part of the article: the reader's words it quotes are no quotation.
/// A block quotation of the article beside it is still cited, and a paper's `author-
/// contributions` section is content.
#[test]
fn contributions_epic_is_an_appeal() {
    let e = extract_as(
        DocKind::Html,
        "<main><article><h1>Levy defended</h1><div class=\"article-body\">\
         <p>The <a href=\"https://example.org/ifs-note\">institute</a> wrote:</p>\
         <blockquote><p>The levy falls mostly on savers in the top tenth of the \
         distribution.</p></blockquote>\
         <div class=\"contributions-epic\" id=\"epic\"><h2>Before you go</h2><p>\u{201c}I read \
         this paper because it tells me what I would rather not hear.\u{201d} That is what \
         one reader told us. Please <a href=\"https://support.example.com/contribute\">\
         support us</a>.</p></div></div></article></main>",
    );
    assert!(
        !texts(&e).iter().any(|t| t.starts_with("I read this paper")),
        "{:#?}",
        e.quotes
    );
    assert_eq!(
        urls_of(&e, "The levy falls mostly"),
        ["https://example.org/ifs-note"]
    );
    // A paper's statement of who did what is the paper's.
    let e = extract_as(
        DocKind::Html,
        "<main><article><h1>Survey</h1><section class=\"author-contributions\"><p>One \
         respondent wrote that the form was \u{201c}longer than the lease it was \
         about\u{201d}.</p></section></article></main>",
    );
    assert!(
        texts(&e)
            .iter()
            .any(|t| t.starts_with("longer than the lease")),
        "{:#?}",
        e.quotes
    );
}

/// Ghost's `blockquote.kg-blockquote-alt` right after a paragraph of the article whose
/// sentence it repeats word for word is a pull quote: no quotation of its own. One that
/// repeats nothing is a quotation, cited by the paragraph introducing it; a plain
/// `blockquote` repeating the paragraph keeps its reading.
#[test]
fn ghost_alt_blockquote_repeating_the_paragraph_is_a_pull_quote() {
    let e = extract_as(
        DocKind::Html,
        "<article class=\"post\"><section class=\"gh-content\">\
         <p>None of this ended the talk of a war on drivers. Bus lanes look slow because \
         they stop short of the centre; finish them and the buses will fill.</p>\
         <blockquote class=\"kg-blockquote-alt\">Bus lanes look slow because they stop short \
         of the centre; finish them and the buses will fill.</blockquote>\
         <p>The next test is the strategy due in June.</p></section></article>",
    );
    assert!(
        !texts(&e)
            .iter()
            .any(|t| t.starts_with("Bus lanes look slow")),
        "{:#?}",
        e.quotes
    );
    // Not a repeat: a quotation, cited by its introduction.
    let e = extract_as(
        DocKind::Html,
        "<article class=\"post\"><section class=\"gh-content\">\
         <p>The <a href=\"https://example.org/transport-review\">review</a> put it \
         plainly:</p>\
         <blockquote class=\"kg-blockquote-alt\">Bus lanes that stop short of the centre \
         carry a third fewer passengers than those that reach it.</blockquote>\
         </section></article>",
    );
    assert_eq!(
        urls_of(&e, "Bus lanes that stop short"),
        ["https://example.org/transport-review"]
    );
    // A plain block quotation is not judged so.
    let e = extract_as(
        DocKind::Html,
        "<article><p>Bus lanes look slow because they stop short of the centre.</p>\
         <blockquote><p>Bus lanes look slow because they stop short of the centre.</p>\
         </blockquote></article>",
    );
    assert!(
        texts(&e)
            .iter()
            .any(|t| t.starts_with("Bus lanes look slow")),
        "{:#?}",
        e.quotes
    );
}

/// A press release's "Notes to editors" on a web page are background items the text need
/// not cite, as in Markdown: no "never referenced" warning. A note cited in the text still
/// backs its quotation, and a plain "Notes" list still warns of a note never referenced.
#[test]
fn html_notes_to_editors_raise_no_unreferenced_warnings() {
    let page = |heading: &str| {
        format!(
            "<main><h1>Fund for coastal towns</h1><p>The review found the old formula \
             \u{201c}favoured councils with larger bidding teams\u{201d} (see note 2).</p>\
             <h2 id=\"notes\">{heading}</h2><ol>\
             <li>The fund was announced in the spring budget: <a \
             href=\"https://example.org/budget/coastal-fund\">Coastal fund</a>.</li>\
             <li>The review of grant allocation was published in March and is at \
             <a href=\"https://example.org/grant-review\">example.org/grant-review</a>.</li>\
             <li>For media enquiries call the press office.</li></ol></main>"
        )
    };
    for heading in ["Notes to editors", "Notes to Editors:", "Notes for editors"] {
        let e = extract_as(DocKind::Html, &page(heading));
        assert!(
            !e.warnings
                .iter()
                .any(|w| w.message.contains("never referenced")),
            "{heading}: {:#?}",
            e.warnings
        );
        assert_eq!(
            cited(&e, "favoured councils"),
            [(
                Some("2".to_string()),
                Some("https://example.org/grant-review".to_string()),
                Attribution::MarkerAfter
            )],
            "{heading}"
        );
    }
    let e = extract_as(DocKind::Html, &page("Notes"));
    assert!(
        e.warnings
            .iter()
            .any(|w| w.message.contains("note `1` is never referenced")),
        "{:#?}",
        e.warnings
    );
}

/// Regression: Substack's page footer (`div.footer-wrap`: privacy, terms, collection
/// notice) was read as the article's: its links were not marked furniture, so `check` would
/// fetch the platform's legal pages as the article's sources. An `article-footer-wrap`
/// stays the article's.
#[test]
fn substacks_page_footer_is_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<article><h1>Rents</h1><p>The minister said rents <a \
         href=\"https://example.org/interview\">would fall</a>.</p>\
         <div class=\"article-footer-wrap\"><a href=\"https://example.org/sources\">Sources \
         for this post</a></div></article>\
         <div class=\"footer-wrap\"><div class=\"footer\"><a \
         href=\"https://platform.example.com/privacy\">Privacy</a> \u{2219} <a \
         href=\"https://platform.example.com/tos\">Terms</a></div></div>",
    );
    let flags: Vec<(&str, bool)> = e
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.furniture))
        .collect();
    assert_eq!(
        flags,
        [
            ("https://example.org/interview", false),
            ("https://example.org/sources", false),
            ("https://platform.example.com/privacy", true),
            ("https://platform.example.com/tos", true),
        ]
    );
}
