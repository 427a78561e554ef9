//! Session 28 (eval-hostile): a named pipe is read from one opening; a live article's
//! redirect off the web is said as a cited link's is.

use citecheck::model::Verdict;
use citecheck::server::{Response, Server};

use crate::support::{json, Cli};

/// Regression (eval-hostile): a named pipe given as input was opened (to see that it can
/// be read), closed unread, then opened again to be read: a writer that had sent its
/// article and gone in between took it with it, and the second opening waited for a writer
/// that never came (the run hung, in about four tries of ten). It is read from its one
/// opening now. Each writer here sends its article and closes at once, as `printf > pipe`
/// does; a hang is failed by the harness's deadline, and ten tries make one likely with a
/// reader that opens twice.
#[cfg(unix)]
#[test]
fn a_named_pipe_is_read_from_one_opening() {
    use std::io::Write;

    let dir = tempfile::tempdir().expect("temp dir");
    for k in 0..10 {
        let name = format!("piped{k}.md");
        let fifo = dir.path().join(&name);
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("run mkfifo");
        assert!(made.success(), "mkfifo failed");
        let article = format!(
            "# Piped {k}\n\nThe harbour log, written to a pipe, ends \
             [here](https://log.example.org/end-{k}).\n"
        );
        // Blocks until the binary opens the pipe; left so if it never does (the test fails
        // all the same).
        std::thread::spawn(move || {
            if let Ok(mut pipe) = std::fs::OpenOptions::new().write(true).open(&fifo) {
                let _ = pipe.write_all(article.as_bytes());
            }
        });
        let out = Cli::in_dir(
            dir.path(),
            &["extract", "--no-config", "--format", "json", &name],
        )
        .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        let report = json(&out);
        assert_eq!(
            report["documents"][0]["links"][0]["url"],
            format!("https://log.example.org/end-{k}"),
            "{}",
            out.stdout
        );
    }
}

/// Regression (eval-hostile): an article URL redirecting to a `file:` URL said only
/// `cannot fetch …: HTTP 302 Found`; it says where it was sent, in the words a cited link's
/// redirect gets (`redirected to an unsupported URL: file:///…`), and the file is not read.
/// So does one redirecting to `ftp:`.
#[test]
fn an_article_url_redirecting_off_the_web_says_where() {
    let server = Server::builder()
        .route(
            "/to-file",
            Response::redirect(302, "file:///srv/notes/private.md"),
        )
        .route(
            "/to-ftp",
            Response::redirect(301, "ftp://127.0.0.1/pub/notes.md"),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    for (path, target) in [
        ("/to-file", "file:///srv/notes/private.md"),
        ("/to-ftp", "ftp://127.0.0.1/pub/notes.md"),
    ] {
        let out = Cli::new(&["check", "--no-config", &server.url(path)]).run();
        assert_eq!(out.code, 2, "{path}: {}", out.stderr);
        let expected = format!(
            "cannot fetch {}: redirected to an unsupported URL: {target}",
            server.url(path)
        );
        assert!(out.stderr.contains(&expected), "{path}: {}", out.stderr);
    }
}

/// Bytes of every value, in no order, as random data has them.
fn junk(len: u32) -> Vec<u8> {
    (0..len)
        .map(|i| u8::try_from(i.wrapping_mul(2_654_435_761) >> 24).unwrap_or(0))
        .collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

/// Regression (eval-hostile): binary data served as `text/html` was read as a page of
/// mojibake, and a quote not in it was `not_found` (failing the run) when the page was no
/// text at all; and a page cut at `--max-body` with nothing but blanks in the part read (a
/// decompression bomb) said "no readable text (it may need JavaScript)" while its link said
/// the body was cut. Binary data is `unverifiable`, "not readable text", the link saying so
/// too; the blank page's quote says the page was cut at the body-size limit.
#[test]
fn binary_data_and_a_blank_page_cut_at_the_limit_are_said_as_they_are() {
    let mut blank = b"<!doctype html><html><body><main><p>".to_vec();
    blank.resize(3 << 20, b' ');
    let server = Server::builder()
        .route(
            "/junk",
            Response::status(200)
                .header("content-type", "text/html; charset=utf-8")
                .body(junk(200_000)),
        )
        .route(
            "/blank",
            Response::status(200)
                .header("content-type", "text/html; charset=utf-8")
                .header("content-encoding", "gzip")
                .body(gzip(&blank)),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let report = crate::support::check_on_with(
        &server,
        "The keeper wrote that \"the lamp was lit at dusk every night\" ([log](BASE/junk)).\n\n\
         The keeper also wrote that \"the fog horn sounded twice an hour\" ([log](BASE/blank)).\n",
        &[
            "--timeout",
            "5s",
            "--max-retries",
            "0",
            "--max-body",
            "1MiB",
        ],
    );
    let r = crate::support::quote_result(&report, "the lamp was lit");
    assert_eq!(r.verdict, Verdict::Unverifiable, "{}", r.detail);
    assert!(r.detail.contains("not readable text"), "{}", r.detail);
    let link = report
        .links
        .iter()
        .find(|l| l.url.ends_with("/junk"))
        .expect("the junk link");
    assert!(link.detail.contains("not readable text"), "{}", link.detail);
    let r = crate::support::quote_result(&report, "the fog horn");
    assert_eq!(r.verdict, Verdict::Unverifiable, "{}", r.detail);
    assert!(
        r.detail.contains("cut at --max-body") && !r.detail.contains("JavaScript"),
        "{}",
        r.detail
    );
}

/// Regression (eval-noise c26, after the binary-body check): a page in UTF-16 without a
/// byte-order mark, its charset in the header, was "binary data" (its raw bytes are half
/// NULs) and its quote `unverifiable`; it is read, and the quote verified.
#[test]
fn a_utf16_page_is_no_binary_data() {
    let html = "<html><body><main><p>The council voted to resurface the causeway before \
                the winter storms.</p></main></body></html>";
    let body: Vec<u8> = html.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let report = crate::support::check_article(
        vec![(
            "/wide",
            Response::status(200)
                .header("Content-Type", "text/html; charset=utf-16be")
                .body(body),
        )],
        "# Causeway\n\nThe council chose \u{201C}to resurface the causeway before the winter \
         storms\u{201D} ([minutes](BASE/wide)).\n",
    );
    let q = crate::support::quote_result(&report, "to resurface the causeway");
    assert_eq!(q.verdict, Verdict::Verified, "{q:#?}");
}
