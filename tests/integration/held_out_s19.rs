//! Regressions found by the nineteenth session's held-out evaluation: each input lost a
//! source, took a wrong one, or read a quotation wrongly before its fix. Every rule has its
//! negative cases beside it: what the rule must not catch.

use crate::support::notes_of;
use citecheck::model::{Attribution, DocKind, QuoteKind};

use crate::support::{cited, extract_as, note};

/// Four numbered references, as the texts below cite them.
const REFS_MD: &str = "\n\n### References\n\n1. Harbour survey. https://refs.example.org/1\n\
                       2. Tide tables. https://refs.example.org/2\n\
                       3. Pilot notes. https://refs.example.org/3\n\
                       4. Port bylaws. https://refs.example.org/4\n\
                       5. Dredging log. https://refs.example.org/5\n\
                       6. Berth plan. https://refs.example.org/6\n\
                       7. Crane report. https://refs.example.org/7\n";

/// A bare superscript naming several notes (`<sup>2,3</sup>`, `<sup>5-7</sup>`,
/// `<sup>2–3</sup>`) is one group of markers right after the quote: the quote takes them
/// all, its text stops at its closing mark, and the next sentence's marker stays its own.
#[test]
fn a_superscript_naming_several_notes_is_a_group_of_markers() {
    for (sup, want) in [
        ("2,3", vec!["2", "3"]),
        ("2, 3", vec!["2", "3"]),
        ("5-7", vec!["5", "6", "7"]),
        ("2–3", vec!["2", "3"]),
    ] {
        let md = format!(
            "The bylaw asks for \"a pilot on every vessel over forty metres.\"<sup>{sup}</sup> \
             Few captains agree.<sup>4</sup>{REFS_MD}"
        );
        let html = format!(
            "<p>The bylaw asks for \"a pilot on every vessel over forty metres.\"<sup>{sup}\
             </sup> Few captains agree.<sup>4</sup></p><h3>References</h3><ol>\
             <li>Harbour survey. https://refs.example.org/1</li>\
             <li>Tide tables. https://refs.example.org/2</li>\
             <li>Pilot notes. https://refs.example.org/3</li>\
             <li>Port bylaws. https://refs.example.org/4</li>\
             <li>Dredging log. https://refs.example.org/5</li>\
             <li>Berth plan. https://refs.example.org/6</li>\
             <li>Crane report. https://refs.example.org/7</li></ol>"
        );
        for (kind, text) in [(DocKind::Markdown, md), (DocKind::Html, html)] {
            let e = extract_as(kind, &text);
            let q = crate::support::quote(&e, "a pilot on every");
            assert_eq!(
                q.text, "a pilot on every vessel over forty metres.",
                "{sup} {kind:?}"
            );
            assert_eq!(notes_of(&e, "a pilot on every"), want, "{sup} {kind:?}");
            assert!(cited(&e, "a pilot on every")
                .iter()
                .all(|c| c.2 == Attribution::MarkerAfter));
            assert!(
                !e.warnings
                    .iter()
                    .any(|w| w.message.contains("unbalanced") || w.message.contains("`4`")),
                "{sup} {kind:?}: {:?}",
                e.warnings
            );
        }
    }
}

/// What a superscript holds that is no group of notes stays what it was: a power after a
/// number, a number with a thousands separator, a falling or overlong range.
#[test]
fn superscripts_that_name_no_group_of_notes() {
    // A power: `10<sup>2,3</sup>` is no marker after a bare number.
    let e = extract_as(
        DocKind::Html,
        "<p>The engineer said the load was \"well within the rated limit\" at 10<sup>2,3</sup> \
         cycles.</p>",
    );
    assert!(e.footnotes.is_empty());
    assert!(cited(&e, "well within").is_empty());
    for sup in ["1,000", "3-2", "1-20", "02,3", "2.5"] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<p>The report called it \"a harbour built for another century\"<sup>{sup}\
                 </sup>.</p><ol><li>Harbour survey. https://refs.example.org/1</li>\
                 <li>Tide tables. https://refs.example.org/2</li>\
                 <li>Pilot notes. https://refs.example.org/3</li></ol>"
            ),
        );
        assert!(
            notes_of(&e, "a harbour built").len() <= 1,
            "{sup}: {:?}",
            cited(&e, "a harbour built")
        );
    }
}

/// A page locator written with a no-break space (`p.&nbsp;71`, LaTeX's `p.~71` in HTML)
/// keeps its marker: the quote takes note 3, and the later clause's note stays there.
#[test]
fn a_locator_with_a_no_break_space_keeps_its_marker() {
    let e = extract_as(
        DocKind::Html,
        "<p>Ward writes that the enclosure &#8220;gave the meadows to the few and the marsh to \
         the many&#8221; [<a href=\"#XWard1961\">3</a>, p.&#x00A0;71], and others concur\
         <sup><a href=\"#fn1\" id=\"fn1-bk\">1</a></sup>.</p>\
         <div class=\"footnotes\"><p id=\"fn1\"><a href=\"#fn1-bk\">1</a> Hale, Marsh and \
         Meadow (1990), <a href=\"https://refs.example.org/hale\">online</a>.</p></div>\
         <h3>References</h3><div class=\"thebibliography\"><p class=\"bibitem\"><span class=\"biblabel\">[3]\
         <span class=\"bibsp\">&#x00A0;&#x00A0;</span></span><a id=\"XWard1961\"></a>R. Ward. \
         The Common Fields. 1961. <a href=\"https://refs.example.org/ward\">link</a></p></div>",
    );
    assert_eq!(notes_of(&e, "gave the meadows"), ["3"]);
    // The same in plain text.
    let e = extract_as(
        DocKind::Text,
        "Ward writes that the enclosure \"gave the meadows to the few and the marsh to the \
         many\" [3, p.\u{a0}71].\n\nReferences\n\n[1] Hale. https://refs.example.org/hale\n\
         [2] Ross. https://refs.example.org/ross\n[3] Ward. https://refs.example.org/ward\n",
    );
    assert_eq!(notes_of(&e, "gave the meadows"), ["3"]);
}

/// Page locators as other languages abbreviate them keep the marker: GOST's `с. 45`,
/// Kazakh and Kyrgyz `45-б.` and `45-бет`, Czech, Polish and Scandinavian `s. 45`, `str.
/// 45`. A bracket whose second part is words (`[2, and 3]`, `[2, see chapter 4]`) is no
/// marker with a locator.
#[test]
fn page_locators_in_other_languages_keep_the_marker() {
    let text = |bracket: &str| {
        format!(
            "The audit found that the old boilers \u{ab}account for most of the winter smog in \
             the valley\u{bb} {bracket}.\n\nSources\n\n[1] Audit office. \
             https://refs.example.org/1\n[2] City report. https://refs.example.org/2\n"
        )
    };
    for bracket in [
        "[2, с. 45]",
        "[2, С. 45–47]",
        "[2, 45-б.]",
        "[2, 45-бет]",
        "[2, s. 45]",
        "[2, str. 45]",
        "[2, стр.\u{a0}45]",
    ] {
        let e = extract_as(DocKind::Text, &text(bracket));
        assert_eq!(notes_of(&e, "account for most"), ["2"], "{bracket}");
    }
    for bracket in ["[2, and 3]", "[2, see chapter 4]", "[2, sections 4]"] {
        let e = extract_as(DocKind::Text, &text(bracket));
        assert!(
            notes_of(&e, "account for most").is_empty(),
            "{bracket}: {:?}",
            cited(&e, "account for most")
        );
    }
}

/// A paragraph opening with a bare `<sup>1</sup>`, after text that cites note 1 with one,
/// is note 1 (a press release's notes after `###`, or under a heading): the quote takes it
/// and no marker is left without its note.
#[test]
fn a_paragraph_opening_with_a_superscript_is_a_note_the_text_cites() {
    for sep in ["<p>###</p>", "<h2>Notes</h2>", ""] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<p>The grid operator expects &#8220;a capacity gap in the northern zone by \
                 2028&#8221;.<sup>1</sup> Prices rose by a third.<sup>2</sup></p>{sep}\
                 <p><sup>1</sup> Grid operator, Winter Outlook (2025). \
                 https://refs.example.org/outlook</p>\
                 <p><sup>2</sup> Market monitor, Annual Report. \
                 https://refs.example.org/monitor</p>"
            ),
        );
        assert_eq!(
            note(&e, "1").urls,
            ["https://refs.example.org/outlook"],
            "{sep}"
        );
        assert_eq!(note(&e, "2").urls, ["https://refs.example.org/monitor"]);
        assert_eq!(
            cited(&e, "a capacity gap"),
            [(
                Some("1".into()),
                Some("https://refs.example.org/outlook".into()),
                Attribution::MarkerAfter
            )],
            "{sep}"
        );
        assert!(e.warnings.is_empty(), "{sep}: {:?}", e.warnings);
    }
}

/// Not notes: verse numbers opening paragraphs (a number the text never cites mid-sentence,
/// or out of order), a superscript opening a paragraph nothing cited, one in a list item.
#[test]
fn superscripts_opening_paragraphs_that_are_not_notes() {
    let e = extract_as(
        DocKind::Html,
        "<p><sup>1</sup>In the first year the river rose. <sup>2</sup>And the town \
         moved.</p><p><sup>2</sup>Then the \"great flood of the valley\" came.</p>",
    );
    assert!(e.footnotes.is_empty(), "{:?}", e.footnotes);
    let e = extract_as(
        DocKind::Html,
        "<p>The mayor called it \"a decade of patient work\".</p>\
         <p><sup>1</sup> Council minutes. https://refs.example.org/minutes</p>",
    );
    assert!(e.footnotes.is_empty(), "{:?}", e.footnotes);
    assert!(cited(&e, "a decade of patient").is_empty());
}

/// A credit line after the quote's sentence labelled `Statement:`, `Press release:`,
/// `Report:` or `Via:` with only a link cites the quote, as `Source:` does (bare URL or
/// link, Markdown or HTML).
#[test]
fn labelled_credit_lines_cite_the_quote() {
    for label in [
        "Statement:",
        "Press release:",
        "Report:",
        "Via:",
        "Full text:",
    ] {
        let md = format!(
            "The ferry company said the route is \"suspended until the pier is repaired\". \
             {label} https://refs.example.org/notice\n"
        );
        let linked = format!(
            "The ferry company said the route is \"suspended until the pier is repaired\". \
             {label} [notice](https://refs.example.org/notice)\n"
        );
        let html = format!(
            "<div class=\"text\">The ferry company said the route is \"suspended until the \
             pier is repaired\". {label} <a href=\"https://refs.example.org/notice\">\
             https://refs.example.org/notice</a></div>"
        );
        for (kind, text) in [
            (DocKind::Markdown, md),
            (DocKind::Markdown, linked),
            (DocKind::Html, html),
        ] {
            let e = extract_as(kind, &text);
            assert_eq!(
                cited(&e, "suspended until"),
                [(
                    None,
                    Some("https://refs.example.org/notice".into()),
                    Attribution::Link
                )],
                "{label} {kind:?}"
            );
        }
    }
}

/// What the credit rule must not catch: another label (`Photo:`), a label followed by
/// prose before the link, or a label opening a quotation of its own.
#[test]
fn lines_that_are_not_credits_of_the_quote() {
    for tail in [
        "Photo: https://refs.example.org/pier.jpg",
        "Report: the pier was built in 1931, https://refs.example.org/history",
        "Report: \"the pier may not reopen this year\" https://refs.example.org/other",
    ] {
        let e = extract_as(
            DocKind::Markdown,
            &format!(
                "The ferry company said the route is \"suspended until the pier is \
                 repaired\". {tail}\n"
            ),
        );
        assert!(
            cited(&e, "suspended until").is_empty(),
            "{tail}: {:?}",
            cited(&e, "suspended until")
        );
    }
}

/// A linked case citation making up the sentence right after the quote's cites the quote,
/// though the court's comment follows in the same paragraph (Bluebook order).
#[test]
fn a_linked_case_citation_sentence_then_prose_cites_the_quote() {
    let md = "The clause was void because it was \"so vague that no tenant could know what it \
              forbade\" in practice. [*Harlow v. Northgate Estates Ltd.*, 412 F.3d 88, 91 (2d \
              Cir. 2005)](https://refs.example.org/harlow). We are not persuaded.\n";
    let md_pin = "The clause was void because it was \"so vague that no tenant could know what \
                  it forbade\" in practice. [*Harlow v. Northgate Estates*, 412 F.3d \
                  88](https://refs.example.org/harlow), 91 (2d Cir. 2005). We are not \
                  persuaded.\n";
    let html = "<p>The clause was void because it was &#8220;so vague that no tenant could \
                know what it forbade&#8221; in practice. <a \
                href=\"https://refs.example.org/harlow\"><i>Harlow v. Northgate Estates \
                Ltd.</i>, 412 F.3d 88, 91 (2d Cir. 2005)</a>. We are not persuaded.</p>";
    for (kind, text) in [
        (DocKind::Markdown, md),
        (DocKind::Markdown, md_pin),
        (DocKind::Html, html),
    ] {
        let e = extract_as(kind, text);
        assert_eq!(
            cited(&e, "so vague that"),
            [(
                None,
                Some("https://refs.example.org/harlow".into()),
                Attribution::Link
            )],
            "{kind:?}: {text}"
        );
    }
}

/// Not a citation sentence: a signal before the link (`See …`), a case named in prose, a
/// link without a reporter, or a citation two sentences on.
#[test]
fn links_after_the_quote_that_are_no_citation_sentence() {
    for next in [
        "See [Harlow v. Northgate Estates, 412 F.3d 88 (2d Cir. \
         2005)](https://refs.example.org/harlow). We are not persuaded.",
        "[Harlow v. Northgate Estates](https://refs.example.org/harlow) was decided in 2005. \
         We are not persuaded.",
        "[Harlow v. Northgate Estates](https://refs.example.org/harlow). We are not \
         persuaded.",
        "We are not persuaded. [Harlow v. Northgate Estates, 412 F.3d 88 (2d Cir. \
         2005)](https://refs.example.org/harlow). The appeal fails.",
    ] {
        let e = extract_as(
            DocKind::Markdown,
            &format!(
                "The clause was void because it was \"so vague that no tenant could know what \
                 it forbade\" in practice. {next}\n"
            ),
        );
        assert!(
            cited(&e, "so vague that").is_empty(),
            "{next}: {:?}",
            cited(&e, "so vague that")
        );
    }
}

/// A `— [Location](…)` credit under a block quotation keeps crediting it when an indented
/// line joins its paragraph lazily; the link is the block's, not a short phrase's on that
/// line. A paragraph whose first line is prose credits nothing.
#[test]
fn a_credit_line_with_a_lazy_continuation_keeps_the_credit() {
    let e = extract_as(
        DocKind::Markdown,
        "> Most of what a city spends on roads is spent on repairing the ones it already \
         has.\n\n\u{2014} [Location 214](https://refs.example.org/loc214)\n    - **Note:** \
         compare the \"fix it first\" slogan.\n",
    );
    assert_eq!(
        cited(&e, "Most of what a city"),
        [(
            None,
            Some("https://refs.example.org/loc214".into()),
            Attribution::Link
        )]
    );
    assert!(cited(&e, "fix it first").is_empty());
    let e = extract_as(
        DocKind::Markdown,
        "> Most of what a city spends on roads is spent on repairing the ones it already \
         has.\n\nLater the [council](https://refs.example.org/council) changed its mind\n    \
         about the \"fix it first\" slogan.\n",
    );
    assert!(cited(&e, "Most of what a city").is_empty());
}

/// A straight closing mark followed by literal markup closing (`"==`, `"~~`, HackMD's and
/// Obsidian's highlight) closes the quotation.
#[test]
fn a_closing_mark_before_a_highlight_closes_the_quote() {
    for (open, close) in [("==", "=="), ("~~", "~~")] {
        let e = extract_as(
            DocKind::Markdown,
            &format!(
                "{open}R. Ilves: \"the night buses carry more people than the day ones in \
                 winter\"{close}. The board took note.\n"
            ),
        );
        assert_eq!(
            crate::support::quote(&e, "the night buses").text,
            "the night buses carry more people than the day ones in winter"
        );
        assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    }
    // Markup glued to a word after it (`"a"==b`, a comparison) closes nothing.
    let e = extract_as(
        DocKind::Text,
        "He typed \"a\"==b into the form, then \"the whole query failed at once\" again.\n",
    );
    assert!(e.quotes.iter().all(|q| q.text != "a"), "{:?}", e.quotes);
}

/// tex4ht's rendering of LaTeX's `quote` and `quotation` environments is a block
/// quotation; other `div`s with quote-like classes are not.
#[test]
fn a_tex4ht_quote_div_is_a_block_quotation() {
    for class in ["quote", "quotation"] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<p class=\"noindent\">A letter of 1702 survives.</p><div class=\"{class}\">\
                 <p class=\"noindent\">We ask only to keep the grazing our fathers kept, and \
                 nothing more than that.</p></div><p class=\"noindent\">It went \
                 unanswered.</p>"
            ),
        );
        let q = crate::support::quote(&e, "We ask only");
        assert_eq!(q.kind, citecheck::model::QuoteKind::Block, "{class}");
    }
    for class in ["quote-author", "quotes-list"] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<div class=\"{class}\"><p>We ask only to keep the grazing our fathers kept, \
                 and nothing more than that.</p></div>"
            ),
        );
        assert!(e.quotes.is_empty(), "{class}: {:?}", e.quotes);
    }
}

/// Interface text in quotation marks is no quotation: a switch's label after `switch on`,
/// a button after `click`, an e-mail's subject line, an error message. A quotation after
/// the same words that opens in lower case, or that a speaker's tag follows, still is one.
#[test]
fn interface_labels_and_messages_are_not_quotes() {
    let e = extract_as(
        DocKind::Text,
        "An owner switches on \"Share folders with partner firms\". Partners get an e-mail \
         with the subject \"A folder was shared with your team\". If a partner sees the error \
         \"This folder has moved to another workspace\", they click \"Request access again\" \
         and wait.\n",
    );
    assert!(e.quotes.is_empty(), "{:?}", e.quotes);
    let e = extract_as(
        DocKind::Text,
        "The director admitted the error \"was mine and mine alone\" at the hearing. On the \
         subject \"We were never told about the audit,\" the clerk said nothing more.\n",
    );
    assert_eq!(e.quotes.len(), 2, "{:?}", e.quotes);
}

/// From the session's review of the new rules, each wrong before its fix:
///
/// - a `div.quote` is LaTeX's quotation only on a tex4ht page (its generator, or its
///   paragraphs' `noindent` class): a stock ticker's or a site's `<div class="quote">` is no
///   block quotation;
/// - a speaker's words after "the error" are a quotation; only a short message is interface
///   text;
/// - raw text and RCDATA (`<plaintext>`, a `<title>` left open in the body) keep their
///   positions past a line ending or a reference, as other text does (the whole content was
///   put at its start).
#[test]
fn review_s19_extraction() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article>\
         <div class=\"quote\"><span>ACME</span> 41.20 +0.8%</div>\
         <div class=\"quote\">Shares closed higher on Friday after a quiet week for the harbour operators.</div>\
         <p>Click “Save draft now” to keep it. Officials admitted the error “We should have checked the \
         tide tables before we printed them.” and moved on.</p>\
         </article></body></html>",
    );
    assert!(
        e.quotes.iter().all(|q| q.kind != QuoteKind::Block),
        "{:#?}",
        e.quotes
    );
    assert!(
        e.quotes
            .iter()
            .any(|q| q.text.starts_with("We should have checked")),
        "{:#?}",
        e.quotes
    );
    assert!(
        !e.quotes.iter().any(|q| q.text.starts_with("Save draft")),
        "{:#?}",
        e.quotes
    );
    let tex = extract_as(
        DocKind::Html,
        "<html><body><p class=\"noindent\">A petition of 1712 survives.</p>\
         <div class=\"quote\"><p class=\"noindent\">We ask only that the common be left to those who \
         graze it, as it was in our fathers' time.</p></div></body></html>",
    );
    assert!(
        tex.quotes.iter().any(|q| q.kind == QuoteKind::Block),
        "{:#?}",
        tex.quotes
    );
    let src = "<html><body><p>Intro.</p>\r\n<title>A &amp; B\r\n\
               x</title>\r\n<p>Then “a quoted passage after the title” [x](u).</p>\r\n\
               <plaintext>one\r\ntwo &amp; “a quoted passage in plaintext”\r\n";
    let raw = extract_as(DocKind::Html, src);
    for q in &raw.quotes {
        let at = src
            .find(&format!("“{}", q.text))
            .unwrap_or_else(|| panic!("{q:#?}"));
        let line = src[..at].matches('\n').count() + 1;
        assert_eq!(q.line, line, "{q:#?}");
    }
    assert_eq!(raw.quotes.len(), 2, "{:#?}", raw.quotes);
}
