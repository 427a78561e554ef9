//! The fifty-fifth session's notes and boxes: a block quotation the prose of a Docusaurus
//! admonition introduces, bodies named before a title holding a year or an item number,
//! podcast episodes, and MediaWiki's format markers after a title.

use citecheck::model::{Attribution, QuoteKind};

use crate::support::{cites, extract_markdown, quote};

/// A Docusaurus admonition (`:::tip` … `:::`) is a box of prose whose body is Markdown:
/// a `>` block quotation its own prose introduces and cites is a quotation, cited by the
/// note the prose's marker gives, as outside the box. Before, it went with the box (no
/// quote at all).
#[test]
fn a_block_quotation_the_prose_of_an_admonition_introduces() {
    let e = extract_markdown(
        ":::tip\n\n\
         The ferry operator's licence terms are plain about refunds.[^lic]\n\n\
         > Passengers whose sailing is cancelled are entitled to a full refund within \
         fourteen days of the cancelled sailing.\n\n\
         :::\n\n\
         [^lic]: Coastal Transport Board, \"Ferry licence conditions\", \
         https://ferries.example.org/licence-conditions\n",
    );
    let q = quote(&e, "Passengers whose sailing");
    assert_eq!(q.kind, QuoteKind::Block, "{q:#?}");
    assert_eq!(
        cites(&e, "Passengers whose sailing"),
        [(Some("lic"), Attribution::IntroMarker)]
    );
}
