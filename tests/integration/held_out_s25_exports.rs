//! Regressions found by the twenty-fifth session's evaluation of articles in the markup
//! real tools export: Typora's notes (anchored at the end of their line), a Medium export's
//! notes above its `<footer>`, MediaWiki's `[edit]` section links, Jupyter's cell prompts,
//! a MediaWiki block quotation's credit, organisation names joined by `and`. Each rule has
//! its negative cases beside it.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, note, notes_of, quote};

/// Typora's HTML export numbers its notes in `sup.md-footnote` and writes each note as a
/// `div.footnote-line` whose anchor (`<a name="dfref-footnote-1">`, the link back to the
/// reference) ends the line: the line is the note from its start, its quoted title no
/// quotation, and the quotations before the markers are cited.
#[test]
fn typora_notes_anchored_at_the_end_of_their_line() {
    let e = extract_as(
        DocKind::Html,
        "<div class='typora-export-content'><div id='write'><p><span>The ferryman called \
         it </span><span>\u{201c}</span><span>the slowest crossing on the whole \
         estuary</span><span>\u{201d}</span><sup class='md-footnote'><a \
         href='#dfref-footnote-1' name='ref-footnote-1'>1</a></sup><span>.</span></p>\
         <p><span>Her log says:</span><sup class='md-footnote'><a href='#dfref-footnote-2' \
         name='ref-footnote-2'>2</a></sup></p><blockquote><p><span>Tide against us for \
         three hours and the engine coughing all the way to the far \
         slip.</span></p></blockquote><div class='footnotes-area'><hr/><div \
         class='footnote-line'><span class='md-fn-count'>1</span> <span>Estuary Ferries, \
         </span><span>\u{201c}</span><span>Crossing Times Reconsidered,</span><span>\u{201d}\
         </span><span> 2021, </span><a href='https://ferries.example.org/crossing-times' \
         class='url'>https://ferries.example.org/crossing-times</a><a \
         name='dfref-footnote-1' href='#ref-footnote-1' title='back to document' \
         class='reversefootnote'>\u{21a9}</a></div><div class='footnote-line'><span \
         class='md-fn-count'>2</span> <span>M. Oduya, ship\u{2019}s log, </span><a \
         href='https://log.example.net/1998/march'>log.example.net</a><a \
         name='dfref-footnote-2' href='#ref-footnote-2' title='back to document' \
         class='reversefootnote'>\u{21a9}</a></div></div></div></div>",
    );
    assert_eq!(
        note(&e, "1").urls,
        ["https://ferries.example.org/crossing-times"]
    );
    // The number shown before the note's text is not its first author.
    assert_eq!(note(&e, "1").authors, ["Estuary Ferries"]);
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("Crossing Times Reconsidered")
    );
    assert_eq!(note(&e, "2").urls, ["https://log.example.net/1998/march"]);
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
    assert_eq!(
        cited(&e, "the slowest crossing"),
        [(
            Some("1".to_string()),
            Some("https://ferries.example.org/crossing-times".to_string()),
            Attribution::MarkerAfter
        )]
    );
    assert_eq!(notes_of(&e, "Tide against us"), ["2"]);
    assert_eq!(
        quote(&e, "Tide against us").citations[0].attribution,
        Attribution::IntroMarker
    );
    assert!(
        !e.quotes.iter().any(|q| q.text.contains("Crossing Times")),
        "{:#?}",
        e.quotes
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);

    // An `id` anchor inside a note's paragraph, not at its start, names it too; a
    // paragraph of the article that cites a note of its own is never taken for one, even
    // with an anchor a marker points to.
    let e = extract_as(
        DocKind::Html,
        "<p>The survey found \u{201c}no trace of the old causeway at low water\u{201d}<sup>\
         <a href='#n1'>1</a></sup>, as the diver did<sup><a href='#dive'>2</a></sup>.</p>\
         <p>Later dives<sup><a href='#n1'>1</a></sup> went further; <span id='dive'>the \
         diver\u{2019}s own account</span> is below.</p><hr><p>1. Causeway Survey, <a \
         href='https://survey.example.org/causeway'>report</a> <span id='n1'>\u{2191}</span>\
         </p>",
    );
    assert_eq!(note(&e, "1").urls, ["https://survey.example.org/causeway"]);
    assert!(
        note(&e, "1").text.starts_with("Causeway Survey"),
        "{:#?}",
        e.footnotes
    );
    assert_eq!(notes_of(&e, "no trace of the old causeway"), ["1"]);
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
}

/// Medium's export closes its article with a `<footer>` (by-line, canonical link, "Exported
/// from Medium") after the `¹` notes under the last divider: page furniture, however many
/// paragraphs, that does not hide the notes above it as a long sign-off would. Notes written
/// in a `<footer>` themselves are still notes.
#[test]
fn notes_above_an_articles_footer_are_read() {
    let footer = "<footer><p>By <a href=\"https://blog.example.com/@ruth\">Ruth Amsel</a> on \
                  <time>4 May 2022</time>.</p><p><a href=\"https://blog.example.com/@ruth/\
                  tides-1f2e\" class=\"p-canonical\">Canonical link</a></p><p>Exported from \
                  <a href=\"https://blog.example.com\">Blog Example</a> on 9 June 2024.</p>\
                  </footer>";
    let e = extract_as(
        DocKind::Html,
        &format!(
            "<article class=\"h-entry\"><section><p class=\"graf\">The harbourmaster \
             described the spring tides as \u{201c}a wall of grey water that arrives all at \
             once\u{201d}\u{b9}, and the pilots agreed.</p><p>They logged it \
             too:\u{b2}</p><blockquote>Surge at the bar, three boats held at the \
             quay until noon.</blockquote><hr class=\"section-divider\"><p class=\"graf\">\
             \u{b9} Port Authority, \u{201c}Tidal Hazards on the Lower River,\u{201d} 2018, \
             <a href=\"https://port.example.org/hazards\">https://port.example.org/hazards\
             </a>.</p><p class=\"graf graf--trailing\">\u{b2} Pilots\u{2019} Association, \
             log book 7, 2019, <a href=\"https://pilots.example.org/log7\">\
             https://pilots.example.org/log7</a>.</p></section>{footer}</article>"
        ),
    );
    assert_eq!(note(&e, "1").urls, ["https://port.example.org/hazards"]);
    assert_eq!(note(&e, "2").urls, ["https://pilots.example.org/log7"]);
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
    assert_eq!(notes_of(&e, "a wall of grey water"), ["1"]);
    assert_eq!(notes_of(&e, "Surge at the bar"), ["2"]);
    assert!(
        !e.quotes.iter().any(|q| q.text.contains("Tidal Hazards")),
        "{:#?}",
        e.quotes
    );
    // The footer's links are no note's.
    assert!(
        e.links
            .iter()
            .filter(|l| l.url.contains("blog.example.com"))
            .all(|l| l.footnote.is_none()),
        "{:#?}",
        e.links
    );

    // Notes written in the footer itself.
    let e = extract_as(
        DocKind::Html,
        "<article><p>The pilots called it \u{201c}the worst bar crossing on the coast in \
         living memory\u{201d}\u{b9}.</p><footer><hr><p>\u{b9} Pilots\u{2019} \
         Association, log book 7, 2019, <a href=\"https://pilots.example.org/log7\">\
         https://pilots.example.org/log7</a>.</p></footer></article>",
    );
    assert_eq!(note(&e, "1").urls, ["https://pilots.example.org/log7"]);
    assert_eq!(notes_of(&e, "the worst bar crossing"), ["1"]);
}

/// MediaWiki writes an `[edit]` link beside each section heading (`span.mw-editsection`):
/// beside "References" it was read as a note labelled `edit`, never referenced. It is no
/// part of the article: neither text nor a link to check (it opens the wiki's editor).
#[test]
fn mediawiki_edit_links_are_not_read() {
    let e = extract_as(
        DocKind::Html,
        "<div class=\"mw-parser-output\"><p>The canal company called it <q>the narrowest \
         lock on the whole navigation</q>.<sup id=\"cite_ref-a_1-0\" class=\"reference\"><a \
         href=\"#cite_note-a-1\">[1]</a></sup></p><div class=\"mw-heading mw-heading2\"><h2 \
         id=\"History\">History</h2><span class=\"mw-editsection\"><span \
         class=\"mw-editsection-bracket\">[</span><a href=\"/w/index.php?title=Lock&amp;\
         action=edit&amp;section=1\" title=\"Edit section: History\"><span>edit</span></a>\
         <span class=\"mw-editsection-bracket\">]</span></span></div><p>Rebuilt in \
         1911.</p><h2><span class=\"mw-headline\" id=\"References\">References</span><span \
         class=\"editsection\">[<a href=\"/w/index.php?title=Lock&amp;action=edit&amp;\
         section=2\">edit</a>]</span></h2><ol class=\"references\"><li \
         id=\"cite_note-a-1\"><span class=\"mw-cite-backlink\"><b><a \
         href=\"#cite_ref-a_1-0\">^</a></b></span> <span class=\"reference-text\"><a \
         class=\"external text\" href=\"https://canal.example.org/locks.pdf\">\"Locks of \
         the Navigation\"</a></span></li></ol></div>",
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1"]);
    assert_eq!(notes_of(&e, "the narrowest lock"), ["1"]);
    assert!(
        !e.links.iter().any(|l| l.url.contains("action=edit")),
        "{:#?}",
        e.links
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    // Inside the heading itself, as older skins write it.
    let e = extract_as(
        DocKind::Html,
        "<h2 id=\"Sources\">Sources<span class=\"mw-editsection\">[<a \
         href=\"/w/index.php?action=edit\">edit</a>]</span></h2><p>Text.</p>",
    );
    assert!(e.links.is_empty(), "{:#?}", e.links);
}

/// A Jupyter notebook exported as HTML shows each code cell's prompt (`In [3]:`; nbconvert's
/// `div.prompt.input_prompt`, JupyterLab's `div.jp-InputPrompt`, and their output prompts):
/// its `[3]` was a footnote marker with no note, a warning (and exit 1) for every executed
/// notebook. Prompts are not the notebook's text. A `[3]` in a Markdown cell still is.
#[test]
fn notebook_prompts_are_not_markers() {
    let e = extract_as(
        DocKind::Html,
        "<div class=\"cell border-box-sizing code_cell rendered\"><div class=\"input\"><div \
         class=\"prompt input_prompt\">In&nbsp;[7]:</div><div class=\"inner_cell\"><div \
         class=\"input_area\"><div class=\"highlight\"><pre>total = sum(rows)</pre></div>\
         </div></div></div><div class=\"output_wrapper\"><div class=\"output\"><div \
         class=\"output_area\"><div class=\"prompt output_prompt\">Out[7]:</div><div \
         class=\"output_text output_subarea output_execute_result\"><pre>412</pre></div>\
         </div></div></div></div>\
         <div class=\"jp-Cell jp-CodeCell\"><div class=\"jp-InputArea\"><div \
         class=\"jp-InputPrompt jp-InputArea-prompt\">In&#160;[8]:</div><div \
         class=\"highlight\"><pre>rows[0]</pre></div></div><div class=\"jp-OutputArea\"><div \
         class=\"jp-OutputPrompt jp-OutputArea-prompt\">Out[8]:</div><pre>19</pre></div>\
         </div><div class=\"jp-Cell jp-MarkdownCell\"><div class=\"jp-RenderedMarkdown\"><p>The \
         rows add up.</p></div></div>",
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);

    // A marker in a Markdown cell is still one.
    let e = extract_as(
        DocKind::Html,
        "<div class=\"jp-Cell jp-MarkdownCell\"><div class=\"jp-RenderedMarkdown\"><p>The \
         survey called the rows \u{201c}a fair sample of the county\u{2019}s farms\u{201d} \
         [3].</p></div></div><div class=\"jp-Cell jp-CodeCell\"><div class=\"jp-InputArea\">\
         <div class=\"jp-InputPrompt jp-InputArea-prompt\">In&#160;[3]:</div><pre>x</pre>\
         </div></div>",
    );
    assert_eq!(
        e.warnings
            .iter()
            .filter(|w| w.message.contains("`3`"))
            .count(),
        1,
        "{:#?}",
        e.warnings
    );
}

/// A block quotation's credit after a dash, the name in a `<cite>` (MediaWiki's
/// `templatequote`: `<div class="templatequotecite">—&#8202;<cite>Name, Title</cite></div>`,
/// or a last `<p>— <cite>…</cite></p>`): the dash went into the quotation's text (`… dividend.
/// —`). It goes with the credit. A dash the quotation itself ends with stays.
#[test]
fn a_credits_dash_is_no_part_of_the_quotation() {
    for credit in [
        "<div class=\"templatequotecite\">\u{2014}&#8202;<cite>Alma Reyes, <i>The Salt \
         Roads</i> (1994)</cite></div>",
        "<p>\u{2014} <cite>Alma Reyes, <i>The Salt Roads</i></cite></p>",
    ] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<p>Reyes remembered the works:<sup id=\"cite_ref-1\" class=\"reference\"><a \
                 href=\"#cite_note-1\">[1]</a></sup></p><blockquote \
                 class=\"templatequote\"><p>The pans were empty by August and the carters \
                 had already gone north for the harvest.</p>{credit}</blockquote><ol \
                 class=\"references\"><li id=\"cite_note-1\"><a \
                 href=\"#cite_ref-1\">^</a> <a \
                 href=\"https://salt.example.org/roads\">Reyes 1994</a></li></ol>"
            ),
        );
        let q = quote(&e, "The pans were empty");
        assert_eq!(
            q.text,
            "The pans were empty by August and the carters had already gone north for the \
             harvest.",
            "{credit}"
        );
        assert_eq!(notes_of(&e, "The pans were empty"), ["1"]);
    }
    let e = extract_as(
        DocKind::Html,
        "<blockquote><p>We had barely tied up at the quay when the harbourmaster \
         \u{2014}</p></blockquote>",
    );
    assert!(
        quote(&e, "We had barely").text.ends_with('\u{2014}'),
        "{:#?}",
        e.quotes
    );
}

/// A note's author that is an organisation with `and` in its name (`Agriculture and
/// Horticulture Levy Board`) was split into two authors at the `and`. A body's name ends as
/// one does (`… Board`, `… Council`) and what stands before the `and` is no person's name:
/// one author. Two people joined by `and` are still two.
#[test]
fn an_organisation_with_and_in_its_name_is_one_author() {
    let e = extract_as(
        DocKind::Html,
        "<p>Prices were \u{201c}the lowest in any winter since the board began \
         counting\u{201d}<a class=\"footnote-anchor\" id=\"footnote-anchor-1\" \
         href=\"#footnote-1\">1</a>, and the growers agreed<a class=\"footnote-anchor\" \
         id=\"footnote-anchor-2\" href=\"#footnote-2\">2</a>.</p><div class=\"footnote\"><a \
         id=\"footnote-1\" href=\"#footnote-anchor-1\" class=\"footnote-number\">1</a><div \
         class=\"footnote-content\"><p>Orchard and Vineyard Growers Council, \u{201c}Winter \
         Price Survey 2023,\u{201d} 2 March 2024, <a \
         href=\"https://growers.example.org/survey\">https://growers.example.org/survey</a>.\
         </p></div></div><div class=\"footnote\"><a id=\"footnote-2\" \
         href=\"#footnote-anchor-2\" class=\"footnote-number\">2</a><div \
         class=\"footnote-content\"><p>Ruth Amsel and Kofi Oduya, \u{201c}What the Growers \
         Said,\u{201d} 2024, <a href=\"https://growers.example.org/said\">\
         https://growers.example.org/said</a>.</p></div></div>",
    );
    assert_eq!(
        note(&e, "1").authors,
        ["Orchard and Vineyard Growers Council"]
    );
    assert_eq!(note(&e, "2").authors, ["Ruth Amsel", "Kofi Oduya"]);
}
