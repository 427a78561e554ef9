//! Regressions from the thirty-seventh session's held-out evaluation of fetching: each case
//! is run by the real binary against pages served on a loopback server, and each gave a
//! wrong verdict or exit status before its fix.

use citecheck::model::{LinkStatus, Verdict};
use citecheck::server::{Response, Server};

use crate::support::{check_article, quote_containing, Cli};

/// Regression: an article URL that answered `200` with a not-found page (or fell back to
/// the home page) was read as the article: a few navigation links, no quote, and a pass.
/// It is an input error (exit 2) naming the URL, as a 404 is; a real article is read.
#[test]
fn an_article_url_that_is_a_not_found_page_is_an_error() {
    let not_found = "<html><head><title>Page not found | Daily Ledger</title></head><body>\
        <nav><a href=\"/\">Home</a></nav><h1>Page not found</h1><p>Try the search.</p>\
        </body></html>";
    let article = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry \
        timetable</h1><p>The clerk said the timetable changes in June.</p></body></html>";
    let server = Server::builder()
        .route("/news/2020/vanished", Response::html(not_found))
        .route("/news/2021/moved", Response::redirect(301, "/"))
        .route("/", Response::html(article))
        .route("/news/ferry", Response::html(article))
        .bind("127.0.0.1:0")
        .expect("bind");
    for path in ["/news/2020/vanished", "/news/2021/moved"] {
        for cmd in ["check", "extract"] {
            let url = server.url(path);
            let out = Cli::new(&[cmd, "--no-config", &url]).run();
            assert_eq!(out.code, 2, "{cmd} {path}: {}", out.stderr);
            assert!(
                out.stderr.contains(&format!("cannot fetch {url}")),
                "{cmd}: {}",
                out.stderr
            );
        }
    }
    let out = Cli::new(&["extract", "--no-config", &server.url("/news/ferry")]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
}

/// Regression: a page in UTF-8 sent as `charset=iso-8859-1` was read as labelled, so a
/// faithful quote was `altered`, `Café` against `CafÃ©` and `€1,200` a "currency changed".
#[test]
fn a_utf8_page_labelled_latin1_verifies() {
    let page =
        "<html><head><title>Tariffs</title></head><body><h1>Tariffs</h1><p>\u{201c}Caf\u{e9} \
        owners on Rue \u{c9}mile say the new tariffs cost them \u{20ac}1,200 a month,\u{201d} \
        the chamber said.</p></body></html>";
    let report = check_article(
        vec![(
            "/tariffs",
            Response::status(200)
                .header("content-type", "text/html; charset=iso-8859-1")
                .body(page),
        )],
        "# Tariffs\n\nThe chamber said \"Caf\u{e9} owners on Rue \u{c9}mile say the new tariffs \
         cost them \u{20ac}1,200 a month\" ([chamber](BASE/tariffs)).\n",
    );
    let r = quote_containing(&report, "owners on Rue");
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    let link = report.links.iter().find(|l| l.url.ends_with("/tariffs"));
    assert_eq!(link.map(|l| l.status), Some(LinkStatus::Ok));
}

/// Regression: a quote verified on a page reached by a meta refresh had its evidence link
/// on the cited URL (`/meta/redirecting#:~:text=…`), but a refresh drops the highlight:
/// the link now opens the page reached. An HTTP redirect, which browsers carry a fragment
/// across, keeps the cited URL.
#[test]
fn evidence_after_a_refresh_links_the_page_reached() {
    let maps = "<html><head><title>Flood maps</title></head><body><h1>Flood maps</h1><p>The \
        agency said the new flood maps will be published before the autumn storms.</p>\
        </body></html>";
    let report = check_article(
        vec![
            (
                "/meta/redirecting",
                Response::html(
                    "<html><head><meta http-equiv=\"refresh\" content=\"0; url=/maps/flood\">\
                     </head><body>Redirecting…</body></html>",
                ),
            ),
            ("/old/maps", Response::redirect(301, "/maps/flood")),
            ("/maps/flood", Response::html(maps)),
        ],
        "# Maps\n\nThe agency said \"the new flood maps will be published before the autumn \
         storms\" ([maps](BASE/meta/redirecting)). It repeated that \"the new flood maps will \
         be published\" ([maps](BASE/old/maps)).\n",
    );
    let r = quote_containing(&report, "before the autumn");
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    let link = r.fragment_link.as_deref().unwrap_or("");
    assert!(link.contains("/maps/flood#:~:text="), "{link}");
    let r = report
        .quotes
        .iter()
        .find(|q| q.text == "the new flood maps will be published")
        .expect("the second quote");
    let link = r.fragment_link.as_deref().unwrap_or("");
    assert!(link.contains("/old/maps#:~:text="), "{link}");
}

/// Regression (configuration evaluation): in `--glob` and `--exclude-path` a `*` crossed
/// folders, so `docs/*.md` also read `docs/guide/advanced/tuning.md`; it stays within one
/// folder now, as in `.gitignore`, and `**` crosses them.
#[test]
fn a_star_in_a_glob_stays_within_one_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    for f in ["docs/a.md", "docs/guide/b.md", "blog/2024/c.md"] {
        crate::support::write(d, f, "A page with [a link](https://example.org/x).\n");
    }
    let files = |glob: &str| {
        let out = Cli::in_dir(
            d,
            &[
                "extract",
                "--no-config",
                ".",
                "--glob",
                glob,
                "--format",
                "json",
            ],
        )
        .run();
        assert_eq!(out.code, 0, "{glob}: {}", out.stderr);
        let mut names: Vec<String> = crate::support::files(&out)
            .iter()
            .map(|f| f.strip_prefix("./").unwrap_or(f).to_string())
            .collect();
        names.sort();
        names
    };
    assert_eq!(files("docs/*.md"), ["docs/a.md"]);
    assert_eq!(files("docs/**/*.md"), ["docs/a.md", "docs/guide/b.md"]);
    assert_eq!(files("*.md").len(), 3, "a name alone matches at any depth");
}

/// Regression (configuration evaluation): a config file's `exclude-path` was matched
/// against the folder walked only, so a run from a sub-folder (an editor hook, a CI step
/// that `cd`s) read the files the team had excluded. The config's globs also match the
/// path inside the config file's folder.
#[test]
fn a_config_files_exclusions_hold_from_a_sub_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    for f in ["docs/a.md", "docs/guide/advanced/tuning.md", "drafts/x.md"] {
        crate::support::write(d, f, "A page with [a link](https://example.org/x).\n");
    }
    crate::support::write(
        d,
        "citecheck.toml",
        "exclude-path = [\"drafts/**\", \"docs/guide/advanced/**\"]\n",
    );
    let docs = |cwd: &std::path::Path| {
        let out = Cli::in_dir(cwd, &["extract", ".", "--format", "json"]).run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        crate::support::files(&out)
    };
    let from_root = docs(d);
    assert_eq!(from_root.len(), 1, "{from_root:?}");
    let from_docs = docs(&d.join("docs"));
    assert_eq!(from_docs.len(), 1, "{from_docs:?}");
    assert!(from_docs[0].ends_with("a.md"), "{from_docs:?}");
}

/// Regression (configuration evaluation): a root-relative link read from standard input
/// was left as written with `--root-dir` given, and reported "give --root-dir … to check
/// it": standard input's text is local, as a file's is.
#[test]
fn root_dir_places_root_relative_links_of_standard_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    crate::support::write(dir.path(), "static/img/logo.png", "png");
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "-",
            "--input-format",
            "html",
            "--no-config",
            "--root-dir",
            "static",
            "--format",
            "json",
        ],
    )
    .stdin("<p><img src=\"/img/logo.png\"> <a href=\"/gone.html\">gone</a></p>\n")
    .run();
    let report = out.report();
    let statuses: Vec<(String, LinkStatus)> = report
        .links
        .iter()
        .map(|l| (l.url.rsplit('/').next().unwrap_or("").to_string(), l.status))
        .collect();
    assert!(
        statuses.contains(&("logo.png".into(), LinkStatus::Ok)),
        "{statuses:?}"
    );
    assert!(
        statuses.contains(&("gone.html".into(), LinkStatus::Dead)),
        "{statuses:?}"
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
}
