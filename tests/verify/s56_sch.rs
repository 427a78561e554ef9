//! Regressions from the fifty-sixth session's scholarly evaluation: a quote the article
//! gives to one person in the passive (`X was quoted by the bulletin as saying that "…"`)
//! while the cited page gives the words to another named person.

use citecheck::model::{DisputeKind, QuoteResult, Verdict};

use super::s49_check::check_served;

fn bulletin() -> String {
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Moss survey \
     results | Larchfield Institute</title></head><body><main><article>\
     <h1>Moss survey results</h1>\
     <p>Volunteers counted moss cover on forty stone walls across the valley last spring.</p>\
     <p>\u{201C}The walls facing north carry three times the cover of the others,\u{201D} \
     said Professor Tobias Wren, who ran the count.</p>\
     <p>Co-investigator Dr Mireille Osei added: \u{201C}Cleaning the walls strips decades of \
     growth in an afternoon. Owners should leave the stones alone.\u{201D}</p>\
     </article></main></body></html>"
        .into()
}

fn other_speaker(r: &QuoteResult) -> Vec<&str> {
    r.disputes
        .iter()
        .filter(|d| d.kind == DisputeKind::OtherSpeaker)
        .map(|d| d.message.as_str())
        .collect()
}

/// The passive `was quoted by … as warning that`, `was quoted as saying`, `is quoted as
/// saying` names its subject as the speaker just as `Wren warned that` does: another
/// person's words on the page are disputed.
#[test]
fn a_passive_quoted_as_saying_names_the_speaker_the_page_contradicts() {
    for lead in [
        "Wren, for his part, was quoted by the [bulletin](BASE/moss) as warning that",
        "Wren was quoted as saying in the [bulletin](BASE/moss) that",
        "Professor Wren is quoted as saying that",
        "Wren has been quoted as saying that",
    ] {
        let cite = if lead.contains("BASE") {
            String::new()
        } else {
            " ([bulletin](BASE/moss))".into()
        };
        let quotes = check_served(
            &[("/moss", bulletin())],
            &format!(
                "# Walls\n\n{lead} \u{201C}owners should leave the stones alone\u{201D}{cite}.\n"
            ),
        );
        assert_eq!(quotes.len(), 1, "{lead}: {quotes:#?}");
        let r = &quotes[0];
        assert_eq!(r.verdict, Verdict::Verified, "{lead}: {r:#?}");
        let w = other_speaker(r);
        assert_eq!(w.len(), 1, "{lead}: {r:#?}");
        assert!(w[0].contains("Osei"), "{lead}: {w:?}");
        // The page's speaker by name, not by the role before it.
        assert!(!w[0].contains("Co-investigator"), "{lead}: {w:?}");
    }
}
