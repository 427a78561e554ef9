//! The sixty-third session's held-out evaluation of Markdown and plain-text articles: a
//! Docusaurus page, podcast show notes with timestamps, a plain-text e-mail newsletter, a
//! Quarto report and a translated essay with guillemets and German quotation marks.

use citecheck::model::{Attribution, LinkKind, QuoteKind};

use crate::support::{
    cites, extract_fixture, extract_markdown, link_urls, note, one_footnote, only_note, quote,
    texts,
};

/// A Docusaurus page: imports, admonitions, tabs and code blocks give no links and no
/// quotations; its notes and quotations are read; an RFC's number is no publisher.
#[test]
fn docusaurus_page() {
    let e = extract_fixture("fixtures/articles/docusaurus-guide.mdx");
    let urls = link_urls(&e);
    assert!(
        !urls
            .iter()
            .any(|u| u.contains("docs.example.org") || u.contains("origin.example.org")),
        "{urls:?}"
    );
    assert!(!urls.iter().any(|u| u.contains("@theme")), "{urls:?}");
    let rfc = note(&e, "rfc");
    assert_eq!(rfc.title.as_deref(), Some("HTTP Caching"));
    assert_eq!(rfc.authors, ["R. Fielding", "M. Nottingham", "J. Reschke"]);
    assert_eq!(
        rfc.publisher.as_deref(),
        Some("Internet Engineering Task Force")
    );
    assert_eq!(rfc.date.as_deref(), Some("June 2022"));
    assert_eq!(rfc.referenced_at.len(), 2);
    let fl = note(&e, "fastline");
    assert_eq!(fl.authors, ["Priya Raman", "Tom Ellery"]);
    assert_eq!(fl.publisher.as_deref(), Some("Fastline Engineering Blog"));
    assert_eq!(fl.date.as_deref(), Some("14 March 2022"));
    assert_eq!(e.quotes.len(), 3, "{:#?}", texts(&e));
    assert_eq!(
        cites(&e, "a cache MUST NOT"),
        [(Some("rfc"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "fewer than one in fifty"),
        [(Some("fastline"), Attribution::MarkerAfter)]
    );
    let q = quote(&e, "heuristic freshness");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://blog.example.org/2023/cdn-defaults")
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// A standard's number in its series (`RFC 9111`, `BCP 14`) is which document it is, not
/// who published it: the publisher after it was passed over.
#[test]
fn a_standards_number_is_no_publisher() {
    for (text, publisher) in [
        (
            "R. Fielding, \"HTTP Caching,\" RFC 9111, Internet Engineering Task Force, June 2022.",
            Some("Internet Engineering Task Force"),
        ),
        ("S. Bradner, \"Key words,\" BCP 14, March 1997.", None),
    ] {
        let e = one_footnote(text);
        assert_eq!(only_note(&e).publisher.as_deref(), publisher, "{text}");
    }
}

/// Podcast show notes: `[00:12:30]` and `(12:30)` timestamps are no note markers, and the
/// guests' words, linked to nothing, stay uncited.
#[test]
fn podcast_show_notes() {
    let e = extract_fixture("fixtures/articles/podcast-show-notes.md");
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    assert!(e.uncited_markers.is_empty(), "{:?}", e.uncited_markers);
    assert_eq!(e.quotes.len(), 5, "{:#?}", texts(&e));
    assert!(e.quotes.iter().all(|q| q.citations.is_empty()));
    assert_eq!(
        quote(&e, "It tried to put the river").kind,
        QuoteKind::Block
    );
    assert!(e.links.iter().any(
        |l| l.kind == LinkKind::Autolink && l.url == "https://photos.example.org/pryce/landing"
    ));
    assert!(e.links.iter().any(|l| l.kind == LinkKind::Email));
}

/// A plain-text newsletter: its `Links:` list gives the notes; `The same study warned that
/// “…”` takes up the trial cited in the paragraph before; the indented passage is the
/// guide's; the `>` reply stays uncited.
#[test]
fn email_newsletter() {
    let e = extract_fixture("fixtures/articles/email-newsletter.txt");
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"]);
    assert_eq!(
        note(&e, "3").urls,
        ["https://extension.example.org/guides/soil-moisture-sensors"]
    );
    assert_eq!(note(&e, "3").referenced_at.len(), 2);
    assert_eq!(
        cites(&e, "cover crops raised"),
        [(Some("1"), Attribution::Preceding)]
    );
    assert_eq!(
        cites(&e, "short trials will keep"),
        [(Some("1"), Attribution::Preceding)]
    );
    let block = quote(&e, "Buy the probe");
    assert_eq!(block.kind, QuoteKind::Block);
    assert_eq!(block.citations[0].footnote.as_deref(), Some("3"));
    assert!(quote(&e, "I think you were too kind").citations.is_empty());
}

/// `The same study` (report, trial, …) names again the work the sentence before cites,
/// whatever word that sentence used for it; not `the same farmer`, nor after a sentence
/// naming no work.
#[test]
fn the_same_study_takes_up_the_work_cited_before() {
    let cited = |text: &str| {
        let e = extract_markdown(text);
        !quote(&e, "short trials").citations.is_empty()
    };
    for (text, want) in [
        (
            "A [trial at the farm](https://example.org/trial) has published its results. \
             The same study warned that \"short trials will keep underestimating the \
             benefit\", which matters.\n",
            true,
        ),
        (
            "A ten-year trial at the farm[^1] has published its results. Yields rose.\n\n\
             The same report warned that \"short trials will keep underestimating the \
             benefit\".\n\n[^1]: Brackley Farm, \"Cover crops,\" 2024.\n",
            true,
        ),
        (
            "A [trial at the farm](https://example.org/trial) has published its results. \
             The same farmer warned that \"short trials will keep underestimating the \
             benefit\", which matters.\n",
            false,
        ),
        (
            "The council [voted](https://example.org/v) on Monday. The same study warned \
             that \"short trials will keep underestimating the benefit\", which matters.\n",
            false,
        ),
    ] {
        assert_eq!(cited(text), want, "{text}");
    }
}

/// A Quarto report: `@fig-canopy` and `@tbl-streets` are cross-references, no citations;
/// an inline note's address; a book cited `J. Smith. Title. Press, 2020.`; IEEE's `IEEE
/// Sens. J.` kept whole.
#[test]
fn quarto_report() {
    let e = extract_fixture("fixtures/articles/quarto-report.qmd");
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert!(e.uncited_markers.is_empty(), "{:?}", e.uncited_markers);
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["inline-1", "1", "2", "3", "4", "5"]);
    assert_eq!(
        note(&e, "inline-1").urls,
        ["https://maps.example.org/aerial/2023"]
    );
    let n1 = note(&e, "1");
    assert_eq!(
        n1.title.as_deref(),
        Some("Shade, Not Sweat: Street Trees and Afternoon Heat")
    );
    assert_eq!(n1.authors, ["Hannah Weller"]);
    let n2 = note(&e, "2");
    assert_eq!(n2.authors, ["J. Smith"]);
    assert_eq!(n2.title.as_deref(), Some("Title of the Book"));
    assert_eq!(n2.publisher.as_deref(), Some("Riverside Press"));
    assert_eq!(n2.date.as_deref(), Some("2020"));
    let n4 = note(&e, "4");
    assert_eq!(n4.authors, ["A. Fairbairn", "L. Oduya"]);
    assert_eq!(n4.publisher.as_deref(), Some("IEEE Sens. J."));
    assert_eq!(n4.date.as_deref(), Some("2021"));
    assert_eq!(note(&e, "5").title.as_deref(), Some("Title of the Book"));
    assert_eq!(e.quotes.len(), 2, "{:#?}", texts(&e));
    assert_eq!(
        cites(&e, "what matters is where"),
        [(Some("5"), Attribution::MarkerAfter)]
    );
}

/// One name initials first, as a sentence of its own, before a title and an imprint
/// (`J. Smith. Title of the Book. Riverside Press, 2020.`): the entry was not read.
#[test]
fn an_initialled_name_as_a_sentence_heads_a_plain_entry() {
    for (text, author) in [
        (
            "J. Smith. Title of the Book. Riverside Press, 2020.",
            "J. Smith",
        ),
        (
            "A. B. Okafor. Harbour Lights at Dusk. Tidewater Books, 2018.",
            "A. B. Okafor",
        ),
    ] {
        let e = one_footnote(text);
        let n = only_note(&e);
        assert_eq!(n.authors, [author], "{text}");
        assert!(
            n.title.as_deref().is_some_and(|t| !t.contains('.')),
            "{text}"
        );
        assert!(n.publisher.is_some(), "{text}");
    }
}

/// IEEE's journal abbreviation ending with `J.` (`IEEE Sens. J.`, `IEEE Internet Things
/// J.`) was cut before it, at `Sens`.
#[test]
fn an_abbreviated_journal_ending_with_j_is_kept_whole() {
    let e = one_footnote(
        "A. Fairbairn and L. Oduya, \"Radiation errors,\" IEEE Sens. J., vol. 21, no. 6, \
         pp. 7410–7418, 2021.",
    );
    assert_eq!(only_note(&e).publisher.as_deref(), Some("IEEE Sens. J."));
}

/// A block quotation credited by the sentence after it closing `…, as the guide itself put
/// it.[3]`: the marker there is its source. Not when that sentence quotes words of its own.
#[test]
fn as_it_put_it_after_a_block_credits_it() {
    let block = "The guide gives one piece of advice:\n\n> Buy the probe you will actually \
                 check. A cheap sensor read every morning beats an expensive one that \
                 nobody looks at.\n\n";
    let notes = "\n\n[^3]: Extension Service, \"Soil moisture sensors,\" 2020.\n";
    for (after, want) in [
        (
            "That advice has aged better than the hardware, as the guide itself put it.[^3]",
            true,
        ),
        (
            "The advice is blunt, as the report put it.[^3] Few follow it.",
            true,
        ),
        (
            "Growers are \"creatures of habit\", as the report put it.[^3]",
            false,
        ),
        (
            "Growers are creatures of habit, as the report put it, and few follow it.[^3]",
            false,
        ),
    ] {
        let e = extract_markdown(&format!("{block}{after}{notes}"));
        let q = quote(&e, "Buy the probe");
        assert_eq!(
            q.citations
                .iter()
                .any(|c| c.footnote.as_deref() == Some("3")
                    && c.attribution == Attribution::Following),
            want,
            "{after}"
        );
    }
}

/// A translated essay: guillemets, German and single curly marks each cited by the marker
/// after them; notes under `Anmerkungen`; an archive named in French sentence case is the
/// author; an exhibition catalogue is no publisher.
#[test]
fn translated_essay() {
    let e = extract_fixture("fixtures/articles/translated-essay.md");
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4", "5", "6"]);
    assert_eq!(
        cites(&e, "Nous avons trouvé"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "eine Wetterchronik"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
    assert_eq!(quote(&e, "Die Station stand").kind, QuoteKind::Block);
    assert_eq!(
        cites(&e, "a wonderful source"),
        [(Some("3"), Attribution::MarkerInSentence)]
    );
    assert_eq!(
        cites(&e, "Un registre n'est pas"),
        [(Some("4"), Attribution::MarkerAfter)]
    );
    assert!(quote(&e, "Rivière haute").citations.is_empty());
    // German single marks (`‚…‘`) are read; nothing cites these words.
    assert!(quote(&e, "mit den Augen gemessen").citations.is_empty());
    assert_eq!(note(&e, "2").publisher.as_deref(), Some("Randverlag"));
    let n5 = note(&e, "5");
    assert_eq!(n5.authors, ["Archives municipales de Saint-Aubin"]);
    assert_eq!(
        n5.title.as_deref(),
        Some("Registres des passeurs, 1921–1961")
    );
    let n6 = note(&e, "6");
    assert_eq!(n6.authors, ["Ayuntamiento de San Albín"]);
    assert_eq!(n6.publisher, None);
    assert_eq!(n6.date.as_deref(), Some("2024"));
}

/// The kind of work in brackets after a title (`(exhibition catalogue, 2024)`,
/// `(catálogo de la exposición, 2024)`) publishes nothing.
#[test]
fn an_exhibition_catalogue_is_no_publisher() {
    for text in [
        "Harbour Board, *Dredging Log* (exhibition catalogue, 2024).",
        "Ayuntamiento de San Albín, *Un archivo* (catálogo de la exposición, 2024).",
    ] {
        let e = one_footnote(text);
        let n = only_note(&e);
        assert_eq!(n.publisher, None, "{text}");
        assert_eq!(n.date.as_deref(), Some("2024"), "{text}");
    }
}

/// A body named in French sentence case before a quoted title (`Archives municipales de
/// Saint-Aubin, « … »`) is its author.
#[test]
fn a_body_named_in_french_sentence_case_is_the_author() {
    let e = one_footnote(
        "Archives municipales de Saint-Aubin, « Registres des passeurs », \
         https://archives.example.org/r.",
    );
    assert_eq!(
        only_note(&e).authors,
        ["Archives municipales de Saint-Aubin"]
    );
    // A lower-case phrase after a head word is no body (`Archives show that …`).
    let e = one_footnote("Archives show that the registers were kept, « Registres », 2020.");
    assert!(only_note(&e).authors.is_empty());
}

/// A sentence naming the work cited before (or its authors) again in a few words, then a
/// colon (`The authors are careful: “…”`), introduces its words as a verb of saying does.
/// Not someone else (`The mayor is firm:`), nor a word or two (`The authors are careful:
/// “noise”`).
#[test]
fn a_colon_after_the_work_named_again_introduces_its_words() {
    let cited = |lead: &str, words: &str| {
        let e = extract_markdown(&format!(
            "A ten-year trial at the research farm[^1] has published its results. {lead} \
             \"{words}\"\n\n[^1]: Brackley Farm, \"Cover crops,\" 2024.\n"
        ));
        !quote(&e, words).citations.is_empty()
    };
    let long = "cover crops raised infiltration in every year, but the yield effect was small";
    assert!(cited("The authors are careful:", long));
    assert!(cited("The farm's summary is blunt:", long));
    assert!(!cited("The mayor is firm:", long));
    assert!(!cited("The authors are careful:", "noise"));
}
