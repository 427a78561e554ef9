//! Forty-seventh session's held-out evaluation of the text report: its summary line read
//! `1 altered, 5 verified, 5 of them disputed` when four verified quotes and one altered one
//! were disputed, as if all five verified were. Disputed quotes are now said after a
//! semicolon, with their verdicts (`1 altered, 2 verified; of these, 2 disputed by their
//! pages (1 altered, 1 verified)`). The pages are served on 127.0.0.1.

use citecheck::model::Verdict;
use citecheck::server::{Response, Server};

use crate::support::Cli;

/// A retracted study: every quote of it is disputed, whatever its verdict.
const RETRACTED: &str = "<html><head><title>Orchard bees</title></head><body><main>\
    <p><strong>This article was retracted on 2 June 2024.</strong></p>\
    <h1>Orchard bees and the spring frost</h1>\
    <p>Mason bees nesting beside the orchards visited twice as many apple blossoms as the \
    honeybees kept in hives on the same farms.</p>\
    <p>Colonies that wintered in wooden boxes came through the late frost with fewer losses \
    than those in hollow stems.</p></main></body></html>";

const PLAIN: &str = "<html><head><title>Cider harvest</title></head><body><main>\
    <h1>Cider harvest</h1>\
    <p>The county's cider makers pressed a record crop of apples this autumn after a mild \
    and sunny September.</p></main></body></html>";

const ARTICLE: &str = "# Orchards\n\n\
    A study found that \u{201C}mason bees nesting beside the orchards visited twice as many \
    apple blossoms as the honeybees kept in hives\u{201D}.[^1]\n\n\
    It also claimed that \u{201C}colonies that wintered in wooden boxes came through the \
    late frost with no losses at all\u{201D}.[^1]\n\n\
    Growers said \u{201C}the county's cider makers pressed a record crop of apples this \
    autumn\u{201D}.[^2]\n\n\
    [^1]: [Orchard bees](BASE/bees)\n\
    [^2]: [Cider harvest](BASE/cider)\n";

fn run(args: &[&str]) -> crate::support::Output {
    let server = Server::builder()
        .route("/bees", Response::html(RETRACTED))
        .route("/cider", Response::html(PLAIN))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("article.md"),
        ARTICLE.replace("BASE", &server.base_url()),
    )
    .expect("write article");
    let mut all = vec![
        "check",
        "--no-config",
        "article.md",
        "--timeout",
        "5s",
        "--max-retries",
        "0",
    ];
    all.extend_from_slice(args);
    Cli::in_dir(dir.path(), &all).run()
}

/// Regression: the summary's disputed count said `of them` after the last verdict, so two
/// disputed quotes of two verdicts read as two of the verified ones. The count follows a
/// semicolon with each verdict's share of it; the JSON's counts are the same as before.
#[test]
fn the_summary_says_which_verdicts_the_disputed_quotes_have() {
    let report = run(&["--format", "json"]).report();
    let verdicts: Vec<(Verdict, bool)> = report
        .quotes
        .iter()
        .map(|q| (q.verdict, !q.disputes.is_empty()))
        .collect();
    assert_eq!(
        verdicts,
        [
            (Verdict::Verified, true),
            (Verdict::Altered, true),
            (Verdict::Verified, false)
        ],
        "{:#?}",
        report.quotes
    );
    assert_eq!(report.summary.disputed, 2);

    let out = run(&["--no-progress"]);
    let text = out.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "quotes: 1 altered, 2 verified; of these, 2 disputed by their pages (1 altered, \
             1 verified)"
        ),
        "{}",
        out.stdout
    );
    assert!(!text.contains("of them disputed"), "{}", out.stdout);
}

/// Regression: the Markdown summary table listed `disputed by their page | 2` as a row
/// beside the verdicts, as if a verdict of its own; it is a share of the rows above.
#[test]
fn the_markdown_summary_gives_disputed_quotes_as_a_share() {
    let out = run(&["--no-progress", "--format", "markdown"]);
    assert!(
        out.stdout
            .contains("of these, disputed by their page | 2 |"),
        "{}",
        out.stdout
    );
}
