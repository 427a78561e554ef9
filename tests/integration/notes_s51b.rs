//! The fifty-first session's second pass on note fields, from a held-out evaluation of
//! articles in other languages: a firm's legal form (`GmbH`, `AG`, `S.p.A.`) ends a body's
//! name; `Stand:` (as of) before a date; a body's plain title ending with the date of what
//! it records; an interview's italic periodical as its publisher; a guillemet title quoting
//! words in other marks; a pointer (`Voir`, `Vgl.`) no part of a name; another language's
//! `and` between two names; bodies named as French, Spanish and Polish name them, a branch
//! after the name left out; a document kind in lower case (`rapport d'…`, `delibera … n.
//! 7`) as no publisher; Arabic's comma and the ideographic comma between fields.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note};

fn notes_doc(notes: &[&str]) -> citecheck::model::Extraction {
    let mut md = String::from("Text");
    for i in 1..=notes.len() {
        md.push_str(&format!(" point [^{i}]"));
    }
    md.push_str(".\n\n");
    for (i, n) in notes.iter().enumerate() {
        md.push_str(&format!("[^{}]: {n}\n", i + 1));
    }
    extract_markdown(&md)
}

/// German bodies: a firm's legal form ends its name (the year in the title after it is the
/// title's, no date), a consumer body's compound name, and `Stand:` (as of) before the date.
#[test]
fn german_bodies_with_legal_forms_and_as_of_dates() {
    let e = notes_doc(&[
        "Kreiswerke Ostheim AG, Jahresabschluss 2021, S. 17, https://kw.example.de/ja21.pdf.",
        "Patientenzentrale Nordkamp, Stellungnahme zur Schließung der Klinik Nordkamp, \
         11. Januar 2024, https://pz.example.de/stellungnahme.",
        "Wasserverband Mittelgrund, Gutachten zur Leitungserneuerung, Stand: Mai 2023, \
         https://wv.example.de/gutachten.pdf, abgerufen am 2. Juni 2023.",
        "Ferrovia Valtorta S.p.A., Bilancio di sostenibilità 2022, p. 9, \
         https://fv.example.it/bilancio.pdf.",
    ]);
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Kreiswerke Ostheim AG"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Jahresabschluss 2021"));
    assert_eq!(n.date, None);
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Patientenzentrale Nordkamp"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Stellungnahme zur Schließung der Klinik Nordkamp")
    );
    assert_eq!(n.date.as_deref(), Some("11. Januar 2024"));
    let n = note(&e, "3");
    assert_eq!(n.authors, ["Wasserverband Mittelgrund"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Gutachten zur Leitungserneuerung"));
    assert_eq!(n.date.as_deref(), Some("Mai 2023"));
    let n = note(&e, "4");
    assert_eq!(n.authors, ["Ferrovia Valtorta S.p.A."], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Bilancio di sostenibilità 2022"));
}

/// An interview cited by whom it was with, then the periodical in italics: the periodical
/// is the publisher, and the piece has no title (the page's own headline is not contradicted).
#[test]
fn an_interviews_italic_periodical_is_its_publisher() {
    let e = notes_doc(&[
        "Interview mit Jonas Albrecht, in: *Westkreis Anzeiger*, 7. April 2024, S. 3, \
         https://wa.example.de/albrecht.",
        "Entrevista con Pilar Ortega, *El Correo de Soria*, 5 de abril de 2024, \
         https://cs.example.es/ortega.",
        "Entretien avec Hélène Brun, *Le Journal de Vesoul*, 8 avril 2024, \
         https://jv.example.fr/brun.",
        "Intervista a Marco Fanti, *Il Gazzettino di Lugo*, 6 aprile 2024, \
         https://gl.example.it/fanti.",
    ]);
    for (label, paper) in [
        ("1", "Westkreis Anzeiger"),
        ("2", "El Correo de Soria"),
        ("3", "Le Journal de Vesoul"),
        ("4", "Il Gazzettino di Lugo"),
    ] {
        let n = note(&e, label);
        assert_eq!(n.publisher.as_deref(), Some(paper), "{n:#?}");
        assert_eq!(n.title, None, "{n:#?}");
    }
}

/// French notes: a title in guillemets quoting someone's words in straight marks is one
/// title, the name before it the author's alone; a pointer (`Voir`, `Vgl.`, `Véase`) opens
/// the note but is no part of the name.
#[test]
fn guillemet_titles_holding_a_quotation_and_pointers_before_names() {
    let e = notes_doc(&[
        "Camille Roussel, « Théo Lambert : \"Le marché, c'est notre vitrine\" », \
         *Le Courrier de Gray*, 12 février 2024, https://cg.example.fr/lambert.",
        "Voir Collectif Berges Vives, « Rendre la rivière aux piétons », *L'Écho du Doubs*, \
         3 mars 2024, https://ed.example.fr/berges.",
        "Vgl. Anna Keller, „Der lange Weg zur Brücke“, *Talblatt*, 4. März 2024.",
        "Véase Ramón Iglesias, «El agua que falta», *Diario del Sur*, 1 de marzo de 2024.",
    ]);
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Camille Roussel"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Théo Lambert : \"Le marché, c'est notre vitrine\"")
    );
    assert_eq!(n.publisher.as_deref(), Some("Le Courrier de Gray"));
    assert_eq!(n.date.as_deref(), Some("12 février 2024"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Collectif Berges Vives"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Rendre la rivière aux piétons"));
    assert_eq!(
        note(&e, "3").authors,
        ["Anna Keller"],
        "{:#?}",
        note(&e, "3")
    );
    assert_eq!(
        note(&e, "4").authors,
        ["Ramón Iglesias"],
        "{:#?}",
        note(&e, "4")
    );
}

/// Bodies named as French and Spanish name them (a court of audit, a regional government),
/// a French body's plain title ending with the date of the meeting it records, and a
/// lower-case document kind after the title (`rapport d'…`, an Italian resolution with its
/// number) as no publisher.
#[test]
fn romance_bodies_and_document_kinds_in_lower_case() {
    let e = notes_doc(&[
        "Cour régionale des comptes Normandie, *La gestion des haltes fluviales*, rapport \
         d'observations définitives, 9 octobre 2023, https://crc.example.fr/haltes.",
        "Commune de Saint-Jean-des-Vignes, Procès-verbal de la séance publique du 6 mars \
         2024, https://sjv.example.fr/pv.",
        "Junta de Comunidades de Tierra Baja, nota de prensa, 2 de marzo de 2024, \
         https://jctb.example.es/np.",
        "Comune di Borgomonte, Piano del verde urbano 2024–2028, delibera della Giunta \
         comunale n. 7, 3 marzo 2024, https://bm.example.it/verde.",
    ]);
    let n = note(&e, "1");
    assert_eq!(
        n.authors,
        ["Cour régionale des comptes Normandie"],
        "{n:#?}"
    );
    assert_eq!(n.title.as_deref(), Some("La gestion des haltes fluviales"));
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("9 octobre 2023"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Commune de Saint-Jean-des-Vignes"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Procès-verbal de la séance publique du 6 mars 2024")
    );
    assert_eq!(n.date.as_deref(), Some("6 mars 2024"));
    let n = note(&e, "3");
    assert_eq!(n.authors, ["Junta de Comunidades de Tierra Baja"], "{n:#?}");
    assert_eq!(n.publisher, None);
    let n = note(&e, "4");
    assert_eq!(n.authors, ["Comune di Borgomonte"], "{n:#?}");
    assert_eq!(n.publisher, None, "{n:#?}");
}

/// Two people joined by another language's `and` are two authors; a Polish body's name
/// holding `i` is one, and the branch after it (`Oddział w …`) is no second author.
#[test]
fn other_languages_and_between_names_and_a_bodys_branch() {
    let e = notes_doc(&[
        "Lucía Campos y Pedro Ibarra, «Riego y acuíferos», *Revista Hídrica*, 4 de enero \
         de 2024.",
        "Ingrid Solheim og Petter Aune, «Fjordvann», *Nordisk Vann*, 2023.",
        "Giulia Neri e Paolo Conti, «Acque e città», *Rivista Idrica*, 2022.",
        "Wojewódzka Dyrekcja Dróg i Mostów, Oddział w Lesznie, *Plan remontów*, 5 marca \
         2024, https://wddm.example.pl/plan.",
    ]);
    assert_eq!(note(&e, "1").authors, ["Lucía Campos", "Pedro Ibarra"]);
    assert_eq!(note(&e, "2").authors, ["Ingrid Solheim", "Petter Aune"]);
    assert_eq!(note(&e, "3").authors, ["Giulia Neri", "Paolo Conti"]);
    let n = note(&e, "4");
    assert_eq!(n.authors, ["Wojewódzka Dyrekcja Dróg i Mostów"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Plan remontów"));
}

/// An Arabic reference list: `،` parts the fields as a comma does; the body or person
/// before the «title» is the author (Arabic has no capitals), the journal after it the
/// publisher, and neither the date nor the link's words (`الرابط`, "the link") is one.
#[test]
fn arabic_commas_part_a_notes_fields() {
    let html = "<html><body><article><p>نص<sup><a href=\"#n1\" id=\"r1\">١</a></sup> ونص\
                <sup><a href=\"#n2\" id=\"r2\">٢</a></sup>.</p><h2>المراجع</h2><ol>\
                <li id=\"n1\">بلدية الواحة الشمالية، «تقرير عن شبكة الري»، ٧ مارس ٢٠٢٤، \
                <a href=\"https://b.example.sa/t\">الرابط</a>.</li>\
                <li id=\"n2\">ليلى الحربي، «المياه الجوفية في الواحات»، مجلة البحوث المائية، \
                ١٥ يناير ٢٠٢٤، <a href=\"https://j.example.sa/a\">الرابط</a>.</li>\
                </ol></article></body></html>";
    let e = extract_as(DocKind::Html, html);
    let n = &e.footnotes[0];
    assert_eq!(n.authors, ["بلدية الواحة الشمالية"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("تقرير عن شبكة الري"));
    assert_eq!(n.publisher, None, "{n:#?}");
    let n = &e.footnotes[1];
    assert_eq!(n.authors, ["ليلى الحربي"], "{n:#?}");
    assert_eq!(
        n.publisher.as_deref(),
        Some("مجلة البحوث المائية"),
        "{n:#?}"
    );
    assert_eq!(n.date.as_deref(), Some("١٥ يناير ٢٠٢٤"));
}

/// Japanese notes: the ideographic comma `、` parts the fields after the title; a date or
/// a link's words (`PDF版はこちら`) is no publisher, and a book's publisher stands alone.
#[test]
fn ideographic_commas_part_a_japanese_notes_fields() {
    let e = notes_doc(&[
        "西浜市議会「令和5年第2回定例会 会議録」2023年6月12日、https://n.example.jp/a",
        "高田健一『港町の暮らし』西浜書房、2020年、61頁。https://s.example.jp/b",
        "西浜町企画課『町勢要覧 2023』2023年4月、PDF版はこちら",
    ]);
    let n = note(&e, "1");
    assert_eq!(n.authors, ["西浜市議会"]);
    assert_eq!(n.publisher, None, "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2023年6月12日"));
    let n = note(&e, "2");
    assert_eq!(n.publisher.as_deref(), Some("西浜書房"), "{n:#?}");
    assert_eq!(n.publisher, note(&e, "2").publisher);
    let n = note(&e, "3");
    assert_eq!(n.publisher, None, "{n:#?}");
}
