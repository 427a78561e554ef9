//! The fifty-seventh session's `following` attribution (area follow), from a held-out
//! evaluation: the paragraph after an inline quotation that names it back (`That admission`,
//! `The comments`, `She made that admission`) and says where its words were made, given or
//! published (`came in a [letter](…)`, `came during an [interview](…)`, `was first reported
//! by [the Gazette](…)`) cites the link that is that place.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as, url_ties};

const PLACE: &str = "https://harbour.example.org/papers/ferry-letter.pdf";

/// The paragraph ending on the quotation, then `next`.
fn ferry_md(next: &str) -> String {
    format!(
        "# Ferries\n\nPassengers waited all summer for the new timetable. The harbour master \
         eventually accepted that the crossings had been “badly planned, poorly staffed and \
         late more often than not”.\n\n{next}\n"
    )
}

/// Regression: `That admission came in a [letter to councillors](…) published in May.` left
/// the quotation before it uncited (`That admission is in a [letter](…)` tied): the verbs
/// saying where words were made or given (`came in`, `was made in`, `came during`, `was
/// first reported by`) and a pronoun making them (`She made that admission in …`) tie too.
#[test]
fn a_sentence_saying_where_the_words_were_made_cites_the_link_there() {
    for next in [
        format!("That admission came in a [letter to councillors]({PLACE})\npublished in May."),
        format!("That admission was made in a [letter to councillors]({PLACE})."),
        format!("That admission was given in a [written answer]({PLACE}) to the board."),
        format!("That admission was published in a [letter]({PLACE}) to the ferry users' group."),
        format!("She made that admission in a [letter to councillors]({PLACE})."),
        format!("He made the remarks in a [blog post]({PLACE}) on Sunday evening."),
        format!("The comments came during an [interview]({PLACE}) with a local radio station."),
        format!("The remark was first reported by [the Island Courier]({PLACE})."),
        format!("Her warning came in a [speech]({PLACE}) to the port users' forum."),
        format!("That remark was first made at a [public meeting]({PLACE}) in the town hall."),
        format!("Those remarks came in [her annual report]({PLACE}) to the board."),
    ] {
        let e = extract_as(DocKind::Markdown, &ferry_md(&next));
        assert_eq!(
            url_ties(&e, "badly planned"),
            vec![(Some(PLACE.to_string()), Attribution::Following)],
            "{next}: {:#?}",
            e.quotes
        );
    }
}

/// Nothing ties when the sentence names something other than words (`That plan`), someone
/// else's answer (`The answer`), a link that is not where the words were made (the letter's
/// recipient, a week, the speaker, those told), or a person making them (`made by`).
#[test]
fn a_link_in_the_next_sentence_that_is_not_where_the_words_were_made_ties_nothing() {
    for next in [
        format!("That plan came in a [budget]({PLACE}) agreed last spring."),
        format!("The answer came in a [letter]({PLACE}) from the ferry company."),
        format!("That admission came in a letter to [the harbour board]({PLACE})."),
        format!("That admission came in a [week]({PLACE}) of cancellations."),
        format!("That admission came at a [time]({PLACE}) when fares were rising."),
        format!("The remark was made by [the harbour master]({PLACE}) herself."),
        format!("She made that admission to [reporters]({PLACE}) on the quay."),
        format!("That admission came on [social media]({PLACE}) late on Friday."),
        format!("The timetable came in [two parts]({PLACE}) last year."),
    ] {
        let e = extract_as(DocKind::Markdown, &ferry_md(&next));
        assert!(
            url_ties(&e, "badly planned").is_empty(),
            "{next}: {:#?}",
            e.quotes
        );
    }
}

/// A paragraph naming the quotation back whose link comes after a quotation of its own
/// backs that quotation, not the one before: the link is not where the first words were
/// made.
#[test]
fn a_link_after_the_next_paragraphs_own_quotation_is_not_the_place() {
    let next = format!(
        "That admission came in a letter in which she also called the rota “unworkable” \
         ([letter]({PLACE}))."
    );
    let e = extract_as(DocKind::Markdown, &ferry_md(&next));
    assert!(url_ties(&e, "badly planned").is_empty(), "{:#?}", e.quotes);
    assert_eq!(
        url_ties(&e, "unworkable"),
        vec![(Some(PLACE.to_string()), Attribution::Link)],
        "{:#?}",
        e.quotes
    );
}

/// The sentence's own marker cites the quotation when the place is named as a record or an
/// occasion (`in a letter`), not when it is not (`in a week of cancellations`); a
/// quotation cited by a marker of its own keeps it.
#[test]
fn markers_of_the_place_sentence_and_the_quotations_own_marker() {
    const NOTE: &str =
        "\n[^1]: Letter to councillors, 3 May, https://harbour.example.org/papers/may.pdf\n";
    let md = ferry_md("That admission came in a letter to councillors.[^1]") + NOTE;
    let e = extract_as(DocKind::Markdown, &md);
    assert_eq!(
        cites(&e, "badly planned"),
        vec![(Some("1"), Attribution::Following)],
        "{:#?}",
        e.quotes
    );

    let md = ferry_md("That admission came in a week of cancellations.[^1]") + NOTE;
    let e = extract_as(DocKind::Markdown, &md);
    assert!(cites(&e, "badly planned").is_empty(), "{:#?}", e.quotes);

    // Cited already: the next paragraph's link adds nothing.
    let md = format!(
        "# Ferries\n\nThe harbour master eventually accepted that the crossings had been \
         “badly planned, poorly staffed and late more often than not”.[^1]\n\nThat admission \
         came in a [letter to councillors]({PLACE}).\n{NOTE}"
    );
    let e = extract_as(DocKind::Markdown, &md);
    assert_eq!(
        cites(&e, "badly planned"),
        vec![(Some("1"), Attribution::MarkerAfter)],
        "{:#?}",
        e.quotes
    );
}

/// The same in a web page, and in reStructuredText.
#[test]
fn the_place_of_the_words_in_html_and_rst() {
    let html = format!(
        "<html><body><article><p>The harbour master eventually accepted that the crossings \
         had been &#8220;badly planned, poorly staffed and late more often than \
         not&#8221;.</p>\n<p>The comments came during an <a href=\"{PLACE}\">interview</a> \
         with a local radio station.</p>\n<p>That plan came in a <a \
         href=\"https://harbour.example.org/budget\">budget</a> agreed last spring, which \
         called the fares &#8220;the lowest on the coast&#8221;.</p></article></body></html>"
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(
        url_ties(&e, "badly planned"),
        vec![(Some(PLACE.to_string()), Attribution::Following)],
        "{:#?}",
        e.quotes
    );

    let html = format!(
        "<html><body><article><p>The harbour master eventually accepted that the crossings \
         had been &#8220;badly planned, poorly staffed and late more often than \
         not&#8221;.</p>\n<p>That plan came in a <a href=\"{PLACE}\">budget</a> agreed last \
         spring.</p></article></body></html>"
    );
    let e = extract_as(DocKind::Html, &html);
    assert!(url_ties(&e, "badly planned").is_empty(), "{:#?}", e.quotes);

    let rst = format!(
        "Ferries\n=======\n\nThe harbour master eventually accepted that the crossings had \
         been “badly planned, poorly staffed and\nlate more often than not”.\n\nShe made that \
         admission in a `letter to councillors <{PLACE}>`_\npublished in May.\n"
    );
    let e = extract_as(DocKind::Rst, &rst);
    assert_eq!(
        url_ties(&e, "badly planned"),
        vec![(Some(PLACE.to_string()), Attribution::Following)],
        "{:#?}",
        e.quotes
    );
}

const LETTER: &str = "https://harbour.example.org/papers/reed-letter.pdf";

/// Regression: a quotation tied to a link naming its speaker in full, a sentence naming
/// nobody, then `She also said that “…”` opening the next paragraph left the second
/// quotation uncited (the same shape with a note marker tied). The speaker goes on over
/// that sentence; not over one naming someone else, a pronoun for another, or after a
/// subject that is no one's name (`Residents told …`).
#[test]
fn a_named_speaker_goes_on_over_a_sentence_naming_nobody() {
    let first = format!(
        "Morwenna Pascoe said in a [letter]({LETTER}) that the crossings had been “badly \
         planned, poorly staffed and late more often than not”."
    );
    let next = "She also said that “no passenger will pay for our mistakes”.";
    for between in [
        " Fares rose by a fifth last year.",
        " She has run the harbour since 2019.",
    ] {
        let md = format!("# Ferries\n\n{first}{between}\n\n{next}\n");
        let e = extract_as(DocKind::Markdown, &md);
        assert_eq!(
            url_ties(&e, "no passenger"),
            vec![(Some(LETTER.to_string()), Attribution::Preceding)],
            "{between}: {:#?}",
            e.quotes
        );
    }
    let html = format!(
        "<html><body><article><p>Morwenna Pascoe said in a <a href=\"{LETTER}\">letter</a> \
         that the crossings had been &#8220;badly planned, poorly staffed and late more often \
         than not&#8221;. Fares rose by a fifth last year.</p>\n<p>She also said that \
         &#8220;no passenger will pay for our mistakes&#8221;.</p></article></body></html>"
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(
        url_ties(&e, "no passenger"),
        vec![(Some(LETTER.to_string()), Attribution::Preceding)],
        "{:#?}",
        e.quotes
    );

    for between in [
        " Fares rose by a fifth, according to Ofwat.",
        " Her deputy disagreed.",
        " He disagreed with the figures.",
        " Fares rose, the union said.",
        " The union called it “a whitewash”.",
    ] {
        let md = format!("# Ferries\n\n{first}{between}\n\n{next}\n");
        let e = extract_as(DocKind::Markdown, &md);
        assert!(
            url_ties(&e, "no passenger").is_empty(),
            "{between}: {:#?}",
            e.quotes
        );
    }
    let md = format!(
        "# Ferries\n\nResidents told [the paper]({LETTER}) that the crossings had been “badly \
         planned, poorly staffed and late more often than not”. Fares rose by a fifth last \
         year.\n\n{next}\n"
    );
    let e = extract_as(DocKind::Markdown, &md);
    assert!(url_ties(&e, "no passenger").is_empty(), "{:#?}", e.quotes);
}
