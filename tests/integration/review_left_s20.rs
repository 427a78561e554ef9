//! Regressions from the twentieth session's review, its leftover small items (extraction):
//! each input was read wrongly before its fix.

use citecheck::model::Extraction;

use crate::support::{cited, extract_markdown};

/// The labels of the notes a quote is tied to, in order.
fn notes_of(e: &Extraction, starts: &str) -> Vec<String> {
    cited(e, starts).into_iter().filter_map(|c| c.0).collect()
}

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
