//! Twenty-eighth session: note numbers gone wrong, as the editor sees them in `check`.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{check_article, quote_containing};

fn page(title: &str, sentence: &str) -> Response {
    Response::html(format!(
        "<!doctype html><html><head><title>{title}</title></head><body><main><article>\
         <h1>{title}</h1><p>The office published this notice after the spring meetings with \
         residents and traders. {sentence} Questions can be sent by post or raised at the \
         public counter on weekdays.</p></article></main></body></html>"
    ))
}

/// Regression (eval-notenumbers c04, c20, c35): two notes swapped. Each quote is `not_found`
/// on the page its note names, rightly, but the editor was not told that the article's other
/// note has it word for word: now the detail says where, and which note.
#[test]
fn a_quote_on_another_page_the_article_cites_is_pointed_to() {
    let report = check_article(
        vec![
            (
                "/market",
                page(
                    "Market hours",
                    "The covered market will stay open until eight on Fridays.",
                ),
            ),
            (
                "/parking",
                page(
                    "Parking",
                    "Parking in the square will be free after six in the evening.",
                ),
            ),
        ],
        "# The square\n\n\
         Traders say “the covered market will stay open until eight on Fridays”.[^1]\n\n\
         Drivers are told that “parking in the square will be free after six in the \
         evening”.[^2]\n\n\
         [^1]: Town Office, \"Parking\", BASE/parking\n\
         [^2]: Town Office, \"Market hours\", BASE/market\n",
    );
    let q = quote_containing(&report, "covered market");
    assert_eq!(q.verdict, Verdict::NotFound, "{q:#?}");
    assert!(
        q.detail
            .contains("/market (note 2), which the article also cites: check the note number"),
        "{}",
        q.detail
    );
    let q = quote_containing(&report, "parking in the square");
    assert_eq!(q.verdict, Verdict::NotFound, "{q:#?}");
    assert!(q.detail.contains("/parking (note 1)"), "{}", q.detail);
}

/// A quote found on its own page says nothing of other pages, and one found nowhere names
/// none.
#[test]
fn no_other_page_is_named_without_the_quote_on_it() {
    let report = check_article(
        vec![
            (
                "/a",
                page("A", "The pool will reopen on the first Saturday of May."),
            ),
            (
                "/b",
                page("B", "Two lanes will be kept for clubs on weekday evenings."),
            ),
        ],
        "# Pool\n\n\
         “The pool will reopen on the first Saturday of May.”[^1]\n\n\
         “Swimming lessons will be free for every child under eight.”[^2]\n\n\
         [^1]: Leisure Trust, \"Reopening\", BASE/a\n\
         [^2]: Leisure Trust, \"Lanes\", BASE/b\n",
    );
    let ok = quote_containing(&report, "pool will reopen");
    assert_eq!(ok.verdict, Verdict::Verified);
    let missing = quote_containing(&report, "Swimming lessons");
    assert_eq!(missing.verdict, Verdict::NotFound);
    assert!(!missing.detail.contains("also cites"), "{}", missing.detail);
}

/// Regression (eval-notenumbers c12, c22): an uncited quote whose marker `[^3]` points to no
/// note was said to have "neither a footnote marker nor a link"; it names the marker now.
#[test]
fn an_uncited_quotes_marker_pointing_to_no_note_is_named() {
    let report = check_article(
        vec![(
            "/a",
            page("A", "The pool will reopen on the first Saturday of May."),
        )],
        "# Pool\n\n\
         “The pool will reopen on the first Saturday of May.”[^1]\n\n\
         Staff said “every child under eight will learn to swim for free”.[^3]\n\n\
         And “nobody has said when the sauna will open”.\n\n\
         [^1]: Leisure Trust, \"Reopening\", BASE/a\n",
    );
    let q = quote_containing(&report, "every child under eight");
    assert_eq!(q.verdict, Verdict::Uncited);
    assert_eq!(
        q.detail,
        "no citation: the footnote marker `3` after the quote points to no note"
    );
    let plain = quote_containing(&report, "nobody has said");
    assert!(
        plain.detail.contains("neither a footnote marker"),
        "{}",
        plain.detail
    );
}
