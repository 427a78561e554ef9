//! Regressions from the held-out evaluations of extraction that the forty-fifth session
//! took up: each case was extracted wrongly before its fix.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note, notes_of, quote, urls_of};

/// Regression: a GFM `Ibid.` took the URL of the note *defined* before it, though GFM
/// prints notes in the order they are first referenced. Here note `b` is referenced first,
/// then `a`, then `c` (`Ibid.`): `c` repeats `a`, the note printed just before it. A
/// definition never referenced, before an `Id.` referenced first, is still its source.
#[test]
fn a_gfm_ibid_repeats_the_note_referenced_before_it() {
    let e = extract_markdown(
        "# Ferries\n\nThe ministry called the new timetable \u{201C}a compromise that nobody on \
         the islands asked for\u{201D}.[^b] The union said that \u{201C}every cancelled \
         crossing costs a family a day of wages\u{201D}.[^a] It added that \u{201C}the winter \
         timetable was drawn up without one skipper in the room\u{201D}.[^c]\n\n\
         [^a]: Island Crews Union, \"Statement on the winter timetable\", 2024, \
         <https://union.example.org/winter>.\n\
         [^b]: Ministry of Transport, \"Island timetable review\", 2024, \
         <https://gov.example.org/review>.\n\
         [^c]: Ibid.\n",
    );
    assert_eq!(
        urls_of(&e, "the winter timetable"),
        ["https://union.example.org/winter"]
    );
    assert_eq!(note(&e, "c").urls, ["https://union.example.org/winter"]);
    // The notes referenced in the order they are defined: the one defined before.
    let e = extract_markdown(
        "One crew said \u{201C}the boats are older than the men who sail them\u{201D}.[^1] \
         Another said \u{201C}the spare parts come by post from another century\u{201D}.[^2]\n\n\
         [^1]: Harbour Log, \"Old boats\", 2023, <https://log.example.org/boats>.\n\
         [^2]: Ibid.\n",
    );
    assert_eq!(
        urls_of(&e, "the spare parts"),
        ["https://log.example.org/boats"]
    );
}

/// Regression: an MLA citation after a quotation naming an author the Works Cited list does
/// not hold (`(Brontë 4)`, the entry left out) left the quotation uncited with no warning.
/// A year in the brackets (`(London 2012)`) and brackets after no quotation stay silent.
#[test]
fn an_mla_citation_of_an_unlisted_author_is_warned_about() {
    let e = extract_markdown(
        "# Reading the moor\n\n\
         Critics have called the novel \u{201C}a book about weather as much as about \
         love\u{201D} (Brontë 4).\n\n\
         Others find that it \u{201C}refuses the comfort of a single narrator\u{201D} (Hale \
         12).\n\n\
         The crowd was \u{201C}louder than the sea that summer\u{201D} (London 2012).\n\n\
         The launch (Apollo 11) is mentioned once.\n\n\
         ## Works Cited\n\n\
         Hale, Ruth. *Voices on the Moor*. Tidal Press, 2010.\n",
    );
    let messages: Vec<&str> = e.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        messages,
        ["citation `Brontë 4` has no entry in the reference list"],
        "{:#?}",
        e.warnings
    );
    let w = &e.warnings[0];
    assert_eq!((w.line, w.column), (3, 77));
    assert_eq!(note(&e, "Hale 2010").referenced_at.len(), 1);
}

/// Regression: publishers whose names hold a comma were cut at it (`Farrar`, `Little`),
/// a firm named by two surnames and `&` was two authors (`Procter`, `Gamble`), and a
/// department naming its remits (`Department for Levelling Up, Housing and Communities`)
/// was split at its comma and its `and`.
#[test]
fn names_with_commas_and_ampersands_stay_whole() {
    let e = extract_markdown(
        "The memoir calls it \u{201C}a harbour that forgot how to be one\u{201D}.[^1] The \
         history says \u{201C}the mills closed one after another in a decade\u{201D}.[^2] The \
         report says \u{201C}the accounts could not be relied on for years\u{201D}.[^3] The \
         paper promised \u{201C}a fairer deal for every town in the country\u{201D}.[^4] The \
         plan speaks of \u{201C}hedges as the first line of flood defence\u{201D}.[^5]\n\n\
         [^1]: Mara Quill, *Harbour Years* (New York: Farrar, Straus and Giroux, 2015), 12.\n\
         [^2]: Tom Wren, *Mill Town* (Boston: Little, Brown, 2009), 44.\n\
         [^3]: Procter & Gamble, \"Annual Report 2020\", 2020, \
         <https://pg.example.com/report>.\n\
         [^4]: Department for Levelling Up, Housing and Communities, \"A Fairer Deal\", \
         February 2022, <https://gov.example.org/deal>.\n\
         [^5]: Ministry of Environment, Food and Rural Affairs, \"Hedges Plan\", 2023, \
         <https://gov.example.org/hedges>.\n",
    );
    assert_eq!(
        note(&e, "1").publisher.as_deref(),
        Some("Farrar, Straus and Giroux")
    );
    assert_eq!(note(&e, "1").authors, ["Mara Quill"]);
    assert_eq!(note(&e, "2").publisher.as_deref(), Some("Little, Brown"));
    assert_eq!(note(&e, "3").authors, ["Procter & Gamble"]);
    assert_eq!(
        note(&e, "4").authors,
        ["Department for Levelling Up, Housing and Communities"]
    );
    assert_eq!(
        note(&e, "5").authors,
        ["Ministry of Environment, Food and Rural Affairs"]
    );
    assert_eq!(note(&e, "5").title.as_deref(), Some("Hedges Plan"));
}

/// Regression: an MLA entry of a reprint, the first edition's year after the title
/// (`Brontë, Emily. *Wuthering Heights*. 1847. Penguin Classics, 2003.`), was read as an
/// author–date entry whose names ran to the year (`Brontë, Emily. Wuthering Heights`), and
/// the quotations citing it by page were left uncited.
#[test]
fn an_mla_reprint_entry_is_cited_by_its_author() {
    let e = extract_markdown(
        "# The moor\n\nThe narrator calls the heath \u{201C}a country of storms that never \
         quite break\u{201D} (Brontë 34). Later it is \u{201C}the one honest place on the \
         whole map\u{201D} (Brontë 211).\n\n\
         ## Works Cited\n\n\
         Brontë, Emily. *Wuthering Heights*. 1847. Penguin Classics, 2003.\n",
    );
    let n = &e.footnotes[0];
    assert_eq!(n.authors, ["Brontë, Emily"]);
    assert_eq!(n.title.as_deref(), Some("Wuthering Heights"));
    assert_eq!(n.publisher.as_deref(), Some("Penguin Classics"));
    assert_eq!(notes_of(&e, "a country of storms"), [n.label.as_str()]);
    assert_eq!(notes_of(&e, "the one honest place"), [n.label.as_str()]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// Regression: a site's banner above its `<article>` (a slogan in quotation marks, an
/// award's praise) was read as an uncited quotation of the article.
#[test]
fn a_site_banner_is_no_quotation() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div class=\"site-banner\"><p>\u{201C}The best local news in the county, \
         every single morning\u{201D} \u{2014} Harbour Awards 2023</p></div>\n<article><h1>Strike\
         </h1><p>The union said the rota was \u{201C}drawn up without asking a single nurse on \
         the ward\u{201D}, according to <a href=\"https://union.example.org/rota\">its \
         statement</a>.</p></article></body></html>\n",
    );
    let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        ["drawn up without asking a single nurse on the ward"]
    );
}

/// Regression: news copy's abbreviations ended the sentence, so a marker or link after them
/// did not back the quotation before: `… of Quarry Chips Inc. on Tuesday.[^1]`, `… in
/// Austin, Tex. on Monday`, `… at 10 a.m. on Friday`, `the U.S. Commerce Secretary told
/// [the Ledger](…)`. A sentence after them (`… in the U.S. The figures …`) is still another.
#[test]
fn abbreviations_mid_sentence_do_not_end_it() {
    let e = extract_markdown(
        "# Chips\n\n\
         \u{201C}We are sold out until the end of next year,\u{201D} said Rhea Lorn of Quarry \
         Chips Inc. on Tuesday.[^1]\n\n\
         \u{201C}We will build the second plant before the first is full,\u{201D} she said in \
         Austin, Tex. on Monday.[^1]\n\n\
         \u{201C}No order will be cut short this winter or the next,\u{201D} she said at 10 \
         a.m. on Friday.[^1]\n\n\
         \u{201C}Capacity takes years to build and longer to staff,\u{201D} the U.S. Commerce \
         Secretary told [the Ledger](https://ledger.example.com/chips).\n\n\
         \u{201C}We are not leaving the market this year or next,\u{201D} she said in the \
         U.S. The figures came out a week later.[^1]\n\n\
         [^1]: Quarry Chips, \"Second-quarter results\", 2024, \
         <https://quarry.example.com/results>.\n",
    );
    for starts in ["We are sold out", "We will build", "No order will"] {
        assert_eq!(notes_of(&e, starts), ["1"], "{starts}");
    }
    assert_eq!(
        urls_of(&e, "Capacity takes"),
        ["https://ledger.example.com/chips"]
    );
    assert!(quote(&e, "We are not leaving").citations.is_empty());
}

/// Regression: a paragraph under a block quotation naming who said it (`That was Professor
/// …, writing in 2023.[^1]`, `That was the chief executive, in a memo …`) was not read as
/// its credit: the quotation took the marker of the paragraph above (another source's), or
/// the next quotation took this credit's marker as its introduction. A paragraph under it
/// naming a time (`That was March 2020 …`) leaves the introduction alone.
#[test]
fn a_that_was_paragraph_under_a_block_quotation_credits_it() {
    let e = extract_markdown(
        "# Two views\n\n\
         Sales fell by a tenth in the spring, the company reported.[^1]\n\n\
         > We will come back stronger, and we will do it without losing a single crew.\n\n\
         That was the chief executive, in a memo to staff seen by this paper.\n\n\
         > The question is not whether the rule is perfect but whether anything better is \
         on offer.\n\n\
         That was Professor Ines Harrow, writing in 2023.[^2]\n\n\
         > The rule was always a confession that the courts had given up their own duty.\n\n\
         That was Tomas Wren's reply a month later.[^3]\n\n\
         The mayor put it plainly in her letter to the council.[^4]\n\n\
         > No street in this town will flood twice while I hold this office.\n\n\
         That was March 2020, before the river rose.\n\n\
         [^1]: Harbour Ferries, \"Spring results\", 2024, <https://ferries.example.com/q2>.\n\
         [^2]: Ines Harrow, \"The Rule as Law\", *Shore Law Review* 9 (2023), \
         <https://review.example.edu/harrow>.\n\
         [^3]: Tomas Wren, \"The Deference Trap\", *Shore Law Review* 10 (2023), \
         <https://review.example.edu/wren>.\n\
         [^4]: Mayor of Marsh, \"Letter to the council\", 2020, \
         <https://marsh.example.gov/letter>.\n",
    );
    assert!(quote(&e, "We will come back").citations.is_empty());
    assert_eq!(notes_of(&e, "The question is not"), ["2"]);
    assert_eq!(notes_of(&e, "The rule was always"), ["3"]);
    assert_eq!(notes_of(&e, "No street in this town"), ["4"]);
}

/// Regression: a committee named after its house, nine words or more (`House of Commons
/// Select Committee on Fisheries and Coastal Towns`), was no author, so the note lost its
/// title too and the title was read as an uncited quotation of the article; a department
/// named after its country (`U.S. Department of Health and Human Services`) was split at
/// its `and`.
#[test]
fn a_long_committee_name_is_the_notes_author() {
    let e = extract_markdown(
        "The committee called the scheme \"too little, too late and too thinly spread\".[1] \
         The agency said \"the rules will be reviewed within the year\".[2]\n\n\
         ## Notes\n\n\
         1. House of Commons Select Committee on Fisheries and Coastal Towns, \"Harbour \
         Renewal,\" 2003.\n\
         2. U.S. Department of Health and Human Services, \"Rules for Clinics,\" 2019.\n",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.authors,
        ["House of Commons Select Committee on Fisheries and Coastal Towns"]
    );
    assert_eq!(n.title.as_deref(), Some("Harbour Renewal"));
    assert_eq!(
        note(&e, "2").authors,
        ["U.S. Department of Health and Human Services"]
    );
    let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "too little, too late and too thinly spread",
            "the rules will be reviewed within the year"
        ]
    );
}

/// Regression: a report's number cut the publisher short (`Report No`, `NBER Working Paper
/// No`), and `et al.` after the names given glued them into one author (`Yang, L., Holtz,
/// D., et al`).
#[test]
fn report_numbers_and_et_al_leave_the_fields_clean() {
    let e = extract_markdown(
        "One review found \"the walls were never inspected after 1990\" (Marsh & Clarke, \
         2024). Another found \"crews ran the pumps by hand\" (Okoro, 2023). A third saw \
         \"no change in the first winter\" (Quill et al., 2022).\n\n\
         ## References\n\n\
         Marsh, H., & Clarke, J. (2024). *Review of county flood defences* (Report No. \
         24/117). County Council.\n\n\
         Okoro, N. (2023). *Pumps and people* (Tidal Working Paper No. 31207). Tidal \
         Institute.\n\n\
         Quill, A., Wren, T., et al. (2022). Drains in winter. *Shore Studies, 4*(2), 1–9.\n",
    );
    assert_eq!(
        note(&e, "Marsh & Clarke 2024").publisher.as_deref(),
        Some("County Council")
    );
    assert_eq!(
        note(&e, "Okoro 2023").publisher.as_deref(),
        Some("Tidal Institute")
    );
    assert_eq!(
        note(&e, "Quill et al. 2022").authors,
        ["Quill, A.", "Wren, T."]
    );
}

/// Regression: a note telling what someone conceded (`Quill later conceded that "…," in an
/// interview`) gave the conceded words as the note's title, so they were never checked.
#[test]
fn words_a_note_says_were_conceded_are_a_quotation() {
    let e = extract_markdown(
        "The market recovered within the year.[1]\n\n\
         ## Notes\n\n\
         1. Ada Quill later conceded that \"the harbour market was never really dead,\" in \
         an interview, <https://ledger.example.com/quill>.\n",
    );
    assert_eq!(note(&e, "1").title, None);
    assert_eq!(
        urls_of(&e, "the harbour market"),
        ["https://ledger.example.com/quill"]
    );
}

/// Regression: a quotation in single marks with a superscript note number glued after its
/// closing mark (`'… never did.'³`, `‘… never did.’³`) was no quotation: the number read
/// as a letter of a word the mark was inside.
#[test]
fn a_single_mark_quotation_before_a_superscript_number_is_found() {
    let e = extract_markdown(
        "A Treasury source said: 'The sums do not add up, and they never did.'\u{b3} Then \
         the minister spoke.\n\n\
         Another said: \u{2018}The forecast was written to please the room.\u{2019}\u{b3}\n\n\
         ---\n\n\
         \u{b3} Briefing to the author, 18 March 2024, <https://notes.example.org/b3>.\n",
    );
    for starts in ["The sums do not add up", "The forecast was written"] {
        assert_eq!(
            urls_of(&e, starts),
            ["https://notes.example.org/b3"],
            "{starts}"
        );
    }
}

/// Regression: a quotation whose only source was a link never filled in (`according to
/// [the clinic](#)`, `[the board](TODO)`) was uncited with no word of why, and `TODO` was
/// read as a file of that name. A quotation with a source of its own says nothing of a
/// placeholder beside it.
#[test]
fn a_quotation_sourced_by_a_placeholder_link_is_warned_about() {
    let e = extract_markdown(
        "The ferry is \"safe for every passenger in a winter storm,\" according to [the \
         harbour board](#).\n\n\
         As [the coastguard](TODO) put it, the crossing is \"closed until the swell drops \
         below two metres.\"\n\n\
         The pier is \"open every day of the year except one\"[^1] ([map](#)).\n\n\
         [^1]: Pier Trust, \"Opening hours\", 2024, <https://pier.example.org/hours>.\n",
    );
    let todo = e.links.iter().find(|l| l.text == "the coastguard").unwrap();
    assert_eq!(todo.kind, citecheck::model::LinkKind::Placeholder);
    let messages: Vec<&str> = e.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "quotation attributed to a placeholder link `the harbour board`: its source was \
             never filled in",
            "quotation attributed to a placeholder link `the coastguard`: its source was \
             never filled in"
        ]
    );
}

/// Regression: a `span.sidenote` with no Tufte number `label` before it took the next
/// number, 1, and with it the label of the page's own note 1 (`href="#fn1"` to `<li
/// id="fn1">`, or a `[1]` paragraph under Notes): the diary's quotation was tied to the
/// sidenote's work, and the real notes were dropped as defined twice.
#[test]
fn an_unnumbered_sidenote_takes_no_notes_label() {
    let e = extract_as(
        DocKind::Html,
        "<p>The diarist wrote that the harvest was &ldquo;the worst in living memory, and \
         bread has doubled.&rdquo;<sup><a href=\"#fn1\">1</a></sup></p>\n\
         <p>Historians doubt it.<label for=\"mn-1\" class=\"margin-toggle\">&#8853;</label>\
         <input type=\"checkbox\" id=\"mn-1\" class=\"margin-toggle\"/><span \
         class=\"sidenote\">Ruth Thompson, &ldquo;Harvest Myths,&rdquo; 2011.</span></p>\n\
         <ol><li id=\"fn1\">Diary of Ann Hewes, 3 September 1796, \
         <a href=\"https://records.example.org/hewes\">County Record Office</a>.</li></ol>\n",
    );
    assert_eq!(
        urls_of(&e, "the worst in living memory"),
        ["https://records.example.org/hewes"]
    );
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// Regression: two speakers' quotations in one sentence with both markers after the second
/// (`Okafor called it “…” while Lind called it “…”.[^3][^4]`) left the first uncited and
/// gave the second both notes. The writer set them in order: the first marker is the first
/// speaker's. Without a contrast between the two, and with one marker only, nothing is
/// split.
#[test]
fn two_speakers_markers_after_the_second_quotation_are_split_in_order() {
    let e = extract_markdown(
        "Okafor called the plan \u{201C}a triumph of hope over long experience\u{201D} while \
         Lind called it \u{201C}a gamble the county can just about afford\u{201D}.[^3][^4]\n\n\
         Okafor called it \u{201C}a plan for the next hundred years\u{201D} while Lind \
         called it \u{201C}a plan for the next election\u{201D}.[^4]\n\n\
         [^3]: Ada Okafor, \"Speech to the council\", 2024, <https://council.example.org/okafor>.\n\
         [^4]: Tom Lind, \"The county's gamble\", 2024, <https://paper.example.com/lind>.\n",
    );
    assert_eq!(notes_of(&e, "a triumph of hope"), ["3"]);
    assert_eq!(notes_of(&e, "a gamble the county"), ["4"]);
    assert!(quote(&e, "a plan for the next hundred")
        .citations
        .is_empty());
    assert_eq!(notes_of(&e, "a plan for the next election"), ["4"]);
}
