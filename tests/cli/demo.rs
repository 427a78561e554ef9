//! `citecheck demo`: offline, one run showing everything the tool does.

use crate::support::Cli;

#[test]
fn demo_shows_every_kind_of_finding_and_writes_the_html_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html_path = dir.path().join("r.html");
    let out = Cli::new(&["demo", "--html", html_path.to_str().expect("utf-8 path")]).run();
    // The demo's findings are the point of the demo, not a failure.
    assert_eq!(out.code, 0, "{}", out.stderr);
    let t = &out.stdout;
    assert!(!t.contains('\u{1b}'), "no colour with NO_COLOR on a pipe");
    for needle in [
        "verified quote",
        // The misquote, with the changed number on both sides.
        "altered quote",
        "article says “12”, source says “2” [number changed]",
        "partial quote",
        "dead link (HTTP 404)",
        "redirected link",
        "blocked link (HTTP 403)",
        "Summary: 1 document · 4 links · 4 quotes",
    ] {
        assert!(t.contains(needle), "demo output lacks {needle:?}:\n{t}");
    }
    // Evidence links point at the article's own hosts, not at the loopback server.
    assert!(
        t.contains("evidence: https://transport.riverton.example/"),
        "{t}"
    );
    assert!(
        out.stderr.contains(&html_path.display().to_string()),
        "{}",
        out.stderr
    );

    let html = std::fs::read_to_string(&html_path).expect("HTML report written");
    assert!(html
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("<!doctype html"));
    for (id, n) in [
        ("card-links", 4),
        ("card-quotes", 4),
        ("card-failures", 3),
        ("card-status-dead", 1),
        ("card-status-blocked", 1),
        ("card-status-redirected", 1),
        ("card-verdict-altered", 1),
        ("card-verdict-partial", 1),
        ("card-verdict-verified", 2),
    ] {
        assert!(
            html.contains(&format!("id=\"{id}\" data-count=\"{n}\"")),
            "HTML lacks {id} = {n}"
        );
    }
    // Nothing else was written next to it.
    assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
}
