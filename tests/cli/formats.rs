//! Every report format from ONE run over the fixtures (`--format terminal` plus a
//! `--report FORMAT=PATH` for each other format), checked for consistency; Markdown, terminal
//! and JUnit pinned by snapshots in `fixtures/expected/cli/`. Also `--format github` with
//! `GITHUB_STEP_SUMMARY`.

use std::path::Path;

use citecheck::model::{Report, Verdict};

use crate::support::{fixtures, pages_server, remap, scrub, snapshot, Cli};

/// The fixture article copied into `dir` (so every path in the reports is relative).
fn article_in(dir: &Path) {
    std::fs::copy(
        fixtures().join("articles/verify-quotes.md"),
        dir.join("verify-quotes.md"),
    )
    .expect("copy article");
}

/// Findings that fail the run under the default policy.
fn failing(report: &Report) -> usize {
    let links = report
        .links
        .iter()
        .filter(|l| matches!(l.status.as_str(), "dead" | "error" | "timeout" | "soft_404"))
        .count();
    let quotes = report
        .quotes
        .iter()
        .filter(|q| {
            matches!(
                q.verdict,
                Verdict::Altered | Verdict::Partial | Verdict::NotFound
            )
        })
        .count();
    links + quotes
}

#[test]
fn every_format_from_one_run_is_well_formed_and_consistent() {
    let server = pages_server(|b| b);
    let dir = tempfile::tempdir().expect("temp dir");
    article_in(dir.path());
    let remap = remap("sources.example.org", &server);
    let args = [
        "check",
        "--no-config",
        "verify-quotes.md",
        "--format",
        "terminal",
        "--timeout",
        "2s",
        "--max-retries",
        "0",
        "--remap",
        &remap,
        "--report",
        "json=out/r.json",
        "--report",
        "markdown=out/r.md",
        "--report",
        "html=out/r.html",
        "--report",
        "junit=out/r.xml",
        "--report",
        "sarif=out/r.sarif",
        "--report",
        "github=out/r.github",
    ];
    // `out` is a file: no report can go under it. The binary says so, before fetching
    // anything (a bad path fails at once, not after the run).
    std::fs::write(dir.path().join("out"), "a file").expect("write");
    let out = Cli::in_dir(dir.path(), &args).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("out/r.json"), "{}", out.stderr);
    assert_eq!(server.total_hits(), 0);
    // A folder that does not exist yet is made (session 38: CI writes reports into folders
    // nothing else makes).
    std::fs::remove_file(dir.path().join("out")).expect("rm");

    let out = Cli::in_dir(dir.path(), &args).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let read = |name: &str| {
        std::fs::read_to_string(dir.path().join("out").join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };

    // JSON: the typed contract.
    let report: Report = serde_json::from_str(&read("r.json")).expect("JSON report");
    let s = &report.summary;
    assert_eq!((s.documents, s.links, s.quotes), (1, 6, 27));
    let fails = failing(&report);
    assert_eq!(fails, 12);
    // Each link and quote only once; the sums of the tallies match the totals.
    assert_eq!(s.statuses.values().sum::<usize>(), s.links);
    assert_eq!(s.verdicts.values().sum::<usize>(), s.quotes);

    // Terminal: no colour on a pipe, the same counts.
    let term = &out.stdout;
    assert!(
        !term.contains('\u{1b}'),
        "escape codes with NO_COLOR on a pipe"
    );
    assert!(
        term.contains(&format!("{} links · {} quotes", s.links, s.quotes)),
        "{term}"
    );
    assert!(
        term.contains(&format!("FAILED: {fails} findings fail")),
        "{term}"
    );
    // Fits 80 columns, except where one unbreakable token (an evidence URL) is longer.
    for l in term.lines() {
        let long_token = l.split(' ').any(|w| w.chars().count() > 50);
        assert!(
            l.chars().count() <= 80 || long_token,
            "over 80 columns: {l}"
        );
    }

    // Markdown: the same counts.
    let md = read("r.md");
    assert!(md.contains(&format!("{fails} findings fail")), "{md}");
    assert!(
        md.contains(&format!("| ❌ altered | {} |", s.verdicts["altered"])),
        "{md}"
    );
    assert!(
        md.contains(&format!("| ❌ dead | {} |", s.statuses["dead"])),
        "{md}"
    );

    // JUnit: one case per link and per quote, unique names, failures = failing findings.
    let xml = read("r.xml");
    assert!(xml.starts_with("<?xml"), "{xml}");
    let attr = |name: &str| -> usize {
        let re = regex::Regex::new(&format!(r#"<testsuites[^>]*\b{name}="(\d+)""#)).expect("re");
        re.captures(&xml)
            .and_then(|c| c[1].parse().ok())
            .expect(name)
    };
    assert_eq!(attr("tests"), s.links + s.quotes);
    assert_eq!(attr("failures"), fails);
    assert_eq!(xml.matches("<testcase ").count(), s.links + s.quotes);
    assert_eq!(xml.matches("<failure ").count(), fails);
    let names_re =
        regex::Regex::new(r#"<testcase name="([^"]*)" classname="([^"]*)""#).expect("re");
    let mut names: Vec<(String, String)> = names_re
        .captures_iter(&xml)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect();
    let n = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), n, "test case names are unique");
    assert_eq!(
        xml.matches("<testsuite ").count(),
        xml.matches("</testsuite>").count()
    );
    assert!(xml.trim_end().ends_with("</testsuites>"));

    // SARIF 2.1.0: errors = failing findings, every location in the article, never a URL.
    let sarif: serde_json::Value = serde_json::from_str(&read("r.sarif")).expect("SARIF JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    let results = run["results"].as_array().expect("results");
    let errors = results.iter().filter(|r| r["level"] == "error").count();
    assert_eq!(errors, fails);
    for r in results {
        let rule = r["ruleId"].as_str().expect("ruleId");
        assert!(rules.contains(&rule), "{rule}");
        let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules.get(i), Some(&rule));
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .expect("uri");
        assert_eq!(uri, "verify-quotes.md");
        assert!(r["partialFingerprints"]
            .as_object()
            .is_some_and(|f| !f.is_empty()));
    }
    assert!(rules.contains(&"misquote") && rules.contains(&"dead-link"));

    // GitHub workflow commands: one `::error` per failing finding, positions in the article.
    let gh = read("r.github");
    let errors: Vec<&str> = gh.lines().filter(|l| l.starts_with("::error ")).collect();
    assert_eq!(errors.len(), fails, "{gh}");
    assert!(
        errors
            .iter()
            .all(|l| l.contains("file=verify-quotes.md,line=")),
        "{gh}"
    );

    // HTML: one self-contained file with the counts.
    let html = read("r.html");
    assert!(html
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("<!doctype html"));
    assert!(html.trim_end().ends_with("</html>"));
    assert!(!html.contains("<script src") && !html.contains("<link rel=\"stylesheet\""));
    assert!(
        html.contains("verify-quotes.md:33"),
        "quotes carry their position"
    );
    for needle in ["27", "Irrigation demand rose by", "number changed"] {
        assert!(html.contains(needle), "HTML lacks {needle}");
    }

    // Snapshots (port, timings and the temp folder scrubbed).
    let paths = [dir.path()];
    snapshot("terminal.txt", &scrub(term, &server, &paths));
    snapshot("report.md", &scrub(&md, &server, &paths));
    snapshot("report.xml", &scrub(&xml, &server, &paths));

    if std::env::var_os("CITECHECK_REPORT_SAMPLES").is_some() {
        let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-samples");
        std::fs::create_dir_all(&samples).expect("mkdir report-samples");
        std::fs::write(samples.join("cli-run.sarif"), read("r.sarif")).expect("write sample");
        std::fs::write(samples.join("cli-run.xml"), &xml).expect("write sample");
    }
}

#[test]
fn github_format_prints_annotations_and_fills_the_step_summary() {
    let server = pages_server(|b| b);
    let dir = tempfile::tempdir().expect("temp dir");
    article_in(dir.path());
    let summary = dir.path().join("step-summary.md");
    // The runner creates the file and other steps may have written to it already.
    std::fs::write(&summary, "previous step\n").expect("write");
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "verify-quotes.md",
            "--format",
            "github",
            "--timeout",
            "2s",
            "--max-retries",
            "0",
            "--remap",
            &remap("sources.example.org", &server),
        ],
    )
    .env("GITHUB_STEP_SUMMARY", &summary)
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines.iter().all(|l| l.starts_with("::")), "{}", out.stdout);
    assert!(
        lines[0].starts_with("::error file=verify-quotes.md,line="),
        "most severe first"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("line=33,") && l.contains("41")),
        "the number misquote is annotated: {}",
        out.stdout
    );
    // Property values are escaped (`:` and `,` in a title would end it early).
    assert!(lines.iter().all(|l| {
        let props = l.split("::").nth(1).unwrap_or("");
        props.split(',').all(|p| p.contains('='))
    }));
    let written = std::fs::read_to_string(&summary).expect("summary");
    assert!(
        written.starts_with("previous step\n"),
        "appended, not overwritten"
    );
    assert!(written.contains("## citecheck"), "{written}");
    assert!(written.contains("findings fail"), "{written}");
    assert!(written.contains("verify-quotes.md:33"), "{written}");

    // Without GITHUB_STEP_SUMMARY nothing is written anywhere else.
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "verify-quotes.md",
            "--format",
            "github",
            "--timeout",
            "2s",
            "--max-retries",
            "0",
            "--remap",
            &remap("sources.example.org", &server),
        ],
    )
    .run();
    assert_eq!(out.code, 1);
    let files: Vec<_> = std::fs::read_dir(dir.path()).expect("ls").collect();
    assert_eq!(files.len(), 2, "only the article and the summary file");
}
