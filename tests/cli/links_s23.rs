//! Regressions of the twenty-third session's link evaluation (fragments on a page cut at
//! `--max-body`, soft 404s by headline, the fragment of `use_instead`, text fragments):
//! each test ran the binary and failed before its fix.

use citecheck::model::{FragmentStatus, LinkResult, LinkStatus, Report};
use citecheck::server::{Response, RunningServer, Server};

use crate::support::{write, Cli};

/// Checks `article` (`BASE` standing for the server) with the binary: JSON, 2 s timeout,
/// no retries, `extra` arguments after.
fn check(server: &RunningServer, article: &str, extra: &[&str]) -> Report {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "notes.md",
        article.replace("BASE", &server.base_url()),
    );
    let mut args = vec![
        "check",
        "--no-config",
        "notes.md",
        "--format",
        "json",
        "--timeout",
        "2s",
        "--max-retries",
        "0",
    ];
    args.extend_from_slice(extra);
    Cli::in_dir(dir.path(), &args).run().report()
}

/// The entry whose URL is `url` (panics, listing them, if none).
fn entry<'a>(report: &'a Report, url: &str) -> &'a LinkResult {
    report
        .links
        .iter()
        .find(|l| l.url == url)
        .unwrap_or_else(|| panic!("no entry for {url}: {:#?}", report.links))
}

/// A long reference page: anchors near the top, one at the very end, about 150 KB between.
fn long_reference_page() -> String {
    let filler = "<p>Gauge readings for the upper reach, hour by hour, as logged by the \
                  volunteer network and checked against the agency's own record.</p>\n"
        .repeat(1200);
    format!(
        "<!DOCTYPE html><html><head><title>Gauge log 2024</title></head><body>\
         <h1>Gauge log 2024</h1><nav><a href=\"#summary\">Summary</a></nav>\
         <h2 id=\"summary\">Summary</h2><p>Levels peaked in February.</p>\
         <h2 id=\"stations\">Stations</h2>{filler}\
         <h2 id=\"corrections\">Corrections</h2><p>None so far.</p></body></html>"
    )
}

/// Regression: a page cut at `--max-body`, cited at an anchor inside the part read and at
/// one past the cut, left both `fragment: null`, and every entry for the page (the plain
/// link too) carried the note about the anchor past the cut. Now each form written gets
/// its own finding and only its own note: found when in the part read, not checked (never
/// missing) past the cut; the plain link has neither. The page is still fetched once.
#[test]
fn each_anchor_of_a_page_cut_at_max_body_gets_its_own_finding() {
    let server = Server::builder()
        .route("/gauges", Response::html(long_reference_page()))
        .bind("127.0.0.1:0")
        .expect("bind");
    let report = check(
        &server,
        "# Gauges\n\n\
         The [summary](BASE/gauges#summary) and the [station list](BASE/gauges#stations)\n\
         agree; see the [corrections](BASE/gauges#corrections) and the [log](BASE/gauges).\n\
         Its [errata](BASE/gauges#errata) are not linked from the top.\n",
        &["--max-body", "16KiB"],
    );
    assert_eq!(server.hits("/gauges"), 1, "one GET for every fragment");
    let u = |f: &str| format!("{}/gauges{f}", server.base_url());
    for found in ["#summary", "#stations"] {
        let e = entry(&report, &u(found));
        assert_eq!(e.status, LinkStatus::Ok);
        assert_eq!(
            e.fragment,
            Some(FragmentStatus::Found),
            "{found}: {}",
            e.detail
        );
        assert_eq!(e.detail, "HTTP 200 OK", "{found}");
        assert!(e.missing_fragments.is_empty());
    }
    for past in ["corrections", "errata"] {
        let e = entry(&report, &u(&format!("#{past}")));
        assert_eq!(e.status, LinkStatus::Ok);
        assert_eq!(e.fragment, None, "#{past} past the cut proves nothing");
        assert_eq!(
            e.detail,
            format!(
                "HTTP 200 OK; fragment not checked: anchor #{past} is not in the first 16384 \
                 bytes read (the page was cut at --max-body)"
            )
        );
        assert!(e.missing_fragments.is_empty());
    }
    let plain = entry(&report, &u(""));
    assert_eq!(
        (plain.fragment, plain.detail.as_str()),
        (None, "HTTP 200 OK")
    );
    assert_eq!(report.summary.links, 5);
}

/// Regression: a local HTML file larger than `--max-body` was searched for anchors in the
/// part read only, and an anchor past the cut was reported missing. It is not checked now,
/// as for a fetched page; one in the part read is found.
#[test]
fn an_anchor_past_the_cut_of_a_local_file_is_not_missing() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "log.html", long_reference_page());
    write(
        dir.path(),
        "notes.md",
        "See [the summary](log.html#summary) and [the corrections](log.html#corrections).\n",
    );
    let report = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "notes.md",
            "--format",
            "json",
            "--max-body",
            "16KiB",
        ],
    )
    .run()
    .report();
    let by_end = |end: &str| {
        report
            .links
            .iter()
            .find(|l| l.url.ends_with(end))
            .unwrap_or_else(|| panic!("no entry ending {end}: {:#?}", report.links))
    };
    let summary = by_end("log.html#summary");
    assert_eq!(
        summary.fragment,
        Some(FragmentStatus::Found),
        "{}",
        summary.detail
    );
    assert_eq!(summary.detail, "file exists");
    let late = by_end("log.html#corrections");
    assert_eq!(late.status, LinkStatus::Ok);
    assert_eq!(late.fragment, None, "{}", late.detail);
    assert!(
        late.detail
            .contains("anchor #corrections is not in the first 16384 bytes read"),
        "{}",
        late.detail
    );
}

/// Many paragraphs of an article's prose.
fn article_body(headline: &str) -> String {
    let para = "<p>Shop owners lose customers every time a product link leads nowhere, and \
                few of them notice it until the quarterly figures arrive on their desk.</p>";
    format!(
        "<!DOCTYPE html><html><head><title>{headline} | Shopkeeper Weekly</title></head>\
         <body><article><h1>{headline}</h1>{}</article></body></html>",
        para.repeat(8)
    )
}

/// Regression: an article titled "Why ‘page not found’ errors cost retailers millions" was
/// a soft 404: the not-found phrase matched anywhere in a title. A phrase in quotation
/// marks is mentioned, not said; one inside a longer headline counts only on a page with
/// little prose. Not-found pages (short, or the phrase their title's whole part) still are.
#[test]
fn an_article_about_not_found_errors_is_no_soft_404() {
    let not_found_with_teasers = format!(
        "<!DOCTYPE html><html><head><title>Page not found | Shopkeeper Weekly</title></head>\
         <body><h1>Page not found</h1><p>Try one of our latest stories instead.</p>{}\
         </body></html>",
        "<p>Our columnist on why the high street keeps reinventing itself, and what the \
         numbers from the last three winters say about the independents.</p>"
            .repeat(6)
    );
    let server = Server::builder()
        .route(
            "/quoted",
            Response::html(article_body(
                "How \u{2018}page not found\u{2019} screens cost bookshops their readers",
            )),
        )
        .route(
            "/unquoted",
            Response::html(article_body("Why page not found errors drive buyers away")),
        )
        .route(
            "/guillemets",
            Response::html(article_body(
                "\u{ab} Page introuvable \u{bb} : enqu\u{ea}te sur les liens morts",
            )),
        )
        .route("/teasers", Response::html(not_found_with_teasers))
        .route(
            "/sorry",
            Response::html(
                "<html><head><title>Sorry, the page you were looking for could not be found \
                 on Shopkeeper Weekly</title></head><body><p>Search the archive.</p></body>\
                 </html>",
            ),
        )
        .route(
            "/es",
            Response::html(
                "<html><head><title>P\u{e1}gina no encontrada - El Comercio</title></head>\
                 <body><h1>Lo sentimos</h1></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let report = check(
        &server,
        "# Retail\n\n[a](BASE/quoted), [b](BASE/unquoted), [c](BASE/guillemets),\n\
         [d](BASE/teasers), [e](BASE/sorry), [f](BASE/es).\n",
        &[],
    );
    for (path, status) in [
        ("/quoted", LinkStatus::Ok),
        ("/unquoted", LinkStatus::Ok),
        ("/guillemets", LinkStatus::Ok),
        ("/teasers", LinkStatus::Soft404),
        ("/sorry", LinkStatus::Soft404),
        ("/es", LinkStatus::Soft404),
    ] {
        let e = entry(&report, &server.url(path));
        assert_eq!(e.status, status, "{path}: {}", e.detail);
    }
}

/// Regression: `use_instead` after a permanent redirect dropped the link's fragment:
/// `/old-guide#setup` (301 to `/guide`) said to use `/guide`, and an editor replacing the
/// link lost the section. The fragment is kept now, as a browser keeps it across the
/// redirect, unless the redirect's `Location` names its own fragment, which wins; each form
/// written gets its own `use_instead`, in the detail too.
#[test]
fn use_instead_keeps_the_fragment_of_the_link() {
    let guide = "<html><head><title>Guide</title></head><body><h2 id=\"setup\">Setup</h2>\
                 <h2 id=\"install\">Install</h2><p>Steps.</p></body></html>";
    let server = Server::builder()
        .route("/old-guide", Response::redirect(301, "/guide"))
        .route("/old-install", Response::redirect(308, "/guide#install"))
        .route("/guide", Response::html(guide))
        .bind("127.0.0.1:0")
        .expect("bind");
    let report = check(
        &server,
        "# Setup\n\nSee [setup](BASE/old-guide#setup), [install](BASE/old-guide#install),\n\
         [the guide](BASE/old-guide) and [the install notes](BASE/old-install#steps).\n",
        &[],
    );
    let u = |p: &str| server.url(p);
    for (written, instead) in [
        ("/old-guide#setup", "/guide#setup"),
        ("/old-guide#install", "/guide#install"),
        ("/old-guide", "/guide"),
        ("/old-install#steps", "/guide#install"),
    ] {
        let e = entry(&report, &u(written));
        assert_eq!(e.status, LinkStatus::Redirected, "{written}: {}", e.detail);
        assert_eq!(
            e.use_instead.as_deref(),
            Some(u(instead).as_str()),
            "{written}"
        );
        assert!(
            e.detail
                .contains(&format!("permanent redirect: use {} instead", u(instead))),
            "{written}: {}",
            e.detail
        );
    }
}

/// A permanent redirect followed by a temporary one (`301 → 302 → 200`): `use_instead` is
/// the 301's target, the page's lasting address, not the final URL the 302 sends readers
/// to for now; the detail now says why, since the report also names that final URL.
#[test]
fn a_permanent_then_temporary_chain_says_why_its_first_target_is_the_one_to_cite() {
    let server = Server::builder()
        .route("/v1/report", Response::redirect(301, "/v2/report"))
        .route("/v2/report", Response::redirect(302, "/cdn/abc123/report"))
        .route(
            "/cdn/abc123/report",
            Response::html(
                "<html><head><title>Report</title></head><body><p>Ok.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let report = check(&server, "# R\n\nThe [report](BASE/v1/report).\n", &[]);
    let e = entry(&report, &server.url("/v1/report"));
    assert_eq!(e.status, LinkStatus::Redirected);
    assert_eq!(
        e.final_url.as_deref(),
        Some(server.url("/cdn/abc123/report").as_str())
    );
    assert_eq!(
        e.use_instead.as_deref(),
        Some(server.url("/v2/report").as_str())
    );
    assert!(
        e.detail.contains("sends readers on only temporarily (302)"),
        "{}",
        e.detail
    );
}

/// Regression: a link to a text fragment (`page#:~:text=…`, a browser's directive to
/// highlight a passage) was reported under the plain page URL, losing the form written.
/// It keeps its URL as written now, and is never checked as an anchor; an anchor before a
/// directive (`#sec:~:text=…`) is checked.
#[test]
fn a_text_fragment_link_keeps_its_url_as_written() {
    let server = Server::builder()
        .route(
            "/levels",
            Response::html(
                "<html><head><title>River levels</title></head><body>\
                 <h2 id=\"winter\">Winter</h2><p>The river rose in January.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let report = check(
        &server,
        "# Levels\n\nIt [rose](BASE/levels#:~:text=river%20rose) in\n\
         [winter](BASE/levels#winter:~:text=January), per [the page](BASE/levels).\n",
        &[],
    );
    assert_eq!(server.hits("/levels"), 1);
    let text = entry(&report, &server.url("/levels#:~:text=river%20rose"));
    assert_eq!((text.status, text.fragment), (LinkStatus::Ok, None));
    assert_eq!(text.detail, "HTTP 200 OK");
    let sec = entry(&report, &server.url("/levels#winter:~:text=January"));
    assert_eq!(sec.fragment, Some(FragmentStatus::Found), "{}", sec.detail);
    let plain = entry(&report, &server.url("/levels"));
    assert_eq!(plain.fragment, None);
    assert_eq!(report.links.len(), 3);
}
