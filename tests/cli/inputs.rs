//! What `extract` (and `check`) read, and how the text report reads: outputs that are also
//! inputs, binary files and PDFs, operands given twice, globs inside a folder, the article
//! URL's timeout, write errors.

use std::time::Duration;

use citecheck::server::{Response, Server};

use crate::support::{files, json, one_page_pdf, write, Cli};

const ARTICLE: &str = "# Harbour\n\nThe board wrote that “costs rose by a third over the decade”[^1].\n\n\
                       [^1]: Harbour Board, *Annual Report*, 2021, https://board.example.org/report\n";

/// Regression: `extract a.md -o a.md` emptied the article and reported it empty (exit 0),
/// and `check` opened (emptied) its outputs before reading. An output named as an input is
/// an error now, before anything is opened; a report left in a folder by an earlier run is
/// not read as an article.
#[test]
fn an_output_that_is_an_input_is_refused_and_an_old_report_is_not_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", ARTICLE);
    for args in [
        &["extract", "--no-config", "a.md", "-o", "a.md"][..],
        &["extract", "--no-config", "a.md", "--output", "./a.md"][..],
        // (`--exclude`: were the refusal ever lost, nothing would be fetched.)
        &[
            "check",
            "--no-config",
            "--exclude",
            ".",
            "a.md",
            "--report",
            "json=a.md",
        ][..],
    ] {
        let out = Cli::in_dir(d, args).run();
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("a.md is also an input"),
            "{args:?}: {}",
            out.stderr
        );
        assert_eq!(
            std::fs::read_to_string(d.join("a.md")).expect("read"),
            ARTICLE,
            "{args:?} touched the article"
        );
    }
    write(d, "docs/a.md", ARTICLE);
    // An earlier run's report (the forty-eighth session: a file that is no report is an
    // article, and refused, see `ci_s48`).
    write(
        d,
        "docs/report.md",
        "{\n  \"schema_version\": 1,\n  \"documents\": [{\"quotes\": [{\"text\": \
         \"“An old report quoting a line”[^9]\"}]}]\n}\n",
    );
    let out = Cli::in_dir(
        d,
        &[
            "extract",
            "--no-config",
            "docs",
            "--format",
            "json",
            "-o",
            "docs/report.md",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = std::fs::read_to_string(d.join("docs/report.md")).expect("report");
    let docs: Vec<String> = serde_json::from_str::<serde_json::Value>(&report).expect("JSON")
        ["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(docs, ["docs/a.md"]);
}

/// Regression: binary files were decoded as text and gave "quotes" of mojibake. Found in a
/// folder (a `--glob` wider than the document types), one is skipped; named, too, with a
/// warning saying what it is (alone, nothing is read: exit 2).
#[test]
fn binary_files_are_not_read_as_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "site/a.md", ARTICLE);
    let mut noise = b"\x89PNG\r\n\x1a\n".to_vec();
    noise.extend((0..4000u32).map(|i| (i * 7919 % 251) as u8));
    write(d, "site/photo.png", &noise);
    let mut data: Vec<u8> =
        b"\"a quote of twelve words that is nothing but noise in a file\" ".to_vec();
    data.extend([0u8, 1, 2, 3, 0, 0, 255]);
    write(d, "site/data.bin", &data);
    let out = Cli::in_dir(
        d,
        &[
            "extract",
            "--no-config",
            "site",
            "--glob",
            "*",
            "--format",
            "json",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(files(&out), ["site/a.md"]);

    let out = Cli::in_dir(
        d,
        &[
            "extract",
            "--no-config",
            "site/data.bin",
            "--format",
            "json",
        ],
    )
    .run();
    // Named, it is skipped as in a folder, saying so: nothing else read, exit 2.
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("site/data.bin") && out.stderr.contains("binary"),
        "{}",
        out.stderr
    );
}

/// An article published as a PDF is read for its text (as plain text), whether a file or a
/// URL; any other binary body at an article URL is an error naming it, as a 404 is (it was
/// read as an empty Markdown document, exit 0).
#[test]
fn a_pdf_article_is_read_for_its_text_and_a_binary_url_is_an_error() {
    let pdf = one_page_pdf(&[
        "The board wrote that \"costs rose by a third over the decade\" [1].",
        "",
        "Notes",
        "1. Harbour Board, Annual Report, 2021, https://board.example.org/report",
    ]);
    let server = Server::builder()
        .route(
            "/report.pdf",
            Response::status(200)
                .header("content-type", "application/pdf")
                .body(pdf.clone()),
        )
        .route(
            "/chart.png",
            Response::status(200)
                .header("content-type", "image/png")
                .body(b"\x89PNG\r\n\x1a\nnot really".to_vec()),
        )
        .route(
            "/img.html",
            Response::status(200)
                .header("content-type", "text/html")
                .body(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec()),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "report.pdf", &pdf);
    let url = server.url("/report.pdf");
    for input in ["report.pdf", url.as_str()] {
        let out = Cli::in_dir(
            dir.path(),
            &["extract", "--no-config", input, "--format", "json"],
        )
        .run();
        assert!(out.code < 2, "{input}: {}", out.stderr);
        let doc = &json(&out)["documents"][0];
        assert_eq!(doc["format"], "text", "{input}");
        assert_eq!(
            doc["quotes"][0]["text"], "costs rose by a third over the decade",
            "{input}: {doc:#}"
        );
        assert_eq!(doc["quotes"][0]["citations"][0]["footnote"], "1", "{input}");
        assert_eq!(
            doc["footnotes"][0]["urls"][0], "https://board.example.org/report",
            "{input}"
        );
    }
    // A PNG, served as one or as `text/html`.
    for png in [server.url("/chart.png"), server.url("/img.html")] {
        let out = Cli::in_dir(dir.path(), &["extract", "--no-config", &png]).run();
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(
            out.stderr.contains(&png) && out.stderr.contains("not an article"),
            "{}",
            out.stderr
        );
    }
}

/// Regression: `-` given twice read standard input twice (an empty second document), and a
/// file named twice, or named and found in a folder named too, was extracted twice.
#[test]
fn standard_input_twice_is_refused_and_a_file_named_twice_is_read_once() {
    let out = Cli::new(&["extract", "--no-config", "-", "-"])
        .stdin(ARTICLE)
        .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("more than once"), "{}", out.stderr);

    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "site/a.md", ARTICLE);
    write(d, "site/b.md", ARTICLE);
    let out = Cli::in_dir(
        d,
        &[
            "extract",
            "--no-config",
            "site/a.md",
            "./site/a.md",
            "site",
            "--format",
            "json",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(files(&out), ["site/a.md", "site/b.md"]);
}

/// Regression: `--exclude-path drafts/**` (the example in `citecheck.example.toml`) and
/// `--glob posts/*.md` matched nothing: globs were matched against the path as walked
/// (`site/drafts/x.md`) only. They match inside the folder now, as `.gitignore` does.
#[test]
fn globs_match_the_path_inside_the_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    for f in ["site/posts/a.md", "site/drafts/b.md", "site/c.md"] {
        write(d, f, ARTICLE);
    }
    let run = |extra: &[&str]| {
        let mut args = vec!["extract", "site", "--format", "json"];
        args.extend_from_slice(extra);
        let out = Cli::in_dir(d, &args).run();
        assert_eq!(out.code, 0, "{extra:?}: {}", out.stderr);
        files(&out)
    };
    assert_eq!(
        run(&["--no-config", "--exclude-path", "drafts/**"]),
        ["site/c.md", "site/posts/a.md"]
    );
    assert_eq!(
        run(&["--no-config", "--glob", "posts/*.md"]),
        ["site/posts/a.md"]
    );
    // The forms that worked before still do.
    assert_eq!(
        run(&[
            "--no-config",
            "--exclude-path",
            "**/drafts/**",
            "--glob",
            "*.md"
        ]),
        ["site/c.md", "site/posts/a.md"]
    );
    write(
        d,
        "citecheck.toml",
        "exclude-path = [\"drafts/**\", \"posts/**\"]\n",
    );
    assert_eq!(run(&[]), ["site/c.md"]);
}

/// The text report lists a document's items in the order they come in it, with the JSON's
/// names and counted nouns, escapes what the article could do to a terminal, and closes a
/// run of several documents with a total.
#[test]
fn the_text_report_is_in_document_order_with_the_json_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        "# Harbour\n\nSee the [survey](https://survey.example.org/).\n\n\
         The board wrote that “costs rose \u{1b}[2Jby a third over the decade”[^1].\n\n\
         [^1]: Harbour Board, *Annual Report*, 2021, https://board.example.org/report\n",
    );
    write(d, "b.md", "Nothing here.\n");
    let out = Cli::in_dir(d, &["extract", "--no-config", "a.md", "b.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "a.md (markdown): 2 links, 1 footnote, 1 quote, 0 warnings",
            "  a.md:3:9: link (link) https://survey.example.org/",
            "  a.md:5:22: quote (inline, 8 words) -> note 1 (marker_after): costs rose \
             \\u{1b}[2Jby a third over the decade",
            "  a.md:7:1: note 1: Harbour Board, Annual Report, 2021, \
             https://board.example.org/report",
            "  a.md:7:45: link (bare) https://board.example.org/report [note 1]",
            "b.md (markdown): 0 links, 0 footnotes, 0 quotes, 0 warnings",
            "2 documents, 0 warnings in all",
        ]
    );
}

/// Regression: the article at a URL was always fetched with a fixed 20 s timeout;
/// `extract --timeout`, `check --timeout` and the config's `timeout` apply to it now.
#[test]
fn the_article_url_is_fetched_with_the_timeout_asked_for() {
    let server = Server::builder()
        .route(
            "/slow.md",
            Response::text(ARTICLE).delay(Duration::from_secs(8)),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let url = server.url("/slow.md");
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "fast.toml", "timeout = \"300ms\"\n");
    for args in [
        &["extract", "--no-config", "--timeout", "300ms", &url][..],
        &["extract", "--config", "fast.toml", &url][..],
        &["check", "--no-config", "--timeout", "300ms", &url][..],
    ] {
        let began = std::time::Instant::now();
        let out = Cli::in_dir(dir.path(), args).run();
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(&url), "{args:?}: {}", out.stderr);
        // Far below the server's 8 s delay (a loose bound: this is no timing test).
        assert!(began.elapsed() < Duration::from_secs(6), "{args:?}");
    }
}

/// The config file's `format` is honoured by `extract` when it is one `extract` writes, and
/// `terminal` is `text` there too.
#[test]
fn extract_takes_its_format_from_the_config_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", ARTICLE);
    write(d, "citecheck.toml", "format = \"json\"\n");
    let out = Cli::in_dir(d, &["extract", "a.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(files(&out), ["a.md"]);
    let out = Cli::in_dir(d, &["extract", "a.md", "--format", "terminal"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("a.md (markdown): "),
        "{}",
        out.stdout
    );
}

/// Regression: a write error said only `No space left on device`; it names the output now.
#[cfg(target_os = "linux")]
#[test]
fn a_write_error_names_the_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.md", ARTICLE);
    let out = Cli::in_dir(
        dir.path(),
        &["extract", "--no-config", "a.md", "-o", "/dev/full"],
    )
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("cannot write /dev/full"),
        "{}",
        out.stderr
    );
}

/// A document-named file with a stray NUL is read (with a warning), a text that starts like a
/// format's signature is text, and an article URL served as `application/octet-stream` (as
/// many servers send `.md`) is read when its body is text.
#[test]
fn text_is_never_taken_for_binary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "site/a.md", format!("{ARTICLE}\nA stray \0 byte.\n"));
    write(
        d,
        "site/b.txt",
        "GIF89a is the format of the old banner, she said.\n",
    );
    let out = Cli::in_dir(d, &["extract", "--no-config", "site", "--format", "json"]).run();
    assert_eq!(out.code, 1, "the NUL warning: {}", out.stderr);
    assert_eq!(files(&out), ["site/a.md", "site/b.txt"]);
    let warning = json(&out)["documents"][0]["warnings"][0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(warning.contains("NUL"), "{warning}");

    let server = Server::builder()
        .route(
            "/a.md",
            Response::status(200)
                .header("content-type", "application/octet-stream")
                .body(ARTICLE.as_bytes().to_vec()),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let url = server.url("/a.md");
    let out = Cli::in_dir(d, &["extract", "--no-config", &url, "--format", "json"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        json(&out)["documents"][0]["quotes"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

/// A note whose label already names it (a MediaWiki group's `note 1`) is `note 1` in the
/// text report, never `note note 1`; a numbered one is `note 2`.
#[test]
fn the_text_report_names_group_notes_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "w.html",
        "<p>It was \"cheap, light and forgiving of every mistake\"<sup class=\"reference\">\
         <a href=\"#cite_note-nb1-5\">[note 1]</a></sup>, and \"slow to arrive in every \
         town\"<sup class=\"reference\"><a href=\"#cite_note-2\">[2]</a></sup>.</p>\
         <ol class=\"references\"><li id=\"cite_note-nb1-5\">Smith, \
         <a href=\"https://ex.org/a\">A</a>.</li><li id=\"cite_note-2\">Lee, \
         <a href=\"https://ex.org/b\">B</a>.</li></ol>",
    );
    let out = Cli::in_dir(d, &["extract", "--no-config", "w.html"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.contains("note note"), "{}", out.stdout);
    for want in [
        "-> note 1 (marker_after): cheap, light",
        "-> note 2 (marker_after): slow to arrive",
        ": note 1: Smith, A.",
        "https://ex.org/a [note 1]",
    ] {
        assert!(out.stdout.contains(want), "{want}\n{}", out.stdout);
    }
}
