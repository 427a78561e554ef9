//! Thirtieth session: words cut from their context (eval-splice).

use citecheck::model::{QuoteResult, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_containing};

/// The wrong-speaker warning a quote's result carries, if any.
fn other_speaker(r: &QuoteResult) -> Option<&String> {
    r.warnings
        .iter()
        .find(|w| w.contains("whose words they are") && w.contains("'s,"))
}

/// Regression (eval-splice): a word between the article's name and its verb (`Quist herself
/// said that`, `Quist also writes that`) left the quote with no speaker, so another
/// person's words went unwarned; the page's `said Green councillor Ruth Okafor` gave the
/// words to "Green"; and a block quotation under `Pier master Agnes Thornbury put it
/// plainly:` was given to no one. Now each names its person, and a pronoun, a role or the
/// right person still gets no warning.
#[test]
fn the_speaker_is_read_past_a_word_before_the_verb_a_party_and_a_colon() {
    let page = "<html><body><main><h1>Rates night</h1>\
        <p>The gallery was full for once.</p>\
        <p>\u{201C}Not one member of this council trusts the forecast,\u{201D} said Green \
        councillor Ruth Okafor.</p>\
        <p>\u{201C}The reserve will be gone within three winters,\u{201D} said a Labour \
        councillor.</p>\
        <p>Pier master Agnes Thornbury put it plainly:</p>\
        <blockquote><p>Unless somebody pays for the piles, the pier shuts to the public in \
        May.</p></blockquote>\
        <p>The council meets again in spring.</p></main></body></html>";
    let article = "# Rates night\n\n\
        Quist herself conceded that \u{201C}not one member of this council trusts the \
        forecast\u{201D} ([report](BASE/rates)).\n\n\
        Okafor also said that \u{201C}not one member of this council trusts the \
        forecast\u{201D} ([report](BASE/rates)).\n\n\
        Quist even admits that \u{201C}the reserve will be gone within three \
        winters\u{201D} ([report](BASE/rates)).\n\n\
        Mayor Dinah Quist put it plainly: \u{201C}Unless somebody pays for the piles, the \
        pier shuts to the public in May.\u{201D} ([report](BASE/rates))\n\n\
        Thornbury herself warned: \u{201C}Unless somebody pays for the piles, the pier \
        shuts to the public in May.\u{201D} ([report](BASE/rates))\n";
    let report = check_article(vec![("/rates", Response::html(page))], article);
    let warned = |part: &str, nth: usize| {
        let r = report
            .quotes
            .iter()
            .filter(|q| q.text.contains(part))
            .nth(nth)
            .unwrap_or_else(|| panic!("no quote {part} #{nth}"));
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        other_speaker(r).cloned()
    };
    let w = warned("trusts the forecast", 0).expect("the councillor's words, given to Quist");
    assert!(w.contains("Ruth Okafor") && w.contains("Quist"), "{w}");
    assert_eq!(warned("trusts the forecast", 1), None, "Okafor's own words");
    assert_eq!(
        warned("three winters", 0),
        None,
        "a councillor with no name"
    );
    let w = warned("pays for the piles", 0).expect("the pier master's words, given to Quist");
    assert!(
        w.contains("Agnes Thornbury") && w.contains("Dinah Quist"),
        "{w}"
    );
    assert_eq!(
        warned("pays for the piles", 1),
        None,
        "Thornbury's own words"
    );
}

/// Regression (eval-splice): a quote ending where the page's sentence goes on with a
/// condition (`… next spring only if the grant is renewed`), or a trailing ellipsis hiding
/// one (`every tanker …` for "every tanker except those under 500 tonnes"), was verified
/// with no caveat. Now it carries a warning that the quote leaves out a condition, unless
/// the article's sentence states the condition itself.
#[test]
fn a_condition_cut_off_after_the_quoted_words_is_warned_about() {
    let page = "<html><body><main><h1>Harbour plans</h1>\
        <p>The board will dredge the channel again next spring only if the county renews \
        its grant.</p>\
        <p>Pilots will board every tanker except those under five hundred tonnes.</p>\
        <p>The slipway will stay open all winter unless the storms break the ramp.</p>\
        </main></body></html>";
    let article = "# Harbour plans\n\n\
        The board was clear: \u{201C}The board will dredge the channel again next \
        spring.\u{201D} ([plans](BASE/plans))\n\n\
        The rules say \u{201C}Pilots will board every tanker \u{2026}\u{201D} \
        ([plans](BASE/plans))\n\n\
        The board says \u{201C}the slipway will stay open all winter\u{201D} unless storms \
        break the ramp ([plans](BASE/plans)).\n";
    let report = check_article(vec![("/plans", Response::html(page))], article);
    let condition = |part: &str| {
        let r = quote_containing(&report, part);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        r.warnings
            .iter()
            .find(|w| w.contains("leaves out a condition"))
            .cloned()
    };
    let w = condition("dredge the channel").expect("the condition cut off");
    assert!(w.contains("\u{201C}only if the county renews"), "{w}");
    let w = condition("every tanker").expect("the ellipsis hides the exception");
    assert!(w.contains("\u{201C}except those under"), "{w}");
    assert_eq!(
        condition("slipway will stay open"),
        None,
        "the article states the condition"
    );
}

/// Regression (eval-splice): an advertisement's label between two paragraphs of one
/// sentence (`<div class="ad-slot"><span>Advertisement</span></div>`, `<aside
/// class="advert">`) made a correct quote of the sentence `altered`, "Advertisement"
/// dropped; so did a figure's caption there. Page furniture is no word of the text, and a
/// figure is read after the sentence it interrupts: both quotes are verified, and the
/// caption is still found on its own.
#[test]
fn an_advert_or_a_figure_between_the_halves_of_a_sentence_is_no_gap() {
    let page = "<html><body><main><article><h1>Lock repairs</h1>\
        <p>The lock keeper told us that the lower gates</p>\
        <div class=\"ad-slot\"><span>Advertisement</span></div>\
        <p>were last replaced in the spring of 1962.</p>\
        <p>Engineers found that the upper sill</p>\
        <aside class=\"advert\"><p>Advertisement</p></aside>\
        <p>has moved by a hand's width since the survey.</p>\
        <p>The canal trust says that the towpath</p>\
        <figure><img src=\"lock.jpg\" alt=\"\"><figcaption>The lock at first light, \
        before the stoppage.</figcaption></figure>\
        <p>will reopen to walkers in the autumn.</p>\
        </article></main></body></html>";
    let article = "# Lock repairs\n\n\
        \u{201C}The lock keeper told us that the lower gates were last replaced in the spring \
        of 1962.\u{201D} ([trust](BASE/lock))\n\n\
        \u{201C}Engineers found that the upper sill has moved by a hand's width since the \
        survey.\u{201D} ([trust](BASE/lock))\n\n\
        \u{201C}The canal trust says that the towpath will reopen to walkers in the \
        autumn.\u{201D} ([trust](BASE/lock))\n\n\
        The caption reads \u{201C}The lock at first light, before the stoppage\u{201D} \
        ([trust](BASE/lock)).\n";
    let report = check_article(vec![("/lock", Response::html(page))], article);
    for part in [
        "lower gates were",
        "upper sill has",
        "towpath will",
        "lock at first light",
    ] {
        let r = quote_containing(&report, part);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert!(r.differences.is_empty(), "{r:#?}");
    }
}
