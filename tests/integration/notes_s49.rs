//! The forty-ninth session's note fields and author–date citations: a body's name, then
//! a plain title and its date; a firm named with `&` and a body's word; a version or a
//! description of the document's kind as no publisher; an abbreviation with small letters
//! (`DfT`) standing for its organisation; a narrative citation with no entry warned about
//! when it is the text's only one.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, extract_markdown, note, notes_of};

fn warnings(e: &Extraction) -> Vec<&str> {
    e.warnings.iter().map(|w| w.message.as_str()).collect()
}

/// `Fernhill Town Council, Minutes of the Planning Committee, 3 April 2023.`: the body is
/// the author, the plain second piece the title, then the date; in any language, and with
/// the body's department after its name or a firm's `& Sons`. A part of the body in second
/// place (`School of Biosciences`) is no title.
#[test]
fn a_body_then_a_plain_title_and_its_date() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3] [^4] [^5] [^6]\n\n\
         [^1]: Fernhill Town Council, Minutes of the Planning Committee, 3 April 2023. \
         https://fernhill.example/minutes/2023-04\n\
         [^2]: Eastmarch District Council Waste Services, Kerbside Collection Audit \
         Report, 14 May 2022.\n\
         [^3]: Fernhill Town Council, Reply to the Consultation on Parking Charges, June \
         2023.\n\
         [^4]: Mairie de Villeneuve-les-Prés, Registre des délibérations, 2015–2018. \
         https://villeneuve.example/registre\n\
         [^5]: Pell & Daughters, Ledger of Accounts, 1902–1904, entry for 3 May 1903, \
         County Record Office, PD/1/2.\n\
         [^6]: University of Eastmoor, School of Biosciences, 2020.\n",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Minutes of the Planning Committee")
    );
    assert_eq!(n.authors, ["Fernhill Town Council"]);
    assert_eq!(n.date.as_deref(), Some("3 April 2023"));
    assert_eq!(n.publisher, None);
    let n = note(&e, "2");
    assert_eq!(n.title.as_deref(), Some("Kerbside Collection Audit Report"));
    assert_eq!(n.authors, ["Eastmarch District Council Waste Services"]);
    assert_eq!(n.date.as_deref(), Some("14 May 2022"));
    let n = note(&e, "3");
    assert_eq!(
        n.title.as_deref(),
        Some("Reply to the Consultation on Parking Charges")
    );
    assert_eq!(n.authors, ["Fernhill Town Council"]);
    let n = note(&e, "4");
    assert_eq!(n.title.as_deref(), Some("Registre des délibérations"));
    assert_eq!(n.authors, ["Mairie de Villeneuve-les-Prés"]);
    let n = note(&e, "5");
    assert_eq!(n.title.as_deref(), Some("Ledger of Accounts"));
    assert_eq!(n.authors, ["Pell & Daughters"]);
    // A part of the body after its name is no title.
    let n = note(&e, "6");
    assert_ne!(n.title.as_deref(), Some("School of Biosciences"), "{n:#?}");
}

/// A person's notes keep their shapes: an inverted name is no body's (`Okafor, Ada, …`
/// gives no author `Okafor` and no title `Ada`), nor is a name in reading order followed
/// by an imprint's title.
#[test]
fn a_persons_name_is_no_body() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3] [^4]\n\n\
         [^1]: Okafor, Ada, Rivers of Lagos, Delta Press, 2019.\n\
         [^2]: Okafor, Ada. The River Book. Lagos: Delta Press, 2019.\n\
         [^3]: Marsh, Tom, \"Bridges over the Tamar\", 2020.\n\
         [^4]: Ada Okafor, The River Book (Lagos: Delta Press, 2019), 14.\n",
    );
    let n = note(&e, "1");
    assert_ne!(n.authors, ["Okafor"], "{n:#?}");
    assert_ne!(n.title.as_deref(), Some("Ada"), "{n:#?}");
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Okafor, Ada"]);
    assert_eq!(n.title.as_deref(), Some("The River Book"));
    assert_eq!(n.publisher.as_deref(), Some("Delta Press"));
    let n = note(&e, "3");
    assert_eq!(n.authors, ["Marsh, Tom"]);
    assert_eq!(n.title.as_deref(), Some("Bridges over the Tamar"));
    let n = note(&e, "4");
    assert_eq!(n.authors, ["Ada Okafor"]);
    assert_eq!(n.title.as_deref(), Some("The River Book"));
}

/// `Ridley & Moss Surveyors, "…"`: one word, `&`, then a name ending with a firm's word
/// (`Surveyors`, `Consulting`, `Sons`) is one firm; two surnames alone stay two authors.
#[test]
fn a_firm_named_with_an_ampersand_is_one_author() {
    let e = extract_markdown(
        "Text.[^1] [^2] [^3]\n\n\
         [^1]: Ridley & Moss Surveyors, \"Quayside Condition Survey\", April 2024, \
         https://rm.example/quayside.pdf\n\
         [^2]: Carver & Lusk Consulting, \"Depot Options Appraisal\", 2023.\n\
         [^3]: Hale & Ormond, \"Tides and Walls\", 2019.\n",
    );
    assert_eq!(note(&e, "1").authors, ["Ridley & Moss Surveyors"]);
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("Quayside Condition Survey")
    );
    assert_eq!(note(&e, "2").authors, ["Carver & Lusk Consulting"]);
    assert_eq!(note(&e, "3").authors, ["Hale", "Ormond"]);
}

/// A version or edition statement (`version 3`, `v2.1`, `rev. ed.`) and words describing
/// the kind of document (`internal design doc`) are never the publisher.
#[test]
fn a_version_or_a_kind_of_document_is_no_publisher() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>Samples were taken at dawn.<sup><a href=\"#n1\">1</a></sup></p>\
         <h2>Notes</h2><ol>\
         <li id=\"n1\">Eastmoor Water Board, <em>Testing Manual</em>, version 3, 2022, \
         <a href=\"https://ewb.example/manual-v3\">https://ewb.example/manual-v3</a>.</li>\
         </ol></article>",
    );
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Testing Manual"));
    assert_eq!(n.authors, ["Eastmoor Water Board"]);
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("2022"));
    let e = extract_markdown(
        "Text.[^1] [^2] [^3]\n\n\
         [^1]: Eastmoor Water Board, *Testing Manual*, v2.1, 2022.\n\
         [^2]: Eastmoor Water Board, *Testing Manual*, rev. ed., 2022.\n\
         [^3]: Ledger Team, \"Idempotency Keys for Transfers,\" internal design doc, 2020. \
         https://wiki.example.org/ledger/idempotency\n",
    );
    for label in ["1", "2"] {
        let n = note(&e, label);
        assert_eq!(n.title.as_deref(), Some("Testing Manual"));
        assert_eq!(n.publisher, None, "{n:#?}");
    }
    let n = note(&e, "3");
    assert_eq!(n.title.as_deref(), Some("Idempotency Keys for Transfers"));
    assert_eq!(n.authors, ["Ledger Team"]);
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("2020"));
}

/// APA's abbreviation with small letters between its capitals (`[DfF]`), introduced at the
/// first citation, cites the body's work afterwards (`the DfF (2021) admits "…"`).
#[test]
fn an_abbreviation_with_small_letters_stands_for_its_body() {
    let e = extract_markdown(
        "Ferry use has fallen (Department for Ferries [DfF], 2021).\n\n\
         Later the DfF (2021) admits \"demand will not return to its earlier level for a \
         decade\" (p. 4).\n\n\
         ## References\n\n\
         Department for Ferries. (2021). *Ferry statistics*. \
         https://ferries.example/statistics\n",
    );
    assert_eq!(
        notes_of(&e, "demand will not return"),
        ["Department for Ferries 2021"]
    );
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
}

/// A narrative citation with a verb of reporting (`which Pemberton (2022) acknowledges`)
/// whose author the list lacks is warned about even when it is the text's only citation;
/// a month or a place with a year in brackets is no citation.
#[test]
fn a_narrative_citation_with_no_entry_is_warned_about() {
    let e = extract_markdown(
        "The change, which Pemberton (2022) acknowledges \"came too late for most island \
         routes\", was slow. Prices rose in March (2023) and fell in May (2024). The \
         London (2012) games showed much.\n\n\
         ## References\n\n\
         Office for Rail Statistics. (2021). *Ferry statistics*. \
         https://ors.example/ferry\n",
    );
    let w = warnings(&e);
    assert!(
        w.contains(&"citation `Pemberton 2022` has no entry in the reference list"),
        "{w:?}"
    );
    assert!(
        !w.iter()
            .any(|m| m.contains("March") || m.contains("May") || m.contains("London")),
        "{w:?}"
    );
    // `as Greaves (2019) notes`, beside a citation that matches.
    let e = extract_markdown(
        "Ferry use has fallen (Office for Rail Statistics, 2021). As Greaves (2019) rightly \
         notes, it mattered.\n\n\
         ## References\n\n\
         Office for Rail Statistics. (2021). *Ferry statistics*. \
         https://ors.example/ferry\n",
    );
    assert!(
        warnings(&e).contains(&"citation `Greaves 2019` has no entry in the reference list"),
        "{:?}",
        warnings(&e)
    );
}
