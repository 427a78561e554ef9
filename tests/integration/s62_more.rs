//! The rest of the sixty-second session's held-out evaluation of Markdown and plain-text
//! articles: a fact check's `Our sources` list whose titles are links, a book's title after
//! `author of`, an italic journal abbreviation's last stop.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_fixture, extract_markdown, note, one_footnote, texts};

/// A sources list whose items are `Publisher, [Title](url), date` (the fact check's `Our
/// sources`): each item an unnumbered entry, labelled by its author as other bulleted
/// sources are (`Name`, `Name (2)`, …), with the link's words as its title and its URL. Not
/// without the heading, nor without a date after the link, nor in a list mostly of remarks.
#[test]
fn a_sources_list_with_linked_titles_gives_entries() {
    for heading in [
        "## Our sources",
        "## Sources",
        "## References",
        "**Sources:**",
    ] {
        let e = extract_markdown(&format!(
            "The harbour lost money last year.\n\n{heading}\n\n\
             - Harbour Authority, [Annual report 2023](https://example.org/reports/2023.pdf), \
             12 March 2024\n\
             - Harbour Authority, [Dredging plan](https://example.org/dredging), April 2024\n\
             - [Who Rides the First Boat?](https://cti.example.org/first-boat), Coastal \
             Transport Institute, September 2022\n"
        ));
        assert!(e.warnings.is_empty(), "{heading}: {:?}", e.warnings);
        let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Harbour Authority",
                "Harbour Authority (2)",
                "Who Rides the First Boat?"
            ],
            "{heading}"
        );
        let n = note(&e, "Harbour Authority");
        assert_eq!(n.authors, ["Harbour Authority"]);
        assert_eq!(n.title.as_deref(), Some("Annual report 2023"));
        assert_eq!(n.date.as_deref(), Some("12 March 2024"));
        assert_eq!(n.urls, ["https://example.org/reports/2023.pdf"]);
        let n = note(&e, "Harbour Authority (2)");
        assert_eq!(n.title.as_deref(), Some("Dredging plan"));
        assert_eq!(n.date.as_deref(), Some("April 2024"));
        let n = note(&e, "Who Rides the First Boat?");
        assert_eq!(n.title.as_deref(), Some("Who Rides the First Boat?"));
        assert_eq!(n.date.as_deref(), Some("September 2022"));
        assert_eq!(n.urls, ["https://cti.example.org/first-boat"]);
    }
    // Ordinary lists stay lists: the same items under no sources heading, links with no
    // date after them, a link inside a sentence, a list mostly of remarks.
    let items = "- Harbour Authority, [Annual report 2023](https://example.org/r.pdf), 12 March \
                 2024\n\
                 - Harbour Authority, [Dredging plan](https://example.org/d), April 2024\n";
    for text in [
        format!("The harbour lost money.\n\n## What we found\n\n{items}"),
        format!("The harbour lost money.\n\n{items}"),
        "## Sources\n\n\
         - [Operator's fare table](https://example.org/fares)\n\
         - Harbour Authority, [Annual report 2023](https://example.org/r.pdf)\n"
            .to_string(),
        "## Further reading\n\n\
         - See [the timetable](https://example.org/times) for times from 3 May 2024.\n\
         - We read [the annual report](https://example.org/r.pdf), published 2024.\n"
            .to_string(),
        "## Sources\n\n\
         - Harbour Authority, [Annual report 2023](https://example.org/r.pdf), 2024\n\
         - Interviews with six residents\n\
         - The harbour master's office\n"
            .to_string(),
    ] {
        let e = extract_markdown(&text);
        assert!(e.footnotes.is_empty(), "{text}: {:#?}", e.footnotes);
    }
}

/// The fact check (`fixtures/articles/factcheck-claim.md`): its six `Our sources` items are
/// entries, the e-mail among them untitled.
#[test]
fn the_fact_checks_sources_are_entries() {
    let e = extract_fixture("fixtures/articles/factcheck-claim.md");
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Harlow County Council",
            "Harlow County Council (2)",
            "Harlow County Council (3)",
            "Harlow County Council (4)",
            "Harlow Ferries Ltd",
            "Coastal Transport Institute",
        ]
    );
    let n = note(&e, "Harlow County Council (2)");
    assert_eq!(n.title.as_deref(), Some("Budget Book 2024–25"));
    assert_eq!(n.date.as_deref(), Some("February 2024"));
    assert_eq!(n.urls, ["https://harlow.example.org/budget/2024-25.pdf"]);
    let n = note(&e, "Harlow County Council (3)");
    assert_eq!(
        n.title.as_deref(),
        Some("Officer's report: Ferry services review")
    );
    let n = note(&e, "Harlow Ferries Ltd");
    assert_eq!(n.title, None);
    assert_eq!(n.date.as_deref(), Some("29 May 2025"));
    // The list's links are the entries'; the same addresses in the text are no note's.
    let in_list: Vec<Option<&str>> = e
        .links
        .iter()
        .filter(|l| l.line >= 53)
        .map(|l| l.footnote.as_deref())
        .collect();
    assert_eq!(in_list.len(), 5);
    assert!(in_list.iter().all(Option::is_some));
    assert!(e
        .links
        .iter()
        .filter(|l| l.line < 53)
        .all(|l| l.footnote.is_none()));
}

/// A title in quotation marks after its maker (`author of "Knots and Tides"`) or after a
/// work `called` so is no quotation; words in lower case there, or `called` after a
/// person, still are.
#[test]
fn a_title_after_author_of_is_no_quotation() {
    for text in [
        "Guest: Walter Penrose, former net maker and author of \"Knots and Tides\".",
        "She is the director of \"Salt Roads: A Harbour Year\" and lives in Truro.",
        "He wrote a book called \"Knots and Tides\" about the loft.",
        "The co-author of “The Last Net Loft” spoke first.",
    ] {
        let e = extract_as(DocKind::Text, text);
        assert!(e.quotes.is_empty(), "{text}: {:#?}", e.quotes);
    }
    for (text, words) in [
        (
            "Penrose, the author of \"we will never give the loft up\", spoke first.",
            "we will never give the loft up",
        ),
        (
            "It was what he called \"The Worst Budget In Living Memory\" at the meeting.",
            "The Worst Budget In Living Memory",
        ),
    ] {
        let e = extract_as(DocKind::Text, text);
        assert_eq!(texts(&e), [words], "{text}");
    }
    let e = extract_fixture("fixtures/articles/interview-transcript.txt");
    assert!(
        !e.quotes.iter().any(|q| q.text.contains("Knots and Tides")),
        "{:#?}",
        e.quotes
    );
}

/// An italic journal abbreviation keeps its last stop (`*IEEE Sens. J.*`), as the plain
/// reading keeps `IEEE Trans. Environ. Sens.`'s; a name that is no abbreviation loses the
/// stop after it.
#[test]
fn an_italic_journal_abbreviation_keeps_its_last_stop() {
    for (text, want) in [
        (
            "O. Lindqvist, \"A sub-milliwatt LoRa front end,\" *IEEE Sens. J.*, vol. 21, no. 3, \
             pp. 3010–3018, Feb. 2021.",
            "IEEE Sens. J.",
        ),
        (
            "A. Bee, \"Title one here,\" *Nat. Freshw. Sci.*, vol. 2, pp. 1–9, 2020.",
            "Nat. Freshw. Sci.",
        ),
        (
            "P. Corke, \"Environmental wireless sensor networks,\" *Proc. IEEE*, vol. 98, \
             pp. 1903–1917, Nov. 2010.",
            "Proc. IEEE",
        ),
        (
            "A. Bee, \"Title one here,\" *Computer Networks.*, vol. 2, pp. 1–9, 2020.",
            "Computer Networks",
        ),
    ] {
        let e = one_footnote(text);
        assert_eq!(e.footnotes[0].publisher.as_deref(), Some(want), "{text}");
    }
    let e = extract_fixture("fixtures/articles/ieee-preprint.md");
    assert_eq!(note(&e, "10").publisher.as_deref(), Some("IEEE Sens. J."));
}
