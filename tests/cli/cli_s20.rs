//! Regressions from the twentieth session's black-box test of the command line (options,
//! the config file, the cache, folder walking): each test failed before its fix.

use citecheck::server::{Response, Server};

use crate::support::{files, json, run_unprivileged, skipped_unprivileged, write, Cli, Output};

/// `(status, cached, detail)` of the one link of a JSON check report.
fn the_link(out: &Output) -> (String, bool, String) {
    let v = json(out);
    let l = &v["links"][0];
    (
        l["status"].as_str().unwrap_or("").to_string(),
        l["cached"].as_bool().unwrap_or(false),
        l["detail"].as_str().unwrap_or("").to_string(),
    )
}

/// Regression: the cache ignored `--accept`. A run with `--accept 200..=499` stored a 404
/// as `ok`, and the next run without it read "ok (accepted by --accept)" from the cache and
/// passed: a dead link passed CI for a day. A result is reused only under the settings that
/// produced it now.
#[test]
fn the_cache_keeps_results_apart_by_accept() {
    let server = Server::builder()
        .route("/gone", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", format!("A [link]({}).\n", server.url("/gone")));
    let run = |extra: &[&str]| {
        let mut args = vec![
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
        ];
        args.extend_from_slice(extra);
        Cli::in_dir(d, &args).run()
    };
    let out = run(&["--accept", "200..=499"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(the_link(&out).0, "ok");
    let out = run(&[]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let (status, cached, detail) = the_link(&out);
    assert_eq!((status.as_str(), cached), ("dead", false), "{detail}");
    // Each setting reuses its own result.
    let out = run(&[]);
    assert_eq!(the_link(&out).0, "dead");
    assert!(the_link(&out).1, "the plain run's own result is cached");
    let out = run(&["--accept", "200..=499"]);
    assert_eq!(the_link(&out).0, "ok");
    assert!(the_link(&out).1);
    assert_eq!(server.hits("/gone"), 2, "one fetch per setting");
}

/// Regression: `accept = ["403"]` (or `--accept 403`) replaced 2xx, so every 200 became an
/// `error` ("HTTP 200 OK is not accepted by --accept"). `accept` adds to 2xx, as the example
/// config says; a bare number is a status too.
#[test]
fn accept_adds_to_2xx() {
    let server = Server::builder()
        .route("/page", Response::html("<p>Hello there.</p>"))
        .route("/members", Response::status(403))
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "A [page]({}) and [another]({}).\n",
            server.url("/page"),
            server.url("/members")
        ),
    );
    write(d, "strings.toml", "accept = [\"403\"]\n");
    write(d, "numbers.toml", "accept = [403]\n");
    for args in [
        &["--config", "strings.toml"][..],
        &["--config", "numbers.toml"][..],
        &["--no-config", "--accept", "403"][..],
    ] {
        let mut all = vec!["check", "a.md", "--format", "json", "--max-retries", "0"];
        all.extend_from_slice(args);
        let out = Cli::in_dir(d, &all).run();
        assert_eq!(out.code, 0, "{args:?}: {}\n{}", out.stderr, out.stdout);
        let v = json(&out);
        let statuses: Vec<&str> = v["links"]
            .as_array()
            .expect("links")
            .iter()
            .map(|l| l["status"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(statuses, ["ok", "ok"], "{args:?}");
    }
}

/// Regression: a folder whose only files are binary (an image saved as `.md`) gave
/// "0 documents … PASSED" and exit 0, while an empty folder is an error: a run that checks
/// nothing must not pass.
#[test]
fn a_folder_of_binary_files_only_is_an_input_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "content/cover.md",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
    );
    for args in [
        &["check", "content", "--no-config"][..],
        &["extract", "content", "--no-config", "-o", "out.txt"][..],
    ] {
        let out = Cli::in_dir(d, args).run();
        assert_eq!(out.code, 2, "{args:?}: {}", out.stdout);
        assert!(
            out.stderr.contains("no documents") && out.stderr.contains("content"),
            "{}",
            out.stderr
        );
        assert!(!out.stdout.contains("PASSED"), "{}", out.stdout);
    }
    assert!(!d.join("out.txt").exists(), "no report of nothing");
}

/// Regression: a sub-folder that cannot be listed aborted the whole run ("cannot walk
/// content: content/locked: Permission denied") with no report, where an unreadable file
/// is a document warning and the run goes on. The folder is reported as the file is now.
#[cfg(unix)]
#[test]
fn an_unreadable_sub_folder_is_reported_and_the_run_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "content/fine.md", "# Fine\n\nNothing cited.\n");
    write(d, "content/locked/secret.md", "# Locked\n");
    let locked = d.join("content/locked");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let out = run_unprivileged(
        d,
        &["extract", "content", "--no-config", "--format", "json"],
    );
    // Named, the folder is an input error, before anything is written.
    let named = run_unprivileged(d, &["extract", "content/locked", "--no-config"]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    if let Some(named) = named {
        assert_eq!(named.code, 2, "{}", named.stdout);
        assert!(named.stdout.is_empty(), "{}", named.stdout);
        assert!(named.stderr.contains("content/locked"), "{}", named.stderr);
    }
    let Some(out) = out else {
        skipped_unprivileged();
        return;
    };
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(files(&out), ["content/fine.md", "content/locked"]);
    let warning = json(&out)["documents"][1]["warnings"][0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(warning.contains("cannot read content/locked"), "{warning}");
    assert!(
        out.stderr.contains("cannot read content/locked"),
        "{}",
        out.stderr
    );
}

/// Regression: durations and sizes written as bare numbers in the config file
/// (`timeout = 30`) were rejected ("invalid type: integer `30`, expected a string"),
/// although the docs say a bare number is seconds (or bytes).
#[test]
fn bare_numbers_are_durations_and_sizes_in_the_config_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", "# A\n\nNo links here.\n");
    write(
        d,
        "citecheck.toml",
        "format = \"json\"\ntimeout = 30\nmax-body = 2000000\nhost-interval = 0.5\n\
         max-cache-age = 3600\nmax-retry-wait = 5\n\n[hosts.\"example.org\"]\ninterval = 1\n",
    );
    let out = Cli::in_dir(d, &["check", "a.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(files(&out), ["a.md"]);
}

/// Regression: a value of the wrong type in the config file gave serde's words without the
/// key (`invalid type: string "yes", expected a boolean (line 1)`), and an unset variable in
/// a `[hosts]` header named no file.
#[test]
fn config_errors_name_the_key_and_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", "# A\n\nNo links here.\n");
    for (text, key, line) in [
        ("cache = \"yes\"\n", "`cache`", "(line 1)"),
        (
            "# c\nmin-similarity = \"0.5\"\n",
            "`min-similarity`",
            "(line 2)",
        ),
        (
            "timeout = \"5s\"\n\n[hosts.\"a.org\"]\nconcurrency = \"2\"\n",
            "`hosts.\"a.org\".concurrency`",
            "(line 4)",
        ),
    ] {
        write(d, "citecheck.toml", text);
        let out = Cli::in_dir(d, &["check", "a.md", "-o", "out.txt"]).run();
        assert_eq!(out.code, 2, "{text}");
        let err = out.stderr.trim();
        assert!(
            err.contains("citecheck.toml") && err.contains(key) && err.contains(line),
            "{text}: {err}"
        );
    }
    write(
        d,
        "citecheck.toml",
        "[hosts.\"127.0.0.1\"]\nheaders = { Authorization = \"${CITECHECK_S20_UNSET}\" }\n",
    );
    let out = Cli::in_dir(d, &["check", "a.md", "-o", "out.txt"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("citecheck.toml") && out.stderr.contains("CITECHECK_S20_UNSET"),
        "{}",
        out.stderr
    );
}

/// Regression: a cache file that could not be written (its folder missing, or a folder in
/// its place) was dropped without a word, and nothing was ever cached. A warning on
/// standard error now; the run's result is unchanged.
#[test]
fn a_cache_that_cannot_be_written_is_warned_about() {
    let server = Server::builder()
        .route("/gone", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", format!("A [link]({}).\n", server.url("/gone")));
    std::fs::create_dir_all(d.join("a-folder")).expect("mkdir");
    // (A missing folder is made since the thirty-seventh session: a file in the way is not.)
    std::fs::write(d.join("a-file"), "in the way").expect("write");
    for path in ["a-file/cache.json", "a-folder"] {
        let out = Cli::in_dir(
            d,
            &[
                "check",
                "a.md",
                "--no-config",
                "--cache",
                "--cache-path",
                path,
                "-o",
                "out.txt",
            ],
        )
        .run();
        assert_eq!(
            out.code, 1,
            "the dead link, as without a cache: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains("warning") && out.stderr.contains(path),
            "{path}: {}",
            out.stderr
        );
    }
}

/// Regression: a `--root-dir` that does not exist (a typo) was accepted, and every
/// root-relative link was reported `dead`.
#[test]
fn a_root_dir_that_does_not_exist_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "site/img/logo.png", b"");
    write(d, "a.md", "# A\n\n![logo](/img/logo.png)\n");
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "a.md",
            "--no-config",
            "--root-dir",
            "siet",
            "-o",
            "o",
        ],
    )
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("--root-dir") && out.stderr.contains("siet"),
        "{}",
        out.stderr
    );
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "a.md",
            "--no-config",
            "--root-dir",
            "site",
            "-o",
            "o",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
}

/// Regression: in a folder, an article that is a symbolic link (a post shared between two
/// sections of a site) was skipped without a word, and a link leading nowhere too. A link
/// to a file is read under its own name now (once, when its target is in the walk too, and
/// then under the target's name, wherever the link sorts); a
/// broken one is skipped with a warning naming it; a link to a folder is not walked.
#[cfg(unix)]
#[test]
fn symbolic_links_to_articles_in_a_folder_are_read() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "content/shared/post.md.src",
        "# Shared\n\nSee [x](https://a.example/).\n",
    );
    write(d, "content/en/index.md", "# Index\n");
    write(d, "content/en/sub/page.md", "# Page\n");
    symlink("../shared/post.md.src", d.join("content/en/post.md")).expect("symlink");
    symlink("index.md", d.join("content/en/same.md")).expect("symlink");
    // A link sorting before its target: the file is still reported under its own name.
    symlink("index.md", d.join("content/en/a-alias.md")).expect("symlink");
    symlink("/nonexistent/file.md", d.join("content/en/broken.md")).expect("symlink");
    symlink("sub", d.join("content/en/subdir")).expect("symlink");
    let out = Cli::in_dir(
        d,
        &["extract", "content/en", "--no-config", "--format", "json"],
    )
    .run();
    assert_eq!(out.code, 0, "the broken link: {}", out.stderr);
    assert_eq!(
        files(&out),
        [
            "content/en/index.md",
            "content/en/post.md",
            "content/en/sub/page.md",
        ]
    );
    assert!(
        out.stderr.contains("warning: skipped content/en/broken.md"),
        "{}",
        out.stderr
    );
    let v = json(&out);
    assert_eq!(v["documents"][1]["links"][0]["url"], "https://a.example/");
}

/// Regression: files with NUL bytes found in a folder were read "as text anyway", against
/// the design (a NUL in the first 8 KiB is binary): a binary dump named `.txt` became a
/// document of mojibake. It is skipped now; UTF-16 saved without its byte order mark is
/// read as UTF-16; a stray NUL in UTF-8 text is still read, with a warning.
#[test]
fn nul_bytes_in_a_folder_are_binary_unless_the_text_is_utf16() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "content/post.md", "# Post\n\nA stray \0 byte.\n");
    let utf16: Vec<u8> = "He said \"the quay is closed for repairs this winter\".\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    write(d, "content/notes.txt", utf16);
    let mut dump = b"SQLite format 3\0".to_vec();
    dump.extend((0..=255u8).cycle().take(1024));
    write(d, "content/dump.txt", &dump);
    let out = Cli::in_dir(
        d,
        &["extract", "content", "--no-config", "--format", "json"],
    )
    .run();
    assert_eq!(out.code, 1, "the stray NUL's warning: {}", out.stderr);
    assert_eq!(files(&out), ["content/notes.txt", "content/post.md"]);
    let v = json(&out);
    assert_eq!(
        v["documents"][0]["quotes"][0]["text"],
        "the quay is closed for repairs this winter"
    );
    assert_eq!(
        v["documents"][0]["warnings"].as_array().map(Vec::len),
        Some(0)
    );
    // Named, the dump is skipped too, naming it: nothing read, exit 2.
    let out = Cli::in_dir(d, &["extract", "content/dump.txt", "--no-config"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("content/dump.txt") && out.stderr.contains("binary"),
        "{}",
        out.stderr
    );
}

/// Regression: `--exclude-path drafts` (or `drafts/`, or `content/drafts`) did not skip the
/// folder `drafts` (only `drafts/**` did), and a `./` before the folder broke a glob written
/// with the folder's name (`extract ./content --glob 'content/posts/*.md'` found nothing).
#[test]
fn exclude_path_names_folders_and_dot_slash_does_not_break_globs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "content/drafts/wip.md", "# Draft\n");
    write(d, "content/posts/p.md", "# Post\n");
    write(d, "content/posts/drafts.md", "# A post about drafts\n");
    for g in ["drafts", "drafts/", "drafts/**", "content/drafts"] {
        let out = Cli::in_dir(
            d,
            &[
                "extract",
                "content",
                "--no-config",
                "--format",
                "json",
                "--exclude-path",
                g,
            ],
        )
        .run();
        assert_eq!(out.code, 0, "{g}: {}", out.stderr);
        assert_eq!(
            files(&out),
            ["content/posts/drafts.md", "content/posts/p.md"],
            "{g}"
        );
    }
    let out = Cli::in_dir(
        d,
        &[
            "extract",
            "./content",
            "--no-config",
            "--format",
            "json",
            "--glob",
            "content/posts/p.md",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(files(&out), ["content/posts/p.md"]);
}

/// Regression: messages blamed an option never given: a URL skipped by `.citecheckignore`
/// "matches --exclude", `--report json=<input>` was an "invalid value for --output"; the
/// `--max-body` unit error left out the units it accepts (MB, GB); a `file://` URL given as
/// an input was "No such file or directory".
#[test]
fn messages_name_what_the_user_wrote() {
    let server = Server::builder()
        .route("/skip", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "sub/a.md",
        format!("A [link]({}).\n", server.url("/skip")),
    );
    write(d, ".citecheckignore", "/skip$\n");
    let out = Cli::in_dir(d, &["check", "sub/a.md", "--format", "json"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (status, _, detail) = the_link(&out);
    assert_eq!(status, "excluded");
    assert!(
        detail.contains(".citecheckignore") && !detail.contains("--exclude"),
        "{detail}"
    );
    assert_eq!(server.hits("/skip"), 0);

    let out = Cli::in_dir(
        d,
        &[
            "check",
            "sub/a.md",
            "--no-config",
            "--report",
            "json=sub/a.md",
        ],
    )
    .run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--report"), "{}", out.stderr);

    let out = Cli::in_dir(
        d,
        &["check", "sub/a.md", "--no-config", "--max-body", "10XB"],
    )
    .run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("MB") && out.stderr.contains("GB"),
        "{}",
        out.stderr
    );

    let url = url::Url::from_file_path(d.join("sub/a.md")).expect("file URL");
    let out = Cli::in_dir(
        d,
        &["extract", url.as_str(), "--no-config", "--format", "json"],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        json(&out)["documents"][0]["links"][0]["url"],
        server.url("/skip")
    );
}

/// Regression: `--no-config --config FILE` ignored the file it names without a word. The
/// two contradict each other: a usage error.
#[test]
fn no_config_with_config_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", "# A\n");
    write(d, "ci.toml", "format = \"json\"\n");
    for cmd in ["check", "extract"] {
        let out = Cli::in_dir(d, &[cmd, "a.md", "--no-config", "--config", "ci.toml"]).run();
        assert_eq!(out.code, 2, "{cmd}: {}", out.stdout);
        assert!(
            out.stderr.contains("--no-config") && out.stderr.contains("--config"),
            "{}",
            out.stderr
        );
    }
}
