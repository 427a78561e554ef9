//! The fifty-seventh session's plain-text quotations through `check`: a word broken at a
//! line's end with a hyphen, checked against a page that writes it whole or hyphenated.

use citecheck::model::{MatchKind, Verdict};

use crate::support::Cli;

/// A plain-text article with a quotation pasted from a PDF: `bore-⏎holes` (a word broken to
/// fit) and `well-⏎known` (a compound). Its quote reads `boreholes` and `well-known`, as the
/// page writes them, and is verified exactly; a changed word broken so is still a change.
#[test]
fn a_word_broken_at_a_line_end_is_checked_as_written() {
    let page = "<html><body><main><p>In May the survey found that boreholes near the river were \
        drying out, and the well-known springs of the parish were low.</p></main></body></html>";
    let server = citecheck::server::Server::builder()
        .route("/survey", citecheck::server::Response::html(page))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let article = format!(
        "Wells\n\nThe county's report said \u{201C}the survey found that bore-\nholes near the \
         river were drying out, and the well-\nknown springs of the parish were low\u{201D} \
         [1].\n\nIt also said \u{201C}the survey found that bore-\nwells near the river were \
         drying out\u{201D} [1].\n\n[1] {}/survey\n",
        server.base_url()
    );
    std::fs::write(dir.path().join("article.txt"), article).expect("write");
    let out = Cli::in_dir(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "--timeout",
            "2s",
            "--max-retries",
            "0",
            "article.txt",
        ],
    )
    .run();
    let report = out.report();
    let r = report
        .quotes
        .iter()
        .find(|q| q.text.contains("holes"))
        .unwrap_or_else(|| panic!("{:#?}", report.quotes));
    assert_eq!(
        r.text,
        "the survey found that boreholes near the river were drying out, and the well-known \
         springs of the parish were low"
    );
    assert_eq!((r.line, r.column), (3, 26));
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(r.match_kind, Some(MatchKind::Exact), "{r:#?}");
    let r = report
        .quotes
        .iter()
        .find(|q| q.text.contains("wells"))
        .unwrap_or_else(|| panic!("{:#?}", report.quotes));
    assert_eq!(
        r.text,
        "the survey found that borewells near the river were drying out"
    );
    assert_ne!(r.verdict, Verdict::Verified, "{r:#?}");
}
