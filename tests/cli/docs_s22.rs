//! Regressions from the twenty-second session's black-box review of the docs and help against
//! the binary.

use citecheck::server::{Response, RunningServer, Server};

use crate::support::{write, Cli, Output};

/// One page whose text a short quote (a scare quote) is not in.
fn server() -> RunningServer {
    Server::builder()
        .route(
            "/council",
            Response::html(
                "<!doctype html><html><head><meta charset=\"utf-8\"><title>Council minutes\
                 </title></head><body><main><p>At its meeting on 4 March the council voted to \
                 close the Elm Street library for renovation.</p></main></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback")
}

/// A short quote the cited page does not contain, and nothing else wrong.
const SHORT: &str = "The council called it \"a bold renovation plan\".[^1]\n\n[^1]: BASE/council\n";

/// Runs `check` in `dir` on `s.md` (written there from `SHORT`) with `args` after it.
fn check(server: &RunningServer, dir: &std::path::Path, args: &[&str]) -> Output {
    write(dir, "s.md", SHORT.replace("BASE", &server.base_url()));
    let mut all = vec!["check", "s.md", "--no-progress", "--max-retries", "0"];
    all.extend_from_slice(args);
    Cli::in_dir(dir, &all).run()
}

/// 01: every report's hint said "a warning unless --fail-on short_quotes", but that list
/// replaced the default one (dropping `not_found`) and the run passed. The name `default`
/// stands for the default list, so `--fail-on default,short_quotes` (the hint's words now)
/// adds to it, on the command line and in `citecheck.toml`; lists without it work as before.
#[test]
fn fail_on_default_adds_to_the_default_list() {
    let server = server();
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    // By default the short quote is a warning, and the hint says how to make it fail.
    let out = check(&server, d, &["--no-config", "--color", "never"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let hint = "4 words; a warning unless --fail-on default,short_quotes";
    assert!(out.stdout.contains(hint), "{}", out.stdout);
    // Following the hint word for word fails the run.
    let out = check(
        &server,
        d,
        &["--no-config", "--fail-on", "default,short_quotes"],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(!out.stdout.contains("a warning unless"), "{}", out.stdout);
    // Hyphens, case and spaces as for every other name.
    let out = check(
        &server,
        d,
        &["--no-config", "--fail-on", "DEFAULT, short-quotes"],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    // `default` alone is the default list.
    let out = check(&server, d, &["--no-config", "--fail-on", "default"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // A list without `default` still replaces it, as documented.
    let out = check(&server, d, &["--no-config", "--fail-on", "short_quotes"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = check(
        &server,
        d,
        &["--no-config", "--fail-on", "not_found,short_quotes"],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    // The configuration key takes it too.
    write(
        d,
        "citecheck.toml",
        "fail-on = [\"default\", \"short_quotes\"]\n",
    );
    let out = check(&server, d, &[]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    // An unknown name still lists the valid ones, `default` among them.
    let out = check(&server, d, &["--no-config", "--fail-on", "defaults"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("`defaults`") && out.stderr.contains("default"),
        "{}",
        out.stderr
    );
}

/// 06: a run whose inputs were all read had no `invocations` in its SARIF log, so a consumer
/// reading `runs[0].invocations[0].executionSuccessful` failed exactly when all went well.
#[test]
fn sarif_always_says_whether_the_run_succeeded() {
    let server = server();
    let dir = tempfile::tempdir().expect("temp dir");
    for (fail_on, code) in [("default", 0), ("default,short_quotes", 1)] {
        let out = check(
            &server,
            dir.path(),
            &["--no-config", "--format", "sarif", "--fail-on", fail_on],
        );
        assert_eq!(out.code, code, "{}", out.stderr);
        let log: serde_json::Value = serde_json::from_str(&out.stdout).expect("SARIF JSON");
        let invocation = &log["runs"][0]["invocations"][0];
        // Findings or not, every input was read: the tool did its work.
        assert_eq!(invocation["executionSuccessful"], true, "{}", out.stdout);
        assert!(
            invocation.get("toolExecutionNotifications").is_none(),
            "{invocation}"
        );
        // Lines are counted as citecheck counts them (twenty-seventh session: a lone `\r`
        // ends one), which SARIF's default (`\r\n` and `\n`) would not.
        assert_eq!(
            log["runs"][0]["newlineSequences"],
            serde_json::json!(["\r\n", "\n", "\r"]),
            "{}",
            out.stdout
        );
    }
}

/// 03: `citecheck.example.toml` with every setting uncommented is a configuration a run
/// accepts as it is (its `root-dir` names a folder that exists wherever the file is).
#[test]
fn the_example_config_uncommented_runs() {
    let text = include_str!("../../citecheck.example.toml");
    let uncommented: String = text
        .lines()
        .map(|l| match l.strip_prefix('#') {
            Some(rest) if rest.starts_with(|c: char| c.is_ascii_lowercase() || c == '[') => rest,
            _ => l,
        })
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(uncommented.contains("\nroot-dir = "), "{uncommented}");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "citecheck.toml", uncommented);
    write(d, "a.md", "# A\n\nNo links here.\n");
    let out = Cli::in_dir(d, &["check", "a.md"])
        .env("EXAMPLE_API_AUTHORIZATION", "Bearer abc123")
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(d.join("citecheck-report.txt").is_file(), "`output` written");
}
