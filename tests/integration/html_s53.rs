//! The fifty-third session's web-page fixes: an e-mail newsletter's notes inside its table
//! layout (nested tables, a cell of paragraphs or of lines), authors' affiliation numbers
//! as no citation markers, and a site's header and footer boxes built of plain `div`s as
//! furniture.

use citecheck::model::{Attribution, DocKind, Extraction};

use crate::support::{cites, extract_as, furniture, note};

fn html(src: &str) -> Extraction {
    extract_as(DocKind::Html, src)
}

/// Notes 1 and 2 of the newsletter's Harbourside text, each cited by its marker after the
/// quotation, with nothing warned about.
fn harbourside_notes(e: &Extraction) {
    let n = note(e, "1");
    assert_eq!(n.authors, ["Harbourside Station Trust"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Visitor Survey 2023"), "{n:#?}");
    assert_eq!(n.referenced_at.len(), 1, "{n:#?}");
    assert_eq!(
        cites(e, "by almost a fifth"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// An e-mail newsletter lays its text out in a table: the cell's paragraphs, a `Notes`
/// heading and a paragraph opening with `<sup>1</sup>` are the note, as in `div`s. Before,
/// no note was found, the quotation was uncited and both superscripts were warned about.
#[test]
fn notes_in_an_email_table_layout() {
    let e = html(
        "<table><tr><td>\n\
         <p>Footfall at the station rose “by almost a fifth in the first summer of the \
         service”<sup>1</sup>.</p>\n\
         <p><b>Notes</b></p>\n\
         <p><sup>1</sup> Harbourside Station Trust, <em>Visitor Survey 2023</em>, p. 6.</p>\n\
         </td></tr></table>\n",
    );
    harbourside_notes(&e);
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
}

const PROSE: &str = "Footfall at the station rose “by almost a fifth in the first summer of \
                     the service”<sup>1</sup>. Ticket sales “doubled in the second \
                     year”<sup>2</sup>.";
const LINES: &str = "<sup>1</sup> Harbourside Station Trust, <em>Visitor Survey 2023</em>, \
                     p. 6.<br><sup>2</sup> Gullrock Ferries, <em>Annual Report 2024</em>, p. 12.";

fn both_notes(e: &Extraction) {
    harbourside_notes(e);
    let n = note(e, "2");
    assert_eq!(n.authors, ["Gullrock Ferries"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Annual Report 2024"), "{n:#?}");
    assert!(!n.text.contains("Harbourside"), "{n:#?}");
    assert!(!note(e, "1").text.contains("Gullrock"));
    assert_eq!(
        cites(e, "doubled in the second"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
}

/// Notes written one a line after `Notes<br>` (a cell or a paragraph of lines, as e-mails
/// write them): each line is its own note. Before, none was found.
#[test]
fn notes_one_a_line_after_a_notes_heading() {
    for src in [
        format!("<table><tr><td><p>{PROSE}</p><p>Notes<br>{LINES}</p></td></tr></table>"),
        format!("<div><p>{PROSE}</p><p>Notes<br>{LINES}</p></div>"),
        // Tables three deep, a cell of lines with no paragraph.
        format!(
            "<table><tr><td><table><tr><td><table><tr><td>{PROSE}</td></tr>\
             <tr><td>Notes<br>{LINES}</td></tr></table></td></tr></table></td></tr></table>"
        ),
    ] {
        both_notes(&html(&src));
    }
}

/// The text in one nested table, the notes in another under a bold `Notes` paragraph: the
/// heading, then the note before, opens each. Before, neither note was found.
#[test]
fn notes_in_another_nested_table_under_their_heading() {
    let e = html(
        "<table><tr><td><table><tr><td>\
         <p>Footfall at the station rose “by almost a fifth in the first summer of the \
         service”<sup>1</sup>.</p><p>Ticket sales “doubled in the second year”<sup>2</sup>.</p>\
         </td></tr></table></td></tr><tr><td><table><tr><td><p><strong>Notes</strong></p>\
         <p><sup>1</sup> Harbourside Station Trust, <em>Visitor Survey 2023</em>, p. 6.</p>\
         <p><sup>2</sup> Gullrock Ferries, <em>Annual Report 2024</em>, p. 12.</p>\
         </td></tr></table></td></tr></table>",
    );
    both_notes(&e);
}

/// A table of figures inside the newsletter's layout: its cells opening with a superscript
/// (`<sup>1</sup>H`, an isotope) answer no marker of the table's own and follow no notes
/// heading, so they open no note; the note under the heading is note 1.
#[test]
fn a_table_of_figures_in_the_layout_opens_no_note() {
    let e = html(
        "<table><tr><td>\n\
         <p>Hydrogen “makes up most of the sun's mass”<sup>1</sup>, the survey said.</p>\n\
         <table><tr><th>Isotope</th><th>Share</th></tr>\n\
         <tr><td><sup>1</sup>H</td><td>99.98%</td></tr>\n\
         <tr><td><sup>2</sup>H</td><td>0.02%</td></tr></table>\n\
         <p><b>Notes</b></p><p><sup>1</sup> Solar Trust, <em>Sun Survey</em>, 2020.</p>\n\
         </td></tr></table>",
    );
    let n = note(&e, "1");
    assert!(n.text.starts_with("Solar Trust"), "{n:#?}");
    assert_eq!(n.authors, ["Solar Trust"], "{n:#?}");
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    assert_eq!(
        cites(&e, "makes up most"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
}

/// Superscripts after the authors' names pair them with their institutions (a `ul.author-
/// list`, the `p.affil` line): no markers, and the affiliations' line is no note. Before,
/// the line was note `1`, the list's `[1]`, and Mehta's `<sup>2</sup>` referenced entry 2,
/// which the text never cites.
#[test]
fn affiliation_superscripts_are_no_markers() {
    let e = html(
        "<ul class=\"author-list\"><li>Elin Sandvik<sup>1</sup></li><li>Rahul \
         Mehta<sup>2</sup></li></ul>\n\
         <p class=\"affil\"><sup>1</sup> University of Northmoor; <sup>2</sup> Harbour \
         Institute</p>\n\
         <p>Hartmann <a class=\"xref-bibr\" href=\"#B1\">[1]</a> found an undercount of the \
         harbour's traffic.</p>\n\
         <h2>References</h2><ol><li id=\"B1\">Hartmann, K. (2019). Counting ships. Harbour \
         Review, 4, 1–9.</li><li id=\"B2\">Lowe, P. (2020). Tides. Gullrock Books.</li></ol>\n",
    );
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
    assert!(e.footnotes.iter().all(|n| !n.text.contains("Northmoor")));
    let n = note(&e, "1");
    assert!(n.text.starts_with("Hartmann"), "{n:#?}");
    assert_eq!(n.referenced_at.len(), 1, "{n:#?}");
    assert_eq!(n.referenced_at[0].line, 3, "{n:#?}");
    let n = note(&e, "2");
    assert!(n.referenced_at.is_empty(), "{n:#?}");
    assert!(
        e.warnings
            .iter()
            .any(|w| w.message.contains("`2` is never referenced")),
        "{:#?}",
        e.warnings
    );
}

/// JATS rendered as HTML: `contrib` names linking their superscripts to `div.aff` boxes
/// (`<sup><a href="#aff1">1</a></sup>`): no markers, and the boxes no notes.
#[test]
fn linked_affiliation_numbers_are_no_markers() {
    let e = html(
        "<div class=\"contrib-group\"><span class=\"contrib\">Elin Sandvik<sup><a \
         href=\"#aff1\">1</a></sup></span>, <span class=\"contrib\">Rahul Mehta<sup><a \
         href=\"#aff2\">2</a></sup></span></div>\n\
         <div class=\"aff\" id=\"aff1\"><sup>1</sup> University of Northmoor</div>\
         <div class=\"aff\" id=\"aff2\"><sup>2</sup> Harbour Institute</div>\n\
         <p>Hartmann<sup><a href=\"#B1\">1</a></sup> found an undercount.</p>\n\
         <h2>References</h2><ol><li id=\"B1\">Hartmann, K. (2019). Counting ships. Harbour \
         Review, 4, 1–9.</li><li id=\"B2\">Lowe, P. (2020). Tides. Gullrock Books.</li></ol>\n",
    );
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
    assert_eq!(note(&e, "1").referenced_at.len(), 1);
    assert!(note(&e, "2").referenced_at.is_empty());
}

/// A site built of plain `div`s names its header and footer boxes by class or id
/// (`div.header`, `div#footer`): their links are the site's, as `site-header`'s are, with
/// or without `main`. A header box inside the `article` (its title and by-line) is the
/// story's. Before, none was furniture without `main`, and `#footer` and `.header` not even
/// with it.
#[test]
fn plain_div_header_and_footer_are_furniture() {
    let body = "<div class=\"header\"><a href=\"https://site.example.fr/\">Accueil</a> \
                <a href=\"https://site.example.fr/actus\">Actualités</a></div>\n\
                <div id=\"header\"><a href=\"https://site.example.fr/a\">A</a></div>\n\
                <CONTENT>\n\
                <div class=\"footer\"><a href=\"https://site.example.fr/mentions\">Mentions \
                légales</a></div>\n\
                <div id=\"footer\"><a href=\"https://site.example.fr/contact\">Contact</a></div>";
    let prose = "<p>The council <a href=\"https://council.example.org/report\">published a \
                 report</a> yesterday.</p>";
    for content in [
        prose.to_string(),
        format!("<main>{prose}</main>"),
        format!(
            "<article><div class=\"header\"><h1>Council report</h1><p>By <a \
             href=\"https://site.example.fr/auteurs/marie\">Marie</a></p></div>{prose}</article>"
        ),
    ] {
        let e = html(&format!(
            "<html><body>{}</body></html>",
            body.replace("<CONTENT>", &content)
        ));
        for u in [
            "https://site.example.fr/",
            "https://site.example.fr/actus",
            "https://site.example.fr/a",
            "https://site.example.fr/mentions",
            "https://site.example.fr/contact",
        ] {
            assert!(furniture(&e, u), "{u} in {content}");
        }
        assert!(!furniture(&e, "https://council.example.org/report"));
        if content.contains("auteurs") {
            assert!(!furniture(&e, "https://site.example.fr/auteurs/marie"));
        }
    }
}
