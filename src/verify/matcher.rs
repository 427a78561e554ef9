//! Finding a quote part in a page's words: exact first, then approximate.
//!
//! The page is indexed once ([`PageIndex`]): every word gets an id, and every id a list of
//! the positions where it occurs. A quote part is compiled against that vocabulary into
//! [`Pat`]s.
//!
//! - **Exact search** anchors on the part's rarest word, then checks the words around each
//!   occurrence (wildcards of `[the President]` kind may take 0–6 words, but never a
//!   negation, limiter or number). Cost: proportional to how often the rarest word occurs.
//! - **Approximate search** (only for parts of 4 words or more) lets the part's up to 8
//!   rarest words vote for where the part would start on the page, keeps the 3 best-voted
//!   places (places near each other, as the two halves of a quote joined across left-out
//!   words vote for, are one window), and aligns the part there with a word-level edit
//!   distance (substitution and insertion of a word each cost 1, and so does a run of
//!   deleted page words, however long; the page's words before and after the passage are
//!   free). The **score** of an alignment is
//!   `matched / (matched + changed + added + runs of dropped words)`, counted in words: 1.0
//!   only when the words are identical, 0.95 for one word changed or dropped in twenty.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::normalize::{
    is_english, is_limiter, is_negation, is_number, is_spaceless, normalize, spelling_key, tokenize,
};
use super::quote_parse::{Elem, QuotePart, MAX_WILDCARD_WORDS};

/// A small, fast hasher for word keys (FxHash's multiply-rotate); collision resistance does
/// not matter for a per-page vocabulary.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Word flag: a negation.
pub const NEG: u8 = 1;
/// Word flag: a negation or limiter.
pub const LIMIT: u8 = 2;
/// Word flag: a number.
pub const NUM: u8 = 4;

/// Words occurring more often than this take no part in voting (they say nothing about
/// where a passage is).
pub const MAX_VOTER_POSTINGS: usize = 50_000;

/// How many of a quote's rarest words vote when every one of them occurs more often than
/// [`MAX_VOTER_POSTINGS`].
const FALLBACK_VOTERS: usize = 4;

/// A page's words, indexed.
#[derive(Debug, Clone, Default)]
pub struct PageIndex {
    /// Word id at each position.
    pub ids: Vec<u32>,
    /// Byte range in the page's text of the word at each position.
    pub spans: Vec<(u32, u32)>,
    vocab: FxMap<String, u32>,
    /// The normalised word for each id.
    pub words: Vec<String>,
    postings: Vec<Vec<u32>>,
    /// [`NEG`]/[`LIMIT`]/[`NUM`] flags for each id.
    pub flags: Vec<u8>,
    /// Words hyphenated across a line break (`modern-⏎ised`), joined (`modernised`): the
    /// ids of the two halves, for each place the page breaks the word (`mor-⏎tality` and
    /// `mortal-⏎ity`), in page order. The page offers both readings there, so a quote may
    /// have the joined word or the two halves (`long-term` for `long-⏎term`).
    broken: FxMap<String, Vec<(u32, u32)>>,
    /// Whether a sentence ends between the word before each position and the word at it
    /// (see [`is_sentence_gap`]).
    pub sentence_starts: Vec<bool>,
    /// Whether a double quotation mark (`“ ” " « » 「 」`) stands between the word before
    /// each position and the word at it: where the page's quotation of someone opens or
    /// closes (`…each way,” said Priya Odum`).
    pub quote_gaps: Vec<bool>,
    /// Whether the page reads as English (see [`is_english`]): there `2.000` is never
    /// `2000`.
    pub english: bool,
}

impl PageIndex {
    /// Indexes a text.
    #[must_use]
    pub fn build(text: &str) -> PageIndex {
        let n = normalize(text);
        let toks = tokenize(&n.text);
        let mut ix = PageIndex {
            ids: Vec::with_capacity(toks.len()),
            spans: Vec::with_capacity(toks.len()),
            english: is_english(&n.text),
            ..PageIndex::default()
        };
        for r in &toks {
            let raw = &n.text[r.clone()];
            // A word in one spelling (`colour` as `color`, see `spelling_key`): the
            // vocabulary holds both spellings for one id, and the spelling rules run once per
            // new word, not per occurrence.
            let id = if let Some(&id) = ix.vocab.get(raw) {
                id
            } else {
                let key = spelling_key(raw);
                let id = if let Some(&id) = ix.vocab.get(key.as_ref()) {
                    id
                } else {
                    let id = u32::try_from(ix.words.len()).unwrap_or(u32::MAX);
                    ix.vocab.insert(key.to_string(), id);
                    ix.words.push(key.to_string());
                    ix.postings.push(Vec::new());
                    ix.flags.push(word_flags(&key));
                    id
                };
                if key != raw {
                    ix.vocab.insert(raw.to_string(), id);
                }
                id
            };
            let pos = u32::try_from(ix.ids.len()).unwrap_or(u32::MAX);
            if let Some(p) = ix.postings.get_mut(id as usize) {
                p.push(pos);
            }
            ix.ids.push(id);
            let o = n.original_range(text, r.clone());
            ix.spans.push((
                u32::try_from(o.start).unwrap_or(u32::MAX),
                u32::try_from(o.end).unwrap_or(u32::MAX),
            ));
        }
        ix.sentence_starts = vec![false; ix.ids.len()];
        ix.quote_gaps = vec![false; ix.ids.len()];
        let raw_at = |pos: usize| {
            toks.get(pos)
                .and_then(|r| n.text.get(r.clone()))
                .unwrap_or("")
        };
        for pos in 1..ix.ids.len() {
            let (a, b) = (ix.spans[pos - 1], ix.spans[pos]);
            let gap = text.get(a.1 as usize..b.0 as usize).unwrap_or("");
            ix.sentence_starts[pos] = is_sentence_gap(gap, text.get(b.0 as usize..).unwrap_or(""));
            ix.quote_gaps[pos] = gap.contains([
                '\u{201C}', '\u{201D}', '"', '\u{AB}', '\u{BB}', '\u{300C}', '\u{300D}',
            ]);
            let ends_letter = text
                .get(..a.1 as usize)
                .and_then(|t| t.chars().next_back())
                .is_some_and(char::is_alphabetic);
            let starts_letter = text
                .get(b.0 as usize..)
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_alphabetic);
            // A soft hyphen (U+00AD) ending a line is one too: the gap holds it.
            if ends_letter && starts_letter && is_line_break_hyphen(gap) {
                let (ia, ib) = (ix.ids[pos - 1], ix.ids[pos]);
                // Keyed as a quote's word is (see `quote_parse`): the halves as written,
                // joined, then in one spelling. The halves' own keys joined would miss every
                // word whose spelling rule needs the whole word (`modern-⏎ised` is
                // `modernized`, though neither half is folded).
                // The halves joined from the page's own letters, then normalised whole: a
                // half normalising writes anew (`pro-⏎gramme`, whose `gramme` is the unit
                // `g`) joined as written would be `prog`, no word of any quote.
                let orig = |p: usize| {
                    ix.spans
                        .get(p)
                        .and_then(|&(s, e)| text.get(s as usize..e as usize))
                        .unwrap_or("")
                };
                let joined = if orig(pos).eq_ignore_ascii_case(raw_at(pos))
                    && orig(pos - 1).eq_ignore_ascii_case(raw_at(pos - 1))
                {
                    format!("{}{}", raw_at(pos - 1), raw_at(pos))
                } else {
                    normalize(&format!("{}{}", orig(pos - 1), orig(pos))).text
                };
                let joined = spelling_key(&joined).into_owned();
                let splits = ix.broken.entry(joined).or_default();
                if !splits.contains(&(ia, ib)) {
                    splits.push((ia, ib));
                }
            }
        }
        ix
    }

    /// The two halves of `word` at each place the page hyphenates it across a line break
    /// (one pair for each different split, in page order); empty when it never does.
    pub fn broken_halves<'a>(&'a self, word: &str) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.broken
            .get(word)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|&(a, b)| {
                Some((
                    self.words.get(a as usize)?.as_str(),
                    self.words.get(b as usize)?.as_str(),
                ))
            })
    }

    /// Number of words.
    #[must_use]
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the page has no words.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Id of a normalised word, if the page has it.
    #[must_use]
    pub fn id(&self, word: &str) -> Option<u32> {
        self.vocab.get(word).copied()
    }

    /// How many times the page has the word with this id.
    #[must_use]
    pub fn count_of(&self, id: u32) -> usize {
        self.postings(id).len()
    }

    /// Every distinct word of the page with how many times it occurs.
    pub fn vocabulary(&self) -> impl Iterator<Item = (&str, usize)> {
        self.words
            .iter()
            .zip(&self.postings)
            .map(|(w, p)| (w.as_str(), p.len()))
    }

    pub(crate) fn postings(&self, id: u32) -> &[u32] {
        self.postings.get(id as usize).map_or(&[], Vec::as_slice)
    }

    /// Flags of the word at a position.
    #[must_use]
    pub fn flags_at(&self, pos: usize) -> u8 {
        self.ids
            .get(pos)
            .and_then(|&id| self.flags.get(id as usize))
            .copied()
            .unwrap_or(0)
    }

    /// The normalised word at a position.
    #[must_use]
    pub fn word_at(&self, pos: usize) -> &str {
        self.ids
            .get(pos)
            .and_then(|&id| self.words.get(id as usize))
            .map_or("", String::as_str)
    }

    /// The page text between word `after` and the next (blanks, punctuation, quotation
    /// marks); empty past either end.
    #[must_use]
    pub fn gap_after<'t>(&self, text: &'t str, after: usize) -> &'t str {
        let (Some(a), Some(b)) = (self.spans.get(after), self.spans.get(after.wrapping_add(1)))
        else {
            return "";
        };
        text.get(a.1 as usize..b.0 as usize).unwrap_or("")
    }

    /// Byte range in the page text of positions `a..b`.
    #[must_use]
    pub fn byte_range(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        if a >= b || b > self.spans.len() {
            return 0..0;
        }
        self.spans[a].0 as usize..self.spans[b - 1].1 as usize
    }
}

/// Whether the text between two words (`gap`, with `next` the text from the second word on)
/// ends a sentence: a full stop, question or exclamation mark followed by a space or line
/// break (or a Chinese or Japanese one), or a blank line, before a word that does not start
/// in lower case (`code. The agency`, `code.\nThe agency`; not `e.g. the`, nor a line
/// wrapped in a PDF, `by\n1.8 degrees`).
#[must_use]
pub fn is_sentence_gap(gap: &str, next: &str) -> bool {
    if gap.contains(['\u{3002}', '\u{FF01}', '\u{FF1F}']) {
        return true;
    }
    if next.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    gap.matches('\n').count() >= 2
        || gap.char_indices().any(|(i, c)| {
            matches!(c, '.' | '!' | '?') && gap[i + 1..].contains(char::is_whitespace)
        })
}

/// Whether the text between two words is a hyphen ending a line: `-` (or U+2010, or a soft
/// hyphen, U+00AD) right after the first word, then only whitespace, with a line break in it.
/// Short, unless it is only line breaks: a PDF's furniture blanked (`flow_text`), such as
/// a running header between the two halves of a word hyphenated over a page break.
#[must_use]
pub fn is_line_break_hyphen(gap: &str) -> bool {
    let mut chars = gap.chars();
    matches!(chars.next(), Some('-' | '\u{2010}' | '\u{AD}'))
        && (gap.len() < 64 || chars.as_str().bytes().all(|b| b == b'\n'))
        && chars.clone().all(char::is_whitespace)
        && chars.any(|c| c == '\n' || c == '\r')
}

/// Flags for a normalised word.
#[must_use]
pub fn word_flags(w: &str) -> u8 {
    let mut f = 0;
    if is_negation(w) {
        f |= NEG;
    }
    if is_limiter(w) {
        f |= LIMIT;
    }
    if is_number(w) {
        f |= NUM;
    }
    f
}

/// One element of a quote part, compiled against a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pat {
    /// A word the page has.
    Id(u32),
    /// A word the page does not have: never matches.
    Unknown,
    /// A word edited with an attached bracket: the whole word, its fixed leading and
    /// trailing letters.
    Flex(String, String, String),
    /// A free-standing bracket.
    Wild,
}

/// Compiles a part against a page.
#[must_use]
pub fn compile(part: &QuotePart, ix: &PageIndex) -> Vec<Pat> {
    part.elems
        .iter()
        .map(|e| match e {
            Elem::Wild { .. } => Pat::Wild,
            Elem::Word {
                norm, flex: None, ..
            } => ix
                .id(norm)
                .or_else(|| {
                    number_alternative(norm)
                        .filter(|_| !ix.english)
                        .and_then(|a| ix.id(&a))
                })
                .or_else(|| ordinal_alternative(norm).and_then(|a| ix.id(a)))
                .map_or(Pat::Unknown, Pat::Id),
            Elem::Word {
                norm,
                flex: Some((a, b)),
                ..
            } => Pat::Flex(norm.clone(), a.clone(), b.clone()),
        })
        .collect()
}

/// The other reading of a number whose grouping is ambiguous, for a quote's number the
/// page lacks: `2.000` is `2000` where full stops group digits (German, Dutch, Turkish, …),
/// and `2000` may be written `2.000` there. Only a single group of three digits after one
/// full stop is ambiguous (`1.250.000` is `1250000` already, see the normaliser); a
/// number that differs in value never gets this far as the same word (`2.500` is no
/// `2000`).
fn number_alternative(word: &str) -> Option<String> {
    let b = word.as_bytes();
    let (prefix, digits) = word.split_at(
        word.find(|c: char| c.is_ascii_digit())
            .filter(|&k| k <= 4 && b[..k].iter().all(|&c| !c.is_ascii_alphanumeric()))?,
    );
    if let Some((int, frac)) = digits.split_once('.') {
        let ok = (1..=3).contains(&int.len())
            && frac.len() == 3
            && int.bytes().chain(frac.bytes()).all(|c| c.is_ascii_digit());
        return ok.then(|| format!("{prefix}{int}{frac}"));
    }
    let ok = (4..=6).contains(&digits.len())
        && digits.bytes().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0');
    ok.then(|| {
        let (int, frac) = digits.split_at(digits.len() - 3);
        format!("{prefix}{int}.{frac}")
    })
}

/// The other writing of the ordinal `2nd`, for a quote's word the page lacks: `second`,
/// which the normaliser leaves as it is where it may be the unit of time (`a second
/// later`), is `2nd` on a page that never writes `second`, and the other way round.
fn ordinal_alternative(word: &str) -> Option<&'static str> {
    match word {
        "2nd" => Some("second"),
        "second" => Some("2nd"),
        _ => None,
    }
}

fn flex_matches(full: &str, pre: &str, suf: &str, src: &str) -> bool {
    if src == full {
        return true;
    }
    // A bracketed change may alter a word's letters at one end, but never turn it into or
    // out of a negation or a number.
    let fixed = pre.chars().count() + suf.chars().count();
    fixed >= 2
        && word_flags(src) & (NEG | NUM) == 0
        && word_flags(full) & (NEG | NUM) == 0
        && src.starts_with(pre)
        && src.ends_with(suf)
        && src.len() >= pre.len() + suf.len()
        && src.chars().count() <= fixed + 4
}

/// Whether a compiled element matches the page word at `pos`.
#[must_use]
pub fn pat_matches(p: &Pat, ix: &PageIndex, pos: usize) -> bool {
    let Some(&tok) = ix.ids.get(pos) else {
        return false;
    };
    match p {
        Pat::Id(id) => *id == tok,
        Pat::Unknown | Pat::Wild => false,
        Pat::Flex(full, pre, suf) => flex_matches(full, pre, suf, ix.word_at(pos)),
    }
}

fn wild_may_take(ix: &PageIndex, pos: usize) -> bool {
    pos < ix.len() && ix.flags_at(pos) & (NEG | LIMIT | NUM) == 0
}

fn match_from(pats: &[Pat], ix: &PageIndex, mut i: usize, mut pos: usize) -> Option<usize> {
    while i < pats.len() {
        if pats[i] == Pat::Wild {
            for k in 0..=MAX_WILDCARD_WORDS {
                if k > 0 && !wild_may_take(ix, pos + k - 1) {
                    break;
                }
                if let Some(e) = match_from(pats, ix, i + 1, pos + k) {
                    return Some(e);
                }
            }
            return None;
        }
        if !pat_matches(&pats[i], ix, pos) {
            return None;
        }
        i += 1;
        pos += 1;
    }
    Some(pos)
}

/// The steps of the exact occurrence of `pats` that starts at page word `start`, as
/// [`exact_occurrences`] finds it (each free-standing bracket taking the fewest page words
/// that let the rest match): [`Op::Match`] for each word, [`Op::Wild`] for each bracket with
/// the page words it stands for. `None` when the part does not occur there.
#[must_use]
pub fn exact_ops(pats: &[Pat], ix: &PageIndex, start: usize) -> Option<Vec<Op>> {
    // Recursion only at brackets (a part has few), as in `match_from`.
    fn walk(pats: &[Pat], ix: &PageIndex, mut i: usize, mut pos: usize, ops: &mut Vec<Op>) -> bool {
        let mark = ops.len();
        while let Some(p) = pats.get(i) {
            if *p == Pat::Wild {
                for k in 0..=MAX_WILDCARD_WORDS {
                    if k > 0 && !wild_may_take(ix, pos + k - 1) {
                        break;
                    }
                    ops.push(Op::Wild(i, pos, pos + k));
                    if walk(pats, ix, i + 1, pos + k, ops) {
                        return true;
                    }
                    ops.pop();
                }
                ops.truncate(mark);
                return false;
            }
            if !pat_matches(p, ix, pos) {
                ops.truncate(mark);
                return false;
            }
            ops.push(Op::Match(i, pos));
            i += 1;
            pos += 1;
        }
        true
    }
    let mut ops = Vec::with_capacity(pats.len());
    walk(pats, ix, 0, start, &mut ops).then_some(ops)
}

/// Every exact occurrence (word positions `start..end`) of a compiled part, in page order, at
/// most `limit`.
#[must_use]
pub fn exact_occurrences(pats: &[Pat], ix: &PageIndex, limit: usize) -> Vec<(usize, usize)> {
    if pats.is_empty() || pats.contains(&Pat::Unknown) {
        return Vec::new();
    }
    // Anchor on the rarest known word; a part made only of bracket-edited words scans all.
    let anchor = pats
        .iter()
        .enumerate()
        .filter_map(|(k, p)| match p {
            Pat::Id(id) => Some((k, ix.postings(*id))),
            _ => None,
        })
        .min_by_key(|(_, p)| p.len());
    let mut starts: Vec<usize> = Vec::new();
    match anchor {
        Some((k, positions)) => {
            let fixed_before = pats[..k].iter().filter(|p| **p != Pat::Wild).count();
            let wild_before = pats[..k].iter().filter(|p| **p == Pat::Wild).count();
            for &p in positions {
                let p = p as usize;
                let hi = p.checked_sub(fixed_before);
                let Some(hi) = hi else { continue };
                let lo = hi.saturating_sub(wild_before * MAX_WILDCARD_WORDS);
                starts.extend(lo..=hi);
            }
            starts.sort_unstable();
            starts.dedup();
        }
        None => starts.extend(0..ix.len()),
    }
    let mut out = Vec::new();
    for s in starts {
        if let Some(e) = match_from(pats, ix, 0, s) {
            if out.last().is_none_or(|&(ls, _)| ls != s) {
                out.push((s, e));
            }
            if out.len() >= limit {
                break;
            }
        }
    }
    out
}

/// One step of an alignment between a quote part and the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Quote element `q` equals page word `t`.
    Match(usize, usize),
    /// Quote word `q` stands where the page has word `t`.
    Sub(usize, usize),
    /// Quote word `q` is not on the page.
    Add(usize),
    /// Page word `t` is left out of the quote.
    Drop(usize),
    /// Wildcard `q` takes page words `t0..t1`.
    Wild(usize, usize, usize),
}

/// The best approximate placement of a part.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// First page word of the passage.
    pub start: usize,
    /// One past the last page word.
    pub end: usize,
    /// The steps, in order.
    pub ops: Vec<Op>,
    /// `matched / (matched + changed + added + dropped)`.
    pub score: f64,
    /// Whether at least 80% of the quote's words are there, close together, but in another
    /// order (clauses swapped). Such a passage counts as found whatever its score.
    pub reordered: bool,
}

/// Whether every word of a part the page has occurs there more often than
/// [`MAX_VOTER_POSTINGS`] (and it has one): the approximate search then has only a few of
/// them vote, and on a page that repetitive a close passage may lie past the places it
/// tried. Absence there is no finding.
#[must_use]
pub fn too_common(pats: &[Pat], ix: &PageIndex) -> bool {
    let mut ids = pats.iter().filter_map(|p| match p {
        Pat::Id(id) => Some(*id),
        _ => None,
    });
    ids.clone().next().is_some() && ids.all(|id| ix.count_of(id) > MAX_VOTER_POSTINGS)
}

/// Where the part would start on the page, best first (at most 3): each place, and the
/// least and greatest start its votes reach (further than the place itself when the quote's
/// halves stand apart, the words between left out).
fn candidate_starts(pats: &[Pat], ix: &PageIndex) -> Vec<(usize, usize, usize)> {
    let mut voters: Vec<(usize, &[u32])> = pats
        .iter()
        .enumerate()
        .filter_map(|(k, p)| match p {
            Pat::Id(id) => Some((k, ix.postings(*id))),
            _ => None,
        })
        .collect();
    voters.sort_by_key(|(_, p)| p.len());
    // The same word twice in a quote would vote twice for the same places.
    let mut seen = Vec::new();
    voters.retain(|(_, p)| {
        let key = p.as_ptr();
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
    // A page so repetitive that every word of the quote is common on it (50,000 sentences
    // opening with the quote's first words) still has its closest passage: the rarest words
    // vote then, a few of them, none more than twice as common as the rarest (the cost stays
    // a small multiple of the exact search's, which walks the rarest word's places).
    // Dropping them all read the cap as absence, "nothing close to the quote".
    if let Some(rarest) = voters
        .first()
        .map(|(_, p)| p.len())
        .filter(|&n| n > MAX_VOTER_POSTINGS)
    {
        voters.retain(|(_, p)| p.len() <= rarest.saturating_mul(2));
        voters.truncate(FALLBACK_VOTERS);
    } else {
        voters.retain(|(_, p)| p.len() <= MAX_VOTER_POSTINGS);
    }
    voters.truncate(8);
    if voters.is_empty() {
        return Vec::new();
    }
    let mut diags: Vec<i64> = Vec::new();
    for (k, positions) in &voters {
        let k = i64::try_from(*k).unwrap_or(0);
        diags.extend(positions.iter().map(|&p| i64::from(p) - k));
    }
    diags.sort_unstable();
    let width = i64::try_from(pats.len() / 3 + 4).unwrap_or(8);
    // Votes within `width` of each diagonal (two pointers).
    let mut clusters: Vec<(usize, i64)> = Vec::new();
    let mut j = 0;
    for i in 0..diags.len() {
        if j < i {
            j = i;
        }
        while j + 1 < diags.len() && diags[j + 1] - diags[i] <= width {
            j += 1;
        }
        clusters.push((j - i + 1, diags[i]));
    }
    clusters.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let need = voters.len().min(2);
    let span = i64::try_from(pats.len()).unwrap_or(1).max(1);
    // How far from a place another well-voted place may be and still be the same passage
    // with words left out between its halves (a quote joining two sentences across "said X,
    // who …"): the window then reaches over both.
    let reach = span.max(20);
    // (place, its votes, least and greatest diagonal it reaches)
    let mut out: Vec<(i64, usize, i64, i64)> = Vec::new();
    for (votes, d) in clusters {
        if votes < need || (out.len() >= 3 && out.iter().all(|c| votes * 3 < c.1)) {
            break;
        }
        let near = out.iter().any(|c| (c.0 - d).abs() <= span);
        if let Some(c) = out
            .iter_mut()
            .find(|c| (c.0 - d).abs() <= reach && votes * 3 >= c.1)
        {
            c.2 = c.2.min(d);
            c.3 = c.3.max(d);
        } else if !near && out.len() < 3 {
            out.push((d, votes, d, d));
        }
    }
    let at = |d: i64| usize::try_from(d.max(0)).unwrap_or(0);
    out.into_iter()
        .map(|(d, _, lo, hi)| (at(d), at(lo), at(hi)))
        .collect()
}

/// Parts longer than this many words are aligned this many at a time, each stretch from
/// where the last one ended: the table of one alignment grows with the part's length times
/// the window's, and for a part of 20,000 words it took 3 GB and 7 seconds.
pub const ALIGN_SEGMENT: usize = 1_000;

/// How many page words a part of `len` elements (`wilds` of them free-standing brackets) may
/// start before or after its expected place, and end after its expected end.
fn slack_for(len: usize, wilds: usize) -> usize {
    len.min(ALIGN_SEGMENT) / 2 + 4 + wilds * MAX_WILDCARD_WORDS
}

/// Word-level semi-global alignment of `pats` against page words `lo..hi`: the part may start
/// and end anywhere in the window.
///
/// It finds the fewest edits (changed words, added words, runs of dropped words) and, among
/// alignments with as few, the one matching the most words and leaving out the fewest: a quote that leaves out the page's second word, "the
/// levels fell" against "the groundwater levels fell", is one dropped word, not "the" changed
/// into "groundwater" (also one edit, but one match fewer).
///
/// A part longer than [`ALIGN_SEGMENT`] is aligned one stretch at a time: the first anywhere
/// near the window's start, each next one from where the last ended (page words skipped there
/// count as dropped). A change that straddles two stretches may then be described a little
/// less tersely than one alignment would; memory and time stay linear in the part's length.
fn align(pats: &[Pat], ix: &PageIndex, lo: usize, hi: usize) -> Option<Alignment> {
    let hi = hi.min(ix.len());
    if pats.len() <= ALIGN_SEGMENT {
        let (mut ops, mut start, end) = align_part(pats, ix, lo, hi, false)?;
        first_word_before_cut(pats, ix, &mut ops, &mut start);
        slide_past_numbers(&mut ops, ix);
        return Some(finish(ops, start, end, false));
    }
    let mut ops = Vec::with_capacity(pats.len() + 16);
    let mut start = lo;
    let mut at = lo;
    for (k, seg) in pats.chunks(ALIGN_SEGMENT).enumerate() {
        let base = k * ALIGN_SEGMENT;
        let wilds = seg.iter().filter(|p| **p == Pat::Wild).count();
        let slack = slack_for(seg.len(), wilds);
        let (seg_ops, s, e) = if k == 0 {
            // The whole part's window may leave room for a start far from `lo`; the first
            // stretch only needs its own length past the latest start.
            let room = hi.saturating_sub(lo).saturating_sub(pats.len());
            let seg_hi = hi.min(lo + room.min(2 * slack) + seg.len() + slack);
            align_part(seg, ix, lo, seg_hi, false)?
        } else {
            align_part(seg, ix, at, hi.min(at + seg.len() + slack), true)?
        };
        if k == 0 {
            start = s;
        }
        at = e;
        ops.extend(seg_ops.into_iter().map(|op| match op {
            Op::Match(q, t) => Op::Match(q + base, t),
            Op::Sub(q, t) => Op::Sub(q + base, t),
            Op::Add(q) => Op::Add(q + base),
            Op::Wild(q, t0, t1) => Op::Wild(q + base, t0, t1),
            Op::Drop(t) => Op::Drop(t),
        }));
    }
    slide_past_numbers(&mut ops, ix);
    Some(finish(ops, start, at, false))
}

/// A run of dropped page words ending on a number whose next word the quote has, the same
/// word as the run's first, is moved one word on, so that the number keeps the word after
/// it (held-out evaluation, sixty-fourth session: `1 June` quoted where the page has `1
/// June 15 June` was said to leave out "June 15", not "15 June"). The alignment weighs both
/// the same.
fn slide_past_numbers(ops: &mut [Op], ix: &PageIndex) {
    let mut i = 0;
    while i < ops.len() {
        if !matches!(ops[i], Op::Drop(_)) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < ops.len() && matches!(ops[j], Op::Drop(_)) {
            j += 1;
        }
        while let (Op::Drop(a), Op::Drop(b), Some(&Op::Match(q, t))) =
            (ops[i], ops[j - 1], ops.get(j))
        {
            if b < a
                || b - a != j - 1 - i
                || t != b + 1
                || ix.flags_at(b) & NUM == 0
                || ix.word_at(a) != ix.word_at(t)
                // Only a word a number takes after it, a month's name or a share's (`15
                // June`, `5 percent`): a year or a page takes the word before it (`in 2019
                // in 2020`, the review).
                || !(super::normalize::month(ix.word_at(a)).is_some()
                    || matches!(ix.word_at(a), "percent" | "per" | "cent" | "%"))
            {
                break;
            }
            ops[i] = Op::Match(q, a);
            for (k, op) in ops.iter_mut().enumerate().take(j + 1).skip(i + 1) {
                *op = Op::Drop(a + (k - i));
            }
            i += 1;
            j += 1;
        }
        i = j;
    }
}

/// How far before the passage the quote's first word may stand, a phrase the quote leaves
/// out between it and the rest, and still be read as that word kept with the phrase cut.
const FIRST_WORD_REACH: usize = 12;

/// A quote keeping its sentence's first word and leaving out the phrase right after it
/// ("children will get …" for "Children under five who live in the county will get …")
/// costs one changed word (the first word against the phrase's last) less than one run of
/// dropped words does, so the alignment said `children` changed into "county". When the
/// quote's first word is changed, its second word matches, and the first word stands a few
/// words earlier in the same sentence, that word is the quote's and the words between are
/// left out.
fn first_word_before_cut(pats: &[Pat], ix: &PageIndex, ops: &mut Vec<Op>, start: &mut usize) {
    let t = match (ops.first(), ops.get(1)) {
        (Some(&Op::Sub(0, t)), Some(&Op::Match(1, t1))) if t1 == t + 1 && t == *start => t,
        _ => return,
    };
    if !matches!(pats.first(), Some(Pat::Id(_))) || pats.len() < 3 {
        return;
    }
    let mut p = t;
    while p > 0 && t - p < FIRST_WORD_REACH {
        // The cut phrase stays in the first word's sentence.
        if ix.sentence_starts.get(p).copied().unwrap_or(false) {
            return;
        }
        p -= 1;
        if pat_matches(&pats[0], ix, p) {
            // Not across a verb of saying: `Residents who rent, not owners, said landlords
            // will pay` quoted as "residents will pay" changes who pays.
            if (p + 1..=t).any(|k| {
                matches!(
                    ix.word_at(k),
                    "said"
                        | "say"
                        | "says"
                        | "told"
                        | "tells"
                        | "claimed"
                        | "argued"
                        | "added"
                        | "warned"
                        | "insisted"
                        | "stated"
                )
            }) {
                return;
            }
            let mut fixed = Vec::with_capacity(ops.len() + t - p);
            fixed.push(Op::Match(0, p));
            fixed.extend((p + 1..=t).map(Op::Drop));
            fixed.extend(ops.drain(1..));
            *ops = fixed;
            *start = p;
            return;
        }
    }
}

/// One alignment of `pats` against page words `lo..hi` (the steps, start and end). When
/// `anchored`, it starts exactly at `lo` (page words it skips there are dropped); otherwise
/// anywhere.
///
/// Both criteria of [`align`] are folded into one weight per step: a change or an addition
/// weighs `unit + 1`; a run of dropped page words weighs `unit` for its first word and 1 for
/// each further one (a quote that joins two sentences and leaves out the words between
/// them, "said X, who …", made one edit, not one per word); `unit` exceeds any possible
/// count of changes, additions and further dropped words, so edits count first. Two tables:
/// `h`, the least weight of any alignment of the first `i` elements with the first `j`
/// page words, and `g`, of those ending by dropping page word `j`.
fn align_part(
    pats: &[Pat],
    ix: &PageIndex,
    lo: usize,
    hi: usize,
    anchored: bool,
) -> Option<(Vec<Op>, usize, usize)> {
    let m = pats.len();
    let n = hi.saturating_sub(lo);
    if m == 0 || (n == 0 && !anchored) {
        return None;
    }
    // At most a few thousand per step and a few thousand steps: far below u32::MAX / 4.
    let unit = u32::try_from(m + n + 2).ok()?;
    let (open, extend, edit) = (unit, 1u32, unit + 1);
    let w = n + 1;
    let big = u32::MAX / 4;
    let mut h = vec![0u32; (m + 1) * w];
    let mut g = vec![big; (m + 1) * w];
    if anchored {
        for j in 1..=n {
            g[j] = if j == 1 { open } else { g[j - 1] + extend };
            h[j] = g[j];
        }
    }
    for i in 1..=m {
        let wild = pats[i - 1] == Pat::Wild;
        h[i * w] = h[(i - 1) * w] + if wild { 0 } else { edit };
        for j in 1..=n {
            let pos = lo + j - 1;
            let gap = (h[i * w + j - 1] + open).min(g[i * w + j - 1] + extend);
            g[i * w + j] = gap;
            let v = if wild {
                let mut best = big;
                for k in 0..=MAX_WILDCARD_WORDS.min(j) {
                    if k > 0 && !wild_may_take(ix, lo + j - k) {
                        break;
                    }
                    best = best.min(h[(i - 1) * w + j - k]);
                }
                best
            } else {
                let step = if pat_matches(&pats[i - 1], ix, pos) {
                    0
                } else {
                    edit
                };
                let diag = h[(i - 1) * w + j - 1] + step;
                diag.min(h[(i - 1) * w + j] + edit).min(gap)
            };
            h[i * w + j] = v;
        }
    }
    // On a tie, end later: a last word that differs reads better as "changed" than as
    // "added" with the page's word silently left out.
    let first_end = usize::from(!anchored);
    let (mut j, _) = (first_end..=n)
        .map(|j| (j, h[m * w + j]))
        .min_by_key(|&(j, c)| (c, std::cmp::Reverse(j)))?;
    let end = lo + j;
    let mut i = m;
    let mut ops = Vec::new();
    // Whether the step being traced is in `g` (a run of dropped words) rather than `h`.
    let mut in_gap = false;
    while i > 0 {
        if in_gap {
            let here = g[i * w + j];
            ops.push(Op::Drop(lo + j - 1));
            in_gap = j > 1 && g[i * w + j - 1] < big && g[i * w + j - 1] + extend == here;
            j -= 1;
            continue;
        }
        let here = h[i * w + j];
        if pats[i - 1] == Pat::Wild {
            let mut took = None;
            for k in 0..=MAX_WILDCARD_WORDS.min(j) {
                if k > 0 && !wild_may_take(ix, lo + j - k) {
                    break;
                }
                if h[(i - 1) * w + j - k] == here {
                    took = Some(k);
                    break;
                }
            }
            let k = took.unwrap_or(0);
            ops.push(Op::Wild(i - 1, lo + j - k, lo + j));
            i -= 1;
            j -= k;
            continue;
        }
        if j > 0 {
            let pos = lo + j - 1;
            let eq = pat_matches(&pats[i - 1], ix, pos);
            if h[(i - 1) * w + j - 1] + if eq { 0 } else { edit } == here {
                ops.push(if eq {
                    Op::Match(i - 1, pos)
                } else {
                    Op::Sub(i - 1, pos)
                });
                i -= 1;
                j -= 1;
                continue;
            }
            if g[i * w + j] == here {
                in_gap = true;
                continue;
            }
        }
        ops.push(Op::Add(i - 1));
        i -= 1;
    }
    if anchored {
        // Page words between the anchor and the first step are left out of the quote.
        while j > 0 {
            ops.push(Op::Drop(lo + j - 1));
            j -= 1;
        }
    }
    ops.reverse();
    Some((ops, lo + j, end))
}

fn finish(ops: Vec<Op>, start: usize, end: usize, reordered: bool) -> Alignment {
    // A run of dropped page words is one edit: the score says how much of the quote was
    // found, and one cut, however long, leaves every quoted word in place.
    let (mut good, mut bad) = (0usize, 0usize);
    let mut dropping = false;
    for op in &ops {
        match op {
            Op::Match(..) | Op::Wild(..) => good += 1,
            Op::Drop(_) if dropping => {}
            _ => bad += 1,
        }
        dropping = matches!(op, Op::Drop(_));
    }
    let score = if good + bad == 0 {
        0.0
    } else {
        good as f64 / (good + bad) as f64
    };
    Alignment {
        start,
        end,
        ops,
        score,
        reordered,
    }
}

/// Whether page words `lo..hi` hold every word of `pats` (each as often as the part has
/// it): a bracket aside, a word the page lacks is never held.
pub(crate) fn holds_every_word(pats: &[Pat], ix: &PageIndex, lo: usize, hi: usize) -> bool {
    let mut need: FxMap<u32, i64> = FxMap::default();
    for p in pats {
        match p {
            Pat::Id(id) => *need.entry(*id).or_default() += 1,
            Pat::Wild => {}
            Pat::Unknown | Pat::Flex(..) => return false,
        }
    }
    for id in ix.ids.get(lo..hi.min(ix.len())).unwrap_or(&[]) {
        if let Some(n) = need.get_mut(id) {
            *n -= 1;
        }
    }
    need.values().all(|&n| n <= 0)
}

/// The best share of the part's words (each counted at most as often as the part has it)
/// found in any stretch of page words of about the part's length within `lo..hi`, and that
/// stretch trimmed to the words found.
fn bag_overlap(pats: &[Pat], ix: &PageIndex, lo: usize, hi: usize) -> (f64, usize, usize) {
    let mut need: FxMap<u32, i64> = FxMap::default();
    for p in pats {
        if let Pat::Id(id) = p {
            *need.entry(*id).or_default() += 1;
        }
    }
    let words = pats.iter().filter(|p| **p != Pat::Wild).count().max(1);
    let hi = hi.min(ix.len());
    let width = words + words / 3 + 2;
    let mut have: FxMap<u32, i64> = FxMap::default();
    let (mut matched, mut best, mut best_end) = (0usize, 0usize, lo);
    for pos in lo..hi {
        let id = ix.ids[pos];
        if let Some(&n) = need.get(&id) {
            let h = have.entry(id).or_default();
            if *h < n {
                matched += 1;
            }
            *h += 1;
        }
        if pos >= lo + width {
            let old = ix.ids[pos - width];
            if let Some(&n) = need.get(&old) {
                let h = have.entry(old).or_default();
                *h -= 1;
                if *h < n {
                    matched -= 1;
                }
            }
        }
        if matched > best {
            best = matched;
            best_end = pos + 1;
        }
    }
    let wstart = best_end.saturating_sub(width).max(lo);
    // The tightest stretch holding the words found: a word at either end that the quote
    // lacks, or holds fewer times than the stretch, is not part of the passage (the end of
    // the previous sentence, "the cycle lanes will stay. Mayor Keller said the …").
    let mut have: FxMap<u32, i64> = FxMap::default();
    for pos in wstart..best_end {
        *have.entry(ix.ids[pos]).or_default() += 1;
    }
    let spare = |have: &mut FxMap<u32, i64>, pos: usize| {
        let id = ix.ids[pos];
        let h = have.entry(id).or_default();
        if *h > need.get(&id).copied().unwrap_or(0) {
            *h -= 1;
            true
        } else {
            false
        }
    };
    let (mut first, mut last) = (wstart, best_end);
    while first < last && spare(&mut have, first) {
        first += 1;
    }
    while last > first && spare(&mut have, last - 1) {
        last -= 1;
    }
    (best as f64 / words as f64, first, last)
}

/// Whether words the alignment could not match in order include a block that stands
/// elsewhere nearby: two quote words in a row, unmatched, that are also side by side in the
/// page's words `lo..hi`; or two quote words in a row, one of them unmatched, that the
/// alignment drops side by side from the page (a run of dropped words is cheap, so it may
/// match one word of the moved clause by chance). That is what a moved clause leaves;
/// words merely found somewhere around ("公交" against "公共交通 … 地铁") are changes, not a
/// reordering.
fn moved_block(pats: &[Pat], ix: &PageIndex, ops: &[Op], lo: usize, hi: usize) -> bool {
    let mut unmatched = vec![false; pats.len()];
    for op in ops {
        if let Op::Sub(q, _) | Op::Add(q) = *op {
            if let Some(u) = unmatched.get_mut(q) {
                *u = true;
            }
        }
    }
    let hi = hi.min(ix.len());
    let pairs: std::collections::HashSet<(u32, u32), BuildHasherDefault<FxHasher>> = (lo..hi
        .saturating_sub(1))
        .map(|p| (ix.ids[p], ix.ids[p + 1]))
        .collect();
    // The words a moved clause left behind: pairs of page words side by side that the
    // alignment dropped ("on time and" where the quote has "… and on time").
    let dropped: std::collections::HashSet<(u32, u32), BuildHasherDefault<FxHasher>> = ops
        .windows(2)
        .filter_map(|w| match *w {
            [Op::Drop(p), Op::Drop(q)] if q == p + 1 && q < ix.len() => {
                Some((ix.ids[p], ix.ids[q]))
            }
            _ => None,
        })
        .collect();
    (0..pats.len().saturating_sub(1)).any(|k| match (&pats[k], &pats[k + 1]) {
        (Pat::Id(a), Pat::Id(b)) => {
            (unmatched[k] && unmatched[k + 1] && pairs.contains(&(*a, *b)))
                || ((unmatched[k] || unmatched[k + 1]) && dropped.contains(&(*a, *b)))
        }
        _ => false,
    })
}

/// The most quote words apart two words each changed into the other may stand to be read
/// as swapped (a list's items, `teachers and nurses`, `safe but not cheap`) rather than as
/// two words changed.
const SWAP_REACH: usize = 4;

/// Whether two quote words in a row, both left unmatched by the alignment `ops`, stand side
/// by side in the other order in the page's words `lo..hi`, or two quote words are each
/// aligned with the other, or a quote word is one place away from where the page has it.
fn swapped_pair(pats: &[Pat], ix: &PageIndex, ops: &[Op], lo: usize, hi: usize) -> bool {
    // A word moved past its neighbour (`on March 3` against `on 3 March`): the alignment
    // adds it on one side of the neighbour and drops the page's same word on the other.
    let moved = ops.windows(3).any(|w| match *w {
        [Op::Add(q), Op::Match(_, t), Op::Drop(d)] | [Op::Drop(d), Op::Match(_, t), Op::Add(q)] => {
            d.abs_diff(t) == 1
                && ix
                    .ids
                    .get(d)
                    .is_some_and(|&id| pats.get(q) == Some(&Pat::Id(id)))
        }
        _ => false,
    });
    if moved {
        return true;
    }
    // The other shapes need two quote words changed or added.
    if ops
        .iter()
        .filter(|o| matches!(o, Op::Sub(..) | Op::Add(_)))
        .nth(1)
        .is_none()
    {
        return false;
    }
    let mut unmatched = vec![false; pats.len()];
    for op in ops {
        if let Op::Sub(q, _) | Op::Add(q) = *op {
            if let Some(u) = unmatched.get_mut(q) {
                *u = true;
            }
        }
    }
    let wanted: std::collections::HashSet<(u32, u32), BuildHasherDefault<FxHasher>> =
        (0..pats.len().saturating_sub(1))
            .filter_map(|k| match (&pats[k], &pats[k + 1]) {
                (Pat::Id(a), Pat::Id(b)) if unmatched[k] && unmatched[k + 1] && a != b => {
                    Some((*b, *a))
                }
                _ => None,
            })
            .collect();
    // Or two words or phrases each changed into the other (`Nurses and teachers` against
    // `Teachers and nurses`; `every park, every pool and every library` against `every
    // library, every pool and every park`; `the park … the new library` against `the new
    // library … the park`), within one sentence of the page or a few words apart: two
    // words far apart in different sentences each changed into the other (`in the minority
    // …` and, forty words on, `a significant majority` against the page's `majority …
    // minority`) are two words changed, each shown where it stands.
    if swapped_phrases(pats, ix, ops) {
        return true;
    }
    let hi = hi.min(ix.len());
    !wanted.is_empty()
        && (lo..hi.saturating_sub(1)).any(|p| wanted.contains(&(ix.ids[p], ix.ids[p + 1])))
}

/// A stretch of an alignment's edits between matched words: the quote's words in it (changed
/// or added) and the page's (changed into, or left out), as ids, with the first quote word's
/// place and the page's places it covers.
struct EditRun {
    quote: Vec<u32>,
    page: Vec<u32>,
    first_quote: usize,
    page_span: Option<(usize, usize)>,
}

/// The stretches of edits in `ops`, in order (see [`EditRun`]). A wildcard ends a stretch
/// and is in none.
fn edit_runs(pats: &[Pat], ix: &PageIndex, ops: &[Op]) -> Vec<EditRun> {
    let mut runs: Vec<EditRun> = Vec::new();
    let mut open = false;
    for op in ops {
        let (q, t) = match *op {
            Op::Sub(q, t) => (Some(q), Some(t)),
            Op::Add(q) => (Some(q), None),
            Op::Drop(t) => (None, Some(t)),
            Op::Match(..) | Op::Wild(..) => {
                open = false;
                continue;
            }
        };
        if !open {
            runs.push(EditRun {
                quote: Vec::new(),
                page: Vec::new(),
                first_quote: q.unwrap_or(usize::MAX),
                page_span: None,
            });
            open = true;
        }
        let Some(run) = runs.last_mut() else {
            continue;
        };
        if let Some(q) = q {
            run.first_quote = run.first_quote.min(q);
            match pats.get(q) {
                Some(Pat::Id(id)) => run.quote.push(*id),
                // A wildcard's place: no word to swap.
                _ => run.quote.push(u32::MAX),
            }
        }
        if let Some(t) = t {
            run.page.push(ix.ids.get(t).copied().unwrap_or(u32::MAX));
            run.page_span = Some(run.page_span.map_or((t, t), |(a, b)| (a.min(t), b.max(t))));
        }
    }
    runs
}

/// Whether two stretches of an alignment's edits are two words or phrases of the page each
/// put where the other stands (see [`EditRun`]): the first stretch's quote words are the
/// second's page words and the other way round, both stretches in one sentence of the page
/// or their first quote words at most [`SWAP_REACH`] apart. Two numbers each changed into
/// the other are figures changed, not words moved (`exports rose 8 percent, imports 12`
/// against "exports rose 12 percent, imports 8").
fn swapped_phrases(pats: &[Pat], ix: &PageIndex, ops: &[Op]) -> bool {
    let runs = edit_runs(pats, ix, ops);
    let number = |id: &u32| ix.flags.get(*id as usize).is_some_and(|f| f & NUM != 0);
    let one_sentence = |a: usize, b: usize| {
        let (lo, hi) = (a.min(b), a.max(b));
        !(lo + 1..=hi).any(|p| ix.sentence_starts.get(p).copied().unwrap_or(false))
    };
    runs.iter().enumerate().any(|(i, x)| {
        runs[i + 1..].iter().any(|y| {
            let (Some(xs), Some(ys)) = (x.page_span, y.page_span) else {
                return false;
            };
            !x.quote.is_empty()
                && !y.quote.is_empty()
                && !x.quote.contains(&u32::MAX)
                && !y.quote.contains(&u32::MAX)
                && x.quote == y.page
                && y.quote == x.page
                && x.quote != y.quote
                && !(x.quote.iter().any(number) && y.quote.iter().any(number))
                && (y.first_quote.abs_diff(x.first_quote) <= SWAP_REACH
                    || one_sentence(xs.0.min(ys.0), xs.1.max(ys.1)))
        })
    })
}

/// The best approximate placement of a compiled part, if any place is worth aligning.
/// Parts under 4 words are never matched approximately.
#[must_use]
pub fn approximate(pats: &[Pat], ix: &PageIndex, min_similarity: f64) -> Option<Alignment> {
    approximate_in(pats, &[], &[], ix, min_similarity)
}

/// [`approximate`] for a part whose sentences end where `breaks` says: `breaks[k]` when a
/// sentence of the quote ends before element `k`. A passage running from one page sentence
/// into the next where the quote does not costs more; and a quote of several sentences that
/// stand apart on the page (no ellipsis between them) is found sentence by sentence, the
/// page's words between left out, when that matches better than any one passage.
/// `numbers[k]` says whether element `k` is a number (missing: taken to be one): a page's
/// number the quote changes into a word is no reason to keep a passage running into the
/// next page sentence.
#[must_use]
pub fn approximate_in(
    pats: &[Pat],
    breaks: &[bool],
    numbers: &[bool],
    ix: &PageIndex,
    min_similarity: f64,
) -> Option<Alignment> {
    let best = approximate_whole(pats, ix, min_similarity)
        .map(|a| trim_sentence_ends(a, pats, numbers, ix, min_similarity))
        .or_else(|| short_number_changed(pats, numbers, ix));
    if best.as_ref().is_some_and(|a| a.score >= 1.0) {
        return best;
    }
    match (best, by_sentences(pats, breaks, ix, min_similarity)) {
        (Some(b), Some(s)) if s.score > b.score && !b.reordered => Some(s),
        (None, Some(s)) => Some(s),
        (b, _) => b,
    }
}

/// `a` with the words it takes from a neighbouring page sentence given back, where the quote
/// runs on (with or without a sentence end of its own): when the steps past a page sentence end (or before one)
/// match no more quote words than they change or add, those quote words are added words,
/// not changes into the next sentence's words (`the tax code before the election` against
/// `the tax code. The agency …` adds "before the election"). A passage found (scoring
/// `min_similarity`) is given them back only where it still scores that, the cut is at a
/// page quotation's mark, or it is the page's quotation, half the quote word for word, the
/// quote's words past its closing mark added; one under `min_similarity` where it keeps its
/// longest run of words.
fn trim_sentence_ends(
    a: Alignment,
    pats: &[Pat],
    numbers: &[bool],
    ix: &PageIndex,
    min_similarity: f64,
) -> Alignment {
    // A sentence's end, and a page quotation's opening or closing mark: words past the
    // page's quotation are the page's own (`…each way,” said Priya Odum`), and the quote's
    // words against them are added ones, not changes into an attribution (held-out
    // evaluation, fortieth session: "to the hospital" added to a quotation was shown as
    // the page's "said Priya Odum" changed).
    let starts = |t: usize| {
        ix.sentence_starts.get(t).copied().unwrap_or(false)
            || ix.quote_gaps.get(t).copied().unwrap_or(false)
    };
    let inside = (a.start + 1..a.end).any(starts);
    if !inside || a.reordered || a.ops.iter().any(|o| matches!(o, Op::Wild(..))) {
        return a;
    }
    let page = |o: &Op| match *o {
        Op::Match(_, t) | Op::Sub(_, t) | Op::Drop(t) => Some(t),
        _ => None,
    };
    let quote = |o: &Op| match *o {
        Op::Match(q, _) | Op::Sub(q, _) | Op::Add(q) => Some(q),
        _ => None,
    };
    // Steps at which a page sentence starts inside the passage, the quote running on there
    // (in the same sentence, or with one of its own: an invented sentence after a quoted one
    // is added, not changed into the words of the page's next one, a footer's).
    let cuts: Vec<usize> = (1..a.ops.len())
        .filter(|&k| {
            page(&a.ops[k]).is_some_and(|t| t > a.start && starts(t))
                && a.ops[k..].iter().find_map(quote).is_some()
        })
        .collect();
    // A changed number is a change wherever it stands; but a page's number where the quote
    // has a word (`weather permitting` against the footer's `Copyright 2025`) is none.
    // (Stops at the fourth match: a stretch matching more is never given back, and the
    // check stays short on a long passage.)
    let poor = |ops: &[Op]| {
        let (mut m, mut e) = (0usize, 0usize);
        for o in ops {
            match *o {
                Op::Match(..) => {
                    m += 1;
                    if m > 3 {
                        return false;
                    }
                }
                Op::Sub(q, t)
                    if ix.flags_at(t) & NUM != 0 && numbers.get(q).copied().unwrap_or(true) =>
                {
                    return false
                }
                Op::Sub(..) | Op::Add(_) => e += 1,
                _ => {}
            }
        }
        m <= e
    };
    let mut ops = a.ops.clone();
    // Cut at a page quotation's mark: the words past it are never the speaker's, however
    // the score falls (the quote may then be two passages joined, said as such).
    let mut at_quote_mark = false;
    if let Some(&k) = cuts.iter().find(|&&k| poor(&a.ops[k..])) {
        at_quote_mark = page(&a.ops[k]).is_some_and(|t| {
            ix.quote_gaps.get(t).copied().unwrap_or(false)
                && !ix.sentence_starts.get(t).copied().unwrap_or(false)
        });
        let tail: Vec<Op> = a.ops[k..].iter().filter_map(quote).map(Op::Add).collect();
        ops.truncate(k);
        while matches!(ops.last(), Some(Op::Drop(_))) {
            ops.pop();
        }
        ops.extend(tail);
    }
    if let Some(&k) = cuts
        .iter()
        .rev()
        .find(|&&k| k < ops.len() && poor(&ops[..k]))
    {
        let mut head: Vec<Op> = ops[..k].iter().filter_map(quote).map(Op::Add).collect();
        let mut rest: Vec<Op> = ops[k..].to_vec();
        while matches!(rest.first(), Some(Op::Drop(_))) {
            rest.remove(0);
        }
        head.extend(rest);
        ops = head;
    }
    if ops == a.ops {
        return a;
    }
    let (Some(start), Some(end)) = (
        ops.iter().find_map(page),
        ops.iter().rev().find_map(page).map(|t| t + 1),
    ) else {
        return a;
    };
    debug_assert!(pats.len() >= ops.iter().filter_map(quote).count());
    let t = finish(ops, start, end, false);
    // A passage under `min_similarity` is no worse for giving the words back while it keeps
    // its longest run (what else finds it, see `half_verbatim`). One above it falls under
    // only where it is the page's quotation and the quote's words run on past its closing
    // mark (into the next sentence, an endnote): they are never the speaker's, and the run
    // is half the quote. Held-out evaluation, sixty-first session: "can recover within a
    // decade if the overflows are fixed and farmers cut their use of fertiliser" was shown
    // as the page's endnote ("The guideline of 50 mg/l set in the 2019 regulations")
    // changed, with "number left out". Elsewhere a passage found stays so: given back the
    // next sentence's words, a part of a quote that is also two passages joined (see
    // `stitched`) was no longer found.
    let words = pats.iter().filter(|p| **p != Pat::Wild).count();
    let past_quotation = ix.quote_gaps.get(end).copied().unwrap_or(false)
        && matches!(t.ops.last(), Some(Op::Add(_)));
    let kept = longest_run(&t) >= longest_run(&a)
        && (a.score < min_similarity || (past_quotation && super::half_verbatim(&t, words)));
    if ((t.score >= min_similarity || at_quote_mark) && a.score >= min_similarity) || kept {
        t
    } else {
        a
    }
}

/// The most words an alignment matches in a row.
pub(crate) fn longest_run(a: &Alignment) -> usize {
    let (mut best, mut run) = (0, 0);
    for op in &a.ops {
        if matches!(op, Op::Match(..)) {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}

/// The most page words a quote's sentences found apart may leave out between them.
const MAX_LEFT_OUT_WORDS: usize = 5_000;

/// A part of several sentences found sentence by sentence, in order, each exactly or (4 words
/// or more) approximately, with the page's words between them dropped.
fn by_sentences(
    pats: &[Pat],
    breaks: &[bool],
    ix: &PageIndex,
    min_similarity: f64,
) -> Option<Alignment> {
    let cuts: Vec<usize> = (1..pats.len())
        .filter(|&k| breaks.get(k).copied().unwrap_or(false))
        .collect();
    if cuts.is_empty() || cuts.len() > 8 {
        return None;
    }
    let mut ops = Vec::with_capacity(pats.len());
    let (mut start, mut cursor) = (None, 0usize);
    let mut from = 0;
    for to in cuts.into_iter().chain(std::iter::once(pats.len())) {
        let seg = &pats[from..to];
        let (s, e, seg_ops) = if let Some(&(s, e)) = exact_occurrences(seg, ix, 256)
            .iter()
            .find(|(s, _)| *s >= cursor)
        {
            if seg.contains(&Pat::Wild) {
                return None;
            }
            (s, e, (0..seg.len()).map(|k| Op::Match(k, s + k)).collect())
        } else {
            let a = approximate_whole(seg, ix, min_similarity)?;
            if a.score < min_similarity || a.reordered || a.start < cursor {
                return None;
            }
            (a.start, a.end, a.ops)
        };
        if start.is_none() {
            start = Some(s);
        } else if s - cursor > MAX_LEFT_OUT_WORDS {
            return None;
        } else {
            ops.extend((cursor..s).map(Op::Drop));
        }
        ops.extend(seg_ops.into_iter().map(|op| match op {
            Op::Match(q, t) => Op::Match(q + from, t),
            Op::Sub(q, t) => Op::Sub(q + from, t),
            Op::Add(q) => Op::Add(q + from),
            Op::Wild(q, t0, t1) => Op::Wild(q + from, t0, t1),
            Op::Drop(t) => Op::Drop(t),
        }));
        cursor = e;
        from = to;
    }
    Some(finish(ops, start?, cursor, false))
}

/// A quote of three words, one or two of them numbers, that the page has word for word but
/// for a number (`cut 300 jobs` against "cut 30 jobs"): too short to match approximately
/// (any three words are somewhere), but its other words in place around another figure
/// are the passage, its figure changed, which is what a fact-checker looks for first.
/// `numbers[k]` must say element `k` is a number (a missing entry is none here).
fn short_number_changed(pats: &[Pat], numbers: &[bool], ix: &PageIndex) -> Option<Alignment> {
    let is_num = |k: usize| numbers.get(k).copied().unwrap_or(false);
    if pats.len() != 3 || pats.iter().any(|p| matches!(p, Pat::Wild | Pat::Flex(..))) {
        return None;
    }
    if !(0..pats.len()).any(is_num) {
        return None;
    }
    let (ak, anchor) = pats.iter().enumerate().find_map(|(k, p)| match p {
        Pat::Id(id) if !is_num(k) => Some((k, *id)),
        _ => None,
    })?;
    let page_num = |t: usize| {
        ix.ids
            .get(t)
            .and_then(|&id| ix.flags.get(id as usize))
            .is_some_and(|f| f & NUM != 0)
    };
    for &pos in ix.postings(anchor) {
        let Some(start) = (pos as usize).checked_sub(ak) else {
            continue;
        };
        if start + pats.len() > ix.len() {
            continue;
        }
        let mut ops = Vec::with_capacity(pats.len());
        let mut changed = false;
        let fits = pats.iter().enumerate().all(|(k, p)| {
            let t = start + k;
            match p {
                Pat::Id(id) if ix.ids.get(t) == Some(id) => {
                    ops.push(Op::Match(k, t));
                    true
                }
                _ if is_num(k) && page_num(t) => {
                    ops.push(Op::Sub(k, t));
                    changed = true;
                    true
                }
                _ => false,
            }
        });
        if fits && changed {
            return Some(finish(ops, start, start + pats.len(), false));
        }
    }
    None
}

fn approximate_whole(pats: &[Pat], ix: &PageIndex, min_similarity: f64) -> Option<Alignment> {
    let words = pats.iter().filter(|p| **p != Pat::Wild).count();
    if words < 4 {
        return None;
    }
    let wilds = pats.len() - words;
    let slack = slack_for(pats.len(), wilds);
    let mut best: Option<Alignment> = None;
    // Each candidate's window, best-voted first. Overlapping windows are aligned as one: a
    // quote joining two sentences with the words between left out ("… dying," said X, who
    // … "You notice …") votes for two places, each of whose windows holds only one half.
    let mut windows: Vec<(usize, usize, usize)> = Vec::new();
    for (s, first, last) in candidate_starts(pats, ix) {
        let lo = first.saturating_sub(slack);
        let hi = (last + pats.len() + slack).min(ix.len());
        let near = windows
            .iter_mut()
            .find(|w| pats.len() <= ALIGN_SEGMENT && lo <= w.2 && w.1 <= hi);
        match near {
            Some(w) => {
                w.1 = w.1.min(lo);
                w.2 = w.2.max(hi);
            }
            None => windows.push((s, lo, hi)),
        }
    }
    // Thai, Lao, Khmer and Myanmar are matched letter by letter: any text of theirs has most
    // of a quote's letters nearby, so "the same words in another order" means nothing there.
    let letter_level = 2 * pats
        .iter()
        .filter(|p| match p {
            Pat::Id(id) => ix
                .words
                .get(*id as usize)
                .is_some_and(|w| w.chars().next().is_some_and(is_spaceless)),
            _ => false,
        })
        .count()
        > words;
    for (s, lo, hi) in windows {
        let Some(mut a) = align(pats, ix, lo, hi) else {
            continue;
        };
        // Two words the alignment left unmatched that the page has side by side in the
        // other order nearby (`housing costs and inflation` against `Inflation and housing
        // costs`): items of a list swapped, a reordering however high the score.
        let swapped = words >= 6
            && a.score < 1.0
            && swapped_pair(
                pats,
                ix,
                &a.ops,
                s.saturating_sub(pats.len()),
                (s + 2 * pats.len()).min(ix.len()),
            );
        if !letter_level && ((a.score < 0.9 && words >= 6) || swapped) {
            // The words may all be there in another order (clauses swapped). Only an order
            // change leaves words the alignment cannot match in order: words the page has
            // and the quote leaves out lower the score but match every quote word, and
            // are no reordering.
            // A word matched alone between edits is chance (a dropped run is cheap, and the
            // alignment may reach past a moved clause for one common word of it): it does not
            // count as found in order.
            let edit =
                |o: Option<&Op>| o.is_some_and(|o| !matches!(o, Op::Match(..) | Op::Wild(..)));
            let matched = (0..a.ops.len())
                .filter(|&k| {
                    matches!(a.ops[k], Op::Match(..))
                        && !(k > 0 && edit(a.ops.get(k - 1)) && edit(a.ops.get(k + 1)))
                })
                .count();
            let in_order = matched as f64 / words as f64;
            let wlo = s.saturating_sub(pats.len());
            let whi = (s + 2 * pats.len()).min(ix.len());
            let (share, first, last) = bag_overlap(pats, ix, wlo, whi);
            // Swapped words alone make a reordering only when every quote word is there:
            // a changed number beside them must stay a difference of its own.
            let classic =
                a.score < 0.9 && share > in_order + 0.15 && moved_block(pats, ix, &a.ops, wlo, whi);
            if share >= 0.8
                && last > first
                && last - first <= 2 * words
                && (classic || (swapped && share >= 1.0))
            {
                if let Some(mut r) = align(pats, ix, first, last) {
                    r.reordered = true;
                    r.start = first;
                    r.end = last;
                    a = r;
                }
            }
        }
        let key = |x: &Alignment| (x.score >= min_similarity || x.reordered, x.score);
        if best.as_ref().is_none_or(|b| key(&a) > key(b)) {
            best = Some(a);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::quote_parse::parse_quote;

    fn page() -> PageIndex {
        PageIndex::build(
            "Intro words first. The council said the new bridge will not open before 2026, \
             because the steel arrived late. Other text follows here and there, \
             with no relation to bridges or councils at all.",
        )
    }

    fn pats(q: &str, ix: &PageIndex) -> Vec<Pat> {
        compile(&parse_quote(q).parts[0], ix)
    }

    #[test]
    fn exact_cases() {
        let ix = page();
        let cases: &[(&str, bool)] = &[
            ("the new bridge will not open before 2026", true),
            ("The council said [the bridge] will not open", true),
            ("[t]he new bridge", true),
            ("the new bridge will open before 2026", false),
            ("the new bridge will not open before 2027", false),
            ("the council said [it] will not open", true),
            ("the council said [it] open before", false), // a wildcard never takes "not"
            ("The council said [the new bridge] will open", false),
        ];
        for (q, want) in cases {
            let found = !exact_occurrences(&pats(q, &ix), &ix, 4).is_empty();
            assert_eq!(found, *want, "{q}");
        }
    }

    #[test]
    fn approximate_cases() {
        let ix = page();
        let cases: &[(&str, Option<(f64, f64)>)] = &[
            ("the new bridge will open before 2026", Some((0.8, 0.95))),
            (
                "the new bridge will not open before 2027",
                Some((0.8, 0.95)),
            ),
            ("completely invented words that the page lacks", None),
            ("the bridge", None),
        ];
        for (q, want) in cases {
            let got = approximate(&pats(q, &ix), &ix, 0.6).filter(|a| a.score >= 0.6);
            match (got, want) {
                (None, None) => {}
                (Some(a), Some((lo, hi))) => {
                    assert!(a.score >= *lo && a.score <= *hi, "{q}: {}", a.score)
                }
                (g, w) => panic!("{q}: got {g:?}, want {w:?}"),
            }
        }
    }

    #[test]
    fn a_word_left_out_is_dropped_not_its_neighbour_changed() {
        let ix = page();
        // "council" left out after the first word, in the middle, and before the last word.
        for q in [
            "The said the new bridge will not open",
            "The council said the bridge will not open",
            "the new bridge will not open 2026",
        ] {
            let a = approximate(&pats(q, &ix), &ix, 0.6).expect(q);
            let drops = a.ops.iter().filter(|o| matches!(o, Op::Drop(_))).count();
            let others = a
                .ops
                .iter()
                .filter(|o| matches!(o, Op::Sub(..) | Op::Add(_)));
            assert_eq!((drops, others.count()), (1, 0), "{q}: {:?}", a.ops);
        }
    }

    #[test]
    fn long_parts_are_aligned_in_stretches() {
        // Every quote element appears once, in order, whatever the stretches.
        let words: Vec<String> = (0..3_000).map(|k| format!("w{}", k % 1_700)).collect();
        let ix = PageIndex::build(&words.join(" "));
        let mut quote: Vec<&str> = words[200..200 + 2 * ALIGN_SEGMENT + 300]
            .iter()
            .map(String::as_str)
            .collect();
        quote[ALIGN_SEGMENT] = "zzz";
        quote.remove(2 * ALIGN_SEGMENT - 1);
        let p = pats(&quote.join(" "), &ix);
        let a = approximate(&p, &ix, 0.6).expect("found");
        let qs: Vec<usize> = a
            .ops
            .iter()
            .filter_map(|o| match *o {
                Op::Match(q, _) | Op::Sub(q, _) | Op::Wild(q, ..) => Some(q),
                Op::Add(q) => Some(q),
                Op::Drop(_) => None,
            })
            .collect();
        assert_eq!(qs, (0..p.len()).collect::<Vec<_>>());
        let ts: Vec<usize> = a
            .ops
            .iter()
            .filter_map(|o| match *o {
                Op::Match(_, t) | Op::Sub(_, t) | Op::Drop(t) => Some(t),
                _ => None,
            })
            .collect();
        assert_eq!(ts, (a.start..a.end).collect::<Vec<_>>());
        assert_eq!((a.start, a.end), (200, 200 + 2 * ALIGN_SEGMENT + 300));
        let bad: Vec<&Op> = a
            .ops
            .iter()
            .filter(|o| !matches!(o, Op::Match(..)))
            .collect();
        assert_eq!(bad.len(), 2, "{bad:?}");
    }

    #[test]
    fn reordered_clauses_are_found() {
        let ix = page();
        let p = pats(
            "because the steel arrived late the new bridge will not open before 2026",
            &ix,
        );
        let a = approximate(&p, &ix, 0.6);
        assert!(a.as_ref().is_some_and(|a| a.reordered), "{a:#?}");
    }
}
