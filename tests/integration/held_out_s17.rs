//! Regressions found by the seventeenth session's held-out evaluations and the items left
//! open before it: each input gave a false quotation, lost a source or a wrong one before
//! its fix.

use citecheck::model::{DocKind, Extraction};

use crate::support::extract_as;

fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// A numbered work heading its title (`Episode 41: "Is eight hours a myth?"`, `Chapter 3
/// "…"`) names a title in any case; a quotation after a comma (`In episode 41, "…"`), or
/// after a number that numbers nothing named, is still a quotation.
#[test]
fn a_numbered_work_names_its_title_in_sentence_case() {
    let e = extract_as(
        DocKind::Text,
        "SLEEP, SORT OF - Episode 41: \"Is eight hours a myth or a rule?\"\n\n\
         Chapter 3 \u{201c}The long road back to the valley\u{201d} opens in winter.\n\n\
         In episode 41, \"sleep is the most underrated tool we have,\" the host argues.\n\n\
         By 2024: \"the clinic will close its doors for good,\" the board said.\n",
    );
    assert_eq!(
        texts(&e),
        [
            "sleep is the most underrated tool we have,",
            "the clinic will close its doors for good,"
        ]
    );
}

/// A block quotation's header line is not what was said: an Obsidian callout's type and
/// title (`> [!quote] From the interview`, folded `[!cite]-`) or a reply's `@user wrote:`;
/// a callout whose type is a note's (`[!note]`) stays no quotation at all.
#[test]
fn block_quote_header_lines_are_left_out_of_the_quote() {
    let e = extract_as(
        DocKind::Markdown,
        "Reading notes.\n\n> [!quote] From the interview\n> The archive was never meant to \
         be complete, only honest about its gaps.\n\n> [!cite]- Folded\n> A second callout \
         passage that runs over several words here.\n\n> [!note] Remember\n> Check the \
         dates against the minutes before the next meeting.\n\nA thread:\n\n> @kmaier \
         wrote:\n> > The regression came in with the new allocator and nothing else.\n>\n> \
         I agree with this, the timing lines up.\n\n> On 3 May 2024, Ana Ruiz wrote:\n>\n> \
         The vote is postponed until the auditors have reported back.\n",
    );
    assert_eq!(
        texts(&e),
        [
            "The archive was never meant to be complete, only honest about its gaps.",
            "A second callout passage that runs over several words here.",
            "I agree with this, the timing lines up.",
            "The regression came in with the new allocator and nothing else.",
            "The vote is postponed until the auditors have reported back."
        ]
    );
}

/// A headline in brackets after the piece it heads (`Your report on the bypass ("Council
/// backs £90m road plan", 12 March)`), a name after an explicit naming word in any case
/// (`a group named "…"`, `med navnet »…«`) and a Japanese source named before によると are
/// no quotations; a quotation in brackets after a speaker still is.
#[test]
fn headlines_names_and_sources_in_quote_marks_are_no_quotations() {
    let e = extract_as(
        DocKind::Text,
        "Sir, Your report on the Hexley bypass (\"Council backs £90m road plan\", 12 March) \
         quotes the leader.\n\n\
         Sir, your front page of 2 October (\"Traders fury over Quay Street\nlanes\") was \
         wrong.\n\n\
         The minister disagreed (\"this policy has failed every family it touched\").\n\n\
         Her report (\"the worst winter for the service in a decade\", one official said) \
         was leaked.\n\n\
         A Facebook group named \"hands off our wood stoves now\" has grown.\n\n\
         En gruppe med navnet »Hænderne væk fra vores brændeovne« har 12.000 medlemmer.\n\n\
         文化庁が公表した「国語に関する世論調査をめぐる最新の結果」によると、割合が過去最高になった。\n",
    );
    assert_eq!(
        texts(&e),
        [
            "this policy has failed every family it touched",
            "the worst winter for the service in a decade"
        ]
    );
}
