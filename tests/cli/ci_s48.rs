//! Regressions from the forty-eighth session's evaluation of citecheck in CI on a content
//! repository: a report written over an article found in the folder checked, and the
//! ignore file of the working folder taken through a `--config ../…` path.

use crate::support::{json, write, Cli};

/// Regression: a report path naming an article inside the folder read (`--report
/// json=index.md`, `--output about.md`) dropped the article from the run and then wrote the
/// report over it, with no word: a typo destroyed content. Now the run stops with exit 2,
/// naming the file, and the article is left as it was; a report an earlier run left there is
/// still skipped.
#[test]
fn a_report_path_naming_an_article_in_the_folder_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let article = "# Index\n\nSee the [guide](guide.md).\n";
    write(d, "site/index.md", article);
    write(d, "site/guide.md", "# Guide\n\nNothing here.\n");
    let out = Cli::in_dir(d, &["extract", "site", "--output", "site/index.md"]).run();
    assert_eq!(out.code, 2, "{}\n{}", out.stderr, out.stdout);
    assert!(out.stderr.contains("index.md"), "{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(d.join("site/index.md")).expect("read"),
        article
    );
    // A report of an earlier run in the folder is skipped, and written anew.
    let first = Cli::in_dir(
        d,
        &[
            "extract",
            "site",
            "--format",
            "json",
            "--output",
            "site/report.md",
        ],
    )
    .run();
    assert_eq!(first.code, 0, "{}", first.stderr);
    let again = Cli::in_dir(
        d,
        &[
            "extract",
            "site",
            "--format",
            "json",
            "--output",
            "site/report.md",
        ],
    )
    .run();
    assert_eq!(again.code, 0, "{}", again.stderr);
    let report = std::fs::read_to_string(d.join("site/report.md")).expect("read");
    assert!(report.contains("\"schema_version\""), "{report}");
    assert!(!report.contains("site/report.md"), "{report}");
}

/// Regression: with `--config ../configs/t.toml`, the `.citecheckignore` of the working
/// folder applied, though it is neither in the config file's folder nor above it: the
/// folder was found by walking up the path as written, `repo/../configs`, through `repo`.
#[test]
fn a_config_in_a_sibling_folder_does_not_take_the_working_folders_ignore_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "configs/t.toml", "max-retries = 0\ntimeout = \"2s\"\n");
    write(
        d,
        "repo/.citecheckignore",
        "^http://127\\.0\\.0\\.1:9/gone/\n",
    );
    write(
        d,
        "repo/page.md",
        "# Page\n\nThe [old page](http://127.0.0.1:9/gone/retired) moved.\n",
    );
    let out = Cli::in_dir(
        &d.join("repo"),
        &[
            "check",
            ".",
            "--config",
            "../configs/t.toml",
            "--format",
            "json",
        ],
    )
    .run();
    let v = json(&out);
    let link = &v["links"][0];
    assert_ne!(link["status"], "excluded", "{link}");
}
