//! Property tests of quote verification: whatever the page and the quote, no panic and a
//! coherent result; words copied from a page verify; one word changed, or one dropped without
//! an ellipsis, is a misquote that names the word; a stretch left out behind an ellipsis still
//! verifies.
//!
//! Pages are generated HTML articles (paragraphs, inline markup, entities, curly quotes,
//! numbers, accents) and the quotes are taken from the generated words, so what the page
//! says is known without asking the code under test.

use citecheck::model::{DiffKind, Quote, QuoteResult, Verdict};
use citecheck::verify::{verify_quote, Candidate, SourceText, VerifyOptions};
use proptest::prelude::*;

const URL: &str = "https://sources.example.org/page.html";

/// A word that no generated page holds.
const STRANGER: &str = "zqxjvbw";

/// Words of the generated pages, as a reader sees them: letters, accents, apostrophes,
/// hyphens, numbers, negations and limiters, and punctuation attached to words.
const VOCAB: &[&str] = &[
    "the",
    "groundwater",
    "levels",
    "fell",
    "across",
    "valley",
    "between",
    "farmers",
    "reported",
    "council",
    "meters",
    "district",
    "rainfall",
    "winter",
    "summer",
    "wells",
    "pumping",
    "licence",
    "survey",
    "found",
    "that",
    "most",
    "of",
    "rivers",
    "ran",
    "dry",
    "Kestrel",
    "Ashby",
    "Morwen",
    "café",
    "naïve",
    "don't",
    "it’s",
    "O’Neill",
    "well-known",
    "long-term",
    "1.8",
    "2023",
    "40%",
    "£3,200",
    "not",
    "never",
    "only",
    "no",
    "said,",
    "year.",
    "(roughly)",
    "“broadly",
    "accepted”",
    "—",
    "however;",
    "§4",
    "R&D",
    "Ōtaki",
];

/// The HTML of a page holding `words` as its visible text: paragraphs break between some
/// words, and some words are wrapped in inline markup (which never splits a word).
fn page_html(words: &[&str], breaks: &[bool], marks: &[u8]) -> String {
    let mut body = String::from("<p>");
    for (i, w) in words.iter().enumerate() {
        let w = w.replace('&', "&amp;");
        let w = match marks.get(i).copied().unwrap_or(0) % 6 {
            1 => format!("<em>{w}</em>"),
            2 => format!("<strong>{w}</strong>"),
            3 => format!("<a href=\"/x{i}\">{w}</a>"),
            4 => format!("<span class=\"s\">{w}</span>"),
            _ => w,
        };
        body.push_str(&w);
        if breaks.get(i).copied().unwrap_or(false) {
            body.push_str("</p>\n<p>");
        } else {
            body.push(' ');
        }
    }
    body.push_str("</p>");
    format!(
        "<!DOCTYPE html><html><head><title>Water report</title></head><body><article>\
         <h1>Water report</h1>{body}</article></body></html>"
    )
}

fn verify(src: &SourceText, text: &str) -> QuoteResult {
    verify_quote(
        &Quote::citing(text, URL),
        "article.md",
        &[Candidate {
            url: URL,
            source: Ok(src),
        }],
        &VerifyOptions::default(),
    )
}

/// What holds for any result: the score is a share, a verified quote has no differences, a
/// misquote has some, and the evidence is the page's own text.
fn coherent(r: &QuoteResult, src: &SourceText) -> Result<(), TestCaseError> {
    prop_assert!(
        (0.0..=1.0).contains(&r.score),
        "score {} out of range",
        r.score
    );
    match r.verdict {
        Verdict::Verified => {
            prop_assert!(r.differences.is_empty(), "verified with differences: {r:?}");
            prop_assert!(r.matched_text.is_some(), "verified without evidence: {r:?}");
        }
        Verdict::Altered => {
            prop_assert!(
                !r.differences.is_empty(),
                "altered without differences: {r:?}"
            );
            prop_assert!(r.score < 1.0, "altered, scoring 1: {r:?}");
        }
        _ => {}
    }
    if let Some(m) = &r.matched_text {
        // The evidence shows the page's words without the characters it does not show (a
        // soft hyphen, a zero-width space: README, `matched_text`).
        let shown: String = src
            .text
            .chars()
            .filter(|&c| !citecheck::verify::normalize::is_unshown(c))
            .collect();
        for piece in m.split(" \u{2026} ") {
            prop_assert!(
                shown.contains(piece),
                "evidence {piece:?} is not the page's text"
            );
        }
    }
    Ok(())
}

/// Verifies `text` against `src`: a coherent result with verdict `want`.
fn expect(src: &SourceText, text: &str, want: Verdict) -> Result<QuoteResult, TestCaseError> {
    let r = verify(src, text);
    coherent(&r, src)?;
    prop_assert_eq!(r.verdict, want, "{:?}: {}", text, r.detail);
    Ok(r)
}

/// A page of 30–120 generated words, with its paragraph breaks and inline markup.
fn page() -> impl Strategy<Value = (Vec<&'static str>, Vec<bool>, Vec<u8>)> {
    (30usize..120).prop_flat_map(|n| {
        (
            prop::collection::vec(prop::sample::select(VOCAB), n),
            prop::collection::vec(prop::bool::weighted(0.08), n),
            prop::collection::vec(any::<u8>(), n),
        )
    })
}

/// A page of 30 or more words, none repeated: where a misquote's words are on the page is
/// then never in doubt (on a page of few distinct words a shortened run may stand elsewhere
/// as it is, or with another word changed, and that is the better match).
fn distinct_page() -> impl Strategy<Value = (Vec<&'static str>, Vec<bool>, Vec<u8>)> {
    (
        Just(VOCAB.to_vec()).prop_shuffle(),
        30usize..=VOCAB.len(),
        prop::collection::vec(prop::bool::weighted(0.08), VOCAB.len()),
        prop::collection::vec(any::<u8>(), VOCAB.len()),
    )
        .prop_map(|(mut words, n, breaks, marks)| {
            words.truncate(n);
            (words, breaks, marks)
        })
}

/// Whether a word has something to match (a letter or digit), rather than being punctuation.
fn is_word(w: &str) -> bool {
    w.chars().any(char::is_alphanumeric)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any page, read as HTML and as text, and any quote (ellipses, brackets, quote marks,
    /// digits): no panic, and a coherent result.
    #[test]
    fn any_page_and_quote_give_a_coherent_result(
        page in "(?s)([a-zA-Z0-9 \n<>/=\"'“”‘’&;#.,…\\[\\]()\\-–—é\u{301}\u{ad}\u{200b}ﬁ]|<p>|</p>|<br>|<script>|<nav>|</nav>){0,400}",
        text in "([a-zA-Z0-9 \"'“”‘’.,…\\[\\]()\\-–—é\u{301}]|\\[sic\\]|\\[\\.\\.\\.\\]| not | only ){0,80}",
    ) {
        for src in [SourceText::from_html(&page), SourceText::from_text(page.clone())] {
            let r = verify(&src, &text);
            coherent(&r, &src)?;
        }
    }

    /// A run of words copied from the page (across paragraphs and markup) is verified.
    #[test]
    fn words_copied_from_the_page_verify(
        (words, breaks, marks) in page(),
        at in any::<prop::sample::Index>(),
        len in 1usize..25,
    ) {
        let src = SourceText::from_html(&page_html(&words, &breaks, &marks));
        let start = at.index(words.len());
        let end = (start + len).min(words.len());
        let run = &words[start..end];
        prop_assume!(run.iter().any(|w| is_word(w)));
        expect(&src, &run.join(" "), Verdict::Verified)?;
    }

    /// One word of a copied run changed to a word the page never holds: a misquote, and the
    /// difference shows the new word.
    #[test]
    fn one_word_changed_is_altered(
        (words, breaks, marks) in distinct_page(),
        at in any::<prop::sample::Index>(),
        which in any::<prop::sample::Index>(),
        len in 8usize..25,
    ) {
        let src = SourceText::from_html(&page_html(&words, &breaks, &marks));
        let start = at.index(words.len() - 8);
        let end = (start + len).min(words.len());
        let mut run: Vec<&str> = words[start..end].to_vec();
        let targets: Vec<usize> = (0..run.len()).filter(|&k| is_word(run[k])).collect();
        prop_assume!(targets.len() >= 8);
        let k = targets[which.index(targets.len())];
        run[k] = STRANGER;
        let r = expect(&src, &run.join(" "), Verdict::Altered)?;
        prop_assert!(
            r.differences.iter().any(|d| d.quote.contains(STRANGER)),
            "no difference names {}: {:?}", STRANGER, r.differences
        );
    }

    /// One word of a copied run left out without an ellipsis: a misquote, and the difference
    /// shows the word the source has.
    #[test]
    fn a_word_dropped_without_an_ellipsis_is_altered(
        (words, breaks, marks) in distinct_page(),
        at in any::<prop::sample::Index>(),
        which in any::<prop::sample::Index>(),
        len in 10usize..25,
    ) {
        let src = SourceText::from_html(&page_html(&words, &breaks, &marks));
        let start = at.index(words.len() - 10);
        let end = (start + len).min(words.len());
        let mut run: Vec<&str> = words[start..end].to_vec();
        // Not the first or last word (a quote may start or end anywhere on the page), and
        // one word (the page's "R&D" is two, as is "40%", read "40 percent": dropping both
        // just after the quote's first word is, by edit count, the first word changed).
        let targets: Vec<usize> = (1..run.len() - 1)
            .filter(|&k| is_word(run[k]) && !run[k].contains(['&', '-', '%']))
            .filter(|&k| run[..k].iter().any(|w| is_word(w)))
            .filter(|&k| run[k + 1..].iter().any(|w| is_word(w)))
            // Nor a word between a quotation's close and the next one's opening, a dash
            // perhaps between (`accepted” said, “broadly`, `accepted” fell — “broadly`): the
            // page's quotation is joined over it.
            .filter(|&k| {
                !(run[k - 1].ends_with('\u{201D}')
                    && run[k + 1..]
                        .iter()
                        .take(2)
                        .any(|w| w.starts_with('\u{201C}')))
            })
            .collect();
        prop_assume!(targets.len() >= 8);
        let k = targets[which.index(targets.len())];
        let dropped = run.remove(k);
        let r = expect(&src, &run.join(" "), Verdict::Altered)?;
        let core = dropped.trim_matches(|c: char| !c.is_alphanumeric());
        prop_assert!(
            r.differences.iter().any(|d| {
                d.kind == DiffKind::Dropped && d.source.contains(core)
            }),
            "no difference shows the dropped {:?}: {:?}", dropped, r.differences
        );
    }

    /// A stretch of a copied run left out behind an ellipsis: still verified (unless it is a
    /// few words with a negation among them, which the joined words reverse: `altered`).
    #[test]
    fn a_stretch_behind_an_ellipsis_still_verifies(
        (words, breaks, marks) in page(),
        at in any::<prop::sample::Index>(),
        cut in any::<prop::sample::Index>(),
        gap in 1usize..6,
        ellipsis in prop::sample::select(&["…", "...", "[…]", "[...]", ". . ."][..]),
    ) {
        let src = SourceText::from_html(&page_html(&words, &breaks, &marks));
        let start = at.index(words.len() - 20);
        let run = &words[start..start + 20];
        let a = 1 + cut.index(18 - gap);
        let (head, tail) = (&run[..a], &run[a + gap..]);
        prop_assume!(head.iter().any(|w| is_word(w)) && tail.iter().any(|w| is_word(w)));
        let text = format!("{} {ellipsis} {}", head.join(" "), tail.join(" "));
        let r = verify(&src, &text);
        coherent(&r, &src)?;
        // The parts are found earliest first, which on a page of repeated words may not be
        // where they were copied from: what the ellipsis leaves out there is what counts.
        let negation_left_out = !r.differences.is_empty()
            && r.differences.iter().all(|d| {
                d.note.as_deref() == Some("negation removed: the ellipsis leaves it out")
            });
        if !(r.verdict == Verdict::Altered && negation_left_out) {
            prop_assert_eq!(r.verdict, Verdict::Verified, "{:?}: {}", text, r.detail);
        }
    }
}

/// Quotes longer than the matcher's alignment stretch (`ALIGN_SEGMENT` words) are aligned a
/// stretch at a time: a word changed or dropped anywhere, at the stretches' seams too, is
/// still found and named, and an unchanged long quote verifies.
#[test]
fn long_quotes_are_aligned_in_stretches() {
    use citecheck::verify::matcher::ALIGN_SEGMENT;
    let mut rng = fastrand::Rng::with_seed(7);
    let words: Vec<String> = (0..8_000)
        .map(|_| format!("w{}", rng.u32(0..50_000)))
        .collect();
    let src = SourceText::from_text(words.join(" "));
    let (from, len) = (1_500, 2 * ALIGN_SEGMENT + 500);
    let copied = &words[from..from + len];

    let r = verify(&src, &copied.join(" "));
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);

    for at in [
        3,
        ALIGN_SEGMENT - 1,
        ALIGN_SEGMENT,
        ALIGN_SEGMENT + 1,
        2 * ALIGN_SEGMENT,
        len - 4,
    ] {
        let mut changed = copied.to_vec();
        changed[at] = STRANGER.to_string();
        let r = verify(&src, &changed.join(" "));
        assert_eq!(r.verdict, Verdict::Altered, "changed at {at}: {}", r.detail);
        // 2,499 words of 2,500: only a verified quote scores 1.
        assert!(r.score < 1.0, "changed at {at}: score {}", r.score);
        assert!(
            r.differences.iter().any(|d| d.kind == DiffKind::Changed
                && d.quote == STRANGER
                && d.source == copied[at]),
            "changed at {at}: {:?}",
            r.differences
        );

        let mut dropped = copied.to_vec();
        let gone = dropped.remove(at);
        let r = verify(&src, &dropped.join(" "));
        assert_eq!(r.verdict, Verdict::Altered, "dropped at {at}: {}", r.detail);
        assert!(
            r.differences
                .iter()
                .any(|d| d.kind == DiffKind::Dropped && d.source == gone),
            "dropped at {at}: {:?}",
            r.differences
        );
        assert_eq!(
            r.differences.len(),
            1,
            "dropped at {at}: {:?}",
            r.differences
        );
    }
}
