//! The sixtieth session's held-out evaluation of news and interview articles: a headline (or
//! a subheading) setting in quotation marks words the story then quotes with a citation was
//! a quote of its own, uncited. It repeats the cited quotation and takes its citations, as
//! `repeated`.

use citecheck::model::{Attribution, DocKind, Extraction};

use crate::support::{extract_as, extract_markdown, quote, texts};

/// (footnote, URL, attribution) of each citation of the quote at `line` (panics, listing
/// the quotes, if there is none there).
fn at_line(e: &Extraction, line: usize) -> Vec<(Option<String>, Option<String>, Attribution)> {
    let q = e
        .quotes
        .iter()
        .find(|q| q.line == line)
        .unwrap_or_else(|| panic!("no quote at line {line} in {:#?}", e.quotes));
    q.citations
        .iter()
        .map(|c| (c.footnote.clone(), c.url.clone(), c.attribution))
        .collect()
}

fn repeated(footnote: Option<&str>, url: &str) -> (Option<String>, Option<String>, Attribution) {
    (
        footnote.map(str::to_string),
        Some(url.to_string()),
        Attribution::Repeated,
    )
}

/// A Markdown headline (in title case) quoting a cited quotation word for word, and a
/// subheading repeating a quotation the story cited before it.
#[test]
fn a_markdown_headline_repeating_a_cited_quote_takes_its_citation() {
    let e = extract_markdown(
        "# \"We Were Never Told About the Sale,\" Say Harbour Tenants\n\
         \n\
         Tenants of the harbour sheds say the council gave them no warning. \"We were never \
         told about the sale,\" said Ana Ruiz, who has rented a shed since 2009.[^1]\n\
         \n\
         The council replied that \"the sale was lawful and properly advertised\" in a \
         [statement](https://example.org/statement).\n\
         \n\
         ## \"The sale was lawful and properly advertised\"\n\
         \n\
         Tenants dispute that.\n\
         \n\
         [^1]: Interview with Ana Ruiz, https://example.org/interview\n",
    );
    assert_eq!(texts(&e).len(), 4, "{:?}", texts(&e));
    assert_eq!(
        at_line(&e, 1),
        [repeated(Some("1"), "https://example.org/interview")]
    );
    // The body's own citation is as it was.
    assert_ne!(at_line(&e, 3)[0].2, Attribution::Repeated);
    assert_eq!(
        at_line(&e, 7),
        [repeated(None, "https://example.org/statement")]
    );
}

/// An HTML `<h1>` headline and an `<h2>` subheading, the quotation cited by a link.
#[test]
fn an_html_h1_repeating_a_cited_quote_takes_its_citation() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article>\n\
         <h1>“We were never told about the sale,” say harbour tenants</h1>\n\
         <p>Tenants of the harbour sheds say the council gave them no warning. “We were \
         never told about the sale,” said Ana Ruiz in an \
         <a href=\"https://example.org/interview\">interview</a>.</p>\n\
         <h2>“Nobody from the council came down to the quay”</h2>\n\
         <p>She added that “nobody from the council came down to the quay” \
         (<a href=\"https://example.org/interview-2\">full transcript</a>).</p>\n\
         </article></body></html>\n",
    );
    assert_eq!(
        at_line(&e, 2),
        [repeated(None, "https://example.org/interview")]
    );
    assert_eq!(
        at_line(&e, 4),
        [repeated(None, "https://example.org/interview-2")]
    );
}

/// A headline trims the quotation (four words of it and more), or the story quotes a part
/// of the headline's: either way the words are the cited ones. Three words are too few.
#[test]
fn a_trimmed_headline_repeats_the_quote_it_is_part_of() {
    let e = extract_markdown(
        "# \"We were never told,\" say harbour tenants\n\
         \n\
         \"We were never told about the sale,\" said Ana Ruiz.[^1]\n\
         \n\
         ## \"Nobody asked us. Not once, in twelve years of rent,\" says fisherman\n\
         \n\
         Tom Reyes agreed: \"Not once, in twelve years of rent.\"[^2]\n\
         \n\
         ## Council: \"Sale was lawful\"\n\
         \n\
         The council said the sale \"was lawful under the 1998 Act.\"[^2]\n\
         \n\
         [^1]: Interview with Ana Ruiz, https://example.org/interview\n\
         [^2]: Harbour meeting minutes, https://example.org/minutes\n",
    );
    assert_eq!(
        at_line(&e, 1),
        [repeated(Some("1"), "https://example.org/interview")]
    );
    assert_eq!(
        at_line(&e, 5),
        [repeated(Some("2"), "https://example.org/minutes")]
    );
    assert!(quote(&e, "Sale was lawful").citations.is_empty());
}

/// A headline repeating a quotation the story does not cite stays uncited: nothing backs
/// either. (A subheading repeating a cited one, in the same story, is cited.)
#[test]
fn a_headline_repeating_an_uncited_quote_stays_uncited() {
    let e = extract_markdown(
        "# \"We were never told about the sale,\" say harbour tenants\n\
         \n\
         Tenants say the council gave them no warning. \"We were never told about the sale,\" \
         said Ana Ruiz, who has rented a shed since 2009.\n\
         \n\
         ## \"The sale was lawful and properly advertised\"\n\
         \n\
         The council said \"the sale was lawful and properly advertised\" in a \
         [statement](https://example.org/statement).\n",
    );
    assert!(at_line(&e, 1).is_empty(), "{:?}", at_line(&e, 1));
    assert!(at_line(&e, 3).is_empty(), "{:?}", at_line(&e, 3));
    assert_eq!(
        at_line(&e, 5),
        [repeated(None, "https://example.org/statement")]
    );
}

/// A headline whose quoted words the story never quotes stays uncited, though the story
/// cites other quotations (and one of the same speaker's, sharing a few words). A plain-text
/// article's title line repeating a cited quotation is cited.
#[test]
fn a_headline_quoting_words_not_in_the_story_stays_uncited() {
    let e = extract_markdown(
        "# \"We will fight this in every court in the land,\" say harbour tenants\n\
         \n\
         \"We were never told about the sale,\" said Ana Ruiz.[^1] She says the tenants \
         \"will fight this\" with a petition.[^1]\n\
         \n\
         [^1]: Interview with Ana Ruiz, https://example.org/interview\n",
    );
    assert!(at_line(&e, 1).is_empty(), "{:?}", at_line(&e, 1));
    assert_eq!(at_line(&e, 3).len(), 1);

    let e = extract_as(
        DocKind::Text,
        "\"We were never told about the sale,\" say harbour tenants\n\
         \n\
         Tenants of the harbour sheds say the council gave them no warning. \"We were never \
         told about the sale,\" said Ana Ruiz in an interview (https://example.org/interview).\n\
         \n\
         \"The quay will stay open,\" a spokesman said on Friday.\n",
    );
    assert_eq!(
        at_line(&e, 1),
        [repeated(None, "https://example.org/interview")]
    );
    // A body quotation (not a heading) repeating nothing is left as it was.
    assert!(quote(&e, "The quay will stay open").citations.is_empty());
}
