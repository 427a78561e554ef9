//! The fifty-first session's note fields: a body's name then a plain title (a subtitle
//! after its colon) and a date, where the body is a firm named with `&`, opens with an
//! acronym or is a German one, and a page in place of the date; other languages' words for
//! a press release or a report as no publisher; a newspaper named after `in`; more words
//! that end newspapers' names; arXiv identifiers as URLs; Vancouver entries by a body that
//! publishes its own report or dates a web page.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note};

/// A body's name, a title in title case with a subtitle after its colon, then the date: the
/// body is the author, whatever kind of body it is (a firm named with `&`, a name opening
/// with an acronym, a German parliament), and a page after the title stands in for a date
/// that is not given (a year inside the title is the title's).
#[test]
fn a_body_then_a_subtitled_title_and_its_date() {
    let notes = "1. Pellow & Grant Engineering, Brackley Footbridge Renewal: Closing Report, \
                 March 2023, https://pellowgrant.example.com/brackley.pdf\n\
                 2. UKRS Rail Standards, The Yellow Book: standards for rail safety \
                 cases, 2019, part 3. https://orr.example.gov.uk/yellow-book\n\
                 3. Eastvale Recycling Partnership, Bin Collection Trial: Final Summary, May \
                 2020. Summary: https://eastvale.example.gov.uk/trial-summary\n\
                 4. Bayerischer Landtag, Drucksache 18/2210, 4 March 2022, p. 7. \
                 https://landtag.example.de/ds/18-2210.pdf\n\
                 5. RB Schiene Betrieb, Auslastungsbericht 2022, S. 12. \
                 https://schiene.example.de/auslastung-2022.pdf\n";
    let md = format!(
        "The bridge reopened [1] under the new rules [2]; the trial ended [3], the \
         parliament debated it [4] and trains were full [5].\n\n## Notes\n\n{notes}"
    );
    let text = format!(
        "The bridge reopened.1 The rules changed.2 The trial ended.3 The parliament debated \
         it.4 Trains were full.5\n\nNotes\n\n{notes}"
    );
    for e in [extract_markdown(&md), extract_as(DocKind::Text, &text)] {
        let n = note(&e, "1");
        assert_eq!(n.authors, ["Pellow & Grant Engineering"], "{n:#?}");
        assert_eq!(
            n.title.as_deref(),
            Some("Brackley Footbridge Renewal: Closing Report")
        );
        assert_eq!(n.date.as_deref(), Some("March 2023"));
        let n = note(&e, "2");
        assert_eq!(n.authors, ["UKRS Rail Standards"], "{n:#?}");
        assert_eq!(
            n.title.as_deref(),
            Some("The Yellow Book: standards for rail safety cases")
        );
        assert_eq!(n.date.as_deref(), Some("2019"));
        let n = note(&e, "3");
        assert_eq!(n.authors, ["Eastvale Recycling Partnership"], "{n:#?}");
        assert_eq!(
            n.title.as_deref(),
            Some("Bin Collection Trial: Final Summary")
        );
        assert_eq!(n.date.as_deref(), Some("May 2020"));
        // The link's label (`Summary:`) is no publisher.
        assert_eq!(n.publisher, None);
        let n = note(&e, "4");
        assert_eq!(n.authors, ["Bayerischer Landtag"], "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("Drucksache 18/2210"));
        assert_eq!(n.date.as_deref(), Some("4 March 2022"));
        let n = note(&e, "5");
        assert_eq!(n.authors, ["RB Schiene Betrieb"], "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("Auslastungsbericht 2022"));
        assert_eq!(n.date, None, "{n:#?}");
    }
}

/// A place and its publisher after a body's name (`Leeds: Harbour Books`) is still no title,
/// and a person's honour (`KC`) makes no body of them.
#[test]
fn a_place_and_publisher_is_no_subtitled_title() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3]\n\n\
         [^1]: Dunstan Field Society, Leeds: Harbour Books, 1999.\n\
         [^2]: T. Marlowe KC, Advice on the Quay Street licence, 9 May 2024.\n\
         [^3]: Tarn & Cole, Harbour Walls: A Survey, 1987, p. 4.\n",
    );
    let n = note(&e, "1");
    assert_ne!(n.title.as_deref(), Some("Leeds: Harbour Books"), "{n:#?}");
    let n = note(&e, "2");
    assert_eq!(n.authors, ["T. Marlowe"], "{n:#?}");
    // Two surnames and `&` alone are two people, not known to be a firm.
    let n = note(&e, "3");
    assert_ne!(n.authors, ["Tarn & Cole"], "{n:#?}");
    // A body's word after the names (`Architects`) makes them a firm's: its subtitled
    // title is read.
    let e = extract_markdown(
        "Text.[^1]\n\n[^1]: Tarn & Cole Architects, Harbour Walls: A Survey, 1987, p. 4.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Tarn & Cole Architects"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Harbour Walls: A Survey"));
    assert_eq!(n.date.as_deref(), Some("1987"));
}

/// The words other languages use for a press release, a press pack, a report or a statement
/// say what kind of document is cited: never its publisher, as `press release` is not.
#[test]
fn document_kinds_in_other_languages_are_no_publisher() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3] [^4] [^5] [^6]\n\n\
         [^1]: Südwind Fähren, „Neue Linie Kiel–Oslo“, Pressemeldung, 2 March 2023.\n\
         [^2]: Région Bretagne, « Le train de nuit revient », communiqué de presse, 9 juin \
         2022.\n\
         [^3]: Ministerio de Cultura, «Plan de bibliotecas rurales», nota de prensa, 4 de \
         mayo de 2022.\n\
         [^4]: Comune di Pavia, «Nuovi orari della biblioteca», comunicato stampa, 3 giugno \
         2021.\n\
         [^5]: Gemeente Delft, „Nieuwe fietsroute langs de Schie”, persbericht, 12 april 2020.\n\
         [^6]: Stadtwerke Lindau, „Wasserqualität im Bodensee“, Bericht, 2019.\n",
    );
    for (label, title) in [
        ("1", "Neue Linie Kiel–Oslo"),
        ("2", "Le train de nuit revient"),
        ("3", "Plan de bibliotecas rurales"),
        ("4", "Nuovi orari della biblioteca"),
        ("5", "Nieuwe fietsroute langs de Schie"),
        ("6", "Wasserqualität im Bodensee"),
    ] {
        let n = note(&e, label);
        assert_eq!(n.title.as_deref(), Some(title), "{n:#?}");
        assert_eq!(n.publisher, None, "{n:#?}");
        assert!(n.date.is_some(), "{n:#?}");
    }
}

/// An untitled piece (an interview) said to be `in` a newspaper, then dated: the newspaper
/// publishes it. A place after `in` is no newspaper.
#[test]
fn a_newspaper_after_in_publishes_an_untitled_piece() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3]\n\n\
         [^1]: Interview with Ilse Brandner, head of the Talbahn works council, in Der \
         Standard, 12 May 2022. https://standard.example.at/brandner\n\
         [^2]: Conversation with Tomas Rell, station manager, in the Fenwick Echo, 2 June \
         2021.\n\
         [^3]: Remarks by the harbour master in Whitby, 3 May 2021.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.publisher.as_deref(), Some("Der Standard"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("12 May 2022"));
    let n = note(&e, "2");
    assert_eq!(n.publisher.as_deref(), Some("Fenwick Echo"), "{n:#?}");
    let n = note(&e, "3");
    assert_eq!(n.publisher, None, "{n:#?}");
}

/// A newspaper's name ending in `Echo`, `Advertiser`, `Express` or `Guardian` before the
/// piece's quoted title is its publisher, as `Gazette` is; a name ending in a word that is
/// also a surname (`Post`) is still a person's.
#[test]
fn more_newspaper_names_are_publishers() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3] [^4]\n\n\
         [^1]: Dunmore Echo, \"Ferry fares to rise again,\" 8 May 2018, \
         https://dunmore-echo.example.co.uk/fares\n\
         [^2]: Carrick Advertiser, \"New lifeboat station opens\", 2 July 2019.\n\
         [^3]: Lowton Evening Express, “Mill chimney to be saved”, 14 March 2020.\n\
         [^4]: Harriet Post, “Manners at the table”, 3 May 2018.\n",
    );
    for (label, paper) in [
        ("1", "Dunmore Echo"),
        ("2", "Carrick Advertiser"),
        ("3", "Lowton Evening Express"),
    ] {
        let n = note(&e, label);
        assert_eq!(n.publisher.as_deref(), Some(paper), "{n:#?}");
        assert!(n.authors.is_empty(), "{n:#?}");
    }
    assert_eq!(note(&e, "4").authors, ["Harriet Post"]);
}

/// An arXiv identifier in an entry (new style with or without its version, after `arXiv
/// preprint`, or old style with its archive) is the entry's URL, its abstract page, as a
/// DOI is `https://doi.org/…`; its number is no date.
#[test]
fn an_arxiv_identifier_is_the_entrys_url() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3] [^4]\n\n\
         [^1]: Ferreira, L., & Odum, K. (2023). Weakly labelled salt-marsh mapping. In \
         *Proceedings of the Coastal Vision Workshop* (pp. 12–20). arXiv:2305.11873\n\
         [^2]: Lind Q, Barros T. Sparse probes for tidal gauges. arXiv preprint \
         arXiv:1802.05365, 2018.\n\
         [^3]: Ostrava, M. (2021). Tide tables revisited. arXiv:2108.00417v3.\n\
         [^4]: Hale, P. (1999). Strings on a lattice. arXiv:hep-lat/9905012.\n",
    );
    assert_eq!(
        note(&e, "1").urls,
        ["https://arxiv.org/abs/2305.11873"],
        "{:#?}",
        note(&e, "1")
    );
    let n = note(&e, "2");
    assert_eq!(n.urls, ["https://arxiv.org/abs/1802.05365"], "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2018"), "{n:#?}");
    assert_eq!(note(&e, "3").urls, ["https://arxiv.org/abs/2108.00417v3"]);
    assert_eq!(
        note(&e, "4").urls,
        ["https://arxiv.org/abs/hep-lat/9905012"]
    );
}

/// Vancouver entries by a body: one that publishes its own report, named again in the
/// imprint, is the author (and the publisher); one dating a web page in a sentence of its
/// own after the title gives that date, not the year in its title.
#[test]
fn vancouver_entries_by_a_body() {
    let e = extract_markdown(
        "Waiting times rose [1] and incomes fell [2], [3].\n\n\
         ## References\n\n\
         1. Wessex Health Data. Outpatient Waiting Times, March 2022. Bristol: Wessex Health \
         Data; 2023. Available from: https://wessexdata.example/outpatients\n\
         2. Upland Farming Network. Hill Farm Incomes Survey 2021. 2021 Oct 3. Available \
         from: https://upland.example.org/incomes-2021\n\
         3. Pryor J, Akande T. Hill farm incomes after subsidy reform. J Rural Econ. \
         2022;8(2):44-51.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Wessex Health Data"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Outpatient Waiting Times, March 2022")
    );
    assert_eq!(n.publisher.as_deref(), Some("Wessex Health Data"));
    assert_eq!(n.date.as_deref(), Some("2023"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Upland Farming Network"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Hill Farm Incomes Survey 2021"));
    assert_eq!(n.date.as_deref(), Some("2021 Oct 3"));
    assert_eq!(n.publisher, None);
    let n = note(&e, "3");
    assert_eq!(n.authors, ["Pryor J", "Akande T"]);
    assert_eq!(n.publisher.as_deref(), Some("J Rural Econ"));
}
