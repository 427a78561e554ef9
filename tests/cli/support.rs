//! Running the real `citecheck` binary in a sealed environment, and the loopback server the
//! fixture articles' placeholder hosts are remapped onto.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use citecheck::server::{RunningServer, Server, ServerBuilder};

/// No single run of the binary may take longer than this (a hang fails, it never blocks CI).
const DEADLINE: Duration = Duration::from_secs(60);

/// The repository's `fixtures/` folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// A server answering every file of `fixtures/pages/` at `/`, plus whatever `extra` adds.
pub fn pages_server(extra: impl FnOnce(ServerBuilder) -> ServerBuilder) -> RunningServer {
    extra(Server::builder().dir("/", fixtures().join("pages")))
        .bind("127.0.0.1:0")
        .expect("bind loopback")
}

/// A `--remap` rule sending `https://HOST/` to the server's root.
pub fn remap(host: &str, server: &RunningServer) -> String {
    format!("^https://{}/ {}/", regex_escape(host), server.base_url())
}

fn regex_escape(s: &str) -> String {
    s.replace('.', r"\.")
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Output {
    /// Exit status (`-1` when killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Output {
    /// Parses standard output as a JSON report.
    #[track_caller]
    pub fn report(&self) -> citecheck::model::Report {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not a JSON report: {e}\nstderr: {}\nstdout: {}",
                self.stderr, self.stdout
            )
        })
    }
}

/// One invocation: a fresh working folder, a cleared environment, `NO_COLOR` set.
pub struct Cli {
    cmd: Command,
    stdin: Option<Vec<u8>>,
    /// The working folder (removed when the `Cli` is dropped, unless given by the caller).
    _tmp: Option<tempfile::TempDir>,
}

impl Cli {
    /// The binary with `args`, run in a new empty temporary folder.
    pub fn new(args: &[&str]) -> Cli {
        let tmp = tempfile::tempdir().expect("temp dir");
        let mut cli = Cli::in_dir(tmp.path(), args);
        cli._tmp = Some(tmp);
        cli
    }

    /// The binary with `args`, run in `dir`.
    pub fn in_dir(dir: &Path, args: &[&str]) -> Cli {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_citecheck"));
        // Sealed: no HOME, no proxies, no GITHUB_STEP_SUMMARY, no colour, no terminal.
        cmd.env_clear()
            .env("NO_COLOR", "1")
            .current_dir(dir)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        Cli {
            cmd,
            stdin: None,
            _tmp: None,
        }
    }

    /// Sets an environment variable.
    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Cli {
        self.cmd.env(key, value);
        self
    }

    /// Feeds `data` on standard input.
    pub fn stdin(mut self, data: &str) -> Cli {
        self.stdin = Some(data.as_bytes().to_vec());
        self
    }

    /// Feeds `data` (any bytes: a Word document) on standard input.
    pub fn stdin_bytes(mut self, data: &[u8]) -> Cli {
        self.stdin = Some(data.to_vec());
        self
    }

    /// Runs to completion (or kills it at the deadline and fails the test).
    #[track_caller]
    pub fn run(mut self) -> Output {
        self.cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let mut child = self.cmd.spawn().expect("spawn citecheck");
        if let (Some(data), Some(mut pipe)) = (self.stdin.take(), child.stdin.take()) {
            std::thread::spawn(move || {
                let _ = pipe.write_all(&data);
            });
        }
        let mut out = child.stdout.take().expect("stdout");
        let mut err = child.stderr.take().expect("stderr");
        let out_t = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = out.read_to_string(&mut s);
            s
        });
        let err_t = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = err.read_to_string(&mut s);
            s
        });
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if start.elapsed() > DEADLINE {
                let _ = child.kill();
                let _ = child.wait();
                panic!("citecheck ran longer than {DEADLINE:?}: {:?}", self.cmd);
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        Output {
            code: status.code().unwrap_or(-1),
            stdout: out_t.join().expect("stdout thread"),
            stderr: err_t.join().expect("stderr thread"),
        }
    }
}

/// Replaces what changes between runs: the loopback port, timings, absolute paths.
pub fn scrub(text: &str, server: &RunningServer, paths: &[&Path]) -> String {
    let mut s = text.replace(&server.addr.to_string(), "127.0.0.1:PORT");
    for p in paths {
        s = s.replace(&p.display().to_string(), "<DIR>");
    }
    let ms = regex::Regex::new(r"\b\d+(\.\d+)? ?(ms|s)\b").expect("regex");
    let s = ms.replace_all(&s, "<TIME>");
    let junit_time = regex::Regex::new(r#"time="[0-9.]+""#).expect("regex");
    let s = junit_time.replace_all(&s, r#"time="<TIME>""#);
    let stamp = regex::Regex::new(r#"timestamp="[^"]*""#).expect("regex");
    stamp.replace_all(&s, r#"timestamp="<TIME>""#).into_owned()
}

/// Compares `actual` with `fixtures/expected/cli/NAME`; `CITECHECK_BLESS=1` rewrites it.
#[track_caller]
pub fn snapshot(name: &str, actual: &str) {
    let path = fixtures().join("expected").join("cli").join(name);
    if std::env::var_os("CITECHECK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}; run with CITECHECK_BLESS=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             (CITECHECK_BLESS=1 regenerates after a deliberate change)\n--- actual ---\n{actual}",
            path.display(),
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

/// A one-page PDF (Helvetica, one text line per entry), built here so the test states its
/// own text; the byte offsets of its cross-reference table are computed.
pub fn one_page_pdf(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT\n/F1 12 Tf\n14 TL\n72 720 Td\n");
    for l in lines {
        content.push_str(&format!("({l}) Tj T*\n"));
    }
    content.push_str("ET\n");
    pdf_of(&[
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R \
         >> >> /Contents 4 0 R >>"
            .to_string(),
        pdf_stream("", &content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_string(),
    ])
}

/// A stream object: `dict` holds the dictionary's entries other than `/Length`.
pub fn pdf_stream(dict: &str, content: &str) -> String {
    format!(
        "<< {dict} /Length {} >>\nstream\n{content}endstream",
        content.len()
    )
}

/// A PDF of `objects`, numbered from 1 (the first is the catalogue), with a classic
/// cross-reference table whose offsets are computed.
pub fn pdf_of(objects: &[String]) -> Vec<u8> {
    let mut pdf = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.push_str(&format!("{} 0 obj\n{o}\nendobj\n", i + 1));
    }
    let xref = pdf.len();
    pdf.push_str(&format!(
        "xref\n0 {}\n0000000000 65535 f \n",
        objects.len() + 1
    ));
    for o in offsets {
        pdf.push_str(&format!("{o:010} 00000 n \n"));
    }
    pdf.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    pdf.into_bytes()
}

/// Checks an article quoting pages on `server` with the real binary (`article` names the
/// server as `BASE`): JSON report, 2 s timeout, no retries.
pub fn check_on(server: &RunningServer, article: &str) -> citecheck::model::Report {
    check_on_with(server, article, &["--timeout", "2s", "--max-retries", "0"])
}

/// Checks an article quoting pages on `server` with the real binary (`article` names the
/// server as `BASE`), JSON report, with `options` added.
pub fn check_on_with(
    server: &RunningServer,
    article: &str,
    options: &[&str],
) -> citecheck::model::Report {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = article.replace("BASE", &server.base_url());
    std::fs::write(dir.path().join("article.md"), text).expect("write article");
    let mut args = vec!["check", "--no-config", "article.md", "--format", "json"];
    args.extend_from_slice(options);
    Cli::in_dir(dir.path(), &args).run().report()
}

/// Serves `pages` (path, response) on a loopback server and checks an article quoting them
/// ([`check_on`]).
pub fn check_article(
    pages: Vec<(&str, citecheck::server::Response)>,
    article: &str,
) -> citecheck::model::Report {
    let mut b = Server::builder();
    for (path, response) in pages {
        b = b.route(path, response);
    }
    let server = b.bind("127.0.0.1:0").expect("bind loopback");
    check_on(&server, article)
}

/// The result of the first quote whose text starts with `starts` (panics, listing the
/// quotes, if none).
pub fn quote_result<'a>(
    report: &'a citecheck::model::Report,
    starts: &str,
) -> &'a citecheck::model::QuoteResult {
    first_quote(report, |t| t.starts_with(starts), starts)
}

/// The result of the first quote whose text contains `part` (panics, listing the quotes, if
/// none): for quotes that start alike.
pub fn quote_containing<'a>(
    report: &'a citecheck::model::Report,
    part: &str,
) -> &'a citecheck::model::QuoteResult {
    first_quote(report, |t| t.contains(part), part)
}

/// The result of the first quote whose text `fits` (panics naming `what` if none).
fn first_quote<'a>(
    report: &'a citecheck::model::Report,
    fits: impl Fn(&str) -> bool,
    what: &str,
) -> &'a citecheck::model::QuoteResult {
    report
        .quotes
        .iter()
        .find(|q| fits(&q.text))
        .unwrap_or_else(|| panic!("no quote {what:?} in {:#?}", report.quotes))
}

/// Writes `body` to `rel` under `dir`, making its folders.
pub fn write(dir: &Path, rel: &str, body: impl AsRef<[u8]>) {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, body).expect("write");
}

/// Standard output parsed as JSON (panics, showing both streams, if it is not).
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", out.stdout, out.stderr))
}

/// The `file` of every document of a JSON report.
pub fn files(out: &Output) -> Vec<String> {
    json(out)["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["file"].as_str().unwrap_or("").to_string())
        .collect()
}

/// Runs the binary in `dir` as an unprivileged user (`root` reads any folder): directly
/// when not root; as `nobody` through `setpriv` (a copy of the binary beside the files)
/// when root; `None` when that is not possible here.
#[cfg(unix)]
/// Says on standard error that a test needing [`run_unprivileged`] was skipped, and why.
pub fn skipped_unprivileged() {
    #[allow(clippy::print_stderr, reason = "a skipped test says why")]
    {
        eprintln!("skipped: cannot run unprivileged here (root, without setpriv)");
    }
}

pub fn run_unprivileged(dir: &Path, args: &[&str]) -> Option<Output> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let probe = dir.join(".uid-probe");
    std::fs::write(&probe, b"").ok()?;
    let root = std::fs::metadata(&probe).ok()?.uid() == 0;
    std::fs::remove_file(&probe).ok()?;
    if !root {
        return Some(Cli::in_dir(dir, args).run());
    }
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .find(|p| Path::new(p).exists())?;
    // The copy is made once per folder: copying it again for each run left a moment when
    // another test's process, forked meanwhile, held it open for writing, and executing it
    // failed with `Text file busy` (CI, sixty-fifth session). Such a failure is retried.
    let bin = dir.join("citecheck-copy");
    if !bin.exists() {
        std::fs::copy(env!("CARGO_BIN_EXE_citecheck"), &bin).ok()?;
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).ok()?;
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).ok()?;
    for attempt in 0..5 {
        let out = std::process::Command::new(setpriv)
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin)
            .args(args)
            .env_clear()
            .env("NO_COLOR", "1")
            .current_dir(dir)
            .output()
            .ok()?;
        let out = Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        if out.stderr.contains("Text file busy") && attempt < 4 {
            std::thread::sleep(std::time::Duration::from_millis(100));
            continue;
        }
        // setpriv itself refused (no such user, no permission): not what is tested.
        return (!out.stderr.contains("setpriv:")).then_some(out);
    }
    None
}
