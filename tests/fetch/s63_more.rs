//! Leftovers of the sixty-third session's evaluation of fetching: an article whose title
//! reads like a bot challenge is retried after a 503 like any page, and a `300 Multiple
//! Choices` without a `Location` is a live page the server offers in several versions.

use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::s62::article;
use crate::support::{check, check_with, expect, opts};

#[tokio::test]
async fn an_article_titled_like_a_challenge_is_retried_after_a_503() {
    let title = "Are you a robot? How captchas work";
    let s = Server::builder()
        .sequence(
            "/captchas",
            vec![
                Response::html(article(title)).with_status(503),
                Response::html(article(title)),
            ],
        )
        // A challenge page of little prose under the same title is not retried: it answers
        // the same the next time.
        .sequence(
            "/robot",
            vec![
                Response::html(
                    "<html><head><title>Are you a robot?</title></head>\
                     <body><p>Please wait.</p></body></html>",
                )
                .with_status(503),
                Response::html(article(title)),
            ],
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/captchas")).await,
        LinkStatus::Ok,
        "HTTP 200",
        1,
    );
    expect(
        &check(&s.url("/robot")).await,
        LinkStatus::Blocked,
        "bot challenge page (“Are you a robot?”)",
        0,
    );
}

#[tokio::test]
async fn multiple_choices_without_a_location_is_a_live_page_not_read() {
    let s = Server::builder()
        .route(
            "/choices",
            Response::html(
                "<html><head><title>Multiple choices</title></head><body><ul>\
                 <li><a href=/report.pdf>PDF</a></li><li><a href=/report.html>HTML</a></li>\
                 </ul></body></html>",
            )
            .with_status(300),
        )
        .route("/bare", Response::status(300))
        .bind("127.0.0.1:0")
        .unwrap();
    let detail = "HTTP 300 Multiple Choices: the server offers several versions of the page \
                  and names none (no Location header); the page was not read";
    expect(&check(&s.url("/choices")).await, LinkStatus::Ok, detail, 0);
    expect(&check(&s.url("/bare")).await, LinkStatus::Ok, detail, 0);
    // The list of choices is not the page: no body is handed over for a quote to be sought
    // in, so a quote says the page could not be read rather than that it is missing.
    let f = check_with(opts(), &s.url("/choices"), true).await;
    expect(&f, LinkStatus::Ok, detail, 0);
    assert!(
        f.page.is_none(),
        "the list of choices was handed over as the page"
    );
    assert_eq!(f.result.http_status, Some(300));
}
