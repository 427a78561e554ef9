//! The sixty-fifth session's held-out evaluation of Markdown and plain-text articles: an
//! Obsidian research note, a Notion page exported to Markdown, an Astro MDX post, a
//! wire-service story in plain text and a Project Gutenberg essay with bracketed notes.

use citecheck::model::{Attribution, DocKind, LinkKind, QuoteKind};

use crate::support::{
    cites, extract_as, extract_fixture, extract_markdown, extract_named, link_urls, note, quote,
    texts,
};

/// An Obsidian note: wikilinks and embeds are no links, a `> [!quote]` callout is a block
/// quotation without its title, `> [!note]-` and `> [!warning]` callouts are the writer's
/// own, and `The same report adds …:` over a block quotation takes the report cited before.
#[test]
fn obsidian_research_note() {
    let e = extract_fixture("fixtures/articles/obsidian-research-note.md");
    assert_eq!(
        link_urls(&e),
        [
            // The clipping's `source:` in the front matter.
            "https://peat.example.org/reports/bog-carbon-2022",
            "https://peat.example.org/data",
            "https://inventory.example.org/2023/lulucf#table-6-4",
            "https://peat.example.org/reports/bog-carbon-2022",
            "https://ipcc.example.org/wetlands-supplement",
        ]
    );
    let trust = note(&e, "trust");
    assert_eq!(
        trust.title.as_deref(),
        Some("Bog Carbon: Emissions from Drained and Rewetted Peatland")
    );
    assert_eq!(trust.authors, ["Upland Peat Trust"]);
    assert_eq!(trust.date.as_deref(), Some("2022"));
    let ipcc = note(&e, "ipcc");
    assert_eq!(ipcc.authors, ["Intergovernmental Panel on Climate Change"]);
    assert_eq!(ipcc.date.as_deref(), Some("2014"));
    assert_eq!(e.quotes.len(), 5, "{:#?}", texts(&e));
    let callout = quote(&e, "Rewetting a drained bog");
    assert_eq!(callout.kind, QuoteKind::Block);
    assert!(!callout.text.contains("[!"), "{:?}", callout.text);
    assert_eq!(
        cites(&e, "Our estimates for blanket bog"),
        [(Some("trust"), Attribution::Preceding)]
    );
    assert!(quote(&e, "nobody has measured").citations.is_empty());
    assert_eq!(
        cites(&e, "should be applied only"),
        [(Some("ipcc"), Attribution::MarkerAfter)]
    );
    assert!(!texts(&e).iter().any(|t| t.contains("eddy covariance")));
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// A Notion export: sibling pages' relative links (`Trial%20log%20a3f9….md`) are links,
/// the Sources table's URLs bare links, and the users' and reviewers' words uncited.
#[test]
fn notion_export() {
    let e = extract_fixture("fixtures/articles/notion-export.md");
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    let bare: Vec<&str> = e
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Bare)
        .map(|l| l.url.as_str())
        .collect();
    assert_eq!(bare.len(), 3, "{bare:?}");
    assert_eq!(e.quotes.len(), 5, "{:#?}", texts(&e));
    assert!(e.quotes.iter().all(|q| q.citations.is_empty()));
    assert_eq!(quote(&e, "None of the three").kind, QuoteKind::Block);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// An Astro MDX post: import lines, `<Tweet />` and a code block are no text; a
/// `<Callout type="quote">` box is a block quotation, an `info` one the writer's own.
#[test]
fn astro_blog_post() {
    let e = extract_fixture("fixtures/articles/astro-blog-post.mdx");
    assert_eq!(e.quotes.len(), 4, "{:#?}", texts(&e));
    assert_eq!(quote(&e, "Global mean sea level").kind, QuoteKind::Block);
    assert!(!texts(&e).iter().any(|t| t.contains("annual means")));
    assert_eq!(
        cites(&e, "a single gauge measures"),
        [(Some("archive"), Attribution::MarkerAfter)]
    );
    assert!(quote(&e, "vertical land motion").citations.is_empty());
    let archive = note(&e, "archive");
    assert_eq!(archive.title.as_deref(), Some("Guide to the Gauge Archive"));
    assert_eq!(archive.authors, ["Permanent Service for Tide Records"]);
    assert_eq!(archive.date.as_deref(), Some("2021"));
    let survey = note(&e, "survey");
    assert_eq!(survey.title.as_deref(), Some("Summary for Policymakers"));
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// A wire story: every `said` quotation is the speaker's, tied to neither the report's
/// address at the end nor the `Related:` link; the report's quoted title is no quotation.
#[test]
fn wire_service_story() {
    let e = extract_fixture("fixtures/articles/wire-service-story.txt");
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    assert_eq!(e.links.len(), 2, "{:#?}", link_urls(&e));
    assert_eq!(e.quotes.len(), 10, "{:#?}", texts(&e));
    assert!(
        e.quotes.iter().all(|q| q.citations.is_empty()),
        "{:#?}",
        e.quotes
    );
    assert!(!texts(&e).iter().any(|t| t.starts_with("Storm Overflow")));
    assert!(quote(&e, "looking closely").short);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// A Project Gutenberg essay: `[Footnote 1: …]` paragraphs are the notes its `[1]` markers
/// cite, read without their brackets, their `_italic_` titles as titles.
#[test]
fn gutenberg_essay() {
    let e = extract_fixture("fixtures/articles/gutenberg-essay.txt");
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert!(e.uncited_markers.is_empty(), "{:?}", e.uncited_markers);
    assert_eq!(e.footnotes.len(), 3, "{:#?}", e.footnotes);
    let cobbett = note(&e, "1");
    assert_eq!(cobbett.title.as_deref(), Some("Cottage Economy"));
    assert_eq!(cobbett.authors, ["William Cobbett"]);
    assert_eq!(cobbett.publisher.as_deref(), Some("C. Clement"));
    assert_eq!(cobbett.date.as_deref(), Some("1822"));
    assert!(!cobbett.text.ends_with(']'), "{:?}", cobbett.text);
    let board = note(&e, "2");
    assert_eq!(
        board.title.as_deref(),
        Some("General View of the Agriculture of the County of Hereford")
    );
    assert_eq!(board.publisher.as_deref(), Some("Board of Agriculture"));
    let hooper = note(&e, "3");
    assert_eq!(hooper.title.as_deref(), Some("Hedges and Local History"));
    assert_eq!(hooper.authors, ["M. D. Hooper"]);
    assert_eq!(hooper.date.as_deref(), Some("1971"));
    assert_eq!(
        cites(&e, "worth more to a parish"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "are not fences"),
        [(Some("3"), Attribution::MarkerAfter)]
    );
    assert!(quote(&e, "a hedge is laid once").citations.is_empty());
}

/// A bracketed note needs its word, its label and colon, and its closing bracket ending
/// the paragraph: `[Footnote A: …]` and `[Note 2: …]` are notes; a bracketed aside is not.
#[test]
fn bracketed_notes_in_plain_text() {
    let e = extract_as(
        DocKind::Text,
        "The old rule held.[A] So did the new one.[2]\n\n[Footnote A: Jane Roe, _Old \
         Rules_ (London: Verso, 1901), p. 3.]\n\n[Note 2: Ann Lind, _New Rules_ (Oxford: \
         Clarendon Press, 1950).]\n\n[Transcriber: the 1901 text is kept.]\n",
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["A", "2"], "{:#?}", e.footnotes);
    assert_eq!(note(&e, "A").title.as_deref(), Some("Old Rules"));
    assert_eq!(note(&e, "2").publisher.as_deref(), Some("Clarendon Press"));
}

/// `The same report adds:`, `Another passage from the same guidelines:` over a block
/// quotation take the one citation of the quotation before; not when a report of someone
/// else's is named between.
#[test]
fn a_lead_in_naming_the_same_work_takes_its_citation() {
    const BLOCK: &str = "> Where a sample cannot be taken, the operator must record the \
                         reason and take the sample within seven days.\n\n";
    const NOTE: &str = "[^1]: Environment Agency, *Outfall Sampling Guidelines and Report* \
                        (2021), https://ea.example.org/report.\n";
    for (between, lead, tied) in [
        ("", "The same report adds:", true),
        ("", "Another passage from the same guidelines:", true),
        (
            " Critics produced a report of their own.",
            "The same report adds:",
            false,
        ),
        ("", "The minister adds:", false),
    ] {
        let e = extract_markdown(&format!(
            "The agency's report says that \"samples must be taken monthly at every \
             outfall\".[^1]{between}\n\n{lead}\n\n{BLOCK}{NOTE}"
        ));
        let want = if tied {
            vec![(Some("1"), Attribution::Preceding)]
        } else {
            vec![]
        };
        assert_eq!(cites(&e, "Where a sample"), want, "{lead} {between}");
    }
}

/// A block quotation repeating the article's own words is furniture even when a kramdown
/// attribute list (`{: .pullquote}`) closes it as a lazy line; a quotation after a colon
/// with one stays a quotation.
#[test]
fn a_repeated_pull_quote_with_an_attribute_list() {
    let e = extract_markdown(
        "The engineer told the meeting that the river is not a drain, and never was one, \
         whatever the water companies have told their shareholders.\n\n> The river is not a \
         drain, and never was one, whatever the water companies have told their \
         shareholders.\n{: .pullquote}\n\nThe vote was unanimous.\n",
    );
    assert!(
        !e.quotes.iter().any(|q| q.kind == QuoteKind::Block),
        "{:#?}",
        e.quotes
    );
    let e = extract_markdown(
        "As one columnist put it:\n\n> The river is not a drain, and never was one, \
         whatever the water companies have told their shareholders.\n{: .pullquote}\n",
    );
    let block = quote(&e, "The river is not a drain");
    assert_eq!(block.kind, QuoteKind::Block);
    assert!(!block.text.contains('{'), "{:?}", block.text);
}

/// An MDX box whose kind prop names a quotation (`<Callout type="quote">`) is a block
/// quotation; one of another kind (`type="info"`) is not.
#[test]
fn a_callout_of_the_quote_type_is_a_quotation() {
    for (kind, quoted) in [("quote", true), ("info", false)] {
        let e = extract_named(
            "post.mdx",
            &format!(
                "Intro text.\n\n<Callout type=\"{kind}\" title=\"From the summary\">\n  Global \
                 mean sea level rose by about 20 cm between 1901 and 2018, and the rate has \
                 increased.\n</Callout>\n"
            ),
        );
        assert_eq!(
            e.quotes.iter().any(|q| q.kind == QuoteKind::Block),
            quoted,
            "{kind}: {:#?}",
            e.quotes
        );
    }
}

/// A locator after a bracketed date (`(2019 [2021]), Box 3.`) and a section or paragraph
/// sign (`§ 12`, `¶ 4`) are no publishers (checked, already right).
#[test]
fn locators_after_dates_are_no_publishers() {
    let e = extract_markdown(
        "A report.[^1] A law.[^2] A code.[^3]\n\n[^1]: Office for Statistics, *Household \
         Survey 2021* (2019 [2021]), Box 3.\n[^2]: Water Industry Act 1991, § 12, \
         https://law.example.org/wia.\n[^3]: Supreme Court, *Rules of Procedure* (2020), ¶ 4.\n",
    );
    for label in ["1", "2", "3"] {
        assert_eq!(note(&e, label).publisher, None, "{label}");
    }
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("Household Survey 2021")
    );
    assert_eq!(note(&e, "3").title.as_deref(), Some("Rules of Procedure"));
}
