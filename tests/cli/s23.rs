//! Regressions of the twenty-third session (the cache of quoted pages, and what the
//! session's held-out evaluations found): each test failed before its fix.

use citecheck::server::{Response, Server};

use crate::support::{json, write, Cli};

/// Regression: `--cache` kept link results only, so every run fetched again every page a
/// quote cites (a content repository's CI re-read all its sources on every push). Now the
/// second run verifies the same quotes from the cache, with no request, and reports the same
/// verdicts, differing words and metadata warnings.
#[test]
fn a_second_cached_run_verifies_quotes_without_fetching() {
    let server = Server::builder()
        .route(
            "/report",
            Response::html(
                "<html><head><title>Flood Survey 2023</title></head><body><article>\
                 <h1>Flood Survey 2023</h1><p>By Marta Oyelaran</p>\
                 <p>The survey found that most households had no insurance against floods \
                 and that repairs took a median of nine months.</p></article></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Floods\n\nThe survey said \u{201c}most households had no insurance against floods\u{201d}.[^1]\n\
             It added that \u{201c}repairs took a median of six months\u{201d}.[^1]\n\n\
             [^1]: Kofi Mensah, \u{201c}River Levels 2019,\u{201d} {}\n",
            server.url("/report")
        ),
    );
    let run = || {
        Cli::in_dir(
            d,
            &[
                "check",
                "a.md",
                "--no-config",
                "--cache",
                "--format",
                "json",
            ],
        )
        .run()
    };
    let first = run();
    assert_eq!(first.code, 1, "{}", first.stderr);
    assert_eq!(server.hits("/report"), 1);
    let second = run();
    assert_eq!(second.code, 1, "{}", second.stderr);
    assert_eq!(server.hits("/report"), 1, "the page came from the cache");
    let (a, b) = (json(&first), json(&second));
    assert_eq!(b["links"][0]["cached"], true);
    let verdicts = |v: &serde_json::Value| {
        v["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .map(|q| (q["verdict"].clone(), q["differences"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(verdicts(&a), verdicts(&b));
    let vb = verdicts(&b);
    let got: Vec<&str> = vb.iter().map(|(v, _)| v.as_str().unwrap_or("")).collect();
    assert_eq!(got, ["verified", "altered"]);
    assert!(
        !a["metadata_warnings"]
            .as_array()
            .expect("warnings")
            .is_empty(),
        "the note's title and author are not the page's"
    );
    assert_eq!(a["metadata_warnings"], b["metadata_warnings"]);
}

/// The format and quote texts of the one document of an `extract --format json` run.
fn extracted(args: &[&str]) -> (String, Vec<String>, crate::support::Output) {
    let out = Cli::new(args).run();
    let v = json(&out);
    let doc = &v["documents"][0];
    let quotes = doc["quotes"]
        .as_array()
        .map(|qs| {
            qs.iter()
                .map(|q| q["text"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default();
    (
        doc["format"].as_str().unwrap_or("").to_string(),
        quotes,
        out,
    )
}

/// Regression (eval-live): a live article served as `text/plain` under a name with no
/// extension was read as Markdown, so a quotation indented under its introduction was a code
/// block: no quote, and `check` passed with nothing checked. Plain text is read as text
/// unless it is written as Markdown (raw Markdown files are often served as `text/plain`).
#[test]
fn a_plain_text_article_served_as_text_plain_is_read_as_text() {
    let letter = "PARISH BULLETIN, AUTUMN\n\n\
                  The clerk read from the approved minutes (see [1]):\n\n    \
                  The ferry landing will be rebuilt in stone before the winter\n    \
                  storms, and the slipway will stay usable throughout.\n\n\
                  Notes\n\n[1] Parish council minutes, September, https://parish.example.org/minutes\n";
    let markdown =
        "# Bulletin\n\nThe clerk read [the minutes](https://parish.example.org/m):\n\n    \
                    let code = \"not a quotation in a code block\";\n";
    let server = Server::builder()
        .route("/bulletin", Response::text(letter))
        .route("/raw/notes", Response::text(markdown))
        .route("/letter.txt", Response::text(letter))
        .bind("127.0.0.1:0")
        .expect("bind");
    let (format, quotes, out) = extracted(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        &server.url("/bulletin"),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(format, "text");
    assert_eq!(
        quotes,
        ["The ferry landing will be rebuilt in stone before the winter storms, and the slipway will stay usable throughout."]
    );
    // Markdown served as text/plain stays Markdown: its indented code is no quotation.
    let (format, quotes, _) = extracted(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        &server.url("/raw/notes"),
    ]);
    assert_eq!((format.as_str(), quotes.len()), ("markdown", 0));
    let (format, _, _) = extracted(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        &server.url("/letter.txt"),
    ]);
    assert_eq!(format, "text");
}

/// Regression (eval-live): an article URL answering with a "Redirecting…" page (a CMS's
/// meta refresh at an old address) was read as the article: no quote, and `check` passed.
/// The refresh is followed, as for cited pages; relative links resolve against where it
/// led; a refresh loop ends (an error); a refresh to a missing page is an error naming both.
#[test]
fn an_article_url_that_is_a_meta_refresh_stub_is_followed() {
    let stub = |to: &str| {
        Response::html(format!(
            "<html><head><meta http-equiv=\"refresh\" content=\"0; url={to}\">\
             <title>Redirecting\u{2026}</title></head><body><a href=\"{to}\">Click here</a></body></html>"
        ))
    };
    let server = Server::builder()
        .route("/old-slug", stub("/stories/ferry/"))
        .route(
            "/stories/ferry/",
            Response::html(
                "<html><body><article><p>The engineer said \u{201c}the landing will outlast all \
                 of us here today\u{201d} <a href=\"sources/report.html\">in her report</a>.</p>\
                 </article></body></html>",
            ),
        )
        .route("/loop-a", stub("/loop-b"))
        .route("/loop-b", stub("/loop-a"))
        .route("/to-missing", stub("/nowhere"))
        .bind("127.0.0.1:0")
        .expect("bind");
    let out = Cli::new(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        &server.url("/old-slug"),
    ])
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out);
    let doc = &v["documents"][0];
    assert_eq!(doc["file"], server.url("/old-slug"), "named as given");
    assert_eq!(
        doc["quotes"][0]["text"],
        "the landing will outlast all of us here today"
    );
    assert_eq!(
        doc["quotes"][0]["citations"][0]["url"],
        server.url("/stories/ferry/sources/report.html")
    );
    // A loop ends, never hangs: an error naming the URL (see
    // `live_s26::an_article_url_in_a_meta_refresh_loop_is_an_error`).
    let out = Cli::new(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        &server.url("/loop-a"),
    ])
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(server.hits("/loop-a") <= 2 && server.hits("/loop-b") <= 2);
    let out = Cli::new(&["extract", "--no-config", &server.url("/to-missing")]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains(&server.url("/to-missing"))
            && out.stderr.contains(&server.url("/nowhere")),
        "{}",
        out.stderr
    );
}

/// Regression (eval-verify8): a quote on page 2 of an article split over pages, cited to
/// page 1, was `not_found` (a false accusation of misquoting). The cited page's `rel="next"`
/// pages of the same article are searched too (each fetched once), and the verdict says which
/// page it rests on; a `rel="next"` to another article (a blog's next post, another title)
/// is never searched; later pages are no links of the article.
#[test]
fn a_quote_on_a_later_page_of_the_cited_article_is_found() {
    let page = |title: &str, body: &str, next: Option<&str>| {
        let link = next
            .map(|n| format!("<link rel=\"next\" href=\"{n}\">"))
            .unwrap_or_default();
        let pager = next
            .map(|n| format!("<nav><a rel=\"next\" href=\"{n}\">Next page</a></nav>"))
            .unwrap_or_default();
        Response::html(format!(
            "<html><head><title>{title}</title>{link}</head><body><article><h1>{title}</h1>\
             <p>{body}</p></article>{pager}</body></html>"
        ))
    };
    let server = Server::builder()
        .route(
            "/keepers/",
            page(
                "The Last Keepers | Coast Weekly",
                "The keepers of the north light kept a log for ninety years.",
                Some("/keepers/2/"),
            ),
        )
        .route(
            "/keepers/2/",
            page(
                "The Last Keepers \u{2013} Page 2 | Coast Weekly",
                "Her brother said the lamp had never once failed in a winter storm.",
                Some("/keepers/3/"),
            ),
        )
        .route(
            "/keepers/3/",
            page(
                "The Last Keepers \u{2013} Page 3 | Coast Weekly",
                "The station was sold to a trust in the spring of that year.",
                None,
            ),
        )
        .route(
            "/posts/41",
            page(
                "Ferry timetable changes | Harbour Blog",
                "Sailings move to the winter timetable next week.",
                Some("/posts/42"),
            ),
        )
        .route(
            "/posts/42",
            page(
                "A new cafe on the pier | Harbour Blog",
                "The owner promised the best chowder on the whole of the coast.",
                None,
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Keepers\n\nHis sister recalled that \u{201c}the lamp had never once failed in a winter storm\u{201d}.[^1] \
             The records show \u{201c}the station was sold to a trust in the spring\u{201d}.[^1] \
             A visitor claimed \u{201c}the keepers were paid in whisky and fish\u{201d}.[^1]\n\n\
             The cafe owner promised \u{201c}the best chowder on the whole of the coast\u{201d}.[^2]\n\n\
             [^1]: Ines Varga, \u{201c}The Last Keepers,\u{201d} Coast Weekly, {}\n\
             [^2]: \u{201c}Ferry timetable changes,\u{201d} Harbour Blog, {}\n",
            server.url("/keepers/"),
            server.url("/posts/41")
        ),
    );
    let out = Cli::in_dir(d, &["check", "a.md", "--no-config", "--format", "json"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v = json(&out);
    let by_text = |t: &str| {
        v["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .find(|q| q["text"].as_str().is_some_and(|x| x.starts_with(t)))
            .unwrap_or_else(|| panic!("no quote {t}"))
            .clone()
    };
    let on2 = by_text("the lamp");
    assert_eq!(on2["verdict"], "verified", "{on2}");
    assert_eq!(on2["checked_url"], server.url("/keepers/2/"));
    assert_eq!(
        on2["cited_urls"],
        serde_json::json!([server.url("/keepers/")])
    );
    assert!(
        on2["detail"]
            .as_str()
            .is_some_and(|d| d.contains("later page")),
        "{on2}"
    );
    // One page cited: its later pages are not counted as cited URLs (fortieth session).
    assert!(
        on2["detail"]
            .as_str()
            .is_some_and(|d| !d.contains("cited URLs")),
        "{on2}"
    );
    let on3 = by_text("the station");
    assert_eq!(on3["verdict"], "verified", "{on3}");
    assert_eq!(on3["checked_url"], server.url("/keepers/3/"));
    assert_eq!(by_text("the keepers were paid")["verdict"], "not_found");
    // The next post of a blog is another article.
    let cafe = by_text("the best chowder");
    assert_eq!(cafe["verdict"], "not_found", "{cafe}");
    assert_eq!(server.hits("/keepers/2/"), 1);
    assert_eq!(server.hits("/keepers/3/"), 1);
    let links: Vec<&str> = v["links"]
        .as_array()
        .expect("links")
        .iter()
        .filter_map(|l| l["url"].as_str())
        .collect();
    assert_eq!(links, [server.url("/keepers/"), server.url("/posts/41")]);
}
