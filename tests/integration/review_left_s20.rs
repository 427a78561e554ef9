//! Regressions from the twentieth session's review, its leftover small items (extraction):
//! each input was read wrongly before its fix.

use crate::support::{notes_of, urls_of};
use citecheck::model::DocKind;

use crate::support::{cited, extract_as, extract_markdown};

/// An MLA entry without a year is not joined with the organisation's entry on the next line
/// (`United Nations. *Title*. Publisher, 2020.`, a whole entry of its own), as the tail of an
/// entry wrapped before its year: the two were one entry with the UN's year and title. A
/// wrapped entry's tail (`Books, 2012.`) still is joined.
#[test]
fn an_mla_wrapped_entry_does_not_swallow_an_organisation_entry() {
    let e = extract_markdown(
        "Okonkwo calls the harbour \"a ledger of drowned names\" (14). Hartley sees \"a \
         grammar of loss\" in the late poems (Hartley 51).\n\n\
         ## Works Cited\n\n\
         Okonkwo, Adaeze. *Tidewrack: Notes from the Harbour*. Web. Accessed in spring.\n\
         United Nations. *World Water Development Report*. UN Publishing, 2020.\n\
         Hartley, Jane. *Ledgers of the Tide*. Harbour\n\
         Books, 2012.\n",
    );
    assert!(
        !e.footnotes
            .iter()
            .any(|n| n.text.contains("Okonkwo") && n.text.contains("United Nations")),
        "{:#?}",
        e.footnotes
    );
    assert!(
        !notes_of(&e, "a ledger of drowned").contains(&"Okonkwo 2020".to_string()),
        "{:#?}",
        e.quotes
    );
    assert_eq!(notes_of(&e, "a grammar of loss"), ["Hartley 2012"]);
    let hartley = e
        .footnotes
        .iter()
        .find(|n| n.label == "Hartley 2012")
        .expect("Hartley");
    assert_eq!(
        hartley.text,
        "Hartley, Jane. Ledgers of the Tide. Harbour Books, 2012."
    );
}

/// `Id.` points back to a case, and a sports fixture written as an English case is
/// (`England v Australia, https://…`, `[England v Australia](…)`) is none: a later `Id.`
/// cited the match report, or, past it, the case before. A case with a bare `v` is still
/// one in italics or with its report (`Harding v Okeke [2025] EWCA Civ 412`).
#[test]
fn id_does_not_point_back_to_a_sports_fixture() {
    let e = extract_markdown(
        "The appellate court's decision in Alvarez v. Brightwater, No. 24-101 (Cal. Ct. App. \
         2024), https://courts.example.gov/opinions/24-101.pdf, turned on notice. The court \
         held that the notice was “defective on its face.” Id. at 7.\n\n\
         Meanwhile the match report for England v Australia, \
         https://sport.example.com/report/123, described the final as “the best game in a \
         decade.” The players' union said the fixture list was “unsustainable.” Id.\n\n\
         The preview of [England v India](https://sport.example.com/preview/9) is short. The \
         captain called the pitch “a road for batters.” Id.\n",
    );
    assert_eq!(
        urls_of(&e, "defective on its face"),
        ["https://courts.example.gov/opinions/24-101.pdf"]
    );
    assert_eq!(cited(&e, "unsustainable"), []);
    assert_eq!(cited(&e, "a road for batters"), []);
    for case in [
        "*Harding v Okeke*, https://caselaw.example.gov.uk/412,",
        "Harding v Okeke [2025] EWCA Civ 412, https://caselaw.example.gov.uk/412,",
        "[*Harding v Okeke*](https://caselaw.example.gov.uk/412)",
        "[Harding v Okeke [2025] EWCA Civ 412](https://caselaw.example.gov.uk/412)",
    ] {
        let e = extract_markdown(&format!(
            "The Court of Appeal in {case} took a strict view. It called the result “the \
             price of non-compliance.” Id. at [38].\n"
        ));
        assert_eq!(
            urls_of(&e, "the price of"),
            ["https://caselaw.example.gov.uk/412"],
            "{case}"
        );
    }
}

/// A content tab's title (MkDocs Material's `=== "Linux"`, `===+ "macOS"`) is no quotation,
/// as an admonition's title is none; a quotation in the tab's body still is one.
#[test]
fn a_content_tabs_title_is_no_quotation() {
    let e = extract_markdown(
        "# Install\n\n=== \"Linux\"\n\n    Use apt.\n\n===+ \"macOS\"\n\n    The docs say \
         \"use Homebrew for everything\" ([docs](https://brew.example.org/)).\n\n\
         ===! \"Windows\"\n\n    Use winget.\n",
    );
    let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["use Homebrew for everything"]);
    assert_eq!(urls_of(&e, "use Homebrew"), ["https://brew.example.org/"]);
}

/// Asciidoctor's `div.attribution` credits the quotation of its `div.quoteblock` (or
/// `div.verseblock`); a `div.attribution` elsewhere, a photo's credit after a plain
/// `blockquote`, does not cite the quotation before it.
#[test]
fn an_attribution_div_credits_only_an_asciidoctor_quote_block() {
    let e = extract_as(
        DocKind::Html,
        "<html><body>\
         <div class=\"quoteblock\"><blockquote><div class=\"paragraph\"><p>We shipped the \
         migration without a rollback plan, and it cost us six hours.</p></div></blockquote>\
         <div class=\"attribution\">— Post-incident review<br><cite><a \
         href=\"https://example.org/inc-7\">Incident report</a></cite></div></div>\n\
         <blockquote><p>A plain blockquote with a following attribution div used for a \
         photo.</p></blockquote>\n\
         <div class=\"attribution\">Photo: <a href=\"https://example.org/photographer\">Jane \
         Doe</a></div>\n</body></html>",
    );
    assert_eq!(
        urls_of(&e, "We shipped the migration"),
        ["https://example.org/inc-7"]
    );
    assert_eq!(cited(&e, "A plain blockquote"), []);
}
