//! The sixtieth session's held-out evaluation of Markdown and plain-text articles: a
//! magazine long-read's endnotes, a policy brief's sources list, an interview's links.

use citecheck::model::{Attribution, DocKind, QuoteKind};

use crate::support::{cites, extract_as, note, one_footnote, only_note, quote, texts, urls_of};

/// Plain text: an indented passage under a sentence whose note's marker follows its colon,
/// as notes styles place it (`… the histories do not:³`, `… put it:[3]`), was no quotation
/// at all: the colon was looked for at the very end of the line.
#[test]
fn an_indented_passage_under_a_colon_then_a_marker_is_a_quotation() {
    for (intro, marker) in [
        ("It says what the official histories do not:³", "3"),
        ("The entry for that day is blunt:³", "3"),
        ("As the diary puts it:[3]", "3"),
        ("Her own account survives:(3)", "3"),
    ] {
        let text = format!(
            "THE KEEPERS\n\nHer diary runs to eleven volumes. {intro}\n\n    The men from the \
             Board think the light is a lamp and a clock. They\n    have never sat up with \
             it in a westerly when the glass is shaking.\n\nThe Board's history says \
             nothing of this.\n\nNOTES\n\n3. Agnes Forbes, diary, vol. 9, \
             https://example.org/diary\n"
        );
        let e = extract_as(DocKind::Text, &text);
        let q = quote(&e, "The men from the Board");
        assert_eq!(q.kind, QuoteKind::Block, "{intro}");
        assert_eq!(
            cites(&e, "The men from the Board"),
            [(Some(marker), Attribution::IntroMarker)],
            "{intro}"
        );
    }
}

/// Regression (the session's review): any superscript digit on a line ending with a colon
/// made it introduce a quotation, so a table indented under `Average rent (£ per m²):` was
/// a block quotation. A unit's power is no note's marker; a marker against the colon after
/// a word still is (`… do not³:`).
#[test]
fn a_units_power_before_a_colon_is_no_marker() {
    let table = "\n\n    One bedroom      14.20\n    Two bedrooms     12.90\n\nThe figures are \
                 from the spring survey.\n";
    for intro in ["Average rent (£ per m²):", "Rents by floor area in km²:"] {
        let e = extract_as(
            DocKind::Text,
            &format!("RENTS\n\nThe survey found: {intro}{table}"),
        );
        assert!(e.quotes.is_empty(), "{intro}: {:?}", texts(&e));
    }
    let text = "THE KEEPERS\n\nIt says what the official histories do not³:\n\n    The men \
                from the Board think the light is a lamp and a clock. They\n    have never sat \
                up with it in a westerly.\n\nNOTES\n\n3. Agnes Forbes, diary, vol. 9, \
                https://example.org/diary\n";
    let e = extract_as(DocKind::Text, text);
    assert_eq!(
        cites(&e, "The men from the Board"),
        [(Some("3"), Attribution::IntroMarker)]
    );
}

/// A note naming what a work reports before the work (`Two pilots, summarised in Local
/// Government Association, "…," 2025.`) had no title or author, and its quoted title was
/// taken for a quotation in the sources list.
#[test]
fn a_work_summarising_the_notes_subject_is_the_one_cited() {
    let e = extract_as(
        DocKind::Text,
        "Brief\n\nTwo councils report gains of six to nine points (8).\n\nSOURCES\n\n(8) \
         Newham and Leeds auto-enrolment pilots, summarised in Local Government Association, \
         \"Auto-enrolment for free school meals: case studies,\" 2025. \
         https://example.org/lga\n",
    );
    let n = note(&e, "8");
    assert_eq!(
        n.title.as_deref(),
        Some("Auto-enrolment for free school meals: case studies")
    );
    assert_eq!(n.authors, ["Local Government Association"]);
    assert!(texts(&e).is_empty(), "{:?}", texts(&e));
}

/// A journal's volume ends its segment (`Maritime Policy Review 14, no. 2 (2013)`) or
/// carries its issue in brackets (`Journal of Social Policy Evaluation 9(1), 44-61`): no
/// part of the journal's name.
#[test]
fn a_journals_volume_is_no_part_of_its_name() {
    let e = one_footnote(
        "Robert Ellery, \"The economics of automation in aids to navigation,\" Maritime \
         Policy Review 14, no. 2 (2013): 88–104. https://example.org/ellery",
    );
    assert_eq!(
        only_note(&e).publisher.as_deref(),
        Some("Maritime Policy Review")
    );
    let e = one_footnote(
        "Harland, J. and Obi, R. (2023), \"Cashless catering and free school meal take-up,\" \
         Journal of Social Policy Evaluation 9(1), 44-61.",
    );
    assert_eq!(
        only_note(&e).publisher.as_deref(),
        Some("Journal of Social Policy Evaluation")
    );
    // A number that is part of a name stays.
    let e = one_footnote("Ana Ruiz, \"Tides,\" Channel 4, 3 May 2021.");
    assert_eq!(only_note(&e).publisher.as_deref(), Some("Channel 4"));
}

/// A book cited in plain text whose title closes with the years it covers (`Keepers: The
/// Lighthouse Service and Its People, 1786–1998 (Edinburgh University Press, 2011)`) had no
/// title, no author and the first of those years for its date; an imprint naming only its
/// publisher gave no publisher.
#[test]
fn a_plain_book_with_the_years_it_covers_and_a_publisher_alone() {
    let e = one_footnote(
        "Catriona Mair, Keepers: The Lighthouse Service and Its People, 1786–1998 (Edinburgh \
         University Press, 2011), p. 44.",
    );
    let n = only_note(&e);
    assert_eq!(
        n.title.as_deref(),
        Some("Keepers: The Lighthouse Service and Its People, 1786–1998")
    );
    assert_eq!(n.authors, ["Catriona Mair"]);
    assert_eq!(n.publisher.as_deref(), Some("Edinburgh University Press"));
    assert_eq!(n.date.as_deref(), Some("2011"));
    // A place alone names no publisher.
    let e = one_footnote("Catriona Mair, Keepers of the Light (Edinburgh, 2011), p. 44.");
    let n = only_note(&e);
    assert_eq!(n.title.as_deref(), Some("Keepers of the Light"));
    assert_eq!(n.publisher, None);
}

/// A year inside a reference number (`ref. FOI-2024-3317`) is no date.
#[test]
fn a_year_in_a_reference_number_is_no_date() {
    let e = one_footnote(
        "The same justification was given in the council's refusal of my request, ref. \
         FOI-2024-3317.",
    );
    assert_eq!(only_note(&e).date, None);
    let e = one_footnote("Harbour Board, \"Dredging plan,\" ref. HB-2019, 4 May 2020.");
    assert_eq!(only_note(&e).date.as_deref(), Some("4 May 2020"));
    // A month's capitals before the year are a date's (`01-JAN-2020`: the session's review).
    let e = one_footnote("Harbour Board, \"Dredging log,\" report dated 01-JAN-2020.");
    assert!(
        only_note(&e)
            .date
            .as_deref()
            .is_some_and(|d| d.contains("2020")),
        "{:?}",
        only_note(&e).date
    );
    // A range of years stays a date's.
    let e = one_footnote("Harbour Board, \"Annual review,\" 2019-2020.");
    assert!(only_note(&e)
        .date
        .as_deref()
        .is_some_and(|d| d.starts_with("2019")));
}

/// `A profile in [TechWeekly](…) called Scrivly "…", a description he described as "…".`:
/// the second quotation is the speaker judging the first, not the linked profile's words.
#[test]
fn a_quotation_judging_the_one_before_does_not_take_its_link() {
    let e = extract_as(
        DocKind::Markdown,
        "# Interview\n\nA profile in [TechWeekly](https://example.org/profile) last spring \
         called Scrivly \"the most important productivity startup in the north\", a \
         description he described as \"embarrassing, honestly\".\n\n\
         The [review](https://example.org/review) called the plan \"a bold and costly bet \
         on the future\", a phrase the mayor dismissed as \"lazy\".\n\n\
         The [review](https://example.org/review2) called the plan \"a careful and cheap \
         bet on the future\" and \"long overdue\".\n",
    );
    assert_eq!(
        urls_of(&e, "the most important"),
        ["https://example.org/profile"]
    );
    assert!(urls_of(&e, "embarrassing").is_empty());
    assert_eq!(urls_of(&e, "a bold and"), ["https://example.org/review"]);
    assert!(urls_of(&e, "lazy").is_empty());
    // Two quotations from the same work share its link.
    assert_eq!(urls_of(&e, "long overdue"), ["https://example.org/review2"]);
}

/// `Email from the Transport Authority press office to the author, 9 March 2026.`: the body
/// wrote, named without its article or the office of it (no author was found).
#[test]
fn an_email_from_a_bodys_office_names_the_body() {
    let e = one_footnote(
        "Email from the Transport Authority press office to the author, 9 March 2026.",
    );
    let n = only_note(&e);
    assert_eq!(n.authors, ["Transport Authority"]);
    assert_eq!(n.date.as_deref(), Some("9 March 2026"));
    let e = one_footnote("Letter from the chair to the author, 9 March 2026.");
    assert!(only_note(&e).authors.is_empty());
}

/// The magazine long-read pasted as plain text (`fixtures/articles/magazine-endnotes.txt`):
/// superscript markers, an indented diary passage under `… do not:³`, Chicago endnotes with
/// a journal article and a book whose title names the years it covers.
#[test]
fn the_magazine_long_read_fixture() {
    let e = crate::support::extract_fixture("fixtures/articles/magazine-endnotes.txt");
    assert_eq!(e.footnotes.len(), 11);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let q = quote(&e, "The men from the Board");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(
        q.text.ends_with("so that someone is watching."),
        "{}",
        q.text
    );
    assert_eq!(
        cites(&e, "The men from the Board"),
        [(Some("3"), Attribution::IntroMarker)]
    );
    assert_eq!(
        cites(&e, "just because a box"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    // The son's words to the writer cite nothing.
    assert!(quote(&e, "You didn't think").citations.is_empty());
    assert_eq!(
        cites(&e, "a romantic reading"),
        [(Some("9"), Attribution::MarkerInSentence)]
    );
    let n = note(&e, "6");
    assert_eq!(n.authors, ["Catriona Mair"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Keepers: The Lighthouse Service and Its People, 1786–1998")
    );
    assert_eq!(n.publisher.as_deref(), Some("Edinburgh University Press"));
    assert_eq!(n.date.as_deref(), Some("2011"));
    let n = note(&e, "9");
    assert_eq!(n.publisher.as_deref(), Some("Maritime Policy Review"));
    assert_eq!(n.date.as_deref(), Some("2013"));
    assert_eq!(
        n.urls,
        ["https://maritime-policy.example.org/articles/ellery-2013"]
    );
}

/// The policy brief in plain text (`fixtures/articles/policy-brief-sources.txt`): `(n)`
/// markers, a `SOURCES` list, e-mail addresses and `[text](#)` placeholders, scare quotes
/// and a quotation wrapped over two lines.
#[test]
fn the_policy_brief_fixture() {
    use citecheck::model::LinkKind;
    let e = crate::support::extract_fixture("fixtures/articles/policy-brief-sources.txt");
    assert_eq!(e.footnotes.len(), 10);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let kinds = |k: LinkKind| e.links.iter().filter(|l| l.kind == k).count();
    assert_eq!(kinds(LinkKind::Email), 3);
    assert_eq!(kinds(LinkKind::Placeholder), 2);
    assert_eq!(
        urls_of(&e, "a poverty trap in miniature, which no other part"),
        ["https://lowpay.example.org/reports/metr-2024"]
    );
    assert!(quote(&e, "cliff edge").short);
    assert!(quote(&e, "cliff edge").citations.is_empty());
    assert_eq!(
        cites(&e, "best practice"),
        [(Some("4"), Attribution::MarkerAfter)]
    );
    // Only the body's quotations: no title from the sources list.
    assert_eq!(e.quotes.len(), 5, "{:?}", texts(&e));
    let n = note(&e, "5");
    assert_eq!(
        n.publisher.as_deref(),
        Some("Journal of Social Policy Evaluation")
    );
    let n = note(&e, "8");
    assert_eq!(n.authors, ["Local Government Association"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Auto-enrolment for free school meals: case studies")
    );
}
