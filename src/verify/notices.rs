//! What a cited page says about its own words: a correction, an editor's note or an update
//! that gives some quoted words as a misquote, as wrongly attributed, as removed from the
//! page or as withdrawn by their speaker (`An earlier version of this article misquoted Dr
//! Hale as saying “…”`, `Dr Hale has since withdrawn her remark that “…”`), and a paper's
//! own retraction (`RETRACTED: …` in its title, a `RETRACTED ARTICLE` banner above it).
//!
//! A quote whose words are on the page only there is on the page, but not as something the
//! page stands by. Pages without such a notice pay one scan of their words, once per page
//! (a few byte comparisons a word); a retraction is looked for in a page's first lines only.

use std::ops::Range;

use super::visible_text::Aside;
use super::SourceText;

/// What a notice says of the words it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Notice {
    /// Misquoted or wrongly attributed (`misquoted … as saying`, `An earlier version quoted
    /// … as saying`, `wrongly attributed to`).
    Misquote,
    /// Taken off the page (`updated to remove a quote`).
    Removed,
    /// Said, but withdrawn since by the speaker (`has since withdrawn her remark that`).
    Withdrawn,
}

/// Page words (positions `words`) a notice is about, what it says of them, and the
/// notice's words that say it, as the page writes them (shown in the warning).
#[derive(Debug, Clone)]
pub(super) struct Disowned {
    pub words: Range<usize>,
    pub kind: Notice,
    pub label: String,
}

/// Most words of a notice shown in a warning (its last ones, nearest the quoted words).
const LABEL_WORDS: usize = 18;

/// How many words after a cue its object may come (`withdrawn her remark`, `remove a
/// quote from`).
const CUE_REACH: usize = 3;

fn any_of(w: &str, list: &[&str]) -> bool {
    list.contains(&w)
}

const WITHDRAWING: &[&str] = &[
    "withdraw",
    "withdraws",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "retract",
    "retracts",
    "retracted",
    "retracting",
];
const REMOVING: &[&str] = &[
    "remove", "removes", "removed", "removing", "delete", "deleted",
];
const REMARKS: &[&str] = &[
    "remark",
    "remarks",
    "comment",
    "comments",
    "claim",
    "statement",
    "statements",
    "words",
    "assertion",
    "quote",
    "quotes",
    "quotation",
];
const QUOTING: &[&str] = &[
    "quoted",
    "quoting",
    "quote",
    "said",
    "attributed",
    "reported",
    "stated",
];
const WRONGLY: &[&str] = &[
    "wrongly",
    "incorrectly",
    "falsely",
    "mistakenly",
    "erroneously",
    "wrongfully",
    "inaccurately",
];

/// The page's notices that disown words of it. Cheap for a page without any: a first pass
/// compares each word's first bytes only.
pub(super) fn disowned(src: &SourceText) -> Vec<Disowned> {
    let ix = &src.index;
    let n = ix.len();
    let mut out: Vec<Disowned> = Vec::new();
    for p in 0..n {
        let w = ix.word_at(p);
        // Byte pre-check: every cue word starts with one of these.
        let b = w.as_bytes();
        if b.len() < 5 || !matches!(b[0], b'm' | b'v' | b'w' | b'r' | b'd' | b'a' | b'q') {
            continue;
        }
        let within = |list: &[&str]| {
            (p + 1..(p + 1 + CUE_REACH).min(n)).find(|&q| {
                !ix.sentence_starts.get(q).copied().unwrap_or(true) && any_of(ix.word_at(q), list)
            })
        };
        let cue: Option<(usize, Notice, bool)> = if w.starts_with("misquot")
            || w.starts_with("misattribut")
            || w.starts_with("misreport")
        {
            Some((p + 1, Notice::Misquote, true))
        } else if w == "version"
            && p > 0
            && any_of(
                ix.word_at(p - 1),
                &["earlier", "previous", "original", "initial", "first"],
            )
        {
            // `An earlier version of this story quoted … as saying`: the verb in its clause.
            (p + 1..(p + 8).min(n))
                .take_while(|&q| !ix.sentence_starts.get(q).copied().unwrap_or(true))
                .find(|&q| any_of(ix.word_at(q), QUOTING))
                .map(|q| (q + 1, Notice::Misquote, true))
        } else if any_of(w, &["attributed", "quoted", "ascribed"])
            && p > 0
            && any_of(ix.word_at(p - 1), WRONGLY)
        {
            Some((p + 1, Notice::Misquote, false))
        } else if any_of(w, WITHDRAWING) {
            within(REMARKS).map(|q| (q + 1, Notice::Withdrawn, true))
        } else if any_of(w, REMOVING) {
            within(&[
                "quote",
                "quotes",
                "quotation",
                "remark",
                "comment",
                "statement",
            ])
            .map(|q| (q + 1, Notice::Removed, true))
        } else {
            None
        };
        let Some((cue_end, kind, forward)) = cue else {
            continue;
        };
        let cue_start = if kind == Notice::Misquote && !forward {
            p - 1
        } else {
            p
        };
        if let Some(d) = about(src, cue_start, cue_end, kind, forward) {
            if !out.iter().any(|o| o.words == d.words) {
                out.push(d);
            }
        }
    }
    out
}

/// Whether the gap before page word `q` ends a clause: a sentence's end, a line break or a
/// semicolon.
fn clause_break(src: &SourceText, q: usize) -> bool {
    let ix = &src.index;
    if q == 0 || q >= ix.len() || ix.sentence_starts.get(q).copied().unwrap_or(true) {
        return true;
    }
    let a = ix.spans[q - 1].1 as usize;
    let b = ix.spans[q].0 as usize;
    src.text.get(a..b).is_some_and(|g| g.contains(['\n', ';']))
}

/// The quotation a cue (page words `cue_start..cue_end`) is about: the first one after it
/// in its clause (`misquoted Dr Hale as saying “…”`), or for a cue that follows what it is
/// about (`“…”, which was wrongly attributed to him`), or when none follows, the last one
/// before it in its clause; without quotation marks, the rest of the clause after it.
fn about(
    src: &SourceText,
    cue_start: usize,
    cue_end: usize,
    kind: Notice,
    forward: bool,
) -> Option<Disowned> {
    let ix = &src.index;
    let mut clause_end = cue_end;
    while clause_end < ix.len() && !clause_break(src, clause_end) {
        clause_end += 1;
    }
    let mut clause_start = cue_start;
    while clause_start > 0 && !clause_break(src, clause_start) {
        clause_start -= 1;
    }
    // The sentence's start, for the label (`Correction: An earlier version …`).
    let mut sentence_start = clause_start;
    let line_break = |q: usize| {
        let (a, b) = (ix.spans[q - 1].1 as usize, ix.spans[q].0 as usize);
        src.text.get(a..b).is_some_and(|g| g.contains('\n'))
    };
    while sentence_start > 0
        && !ix
            .sentence_starts
            .get(sentence_start)
            .copied()
            .unwrap_or(true)
        && !line_break(sentence_start)
    {
        sentence_start -= 1;
    }
    let byte = |q: usize| ix.spans.get(q).map_or(src.text.len(), |s| s.0 as usize);
    let end_byte = |q: usize| ix.spans.get(q).map_or(0, |s| s.1 as usize);
    let word_from = |at: usize| ix.spans.partition_point(|s| (s.0 as usize) < at);
    let after = src
        .text
        .get(end_byte(cue_end - 1)..byte(clause_end).min(src.text.len()));
    let before = src.text.get(byte(clause_start)..byte(cue_start));
    let quoted_after = after.and_then(|t| {
        let (open, close) = quotation(t, false)?;
        let base = end_byte(cue_end - 1);
        Some((word_from(base + open), word_from(base + close)))
    });
    let quoted_before = || {
        before.and_then(|t| {
            let (open, close) = quotation(t, true)?;
            let base = byte(clause_start);
            Some((word_from(base + open), word_from(base + close)))
        })
    };
    let (words, label_end) = match (forward, quoted_after) {
        (true, Some((a, b))) => (a..b, a),
        _ => match quoted_before() {
            Some((a, b)) => (a..b, cue_end),
            None if forward => (cue_end..clause_end, cue_end),
            None => (clause_start..cue_start, cue_end),
        },
    };
    if words.is_empty() {
        return None;
    }
    let label_start = sentence_start.max(label_end.saturating_sub(LABEL_WORDS));
    let label = src
        .text
        .get(byte(label_start)..end_byte(label_end.max(label_start + 1) - 1))?
        .trim_end_matches([' ', ',', ':', '\u{201C}', '"'])
        .to_string();
    Some(Disowned { words, kind, label })
}

/// Byte offsets of a quotation's opening and closing marks in `t`: the first one, or with
/// `last` the last one. Double quotation marks only (`“…”`, `"…"`, `«…»`, `„…“`): a single
/// one is too often an apostrophe.
fn quotation(t: &str, last: bool) -> Option<(usize, usize)> {
    let marks: Vec<(usize, char)> = t
        .char_indices()
        .filter(|(_, c)| {
            matches!(
                c,
                '\u{201C}' | '\u{201D}' | '"' | '\u{AB}' | '\u{BB}' | '\u{201E}'
            )
        })
        .collect();
    let pairs: Vec<(usize, usize)> = {
        let mut v = Vec::new();
        let mut k = 0;
        while k + 1 < marks.len() {
            let (o, oc) = marks[k];
            let (c, cc) = marks[k + 1];
            let pairs_up = matches!(
                (oc, cc),
                ('\u{201C}', '\u{201D}')
                    | ('"', '"')
                    | ('\u{AB}', '\u{BB}')
                    | ('\u{201E}', '\u{201C}' | '\u{201D}')
                    | ('\u{BB}', '\u{AB}')
            );
            if pairs_up {
                v.push((o, c));
                k += 2;
            } else {
                k += 1;
            }
        }
        v
    };
    if last {
        pairs.last().copied()
    } else {
        pairs.first().copied()
    }
}

/// Lines of a page's start (and its title) that say the page itself is retracted: its
/// title or heading starts `RETRACTED:` or `Retracted article`, or a banner or notice above
/// the text does (`RETRACTED ARTICLE`, `This article has been retracted.`, `Notice of
/// retraction: This paper was retracted on …`). Read in the page's lines up to its first
/// paragraph of prose (the first line of 20 words or more, included) and at most
/// [`RETRACTION_LINES`] of them: a paper or a story that mentions another one's retraction
/// further down is not itself retracted.
pub(super) fn retraction(page: &SourceText) -> Option<String> {
    let title = page
        .asides
        .iter()
        .find(|(k, _)| *k == Aside::Title)
        .map(|(_, t)| t.text.as_str());
    let head = page.text.get(..floor(&page.text, RETRACTION_BYTES))?;
    // Byte pre-check: no `retract` at the page's start nor in its title, no notice.
    let has = |t: &str| {
        t.as_bytes()
            .windows(7)
            .any(|w| w.eq_ignore_ascii_case(b"retract"))
    };
    if !has(head) && !title.is_some_and(has) {
        return None;
    }
    let lines = title.into_iter().chain(
        head.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .scan(false, |done, l| {
                if *done {
                    return None;
                }
                *done = l.split_whitespace().nth(19).is_some();
                Some(l)
            })
            .take(RETRACTION_LINES),
    );
    for line in lines {
        let lower: String = floor_str(line, 64).to_lowercase();
        let says = RETRACTED_OPENINGS.iter().any(|o| lower.starts_with(o))
            || ([
                "this article",
                "this paper",
                "this study",
                "this chapter",
                "this preprint",
            ]
            .iter()
            .any(|o| lower.starts_with(o))
                && lower.split(['.', ':']).next().is_some_and(|s| {
                    s.ends_with("been retracted")
                        || s.ends_with("was retracted")
                        || s.ends_with("is retracted")
                }));
        if says {
            let shown: Vec<&str> = line.split_whitespace().take(10).collect();
            let mut shown = shown.join(" ");
            if line.split_whitespace().nth(10).is_some() {
                shown.push_str(" \u{2026}");
            }
            return Some(shown);
        }
    }
    None
}

/// How many of a page's first lines are read for a retraction notice.
const RETRACTION_LINES: usize = 12;

/// How many of a page's first bytes are read for one.
const RETRACTION_BYTES: usize = 8192;

/// How a line that says its page is retracted opens.
const RETRACTED_OPENINGS: &[&str] = &[
    "retracted:",
    "retracted article",
    "retracted paper",
    "retraction:",
    "retraction note",
    "retraction notice",
    "notice of retraction",
    "[retracted]",
];

fn floor(s: &str, max: usize) -> usize {
    if s.len() <= max {
        return s.len();
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn floor_str(s: &str, max: usize) -> &str {
    &s[..floor(s, max)]
}
