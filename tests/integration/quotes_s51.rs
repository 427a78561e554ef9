//! Regressions found by the fifty-first session's held-out evaluation of quotation
//! attribution: a dated correction or update box read as a block quotation, an MLA page
//! alone closing a block quotation read as a note's marker, a sentence about a phrase nested
//! in a longer quotation tied to the whole, a next sentence saying where the words were said
//! (`She said this in …`, `The remark was published …`), roundup credits (`Read more:`,
//! `H/T`), a possessive part of a cited work (`Its abstract says …`), and a short lead-in
//! pointing back to the sentence before a block quotation (`The key sentence:`). Each rule
//! has its negative cases beside it.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, extract_markdown, urls_of};

/// Regression: a correction or update box whose label carries the date it was made
/// (`> **Correction, 4 March 2024:** …`, `> **Update (9 June):** …`) was reported as a
/// block quotation; only the undated label was a callout. Whatever date form follows the
/// label, the box is prose; a label followed by words that are no date stays a quotation.
#[test]
fn a_dated_correction_or_update_box_is_no_quotation() {
    for label in [
        "Correction, 4 March 2024:",
        "Update (9 June):",
        "Updated 21 May 2024, 09:40 BST:",
        "Clarification (October 2022):",
        "Editor's note, 7 Nov:",
        "Correction (Tuesday 12 September):",
        "UPDATE, 3/4/2024:",
    ] {
        let text = format!(
            "The harbourmaster retired in the spring.\n\n> **{label}** An earlier version of \
             this profile gave the wrong year for his first command. It was 1988.\n"
        );
        let e = extract_markdown(&text);
        assert!(
            !e.quotes
                .iter()
                .any(|q| q.text.contains("earlier version of this profile")),
            "{label}: {:#?}",
            e.quotes
        );
    }
    // Not a date after the label: the block quotation is a quotation.
    for label in ["Update five things:", "Corrections are rare, he said:"] {
        let text = format!(
            "From the ferry company's notice:\n\n> **{label}** The crossing to the island will \
             run every ninety minutes from next week.\n"
        );
        let e = extract_markdown(&text);
        assert!(
            e.quotes
                .iter()
                .any(|q| q.text.contains("every ninety minutes")),
            "{label}: {:#?}",
            e.quotes
        );
    }
}

const WORKS_CITED: &str = "\n\n## Works Cited\n\nBrandt, Leonie. *Salt Roads*. Harbour \
                           Press, 2018.\n\nOkwu, Daniel. *The Tidal Line*. Northgate UP, \
                           2020.\n\nPell, Imogen. \"Reading Okwu.\" *Quay Review*, vol. 4, \
                           2021, pp. 10-19.\n";

/// Regression: an MLA page alone closing a block quotation (`> … the gulls came back.
/// (60)`) was read as note marker 60 (a warning, `(60)` left in the quotation, which went
/// uncited) when the list held several works; `(Okwu 58)` worked. The page now cites the
/// work of the one author the introducing paragraph names, and leaves the text. When that
/// paragraph names two of the list's authors, the page cites neither; in a document with
/// numbered notes and no list, `(60)` is still a note's marker.
#[test]
fn an_mla_page_alone_closes_a_block_quotation() {
    let text = format!(
        "Pell reads the early poems as quarrels with the sea (Pell 12).\n\nYet Okwu is not \
         done with hope. The poem after it, \"Neap,\" opens:\n\n> The tide forgets us twice a \
         day,\n> and twice a day remembers.\n>\n> I learned my patience from the mud. \
         (60)\n\nThe image of remembering returns at the close.{WORKS_CITED}"
    );
    let e = extract_markdown(&text);
    assert_eq!(
        cited(&e, "The tide forgets us"),
        [(
            Some("Okwu 2020".to_string()),
            None,
            Attribution::MarkerAfter
        )],
        "{:#?}",
        e.quotes
    );
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with("The tide forgets us"))
        .unwrap();
    assert!(!q.text.contains("(60)"), "{}", q.text);
    assert!(
        !e.warnings.iter().any(|w| w.message.contains("`60`")),
        "{:#?}",
        e.warnings
    );
    // Two of the list's authors named: whose page it is cannot be told.
    let text = format!(
        "Pell calls Okwu's next poem his bleakest. It opens:\n\n> The tide forgets us twice a \
         day,\n> and twice a day remembers. (60){WORKS_CITED}"
    );
    let e = extract_markdown(&text);
    assert!(
        cited(&e, "The tide forgets us").is_empty(),
        "{:#?}",
        e.quotes
    );
    // Real numbered notes: `(60)` is a note's marker.
    let e = extract_markdown(
        "The inspector was blunt:\n\n> The culvert has not been cleared in a decade and \
         floods every winter. (2)\n\nThe council disputes this (1).\n\n## Notes\n\n1. \
         Council statement, https://council.example.org/statement\n2. Inspection report, \
         https://council.example.org/culvert-report\n",
    );
    assert_eq!(
        urls_of(&e, "The culvert has not"),
        ["https://council.example.org/culvert-report"],
        "{:#?}",
        e.quotes
    );
}

const STRATEGY: &str = "https://archives.example.gov/strategy-2021.pdf";

/// Regression: a quoted answer holding a nested phrase (`… it speaks of 'repair before
/// replacement.'`) was tied to the source of the next paragraph, `That phrase comes from
/// the 2021 strategy, which says …[1]`: the sentence is about the phrase, not the forty
/// words around it. `That phrase` after a quotation of a few words, or `Those words` about
/// the whole answer, still source it.
#[test]
fn a_sentence_about_a_nested_phrase_leaves_the_whole_answer() {
    let note = format!("\n\n[^1]: Library service strategy 2021, {STRATEGY}\n");
    let answer = "\"Some of it is fair. We cannot mend everything, and we do not pretend to. \
                  What we can do is stop throwing away what still works. The county plan now \
                  backs us on this; it speaks of 'repair before replacement.'\"\n\n";
    for after in [
        "That phrase comes from the 2021 library strategy, which says branches should favour \
         \"repair before replacement, where it is economic.\"[^1]",
        "That comes from the 2021 library strategy, which says branches should favour \
         \"repair before replacement, where it is economic.\"[^1]",
    ] {
        let e = extract_markdown(&format!(
            "**Is the criticism fair?**\n\n{answer}{after}{note}"
        ));
        assert!(
            cited(&e, "Some of it is fair").is_empty(),
            "{after}: {:#?}",
            e.quotes
        );
    }
    // A short quotation that is the phrase: the sentence sources it.
    let e = extract_markdown(&format!(
        "The plan asks branches for \"repair before replacement wherever it makes sense.\"\n\n\
         That phrase comes from the 2021 library strategy.[^1]{note}"
    ));
    assert_eq!(
        cited(&e, "repair before replacement"),
        [(
            Some("1".to_string()),
            Some(STRATEGY.to_string()),
            Attribution::Following
        )]
    );
    // `Those words` about the whole answer.
    let e = extract_markdown(&format!(
        "{answer}Those words come from a 2023 interview with the branch manager.[^1]{note}"
    ));
    assert_eq!(notes_of_first(&e, "Some of it is fair"), ["1"]);
}

fn notes_of_first(e: &citecheck::model::Extraction, starts: &str) -> Vec<String> {
    cited(e, starts).into_iter().filter_map(|c| c.0).collect()
}

const GAZETTE: &str = "https://gazette.example.co.uk/archive/2001/ferry-profile";

/// Regression: a next sentence pointing back to the quotation, `She said this in a [2001
/// interview with the Gazette](…)`, or the README's own `“…” The remark was [published](…)
/// in 1998.`, left it uncited. A pronoun with `said this`, `said so`, `wrote that` and where
/// (a record or an occasion named), and `The remark`, `The line`, `The phrase`, `The
/// comment` with a verb of provenance, now source it. Reported speech (`He said that in 2019
/// the council …`) and a sentence that moves on (`The remark drew laughter …`) do not.
#[test]
fn a_next_sentence_saying_where_the_words_were_said_sources_them() {
    let quote = "Born on Barra, she ran the island ferry for thirty years. She was, in her own \
                 words, \"the only skipper who ever apologised to the weather.\"";
    for after in [
        format!(
            "She said this in a [2001 interview with the Gazette]({GAZETTE}), and said it often."
        ),
        format!("He said so in a [profile for the Gazette]({GAZETTE})."),
        format!("She wrote that in a [letter to the Gazette]({GAZETTE}) in 2001."),
        format!("The remark was [published]({GAZETTE}) in 2001."),
        format!("The line appeared in [the Gazette]({GAZETTE}) in 2001."),
        format!("The comment first appeared in a [Gazette profile]({GAZETTE})."),
    ] {
        let e = extract_markdown(&format!("{quote} {after}\n"));
        assert_eq!(
            urls_of(&e, "the only skipper"),
            [GAZETTE],
            "{after}: {:#?}",
            e.quotes
        );
    }
    for after in [
        format!("She said that in 2001 the [Gazette]({GAZETTE}) had misquoted her."),
        format!("The remark drew laughter at the [ferry gala]({GAZETTE})."),
        format!("She said this to anyone who would listen, and the [Gazette]({GAZETTE}) agreed."),
    ] {
        let e = extract_markdown(&format!("{quote} {after}\n"));
        assert!(
            urls_of(&e, "the only skipper").is_empty(),
            "{after}: {:#?}",
            e.quotes
        );
    }
}

const ECHO: &str = "https://www.northecho.example.co.uk/news/tool-library";

/// Regression: a roundup's `Read more: [Northern Echo](…)` on the line after an item's
/// quotation was no credit, where `Source: [Northern Echo](…)` was. `Read more:`, `More:`,
/// `Via:`, `H/T`, `Hat tip:`, `Full story:`, `Read the full story:` on a line of their own
/// now credit the quotation the same way. A label before words that are not the link
/// (`More: the council [voted](…) …`), or `Read more:` after the sentence on its line
/// (further reading), credits nothing.
#[test]
fn roundup_credit_lines_source_the_item_quote() {
    let item = "**3. A tool library opens in Darlington**\nBorrow a drill for a week, free. The \
                volunteers want to \"make owning a ladder feel old-fashioned.\"\n";
    for lead in [
        "Read more:",
        "More:",
        "Via:",
        "Via",
        "H/T",
        "Hat tip:",
        "Full story:",
        "Read the full story:",
    ] {
        let e = extract_markdown(&format!("{item}{lead} [Northern Echo]({ECHO})\n"));
        assert_eq!(
            urls_of(&e, "make owning a ladder"),
            [ECHO],
            "{lead}: {:#?}",
            e.quotes
        );
    }
    let e = extract_markdown(&format!(
        "{item}More: the council [voted]({ECHO}) to lend it a room.\n"
    ));
    assert!(
        urls_of(&e, "make owning a ladder").is_empty(),
        "{:#?}",
        e.quotes
    );
    // After the sentence on its own line, `Read more:` is further reading.
    let e = extract_markdown(&format!(
        "{}Read more: [Northern Echo]({ECHO})\n",
        item.trim_end().to_string() + " "
    ));
    assert!(
        urls_of(&e, "make owning a ladder").is_empty(),
        "{:#?}",
        e.quotes
    );
    // The next paragraph set apart as the credit: `Full story:`, not `Read more:`, which
    // a news page sets between its paragraphs to point to another story.
    let e = extract_markdown(&format!("{item}\nFull story: [Northern Echo]({ECHO})\n"));
    assert_eq!(
        urls_of(&e, "make owning a ladder"),
        [ECHO],
        "{:#?}",
        e.quotes
    );
    let e = extract_markdown(&format!("{item}\nRead more: [Northern Echo]({ECHO})\n"));
    assert!(
        urls_of(&e, "make owning a ladder").is_empty(),
        "{:#?}",
        e.quotes
    );
}

const STUDY: &str = "https://journals.example.org/cheese/2020/okafor-lind";

/// Regression: `Its abstract says brine salinity "…"` after a sentence linking the study
/// (`the earlier study by [Okafor and Lind](…)`) stayed uncited while `It says …` was tied
/// (`preceding`); so did `Its summary puts the case plainly: … "…"` in HTML. A possessive and
/// a part of a work (abstract, summary, conclusion, executive summary, key finding, opening
/// line, …) now points back as `It` does; a part of someone else's work (`Its abstract, the
/// reviewers said, …`), or a sentence before citing two things, does not.
#[test]
fn a_possessive_part_of_the_cited_work_points_back() {
    for lead in [
        "Its abstract says brine salinity",
        "Its summary notes that brine salinity",
        "Its executive summary states that brine salinity",
        "Its conclusion puts it bluntly: brine salinity",
        "In its abstract, the study says brine salinity",
    ] {
        let e = extract_markdown(&format!(
            "Ines mentioned the earlier study by [Okafor and Lind]({STUDY}) that first tied rind \
             colour to salt. {lead} \"mattered more than the age of the wheel\".\n"
        ));
        assert_eq!(
            cited(&e, "mattered more than"),
            [(None, Some(STUDY.to_string()), Attribution::Preceding)],
            "{lead}: {:#?}",
            e.quotes
        );
    }
    // Two sources in the sentence before: which one's abstract is unclear.
    let e = extract_markdown(&format!(
        "Ines compared the [Okafor and Lind study]({STUDY}) with a [later \
         one](https://journals.example.org/cheese/2022/park). Its abstract says brine salinity \
         \"mattered more than the age of the wheel\".\n"
    ));
    assert!(
        cited(&e, "mattered more than").is_empty(),
        "{:#?}",
        e.quotes
    );
    // Someone else's verb in a relative clause.
    let e = extract_markdown(&format!(
        "Ines mentioned the earlier study by [Okafor and Lind]({STUDY}). Its conclusion was \
         mocked by a cheesemonger who said the salt \"mattered more than the age of the \
         wheel\".\n"
    ));
    assert!(
        cited(&e, "mattered more than").is_empty(),
        "{:#?}",
        e.quotes
    );
    // HTML, a newsletter's item.
    let e = extract_as(
        DocKind::Html,
        "<html><body><p>The canal trust's <a href=\"https://trust.example.org/towpath-consultation\">\
         consultation on towpath lighting</a> closes on 2 May. Its summary puts the case plainly: \
         solar bollards would cost &ldquo;roughly a third of what mains lighting costs per \
         mile&rdquo;.</p></body></html>",
    );
    assert_eq!(
        urls_of(&e, "roughly a third"),
        ["https://trust.example.org/towpath-consultation"],
        "{:#?}",
        e.quotes
    );
}

const MEMO: &str = "https://www.example.gov/water/reservoir/interim-memo.pdf";

/// Regression: `<p>The water board posted its <a>interim memo</a> at noon. The key
/// sentence:</p><blockquote>…</blockquote>` left the block quotation uncited: a lead-in
/// sentence ending with a colon took only its own links. A short lead-in that cites nothing
/// and points back (`The key sentence:`, `The key passage:`, `It reads:`, `The relevant
/// line:`, `In full:`) now takes the one link of the sentence before it in its paragraph. A
/// lead-in of its own (`Residents were unimpressed:`), or a sentence before with two links,
/// gives none.
#[test]
fn a_pointing_lead_in_takes_the_link_of_the_sentence_before() {
    let html = |lead: &str, before: &str| {
        format!(
            "<html><body><article><p>{before} {lead}</p><blockquote><p>The spillway is sound, \
             but the inlet tower needs work before the autumn rains, and the level will be held \
             low until then.</p></blockquote><p>No date was given for the work.</p></article>\
             </body></html>"
        )
    };
    let linked = format!(
        "The water board posted its <a href=\"{MEMO}\">interim memo</a> shortly after noon."
    );
    for lead in [
        "The key sentence:",
        "The key passage:",
        "It reads:",
        "The relevant line:",
        "In full:",
        "The passage in question:",
    ] {
        let e = extract_as(DocKind::Html, &html(lead, &linked));
        assert_eq!(
            urls_of(&e, "The spillway is sound"),
            [MEMO],
            "{lead}: {:#?}",
            e.quotes
        );
    }
    let e = extract_as(DocKind::Html, &html("Residents were unimpressed:", &linked));
    assert!(
        urls_of(&e, "The spillway is sound").is_empty(),
        "{:#?}",
        e.quotes
    );
    let two = format!(
        "The water board posted its <a href=\"{MEMO}\">interim memo</a> after the \
         <a href=\"https://news.example.com/reservoir\">first reports</a>."
    );
    let e = extract_as(DocKind::Html, &html("The key sentence:", &two));
    assert!(
        urls_of(&e, "The spillway is sound").is_empty(),
        "{:#?}",
        e.quotes
    );
    // Markdown too.
    let e = extract_markdown(&format!(
        "The water board posted its [interim memo]({MEMO}) shortly after noon. The key \
         passage:\n\n> The spillway is sound, but the inlet tower needs work before the autumn \
         rains.\n"
    ));
    assert_eq!(
        urls_of(&e, "The spillway is sound"),
        [MEMO],
        "{:#?}",
        e.quotes
    );
}
