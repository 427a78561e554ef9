//! Regressions from the sixteenth session's held-out evaluation of `check`: each article is
//! checked by the real binary against pages served on a loopback server, and each case gave
//! a wrong verdict or wrong evidence before its fix.

use citecheck::model::{DiffKind, Difference, QuoteResult, Report, Verdict};
use citecheck::server::{Response, Server, ServerBuilder};

use crate::support::{check_on, quote_result as quote};

/// Serves `pages` (path, HTML) and checks an article quoting them: `article` names the
/// server as `BASE`.
fn check_article(pages: &[(&str, &str)], article: &str) -> Report {
    check_with(|b| b, pages, article)
}

fn check_with(
    extra: impl FnOnce(ServerBuilder) -> ServerBuilder,
    pages: &[(&str, &str)],
    article: &str,
) -> Report {
    let mut b = Server::builder();
    for (path, html) in pages {
        b = b.route(path, Response::html(*html));
    }
    let server = extra(b).bind("127.0.0.1:0").expect("bind loopback");
    check_on(&server, article)
}

fn diffs(q: &QuoteResult) -> Vec<(DiffKind, &str, &str, Option<&str>)> {
    q.differences
        .iter()
        .map(|d: &Difference| {
            (
                d.kind,
                d.quote.as_str(),
                d.source.as_str(),
                d.note.as_deref(),
            )
        })
        .collect()
}

/// A number's sign or currency symbol is no punctuation: `5` against `−5`, `-3` against
/// `+3`, `$5` against `£5` are altered, the sign or currency shown in the differing word.
#[test]
fn a_changed_sign_or_currency_is_altered() {
    let report = check_article(
        &[(
            "/page.html",
            "<p>Temperatures fell to &minus;5 degrees on Sunday.</p>\
             <p>The rate of growth was +3 percent in the first quarter.</p>\
             <p>Ticket prices rose to &pound;5 for adults and &pound;2 for children.</p>",
        )],
        "The bureau wrote that \"Temperatures fell to 5 degrees on Sunday\" [one](BASE/page.html).\n\n\
         It said \"The rate of growth was -3 percent in the first quarter\" [two](BASE/page.html).\n\n\
         It said \"Ticket prices rose to $5 for adults and $2 for children\" [three](BASE/page.html).\n\n\
         It said \"Temperatures fell to -5 degrees on Sunday\" [four](BASE/page.html).\n",
    );
    let q = quote(&report, "Temperatures fell to 5");
    assert_eq!(q.verdict, Verdict::Altered, "{}", q.detail);
    assert_eq!(
        diffs(q),
        [(DiffKind::Changed, "5", "\u{2212}5", Some("sign changed"))]
    );
    let q = quote(&report, "The rate of growth");
    assert_eq!(
        diffs(q),
        [(DiffKind::Changed, "-3", "+3", Some("sign changed"))]
    );
    let q = quote(&report, "Ticket prices");
    assert_eq!(
        diffs(q),
        [
            (DiffKind::Changed, "$5", "\u{A3}5", Some("currency changed")),
            (DiffKind::Changed, "$2", "\u{A3}2", Some("currency changed"))
        ]
    );
    let q = quote(&report, "Temperatures fell to -5");
    assert_eq!(q.verdict, Verdict::Verified, "{}", q.detail);
}

/// A superscript note number is no part of the word before it (`1998<sup>4</sup>` is not
/// "19984"); an exponent still is (`m<sup>2</sup>` is the quote's `m²`).
#[test]
fn a_superscript_note_mark_is_not_glued_to_its_word() {
    let report = check_article(
        &[(
            "/page.html",
            "<p>The old road was closed in 1998<sup>4</sup> and never reopened.</p>\
             <p>The bridge was rebuilt in 2004<sup><a>5</a></sup> by the county.</p>\
             <p>Each flat has 54 m<sup>2</sup> of floor space and a balcony.</p>",
        )],
        "It said \"The old road was closed in 1998 and never reopened\" [one](BASE/page.html).\n\n\
         It said \"The bridge was rebuilt in 2004 by the county\" [two](BASE/page.html).\n\n\
         It said \"Each flat has 54 m\u{B2} of floor space\" [three](BASE/page.html).\n",
    );
    for starts in ["The old road", "The bridge", "Each flat"] {
        let q = quote(&report, starts);
        assert_eq!(q.verdict, Verdict::Verified, "{starts}: {}", q.detail);
    }
}

/// An altered quote's differences are lined up against the sentence it quotes: words
/// added at its end are added, and two sentences joined from apart on the page are each
/// shown where they are, the text between left out without an ellipsis.
#[test]
fn differences_stay_in_the_quoted_sentences() {
    let report = check_article(
        &[(
            "/page.html",
            "<p>Growth will be modest next year.</p>\
             <p>Public debt rose by 40% over five years.</p>\
             <p>The minister promised a review of the tax code.</p>\
             <p>The agency will hire 300 new inspectors over the next two years.</p>\
             <p>Spending on defence will increase next year.</p>\
             <p>Pensions will rise in line with earnings from April.</p>\
             <p>Exports are expected to recover by spring.</p>",
        )],
        "It said \"The minister promised a review of the tax code before the election\" [one](BASE/page.html).\n\n\
         It said \"Growth will be modest next year. Exports are expected to recover by spring.\" [two](BASE/page.html).\n",
    );
    let q = quote(&report, "The minister");
    assert_eq!(
        diffs(q),
        [(DiffKind::Added, "before the election", "", None)]
    );
    let q = quote(&report, "Growth will");
    assert_eq!(q.verdict, Verdict::Altered, "{}", q.detail);
    let d = diffs(q);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].0, d[0].1, d[0].3), (DiffKind::Dropped, "", None));
    assert!(d[0].2.starts_with("Public debt"), "{d:?}");
    assert_eq!(
        q.matched_text.as_deref(),
        Some("Growth will be modest next year \u{2026} Exports are expected to recover by spring")
    );
}

/// A stub page whose `<meta http-equiv="refresh">` sends the reader on is followed: the
/// link is redirected to the target and the quote verified there.
#[test]
fn a_meta_refresh_is_followed() {
    let report = check_article(
        &[
            (
                "/old.html",
                "<html><head><meta http-equiv=\"refresh\" content=\"0; url=new.html\"></head>\
                 <body>Redirecting...</body></html>",
            ),
            (
                "/new.html",
                "<p>The museum reopens on Saturday with a new gallery devoted to local shipbuilding.</p>",
            ),
        ],
        "The curator said \"The museum reopens on Saturday with a new gallery devoted to local \
         shipbuilding\" [source](BASE/old.html).\n",
    );
    let link = &report.links[0];
    assert_eq!(
        link.status,
        citecheck::model::LinkStatus::Redirected,
        "{}",
        link.detail
    );
    assert!(link
        .final_url
        .as_deref()
        .is_some_and(|u| u.ends_with("/new.html")));
    let q = quote(&report, "The museum");
    assert_eq!(q.verdict, Verdict::Verified, "{}", q.detail);
}

/// British and American spellings of the same words are a minor difference, not changed
/// words: four in one sentence no longer make a verbatim quote "nothing close".
#[test]
fn spelling_variants_verify() {
    let report = check_article(
        &[(
            "/page.html",
            "<p>The organisation will prioritise the modernisation of regional centres.</p>",
        )],
        "It said \"The organization will prioritize the modernization of regional centers\" \
         [one](BASE/page.html).\n",
    );
    let q = quote(&report, "The organization");
    assert_eq!(q.verdict, Verdict::Verified, "{}", q.detail);
    assert_eq!(q.match_kind, Some(citecheck::model::MatchKind::Minor));
}

/// Words swapped at the start of a quote are reported as a changed word order (README's
/// `word order changed`), not as words added with nothing dropped.
#[test]
fn swapped_words_at_the_start_are_noted() {
    let report = check_article(
        &[(
            "/page.html",
            "<p>Inflation and housing costs remain the two biggest concerns for voters.</p>",
        )],
        "It said \"Housing costs and inflation remain the two biggest concerns for voters\" \
         [one](BASE/page.html).\n",
    );
    let q = quote(&report, "Housing costs");
    assert_eq!(q.verdict, Verdict::Altered, "{}", q.detail);
    let d = diffs(q);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].3, Some("word order changed"));
    assert!(d[0].2.starts_with("Inflation and housing costs"), "{d:?}");
}

/// The `<noscript>` text of a JavaScript app is on the page: a quote found there verifies.
#[test]
fn noscript_text_verifies() {
    let report = check_article(
        &[(
            "/app",
            "<html><head><script src=\"/app.js\"></script></head><body><div id=\"root\"></div>\
             <noscript><p>The transit plan adds four new tram lines and doubles the number of \
             night buses by 2030.</p><p>Fares for students will be frozen until the end of the \
             decade.</p></noscript></body></html>",
        )],
        "The city said \"Fares for students will be frozen until the end of the decade\" \
         [plan](BASE/app).\n",
    );
    let q = quote(&report, "Fares for students");
    assert_eq!(q.verdict, Verdict::Verified, "{}", q.detail);
}
