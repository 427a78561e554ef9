//! Regressions from the fifty-sixth session's one list of title abbreviations (`Capt.`,
//! `Det.`, `Fr.`, `Mx.` and the rest): the article's sentence before a quote is not cut at a
//! title's stop the old list lacked, so a question asked about `Capt. Ruiz` is still a
//! question (the reference-list side is in tests/integration/notes_s56_titles.rs).

use super::evaluation2::html;
use super::s55_verify::{check_after, warned};

/// An article asking whether someone said the words (`Did Capt. Ruiz really say`) ends its
/// quote with the question's mark: no statement was made a question.
#[test]
fn a_question_about_a_titled_speaker_adds_no_question_mark() {
    let src = html(
        "<p>The breakwater will be finished before the winter storms arrive, the harbour \
         master said on Monday.</p>",
    );
    for lead in [
        "Did Capt. Ruiz really say",
        "Why did Det. Insp. Quill insist that",
        "Did Fr. Doyle tell the parish that",
    ] {
        let r = check_after(
            "The breakwater will be finished before the winter storms arrive?",
            lead,
            &src,
        );
        assert!(!warned(&r, "question mark"), "{lead}: {:#?}", r.warnings);
    }
    // A statement about the same speaker still warns.
    let r = check_after(
        "The breakwater will be finished before the winter storms arrive?",
        "The harbour master, Capt. Ruiz, said",
        &src,
    );
    assert!(warned(&r, "question mark"), "{:#?}", r.warnings);
}
