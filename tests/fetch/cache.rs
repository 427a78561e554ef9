use citecheck::fetch::FetchOptions;
use citecheck::model::LinkStatus;
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

    // A body that a quote needs is always fetched.
    let _ = check_with(o.clone(), &s.url("/ok"), true).await;
    assert_eq!(s.hits("/ok"), 2);

    // A corrupt cache is ignored.
    std::fs::write(dir.path().join("cache.json"), b"\x00garbage").unwrap();
    let after = check_with(o, &s.url("/ok"), false).await;
    assert!(!after.result.cached);
    assert_eq!(s.hits("/ok"), 3);
}
