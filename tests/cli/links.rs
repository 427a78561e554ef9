//! Link classification through the binary: one article, one run, every field of the JSON.

use citecheck::model::{FragmentStatus, LinkResult, LinkStatus, Report};
use citecheck::server::Response;

use crate::support::{pages_server, remap, Cli};

/// Line and column of every link are asserted below: edit with care.
const ARTICLE: &str = "\
# Links of every kind

A [fine page](https://links.example.org/ok) and a [gone one](https://links.example.org/missing).
A chain: <https://links.example.org/old>, and a [wall](https://links.example.org/forbidden).
Flaky: https://links.example.org/flaky and a [soft one](https://links.example.org/soft).
Anchors: [present](https://links.example.org/anchors#present) and
[absent](https://links.example.org/more#absent). The fine page again: https://links.example.org/ok
";

const ANCHORS: &str =
    "<!DOCTYPE html><title>Anchors</title><h1 id=\"present\">Here</h1><p>Text.</p>";

fn run() -> (i32, Report, crate::support::Output) {
    let server = pages_server(|b| {
        b.route(
            "/ok",
            Response::html("<title>Fine</title><p>A fine page.</p>"),
        )
        .route("/missing", Response::status(404))
        .route("/old", Response::redirect(301, "/mid"))
        .route("/mid", Response::redirect(301, "/new"))
        .route(
            "/new",
            Response::html("<title>New home</title><p>Moved here.</p>"),
        )
        .route(
            "/forbidden",
            Response::html("<title>No</title>").with_status(403),
        )
        .sequence(
            "/flaky",
            vec![
                Response::status(500),
                Response::html("<title>Up</title><p>Back.</p>"),
            ],
        )
        .route(
            "/soft",
            Response::html("<title>Page not found</title><h1>Page not found</h1>"),
        )
        .route("/anchors", Response::html(ANCHORS))
        .route("/more", Response::html(ANCHORS))
    });
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("links.md"), ARTICLE).expect("write article");
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "links.md",
            "--format",
            "json",
            "--timeout",
            "2s",
            "--max-retries",
            "2",
            "--remap",
            &remap("links.example.org", &server),
        ],
    )
    .run();
    assert_eq!(server.hits("/flaky"), 2, "one retry after the 500");
    (out.code, out.report(), out)
}

fn link<'a>(report: &'a Report, url: &str) -> &'a LinkResult {
    report
        .links
        .iter()
        .find(|l| l.url == url)
        .unwrap_or_else(|| panic!("no result for {url}: {:#?}", report.links))
}

fn at(l: &LinkResult) -> Vec<(String, usize, usize)> {
    l.occurrences
        .iter()
        .map(|o| (o.file.clone(), o.line, o.column))
        .collect()
}

#[test]
fn every_link_is_classified_with_its_evidence() {
    let (code, report, out) = run();
    assert_eq!(
        code, 1,
        "a dead link and a soft 404 fail the run\n{}",
        out.stderr
    );
    assert!(
        out.stderr.is_empty(),
        "no progress bar on a pipe: {}",
        out.stderr
    );
    let u = |p: &str| format!("https://links.example.org/{p}");
    let file = "links.md".to_string();

    let ok = link(&report, &u("ok"));
    assert_eq!(
        (ok.status, ok.http_status, ok.retries),
        (LinkStatus::Ok, Some(200), 0)
    );
    assert!(ok.redirects.is_empty() && ok.fragment.is_none());
    // Two occurrences, one result: deduplicated, with both positions.
    assert_eq!(at(ok), vec![(file.clone(), 3, 3), (file.clone(), 7, 71)]);

    let dead = link(&report, &u("missing"));
    assert_eq!(
        (dead.status, dead.http_status),
        (LinkStatus::Dead, Some(404))
    );
    assert!(dead.detail.contains("404"), "{}", dead.detail);
    assert_eq!(at(dead), vec![(file.clone(), 3, 51)]);

    let moved = link(&report, &u("old"));
    assert_eq!(
        (moved.status, moved.http_status),
        (LinkStatus::Redirected, Some(200))
    );
    let hops: Vec<(String, u16)> = moved
        .redirects
        .iter()
        .map(|r| (r.url.rsplit('/').next().unwrap_or("").to_string(), r.status))
        .collect();
    assert_eq!(hops, vec![("old".into(), 301), ("mid".into(), 301)]);
    assert!(moved
        .final_url
        .as_deref()
        .is_some_and(|f| f.ends_with("/new")));
    assert!(moved
        .use_instead
        .as_deref()
        .is_some_and(|f| f.ends_with("/new")));
    assert_eq!(at(moved), vec![(file.clone(), 4, 10)]);

    let wall = link(&report, &u("forbidden"));
    assert_eq!(
        (wall.status, wall.http_status, wall.retries),
        (LinkStatus::Blocked, Some(403), 0)
    );

    let flaky = link(&report, &u("flaky"));
    assert_eq!(
        (flaky.status, flaky.http_status, flaky.retries),
        (LinkStatus::Ok, Some(200), 1)
    );
    assert_eq!(at(flaky), vec![(file.clone(), 5, 8)]);

    let soft = link(&report, &u("soft"));
    assert_eq!(
        (soft.status, soft.http_status),
        (LinkStatus::Soft404, Some(200))
    );
    assert!(
        soft.detail.to_lowercase().contains("not found"),
        "{}",
        soft.detail
    );

    let present = link(&report, &u("anchors#present"));
    assert_eq!(
        (present.status, present.fragment),
        (LinkStatus::Ok, Some(FragmentStatus::Found))
    );
    // A missing anchor is reported on a live page without making it dead.
    let absent = link(&report, &u("more#absent"));
    assert_eq!(
        (absent.status, absent.fragment),
        (LinkStatus::Ok, Some(FragmentStatus::Missing))
    );
    assert!(absent.detail.contains("absent"), "{}", absent.detail);
    assert_eq!(at(absent), vec![(file.clone(), 7, 1)]);

    let s = &report.summary;
    let want = [
        ("ok", 4),
        ("redirected", 1),
        ("dead", 1),
        ("blocked", 1),
        ("soft_404", 1),
        ("error", 0),
        ("timeout", 0),
        ("excluded", 0),
        ("unsupported", 0),
        ("invalid", 0),
    ];
    for (name, n) in want {
        assert_eq!(s.statuses.get(name), Some(&n), "{name}: {:?}", s.statuses);
    }
    assert_eq!(s.links, report.links.len());
    assert_eq!(s.documents, 1);
}

/// A static site's page links its images root-relative (`/img/logo.png`). Checked against
/// the disk's root they were `dead`; with `--root-dir` (or `root-dir` in the config file,
/// relative to that file) they are checked in the site's folder, and without it they are
/// `invalid` with the hint, which warns but does not fail the run.
#[test]
fn root_relative_links_are_checked_under_the_root_dir() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path();
    std::fs::create_dir_all(site.join("static/img")).expect("mkdir");
    std::fs::create_dir_all(site.join("docs")).expect("mkdir");
    std::fs::write(site.join("static/img/logo.png"), b"\x89PNG\r\n").expect("write image");
    std::fs::write(
        site.join("docs/page.md"),
        "# Page\n\n![Logo](/img/logo.png) and ![chart](/img/chart.png).\n",
    )
    .expect("write page");
    let check = |dir: &std::path::Path, extra: &[&str]| {
        let mut args = vec!["check", "page.md", "--format", "json"];
        args.extend_from_slice(extra);
        Cli::in_dir(dir, &args).run()
    };
    let status = |out: &crate::support::Output, name: &str| {
        let report = out.report();
        let l = report
            .links
            .iter()
            .find(|l| l.url.ends_with(name))
            .unwrap_or_else(|| panic!("no {name}: {:#?}", report.links));
        (l.status, l.detail.clone())
    };
    let docs = site.join("docs");

    let unrooted = check(&docs, &["--no-config"]);
    assert_eq!(unrooted.code, 0, "warnings only: {}", unrooted.stderr);
    let (st, detail) = status(&unrooted, "/img/logo.png");
    assert_eq!(st, LinkStatus::Invalid);
    assert!(detail.contains("--root-dir"), "{detail}");

    let rooted = check(&docs, &["--no-config", "--root-dir", "../static"]);
    assert_eq!(rooted.code, 1, "the missing chart fails: {}", rooted.stderr);
    assert_eq!(status(&rooted, "/static/img/logo.png").0, LinkStatus::Ok);
    assert_eq!(status(&rooted, "/static/img/chart.png").0, LinkStatus::Dead);

    // The config file's `root-dir` is relative to the config file, not the working folder.
    std::fs::write(site.join("citecheck.toml"), "root-dir = \"static\"\n").expect("config");
    let configured = check(&docs, &[]);
    assert_eq!(configured.code, 1, "{}", configured.stderr);
    assert_eq!(
        status(&configured, "/static/img/logo.png").0,
        LinkStatus::Ok
    );

    // A folder that is not there (not built yet, or a typo) is a usage error naming it:
    // every root-relative link under it would be `dead`.
    let unbuilt = check(&docs, &["--no-config", "--root-dir", "../public"]);
    assert_eq!(unbuilt.code, 2, "{}", unbuilt.stdout);
    assert!(
        unbuilt.stderr.contains("--root-dir") && unbuilt.stderr.contains("../public"),
        "{}",
        unbuilt.stderr
    );
    // A file is a mistake, and never a way above the root: `/../` stays inside.
    let file = check(&docs, &["--no-config", "--root-dir", "page.md"]);
    assert_eq!(file.code, 2);
    assert!(
        file.stderr.contains("--root-dir") && file.stderr.contains("page.md"),
        "{}",
        file.stderr
    );
}
