//! Regressions from the forty-seventh session's held-out evaluation of the check stage: a
//! quote that runs two of the page's quotations together, with no ellipsis, over a sentence
//! of narration between them (`“….” The visitor numbers told another story. “…,” he
//! added.`) was `verified` with only the warning a speech tag between them gets; it is
//! `altered`, a `passages joined` difference naming the narration. A quotation the page
//! interrupts only with its speech tag (`“…,” he said, “…”`, `“….” Greer said. “…”`) is still
//! `verified`, with the warning. Pages are built in memory (no network).

use citecheck::model::{DiffKind, QuoteResult, Verdict};
use citecheck::verify::PASSAGES_JOINED;

use super::evaluation2::{check, html};

/// A short council story whose second paragraph is `para`.
fn story(para: &str) -> citecheck::verify::SourceText {
    html(&format!(
        "<h1>Ferry timetable cut for the winter</h1>\
         <p>The island ferry will sail twice a day from November, the operator confirmed on \
         Tuesday, after a year of rising fuel bills and falling bookings.</p>\
         <p>{para}</p>\
         <p>The winter timetable runs until the end of March, when the operator will review \
         the bookings again with the harbour board.</p>"
    ))
}

/// The one `passages joined` difference of an `altered` result, whose page text is
/// `between`.
fn assert_joined(r: &QuoteResult, between: &str) {
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    let joined: Vec<_> = r
        .differences
        .iter()
        .filter(|d| d.note.as_deref() == Some(PASSAGES_JOINED))
        .collect();
    assert_eq!(joined.len(), 1, "{:#?}", r.differences);
    assert_eq!(joined[0].kind, DiffKind::Dropped, "{:#?}", r.differences);
    assert_eq!(joined[0].source, between, "{:#?}", r.differences);
    assert!(r.detail.contains(PASSAGES_JOINED), "{}", r.detail);
    assert!(
        !r.warnings
            .iter()
            .any(|w| w.contains("interrupts the quotation")),
        "{:?}",
        r.warnings
    );
}

/// The evaluation's shape: the speaker's first sentence, a sentence of the reporter's own
/// (with `told`, a verb of saying, telling something of its own), and the speaker's second
/// sentence with its own tag after it, quoted as one sentence at a comma.
#[test]
fn quotations_joined_over_a_sentence_of_narration_are_passages_joined() {
    let src = story(
        "Ms Varga said: \u{201C}We hoped the summer trade would carry us.\u{201D} The \
         ticket sales told a different story. \u{201C}The crossings lost money every single \
         week,\u{201D} she added.",
    );
    let r = check(
        "We hoped the summer trade would carry us, the crossings lost money every single week.",
        &src,
    );
    assert_joined(&r, "The ticket sales told a different story");
}

/// Narration with no verb of saying at all, and a reported claim of the speaker's own
/// (`He said the pier …`: more than a tag), are passages joined too.
#[test]
fn narration_without_a_verb_of_saying_and_reported_speech_are_passages_joined() {
    let src = story(
        "\u{201C}The old pier cannot take the new boat.\u{201D} The storms of last January \
         had cracked its outer wall. \u{201C}We will berth at the north quay until it is \
         mended,\u{201D} the harbour master said.",
    );
    let r = check(
        "The old pier cannot take the new boat, we will berth at the north quay until it is mended.",
        &src,
    );
    assert_joined(&r, "The storms of last January had cracked its outer wall");

    let src = story(
        "\u{201C}Nobody on the board wanted this timetable.\u{201D} He said the fuel bill \
         had doubled since spring. \u{201C}We had no other choice left to us,\u{201D} Mr \
         Tull told the meeting.",
    );
    let r = check(
        "Nobody on the board wanted this timetable, we had no other choice left to us.",
        &src,
    );
    assert_joined(&r, "He said the fuel bill had doubled since spring");
}

/// Controls: only a speech tag between the two quotations (after a comma, as a sentence of
/// its own, inverted with an aside on the speaker, or with the person spoken to and a time)
/// keeps the quote `verified`, the tag named in the warning.
#[test]
fn a_speech_tag_between_quotations_stays_verified() {
    let cases = [
        (
            "\u{201C}We hoped the summer trade would carry us,\u{201D} she said, \u{201C}but \
             the crossings lost money every week.\u{201D}",
            "We hoped the summer trade would carry us, but the crossings lost money every week.",
            "she said",
        ),
        (
            "\u{201C}We hoped the summer trade would carry us.\u{201D} Varga said. \u{201C}The \
             crossings lost money every week.\u{201D}",
            "We hoped the summer trade would carry us. The crossings lost money every week.",
            "Varga said",
        ),
        (
            "\u{201C}We hoped the summer trade would carry us.\u{201D} The operator's director \
             told reporters on Tuesday. \u{201C}The crossings lost money every week.\u{201D}",
            "We hoped the summer trade would carry us. The crossings lost money every week.",
            "The operator's director told reporters on Tuesday",
        ),
        (
            "\u{201C}We hoped the summer trade would carry us,\u{201D} said Ilse Varga, who has \
             run the ferry since 2015. \u{201C}The crossings lost money every week.\u{201D}",
            "We hoped the summer trade would carry us. The crossings lost money every week.",
            "said Ilse Varga, who has run the ferry since 2015",
        ),
    ];
    for (para, quote, tag) in cases {
        let r = check(quote, &story(para));
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {r:#?}");
        assert!(
            r.warnings.iter().any(|w| w.contains(&format!(
                "outside its quotation marks (\u{201C}{tag}\u{201D}): the page interrupts"
            ))),
            "{quote}: {:?}",
            r.warnings
        );
        assert!(r.differences.is_empty(), "{quote}: {:#?}", r.differences);
    }
}

/// A page in another language keeps its joins over the words between its quotations as
/// before: the English reading of a speech tag is not held against it.
#[test]
fn a_page_in_another_language_keeps_its_joins() {
    let src = html(
        "<h1>Il traghetto d'inverno</h1>\
         <p>Il traghetto per l'isola partirà due volte al giorno da novembre, ha confermato \
         la compagnia, dopo un anno di costi alti e di pochi passeggeri.</p>\
         <p>\u{AB}Speravamo che l'estate ci aiutasse.\u{BB} Il sindaco ha parlato con calma. \
         \u{AB}Le traversate hanno perso soldi ogni settimana.\u{BB}</p>\
         <p>Il nuovo orario resta in vigore fino alla fine di marzo, quando la compagnia \
         rivedrà le prenotazioni con il porto.</p>",
    );
    let r = check(
        "Speravamo che l'estate ci aiutasse. Le traversate hanno perso soldi ogni settimana.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
}
