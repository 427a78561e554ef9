//! The page's passage a quote not found seems to paraphrase: the words of a writer who
//! presents the page's statement in other words as a direct quote are not there, but most
//! of its main words are, close together. Naming that passage points a fact-checker to what
//! the quote should read.
//!
//! The quote's distinct main words (not function words, three letters or more, or a
//! number) vote with their places on the page, from the page's index (no scan of its
//! text): the window of about the quote's length holding the most of them, at least
//! [`MIN_SHARED`] and at least half, is the nearest passage. The cost is the number of
//! places those words have on the page (each word occurring more than
//! [`MAX_VOTER_POSTINGS`] times takes no part), sorted once.

use super::matcher::{PageIndex, MAX_VOTER_POSTINGS};
use super::quote_parse::{is_english_function_word, Elem, ParsedQuote};

/// The fewest of a quote's main words a passage must share to be named.
const MIN_SHARED: usize = 3;

/// The most places on the page the quote's words may have between them: its rarest words
/// vote, as many as fit (a quote's cost stays bounded on a page of megabytes).
const MAX_PLACES: usize = 100_000;

/// The most characters of the passage shown (cut at a word, `…` after).
const SHOWN_CHARS: usize = 300;
/// Most words of a window walked to count the sentences it runs into.
const MAX_WALK: usize = 4096;

/// Little words that say nothing of what a passage is about, beyond the function words a
/// bracket may stand for (see [`is_english_function_word`]).
const LITTLE: &[&str] = &[
    "and", "but", "nor", "not", "for", "from", "with", "without", "into", "onto", "upon", "about",
    "after", "before", "over", "under", "than", "then", "when", "where", "while", "also", "just",
    "very", "more", "most", "some", "any", "all", "each", "every", "such", "only", "own", "same",
    "other", "said", "says", "say", "out", "off", "too", "yet", "how", "why", "because", "there",
    "now", "between", "through", "during", "again", "once", "both", "until", "since", "though",
    "although", "whether", "which", "who", "what", "this", "that",
];

/// A passage of the page that shares a quote's main words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Nearest {
    /// The page's words, from the first shared word to the last, widened to the sentence
    /// around them where that is near, with `…` where cut.
    pub text: String,
    /// How many of the quote's distinct main words it has.
    pub shared: usize,
    /// How many distinct main words the quote has.
    pub of: usize,
    /// The page words `text` shows (`start..end`), for a link to the passage.
    pub start: usize,
    /// One past the last.
    pub end: usize,
}

fn is_main_word(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        || (w.chars().count() >= 3 && !is_english_function_word(w) && !LITTLE.contains(&w))
}

/// The passage of the page (`text`, indexed as `ix`) holding the most of the quote's
/// distinct main words within a window of about the quote's length: `None` when no window
/// holds [`MIN_SHARED`] of them and half.
pub(crate) fn nearest_passage(parsed: &ParsedQuote, text: &str, ix: &PageIndex) -> Option<Nearest> {
    let mut main: Vec<&str> = Vec::new();
    for part in &parsed.parts {
        for e in &part.elems {
            if let Elem::Word {
                norm, flex: None, ..
            } = e
            {
                if is_main_word(norm) && !main.contains(&norm.as_str()) {
                    main.push(norm);
                }
            }
        }
    }
    let need = MIN_SHARED.max(main.len().div_ceil(2));
    // The rarest words vote first, until [`MAX_PLACES`] places.
    let mut voting: Vec<(usize, &[u32])> = main
        .iter()
        .enumerate()
        .filter_map(|(k, w)| Some((k, ix.postings(ix.id(w)?))))
        .filter(|(_, p)| p.len() <= MAX_VOTER_POSTINGS)
        .collect();
    voting.sort_by_key(|(_, p)| p.len());
    // (page position, which main word)
    let mut places: Vec<(u32, usize)> = Vec::new();
    let mut voters = 0;
    for (k, p) in voting {
        if places.len() + p.len() > MAX_PLACES {
            break;
        }
        voters += 1;
        places.extend(p.iter().map(|&pos| (pos, k)));
    }
    if voters < need {
        return None;
    }
    places.sort_unstable();
    let words = parsed.words();
    let width = u32::try_from(words + words / 2).unwrap_or(u32::MAX).max(8);
    let mut counts = vec![0usize; main.len()];
    let (mut distinct, mut lo) = (0usize, 0usize);
    // (shared, sentences it runs into, span, first, last)
    let mut best: Option<(usize, usize, u32, u32, u32)> = None;
    for hi in 0..places.len() {
        let (pos, k) = places[hi];
        counts[k] += 1;
        if counts[k] == 1 {
            distinct += 1;
        }
        // Out of the window, or a word the window has again further on: dropped.
        while lo < hi && (pos - places[lo].0 >= width || counts[places[lo].1] > 1) {
            counts[places[lo].1] -= 1;
            if counts[places[lo].1] == 0 {
                distinct -= 1;
            }
            lo += 1;
        }
        // (A window short of the words needed is never the answer: not weighed.)
        if distinct < need || best.is_some_and(|b| distinct < b.0) {
            continue;
        }
        // Among windows as good, the one in the fewest sentences, then the shortest. (Only
        // the window's first `MAX_WALK` words are walked for it: a window of a pasted
        // section is not walked whole for every place.)
        let first = places[lo].0;
        let crossed = (first as usize + 1..=pos as usize)
            .take(MAX_WALK)
            .filter(|&p| ix.sentence_starts.get(p) == Some(&true))
            .count();
        let key = (distinct, crossed, pos - first);
        if best.is_none_or(|b| key.0 > b.0 || (key.0 == b.0 && (key.1, key.2) < (b.1, b.2))) {
            best = Some((distinct, crossed, pos - first, first, pos));
        }
    }
    let (shared, _, _, first, last) = best?;
    if shared < need {
        return None;
    }
    let (first, last) = (first as usize, last as usize + 1);
    let (text, start, end) = shown(text, ix, first, last, width as usize);
    Some(Nearest {
        text,
        shared,
        of: main.len(),
        start,
        end,
    })
}

/// Page words `a..b`, widened to the sentence around them where its start or end is a few
/// words away (`width` in all), whitespace folded, `…` where the passage cuts a sentence or runs past
/// [`SHOWN_CHARS`]; with the page words it shows (the widened range, to its cut).
fn shown(
    text: &str,
    ix: &PageIndex,
    mut a: usize,
    mut b: usize,
    width: usize,
) -> (String, usize, usize) {
    let starts = |p: usize| p == 0 || p >= ix.len() || ix.sentence_starts.get(p) == Some(&true);
    let spare = width.saturating_sub(b - a) / 2 + 6;
    // To the sentence's start where it is near, else from the first shared word (a heading
    // or byline run into the sentence is no part of it); to its end where that is near,
    // else a few words on.
    if !starts(a) {
        if let Some(k) = (1..=spare.min(a)).find(|&k| starts(a - k)) {
            a -= k;
        }
    }
    if !starts(b) {
        // Read on a little either way: the words after a passage continue it.
        b += (1..=spare).find(|&k| starts(b + k)).unwrap_or(spare);
        b = b.min(ix.len());
    }
    let body = crate::extract::fold_ws(text.get(ix.byte_range(a, b)).unwrap_or(""));
    let mut out = String::new();
    if !starts(a) {
        out.push('\u{2026}');
    }
    let cut = body.char_indices().nth(SHOWN_CHARS).map(|(k, _)| k);
    if let Some(k) = cut {
        let head = &body[..k];
        let head = head.rfind(' ').map_or(head, |s| &head[..s]);
        out.push_str(head.trim_end_matches([',', ';', ':']));
        out.push('\u{2026}');
        // The words the cut text still shows: those starting before its last character.
        let last = ix.spans.get(a).map_or(0, |s| s.0 as usize) + head.len();
        let shown_end = (a + 1..b)
            .find(|&p| ix.spans.get(p).is_none_or(|s| s.0 as usize >= last))
            .unwrap_or(b);
        return (out, a, shown_end);
    }
    out.push_str(&body);
    if starts(b) {
        // The sentence's own closing mark (`.`, `?”`), from the gap after its last word.
        let end = ix.spans.get(b - 1).map_or(0, |s| s.1 as usize);
        let after = text.get(end..).unwrap_or("");
        let mark: String = after
            .chars()
            .take_while(|c| !c.is_whitespace())
            .take(4)
            .collect();
        if mark.contains(['.', '!', '?']) && !mark.chars().any(char::is_alphanumeric) {
            out.push_str(&mark);
        }
    } else {
        out.push('\u{2026}');
    }
    (out, a, b)
}
