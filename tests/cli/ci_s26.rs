//! Regressions from the twenty-sixth session's evaluation of citecheck in CI on a content
//! repository: links whose destination is a site generator's template tag, JUnit cases'
//! file and line, the permanent-redirect notice said twice, and the `.citecheckignore`
//! beside the file `--config` names. Only 127.0.0.1 is ever contacted.

use crate::support::{json, write, Cli};

/// The (status, url) of every link of a JSON report, sorted, the temporary folder's path
/// cut off the front of local URLs.
fn statuses(out: &crate::support::Output, root: &std::path::Path) -> Vec<(String, String)> {
    let prefix = url::Url::from_directory_path(root.canonicalize().expect("canon"))
        .expect("url")
        .to_string();
    let plain = url::Url::from_directory_path(root)
        .expect("url")
        .to_string();
    let v = json(out);
    let mut all: Vec<(String, String)> = v["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| {
            let u = l["url"].as_str().unwrap_or("");
            let u = u
                .strip_prefix(&prefix)
                .or_else(|| u.strip_prefix(&plain))
                .unwrap_or(u);
            (
                l["status"].as_str().unwrap_or("").to_string(),
                u.to_string(),
            )
        })
        .collect();
    all.sort();
    all
}

/// 01 (the draft dead since session 38: no such post): `[text]({{< ref "page.md" >}})` was text to CommonMark (its destination holds blanks):
/// the link was lost and the shortcode's `"page.md"` became an uncited quotation in every
/// report; Jekyll's `{% post_url … %}` and `{% link … %}` links were lost silently. Such a
/// link is a link now: the site's file the tag names, where it is on disk, checked like any
/// local link (its fragment too); otherwise the tag as written, `unsupported` (not checked,
/// never dead: the generator may find the page elsewhere). A tag's strings are no quotes.
#[test]
fn template_tag_links_are_site_files_or_unchecked_and_never_quotes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "hugo/content/notes/plans.md",
        "# Plans\n\n## Next steps\n\nText.\n",
    );
    write(d, "hugo/content/guides/setup/index.md", "# Setup\n");
    write(
        d,
        "hugo/content/notes/today.md",
        "+++\ntitle = \"Today\"\n+++\n\nWe follow the [plans]({{< ref \"plans.md\" >}}) and the \
         [next steps]({{< relref \"plans.md#next-steps\" >}}).\n\nThe [setup]({{% ref path=\"/guides/setup\" lang=\"en\" %}}) \
         helps, the [lost page]({{< ref \"nowhere-to-be-seen.md\" >}}) may be elsewhere,\n\
         and [a gap]({{< ref \"plans.md\" >}}#no-such-part) names a missing part.\n\n\
         The [home]({{ .Site.BaseURL }}/start/) is made at build time.\n",
    );
    write(d, "jekyll/_config.yml", "title: x\n");
    write(d, "jekyll/_posts/2022-03-04-launch.md", "# Launch\n");
    write(d, "jekyll/pages/faq.md", "# FAQ\n");
    write(
        d,
        "jekyll/_posts/2022-05-06-later.md",
        "---\ntitle: Later\n---\n\nAfter the [launch]({% post_url 2022-03-04-launch %}), see the \
         [FAQ]({% link pages/faq.md %}) and the [draft]({% post_url 2022-09-09-unwritten %}).\n",
    );
    let out = Cli::in_dir(
        d,
        &["check", "hugo", "jekyll", "--no-config", "--format", "json"],
    )
    .run();
    // `#no-such-part` is missing from a file of the site, and no post is
    // `2022-09-09-unwritten` (Jekyll fails its build on it: session 38): that fails the run.
    assert_eq!(out.code, 1, "{}\n{}", out.stderr, out.stdout);
    let s = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        statuses(&out, d),
        vec![
            s("dead", "jekyll/_posts/2022-09-09-unwritten.md"),
            s("ok", "hugo/content/guides/setup/index.md"),
            s("ok", "hugo/content/notes/plans.md"),
            s("ok", "hugo/content/notes/plans.md#next-steps"),
            s("ok", "hugo/content/notes/plans.md#no-such-part"),
            s("ok", "jekyll/_posts/2022-03-04-launch.md"),
            s("ok", "jekyll/pages/faq.md"),
            s("unsupported", "{{ .Site.BaseURL }}/start/"),
            s("unsupported", "{{< ref \"nowhere-to-be-seen.md\" >}}"),
        ]
    );
    let v = json(&out);
    assert_eq!(
        v["quotes"].as_array().map(Vec::len),
        Some(0),
        "{}",
        out.stdout
    );
    let today = v["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .find(|doc| {
            doc["file"]
                .as_str()
                .is_some_and(|f| f.ends_with("today.md"))
        })
        .expect("today.md");
    let first = &today["links"][0];
    assert_eq!(
        (
            first["text"].as_str(),
            first["line"].as_u64(),
            first["column"].as_u64()
        ),
        (Some("plans"), Some(5), Some(15)),
        "{first}"
    );

    let gh = Cli::in_dir(d, &["check", "hugo", "--no-config", "--format", "github"]).run();
    assert!(
        !gh.stdout.contains("Uncited") && gh.stdout.contains("0 quotes"),
        "{}",
        gh.stdout
    );
    // The fragment the tag's target lacks fails, as for any local link.
    assert!(
        gh.stdout
            .contains("::error file=hugo/content/notes/today.md,line=8,col=5"),
        "{}",
        gh.stdout
    );
}

/// 02: JUnit cases named their article only in their text, and a run over `.` gave class
/// names like `links../content/a.md`. Every case has `file` and `line` attributes now (the
/// path as annotations give it), and its class name is the suite and that path.
#[test]
fn junit_cases_carry_file_and_line_and_a_clean_classname() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "content/a.md",
        "# A\n\nOne [missing page](gone.md) here.\n\nShe wrote \"a sentence that cites nothing at all\".\n",
    );
    let out = Cli::in_dir(d, &["check", ".", "--no-config", "--format", "junit"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let x = &out.stdout;
    assert!(!x.contains("links../") && !x.contains("quotes../"), "{x}");
    assert!(
        x.contains(r#"classname="links.content/a_md" file="content/a.md" line="3""#),
        "{x}"
    );
    assert!(
        x.contains(r#"classname="quotes.content/a_md" file="content/a.md" line="5""#),
        "{x}"
    );
}

/// 03: a permanent redirect's notice said its target twice: "…permanent redirect: use X
/// instead (use X instead)". The reports add the URL to use only when the detail does not
/// already say it.
#[test]
fn the_permanent_redirect_notice_names_the_new_url_once() {
    use citecheck::server::{Response, Server};

    let server = Server::builder()
        .route("/moved", Response::redirect(308, "/here"))
        .route(
            "/here",
            Response::html("<html><head><title>Here</title></head><body><p>Ok.</p></body></html>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "post.md",
        format!("# P\n\nA [moved page]({}).\n", server.url("/moved")),
    );
    let new = server.url("/here");
    for format in ["github", "terminal", "markdown", "junit", "sarif"] {
        let out = Cli::in_dir(
            d,
            &[
                "check",
                "post.md",
                "--no-config",
                "--fail-on",
                "redirected",
                "--format",
                format,
            ],
        )
        .run();
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        let o = &out.stdout;
        assert!(o.contains(&format!("use {new} instead")), "{format}: {o}");
        assert!(
            !o.contains(&format!("(use {new} instead)")) && !o.contains("use instead:"),
            "{format}: {o}"
        );
    }
}

/// 04: `check site --config site/citecheck.toml`, run from the folder above, did not read
/// `site/.citecheckignore` (it was looked for from the working folder only). With
/// `--config` it is looked for from that file's folder now.
#[test]
fn the_ignore_file_beside_the_named_config_applies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "site/citecheck.toml", "max-retries = 0\n");
    write(
        d,
        "site/.citecheckignore",
        "# team rules\n^http://127\\.0\\.0\\.1:9/staff/\n",
    );
    write(
        d,
        "site/docs/page.md",
        "# Page\n\nThe [staff wiki](http://127.0.0.1:9/staff/home) is private.\n",
    );
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "site",
            "--config",
            "site/citecheck.toml",
            "--format",
            "json",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}\n{}", out.stderr, out.stdout);
    let v = json(&out);
    let link = &v["links"][0];
    assert_eq!(link["status"], "excluded", "{link}");
    assert!(
        link["detail"]
            .as_str()
            .is_some_and(|s| s.contains(".citecheckignore")),
        "{link}"
    );
}
