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

/// A redirect loop was headed `link error (HTTP 302)` in the text report, the last hop's
/// status, as if the server had failed with a 302; the JSON's `detail` said `redirect loop`
/// and listed the hops. The heading now names the problem and counts the hops, and so for
/// a chain longer than `--max-redirects`.
#[test]
fn the_text_report_heads_a_redirect_loop_and_a_long_chain_by_their_problem() {
    let server = Server::builder()
        .route("/ping", Response::redirect(302, "/pong"))
        .route("/pong", Response::redirect(302, "/ping"))
        .route("/step1", Response::redirect(301, "/step2"))
        .route("/step2", Response::redirect(301, "/step3"))
        .route("/step3", Response::redirect(301, "/step4"))
        .route("/step4", Response::html("<p>The last step.</p>"))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Chains\n\nA [circular page]({}) and a [long way round]({}).\n",
            server.url("/ping"),
            server.url("/step1"),
        ),
    );
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "--no-config",
            "a.md",
            "--color",
            "never",
            "--max-redirects",
            "1",
        ],
    )
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let heading = |url: &str| {
        let lines: Vec<&str> = out.stdout.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.trim() == url)
            .unwrap_or_else(|| panic!("no {url}: {}", out.stdout));
        lines[at - 1].to_string()
    };
    let ping = heading(&server.url("/ping"));
    assert!(
        ping.ends_with("link error (redirect loop, 2 redirects)"),
        "{ping}"
    );
    let step = heading(&server.url("/step1"));
    assert!(
        step.ends_with("link error (too many redirects, 2 redirects)"),
        "{step}"
    );
    assert!(!out.stdout.contains("(HTTP 30"), "{}", out.stdout);
    // The Markdown report and the annotations say the problem, not the last hop's status.
    for (format, code) in [("markdown", "HTTP 302"), ("github", "(HTTP 30")] {
        let out = Cli::in_dir(
            d,
            &[
                "check",
                "--no-config",
                "a.md",
                "--format",
                format,
                "--max-redirects",
                "1",
            ],
        )
        .run();
        assert!(out.stdout.contains("redirect loop"), "{}", out.stdout);
        assert!(!out.stdout.contains(code), "{format}: {}", out.stdout);
    }
}

/// There was no `--quiet`: a CI step wanting only the exit status had to throw standard
/// output away. `-q`/`--quiet` writes nothing to standard output, keeps the exit status and
/// errors on standard error, and still writes `--output FILE` and `--report FMT=FILE`. A
/// `--format` or `--verbose` that would shape only the report it silences, and `-o -`, are
/// usage errors (exit 2).
#[test]
fn quiet_writes_no_report_to_standard_output_but_keeps_files_and_the_exit_status() {
    let server = Server::builder()
        .route("/lost", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Lost\n\nThe [survey]({}) went missing.\n",
            server.url("/lost")
        ),
    );
    let run = |extra: &[&str]| {
        let mut args = vec!["check", "--no-config", "a.md"];
        args.extend_from_slice(extra);
        Cli::in_dir(d, &args).run()
    };
    for quiet in ["-q", "--quiet"] {
        let out = run(&[quiet]);
        assert_eq!(out.code, 1, "{quiet}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{quiet}");
        assert_eq!(out.stderr, "", "{quiet}");
    }
    let out = run(&[
        "-q",
        "--format",
        "json",
        "--output",
        "main.json",
        "--report",
        "markdown=extra.md",
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    let main = std::fs::read_to_string(d.join("main.json")).expect("main report");
    let main: serde_json::Value = serde_json::from_str(&main).expect("JSON");
    assert_eq!(main["links"][0]["status"], "dead", "{main:#}");
    let extra = std::fs::read_to_string(d.join("extra.md")).expect("extra report");
    assert!(extra.contains("citecheck"), "{extra}");
    // A clean run is 0, quietly; an error still says itself on standard error.
    let ok = Cli::in_dir(d, &["check", "--no-config", "-q", "-"])
        .stdin("# Nothing cited\n\nJust prose.\n")
        .run();
    assert_eq!((ok.code, ok.stdout.as_str()), (0, ""), "{}", ok.stderr);
    let missing = run(&["-q", "nowhere.md"]);
    assert_eq!(missing.code, 2);
    assert_eq!(missing.stdout, "");
    assert!(missing.stderr.contains("nowhere.md"), "{}", missing.stderr);
    // What would shape only the silenced report is refused, with the way out.
    for extra in [
        &["-q", "--format", "sarif"][..],
        &["-q", "--verbose"][..],
        &["-q", "--output", "-"][..],
    ] {
        let out = run(extra);
        assert_eq!(out.code, 2, "{extra:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{extra:?}");
        assert!(out.stderr.contains("--quiet"), "{extra:?}: {}", out.stderr);
    }
}

/// The link cache forgot when a link first failed: each run that checked a dead link again
/// (its cached result past `--max-cache-age`) stored it as new, and a link-health report
/// could not say how long it had been dead. The cache now keeps when a link was first seen
/// failing, carried over while it stays failing and dropped once it answers; the JSON says
/// it as `failing_since` (new, optional) and the text report under the link.
#[test]
fn the_cache_remembers_since_when_a_link_has_been_failing() {
    let server = Server::builder()
        .sequence(
            "/notice",
            vec![
                Response::status(404),
                Response::status(410),
                Response::html("<p>The notice is back.</p>"),
                Response::status(404),
            ],
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Notices\n\nThe [closure notice]({}).\n",
            server.url("/notice")
        ),
    );
    let run = |format: &str| {
        Cli::in_dir(
            d,
            &[
                "check",
                "--no-config",
                "a.md",
                "--cache",
                "--cache-path",
                "links.cache",
                "--max-cache-age",
                "0s",
                "--max-retries",
                "0",
                "--format",
                format,
                "--color",
                "never",
            ],
        )
        .run()
    };
    let link = |out: &crate::support::Output| json(out)["links"][0].clone();
    let first = link(&run("json"));
    assert_eq!(first["status"], "dead", "{first:#}");
    let since = first["failing_since"]
        .as_str()
        .unwrap_or_else(|| panic!("no failing_since: {first:#}"))
        .to_string();
    assert!(since.ends_with('Z'), "{since}");
    // Checked again (the cached result is too old to reuse), still failing: the same date.
    let text = run("terminal");
    assert_eq!(text.code, 1, "{}", text.stderr);
    let shown = format!(
        "failing since {} UTC",
        since.trim_end_matches('Z').replacen('T', " ", 1)
    );
    assert!(text.stdout.contains(&shown), "{shown}\n{}", text.stdout);
    // Answering again forgets it; failing once more starts a new date.
    let back = link(&run("json"));
    assert_eq!(back["status"], "ok", "{back:#}");
    assert!(back.get("failing_since").is_none(), "{back:#}");
    let again = link(&run("json"));
    assert_eq!(again["status"], "dead", "{again:#}");
    assert!(again["failing_since"].is_string(), "{again:#}");
    assert_eq!(server.hits("/notice"), 4);
}
