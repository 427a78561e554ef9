//! Regressions and features from the fifty-first session's held-out evaluations.

use crate::support::{json, write, Cli};

/// An MkDocs site linked `[options](config.md#out-dir)` to a heading `## out_dir`: MkDocs
/// and GitHub make `#out_dir`, only VitePress `#out-dir`, and the link passed CI while
/// broken on the site. A page's anchors are now the slugs of the generator its site names
/// (`mkdocs.yml`, a `.vitepress` folder, `docusaurus.config.js`), GitHub's too; with none
/// named, any renderer's still.
#[test]
fn a_sites_generator_decides_which_heading_slugs_are_anchors() {
    let page = "# Configuration\n\n## out_dir\n\nWhere the site is written.\n";
    let article = "# CLI\n\nSee [the key](config.md#out-dir) and [the same](config.md#out_dir).\n";
    let run = |marker: Option<(&str, bool)>| {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        std::fs::create_dir(d.join(".git")).expect("a repository's top");
        match marker {
            Some((name, true)) => std::fs::create_dir(d.join(name)).expect("marker folder"),
            Some((name, false)) => write(d, name, "site_name: Docs\n"),
            None => {}
        }
        std::fs::create_dir_all(d.join("docs/reference")).expect("docs");
        write(d, "docs/reference/config.md", page);
        write(d, "docs/reference/cli.md", article);
        let out = Cli::in_dir(d, &["check", "--no-config", "docs", "--format", "json"]).run();
        let report = json(&out);
        let fragment = |frag: &str| {
            let l = report["links"]
                .as_array()
                .expect("links")
                .iter()
                .find(|l| l["url"].as_str().is_some_and(|u| u.ends_with(frag)))
                .unwrap_or_else(|| panic!("no link {frag}: {report:#?}"))
                .clone();
            (l["fragment"].as_str().unwrap_or("").to_string(), l)
        };
        (out.code, fragment("#out-dir"), fragment("#out_dir"))
    };
    for marker in [
        Some(("mkdocs.yml", false)),
        Some(("docusaurus.config.js", false)),
    ] {
        let (code, (dash, link), (underscore, _)) = run(marker);
        assert_eq!(dash, "missing", "{marker:?}: {link:#?}");
        assert_eq!(link["nearest_anchors"]["out-dir"], "out_dir", "{marker:?}");
        assert_eq!(underscore, "found", "{marker:?}");
        assert_eq!(
            code, 1,
            "{marker:?}: a broken anchor in a local page fails the run"
        );
    }
    for marker in [Some((".vitepress", true)), None] {
        let (code, (dash, link), (underscore, _)) = run(marker);
        assert_eq!(dash, "found", "{marker:?}: {link:#?}");
        assert_eq!(underscore, "found", "{marker:?}");
        assert_eq!(code, 0, "{marker:?}");
    }
}

/// `check docs blogg --format github` with `blogg` renamed away printed one line on
/// standard error and stopped: `docs` was never checked and CI got no annotation. A path
/// named beside others that is not there is now an input that cannot be read, reported in
/// every format while the others are checked (exit 2, as for a folder with no document);
/// named alone, it still stops the run with its name.
#[test]
fn a_missing_path_beside_others_is_reported_while_the_others_are_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::create_dir(d.join("docs")).expect("docs");
    write(d, "docs/a.md", "# A\n\nSee [the missing page](gone.md).\n");
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "--no-config",
            "docs",
            "blogg",
            "--format",
            "github",
        ],
    )
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stdout.contains("::error file=blogg,line=1,col=1,title=citecheck%3A Unreadable input::cannot read blogg: no such file or folder"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("::error file=docs/a.md,line=3,col=5"),
        "the other folder is checked: {}",
        out.stdout
    );
    let out = Cli::in_dir(d, &["check", "--no-config", "blogg", "--format", "github"]).run();
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(
        out.stderr
            .contains("cannot read blogg: no such file or folder"),
        "{}",
        out.stderr
    );
}

/// A CI maintainer's run over `.`: the terminal, Markdown and JUnit reports named files
/// `./docs/c.md` where GitHub's annotations and SARIF said `docs/c.md`; a local link to
/// `my%20notes.md#nowhere` read `my%2520notes.md` in an annotation (GitHub shows
/// `my%20notes.md`), and the Markdown summary marked both missing fragments ❌ when only
/// the local one failed the run (a fetched page's is a warning).
#[test]
fn reports_over_a_walked_folder_name_files_alike_and_split_missing_fragments() {
    use citecheck::server::{Response, Server};
    let server = Server::builder()
        .route(
            "/page",
            Response::html("<h1 id=\"top\">Top</h1><p>Text.</p>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::create_dir(d.join("docs")).expect("docs");
    write(d, "docs/my notes.md", "# Notes\n\n## Here\n");
    write(
        d,
        "docs/c.md",
        format!(
            "# C\n\nSee [the notes](my%20notes.md#nowhere) and [the page]({}#gone).\n",
            server.url("/page")
        ),
    );
    let run = |format: &str| {
        let out = Cli::in_dir(d, &["check", "--no-config", ".", "--format", format]).run();
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        out.stdout
    };
    let terminal = run("terminal");
    assert!(terminal.contains("docs/c.md:3:5"), "{terminal}");
    assert!(!terminal.contains("./docs"), "{terminal}");
    assert!(
        terminal.contains(
            "of these, 2 without their #fragment on the page (1 failing, 1 warned about)"
        ),
        "{terminal}"
    );
    let github = run("github");
    assert!(
        github.contains("::docs/my notes.md#nowhere: no such #fragment"),
        "{github}"
    );
    assert!(!github.contains("%2520"), "{github}");
    let markdown = run("markdown");
    assert!(
        markdown.contains("| ❌ of these, \\#fragment missing | 1 |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| ⚠️ of these, \\#fragment missing \\(warnings\\) | 1 |"),
        "{markdown}"
    );
    assert!(!markdown.contains("\\./docs"), "{markdown}");
    let junit = run("junit");
    assert!(junit.contains("name=\"docs/c.md:3:5 "), "{junit}");
    assert!(!junit.contains("./docs"), "{junit}");
    let json = json(&Cli::in_dir(d, &["check", "--no-config", ".", "--format", "json"]).run());
    let files: Vec<&str> = json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|doc| doc["file"].as_str())
        .collect();
    assert!(files.contains(&"docs/c.md"), "{files:?}");
}

/// A stale symbolic link named on the command line read "no such file or folder", where the
/// same link found by a walk was "a symbolic link that leads nowhere": the entry is there
/// (`ls` lists it). Both now say what it is, alone or beside others.
#[cfg(unix)]
#[test]
fn a_stale_link_named_on_the_command_line_is_called_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", "# A\n\nNo links.\n");
    std::os::unix::fs::symlink("/nonexistent/quickstart.md", d.join("quickstart.md"))
        .expect("symlink");
    let out = Cli::in_dir(d, &["check", "--no-config", "quickstart.md"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("cannot read quickstart.md: a symbolic link that leads nowhere"),
        "{}",
        out.stderr
    );
    let out = Cli::in_dir(
        d,
        &[
            "check",
            "--no-config",
            "quickstart.md",
            "a.md",
            "--format",
            "github",
        ],
    )
    .run();
    assert_eq!(out.code, 2);
    assert!(
        out.stdout.contains(
            "::error file=quickstart.md,line=1,col=1,title=citecheck%3A Unreadable \
             input::cannot read quickstart.md: a symbolic link that leads nowhere"
        ),
        "{}",
        out.stdout
    );
}

/// A config file with two bad values was told of one a run, and not the first in the file
/// (`format` on line 2 before `timeout` on line 1): a CI job took a round per value. Every
/// bad value is named now, in the file's order, on the one line of the error.
#[test]
fn every_bad_value_of_a_config_file_is_named_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", "# A\n");
    write(
        d,
        "bad.toml",
        "timeout = \"fast\"\nformat = \"yaml\"\nmax-concurrency = 0\n",
    );
    let out = Cli::in_dir(d, &["check", "--config", "bad.toml", "a.md"]).run();
    assert_eq!(out.code, 2);
    let line = out.stderr.trim();
    assert_eq!(line.lines().count(), 1, "{line}");
    let at = |s: &str| line.find(s).unwrap_or_else(|| panic!("no {s} in {line}"));
    assert!(at("`timeout`: `fast` is not a duration") < at("`format`: unknown format `yaml`"));
    assert!(at("(line 2)") < at("`max-concurrency`: must be at least 1 (line 3)"));
}

/// A style guide's example sentence in quotation marks was an uncited quote on every run,
/// and nothing said how to leave it out: a hint under the result names the comment and
/// the `.citecheckignore` rule, when an uncited quote is listed (and only then).
#[test]
fn an_uncited_quote_listed_brings_a_hint_to_leave_examples_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "style.md",
        "# Labels\n\nWrite \"Save your changes before you close the editor\" on the button.\n",
    );
    write(d, "plain.md", "# Plain\n\nNo quotations here at all.\n");
    let out = Cli::in_dir(d, &["check", "--no-config", "style.md"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let flat = out.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "Hint: a quoted example that is no quotation is left out by this comment before \
             it (or by a `quote:REGEX` line in .citecheckignore):"
        ) && out
            .stdout
            .contains("\n      <!-- citecheck-ignore-next -->\n"),
        "{}",
        out.stdout
    );
    let out = Cli::in_dir(d, &["check", "--no-config", "plain.md"]).run();
    assert!(
        !out.stdout.contains("citecheck-ignore-next"),
        "{}",
        out.stdout
    );
}
