//! Session 55 (docsite): a documentation repository checked as a folder.

use crate::support::{write, Cli};

/// The files `extract` reads from `site` with `args` added.
fn files_read(d: &std::path::Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["extract", "--no-config", "--format", "json"];
    all.extend_from_slice(args);
    all.push("site");
    let out = Cli::in_dir(d, &all).run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", out.stdout, out.stderr));
    let mut files: Vec<String> = v["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|x| x["file"].as_str().map(|f| f.replace('\\', "/")))
        .collect();
    files.sort();
    files
}

fn docs_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(
        d,
        "site/changelog/top.md",
        "# Top\n\nRead [one](https://one.example.org/).\n",
    );
    write(
        d,
        "site/guide/changelog/deep.md",
        "# Deep\n\nRead [two](https://two.example.org/).\n",
    );
    write(
        d,
        "site/guide/intro.md",
        "# Intro\n\nRead [three](https://three.example.org/).\n",
    );
    dir
}

/// `--exclude-path /changelog` (and `/changelog/`) is anchored at the folder walked, as in
/// `.gitignore`: a folder of that name deeper down is still read. Before, the bare folder
/// name matched `guide/changelog` too, and its links were silently never checked.
#[test]
fn an_anchored_folder_exclusion_leaves_same_named_folders_deeper_down() {
    let dir = docs_tree();
    for pattern in ["/changelog", "/changelog/"] {
        let kept = files_read(dir.path(), &["--exclude-path", pattern]);
        assert_eq!(kept.len(), 2, "{pattern}: {kept:?}");
        assert!(
            kept.iter().any(|f| f.ends_with("guide/changelog/deep.md")),
            "{pattern}: {kept:?}"
        );
        assert!(
            !kept.iter().any(|f| f.ends_with("top.md")),
            "{pattern}: {kept:?}"
        );
    }
    // Unanchored, a folder name still matches at any depth (as in `.gitignore`).
    let kept = files_read(dir.path(), &["--exclude-path", "changelog"]);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].ends_with("guide/intro.md"), "{kept:?}");
}

/// `--glob /intro.md` is anchored too: it names the top-level file only, not
/// `guide/intro.md` by its name.
#[test]
fn an_anchored_glob_does_not_match_a_file_name_deeper_down() {
    let dir = docs_tree();
    write(dir.path(), "site/intro.md", "# Root intro\n");
    let kept = files_read(dir.path(), &["--glob", "/intro.md"]);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(!kept[0].contains("guide"), "{kept:?}");
}
