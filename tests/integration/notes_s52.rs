//! The fifty-second session's note fields: reference entries in the less common citation
//! styles: an APA post's author with the account's handle, the publisher after a place
//! named with its country, an edition in brackets, law reviews' and OSCOLA's citations, and
//! full dates (Vancouver's issue dates and `Published` dates, Harvard's `(2020, 12 May)`).

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note};

/// APA's post (`Coastal Trust [@coastaltrust]. (2021, May 3). *Text* [Tweet]. X. URL`): the
/// handle is no part of the author's name, and the entry is read in a reference list as in
/// a note.
#[test]
fn an_apa_post_with_the_accounts_handle() {
    let entry = "Coastal Trust [@coastaltrust]. (2021, May 3). *The harbour wall is open \
                 again* [Tweet]. X. https://x.example.com/coastaltrust/status/1234";
    let e = extract_markdown(&format!(
        "The trust said so (Coastal Trust, 2021).\n\n## References\n\n\
         Alder, R. (2015). *Tides*. Gullrock Books.\n\n{entry}\n"
    ));
    let n = note(&e, "Coastal Trust 2021");
    assert_eq!(n.authors, ["Coastal Trust"], "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2021, May 3"));
    assert_eq!(n.title.as_deref(), Some("The harbour wall is open again"));
    assert_eq!(n.urls, ["https://x.example.com/coastaltrust/status/1234"]);
    let e = extract_markdown(&format!("The trust said so.[^1]\n\n[^1]: {entry}\n"));
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Coastal Trust"], "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2021, May 3"));
}

/// The publisher, not what stands around it: a place with its country (`Cham, Switzerland:
/// Springer`), an edition in brackets before it (`(2nd ed.). Tidewater Press`); a law
/// review's citation (`101 Tex. L. Rev. 455`) gives the journal, OSCOLA's `(2018) 34
/// Journal of Coastal Law 12` too, and a neutral citation (`[2019] EWCA Civ 1234`) none.
#[test]
fn publishers_after_places_editions_and_law_citations() {
    let notes = "1. Okafor, N. (2019). Harbour economics. Cham, Switzerland: Springer.\n\
                 2. Marlow, J. (2018). Harbour law (2nd ed.). Tidewater Press.\n\
                 3. Jenna Marlow, \"The Quiet Harbour Doctrine,\" 101 Tex. L. Rev. 455 (2023).\n\
                 4. Jenna Marlow, 'The Quiet Harbour' (2018) 34 Journal of Coastal Law 12.\n\
                 5. Marlow v Penhale, \"Harbour dues\" [2019] EWCA Civ 1234.\n";
    let md = format!("Text [1] [2] [3] [4] [5].\n\n## Notes\n\n{notes}");
    let text = format!("Text.1 More.2 And.3 So.4 Yes.5\n\nNotes\n\n{notes}");
    for e in [extract_markdown(&md), extract_as(DocKind::Text, &text)] {
        let n = note(&e, "1");
        assert_eq!(n.publisher.as_deref(), Some("Springer"), "{n:#?}");
        let n = note(&e, "2");
        assert_eq!(n.publisher.as_deref(), Some("Tidewater Press"), "{n:#?}");
        assert_eq!(n.date.as_deref(), Some("2018"));
        let n = note(&e, "3");
        assert_eq!(n.title.as_deref(), Some("The Quiet Harbour Doctrine"));
        assert_eq!(n.publisher.as_deref(), Some("Tex. L. Rev."), "{n:#?}");
        assert_eq!(n.date.as_deref(), Some("2023"));
        let n = note(&e, "4");
        assert_eq!(n.title.as_deref(), Some("The Quiet Harbour"));
        assert_eq!(
            n.publisher.as_deref(),
            Some("Journal of Coastal Law"),
            "{n:#?}"
        );
        assert_eq!(n.date.as_deref(), Some("2018"));
        let n = note(&e, "5");
        assert_eq!(n.publisher, None, "{n:#?}");
    }
    // Italic titles: the edition after them, and a book's place with its country.
    let e = extract_markdown(
        "Text [1] [2].\n\n## Notes\n\n\
         1. Marlow, J. (2018). *Harbour law* (2nd ed.). Tidewater Press.\n\
         2. Penhale, Oscar. *Tides and Trade*. London, England: Tidewater Press, 2016.\n",
    );
    assert_eq!(note(&e, "1").publisher.as_deref(), Some("Tidewater Press"));
    assert_eq!(note(&e, "2").publisher.as_deref(), Some("Tidewater Press"));
}

/// The full date where one is given: Vancouver's issue date (`2021 Mar 4;12(3)`, also
/// before the date it was cited on) and an article's `Published 2021 Mar 4.` after a bare
/// year; Harvard's `(2020, 12 May)` in a reference list, its `[Accessed …]` no date.
#[test]
fn full_dates_in_vancouver_and_harvard() {
    let notes = "1. Marlow J, Penhale O. Tidal flooding in small harbours. Coast Health J. \
                 2021 Mar 4;12(3):44-51.\n\
                 2. Marlow J. Tidal flooding in small harbours. Coast Health J. 2021;12:44. \
                 Published 2021 Mar 4. doi:10.5555/chj.2021.44\n\
                 3. Penhale O. Salt in the harbour [Internet]. Coast Health J. 2020 Nov 2 \
                 [cited 2022 Jan 5];9(1):3-9.\n";
    let md = format!("Text [1] [2] [3].\n\n## Notes\n\n{notes}");
    let text = format!("Text.1 More.2 And.3\n\nNotes\n\n{notes}");
    for e in [extract_markdown(&md), extract_as(DocKind::Text, &text)] {
        let n = note(&e, "1");
        assert_eq!(n.date.as_deref(), Some("2021 Mar 4"), "{n:#?}");
        assert_eq!(n.publisher.as_deref(), Some("Coast Health J"));
        let n = note(&e, "2");
        assert_eq!(n.date.as_deref(), Some("2021 Mar 4"), "{n:#?}");
        let n = note(&e, "3");
        assert_eq!(n.authors, ["Penhale O"], "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("Salt in the harbour"));
        assert_eq!(n.date.as_deref(), Some("2020 Nov 2"));
    }
    let e = extract_markdown(
        "The walls reopened (Marlow, 2020).\n\n## References\n\n\
         Marlow, J. (2020, 12 May) 'Harbour walls reopen', *Coastal Times*. Available at: \
         https://coastaltimes.example.com/walls [Accessed 3 June 2021].\n",
    );
    let n = note(&e, "Marlow 2020");
    assert_eq!(n.date.as_deref(), Some("2020, 12 May"), "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Harbour walls reopen"));
    assert_eq!(n.publisher.as_deref(), Some("Coastal Times"));
}

/// ABNT's entries (Brazil): surnames in capitals, several authors parted by semicolons, or
/// a body's name all in capitals; the title (bold in Markdown, unmarked in plain text) is
/// the sentence after the names, the edition (`2. ed.`) and the city before the colon
/// (`São Paulo:`) no publisher.
#[test]
fn abnt_entries_with_capital_surnames() {
    let notes = "1. ALMEIDA, João; SOUZA, Marina. **O porto e a cidade**. 2. ed. São Paulo: \
                 Editora Litoral, 2019.\n\
                 2. INSTITUTO COSTEIRO DO NORTE. **Relatório anual do porto**. Recife: Editora \
                 Maré, 2020.\n";
    let md = format!("Texto [1] [2].\n\n## Notas\n\n{notes}");
    let text = format!("Texto.1 Mais.2\n\nNotas\n\n{}", notes.replace("**", ""));
    for e in [extract_markdown(&md), extract_as(DocKind::Text, &text)] {
        let n = note(&e, "1");
        assert_eq!(n.authors, ["ALMEIDA, João", "SOUZA, Marina"], "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("O porto e a cidade"));
        assert_eq!(n.publisher.as_deref(), Some("Editora Litoral"));
        assert_eq!(n.date.as_deref(), Some("2019"));
        let n = note(&e, "2");
        assert_eq!(n.authors, ["INSTITUTO COSTEIRO DO NORTE"], "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("Relatório anual do porto"));
        assert_eq!(n.publisher.as_deref(), Some("Editora Maré"));
        assert_eq!(n.date.as_deref(), Some("2020"));
    }
}
