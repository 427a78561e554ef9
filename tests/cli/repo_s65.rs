//! The sixty-fifth session's evaluation of `check` as CI on a documentation repository: an
//! MkDocs-shaped `docs/` tree with pages linking each other, anchors of every kind, images,
//! videos, external links on a loopback server, a `.gitignore`d build folder and a
//! `citecheck.toml`.

use citecheck::server::{Response, Server};

use crate::support::{json, remap, write, Cli};

/// The docs repository: `docs/` as MkDocs reads it, `site/` its ignored build.
fn docs_repo(d: &std::path::Path, remap_rule: &str) {
    write(d, ".gitignore", "site/\n/docs/drafts/\n");
    write(d, "mkdocs.yml", "site_name: Demo\ndocs_dir: docs\n");
    write(
        d,
        "citecheck.toml",
        format!(
            "root-dir = \"docs\"\nexclude-path = [\"reference/internals\"]\nremap = [{}]\n",
            toml_string(remap_rule)
        ),
    );
    write(
        d,
        "docs/index.md",
        "# Demo docs\n\
         \n\
         Start with [setup](guide/setup.md) and the [API](reference/api.md#the-client-class).\n\
         \n\
         - [Installing](guide/setup.md#installing)\n\
         - [Without extension](guide/setup)\n\
         - [Site path](/guide/setup/#installing)\n\
         - [Wrong case](guide/Setup.md)\n\
         - [Wrong case, no extension](guide/Setup)\n\
         - [Missing page](guide/missing.md)\n\
         - [Bad anchor](guide/setup.md#instaling)\n\
         \n\
         ![Logo](assets/logo.png)\n\
         ![Banner](assets/banner.png)\n\
         \n\
         See the [changelog](https://docs.example.org/changelog) and the\n\
         [old home](https://docs.example.org/old) and the [gone page](https://docs.example.org/gone).\n",
    );
    write(
        d,
        "docs/guide/setup.md",
        "# Setup\n\
         \n\
         ## Installing\n\
         \n\
         ## Configuring `citecheck.toml`\n\
         \n\
         ## Example\n\
         \n\
         ## Example\n\
         \n\
         See [the first](#example), [this one](#example-1) and [a third](#example-2).\n\
         \n\
         ## What's new? (v2.0)\n\
         \n\
         ## Rocket launch 🚀\n\
         \n\
         ## Custom heading {#custom-id}\n\
         \n\
         <a id=\"legacy-anchor\"></a>Links: [new](#whats-new-v20), [config](#configuring-citechecktoml),\n\
         [launch](#rocket-launch-), [custom](#custom-id), [legacy](#legacy-anchor).\n\
         \n\
         <video controls poster=\"../assets/poster.png\">\n\
         \x20 <source src=\"../assets/demo.mp4\" type=\"video/mp4\">\n\
         \x20 <source src=\"../assets/demo.webm\" type=\"video/webm\">\n\
         </video>\n",
    );
    write(
        d,
        "docs/reference/api.md",
        "---\ntitle: API\n---\n\n# API\n\n## The `Client` class\n\n## Errors\n\n\
         Back to [setup](../Guide/setup#installing) and the [CLI](cli.html#options).\n",
    );
    write(
        d,
        "docs/reference/cli.html",
        "<!doctype html>\n<html><head><title>CLI</title></head><body>\n\
         <h2 id=\"options\">Options</h2>\n\
         <p>See <a href=\"api.md#errors\">errors</a> and <a href=\"api.md#nope\">nope</a>.\n\
         <audio src=\"../assets/talk.mp3\" controls></audio></p>\n\
         </body></html>\n",
    );
    write(
        d,
        "docs/reference/internals/notes.md",
        "# Notes\n\n[broken](nowhere.md)\n",
    );
    write(d, "docs/drafts/wip.md", "# Draft\n\n[broken](nowhere.md)\n");
    write(d, "docs/assets/logo.png", b"\x89PNG\r\n\x1a\n");
    write(d, "docs/assets/poster.png", b"\x89PNG\r\n\x1a\n");
    write(d, "docs/assets/demo.mp4", b"\0\0\0\x18ftypmp42");
    write(
        d,
        "site/index.html",
        "<html><body><a href=\"missing-built.html\">broken</a></body></html>\n",
    );
}

fn toml_string(s: &str) -> String {
    format!("'{s}'")
}

/// Each link's status, `#fragment` result and first place, by its URL written from `docs/`.
fn statuses(report: &serde_json::Value, root: &std::path::Path) -> Vec<(String, String)> {
    let root = url::Url::from_directory_path(root.join("docs"))
        .expect("a file URL")
        .to_string();
    let mut out: Vec<(String, String)> = report["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| {
            let url = l["url"].as_str().unwrap_or("").replace(&root, "");
            let at = &l["occurrences"][0];
            let what = format!(
                "{} {} {}:{}:{}",
                l["status"].as_str().unwrap_or(""),
                l["fragment"].as_str().unwrap_or("-"),
                at["file"].as_str().unwrap_or(""),
                at["line"],
                at["column"]
            );
            (url, what)
        })
        .collect();
    out.sort();
    out
}

/// The whole repository checked as a CI job would (`citecheck check docs` at its top, the
/// settings from `citecheck.toml`): what a docs maintainer expects of every link, written
/// down before the run. Before, a video's files (`<video poster>`, `<source src>`, `<audio
/// src>`) were not links at all, so a moved recording passed, and a page link without its
/// extension whose name differs only in case (`guide/Setup`, `../Guide/setup`) was dead
/// without naming the page it meant.
#[test]
fn a_docs_repository_checked_in_ci() {
    let server = Server::builder()
        .route(
            "/changelog",
            Response::html("<html><body><h1>Changelog</h1><p>What changed.</p></body></html>"),
        )
        .route("/old", Response::redirect(301, "/changelog"))
        .route("/gone", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    docs_repo(d, &remap("docs.example.org", &server));
    let out = Cli::in_dir(d, &["check", "docs", "--format", "json"]).run();
    assert_eq!(out.code, 1, "{}\n{}", out.stderr, out.stdout);
    let report = json(&out);
    let files: Vec<&str> = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|doc| doc["file"].as_str())
        .collect();
    // The ignored build and drafts and the excluded folder are not read.
    assert_eq!(
        files,
        [
            "docs/guide/setup.md",
            "docs/index.md",
            "docs/reference/api.md",
            "docs/reference/cli.html"
        ],
        "{files:?}"
    );
    let got = statuses(&report, d);
    let want: Vec<(String, String)> = [
        ("assets/banner.png", "dead - docs/index.md:14:1"),
        ("assets/demo.mp4", "ok - docs/guide/setup.md:23:3"),
        ("assets/demo.webm", "dead - docs/guide/setup.md:24:3"),
        ("assets/logo.png", "ok - docs/index.md:13:1"),
        ("assets/poster.png", "ok - docs/guide/setup.md:22:1"),
        ("assets/talk.mp3", "dead - docs/reference/cli.html:5:1"),
        (
            "Guide/setup#installing",
            "dead - docs/reference/api.md:11:9",
        ),
        ("guide/missing.md", "dead - docs/index.md:10:3"),
        ("guide/Setup", "dead - docs/index.md:9:3"),
        ("guide/setup", "ok - docs/index.md:6:3"),
        ("guide/Setup.md", "dead - docs/index.md:8:3"),
        ("guide/setup.md", "ok - docs/index.md:3:12"),
        (
            "guide/setup.md#custom-id",
            "ok found docs/guide/setup.md:20:28",
        ),
        (
            "guide/setup.md#configuring-citechecktoml",
            "ok found docs/guide/setup.md:19:57",
        ),
        (
            "guide/setup.md#example",
            "ok found docs/guide/setup.md:11:5",
        ),
        (
            "guide/setup.md#example-1",
            "ok found docs/guide/setup.md:11:28",
        ),
        (
            "guide/setup.md#example-2",
            "ok missing docs/guide/setup.md:11:55",
        ),
        ("guide/setup.md#instaling", "ok missing docs/index.md:11:3"),
        ("guide/setup.md#installing", "ok found docs/index.md:5:3"),
        (
            "guide/setup.md#legacy-anchor",
            "ok found docs/guide/setup.md:20:50",
        ),
        (
            "guide/setup.md#rocket-launch-",
            "ok found docs/guide/setup.md:20:1",
        ),
        (
            "guide/setup.md#whats-new-v20",
            "ok found docs/guide/setup.md:19:34",
        ),
        ("guide/setup/#installing", "ok found docs/index.md:7:3"),
        (
            "https://docs.example.org/changelog",
            "ok - docs/index.md:16:9",
        ),
        (
            "https://docs.example.org/gone",
            "dead - docs/index.md:17:50",
        ),
        (
            "https://docs.example.org/old",
            "redirected - docs/index.md:17:1",
        ),
        (
            "reference/api.md#errors",
            "ok found docs/reference/cli.html:4:8",
        ),
        (
            "reference/api.md#nope",
            "ok missing docs/reference/cli.html:4:47",
        ),
        (
            "reference/api.md#the-client-class",
            "ok found docs/index.md:3:44",
        ),
        (
            "reference/cli.html#options",
            "ok found docs/reference/api.md:11:52",
        ),
    ]
    .into_iter()
    .map(|(u, w)| (u.to_string(), w.to_string()))
    .collect();
    let mut want = want;
    want.sort();
    assert_eq!(got, want, "{}", out.stdout);
    // The page each case slip meant is named.
    let detail = |url: &str| -> String {
        report["links"]
            .as_array()
            .expect("links")
            .iter()
            .find(|l| l["url"].as_str().is_some_and(|u| u.ends_with(url)))
            .and_then(|l| l["detail"].as_str())
            .unwrap_or("")
            .to_string()
    };
    assert!(
        detail("/docs/guide/Setup").ends_with("(there is setup.md: the name differs only in case)"),
        "{}",
        out.stdout
    );
    assert!(
        detail("/docs/Guide/setup#installing")
            .ends_with("(there is guide/setup.md: a folder's name differs only in case)"),
        "{}",
        out.stdout
    );
    // The findings: 8 dead links and 3 missing anchors of local files fail the run; the
    // permanent redirect is a note.
    let text = Cli::in_dir(d, &["check", "docs"]).run();
    assert_eq!(text.code, 1, "{}", text.stderr);
    assert!(
        text.stdout
            .contains("Result: FAILED: 11 findings fail the run"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("(did you mean\n      #installing?)"),
        "{}",
        text.stdout
    );
    // GitHub annotations point at each finding's place, the video's missing file too.
    let gh = Cli::in_dir(d, &["check", "docs", "--format", "github"]).run();
    assert_eq!(gh.code, 1, "{}", gh.stderr);
    assert!(
        gh.stdout.contains(
            "::error file=docs/guide/setup.md,line=24,col=3,title=citecheck%3A Dead link::dead link: docs/assets/demo.webm"
        ),
        "{}",
        gh.stdout
    );
    assert!(
        gh.stdout.contains(
            "::notice file=docs/index.md,line=17,col=1,title=citecheck%3A Redirected link::"
        ),
        "{}",
        gh.stdout
    );
    assert_eq!(gh.stdout.matches("::error ").count(), 11, "{}", gh.stdout);
}

/// `extract` names a video's, a recording's and a caption track's files `media` (a
/// `<source>` in a `<picture>` gives `srcset`, images), in Markdown and in HTML pages alike,
/// and they cite no quotation. Before, none of them was a link.
#[test]
fn media_files_are_links_of_their_own_kind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let body = "<video controls poster=\"poster.png\" src=\"clip.mp4\">\n\
                <source src=\"clip.webm\" type=\"video/webm\">\n\
                <track src=\"clip.vtt\" kind=\"captions\">\n\
                </video>\n\
                <audio src=\"talk.mp3\" controls></audio>\n\
                <picture><source srcset=\"wide.png\"><img src=\"narrow.png\" alt=\"a map\"></picture>\n";
    write(d, "page.md", format!("# Page\n\n{body}"));
    write(
        d,
        "page.html",
        format!("<html><body><h1>Page</h1>\n{body}</body></html>\n"),
    );
    for file in ["page.md", "page.html"] {
        let out = Cli::in_dir(d, &["extract", file, "--format", "json"]).run();
        let report = json(&out);
        let mut kinds: Vec<(String, String)> = report["documents"][0]["links"]
            .as_array()
            .expect("links")
            .iter()
            .map(|l| {
                let url = l["url"].as_str().unwrap_or("");
                let name = url.rsplit('/').next().unwrap_or(url).to_string();
                (name, l["kind"].as_str().unwrap_or("").to_string())
            })
            .collect();
        kinds.sort();
        assert_eq!(
            kinds,
            [
                ("clip.mp4", "media"),
                ("clip.vtt", "media"),
                ("clip.webm", "media"),
                ("narrow.png", "image"),
                ("poster.png", "image"),
                ("talk.mp3", "media"),
                ("wide.png", "image"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string())),
            "{file}: {}",
            out.stdout
        );
        // None is there: each is a dead link of the page.
        let out = Cli::in_dir(d, &["check", file, "--format", "json"]).run();
        assert_eq!(out.code, 1, "{file}: {}", out.stderr);
        let report = json(&out);
        let dead = report["links"]
            .as_array()
            .expect("links")
            .iter()
            .filter(|l| l["status"] == "dead")
            .count();
        assert_eq!(dead, 7, "{file}: {}", out.stdout);
    }
}
