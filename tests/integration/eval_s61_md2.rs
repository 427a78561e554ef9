//! The rest of the sixty-first session's held-out evaluation of Markdown and plain-text
//! articles: a person's spoken words tied to a document linked in the next paragraph, a
//! note's date taken from its prose, note titles written in other orders, an author–date
//! citation taken from another clause than the quotation's, and a range of years in a report
//! of 2,000 notes read as markers.

use citecheck::model::{Attribution, DocKind};

use crate::support::{extract_as, extract_fixture, one_footnote, only_note, quote, url_ties};

/// Regression: a councillor's words to the press (`said residents would judge the company
/// "…"`) were tied to the review the next paragraph says can be read at a URL
/// (`following`), though they are not in it: `check` would fetch the review and report her
/// words missing. A quotation its own sentence gives to a named person saying it takes no
/// such document as its source, unless it names the document as where it was said (`said
/// in a statement`); a document's own words (`It says that "…"`, `the report said`) and a
/// person's written words still do.
#[test]
fn a_persons_spoken_words_are_not_from_the_document_linked_after_them() {
    let url = "https://example.org/collard-review";
    for said in [
        "Councillor Ruth Ambrose, leader of the council, welcomed the report but said \
         residents would judge the company \"on what it does, not what it publishes.\"",
        "Residents would judge the company \"on what it does, not what it publishes,\" said \
         Councillor Ruth Ambrose.",
        "Councillor Ruth Ambrose said residents would judge the company \"on what it does, not \
         what it publishes.\"",
        "According to Dr Ruth Ambrose, residents would judge the company \"on what it does, \
         not what it publishes.\"",
    ] {
        for sep in ["\n\n", " "] {
            let text = format!("{said}{sep}The full review is available at {url}\n\nENDS\n");
            let e = extract_as(DocKind::Text, &text);
            assert_eq!(url_ties(&e, "on what it does"), vec![], "{text}");
        }
    }
    // The document the quotation's sentence names as where it was said, the document's own
    // words, a person's written words.
    for said in [
        "Councillor Ruth Ambrose said in a statement that residents would judge the company \
         \"on what it does, not what it publishes.\"",
        "The review says residents will judge the company \"on what it does, not what it \
         publishes.\"",
        "It says that residents will judge the company \"on what it does, not what it \
         publishes.\"",
        "Dr Helena Partridge wrote that residents will judge the company \"on what it does, \
         not what it publishes.\"",
    ] {
        let doc = if said.contains("statement") {
            "statement"
        } else {
            "review"
        };
        let text = format!("{said}\n\nThe full {doc} is available at {url}\n\nENDS\n");
        let e = extract_as(DocKind::Text, &text);
        assert_eq!(
            url_ties(&e, "on what it does"),
            vec![(Some(url.to_string()), Attribution::Following)],
            "{text}"
        );
    }
    // The press release itself: Councillor Ambrose's words stay uncited.
    let e = extract_fixture("fixtures/articles/press-release-editors.txt");
    assert_eq!(url_ties(&e, "on what it does"), vec![]);
}

/// Regression: a press release's note took `1961` from its prose (`was built in 1961`) as
/// its date, though it then says when the work it cites was published (`published 12 June
/// 2024`). A date introduced by `published`, `released` or `issued` wins over a year of the
/// prose before it; a year that is the work's (`Penguin, 2003`, `first published in 1851`)
/// still comes first.
#[test]
fn a_published_date_wins_over_a_year_of_the_notes_prose() {
    for (text, date) in [
        (
            "Collard Reservoir holds about 2.1 million cubic metres and was built in 1961. \
             Inspection data are from the Environment Directorate's statistical release, \
             Reservoir Safety 2023, published 12 June 2024.",
            "12 June 2024",
        ),
        (
            "The pier has stood empty since 1998. Figures from the council's survey, released \
             on 3 May 2023.",
            "3 May 2023",
        ),
        (
            "The line was closed in 1964. Timetable from the operator's notice, issued 14 \
             March 2022.",
            "14 March 2022",
        ),
        (
            "Herman Melville, Moby-Dick (London: Penguin, 2003; first published in 1851).",
            "2003",
        ),
        (
            "The mill was built in 1820. See Ann Lee, Mills (London: Dale, 2001).",
            "1820",
        ),
    ] {
        let e = one_footnote(text);
        assert_eq!(only_note(&e).date.as_deref(), Some(date), "{text}");
    }
}

/// Regression: three notes' titles were not found: a document's title first and then the
/// person who wrote it (`The Independent Review of …, Dr Helena Partridge, January 2025`),
/// a body's document with its date in brackets (`Pellow Farm Solar Ltd, Planning Statement
/// (July 2025), para. 4.3`), and a statute cited again with `supra` (`Rural Development Act
/// 2019, supra note 1, s. 12(1)`).
#[test]
fn titles_of_notes_in_other_orders_are_found() {
    for (text, title, authors, date) in [
        (
            "The Independent Review of the Collard Reservoir Leak, Dr Helena Partridge, \
             January 2025, pp. 3 and 41. https://example.org/collard-review",
            Some("The Independent Review of the Collard Reservoir Leak"),
            vec!["Helena Partridge"],
            Some("January 2025"),
        ),
        (
            "The Review of Harbour Dredging, J. K. Amadi, 2021.",
            Some("The Review of Harbour Dredging"),
            vec!["J. K. Amadi"],
            Some("2021"),
        ),
        (
            "Pellow Farm Solar Ltd, Planning Statement (July 2025), para. 4.3, \
             https://example.org/planning/statement.pdf.",
            Some("Planning Statement"),
            vec!["Pellow Farm Solar Ltd"],
            Some("July 2025"),
        ),
        (
            "Rural Development Act 2019, *supra* note 1, s. 12(1).",
            Some("Rural Development Act 2019"),
            vec![],
            None,
        ),
        (
            "Rural Development Act 2019, supra note 1, s. 12(1).",
            Some("Rural Development Act 2019"),
            vec![],
            None,
        ),
        // Not a body after the title (no person's shape), nor a case's short name.
        (
            "The Review of Harbour Dredging, Harbour Board, 2021.",
            None,
            vec![],
            Some("2021"),
        ),
        ("Treloar, *supra* note 3, at [34].", None, vec![], None),
    ] {
        let e = one_footnote(text);
        let n = only_note(&e);
        assert_eq!(n.title.as_deref(), title, "{text}");
        assert_eq!(n.authors, authors, "{text}");
        assert_eq!(n.date.as_deref(), date, "{text}");
    }
}

/// Regression: `"one-buyer trap" — though, as Okafor (2021) notes, "trap" overstates …`
/// cited the first quotation to Okafor 2021, whose citation introduces the second, in a
/// clause of its own. A narrative author–date citation after a quotation, introducing a
/// later quotation of the sentence, is that one's; one closing the sentence after the
/// quotation (`"…", as Okafor (2021) notes.`) is still the quotation's.
#[test]
fn an_author_date_citation_introducing_a_later_quotation_is_not_the_earlier_ones() {
    let refs = "\n\n## References\n\nOkafor, C. (2021). The export cliff. Centre for Regional \
                Trade Studies. https://example.org/wp31\n";
    let md = format!(
        "# Exporters\n\nThis is sometimes called the \"one-buyer trap\" — though, as Okafor \
         (2021) notes, \"trap\" overstates how far firms are aware of the risk.{refs}"
    );
    let e = extract_as(DocKind::Markdown, &md);
    assert_eq!(url_ties(&e, "one-buyer trap"), vec![], "{md}");
    assert_eq!(
        url_ties(&e, "trap"),
        vec![(
            Some("https://example.org/wp31".to_string()),
            Attribution::MarkerBefore
        )]
    );
    let md = format!(
        "# Exporters\n\nFirms face what is called \"the one-buyer trap of small exporters\", \
         as Okafor (2021) notes.{refs}"
    );
    let e = extract_as(DocKind::Markdown, &md);
    assert_eq!(
        url_ties(&e, "the one-buyer trap"),
        vec![(
            Some("https://example.org/wp31".to_string()),
            Attribution::MarkerInSentence
        )],
        "{md}"
    );
    let e = extract_fixture("fixtures/articles/thinktank-apa.md");
    assert_eq!(quote(&e, "one-buyer trap").citations, vec![]);
}

/// A plain-text report of `n` notes, ten claims a paragraph, claim `i` citing note `i` as
/// `[i]`, with `extra` added after claim `at`'s sentence; its notes under `Notes`.
fn report_of(n: usize, at: usize, extra: &str) -> String {
    let claims: Vec<String> = (1..=n)
        .map(|i| {
            let more = if i == at { extra } else { "" };
            format!("Claim number {i} rests on the evidence [{i}].{more}")
        })
        .collect();
    let body: Vec<String> = claims.chunks(10).map(|c| c.join(" ")).collect();
    let notes: Vec<String> = (1..=n)
        .map(|i| format!("{i}. Author {i}, Report title {i}, https://example.org/r/{i}"))
        .collect();
    format!(
        "Long report\n\n{}\n\nNotes\n\n{}\n",
        body.join("\n\n"),
        notes.join("\n")
    )
}

/// Regression: in a report of 2,100 notes, a range of years in brackets after a quotation
/// (`"…" (2019–2021)`, early in the report) was read as markers of notes 2019 to 2021. A
/// bracketed list whose numbers are all plausible years is a list of notes only where it
/// fits the run of markers around it; the report's own markers of those notes still count.
#[test]
fn a_range_of_years_far_from_the_run_of_markers_is_no_marker() {
    let quoted = " The review called it \"a decade of missed chances and repeated warnings\" \
                  (2019\u{2013}2021).";
    let e = extract_as(DocKind::Text, &report_of(2100, 412, quoted));
    assert_eq!(url_ties(&e, "a decade of missed"), vec![]);
    for label in ["2019", "2020", "2021"] {
        let n = e.footnotes.iter().find(|n| n.label == label).unwrap();
        assert_eq!(
            n.referenced_at.len(),
            1,
            "note {label}: {:?}",
            n.referenced_at
        );
    }
    // Where the run of markers has reached those numbers, the list is theirs.
    let e = extract_as(
        DocKind::Text,
        &report_of(
            2100,
            2018,
            " See also the earlier notes (2016\u{2013}2017).",
        ),
    );
    for label in ["2016", "2017"] {
        let n = e.footnotes.iter().find(|n| n.label == label).unwrap();
        assert_eq!(
            n.referenced_at.len(),
            2,
            "note {label}: {:?}",
            n.referenced_at
        );
    }
}
