//! Org-mode inline markup over a line break, found misread by the fifty-sixth session's
//! held-out evaluation: `~code~`, `=verbatim=`, `/italics/`, `*bold*` and `_underlined_`
//! text may run over one line break (what `M-q` leaves), never two; the marks open and close
//! only where Org lets them (never in `a/b/c`, `2*3*4` or `https://host/~user/`). Each rule
//! has its negative cases beside it.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, note, org_blocks as blocks, quote};

fn org(text: &str) -> Extraction {
    extract_as(DocKind::Org, text)
}

fn urls(e: &Extraction) -> Vec<&str> {
    e.links.iter().map(|l| l.url.as_str()).collect()
}

fn quote_texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// A code or verbatim span wrapped over one line holds no link and no quotation.
#[test]
fn org_code_spans_cross_one_line_break() {
    let e = org("* Running it\n\
         Start the daemon and poll it with ~wget -qO-\n\
         http://127.0.0.1:9/status/ready~ until it answers.\n\n\
         Never type =“curly quotes into the\n\
         shell prompt by mistake”= again; put ~base_url =\n\
         \"https://internal.example.net/v3\"~ in the settings file.\n");
    assert!(e.links.is_empty(), "{:?}", urls(&e));
    assert!(e.quotes.is_empty(), "{:?}", quote_texts(&e));
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// Negative cases: a span never runs over two line breaks, nor opens inside an address
/// (`/~user/`), nor closes after a space.
#[test]
fn org_code_spans_stop_at_a_second_line_break_and_in_addresses() {
    // Two line breaks: the `~` is text and the address a link of its own.
    let e = org("Fetch it with ~wget -qO-\n\
         then wait a while and\n\
         https://mirror.example.net/file.tar~ to finish.\n");
    assert_eq!(urls(&e), ["https://mirror.example.net/file.tar~"]);
    // A tilde in an address opens nothing (a later `~code~` on the next line closes
    // nothing in it), and neither does `~` before a space or a number's `~`.
    let e = org(
        "Her pages at https://uni.example.edu/~marta/notes are kept\n\
         beside ~rsync~ logs, about ~ 40 files, roughly ~30 a week.\n",
    );
    assert_eq!(urls(&e), ["https://uni.example.edu/~marta/notes"]);
    let e = org("Pages at https://uni.example.edu/~marta/notes and ~ivan~ here.\n");
    assert_eq!(urls(&e), ["https://uni.example.edu/~marta/notes"]);
    // `=` after a word opens no verbatim text: the quote after it is read.
    let e = org("Rows a=b= and \"the totals were wrong every single\ntime\" she=said=.\n");
    assert_eq!(quote_texts(&e), ["the totals were wrong every single time"]);
}

/// Italics wrapped over a line: a note's title and publisher, a quotation's words.
#[test]
fn org_italics_cross_one_line_break() {
    let e = org("* Harbour\n\
         Fishermen called the dredging plan \"a quiet burial of the /whole\n\
         harbour/, not merely its moorings\"[fn:1] at the meeting, and \"the /bleakest/ \
         season we remember\"[fn:1].\n\
         The survey[fn:2] is older.\n\n\
         * Footnotes\n\
         [fn:1] Dunmere Harbour Board, /Dredging and Moorings\n\
         Plan 2022/, 4 May 2022, https://harbour.example.org/plan\n\
         [fn:2] Tomas Ekwall, \"Tides on the Shelf: A Decade of Gauges,\" /Journal\n\
         of Estuarine Surveys/, 2 June 2020, https://estuary.example.org/tides\n");
    let q = quote(&e, "a quiet burial");
    assert_eq!(
        q.text,
        "a quiet burial of the whole harbour, not merely its moorings"
    );
    assert_eq!(
        quote(&e, "the bleakest").text,
        "the bleakest season we remember"
    );
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Dredging and Moorings Plan 2022"));
    assert_eq!(n.authors, ["Dunmere Harbour Board"]);
    let n = note(&e, "2");
    assert_eq!(n.publisher.as_deref(), Some("Journal of Estuarine Surveys"));
    assert_eq!(
        n.title.as_deref(),
        Some("Tides on the Shelf: A Decade of Gauges")
    );
}

/// Negative cases: paths, fractions and addresses are no italics, on one line or two, and
/// italics never run over two line breaks.
#[test]
fn org_slashes_in_paths_and_addresses_are_no_italics() {
    assert_eq!(
        blocks("Copy a/b/c to /etc/hosts\nand /usr/share/doc/ today, 3/4/ of it.\n"),
        ["Copy a/b/c to /etc/hosts\nand /usr/share/doc/ today, 3/4/ of it."]
    );
    // An italic mark whose only closer lies in an address: the address stays whole.
    let e = org("See /the annual report\nat https://stats.example.org/annual/ for details.\n");
    assert_eq!(urls(&e), ["https://stats.example.org/annual/"]);
    assert_eq!(
        blocks("See /the annual report at https://stats.example.org/annual/ now.\n"),
        ["See /the annual report at https://stats.example.org/annual/ now."]
    );
    assert_eq!(
        blocks("An /open mark\nthen a line\nand a close/ here.\n"),
        ["An /open mark\nthen a line\nand a close/ here."]
    );
    // One line and over one line break, italics lose their marks.
    assert_eq!(
        blocks("An /italic\nphrase/ and /one/ more.\n"),
        ["An italic\nphrase and one more."]
    );
}

/// `*bold*` and `_underlined_` text loses its marks (a bold journal name is the publisher),
/// over one line break too; what is inside is still read (links, markers).
#[test]
fn org_bold_and_underline_marks_are_dropped() {
    let e = org(
        "Rangers found \"nests on every ledge of the northern cliffs\"[fn:3].\n\n\
         [fn:3] Ines Varga, \"Seabird Counts on the Headland,\" *Bulletin of Cliff\n\
         Ecology*, 9 July 2019, https://cliffecology.example.org/counts\n",
    );
    let n = note(&e, "3");
    assert_eq!(n.publisher.as_deref(), Some("Bulletin of Cliff Ecology"));
    assert_eq!(n.title.as_deref(), Some("Seabird Counts on the Headland"));
    assert_eq!(
        blocks("A *bold\nclaim* and _under\nlined_ and *strong [[https://b.example.org/][link]]* here.\n"),
        ["A bold\nclaim and under\nlined and strong link here."]
    );
    // Spans nest, never overlap: underlining that would close after the bold text is none.
    assert_eq!(
        blocks("Both *bold _mixed* marks_ here.\n"),
        ["Both bold _mixed marks_ here."]
    );
    // An address in bold text is the address without the marks.
    let e = org("See *https://www.example.org/a* and _www.example.org/x_ too.\n");
    assert_eq!(
        urls(&e),
        ["https://www.example.org/a", "https://www.example.org/x"]
    );
    let e = org("The *warden said \"we lost half the colony\"[fn:1]* here.\n\n[fn:1] Note.\n");
    assert_eq!(quote_texts(&e), ["we lost half the colony"]);
    assert_eq!(e.quotes[0].citations.len(), 1);
}

/// Negative cases: products, identifiers and marks that cannot open or close stay text.
#[test]
fn org_stars_and_underscores_in_words_stay() {
    for text in [
        "It is 2*3*4 or 5*6\n*7 in all.",
        "Set snake_case_name and max_retries_ now.",
        "A star * alone and *no close here.",
        "A *mark\nover\ntwo breaks* stays.",
        "Rated * five* and _ spaced_ marks.",
        "Files __init__.py and a**b stay.",
    ] {
        assert_eq!(blocks(&format!("{text}\n")), [text], "{text}");
    }
}
