//! Exit statuses, one-line errors, inputs (stdin, folders, URLs), `citecheck.toml` discovery
//! and precedence, and `.citecheckignore`.

use std::path::Path;

use citecheck::model::{LinkStatus, Verdict};
use citecheck::server::Response;

use crate::support::{pages_server, remap, Cli, Output};

/// A quote altered by one word, cited to a page the server has.
const ALTERED: &str = "\
The report says \"wells on the eastern plateau continued to rise\"[^1].

[^1]: Report. https://sources.example.org/verify-report.html
";

/// A verbatim quote and a live link.
const CLEAN: &str = "\
The report says \"the main driver of the unsustainable abstraction rates\"[^1].

[^1]: Report. https://sources.example.org/verify-report.html
";

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, text).expect("write");
}

/// Exit status 2 and exactly one line on stderr containing every `needle`.
#[track_caller]
fn one_line_error(out: &Output, needles: &[&str]) {
    assert_eq!(out.code, 2, "stderr: {}", out.stderr);
    assert!(out.stdout.is_empty(), "nothing on stdout: {}", out.stdout);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line: {:?}", out.stderr);
    for n in needles {
        assert!(lines[0].contains(n), "`{}` should name {n}", lines[0]);
    }
}

#[test]
fn usage_config_and_input_errors_exit_2_with_one_line_naming_the_culprit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "clean.md", "Nothing to check.\n");
    write(d, "bad-key.toml", "timeout = \"2s\"\nbogus-key = 1\n");
    write(d, "bad-value.toml", "max-retries = \"many\"\n");
    write(d, "bad-regex.toml", "exclude = [\"a(\"]\n");
    let run = |args: &[&str]| Cli::in_dir(d, args).run();

    let out = run(&["check", "--config", "bad-key.toml", "clean.md"]);
    one_line_error(&out, &["bad-key.toml", "bogus-key", "line 2"]);
    let out = run(&["check", "--config", "bad-value.toml", "clean.md"]);
    one_line_error(&out, &["bad-value.toml", "line 1"]);
    let out = run(&["check", "--config", "bad-regex.toml", "clean.md"]);
    one_line_error(&out, &["bad-regex.toml", "exclude", "a("]);
    let out = run(&["check", "--config", "absent.toml", "clean.md"]);
    one_line_error(&out, &["absent.toml"]);
    // Regression: the cause was printed twice ("…: No such file…: No such file…"); and
    // (fiftieth session) it is said in plain words, without the system's error number.
    assert_eq!(
        out.stderr.matches("no such file or folder").count(),
        1,
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("os error"), "{}", out.stderr);

    let out = run(&["check", "--no-config", "missing.md"]);
    one_line_error(&out, &["missing.md"]);
    let out = run(&["check", "--no-config", "--format", "yaml", "clean.md"]);
    one_line_error(&out, &["yaml", "json"]);
    let out = run(&["check", "--no-config", "--report", "json", "clean.md"]);
    one_line_error(&out, &["--report", "FORMAT=PATH"]);
    let out = run(&["check", "--no-config", "--report", "pdf=x.pdf", "clean.md"]);
    one_line_error(&out, &["--report", "pdf"]);
    // Regression: a bad regex printed the regex crate's four-line message.
    let out = run(&[
        "check",
        "--no-config",
        "--remap",
        "(unclosed http://x/",
        "clean.md",
    ]);
    one_line_error(&out, &["--remap", "(unclosed", "unclosed group"]);
    let out = run(&["check", "--no-config", "--exclude", "[z-", "clean.md"]);
    one_line_error(&out, &["--exclude", "[z-"]);
    let out = run(&[
        "check",
        "--no-config",
        "--fail-on",
        "dead,bogus",
        "clean.md",
    ]);
    one_line_error(&out, &["--fail-on", "bogus"]);
    let out = run(&["check", "--no-config", "--timeout", "2parsecs", "clean.md"]);
    one_line_error(&out, &["--timeout", "2parsecs"]);
    // Nothing was written in the working folder by any failed run.
    let mut names: Vec<String> = std::fs::read_dir(d)
        .expect("ls")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "bad-key.toml",
            "bad-regex.toml",
            "bad-value.toml",
            "clean.md"
        ]
    );
}

fn check(dir: &Path, server_remap: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "check",
        "--format",
        "json",
        "--timeout",
        "2s",
        "--max-retries",
        "0",
        "--remap",
        server_remap,
    ];
    args.extend_from_slice(extra);
    Cli::in_dir(dir, &args).run()
}

#[test]
fn fail_on_decides_the_exit_status() {
    let server = pages_server(|b| b);
    let rm = remap("sources.example.org", &server);
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "altered.md", ALTERED);
    write(d, "clean.md", CLEAN);

    let out = check(d, &rm, &["--no-config", "altered.md"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.report().quotes[0].verdict, Verdict::Altered);
    // Only dead links fail: the misquote is now a warning.
    let out = check(d, &rm, &["--no-config", "--fail-on", "dead", "altered.md"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.report().quotes[0].verdict,
        Verdict::Altered,
        "still reported"
    );
    // `verified` is never a problem: failing on it is a usage error, not a silent exit 1.
    let out = check(d, &rm, &["--no-config", "clean.md"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.report().quotes[0].verdict, Verdict::Verified);
    let out = check(
        d,
        &rm,
        &["--no-config", "--fail-on", "verified", "clean.md"],
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("never a problem"), "{}", out.stderr);
}

#[test]
fn stdin_folder_and_url_inputs() {
    let server = pages_server(|b| b.route("/article.md", Response::text(ALTERED)));
    let rm = remap("sources.example.org", &server);
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();

    // Standard input.
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "--timeout",
            "2s",
            "--max-retries",
            "0",
            "--remap",
            &rm,
            "-",
        ],
    )
    .stdin(ALTERED)
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let r = out.report();
    assert_eq!(r.quotes.len(), 1);
    assert_eq!(r.quotes[0].verdict, Verdict::Altered);
    assert_eq!(r.quotes[0].file, "<stdin>");

    // A folder: every article in it, recursively.
    write(d, "site/a.md", ALTERED);
    write(d, "site/deeper/b.md", CLEAN);
    let out = check(d, &rm, &["--no-config", "site"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let r = out.report();
    assert_eq!(r.summary.documents, 2);
    let mut verdicts: Vec<(String, Verdict)> = r
        .quotes
        .iter()
        .map(|q| (q.file.replace('\\', "/"), q.verdict))
        .collect();
    verdicts.sort();
    assert_eq!(
        verdicts,
        vec![
            ("site/a.md".to_string(), Verdict::Altered),
            ("site/deeper/b.md".to_string(), Verdict::Verified)
        ]
    );
    // One URL cited by both documents is fetched once.
    assert_eq!(r.links.len(), 1);
    assert_eq!(r.links[0].occurrences.len(), 2);

    // An article served over HTTP.
    let url = server.url("/article.md");
    let out = check(d, &rm, &["--no-config", &url]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let r = out.report();
    assert_eq!(r.quotes.len(), 1, "{:?}", r.documents);
    assert_eq!(r.quotes[0].verdict, Verdict::Altered);
    assert_eq!(r.quotes[0].file, url);

    // An article URL that is not there is an input error, not a finding.
    let out = check(d, &rm, &["--no-config", &server.url("/nope.md")]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(out.stderr.contains("/nope.md"), "{}", out.stderr);
}

#[test]
fn config_file_in_the_working_folder_applies_and_the_command_line_wins() {
    let server = pages_server(|b| b);
    let rm = remap("sources.example.org", &server);
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "altered.md", ALTERED);
    write(d, "citecheck.toml", "fail-on = [\"dead\"]\n");

    // Discovered: the misquote no longer fails the run.
    let out = check(d, &rm, &["altered.md"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Also from a subfolder (discovery walks upward).
    write(d, "sub/altered.md", ALTERED);
    let sub = d.join("sub");
    let out = check(&sub, &rm, &["altered.md"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The command line overrides the file.
    let out = check(d, &rm, &["--fail-on", "altered", "altered.md"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    // --no-config ignores it.
    let out = check(d, &rm, &["--no-config", "altered.md"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    // A broken discovered file is an error naming it, not silently skipped.
    write(d, "citecheck.toml", "fail-on = \"dead\"\nunknown = 1\n");
    let out = check(d, &rm, &["altered.md"]);
    one_line_error(&out, &["citecheck.toml"]);
}

#[test]
fn ignore_file_excludes_links_and_skips_quotes() {
    let server = pages_server(|b| b);
    let rm = remap("sources.example.org", &server);
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let article = format!(
        "{ALTERED}\nSee also https://sources.example.org/private/page.html and \
         https://sources.example.org/missing.html.\n"
    );
    write(d, "a.md", &article);
    let out = check(d, &rm, &["--no-config", "a.md"]);
    assert_eq!(out.code, 1);
    let before = out.report();
    assert_eq!(before.summary.statuses["dead"], 2, "{:#?}", before.links);

    write(
        d,
        ".citecheckignore",
        "# internal pages and a known-dead link\n^https://sources\\.example\\.org/private/\n\
         sources\\.example\\.org/missing\\.html\nquote:^wells on the eastern plateau\n",
    );
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "--format",
            "json",
            "--timeout",
            "2s",
            "--max-retries",
            "0",
            "--remap",
            &rm,
            "a.md",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "nothing left that fails: {}", out.stdout);
    let r = out.report();
    assert!(
        r.quotes.is_empty(),
        "the ignored quote is skipped: {:?}",
        r.quotes
    );
    let status = |suffix: &str| {
        r.links
            .iter()
            .find(|l| l.url.ends_with(suffix))
            .map(|l| l.status)
            .unwrap_or_else(|| panic!("{suffix}: {:#?}", r.links))
    };
    assert_eq!(status("/private/page.html"), LinkStatus::Excluded);
    assert_eq!(status("/missing.html"), LinkStatus::Excluded);
    assert_eq!(status("/verify-report.html"), LinkStatus::Ok);
    assert_eq!(
        server.hits("/private/page.html"),
        1,
        "fetched only by the first run"
    );
}

/// A folder of many articles is extracted several at a time: the documents come out in the
/// walk's order, each exactly as when extracted alone; a file that cannot be read, even after
/// readable ones, is an input error with nothing on standard output.
#[test]
fn a_folder_extracts_in_order_as_each_file_alone_and_a_missing_file_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let fixtures = crate::support::fixtures().join("articles");
    let mut names: Vec<String> = std::fs::read_dir(&fixtures)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    // Enough documents that every core gets several.
    for copy in 0..6 {
        for n in &names {
            let text = std::fs::read_to_string(fixtures.join(n)).expect("fixture");
            write(d, &format!("site/c{copy}/{n}"), &text);
        }
    }
    // And one file past the size at which a document gets every core to itself: that is
    // known only once it is read, in the middle of the folder.
    let seed = std::fs::read_to_string(fixtures.join("gfm-footnotes.md")).expect("fixture");
    let large = seed.repeat((1 << 20) / seed.len() + 1);
    write(d, "site/c2/large.md", &large);
    let run = |args: &[&str]| Cli::in_dir(d, args).run();
    let json = |out: &Output| -> serde_json::Value {
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stderr))
    };
    let all = run(&["extract", "--no-config", "--format", "json", "site"]);
    assert_ne!(all.code, 2, "{}", all.stderr);
    let all = json(&all);
    let docs = all["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), names.len() * 6 + 1);
    let mut files: Vec<String> = Vec::new();
    for doc in docs {
        let file = doc["file"].as_str().expect("file").replace('\\', "/");
        let alone = run(&["extract", "--no-config", "--format", "json", &file]);
        let alone = json(&alone);
        assert_eq!(&alone["documents"][0], doc, "{file}");
        files.push(file);
    }
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "walk order");

    // A missing file named alone stops the run with its name, and no report is left.
    let out = run(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        "--output",
        "out.json",
        "missing.md",
    ]);
    one_line_error(&out, &["missing.md"]);
    assert!(!d.join("out.json").exists());
    // Named beside others (fifty-first session), it is an input that cannot be read,
    // reported while the others are read: exit 2, its name on standard error and in the
    // report.
    let out = run(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        "site",
        "missing.md",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("cannot read missing.md"),
        "{}",
        out.stderr
    );
    let report = json(&out);
    let docs = report["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), names.len() * 6 + 2);
    assert!(docs.iter().any(|doc| doc["file"] == "missing.md"
        && doc["warnings"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("cannot read missing.md"))));
    // A folder with no document (or a --glob matching none): a CI job that checks nothing
    // must not pass. An input error naming it, and no report.
    std::fs::create_dir_all(d.join("empty")).expect("mkdir");
    std::fs::write(d.join("empty/photo.png"), b"\x89PNG\r\n").expect("write");
    let out = run(&["extract", "--no-config", "--format", "json", "empty"]);
    one_line_error(&out, &["no documents", "empty"]);
    let out = run(&["extract", "--no-config", "site", "--glob", "posts/*.md"]);
    one_line_error(&out, &["no documents", "site"]);
}
