//! The sixty-third session's review of its own fetch rules, each found too broad: a timer
//! due in half an hour taken for a stub's redirect, a JSON record holding `"code": "410"`
//! or describing the status 404 taken for an error answer, a guide's escaped sample of a
//! captcha widget and a demonstration page taken for captcha walls, and a malformed header
//! called "not HTTP".

use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::s62::article;
use crate::s63::raw_server;
use crate::support::{check, check_with, expect, opts};

#[tokio::test]
async fn a_timer_due_later_than_a_refresh_is_no_redirect() {
    let s = Server::builder()
        .route("/new", Response::html(article("New page")))
        // A landing page that sends its reader to a notice after half an hour.
        .route(
            "/later",
            Response::html(
                "<html><head><title>Annual report 2024</title><script>\
                 setTimeout(function() { window.location.href = '/new'; }, 1800000);\
                 </script></head><body><p><a href=\"/r.pdf\">Download</a></p></body></html>",
            ),
        )
        // A delay the script computes: may be long, not followed.
        .route(
            "/computed",
            Response::html(
                "<script>setTimeout(function(){ location.href = '/new' }, 30 * 60 * 1000);\
                 </script><p>Hi.</p>",
            ),
        )
        // Within the refresh's five seconds, arguments passed on after the delay, and a
        // delay left out: followed.
        .route(
            "/soon",
            Response::html(
                "<script>setTimeout(function(){ location.href = '/new' }, 4000, 'x');\
                 </script><p>Hi.</p>",
            ),
        )
        .route(
            "/nodelay",
            Response::html("<script>setTimeout(() => { location.replace('/new') })</script>"),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/later", "/computed"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
    for path in ["/soon", "/nodelay"] {
        expect(
            &check_with(opts(), &s.url(path), true).await,
            LinkStatus::Redirected,
            &format!("redirected once to {}, by a script", s.url("/new")),
            0,
        );
    }
}

#[tokio::test]
async fn a_json_record_is_no_error_answer() {
    let json = |body: &str| {
        Response::status(200)
            .header("content-type", "application/json")
            .body(body.to_string())
    };
    let s = Server::builder()
        .route(
            "/country",
            json(r#"{"name": "Korea, Republic of", "alpha2": "KR", "code": "410"}"#),
        )
        .route(
            "/reference",
            json(
                r#"{"code": 404, "title": "Not Found", "description": "The server cannot find the resource."}"#,
            ),
        )
        // An error answer with the fields such answers carry is still one.
        .route(
            "/problem",
            json(
                r#"{"type": "about:blank", "title": "Not Found", "status": 404, "instance": "/posts/9"}"#,
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/country", "/reference"] {
        for body in [false, true] {
            expect(
                &check_with(opts(), &s.url(path), body).await,
                LinkStatus::Ok,
                "HTTP 200",
                0,
            );
        }
    }
    expect(
        &check(&s.url("/problem")).await,
        LinkStatus::Soft404,
        "the JSON answer says status 404 (“Not Found”) although the server answered HTTP 200 \
         OK",
        0,
    );
}

#[tokio::test]
async fn a_captcha_guide_and_a_demonstration_are_pages() {
    let s = Server::builder()
        // A guide showing the widget's markup as a sample, escaped.
        .route(
            "/guide",
            Response::html(
                "<html><head><title>Adding a CAPTCHA to your sign-up form | Example Docs</title>\
                 </head><body><h1>Adding a CAPTCHA</h1><p>Paste this into your form.</p>\
                 <pre><code>&lt;div class=\"g-recaptcha\" data-sitekey=\"KEY\"&gt;&lt;/div&gt;\
                 </code></pre><p>Then verify the token.</p></body></html>",
            ),
        )
        // A widget's demonstration page: a form with the widget under a title of its own.
        .route(
            "/demo",
            Response::html(
                "<html><head><title>ReCAPTCHA demo</title></head><body><h1>ReCAPTCHA demo</h1>\
                 <form><div class=\"g-recaptcha\" data-sitekey=\"x\"></div><button>Submit\
                 </button></form></body></html>",
            ),
        )
        // The wall itself, titled by the word alone.
        .route(
            "/wall",
            Response::html(
                "<html><head><title>CAPTCHA</title></head><body><form>\
                 <div class='cf-turnstile' data-sitekey='x'></div></form></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/guide", "/demo"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
    expect(
        &check(&s.url("/wall")).await,
        LinkStatus::Blocked,
        "captcha page (“CAPTCHA”, with a cf-turnstile widget): the page exists but refuses \
         automated clients",
        0,
    );
}

#[tokio::test]
async fn a_malformed_header_is_malformed_http_not_another_protocol() {
    let port = raw_server(|_, _| {
        b"HTTP/1.1 200 OK\r\nX-Bad Header: yes\r\ncontent-length: 2\r\n\r\nhi".to_vec()
    });
    let f = check(&format!("http://127.0.0.1:{port}/")).await;
    assert_eq!(f.result.status, LinkStatus::Error, "{}", f.result.detail);
    assert!(
        f.result
            .detail
            .contains("the server's answer is malformed HTTP: "),
        "{}",
        f.result.detail
    );
}
