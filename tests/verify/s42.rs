//! Regressions from the forty-second session. Pages are built in memory. Each test failed on
//! the code before its fix.

use citecheck::model::Verdict;

use crate::s27_brackets::check_led;
use crate::s28_numbers::{notes, page};

/// The modal `may` opening a sentence (`May`) or written in capitals (`MAY`) was read as the
/// month, so a quote dropping it had no note (fortieth session's review): a capital makes
/// `may` the month only inside a sentence in title case, or beside a date's words (`May 4`,
/// `MAY 2024`, `in MAY`). A month replaced by another stays a date changed.
#[test]
fn a_capital_modal_may_is_a_hedge_not_the_month() {
    let src = page(&[
        "The tablets are safe for most adults. May cause drowsiness in some patients, the \
         leaflet for the new tablets warns.",
        "The label adds that the pills MAY BE HABIT FORMING when taken for months.",
        "Clinics will open on May 4 and close again in MAY when the grant runs out.",
    ]);
    let r = check_led(
        "The tablets are safe for most adults. Causes drowsiness in some patients",
        "The leaflet warns:",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["hedge removed"], "{r:#?}");
    let r = check_led(
        "the pills ARE HABIT FORMING when taken for months",
        "The label adds that",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["hedge removed"], "{r:#?}");
    // A capital `May` after `in` is the month, even in capitals.
    let r = check_led(
        "Clinics will open on May 4 and close again in JUNE",
        "The trust said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["date changed"], "{r:#?}");
}

/// A quote putting all where the page has a limit (`everyone` for "most people") was
/// altered with no note saying why it matters (fortieth session's list): it is a scope
/// widened, and the other way a scope narrowed. A hedge keeps its own warning.
#[test]
fn a_limit_replaced_by_all_is_a_scope_widened() {
    let src = page(&[
        "Most people in the valley now heat their homes with wood pellets, the survey found.",
        "Inspectors often find the boilers badly fitted, the report says.",
        "All of the new flats meet the insulation standard, the builder said.",
        "Nearly every household signed the petition against the quarry.",
    ]);
    let r = check_led(
        "Everyone in the valley now heats their homes with wood pellets",
        "The survey found:",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["scope widened"], "{r:#?}");
    let r = check_led(
        "Inspectors always find the boilers badly fitted",
        "The report says:",
        &src,
    );
    assert_eq!(notes(&r), ["scope widened"], "{r:#?}");
    let r = check_led(
        "Some of the new flats meet the insulation standard",
        "The builder said:",
        &src,
    );
    assert_eq!(notes(&r), ["scope narrowed"], "{r:#?}");
    let r = check_led(
        "Every household signed the petition against the quarry",
        "The council said:",
        &src,
    );
    // A hedge before the quoted words keeps its own warning, and no scope note.
    assert!(notes(&r).is_empty(), "{r:#?}");
    assert!(r.warnings.iter().any(|w| w.contains("Nearly")), "{r:#?}");
}
