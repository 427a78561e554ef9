//! The forty-eighth session's note fields and reference lists: authors named after a
//! title with `by`, a Vancouver title holding its own question mark, a statute's year, a
//! Chicago book whose title holds commas, a letter's sender with no title, a title with a
//! subtitle before its body and date, an address or a clause as no publisher, a year in a
//! background note's prose, a sources list with untitled items, MLA's subject who argues
//! over a possessive in the clause, an organisation's abbreviation in brackets in a
//! narrative citation.

use citecheck::model::{Attribution, DocKind, Extraction};

use crate::support::{cites, extract_as, extract_markdown, note};

fn warnings(e: &Extraction) -> Vec<&str> {
    e.warnings.iter().map(|w| w.message.as_str()).collect()
}

/// `The study “…” by Ann Lee, Tom Ray and Jo Fox is published in …`: the names after
/// `by` are the authors, up to the verb; `by the port trust` names none.
#[test]
fn authors_named_by_after_the_title() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>Eels returned to the river.</p><h2>Notes to editors</h2><ol>\
         <li>The study \u{201c}Eel passage at tidal weirs\u{201d} by Mara Quist, Oren \
         Dahl and Lise Brand is published in the <em>Journal of River Ecology</em> on 2 \
         March 2025.</li>\
         <li>The report \u{201c}Weirs and Eels\u{201d} by the river trust was published in \
         2024.</li></ol></article>",
    );
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Eel passage at tidal weirs"));
    assert_eq!(n.authors, ["Mara Quist", "Oren Dahl", "Lise Brand"]);
    assert_eq!(n.publisher.as_deref(), Some("Journal of River Ecology"));
    assert_eq!(n.date.as_deref(), Some("2 March 2025"));
    assert!(note(&e, "2").authors.is_empty(), "{:#?}", note(&e, "2"));
}

/// A Vancouver title ending a first sentence with `?` and going on (`Can the ferry pay?
/// Fares on island routes.`) is one title: the journal is the last sentence before the year.
#[test]
fn a_vancouver_title_holding_a_question_mark() {
    let e = extract_markdown(
        "Fares matter.[^1] Again.[^2]\n\n\
         [^1]: Okafor BN. Can the ferry pay? Fare structures on island routes. Isl Transp \
         Rev. 2022;4(2):33-41.\n\
         [^2]: Okafor BN. Who pays? Isl Transp Rev. 2021;3(1):1-9.\n",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Can the ferry pay? Fare structures on island routes")
    );
    assert_eq!(n.publisher.as_deref(), Some("Isl Transp Rev"));
    assert_eq!(n.authors, ["Okafor BN"]);
    assert_eq!(n.date.as_deref(), Some("2022"));
    assert_eq!(note(&e, "2").title.as_deref(), Some("Who pays?"));
    assert_eq!(note(&e, "2").publisher.as_deref(), Some("Isl Transp Rev"));
}

/// A statute cited by its name and a section (`Harbours Act 2018, section 4(2)(a), URL`):
/// the name with its year is the title, the year no date.
#[test]
fn a_statutes_year_is_its_title_not_its_date() {
    let e = extract_markdown(
        "The Act says so.[^1] And so.[^2]\n\n\
         [^1]: Harbours Act 2018, section 4(2)(a), \
         https://www.legislation.example/ukpga/2018/7/section/4.\n\
         [^2]: Coast Protection (Scotland) Regulations 2011, reg. 3.\n",
    );
    assert_eq!(note(&e, "1").title.as_deref(), Some("Harbours Act 2018"));
    assert_eq!(note(&e, "1").date, None);
    assert_eq!(
        note(&e, "2").title.as_deref(),
        Some("Coast Protection (Scotland) Regulations 2011")
    );
    assert_eq!(note(&e, "2").date, None);
}

/// Chicago's book note whose title holds commas (`Salt, Smoke and Steam: …`): the imprint
/// with its publisher (`(Truro: Kernow Academic Press, 2011)`) marks the book; the names are
/// before the first comma. Names that go on past it are no title.
#[test]
fn a_chicago_book_title_with_commas() {
    let e = extract_as(
        DocKind::Text,
        "Historians call it \"a slow surrender to the tide\" (1). Others agree (2).\n\n\
         Notes\n\n\
         1. Tobias Grant, Salt, Smoke and Steam: An Industrial History of Penmarrow (Truro: \
         Kernow Academic Press, 2011), 87.\n\
         2. Ann Lee, Tom Ray, and Jo Fox, Tides (Truro: Kernow Academic Press, 2011), 3.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Tobias Grant"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Salt, Smoke and Steam: An Industrial History of Penmarrow")
    );
    assert_eq!(n.publisher.as_deref(), Some("Kernow Academic Press"));
    assert_eq!(n.date.as_deref(), Some("2011"));
    assert_ne!(
        note(&e, "2").title.as_deref(),
        Some("Tom Ray, and Jo Fox, Tides")
    );
}

/// A letter cited without a title (`Dr. B. Fenwick to the Secretary of …, 14 June 1968,
/// archive`): the sender is the author, without the title `Dr.` (session 54).
#[test]
fn a_letters_sender_without_a_title() {
    let e = extract_markdown(
        "He wrote to the board.[^1]\n\n\
         [^1]: Dr. B. Fenwick to the Secretary of the Harbour Board, 14 June 1968, County \
         Record Office, HB/2/1968/12.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["B. Fenwick"]);
    assert_eq!(n.title, None);
    assert_eq!(n.date.as_deref(), Some("14 June 1968"));
}

/// A title with its subtitle opening a note (`Annual Safety Audit: Night Shifts 2023,
/// Facilities Team, March 2024.`): the title, and the date after it, not its year.
#[test]
fn a_title_with_a_subtitle_before_its_body_and_date() {
    let e = extract_as(
        DocKind::Text,
        "The audit found \"no working alarm on two of the five sites\"\u{b9}.\n\n\
         ---\n\
         \u{b9} Annual Safety Audit: Night Shifts 2023, Facilities Team, March 2024.\n",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Annual Safety Audit: Night Shifts 2023")
    );
    assert_eq!(n.date.as_deref(), Some("March 2024"));
}

/// A link whose words are its address written without a scheme
/// (`ferrytrust.example/board/minutes.pdf`) names no publisher.
#[test]
fn an_address_is_no_publisher() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>Trustees called it \u{201c}a hard but fair decision\u{201d}<sup>\
         <a href=\"#fn1\" id=\"r1\">1</a></sup>.</p>\
         <ol class=\"footnotes\"><li id=\"fn1\">Ferry Trust Board, \u{201c}Minutes of the \
         Annual Meeting\u{201d}, 3 April 2024, <a \
         href=\"https://ferrytrust.example/board/minutes/2024-04-03.pdf\">\
         ferrytrust.example/board/minutes/2024-04-03.pdf</a>. <a href=\"#r1\">\u{21a9}</a>\
         </li></ol></article>",
    );
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Minutes of the Annual Meeting"));
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("3 April 2024"));
}

/// A note in sentences (`The review, “…”, was carried out by … and published on …`): the
/// clause after the title is no publisher.
#[test]
fn a_clause_is_no_publisher() {
    let e = extract_as(
        DocKind::Text,
        "The scheme \"cut bills by a fifth\".\n\n\
         Notes to editors\n\n\
         1. The external review, \"Warm Homes Pilot: Second Year Findings\", was written by \
         Heatwise Ltd and published on 4 May 2024.\n",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Warm Homes Pilot: Second Year Findings")
    );
    assert_eq!(n.publisher, None);
}

/// A background note in prose (`… was ranked “excellent” in the 2022 review.`) cites no
/// work: a year modifying a noun there (`the 2022 review`) is no date.
#[test]
fn a_year_in_a_background_notes_prose_is_no_date() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>The hospital opened a new ward.</p><h2>Notes to editors</h2><ol>\
         <li>Fenwick General is a teaching hospital with 900 beds. Its maternity unit was \
         rated \u{201c}outstanding\u{201d} in the 2022 inspection.</li>\
         <li>Fenwick Trust, annual report, 2023.</li></ol></article>",
    );
    assert_eq!(note(&e, "1").date, None, "{:#?}", note(&e, "1"));
    assert_eq!(note(&e, "2").date.as_deref(), Some("2023"));
}

/// A fact check's bulleted `Sources`, some items with a quoted title and some without
/// (`HarbourWatch, social media post, 18 February 2025, URL`): each is an entry (author,
/// title where quoted, date, URL), and the quoted titles are no quotations.
#[test]
fn a_sources_list_with_untitled_items() {
    let e = extract_markdown(
        "The mayor said the pool would reopen.\n\n\
         ## Sources\n\n\
         - Fenwick Council, \"Statement on the Lido repairs,\" 4 March 2025, \
         https://fenwick.example.gov/news/lido-repairs\n\
         - PoolWatch, social media post, 5 March 2025, \
         https://social.example.com/PoolWatch/status/4411\n\
         - Ana Ruiz, pool manager, email to the newsroom, 6 March 2025\n",
    );
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
    assert_eq!(e.footnotes.len(), 3, "{:#?}", e.footnotes);
    assert_eq!(e.footnotes[2].authors, ["Ana Ruiz"]);
    assert_eq!(e.footnotes[2].date.as_deref(), Some("6 March 2025"));
    let a = &e.footnotes[0];
    assert_eq!(a.authors, ["Fenwick Council"]);
    assert_eq!(a.title.as_deref(), Some("Statement on the Lido repairs"));
    assert_eq!(a.date.as_deref(), Some("4 March 2025"));
    assert_eq!(a.urls, ["https://fenwick.example.gov/news/lido-repairs"]);
    let b = &e.footnotes[1];
    assert_eq!(b.authors, ["PoolWatch"]);
    assert_eq!(b.title, None);
    assert_eq!(b.date.as_deref(), Some("5 March 2025"));
    assert_eq!(b.urls, ["https://social.example.com/PoolWatch/status/4411"]);
    // A remark in the list (no date, no address) is no entry, and a list mostly of
    // remarks is no list of sources.
    let e = extract_markdown(
        "The mayor said the pool would reopen.\n\n\
         ## Sources\n\n\
         - PoolWatch, social media post, https://social.example.com/PoolWatch\n\
         - Lifeguards, asked by us, declined to comment on 5 March 2025\n",
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
}

/// MLA: `Ruth Achebe argues that Lind's harbours are “…” (88).` The page is the arguer's,
/// the subject of the verb of saying, not the possessive's inside her clause.
#[test]
fn mla_page_cites_the_subject_who_argues() {
    let e = extract_markdown(
        "Ruth Achebe argues that Lind's harbours are \"less a refuge than a trap\" (88).\n\n\
         ## Works Cited\n\n\
         Achebe, Ruth. *Harbour Lines: Ports in the Modern Novel*. Coastline UP, 2018.\n\n\
         Lind, Tomas. *Safe Harbours*. Northgate Books, 2020.\n",
    );
    assert_eq!(
        cites(&e, "less a refuge"),
        [(Some("Achebe 2018"), Attribution::MarkerAfter)]
    );
    assert!(
        !warnings(&e).contains(&"reference `Achebe 2018` is never cited in the text"),
        "{:?}",
        warnings(&e)
    );
    // Names nearer the quotation that say it themselves are the ones cited.
    let e = extract_markdown(
        "Ruth Achebe notes that Lind writes of \"a harbour that keeps nobody\" (12).\n\n\
         ## Works Cited\n\n\
         Achebe, Ruth. *Harbour Lines: Ports in the Modern Novel*. Coastline UP, 2018.\n\n\
         Lind, Tomas. *Safe Harbours*. Northgate Books, 2020.\n",
    );
    assert_eq!(
        cites(&e, "a harbour that keeps"),
        [(Some("Lind 2020"), Attribution::MarkerAfter)]
    );
}

/// APA: `A report by the International Labour Organization [ILO] (2019) found that “…”`:
/// the abbreviation in brackets after the names is still the narrative citation's names.
#[test]
fn a_narrative_citation_with_a_bracketed_abbreviation() {
    let e = extract_markdown(
        "A report by the International Labour Organization [ILO] (2019) found that night \
         work \"raises injury rates in every sector studied\". The ILO (2021) later \
         warned that rotas \"matter more than pay\".\n\n\
         ## References\n\n\
         International Labour Organization. (2019). *Night work and safety: A global \
         review*. https://www.ilo.example/night-work-2019\n\n\
         International Labour Organization. (2021). *Rotas and risk*. \
         https://www.ilo.example/rotas-2021\n",
    );
    assert_eq!(
        cites(&e, "raises injury rates"),
        [(
            Some("International Labour Organization 2019"),
            Attribution::MarkerBefore
        )]
    );
    // The abbreviation so introduced stands for the organisation afterwards.
    assert_eq!(
        cites(&e, "matter more than pay"),
        [(
            Some("International Labour Organization 2021"),
            Attribution::MarkerBefore
        )]
    );
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
}
