//! Regressions from the stand-in pages evaluation (session 25): a misquote a reader's comment
//! repeats, and pages that stand in front of the article (a metered paywall, a login wall).
//! Each test failed on the code before its fix. Pages are built in memory (no network).

use citecheck::model::{PageRegion, Quote, QuoteResult, Verdict};
use citecheck::verify::{read_page, verify_quote, Candidate, SourceText, VerifyOptions};

const A: &str = "https://sources.example.org/a.html";

fn page(html: &str) -> SourceText {
    read_page(&citecheck::model::Page {
        final_url: A.to_string(),
        status: 200,
        content_type: Some("text/html".into()),
        body: citecheck::model::Body::Html(html.to_string()),
        truncated: false,
    })
    .expect("readable")
}

fn check(text: &str, src: &SourceText) -> QuoteResult {
    let mut quote = Quote::citing(text, A);
    quote.citations[0].url = Some(A.to_string());
    let candidates = [Candidate {
        url: A,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

const STORY: &str = "<!DOCTYPE html><html><head><title>Ferry fares</title></head><body><main>\
    <article><h1>Ferry fares to rise in April</h1>\
    <p>The operator said a return ticket to the island would rise to twelve pounds forty \
    and that the winter timetable would keep its three daily sailings.</p>\
    <p>Islanders will be able to buy a book of ten tickets at the old price until March.</p>\
    </article><section id=\"comments\" class=\"comments\"><h2>Comments (2)</h2>\
    <article class=\"comment\"><p>So a return ticket to the island would rise to twenty \
    pounds forty? Outrageous.</p></article>\
    <article class=\"comment\"><p>My grandfather rowed across for nothing every Sunday of \
    his working life.</p></article></section></main></body></html>";

/// A misquote that a reader's comment repeats word for word was `verified` (in the
/// furniture, with a warning), though the article's own text has the passage with another
/// number: the article is what is cited, and its close passage makes the quote `altered`.
#[test]
fn a_misquote_a_comment_repeats_is_judged_by_the_main_text() {
    let src = page(STORY);
    let r = check(
        "a return ticket to the island would rise to twenty pounds forty",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert_eq!(r.region, Some(PageRegion::Main));
    assert!(
        r.differences.iter().any(|d| d.quote.contains("twenty")),
        "{:?}",
        r.differences
    );
    assert!(
        r.matched_text
            .as_deref()
            .is_some_and(|m| m.contains("twelve")),
        "{:?}",
        r.matched_text
    );
    assert!(
        r.warnings.iter().any(|w| w.contains("furniture")),
        "{:?}",
        r.warnings
    );
    // A quote only in a comment, with nothing like it in the article, stays verified in the
    // furniture, with the caveat.
    let r = check("My grandfather rowed across for nothing every Sunday", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.region, Some(PageRegion::Furniture));
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("only in the page's furniture")),
        "{:?}",
        r.warnings
    );
    // The article's own words are verified there, with no caveat.
    let r = check(
        "a return ticket to the island would rise to twelve pounds forty",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.region, Some(PageRegion::Main));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

fn short(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour wall</title></head><body>\
         <main>{body}</main></body></html>"
    )
}

/// A metered paywall ("You have reached your limit of free articles"), a members' paywall
/// and a login wall answered 200: a quote from the rest of the article was `not_found`,
/// as if invented. The page is not the article: `unverifiable`.
#[test]
fn metered_members_and_login_walls_make_quotes_unverifiable() {
    let quote = "the contractor had finished the southern breakwater two months early";
    let lead = "<article><h1>Harbour wall repairs finished</h1><p>Repairs to the harbour \
        wall were finished last week, the port authority said in a statement on Monday \
        morning.</p></article>";
    let walls = [
        (
            "metered",
            format!(
                "{lead}<div class=\"meter\"><p>You've used all your free articles for this \
                 month.</p><p>Join today to keep reading. <a href=\"/join\">Plans</a></p></div>"
            ),
        ),
        (
            "metered, limit",
            format!(
                "{lead}<div><p>You have hit the limit of free articles.</p>\
                 <p>Become a member to read the rest of this report.</p>\
                 <a href=\"/join\">Become a member</a></div>"
            ),
        ),
        (
            "members only",
            format!("{lead}<div class=\"paywall\"><p>This article is for members only.</p></div>"),
        ),
        (
            "login wall with a form",
            "<div><h1>Log in to continue reading</h1><p>This story is free, but only \
             for registered users: create an account or log in.</p>\
             <form method=post><input name=user><input type=password name=pass>\
             <button>Log in</button></form></div>"
                .to_string(),
        ),
        (
            "login prompt after a teaser",
            format!("{lead}<p>Sign in to read the full article.</p><p><a href=\"/login\">Sign in</a></p>"),
        ),
    ];
    for (what, body) in &walls {
        let r = check(quote, &page(&short(body)));
        assert_eq!(r.verdict, Verdict::Unverifiable, "{what}: {}", r.detail);
        assert!(r.detail.contains("not the article"), "{what}: {}", r.detail);
    }
    // A short story that only mentions members, signing in or reading the rest, with no
    // wall at its end and no sign-in form, is the article: `not_found` stands.
    let stories = [
        "<article><h1>Club news</h1><p>Members of the rowing club can log in to read the \
         minutes of the annual meeting on the club's website.</p><p>The next regatta is on \
         the first Saturday of June, weather permitting.</p></article>",
        "<article><h1>Library card</h1><p>With a library card, members can read the rest of \
         the archive at home.</p><p>The branch reopens after the works on Tuesday.</p>\
         </article>",
    ];
    for body in stories {
        let r = check(quote, &page(&short(body)));
        assert_eq!(r.verdict, Verdict::NotFound, "{body}: {}", r.detail);
    }
}

/// A short genuine story whose last line only sounds like a wall was taken for one, and an
/// invented quote became `unverifiable` instead of `not_found` (so a run passed): a sentence
/// saying the survey is "available to registered readers", a prose line about signing in to
/// keep reading, and the story of a paper's new meter ending with the message it reports, in
/// a blockquote or in quotation marks. A wall's prompt is a line of its own, not quoted, and
/// (for words an article could say as well) has a link, button, field or wall class by it.
#[test]
fn a_short_story_ending_in_wall_like_words_is_the_article() {
    let quote = "the contractor had finished the southern breakwater two months early";
    let lead = "<h1>Harbour survey published</h1><p>The port authority has published its \
        survey of the harbour wall, which took two divers most of the winter to finish.</p>\
        <p>The engineer in charge said the old stones had held up better than feared.</p>";
    let endings = [
        "<p>The whole survey is available to registered readers.</p>",
        "<p>Sign in to keep reading the tide tables on the kiosk screen.</p>",
        "<p>Skippers who want to keep reading the charts at sea must log in again.</p>",
        "<p>Some readers disliked the box the paper now shows.</p>\
         <blockquote><p>You have reached your limit of free articles.</p></blockquote>",
        "<p>The paper's new box reads “Subscribe to keep reading”.</p>",
    ];
    for end in endings {
        let r = check(
            quote,
            &page(&short(&format!("<article>{lead}{end}</article>"))),
        );
        assert_eq!(r.verdict, Verdict::NotFound, "{end}: {}", r.detail);
    }
    // The same words standing as a wall does, with something to act on, are a wall.
    let walls = [
        "<div class=\"regwall\"><p>The whole survey is available to registered readers.</p></div>",
        "<p>Sign in to keep reading.</p><p><a href=\"/login\">Log in</a></p>",
        "<div><p>You have reached your limit of free articles.</p>\
         <button>Subscribe</button></div>",
    ];
    for end in walls {
        let r = check(
            quote,
            &page(&short(&format!("<article>{lead}{end}</article>"))),
        );
        assert_eq!(r.verdict, Verdict::Unverifiable, "{end}: {}", r.detail);
    }
}

/// A page holding a visible members' prompt with nothing to act on beside it, and twenty
/// thousand hidden copies of it, took minutes to read (each copy's ancestors were collected
/// and split into words, and each found prompt was checked against all found before): hidden
/// elements are now passed over with all they hold, ancestors' words counted no further than
/// the limit, and only the first few prompts weighed. The visible prompt alone, with nothing
/// to act on, is no wall: an invented quote is `not_found`. (The old code took minutes on
/// this page: the test would hang.)
#[test]
fn hidden_copies_of_a_prompt_are_passed_over() {
    let quote = "the parish council voted to close the footbridge for the whole winter";
    let copy = "<p>Become a member of the society to read the rest</p>";
    let mut body = String::from(
        "<p>The parish council met in the village hall on Tuesday evening.</p>\
         <p>Become a member of the society to read the rest</p><div hidden>",
    );
    for _ in 0..20_000 {
        body.push_str(copy);
    }
    body.push_str("</div>");
    let r = check(quote, &page(&short(&body)));
    assert_eq!(r.verdict, Verdict::NotFound, "{}", r.detail);
}

/// A hidden wall template (a `paywall` box with its prompt and buttons, shown only to
/// readers past their limit) made a page a wall whose visible text only quotes or mentions
/// a prompt: the element check found the template's prompt, with its wall class. Hidden
/// elements count for nothing there, and the same template shown is a wall.
#[test]
fn a_hidden_wall_template_makes_no_wall() {
    let quote = "the parish council voted to close the footbridge for the whole winter";
    let lead = "<h1>Footbridge repairs</h1><p>The parish council met in the village hall on \
        Tuesday evening to hear the engineer's report on the footbridge.</p>";
    let template = |attrs: &str| {
        format!(
            "<div {attrs} class=\"paywall\"><p>You have reached your limit of free \
             articles.</p><p>Subscribe to keep reading.</p><button>Subscribe</button></div>"
        )
    };
    let visible_endings = [
        "<p>The newsletter's box reads “Subscribe to keep reading”.</p>",
        "<p>Sign in to keep reading the tide tables on the kiosk screen.</p>",
    ];
    // (`aria-hidden` hides from screen readers only: no longer here since session 38.)
    for hidden in [
        "hidden",
        "style=\"display: none\"",
        "style=\"visibility: hidden\"",
    ] {
        for end in visible_endings {
            let html = short(&format!(
                "<article>{lead}{end}</article>{}",
                template(hidden)
            ));
            let r = check(quote, &page(&html));
            assert_eq!(r.verdict, Verdict::NotFound, "{hidden} {end}: {}", r.detail);
        }
    }
    let html = short(&format!(
        "<article>{lead}</article>{}",
        template("data-shown")
    ));
    let r = check(quote, &page(&html));
    assert_eq!(r.verdict, Verdict::Unverifiable, "{}", r.detail);
}
