//! Regressions from the fifty-fourth session's held-out evaluation of other input formats:
//! an rST citation reference written in another case than its citation (`[cit2002]_` for
//! `.. [CIT2002]`) was no reference, though docutils compares reference names without
//! case: the quote was uncited, and two warnings (and exit 1) followed. A block quotation
//! `broadcast in` (or `made in`) the linked record was uncited; and a bare address's path
//! word (`…/news/transport`) tied a later sentence's quote (`The transport manager's
//! letter said “…”`) to it.

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

fn cited_urls(e: &Extraction, text: &str) -> Vec<String> {
    e.quotes
        .iter()
        .find(|q| q.text.contains(text))
        .unwrap_or_else(|| panic!("no quote with {text:?}: {:#?}", e.quotes))
        .citations
        .iter()
        .filter_map(|c| c.url.clone())
        .collect()
}

/// A block quotation whose next paragraph says where it was said on air or in person (`The
/// remark was broadcast in an [interview](…)`, `The promise was made in a [speech](…)`)
/// takes that link, as `The remark was published in …` did; it was uncited.
#[test]
fn a_quotation_broadcast_or_made_in_the_linked_record_takes_it() {
    let e = extract_as(
        DocKind::Markdown,
        "> Nobody asked the crews who actually sail the night ferries.\n\n\
         The remark was broadcast in an [interview on Coast FM](https://coast.example.org/ep-4).\n\n\
         > We will keep the lido open through every winter month.\n\n\
         The promise was made in a [speech at the pier](https://pier.example.org/speech).\n\n\
         > The old bridge will carry lorries again by the spring.\n\n\
         The bridge was made in 1890 by a local firm ([history](https://history.example.org/)).\n",
    );
    assert_eq!(
        cited_urls(&e, "Nobody asked"),
        ["https://coast.example.org/ep-4"]
    );
    assert_eq!(
        cited_urls(&e, "keep the lido"),
        ["https://pier.example.org/speech"]
    );
    assert!(cited_urls(&e, "old bridge").is_empty(), "{:#?}", e.quotes);
}

/// In plain text, a bare address's path is no name of the work it cites: `…/news/transport`
/// gave a later `The transport manager's letter said “…”` that link (`preceding`). The
/// words before the address still name it (`in a statement (https://…)`, then `The
/// statement also said “…”`).
#[test]
fn a_bare_addresss_path_names_no_work() {
    let e = extract_as(
        DocKind::Text,
        "Joan Pell said in a statement (https://parents.example.org/news/transport) that the \
         change was \"a false saving that will put children on busy roads\".\n\n\
         The transport manager's letter said the routes would be \"reviewed before the \
         spring term\".\n\n\
         Ann Tully said in a statement (https://parish.example.org/news/ferries) that the \
         fares were \"far beyond what families here can pay\".\n\n\
         The statement also said the crossings were \"among the busiest in the county\".\n",
    );
    assert!(
        cited_urls(&e, "reviewed before").is_empty(),
        "{:#?}",
        e.quotes
    );
    assert_eq!(
        cited_urls(&e, "busiest in the county"),
        ["https://parish.example.org/news/ferries"]
    );
}

/// A sentence of comment after a note's address, or in a paragraph of its own under the
/// note (`It replaced the 2019 policy.`), is no publisher; a publisher's name opening with
/// `The` still is. And a number as a book's title with the imprint's year after it
/// (`Orwell, George. 1984. London: …, 1949.`) stays the title (review: the year sentence
/// of Chicago's author-date form had been skipped there too).
#[test]
fn a_notes_comment_is_no_publisher_and_a_number_may_be_a_title() {
    let e = extract_as(
        DocKind::Markdown,
        "The rules.[^1] The policy.[^2] The press.[^3] A novel.[^4] A study.[^5]\n\n\
         [^1]: Harbour Pilots Guild, \"Pilotage Rules 2021\", 2 May 2021, \
         https://pilots.example.org/rules-2021\n\n    The rules were revised in 2024.\n\n\
         [^2]: Westvale County Council, \"Bus Pass Policy 2023\", 1 June 2023, \
         https://westvale.example.org/bus-pass. It replaced the 2018 scheme.\n\n\
         [^3]: Mara Quist, *Tides of the North* (Oxford: The Clarendon Press, 2019).\n\n\
         [^4]: Halden, Ruth. 1987. Kingsport: Lantern Books, 2003.\n\n\
         [^5]: Pryce, Ian. 2021. Salt and Boats. Bristol: Quay Press.\n",
    );
    let field = |label: &str| {
        let n = e
            .footnotes
            .iter()
            .find(|n| n.label == label)
            .unwrap_or_else(|| panic!("note {label}: {:#?}", e.footnotes));
        (n.title.clone(), n.publisher.clone(), n.date.clone())
    };
    assert_eq!(field("1").1, None, "{:#?}", e.footnotes);
    assert_eq!(field("2").1, None, "{:#?}", e.footnotes);
    assert_eq!(field("3").1.as_deref(), Some("The Clarendon Press"));
    assert_eq!(
        field("4"),
        (
            Some("1987".into()),
            Some("Lantern Books".into()),
            Some("2003".into())
        )
    );
    assert_eq!(
        field("5"),
        (
            Some("Salt and Boats".into()),
            Some("Quay Press".into()),
            Some("2021".into())
        )
    );
}
