//! Twenty-seventh session: articles whose lines end in a lone carriage return (classic Mac
//! OS, some exports, pasted text) read as the same article with line feeds, in every format.

use crate::support::{json, Cli};

/// One article per input format: a link, a note and its marker, a quote.
fn articles() -> Vec<(&'static str, String)> {
    vec![
        (
            "harbour.md",
            "# Harbour works\n\nThe council published [its plan](https://plans.example.org/quay).\n\n\
             The engineer said \"the new wall will hold for at least forty years\" in May.[^1]\n\n\
             [^1]: Ines Fogh, \"Quay wall survey\", <https://survey.example.org/wall>.\n"
                .to_string(),
        ),
        (
            "harbour.txt",
            "Harbour works\n\nThe engineer said \"the new wall will hold for at least forty years\" [1].\n\n\
             Notes\n\n[1] Ines Fogh, Quay wall survey, https://survey.example.org/wall\n"
                .to_string(),
        ),
        (
            "harbour.html",
            "<html><body>\n<p>The council published\n<a href=\"https://plans.example.org/quay\">its plan</a>.</p>\n\
             <p>The engineer said <q cite=\"https://survey.example.org/wall\">the new wall will hold\nfor at least forty years</q>.</p>\n\
             </body></html>\n"
                .to_string(),
        ),
        (
            "harbour.org",
            "#+TITLE: Harbour works\n\nThe council published [[https://plans.example.org/quay][its plan]].\n\n\
             The engineer said \"the new wall will hold for at least forty years\" in May.\n"
                .to_string(),
        ),
        (
            "harbour.rst",
            "Harbour works\n=============\n\nThe council published `its plan <https://plans.example.org/quay>`_.\n\n\
             The engineer said \"the new wall will hold for at least forty years\" in May.\n"
                .to_string(),
        ),
    ]
}

fn extracted(dir: &std::path::Path, name: &str) -> serde_json::Value {
    let out = Cli::in_dir(dir, &["extract", "--no-config", "--format", "json", name]).run();
    let mut v = json(&out);
    v["documents"][0].take()
}

/// Regression: a Markdown, text, HTML or Org file with lone-CR line endings was one long
/// line: every position was on line 1 (a link at 1:43 for 3:19), a text article's notes
/// were not found (its quote came out uncited, so `check` passed a misquote), and an Org
/// file's `#+TITLE:` line swallowed the whole file and its links. Each now extracts exactly
/// as its line-feed twin does, positions included; CRLF is as before.
#[test]
fn lone_carriage_returns_end_lines_in_every_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, lf) in articles() {
        let cr = lf.replace('\n', "\r");
        let crlf = lf.replace('\n', "\r\n");
        for (tag, text) in [("lf", &lf), ("cr", &cr), ("crlf", &crlf)] {
            std::fs::create_dir_all(dir.path().join(tag)).expect("dir");
            std::fs::write(dir.path().join(tag).join(name), text).expect("write");
        }
        let mut want = extracted(&dir.path().join("lf"), name);
        want["file"] = serde_json::Value::Null;
        assert!(
            !want["links"].as_array().expect("links").is_empty()
                && !want["quotes"].as_array().expect("quotes").is_empty(),
            "{name}: {want}"
        );
        // The quote is past the first line: positions are really compared.
        assert!(want["quotes"][0]["line"].as_u64() > Some(1), "{name}");
        for tag in ["cr", "crlf"] {
            let mut got = extracted(&dir.path().join(tag), name);
            got["file"] = serde_json::Value::Null;
            assert_eq!(got, want, "{name} with {tag} line endings");
        }
    }
    // The text article's note is found, and cites the quote.
    let got = extracted(&dir.path().join("cr"), "harbour.txt");
    assert_eq!(got["quotes"][0]["citations"][0]["footnote"], "1", "{got}");
}

/// The same through standard input and the library: a document built in memory with lone
/// carriage returns gives its line-feed twin's positions.
#[test]
fn lone_carriage_returns_from_stdin_and_the_library() {
    let lf = "Intro line.\n\nThe engineer said \"the new wall will hold for at least forty years\" there.\n";
    let out = Cli::new(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        "--input-format",
        "markdown",
        "-",
    ])
    .stdin(&lf.replace('\n', "\r"))
    .run();
    let v = json(&out);
    assert_eq!(v["documents"][0]["quotes"][0]["line"], 3, "{v}");
    assert_eq!(v["documents"][0]["quotes"][0]["column"], 19, "{v}");
    let doc = |text: String| citecheck::model::Document {
        source: citecheck::model::InputSource::Stdin,
        kind: citecheck::model::DocKind::Text,
        text,
        base_url: None,
        warnings: Vec::new(),
        bibliographies: Vec::new(),
    };
    let opts = citecheck::extract::ExtractOptions::default();
    let want = citecheck::extract::extract(&doc(lf.to_string()), &opts);
    let got = citecheck::extract::extract(&doc(lf.replace('\n', "\r")), &opts);
    assert_eq!(
        serde_json::to_value(&got).expect("json"),
        serde_json::to_value(&want).expect("json")
    );
    assert_eq!(want.quotes.first().map(|q| q.line), Some(3));
}

/// Regression (eval-dialects): a Jupyter notebook named on the command line was read as
/// Markdown: its JSON keys and code strings became quotations (one "verified" against any
/// page holding the word). It is no article now, as an image is not (skipped with a warning
/// naming it; nothing else read: exit 2). Quarto's `.qmd` and R Markdown's `.Rmd` are
/// Markdown, found in a folder too.
#[test]
fn notebooks_are_no_articles_and_quarto_files_are_markdown() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("rain.ipynb"),
        "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"source\": [\"The note says \\\"rain doubled in the valley\\\".\"]\n  }\n ],\n \"nbformat\": 4\n}\n",
    )
    .expect("write");
    let out = Cli::in_dir(
        dir.path(),
        &["extract", "--no-config", "--format", "json", "rain.ipynb"],
    )
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("Jupyter notebook"), "{}", out.stderr);
    assert!(!out.stdout.contains("cell_type"), "{}", out.stdout);
    let site = dir.path().join("site");
    std::fs::create_dir(&site).expect("mkdir");
    let body = "The keeper said \"the lamp was relit every night at dusk\" in [the log](https://kept.example/log).\n";
    std::fs::write(site.join("a.qmd"), format!("---\ntitle: A\n---\n\n{body}")).expect("write");
    std::fs::write(site.join("b.Rmd"), body).expect("write");
    let out = Cli::in_dir(
        dir.path(),
        &["extract", "--no-config", "--format", "json", "site"],
    )
    .run();
    let v = json(&out);
    let docs = v["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 2, "{v}");
    for d in docs {
        assert_eq!(d["format"], "markdown", "{d}");
        assert_eq!(d["links"][0]["url"], "https://kept.example/log", "{d}");
        assert_eq!(
            d["quotes"][0]["text"], "the lamp was relit every night at dusk",
            "{d}"
        );
    }
}
