//! Regressions of the twenty-third session (the cache of quoted pages, and what the
//! session's held-out evaluations found): each test failed before its fix.

use citecheck::server::{Response, Server};

use crate::support::{json, write, Cli};

/// Regression: `--cache` kept link results only, so every run fetched again every page a
/// quote cites (a content repository's CI re-read all its sources on every push). Now the
/// second run verifies the same quotes from the cache, with no request, and reports the same
/// verdicts, differing words and metadata warnings.
#[test]
fn a_second_cached_run_verifies_quotes_without_fetching() {
    let server = Server::builder()
        .route(
            "/report",
            Response::html(
                "<html><head><title>Flood Survey 2023</title></head><body><article>\
                 <h1>Flood Survey 2023</h1><p>By Marta Oyelaran</p>\
                 <p>The survey found that most households had no insurance against floods \
                 and that repairs took a median of nine months.</p></article></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Floods\n\nThe survey said \u{201c}most households had no insurance against floods\u{201d}.[^1]\n\
             It added that \u{201c}repairs took a median of six months\u{201d}.[^1]\n\n\
             [^1]: Kofi Mensah, \u{201c}River Levels 2019,\u{201d} {}\n",
            server.url("/report")
        ),
    );
    let run = || {
        Cli::in_dir(
            d,
            &[
                "check",
                "a.md",
                "--no-config",
                "--cache",
                "--format",
                "json",
            ],
        )
        .run()
    };
    let first = run();
    assert_eq!(first.code, 1, "{}", first.stderr);
    assert_eq!(server.hits("/report"), 1);
    let second = run();
    assert_eq!(second.code, 1, "{}", second.stderr);
    assert_eq!(server.hits("/report"), 1, "the page came from the cache");
    let (a, b) = (json(&first), json(&second));
    assert_eq!(b["links"][0]["cached"], true);
    let verdicts = |v: &serde_json::Value| {
        v["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .map(|q| (q["verdict"].clone(), q["differences"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(verdicts(&a), verdicts(&b));
    let vb = verdicts(&b);
    let got: Vec<&str> = vb.iter().map(|(v, _)| v.as_str().unwrap_or("")).collect();
    assert_eq!(got, ["verified", "altered"]);
    assert!(
        !a["metadata_warnings"]
            .as_array()
            .expect("warnings")
            .is_empty(),
        "the note's title and author are not the page's"
    );
    assert_eq!(a["metadata_warnings"], b["metadata_warnings"]);
}
