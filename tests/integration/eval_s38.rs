//! Regressions from the thirty-eighth session's held-out evaluations that concern
//! extraction: each case was extracted wrongly before its fix.

use citecheck::model::DocKind;

use crate::support::{extract_as, quote};

/// Regression: inline text no reader sees on the screen (a link's `<span class="sr-only">
/// (opens in a new tab)</span>`, a `<span style="display:none">` inside a sentence) was a
/// word of the quotation around it: `no rise above inflation (opens in a new tab)`, which
/// then failed as a misquote of the page. It is no text of the sentence; the link stays.
#[test]
fn inline_hidden_text_is_no_word_of_a_quote() {
    let html = "<p>The regulator promised \u{201c}no rise above <a \
        href=\"https://reg.example/fares\">inflation<span class=\"sr-only\"> (opens in a new \
        tab)</span></a>\u{201d}.</p>\n<p>She called it \u{201c}<span \
        style=\"display:none\">DRAFT</span>finally fit for purpose\u{201d}.</p>\n<p>He said \
        \u{201c}we will<span class=\"visually-hidden\"> (emphasis added)</span> build it \
        this year\u{201d} at the meeting.</p>";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(quote(&e, "no rise").text, "no rise above inflation");
    assert_eq!(quote(&e, "finally").text, "finally fit for purpose");
    assert_eq!(quote(&e, "we will").text, "we will build it this year");
    assert!(e.links.iter().any(|l| l.url == "https://reg.example/fares"));
}

/// Regression: a quote with its own footnote marker right after it also took a link from
/// the clause after (`“…”[1], a claim the IFS analysis rejects`): when the note's page was
/// dead, `check` looked for the quote on the rebuttal's page. The marker is its citation;
/// the link backs what the sentence goes on to say. A quote with no marker still takes
/// its sentence's link.
#[test]
fn a_marked_quote_takes_no_link_from_a_later_clause() {
    let html = "<p>The report says the plan is \u{201c}fully costed and deliverable by \
        2030\u{201d}<sup><a href=\"#n1\" id=\"r1\">1</a></sup>, a claim the <a \
        href=\"https://ifs.example/analysis\">IFS analysis</a> rejects.</p>\n<p>The minister \
        said it was \u{201c}the best plan in a generation\u{201d}, as the <a \
        href=\"https://gov.example/speech\">speech</a> shows.</p>\n<ol><li id=\"n1\">Treasury, \
        \u{201c}Plan\u{201d}, 2024, <a href=\"https://gov.example/plan\">gov.example</a>.</li></ol>";
    let e = extract_as(DocKind::Html, html);
    let q = quote(&e, "fully costed");
    assert_eq!(q.citations.len(), 1, "{q:#?}");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("1"), "{q:#?}");
    let q = quote(&e, "the best plan");
    assert_eq!(
        q.citations
            .iter()
            .filter_map(|c| c.url.as_deref())
            .collect::<Vec<_>>(),
        ["https://gov.example/speech"],
        "{q:#?}"
    );
}

/// Regression: a related story set in the text as a rich link (the Guardian's `<aside
/// class="element-rich-link">`) gave its headline's quotation as the article's, cited by
/// the teaser's link. It is furniture: its link stays a link.
#[test]
fn a_rich_link_teaser_holds_no_quotation() {
    let html = "<p>The heat broke records across the county.</p><aside \
        class=\"element-rich-link\"><p><span>Related: </span><a \
        href=\"https://news.example/2024/jun/30/heat-deaths\">\u{201c}We were not prepared for \
        this\u{201d}: inside the summer that killed 2,000</a></p></aside><p>Officials met on \
        Friday.</p>";
    let e = extract_as(DocKind::Html, html);
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
    assert!(e
        .links
        .iter()
        .any(|l| l.url == "https://news.example/2024/jun/30/heat-deaths"));
}

/// Regression: a source line under a block quotation's words (`<p>Source: <a>company
/// blog</a></p>`, a paragraph that is only a link, `(via <a>…</a>)`, a bare URL) was part
/// of the quoted text, so `check` looked for `… nobody else's. Source: company blog` on the
/// page. It is the quotation's source: not its words, and its link cites it. A quotation
/// that is all one link is still what was said.
#[test]
fn a_source_line_under_a_block_quote_is_not_its_words() {
    for (i, source) in [
        "<p>Source: <a href=\"https://ceo.example/blog/a\">company blog</a></p>",
        "<p><a href=\"https://ceo.example/blog/a\">Source</a></p>",
        "<p>(via <a href=\"https://ceo.example/blog/a\">the company blog</a>)</p>",
        "<p>https://ceo.example/blog/a</p>",
    ]
    .iter()
    .enumerate()
    {
        let html = format!(
            "<blockquote><p>We got this wrong, and the decision was mine alone, nobody \
             else's.</p>{source}</blockquote>"
        );
        let e = extract_as(DocKind::Html, &html);
        let q = quote(&e, "We got this wrong");
        assert_eq!(
            q.text, "We got this wrong, and the decision was mine alone, nobody else's.",
            "{i}: {q:#?}"
        );
        assert_eq!(
            q.citations
                .iter()
                .filter_map(|c| c.url.as_deref())
                .collect::<Vec<_>>(),
            ["https://ceo.example/blog/a"],
            "{i}"
        );
    }
    let e = extract_as(
        DocKind::Html,
        "<blockquote><p><a href=\"https://x.example/a\">The whole quotation is a link to its \
         source page.</a></p></blockquote>",
    );
    assert_eq!(
        quote(&e, "The whole").text,
        "The whole quotation is a link to its source page."
    );
}

/// Regression: a Wikipedia `[citation needed]` flag after a quotation, the editors' note
/// that it has no source, made it take the next sentence's note (`marker_in_sentence`), so
/// `check` looked for it on an unrelated page. Flagged so, it is uncited; the flag's own
/// link cites nothing.
#[test]
fn a_citation_needed_flag_leaves_the_quote_uncited() {
    let html = "<p>A newspaper described the works as \"a cathedral of brick laid on its \
        side\".<sup>[<i><a href=\"/wiki/Wikipedia:Citation_needed\">citation \
        needed</a></i>]</sup> The line closed in 1964.<sup id=\"cite_ref-3\" \
        class=\"reference\"><a href=\"#cite_note-3\">[3]</a></sup></p>\n<ol \
        class=\"references\"><li id=\"cite_note-3\"><a href=\"#cite_ref-3\">^</a> Board \
        (1963). <a href=\"https://r.example/b.pdf\">Reshaping</a>.</li></ol>";
    let e = extract_as(DocKind::Html, html);
    let q = quote(&e, "a cathedral");
    assert!(q.citations.is_empty(), "{q:#?}");
}

/// Regression: a heading that is all one quotation (`<h2>“We dug it by hand”</h2>`) was a
/// block quotation introduced by the paragraph above, so it took that paragraph's marker
/// (`intro_marker`). A heading is introduced by nothing: an inline quotation, uncited.
#[test]
fn a_quoted_heading_takes_no_marker_from_above() {
    let html = "<p>The director was delighted.<sup><a href=\"#fn-4\" \
        id=\"fnref-4\">4</a></sup></p>\n<h2>\u{201c}We dug it by hand\u{201d}</h2>\n<ol><li \
        id=\"fn-4\">Basin Trust, <a href=\"https://basintrust.example/review-2023\">review</a>.\
        </li></ol>";
    let e = extract_as(DocKind::Html, html);
    let q = quote(&e, "We dug");
    assert_eq!(q.kind, citecheck::model::QuoteKind::Inline, "{q:#?}");
    assert!(q.citations.is_empty(), "{q:#?}");
}

/// Regression: an AMP page's images and frames (`<amp-img src>`, `<amp-iframe src>`) gave no
/// links, so a broken one was never reported; `<img>` and `<iframe>` did.
#[test]
fn amp_images_and_frames_are_links() {
    let html = "<p>The stadium.</p>\n<amp-img src=\"https://citydesk.example/img/stadium.jpg\" \
        width=\"600\" height=\"400\" alt=\"The stadium\"></amp-img>\n<amp-iframe \
        src=\"https://maps.example/embed?site=canal-wharf\" width=\"600\" \
        height=\"400\"></amp-iframe>";
    let e = extract_as(DocKind::Html, html);
    let kinds: Vec<(String, citecheck::model::LinkKind)> =
        e.links.iter().map(|l| (l.url.clone(), l.kind)).collect();
    assert_eq!(
        kinds,
        [
            (
                "https://citydesk.example/img/stadium.jpg".to_string(),
                citecheck::model::LinkKind::Image
            ),
            (
                "https://maps.example/embed?site=canal-wharf".to_string(),
                citecheck::model::LinkKind::Iframe
            ),
        ]
    );
    assert_eq!(e.links[1].line, 3);
}

/// Regression: note fields read wrongly, so `check` warned that the page's authors did not
/// include "Interview in": a publisher with the stray bracket of `(Transport Press, 1998)`,
/// the kind of piece (`Interview in`) as its author, and a link's word (`Link`, `online`)
/// as its publisher.
#[test]
fn note_fields_leave_brackets_kinds_and_link_words_out() {
    let html = "<p>One.<sup><a href=\"#n1\">1</a></sup> Two.<sup><a href=\"#n2\">2</a></sup> \
        Three.<sup><a href=\"#n3\">3</a></sup></p>\n<ol><li id=\"n1\">R. Feld, <em>Buses \
        After Dark</em> (Transport Press, 1998), p. 14.</li>\n<li id=\"n2\">Interview in \
        <em>Bus Business</em>, 3 March 2023, <a \
        href=\"https://busbusiness.example/i\">online</a>.</li>\n<li id=\"n3\">Eastfield Parks \
        Department, <em>Allotment Provision Report</em>, March 2023. <a \
        href=\"https://eastfield.example/a\">Link</a>.</li></ol>";
    let e = extract_as(DocKind::Html, html);
    let note = |l: &str| {
        e.footnotes
            .iter()
            .find(|n| n.label == l)
            .unwrap_or_else(|| panic!("note {l}: {:#?}", e.footnotes))
    };
    assert_eq!(note("1").publisher.as_deref(), Some("Transport Press"));
    assert!(note("2").authors.is_empty(), "{:#?}", note("2"));
    assert_eq!(note("2").publisher, None);
    assert_eq!(note("3").publisher, None);
    assert_eq!(note("3").authors, ["Eastfield Parks Department"]);
}

/// Regression: a teaser line pointing to another story (`Read more: “The water came in an
/// hour”: survivors of the June floods`) gave the headline's quotation as the article's,
/// cited by the teaser's link. The headline is that story's; a quotation in a sentence
/// still counts.
#[test]
fn a_read_more_teaser_holds_no_quotation() {
    let html = "<p>The river rose overnight.</p>\n<p><strong>Read more:</strong> <a \
        href=\"https://news.example/2024/jun/12/floods\">\u{201c}The water came in an \
        hour\u{201d}: survivors of the June floods</a></p>\n<p>Related: \u{201c}We were not \
        prepared for this\u{201d}</p>\n<p>The mayor said \u{201c}we will rebuild every home \
        on the street\u{201d} on Monday.</p>";
    let e = extract_as(DocKind::Html, html);
    let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["we will rebuild every home on the street"]);
}

/// Regression: soft hyphens (`&shy;`, U+00AD, a place a word may break) stayed in a
/// quotation's text (`accessi\u{ad}bility`): a report showed a broken word and a search of
/// the JSON missed it. They are no letters of it; positions are unchanged.
#[test]
fn soft_hyphens_are_no_letters_of_a_quote() {
    let html = "<p>She said it was \u{201c}a matter of accessi&shy;bility for every\u{ad}body \
        in town\u{201d}.</p>";
    let e = extract_as(DocKind::Html, html);
    let q = quote(&e, "a matter");
    assert_eq!(q.text, "a matter of accessibility for everybody in town");
    assert_eq!((q.line, q.column), (1, 20));
    let md = "She said it was \"a matter of accessi\u{ad}bility for everybody in town\".\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(
        quote(&e, "a matter").text,
        "a matter of accessibility for everybody in town"
    );
}
