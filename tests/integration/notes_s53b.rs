//! The fifty-third session's second pass on note fields: local governments' and firms'
//! names before a kind of document in other languages (`Mairie de Villeneuve, communiqué
//! de presse`, `Stadtwerke Lindenau GmbH, Pressemitteilung`), letters cited as `Letter
//! from X to Y`, and a German body's report with only its seat after the title.

use citecheck::model::{DocKind, Extraction, Footnote};

use crate::support::{extract_as, extract_markdown};

/// The notes in the three shapes a document gives them: Markdown footnotes, a numbered
/// `## Notes` list, and an HTML `<ol>` of notes; each extraction's notes in order.
fn three_ways(notes: &[&str]) -> Vec<Extraction> {
    let labels: String = (1..=notes.len()).map(|i| format!("[^{i}] ")).collect();
    let defs: String = notes
        .iter()
        .enumerate()
        .map(|(i, n)| format!("[^{}]: {n}\n\n", i + 1))
        .collect();
    let footnotes = format!("Text {labels}end.\n\n{defs}");
    let cites: String = (1..=notes.len()).map(|i| format!("[{i}] ")).collect();
    let items: String = notes
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}. {n}\n", i + 1))
        .collect();
    let list = format!("Text {cites}end.\n\n## Notes\n\n{items}");
    let sups: String = (1..=notes.len())
        .map(|i| format!("<sup><a href=\"#n{i}\" id=\"r{i}\">{i}</a></sup> "))
        .collect();
    let lis: String = notes
        .iter()
        .enumerate()
        .map(|(i, n)| format!("<li id=\"n{}\">{n}</li>", i + 1))
        .collect();
    let html = format!(
        "<html><body><article><p>Text {sups}end.</p><h2>Notes</h2><ol>{lis}</ol>\
         </article></body></html>"
    );
    let out = vec![
        extract_markdown(&footnotes),
        extract_markdown(&list),
        extract_as(DocKind::Html, &html),
    ];
    for e in &out {
        assert_eq!(e.footnotes.len(), notes.len(), "{:#?}", e.footnotes);
    }
    out
}

fn authors(n: &Footnote) -> Vec<&str> {
    n.authors.iter().map(String::as_str).collect()
}

/// A local government's or a firm's name, then the kind of document in its language:
/// French (`Mairie de Villeneuve`, `Ville de Lyon`), German (`Stadtwerke Lindenau GmbH`,
/// `Landratsamt Lindau`, `Stadt Lindenau`, an association's `e. V.`, a capitalised
/// `Pressemitteilung` or `Bekanntmachung`), Spanish (`Ayuntamiento de …`), Italian
/// (`Comune di …`), English (`City of Eastmoor`). Before, no author was read. A place, a
/// sentence of the note's own or a publisher before a kind of document is still no author.
#[test]
fn local_governments_and_firms_before_a_kind_of_document() {
    let notes = [
        "Mairie de Villeneuve, communiqué de presse, 4 mars 2024.",
        "Stadtwerke Lindenau GmbH, Pressemitteilung, 12. März 2024.",
        "Ville de Lyon, communiqué de presse, 5 mars 2024.",
        "Landratsamt Lindau, Pressemitteilung, 13. März 2024.",
        "Lindauer Bauverein e. V., Pressemitteilung, 14. März 2024.",
        "Ayuntamiento de Lindares, nota de prensa, 3 de marzo de 2024.",
        "Comune di Bologna, comunicato stampa, 3 marzo 2024.",
        "Stadt Lindenau, Bekanntmachung, 15. März 2024.",
        "City of Eastmoor, press release, 4 March 2024.",
        "Mairie de Villeneuve, procès-verbal du conseil municipal, 6 mars 2024.",
        // What names no body is no author: a place, a sentence of the note's own, a
        // publisher before a kind described in other words; the shapes read before stay.
        "Paris, France, press release, 4 March 2024.",
        "Berlin, Pressemitteilung, 12. März 2024.",
        "The council met in March, press reports said, 4 March 2024.",
        "Oxford University Press, reprint edition, 2001.",
        "Tenants' Federation, press statement, 4 March 2024.",
        "Assemblée nationale, compte rendu intégral, 4 mars 2024.",
    ];
    let expected: [&[&str]; 16] = [
        &["Mairie de Villeneuve"],
        &["Stadtwerke Lindenau GmbH"],
        &["Ville de Lyon"],
        &["Landratsamt Lindau"],
        &["Lindauer Bauverein e. V."],
        &["Ayuntamiento de Lindares"],
        &["Comune di Bologna"],
        &["Stadt Lindenau"],
        &["City of Eastmoor"],
        &["Mairie de Villeneuve"],
        &[],
        &[],
        &[],
        &[],
        &["Tenants' Federation"],
        &["Assemblée nationale"],
    ];
    for e in three_ways(&notes) {
        for (n, want) in e.footnotes.iter().zip(expected) {
            assert_eq!(authors(n), want, "{n:#?}");
            assert_eq!(n.title, None, "{n:#?}");
            assert_eq!(n.publisher, None, "{n:#?}");
        }
        assert_eq!(e.footnotes[0].date.as_deref(), Some("4 mars 2024"));
        assert_eq!(e.footnotes[1].date.as_deref(), Some("12. März 2024"));
    }
}

/// A letter, an email or a memo cited by its sender and recipient (`Letter from Joan Whitby
/// to members of the Riverside Allotment Society, 3 May 2024`, `letter from …`, `Email
/// from …`, `Memo from …`, `Letter, X to Y, …`): the sender is the author, the recipient
/// not. Before, no author was read.
#[test]
fn letters_from_a_sender_to_a_recipient() {
    let notes = [
        "Letter from Joan Whitby to members of the Riverside Allotment Society, 3 May 2024.",
        "letter from Joan Whitby to the allotment committee, 4 May 2024.",
        "Email from Tom Reyes to the planning team, 20 February 2025.",
        "Memo from Priya Nair to all staff, 4 June 2023.",
        "Letter, Ellen Pask to Kelby Estates Ltd, 5 May 2024.",
        "Letter from Joan Whitby to Ellen Pask, 6 May 2024.",
        "Letter from the council to residents, 7 May 2024.",
    ];
    let expected: [&[&str]; 7] = [
        &["Joan Whitby"],
        &["Joan Whitby"],
        &["Tom Reyes"],
        &["Priya Nair"],
        &["Ellen Pask"],
        &["Joan Whitby"],
        &[],
    ];
    for e in three_ways(&notes) {
        for (n, want) in e.footnotes.iter().zip(expected) {
            assert_eq!(authors(n), want, "{n:#?}");
            assert_eq!(n.title, None, "{n:#?}");
        }
        assert_eq!(e.footnotes[0].date.as_deref(), Some("3 May 2024"));
        assert_eq!(e.footnotes[2].date.as_deref(), Some("20 February 2025"));
    }
}

/// A German author–date entry by a body with only a place after the title (`Landesamt für
/// Straßenbau (2021): Straßenbericht Nord. Brennfeld.`): the place is where it was
/// published, no publisher. A German imprint's publisher (`Brennfeld: Eigenverlag`) and an
/// APA book's (`Harbour economics. Routledge.`) stay. Before, the place was the publisher.
#[test]
fn a_german_bodys_report_with_only_its_seat() {
    let notes = [
        "Landesamt für Straßenbau (2021): Straßenbericht Nord. Brennfeld.",
        "Bundesamt für Seeschifffahrt (2020): Jahresbericht Küste. Hamburg.",
        "Landesamt für Straßenbau (2022): Straßenbericht Süd. Brennfeld: Eigenverlag.",
        "Okafor, N. (2019). Harbour economics. Routledge.",
    ];
    for e in three_ways(&notes) {
        let n = &e.footnotes[0];
        assert_eq!(authors(n), ["Landesamt für Straßenbau"], "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("Straßenbericht Nord"));
        assert_eq!(n.publisher, None, "{n:#?}");
        assert_eq!(n.date.as_deref(), Some("2021"));
        let n = &e.footnotes[1];
        assert_eq!(n.publisher, None, "{n:#?}");
        let n = &e.footnotes[2];
        assert_eq!(n.publisher.as_deref(), Some("Eigenverlag"), "{n:#?}");
        let n = &e.footnotes[3];
        assert_eq!(n.publisher.as_deref(), Some("Routledge"), "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("Harbour economics"));
    }
}
