//! The fifty-second session's citation markers in the less common styles: superscript
//! ranges and lists (`⁴⁻⁶`, `¹,³`), Vancouver's numbers in parentheses (`(1,2)`, `(2,4-6)`),
//! and MLA's citation of a work without an author by its short title (`("Tidal Turn" 4)`).

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, notes_of, texts, urls_of};

/// The messages of the extraction's warnings.
fn warnings(e: &citecheck::model::Extraction) -> Vec<&str> {
    e.warnings.iter().map(|w| w.message.as_str()).collect()
}

/// Six numbered notes, as a Markdown article's endnotes list them.
const SIX_NOTES: &str = "## Notes\n\n\
     1. Harbour Trust, *Annual Review 2019*, https://harbour.example.com/review-2019.\n\
     2. Quayside Council, *Flood Plan*, https://quayside.example/flood-plan.\n\
     3. Marrow Institute, *Dredging Costs*, https://marrow.example.com/dredging.\n\
     4. Fenwick Tidal Office, *Gauge Records*, https://fenwick.example/gauges.\n\
     5. Saltmarsh Society, *Survey of Banks*, https://saltmarsh.example.com/banks.\n\
     6. Lantern Bay Port, *Berth Schedule*, https://lanternbay.example/berths.\n";

/// A range of superscript numbers joined by a superscript minus (`⁴⁻⁶`) cites every note in
/// it, as a range joined by an en dash or a hyphen does (`²–⁴`, `¹-³`), and a list (`¹,³`,
/// `¹˒³`) each note; no note is "never referenced". A power (`10⁻³`) is still no marker.
#[test]
fn markers_s52_superscript_ranges_cite_every_note() {
    for (range, want) in [
        ("\u{2074}\u{207b}\u{2076}", ["4", "5", "6"]),
        ("\u{2074}\u{2013}\u{2076}", ["4", "5", "6"]),
        ("\u{2074}-\u{2076}", ["4", "5", "6"]),
    ] {
        let md = format!(
            "The trust wrote that \u{201c}the outer wall will not survive another \
             winter\u{201d}\u{b9}\u{207b}\u{b3} and the office answered that \u{201c}the gauges \
             show no rise at all\u{201d}{range}.\n\n{SIX_NOTES}"
        );
        let e = extract_markdown(&md);
        assert_eq!(
            notes_of(&e, "the outer wall"),
            ["1", "2", "3"],
            "{range}: {:#?}",
            e.quotes
        );
        assert_eq!(notes_of(&e, "the gauges"), want, "{range}");
        assert!(warnings(&e).is_empty(), "{range}: {:?}", warnings(&e));
    }
    // A list of superscript numbers (`¹,³`, `¹˒³`) cites each note.
    for list in ["\u{b9},\u{b3}", "\u{b9}\u{2d2}\u{b3}"] {
        let body = format!(
            "The council said that \u{201c}no berth will close this year\u{201d}{list} and the \
             port that \u{201c}the schedule holds\u{201d}\u{b2}.\n\n"
        );
        let md = format!(
            "{body}## Notes\n\n\
             1. Harbour Trust, *Annual Review 2019*, https://harbour.example.com/review.\n\
             2. Quayside Council, *Flood Plan*, https://quayside.example/flood-plan.\n\
             3. Marrow Institute, *Dredging Costs*, https://marrow.example.com/dredging.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(notes_of(&e, "no berth"), ["1", "3"], "{list}");
        assert!(warnings(&e).is_empty(), "{list}: {:?}", warnings(&e));
    }
    // A power is still no marker: `10⁻³` after a number.
    let md = format!(
        "The gauge reads to 10\u{207b}\u{b3} metres, the office said: \u{201c}the gauges show \
         no rise at all\u{201d}\u{b9}.\n\n{SIX_NOTES}"
    );
    let e = extract_markdown(&md);
    assert_eq!(notes_of(&e, "the gauges"), ["1"]);
}

/// A plain-text article with superscript ranges and its notes under a heading.
#[test]
fn markers_s52_superscript_range_in_plain_text() {
    let txt = "Tide report\n\n\
        The office wrote that \u{201c}the gauges show no rise at all\u{201d}\u{b9}\u{207b}\
        \u{b3}.\n\n\
        Notes\n\n\
        1. Fenwick Tidal Office, Gauge Records, https://fenwick.example/gauges.\n\
        2. Saltmarsh Society, Survey of Banks, https://saltmarsh.example.com/banks.\n\
        3. Lantern Bay Port, Berth Schedule, https://lanternbay.example/berths.\n";
    let e = extract_as(DocKind::Text, txt);
    assert_eq!(notes_of(&e, "the gauges"), ["1", "2", "3"]);
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
}

/// Vancouver's numbers in parentheses after a sentence or a quotation: a list (`(1,2)`,
/// `(1, 3)`), a range (`(1–3)`, `(1-3)`) or both (`(2,4-6)`) cite each note, as a single
/// `(1)` does.
#[test]
fn markers_s52_vancouver_lists_in_parentheses_cite_each_note() {
    let md = format!(
        "Silt in the channel doubled between the two surveys (1,2). The trust wrote that \
         \u{201c}the outer wall will not survive another winter\u{201d} (1\u{2013}3). The \
         office answered that \u{201c}the gauges show no rise at all\u{201d} (2,4-6), and the \
         port that \u{201c}the schedule holds\u{201d} (1, 3). Dredging was costed twice \
         (3-5).\n\n{SIX_NOTES}"
    );
    let e = extract_markdown(&md);
    assert_eq!(notes_of(&e, "the outer wall"), ["1", "2", "3"]);
    assert_eq!(notes_of(&e, "the gauges"), ["2", "4", "5", "6"]);
    assert_eq!(notes_of(&e, "the schedule"), ["1", "3"]);
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
    // Sentences only citing: every note is referenced.
    let md = format!(
        "Silt in the channel doubled between the two surveys (1,2). Dredging was costed \
         twice (3-5), and the berths were moved (6).\n\n{SIX_NOTES}"
    );
    let e = extract_markdown(&md);
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
    // Numbers in parentheses that are no markers: with no numbered notes at all (a pair of
    // coordinates, years, hours), and, with notes, coordinates, years, hours, a list
    // item's number and page ranges inside the notes themselves.
    let body = "The buoy sits at grid cell (1,2). The survey ran twice (2019, 2020), and the \
        office opens (1\u{2013}3 p.m.) on weekdays. Plotting (3, 4) and (5,6) shows the \
        drift.\n\n\
        (1,2) marks the first cell of the grid.\n\n";
    let e = extract_markdown(body);
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
    let md = format!(
        "{body}The trust wrote that \u{201c}the outer wall will not survive another \
         winter\u{201d} (1).\n\n\
         ## Notes\n\n\
         1. Harbour Trust, *Annual Review 2019*, pp. (2-3), https://harbour.example.com/r.\n\
         2. Quayside Council, *Flood Plan*, (4,5), https://quayside.example/flood-plan.\n"
    );
    let e = extract_markdown(&md);
    assert_eq!(notes_of(&e, "the outer wall"), ["1"]);
    assert_eq!(
        warnings(&e),
        ["note `2` is never referenced in the text"],
        "{:?}",
        warnings(&e)
    );
}

/// The same in a plain-text article, its references numbered under a heading.
#[test]
fn markers_s52_vancouver_lists_in_plain_text() {
    let txt = "Tide report\n\n\
        Silt in the channel doubled between the two surveys (1,2). The office answered that \
        \"the gauges show no rise at all\" (2-3).\n\n\
        References\n\n\
        1. Fenwick Tidal Office. Gauge records. Fenwick: The Office; 2019. Available from: \
        https://fenwick.example/gauges\n\
        2. Saltmarsh Society. Survey of banks. Lantern Bay: The Society; 2020. Available \
        from: https://saltmarsh.example.com/banks\n\
        3. Lantern Bay Port. Berth schedule. Lantern Bay: The Port; 2021. Available from: \
        https://lanternbay.example/berths\n";
    let e = extract_as(DocKind::Text, txt);
    assert_eq!(notes_of(&e, "the gauges"), ["2", "3"]);
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
}
/// MLA cites a work without an author by a short title, its first words (an article
/// aside): `("Tidal Turn" 4)`, `("Tidal Turn")`, `(*Harbour Records* 12)`. The quotation is
/// tied to the Works Cited entry the title opens, and the short title is no quotation.
#[test]
fn markers_s52_mla_title_only_citations() {
    let md = "Coastal towns have turned to the sea again: one study found that \u{201c}every \
        harbour town that rebuilt its quay grew within a decade\u{201d} (\"Tidal Turn\" 4). \
        A gazetteer lists \u{201c}eleven working harbours and two abandoned ones\u{201d} \
        (*Harbour Records* 12). The same study adds that \u{201c}the ferry ran twice a day \
        until the war\u{201d} (\"Tidal Turn\"). Okafor calls the estuary \u{201c}a map that \
        can only be read aloud\u{201d} (Okafor 14).\n\n\
        ## Works Cited\n\n\
        \"The Tidal Turn in Coastal Towns.\" *Coastal Quarterly*, vol. 9, no. 2, 2021, \
        pp. 1\u{2013}20, https://coastal-quarterly.example/tidal-turn.\n\n\
        *Harbour Records of the North Coast*. Northgate Press, 2018, \
        https://northgate.example.com/harbour-records.\n\n\
        Okafor, Ada. *Reading Rivers*. Lagos UP, 2021, https://rivers.example.org/book.\n";
    let e = extract_markdown(md);
    assert_eq!(
        texts(&e),
        [
            "every harbour town that rebuilt its quay grew within a decade",
            "eleven working harbours and two abandoned ones",
            "the ferry ran twice a day until the war",
            "a map that can only be read aloud",
        ]
    );
    assert_eq!(
        urls_of(&e, "every harbour"),
        ["https://coastal-quarterly.example/tidal-turn"]
    );
    assert_eq!(
        urls_of(&e, "eleven working"),
        ["https://northgate.example.com/harbour-records"]
    );
    assert_eq!(
        urls_of(&e, "the ferry"),
        ["https://coastal-quarterly.example/tidal-turn"]
    );
    assert_eq!(urls_of(&e, "a map"), ["https://rivers.example.org/book"]);
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "The Tidal Turn in Coastal Towns 2021",
            "Harbour Records of the North Coast 2018",
            "Okafor 2021"
        ]
    );
}

/// The same in plain text, the title in straight quotation marks.
#[test]
fn markers_s52_mla_title_only_citation_in_plain_text() {
    let txt = "Harbour towns\n\n\
        One study found that \"every harbour town that rebuilt its quay grew within a \
        decade\" (\"Tidal Turn\" 4).\n\n\
        Works Cited\n\n\
        \"The Tidal Turn in Coastal Towns.\" Coastal Quarterly, vol. 9, no. 2, 2021, \
        pp. 1-20, https://coastal-quarterly.example/tidal-turn.\n\n\
        Okafor, Ada. Reading Rivers. Lagos UP, 2021, https://rivers.example.org/book.\n";
    let e = extract_as(DocKind::Text, txt);
    assert_eq!(
        texts(&e),
        ["every harbour town that rebuilt its quay grew within a decade"]
    );
    assert_eq!(
        urls_of(&e, "every harbour"),
        ["https://coastal-quarterly.example/tidal-turn"]
    );
    // The entry's title in curly quotation marks.
    let curly = txt.replace(
        "\"The Tidal Turn in Coastal Towns.\"",
        "\u{201c}The Tidal Turn in Coastal Towns.\u{201d}",
    );
    let e = extract_as(DocKind::Text, &curly);
    assert_eq!(
        urls_of(&e, "every harbour"),
        ["https://coastal-quarterly.example/tidal-turn"]
    );
}
