//! Regressions from the thirty-seventh session's held-out evaluation of the reports as CI
//! systems read them. Only 127.0.0.1 is ever contacted.

use citecheck::server::{Response, Server};

use crate::support::{write, Cli};

fn dead_server() -> citecheck::server::RunningServer {
    Server::builder()
        .route("/gone", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind")
}

/// Regression: a `\` in a file's name (a letter of it, off Windows) was written `/` in
/// GitHub's annotations, SARIF and JUnit: `back/slash.md`, a file that does not exist.
#[cfg(unix)]
#[test]
fn a_backslash_in_a_file_name_is_kept() {
    let server = dead_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "back\\slash.md",
        format!("A [dead]({}).\n", server.url("/gone")),
    );
    let run = |format: &str| {
        let out = Cli::in_dir(d, &["check", "--no-config", ".", "--format", format]).run();
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        out.stdout
    };
    let github = run("github");
    assert!(
        github.contains("::error file=back\\slash.md,line=1,col=3"),
        "{github}"
    );
    let sarif = run("sarif");
    assert!(sarif.contains("\"uri\": \"back%5Cslash.md\""), "{sarif}");
    let junit = run("junit");
    assert!(junit.contains("file=\"back\\slash.md\""), "{junit}");
}

/// Regression: findings in an article read from standard input had no location in SARIF
/// (code scanning refuses the whole upload then), and GitHub's annotations no place at all.
/// Two findings alike (the same quote twice, a URL cited twice on a line) had the same
/// SARIF fingerprint, so code scanning would fold them into one alert.
#[test]
fn stdin_findings_have_a_place_and_every_fingerprint_is_its_own() {
    let server = dead_server();
    let gone = server.url("/gone");
    let article = format!(
        "A [dead]({gone}) and [again]({gone}).\n\nShe said \"words nobody can find here\" ({gone}).\n\n\
         She said \"words nobody can find here\" ({gone}).\n"
    );
    let out = Cli::new(&["check", "--no-config", "-", "--format", "sarif"])
        .stdin(&article)
        .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("SARIF is JSON");
    let results = v["runs"][0]["results"].as_array().expect("results");
    assert!(results.len() >= 4, "{results:#?}");
    for r in results {
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "%3Cstdin%3E", "{r:#?}");
        assert!(loc["region"]["startLine"].as_u64().is_some_and(|l| l >= 1));
    }
    let fps: Vec<&str> = results
        .iter()
        .map(|r| {
            r["partialFingerprints"]["citecheck/v1"]
                .as_str()
                .expect("fp")
        })
        .collect();
    let unique: std::collections::BTreeSet<&&str> = fps.iter().collect();
    assert_eq!(unique.len(), fps.len(), "{fps:?}");

    let out = Cli::new(&["check", "--no-config", "-", "--format", "github"])
        .stdin(&article)
        .run();
    let first = out.stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("::error title=") && first.contains("::<stdin>:1:3: "),
        "{}",
        out.stdout
    );
}

/// Regression: `--fail-on ','` turned failing off without a word, `dead,,altered` was
/// accepted, and `--fail-on verified` failed the run while no annotation said why. Each is
/// a usage error (exit 2) naming the option.
#[test]
fn fail_on_slips_are_usage_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.md", "Nothing cited.\n");
    for list in [",", "dead,,altered", "verified", "ok,dead"] {
        let out = Cli::in_dir(
            dir.path(),
            &["check", "--no-config", "a.md", "--fail-on", list],
        )
        .run();
        assert_eq!(out.code, 2, "{list}: {}", out.stderr);
        assert!(out.stderr.contains("--fail-on"), "{list}: {}", out.stderr);
    }
    let out = Cli::in_dir(
        dir.path(),
        &["check", "--no-config", "a.md", "--fail-on", ""],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
}

/// Regression: in the HTML report a `dead` link the policy did not fail was a green `ok`
/// row, hidden by the "Problems" filter, while every other format warned about it; and a
/// verdict's count was marked failing whole though some of its quotes (short ones not
/// found) were only warnings. Now each row has its findings' level, and the summaries count
/// failing quotes and short ones apart.
#[test]
fn html_rows_and_summaries_follow_each_finding() {
    let server = Server::builder()
        .route("/gone", Response::status(404))
        .route(
            "/page",
            Response::html(
                "<html><head><title>Council</title></head><body><h1>Council</h1><p>The \
                 council met on Monday and agreed the budget for the coming year.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let page = server.url("/page");
    write(
        d,
        "a.md",
        format!(
            "The archive [was here]({}).\n\n\
             The clerk said \"the ferry will run every hour from next spring\" ({page}).\n\n\
             The mayor said \"the harbour wall will be rebuilt in stone\" ({page}).\n\n\
             Critics called it \"a folly\" ({page}).\n",
            server.url("/gone")
        ),
    );
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "--no-config",
            "a.md",
            "--fail-on",
            "altered",
            "--format",
            "html",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let row = out
        .stdout
        .lines()
        .find(|l| l.contains("data-status=\"dead\""))
        .expect("the dead link's row");
    assert!(
        row.contains("class=\"lvl-warning\"") && row.contains("data-problem=\"true\""),
        "{row}"
    );
    let out = Cli::in_dir(d, &["check", "--no-config", "a.md", "--format", "markdown"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout.contains("| ❌ not\\_found | 2 |"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("| ⚠️ not\\_found \\(short, warnings\\) | 1 |"),
        "{}",
        out.stdout
    );
}

/// Regression (configuration evaluation): `-o -` wrote a file named `-` instead of standard
/// output, and `verbose = true` in a config file was an unknown key though the docs say
/// every option of `check` can be written there.
#[test]
fn dash_output_is_stdout_and_verbose_is_a_config_key() {
    let server = Server::builder()
        .route("/ok", Response::html("<title>Fine</title><p>Fine.</p>"))
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!("A [fine page]({}).\n", server.url("/ok")),
    );
    for cmd in ["check", "extract"] {
        let out = Cli::in_dir(
            d,
            &[cmd, "--no-config", "a.md", "--format", "json", "-o", "-"],
        )
        .run();
        assert_eq!(out.code, 0, "{cmd}: {}", out.stderr);
        assert!(
            out.stdout.contains("\"schema_version\""),
            "{cmd}: {}",
            out.stdout
        );
        assert!(!d.join("-").exists(), "{cmd} wrote a file named -");
    }
    write(d, "v.toml", "verbose = true\n");
    let out = Cli::in_dir(d, &["check", "--config", "v.toml", "a.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains(&server.url("/ok")), "{}", out.stdout);
    let out = Cli::in_dir(d, &["check", "--no-config", "a.md"]).run();
    assert!(!out.stdout.contains(&server.url("/ok")), "{}", out.stdout);
}

/// Regression (configuration evaluation): `--cache-path` or `--max-cache-age` without
/// `--cache` did nothing, without a word.
#[test]
fn cache_settings_without_the_cache_are_warned_about() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.md", "Nothing cited.\n");
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "a.md",
            "--cache-path",
            "c.json",
            "--max-cache-age",
            "1h",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("warning: cache-path and max-cache-age do nothing without --cache"),
        "{}",
        out.stderr
    );
    assert!(!dir.path().join("c.json").exists());
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "a.md",
            "--cache",
            "--cache-path",
            "c.json",
        ],
    )
    .run();
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
}
