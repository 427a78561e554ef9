//! The review of the sixty-third session's `check` rules: the warning for words a page
//! strikes out (`<del>`) that are closer to a quote than the text it shows said the page's
//! metadata may be an older version; it says the quote may give the words as they read
//! before the page's edit.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::eval_s63::check_served;
use crate::s63_more::html;

#[test]
fn a_quote_of_struck_out_words_is_told_it_may_give_the_earlier_reading() {
    let page = html(
        "<p>Prices at the pool will be <del>\u{00A3}5</del> \u{00A3}4 for adults from May, the \
         council said on Monday after a long review.</p>",
    );
    let quotes = check_served(
        vec![("/pool", Response::html(page))],
        "The council [said](BASE/pool) that prices “will be £5 for adults from May”.\n",
    );
    let q = quotes
        .iter()
        .find(|q| q.text.contains("will be £5"))
        .expect("the quote");
    assert_eq!(q.verdict, Verdict::Altered, "{q:?}");
    let warning = q
        .warnings
        .iter()
        .find(|w| w.contains("struck out as removed"))
        .unwrap_or_else(|| panic!("no struck-out warning: {:?}", q.warnings));
    assert!(
        warning.contains("as they read before the page's edit") && !warning.contains("metadata"),
        "{warning}"
    );
}
