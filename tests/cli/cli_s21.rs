//! Regressions from the twenty-first session's black-box review of the command line and
//! the configuration file.

use crate::support::{write, Cli};

/// `output` and `report` are configuration keys (the docs said every option is): relative
/// paths are relative to the file's folder, wherever citecheck runs; `--report` replaces
/// the file's list; `extract` ignores `output`; a clash names the key and the file. They
/// were refused as unknown keys.
#[test]
fn output_and_report_in_the_config_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "sub/a.md", "# A\n\nNo links here.\n");
    std::fs::create_dir(d.join("out")).expect("mkdir");
    write(
        d,
        "citecheck.toml",
        "output = \"out/main.txt\"\nreport = [\"json=out/r.json\", \"html=out/r.html\"]\n",
    );
    // Run from the subfolder: the config is found above, and its paths are beside it.
    let sub = d.join("sub");
    let out = Cli::in_dir(&sub, &["check", "a.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "", "the main report goes to `output`");
    let main = std::fs::read_to_string(d.join("out/main.txt")).expect("output written");
    assert!(main.contains("Result: PASSED"), "{main}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("out/r.json")).expect("json"))
            .expect("a JSON report");
    assert_eq!(json["summary"]["documents"], 1);
    assert!(d.join("out/r.html").is_file());
    assert!(
        !sub.join("out").exists(),
        "nothing written under the working folder"
    );

    // `--report` on the command line replaces the file's list; `output` still applies.
    std::fs::remove_file(d.join("out/r.json")).expect("rm");
    let out = Cli::in_dir(&sub, &["check", "a.md", "--report", "sarif=s.sarif"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(sub.join("s.sarif").is_file());
    assert!(
        !d.join("out/r.json").exists(),
        "the file's list was replaced"
    );

    // `extract` writes to standard output: the file's `output` is `check`'s report.
    let out = Cli::in_dir(&sub, &["extract", "a.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("a.md (markdown)"), "{}", out.stdout);

    // A clash between the command line and the file names both, and the file.
    let out = Cli::in_dir(&sub, &["check", "a.md", "--output", "../out/r.json"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("`report` entry `json=")
            && out.stderr.contains("citecheck.toml")
            && out.stderr.contains("is also written by --output"),
        "{}",
        out.stderr
    );
    // An output from the file naming an input.
    write(d, "citecheck.toml", "output = \"sub/a.md\"\n");
    let out = Cli::in_dir(&sub, &["check", "a.md"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("invalid value for `output` (")
            && out
                .stderr
                .contains("is also an input: it would be overwritten by the report"),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read_to_string(sub.join("a.md")).expect("article"),
        "# A\n\nNo links here.\n"
    );
    // A bad entry is a configuration error naming the key and the line.
    write(d, "citecheck.toml", "# r\nreport = [\"pdf=r.pdf\"]\n");
    let out = Cli::in_dir(&sub, &["check", "a.md"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("citecheck.toml: `report`: `pdf=r.pdf`")
            && out.stderr.contains("(line 2)"),
        "{}",
        out.stderr
    );
}

/// A `--cache-path` naming an input is refused, and the message says the cache (not a
/// report) would overwrite it.
#[test]
fn cache_path_naming_an_input_says_the_cache() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.md", "# A\n\nNo links here.\n");
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "a.md",
            "--no-config",
            "--cache",
            "--cache-path",
            "a.md",
        ],
    )
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "invalid value for --cache-path: a.md is also an input: it would be overwritten by the cache"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.md")).expect("article"),
        "# A\n\nNo links here.\n"
    );
}

/// A `$GITHUB_STEP_SUMMARY` that cannot be written is a warning naming the variable (the
/// user never typed its path), and the exit status stays the check's: a clean run exited 2
/// with `cannot write PATH`.
#[test]
fn unwritable_step_summary_is_a_warning_naming_the_variable() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.md", "# A\n\nNo links here.\n");
    let summary = dir.path().join("missing-folder/summary.md");
    let out = Cli::in_dir(
        dir.path(),
        &["check", "a.md", "--no-config", "--format", "github"],
    )
    .env("GITHUB_STEP_SUMMARY", &summary)
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!(
            "citecheck: warning: cannot append to $GITHUB_STEP_SUMMARY ({}): ",
            summary.display()
        )),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    // Findings still exit 1, not 2.
    write(
        dir.path(),
        "b.md",
        "# B\n\nSee [gone](http://127.0.0.1:1/gone).\n",
    );
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "b.md",
            "--no-config",
            "--format",
            "github",
            "--max-retries",
            "0",
        ],
    )
    .env("GITHUB_STEP_SUMMARY", &summary)
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("::error"), "{}", out.stdout);
    assert!(
        out.stderr.contains("$GITHUB_STEP_SUMMARY"),
        "{}",
        out.stderr
    );
}

/// An article given as a URL that cannot be fetched is explained in the words a cited link
/// gets (`connection refused (nothing listens on that port)`), not with the HTTP library's
/// chain of messages (`error sending request for url (…): client error (Connect): …`).
#[test]
fn unreachable_article_url_is_explained_as_a_link_is() {
    let out = Cli::new(&[
        "check",
        "http://127.0.0.1:1/article",
        "--no-config",
        "--max-retries",
        "0",
    ])
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(
        out.stderr.trim_end(),
        "citecheck: cannot fetch http://127.0.0.1:1/article: connection refused (nothing listens on that port)"
    );
    // `extract` reads it the same way.
    let out = Cli::new(&["extract", "http://127.0.0.1:1/article", "--no-config"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("connection refused (nothing listens on that port)")
            && !out.stderr.contains("error sending request"),
        "{}",
        out.stderr
    );
}

/// A `--glob` (or config `glob`) written with a leading `./`, as shell scripts write paths,
/// matches as it would without it: `--glob ./content/posts/p.md` matched nothing (exit 2,
/// "no documents").
#[test]
fn glob_with_a_leading_dot_slash_matches() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "content/posts/p.md", "# P\n\nNo links here.\n");
    write(d, "content/drafts/d.md", "# D\n\nNo links here.\n");
    for glob in [
        "./content/posts/p.md",
        "./content/posts/*.md",
        ".//content/posts/**",
    ] {
        let out = Cli::in_dir(
            d,
            &[
                "check",
                ".",
                "--no-config",
                "--glob",
                glob,
                "--format",
                "json",
            ],
        )
        .run();
        assert_eq!(out.code, 0, "{glob}: {}", out.stderr);
        assert_eq!(
            crate::support::files(&out),
            ["content/posts/p.md"],
            "{glob}"
        );
    }
    // From the config file too.
    write(
        d,
        "citecheck.toml",
        "glob = [\"./content/posts/*.md\"]\nformat = \"json\"\n",
    );
    let out = Cli::in_dir(d, &["check", "."]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(crate::support::files(&out), ["content/posts/p.md"]);
}

/// A `cache-path` written in a config file found above the working folder is beside the
/// file, as `root-dir`, `output` and `report` are: it was relative to wherever citecheck
/// ran, so each subfolder got a cache of its own.
#[test]
fn cache_path_in_the_config_file_is_beside_it() {
    let server = citecheck::server::Server::builder()
        .route(
            "/p",
            citecheck::server::Response::html("<p>A page that is there.</p>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "sub/a.md",
        format!("# A\n\nSee [p]({}/p).\n", server.base_url()),
    );
    write(
        d,
        "citecheck.toml",
        "cache = true\ncache-path = \"c.cache\"\n",
    );
    let out = Cli::in_dir(&d.join("sub"), &["check", "a.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        d.join("c.cache").is_file(),
        "the cache is beside the config"
    );
    assert!(!d.join("sub/c.cache").exists());
}
