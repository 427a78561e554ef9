//! The sixty-fifth session's held-out evaluation of how cited pages are fetched and
//! classified, against loopback servers: a cloud store's XML error sent with 200 (`soft_404`
//! or `blocked`, not `ok`), `305 Use Proxy` and `306` (not followed), a captive portal's
//! 511 (the page not reached); and, pinned as they were found right, HTTP/1.0 bodies ended by
//! the close, chunks with trailers or a broken size, types that lie, a large header block,
//! cookie walls, login pages, odd `Location`s, informational answers, odd status lines and
//! codes, and one request per address.
use std::io::{BufRead, BufReader, Read, Write};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use citecheck::fetch::{Fetcher, NoProgress};
use citecheck::model::{Body, LinkStatus};
use citecheck::server::{Response, Server};

use crate::s62::article;
use crate::support::{check, check_with, expect, opts, req};

type Answer = fn(&str, &str, u16) -> Vec<u8>;

/// A server on 127.0.0.1 writing `answer(path, lower-cased headers, port)` to each request
/// and closing. Returns its port and the paths asked, in order.
fn raw(answer: Answer) -> (u16, Arc<Mutex<Vec<String>>>) {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for c in l.incoming() {
            let Ok(mut c) = c else { break };
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                let Ok(read) = c.try_clone() else { return };
                let mut r = BufReader::new(read);
                let (mut path, mut headers) = (String::new(), String::new());
                let mut line = String::new();
                while r.read_line(&mut line).is_ok_and(|n| n > 0) {
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
                log.lock().expect("log").push(path.clone());
                let _ = c.write_all(&answer(&path, &headers, port));
                let _ = c.flush();
                let _ = c.shutdown(std::net::Shutdown::Write);
                let mut sink = [0u8; 256];
                let _ = c.set_read_timeout(Some(Duration::from_millis(200)));
                let _ = c.read(&mut sink);
            });
        }
    });
    (port, seen)
}

/// An answer with `status`, `headers` (each ending in CRLF) and `body`.
fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut v = format!(
        "HTTP/1.1 {status}\r\n{headers}content-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    v.extend_from_slice(body);
    v
}

/// A live article.
fn art() -> String {
    article("Probe")
}

/// The evaluation's server: one behaviour per path.
fn answer(path: &str, headers: &str, port: u16) -> Vec<u8> {
    let html = "content-type: text/html\r\n";
    match path {
        "/h10" => {
            let mut v = b"HTTP/1.0 200 OK\r\ncontent-type: text/html\r\n\r\n".to_vec();
            v.extend_from_slice(art().as_bytes());
            v
        }
        "/trailer" => {
            let a = art();
            format!("HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ntransfer-encoding: chunked\r\ntrailer: x-sum\r\nconnection: close\r\n\r\n{:x}\r\n{a}\r\n0\r\nx-sum: 12\r\n\r\n", a.len()).into_bytes()
        }
        "/badchunk" => format!("HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", art()).into_bytes(),
        "/pdfhtml" => http("200 OK", "content-type: application/pdf\r\n", art().as_bytes()),
        "/htmlpdf" => http("200 OK", html, b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"),
        "/bighead" => {
            let big = "a".repeat(70 * 1024);
            http("200 OK", &format!("{html}x-big: {big}\r\n"), art().as_bytes())
        }
        "/cw" => {
            if headers.contains("cookie: ok=1") {
                http("200 OK", html, art().as_bytes())
            } else {
                http("302 Found", "location: /cw\r\nset-cookie: ok=1; path=/\r\n", b"")
            }
        }
        "/acc" => http("302 Found", "location: /accounts/login?next=/acc\r\n", b""),
        "/accounts/login?next=/acc" => http("200 OK", html, b"<html><head><title>Sign in</title></head><body><form method=post><input name=user><input type=password name=pw><button>Sign in</button></form></body></html>"),
        "/signin-r" => http("302 Found", "location: /signin\r\n", b""),
        "/signin" => http("200 OK", html, b"<html><head><title>Welcome</title></head><body><p>Welcome back.</p></body></html>"),
        "/305" => http("305 Use Proxy", "location: /target\r\n", b""),
        "/306" => http("306 Switch Proxy", "location: /target\r\n", b""),
        "/target" => http("200 OK", html, art().as_bytes()),
        "/dir/sub/up" => http("302 Found", "location: ../x\r\n", b""),
        "/dir/x" => http("200 OK", html, art().as_bytes()),
        "/q" => http("302 Found", "location: ?page=2\r\n", b""),
        "/q?page=2" => http("200 OK", html, art().as_bytes()),
        "/sr" => http("302 Found", &format!("location: //127.0.0.1:{port}/target\r\n"), b""),
        "/s3" => http("200 OK", "content-type: application/xml\r\n", b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>a/b.html</Key><RequestId>4442587FB7D0A2F9</RequestId><HostId>abc</HostId></Error>"),
        "/s3denied" => http("200 OK", "content-type: application/xml\r\n", b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>abc</HostId></Error>"),
        "/azure" => http("200 OK", "content-type: application/xml\r\n", b"\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>BlobNotFound</Code><Message>The specified blob does not exist.\nRequestId:1\nTime:2024-01-01T00:00:00Z</Message></Error>"),
        "/s3nobucket" => http("200 OK", "content-type: application/xml\r\n", b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>x</BucketName></Error>"),
        "/xmlok" => http("200 OK", "content-type: application/xml\r\n", b"<?xml version=\"1.0\"?><catalog><book><title>Errors and Codes</title><code>NoSuchKey</code></book></catalog>"),
        "/xmlother" => http("200 OK", "content-type: application/xml\r\n", b"<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>"),
        "/103" => {
            let mut v = b"HTTP/1.1 103 Early Hints\r\nlink: </s.css>; rel=preload\r\n\r\n".to_vec();
            v.extend(http("200 OK", html, art().as_bytes()));
            v
        }
        "/511" => http("511 Network Authentication Required", html, b"<html><head><title>Network login</title></head><body><form><input type=password></form></body></html>"),
        "/dupcl" => b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 5\r\ncontent-length: 7\r\n\r\nhello..".to_vec(),
        "/600" => http("600 Odd", html, art().as_bytes()),
        "/299" => http("299 Odd", html, art().as_bytes()),
        "/206" => http("206 Partial Content", &format!("{html}content-range: bytes 0-10/100\r\n"), art().as_bytes()),
        "/twoloc" => http("302 Found", "location: /target\r\nlocation: /elsewhere\r\n", b""),
        "/sploc" => http("302 Found", "location: /a b\r\n", b""),
        "/a%20b" => http("200 OK", html, art().as_bytes()),
        "/fragloc" => http("302 Found", "location: #top\r\n", b""),
        "/tabloc" => http("302 Found", "location:\t/target \r\n", b""),
        "/425" => http("425 Too Early", "", b""),
        "/423" => http("423 Locked", "", b""),
        "/414" => http("414 URI Too Long", "", b""),
        "/431" => http("431 Request Header Fields Too Large", "", b""),
        "/problem" => http("200 OK", "content-type: application/problem+json\r\n", br#"{"type":"about:blank","title":"Not Found","status":404,"detail":"No such page"}"#),
        "/htmljson" => http("200 OK", html, br#"{"error":"Not Found","status":404}"#),
        "/gcs" => http("200 OK", "content-type: application/xml; charset=UTF-8\r\n", b"<?xml version='1.0' encoding='UTF-8'?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Details>No such object: b/o</Details></Error>"),
        "/s3-404" => http("404 Not Found", "content-type: application/xml\r\n", b"<Error><Code>NoSuchKey</Code></Error>"),
        "/s3html" => http("200 OK", "content-type: text/html\r\n", b"<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>index.html</Key></Error>"),
        "/303" => http("303 See Other", "location: /target\r\n", b""),
        "/lower" => http("200 ok", html, art().as_bytes()),
        "/nostatus" => b"HTTP/1.1 200\r\ncontent-type: text/html\r\nconnection: close\r\n\r\n<html><head><title>T</title></head><body><p>hi there friends, this is a page of text.</p></body></html>".to_vec(),
        "/lf" => format!("HTTP/1.1 200 OK\ncontent-type: text/html\nconnection: close\n\n{}", art()).into_bytes(),
        "/expect" => http("417 Expectation Failed", "", b""),
        "/pdfoctet" => http("200 OK", "content-type: application/octet-stream\r\n", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"),
        "/jsonly" => http("200 OK", html, b"<html><head><script>window.location.replace(\"/target\")</script></head><body></body></html>"),
        "/reftarget" => http("200 OK", html, b"<html><head><meta http-equiv=\"refresh\" content=\"0;URL='/target'\"></head><body>Moved</body></html>"),
        _ => http("404 Not Found", "", b""),
    }
}

/// The kind of body handed over, if any.
fn kind(f: &citecheck::fetch::Fetched) -> &'static str {
    match f.page.as_ref().map(|p| &p.body) {
        None => "none",
        Some(Body::Html(_)) => "html",
        Some(Body::Text(_)) => "text",
        Some(Body::Pdf(_)) => "pdf",
        Some(Body::Office(_)) => "office",
        Some(Body::Other(_)) => "other",
    }
}

/// Checks `path` on `port` without and with its body: the same status and detail both
/// times, and the body handed over of `body_kind`.
async fn both(port: u16, path: &str, status: LinkStatus, detail: &str, body_kind: &str) {
    let url = format!("http://127.0.0.1:{port}{path}");
    expect(&check(&url).await, status, detail, 0);
    let f = check_with(opts(), &url, true).await;
    expect(&f, status, detail, 0);
    assert_eq!(kind(&f), body_kind, "body of {path}");
}

#[tokio::test]
async fn a_cloud_stores_xml_error_sent_with_200_is_a_soft_404_or_blocked() {
    let (port, _) = raw(answer);
    let soft = LinkStatus::Soft404;
    let tail = "although the server answered HTTP 200 OK";
    for (path, status, detail, body) in [
        (
            "/s3",
            soft,
            "the storage service's XML error says NoSuchKey (“The specified key does not exist.”)",
            "none",
        ),
        (
            "/s3nobucket",
            soft,
            "says NoSuchBucket (“The specified bucket does not exist”), although",
            "none",
        ),
        // Azure's, after a byte-order mark, its message followed by its request's id.
        (
            "/azure",
            soft,
            "says BlobNotFound (“The specified blob does not exist.”), although",
            "none",
        ),
        ("/gcs", soft, "says NoSuchKey", "none"),
        // Sent as HTML by a static host: the same answer.
        ("/s3html", soft, "says NoSuchKey", "none"),
        (
            "/s3denied",
            LinkStatus::Blocked,
            "says AccessDenied (“Access Denied”), although",
            "none",
        ),
        // A document that names a code is no error answer.
        ("/xmlok", LinkStatus::Ok, "HTTP 200 OK", "text"),
        ("/xmlother", LinkStatus::Ok, "HTTP 200 OK", "text"),
    ] {
        both(port, path, status, detail, body).await;
        if status != LinkStatus::Ok {
            let f = check(&format!("http://127.0.0.1:{port}{path}")).await;
            assert!(f.result.detail.ends_with(tail), "{}", f.result.detail);
        }
    }
    // With a 404 it is dead, as any 404 is.
    both(
        port,
        "/s3-404",
        LinkStatus::Dead,
        "HTTP 404 Not Found",
        "none",
    )
    .await;
}

#[tokio::test]
async fn use_proxy_305_and_306_are_not_followed() {
    let (port, log) = raw(answer);
    both(
        port,
        "/305",
        LinkStatus::Error,
        "HTTP 305 Use Proxy: not a redirect a browser follows (its Location is not followed)",
        "none",
    )
    .await;
    both(
        port,
        "/306",
        LinkStatus::Error,
        "HTTP 306: not a redirect a browser follows",
        "none",
    )
    .await;
    let asked = log.lock().expect("log").clone();
    assert!(!asked.iter().any(|p| p == "/target"), "{asked:?}");
}

#[tokio::test]
async fn a_captive_portals_511_is_a_networks_login_not_a_server_error() {
    let (port, log) = raw(answer);
    both(
        port,
        "/511",
        LinkStatus::Error,
        "HTTP 511 Network Authentication Required: a network on the way asks for a login (a \
         captive portal); the page was not reached",
        "none",
    )
    .await;
    assert_eq!(log.lock().expect("log").len(), 2, "not retried");
}

#[tokio::test]
async fn the_evaluations_answers_found_right_hold() {
    let (port, _) = raw(answer);
    let u = |p: &str| format!("http://127.0.0.1:{port}{p}");
    let (ok, err, redirected) = (LinkStatus::Ok, LinkStatus::Error, LinkStatus::Redirected);
    let target = format!("redirected once to {} (HTTP 200 OK)", u("/target"));
    let cases: Vec<(&str, LinkStatus, String, &str)> = vec![
        // HTTP/1.0 without Content-Length: the body ends at the close.
        ("/h10", ok, "HTTP 200 OK".into(), "html"),
        ("/trailer", ok, "HTTP 200 OK".into(), "html"),
        (
            "/badchunk",
            err,
            "HTTP 200 OK, but the body could not be read: request failed: Invalid chunk size \
             line"
                .into(),
            "none",
        ),
        // A type that lies: the bytes tell.
        ("/pdfhtml", ok, "HTTP 200 OK".into(), "html"),
        ("/htmlpdf", ok, "HTTP 200 OK".into(), "pdf"),
        ("/pdfoctet", ok, "HTTP 200 OK".into(), "pdf"),
        // A header block over 64 KiB is read.
        ("/bighead", ok, "HTTP 200 OK".into(), "html"),
        // A cookie wall: 302 to itself with a cookie, then the page.
        (
            "/cw",
            ok,
            "HTTP 200 OK, after 1 redirect back to the same address".into(),
            "html",
        ),
        (
            "/acc",
            LinkStatus::Blocked,
            format!(
                "redirected to a login page ({}): the page needs a login",
                u("/accounts/login?next=/acc")
            ),
            "none",
        ),
        (
            "/signin-r",
            LinkStatus::Blocked,
            format!("redirected to a login page ({})", u("/signin")),
            "none",
        ),
        (
            "/dir/sub/up",
            redirected,
            format!("redirected once to {} (HTTP 200 OK)", u("/dir/x")),
            "html",
        ),
        (
            "/q",
            redirected,
            format!("redirected once to {} (HTTP 200 OK)", u("/q?page=2")),
            "html",
        ),
        // Scheme-relative.
        ("/sr", redirected, target.clone(), "html"),
        ("/303", redirected, target.clone(), "html"),
        // A tab and a trailing space around the Location; two Locations: the first.
        ("/tabloc", redirected, target.clone(), "html"),
        ("/twoloc", redirected, target.clone(), "html"),
        (
            "/sploc",
            redirected,
            format!("redirected once to {} (HTTP 200 OK)", u("/a%20b")),
            "html",
        ),
        // A Location of only a fragment asks the same page again: a loop, as in a browser.
        (
            "/fragloc",
            err,
            format!("redirect loop: {} → {}", u("/fragloc"), u("/fragloc")),
            "none",
        ),
        (
            "/jsonly",
            redirected,
            format!(
                "redirected once to {}, by a script (HTTP 200 OK)",
                u("/target")
            ),
            "html",
        ),
        (
            "/reftarget",
            redirected,
            format!(
                "redirected once to {}, by a refresh (HTTP 200 OK)",
                u("/target")
            ),
            "html",
        ),
        // An informational 103 before the answer is passed over.
        ("/103", ok, "HTTP 200 OK".into(), "html"),
        (
            "/dupcl",
            err,
            "the server's answer is malformed HTTP: invalid content-length parsed".into(),
            "none",
        ),
        ("/600", err, "HTTP 600".into(), "none"),
        ("/299", ok, "HTTP 299".into(), "html"),
        ("/206", ok, "HTTP 206 Partial Content".into(), "html"),
        ("/425", err, "HTTP 425 Too Early".into(), "none"),
        ("/423", err, "HTTP 423 Locked".into(), "none"),
        ("/414", err, "HTTP 414 URI Too Long".into(), "none"),
        (
            "/431",
            err,
            "HTTP 431 Request Header Fields Too Large".into(),
            "none",
        ),
        ("/expect", err, "HTTP 417 Expectation Failed".into(), "none"),
        (
            "/problem",
            LinkStatus::Soft404,
            "the JSON answer says status 404 (“Not Found”) although the server answered HTTP \
             200 OK"
                .into(),
            "none",
        ),
        // A lower-case reason, none at all, bare LF line ends.
        ("/lower", ok, "HTTP 200 OK".into(), "html"),
        ("/nostatus", ok, "HTTP 200 OK".into(), "html"),
        ("/lf", ok, "HTTP 200 OK".into(), "html"),
    ];
    for (path, status, detail, body) in cases {
        both(port, path, status, &detail, body).await;
    }
}

#[tokio::test]
async fn one_request_per_address_whatever_its_fragment_or_how_often_cited() {
    let s = Server::builder()
        .route("/p", Response::html(art()))
        .route("/p/", Response::html(article("Slash")))
        .route(
            "/f",
            Response::html(
                "<html><head><title>F</title></head><body><h2 id=a>A</h2><h2 id=b>B</h2>\
                 <p>Some words of the page, enough of them to read as a page.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let base = s.url("/p");
    let local = base.replace("127.0.0.1", "localhost");
    let fetcher = Fetcher::new(opts()).expect("client");
    let run = |urls: Vec<String>| {
        let fetcher = &fetcher;
        async move {
            let out = fetcher
                .check_all(urls.iter().map(|u| req(u, false)).collect(), &NoProgress)
                .await;
            assert_eq!(out.len(), urls.len());
            for f in &out {
                assert_eq!(
                    f.result.status,
                    LinkStatus::Ok,
                    "{}: {}",
                    f.result.url,
                    f.result.detail
                );
            }
        }
    };
    // The same address cited twice, with a slash, and under `localhost`: one GET for the
    // page, one for localhost's (another host), one for the address with a slash.
    run(vec![base.clone(), base.clone(), format!("{base}/"), local]).await;
    assert_eq!(s.hits("/p"), 2);
    assert_eq!(s.hits("/p/"), 1);
    // Two fragments of one page (its body read for them): one GET, no fragment sent.
    let f = s.url("/f");
    run(vec![format!("{f}#a"), format!("{f}#b"), format!("{f}#a")]).await;
    assert_eq!(s.hits("/f"), 1);
}

#[test]
fn a_storage_error_is_told_only_by_a_whole_error_element_with_a_known_code() {
    use citecheck::fetch::classify::storage_error_reason;
    for odd in [
        "",
        "<?xml",
        "<?xml version=\"1.0\"",
        "<Error>",
        "<Error></Error>",
        "<Error><Code>NoSuchKey</Error>",
        "<Error><Code></Code></Error>",
        "<Error><Code>NoSuchKey</Code></Error><p>more</p>",
        "<Errors><Code>NoSuchKey</Code></Errors>",
        "<html><body><Error><Code>NoSuchKey</Code></Error></body></html>",
        "<Error><Code>InternalError</Code></Error>",
        "<Error><Message>é</Message><Code>NoSuch\u{e9}Key</Code></Error>",
    ] {
        assert_eq!(storage_error_reason(odd), None, "{odd}");
    }
    let (status, why) =
        storage_error_reason("<Error><Message>gone</Message><Code>NoSuchKey</Code></Error>")
            .expect("an error");
    assert_eq!(status, LinkStatus::Soft404);
    assert_eq!(
        why,
        "the storage service's XML error says NoSuchKey (“gone”)"
    );
    let long = format!(
        "<Error><Code>NoSuchKey</Code><Message>{}</Message></Error>",
        "x".repeat(5000)
    );
    assert_eq!(storage_error_reason(&long), None, "a long body");
}
