//! Thirty-first session, from the false-alarm evaluation of disputes: an article's sentence
//! that says the quoted words were asked, anywhere in it, keeps a question on the page from
//! being a dispute, though `asked` stands outside the few words before the quote that the
//! check had read (`Asked whether it was fair that she had been called “…”`); `told the
//! interviewer that “…”` still gives a question's words to the one answering.

use citecheck::model::DisputeKind;
use citecheck::server::Response;

use crate::support::{check_article, quote_result};

const QA: &str = "<html><head><title>Q&amp;A with the senator</title></head><body><main>\
    <h1>Q&amp;A with the senator</h1>\
    <p><strong>Reporter:</strong> You have been called the most stubborn person in the \
    chamber. Is that fair?</p>\
    <p><strong>Ambani:</strong> I take it as a compliment, frankly.</p>\
    <p><strong>Reporter:</strong> Is it fair to say the state's finances have never been in \
    better shape?</p>\
    <p><strong>Ambani:</strong> They have not. We still owe far too much.</p>\
    </main></body></html>";

const ARTICLE: &str = "# The senator\n\n\
    Asked whether it was fair that she had been called \u{201C}the most stubborn person in \
    the chamber\u{201D}, Ambani said she took it as a compliment.[^1]\n\n\
    \u{201C}The most stubborn person in the chamber\u{201D} is a label she wears well, she \
    said when asked about it.[^1]\n\n\
    Ambani told the interviewer that \u{201C}the state's finances have never been in better \
    shape\u{201D}.[^1]\n\n\
    [^1]: [Q&A](BASE/qa)\n";

#[test]
fn an_article_that_says_the_words_were_asked_is_no_dispute() {
    let report = check_article(vec![("/qa", Response::html(QA))], ARTICLE);
    let stubborn: Vec<_> = report
        .quotes
        .iter()
        .filter(|q| q.text.to_lowercase().starts_with("the most stubborn"))
        .collect();
    assert_eq!(stubborn.len(), 2, "{:?}", report.quotes);
    for q in stubborn {
        assert!(q.disputes.is_empty(), "{}: {:?}", q.text, q.disputes);
    }
    let finances = quote_result(&report, "the state's finances");
    assert!(
        finances
            .disputes
            .iter()
            .any(|d| d.kind == DisputeKind::Interviewer),
        "{:?}",
        finances.warnings
    );
}
