//! The forty-seventh session's note fields: a body's name before what of its is cited
//! (`Tenants' Federation, press statement, …`) is the author; a link's words broken over two
//! lines are the title, a table or figure is no publisher and a year in the title no date; a
//! branch in brackets stays in a body's name; a note that is a sentence of its own cites no
//! work; an APA journal named `Voluntary …` is the publisher; a plain-text title before its
//! imprint in brackets is the title.

use citecheck::model::{DocKind, Extraction, Footnote};

use crate::support::{extract_as, extract_markdown, note};

/// The entry whose text opens with `starts` (a reference list's labels are made up from
/// its names).
fn entry<'e>(e: &'e Extraction, starts: &str) -> &'e Footnote {
    e.footnotes
        .iter()
        .find(|n| n.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no note opening {starts:?} in {:#?}", e.footnotes))
}

/// A body (association, authority, inspectorate, committee, department) then in lower case
/// what of its is cited, with no title: the body is the author. A periodical is not, nor a
/// body the note's own sentence goes on about, nor names that go on.
#[test]
fn a_body_before_a_described_work_is_its_author() {
    let e = extract_markdown(
        "Text.[^a][^b][^c][^d][^e][^f][^g][^h]\n\n\
         [^a]: Tenants' Federation, press statement, 2 March 2025, \
         https://tenants.example.org/press/0302.\n\
         [^b]: Marsh Water Authority, letter to the harbour trust, 9 May 2024.\n\
         [^c]: Planning Inspectorate, Brackenfold wind farm inquiry, day 2 transcript, 4 June 2023.\n\
         [^d]: Business, Energy and Industrial Strategy Committee, oral evidence, 14 July 2022, \
         HC 301.\n\
         [^e]: Department for Culture, press release, 1 May 2024.\n\
         [^f]: Kelsey Gazette, interview with the harbourmaster, 2020.\n\
         [^g]: Harbour Trust, which owns the quay, disputes the figures.\n\
         [^h]: Ruth Hale, and Tom Lind, letters, 1990.\n",
    );
    assert_eq!(note(&e, "a").authors, ["Tenants' Federation"]);
    assert_eq!(note(&e, "a").date.as_deref(), Some("2 March 2025"));
    assert_eq!(note(&e, "b").authors, ["Marsh Water Authority"]);
    assert_eq!(note(&e, "c").authors, ["Planning Inspectorate"]);
    assert_eq!(
        note(&e, "d").authors,
        ["Business, Energy and Industrial Strategy Committee"]
    );
    assert_eq!(note(&e, "e").authors, ["Department for Culture"]);
    for label in ["a", "b", "c", "d", "e"] {
        assert_eq!(note(&e, label).title, None, "{label}");
    }
    for label in ["f", "g", "h"] {
        assert!(
            note(&e, label).authors.is_empty(),
            "{label}: {:#?}",
            note(&e, label)
        );
    }
}

/// A link's words broken over two lines (`[Parks and Open Spaces Annual Report⏎2023–24](…)`)
/// are the note's title, the names before them its author; `table 4` and `figure 2` are
/// where to look, no publisher; the year in the title is no date, as with a quoted title,
/// while a date outside it is.
#[test]
fn a_wrapped_link_title_its_locator_and_its_year() {
    let e = extract_markdown(
        "Costs rose.[^i] Again.[^j][^k][^l]\n\n\
         [^i]: Borough of Fenwick, [Parks and Open Spaces Annual Report\n    \
         2023–24](https://fenwick.example.gov/reports/parks-2023-24), table 4.\n\
         [^j]: Borough of Fenwick, [Parks Annual Report\n    \
         2023–24](https://fenwick.example.gov/reports/parks), 12 October 2024.\n\
         [^k]: Borough of Fenwick, \"Parks Annual Report 2023–24\", figure 2.\n\
         [^l]: Borough of Fenwick, [Parks Annual Report 2023–24](https://fenwick.example.gov/p).\n",
    );
    let i = note(&e, "i");
    assert_eq!(
        i.title.as_deref(),
        Some("Parks and Open Spaces Annual Report 2023–24")
    );
    assert_eq!(i.authors, ["Borough of Fenwick"]);
    assert_eq!(i.publisher, None);
    assert_eq!(i.date, None);
    let j = note(&e, "j");
    assert_eq!(j.title.as_deref(), Some("Parks Annual Report 2023–24"));
    assert_eq!(j.date.as_deref(), Some("12 October 2024"));
    let k = note(&e, "k");
    assert_eq!(k.title.as_deref(), Some("Parks Annual Report 2023–24"));
    assert_eq!(k.publisher, None);
    assert_eq!(k.date, None);
    let l = note(&e, "l");
    assert_eq!(l.title.as_deref(), Some("Parks Annual Report 2023–24"));
    assert_eq!(l.date, None);
}

/// A body's branch in brackets after its name (`Royal Society of Midwives (Eastholm
/// branch)`) is part of the author's name: the quoted words after it are the title, not a
/// periodical. Words in lower case before the title are still no author.
#[test]
fn a_branch_in_brackets_stays_in_the_authors_name() {
    let e = extract_as(
        DocKind::Text,
        "A ward survey found that \"handovers took longer after the change\" [2]. Others \
         agreed [3].\n\n\
         Notes\n\n\
         [2] Royal Society of Midwives (Eastholm branch), \"Night Shift Staffing Survey\", \
         May 2023.\n\
         [3] Ward staff (night shift), \"Rota Feedback Survey\", May 2023.\n",
    );
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Royal Society of Midwives (Eastholm branch)"]);
    assert_eq!(n.title.as_deref(), Some("Night Shift Staffing Survey"));
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("May 2023"));
    assert!(note(&e, "3").authors.is_empty(), "{:#?}", note(&e, "3"));
}

/// A note that is a sentence of its own around quoted words (`The spelling "Kellowe"
/// appears on estate maps until 1912.`) cites no work: no title, publisher or date. A
/// quoted title a citation goes on from (`by …`) or after a name stays the title.
#[test]
fn an_explanatory_note_quoting_a_word_has_no_title() {
    let e = extract_markdown(
        "Spelt Kellowe.[^m] Tenements.[^n] Futures.[^o][^p]\n\n\
         [^m]: The spelling \"Kellowe\" appears on estate maps until 1912.\n\
         [^n]: This word \"tenement\" meant any holding, not only a building.\n\
         [^o]: The report \"Harbour Futures\" by the port trust, 2019.\n\
         [^p]: The Harbour Trust, \"Harbour Futures\", 2019.\n",
    );
    for label in ["m", "n"] {
        let n = note(&e, label);
        assert_eq!(n.title, None, "{label}");
        assert_eq!(n.publisher, None, "{label}");
        assert_eq!(n.date, None, "{label}");
        assert!(n.authors.is_empty(), "{label}");
    }
    assert_eq!(note(&e, "o").title.as_deref(), Some("Harbour Futures"));
    assert_eq!(note(&e, "o").date.as_deref(), Some("2019"));
    assert_eq!(note(&e, "p").title.as_deref(), Some("Harbour Futures"));
    assert_eq!(note(&e, "p").authors, ["The Harbour Trust"]);
}

/// An APA journal whose name opens like a locator (`Voluntary Action`, `Pagemill Studies`)
/// is the publisher: `vol` and `page` are whole words. A volume written out is still none.
#[test]
fn a_journal_named_voluntary_is_the_publisher() {
    let e = extract_as(
        DocKind::Text,
        "Lind and Okafor (2022) found that \"thanks in writing halved the number who left\" \
         and Brandt (2021) that \"rotas drawn up by volunteers lasted longer\". Lee [1] \
         agreed.\n\n\
         Notes\n\n\
         [1] Ann Lee, \"Tides and Towns\", Volume 3, 2020.\n\n\
         References\n\n\
         Brandt, K. (2021). Rotas drawn up by volunteers. Pagemill Studies, 4(1), 10–19.\n\
         Lind, T., & Okafor, N. (2022). Thanks and retention in food banks. Voluntary Action, \
         9(1), 33–51.\n",
    );
    let lind = entry(&e, "Lind, T.");
    assert_eq!(
        lind.title.as_deref(),
        Some("Thanks and retention in food banks")
    );
    assert_eq!(lind.publisher.as_deref(), Some("Voluntary Action"));
    assert_eq!(
        entry(&e, "Brandt").publisher.as_deref(),
        Some("Pagemill Studies")
    );
    assert_eq!(note(&e, "1").publisher, None);
}

/// Chicago's note for a report or book with its title in plain text: names, the title in
/// title case, the imprint in brackets (`(Fenwick, 2023)`, `(London: Harbour Press,
/// 2019)`). A title in lower case is a description (the body is still the author), and a
/// pointer's `See` is no name.
#[test]
fn a_plain_text_title_before_its_imprint() {
    let e = extract_as(
        DocKind::Text,
        "The pilot \"cut waiting times by a third\" [4]. See also [5], [6] and [7].\n\n\
         References\n\n\
         [4] Fenwick District Council, Flexible Hours Pilot: Final Evaluation Report \
         (Fenwick, 2023).\n    https://fenwick.example.gov/flexible-hours-2023.pdf\n\
         [5] Ann Okoro, The Long Canal: A History of the Wey Navigation (London: Harbour \
         Press, 2019), 45.\n\
         [6] Fenwick District Council, report on the flexible hours pilot (Fenwick, 2023).\n\
         [7] See Ann Okoro, The Long Canal (London, 2019).\n",
    );
    let r = note(&e, "4");
    assert_eq!(r.authors, ["Fenwick District Council"]);
    assert_eq!(
        r.title.as_deref(),
        Some("Flexible Hours Pilot: Final Evaluation Report")
    );
    assert_eq!(r.publisher, None);
    assert_eq!(r.date.as_deref(), Some("2023"));
    let b = note(&e, "5");
    assert_eq!(b.authors, ["Ann Okoro"]);
    assert_eq!(
        b.title.as_deref(),
        Some("The Long Canal: A History of the Wey Navigation")
    );
    assert_eq!(b.publisher.as_deref(), Some("Harbour Press"));
    assert_eq!(b.date.as_deref(), Some("2019"));
    let d = note(&e, "6");
    assert_eq!(d.title, None);
    assert_eq!(d.authors, ["Fenwick District Council"]);
    // (The fifty-eighth session: `See` is taken off as a signal, and the citation after it
    // read: its author is Ann Okoro, with no `See` in her name.)
    let s = note(&e, "7");
    assert_eq!(s.authors, ["Ann Okoro"], "{s:#?}");
    assert_eq!(s.title.as_deref(), Some("The Long Canal"));
}
