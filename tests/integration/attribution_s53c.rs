//! The fifty-third session's third pass on quote attribution: a link in a phrase naming
//! what the speaker answers, is asked about or disputes (`Responding to the mayor’s
//! [statement](…), Tom Pike said: “…”`, `Asked about the overrun reported by the
//! [Gazette](…), Mirza was blunt: “…”`) was tied to the speaker's quotation, so an editor
//! would trust a document that does not hold the words. Each test keeps, beside the false
//! tie, the true ones of the same sentence's shape: the link as the speaker's own medium
//! (`said in a [statement](…)`, `Responding in a [blog post](…)`), `According to the
//! [report](…)`, and the one asking (`In response to questions from the [Gazette](…)`).

use citecheck::model::{Attribution, DocKind};

use crate::support::{extract_as, extract_markdown, url_ties};

const STATEMENT: &str = "https://m.example.org/s";
const GAZETTE: &str = "https://g.example.org/x";
const BLOG: &str = "https://m.example.org/b";
const WORST: &str = "This is the worst budget in a generation.";
const BUILT: &str = "We built what we were asked to build and no more.";

fn linked(url: &str) -> Vec<(Option<String>, Attribution)> {
    vec![(Some(url.to_string()), Attribution::Link)]
}

/// A paragraph of Markdown: `lead` (holding `[text](url)`) then the quotation.
fn md(lead: &str, quote: &str) -> String {
    format!("{lead} “{quote}”\n")
}

/// The same as an HTML article, `[text](url)` written as `<a href>`.
fn html(lead: &str, quote: &str) -> String {
    let (before, rest) = lead.split_once('[').expect("a link");
    let (text, rest) = rest.split_once("](").expect("a link");
    let (url, after) = rest.split_once(')').expect("a link");
    format!(
        "<html><body><article>\n<h1>Budget row</h1>\n<p>{before}<a href=\"{url}\">{text}</a>{after} \
         “{quote}”</p>\n</article></body></html>\n"
    )
}

/// Regression: the three false ties of the report, in Markdown and in HTML: the mayor's
/// statement and the newspaper that reported the overrun are what the speaker answers, not
/// where the answer is.
#[test]
fn a_link_to_what_the_speaker_answers_backs_no_quote() {
    let cases = [
        (
            "Responding to the mayor’s [statement](https://m.example.org/s), Tom Pike said:",
            WORST,
        ),
        (
            "Tom Pike, responding to the mayor’s [statement](https://m.example.org/s), said:",
            WORST,
        ),
        (
            "Asked about the budget overrun reported by the [Eastgate Gazette](https://g.example.org/x), Mirza was blunt:",
            BUILT,
        ),
    ];
    for (lead, quote) in cases {
        for (kind, text) in [
            (DocKind::Markdown, md(lead, quote)),
            (DocKind::Html, html(lead, quote)),
        ] {
            let e = extract_as(kind, &text);
            assert_eq!(url_ties(&e, &quote[..12]), vec![], "{kind:?}: {text}");
        }
    }
    // The same sentences naming the speaker's own medium keep their link.
    let kept = [
        (
            "Tom Pike said in a [statement](https://m.example.org/s):",
            STATEMENT,
        ),
        (
            "In a [statement](https://m.example.org/s), Pike said:",
            STATEMENT,
        ),
        (
            "Responding in a [blog post](https://m.example.org/b), Pike wrote:",
            BLOG,
        ),
        (
            "According to the [report](https://m.example.org/s),",
            STATEMENT,
        ),
    ];
    for (lead, url) in kept {
        for (kind, text) in [
            (DocKind::Markdown, md(lead, WORST)),
            (DocKind::Html, html(lead, WORST)),
        ] {
            let e = extract_as(kind, &text);
            assert_eq!(url_ties(&e, "This is"), linked(url), "{kind:?}: {text}");
        }
    }
}

/// Regression: every phrase of answering, being asked, commenting or disputing, before
/// the speaker or after the speaker's name, with the link the thing answered; beside each,
/// a paragraph whose link is the speaker's own medium, still tied.
#[test]
fn each_phrase_of_answering_keeps_its_link_from_the_quote() {
    let phrases = [
        "In response to the mayor’s [statement](https://m.example.org/s), Tom Pike said:",
        "Reacting to the mayor’s [statement](https://m.example.org/s), Tom Pike said:",
        "Commenting on the mayor’s [statement](https://m.example.org/s), Tom Pike said:",
        "Replying to the mayor’s [statement](https://m.example.org/s), Tom Pike said:",
        "In a reply to the mayor’s [statement](https://m.example.org/s), Tom Pike said:",
        "Challenged over the figures in the mayor’s [statement](https://m.example.org/s), Tom Pike said:",
        "Pressed on the mayor’s [statement](https://m.example.org/s), Tom Pike said:",
        "Asked whether the overrun reported by the [Gazette](https://m.example.org/s) was accurate, Tom Pike said:",
        "Tom Pike, disputing the figures in the mayor’s [statement](https://m.example.org/s), said:",
        "Tom Pike, when asked about the mayor’s [statement](https://m.example.org/s), said:",
    ];
    for lead in phrases {
        let text = format!(
            "{}\nResponding to the mayor in a [blog post]({BLOG}), Pike wrote: “{BUILT}”\n",
            md(lead, WORST)
        );
        let e = extract_markdown(&text);
        assert_eq!(url_ties(&e, "This is"), vec![], "{text}");
        assert_eq!(url_ties(&e, "We built"), linked(BLOG), "{text}");
    }
}

/// Regression: the same phrase after the quotation (`“…,” Tom Pike said, responding to
/// the mayor’s [statement](…).`) and in a block quotation's introduction; the one asking
/// (`In response to questions from the [Gazette](…)`) and a report of the words themselves
/// (`As reported in the [Gazette](…), Mirza said`) keep their links.
#[test]
fn a_link_to_what_is_answered_after_the_quote_or_over_a_block_backs_no_quote() {
    let text = format!(
        "“{WORST}” Tom Pike said, responding to the mayor’s [statement]({STATEMENT}).\n\n\
         Reacting to the mayor’s [statement]({STATEMENT}), Tom Pike said:\n\n\
         > Nobody on this council voted for the cuts we now face this winter.\n\n\
         In response to questions from the [Eastgate Gazette]({GAZETTE}), a spokesperson \
         said: “We are reviewing every contract signed since May.”\n\n\
         As reported in the [Gazette]({GAZETTE}), Mirza said: “{BUILT}”\n"
    );
    let e = extract_markdown(&text);
    assert_eq!(url_ties(&e, "This is"), vec![], "{text}");
    assert_eq!(url_ties(&e, "Nobody on"), vec![], "{text}");
    assert_eq!(url_ties(&e, "We are reviewing"), linked(GAZETTE), "{text}");
    assert_eq!(url_ties(&e, "We built"), linked(GAZETTE), "{text}");
}
