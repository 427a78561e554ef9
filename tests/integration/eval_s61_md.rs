//! The sixty-first session's held-out evaluation of Markdown and plain-text articles: a
//! newsletter's GFM notes, a think tank's APA references, a press release's notes to editors
//! and contacts, a legal memo's `Id.` and `supra`, a README's badges and reference links.

use citecheck::model::{Attribution, DocKind, LinkKind, QuoteKind};

use crate::support::{cites, extract_as, extract_fixture, note, one_footnote, only_note, quote};

/// The kind of a document (`statistical release`) or a series' number (`Research Report 12`)
/// was read as who published it.
#[test]
fn a_documents_kind_or_series_number_is_no_publisher() {
    for (text, publisher) in [
        (
            "Office for National Statistics, \"Labour market overview, UK: May 2024,\" \
             statistical release, 14 May 2024, https://example.org/ons.",
            None,
        ),
        (
            "Department for Education, \"Schools, pupils and their characteristics,\" \
             statistical release, June 2024.",
            None,
        ),
        (
            "Office for National Statistics, *Labour market overview, UK: May 2024*, \
             statistical release (London: ONS, 2024).",
            Some("ONS"),
        ),
        (
            "Institute for Fiscal Design, \"Matched grants and export survival,\" Research \
             Report 12, 2022.",
            None,
        ),
        (
            "Mark Ellory, \"Export survival,\" Research Report 12, Institute for Fiscal \
             Design, 2022.",
            Some("Institute for Fiscal Design"),
        ),
        (
            "Pereira-Grant, L. (2022). Matched grants and export survival. Research Report \
             12. Institute for Fiscal Design.",
            Some("Institute for Fiscal Design"),
        ),
        (
            "Tam Okoro, \"Ports and pay,\" Working Paper No. 7, Harbour Institute, 2021.",
            Some("Harbour Institute"),
        ),
    ] {
        let e = one_footnote(text);
        assert_eq!(only_note(&e).publisher.as_deref(), publisher, "{text}");
    }
    // A series with a name of its own still publishes.
    let e = one_footnote("Ann Lee, \"Wages,\" NBER Working Paper No. 31207, 2023.");
    assert_eq!(
        only_note(&e).publisher.as_deref(),
        Some("NBER Working Paper")
    );
}

/// A company's filing at a register (`Companies House filing`) was read whole as the
/// publisher: the register keeps and publishes it.
#[test]
fn a_registers_filing_is_published_by_the_register() {
    for text in [
        "Eastmoor Water Ltd, \"Annual Report and Accounts 2023,\" Companies House filing, 30 \
         September 2024.",
        "Eastmoor Water Ltd, *Annual Report and Accounts 2023* (Companies House filing, 2024).",
        "\"Eastmoor Water Ltd: full accounts made up to 31 March 2023,\" Companies House \
         filing, https://example.org/ch.",
    ] {
        let e = one_footnote(text);
        assert_eq!(
            only_note(&e).publisher.as_deref(),
            Some("Companies House"),
            "{text}"
        );
    }
}

/// Chicago's author–date entry by a group or a body (`R Core Team. 2023. Title. Place:
/// Publisher.`) had no author, title or publisher: only a personal name inverted
/// (`Okafor, Chidi. 2021.`) was read.
#[test]
fn a_group_author_opens_a_chicago_author_date_entry() {
    for (text, author, title, publisher) in [
        (
            "R Core Team. 2023. R: A Language and Environment for Statistical Computing. \
             Vienna: R Foundation for Statistical Computing.",
            "R Core Team",
            "R: A Language and Environment for Statistical Computing",
            "R Foundation for Statistical Computing",
        ),
        (
            "World Health Organization. 2020. Trade in Medical Goods. Geneva: World Health \
             Organization.",
            "World Health Organization",
            "Trade in Medical Goods",
            "World Health Organization",
        ),
        (
            "Harlow County Council. 2025. Ferry Services Consultation. Harlow: Harlow County \
             Council.",
            "Harlow County Council",
            "Ferry Services Consultation",
            "Harlow County Council",
        ),
    ] {
        let e = one_footnote(text);
        let n = only_note(&e);
        assert_eq!(n.authors, [author], "{text}");
        assert_eq!(n.title.as_deref(), Some(title), "{text}");
        assert_eq!(n.publisher.as_deref(), Some(publisher), "{text}");
        assert_eq!(n.date.as_deref(), Some(text.split(". ").nth(1).unwrap()));
    }
    // APA's group authors were already read; they stay so.
    let e = one_footnote(
        "R Core Team. (2023). *R: A language and environment for statistical computing*. R \
         Foundation for Statistical Computing. https://example.org/r",
    );
    assert_eq!(only_note(&e).authors, ["R Core Team"]);
}

/// A note that only thanks someone cites no work: a year it names is when the help was
/// given, no date of a source. When it names an exchange with them (a conversation, an
/// email), that is a personal communication, and its date is the note's.
#[test]
fn an_acknowledgements_date_is_kept_only_for_an_exchange() {
    for text in [
        "I am grateful to Ruth Ambrose for reading a draft of this chapter in 2020.",
        "My thanks to Jo Penrose, Harlow Gazette, for sharing the 1987 cuttings.",
        "I am grateful to the Penhallow Trust for a grant in 2019 that made this research \
         possible.",
        "I\u{2019}m grateful to the Penhallow Trust for a grant in 2019.",
    ] {
        let e = one_footnote(text);
        let n = only_note(&e);
        assert_eq!(n.date, None, "{text}");
        assert!(n.title.is_none() && n.authors.is_empty() && n.publisher.is_none());
    }
    for (text, date) in [
        (
            "I thank the archivists at the Penhallow Record Office for their help, 12 March \
             2021 conversation.",
            "12 March 2021",
        ),
        (
            "I'm grateful to the records team, who were patient with my follow-up questions; \
             email correspondence, 9 May 2025.",
            "9 May 2025",
        ),
        (
            "I am grateful to Ms Okonjo of the planning team for discussing this point with me \
             on 2 September 2025.",
            "2 September 2025",
        ),
    ] {
        let e = one_footnote(text);
        assert_eq!(only_note(&e).date.as_deref(), Some(date), "{text}");
    }
}

/// A press release's numbered `MEDIA CONTACTS` after its notes to editors were read as
/// notes `1` and `2` again (each "never referenced"), and the press office's address was
/// taken for the first note's.
#[test]
fn a_press_releases_contacts_are_no_notes() {
    for heading in [
        "MEDIA CONTACTS",
        "Press enquiries:",
        "For further information",
    ] {
        let text = format!(
            "Eastmoor Water publishes review\n\nThe review found \"a failure of inspection\" \
             [1]. The regulator will \"consider the findings\" [2].\n\nENDS\n\nNOTES\n\n1. \
             The Independent Review, January 2025. https://example.org/review\n\n2. Water \
             Standards Authority, statement, 4 February 2025.\n\n{heading}\n\n1. Sunita Rawal, Head of \
             Communications\n   press@eastmoorwater.example\n\n2. Out of hours press \
             office\n   01632 960 119\n"
        );
        let e = extract_as(DocKind::Text, &text);
        assert_eq!(e.footnotes.len(), 2, "{heading}: {:#?}", e.footnotes);
        assert!(e.warnings.is_empty(), "{heading}: {:?}", e.warnings);
        let mail = e
            .links
            .iter()
            .find(|l| l.kind == LinkKind::Email)
            .expect("the press office's address");
        assert_eq!(mail.footnote, None, "{heading}");
    }
}

/// Notes to editors under a heading in capitals (`NOTES TO EDITORS`) are background the
/// release need not cite, as under `Notes to editors`: none is warned about.
#[test]
fn notes_to_editors_in_capitals_need_no_citing() {
    let text = "Trust opens new reserve\n\nThe reserve \"will be open all year\" [1].\n\n\
                ENDS\n\nNOTES TO EDITORS\n\n1. Harlow Trust, statement, 4 February 2025. \
                https://example.org/trust\n\n2. The Harlow Trust is a registered charity.\n";
    let e = extract_as(DocKind::Text, text);
    assert_eq!(e.footnotes.len(), 2);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// The newsletter (`fixtures/articles/newsletter-footnotes.md`): GFM notes, a pull quote,
/// a table's quoted cell, reference-style links, an acknowledgement note.
#[test]
fn the_newsletter_fixture() {
    let e = extract_fixture("fixtures/articles/newsletter-footnotes.md");
    assert_eq!(e.footnotes.len(), 6);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(
        cites(&e, "a modest rationalisation"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "early-morning demand"),
        [(Some("3"), Attribution::MarkerInSentence)]
    );
    assert_eq!(
        cites(&e, "treated a river"),
        [(Some("6"), Attribution::MarkerAfter)]
    );
    // The skipper's words, spoken to the writer, cite nothing.
    assert_eq!(
        quote(&e, "If you cut the first boat").kind,
        QuoteKind::Block
    );
    assert!(quote(&e, "If you cut the first boat").citations.is_empty());
    assert!(quote(&e, "Forty-one of us").citations.is_empty());
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Dennis Aberlow"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Ferry Services Review: Officer's Report")
    );
    assert_eq!(n.date.as_deref(), Some("11 March 2025"));
    let n = note(&e, "4");
    assert_eq!(n.date.as_deref(), Some("9 May 2025"));
    assert!(n.title.is_none() && n.authors.is_empty() && n.publisher.is_none());
    let n = note(&e, "5");
    assert_eq!(n.title.as_deref(), Some("Ferry Stops — For Now"));
    assert_eq!(n.publisher.as_deref(), Some("Harlow Gazette"));
    let n = note(&e, "6");
    assert_eq!(n.authors, ["Annabel Storr"]);
    assert_eq!(n.publisher.as_deref(), Some("Gull Press"));
    assert_eq!(n.date.as_deref(), Some("2003"));
    let refs = e
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Reference)
        .count();
    assert_eq!(refs, 2);
}

/// The think tank's explainer (`fixtures/articles/thinktank-apa.md`): author–date citations
/// with pages, an APA list with group authors, a series' number and a statistical release.
#[test]
fn the_think_tank_fixture() {
    let e = extract_fixture("fixtures/articles/thinktank-apa.md");
    assert_eq!(e.footnotes.len(), 7);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(
        cites(&e, "export cliff"),
        [(Some("Okafor 2021"), Attribution::MarkerBefore)]
    );
    assert_eq!(
        cites(&e, "Small exporters do not"),
        [(Some("Haverford & Osei 2022"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "firms with fewer than 50"),
        [(
            Some("Department for Business and Trade 2023"),
            Attribution::MarkerAfter
        )]
    );
    let n = note(&e, "R Core Team 2023");
    assert_eq!(n.authors, ["R Core Team"]);
    assert_eq!(
        n.publisher.as_deref(),
        Some("R Foundation for Statistical Computing")
    );
    assert_eq!(
        note(&e, "World Health Organization 2020").authors,
        ["World Health Organization"]
    );
    let n = note(&e, "Pereira-Grant 2022");
    assert_eq!(n.publisher.as_deref(), Some("Institute for Fiscal Design"));
    let n = note(&e, "Department for Business and Trade 2023");
    assert_eq!(n.authors, ["Department for Business and Trade"]);
    assert_eq!(n.publisher, None);
}

/// The press release (`fixtures/articles/press-release-editors.txt`): bracketed markers,
/// `NOTES TO EDITORS` in capitals, then numbered `MEDIA CONTACTS`.
#[test]
fn the_press_release_fixture() {
    let e = extract_fixture("fixtures/articles/press-release-editors.txt");
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4", "5"]);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(
        cites(&e, "a failure of inspection"),
        [(Some("1"), Attribution::MarkerInSentence)]
    );
    assert_eq!(
        cites(&e, "consider the review"),
        [(Some("2"), Attribution::MarkerInSentence)]
    );
    assert!(quote(&e, "We let our customers down").citations.is_empty());
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Water Standards Authority"]);
    assert_eq!(n.date.as_deref(), Some("4 February 2025"));
    assert!(e
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Email)
        .all(|l| l.footnote.is_none()));
}

/// The legal memo (`fixtures/articles/legal-memo-supra.md`): `Id.` and `supra note` short
/// forms, cases in italics, a thanks for a discussion.
#[test]
fn the_legal_memo_fixture() {
    let e = extract_fixture("fixtures/articles/legal-memo-supra.md");
    assert_eq!(e.footnotes.len(), 11);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(
        cites(&e, "necessity is measured"),
        [(Some("5"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "wholly consumed"),
        [(Some("8"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "will normally require"),
        [(Some("10"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        note(&e, "3").title.as_deref(),
        Some("Treloar v Wexcombe BC")
    );
    let n = note(&e, "10");
    assert_eq!(n.authors, ["Wexcombe Borough Council"]);
    assert_eq!(n.title.as_deref(), Some("Guidance Note 7: Energy on Farms"));
    assert_eq!(note(&e, "11").date.as_deref(), Some("2 September 2025"));
}

/// The README (`fixtures/articles/readme-badges.md`): badges (an image inside a link), a
/// GitHub alert, code, reference links, a citation paragraph.
#[test]
fn the_readme_fixture() {
    let e = extract_fixture("fixtures/articles/readme-badges.md");
    assert!(e.footnotes.is_empty());
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let images = e.links.iter().filter(|l| l.kind == LinkKind::Image).count();
    assert_eq!(images, 3);
    assert_eq!(
        crate::support::urls_of(&e, "I have spent more evenings"),
        ["https://forum.marwick.example/t/shoreline-watch-tools/318"]
    );
    assert_eq!(
        crate::support::urls_of(&e, "a fixed-width file"),
        ["https://marwick.example/talks/2022-odum-gauges"]
    );
    // Words in code (`"auto"`) are no quotations.
    assert!(e.quotes.iter().all(|q| q.text != "auto"));
}

/// Regression (review of this session): the acknowledgement rule cleared the date of notes
/// that cite: `Thanks to` meaning "because of", an acknowledgement naming the work it
/// thanks for, and one whose thanks are for answers (an exchange).
#[test]
fn an_acknowledgement_citing_a_work_keeps_its_date() {
    for text in [
        "Thanks to the 2010 reform, the share rose; see ONS, Labour Market Review, 2012.",
        "I am grateful to J. Smith for pointing me to her article, \"Tides of the Estuary\", \
         Coastal Review 12 (2019).",
        "Thanks to the staff of the Marwick Observatory, who answered my questions in 2019 \
         and 2020.",
        "I thank Ruth Ambrose for the report at https://example.org/report, 4 May 2021.",
    ] {
        let e = one_footnote(text);
        assert!(only_note(&e).date.is_some(), "{text}");
    }
}

/// Regression (review of this session): a person's name then a year as a sentence (`George
/// Orwell. 1984.`) with a year closing the entry too was read as a group author's dated
/// entry, the imprint taken for the title.
#[test]
fn a_title_that_is_a_year_after_a_name_is_no_group_entry() {
    let e = one_footnote("George Orwell. 1984. London: Secker & Warburg, 1949.");
    let n = only_note(&e);
    assert_ne!(
        n.title.as_deref(),
        Some("London: Secker & Warburg, 1949"),
        "{n:?}"
    );
    assert_ne!(n.title.as_deref(), Some("London"), "{n:?}");
}
