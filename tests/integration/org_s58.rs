//! Org-mode strike-through markup (`+struck text+`): the exporters show the words struck
//! out, so a quotation holding them keeps the words and drops the plus marks, as for
//! `*bold*` and `_underlined_` text. A `+` in ordinary prose (`C++`, `+44 20`, `a + b`,
//! `+5%`, `10+ years`, `+--+`) is no mark. Each rule has its negative cases beside it.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, note, org_blocks as blocks, quote};

fn org(text: &str) -> Extraction {
    extract_as(DocKind::Org, text)
}

/// A quotation holding struck-through words keeps the words without the marks (on one line
/// and over one line break), and stays tied to its note; a struck word in a note's title
/// loses its marks too.
#[test]
fn org_struck_text_loses_its_marks() {
    let e = org("* Minutes\n\
         The clerk wrote that \"the budget was +never+ approved by the council\"[fn:1], and \
         later that \"the old +ferry\n\
         timetable+ stays in force until spring\"[fn:1].\n\n\
         [fn:1] Harbour Council, \"Minutes of the +March+ Meeting,\" 3 April 2023, \
         https://council.example.org/minutes\n");
    let q = quote(&e, "the budget was");
    assert_eq!(q.text, "the budget was never approved by the council");
    assert_eq!(q.citations.len(), 1, "{:#?}", q.citations);
    assert_eq!(
        quote(&e, "the old ferry").text,
        "the old ferry timetable stays in force until spring"
    );
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("Minutes of the March Meeting")
    );
    assert_eq!(
        blocks("A +struck+ word, +a struck phrase.+ and \"+quoted+\" text.\n"),
        ["A struck word, a struck phrase. and \"quoted\" text."]
    );
    // Struck text holds other markup, and sits in bold.
    assert_eq!(
        blocks("See +old /italic/ words+ and *bold +struck+ text* here.\n"),
        ["See old italic words and bold struck text here."]
    );
}

/// Negative cases: a `+` in a language's name, a telephone number, a sum, a percentage, a
/// count, a box drawn in text, a word joined by pluses, an address, or with its closer two line
/// breaks on, is text, and a quotation holding one keeps it.
#[test]
fn org_plus_signs_in_prose_stay() {
    for text in [
        "Written in C++ and C++ again.",
        "Call +44 20 7946 0000 or +1 555 0100 today.",
        "The sum a + b + c is even.",
        "Sales rose +5% and then +7% more.",
        "Scores of +5 and 10+ points were logged.",
        "Boxes drawn +--+ and +--+ stay.",
        "Keys x+y+z and Ctrl+Alt+Del work.",
        "A +mark\nover\ntwo breaks+ stays.",
        "Spaced + marks+ and +marks + stay.",
    ] {
        assert_eq!(blocks(&format!("{text}\n")), [text], "{text}");
    }
    let e = org(
        "Staff said \"C++ use grew +5% and +12 teams joined\"[fn:1] last year.\n\n\
         [fn:1] Survey, https://survey.example.org/lang?q=+c++\n",
    );
    assert_eq!(
        quote(&e, "C++ use grew").text,
        "C++ use grew +5% and +12 teams joined"
    );
    assert_eq!(e.links[0].url, "https://survey.example.org/lang?q=+c++");
}
