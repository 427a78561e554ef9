//! Thirty-sixth session: `check --verbose` lists the links that passed.

use citecheck::server::{Response, Server};

use crate::support::{write, Cli};

/// `--verbose` lists every link that passed, where it is cited, in the document's order:
/// ok ones with their status code, excluded ones dimmed; a dead link stays a finding and is
/// not listed as passed. Without it, the report only counts them.
#[test]
fn verbose_lists_every_link_that_passed() {
    let server = Server::builder()
        .route(
            "/good",
            Response::html("<html><body><p>Fine.</p></body></html>"),
        )
        .route(
            "/also",
            Response::html("<html><body><p>Also fine.</p></body></html>"),
        )
        .route("/gone", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let article = format!(
        "# Links\n\n\
         See [the second]({also}) and [the first]({good}).\n\n\
         A [dead one]({gone}) and a [skipped one](https://skip.invalid/x).\n\n\
         Again: {good}\n",
        good = server.url("/good"),
        also = server.url("/also"),
        gone = server.url("/gone"),
    );
    write(dir.path(), "article.md", &article);
    let run = |verbose: bool| {
        let mut args = vec!["check", "--no-config", "--exclude", "skip\\.invalid"];
        if verbose {
            args.push("--verbose");
        }
        args.push("article.md");
        Cli::in_dir(dir.path(), &args).run()
    };
    // Where a piece of the article starts, as `line:column`.
    let at = |piece: &str| {
        article
            .lines()
            .enumerate()
            .find_map(|(i, l)| l.find(piece).map(|c| format!("{}:{}", i + 1, c + 1)))
            .expect("piece in the article")
    };
    let out = run(true);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let listed: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.contains("  ok 200  ") || l.contains("  excluded  "))
        .collect();
    assert_eq!(
        listed,
        [
            format!("  ✓ article.md:3:5  ok 200  {}", server.url("/also")),
            format!(
                "  ✓ article.md:{}  ok 200  {}",
                at("[the first]"),
                server.url("/good")
            ),
            format!(
                "  · article.md:{}  excluded  https://skip.invalid/x",
                at("[skipped one]")
            ),
            format!("  ✓ article.md:7:8  ok 200  {}", server.url("/good")),
        ],
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout
            .contains(&format!("ok 200  {}", server.url("/gone"))),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains(&server.url("/gone")), "{}", out.stdout);

    let quiet = run(false);
    assert_eq!(quiet.code, 1);
    assert!(!quiet.stdout.contains("ok 200"), "{}", quiet.stdout);
    assert!(quiet.stdout.contains("2 links ok"), "{}", quiet.stdout);
}
