//! Twenty-seventh session: a built static site checked as a folder of HTML files.

use crate::support::Cli;

/// Regression (eval-sitehealth): a page's root-relative `<base href="/docs/">` was joined to
/// the file's own URL, so every link relative to it pointed under the disk's root
/// (`file:///docs/api/auth/`) and was `dead`, failing CI on links that work. Under
/// `--root-dir` it is the site's `/docs/`; without one, those links are `invalid` with a
/// hint, never `dead`.
#[test]
fn a_root_relative_base_is_under_the_sites_root() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    for d in ["docs/api/auth", "docs/reference"] {
        std::fs::create_dir_all(site.join(d)).expect("mkdir");
    }
    std::fs::write(
        site.join("docs/api/index.html"),
        "<html><head><base href=\"/docs/\"><title>API</title></head><body>\n\
         <p><a href=\"api/auth/\">Auth</a>, <a href=\"reference/cli.html#retries\">retries</a>,\n\
         <a href=\"reference/cli.html#gone\">gone</a> and <a href=\"install/\">install</a>.</p>\n\
         </body></html>\n",
    )
    .expect("write");
    std::fs::write(
        site.join("docs/reference/cli.html"),
        "<h2 id=\"retries\">Retries</h2>",
    )
    .expect("write");
    std::fs::write(site.join("docs/api/auth/index.html"), "<p>Auth</p>").expect("write");
    let page = "site/docs/api/index.html";
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "--root-dir",
            "site",
            page,
        ],
    )
    .run();
    let report = out.report();
    let status = |end: &str| {
        report
            .links
            .iter()
            .find(|l| l.url.ends_with(end))
            .map(|l| (l.status, l.fragment))
            .unwrap_or_else(|| panic!("no link ending {end}: {:#?}", report.links))
    };
    assert_eq!(status("/site/docs/api/auth/").0.as_str(), "ok");
    assert_eq!(status("/site/docs/install/").0.as_str(), "dead");
    let (s, f) = status("/site/docs/reference/cli.html#retries");
    assert_eq!(
        (s.as_str(), f),
        ("ok", Some(citecheck::model::FragmentStatus::Found))
    );
    let (s, f) = status("/site/docs/reference/cli.html#gone");
    assert_eq!(
        (s.as_str(), f),
        ("ok", Some(citecheck::model::FragmentStatus::Missing))
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    // No root given: nothing is dead, each link says what would place it.
    let out = Cli::in_dir(
        dir.path(),
        &["check", "--no-config", "--format", "json", page],
    )
    .run();
    let report = out.report();
    assert_eq!(report.links.len(), 4, "{:#?}", report.links);
    for l in &report.links {
        assert_eq!(l.status.as_str(), "invalid", "{l:#?}");
        assert!(l.detail.contains("--root-dir"), "{l:#?}");
    }
}
