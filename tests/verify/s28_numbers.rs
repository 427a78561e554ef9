//! Regressions from the quoted-figures evaluation (session 28): a figure written another
//! way (another language's percent, a currency after the number, Swiss grouping, `a third`)
//! was called changed; two figures swapped read as harmless "word order changed"; a changed
//! unit had no note; a date's difference was shown cut mid-word; and a page that negates
//! the report of the quoted words (`did not say that …`) verified with no caveat. Each test
//! failed on the code before its fix. Pages are built in memory.

use citecheck::model::{QuoteResult, Verdict};
use citecheck::verify::SourceText;

use crate::s27_brackets::{check_led, page as html_page};

pub(crate) fn page(paragraphs: &[&str]) -> SourceText {
    let mut html = String::from(
        "<!DOCTYPE html><html><head><title>Harbour news</title></head><body><main><article>\
         <h1>Harbour news</h1>",
    );
    for p in paragraphs {
        html.push_str("<p>");
        html.push_str(p);
        html.push_str("</p>");
    }
    html.push_str("</article></main></body></html>");
    html_page(&html)
}

pub(crate) fn notes(r: &QuoteResult) -> Vec<String> {
    r.differences
        .iter()
        .filter_map(|d| d.note.clone())
        .collect()
}

/// A negation a few words before a `that` or colon that ends right before the quoted words
/// (`did not say that`, `found no evidence that`, `denied that`) negates the report of
/// them: the quote, every word on the page, says what the page says was not said. It stays
/// verified, with the warning a negation right before the words gets. Not when the article
/// negates too, when a second negation cancels it, in a phrase that affirms (`no doubt
/// that`), or across a comma.
#[test]
fn a_negated_report_of_the_quoted_words_is_warned_about() {
    let src = page(&[
        "The harbour board did not say that 60 percent of the moorings will be sold next spring.",
        "The auditors found no evidence that the pilings of the east pier were rotten.",
        "The mayor denied that ferry fares would double before the regatta.",
        "The engineer wrote: the lock gates cannot be repaired before the winter storms.",
        "The pilots never said: the channel must be dredged again by March.",
        "There is no doubt that the fish market will move to the old customs house.",
        "The board did not deny that the slipway will close for the whole summer season.",
        "No, the harbourmaster said that the lighthouse keeper's cottage will become a museum.",
        "The skipper did not know that the breakwater had been moved ten metres to the east.",
    ]);
    let warning = |r: &QuoteResult| {
        r.warnings
            .iter()
            .find(|w| w.contains("may say the opposite of its source"))
            .cloned()
    };
    for (quote, lead, negation) in [
        (
            "60 percent of the moorings will be sold next spring",
            "The harbour board said",
            "did not say that",
        ),
        (
            "the pilings of the east pier were rotten",
            "The auditors reported that",
            "no evidence that",
        ),
        (
            "ferry fares would double before the regatta",
            "The mayor said",
            "denied that",
        ),
        (
            "the channel must be dredged again by March",
            "The pilots warned that",
            "never said",
        ),
    ] {
        let r = check_led(quote, lead, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert!(
            warning(&r).is_some_and(|w| w.contains(&format!("\u{201C}{negation}\u{201D}"))),
            "{quote}: {:?}",
            r.warnings
        );
        // The page reports the words only to deny them: a dispute (thirtieth session).
        assert_eq!(
            r.disputes
                .iter()
                .map(|d| (d.kind, Some(d.message.clone())))
                .collect::<Vec<_>>(),
            vec![(citecheck::model::DisputeKind::Denied, warning(&r))],
            "{quote}"
        );
    }
    for (quote, lead) in [
        // The article negates too.
        (
            "60 percent of the moorings will be sold next spring",
            "The harbour board never claimed",
        ),
        (
            "ferry fares would double before the regatta",
            "The mayor denied",
        ),
        // No negation in the clause; one that affirms; one cancelled; one across a comma.
        (
            "the lock gates cannot be repaired before the winter storms",
            "The engineer said",
        ),
        (
            "the fish market will move to the old customs house",
            "The council said",
        ),
        (
            "the slipway will close for the whole summer season",
            "The board admitted",
        ),
        (
            "the lighthouse keeper's cottage will become a museum",
            "The harbourmaster said",
        ),
        (
            "the breakwater had been moved ten metres to the east",
            "The skipper found that",
        ),
    ] {
        let r = check_led(quote, lead, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(warning(&r), None, "{quote}");
    }
}

/// One figure written in another language's way, or another typography, is the same
/// figure: percent words (`Prozent`, `pour cent`, `por ciento`), a currency symbol after the
/// number against its name, Swiss grouping, `a third` against `one third`, a range with `to`
/// against a dash, German number words, French `1er` against `premier`. Each was `altered`,
/// "number changed" or "currency changed".
#[test]
fn one_figure_written_another_way_is_verified() {
    let cases = [
        (
            "Die Hafengebühr stieg im Mai um 4,5 % gegenüber dem Vorjahr.",
            "die Hafengebühr stieg im Mai um 4,5 Prozent gegenüber dem Vorjahr",
        ),
        (
            "Die Jahreskarte für die Fähre kostet künftig 89 Euro und gilt auf allen Linien.",
            "die Jahreskarte für die Fähre kostet künftig 89 € und gilt auf allen Linien",
        ),
        (
            "Der Kanton zahlt jedem Fischer künftig 2.400 Franken im Jahr als Ausgleich.",
            "der Kanton zahlt jedem Fischer künftig 2'400 Franken im Jahr als Ausgleich",
        ),
        (
            "Le trafic du port a reculé de 3,2 % sur l'ensemble de l'année écoulée.",
            "le trafic du port a reculé de 3,2 pour cent sur l'ensemble de l'année écoulée",
        ),
        (
            "El tráfico del puerto creció un 18 por ciento durante el verano pasado.",
            "el tráfico del puerto creció un 18 % durante el verano pasado",
        ),
        (
            "The survey found that one third of the boats in the marina are never taken out.",
            "a third of the boats in the marina are never taken out",
        ),
        (
            "Dredging the inner basin will take 4\u{2013}6 weeks once the barges arrive.",
            "dredging the inner basin will take 4 to 6 weeks once the barges arrive",
        ),
        (
            "Im Herbst sollen 14 neue Liegeplätze am Südkai entstehen, teilte der Hafen mit.",
            "im Herbst sollen vierzehn neue Liegeplätze am Südkai entstehen",
        ),
        (
            "Les dockers ont confirmé que la grève commencera le premier juin dans tous les ports.",
            "la grève commencera le 1er juin dans tous les ports",
        ),
    ];
    for (sentence, quote) in cases {
        let src = page(&[sentence]);
        let r = check_led(quote, "They said", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {:?}", r.differences);
    }
    // The same figure's other writing keeps a changed figure a change.
    let src = page(&["Die Jahreskarte für die Fähre kostet künftig 89 Euro und gilt überall."]);
    let r = check_led(
        "die Jahreskarte für die Fähre kostet künftig 98 € und gilt überall",
        "Er sagte",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["number changed"], "{r:#?}");
}

/// Two figures swapped between their subjects are figures changed, not a harmless word
/// order: each is a `changed` difference noted "number changed". A unit changed after a
/// number is noted "unit changed", a clock's half of the day "time of day changed". A date
/// the page writes in another order is shown whole where it differs, never cut mid-word.
#[test]
fn changed_figures_units_and_dates_are_noted() {
    let src = page(&[
        "Landings of cod rose by 14 percent while landings of herring fell by 6 percent last season.",
        "The new coastal path runs for 30 km between the two harbours.",
        "The fish market will open at 6 a.m. on Saturdays from next month.",
        "The harbour authority said the new tariff takes effect on April 3, 2025 for all berths.",
    ]);
    let r = check_led(
        "landings of cod rose by 6 percent while landings of herring fell by 14 percent last season",
        "The port said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    let n = notes(&r);
    assert!(
        n.iter().all(|n| n == "number changed") && !n.is_empty(),
        "{r:#?}"
    );
    assert!(
        r.differences
            .iter()
            .any(|d| d.quote.contains('6') && d.source.contains("14")),
        "{r:#?}"
    );

    let r = check_led(
        "the new coastal path runs for 30 miles between the two harbours",
        "The council said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["unit changed"], "{r:#?}");

    let r = check_led(
        "the fish market will open at 6pm on Saturdays from next month",
        "The traders said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["time of day changed"], "{r:#?}");

    let r = check_led(
        "the new tariff takes effect on 3 June 2025 for all berths",
        "The authority said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        r.differences
            .iter()
            .any(|d| d.quote == "June" && d.source == "April 3, 2025"),
        "{r:#?}"
    );
}

/// A negation right before the quoted words (`not merely incomplete`) is a warning: the
/// quote may say the opposite of its source, but the page does not report the words only
/// to deny them, so it is no dispute (thirtieth session); a negated report of them is.
#[test]
fn a_negation_right_before_the_words_is_a_warning_not_a_dispute() {
    let src = page(&[
        "The inspectors called the survey not merely incomplete but badly flawed in method.",
    ]);
    let r = check_led(
        "merely incomplete but badly flawed in method",
        "The inspectors called the survey",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("\u{201C}not\u{201D}") && w.contains("opposite")),
        "{:?}",
        r.warnings
    );
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);
}
