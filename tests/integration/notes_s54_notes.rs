//! The fifty-fourth session's note fields: a German person's entry with only its town after
//! the title, titles of address before names, OSCOLA's bracketed imprint, a town's name
//! with a small word inside, and the year Chicago's and Harvard's author–date notes write
//! after a name (a body's in capitals too).

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note};

/// A person's German entry with only the town after the title (`Vogt, Ilse (2017):
/// Moorwege im Wandel. Lübeck.`): the town is where it came out, no publisher; a place
/// and its publisher (`Lübeck: Hansepresse`) keep the publisher. Before, the town was the
/// publisher.
#[test]
fn a_german_persons_entry_with_only_its_town() {
    let e = extract_markdown(
        "Erstens.[^1] Zweitens.[^2]\n\n\
         [^1]: Vogt, Ilse (2017): Moorwege im Wandel. Lübeck.\n\
         [^2]: Vogt, Ilse (2017): Moorwege im Wandel. Lübeck: Hansepresse.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Vogt, Ilse"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Moorwege im Wandel"));
    assert_eq!(n.publisher, None, "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2017"));
    let n = note(&e, "2");
    assert_eq!(n.publisher.as_deref(), Some("Hansepresse"), "{n:#?}");
}

/// A title of address before a name (`Dr`, `Prof.`, `Sir`, `Dame`, `Mrs`, `Ms.`) is no
/// part of it: in a letter's sender (`Letter from Dr Owen Pryce to the trustees`), an
/// interviewee, and an author before an italic title. Before, `Dr Owen Pryce` was the
/// author.
#[test]
fn titles_of_address_are_no_part_of_a_name() {
    let e = extract_markdown(
        "One.[^1] Two.[^2] Three.[^3] Four.[^4] Five.[^5]\n\n\
         [^1]: Letter from Dr Owen Pryce to the trustees, 9 October 1934.\n\
         [^2]: Mrs Edith Lowe to the Clerk of the Parish Council, 2 June 1911, Shire Archive.\n\
         [^3]: Prof. Kwame Asante, interview by the author, 14 July 2022.\n\
         [^4]: Dame Ruth Okoro, *Lanterns on the Weir* (Harbourlight Books 2012) 88.\n\
         [^5]: Email from Ms. Dana Kirov to the editor, 5 April 2020.\n",
    );
    for (label, name) in [
        ("1", "Owen Pryce"),
        ("2", "Edith Lowe"),
        ("3", "Kwame Asante"),
        ("4", "Ruth Okoro"),
        ("5", "Dana Kirov"),
    ] {
        let n = note(&e, label);
        assert_eq!(n.authors, [name], "{n:#?}");
    }
}

/// OSCOLA's book (`Ruth Okoro, *Lanterns on the Weir* (Harbourlight Books 2012) 88`): the
/// bracket holds the publisher and the year, the page after it; a body in capitals
/// publishes its own (`(OECD Publishing 2020)`). Before, the bracket with its page was the
/// publisher, or, without a page, none was read.
#[test]
fn an_oscola_books_bracketed_publisher() {
    let e = extract_markdown(
        "One.[^1] Two.[^2] Three.[^3]\n\n\
         [^1]: Ruth Okoro, *Lanterns on the Weir* (Harbourlight Books 2012) 88.\n\
         [^2]: Tariq Bello, *Salt and Stone* (Meridian University Press 2019).\n\
         [^3]: OECD, *Ports in Transition* (OECD Publishing 2020).\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Lanterns on the Weir"));
    assert_eq!(n.publisher.as_deref(), Some("Harbourlight Books"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2012"));
    let n = note(&e, "2");
    assert_eq!(
        n.publisher.as_deref(),
        Some("Meridian University Press"),
        "{n:#?}"
    );
    let n = note(&e, "3");
    assert_eq!(n.authors, ["OECD"], "{n:#?}");
    assert_eq!(n.publisher.as_deref(), Some("OECD Publishing"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2020"));
}

/// A town whose name holds a small word (`Rio de Janeiro: Zahar`, `Frankfurt am Main:
/// Campus`) before the publisher's colon: the publisher without it. Here in an ABNT entry
/// whose title is bold with underscores. Before, the place stayed in the publisher.
#[test]
fn a_towns_name_with_a_small_word_before_the_publisher() {
    let e = extract_markdown(
        "Um.[^1] Dois.[^2]\n\n\
         [^1]: MOURA, Tereza; DIAS, Caio. __Marés e cidades__. Rio de Janeiro: Zahar, 2014.\n\
         [^2]: Lenz, Arno. *Der Fluss als Grenze*. Frankfurt am Main: Campus, 2016.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["MOURA, Tereza", "DIAS, Caio"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Marés e cidades"));
    assert_eq!(n.publisher.as_deref(), Some("Zahar"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2014"));
    let n = note(&e, "2");
    assert_eq!(n.publisher.as_deref(), Some("Campus"), "{n:#?}");
}

/// The year after the names in Chicago's and Harvard's author–date notes (`UNICEF. 2018.
/// *Title*.`, `OECD (2021), *Title*,`, `Marsh, Alan. 2020. *Title*.`) is the date, no part
/// of the author; a body in capitals is the author as another body would be. Before, the
/// year stayed in the name (`UNICEF. 2018`, `OECD (2021)`).
#[test]
fn the_year_after_an_author_date_notes_names() {
    let e = extract_markdown(
        "One.[^1] Two.[^2] Three.[^3] Four.[^4]\n\n\
         [^1]: UNICEF. 2018. *Clean Water in Schools*. New York: UNICEF.\n\
         [^2]: OECD (2021), *Rail Freight Outlook*, OECD Publishing, Paris.\n\
         [^3]: Marsh, Alan. 2020. *Estuary Lives*. Leeds: Pennine Press.\n\
         [^4]: Harbour Trust (2016), *Quay Repairs*, Harbour Trust, Hull.\n",
    );
    for (label, author, date) in [
        ("1", "UNICEF", "2018"),
        ("2", "OECD", "2021"),
        ("3", "Marsh, Alan", "2020"),
        ("4", "Harbour Trust", "2016"),
    ] {
        let n = note(&e, label);
        assert_eq!(n.authors, [author], "{n:#?}");
        assert_eq!(n.date.as_deref(), Some(date), "{n:#?}");
    }
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("Clean Water in Schools")
    );
    assert_eq!(note(&e, "2").publisher.as_deref(), Some("OECD Publishing"));
    assert_eq!(note(&e, "3").publisher.as_deref(), Some("Pennine Press"));
}

/// Chicago's author–date entry in plain text (`Marsh, Alan. 2020. Estuary Lives. Leeds:
/// Pennine Press.`): the year's sentence is the date, the next the title. Before, the year
/// was the title and the title the publisher.
#[test]
fn a_plain_author_date_entry_after_its_year() {
    let e = extract_as(
        DocKind::Text,
        "As shown [1].\n\nReferences\n\n\
         [1] Marsh, Alan. 2020. Estuary Lives. Leeds: Pennine Press.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Marsh, Alan"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Estuary Lives"));
    assert_eq!(n.publisher.as_deref(), Some("Pennine Press"));
    assert_eq!(n.date.as_deref(), Some("2020"));
}
