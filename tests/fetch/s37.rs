//! Regressions from the thirty-seventh session's held-out evaluation of link classification:
//! pages that stand in for the one cited (a search page, the home page by another name, a
//! section above it, a cache server's error page, a suspended account, a not-found notice
//! in an `<h2>`), a bot challenge answered `200`, a login wall, a paywall's `402`. Each was
//! `ok` or `redirected` (with the page fallen back to offered as the URL to cite instead),
//! or a login wall a "not-found page". Each test failed on the code before its fix.

use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::support::{check, expect};

const HOME: &str = "<html><head><title>Daily Ledger – News from the valley</title></head>\
    <body><h1>Daily Ledger</h1><h2>Top stories</h2><ul><li><a href=\"/a\">Flood</a></li>\
    </ul><p>Welcome to the valley's paper.</p></body></html>";

#[tokio::test]
async fn a_deep_link_fallen_back_to_a_search_home_or_section_page_is_a_soft_404() {
    let search = "<html><head><title>Search results for “last-smith” | Daily Ledger</title>\
        </head><body><h1>Search results for “last-smith”</h1><p class=\"no-results\">No \
        results found. Please try different keywords.</p></body></html>";
    let s = Server::builder()
        .route(
            "/features/2017/last-smith",
            Response::redirect(301, "/search?q=last-smith"),
        )
        .route("/features/2018/wp", Response::redirect(301, "/?s=wp"))
        .route("/features/2019/home", Response::redirect(302, "/home"))
        .route("/features/2019/lang", Response::redirect(301, "/en/"))
        .route("/news/2020/harbour-fire", Response::redirect(301, "/news/"))
        .route("/search", Response::html(search))
        .route("/", Response::html(HOME))
        .route("/home", Response::html(HOME))
        .route("/en/", Response::html(HOME))
        .route("/news/", Response::html(HOME))
        // A page that moved, to a new address of its own, is still `redirected`.
        .route(
            "/2017/05/harbour-fire",
            Response::redirect(301, "/harbour-fire/"),
        )
        .route(
            "/harbour-fire/",
            Response::html("<title>Harbour fire</title><p>Story.</p>"),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for (path, what) in [
        ("/features/2017/last-smith", "a search page"),
        ("/features/2018/wp", "a search page"),
        ("/features/2019/home", "the site's home page"),
        ("/features/2019/lang", "the site's home page"),
        ("/news/2020/harbour-fire", "a section page above it"),
    ] {
        let f = check(&s.url(path)).await;
        expect(&f, LinkStatus::Soft404, what, 0);
        assert_eq!(f.result.use_instead, None, "{path}");
    }
    let f = check(&s.url("/2017/05/harbour-fire")).await;
    expect(&f, LinkStatus::Redirected, "permanent redirect", 0);
    assert_eq!(f.result.use_instead, Some(s.url("/harbour-fire/")));
}

#[tokio::test]
async fn a_login_wall_is_blocked_and_a_402_is_a_paywall() {
    let s = Server::builder()
        .route(
            "/premium/investigation",
            Response::redirect(302, "/login?next=%2Fpremium%2Finvestigation"),
        )
        .route(
            "/login",
            Response::html(
                "<title>Sign in</title><h1>Sign in to continue</h1><form><input \
                 type=email><input type=password></form>",
            ),
        )
        .route("/pay", Response::status(402))
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/premium/investigation")).await,
        LinkStatus::Blocked,
        "redirected to a login page",
        0,
    );
    expect(
        &check(&s.url("/pay")).await,
        LinkStatus::Blocked,
        "behind a paywall",
        0,
    );
}

#[tokio::test]
async fn error_pages_challenges_and_suspended_accounts_sent_as_200_are_not_ok() {
    let varnish = "<html><head><title>503 Service Unavailable</title></head><body><h1>Error \
        503 Service Unavailable</h1><p>Service Unavailable</p><h3>Guru Meditation:</h3><p>XID: \
        45678912</p><hr><p>Varnish cache server</p></body></html>";
    let suspended = "<html><head><title>Account Suspended</title></head><body><h1>Account \
        Suspended</h1><p>This Account has been suspended.</p><p>Contact your hosting \
        provider for more information.</p></body></html>";
    let imperva = "<html><head><META NAME=\"ROBOTS\" CONTENT=\"NOINDEX, NOFOLLOW\"><script \
        src=\"/_Incapsula_Resource?SWJIYLWA=719d34d31c8e3a6e6fffd425f7e032f3\"></script>\
        </head><body><iframe id=\"main-iframe\" src=\"/_Incapsula_Resource?CWUDNSAI=24\">\
        Request unsuccessful. Incapsula incident ID: 1234000010000000-123456789012345678\
        </iframe></body></html>";
    let h2 = "<html><head><title>Daily Ledger Blog</title></head><body><main><div \
        class=\"error-page\"><h2>Sorry, we couldn't find that page</h2><p>It may have been \
        moved or deleted. Here are some of our most popular posts instead:</p><ul><li><a \
        href=\"/a\">One</a></li></ul></div></main></body></html>";
    // An article about these things is an article.
    let words = "The valley's web host went dark on Tuesday. ".repeat(12);
    let article = format!(
        "<html><head><title>Why our site showed 503 Service Unavailable</title></head><body>\
         <h1>503 Service Unavailable</h1><p>{words}</p><p>Account suspended, the notice \
         said, and the Incapsula incident ID meant nothing to readers.</p></body></html>"
    );
    let s = Server::builder()
        .route("/cdn/error200", Response::html(varnish))
        .route("/suspended", Response::html(suspended))
        .route(
            "/incap/release",
            Response::html(imperva).header("X-Iinfo", "9-12345678-0 0NNN RT(1)"),
        )
        .route("/blog/deleted-post", Response::html(h2))
        .route("/article", Response::html(article))
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/cdn/error200")).await,
        LinkStatus::Error,
        "a server's error page",
        0,
    );
    expect(
        &check(&s.url("/suspended")).await,
        LinkStatus::Soft404,
        "Account Suspended",
        0,
    );
    expect(
        &check(&s.url("/incap/release")).await,
        LinkStatus::Blocked,
        "bot challenge",
        0,
    );
    expect(
        &check(&s.url("/blog/deleted-post")).await,
        LinkStatus::Soft404,
        "couldn't find that page",
        0,
    );
    expect(&check(&s.url("/article")).await, LinkStatus::Ok, "200", 0);
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(data).unwrap();
    z.finish().unwrap()
}

/// Regression: a gzip body with broken data was "deflate decompression error" (the client
/// decodes it, and says only that it was compressed), and one cut
/// short (its HTTP message whole) "connection lost: unexpected end of file (after 2
/// retries)", retried though the same bytes come again; an `https:` URL on a port speaking
/// plain HTTP was "received corrupt message of type InvalidContentType".
#[tokio::test]
async fn broken_compressed_bodies_and_tls_to_plain_http_say_what_happened() {
    let page = format!(
        "<title>Report</title><p>{}</p>",
        "The harbour report. ".repeat(400)
    );
    let whole = gzip(page.as_bytes());
    let mut broken = whole.clone();
    for b in broken.iter_mut().skip(10) {
        *b ^= 0x5A;
    }
    let cut = whole[..whole.len() / 2].to_vec();
    let raw = |body: Vec<u8>| {
        Response::status(200)
            .header("Content-Type", "text/html; charset=utf-8")
            .header("Content-Encoding", "gzip")
            .body(body)
    };
    let s = Server::builder()
        .route("/broken", raw(broken))
        .route("/cut", raw(cut))
        .route("/plain", Response::html("<title>Plain</title>"))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = crate::support::check_with(crate::support::opts(), &s.url("/broken"), true).await;
    expect(&f, LinkStatus::Error, "its compressed data is broken", 0);
    let f = crate::support::check_with(crate::support::opts(), &s.url("/cut"), true).await;
    expect(&f, LinkStatus::Error, "its compressed data ends early", 0);
    assert_eq!(s.hits("/cut"), 1, "not retried");
    let https = s.url("/plain").replacen("http://", "https://", 1);
    let f = check(&https).await;
    assert!(
        f.result
            .detail
            .contains("does not speak HTTPS on that port"),
        "{}",
        f.result.detail
    );
}
