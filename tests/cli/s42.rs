//! The forty-second session: what `check` tells an editor about a draft's unfinished links.

use crate::support::{json, write, Cli};

/// A link written with no address yet (`[the report](#)`) was listed by `extract` as a
/// placeholder and then left out of `check`'s report altogether: an editor checking a draft
/// before publishing was never told. Each is now a document warning where it stands,
/// counted in the summary's warnings, failing the run only with `--fail-on warnings`. A
/// `javascript:` link in HTML is a script's button, and a page's furniture is the site's:
/// neither is warned about.
#[test]
fn placeholder_links_are_warnings_in_checks_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "draft.md",
        "# Ferry timetable\n\nThe [council's report](#) says the ferry will run all winter, \
         and the [timetable]() is out next week.\n\nContact [the desk](mailto:desk@example.org).\n",
    );
    write(
        dir.path(),
        "page.html",
        "<html><body><nav><a href=\"#\">Menu</a></nav><main><article><h1>Ferry</h1>\
         <p>The <a href=\"#\">council's report</a> says so. \
         <a href=\"javascript:void(0)\">Share</a></p></article></main></body></html>",
    );
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "draft.md",
            "page.html",
        ],
    )
    .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let v = json(&out);
    let warnings = |i: usize| -> Vec<(u64, u64, String)> {
        v["documents"][i]["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .map(|w| {
                (
                    w["line"].as_u64().unwrap_or(0),
                    w["column"].as_u64().unwrap_or(0),
                    w["message"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    assert_eq!(
        warnings(0),
        [
            (
                3,
                5,
                "placeholder link “council's report” (`#`) points nowhere yet".to_string()
            ),
            (
                3,
                71,
                "placeholder link “timetable” (an empty address) points nowhere yet".to_string()
            ),
        ],
        "{}",
        out.stdout
    );
    let page = warnings(1);
    assert_eq!(page.len(), 1, "{page:?}");
    assert!(page[0].2.contains("“council's report”"), "{page:?}");
    assert_eq!(v["summary"]["warnings"], 3, "{}", out.stdout);

    // The terminal report shows them; `--fail-on warnings` fails on them.
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--no-progress",
            "--fail-on",
            "warnings",
            "draft.md",
        ],
    )
    .run();
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("draft.md:3:5") && out.stdout.contains("points nowhere yet"),
        "{}",
        out.stdout
    );
}

/// The forty-fifth session: a placeholder link a quotation was to be sourced by is one
/// warning in `check`'s report, the quotation's (`extract`'s), not that and the
/// placeholder's both; a placeholder sourcing nothing keeps its own.
#[test]
fn a_placeholder_sourcing_a_quotation_is_warned_about_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "draft.md",
        "# Ferry\n\nThe crossing is \"closed until the swell drops below two metres,\" \
         according to [the coastguard](#).\n\nSee the [timetable](#) for more.\n",
    );
    let out = Cli::in_dir(
        dir.path(),
        &["check", "--no-config", "--format", "json", "draft.md"],
    )
    .run();
    let v = json(&out);
    let messages: Vec<String> = v["documents"][0]["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .map(|w| w["message"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        messages,
        [
            "quotation attributed to a placeholder link `the coastguard`: its source was \
             never filled in",
            "placeholder link “timetable” (`#`) points nowhere yet"
        ],
        "{}",
        out.stdout
    );
}
