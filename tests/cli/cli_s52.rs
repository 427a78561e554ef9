//! Regressions from the fifty-second session.

use crate::support::{json, write, Cli};

/// A file named by a path with `..` (`../guides/x.md`, read from a sibling folder) made
/// every relative link it holds a URL with the `..` kept (`file:///…/a/../guides/missing.md`),
/// while the finding about the same link named `/…/guides/missing.md`: one address, two
/// spellings in one report.
#[test]
fn links_of_a_file_named_through_dot_dot_have_no_dot_segments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::create_dir_all(d.join("a")).expect("a");
    write(
        d,
        "guides/x.md",
        "# Guide\n\nSee [the setup](missing.md) and [the intro](./intro.md).\n",
    );
    write(d, "guides/intro.md", "# Intro\n");
    let out = Cli::in_dir(
        &d.join("a"),
        &[
            "extract",
            "--no-config",
            "--format",
            "json",
            "../guides/x.md",
        ],
    )
    .run();
    let report = json(&out);
    let urls: Vec<String> = report["documents"][0]["links"]
        .as_array()
        .expect("links")
        .iter()
        .filter_map(|l| l["url"].as_str().map(str::to_string))
        .collect();
    assert_eq!(urls.len(), 2, "{report:#?}");
    for u in &urls {
        assert!(!u.contains("/../") && !u.contains("/./"), "{u}");
        assert!(u.starts_with("file://") && u.contains("/guides/"), "{u}");
    }
    assert_eq!(
        report["documents"][0]["file"], "../guides/x.md",
        "{report:#?}"
    );
    // And `check` finds the one missing and the other there.
    let out = Cli::in_dir(
        &d.join("a"),
        &["check", "--no-config", "--format", "json", "../guides/x.md"],
    )
    .run();
    let report = json(&out);
    let statuses: Vec<(String, String)> = report["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| {
            (
                l["url"]
                    .as_str()
                    .unwrap_or("")
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
                    .to_string(),
                l["status"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(
        statuses.contains(&("missing.md".into(), "dead".into()))
            && statuses.contains(&("intro.md".into(), "ok".into())),
        "{statuses:?}"
    );
}
