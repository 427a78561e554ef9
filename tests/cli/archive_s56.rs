//! The fifty-sixth session's held-out evaluation of republishing old articles: with
//! `--cache`, a dead page a quote cites was fetched again on every run (the cache answered
//! only with a page's body, and a dead page has none), and `--suggest-archive` asked the
//! archive's availability API again on every run; and a copy the archive offered that is
//! itself the site's not-found page stayed on the dead link as the copy to use.

use citecheck::model::{LinkStatus, Verdict};
use citecheck::server::{Response, RunningServer, Server};

use crate::support::{quote_containing, Cli};

fn bind(b: citecheck::server::ServerBuilder) -> RunningServer {
    b.bind("127.0.0.1:0").expect("bind loopback")
}

/// The availability API's answer offering `copy`, captured at `stamp`.
fn availability(copy: &str, stamp: &str) -> Response {
    Response::text(format!(
        "{{\"archived_snapshots\": {{\"closest\": {{\"available\": true, \"status\": \"200\", \
         \"timestamp\": \"{stamp}\", \"url\": \"{copy}\"}}}}}}"
    ))
    .header("content-type", "application/json")
}

/// `citecheck check` on `article` in `dir` with the JSON report and `extra` options.
fn check_in(dir: &std::path::Path, article: &str, extra: &[&str]) -> citecheck::model::Report {
    std::fs::write(dir.join("story.md"), article).expect("write article");
    let mut args = vec![
        "check",
        "--no-config",
        "story.md",
        "--format",
        "json",
        "--timeout",
        "2s",
        "--max-retries",
        "0",
    ];
    args.extend_from_slice(extra);
    Cli::in_dir(dir, &args).run().report()
}

#[test]
fn a_dead_page_a_quote_cites_and_its_archive_answer_come_from_the_cache() {
    let live = bind(Server::builder().route("/pier", Response::status(404)));
    let l = live.base_url();
    let archive = bind(Server::builder().route(
        &format!("/web/20180302080000/{l}/pier"),
        Response::html(
            "<main><p>The pier will reopen to anglers once the railings are replaced \
             along its whole length.</p></main>",
        ),
    ));
    let copy = archive.url(&format!("/web/20180302080000/{l}/pier"));
    let api =
        bind(Server::builder().route("/wayback/available", availability(&copy, "20180302080000")));
    let api_url = api.url("/wayback/available");
    let dir = tempfile::tempdir().expect("temp dir");
    let article = format!(
        "# The pier\n\nThe trust said \u{201C}the pier will reopen to anglers once the \
         railings are replaced\u{201D}.[^1]\n\n\
         [^1]: Pier trust, {l}/pier. Retrieved 2 March 2018.\n"
    );
    let cache = dir.path().join("links.cache");
    let cache = cache.to_str().expect("utf-8 path");
    let args = [
        "--cache",
        "--cache-path",
        cache,
        "--suggest-archive",
        "--archive-api",
        &api_url,
    ];
    let first = check_in(dir.path(), &article, &args);
    let second = check_in(dir.path(), &article, &args);
    assert_eq!(live.hits("/pier"), 1, "the dead page is asked once");
    assert_eq!(api.total_hits(), 1, "the archive is asked once");
    for report in [&first, &second] {
        let pier = report
            .links
            .iter()
            .find(|x| x.url.ends_with("/pier"))
            .expect("the dead link");
        assert_eq!(pier.status, LinkStatus::Dead);
        assert_eq!(
            pier.archived_copy.as_ref().map(|c| c.url.as_str()),
            Some(copy.as_str()),
            "{pier:#?}"
        );
        let q = quote_containing(report, "pier will reopen");
        assert_eq!(q.verdict, Verdict::Verified, "{q:#?}");
    }
    let pier = second
        .links
        .iter()
        .find(|x| x.url.ends_with("/pier"))
        .expect("the dead link");
    assert!(pier.cached, "{pier:#?}");
}

#[test]
fn a_copy_that_is_itself_a_not_found_page_is_not_offered() {
    let live = bind(Server::builder().route("/lido", Response::status(404)));
    let l = live.base_url();
    let archive = bind(Server::builder().route(
        &format!("/web/20190815120000/{l}/lido"),
        Response::html(
            "<html><head><title>Page not found</title></head><body><main>\
             <h1>Page not found</h1><p>Sorry, we could not find the page you were \
             looking for.</p></main></body></html>",
        ),
    ));
    let copy = archive.url(&format!("/web/20190815120000/{l}/lido"));
    let api =
        bind(Server::builder().route("/wayback/available", availability(&copy, "20190815120000")));
    let api_url = api.url("/wayback/available");
    let dir = tempfile::tempdir().expect("temp dir");
    let article = format!(
        "# The lido\n\nThe council said \u{201C}the lido will stay open until the end of \
         September every year\u{201D}.[^1]\n\n\
         [^1]: Leisure services, {l}/lido. Retrieved 15 August 2019.\n"
    );
    let report = check_in(
        dir.path(),
        &article,
        &["--suggest-archive", "--archive-api", &api_url],
    );
    let lido = report
        .links
        .iter()
        .find(|x| x.url.ends_with("/lido"))
        .expect("the dead link");
    assert_eq!(lido.status, LinkStatus::Dead);
    assert!(lido.archived_copy.is_none(), "{lido:#?}");
    assert!(
        lido.detail.contains("itself a not-found page") && lido.detail.contains(&copy),
        "{}",
        lido.detail
    );
    let q = quote_containing(&report, "lido will stay open");
    assert_eq!(q.verdict, Verdict::Unverifiable, "{q:#?}");
}
