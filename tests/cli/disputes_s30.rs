//! Thirtieth session: a quote whose words are on its page, which disputes them, fails the run
//! by default (`--fail-on disputed`), and every report says so.

use citecheck::model::{DisputeKind, Verdict};
use citecheck::server::{Response, Server};

use crate::support::Cli;

const CORRECTED: &str = "<html><head><title>Ferry timetable row</title></head><body><main>\
    <h1>Ferry timetable row deepens</h1>\
    <p>The operator cut the winter timetable to two crossings a day on Monday.</p>\
    <p>Residents said the island school would struggle to keep its teachers.</p>\
    <p><em>Correction: An earlier version of this article misquoted the harbour master as \
    saying \u{201C}the island will be cut off for most of the winter months.\u{201D} He said \
    the island would have fewer crossings.</em></p></main></body></html>";

const PLAIN: &str = "<html><head><title>Harbour dues</title></head><body><main>\
    <h1>Harbour dues rise</h1>\
    <p>The council voted to raise harbour dues by four percent from April next year.</p>\
    <p>Fishing boats under ten metres will pay the old rate until the autumn.</p>\
    </main></body></html>";

const ARTICLE: &str = "# Island crossings\n\n\
    The harbour master warned that \u{201C}the island will be cut off for most of the winter \
    months\u{201D}.[^1]\n\n\
    Meanwhile \u{201C}fishing boats under ten metres will pay the old rate until the \
    autumn\u{201D}.[^2]\n\n\
    [^1]: [Ferry timetable row](BASE/corrected)\n\
    [^2]: [Harbour dues](BASE/plain)\n";

/// Runs `check` on the article against a loopback server, with `extra` arguments.
fn run(extra: &[&str]) -> crate::support::Output {
    let server = Server::builder()
        .route("/corrected", Response::html(CORRECTED))
        .route("/plain", Response::html(PLAIN))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("article.md"),
        ARTICLE.replace("BASE", &server.base_url()),
    )
    .expect("write article");
    let mut args = vec![
        "check",
        "--no-config",
        "article.md",
        "--timeout",
        "5s",
        "--max-retries",
        "0",
    ];
    args.extend_from_slice(extra);
    Cli::in_dir(dir.path(), &args).run()
}

/// Regression (UX review): the page's correction said the quoted words were a misquote, and
/// the quote was `verified` with a warning that failed nothing: `check` exited 0 and the
/// reports ticked it off. Now the quote carries a dispute (`misquote`) beside the warning,
/// and the run fails by default; `--fail-on` without `disputed` makes it a warning again.
#[test]
fn a_quote_its_page_disowns_fails_the_run_by_default() {
    let out = run(&["--format", "json"]);
    assert_eq!(
        out.code, 1,
        "a disputed quote fails the run: {}",
        out.stderr
    );
    let report = out.report();
    let q = report
        .quotes
        .iter()
        .find(|q| q.text.starts_with("the island will be cut off"))
        .expect("the disputed quote");
    assert_eq!(q.verdict, Verdict::Verified, "its words are on the page");
    assert_eq!(q.disputes.len(), 1, "{:?}", q.disputes);
    assert_eq!(q.disputes[0].kind, DisputeKind::Misquote);
    assert!(
        q.warnings.contains(&q.disputes[0].message),
        "the dispute's message is among the warnings too: {:?}",
        q.warnings
    );
    let json = crate::support::json(&out);
    let quote = json["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .find(|q| q["text"].as_str().unwrap_or("").starts_with("the island"))
        .expect("quote in JSON");
    assert_eq!(quote["disputes"][0]["kind"], "misquote");
    // Counted apart in the summary, as one of the quotes (thirty-ninth session: the
    // terminal's `2 verified, 1 disputed by its page` read as three quotes; forty-seventh:
    // `…, 1 of them disputed` did not say which verdict's).
    assert_eq!(json["summary"]["disputed"], 1);
    assert_eq!(json["summary"]["verdicts"]["verified"], 2);
    let text = run(&["--no-progress"]);
    assert!(
        text.stdout
            .contains("2 verified; of these, 1 disputed by its page (1 verified)"),
        "{}",
        text.stdout
    );
    let plain = report
        .quotes
        .iter()
        .find(|q| q.text.starts_with("fishing boats"))
        .expect("the plain quote");
    assert_eq!(plain.verdict, Verdict::Verified);
    assert!(plain.disputes.is_empty(), "{:?}", plain.disputes);
    assert!(
        !json["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .any(|q| q["text"].as_str().unwrap_or("").starts_with("fishing")
                && q.get("disputes").is_some()),
        "an undisputed quote has no `disputes` field"
    );

    // The old default set, without `disputed`: a warning only.
    let out = run(&[
        "--format",
        "json",
        "--fail-on",
        "dead,error,timeout,soft_404,altered,partial,not_found",
    ]);
    assert_eq!(out.code, 0, "{}", out.stdout);
}

/// Every report for people and CI names the dispute and fails it: the terminal report's
/// heading, SARIF's rule and level, JUnit's failure type, GitHub's annotation.
#[test]
fn every_report_names_the_dispute() {
    let out = run(&[]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("disputed quote")
            && out.stdout.contains("disputed: the page's correction"),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("verified quote, with a warning"),
        "{}",
        out.stdout
    );

    let out = run(&["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&out.stdout).expect("SARIF");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    let disputed: Vec<_> = results
        .iter()
        .filter(|r| r["ruleId"] == "disputed-quote")
        .collect();
    assert_eq!(disputed.len(), 1, "{results:#?}");
    assert_eq!(disputed[0]["level"], "error");

    let out = run(&["--format", "junit"]);
    assert!(
        out.stdout.contains("type=\"disputed\""),
        "JUnit names the failure: {}",
        out.stdout
    );

    let out = run(&["--format", "github"]);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("::error") && l.contains("Disputed quote")),
        "{}",
        out.stdout
    );

    let out = run(&["--format", "markdown"]);
    assert!(out.stdout.contains("**Disputed:**"), "{}", out.stdout);
}

/// `--fail-on disputed` is a valid name, and so is its hyphenated spelling's absence of
/// hyphens; an unknown name still lists it among the valid ones.
#[test]
fn disputed_is_a_fail_on_name() {
    let out = run(&["--format", "json", "--fail-on", "disputed"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let out = run(&["--fail-on", "disputes"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("disputed"), "{}", out.stderr);
}
