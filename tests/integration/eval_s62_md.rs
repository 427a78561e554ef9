//! The sixty-second session's held-out evaluation of Markdown and plain-text articles: a
//! Hugo post with front matter and shortcodes, an IEEE preprint, an interview transcript, a
//! fact check with an `Our sources` list, and a Harvard essay with a `Reference list`.

use citecheck::model::{Attribution, DocKind, LinkKind, QuoteKind};

use crate::support::{cites, extract_as, extract_fixture, note, one_footnote, only_note, quote};

/// Harvard (Cite Them Right) writes an edited book's role bare, `(eds)`, between the names
/// and the year: the entry was not read at all, and its citations tied to nothing.
#[test]
fn harvards_bare_eds_before_the_year_heads_an_entry() {
    for role in ["eds", "ed", "eds.", "Eds."] {
        let text = format!(
            "Volunteers repeat old choices (Bastian and Alexander, 2009).\n\n\
             Reference list\n\n\
             Bastian, J.A. and Alexander, B. ({role}) (2009) Community Archives: The Shaping \
             of Memory. London: Facet Publishing.\n\n\
             Flinn, A. (2007) 'Community histories', Journal of the Society of Archivists, \
             28(2), pp. 151-176.\n"
        );
        let e = extract_as(DocKind::Text, &text);
        let n = note(&e, "Bastian & Alexander 2009");
        assert_eq!(n.authors, ["Bastian, J.A.", "Alexander, B."], "{role}");
        assert_eq!(
            n.title.as_deref(),
            Some("Community Archives: The Shaping of Memory")
        );
        assert_eq!(n.publisher.as_deref(), Some("Facet Publishing"));
        assert_eq!(n.date.as_deref(), Some("2009"));
        assert_eq!(n.referenced_at.len(), 1, "{role}");
    }
}

/// A report's or an archive's own number (IEEE's `Rep. EMA-TG-07`, a catalogue's `ref.
/// PH/4/12`) was read as who published it (`Rep`, `ref`), and IEEE's month (`Mar. 2022`)
/// as well once the number was passed.
#[test]
fn a_report_or_archive_number_and_a_short_month_are_no_publisher() {
    for (text, date) in [
        (
            "Environment Monitoring Agency, \"Water quality sensor calibration guidance,\" \
             Rep. EMA-TG-07, Mar. 2022.",
            Some("Mar. 2022"),
        ),
        (
            "Cornwall County Archive, \"Penwick Harbour Employment Returns, 1970-1990,\" ref. \
             PH/4/12, https://archive.example.org/catalogue/PH-4-12.",
            None,
        ),
        (
            "Harbour Board, \"Dredging log,\" Ref. HB/12/7, Sept. 14, 2023.",
            Some("Sept. 14, 2023"),
        ),
    ] {
        let e = one_footnote(text);
        let n = only_note(&e);
        assert_eq!(n.publisher, None, "{text}");
        assert_eq!(n.date.as_deref(), date, "{text}");
    }
    // A publisher after the number is still read.
    let e = one_footnote("Tam Okoro, \"Ports and pay,\" Rep. 7, Harbour Institute, Mar. 2021.");
    assert_eq!(
        only_note(&e).publisher.as_deref(),
        Some("Harbour Institute")
    );
}

/// What a museum's or archive's page is (`online collection`) names no one.
#[test]
fn an_online_collection_is_no_publisher() {
    let e = one_footnote(
        "Penwick Maritime Museum, \"The Quay Street Net Loft Order Books,\" online \
         collection, https://museum.example.org/collections/net-loft.",
    );
    let n = only_note(&e);
    assert_eq!(n.authors, ["Penwick Maritime Museum"]);
    assert_eq!(n.publisher, None);
}

/// A chapter's book with a subtitle (`in Daniel, D. and Levi, A.S. (eds) Identity
/// Palimpsests: Archiving Ethnicity …`) was cut at its colon as if `Identity Palimpsests`
/// were the place of an imprint.
#[test]
fn a_chapters_book_keeps_its_subtitle() {
    for text in [
        "Caswell, M. (2014) 'Inventing new archival imaginaries', in Daniel, D. and Levi, \
         A.S. (eds) Identity Palimpsests: Archiving Ethnicity in the U.S. and Canada. \
         Sacramento: Litwin Books, pp. 35-55.",
        "Caswell, M. (2014) 'Inventing new archival imaginaries', in Daniel, D. (ed.) \
         Identity Palimpsests: Archiving Ethnicity in the U.S. and Canada. Sacramento: \
         Litwin Books, pp. 35-55.",
    ] {
        let e = one_footnote(text);
        assert_eq!(
            only_note(&e).publisher.as_deref(),
            Some("Identity Palimpsests: Archiving Ethnicity in the U.S. and Canada"),
            "{text}"
        );
    }
    // A book with no subtitle is read as before; a place before a colon elsewhere is still
    // left out.
    let e = one_footnote(
        "Caswell, M. (2014) 'Inventing new archival imaginaries', in Daniel, D. and Levi, \
         A.S. (eds) Identity Palimpsests. Sacramento: Litwin Books, pp. 35-55.",
    );
    assert_eq!(
        only_note(&e).publisher.as_deref(),
        Some("Identity Palimpsests")
    );
    let e = one_footnote("Hale, T. (2019) Nets and Lofts. Truro: Gull Press.");
    assert_eq!(only_note(&e).publisher.as_deref(), Some("Gull Press"));
}

/// The Hugo post (`fixtures/articles/hugo-blog-shortcodes.md`): front matter, Liquid and
/// Hugo shortcodes, named GFM notes, a harbour master's spoken words.
#[test]
fn the_hugo_post_fixture() {
    let e = extract_fixture("fixtures/articles/hugo-blog-shortcodes.md");
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(
        labels,
        ["method", "validation", "history", "rahman", "paper"]
    );
    // The figure shortcode's image; of the front matter's URLs the data it cites
    // (`source_link:`), not the post's own `canonical:` address.
    assert!(
        e.links
            .iter()
            .any(|l| l.kind == LinkKind::Image
                && l.url == "https://blog.example.org/images/gauge.jpg")
    );
    assert!(e.links.iter().any(|l| l.kind == LinkKind::FrontMatter
        && l.url.contains("gauge-readings.csv")
        && (l.line, l.column) == (7, 14)));
    assert!(!e.links.iter().any(|l| l.url.contains("posts/tide-tables")));
    assert_eq!(
        cites(&e, "typically within 10 centimetres"),
        [(Some("validation"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "a correction surveyed before dredging"),
        [(Some("rahman"), Attribution::MarkerAfter)]
    );
    assert!(quote(&e, "The tables are a prediction")
        .citations
        .is_empty());
    let n = note(&e, "validation");
    assert_eq!(
        n.title.as_deref(),
        Some("Prediction Validation Report 2023")
    );
    assert_eq!(n.publisher.as_deref(), Some("National Tide Service"));
    assert_eq!(n.date.as_deref(), Some("2024"));
    let n = note(&e, "rahman");
    assert_eq!(n.authors, ["Aisha Rahman"]);
    assert_eq!(n.publisher.as_deref(), Some("Estuarine Notes"));
    let n = note(&e, "paper");
    assert_eq!(n.authors, ["Tom Varcoe"]);
    assert_eq!(n.publisher.as_deref(), Some("Westcombe Courier"));
    assert_eq!(n.date.as_deref(), Some("9 August 2024"));
}

/// The IEEE preprint (`fixtures/articles/ieee-preprint.md`): `[2]-[4]`, `[1, 3, 5]`, `[8, p.
/// 4]`, a report's number and an arXiv id in the references.
#[test]
fn the_ieee_preprint_fixture() {
    let e = extract_fixture("fixtures/articles/ieee-preprint.md");
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(e.footnotes.len(), 12);
    // `[2]-[4]` cites 3 too, and `[1, 3, 5]` 5.
    assert_eq!(note(&e, "3").referenced_at.len(), 2);
    assert_eq!(note(&e, "5").referenced_at.len(), 1);
    assert_eq!(
        cites(&e, "deployment experience"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "the sensor that survives"),
        [(Some("8"), Attribution::MarkerAfter)]
    );
    assert!(quote(&e, "several months").short);
    let n = note(&e, "7");
    assert_eq!(n.urls, ["https://arxiv.org/abs/2301.04567"]);
    assert_eq!(n.authors, ["H. Mori", "P. Natarajan"]);
    let n = note(&e, "11");
    assert_eq!(n.authors, ["Environment Monitoring Agency"]);
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("Mar. 2022"));
    let n = note(&e, "1");
    assert_eq!(n.urls, ["https://doi.org/10.5555/cn.2002.0038"]);
    assert_eq!(n.publisher.as_deref(), Some("Computer Networks"));
}

/// The interview transcript (`fixtures/articles/interview-transcript.txt`): speakers in
/// capitals, `Q:`/`A:` turns, markers inside answers, a `Sources` list.
#[test]
fn the_interview_fixture() {
    let e = extract_fixture("fixtures/articles/interview-transcript.txt");
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"]);
    assert_eq!(
        cites(&e, "in steady decline"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
    assert!(quote(&e, "If you can't mend it").citations.is_empty());
    assert!(quote(&e, "They'll save us").citations.is_empty());
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Cornwall County Archive"]);
    assert_eq!(n.publisher, None);
    let n = note(&e, "3");
    assert_eq!(n.authors, ["Penwick Maritime Museum"]);
    assert_eq!(n.publisher, None);
    let n = note(&e, "4");
    assert_eq!(
        n.title.as_deref(),
        Some("Knots and Tides: A Net Maker's Memoir")
    );
    assert_eq!(n.publisher.as_deref(), Some("Gull Press"));
}

/// The fact check (`fixtures/articles/factcheck-claim.md`): the claim in a block quote with
/// its speaker on a dash line, inline links as citations.
#[test]
fn the_fact_check_fixture() {
    let e = extract_fixture("fixtures/articles/factcheck-claim.md");
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let claim = quote(&e, "Cutting the early ferry");
    assert_eq!(claim.kind, QuoteKind::Block);
    assert!(!claim.text.contains("Fenwick"));
    assert_eq!(
        cites(&e, "approximately £410,000"),
        [(None, Attribution::Link)]
    );
    assert!(quote(&e, "approximately £410,000").short);
    assert!(quote(&e, "reflects the combined savings")
        .citations
        .is_empty());
}

/// The Harvard essay (`fixtures/articles/harvard-essay.txt`): `(Author Year, p. n)`,
/// `Author and Author (Year)`, an edited book's `(eds)`, a chapter in a subtitled book, an
/// `Available at: … (Accessed: …)` entry.
#[test]
fn the_harvard_essay_fixture() {
    let e = extract_fixture("fixtures/articles/harvard-essay.txt");
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(e.footnotes.len(), 7);
    assert_eq!(note(&e, "Bastian & Alexander 2009").referenced_at.len(), 2);
    assert_eq!(note(&e, "Caswell 2014").referenced_at.len(), 3);
    assert_eq!(
        note(&e, "Caswell 2014").publisher.as_deref(),
        Some("Identity Palimpsests: Archiving Ethnicity in the U.S. and Canada")
    );
    assert_eq!(
        cites(&e, "collections of material"),
        [(Some("Flinn et al. 2009"), Attribution::MarkerBefore)]
    );
    assert_eq!(
        cites(&e, "the archive is never"),
        [(Some("Caswell 2014"), Attribution::MarkerAfter)]
    );
    let n = note(&e, "Penwick Heritage Trust 2022");
    assert_eq!(
        n.urls,
        ["https://penwick-heritage.example.org/reports/2022.pdf"]
    );
    assert_eq!(n.date.as_deref(), Some("2022"));
}

/// Review of the sixty-second session: a journal's abbreviated name opening with `Ref.`
/// (*The Reference Librarian*, `Ref. Libr.`) is no report number: only a number right after
/// `Ref.` or `Rep.` makes one. The journal was lost.
#[test]
fn a_journal_abbreviated_ref_is_no_report_number() {
    let e = one_footnote("Baker, J. (2019). Noise at work. Ref. Libr. 56, 12–20.");
    assert_eq!(only_note(&e).publisher.as_deref(), Some("Ref. Libr."));
}
