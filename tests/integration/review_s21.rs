//! The twenty-first session's review of its own new extraction rules: bulleted source lists
//! only under a references heading and only of citations (and labelled in linear time),
//! plain-text introductions matched as whole words, organisation names only in the
//! languages meant, reStructuredText attributions found without a scan per quotation.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, extract_markdown, note};

/// The quotes' texts, in order.
fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// A list under `Note:`, under `## Notes` or after a Sphinx note box is a list of remarks:
/// its quoted words are no titles of sources, and its links belong to no note.
#[test]
fn bulleted_remarks_under_note_labels_are_no_sources() {
    let e = extract_markdown(
        "To enable tracing:\n\n\
         Note:\n\n\
         - Put \"trace\" in the log level, then reload the service.\n\
         - Keep \"verbose\" off on production hosts, see https://ops.example.com/logging\n\n\
         The admin said it \"should be fixed by the next patch release\" at the meeting.\n",
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    assert!(texts(&e).contains(&"trace"), "{:#?}", e.quotes);
    let e = extract_markdown(
        "# Release guide\n\n\
         ## Notes\n\n\
         - Tags are written as \"vX.Y\" and pushed after the build, 2024 onwards.\n\
         - Times given as \"HH:MM\" are in UTC.\n",
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    let e = extract_as(
        DocKind::Html,
        "<html><body><h2>backup-start</h2>\
         <div class=\"admonition note\"><p class=\"admonition-title\">Note</p>\
         <p>The job runs in the background.</p></div>\
         <p><strong>Arguments</strong></p><ul>\
         <li><p><strong>target</strong> (string, optional) -- either \"full\" or \"delta\", \
         see <a href=\"https://docs.example.com/targets\">targets</a></p></li>\
         <li><p><strong>speed</strong> (int, optional) -- bytes per second, since 2019</p></li>\
         </ul></body></html>",
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    assert!(
        e.links.iter().all(|l| l.footnote.is_none()),
        "{:#?}",
        e.links
    );
}

/// Under a real references heading, a list whose items are mostly no citations is no list
/// of sources either (a remark with a quoted word and a year among plain links), while
/// citations under `Further reading`, `Works cited` or a `Sources:` line of their own are
/// entries.
#[test]
fn bulleted_sources_need_a_references_heading_and_citations() {
    let e = extract_markdown(
        "# Ferries\n\n\
         ## References\n\n\
         - The word \"ferry\" has been used since 1400 or so.\n\
         - [Operator's site](https://ferries.example.com/)\n\
         - [Timetables](https://ferries.example.com/times)\n",
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    // Quoted words after a word that is no author (`Set "debug" …, 2024`) are no entry.
    let e = extract_markdown(
        "## Sources\n\n\
         - Set \"debug\" in the file, then restart, as of 2024.\n\
         - Leave \"cache\" empty on first run, as of 2024.\n",
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    for heading in ["## Further reading", "### Works cited", "**Sources:**"] {
        let e = extract_markdown(&format!(
            "The port reopened in May.\n\n{heading}\n\n\
             - Harbour Board, \"Annual report on the island ports,\" 2024, \
             https://hb.example.org/report\n\
             - Coast Weekly, \"Ferry fares fall for the first time in a decade,\" 3 May 2025\n"
        ));
        assert_eq!(
            note(&e, "Harbour Board").title.as_deref(),
            Some("Annual report on the island ports"),
            "{heading}"
        );
        assert_eq!(
            note(&e, "Coast Weekly").title.as_deref(),
            Some("Ferry fares fall for the first time in a decade"),
            "{heading}"
        );
        assert!(e.quotes.is_empty(), "{heading}: {:#?}", e.quotes);
    }
}

/// Many entries by one author are labelled `Reuters`, `Reuters (2)`, …, each its own. (Each
/// entry used to try every label before its own: 10,000 entries took 16 s in a debug
/// build. Speed is measured in docs/benchmarks.md, "Twenty-first session", not here.)
#[test]
fn many_sources_by_one_author_are_labelled_in_order() {
    const N: usize = 2_000;
    let mut text = String::from("# Coverage\n\n## Sources\n\n");
    for i in 1..=N {
        text.push_str(&format!(
            "- Reuters, \"Minister announces plan number {i},\" 4 March 2025, \
             https://news.example.com/{i}\n"
        ));
    }
    let e = extract_markdown(&text);
    assert_eq!(e.footnotes.len(), N);
    assert_eq!(
        note(&e, "Reuters").title.as_deref(),
        Some("Minister announces plan number 1")
    );
    assert_eq!(
        note(&e, &format!("Reuters ({N})")).title.as_deref(),
        Some(format!("Minister announces plan number {N}").as_str())
    );
}

/// In plain text, the words that introduce a quotation set off under a line (`summed up`,
/// `replied`, `described`, …) count only as whole words in the shapes meant: a speaker's
/// reply or summary. An indented block under instructions (`described below:`), a list's
/// title (`Frequently answered questions:`), a word holding one (`Unrecalled`, `unanswered`)
/// or a passive (`declared by the installer`) is no quotation.
#[test]
fn plain_text_introductions_are_whole_words_in_their_shapes() {
    let e = extract_as(
        DocKind::Text,
        "SETUP\n\n\
         The options are described below:\n\n\
         \x20   Run the installer once as the service user and accept the defaults.\n\n\
         Frequently answered questions:\n\n\
         \x20   The tool works offline once the first download has finished.\n\n\
         Unanswered items from the review:\n\n\
         \x20   Who will maintain the mirror after the move to the new host?\n\n\
         Paths declared by the package and read at start-up:\n\n\
         \x20   DATA_DIR is where the cache and the logs are written by default.\n\n\
         The values described in the last section, which are:\n\n\
         \x20   PORT is the port the server listens on when it starts up.\n",
    );
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
    let e = extract_as(
        DocKind::Text,
        "The caretaker replied:\n\n\
         \x20   We close the gates at dusk because the path floods after dark.\n\n\
         The surveyor's answer was short:\n\n\
         \x20   The bank will hold for another winter but not for two more.\n\n\
         One reader summed it up:\n\n\
         \x20   Nobody asked the people who actually use the footpath every day.\n",
    );
    assert_eq!(
        texts(&e),
        [
            "We close the gates at dusk because the path floods after dark.",
            "The bank will hold for another winter but not for two more.",
            "Nobody asked the people who actually use the footpath every day.",
        ],
        "{:#?}",
        e.quotes
    );
}

/// An English headline opening with a word that also opens French or Spanish
/// organisations' names (`Union`, `Commission`, `Association`) is no author; with a
/// function word of those languages after it, such a name still is one.
#[test]
fn english_headlines_opening_with_union_or_commission_are_no_authors() {
    let e = extract_markdown(
        "Membership rose.[^1] Banks objected.[^2] Clubs merged.[^3] Rail grew.[^4]\n\n\
         [^1]: Union membership climbs for a third year, *Daily Ledger*, 2 June 2021, \
         https://ledger.example.com/union.\n\
         [^2]: Commission outlines tighter rules for lenders, *Money Weekly*, 2022, \
         https://mw.example.com/rules.\n\
         [^3]: Association football clubs agree on a salary cap, *Sport Today*, 2020.\n\
         [^4]: Union des transports publics et ferroviaires, *Chiffres du rail*, 2023.\n",
    );
    for label in ["1", "2", "3"] {
        assert!(note(&e, label).authors.is_empty(), "{:#?}", note(&e, label));
    }
    assert_eq!(
        note(&e, "4").authors,
        ["Union des transports publics et ferroviaires"]
    );
}

/// reStructuredText: each of many block quotes loses its own closing `-- …` attribution.
/// (Each used to scan every attribution: 80,000 quotes took about 15 s in a debug build.
/// Speed is measured in docs/benchmarks.md, "Twenty-first session", not here.)
#[test]
fn many_rst_block_quotes_each_lose_their_own_attribution() {
    const N: usize = 5_000;
    let mut text = String::from("Letters\n=======\n\n");
    for i in 0..N {
        text.push_str(&format!(
            "Letter {i} said:\n\n    The bridge needs mending before winter {i}.\n\n    \
             -- Reader {i}\n\n"
        ));
    }
    let e = extract_as(DocKind::Rst, &text);
    assert_eq!(e.quotes.len(), N);
    assert!(e.quotes.iter().all(|q| !q.text.contains("Reader")));
    assert_eq!(
        e.quotes.last().map(|q| q.text.as_str()),
        Some(format!("The bridge needs mending before winter {}.", N - 1).as_str())
    );
}
