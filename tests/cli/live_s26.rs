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
        out.stderr
            .contains(&format!("cannot fetch {}", server.url("/hop0")))
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

/// Regression (eval-live): a quote whose only link was the article's own address (its
/// permalink, its comments `#comments`, a share link with `?utm_source=…`) was taken as cited
/// by it: the article was fetched and the quote "verified" against itself. The article's own
/// address cites nothing, under any of its names: the URL given, where its redirect led, its
/// `<link rel="canonical">`; with a fragment, a trailing `/`, or tracking parameters. The
/// quote is `uncited`, or keeps its other sources; another page of the article (`?page=2`)
/// still cites; each link stays in the link report.
#[test]
fn a_link_to_the_article_itself_cites_no_quote() {
    let article = "<html><head><title>Quay wall</title>\
        <link rel=\"canonical\" href=\"/desk/quay-wall/\"></head><body><article>\
        <h1>Quay wall</h1>\
        <p>The harbour master said \u{201c}the old wall has moved four centimetres since \
        March\u{201d} <a href=\"/p/41\">Permalink</a>.</p>\
        <p>A diver reported \u{201c}two of the lower courses of stone have lost their \
        mortar entirely\u{201d} \u{2014} <a href=\"/desk/quay#comments\">discuss</a>.</p>\
        <p>The council added \u{201c}the repair budget was agreed at the spring \
        meeting\u{201d} (<a href=\"/desk/quay?utm_source=share&amp;fbclid=x1\">share</a>).</p>\
        <p>The engineer wrote \u{201c}rebuilding will take most of the coming summer \
        season\u{201d} (<a href=\"/desk/quay-wall\">this story</a>).</p>\
        <p>An earlier page said \u{201c}the wall was last surveyed in the winter of \
        2019\u{201d} (<a href=\"/desk/quay?page=2\">part two</a>).</p>\
        <p>The notice says \u{201c}the landing stage stays open to foot passengers \
        throughout\u{201d} (<a href=\"/notices/landing.html\">notice</a>, \
        <a href=\"/desk/quay/#top\">top</a>).</p>\
        </article></body></html>";
    let server = Server::builder()
        .route("/p/41", Response::redirect(301, "/desk/quay"))
        .route("/desk/quay", Response::html(article))
        .route(
            "/notices/landing.html",
            Response::html(
                "<html><body><p>Notice: the landing stage stays open to foot passengers \
                 throughout the works.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let out = Cli::new(&[
        "check",
        "--no-config",
        "--format",
        "json",
        "--timeout",
        "2s",
        &server.url("/p/41"),
    ])
    .run();
    let report = out.report();
    let cited = |part: &str| {
        let q = crate::support::quote_containing(&report, part);
        (q.cited_urls.clone(), q.verdict)
    };
    for part in [
        "moved four centimetres",
        "lost their mortar",
        "repair budget",
        "coming summer",
    ] {
        let (urls, verdict) = cited(part);
        assert!(urls.is_empty(), "{part}: {urls:?}");
        assert_eq!(verdict, citecheck::model::Verdict::Uncited, "{part}");
    }
    assert_eq!(
        cited("last surveyed").0,
        [server.url("/desk/quay?page=2")],
        "another page of the article cites"
    );
    let (urls, verdict) = cited("landing stage");
    assert_eq!(urls, [server.url("/notices/landing.html")]);
    assert_eq!(verdict, citecheck::model::Verdict::Verified);
    let links: Vec<&str> = report.links.iter().map(|l| l.url.as_str()).collect();
    for u in [
        "/desk/quay#comments",
        "/desk/quay?page=2",
        "/desk/quay/#top",
    ] {
        assert!(links.contains(&server.url(u).as_str()), "{u}: {links:?}");
    }
}

/// The same for a local file: a Markdown post linking to itself (`./post.md#notes`, its own
/// name) cites nothing with that link; a link to another file still does.
#[test]
fn a_local_file_linking_to_itself_cites_no_quote() {
    let dir = tempfile::tempdir().expect("temp dir");
    crate::support::write(
        dir.path(),
        "blog/post.md",
        "# Allotments\n\n\
         The secretary said \u{201c}every plot on the east field has a waiting list now\u{201d} \
         ([below](./post.md#notes)).\n\n\
         The chair said \u{201c}the water troughs will be replaced before the summer\u{201d} \
         ([this post](post.md)).\n\n\
         The minutes say \u{201c}the shed roof is to be mended by volunteers in April\u{201d} \
         ([minutes](minutes.md)).\n\n\
         ## Notes {#notes}\n\nWritten after the meeting.\n",
    );
    crate::support::write(
        dir.path(),
        "blog/minutes.md",
        "# Minutes\n\nAgreed: the shed roof is to be mended by volunteers in April.\n",
    );
    let out = Cli::in_dir(
        dir.path(),
        &["extract", "--no-config", "--format", "json", "blog/post.md"],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = crate::support::json(&out);
    let quotes = v["documents"][0]["quotes"].as_array().expect("quotes");
    let citations = |part: &str| {
        quotes
            .iter()
            .find(|q| q["text"].as_str().is_some_and(|t| t.contains(part)))
            .map(|q| q["citations"].as_array().expect("citations").len())
    };
    assert_eq!(citations("waiting list"), Some(0));
    assert_eq!(citations("water troughs"), Some(0));
    assert_eq!(citations("shed roof"), Some(1));
}
