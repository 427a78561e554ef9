//! Twenty-eighth session: right words, wrong speaker.

use citecheck::model::{QuoteResult, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_containing};

/// Whether a quote's result carries the wrong-speaker warning.
fn other_speaker(r: &QuoteResult) -> Option<&String> {
    r.warnings
        .iter()
        .find(|w| w.contains("whose words they are") && w.contains("'s,"))
}

/// Regression (eval-speakers): words a page gives to one person, quoted as another's, were
/// `verified` with no caveat: a transcript's other speaker (`CHAIR (Mr Hollis):`), a news
/// report's `said Pryce`, an economist a blogger quotes. They stay verified (the words are
/// on the page) with a warning naming both; the right speaker, a pronoun, a role and a page
/// that names nobody get none.
#[test]
fn words_the_page_gives_to_someone_else_are_warned_about() {
    let hearing = "<html><body><main><h1>Committee hearing, 4 March</h1>\
        <p>CHAIR (Mr Hollis): The tender for the ferry was frankly a scandal for the whole \
        coast.</p>\
        <p>DR SETHI: I would not use that word, but the tender was run in a hurry by people \
        who had never bought a boat.</p>\
        <p>CHAIR (Mr Hollis): Then who signed it off?</p></main></body></html>";
    let news = "<html><body><main><h1>Boatyard to close</h1>\
        <p>Staff at the yard heard the news at a meeting on Friday.</p>\
        <p>\u{201C}The yard will close in April and the work will move north,\u{201D} said \
        Pryce, the union's organiser. \u{201C}Nobody asked us.\u{201D}</p>\
        <p>\u{201C}We tried every buyer on the coast before we decided,\u{201D} she said.</p>\
        <p>Tess Marlow, the yard's owner, declined to comment.</p>\
        <p>The harbour's income fell by a third over the last five years of the lease.</p>\
        </main></body></html>";
    let blog = "<html><body><main><h1>Why the harbour shrinks</h1><p>I keep coming back to \
        one line. As the economist Ines Varga put it in a lecture last spring, \u{201C}a \
        harbour is a machine for turning patience into trade\u{201D}.</p></main></body></html>";
    let article = "# The ferry tender\n\n\
        Dr Amara Sethi told the committee that the tender was \u{201C}frankly a scandal for \
        the whole coast\u{201D} ([hearing](BASE/hearing)).\n\n\
        Sethi said the tender \u{201C}was run in a hurry by people who had never bought a \
        boat\u{201D} ([hearing](BASE/hearing)).\n\n\
        Tess Marlow, the yard's owner, confirmed that \u{201C}the yard will close in April \
        and the work will move north\u{201D} ([report](BASE/news)).\n\n\
        \u{201C}We tried every buyer on the coast before we decided,\u{201D} Marlow said \
        ([report](BASE/news)).\n\n\
        Marlow said the harbour's income \u{201C}fell by a third over the last five years of \
        the lease\u{201D} ([report](BASE/news)).\n\n\
        The blogger Tom Hale wrote that \u{201C}a harbour is a machine for turning patience \
        into trade\u{201D} ([blog](BASE/blog)).\n\n\
        As the owner put it, \u{201C}the yard will close in April and the work will move \
        north\u{201D} ([report](BASE/news)).\n";
    let report = check_article(
        vec![
            ("/hearing", Response::html(hearing)),
            ("/news", Response::html(news)),
            ("/blog", Response::html(blog)),
        ],
        article,
    );
    let warned = |part: &str| {
        let r = quote_containing(&report, part);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        other_speaker(r).cloned()
    };
    let w = warned("frankly a scandal").expect("the chair's words, given to the witness");
    assert!(w.contains("Hollis") && w.contains("Amara Sethi"), "{w}");
    assert_eq!(warned("run in a hurry"), None, "the witness's own words");
    let w = warned("yard will close in April").expect("the organiser's words, given to the owner");
    assert!(w.contains("Pryce") && w.contains("Tess Marlow"), "{w}");
    assert_eq!(
        warned("tried every buyer"),
        None,
        "`she said`: no name to compare"
    );
    assert_eq!(
        warned("fell by a third"),
        None,
        "the page's narration names nobody"
    );
    let w = warned("machine for turning patience")
        .expect("the economist's words, given to the blogger");
    assert!(w.contains("Ines Varga") && w.contains("Tom Hale"), "{w}");
    // The article names a role, not a person: nothing to compare.
    let role = report
        .quotes
        .iter()
        .filter(|q| q.text.contains("yard will close in April"))
        .nth(1)
        .expect("the role's quote");
    assert_eq!(other_speaker(role), None, "{role:#?}");
}

/// Regression (eval-speakers x03, x04): a question the answer repeats word for word was
/// warned about as a question, and so was one the article says was asked (`Asked whether
/// …`, where "Asked" fell outside the words read before the quote). A reporter's question,
/// labelled with the paper (`REPORTER (Harbour Gazette):`), is a question too.
#[test]
fn a_question_the_answer_repeats_or_the_article_asks_is_no_wrong_speaker() {
    let page = "<html><body><main><h1>Interview</h1>\
        <p>Question: Would you accept that the night ferry has been a disappointment this \
        year?</p>\
        <p>Answer: Yes. The night ferry has been a disappointment in every port except \
        Arles.</p>\
        <p>REPORTER (Harbour Gazette): Is the fare rise the only way to keep the boats \
        running?</p>\
        <p>Q: Has the discount scheme failed the people it was meant to help?</p>\
        <p>A: No, it has reached more families than we hoped.</p></main></body></html>";
    let article = "# Ferries\n\n\
        Delacroix conceded that \u{201C}the night ferry has been a disappointment\u{201D} \
        ([interview](BASE/i)).\n\n\
        Delacroix said \u{201C}the fare rise the only way to keep the boats running\u{201D} \
        ([interview](BASE/i)).\n\n\
        Asked whether the discount scheme \u{201C}failed the people it was meant to \
        help\u{201D}, Delacroix said no ([interview](BASE/i)).\n";
    let report = check_article(vec![("/i", Response::html(page))], article);
    let asked = |part: &str| {
        quote_containing(&report, part)
            .warnings
            .iter()
            .any(|w| w.contains("a question put to"))
    };
    assert!(!asked("night ferry has been"), "the answer repeats it");
    assert!(asked("fare rise the only way"), "a reporter's question");
    assert!(!asked("failed the people"), "the article says it was asked");
}
