//! Citation styles the author–date pass reads besides APA, Chicago and Harvard: MLA's works
//! cited with author–page citations, author–date citations in square brackets, and
//! Wikipedia's short citations (`{{sfn}}`) in numbered notes with a separate list of sources.

use citecheck::extract::{extract, ExtractOptions};
use citecheck::model::{Attribution, DocKind, Document, Extraction, InputSource};

use crate::support::{extract_as, extract_markdown, note, quote};

/// The labels of the notes a quote is tied to, in order.
fn cited(e: &Extraction, starts: &str) -> Vec<String> {
    quote(e, starts)
        .citations
        .iter()
        .filter_map(|c| c.footnote.clone())
        .collect()
}

#[test]
fn mla_works_cited_entry_is_a_note_its_citation_a_marker() {
    let e = extract_markdown(
        "As one critic argued, “the novel refuses every comfort it offers” (Okafor 14).\n\n\
         ## Works Cited\n\n\
         Okafor, Ada. *Reading Rivers*. Lagos UP, 2021.\n",
    );
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    let n = note(&e, "Okafor 2021");
    assert_eq!(n.authors, ["Okafor, Ada"]);
    assert_eq!(n.title.as_deref(), Some("Reading Rivers"));
    assert_eq!(n.publisher.as_deref(), Some("Lagos UP"));
    assert_eq!(n.date.as_deref(), Some("2021"));
    assert_eq!(n.referenced_at.len(), 1);
    let q = quote(&e, "the novel refuses");
    assert_eq!(q.citations.len(), 1);
    assert_eq!(q.citations[0].footnote.as_deref(), Some("Okafor 2021"));
    assert_eq!(q.citations[0].attribution, Attribution::MarkerAfter);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

#[test]
fn mla_citation_shapes() {
    let e = extract_markdown(
        "# Shorelines\n\n\
         The first study holds that “a harbour is a promise kept in stone” (Adeyemi 14–15).\n\n\
         The joint work adds that “the coast remembers what the city forgets” (Mensah and Adeyemi 3).\n\n\
         One critic wrote that “every river is a slow argument” (Okafor, *Reading Rivers* 22).\n\n\
         The same critic later wrote that “salt keeps what water loses” (Okafor, \"Salt\" 9).\n\n\
         Tides are said to “count the years for us” (Adeyemi).\n\n\
         Mensah argues that “memory is a kind of ballast for the drowned” (45).\n\n\
         Two readings meet here: “the tide is a clock with no hands” (Adeyemi 8; Mensah 50).\n\n\
         ## Works Cited\n\n\
         - Adeyemi, Tunde. *Harbours*. Ibadan Books, 2018.\n\
         - Mensah, Kofi. *Ballast*. Accra Books, 2016.\n\
         - Mensah, Kofi, and Tunde Adeyemi. *Coastlines*. Accra Books, 2020.\n\
         - Okafor, Ada. *Reading Rivers*. Lagos UP, 2021.\n\
         - Okafor, Ada. \"Salt and Memory.\" *The Coastal Review*, vol. 12, no. 3, 2019, \
         pp. 44–61, https://example.org/salt.\n",
    );
    assert_eq!(cited(&e, "a harbour is a promise"), ["Adeyemi 2018"]);
    assert_eq!(cited(&e, "the coast remembers"), ["Mensah & Adeyemi 2020"]);
    assert_eq!(cited(&e, "every river is"), ["Okafor 2021"]);
    assert_eq!(cited(&e, "salt keeps"), ["Okafor 2019"]);
    let q = quote(&e, "salt keeps");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://example.org/salt")
    );
    assert_eq!(cited(&e, "count the years"), ["Adeyemi 2018"]);
    assert_eq!(cited(&e, "memory is a kind"), ["Mensah 2016"]);
    assert_eq!(
        cited(&e, "the tide is a clock"),
        ["Adeyemi 2018", "Mensah 2016"]
    );
    let n = note(&e, "Okafor 2019");
    assert_eq!(n.title.as_deref(), Some("Salt and Memory"));
    assert_eq!(n.publisher.as_deref(), Some("The Coastal Review"));
    assert_eq!(n.date.as_deref(), Some("2019"));
    assert_eq!(
        note(&e, "Mensah & Adeyemi 2020").authors,
        ["Mensah, Kofi", "Tunde Adeyemi"]
    );
    // The page after the quotation is the citation's, not a note marker `45` without a note.
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

#[test]
fn mla_lists_under_every_heading_and_format() {
    for heading in [
        "Works Cited",
        "Works Consulted",
        "Works Cited and Consulted",
    ] {
        let text = format!(
            "Rivers\n\n\
             Okafor argues that \"the river is the only narrator we can trust\" (14).\n\n\
             {heading}\n\n\
             Okafor, Ada. Reading Rivers. Lagos UP, 2021.\n"
        );
        let e = extract_as(DocKind::Text, &text);
        assert_eq!(cited(&e, "the river is"), ["Okafor 2021"], "{heading}");
    }
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><h1>Rivers</h1>\n\
         <p>As one critic argued, “the novel refuses every comfort it offers” (Okafor 14).</p>\n\
         <h2>Works Cited</h2>\n\
         <p>Okafor, Ada. <i>Reading Rivers</i>. Lagos UP, 2021, \
         <a href=\"https://example.org/rivers\">example.org/rivers</a>.</p>\n\
         </article></body></html>\n",
    );
    let q = quote(&e, "the novel refuses");
    assert_eq!(q.citations.len(), 1, "{:#?}", q.citations);
    assert_eq!(q.citations[0].footnote.as_deref(), Some("Okafor 2021"));
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://example.org/rivers")
    );
    assert_eq!(
        note(&e, "Okafor 2021").title.as_deref(),
        Some("Reading Rivers")
    );
}

#[test]
fn mla_brackets_that_name_no_listed_author_cite_nothing() {
    let e = extract_markdown(
        "# Harbours\n\n\
         The chart shows “the silt line rising every spring” (Figure 14).\n\n\
         The ledger lists “forty tons of salt and no receipts” (Table 2).\n\n\
         The memoir opens with “a town that forgot its river” (Chapter 3).\n\n\
         The diary repeats “the water was higher than the bells” (see 14).\n\n\
         The survey found “no two gauges that agree” (Section 4).\n\n\
         The crowd was “louder than the sea that summer” (London 2012).\n\n\
         The critic holds that “a harbour is a promise kept in stone” (Okafor 3).\n\n\
         ## Works Cited\n\n\
         Okafor, Ada. *Harbours*. Lagos UP, 2021.\n",
    );
    for starts in [
        "the silt line",
        "forty tons",
        "a town that forgot",
        "the water was higher",
        "no two gauges",
        "louder than the sea",
    ] {
        assert!(quote(&e, starts).citations.is_empty(), "{starts}");
    }
    assert_eq!(cited(&e, "a harbour is"), ["Okafor 2021"]);
    // A year in brackets is no slip in an article citing by page.
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);

    // A listed author by that name is cited, page and all.
    let e = extract_markdown(
        "The crowd was “louder than the sea that summer” (London 12).\n\n\
         ## Works Cited\n\n\
         London, Jack. *The Sea Wolf*. Macmillan, 1904.\n",
    );
    assert_eq!(cited(&e, "louder than"), ["London 1904"]);

    // A bibliography of the same shape, in a footnoted article, is not MLA's: its entries
    // stay what they were (no notes; the footnotes cite), and `(Okafor 14)` cites nothing.
    let e = extract_markdown(
        "A critic wrote that “every river is a slow argument” (Okafor 14). Another \
         disagreed.[^1]\n\n[^1]: Mensah, *Salt*, 4.\n\n\
         ## Bibliography\n\n\
         Okafor, Ada. *Reading Rivers*. Lagos UP, 2021.\n",
    );
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    assert!(quote(&e, "every river").citations.is_empty());

    // Regression (forty-fourth session's held-out evaluation): with no numbered notes, the
    // bibliography is what the text cites, whatever its heading: `(Okafor 14)` names its
    // MLA entry there as under `Works Cited`.
    for heading in ["Bibliography", "References"] {
        let e = extract_markdown(&format!(
            "A critic wrote that “every river is a slow argument” (Okafor 14).\n\n\
             ## {heading}\n\n\
             Okafor, Ada. *Reading Rivers*. Lagos UP, 2021.\n"
        ));
        assert_eq!(cited(&e, "every river"), ["Okafor 2021"], "{heading}");
        assert_eq!(
            note(&e, "Okafor 2021").title.as_deref(),
            Some("Reading Rivers")
        );
    }
}

#[test]
fn author_date_in_square_brackets() {
    let e = extract_markdown(
        "One study found that “the gauges drift a hand's width each decade” [Okafor 2021]. \
         Another that “the wall held through three winters” [Okafor, 2021, p. 3]. \
         Both agree the sea “keeps its own accounts” [Okafor 2021; Mensah 2019]. \
         The data are at [Okafor 2021](https://example.org/okafor-data); the editor's \
         gloss [2021] and a caption [Paris 1998] cite nothing.\n\n\
         ## References\n\n\
         Mensah, K. (2019). *Salt*. Coast Press. https://example.org/salt\n\n\
         Okafor, A. (2021). *Gauges*. Port Press.\n",
    );
    assert_eq!(cited(&e, "the gauges drift"), ["Okafor 2021"]);
    assert_eq!(cited(&e, "the wall held"), ["Okafor 2021"]);
    assert_eq!(
        cited(&e, "keeps its own accounts"),
        ["Okafor 2021", "Mensah 2019"]
    );
    assert_eq!(note(&e, "Okafor 2021").referenced_at.len(), 3);
    // The link stays a link, and cites no entry.
    let link = e
        .links
        .iter()
        .find(|l| l.url == "https://example.org/okafor-data")
        .expect("the link is kept");
    assert_eq!(link.text, "Okafor 2021");
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);

    // Plain text: a link written out is no citation either.
    let e = extract_as(
        DocKind::Text,
        "Gauges\n\n\
         See [Okafor 2021](https://example.org/okafor-data) for “the raw tide tables of the port”.\n\n\
         References\n\n\
         Okafor, A. (2021). Gauges. Port Press.\n",
    );
    assert!(note(&e, "Okafor 2021").referenced_at.is_empty());
}

#[test]
fn short_citation_notes_take_their_entrys_urls() {
    let e = extract_markdown(
        "# Pryce\n\n\
         The valley was “a country of slow water and quick weather”.[3] Later, “the mills \
         took the river and gave back noise”.[4] The survey called it “a flood plain in all \
         but name”.[5] A visitor found “more sheep than chapels”.[6]\n\n\
         ## Notes\n\n\
         3. Pryce 1950, p. 3.\n\
         4. Pryce & Hale 1961, pp. 4–5\n\
         5. Pryce 1950, p. 9, disputed by the county surveyor.\n\
         6. Pryce 1950, p. 12; https://example.org/letters\n\
         7. See Pryce, 1950: 14.\n\n\
         ## Sources\n\n\
         - Pryce, Gwen (1950). *The Slow Valley*. Harrow Press. https://example.org/slow-valley\n\
         - Pryce, Gwen; Hale, Tom (1961). *Mills and Noise*. Harrow Press. https://example.org/mills\n",
    );
    assert_eq!(note(&e, "3").urls, ["https://example.org/slow-valley"]);
    assert_eq!(note(&e, "4").urls, ["https://example.org/mills"]);
    assert_eq!(note(&e, "7").urls, ["https://example.org/slow-valley"]);
    let q = quote(&e, "a country of slow water");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("3"));
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://example.org/slow-valley")
    );
    assert_eq!(
        quote(&e, "the mills took").citations[0].url.as_deref(),
        Some("https://example.org/mills")
    );
    assert_eq!(
        note(&e, "Pryce & Hale 1961").authors,
        ["Pryce, Gwen", "Hale, Tom"]
    );
    // A note saying more than the short citation, or citing a page of its own, keeps its
    // own URLs only.
    assert!(note(&e, "5").urls.is_empty(), "{:#?}", note(&e, "5"));
    assert_eq!(note(&e, "6").urls, ["https://example.org/letters"]);
}

#[test]
fn short_citation_notes_in_wikipedia_markup() {
    // As fetched: the in-page link to the entry resolves to the article's own address.
    let page = |text: &str| {
        let doc = Document {
            source: InputSource::Stdin,
            kind: DocKind::Html,
            text: text.to_string(),
            base_url: url::Url::parse("https://wiki.example.org/wiki/Pryce").ok(),
            warnings: Vec::new(),
            bibliographies: Vec::new(),
        };
        extract(&doc, &ExtractOptions::default())
    };
    let e = page(
        "<html><body><div id=\"mw-content-text\"><h1>Pryce</h1>\n\
         <p>The valley was, in one account, “a country of slow water and quick weather”.\
         <sup id=\"cite_ref-3\" class=\"reference\"><a href=\"#cite_note-3\">[3]</a></sup> \
         Later, “the mills took the river and gave back noise”.\
         <sup id=\"cite_ref-4\" class=\"reference\"><a href=\"#cite_note-4\">[4]</a></sup></p>\n\
         <h2>Notes</h2>\n\
         <div class=\"reflist\"><ol class=\"references\">\n\
         <li id=\"cite_note-3\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-3\">^</a></b></span> \
         <span class=\"reference-text\"><a href=\"#CITEREFPryce1950\">Pryce 1950</a>, p. 3.</span></li>\n\
         <li id=\"cite_note-4\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-4\">^</a></b></span> \
         <span class=\"reference-text\"><a href=\"#CITEREFPryceHale1961\">Pryce &amp; Hale 1961</a>, pp. 4–5.</span></li>\n\
         </ol></div>\n\
         <h2>Sources</h2>\n\
         <ul><li><cite id=\"CITEREFPryce1950\" class=\"citation book\">Pryce, Gwen (1950). \
         <a href=\"https://example.org/slow-valley\"><i>The Slow Valley</i></a>. Harrow Press.</cite></li>\n\
         <li><cite id=\"CITEREFPryceHale1961\" class=\"citation book\">Pryce, Gwen; Hale, Tom (1961). \
         <a href=\"https://example.org/mills\"><i>Mills and Noise</i></a>. Harrow Press.</cite></li></ul>\n\
         </div></body></html>\n",
    );
    let q = quote(&e, "a country of slow water");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("3"));
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://example.org/slow-valley")
    );
    assert_eq!(
        quote(&e, "the mills took").citations[0].url.as_deref(),
        Some("https://example.org/mills")
    );
    // The entry's page, not the article's own (`…/wiki/Pryce#CITEREFPryce1950`).
    assert_eq!(note(&e, "3").urls, ["https://example.org/slow-valley"]);
    assert!(
        !e.links.iter().any(|l| l.url.contains("CITEREF")),
        "{:#?}",
        e.links
    );
    assert_eq!(note(&e, "3").text, "Pryce 1950, p. 3.");
    assert_eq!(note(&e, "Pryce 1950").referenced_at.len(), 1);
    assert_eq!(note(&e, "Pryce & Hale 1961").referenced_at.len(), 1);

    // An entry not found (no list of sources here): the quote cites no page, never the
    // article's own.
    let e = page(
        "<html><body><h1>Pryce</h1>\n\
         <p>The valley was “a country of slow water and quick weather”.\
         <sup id=\"cite_ref-3\" class=\"reference\"><a href=\"#cite_note-3\">[3]</a></sup></p>\n\
         <h2>Notes</h2>\n\
         <ol class=\"references\"><li id=\"cite_note-3\"><b><a href=\"#cite_ref-3\">^</a></b> \
         <span class=\"reference-text\"><a href=\"#CITEREFPryce1950\">Pryce 1950</a>, p. 3.\
         </span></li></ol>\n\
         </body></html>\n",
    );
    let q = quote(&e, "a country of slow water");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("3"));
    assert_eq!(q.citations[0].url, None);
    assert_eq!(note(&e, "3").text, "Pryce 1950, p. 3.");
}

#[test]
fn mla_one_authors_works_without_a_short_title() {
    let list = |n: usize| -> String {
        (0..n)
            .map(|i| {
                format!(
                    "Okafor, Ada. *Tide Book {}*. Lagos UP, {}.\n\n",
                    i + 1,
                    2010 + i
                )
            })
            .collect()
    };
    let text = |n: usize| {
        format!(
            "One critic wrote that “every river is a slow argument” (Okafor 14). Later she \
             wrote that “salt keeps what water loses” (Okafor, *Tide Book 2* 9).\n\n\
             ## Works Cited\n\n{}",
            list(n)
        )
    };
    // Two works: the citation is ambiguous, and cites both; the short title picks one.
    let e = extract_markdown(&text(2));
    assert_eq!(cited(&e, "every river"), ["Okafor 2010", "Okafor 2011"]);
    assert_eq!(cited(&e, "salt keeps"), ["Okafor 2011"]);
    // More than three: too ambiguous to cite any.
    let e = extract_markdown(&text(5));
    assert!(quote(&e, "every river").citations.is_empty());
    assert_eq!(cited(&e, "salt keeps"), ["Okafor 2011"]);
}

#[test]
fn mla_editors_repeated_names_and_et_al() {
    let e = extract_markdown(
        "The harbour is “older than the town” (Hale, *More Harbour* 3). It was “dredged \
         twice a year” (Hale, *Harbour Papers* 9). One team found that “the harbour silts in \
         every wet year” (Okafor et al. 14).\n\n\
         ## Works Cited\n\n\
         Hale, Tom, editor. *Harbour Papers*. Port Press, 2011.\n\n\
         ---. *More Harbour Papers*. Port Press, 2014.\n\n\
         Okafor, Ada, et al. *Silt*. Lagos UP, 2020.\n",
    );
    assert_eq!(cited(&e, "older than"), ["Hale 2014"]);
    assert_eq!(cited(&e, "dredged"), ["Hale 2011"]);
    assert_eq!(cited(&e, "the harbour silts"), ["Okafor et al. 2020"]);
    assert_eq!(note(&e, "Hale 2014").authors, ["Hale, Tom"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// MLA cites the work just cited by page alone (`… (Okonkwo 47). … “…” (52).`): the page
/// after a quotation with no names before it cites the paragraph's last work; it was an
/// uncited quote and a "marker `52` has no matching note" warning.
#[test]
fn mla_page_alone_after_a_quote_cites_the_last_work() {
    let e = extract_as(
        DocKind::Markdown,
        "Okonkwo describes the flood as \"a ledger the land keeps of every promise broken\" \
         (Okonkwo 47). The image returns when the water leaves \"a line of silt on the church \
         wall, level with the lowest pew\" (52).\n\n## Works Cited\n\n\
         Okonkwo, Chidi. *The Delta Hours*. Heinemann, 2008.\n",
    );
    let cited: Vec<Vec<String>> = e
        .quotes
        .iter()
        .map(|q| {
            q.citations
                .iter()
                .filter_map(|c| c.footnote.clone())
                .collect()
        })
        .collect();
    assert_eq!(cited, [vec!["Okonkwo 2008"], vec!["Okonkwo 2008"]]);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// A book review cites its one work by page alone (`… she writes, worked “…” (p. 34)`, `“…”
/// (34)`): with one entry in the works cited, that entry, and no phantom note `34`.
#[test]
fn mla_page_alone_with_one_work_cited() {
    let e = extract_markdown(
        "# Review\n\n\
         Lindqvist's history is vivid. The cutters, she writes, worked \"in cold that split \
         the skin of their hands\" (p. 34).\n\n\
         A sentence like \"the ships came in white and left black with coal\" (34) earns its \
         place.\n\n\
         ## Works Cited\n\n\
         Lindqvist, Hana. *The Weight of Water*. Northlight Press, 2023.\n",
    );
    assert_eq!(cited(&e, "in cold that"), ["Lindqvist 2023"]);
    assert_eq!(cited(&e, "the ships came"), ["Lindqvist 2023"]);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// IEEE and Vancouver cite a direct quotation with its page: `[10, p. 14]`, `[11, pp.
/// 3–5]`, `[12:40]`, `[10 (p. 15)]` are markers of the note; `the array [10, p. 2]` is not.
#[test]
fn numbered_markers_with_page_locators() {
    let e = extract_markdown(
        "# R\n\n\
         As one review concluded, \"the evidence base remains thin precisely where exposure is \
         greatest\" [10, p. 14]. Others found \"no measurable effect at all in the cooler \
         months\" [11, pp. 3–5]. A third said \"heat strain rose with every added hour \
         outdoors\" [12:40]. And \"rest breaks halved the reported symptoms in our sample\" [10 \
         (p. 15)]. The array [12, p. 2] was fine.\n\n\
         ## References\n\n\
         10. Ioannou LG, et al. Occupational heat strain. Temperature. 2022;9:67-102.\n\
         11. Kim J. Cool months. Heat. 2020;1:1-9.\n\
         12. Lee A. Hours. Work. 2021;2:30-50.\n",
    );
    assert_eq!(cited(&e, "the evidence base"), ["10"]);
    assert_eq!(cited(&e, "no measurable effect"), ["11"]);
    assert_eq!(cited(&e, "heat strain rose"), ["12"]);
    assert_eq!(cited(&e, "rest breaks halved"), ["10"]);
    assert_eq!(note(&e, "12").referenced_at.len(), 1);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// A translation's note giving the words as said (`Original: « … »`) holds a quotation of
/// the note's source, not the note's title.
#[test]
fn translation_note_original_is_a_quotation() {
    let e = extract_markdown(
        "The northern districts had been \"treated as the city's back yard for fifty \
         years.\"[^1]\n\n\
         [^1]: Our translation. Original: « traités comme l'arrière-cour de la ville depuis \
         cinquante ans ». Speech, reported in La Provence: https://laprovence.example.fr/a\n",
    );
    assert_eq!(note(&e, "1").title, None);
    let q = quote(&e, "traités comme");
    assert_eq!(
        q.citations
            .first()
            .map(|c| (c.url.as_deref(), c.attribution)),
        Some((Some("https://laprovence.example.fr/a"), Attribution::InNote))
    );
}

/// A note that is only `Ibid.` (`Ibíd.`, `Ebd.`) cites the work of the note before it: it
/// takes that note's URLs (through a chain of them), so its quotations are checked there; a
/// note with a web address of its own keeps it.
#[test]
fn ibid_notes_take_the_previous_notes_urls() {
    let e = extract_markdown(
        "The ruling calls it \"a transgression of good faith of special gravity\".[^1] It \
         adds that privacy \"does not remove the harm to the company's image\".[^2] Later it \
         says the rule \"applies to every courier without exception\".[^3] A second ruling \
         found \"no breach at all in the circumstances\".[^4]\n\n\
         [^1]: STS 412/2024, FJ 3. https://courts.example.es/sts-412-2024\n\
         [^2]: Ibíd., FJ 3.\n\
         [^3]: Ibid., FJ 4.\n\
         [^4]: Ibid. But see STS 88/2021, https://courts.example.es/sts-88-2021\n",
    );
    let url = |s: &str| {
        quote(&e, s)
            .citations
            .first()
            .and_then(|c| c.url.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        url("does not remove"),
        "https://courts.example.es/sts-412-2024"
    );
    assert_eq!(
        url("applies to every"),
        "https://courts.example.es/sts-412-2024"
    );
    assert_eq!(
        url("no breach at all"),
        "https://courts.example.es/sts-88-2021"
    );
}

/// A narrative author–date citation whose year comes in a bracket after the quotation may
/// name the author a whole clause before it (`Kettering notes that a blank letter “…” (1993,
/// 104).`): surname and year together back the quotation.
#[test]
fn author_named_a_clause_before_the_quotation_year_after_it() {
    let e = extract_markdown(
        "Kettering notes that in Dutch genre painting a blank letter \"invites the viewer to \
         write the story\" (1993, 104).\n\n\
         Kettering notes that a blank letter \"leaves the reader with nothing to go on\" \
         (2001, 5).\n\n\
         ## References\n\n\
         Kettering, A. M. 1993. \"Ter Borch's Ladies in Satin.\" *Art History* 16 (1): \
         95–124.\n",
    );
    assert_eq!(cited(&e, "invites the viewer"), ["Kettering 1993"]);
    assert!(cited(&e, "leaves the reader").is_empty());
}

/// Text copied from a PDF keeps a page's footnotes under the footnote rule, numbered
/// without punctuation (`14 Agency, …`), and their numbers glued to the text
/// (`means.14`, `happens."15`, `take",16`): both are read, a decimal or a word with digits
/// is no marker, and a signature's `2 comments` is no note.
#[test]
fn pdf_page_footnotes_copied_as_text() {
    let e = extract_as(
        DocKind::Text,
        "2.1 Ferry users were asked what a \"Yellow Notice\" means.14 A skipper from the \
         north\nbank told us that passengers \"treat every notice as a formality, because \
         the boat\nalways sails anyway.\"15 The earlier audit said crews \"do not always \
         read the\nnotices aloud, or read them too late\",16 and the rate fell to 3.14 in \
         A380 terms.\n\n\
         Ferry Safety Review                                  12\n\n\
         ______________\n\
         14 Harbour Board, Passenger Survey 2022, Table 3.\n\
         https://harbour.example.org/survey-2022\n\
         15 Oral evidence, Quay Street session, 4 May 2023.\n\
         16 R. Akande, Crossing Safely (Transport Office,\n\
         2019), para. 4.2. https://transport.example.org/crossing-safely\n\n\
         --\n\
         2 comments so far\n",
    );
    assert_eq!(cited(&e, "Yellow Notice"), ["14"]);
    assert_eq!(
        quote(&e, "treat every notice").text,
        "treat every notice as a formality, because the boat always sails anyway."
    );
    assert_eq!(cited(&e, "treat every notice"), ["15"]);
    assert_eq!(cited(&e, "do not always read"), ["16"]);
    assert_eq!(
        note(&e, "16").urls,
        ["https://transport.example.org/crossing-safely"]
    );
    assert_eq!(note(&e, "14").referenced_at.len(), 1);
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["14", "15", "16"]);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Reports letter their notes with superscript letters (`18%.ᵃ`, `numbers."ᶜ`), listed as
/// `ᵃ …`, `ᵇ …` after a rule: each is a marker of its note, and a closing straight quote
/// mark before one closes the quotation.
#[test]
fn superscript_letter_notes() {
    let e = extract_markdown(
        "Emissions fell by 12%.ᵃ The aim is to \"halve absolute emissions from our own \
         sites by the end of 2030\".ᵇ Staff asked us to \"stop promising and start \
         publishing the figures.\"ᶜ\n\n\
         ---\n\n\
         ᵃ Market-based. See Table B1.\n\
         ᵇ Target register, https://targets.example.org/register?firm=4412\n\
         ᶜ Staff survey 2024 (n = 912).\n",
    );
    assert_eq!(cited(&e, "halve absolute"), ["b"]);
    assert_eq!(
        quote(&e, "stop promising").text,
        "stop promising and start publishing the figures."
    );
    assert_eq!(cited(&e, "stop promising"), ["c"]);
    assert_eq!(
        note(&e, "b").urls,
        ["https://targets.example.org/register?firm=4412"]
    );
    assert_eq!(note(&e, "a").referenced_at.len(), 1);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// IEEE cites a part of a work after the note's number: a section, a chapter, a table or an
/// appendix (`[4, Section 6.1]`, `[4, §6.1]`, `[2, Ch. 3]`), not only a page.
#[test]
fn numbered_markers_with_part_locators() {
    let e = extract_markdown(
        "The rule holds that \"a frame is dropped once a later frame has been confirmed\" \
         [4, Section 6.1]. Also \"the timer restarts on every confirmed frame\" [4, §6.1]. \
         And \"no retransmission happens before the timer fires\" [2, Ch. 3]. Then \"the \
         window halves after two losses in a row\" [2, Table 2]. Finally \"loss is never \
         signalled by reordering alone\" [4, Appendix B].\n\n\
         ## References\n\n\
         [2] A. Rowe, Frames, 2020. https://books.example.org/frames\n\
         [4] B. Ito, \"Frame Loss,\" RFC 9999, 2021. https://rfc.example.org/9999\n",
    );
    assert_eq!(cited(&e, "a frame is dropped"), ["4"]);
    assert_eq!(cited(&e, "the timer restarts"), ["4"]);
    assert_eq!(cited(&e, "no retransmission"), ["2"]);
    assert_eq!(cited(&e, "the window halves"), ["2"]);
    assert_eq!(cited(&e, "loss is never"), ["4"]);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Japanese and Chinese cite notes as `（注1）`, `（1）` or `(注1)`; a full-width `（1）` in
/// the middle of a phrase still numbers a list.
#[test]
fn full_width_and_worded_cjk_note_markers() {
    let e = extract_markdown(
        "委員会は「現行の運賃体系を維持することは難しい」と述べた（注1）。\
         組合は「人員の確保がすでに限界に近い」と訴えた（2）。\
         会社は「路線の統合を急ぐ必要がある」と説明した(注3)。\
         理由は（1）費用の上昇と（2）利用者の減少である。\n\n\
         注\n\n\
         1. 交通委員会「運賃の見直し」、https://kotsu.example.jp/a\n\
         2. 労働組合の声明、https://union.example.jp/b\n\
         3. 会社の発表、https://company.example.jp/c\n",
    );
    assert_eq!(cited(&e, "現行の運賃体系"), ["1"]);
    assert_eq!(cited(&e, "人員の確保"), ["2"]);
    assert_eq!(cited(&e, "路線の統合"), ["3"]);
    assert_eq!(note(&e, "1").referenced_at.len(), 1);
    assert_eq!(note(&e, "2").referenced_at.len(), 1);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Plain-text memos and e-mails set a quotation off by indenting it under the line that
/// introduces it (`… put it (4):`), in the same paragraph or the next; an indented command or
/// code under a colon is no quotation.
#[test]
fn indented_quotation_in_plain_text() {
    let e = extract_as(
        DocKind::Text,
        "The audit office was blunt. As its summary put it (4):\n\
         \x20   Inspection has raised the standard of the worst kitchens, but there is\n\
         \x20   no sign yet that it has changed how the best ones are run.\n\n\
         A second report said (5):\n\n\
         \x20   Fewer than one in ten of the businesses we visited had read the new\n\
         \x20   guidance before the inspector arrived at the door.\n\n\
         \x20   Most of them had heard of it only from their suppliers.\n\n\
         To rebuild the index, run:\n\n\
         \x20   tool index --rebuild --all --verbose --jobs 4 now\n\n\
         The helper is simply:\n\n\
         \x20   def area(radius): return 3.14 * radius * radius\n\n\
         Notes:\n\
         \x20   4 is the audit office, see the list below for more\n\n\
         Endnotes\n\n\
         [4] Audit Office, \"Kitchens\", 2024. https://audit.example.org/kitchens\n\
         [5] Food Agency, \"Guidance\", 2023. https://food.example.org/guidance\n",
    );
    let q = quote(&e, "Inspection has raised");
    assert_eq!(q.kind, citecheck::model::QuoteKind::Block);
    assert_eq!((q.line, q.column), (2, 5));
    assert_eq!(
        q.text,
        "Inspection has raised the standard of the worst kitchens, but there is no sign yet \
         that it has changed how the best ones are run."
    );
    assert_eq!(cited(&e, "Inspection has raised"), ["4"]);
    // Two indented paragraphs under one introduction are one quotation.
    assert_eq!(cited(&e, "Fewer than one in ten"), ["5"]);
    assert!(quote(&e, "Fewer than one in ten")
        .text
        .contains("from their suppliers"));
    assert_eq!(e.quotes.len(), 2, "{:?}", e.quotes);
}
