//! The fifty-fourth session's terminal report, from the held-out evaluation of quote
//! verification: a redirected link cited three times had its whole entry, "use … instead"
//! and all, written three times; and a quote whose words the page holds only where it hides
//! them was headed "quote not found (score 1.00)". From the evaluation of other input
//! routes: a broken symbolic link's warning said `(os error 2)`, and a live article's meta
//! refresh served as `application/octet-stream` was not followed. From the second
//! evaluation of link health: a page asked under two fragments, a Location's own fragment,
//! an unread coding, an option given twice, a link sent to a login page, and a status code
//! said twice.

use citecheck::server::{Response, Server};

use crate::support::{write, Cli};

/// `check --format json` on `a.md` in `dir`.
fn check_json(dir: &std::path::Path) -> crate::support::Output {
    Cli::in_dir(
        dir,
        &[
            "check",
            "--no-config",
            "--no-progress",
            "a.md",
            "--format",
            "json",
        ],
    )
    .run()
}

/// The JSON report's link whose URL holds `part`.
fn link_to<'r>(report: &'r serde_json::Value, part: &str) -> &'r serde_json::Value {
    report["links"]
        .as_array()
        .expect("links")
        .iter()
        .find(|l| l["url"].as_str().is_some_and(|u| u.contains(part)))
        .unwrap_or_else(|| panic!("no link to {part}: {report:#}"))
}

#[test]
fn a_link_cited_again_is_written_whole_once() {
    let server = Server::builder()
        .route("/old", Response::redirect(301, "/new"))
        .route(
            "/new",
            Response::html(
                "<html><body><article><p>The ferry timetable for the spring season is \
                 published here, with the fares and the notes on tides.</p>\
                 <div style=\"display:none\"><p>Draft: the ferry will stop running on \
                 Sundays from March onwards.</p></div></article></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let old = server.url("/old");
    write(
        dir.path(),
        "a.md",
        format!(
            "# Ferries\n\nSee the [timetable]({old}).\n\nThe [timetable]({old}) again.\n\n\
             The operator says \"the ferry will stop running on Sundays from March \
             onwards\" ([timetable]({old})).\n"
        ),
    );
    let out = Cli::in_dir(
        dir.path(),
        &["check", "--no-config", "--no-progress", "a.md"],
    )
    .run();
    let text = &out.stdout;
    assert_eq!(text.matches("instead").count(), 1, "{text}");
    assert_eq!(
        text.matches("the same link as at line 3, above").count(),
        2,
        "{text}"
    );
    assert!(text.contains("a.md:5:5  redirected link"), "{text}");
    assert!(text.contains("quote not found"), "{text}");
    assert!(!text.contains("score 1.00"), "{text}");
}

/// A symbolic link that leads nowhere, found by a walk, is named with where it points, in
/// plain words: the warning said `(No such file or directory (os error 2))`.
#[cfg(unix)]
#[test]
fn a_broken_link_is_said_in_plain_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.md", "A line of text.\n");
    std::os::unix::fs::symlink("gone.md", dir.path().join("b.md")).expect("symlink");
    let out = Cli::in_dir(dir.path(), &["extract", "--no-config", "."]).run();
    assert!(
        out.stderr
            .contains("skipped b.md: a symbolic link that leads nowhere (gone.md does not exist)"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("os error"), "{}", out.stderr);
}

/// A live article behind a meta refresh served as `application/octet-stream` (some servers
/// send every file so): its body was read as HTML, but the refresh was not followed, so the
/// article read was the "Redirecting…" stub, its target listed as a link.
#[test]
fn a_refresh_served_as_octet_stream_is_followed() {
    let server = Server::builder()
        .route(
            "/old",
            Response::status(200)
                .header("Content-Type", "application/octet-stream")
                .body(
                    "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" \
                     content=\"0; url=/new\"><title>Redirecting</title></head>\
                     <body><p>Redirecting to <a href=\"/new\">the new page</a>.</p>\
                     </body></html>",
                ),
        )
        .route(
            "/new",
            Response::html(
                "<html><body><article><p>The harbour master said the pier would \
                 \u{201C}reopen to walkers before the summer season begins\u{201D}.</p>\
                 </article></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let out = Cli::new(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        &server.url("/old"),
    ])
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("reopen to walkers before the summer season begins"),
        "{}",
        out.stdout
    );
    assert_eq!(server.hits("/new"), 1);
}

/// A redirect to `page#one` and a link to `page#two` ask for one page: a request sends no
/// fragment, so the page is asked once (the run's answers were kept by the URL with its
/// fragment, and the page was asked twice).
#[test]
fn a_page_asked_under_two_fragments_is_fetched_once() {
    let server = Server::builder()
        .route("/old", Response::redirect(301, "/tables.html#spring"))
        .route(
            "/tables.html",
            Response::html(
                "<html><body><h2 id=\"spring\">Spring</h2><p>Tides.</p>\
                 <h2 id=\"autumn\">Autumn</h2><p>More tides.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "a.md",
        format!(
            "# Tides\n\nThe [spring tables]({}) and the [autumn tables]({}).\n",
            server.url("/old"),
            server.url("/tables.html#autumn"),
        ),
    );
    let out = check_json(dir.path());
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    assert_eq!(server.hits("/tables.html"), 1, "{}", out.stdout);
}

/// From the second held-out evaluation of link health: a redirect whose `Location` carries
/// its own fragment sends the reader there, so the cited fragment was wrongly "missing";
/// and a body in a coding citecheck does not read (`compress`) was said to be "empty".
#[test]
fn a_locations_fragment_wins_and_an_unread_coding_is_no_empty_body() {
    let server = Server::builder()
        .route("/perm", Response::redirect(301, "/target.html#theirs"))
        .route(
            "/target.html",
            Response::html("<html><body><h2 id=\"theirs\">Theirs</h2><p>Text.</p></body></html>"),
        )
        .route(
            "/squeezed",
            Response::status(200)
                .header("Content-Type", "text/html")
                .header("Content-Encoding", "compress")
                .body(vec![0x1f, 0x9d, 0x90, 0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "a.md",
        format!(
            "# Links\n\nThe [moved page]({}#mine) and the [squeezed page]({}#top).\n",
            server.url("/perm"),
            server.url("/squeezed"),
        ),
    );
    let out = check_json(dir.path());
    let report = crate::support::json(&out);
    let moved = link_to(&report, "/perm");
    assert_ne!(moved["fragment"], "missing", "{moved:#}");
    let squeezed = link_to(&report, "/squeezed");
    let detail = squeezed["detail"].as_str().unwrap_or("");
    assert!(!detail.contains("empty"), "{squeezed:#}");
    assert!(detail.contains("cannot be read"), "{squeezed:#}");
}

/// An option given twice takes its last value, as a CI wrapper appending its overrides to a
/// base command line expects (`--timeout` twice was a usage error); repeatable options
/// still add up (both `--exclude` patterns apply).
#[test]
fn an_option_given_twice_takes_its_last_value() {
    let server = Server::builder()
        .route("/one", Response::status(404))
        .route("/two", Response::status(404))
        .route(
            "/three",
            Response::html("<html><body><p>Fine.</p></body></html>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "a.md",
        format!(
            "# Links\n\n[One]({}), [two]({}) and [three]({}).\n",
            server.url("/one"),
            server.url("/two"),
            server.url("/three"),
        ),
    );
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--no-progress",
            "--timeout",
            "1s",
            "--timeout",
            "20s",
            "--exclude",
            "/one$",
            "--exclude",
            "/two$",
            "a.md",
            "--format",
            "json",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = crate::support::json(&out);
    assert_eq!(link_to(&report, "/one")["status"], "excluded");
    assert_eq!(link_to(&report, "/two")["status"], "excluded");
    assert_eq!(link_to(&report, "/three")["status"], "ok");
    assert_eq!(server.hits("/one") + server.hits("/two"), 0);
}

/// A link sent to a login page is headed by where it was sent, not by the login page's
/// own status: `blocked link (HTTP 200)` read as if the cited page had answered 200.
#[test]
fn a_link_sent_to_a_login_page_is_headed_by_it() {
    let server = Server::builder()
        .route(
            "/members/report",
            Response::redirect(302, "/login?next=/members/report"),
        )
        .route(
            "/login",
            Response::html("<html><body><form><input name=user></form></body></html>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "a.md",
        format!(
            "# Links\n\nThe [members' report]({}).\n",
            server.url("/members/report")
        ),
    );
    let text = Cli::in_dir(
        dir.path(),
        &["check", "--no-config", "--no-progress", "a.md"],
    )
    .run();
    assert!(
        text.stdout
            .contains("blocked link (redirected to a login page)"),
        "{}",
        text.stdout
    );
    assert!(!text.stdout.contains("(HTTP 200)"), "{}", text.stdout);
    let md = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--no-progress",
            "a.md",
            "--format",
            "markdown",
        ],
    )
    .run();
    assert!(!md.stdout.contains("HTTP 200"), "{}", md.stdout);
}

/// A link's status code is said once: the Markdown report wrote `HTTP 500 — server error:
/// HTTP 500 Internal Server Error`.
#[test]
fn a_status_code_the_detail_says_is_not_said_again() {
    let server = Server::builder()
        .route("/broken", Response::status(500))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "a.md",
        format!("# Links\n\nThe [figures]({}).\n", server.url("/broken")),
    );
    let md = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--no-progress",
            "--max-retries",
            "0",
            "a.md",
            "--format",
            "markdown",
        ],
    )
    .run();
    let line = md
        .stdout
        .lines()
        .find(|l| l.contains("/broken"))
        .unwrap_or_else(|| panic!("{}", md.stdout));
    assert_eq!(line.matches("HTTP 500").count(), 1, "{line}");
}
