//! Regressions from the fifty-eighth session's held-out review of the command line.

use crate::support::{json, write, Cli};
use citecheck::server::{Response, Server};

/// `check clean.md URL404 URL410 --format sarif` stopped at the first dead article address:
/// stdout was empty (an empty SARIF file for CI), the second address was never named and
/// every `--report` file kept an earlier run's content. A live article beside other inputs
/// that cannot be fetched is now an input that cannot be read, as a missing file beside
/// others is: named in every format while the others are checked, and the run exits 2.
/// Named alone, it still stops the run with its address.
#[test]
fn a_dead_article_address_beside_others_is_reported_while_the_others_are_checked() {
    let server = Server::builder()
        .route("/page", Response::html("<p>The ferry runs every hour.</p>"))
        .route("/gone", Response::status(404))
        .route("/withdrawn", Response::status(410))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "clean.md",
        format!(
            "# Ferry\n\nThe [timetable]({}) says \"the ferry runs every hour\".\n",
            server.url("/page")
        ),
    );
    // A report a passing run left behind.
    write(d, "last.json", "{\"stale\": true}\n");
    let gone = server.url("/gone");
    let withdrawn = server.url("/withdrawn");
    let run = |format: &str| {
        Cli::in_dir(
            d,
            &[
                "check",
                "--no-config",
                "clean.md",
                &gone,
                &withdrawn,
                "--format",
                format,
                "--report",
                "json=last.json",
            ],
        )
        .run()
    };
    let out = run("sarif");
    assert_eq!(out.code, 2, "{}", out.stderr);
    let sarif = json(&out);
    assert_eq!(
        sarif["runs"][0]["invocations"][0]["executionSuccessful"], false,
        "{sarif:#}"
    );
    let results = sarif["runs"][0]["results"].to_string();
    for url in [&gone, &withdrawn] {
        assert!(results.contains(url.as_str()), "{url} named: {results}");
        assert!(out.stderr.contains(url.as_str()), "{url}: {}", out.stderr);
    }
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(d.join("last.json")).expect("the JSON report"),
    )
    .expect("JSON");
    assert!(report.get("stale").is_none(), "the report is rewritten");
    let files: Vec<&str> = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|doc| doc["file"].as_str())
        .collect();
    assert!(files.contains(&"clean.md"), "{files:?}");
    assert!(files.contains(&gone.as_str()), "{files:?}");
    let verified = report["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .any(|q| q["verdict"] == "verified");
    assert!(verified, "the article beside them is checked: {report:#}");
    let terminal = run("terminal");
    assert_eq!(terminal.code, 2);
    assert!(
        terminal.stdout.contains("2 inputs could not be read"),
        "{}",
        terminal.stdout
    );
    // Named alone, a dead address stops the run, naming it.
    let alone = Cli::in_dir(d, &["check", "--no-config", &gone, "--format", "sarif"]).run();
    assert_eq!(alone.code, 2);
    assert!(alone.stdout.is_empty(), "{}", alone.stdout);
    assert!(alone.stderr.contains(gone.as_str()), "{}", alone.stderr);
}

/// An uncited quote whose `[^9]` marker points to no note ended the report with the hint
/// to leave it out as "a quoted example that is no quotation": the fix is the missing note.
/// The hint stays for a quote that nothing cites at all.
#[test]
fn the_ignore_hint_is_not_given_for_a_quote_whose_marker_points_to_no_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "orphan.md",
        "# Ferry\n\nThe operator said \"the ferry will run every forty minutes all summer\".[^9]\n",
    );
    write(
        d,
        "bare.md",
        "# Ferry\n\nThe operator said \"the ferry will run every forty minutes all summer\".\n",
    );
    let run = |name: &str| Cli::in_dir(d, &["check", "--no-config", name]).run();
    let orphan = run("orphan.md");
    assert_eq!(orphan.code, 0, "warnings only: {}", orphan.stderr);
    assert!(
        orphan
            .stdout
            .contains("marker `9` after the quote points to no note"),
        "{}",
        orphan.stdout
    );
    assert!(
        !orphan.stdout.contains("citecheck-ignore-next"),
        "{}",
        orphan.stdout
    );
    let bare = run("bare.md");
    assert!(
        bare.stdout.contains("<!-- citecheck-ignore-next -->"),
        "{}",
        bare.stdout
    );
}

/// The terminal and Markdown reports headed an `altered` quote "misquote" while their
/// summaries, the JSON and the HTML report said "altered": an editor searching the report
/// for the verdict found nothing. The rule's title is now "Altered quote" (its id,
/// `misquote`, which SARIF and fingerprints carry, is unchanged).
#[test]
fn an_altered_quote_is_headed_by_its_verdict() {
    let server = Server::builder()
        .route(
            "/report",
            Response::html("<p>Bus collisions rose by 2 percent on the new corridors.</p>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Buses\n\nThe [report]({}) found that \"bus collisions rose by 12 percent on the new corridors\".\n",
            server.url("/report")
        ),
    );
    for (format, heading) in [
        ("terminal", "altered quote (score"),
        ("markdown", "**Altered quote** at a.md:3:"),
        ("sarif", "\"ruleId\": \"misquote\""),
    ] {
        let out = Cli::in_dir(d, &["check", "--no-config", "a.md", "--format", format]).run();
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        assert!(out.stdout.contains(heading), "{format}: {}", out.stdout);
        assert!(!out.stdout.contains("Misquote"), "{format}: {}", out.stdout);
    }
}
