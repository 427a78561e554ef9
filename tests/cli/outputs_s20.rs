//! Regressions from the twentieth session's black-box review of the command line: where the
//! reports go, and what a run that fails before writing them leaves behind.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::support::Cli;

/// An article citing one address many times (a report of several hundred kilobytes), its
/// cited server refusing connections at once.
fn long_article(dir: &std::path::Path) {
    let mut text = String::from("# Many\n\n");
    for i in 0..4000 {
        text.push_str(&format!(
            "Line {i} cites [a page](http://127.0.0.1:1/gone).\n\n"
        ));
    }
    std::fs::write(dir.join("many.md"), text).expect("write article");
}

/// Two outputs naming one file (`-o out.json --report html=./out.json`, or the cache's file)
/// are refused before the run (exit 2, naming both options): the two reports were mixed in
/// one file that was neither.
#[test]
fn two_outputs_may_not_share_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.md"),
        "# A\n\nSee [x](http://127.0.0.1:1/x).\n",
    )
    .unwrap();
    for args in [
        &["-o", "out.json", "--report", "html=./out.json"][..],
        &["-o", "out.json", "--report", "sarif=sub/../out.json"][..],
        &["--cache", "--cache-path", "out.json", "-o", "out.json"][..],
    ] {
        let mut all = vec!["check", "a.md", "--no-config", "--format", "json"];
        all.extend_from_slice(args);
        let out = Cli::in_dir(dir.path(), &all).run();
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("is also written by"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(!dir.path().join("out.json").exists(), "{args:?}");
    }
    // A stream (the null device, standard error) takes any number of reports.
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "a.md",
            "--no-config",
            "-o",
            "/dev/stderr",
            "--report",
            "github=/dev/stderr",
        ],
    )
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "a.md",
            "--no-config",
            "-o",
            "/dev/null",
            "--report",
            "json=/dev/null",
        ],
    )
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
}

/// A run that fails before its report is written (a missing input) leaves the last reports
/// as they were, and makes no empty file where there was none: `check` emptied them when it
/// opened them, before the run.
#[test]
fn a_failed_run_keeps_the_last_reports() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("report.json"), "{\"old\": true}").unwrap();
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "missing.md",
            "--no-config",
            "--format",
            "json",
            "-o",
            "report.json",
            "--report",
            "html=report.html",
        ],
    )
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("missing.md"), "{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("report.json")).unwrap(),
        "{\"old\": true}"
    );
    assert!(!dir.path().join("report.html").exists());
    // A run that does write replaces the old report whole (no tail of it left behind).
    std::fs::write(dir.path().join("a.md"), "# A\n\nNo links.\n").unwrap();
    std::fs::write(dir.path().join("report.json"), "x".repeat(100_000)).unwrap();
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "a.md",
            "--no-config",
            "--format",
            "json",
            "-o",
            "report.json",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let written = std::fs::read_to_string(dir.path().join("report.json")).unwrap();
    assert!(
        serde_json::from_str::<serde_json::Value>(&written).is_ok(),
        "{written}"
    );
}

/// A reader that stops early (`| head`) ends the run quietly whatever the format: the JSON
/// and SARIF reports exited 2 with "Broken pipe". The run's findings stand (twenty-seventh
/// session, eval-readme: it exited 0, so `citecheck check … | head` in CI passed a run with
/// dead links): every link here fails, so the status is 1.
#[test]
fn a_closed_pipe_ends_every_format_quietly() {
    let dir = tempfile::tempdir().expect("temp dir");
    long_article(dir.path());
    for format in ["json", "sarif", "terminal"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_citecheck"))
            .env_clear()
            .current_dir(dir.path())
            .args(["check", "many.md", "--no-config", "--format", format])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut stdout = child.stdout.take().expect("stdout");
        let mut first = [0u8; 10];
        stdout.read_exact(&mut first).expect("some output");
        drop(stdout);
        let mut err = String::new();
        child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut err)
            .expect("stderr");
        let status = child.wait().expect("wait");
        assert_eq!(status.code(), Some(1), "--format {format}: {err}");
        assert!(err.is_empty(), "--format {format}: {err}");
    }
}

/// A loopback server whose `/gone` is dead (404).
fn dead_link_server() -> citecheck::server::RunningServer {
    citecheck::server::Server::builder()
        .route("/gone", citecheck::server::Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind")
}

/// `check --cache --cache-path CACHE notes.md EXTRA…` in `dir`.
fn cached_check(dir: &std::path::Path, cache: &str, extra: &[&str]) -> crate::support::Output {
    let mut args = vec![
        "check",
        "--no-config",
        "--cache",
        "--cache-path",
        cache,
        "notes.md",
    ];
    args.extend_from_slice(extra);
    Cli::in_dir(dir, &args).run()
}

/// A `--cache-path` naming a file that is not a cache (an article, by a slip of the hand) is
/// never overwritten: the run warns and keeps no results. The cache replaced the article.
#[test]
fn a_cache_path_on_another_file_leaves_it_alone() {
    let server = dead_link_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let article = format!(
        "# Mine\n\nWeeks of work. A [dead link]({}/gone).\n",
        server.base_url()
    );
    std::fs::write(dir.path().join("post.md"), &article).unwrap();
    std::fs::write(dir.path().join("notes.md"), &article).unwrap();
    let out = cached_check(dir.path(), "post.md", &["-o", "/dev/null"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("not a citecheck cache"),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("post.md")).unwrap(),
        article
    );
    // A cache file of its own is written, and read back.
    let out = cached_check(dir.path(), "c.json", &["-o", "/dev/null"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let cache = std::fs::read_to_string(dir.path().join("c.json")).unwrap();
    assert!(cache.contains("\"version\""), "{cache}");
}

/// A live article is fetched with the headers given for its host (`--header`, a host's
/// `headers` in the configuration), as the pages it cites are: a draft behind a token was
/// answered 401 and the run ended with exit 2.
#[test]
fn a_live_article_is_fetched_with_its_hosts_headers() {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(16) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut authorised = false;
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                if line == "\r\n" {
                    break;
                }
                authorised |= line.eq_ignore_ascii_case("authorization: Bearer s3cret\r\n");
                line.clear();
            }
            let (status, body) = if authorised {
                (
                    "200 OK",
                    "<html><body><p>A draft with no links.</p></body></html>",
                )
            } else {
                ("401 Unauthorized", "token required")
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    let url = format!("http://127.0.0.1:{port}/draft");
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Cli::in_dir(
        dir.path(),
        &["check", &url, "--no-config", "-o", "/dev/null"],
    )
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("401"), "{}", out.stderr);
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            &url,
            "--no-config",
            "-H",
            "Authorization: Bearer s3cret",
            "-o",
            "/dev/null",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    std::fs::write(
        dir.path().join("cfg.toml"),
        "[hosts.\"127.0.0.1\"]\nheaders = { Authorization = \"Bearer s3cret\" }\n",
    )
    .unwrap();
    let out = Cli::in_dir(
        dir.path(),
        &["check", &url, "--config", "cfg.toml", "-o", "/dev/null"],
    )
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Thirty-seventh session: `extract` fetched the article without them (401, exit 2).
    let out = Cli::in_dir(dir.path(), &["extract", &url, "--config", "cfg.toml"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // A host named with its port sends the header to that authority only (it was a header
    // named `127.0.0.1` sent everywhere).
    for (host, code) in [(format!("127.0.0.1:{port}"), 0), ("127.0.0.1:1".into(), 2)] {
        std::fs::write(
            dir.path().join("port.toml"),
            format!("header = [\"{host}=Authorization: Bearer s3cret\"]\n"),
        )
        .unwrap();
        let out = Cli::in_dir(dir.path(), &["extract", &url, "--config", "port.toml"]).run();
        assert_eq!(out.code, code, "{host}: {}", out.stderr);
    }
}

/// A JSON file that is not a cache (a `package.json`, whose `version` the first guard took
/// for the cache's) is never overwritten either.
#[test]
fn a_cache_path_on_other_json_leaves_it_alone() {
    let server = dead_link_server();
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("notes.md"),
        format!("# N\n\nA [dead link]({}/gone).\n", server.base_url()),
    )
    .unwrap();
    let package = "{\"name\": \"site\", \"version\": \"1.0.0\", \"scripts\": {}}";
    std::fs::write(dir.path().join("package.json"), package).unwrap();
    let out = cached_check(dir.path(), "package.json", &["-o", "/dev/null"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("not a citecheck cache"),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("package.json")).unwrap(),
        package
    );
    // The warning is no input that could not be read: the report says why the run failed.
    let out = cached_check(dir.path(), "package.json", &["--format", "markdown"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(!out.stdout.contains("could not be read"), "{}", out.stdout);
}

/// A cache of citecheck's own cut short (a CI cache restored in part) is started again, with
/// a warning saying so; the next run reads the new one without a word (twenty-sixth
/// session: it was taken for someone else's file and left in place, keeping nothing).
#[test]
fn a_damaged_cache_is_started_again_with_a_warning() {
    let server = dead_link_server();
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("notes.md"),
        format!("# N\n\nA [dead link]({}/gone).\n", server.base_url()),
    )
    .unwrap();
    let out = cached_check(dir.path(), "c.json", &["-o", "/dev/null"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let whole = std::fs::read(dir.path().join("c.json")).unwrap();
    std::fs::write(dir.path().join("c.json"), &whole[..whole.len() / 2]).unwrap();
    let out = cached_check(dir.path(), "c.json", &["-o", "/dev/null"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("was damaged"), "{}", out.stderr);
    let out = cached_check(dir.path(), "c.json", &["--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    assert!(out.stdout.contains("\"cached\": true"), "{}", out.stdout);
}
