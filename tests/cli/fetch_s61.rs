//! The sixty-first session's fetching, end to end: a quote citing a page that a firewall
//! refused with `200` (`Access Denied`) was `not_found`, a misquote the run failed on, when
//! the page was never seen; one citing a page redirected to the site's `/404.html` was
//! `not_found` too, its link `redirected`. Now the first is `unverifiable` (the link
//! `blocked`, the run passing), the second `unverifiable` with its link a `soft_404`.

use citecheck::model::{LinkStatus, Verdict};
use citecheck::server::{Response, Server};

use crate::support::{check_on, quote_containing, Cli};

const ARTICLE: &str = "# Harbour\n\n\
    The board said “the harbour wall was repaired in the spring after the storm”.[^1]\n\n\
    [^1]: Harbour Board, annual report, <BASE/report>.\n";

#[test]
fn a_quote_on_a_refusal_sent_with_200_is_unverifiable_and_the_run_passes() {
    let server = Server::builder()
        .route(
            "/report",
            Response::html(
                "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>\
                 You don't have permission to access this page on this server.<P>\
                 Reference #18.2f7d3e17.1700000000.1a2b3c4d</BODY></HTML>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let report = check_on(&server, ARTICLE);
    let q = quote_containing(&report, "harbour wall");
    assert_eq!(q.verdict, Verdict::Unverifiable, "{q:#?}");
    assert!(q.detail.contains("Access Denied"), "{}", q.detail);
    assert_eq!(
        report.links[0].status,
        LinkStatus::Blocked,
        "{:#?}",
        report.links
    );
    // Nothing in the default --fail-on: exit 0.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.md"),
        ARTICLE.replace("BASE", &server.base_url()),
    )
    .expect("write");
    let out = Cli::in_dir(dir.path(), &["check", "--no-config", "a.md", "-q"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[test]
fn a_quote_on_a_page_redirected_to_the_sites_not_found_page_is_unverifiable() {
    let server = Server::builder()
        .route("/report", Response::redirect(302, "/404.html"))
        .route(
            "/404.html",
            Response::html(
                "<html><head><title>Harbour News</title></head><body>\
                 <p>We could not find that.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let report = check_on(&server, ARTICLE);
    let q = quote_containing(&report, "harbour wall");
    assert_eq!(q.verdict, Verdict::Unverifiable, "{q:#?}");
    assert!(q.detail.contains("not-found page"), "{}", q.detail);
    let link = &report.links[0];
    assert_eq!(link.status, LinkStatus::Soft404, "{link:#?}");
}
