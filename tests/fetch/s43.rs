//! Regressions from the forty-third session's held-out evaluation of link classification:
//! an article whose headline opens with `404:` or `Page Not Found:` was a soft 404; a page
//! whose only text says it does not exist, with no title or heading saying so, was `ok`;
//! and a removal notice in the main heading was said to be in the title. Each test failed
//! on the code before its fix.

use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::support::{check, expect};

/// Three paragraphs of an article's prose (well over the 80 words of a page of prose).
fn prose() -> String {
    "<p>The code was written into the first specifications of the web's protocol, and it \
     tells a browser that the server has nothing at the address asked for. Over three \
     decades it has become a small piece of culture of its own, with designers competing \
     to draw the most charming apology for a missing page.</p>"
        .repeat(3)
}

#[tokio::test]
async fn a_headline_after_a_colon_over_prose_is_no_soft_404() {
    let article = |title: &str| {
        format!(
            "<html><head><title>{title} | Gazette</title></head><body><article>\
             <h1>{title}</h1><p>By the Tech Desk</p>{}</article></body></html>",
            prose()
        )
    };
    let s = Server::builder()
        .route(
            "/history",
            Response::html(article(
                "404: a short history of the web's most famous error",
            )),
        )
        .route(
            "/review",
            Response::html(article("Page Not Found: a novel by Ana Reyes, reviewed")),
        )
        // Not-found pages keep their reading, colon or not, prose or not.
        .route(
            "/gone",
            Response::html(
                "<html><head><title>404: Page not found | Gazette</title></head><body>\
                 <h1>404: Page not found</h1><p>Try the search box.</p></body></html>",
            ),
        )
        .route(
            "/gone-site",
            Response::html(
                "<html><head><title>Page not found: Gazette</title></head><body>\
                 <p>Try the search box.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/history", "/review"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
    for path in ["/gone", "/gone-site"] {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Soft404,
            "title says",
            0,
        );
    }
}

#[tokio::test]
async fn a_tiny_page_that_says_it_does_not_exist_is_a_soft_404() {
    let s = Server::builder()
        .route(
            "/tiny",
            Response::html("<html><body><p>This page does not exist.</p></body></html>"),
        )
        .route("/bare", Response::html("This page does not exist."))
        .route(
            "/site-title",
            Response::html(
                "<html><head><title>Harbour Gazette</title><script>var x = 1;</script>\
                 </head><body><p>Sorry, this page does not exist.</p><p><a href='/'>Home</a>\
                 </p></body></html>",
            ),
        )
        .route(
            "/nothing",
            Response::html(
                "<html><head><title>Nothing here | Gazette</title></head><body><h1>Nothing \
                 to see here</h1><p>The article you are looking for has been removed or \
                 never existed.</p></body></html>",
            ),
        )
        // Small pages that only mention such words stay `ok`.
        .route(
            "/quoted",
            Response::html(
                "<html><head><title>Error messages</title></head><body><p>The message \
                 \u{201C}this page does not exist\u{201D} confused half the testers.</p>\
                 </body></html>",
            ),
        )
        .route(
            "/brief",
            Response::html(
                "<html><head><title>Lost umbrella</title></head><body><p>The umbrella left \
                 on the number 9 bus has still not been found, the depot said.</p>\
                 </body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/tiny", "/bare", "/site-title", "/nothing"] {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Soft404,
            "the page's only text says",
            0,
        );
    }
    for path in ["/quoted", "/brief"] {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
}

#[tokio::test]
async fn a_removal_notice_in_the_main_heading_is_said_to_be_there() {
    let s = Server::builder()
        .route(
            "/removed",
            Response::html(
                "<html><head><title>Harbour Gazette</title></head><body><h1>Content \
                 unavailable</h1><p>This article has been removed.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/removed")).await,
        LinkStatus::Soft404,
        "the page's main heading says “Content unavailable”",
        0,
    );
}
