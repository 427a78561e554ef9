//! Regressions from the fifty-fourth session's held-out evaluation of other input formats:
//! an rST citation reference written in another case than its citation (`[cit2002]_` for
//! `.. [CIT2002]`) was no reference, though docutils compares reference names without
//! case: the quote was uncited, and two warnings (and exit 1) followed.

use citecheck::model::{DocKind, Extraction};

use crate::support::extract_as;

fn rst(text: &str) -> Extraction {
    extract_as(DocKind::Rst, text)
}

#[test]
fn rst_citation_references_ignore_case() {
    let e = rst("Pool consultation\n=================\n\n\
         Residents called the survey \"a box-ticking exercise run in August\" [harbour2024]_.\n\n\
         Another footnote [#Tides]_ and again [#tides]_.\n\n\
         .. [Harbour2024] Harbour Residents, \"Survey response\", 2024, \
         https://residents.example.org/response\n\
         .. [#tides] Tide tables, https://tides.example.org/\n");
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    let note = e
        .footnotes
        .iter()
        .find(|n| n.label == "Harbour2024")
        .expect("the citation");
    assert_eq!(note.referenced_at.len(), 1, "{note:#?}");
    let q = &e.quotes[0];
    assert_eq!(
        q.citations
            .iter()
            .map(|c| c.footnote.as_deref())
            .collect::<Vec<_>>(),
        [Some("Harbour2024")],
        "{q:#?}"
    );
    let tides = e
        .footnotes
        .iter()
        .find(|n| n.urls.iter().any(|u| u.contains("tides")))
        .expect("the numbered note");
    assert_eq!(tides.referenced_at.len(), 2, "{tides:#?}");
}
