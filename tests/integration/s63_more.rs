//! The rest of the sixty-third session's held-out evaluation of `citecheck extract`: a
//! Romance body's name before a Chicago title whose comma sits inside its closing mark, a
//! block quotation's work named by `quoted above` in the paragraph after it, and an HTML
//! credit line after a `<br>` on a line of its own in the source.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, extract_fixture, extract_markdown, only_note};

/// `Archives municipales de Saint-Aubin, "Registres des passeurs, 1921–1961," https://…`:
/// the comma inside the closing mark (Chicago's, straight or curly) leaves the body its
/// author and the quoted words its title, as guillemets and an English body's name do. Not
/// a periodical's name after a title, and not a quotation of the note's.
#[test]
fn a_romance_body_before_a_chicago_title_is_its_author() {
    for (open, close) in [("\"", ",\""), ("\u{201c}", ",\u{201d}"), ("« ", " »,")] {
        let e = extract_markdown(&format!(
            "The ferry ran until 1961.[^1]\n\n[^1]: Archives municipales de Saint-Aubin, \
             {open}Registres des passeurs, 1921–1961{close} https://example.org/archives/x\n"
        ));
        let n = only_note(&e);
        assert_eq!(n.authors, ["Archives municipales de Saint-Aubin"], "{open}");
        assert_eq!(
            n.title.as_deref(),
            Some("Registres des passeurs, 1921–1961"),
            "{open}"
        );
        assert_eq!(n.publisher, None, "{open}");
        assert!(e.quotes.is_empty(), "{open}: {:#?}", e.quotes);
    }
    // `Archives nationales`, the adjective closing the name, and no years in the title.
    let e = extract_markdown(
        "The ferry ran.[^1]\n\n[^1]: Archives nationales, \"Registres des passeurs,\" \
         https://example.org/an\n",
    );
    let n = only_note(&e);
    assert_eq!(n.authors, ["Archives nationales"]);
    assert_eq!(n.title.as_deref(), Some("Registres des passeurs"));
    assert_eq!(n.publisher, None);
    // A periodical's name in marks after a title stays the publisher: after a person's
    // name and a title, and after a title alone.
    let e = extract_markdown(
        "The bridge opened.[^1]\n\n[^1]: Jan Nowak, Nowy most na Wiśle, „Gazeta Miejska”, \
         3 marca 2024.\n",
    );
    let n = only_note(&e);
    assert_eq!(n.authors, ["Jan Nowak"]);
    assert_eq!(n.title.as_deref(), Some("Nowy most na Wiśle"));
    assert_eq!(n.publisher.as_deref(), Some("Gazeta Miejska"));
    let e = extract_markdown(
        "The dredging starts.[^1]\n\n[^1]: Harbour dredging to start, \"Harbour Weekly\", \
         3 May 2024.\n",
    );
    let n = only_note(&e);
    assert_eq!(n.title.as_deref(), Some("Harbour dredging to start"));
    assert_eq!(n.publisher.as_deref(), Some("Harbour Weekly"));
}

/// The block quotation the sentences below follow.
const BLOCK: &str = "The harbour was busier than ever last year.\n\n\
    > Counts on rainy weekdays fall far less than on rainy weekends, suggesting commuting \
    trips are the least sensitive to the weather.\n\n";

/// The note the sentences below may cite.
const NOTE: &str = "\n\n[^1]: Jan de Vries, \"Rain and riders\", 2021.\n";

/// A paragraph under a block quotation naming the work it came from by `quoted above` (or
/// `cited above`) cites it by that work's link or marker: `A 2021 study by the [harbour
/// trust](…), quoted above, found …`, `… a 2021 study from the Netherlands quoted above,
/// which found …[^1]`.
#[test]
fn the_work_quoted_above_cites_the_block_quotation() {
    let e = extract_markdown(&format!(
        "{BLOCK}A 2021 study by the [harbour trust](https://trust.example.org/study), quoted \
         above, found the same split.\n"
    ));
    assert_eq!(
        cited(&e, "Counts on rainy"),
        [(
            None,
            Some("https://trust.example.org/study".to_string()),
            Attribution::Following
        )]
    );
    for sentence in [
        "A 2021 study by the harbour trust, quoted above, found the same split.[^1]",
        "That finding matches a 2021 study from the Netherlands quoted above, which found \
         the same split.[^1]",
        "The survey cited above found the same split.[^1]",
        "A 2021 study[^1], quoted above, found the same split.",
    ] {
        let e = extract_markdown(&format!("{BLOCK}{sentence}{NOTE}"));
        assert_eq!(
            cited(&e, "Counts on rainy"),
            [(Some("1".to_string()), None, Attribution::Following)],
            "{sentence}"
        );
    }
    // The medium post: the link on the study's words, in HTML.
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><p>The harbour was busier than ever last year.</p>\n\
         <blockquote>Counts on rainy weekdays fall far less than on rainy weekends, \
         suggesting commuting trips are the least sensitive to the weather.</blockquote>\n\
         <p>That finding matches a <a href=\"https://doi.example.org/tra.2021.0419\">2021 \
         study from the Netherlands</a> quoted above, which found the same split.</p>\n\
         </article></body></html>\n",
    );
    assert_eq!(
        cited(&e, "Counts on rainy"),
        [(
            None,
            Some("https://doi.example.org/tra.2021.0419".to_string()),
            Attribution::Following
        )]
    );
    let e = extract_fixture("fixtures/articles/medium-post.html");
    assert_eq!(
        cited(&e, "Counts on rainy weekdays"),
        [(
            None,
            Some("https://doi.org/10.5555/tra.2021.0419".to_string()),
            Attribution::Following
        )]
    );
}

/// What `quoted above` must not tie: a person quoted above, a work set against another, a
/// link or marker naming another work, the phrase negated or opening the sentence.
#[test]
fn quoted_above_ties_nothing_else() {
    for sentence in [
        // A person, not a work.
        "Ellery, quoted above, disagrees with the [council's figures](https://example.org/f).\
         [^1]",
        // Set against another work: the marker is the other's.
        "Unlike the report quoted above, the new survey found a wider split.[^1]",
        // The link before the work's words names another.
        "Unlike [Smith's survey](https://example.org/s), the study quoted above found the \
         same.",
        "A [new survey](https://example.org/s) contradicts the study quoted above.",
        // The quoted work is the object; the marker is the subject's.
        "A new survey contradicts the study quoted above.[^1]",
        // A link after the phrase names another work.
        "The study quoted above was not the [council survey](https://example.org/s).[^1]",
        "The study, quoted above, found a split; the [council survey](https://example.org/s) \
         found none.[^1]",
        "A study not quoted above found the [same split](https://example.org/s).",
        "As quoted above, the [council survey](https://example.org/s) says so.",
        // A clause of its own between the work and the phrase.
        "The study found, as quoted above, a [wider split](https://example.org/s).",
    ] {
        let e = extract_markdown(&format!("{BLOCK}{sentence}{NOTE}"));
        assert!(
            cited(&e, "Counts on rainy").is_empty(),
            "{sentence}: {:#?}",
            e.quotes
        );
    }
    // Under an inline quotation the phrase changes nothing (a block's rule).
    let e = extract_markdown(&format!(
        "The harbour master said the count was \"far higher than anyone expected this \
         year\".\n\nA 2021 study by the harbour trust, quoted above, found the same.{NOTE}"
    ));
    assert!(cited(&e, "far higher").is_empty(), "{:#?}", e.quotes);
}

/// The quotation the HTML credit lines below follow.
const SAID: &str = "&#8220;We will publish the sediment study before the vote, not after \
    it.&#8221;";

/// An HTML credit line after a `<br>` that stands on a line of its own in the source (`…”⏎
/// <br>— Harbour master Tom Ellery, <a>…</a>`, as a newsletter's boxed quotation has it in a
/// table cell) is the quotation's credit, as it is with no line break there and as in
/// Markdown: the source's line break and the `<br>` are one break, not a blank line.
#[test]
fn a_credit_line_after_a_br_on_its_own_line_cites_the_quotation() {
    let credit = "&#8212; Harbour master Tom Ellery, \
                  <a href=\"https://harbour.example.org/news/sediment\">harbour.example.org</a>";
    for (open, close) in [("<table><tr><td>", "</td></tr></table>"), ("<p>", "</p>")] {
        for gap in ["\n<br>", "<br>\n", "\n<br>\n", "<br>", "  \n  <br>  \n  "] {
            let e = extract_as(
                DocKind::Html,
                &format!(
                    "<html><body><p>The harbour board meets on 12 March.</p>\n\
                     {open}{SAID}{gap}<span>{credit}</span>{close}\n\
                     <p>That promise was made in January.</p></body></html>\n"
                ),
            );
            assert_eq!(
                cited(&e, "We will publish"),
                [(
                    None,
                    Some("https://harbour.example.org/news/sediment".to_string()),
                    Attribution::Link
                )],
                "{open}{gap:?}"
            );
        }
    }
    // A credit naming the source with a note's marker.
    let e = extract_as(
        DocKind::Html,
        &format!(
            "<html><body><p>The harbour board meets on 12 March.</p>\n\
             <table><tr><td>{SAID}\n<br>&#8212; Harbour master Tom Ellery, Harbour Bulletin, \
             spring issue<sup><a href=\"#fn3\" id=\"r3\">3</a></sup></td></tr></table>\n\
             <p>That promise was made in January.</p>\n\
             <ol><li id=\"fn3\">Harbour Bulletin, spring 2025, \
             <a href=\"https://harbour.example.org/bulletin\">harbour.example.org/bulletin</a>. \
             <a href=\"#r3\">↩</a></li></ol></body></html>\n"
        ),
    );
    assert_eq!(
        cited(&e, "We will publish"),
        [(
            Some("3".to_string()),
            Some("https://harbour.example.org/bulletin".to_string()),
            Attribution::MarkerInSentence
        )]
    );
    // The newsletter itself.
    let e = extract_fixture("fixtures/articles/email-newsletter.html");
    assert_eq!(
        cited(&e, "We will publish the sediment study")
            .into_iter()
            .map(|c| c.2)
            .collect::<Vec<_>>(),
        [Attribution::Link]
    );
    // A sentence of its own on the next line names no source: its link is not the
    // quotation's.
    let e = extract_as(
        DocKind::Html,
        &format!(
            "<html><body><p>The harbour board meets on 12 March.</p>\n\
             <p>{SAID}\n<br>\nMeanwhile the <a href=\"https://ferry.example.org/times\">ferry \
             timetable</a> changed again.</p>\n<p>Nothing else changed.</p></body></html>\n"
        ),
    );
    assert!(cited(&e, "We will publish").is_empty(), "{:#?}", e.quotes);
    // Markdown's credit lines, in a block quotation and under a quotation's own line, as
    // they were.
    for text in [
        "The board meets.\n\n> We will publish the sediment study before the vote, not after \
         it.\n>\n> — Harbour master Tom Ellery, \
         [harbour.example.org](https://harbour.example.org/news/sediment)\n",
        "The board meets.\n\n“We will publish the sediment study before the vote, not after \
         it.”\n— Harbour master Tom Ellery, \
         [harbour.example.org](https://harbour.example.org/news/sediment)\n",
    ] {
        let e = extract_markdown(text);
        assert_eq!(
            cited(&e, "We will publish")
                .into_iter()
                .map(|c| c.1)
                .collect::<Vec<_>>(),
            [Some(
                "https://harbour.example.org/news/sediment".to_string()
            )],
            "{text}"
        );
    }
}
