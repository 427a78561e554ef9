//! Regressions from the thirty-seventh session: figures written the way newspapers shorten
//! them, and a share that changed its unit. Pages are built in memory. Each test failed on
//! the code before its fix.

use citecheck::model::{QuoteResult, Verdict};
use citecheck::verify::SourceText;

use crate::s27_brackets::{check_led, page as html_page};

fn page(paragraphs: &[&str]) -> SourceText {
    let mut html = String::from(
        "<!DOCTYPE html><html><head><title>County bulletin</title></head><body><main><article>\
         <h1>County bulletin</h1>",
    );
    for p in paragraphs {
        html.push_str("<p>");
        html.push_str(p);
        html.push_str("</p>");
    }
    html.push_str("</article></main></body></html>");
    html_page(&html)
}

fn notes(r: &QuoteResult) -> Vec<String> {
    r.differences
        .iter()
        .filter_map(|d| d.note.clone())
        .collect()
}

/// `12%` where the page says `12 percentage points` is a change of unit (a share against a
/// difference of shares), not of the number: the figure is the same.
#[test]
fn a_share_for_percentage_points_is_a_unit_changed() {
    let src = page(&[
        "Turnout among voters under thirty rose by 12 percentage points over the decade, \
         while older voters stayed home in most wards of the county.",
        "Support for the bypass fell by 4 points in the spring poll, the council said.",
    ]);
    let r = check_led(
        "rose by 12% over the decade, while older voters stayed home",
        "The county said turnout",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["unit changed"], "{r:#?}");
    // The same unit written another way is no change.
    let r = check_led(
        "rose by 12 pp over the decade, while older voters stayed home",
        "The county said turnout",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    // A changed figure is still a number changed.
    let r = check_led(
        "rose by 21 percentage points over the decade, while older voters stayed home",
        "The county said turnout",
        &src,
    );
    assert_eq!(notes(&r), ["number changed"], "{r:#?}");
}

/// `3m households`, as The Economist and the BBC shorten it, is `3 million households`;
/// `3m` before a measure (`a 3m wall`, `3m high`) stays three metres.
#[test]
fn a_count_in_millions_written_with_m_is_the_same_figure() {
    let src = page(&[
        "Officials added that 3 million households would receive the payment before the \
         winter began in earnest.",
        "The new flood wall is 3 metres high along the whole of the river front.",
        "About 2.5 million people use the ferry each year, and 40 thousand cars.",
    ]);
    for quote in [
        "3m households would receive the payment before the winter",
        "About 2.5m people use the ferry each year",
    ] {
        let r = check_led(quote, "The bulletin said", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {r:#?}");
    }
    let r = check_led(
        "The new flood wall is 3m high along the whole of the river front",
        "The bulletin said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    // Millions against metres is a change.
    let r = check_led(
        "4m households would receive the payment before the winter",
        "The bulletin said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["number changed"], "{r:#?}");
}

/// A unit abbreviated (`30km`, `40 mph`, `2kg`) where the page spells it out is the same
/// figure; another unit is still a unit changed, and `tons` is no `tonnes`.
#[test]
fn a_unit_abbreviated_is_the_same_unit() {
    let src = page(&[
        "The new coastal path runs for 30 kilometres between the two harbours.",
        "Each crate of apples weighs 2 kilograms and the orchard ships 40 tonnes a week.",
    ]);
    for quote in [
        "The new coastal path runs for 30km between the two harbours",
        "The new coastal path runs for 30 km between the two harbours",
        "Each crate of apples weighs 2kg and the orchard ships 40 tonnes a week",
    ] {
        let r = check_led(quote, "The council said", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {r:#?}");
    }
    let r = check_led(
        "The new coastal path runs for 30 miles between the two harbours",
        "The council said",
        &src,
    );
    assert_eq!(notes(&r), ["unit changed"], "{r:#?}");
    let r = check_led(
        "Each crate of apples weighs 2 kilograms and the orchard ships 40 tons a week",
        "The council said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
}

/// A hedge the page has and the quote drops or replaces (`will` for `may`, `every` for
/// `nearly every`) is noted: the quote claims more than its source. One the quote adds is
/// noted too; two hedges (`might` for `may`) are not.
#[test]
fn a_hedge_dropped_or_added_inside_a_quote_is_noted() {
    let src = page(&[
        "The council warned that the new toll may reduce traffic on the bridge by a third.",
        "The survey found that nearly every trader on the quay backed the plan in spring.",
        "The harbour will close for repairs during the first two weeks of March.",
    ]);
    let cases: &[(&str, &str)] = &[
        (
            "the new toll will reduce traffic on the bridge by a third",
            "hedge removed",
        ),
        (
            "The survey found that every trader on the quay backed the plan in spring",
            "hedge removed",
        ),
        (
            "The harbour could close for repairs during the first two weeks of March",
            "hedge added",
        ),
    ];
    for (quote, note) in cases {
        let r = check_led(quote, "The council said", &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}: {r:#?}");
        assert_eq!(notes(&r), [*note], "{quote}: {r:#?}");
    }
    let r = check_led(
        "the new toll might reduce traffic on the bridge by a third",
        "The council said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(notes(&r).is_empty(), "{r:#?}");
}
