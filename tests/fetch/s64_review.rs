//! The sixty-fourth session's review of its maintenance rule: the word alone, a status
//! page's `Scheduled Maintenance` post or a song called `We'll Be Right Back` are pages, not
//! a site down for maintenance.

use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::support::check;

fn page(title: &str, body: &str) -> String {
    format!("<html><head><title>{title}</title></head><body>{body}</body></html>")
}

#[tokio::test]
async fn pages_about_maintenance_are_pages() {
    let s = Server::builder()
        .route(
            "/lift",
            Response::html(page(
                "Maintenance | Acme Lift Company",
                "<h1>Maintenance</h1><p>We service every lift we install twice a year.</p>\
                 <ul><li>Inspection</li><li>Repairs</li></ul>",
            )),
        )
        .route(
            "/status",
            Response::html(page(
                "Scheduled Maintenance | Acme Status",
                "<h1>Scheduled Maintenance</h1><p>The payments service will be slower on \
                 Sunday between two and four.</p>",
            )),
        )
        .route(
            "/song",
            Response::html(page(
                "We'll Be Right Back",
                "<h1>We'll Be Right Back</h1><p>The band's third single came out in May.</p>",
            )),
        )
        .route(
            "/mode",
            Response::html(page(
                "Site in maintenance mode",
                "<p>Please come back later.</p>",
            )),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/lift", "/status", "/song"] {
        let f = check(&s.url(path)).await;
        assert_eq!(f.result.status, LinkStatus::Ok, "{path}: {:?}", f.result);
    }
    let f = check(&s.url("/mode")).await;
    assert_eq!(f.result.status, LinkStatus::Blocked, "{:?}", f.result);
}
