//! Regressions from the forty-third session. Pages are built in memory. Each test failed on
//! the code before its fix.

use citecheck::model::{DiffKind, Verdict};

use crate::s27_brackets::{self, check_led};
use crate::s28_numbers::page;

/// A quote whose first half is the page's word for word and whose second half is invented
/// (`… and we are charging visitors double …` where the page goes on `… and we are watching
/// them around the clock`) scored under `--min-similarity` and was `not_found`, "nothing
/// close", though nine words in a row are the page's: it is `altered`, the invented words
/// shown against the page's. A run as long as half a short quote, or words a quote shares by
/// chance (a stock phrase), keeps the old verdict.
#[test]
fn half_a_quote_word_for_word_is_altered_not_nothing_close() {
    let src = page(&[
        "The city zoo has announced the birth of a healthy giant panda cub.",
        "\u{201C}Mother and cub are doing well, and we are watching them around the clock,\
         \u{201D} said the head keeper.",
        "The enclosure will stay closed to visitors until the spring.",
    ]);
    let r = check_led(
        "mother and cub are doing well, and we are charging visitors double to see them \
         from next week.",
        "The head keeper said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        r.differences
            .iter()
            .any(|d| d.kind != DiffKind::Dropped && d.quote.contains("charging visitors double")),
        "{r:#?}"
    );
    assert!(r.fragment_link.is_some(), "{r:#?}");
    // Five words shared with the page (a stock phrase) are chance: still nothing close.
    let r = check_led(
        "the birth of a healthy economy depends on the courage of its small traders and \
         their banks",
        "The mayor said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
}

/// Two words forty words apart each changed into the other (`In the minority …` and later
/// `a significant majority` where the page has `majority … minority`) were one `word order
/// changed` spanning the whole block quote, the page's passage shown from a sentence before
/// it: they are two words changed, each shown. Words swapped side by side stay a reordering.
#[test]
fn two_words_far_apart_swapped_are_two_changes() {
    let src = page(&[
        "The inspectorate published its annual report on the county's care homes.",
        "In the majority, residents were treated with dignity and kindness, and staff told us \
         they felt supported by their managers. But in a significant minority of homes, we \
         found the same problems year after year: too few staff on night shifts, medicines \
         recorded carelessly, and complaints from families that were logged and then ignored.",
        "The tunnel option is cheap but not safe, and that should worry everyone.",
    ]);
    let r = check_led(
        "In the minority, residents were treated with dignity and kindness, and staff told us \
         they felt supported by their managers. But in a significant majority of homes, we \
         found the same problems year after year: too few staff on night shifts, medicines \
         recorded carelessly, and complaints from families that were logged and then ignored.",
        "The report says:",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    let pairs: Vec<(&str, &str)> = r
        .differences
        .iter()
        .map(|d| (d.quote.as_str(), d.source.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [("minority", "majority"), ("majority", "minority")],
        "{r:#?}"
    );
    let r = check_led(
        "the tunnel option is safe but not cheap, and that should worry everyone",
        "The engineer said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        r.differences
            .iter()
            .any(|d| d.note.as_deref() == Some("word order changed")),
        "{r:#?}"
    );
}

/// A quote only in a hidden block of the page (`display:none`, `hidden`: a draft's line left
/// in the markup) was "nothing close to the quote", though the page holds it word for word:
/// it stays not found (the page does not show it), and the detail says where the words are.
#[test]
fn words_only_in_hidden_text_are_said_to_be_hidden() {
    let src = s27_brackets::page(
        "<html><body><main><article><h1>Layoffs</h1>\
         <p>The software firm will cut two hundred jobs, about a tenth of its staff.</p>\
         <div class=\"draft\" style=\"display: none\"><p>We over-hired during the pandemic \
         and the board <em>blames me</em> personally, the chief executive said.</p></div>\
         <p hidden>Investors forced our hand on this, a spokesperson said.</p>\
         </article></main></body></html>",
    );
    for quote in [
        "we over-hired during the pandemic and the board blames me personally",
        "investors forced our hand on this",
    ] {
        let r = check_led(quote, "The chief executive said", &src);
        assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
        assert!(r.detail.contains("only in text it hides"), "{r:#?}");
        assert!(r.fragment_link.is_none(), "{r:#?}");
    }
    let r = check_led(
        "the board will open a second office in the spring",
        "The chief executive said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    assert!(!r.detail.contains("hides"), "{r:#?}");
}

/// Words the page gives as reported speech (`Voss said the government would …, and that
/// councils which blocked development would lose funding`) quoted as the minister's own
/// were verified with no caveat (held-out evaluation): the page's paraphrase is not her
/// quotation. A page quoting her, or saying it in its own voice, or an article that gives the
/// words to no speaker, has no such warning.
#[test]
fn reported_speech_quoted_as_the_speakers_words_is_warned_about() {
    let src = page(&[
        "Voss said the government would build 300,000 homes a year by the end of the \
         parliament, and that councils which blocked development would lose funding.",
        "The minister told reporters \u{201C}every family deserves a secure home of its \
         own\u{201D} before leaving the site.",
        "Under the plan, starter homes will be offered first to key workers in each county.",
    ]);
    let reported = |r: &citecheck::model::QuoteResult| {
        r.warnings
            .iter()
            .find(|w| w.contains("reported speech"))
            .cloned()
    };
    let r = check_led(
        "councils which blocked development would lose funding",
        "Housing minister Eleanor Voss said:",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    let w = reported(&r).unwrap_or_else(|| panic!("{r:#?}"));
    assert!(w.contains("Voss said \u{2026} and that"), "{w}");
    let r = check_led(
        "every family deserves a secure home of its own",
        "The minister said",
        &src,
    );
    assert_eq!(reported(&r), None, "{r:#?}");
    let r = check_led(
        "starter homes will be offered first to key workers",
        "The minister said",
        &src,
    );
    assert_eq!(reported(&r), None, "{r:#?}");
    let r = check_led(
        "councils which blocked development would lose funding",
        "Under the plan,",
        &src,
    );
    assert_eq!(reported(&r), None, "{r:#?}");
}

/// The reported-speech warning names the page's speaker's words only when the article gives
/// the quote to the same person: a page's `Okafor stated that …` quoted as Wikipedia's own
/// words (`Wikipedia says`) is the page's text, rightly credited. A pronoun names no one.
#[test]
fn reported_speech_of_another_speaker_is_not_warned_about() {
    let src = page(&[
        "In 1921 Okafor stated that the harbour would never again flood the lower town.",
        "She added that the sea wall had been built too low from the start.",
    ]);
    let reported = |r: &citecheck::model::QuoteResult| {
        r.warnings.iter().any(|w| w.contains("reported speech"))
    };
    let r = check_led(
        "the harbour would never again flood the lower town",
        "The encyclopedia says",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(!reported(&r), "{r:#?}");
    let r = check_led(
        "the harbour would never again flood the lower town",
        "Okafor said",
        &src,
    );
    assert!(reported(&r), "{r:#?}");
    let r = check_led(
        "the sea wall had been built too low from the start",
        "Okafor said",
        &src,
    );
    assert!(reported(&r), "{r:#?}");
}

/// Hidden text in the page's furniture (a collapsed menu, a dialog) is no hidden text of
/// the page's: a quote found only there is "nothing close", as before.
#[test]
fn hidden_furniture_is_not_read_as_hidden_text() {
    let src = s27_brackets::page(
        "<html><body><nav hidden><p>Subscribe today and read every story we publish on the \
         harbour works</p></nav><main><article><h1>Harbour works</h1>\
         <p>The harbour board approved the dredging contract on Tuesday evening.</p>\
         <dialog style=\"display:none\"><p>Sign up for our newsletter about the valley \
         every single week</p></dialog></article></main></body></html>",
    );
    for quote in [
        "read every story we publish on the harbour works",
        "sign up for our newsletter about the valley every single week",
    ] {
        let r = check_led(quote, "The board said", &src);
        assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
        assert!(!r.detail.contains("hides"), "{r:#?}");
    }
}
