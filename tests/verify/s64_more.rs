//! Second pass after the sixty-fourth session's held-out evaluation of `check`: a quote citing
//! two pages is read against each on its own terms (a word split at a hyphen, a word written
//! whole, a copied reference marker: what one page has, not the other); a paraphrase of a
//! reader's comment is not the article's words; a quote joining a table's cells is warned of.

use super::eval_s63::{assert_clean, check_served};
use citecheck::model::{MatchKind, Verdict};
use citecheck::server::Response;

fn html(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{title}\
         </title></head><body><main><article>{body}</article></main></body></html>"
    )
}

/// A council's notice: its words `co-operate` and no `schedule`.
fn notice() -> String {
    html(
        "Council notice",
        "<h1>Flood defences</h1>\
         <p>The two councils have agreed to co-operate with the river trust on the new \
         barrier at the weir.</p>\
         <p>Residents can see the plans at the library every weekday until the end of \
         the month.</p>\
         <p>Costs rose<sup>3</sup> sharply in May, the treasurer told the meeting.</p>",
    )
}

/// A local paper's report on the same works: `schedule`, `cooperate`, no note calls.
fn report() -> String {
    html(
        "Barrier works",
        "<h1>Barrier works to start</h1>\
         <p>The new schedule will take effect in the spring, when the river is lower.</p>\
         <p>The two councils will cooperate on flood defences for the first time this \
         winter.</p>\
         <p>Costs rose sharply after the flood last winter, the report found.</p>",
    )
}

fn two_pages() -> Vec<(&'static str, Response)> {
    vec![
        ("/notice", Response::html(notice())),
        ("/report", Response::html(report())),
    ]
}

/// A word the quote splits at a hyphen, or writes whole, is read against each page cited
/// on that page's terms: the first page lacking `schedule` (or writing `co-operate`) does not
/// decide how the second, which holds the quote, is read.
#[test]
fn each_cited_page_reads_the_quotes_hyphens_its_own_way() {
    let article = "# Flood\n\n\
        \"The new sche-dule will take effect in the spring\"[^1].\n\n\
        \"The two councils will cooperate on flood defences for the first time\"[^1].\n\n\
        [^1]: See BASE/notice and BASE/report.\n";
    let results = check_served(two_pages(), article);
    assert_eq!(results.len(), 2, "{results:#?}");
    for r in &results {
        assert_clean(r, MatchKind::Exact);
        assert!(
            r.checked_url.as_deref().unwrap_or("").ends_with("/report"),
            "{r:#?}"
        );
    }
    // The second page's text, not the first's `co-operate`, is what the quote is shown
    // against.
    assert_eq!(
        results[1].matched_text.as_deref(),
        Some("The two councils will cooperate on flood defences for the first time")
    );
}

/// Reference markers set apart in the quote (`rose [3] sharply … flood [4] last`) are the
/// page's note calls where the page read has both: the first page cited having only the
/// one (`rose<sup>3</sup> sharply`) does not leave the second's `[4]` a figure the quoter
/// added.
#[test]
fn each_cited_page_reads_the_quotes_markers_its_own_way() {
    let minutes = html(
        "Minutes",
        "<h1>Minutes of the finance committee</h1>\
         <p>Costs rose<sup>3</sup> sharply after the flood<sup>4</sup> last winter, and the \
         committee asked for a new estimate.</p>\
         <p>The meeting closed at nine.</p>",
    );
    let pages = vec![
        ("/notice", Response::html(notice())),
        ("/minutes", Response::html(minutes)),
    ];
    let article = "# Flood\n\n\
        \"Costs rose [3] sharply after the flood [4] last winter\"[^1].\n\n\
        [^1]: See BASE/notice and BASE/minutes.\n";
    let results = check_served(pages, article);
    assert_eq!(results.len(), 1, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(r.differences.is_empty(), "{r:#?}");
    assert!(
        r.checked_url.as_deref().unwrap_or("").ends_with("/minutes"),
        "{r:#?}"
    );
}

/// A town's plan reported, with a reader's comment below it.
fn plan_page() -> String {
    html(
        "Town plan",
        "<h1>Council backs the new town plan</h1>\
         <p>The council voted on Tuesday to adopt the new town plan, which sets out where \
         four hundred homes will be built over the next decade.</p>\
         <p>Work on the first site, beside the old railway station, is due to start in the \
         autumn.</p>\
         </article><section id=\"comments\" class=\"comments\"><h2>Comments</h2>\
         <div class=\"comment\"><p class=\"author\">Jo, Ely</p><p>I heard the mayor call the \
         plan a disgrace to the whole town.</p></div></section><article>",
    )
}

/// A quote whose only close passage is a reader's comment, in other words (`The mayor
/// called the plan a disgrace` for the comment's `I heard the mayor call the plan a
/// disgrace`), is not found: `altered` would say the page cited says nearly this, and a
/// reader's comment is not what it says. The detail names the comment's words. A quote of
/// the comment word for word stays verified, with the warning that it is a comment.
#[test]
fn a_paraphrase_of_a_readers_comment_is_not_found() {
    let article = "# Plan\n\n\
        \"The mayor called the plan a disgrace to the whole town\"[^1].\n\n\
        \"the mayor call the plan a disgrace to the whole town\"[^1].\n\n\
        [^1]: BASE/plan\n";
    let results = check_served(vec![("/plan", Response::html(plan_page()))], article);
    assert_eq!(results.len(), 2, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    assert!(r.differences.is_empty(), "{r:#?}");
    assert_eq!(
        r.nearest_passage.as_deref(),
        Some("the mayor call the plan a disgrace to the whole town")
    );
    assert!(
        r.detail
            .contains("only a reader's comment on the page has similar words")
            && r.detail
                .contains("\u{201C}the mayor call the plan a disgrace to the whole town\u{201D}"),
        "{r:#?}"
    );
    let r = &results[1];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings.iter().any(|w| w.contains("in its comments")),
        "{r:#?}"
    );
}

/// A quote running from a table row's first cell into the next (`North Marsh More than four
/// hundred saplings`) is the page's words, but not one sentence of it: verified, with a
/// warning naming the cell. Words within one cell are clean.
#[test]
fn a_quote_joining_a_rows_first_cell_to_the_next_is_warned_of() {
    let page = html(
        "Annual review",
        "<h1>A year on the marshes</h1>\
         <p>The trust's volunteers worked on two sites this year, planting trees and building \
         a hide for visitors.</p>\
         <table><tr><th>Site</th><th>Work done</th></tr>\
         <tr><td>North Marsh</td><td>More than four hundred saplings, mostly alder</td></tr>\
         <tr><td>Mill Pond</td><td>A new hide for birdwatchers</td></tr></table>",
    );
    let article = "# Marshes\n\n\
        \"North Marsh More than four hundred saplings\"[^1].\n\n\
        \"More than four hundred saplings, mostly alder\"[^1].\n\n\
        [^1]: BASE/review\n";
    let results = check_served(vec![("/review", Response::html(page))], article);
    assert_eq!(results.len(), 2, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(
        r.warnings,
        [
            "joins \u{201C}North Marsh\u{201D}, which the page sets apart as a label (a table \
          row's first cell, or a term over its description), to the words after it: on the \
          page they are not one sentence"
        ],
        "{r:#?}"
    );
    assert_clean(&results[1], MatchKind::Exact);
}
