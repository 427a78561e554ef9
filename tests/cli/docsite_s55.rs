//! Session 55 (docsite): a documentation repository checked as a folder.

use crate::support::{write, Cli};

/// The files `extract` reads from `site` with `args` added.
fn files_read(d: &std::path::Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["extract", "--no-config", "--format", "json"];
    all.extend_from_slice(args);
    all.push("site");
    let out = Cli::in_dir(d, &all).run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", out.stdout, out.stderr));
    let mut files: Vec<String> = v["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|x| x["file"].as_str().map(|f| f.replace('\\', "/")))
        .collect();
    files.sort();
    files
}

fn docs_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "site/changelog/top.md",
        "# Top\n\nRead [one](https://one.example.org/).\n",
    );
    write(
        d,
        "site/guide/changelog/deep.md",
        "# Deep\n\nRead [two](https://two.example.org/).\n",
    );
    write(
        d,
        "site/guide/intro.md",
        "# Intro\n\nRead [three](https://three.example.org/).\n",
    );
    dir
}

/// `--exclude-path /changelog` (and `/changelog/`) is anchored at the folder walked, as in
/// `.gitignore`: a folder of that name deeper down is still read. Before, the bare folder
/// name matched `guide/changelog` too, and its links were silently never checked.
#[test]
fn an_anchored_folder_exclusion_leaves_same_named_folders_deeper_down() {
    let dir = docs_tree();
    for pattern in ["/changelog", "/changelog/"] {
        let kept = files_read(dir.path(), &["--exclude-path", pattern]);
        assert_eq!(kept.len(), 2, "{pattern}: {kept:?}");
        assert!(
            kept.iter().any(|f| f.ends_with("guide/changelog/deep.md")),
            "{pattern}: {kept:?}"
        );
        assert!(
            !kept.iter().any(|f| f.ends_with("top.md")),
            "{pattern}: {kept:?}"
        );
    }
    // Unanchored, a folder name still matches at any depth (as in `.gitignore`).
    let kept = files_read(dir.path(), &["--exclude-path", "changelog"]);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].ends_with("guide/intro.md"), "{kept:?}");
}

/// `--glob /intro.md` is anchored too: it names the top-level file only, not
/// `guide/intro.md` by its name.
#[test]
fn an_anchored_glob_does_not_match_a_file_name_deeper_down() {
    let dir = docs_tree();
    write(dir.path(), "site/intro.md", "# Root intro\n");
    let kept = files_read(dir.path(), &["--glob", "/intro.md"]);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(!kept[0].contains("guide"), "{kept:?}");
}

/// Checks `page.md` (linking to its own anchors) alone and answers each link's `fragment`
/// verdict, by the fragment.
fn fragments(page: &str) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "page.md", page);
    let out = Cli::in_dir(
        dir.path(),
        &["check", "--no-config", "page.md", "--format", "json"],
    )
    .run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", out.stdout, out.stderr));
    v["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| {
            let url = l["url"].as_str().unwrap_or("");
            let frag = url.rsplit_once('#').map_or("", |(_, f)| f).to_string();
            (frag, l["fragment"].as_str().unwrap_or("").to_string())
        })
        .collect()
}

/// An `id`/`name` written only inside code (a fenced block, an indented block, a code
/// span) is shown as text on the rendered page: no anchor. Before, each counted as one and
/// a link to it passed. Real HTML outside code still is an anchor.
#[test]
fn an_id_shown_inside_code_is_no_anchor() {
    let page = "# Widgets\n\n\
        Embed it with `<span id=\"widget-root\"></span>` in your page.\n\n\
        ```html\n<section id=\"panel-demo\">demo</section>\n```\n\n\
        ~~~\n<a name=\"tilde-mark\"></a>\n~~~\n\n\
        Example:\n\n    <p id=\"indent-sample\">x</p>\n\n\
        <a id=\"real-mark\"></a>\n\n\
        Links: [r](#widget-root) [p](#panel-demo) [t](#tilde-mark) \
        [i](#indent-sample) [m](#real-mark) [h](#widgets)\n";
    let got = fragments(page);
    for (frag, verdict) in &got {
        let want = if matches!(frag.as_str(), "real-mark" | "widgets") {
            "found"
        } else {
            "missing"
        };
        assert_eq!(verdict, want, "#{frag}: {got:?}");
    }
    assert_eq!(got.len(), 6, "{got:?}");
}

/// A `# …` line inside YAML or TOML front matter is a comment, not a heading: no anchor.
/// Before, `#draft-notes` was found. The body's own heading still is an anchor.
#[test]
fn a_comment_in_front_matter_is_no_heading_anchor() {
    let yaml = "---\nlayout: docs\n# draft notes\nweight: 3\n---\n\n# Setup steps\n\n\
        Go to [a](#draft-notes) or [b](#setup-steps).\n";
    let toml = "+++\nweight = 4\n# hidden key\n+++\n\n# Setup steps\n\n\
        Go to [a](#hidden-key) or [b](#setup-steps).\n";
    for (page, comment) in [(yaml, "draft-notes"), (toml, "hidden-key")] {
        let got = fragments(page);
        assert_eq!(got.len(), 2, "{got:?}");
        for (frag, verdict) in &got {
            let want = if frag == comment { "missing" } else { "found" };
            assert_eq!(verdict, want, "#{frag}: {got:?}");
        }
    }
}

/// A link whose folder differs from a real folder only in case (`Reference/api.md` for
/// `reference/api.md`) works on a laptop's file system and breaks on the server's: the
/// dead link says where the file is. Before, it said only "no such file".
#[test]
fn a_folder_differing_only_in_case_is_named_in_the_dead_links_detail() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "reference/api.md", "# Api\n");
    write(
        d,
        "start.md",
        "# Start\n\nRead [the api](Reference/api.md).\n",
    );
    // Only where the file system tells the two apart.
    if d.join("Reference/api.md").exists() {
        return;
    }
    let out = Cli::in_dir(d, &["check", "--no-config", "start.md", "--format", "json"]).run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", out.stdout, out.stderr));
    let link = &v["links"][0];
    assert_eq!(link["status"], "dead", "{link:#}");
    let detail = link["detail"].as_str().unwrap_or("");
    assert!(
        detail.contains("there is reference/api.md") && detail.contains("only in case"),
        "{detail}"
    );
}

/// An id only inside an HTML `<template>` element is inert content, not on the page: no
/// anchor. Before, `#row-proto` was found. An id outside the template still is.
#[test]
fn an_id_inside_a_template_element_is_no_anchor() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "widgets.html",
        "<!doctype html><html><body><h1 id=\"catalogue\">Catalogue</h1>\n\
         <template id=\"row-tpl\"><tr id=\"row-proto\"><td>cell</td></tr></template>\n\
         <p id=\"after-tpl\">done</p></body></html>\n",
    );
    write(
        d,
        "notes.md",
        "# Notes\n\n[a](widgets.html#row-proto) [b](widgets.html#catalogue) \
         [c](widgets.html#after-tpl)\n",
    );
    let out = Cli::in_dir(d, &["check", "--no-config", "notes.md", "--format", "json"]).run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", out.stdout, out.stderr));
    let links = v["links"].as_array().expect("links");
    assert_eq!(links.len(), 3, "{links:#?}");
    for l in links {
        let url = l["url"].as_str().unwrap_or("");
        let want = if url.ends_with("#row-proto") {
            "missing"
        } else {
            "found"
        };
        assert_eq!(l["fragment"], want, "{url}: {l:#}");
    }
}
