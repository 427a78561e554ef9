//! The fifty-fourth session's speaker checks (area attr2): a lead-in naming a language, a
//! people or a text (`The original German is unambiguous:`, `The Original:`) gave the quote
//! a speaker called `German`, and `check` then warned that the page gives the words to the
//! person it names.

use citecheck::model::{DisputeKind, QuoteResult, Verdict};

use super::s49_check::check_served;

fn page() -> String {
    "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Hallenbad \
     bleibt</title></head><body><main><article><h1>Das Hallenbad bleibt offen</h1>\
     <p>Im Stadtrat wurde am Dienstag lange über die Zukunft des Hallenbads am Mühlenweg \
     gestritten. Die Kosten für die Sanierung liegen inzwischen bei fast vier Millionen \
     Euro.</p><p>„Wir werden das Hallenbad nicht verkaufen, solange ich im Amt bin“, sagte \
     Jörg Kallweit im Gespräch mit dem Stadtanzeiger. Die Opposition will nun ein \
     Bürgerbegehren prüfen.</p></article></main></body></html>"
        .to_string()
}

const WORDS: &str = "„Wir werden das Hallenbad nicht verkaufen, solange ich im Amt bin“";

fn other_speaker(r: &QuoteResult) -> Vec<&str> {
    r.disputes
        .iter()
        .filter(|d| d.kind == DisputeKind::OtherSpeaker)
        .map(|d| d.message.as_str())
        .collect()
}

fn checked(lead: &str) -> QuoteResult {
    let article = format!(
        "# The pool\n\nThe council argued for hours about the pool. {lead} {WORDS}.[^1]\n\n\
         [^1]: Stadtanzeiger, BASE/hallenbad\n"
    );
    let mut quotes = check_served(&[("/hallenbad", page())], &article);
    assert_eq!(quotes.len(), 1, "{lead}: {quotes:#?}");
    quotes.remove(0)
}

/// Regression: `The original German is unambiguous: „…“` gave the words to `German`, and
/// the page's `sagte Jörg Kallweit` was taken for another speaker's.
#[test]
fn a_language_or_a_text_is_no_speaker() {
    for lead in [
        "The original German is unambiguous:",
        "The German is unambiguous:",
        "The Original German:",
        "The Original:",
        "German:",
        "The original Transcript is clear:",
    ] {
        let r = checked(lead);
        assert_eq!(r.verdict, Verdict::Verified, "{lead}: {r:#?}");
        assert!(other_speaker(&r).is_empty(), "{lead}: {:?}", r.disputes);
    }
    // A person named before the colon is still compared with the page's.
    for lead in ["Marta Engel was unambiguous:", "Marta Engel:"] {
        let r = checked(lead);
        assert!(!other_speaker(&r).is_empty(), "{lead}: {:?}", r.disputes);
    }
    // And the page's speaker is the article's.
    let r = checked("Jörg Kallweit was unambiguous:");
    assert!(other_speaker(&r).is_empty(), "{:?}", r.disputes);
}
