//! Regressions from the twenty-second session's held-out evaluation of citecheck in CI on
//! documentation repositories: explicit heading ids, PDF open parameters, Hugo's `figure`
//! shortcode and `srcset` candidates. Local files only: nothing is fetched.

use crate::support::{json, write, Cli};

/// The `links` of a JSON report as (URL's last path segment, status, fragment).
fn links(out: &crate::support::Output) -> Vec<(String, String, String)> {
    let v = json(out);
    let mut all: Vec<(String, String, String)> = v["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| {
            let url = l["url"].as_str().unwrap_or("");
            (
                url.rsplit('/').next().unwrap_or("").to_string(),
                l["status"].as_str().unwrap_or("").to_string(),
                l["fragment"].as_str().unwrap_or("null").to_string(),
            )
        })
        .collect();
    all.sort();
    all
}

/// 01: `## Troubleshooting {#trouble}` gave no `#trouble` anchor (its slug took the braces
/// in: `troubleshooting-trouble`), so links to the id got a false "missing fragment". The
/// id is an anchor now, and so is the slug of the text with the braces (GitHub's); kramdown's
/// `{: #id}` on the next line too. An anchor that is nowhere is still missing, and so is
/// the slug of the text without the braces (the id replaces it wherever the braces are
/// read: session 38). A missing anchor in a local file fails the run (`local_fragment`).
#[test]
fn explicit_heading_ids_are_anchors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "setup.md",
        "# Setup\n\n## Troubleshooting {#trouble}\n\nText.\n\n## Install {#install .tabbed}\n\
         \n## Cache\n{: #caching}\n\nText.\n\n## Sets {x}\n\nText.\n",
    );
    write(
        d,
        "ref.md",
        "See [a](setup.md#trouble), [b](setup.md#troubleshooting), [c](setup.md#install), \
         [d](setup.md#troubleshooting-trouble), [e](setup.md#caching), [f](setup.md#cache), \
         [g](setup.md#sets-x).\n\nAnd [h](setup.md#nowhere).\n",
    );
    let out = Cli::in_dir(d, &["check", "ref.md", "--no-config", "--format", "json"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let found = |f: &str| ("setup.md#".to_string() + f, "ok".into(), "found".into());
    let mut want: Vec<(String, String, String)> = [
        "trouble",
        "install",
        "troubleshooting-trouble",
        "caching",
        "cache",
        "sets-x",
    ]
    .iter()
    .map(|f| found(f))
    .collect();
    want.push(("setup.md#nowhere".into(), "ok".into(), "missing".into()));
    want.push((
        "setup.md#troubleshooting".into(),
        "ok".into(),
        "missing".into(),
    ));
    want.sort();
    assert_eq!(links(&out), want, "{}", out.stdout);
}

/// 02: a local PDF linked with `#page=2` was "missing anchor #page=2" (a failure under
/// `--fail-on warnings`). A PDF's fragment is its viewer's parameters: not checked, as for
/// a fetched PDF.
#[test]
fn pdf_open_parameters_are_not_anchors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "files/report.pdf",
        crate::support::one_page_pdf(&["Annual report"]),
    );
    write(
        d,
        "index.html",
        "<!doctype html><html><body><p><a href=\"files/report.pdf#page=2\">p. 2</a>, \
         <a href=\"files/report.pdf#nameddest=summary\">summary</a>.</p></body></html>",
    );
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "index.html",
            "--no-config",
            "--fail-on",
            "warnings",
            "--format",
            "json",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}\n{}", out.stderr, out.stdout);
    for (url, status, fragment) in links(&out) {
        assert!(url.starts_with("report.pdf#"), "{url}");
        assert_eq!(
            (status.as_str(), fragment.as_str()),
            ("ok", "null"),
            "{url}"
        );
    }
}

/// 03 and 04: an image in Hugo's `{{< figure src="…" >}}` and the candidates of `srcset`
/// were never read, so missing images went unreported. Both are image links now: the
/// figure's root-relative `src` under `--root-dir`, each `srcset` candidate at its tag.
#[test]
fn figure_shortcodes_and_srcset_candidates_are_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "static/img/ok.jpg", "jpg");
    write(
        d,
        "content/post.md",
        "---\ntitle: \"x\"\n---\n\n{{< figure src=\"/img/ok.jpg\" alt=\"Fine\" >}}\n\n\
         {{< figure src=\"/img/gone.jpg\" alt=\"Flooded lane\" >}}\n\n`{{< figure src=\"/img/code.jpg\" >}}`\n",
    );
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "content",
            "--no-config",
            "--root-dir",
            "static",
            "--format",
            "github",
        ],
    )
    .run();
    assert_eq!(out.code, 1, "{}\n{}", out.stderr, out.stdout);
    assert!(
        out.stdout.contains("file=content/post.md,line=7,col=1")
            && out.stdout.contains("static/img/gone.jpg"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("2 links"), "{}", out.stdout);

    write(d, "img/a-800.png", "png");
    write(
        d,
        "index.html",
        "<!doctype html><html><body>\n<picture><source srcset=\"img/b.webp 1x, img/b2.webp 2x\">\
         \n<img src=\"img/a-800.png\" srcset=\"img/a-800.png 800w, img/a-1600.png 1600w\" alt=\"x\">\
         </picture></body></html>",
    );
    let out = Cli::in_dir(
        d,
        &["check", "index.html", "--no-config", "--format", "json"],
    )
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let got: Vec<(String, String)> = links(&out).into_iter().map(|l| (l.0, l.1)).collect();
    let want: Vec<(String, String)> = [
        ("a-1600.png", "dead"),
        ("a-800.png", "ok"),
        ("b.webp", "dead"),
        ("b2.webp", "dead"),
    ]
    .iter()
    .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
    .collect();
    assert_eq!(got, want, "{}", out.stdout);
}
