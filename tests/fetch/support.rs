//! Helpers: short-timeout options, one-request checks.

use std::time::Duration;

use citecheck::fetch::{FetchOptions, Fetched, Fetcher, NoProgress};
use citecheck::model::SourceRequest;

/// Options for tests: short timeout and backoff, small Retry-After cap.
pub fn opts() -> FetchOptions {
    FetchOptions {
        timeout: Duration::from_secs(3),
        connect_timeout: Duration::from_secs(2),
        retry_backoff: Duration::from_millis(10),
        max_retry_wait: Duration::from_secs(2),
        ..FetchOptions::default()
    }
}

/// A request for `url` (fragments taken from the URL).
pub fn req(url: &str, needs_body: bool) -> SourceRequest {
    let fragments = citecheck::fetch::plan::fragment_of(url)
        .into_iter()
        .collect();
    SourceRequest {
        url: citecheck::fetch::normalize_url(url),
        fragments,
        needs_body,
        occurrences: Vec::new(),
        skip: None,
    }
}

/// Checks one URL with `opts`.
pub async fn check_with(opts: FetchOptions, url: &str, needs_body: bool) -> Fetched {
    let fetcher = Fetcher::new(opts).expect("client");
    let mut out = fetcher
        .check_all(vec![req(url, needs_body)], &NoProgress)
        .await;
    assert_eq!(out.len(), 1);
    out.remove(0)
}

/// Checks one URL with the test options, body not needed.
pub async fn check(url: &str) -> Fetched {
    check_with(opts(), url, false).await
}

/// Asserts status, a detail substring and the retry count.
#[track_caller]
pub fn expect(f: &Fetched, status: citecheck::model::LinkStatus, detail: &str, retries: u32) {
    let r = &f.result;
    assert_eq!(r.status, status, "status of {} ({})", r.url, r.detail);
    assert!(
        r.detail.contains(detail),
        "detail of {}: `{}` should contain `{detail}`",
        r.url,
        r.detail
    );
    assert_eq!(r.retries, retries, "retries of {} ({})", r.url, r.detail);
}

/// A port nothing listens on: bind, note the port, close.
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}
