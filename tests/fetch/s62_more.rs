//! More regressions from the sixty-second session's held-out evaluation of fetching: a page
//! whose script sent the reader on was said to be "redirected … by a refresh", its hop in
//! the JSON no different from a meta refresh's; a `Retry-After` too large for a number was
//! said as a wait of `5124095576030431h 0m`; and a redirect that only added a tracking
//! parameter (`/story` → `/story?utm_source=feed`) was `redirected`, with the advice to cite
//! the tracked address instead. Each test failed on the code before its fix.

use std::time::{Duration, SystemTime};

use citecheck::model::{LinkStatus, RedirectBy};
use citecheck::server::{Response, Server};

use crate::s62::article;
use crate::support::{check, check_with, expect, opts};

#[tokio::test]
async fn a_scripts_redirect_is_said_to_be_a_scripts_in_the_detail_and_the_hop() {
    let s = Server::builder()
        .route("/new", Response::html(article("New page")))
        .route(
            "/script",
            Response::html("<html><head><script>window.location=\"/new\";</script></head></html>"),
        )
        .route(
            "/meta",
            Response::html(
                "<html><head><meta http-equiv=\"refresh\" content=\"0; url=/new\"></head></html>",
            ),
        )
        .route(
            "/header",
            Response::html("<p>Moved.</p>").header("refresh", "0; url=/new"),
        )
        .route("/http", Response::redirect(302, "/new"))
        // A meta refresh to a script's stub: both said.
        .route(
            "/both",
            Response::html("<meta http-equiv=\"refresh\" content=\"0; url=/script\">"),
        )
        // Moved for good to a stub whose script sends readers on: the stub is the address
        // to cite, and the detail says why.
        .route("/old", Response::redirect(301, "/script"))
        .bind("127.0.0.1:0")
        .unwrap();
    let new = s.url("/new");
    let cases = [
        ("/script", RedirectBy::Script, "script", "by a script"),
        (
            "/meta",
            RedirectBy::MetaRefresh,
            "meta_refresh",
            "by a refresh",
        ),
        (
            "/header",
            RedirectBy::RefreshHeader,
            "refresh_header",
            "by a refresh",
        ),
    ];
    for (path, by, by_json, words) in cases {
        let f = check_with(opts(), &s.url(path), true).await;
        expect(
            &f,
            LinkStatus::Redirected,
            &format!("redirected once to {new}, {words} (HTTP 200 OK)"),
            0,
        );
        assert_eq!(f.result.redirects.len(), 1, "{path}");
        assert_eq!(f.result.redirects[0].by, Some(by), "{path}");
        let json = serde_json::to_value(&f.result).expect("json");
        let hop = &json["redirects"][0];
        assert_eq!(hop["url"], serde_json::json!(s.url(path)), "{path}");
        assert_eq!(hop["status"], serde_json::json!(200), "{path}");
        assert_eq!(hop["by"], serde_json::json!(by_json), "{path}");
    }
    let json = |f: &citecheck::fetch::Fetched| serde_json::to_value(&f.result).expect("json");
    // An HTTP redirect's hop has no `by`: the JSON is as before.
    let f = check(&s.url("/http")).await;
    expect(
        &f,
        LinkStatus::Redirected,
        &format!("redirected once to {new} (HTTP 200 OK)"),
        0,
    );
    assert_eq!(f.result.redirects[0].by, None);
    let hop = json(&f)["redirects"][0].clone();
    assert_eq!(
        hop,
        serde_json::json!({ "url": s.url("/http"), "status": 302 })
    );
    expect(
        &check(&s.url("/both")).await,
        LinkStatus::Redirected,
        &format!("redirected twice to {new}, by a refresh and a script (HTTP 200 OK)"),
        0,
    );
    let f = check(&s.url("/old")).await;
    expect(
        &f,
        LinkStatus::Redirected,
        &format!(
            "permanent redirect: use {} instead (its lasting address: that one sends readers \
             on by a script, so cite it, not the final URL)",
            s.url("/script")
        ),
        0,
    );
    let by: Vec<Option<RedirectBy>> = f.result.redirects.iter().map(|r| r.by).collect();
    assert_eq!(by, [None, Some(RedirectBy::Script)]);
}

#[tokio::test]
async fn a_wait_of_a_year_or_more_is_said_so_not_as_a_huge_number_of_hours() {
    let far = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(3 * 365 * 86_400));
    let s = Server::builder()
        .route(
            "/huge",
            Response::status(429).header("retry-after", "99999999999999999999999"),
        )
        .route(
            "/max",
            Response::status(503).header("retry-after", "18446744073709551615"),
        )
        .route("/date", Response::status(503).header("retry-after", &far))
        .route(
            "/days",
            Response::status(503).header("retry-after", &(3 * 86_400 + 7200).to_string()),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/huge")).await,
        LinkStatus::Blocked,
        "rate limited (HTTP 429): the server asked to wait more than a year before retrying, \
         more than --max-retry-wait (2s)",
        0,
    );
    for path in ["/max", "/date"] {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Blocked,
            "HTTP 503 Service Unavailable: the server asked to wait more than a year before \
             retrying",
            0,
        );
    }
    expect(
        &check(&s.url("/days")).await,
        LinkStatus::Blocked,
        "HTTP 503 Service Unavailable: the server asked to wait 3d 2h before retrying",
        0,
    );
    // The cap is said the same way.
    let long = citecheck::fetch::FetchOptions {
        max_retry_wait: Duration::from_secs(400 * 86_400),
        ..opts()
    };
    expect(
        &check_with(long, &s.url("/huge"), false).await,
        LinkStatus::Blocked,
        "more than --max-retry-wait (more than a year)",
        0,
    );
}

#[tokio::test]
async fn a_redirect_adding_only_a_tracking_parameter_is_the_page_cited() {
    let s = Server::builder()
        .route("/story", Response::redirect(302, "/story?utm_source=feed"))
        .route("/story?utm_source=feed", Response::html(article("Story")))
        .route(
            "/moved",
            Response::redirect(301, "/moved?fbclid=abc&utm_medium=social"),
        )
        .route(
            "/moved?fbclid=abc&utm_medium=social",
            Response::html(article("Moved")),
        )
        .route("/g?id=5", Response::redirect(308, "/g?gclid=x1&id=5"))
        .route("/g?gclid=x1&id=5", Response::html(article("G")))
        .route("/mc", Response::redirect(302, "/mc?mc_cid=1&mc_eid=2"))
        .route("/mc?mc_cid=1&mc_eid=2", Response::html(article("Mail")))
        // A page that moved, its new address with a tracking parameter: cite the new one
        // without it.
        .route("/old", Response::redirect(301, "/new?utm_source=old-site"))
        .route("/new?utm_source=old-site", Response::html(article("New")))
        // Another parameter is another page, as before.
        .route("/paged", Response::redirect(302, "/paged?page=2"))
        .route("/paged?page=2", Response::html(article("Page two")))
        // A slash added with the tracking parameter: the address changed, so `redirected`,
        // and the one to cite has the slash, not the tracking.
        .route("/slash", Response::redirect(301, "/slash/?utm_source=x"))
        .route("/slash/?utm_source=x", Response::html(article("Slash")))
        .bind("127.0.0.1:0")
        .unwrap();
    let cases = [
        (
            "/story",
            "1 redirect",
            "a tracking parameter added (utm_source)",
        ),
        (
            "/moved",
            "1 redirect",
            "tracking parameters added (fbclid, utm_medium)",
        ),
        (
            "/g?id=5",
            "1 redirect",
            "a tracking parameter added (gclid)",
        ),
        (
            "/mc",
            "1 redirect",
            "tracking parameters added (mc_cid, mc_eid)",
        ),
    ];
    for (path, hops, what) in cases {
        let f = check(&s.url(path)).await;
        expect(
            &f,
            LinkStatus::Ok,
            &format!(
                "HTTP 200 OK, after {hops} to the same address with only {what}: the page \
                 cited, the link needs no change"
            ),
            0,
        );
        assert_eq!(f.result.use_instead, None, "{path}");
        assert!(!f.result.detail.contains("use "), "{}", f.result.detail);
    }
    let f = check(&s.url("/old")).await;
    expect(
        &f,
        LinkStatus::Redirected,
        &format!(
            "redirected once to {} (HTTP 200 OK); permanent redirect: use {} instead",
            s.url("/new?utm_source=old-site"),
            s.url("/new")
        ),
        0,
    );
    assert_eq!(f.result.use_instead, Some(s.url("/new")));
    let f = check(&s.url("/slash")).await;
    expect(
        &f,
        LinkStatus::Redirected,
        &format!("permanent redirect: use {} instead", s.url("/slash/")),
        0,
    );
    expect(
        &check(&s.url("/paged")).await,
        LinkStatus::Redirected,
        &format!(
            "redirected once to {} (HTTP 200 OK)",
            s.url("/paged?page=2")
        ),
        0,
    );
}
