//! Forty-eighth session's held-out evaluation of the reports: the Markdown report listed a
//! misquote with a warning twice (under Failures, and again under Warnings, diff and all);
//! its summary counted warnings (`4 warnings`) where the section heading counted quotes
//! (`Warnings (3)`); it called a verified quote with a warning only "Quote warning"; the
//! HTML cards said `1 timeout links`, `1 blocked links`; and the text report's `[-…-]` and
//! `{+…+}` markers went unexplained without colour. The pages are served on 127.0.0.1.

use citecheck::server::{Response, Server};

use crate::support::{Cli, Output};

/// The engineers' page: the quote leaves out its `not` (a warning) and changes a word.
const BRIDGE: &str = "<html><head><title>Bridge</title></head><body><main>\
    <h1>Bridge inspection</h1>\
    <p>Engineers said the bridge was not strong enough to carry the new buses through the \
    winter months.</p></main></body></html>";

/// The council's page: a hedge before the quoted words and a condition after them (two
/// warnings on a verified quote), and a figure the article changes.
const FARES: &str = "<html><head><title>Fares</title></head><body><main>\
    <h1>Bus fares</h1>\
    <p>The council will probably cut the bus fares for children further only if footfall in \
    the town centre recovers this spring.</p>\
    <p>Ticket sales rose by 9% in the first quarter of the year.</p></main></body></html>";

const ARTICLE: &str = "# Buses\n\n\
    Engineers said the bridge was \u{201C}strong enough to carry the new trams through the \
    winter months\u{201D}.[^1]\n\n\
    The council said it would \u{201C}cut the bus fares for children further\u{201D}.[^2]\n\n\
    It reported that \u{201C}ticket sales rose by 7% in the first quarter of the \
    year\u{201D}.[^2]\n\n\
    See also [the old timetable](BASE/gone) and [the drivers' page](BASE/members).\n\n\
    [^1]: [Bridge inspection](BASE/bridge)\n\
    [^2]: [Bus fares](BASE/fares)\n";

fn run(args: &[&str]) -> Output {
    let server = Server::builder()
        .route("/bridge", Response::html(BRIDGE))
        .route("/fares", Response::html(FARES))
        .route("/gone", Response::status(404))
        .route("/members", Response::status(403))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("article.md"),
        ARTICLE.replace("BASE", &server.base_url()),
    )
    .expect("write article");
    let mut all = vec![
        "check",
        "--no-config",
        "article.md",
        "--no-progress",
        "--timeout",
        "5s",
        "--max-retries",
        "0",
    ];
    all.extend_from_slice(args);
    Cli::in_dir(dir.path(), &all).run()
}

fn markdown() -> String {
    run(&["--format", "markdown"]).stdout
}

/// The Markdown section headed `title`, up to the next heading.
fn section<'a>(md: &'a str, title: &str) -> &'a str {
    let at = md
        .find(title)
        .unwrap_or_else(|| panic!("no {title}:\n{md}"));
    let rest = &md[at..];
    let end = rest[3..].find("\n### ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

/// Regression: a misquote with a warning was listed under Failures with its warning, and
/// again, diff and all, under Warnings. It is listed once, its warning in its block.
#[test]
fn a_failing_quote_with_a_warning_is_listed_once_in_markdown() {
    let md = markdown();
    assert_eq!(
        md.matches("**Article:** strong enough to carry the new")
            .count(),
        1,
        "{md}"
    );
    let failures = section(&md, "### ❌ Failures");
    assert!(
        failures.contains("**Altered quote**") && failures.contains("just before the quoted words"),
        "{md}"
    );
    assert!(!section(&md, "### ⚠️ Warnings").contains("trams"), "{md}");
}

/// Regression: the summary said `N warnings` counting warnings and the heading `Warnings
/// (M)` counting quotes. Both count warnings: the heading those its section lists, the
/// summary all of them, saying how many a failure's block shows.
#[test]
fn the_markdown_warning_counts_add_up() {
    let md = markdown();
    // The misquote's warning (in its failure's block), the verified quote's two and the
    // blocked link.
    assert!(
        md.contains(" · 4 warnings (1 shown with a failure)\n"),
        "{md}"
    );
    let warnings = section(&md, "### ⚠️ Warnings");
    assert!(warnings.starts_with("### ⚠️ Warnings (3)"), "{md}");
    assert_eq!(warnings.matches("\n  ⚠️ ").count(), 2, "{md}");
    assert_eq!(warnings.matches("\n- **Blocked link**").count(), 1, "{md}");
}

/// Regression: a verified quote listed for its warnings was only a "Quote warning"; it
/// says its verdict.
#[test]
fn a_verified_quote_with_warnings_says_its_verdict_in_markdown() {
    let md = markdown();
    let warnings = section(&md, "### ⚠️ Warnings");
    assert!(
        warnings.contains("- **Verified quote, with warnings** at article.md:"),
        "{md}"
    );
    assert!(!md.contains("Quote warning"), "{md}");
}

/// Regression: the HTML cards said `1 blocked links`, `1 dead links`: a card counting one
/// says it in the singular.
#[test]
fn html_cards_counting_one_are_singular() {
    let html = run(&["--format", "html"]).stdout;
    assert!(
        html.contains("<span class=\"l\">dead link</span>"),
        "{html}"
    );
    assert!(
        html.contains("<span class=\"l\">blocked link</span>"),
        "{html}"
    );
    let mut ones = 0;
    for card in html.split("data-count=\"1\"").skip(1) {
        let label = card
            .split("<span class=\"l\">")
            .nth(1)
            .and_then(|l| l.split("</span>").next())
            .expect("a card's label");
        assert!(
            !label.ends_with('s') && !label.contains("links") && !label.contains("quotes"),
            "{label}"
        );
        ones += 1;
    }
    assert!(ones >= 3, "{html}");
}

/// Regression: without colour the text report marked differing words `[-…-]` and `{+…+}`
/// with no word of what they mean. A key says it, once, however many quotes are marked.
#[test]
fn the_text_report_explains_its_markers_without_colour() {
    let out = run(&[]);
    assert!(
        out.stdout.contains("[-trams-]") && out.stdout.contains("[-7-]%"),
        "{}",
        out.stdout
    );
    assert_eq!(
        out.stdout
            .matches("Key: [-…-] the article's words, {+…+} the source's")
            .count(),
        1,
        "{}",
        out.stdout
    );
    let coloured = run(&["--color", "always"]);
    assert!(!coloured.stdout.contains("Key: "), "{}", coloured.stdout);
}
