//! Regressions from the forty-seventh session's work on extraction: each case was extracted
//! wrongly before its fix.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as, extract_markdown, notes_of, urls_of};

/// Regression: with the comma inside the closing mark (`would “…,” and the [figures](…)
/// show …`), a link in the next clause, which has its own subject, was taken as the
/// quotation's source: `check` would look for the words on the statistics page. With the
/// comma outside (`“…”, and the [figures](…)`) it already was not.
#[test]
fn a_link_in_a_clause_of_its_own_after_a_comma_inside_the_mark_is_not_the_source() {
    let e = extract_markdown(
        "The ministry said it would \u{201C}consider the inspectors' recommendations \
         carefully,\u{201D} and the [latest punctuality figures](https://stats.example.org/rail) \
         show the line improving.\n\n\
         The ministry said it would \u{201C}publish a full response within the month,\u{201D} \
         [a spokesperson told reporters](https://news.example.com/response).\n",
    );
    assert!(urls_of(&e, "consider the inspectors").is_empty());
    assert_eq!(
        urls_of(&e, "publish a full response"),
        ["https://news.example.com/response"]
    );
}

/// Regression: a sentence after the quotation's, in the same paragraph, that names where it
/// was said (`The statement was [published](…) shortly after.`) was not read as its source,
/// though the same sentence in a paragraph of its own was: the quotation was uncited and a
/// misquote there passed `check`. A sentence that moves on cites nothing of it.
#[test]
fn a_source_sentence_after_the_quote_in_its_paragraph_cites_it() {
    let e = extract_markdown(
        "In a statement, the operator said it \u{201C}accepts the findings in full and \
         apologises to every passenger affected.\u{201D} The statement was [published on its \
         website](https://operator.example.com/statement) shortly after the hearing.\n\n\
         The operator said it \u{201C}will appeal against the size of the fine imposed \
         today.\u{201D} The weather [turned](https://weather.example.org/today) that \
         afternoon.\n",
    );
    assert_eq!(
        urls_of(&e, "accepts the findings"),
        ["https://operator.example.com/statement"]
    );
    assert!(urls_of(&e, "will appeal against").is_empty());
}

/// Regression: a link after `, although` (and `even though`, `yet`) backs the clause it
/// stands in, a rebuttal with its own subject, not the quotation: `check` would have looked
/// for the chancellor's words on the analysis page.
#[test]
fn a_link_after_although_backs_its_own_clause() {
    let e = extract_markdown(
        "\u{201C}The levy will touch only the wealthiest savers in the country,\u{201D} the \
         chancellor said, although [analysis by a think tank](https://think.example.org/levy) \
         suggests otherwise.\n\n\
         \u{201C}Rents will fall across the city within two years,\u{201D} the mayor said, \
         even though [the latest survey](https://survey.example.org/rents) shows a rise.\n\n\
         \u{201C}Every school will have a nurse by next September,\u{201D} the minister \
         [told the committee](https://parliament.example.org/evidence).\n",
    );
    assert!(urls_of(&e, "The levy will touch").is_empty());
    assert!(urls_of(&e, "Rents will fall").is_empty());
    assert_eq!(
        urls_of(&e, "Every school will"),
        ["https://parliament.example.org/evidence"]
    );
}

/// Regression: the paragraph after a quotation names its source in more wordings: `That
/// exchange is in …`, `That answer was recorded in …`, `Those figures come from …`, `That
/// restriction is set out in …`, `That was the witness's answer, according to …`. Each
/// quotation was uncited, so a misquote there passed `check` with exit 0.
#[test]
fn a_paragraph_naming_the_quotations_source_in_more_wordings_cites_it() {
    let lead = [
        "That exchange is in the published transcript.[^1]",
        "That answer was recorded in the published transcript.[^1]",
        "The exchange appears in the published transcript.[^1]",
        "That was the witness's answer, according to the transcript.[^1]",
        "Those figures come from the published transcript.[^1]",
        "That restriction is set out in the published transcript.[^1]",
    ];
    for sentence in lead {
        let e = extract_markdown(&format!(
            "The engineer accepted the point under questioning.\n\n\
             \"The model was calibrated on a thirty-year record, and I accept that the \
             flood falls outside it.\"\n\n\
             {sentence}\n\n\
             [^1]: Planning Inspectorate, transcript of day three, https://example.org/day-3\n"
        ));
        assert_eq!(
            cites(&e, "The model was calibrated"),
            [(Some("1"), Attribution::Following)],
            "{sentence}"
        );
    }
    // A paragraph moving on cites nothing of it; nor do another's findings.
    for sentence in [
        "These findings came from a separate survey.[^1]",
        "That week the council met again.[^1]",
    ] {
        let e = extract_markdown(&format!(
            "\"The model was calibrated on a thirty-year record, and I accept that the \
             flood falls outside it.\"\n\n{sentence}\n\n\
             [^1]: Survey, https://example.org/survey\n"
        ));
        assert_eq!(cites(&e, "The model was calibrated"), [], "{sentence}");
    }
}

/// Regression: `It also says that “…”` (an adverb between `It` and its verb) and `The same
/// survey recorded that “…”` did not take up the citation of the sentence before: the
/// quotation was uncited.
#[test]
fn it_also_says_takes_up_the_sentence_before() {
    for lead in [
        "It also says that",
        "It further notes that",
        "The same survey recorded that",
    ] {
        let e = extract_markdown(&format!(
            "A 2023 survey found that most islanders travel to the mainland four days a \
             week.[^4] {lead} \"more than half of respondents would consider leaving the \
             island\".\n\n\
             [^4]: Transport Forum, *Island Travel Survey*, https://example.org/survey\n"
        ));
        assert_eq!(notes_of(&e, "more than half"), ["4"], "{lead}");
    }
}

/// Regression: a credit in brackets of its own after the quotation's sentence (`(Source:
/// [statement](…).)`, `(Read the full [statement](…).)`, `(From the [statement](…).)`) was
/// not read as its credit, though the same without brackets was.
#[test]
fn a_credit_in_brackets_after_the_sentence_cites_the_quote() {
    for credit in [
        "(Source: [health board statement](https://health.example.org/outbreak).)",
        "(Read the full [statement](https://health.example.org/outbreak).)",
        "(From the [statement](https://health.example.org/outbreak).)",
    ] {
        let e = extract_markdown(&format!(
            "Officials described the outbreak as \"contained, for now, to two care homes in \
             the north of the county\". {credit}\n"
        ));
        assert_eq!(
            urls_of(&e, "contained, for now"),
            ["https://health.example.org/outbreak"],
            "{credit}"
        );
    }
    // A link in brackets with words of its own is no credit.
    let e = extract_markdown(
        "Officials described the outbreak as \"contained, for now, to two care homes in the \
         north of the county\". (The [weather](https://weather.example.org/) was poor.)\n",
    );
    assert!(urls_of(&e, "contained, for now").is_empty());
}

/// Regression: a quoted paragraph after a paragraph ending with a marker but no colon took
/// that marker as its introduction's, though the paragraph after it names its source with
/// a marker of its own (`That was the verdict of the review group in its report.[^4]`):
/// the quotation was checked against the wrong page.
#[test]
fn a_quoted_paragraph_takes_the_source_named_after_it_over_the_marker_before() {
    let e = extract_markdown(
        "The two hubs cost more per visit than the libraries they replaced.[^3]\n\n\
         \"The closure of a branch library is rarely announced as a closure. It arrives as \
         a merger, a relocation, a partnership.\"\n\n\
         That was the verdict of the review group in its 2019 report.[^4]\n\n\
         [^3]: Borough Council, Annual Report, https://example.org/annual\n\
         [^4]: Review Group, Branch Lines, 2019, https://example.net/branch-lines\n",
    );
    assert_eq!(
        cites(&e, "The closure of a branch"),
        [(Some("4"), Attribution::Following)]
    );
    // With a colon, the paragraph before introduces it.
    let e = extract_markdown(
        "The review group put it bluntly in its report:[^3]\n\n\
         \"The closure of a branch library is rarely announced as a closure. It arrives as \
         a merger, a relocation, a partnership.\"\n\n\
         That was the verdict of the review group.[^4]\n\n\
         [^3]: Review Group, Branch Lines, https://example.org/annual\n\
         [^4]: Review Group, Branch Lines, 2019, https://example.net/branch-lines\n",
    );
    assert_eq!(
        cites(&e, "The closure of a branch"),
        [(Some("3"), Attribution::IntroMarker)]
    );
}

/// Regression: a correction, update or editor's note boxed as a block quotation (`>
/// **Correction**`) was read as one long uncited quotation, and the words it quotes lost.
#[test]
fn a_correction_box_is_a_callout_not_a_quotation() {
    for label in ["**Correction**", "**Update:**", "**Editor's note:**"] {
        let e = extract_markdown(&format!(
            "Members voted to send the plan back to committee.\n\n\
             > {label}\n>\n\
             > Last week's issue quoted a councillor as saying the plan was \"a wish list for \
             > developers and nobody else\". He did not say that. We apologise.\n"
        ));
        assert!(
            e.quotes.iter().all(|q| !q.text.starts_with("Correction")
                && !q.text.starts_with("Update")
                && !q.text.starts_with("Editor")
                && !q.text.starts_with("Last week")),
            "{label}: {:?}",
            e.quotes
        );
        assert!(
            e.quotes.iter().any(|q| q.text.starts_with("a wish list")),
            "{label}"
        );
    }
}

/// Regression: a union's briefing named in quotation marks before its marker (`The union's
/// briefing "Four Days, Full Pay" [3] argues`) was read as a quotation cited by note 3.
#[test]
fn a_briefings_title_is_no_quotation() {
    let e = extract_as(
        DocKind::Text,
        "The union's briefing \"Four Days, Full Pay, No Loss\" [3] argues that output \
         should not be the only test.\n\n\
         References\n\n\
         [3] Public Services Union, \"Four Days, Full Pay\", 2022. \
         https://example.org/briefings/four-days\n",
    );
    assert!(
        e.quotes.iter().all(|q| !q.text.starts_with("Four Days")),
        "{:?}",
        e.quotes
    );
}

/// Regression: a clause after a colon that names the cited work again (`not what the
/// leaflet [2] says: the leaflet calls it “…”`) lost the marker; with `it calls it` it was
/// kept.
#[test]
fn a_clause_naming_the_cited_work_again_keeps_its_marker() {
    let e = extract_as(
        DocKind::Text,
        "That is not what the leaflet [2] says: the leaflet calls it \"a decision already \
         taken by the cabinet\".\n\n\
         Links:\n[2] https://council.example.org/leaflet.pdf\n",
    );
    assert_eq!(
        cites(&e, "a decision already taken"),
        [(Some("2"), Attribution::MarkerBefore)]
    );
    // Another noun is someone else: `the mayor calls it`.
    let e = extract_as(
        DocKind::Text,
        "That is not what the leaflet [2] says: the mayor calls it \"a decision already \
         taken by the cabinet\".\n\n\
         Links:\n[2] https://council.example.org/leaflet.pdf\n",
    );
    assert_eq!(cites(&e, "a decision already taken"), []);
}

/// Regression: on a MediaWiki page, a link to one of the wiki's articles before a quotation
/// with its own note (`the <a href="/wiki/Board_of_Trade">Board of Trade</a> inspector
/// described it as "…"[2]`) was a second citation, an address `check` cannot fetch.
#[test]
fn a_wikis_article_link_is_no_source_beside_the_note() {
    let e = extract_as(
        DocKind::Html,
        "<div class=\"mw-parser-output\"><p>In 1871 the <a href=\"/wiki/Board_of_Trade\">\
         Board of Trade</a> inspector described the site as \"the most exposed station on the \
         whole of the western approaches\".<sup id=\"cite_ref-2\" class=\"reference\"><a \
         href=\"#cite_note-2\">[2]</a></sup></p>\
         <h2>References</h2><ol class=\"references\"><li id=\"cite_note-2\"><a \
         href=\"#cite_ref-2\">^</a> Board of Trade (1872). <a \
         href=\"https://archive.example.org/bot-1872\">Report on the Lighthouses</a>. \
         p. 44.</li></ol></div>",
    );
    assert_eq!(
        cites(&e, "the most exposed station"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
}

/// Regression: a credit line under a block quotation naming where the words were quoted,
/// with words after the link (`— A registrar, quoted in the <a>journal's piece</a> that
/// first reported the reversal.`), ran past the twelve words a credit may have: the
/// quotation was uncited.
#[test]
fn a_credit_quoted_in_a_piece_cites_the_block_quote() {
    let e = extract_as(
        DocKind::Html,
        "<article><blockquote><p>When the network went down on the ward, the only device that \
         still worked was the one we had just thrown away.</p></blockquote>\
         <p>\u{2014} A registrar, quoted in the <a href=\"https://journal.example.org/pagers\">\
         journal's piece</a> that first reported the reversal of the policy.</p></article>",
    );
    assert_eq!(
        urls_of(&e, "When the network went down"),
        ["https://journal.example.org/pagers"]
    );
}

/// Regression: an MLA citation wrapped after the author's comma (`(Okafor,⏎"Salt" 9)`) lost
/// its short title: the quotation was uncited and `"Salt"` became a quotation of its own.
#[test]
fn a_wrapped_mla_citation_keeps_its_short_title() {
    for cite in ["(Okafor,\n\"Salt\" 9)", "(Okafor,\n*Reading Rivers* 14)"] {
        let e = extract_markdown(&format!(
            "Okafor's later essay describes their memories as \"a map that can only be read \
             aloud\" {cite}.\n\n\
             ## Works Cited\n\n\
             Okafor, Ada. *Reading Rivers*. Lagos UP, 2021, https://example.org/rivers.\n\n\
             ---. \"Salt and Memory.\" *Journal of Coastal Letters*, vol. 7, no. 1, 2022, \
             pp. 1\u{2013}19, https://example.net/salt.\n"
        ));
        let want = if cite.contains("Salt") {
            "https://example.net/salt"
        } else {
            "https://example.org/rivers"
        };
        assert_eq!(urls_of(&e, "a map that can"), [want], "{cite}");
        assert!(
            e.quotes.iter().all(|q| q.text != "Salt"),
            "{cite}: {:?}",
            e.quotes
        );
    }
}

/// Regression: a narrative citation of an author the reference list does not hold at all
/// (`Price (2020) found that "…"`) raised no warning, though `(Price, 2020)` did.
#[test]
fn a_narrative_citation_with_no_entry_is_warned_about() {
    let e = extract_markdown(
        "Trials that cut hours had larger effects (Lind & Ruiz, 2023). Price (2020) found \
         that \"firms that volunteer for a trial are unlikely to be typical.\"\n\n\
         ## References\n\n\
         Lind, T. R., & Ruiz, J. (2023). Four days, five outcomes. *Journal of Work*, \
         *12*(3), 201\u{2013}219. https://doi.org/10.5555/jow.2023\n",
    );
    assert!(
        e.warnings
            .iter()
            .any(|w| w.message.contains("`Price 2020` has no entry")),
        "{:?}",
        e.warnings
    );
    // A name with its first name, or one with no verb of reporting after it, is none.
    let e = extract_markdown(
        "Adam Smith (1776) wrote that markets clear. The London (2012) games were costly.\n\n\
         ## References\n\n\
         Lind, T. R., & Ruiz, J. (2023). Four days, five outcomes. *Journal of Work*, \
         *12*(3), 201\u{2013}219. https://doi.org/10.5555/jow.2023\n",
    );
    assert!(
        e.warnings
            .iter()
            .all(|w| !w.message.contains("has no entry")),
        "{:?}",
        e.warnings
    );
}

/// Regression: in plain text, an indented block quotation closing with its author–date
/// citation (`(Heritage Volunteers Network, 2023, p. 12)`) under a paragraph ending with a
/// colon was not read at all: its last line's bracket made it look like code.
#[test]
fn an_indented_passage_closing_with_its_citation_is_a_block_quote() {
    let e = extract_as(
        DocKind::Text,
        "The network's annual report is frank about the causes:\n\n    \
         Many of our members report that volunteers are leaving not because\n    \
         they have lost interest, but because nobody asks them what they want.\n    \
         (Heritage Volunteers Network, 2023, p. 12)\n\n\
         References\n\n\
         Heritage Volunteers Network. (2023). Annual report 2023. \
         https://example.org/annual-2023\n",
    );
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Many of our members"))
        .unwrap_or_else(|| panic!("{:?}", e.quotes));
    assert_eq!(q.kind, citecheck::model::QuoteKind::Block);
    assert_eq!(
        urls_of(&e, "Many of our members"),
        ["https://example.org/annual-2023"]
    );
    // Indented lines under a colon, ending in a call's bracket, stay code.
    let e = extract_as(
        DocKind::Text,
        "Run the following:\n\n    make install and then run the checker once more\n    \
         with the flags set (see above)\n",
    );
    assert!(e.quotes.is_empty(), "{:?}", e.quotes);
}

/// Regression: a Markdown link's text wrapped over two lines lost the space at the break
/// (`[Annual Report⏎2022 to 2023](…)` read `Annual Report2022 to 2023`), in the links listed
/// and in everything read from a link's words.
#[test]
fn a_link_text_wrapped_over_lines_keeps_its_space() {
    let e = extract_markdown(
        "See the [Cultural Services Annual Report\n2022 to 2023](https://example.org/report) \
         for the figures.\n",
    );
    let texts: Vec<&str> = e.links.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["Cultural Services Annual Report 2022 to 2023"]);
}
