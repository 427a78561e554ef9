//! Twenty-fourth session, plain-text articles through the binary: legacy-encoded local
//! files and standard input, e-mail replies under `check`.

use crate::support::{json, Cli};

/// Regression: a Latin-1 `.txt` read from disk or standard input gave `caf�` in its quotes.
/// Both are read as windows-1252 now, with a warning naming it.
#[test]
fn latin1_text_from_a_file_and_stdin_is_decoded() {
    let bytes = b"The baker said \"the caf\xe9 will stay open until the spring\".\n";
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("letter.txt"), bytes).expect("write");
    let out = Cli::in_dir(
        dir.path(),
        &["extract", "--no-config", "--format", "json", "letter.txt"],
    )
    .run();
    let v = json(&out);
    let doc = &v["documents"][0];
    assert_eq!(
        doc["quotes"][0]["text"],
        "the café will stay open until the spring"
    );
    assert!(
        doc["warnings"].to_string().contains("windows-1252"),
        "{}",
        doc["warnings"]
    );
    // Standard input goes through the same decoding.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .args([
            "extract",
            "--no-config",
            "--format",
            "json",
            "--input-format",
            "text",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), bytes).expect("feed");
    let out = child.wait_with_output().expect("wait");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        v["documents"][0]["quotes"][0]["text"],
        "the café will stay open until the spring"
    );
}

/// Regression: `check` of an e-mail draft found a colleague's quoted reply "not found" on
/// the page a URL in it names, and failed. The reply cites nothing now: nothing is checked
/// against that page and the run passes.
#[test]
fn check_passes_a_draft_with_a_quoted_reply() {
    let server = citecheck::server::Server::builder()
        .route(
            "/review.html",
            citecheck::server::Response::html("<p>Completions fell by a tenth.</p>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = format!(
        "Revised below.\n\nKemi Ade wrote:\n> The line about \"a tenth of all homes\" needs \
         a source, maybe\n> {}/review.html but check.\n\nCompletions fell last year.\n",
        server.base_url()
    );
    std::fs::write(dir.path().join("draft.txt"), draft).expect("write");
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "--timeout",
            "2s",
            "--max-retries",
            "0",
            "draft.txt",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let r = out.report();
    assert!(
        r.quotes.iter().all(|q| q.cited_urls.is_empty()),
        "{:#?}",
        r.quotes
    );
}
