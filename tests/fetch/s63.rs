//! The sixty-third session's held-out evaluation of how cited pages are fetched and
//! classified, against loopback servers: bot challenges, logins and consent walls, redirects
//! of every kind, broken transfers at the protocol level, robots' `noindex` on not-found
//! pages, error pages sent as JSON, one request per page however it is cited, and the
//! per-host limit on connections.

use std::io::{BufRead, BufReader, Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use citecheck::fetch::{Fetcher, NoProgress};
use citecheck::model::{Body, LinkStatus};
use citecheck::server::{Response, Server};

use crate::s62::article;
use crate::support::{check, check_with, expect, opts, req};

/// A page under `title` with `body` and little else.
fn page(title: &str, body: &str) -> String {
    format!("<html><head><title>{title}</title></head><body>{body}</body></html>")
}

#[tokio::test]
async fn bot_challenges_are_blocked_not_dead() {
    let moment = page(
        "Just a moment...",
        "<h1>Checking your browser before accessing the site.</h1>",
    );
    let s = Server::builder()
        .route("/cf403", Response::html(moment.clone()).with_status(403))
        .route(
            "/cf503",
            Response::html(moment.clone())
                .with_status(503)
                .header("cf-mitigated", "challenge"),
        )
        .route(
            "/captcha",
            Response::html(page(
                "Verify you are human",
                "<h1>Please verify you are a human</h1><form action=/verify>\
                 <div class=\"g-recaptcha\" data-sitekey=\"x\"></div>\
                 <button>Continue</button></form>",
            )),
        )
        .route(
            "/hcaptcha",
            Response::html(page(
                "Security check",
                "<form><div class=\"h-captcha\" data-sitekey=\"x\"></div></form>",
            )),
        )
        // A contact form with a captcha, an article about captchas: pages.
        .route(
            "/contact",
            Response::html(page(
                "Contact us",
                "<h1>Contact us</h1><form><textarea name=m></textarea>\
                 <div class=\"g-recaptcha\" data-sitekey=\"x\"></div></form>",
            )),
        )
        .route(
            "/about-captchas",
            Response::html(
                article("Are you a robot? How captchas work")
                    .replace("</body>", "<div class=\"g-recaptcha\"></div></body>"),
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/contact", "/about-captchas"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
    expect(
        &check(&s.url("/cf403")).await,
        LinkStatus::Blocked,
        "bot challenge page (“Just a moment...”): the page exists but refuses automated \
         clients (HTTP 403 Forbidden)",
        0,
    );
    let f = check(&s.url("/cf503")).await;
    expect(
        &f,
        LinkStatus::Blocked,
        "bot challenge (cf-mitigated: challenge): the page exists but refuses automated \
         clients (HTTP 503 Service Unavailable)",
        0,
    );
    assert_eq!(s.hits("/cf503"), 1, "a challenge is not retried");
    expect(
        &check(&s.url("/captcha")).await,
        LinkStatus::Blocked,
        "captcha page (“Verify you are human”, with a g-recaptcha widget): the page exists \
         but refuses automated clients (HTTP 200 OK)",
        0,
    );
    expect(
        &check(&s.url("/hcaptcha")).await,
        LinkStatus::Blocked,
        "captcha page (“Security check”, with a h-captcha widget)",
        0,
    );
}

#[tokio::test]
async fn a_redirect_to_a_login_page_is_blocked() {
    let s = Server::builder()
        .route("/story", Response::redirect(302, "/login?next=%2Fstory"))
        .route(
            "/members",
            Response::redirect(302, "/account/signin?returnUrl=/members"),
        )
        .route(
            "/login",
            Response::html(page("Log in", "<form><input type=password></form>")),
        )
        .route(
            "/account/signin",
            Response::html(page("Sign in", "<form><input type=password></form>")),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for (path, to) in [
        ("/story", "/login?next=%2Fstory"),
        ("/members", "/account/signin?returnUrl=/members"),
    ] {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Blocked,
            &format!(
                "redirected to a login page ({}): the page needs a login",
                s.url(to)
            ),
            0,
        );
    }
}

#[tokio::test]
async fn a_deep_link_sent_to_another_sites_home_page_is_not_ok() {
    let s = Server::builder()
        .route(
            "/",
            Response::html(page("Buy this domain", "<h1>Welcome</h1>")),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    // An expired domain: its deep link sent to another host's front page.
    let home = s.url("/").replace("127.0.0.1", "localhost");
    let old = Server::builder()
        .route(
            "/2019/05/harbour-wall-repaired",
            Response::redirect(301, &home),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&old.url("/2019/05/harbour-wall-repaired")).await;
    expect(
        &f,
        LinkStatus::Soft404,
        &format!("a deep link redirected to another site's home page ({home})"),
        0,
    );
    assert_eq!(f.result.use_instead, None, "{}", f.result.detail);
    // The same site under `www.`: its own home page.
    let u = |s: &str| url::Url::parse(s).unwrap();
    let fallback = citecheck::fetch::classify::redirect_fallback(
        &u("http://example.org/2019/05/story"),
        &u("https://www.example.org/"),
    );
    assert_eq!(
        fallback,
        Some((
            LinkStatus::Soft404,
            "a deep link redirected to the site's home page (https://www.example.org/)".into()
        ))
    );
}

#[tokio::test]
async fn redirect_codes_and_broken_redirects() {
    let s = Server::builder()
        .route("/new", Response::html(article("New")))
        .route("/p308", Response::redirect(308, "/new"))
        .route("/t307", Response::redirect(307, "/new"))
        .route("/rel/a/b", Response::redirect(302, "../../new"))
        .route(
            "/choices",
            Response::html(page(
                "Multiple choices",
                "<ul><li><a href=/new>New</a></li><li><a href=/new2>Other</a></li></ul>",
            ))
            .with_status(300),
        )
        .route("/choices-loc", Response::redirect(300, "/new"))
        .route("/no-location", Response::status(302))
        .route("/ftp", Response::redirect(302, "ftp://example.org/file"))
        .route("/bad-loc", Response::redirect(302, "http://[::1"))
        .route("/to-404", Response::redirect(301, "/gone"))
        .route("/gone", Response::status(404))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s.url("/p308")).await;
    expect(
        &f,
        LinkStatus::Redirected,
        &format!("permanent redirect: use {} instead", s.url("/new")),
        0,
    );
    let f = check(&s.url("/t307")).await;
    expect(&f, LinkStatus::Redirected, "redirected once", 0);
    assert_eq!(f.result.use_instead, None);
    let f = check(&s.url("/rel/a/b")).await;
    expect(
        &f,
        LinkStatus::Redirected,
        &format!("redirected once to {}", s.url("/new")),
        0,
    );
    // Multiple choices without a `Location`: a live page offered in several versions (see
    // s63_more.rs).
    expect(
        &check(&s.url("/choices")).await,
        LinkStatus::Ok,
        "HTTP 300 Multiple Choices: the server offers several versions",
        0,
    );
    let f = check(&s.url("/choices-loc")).await;
    expect(&f, LinkStatus::Redirected, &s.url("/new"), 0);
    expect(
        &check(&s.url("/no-location")).await,
        LinkStatus::Error,
        "without a Location header",
        0,
    );
    expect(
        &check(&s.url("/ftp")).await,
        LinkStatus::Error,
        "redirected to an unsupported URL: ftp://example.org/file",
        0,
    );
    expect(
        &check(&s.url("/bad-loc")).await,
        LinkStatus::Error,
        "redirected to an invalid URL: http://[::1",
        0,
    );
    expect(&check(&s.url("/to-404")).await, LinkStatus::Dead, "404", 0);
}

#[tokio::test]
async fn refusals_by_status() {
    let s = Server::builder()
        .route("/gone", Response::status(410))
        .route("/legal", Response::status(451))
        .route("/pay", Response::status(402))
        .route(
            "/auth",
            Response::status(401).header("www-authenticate", "Basic realm=\"x\""),
        )
        .route("/fail", Response::status(500))
        .route("/limited", Response::status(429))
        .bind("127.0.0.1:0")
        .unwrap();
    expect(&check(&s.url("/gone")).await, LinkStatus::Dead, "410", 0);
    expect(
        &check(&s.url("/legal")).await,
        LinkStatus::Blocked,
        "451",
        0,
    );
    expect(
        &check(&s.url("/pay")).await,
        LinkStatus::Blocked,
        "paywall",
        0,
    );
    expect(
        &check(&s.url("/auth")).await,
        LinkStatus::Blocked,
        "login",
        0,
    );
    expect(
        &check(&s.url("/fail")).await,
        LinkStatus::Error,
        "server error: HTTP 500 Internal Server Error (after 2 retries)",
        2,
    );
    let f = check(&s.url("/limited")).await;
    assert_eq!(f.result.status, LinkStatus::Blocked, "{}", f.result.detail);
}

#[tokio::test]
async fn noindex_not_found_pages_are_soft_404_and_noindex_alone_is_not() {
    let s = Server::builder()
        .route(
            "/hdr",
            Response::html(page(
                "Page not found",
                "<h1>Page not found</h1><p>Try the search.</p>",
            ))
            .header("x-robots-tag", "noindex"),
        )
        .route(
            "/meta",
            Response::html(
                "<html><head><meta name=robots content=noindex><title>Oops</title></head>\
                 <body><h1>We can't find that page</h1></body></html>",
            ),
        )
        .route(
            "/article",
            Response::html(article("Harbour wall")).header("x-robots-tag", "noindex, nofollow"),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/hdr")).await,
        LinkStatus::Soft404,
        "the page's title says “Page not found” although the server answered HTTP 200 OK",
        0,
    );
    expect(
        &check(&s.url("/meta")).await,
        LinkStatus::Soft404,
        "the page's main heading says “We can't find that page” although the server \
         answered HTTP 200 OK",
        0,
    );
    expect(
        &check(&s.url("/article")).await,
        LinkStatus::Ok,
        "HTTP 200",
        0,
    );
}

#[tokio::test]
async fn json_error_bodies_sent_with_200() {
    let json = |body: &str| {
        Response::status(200)
            .header("content-type", "application/json")
            .body(body.to_string())
    };
    let s = Server::builder()
        .route("/status", json(r#"{"status":404,"error":"Not Found"}"#))
        .route(
            "/code",
            json(r#"{"code": 404, "message": "The requested resource was not found"}"#),
        )
        .route(
            "/nested",
            json(r#"{"error":{"code":404,"message":"Post not found"}}"#),
        )
        .route(
            "/fine",
            json(r#"{"status":"ok","data":{"title":"Harbour wall","views":404}}"#),
        )
        .route("/list", json(r#"[{"status":404}]"#))
        .bind("127.0.0.1:0")
        .unwrap();
    for (path, what) in [
        ("/status", "status 404 (“Not Found”)"),
        ("/code", "code 404 (“The requested resource was not found”)"),
        ("/nested", "code 404 (“Post not found”)"),
    ] {
        for body in [false, true] {
            expect(
                &check_with(opts(), &s.url(path), body).await,
                LinkStatus::Soft404,
                &format!("the JSON answer says {what} although the server answered HTTP 200 OK"),
                0,
            );
        }
    }
    for path in ["/fine", "/list"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
}

#[tokio::test]
async fn bodies_kinds_and_no_content() {
    let mut pdf = b"%PDF-1.4\n".to_vec();
    pdf.extend(std::iter::repeat_n(b'x', 200));
    let s = Server::builder()
        .route(
            "/download",
            Response::status(200)
                .header("content-type", "application/pdf")
                .header("content-disposition", "attachment; filename=report.pdf")
                .body(pdf),
        )
        .route(
            "/octet",
            Response::status(200)
                .header("content-type", "application/octet-stream")
                .body(article("Harbour wall")),
        )
        .route(
            "/canonical",
            Response::html(article("Harbour wall").replace(
                "</head>",
                "<link rel=canonical href=\"http://example.org/other-story\"></head>",
            )),
        )
        .route("/empty", Response::status(204))
        .route("/empty200", Response::html(""))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check_with(opts(), &s.url("/download"), true).await;
    expect(&f, LinkStatus::Ok, "HTTP 200", 0);
    assert!(matches!(f.page.expect("page").body, Body::Pdf(_)));
    let f = check_with(opts(), &s.url("/octet"), true).await;
    expect(&f, LinkStatus::Ok, "HTTP 200", 0);
    assert!(matches!(f.page.expect("page").body, Body::Html(_)));
    expect(
        &check(&s.url("/canonical")).await,
        LinkStatus::Ok,
        "HTTP 200",
        0,
    );
    // No content: the address answers, and its detail says there is nothing (kept `ok`).
    expect(
        &check(&s.url("/empty")).await,
        LinkStatus::Ok,
        "HTTP 204 No Content",
        0,
    );
    expect(
        &check(&s.url("/empty200")).await,
        LinkStatus::Ok,
        "empty",
        0,
    );
}

#[tokio::test]
async fn a_stub_whose_timer_sends_the_reader_on_is_followed() {
    let s = Server::builder()
        .route("/new", Response::html(article("New page")))
        .route(
            "/fn",
            Response::html(
                "<html><head><title>Redirecting…</title><script>\
                 setTimeout(function(){ location.href = '/new'; }, 0);</script></head>\
                 <body><p>Redirecting…</p></body></html>",
            ),
        )
        .route(
            "/arrow",
            Response::html(
                "<script>window.setTimeout(() => window.location.replace(\"/new\"), 3000)\
                 </script><p>You are being redirected.</p>",
            ),
        )
        .route(
            "/arrow-block",
            Response::html(
                "<script>setTimeout( () => { window.location = '/new' }, 10 );</script>",
            ),
        )
        // A timer set only inside a handler, or one that asks first: no redirect on load.
        .route(
            "/handler",
            Response::html(
                "<script>function later(){ setTimeout(function(){ location.href='/new' }, 0) }\
                 </script><p>Hi.</p>",
            ),
        )
        .route(
            "/asks",
            Response::html(
                "<script>setTimeout(function(){ if (confirm('Go?')) { location.href='/new' } }, 0)\
                 </script><p>Hi.</p>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/fn", "/arrow", "/arrow-block"] {
        let f = check_with(opts(), &s.url(path), true).await;
        expect(
            &f,
            LinkStatus::Redirected,
            &format!("redirected once to {}, by a script", s.url("/new")),
            0,
        );
    }
    for path in ["/handler", "/asks"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
}

#[tokio::test]
async fn a_consent_wall_on_another_path_sends_the_reader_back_with_a_cookie() {
    // `/story` without the cookie goes to `/consent`, which sets it and sends back.
    let port = raw_server(|path, headers| {
        let consented = headers.contains("consent=yes");
        if path == "/story" && consented {
            ok_html(&article("Harbour wall"))
        } else if path == "/story" {
            b"HTTP/1.1 302 Found\r\nlocation: /consent?back=/story\r\ncontent-length: 0\r\n\
              connection: close\r\n\r\n"
                .to_vec()
        } else {
            b"HTTP/1.1 302 Found\r\nlocation: /story\r\nset-cookie: consent=yes; Path=/\r\n\
              content-length: 0\r\nconnection: close\r\n\r\n"
                .to_vec()
        }
    });
    let url = format!("http://127.0.0.1:{port}/story");
    let f = check(&url).await;
    expect(&f, LinkStatus::Ok, "HTTP 200", 0);
    assert_eq!(f.result.use_instead, None);
}

/// An answer of `200` with `body` as HTML, closing the connection.
pub fn ok_html(body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A server on a raw socket: each connection on a thread of its own, answered by
/// `answer(path, lowercased headers)` with whatever bytes it returns, then closed.
pub fn raw_server(answer: fn(&str, &str) -> Vec<u8>) -> u16 {
    raw_server_counting(
        answer,
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
    )
}

/// [`raw_server`], counting connections waiting for their answer in `now` and their most in `max`.
fn raw_server_counting(
    answer: fn(&str, &str) -> Vec<u8>,
    now: Arc<AtomicUsize>,
    max: Arc<AtomicUsize>,
) -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let (now, max) = (now.clone(), max.clone());
            std::thread::spawn(move || {
                let open = now.fetch_add(1, Ordering::SeqCst) + 1;
                max.fetch_max(open, Ordering::SeqCst);
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let (mut path, mut headers) = (String::new(), String::new());
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                    if line == "\r\n" {
                        break;
                    }
                    if path.is_empty() {
                        path = line.split(' ').nth(1).unwrap_or("").to_string();
                    } else {
                        headers.push_str(&line.to_ascii_lowercase());
                    }
                    line.clear();
                }
                let out = answer(&path, &headers);
                // No longer open before the answer goes out: the client can only start
                // another request once it has read this one, so a count made after the write
                // could see the next connection before this one is taken off.
                now.fetch_sub(1, Ordering::SeqCst);
                let _ = stream.write_all(&out);
                let _ = stream.flush();
                let _ = stream.shutdown(std::net::Shutdown::Write);
                // Drain what the client still sends, so the close is orderly.
                let mut sink = [0u8; 256];
                let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
                let _ = stream.read(&mut sink);
            });
        }
    });
    port
}

#[tokio::test]
async fn broken_transfers_at_the_protocol_level() {
    let port = raw_server(|path, _| {
        let body = article("Harbour wall");
        match path {
            // HTTP/1.0, no length: the body ends when the server closes.
            "/http10" => {
                format!("HTTP/1.0 200 OK\r\ncontent-type: text/html\r\n\r\n{body}<p>THE END</p>")
                    .into_bytes()
            }
            // Fewer bytes than announced, then closed.
            "/short" => format!(
                "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\
                 connection: close\r\n\r\n{}",
                body.len() + 5000,
                body
            )
            .into_bytes(),
            // Chunked, closed in the middle of a chunk.
            "/chunked" => format!(
                "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ntransfer-encoding: chunked\r\n\
                 connection: close\r\n\r\n{:x}\r\n{}\r\n4000\r\nand then",
                body.len(),
                body
            )
            .into_bytes(),
            // No HTTP at all.
            "/garbage" => b"SSH-2.0-OpenSSH_9.6\r\n".to_vec(),
            // Closed without a word.
            _ => Vec::new(),
        }
    });
    let url = |p: &str| format!("http://127.0.0.1:{port}{p}");
    let f = check_with(opts(), &url("/http10"), true).await;
    expect(&f, LinkStatus::Ok, "HTTP 200", 0);
    assert!(
        matches!(&f.page.expect("page").body, Body::Html(h) if h.contains("THE END")),
        "the whole body"
    );
    // Cut short (fewer bytes than announced, a chunk broken off): retried, then an error.
    for p in ["/short", "/chunked"] {
        let f = check_with(opts(), &url(p), true).await;
        expect(
            &f,
            LinkStatus::Error,
            "HTTP 200 OK, but the body could not be read: connection lost: end of file before \
             message length reached (after 2 retries)",
            2,
        );
    }
    expect(
        &check(&url("/garbage")).await,
        LinkStatus::Error,
        "the answer is not HTTP (another kind of server on that port, or one speaking only \
         HTTPS): invalid HTTP version parsed",
        0,
    );
    expect(
        &check(&url("/silent")).await,
        LinkStatus::Error,
        "the server closed the connection without a complete answer (after 2 retries)",
        2,
    );
}

#[test]
fn an_international_host_name_is_read_as_punycode() {
    assert_eq!(
        citecheck::fetch::normalize_url("http://BÜCHER.example.org/Straße"),
        "http://xn--bcher-kva.example.org/Stra%C3%9Fe"
    );
    assert_eq!(
        citecheck::fetch::normalize_url("https://例え.テスト/"),
        "https://xn--r8jz45g.xn--zckzah/"
    );
}

#[tokio::test]
async fn the_per_host_limit_on_connections_is_kept() {
    let now = Arc::new(AtomicUsize::new(0));
    let max = Arc::new(AtomicUsize::new(0));
    let port = raw_server_counting(
        |_, _| {
            std::thread::sleep(Duration::from_millis(100));
            ok_html(&article("Page"))
        },
        now,
        max.clone(),
    );
    let mut o = opts();
    o.host_concurrency = 2;
    o.max_concurrency = 16;
    let fetcher = Fetcher::new(o).expect("client");
    let reqs = (0..8)
        .map(|i| req(&format!("http://127.0.0.1:{port}/p{i}"), false))
        .collect();
    let out = fetcher.check_all(reqs, &NoProgress).await;
    assert_eq!(out.len(), 8);
    for f in &out {
        assert_eq!(f.result.status, LinkStatus::Ok, "{}", f.result.detail);
    }
    let m = max.load(Ordering::SeqCst);
    assert!((1..=2).contains(&m), "{m} connections at once");
}

#[tokio::test]
async fn odd_locations_and_plain_text_error_pages() {
    let s = Server::builder()
        .route("/new", Response::html(article("New")))
        .route("/js", Response::redirect(302, "javascript:alert(1)"))
        .route("/data", Response::redirect(302, "data:text/html,hi"))
        .route("/empty-loc", Response::redirect(302, ""))
        .route(
            "/mailto",
            Response::redirect(302, "mailto:desk@example.org"),
        )
        .route("/plain404", Response::text("404 page not found"))
        .route(
            "/plain",
            Response::text("The harbour wall was repaired in the spring."),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    // Protocol-relative: the scheme of the page asked for.
    let other = s.url("/new").replace("http://127.0.0.1", "//localhost");
    let s2 = Server::builder()
        .route("/rel", Response::redirect(301, &other))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s2.url("/rel")).await;
    expect(
        &f,
        LinkStatus::Redirected,
        &format!("redirected once to http:{other}"),
        0,
    );
    for (path, to) in [
        ("/js", "javascript:alert(1)"),
        ("/data", "data:text/html,hi"),
        ("/mailto", "mailto:desk@example.org"),
    ] {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Error,
            &format!("redirected to an unsupported URL: {to}"),
            0,
        );
    }
    expect(
        &check(&s.url("/empty-loc")).await,
        LinkStatus::Error,
        "HTTP 302 Found without a Location header",
        0,
    );
    // A plain-text not-found page sent with 200 reads the same whether a quote needs the
    // text or not.
    for body in [false, true] {
        let f = check_with(opts(), &s.url("/plain404"), body).await;
        expect(
            &f,
            LinkStatus::Soft404,
            "the page's only text says “404 page not found” although the server answered \
             HTTP 200 OK",
            0,
        );
        let f = check_with(opts(), &s.url("/plain"), body).await;
        expect(&f, LinkStatus::Ok, "HTTP 200", 0);
    }
}
