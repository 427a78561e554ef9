//! Session 26 (eval-live): a live article's own address cites nothing; an article URL that
//! never arrives at a page (a meta refresh loop, too many refreshes, an HTTP redirect loop)
//! is an error.

use citecheck::server::{Response, Server};

use crate::support::Cli;

/// A "Redirecting…" stub sending its reader to `to` at once.
fn stub(to: &str) -> Response {
    Response::html(format!(
        "<html><head><meta http-equiv=\"refresh\" content=\"0; url={to}\">\
         <title>Moved</title></head><body><p>This page has moved.</p></body></html>"
    ))
}

/// Regression (eval-live): an article URL whose meta refresh led back to where it started
/// (`/one` to `/two`, `/two` to `/one`) was read as the stub it stopped on: nothing checked,
/// exit 0, no word. It is an error (exit 2) naming the URL and the loop, as an HTTP redirect
/// loop is; so is a chain of refreshes longer than 5 that never arrives; a page that
/// refreshes to itself (it reloads) is read.
#[test]
fn an_article_url_in_a_meta_refresh_loop_is_an_error() {
    let mut b = Server::builder()
        .route("/one", stub("/two"))
        .route("/two", stub("one"))
        .route(
            "/reloads",
            Response::html(
                "<html><head><meta http-equiv=\"refresh\" content=\"0; url=/reloads\"></head>\
                 <body><p>The clerk said \u{201c}the ferry timetable changes on the first of \
                 June\u{201d} <a href=\"/notice\">in a notice</a>.</p></body></html>",
            ),
        );
    for k in 0..7 {
        b = b.route(&format!("/hop{k}"), stub(&format!("/hop{}", k + 1)));
    }
    let server = b.bind("127.0.0.1:0").expect("bind");
    for cmd in ["check", "extract"] {
        let out = Cli::new(&[cmd, "--no-config", &server.url("/one")]).run();
        assert_eq!(out.code, 2, "{cmd}: {}", out.stderr);
        let expected = format!(
            "cannot fetch {}: meta refresh loop: {} → {} → {}",
            server.url("/one"),
            server.url("/one"),
            server.url("/two"),
            server.url("/one")
        );
        assert!(out.stderr.contains(&expected), "{cmd}: {}", out.stderr);
    }
    let out = Cli::new(&["check", "--no-config", &server.url("/hop0")]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!("cannot fetch {}", server.url("/hop0")))
            && out.stderr.contains("too many meta refreshes (more than 5)"),
        "{}",
        out.stderr
    );
    assert_eq!(server.hits("/hop6"), 0, "the sixth refresh is not followed");
    let out = Cli::new(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        &server.url("/reloads"),
    ])
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        crate::support::json(&out)["documents"][0]["quotes"][0]["text"],
        "the ferry timetable changes on the first of June"
    );
}

/// Regression (eval-live): an article URL in a two-hop HTTP redirect loop was refused with
/// `too many redirects`, after ten requests; a cited link's loop is named a loop. The
/// article's is too, in the same words, and a long chain that never loops is still `too many
/// redirects`.
#[test]
fn an_article_url_in_an_http_redirect_loop_says_so() {
    let mut b = Server::builder()
        .route("/left", Response::redirect(302, "/right"))
        .route("/right", Response::redirect(301, "/left#top"));
    for k in 0..12 {
        b = b.route(
            &format!("/step{k}"),
            Response::redirect(302, &format!("/step{}", k + 1)),
        );
    }
    let server = b.bind("127.0.0.1:0").expect("bind");
    let out = Cli::new(&["check", "--no-config", &server.url("/left")]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    let expected = format!(
        "cannot fetch {}: redirect loop: {} → {} → {}",
        server.url("/left"),
        server.url("/left"),
        server.url("/right"),
        server.url("/left")
    );
    assert!(out.stderr.contains(&expected), "{}", out.stderr);
    assert_eq!(server.hits("/left"), 1);
    let out = Cli::new(&["check", "--no-config", &server.url("/step0")]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("too many redirects (more than 10)"),
        "{}",
        out.stderr
    );
}
