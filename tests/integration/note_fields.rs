//! A note's fields (authors, title, publisher, date, URLs) as `extract` reports them, on
//! notes written in the shapes reviewers found misread.

use citecheck::model::{DocKind, Extraction, Footnote};

use crate::support::{extract_as, extract_markdown};

fn note<'e>(e: &'e Extraction, label: &str) -> &'e Footnote {
    e.footnotes
        .iter()
        .find(|n| n.label == label)
        .unwrap_or_else(|| panic!("no note `{label}` in {:#?}", e.footnotes))
}

#[test]
fn chicago_imprints_pages_dates_and_dois() {
    let e = extract_markdown(
        "# The lock keepers\n\n\
         The first keeper kept a diary.[^1] The company printed a handbook.[^2] \
         The locks were rebuilt twice.[^3] A study measured the silt.[^4] \
         The town paper covered it.[^5] A ranger wrote it up.[^6]\n\n\
         [^1]: Ines Harrow, *Salt Roads* (Bath, ME: Gull House Press, 1999), 33.\n\
         [^2]: Guild of Weavers, *Loom Care*, 2nd ed. (York: GOW, 2018), p. 4.\n\
         [^3]: Dock Company, *Ledger 1902*, p. 8.\n\
         [^4]: Lee, K., and P. Ruiz. 2015. “Drift Lines.” Shore Studies 41 (3): 1802–1830. \
         doi:10.5555/ss.2015.41.\n\
         [^5]: Stadtwerke Kiel, „Fahrplan“, 3. März 2021.\n\
         [^6]: Ada Crane, *Hedges*, U.S. Forest Service Field Note 2210-4, 1997.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.publisher.as_deref(), Some("Gull House Press"));
    assert_eq!(n.date.as_deref(), Some("1999"));
    assert_eq!(note(&e, "2").publisher.as_deref(), Some("GOW"));
    assert_eq!(note(&e, "3").publisher, None);
    let n = note(&e, "4");
    assert_eq!(n.authors, ["Lee, K.", "P. Ruiz"]);
    assert_eq!(n.date.as_deref(), Some("2015"));
    assert_eq!(n.urls, ["https://doi.org/10.5555/ss.2015.41"]);
    assert_eq!(note(&e, "5").date.as_deref(), Some("3. März 2021"));
    let n = note(&e, "6");
    assert_eq!(
        n.publisher.as_deref(),
        Some("U.S. Forest Service Field Note 2210-4")
    );
    assert_eq!(n.date.as_deref(), Some("1997"));
}

#[test]
fn reference_list_entries_and_quoted_passages() {
    let e = extract_as(
        DocKind::Text,
        "Towpaths\n\n\
         The towpath was contested (Pike 2017). Its tolls were studied (Ng & Roux 2003).\n\n\
         References\n\n\
         Ng, A. and Roux, J.-L. (2003) Tolls and tides. Bristol: Canal Press.\n\n\
         Pike, D. (2017) 'Who owns the towpath?', Waterways History, 12(1), pp. 3–19.\n",
    );
    let n = note(&e, "Pike 2017");
    assert_eq!(n.title.as_deref(), Some("Who owns the towpath?"));
    assert_eq!(n.publisher.as_deref(), Some("Waterways History"));
    assert_eq!(
        note(&e, "Ng & Roux 2003").authors,
        ["Ng, A.", "Roux, J.-L."]
    );

    let e = extract_markdown(
        "The lock was praised.[^1] So was the keeper.[^2]\n\n\
         [^1]: Okoro says \"the finest lock on the river\" in her diary.\n\
         [^2]: Quoted in Omar Haddad, “Still Water”, River Weekly, 2 March 2022.\n",
    );
    let n = note(&e, "1");
    assert_eq!((n.title.as_deref(), n.publisher.as_deref()), (None, None));
    assert_eq!(note(&e, "2").authors, ["Omar Haddad"]);
}
