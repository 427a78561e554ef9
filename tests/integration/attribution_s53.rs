//! Regressions found by the fifty-third session's held-out evaluation of news articles: a
//! quote whose sentence says its speaker goes on (`Birkett added:`, `Mr Birkett added:`,
//! `“…,” Birkett added.`) after a paragraph quoting that speaker, named in full, with a
//! citation (`“…,” Alan Birkett [said in a statement](…) on Tuesday.`) was left uncited;
//! only `He added:` took the paragraph's source, and a paragraph ending with a note marker
//! after its full stop (`… on Tuesday.[^1]`) gave its source to no continuation at all.
//! Each rule has its negative cases beside it: another person named, a heading between.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, extract_markdown, url_ties};

pub(crate) const URL: &str = "https://council.example.gov.uk/statement";
pub(crate) const FIRST: &str =
    "We will not be closing the harbour office while I lead this council,";
pub(crate) const SECOND: &str =
    "The budget for this year is fixed, but we are looking at every option.";

/// The citations of the quote starting `The budget`: (URL, how), footnotes aside.
pub(crate) fn second(e: &citecheck::model::Extraction) -> Vec<(Option<String>, Attribution)> {
    url_ties(e, "The budget")
}

/// How the first quote (`We will not …`) is cited, each citation's kind.
pub(crate) fn first_kinds(e: &citecheck::model::Extraction) -> Vec<Attribution> {
    cited(e, "We will not").into_iter().map(|c| c.2).collect()
}

pub(crate) fn inherited() -> Vec<(Option<String>, Attribution)> {
    vec![(Some(URL.to_string()), Attribution::Preceding)]
}

pub(crate) fn html(first: &str, second: &str) -> String {
    format!(
        "<html><body><article>\n<h1>Harbour office to stay open</h1>\n<p>{first}</p>\n\
         <p>{second}</p>\n</article></body></html>\n"
    )
}

/// Regression: `Birkett added: “…”` after `“…,” Alan Birkett <a>said in a statement</a>
/// on Tuesday.` was uncited (the sentence before was read for its subject in its first
/// three words, which were the quotation's); `He added:` was cited by that accident. The
/// speaker the quotation before is given, by surname, title and surname, full name or
/// pronoun, goes on; someone else does not.
#[test]
fn a_surname_going_on_takes_the_cited_quote_s_source_in_html() {
    let first =
        format!("“{FIRST}” Alan Birkett <a href=\"{URL}\">said in a statement</a> on Tuesday.");
    for who in [
        "Birkett added:",
        "Mr Birkett added:",
        "Councillor Birkett added:",
        "Alan Birkett added:",
        "Cllr Alan Birkett added:",
        "He added:",
        "Birkett continued:",
        "Mr Birkett went on:",
        "He continued:",
        "Birkett also said:",
    ] {
        let e = extract_as(DocKind::Html, &html(&first, &format!("{who} “{SECOND}”")));
        assert_eq!(first_kinds(&e), vec![Attribution::Link], "{who}");
        assert_eq!(second(&e), inherited(), "{who}");
    }
    // Someone else goes on: not the statement's words.
    for who in [
        "Okafor added:",
        "Dr Okafor added:",
        "Tom Birkett added:",
        "Nkechi Okafor continued:",
    ] {
        let e = extract_as(DocKind::Html, &html(&first, &format!("{who} “{SECOND}”")));
        assert_eq!(second(&e), vec![], "{who}");
    }
    // A heading between: a new section, not the statement going on.
    let e = extract_as(
        DocKind::Html,
        &format!(
            "<html><body><article>\n<p>{first}</p>\n<h2>The budget</h2>\n\
             <p>Birkett added: “{SECOND}”</p>\n</article></body></html>\n"
        ),
    );
    assert_eq!(second(&e), vec![]);
}

/// The same with the speaker named before the quotation (`Alan Birkett told the BBC: “…”`),
/// after the verb (`said Alan Birkett`), with a title (`Dr Nkechi Okafor`, `Ms Tove Lind`),
/// and in Markdown.
#[test]
fn the_speaker_of_the_quote_before_goes_on_by_any_of_their_names_in_markdown() {
    let cases = [
        (
            format!("“{FIRST}” Alan Birkett [said in a statement]({URL}) on Tuesday."),
            "Birkett added:",
        ),
        (
            format!("“{FIRST}” said Alan Birkett in a [statement]({URL})."),
            "Mr Birkett added:",
        ),
        (
            format!("Alan Birkett [said in a statement]({URL}): “{FIRST}”"),
            "Birkett continued:",
        ),
        (
            format!("“{FIRST}” Dr Nkechi Okafor [told the council]({URL})."),
            "Dr Okafor added:",
        ),
        (
            format!("“{FIRST}” Ms Tove Lind, the harbour master, [said]({URL})."),
            "Lind added:",
        ),
        (
            format!("“{FIRST}” Tove Lind [said]({URL})."),
            "Ms Lind went on:",
        ),
    ];
    for (first, who) in &cases {
        let e = extract_markdown(&format!("{first}\n\n{who} “{SECOND}”\n"));
        assert_eq!(second(&e), inherited(), "{first} / {who}");
    }
    // Another person; the quotation's first word naming them is no subject.
    for (first, who) in [
        (
            format!("“{FIRST}” Alan Birkett [said in a statement]({URL}) on Tuesday."),
            "Okafor added:",
        ),
        (
            format!("“Okafor is wrong about the office,” the council [said]({URL})."),
            "Okafor added:",
        ),
        (
            format!("“{FIRST}” Okafor told Alan Birkett in a [letter]({URL})."),
            "Birkett added:",
        ),
    ] {
        let e = extract_markdown(&format!("{first}\n\n{who} “{SECOND}”\n"));
        assert_eq!(second(&e), vec![], "{first} / {who}");
    }
}

/// Regression: `“…,” Birkett added.` (the speaker going on after the quote, which opens
/// its sentence) took nothing, nor did `“…,” he added.`: the sentence's words after the
/// quote say who goes on as the words before it do.
#[test]
fn a_speaker_going_on_after_the_quote_takes_the_source_before() {
    let first = format!("“{FIRST}” Alan Birkett [said in a statement]({URL}) on Tuesday.");
    let second_ = SECOND.trim_end_matches('.');
    for trail in [
        "Birkett added.",
        "he added.",
        "Mr Birkett added.",
        "added Birkett.",
        "he continued.",
        "Birkett went on.",
    ] {
        let e = extract_markdown(&format!("{first}\n\n“{second_},” {trail}\n"));
        assert_eq!(second(&e), inherited(), "{trail}");
    }
    // Someone else, or more than who goes on (a new occasion, a clause of its own).
    for trail in [
        "Okafor added.",
        "added Dr Okafor.",
        "he added, in a letter to residents sent later that week.",
    ] {
        let e = extract_markdown(&format!("{first}\n\n“{second_},” {trail}\n"));
        assert_eq!(second(&e), vec![], "{trail}");
    }
    // In HTML too.
    let e = extract_as(
        DocKind::Html,
        &html(
            &format!(
                "“{FIRST}” Alan Birkett <a href=\"{URL}\">said in a statement</a> on Tuesday."
            ),
            &format!("“{second_},” Birkett added."),
        ),
    );
    assert_eq!(second(&e), inherited());
}

/// Regression: a paragraph whose note marker follows its full stop (`… on Tuesday.[^1]`,
/// `….<sup><a href="#fn1">1</a></sup></p>`) was not read as the paragraph right before the
/// next (the marker stood between them in the source), so `Birkett added: “…”` and even
/// `He added: “…”` after it took nothing. The continuation takes the note.
#[test]
fn a_continuation_takes_the_note_marking_the_paragraph_before() {
    for who in ["Birkett added:", "He added:", "Mr Birkett added:"] {
        let e = extract_markdown(&format!(
            "“{FIRST}” Alan Birkett said in a statement on Tuesday.[^1]\n\n{who} “{SECOND}”\n\n\
             [^1]: Harbour council, “Statement on the harbour office”, {URL}\n"
        ));
        let c = cited(&e, "The budget");
        assert_eq!(
            c,
            vec![(
                Some("1".to_string()),
                Some(URL.to_string()),
                Attribution::Preceding
            )],
            "{who}"
        );
        let e = extract_markdown(&format!(
            "“{FIRST}” Alan Birkett said in a statement on Tuesday.[^1]\n\nOkafor added: \
             “{SECOND}”\n\n[^1]: Harbour council, “Statement on the harbour office”, {URL}\n"
        ));
        assert_eq!(cited(&e, "The budget"), vec![]);
    }
    let e = extract_as(
        DocKind::Html,
        &format!(
            "<html><body><article>\n<p>“{FIRST}” Alan Birkett said in a statement on \
             Tuesday.<sup><a href=\"#fn1\">1</a></sup></p>\n<p>Birkett added: “{SECOND}”</p>\n\
             <ol class=\"footnotes\"><li id=\"fn1\">Harbour council, statement, \
             <a href=\"{URL}\">{URL}</a></li></ol>\n</article></body></html>\n"
        ),
    );
    assert_eq!(second(&e), inherited());
}
