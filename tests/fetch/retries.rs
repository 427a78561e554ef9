use std::time::{Duration, Instant};

use citecheck::fetch::{FetchOptions, Fetcher, NoProgress};
use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::support::{check, check_with, expect, opts, req};

#[tokio::test]
async fn unavailable_then_ok_is_ok_after_one_retry() {
    let s = Server::builder()
        .sequence(
            "/flaky",
            vec![Response::status(503), Response::html("<title>Back</title>")],
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/flaky")).await,
        LinkStatus::Ok,
        "after 1 retry",
        1,
    );
    assert_eq!(s.hits("/flaky"), 2);
}

#[tokio::test]
async fn rate_limit_with_retry_after_is_honoured_and_slows_only_that_host() {
    let limited = Server::builder()
        .sequence(
            "/r",
            vec![
                Response::status(429).header("retry-after", "1"),
                Response::html("<title>Fine</title>"),
            ],
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let other = Server::builder()
        .route(
            "/fast",
            Response::html("<title>Fast</title>").delay(Duration::from_millis(50)),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let fetcher = Fetcher::new(opts()).unwrap();
    let started = Instant::now();
    let out = fetcher
        .check_all(
            vec![
                req(&limited.url("/r"), false),
                req(&other.url("/fast"), false),
            ],
            &NoProgress,
        )
        .await;
    expect(&out[0], LinkStatus::Ok, "after 1 retry", 1);
    assert!(
        out[0].result.elapsed_ms >= 1000,
        "waited {} ms",
        out[0].result.elapsed_ms
    );
    assert!(started.elapsed() >= Duration::from_secs(1));
    expect(&out[1], LinkStatus::Ok, "HTTP 200", 0);
    assert!(
        out[1].result.elapsed_ms < 800,
        "the other host waited {} ms",
        out[1].result.elapsed_ms
    );
}

#[tokio::test]
async fn retry_after_longer_than_the_cap_is_blocked_with_the_wait() {
    let date = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(7200));
    let s = Server::builder()
        .route("/hour", Response::status(429).header("retry-after", "3600"))
        .route("/date", Response::status(429).header("retry-after", &date))
        .route("/always", Response::status(429))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s.url("/hour")).await;
    expect(&f, LinkStatus::Blocked, "asked to wait 1h 0m", 0);
    assert!(
        f.result.detail.contains("--max-retry-wait (2s)"),
        "{}",
        f.result.detail
    );
    assert_eq!(s.hits("/hour"), 1);
    expect(
        &check(&s.url("/date")).await,
        LinkStatus::Blocked,
        "asked to wait 1h 59m",
        0,
    );
    expect(
        &check(&s.url("/always")).await,
        LinkStatus::Blocked,
        "rate limited (HTTP 429) (after 2 retries)",
        2,
    );
}

#[tokio::test]
async fn slow_response_times_out_and_is_retried_once() {
    let s = Server::builder()
        .route(
            "/slow",
            Response::html("late").delay(Duration::from_secs(2)),
        )
        .route(
            "/trickle",
            Response::html("x".repeat(200)).trickle(10, Duration::from_millis(100)),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let o = FetchOptions {
        timeout: Duration::from_millis(300),
        max_retries: 3,
        ..opts()
    };
    expect(
        &check_with(o.clone(), &s.url("/slow"), false).await,
        LinkStatus::Timeout,
        "no answer within 300ms (2 tries)",
        1,
    );
    assert_eq!(s.hits("/slow"), 2, "a timeout is retried at most once");
    // A body that trickles in past the total timeout is a timeout too.
    expect(
        &check_with(o, &s.url("/trickle"), true).await,
        LinkStatus::Timeout,
        "within 300ms",
        1,
    );
    // When the server did answer and only its page was too slow, the detail says so (it
    // said "no answer", as for a dead server).
    // (A server of its own: the one above is still sending its trickles.)
    let s = Server::builder()
        .route(
            "/slow-body",
            Response::html("x".repeat(100)).trickle(10, Duration::from_millis(400)),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let o = FetchOptions {
        timeout: Duration::from_millis(1500),
        max_retries: 0,
        ..opts()
    };
    expect(
        &check_with(o, &s.url("/slow-body"), true).await,
        LinkStatus::Timeout,
        "HTTP 200, but the page did not arrive whole within 1.5s (1 try)",
        0,
    );
}

#[tokio::test]
async fn connection_closed_without_answer_is_retried_then_error() {
    let s = Server::builder()
        .route("/drop", Response::close())
        .sequence(
            "/drop-once",
            vec![Response::close(), Response::html("<title>ok</title>")],
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/drop")).await,
        LinkStatus::Error,
        "without a complete answer (after 2 retries)",
        2,
    );
    expect(
        &check(&s.url("/drop-once")).await,
        LinkStatus::Ok,
        "HTTP 200",
        1,
    );
}

/// Regression (held-out evaluation, thirty-ninth session): four large PDFs of one site
/// that each took longer than the timeout stopped the host, and its quick pages were
/// reported timed out without being requested (a false failure in CI). A probe, sent one
/// at a time once the host seems silent, finds it answering, and its pages are checked.
#[tokio::test]
async fn a_host_slow_on_some_files_is_probed_before_it_is_given_up() {
    let site = Server::builder()
        .route("/quick/0", Response::html("<title>Press</title>"))
        .route("/quick/1", Response::html("<title>Contact</title>"))
        .route("/quick/2", Response::html("<title>About</title>"))
        .fallback(Response::html("too late").delay(Duration::from_secs(60)))
        .bind("127.0.0.1:0")
        .unwrap();
    let o = FetchOptions {
        timeout: Duration::from_millis(300),
        host_concurrency: 1,
        max_retries: 0,
        ..opts()
    };
    let mut reqs: Vec<_> = (0..4)
        .map(|k| req(&site.url(&format!("/reports/{k}.pdf")), false))
        .collect();
    reqs.extend((0..3).map(|k| req(&site.url(&format!("/quick/{k}")), false)));
    let out = Fetcher::new(o).unwrap().check_all(reqs, &NoProgress).await;
    for f in &out[..4] {
        assert_eq!(f.result.status, LinkStatus::Timeout, "{}", f.result.detail);
    }
    for f in &out[4..] {
        assert_eq!(f.result.status, LinkStatus::Ok, "{}", f.result.detail);
    }
}

/// Regression (eval-hostile): forty links to a server that accepts and never answers took
/// half a minute, each waiting out its own timeout and retry. After `SILENT_TRIES` (3)
/// tries in a row with no answer, the host's other links are not requested: each is a
/// timeout saying the host stopped answering; another host is checked as usual. (Since
/// the thirty-ninth session two probes go first, one at a time: see the next test.)
#[tokio::test]
async fn a_host_that_stopped_answering_is_sent_no_more_requests() {
    let silent = Server::builder()
        .fallback(Response::html("too late").delay(Duration::from_secs(60)))
        .bind("127.0.0.1:0")
        .unwrap();
    let fine = Server::builder()
        .route("/page", Response::html("<title>Fine</title>"))
        .bind("127.0.0.1:0")
        .unwrap();
    let o = FetchOptions {
        timeout: Duration::from_millis(300),
        host_concurrency: 1,
        ..opts()
    };
    let mut reqs: Vec<_> = (0..12)
        .map(|k| req(&silent.url(&format!("/s{k}")), false))
        .collect();
    reqs.push(req(&fine.url("/page"), false));
    let out = Fetcher::new(o).unwrap().check_all(reqs, &NoProgress).await;
    let last = out.last().unwrap();
    assert_eq!(last.result.status, LinkStatus::Ok, "{}", last.result.detail);
    // Three tries, then two probes one at a time (thirty-ninth session), then no more.
    assert_eq!(
        silent.total_hits(),
        5,
        "three tries and two probes, then no more"
    );
    let stopped = "the host stopped answering (3 tries in a row got no answer within 300ms)";
    for f in &out[..12] {
        assert_eq!(f.result.status, LinkStatus::Timeout, "{}", f.result.detail);
        assert!(f.result.detail.contains(stopped), "{}", f.result.detail);
        assert_eq!(
            f.result.retries, 0,
            "no retry was made: {}",
            f.result.detail
        );
    }
    let unsent = out[..12]
        .iter()
        .filter(|f| f.result.detail.starts_with("not requested: "))
        .count();
    assert_eq!(unsent, 12 - silent.total_hits());
}
