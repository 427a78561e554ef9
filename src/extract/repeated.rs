//! Quotes in headings that repeat a cited quotation of the same document.
//!
//! A news story's headline often sets in quotation marks words its body then quotes with
//! a citation (`# "We were never told," say tenants` over `"We were never told about the
//! sale," said Ruiz.[1]`). The headline's quote has nothing of its own to back it; the
//! body's citation does ([`Attribution::Repeated`]).

use crate::model::{Attribution, Quote, QuoteCitation};

use super::{Block, BlockKind, FastMap};

/// Fewest words a part of a quotation must have to count as a repeat of it.
const MIN_PART_WORDS: usize = 4;
/// Fewest words a heading's quote must have to repeat a quotation word for word.
const MIN_WHOLE_WORDS: usize = 2;
/// Most heading quotes looked up in one document.
const MAX_LOOKUPS: usize = 512;
/// Most words of a heading's quote whose parts are looked up (a headline is short).
const MAX_HEADING_WORDS: usize = 40;
/// Most bytes of cited quotations' text searched in all, over all lookups.
const SEARCH_BUDGET: usize = 64 << 20;

/// Source ranges of the blocks that are headings: every heading the front end marks (not
/// page chrome), and for a plain-text article its first line when it stands alone (its
/// title).
pub(super) fn heading_ranges(blocks: &[Block], plain_text: bool) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = blocks
        .iter()
        .enumerate()
        .filter(|&(i, b)| {
            !b.chrome
                && b.row.is_none()
                && (b.kind == BlockKind::Heading
                    || (plain_text
                        && i == 0
                        && b.kind == BlockKind::Paragraph
                        && b.group.is_none()
                        && !b.text.trim().contains('\n')
                        && b.text.trim().chars().count() <= 200))
        })
        .map(|(_, b)| (b.src_start, b.src_end))
        .collect();
    out.sort_unstable();
    out
}

/// Whether `offset` falls in one of `ranges` (sorted by start).
fn in_ranges(ranges: &[(usize, usize)], offset: usize) -> bool {
    let k = ranges.partition_point(|r| r.0 <= offset);
    k.checked_sub(1)
        .and_then(|k| ranges.get(k))
        .is_some_and(|r| offset < r.1)
}

/// The words of `s`, lower-cased, each run of anything but letters and digits one space,
/// with a space before and after (` we were never told `): so a search finds whole words
/// only. Also the number of words.
fn folded(s: &str) -> (String, usize) {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    let mut words = 0;
    let mut in_word = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                words += 1;
                in_word = true;
            }
            out.extend(c.to_lowercase());
        } else if in_word {
            out.push(' ');
            in_word = false;
        }
    }
    if in_word {
        out.push(' ');
    }
    (out, words)
}

/// Gives each uncited quote in a heading (`headings`: source ranges, sorted) the citations
/// of a cited quotation of the document whose words it repeats: the same words, or a part
/// of them of [`MIN_PART_WORDS`] at least, or the other way about. The work is bounded: a
/// map from each cited quotation's words, one search of their joined text per heading quote
/// (and no more than [`SEARCH_BUDGET`] bytes in all), lookups of a heading quote's parts.
pub(super) fn cite_repeats(quotes: &mut [Quote], headings: &[(usize, usize)]) {
    if headings.is_empty() {
        return;
    }
    let wanted: Vec<usize> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.citations.is_empty() && in_ranges(headings, q.offset))
        .map(|(i, _)| i)
        .take(MAX_LOOKUPS)
        .collect();
    if wanted.is_empty() || quotes.iter().all(|q| q.citations.is_empty()) {
        return;
    }
    // The cited quotations' words: by their whole text, and joined (each after a line break,
    // which no folded text holds, so a match never runs from one into the next).
    let mut whole: FastMap<String, usize> = FastMap::default();
    let mut joined = String::new();
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        if q.citations.is_empty() {
            continue;
        }
        let (f, n) = folded(&q.text);
        if n == 0 {
            continue;
        }
        starts.push((joined.len(), i));
        joined.push('\n');
        joined.push_str(&f);
        whole.entry(f).or_insert(i);
    }
    let mut budget = SEARCH_BUDGET;
    let mut found: Vec<(usize, usize)> = Vec::new();
    for &hi in &wanted {
        let Some(q) = quotes.get(hi) else { continue };
        let (f, n) = folded(&q.text);
        let source = if n >= MIN_WHOLE_WORDS {
            whole.get(&f).copied()
        } else {
            None
        }
        .filter(|&i| i != hi)
        .or_else(|| {
            // The heading's words a part of a cited quotation's.
            if n < MIN_PART_WORDS || budget < joined.len() {
                return None;
            }
            budget -= joined.len();
            let at = joined.find(&f)?;
            let k = starts.partition_point(|s| s.0 <= at).checked_sub(1)?;
            starts.get(k).map(|s| s.1)
        })
        .or_else(|| {
            // A cited quotation's words a part of the heading's: its longest part first.
            let words: Vec<&str> = f.split(' ').filter(|w| !w.is_empty()).collect();
            if words.len() > MAX_HEADING_WORDS {
                return None;
            }
            let mut key = String::new();
            for len in (MIN_PART_WORDS..words.len()).rev() {
                for part in words.windows(len) {
                    key.clear();
                    key.push(' ');
                    for w in part {
                        key.push_str(w);
                        key.push(' ');
                    }
                    if let Some(&i) = whole.get(&key) {
                        return Some(i);
                    }
                }
            }
            None
        });
        if let Some(i) = source.filter(|&i| i != hi) {
            found.push((hi, i));
        }
    }
    for (hi, i) in found {
        let Some(cites) = quotes.get(i).map(|q| q.citations.clone()) else {
            continue;
        };
        let Some(q) = quotes.get_mut(hi) else {
            continue;
        };
        for c in cites {
            if !q
                .citations
                .iter()
                .any(|d| d.footnote == c.footnote && d.url == c.url)
            {
                q.citations.push(QuoteCitation {
                    footnote: c.footnote,
                    url: c.url,
                    attribution: Attribution::Repeated,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_words_only() {
        assert_eq!(
            folded("We were never told,  “ABOUT” it’s…"),
            (" we were never told about it s ".to_string(), 7)
        );
        assert_eq!(folded(" … "), (" ".to_string(), 0));
    }

    #[test]
    fn ranges_hold_their_offsets() {
        let r = [(0, 10), (20, 30)];
        assert!(in_ranges(&r, 0) && in_ranges(&r, 9) && in_ranges(&r, 25));
        assert!(!in_ranges(&r, 10) && !in_ranges(&r, 15) && !in_ranges(&r, 30));
    }
}
