//! Regressions from the thirty-eighth session's held-out evaluation of quote verification:
//! each article and page pair is checked by the real binary against a loopback server.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{check_article, quote_containing};

/// Regression: a stale copy of the article in its JSON-LD `articleBody` or its `<meta
/// name="description">` held the quote word for word while the text the page shows had
/// another figure (£40 million for £4 million): the copy won and the misquote was
/// `verified`, with an evidence link to words the page does not show. What the page shows
/// decides when it has a close passage; the closer copy is a warning.
#[test]
fn a_stale_metadata_copy_does_not_verify_a_changed_figure() {
    let shown = "<article><h1>Sports hall</h1><p>The council said the new sports hall will \
        cost \u{a3}40 million to build, far more than first thought.</p></article>";
    let ld = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"articleBody\":\"The council said the new sports hall will cost \u{a3}4 million to \
         build.\"}}</script></head><body>{shown}</body></html>"
    );
    let meta = format!(
        "<html><head><meta name=\"description\" content=\"The new sports hall will cost \
         \u{a3}4 million to build, the council said.\"></head><body>{shown}</body></html>"
    );
    let report = check_article(
        vec![
            ("/ld", Response::html(&ld)),
            ("/meta", Response::html(&meta)),
        ],
        "# Hall\n\nThe council said \"the new sports hall will cost \u{a3}4 million to \
         build.\"[^1] Later it said \"the new sports hall will cost \u{a3}4 million to \
         build,\"[^2] again.\n\n[^1]: BASE/ld\n[^2]: BASE/meta\n",
    );
    for q in &report.quotes {
        assert_eq!(q.verdict, Verdict::Altered, "{q:#?}");
        assert!(
            q.fragment_link
                .as_deref()
                .is_none_or(|l| !l.contains("4%20million")),
            "{q:#?}"
        );
        assert!(
            q.warnings
                .iter()
                .any(|w| w.contains("closer than the text the page shows")),
            "{q:#?}"
        );
    }
    assert_eq!(report.quotes.len(), 2);
    // A quote found only in the metadata (the page shows nothing close) still rests on it.
    let only = ld.replace(
        shown,
        "<p>Opening hours and prices for the leisure centre.</p>",
    );
    let report = check_article(
        vec![("/only", Response::html(&only))],
        "# Hall\n\nThe council said \"the new sports hall will cost \u{a3}4 million to \
         build.\"[^1]\n\n[^1]: BASE/only\n",
    );
    let q = quote_containing(&report, "sports hall");
    assert_eq!(q.verdict, Verdict::Verified, "{q:#?}");
}
