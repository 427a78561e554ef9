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
