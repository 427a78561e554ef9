//! Session 58's hostile-input evaluation: a page so repetitive that every word of a quote
//! occurs on it more than 50,000 times (the approximate search's cap on a voting word) gave
//! `not_found`, "nothing close to the quote", while the same page a tenth shorter gave
//! `altered`: the cap was read as absence. Pages are built in memory (no network).

use citecheck::model::Verdict;
use citecheck::verify::SourceText;

use super::evaluation2::check;

/// A plain-text page of `n` copies of one short sentence.
fn repetitive_page(n: usize) -> SourceText {
    SourceText::from_text("Tide gates stay open tonight.\n".repeat(n))
}

/// Over the cap, a close passage is still found, a word changed (`altered`, as on a page a
/// tenth as long), never "nothing close"; a quote whose page words are that common, enough
/// of them for a close passage but in none found, is `unverifiable` (the search tried a few
/// places only), not "nothing close"; one most of whose words the page lacks is still
/// absent. (One test: the page is large, and built once.)
#[test]
fn a_page_repeating_every_quote_word_is_searched_not_given_up() {
    let page = repetitive_page(50_100);
    let r = check("Tide gates stay shut tonight", &page);
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert!(r.detail.contains("shut"), "{}", r.detail);
    // Verbatim: verified.
    let r = check("Tide gates stay open tonight", &page);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);

    // Half its words on the page, in no close passage: the search tried a few places only.
    let miss = "Open the harbour gates before the tide tonight";
    let r = check(miss, &page);
    assert_eq!(r.verdict, Verdict::Unverifiable, "{}", r.detail);
    assert!(r.detail.contains("too often"), "{}", r.detail);
    assert!(!r.detail.contains("nothing close"), "{}", r.detail);
    // Over the cap, a quote none or too few of whose words are on the page for any passage
    // to be close is absent, whatever the page repeats.
    for absent in [
        "Lighthouse keepers demanded better wages yesterday",
        "The tide turned against every fishing crew tonight",
    ] {
        let r = check(absent, &page);
        assert_eq!(r.verdict, Verdict::NotFound, "{absent}: {}", r.detail);
        assert!(r.detail.contains("nothing close"), "{}", r.detail);
    }
    // The same page short of the cap: a close passage is altered, a miss a miss.
    let small = repetitive_page(300);
    let r = check("Tide gates stay shut tonight", &small);
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    let r = check(miss, &small);
    assert_eq!(r.verdict, Verdict::NotFound, "{}", r.detail);
    assert!(!r.detail.contains("too often"), "{}", r.detail);
    // Four of its five main words stand in one of the page's sentences: that sentence is
    // named as the nearest passage (session 60), the verdict unchanged.
    assert_eq!(
        r.nearest_passage.as_deref(),
        Some("Tide gates stay open tonight."),
        "{}",
        r.detail
    );
}
