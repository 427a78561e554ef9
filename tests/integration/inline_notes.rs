//! Pandoc's inline notes (`^[…]`) in Markdown: each is a note, numbered as Pandoc numbers
//! notes, with a marker where its `^` stands; its text is no longer the paragraph's.

use citecheck::model::{Attribution, Position};

use crate::support::{cites, extract_fixture, extract_markdown, note};

fn at(line: usize, column: usize) -> Position {
    Position { line, column }
}

/// Two quotations in one sentence, an inline note right after the second's closing mark:
/// the second is cited by the marker after it, the first by the marker in its sentence, and
/// neither runs on into the note's text.
#[test]
fn an_inline_note_after_a_closing_mark_cites_the_quotes_before_it() {
    let e = extract_markdown(
        "The mill's ledger shows the weavers \"would not return to the looms until the rate was \
         posted,\" and that the manager was \"jeered out of the yard by the night shift.\"^[Ledger \
         of the Calder Mill, 1842, fol. 31, Halifax Borough Archive.] The strike lasted a week.\n",
    );
    assert_eq!(e.quotes.len(), 2, "{:#?}", e.quotes);
    assert_eq!(
        e.quotes[1].text,
        "jeered out of the yard by the night shift."
    );
    assert_eq!(
        cites(&e, "jeered out"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "would not return"),
        [(Some("1"), Attribution::MarkerInSentence)]
    );
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    let n = note(&e, "1");
    assert_eq!(
        n.text,
        "Ledger of the Calder Mill, 1842, fol. 31, Halifax Borough Archive."
    );
    assert_eq!(n.date.as_deref(), Some("1842"));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// A note whose text runs over a soft line break is one note, ending at its own `]`; the
/// paragraph goes on after it.
#[test]
fn an_inline_note_spans_a_soft_line_break() {
    let e = extract_markdown(
        "The keeper wrote that the lamp \"burned all night without a flicker.\"^[Logbook of\n\
         the Skerry light, entry for 9 December 1921.] Nobody believed\nhim at the time.\n",
    );
    assert_eq!(
        cites(&e, "burned all night"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        note(&e, "1").text,
        "Logbook of the Skerry light, entry for 9 December 1921."
    );
    // The note's own positions: text from line 1, column 71; the marker at its `^`.
    assert_eq!((note(&e, "1").line, note(&e, "1").column), (1, 71));
    assert_eq!(note(&e, "1").referenced_at, [at(1, 69)]);
}

/// A note with an italic title and an autolink: its title and URL are read as any note's,
/// and the link is the note's (`footnote`), not a link of the paragraph; the quote it
/// backs is checked against that URL.
#[test]
fn an_inline_note_with_an_autolink_and_an_italic_title() {
    let e = extract_markdown(
        "Critics found the sequel \"a long apology for the first book,\"^[Dana Whitcombe, \
         *The Second Winter and Its Critics* (Leeds: Northgate, 2004), 88. \
         <https://books.example.org/whitcombe/second-winter>] though it sold well.\n",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("The Second Winter and Its Critics")
    );
    assert_eq!(n.authors, ["Dana Whitcombe"]);
    assert_eq!(n.date.as_deref(), Some("2004"));
    assert_eq!(
        n.urls,
        ["https://books.example.org/whitcombe/second-winter"]
    );
    assert_eq!(e.links.len(), 1, "{:#?}", e.links);
    assert_eq!(e.links[0].footnote.as_deref(), Some("1"));
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with("a long apology"))
        .expect("the quote");
    assert_eq!(q.citations.len(), 1);
    assert_eq!(q.citations[0].footnote.as_deref(), Some("1"));
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://books.example.org/whitcombe/second-winter")
    );
    // The note's text is not the paragraph's: no quote of its title, no quote running on.
    assert!(e.quotes.iter().all(|q| !q.text.contains("Whitcombe")));
}

/// `^[` in a code span or a code block, escaped as `\^[`, or a power (`x^[2]`, `$a^[n]$`)
/// is no note; nor is `^[text](url)`, which is a link after a caret.
#[test]
fn caret_brackets_that_are_not_notes() {
    let e = extract_markdown(
        "Call `render^[opts]` to draw a frame, or escape it as \\^[not a note here]. The area\n\
         grows as x^[2] and the sum as $s^[n+1]$ does.\n\n\
         ```\nlet y = x^[see the manual];\n```\n\n\
         Read ^[the guide](https://example.org/guide) first.\n",
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(e.links.len(), 1, "{:#?}", e.links);
    assert_eq!(e.links[0].url, "https://example.org/guide");
    assert_eq!(e.links[0].footnote, None);
}

/// Inline notes beside `[^x]` notes: the `[^x]` notes keep their written labels, and each
/// inline note gets the number Pandoc shows for it (all notes numbered by first reference);
/// one written with a number an inline note would get leaves that note `inline-N`.
#[test]
fn inline_notes_beside_labelled_footnotes() {
    let e = extract_markdown(
        "The pilot called the channel \"a graveyard for deep keels.\"[^pilot] The harbour \
         master disagreed, saying \"no keel has touched bottom in ten years.\"^[Harbour \
         Board minutes, 4 May 1988.] The pilot repeated it later.[^pilot]\n\n\
         A surveyor found \"three wrecks within a cable of the buoy.\"^[Admiralty survey \
         sheet 212, 1990.]\n\n\
         [^pilot]: Interview with the pilot, <https://radio.example.org/pilot>.\n",
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["2", "3", "pilot"]);
    assert_eq!(
        cites(&e, "a graveyard"),
        [(Some("pilot"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "no keel"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "three wrecks"),
        [(Some("3"), Attribution::MarkerAfter)]
    );
    assert_eq!(note(&e, "pilot").referenced_at.len(), 2);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);

    // `[^2]` is written: the inline note Pandoc numbers 2 is `inline-2`.
    let e = extract_markdown(
        "One \"first quoted remark of the day here.\"[^1] Two \"second quoted remark of \
         the day.\"^[An inline note.] Three \"third quoted remark of the day.\"[^2]\n\n\
         [^1]: Note one.\n\n[^2]: Note two.\n",
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["inline-2", "1", "2"]);
    assert_eq!(
        cites(&e, "second quoted"),
        [(Some("inline-2"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "third quoted"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
}

/// Positions of everything around inline notes are exact: the marker at its `^`, the note
/// at its text's first character, links and quotes after a note in the same line, and a
/// note inside a block quotation (whose text is the note's, not the quotation's).
#[test]
fn inline_note_positions() {
    let text = "# Ferries\n\nThey said \"we will keep rowing until the river freezes over.\"^[Ferrymen's \
                petition, <https://archive.example.org/p/7>.] Then [the council](https://council.example.org/) \
                answered \"the service costs more than the parish can raise.\"\n\n\
                > \"The ice came early that winter,\" she recalled.^[Oral history tape 14,\n\
                > side B.]\n";
    let e = extract_markdown(text);
    let pos = |needle: &str| {
        let off = text.find(needle).expect("needle");
        let line_start = text[..off].rfind('\n').map_or(0, |i| i + 1);
        at(
            text[..off].matches('\n').count() + 1,
            text[line_start..off].chars().count() + 1,
        )
    };
    let n1 = note(&e, "1");
    assert_eq!(at(n1.line, n1.column), pos("Ferrymen's"));
    assert_eq!(n1.referenced_at, [pos("^[Ferrymen's")]);
    let n2 = note(&e, "2");
    assert_eq!(at(n2.line, n2.column), pos("Oral history"));
    assert_eq!(n2.referenced_at, [pos("^[Oral")]);
    assert_eq!(n2.text, "Oral history tape 14, side B.");
    let link = |url: &str| {
        let l = e.links.iter().find(|l| l.url == url).expect("link");
        (at(l.line, l.column), l.footnote.as_deref())
    };
    assert_eq!(
        link("https://archive.example.org/p/7"),
        (pos("<https://archive"), Some("1"))
    );
    assert_eq!(
        link("https://council.example.org/"),
        (pos("[the council]"), None)
    );
    let q = |starts: &str| {
        let q = e
            .quotes
            .iter()
            .find(|q| q.text.starts_with(starts))
            .expect("quote");
        at(q.line, q.column)
    };
    assert_eq!(q("we will keep rowing"), pos("\"we will keep"));
    assert_eq!(q("the service costs"), pos("\"the service"));
    assert_eq!(
        cites(&e, "we will keep rowing"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    assert!(e.quotes.iter().all(|q| !q.text.contains("Oral history")));
}

/// The fixture article: every quote cited by the inline note after it, numbered as Pandoc
/// numbers them beside a `[^board]` note.
#[test]
fn pandoc_inline_notes_fixture() {
    let e = extract_fixture("fixtures/articles/pandoc-inline-notes.md");
    assert_eq!(
        cites(&e, "had never once failed"),
        [(Some("1"), Attribution::MarkerInSentence)]
    );
    assert_eq!(
        cites(&e, "ready to row through ice"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "a small cruelty"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "4", "board"]);
    // Neither the code span's `notes^[x]`, nor the power `x^[2]`, nor the escaped caret.
    assert_eq!(note(&e, "2").referenced_at.len(), 1);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// A note inside a link's text is the note's text, not the link's; the link is the
/// paragraph's, the note's own link the note's.
#[test]
fn an_inline_note_inside_link_text() {
    let e = extract_markdown(
        "Read [the harbour report^[Published in two parts, see \
         <https://example.org/part-2>.] in full](https://example.org/report) first.\n",
    );
    let texts: Vec<(&str, &str, Option<&str>)> = e
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.text.as_str(), l.footnote.as_deref()))
        .collect();
    assert_eq!(
        texts,
        [
            (
                "https://example.org/report",
                "the harbour report in full",
                None
            ),
            (
                "https://example.org/part-2",
                "https://example.org/part-2",
                Some("1")
            ),
        ]
    );
    assert_eq!(note(&e, "1").urls, ["https://example.org/part-2"]);
}
