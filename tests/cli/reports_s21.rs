//! Regressions from the twenty-first session's black-box review of the reports: every format
//! agrees on what fails the run, and says what a reader needs to know.

use citecheck::server::{Response, RunningServer, Server};

use crate::support::{run_unprivileged, skipped_unprivileged, write, Cli, Output};

/// A page with one paragraph of text, as articles cite them.
fn page(title: &str, text: &str) -> Response {
    Response::html(format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><main><article><h1>{title}</h1><p>{text}</p></article></main></body></html>"
    ))
}

/// The pages the articles below cite.
fn server() -> RunningServer {
    Server::builder()
        .route(
            "/stats",
            page(
                "Labour statistics 2023",
                "Figures show that unemployment fell by 21 percent in the northern region \
                 during 2023, the largest drop since records began.",
            ),
        )
        .route(
            "/report",
            page(
                "Annual water report",
                "The report concludes that nitrate levels in the lower basin have halved since \
                 2010. It also notes that monitoring stations in the upper basin were closed in \
                 2019 for lack of funds.",
            ),
        )
        .route(
            "/council",
            page(
                "Council minutes",
                "At its meeting on 4 March the council voted to close the Elm Street library \
                 for renovation.",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback")
}

/// Runs `check` on `files` (written into a fresh folder, `BASE` replaced by the server's
/// address) with `args` after them.
fn check(server: &RunningServer, files: &[(&str, &str)], args: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, body) in files {
        write(dir.path(), name, body.replace("BASE", &server.base_url()));
    }
    let mut all = vec![
        "check",
        "--no-config",
        "--no-progress",
        "--max-retries",
        "0",
    ];
    all.extend_from_slice(args);
    Cli::in_dir(dir.path(), &all).run()
}

/// 01: with `--fail-on warnings`, a missing `#fragment` fails the run, and JUnit said
/// `failures="0"` with no `<failure>` on the link's case while SARIF, GitHub and the exit
/// status said it failed.
#[test]
fn junit_fails_a_missing_fragment_under_fail_on_warnings() {
    let server = server();
    let article = [("frag.md", "# F\n\n[a](BASE/stats#nope)\n")];
    let out = check(
        &server,
        &article,
        &["frag.md", "--fail-on", "warnings", "--format", "junit"],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("<testsuites name=\"citecheck\" tests=\"1\" failures=\"1\""),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("<failure type=\"missing_fragment\""),
        "{}",
        out.stdout
    );
    // The HTML report's links table shows it as failing too (it showed a warning).
    let out = check(
        &server,
        &article,
        &["frag.md", "--fail-on", "warnings", "--format", "html"],
    );
    assert!(
        out.stdout
            .contains("<tr class=\"lvl-error\" data-status=\"ok\""),
        "{}",
        out.stdout
    );
    // Without `warnings` in the policy it is a warning: the case passes, the run too.
    let out = check(&server, &article, &["frag.md", "--format", "junit"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.contains("<failure"), "{}", out.stdout);
}

/// 02: an input that could not be read (a file without read permission, in a folder: exit
/// 2) was a `::warning` with "0 failing" in GitHub annotations and a `warning` in SARIF,
/// where the README promises such a run never says it passed in any format.
#[cfg(unix)]
#[test]
fn an_unreadable_input_is_an_error_in_github_and_sarif() {
    let server = server();
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "d/a.md",
        format!("A [link]({}/stats).\n", server.base_url()),
    );
    write(dir.path(), "d/b.md", "Locked.\n");
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = std::fs::Permissions::from_mode(0o000);
        std::fs::set_permissions(dir.path().join("d/b.md"), locked).expect("chmod");
    }
    let run = |format: &str| {
        run_unprivileged(
            dir.path(),
            &[
                "check",
                "--no-config",
                "--no-progress",
                "d",
                "--format",
                format,
            ],
        )
    };
    let Some(out) = run("github") else {
        skipped_unprivileged();
        return;
    };
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("::error file=d/b.md,") && l.contains("Unreadable input")),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("::warning"), "{}", out.stdout);
    let summary = out.stdout.lines().last().unwrap_or_default();
    // It is not also counted among the findings that fail (the link is fine), nor in the
    // JSON's warnings, nor in the HTML's document warnings (review: it was, in all three).
    assert!(
        summary.contains("1 input could not be read; 0 failing, 0 warnings"),
        "{summary}"
    );
    let out = run("json").expect("ran unprivileged before");
    assert_eq!(crate::support::json(&out)["summary"]["warnings"], 0);
    let out = run("html").expect("ran unprivileged before");
    assert!(
        out.stdout.contains("Inputs that could not be read (1)")
            && !out.stdout.contains("Document and metadata warnings"),
        "{}",
        out.stdout
    );
    let out = run("sarif").expect("ran unprivileged before");
    assert_eq!(out.code, 2, "{}", out.stderr);
    let sarif = crate::support::json(&out);
    let run = &sarif["runs"][0];
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(results[0]["level"], "error");
    assert_eq!(results[0]["ruleId"], "unreadable-input");
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    let note = &run["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert!(
        note["message"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("d/b.md")),
        "{note}"
    );
}

/// 09: the terminal printed a green "✓ 0 links ok" under a document whose only link is dead.
#[test]
fn terminal_marks_no_zero_count_ok() {
    let server = server();
    let out = check(
        &server,
        &[
            ("old.md", "# old\n\n[broken](BASE/gone-archive)\n"),
            ("new.md", "# new\n\n[fine](BASE/stats)\n"),
        ],
        &["old.md", "new.md", "--color", "never"],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(!out.stdout.contains("0 links ok"), "{}", out.stdout);
    assert!(!out.stdout.contains("✓ 0"), "{}", out.stdout);
    // The document whose link is fine still has its tick.
    assert!(
        out.stdout.contains("✓ 1 link ok · no problems"),
        "{}",
        out.stdout
    );
}

/// 10: a short quote not found was a yellow "quote not found" beside a red one, with no word
/// that it is only a warning because it is short.
#[test]
fn a_short_quote_not_found_says_why_it_is_a_warning() {
    let server = server();
    let article = [(
        "s.md",
        "The council called it \"a bold renovation plan\".[^1] And it said \"the council \
         voted to close the library for ever and ever\".[^1]\n\n[^1]: BASE/council\n",
    )];
    let why = "4 words; a warning unless --fail-on default,short_quotes";
    let out = check(&server, &article, &["s.md", "--color", "never"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout.contains("!")
            && out.stdout.contains("short quote not found (score")
            && out.stdout.contains(why),
        "{}",
        out.stdout
    );
    let out = check(&server, &article, &["s.md", "--format", "github"]);
    assert!(
        out.stdout.lines().any(|l| l.starts_with("::warning ")
            && l.contains("short quote not found “a bold renovation plan”")
            && l.contains(why)),
        "{}",
        out.stdout
    );
    let out = check(&server, &article, &["s.md", "--format", "markdown"]);
    assert!(
        out.stdout
            .contains("**Short quote not found** at s.md:1:23 (4 words; a warning"),
        "{}",
        out.stdout
    );
    // Named in the policy, it fails like any quote not found, and nothing says otherwise.
    let out = check(
        &server,
        &article,
        &["s.md", "--fail-on", "altered,not_found,short_quotes"],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(!out.stdout.contains("short_quotes"), "{}", out.stdout);
    assert!(
        out.stdout.contains("quote not found (score"),
        "{}",
        out.stdout
    );
}

/// 08: HTML and Markdown showed an "evidence" link (to the bare page) for quotes that have
/// no evidence (`fragment_link` null: not found, or unverifiable on a page cut at
/// `--max-body`), and HTML said the page cut at `--max-body` "could not be read".
#[test]
fn unfound_quotes_link_the_checked_page_not_evidence() {
    let mut big = "Lorem ipsum dolor sit amet consectetur adipiscing elit. ".repeat(2000);
    big.push_str(
        "At the very end the report states that the budget deficit doubled in a single year.",
    );
    let server = Server::builder()
        .route(
            "/report",
            page(
                "Annual water report",
                "The report concludes that nitrate levels in the lower basin have halved since 2010.",
            ),
        )
        .route("/big", page("Big page", &big))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let article = [(
        "e.md",
        "It claimed \"the ocean temperatures reached a record high in the southern hemisphere \
         last spring\".[^1]\n\nThe big report states that \"the budget deficit doubled in a \
         single year\".[^2]\n\n[^1]: BASE/report\n[^2]: BASE/big\n",
    )];
    let out = check(
        &server,
        &article,
        &["e.md", "--max-body", "20KiB", "--format", "json"],
    );
    let report = out.report();
    let verdicts: Vec<(&str, bool)> = report
        .quotes
        .iter()
        .map(|q| (q.verdict.as_str(), q.fragment_link.is_none()))
        .collect();
    assert_eq!(
        verdicts,
        [("not_found", true), ("unverifiable", true)],
        "{}",
        out.stdout
    );
    let html = check(
        &server,
        &article,
        &["e.md", "--max-body", "20KiB", "--format", "html"],
    )
    .stdout;
    assert!(!html.contains("evidence ↗"), "{html}");
    assert_eq!(html.matches(">checked page ↗</a>").count(), 2, "{html}");
    assert!(
        !html.contains("The cited page could not be read."),
        "{html}"
    );
    assert!(
        html.contains("Not found on the page as it could be read"),
        "{html}"
    );
    let md = check(
        &server,
        &article,
        &["e.md", "--max-body", "20KiB", "--format", "markdown"],
    )
    .stdout;
    assert!(!md.contains("[evidence]"), "{md}");
    assert_eq!(md.matches("[checked page](<").count(), 2, "{md}");
}

/// 07: the terminal, Markdown and the HTML card said 3 warnings; the JSON `summary.warnings`
/// and the HTML section "Warnings (1)", on the same page as the card, said 1. The summaries
/// count every finding that only warns; the JSON (and the HTML section, named apart) count
/// document warnings and metadata mismatches, as documented.
#[test]
fn warnings_counts_are_named_apart() {
    let server = server();
    let article = [(
        "w.md",
        "A shopkeeper told us \"business has never been this slow in thirty years of trading \
         here\".\n\nThe old page said \"the library will close for renovation next month\".[^1]\
         \n\nIt says \"unemployment fell by 21 percent in the northern region\".[^2]\n\n\
         [^1]: BASE/gone\n[^2]: Labour Office, \"Labour statistics 2023\", BASE/stats\n",
    )];
    let dir = tempfile::tempdir().expect("temp dir");
    let out = check(
        &server,
        &article,
        &[
            "w.md",
            "--color",
            "never",
            "--report",
            &format!("json={}", dir.path().join("r.json").display()),
            "--report",
            &format!("markdown={}", dir.path().join("r.md").display()),
            "--report",
            &format!("html={}", dir.path().join("r.html").display()),
            "--report",
            &format!("github={}", dir.path().join("r.github").display()),
        ],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).expect(name);
    let json: serde_json::Value = serde_json::from_str(&read("r.json")).expect("JSON");
    assert_eq!(json["summary"]["warnings"], 1, "{json}");
    assert!(out.stdout.contains(", 3 warnings"), "{}", out.stdout);
    assert!(read("r.md").contains(" · 3 warnings"));
    assert!(read("r.github").contains(" failing, 3 warnings"));
    let html = read("r.html");
    assert!(
        html.contains("id=\"card-warnings\" data-count=\"3\""),
        "{html}"
    );
    assert!(
        html.contains("<h2>Document and metadata warnings (1)</h2>"),
        "{html}"
    );
    assert!(!html.contains(">Warnings ("), "{html}");
}

/// 05: a `partial` quote had `differences: []`, though the docs give differences for
/// `altered` and `partial`: the part not found was only in the free-text `detail`. Each part
/// not on the page is now an `added` difference, noted `part not found`.
#[test]
fn a_partial_quote_lists_the_missing_part_as_a_difference() {
    let server = server();
    let article = [(
        "p.md",
        "The report said \"nitrate levels in the lower basin have halved since 2010 … the \
         government will build three new treatment plants by 2030\".[^1]\n\n[^1]: BASE/report\n",
    )];
    let out = check(&server, &article, &["p.md", "--format", "json"]);
    let json = crate::support::json(&out);
    let q = &json["quotes"][0];
    assert_eq!(q["verdict"], "partial", "{q}");
    assert_eq!(
        q["differences"],
        serde_json::json!([{
            "kind": "added",
            "quote": "the government will build three new treatment plants by 2030",
            "source": "",
            "note": "part not found",
        }]),
        "{q}"
    );
    let out = check(&server, &article, &["p.md", "--format", "markdown"]);
    assert!(
        out.stdout.contains(
            "| the government will build three new treatment plants by 2030 | — | part not found |"
        ),
        "{}",
        out.stdout
    );
    let out = check(&server, &article, &["p.md", "--color", "never"]);
    assert!(
        out.stdout
            .contains("part not on the page: “the government will build three new"),
        "{}",
        out.stdout
    );
}

/// 03: the Markdown report (for a pull-request comment) had no size cap: 1,000 clean files
/// gave 211 KB, and GitHub refuses a comment over 65,536 characters. It is now kept under
/// 60,000 characters: the failures whole and first, the verified quotes summed up, and a
/// notice saying what was left out and how to get the full report.
#[test]
fn the_markdown_report_stays_under_its_cap() {
    let server = Server::builder()
        .route(
            "/shared",
            page(
                "Shared",
                "The quick brown fox jumps over the lazy dog every day, the shared source says.",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..1000 {
        write(
            dir.path(),
            &format!("big/p{i:04}.md"),
            format!(
                "# P{i}\n\nThe source says that \"the quick brown fox jumps over the lazy dog \
                 every day\".[^1]\n\n[^1]: {}/shared\n",
                server.base_url()
            ),
        );
    }
    write(
        dir.path(),
        "big/zz-bad.md",
        format!(
            "# Bad\n\nIt says \"the quick brown cat jumps over the lazy dog every day\".[^1]\n\n\
             [^1]: {}/shared\n",
            server.base_url()
        ),
    );
    let run = |dir: &std::path::Path| {
        Cli::in_dir(
            dir,
            &[
                "check",
                "--no-config",
                "--no-progress",
                "big",
                "--format",
                "markdown",
            ],
        )
        .run()
    };
    let out = run(dir.path());
    assert_eq!(out.code, 1, "{}", out.stderr);
    let md = &out.stdout;
    assert!(md.chars().count() <= 60_000, "{} characters", md.len());
    // The failure is there in full; the verified quotes are counted, not listed.
    assert!(
        md.contains("### ❌ Failures (1)") && md.contains("| cat | fox |  |"),
        "{md}"
    );
    assert!(md.contains("### ✅ Verified quotes (1000)"), "{md}");
    assert!(
        md.contains("1000 quotes verified: listed in the full report."),
        "{md}"
    );
    assert!(md.matches("\n- big/p").count() < 10, "{md}");
    assert!(
        md.contains("This report is shortened")
            && md.contains("the list of the 1000 verified quotes")
            && md.contains("--report html="),
        "{md}"
    );

    // Failures beyond the cap: the first ones whole, the rest counted, most severe first.
    // (Each a link of its own: one link failing in many places is one entry.)
    let many = tempfile::tempdir().expect("temp dir");
    let mut text = String::from("# Many\n\n");
    for i in 0..3000 {
        text.push_str(&format!(
            "Line {i} cites [a page](http://127.0.0.1:1/gone/{i}).\n\n"
        ));
    }
    write(many.path(), "big/many.md", text);
    let out = run(many.path());
    assert_eq!(out.code, 1, "{}", out.stderr);
    let md = &out.stdout;
    assert!(md.chars().count() <= 60_000, "{} characters", md.len());
    assert!(md.contains("### ❌ Failures (3000)"), "{md}");
    let shown = md.matches("- **Dead link** at big/many.md:").count();
    assert!(shown > 100 && shown < 3000, "{shown}");
    assert!(
        md.contains(&format!("- … and {} more not shown here", 3000 - shown)),
        "{md}"
    );
    assert!(
        md.contains(&format!("Left out here: {} failures.", 3000 - shown)),
        "{md}"
    );
}
