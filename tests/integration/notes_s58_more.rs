//! The fifty-eighth session's further note fields: a body's name in sentence case before a
//! quoted title, a quoted title that is a link's text, and a lower-case description of the
//! work (`updated monthly`) that is no publisher.

use citecheck::model::DocKind;

use crate::support::{extract_as, one_footnote as footnote, only_note as only};

/// `Tarn valley records office, "Parish counts", 2024.`: the body's name in sentence case
/// was read as the title and the quoted title as a periodical (as Polish notes quote their
/// newspapers), so `check` would say the note's title is not the page's. The quoted words
/// are the title, the body the author, as with its name capitalised; a newspaper's name in
/// sentence case is the publisher. Polish notes keep their quoted periodicals, and a title
/// before a quoted newspaper's name stays a title.
#[test]
fn a_body_in_sentence_case_before_a_quoted_title() {
    for (note, author) in [
        (
            "Tarn valley records office, \"Parish counts\", 2024. https://tarn.example.org/counts",
            "Tarn valley records office",
        ),
        (
            "Records office of the valley, \"Parish counts\", 2024. https://tarn.example.org/counts",
            "Records office of the valley",
        ),
        (
            "Tarn Valley Records Office, \"Parish counts\", 2024. https://tarn.example.org/counts",
            "Tarn Valley Records Office",
        ),
        (
            "Department for education, \"Parish counts\", 2024. https://tarn.example.org/counts",
            "Department for education",
        ),
    ] {
        let e = footnote(note);
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some("Parish counts"), "{note}");
        assert_eq!(f.authors, [author], "{note}");
        assert_eq!(f.publisher, None, "{note}");
        assert_eq!(f.date.as_deref(), Some("2024"), "{note}");
    }
    let e = footnote("Tarn valley gazette, \"Parish counts rise\", 2024.");
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Parish counts rise"));
    assert_eq!(f.publisher.as_deref(), Some("Tarn valley gazette"));
    assert!(f.authors.is_empty(), "{:?}", f.authors);

    // Negatives: a Polish note's quoted newspaper; a title in sentence case before a
    // quoted newspaper's name, even one ending in a body's word.
    let e = footnote("Ewa Kowal, Nowy most na rzece, „Gazeta Dolna”, 4 maja 2024.");
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Nowy most na rzece"));
    assert_eq!(f.publisher.as_deref(), Some("Gazeta Dolna"));
    assert_eq!(f.authors, ["Ewa Kowal"]);
    let e = footnote("Closing the records office, \"Tarn Weekly\", 4 May 2024.");
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Closing the records office"));
    assert_eq!(f.publisher.as_deref(), Some("Tarn Weekly"));
    // Titles ending with a body's word before a quoted periodical's name that reads as no
    // newspaper's: the words before the body's word are no name's.
    for title in [
        "Inside the tax office",
        "Letters to the council",
        "New rules for the office",
        "Our school",
        "Save our school",
    ] {
        let e = footnote(&format!("{title}, \"Tarn Review\", 2024."));
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some(title));
        assert_eq!(f.publisher.as_deref(), Some("Tarn Review"), "{title}");
        assert!(f.authors.is_empty(), "{title}: {:?}", f.authors);
    }
}

/// `Harbour archive blog, <a>“Boxes on the move”</a>, 3 March 2023.` and the Markdown
/// `[“Boxes on the move”](https://…)`: the quoted title made a link was read as a
/// periodical's name, the blog's name as the title. A quoted title inside a link is the
/// title; the blog is the publisher. A quotation read as a sentence (`“The boxes have
/// moved”`) is no periodical's name either, linked or not. A note whose link is its title
/// without quotation marks, and a Polish note linking its title before a quoted newspaper,
/// are read as before.
#[test]
fn a_quoted_title_inside_a_link_is_the_title() {
    let html = "<p>The move took nine weeks.<sup id=\"fnref:1\"><a class=\"footnote-ref\" \
        href=\"#fn:1\">1</a></sup></p>\n<div class=\"footnote\"><hr /><ol>\n<li id=\"fn:1\"><p>\
        Harbour archive blog, <a href=\"https://harbour.example.org/blog/boxes\">&ldquo;Boxes \
        on the move&rdquo;</a>, 3 March 2023.&#160;<a class=\"footnote-backref\" \
        href=\"#fnref:1\">&#8617;</a></p></li>\n</ol></div>\n";
    let e = extract_as(DocKind::Html, html);
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Boxes on the move"));
    assert_eq!(f.publisher.as_deref(), Some("Harbour archive blog"));
    assert_eq!(f.date.as_deref(), Some("3 March 2023"));

    for note in [
        "Harbour archive blog, [“Boxes on the move”](https://harbour.example.org/blog/boxes), 3 March 2023.",
        "Harbour archive blog, [\"Boxes on the move\"](https://harbour.example.org/blog/boxes), 3 March 2023.",
    ] {
        let e = footnote(note);
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some("Boxes on the move"), "{note}");
        assert_eq!(f.publisher.as_deref(), Some("Harbour archive blog"), "{note}");
        assert_eq!(f.date.as_deref(), Some("3 March 2023"), "{note}");
    }
    // A body's name before the linked title is its author.
    let e = footnote(
        "Harbour records office, [“Boxes on the move”](https://harbour.example.org/b), 3 March 2023.",
    );
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Boxes on the move"));
    assert_eq!(f.authors, ["Harbour records office"]);
    // A sentence quoted is a title, linked or not.
    let e = footnote("Harbour archive blog, “The boxes have moved”, 3 March 2023.");
    assert_eq!(only(&e).title.as_deref(), Some("The boxes have moved"));

    // Negatives: a link's words with no quotation marks; a Polish note's linked title
    // before its quoted newspaper.
    let e = footnote(
        "Harbour archive blog, [Boxes on the move](https://harbour.example.org/blog/boxes), 3 March 2023.",
    );
    assert_eq!(only(&e).title.as_deref(), Some("Boxes on the move"));
    let e = footnote(
        "Ewa Kowal, [Nowy most na rzece](https://gazeta.example.pl/most), „Gazeta Dolna”, 4 maja 2024.",
    );
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Nowy most na rzece"));
    assert_eq!(f.publisher.as_deref(), Some("Gazeta Dolna"));
    // A title in title case is one after a blog's name, not after a title.
    let e = footnote(
        "Harbour archive blog, [“Boxes on the Move”](https://harbour.example.org/b), 3 March 2023.",
    );
    assert_eq!(only(&e).title.as_deref(), Some("Boxes on the Move"));
    // A quoted periodical's name linked to its site stays the periodical.
    for (periodical, note) in [
        (
            "Tarn Weekly",
            "Ann Reid, Closing the office, [“Tarn Weekly”](https://tarn.example.org/), 4 May 2024.",
        ),
        (
            "Tarn Review",
            "Ann Reid, Closing the office, [“Tarn Review”](https://tarn.example.org/), 4 May 2024.",
        ),
        (
            "Polityka",
            "Ewa Kowal, Nowy most, [“Polityka”](https://polityka.example.pl/), 4 maja 2024.",
        ),
    ] {
        let e = footnote(note);
        let f = only(&e);
        assert_eq!(f.publisher.as_deref(), Some(periodical), "{note}");
        assert_ne!(f.title.as_deref(), Some(periodical), "{note}");
    }
}

/// `Skerray Community Council, *Ferry Log*, updated monthly, <https://…>.`: the lower-case
/// words describing the work were its publisher. A description (`updated monthly`, `last
/// revised in spring`, `continuously maintained`) is no publisher; a publisher named after
/// it still is, and so is a name opening with such a word capitalised.
#[test]
fn a_lower_case_description_is_no_publisher() {
    for note in [
        "Tarn Community Council, *Ferry Log*, updated monthly, <https://tarn.example.org/log>.",
        "Tarn Community Council, *Ferry Log*, last revised in spring, <https://tarn.example.org/log>.",
        "Tarn Community Council, *Ferry Log*, continuously maintained, <https://tarn.example.org/log>.",
    ] {
        let e = footnote(note);
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some("Ferry Log"), "{note}");
        assert_eq!(f.authors, ["Tarn Community Council"], "{note}");
        assert_eq!(f.publisher, None, "{note}");
    }
    // Negatives: a publisher after the description; a name that opens with such a word.
    let e = footnote("Ann Reid, *Ferry Log*, updated monthly, Tarn Press, 2024.");
    assert_eq!(only(&e).publisher.as_deref(), Some("Tarn Press"));
    let e = footnote("Ann Reid, *Ferry Log*, Regularly Press, 2024.");
    assert_eq!(only(&e).publisher.as_deref(), Some("Regularly Press"));
}
