//! Regressions and features from the fiftieth session: a missing `#fragment` names the
//! anchor it most likely meant.

use citecheck::server::{Response, Server};

use crate::support::{json, write, Cli};

/// A renamed heading or a misspelt id was reported only as "no such #fragment": a docs team
/// had to open the page and hunt for the anchor. Now the report names the nearest one (in
/// the detail, the finding's message and the JSON's `nearest_anchors`), for a page fetched,
/// each form of one page checked at several fragments, and a result read back from the
/// cache; a fragment near nothing, or equally near two anchors, gets no guess.
#[test]
fn a_missing_fragment_names_the_nearest_anchor_of_a_page() {
    let page = "<!doctype html><title>Guide</title><h2 id=\"installation\">Installation</h2>\
                <h2 id=\"config-options\">Options</h2><h2 id=\"step-1\">One</h2>\
                <h2 id=\"step-2\">Two</h2><p>Text.</p>";
    let server = Server::builder()
        .route("/guide", Response::html(page))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let base = server.url("/guide");
    write(
        d,
        "a.md",
        format!(
            "# A\n\nRead [how to install]({base}#instalation), [the options]({base}#Config_Options),\n\
             [a step]({base}#step-3), [nothing]({base}#zzzz) and [the top]({base}#installation).\n"
        ),
    );
    let cache = d.join("cache.json");
    let cache = cache.to_str().expect("a UTF-8 path");
    for round in ["fresh", "cached"] {
        let out = Cli::in_dir(
            d,
            &[
                "check",
                "--no-config",
                "a.md",
                "--format",
                "json",
                "--report",
                "sarif=out.sarif",
                "--cache",
                "--cache-path",
                cache,
            ],
        )
        .run();
        assert_eq!(out.code, 0, "{round}: {}", out.stderr);
        let report = json(&out);
        let links = report["links"].as_array().expect("links");
        let link = |frag: &str| {
            links
                .iter()
                .find(|l| l["url"].as_str() == Some(&format!("{base}#{frag}")))
                .unwrap_or_else(|| panic!("{round}: no link #{frag}: {links:#?}"))
        };
        if round == "cached" {
            assert_eq!(link("instalation")["cached"], true, "{round}");
        }
        let typo = link("instalation");
        assert_eq!(typo["fragment"], "missing", "{round}");
        assert_eq!(
            typo["nearest_anchors"]["instalation"], "installation",
            "{round}"
        );
        let detail = typo["detail"].as_str().expect("detail");
        assert!(
            detail.ends_with("anchor #instalation is missing (did you mean #installation?)"),
            "{round}: {detail}"
        );
        // Only its own fragment's hint, not its neighbours'.
        assert!(!detail.contains("config-options"), "{round}: {detail}");
        let case = link("Config_Options");
        assert_eq!(
            case["nearest_anchors"]["Config_Options"], "config-options",
            "{round}"
        );
        // `#step-3` is one edit from `#step-1` and from `#step-2`: no guess.
        for frag in ["step-3", "zzzz"] {
            let l = link(frag);
            assert_eq!(l["fragment"], "missing", "{round} {frag}");
            assert!(l.get("nearest_anchors").is_none(), "{round} {frag}: {l:#}");
            assert!(
                !l["detail"]
                    .as_str()
                    .expect("detail")
                    .contains("did you mean"),
                "{round} {frag}"
            );
        }
        assert_eq!(link("installation")["fragment"], "found", "{round}");
        let sarif = std::fs::read_to_string(d.join("out.sarif")).expect("sarif");
        assert!(
            sarif.contains(
                "#instalation: no such #fragment on the page (did you mean #installation?)"
            ),
            "{round}: {sarif}"
        );
    }
}

/// The same hint for a local file's headings and for a document's own sections read from
/// standard input.
#[test]
fn a_missing_fragment_names_the_nearest_heading_of_a_file_or_the_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "guide.md", "# Guide\n\n## Getting started\n\nSteps.\n");
    let draft = "# Draft\n\nSee [the guide](guide.md#getting-startd) and [below](#overveiw).\n\n## Overview\n\nText.\n";
    write(d, "a.md", draft);
    let out = Cli::in_dir(d, &["check", "--no-config", "a.md"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    // The terminal report wraps its lines.
    let text = out.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    for hint in [
        "guide.md#getting-startd: no such #fragment on the page (did you mean #getting-started?)",
        "a.md#overveiw: no such #fragment on the page (did you mean #overview?)",
    ] {
        assert!(text.contains(hint), "{hint}\n{}", out.stdout);
    }
    let out = Cli::in_dir(d, &["check", "--no-config", "-", "--format", "json"])
        .stdin(draft)
        .run();
    let report = json(&out);
    let own = report["links"]
        .as_array()
        .expect("links")
        .iter()
        .find(|l| l["missing_fragments"][0] == "overveiw")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(own["nearest_anchors"]["overveiw"], "overview", "{own:#}");
}

/// Regression (fiftieth session's evaluation): `Zoë Marchetti, who runs the Café Lumière,
/// put it plainly: “…”` gave the words to `Café Lumière`, the name in the aside, so a page
/// crediting Zoë Marchetti disputed them and failed the run.
#[test]
fn a_clause_between_a_speaker_and_put_it_keeps_the_speaker() {
    let page = "<!doctype html><title>Café owners fight parking charges</title><article>\
                <p>Traders on Quay Street say the new charges will empty the town on its \
                quietest day of trade, and the council has agreed to hear them next month.</p>\
                <p>“Sunday is the one day people come into town just to wander, and if they \
                have to pay to park they will go elsewhere,” said Zoë Marchetti, who runs the \
                Café Lumière on the corner of the square.</p></article>";
    let report = crate::support::check_article(
        vec![("/cafe", Response::html(page))],
        "# Quay Street\n\nZoë Marchetti, who runs the Café Lumière, put it plainly: “Sunday is \
         the one day people come into town just to wander, and if they have to pay to park \
         they will go elsewhere.”[^1]\n\n[^1]: Riverside News, “Café owners fight parking \
         charges”, <BASE/cafe>\n",
    );
    let q = crate::support::quote_result(&report, "Sunday is");
    assert_eq!(
        q.verdict,
        citecheck::model::Verdict::Verified,
        "{}",
        q.detail
    );
    assert!(q.disputes.is_empty(), "{:?}", q.disputes);
}

/// An editor's evaluation: `--fail-on altred` listed the valid names without saying which
/// was meant (a misspelt option or config key did), and a missing input was "No such file
/// or directory (os error 2)".
#[test]
fn a_misspelt_fail_on_name_and_a_missing_input_are_said_plainly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", "# A\n\nNothing cited.\n");
    let out = Cli::in_dir(
        d,
        &["check", "--no-config", "--fail-on", "dead,altred", "a.md"],
    )
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("unknown name `altred` (did you mean `altered`?"),
        "{}",
        out.stderr
    );
    // Nothing near: no guess.
    let out = Cli::in_dir(
        d,
        &["check", "--no-config", "--fail-on", "everything", "a.md"],
    )
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(!out.stderr.contains("did you mean"), "{}", out.stderr);
    let out = Cli::in_dir(d, &["check", "--no-config", "rivr.html"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(
        out.stderr.trim(),
        "citecheck: cannot read rivr.html: no such file or folder"
    );
}

/// A fact-checker's evaluation: a page answering 200 with nothing at all was a plain `ok`
/// link (`HTTP 200 OK`); only a quote citing it said the page was empty. The link says it
/// too, whether or not a quote needed the body; a 204 (no content, by design) does not.
#[test]
fn an_empty_page_says_so_on_its_link() {
    let server = Server::builder()
        .route("/empty", Response::html(""))
        .route("/none", Response::status(204))
        .route(
            "/full",
            Response::html("<title>Full</title><p>Some words here.</p>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# A\n\nSee [empty]({}), [none]({}) and [full]({}).\n\nShe said “these are the \
             words of the empty page today”.[^1]\n\n[^1]: <{}>\n",
            server.url("/empty"),
            server.url("/none"),
            server.url("/full"),
            server.url("/empty?q=1"),
        ),
    );
    let out = Cli::in_dir(d, &["check", "--no-config", "a.md", "--format", "json"]).run();
    let report = json(&out);
    let detail = |path: &str| {
        report["links"]
            .as_array()
            .expect("links")
            .iter()
            .find(|l| l["url"].as_str() == Some(&server.url(path)))
            .and_then(|l| l["detail"].as_str())
            .unwrap_or_else(|| panic!("no link {path}: {report:#}"))
            .to_string()
    };
    for path in ["/empty", "/empty?q=1"] {
        assert!(
            detail(path).ends_with("; the body is empty"),
            "{path}: {}",
            detail(path)
        );
    }
    for path in ["/none", "/full"] {
        assert!(!detail(path).contains("empty"), "{path}: {}", detail(path));
    }
}

/// An editor's evaluation: `citecheck check articles`, run from above the folder, read
/// neither `articles/citecheck.toml` nor `articles/.citecheckignore` (both are looked for
/// from the working folder up), and said nothing: the run failed on the links the team had
/// decided to ignore. Each file not read is named on standard error with what to do; run
/// from the folder, or with `--config` or `--no-config`, nothing is said.
#[test]
fn settings_beside_the_inputs_that_are_not_read_are_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "articles/citecheck.toml", "timeout = \"5s\"\n");
    write(d, "articles/.citecheckignore", "partner\\.invalid\n");
    write(d, "articles/sub/a.md", "# A\n\nNothing cited.\n");
    write(d, "notes/.citecheckignore", "other\\.invalid\n");
    write(d, "notes/b.md", "# B\n\nNothing cited.\n");
    for cmd in ["check", "extract"] {
        let out = Cli::in_dir(d, &[cmd, "articles", "notes/b.md"]).run();
        assert_eq!(out.code, 0, "{cmd}: {}", out.stderr);
        let err = out.stderr.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            err.contains(
                "warning: articles/citecheck.toml is not read (citecheck reads the one in the \
                 working folder or above it): run from articles, or pass --config \
                 articles/citecheck.toml"
            ),
            "{cmd}: {err}"
        );
        // The ignore files matter to `check` only.
        assert_eq!(
            err.contains("articles/.citecheckignore is not read"),
            cmd == "check",
            "{cmd}: {err}"
        );
        assert_eq!(
            err.contains("notes/.citecheckignore is not read (citecheck reads the one in the working folder or above it): run from notes"),
            cmd == "check",
            "{cmd}: {err}"
        );
    }
    let inside = Cli::in_dir(&d.join("articles"), &["check", ".", "sub/a.md"]).run();
    assert_eq!(inside.code, 0, "{}", inside.stderr);
    assert!(inside.stderr.is_empty(), "{}", inside.stderr);
    for extra in [
        &["--no-config"][..],
        &["--config", "articles/citecheck.toml"][..],
    ] {
        let mut args = vec!["check", "articles"];
        args.extend_from_slice(extra);
        let out = Cli::in_dir(d, &args).run();
        assert!(
            !out.stderr.contains("is not read"),
            "{extra:?}: {}",
            out.stderr
        );
    }
}

/// An editor's evaluation: `--verbose` listed `excluded` links with no reason (the HTML
/// report gives the `.citecheckignore` rule and its line), and a dead link cited by no quote
/// gave no hint that an archive may have kept the page. The reason is under each such
/// line; the hint is said once under the result, and not when `--suggest-archive` ran.
#[test]
fn verbose_says_why_a_link_was_not_checked_and_a_gone_page_hints_at_the_archive() {
    let server = Server::builder()
        .route("/gone", Response::status(404))
        .route(
            "/here",
            Response::html("<title>Here</title><p>Some words.</p>"),
        )
        .route("/api", Response::text("{\"archived_snapshots\": {}}"))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, ".citecheckignore", "# partners\npartner\\.invalid\n");
    write(
        d,
        "a.md",
        format!(
            "# A\n\nSee [p](https://partner.invalid/x), [gone]({}) and [here]({}).\n",
            server.url("/gone"),
            server.url("/here")
        ),
    );
    let out = Cli::in_dir(d, &["check", "a.md", "--verbose"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout.lines().all(|l| l.chars().count() <= 80),
        "{}",
        out.stdout
    );
    let text = out.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "· a.md:3:5 excluded https://partner.invalid/x matches `partner\\.invalid` (line 2 \
             of .citecheckignore)"
        ),
        "{}",
        out.stdout
    );
    assert!(
        text.ends_with(
            "Hint: --suggest-archive asks the Wayback Machine for copies of the cited page \
             that is gone (dead or a soft 404)"
        ),
        "{}",
        out.stdout
    );
    let api = server.url("/api");
    let out = Cli::in_dir(
        d,
        &["check", "a.md", "--suggest-archive", "--archive-api", &api],
    )
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(!out.stdout.contains("Hint:"), "{}", out.stdout);
}

/// A fact-checker's evaluation: `"…".[^1] It received 1,240 responses.[^2]`, the quote word
/// for word on note 2's page, was a bare `not_found`: note 2's page was never read, no quote
/// citing it. A quote its own page lacks is now looked for on the pages of the document's
/// other notes too (fetched once each, the verdict unchanged), and the detail says where it
/// is; a page no note names, or an excluded one, is not fetched for it.
#[test]
fn a_quote_cited_to_the_wrong_note_points_to_the_page_that_has_it() {
    let minutes = "<!doctype html><title>Minutes</title><main><p>The committee agreed to \
                   freeze mooring fees for the coming year after a long discussion of the \
                   fleet's accounts and the state of the harbour wall.</p></main>";
    let review = "<!doctype html><title>Ferry review</title><main><p>Having read every \
                  response, the panel concluded that the current timetable does not meet the \
                  needs of islanders who work on the mainland, and asked for an earlier \
                  crossing.</p></main>";
    let server = Server::builder()
        .route("/minutes", Response::html(minutes))
        .route("/review", Response::html(review))
        .route("/other", Response::html(review))
        .route("/excluded", Response::html(review))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# Two decisions\n\nThe panel concluded that \"the current timetable does not meet \
             the needs of islanders who work on the mainland\".[^1] It received 1,240 \
             responses.[^2] See also [this]({}) and [that]({}).[^3]\n\n\
             [^1]: Minutes of the Harbour Committee, <{}>\n\
             [^2]: Island ferry review, <{}>\n\
             [^3]: Another copy, <{}>\n",
            server.url("/other"),
            server.url("/excluded"),
            server.url("/minutes"),
            server.url("/review"),
            server.url("/excluded"),
        ),
    );
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "--no-config",
            "a.md",
            "--format",
            "json",
            "--exclude",
            "/excluded",
        ],
    )
    .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report = json(&out);
    let q = &report["quotes"][0];
    assert_eq!(q["verdict"], "not_found", "{q:#}");
    let detail = q["detail"].as_str().expect("detail");
    assert!(
        detail.contains(&format!(
            "the quote is on {} (note 2), which the article also cites: check the note number",
            server.url("/review")
        )),
        "{detail}"
    );
    assert!(
        !detail.contains("/excluded") && !detail.contains("/other"),
        "{detail}"
    );
    // Note 2's page read once for the quote (its link checked first), the plain link's page
    // never read in full, the excluded one never asked for.
    assert_eq!(server.hits("/excluded"), 0);
    assert!(server.hits("/review") <= 2, "{}", server.hits("/review"));
}

/// An editor's evaluation: the terminal, Markdown and HTML summaries said `4 warnings`
/// where the JSON's `summary.warnings` said 0 (it counts document and metadata warnings
/// only, as documented), so a dashboard built on the JSON disagreed with what editors saw.
/// `summary.findings` gives the summaries' counts under the run's `--fail-on`.
#[test]
fn the_json_summary_counts_findings_as_the_other_reports_do() {
    let server = Server::builder()
        .route("/gone", Response::status(404))
        .route("/shut", Response::status(403))
        .route(
            "/here",
            Response::html("<title>Here</title><p>Some words.</p>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "a.md",
        format!(
            "# A\n\nSee [gone]({}), [shut]({}) and [here]({}).\n",
            server.url("/gone"),
            server.url("/shut"),
            server.url("/here")
        ),
    );
    for (fail_on, failing, warnings) in [("default", 1, 1), ("default,blocked", 2, 0), ("", 0, 2)] {
        let out = Cli::in_dir(
            d,
            &[
                "check",
                "--no-config",
                "a.md",
                "--fail-on",
                fail_on,
                "--format",
                "json",
                "--report",
                "terminal=out.txt",
            ],
        )
        .run();
        let report = json(&out);
        assert_eq!(
            report["summary"]["findings"],
            serde_json::json!({"failing": failing, "warnings": warnings}),
            "{fail_on}"
        );
        let text = std::fs::read_to_string(d.join("out.txt")).expect("terminal report");
        let result = text
            .lines()
            .find(|l| l.starts_with("Result:"))
            .expect("result line");
        if failing > 0 {
            let n = if failing == 1 {
                "1 finding fails"
            } else {
                "2 findings fail"
            };
            assert!(result.contains(n), "{fail_on}: {result}");
        }
        if warnings > 0 {
            let n = if warnings == 1 {
                "1 warning"
            } else {
                "2 warnings"
            };
            assert!(result.ends_with(n), "{fail_on}: {result}");
        }
    }
}

/// The fiftieth session's second evaluation: `Council leader Tom Ashby was unapologetic:
/// “…”` named no speaker for the quote (only a verb of saying did), so a page crediting the
/// words to someone else (`<footer>— Helen Marsh</footer>` in its block quotation) passed
/// them as verified with no dispute. A name, a verb of being and a word of manner before
/// the colon name the speaker, as `put it plainly:` does.
#[test]
fn a_name_was_unapologetic_colon_names_the_speaker() {
    let page = "<!doctype html><title>Pool to close</title><main><article><p>The council \
                confirmed on Monday that the town's only public pool will close in March, \
                after a review of the leisure budget found no money for its repairs.</p>\
                <blockquote><p>We cannot keep the pool open on the current budget, and we \
                will not pretend otherwise.</p><footer>— Helen Marsh, finance director\
                </footer></blockquote><p>Swimming clubs have asked for a meeting.</p>\
                </article></main>";
    let report = crate::support::check_article(
        vec![("/pool", Response::html(page))],
        "# Pool\n\nCouncil leader Tom Ashby was unapologetic: \"We cannot keep the pool open \
         on the current budget, and we will not pretend otherwise.\"[^1]\n\n\
         [^1]: Council statement, <BASE/pool>\n",
    );
    let q = crate::support::quote_result(&report, "We cannot keep");
    assert_eq!(
        q.verdict,
        citecheck::model::Verdict::Verified,
        "{}",
        q.detail
    );
    assert!(
        q.disputes
            .iter()
            .any(|d| d.message.contains("Helen Marsh") && d.message.contains("Tom Ashby")),
        "{:?}",
        q.disputes
    );
}
