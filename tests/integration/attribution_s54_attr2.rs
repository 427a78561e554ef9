//! The fifty-fourth session's quote extraction in notes (area attr2): a title a note lists in
//! single quotation marks (`raadsvoorstel ‘…’, 14 maart 2024, https://…`), or a second title
//! in any marks (`bijlage „…“ und Plan „…“`), was taken for a quotation and tied to the
//! note's URL. Words a note quotes from someone stay quotations.

use crate::support::{extract_markdown, texts};

fn note_quotes(note: &str) -> Vec<String> {
    let md = format!("# Traffic\n\nThe town wants fewer cars in its centre.[^1]\n\n[^1]: {note}\n");
    texts(&extract_markdown(&md))
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Regression: `Gemeente Zwolle, raadsvoorstel ‘Stille singels 2026’, 2 april 2024, https://…`
/// gave a quote «Stille singels 2026» tied to the note's URL.
#[test]
fn a_title_a_note_lists_in_any_marks_is_no_quotation() {
    for (open, close) in [
        ('‘', '’'),
        ('\'', '\''),
        ('‚', '‘'),
        ('«', '»'),
        ('„', '“'),
        ('“', '”'),
    ] {
        for note in [
            format!(
                "Gemeente Zwolle, raadsvoorstel {open}Stille singels 2026{close}, 2 april \
                 2024, https://www.example.org/raad/stille-singels"
            ),
            format!(
                "Brandt, K., Anlage zur Vorlage {open}Radwege am Ring{close} und Plan \
                 {open}Parken nach 2030{close}, 2024, https://www.example.org/vorlage"
            ),
            format!(
                "Comité de quartier, note {open}Bilan des zones apaisées{close}; annexe, \
                 https://www.example.org/bilan"
            ),
        ] {
            assert!(
                note_quotes(&note).is_empty(),
                "{note}: {:?}",
                note_quotes(&note)
            );
        }
    }
    // Words a note quotes from someone, after a verb of saying or a colon, or running on
    // as a sentence, are quotations still.
    for (open, close) in [('‘', '’'), ('«', '»'), ('„', '“'), ('“', '”')] {
        for (note, words) in [
            (
                format!(
                    "The alderman told the council it was {open}the quietest the canals have \
                     been in decades{close}. Minutes, https://www.example.org/minutes"
                ),
                "the quietest the canals have been in decades",
            ),
            (
                format!(
                    "Asked about the bollards, Ilse Brandt said {open}Not one of them will \
                     move this year{close}, https://www.example.org/brandt"
                ),
                "Not one of them will move this year",
            ),
            (
                format!(
                    "At the meeting the chair replied: {open}Deliveries may enter the centre before ten \
                     only{close}, https://www.example.org/minutes"
                ),
                "Deliveries may enter the centre before ten only",
            ),
        ] {
            assert_eq!(note_quotes(&note), vec![words.to_string()], "{note}");
        }
    }
}
