//! Regressions from the thirty-eighth session's held-out evaluation of a documentation
//! repository (MkDocs, Docusaurus, Hugo, Jekyll, VitePress pages) checked in CI.

use citecheck::server::{Response, Server};

use crate::support::{write, Cli};

/// Regression: a `#fragment` missing from the article itself or from a file beside it was
/// only a warning, so CI passed with a broken in-page link, and `--fail-on` had no name for
/// it. A local one fails by default (`local_fragment`); a fetched page's missing anchor
/// (its script may add it) stays a warning unless `missing_fragment` is named.
#[test]
fn a_missing_local_anchor_fails_and_a_remote_one_can() {
    let server = Server::builder()
        .route(
            "/guide",
            Response::html("<html><body><h2 id=\"setup\">Setup</h2></body></html>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "page.md", "# Page\n\nSee [x](#nope) and [y](#page).\n");
    write(d, "other.md", "# Other\n\nSee [a](page.md#page).\n");
    let remote = format!(
        "# Remote\n\nSee [the guide]({}).\n",
        server.url("/guide#install")
    );
    write(d, "remote.md", remote);

    let run = |args: &[&str]| Cli::in_dir(d, args).run();
    let out = run(&["check", "--no-config", "page.md"]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(out.stdout.contains("page.md:3:5"), "{}", out.stdout);
    assert_eq!(run(&["check", "--no-config", "other.md"]).code, 0);
    // Without the name, the local anchor is a warning again.
    let out = run(&["check", "--no-config", "--fail-on", "dead", "page.md"]);
    assert_eq!(out.code, 0, "{}", out.stdout);

    let out = run(&["check", "--no-config", "remote.md"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("missing fragment"), "{}", out.stdout);
    let out = run(&[
        "check",
        "--no-config",
        "--fail-on",
        "default,missing_fragment",
        "remote.md",
    ]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    // Every CI format agrees.
    let junit = run(&["check", "--no-config", "--format", "junit", "page.md"]);
    assert!(
        // (`local_fragment`, as `--fail-on` names a local file's: forty-eighth session.)
        junit.stdout.contains("type=\"local_fragment\""),
        "{}",
        junit.stdout
    );
    let gh = run(&["check", "--no-config", "--format", "github", "page.md"]);
    assert!(
        gh.stdout.contains("::error file=page.md,line=3,col=5"),
        "{}",
        gh.stdout
    );
    let sarif = run(&["check", "--no-config", "--format", "sarif", "remote.md"]);
    assert!(
        sarif.stdout.contains("\"level\": \"warning\""),
        "{}",
        sarif.stdout
    );
}

/// Regression: a link to lines of a file on a code host (`…/blob/main/src/lib.rs#L10-L20`)
/// was a missing fragment: those pages mark lines by script, with no element of that id.
/// Such a fragment is not checked (as a route `#/settings` is not); an anchor elsewhere on
/// the page is still looked for.
#[test]
fn code_host_line_anchors_are_not_missing_fragments() {
    let server = Server::builder()
        .route(
            "/acme/tool/blob/main/src/lib.rs",
            Response::html(
                "<html><body><h1 id=\"readme\">lib.rs</h1><pre>fn main() {}</pre></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let page = server.url("/acme/tool/blob/main/src/lib.rs");
    write(
        d,
        "code.md",
        format!(
            "# Code\n\nSee [lines]({page}#L10-L20), [a line]({page}#L7C3-L9C1) and \
             [a gone part]({page}#usage).\n"
        ),
    );
    let out = Cli::in_dir(d, &["check", "--no-config", "--format", "json", "code.md"]).run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let fragment = |f: &str| {
        v["links"]
            .as_array()
            .and_then(|ls| {
                ls.iter()
                    .find(|l| l["url"].as_str().is_some_and(|u| u.ends_with(f)))
            })
            .map(|l| l["fragment"].clone())
    };
    assert_eq!(
        fragment("#L10-L20"),
        Some(serde_json::Value::Null),
        "{}",
        out.stdout
    );
    assert_eq!(
        fragment("#L7C3-L9C1"),
        Some(serde_json::Value::Null),
        "{}",
        out.stdout
    );
    assert_eq!(fragment("#usage"), Some("missing".into()), "{}", out.stdout);
}

/// Regression: every short quotation with no citation in a how-to (`Press "Enter"`, `set
/// it to "strict"`, `« Paramètres »`) was an "uncited quote" warning, a GitHub annotation
/// and a SARIF alert each: labels, terms and scare quotes have nothing to check. They are
/// counted apart and not listed unless `short_quotes` is named; a message the interface
/// shows (`the message "…"`) is no quotation; a sentence someone said, uncited, is still
/// a warning.
#[test]
fn short_uncited_quotes_in_a_how_to_are_not_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "ui.md",
        "# Set up\n\n1. Open the dashboard.\n2. Choose \"Personal access tokens\" from the menu.\n\
         3. Press \"Enter\".\n4. Set `mode` to \"strict\" or \"lenient\".\n\
         5. You see the message \"Your dashboard was published successfully to the server\".\n\
         6. Sélectionnez « Paramètres » puis « Enregistrer les modifications ».\n\n\
         The minister said \"we will never raise the fuel duty again in this parliament\" at the rally.\n",
    );
    let out = Cli::in_dir(d, &["check", "--no-config", "ui.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(
        out.stdout.matches("uncited quote").count(),
        1,
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("fuel duty"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("1 uncited, 6 uncited (short, not listed)"),
        "{}",
        out.stdout
    );
    let gh = Cli::in_dir(d, &["check", "--no-config", "--format", "github", "ui.md"]).run();
    assert_eq!(gh.stdout.matches("::warning").count(), 1, "{}", gh.stdout);
    // Asked for, they are listed (and fail, under `uncited`).
    let all = Cli::in_dir(
        d,
        &[
            "check",
            "--no-config",
            "--fail-on",
            "uncited,short_quotes",
            "ui.md",
        ],
    )
    .run();
    assert_eq!(all.code, 1, "{}", all.stdout);
    assert_eq!(
        all.stdout.matches("uncited quote").count(),
        7,
        "{}",
        all.stdout
    );
    // Under `uncited` alone, only the sentence fails.
    let one = Cli::in_dir(
        d,
        &["check", "--no-config", "--fail-on", "uncited", "ui.md"],
    )
    .run();
    assert_eq!(one.code, 1, "{}", one.stdout);
    assert_eq!(
        one.stdout.matches("uncited quote").count(),
        1,
        "{}",
        one.stdout
    );
    let json = Cli::in_dir(d, &["extract", "--no-config", "--format", "json", "ui.md"]).run();
    assert!(!json.stdout.contains("Your dashboard"), "{}", json.stdout);
}

/// Regression: Jekyll's documented link form, `{{ site.baseurl }}{% post_url … %}`, was
/// dropped (no link at all, so a post that does not exist passed), and `{{ site.baseurl
/// }}/about.html` was never checked though `about.md` is the page. The site address is the
/// site's root now; a post found nowhere under `_posts` is dead (Jekyll's build fails on
/// it), one in a sub-folder of `_posts` is found.
#[test]
fn jekyll_site_address_links_are_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "_config.yml", "baseurl: /b\n");
    write(d, "_posts/2024-01-05-welcome.md", "# Welcome\n");
    write(d, "_posts/news/2024-02-01-later.md", "# Later\n");
    write(d, "about.md", "# About\n\n## Team\n");
    write(
        d,
        "index.md",
        "A [one]({{ site.baseurl }}{% post_url 2024-01-05-welcome %}).\n\
         C [gone]({{ site.baseurl }}{% post_url 2023-01-01-gone %}).\n\
         B [three]({{ site.baseurl }}{% link about.md %}) and [sub]({% post_url 2024-02-01-later %}).\n\
         D [four]({{ site.baseurl }}/about.html#team), [five]({{- site.baseurl -}}/about.html#staff).\n\
         E [six]({{ site.url }}{{ site.baseurl }}/elsewhere/).\n",
    );
    let out = Cli::in_dir(d, &["check", "--no-config", "--format", "json", "index.md"]).run();
    assert_eq!(out.code, 1, "{}", out.stdout);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let root = url::Url::from_directory_path(d.canonicalize().expect("dir"))
        .map(|u| u.to_string())
        .unwrap_or_default();
    let mut got: Vec<(String, String, String)> = v["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| {
            let u = l["url"].as_str().unwrap_or("");
            (
                u.strip_prefix(&root).unwrap_or(u).to_string(),
                l["status"].as_str().unwrap_or("").to_string(),
                l["fragment"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    got.sort();
    let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    assert_eq!(
        got,
        vec![
            t("_posts/2023-01-01-gone.md", "dead", ""),
            t("_posts/2024-01-05-welcome.md", "ok", ""),
            t("_posts/news/2024-02-01-later.md", "ok", ""),
            t("about.md", "ok", ""),
            t("about.md#staff", "ok", "missing"),
            t("about.md#team", "ok", "found"),
            t(
                "{{ site.url }}{{ site.baseurl }}/elsewhere/",
                "unsupported",
                ""
            ),
        ],
        "{}",
        out.stdout
    );
}

/// Regression: MkDocs' snippet line `--8<-- "docs/snippets/abbrev.md"` was a quotation
/// (the path in quotation marks), and so were quoted paths in a `--8<--` block; they name
/// files to include. A quotation elsewhere in the page is still one.
#[test]
fn mkdocs_snippet_lines_are_not_quotations() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "s.md",
        "# S\n\n--8<-- \"docs/snippets/abbrev.md\"\n\n-8<- \"docs/snippets/a longer name here.md:part\"\n\n\
         Text \"one two three four five six\" here.\n\n--8<--\nfile1.md\n\
         \"quoted words in a list of paths\"\n--8<--\n\n;--8<-- \"escaped example of the syntax.md\"\n",
    );
    let out = Cli::in_dir(d, &["extract", "--no-config", "s.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("1 quote,"), "{}", out.stdout);
    assert!(out.stdout.contains("one two three"), "{}", out.stdout);
}

/// Regression: a broken local link was shown as `file:///home/runner/work/…/style.md — no
/// such file: /home/runner/work/…/style.md` in the terminal, GitHub annotations, SARIF and
/// the pull-request comment (a `file:` link there leads nowhere and shows the runner's
/// folders). Local files are shown relative to the working folder; the JSON report keeps
/// the full URL. A name that differs from a file's only in case says so.
#[test]
fn local_links_are_shown_relative_and_case_slips_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "docs/guide/advanced.md", "# Advanced\n");
    write(
        d,
        "CONTRIBUTING.md",
        "See the [style guide](docs/reference/style.md) and [advanced](docs/guide/Advanced.md).\n",
    );
    let abs = d
        .canonicalize()
        .expect("dir")
        .to_string_lossy()
        .into_owned();
    for format in ["text", "github", "sarif", "markdown"] {
        let out = Cli::in_dir(
            d,
            &[
                "check",
                "--no-config",
                "--format",
                format,
                "CONTRIBUTING.md",
            ],
        )
        .run();
        assert_eq!(out.code, 1, "{format}: {}", out.stdout);
        // SARIF's machine fields keep full URIs; its messages are for people.
        let shown = if format == "sarif" {
            let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("sarif");
            v["runs"][0]["results"]
                .as_array()
                .expect("results")
                .iter()
                .map(|r| r["message"]["text"].as_str().unwrap_or("").to_string())
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            out.stdout.clone()
        };
        assert!(!shown.contains(&abs), "{format}: {shown}");
        assert!(!shown.contains("file://"), "{format}: {shown}");
        assert!(
            shown.contains("docs/reference/style.md"),
            "{format}: {}",
            out.stdout
        );
        assert!(shown.contains("there is advanced.md"), "{format}: {shown}");
    }
    let json = Cli::in_dir(
        d,
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "CONTRIBUTING.md",
        ],
    )
    .run();
    assert!(json.stdout.contains("file:///"), "{}", json.stdout);
}

/// Regression: with a `--remap` rule of capture groups (`^https://([^/]+)/(.*)$` to the
/// loopback mirror), a permanent redirect's "use instead" was the mirror's address
/// (`http://127.0.0.1:…/new.example.org/api`), a URL no article can cite. It is mapped
/// back to the article's own form now, in the detail too.
#[test]
fn remapped_redirect_advice_names_the_real_address() {
    let server = Server::builder()
        .route(
            "/old.example.org/rel",
            Response::redirect(301, "/new.example.org/api"),
        )
        .route(
            "/new.example.org/api",
            Response::html("<html><body><h1>API</h1><p>Reference.</p></body></html>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        "# A\n\nSee [the reference](https://old.example.org/rel).\n",
    );
    let remap = format!("^https://([^/]+)/(.*)$ {}/$1/$2", server.base_url());
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "--remap",
            &remap,
            "a.md",
        ],
    )
    .run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let link = &v["links"][0];
    assert_eq!(
        link["use_instead"].as_str(),
        Some("https://new.example.org/api"),
        "{link}"
    );
    let detail = link["detail"].as_str().unwrap_or("");
    // Only the note on the remap names the mirror.
    let said = detail.split(" (checked as").next().unwrap_or("");
    assert!(!said.contains("127.0.0.1:"), "{detail}");
    assert!(detail.contains("https://new.example.org/api"), "{detail}");
}

/// Regression: an MDX string expression (`{"a JS string literal of several words"}`), which
/// MDX renders as its text with no quotation marks, was an uncited quotation. It is text;
/// a quotation beside it is still one, and a `.md` file's braces are text as before.
#[test]
fn mdx_string_expressions_are_no_quotations() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let body = "# T\n\nText with {\"a JS string literal of several words\"} and {'another \
                string of several words here'} and \"a real quotation of several words \
                here\" too.\n";
    write(d, "x.mdx", body);
    write(d, "x.md", body);
    let out = Cli::in_dir(d, &["extract", "--no-config", "x.mdx"]).run();
    assert!(out.stdout.contains("1 quote,"), "{}", out.stdout);
    assert!(out.stdout.contains("a real quotation"), "{}", out.stdout);
    assert!(out.stdout.contains("3:"), "{}", out.stdout);
    let md = Cli::in_dir(d, &["extract", "--no-config", "x.md"]).run();
    assert!(md.stdout.contains("2 quotes,"), "{}", md.stdout);
}
