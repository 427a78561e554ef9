//! The fifty-fourth session's quote extraction in notes (area attr2): a title a note lists in
//! single quotation marks (`raadsvoorstel ‘…’, 14 maart 2024, https://…`), or a second title
//! in any marks (`bijlage „…“ und Plan „…“`), was taken for a quotation and tied to the
//! note's URL. Words a note quotes from someone stay quotations.

use citecheck::model::Attribution;

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note, texts, url_ties};

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

const STUDY: &str = "https://doi.org/10.5555/soil.2025.0042";

fn ties(md: &str, starts: &str) -> Vec<(Option<String>, Attribution)> {
    url_ties(&extract_markdown(md), starts)
}

/// Regression (news evaluation): `… according to a [study published Monday](…). The
/// researchers found that worms “…,” a result they described as “…”.` left both quotes
/// uncited: a study's authors, named by what they are, speak for the study the sentence
/// before links, and `a result they described as` is the same subject naming its words.
#[test]
fn a_studys_researchers_speak_for_the_study_before() {
    let preceding = vec![(Some(STUDY.to_string()), Attribution::Preceding)];
    for (work, who) in [
        (
            "study published Monday in *Soil Letters*",
            "The researchers",
        ),
        ("paper in *Soil Letters*", "The authors"),
        ("survey of allotment holders", "The scientists"),
    ] {
        let md = format!(
            "# Worms\n\nEarthworms moved away from compacted plots within a week, according \
             to a [{work}]({STUDY}).\n\n{who} found that the worms “left the heavy plots \
             almost as soon as the roller had passed,” a result they described as \
             “surprisingly quick.”\n"
        );
        assert_eq!(ties(&md, "left the heavy"), preceding, "{md}");
        assert_eq!(ties(&md, "surprisingly"), preceding, "{md}");
    }
    // Not after a sentence naming no research (`a council [notice]`), and not a phrase
    // someone else (`critics`) used.
    let md = format!(
        "# Worms\n\nThe plots will be rolled again in May, according to a council \
         [notice]({STUDY}).\n\nThe researchers found that the worms “left the heavy plots \
         almost as soon as the roller had passed,” a result critics described as “surprisingly \
         quick.”\n"
    );
    assert!(ties(&md, "left the heavy").is_empty(), "{md}");
    assert!(ties(&md, "surprisingly").is_empty(), "{md}");
}

fn harbour(foot: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>Ferries</title></head><body><main><article>\
         <h1>Ferry numbers</h1><p>Ferry journeys rose again last year, the harbour board \
         said.<sup><a href=\"#fn1\" id=\"r1\">1</a></sup></p>\
         <table><caption>Table 3. Journeys by crossing</caption>\
         <thead><tr><th>Crossing</th><th>2023</th><th>2024</th></tr></thead>\
         <tbody><tr><td>Inner sound<sup>1</sup></td><td>38,100</td><td>40,450<sup>2</sup>\
         </td></tr><tr><td>Outer sound</td><td>9,800</td><td>10,020</td></tr></tbody>{foot}\
         </table><p>The board publishes its numbers every spring.</p>\
         <section class=\"footnotes\"><ol><li id=\"fn1\">Harbour board of Kelsby, yearly \
         return, <a href=\"https://www.example.org/kelsby-return\">return</a> \
         <a href=\"#r1\">↩</a></li></ol></section></article></main></body></html>"
    )
}

/// Regression: a table of figures with notes of its own (`<td>…<sup>1</sup></td>` over a
/// `<tfoot>` reading `<sup>1</sup> Includes …`) made its footer the article's note 1 (the
/// article's own note 1 then "defined twice") and its cells markers of the article's notes.
#[test]
fn a_figures_tables_own_notes_are_not_the_articles() {
    let html = harbour(
        "<tfoot><tr><td colspan=\"3\"><sup>1</sup> Includes the winter night boat. \
         <sup>2</sup> Not yet audited.</td></tr></tfoot>",
    );
    let e = extract_as(DocKind::Html, &html);
    let n = note(&e, "1");
    assert!(
        n.text.starts_with("Harbour board of Kelsby"),
        "{:#?}",
        e.footnotes
    );
    assert_eq!(n.referenced_at.len(), 1, "{:#?}", n.referenced_at);
    assert!(
        !e.footnotes.iter().any(|f| f.text.contains("winter night")),
        "{:#?}",
        e.footnotes
    );
}
