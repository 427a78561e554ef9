//! Twenty-ninth session: archived copies (the Wayback Machine's shape, served here by a
//! loopback "archive"), paired with the pages they copy, and `--suggest-archive`.

use citecheck::model::{CopyFoundBy, LinkStatus, Verdict};
use citecheck::server::{Response, RunningServer, Server};

use crate::support::{check_on_with, quote_containing, Cli};

/// An archived page as the Wayback Machine serves it: its toolbar first (whose words are
/// the archive's), then the page.
fn archived(body: &str) -> Response {
    Response::html(format!(
        "<html><head><title>Archived</title></head><body>\
         <!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp\">The Wayback Machine. \
         Captured 12 times between 2019 and 2021. About this capture. The harbour dues were \
         doubled without any warning to the fishing crews.</div>\
         <!-- END WAYBACK TOOLBAR INSERT --><main>{body}</main></body></html>"
    ))
}

/// Checks `article` (Markdown) with the real binary: JSON report, 2 s timeout, no retries,
/// `extra` options added.
fn run_check(article: &str, extra: &[&str]) -> crate::support::Output {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("article.md"), article).expect("write article");
    let mut args = vec![
        "check",
        "--no-config",
        "article.md",
        "--format",
        "json",
        "--timeout",
        "2s",
        "--max-retries",
        "0",
    ];
    args.extend_from_slice(extra);
    Cli::in_dir(dir.path(), &args).run()
}

fn bind(b: citecheck::server::ServerBuilder) -> RunningServer {
    b.bind("127.0.0.1:0").expect("bind loopback")
}

/// Regression (eval-archives): an article linking archived copies beside its sources had
/// each copy checked as a page of its own. A copy the Wayback Machine redirects to its
/// nearest time was `redirected`, the toolbar's words could verify a quote, a quote found
/// only on the copy of a page that has changed since said nothing of it, and a dead page
/// did not know the article links a copy. Now: the copy names its original and time, the
/// archive's redirect to its nearest copy is `ok`, the toolbar is no page text, the dead
/// page carries its copy, and a quote resting on a copy says why.
#[test]
fn copies_an_article_links_speak_for_their_pages() {
    let live = bind(
        Server::builder()
            .route("/gone", Response::status(404))
            .route(
                "/changed",
                Response::html(
                    "<main><h1>Harbour</h1><p>The council will review the harbour dues \
                     next spring after talking to the crews.</p></main>",
                ),
            )
            .route(
                "/same",
                Response::html(
                    "<main><p>Boats will be inspected twice a year from now on, the \
                     harbour master said.</p></main>",
                ),
            ),
    );
    let l = live.base_url();
    let archive = bind(
        Server::builder()
            .route(
                &format!("/web/20200505120000/{l}/gone"),
                archived(
                    "<p>The new quay will open in the autumn of next year, weather \
                     permitting.</p>",
                ),
            )
            .route(
                &format!("/web/2020/{l}/changed"),
                Response::redirect(302, &format!("/web/20200506000000/{l}/changed")),
            )
            .route(
                &format!("/web/20200506000000/{l}/changed"),
                archived(
                    "<p>The council has abolished the harbour dues for small boats from \
                     this spring.</p>",
                ),
            )
            .route(
                &format!("/web/20200505120000/{l}/same"),
                archived("<p>Boats will be inspected twice a year from now on.</p>"),
            )
            .route(
                &format!("/web/20190101000000/{l}/never"),
                Response::html("<p>This page has not been archived.</p>").with_status(404),
            ),
    );
    let a = archive.base_url();
    let article = format!(
        "# The harbour\n\n\
         The port authority said \u{201C}the new quay will open in the autumn of next \
         year\u{201D}.[^1]\n\n\
         The council \u{201C}has abolished the harbour dues for small boats\u{201D} \
         ([notice]({l}/changed), [archived]({a}/web/2020/{l}/changed)).\n\n\
         The master said \u{201C}boats will be inspected twice a year from now on\u{201D}.[^2]\n\n\
         Crews said \u{201C}the harbour dues were doubled without any warning to the fishing \
         crews\u{201D}.[^1]\n\n\
         An old page: [never archived]({a}/web/20190101000000/{l}/never).\n\n\
         [^1]: Port authority. \u{201C}Quay works\u{201D}. {l}/gone. Archived from the \
         original: {a}/web/20200505120000/{l}/gone\n\
         [^2]: Harbour master's notice, {l}/same, archived at \
         {a}/web/20200505120000/{l}/same\n"
    );
    let out = run_check(&article, &[]);
    let report = out.report();
    let link = |u: &str| {
        report
            .links
            .iter()
            .find(|x| x.url == u)
            .unwrap_or_else(|| panic!("no link {u}: {:#?}", report.links))
    };

    // The dead page knows the article's copy; the copy its original and time.
    let gone = link(&format!("{l}/gone"));
    assert_eq!(gone.status, LinkStatus::Dead);
    let copy = gone.archived_copy.as_ref().expect("the article's copy");
    assert_eq!(copy.url, format!("{a}/web/20200505120000/{l}/gone"));
    assert_eq!(copy.found_by, CopyFoundBy::Article);
    assert_eq!(copy.archived_at.as_deref(), Some("2020-05-05T12:00:00Z"));
    assert!(gone.detail.contains(&copy.url), "{}", gone.detail);
    let c = link(&copy.url);
    assert_eq!(c.archive_of.as_deref(), Some(format!("{l}/gone").as_str()));

    // The archive's redirect to its nearest copy of the same page is nothing to fix.
    let nearest = link(&format!("{a}/web/2020/{l}/changed"));
    assert_eq!(nearest.status, LinkStatus::Ok, "{nearest:#?}");
    assert!(nearest.detail.contains("6 May 2020"), "{}", nearest.detail);
    assert_eq!(nearest.archived_at.as_deref(), Some("2020"));
    // A copy the archive does not have is dead, and says so.
    let never = link(&format!("{a}/web/20190101000000/{l}/never"));
    assert_eq!(never.status, LinkStatus::Dead);
    assert!(never.detail.contains("no copy"), "{}", never.detail);

    // Found only on the copy of a dead page.
    let r = quote_containing(&report, "new quay");
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(r.checked_url.as_deref(), Some(copy.url.as_str()));
    assert!(
        r.detail.contains("archived copy of 5 May 2020") && r.detail.contains("dead"),
        "{}",
        r.detail
    );
    // Found only on the copy of a page that has changed since.
    let r = quote_containing(&report, "abolished the harbour dues");
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains(&format!("{l}/changed")) && w.contains("changed after")),
        "{:?}",
        r.warnings
    );
    // Found on the live page: the copy is not mentioned.
    let r = quote_containing(&report, "inspected twice a year");
    assert_eq!(r.verdict, Verdict::Verified);
    assert_eq!(r.checked_url.as_deref(), Some(format!("{l}/same").as_str()));
    assert!(
        r.warnings.is_empty() && !r.detail.contains("archived"),
        "{r:#?}"
    );
    // The archive's toolbar is not the page.
    let r = quote_containing(&report, "doubled without any warning");
    assert_ne!(r.verdict, Verdict::Verified, "{r:#?}");
}

/// The availability API's answer offering `copy`, as the Internet Archive's is shaped.
fn offer(copy: &str, timestamp: &str) -> Response {
    Response::text(format!(
        "{{\"url\": \"x\", \"archived_snapshots\": {{\"closest\": {{\"status\": \"200\", \
         \"available\": true, \"url\": \"{copy}\", \"timestamp\": \"{timestamp}\"}}}}}}"
    ))
    .header("content-type", "application/json")
}

/// `--suggest-archive`: each dead page (only those) is looked up, at the day its note says
/// it was read; the copy offered goes on the link (which stays dead) and in its detail, and
/// a quote whose page is gone is checked there. Without the flag no archive is asked; an
/// API answering garbage leaves everything as it was, and the run goes on.
#[test]
fn suggest_archive_looks_up_gone_pages_and_checks_their_quotes_on_the_copy() {
    let live = bind(
        Server::builder()
            .route("/gone", Response::status(404))
            .route(
                "/here",
                Response::html("<main><p>The ferry will run every hour.</p></main>"),
            ),
    );
    let l = live.base_url();
    let archive = bind(Server::builder().route(
        &format!("/web/20200505101010/{l}/gone"),
        archived("<p>Ticket prices will stay the same until the end of the decade.</p>"),
    ));
    let copy = archive.url(&format!("/web/20200505101010/{l}/gone"));
    let api = bind(Server::builder().route("/wayback/available", offer(&copy, "20200505101010")));
    let api_url = api.url("/wayback/available");
    let article = "# Ferries\n\n\
        The operator said \u{201C}ticket prices will stay the same until the end of the \
        decade\u{201D}.[^1] It added that \u{201C}the ferry will run every hour\u{201D}.[^2]\n\n\
        [^1]: Ferry operator, BASE/gone. Retrieved 5 May 2020.\n\
        [^2]: Timetable, BASE/here.\n";
    let args = [
        "--timeout",
        "2s",
        "--max-retries",
        "0",
        "--suggest-archive",
        "--archive-api",
        &api_url,
    ];
    let report = check_on_with(&live, article, &args);
    assert_eq!(api.total_hits(), 1, "only the dead page is looked up");
    let asked = citecheck::archive::availability_url(
        "/wayback/available",
        &format!("{l}/gone"),
        Some("20200505"),
    );
    assert_eq!(
        api.hits(&asked),
        1,
        "asked at the day the note was read: {asked}"
    );
    let gone = report
        .links
        .iter()
        .find(|x| x.url.ends_with("/gone"))
        .expect("the dead link");
    assert_eq!(
        gone.status,
        LinkStatus::Dead,
        "still dead: the article needs fixing"
    );
    let offered = gone.archived_copy.as_ref().expect("the copy offered");
    assert_eq!(offered.url, copy);
    assert_eq!(offered.found_by, CopyFoundBy::Lookup);
    assert_eq!(offered.archived_at.as_deref(), Some("2020-05-05T10:10:10Z"));
    assert!(gone.detail.contains(&copy), "{}", gone.detail);
    let r = quote_containing(&report, "ticket prices");
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(r.checked_url.as_deref(), Some(copy.as_str()));
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("--suggest-archive") && w.contains("5 May 2020")),
        "{:?}",
        r.warnings
    );
    assert_eq!(
        quote_containing(&report, "every hour").verdict,
        Verdict::Verified
    );

    // Without the flag: nothing asked, nothing offered.
    let before = api.total_hits();
    let report = check_on_with(&live, article, &args[..4]);
    assert_eq!(
        api.total_hits(),
        before,
        "no archive is asked without --suggest-archive"
    );
    let r = quote_containing(&report, "ticket prices");
    assert_eq!(r.verdict, Verdict::Unverifiable);
    assert!(
        r.detail.contains("--suggest-archive"),
        "a quote whose page is gone says where to look: {}",
        r.detail
    );
    assert!(report.links.iter().all(|x| x.archived_copy.is_none()));

    // An API answering garbage: no copy, the quote unverifiable, a finding (exit 1), not
    // the end of the run.
    let broken = bind(Server::builder().route("/wayback/available", Response::html("<p>busy</p>")));
    let broken_url = broken.url("/wayback/available");
    let out = run_check(
        &article.replace("BASE", &live.base_url()),
        &["--suggest-archive", "--archive-api", &broken_url],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report = out.report();
    assert_eq!(broken.total_hits(), 1);
    assert_eq!(
        quote_containing(&report, "ticket prices").verdict,
        Verdict::Unverifiable
    );
    assert!(report.links.iter().all(|x| x.archived_copy.is_none()));
    // An API that fails (an error status): the gone link says the archive could not be
    // asked (thirty-seventh session: nothing said so, as if it had no copy).
    let failing = bind(Server::builder().route("/wayback/available", Response::status(500)));
    let out = run_check(
        &article.replace("BASE", &live.base_url()),
        &[
            "--suggest-archive",
            "--archive-api",
            &failing.url("/wayback/available"),
        ],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report = out.report();
    assert!(
        report.links.iter().any(|x| x
            .detail
            .contains("the archive could not be asked for a copy")),
        "{:#?}",
        report.links
    );
}

/// A bad `--archive-api` is a usage error naming the option; extraction names an archived
/// copy's original and time.
#[test]
fn archive_api_must_be_a_web_address_and_extract_names_copies() {
    let out = Cli::new(&[
        "check",
        "--no-config",
        "-",
        "--suggest-archive",
        "--archive-api",
        "ftp://x.org/",
    ])
    .stdin("No links.\n")
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("--archive-api"), "{}", out.stderr);
    // Without `--suggest-archive` too, as the config file's `archive-api` always was
    // (thirty-seventh session: exit 0 then).
    let out = Cli::new(&["check", "--no-config", "-", "--archive-api", "ftp://x.org/"])
        .stdin(
            "No links.
",
        )
        .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("--archive-api"), "{}", out.stderr);

    let out = Cli::new(&["extract", "--no-config", "-", "--format", "json"])
        .stdin(
            "See <https://web.archive.org/web/20210302123000/https://example.org/a> and \
             <https://example.org/web/2021/annual-review>.\n",
        )
        .run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let links = v["documents"][0]["links"].as_array().expect("links");
    assert_eq!(links[0]["archive_of"], "https://example.org/a");
    assert_eq!(links[0]["archived_at"], "2021-03-02T12:30:00Z");
    assert!(links[1].get("archive_of").is_none(), "{}", links[1]);
}

/// A quote citing a local file that is missing gets no hint to ask a web archive: no
/// archive keeps a copy of a file beside the article.
#[test]
fn a_missing_local_file_is_no_case_for_an_archive() {
    let out = run_check(
        "# Notes\n\nThe minutes say \u{201C}the ferry will run every hour from May\u{201D} \
         ([minutes](./missing.html)).\n",
        &[],
    );
    let report = out.report();
    let r = quote_containing(&report, "every hour");
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(!r.detail.contains("--suggest-archive"), "{}", r.detail);
}
