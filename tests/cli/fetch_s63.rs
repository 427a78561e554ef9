//! The sixty-third session's fetching, end to end: a page cited several times (twice as
//! written, with fragments, with a quote needing its text, under a host name in capitals)
//! is asked for once.

use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::support::check_on;

#[test]
fn a_page_cited_several_ways_is_asked_for_once() {
    let para = "The harbour board said the wall was repaired in the spring after the storm. ";
    let server = Server::builder()
        .route(
            "/a",
            Response::html(format!(
                "<title>A</title><h2 id=one>One</h2><p>{}</p><h2 id=two>Two</h2>",
                para.repeat(12)
            )),
        )
        .route(
            "/b",
            Response::html(format!("<title>B</title><p>{}</p>", para.repeat(12))),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let local = server.base_url().replace("127.0.0.1", "localhost");
    let upper = server.base_url().replace("127.0.0.1", "LOCALHOST");
    let article = format!(
        "# Harbour\n\nThe board said “the wall was repaired in the spring”.[^1] See \
         [the report](BASE/a), [again](BASE/a), [part one](BASE/a#one), \
         [part two](BASE/a#two), [B]({local}/b) and [B again]({upper}/b).\n\n\
         [^1]: Harbour Board, <BASE/a>.\n"
    );
    let report = check_on(&server, &article);
    for l in &report.links {
        assert_eq!(l.status, LinkStatus::Ok, "{}: {}", l.url, l.detail);
    }
    assert_eq!(server.hits("/a"), 1, "{:#?}", report.links);
    assert_eq!(server.hits("/b"), 1, "{:#?}", report.links);
}
