//! Regressions from the sixty-first session's held-out evaluation of how cited pages are
//! fetched and classified: bot walls known by their headers (AWS WAF's `202` with an empty
//! body was `ok`; Vercel's `429` was retried as a rate limit), a firewall's `Access Denied`
//! or a `403 Forbidden` page sent with `200` (was `ok`), and a deep link redirected to the
//! site's not-found page (`/404.html`, `/error?code=404`: was `redirected`). Each test failed
//! on the code before its fix.

use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::support::{check, expect};

/// A short refusal page titled `title`, answered with `200`.
fn refusal(title: &str) -> Response {
    Response::html(format!(
        "<html><head><title>{title}</title></head><body><h1>{title}</h1>\
         <p>You don't have permission to access this page on this server.</p>\
         <p>Reference #18.2f7d3e17.1700000000.1a2b3c4d</p></body></html>"
    ))
}

/// An article of well over 80 words under `title`.
fn article(title: &str) -> Response {
    let para = "The harbour board said the wall was repaired in the spring after the storm, \
                and that the works came in under budget according to its annual report. ";
    Response::html(format!(
        "<html><head><title>{title}</title></head><body><h1>{title}</h1>\
         <p>{}</p></body></html>",
        para.repeat(4)
    ))
}

#[tokio::test]
async fn a_bot_filters_challenge_header_makes_the_answer_blocked_and_it_is_not_retried() {
    let s = Server::builder()
        // AWS WAF: a 202 with an empty body.
        .route(
            "/waf",
            Response::status(202)
                .header("x-amzn-waf-action", "challenge")
                .header("content-type", "text/html"),
        )
        .route(
            "/waf-captcha",
            Response::status(405).header("x-amzn-waf-action", "captcha"),
        )
        // Vercel's security checkpoint: a 429 that no retry gets past.
        .route(
            "/vercel",
            Response::html(
                "<html><head><title>Vercel Security Checkpoint</title></head>\
                 <body><p>We're verifying your browser</p></body></html>",
            )
            .with_status(429)
            .header("x-vercel-mitigated", "challenge"),
        )
        // The same headers with other values say nothing.
        .route(
            "/waf-allow",
            Response::html("<title>Harbour wall</title><p>Repaired.</p>")
                .header("x-amzn-waf-action", "allow"),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/waf")).await,
        LinkStatus::Blocked,
        "bot challenge (x-amzn-waf-action: challenge)",
        0,
    );
    expect(
        &check(&s.url("/waf-captcha")).await,
        LinkStatus::Blocked,
        "bot challenge (x-amzn-waf-action: captcha)",
        0,
    );
    expect(
        &check(&s.url("/vercel")).await,
        LinkStatus::Blocked,
        "bot challenge (x-vercel-mitigated: challenge)",
        0,
    );
    assert_eq!(s.hits("/vercel"), 1, "a challenge is asked once");
    expect(
        &check(&s.url("/waf-allow")).await,
        LinkStatus::Ok,
        "HTTP 200",
        0,
    );
}

#[tokio::test]
async fn a_refusal_page_sent_with_200_is_blocked() {
    let refused = [
        ("/akamai", "Access Denied"),
        ("/forbidden", "403 Forbidden"),
        ("/error-403", "Error 403 - Forbidden"),
        ("/sucuri", "Sucuri WebSite Firewall - Access Denied"),
        ("/blocked", "Sorry, you have been blocked"),
        ("/f5", "Request Rejected"),
        ("/de", "Zugriff verweigert | Stadtbote"),
    ];
    // An article about access being denied, and a long page under such a title, are pages.
    let kept = [
        (
            "/headline",
            "Access denied: how the council closed the harbour archive",
        ),
        ("/novel", "Forbidden"),
    ];
    let mut b = Server::builder();
    for (path, title) in refused {
        b = b.route(path, refusal(title));
    }
    for (path, title) in kept {
        b = b.route(path, article(title));
    }
    // A short page whose headline is only about refusal.
    b = b.route(
        "/short-headline",
        Response::html(
            "<html><head><title>Access denied: the archive closes</title></head>\
             <body><p>The harbour archive closed on Monday.</p></body></html>",
        ),
    );
    let s = b.bind("127.0.0.1:0").unwrap();
    for (path, title) in refused {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Blocked,
            &format!("the page's title says “{title}”: the server refuses us"),
            0,
        );
    }
    for (path, _) in kept {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
    expect(
        &check(&s.url("/short-headline")).await,
        LinkStatus::Ok,
        "HTTP 200",
        0,
    );
}

#[tokio::test]
async fn a_deep_link_redirected_to_the_sites_not_found_page_is_a_soft_404() {
    // The not-found pages say nothing of it themselves: only their address does.
    let plain = "<html><head><title>Harbour News</title></head><body>\
                 <p>We could not find that.</p></body></html>";
    let s = Server::builder()
        .route("/story", Response::redirect(302, "/404.html"))
        .route("/404.html", Response::html(plain))
        .route("/report", Response::redirect(301, "/pages/page-not-found"))
        .route("/pages/page-not-found", Response::html(plain))
        .route(
            "/minutes",
            Response::redirect(302, "/Error.aspx?code=404&from=/minutes"),
        )
        .route("/Error.aspx", Response::html(plain))
        .route("/", Response::redirect(302, "/notfound"))
        .route("/notfound", Response::html(plain))
        // Pages whose address only mentions 404 or errors are pages.
        .route("/list", Response::redirect(301, "/guides/404-things-to-do"))
        .route("/guides/404-things-to-do", Response::html(plain))
        .route("/fix", Response::redirect(301, "/errors/fixing-a-404"))
        .route("/errors/fixing-a-404", Response::html(plain))
        .route("/oops", Response::redirect(302, "/error?code=500"))
        .route("/error", Response::html(plain))
        .bind("127.0.0.1:0")
        .unwrap();
    for (path, to) in [
        ("/story", "/404.html"),
        ("/report", "/pages/page-not-found"),
        ("/minutes", "/Error.aspx?code=404&from=/minutes"),
        ("/", "/notfound"),
    ] {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Soft404,
            &format!("redirected to a not-found page ({})", s.url(to)),
            0,
        );
    }
    for path in ["/list", "/fix", "/oops"] {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Redirected,
            "redirected once",
            0,
        );
    }
}

/// A short page of `body` under `title`, answered with `200`.
fn page(title: &str, body: &str) -> Response {
    Response::html(format!(
        "<html><head><title>{title}</title></head><body>{body}</body></html>"
    ))
}

#[tokio::test]
async fn a_refusal_phrase_that_only_names_a_video_a_song_or_a_poem_is_no_refusal() {
    // Lines of a poem, laid out with `<div>` and `<br>`: no paragraph at all.
    let line = "the harbour gate was locked at dusk and the gulls went over it";
    let lines: Vec<String> = (0..12).map(|i| format!("{line} {i}<br>")).collect();
    let poem = format!("<div class=\"poem\">{}</div>", lines.concat());
    let s = Server::builder()
        // A video called Forbidden; a song called Access Denied.
        .route(
            "/video",
            page(
                "Forbidden - YouTube",
                "<h1>Forbidden</h1><div>1,204 views</div>",
            ),
        )
        .route(
            "/song",
            page(
                "Access Denied - song and lyrics by The Example Band | Spotify",
                "<h1>Access Denied</h1><div>The Example Band · 2019 · 3:41</div>",
            ),
        )
        // A poem called Forbidden, under the site's title and under its own.
        .route(
            "/poem",
            page(
                "Forbidden by A. Writer | Harbour Poems",
                &format!("<h1>Forbidden</h1>{poem}"),
            ),
        )
        .route(
            "/poem-alone",
            page("Forbidden", &format!("<h1>Forbidden</h1>{poem}")),
        )
        // The site's name beside a refusal, backed by its reference: still a refusal.
        .route(
            "/firewall",
            page(
                "Access Denied | Harbour News",
                "<h1>Access Denied</h1><div>Reference #18.2f7d3e17.1700000000</div>",
            ),
        )
        .route(
            "/heading-only",
            page(
                "Harbour News",
                "<h1>Access Denied</h1><div>Your request has been blocked.</div>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/video", "/song", "/poem", "/poem-alone"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
    expect(
        &check(&s.url("/firewall")).await,
        LinkStatus::Blocked,
        "the page's title says “Access Denied | Harbour News”: the server refuses us",
        0,
    );
    expect(
        &check(&s.url("/heading-only")).await,
        LinkStatus::Blocked,
        "the page's main heading says “Access Denied”: the server refuses us",
        0,
    );
}

#[tokio::test]
async fn a_numbered_page_404_is_no_not_found_page() {
    let plain = "<html><head><title>Harbour wall</title></head><body>\
                 <p>The harbour wall, repaired.</p></body></html>";
    let s = Server::builder()
        // A DOI sent to a journal's article 404; shortlinks to pull request and issue 404.
        .route(
            "/doi",
            Response::redirect(302, "/index.php/jx/article/view/404"),
        )
        .route("/index.php/jx/article/view/404", Response::html(plain))
        .route("/pr", Response::redirect(301, "/o/r/pull/404"))
        .route("/o/r/pull/404", Response::html(plain))
        .route("/issue", Response::redirect(301, "/o/r/-/issues/404"))
        .route("/o/r/-/issues/404", Response::html(plain))
        // A bare 404 alone, under a language, or with an extension is the not-found page.
        .route("/story", Response::redirect(302, "/404"))
        .route("/404", Response::html(plain))
        .route("/en/story", Response::redirect(302, "/en/404"))
        .route("/en/404", Response::html(plain))
        .route("/de-de/story", Response::redirect(302, "/de-de/404/"))
        .route("/de-de/404/", Response::html(plain))
        .route("/minutes", Response::redirect(302, "/errors/404.php"))
        .route("/errors/404.php", Response::html(plain))
        .route("/notes", Response::redirect(302, "/site/error-404"))
        .route("/site/error-404", Response::html(plain))
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/doi", "/pr", "/issue"] {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Redirected,
            "redirected once",
            0,
        );
    }
    for (path, to) in [
        ("/story", "/404"),
        ("/en/story", "/en/404"),
        ("/de-de/story", "/de-de/404/"),
        ("/minutes", "/errors/404.php"),
        ("/notes", "/site/error-404"),
    ] {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Soft404,
            &format!("redirected to a not-found page ({})", s.url(to)),
            0,
        );
    }
}
