//! Regressions from the forty-ninth session: a folder named beside others that holds no
//! document, and the summaries of a run whose link has no `#fragment` on its page.

use crate::support::{json, write, Cli};

/// Regression: `citecheck check docs blog` with `blog` empty (renamed, emptied, a `--glob`
/// matching nothing there) passed, checking nothing of it; alone it was exit 2. Now it is
/// reported as an input that could not be read, the rest are still checked, and the run
/// exits 2.
#[test]
fn an_empty_folder_beside_others_is_an_input_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "docs/a.md", "# A\n\nSee the [guide](guide.md).\n");
    write(d, "docs/guide.md", "# Guide\n\nNothing here.\n");
    std::fs::create_dir_all(d.join("blog/drafts")).expect("mkdir");
    write(d, "blog/drafts/photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    for cmd in ["extract", "check"] {
        let out = Cli::in_dir(d, &[cmd, "docs", "blog", "--format", "json"]).run();
        assert_eq!(out.code, 2, "{cmd}: {}\n{}", out.stderr, out.stdout);
        assert!(
            out.stderr.contains("no documents to read in blog"),
            "{cmd}: {}",
            out.stderr
        );
        // The other folder was read all the same.
        let report = json(&out);
        let files: Vec<&str> = report["documents"]
            .as_array()
            .expect("documents")
            .iter()
            .filter_map(|doc| doc["file"].as_str())
            .collect();
        assert!(files.contains(&"docs/a.md"), "{cmd}: {files:?}");
        assert!(files.contains(&"docs/guide.md"), "{cmd}: {files:?}");
    }
    // A folder holding a document is no error, nor one whose every document is in a
    // sub-folder named too.
    write(d, "blog/post.md", "# Post\n\nNothing cited.\n");
    let out = Cli::in_dir(d, &["extract", "docs", "blog", "blog/drafts"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("no documents to read in blog/drafts"),
        "{}",
        out.stderr
    );
    let out = Cli::in_dir(d, &["extract", "docs", "blog"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Review regression: one folder named twice, written two ways (its files listed under
    // the first name), is not empty.
    let abs = d.join("docs");
    let abs = abs.to_str().expect("a UTF-8 path");
    let out = Cli::in_dir(d, &["extract", "docs/", "./docs", abs]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
}

/// Regression: a link whose page has no element for its `#fragment` failed the run, while
/// the summaries said `2 links ok` (the document's tick, the terminal summary, the Markdown
/// table): it was counted among `ok` and nowhere else. Now each says it apart, and the JSON
/// summary counts it in `missing_fragments`.
#[test]
fn summaries_say_a_missing_fragment_apart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "docs/a.md",
        "# A\n\nSee [the steps](b.md#nope) and [the end](b.md#here).\n",
    );
    write(d, "docs/b.md", "# B\n\n## Here\n\nText.\n");
    let text = Cli::in_dir(d, &["check", "docs"]).run();
    assert_eq!(text.code, 1, "{}", text.stderr);
    assert!(text.stdout.contains("✓ 1 link ok\n"), "{}", text.stdout);
    assert!(!text.stdout.contains("2 links ok"), "{}", text.stdout);
    assert!(
        text.stdout
            .contains("links:  2 ok; of these, 1 without its #fragment on the page"),
        "{}",
        text.stdout
    );
    let md = Cli::in_dir(d, &["check", "docs", "--format", "markdown"]).run();
    assert!(
        md.stdout
            .contains("| ❌ of these, \\#fragment missing | 1 |"),
        "{}",
        md.stdout
    );
    // Not failing the run (`--fail-on dead`), it is a warning.
    let md = Cli::in_dir(
        d,
        &["check", "docs", "--format", "markdown", "--fail-on", "dead"],
    )
    .run();
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(
        md.stdout
            .contains("| ⚠️ of these, \\#fragment missing | 1 |"),
        "{}",
        md.stdout
    );
    let out = Cli::in_dir(d, &["check", "docs", "--format", "json"]).run();
    let report = json(&out);
    assert_eq!(report["summary"]["missing_fragments"], 1, "{report}");
    assert_eq!(report["summary"]["statuses"]["ok"], 2, "{report}");
    let html = Cli::in_dir(d, &["check", "docs", "--format", "html"]).run();
    assert!(
        html.stdout
            .contains("id=\"card-fragment-missing\" data-count=\"1\""),
        "{}",
        html.stdout
    );
}

/// Regression: a rule naming a link's `#fragment` (`--exclude 'b\.md#gone'`, a
/// `.citecheckignore` line) never matched, as the page is checked once without its
/// fragments: a missing anchor a team had decided to leave could not be silenced. And an
/// ignored link's detail named `.citecheckignore` without saying which one or which line.
#[test]
fn a_rule_naming_a_fragment_excludes_that_form_and_names_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "site/docs/a.md",
        "# A\n\nSee [the steps](b.md#gone) and [the end](b.md#here).\n",
    );
    write(d, "site/docs/b.md", "# B\n\n## Here\n\nText.\n");
    write(d, "site/.citecheckignore", "# known\n\nb\\.md#gone\n");
    let out = Cli::in_dir(&d.join("site"), &["check", "docs", "--format", "json"]).run();
    assert_eq!(out.code, 0, "{}\n{}", out.stderr, out.stdout);
    let report = json(&out);
    let links = report["links"].as_array().expect("links");
    let gone = links
        .iter()
        .find(|l| l["url"].as_str().is_some_and(|u| u.ends_with("b.md#gone")))
        .expect("the #gone form");
    assert_eq!(gone["status"], "excluded", "{gone}");
    assert_eq!(
        gone["detail"], "matches `b\\.md#gone` (line 3 of .citecheckignore)",
        "{gone}"
    );
    let here = links
        .iter()
        .find(|l| l["url"].as_str().is_some_and(|u| u.ends_with("b.md#here")))
        .expect("the #here form");
    assert_eq!(here["status"], "ok", "{here}");
    assert_eq!(report["summary"]["missing_fragments"], 0, "{report}");
    // From a folder below, the file is named by its path.
    write(
        d,
        "site/other/c.md",
        "See [x](http://127.0.0.1:9/internal/x).\n",
    );
    write(d, "site/.citecheckignore", "127\\.0\\.0\\.1:9/internal/\n");
    let out = Cli::in_dir(
        &d.join("site/other"),
        &["check", "c.md", "--format", "json"],
    )
    .run();
    let report = json(&out);
    let detail = report["links"][0]["detail"].as_str().expect("detail");
    assert!(
        detail.starts_with("matches `127\\.0\\.0\\.1:9/internal/` (line 1 of /")
            && detail.ends_with("site/.citecheckignore)"),
        "{detail}"
    );
    // `--exclude` too, and `--include` wins over it.
    let args = [
        "check",
        "docs",
        "--no-config",
        "--format",
        "json",
        "--exclude",
        r"b\.md#gone",
    ];
    let out = Cli::in_dir(&d.join("site"), &args).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    let mut with_include = args.to_vec();
    with_include.extend(["--include", "#gone"]);
    let out = Cli::in_dir(&d.join("site"), &with_include).run();
    assert_eq!(out.code, 1, "{}", out.stdout);
}

/// Regression (link-health evaluation): a Markdown, HTML or terminal report an earlier run
/// wrote into the docs tree (`site/link-report.md`, committed each week) was read as an
/// article by the next run writing elsewhere: its links were checked again and every total
/// drifted. A file of the folder that is one of citecheck's reports is now skipped; an
/// article that merely talks about citecheck is not.
#[test]
fn a_report_left_in_the_folder_is_not_read_as_an_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "site/a.md", "# A\n\nSee [the guide](guide.md#gone).\n");
    write(d, "site/guide.md", "# Guide\n\nText.\n");
    write(
        d,
        "site/about-citecheck.md",
        "## citecheck: a tool we use\n\nIt reads the [guide](guide.md) · every document.\n",
    );
    for (format, name) in [
        ("markdown", "site/link-report.md"),
        ("html", "site/link-report.html"),
        ("text", "site/link-report.txt"),
    ] {
        let out = Cli::in_dir(d, &["check", "site", "--format", format, "-o", name]).run();
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
    }
    let out = Cli::in_dir(d, &["check", "site", "--format", "json", "-o", "r.json"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("r.json")).expect("read"))
            .expect("JSON");
    let mut files: Vec<&str> = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|doc| doc["file"].as_str())
        .collect();
    files.sort_unstable();
    assert_eq!(
        files,
        ["site/a.md", "site/about-citecheck.md", "site/guide.md"],
        "{report}"
    );
    // Named on the command line, a report is read as asked.
    let out = Cli::in_dir(d, &["extract", "site/link-report.md", "--format", "json"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(json(&out)["documents"][0]["file"], "site/link-report.md");
}

/// Regression: a relative link read from standard input was `invalid` with the advice to
/// give `--root-dir`, which only resolves links beginning with `/` (the evaluator had set
/// it already); `--base-url` is what resolves it.
#[test]
fn a_relative_link_on_stdin_names_base_url_as_the_fix() {
    let out = Cli::new(&["check", "-", "--format", "json", "--root-dir", "."])
        .stdin("# Page\n\nSee [the next page](page03.md).\n")
        .run();
    let report = json(&out);
    let detail = report["links"][0]["detail"].as_str().expect("detail");
    assert!(
        detail.contains("give --base-url to check it")
            && detail.contains("--root-dir resolves only links that begin with `/`"),
        "{detail}"
    );
}

/// Regression: the HTML report showed a local link as `file:///tmp/…/site/b.md#x` where the
/// other reports say `site/b.md#x`, and listed every document of a large folder in one
/// paragraph above the summary (the Markdown report's footer too).
#[test]
fn the_html_report_names_local_links_as_the_others_do_and_folds_long_file_lists() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "site/a.md", "# A\n\nSee [the guide](guide.md#gone).\n");
    write(d, "site/guide.md", "# Guide\n\nText.\n");
    for i in 0..10 {
        write(d, &format!("site/p{i}.md"), "# P\n\nSee [A](a.md).\n");
    }
    let out = Cli::in_dir(d, &["check", "site", "--format", "html"]).run();
    let html = &out.stdout;
    let href = format!(
        "href=\"{}\"",
        url::Url::from_file_path(d.join("site/guide.md"))
            .expect("a file URL")
            .as_str()
            .to_string()
            + "#gone"
    );
    let at = html
        .find(&href)
        .unwrap_or_else(|| panic!("{href} in\n{html}"));
    let label = &html[at..];
    assert!(
        label[..label.find("</a>").expect("the anchor's end")].ends_with(">site/guide.md#gone"),
        "{}",
        &label[..200.min(label.len())]
    );
    assert!(
        html.contains("<details class=\"meta\" id=\"files\"><summary>The 12 files</summary>"),
        "{html}"
    );
    let md = Cli::in_dir(d, &["check", "site", "--format", "markdown"]).run();
    assert!(
        md.stdout
            .contains("<details><summary><sub>Checked 12 files</sub></summary>"),
        "{}",
        md.stdout
    );
}

/// Suggestion of the link-health evaluation: a run with `--cache` did not say how much of
/// it the cache answered; the terminal and Markdown summaries now count them (`2 links (2
/// from the cache)`).
#[test]
fn the_summaries_count_the_links_the_cache_answered() {
    let server = citecheck::server::Server::builder()
        .route("/ok", citecheck::server::Response::html("<p>Fine.</p>"))
        .route("/gone", citecheck::server::Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "An [ok page]({}) and a [gone one]({}).\n",
            server.url("/ok"),
            server.url("/gone")
        ),
    );
    let run = |format: &str| {
        Cli::in_dir(
            d,
            &[
                "check",
                "a.md",
                "--cache",
                "--cache-path",
                "cache.json",
                "--format",
                format,
                "--max-retries",
                "0",
            ],
        )
        .run()
    };
    let first = run("text");
    assert!(first.stdout.contains("· 2 links ·"), "{}", first.stdout);
    let again = run("text");
    assert!(
        again.stdout.contains("· 2 links (2 from the cache) ·"),
        "{}",
        again.stdout
    );
    let md = run("markdown");
    assert!(
        md.stdout
            .contains("1 document · 2 links (2 from the cache) ·"),
        "{}",
        md.stdout
    );
}

/// Suggestion of the link-health evaluation: a dead link cited from many pages was one
/// Markdown entry per place, the same message each time. One link failing the same way is
/// now one entry naming every place (ten, then a count), and the section still counts
/// every finding.
#[test]
fn the_markdown_report_lists_a_link_failing_in_many_places_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    for i in 1..=12 {
        write(
            d,
            &format!("site/p{i:02}.md"),
            "See [the old page](http://127.0.0.1:9/gone).\n",
        );
    }
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "site",
            "--format",
            "markdown",
            "--max-retries",
            "0",
        ],
    )
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let md = &out.stdout;
    assert!(md.contains("### ❌ Failures (12)"), "{md}");
    assert_eq!(md.matches("- **Dead link**").count(), 1, "{md}");
    assert!(
        md.contains(
            "- **Dead link** at site/p01.md:1:5 and 11 more places (site/p02.md:1:5, \
             site/p03.md:1:5,"
        ),
        "{md}"
    );
    assert!(md.contains("site/p11.md:1:5, and 1 more) — "), "{md}");
}
