//! Regressions from the fifty-first session's held-out evaluation of quote verification: a
//! bracket standing for the page's words at a quotation's start (`[the reforms] would be
//! phased in` for "the changes would be phased in") left those words out of the source
//! passage and the evidence link, so an editor could not see what the bracket replaced.

use citecheck::model::{DiffKind, Verdict};

use super::s24_match::diffs;
use super::s49_check::check_served;

const BUSES: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>Rural bus review</title></head><body><main><article><h1>Rural bus review</h1>\
    <p>The transport secretary set out the timetable for the review on Monday.</p>\
    <p>He said the new routes would be tendered in spring and the subsidies would be \
    phased out over four years across the northern districts.</p>\
    <p>Operators have until May to respond.</p></article></main></body></html>";

#[test]
fn the_page_words_a_bracket_replaces_are_part_of_the_source_passage() {
    let article = "# Buses\n\nThe secretary said \"[the grants] would be phased out over four \
        years across the northern districts\", according to the [review](BASE/review).\n";
    let quotes = check_served(&[("/review", BUSES.to_string())], article);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    let r = &quotes[0];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(
        diffs(r),
        [(
            DiffKind::Changed,
            "[the grants]",
            "the subsidies",
            Some("bracket replaces the page's words with others")
        )],
        "{r:#?}"
    );
    assert_eq!(
        r.matched_text.as_deref(),
        Some("the subsidies would be phased out over four years across the northern districts"),
        "{r:#?}"
    );
    let link = r.fragment_link.as_deref().unwrap_or("");
    assert!(link.contains("text=the%20subsidies%20would"), "{link}");
}

/// A French page: a German translation of its words was `not_found` (failing the run),
/// where an English one was `unverifiable` as a translation: the French page's `des` was
/// counted as German. A quote whose few little words name no one language (`das`, German
/// or Portuguese) is said to be in "another language", not English.
#[test]
fn a_german_translation_of_a_french_page_is_unverifiable() {
    const BRIDGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
        <title>Réunion publique</title></head><body><main><article><h1>Le pont fermé</h1>\
        <p>Lors de la réunion publique du 4 mars, la maire a présenté le calendrier des \
        travaux sur le pont de la Chaussée. Elle a déclaré : « Nous ne pourrons pas rouvrir \
        le pont avant 2027, car les études des piles ne sont pas terminées. » Les habitants \
        des quartiers voisins ont demandé des navettes pour les élèves et une aide pour les \
        commerces qui perdent des clients depuis la fermeture.</p><p>La commune publiera \
        le compte rendu complet dans les prochains jours sur son site et dans le bulletin \
        municipal, avec les réponses aux questions posées par les habitants.</p>\
        </article></main></body></html>";
    let article = "# Brücke\n\n„Wir werden die Brücke nicht vor 2027 wiedereröffnen \
        können“, sagte sie.[^1] Laut Protokoll „leidet das Viertel seit Monaten unter der \
        Schließung“.[^1]\n\n[^1]: Commune, Compte rendu, <BASE/pont>\n";
    let quotes = check_served(&[("/pont", BRIDGE.to_string())], article);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    for r in &quotes {
        assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
        assert!(r.detail.contains("the page is in French"), "{}", r.detail);
        assert!(!r.detail.contains("in English"), "{}", r.detail);
    }
    assert!(
        quotes[0].detail.contains("the quote in German"),
        "{}",
        quotes[0].detail
    );
}
