//! Regressions from the review of the sixty-second session's fetch rules: a script's
//! assignment to `location` inside a function, a condition or a variable's declaration was
//! followed as a stub's redirect (an age gate's "No" button, an old browser's fallback, a
//! map's `var location = 'Berlin'` made a page `dead`); a page whose inlined styles filled the
//! first 64 KiB counted no words, so a full article with a redirecting script was a stub; a
//! title starting with another language's word for a login that also means something else
//! (`Connexion internet : …`) made a short page with a site-wide password field a login form;
//! and a live article that is a script's stub was read as the stub. Each test failed on the
//! code before its fix.

use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::s62::article;
use crate::support::{check, check_with, expect, opts};

/// A page of a few words with `script` in its head.
fn stub(script: &str) -> String {
    format!(
        "<html><head><title>Notice</title><script>{script}</script></head>\
         <body><p>One moment.</p></body></html>"
    )
}

#[tokio::test]
async fn a_location_set_inside_a_function_a_condition_or_a_variable_is_not_followed() {
    let s = Server::builder()
        .route("/underage.html", Response::html(article("Underage")))
        .route("/ie.html", Response::html(article("Old browser")))
        .route(
            "/gate",
            Response::html(stub(
                "function no(){ window.location.href = '/underage.html'; }",
            )),
        )
        .route(
            "/shell",
            Response::html(stub("if(!window.fetch){window.location.href=\"/ie.html\"}")),
        )
        .route(
            "/shell-bare-if",
            Response::html(stub("if (!window.fetch) window.location = '/ie.html';")),
        )
        .route(
            "/map",
            Response::html(stub("var map; var location = 'Berlin';\nshow(location);")),
        )
        // Top-level statements still send the reader on: after another statement, after a
        // comment, after a block that closed.
        .route(
            "/after-statement",
            Response::html(stub("var a = 1; window.location = '/ie.html';")),
        )
        .route(
            "/after-comment",
            Response::html(stub("/* go on */ location.replace('/ie.html');")),
        )
        .route(
            "/after-block",
            Response::html(stub(
                "function f() { return 1; }\nlocation.href = '/ie.html';",
            )),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/gate", "/shell", "/shell-bare-if", "/map"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
    for path in ["/after-statement", "/after-comment", "/after-block"] {
        let f = check_with(opts(), &s.url(path), true).await;
        assert_eq!(f.result.status, LinkStatus::Redirected, "{path}: {f:#?}");
        assert_eq!(
            f.page.as_ref().map(|p| p.final_url.as_str()),
            Some(s.url("/ie.html").as_str()),
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_full_article_after_a_large_inlined_style_is_no_stub() {
    let css = format!("<style>{}</style>", ".x{color:red}\n".repeat(6_000));
    assert!(css.len() > 80 << 10);
    let page = article("Harbour wall").replace(
        "<head>",
        &format!("<head><script>window.location = '/ie.html';</script>{css}"),
    );
    let s = Server::builder()
        .route("/ie.html", Response::html(article("Old browser")))
        .route("/big", Response::html(page))
        .bind("127.0.0.1:0")
        .unwrap();
    // Read for a link alone (its first bytes) and read whole for a quote.
    expect(&check(&s.url("/big")).await, LinkStatus::Ok, "HTTP 200", 0);
    let f = check_with(opts(), &s.url("/big"), true).await;
    expect(&f, LinkStatus::Ok, "HTTP 200", 0);
}

#[tokio::test]
async fn a_title_starting_with_a_word_that_also_means_a_connection_is_no_login_form() {
    let page = |title: &str| {
        format!(
            "<html><head><title>{title}</title></head><body><header><form>\
             <input type=password name=pw></form></header><h1>{title}</h1>\
             <p>La fibre arrive dans le quartier du port cette semaine.</p></body></html>"
        )
    };
    let s = Server::builder()
        .route(
            "/news",
            Response::html(page("Connexion internet : la fibre arrive | Exemple")),
        )
        .route(
            "/bonus",
            Response::html(page("Sign-on bonus for harbour pilots")),
        )
        .route("/login", Response::html(page("Connexion | Exemple")))
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/news", "/bonus"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
    let f = check(&s.url("/login")).await;
    assert_eq!(f.result.status, LinkStatus::Blocked, "{f:#?}");
}

#[tokio::test]
async fn a_live_article_behind_a_scripts_stub_is_read_where_it_sends_the_reader() {
    let s = Server::builder()
        .route(
            "/old",
            Response::html(stub("window.location.replace('/story');")),
        )
        .route("/story", Response::html(article("Harbour wall")))
        .bind("127.0.0.1:0")
        .unwrap();
    let client = reqwest::Client::new();
    let opts = citecheck::input::InputOptions::default();
    let url = url::Url::parse(&s.url("/old")).unwrap();
    let doc = citecheck::input::read_url(&url, &opts, &client)
        .await
        .expect("an article");
    assert!(doc.text.contains("harbour board"), "{}", doc.text);
}
