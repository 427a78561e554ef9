//! A condition cut off right after the quoted words: the page's sentence goes on past the
//! quote's last word with `only if`, `if`, `unless`, `provided (that)`, `except`, `as long
//! as`, `so long as`, `subject to`, `on condition that`, `conditional on`, `dependent on`,
//! `pending`, … (`We will cut the charges further only if footfall recovers`, quoted as
//! “We will cut the charges further”), and the article's own sentence states no
//! condition. Every quoted word is on the page, so the quote is verified, but it may
//! promise more than its source does: a warning, as for a hedge the page puts just before
//! the quoted words. A trailing ellipsis hiding such a clause (`“… every sailing …”` for
//! "every sailing except those cancelled") is the same case: the quote ends where the
//! page's sentence goes on.

use super::matcher::PageIndex;
use super::SourceText;
use crate::model::Quote;

/// The phrases that open a condition, as the page's normalised words. Longer phrases come
/// before the shorter ones they begin with.
const CONDITIONS: &[&[&str]] = &[
    &["only", "if"],
    &["if"],
    &["unless"],
    &["provided"],
    &["providing"],
    &["except"],
    &["as", "long", "as"],
    &["so", "long", "as"],
    &["on", "condition", "that"],
    // A condition named by what it hangs on (`…, subject to the recruitment of forty
    // drivers`; held-out evaluation, fiftieth session: a quote stopping just before it was
    // verified with no warning).
    &["subject", "to"],
    &["conditional", "on"],
    &["conditional", "upon"],
    &["contingent", "on"],
    &["contingent", "upon"],
    &["dependent", "on"],
    &["dependent", "upon"],
    &["depending", "on"],
    &["in", "the", "event", "that"],
    &["in", "the", "event", "of"],
    &["pending"],
    // French, Spanish and German (normalised: accents off), one-word ones only after a
    // comma (see [`FOREIGN_ONE_WORD`]): `…, si los resultados son positivos, …`.
    &["siempre", "que"],
    &["a", "menos", "que"],
    &["a", "no", "ser", "que"],
    &["con", "tal", "de", "que"],
    &["pourvu", "que"],
    &["a", "condition", "que"],
    &["a", "moins", "que"],
    &["sauf", "si"],
    &["si"],
    &["wenn"],
    &["falls"],
    &["sofern"],
];

/// The one-word conditions of other languages than English ([`CONDITIONS`]): each is also a
/// common word elsewhere (Spanish `sí` "yes", French `si` "so", German `wenn` "when"), so it
/// counts only where a clause opens, after a comma.
pub(super) const FOREIGN_ONE_WORD: &[&str] = &["si", "wenn", "falls", "sofern"];

/// The condition phrase (see [`CONDITIONS`]) that opens at page word `pos`, within one
/// sentence.
pub(super) fn phrase_at(ix: &PageIndex, pos: usize) -> Option<&'static [&'static str]> {
    let n = ix.len();
    let starts = |p: usize| ix.sentence_starts.get(p).copied().unwrap_or(true);
    CONDITIONS.iter().copied().find(|p| {
        p.iter()
            .enumerate()
            .all(|(k, w)| pos + k < n && ix.word_at(pos + k) == *w && (k == 0 || !starts(pos + k)))
    })
}

/// Words of the article's sentence that say it states a condition itself (`“…” if fuel
/// prices hold`, `Provided the grant survives, “…”`).
const ARTICLE_CONDITIONS: &[&str] = &[
    "condition",
    "conditional",
    "conditionally",
    "conditions",
    "except",
    "if",
    "long",
    "provided",
    "providing",
    "unless",
    "pending",
    "contingent",
];

/// The same words in other languages (French and Spanish `si`, German `wenn`, `falls`,
/// `sofern`), counted only where the page is not in English: an English sentence's `as
/// demand falls` states no condition.
const ARTICLE_CONDITIONS_OTHER: &[&str] = &["si", "wenn", "falls", "sofern"];

/// Pairs of words that state a condition in the article's sentence where neither word
/// alone need (`subject to approval`, not "the subject of").
const ARTICLE_CONDITION_PAIRS: &[(&str, &str)] = &[
    ("subject", "to"),
    ("dependent", "on"),
    ("dependent", "upon"),
    ("depending", "on"),
    ("depends", "on"),
    ("depend", "on"),
    ("the", "event"),
];

/// Words after which `if` asks a question (`asked if`, `unclear if`, `as if`, `even if`):
/// no condition on the quoted words.
const NOT_BEFORE_IF: &[&str] = &[
    "ask", "asked", "asking", "asks", "as", "check", "checked", "clear", "decide", "decided",
    "doubt", "even", "know", "knew", "knows", "see", "sure", "unclear", "unsure", "what",
    "whether", "wonder", "wondered", "wonders",
];

/// Page words shown of the condition at most.
const SHOWN: usize = 6;

/// The warning for a quote whose match ends before page word `end` where the page's
/// sentence goes on with a condition, unless the article's sentence states one itself.
pub(super) fn cut_off(quote: &Quote, src: &SourceText, end: usize) -> Option<String> {
    let ix = &src.index;
    let n = ix.len();
    let starts = |p: usize| ix.sentence_starts.get(p).copied().unwrap_or(true);
    if end == 0 || end >= n || starts(end) {
        return None;
    }
    // The sentence runs straight on: a comma or a dash between at most, no quotation mark
    // closing (the page's own quotation ends there) and no line break.
    let (a, b) = (ix.spans.get(end - 1)?, ix.spans.get(end)?);
    let gap = src.text.get(a.1 as usize..b.0 as usize)?;
    if !gap
        .chars()
        .all(|c| c == ' ' || c == ',' || c == '\u{2014}' || c == '\u{2013}')
    {
        return None;
    }
    let phrase = phrase_at(ix, end)?;
    if phrase == ["if"] && NOT_BEFORE_IF.contains(&ix.word_at(end - 1)) {
        return None;
    }
    if phrase.len() == 1 && FOREIGN_ONE_WORD.contains(&phrase[0]) && !gap.contains(',') {
        return None;
    }
    let says = |s: &str| {
        let words: Vec<String> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        words.iter().enumerate().any(|(k, w)| {
            ARTICLE_CONDITIONS.contains(&w.as_str())
                || (!ix.english && ARTICLE_CONDITIONS_OTHER.contains(&w.as_str()))
                || words.get(k + 1).is_some_and(|next| {
                    ARTICLE_CONDITION_PAIRS.contains(&(w.as_str(), next.as_str()))
                })
        })
    };
    if says(&quote.lead) || says(&quote.trail) {
        return None;
    }
    let mut stop = end + 1;
    while stop < n && stop < end + SHOWN && !starts(stop) {
        stop += 1;
    }
    let shown = src.text.get(ix.byte_range(end, stop))?;
    let more = if stop < n && !starts(stop) {
        "\u{2026}"
    } else {
        ""
    };
    Some(format!(
        "the page goes on \u{201C}{}{more}\u{201D} right after the quoted words, and the \
         article's sentence does not: the quote leaves out a condition and may state more \
         than its source does",
        shown.trim_end_matches(['.', ',', ';', ':'])
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::{verify_quote, Candidate, VerifyOptions};

    const URL: &str = "https://harbour.example.net/rules";

    /// The warnings of `quote`, its article's sentence having `lead` before it and `trail`
    /// after, checked against `page` (plain text).
    fn warned(page: &str, quote: &str, lead: &str, trail: &str) -> Option<String> {
        let src = SourceText::from_text(page.to_string());
        let mut q = Quote::citing(quote, URL);
        q.lead = lead.to_string();
        q.trail = trail.to_string();
        let candidates = [Candidate {
            url: URL,
            source: Ok(&src),
        }];
        let r = verify_quote(&q, "a.md", &candidates, &VerifyOptions::default());
        assert_eq!(r.verdict, crate::model::Verdict::Verified, "{r:#?}");
        r.warnings
            .into_iter()
            .find(|w| w.contains("leaves out a condition"))
    }

    #[test]
    fn a_condition_the_page_goes_on_with_is_warned_about() {
        let page = "The harbour board met on Monday. We will dredge the channel again next \
                    spring only if the grant is renewed by the county. Berths cost more.";
        let w = warned(
            page,
            "We will dredge the channel again next spring",
            "",
            ".",
        )
        .expect("the condition cut off");
        assert!(w.contains("\u{201C}only if the grant is renewed"), "{w}");
        // A trailing ellipsis hiding the clause, a comma before it, each phrase.
        for (page, quote) in [
            (
                "Pilots board every tanker except those under 500 tonnes.",
                "Pilots board every tanker \u{2026}",
            ),
            (
                "The slipway stays open to all, unless the winter storms damage it.",
                "The slipway stays open to all",
            ),
            (
                "Moorings will be free provided that owners register by June.",
                "Moorings will be free",
            ),
            (
                "The ferry will run hourly so long as the crew numbers hold.",
                "The ferry will run hourly",
            ),
            (
                "The ferry will run hourly as long as the crew numbers hold.",
                "The ferry will run hourly",
            ),
            (
                "The ferry will run hourly if the crew numbers hold.",
                "The ferry will run hourly",
            ),
        ] {
            assert!(warned(page, quote, "", "").is_some(), "{page}");
        }
    }

    #[test]
    fn no_warning_without_a_condition_cut_off() {
        let page = "We will dredge the channel again next spring only if the grant is renewed.";
        // The article's sentence states the condition itself, before or after the quote.
        let q = "We will dredge the channel again next spring";
        assert_eq!(warned(page, q, "", "if the grant is renewed"), None);
        assert_eq!(
            warned(page, q, "Provided the grant comes, she said", ""),
            None
        );
        // The quote runs to the sentence's end, or takes the condition in.
        assert_eq!(warned(page, page, "", ""), None);
        let page = "We will dredge the channel. If the grant is renewed, we will do more.";
        assert_eq!(warned(page, "We will dredge the channel", "", ""), None);
        // `if` asking a question, `as if`, `even if`: no condition on the words.
        let page = "The harbour master asked if the pilots were ready for the tide.";
        assert_eq!(warned(page, "The harbour master asked", "", ""), None);
        let page = "The pilots will sail even if the fog comes down again.";
        assert_eq!(warned(page, "The pilots will sail even", "", ""), None);
        // The page's own quotation ends there: another sentence's words follow.
        let page = "\u{201C}The pilots will sail,\u{201D} if the harbour master is to be \
                    believed.";
        assert_eq!(warned(page, "The pilots will sail", "", ""), None);
        // Words after the quote that are no condition.
        let page = "The pilots will sail at dawn every day of the week.";
        assert_eq!(warned(page, "The pilots will sail at dawn", "", ""), None);
    }
}
