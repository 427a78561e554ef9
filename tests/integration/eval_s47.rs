//! Regressions from the forty-seventh session's work on extraction: each case was extracted
//! wrongly before its fix.

use crate::support::{extract_markdown, urls_of};

/// Regression: with the comma inside the closing mark (`would “…,” and the [figures](…)
/// show …`), a link in the next clause, which has its own subject, was taken as the
/// quotation's source: `check` would look for the words on the statistics page. With the
/// comma outside (`“…”, and the [figures](…)`) it already was not.
#[test]
fn a_link_in_a_clause_of_its_own_after_a_comma_inside_the_mark_is_not_the_source() {
    let e = extract_markdown(
        "The ministry said it would \u{201C}consider the inspectors' recommendations \
         carefully,\u{201D} and the [latest punctuality figures](https://stats.example.org/rail) \
         show the line improving.\n\n\
         The ministry said it would \u{201C}publish a full response within the month,\u{201D} \
         [a spokesperson told reporters](https://news.example.com/response).\n",
    );
    assert!(urls_of(&e, "consider the inspectors").is_empty());
    assert_eq!(
        urls_of(&e, "publish a full response"),
        ["https://news.example.com/response"]
    );
}

/// Regression: a sentence after the quotation's, in the same paragraph, that names where it
/// was said (`The statement was [published](…) shortly after.`) was not read as its source,
/// though the same sentence in a paragraph of its own was: the quotation was uncited and a
/// misquote there passed `check`. A sentence that moves on cites nothing of it.
#[test]
fn a_source_sentence_after_the_quote_in_its_paragraph_cites_it() {
    let e = extract_markdown(
        "In a statement, the operator said it \u{201C}accepts the findings in full and \
         apologises to every passenger affected.\u{201D} The statement was [published on its \
         website](https://operator.example.com/statement) shortly after the hearing.\n\n\
         The operator said it \u{201C}will appeal against the size of the fine imposed \
         today.\u{201D} The weather [turned](https://weather.example.org/today) that \
         afternoon.\n",
    );
    assert_eq!(
        urls_of(&e, "accepts the findings"),
        ["https://operator.example.com/statement"]
    );
    assert!(urls_of(&e, "will appeal against").is_empty());
}
