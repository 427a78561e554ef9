use citecheck::fetch::FetchOptions;
use citecheck::model::{Body, FragmentStatus, LinkStatus};
use citecheck::server::{Response, Server};

use crate::support::{check_with, expect, opts};

#[tokio::test]
async fn definitive_results_are_cached_and_transient_ones_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::builder()
        .route("/ok", Response::html("<title>Stable</title>"))
        .route("/down", Response::status(502))
        .bind("127.0.0.1:0")
        .unwrap();
    let o = FetchOptions {
        cache: Some(dir.path().join("cache.json")),
        max_retries: 0,
        ..opts()
    };
    let first = check_with(o.clone(), &s.url("/ok"), false).await;
    expect(&first, LinkStatus::Ok, "HTTP 200", 0);
    assert!(!first.result.cached);
    let second = check_with(o.clone(), &s.url("/ok"), false).await;
    expect(&second, LinkStatus::Ok, "HTTP 200", 0);
    assert!(second.result.cached);
    assert_eq!(s.hits("/ok"), 1, "the second run used the cache");

    expect(
        &check_with(o.clone(), &s.url("/down"), false).await,
        LinkStatus::Error,
        "HTTP 502",
        0,
    );
    let again = check_with(o.clone(), &s.url("/down"), false).await;
    assert!(!again.result.cached);
    assert_eq!(s.hits("/down"), 2, "a transient failure is fetched again");

    // A body that a quote needs is fetched when the cache holds the result only.
    let _ = check_with(o.clone(), &s.url("/ok"), true).await;
    assert_eq!(s.hits("/ok"), 2);

    // A corrupt cache is ignored.
    std::fs::write(dir.path().join("cache.json"), b"\x00garbage").unwrap();
    let after = check_with(o, &s.url("/ok"), false).await;
    assert!(!after.result.cached);
    assert_eq!(s.hits("/ok"), 3);
}

/// The body of one page, as HTML.
fn html_of(f: &citecheck::fetch::Fetched) -> &str {
    match f.page.as_ref().map(|p| &p.body) {
        Some(Body::Html(h)) => h,
        other => panic!("no HTML page for {}: {other:?}", f.result.url),
    }
}

/// Regression: pages quotes are checked against were never cached, so every `--cache` run
/// fetched every quoted source again (a CI run on a content repository re-read them all).
/// Now the page is kept with its result: the second run reads it from the cache, the same
/// body, with the result marked cached.
#[tokio::test]
async fn a_page_read_for_quotes_is_cached_with_its_body() {
    let dir = tempfile::tempdir().unwrap();
    let page = "<html><head><meta charset=\"windows-1252\"><title>Report</title></head>\
                <body><p>The river rose \u{2014} caf\u{e9} owners said \u{201c}never before\u{201d}.</p></body></html>";
    let encoded: Vec<u8> = page
        .chars()
        .map(|c| match c {
            '\u{2014}' => 0x97,
            '\u{e9}' => 0xe9,
            '\u{201c}' => 0x93,
            '\u{201d}' => 0x94,
            c => u8::try_from(c).unwrap(),
        })
        .collect();
    let s = Server::builder()
        .route(
            "/report",
            Response::html("")
                .body(encoded)
                .header("content-type", "text/html"),
        )
        .route("/moved", Response::redirect(301, "/report"))
        .bind("127.0.0.1:0")
        .unwrap();
    let o = FetchOptions {
        cache: Some(dir.path().join("cache.json")),
        ..opts()
    };
    for path in ["/report", "/moved"] {
        let first = check_with(o.clone(), &s.url(path), true).await;
        assert!(!first.result.cached);
        let second = check_with(o.clone(), &s.url(path), true).await;
        assert!(second.result.cached, "{path}: {}", second.result.detail);
        assert_eq!(second.result.status, first.result.status);
        assert_eq!(second.result.final_url, first.result.final_url);
        assert_eq!(second.page, first.page, "{path}: the same page, decoded");
        assert!(html_of(&second).contains("caf\u{e9} owners said \u{201c}never before\u{201d}"));
        // Asking for the result alone uses the same entry.
        assert!(
            check_with(o.clone(), &s.url(path), false)
                .await
                .result
                .cached
        );
    }
    assert_eq!(s.hits("/report"), 2, "once for each URL, never again");
    assert_eq!(s.hits("/moved"), 1);

    // Under another --max-body the page is read again (a cut page lacks text).
    let smaller = FetchOptions {
        max_body: 64,
        ..o.clone()
    };
    let cut = check_with(smaller.clone(), &s.url("/report"), true).await;
    assert!(!cut.result.cached);
    assert!(cut.page.as_ref().unwrap().truncated);
    assert_eq!(s.hits("/report"), 3);
    assert!(
        check_with(smaller, &s.url("/report"), true)
            .await
            .result
            .cached
    );
    assert_eq!(s.hits("/report"), 3);

    // A damaged stored body is fetched again, never an error.
    let path = dir.path().join("cache.json");
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    for e in v["entries"].as_object_mut().unwrap().values_mut() {
        if let Some(p) = e.get_mut("page") {
            p["body"] = "not base64 at all!".into();
        }
    }
    std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    let again = check_with(o.clone(), &s.url("/report"), true).await;
    assert!(!again.result.cached);
    assert!(html_of(&again).contains("never before"));
    assert_eq!(s.hits("/report"), 4);
}

/// Regression: a link to `page#anchor` was never cached. Now its result is kept under the
/// URL and its fragments, apart from the plain page's, with the fragment's finding.
#[tokio::test]
async fn a_link_at_a_fragment_is_cached_with_its_finding() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::builder()
        .route(
            "/doc",
            Response::html("<title>Guide</title><h2 id=\"install\">Install</h2>"),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let o = FetchOptions {
        cache: Some(dir.path().join("cache.json")),
        ..opts()
    };
    let url = |f: &str| format!("{}#{f}", s.url("/doc"));
    for round in 0..2 {
        let found = check_with(o.clone(), &url("install"), false).await;
        let missing = check_with(o.clone(), &url("usage"), false).await;
        assert_eq!(found.result.cached, round == 1);
        assert_eq!(missing.result.cached, round == 1);
        assert_eq!(found.result.fragment, Some(FragmentStatus::Found));
        assert_eq!(missing.result.fragment, Some(FragmentStatus::Missing));
        assert_eq!(missing.result.missing_fragments, vec!["usage".to_string()]);
        assert_eq!(missing.result.url, url("usage"));
    }
    assert_eq!(s.hits("/doc"), 2, "each fragment checked once");
    // The plain page has its own entry.
    assert!(!check_with(o, &s.url("/doc"), false).await.result.cached);
}
