//! Regressions from the fifty-sixth session's held-out evaluation of quotes in other
//! languages than English: an article saved decomposed (NFD) hid an accent changed; a
//! short French quote of an English page was `not_found`, not a translation; a Korean
//! `-지 않다` dropped had no negation note; a Spanish hedge dropped, and a Spanish or German
//! condition hidden by an ellipsis or cut off after the quote, went unremarked.

use citecheck::model::{QuoteResult, Verdict};
use citecheck::verify::SourceText;

use super::evaluation2::{check, html};

/// Whether `r` has a difference whose note is `note` and whose page words hold `source`.
fn noted(r: &QuoteResult, note: &str, source: &str) -> bool {
    r.differences
        .iter()
        .any(|d| d.note.as_deref() == Some(note) && d.source.contains(source))
}

/// The same misquote (`ou` for the page's `où`) in an article saved decomposed: the
/// quote's other accents are combining marks, still accents, so the quote is no text typed
/// without accents and `ou` is another word, as it is when the article is composed.
#[test]
fn a_decomposed_quote_still_writes_its_accents() {
    let src = html(
        "<p>La mairie a présenté mardi le nouveau plan de circulation du centre-ville.</p>\
         <p>Les visiteurs laisseront leur voiture près de la gare, où des navettes gratuites \
         les conduiront jusqu’au marché couvert.</p>",
    );
    // `près` written `pre` + U+0300, `marché` `marche` + U+0301.
    let nfd = "Les visiteurs laisseront leur voiture pre\u{300}s de la gare, ou des navettes \
               gratuites les conduiront jusqu’au marche\u{301} couvert";
    let r = check(nfd, &src);
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(noted(&r, "accent changed", "o\u{f9}"), "{r:#?}");
}

/// A short French quote of a page plainly in English, none of its words on the page but a
/// number: a translation, which cannot be checked word for word, not a quote not found.
#[test]
fn a_short_french_quote_of_an_english_page_is_a_translation() {
    let src = SourceText::from_html(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Checks</title></head><body><main>\
         <article><h1>Night checks on the seafront</h1><p>Police in the town will step up \
         their checks on the seafront every Saturday night from the end of May. Officers \
         said that the patrols would run until two in the morning and that fines of up to \
         £80 could be given to anyone drinking in the street. The council has also paid \
         for more lights along the promenade.</p></article></main></body></html>",
    );
    let r = check("des contrôles renforcés chaque samedi soir", &src);
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
}

/// Korean negates a verb with `않다` after its `-지` form: the quote writes the verb
/// plainly where the page says it does not happen.
#[test]
fn a_korean_negation_after_the_verb_dropped_is_named() {
    let src = html(
        "<p>시청은 다음 달부터 시내버스 노선 세 개를 새로 만든다고 발표했다.</p>\
         <p>그러나 올해 도서 대출 기간은 늘어나지 않는다.</p>",
    );
    let r = check("올해 도서 대출 기간은 늘어난다", &src);
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(noted(&r, "negation removed", "않는다"), "{r:#?}");
}

/// Spanish `casi` ("almost") left out: the quote states more than the page.
#[test]
fn a_spanish_hedge_dropped_is_named() {
    let src = html(
        "<p>El ayuntamiento ha plantado casi mil árboles en el parque del río este \
         invierno.</p><p>La obra terminará en abril.</p>",
    );
    let r = check(
        "ha plantado mil árboles en el parque del río este invierno",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(noted(&r, "hedge removed", "casi"), "{r:#?}");
}

/// A French `presque` left out likewise.
#[test]
fn a_french_hedge_dropped_is_named() {
    let src = html(
        "<p>Le club a perdu presque tous ses matchs à domicile cette saison.</p>\
         <p>L’entraîneur reste en poste.</p>",
    );
    let r = check(
        "Le club a perdu tous ses matchs à domicile cette saison",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(noted(&r, "hedge removed", "presque"), "{r:#?}");
}

/// An ellipsis hiding a Spanish condition (`, si el tiempo lo permite,`) is warned about,
/// as one hiding `if` is.
#[test]
fn an_ellipsis_over_a_spanish_condition_is_warned_about() {
    let src = html(
        "<p>El mercado abrirá los sábados por la tarde y, si el tiempo lo permite, ofrecerá \
         conciertos al aire libre.</p><p>La entrada será gratuita.</p>",
    );
    let r = check(
        "El mercado abrirá los sábados por la tarde y [...] ofrecerá conciertos al aire libre",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings.iter().any(|w| w.contains("\u{201C}si\u{201D}")),
        "{r:#?}"
    );
}

/// A German one (`, wenn genug Personal da ist,`) likewise.
#[test]
fn an_ellipsis_over_a_german_condition_is_warned_about() {
    let src = html(
        "<p>Die Fähre fährt im Sommer jede Stunde und, wenn genug Personal da ist, auch am \
         späten Abend.</p><p>Die Preise bleiben gleich.</p>",
    );
    let r = check(
        "Die Fähre fährt im Sommer jede Stunde und [...] auch am späten Abend",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("\u{201C}wenn\u{201D}")),
        "{r:#?}"
    );
}

/// A quote ending where the page's sentence goes on `, si …`: a condition cut off.
#[test]
fn a_spanish_condition_cut_off_after_the_quote_is_warned_about() {
    let src = html(
        "<p>El consejero explicó el calendario de la reforma.</p>\
         <p>Las tarifas del autobús bajarán en marzo, si el parlamento aprueba el \
         presupuesto.</p>",
    );
    let r = check("Las tarifas del autobús bajarán en marzo", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("leaves out a condition")),
        "{r:#?}"
    );
    // A `si` with no comma before it opens no clause of condition (`sabe si`, "knows
    // whether"): a quote ending there is not warned about.
    let src = html(
        "<p>El consejero explicó el calendario de la reforma.</p>\
         <p>Nadie en el pueblo sabe todavía si el puente abrirá en mayo.</p>",
    );
    let r = check("Nadie en el pueblo sabe todavía", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        !r.warnings
            .iter()
            .any(|w| w.contains("leaves out a condition")),
        "{r:#?}"
    );
}
