//! The fifty-eighth session's note fields: a German date with its day's full stop after a
//! title holding a colon, `et al.` after names, a Harvard entry's day and month after its
//! title, Vancouver's `[cited …]` after a date, other languages' editors' and translators'
//! abbreviations and archive labels, a place with its dotted country code, and Vancouver's
//! editors' books and unsigned newspaper articles.

use citecheck::model::{Extraction, Footnote};

use crate::support::extract_markdown;

/// The only note of a document of one claim and one footnote.
fn footnote(text: &str) -> Extraction {
    extract_markdown(&format!("The figures moved.[^1]\n\n[^1]: {text}\n"))
}

/// The only entry of a numbered reference list.
fn reference(entry: &str) -> Extraction {
    extract_markdown(&format!(
        "The figures moved [1].\n\n## References\n\n{entry}\n"
    ))
}

/// The only entry of a Harvard reference list, cited as `cite`.
fn harvard(entry: &str, cite: &str) -> Extraction {
    extract_markdown(&format!(
        "The figures moved ({cite}).\n\n## Reference list\n\n{entry}\n"
    ))
}

fn only(e: &Extraction) -> &Footnote {
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    &e.footnotes[0]
}

/// `12. Januar 2021` after a title with a colon in it: the day's full stop made the note
/// read as a German book (`Name: Title. Place Year`), the colon inside the title ending
/// the names. Now the note keeps its title, author, newspaper and whole date; an English
/// note with a date written so too. A German book cited that way still reads as one.
#[test]
fn a_german_dated_note_with_a_colon_in_its_title() {
    let e = footnote(
        "Katrin Vogt, „Radwege im Winter: Ein Rückblick“, *Auener Bote*, 12. Januar 2021, S. 3.",
    );
    let n = only(&e);
    assert_eq!(
        n.title.as_deref(),
        Some("Radwege im Winter: Ein Rückblick"),
        "{n:#?}"
    );
    assert_eq!(n.authors, ["Katrin Vogt"]);
    assert_eq!(n.publisher.as_deref(), Some("Auener Bote"));
    assert_eq!(n.date.as_deref(), Some("12. Januar 2021"));

    let e = footnote("Owen Marsh, \"Night Buses: A Second Look,\" *Valley Post*, 9. May 2022.");
    let n = only(&e);
    assert_eq!(
        n.title.as_deref(),
        Some("Night Buses: A Second Look"),
        "{n:#?}"
    );
    assert_eq!(n.authors, ["Owen Marsh"]);
    assert_eq!(n.publisher.as_deref(), Some("Valley Post"));
    assert_eq!(n.date.as_deref(), Some("9. May 2022"));

    // Negative: a German book, `Name: Title. Place: Publisher Year`.
    let e = footnote("Greta Vogel: Stadt und Fluss. Leipzig: Auenverlag 2017.");
    let n = only(&e);
    assert_eq!(n.title.as_deref(), Some("Stadt und Fluss"), "{n:#?}");
    assert_eq!(n.authors, ["Greta Vogel"]);
    assert_eq!(n.publisher.as_deref(), Some("Auenverlag"));
    assert_eq!(n.date.as_deref(), Some("2017"));
}

/// `et al.` after the names is no part of the last one, and two names before it are two
/// authors (Chicago's, MLA's inverted first name, IEEE's, a Spanish note's).
#[test]
fn et_al_after_names_is_no_name() {
    let cases: [(&str, &[&str]); 4] = [
        (
            "Rhea Quint, Tom Baird, et al., \"Ferry Wakes and Shorelines,\" *Coastal Notes* 4, \
             no. 1 (2018): 20.",
            &["Rhea Quint", "Tom Baird"],
        ),
        (
            "Quint, Rhea, et al. \"Ferry Wakes and Shorelines.\" *Coastal Notes*, vol. 4, no. 1, \
             2018, pp. 20–31.",
            &["Quint, Rhea"],
        ),
        (
            "R. Quint et al., \"Ferry wakes and shorelines,\" *Coastal Notes*, vol. 4, 2018.",
            &["R. Quint"],
        ),
        (
            "Marta Solís et al., «Estelas de ferris y costas», *Notas Costeras* 4 (2018): 20.",
            &["Marta Solís"],
        ),
    ];
    for (text, authors) in cases {
        let e = footnote(text);
        let n = only(&e);
        assert_eq!(n.authors, authors, "{n:#?}");
    }
    // Negatives: a surname that merely begins so, and two names joined by `and`.
    let e = footnote("Mara Etal, \"Harbour Walls,\" *Coast Review* 4 (2019): 12.");
    assert_eq!(only(&e).authors, ["Mara Etal"]);
    let e = footnote("Rhea Quint and Tom Baird, \"Ferry Wakes,\" *Coastal Notes* 4 (2018): 20.");
    assert_eq!(only(&e).authors, ["Rhea Quint", "Tom Baird"]);
}

/// A Harvard entry's day and month after its title (`'…', 9 June.`, `*Paper*, 4 March,
/// pp. …`): no publisher, and the date gains them (`9 June 2021`). An entry with only
/// volume and pages keeps its year; one with the full date keeps that.
#[test]
fn a_harvard_day_and_month_after_the_title() {
    let e = harvard(
        "Tidewater Radio (2022) 'Pier repairs delayed again', 9 June. Available at: \
         https://radio.example.org/pier (Accessed: 12 June 2022).",
        "Tidewater Radio, 2022",
    );
    let n = only(&e);
    assert_eq!(
        n.title.as_deref(),
        Some("Pier repairs delayed again"),
        "{n:#?}"
    );
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("9 June 2022"));

    let e = harvard(
        "Okafor, N. (2022) 'Tides of change', *Harbour Weekly*, 14 March, p. 3.",
        "Okafor, 2022",
    );
    let n = only(&e);
    assert_eq!(n.publisher.as_deref(), Some("Harbour Weekly"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("14 March 2022"));

    // A footnote in the same shape, the title straight after the bracket.
    let e = footnote("Okafor, N. (2022) 'Tides of change', 14 March, p. 3.");
    let n = only(&e);
    assert_eq!(n.title.as_deref(), Some("Tides of change"), "{n:#?}");
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("14 March 2022"));

    // Negatives: volume and pages only; a full date.
    let e = harvard(
        "Okafor, N. (2022) 'Tides of change', *Harbour Weekly*, 12(3), pp. 4–9.",
        "Okafor, 2022",
    );
    let n = only(&e);
    assert_eq!(n.publisher.as_deref(), Some("Harbour Weekly"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2022"));
    let e = harvard(
        "Okafor, N. (2022) 'Tides of change', *Harbour Weekly*, 14 March 2022, p. 3.",
        "Okafor, 2022",
    );
    assert_eq!(only(&e).date.as_deref(), Some("14 March 2022"));
}

/// Vancouver's day of reading after a web page's date (`[cited 2024 Jan 9]`, `[updated …;
/// cited …]`) is no part of its date.
#[test]
fn vancouver_cited_is_no_part_of_the_date() {
    let e = reference(
        "1. Okoro T. Cycling to school in winter [Internet]. 2021 Feb 3 [cited 2024 Jan 9]. \
         Available from: https://blog.example.org/winter",
    );
    let n = only(&e);
    assert_eq!(
        n.title.as_deref(),
        Some("Cycling to school in winter"),
        "{n:#?}"
    );
    assert_eq!(n.date.as_deref(), Some("2021 Feb 3"));

    let e = reference(
        "1. Okoro T. Cycling to school in winter [Internet]. 2021 Feb 3 [updated 2021 Mar 1; \
         cited 2024 Jan 9]. Available from: https://blog.example.org/winter",
    );
    let n = only(&e);
    assert_eq!(
        n.title.as_deref(),
        Some("Cycling to school in winter"),
        "{n:#?}"
    );
    assert_eq!(n.authors, ["Okoro T"]);
    assert_eq!(n.date.as_deref(), Some("2021 Feb 3"));
}

/// Other languages' translators and editors (`trad. de …`, `übers. von …`, `(Hrsg.)`,
/// `(Hg.)`, `(dir.)`, `(éd.)`, APA's `(Ed.)`): no publisher, no part of a name. English
/// `trans.` read so already.
#[test]
fn localised_translators_and_editors() {
    let e = footnote(
        "Marta Ruiz, *Ciudades lentas*, trad. de Pablo Soto (Madrid: Editorial Brisa, 2016), 45.",
    );
    let n = only(&e);
    assert_eq!(n.publisher.as_deref(), Some("Editorial Brisa"), "{n:#?}");
    assert_eq!(n.authors, ["Marta Ruiz"]);
    let e = footnote(
        "Ingrid Dahl, *Stille Häfen*, übers. von Karl Weber (München: Seeverlag, 2014), S. 9.",
    );
    assert_eq!(only(&e).publisher.as_deref(), Some("Seeverlag"));
    let e = footnote(
        "Luc Perrin, *Les quais*, trad. de l'allemand par Anne Roux (Lyon : Éditions du Rhône, \
         2011), p. 7.",
    );
    assert_eq!(only(&e).publisher.as_deref(), Some("Éditions du Rhône"));

    for (name, role) in [
        ("Claire Martin", "(dir.)"),
        ("Claire Martin", "(éd.)"),
        ("Hans Kern", "(Hrsg.)"),
        ("Hans Kern", "(Hg.)"),
        ("Rosa Lind", "(Ed.)"),
    ] {
        let e = footnote(&format!(
            "{name} {role}, *Harbour Towns* (Leeds: Quay Press, 2019), 112."
        ));
        let n = only(&e);
        assert_eq!(n.authors, [name], "{n:#?}");
        assert_eq!(n.publisher.as_deref(), Some("Quay Press"));
    }

    // Negative: English `trans.`, as before.
    let e =
        footnote("Ingrid Dahl, *Quiet Harbours*, trans. Karl Weber (London: Sea Press, 2014), 9.");
    let n = only(&e);
    assert_eq!(n.publisher.as_deref(), Some("Sea Press"), "{n:#?}");
    assert_eq!(n.authors, ["Ingrid Dahl"]);
}

/// The label of an archived copy's link (`archiviert unter`, `archivé sur`, `archivado
/// en`, `archived at`), its link taken out, is no publisher; a newspaper before it still
/// is.
#[test]
fn archive_labels_are_no_publisher() {
    for label in [
        "archiviert unter",
        "archivé sur",
        "archivado en",
        "archived at",
    ] {
        let e = footnote(&format!(
            "Hafenamt Nordau, \"Jahresbericht 2021\", 3. Mai 2022, \
             https://nordau.example.de/bericht.pdf, {label} \
             https://web.archive.org/web/2022/https://nordau.example.de/bericht.pdf."
        ));
        let n = only(&e);
        assert_eq!(
            n.title.as_deref(),
            Some("Jahresbericht 2021"),
            "{label}: {n:#?}"
        );
        assert_eq!(n.publisher, None, "{label}: {n:#?}");
        assert_eq!(n.urls.len(), 2);
    }
    // Negative: the newspaper before the label.
    let e = footnote(
        "Kim Osei, \"Ferry fares rise,\" *The Quay Gazette*, 4 May 2023, \
         https://quay.example.org/fares, archived at \
         https://web.archive.org/web/2023/https://quay.example.org/fares.",
    );
    assert_eq!(only(&e).publisher.as_deref(), Some("The Quay Gazette"));
}

/// A place with its country's or state's code written with dots (`Oxford, U.K.:`,
/// `Washington, D.C.:`): the publisher follows the colon. `New York, NY, USA:` and a bare
/// place as before.
#[test]
fn a_place_with_a_dotted_code_before_the_publisher() {
    for (imprint, publisher) in [
        ("Oxford, U.K.: Clarendon Lane", "Clarendon Lane"),
        ("Washington, D.C.: Capitol Books", "Capitol Books"),
        ("New York, NY, USA: Wiley", "Wiley"),
        ("Oxford: Clarendon Lane", "Clarendon Lane"),
    ] {
        let e = reference(&format!(
            "[1] D. Hale, *River Gauging*, 2nd ed. {imprint}, 2015."
        ));
        let n = only(&e);
        assert_eq!(n.publisher.as_deref(), Some(publisher), "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("River Gauging"));
    }
}

/// Vancouver's book with editors in place of authors (`Feld P, Okoro N, editors.`) and a
/// newspaper's unsigned article (`Title. Paper. 2023 Jan 9;Sect. A:3.`): title, names and
/// publisher read. Without the section the newspaper's entry is left unread, as before.
#[test]
fn vancouver_editors_and_unsigned_newspaper_articles() {
    let e = reference(
        "1. Feld P, Okoro N, editors. Occupational medicine in ports. 2nd ed. Oxford: Quay \
         Press; 2019.",
    );
    let n = only(&e);
    assert_eq!(
        n.title.as_deref(),
        Some("Occupational medicine in ports"),
        "{n:#?}"
    );
    assert_eq!(n.authors, ["Feld P", "Okoro N"]);
    assert_eq!(n.publisher.as_deref(), Some("Quay Press"));
    assert_eq!(n.date.as_deref(), Some("2019"));

    let e =
        reference("1. Storm closes coastal railway again. Harbour Gazette. 2023 Jan 9;Sect. A:3.");
    let n = only(&e);
    assert_eq!(
        n.title.as_deref(),
        Some("Storm closes coastal railway again"),
        "{n:#?}"
    );
    assert!(n.authors.is_empty());
    assert_eq!(n.publisher.as_deref(), Some("Harbour Gazette"));
    assert_eq!(n.date.as_deref(), Some("2023 Jan 9"));

    // Negatives: no section, no reading; a signed article as before.
    let e = reference("1. Storm closes coastal railway again. Harbour Gazette. 2023 Jan 9;3.");
    let n = only(&e);
    assert_eq!(n.title, None, "{n:#?}");
    assert_eq!(n.publisher, None);
    let e = reference(
        "1. Kline R. Storm closes coastal railway again. Harbour Gazette. 2023 Jan 9;Sect. A:3.",
    );
    let n = only(&e);
    assert_eq!(n.authors, ["Kline R"], "{n:#?}");
    assert_eq!(n.publisher.as_deref(), Some("Harbour Gazette"));
}
