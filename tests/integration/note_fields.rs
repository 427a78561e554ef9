//! A note's fields (authors, title, publisher, date, URLs) as `extract` reports them, on
//! notes written in the shapes reviewers found misread.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, extract_markdown, note};

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

#[test]
fn notes_heading_made_of_note_words() {
    for heading in [
        "Notes and sources",
        "Notes & sources",
        "Notes on sources",
        "Source notes",
    ] {
        let e = extract_markdown(&format!(
            "# Ferries\n\nThe ferry ran at a loss for a decade.[1]\n\n## {heading}\n\n\
             1. Ferry company accounts, *Annual Return*, 2011.\n"
        ));
        assert_eq!(e.footnotes.len(), 1, "{heading}: {:#?}", e.footnotes);
        assert_eq!(
            note(&e, "1").title.as_deref(),
            Some("Annual Return"),
            "{heading}"
        );
    }
}

/// Notes after a final thematic break with no heading (Substack, Medium): superscript lines
/// or a numbered list, taken only when the text has their markers.
#[test]
fn notes_after_a_thematic_break() {
    let e = extract_markdown(
        "# Shorter weeks\n\nOutput \"held up at most firms.\"¹ The trial was voluntary.²\n\n---\n\n\
         ¹ Week Trial Group, *Pilot Findings*, March 2023, https://wtg.example.org/findings\n\
         ² See the appendix, p. 12.\n",
    );
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
    assert_eq!(note(&e, "1").urls, ["https://wtg.example.org/findings"]);
    assert_eq!(note(&e, "2").referenced_at.len(), 1);
    assert!(
        e.warnings
            .iter()
            .all(|w| !w.message.contains("no matching note")),
        "{:#?}",
        e.warnings
    );
    assert_eq!(
        e.quotes
            .first()
            .and_then(|q| q.citations.first())
            .and_then(|c| c.url.as_deref()),
        Some("https://wtg.example.org/findings")
    );

    let e = extract_markdown(
        "The council met twice.[1] It voted once.[2]\n\n***\n\n\
         1. Council minutes, 4 May 2022.\n2. Council minutes, 9 June 2022.\n",
    );
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
    assert_eq!(note(&e, "2").date.as_deref(), Some("9 June 2022"));

    // No break, no markers, or not numbered from 1: a list, not notes.
    for text in [
        "The council met twice.[1]\n\n1. Council minutes, 4 May 2022.\n",
        "The council met twice.\n\n---\n\n1. Council minutes, 4 May 2022.\n",
        "The council met twice.[1]\n\n---\n\n2. Council minutes, 4 May 2022.\n",
    ] {
        assert!(extract_markdown(text).footnotes.is_empty(), "{text}");
    }
}

/// A note defined twice: the first definition is the note, and a warning says so.
#[test]
fn notes_defined_twice() {
    let e = extract_markdown(
        "The mill closed in 1962.[^1]\n\n[^1]: Mill ledger, 1962.\n\n\
         [^1]: Owner's letter, 3 May 1962, https://letters.example.org/1962\n",
    );
    assert_eq!(e.footnotes.len(), 1);
    assert_eq!(note(&e, "1").text, "Mill ledger, 1962.");
    assert!(note(&e, "1").urls.is_empty());
    let twice = |e: &Extraction, label: &str| {
        e.warnings
            .iter()
            .filter(|w| w.message == format!("note `{label}` is defined twice"))
            .count()
    };
    assert_eq!(twice(&e, "1"), 1, "{:#?}", e.warnings);

    let e = extract_markdown(
        "The mill closed \"without warning.\"[2] It had been sold.[1] Then razed.[3]\n\n## Notes\n\n\
         1. Sale deed, 1960.\n2. Mill ledger, 1962.\n2. Owner's letter, 1962.\n3. Demolition order, 1964.\n",
    );
    assert_eq!(twice(&e, "2"), 1, "{:#?}", e.warnings);
    assert_eq!(note(&e, "2").text, "Mill ledger, 1962.");
    assert_eq!(note(&e, "3").text, "Demolition order, 1964.");
    assert_eq!(e.footnotes.len(), 3);

    // Every item written `1.`: the list counts them, nothing is defined twice.
    let e = extract_markdown(
        "Sold.[1] Closed.[2]\n\n## Notes\n\n1. Sale deed, 1960.\n1. Mill ledger, 1962.\n",
    );
    assert_eq!(note(&e, "2").text, "Mill ledger, 1962.");
    assert!(e.warnings.iter().all(|w| !w.message.contains("twice")));
}
