//! The fifty-second session's second round of reference-entry fields, from a held-out
//! evaluation of citation styles: a Chicago bibliography with books (italic titles) and
//! the `———.` repeated author, abbreviated journal names, Vancouver titles opening with a
//! quoted phrase, Spanish `y` between authors, a year in a title, and German `Literatur`.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note, texts};

/// A Chicago bibliography as a word processor writes it, entries as paragraphs: books with
/// italic titles and `Place: Press, Year` are entries as much as articles with quoted
/// titles, and `———.` repeats the author of the entry before. None of its titles is a
/// quotation.
#[test]
fn a_chicago_bibliography_with_books_and_a_repeated_author() {
    let e = extract_markdown(
        "Halloran writes that the quay \"was never meant to close.\"[^1]\n\n\
         [^1]: Mairead Halloran, *Salt and Sail: A History of the Brannock Quay* (Kelder: \
         Osprey Press, 2020), 88.\n\n\
         ## Bibliography\n\n\
         Halloran, Mairead. \"The Long Closing of the Quay.\" *Coastal History Journal* 7, \
         no. 2 (2021): 10–31.\n\n\
         ———. *Salt and Sail: A History of the Brannock Quay*. Kelder: Osprey Press, 2020.\n\n\
         ———. \"Nets and Ledgers.\" *Coastal History Journal* 9, no. 1 (2023): 5–19.\n\n\
         Penwick, Tomas. \"Harbour Master Recalls Final Season.\" *Kelder Courier*, March 4, \
         2018.\n\n\
         Brannock Harbour Trust. *Annual Report of the Trust, 2017*. Kelder: Brannock Harbour \
         Trust, 2018.\n",
    );
    assert_eq!(texts(&e), ["was never meant to close."]);
    let n = note(&e, "Halloran, Mairead");
    assert_eq!(n.title.as_deref(), Some("The Long Closing of the Quay"));
    let n = note(&e, "Halloran, Mairead (2)");
    assert_eq!(n.authors, ["Halloran, Mairead"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Salt and Sail: A History of the Brannock Quay")
    );
    assert_eq!(n.publisher.as_deref(), Some("Osprey Press"));
    assert_eq!(n.date.as_deref(), Some("2020"));
    let n = note(&e, "Halloran, Mairead (3)");
    assert_eq!(n.authors, ["Halloran, Mairead"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Nets and Ledgers"));
    let n = note(&e, "Penwick, Tomas");
    assert_eq!(
        n.title.as_deref(),
        Some("Harbour Master Recalls Final Season")
    );
    let n = note(&e, "Brannock Harbour Trust");
    assert_eq!(n.title.as_deref(), Some("Annual Report of the Trust, 2017"));
    assert_eq!(n.publisher.as_deref(), Some("Brannock Harbour Trust"));
    assert_eq!(n.date.as_deref(), Some("2018"));
}

/// Abbreviated journal names (IEEE's, Nature's) are the whole name, not its first word:
/// `Coast. Eng. Lett.`, `Proc. Natl. Symp. Harbour Eng.`, `J. Tidal Stud. 4, 10–19`.
#[test]
fn abbreviated_journal_names_are_whole() {
    let ieee = "[1] K. Varga and P. Lund, \"Tide gauges on a budget: A review,\" Coast. Eng. \
                Lett., vol. 4, no. 1, pp. 20-31, Mar. 2019.\n\
                [2] P. Lund, \"Solar buoys,\" in Proc. Natl. Symp. Harbour Eng. Syst., \
                Brest, France, 2020, pp. 1-6.\n";
    let nature = "1. Varga, K. & Lund, P. Tide gauges on a budget. Mar. Instrum. Res. 4, \
                  10–19 (2019).\n";
    for e in [
        extract_as(
            DocKind::Text,
            &format!("Gauges [1] and buoys [2].\n\nReferences\n\n{ieee}"),
        ),
        extract_markdown(&format!(
            "Gauges [1] and buoys [2].\n\n## References\n\n{ieee}"
        )),
    ] {
        let n = note(&e, "1");
        assert_eq!(n.publisher.as_deref(), Some("Coast. Eng. Lett."), "{n:#?}");
        let n = note(&e, "2");
        assert_eq!(
            n.publisher.as_deref(),
            Some("Proc. Natl. Symp. Harbour Eng. Syst."),
            "{n:#?}"
        );
    }
    for e in [
        extract_as(
            DocKind::Text,
            &format!("Gauges are cheap¹.\n\nReferences\n\n{nature}"),
        ),
        extract_markdown(&format!("Gauges are cheap[^1].\n\n[^1]: {}", &nature[3..])),
    ] {
        let n = note(&e, "1");
        assert_eq!(
            n.title.as_deref(),
            Some("Tide gauges on a budget"),
            "{n:#?}"
        );
        assert_eq!(n.publisher.as_deref(), Some("Mar. Instrum. Res."), "{n:#?}");
    }
}

/// A Vancouver title opening with a quoted phrase (`"At the front desk": porters'
/// accounts of …`): two authors, the whole title, and the journal after it.
#[test]
fn a_vancouver_title_opening_with_a_quoted_phrase() {
    let entry = "Quill D, Maddox R. \"Under the loading bay\": porters' accounts of \
                 cold storage. Hosp Logist Rev. 2019;7:40-52.";
    for e in [
        extract_markdown(&format!(
            "Porters spoke (1).\n\n## References\n\n1. {entry}\n"
        )),
        extract_as(
            DocKind::Text,
            &format!("Porters spoke (1).\n\nReferences\n\n1. {entry}\n"),
        ),
    ] {
        let n = note(&e, "1");
        assert_eq!(n.authors, ["Quill D", "Maddox R"], "{n:#?}");
        assert_eq!(
            n.title.as_deref(),
            Some("\"Under the loading bay\": porters' accounts of cold storage"),
            "{n:#?}"
        );
        assert_eq!(n.publisher.as_deref(), Some("Hosp Logist Rev"));
        assert_eq!(n.date.as_deref(), Some("2019"));
        // (The quoted phrase opening the title is no quotation.)
        assert_eq!(texts(&e), Vec::<&str>::new());
    }
}

/// Spanish APA joins its last two authors with `y` after the comma (`Soler, A., y
/// Varela, N.`): two authors, as with `&`.
#[test]
fn spanish_apa_y_between_two_authors() {
    let text = "Soler y Varela (2020) hablan de \"mercados de barrio como plazas\" (p. 12).\n\n\
                Referencias\n\n\
                Soler, A., y Varela, N. (2020). Mercados municipales y vida de barrio. \
                Revista de Geografía Urbana, 12(1), 5-22.\n";
    for e in [
        extract_as(DocKind::Text, text),
        extract_markdown(&text.replace("Referencias", "## Referencias")),
    ] {
        let n = e
            .footnotes
            .iter()
            .find(|n| n.text.starts_with("Soler"))
            .unwrap_or_else(|| panic!("{:#?}", e.footnotes));
        assert_eq!(n.authors, ["Soler, A.", "Varela, N."], "{n:#?}");
        assert_eq!(n.date.as_deref(), Some("2020"));
    }
}

/// A year the title names (`… to 2080.`) is not the entry's date when the entry gives its
/// own after the title (Nature's `(2021)` after the pages).
#[test]
fn a_year_in_the_title_is_not_the_date() {
    let entry = "Varga, K. & Lund, P. Sea level at the harbour mouth to 2080. Mar. Instrum. \
                 Res. 6, 1990–2004 (2021).";
    for e in [
        extract_as(
            DocKind::Text,
            &format!("Levels rise¹.\n\nReferences\n\n1. {entry}\n"),
        ),
        extract_markdown(&format!("Levels rise[^1].\n\n[^1]: {entry}\n")),
    ] {
        let n = note(&e, "1");
        assert_eq!(
            n.title.as_deref(),
            Some("Sea level at the harbour mouth to 2080"),
            "{n:#?}"
        );
        assert_eq!(n.date.as_deref(), Some("2021"), "{n:#?}");
        assert_eq!(n.publisher.as_deref(), Some("Mar. Instrum. Res."));
    }
}

/// German `Literatur` entries with a colon after the year (`Brandt, Helga (2019): Titel.
/// Untertitel. Ort: Verlag.`): the title without the colon, its subtitle with it, and the
/// publisher after the place.
#[test]
fn german_literatur_with_a_colon_after_the_year() {
    let text = "Brandt (2019, S. 4) schreibt, „die Fähre sei ein Stück Heimat gewesen“.\n\n\
                Lorenz und Adler (2020) fragen das auch.\n\n\
                Literatur\n\n\
                Brandt, Helga (2019): Das Ende der Inselfähren. Küstenverkehr zwischen \
                Tradition und Sparzwang. Kiel: Möwenverlag.\n\n\
                Lorenz, Tim; Adler, Sina (2020): Wer fährt noch Fähre? Eine Umfrage unter \
                Pendlern. In: Zeitschrift für Küstenforschung 12 (3), S. 5–19.\n";
    for e in [
        extract_as(DocKind::Text, text),
        extract_markdown(&text.replace("Literatur", "## Literatur")),
    ] {
        let n = note(&e, "Brandt 2019");
        assert_eq!(
            n.title.as_deref(),
            Some("Das Ende der Inselfähren. Küstenverkehr zwischen Tradition und Sparzwang"),
            "{n:#?}"
        );
        assert_eq!(n.publisher.as_deref(), Some("Möwenverlag"), "{n:#?}");
        assert_eq!(n.date.as_deref(), Some("2019"));
        let n = note(&e, "Lorenz & Adler 2020");
        assert_eq!(
            n.title.as_deref(),
            Some("Wer fährt noch Fähre? Eine Umfrage unter Pendlern"),
            "{n:#?}"
        );
        assert_eq!(
            n.publisher.as_deref(),
            Some("Zeitschrift für Küstenforschung")
        );
    }
}

/// APA's report number in brackets with letters in it (`(Report No. HBT-21-04)`) is the
/// work's, not its publisher.
#[test]
fn an_apa_report_number_with_letters_is_no_publisher() {
    let e = extract_markdown(
        "The trust admits that \"dredging costs were underestimated\" (Brannock Harbour \
         Trust, 2021, p. 3).\n\n## References\n\n\
         Brannock Harbour Trust. (2021). *Dredging cost review* (Report No. HBT-21-04). \
         https://harbour-trust.example/reports/dredging-2021.pdf\n",
    );
    let n = note(&e, "Brannock Harbour Trust 2021");
    assert_eq!(n.title.as_deref(), Some("Dredging cost review"), "{n:#?}");
    assert_eq!(n.publisher, None, "{n:#?}");
}

/// The same German shape as a footnote (`[^1]: Surname, First (Jahr): Titel. Untertitel.
/// Ort: Verlag.`): the note parser read nothing of it, no author, title nor publisher, where
/// the reference list's entry of the same words had them all.
#[test]
fn a_german_entry_as_a_footnote_has_its_fields() {
    let md = "Die Fähre fuhr bis 2019[^1].\n\n[^1]: Keller, Anneke (2021): Die letzten \
              Fährleute. Arbeit am Wattenmeer im Wandel. Husum: Nordlicht Verlag.\n";
    let e = extract_markdown(md);
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Keller, Anneke"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Die letzten Fährleute. Arbeit am Wattenmeer im Wandel"),
        "{n:#?}"
    );
    assert_eq!(n.publisher.as_deref(), Some("Nordlicht Verlag"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2021"), "{n:#?}");
}

/// AMA's web page by a body (`Body. Title: subtitle. Published March 3, 2022. Accessed …`):
/// the body is the author and the second sentence the title (both were empty); and IEEE's
/// book with its edition before the imprint (`*Title*, 2nd ed. Lagos, Nigeria: Delta Press,
/// 2019.`): the publisher is the press, not the place (`Lagos`).
#[test]
fn an_ama_body_web_page_and_an_ieee_book_with_its_edition() {
    let ama = "1. Harrowgate County Department of Education. Homework load and family time: \
               advice for schools. Published March 3, 2022. Accessed May 1, 2023. \
               https://edu.harrowgate.example/homework\n";
    for e in [
        extract_as(
            DocKind::Text,
            &format!("Homework is lighter.¹\n\nReferences\n\n{ama}"),
        ),
        extract_markdown(&format!("Homework is lighter.¹\n\n## References\n\n{ama}")),
    ] {
        let n = note(&e, "1");
        assert_eq!(
            n.authors,
            ["Harrowgate County Department of Education"],
            "{n:#?}"
        );
        assert_eq!(
            n.title.as_deref(),
            Some("Homework load and family time: advice for schools"),
            "{n:#?}"
        );
        assert_eq!(n.date.as_deref(), Some("March 3, 2022"), "{n:#?}");
    }
    let e = extract_markdown(
        "Radios last longer [1].\n\n## References\n\n[1] T. Okafor, *Field Radios for River \
         Monitoring*, 2nd ed. Lagos, Nigeria: Delta Press, 2019.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["T. Okafor"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Field Radios for River Monitoring"),
        "{n:#?}"
    );
    assert_eq!(n.publisher.as_deref(), Some("Delta Press"), "{n:#?}");
}
