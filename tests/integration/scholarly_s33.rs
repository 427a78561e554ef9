//! Sessions 32 and 33: scholarly HTML whose numbered bibliography shares its numbers with
//! its footnotes (arXiv's LaTeXML pages, Pandoc's numeric citation styles), bibliographies
//! cited by links showing `[n]`, a list's own `[n]` written at an entry's start, and
//! Harvard's single-quoted titles.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note, notes_of};

fn labels(e: &citecheck::model::Extraction) -> Vec<&str> {
    let mut l: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    l.sort_unstable();
    l
}

#[test]
fn latexml_entries_numbered_like_its_footnotes_are_named_in_brackets() {
    let html = "<html><body><article class=\"ltx_document\">\n\
        <p class=\"ltx_p\">The ferry logs show &ldquo;every crossing was entered twice by \
        different clerks&rdquo;<span class=\"ltx_note ltx_role_footnote\" id=\"footnote1\">\
        <sup class=\"ltx_note_mark\">1</sup><span class=\"ltx_note_outer\"><span \
        class=\"ltx_note_content\"><sup class=\"ltx_note_mark\">1</sup>Both clerks signed \
        each page.</span></span></span>, as others found \
        <cite class=\"ltx_cite ltx_citemacro_cite\">[<a href=\"#bib.bib1\" \
        class=\"ltx_ref\">1</a>, <a href=\"#bib.bib2\" class=\"ltx_ref\">2</a>]</cite>.</p>\n\
        <section class=\"ltx_bibliography\" id=\"bib\"><h2 class=\"ltx_title\">References</h2>\n\
        <ul class=\"ltx_biblist\">\n\
        <li id=\"bib.bib1\" class=\"ltx_bibitem\"><span class=\"ltx_tag ltx_tag_bibitem\">[1]\
        </span><span class=\"ltx_bibblock\">P. Ferreira and K. Lund.</span><span \
        class=\"ltx_bibblock\">Double entry at sea.</span><span class=\"ltx_bibblock\">Journal \
        of Ferry History, 4(1):10–19, 2015.</span></li>\n\
        <li id=\"bib.bib2\" class=\"ltx_bibitem\"><span class=\"ltx_tag ltx_tag_bibitem\">[2]\
        </span><span class=\"ltx_bibblock\">K. Lund.</span><span class=\"ltx_bibblock\">Clerks \
        of the crossing.</span><span class=\"ltx_bibblock\">Harbour Press, 2018.</span></li>\n\
        </ul></section></article></body></html>\n";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(labels(&e), ["1", "[1]", "[2]"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    // The footnote keeps `1`; the entries are cited where the text cites them.
    assert_eq!(note(&e, "1").text, "Both clerks signed each page.");
    let one = note(&e, "[1]");
    assert_eq!(one.referenced_at.len(), 1);
    assert_eq!(note(&e, "[2]").referenced_at.len(), 1);
    assert_ne!(one.referenced_at, note(&e, "1").referenced_at);
    // The entry's parts are read apart: `Lund.Double` would be one word.
    assert!(one.text.contains("Lund. Double entry"), "{}", one.text);
    assert_eq!(one.title.as_deref(), Some("Double entry at sea"));
    assert_eq!(one.authors, ["P. Ferreira", "K. Lund"]);
    assert_eq!(one.date.as_deref(), Some("2015"));
    assert_eq!(notes_of(&e, "every crossing"), ["1"]);
}

const PANDOC_REFS: &str = "<div id=\"refs\" class=\"references csl-bib-body\" role=\"list\">\n\
    <div id=\"ref-ferreira2015\" class=\"csl-entry\" role=\"listitem\">\n\
    <div class=\"csl-left-margin\">[1] </div><div class=\"csl-right-inline\">P. Ferreira, \
    <span>&ldquo;Double entry at sea,&rdquo;</span> <em>Journal of Ferry History</em>, vol. 4, \
    no. 1, pp. 10&ndash;19, 2015.</div>\n</div>\n\
    <div id=\"ref-lund2018\" class=\"csl-entry\" role=\"listitem\">\n\
    <div class=\"csl-left-margin\">[2] </div><div class=\"csl-right-inline\">K. Lund, \
    <em>Clerks of the crossing</em>. Bergen: Harbour Press, 2018.</div>\n</div>\n</div>\n";

#[test]
fn pandoc_numeric_bibliography_beside_footnotes() {
    let html = format!(
        "<html><body>\n<p>The logs record that &ldquo;every crossing was entered twice by \
        different clerks&rdquo; <span class=\"citation\" data-cites=\"ferreira2015\"><a \
        href=\"#ref-ferreira2015\" role=\"doc-biblioref\">[1]</a></span>, which a later \
        study doubted<a href=\"#fn1\" class=\"footnote-ref\" id=\"fnref1\" \
        role=\"doc-noteref\"><sup>1</sup></a> <span class=\"citation\" \
        data-cites=\"lund2018\"><a href=\"#ref-lund2018\" \
        role=\"doc-biblioref\">[2]</a></span>.</p>\n{PANDOC_REFS}\
        <section id=\"footnotes\" class=\"footnotes footnotes-end-of-document\" \
        role=\"doc-endnotes\"><hr /><ol>\n<li id=\"fn1\"><p>It counted only one \
        clerk.<a href=\"#fnref1\" class=\"footnote-back\" \
        role=\"doc-backlink\">↩︎</a></p></li>\n</ol></section>\n</body></html>\n"
    );
    let e = extract_as(DocKind::Html, &html);
    // The bibliography's `[1]` and the footnote `1` are two notes, each named as shown.
    assert_eq!(labels(&e), ["1", "[1]", "[2]"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    let one = note(&e, "[1]");
    // The number the list shows is no part of the entry.
    assert!(one.text.starts_with("P. Ferreira"), "{}", one.text);
    assert_eq!(one.authors, ["P. Ferreira"]);
    assert_eq!(one.title.as_deref(), Some("Double entry at sea"));
    assert_eq!(note(&e, "[2]").authors, ["K. Lund"]);
    assert_eq!(
        note(&e, "[2]").title.as_deref(),
        Some("Clerks of the crossing")
    );
    assert_eq!(note(&e, "1").text, "It counted only one clerk.");
    assert_eq!(notes_of(&e, "every crossing"), ["[1]"]);
}

#[test]
fn pandoc_numeric_bibliography_alone_keeps_plain_numbers() {
    let html = format!(
        "<html><body>\n<p>The logs record that &ldquo;every crossing was entered twice by \
        different clerks&rdquo; <a href=\"#ref-ferreira2015\" role=\"doc-biblioref\">[1]</a> \
        and so do others <a href=\"#ref-lund2018\" role=\"doc-biblioref\">[2]</a>.</p>\n\
        {PANDOC_REFS}</body></html>\n"
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(labels(&e), ["1", "2"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert_eq!(
        note(&e, "2").text,
        "K. Lund, Clerks of the crossing. Bergen: Harbour Press, 2018."
    );
    assert_eq!(notes_of(&e, "every crossing"), ["1"]);
}

#[test]
fn a_link_within_the_page_showing_a_bracketed_number_is_a_citation() {
    // No class, no role: a hand-written page or a static-site plugin's bibliography.
    let html = "<html><body><p>The registers agree<a href=\"#src-a\">[1]</a>, as Figure \
        <a href=\"#fig-1\">1</a> shows, and the tide tables <a href=\"#src-b\">[2]</a> \
        too.</p>\n<figure id=\"fig-1\"><img src=\"tide.png\" alt=\"Tides\"><figcaption>Tides \
        at the quay.</figcaption></figure>\n<h2>Sources</h2>\n<div class=\"references\">\
        <div id=\"src-a\">Port of Bergen. <em>Register of Crossings</em>. 1921.</div>\
        <div id=\"src-b\">Hydrographic Office. <em>Tide Tables for the Coast</em>. \
        1922.</div></div></body></html>\n";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(labels(&e), ["1", "2"]);
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("Register of Crossings")
    );
    assert_eq!(note(&e, "2").referenced_at.len(), 1);
    // The figure's link is no marker: nothing is said of a note `1` cited twice or of one
    // with no entry.
    assert_eq!(note(&e, "1").referenced_at.len(), 1);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

#[test]
fn a_lists_own_number_written_at_an_entrys_start_is_not_its_text() {
    let html = "<html><body><p>One source<sup><a href=\"#r1\">1</a></sup> and \
        another<sup><a href=\"#r2\">2</a></sup>.</p><h2>References</h2><ol>\
        <li id=\"r1\">[1] K. Lund, <em>Clerks of the crossing</em>. Bergen: Harbour Press, \
        2018.</li><li id=\"r2\">2 January 2019 minutes of the harbour board.</li></ol>\
        </body></html>";
    let e = extract_as(DocKind::Html, html);
    let one = note(&e, "1");
    assert_eq!(
        one.text,
        "K. Lund, Clerks of the crossing. Bergen: Harbour Press, 2018."
    );
    assert_eq!(one.authors, ["K. Lund"]);
    // A number that is the text's own stays.
    assert!(
        note(&e, "2").text.starts_with("2 January 2019"),
        "{}",
        note(&e, "2").text
    );
}

#[test]
fn harvard_single_quoted_title_and_book() {
    let md = "# Crossings\n\nClerks called the ledger “a record that no storm could \
        wash away” [1], and one historian “the slowest archive in Europe” [2].\n\n\
        ## References\n\n\
        1. Lund, K. (2018) ‘Clerks of the crossing’, *Journal of Ferry History*, 7(2), \
        pp. 30–41.\n\
        2. Ferreira, P. (2015) *Double Entry at Sea*. Bergen: Harbour Press.\n";
    let e = extract_markdown(md);
    let one = note(&e, "1");
    assert_eq!(one.title.as_deref(), Some("Clerks of the crossing"));
    assert_eq!(one.authors, ["Lund, K."]);
    assert_eq!(one.date.as_deref(), Some("2018"));
    // The title in single quotes is the note's, not a quotation.
    assert_eq!(e.quotes.len(), 2, "{:#?}", e.quotes);
    let two = note(&e, "2");
    assert_eq!(two.title.as_deref(), Some("Double Entry at Sea"));
    assert_eq!(two.authors, ["Ferreira, P."]);
    assert_eq!(two.date.as_deref(), Some("2015"));
    assert_eq!(notes_of(&e, "a record"), ["1"]);
    assert_eq!(notes_of(&e, "the slowest"), ["2"]);
}

#[test]
fn a_link_around_a_superscript_in_a_quotations_credit_is_its_marker() {
    // The Easy Footnotes plugin's markup: the link holds the `<sup>`, not the other way.
    let html = "<html><body><article>\n<p>The clerk said:</p>\n<blockquote><p>We wrote \
        every crossing down twice and the two books never once disagreed.</p><cite>K. Lund\
        <a href=\"#easy-footnote-bottom-2-40\" title=\"Recorded 2019.\"><sup>2</sup></a>\
        </cite></blockquote>\n<p>A remark.<a href=\"#easy-footnote-bottom-1-40\"><SUP>1</SUP>\
        </a></p>\n<ol class=\"easy-footnotes-wrapper\"><li class=\"easy-footnote-single\">\
        <span id=\"easy-footnote-bottom-1-40\"></span>An aside.</li><li \
        class=\"easy-footnote-single\"><span id=\"easy-footnote-bottom-2-40\"></span>K. Lund, \
        interview, Bergen, 2019.</li></ol>\n</article></body></html>\n";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(labels(&e), ["1", "2"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert_eq!(notes_of(&e, "We wrote every crossing"), ["2"]);
    // Links to the page's own notes are markers, not links to check.
    assert!(e.links.is_empty(), "{:#?}", e.links);
}

#[test]
fn a_journals_citation_link_showing_names_and_year_cites_its_numbered_entry() {
    let html = "<html><body><article>\n<p>Clerks were &ldquo;the slowest archive anywhere \
        on the coast&rdquo; (<a class=\"xref-bibr\" href=\"#B2\">Lund 2018</a>: 44).</p>\n\
        <div class=\"ref-list\"><h2>References</h2><ol>\n<li id=\"B1\"><span \
        class=\"label\">1.</span> Ferreira P. 2015. <em>Double Entry at Sea</em>. Bergen: \
        Harbour Press.</li>\n<li id=\"B2\"><span class=\"label\">2.</span> Lund K. 2018. \
        Clerks of the crossing. <em>Journal of Ferry History</em> 7(2): 30–41.</li>\n\
        </ol></div>\n</article></body></html>\n";
    let e = extract_as(DocKind::Html, html);
    // The entries keep the numbers the list shows.
    assert_eq!(labels(&e), ["1", "2"]);
    assert_eq!(notes_of(&e, "the slowest archive"), ["2"]);
    assert_eq!(note(&e, "2").referenced_at.len(), 1);
    assert!(e.links.is_empty(), "{:#?}", e.links);
}
