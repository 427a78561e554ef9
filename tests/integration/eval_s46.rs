//! Regressions from the forty-sixth session's work on extraction: each case was extracted
//! wrongly before its fix.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note, notes_of, quote, urls_of};

/// Regression: `“…”[3][4]` with both numbers defined is, to CommonMark, one link (text `3`,
/// label `4`): the `[3]` source was lost without a word. Both numbers now cite the
/// quotation, each link where its own brackets stand.
#[test]
fn two_numbered_references_side_by_side_both_cite() {
    let e = extract_markdown(
        "The minister said the reservoirs \u{201C}would not recover before the end of the \
         decade.\u{201D}[3][4] Farmers disagreed.\n\n\
         [3]: https://example.org/minister\n\
         [4]: https://example.com/reservoir-report\n",
    );
    assert_eq!(
        urls_of(&e, "would not recover"),
        [
            "https://example.org/minister",
            "https://example.com/reservoir-report"
        ]
    );
    let cols: Vec<(String, usize)> = e.links.iter().map(|l| (l.url.clone(), l.column)).collect();
    assert_eq!(
        cols,
        [
            ("https://example.org/minister".to_string(), 83),
            ("https://example.com/reservoir-report".to_string(), 86)
        ]
    );
    // `[text][4]` is a link with text, as written.
    let e = extract_markdown(
        "See [the minister's statement][4] for more.\n\n[4]: https://example.com/statement\n",
    );
    assert_eq!(e.links.len(), 1);
}

/// Regression: a numbered reference link inside the closing mark (`… slowly.[5]"`) left its
/// `5` in the quotation's text (`slowly.5`), which the source page never holds. The same in
/// a block quotation and with a bracketed link text (`[[5]](…)`).
#[test]
fn a_numbered_link_inside_the_closing_mark_is_no_word_of_the_quote() {
    let e = extract_markdown(
        "The engineer warned that \"the dam will fail if the rains come early and \
         slowly.[5]\" Nobody listened.\n\n\
         A second engineer said \"the spillway was never built for a storm like \
         this.[[6]](https://example.net/second)\"\n\n\
         The report put it this way:\n\n\
         > The dam will fail if the rains come early, and nobody downstream is ready.[5]\n\n\
         [5]: https://example.net/engineer\n",
    );
    let q = quote(&e, "the dam will fail");
    assert_eq!(
        q.text,
        "the dam will fail if the rains come early and slowly."
    );
    assert_eq!(
        urls_of(&e, "the dam will fail"),
        ["https://example.net/engineer"]
    );
    assert_eq!(
        quote(&e, "the spillway").text,
        "the spillway was never built for a storm like this."
    );
    assert_eq!(
        quote(&e, "The dam will fail").text,
        "The dam will fail if the rains come early, and nobody downstream is ready."
    );
    // A number that is part of what was said stays.
    let e = extract_markdown(
        "She said \"the village lost every one of its [42](https://example.org/n)\" and \
         walked away.\n",
    );
    assert!(quote(&e, "the village").text.ends_with("its 42"));
}

/// Regression: Substack's notes exported to Markdown (`…"[1](#footnote-1)` in the text, each
/// note opened by `[1](#footnote-anchor-1)` at the end, its text in the same paragraph or
/// the next) were read as links to anchors the Markdown lacks: the quotations were uncited,
/// the notes not found, and `check` would have failed every marker as a missing fragment.
#[test]
fn notes_exported_as_in_page_links_are_notes() {
    for (name, sep) in [("next paragraph", "\n\n"), ("same paragraph", " ")] {
        let e = extract_markdown(&format!(
            "# The ferry question\n\n\
             The harbour board called the timetable \"a compromise nobody on the islands asked \
             for\"[1](#footnote-1). The union said \"every cancelled crossing costs a family a \
             day of wages\"[2](#footnote-2).\n\n\
             [1](#footnote-anchor-1){sep}Harbour Board, \"Winter timetable review\", March \
             2024, https://example.org/review\n\n\
             [2](#footnote-anchor-2){sep}Island Crews Union, statement: \
             https://example.com/union\n"
        ));
        assert_eq!(notes_of(&e, "a compromise"), ["1"], "{name}");
        assert_eq!(notes_of(&e, "every cancelled"), ["2"], "{name}");
        let n = note(&e, "1");
        assert_eq!(n.urls, ["https://example.org/review"], "{name}");
        assert_eq!(n.authors, ["Harbour Board"], "{name}");
        assert_eq!(
            n.title.as_deref(),
            Some("Winter timetable review"),
            "{name}"
        );
        assert_eq!(note(&e, "2").urls, ["https://example.com/union"], "{name}");
        assert!(
            e.links.iter().all(|l| !l.url.contains('#')),
            "{name}: {:?}",
            e.links
        );
        assert!(e.warnings.is_empty(), "{name}: {:?}", e.warnings);
    }
    // The reference in `<sup>` and the note opened by an HTML link back: no warning that
    // marker `anchor-1` has no note, and no link to a missing anchor.
    let e = extract_markdown(
        "The leader promised it would \u{201C}divert a third of household waste from landfill \
         within two years.\u{201D}<sup>[1](#footnote-1)</sup>\n\n\
         <a id=\"footnote-1\" href=\"#footnote-anchor-1\">1</a> Eastmere Borough Council, \
         press release, 14 March 2022, <https://example.org/pilot>.\n",
    );
    assert_eq!(notes_of(&e, "divert a third"), ["1"]);
    assert_eq!(note(&e, "1").urls, ["https://example.org/pilot"]);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert!(
        e.links.iter().all(|l| !l.url.contains('#')),
        "{:?}",
        e.links
    );
    // With no note so defined, an in-page link showing a number stays a link.
    let e = extract_markdown("See the table [1](#table-1) and note [2](#fn2).\n");
    assert_eq!(e.links.len(), 2);
    assert!(e.footnotes.is_empty());
}

/// Regression: a note pointing to the work in its own words before the names (`For a
/// longer account, see Rhea Tan, “…,” *Letter*`, `On X see Dana Ortiz, “…”`) lost its
/// title to a quotation (which `check` would then verify against the page) and its author;
/// an interview's interviewer hid the title the same way, and `Compare` was read as part
/// of the author's name.
#[test]
fn a_note_pointing_to_a_work_keeps_its_title_and_author() {
    let e = extract_markdown(
        "Support means one of three things.[^models] Archives are kept.[^wren] Others \
         disagree.[^ortiz] The flag was unsettled.[^flag]\n\n\
         [^models]: For a longer account, see Rhea Tan, \"Four Ways to Pay for Shared \
         Software, and Why None Works Alone,\" *The Plumbing Letter*, 9 September 2024, \
         https://letter.example.com/p/four-ways.\n\
         [^wren]: Tomasz Wren, interview by Paul Ames, \"The Keeper of Lists,\" Long Form \
         Review, 3 October 2015, https://review.example.org/wren.\n\
         [^ortiz]: On search versus selection see Dana Ortiz, \"Why I Gave Up on My Filing \
         System,\" personal blog, 2021, https://ortiz.example.net/filing.\n\
         [^flag]: Compare Ellen Harlow, *Signals from the Quay* (Liverpool: Mersey Press, \
         2011), 84.\n",
    );
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
    let n = note(&e, "models");
    assert_eq!(
        n.title.as_deref(),
        Some("Four Ways to Pay for Shared Software, and Why None Works Alone")
    );
    assert_eq!(n.authors, ["Rhea Tan"]);
    assert_eq!(n.publisher.as_deref(), Some("The Plumbing Letter"));
    let n = note(&e, "wren");
    assert_eq!(n.title.as_deref(), Some("The Keeper of Lists"));
    assert_eq!(n.authors, ["Tomasz Wren"]);
    let n = note(&e, "ortiz");
    assert_eq!(
        n.title.as_deref(),
        Some("Why I Gave Up on My Filing System")
    );
    assert_eq!(n.authors, ["Dana Ortiz"]);
    assert_eq!(note(&e, "flag").authors, ["Ellen Harlow"]);
}

/// Regression: a note's revision date (`revised 2021`), its section (`section 4`) and a
/// second work after `;` (its author) were read as the first work's publisher; the `;` was
/// taken into the address before it.
#[test]
fn a_revision_a_section_and_a_second_work_are_no_publisher() {
    let e = extract_markdown(
        "The guidance warns against cuts.[^1] Reuse needs consent.[^2]\n\n\
         [^1]: Spoken Archive Society, \"Is Your Recording Fair to Its Speaker?,\" revised \
         2021, section 4, https://sas.example.org.uk/advice/fairness.\n\
         [^2]: County Library, \"Terms of Reuse for Recorded Voices,\" 2024, \
         https://library.example.uk/reuse-terms; Samuel Achter, remarks at a workshop, \
         London, 18 January 2025.\n",
    );
    assert_eq!(note(&e, "1").publisher, None);
    assert_eq!(note(&e, "2").publisher, None);
    assert_eq!(
        note(&e, "2").urls,
        ["https://library.example.uk/reuse-terms"]
    );
}

/// Regression: a noun naming the quoted words again, with the speaker as the one who said
/// them (`“…”, a pledge she repeated on Monday.[^1]`, `, a claim that has been shared
/// thousands of times ([site](…))`), cut the quotation off from the citation closing its
/// sentence: a misquote there went unchecked. A claim someone else disputes still keeps
/// the citation for the dispute.
#[test]
fn a_pledge_the_speaker_repeated_keeps_the_sentences_citation() {
    let e = extract_markdown(
        "Hart promised \"we will cut bus fares by half for every passenger in the city\", a \
         pledge she repeated on Monday.[^1]\n\n\
         Hart said \"the new depot will open before the end of next year\", a claim that has \
         been shared thousands of times ([FactFirst](https://factfirst.example/x)).\n\n\
         Hart said \"the tram line will carry ten thousand people a day\", a claim the \
         auditors disputed.[^1]\n\n\
         [^1]: City Hall, \"Fares\", 2024, https://example.org/fares\n",
    );
    assert_eq!(notes_of(&e, "we will cut"), ["1"]);
    assert_eq!(
        urls_of(&e, "the new depot"),
        ["https://factfirst.example/x"]
    );
    assert!(quote(&e, "the tram line").citations.is_empty());
}

/// Regression: a credit line under a block quotation that names the work in quotation marks
/// (`— Jun Ito, in <a>“The Maintainer Tax”</a>`) was not read as a credit (marks made it look
/// like dialogue): the quotation was uncited.
#[test]
fn a_credit_naming_the_work_in_marks_cites_the_block_quote() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>Maintainers hear the same thing.</p>\
         <blockquote><p>\u{201C}Every ticket filed is a small request for unpaid work, and most \
         of them are kind.\u{201D}</p></blockquote>\
         <p>\u{2014} Ana Ruiz, in <a href=\"https://blog.example.com/unpaid\">\u{201C}The \
         Unpaid Shift\u{201D}</a></p><p>That is the job.</p></article>",
    );
    assert_eq!(
        urls_of(&e, "Every ticket filed"),
        ["https://blog.example.com/unpaid"]
    );
}

/// Regression: a press release's `Notes to editors` list was not read as notes: the
/// quotation citing `(see note 3)` was uncited and the source's title became a quotation.
/// Its background items, which no text cites, are not warned about as never referenced.
#[test]
fn a_press_releases_notes_to_editors_are_notes() {
    let e = extract_as(
        DocKind::Text,
        "FOR IMMEDIATE RELEASE\n\nTrust to restore the Old Granary\n\n\
         The building appears in the 1851 survey as \"the handsomest store on the whole \
         waterfront, though already in want of a roof\" (see note 3).\n\n###\n\n\
         Notes to editors\n\n\
         1. The Granary Trust is a registered charity.\n\
         2. The Heritage Fund is an independent grant-maker.\n\
         3. Harbour Commissioners, \"Survey of the Stores and Quays\" (1851), p. 22, \
         https://records.example.org/survey-1851\n",
    );
    assert_eq!(notes_of(&e, "the handsomest store"), ["3"]);
    assert_eq!(
        note(&e, "3").title.as_deref(),
        Some("Survey of the Stores and Quays")
    );
    assert!(e.quotes.iter().all(|q| !q.text.starts_with("Survey")));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Regression: a superscript note number right after a year (`between 2019 and 2023²,³`)
/// was read as a power: note 2 was warned about as never referenced. A power of a number
/// (`10³`) and a unit (`m²`) are still no markers.
#[test]
fn a_note_number_after_a_year_is_a_marker() {
    let e = extract_as(
        DocKind::Text,
        "Passenger numbers rose by 40 per cent between 2019 and 2023\u{b2},\u{b3}, and a \
         cabin of 4.5 m\u{b2} holds 10\u{b3} parcels.\n\n---\n\n\
         \u{b2} Rail Observatory, \"Night Services Monitor\", https://rail.example/monitor\n\
         \u{b3} Rail Statistics 2024, https://stats.example.org/2024\n",
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let referenced: Vec<(&str, usize)> = e
        .footnotes
        .iter()
        .map(|n| (n.label.as_str(), n.referenced_at.len()))
        .collect();
    assert_eq!(referenced, [("2", 1), ("3", 1)]);
}

/// Regression: a link in a clause about the speaker in the sentence introducing a block
/// quotation (`Kerr, who [has campaigned for an inquiry](…), went further:`) was taken as
/// the quotation's source, as it is not for an inline quotation. A clause about a document
/// (`The report, which [was published](…), concludes:`) still links the document.
#[test]
fn a_link_about_the_speaker_does_not_source_the_block_quote() {
    let e = extract_markdown(
        "The organiser, Dana Kerr, who [has campaigned for an inquiry](https://union.example.org/\
         inquiry), went further:\n\n\
         > This was not an accident waiting to happen; it was reported, logged and ignored.\n\n\
         The review, which [was published on Monday](https://example.org/review), \
         concludes:\n\n\
         > The harbour will need dredging every winter from now on, at great cost.\n",
    );
    assert!(quote(&e, "This was not").citations.is_empty());
    assert_eq!(urls_of(&e, "The harbour"), ["https://example.org/review"]);
}
