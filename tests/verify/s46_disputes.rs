//! Regressions from the forty-sixth session's held-out evaluation of the disputes: pages
//! that report the quoted words only to deny them in wordings the checks did not read
//! (`did not say that the ferry “…”`, `denied that the ferry “…”`, `“…”. This claim is
//! false.`, `falsely claims Quist said …`, `“…”, but she said no such thing`, `“…”. Her
//! deputy said she never said it.`), fact checks laid out otherwise than `Claim:` over
//! `Rating: False` (a rating meter's picture, a `Verdict` heading, `“…”, but this is
//! false`), a speaker named after `According to` and a role, a commenter's handle holding
//! the article speaker's name, and an English quote on a page wholly in German or Spanish.
//! Each verified with no dispute (or was `not_found`, or named the commenter as another
//! speaker) before its fix. Pages are built in memory; every case has its negative beside
//! it.

use citecheck::model::{DisputeKind, Quote, QuoteResult, Verdict};
use citecheck::verify::{verify_quote, Candidate, SourceText, VerifyOptions};

use crate::s27_brackets::page as html_page;

const A: &str = "https://example.org/a";

/// A news page around `body`, with a paragraph of other news after it.
fn page(body: &str) -> SourceText {
    html_page(&format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour ferry</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">The Estuary Post</a></header>\
         <main><article><h1>The harbour ferry</h1><p>The new ferry between the two quays \
         has cost twice what was planned, papers seen by the Post show.</p>{body}\
         <p>The service is due to start in the autumn, with a fare of two pounds and half \
         price for pupils and pensioners.</p></article></main>\
         <footer class=\"site-footer\"><p>All rights reserved.</p></footer></body></html>"
    ))
}

/// Checks `text`, which the article gives to `speaker` (its words before the quote
/// `lead`), against `src`.
fn check_said(text: &str, lead: &str, speaker: &str, src: &SourceText) -> QuoteResult {
    let mut quote = Quote::citing(text, A);
    quote.citations[0].url = Some(A.to_string());
    quote.lead = lead.to_string();
    quote.speaker = Some(speaker.to_string());
    let candidates = [Candidate {
        url: A,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

fn kinds(r: &QuoteResult) -> Vec<DisputeKind> {
    r.disputes.iter().map(|d| d.kind).collect()
}

const PAYS: &str = "would pay for itself within three years";
const LEAD: &str = "Harbourmaster Ada Quist said the ferry";
const QUIST: &str = "Ada Quist";

/// Each sentence reports the words only to deny them: verified, with a `denied` dispute
/// (and only that); each `false` one quotes them and agrees, stands by them, or denies
/// something else, and disputes nothing.
#[test]
fn words_reported_only_to_be_denied_are_disputed() {
    let q = "\u{201C}would pay for itself within three years\u{201D}";
    let cases = [
        // A `that` with a subject of its own between it and the words.
        (
            format!("<p>Ada Quist did not say that the new ferry {q}, her deputy said.</p>"),
            true,
        ),
        (
            format!("<p>The harbourmaster denied that the new ferry {q}.</p>"),
            true,
        ),
        (
            format!("<p>Officials found no evidence that the new ferry {q}.</p>"),
            true,
        ),
        // A next sentence calling the claim false, with its noun.
        (
            format!("<p>Leaflets claimed Quist said the ferry {q}. This claim is false.</p>"),
            true,
        ),
        (
            format!("<p>Leaflets claimed Quist said the ferry {q}. The quote is fabricated.</p>"),
            true,
        ),
        // The claim that she said them is called false before them.
        (
            format!("<p>A widely shared video falsely claims Quist said the ferry {q}.</p>"),
            true,
        ),
        (
            format!("<p>One leaflet wrongly suggests that Quist said the ferry {q}.</p>"),
            true,
        ),
        // After a comma.
        (
            format!(
                "<p>Leaflets claimed Quist said the ferry {q}, but she said no such thing.</p>"
            ),
            true,
        ),
        (
            format!("<p>Leaflets claimed Quist said the ferry {q}, which is untrue.</p>"),
            true,
        ),
        // A next sentence whose reported clause denies them.
        (
            format!(
                "<p>Leaflets claimed Quist said the ferry {q}. Her deputy said she never said \
                 it.</p>"
            ),
            true,
        ),
        // Agreeing, standing by the words, or rejecting something else.
        (
            format!("<p>Quist confirmed that the new ferry {q}.</p>"),
            false,
        ),
        (
            format!("<p>Quist did not deny that the new ferry {q}.</p>"),
            false,
        ),
        (
            format!("<p>Nobody doubts that the new ferry {q}.</p>"),
            false,
        ),
        (
            format!("<p>It is no secret that the new ferry {q}.</p>"),
            false,
        ),
        (
            format!("<p>Quist said the ferry {q}. This claim is accurate.</p>"),
            false,
        ),
        (
            format!("<p>Quist said the ferry {q}. Another claim, about the fares, is false.</p>"),
            false,
        ),
        (
            format!("<p>Quist said the ferry {q}, but she said no date had been set.</p>"),
            false,
        ),
        (
            format!("<p>Quist said the ferry {q}. Her deputy said she stood by it.</p>"),
            false,
        ),
        // Another person who never said the same denies nothing of hers.
        (
            format!("<p>Quist said the ferry {q}. The mayor, for his part, has never said so.</p>"),
            false,
        ),
        (
            format!("<p>Quist said the ferry {q}, but the mayor said no such thing.</p>"),
            false,
        ),
        (
            format!(
                "<p>Leaflets claimed Quist said the ferry {q}. Her deputy says Quist never \
                 said that.</p>"
            ),
            true,
        ),
        (
            format!(
                "<p>Quist said the ferry {q}. The council, which has never said so, disagrees \
                 with her.</p>"
            ),
            false,
        ),
        (
            format!(
                "<p>Quist did not say that the old ferry was cheap; she said the new one \
                 {q}.</p>"
            ),
            false,
        ),
        // Her own words called false by the page are hers still: no denial that she said
        // them.
        (
            format!("<p>Quist falsely claimed the ferry {q}.</p>"),
            false,
        ),
    ];
    for (body, denied) in &cases {
        let src = page(body);
        let r = check_said(PAYS, LEAD, QUIST, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{body}: {}", r.detail);
        if *denied {
            assert_eq!(kinds(&r), [DisputeKind::Denied], "{body}: {:?}", r.warnings);
        } else {
            assert!(r.disputes.is_empty(), "{body}: {:?}", r.disputes);
        }
    }
}

const CLOSES: &str = "will close to cruise ships by 2028";

/// A statement with a rating meter's picture under it (`alt="False"`, `Pants on Fire`,
/// `mostly-false`), as PolitiFact lays out its checks, is a claim the page rates false; one
/// rated true is not, nor is the statement above another statement's meter.
#[test]
fn a_statement_over_a_false_rating_meter_is_disputed() {
    let statement = |words: &str, alt: &str| {
        format!(
            "<div class=\"statement\"><div class=\"statement-quote\">\u{201C}{words}\
             \u{201D}</div><div class=\"statement-meta\">Ada Quist stated on 2 June 2025 in a \
             radio interview</div></div><div class=\"meter\"><img src=\"/rulings/meter.png\" \
             alt=\"{alt}\"></div>"
        )
    };
    let claim = "The harbour will close to cruise ships by 2028.";
    for (alt, denied) in [
        ("False", true),
        ("Pants on Fire", true),
        ("mostly-false", true),
        ("True", false),
        ("half-true", false),
        ("Photo of the harbour at dawn", false),
    ] {
        let src = page(&format!(
            "{}<p>We found no record of Quist saying so, and the port's plan keeps the cruise \
             berth open.</p>",
            statement(claim, alt)
        ));
        let r = check_said(CLOSES, "Quist said the harbour", QUIST, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{alt}: {}", r.detail);
        if denied {
            assert_eq!(kinds(&r), [DisputeKind::Denied], "{alt}: {:?}", r.warnings);
            assert!(
                r.warnings.iter().any(|w| w.contains(alt)),
                "{alt}: {:?}",
                r.warnings
            );
        } else {
            assert!(r.disputes.is_empty(), "{alt}: {:?}", r.disputes);
        }
    }
    // Two statements: the first rated true, the second false. Only the second is disputed.
    let src = page(&format!(
        "{}{}",
        statement("The ferry will start in the autumn.", "True"),
        statement(claim, "False")
    ));
    let r = check_said(
        "will start in the autumn",
        "Quist said the ferry",
        QUIST,
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);
    let r = check_said(CLOSES, "Quist said the harbour", QUIST, &src);
    assert_eq!(kinds(&r), [DisputeKind::Denied], "{:?}", r.warnings);
    // A meter under a paragraph that quotes her in a sentence of its own rates no statement
    // of that paragraph: the statement a meter rates is a line that is all quotation.
    let src = page(
        "<p>Quist told the radio station the harbour \u{201C}will close to cruise ships by \
         2028\u{201D} if the berth is not rebuilt.</p><div class=\"meter\"><img \
         src=\"/rulings/meter.png\" alt=\"False\"></div>",
    );
    let r = check_said(CLOSES, "Quist said the harbour", QUIST, &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);
}

/// A fact check whose verdict stands under a `Verdict` heading (`False.`) with no `Claim:`
/// line rates the claim its sentence introduces (`Posts claim Quist said …`); `“…”, but
/// this is false:` rejects the words in their own sentence. A quotation the sentence does
/// not give as a claim (a spokesperson's answer) is not rated, and `“…”, but this is true`
/// disputes nothing.
#[test]
fn fact_checks_laid_out_otherwise_are_read() {
    let q = "\u{201C}will close to cruise ships by 2028\u{201D}";
    let answer = "\u{201C}will stay open to cruise ships for as long as they call\u{201D}";
    let verdict = format!(
        "<p>Posts shared online claim Quist said the harbour {q}.</p>\
         <p>A spokesperson for the harbour said the berth {answer}.</p>\
         <h2>VERDICT</h2><p>False. The harbourmaster has announced no such closure.</p>"
    );
    let src = page(&verdict);
    let r = check_said(CLOSES, "Quist said the harbour", QUIST, &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(kinds(&r), [DisputeKind::Denied], "{:?}", r.warnings);
    let r = check_said(
        "will stay open to cruise ships for as long as they call",
        "A spokesperson said the berth",
        "a spokesperson",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);

    // The same claim on a page whose verdict says it is true.
    let src = page(&verdict.replace("<p>False.", "<p>True."));
    let r = check_said(CLOSES, "Quist said the harbour", QUIST, &src);
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);
    // A headline that opens `Fact check: False claims …` is no verdict on every claim the
    // page quotes.
    let src = page(&format!(
        "<h2>Fact check: False claims about the fares</h2><p>Quist claimed in May that the \
         harbour {q}, and the port's accounts bear her out.</p>"
    ));
    let r = check_said(CLOSES, "Quist said the harbour", QUIST, &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);

    for (sentence, denied) in [
        (
            format!("<p>A video claims Quist said the harbour {q}, but this is false: no closure is planned.</p>"),
            true,
        ),
        (
            format!("<p>Posts shared online claim that Quist said the harbour {q}. This claim is false; there is no record of her saying this.</p>"),
            true,
        ),
        (
            format!("<p>Quist said the harbour {q}, and this is true: the berth is too short for new ships.</p>"),
            false,
        ),
    ] {
        let src = page(&sentence);
        let r = check_said(CLOSES, "Quist said the harbour", QUIST, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{sentence}: {}", r.detail);
        assert_eq!(
            kinds(&r).contains(&DisputeKind::Denied),
            denied,
            "{sentence}: {:?}",
            r.warnings
        );
    }
}

/// `According to the port economist Ivo Brandt, the ferry “…”` gives the words to Ivo
/// Brandt, as `Ivo Brandt, a port economist, told the board the ferry “…”` does: another
/// speaker than the article's. Not a body named after `According to` (`the annual Harbour
/// Review`), nor a name before a verb of saying that follows (`…, Quist said`), nor the
/// article's own speaker.
#[test]
fn a_speaker_named_after_according_to_and_a_role_is_read() {
    let q = "\u{201C}would pay for itself within three years\u{201D}";
    for (body, speaker, other) in [
        (
            format!("<p>According to the port economist Ivo Brandt, the ferry {q}.</p>"),
            QUIST,
            true,
        ),
        (
            format!("<p>According to the transport analyst Ivo Brandt, the ferry {q}.</p>"),
            QUIST,
            true,
        ),
        (
            format!("<p>Ivo Brandt, a port economist, told the board the ferry {q}.</p>"),
            QUIST,
            true,
        ),
        (
            format!("<p>According to the port economist Ivo Brandt, the ferry {q}.</p>"),
            "Ivo Brandt",
            false,
        ),
        (
            format!("<p>According to the annual Harbour Review, the ferry {q}.</p>"),
            QUIST,
            false,
        ),
        (
            format!("<p>According to the harbour board, the ferry {q}.</p>"),
            QUIST,
            false,
        ),
        (
            format!("<p>According to the port economist Ivo Brandt, Quist said the ferry {q}.</p>"),
            QUIST,
            false,
        ),
    ] {
        let src = page(&body);
        let r = check_said(PAYS, "They said the ferry", speaker, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{body}: {}", r.detail);
        if other {
            assert_eq!(
                kinds(&r),
                [DisputeKind::OtherSpeaker],
                "{body}: {:?}",
                r.warnings
            );
            assert!(
                r.warnings.iter().any(|w| w.contains("Ivo Brandt's")),
                "{body}: {:?}",
                r.warnings
            );
        } else {
            assert!(r.disputes.is_empty(), "{body}: {:?}", r.disputes);
        }
    }
}

/// Words found only in a reader's comment under a handle that runs the article speaker's
/// name together (`AdaQuistHM`, `ada_quist`, `AQuist`) are not another speaker's: the
/// warning that they are only in the page's furniture stays, with no dispute (as for an
/// unrelated handle, `harbourlad`, where that warning is what tells the reader).
#[test]
fn a_commenters_handle_holding_the_speakers_name_is_the_speaker() {
    let words = "a betrayal of every family on the quayside";
    let comments = |handle: &str| {
        page(&format!(
            "<p>Readers wrote in about the fares.</p></article>\
             <section class=\"comments\" id=\"comments\"><h2>Comments (2)</h2>\
             <div class=\"comment\"><p class=\"comment-author\">{handle}</p><p \
             class=\"comment-body\">These fares are a betrayal of every family on the \
             quayside. I will vote against them.</p><a href=\"#\" class=\"reply\">Reply</a>\
             </div><div class=\"comment\"><p class=\"comment-author\">anon</p><p \
             class=\"comment-body\">Agreed.</p><a href=\"#\" class=\"reply\">Reply</a></div>\
             </section><article>"
        ))
    };
    for handle in ["AdaQuistHM", "Ada_Quist", "AQuist", "harbourlad"] {
        let src = comments(handle);
        let r = check_said(words, "Ada Quist called the fares", QUIST, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{handle}: {}", r.detail);
        assert!(
            r.warnings.iter().any(|w| w.contains("furniture")),
            "{handle}: {:?}",
            r.warnings
        );
        assert!(r.disputes.is_empty(), "{handle}: {:?}", r.warnings);
    }
}

const GERMAN: &str = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">\
    <title>Neue Fähre im Hafen</title></head><body><main><article>\
    <h1>Neue Fähre zwischen den Kais</h1>\
    <p>\u{201E}Die Fähre soll künftig jede halbe Stunde zwischen beiden Ufern verkehren\u{201C}, \
    sagte die Hafenmeisterin am Montag.</p>\
    <p>Der Stadtrat hat am Dienstag die neuen Fahrpläne für den Hafen beschlossen. Nach \
    Angaben der Verwaltung werden die Kosten von der Stadt und dem Land getragen, und die \
    Preise für Schüler und Rentner sollen nicht steigen. Die Anwohner begrüßten das Ziel, \
    forderten aber mehr Plätze für Fahrräder auf dem Schiff.</p>\
    <p>Im Herbst wird die alte Fähre verkauft. Sie war seit über dreißig Jahren im Dienst und \
    hat nach Auskunft der Werft noch einen guten Motor.</p></article></main></body></html>";

const SPANISH: &str = "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\">\
    <title>Nuevo transbordador</title></head><body><main><article>\
    <h1>Nuevo transbordador en el puerto</h1>\
    <p>\u{AB}El transbordador cruzará la ría cada media hora desde el otoño\u{BB}, dijo la \
    capitana del puerto.</p>\
    <p>El ayuntamiento aprobó el martes los nuevos horarios del puerto. Según la \
    concejalía, los costes serán asumidos por la ciudad y la provincia, y los precios para \
    estudiantes y jubilados no subirán. Los vecinos celebraron la noticia, pero pidieron más \
    espacio para las bicicletas en el barco.</p>\
    <p>En otoño se venderá el viejo transbordador, que lleva más de treinta años en \
    servicio y que según el astillero todavía tiene un buen motor.</p></article></main>\
    </body></html>";

/// An English quote too short to hold English little words (`crossing every half hour
/// between both quays`) on a page wholly in German or Spanish is a translation,
/// `unverifiable`, not `not_found`. A German quote missing from the German page, and an
/// English quote missing from an English page, are still not found.
#[test]
fn a_short_quote_on_a_page_in_another_language_is_unverifiable() {
    for (html, language, quote) in [
        (
            GERMAN,
            "German",
            "ferries must cross every half hour between both quays",
        ),
        (
            SPANISH,
            "Spanish",
            "ferries must cross every half hour starting autumn",
        ),
    ] {
        let src = html_page(html);
        let r = check_said(quote, "The harbourmaster said", QUIST, &src);
        assert_eq!(r.verdict, Verdict::Unverifiable, "{language}: {}", r.detail);
        assert!(
            r.detail.contains(language)
                && r.detail.contains("English")
                && r.detail.contains("translation"),
            "{}",
            r.detail
        );
    }
    // In the page's own language, but not on it.
    let src = html_page(GERMAN);
    let r = check_said(
        "Fahrräder bleiben künftig an Land",
        "Sie sagte",
        QUIST,
        &src,
    );
    assert_eq!(r.verdict, Verdict::NotFound, "{}", r.detail);
    // An English page.
    let src = page("<p>The harbourmaster said the boat would sail from both quays.</p>");
    let r = check_said(
        "ferries must cross every half hour between both quays",
        "The harbourmaster said",
        QUIST,
        &src,
    );
    assert_eq!(r.verdict, Verdict::NotFound, "{}", r.detail);
}
