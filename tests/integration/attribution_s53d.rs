//! The fifty-third session's fourth pass on a continuation taking the citation of the
//! sentence before (`preceding`), from misses of a held-out evaluation: a speaker quoted in
//! British single marks (`‘…,’ Priya Shah said in a [statement](…).`) going on by surname.
//! Each rule has its negative cases beside it: another person going on, the sentence before
//! citing someone else's document.

use citecheck::model::Attribution;

use crate::support::{cited, extract_markdown};

const URL: &str = "https://example.org/statement";

/// The attributions and URLs of the quote starting `starts`.
fn how(e: &citecheck::model::Extraction, starts: &str) -> Vec<(Option<String>, Attribution)> {
    cited(e, starts)
        .into_iter()
        .map(|(_, url, how)| (url, how))
        .collect()
}

fn inherited() -> Vec<(Option<String>, Attribution)> {
    vec![(Some(URL.to_string()), Attribution::Preceding)]
}

/// Regression: `Shah added that the decision was ‘…’.` after `‘We have listened to
/// residents,’ Priya Shah said in a [statement](…).` was uncited (with `“…”` it was
/// cited): the speaker of the quotation before was read in double marks only, and a
/// sentence opening with a quotation has no subject of its own to name her.
#[test]
fn a_speaker_quoted_in_single_marks_goes_on() {
    for who in [
        "Shah added that",
        "Ms Shah added that",
        "Priya Shah went on to say that",
    ] {
        let md = format!(
            "# Ferry\n\n‘We have listened to residents,’ Priya Shah said in a \
             [statement]({URL}).\n\n{who} the decision was ‘not a U-turn but a pause for \
             breath’.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(
            how(&e, "We have listened"),
            vec![(Some(URL.to_string()), Attribution::Link)],
            "{who}"
        );
        assert_eq!(how(&e, "not a U-turn"), inherited(), "{who}");
    }
    // An apostrophe is no closing mark (`We’ve`, `council’s`).
    let md = format!(
        "# Ferry\n\n‘We’ve listened to residents,’ Priya Shah said in the council’s \
         [statement]({URL}).\n\nShah added that the decision was ‘not a U-turn but a pause \
         for breath’.\n"
    );
    let e = extract_markdown(&md);
    assert_eq!(how(&e, "not a U-turn"), inherited());
    // Someone else goes on.
    for who in ["Okafor added that", "Tom Shah added that"] {
        let md = format!(
            "# Ferry\n\n‘We have listened to residents,’ Priya Shah said in a \
             [statement]({URL}).\n\n{who} the decision was ‘not a U-turn but a pause for \
             breath’.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(how(&e, "not a U-turn"), vec![], "{who}");
    }
}
