//! Regressions from the fifty-second session's held-out evaluation: explanations an editor
//! can trust. A quote that runs from one speaker's turn into another's showed only the
//! second speaker's label as a word left out; two answers of an interview stitched together
//! were explained as words in another order; and a paraphrase after a verb of saying went
//! unwarned when the page's sentence quoted a phrase of its own earlier on.

use citecheck::model::{DiffKind, DisputeKind, QuoteResult, Verdict};

use super::s24_match::diffs;
use super::s49_check::check_served;

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         </head><body><main><article><h1>{title}</h1>{body}</article></main></body></html>"
    )
}

fn transcript(asker: &str) -> String {
    page(
        "Transcript: county budget meeting",
        &format!(
            "<p><strong>COUNCILLOR MARTA LINDQVIST:</strong> Good morning and welcome to the \
             budget meeting.</p>\
             <p><strong>COUNCILLOR MARTA LINDQVIST:</strong> Our roads budget rises by four \
             per cent this year, the largest rise in a decade.</p>\
             <p><strong>{asker}:</strong> Who pays for the new bridge?</p>\
             <p><strong>COUNCILLOR MARTA LINDQVIST:</strong> The county pays for the bridge. \
             Work starts in the autumn of next year.</p>\
             <p><strong>COUNCILLOR MARTA LINDQVIST:</strong> Thank you all.</p>"
        ),
    )
}

fn other_speaker(r: &QuoteResult) -> Vec<&str> {
    r.disputes
        .iter()
        .filter(|d| d.kind == DisputeKind::OtherSpeaker)
        .map(|d| d.message.as_str())
        .collect()
}

/// A resident's question and the councillor's answer quoted as the councillor's: the
/// councillor's label between them is no word the quote leaves out, and the quote joins two
/// people's words, whether the asker's label is one word said once (`RESIDENT:`, which was
/// not read as a turn at all, so the quote was `verified`) or a role of two (`LOCAL
/// RESIDENT:`).
#[test]
fn a_quote_running_into_another_speakers_turn_says_it_joins_two_peoples_words() {
    for asker in ["RESIDENT", "LOCAL RESIDENT"] {
        let quotes = check_served(
            &[("/meeting", transcript(asker))],
            "# Bridge\n\nLindqvist asked: \u{201C}Who pays for the new bridge? The county pays \
             for the bridge.\u{201D} according to the [transcript](BASE/meeting).\n",
        );
        assert_eq!(quotes.len(), 1, "{quotes:#?}");
        let r = &quotes[0];
        assert_eq!(r.verdict, Verdict::Altered, "{asker}: {r:#?}");
        assert_eq!(
            diffs(r),
            [(
                DiffKind::Dropped,
                "",
                "COUNCILLOR MARTA LINDQVIST",
                Some("another speaker's label: the quote joins two people's words")
            )],
            "{asker}: {r:#?}"
        );
        assert_eq!(
            other_speaker(r),
            [format!(
                "the quote joins two people's words: on the page \u{201C}Who pays for the \
                 new bridge?\u{201D} is {asker}'s and \u{201C}The county pays for the \
                 bridge\u{201D} is COUNCILLOR MARTA LINDQVIST's: check whose words they are"
            )],
            "{asker}: {r:#?}"
        );
        assert!(
            r.detail
                .contains("the quote runs over \u{201C}COUNCILLOR MARTA LINDQVIST\u{201D}"),
            "{}",
            r.detail
        );
        assert!(!r.detail.contains("without an ellipsis"), "{}", r.detail);
    }
    // One speaker's two paragraphs, the second's label saying again who speaks: a quote over
    // them is the speaker's own words, with no warning.
    let quotes = check_served(
        &[("/meeting", transcript("RESIDENT"))],
        "# Roads\n\nLindqvist said: \u{201C}Good morning and welcome to the budget meeting. Our \
         roads budget rises by four per cent this year\u{201D}, says the \
         [transcript](BASE/meeting).\n",
    );
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].verdict, Verdict::Verified, "{:#?}", quotes[0]);
    assert!(quotes[0].warnings.is_empty(), "{:#?}", quotes[0]);
}

const INTERVIEW: &str = "<p>Professor Samir Haddad runs the regional crop trial. This \
    interview has been edited.</p>\
    <p><strong>Radio North:</strong> Are the new seeds hardy enough?</p>\
    <p><strong>Prof Haddad:</strong> Every plot we have tested so far shows they survive a dry \
    summer. We have not tested them on clay soils.</p>\
    <p><strong>Radio North:</strong> When will the clay results come?</p>\
    <p><strong>Prof Haddad:</strong> I hope to publish the data next spring, but I cannot \
    guarantee that.</p>\
    <p><strong>Radio North:</strong> Some farmers say the trial was hurried.</p>\
    <p><strong>Prof Haddad:</strong> I understand the worry. The trial was quick, but it was not \
    hurried.</p>";

/// The opening of one answer and the close of an earlier one: the interviewer's question
/// between them holds most of the quote's words (`the trial was`), which read as the quote's
/// words in another order, over the question. Two passages joined, each half word for word.
#[test]
fn two_answers_stitched_together_are_passages_joined_not_a_word_order_change() {
    let quotes = check_served(
        &[(
            "/interview",
            page("Prof Haddad on the drought trial", INTERVIEW),
        )],
        "# Seeds\n\nHaddad said: \u{201C}The trial was quick, but I cannot guarantee \
         that.\u{201D} in an [interview](BASE/interview).\n",
    );
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    let r = &quotes[0];
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(r.differences.len(), 1, "{r:#?}");
    assert_eq!(
        r.differences[0].note.as_deref(),
        Some(citecheck::verify::PASSAGES_JOINED),
        "{r:#?}"
    );
    assert!(
        r.detail
            .starts_with("the quote joins two passages that stand apart"),
        "{}",
        r.detail
    );
    assert!(r.score >= 0.6, "{r:#?}");
}

const DEPOT: &str = "<p>The valley's new bus depot was approved by the planning board on \
    Monday after a two-hour debate.</p>\
    <p>Board chair Ana Mendes called the plan \u{2018}a fresh start\u{2019} for the valley and \
    said the company building the depot would employ 45 drivers.</p>\
    <p>Mendes told the board: \u{2018}We will open in May.\u{2019}</p>";

/// The words after `said` are the writer's account, not a quotation: a warning, though the
/// sentence put a phrase of its own (`‘a fresh start’`) in quotation marks before them. A
/// quotation still open before the words is the speaker's, and no paraphrase.
#[test]
fn reported_speech_after_a_closed_quotation_in_its_sentence_is_warned_about() {
    let quotes = check_served(
        &[("/depot", page("Depot plan approved", DEPOT))],
        "# Depot\n\nMendes said \u{201C}the company building the depot would employ 45 \
         drivers.\u{201D} according to the [report](BASE/depot).\n\n\
         Mendes said the depot \u{201C}will open in May\u{201D} in the [report](BASE/depot).\n",
    );
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert_eq!(quotes[0].verdict, Verdict::Verified, "{:#?}", quotes[0]);
    assert_eq!(
        quotes[0].warnings,
        [
            "on the page these words are reported speech (\u{201C}and said\u{201D}), the \
          writer's account of what was said, not a quotation: the article's quotation marks \
          give them as the speaker's own words"
        ],
        "{:#?}",
        quotes[0]
    );
    assert_eq!(quotes[1].verdict, Verdict::Verified, "{:#?}", quotes[1]);
    assert!(quotes[1].warnings.is_empty(), "{:#?}", quotes[1]);
}
