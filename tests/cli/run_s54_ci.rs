//! The fifty-fourth session's `check` run and reports for CI: each URL fetched once per run,
//! deterministic machine-read reports, redirect problems named in the text report,
//! `--quiet`.

use citecheck::server::{Response, Server};

use crate::support::{json, write, Cli};

/// An article citing `/old`, which answers 302 to `/new`, and `/new` itself asked for
/// `/new` twice in one run: once as `/old`'s hop, once as its own link. Each distinct URL is
/// now asked once per run, its answer used by both links.
#[test]
fn a_redirect_target_the_article_also_cites_is_fetched_once() {
    let server = Server::builder()
        .route("/old", Response::redirect(302, "/new"))
        .route(
            "/new",
            Response::html("<html><body><p>The tide tables for the spring.</p></body></html>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Tides\n\nThe [old address]({}) moved; the [new address]({}) holds the tables.\n",
            server.url("/old"),
            server.url("/new"),
        ),
    );
    let out = Cli::in_dir(d, &["check", "--no-config", "a.md", "--format", "json"]).run();
    let report = json(&out);
    let links = report["links"].as_array().expect("links");
    let old = links
        .iter()
        .find(|l| l["url"].as_str().is_some_and(|u| u.ends_with("/old")))
        .expect("the old link");
    let new = links
        .iter()
        .find(|l| l["url"].as_str().is_some_and(|u| u.ends_with("/new")))
        .expect("the new link");
    assert_eq!(old["status"], "redirected", "{old:#}");
    assert_eq!(new["status"], "ok", "{new:#}");
    assert_eq!(server.hits("/old"), 1);
    assert_eq!(server.hits("/new"), 1, "{report:#}");
}

/// The Markdown report is a pull request's comment, rewritten on every run; it said the
/// run's time (`· 84 ms`), so the comment changed each time though nothing else had. Two
/// runs with the same results now write the same Markdown; the text report keeps the time.
#[test]
fn the_markdown_report_is_the_same_for_the_same_results() {
    let server = Server::builder()
        .route(
            "/minutes",
            Response::html("<html><body><p>The ferry will run twice daily.</p></body></html>"),
        )
        .route("/gone", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Ferries\n\nThe board agreed that \"the ferry will run twice daily\".[^1] An \
             [older notice]({}) is gone.\n\n[^1]: Board minutes, <{}>\n",
            server.url("/gone"),
            server.url("/minutes"),
        ),
    );
    let run = || {
        let out = Cli::in_dir(d, &["check", "--no-config", "a.md", "--format", "markdown"]).run();
        assert_eq!(out.code, 1, "{}", out.stderr);
        out.stdout
    };
    let first = run();
    let second = run();
    let counts = first
        .lines()
        .find(|l| l.starts_with("1 document · "))
        .unwrap_or_else(|| panic!("no counts line: {first}"));
    let time = regex::Regex::new(r"\d ?(ms|s)\b").expect("regex");
    assert!(!time.is_match(counts), "{counts}");
    assert_eq!(first, second);
    let text = Cli::in_dir(d, &["check", "--no-config", "a.md", "--color", "never"]).run();
    assert!(time.is_match(&text.stdout), "{}", text.stdout);
}
