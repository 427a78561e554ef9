//! Forty-sixth session, from the held-out evaluation of disputes, end to end through the
//! binary's JSON report: a fact check's rating meter shown as a picture (`alt="Pants on
//! Fire"`) disputes the statement over it (`denied`), `According to the harbour engineer
//! Ivo Brandt, …` gives the words to another speaker (`other_speaker`), and an English
//! quote too short to show its language by its little words, on a page wholly in Dutch, is
//! a translation (`unverifiable`), not `not_found`.

use citecheck::model::{DisputeKind, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_containing};

const METER: &str = "<!DOCTYPE html><html lang=\"en\"><head><title>Did the harbourmaster \
    promise free moorings?</title></head><body><main><article>\
    <h1>Did the harbourmaster promise free moorings?</h1>\
    <div class=\"statement\"><div class=\"statement-quote\">\u{201C}Every resident will get \
    a free mooring from next spring.\u{201D}</div><div class=\"statement-meta\">Ada Quist \
    stated on 3 March 2025 in a leaflet</div></div>\
    <div class=\"meter\"><img src=\"/meters/pants-fire.png\" alt=\"Pants on Fire\"></div>\
    <p>The leaflet was not issued by the harbour office, and the mooring fees for next year \
    were set in January at the same level as this year. Residents keep their discount of a \
    third on the standard fee.</p></article></main></body></html>";

const ENGINEER: &str = "<!DOCTYPE html><html lang=\"en\"><head><title>Dredging plan</title>\
    </head><body><main><article><h1>Dredging plan approved</h1>\
    <p>The board approved the plan to deepen the inner channel on Tuesday.</p>\
    <p>According to the harbour engineer Ivo Brandt, the channel \u{201C}needs two metres \
    more depth before the new ferries arrive\u{201D}.</p>\
    <p>Work is due to begin in the spring and to last about eight weeks, during which the \
    east quay will be closed to visiting yachts.</p></article></main></body></html>";

const DUTCH: &str = "<!DOCTYPE html><html lang=\"nl\"><head><title>Nieuwe veerboot</title>\
    </head><body><main><article><h1>Nieuwe veerboot tussen de kades</h1>\
    <p>\u{201C}De veerboot gaat vanaf het najaar elk half uur varen\u{201D}, zei de \
    havenmeester maandag.</p>\
    <p>De gemeenteraad heeft dinsdag de nieuwe dienstregeling voor de haven vastgesteld. \
    Volgens de gemeente worden de kosten gedeeld door de stad en de provincie, en de prijzen \
    voor scholieren en ouderen gaan niet omhoog. De bewoners zijn blij met het plan, maar \
    zij willen meer ruimte voor fietsen op de boot.</p>\
    <p>In het najaar wordt de oude veerboot verkocht. Die was meer dan dertig jaar in dienst \
    en heeft volgens de werf nog een goede motor.</p></article></main></body></html>";

const ARTICLE: &str = "# The harbour\n\n\
    Harbourmaster Ada Quist said \"every resident will get a free mooring from next spring\" \
    ([fact check](BASE/meter)).\n\n\
    Harbourmaster Ada Quist said the channel \"needs two metres more depth before the new \
    ferries arrive\" ([Post](BASE/engineer)).\n\n\
    The harbourmaster said ferries \"must cross every half hour from autumn onwards\" \
    ([Dagblad](BASE/nl)).\n";

#[test]
fn meters_roles_and_short_quotes_in_another_language() {
    let report = check_article(
        vec![
            ("/meter", Response::html(METER)),
            ("/engineer", Response::html(ENGINEER)),
            ("/nl", Response::html(DUTCH)),
        ],
        ARTICLE,
    );
    let meter = quote_containing(&report, "free mooring");
    assert_eq!(meter.verdict, Verdict::Verified, "{meter:#?}");
    assert!(
        meter
            .disputes
            .iter()
            .any(|d| d.kind == DisputeKind::Denied && d.message.contains("Pants on Fire")),
        "{meter:#?}"
    );
    let engineer = quote_containing(&report, "two metres");
    assert_eq!(engineer.verdict, Verdict::Verified, "{engineer:#?}");
    assert!(
        engineer
            .disputes
            .iter()
            .any(|d| d.kind == DisputeKind::OtherSpeaker && d.message.contains("Ivo Brandt")),
        "{engineer:#?}"
    );
    let dutch = quote_containing(&report, "every half hour");
    assert_eq!(dutch.verdict, Verdict::Unverifiable, "{dutch:#?}");
    assert!(
        dutch.detail.contains("Dutch") && dutch.detail.contains("translation"),
        "{}",
        dutch.detail
    );
    assert!(dutch.disputes.is_empty(), "{dutch:#?}");
    assert_eq!(report.summary.disputed, 2, "{:#?}", report.summary);
}
