//! The fiftieth session's note fields: an issue's number is no year; an amending Act's
//! year is no date and a statutory instrument's number no stop; a review's author and
//! journal; a body's name before what of its is cited (French, German, an archive, a
//! borough), and a record's name before a volume no one's name; a subtitled title after a
//! body's name; a link's label no publisher, and an entry's year giving way to its full
//! date; a plain-text list of sources without its bullets; a range of years as written;
//! a date in a background note's prose.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note};

/// `373, no. 1753 (2018)`: the number after `no.` (or `vol.`, `issue`) is the issue's, the
/// bracketed year the date.
#[test]
fn an_issue_number_is_no_year() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3]\n\n\
         [^1]: Ada Lund, \"On Tides,\" *Philosophical Transactions of the Royal Society B* \
         373, no. 1753 (2018), https://doi.org/10.5555/rstb.2017.0239.\n\
         [^2]: *Philosophical Transactions of the Royal Society B* 373, no. 1753 (2018).\n\
         [^3]: Mara Vint, \"Lights,\" *Northern Review* vol. 12, issue 1987 (2019).\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.date.as_deref(), Some("2018"));
    assert_eq!(
        n.publisher.as_deref(),
        Some("Philosophical Transactions of the Royal Society B")
    );
    assert_eq!(note(&e, "2").date.as_deref(), Some("2018"));
    assert_eq!(note(&e, "3").date.as_deref(), Some("2019"));
}

/// A statute's note naming the Act that amended it: that Act's year is part of its name, no
/// date; a statutory instrument's `(No. 2)` does not cut its name, which is the title.
#[test]
fn an_amending_act_and_a_numbered_instrument() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3]\n\n\
         [^1]: Highways Act 1980, s. 41(1A), inserted by the Railways and Transport Safety \
         Act 2003, s. 111.\n\
         [^2]: The Public Sector Bodies (Websites and Mobile Applications) (No. 2) \
         Accessibility Regulations 2018, regulation 4, \
         https://www.legislation.gov.uk/uksi/2018/952/regulation/4\n\
         [^3]: Highways Act 1980, s. 41, as amended on 3 May 2004.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Highways Act 1980"));
    assert_eq!(n.date, None, "{n:#?}");
    let n = note(&e, "2");
    assert_eq!(
        n.title.as_deref(),
        Some(
            "The Public Sector Bodies (Websites and Mobile Applications) (No. 2) \
             Accessibility Regulations 2018"
        )
    );
    assert_eq!(n.date, None, "{n:#?}");
    // A date after the name is still the note's.
    assert_eq!(note(&e, "3").date.as_deref(), Some("3 May 2004"));
}

/// `Priya Sandhu, review of *The Paper Tide*, *Coastal History Quarterly* 41, …`: the
/// reviewer is the author, the second italics the journal (without its volume).
#[test]
fn a_review_of_a_book_in_a_journal() {
    let e = extract_markdown(
        "Text.[^1]\n\n\
         [^1]: Priya Sandhu, review of *The Paper Tide*, *Coastal History Quarterly* 41, \
         no. 2 (2024): 233–35, https://chq.example/41-2/sandhu\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Priya Sandhu"]);
    assert_eq!(n.publisher.as_deref(), Some("Coastal History Quarterly"));
    assert_eq!(n.date.as_deref(), Some("2024"));
    assert_eq!(n.title.as_deref(), Some("The Paper Tide"));
}

/// A body's name opening a note is its author: a French national body written with a
/// small second word, a German ministry before the question its answer is to (the quoted
/// words the title), an archive before the papers it holds, and a borough in plain text.
#[test]
fn a_body_opening_a_note_is_its_author() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3]\n\n\
         [^1]: Assemblée nationale, compte rendu intégral, séance du 6 décembre 2023\n\
         [^2]: Bundesministerium für Verkehr, Antwort auf die Kleine Anfrage „Nachtzüge in \
         Deutschland“, 12. Januar 2024\n\
         [^3]: Highland County Archive, Skerry Mhor Lighthouse Logbooks, 1878–1919\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Assemblée nationale"]);
    assert_eq!(n.date.as_deref(), Some("6 décembre 2023"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Bundesministerium für Verkehr"]);
    assert_eq!(n.title.as_deref(), Some("Nachtzüge in Deutschland"));
    assert_eq!(n.date.as_deref(), Some("12. Januar 2024"));
    let n = note(&e, "3");
    assert_eq!(n.authors, ["Highland County Archive"]);
    assert_eq!(n.title.as_deref(), Some("Skerry Mhor Lighthouse Logbooks"));

    let e = extract_as(
        DocKind::Text,
        "The committee reported each year.(1) The baths closed in 1960.(2)\n\n\
         Notes\n\n\
         (1) County Borough of Hallam, Annual Report of the Baths and Washhouses Committee, \
         1951-1959.\n\
         (2) County Borough of Hallam, Annual Report of the Baths and Washhouses Committee, \
         14 March 1960.\n",
    );
    for label in ["1", "2"] {
        let n = note(&e, label);
        assert_eq!(n.authors, ["County Borough of Hallam"], "{n:#?}");
        assert_eq!(
            n.title.as_deref(),
            Some("Annual Report of the Baths and Washhouses Committee")
        );
    }
}

/// `Skerry Mhor Lighthouse Logbook, vol. 3 (1880–1882), …`: a record's name before where
/// in it is its title, no one's name.
#[test]
fn a_record_before_its_volume_is_a_title() {
    let e = extract_markdown(
        "Text.[^1]\n\n\
         [^1]: Skerry Mhor Lighthouse Logbook, vol. 3 (1880–1882), Highland County \
         Archive, HCA/SM/3.\n",
    );
    let n = note(&e, "1");
    assert!(n.authors.is_empty(), "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Skerry Mhor Lighthouse Logbook"));
}

/// A body's name, then a title with a subtitle after its colon, then its date (or what
/// happened on it, `submitted 3 November 2022`): the title is the second piece, in plain
/// text and Markdown.
#[test]
fn a_subtitled_title_after_a_body() {
    let notes = "1. Western Isles Ferries Ltd, Application to vary timetable: Route 4, \
                 submitted 3 November 2022, p. 6. https://wif.example/app.pdf\n\
                 2. Transport Authority, Route 4 timetable change: six-month review, 14 \
                 February 2024. https://ta.example/review.pdf\n";
    let text = format!(
        "The operator asked to change the timetable.1 The authority reviewed it.2\n\n\
         Notes\n\n{notes}"
    );
    let md =
        format!("The operator asked [1] and the authority reviewed it [2].\n\n## Notes\n\n{notes}");
    for e in [extract_as(DocKind::Text, &text), extract_markdown(&md)] {
        let n = note(&e, "1");
        assert_eq!(
            n.title.as_deref(),
            Some("Application to vary timetable: Route 4"),
            "{n:#?}"
        );
        assert_eq!(n.authors, ["Western Isles Ferries Ltd"]);
        assert_eq!(n.date.as_deref(), Some("3 November 2022"));
        let n = note(&e, "2");
        assert_eq!(
            n.title.as_deref(),
            Some("Route 4 timetable change: six-month review"),
            "{n:#?}"
        );
        assert_eq!(n.authors, ["Transport Authority"]);
        assert_eq!(n.date.as_deref(), Some("14 February 2024"));
    }
}

/// A word labelling the link (`Recording:`, `Slides:`) is no publisher; an author–date
/// entry's year gives way to the full date of that year given as a piece of its own.
#[test]
fn a_links_label_is_no_publisher() {
    let e = extract_markdown(
        "Text.[^1] [^2]\n\n\
         [^1]: Okafor, N. (2019). Keynote address, Public Libraries Forum, Leeds, 14 June \
         2019. Recording: https://plfconference.example/2019/keynote\n\
         [^2]: Okafor, N. (2020). Keynote address, Library Camp, York, 2 May 2020. Slides: \
         https://plfconference.example/2020/slides.pdf\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.publisher, None, "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("14 June 2019"));
    let n = note(&e, "2");
    assert_eq!(n.publisher, None, "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2 May 2020"));
}

/// A plain-text list of sources under `Sources`, its items written with bullets: each item
/// an entry, labelled without the bullet.
#[test]
fn a_plain_text_bulleted_source_list() {
    let e = extract_as(
        DocKind::Text,
        "School funding rose by 4% last year, the unit says.\n\n\
         Sources\n\n\
         - Education Policy Unit, \"Funding in 2024\", 3 March 2024, \
         https://epu.example/briefing\n\
         - HarbourWatch, \"Ferry fares\", 18 February 2025, \
         https://harbourwatch.example/post/1\n",
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["Education Policy Unit", "HarbourWatch"]);
    let n = note(&e, "Education Policy Unit");
    assert_eq!(n.authors, ["Education Policy Unit"]);
    assert_eq!(n.title.as_deref(), Some("Funding in 2024"));
    assert_eq!(n.publisher, None);
    assert_eq!(n.urls, ["https://epu.example/briefing"]);
    assert_eq!(
        note(&e, "HarbourWatch").urls,
        ["https://harbourwatch.example/post/1"]
    );
}

/// A note dated by a range of years has the range as written; a financial year's short end
/// (`2022–23`) is none of these.
#[test]
fn a_range_of_years_is_the_date() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3]\n\n\
         [^1]: Highland County Archive, Skerry Mhor Lighthouse Logbooks, 1878–1919\n\
         [^2]: Pell & Daughters, Ledger of Accounts, 1902-1904, County Record Office.\n\
         [^3]: Fernhill Town Council, Budget Book, 2022–23.\n",
    );
    assert_eq!(note(&e, "1").date.as_deref(), Some("1878–1919"));
    assert_eq!(note(&e, "2").date.as_deref(), Some("1902-1904"));
    assert_eq!(note(&e, "3").date.as_deref(), Some("2022"));
}

/// A background note in a press release's notes to editors: a date its prose gives for
/// something else (`announced in October 2023`) is no date of a cited work.
#[test]
fn a_date_in_a_background_notes_prose() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><h1>Ferry funding confirmed</h1>\
         <p>The government has confirmed £50 million for island ferries.</p>\
         <h2>Notes to editors</h2><ol>\
         <li>The funding is in addition to the £200 million announced in October 2023 for \
         harbour upgrades.</li>\
         <li>The scheme opens to applications on 1 April 2024.</li>\
         </ol></article></body></html>",
    );
    let n = note(&e, "1");
    assert_eq!(n.date, None, "{n:#?}");
}
