//! The fifty-fifth session's fetching: a page a quote is read on and also reached by a plain
//! link is asked once.

use citecheck::server::{Response, Server};

use crate::support::{json, write, Cli};

/// `check` of `a.md` in `d` as JSON, its one quotation verified.
fn checked_with_one_verified_quote(d: &std::path::Path) -> serde_json::Value {
    let out = Cli::in_dir(d, &["check", "--no-config", "a.md", "--format", "json"]).run();
    let report = json(&out);
    let quotes = report["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), 1, "{report:#}");
    assert_eq!(quotes[0]["verdict"], "verified", "{report:#}");
    report
}

/// The report's link whose URL ends with `end`.
fn link_ending<'r>(report: &'r serde_json::Value, end: &str) -> &'r serde_json::Value {
    report["links"]
        .as_array()
        .expect("links")
        .iter()
        .find(|l| l["url"].as_str().is_some_and(|u| u.ends_with(end)))
        .unwrap_or_else(|| panic!("no link ending {end} in {report:#}"))
}

/// The plain link to `/minutes#item-4` and the quotation's note citing `/minutes` are one
/// request (a fragment is never sent): the page is asked once, its body read for the
/// quotation and its anchors for the link.
#[test]
fn a_page_linked_plainly_and_read_for_a_quote_is_asked_once() {
    let server = Server::builder()
        .route(
            "/minutes",
            Response::html(
                "<html><body><h2 id=\"item-4\">Item 4</h2><p>The committee agreed that the \
                 ferry timetable would be reviewed before the summer season.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let page = server.url("/minutes");
    write(
        d,
        "a.md",
        format!(
            "# Ferries\n\nSee [item 4 of the minutes]({page}#item-4) for the background.\n\n\
             The committee said “the ferry timetable would be reviewed before the summer \
             season”.[^1]\n\n[^1]: Harbour Committee, minutes, <{page}>.\n"
        ),
    );
    let report = checked_with_one_verified_quote(d);
    let anchored = link_ending(&report, "#item-4");
    assert_eq!(anchored["status"], "ok", "{anchored:#}");
    assert_eq!(server.hits("/minutes"), 1, "{report:#}");
}

/// A plain link to `/agenda`, which redirects to `/minutes`, comes first; the quotation's note
/// cites `/minutes` itself. The redirect's hop to `/minutes` was asked without a body, and the
/// quotation's page asked again with one: two requests for one page. The run now knows
/// before it starts which pages a quotation reads, and a hop to one of them asks for its
/// body, the answer serving both.
#[test]
fn a_redirect_to_a_page_a_quote_reads_asks_it_once() {
    let server = Server::builder()
        .route("/agenda", Response::redirect(302, "/minutes"))
        .route(
            "/minutes",
            Response::html(
                "<html><body><p>The committee agreed that the ferry timetable would be \
                 reviewed before the summer season.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Ferries\n\nThe [agenda]({}) moved to the minutes.\n\n\
             The committee said “the ferry timetable would be reviewed before the summer \
             season”.[^1]\n\n[^1]: Harbour Committee, minutes, <{}>.\n",
            server.url("/agenda"),
            server.url("/minutes"),
        ),
    );
    let report = checked_with_one_verified_quote(d);
    let agenda = link_ending(&report, "/agenda");
    assert_eq!(agenda["status"], "redirected", "{agenda:#}");
    assert_eq!(server.hits("/agenda"), 1);
    assert_eq!(server.hits("/minutes"), 1, "{report:#}");
}
