//! Opens the HTML report in a real headless Chromium and checks what a reader would see:
//! the right counts, working filters (the inline script ran), and hostile strings from the
//! sample report shown as text, never turned into markup.
//!
//! The sample report is `fixtures/expected/report/sample.json` (pinned by the JSON reporter's
//! unit test). Chromium is `/usr/bin/chromium` (or `$CITECHECK_CHROMIUM`). When it is missing
//! the test prints why and passes, unless `CITECHECK_REQUIRE_CHROMIUM` is set (CI sets it),
//! in which case it fails. The machine has no network: Chromium runs with every background
//! fetch disabled and a fresh profile.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use citecheck::model::Report;
use citecheck::report::{write_report, Format, ReportOptions};

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("CITECHECK_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CITECHECK_REQUIRE_CHROMIUM").is_none(),
        "CITECHECK_REQUIRE_CHROMIUM is set but {} does not exist (apt-get install -y chromium)",
        path.display()
    );
    None
}

/// Runs Chromium headless with `args` then `url`, killing it after a minute.
fn run_chromium(bin: &Path, profile: &Path, args: &[&str], url: &str) -> String {
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().expect("wait for chromium").is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = child.wait_with_output().expect("read chromium's output");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn sample_html(dir: &Path) -> PathBuf {
    let json = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/expected/report/sample.json"),
    )
    .expect("read the sample report");
    let report: Report = serde_json::from_str(&json).expect("the sample report parses");
    let mut html = Vec::new();
    write_report(&report, Format::Html, &ReportOptions::default(), &mut html).expect("render");
    let path = dir.join("report.html");
    std::fs::write(&path, html).expect("write the report");
    path
}

#[test]
fn chromium_renders_counts_and_shows_hostile_strings_as_text() {
    let Some(bin) = chromium() else {
        #[allow(clippy::print_stderr, reason = "a skipped test says why")]
        {
            eprintln!(
                "SKIPPED: chromium not found (set CITECHECK_REQUIRE_CHROMIUM=1 to fail instead)"
            );
        }
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let page = sample_html(dir.path());
    let url = format!("file://{}", page.display());
    let dom = run_chromium(&bin, &dir.path().join("profile"), &["--dump-dom"], &url);
    assert!(
        dom.contains("<h1>citecheck report</h1>"),
        "no report in the DOM:\n{dom}"
    );

    // Counts, as rendered.
    assert!(
        dom.contains(r#"id="card-links" data-count="11"><span class="n">11</span>"#),
        "{dom}"
    );
    assert!(dom.contains(r#"id="card-quotes" data-count="7"><span class="n">7</span>"#));
    assert!(dom.contains(r#"id="card-failures" data-count="9"><span class="n">9</span>"#));
    assert!(dom.contains("9 findings fail the run"));
    // The inline script ran (it writes these) and counted the rows the browser parsed.
    assert!(
        dom.contains("Showing 11 of 11 links"),
        "filter script did not run:\n{dom}"
    );
    assert!(dom.contains("Showing 7 of 7 quotes"));

    // Hostile strings: shown as text, never executed or turned into elements.
    assert!(
        dom.contains("<title>citecheck report</title>"),
        "a hostile script changed the title"
    );
    assert!(!dom.contains("PWNED</title>"));
    assert!(
        !dom.contains(r#"data-pwned="1""#),
        "a hostile onerror handler ran"
    );
    assert!(!dom.contains("<img"), "a hostile <img> became an element");
    assert!(
        !dom.contains("<b>goodbye"),
        "hostile markup became an element"
    );
    assert!(
        dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"),
        "the hostile quote is not shown as text"
    );
    assert!(
        !dom.contains(r#"href="javascript:"#),
        "a javascript: URL became a link"
    );
    assert!(
        dom.contains("javascript:alert(document.domain)"),
        "the javascript: URL is not shown as text"
    );

    // A screenshot, for people to look at (kept when CITECHECK_REPORT_SAMPLES=1).
    let shot = dir.path().join("report.png");
    run_chromium(
        &bin,
        &dir.path().join("profile2"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,2000",
        ],
        &url,
    );
    let png = std::fs::read(&shot).expect("chromium wrote a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "screenshot looks empty"
    );
    if std::env::var_os("CITECHECK_REPORT_SAMPLES").is_some() {
        let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-samples");
        std::fs::create_dir_all(&out).expect("create target/report-samples");
        std::fs::write(out.join("report.png"), png).expect("keep the screenshot");
    }
}
