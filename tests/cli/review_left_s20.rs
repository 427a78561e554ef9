//! Regressions from the twentieth session's review, its leftover small items: each test
//! failed before its fix.

use citecheck::model::{MatchKind, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, files, quote_result as quote, write, Cli};

/// French numbers opening with `six` (`six cents`, `six mille`) were read as English `six`
/// and a quote giving them in digits was `altered` with a false "number changed".
#[test]
fn french_six_hundred_and_six_thousand_are_their_value() {
    let report = check_article(
        vec![(
            "/page.html",
            Response::html(
                "<html lang=\"fr\"><body><article>\
                 <p>La ville compte six cents habitants et six mille visiteurs par an.</p>\
                 <p>Le budget est de six cent vingt euros par habitant.</p>\
                 </article></body></html>",
            ),
        )],
        "La mairie précise que « la ville compte 600 habitants et 6000 visiteurs par an » \
         ([mairie](BASE/page.html)).\n\n\
         Elle ajoute : « le budget est de 620 euros par habitant » ([mairie](BASE/page.html)).\n",
    );
    for start in ["la ville compte", "le budget"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.match_kind, Some(MatchKind::Minor), "{r:#?}");
    }
}

/// `--exclude-path ./content/drafts` (and `--glob ./content/posts/*.md`) is matched as
/// `content/drafts`: the walked paths are matched without their `./`, and the pattern was
/// not, so the folder was still read.
#[test]
fn a_dot_slash_before_an_exclude_path_or_a_glob_is_no_part_of_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "content/drafts/wip.md", "# Draft\n");
    write(d, "content/posts/p.md", "# Post\n");
    for root in ["content", "./content"] {
        let out = Cli::in_dir(
            d,
            &[
                "extract",
                root,
                "--no-config",
                "--format",
                "json",
                "--exclude-path",
                "./content/drafts",
            ],
        )
        .run();
        assert_eq!(out.code, 0, "{root}: {}", out.stderr);
        assert_eq!(files(&out), ["content/posts/p.md"], "{root}");
        let out = Cli::in_dir(
            d,
            &[
                "extract",
                root,
                "--no-config",
                "--format",
                "json",
                "--glob",
                "./content/posts/*.md",
            ],
        )
        .run();
        assert_eq!(out.code, 0, "{root}: {}", out.stderr);
        assert_eq!(files(&out), ["content/posts/p.md"], "{root}");
    }
}

/// A symbolic link named like a document that leads nowhere, or round in a loop, found while
/// walking a folder (a stale link left in a repository) is skipped with a warning naming it,
/// by `extract` and `check` alike: it failed the run (exit 2) as a file that cannot be read.
/// Named on the command line it is still an input that cannot be read (exit 2), and a folder
/// of nothing else holds no document (exit 2).
#[cfg(unix)]
#[test]
fn a_broken_symbolic_link_in_a_folder_is_a_warning() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "content/post.md", "# Post\n\nNo links.\n");
    symlink("/nonexistent/file.md", d.join("content/gone.md")).expect("symlink");
    symlink("loop.md", d.join("content/loop.md")).expect("symlink");
    for cmd in ["extract", "check"] {
        let out = Cli::in_dir(d, &[cmd, "content", "--no-config", "--format", "json"]).run();
        assert_eq!(out.code, 0, "{cmd}: {}", out.stderr);
        for name in ["content/gone.md", "content/loop.md"] {
            assert!(
                out.stderr.contains(&format!("warning: skipped {name}")),
                "{cmd}: {}",
                out.stderr
            );
        }
        if cmd == "extract" {
            assert_eq!(files(&out), ["content/post.md"]);
        }
    }
    let out = Cli::in_dir(d, &["extract", "content/gone.md", "--no-config"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("content/gone.md"), "{}", out.stderr);
    std::fs::remove_file(d.join("content/post.md")).expect("remove");
    let out = Cli::in_dir(d, &["check", "content", "--no-config"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
}

/// A binary file named on the command line is skipped as one found in a folder is: alone,
/// `check` and `extract` exit 2 naming it (`check` said "Result: PASSED, 1 warning", exit
/// 0, having checked nothing); beside an article, it is skipped with a warning naming it.
#[test]
fn a_named_binary_file_is_skipped_as_in_a_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    write(d, "post.md", "# Post\n\nNo links here.\n");
    write(
        d,
        "folder/photo.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01",
    );
    for cmd in ["check", "extract"] {
        for operand in ["photo.png", "folder"] {
            let mut args = vec![cmd, operand, "--no-config"];
            if operand == "folder" {
                args.extend(["--glob", "*.png"]);
            }
            let out = Cli::in_dir(d, &args).run();
            assert_eq!(out.code, 2, "{cmd} {operand}: {}", out.stderr);
            // A folder's files are "binary"; a file named is said what it is (twenty-seventh
            // session: "photo.png is a PNG image, not an article").
            let what = if operand == "folder" {
                "binary"
            } else {
                "a PNG image, not an article"
            };
            assert!(
                out.stderr.contains(operand) && out.stderr.contains(what),
                "{cmd} {operand}: {}",
                out.stderr
            );
        }
        let out = Cli::in_dir(
            d,
            &[
                cmd,
                "post.md",
                "photo.png",
                "--no-config",
                "--format",
                "json",
            ],
        )
        .run();
        assert_eq!(out.code, 0, "{cmd}: {}", out.stderr);
        assert!(
            out.stderr.contains("warning: skipped photo.png"),
            "{cmd}: {}",
            out.stderr
        );
        if cmd == "extract" {
            assert_eq!(files(&out), ["post.md"]);
        }
    }
}
