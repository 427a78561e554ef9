//! Leftovers of the twenty-second session's docs review: the cache's max age to the
//! millisecond, config errors naming the key and file, the Markdown verdict mark of a short
//! quote, and `extract`'s exit status on a truncated input.

use citecheck::server::{Response, Server};

use crate::support::{json, write, Cli};

/// Regression: cache entries were dated in whole seconds, so `--max-cache-age 100ms` (0 s)
/// or `0` reused a result checked earlier in the same second. An entry half a second old is
/// stale for a max age of 100 ms, and `0` reuses nothing.
#[test]
fn max_cache_age_is_exact_to_the_millisecond() {
    let server = Server::builder()
        .route(
            "/page",
            Response::html("<html><body><p>Hi.</p></body></html>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", format!("A [link]({}).\n", server.url("/page")));
    let run = |max_age: &str| {
        let out = Cli::in_dir(
            d,
            &[
                "check",
                "a.md",
                "--no-config",
                "--cache",
                "--cache-path",
                "cache.json",
                "--format",
                "json",
                "--max-retries",
                "0",
                "--max-cache-age",
                max_age,
            ],
        )
        .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        json(&out)["links"][0]["cached"].as_bool().unwrap_or(false)
    };
    assert!(!run("1d"));
    assert_eq!(server.hits("/page"), 1);
    // However soon after: a max age of 0 reuses nothing.
    assert!(!run("0"));
    assert_eq!(server.hits("/page"), 2);
    // Date the entry half a second back (as this build writes it: seconds and milliseconds).
    let path = d.join("cache.json");
    let mut cache: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("cache written")).expect("JSON");
    let now_ms = u64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_millis(),
    )
    .expect("u64");
    let at = now_ms - 500;
    for e in cache["entries"]
        .as_object_mut()
        .expect("entries")
        .values_mut()
    {
        e["checked_at"] = (at / 1000).into();
        e["checked_at_ms"] = at.into();
    }
    std::fs::write(&path, serde_json::to_vec(&cache).expect("JSON")).expect("write cache");
    assert!(!run("100ms"), "half a second old is stale for 100ms");
    assert_eq!(server.hits("/page"), 3);
    assert!(run("1h"), "and fresh for an hour");
    assert_eq!(server.hits("/page"), 3);
}

/// Regression: a value in `citecheck.toml` found wrong only when the run starts (a
/// `root-dir` that does not exist, a zero `timeout`, …) was reported as `invalid value for
/// --root-dir`, an option the command line never had. It names the file, the key and the
/// line, as the errors found when the file is read do; the same value given on the command
/// line still names the option.
#[test]
fn config_values_found_wrong_at_the_start_name_the_key_and_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", "# A\n\nNo links here.\n");
    let cases: &[(&str, &str, &str, bool)] = &[
        // (the file's text, the key, a word of the message, whether `extract` sees it too)
        ("root-dir = \"nope\"\n", "root-dir", "no such folder", true),
        (
            "root-dir = \"a.md\"\n",
            "root-dir",
            "a file, not a folder",
            true,
        ),
        ("glob = [\"a[\"]\n", "glob", "not a valid glob", true),
        (
            "exclude-path = [\"a[\"]\n",
            "exclude-path",
            "not a valid glob",
            true,
        ),
        ("timeout = \"0\"\n", "timeout", "more than 0", false),
        ("max-body = \"0\"\n", "max-body", "more than 0", false),
        ("accept = [\"abc\"]\n", "accept", "status code", false),
        (
            "header = [\"Bad Name: x\"]\n",
            "header",
            "header name",
            false,
        ),
        (
            "header = [\"X-Token: $CITECHECK_UNSET\"]\n",
            "header",
            "is not set",
            false,
        ),
        (
            "user-agent = \"a\\u0001b\"\n",
            "user-agent",
            "not allowed",
            false,
        ),
    ];
    for &(text, key, words, extract_too) in cases {
        let toml = format!("# settings\n{text}");
        write(d, "citecheck.toml", &toml);
        let mut commands = vec!["check"];
        if extract_too {
            commands.push("extract");
        }
        for command in commands {
            let out = Cli::in_dir(d, &[command, "a.md"]).run();
            assert_eq!(out.code, 2, "{command} {text}: {}", out.stderr);
            let err = out.stderr.trim_end();
            assert!(
                err.contains(&format!("citecheck.toml: `{key}`: ")) && err.contains(words),
                "{command} {text}: {err}"
            );
            assert!(err.ends_with("(line 2)"), "{command} {text}: {err}");
            assert!(!err.contains("--"), "no option named: {err}");
        }
    }
    // A `cache-path` that is an input names the key and the file too.
    write(d, "citecheck.toml", "cache = true\ncache-path = \"a.md\"\n");
    let out = Cli::in_dir(d, &["check", "a.md", "--no-progress"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("`cache-path` (") && out.stderr.contains("citecheck.toml)"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("--cache-path"), "{}", out.stderr);
    // Given on the command line over a good file value, the option is named.
    write(d, "citecheck.toml", "timeout = \"5s\"\nroot-dir = \".\"\n");
    for (args, option) in [
        (&["check", "a.md", "--timeout", "0"][..], "--timeout"),
        (&["extract", "a.md", "--root-dir", "nope"][..], "--root-dir"),
        (&["check", "a.md", "--root-dir", "nope"][..], "--root-dir"),
    ] {
        let out = Cli::in_dir(d, args).run();
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr
                .contains(&format!("invalid value for {option}: ")),
            "{args:?}: {}",
            out.stderr
        );
    }
}

/// Regression: the Markdown report's verdict table marked a short quote not found with ❌
/// while the run passed and listed it under Warnings (a confusing PR comment); the terminal
/// summary coloured its count as a failure and the HTML report's card was a failing one.
/// Every summary now marks it as the finding is: a warning, unless `short_quotes` makes it
/// fail.
#[test]
fn a_short_quote_not_found_is_a_warning_in_every_summary() {
    let server = Server::builder()
        .route(
            "/council",
            Response::html(
                "<!doctype html><html><head><title>Council</title></head><body><main><p>The \
                 council voted to close the Elm Street library for renovation.</p></main>\
                 </body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "s.md",
        format!(
            "The council called it \"a bold renovation plan\".[^1]\n\n[^1]: {}\n",
            server.url("/council")
        ),
    );
    let run = |args: &[&str]| {
        let mut all = vec![
            "check",
            "s.md",
            "--no-config",
            "--no-progress",
            "--max-retries",
            "0",
            "--report",
            "html=r.html",
        ];
        all.extend_from_slice(args);
        Cli::in_dir(d, &all).run()
    };
    let html_card = |id: &str| {
        let html = std::fs::read_to_string(d.join("r.html")).expect("HTML report");
        let at = html.find(&format!("id=\"card-{id}\"")).expect("the card");
        let open = html[..at].rfind("<div").expect("its tag");
        html[open..at].to_string()
    };
    // Passing: a warning everywhere.
    let out = run(&["--format", "markdown"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("| ⚠️ not\\_found \\(short, warnings\\) | 1 |"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("❌"), "{}", out.stdout);
    let card = html_card("verdict-not_found-short");
    assert!(card.contains("card warn"), "{card}");
    let out = run(&["--color", "always"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("\u{1b}[33m1 not_found (short, warnings)\u{1b}[0m"),
        "{}",
        out.stdout
    );
    // Failing under `short_quotes`: a failure everywhere.
    let out = run(&["--format", "markdown", "--fail-on", "default,short_quotes"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout.contains("| ❌ not\\_found | 1 |"),
        "{}",
        out.stdout
    );
    let card = html_card("verdict-not_found");
    assert!(card.contains("card fail"), "{card}");
    let out = run(&["--color", "always", "--fail-on", "default,short_quotes"]);
    assert!(
        out.stdout.contains("\u{1b}[1;31m1 not_found\u{1b}[0m"),
        "{}",
        out.stdout
    );
}

/// `extract` exits 1 for an input cut at the 64 MiB cap, as for any document warning (the
/// README's exit codes, decided in docs/design.md): the start is read and reported, the
/// link past the cap is not. The input (64 MiB of spaces, which extract quickly) is made
/// here.
#[test]
fn extract_exits_1_for_an_input_cut_at_the_cap() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let cap = usize::try_from(citecheck::input::DEFAULT_MAX_INPUT_BYTES).expect("usize");
    let mut big = b"See [a](https://example.org/start).\n\n".to_vec();
    big.resize(cap, b' ');
    big.extend_from_slice(b"\n\nPast the cap [b](https://example.org/end).\n");
    write(d, "big.txt", &big);
    drop(big);
    let out = Cli::in_dir(d, &["extract", "big.txt", "--format", "json"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v = json(&out);
    let doc = &v["documents"][0];
    let warnings = doc["warnings"].to_string();
    assert!(
        warnings.contains("input larger than 67108864 bytes: only the start was read"),
        "{warnings}"
    );
    let links = doc["links"].to_string();
    assert!(links.contains("https://example.org/start"), "{links}");
    assert!(!links.contains("https://example.org/end"), "{links}");
}
