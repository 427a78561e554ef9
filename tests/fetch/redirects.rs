use citecheck::fetch::FetchOptions;
use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::support::{check, check_with, expect, opts};

#[tokio::test]
async fn chain_of_every_redirect_kind_is_recorded() {
    let s = Server::builder()
        .route("/a", Response::redirect(301, "/b"))
        .route("/b", Response::redirect(302, "/c"))
        .route("/c", Response::redirect(307, "/d"))
        .route("/d", Response::redirect(308, "/e"))
        .route("/e", Response::html("<title>Final</title>"))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s.url("/a")).await;
    expect(&f, LinkStatus::Redirected, "redirected 4 times", 0);
    let statuses: Vec<u16> = f.result.redirects.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [301, 302, 307, 308]);
    assert_eq!(f.result.redirects[1].url, s.url("/b"));
    assert_eq!(f.result.final_url.as_deref(), Some(s.url("/e").as_str()));
    // Only the leading permanent hop says where the page lives now.
    assert_eq!(f.result.use_instead.as_deref(), Some(s.url("/b").as_str()));
}

#[tokio::test]
async fn permanent_redirect_names_the_url_to_use() {
    let s = Server::builder()
        .route("/old", Response::redirect(308, "/new"))
        .route("/new", Response::html("<title>New</title>"))
        .route("/temp", Response::redirect(302, "/new"))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s.url("/old")).await;
    expect(
        &f,
        LinkStatus::Redirected,
        &format!("use {} instead", s.url("/new")),
        0,
    );
    assert_eq!(
        f.result.use_instead.as_deref(),
        Some(s.url("/new").as_str())
    );
    let t = check(&s.url("/temp")).await;
    expect(&t, LinkStatus::Redirected, "redirected once", 0);
    assert_eq!(t.result.use_instead, None);
}

#[tokio::test]
async fn loops_and_too_many_redirects_are_errors() {
    let s = Server::builder()
        .route("/l1", Response::redirect(302, "/l2"))
        .route("/l2", Response::redirect(302, "/l1"))
        .route("/r1", Response::redirect(302, "/r2"))
        .route("/r2", Response::redirect(302, "/r3"))
        .route("/r3", Response::redirect(302, "/r4"))
        .route("/r4", Response::html("end"))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s.url("/l1")).await;
    expect(
        &f,
        LinkStatus::Error,
        &format!(
            "redirect loop: {} → {} → {}",
            s.url("/l1"),
            s.url("/l2"),
            s.url("/l1")
        ),
        0,
    );
    assert_eq!(f.result.redirects.len(), 2);
    let o = FetchOptions {
        max_redirects: 2,
        ..opts()
    };
    expect(
        &check_with(o, &s.url("/r1"), false).await,
        LinkStatus::Error,
        "more than --max-redirects 2",
        0,
    );
}

#[tokio::test]
async fn deep_link_redirected_home_is_soft_404_and_to_login_blocked() {
    let s = Server::builder()
        .route("/2019/05/story", Response::redirect(301, "/"))
        .route("/", Response::html("<title>Example News</title>"))
        .route(
            "/members/report",
            Response::redirect(302, "/login?next=/members/report"),
        )
        .route("/login", Response::html("<title>Sign in</title>"))
        .route("/moved-dead", Response::redirect(301, "/nowhere"))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s.url("/2019/05/story")).await;
    expect(
        &f,
        LinkStatus::Soft404,
        "deep link redirected to the site's home page",
        0,
    );
    assert_eq!(f.result.redirects.len(), 1);
    expect(
        &check(&s.url("/members/report")).await,
        LinkStatus::Blocked,
        "redirected to a login page",
        0,
    );
    let d = check(&s.url("/moved-dead")).await;
    expect(&d, LinkStatus::Dead, "after 1 redirect to", 0);
    assert_eq!(d.result.http_status, Some(404));
}

/// The home page cited by its index file is no deep link sent home; a deep link sent to the
/// home page with only a tracking note (`/?from=old-site`) is; only a live page is a URL to
/// cite instead (not the home page a deep link fell back to, not a dead end); a `Location`
/// written in raw UTF-8 is followed as browsers do.
#[tokio::test]
async fn index_files_tracking_notes_use_instead_and_utf8_locations() {
    let s = Server::builder()
        .route("/index.html", Response::redirect(301, "/"))
        .route("/", Response::html("<title>Example News</title>"))
        .route("/old/story", Response::redirect(302, "/?from=old-site"))
        .route("/2019/gone", Response::redirect(301, "/"))
        .route("/moved-dead", Response::redirect(301, "/nowhere"))
        .route("/menu", Response::redirect(301, "/café"))
        .route("/caf%C3%A9", Response::html("<title>Café</title>"))
        .bind("127.0.0.1:0")
        .unwrap();
    let i = check(&s.url("/index.html")).await;
    expect(&i, LinkStatus::Redirected, "permanent redirect", 0);
    assert_eq!(i.result.use_instead.as_deref(), Some(s.url("/").as_str()));
    expect(
        &check(&s.url("/old/story")).await,
        LinkStatus::Soft404,
        "home page",
        0,
    );
    let g = check(&s.url("/2019/gone")).await;
    expect(&g, LinkStatus::Soft404, "home page", 0);
    assert_eq!(g.result.use_instead, None);
    let d = check(&s.url("/moved-dead")).await;
    expect(&d, LinkStatus::Dead, "after 1 redirect to", 0);
    assert_eq!(d.result.use_instead, None);
    let c = check(&s.url("/menu")).await;
    expect(&c, LinkStatus::Redirected, "caf%C3%A9", 0);
    assert_eq!(c.result.http_status, Some(200));
}

/// A page that sends its reader on at once with `<meta http-equiv="refresh">` is followed
/// like a redirect: its URL resolved against the page, the hop reported with the page's
/// status and counted toward `--max-redirects`, a loop an error; so is one sending it on
/// with an HTTP `Refresh` header. A refresh after a minute, one of the page itself, or one
/// inside `<noscript>` is no redirect.
#[tokio::test]
async fn meta_refresh_is_followed_like_a_redirect() {
    let stub = |target: &str| {
        Response::html(format!(
            "<html><head><META HTTP-EQUIV=\"Refresh\" CONTENT=\"0; URL='{target}'\"></head>\
             <body>Redirecting...</body></html>"
        ))
    };
    let s = Server::builder()
        .route("/docs/old.html", stub("new.html"))
        .route("/docs/new.html", Response::html("<title>New</title><p>Here.</p>"))
        .route("/m1", stub("/m2"))
        .route("/m2", stub("/m1"))
        .route("/h1", Response::redirect(302, "/h2"))
        .route("/h2", stub("/h3"))
        .route("/h3", Response::html("end"))
        .route(
            "/hdr",
            Response::html("<p>Moved.</p>").header("Refresh", "0; url=/docs/new.html"),
        )
        .route(
            "/hdr-slow",
            Response::html("<p>Live</p>").header("Refresh", "600; url=/elsewhere"),
        )
        .route(
            "/slow",
            Response::html("<meta http-equiv=\"refresh\" content=\"300; url=/elsewhere\"><p>Live</p>"),
        )
        .route(
            "/self",
            Response::html("<meta http-equiv=\"refresh\" content=\"0\"><p>Live</p>"),
        )
        .route(
            "/nojs",
            Response::html(
                "<noscript><meta http-equiv=\"refresh\" content=\"0; url=/basic\"></noscript><p>App</p>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for needs_body in [false, true] {
        let f = check_with(opts(), &s.url("/docs/old.html"), needs_body).await;
        expect(&f, LinkStatus::Redirected, "by a refresh", 0);
        assert_eq!(
            f.result.final_url.as_deref(),
            Some(s.url("/docs/new.html").as_str())
        );
        assert_eq!(f.result.redirects.len(), 1);
        assert_eq!(f.result.redirects[0].status, 200);
    }
    let f = check(&s.url("/m1")).await;
    expect(&f, LinkStatus::Error, "redirect loop", 0);
    let f = check(&s.url("/h1")).await;
    expect(&f, LinkStatus::Redirected, "redirected twice", 0);
    let o = FetchOptions {
        max_redirects: 1,
        ..opts()
    };
    expect(
        &check_with(o, &s.url("/h1"), false).await,
        LinkStatus::Error,
        "more than --max-redirects 1",
        0,
    );
    let f = check(&s.url("/hdr")).await;
    expect(&f, LinkStatus::Redirected, "by a refresh", 0);
    assert_eq!(
        f.result.final_url.as_deref(),
        Some(s.url("/docs/new.html").as_str())
    );
    for path in ["/slow", "/self", "/nojs", "/hdr-slow"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "200", 0);
    }
}

/// A page answering `302` to itself with a `Set-Cookie`, and `200` once the cookie comes
/// back (a bot or consent check), was a "redirect loop" error: cookies were not kept across
/// the chain's hops. A server that sets a cookie and still redirects to itself is a loop.
/// The page reached at its own address is `ok`.
#[test]
fn a_cookie_set_by_a_redirect_is_sent_on_the_next_hop() {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(16) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let (mut path, mut cookie) = (String::new(), String::new());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                if line == "\r\n" {
                    break;
                }
                if path.is_empty() {
                    path = line.split(' ').nth(1).unwrap_or("").to_string();
                } else if line.to_ascii_lowercase().starts_with("cookie:") {
                    cookie = line[7..].trim().to_string();
                }
                line.clear();
            }
            let answer = if path == "/checked" && cookie.split("; ").any(|c| c == "seen=yes") {
                "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 25\r\n\
                 connection: close\r\n\r\n<title>Checked</title>ok."
                    .to_string()
            } else {
                // `/checked` sets the cookie; `/stubborn` sets one that changes nothing.
                let set = if path == "/checked" {
                    "seen=yes"
                } else {
                    "other=1"
                };
                format!(
                    "HTTP/1.1 302 Found\r\nlocation: {path}\r\nset-cookie: {set}; Path=/; \
                     HttpOnly\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                )
            };
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let f = check(&format!("http://127.0.0.1:{port}/checked")).await;
        // Sent back to the address asked for: `ok`, nothing for the writer to change
        // (fifty-first session: `redirected` on every consent-gated page was noise).
        expect(
            &f,
            LinkStatus::Ok,
            "after 1 redirect back to the same address",
            0,
        );
        assert_eq!(f.result.http_status, Some(200));
        assert!(f.result.use_instead.is_none());
        let f = check(&format!("http://127.0.0.1:{port}/stubborn")).await;
        expect(&f, LinkStatus::Error, "redirect loop", 0);
    });
}
