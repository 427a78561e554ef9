//! The fifty-eighth session's held-out evaluation of notes as publishing tools write them in
//! HTML: pandoc's and Quarto's bibliography entries opening on a line of their own, pandoc's
//! bibliography with no heading over it, a superscript number linking to another page, a
//! numeric bibliography beside footnotes cited as `[<a>1</a>]`, Hexo's note number in a
//! span, a journal's `xref-bibr` citations, Substack's Subscribe button inside its post.

use citecheck::model::{Attribution, DocKind, Extraction};

use crate::support::{cites, extract_as, furniture, note, notes_of, texts, urls_of};

fn labels(e: &Extraction) -> Vec<&str> {
    let mut l: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    l.sort_unstable();
    l
}

fn warnings(e: &Extraction) -> Vec<&str> {
    e.warnings.iter().map(|w| w.message.as_str()).collect()
}

const CITING: &str = "<p>The survey found the pier \u{201c}sound in every pile but the last \
    four\u{201d} <span class=\"citation\" data-cites=\"brennan2022\">(<a \
    href=\"#ref-brennan2022\" role=\"doc-biblioref\">Brennan 2022</a>)</span>.</p>\n";

/// A Chicago author–date entry, its text on a line of its own inside its `div` (`oneline`:
/// on the same line).
fn chicago_entry(oneline: bool) -> String {
    let nl = if oneline { "" } else { "\n" };
    format!(
        "<div id=\"ref-brennan2022\" class=\"csl-entry\" role=\"listitem\">{nl}Brennan, \
         Aoife. 2022. <span>\u{201c}Pier Condition Survey: Piles and Decking.\u{201d}</span> \
         Corran Harbour Trust. <a href=\"https://corran.example.org/surveys/pier-2022\">\
         https://corran.example.org/surveys/pier-2022</a>.{nl}</div>\n"
    )
}

const PIER: &str = "https://corran.example.org/surveys/pier-2022";

/// Pandoc and Quarto open each entry on a new line inside its `div`: it is one entry, read
/// once, not again as a second, uncited source.
#[test]
fn pandoc_entry_opening_on_its_own_line_is_read_once() {
    for oneline in [false, true] {
        // Quarto's appendix, and pandoc's with a reference-section title.
        for heading in [
            "<section class=\"quarto-appendix-contents\" role=\"doc-bibliography\" \
             id=\"quarto-bibliography\"><h2 class=\"anchored quarto-appendix-heading\">\
             References</h2>",
            "<section><h2>References</h2>",
        ] {
            let html = format!(
                "<html><body>\n{CITING}{heading}<div id=\"refs\" class=\"references \
                 csl-bib-body hanging-indent\" role=\"list\">\n{}</div></section>\
                 </body></html>\n",
                chicago_entry(oneline)
            );
            let e = extract_as(DocKind::Html, &html);
            assert_eq!(
                labels(&e),
                ["Brennan 2022"],
                "{oneline}: {:#?}",
                e.footnotes
            );
            assert_eq!(note(&e, "Brennan 2022").urls, [PIER]);
            assert!(e.warnings.is_empty(), "{oneline}: {:#?}", e.warnings);
            assert_eq!(
                cites(&e, "sound in every pile"),
                [(Some("Brennan 2022"), Attribution::MarkerAfter)]
            );
        }
    }
}

/// Pandoc writes no heading over its bibliography unless a title is set: `div#refs` is the
/// reference list all the same, its entries notes cited by the links to them, its titles
/// no quotations.
#[test]
fn pandoc_bibliography_without_heading_ties_its_citations() {
    let apa = "<div id=\"ref-brennan2022\" class=\"csl-entry\" role=\"listitem\">\n\
        Brennan, A. (2022). <em>Pier condition survey: Piles and decking</em>. Corran Harbour \
        Trust. <a href=\"https://corran.example.org/surveys/pier-2022\">\
        https://corran.example.org/surveys/pier-2022</a>\n</div>\n";
    for entry in [chicago_entry(false), chicago_entry(true), apa.to_string()] {
        let html = format!(
            "<html><body>\n{CITING}\n<div id=\"refs\" class=\"references csl-bib-body \
             hanging-indent\" role=\"list\">\n{entry}</div>\n</body></html>\n"
        );
        let e = extract_as(DocKind::Html, &html);
        assert_eq!(labels(&e), ["Brennan 2022"], "{entry}");
        assert_eq!(note(&e, "Brennan 2022").urls, [PIER]);
        assert_eq!(
            cites(&e, "sound in every pile"),
            [(Some("Brennan 2022"), Attribution::MarkerAfter)]
        );
        assert_eq!(urls_of(&e, "sound in every pile"), [PIER]);
        // The entry's quoted title is no quotation of the article.
        assert_eq!(texts(&e), ["sound in every pile but the last four"]);
        assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    }
}

/// Only a list its markup declares is read so: the same lines in a plain `div` with no
/// heading stay prose, as before.
#[test]
fn entry_like_paragraphs_without_heading_or_list_markup_are_no_notes() {
    let html = format!(
        "<html><body>\n<p>The survey found the pier \u{201c}sound in every pile but the last \
         four\u{201d} (Brennan 2022).</p>\n<div class=\"afterword\">\n{}</div>\n\
         </body></html>\n",
        chicago_entry(false).replace("csl-entry", "entry")
    );
    let e = extract_as(DocKind::Html, &html);
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    assert!(notes_of(&e, "sound in every pile").is_empty());
}

/// A superscript number in a link to another page (Ghost, WordPress) is the link's text:
/// the link backs the quote, and no note `1` is missing.
#[test]
fn superscript_number_linking_elsewhere_is_no_marker() {
    const PDF: &str = "https://tolland.example.gov/housing/void-count-2024.pdf";
    for link in [
        format!("<a href=\"{PDF}\"><sup>1</sup></a>"),
        format!("<sup><a href=\"{PDF}\">1</a></sup>"),
    ] {
        let html = format!(
            "<html><body><p>The count put it at \u{201c}nineteen flats empty above the \
             arcade\u{201d}{link} in the spring.</p></body></html>"
        );
        let e = extract_as(DocKind::Html, &html);
        assert!(e.warnings.is_empty(), "{link}: {:#?}", e.warnings);
        assert_eq!(urls_of(&e, "nineteen flats"), [PDF]);
        assert_eq!(cites(&e, "nineteen flats"), [(None, Attribution::Link)]);
    }
}

/// A superscript number in no link, or in a link to a note written as the post's full
/// address (Easy Footnotes), is still a marker.
#[test]
fn superscript_numbers_that_stay_markers() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><p>The count put it at \u{201c}nineteen flats empty above the \
         arcade\u{201d}<sup>1</sup> in the spring.</p></body></html>",
    );
    assert_eq!(warnings(&e), ["footnote marker `1` has no matching note"]);
    let e = extract_as(
        DocKind::Html,
        "<html><body><p>The count put it at \u{201c}nineteen flats empty above the \
         arcade\u{201d}<a href=\"https://tollandnews.example.com/2024/05/voids/\
         #easy-footnote-bottom-1-311\"><sup>1</sup></a> in the spring.</p>\
         <ol class=\"easy-footnotes-wrapper\"><li><span \
         id=\"easy-footnote-bottom-1-311\" class=\"easy-footnote-margin-adjust\"></span>\
         Tolland Council, <a href=\"https://tolland.example.gov/voids\">void count</a>, \
         2024.</li></ol></body></html>",
    );
    assert_eq!(notes_of(&e, "nineteen flats"), ["1"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

const IEEE_REFS: &str = "<div id=\"refs\" class=\"references csl-bib-body\" role=\"list\">\n\
    <div id=\"ref-ostrova2020\" class=\"csl-entry\" role=\"listitem\">\n\
    <div class=\"csl-left-margin\">[1] </div><div class=\"csl-right-inline\">M. Ostrova and \
    T. Quill, <span>\u{201c}Drift of buried temperature loggers in peat,\u{201d}</span> \
    <em>Peatland Methods</em>, vol. 3, no. 1, pp. 12\u{2013}20, 2020, doi: <a \
    href=\"https://doi.org/10.5555/pm.2020.031\">10.5555/pm.2020.031</a>.</div>\n</div>\n\
    <div id=\"ref-quill2022\" class=\"csl-entry\" role=\"listitem\">\n\
    <div class=\"csl-left-margin\">[2] </div><div class=\"csl-right-inline\">T. Quill, \
    <em>Bog instruments</em>. Galway: Fen Press, 2022.</div>\n</div>\n</div>\n";

/// Pandoc's numeric styles put the brackets around the link (`[<a
/// role="doc-biblioref">1</a>]`); beside pandoc's footnotes the entries are `[1]` and `[2]`,
/// their shown numbers no part of their text or their first author.
#[test]
fn numeric_bibliography_cited_in_brackets_around_links_beside_footnotes() {
    let html = format!(
        "<html><body>\n<p>The loggers were said to \u{201c}drift a full degree within a \
         season\u{201d} <span class=\"citation\" data-cites=\"ostrova2020\">[<a \
         href=\"#ref-ostrova2020\" role=\"doc-biblioref\">1</a>]</span>, as others \
         found <span class=\"citation\" data-cites=\"quill2022\">[<a \
         href=\"#ref-quill2022\" role=\"doc-biblioref\">2</a>]</span>.</p>\n\
         <p>Ours were checked monthly.<a href=\"#fn1\" class=\"footnote-ref\" id=\"fnref1\" \
         role=\"doc-noteref\"><sup>1</sup></a></p>\n{IEEE_REFS}\
         <section id=\"footnotes\" class=\"footnotes footnotes-end-of-document\" \
         role=\"doc-endnotes\"><hr /><ol>\n<li id=\"fn1\"><p>Against a reference probe kept \
         on site.<a href=\"#fnref1\" class=\"footnote-back\" \
         role=\"doc-backlink\">\u{21a9}\u{fe0e}</a></p></li>\n</ol></section>\n\
         </body></html>\n"
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(labels(&e), ["1", "[1]", "[2]"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    let one = note(&e, "[1]");
    assert!(one.text.starts_with("M. Ostrova"), "{}", one.text);
    assert_eq!(one.authors, ["M. Ostrova", "T. Quill"]);
    assert_eq!(one.urls, ["https://doi.org/10.5555/pm.2020.031"]);
    assert_eq!(
        note(&e, "1").text,
        "Against a reference probe kept on site."
    );
    // The brackets are the marker's: it follows the quotation.
    assert_eq!(
        cites(&e, "drift a full degree"),
        [(Some("[1]"), Attribution::MarkerAfter)]
    );
}

/// Without footnotes the entries keep their plain numbers.
#[test]
fn numeric_bibliography_cited_in_brackets_around_links_alone() {
    let html = format!(
        "<html><body>\n<p>The loggers were said to \u{201c}drift a full degree within a \
         season\u{201d} [<a href=\"#ref-ostrova2020\" role=\"doc-biblioref\">1</a>], as \
         others found [<a href=\"#ref-quill2022\" role=\"doc-biblioref\">2</a>].</p>\n\
         {IEEE_REFS}</body></html>\n"
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(labels(&e), ["1", "2"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert_eq!(note(&e, "1").authors, ["M. Ostrova", "T. Quill"]);
    assert_eq!(notes_of(&e, "drift a full degree"), ["1"]);
}

/// Hexo's notes show their number in a span of their own before the text (`<span>1.</span>
/// <span>Text`): no part of the note's text or its first author. A span showing a bare
/// number is the text's (`1 January`).
#[test]
fn hexo_note_number_in_a_span_is_not_its_text() {
    let list = |first: &str| {
        format!(
            "<html><body><p>The ferry was withdrawn.<sup id=\"fnref:1\"><a href=\"#fn:1\" \
             rel=\"footnote\">1</a></sup></p><div id=\"footnotes\"><hr><div \
             id=\"footnotelist\"><ol style=\"list-style: none\"><li id=\"fn:1\"><span \
             style=\"display: inline-block\">{first}</span><span style=\"display: \
             inline-block\">Corran Ferry Board, <em>Timetable Review</em>, 3 May 2024, <a \
             href=\"https://corranferry.example.org/review.pdf\">\
             https://corranferry.example.org/review.pdf</a></span><a href=\"#fnref:1\" \
             rev=\"footnote\"> \u{21a9}</a></li></ol></div></div></body></html>"
        )
    };
    let e = extract_as(DocKind::Html, &list("1."));
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Corran Ferry Board"]);
    assert!(n.text.starts_with("Corran Ferry Board"), "{}", n.text);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    // A bare `1` is kept as the note's text.
    let e = extract_as(DocKind::Html, &list("1"));
    assert!(
        note(&e, "1").text.starts_with('1'),
        "{}",
        note(&e, "1").text
    );
}

const JATS_LIST: &str = "<h2>References</h2><ul><li id=\"B1\"><span class=\"label\">1.\
    </span> Quill T, Ostrova M. Salt creep in harbour walls. J Marine Struct. \
    2018;4:33\u{2013}41.</li></ul>";

/// A journal's `xref-bibr` citation in brackets (`[<a class="xref-bibr">1</a>]`) follows the
/// quotation as the same link without the class does; an entry cited by its authors is
/// named by the number its list shows (`1.`), not its id.
#[test]
fn xref_bibr_citations_in_brackets_and_by_name() {
    for class in [" class=\"xref-bibr\"", ""] {
        let html = format!(
            "<p>An earlier study found that \"most walls lose a tenth of their mortar in ten \
             years\" [<a href=\"#B1\"{class}>1</a>].</p>{JATS_LIST}"
        );
        let e = extract_as(DocKind::Html, &html);
        assert_eq!(
            cites(&e, "most walls lose"),
            [(Some("1"), Attribution::MarkerAfter)],
            "{class}"
        );
    }
    let html = format!(
        "<p>An earlier study found that \"most walls lose a tenth of their mortar in ten \
         years\" (<a href=\"#B1\" class=\"xref-bibr\">Quill 2018</a>).</p>{JATS_LIST}"
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(labels(&e), ["1"]);
    assert_eq!(notes_of(&e, "most walls lose"), ["1"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// Where a footnote already has the number, the entry keeps its id.
#[test]
fn entry_keeps_its_id_where_a_footnote_has_its_number() {
    let html = format!(
        "<p>An earlier study found that \"most walls lose a tenth of their mortar in ten \
         years\" (<a href=\"#B1\" class=\"xref-bibr\">Quill 2018</a>). The harbour agrees.\
         <sup><a href=\"#fn1\">1</a></sup></p>{JATS_LIST}<ol class=\"footnotes\">\
         <li id=\"fn1\">Harbour engineer, interview, 2023.</li></ol>"
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(labels(&e), ["1", "B1"]);
    assert_eq!(notes_of(&e, "most walls lose"), ["B1"]);
}

/// Substack's Subscribe button in the post's footer inside its `<article>` is the site's, as
/// it is after the article; a link to another site's sign-up page, or a plain link, is not.
#[test]
fn subscribe_button_inside_the_article_is_furniture() {
    let page = |footer: &str| {
        format!(
            "<html><head><link rel=\"canonical\" \
             href=\"https://tidelines.substack.com/p/the-quiet-quay\"></head><body>\
             <article class=\"typography newsletter-post post\"><div class=\"post-header\">\
             <h1 class=\"post-title\">The quiet quay</h1></div><div \
             class=\"available-content\"><div class=\"body markup\"><p>The quay closed at \
             dusk for the first time in a decade, the harbour master said in <a \
             href=\"https://corran.example.org/notices/quay\">a notice</a>.</p></div></div>\
             <div class=\"post-footer use-separators\">{footer}</div></article>\
             </body></html>"
        )
    };
    let own = "https://tidelines.substack.com/subscribe?utm_medium=web&utm_source=post";
    let e = extract_as(
        DocKind::Html,
        &page(&format!(
            "<a class=\"button primary\" href=\"{}\">Subscribe</a>",
            own.replace('&', "&amp;")
        )),
    );
    assert!(furniture(&e, own));
    assert!(!furniture(&e, "https://corran.example.org/notices/quay"));
    let other = "https://harbourwatch.example.net/subscribe";
    let e = extract_as(
        DocKind::Html,
        &page(&format!(
            "<a class=\"button primary\" href=\"{other}\">Subscribe to Harbour Watch</a> \
             <a href=\"https://tidelines.substack.com/subscribe\">our list</a>"
        )),
    );
    assert!(!furniture(&e, other));
    assert!(!furniture(&e, "https://tidelines.substack.com/subscribe"));
}
