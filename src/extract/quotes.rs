//! Quotes: finding quoted passages in the blocks' text and tying each to its citations.
//!
//! Quote marks are paired within one block (paragraph) only, so an unbalanced mark can never
//! swallow more than its paragraph. Straight `"` marks are paired by context (an opener
//! follows a space or an opening bracket and precedes a non-space; a closer is the reverse),
//! so inch marks (`12"`) and stray marks are ignored. Single quotes never delimit a quote:
//! they are apostrophes far more often, and a quotation nested in a quotation stays inside.
//!
//! Every search is local to a block and bounded (sentence windows of a few hundred bytes), so
//! the whole scan is linear in the document size.

use super::notes::{NoteIndex, NoteInfo};
use super::own_page::OwnPage;
use super::StrFind;
use super::{fold_ws, Block, BlockKind, Marker, Parsed};
use crate::model::{Attribution, Link, LinkKind, Quote, QuoteCitation, QuoteKind};

/// The start of the warning for a quotation whose only source is a placeholder link.
pub(crate) const PLACEHOLDER_QUOTE_WARNING: &str = "quotation attributed to a placeholder link";

/// How far (bytes) to look for the edges of the sentence around a quote.
const SENTENCE_WINDOW: usize = 600;

/// Quotes found, plus warnings as (source offset, message).
#[derive(Debug, Default)]
pub struct QuoteScan {
    /// Quotes in document order (positions not yet filled in).
    pub quotes: Vec<Quote>,
    /// Warnings.
    pub warnings: Vec<(usize, String)>,
}

/// One pair of quote marks in a block's text.
#[derive(Debug, Clone, Copy)]
struct Span {
    open: usize,
    inner_start: usize,
    inner_end: usize,
    /// End of the closing mark; `None` when unbalanced (the quote runs to the block's end).
    close_end: Option<usize>,
}

/// How an open quotation was opened, which decides what closes it.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    /// `“`, closed by `”` (English and most others) or by `“` right after a word (the
    /// `“…“` typed for `“…”`, common in Chinese and Korean text).
    Curly,
    /// `„`, closed by `“` (German, Czech) or `”` (Polish, Hungarian, Romanian).
    Low,
    /// `"`, paired by context.
    Straight,
    /// `«`, closed by `»` (French, Italian, Russian, Swiss).
    Guillemet,
    /// `»`, closed by `«` (German, Danish). Opens only when a `«` follows later in the
    /// paragraph: a lone `»` is a breadcrumb or an arrow.
    Reversed,
    /// `”`, closed by `”` (Swedish, Finnish). Opens only when another `”` follows later in
    /// the paragraph: a lone `”` is a stray closer.
    Swedish,
    /// `»`, closed by `»` (Finnish, Finland-Swedish). Opens only when the next guillemet of
    /// the paragraph is a `»` that ends a word (`»…» [1]`), so a breadcrumb's `»` between
    /// spaces, a German `»…«` and a `»` opening each paragraph of a long quotation (closed
    /// only at the end of the last) open no such quotation.
    Finnish,
}

fn is_open_ctx(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p))
}

fn is_close_ctx(next: Option<char>) -> bool {
    next.is_none_or(|n| {
        n.is_whitespace()
            // `{` opens a shortcode or an attribute list right after the quotation
            // (Hugo's `…."{{% ref "x" %}}`).
            || ".,;:!?)]}{—–-/¹²³⁴⁵⁶⁷⁸⁹⁰[(’'…".contains(n)
            // Other scripts' punctuation: the Devanagari danda (Hindi, Marathi, Nepali),
            // Arabic and Urdu stops and commas, Chinese and Japanese full-width marks.
            || "।॥۔؟،؛。，、！？；：".contains(n)
            || super::notes::superscript_letter(n).is_some()
    })
}

/// Whether inline markup left as text closes at byte `i`, right after a straight mark: a
/// highlight, bold or strike-through closing (`==…"==.`, HackMD's, Obsidian's and Typora's
/// `==mark==`; a literal `**` or `~~`), two of the same character followed by what may
/// follow a closing mark. One such character (`"*`, `"~x`) is not enough.
fn closing_markup_after(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match (b.get(i), b.get(i + 1)) {
        (Some(&c), Some(&d)) if c == d && matches!(c, b'=' | b'*' | b'~') => {
            b.get(i + 2) != Some(&c)
                && is_close_ctx(text.get(i + 2..).and_then(|s| s.chars().next()))
        }
        _ => false,
    }
}

/// Whether a note number of one to three digits is glued at byte `i` (`happens."15 We`), as
/// text copied from a PDF has it after a closing mark.
fn glued_number(b: &[u8], i: usize) -> bool {
    let n = b
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (1..=3).contains(&n)
        && b.get(i + n).is_none_or(|&c| {
            c.is_ascii_whitespace() || matches!(c, b'.' | b',' | b';' | b':' | b')')
        })
}

/// The quote mark starting at byte `i`, if any. Quote marks are `"` or start with one of the
/// lead bytes 0xE2 (`“ ” „`) and 0xC2 (`« »`), which is what the scans look for.
#[inline]
pub(super) fn quote_mark_at(b: &[u8], i: usize) -> Option<char> {
    match b.get(i)? {
        b'"' => Some('"'),
        0xE2 => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(0x9C)) => Some('“'),
            (Some(0x80), Some(0x9D)) => Some('”'),
            (Some(0x80), Some(0x9E)) => Some('„'),
            _ => None,
        },
        0xC2 => match b.get(i + 1) {
            Some(0xAB) => Some('«'),
            Some(0xBB) => Some('»'),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `text` holds any of the double quote marks (`"“”«»„`) or a corner bracket `「`.
fn has_quote_mark(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, b).any(|i| quote_mark_at(b, i).is_some())
        || memchr::memchr2_iter(0xE3, 0xEF, b).any(|i| corner_at(b, i) == Some(Corner::Open))
        || may_open_single(b)
}

/// Whether `b` may hold a quotation in single marks: a `‘`, or a `'` starting a word (an
/// apostrophe inside one, `don't`, opens nothing).
fn may_open_single(b: &[u8]) -> bool {
    memchr::memchr2_iter(b'\'', 0xE2, b).any(|i| match b.get(i) {
        Some(b'\'') => {
            i == 0
                || b.get(i - 1)
                    .is_some_and(|&p| p.is_ascii_whitespace() || p == b'(' || p == b'[')
        }
        // `‘`, or German `‚` (a low single mark).
        _ => matches!(b.get(i + 1..i + 3), Some(&[0x80, 0x98 | 0x9A])),
    })
}

/// One single quotation mark of a block, as [`single_spans`] pairs them.
struct SingleMark {
    at: usize,
    width: usize,
    opens: bool,
    closes: bool,
    /// A closer after punctuation (`mine,’`) or before it or the block's end (`’,`): where a
    /// quotation ends, rather than a plural's apostrophe (`the workers’ rights`), a dropped
    /// letter (`talkin’ about`) or `’n’`.
    strong: bool,
    /// A closer followed by a space and a lower-case word: one that may be an apostrophe.
    weak: bool,
    /// A German opener `‚`, closed by `‘` (or `’`, as Polish and Dutch close it).
    low: bool,
    /// A `‘` ending a word: the closer of a `‚` only.
    closes_low: bool,
}

/// Words an apostrophe starts by leaving letters out (`’cause`, `'em`, `‘til`): typed with
/// the opening mark by autocorrect, they open no quotation.
const ELIDED: &[&str] = &[
    "bout", "cause", "cos", "em", "n", "round", "til", "tis", "twas",
];

/// Quotations in single marks, the British way (`‘…’`, `'…'`), outside double ones: a `‘`
/// (or a `'`) starting a word opens, a `’` (or `'`) ending one closes, an apostrophe inside a
/// word (`don’t`) does neither. An opener takes the first closer before the next opener,
/// unless that one reads as a plural's apostrophe and a closer before punctuation follows in
/// the sentence (`‘the workers’ rights are not negotiable’, he said`); none within 1,500
/// bytes, and it is an apostrophe (`’90s`, `'cause`), not a quotation. Double quotations inside a single one (`‘He called it “a farce”’`) are part
/// of it. German single marks (`‚…‘`) pair the same way, the `‘` closing only a `‚`.
/// `out` holds the double quotations, in order.
fn single_spans(b: &Block, out: &mut Vec<Span>) {
    let text = b.text.as_str();
    let bytes = text.as_bytes();
    let mut marks: Vec<SingleMark> = Vec::new();
    let mut d = 0;
    for i in memchr::memchr2_iter(b'\'', 0xE2, bytes) {
        let (c, width) = match bytes.get(i..i + 3) {
            Some([0xE2, 0x80, 0x98]) => ('\u{2018}', 3),
            Some([0xE2, 0x80, 0x99]) => ('\u{2019}', 3),
            Some([0xE2, 0x80, 0x9A]) => ('\u{201A}', 3),
            _ if bytes.get(i) == Some(&b'\'') => ('\'', 1),
            _ => continue,
        };
        // Inside a double quotation: a quotation within a quotation, part of it.
        while out
            .get(d)
            .is_some_and(|s| s.close_end.unwrap_or(usize::MAX) <= i)
        {
            d += 1;
        }
        if out.get(d).is_some_and(|s| s.open < i) || b.in_code(i) {
            continue;
        }
        let p = text.get(..i).and_then(|s| s.chars().next_back());
        let n = text.get(i + width..).and_then(|s| s.chars().next());
        // `‘90s`, `'cause`: letters or digits left out, not a quotation.
        let elided = || {
            let rest = text.get(i + width..).unwrap_or("");
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .take(8)
                .collect();
            let decade = word.len() == 3
                && word.ends_with('s')
                && word.starts_with(|c: char| c.is_ascii_digit());
            decade || ELIDED.contains(&word.as_str())
        };
        let opens = match c {
            '\u{2018}' => {
                is_open_ctx(p)
                    && n.is_some_and(|n| {
                        n.is_alphanumeric()
                            || matches!(n, '“' | '"' | '…' | '[' | '(' | '£' | '$' | '€')
                    })
                    && !elided()
            }
            // Not an argument in code (`print('…')`, `status = '…'`).
            '\'' => {
                is_open_ctx(p)
                    && p != Some('(')
                    && n.is_some_and(char::is_alphabetic)
                    && !elided()
                    && !text.get(..i).unwrap_or("").trim_end().ends_with('=')
            }
            // German `‚…‘`: never an apostrophe.
            '\u{201A}' => is_open_ctx(p) && n.is_some_and(|n| n.is_alphanumeric() || n == '…'),
            _ => false,
        };
        // (A superscript note number after the mark, `… never did.’³`, is no letter of it.)
        let ends_word = p.is_some_and(|p| !p.is_whitespace())
            && n.is_none_or(|n| !n.is_alphanumeric() || super::notes::is_superscript(n));
        // The second mark of `’n’` (`rock ’n’ roll`, `fish 'n' chips`) ends a word an
        // apostrophe began: it closes nothing.
        let elided_n = {
            let before = text.get(..i).unwrap_or("");
            ["\u{2019}n", "\u{2018}n", "'n"].iter().any(|w| {
                before
                    .strip_suffix(w)
                    .is_some_and(|r| r.is_empty() || r.ends_with(char::is_whitespace))
            })
        };
        let closes = !matches!(c, '\u{2018}' | '\u{201A}') && ends_word && !elided_n;
        let closes_low = c == '\u{2018}' && ends_word;
        if opens || closes || closes_low {
            let after = text.get(i + width..).unwrap_or("");
            marks.push(SingleMark {
                at: i,
                width,
                opens,
                closes,
                strong: n.is_none_or(|n| !n.is_whitespace())
                    || p.is_some_and(|p| ".,;:!?".contains(p)),
                weak: !closes_low
                    && after.starts_with(' ')
                    && after.chars().nth(1).is_some_and(char::is_lowercase),
                low: c == '\u{201A}',
                closes_low,
            });
        }
    }
    let mut singles = Vec::new();
    let mut k = 0;
    while let Some(o) = marks.get(k) {
        if !o.opens {
            k += 1;
            continue;
        }
        let (mut first, mut first_punct) = (None, None);
        let mut j = k + 1;
        while let Some(m) = marks.get(j).filter(|m| !m.opens && m.at < o.at + 1500) {
            if m.closes || (o.low && m.closes_low) {
                first = first.or(Some(j));
                if m.strong && first_punct.is_none() {
                    first_punct = Some(j);
                }
            }
            j += 1;
        }
        // The first closer, unless it may be an apostrophe (`workers’ rights`, `talkin’
        // about`, `’n’ roll`: a space and a lower-case word follow) and a closer by
        // punctuation follows in the same sentence.
        let plural = |c: usize| marks.get(c).is_some_and(|m| m.weak && !m.strong);
        let same_sentence = |a: usize, z: usize| {
            let (Some(a), Some(z)) = (marks.get(a), marks.get(z)) else {
                return false;
            };
            text.get(a.at..z.at)
                .is_some_and(|t| !t.has_str(". ") && !t.has_str("? ") && !t.has_str("! "))
        };
        // A plural's apostrophe or a dropped `g` (`‘the players’ trust in one another as
        // the engine’ of …`, `‘talkin’ about a revolution’ on air`) gives way to a later
        // closer in the sentence that neither could be (`engine’`, or one no lower-case
        // word follows), when none closes by punctuation.
        let apostrophe_like = |m: &SingleMark| {
            text.get(..m.at)
                .is_some_and(|t| t.ends_with('s') || t.ends_with("in"))
        };
        let plural_s = |c: usize| plural(c) && marks.get(c).is_some_and(apostrophe_like);
        let plain_closer = |c: usize| {
            marks
                .get(c)
                .is_some_and(|m| m.closes && (!m.weak || !apostrophe_like(m)))
        };
        let chosen = match (first, first_punct) {
            (Some(f), Some(p)) if p != f && plural(f) && same_sentence(f, p) => Some(p),
            (Some(f), None) if plural_s(f) => (f + 1..j)
                .find(|&c| plain_closer(c))
                .filter(|&c| same_sentence(f, c))
                .or(Some(f)),
            (f, _) => f,
        };
        // `rock ’n’ roll` quotes nothing. Straight marks also set off names in technical
        // writing (`the 'std' feature`, `'if let'`): they quote three words or more, and
        // nothing that reads as code.
        let worded = |m: &SingleMark| {
            text.get(o.at + o.width..m.at).is_some_and(|t| {
                let letters = t.chars().filter(|c| c.is_alphanumeric()).nth(1).is_some();
                // (A semicolon or a bracket as prose writes it, `ignored; the council`,
                // `the board (its chair) said`, is no code: `a;b`, `run()`, `f(x)` are.)
                let codeish = || {
                    let b = t.as_bytes();
                    t.contains(['_', '{', '}', '=', '/', '\\', '<', '>', '`'])
                        || t.has_str("::")
                        || t.has_str(" -")
                        || t.has_str("()")
                        || b.iter().enumerate().any(|(i, &c)| match c {
                            b';' => b.get(i + 1).is_some_and(|n| !n.is_ascii_whitespace()),
                            b'(' => i
                                .checked_sub(1)
                                .and_then(|j| b.get(j))
                                .is_some_and(u8::is_ascii_alphanumeric),
                            _ => false,
                        })
                };
                // `'Save as PDF'`, `'Open Recent Files'`: a label of a program's menu.
                let label = || {
                    t.split_whitespace()
                        .filter(|w| w.chars().count() > 3)
                        .all(|w| w.starts_with(char::is_uppercase))
                };
                letters && (o.width > 1 || (count_words(t) >= 3 && !codeish() && !label()))
            })
        };
        match chosen
            .and_then(|c| Some((c, marks.get(c)?)))
            .filter(|(_, m)| worded(m))
        {
            Some((c, m)) => {
                singles.push(Span {
                    open: o.at,
                    inner_start: o.at + o.width,
                    inner_end: m.at,
                    close_end: Some(m.at + m.width),
                });
                k = c + 1;
            }
            None => k = j.max(k + 1),
        }
    }
    if singles.is_empty() {
        return;
    }
    // A double quotation inside a single one is part of it.
    out.retain(|s| {
        !singles
            .iter()
            .any(|q| q.open < s.open && s.close_end.is_some_and(|e| Some(e) <= q.close_end))
    });
    out.extend(singles);
    out.sort_by_key(|s| s.open);
}

/// Japanese and Chinese quotation marks: corner brackets `「…」`, and the white ones `『…』`
/// for a quotation inside a quotation (or, on their own, a book's title).
#[derive(Clone, Copy, PartialEq, Debug)]
enum Corner {
    Open,
    Close,
    WhiteOpen,
    WhiteClose,
}

/// The corner bracket starting at byte `i` (`「」『』` are `E3 80 8C` to `E3 80 8F`). The
/// half-width ones `｢｣` (`EF BD A2`, `A3`) and the double prime marks `〝…〟` (`〞`), which
/// Japanese and Chinese text also quote with (`E3 80 9D` to `9F`), are read as `「」`
/// (thirty-ninth session: quotations in them were never found). Each is three bytes.
#[inline]
fn corner_at(b: &[u8], i: usize) -> Option<Corner> {
    match (b.get(i)?, b.get(i + 1)?, b.get(i + 2)?) {
        (0xE3, 0x80, 0x8C | 0x9D) | (0xEF, 0xBD, 0xA2) => Some(Corner::Open),
        (0xE3, 0x80, 0x8D | 0x9E | 0x9F) | (0xEF, 0xBD, 0xA3) => Some(Corner::Close),
        (0xE3, 0x80, 0x8E) => Some(Corner::WhiteOpen),
        (0xE3, 0x80, 0x8F) => Some(Corner::WhiteClose),
        _ => None,
    }
}

/// Quotations in corner brackets: `「…」` with whatever it holds (`『…』` inside stays
/// inside). A `『…』` on its own names a book, it quotes nothing.
fn corner_spans(b: &Block, out: &mut Vec<Span>, unbalanced: &mut Vec<usize>) {
    let bytes = b.text.as_bytes();
    let mut open: Option<usize> = None;
    // The brackets open inside the quotation: `true` for a white one `『`. A `』` closes only
    // a `『`; a `」` closes the `「` it belongs to, and any `『` left open inside it.
    let mut inner: Vec<bool> = Vec::new();
    for i in memchr::memchr2_iter(0xE3, 0xEF, bytes) {
        let Some(c) = corner_at(bytes, i) else {
            continue;
        };
        if b.in_code(i) {
            continue;
        }
        // A quotation starts with its first character: `「;` in a table of characters
        // quotes nothing.
        let starts_text = || {
            b.text
                .get(i + 3..)
                .and_then(|s| s.chars().next())
                .is_some_and(|n| !n.is_whitespace() && !n.is_ascii_punctuation())
        };
        let Some(o) = open else {
            if c == Corner::Open && starts_text() {
                open = Some(i);
            }
            continue;
        };
        match c {
            Corner::Open => inner.push(false),
            Corner::WhiteOpen => inner.push(true),
            Corner::WhiteClose => {
                if inner.last() == Some(&true) {
                    inner.pop();
                }
            }
            Corner::Close => {
                let mut closed_inner = false;
                while let Some(white) = inner.pop() {
                    if !white {
                        closed_inner = true;
                        break;
                    }
                }
                if !closed_inner {
                    out.push(Span {
                        open: o,
                        inner_start: o + 3,
                        inner_end: i,
                        close_end: Some(i + 3),
                    });
                    open = None;
                }
            }
        }
    }
    if let Some(o) = open {
        unbalanced.push(o);
        out.push(Span {
            open: o,
            inner_start: o + 3,
            inner_end: bytes.len(),
            close_end: None,
        });
    }
}

/// Finds pairs of double quote marks in `text`.
///
/// Only the candidate bytes are visited (memchr); the characters around a mark are decoded
/// there, so the scan costs little more than a pass of memchr over the block.
/// `links` are the block's links (start, end, index), sorted: a straight mark right before a
/// link's text closes a quotation (`"…"[1]` with `[1]: https://…`, `"…"[the report](…)`:
/// the rendered text reads `"…"1`).
fn find_spans(
    b: &Block,
    links: &[(usize, usize, usize)],
    unbalanced: &mut Vec<usize>,
) -> Vec<Span> {
    let text = b.text.as_str();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<(usize, Mark)> = None;
    // Where the last `«` and the last `”` of the block are (found once, when first needed):
    // a `»` or `”` with nothing open opens a quotation only if its closer comes later.
    let mut last_of: [Option<Option<usize>>; 2] = [None, None];
    let mut closer_after = |which: usize, i: usize| {
        let mark = ["«", "”"][which];
        last_of[which]
            .get_or_insert_with(|| text.rfind(mark))
            .is_some_and(|at| at > i)
    };
    // Where the block's last straight mark is (found once, when first needed).
    let mut last_straight: Option<Option<usize>> = None;
    let close = |out: &mut Vec<Span>, o: usize, i: usize, w: usize| {
        out.push(Span {
            open: o,
            inner_start: o + mark_len(text, o),
            inner_end: i,
            close_end: Some(i + w),
        });
    };
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes) {
        let Some(c) = quote_mark_at(bytes, i) else {
            continue;
        };
        if b.in_code(i) {
            continue;
        }
        let w = c.len_utf8();
        let p = text.get(..i).and_then(|s| s.chars().next_back());
        let next = text.get(i + w..).and_then(|s| s.chars().next());
        let after_word = p.is_some_and(|p| !p.is_whitespace()) && !is_open_ctx(p);
        // An opening mark is followed by the quotation's first character: not a space, nor
        // punctuation that ends a phrase (`encountering ". This` is a mark talked about).
        // Three dots typed for an ellipsis (`"... senior managers had ignored"`, `". . .
        // and then"`) open one as `…` does.
        let opens_word = next
            .is_some_and(|n| !n.is_whitespace() && !matches!(n, '.' | ',' | ';' | '!' | '?' | ')'))
            || text
                .get(i + w..)
                .is_some_and(|r| r.starts_with("...") || r.starts_with(". . ."));
        match (c, open) {
            ('“', None) => open = Some((i, Mark::Curly)),
            ('„', None) => open = Some((i, Mark::Low)),
            ('«', None) => open = Some((i, Mark::Guillemet)),
            ('»', None) if is_open_ctx(p) && opens_word => {
                if same_direction_closer(b, i + w) {
                    open = Some((i, Mark::Finnish));
                } else if closer_after(0, i) {
                    open = Some((i, Mark::Reversed));
                }
            }
            ('”', None) if is_open_ctx(p) && opens_word && closer_after(1, i) => {
                open = Some((i, Mark::Swedish));
            }
            ('”', Some((o, Mark::Curly | Mark::Low | Mark::Swedish)))
            | ('“', Some((o, Mark::Curly | Mark::Low)))
                if c == '”' || after_word =>
            {
                close(&mut out, o, i, w);
                open = None;
            }
            ('“' | '„', Some((o, Mark::Curly | Mark::Low))) => {
                // A second opener before any closer: the first was never closed.
                unbalanced.push(o);
                open = Some((i, if c == '„' { Mark::Low } else { Mark::Curly }));
            }
            ('»', Some((o, Mark::Guillemet | Mark::Finnish)))
            | ('«', Some((o, Mark::Reversed))) => {
                close(&mut out, o, i, w);
                open = None;
            }
            // A straight opener closed by a curly mark, as autocorrect leaves them (`"It
            // was the best gig,” said Jo Pike, “and …”`): when no straight mark comes later
            // in the block to close it.
            ('”', Some((o, Mark::Straight)))
                if p.is_some_and(|p| !p.is_whitespace())
                    && is_close_ctx(next)
                    && *last_straight.get_or_insert_with(|| text.rfind('"')) <= Some(o) =>
            {
                close(&mut out, o, i, w);
                open = None;
            }
            // Chinese and Japanese run words together: a straight mark right after one of
            // their characters may open a quotation (`他说"我们会重新开放"。`).
            ('"', None)
                if (is_open_ctx(p)
                    || p.is_some_and(|p| super::is_cjk(p) || "：，、".contains(p)))
                    && opens_word =>
            {
                open = Some((i, Mark::Straight));
            }
            // A closer follows the quotation's last character, or a space quoted with it
            // when punctuation follows (`lines beginning with "at ").`), or one space typed
            // (or left by markup taken out, `four <span>"`) before it when a space or the
            // end follows: `"… four "[^1] and more`, an opener being followed by a word.
            ('"', Some((o, Mark::Straight)))
                if (p.is_some_and(|p| !p.is_whitespace())
                    && (is_close_ctx(next)
                        || links.iter().any(|l| l.0 == i + 1)
                        || glued_number(bytes, i + 1)
                        || closing_markup_after(text, i + 1)))
                    || (p == Some(' ')
                        && next
                            .is_some_and(|n| matches!(n, '.' | ',' | ';' | ':' | ')' | ']')))
                    || (p == Some(' ')
                        && i > o + 2
                        && !bytes[..i - 1].ends_with(b" ")
                        && (next.is_none_or(char::is_whitespace)
                            || links.iter().any(|l| l.0 == i + 1))) =>
            {
                close(&mut out, o, i, 1);
                open = None;
            }
            _ => {}
        }
    }
    if let Some((o, _)) = open {
        unbalanced.push(o);
        out.push(Span {
            open: o,
            inner_start: o + mark_len(text, o),
            inner_end: text.len(),
            close_end: None,
        });
    }
    if memchr::memchr2(0xE3, 0xEF, bytes).is_some() {
        corner_spans(b, &mut out, unbalanced);
        out.sort_by_key(|s| s.open);
        unbalanced.sort_unstable();
    }
    if may_open_single(bytes) {
        single_spans(b, &mut out);
    }
    out
}

/// Whether the next guillemet at or after byte `from` of the block is a `»` closing a
/// quotation: right after a non-space, before what may follow a closing mark, not in code.
/// Only the bytes up to that guillemet are looked at: the scans from a block's openers
/// never overlap, so together they cost at most one pass over it.
fn same_direction_closer(b: &Block, from: usize) -> bool {
    let text = b.text.as_str();
    let bytes = text.as_bytes();
    let mut k = from;
    while let Some(d) = bytes.get(k..).and_then(|r| memchr::memchr(0xC2, r)) {
        let g = k + d;
        match bytes.get(g + 1) {
            Some(0xAB) => return false,
            Some(0xBB) => {
                let p = text.get(..g).and_then(|s| s.chars().next_back());
                let n = text.get(g + 2..).and_then(|s| s.chars().next());
                return p.is_some_and(|p| !p.is_whitespace()) && is_close_ctx(n) && !b.in_code(g);
            }
            _ => k = g + 1,
        }
    }
    false
}

fn mark_len(text: &str, at: usize) -> usize {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8)
}

/// Counts words: whitespace-separated tokens with a letter or digit.
#[must_use]
pub fn count_words(s: &str) -> usize {
    // One pass over the bytes (every quote is counted): a word counts from its first
    // letter or digit; only non-ASCII characters are decoded.
    let b = s.as_bytes();
    let (mut n, mut i) = (0, 0);
    let mut counted = false;
    // The run of Chinese or Japanese ending at `run_end`: katakana, or other characters
    // (`true` after an odd count of them, when the next one completes the word). Kept by
    // position, so that nothing else in the loop has to end it.
    #[derive(Clone, Copy)]
    enum CjkRun {
        Katakana,
        Other(bool),
    }
    let (mut run, mut run_end) = (CjkRun::Other(false), usize::MAX);
    while let Some(&c) = b.get(i) {
        let (len, alnum) = if c < 0x80 {
            if matches!(c, b' ' | b'\t'..=b'\r') {
                counted = false;
                i += 1;
                continue;
            }
            (1, c.is_ascii_alphanumeric())
        } else {
            let ws = super::ws_len_at(b, i);
            if ws > 0 {
                counted = false;
                i += ws;
                continue;
            }
            let ch = s.get(i..).and_then(|r| r.chars().next());
            // Chinese and Japanese are written without spaces: a run of katakana is a word
            // (`ユーザー`), and every two Chinese characters or kana of a run count as one
            // (most words are one or two characters), so that a quoted term
            // (`“供给侧改革”`) stays short as an English one would.
            if let Some(c) = ch.filter(|&c| super::is_cjk(c)) {
                let kana = super::is_katakana(c);
                let start = i != run_end
                    || match run {
                        CjkRun::Katakana => !kana,
                        CjkRun::Other(odd) => kana || !odd,
                    };
                if start {
                    n += 1;
                }
                run = match (kana, run) {
                    (true, _) => CjkRun::Katakana,
                    (false, CjkRun::Other(odd)) if !start => CjkRun::Other(!odd),
                    (false, _) => CjkRun::Other(true),
                };
                counted = false;
                i += c.len_utf8();
                run_end = i;
                continue;
            }
            (
                ch.map_or(1, char::len_utf8),
                ch.is_some_and(char::is_alphanumeric),
            )
        };
        if alnum && !counted {
            n += 1;
            counted = true;
        }
        i += len;
    }
    n
}

const STRONG_START: &[&str] = &[
    "disclaimer",
    "copyright",
    "©",
    "note to readers",
    "all rights reserved",
    "editor's note",
    "editor’s note",
];
const WEAK: &[&str] = &[
    "copyright",
    "all rights reserved",
    "newsletter",
    "subscribe",
    "follow us",
    "share button",
    "can be reached at",
    "fair use",
    "cookie",
    "privacy policy",
    "terms of use",
    "permission",
    "click here",
    "drop down",
    "drop-down",
    "sign up",
    "advertis",
    "reprint",
    "button",
    "this site",
    "home page",
    "homepage",
];
/// Index of "all rights reserved" in [`WEAK`].
const ALL_RIGHTS: usize = 1;

/// All of [`WEAK`] at once, in one pass over ASCII-lower-cased text. Searching a lower-cased
/// copy with case-sensitive, leftmost matching lets the searcher skip ahead with its SIMD
/// prefilter; an ASCII case-insensitive search of 22 phrases gets none and steps through
/// every byte (several times slower on long paragraphs).
static WEAK_AC: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(WEAK)
            .ok()
    });

/// How boilerplate a paragraph looks: 2 = surely (skip every quote), 1 = maybe (skip short
/// quotes), 0 = prose.
///
/// The phrases are compared with the lower-cased text. Lower-casing is only needed for ASCII
/// letters here: every other character that lower-cases to ASCII is the Kelvin sign (`K` →
/// `k`) or `İ` (→ `i̇`, which no phrase can match since none ends in `i`), and the phrases'
/// own non-ASCII characters (`©`, `’`) are caseless. So an ASCII case-insensitive search of
/// the original text gives the same answer without building a lower-cased copy, unless the
/// text holds a Kelvin sign (then the exact slow path runs).
fn boilerplate(text: &str) -> u8 {
    let t = text.trim_start();
    let ac = WEAK_AC.as_ref();
    let (Some(ac), false) = (ac, t.contains('\u{212A}')) else {
        return boilerplate_slow(text);
    };
    let starts = |p: &str| super::starts_with_ignore_ascii_case(t, p);
    let mut weak = false;
    let lower = t.as_bytes().to_ascii_lowercase();
    // Non-overlapping, leftmost matches suffice: no phrase ends with a prefix of "all rights
    // reserved" (none ends in `a`) or holds it, and none but it starts with "all", so no
    // other match can hide it; and any phrase present yields at least one match.
    for m in ac.find_iter(&lower) {
        if m.pattern().as_usize() == ALL_RIGHTS {
            return 2;
        }
        weak = true;
    }
    if STRONG_START.iter().any(|s| starts(s)) {
        2
    } else if weak {
        1
    } else {
        0
    }
}

/// [`boilerplate`] by the letter: lower-case the text, then look for the phrases.
fn boilerplate_slow(text: &str) -> u8 {
    let lower = text.trim_start().to_lowercase();
    if STRONG_START.iter().any(|s| lower.starts_with(s)) || lower.has_str("all rights reserved") {
        2
    } else if WEAK.iter().any(|s| lower.contains(s)) {
        1
    } else {
        0
    }
}

/// Only punctuation, spaces and markers between `a` and `b`?
fn only_glue(b: &Block, from: usize, to: usize, markers: &[(usize, usize, usize)]) -> bool {
    glue_end(b, from, to, markers, false) == to
}

/// [`only_glue`], an opening bracket allowed too: a link in brackets right after a closing
/// mark (`“…” ([decision](…))`) is as much the quote's as one without them.
fn only_glue_or_open(b: &Block, from: usize, to: usize, markers: &[(usize, usize, usize)]) -> bool {
    glue_end(b, from, to, markers, true) == to
}

/// Where the run of punctuation, spaces and markers from `from` ends (at `to` at most): the
/// first other character stops the scan.
fn glue_end(
    b: &Block,
    from: usize,
    to: usize,
    markers: &[(usize, usize, usize)],
    open: bool,
) -> usize {
    let mut i = from;
    while i < to {
        // Zero-width (explicit) markers take no room; only skip ones with text.
        let k = markers.partition_point(|m| m.0 < i);
        if let Some(&(_, e, _)) = markers
            .get(k..)
            .and_then(|r| r.iter().take_while(|m| m.0 == i).find(|m| m.1 > i))
        {
            i = e;
            continue;
        }
        let Some(c) = b.text.get(i..).and_then(|s| s.chars().next()) else {
            return i;
        };
        // (`˒` and `⸴`: the raised commas between superscript markers, `³˒⁴`.)
        if !(c.is_whitespace() || ".,;:!?)]—–-˒⸴".contains(c) || open && c == '(') {
            return i;
        }
        i += c.len_utf8();
    }
    to
}

/// End of the sentence that continues at `from` (exclusive), bounded.
/// Whether a line break at `i` ends a sentence: only a blank line does (a break inside a
/// paragraph, even before an indented line as HTML sources and list items have, does not).
fn blank_line_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i) == Some(&b'\n')
        && bytes
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .take(64) // bounded: a scan never walks a long run of blanks
            .find(|&&b| !matches!(b, b' ' | b'\t' | b'\r'))
            .is_some_and(|&b| b == b'\n')
}

/// Whether the full stop at `i` is that of an abbreviation that ends no sentence: `et al.`
/// (`Marsh et al. (2019) put it, “…”`), the pointers of a citation in brackets (`(cf. [the
/// statement](…))`, `(vgl. …)`, `(zob. …)`, `e.g.`, `i.e.`), titles before names (`Dr.`),
/// and locators before a number (`p. 34`, `No. 5`; `no.` alone may end a sentence).
fn abbreviation_stop(bytes: &[u8], i: usize) -> bool {
    if i >= 6 && bytes.get(i - 6..i) == Some(b" et al") {
        return true;
    }
    // The word before the full stop: up to 6 ASCII letters (with inner full stops, `e.g`).
    let mut k = i;
    while k > 0
        && i - k < 6
        && bytes
            .get(k - 1)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'.')
    {
        k -= 1;
    }
    if k == i
        || bytes
            .get(k.wrapping_sub(1))
            .is_some_and(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    // A short word opening a bracket, a space after its full stop, is a pointer (`(s. …)`,
    // `(ibid. 34)`, `(zit. n. …)`); `(twice.)` is a sentence's end.
    if bytes.get(k.wrapping_sub(1)) == Some(&b'(') && i - k <= 4 && bytes.get(i + 1) == Some(&b' ')
    {
        return true;
    }
    let word = bytes.get(k..i).unwrap_or(&[]);
    // Lower-cased on the stack: this runs at every full stop a sentence scan meets.
    let mut buf = [0u8; 8];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    let lower: &[u8] = lower;
    const ALWAYS: &[&[u8]] = &[
        b"cf", b"e.g", b"i.e", b"viz", b"vgl", b"zob", b"bzw", b"z.b", b"d.h", b"approx", b"ca",
        b"esp", b"incl", b"resp", b"vs",
    ];
    const TITLES: &[&[u8]] = &[b"Dr", b"Mr", b"Mrs", b"Ms", b"Prof", b"Sen", b"Rep", b"Gov"];
    // As written: `no. 12`, `art. 2019`, `s. 4` may end a sentence before a number (`the
    // answer was no. 12 of …`); `No. 5`, `Art. 3`, `p. 34` do not.
    const BEFORE_NUMBER: &[&[u8]] = &[
        b"p", b"pp", b"vol", b"ch", b"fig", b"No", b"Nos", b"Vol", b"Ch", b"Fig", b"Sec", b"Art",
        b"Nr",
    ];
    if ALWAYS.contains(&lower) {
        return true;
    }
    // A title before a name, not one used as a noun (`calls the Dr.`).
    if TITLES.contains(&word) {
        let before = bytes.get(..k).unwrap_or(&[]);
        let article = before.ends_with(b"the ") || before.ends_with(b"a ");
        return !article;
    }
    let number_after = digit_after_space(bytes.get(i + 1..).unwrap_or(&[]));
    if BEFORE_NUMBER.contains(&word) && number_after {
        return true;
    }
    // Other languages' pages after a citation's comma (`(2018, S. 42)`, `(2018, s. 42)`,
    // `(2018, blz. 3)`, `(2018, pág. 7)`): the narrative citation introducing a quotation
    // goes on after it. (Alone, `s.` may end a sentence: `… the 1990s.`)
    const CITED_PAGE: &[&[u8]] = &[
        b"S",
        b"s",
        b"str",
        b"blz",
        b"bl",
        b"Nr",
        b"nr",
        b"Sp",
        b"Bd",
        b"Kap",
        b"cap",
        "pág".as_bytes(),
        "págs".as_bytes(),
        b"pag",
        b"pags",
    ];
    if number_after {
        let head = bytes.get(..i).unwrap_or(&[]);
        let cited = CITED_PAGE.iter().any(|w| {
            head.strip_suffix(*w)
                .is_some_and(|h| h.ends_with(b", ") || h.ends_with(b"("))
        });
        if cited {
            return true;
        }
    }
    // News copy's abbreviations mid-sentence: a firm's `Inc.`, a state's `Calif.`, a time's
    // `a.m.`, a month's `Sept.` before a lower-case word (`said Lisa Su of AMD Inc. on
    // Tuesday`), and a country's initials before a name too (`the U.S. Commerce Secretary`;
    // not before a word that opens sentences, `… in the U.S. The …`).
    const BEFORE_LOWER: &[&[u8]] = &[
        b"inc", b"corp", b"ltd", b"co", b"bros", b"jr", b"sr", b"st", b"mt", b"ave", b"blvd",
        b"dept", b"gen", b"col", b"lt", b"sgt", b"capt", b"rev", b"calif", b"fla", b"ariz",
        b"colo", b"conn", b"mich", b"minn", b"okla", b"tenn", b"tex", b"jan", b"feb", b"aug",
        b"sept", b"oct", b"nov", b"dec", b"a.m", b"p.m", b"u.s", b"u.k", b"u.n", b"e.u", b"etc",
    ];
    const COUNTRIES: &[&[u8]] = &[b"U.S", b"U.K", b"U.N", b"E.U"];
    if !BEFORE_LOWER.contains(&lower) || bytes.get(i + 1) != Some(&b' ') {
        return false;
    }
    let next = bytes.get(i + 2..).unwrap_or(&[]);
    let next_word = next
        .get(
            ..next
                .iter()
                .take(24)
                .take_while(|c| c.is_ascii_alphabetic())
                .count(),
        )
        .unwrap_or(&[]);
    match next_word.first() {
        // Not a brand opening the next sentence (`eBay`, `iPhone`).
        Some(c) if c.is_ascii_lowercase() => !next_word.iter().any(u8::is_ascii_uppercase),
        Some(c) if c.is_ascii_uppercase() && COUNTRIES.contains(&word) => {
            !SENTENCE_OPENERS.contains(&next_word)
        }
        _ => false,
    }
}

/// Words that open sentences more often than they follow a country's initials: after `U.S.`
/// they start the next sentence.
const SENTENCE_OPENERS: &[&[u8]] = &[
    b"A", b"After", b"All", b"Also", b"An", b"And", b"As", b"At", b"Before", b"But", b"By", b"For",
    b"He", b"Her", b"His", b"How", b"I", b"If", b"In", b"It", b"Its", b"Last", b"Many", b"More",
    b"Most", b"My", b"No", b"Now", b"On", b"One", b"Our", b"She", b"Since", b"So", b"Some",
    b"Still", b"That", b"The", b"Their", b"Then", b"There", b"These", b"They", b"This", b"Those",
    b"To", b"We", b"What", b"When", b"While", b"Yet", b"You",
];

/// Whether `rest` opens with a digit after at most eight bytes of spaces, no-break spaces
/// among them (`p.&nbsp;71`, as LaTeX's `p.~71` comes out in HTML; U+00A0, U+202F, U+2009).
fn digit_after_space(rest: &[u8]) -> bool {
    let mut k = 0;
    while k < 8 {
        match rest.get(k..).unwrap_or(&[]) {
            [c, ..] if c.is_ascii_whitespace() => k += 1,
            [0xC2, 0xA0, ..] => k += 2,
            [0xE2, 0x80, 0xAF | 0x89, ..] => k += 3,
            [c, ..] => return c.is_ascii_digit(),
            [] => return false,
        }
    }
    false
}

/// Past the closing quotation marks and brackets at byte `i` (`all.” Kofi`, `end.") The`):
/// a full stop before them ends the sentence as one before a space does.
fn past_closing_marks(bytes: &[u8], mut i: usize) -> usize {
    loop {
        match bytes.get(i..) {
            Some([b'"' | b'\'' | b')', ..]) => i += 1,
            // ” ’
            Some([0xE2, 0x80, 0x9D | 0x99, ..]) => i += 3,
            // »
            Some([0xC2, 0xBB, ..]) => i += 2,
            _ => return i,
        }
    }
}

/// The end of the markers written right after byte `i` (`.[1][2]`, `.¹`), or `i`.
fn past_markers(i: usize, markers: &[(usize, usize, usize)]) -> usize {
    let mut j = i;
    let k = markers.partition_point(|m| m.0 < i);
    for &(ms, me, _) in markers.get(k..).unwrap_or(&[]) {
        if ms != j && ms != i {
            break;
        }
        j = j.max(me);
    }
    j
}

/// `markers` are the block's (start, end, index), sorted: a full stop followed by markers
/// and a space (`… she said.[1] The …`) ends the sentence after them.
fn sentence_end(text: &str, from: usize, markers: &[(usize, usize, usize)]) -> usize {
    let limit = (from + SENTENCE_WINDOW).min(text.len());
    let bytes = text.as_bytes();
    let mut i = from;
    while i < limit {
        if let Some(&c) = bytes.get(i) {
            let end = match c {
                b'.' if abbreviation_stop(bytes, i) => false,
                b'.' | b'!' | b'?' => {
                    let j = past_markers(i + 1, markers);
                    if j > i + 1 && bytes.get(j).is_none_or(|n| n.is_ascii_whitespace()) {
                        return j.min(text.len());
                    }
                    if nbsp_after_marker(bytes, i + 1, markers) {
                        return j.min(text.len());
                    }
                    // `… “it ended.” Then …`: the sentence ends after the closing mark, and
                    // after the markers right after it (`… goes up."[1] Her …`).
                    let k = past_closing_marks(bytes, i + 1);
                    if k > i + 1 {
                        let m = past_markers(k, markers);
                        if bytes.get(m).is_none_or(|n| n.is_ascii_whitespace())
                            || nbsp_after_marker(bytes, k, markers)
                        {
                            return spaced_markers(bytes, m, markers).min(text.len());
                        }
                    }
                    // `… months. [1]`: markers a space after the stop are the sentence's.
                    let m = spaced_markers(bytes, i + 1, markers);
                    if m > i + 1 {
                        return m;
                    }
                    bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace())
                        && !initial_before_lower(bytes, i, i + 1)
                }
                b'\n' => blank_line_at(bytes, i),
                0xE3 | 0xEF if cjk_stop_at(bytes, i) => return (i + 3).min(text.len()),
                0xE0 | 0xD8 | 0xDB if script_stop_at(bytes, i) > 0 => {
                    let k = i + script_stop_at(bytes, i);
                    let m = past_markers(k, markers);
                    if bytes.get(m).is_none_or(u8::is_ascii_whitespace) {
                        return m.min(text.len());
                    }
                    false
                }
                _ => false,
            };
            if end {
                // Keep markers right after the full stop (`… end.¹`) in the sentence.
                return (i + 1).min(text.len());
            }
        }
        i += 1;
    }
    limit
}

/// The end of the markers a space or two after byte `at`, a sentence's end, when they are
/// bracketed or superscript (`[1]`, `[^2]`, `³`) and nothing but white space or the block's
/// end follows them (`… months. [1]`, `… said.” [2][3]`: such a marker starts no sentence,
/// so it is the one before's); `at` otherwise.
fn spaced_markers(bytes: &[u8], at: usize, markers: &[(usize, usize, usize)]) -> usize {
    let mut k = at;
    while k < at + 2 && matches!(bytes.get(k), Some(b' ' | b'\t')) {
        k += 1;
    }
    if k == at {
        return at;
    }
    // A bracketed or superscript mark, never an author-date citation, whose name is the
    // next sentence's first word (`… 2021). Okafor’s (2021b) letters`).
    let mark = match bytes.get(k..) {
        Some([b'[', ..] | [0xC2, 0xB2 | 0xB3 | 0xB9, ..]) => true,
        Some([0xE2, 0x81, b, ..]) => (0xB0..=0xB9).contains(b),
        _ => false,
    };
    let k2 = markers.partition_point(|m| m.0 < k);
    if !mark || markers.get(k2).is_none_or(|m| m.0 != k) {
        return at;
    }
    let j = past_markers(k, markers);
    if bytes.get(j).is_none_or(u8::is_ascii_whitespace) {
        j
    } else {
        at
    }
}

/// Whether a marker stands at byte `at`, right after a full stop (or its closing mark), and
/// a no-break space follows the markers there: Google Docs writes the space a writer types
/// after a footnote marker as `&nbsp;` (`… post.<sup>[1]</sup>&nbsp;The …`), which ends the
/// sentence as a space would. A no-break space after a stop with no marker (`p.&nbsp;71`,
/// `Dr.&nbsp;Okafor`) is left as it was: writers put it there to keep words together.
fn nbsp_after_marker(bytes: &[u8], at: usize, markers: &[(usize, usize, usize)]) -> bool {
    let k = markers.partition_point(|m| m.0 < at);
    if markers.get(k).is_none_or(|m| m.0 != at) {
        return false;
    }
    let j = past_markers(at, markers);
    bytes.get(j..j + 2) == Some(&[0xC2, 0xA0][..])
}

/// Whether a Chinese or Japanese full stop, `！` or `？` starts at byte `i` (they end a
/// sentence with no space after them).
fn cjk_stop_at(bytes: &[u8], i: usize) -> bool {
    matches!(
        (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)),
        (Some(0xE3), Some(0x80), Some(0x82)) | (Some(0xEF), Some(0xBC), Some(0x81 | 0x9F))
    )
}

/// Whether the first sentence of `below` (a paragraph under a block quotation) names two
/// of the longer words (five letters or more, not the commonest) of the last sentence of
/// `above` (the paragraph introducing it): `The survey's foreword was blunt.[^3]` and `That
/// line, from the survey's foreword, has been quoted …` speak of one source. Only the
/// sentences' last and first 240 bytes are read.
fn echoes(above: &str, below: &str) -> bool {
    const COMMON: &[&str] = &[
        "about", "after", "again", "their", "there", "these", "those", "which", "while", "would",
        "could", "should", "where", "other", "since", "being", "first", "never",
    ];
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .map(|w| {
                w.trim_end_matches("'s")
                    .trim_end_matches("\u{2019}s")
                    .to_lowercase()
            })
            .filter(|w| w.chars().count() >= 5 && !COMMON.contains(&w.as_str()))
            .collect()
    };
    let mut from = above.trim_end().len().saturating_sub(240);
    while !above.is_char_boundary(from) {
        from += 1;
    }
    let tail = above.get(from..).unwrap_or("").trim_end();
    // The last sentence: after the last stop before its own closing one.
    let body = tail.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = body
        .rfind(['.', '!', '?'])
        .map_or(body, |i| body.get(i + 1..).unwrap_or(""));
    let head = super::prefix(below, 240);
    let first = head.split(['.', '!', '?']).next().unwrap_or(head);
    let mut named = words(last);
    named.sort_unstable();
    named.dedup();
    let again = words(first);
    named.iter().filter(|w| again.contains(w)).count() >= 2
}

/// Whether a paragraph is a credit line set off by a dash, as one under a block quotation
/// gives it: a name or a source (`— Submission from the Tourism Industry Association[^2]`,
/// see [`super::html::attribution_start`]), or, on one line after an em or en dash, a role or
/// a body with its link (`— RMT press office, [rmt.example.org.uk](…)`), which the same line
/// closing the quotation inside it credits too ([`credit_line_at`]). `linked`: the paragraph
/// holds a link.
fn dash_credit(text: &str, linked: bool) -> bool {
    let t = text.trim();
    if !t.starts_with(['—', '―', '–', '-']) {
        return false;
    }
    super::html::attribution_start(text) == Some(0)
        || (linked
            && !t.contains('\n')
            && ["\u{2014}", "\u{2015}", "\u{2013}"]
                .iter()
                .find_map(|d| t.strip_prefix(d))
                .is_some_and(|r| {
                    r.trim_start().starts_with(char::is_alphabetic)
                        && reads_as_role_credit(r, true, false)
                }))
}

/// Whether `head`, the text before a paragraph's one web address, is a short label naming
/// it, as newsletters and plain-text posts credit what they quote: `Cabinet report, item 7:
/// `, `Full cabinet report: `, `Webcast (the debate starts at 1:14:20): `. A few words from a
/// capital and a colon, no sentence (no stop, no `is` or `was`; a bracket's words are not
/// counted). `record`: the label must name a record (`evidence`, `report`, `transcript`, …),
/// as it must under an inline quotation, where a label may just as well lead on (`Tickets:
/// https://…`).
fn label_credit(head: &str, record: bool) -> bool {
    const RECORDS: &[&str] = &[
        "evidence",
        "report",
        "transcript",
        "statement",
        "webcast",
        "video",
        "recording",
        "minutes",
        "document",
        "interview",
        "speech",
        "letter",
        "submission",
        "judgment",
        "judgement",
        "ruling",
        "decision",
        "release",
        "hansard",
        "debate",
        "text",
        "source",
        "briefing",
        "paper",
        "filing",
        "testimony",
        "footage",
        "audio",
    ];
    let t = head.trim();
    let Some(label) = t.strip_suffix(':') else {
        return false;
    };
    if label.len() > 80 || !label.starts_with(char::is_uppercase) || label.contains('\n') {
        return false;
    }
    // A bracket's words (`(the debate starts at 1:14:20)`) are an aside, not the label.
    let mut plain = String::with_capacity(label.len());
    let mut depth = 0usize;
    for c in label.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words = lower_bare_words(&plain);
    (1..=6).contains(&words.len())
        && !plain.contains(['.', '!', '?', ';', '"', '\u{201c}', '\u{201d}'])
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "is" | "are" | "was" | "were" | "i" | "we" | "you" | "here" | "more"
                    // A picture's credit, not the words'.
                    | "photo" | "photograph" | "image" | "picture" | "illustration" | "map"
            )
        })
        && (!record || words.iter().any(|w| RECORDS.contains(&w.as_str())))
}

/// Whether a link's text names it as a credit (`[Source](…)`, `[Link](…)`, `[Via](…)`).
fn credit_link_text(text: &str) -> bool {
    const CREDIT: &[&str] = &[
        "fonte",
        "fuente",
        "full text",
        "link",
        "original",
        "original post",
        "post",
        "quelle",
        "source",
        "transcript",
        "via",
    ];
    let t = text.trim().trim_end_matches([':', '.']).trim();
    t.len() <= 16 && CREDIT.iter().any(|c| c.eq_ignore_ascii_case(t))
}

/// Whether `head`, the text before a credit paragraph's one link, is a credit's lead-in:
/// `From the`, `(Quoted from`, `— Excerpted from his`, `Via`.
fn credit_lead(head: &str) -> bool {
    let t = head
        .trim()
        .trim_start_matches(['(', '[', '\u{2014}', '\u{2013}', '-', ' '])
        .trim();
    if t.is_empty() || t.len() > 24 {
        return false;
    }
    let mut words = t.split_whitespace();
    let first = match words.next() {
        Some(w) if w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("via") => true,
        Some(w)
            if ["quoted", "excerpted", "excerpt", "taken", "adapted"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w)) =>
        {
            words.next().is_some_and(|w| w.eq_ignore_ascii_case("from"))
        }
        _ => false,
    };
    let rest: Vec<&str> = words.collect();
    first
        && (rest.is_empty()
            || (rest.len() == 1
                && ["the", "a", "an", "his", "her", "their", "its", "our", "my"]
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(rest[0]))))
}

/// The length of a full stop of another script at byte `i`: the Devanagari danda `।` and
/// double danda `॥`, the Arabic question mark `؟` and the Urdu full stop `۔`; 0 if none.
fn script_stop_at(bytes: &[u8], i: usize) -> usize {
    match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
        (Some(0xE0), Some(0xA5), Some(0xA4 | 0xA5)) => 3,
        (Some(0xD8), Some(0x9F), _) | (Some(0xDB), Some(0x94), _) => 2,
        _ => 0,
    }
}

/// Whether a quotation's text, ending at `inner_end`, ends with a full stop (markers
/// aside: `… street.[^2]”`).
fn quote_text_ends_with_stop(
    b: &Block,
    inner_end: usize,
    markers: &[(usize, usize, usize)],
) -> bool {
    let mut end = inner_end;
    // Step back over markers that end there.
    let k = markers.partition_point(|m| m.0 < end);
    for &(ms, me, _) in markers.get(..k).unwrap_or(&[]).iter().rev() {
        if me == end {
            end = ms;
        } else {
            break;
        }
    }
    b.text
        .get(..end)
        .is_some_and(|t| t.trim_end().ends_with('.') && !t.trim_end().ends_with(".."))
}

/// Whether the full stop at byte `i` follows a lone capital and precedes a lower-case word
/// (the blank at `k`): an initial, as in `E. coli`, `S. aureus`, not a sentence's end. A
/// brand opening a sentence (`eBay`, `iPhone`) still starts one.
fn initial_before_lower(bytes: &[u8], i: usize, k: usize) -> bool {
    let lone_capital = i >= 1
        && bytes.get(i - 1).is_some_and(u8::is_ascii_uppercase)
        && (i < 2 || !bytes.get(i - 2).is_some_and(u8::is_ascii_alphanumeric));
    lone_capital && bytes.get(k + 1).is_some_and(u8::is_ascii_lowercase)
}

/// Past a note number glued at byte `k` (1–3 ASCII digits when `ascii` allows, superscript
/// digits or a superscript letter), if there is one.
fn past_glued_note(text: &str, k: usize, ascii: bool) -> usize {
    let rest = text.get(k..).unwrap_or("");
    let digits = rest.bytes().take(4).take_while(u8::is_ascii_digit).count();
    if ascii && (1..=3).contains(&digits) {
        return k + digits;
    }
    let sup: usize = rest
        .chars()
        .take_while(|&c| {
            super::notes::is_superscript(c) || super::notes::superscript_letter(c).is_some()
        })
        .map(char::len_utf8)
        .sum();
    k + sup
}

/// Start of the sentence containing `at`, bounded.
fn sentence_start(text: &str, at: usize, markers: &[(usize, usize, usize)]) -> usize {
    let floor = at.saturating_sub(SENTENCE_WINDOW);
    let bytes = text.as_bytes();
    let mut i = at;
    while i > floor {
        i -= 1;
        if let Some(&c) = bytes.get(i) {
            let start = match c {
                b'.' if abbreviation_stop(bytes, i) => false,
                b'.' | b'!' | b'?' => {
                    // A note number glued after the stop (`century.1 One`, `1851.ᵃ One`, as
                    // PDF text and reports have it) belongs to the sentence before; not after
                    // a number (`3.14 in May`).
                    let mut k = past_closing_marks(bytes, i + 1);
                    let after_digit = i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_digit);
                    let stop_end = k;
                    k = past_glued_note(text, k, !after_digit);
                    let ends = (bytes.get(k).is_some_and(u8::is_ascii_whitespace)
                        && !initial_before_lower(bytes, i, k))
                        || (past_markers(stop_end, markers) < at
                            && nbsp_after_marker(bytes, stop_end, markers));
                    // Markers a space after the stop (`… months. [1] The …`) are the
                    // sentence's before: this one starts after them.
                    let m = spaced_markers(bytes, stop_end, markers);
                    if ends && m > stop_end && m <= at {
                        return m;
                    }
                    ends
                }
                b'\n' => blank_line_at(bytes, i),
                0xE3 | 0xEF if i + 3 <= at && cjk_stop_at(bytes, i) => return i + 3,
                0xE0 | 0xD8 | 0xDB if script_stop_at(bytes, i) > 0 => {
                    let k = i + script_stop_at(bytes, i);
                    if k <= at && bytes.get(k).is_none_or(u8::is_ascii_whitespace) {
                        return k;
                    }
                    false
                }
                _ => false,
            };
            if start {
                return i + 1;
            }
        }
    }
    floor
}

/// A citation found by looking back: a marker or a link (indices).
#[derive(Clone, Copy)]
enum Cited {
    Marker(usize),
    Link(usize),
}

/// Whether `s` opens with a legal pointer back to the last citation: `Id.`, `Ibid`, `Íd.`,
/// `Ebd.`, `Ibíd.`.
fn starts_with_pointer(s: &str) -> bool {
    const POINTERS: [&str; 5] = ["Id.", "Ibid", "Íd.", "Ebd.", "Ibíd."];
    POINTERS.iter().any(|p| s.starts_with(p))
}

struct Ctx<'a> {
    /// The document's source (blocks' offsets point into it).
    src: &'a str,
    parsed: &'a Parsed,
    links: &'a [Link],
    /// Per block: markers (start, end, index into `markers`).
    block_markers: PerBlock,
    /// Per block: links (start, end, index into `links`).
    block_links: PerBlock,
    markers: &'a [Marker],
    /// The document's own addresses: a link to one cites nothing.
    own: &'a OwnPage,
    /// Whether quotes' speakers are read ([`super::ExtractOptions::speakers`]).
    speakers: bool,
}

impl Ctx<'_> {
    fn cite_marker(&self, mi: usize, how: Attribution, out: &mut Vec<QuoteCitation>) {
        if let Some(m) = self.markers.get(mi) {
            push_cite(out, Some(m.label.clone()), None, how);
        }
    }

    /// Whether the note labelled `label` names `word` in its text (`Guidelines` in
    /// `World Health Organization, *Guidelines for Drinking-water Quality*, 2022`). Read
    /// only when a quotation's sentence names a work again, so the scan of the blocks (the
    /// notes last, looked for from the end) is rare.
    fn note_names(&self, label: &str, word: &str) -> bool {
        self.parsed
            .blocks
            .iter()
            .rev()
            .filter(|b| b.note.as_deref() == Some(label))
            .take(4)
            .any(|b| names_word(&b.text, word))
    }

    /// Whether a citation names `word`: its address, a link's words to that address, or
    /// its note's text.
    fn citation_names(&self, c: &QuoteCitation, word: &str) -> bool {
        c.url.as_deref().is_some_and(|u| {
            names_word(u, word)
                || self
                    .links
                    .iter()
                    .any(|l| l.url == u && names_word(&l.text, word))
        }) || c
            .footnote
            .as_deref()
            .is_some_and(|f| self.note_names(f, word))
    }

    fn cite_link(&self, li: usize, how: Attribution, out: &mut Vec<QuoteCitation>) {
        if let Some(l) = self.links.get(li) {
            // A link within the page (`#ref-okafor2021`, pandoc's link to a reference-list
            // entry) is no source of its own.
            // Nor is the article's own address (`…/story`, `…/story?utm_source=share`): the
            // quote would be checked against the article quoting it.
            let in_page = l.raw.trim_start().starts_with('#') || self.own.is(&l.url);
            // Wikipedia's maintenance tags (`[citation needed]`, `[failed verification]`)
            // link to its project pages: they say a source is missing. Another MediaWiki
            // wiki names its project namespace after itself (`/wiki/Localwiki:Citation_needed`).
            let maintenance = l
                .url
                .find("/wiki/")
                .and_then(|i| l.url.get(i + 6..))
                .and_then(|page| page.split_once(':'))
                .map(|(_, page)| page.split('#').next().unwrap_or(page))
                .is_some_and(|page| {
                    [
                        "Citation_needed",
                        "Verifiability",
                        "Failed_verification",
                        "Disputed_statement",
                        "Accuracy_dispute",
                        "Please_clarify",
                        "Vagueness",
                        "Dubious",
                        "Cleanup",
                    ]
                    .contains(&page)
                });
            if in_page
                || maintenance
                || appeal_page(&l.url)
                || matches!(
                    l.kind,
                    LinkKind::Placeholder | LinkKind::Email | LinkKind::Image | LinkKind::Media
                )
            {
                return;
            }
            let how = if l.kind == LinkKind::Cite {
                Attribution::CiteAttribute
            } else {
                how
            };
            push_cite(out, None, Some(l.url.clone()), how);
        }
    }

    /// Citations from the paragraph that introduces a block quote.
    fn intro(&self, bi: usize, credited: bool, out: &mut Vec<QuoteCitation>) {
        let Some(b) = self.parsed.blocks.get(bi) else {
            return;
        };
        // An MkDocs box's header line (`!!! quote "PCI DSS v4.0"`) over its quotation is the
        // box's title, no prose: the paragraph above the box introduces the quotation, as it
        // would a `>` one.
        if let Some(above) = bi.checked_sub(1).filter(|_| {
            b.kind == BlockKind::Paragraph
                && b.group.is_none()
                && !b.text.trim().contains('\n')
                && super::markdown::sites::is_container_header(b.text.trim())
        }) {
            self.intro(above, credited, out);
            return;
        }
        // A quote with its own marker is backed by that marker; the paragraph before it is
        // then ordinary prose (or another quote), not its introduction.
        if out.iter().any(|c| {
            matches!(
                c.attribution,
                Attribution::MarkerAfter | Attribution::MarkerInSentence
            )
        }) {
            return;
        }
        // A heading that is one link (`### 1. [The quiet return of the night
        // train](…)`) over a block quotation: a newsletter's item, the quotation pulled from
        // the page it links.
        // (A line of the item's details may stand between: `*Rail Journal · 14 min read*`.)
        let details = b.kind == BlockKind::Paragraph
            && self.block_links.get(bi).is_empty()
            && self.block_markers.get(bi).is_empty()
            && count_words(&b.text) <= 10
            && !b.text.trim_end().ends_with(['.', ':', '!', '?']);
        // So may an introduction that names no other source, the item's lead-in to the
        // quotation (`The inquiry opened on Tuesday. The airport's barrister told the
        // inspector:`): a short paragraph ending with a colon, no link and no marker in it.
        let lead_in = b.kind == BlockKind::Paragraph
            && b.group.is_none()
            && self.block_links.get(bi).is_empty()
            && self.block_markers.get(bi).is_empty()
            && b.text.trim_end().ends_with([':', '\u{ff1a}'])
            && count_words(&b.text) <= 60;
        let heading = if details || lead_in {
            bi.checked_sub(1).filter(|&h| {
                self.parsed
                    .blocks
                    .get(h)
                    .is_some_and(|x| x.kind == BlockKind::Heading)
            })
        } else {
            (b.kind == BlockKind::Heading).then_some(bi)
        };
        if let Some((hb, h)) = heading.and_then(|h| Some((self.parsed.blocks.get(h)?, h))) {
            if let &[(ls, le, li)] = self.block_links.get(h) {
                let t = hb.text.as_str();
                let head = t.get(..ls).unwrap_or("").trim();
                let numbered = head.is_empty()
                    || head.len() <= 4
                        && head
                            .trim_end_matches(['.', ')'])
                            .chars()
                            .all(|c| c.is_ascii_digit());
                let tail = t.get(le..).unwrap_or("").trim();
                if numbered && tail.len() <= 2 && out.is_empty() {
                    self.cite_link(li, Attribution::Link, out);
                    return;
                }
            }
        }
        let text = b.text.trim_end();
        let markers = self.block_markers.get(bi);
        let trimmed =
            text.trim_end_matches(|c: char| c.is_whitespace() || ":.,;—–-：。".contains(c));
        let ends_colon = text.ends_with([':', '：']);
        // The marker ends the paragraph, before or after its last punctuation (`plainly[1]:`,
        // `plainly.[1]`).
        let last = |m: &&(usize, usize, usize)| m.1 == trimmed.len() || m.1 == text.len();
        if let Some(&(ms, _, mi)) = markers.iter().find(last) {
            // A paragraph ending in a marker introduces the quote when it ends with a colon
            // (`… connectivity (1):`, `… this way:[^2]`), or when the quote has no citation of
            // its own and the paragraph is not itself a quotation: the previous quote's
            // marker must never back the next quote.
            let lead = text.get(..ms).unwrap_or("").trim_end();
            let colon = ends_colon || lead.ends_with([':', '：']);
            let is_quote = lead
                .trim_end_matches(|c: char| ".,;!?".contains(c))
                .ends_with(['"', '\u{201D}', '\u{BB}']);
            // A dash credit line right under another block quotation is that one's
            // ([`Ctx::following`]), not this one's introduction; so is a paragraph whose
            // first sentence refers back to it (`That farmer … spoke to the Star.[1]`).
            let under_block = bi
                .checked_sub(1)
                .and_then(|p| self.parsed.blocks.get(p))
                .is_some_and(|p| p.group.is_some());
            let credit_above = !colon
                && under_block
                && (dash_credit(text, !self.block_links.get(bi).is_empty())
                    || refers_back(numbered_paragraph_text(text.trim_start())));
            // A block quotation with a credit line of its own (`— Living Streets campaign
            // poster, 2019`) is introduced by a paragraph that ends with a marker but no
            // colon only by its place: the marker is the paragraph's own.
            if colon || (out.is_empty() && !is_quote && !credit_above && !credited) {
                // Every work of the bracket that holds the last marker (`(Powers 2019; Gomes
                // 2022).`): the paragraph names them together.
                let open = text
                    .get(..=ms)
                    .and_then(|h| h.rfind(['(', '[']))
                    .filter(|&o| !text.get(o..ms).unwrap_or("").contains([')', ']']));
                match open {
                    Some(o) => {
                        for &(_, _, mj) in markers.iter().filter(|m| m.0 >= o && m.0 <= ms) {
                            self.cite_marker(mj, Attribution::IntroMarker, out);
                        }
                    }
                    None => self.cite_marker(mi, Attribution::IntroMarker, out),
                }
            }
            return;
        }
        if ends_colon {
            let s = sentence_start(text, text.len().saturating_sub(1), markers);
            let cited_before = out.len();
            for &(ms, _, mi) in markers {
                // A marker right after a stop ends the sentence before (`… scarce”.[1] The
                // association rejects even that:`), whose citation it is.
                // (Not a narrative citation opening the sentence: `… a mixed record. Lind
                // and Ruiz (2023) reviewed 41 schemes and concluded:`.)
                let ends_before = text
                    .get(..ms)
                    .unwrap_or("")
                    .trim_end_matches(['"', '\u{201D}', '\u{BB}', ')', ' '])
                    .ends_with(['.', '!', '?'])
                    && !self.markers.get(mi).is_some_and(|m| m.narrative);
                if ms >= s && !ends_before {
                    self.cite_marker(mi, Attribution::IntroMarker, out);
                }
            }
            for &(ls, le, li) in self.block_links.get(bi) {
                // Not a link in a clause about the speaker (`Kerr, who [has campaigned
                // for an inquiry](…), went further:`): it backs the clause. (A clause about
                // a document, `The report, which [was published](…), says:`, may link the
                // document itself.)
                let about_speaker = text.get(s..ls).is_some_and(|head| {
                    [", who ", ", whose ", " \u{2014} who ", " \u{2013} who "]
                        .iter()
                        .any(|w| head.contains(w))
                }) && text
                    .get(le..)
                    .is_some_and(|t| t.contains([',', '\u{2014}', '\u{2013}']));
                // Nor one in a phrase naming what the speaker answers (`Responding to the
                // mayor’s [statement](…), Pike said:`): it backs the phrase.
                if ls >= s && !about_speaker && !responded_to_link(text.get(s..ls).unwrap_or("")) {
                    self.cite_link(li, Attribution::Link, out);
                }
            }
            if out.len() == cited_before {
                if let Some(mi) = self.pronoun_intro(text, s, markers) {
                    self.cite_marker(mi, Attribution::IntroMarker, out);
                }
            }
            // `… posted its [preliminary findings](…) at 1 p.m. The key sentence:`: a short
            // lead-in that cites nothing and points back takes the one citation of the
            // sentence before it in the paragraph.
            // `Ms Okafor posted a [letter](…) on Monday. In it she wrote:`, `In the letter,
            // Okafor said:`: the speaker's words in the work the sentence before cites.
            let links = self.block_links.get(bi);
            if out.len() == cited_before
                && s > 0
                && starting_in(markers, s, text.len()).is_empty()
                && starting_in(links, s, text.len()).is_empty()
            {
                let lead = text.get(s..).unwrap_or("");
                let prev_end = text.get(..s).unwrap_or("").trim_end().len();
                let ps = sentence_start(text, prev_end.saturating_sub(1), markers);
                let prev = text.get(ps..prev_end).unwrap_or("");
                // (A lead-in naming a work, `The report says:`, `Article 5 of the treaty
                // says:`, takes a link only when the link's words or address name it too:
                // `A [story](…) covered the report.` links a story about it.)
                let again = work_again_lead_in(lead, prev);
                if back_lead_in(lead) || in_the_work_lead_in(lead, prev) || again.is_some() {
                    let named = again.flatten();
                    match (starting_in(links, ps, s), starting_in(markers, ps, s)) {
                        (&[(_, _, li)], []) => {
                            let names = |w: &str| {
                                self.links.get(li).is_some_and(|l| {
                                    names_word(&l.text, w) || names_word(&l.url, w)
                                })
                            };
                            if named.is_none_or(names) {
                                self.cite_link(li, Attribution::Link, out);
                            }
                        }
                        ([], &[(_, _, mi)]) => {
                            self.cite_marker(mi, Attribution::IntroMarker, out);
                        }
                        _ => {}
                    }
                }
            }
            if out.len() == cited_before && s == 0 {
                self.goes_on_over(bi, text, out);
            }
        }
    }

    /// A paragraph that only says its speaker goes on (`Tully went on:`, `Ms Tully
    /// added:`, `Mark Tully continued:`) over a block quotation, right after a paragraph
    /// whose last sentence cites one thing (a marker or a link) and names that person as
    /// its subject or right before the citation (`… a long essay by Mark Tully,[^3] who
    /// argues that …`), with a verb of saying: that citation, as [`preceding`] gives it to
    /// an inline quotation going on.
    fn goes_on_over(&self, bi: usize, text: &str, out: &mut Vec<QuoteCitation>) {
        if text.len() > 48 {
            return;
        }
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        let (titles, end) = name_run(&words);
        if end == titles
            || !goes_on_saying(words.get(end - 1..).unwrap_or(&[]), |w| {
                SAYING.contains(&w.to_lowercase().as_str())
            })
            || words.len() > end + 2
        {
            return;
        }
        let Some(&surname) = words.get(end - 1) else {
            return;
        };
        let Some(pbi) = bi.checked_sub(1) else {
            return;
        };
        let (Some(b), Some(pb)) = (self.parsed.blocks.get(bi), self.parsed.blocks.get(pbi)) else {
            return;
        };
        if surname.chars().count() < 3 || !plain_paragraph(b) || !plain_paragraph(pb) {
            return;
        }
        let ptext = pb.text.trim_end();
        let (pms, pls) = (self.block_markers.get(pbi), self.block_links.get(pbi));
        let ps = sentence_start(ptext, ptext.len().saturating_sub(1), pms);
        let (cited_at, cited) = match (
            starting_in(pls, ps, pb.text.len() + 1),
            starting_in(pms, ps, pb.text.len() + 1),
        ) {
            (&[(at, _, li)], []) => (at, Cited::Link(li)),
            ([], &[(at, _, mi)]) => (at, Cited::Marker(mi)),
            _ => return,
        };
        let sentence = ptext.get(ps..).unwrap_or("");
        let head: Vec<&str> = ptext
            .get(ps..cited_at)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        // The citation right after the name (`by Mark Tully,[^3]`), or the speaker's own
        // medium after the subject's verb (`Rosa Lind said in a [post](…)`; not `Rosa Lind
        // said the [report](…) was wrong`).
        let named = head.last() == Some(&surname)
            || head.iter().take(3).any(|w| *w == surname)
                && said_again(&["said"], ptext.get(ps..cited_at));
        let says = sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| SAYING.contains(&w) || super::speaker::is_speech_verb(w));
        // No one else named between the name and the citation, nor another given name.
        let name = words.get(titles..end).unwrap_or(&[]);
        let whole = head.join(" ");
        if !named || !says || !same_person(name, &whole) {
            return;
        }
        match cited {
            Cited::Link(li) => self.cite_link(li, Attribution::Preceding, out),
            Cited::Marker(mi) => self.cite_marker(mi, Attribution::Preceding, out),
        }
    }

    /// The narrative citation that opens the sentence before an introducing sentence that
    /// names its author again by a pronoun (`Nguyen (2021) studied rural routes for three
    /// years. She concluded:`): the one marker of that sentence, an author–date citation
    /// among its first words (its subject).
    fn pronoun_intro(
        &self,
        text: &str,
        s: usize,
        markers: &[(usize, usize, usize)],
    ) -> Option<usize> {
        let lead = text.get(s..)?;
        let words: Vec<&str> = lead
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(4)
            .collect();
        let pronoun = matches!(words.first(), Some(&("She" | "He" | "They")));
        let says = words
            .iter()
            .skip(1)
            .take(2)
            .any(|w| SAYING.contains(&w.to_lowercase().as_str()));
        if !pronoun || !says || words.len() > 3 {
            return None;
        }
        let prev_end = text.get(..s)?.trim_end().len();
        let ps = sentence_start(text, prev_end.checked_sub(1)?, markers);
        let &[(ms, _, mi)] = starting_in(markers, ps, s) else {
            return None;
        };
        (ms - ps <= 60 && self.markers.get(mi).is_some_and(|m| m.narrative)).then_some(mi)
    }
}

/// A block quotation's introduction: its text, its markers (start, end, marker) and where its
/// last sentence starts ([`Ctx::intro_sentence`]).
type IntroSentence<'a> = (&'a str, &'a [(usize, usize, usize)], usize);

impl Ctx<'_> {
    /// The person named as speaking in the sentence that introduces a block quotation, the
    /// last of block `bi` when it ends with a colon (`Okoro told the committee:`).
    fn intro_speaker(&self, bi: usize) -> Option<String> {
        let (text, _, s) = self.intro_sentence(bi)?;
        super::speaker::before_quote(text.get(s..)?)
    }

    /// Block `bi`'s text up to a marker ending it (`… committee:[1]`), when it then ends
    /// with a colon, with the block's markers and where its last sentence starts: the
    /// introduction of a block quotation, when speakers are read.
    fn intro_sentence(&self, bi: usize) -> Option<IntroSentence<'_>> {
        if !self.speakers {
            return None;
        }
        let b = self.parsed.blocks.get(bi)?;
        let markers = self.block_markers.get(bi);
        let text = b.text.trim_end();
        let upto = markers
            .iter()
            .rev()
            .find(|m| m.1 >= text.len())
            .map_or(text.len(), |m| m.0);
        let text = text.get(..upto)?.trim_end();
        if !text.ends_with([':', '\u{FF1A}']) {
            return None;
        }
        let s = sentence_start(text, text.len().saturating_sub(1), markers);
        Some((text, markers, s))
    }

    /// The person a block quotation's introduction gives the words to by a pronoun (`Tom
    /// Reyes spoke next. He said:`; see [`pronoun_speaker_in`]), the last sentence of block
    /// `bi` ending with a colon.
    fn intro_pronoun_speaker(&self, bi: usize) -> Option<String> {
        let (text, markers, s) = self.intro_sentence(bi)?;
        pronoun_speaker_in(text, markers, s, text.get(s..)?, "")
    }
}

/// The person a quotation's sentence (from `s_start` in `text`, its words before the
/// quotation `lead`, after it `after`) gives the words to by `he` or `she`: the one person
/// the sentence before, in the same paragraph, names (`Tom Reyes spoke next. He said:
/// “…”`). Read only when the sentence names no speaker itself; used only to check the
/// speaker against the page's (see [`Quote::pronoun_speaker`]).
fn pronoun_speaker_in(
    text: &str,
    markers: &[(usize, usize, usize)],
    s_start: usize,
    lead: &str,
    after: &str,
) -> Option<String> {
    // Cheap first: a pronoun in the lead-in or right after the quotation.
    let has_pronoun = |s: &str| {
        s.split(|c: char| !c.is_alphabetic())
            .take(12)
            .any(|w| matches!(w, "he" | "He" | "she" | "She"))
    };
    if !has_pronoun(lead) && !has_pronoun(after) {
        return None;
    }
    let prev_end = text.get(..s_start)?.trim_end().len();
    if prev_end == 0 {
        return None;
    }
    let p_start = sentence_start(text, prev_end - 1, markers);
    let person = super::speaker::sole_person(text.get(p_start..prev_end)?)?;
    super::speaker::pronoun_speaker(lead, after, &person)
}

impl Ctx<'_> {
    /// The citation a citation sentence `Id. at 7.` (`Ibid.`, `Íd.`, `Ebd.`) right after the
    /// sentence ending at `from`, or a bracket `(Íd., …)` later in the quotation's sentence
    /// (after its closing mark at `close`), points back to: the last citation before the
    /// quotation (at `open` in block `bi`; see [`Ctx::last_citation`]). Legal writing cites a
    /// quotation from the authority just cited this way.
    fn ibid(&self, bi: usize, open: usize, close: usize, from: usize) -> Option<Cited> {
        let b = self.parsed.blocks.get(bi)?;
        let next = b.text.get(from..)?.trim_start();
        let after = starts_with_pointer(next);
        // `(Íd., …)`, or a judgment's paragraph, `(at [38])`, after the quotation.
        let within = || {
            let rest = b.text.get(close..from).unwrap_or("");
            memchr::memchr_iter(b'(', rest.as_bytes()).any(|k| {
                let r = rest.get(k + 1..).unwrap_or("");
                starts_with_pointer(r)
                    || r.strip_prefix("at [")
                        .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
            })
        };
        if !after && !within() {
            return None;
        }
        self.last_citation(bi, Some(open), 1)
    }

    /// The last citation before byte `open` of block `bi` (the whole block without it), or in
    /// the `reach` paragraphs before, never across a heading: a marker, or a link naming a
    /// court case (`[*Morales v. Orchard*, No. 23-1](…)`), as a legal blog links the opinion
    /// it then cites by `Id.` or by a paragraph, `(at [38])`. The nearest wins.
    fn last_citation(&self, bi: usize, open: Option<usize>, reach: usize) -> Option<Cited> {
        let case_link = |b: &Block, lstart: usize, lend: usize, li: usize| {
            self.links.get(li).is_some_and(|l| {
                // `Alvarez v. Brightwater`, `In re Gault`; the English `Harding v Okeke` as a
                // case is written, in italics or with its report (`Harding v Okeke [2025]
                // EWCA Civ 412`), not a match's `England v Australia`.
                l.text.has_str(" v. ")
                    || l.text.starts_with("In re ")
                    || b.text.get(lstart..lend).is_some_and(|shown| {
                        shown
                            .find(" v ")
                            .is_some_and(|v| english_case(b, lstart + v, &shown[v..]))
                    })
                    // A web address written out after the case it gives (`Alvarez v.
                    // Brightwater, No. 24-101 (Cal. Ct. App. 2024), https://…`).
                    || (matches!(l.kind, LinkKind::Bare | LinkKind::Autolink)
                        && case_before(b, lstart))
            })
        };
        // A paragraph citing by `Id.` itself, or a block quotation, passes the look further
        // back (a chain of `Id.`s all points to one authority), up to six paragraphs.
        let mut reach = reach;
        for (step, blk) in (0..=bi).rev().take(7).enumerate() {
            if step > reach {
                return None;
            }
            let b = self.parsed.blocks.get(blk)?;
            if b.kind == BlockKind::Heading {
                return None;
            }
            // A block quotation passes its introducing paragraph too.
            if step > 0 && b.group.is_some() {
                reach += 2;
            } else if step > 0
                && (starts_with_pointer(b.text.trim_start()) || b.text.has_str(" Id. at "))
            {
                reach += 1;
            }
            let limit = if step == 0 { open } else { None }.unwrap_or(usize::MAX);
            // Bounded: the markers and links just before `limit` (a paragraph may hold
            // thousands).
            let ms = self.block_markers.get(blk);
            let ms = ms.get(..ms.partition_point(|m| m.0 < limit)).unwrap_or(&[]);
            let ls = self.block_links.get(blk);
            let ls = ls.get(..ls.partition_point(|l| l.0 < limit)).unwrap_or(&[]);
            let marker = ms.last().map(|m| (m.0, Cited::Marker(m.2)));
            let link = ls
                .iter()
                .rev()
                .take(16)
                .find(|l| case_link(b, l.0, l.1, l.2))
                .map(|l| (l.0, Cited::Link(l.2)));
            let nearest = match (marker, link) {
                (Some(m), Some(l)) => Some(if l.0 > m.0 { l } else { m }),
                (m, l) => m.or(l),
            };
            // A web address written out that names no case (`the match report for England
            // v Australia, https://…`) is the last authority cited: `Id.` after it is no
            // case's before it.
            let other = ls
                .iter()
                .rev()
                .take(16)
                .find(|l| {
                    self.links
                        .get(l.2)
                        .is_some_and(|k| matches!(k.kind, LinkKind::Bare | LinkKind::Autolink))
                })
                .map(|l| l.0);
            if other.is_some_and(|o| nearest.as_ref().is_none_or(|n| o > n.0)) {
                return None;
            }
            if let Some((_, c)) = nearest {
                return Some(c);
            }
        }
        None
    }

    /// Cites what [`Ctx::ibid`] or [`Ctx::last_citation`] found.
    fn cite(&self, c: Cited, how: Attribution, out: &mut Vec<QuoteCitation>) {
        match c {
            Cited::Marker(mi) => self.cite_marker(mi, how, out),
            Cited::Link(li) => self.cite_link(li, how, out),
        }
    }

    /// Citations from the paragraph right after a quote that nothing else backs, when its
    /// first sentence refers back to the quote (`That figure comes from a study …[1]`,
    /// `Those words are from [the guild](…)`): that sentence's markers and links. A
    /// paragraph that moves on (`This week the ministry …[2]`) cites nothing of it: the
    /// quote stays uncited rather than tied to a page it may not be on.
    /// `quoted`: the quotation's text, when it is an inline one (a block quotation's is
    /// read from the block above). `spoken`: the quotation's sentence, when it gives the
    /// words to a named person saying them (see [`not_their_document`]).
    fn following(
        &self,
        bi: usize,
        block: bool,
        quoted: Option<&str>,
        spoken: Option<&str>,
        out: &mut Vec<QuoteCitation>,
    ) {
        if !out.is_empty() {
            return;
        }
        let Some(b) = self.parsed.blocks.get(bi) else {
            return;
        };
        if !plain_paragraph(b) {
            return;
        }
        let lead = b.text.len() - b.text.trim_start().len();
        let markers = self.block_markers.get(bi);
        // `Id. at 9.` under a block quotation: the citation before the quotation (in the
        // paragraph introducing it or the one before that).
        if block && starts_with_pointer(b.text.get(lead..).unwrap_or("")) {
            let group = bi
                .checked_sub(1)
                .and_then(|q| self.parsed.blocks.get(q))
                .and_then(|q| q.group);
            let mut before = bi.saturating_sub(1);
            while before > 0
                && group.is_some()
                && self
                    .parsed
                    .blocks
                    .get(before)
                    .is_some_and(|q| q.group == group)
            {
                before -= 1;
            }
            let quote_block = self
                .parsed
                .blocks
                .get(before)
                .is_some_and(|q| q.group.is_some() && q.group == group);
            // A quoted paragraph (no group) is the block before: look one further.
            let reach = if group.is_some() { 1 } else { 2 };
            if let Some(c) = (!quote_block)
                .then(|| self.last_citation(before, None, reach))
                .flatten()
            {
                self.cite(c, Attribution::Following, out);
            }
            return;
        }
        // A paragraph of nothing but a web address, or a link set off by a dash or brackets
        // (`— [Manual](…)`, `([Manual](…))`), under a block quotation is its credit, as forum
        // posts give one. A link alone with words of its own (`[elsewhere](…)`) may lead on.
        // A short label and a colon before it (`Cabinet report, item 7: https://…`) credit an
        // inline quotation too, when the label names a record (`Full written evidence:
        // https://…`, `Webcast (the debate starts at 1:14:20): https://…`).
        let labelled = |ls: usize| label_credit(b.text.get(..ls).unwrap_or(""), !block);
        if let ([(ls, le, li)], false) = (self.block_links.get(bi), block) {
            // The cheap checks first: the label is read only for a lone web address.
            // (A web address written out, as a link of its own or a page's `<a>` showing
            // it.)
            if self.links.get(*li).is_some_and(|l| {
                matches!(l.kind, LinkKind::Bare | LinkKind::Autolink)
                    || l.text.starts_with("http")
                    || l.text.starts_with("www.")
            }) && glue_end(b, *le, b.text.len(), markers, false) == b.text.len()
                && labelled(*ls)
            {
                self.cite_link(*li, Attribution::Following, out);
                return;
            }
        }
        if let ([(ls, le, li)], true) = (self.block_links.get(bi), block) {
            // A credit's lead-in before the link (`(From the [manual](…).)`, `Via [post](…)`),
            // or a label before a web address written out (`Full cabinet report: https://…`;
            // not `Photo: [Jane Doe](…)`, whose link names someone).
            let head = b.text.get(..*ls).unwrap_or("");
            let credit_head = credit_lead(head);
            let alone = (credit_head || labelled(*ls) || glue_end(b, 0, *ls, markers, true) == *ls)
                && glue_end(b, *le, b.text.len(), markers, false) == b.text.len();
            let shown = self.links.get(*li).is_some_and(|l| {
                matches!(l.kind, LinkKind::Bare | LinkKind::Autolink)
                    || l.text.starts_with("http")
                    || l.text.starts_with("www.")
                    || credit_link_text(&l.text)
            }) || credit_head;
            let set_off = b.text.get(..*ls).is_some_and(|h| !h.trim().is_empty());
            // Not an answer's link under the question it quotes (`> How do I …?`), nor
            // under a reply's quotation (`kestrel wrote:`).
            let quoted = bi.checked_sub(1).and_then(|q| self.parsed.blocks.get(q));
            let question = quoted.is_some_and(|q| q.text.trim_end().ends_with('?'));
            let reply = quoted
                .and_then(|q| q.group)
                .and_then(|g| {
                    (0..bi).rev().find(|&k| {
                        self.parsed
                            .blocks
                            .get(k)
                            .is_some_and(|x| x.group != Some(g))
                    })
                })
                .and_then(|k| self.parsed.blocks.get(k))
                .is_some_and(|x| {
                    let t = x.text.trim_end();
                    t.ends_with("wrote:") || t.ends_with("writes:")
                });
            if alone && (shown || set_off) && !question && !reply {
                self.cite_link(*li, Attribution::Following, out);
                return;
            }
        }
        // A credit line under a block quotation, set off by a dash (`— Submission from the
        // Tourism Industry Association[^2]`), cites it by its markers as by its links.
        // (Not a sentence after a dash: `— We left. Then …`.)
        let credit = block && dash_credit(&b.text, !self.block_links.get(bi).is_empty());
        // `(Ostrom 2010, p. 2)` alone under a block quotation: its author–date citation, as
        // academic writing sets it (held-out evaluation, thirty-ninth session).
        let bracketed = {
            let t = b.text.trim();
            let t = t.strip_suffix('.').unwrap_or(t);
            !markers.is_empty()
                && t.len() <= 160
                && t.starts_with('(')
                && t.ends_with(')')
                && !t.contains(['“', '"', '!', '?'])
        };
        // A pointer on a line of its own to the document the quotation's paragraph named
        // before it (`Its statement says "…"` over lynx's `[3]Read the full statement`, or
        // `[Read the full statement](…)`): its one marker or link cites the quotation.
        if let Some(q) = quoted.filter(|_| !block) {
            let above = bi
                .checked_sub(1)
                .and_then(|p| self.parsed.blocks.get(p))
                .map_or("", |p| p.text.as_str());
            let links = self.block_links.get(bi);
            if markers.len() + links.len() == 1 && reads_the_full(&b.text, above, q) {
                if let Some(&(_, _, mi)) = markers.first() {
                    self.cite_marker(mi, Attribution::Following, out);
                }
                if let Some(&(_, _, li)) = links.first() {
                    self.cite_link(li, Attribution::Following, out);
                }
                return;
            }
        }
        // `A 2021 study by the [harbour trust](…), quoted above, found …`: the work named
        // right before `quoted above` is the block quotation's source. Its links and markers
        // there count, and the sentence's markers after it unless a link stands there too or
        // the sentence sets the work against another (`Unlike the report quoted above, …`).
        if block && !credit && !bracketed {
            let body = numbered_paragraph_text(b.text.get(lead..).unwrap_or(""));
            let off = b.text.len() - body.len();
            if let Some(qa) = quoted_above(body) {
                let (from, at) = (off + qa.from, off + qa.at);
                let end = sentence_end(&b.text, off, markers);
                let links = self.block_links.get(bi);
                let later_link = links.iter().any(|l| l.0 >= at && l.0 < end);
                let to = if qa.after && !later_link { end } else { at };
                for &(ms, _, mi) in markers {
                    if ms >= from && ms <= to {
                        self.cite_marker(mi, Attribution::Following, out);
                    }
                }
                for &(ls, _, li) in links {
                    if ls >= from && ls < at {
                        self.cite_link(li, Attribution::Following, out);
                    }
                }
                return;
            }
        }
        let end = if block && (credit || bracketed || case_citation(&b.text, markers)) {
            b.text.len()
        } else if let Some(body) = Some(numbered_paragraph_text(b.text.get(lead..).unwrap_or("")))
            .filter(|t| refers_back(t))
        {
            if not_their_document(spoken, body) {
                return;
            }
            let end = sentence_end(&b.text, b.text.len() - body.len(), markers);
            let above = || {
                bi.checked_sub(1)
                    .and_then(|p| self.parsed.blocks.get(p))
                    .map_or("", |p| p.text.as_str())
            };
            let sentence = b.text.get(b.text.len() - body.len()..end).unwrap_or("");
            if names_a_phrase_of(sentence, quoted.unwrap_or_else(above), quoted.is_some()) {
                return;
            }
            end
        } else if let Some(place) =
            words_placed(numbered_paragraph_text(b.text.get(lead..).unwrap_or("")))
        {
            self.cite_place(bi, place, out);
            return;
        } else {
            return;
        };
        // A credit written inside the quotation's own paragraph (`<blockquote><p>“…” — Ada
        // Quill<sup>1</sup></p></blockquote>`, set apart as a block of its own when read):
        // its marker stands right after the quotation.
        let inside = credit
            && bi
                .checked_sub(1)
                .and_then(|p| self.parsed.blocks.get(p))
                .filter(|p| p.group.is_some() && p.src_end <= b.src_start)
                .and_then(|p| self.src.get(p.src_end..b.src_start))
                .is_some_and(|gap| !gap.contains('<') && !gap.has_str("\n\n"));
        let how = if inside {
            Attribution::MarkerAfter
        } else {
            Attribution::Following
        };
        for &(ms, _, mi) in markers {
            if ms <= end {
                self.cite_marker(mi, how, out);
            }
        }
        for &(ls, _, li) in self.block_links.get(bi) {
            if ls < end {
                self.cite_link(li, Attribution::Following, out);
            }
        }
    }
}

impl Ctx<'_> {
    /// Cites the place [`words_placed`] found in block `bi`'s first sentence (`That admission
    /// came in a [letter to MPs](…)`): the link that is that place, starting within a few
    /// words of the preposition (`a`, `her 2019`, never past `to`, `from`, a quotation
    /// mark); and the sentence's markers when the place is named as a record or an occasion
    /// (`… came in a letter to MPs.[2]`). Nothing else in the sentence: `… in a letter to
    /// [the committee](…)` links the letter's recipient, not the letter.
    fn cite_place(&self, bi: usize, place: Placed, out: &mut Vec<QuoteCitation>) {
        let Some(b) = self.parsed.blocks.get(bi) else {
            return;
        };
        let markers = self.block_markers.get(bi);
        let at = b.text.len().saturating_sub(place.from_end);
        // The sentence: from the paragraph's start (its number aside) to its first stop.
        let lead = b.text.len() - b.text.trim_start().len();
        let end = sentence_end(&b.text, lead, markers);
        if at >= end {
            return;
        }
        let link = self
            .block_links
            .get(bi)
            .iter()
            .find(|&&(ls, _, _)| ls >= at)
            .filter(|&&(ls, _, _)| ls < end)
            .and_then(|&(ls, le, li)| {
                let gap = b.text.get(at..ls)?;
                let text = b.text.get(ls..le)?;
                (place_gap(gap) && (place.outlet || names_record(gap, text))).then_some(li)
            });
        let record = place.outlet || names_record(b.text.get(at..end).unwrap_or(""), "");
        if let Some(li) = link {
            self.cite_link(li, Attribution::Following, out);
        }
        if link.is_some() || record {
            for &(ms, _, mi) in markers {
                if ms <= end {
                    self.cite_marker(mi, Attribution::Following, out);
                }
            }
        }
    }
}

/// Where [`words_placed`] found a quotation's words said or written: the place's offset
/// counted back from the text's end, and whether it is an outlet (`reported by`).
#[derive(Clone, Copy, Debug)]
struct Placed {
    from_end: usize,
    outlet: bool,
}

/// Words for what was said, named back by `The`, `His`, `Her`, `Its` or `Their` and said to
/// have been made, given or published somewhere (`His remarks came during an interview`).
/// Not `answer`, `reply` or `response`: `The answer came in a letter` may be someone
/// else's answer to the question quoted.
const SAID_NOUNS: &[&str] = &[
    "admission",
    "admissions",
    "assurance",
    "assurances",
    "boast",
    "claim",
    "claims",
    "comment",
    "comments",
    "complaint",
    "complaints",
    "concession",
    "confession",
    "criticism",
    "criticisms",
    "pledge",
    "pledges",
    "promise",
    "promises",
    "quotation",
    "quote",
    "quotes",
    "remark",
    "remarks",
    "statement",
    "statements",
    "warning",
    "warnings",
    "words",
];

/// Whether `w` names what was said, after `det`: [`SAID_NOUNS`], and after a demonstrative
/// also the words [`THAT_NAMES_WORDS`] (`That answer`, `That figure`).
fn said_noun(det: &str, w: &str) -> bool {
    SAID_NOUNS.contains(&w)
        || (matches!(det, "That" | "Those" | "These" | "that" | "those" | "these")
            && THAT_NAMES_WORDS.contains(&w))
}

/// Whether a paragraph's first sentence names the quotation before it and says where its
/// words were said or written, with a verb of provenance and a preposition: `That
/// admission came in a [letter to MPs](…)`, `The comments came during an [interview](…)`,
/// `Her warning was made in a [speech](…)`, `The remark was first reported by [the
/// Gazette](…)`, `She made that admission in a [letter](…)`, `He made the remarks in a
/// [post](…)`. The place is where the preposition's object starts (see [`Placed`]);
/// [`Ctx::cite_place`] checks that a link stands there. Not a noun for anything but words
/// (`That plan came in a budget`), nor a person doing it (`was made by the chair`).
fn words_placed(s: &str) -> Option<Placed> {
    // Cheap first: a capital opening the sentence, one of a few.
    let first = s.split_whitespace().next()?;
    if !matches!(
        first,
        "That"
            | "Those"
            | "These"
            | "The"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "She"
            | "He"
            | "They"
    ) {
        return None;
    }
    // Words with their offsets, the first clause only (no comma inside).
    let mut words = s
        .split_whitespace()
        .take(12)
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w));
    words.next();
    let mut next = || words.next();
    const ADVERBS: &[&str] = &["first", "originally", "later", "initially"];
    const POSITION: &[&str] = &[
        "last", "same", "first", "final", "earlier", "latest", "original",
    ];
    // A word right after the last, and no stop or comma between.
    let plain = |w: &str| !w.ends_with([',', '.', ';', ':', '!', '?']);
    let (_, mut w) = next()?;
    let verb;
    if matches!(first, "She" | "He" | "They") {
        // `She made that admission in …`.
        if ADVERBS.contains(&w) {
            w = next()?.1;
        }
        if !matches!(
            w,
            "made" | "gave" | "delivered" | "issued" | "offered" | "repeated" | "voiced"
        ) {
            return None;
        }
        let (_, det) = next()?;
        if !matches!(
            det,
            "that" | "those" | "these" | "the" | "his" | "her" | "their"
        ) {
            return None;
        }
        let (_, mut noun) = next()?;
        if POSITION.contains(&noun) {
            noun = next()?.1;
        }
        if !plain(noun) || !said_noun(det, noun) {
            return None;
        }
        verb = "made";
    } else {
        // `That admission came in …`, `The remark was first reported by …`.
        if POSITION.contains(&w) {
            w = next()?.1;
        }
        if !plain(w) || !said_noun(first, w) {
            return None;
        }
        let (_, mut v) = next()?;
        if matches!(v, "was" | "were") {
            v = next()?.1;
            if ADVERBS.contains(&v) {
                v = next()?.1;
            }
            if !matches!(
                v,
                "made"
                    | "given"
                    | "delivered"
                    | "published"
                    | "reported"
                    | "posted"
                    | "contained"
                    | "included"
                    | "issued"
                    | "written"
                    | "aired"
                    | "broadcast"
                    | "offered"
                    | "voiced"
                    | "uttered"
            ) {
                return None;
            }
        } else {
            if ADVERBS.contains(&v) {
                v = next()?.1;
            }
            if !matches!(v, "came" | "comes" | "appeared" | "appears" | "featured") {
                return None;
            }
        }
        verb = v;
    }
    let (at, prep) = next()?;
    let outlet = prep == "by" && matches!(verb, "reported" | "published" | "aired" | "broadcast");
    if !(outlet || matches!(prep, "in" | "during" | "at" | "on")) {
        return None;
    }
    // The place starts after the preposition and the space after it.
    let from = at + prep.len();
    let rest = s.get(from..)?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let place = from + (rest.len() - rest.trim_start().len());
    Some(Placed {
        from_end: s.len() - place,
        outlet,
    })
}

/// Whether the words between a preposition and a link may be that link's own place: at most
/// four words, a determiner and words describing the record (`a `, `her 2019 `, `the
/// council's annual `), no preposition, conjunction or quotation mark.
fn place_gap(gap: &str) -> bool {
    const STOPS: &[&str] = &[
        "to", "from", "by", "with", "about", "after", "before", "when", "where", "which", "that",
        "who", "of", "for", "and", "or", "but", "as", "on", "in", "at", "during", "than",
    ];
    !gap.contains(['“', '”', '"', '‘', '(', ')', '.', ';', ':', '!', '?', ','])
        && gap.split_whitespace().count() <= 4
        && gap
            .split_whitespace()
            .all(|w| !STOPS.contains(&w.to_lowercase().as_str()))
}

/// Whether a place's words (the gap before its link, then the link's text) name a record or
/// an occasion within the first few words: `a letter to MPs`, `an interview`, `her 2019
/// memoir`.
fn names_record(gap: &str, text: &str) -> bool {
    gap.split_whitespace()
        .chain(text.split_whitespace())
        .take(8)
        .any(|w| {
            let w = w
                .trim_start_matches(['[', '*', '_', '('])
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            DOCUMENTS.contains(&w.as_str())
                || OCCASIONS.contains(&w.as_str())
                || RECORDS.contains(&w.as_str())
        })
}

/// Records of words besides [`DOCUMENTS`] and [`OCCASIONS`], for [`names_record`]: `a
/// written answer`, `a court filing`, `the minutes`.
const RECORDS: &[&str] = &[
    "answer",
    "answers",
    "reply",
    "response",
    "filing",
    "transcript",
    "minutes",
    "bulletin",
    "announcement",
    "update",
];

/// Whether a paragraph is nothing but a pointer to the full document (`Read the full
/// statement`, `See the full report`, a `[3]` marker aside) whose noun the paragraph `above`
/// names before the quotation `quoted` (`Its statement says the building "…"`).
fn reads_the_full(text: &str, above: &str, quoted: &str) -> bool {
    // Cheap first: short, and the words' first letter.
    let t = text.trim();
    if t.len() > 80 || !t.contains(['R', 'r', 'S', 's']) {
        return false;
    }
    let mut words = String::with_capacity(t.len());
    let mut rest = t;
    // A lynx marker glued to the words (`[3]Read`), or after them.
    while let Some(open) = rest.find('[') {
        let close = rest.get(open..).and_then(|r| r.find(']')).map(|c| open + c);
        let Some(close) = close else { break };
        let inner = rest.get(open + 1..close).unwrap_or("");
        words.push_str(rest.get(..open).unwrap_or(""));
        if !inner.bytes().all(|c| c.is_ascii_digit()) {
            words.push_str(inner);
        }
        rest = rest.get(close + 1..).unwrap_or("");
    }
    words.push_str(rest);
    let lower = words.trim().trim_end_matches(['.', ':']).to_lowercase();
    let Some(noun) = ["read the full ", "see the full "]
        .iter()
        .find_map(|lead| lower.strip_prefix(lead))
    else {
        return false;
    };
    if noun.is_empty() || !noun.chars().all(char::is_alphabetic) {
        return false;
    }
    let head = above
        .find(quoted)
        .map_or(above, |k| above.get(..k).unwrap_or(""));
    head.to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w == noun)
}

/// Whether `sentence`, which refers back to the quotation `quoted` before it, is about a
/// phrase within it rather than the whole: it names a phrase (`That phrase comes from …`,
/// `The term was coined …`) after a quotation longer than one (more than twelve words, or
/// any block quotation: `inline` false), or it quotes again words that the quotation itself
/// sets in quotation marks of its own, the nested phrase (`… it talks about 'collecting
/// with, not about, communities.'` over `That comes from the strategy, which says archives
/// should be "collecting with, not about, communities"`).
fn names_a_phrase_of(sentence: &str, quoted: &str, inline: bool) -> bool {
    const PHRASES: &[&str] = &[
        "phrase",
        "term",
        "expression",
        "slogan",
        "catchphrase",
        "coinage",
        "motto",
        "word",
    ];
    let noun = sentence
        .split_whitespace()
        .nth(1)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| PHRASES.contains(&w));
    if noun && (!inline || count_words(quoted) > 12) {
        return true;
    }
    // The sentence's own quotation, found again inside the one before, which is longer.
    let Some(open) = sentence.find(['"', '\u{201C}']) else {
        return false;
    };
    let inner = sentence.get(open + 1..).unwrap_or("");
    let inner_end = inner.find(['"', '\u{201D}']).unwrap_or(inner.len());
    let inner = inner.get(..inner_end).unwrap_or("");
    // Its first three words, as the quotation above has them.
    let head: Vec<&str> = inner.split_whitespace().take(3).collect();
    if head.len() < 2 {
        return false;
    }
    let qwords: Vec<&str> = quoted.split_whitespace().collect();
    let bare = |w: &str| -> String {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    qwords.len() > 2 * count_words(inner) + 4
        && qwords.windows(head.len()).any(|win| {
            win.iter()
                .zip(&head)
                .all(|(a, b)| bare(a) == bare(b) && !bare(b).is_empty())
        })
}

/// Whether a court case is named shortly before byte `at` of block `b`'s text (where a web
/// address written out starts): `Alvarez v. Brightwater, No. 24-101 (Cal. Ct. App. 2024),
/// https://…`, `In re Gault, 387 U.S. 1 (1967), https://…`, `Harding v Okeke [2025] EWCA Civ
/// 412, https://…`. Only the 120 bytes before are read, and no quotation mark may stand
/// between the name and the address (a quotation's words are no citation of a case). A name
/// with a bare `v` is a case only as [`english_case`] says (`England v Australia, https://…`
/// is a match report).
/// Whether a URL is a publisher's page asking for money or a sign-up (`/donate`,
/// `/donate?utm_source=inline`, `/support-us/`, `/subscribe`, `/membership/join`,
/// `/en/donate`, `donate.example.org`): a call to action beside a quote, never its source.
fn appeal_page(url: &str) -> bool {
    // Nearly every cited address has none of the words: a byte search turns it away (an
    // address with capitals is read in full).
    let b = url.as_bytes();
    if !b.iter().any(u8::is_ascii_uppercase)
        && !["donat", "subscri", "member", "support"]
            .iter()
            .any(|w| memchr::memmem::find(b, w.as_bytes()).is_some())
    {
        return false;
    }
    let rest = url.split_once_str("://").map_or(url, |(_, r)| r);
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    let rest = rest.get(..end).unwrap_or(rest);
    let mut parts = rest.split('/');
    let host = parts.next().unwrap_or("");
    let is = |seg: &str| {
        let stem = seg.split('.').next().unwrap_or(seg);
        [
            "donate",
            "donation",
            "donations",
            "subscribe",
            "membership",
            "support-us",
            "become-a-member",
        ]
        .iter()
        .any(|w| stem.eq_ignore_ascii_case(w))
    };
    // The first two parts of the path (`/en/donate`); deeper, a page may document a
    // `subscribe` endpoint.
    host.split('.')
        .next()
        .is_some_and(|h| h.eq_ignore_ascii_case("donate"))
        || parts.take(2).any(is)
}

fn case_before(b: &Block, at: usize) -> bool {
    let text = b.text.as_str();
    let mut from = at.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..at).unwrap_or("");
    let Some((name, word)) = [" v. ", " v ", "In re "]
        .iter()
        .filter_map(|w| Some((head.rfind(w)?, *w)))
        .max()
    else {
        return false;
    };
    let rest = head.get(name..).unwrap_or("");
    !rest.contains(['"', '\u{201C}', '\u{201D}', '\u{AB}', '\u{BB}'])
        && (word != " v " || english_case(b, from + name, rest))
}

/// Whether ` v ` (without the full stop) at byte `v` of block `b`'s text, with `rest` the
/// text from it on, names a court case as English writing cites one: the name in italics
/// (`*Harding v Okeke*`), or a law report or docket number after it (`[2025] EWCA Civ 412`,
/// `(1932) 48 TLR 494`, `No. 24-101`). A sports fixture (`England v Australia`) is neither.
fn english_case(b: &Block, v: usize, rest: &str) -> bool {
    let italic = b.italics.iter().any(|&(s, e)| s < v && v < e);
    let year_in = |open: char, close: char| {
        rest.match_indices(open).any(|(k, _)| {
            let r = rest.get(k + 1..).unwrap_or("");
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            digits == 4
                && r.get(4..).is_some_and(|t| {
                    t.strip_prefix(close).is_some_and(|t| {
                        // `(1932) 48 TLR`: a report's volume after a round bracket (`(2023),
                        // https://…`, `(2023) at Lord's` may be a match's year).
                        close == ']'
                            || t.strip_prefix(' ')
                                .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
                    })
                })
        })
    };
    let docket = rest.match_indices("No. ").any(|(k, _)| {
        rest.get(k + 4..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    });
    italic || year_in('[', ']') || year_in('(', ')') || docket
}

/// A link standing alone after the sentence that ends at `from`, closing its paragraph or
/// line: the credit of what the sentence quotes (`“…”. ([Release](…))`, `“… decade.”
/// [Release](…)`, `… after the meeting. [Transcript](…)`, `Source: [statement](…).`).
/// Returns the link's index.
fn credit_link(
    b: &Block,
    links: &[(usize, usize, usize)],
    markers: &[(usize, usize, usize)],
    from: usize,
) -> Option<usize> {
    // The labels of a link to the document quoted (`Statement: URL`, `Press release:
    // URL`), as a channel post or a news item ends; a label with a colon before one with
    // none (`Via:` before `Via`).
    const LEADS: &[&str] = &[
        "Source:",
        "Sources:",
        "Via:",
        "via:",
        "Via",
        "via",
        "From:",
        "Fuente:",
        "Quelle:",
        "Fonte:",
        "Source :",
        "Statement:",
        "Full statement:",
        "Report:",
        "Full report:",
        "Press release:",
        "News release:",
        "Announcement:",
        "Full text:",
        "Transcript:",
    ];
    // A link roundup's pointer to the story its item quotes, on a line of its own closing
    // the item; after the sentence on its line (`… the minister said. Read more: [Budget
    // explained](…)`) it is further reading.
    const OWN_LINE_LEADS: &[&str] = &[
        "Read more:",
        "Read more at",
        "More:",
        "Full story:",
        "Read the full story:",
        "Read the story:",
        "Read the full story at",
        "H/T:",
        "H/T",
        "h/t:",
        "h/t",
        "HT:",
        "Hat tip:",
        "Hat-tip:",
        "Hat tip to",
        "Hat tip",
    ];
    let text = b.text.as_str();
    let rest = text.get(from..)?;
    // On the same line or wrapped onto the next (`… calendar".` then `(https://…)`).
    let lead = rest.trim_start_matches([' ', '\t', '.', ',']);
    let next_line = lead
        .strip_prefix("\r\n")
        .or_else(|| lead.strip_prefix('\n'));
    let own_line = next_line.is_some();
    let lead = next_line.unwrap_or(lead);
    let mut at = from + (rest.len() - lead.len());
    // The credit in brackets of its own (`(Source: [statement](…).)`).
    let bracketed = text.get(at..).is_some_and(|r| r.starts_with('('));
    if bracketed {
        at += 1;
    }
    let own = if own_line && !bracketed {
        OWN_LINE_LEADS
    } else {
        &[]
    };
    for lead in LEADS.iter().chain(own) {
        if text.get(at..).is_some_and(|r| r.starts_with(lead)) {
            let r = text.get(at + lead.len()..)?;
            at += lead.len() + (r.len() - r.trim_start().len());
            break;
        }
    }
    if !bracketed && text.get(at..).is_some_and(|r| r.starts_with('(')) {
        at += 1;
    }
    let k = links.partition_point(|l| l.0 < at);
    let &(ls, le, li) = links.get(k)?;
    // In brackets, a few words leading to the link (`(From the [statement](…).)`, `(Read
    // the full [statement](…).)`).
    let led = bracketed
        && text.get(at..ls).is_some_and(|head| {
            credit_lead(head) || {
                let h = head.trim_end();
                [
                    "Read the full",
                    "Read the",
                    "See the full",
                    "Read more in the",
                    "See the",
                ]
                .iter()
                .any(|p| h.eq_ignore_ascii_case(p))
            }
        });
    if ls != at && !led {
        return None;
    }
    // Only closing punctuation (and markers) after it, to the end of the line: the run of
    // glue after it reaches the paragraph's end or holds a line break.
    let stop = glue_end(b, le, text.len(), markers, false);
    (stop == text.len() || text.get(le..stop).is_some_and(|g| g.contains('\n'))).then_some(li)
}

/// A link holding a court case's citation that makes up the whole sentence right after the
/// sentence ending at `from`, more prose following it in the paragraph (legal writing cites
/// the authority of what it just quoted so: `… to apprise interested parties” of the
/// shut-off. [Mullane v. Central Hanover Bank, 339 U.S. 306, 314 (1950)](…). We
/// disagree.`): the link's index. The link opens the sentence and holds the case's name
/// (` v. `) and its reporter (`, 339 U.S. 306`); after it, to the sentence's full stop,
/// only a pinpoint and a year in brackets (`, 314 (1950).`). A sentence that is prose
/// with a case named in it, or a signal before the link (`See …`), is none.
fn case_citation_link(b: &Block, links: &[(usize, usize, usize)], from: usize) -> Option<usize> {
    let text = b.text.as_str();
    let rest = text.get(from..)?;
    let at = from + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
    let k = links.partition_point(|l| l.0 < at);
    let &(ls, le, li) = links.get(k)?;
    if ls != at {
        return None;
    }
    let shown = text.get(ls..le)?;
    let v = super::prefix(shown, 100).find(" v. ")?;
    // The reporter after a comma, in the link (`, 339 U.S. 306`).
    let reporter = shown
        .get(v..)?
        .match_indices(", ")
        .any(|(c, _)| reporter_pin_cite(shown.get(v + c + 2..).unwrap_or("")));
    if !reporter || shown.len() > 200 || shown.split_whitespace().count() > 24 {
        return None;
    }
    // The rest of the sentence: a pinpoint and a bracket (`, 314 (1950)`), then its full
    // stop and a space or the paragraph's end.
    // (The court and year may hold a full stop: `(2d Cir. 1950)`.)
    let tail = text.get(le..)?;
    let mut bracket = 0;
    let mut stop = None;
    for (i, c) in tail.char_indices().take_while(|&(i, _)| i <= 60) {
        match c {
            '(' if bracket == 0 => bracket = 1,
            ')' if bracket == 1 => bracket = 2,
            '.' if bracket != 1 => {
                stop = Some(i);
                break;
            }
            _ if bracket == 1 => {}
            c if bracket == 0
                && (c.is_ascii_digit() || matches!(c, ' ' | ',' | '-' | '–' | '¶' | '§')) => {}
            _ => return None,
        }
    }
    let after = tail.get(stop? + 1..)?;
    after
        .chars()
        .next()
        .is_none_or(char::is_whitespace)
        .then_some(li)
}

/// Whether a paragraph is nothing but a court case's citation, as legal writing puts one
/// under a block quotation (`State v. Lavoie, 2019 ME 77, ¶ 14, 208 A.3d 790.[3]`): a
/// case name (` v. `), a number, at most 30 words.
fn case_citation(text: &str, markers: &[(usize, usize, usize)]) -> bool {
    let t = text.trim();
    // The paragraph opens with the case's name (` v. ` in its first 80 bytes), and a comma
    // and a number follow the name (`Lavoie, 2019 ME 77`): `The decision in Roe v. Wade was
    // overturned in 2022.` is prose.
    let Some(v) = super::prefix(t, 80).find(" v. ") else {
        return false;
    };
    let after = t.get(v + 4..).unwrap_or("");
    // The second party's name, one to four capitalised words (`Lavoie`, `Lomax Homes`,
    // `Bovis Homes Ltd`), then the reporter's number.
    // A number and then a court's or a report's abbreviation (`2019 ME 77`, `208 A.3d
    // 790`, `[2004] EWCA`), not a clause opening with a number (`3 of the 5 judges`).
    let reporter = after.find(", ").is_some_and(|c| {
        let party = after.get(..c).unwrap_or("");
        let cite = after.get(c + 2..).unwrap_or("");
        let digits = cite.bytes().take_while(u8::is_ascii_digit).count();
        (1..=4).contains(&digits)
            && cite
                .get(digits..)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_uppercase()))
            && party.split_whitespace().count() <= 4
            && party
                .split_whitespace()
                .all(|w| w.starts_with(|ch: char| ch.is_uppercase() || ch == '&'))
    });
    t.len() < 300 && reporter && t.split_whitespace().count() <= 30 && !markers.is_empty()
}

/// Whether `t` opens with a law report's volume and abbreviated name, as a pinpoint
/// citation after a quotation has it (`410 U.S. at 153.`, `208 A.3d 790`, `5 F.4th 12`):
/// not a new sentence opening with a number (`2019 was …`, `40 councils …`).
fn reporter_pin_cite(t: &str) -> bool {
    let digits = t.bytes().take(5).take_while(u8::is_ascii_digit).count();
    let Some(rest) = t.get(digits..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let name = rest.split(' ').next().unwrap_or("");
    (1..=4).contains(&digits)
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.len() <= 12
        && name.trim_end_matches([',', '.']).contains('.')
}

/// The markers closing a court case's citation sentence right after the sentence ending at
/// `from` (legal writing cites the authority of what it just quoted so: `… a notice which
/// “leaves the tenant to guess” is invalid. *Pereira v. Lomax Homes*, 2019 CA 311, ¶ 22.[^3]
/// Respondent disagrees.`), in order; none if the next sentence is anything else.
fn case_sentence_markers(b: &Block, markers: &[(usize, usize, usize)], from: usize) -> Vec<usize> {
    let Some(rest) = b.text.get(from..) else {
        return Vec::new();
    };
    let start = from + (rest.len() - rest.trim_start().len());
    let k = markers.partition_point(|m| m.0 < start);
    let Some(&(first, _, _)) = markers.get(k).filter(|m| m.0 - start <= 300) else {
        return Vec::new();
    };
    // Up to the first marker: the case's name, its reporter, a pinpoint; no quotation.
    let sentence = b.text.get(start..first).unwrap_or("");
    if sentence.contains(['"', '“', '”']) || !case_citation(sentence, &markers[k..=k]) {
        return Vec::new();
    }
    // The marker and those glued to it (`[3][4]`).
    let mut out = Vec::new();
    let mut at = first;
    for &(ms, me, mi) in markers.get(k..).unwrap_or(&[]) {
        if ms != at && !only_glue(b, at, ms, markers) {
            break;
        }
        out.push(mi);
        at = me;
    }
    out
}

/// A paragraph's text after its number, as judgments and reports number them (`4. That
/// passage, from …`, `12) …`); the text itself if it has none.
fn numbered_paragraph_text(t: &str) -> &str {
    let digits = t.bytes().take(4).take_while(u8::is_ascii_digit).count();
    match t.get(digits..) {
        Some(r) if (1..=3).contains(&digits) && r.starts_with(['.', ')']) => {
            let r = r.get(1..).unwrap_or("");
            if r.starts_with([' ', '\t']) {
                r.trim_start()
            } else {
                t
            }
        }
        _ => t,
    }
}

/// Whether a paragraph opens by referring back to the quotation just before it: `That
/// passage …`, `Those are the words of …`, `This figure comes from …`, `So wrote …`,
/// `Source: …`, and the like in Spanish, French, German and Portuguese. A bare
/// demonstrative that moves on (`This week …`, `The figure rose …`) does not.
fn refers_back(s: &str) -> bool {
    const LEADS: &[&str] = &[
        "So wrote ",
        "So said ",
        "That's from ",
        "That’s from ",
        "So writes ",
        "Thus wrote ",
        "Source: ",
        "Sources: ",
        // A fact check's claim box: `Claim: “…”` over `Claimed by: [a post](…)`.
        "Claimed by: ",
        "Claim made by: ",
        "Said by: ",
        "Quoted in ",
        "Quoted from ",
        "As quoted in ",
        "Excerpted from ",
        "Excerpt from ",
        "Taken from ",
        "Reprinted from ",
        "Adapted from ",
        "Fuente: ",
        "Quelle: ",
        "Fonte: ",
        // A roundup's credit for the story it quotes, as `Source:`.
        // (Not `Read more: `, a news page's pointer to another story between its
        // paragraphs.)
        "Via: ",
        "Full story: ",
        "Read the full story: ",
        "H/T: ",
        "Hat tip: ",
    ];
    // What the quotation is called after a demonstrative (`That last line`, `Those are the
    // words`), in every language at once: the words do not collide. Besides these, the
    // context words below.
    const NOUNS: &[&str] = &[
        "passage",
        "passages",
        "quote",
        "quotes",
        "quotation",
        "quotations",
        "excerpt",
        "excerpts",
        "extract",
        "lines",
        "words",
        "remarks",
        "testimony",
        "exchange",
        "exchanges",
        "answer",
        "answers",
        "palabras",
        "pasaje",
        "cita",
        "líneas",
        "mots",
        "lignes",
        "citation",
        "worte",
        "zeilen",
        "zitat",
        "palavras",
        "trecho",
        "citação",
    ];
    // Words that name what was said only in context (`That line of products …`, `This
    // figure is far below …`): they refer back only with a verb of provenance.
    const WEAK: &[&str] = &[
        "figure",
        "figures",
        "line",
        "claim",
        "account",
        "assessment",
        "warning",
        "description",
        "comment",
        "comments",
        "sentence",
        "sentences",
        "word",
        "frase",
        "phrase",
        "propos",
        "aussage",
        "remark",
        "statement",
        "caution",
        "observation",
        "conclusion",
        "finding",
        "definition",
        "explanation",
        "verdict",
        "view",
        "recommendation",
        "message",
        "pledge",
        "promise",
        "rule",
        "advice",
        "guidance",
        "instruction",
        "principle",
        "requirement",
        "estimate",
        "forecast",
        "prediction",
        "wording",
    ];
    const PROVENANCE: &[&str] = &[
        " was recorded",
        " is recorded",
        " were recorded",
        " comes from",
        " come from",
        " came from",
        " is set out in",
        " are set out in",
        " was set out in",
        " is from",
        " was from",
        " are from",
        " were from",
        " is taken from",
        " was taken from",
        " appeared in",
        " appears in",
        " is quoted",
        " was quoted",
        " is cited",
        " was written",
        " were written",
        " was published",
        // Said on air or in person, and where (`The remark was broadcast in an [interview
        // on Radio East](…)`): the occasion's record.
        " was broadcast",
        " were broadcast",
        " was aired",
        " were aired",
        " was made in",
        " were made in",
        " was made during",
        " was given in",
        " was first reported in",
        " were first reported in",
        " was reported in",
        " is drawn from",
        " was drawn from",
        ", from ",
        ", taken from ",
        ", quoted in ",
    ];
    // Narrower after a definite article: `The figure rose …` moves on.
    const THE_NOUNS: &[&str] = &[
        "passage",
        "quote",
        "quotation",
        "excerpt",
        "extract",
        "lines",
        "words",
        "remarks",
        "statement",
        "exchange",
        "pasaje",
        "cita",
        "palabras",
        "citation",
        "mots",
        "zitat",
        "worte",
        "trecho",
        "citação",
        "palavras",
    ];
    // Words for what was said that `The` may name back, with a verb of provenance only.
    const THE_WEAK: &[&str] = &[
        "remark",
        "comment",
        "comments",
        "line",
        "phrase",
        "sentence",
        "wording",
        "description",
        "claim",
        "warning",
        "pledge",
        "promise",
        "answer",
        "reply",
    ];
    const DEMONSTRATIVES: &[&str] = &[
        "That", "This", "These", "Those", "Such", "Esas", "Estas", "Esa", "Esta", "Ese", "Este",
        "Ces", "Ce", "Cette", "Cet", "Diese", "Dieses", "Dieser", "Essas", "Essa", "Esse",
    ];
    if LEADS.iter().any(|l| s.starts_with(l))
        || record_located(s)
        || locates_in_source(s)
        || document_named_back(s)
        || said_it_in(s)
        || as_it_put_it(s)
    {
        return true;
    }
    // Who said it, then where they wrote or spoke it, after a comma: `That was a retired
    // service engineer, writing on a [repair forum](…) in 2019.`, `This is the council's
    // leader, speaking to the BBC.` (Not `That was a mistake, in hindsight`: the participle
    // names the saying.)
    if let Some(r) = ["That was ", "That is ", "This was ", "This is "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
    {
        if let Some((who, rest)) = r.split_once(',') {
            const SAYING_HOW: &[&str] = &[
                "writing ",
                "speaking ",
                "posting ",
                "commenting ",
                "tweeting ",
                "testifying ",
                "talking to ",
                "quoted in ",
                "interviewed ",
                "in an interview",
                "in a post ",
                "in a letter ",
                "in a statement",
            ];
            let rest = rest.trim_start();
            if (1..=6).contains(&who.split_whitespace().count())
                && !who.contains(['.', ';', '!', '?', ':'])
                && SAYING_HOW.iter().any(|w| rest.starts_with(w))
            {
                return true;
            }
        }
    }
    // `That's Bryn Tallis, …, quoted in …`: read as `That is`.
    if let Some(r) = s
        .strip_prefix("That's ")
        .or_else(|| s.strip_prefix("That\u{2019}s "))
    {
        return refers_back(&format!("That is {r}"));
    }
    // The quotation named in the first clause as what someone made or issued (`The
    // association issued that statement in the summer.`, `She made those remarks at a
    // rally.`): a verb of issuing, a demonstrative, a noun for a quotation.
    const ISSUED: &[&str] = &[
        "issued",
        "made",
        "gave",
        "wrote",
        "published",
        "posted",
        "delivered",
        "tweeted",
        "released",
        "recorded",
        "uttered",
    ];
    {
        // No allocation: this runs for every paragraph after a quotation.
        let (mut two_back, mut one_back) = ("", "");
        for raw in s.split_whitespace().take(12) {
            let w = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
            if matches!(one_back, "that" | "this" | "those" | "these")
                && ISSUED.contains(&two_back)
                && (NOUNS.contains(&w) || WEAK.contains(&w) || DOCUMENTS.contains(&w))
            {
                return true;
            }
            // The first clause only.
            if raw.ends_with(['.', ';', '!', '?']) {
                break;
            }
            (two_back, one_back) = (one_back, w);
        }
    }
    let mut words = s.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let the = matches!(first, "The" | "La" | "Le" | "Die" | "El");
    if !the && !DEMONSTRATIVES.contains(&first) {
        return false;
    }
    let nouns = |w: &str| {
        if the {
            THE_NOUNS.contains(&w)
        } else {
            NOUNS.contains(&w) || WEAK.contains(&w)
        }
    };
    let mut copula = false;
    // The sentence's first clause, for a verb of provenance.
    let clause = s.split(['.', ';', '!', '?']).next().unwrap_or(s);
    // (A paragraph's text keeps its line breaks: `The remark⏎was recorded`.)
    let provenance = || {
        let clause = fold_ws(clause);
        PROVENANCE.iter().any(|v| clause.contains(v))
    };
    // The person quoted, named by a demonstrative and what they are, then where they said it
    // (`That farmer, who farms near Ludlow, spoke to the Shropshire Star last year.[3]`):
    // the sentence cites the interview. Only nouns for a person and verbs of speaking to
    // someone or in something: `That council voted …`, `This week the mayor told …` move on.
    const PEOPLE: &[&str] = &[
        "farmer",
        "resident",
        "official",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "man",
        "woman",
        "tenant",
        "landlord",
        "owner",
        "worker",
        "driver",
        "nurse",
        "doctor",
        "teacher",
        "officer",
        "councillor",
        "councilor",
        "campaigner",
        "volunteer",
        "witness",
        "engineer",
        "manager",
        "grower",
        "neighbour",
        "neighbor",
        "parent",
        "student",
        "veteran",
        "activist",
        "source",
    ];
    const TOLD: &[&str] = &[
        " spoke to ",
        " was speaking to ",
        " talked to ",
        " was talking to ",
        " told the ",
        " said in an interview",
        " in an interview with ",
        " wrote in ",
    ];
    if matches!(first, "That" | "This")
        && s.split_whitespace()
            .nth(1)
            .is_some_and(|w| PEOPLE.contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric())))
        && TOLD.iter().any(|v| clause.contains(v))
    {
        return true;
    }
    // The noun right after the demonstrative, or after one adjective of position.
    const ADJECTIVES: &[&str] = &[
        "last",
        "same",
        "first",
        "final",
        "opening",
        "closing",
        "earlier",
        "whole",
        "entire",
        "above",
        "following",
        "previous",
        "latter",
        "former",
    ];
    let mut copula_article = false;
    for (k, raw) in words.take(3).enumerate() {
        let w = raw
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if k == 1 && copula && w == "from" {
            return true;
        }
        // Who said it, named right after the copula: `That was Professor Ada Quill, writing
        // in 2023.`, `That was the chief executive, in a memo to staff.` (Not a date, `That
        // was March 2020`, nor a thing, `That was the turning point`.)
        if k == 1 && copula && !the {
            let name = raw.starts_with(char::is_uppercase)
                && super::months::number(&w).is_none()
                && !WEEKDAYS.contains(&w.as_str())
                && !matches!(w.as_str(), "christmas" | "easter")
                && !matches!(w.as_str(), "i" | "it");
            if name {
                return true;
            }
            copula_article = matches!(w.as_str(), "the" | "a" | "an");
        }
        if k == 2
            && copula_article
            && (PEOPLE.contains(&w.as_str()) || SPEAKER_TITLES.contains(&w.as_str()))
        {
            return true;
        }
        // `That was the witness's answer, according to …`: someone's words named.
        if k == 2 && copula_article && (w.ends_with("'s") || w.ends_with("\u{2019}s")) {
            return clause
                .split_whitespace()
                .nth(4)
                .map(|n| n.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .is_some_and(|n| NOUNS.contains(&n));
        }
        // `That is how one reporter summed it up`, `That was what the minister told …`.
        if k == 1 && copula && !the && matches!(w.as_str(), "how" | "what") {
            return true;
        }
        // `The remark was [published](…) in 1998.`, `The line appeared in …`: after a
        // definite article, a word for what was said refers back only with a verb of
        // provenance right in its clause.
        if k == 0 && the && THE_WEAK.contains(&w.as_str()) {
            return provenance();
        }
        if nouns(w.as_str()) {
            // `That was the verdict of …`: the quotation is what the noun names.
            return !WEAK.contains(&w.as_str()) || provenance() || (copula && !the);
        }
        if k == 0 && !the && !copula && !ADJECTIVES.contains(&w.as_str()) {
            // `That` then a verb or a noun not for a quotation: only a verb of provenance
            // or a copula (`Those are the words …`) may still refer back.
            if !matches!(
                w.as_str(),
                "comes" | "came" | "appeared" | "appears" | "is" | "was" | "are" | "were"
            ) {
                // Any noun with a verb naming the document that states it right after it
                // (`That restriction is set out in the [cabinet report](…)`); not `These
                // findings came from the survey`, which may be anyone's findings.
                let after_noun = clause
                    .get(first.len()..)
                    .map(str::trim_start)
                    .and_then(|r| r.get(raw.len()..))
                    .unwrap_or("");
                if [
                    " is set out in",
                    " are set out in",
                    " was set out in",
                    " were set out in",
                    " is laid down in",
                    " is spelled out in",
                    " is spelt out in",
                ]
                .iter()
                .any(|v| after_noun.starts_with(v))
                {
                    return true;
                }
                // `That candour comes from Westmoor's [progress report](…)`, `That
                // admission is buried on page nine of its [review](…)`: one thing named
                // back by `That`, then where it is found; `is in` only with a document
                // named in the clause (`That detail is in the council's [report](…)`).
                // (Not a time, `That week comes from …` never refers back.)
                return first == "That"
                    && THAT_NAMES_WORDS.contains(&w.as_str())
                    && ([
                        " comes from ",
                        " came from ",
                        " is buried in ",
                        " is buried on ",
                        " was buried in ",
                        " was buried on ",
                        " appears in ",
                        " appears on ",
                        " appeared in ",
                        " appeared on ",
                    ]
                    .iter()
                    .any(|v| after_noun.starts_with(v))
                        || [" is in ", " was in "].iter().any(|v| {
                            after_noun.strip_prefix(v).is_some_and(|r| {
                                r.split_whitespace().any(|x| {
                                    DOCUMENTS.contains(
                                        &x.trim_end_matches(|c: char| !c.is_alphanumeric()),
                                    )
                                })
                            })
                        }));
            }
        }
        // `That comes from …`, `This is from …`, `Those were the words …`.
        if k == 0 && !the {
            if matches!(w.as_str(), "comes" | "came" | "appeared" | "appears") {
                return true;
            }
            copula = matches!(w.as_str(), "is" | "was" | "are" | "were");
        }
    }
    false
}

/// Where a paragraph's first sentence names the work a block quotation above it came from
/// by `quoted above` (or `cited above`, `excerpted above`) right after it: `A 2021 study by
/// the harbour trust, quoted above, found …`, `That finding matches a 2021 study from the
/// Netherlands quoted above, which …`.
struct QuotedAbove {
    /// Where the words naming the work start: two words before the word for its kind (`a
    /// 2021 study`, `the trust's own report`); a link or marker before them is another's
    /// (`A [new survey](…) contradicts the study quoted above`).
    from: usize,
    /// Where `quoted above` starts (past the comma before it).
    at: usize,
    /// Whether the sentence's markers after the phrase are the work's too: when the work
    /// opens the sentence (`A 2021 study …, quoted above, found the same.[3]`) or a clause
    /// on it follows (`… quoted above, which found …[3]`), and the sentence does not set it
    /// against another (`Unlike the report quoted above, …`).
    after: bool,
}

/// Finds [`QuotedAbove`] in `s`'s first sentence, when the six words before the phrase name
/// a work by its kind (`study`, `report`, `survey`, …): a person quoted above (`Ellery,
/// quoted above, disagrees …`) is no source to cite, and `not quoted above` says the
/// opposite.
fn quoted_above(s: &str) -> Option<QuotedAbove> {
    const PHRASES: [&str; 3] = ["quoted above", "cited above", "excerpted above"];
    const WORKS: &[&str] = &[
        "study",
        "studies",
        "report",
        "reports",
        "survey",
        "paper",
        "article",
        "review",
        "analysis",
        "audit",
        "evaluation",
        "assessment",
        "inquiry",
        "book",
        "guide",
        "handbook",
        "manual",
        "submission",
        "statement",
        "letter",
        "memo",
        "briefing",
        "consultation",
        "strategy",
        "plan",
        "document",
        "research",
        "trial",
        "poll",
        "thesis",
        "essay",
        "post",
        "judgment",
        "judgement",
        "ruling",
        "decision",
        "speech",
        "interview",
        "testimony",
    ];
    const CONTRAST: [&str; 12] = [
        "Unlike", "Like", "Contrary", "Whereas", "While", "Although", "Though", "But", "Against",
        "Besides", "Beyond", "Compared",
    ];
    // The first sentence (a stop then a space ends it), read no further than its first few
    // hundred bytes.
    let s = super::prefix(s, 400);
    let sentence = s
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && s.get(i + 1..)
                    .is_none_or(|r| r.is_empty() || r.starts_with(char::is_whitespace))
        })
        .map_or(s, |(i, _)| s.get(..i).unwrap_or(s));
    let (at, len) = PHRASES
        .iter()
        .filter_map(|p| Some((sentence.find(p)?, p.len())))
        .min()
        .filter(|&(i, _)| {
            sentence
                .get(..i)
                .is_some_and(|h| h.ends_with(char::is_whitespace))
        })?;
    let head = sentence.get(..at)?.trim_end();
    let head = head.strip_suffix(',').unwrap_or(head).trim_end();
    if head.ends_with(" not") || head.ends_with(" as") {
        return None;
    }
    // The words of `head` with their offsets.
    let words: Vec<(usize, &str)> = head
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - head.as_ptr() as usize, w))
        .collect();
    let n = words.len();
    let k = (n.saturating_sub(6)..n).rev().find(|&k| {
        words.get(k).is_some_and(|(_, w)| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            WORKS.contains(&w.as_str())
        })
    })?;
    // Only words of a name between the kind and the phrase (`by the harbour trust`), no
    // clause of their own (`…, the survey found`).
    if head
        .get(words.get(k)?.0..)
        .is_some_and(|r| r.contains([',', ';', ':']))
    {
        return None;
    }
    let from = words.get(k.saturating_sub(2))?.0;
    let first = s
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    let opens = k <= 3;
    let rest = sentence
        .get(at + len..)
        .unwrap_or("")
        .trim_start_matches([',', ' ', '\n']);
    let clause = ["which ", "who ", "whose "]
        .iter()
        .any(|c| rest.starts_with(c));
    Some(QuotedAbove {
        from,
        at,
        after: !CONTRAST.contains(&first) && (opens || clause),
    })
}

/// Whether a paragraph's first sentence closes with `as` and who put it so (`That advice
/// has aged well, as the guide itself put it.[3]`, `…, as Reid phrased it`): the words
/// before it are theirs. Not when the sentence quotes words of its own, which the phrase
/// may credit instead.
fn as_it_put_it(s: &str) -> bool {
    let clause = s.split(['.', '!', '?']).next().unwrap_or(s);
    if clause.contains(['“', '”', '"', '«', '»', '„', '‘']) {
        return false;
    }
    let Some(i) = clause.rfind(", as ").or_else(|| clause.rfind(",\nas ")) else {
        return false;
    };
    let words: Vec<&str> = clause
        .get(i + 5..)
        .unwrap_or("")
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // Who put it so must be the work or its writer named back (`the guide itself`, `the
    // report`, `its authors themselves`), not someone else, whose phrase the sentence's own
    // words are (`Few believe it, as one shopkeeper put it.[2]` cites the shopkeeper for
    // that, not for the quotation above: the sixty-third session's review).
    let who = words.get(..words.len().saturating_sub(2)).unwrap_or(&[]);
    let named_back = who
        .iter()
        .any(|w| matches!(*w, "itself" | "themselves" | "himself" | "herself"))
        || (matches!(
            who.first(),
            Some(&"the" | &"its" | &"their" | &"this" | &"that")
        ) && who
            .iter()
            .skip(1)
            .any(|w| DOCUMENTS.contains(&w.to_lowercase().as_str())));
    (3..=7).contains(&words.len())
        && named_back
        && matches!(
            words.get(words.len().saturating_sub(2)..),
            Some(["put" | "puts" | "phrased" | "phrases" | "worded", "it"])
        )
}

/// Whether a sentence says where the one quoted said or wrote the words before it, by a
/// pronoun and `this`, `that`, `so` or `it`, then where: `She said this in a [1998
/// interview](…)`, `He said so in his maiden speech`, `She wrote that in a letter to the
/// editor`, `They first said it at a [hearing](…)`. The place must name a record or an
/// occasion within a few words (`He said that in 2019 the council …` is reported speech).
fn said_it_in(s: &str) -> bool {
    // Cheap first: a pronoun opening the sentence.
    if !(s.starts_with("She ") || s.starts_with("He ") || s.starts_with("They ")) {
        return false;
    }
    let mut words = s.split_whitespace().skip(1);
    let mut verb = words.next().unwrap_or("");
    if matches!(
        verb,
        "first" | "later" | "also" | "originally" | "once" | "famously"
    ) {
        verb = words.next().unwrap_or("");
    }
    let said = matches!(
        verb,
        "said" | "wrote" | "told" | "posted" | "tweeted" | "repeated" | "put" | "made"
    );
    let it = words
        .next()
        .is_some_and(|w| matches!(w, "this" | "that" | "so" | "it"));
    let place = words
        .next()
        .is_some_and(|w| matches!(w, "in" | "at" | "on" | "during"));
    said && it
        && place
        && words.take(5).any(|w| {
            let w = w
                .trim_start_matches(['[', '*', '_'])
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            DOCUMENTS.contains(&w.as_str()) || OCCASIONS.contains(&w.as_str())
        })
}

/// Occasions or records words were said or written in, besides [`DOCUMENTS`]: `She said
/// this in a [1998 interview](…)`, `That admission came during a [hearing](…)`.
const OCCASIONS: &[&str] = &[
    "book",
    "memoir",
    "memoirs",
    "autobiography",
    "biography",
    "podcast",
    "programme",
    "program",
    "documentary",
    "hearing",
    "meeting",
    "debate",
    "talk",
    "address",
    "conference",
    "rally",
    "episode",
    "profile",
    "thread",
    "video",
    "film",
    "radio",
    "television",
    "show",
    "evidence",
    "paper",
    "newsletter",
    "blog",
];

/// Words for a document or an occasion that words were written or said in, named back by a
/// demonstrative after a quotation (`That report …`, `The association issued that memo …`).
const DOCUMENTS: &[&str] = &[
    "report",
    "reports",
    "article",
    "articles",
    "letter",
    "letters",
    "piece",
    "column",
    "editorial",
    "speech",
    "post",
    "posts",
    "interview",
    "interviews",
    "statement",
    "statements",
    "passage",
    "account",
    "testimony",
    "memo",
    "memorandum",
    "entry",
    "entries",
    "story",
    "essay",
    "email",
    "e-mail",
    "tweet",
    "message",
    "submission",
    "briefing",
    "release",
    "obituary",
    "review",
    "leaflet",
    "pamphlet",
    "note",
    "diary",
    "sermon",
    "lecture",
    "broadcast",
];

/// Whether a paragraph opens by naming the document the quotation before it came from, with
/// a demonstrative, and says in its first clause where or when that document appeared:
/// `That report, by Joan Whitby, ran on the front page of the *Advertiser* …[^1]`, `That
/// letter was published in June.[2]`, `The same statement appeared on [its website](…)`.
/// The verb is required: `That report also found …` may have moved on to what else the
/// document says. `This` never names the article's own kind (`This article was amended …`,
/// `This post …` are the writer's own page), only a document quoted in it (`This letter was
/// sent …`).
fn document_named_back(s: &str) -> bool {
    /// The kinds of page an article calls itself by: after `This`, its own.
    const OWN_KINDS: &[&str] = &[
        "article",
        "articles",
        "piece",
        "column",
        "editorial",
        "post",
        "posts",
        "story",
        "essay",
        "report",
        "reports",
        "review",
        "entry",
        "note",
    ];
    /// Verbs saying where or when the document appeared, or by whom it was written.
    const APPEARED: &[&str] = &[
        " ran ",
        " ran,",
        " appeared",
        " appears",
        " was published",
        " were published",
        " is published",
        " was printed",
        " were printed",
        " was issued",
        " were issued",
        " was released",
        " was written",
        " were written",
        " was filed",
        " was sent",
        " were sent",
        " was delivered",
        " was given",
        " was made",
        " was posted",
        " were posted",
        " was broadcast",
        " was aired",
        " aired ",
        " came out",
        " is dated",
        " was dated",
        " was carried",
        " was read out",
        " was submitted",
        " was recorded",
        " was quoted",
        " is quoted",
        " is cited",
        " comes from",
        " came from",
        " is from",
        " was from",
        " are from",
        " were from",
        " is by ",
        " was by ",
        ", by ",
        " is held",
        " is kept",
        " is in the ",
        " is set out in",
        " can be read",
        " can be found",
        " is online",
        " is available",
    ];
    let mut words = s.split_whitespace();
    let this = match words.next() {
        Some("That" | "Those") => false,
        Some("This" | "These") => true,
        Some("The") if words.next() == Some("same") => false,
        _ => return false,
    };
    // The noun right after, or after one word describing it (`That front-page report`).
    let Some(noun) = words
        .take(2)
        .map(bare_word)
        .find(|w| DOCUMENTS.contains(&w.as_str()))
    else {
        return false;
    };
    if this && OWN_KINDS.contains(&noun.as_str()) {
        return false;
    }
    let clause = s.split(['.', ';', '!', '?']).next().unwrap_or(s);
    let clause = fold_ws(clause);
    APPEARED.iter().any(|v| clause.contains(v))
}

/// Whether a sentence after a quotation names where in its source it stands (`That's
/// paragraph 41 of the judgment [1].`, `It is from page 12 of the report`): the passage's
/// place, so the sentence's citation is the quotation's.
fn locates_in_source(s: &str) -> bool {
    let Some(rest) = [
        "That is ",
        "That's ",
        "That\u{2019}s ",
        "This is ",
        "It is ",
        "It's ",
        "It\u{2019}s ",
    ]
    .iter()
    .find_map(|p| s.strip_prefix(p)) else {
        return false;
    };
    let rest = rest.strip_prefix("from ").unwrap_or(rest);
    let rest = rest.strip_prefix("in ").unwrap_or(rest);
    let mut words = rest.split_whitespace();
    let (Some(noun), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    let roman = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';']);
        !w.is_empty()
            && w.chars()
                .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'))
    };
    matches!(
        noun.to_lowercase().as_str(),
        "paragraph"
            | "paragraphs"
            | "para"
            | "page"
            | "pages"
            | "p."
            | "pp."
            | "section"
            | "clause"
            | "chapter"
            | "line"
            | "lines"
            | "§"
    ) && (number.starts_with(|c: char| c.is_ascii_digit()) || roman(number))
        && words.any(|w| matches!(w, "of" | "in"))
}

/// Whether a sentence says where the record of a quotation is kept or can be read, heard or
/// seen: a possessive, article or demonstrative, a noun for a record or for the occasion or
/// work it was said in (one adjective may come first), and, in its first clause, a verb of
/// keeping or making public: `Her recording is in the Society's oral history collection
/// (4).`, `The meeting was [recorded and posted online](…).`, `A recording of the speech is
/// held in the [Trust's archive](…).`, `The book was reissued in 2019 and can now be read
/// free on the [library's website](…).`, `The letter is catalogued as …`.
fn record_located(s: &str) -> bool {
    const RECORDS: &[&str] = &[
        "recording",
        "recordings",
        "record",
        "letter",
        "letters",
        "speech",
        "interview",
        "transcript",
        "diary",
        "diaries",
        "minutes",
        "video",
        "footage",
        "broadcast",
        "book",
        "guidebook",
        "memoir",
        "meeting",
        "hearing",
        "debate",
        "lecture",
        "sermon",
        "podcast",
        "episode",
        "programme",
        "program",
        "documentary",
        "notebook",
        "manuscript",
        "pamphlet",
        "leaflet",
        "address",
        "testimony",
    ];
    const KEPT: &[&str] = &[
        " is in the ",
        " are in the ",
        " is now in the ",
        " are now in the ",
        " is now held ",
        " are now held ",
        " is held ",
        " are held ",
        " is kept ",
        " are kept ",
        " is catalogued",
        " is cataloged",
        " are catalogued",
        " is archived",
        " is preserved",
        " is online",
        " are online",
        " online at ",
        " put it online",
        " is available",
        " are available",
        " was recorded",
        " were recorded",
        " was filmed",
        " was streamed",
        " was broadcast",
        " was posted",
        " was uploaded",
        " was reissued",
        " was republished",
        " was reprinted",
        " is reproduced",
        " was digitised",
        " was digitized",
        " can be read",
        " can now be read",
        " can be heard",
        " can be watched",
        " can be viewed",
        " can be found",
        " can be seen",
        // `The full interview is on [Rovers TV](…)`.
        " is on ",
        " are on ",
        " is up on ",
    ];
    let mut words = s.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // Or a name's possessive (`Arkwright's recordings are now in the county sound archive`):
    // whose record it is.
    let possessive = name_possessive(first);
    if !possessive
        && !matches!(
            first,
            "Her" | "His" | "Their" | "Its" | "The" | "That" | "This" | "A" | "An"
        )
    {
        return false;
    }
    let named = words
        .take(2)
        .map(bare_word)
        .any(|w| RECORDS.contains(&w.as_str()));
    // A document the quotation was taken from (`The full report is at https://…`, `That
    // statement can be read at …`): only with a verb saying where it can be read, and never
    // after `This` (`This report …` may be the article itself).
    if !named {
        return document_named_read_at(s).is_some();
    }
    let clause = fold_ws(s.split(['.', ';', '!', '?']).next().unwrap_or(s));
    KEPT.iter().any(|v| clause.contains(v))
}

/// Whether a quotation's sentence gives its words to a named person saying them (`said
/// Councillor Ruth Ambrose`, `Okoro told MPs`, `according to Dr Okoro`, `Ambrose welcomed
/// the report but said`), not writing them (`wrote`, `posted`): `lead` and `trail`, its words
/// before and after the quotation.
fn spoken_by_person(lead: &str, trail: &str) -> bool {
    let writing = |t: &str| {
        t.split_whitespace().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "wrote"
                    | "writes"
                    | "write"
                    | "writing"
                    | "written"
                    | "posted"
                    | "tweeted"
                    | "published"
            )
        })
    };
    !writing(lead)
        && !writing(trail)
        && super::speaker::after_quote(trail)
            .or_else(|| super::speaker::before_quote(lead))
            .is_some()
}

/// Whether the sentence `after` a quotation only says where a document can be read (`The
/// full review is available at https://…`) while the quotation's own sentence (`spoken`,
/// see [`spoken_by_person`]) gives its words to someone saying them and names no such
/// document: a councillor's words to the press are not in the review the release links, and
/// a check against it would only report them missing. (`Okoro said in a statement that
/// “…”. The full statement is at …` names the document the words are from; `Those words
/// are from the review, at …` says so.)
fn not_their_document(spoken: Option<&str>, after: &str) -> bool {
    let Some(sentence) = spoken else {
        return false;
    };
    let Some(noun) = document_named_read_at(after) else {
        return false;
    };
    // The document named as where the words were said (`in a statement`, `in her report`,
    // `from the review`), not as what the speaker spoke of (`welcomed the report but said`).
    let singular = noun.strip_suffix('s').unwrap_or(&noun);
    let words = lower_bare_words(sentence);
    !words.iter().enumerate().any(|(i, w)| {
        (w == &noun || w == singular || w.strip_suffix('s') == Some(singular))
            && words
                .get(i.saturating_sub(3)..i)
                .is_some_and(|b| b.iter().any(|p| matches!(p.as_str(), "in" | "from")))
    })
}

/// Whether a sentence's first word is a name's possessive (`Arkwright's`, `Okoro’s`).
fn name_possessive(first: &str) -> bool {
    first.starts_with(char::is_uppercase)
        && (first.ends_with("'s") || first.ends_with("\u{2019}s"))
        && first.len() > 3
}

/// A word in lower case without the punctuation after it (`report,` is `report`).
fn bare_word(w: &str) -> String {
    w.trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The document [`record_located`] finds a sentence saying where it can be read (`The full
/// report is at https://…`, `That statement can be read at …`): its noun (`report`), lower
/// case. `None` when the sentence names no such document (see [`READ_DOCUMENTS`]) or says
/// nothing of where it is.
fn document_named_read_at(s: &str) -> Option<String> {
    let mut words = s.split_whitespace();
    let first = words.next()?;
    let possessive = name_possessive(first);
    if !possessive
        && !matches!(
            first,
            "Her" | "His" | "Their" | "Its" | "The" | "That" | "A" | "An"
        )
    {
        return None;
    }
    let noun = words
        .take(2)
        .map(bare_word)
        .find(|w| READ_DOCUMENTS.contains(&w.as_str()))?;
    document_read_at(s).then_some(noun)
}

/// Whether a sentence naming a document in its first words ([`READ_DOCUMENTS`]) says,
/// right after the name, where it can be read ([`READ_AT`]).
fn document_read_at(s: &str) -> bool {
    // (Not cut at the full stop of a URL's host: the clause is the sentence's first.)
    let clause = s.split([';', '!', '?']).next().unwrap_or(s);
    let clause = clause.split(". ").next().unwrap_or(clause);
    let clause = fold_ws(clause);
    // The verb right after the document's name (`The full report is at …`), not
    // anywhere in the clause (`The response is at odds with …`, `The plan is on the
    // cabinet's agenda`): `is at` only before an address, `is on the` only before a
    // website.
    let mut at = 0;
    let mut end = None;
    for w in clause.split(' ').take(3) {
        if READ_DOCUMENTS.contains(&bare_word(w).as_str()) {
            end = Some(at + w.len());
            break;
        }
        at += w.len() + 1;
    }
    let after = end.and_then(|e| clause.get(e..)).unwrap_or("");
    READ_AT.iter().any(|v| {
        let Some(rest) = after.strip_prefix(v) else {
            return false;
        };
        match *v {
            " is at " | " are at " | " is now at " => {
                let next = rest.split(' ').next().unwrap_or("");
                next.starts_with("http") || next.starts_with("www.") || next.contains('/')
            }
            " is on the " => rest
                .split(' ')
                .take(4)
                .any(|w| matches!(bare_word(w).as_str(), "website" | "site" | "web" | "portal")),
            _ => true,
        }
    })
}

/// What `That …` names back as the quotation's words, its stance or its figure when a
/// sentence then says where it is found (`That candour comes from …`, `That admission is
/// buried on page nine of …`): not a thing (`That money comes from the [fund](…)`) nor a
/// time (`That week …`).
const THAT_NAMES_WORDS: &[&str] = &[
    "bluntness",
    "caution",
    "confidence",
    "defiance",
    "frankness",
    "honesty",
    "optimism",
    "pessimism",
    "tone",
    "admission",
    "answer",
    "argument",
    "assessment",
    "assurance",
    "boast",
    "candour",
    "candor",
    "claim",
    "comment",
    "commitment",
    "complaint",
    "concession",
    "conclusion",
    "confession",
    "criticism",
    "description",
    "estimate",
    "figure",
    "finding",
    "language",
    "line",
    "number",
    "observation",
    "passage",
    "phrase",
    "pledge",
    "point",
    "promise",
    "quotation",
    "quote",
    "remark",
    "reply",
    "response",
    "sentence",
    "sentiment",
    "statement",
    "verdict",
    "view",
    "warning",
    "wording",
    "words",
];

/// Documents a quotation may be taken from, for [`record_located`]: named back by a sentence
/// saying where they can be read (`The full report is at …`).
const READ_DOCUMENTS: &[&str] = &[
    "report",
    "reports",
    "statement",
    "study",
    "survey",
    "paper",
    "judgment",
    "judgement",
    "ruling",
    "submission",
    "audit",
    "document",
    "review",
    "consultation",
    "response",
    "briefing",
    "findings",
    "text",
    "plan",
    "strategy",
    "assessment",
    "evaluation",
    "inquiry",
    "decision",
    "filing",
];

/// Where a document can be read, for [`record_located`]'s [`READ_DOCUMENTS`] (`is at`,
/// `can be read at`, `is available at`, `is online at`, `can now be read free on`).
const READ_AT: &[&str] = &[
    " is at ",
    " are at ",
    " is now at ",
    " is online",
    " are online",
    " is available",
    " are available",
    " is now available",
    " can be read",
    " can now be read",
    " may be read",
    " can be found",
    " can be downloaded",
    " can be accessed",
    " can be viewed",
    " is published at",
    " is published in full",
    " was published in full",
    " is posted at",
    " is on the ",
    " is in full at",
];

/// Day names, lower-cased: `That was Monday` names a time, not a speaker (as a month does).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// What a speaker is called after `That was the …`: an office or a trade (`the chief
/// executive`, `the prime minister`, `the mayor`).
const SPEAKER_TITLES: &[&str] = &[
    "chief",
    "prime",
    "minister",
    "president",
    "mayor",
    "governor",
    "senator",
    "secretary",
    "chair",
    "chairman",
    "chairwoman",
    "director",
    "judge",
    "justice",
    "author",
    "writer",
    "poet",
    "novelist",
    "professor",
    "economist",
    "historian",
    "editor",
    "coach",
    "captain",
    "head",
    "leader",
    "founder",
    "ceo",
    "commissioner",
    "ambassador",
    "bishop",
    "king",
    "queen",
];

fn push_cite(
    out: &mut Vec<QuoteCitation>,
    footnote: Option<String>,
    url: Option<String>,
    attribution: Attribution,
) {
    if out
        .iter()
        .any(|c| c.footnote == footnote && (footnote.is_some() || c.url == url))
    {
        return;
    }
    out.push(QuoteCitation {
        footnote,
        url,
        attribution,
    });
}

/// The quoted text, as [`quote_text`] gives it, less a numbered link it ends with (`… came
/// slowly.[5]”` with `[5]: https://…` defined, `…slowly.[[5]](https://…)”`): a note marker
/// written as a link, no word of what was said. It still cites the quotation.
fn quote_text_less_links(
    b: &Block,
    from: usize,
    to: usize,
    markers: &[(usize, usize, usize)],
    links: &[(usize, usize, usize)],
) -> String {
    match numbered_link_at_end(b, links, from, to) {
        Some((ls, le)) => {
            let mut all = markers.to_vec();
            let at = all.partition_point(|m| m.0 < ls);
            all.insert(at, (ls, le, usize::MAX));
            quote_text(b, from, to, &all)
        }
        None => quote_text(b, from, to, markers),
    }
}

/// The range of a link whose text is a note number (`5`, `[5]`) ending the text from `from`
/// to `to` (only punctuation after it), glued to what it follows (no blank, no digit before:
/// `the [42](…)` stays).
fn numbered_link_at_end(
    b: &Block,
    links: &[(usize, usize, usize)],
    from: usize,
    to: usize,
) -> Option<(usize, usize)> {
    let bytes = b.text.as_bytes();
    let lo = to.saturating_sub(4);
    let tail = |le: usize| {
        bytes.get(le..to).is_some_and(|r| {
            r.iter()
                .all(|c| matches!(c, b'.' | b',' | b';' | b'!' | b'?'))
        })
    };
    // Links are sorted by start, and only one starting after `from` and by `to` can end
    // the text: two binary searches, not a walk over the paragraph's links per quote.
    starting_in(links, from.saturating_add(1), to.saturating_add(1))
        .iter()
        .rev()
        .find(|&&(ls, le, _)| le <= to && le >= lo && ls > from && tail(le))
        .map(|&(ls, le, _)| (ls, le))
        .filter(|&(ls, le)| {
            let shown = b.text.get(ls..le).unwrap_or("");
            let before = bytes.get(ls - 1).copied();
            (super::note_number(shown) || super::bracketed_number(shown))
                && before.is_some_and(|c| !c.is_ascii_whitespace() && !c.is_ascii_digit())
        })
}

/// The quoted text: inner range with markers cut out, whitespace folded.
fn quote_text(b: &Block, from: usize, to: usize, markers: &[(usize, usize, usize)]) -> String {
    let t = quote_text_with_soft_hyphens(b, from, to, markers);
    // A soft hyphen (U+00AD) is a place a word may break, never shown unless it does: no
    // letter of the quotation (`accessi\u{ad}bility` is `accessibility`).
    if t.contains('\u{ad}') {
        t.replace('\u{ad}', "")
    } else {
        t
    }
}

fn quote_text_with_soft_hyphens(
    b: &Block,
    from: usize,
    to: usize,
    markers: &[(usize, usize, usize)],
) -> String {
    let lo = markers.partition_point(|m| m.0 < from);
    let window = markers.get(lo..).unwrap_or(&[]);
    // Sorted by start: only the first marker can tell whether any lies before `to`.
    // Whether the quotation's text opens a line (a block quotation's line).
    let line_start = from == 0 || b.text.as_bytes().get(from - 1) == Some(&b'\n');
    if window.first().is_none_or(|m| m.0 >= to) {
        let t = b.text.get(from..to).unwrap_or("");
        if let Some(t) = drop_caption_timestamps(t, line_start) {
            return super::fold_ws_owned(close_line_break_hyphens(&t).unwrap_or(t));
        }
        return match close_line_break_hyphens(t) {
            Some(joined) => super::fold_ws_owned(joined),
            None => fold_ws(t),
        };
    }
    let mut s = String::with_capacity(to.saturating_sub(from));
    let mut i = from;
    for &(ms, me, _) in window.iter().take_while(|m| m.0 < to).filter(|m| m.1 <= to) {
        // A marker in brackets of their own, outside its link (`noise [<a>1</a>].`): the
        // brackets go with it, and the space before them when a stop follows.
        let bracketed = ms > i
            && me < to
            && b.text.as_bytes().get(ms - 1) == Some(&b'[')
            && b.text.as_bytes().get(me) == Some(&b']');
        let (ms, me) = if bracketed {
            (ms - 1, me + 1)
        } else {
            (ms, me)
        };
        s.push_str(b.text.get(i..ms.max(i)).unwrap_or(""));
        // So any marker written after a space (`next year [1].`, a `>` reply's; Markdown's
        // `next year [^1].`, whose block text holds no brackets): the space before a stop is
        // the marker's, not the quotation's.
        if b.text
            .get(me..to)
            .is_none_or(|r| r.is_empty() || r.starts_with(['.', ',', ';', ':', '!', '?']))
        {
            s.truncate(s.trim_end().len());
        }
        i = me.max(i);
    }
    s.push_str(b.text.get(i..to).unwrap_or(""));
    let s = drop_caption_timestamps(&s, line_start).unwrap_or(s);
    super::fold_ws_owned(close_line_break_hyphens(&s).unwrap_or(s))
}

/// `text` without the timestamps an automatic caption or transcript opens its lines with
/// (`will be⏎[00:01:08] reviewed`): `[hh:mm:ss]`, `[mm:ss]` (a fraction of a second may
/// follow) or `(hh:mm:ss)` at the start of a line, with the space after it. They are the
/// recording's clock, not what was said (`check` drops them from a cited caption page too).
/// `line_start`: whether `text` itself opens a line. `None` when there is none.
fn drop_caption_timestamps(text: &str, line_start: bool) -> Option<String> {
    // Cheap gate: a colon, and a line opening with a bracket.
    memchr::memchr(b':', text.as_bytes())?;
    let bytes = text.as_bytes();
    let opens = |at: usize| {
        let lead = bytes
            .get(at..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count();
        caption_timestamp_len(bytes.get(at + lead..).unwrap_or(&[])).map(|n| {
            let after = bytes
                .get(at + lead + n..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
            (at + lead, at + lead + n + after)
        })
    };
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    if line_start {
        cuts.extend(opens(0));
    }
    for nl in memchr::memchr_iter(b'\n', bytes) {
        cuts.extend(opens(nl + 1));
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    for (a, b) in cuts {
        out.push_str(text.get(i..a).unwrap_or(""));
        i = b;
    }
    out.push_str(text.get(i..).unwrap_or(""));
    Some(out)
}

/// The length of a caption timestamp opening `s` (`[00:01:08]`, `[1:08]`, `[01:08.250]`,
/// `(00:01:08)`), when a space, a tab or the end follows it.
fn caption_timestamp_len(s: &[u8]) -> Option<usize> {
    let close = match s.first() {
        Some(b'[') => b']',
        Some(b'(') => b')',
        _ => return None,
    };
    let mut i = 1;
    let mut fields = 0;
    loop {
        let digits = s
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        // The first field (hours or minutes) one or two digits, the others two.
        if digits == 0 || digits > 2 || (fields > 0 && digits != 2) {
            return None;
        }
        i += digits;
        fields += 1;
        if s.get(i) == Some(&b':') && fields < 3 {
            i += 1;
        } else {
            break;
        }
    }
    // `(hh:mm:ss)` only in parentheses: `(10:30)` is a time of day or a verse.
    if fields < 2 || (close == b')' && fields < 3) {
        return None;
    }
    if matches!(s.get(i), Some(b'.' | b',')) {
        let frac = s
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if frac == 0 || frac > 3 {
            return None;
        }
        i += 1 + frac;
    }
    if s.get(i) != Some(&close) {
        return None;
    }
    i += 1;
    match s.get(i) {
        None | Some(b' ' | b'\t' | b'\n' | b'\r') => Some(i),
        Some(_) => None,
    }
}

/// `text` with each hyphen that ends a line inside a word closed up to the next line's word:
/// the line's break is typesetting (a PDF's or a mail client's, pasted). Before a lower-case
/// letter the word was broken to fit and is written whole (`bore-⏎holes` is `boreholes`)
/// unless it reads as a compound ([`compound_at_break`]: `well-⏎known` is `well-known`).
/// Before a capital the hyphen may be a dash: joined (and kept) only after a capitalised
/// word or a prefix (`Anglo-⏎Saxon`, `anti-⏎European`), else left as it is. `check` reads
/// either way against a page that writes the word whole or hyphenated. `None` when there is
/// none.
fn close_line_break_hyphens(text: &str) -> Option<String> {
    // Cheap first: a line whose last character (trailing spaces aside) is a hyphen.
    let b = text.as_bytes();
    let breaks = memchr::memchr_iter(b'\n', b).any(|i| {
        text.get(..i)
            .map(str::trim_end)
            .is_some_and(|h| h.ends_with(['-', '\u{2010}']))
    });
    if !breaks {
        return None;
    }
    Some(super::join_line_break_hyphens_after(
        text,
        |before, left, right| {
            let first = right.chars().next()?;
            if first.is_lowercase() {
                Some(compound_at_break(before, left, right))
            } else {
                let capitalised = left.starts_with(char::is_uppercase);
                (first.is_uppercase() && (capitalised || compound_at_break(before, left, right)))
                    .then_some(true)
            }
        },
    ))
}

/// Words that open a compound with a hyphen (`self-`, `well-`, `non-`, `twenty-`) where a line
/// breaks after them (none a word's first syllable, as `pro-`, `pre-`, `ex-`, `mid-` are:
/// `pro-⏎vide`, `ex-⏎ample`, `mid-⏎dle`).
const COMPOUND_FIRST: [&str; 29] = [
    "all", "anti", "best", "co", "cross", "eighty", "fifty", "first", "forty", "full", "half",
    "high", "ill", "long", "much", "multi", "ninety", "non", "pseudo", "quasi", "second", "self",
    "semi", "seventy", "sixty", "third", "thirty", "twenty", "well",
];

/// Words that close a compound after a hyphen (`-based`, `-led`, `-term`).
const COMPOUND_LAST: [&str; 22] = [
    "based", "called", "driven", "free", "friendly", "funded", "known", "led", "level", "looking",
    "made", "making", "minded", "off", "oriented", "owned", "reaching", "related", "scale",
    "sized", "term", "wide",
];

/// A word's ending, no word of a compound (`cross-⏎ing`, `self-⏎ish`, `ill-⏎ness`).
const ENDINGS: [&str; 6] = ["ary", "est", "ing", "ings", "ish", "ness"];

/// A word's first syllable, no word of a compound before `known`, `led`… (`un-⏎known`).
const BOUND_PREFIXES: [&str; 9] = ["de", "dis", "il", "im", "in", "ir", "mis", "re", "un"];

/// Whether `left-⏎right`, broken at a line's end, is a compound whose hyphen stays rather than
/// a word hyphenated to fit: a half of one letter (`e-⏎mail`) or of two after it (`follow-⏎up`:
/// typesetting leaves three), a first word that opens compounds (`self-`, `well-`, `non-`,
/// `co-`, `cross-`, `twenty-`) or a last word that closes them (`-based`, `-led`), or a
/// capitalised first word (`Franco-⏎phone`, `UK-⏎based`) other than a sentence's first,
/// which says nothing (`text before` is the text up to `left`). Not before a word's ending
/// (`cross-⏎ing`).
fn compound_at_break(before: &str, left: &str, right: &str) -> bool {
    let letters = |w: &str| w.chars().count();
    if letters(left) < 2 || letters(right) < 3 {
        return true;
    }
    let lower_left = left.to_lowercase();
    let lower_right = right.to_lowercase();
    if ENDINGS.contains(&lower_right.as_str()) {
        return false;
    }
    let capitals = left.chars().filter(|c| c.is_uppercase()).count();
    let sentence_start = before
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\u{201C}' | '\u{2018}' | '"' | '('));
    (capitals > 0 && !sentence_start)
        || capitals > 1
        || COMPOUND_FIRST.contains(&lower_left.as_str())
        || (COMPOUND_LAST.contains(&lower_right.as_str())
            && !BOUND_PREFIXES.contains(&lower_left.as_str()))
}

/// Spans `(start, end, index)` per block, sorted within each block: one flat list and an
/// offset per block (a list per block cost one allocation for each of a large document's
/// hundreds of thousands of blocks).
struct PerBlock {
    starts: Vec<u32>,
    items: Vec<(usize, usize, usize)>,
}

impl PerBlock {
    fn new(blocks: usize, spans: impl Iterator<Item = (usize, (usize, usize, usize))>) -> Self {
        let mut all: Vec<(usize, (usize, usize, usize))> =
            spans.filter(|&(b, _)| b < blocks).collect();
        all.sort_unstable();
        let mut starts = Vec::with_capacity(blocks + 1);
        let mut k = 0;
        for b in 0..=blocks {
            while all.get(k).is_some_and(|&(ab, _)| ab < b) {
                k += 1;
            }
            starts.push(u32::try_from(k).unwrap_or(u32::MAX));
        }
        PerBlock {
            starts,
            items: all.into_iter().map(|(_, item)| item).collect(),
        }
    }

    fn get(&self, block: usize) -> &[(usize, usize, usize)] {
        let at = |b: usize| self.starts.get(b).map_or(0, |&s| s as usize);
        self.items.get(at(block)..at(block + 1)).unwrap_or(&[])
    }
}

/// Words that name what a title in quotation marks after them is the title of, besides
/// the words of [`NAMING`] (which name it explicitly).
const TITLED: &[&str] = &[
    "album",
    "anthology",
    "article",
    "autobiography",
    "bill",
    "biography",
    "blog",
    "book",
    "booklet",
    "briefing",
    "brochure",
    "bulletin",
    "campaign",
    "cartoon",
    "chapter",
    "column",
    "comic",
    "cookbook",
    "course",
    "dissertation",
    "documentary",
    "drama",
    "ebook",
    "editorial",
    "episode",
    "essay",
    "exhibit",
    "exhibition",
    "factsheet",
    "film",
    "game",
    "guidance",
    "guide",
    "guidebook",
    "handbook",
    "heading",
    "hymn",
    "journal",
    "keynote",
    "leaflet",
    "lecture",
    "magazine",
    "manifesto",
    "manual",
    "memo",
    "memoir",
    "miniseries",
    "mixtape",
    "monograph",
    "motion",
    "movie",
    "music",
    "musical",
    "named",
    "newsletter",
    "newspaper",
    "novel",
    "op-ed",
    "opera",
    "pamphlet",
    "paper",
    "petition",
    "piece",
    "plan",
    "play",
    "playlist",
    "podcast",
    "poem",
    "post",
    "presentation",
    "primer",
    "program",
    "programme",
    "project",
    "release",
    "report",
    "screenplay",
    "seminar",
    "series",
    "sermon",
    "show",
    "single",
    "sitcom",
    "song",
    "soundtrack",
    "speech",
    "story",
    "strategy",
    "study",
    "symphony",
    "talk",
    "textbook",
    "thesis",
    "toolkit",
    "track",
    "treatise",
    "video",
    "webinar",
    "website",
    "whitepaper",
    "workbook",
    "workshop",
    "zine",
];

/// Makers of a work whose title in quotation marks follows `of` (`author of “…”`), sorted
/// for binary search.
const MAKERS: &[&str] = &[
    "author",
    "co-author",
    "co-writer",
    "coauthor",
    "composer",
    "creator",
    "director",
    "editor",
    "illustrator",
    "novelist",
    "playwright",
    "presenter",
    "producer",
    "screenwriter",
    "songwriter",
    "translator",
    "writer",
];

/// Works numbered in series whose number heads a title (`Episode 41: “…”`); not `study 2:
/// “…”`, which quotes the study.
const NUMBERED: &[&str] = &[
    "album", "bug", "chapter", "episode", "issue", "lecture", "podcast", "series", "show", "song",
    "ticket", "track",
];

/// Words that name what follows explicitly (`a piece titled “…”`, `a group
/// named “…”`, Danish `med navnet »…«`, German `mit dem Titel „…“`): a title in any case.
const NAMING: &[&str] = &[
    "entitled",
    "getiteld",
    "getitelde",
    "headline",
    "headlined",
    "intitolata",
    "intitolate",
    "intitolati",
    "intitolato",
    "intitulada",
    "intituladas",
    "intitulado",
    "intitulados",
    "intitulé",
    "intitulée",
    "intitulées",
    "intitulés",
    "navnet",
    "subtitle",
    "titel",
    "titeln",
    "title",
    "titled",
    "titlen",
    "titolo",
    "titre",
    "tittel",
    "tittelen",
    "titulada",
    "tituladas",
    "titulado",
    "titulados",
    "título",
];

/// Whether the quoted `text`, opening at byte `open` of `block`, is a title: in title case
/// (every word of four letters or more capitalised, at least two of them) and named as one
/// by the word just before it (`the essay “…”`, `a piece titled “…”`, `his report, “…”`).
fn is_titled(block: &str, open: usize, text: &str) -> bool {
    // The word right before the quote first: it rules out nearly every quotation at once
    // (`his essay “…”`, `a piece titled “…”`, `the report, “…”`; further back, a verb of
    // saying between makes it a quotation: `In a post, he wrote “…”`). Read character by
    // character backwards: every quote is tested, and splitting the text cost 5% of a run.
    let head = block.get(..open).unwrap_or("");
    let before = head.as_bytes();
    // A word's characters: letters of any script (`intitulé`, `título`), digits, `-`.
    let word_char = |c: char| c.is_alphanumeric() || c == '-';
    let char_before = |at: usize| head.get(..at).and_then(|t| t.chars().next_back());
    // The word ending at or before `end`: (start, end).
    // Bounded: a long block's many quotes must not each scan back to its start.
    let word_before = |mut end: usize| {
        let floor = end.saturating_sub(64);
        while end > floor {
            match char_before(end) {
                Some(c) if !word_char(c) => end -= c.len_utf8(),
                _ => break,
            }
        }
        if end <= floor && floor > 0 {
            return (end, end);
        }
        let mut start = end;
        let floor = end.saturating_sub(64);
        while start > floor {
            match char_before(start) {
                Some(c) if word_char(c) => start -= c.len_utf8(),
                _ => break,
            }
        }
        (start, end)
    };
    let (mut start, mut end) = word_before(before.len());
    // `titled something like “…”`: the word before the hedge.
    if before
        .get(start..end)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"like"))
    {
        let (s2, e2) = word_before(start);
        if before
            .get(s2..e2)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"something"))
        {
            (start, end) = word_before(s2);
        }
    }
    let is_in = |list: &[&str], word: &[u8]| {
        let mut buf = [0u8; 16];
        buf.get_mut(..word.len()).is_some_and(|lower| {
            lower.copy_from_slice(word);
            lower.make_ascii_lowercase();
            list.binary_search_by(|t| t.as_bytes().cmp(lower)).is_ok()
        })
    };
    let is_named = |word: &[u8]| is_in(TITLED, word) || is_in(NAMING, word);
    let word = before.get(start..end).unwrap_or(&[]);
    // A part of a document named by number before it (`section 4 of “Approved Document
    // L (2025 edition)”`, `page 12 of “…”`): the document's title, in any case.
    if word.eq_ignore_ascii_case(b"of") {
        let (s2, e2) = word_before(start);
        let number = before.get(s2..e2).unwrap_or(&[]);
        let (s3, e3) = word_before(s2);
        if !number.is_empty()
            && number.len() <= 6
            && number.first().is_some_and(u8::is_ascii_digit)
            && before.get(s3..e3).is_some_and(|w| {
                let w = String::from_utf8_lossy(w).to_ascii_lowercase();
                PARTS_OF.contains(&w.as_str())
            })
        {
            return true;
        }
    }
    // The maker of a work before its title (`author of “Knots and Tides”`, `the director
    // of “Salt Roads”`), and a work called so (`a book called “Knots and Tides”`): a title
    // when it reads as one (title case, or a subtitled title), as after `book` (`the author
    // of “we will never surrender”` quotes the author's words).
    let maker = (word.eq_ignore_ascii_case(b"of") && {
        let (s2, e2) = word_before(start);
        before.get(e2..start).is_some_and(|g| g == b" ")
            && before.get(s2..e2).is_some_and(|w| is_in(MAKERS, w))
    }) || (word.eq_ignore_ascii_case(b"called") && {
        let (s2, e2) = word_before(start);
        before.get(e2..start).is_some_and(|g| g == b" ")
            && before.get(s2..e2).is_some_and(|w| is_in(TITLED, w))
    });
    if maker
        && before
            .get(end..)
            .is_some_and(|g| g.iter().all(|&c| c == b' '))
        && (title_case(text) || subtitled(text))
    {
        return true;
    }
    // A numbered work heading its title (`Episode 41: “Is eight hours a myth?”`, `Chapter
    // 3 “The long road”`) is a title in any case: only a colon or a dash may stand between.
    if !word.is_empty() && word.len() <= 4 && word.iter().all(u8::is_ascii_digit) {
        let gap = before.get(end..).unwrap_or(&[]);
        let gap = std::str::from_utf8(gap).unwrap_or("x").trim();
        let (s2, e2) = word_before(start);
        // (After a comma, `episode 58, “The Year Without a Summer”`, only a title-cased one.)
        if (matches!(gap, "" | ":" | "\u{2014}" | "\u{2013}" | "-")
            || gap == "," && title_case(text))
            && before
                .get(e2..start)
                .is_some_and(|g| g.iter().all(|c| matches!(c, b' ' | b'#')))
            && before.get(s2..e2).is_some_and(|w| is_in(NUMBERED, w))
        {
            // An issue, bug or ticket heads its title only where it opens the line, a word or
            // two at most before it (`Issue 882: “…”`, `Export of issue #882: “…”`): `The
            // maintainer replied in bug 882: “…”` quotes the reply, and `issue 41` of a
            // magazine is no tracker's.
            let tracker = before.get(s2..e2).is_some_and(|w| {
                [b"bug".as_slice(), b"issue", b"ticket"]
                    .iter()
                    .any(|t| w.eq_ignore_ascii_case(t))
            });
            let head = before.get(s2.saturating_sub(64)..s2).unwrap_or(&[]);
            let line = head.rsplit(|&c| c == b'\n').next().unwrap_or(head);
            let at_line_start = (line.len() < head.len() || s2 <= 64)
                && line
                    .split(u8::is_ascii_whitespace)
                    .filter(|w| !w.is_empty() && *w != b"#")
                    .count()
                    <= 2;
            if !tracker || at_line_start {
                return true;
            }
        }
    }
    // An explicit naming word names a title right before it (`titled “…”`), not across a
    // comma, nor one a speaker's tag follows (`her title, “I earned every point,” she said`).
    let naming = is_in(NAMING, word)
        && before.get(end..).is_some_and(|g| !g.contains(&b','))
        && !text.trim_end().ends_with(',');
    let prev = || {
        let (s2, e2) = word_before(start);
        before.get(s2..e2).unwrap_or(&[])
    };
    // `of course, “…”` names no course.
    let named = is_named(word)
        && !(word.eq_ignore_ascii_case(b"course") && prev().eq_ignore_ascii_case(b"of"));
    naming
        || (named && (title_case(text) || subtitled(text)))
        || (before
            .get(end..)
            .is_some_and(|g| g.iter().all(|&c| c == b' '))
            && interface_text(word, prev, text))
}

/// Whether a quoted text reads as a title with a subtitle in sentence case, as academic
/// titles are written (`Patching as practice: temporal politics of road repair`): a short
/// head opening with a capital, a colon, a subtitle, no sentence's closing punctuation.
fn subtitled(text: &str) -> bool {
    let t = text.trim();
    let Some((head, sub)) = t.split_once_str(": ") else {
        return false;
    };
    let head_words = count_words(head);
    (1..=8).contains(&head_words)
        && head.starts_with(char::is_uppercase)
        && count_words(sub) >= 2
        && count_words(t) <= 16
        && !t.ends_with(['.', '!', ',', ';', ':'])
        && !sub.has_str(": ")
}

/// Whether a quotation is text an interface shows, named so by the words right before it
/// (help pages and support articles): a control's label after a verb of using it (`click
/// “Save”`, `switch on “Allow guests”`), an e-mail's subject line (`the subject “…”`), an
/// error or other message the interface shows (`the error “…”`, `the message “Your
/// dashboard was published”`, `the prompt “…”`), a menu, tab or option by its label, or a
/// forum thread's title (`the thread “Why …?”`). Only a text that opens with a capital, as labels and
/// messages do, and no speaker's tag after it: `he admitted the error “was mine”` and `the
/// subject “…,” she said` are quotations.
fn interface_text<'a>(word: &[u8], prev: impl FnOnce() -> &'a [u8], text: &str) -> bool {
    let is = |w: &[u8], list: &[&str]| list.iter().any(|t| w.eq_ignore_ascii_case(t.as_bytes()));
    if !text.trim_start().starts_with(char::is_uppercase) || text.trim_end().ends_with(',') {
        return false;
    }
    if is(
        word,
        &["click", "clicks", "clicking", "tap", "taps", "tapping"],
    ) {
        return true;
    }
    let determiner = ["the", "an", "a", "this"];
    match word {
        w if is(w, &["on", "off"]) => is(
            prev(),
            &[
                "switch",
                "switches",
                "switched",
                "switching",
                "toggle",
                "toggles",
                "toggled",
                "click",
                "clicks",
                "tap",
                "taps",
            ],
        ),
        // A subject line or an error message is short: `admitted the error “We should
        // have checked the figures first.”` is a speaker's words.
        w if is(
            w,
            &[
                "subject",
                "error",
                "message",
                "prompt",
                "notification",
                "banner",
                "dialog",
                "menu",
                "tab",
                "option",
            ],
        ) =>
        {
            text.split_whitespace().count() <= 8 && is(prev(), &determiner)
        }
        w if is(w, &["button", "checkbox"]) => is(prev(), &determiner),
        // A forum thread's title, as the forum shows it (`the discussion thread “Why are
        // slab serifs everywhere?”`): short, and no sentence ending in a full stop (`replied
        // in the thread “We hear you, and we are rolling it back tonight.”` is what was
        // written there).
        w if is(w, &["thread"]) => {
            let t = text.trim_end();
            text.split_whitespace().count() <= 12 && !t.ends_with('.') && !t.ends_with('!')
        }
        _ => false,
    }
}

/// Nouns naming a work after its title (`The library’s “Seed Saving for Absolute
/// Beginners” guide`), lower case.
const TITLED_AFTER: &[&str] = &[
    "album",
    "book",
    "campaign",
    "course",
    "documentary",
    "exhibition",
    "film",
    "guide",
    "handbook",
    "initiative",
    "leaflet",
    "manual",
    "newsletter",
    "podcast",
    "programme",
    "report",
    "series",
    "strategy",
    "toolkit",
    "workshop",
];

/// Whether the quote opening at `open` and closing at `close_end` is a title the noun right
/// after it names, as English puts a name before its noun (`the “Seed Saving for Absolute
/// Beginners” guide`, `its “Clean Rivers” campaign`): the noun right after the closing mark
/// (a comma between, `“…”, report the authors`, is a speaker's tag), and the quote in title
/// case or the noun's determiner or possessive right before it (`The library’s “seed saving
/// for absolute beginners” guide`: the quoted words name the guide, no one says them).
fn named_by_noun_after(block: &str, open: usize, close_end: Option<usize>, text: &str) -> bool {
    let Some(after) = close_end.and_then(|c| block.get(c..)) else {
        return false;
    };
    let Some(rest) = after.strip_prefix([' ', '\u{a0}']) else {
        return false;
    };
    let word: String = rest
        .chars()
        .take(12)
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let ends = rest
        .get(word.len()..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !c.is_alphanumeric());
    if !ends || !TITLED_AFTER.contains(&word.as_str()) {
        return false;
    }
    // The word before the opening mark (a few bytes back only).
    let mut from = open.saturating_sub(40);
    while !block.is_char_boundary(from) {
        from += 1;
    }
    let head = block.get(from..open).unwrap_or("");
    let before = head
        .strip_suffix([' ', '\u{a0}'])
        .and_then(|h| h.split_whitespace().next_back())
        .unwrap_or("");
    let determined = [
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this",
    ]
    .iter()
    .any(|d| before.eq_ignore_ascii_case(d))
        || before.ends_with("’s")
        || before.ends_with("'s");
    title_case(text) || determined
}

/// Whether the quote opening at `open` is a title in apposition to the periodical or work
/// named right before it, set off by commas: `a long piece in the Civic Review, “The Pipes
/// Beneath Us” [1], on why …`. In title case and no sentence, after a comma that follows a
/// capitalised word, and followed by a comma (markers may come first).
fn appositive_title(
    block: &str,
    open: usize,
    close_end: Option<usize>,
    text: &str,
    ms: &[(usize, usize, usize)],
) -> bool {
    let Some(close) = close_end else {
        return false;
    };
    if !title_case(text)
        || count_words(text) > 12
        || text.trim_end().ends_with(['.', ',', ';', '!'])
    {
        return false;
    }
    let mut from = open.saturating_sub(60);
    while !block.is_char_boundary(from) {
        from += 1;
    }
    let Some(head) = block.get(from..open).and_then(|h| h.strip_suffix(", ")) else {
        return false;
    };
    let named = head
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    if !named {
        return false;
    }
    // Past the markers right after it.
    let mut at = close;
    for &(mstart, mend, _) in starting_in(ms, close, close + 40) {
        if block.get(at..mstart).is_some_and(|g| g.trim().is_empty()) {
            at = mend;
        } else {
            break;
        }
    }
    block
        .get(at..)
        .is_some_and(|r| r.trim_start().starts_with(','))
}

/// Parts of a document numbered before the document's title (`section 4 of “…”`).
const PARTS_OF: &[&str] = &[
    "annex",
    "appendix",
    "article",
    "chapter",
    "clause",
    "page",
    "paragraph",
    "part",
    "regulation",
    "rule",
    "schedule",
    "section",
    "volume",
];

/// Whether a quote in a heading is the title of what the heading is about: the whole
/// subject after a colon (`Sermon notes: “The Stranger at the Gate” (Ruth 2)`), in title
/// case, with nothing after it but a bracketed reference.
fn heading_title(b: &Block, open: usize, close_end: Option<usize>, text: &str) -> bool {
    if b.kind != BlockKind::Heading {
        return false;
    }
    let Some(close_end) = close_end else {
        return false;
    };
    let before = b.text.get(..open).unwrap_or("").trim_end();
    let after = b.text.get(close_end..).unwrap_or("").trim();
    // With a bracketed reference after it (`(Ruth 2)`): a headline quoting a speaker
    // (`Chancellor on Growth: “Britain Will Never Again Borrow”`) stays a quotation.
    let after_ok =
        after.starts_with('(') && after.ends_with(')') && !after.contains(['"', '\u{201c}']);
    (before.is_empty() || before.ends_with(':')) && after_ok && title_case(text)
}

/// Whether a quote fills a line of its own below the first line of a document's first
/// block (`Referee report, manuscript 0417⏎“Hedgerow age and pollinator diversity”`): the
/// title of the work it is about, when it does not end as a sentence does.
fn title_line(block: &str, open: usize, close_end: Option<usize>, text: &str) -> bool {
    let Some(close_end) = close_end else {
        return false;
    };
    // Only blanks between the line's start and the quote, and between the quote and the
    // line's end (looked at from the quote: a long line is not scanned).
    let head = block
        .get(..open)
        .unwrap_or("")
        .trim_end_matches([' ', '\t']);
    let tail = block.get(close_end..).unwrap_or("");
    let tail = tail.trim_start_matches([' ', '\t']);
    if !head.ends_with('\n')
        || !(tail.is_empty() || tail.starts_with('\n'))
        || text.trim_end().ends_with(['.', ',', ';', ':', '!'])
    {
        return false;
    }
    // The line above names no speaker (`… she replied⏎“Not this year!”`); only its last
    // words are read (a long line is not scanned for every quote).
    let above = head.trim_end_matches('\n');
    let above = above.rsplit('\n').next().unwrap_or(above);
    let mut from = above.len().saturating_sub(120);
    while !above.is_char_boundary(from) {
        from += 1;
    }
    let above = above.get(from..).unwrap_or("");
    let names_speaker = above
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| SAYING.contains(&w) || matches!(w, "replied" | "asked" | "answered"))
        || above.trim_end().ends_with([':', ',']);
    !names_speaker
}

/// Nouns naming a piece whose headline a letter or a review gives in brackets after it
/// (`Your report on the bypass (“Council backs £90m road plan”, 12 March)`, `your front
/// page of 2 October (“Traders fury over Quay Street lanes”)`), lower case.
const HEADLINED: &[&str] = &[
    "article",
    "column",
    "editorial",
    "feature",
    "leader",
    "letter",
    "obituary",
    "page",
    "piece",
    "report",
    "review",
    "story",
];

/// Whether the quote opening at `open` and closing at `close_end` fills a bracket (only a
/// date or page may follow it: `(“…”, 12 March)`) that follows a piece named in the same
/// sentence a few words before, with no verb of saying between: a headline, not words said.
fn headline_in_brackets(block: &str, open: usize, close_end: Option<usize>) -> bool {
    let Some(close_end) = close_end else {
        return false;
    };
    // Bounded reads around the quote: a long paragraph's many quotes are each tested.
    let before = block.get(..open).unwrap_or("").trim_end();
    let Some(head) = before.strip_suffix('(') else {
        return false;
    };
    let mut from = head.len().saturating_sub(240);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let head = head.get(from..).unwrap_or("");
    let after = block.get(close_end..).unwrap_or("");
    let mut to = after.len().min(80);
    while !after.is_char_boundary(to) {
        to -= 1;
    }
    let Some(inside) = after
        .get(..to)
        .and_then(|a| a.split_once(')'))
        .map(|(i, _)| i)
    else {
        return false;
    };
    let inside = inside.trim();
    // Nothing after the headline but a short date or page (`, 12 March`, `, p. 4`): not
    // a speaker (`, one MP said`).
    let rest_ok = inside.is_empty()
        || inside.strip_prefix(',').is_some_and(|r| {
            r.split_whitespace().count() <= 4
                && r.contains(|c: char| c.is_ascii_digit())
                && !r.contains(['"', '\u{201c}', '\u{201d}', '('])
        });
    if !rest_ok {
        return false;
    }
    // A headline opens with a capital or a figure; words quoted from a letter or report
    // mid-sentence (`the auditor's letter[^1] (“the accounts were not kept …”)`) do not.
    if !block
        .get(open..close_end)
        .and_then(|q| q.chars().find(|c| c.is_alphanumeric()))
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    // The words of the sentence before the bracket, nearest first.
    let sentence = head
        .rfind(['.', '!', '?', ';', ':', '\n'])
        .map_or(head, |i| head.get(i + 1..).unwrap_or(""));
    for w in sentence.split_whitespace().rev().take(8) {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        if HEADLINED.contains(&w.as_str()) {
            return true;
        }
        if SAYING.contains(&w.as_str()) || w == "said" || w == "saying" {
            return false;
        }
    }
    false
}

/// Whether what follows the quote closing at `close_end` makes it a name: Japanese
/// `「国語に関する世論調査」によると` ("according to the survey …") names a source.
fn named_by_what_follows(block: &str, close_end: Option<usize>) -> bool {
    let Some(after) = close_end.and_then(|c| block.get(c..)) else {
        return false;
    };
    ["によると", "によれば", "によりますと"]
        .iter()
        .any(|p| after.starts_with(p))
}

/// Whether the quotation opening at `open` of a note's `block` (closing at `close_end`) is
/// one of the titles the note lists, in whatever marks (`Gemeente Utrecht, raadsvoorstel
/// ‘Autoluwe binnenstad 2025’, 14 maart 2024`, `bijlage „Verkehr“ und Plan „Parken“`) rather
/// than words the note quotes (`Okoro told MPs it was ‘a disgrace’.`, `Asked, she said:
/// «Never».`): capitalised, at most 20 words ending in no stop of their own, after a field's
/// start (a comma, a bracket, the note's start) and a few words naming no one saying it,
/// and followed by the next field (`,`, `;`, `.`, `)`, the end) or `and` another.
fn note_item_title(block: &str, open: usize, close_end: Option<usize>, text: &str) -> bool {
    let Some(after) = close_end.and_then(|c| block.get(c..)) else {
        return false;
    };
    let text = text.trim();
    if !text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || text.ends_with(['.', '!', '?', '…'])
        || count_words(text) > 20
    {
        return false;
    }
    let after = after.trim_start_matches([' ', '\t']);
    let next_field = after.is_empty()
        || after.starts_with([',', ';', '.', ')', ']', '\n'])
        || after.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "and" | "en" | "und" | "et" | "y" | "e" | "och" | "og" | "i"
            )
        });
    if !next_field {
        return false;
    }
    // The field's words before the opening mark, back to a comma, a bracket, a stop or the
    // note's start (a few bytes at most: a long run of words is a sentence).
    let head = block.get(..open).unwrap_or("");
    let from = head
        .char_indices()
        .rev()
        .take(60)
        .find(|&(i, c)| {
            matches!(
                c,
                ',' | ';'
                    | '('
                    | '['
                    | '\n'
                    | '"'
                    | '\''
                    | '”'
                    | '“'
                    | '„'
                    | '’'
                    | '‘'
                    | '‚'
                    | '»'
                    | '«'
                    | '›'
                    | '‹'
            ) || c == '.' && head.get(i + 1..).is_some_and(|r| r.starts_with(' '))
        })
        .map(|(i, c)| i + c.len_utf8());
    let lead = match from {
        Some(f) => head.get(f..).unwrap_or(""),
        None if head.len() <= 60 => head,
        None => return false,
    };
    if lead.trim_end().ends_with(':') {
        return false;
    }
    let words: Vec<&str> = lead
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 4
        && !words.iter().any(|w| {
            let w = w.to_lowercase();
            SAYING.contains(&w.as_str())
                || super::speaker::is_speech_verb(&w)
                || matches!(
                    w.as_str(),
                    "that"
                        | "call"
                        | "calls"
                        | "called"
                        | "calling"
                        | "dubbed"
                        | "describes"
                        | "described"
                        | "it"
                        | "was"
                        | "is"
                        | "as"
                )
        })
}

/// The text of `block`'s line before byte `open`, when the line starts within the `back`
/// bytes before it (every quote is tested: a long line is not scanned back for each).
fn line_head_before(block: &str, open: usize, back: usize) -> Option<&str> {
    let mut from = open.saturating_sub(back);
    while from > 0 && !block.is_char_boundary(from) {
        from -= 1;
    }
    let before = block.get(from..open)?;
    match before.rfind('\n') {
        Some(i) => before.get(i + 1..),
        None if from == 0 => Some(before),
        None => None,
    }
}

/// Whether the quotation opening at `open` is a teaser's headline: its line starts with a
/// label pointing to another story (`Read more:`, `Related:`, `See also:`) right before it
/// (`<p><strong>Read more:</strong> <a>“The water came in an hour”: survivors …</a></p>`:
/// session 38). The headline's words are that story's, not the article's quotation.
fn teaser_label(block: &str, open: usize) -> bool {
    let Some(line) = line_head_before(block, open, 32) else {
        return false;
    };
    let Some(head) = line.trim_end().strip_suffix(':') else {
        return false;
    };
    let head = head.trim();
    [
        "read more",
        "related",
        "see also",
        "also read",
        "read also",
        "read next",
        "more",
        "recommended",
        "more on this story",
    ]
    .iter()
    .any(|l| head.eq_ignore_ascii_case(l))
}

/// Whether the quote opening at `open` is the title of an admonition box (MkDocs and
/// Material's `!!! quote "From the summit"`, `??? note "…"`) or of a content tab (`===
/// "Linux"`, `===+ "macOS"`): the rest of its line before it is the box's marker and type,
/// or the tab's marker.
fn admonition_title(block: &str, open: usize) -> bool {
    // A box's marker and type are a few words.
    let Some(head) = line_head_before(block, open, 64) else {
        return false;
    };
    let head = head.trim();
    if let Some(tab) = head.strip_prefix("===") {
        let tab = tab.strip_prefix('!').unwrap_or(tab);
        return tab.strip_prefix('+').unwrap_or(tab).is_empty();
    }
    let Some(rest) = ["!!!", "???+", "???"]
        .iter()
        .find_map(|m| head.strip_prefix(m))
    else {
        return false;
    };
    let kind = rest.trim();
    !kind.is_empty()
        && kind
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ')
}

/// Whether `text` is in title case: every word of four letters or more capitalised, and at
/// least two of them.
fn title_case(text: &str) -> bool {
    let long = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4);
    let mut n = 0;
    for w in long {
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// The marks opening a plain-text list item (a number and its stop aside).
const LIST_BULLETS: [&str; 4] = ["- ", "* ", "+ ", "\u{2022} "];

/// Whether a line break between bytes `from` and `to` of `text` opens another list item
/// (`- `, `* `, `• `, `+ `, `1. `): a plain-text list is one paragraph, and a quotation in
/// one item is never cited by another item's link. Only a gap holding a line break is read.
fn another_item_between(text: &str, from: usize, to: usize) -> bool {
    let Some(gap) = text.get(from..to) else {
        return false;
    };
    memchr::memchr_iter(b'\n', gap.as_bytes()).any(|k| {
        let line = gap
            .get(k + 1..)
            .unwrap_or("")
            .trim_start_matches([' ', '\t']);
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        LIST_BULLETS.iter().any(|b| line.starts_with(b))
            || (1..=3).contains(&digits)
                && line
                    .get(digits..)
                    .is_some_and(|r| r.starts_with(". ") || r.starts_with(") "))
    })
}

/// Whether the quotation opening at `open` of block `b` is a work's title in an entry of a
/// list of sources, as a podcast's show notes or a newsletter's links give them: `- Education
/// Policy Unit, "Free school meals and child poverty", January 2024: https://…`. The item
/// (a list item's first line, or a line opening with a bullet in a plain-text paragraph)
/// names who published it, a comma, the title, then a comma, a colon or a bracket and at
/// most a few words (its date) before the item's link on that line. A verb of saying before
/// it (`- The minister said, "…": https://…`) makes it a quotation.
fn source_list_title(
    b: &Block,
    links: &[(usize, usize, usize)],
    open: usize,
    close_end: Option<usize>,
) -> bool {
    let Some(close) = close_end else {
        return false;
    };
    let t = b.text.as_str();
    // The head of its line, at most 120 bytes back: only those bytes are searched (a long
    // paragraph of many quotations must not be read back to its start for each).
    let from = open.saturating_sub(121);
    let line_start = match memchr::memrchr(b'\n', t.as_bytes().get(from..open).unwrap_or(&[])) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let head = t.get(line_start..open).unwrap_or("").trim_start();
    let bullet = LIST_BULLETS.iter().find_map(|m| head.strip_prefix(m));
    let head = match bullet {
        Some(h) => h,
        None if b.kind == BlockKind::ListItem && line_start == 0 => head,
        None => return false,
    };
    let Some(who) = head.strip_suffix(", ") else {
        return false;
    };
    let who_words: Vec<&str> = who.split_whitespace().collect();
    if who_words.is_empty()
        || who_words.len() > 8
        || !who.starts_with(char::is_uppercase)
        || who.contains(['"', '\u{201c}', '\u{201d}', '.', ':', ';'])
        || who_words.iter().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            SAYING.contains(&w.as_str()) || SAYING_ELSEWHERE.contains(&w.as_str())
        })
    {
        return false;
    }
    // The link is a few words on: 200 bytes are enough to find it.
    let upto = (close + 200).min(t.len());
    let line_end = memchr::memchr(b'\n', t.as_bytes().get(close..upto).unwrap_or(&[]))
        .map_or(upto, |i| close + i);
    let Some(&(ls, _, _)) = starting_in(links, close, line_end).first() else {
        return false;
    };
    let gap = t.get(close..ls).unwrap_or("");
    gap.starts_with([',', ':', ' ', '('])
        && gap.split_whitespace().count() <= 6
        && !gap.contains(['"', '\u{201c}', '\u{201d}', '.', ';'])
}

/// Whether a quote's text is a web address (`"https://example.org/a"`).
fn looks_like_url(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c.is_whitespace() || ".,;:".contains(c));
    !t.contains(char::is_whitespace)
        && ["http://", "https://", "www."]
            .iter()
            .any(|p| super::starts_with_ignore_ascii_case(t, p))
}

/// Where the text of a block quotation's first paragraph starts after a header line of its
/// own: an Obsidian callout's type and title (`[!quote] From the interview`, `[!cite]-`), or
/// a short line naming who wrote what follows (`@kmaier wrote:`, `On 3 May, Ana Ruiz
/// wrote:`). 0 when there is none.
fn quote_header_end(text: &str) -> usize {
    let t = text.trim_start();
    let lead = text.len() - t.len();
    let line = t.split('\n').next().unwrap_or("");
    let header = match t.strip_prefix("[!") {
        Some(rest) => rest.split_once(']').is_some_and(|(kind, _)| {
            !kind.is_empty()
                && kind.len() <= 24
                && kind
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        }),
        None => {
            let l = line.trim_end();
            ["wrote:", "writes:"]
                .iter()
                .any(|w| super::ends_with_ignore_ascii_case(l, w))
                && l.split_whitespace().count() <= 14
        }
    };
    if !header {
        return 0;
    }
    // The header alone (its own paragraph) leaves nothing of this block.
    lead + line.len() + usize::from(t.len() > line.len())
}

/// Where the credit line of a block quotation's last paragraph starts (a line opening with
/// a dash and a word: `— Kofi Mensah`, `-- Okafor, *Tides*`, `— Press office, [source](…)`),
/// or the paragraph's end. `links` are the spans of the block's links in `text`.
fn credit_line_at(text: &str, links: &[(usize, usize, usize)], after_words: bool) -> usize {
    let mut at = 0;
    let mut dialogue = false;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        let rest = ["\u{2014}", "\u{2015}", "\u{2013}", "--", "- "]
            .iter()
            .find_map(|d| t.strip_prefix(d));
        let end = at + line.len();
        let linked = links.iter().any(|&(s, _, _)| at <= s && s < end);
        if rest.is_some_and(|r| {
            r.trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '[' || c == '*' || c == '_')
                && (reads_as_credit(r) || reads_as_role_credit(r, linked, dialogue))
        }) && end == text.len()
        {
            return at;
        }
        // The credit closing the last line after the quotation's last sentence (`… the old
        // pilot. — Ada Quill`, `…wrong.” — Ada Quill, *Harbour Notes*`).
        if end == text.len() && rest.is_none() {
            if let Some(k) = inline_credit_at(line) {
                return at + k;
            }
        }
        // A source line closing the quotation with its link (`Source: [company
        // blog](…)`, `Via: …`): where the words are from, not what was said.
        // (Only after some of the quotation's words: a quotation that is all one link is
        // what was said.)
        if end == text.len()
            && linked
            && (at > 0 || after_words)
            && (super::html::source_line(t) || only_links(line, at, links))
        {
            return at;
        }
        // A line opening with a dash before the last: an exchange of dialogue.
        dialogue |= rest.is_some();
        at = end;
    }
    text.len()
}

/// Whether `line` (starting at byte `at` of its block) is nothing but its links, with at
/// most brackets, stops and a word saying where from around them (`[Source](…)`, `(via
/// [the company blog](…))`, a bare URL): the quotation's source set under it.
fn only_links(line: &str, at: usize, links: &[(usize, usize, usize)]) -> bool {
    let mut rest = String::new();
    let mut k = 0;
    let mut covered = false;
    for &(s, e, _) in links {
        let (Some(s), Some(e)) = (s.checked_sub(at), e.checked_sub(at)) else {
            continue;
        };
        if s < k || e > line.len() {
            continue;
        }
        rest.push_str(line.get(k..s).unwrap_or(""));
        rest.push(' ');
        k = e;
        covered = true;
    }
    rest.push_str(line.get(k..).unwrap_or(""));
    covered
        && rest
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| {
                ["via", "source", "from", "see", "at", "on"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
            })
}

/// Where a credit closing `line` starts: a dash between spaces (`—`, `―`, `--`) right
/// after a sentence's end (`.`, `!`, `?`, `…`, a closing quotation mark), then a short
/// credit ([`reads_as_credit`], at most eight words).
fn inline_credit_at(line: &str) -> Option<usize> {
    // A sentence after the dash (`— Then it rained.`) is the quotation's; a credit ending
    // with a stop names only (`— Ada Quill.`).
    let sentence = |after: &str| {
        after.trim_end().ends_with(['.', '!', '?'])
            && after.split_whitespace().any(|w| {
                w.starts_with(char::is_lowercase)
                    && !["of", "the", "and", "de", "van", "von", "in", "for", "on"].contains(&w)
            })
    };
    let body = line.trim_end();
    ["\u{2014}", "\u{2015}", "--"].iter().find_map(|d| {
        let k = body.rfind(&format!(" {d} "))?;
        let before = body.get(..k)?.trim_end();
        let after = body.get(k + 2 + d.len()..)?;
        (before.ends_with([
            '.', '!', '?', '\u{2026}', '"', '\u{201D}', '\u{2019}', '\u{BB}',
        ]) && !sentence(after)
            && before.split_whitespace().nth(2).is_some()
            && after.split_whitespace().count() <= 8
            && after
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || c == '[' || c == '*' || c == '_')
            && reads_as_credit(after))
        .then_some(k)
    })
}

/// Whether what follows a dash reads as a credit that names a role or a kind of source
/// rather than a person (`Council spokesperson, [source](…)`, `Press office, 2024`, `Opinion
/// column, The Courier`), which [`reads_as_credit`] leaves for lack of capitals: a short
/// line, not a sentence (no closing `.`, `?`, `!`, `…`, `;`, `:`), that holds a link, or
/// names the role and then, after a comma, a source with a capital or a number in it. A
/// line of dialogue (`— Oui, peut-être`, `— Well, maybe later`, or any line after another
/// dash line of the same exchange) is no credit unless it holds a link.
fn reads_as_role_credit(after: &str, linked: bool, dialogue: bool) -> bool {
    let t = after.trim();
    // A page closing the credit (`— Northern Lights Board, [A Century of Lights](…), p.
    // 212`) says where in the work, no words of a sentence.
    let t = match t.rsplit_once_str(", ") {
        Some((head, page))
            if ["p. ", "pp. ", "page ", "pages "].iter().any(|p| {
                page.strip_prefix(p)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
            }) && page.split_whitespace().count() == 2 =>
        {
            head
        }
        _ => t,
    };
    let words = t.split_whitespace().count();
    let sentence = t.ends_with(['.', '?', '!', '\u{2026}', ';', ':', '"', '\u{201d}'])
        || t.starts_with(['\u{bf}', '\u{a1}']);
    let named_source = || {
        t.rsplit_once_str(", ").is_some_and(|(_, source)| {
            source
                .split_whitespace()
                .any(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        })
    };
    !sentence && words <= 8 && (linked || (!dialogue && words >= 2 && named_source()))
}

/// Whether what follows a dash on its own reads as a credit (a name or a source: `Kofi
/// Mensah`, `Robin Wall Kimmerer, Gathering Moss`), not a line of dialogue or verse (`— No,
/// todavía no he leído el texto.`, `— When all at once I saw a crowd`): at most twelve
/// words, no question or exclamation, and half its longer words capitalised or one after
/// the first.
pub(super) fn reads_as_credit(after: &str) -> bool {
    let t = after
        .trim()
        .trim_start_matches(['[', '*', '_'])
        .trim_end_matches([']', ')', '*', '_']);
    if t.starts_with(['¿', '¡']) || t.ends_with(['?', '!']) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 {
        return false;
    }
    let letters = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count();
    let long: Vec<&&str> = words.iter().filter(|w| letters(w) > 3).collect();
    let pool: Vec<&&str> = if long.is_empty() {
        words.iter().collect()
    } else {
        long
    };
    let capitalised = |w: &str| {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
    };
    let capital = pool.iter().filter(|w| capitalised(w)).count();
    // Half its words capitalised (`Workshop handbook`), or a name after the first word (`An
    // officer, speaking to the Courier`): a line of verse has only its first.
    capital * 2 >= pool.len() || pool.iter().skip(1).any(|w| capitalised(w))
}

/// Where a kramdown attribute list closing a block quotation starts (`… them.” {:
/// .pullquote}`: a lazy line of the quotation in CommonMark, styling in kramdown), or the
/// text's end.
fn trailing_attribute_list_at(text: &str) -> usize {
    let t = text.trim_end();
    match (t.ends_with('}'), t.rfind("{:")) {
        (true, Some(open)) if !t.get(open..).unwrap_or("").contains(['“', '”', '"']) => {
            t.get(..open).map_or(text.len(), |h| h.trim_end().len())
        }
        _ => text.len(),
    }
}

/// Where a page locator closing a block quotation starts (`… rewarded. (p. 77)`,
/// `(pp. 4–5)`, `(para. 3)`), or the text's end: the locator is the citation's, not the
/// quotation's.
fn trailing_locator_at(text: &str) -> usize {
    let Some(body) = text.strip_suffix(')') else {
        return text.len();
    };
    let Some(open) = body.rfind('(') else {
        return text.len();
    };
    let inner = body.get(open + 1..).unwrap_or("");
    let locator = ["p. ", "pp. ", "para. ", "paras. ", "p.", "pp."]
        .iter()
        .any(|l| inner.starts_with(l))
        && inner.len() <= 24
        && inner.bytes().any(|c| c.is_ascii_digit());
    if locator {
        body.get(..open).map_or(text.len(), |h| h.trim_end().len())
    } else {
        text.len()
    }
}

/// Finds every quote and ties it to its citations.
#[must_use]
pub(crate) fn scan(
    src: &str,
    parsed: &Parsed,
    markers: &[Marker],
    links: &[Link],
    notes: &[NoteInfo],
    opts: &super::ExtractOptions,
    own: &OwnPage,
) -> QuoteScan {
    let (min_words, speakers) = (opts.min_quote_words, opts.speakers);
    let n = parsed.blocks.len();
    let block_markers = PerBlock::new(
        n,
        markers
            .iter()
            .enumerate()
            .filter_map(|(i, m)| m.span.map(|(b, s, e)| (b, (s, e, i)))),
    );
    let block_links = PerBlock::new(
        n,
        parsed
            .links
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.span.map(|(b, s, e)| (b, (s, e, i)))),
    );
    let ctx = Ctx {
        src,
        parsed,
        links,
        block_markers,
        block_links,
        markers,
        own,
        speakers,
    };
    let note_index = NoteIndex::new(notes);
    let note_by_label: super::FastMap<&str, usize> = notes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.label.as_str(), i))
        .collect();
    let mut scan = QuoteScan::default();
    let short = |w: usize| w < min_words;

    // Block quotations (each group becomes one block quote) and the quotations inside
    // blocks are independent: on a large document the first are read beside the second.
    let block_quotes = || {
        let mut quotes = Vec::new();
        // Block quotations: each group becomes one block quote.
        let mut group_blocks: Vec<Vec<usize>> = vec![Vec::new(); parsed.groups.len()];
        for (bi, b) in parsed.blocks.iter().enumerate() {
            if let Some(g) = b.group {
                if let Some(v) = group_blocks.get_mut(g) {
                    v.push(bi);
                }
            }
        }
        // Links that belong to a block quotation from outside it: its `cite=` attribute, or a
        // link in the `<figcaption>` of the `<figure>` holding it.
        let mut group_cites: Vec<Vec<usize>> = vec![Vec::new(); parsed.groups.len()];
        for (li, l) in parsed.links.iter().enumerate() {
            if let Some(g) = l.group {
                if let Some(v) = group_cites.get_mut(g) {
                    v.push(li);
                }
            }
        }
        // A nested block quotation's paragraphs are its own, not the outer one's; the outer
        // one's introduction is the paragraph before the first block of the whole nest, and the
        // paragraph after its last block may name its source (outer groups come before the
        // groups nested in them): each nest's first and last block.
        let mut nest: Vec<Option<(usize, usize)>> = group_blocks
            .iter()
            .map(|v| Some((*v.first()?, *v.last()?)))
            .collect();
        for gi in (0..parsed.groups.len()).rev() {
            let parent = parsed.groups.get(gi).and_then(|g| g.parent);
            if let (Some(p), Some(&Some((f, l)))) = (parent.filter(|&p| p < gi), nest.get(gi)) {
                if let Some(pn) = nest.get_mut(p) {
                    *pn = Some(pn.map_or((f, l), |(a, b)| (a.min(f), b.max(l))));
                }
            }
        }
        let mut group_citations: Vec<Vec<QuoteCitation>> = Vec::with_capacity(parsed.groups.len());
        for (gi, (g, blocks)) in parsed.groups.iter().zip(&group_blocks).enumerate() {
            let mut citations = Vec::new();
            for &li in group_cites.get(gi).map_or(&[][..], Vec::as_slice) {
                match parsed.links.get(li).map(|l| l.kind) {
                    Some(LinkKind::Cite) if g.cite.is_some() => {
                        ctx.cite_link(li, Attribution::CiteAttribute, &mut citations);
                    }
                    Some(LinkKind::Link) => ctx.cite_link(li, Attribution::Link, &mut citations),
                    _ => {}
                }
            }
            let mut text = String::new();
            let mut credited = false;
            let mut credit = "";
            for (k, &bi) in blocks.iter().enumerate() {
                let Some(b) = parsed.blocks.get(bi) else {
                    continue;
                };
                let ms = ctx.block_markers.get(bi);
                // The credit line closing a block quotation (`— Kofi Mensah`, its own paragraph
                // or the last line) is not what was said; its link and marker still cite it.
                let end = if k + 1 == blocks.len() {
                    // A binary search: a document may hold 100,000 quotations and as many
                    // credits.
                    let end = if parsed.credits.binary_search(&b.src_start).is_ok() {
                        0
                    } else {
                        credit_line_at(&b.text, ctx.block_links.get(bi), k > 0)
                    };
                    credited = end < b.text.len();
                    credit = b.text.get(end..).unwrap_or("");
                    end
                } else {
                    b.text.len()
                };
                // Its header line (an Obsidian callout's `[!quote] Title`, a reply's `@ana
                // wrote:`) is not what was said either.
                let start = if k == 0 {
                    quote_header_end(&b.text).min(end)
                } else {
                    0
                };
                text.push(' ');
                text.push_str(&quote_text_less_links(
                    b,
                    start,
                    end,
                    ms,
                    ctx.block_links.get(bi),
                ));
                for &(_, _, mi) in ms {
                    ctx.cite_marker(mi, Attribution::MarkerAfter, &mut citations);
                }
                for &(_, _, li) in ctx.block_links.get(bi) {
                    ctx.cite_link(li, Attribution::Link, &mut citations);
                }
            }
            let mut text = super::fold_ws_owned(text);
            text.truncate(trailing_locator_at(&text));
            text.truncate(trailing_attribute_list_at(&text));
            strip_enclosing_marks(&mut text);
            let words = count_words(&text);
            match g.parent.filter(|&p| p < gi) {
                // A quotation quoted within another is on the page the outer one is from, unless
                // it is cited on its own.
                Some(p) if citations.is_empty() => {
                    if let Some(outer) = group_citations.get(p) {
                        citations.clone_from(outer);
                    }
                }
                Some(_) => {}
                None => {
                    if let Some(&Some((first, _))) = nest.get(gi) {
                        // (Another quotation right before introduces nothing: its marker is
                        // its own.)
                        if first > 0
                            && parsed
                                .blocks
                                .get(first - 1)
                                .is_some_and(|p| p.group.is_none())
                        {
                            // A credit line of its own keeps the paragraph's marker from the
                            // quote, unless it names the work that marker's note cites (`The
                            // commission's report put it bluntly.[1]` over `— River Commission,
                            // Annual Report 2019`, note 1 that report).
                            // So does a paragraph under the quotation naming who said it
                            // (`That was the chief executive, in a memo to staff.`): the
                            // paragraph above then only leads to it.
                            let below = nest
                                .get(gi)
                                .and_then(|n| n.as_ref())
                                .map(|&(_, last)| last + 1)
                                .and_then(|lb| Some((lb, parsed.blocks.get(lb)?)));
                            let credited_below = below.is_some_and(|(_, b)| {
                                plain_paragraph(b)
                                    && refers_back(numbered_paragraph_text(b.text.trim_start()))
                            });
                            // Unless that paragraph cites nothing and names the source again
                            // in the words the paragraph above cites it by (`The survey's
                            // foreword was blunt.[^3]` over the quotation, `That line, from
                            // the survey's foreword, …` under it): then the marker above is
                            // the quotation's.
                            let echoed = !credited
                                && credited_below
                                && below.is_some_and(|(lb, b)| {
                                    ctx.block_markers.get(lb).is_empty()
                                        && ctx.block_links.get(lb).is_empty()
                                        && parsed
                                            .blocks
                                            .get(first - 1)
                                            .is_some_and(|above| echoes(&above.text, &b.text))
                                });
                            let credited = (credited || credited_below) && !echoed;
                            // A credit line set off by a dash under the quotation with a
                            // marker or link of its own (MediaWiki's `{{quote}}`, `<div
                            // class="templatequotecite"><cite>Name[3]</cite></div>`) cites
                            // it ([`Ctx::following`]): the last marker of the paragraph above
                            // is that paragraph's own.
                            let cited_credit_below = citations.is_empty()
                                && below.is_some_and(|(lb, b)| {
                                    let linked = !ctx.block_links.get(lb).is_empty();
                                    (linked || !ctx.block_markers.get(lb).is_empty())
                                        && plain_paragraph(b)
                                        && dash_credit(&b.text, linked)
                                });
                            let mut probe = citations.clone();
                            ctx.intro(first - 1, false, &mut probe);
                            let same_work = credited
                                && probe.len() > citations.len()
                                && probe.get(citations.len()..).is_some_and(|added| {
                                    added.iter().all(|c| {
                                        c.footnote
                                            .as_deref()
                                            .and_then(|l| note_by_label.get(l))
                                            .and_then(|&i| notes.get(i))
                                            .is_some_and(|n| credit_names_note(credit, n))
                                    })
                                });
                            if cited_credit_below {
                            } else if !credited || same_work {
                                citations = probe;
                            } else {
                                ctx.intro(first - 1, true, &mut citations);
                            }
                        }
                    }
                    if let Some(&Some((_, last))) = nest.get(gi) {
                        ctx.following(last + 1, true, None, None, &mut citations);
                    }
                }
            }
            // An e-mail reply is its writer's words, cited by nothing: a URL in it is one they
            // mention, and the lines around it are the exchange's.
            if g.correspondence {
                citations.clear();
            } else if citations.is_empty() {
                // A block quotation in a note's own text, backed by nothing nearer, is the note's.
                let note = note_index.find(g.offset).or_else(|| {
                    let b = blocks.first().and_then(|&bi| parsed.blocks.get(bi))?;
                    note_by_label.get(b.note.as_deref()?).copied()
                });
                if let Some(n) = note.and_then(|i| notes.get(i)) {
                    cite_own_note(&mut citations, n);
                }
            }
            group_citations.push(citations.clone());
            if words == 0 {
                continue;
            }
            // Who said it: its credit line's name, else its introduction's.
            let speaker = if credited && ctx.speakers {
                super::speaker::credit(credit)
            } else {
                None
            }
            .or_else(|| match nest.get(gi) {
                Some(&Some((first, _))) if first > 0 && g.parent.is_none() => {
                    ctx.intro_speaker(first - 1)
                }
                _ => None,
            });
            let pronoun_speaker = match nest.get(gi) {
                Some(&Some((first, _))) if first > 0 && g.parent.is_none() && speaker.is_none() => {
                    ctx.intro_pronoun_speaker(first - 1)
                }
                _ => None,
            };
            quotes.push(Quote {
                text,
                kind: QuoteKind::Block,
                words,
                short: short(words),
                line: 0,
                column: 0,
                citations,
                offset: g.offset,
                lead: String::new(),
                trail: String::new(),
                asked: false,
                translation: false,
                speaker,
                pronoun_speaker,
            });
        }
        quotes
    };
    // Runs of blocks are scanned in parallel (one a thread), results kept in order. A
    // quotation may look back at the quotations before it (`“…,” she said in the same statement`: up to
    // `LOOK_BACK` bytes), so each run is read from that far before its first block, and what
    // it finds there is left to the run before: the result is one pass's, whatever the runs.
    let inline_runs = || {
        super::par::runs_per_thread(parsed.blocks.len(), |lo, hi| {
            let start = parsed.blocks.get(lo).map_or(0, |b| b.src_start);
            let mut from = lo;
            while from > 0
                && lo - from < LOOK_BACK_BLOCKS
                && parsed
                    .blocks
                    .get(from - 1)
                    .is_some_and(|b| start.saturating_sub(b.src_start) <= LOOK_BACK)
            {
                from -= 1;
            }
            vec![inline_quotes(
                &ctx,
                &note_index,
                &note_by_label,
                notes,
                min_words,
                (from, lo),
                hi,
            )]
        })
    };
    let (block, per_run) = super::par::join(
        parsed.groups.len() >= 64 && parsed.blocks.len() > 4096,
        block_quotes,
        inline_runs,
    );
    scan.quotes = block;
    let mut inline = Vec::new();
    let mut sites = Vec::new();
    for (quotes, at, warnings) in per_run {
        inline.extend(quotes);
        sites.extend(at);
        scan.warnings.extend(warnings);
    }
    same_work_citations(&ctx, &scan.quotes, &mut inline, &sites);
    scan.quotes.extend(join_continued(
        &ctx,
        inline,
        &sites,
        &mut scan.warnings,
        min_words,
    ));
    scan.quotes.sort_by_key(|q| q.offset);
    same_work_lead_ins(&ctx, &mut scan.quotes);
    scan
}

/// A block quotation introduced by a short paragraph of its own naming again, by its kind,
/// the work cited before (`The same report adds a caution:`, `Another passage from the same
/// guidelines:`), with no citation of its own: it takes the one citation of the nearest
/// cited quotation before it (within 6,000 bytes), when that citation, or the paragraph
/// holding that quotation, names the kind too, and nothing between them names another
/// work of the kind (`Critics produced a report of their own.`). `quotes`: in order.
fn same_work_lead_ins(ctx: &Ctx<'_>, quotes: &mut [Quote]) {
    // Cheap first: no `same` in the document.
    if !ctx.src.contains(" same ") {
        return;
    }
    // The blocks by where they end, read once (and only when a quotation needs them).
    let mut ends: Option<Vec<(usize, usize)>> = None;
    for i in 0..quotes.len() {
        let Some(q) = quotes.get(i) else {
            continue;
        };
        if q.kind != QuoteKind::Block || !q.citations.is_empty() {
            continue;
        }
        let here = q.offset;
        // The paragraph right above the quotation: the block ending last before it.
        let ends = ends.get_or_insert_with(|| {
            let mut v: Vec<(usize, usize)> = ctx
                .parsed
                .blocks
                .iter()
                .enumerate()
                .map(|(bi, b)| (b.src_end, bi))
                .collect();
            v.sort_unstable();
            v
        });
        let k = ends.partition_point(|&(e, _)| e <= here);
        let Some((bi, lead)) = k
            .checked_sub(1)
            .and_then(|k| ends.get(k))
            .and_then(|&(_, bi)| Some((bi, ctx.parsed.blocks.get(bi)?)))
        else {
            continue;
        };
        if lead.group.is_some()
            || lead.note.is_some()
            || lead.chrome
            || lead.kind != BlockKind::Paragraph
            || !ctx.block_markers.get(bi).is_empty()
            || !ctx.block_links.get(bi).is_empty()
        {
            continue;
        }
        let text = lead.text.trim();
        if !text.ends_with([':', '\u{ff1a}']) || count_words(text) > 16 {
            continue;
        }
        let Some(noun) = same_work_any_noun(text) else {
            continue;
        };
        // The cited quotations before the lead-in, nearest first: the one whose citation
        // names the kind of work itself, else the one whose paragraph names it, when no
        // other such paragraph before it credits another citation (review of the
        // sixty-fifth session: an interview's quote in a paragraph naming `the study` in
        // passing took `The same study found:` from the study's own quotation).
        let holder_of = |p: &Quote| {
            ctx.parsed
                .blocks
                .iter()
                .find(|b| b.src_start <= p.offset && p.offset < b.src_end)
        };
        let mut strong = None;
        let mut weak: Option<&Quote> = None;
        let mut doubt = false;
        for p in quotes
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|p| here - p.offset.min(here) <= 6000)
            .filter(|p| p.offset < lead.src_start)
        {
            let [cite] = p.citations.as_slice() else {
                continue;
            };
            if ctx.citation_names(cite, noun) {
                strong = Some(p);
                break;
            }
            // (A block quotation's words are introduced by the paragraph above it.)
            let intro = (p.kind == QuoteKind::Block)
                .then(|| {
                    let k = ends.partition_point(|&(e, _)| e <= p.offset);
                    let &(_, bi) = ends.get(k.checked_sub(1)?)?;
                    ctx.parsed.blocks.get(bi)
                })
                .flatten();
            if holder_of(p)
                .into_iter()
                .chain(intro)
                .any(|b| names_word(&b.text, noun))
            {
                match weak.and_then(|w| w.citations.first()) {
                    None => weak = Some(p),
                    Some(w) if w.url != cite.url || w.footnote != cite.footnote => doubt = true,
                    Some(_) => {}
                }
            }
        }
        let Some(before) = strong.or(weak.filter(|_| !doubt)) else {
            continue;
        };
        let [cite] = before.citations.as_slice() else {
            continue;
        };
        let mut from = (before.offset + before.text.len()).min(lead.src_start);
        while !ctx.src.is_char_boundary(from) {
            from += 1;
        }
        let since = ctx.src.get(from..lead.src_start).unwrap_or("");
        if names_word(since, noun) {
            continue;
        }
        let mut out = Vec::new();
        push_cite(
            &mut out,
            cite.footnote.clone(),
            cite.url.clone(),
            Attribution::Preceding,
        );
        if let Some(q) = quotes.get_mut(i) {
            q.citations = out;
        }
    }
}

/// The kinds of work `the same …` names again (a lead-in's or a sentence's).
const SAME_WORKS: [&str; 12] = [
    "study",
    "report",
    "paper",
    "survey",
    "trial",
    "review",
    "analysis",
    "article",
    "audit",
    "inquiry",
    "evaluation",
    "assessment",
];

/// The kind of work in `the same report`, `The same guidelines` (a report, study, …, or
/// one of [`WORK_KINDS`]).
fn same_work_any_noun(t: &str) -> Option<&'static str> {
    let word = word_after_the_same(t)?;
    SAME_WORKS
        .iter()
        .chain(WORK_KINDS.iter())
        .find(|r| **r == word)
        .copied()
}

/// `… [RFC 9110, section 8.6](…):` over a block quotation, then `and the same section says
/// a recipient “MUST NOT” …`: an uncited inline quotation whose sentence names a kind of work
/// again ([`WORK_KINDS`], `the same section`, `the same guidelines`) takes the citation of
/// the nearest cited quotation before it (block or inline, within 6,000 bytes) when that
/// one has a single citation that names the kind too (its link's words or address, its
/// note's text). `block`: the block quotations; `inline` and `sites` in step.
fn same_work_citations(ctx: &Ctx<'_>, block: &[Quote], inline: &mut [Quote], sites: &[Site]) {
    for i in 0..inline.len().min(sites.len()) {
        let Some(n) = sites.get(i).and_then(|s| s.same_work) else {
            continue;
        };
        let Some(q) = inline.get(i) else {
            continue;
        };
        if !q.citations.is_empty() {
            continue;
        }
        let here = q.offset;
        let before = block
            .iter()
            .chain(inline.get(..i).unwrap_or(&[]))
            .filter(|p| p.offset < here && here - p.offset <= 6000 && !p.citations.is_empty())
            .max_by_key(|p| p.offset);
        let cite = match before.map(|p| p.citations.as_slice()) {
            Some([c]) if ctx.citation_names(c, n) => c.clone(),
            _ => continue,
        };
        if let Some(q) = inline.get_mut(i) {
            let mut out = Vec::new();
            push_cite(&mut out, cite.footnote, cite.url, Attribution::Preceding);
            q.citations = out;
        }
    }
}

/// Whether the quotation opening at `open` (closing before `close_end`) is the short title
/// of an MLA parenthetical citation, whether or not the work is found in the list: `(` and
/// perhaps names and a comma before it (`(Mensah, "Ledgers" 41)`), a page after it and the
/// bracket's end (`("Voyage of the Esther" 12)`, `…" 3-4;`). With names before it the page
/// may be left out (`(Mensah, "Ledgers")`). Names are capitalised words (and `and`, `et
/// al.`): a sentence in brackets (`(as Mensah put it, "…" 41)`) is none.
fn citation_short_title(t: &str, open: usize, close_end: Option<usize>) -> bool {
    /// Bytes before the title searched for the citation's bracket: six names and more.
    const CITATION_LOOK_BACK: usize = 256;
    let Some(close) = close_end else {
        return false;
    };
    // The names before the title are a few words: look back a little way, not to the
    // paragraph's start for every quote (quadratic in a paragraph of many quotes).
    let mut from = open.saturating_sub(CITATION_LOOK_BACK);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let before = t.get(from..open).unwrap_or("");
    let Some(paren) = before.rfind('(') else {
        return false;
    };
    let names = before.get(paren + 1..).unwrap_or("");
    let named = if names.is_empty() {
        false
    } else {
        let Some(n) = names.strip_suffix(", ") else {
            return false;
        };
        let words: Vec<&str> = n.split_whitespace().collect();
        if words.is_empty()
            || words.len() > 6
            || !words.iter().all(|w| {
                matches!(*w, "and" | "et" | "al." | "&")
                    || (w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
            })
        {
            return false;
        }
        true
    };
    let after = t.get(close..).unwrap_or("").trim_start_matches([' ', ',']);
    let page_len = after
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | ' ')))
        .unwrap_or(after.len());
    let page = after.get(..page_len).unwrap_or("");
    let paged = page.chars().any(|c| c.is_ascii_digit());
    let end = after.get(page_len..).unwrap_or("");
    (paged || named) && end.starts_with([')', ';'])
}

/// Where an inline quote was found, for [`join_continued`].
#[derive(Debug, Clone, Copy)]
struct Site {
    /// Its block.
    block: usize,
    /// It opens at the very start of its paragraph.
    at_lead: bool,
    /// Its opening mark is never closed in the paragraph.
    unclosed: bool,
    /// The kind of work its sentence names again (`the same section says …`), looked up
    /// once every quotation is read (see [`same_work_citations`]).
    same_work: Option<&'static str>,
}

/// A quotation running over several paragraphs is written with an opening mark at the start
/// of every paragraph (the first may open after words of its own) and a closing mark only at
/// the end of the last. Each such run of
/// consecutive paragraphs becomes one block quote (the unbalanced-mark warnings of its
/// openers go), cited by what cites any of its paragraphs or, failing that, by the paragraph
/// introducing it.
fn join_continued(
    ctx: &Ctx<'_>,
    quotes: Vec<Quote>,
    sites: &[Site],
    warnings: &mut Vec<(usize, String)>,
    min_words: usize,
) -> Vec<Quote> {
    let ends_sentence: Vec<bool> = quotes
        .iter()
        .map(|q| q.text.trim_end().ends_with(['.', '!', '?', '…']))
        .collect();
    let link = |k: usize| {
        let (Some(a), Some(b)) = (sites.get(k), sites.get(k + 1)) else {
            return false;
        };
        a.unclosed && b.at_lead && b.block == a.block + 1
    };
    let continues = |k: usize| {
        if !link(k) {
            return false;
        }
        // The first paragraph's part may open after words of its own (`The chair put it
        // this way: “We found no evidence of fraud.⏎⏎“We did find …”`), when the run is
        // closed at its end: unbalanced marks in a row are no such quotation.
        if sites.get(k).is_some_and(|a| a.at_lead) {
            return true;
        }
        let mut j = k + 1;
        while link(j) {
            j += 1;
        }
        // The run closes with the end of a sentence (`… complacency.”`), not a quote that a
        // speaker's tag follows (`“It is over,” the manager said`).
        sites.get(j).is_some_and(|s| !s.unclosed) && ends_sentence.get(j).copied().unwrap_or(false)
    };
    if !(0..sites.len()).any(continues) {
        return quotes;
    }
    let mut out = Vec::with_capacity(quotes.len());
    let mut joined_openers: Vec<usize> = Vec::new();
    let mut iter = quotes.into_iter().enumerate().peekable();
    while let Some((i, first)) = iter.next() {
        if !continues(i) {
            out.push(first);
            continue;
        }
        let mut run = vec![first];
        let mut last = i;
        while continues(last) {
            let Some((k, q)) = iter.next() else { break };
            run.push(q);
            last = k;
        }
        let mut citations = Vec::new();
        for q in &run {
            for c in &q.citations {
                push_cite(
                    &mut citations,
                    c.footnote.clone(),
                    c.url.clone(),
                    c.attribution,
                );
            }
        }
        let first_block = sites.get(i).map_or(0, |s| s.block);
        if first_block > 0 && sites.get(i).is_some_and(|s| s.at_lead) {
            ctx.intro(first_block - 1, false, &mut citations);
        }
        if let Some(s) = sites.get(last) {
            ctx.following(s.block + 1, true, None, None, &mut citations);
        }
        // Every opener but the last paragraph's was closed by the next paragraph's opener;
        // the last one's warning stays if it is never closed either.
        joined_openers.extend(run.iter().take(run.len() - 1).map(|q| q.offset));
        let text = run
            .iter()
            .map(|q| q.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let words = count_words(&text);
        let at_lead = first_block > 0 && sites.get(i).is_some_and(|s| s.at_lead);
        let speaker = run.iter().find_map(|q| q.speaker.clone()).or_else(|| {
            at_lead
                .then(|| ctx.intro_speaker(first_block - 1))
                .flatten()
        });
        let pronoun_speaker = if speaker.is_some() {
            None
        } else {
            run.iter()
                .find_map(|q| q.pronoun_speaker.clone())
                .or_else(|| {
                    at_lead
                        .then(|| ctx.intro_pronoun_speaker(first_block - 1))
                        .flatten()
                })
        };
        out.push(Quote {
            text,
            kind: QuoteKind::Block,
            words,
            short: words < min_words,
            line: 0,
            column: 0,
            citations,
            offset: run.first().map_or(0, |q| q.offset),
            lead: String::new(),
            trail: String::new(),
            asked: false,
            translation: false,
            speaker,
            pronoun_speaker,
        });
    }
    if !joined_openers.is_empty() {
        warnings.retain(|(at, _)| !joined_openers.contains(at));
    }
    out
}

/// A quotation interrupted by its speaker's tag (`“We were not good enough,” the coach said,
/// “and we were lucky. I will not pretend otherwise.”[1]`) is one quotation: its first part,
/// backed by nothing, is backed by what backs the rest (the sentence the second part ends is
/// the first part's too), and a second part backed by nothing by what backs the first
/// (`“…,” she told [the paper](…). “…”`). `placed` are the quotes' (open, close) in the
/// block, in order.
fn interrupted_quotes(b: &Block, placed: &[(usize, usize)], quotes: &mut [Quote]) {
    let tags: Vec<bool> = (0..placed.len().saturating_sub(1))
        .map(|i| speaker_tag_between(b, placed, i))
        .collect();
    let inherited = |from: &Quote| -> Vec<QuoteCitation> {
        from.citations
            .iter()
            .map(|c| QuoteCitation {
                attribution: match c.attribution {
                    Attribution::MarkerAfter => Attribution::MarkerInSentence,
                    other => other,
                },
                ..c.clone()
            })
            .collect()
    };
    for i in (0..tags.len()).rev().filter(|&i| tags[i]) {
        let (head, tail) = quotes.split_at_mut(i + 1);
        if let (Some(first), Some(second)) = (head.last_mut(), tail.first()) {
            if first.citations.is_empty() {
                first.citations = inherited(second);
            }
        }
    }
    // `“…,” one keeper told [The Coast Times](…). “…”`: a second part backed by nothing of
    // its own is backed by what backs the first (the same speaker goes on).
    // `“…sensors were off.” “The council has not answered.”`: sentences quoted one after
    // another, nothing between them, are the same speaker's too.
    let abutting: Vec<bool> = (0..tags.len())
        .map(|i| {
            let (Some(&(_, close)), Some(&(next_open, _))) = (placed.get(i), placed.get(i + 1))
            else {
                return false;
            };
            b.text
                .get(close..next_open)
                .is_some_and(|g| g.trim().is_empty())
                && quotes
                    .get(i)
                    .is_some_and(|q| q.text.trim_end().ends_with(['.', '!', '?', '…']))
        })
        .collect();
    for i in (0..tags.len()).filter(|&i| tags[i] || abutting[i]) {
        // Only when no tag of its own follows it (`“…,” said Okafor. “…,” said Reyes.`
        // quotes two people).
        let tagged_after = placed.get(i + 1).is_some_and(|&(_, close)| {
            let after = b.text.get(close..).unwrap_or("");
            let end = after.find(['.', '!', '?', '“', '"']).unwrap_or(after.len());
            after
                .get(..end)
                .is_some_and(|t| t.chars().any(char::is_alphabetic))
        });
        if tagged_after {
            continue;
        }
        let (head, tail) = quotes.split_at_mut(i + 1);
        if let (Some(first), Some(second)) = (head.last(), tail.first_mut()) {
            if second.citations.is_empty() && !first.citations.is_empty() {
                second.citations = inherited(first);
                if second.speaker.is_none() {
                    second.speaker.clone_from(&first.speaker);
                }
                if second.speaker.is_none() && second.pronoun_speaker.is_none() {
                    second.pronoun_speaker.clone_from(&first.pronoun_speaker);
                }
            }
        }
    }
}

/// Whether the words between the `i`th quote of block `b` and the next (`placed`: their
/// open and close offsets) are only the speaker's tag (`“…,” the coach said, “…”`, `“…,”
/// she wrote. “…”`).
fn speaker_tag_between(b: &Block, placed: &[(usize, usize)], i: usize) -> bool {
    let (Some(&(_, close)), Some(&(next_open, _))) = (placed.get(i), placed.get(i + 1)) else {
        return false;
    };
    let Some(tag) = b.text.get(close..next_open) else {
        return false;
    };
    let first_ends_comma = b.text.get(..close).and_then(|t| {
        t.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
            .chars()
            .last()
    }) == Some(',');
    let tag_trimmed = tag.trim();
    // `“…,” she wrote. “…”`: a comma closing the first part says the quotation goes on,
    // even when the speaker's tag ends with a full stop.
    let body = if first_ends_comma {
        tag_trimmed.strip_suffix('.').unwrap_or(tag_trimmed)
    } else {
        tag_trimmed
    };
    (first_ends_comma || tag_trimmed.starts_with(','))
        && (tag_trimmed.ends_with([',', ':']) || body.len() < tag_trimmed.len())
        && (1..=LEAD_WORDS).contains(&count_words(tag_trimmed))
        && !body.contains(['.', ';', '!', '?'])
}

/// `s` with each run of white space holding a line break or a tab read as one space: the
/// clause cues (`, although `, `, who `, `contrary to `) are written with spaces, and a
/// sentence wrapped over lines must read as it does on one. Borrowed, with no copy, when
/// `s` has neither (the common case: one byte scan).
fn spaced(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.bytes().any(|c| matches!(c, b'\n' | b'\r' | b'\t')) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether the text between a quote and a later citation in its sentence turns against the
/// quote, so that the citation backs the rebuttal, not the quotation (`said “…” (his own
/// party's costings contradict this[1])`, `“…”, contradicting [an earlier estimate](…)`):
/// fact-checks cite so. Only words that say so: after a mere `but` the citation may well
/// be the quote's (`admitted that “…” but went ahead, according to [its summary](…)`).
fn rebuts(between: &str) -> bool {
    let between = &*spaced(between);
    // One automaton for every cue, matched without lower-casing a copy: this runs for every
    // citation after a quote in its sentence. A cue starts a word (`undisputed` is none) and
    // a phrase ends one (`a claimant` is none).
    static CUES: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build([
                    "contradict",
                    "disput",
                    "refut",
                    "rebut",
                    "debunk",
                    "contrary to ",
                    "a claim that",
                    "cannot be verified",
                    // Wikipedia's flags that the words before have no source (`[citation
                    // needed]`): a citation after one backs what follows, never them.
                    "citation needed",
                    "source needed",
                    "better source needed",
                ])
                .ok()
        });
    let b = between.as_bytes();
    CUES.as_ref().is_some_and(|ac| {
        ac.find_overlapping_iter(between).any(|m| {
            // `a claim that has been shared widely`: the words repeated, not rebutted.
            let repeated = m.pattern().as_usize() == 6
                && between
                    .get(m.start() + "a claim ".len()..)
                    .is_some_and(|r| speakers_own_words(r.split_whitespace()));
            !repeated
                && m.start()
                    .checked_sub(1)
                    .and_then(|i| b.get(i))
                    .is_none_or(|c| !c.is_ascii_alphanumeric())
        })
    })
}

/// A quotation in a note's own text, backed by nothing nearer, is the note's (`in_note`).
fn cite_own_note(citations: &mut Vec<QuoteCitation>, n: &NoteInfo) {
    push_cite(citations, Some(n.label.clone()), None, Attribution::InNote);
}

/// Verbs of saying and reporting, lower case: between a citation and a quotation they tie
/// the two over a longer reach (see [`marker_just_before`], [`preceding`]).
pub(crate) const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "wrote",
    "writes",
    "called",
    "calls",
    "argued",
    "argues",
    "warned",
    "warns",
    "noted",
    "notes",
    "added",
    "stated",
    "states",
    "described",
    "claimed",
    "concluded",
    "concludes",
    "insisted",
    "suggested",
    "suggests",
    "found",
    "finds",
    "showed",
    "shows",
    "reported",
    "reports",
    "observed",
    "observes",
    "proposed",
    "proposes",
    "explained",
    "explains",
    "describes",
    "contended",
    "contends",
    "maintained",
    "maintains",
    "asserted",
    "asserts",
    "cautioned",
    "stressed",
    "emphasised",
    "emphasized",
    "acknowledged",
    "admitted",
    "remarked",
    "termed",
    "dubbed",
    "characterised",
    "characterized",
    "noting",
    "saying",
    "adding",
    "writing",
    "arguing",
    "warning",
];

/// Verbs of saying in other languages, lower case (present and past, third person), for
/// the reach between a marker and the quotation after it (`un comunicat [1] în care
/// precizează că lucrările au costat „…”`).
pub(crate) const SAYING_ELSEWHERE: &[&str] = &[
    // French
    "dit",
    "déclare",
    "affirme",
    "écrit",
    "précise",
    "souligne",
    "indique",
    "explique",
    "estime",
    "assure",
    "avertit",
    // German
    "sagt",
    "sagte",
    "schreibt",
    "schrieb",
    "erklärt",
    "erklärte",
    "betont",
    "betonte",
    "warnt",
    "warnte",
    "heißt",
    // Spanish, Portuguese, Italian, Catalan
    "dice",
    "dijo",
    "afirma",
    "afirmó",
    "señala",
    "señaló",
    "escribe",
    "escribió",
    "asegura",
    "aseguró",
    "explica",
    "explicó",
    "declara",
    "declaró",
    "advierte",
    "advirtió",
    "diz",
    "disse",
    "afirmou",
    "escreve",
    "escreveu",
    "explicou",
    "declarou",
    "alerta",
    "ressalta",
    "afferma",
    "scrive",
    "spiega",
    "dichiara",
    "sottolinea",
    "diu",
    // Romanian
    "spune",
    "afirmă",
    "precizează",
    "declară",
    "arată",
    "scrie",
    "notează",
    "susține",
    "subliniază",
    "avertizează",
    // Dutch, Scandinavian
    "zegt",
    "zei",
    "schrijft",
    "schreef",
    "stelt",
    "verklaart",
    "säger",
    "skriver",
    "skrev",
    "siger",
    "sier",
    // Polish, Czech, Croatian, Slovenian
    "mówi",
    "powiedział",
    "powiedziała",
    "pisze",
    "napisał",
    "stwierdza",
    "twierdzi",
    "říká",
    "píše",
    "uvádí",
    "kaže",
    "navodi",
    "piše",
    "pravi",
    // Russian, Ukrainian
    "говорит",
    "сказал",
    "сказала",
    "пишет",
    "заявил",
    "заявила",
    "говорить",
    "сказав",
    "пише",
    "заявив",
];

/// Most words between a citation and the quote it opens (`As the report[1] put it in its
/// summary, “…”`): further off, the marker backs something else in the sentence (`The
/// report[1] came out in May, and critics called it “…”`).
const LEAD_WORDS: usize = 6;

/// [`LEAD_WORDS`] when a verb of saying stands between them.
const LEAD_WORDS_REPORTING: usize = 10;

/// Whether a link in a quotation's sentence sits in a clause of its own, backing something
/// else: a relative clause about the speaker before the quote (`Whitcombe, who [called for
/// an inquiry](…), said: “…”`, `Hughes, whose [branch finder](…) lists 40 stores, said`),
/// or a clause after it with a subject of its own (`“…”, and the [final poll](…) had the
/// race within two points`, `“…”; the [index](…) shows`, `“…”, while [figures](…) show`).
/// The quotation at `open`..`close`, the link at `lstart`..`lend`, the sentence from
/// `s_start`.
/// Whether another quotation stands between `from` and `to` (a quote's close and a citation
/// after it, or a citation and a quote's opening after it) on the far side of a contrasting
/// clause (`X called it “…”, while the Courier found it “…”.ᶜ`): the citation is the other
/// quotation's, whose speaker the clause names.
/// Two quotations of two speakers in one sentence, the markers for both after the second
/// (`Jones called it “…” while Smith called it “…”[^3][^4]`): the first marker is the first
/// quotation's, the second the second's, as the writer set them. Only with exactly two
/// markers there, none after the first quotation, and a contrast between the two (`while`,
/// `whereas`, `but`, `;`). The two markers' indices.
fn split_pair(
    b: &Block,
    spans: &[Span],
    ms: &[(usize, usize, usize)],
    a: usize,
) -> Option<(usize, usize)> {
    let (first, second) = (spans.get(a)?, spans.get(a + 1)?);
    let (ca, cb) = (first.close_end?, second.close_end?);
    let gap = b.text.get(ca..second.open)?;
    if !CONTRAST.iter().any(|w| gap.contains(w)) || sentence_end(&b.text, ca, ms) < second.open {
        return None;
    }
    // Nothing marks the first one itself.
    let k = ms.partition_point(|m| m.0 < first.inner_start);
    if ms
        .get(k..)
        .unwrap_or(&[])
        .iter()
        .take_while(|m| m.0 <= second.open)
        .any(|m| m.0 >= first.inner_start)
    {
        return None;
    }
    // The run of markers right after the second: exactly two.
    let k = ms.partition_point(|m| m.0 < second.inner_start);
    let mut run = Vec::new();
    let mut at = cb;
    for &(mstart, mend, mi) in ms.get(k..).unwrap_or(&[]) {
        let inside_end = mstart >= second.inner_start
            && mstart <= second.inner_end
            && only_glue(b, mend, second.inner_end, ms);
        if inside_end || (mstart >= at && only_glue(b, at, mstart, ms)) {
            run.push(mi);
            at = at.max(mend);
        } else if mstart >= cb {
            break;
        }
    }
    match run.as_slice() {
        &[m0, m1] => Some((m0, m1)),
        _ => None,
    }
}

/// What sets one speaker's clause against another's in a sentence (`A called it “…” while
/// B called it “…”`).
const CONTRAST: [&str; 5] = [", while ", ", whereas ", "; ", ", but ", " while "];

/// A speaker's own gerund of saying (`while noting that`, `adding that`): the same speaker
/// goes on, not a contrast.
fn saying_gerund(w: &str) -> bool {
    matches!(
        w,
        "noting"
            | "adding"
            | "warning"
            | "insisting"
            | "stressing"
            | "arguing"
            | "saying"
            | "conceding"
            | "acknowledging"
            | "admitting"
            | "cautioning"
    )
}

/// Whether a gap holds one of the [`CONTRAST`] words, not counting `while` before the
/// speaker's own gerund of saying (`“…,” while noting that “…”`).
fn contrasts(gap: &str) -> bool {
    contrasts_with(gap, &CONTRAST)
}

/// Whether a gap holds one of `words`, not counting `while` before the speaker's own gerund
/// of saying, nor one inside a parenthesis the gap opens (`“…” (our translation;
/// [interview](…))`: a semicolon there parts a citation's items, not clauses).
fn contrasts_with(gap: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        gap.str_indices(w).any(|i| {
            let bracketed = inside_brackets(gap, i);
            let gerund = w.ends_with("while ")
                && gap
                    .get(i + w.len()..)
                    .and_then(|r| r.split_whitespace().next())
                    .is_some_and(saying_gerund);
            !bracketed && !gerund
        })
    })
}

/// Whether byte `at` of `gap` stands inside a parenthesis the gap opens before it.
fn inside_brackets(gap: &str, at: usize) -> bool {
    let head = gap.get(..at).unwrap_or("");
    head.matches('(').count() > head.matches(')').count()
}

fn another_speakers_quote_between(text: &str, spans: &[Span], from: usize, to: usize) -> bool {
    let k = spans.partition_point(|s| s.open < from);
    spans
        .get(k..)
        .unwrap_or(&[])
        .iter()
        .take_while(|s| s.open < to)
        .any(|s| {
            let Some(close) = s.close_end.filter(|&c| c <= to) else {
                return false;
            };
            // Citation after: the clause opens between the first quote and the other one.
            // Citation before: between the other quote and this one.
            let gap_after = text.get(from..s.open).unwrap_or("");
            let gap_before = text.get(close..to).unwrap_or("");
            contrasts(gap_after) || contrasts(gap_before) || judged_back(gap_before)
        })
}

/// Whether the words between two quotations name the first back and say someone judged it
/// (`“…”, a description he described as “…”`, `“…”, a phrase the mayor dismissed as “…”`):
/// the second quotation is the judge's words, not the first's source's.
fn judged_back(gap: &str) -> bool {
    const NOUNS: [&str; 10] = [
        "description",
        "phrase",
        "claim",
        "label",
        "characterisation",
        "characterization",
        "assessment",
        "verdict",
        "remark",
        "comment",
    ];
    const JUDGED: [&str; 11] = [
        "called",
        "calls",
        "described",
        "describes",
        "dismissed",
        "dismisses",
        "labelled",
        "labeled",
        "branded",
        "rejected",
        "derided",
    ];
    // (The comma may stand inside the first's closing mark: `“…,” a phrase …`.)
    let rest = gap
        .trim_start_matches(['"', '\u{201D}', '\u{2019}', '\''])
        .trim_start_matches(',');
    if !rest.starts_with(' ') {
        return false;
    }
    let mut words = rest.split_whitespace();
    let named_back = matches!(words.next(), Some("a" | "an" | "the" | "that" | "this"))
        && words.next().is_some_and(|w| NOUNS.contains(&w));
    named_back && words.any(|w| JUDGED.contains(&w))
}

/// Whether the words between a quotation's close and the sentence's marker are only a
/// contrasting qualifier naming no source of its own (`, although no opening date was
/// given`, `, but the ward has no staff yet`): no words of saying, showing or disputing,
/// no `according to`, no data, survey or study. A clause with one (`, although the figure
/// includes …, as the agency's data makes clear`, `, but the auditors dispute it`) is the
/// marker's, not the quotation's.
fn bare_qualifier(between: &str) -> bool {
    let lower = spaced(between).to_lowercase();
    // (Not `; …`: a clause of its own, `“…”; the report avoids the word.[1]`.)
    if !contrasts_with(
        &lower,
        &[", but ", ", while ", ", although ", ", even though "],
    ) || ["; ", ", which ", ", echoing ", " which "]
        .iter()
        .any(|w| lower.contains(w))
    {
        return false;
    }
    const SOURCED: [&str; 6] = [
        "according to",
        "make clear",
        "makes clear",
        "made clear",
        "point out",
        "points out",
    ];
    if SOURCED.iter().any(|w| lower.contains(w)) {
        return false;
    }
    !lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        SAYING.contains(&w)
            || saying_gerund(w)
            || matches!(
                w,
                "show"
                    | "disagree"
                    | "disagrees"
                    | "disagreed"
                    | "dispute"
                    | "disputes"
                    | "disputed"
                    | "deny"
                    | "denies"
                    | "denied"
                    | "reject"
                    | "rejects"
                    | "rejected"
                    | "contest"
                    | "contests"
                    | "contested"
                    | "question"
                    | "questions"
                    | "questioned"
                    | "counter"
                    | "counters"
                    | "countered"
                    | "challenge"
                    | "challenges"
                    | "challenged"
                    | "insist"
                    | "say"
                    | "believe"
                    | "believes"
                    | "think"
                    | "thinks"
                    | "data"
                    | "figures"
                    | "statistics"
                    | "survey"
                    | "surveys"
                    | "poll"
                    | "polls"
                    | "study"
                    | "studies"
                    | "research"
                    | "analysis"
                    | "critics"
                    | "opponents"
            )
    })
}

/// Whether the words between a quotation's close and a later citation make a clause of
/// their own that says something else: an independent clause (`; the timetable shows one
/// every twelve`, `, but the auditors disagree`), or a comment on the quotation (`, a
/// result that echoes earlier work`, `, which the auditors disputed`, `— a claim the
/// auditors disputed`), four words or more.
fn comment_clause(between: &str) -> bool {
    if count_words(between) < 4 {
        return false;
    }
    let lower = spaced(between).to_lowercase();
    // (Not `, and …`: `“…,” she said, and added that …[1]` is hers, the note the
    // sentence's.)
    if contrasts_with(
        &lower,
        &["; ", ", but ", ", while ", ", although ", ", even though "],
    ) || [
        ", whereas ",
        ", which ",
        ", echoing ",
        " \u{2014} which ",
        " \u{2013} which ",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return true;
    }
    // An appositive noun naming what the quotation is (`, a result that`, `— a claim the`).
    [
        ", a ",
        ", an ",
        " \u{2014} a ",
        " \u{2014} an ",
        " \u{2013} a ",
        " \u{2013} an ",
    ]
    .iter()
    .filter_map(|w| lower.find(w).map(|k| k + w.len()))
    .any(|from| {
        let mut words = lower.get(from..).unwrap_or("").split_whitespace();
        let noun = words.next().unwrap_or("");
        let noun = noun.trim_end_matches([',', '.']);
        // The speaker's own words named again, with the speaker as the one who said them
        // (`, a pledge she repeated on Monday.[1]`, `, a claim first made in May`, `, a
        // promise that was repeated`): the note is where they were said, the quotation's.
        if SPEECH_NOUNS.contains(&noun) && speakers_own_words(words) {
            return false;
        }
        [
            "result",
            "finding",
            "claim",
            "view",
            "statement",
            "promise",
            "conclusion",
            "position",
            "description",
            "phrase",
            "remark",
            "comment",
            "charge",
            "characterisation",
            "characterization",
            "prediction",
            "pledge",
            "boast",
            "verdict",
            "point",
        ]
        .contains(&noun.trim_end_matches([',', '.']))
    })
}

/// The nouns naming what someone said (`a pledge`, `a claim`).
const SPEECH_NOUNS: [&str; 10] = [
    "claim",
    "statement",
    "promise",
    "pledge",
    "remark",
    "comment",
    "boast",
    "prediction",
    "vow",
    "warning",
];

/// Whether the words after a speech noun (`a pledge …`) go on with the speaker saying them:
/// a pronoun for the speaker (`she repeated`), or the words' being made, repeated or shared
/// (`first made in May`, `that was repeated`, `that has been shared`, `repeated on Monday`).
fn speakers_own_words<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    const DONE: [&str; 10] = [
        "made",
        "repeated",
        "given",
        "delivered",
        "posted",
        "shared",
        "issued",
        "published",
        "reiterated",
        "echoed",
    ];
    let mut next = words.next().unwrap_or("");
    if matches!(next, "she" | "he" | "they") {
        return true;
    }
    if matches!(next, "that" | "which") {
        next = words.next().unwrap_or("");
        if matches!(next, "she" | "he" | "they") {
            return true;
        }
        if !matches!(next, "was" | "were" | "is" | "has" | "had") {
            return false;
        }
        next = words.next().unwrap_or("");
        if next == "been" {
            next = words.next().unwrap_or("");
        }
    }
    if matches!(
        next,
        "first" | "later" | "since" | "often" | "widely" | "also"
    ) {
        next = words.next().unwrap_or("");
    }
    DONE.contains(&next.trim_end_matches([',', '.']))
}

/// Whether a link before a quotation names the speaker's body, not a source: a person's
/// name, `of`, `at` or `from` (and `the`), then a proper name (`Dr Sam Oyelaran of the
/// [Bioscience Research Council](…), which funded the work, said: “…”`), linked to the
/// body's own site. After a document (`The report of the [Audit Commission](…)`), or linked
/// to a page deep in the site, it may be where the words are.
fn affiliation_link(head: &str, link_text: &str, url: &str) -> bool {
    let h = head.trim_end();
    let Some(before) = [" of the", " at the", " from the", " of", " at", " from"]
        .iter()
        .find_map(|p| h.strip_suffix(p))
    else {
        return false;
    };
    // Two capitalised words, a name (`Sam Oyelaran`, `Dr Oyelaran`; not `Speaking at the
    // [Royal Institution](…)`, where the link may be the talk).
    let mut last = before.split_whitespace().rev();
    let person = last.next().is_some_and(|w| {
        w.starts_with(char::is_uppercase) && w.chars().count() >= 3 && !w.ends_with("ing")
    }) && last
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let words: Vec<&str> = link_text.split_whitespace().collect();
    let proper = words.len() >= 2
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "and" | "for" | "the" | "on" | "in" | "&")
        });
    // The body's own site (its home page, or one short page of it such as `/about`), not a
    // report of it (`/publications/2024/report`): parsed last, for the few links that pass.
    person
        && proper
        && url::Url::parse(url).is_ok_and(|u| {
            let path = u.path().trim_matches('/');
            path.is_empty()
                || !path.contains('/')
                    && !path.contains(|c: char| c.is_ascii_digit() || c == '.')
                    && path.matches('-').count() <= 1
        })
}

/// What opens a phrase naming what the speaker answers, is asked about or disputes
/// (`Responding to the mayor’s [statement](…), Pike said`, `Asked about the overrun
/// reported by the [Gazette](…), Mirza was blunt`): a link in it is that thing's, not the
/// quotation's. Lowercase, each led by a space (the phrase is searched with one put
/// before it).
const RESPONDED_TO: [&str; 38] = [
    " responding to ",
    " in response to ",
    " reacting to ",
    " in reaction to ",
    " replying to ",
    " in reply to ",
    " in a reply to ",
    " commenting on ",
    " asked about ",
    " asked whether ",
    " asked if ",
    " asked over ",
    " asked to comment on ",
    " asked to respond to ",
    " questioned about ",
    " questioned over ",
    " questioned on ",
    " challenged over ",
    " challenged on ",
    " challenged about ",
    " pressed on ",
    " pressed about ",
    " pressed over ",
    " disputing ",
    " rejecting ",
    " denying ",
    " dismissing ",
    " rebutting ",
    " contesting ",
    " hitting back at ",
    // The same as the main clause's verb (`Pike responded to the mayor’s [statement](…):
    // “…”`): the link is what he answers still.
    " responded to ",
    " responds to ",
    " replied to ",
    " replies to ",
    " reacted to ",
    " reacts to ",
    " hit back at ",
    " hits back at ",
];

/// The speaker's own medium named in such a phrase (`Responding to the mayor in a [blog
/// post](…)`, `replying on her [blog](…)`): a link after one is where the words are.
const OWN_MEDIUM: [&str; 16] = [
    " in a ",
    " in an ",
    " in his ",
    " in her ",
    " in their ",
    " in its ",
    " on his ",
    " on her ",
    " on their ",
    " on its ",
    " via ",
    " with a ",
    " with an ",
    " through a ",
    " through an ",
    " through his ",
];

/// Whether a link in a quotation's sentence stands in a phrase naming what the speaker
/// responds to, is asked about, comments on or disputes ([`RESPONDED_TO`]): the link backs
/// that (the mayor's statement, the newspaper's report of an overrun), never the speaker's
/// answer. `head` is the sentence from its start (or the quotation's close) to the link;
/// the phrase is the part of it after its last comma, dash, colon, semicolon or bracket.
/// Not when the phrase names the speaker's own medium before the link (`Responding in a
/// [blog post](…)`, `Responding to the mayor in a [statement](…)`), nor the one asking
/// (`In response to questions from the [Gazette](…)`, `Asked by the [Gazette](…)`): their
/// pages may carry the answer.
fn responded_to_link(head: &str) -> bool {
    let head = spaced(head);
    let phrase = head
        .rfind([',', ';', ':', '(', ')', '[', ']', '\u{2014}', '\u{2013}'])
        .and_then(|i| head.get(i + 1..))
        .unwrap_or(&head);
    let mut p = String::with_capacity(phrase.len() + 2);
    p.push(' ');
    p.push_str(&phrase.trim().to_ascii_lowercase());
    p.push(' ');
    let Some(cue_end) = RESPONDED_TO
        .iter()
        .filter_map(|c| p.rsplit_once_str(c).map(|(h, _)| h.len() + c.len()))
        .max()
    else {
        return false;
    };
    let tail = p.get(cue_end - 1..).unwrap_or("");
    if OWN_MEDIUM.iter().any(|m| tail.has_str(m)) {
        return false;
    }
    // The one asking, right before the link (`questions from the`, `asked by`).
    let mut last = tail
        .split_whitespace()
        .rev()
        .skip_while(|w| matches!(*w, "the" | "a" | "an"));
    let asker = match last.next() {
        Some("from") => last.next().is_some_and(|w| {
            w.starts_with("question")
                || w.starts_with("quer")
                || w.starts_with("enquir")
                || w.starts_with("inquir")
                || w.starts_with("request")
        }),
        Some("by") => last.next().is_some_and(|w| {
            matches!(
                w,
                "asked" | "questioned" | "pressed" | "challenged" | "interviewed"
            )
        }),
        _ => false,
    };
    !asker
}

/// Whether `head` (a sentence up to a link), whose relative clause opens at byte `r`, is a
/// work's name then `, which` and who published it (`The council's own survey, which the
/// [residents' group published](…),`, `The audit, which was released by [the
/// ministry](…),`): the link is the work's source. `rest`: the text from the link to the
/// quotation.
fn published_work_clause(head: &str, r: usize, rest: &str) -> bool {
    const WORKS: &[&str] = &[
        "survey",
        "report",
        "study",
        "review",
        "audit",
        "poll",
        "census",
        "analysis",
        "paper",
        "evaluation",
        "assessment",
        "inquiry",
        "consultation",
    ];
    const PUBLISHED: &[&str] = &[
        "published",
        "released",
        "issued",
        "produced",
        "commissioned",
        "conducted",
        "compiled",
        "ran",
    ];
    let Some(clause) = head.get(r..).and_then(|c| c.strip_prefix(", which ")) else {
        return false;
    };
    let noun = head
        .get(..r)
        .and_then(|h| h.split_whitespace().next_back())
        .unwrap_or("");
    let clause_end = rest.find([',', '—', '–']).unwrap_or(rest.len());
    WORKS.contains(&noun)
        && clause
            .split_whitespace()
            .chain(rest.get(..clause_end).unwrap_or("").split_whitespace())
            .any(|w| PUBLISHED.contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric())))
}

/// Whether a relative clause about a named speaker before their quotation says where they
/// said or wrote it, its link on the verb or a few words after it: `Lind, who [wrote in
/// March](…), said “…”`, `Lind, who wrote in an [op-ed](…), said that “…”`. `head` is the
/// sentence up to the link, the clause starting at `r`; `link` the link's words, `rest`
/// the text from the link to the quotation, which must close the clause and say no more
/// than that the speaker said it. Not a verb with its object or content (`who [wrote a
/// book](…)`, `who [said](…) that the path was safe`), nor a clause about something else
/// (`who [chairs the trust](…)`).
fn own_words_clause(head: &str, r: usize, link: &str, rest: &str) -> bool {
    const VERBS: &[&str] = &[
        "wrote",
        "said",
        "told",
        "posted",
        "published",
        "blogged",
        "tweeted",
        "warned",
        "argued",
        "testified",
        "explained",
        "spoke",
    ];
    // What may follow the verb: where, when and to whom (`in an op-ed`, `in March`, `to
    // the regional paper last week`); the rest is an object or a topic (`a book`, `about
    // erosion`).
    const AFTER: &[&str] = &[
        "in",
        "on",
        "to",
        "at",
        "a",
        "an",
        "the",
        "her",
        "his",
        "their",
        "its",
        "last",
        "this",
        "earlier",
        "own",
        "recent",
        "local",
        "regional",
        "national",
        "week",
        "month",
        "year",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "morning",
        "evening",
        "op-ed",
        "post",
        "blog",
        "column",
        "letter",
        "statement",
        "interview",
        "essay",
        "article",
        "thread",
        "piece",
        "video",
        "podcast",
        "newsletter",
        "paper",
        "newspaper",
        "submission",
        "speech",
        "talk",
        "lecture",
        "briefing",
        "reporters",
        "radio",
    ];
    let Some(clause) = [", who ", " \u{2014} who ", " \u{2013} who "]
        .iter()
        .find_map(|w| head.get(r..).and_then(|c| c.strip_prefix(w)))
    else {
        return false;
    };
    // The speaker named before the clause.
    let named = head
        .get(..r)
        .and_then(|h| h.split_whitespace().next_back())
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let words: Vec<&str> = clause
        .split_whitespace()
        .chain(link.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .collect();
    // One adverb at most before the verb (`who once wrote`, `who later told`).
    let v = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(*w, "once" | "later" | "earlier" | "also" | "first")),
    );
    let after = words.get(v + 1..).unwrap_or(&[]);
    // The clause ends at the comma after the link, a few words on at most (`last
    // week`); then only the tag (`, said `, `, said that `).
    let Some((tail, tag)) = rest.split_once([',', '\u{2014}', '\u{2013}']) else {
        return false;
    };
    // The verb's next word says where or when (`wrote in`, `spoke to`, `posted last
    // week`), not what (`published an article`, `wrote Silent Spring`); `told` takes its
    // hearer (`told the Gazette`). After the link, a few words of time or place at most
    // (`last week`, `on Monday`), not a topic (`on erosion`).
    const WHERE_WHEN: &[&str] = &["in", "on", "to", "at", "last", "this", "earlier"];
    let verb_told = words.get(v).is_some_and(|w| *w == "told");
    let where_first = after
        .first()
        .is_none_or(|w| verb_told || WHERE_WHEN.contains(&w.to_lowercase().as_str()));
    let tail_ok = tail
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .all(|w| {
            AFTER.contains(&w.to_lowercase().as_str())
                || w.starts_with(char::is_uppercase)
                || w.bytes().all(|c| c.is_ascii_digit())
        });
    named
        && words.get(v).is_some_and(|w| VERBS.contains(w))
        && where_first
        && tail_ok
        && after.len() <= 6
        && after.iter().all(|w| {
            AFTER.contains(&w.to_lowercase().as_str())
                || w.starts_with(char::is_uppercase)
                || w.bytes().all(|c| c.is_ascii_digit())
        })
        && count_words(tail) <= 2
        && !tail.contains(['.', ';', '(', ')'])
        && speaker_tag_gap(tag)
}

/// Whether the words between a link and the quotation after it only say that the link's
/// subject said it: `, once said that `, ` said: `, ` wrote that `, `, who later told a
/// reporter that ` is not one (a verb of saying with a listener names another record).
fn speaker_tag_gap(gap: &str) -> bool {
    let words: Vec<&str> = gap
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let Some(v) = words.iter().position(|w| SAYING.contains(w)) else {
        return false;
    };
    // At most one adverb before the verb (`once`, `later`, `also`), and `that` at most
    // after it.
    v <= 1
        && words.len() <= v + 2
        && words.get(v + 1).is_none_or(|w| *w == "that")
        && !gap.contains(['.', ';', '(', ')'])
}

/// A URL's path: past the scheme and host, without its query or fragment.
fn url_path(url: &str) -> &str {
    let path = url.split_once("://").map_or(url, |(_, r)| {
        r.find('/').map_or("", |i| r.get(i..).unwrap_or(""))
    });
    path.split(['?', '#']).next().unwrap_or("")
}

/// Whether a URL is a person's staff, team or profile page: a directory of people and one
/// page in it (`/people/ana-lind`, `/staff/lind.html`, `/about/team/ana`); not anything
/// deeper (`/members/lind/press/2024-statement`, a page of theirs) nor the directory itself.
fn profile_page(url: &str) -> bool {
    const DIRS: [&str; 15] = [
        "people",
        "person",
        "staff",
        "profile",
        "profiles",
        "team",
        "author",
        "authors",
        "bio",
        "biography",
        "faculty",
        "experts",
        "expert",
        "directory",
        "members",
    ];
    let segs: Vec<&str> = url_path(url).split('/').filter(|s| !s.is_empty()).collect();
    segs.len() >= 2
        && segs
            .get(segs.len() - 2)
            .is_some_and(|d| DIRS.iter().any(|x| d.eq_ignore_ascii_case(x)))
}

/// Whether the words between a link on a name and the quotation say the named thing's own
/// standing text gives them: a relative clause for a thing with a verb in the present
/// (`<a>Google Scholar</a>, which says it aims to “…”`, `, which describes itself as`). A
/// site's home page is where such words stand; a body that `said` something, or a person
/// (`who says`), is quoted from elsewhere.
fn site_says_itself(gap: &str) -> bool {
    const VERBS: [&str; 9] = [
        " says",
        " states",
        " describes itself",
        " calls itself",
        " bills itself",
        " presents itself",
        " promises",
        " claims",
        " aims",
    ];
    if gap.len() > 80 {
        return false;
    }
    // Between the verb and the quotation only the words of such a clause (`which says it
    // aims to “…”`, `which describes itself as “…”`): a clause that goes on to other news
    // (`which says it has documented 30 cases, said the arrests were “…”`) quotes the
    // body's words from elsewhere.
    const LINKING: [&str; 16] = [
        "it", "its", "that", "to", "as", "is", "be", "itself", "aims", "seeks", "wants", "mission",
        "goal", "purpose", "the", "a",
    ];
    let g = gap.trim_start_matches([',', ' ']).to_lowercase();
    let Some(rest) = g.strip_prefix("which") else {
        return false;
    };
    VERBS.iter().any(|v| {
        rest.strip_prefix(v).is_some_and(|after| {
            let after = after.trim_end_matches([' ', ':', '\u{a0}']);
            after.split_whitespace().count() <= 6
                && after
                    .split_whitespace()
                    .all(|w| LINKING.contains(&w.trim_end_matches(':')))
        })
    })
}

/// Whether a URL is a site's home page: nothing after its host but `/`.
fn home_page(url: &str) -> bool {
    url.contains("://") && !url.contains(['?', '#']) && matches!(url_path(url), "" | "/")
}

/// Whether a link's words are a name: one to six words, the first capitalised and every
/// other capitalised or a particle (`Professor Lina Sørensen`, `Dr. Ana de Lind`, `Friends
/// of the Earth`).
fn names_someone(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(
                    *w,
                    "de" | "van"
                        | "von"
                        | "der"
                        | "da"
                        | "di"
                        | "le"
                        | "la"
                        | "bin"
                        | "of"
                        | "the"
                        | "for"
                        | "and"
                        | "&"
                        | "on"
                )
        })
}

fn other_clause_link(
    text: &str,
    s_start: usize,
    lstart: usize,
    lend: usize,
    open: usize,
    close: usize,
) -> bool {
    if lend <= open {
        let head = &*spaced(text.get(s_start..lstart).unwrap_or(""));
        let relative = [", who ", ", whose ", ", which ", " — who ", " – who "]
            .iter()
            .filter_map(|w| head.rfind(w))
            .max();
        // The clause closes before the quotation: a comma or dash after the link.
        let Some(r) = relative.filter(|_| {
            text.get(lend..open)
                .is_some_and(|t| t.contains([',', '—', '–']))
        }) else {
            return false;
        };
        // Unless it says who published the work the sentence's subject names (`The
        // library's own survey, which the [friends' group published](…), found that
        // “…”`): the link is that work's. (Not one naming another work: `The report,
        // which [cites a study](…), found that …`.)
        // Nor one saying where the speaker said or wrote it (`Lind, who [wrote in
        // March](…), said “…”`, `Lind, who wrote in an [op-ed](…), said that “…”`).
        return !published_work_clause(head, r, text.get(lstart..open).unwrap_or(""))
            && !own_words_clause(
                head,
                r,
                text.get(lstart..lend).unwrap_or(""),
                text.get(lend..open).unwrap_or(""),
            );
    }
    if lstart >= close {
        let between = &*spaced(text.get(close..lstart).unwrap_or(""));
        if colon_clause_link(between, text.get(lend..).unwrap_or("")) {
            return true;
        }
        // A clause describing the speaker after the speech tag: `said campaigner Aisha
        // Bello, whose group [Save Riverside Meadows](…) brought the case`, `, who chairs
        // the [Trust](…)`; not `, who wrote about it in a [blog post](…)`, where the
        // speaker's own writing is named.
        if let Some(r) = [", whose ", ", who "]
            .iter()
            .filter_map(|w| between.rfind(w).map(|i| i + w.len()))
            .max()
        {
            let clause = between.get(r..).unwrap_or("");
            let writes = clause.split_whitespace().any(|w| {
                let w = w.trim_end_matches([',', '.']).to_lowercase();
                SAYING.contains(&w.as_str())
                    || matches!(
                        w.as_str(),
                        "wrote" | "writes" | "posted" | "published" | "blogged" | "tweeted"
                    )
            });
            if !writes && !clause.contains(['.', ';', '!', '?']) {
                return true;
            }
        }
        const JOINS: [&str; 11] = [
            ", and ",
            ", but ",
            "; ",
            ", while ",
            ", whilst ",
            ", whereas ",
            ", though ",
            ", although ",
            ", even though ",
            ", even as ",
            ", yet ",
        ];
        // The comma inside the closing mark, as American usage puts it (`would “consider
        // it carefully,” and the [figures](…) show …`): the join starts the gap.
        let comma_inside = text
            .get(..close)
            .map(|t| t.trim_end_matches(['\u{201d}', '"', '\u{2019}', '\'']))
            .is_some_and(|t| t.ends_with(','));
        // Not inside a parenthesis the gap opens (`“…” (our translation; [interview](…))`):
        // a semicolon there parts a citation's items, not clauses.
        let outside = |w: &str| {
            between
                .match_indices(w)
                .any(|(i, _)| !inside_brackets(between, i))
        };
        return JOINS.iter().any(|w| outside(w))
            || (comma_inside
                && JOINS
                    .iter()
                    .filter_map(|w| w.strip_prefix(','))
                    .any(|w| between.starts_with(w)))
            || comment_clause(between);
    }
    false
}

/// Whether a link after a quotation stands in a clause of its own after a colon, with its
/// own subject and verb: `“…” looks optimistic: the auditor's [report](…) puts the cost
/// at …` (`between` is the text from the closing mark to the link, `after` the text past
/// the link). Not a colon after a verb of saying (`“…,” she said: [video](…)`).
fn colon_clause_link(between: &str, after: &str) -> bool {
    let Some((head, clause)) = between.rsplit_once(": ") else {
        return false;
    };
    let mut cw = clause.split_whitespace();
    let opens_subject = cw.next().is_some_and(|w| {
        matches!(
            w,
            "the"
                | "The"
                | "a"
                | "A"
                | "an"
                | "An"
                | "its"
                | "Its"
                | "their"
                | "Their"
                | "this"
                | "This"
                | "that"
                | "That"
        )
    });
    // A verb after the link: the clause goes on (`puts`, `shows`, `found`).
    let verb_after = after
        .trim_start_matches([')', ']'])
        .strip_prefix(' ')
        .and_then(|r| r.split_whitespace().next())
        .is_some_and(|w| {
            (w.starts_with(char::is_lowercase) && w.len() > 2 && w.ends_with('s'))
                || matches!(
                    w,
                    "found" | "showed" | "said" | "put" | "gave" | "estimated"
                )
        });
    opens_subject
        && cw.count() >= 1
        && verb_after
        && count_words(head) >= 1
        && !head.contains(['(', '[', '.', ';'])
        && !head
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| SAYING.contains(&w.to_lowercase().as_str()))
}

/// The markers or links (start, end, index; sorted) starting in `from..to`.
fn starting_in(v: &[(usize, usize, usize)], from: usize, to: usize) -> &[(usize, usize, usize)] {
    let lo = v.partition_point(|x| x.0 < from);
    let hi = v.partition_point(|x| x.0 < to);
    v.get(lo..hi.max(lo)).unwrap_or(&[])
}

/// Whether a block is a plain paragraph of prose (no quotation, note, table row or page
/// furniture).
fn plain_paragraph(b: &Block) -> bool {
    b.kind == BlockKind::Paragraph
        && b.group.is_none()
        && !b.chrome
        && b.note.is_none()
        && b.row.is_none()
}

/// Whether nothing but space (and, in HTML, a paragraph's own tags) stands between two
/// blocks in the source: no thematic break (`***`, `<hr>`), no figure, caption or section
/// boundary between them. The first block's note markers after its text (`… on
/// Tuesday.[^1]`, `….<sup><a href="#fn1">1</a></sup></p>`; `marks`, their source offsets)
/// are its own.
fn adjacent(src: &str, first: &Block, second: &Block, marks: &[usize]) -> bool {
    let from = first.src_end.min(second.src_start);
    let Some(gap) = src.get(from..second.src_start) else {
        return false;
    };
    if gap.len() > 200 {
        return false;
    }
    let mut rest = gap;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return true;
        }
        let at = second.src_start - rest.len();
        let marked = marks.iter().any(|&m| m >= from && m <= at);
        if marked {
            // `[^1]`, or a marker's label in its tags (`1`, `a`, `12`).
            if let Some((_, after)) = rest
                .strip_prefix("[^")
                .and_then(|r| r.split_once(']'))
                .filter(|(label, _)| label.len() <= 24 && !label.contains(['[', '\n']))
            {
                rest = after;
                continue;
            }
            let label = rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
            if (1..=4).contains(&label) {
                rest = rest.get(label..).unwrap_or("");
                continue;
            }
        }
        let Some(tag) = rest.strip_prefix('<') else {
            return false;
        };
        let Some(end) = tag.find('>') else {
            return false;
        };
        let name = tag
            .get(..end)
            .unwrap_or("")
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        // The marker's own link (`<a href="#fn1">`) after a marker only.
        let own_tag = ["p", "div", "span", "br", "sup"]
            .iter()
            .any(|t| name.eq_ignore_ascii_case(t))
            || marked && name.eq_ignore_ascii_case("a");
        if !own_tag {
            return false;
        }
        rest = tag.get(end + 1..).unwrap_or("");
    }
}

/// Determiners that take up something named before (`The report`, `That release`).
const BACK_DETERMINERS: [&str; 6] = ["The", "This", "That", "These", "Those", "Its"];

/// Whether a word is one of [`BACK_DETERMINERS`], in any case.
fn is_back_determiner(w: &str) -> bool {
    BACK_DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// The one citation (a link or a marker) of the sentence before the quote's, when the quote's
/// sentence opens by naming that sentence's subject or cited thing again (`The X`, `That X`,
/// `In that X,` with `X` among its words, or `It`) and a verb of saying leads to the quote:
/// `The agency published its results [on its website](…). The agency noted that “…”`,
/// `… its allotment strategy [3]. It describes allotments as “…”`. The sentence before is in
/// the quote's paragraph or, when the quote's sentence opens its paragraph, the last of the
/// paragraph before (both plain prose). Nothing else may be cited in either sentence before
/// the quote.
///
/// A quote opening its sentence takes its words from the speaker after it instead, when
/// that speaker goes on (`“…,” Birkett added.`, `“…,” he added.`: see [`trail_going_on`];
/// `trail` is the sentence's text after the quote, from byte `close` of the block).
///
/// A `short` quote (under the minimum of words) goes on only when its sentence says plainly
/// that it reports the words (`It also says that …`, `Quist added that …`, `…:`).
fn preceding(
    ctx: &Ctx<'_>,
    bi: usize,
    s_start: usize,
    open: usize,
    close: usize,
    trail: &str,
    short: bool,
) -> Option<Cited> {
    let b = ctx.parsed.blocks.get(bi)?;
    let text = b.text.as_str();
    // A marker glued to the full stop that ends the sentence before (`strategy.[^3] It`,
    // `means.14 It`) is that sentence's.
    let rest = text.get(s_start..open)?;
    let glued = text
        .get(..s_start)
        .is_some_and(|t| t.ends_with(['.', '!', '?']));
    let q = s_start
        + rest
            .find(char::is_whitespace)
            .filter(|_| glued)
            .unwrap_or(0);
    // Binary searches: a paragraph may hold thousands of links and quotes.
    let (ms, ls) = (ctx.block_markers.get(bi), ctx.block_links.get(bi));
    // (`q + 1`: a marker right after a closing mark, `viscosity.”[^3] He`, stands at the
    // sentence's first space.)
    if !starting_in(ms, q + 1, open).is_empty() || !starting_in(ls, s_start, open).is_empty() {
        return None;
    }
    let lead = text.get(q..open)?;
    // `“…,” Birkett added.`: the quote opens its sentence, its speaker goes on after it
    // (nothing cited there either).
    let from_trail = lead.trim().is_empty();
    let lead = if from_trail {
        if !starting_in(ms, close, close + trail.len()).is_empty()
            || !starting_in(ls, close, close + trail.len()).is_empty()
        {
            return None;
        }
        // `“…,” he added, “…”`: the tag between the parts of a split quotation (the part
        // after it takes what this one does: see `interrupted_quotes`).
        let tag = ["“", "\""]
            .iter()
            .filter_map(|m| trail.split_once_str(m))
            .map(|(tag, _)| tag)
            .min_by_key(|tag| tag.len())
            .filter(|tag| tag.trim_end().ends_with(','))
            .unwrap_or(trail);
        trail_going_on(tag)?
    } else {
        lead
    };
    let before = text.get(..q)?.trim_end().len();
    // Over a block quotation to the paragraph introducing it (`… in a [press release](…):`,
    // the block, then `The release also quotes …`): only for a quotation naming the work
    // again.
    let mut over_block = false;
    let (pbi, ptext, prev_end, upto) = if text.get(..s_start)?.trim().is_empty() {
        // The quote's sentence opens its paragraph: the last sentence of the one before.
        let mut pbi = bi.checked_sub(1)?;
        let mut pb = ctx.parsed.blocks.get(pbi)?;
        if let Some(g) = pb.group.filter(|_| plain_paragraph(b)) {
            let k = (0..pbi)
                .rev()
                .find(|&k| ctx.parsed.blocks.get(k).is_none_or(|x| x.group != Some(g)))?;
            let intro = ctx.parsed.blocks.get(k)?;
            let block_len: usize = (k + 1..=pbi)
                .filter_map(|i| ctx.parsed.blocks.get(i))
                .map(|x| x.text.len())
                .sum();
            if intro.text.trim_end().ends_with(':') && block_len < 1500 {
                pbi = k;
                pb = intro;
                over_block = true;
            }
        }
        // The markers past the text of the paragraph before (at most a few: `.[^1][^2]`).
        let mut marks = [usize::MAX; 4];
        for (m, &(_, _, mi)) in marks.iter_mut().zip(
            ctx.block_markers
                .get(pbi)
                .iter()
                .rev()
                .take_while(|&&(start, ..)| start >= pb.text.trim_end().len()),
        ) {
            *m = ctx.markers.get(mi).map_or(usize::MAX, |mk| mk.offset);
        }
        if !plain_paragraph(b)
            || !plain_paragraph(pb)
            || !(over_block || adjacent(ctx.src, pb, b, &marks))
        {
            return None;
        }
        let end = pb.text.trim_end().len();
        (pbi, pb.text.as_str(), end, end + 1)
    } else {
        (bi, text, text.get(..s_start)?.trim_end().len(), before + 1)
    };
    if prev_end == 0 {
        return None;
    }
    let mut p_start = sentence_start(ptext, prev_end - 1, ctx.block_markers.get(pbi));
    let mut prev = ptext.get(p_start..prev_end)?;
    let mut pms = starting_in(ctx.block_markers.get(pbi), p_start, upto);
    let mut pls = starting_in(ctx.block_links.get(pbi), p_start, upto);
    // The paragraph before cites one thing, in an earlier sentence than its last
    // (`According to the [council's bus report](…), there were 112 routes. That is a fall
    // of 14%.` over `The report does note that “…”`): that sentence, for a quotation that
    // names what it cites again (`The report`; not `It`).
    let mut widened = false;
    // The paragraph's text after the sentence it widened to (`Bills rose by a fifth.`).
    let mut since = "";
    if pms.is_empty() && pls.is_empty() && pbi != bi {
        let all_m = starting_in(ctx.block_markers.get(pbi), 0, upto);
        let all_l = starting_in(ctx.block_links.get(pbi), 0, upto);
        let one = match (all_l, all_m) {
            (&[(at, ..)], []) | ([], &[(at, ..)]) => Some(at),
            _ => None,
        };
        if let Some(at) = one.filter(|_| prev_end - p_start < 400 && ptext.len() < 2000) {
            p_start = sentence_start(ptext, at, ctx.block_markers.get(pbi));
            let p_end = sentence_end(ptext, at, ctx.block_markers.get(pbi)).min(prev_end);
            prev = ptext.get(p_start..p_end)?;
            pms = starting_in(ctx.block_markers.get(pbi), p_start, p_end + 1);
            pls = starting_in(ctx.block_links.get(pbi), p_start, p_end + 1);
            since = ptext.get(p_end..prev_end).unwrap_or("");
            widened = true;
        }
    }
    // What the citation names: a link's own words, or the words before a marker.
    // The words before a marker (or a bare address): its last four.
    let words_before = |at: usize| {
        let head = ptext.get(p_start..at.max(p_start)).unwrap_or("");
        let from = head
            .char_indices()
            .rev()
            .filter(|&(_, c)| c.is_whitespace())
            .nth(3)
            .map_or(0, |(i, _)| i);
        head.get(from..).unwrap_or("")
    };
    let (cited, named, cited_at) = match (pls, pms) {
        (&[(lstart, lend, li)], []) => {
            let own = ptext.get(lstart..lend).unwrap_or("");
            // A bare address's words are its path's, no name of the work (`…/news/transport`
            // gave a later `The transport manager's letter` that link): the words before
            // it name the work, as before a marker (`in a statement (https://…)`).
            let bare = own.len() > 4
                && (own.as_bytes()[..4].eq_ignore_ascii_case(b"http")
                    || own.as_bytes()[..4].eq_ignore_ascii_case(b"www."));
            let named = if bare { words_before(lstart) } else { own };
            (Cited::Link(li), named, lstart)
        }
        ([], &[(mstart, _, mi)]) => (Cited::Marker(mi), words_before(mstart), mstart),
        _ => return None,
    };
    // The citation in a clause that turns to someone else (`The minister defended the
    // scheme, but [a report by the audit office](…) said …`): that clause's subject is the
    // one the citation backs, not the sentence's.
    let clause_from = ptext
        .get(p_start..cited_at.max(p_start))
        .and_then(|head| {
            [
                ", but ",
                " but ",
                ", while ",
                ", whereas ",
                "; ",
                ", although ",
                ", though ",
            ]
            .iter()
            .filter_map(|c| head.rfind(c).map(|i| i + c.len()))
            .max()
        })
        .map_or(p_start, |i| p_start + i);
    let prev = ptext.get(clause_from..prev_end).unwrap_or(prev);
    // The lead's words with where each ends.
    let spans: Vec<(&str, usize)> = lead
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        // Where each word ends, from its place in `lead` (a sub-slice of it).
        .map(|w| (w, w.as_ptr() as usize - lead.as_ptr() as usize + w.len()))
        .filter(|(w, _)| !w.is_empty())
        .collect();
    let mut words: Vec<&str> = spans.iter().map(|&(w, _)| w).collect();
    // `The report does note that`, `It did say`: the verb as a verb of saying.
    for k in 1..words.len() {
        if matches!(words.get(k - 1), Some(&("does" | "did"))) {
            let said = match words.get(k) {
                Some(&"note") => "notes",
                Some(&"say") => "says",
                Some(&"warn") => "warns",
                Some(&"state") => "states",
                Some(&"acknowledge") => "acknowledged",
                Some(&"admit") => "admitted",
                Some(&"suggest") => "suggests",
                Some(&"add") => "added",
                _ => continue,
            };
            if let Some(w) = words.get_mut(k) {
                *w = said;
            }
        }
    }
    if from_trail {
        // `he added` as `He added`, `added Birkett` as `Birkett added`.
        if let Some(w) = words.first_mut() {
            *w = match *w {
                "he" => "He",
                "she" => "She",
                "they" => "They",
                // `“…,” it added.`, `“…,” the statement said.`: the work speaks on.
                "it" => "It",
                "the" => "The",
                "this" => "This",
                w => w,
            };
        }
        if words
            .first()
            .is_some_and(|w| matches!(*w, "added" | "continued"))
        {
            words.rotate_left(1);
        }
    }
    if words.len() > 14 {
        return None;
    }
    // The earlier sentence's subject (its first three words) or what its citation names is
    // what the quote's sentence names again: `The Environment Agency published …`, `…
    // according to [the Data Center](…)`; not an object (`Hale attacked the minister in [a
    // post](…). The minister said …`).
    // Past a fronted phrase (`In a [judgment](…), Lady Justice Marwood said …`: the subject
    // is the judge) and a timeline's time (`13:41 — Config change [CFG-2291](…) merged.`).
    let fronted = prev
        .split_whitespace()
        .next()
        .is_some_and(|w| {
            matches!(
                w,
                "In" | "On"
                    | "At"
                    | "After"
                    | "During"
                    | "Writing"
                    | "Speaking"
                    | "Last"
                    | "Earlier"
            )
        })
        .then(|| prev.find(", "))
        .flatten()
        .filter(|&c| {
            // A phrase, not a clause of its own (`In 2019 the council said prices rose, …`).
            let phrase = prev.get(..c).unwrap_or("");
            count_words(phrase) <= 8
                && !phrase
                    .split(|ch: char| !ch.is_alphanumeric())
                    .skip(1)
                    .any(|w| SAYING.contains(&w.to_lowercase().as_str()))
        })
        .map_or(0, |c| c + 2);
    // `In 2019 Reid gave a [talk](…)`: a year fronted with no comma.
    let fronted = if fronted == 0 {
        let mut ws = prev.split_whitespace();
        match (ws.next(), ws.next(), ws.next()) {
            (Some("In" | "On" | "By" | "Since" | "During" | "Until"), Some(year), Some(next))
                if year.len() == 4
                    && year.bytes().all(|c| c.is_ascii_digit())
                    && next.starts_with(char::is_uppercase) =>
            {
                // Where the word after the year starts (a sub-slice of `prev`).
                next.as_ptr() as usize - prev.as_ptr() as usize
            }
            _ => 0,
        }
    } else {
        fronted
    };
    let opening: Vec<&str> = prev[fronted..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
        .take(3)
        .collect();
    let subject: Vec<&str> = opening
        .iter()
        .copied()
        .chain(named.split(|c: char| !c.is_alphanumeric()))
        .collect();
    // A work quoting someone is the source of what it quotes (`The report also quotes a
    // volunteer who says that …`): its verb is the reference's own.
    let is_saying = |w: &&str| {
        let w = w.to_lowercase();
        SAYING.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "quotes"
                    | "quoted"
                    | "quoting"
                    | "record"
                    | "records"
                    | "recorded"
                    | "adds"
                    | "mentions"
                    | "mentioned"
                    | "puts"
                    | "put"
                    | "reads"
            )
    };
    // British and American spelling alike (`the centre` for `Data Center`).
    let spelled = |w: &str| match w.strip_suffix("re") {
        Some(stem) => format!("{stem}er"),
        None => w.to_string(),
    };
    // A link to an issue tracker's issue or pull request (`([#1842](…/issues/1842))`): its
    // reporter, its maintainers, the thread are what the next sentence names.
    let tracker = match cited {
        Cited::Link(li) => ctx.links.get(li).is_some_and(|l| {
            [
                "/issues/",
                "/pull/",
                "/merge_requests/",
                "/bugs/",
                "show_bug.cgi",
            ]
            .iter()
            .any(|p| l.url.contains(p))
        }),
        Cited::Marker(_) => false,
    };
    let names_again = |n: &str| {
        let n = n
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_lowercase();
        let n = spelled(&n);
        // (Not a word that names nothing: `The quarrymen's own newspaper` after `… manage
        // my own property`.)
        let names_nothing = matches!(
            n.as_str(),
            "own"
                | "new"
                | "old"
                | "other"
                | "same"
                | "very"
                | "and"
                | "the"
                | "for"
                | "but"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "this"
                | "that"
                | "first"
                | "last"
                | "whole"
                | "full"
                | "only"
        );
        n.chars().count() >= 3
            && !names_nothing
            && subject.iter().any(|w| spelled(&w.to_lowercase()) == n)
            // `… the WHO's guidelines, now in their 4th edition.[^who] The guidelines are
            // careful to say that …`: a kind of work the citation itself names (its note's
            // title, its link's words or address), however far back in its sentence.
            || WORK_KINDS.contains(&n.as_str())
                && match cited {
                    Cited::Link(li) => ctx
                        .links
                        .get(li)
                        .is_some_and(|l| names_word(&l.text, &n) || names_word(&l.url, &n)),
                    Cited::Marker(mi) => ctx
                        .markers
                        .get(mi)
                        .is_some_and(|m| ctx.note_names(&m.label, &n)),
                }
            // `… according to a [study published Wednesday](…). The researchers found that
            // …`: a study's authors, named by what they are, speak for the study the
            // sentence before names.
            || matches!(
                n.as_str(),
                "researchers" | "authors" | "scientists" | "investigators"
            ) && subject.iter().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "study" | "paper" | "research" | "survey" | "trial" | "preprint" | "studies"
                )
            })
            || tracker
                && [
                    "reporter",
                    "maintainer",
                    "maintainers",
                    "issue",
                    "thread",
                    "author",
                    "pr",
                    "ticket",
                    "bug",
                ]
                .contains(&n.as_str())
    };
    // The name the sentence before gives the speaker of its quotation (`“…,” Alan Birkett
    // said`, `Alan Birkett told the BBC: “…”`), when it holds one: read only for a quote's
    // sentence saying that someone goes on.
    let quoted_speaker = || {
        around_quote(prev).and_then(|(before, after)| {
            super::speaker::after_quote(after)
                .or_else(|| super::speaker::before_quote(before))
                // Past a bracket after the closing mark (`“…” (translated from French),
                // Mayor Claire Dumont wrote`) and an affiliation after the name (`Dr Keiko
                // Arai of the University of Nara wrote`).
                .or_else(|| super::speaker::after_quote(&plain_credit(after)?))
        })
    };
    // The speaker the sentence before names as the subject of its verb of saying, before
    // its citation (`Port director Amara Quist said in a [statement](…)`): read only for a
    // quote's sentence saying that someone goes on.
    // (`In a [statement](…), port director Amara Quist said the work was late.`: the
    // citation in the fronted phrase, the speaker named after it, up to the verb.)
    let prev_at = (prev.as_ptr() as usize).wrapping_sub(ptext.as_ptr() as usize);
    let subject_speaker = || {
        super::speaker::before_quote(ptext.get(clause_from..cited_at.max(clause_from))?).or_else(
            || {
                if fronted == 0 || cited_at >= prev_at + fronted {
                    return None;
                }
                let main = prev.get(fronted..)?;
                let verb_end = main
                    .split(|c: char| !c.is_alphanumeric())
                    .take(8)
                    .find(|w| super::speaker::is_speech_verb(w))
                    .map(|w| w.as_ptr() as usize - main.as_ptr() as usize + w.len())?;
                super::speaker::before_quote(main.get(..verb_end)?)
            },
        )
    };
    // A sentence opening with a quotation has the quotation's words first, not a subject.
    let opens_quoted = prev.trim_start().starts_with(['“', '"', '«', '‘', '„']);
    // The speaker goes on (`continued`, `went on`): the verb of saying is the speaker's own.
    let mut continues = false;
    // A named speaker going on (`She also said that`) from the sentence that cites them
    // over a sentence after it that names nobody else (see [`names_nobody`]).
    let mut resumes = false;
    // `In that release, the office says …`, `In it, …`: the reference in a fronted phrase.
    let k = usize::from(words.first() == Some(&"In"));
    let again = match words.get(k) {
        // `It said`, `It noted`: the verb right after (not `It was, analysts said, …`).
        // `It also says`, `It further notes`: one adverb first.
        Some(&"It") if k == 0 => {
            let adverb = words.get(1).is_some_and(|w| {
                matches!(
                    *w,
                    "also" | "further" | "then" | "later" | "additionally" | "likewise"
                )
            });
            words.get(1 + usize::from(adverb)).is_some_and(is_saying)
        }
        Some(&"it") if k == 1 => true,
        // `Osei set out her objections in a [letter](…). She calls it “…”`: the person the
        // sentence before names, citing a work of their own (`her`, `his`, `their` before
        // the citation), speaks again.
        Some(&p @ ("She" | "He" | "They")) if k == 0 => {
            let adverb = words
                .get(1)
                .is_some_and(|w| matches!(*w, "also" | "further" | "then" | "later"));
            let own = match p {
                "She" => "her",
                "He" => "his",
                _ => "their",
            };
            let named_person = opening.first().is_some_and(|&w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && !is_back_determiner(w)
                    && !matches!(w, "A" | "An" | "It" | "In" | "On" | "At" | "After")
            });
            let theirs = ptext
                .get(clause_from..cited_at)
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == own);
            // `He added:`, `She also said that`: the same speaker goes on, where the
            // sentence before cited them (or quoted them, named: `“…,” Alan Birkett
            // [said](…).`).
            let goes_on = goes_on_saying(&words, is_saying)
                || told_those_there(words.get(1..).unwrap_or(&[]), prev)
                || said_again(
                    words.get(1..).unwrap_or(&[]),
                    ptext.get(clause_from..cited_at),
                );
            continues = goes_on;
            resumes = widened
                && goes_on
                && names_nobody(since, p)
                // Named in full (`Ann Reed`; not `Residents told [the paper](…)`).
                && subject_speaker()
                    .or_else(quoted_speaker)
                    .is_some_and(|n| n.split_whitespace().count() >= 2);
            // Not `he` or `she` after a body's words naming no person (`“…,” the ministry
            // said in a [statement](…).`): `It added:` and `They added:` go on from it.
            let body = || {
                p != "They"
                    && match around_quote(prev) {
                        Some((before, after)) => super::speaker::body_speaks(before, after),
                        None => super::speaker::body_speaks(prev, ""),
                    }
            };
            // (`The port director, Amara Quist, said in a [statement](…)`: a person named
            // after a role, the subject of the verb of saying.)
            (named_person
                || goes_on && opens_quoted && quoted_speaker().is_some()
                || goes_on && !opens_quoted && subject_speaker().is_some())
                && (goes_on || theirs && words.get(1 + usize::from(adverb)).is_some_and(is_saying))
                && !body()
                && !other_gender(p, prev, fronted, opens_quoted)
        }
        // `Its abstract says …`, `Its summary puts the case plainly:`, `In its executive
        // summary, …`: a part of the work the sentence before cites, named by its
        // possessive, speaks for it as `It` does.
        Some(w)
            if (k == 0 && *w == "Its" || k == 1 && *w == "its") && part_of_work(&words, k + 1) =>
        {
            true
        }
        Some(w) if BACK_DETERMINERS.contains(w) || k == 1 && is_back_determiner(w) => {
            // The noun right after the determiner, or after one word more (`The full
            // report`); not `The leak, the ministry said, …` (someone else speaks of it).
            let aside = k == 0
                && spans
                    .get(1)
                    .and_then(|&(_, end)| lead.get(end..))
                    .is_some_and(|r| r.starts_with(','));
            !aside
                && ((k + 1..=k + 2)
                    .filter_map(|i| words.get(i))
                    .take_while(|n| !is_back_determiner(n))
                    // (Not the verb: `the report said` names no `said` of the sentence
                    // before.)
                    .any(|n| !is_saying(n) && names_again(n))
                    || same_work(&words, k, prev, since))
        }
        // `Lind added:`, `Ms Lind added:`, `Tove Lind added:`: the person the sentence
        // before names as its subject, or as the speaker of its quotation (`“…,” Tove Lind
        // [said](…).`), goes on. Not someone else (`Okafor added:`).
        Some(&w)
            if k == 0
                && w.starts_with(char::is_uppercase)
                && !is_back_determiner(w)
                && !matches!(w, "She" | "He" | "They" | "It" | "In" | "An") =>
        {
            let (titles, end) = name_run(&words);
            let goes_on = end > titles
                && (goes_on_saying(words.get(end - 1..).unwrap_or(&[]), is_saying)
                    || told_those_there(words.get(end..).unwrap_or(&[]), prev)
                    || said_again(
                        words.get(end..).unwrap_or(&[]),
                        ptext.get(clause_from..cited_at),
                    ));
            continues = goes_on;
            let surname = words.get(end.wrapping_sub(1)).copied().unwrap_or("");
            let name = words.get(titles..end).unwrap_or(&[]);
            goes_on
                && match quoted_speaker() {
                    Some(speaker) => same_person(name, &speaker),
                    // Its subject: not the words of a quotation opening it. The name opening
                    // the sentence (`Tom Pike said`; not `Jane Pike added:` after it), or
                    // the speaker its verb of saying names before the citation (`Port
                    // director Amara Quist said in a [statement](…)`, `The port director,
                    // Amara Quist, said …`).
                    None => {
                        !opens_quoted
                            && surname.chars().count() >= 3
                            && match opening.iter().position(|w| *w == surname) {
                                Some(at) => {
                                    same_person(name, &opening.get(..=at).unwrap_or(&[]).join(" "))
                                }
                                None => {
                                    subject_speaker().is_some_and(|s| same_person(name, &s))
                                        || titled_subject(prev.get(fronted..).unwrap_or(""))
                                            .is_some_and(|s| same_person(name, &s))
                                }
                            }
                    }
                }
        }
        _ => false,
    };
    // The verb of saying is the reference's own: not in a relative clause about someone
    // else (`These findings were disputed by the union, which said …`).
    // (And a plural subject's plain verb right after it, `The guidelines say that`, or
    // after `to`, `The guidelines are careful to say that`.)
    let verb = words.iter().position(is_saying).or_else(|| {
        words.iter().enumerate().position(|(i, w)| {
            SAYING_PLURAL.contains(&w.to_lowercase().as_str())
                && i.checked_sub(1)
                    .and_then(|j| words.get(j))
                    .is_some_and(|p| *p == "to" || i == k + 2 && p.len() > 3 && p.ends_with('s'))
        })
    });
    let own_verb = verb.is_some_and(|v| {
        let relative = words
            .get(..v)
            .unwrap_or(&[])
            .iter()
            .rposition(|w| matches!(*w, "which" | "who" | "whom" | "whose"));
        relative.is_none_or(|r| {
            let (Some(&(_, r_end)), Some(&(_, v_end))) = (spans.get(r), spans.get(v)) else {
                return false;
            };
            // The clause closed by a comma before the verb (`The report, which came out
            // on Tuesday, says`).
            lead.get(r_end..v_end).is_some_and(|t| t.contains(','))
        })
    });
    // `The report by the opposition`: another one, named by its author.
    let another = words
        .get(k + 1..(k + 4).min(words.len()))
        .unwrap_or(&[])
        .windows(2)
        .any(|w| matches!(w, [_, "by" | "from"]));
    // `His conclusion: “…”`, `Her verdict:`: the words of the one the sentence before
    // names and cites, given by what they are.
    // `Its headline is that …`, `His best line:`, `Best line, from Patel:`: what the words
    // are, after a possessive or an adjective of rank.
    let possessive = matches!(words.first(), Some(&("His" | "Her" | "Their" | "Its")));
    let mut at = usize::from(possessive);
    let ranked = words.get(at).is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "best" | "key" | "main" | "central" | "standout" | "final" | "closing"
        )
    });
    at += usize::from(ranked);
    let summed_up = (possessive || ranked)
        && words.get(at).is_some_and(|n| {
            [
                "conclusion",
                "conclusions",
                "verdict",
                "finding",
                "findings",
                "answer",
                "advice",
                "summary",
                "warning",
                "reply",
                "response",
                "point",
                "words",
                "message",
                "headline",
                "line",
                "lines",
                "takeaway",
            ]
            .contains(&n.to_lowercase().as_str())
        })
        && match words.get(at + 1..).unwrap_or(&[]) {
            [] => lead.trim_end().ends_with(':'),
            // `, from Patel:`: who said it, named.
            ["from", names @ ..] => {
                lead.trim_end().ends_with(':')
                    && (1..=3).contains(&names.len())
                    && names.iter().all(|n| n.starts_with(char::is_uppercase))
            }
            // `Its headline is that the new gardens “…”`.
            ["is" | "was", "that", rest @ ..] => rest.len() <= 8,
            _ => false,
        };
    let named_again = words
        .get(k)
        .is_some_and(|w| BACK_DETERMINERS.contains(w) || k == 1 && is_back_determiner(w));
    // A short quote (a word or two: `“co-design”`) goes on from the sentence before only
    // when its sentence says plainly that it reports those words: a verb of saying and
    // `that` (`It also says that residents will “co-design” …`, `Quist added that …`), a
    // colon, or a speaker going on after it (`“…,” it added.`); not `It calls the plan
    // “ambitious”` (the writer's word as likely as the work's).
    let explicit = || {
        from_trail
            || lead.trim_end().ends_with(':')
            || verb.is_some_and(|v| words.get(v + 1) == Some(&"that"))
    };
    if short && !explicit() {
        return None;
    }
    // `The authors are careful: “…”`: a few words naming the work (or its authors) again,
    // then a colon, introduce its words as a verb of saying would.
    // Not people the work owns (`The report's critics were scathing:`: others, whose words
    // these are; the sixty-third session's review); its part or its authors are the work's
    // (`The farm's summary is blunt:`).
    let colon_intro = !short
        && words.len() <= 6
        && lead.trim_end().ends_with(':')
        && words.iter().enumerate().all(|(j, w)| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            let possessive =
                w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’");
            !possessive
                || part_of_work(&words, j + 1)
                || words
                    .get(j + 1)
                    .is_some_and(|n| matches!(*n, "authors" | "author" | "editors" | "writers"))
        });
    (!widened && !over_block && summed_up
        || (again
            && (own_verb || continues || colon_intro)
            && !another
            // Over a block quotation, the speaker of its introduction going on (`Ana Lind
            // told the [paper](…):`, the block, `She also said that “…”`).
            && (!(widened || over_block) || named_again || over_block && continues || resumes)))
        .then_some(cited)
}

/// Whether a quote's sentence opens `The same study` (or report, paper, trial, …: a work
/// named by its kind, `words[k]` the determiner) after a sentence `prev` naming a work of
/// any of those kinds (`A ten-year trial at the farm [1] has published its results.`):
/// `same` says it is the work the sentence before cites, whatever word that sentence used.
/// Not when the text between (`since`) names another work of those kinds (`Critics produced
/// a study of their own.`: the same study is theirs; the sixty-third session's review).
fn same_work(words: &[&str], k: usize, prev: &str, since: &str) -> bool {
    let work = |w: &str| {
        let w = w.to_lowercase();
        SAME_WORKS.contains(&w.as_str()) || w == "studies" || w == "research"
    };
    words.get(k).is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && words.get(k + 1) == Some(&"same")
        && words.get(k + 2).is_some_and(|w| work(w))
        && prev.split(|c: char| !c.is_alphanumeric()).any(work)
        && !since.split(|c: char| !c.is_alphanumeric()).any(work)
}

/// Whether the text between a sentence citing a named speaker and a quotation's sentence
/// going on with them by pronoun `p` (`She also said that …`) leaves them its subject: short
/// (a sentence or two), no quotation, no verb of saying, no capitalised word but a
/// sentence's first (no one else named: `Bills rose by a fifth last year.`), and no
/// pronoun but `p` itself (not `He disagreed.` before `She also said`, nor `Her deputy
/// resigned.`, someone of hers who may be the one going on).
fn names_nobody(since: &str, p: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs",
    ];
    let own = p.to_lowercase();
    let t = since.trim();
    if t.len() > 200 || t.contains(['“', '”', '"', '«', '»', '„', '‘']) {
        return false;
    }
    let mut opens = true;
    for w in t.split_whitespace() {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = core.to_lowercase();
        if core.starts_with(char::is_uppercase) && !opens
            || super::speaker::is_speech_verb(core)
            || lower != own && PRONOUNS.contains(&lower.as_str())
        {
            return false;
        }
        opens = w.ends_with(['.', '!', '?']);
    }
    true
}

/// Whether `rest` (a quote's sentence from its verb) is a bare `said` (`“…,” Pike said.`,
/// `“…,” she said.`, `Pike said:`), nothing more (not `said at a public meeting`), after a
/// sentence whose citation is the speaker's own medium of saying, a few words after its
/// verb of saying (`Tom Pike said in a [release](…) that …`, `Okoye told the [Harbour Books
/// blog](…) that …`, `… Herrera wrote in a [post](…)`): `head` is that sentence (its clause)
/// up to the citation.
fn said_again(rest: &[&str], head: Option<&str>) -> bool {
    if !matches!(rest, ["said" | "says"]) {
        return false;
    }
    let Some(head) = head else {
        return false;
    };
    let words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let Some(v) = words.iter().rposition(|w| {
        matches!(
            *w,
            "said" | "says" | "told" | "tells" | "wrote" | "writes" | "posted" | "stated"
        )
    }) else {
        return false;
    };
    let between = words.get(v + 1..).unwrap_or(&[]);
    let verb = words.get(v).copied().unwrap_or("");
    let from = head.rfind(verb).map_or(head.len(), |i| i + verb.len());
    // (The verb's own words up to the citation: `in a`, `in her`, `the Harbour Books`;
    // not `that the report by`.)

    // `said in a [post](…)`, `wrote on her [blog](…)`; `told` has its hearer (`told the
    // [Gazette](…)`). Not `said the [report](…) was wrong`.
    let medium = matches!(verb, "told" | "tells")
        || matches!(between.first(), Some(&("in" | "on" | "via" | "through")));
    medium
        && between.len() <= 5
        && !between
            .iter()
            .any(|w| matches!(*w, "that" | "which" | "who" | "by" | "about" | "of"))
        && !head.get(from..).unwrap_or("").contains([',', ';', ':'])
}

/// The words after a quotation's closing mark as a plain credit: past a bracket opening
/// them (`(translated from French), Mayor Claire Dumont wrote …`) and without an
/// affiliation after the name (`, lead author Dr Keiko Arai of the University of Nara
/// wrote …`: capitalised words after `of`, `the` and `for` among them, up to the verb).
/// `None` when neither is there.
fn plain_credit(after: &str) -> Option<String> {
    let mut t = after.trim_start_matches([',', ' ', '”', '"', '’']);
    let mut changed = false;
    if let Some(r) = t.strip_prefix('(') {
        let close = r.find(')').filter(|&c| c <= 60)?;
        t = r.get(close + 1..)?;
        changed = true;
    }
    let mut out = String::with_capacity(t.len() + 2);
    out.push_str(", ");
    let t = t.trim_start_matches([',', ' ']);
    match t.find(" of ").filter(|&i| i <= 60) {
        Some(i) => {
            let rest = t.get(i + 4..)?;
            let ws: Vec<&str> = rest.split_whitespace().take(8).collect();
            let verb = ws
                .iter()
                .position(|w| super::speaker::is_speech_verb(w))
                .filter(|&v| v > 0)?;
            let affiliation = ws.get(..verb)?.iter().all(|w| {
                w.starts_with(char::is_uppercase) || matches!(*w, "the" | "of" | "for" | "and")
            });
            if affiliation
                && ws
                    .get(..verb)?
                    .iter()
                    .any(|w| w.starts_with(char::is_uppercase))
            {
                out.push_str(t.get(..i)?);
                out.push(' ');
                out.push_str(&ws.get(verb..)?.join(" "));
                changed = true;
            } else {
                out.push_str(t);
            }
        }
        None => out.push_str(t),
    }
    changed.then_some(out)
}

/// Whether `rest` (a quote's sentence from its verb: `told the audience`, `told
/// reporters`) says the speaker told those at the occasion the sentence before (`prev`)
/// names and cites: `the audience`, `the meeting` at a lecture, talk, speech or hearing;
/// `the paper`, `the programme` in an interview or a series; `reporters` at a briefing or
/// a press conference. Nothing more may follow.
fn told_those_there(rest: &[&str], prev: &str) -> bool {
    const GATHERED: &[&str] = &[
        "audience",
        "crowd",
        "meeting",
        "conference",
        "gathering",
        "hall",
        "room",
        "assembly",
        "congregation",
        "delegates",
        "students",
        "committee",
        "hearing",
        "forum",
        "summit",
    ];
    const EVENTS: &[&str] = &[
        "lecture",
        "lectures",
        "talk",
        "speech",
        "address",
        "keynote",
        "sermon",
        "meeting",
        "conference",
        "forum",
        "rally",
        "hearing",
        "presentation",
        "seminar",
        "symposium",
        "panel",
        "debate",
        "summit",
        "assembly",
        "gathering",
    ];
    const OUTLETS: &[&str] = &[
        "paper",
        "newspaper",
        "magazine",
        "programme",
        "program",
        "show",
        "podcast",
        "station",
        "broadcaster",
        "outlet",
        "publication",
    ];
    const INTERVIEWS: &[&str] = &[
        "interview",
        "interviews",
        "series",
        "podcast",
        "programme",
        "program",
        "show",
        "profile",
        "episode",
        "broadcast",
        "documentary",
    ];
    const PRESS: &[&str] = &["briefing", "conference", "interview", "scrum"];
    let (verb, who) = match rest {
        [v, "the", n] => (*v, *n),
        [v, n] => (*v, *n),
        _ => return false,
    };
    if !matches!(verb, "told" | "tells") {
        return false;
    }
    let occasions = if GATHERED.contains(&who) {
        EVENTS
    } else if OUTLETS.contains(&who) && rest.len() == 3 {
        INTERVIEWS
    } else if matches!(who, "reporters" | "journalists") && rest.len() == 2 {
        PRESS
    } else {
        return false;
    };
    prev.split(|c: char| !c.is_alphanumeric())
        .any(|w| occasions.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// The name a sentence's subject gives after capitalised titles or roles (`Council Leader
/// Alan Birkett said …`, `Harbour Master Jo Reyes told …`): capitalised words only, up to
/// five, then a verb of saying. `None` when the sentence opens otherwise.
fn titled_subject(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(7)
        .collect();
    let verb = words
        .iter()
        .position(|w| super::speaker::is_speech_verb(w))?;
    let run = words.get(..verb)?;
    ((2..=5).contains(&run.len())
        && run.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        })
        && !is_back_determiner(run.first()?))
    .then(|| run.join(" "))
}

/// Whether a pronoun going on (`she added`, `He added:`) is of the other gender than the
/// speaker of the sentence before (`prev`), where that is known for sure: a title before
/// the subject's name (`Mr Tom Pike said …`, `“…,” Ms Shah said …`), or a pronoun that
/// sentence already gave a speaker (`… where he said …`). Never guessed from a given name.
fn other_gender(pronoun: &str, prev: &str, fronted: usize, opens_quoted: bool) -> bool {
    let female = match pronoun {
        "She" => true,
        "He" => false,
        _ => return false,
    };
    let gender = |w: &str| match w.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" => Some(false),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" => Some(true),
        _ => None,
    };
    // The subject: the first words of the sentence (past a fronted phrase), or those right
    // after a quotation opening it.
    let subject = if opens_quoted {
        around_quote(prev).map_or("", |(_, after)| after)
    } else {
        prev.get(fronted..).unwrap_or("")
    };
    let titled = subject
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| !w.is_empty())
        .take(4)
        .find_map(gender);
    // A pronoun right before a verb of saying.
    let words: Vec<&str> = prev
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let said = words.windows(2).find_map(|w| match w {
        [p, v] if super::speaker::is_speech_verb(v) => match p.to_lowercase().as_str() {
            "she" => Some(true),
            "he" => Some(false),
            _ => None,
        },
        _ => None,
    });
    titled.is_some_and(|g| g != female) || said.is_some_and(|g| g != female)
}

/// The words after a quote opening its sentence, trimmed, when they say only that its
/// speaker goes on: `, Birkett added.`, `,” he added.`, `,” he added, ` (before the rest of
/// a split quotation), `, it added.`, `, the statement said.` (the work cited before), `, added Birkett.`, `, Mr Birkett
/// went on.` (read as the words before a quote are by [`preceding`]); `None` otherwise.
fn trail_going_on(trail: &str) -> Option<&str> {
    let t = trail
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | ','));
    if t.is_empty() || t.len() > 60 {
        return None;
    }
    let mut n = 0;
    for w in t.split_whitespace() {
        n += 1;
        // Words only (`Mr.` too): no clause, bracket or further quotation.
        let w = w.strip_suffix('.').filter(|r| r.len() <= 4).unwrap_or(w);
        if n > 6
            || !w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        {
            return None;
        }
    }
    let first = t.split_whitespace().next()?;
    (matches!(
        first,
        "he" | "she" | "they" | "it" | "the" | "this" | "added" | "continued"
    ) || first.starts_with(char::is_uppercase))
    .then_some(t)
}

/// The text before the opening mark and after the closing mark of the quotation in `s` (a
/// sentence), or `None` when it holds none. British single marks too (`‘…,’ Priya Shah
/// said`): closed by the last `’` no letter follows (not an apostrophe: `Shah’s`, `don’t`).
fn around_quote(s: &str) -> Option<(&str, &str)> {
    [("“", "”"), ("«", "»"), ("\"", "\"")]
        .into_iter()
        .find_map(|(o, c)| {
            let (before, _) = s.split_once_str(o)?;
            let (inner_and, after) = s.rsplit_once_str(c)?;
            (inner_and.len() >= before.len() + o.len()).then_some((before, after))
        })
        .or_else(|| {
            let (before, rest) = s.split_once_str("‘")?;
            let close = rest
                .str_indices("’")
                .filter(|&i| {
                    !rest
                        .get(i + '’'.len_utf8()..)
                        .is_some_and(|t| t.starts_with(char::is_alphabetic))
                })
                .last()?;
            Some((before, rest.get(close + '’'.len_utf8()..)?))
        })
}

/// How many of `words` open it as a person's name: `(titles, end)`, the titles first (at
/// most two: `Mr`, `Deputy Mayor`) and the name's words up to `end` (at most three: `Lind`,
/// `Tove Lind`); `end == titles` when no name follows.
fn name_run(words: &[&str]) -> (usize, usize) {
    let titles = words
        .iter()
        .take(2)
        .take_while(|w| super::speaker::is_title(w))
        .count();
    let names = words
        .iter()
        .skip(titles)
        .take(3)
        .take_while(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && cs.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        })
        .count();
    (titles, titles + names)
}

/// Whether `name` (a name's words, titles aside: `Birkett`, `Alan Birkett`) is the person
/// `speaker` names (`Alan Birkett`, `Councillor Alan Birkett`): its last word one of the
/// speaker's and no given name against it (`Tom Birkett` is another person).
fn same_person(name: &[&str], speaker: &str) -> bool {
    let Some(&surname) = name.last() else {
        return false;
    };
    surname.chars().count() >= 2
        && speaker
            .split(|c: char| c.is_whitespace() || c == '-')
            .any(|w| w == surname)
        && (name.len() == 1 || !super::speaker::different_people(&name.join(" "), speaker))
}

/// Whether `lead` (a sentence ending with a colon that introduces a block quotation) is a
/// short pointer back to what the sentence before cites: `The key sentence:`, `The key
/// passage:`, `It reads:`, `The relevant line:`, `In full:`, `The passage in question:`.
fn back_lead_in(lead: &str) -> bool {
    const NOUNS: &[&str] = &[
        "sentence",
        "sentences",
        "passage",
        "passages",
        "line",
        "lines",
        "paragraph",
        "paragraphs",
        "section",
        "part",
        "bit",
        "text",
        "wording",
        "clause",
        "excerpt",
        "extract",
        "finding",
        "conclusion",
    ];
    const ADJECTIVES: &[&str] = &[
        "key",
        "relevant",
        "crucial",
        "operative",
        "central",
        "critical",
        "important",
        "main",
        "full",
        "final",
        "last",
        "first",
        "opening",
        "closing",
        "pertinent",
        "telling",
    ];
    let t = lead.trim();
    let Some(t) = t.strip_suffix([':', '\u{ff1a}']) else {
        return false;
    };
    if t.len() > 48 {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.as_slice() {
        ["In", "full" | "part"] | ["Verbatim"] => true,
        ["It", v] | ["It", "then", v] => {
            matches!(
                *v,
                "reads" | "says" | "states" | "begins" | "continues" | "concludes" | "runs"
            )
        }
        [det, rest @ ..] if matches!(*det, "The" | "Its" | "Key" | "Relevant") => {
            let rest = if matches!(*det, "Key" | "Relevant") {
                words.as_slice()
            } else {
                rest
            };
            let (noun, tail) = match rest {
                [a, n, tail @ ..] if ADJECTIVES.contains(&a.to_lowercase().as_str()) => (*n, tail),
                [n, tail @ ..] => (*n, tail),
                [] => return false,
            };
            NOUNS.contains(&noun)
                && matches!(tail, [] | ["in", "question"] | ["reads" | "says" | "runs"])
        }
        _ => false,
    }
}

/// Whether `lead` (a sentence ending with a colon that introduces a block quotation) says
/// that someone wrote or said the words in the work the sentence before (`prev`) cites:
/// `In it she wrote:`, `In it, Okafor says:`, `In the letter, she wrote:` (`letter` among
/// the words of `prev`), `In that report the inspectors warned:`. The speaker is a pronoun
/// or a capitalised name (at most three words), then one verb of saying.
fn in_the_work_lead_in(lead: &str, prev: &str) -> bool {
    let Some(t) = lead.trim().strip_suffix([':', '\u{ff1a}']) else {
        return false;
    };
    if t.len() > 64 || !t.starts_with("In ") {
        return false;
    }
    let words: Vec<&str> = t
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    let rest = match words.as_slice() {
        ["In", "it", rest @ ..] => rest,
        ["In", "the" | "that" | "this", noun, rest @ ..] => {
            let noun = noun.to_lowercase();
            let named = noun.chars().count() >= 3
                && prev
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(&noun));
            if !named {
                return false;
            }
            rest
        }
        _ => return false,
    };
    let Some((verb, who)) = rest.split_last() else {
        return false;
    };
    let says = SAYING.contains(verb) || super::speaker::is_speech_verb(verb);
    let speaker = match who {
        [p] if matches!(*p, "she" | "he" | "they") => true,
        [] => false,
        names => {
            names.len() <= 3
                && names.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
                })
        }
    };
    says && speaker
}

/// Whether `lead` (a sentence ending with a colon that introduces a block quotation) names
/// the work the sentence before (`prev`) cites, or a numbered part of it, as the one whose
/// words follow: `Step 10 is the one that matters here:`, `Its section 4.2 reads:` (a
/// part named by its number), `The specification says:` (`specification` among the words
/// of `prev`, then one verb of saying). `None` when it is no such lead-in; else the word
/// naming the work, when the lead-in has one (`specification`; `treaty` in `Article 5 of
/// the treaty says:`), which a link cited for it must name as well.
fn work_again_lead_in<'a>(lead: &'a str, prev: &str) -> Option<Option<&'a str>> {
    const PARTS: &[&str] = &[
        "step",
        "section",
        "clause",
        "article",
        "rule",
        "paragraph",
        "requirement",
        "recommendation",
        "principle",
        "chapter",
        "item",
    ];
    let t = lead.trim().strip_suffix([':', '\u{ff1a}'])?;
    if t.len() > 48 {
        return None;
    }
    let all: Vec<&str> = t.split_whitespace().collect();
    // (`Its step 10 says:`: the work's own part.)
    let words = match all.as_slice() {
        ["Its", rest @ ..] => rest,
        _ => all.as_slice(),
    };
    let [part, n, rest @ ..] = words else {
        return None;
    };
    let numbered = PARTS.contains(&part.to_lowercase().as_str())
        && n.trim_end_matches([',', '.'])
            .starts_with(|c: char| c.is_ascii_digit());
    if numbered {
        // `Article 5 of the treaty says:`, `Section 4 of the Paris Agreement reads:`: the
        // part of a work the lead-in names (its first word after an article).
        let named = match rest {
            ["of" | "in", "the" | "The", w, ..] | ["of" | "in", w, ..] => {
                Some(w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            }
            _ => None,
        };
        return Some(named);
    }
    let again = *part == "The"
        && words.len() == 3
        && n.chars().count() >= 4
        && words.get(2).is_some_and(|v| SAYING.contains(v))
        && prev
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(n));
    again.then_some(Some(*n))
}

/// Whether `text` has `word` among its words (letters and digits), case aside, or its
/// singular (`guideline` in `Guidelines`) or plural.
fn names_word(text: &str, word: &str) -> bool {
    let w = word.to_lowercase();
    let stem = w.strip_suffix('s').unwrap_or(&w);
    !stem.is_empty()
        && text
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .any(|t| t == w || t.strip_suffix('s').unwrap_or(&t) == stem)
}

/// Whether `words` from `at` name a part of a work, one adjective first at most:
/// `abstract`, `summary`, `executive summary`, `key finding`, `opening line`.
fn part_of_work(words: &[&str], at: usize) -> bool {
    const PARTS: &[&str] = &[
        "abstract",
        "summary",
        "conclusion",
        "conclusions",
        "introduction",
        "foreword",
        "preface",
        "preamble",
        "overview",
        "synopsis",
        "headline",
        "finding",
        "findings",
        "recommendation",
        "recommendations",
        "line",
        "lines",
        "paragraph",
        "sentence",
        "section",
        "chapter",
        "text",
        "wording",
        "blurb",
        "standfirst",
        "subtitle",
    ];
    const ADJECTIVES: &[&str] = &[
        "executive",
        "key",
        "main",
        "central",
        "opening",
        "first",
        "final",
        "closing",
        "last",
        "concluding",
        "summary",
        "headline",
        "lead",
        "own",
        "short",
    ];
    let part = |i: usize| words.get(i).is_some_and(|w| PARTS.contains(w));
    part(at) || words.get(at).is_some_and(|w| ADJECTIVES.contains(w)) && part(at + 1)
}

/// Kinds of work (and parts of one) a sentence may name again by a word of the citation's
/// own title or link (`guidelines` for `*Guidelines for Drinking-water Quality*`, `section`
/// for `[RFC 9110, section 8.6](…)`).
const WORK_KINDS: [&str; 16] = [
    "section",
    "guidelines",
    "guideline",
    "guidance",
    "specification",
    "spec",
    "standard",
    "charter",
    "code",
    "convention",
    "treaty",
    "directive",
    "regulation",
    "handbook",
    "manual",
    "constitution",
];

/// The kind of work in `the same section`, `the same guidelines` ([`WORK_KINDS`]).
fn same_work_noun(t: &str) -> Option<&'static str> {
    let word = word_after_the_same(t)?;
    WORK_KINDS.iter().find(|r| **r == word).copied()
}

/// The word after the first `the same` (or `The same`) in `t`.
fn word_after_the_same(t: &str) -> Option<&str> {
    let at = t.find("the same").or_else(|| t.find("The same"))?;
    t.get(at + 8..)?
        .strip_prefix(char::is_whitespace)?
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
}

/// The record a sentence says its quotation comes from again: `statement` in `she said in
/// the same statement`, `interview` in `In the same interview, he …`.
fn same_source_noun(t: &str) -> Option<&'static str> {
    const RECORDS: [&str; 16] = [
        "statement",
        "interview",
        "letter",
        "post",
        "speech",
        "email",
        "e-mail",
        "report",
        "article",
        "briefing",
        "release",
        "video",
        "podcast",
        "hearing",
        "thread",
        "memo",
    ];
    let at = t.find("the same").or_else(|| t.find("The same"))?;
    let rest = t.get(at + 8..)?;
    let word = rest
        .strip_prefix(char::is_whitespace)?
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()?;
    RECORDS.iter().find(|r| **r == word).copied()
}

/// The names a quote's sentence gives (its capitalised words: `Whitlock` in `In the same
/// post, Whitlock promised that`), from its text before the quote (`lead`) and after it
/// (`trail`); not a word that opens sentences (`In`, `The`, `She`), a month's or a day's.
fn sentence_names<'a>(lead: &'a str, trail: &'a str) -> Vec<&'a str> {
    const NOT_NAMES: &[&str] = &[
        "According",
        "However",
        "Still",
        "Now",
        "For",
        "While",
        "Yet",
        "So",
        "Both",
        "Another",
        "One",
        "Some",
        "Responding",
        "Addressing",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "I",
        "In",
        "The",
        "He",
        "She",
        "They",
        "It",
        "We",
        "On",
        "At",
        "As",
        "And",
        "But",
        "Also",
        "Asked",
        "Speaking",
        "Writing",
        "Later",
        "Earlier",
        "Then",
        "There",
        "This",
        "That",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "After",
        "During",
        "When",
        "Elsewhere",
        "Separately",
        "Meanwhile",
        "Mr",
        "Ms",
    ];
    let words = |t: &'a str| {
        t.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.chars().count() >= 2)
    };
    words(lead)
        .chain(words(trail))
        .filter(|w| {
            w.starts_with(char::is_uppercase)
                && !NOT_NAMES.contains(w)
                && !super::is_title_abbreviation(w)
                && !super::MONTH_NAMES.contains(w)
                && !w.ends_with("day")
        })
        .collect()
}

/// Whether `t` has the word `w` (whole, case kept).
fn has_word(t: &str, w: &str) -> bool {
    t.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|x| x == w)
}

/// Whether a sentence's words after its subject (`words[0]`) say that the speaker goes on:
/// `added`, `continued`, `went on`, or `also` / `further` and a verb of saying.
fn goes_on_saying(words: &[&str], is_saying: impl Fn(&&str) -> bool) -> bool {
    match words.get(1) {
        Some(&("added" | "adds" | "continued" | "continues")) => true,
        Some(&"went") => words.get(2) == Some(&"on"),
        Some(&("also" | "further")) => words.get(2).is_some_and(is_saying),
        _ => false,
    }
}

/// Whether the text from one quote's end (`from`) to the next's opening mark (`to`) joins
/// them in one saying, nothing cited between: `“…” and that “…”`, `“…” and says the
/// coalition will be “…”`; not `“…”; the council said “…”` or a new sentence.
fn joined(
    b: &Block,
    ms: &[(usize, usize, usize)],
    ls: &[(usize, usize, usize)],
    from: usize,
    to: usize,
) -> bool {
    let Some(between) = b.text.get(from..to) else {
        return false;
    };
    let t = between.trim_start_matches([',', ' ']);
    // The same speaker goes on: `and that`, `and says`, not `and opposition MPs called it`
    // or `and this week he called it`.
    let next = t
        .strip_prefix("and")
        .filter(|r| r.starts_with(char::is_whitespace))
        .and_then(|r| r.split_whitespace().next())
        .map(|w| w.trim_end_matches(','));
    // `, while noting that`, `, adding that`, `before warning that`: the speaker's own
    // gerund of saying.
    let gerund = {
        let r = t
            .strip_prefix("while ")
            .or_else(|| t.strip_prefix("before "))
            .unwrap_or(t);
        let mut ws = r.split_whitespace();
        ws.next().is_some_and(saying_gerund) && ws.next().is_none_or(|w| w == "that")
    };
    // `, a result they described as`, `, which she called`: the subject, as a pronoun,
    // naming its own words again (not `a phrase critics called`: someone else).
    let described = || {
        let ws: Vec<&str> = t.split_whitespace().collect();
        let Some(p) = ws
            .iter()
            .position(|w| matches!(*w, "they" | "she" | "he" | "it"))
        else {
            return false;
        };
        let lead_ok = ws
            .first()
            .is_some_and(|w| matches!(*w, "a" | "an" | "which" | "what" | "one" | "something"))
            && p <= 3;
        let verb_ok = ws.get(p + 1).is_some_and(|v| SAYING.contains(v));
        let tail_ok = match ws.get(p + 2..).unwrap_or(&[]) {
            [] => true,
            [w] => matches!(*w, "as" | "it"),
            _ => false,
        };
        lead_ok && verb_ok && tail_ok
    };
    starting_in(ms, from, to).is_empty()
        && starting_in(ls, from, to).is_empty()
        && (gerund
            || next.is_some_and(|w| w == "that" || w == "calls" || SAYING.contains(&w))
            || described())
        && !between.contains(['.', ';', ':', '!', '?'])
        && count_words(between) <= 8
}

/// The citations of the sentence starting after byte `from` of block `b`, when that
/// sentence refers back to the quotation ending before it ([`refers_back`]: `The statement
/// was [published](…) shortly after.`, `That passage comes from …[4]`) and holds no other
/// quotation (`next`, the block's next quotation, opens after it).
#[allow(clippy::too_many_arguments, reason = "one quotation's sentence")]
fn next_sentence_source(
    ctx: &Ctx<'_>,
    b: &Block,
    ms: &[(usize, usize, usize)],
    ls: &[(usize, usize, usize)],
    next: Option<&Span>,
    from: usize,
    spoken: Option<&str>,
    out: &mut Vec<QuoteCitation>,
) {
    let text = b.text.as_str();
    let Some(rest) = text.get(from..) else {
        return;
    };
    let start = from + (rest.len() - rest.trim_start().len());
    if start >= text.trim_end().len() {
        return;
    }
    let end = sentence_end(text, start, ms);
    if next.is_some_and(|n| n.open < end)
        || !text
            .get(start..end)
            .is_some_and(|t| refers_back(t) && !not_their_document(spoken, t))
    {
        return;
    }
    for &(_, _, mi) in starting_in(ms, start, end) {
        ctx.cite_marker(mi, Attribution::Following, out);
    }
    for &(_, _, li) in starting_in(ls, start, end) {
        ctx.cite_link(li, Attribution::Following, out);
    }
}

/// The link of the line after a quotation's sentence (which ends at `from`) in its
/// paragraph, when that line ends the paragraph and is nothing but a label naming a record
/// and a web address written out (`Full briefing: https://…`; see [`label_credit`]).
fn labelled_line_after(
    ctx: &Ctx<'_>,
    b: &Block,
    ms: &[(usize, usize, usize)],
    ls: &[(usize, usize, usize)],
    from: usize,
) -> Option<usize> {
    let text = b.text.as_str();
    let rest = text.get(from..)?;
    let gap = rest.len() - rest.trim_start().len();
    if !rest.get(..gap)?.contains('\n') {
        return None;
    }
    let start = from + gap;
    let &[(lstart, lend, li)] = starting_in(ls, start, text.len() + 1) else {
        return None;
    };
    let written_out = ctx.links.get(li).is_some_and(|l| {
        matches!(l.kind, LinkKind::Bare | LinkKind::Autolink)
            || l.text.starts_with("http")
            || l.text.starts_with("www.")
    });
    (written_out
        && starting_in(ms, start, text.len() + 1).is_empty()
        && glue_end(b, lend, text.len(), ms, false) == text.len()
        && label_credit(text.get(start..lstart)?, true))
    .then_some(li)
}

/// The link right after a later quote of the quote `si`'s sentence (`s_start..s_end`) that
/// goes on with the same saying (`She called the path “…” and the project “…”
/// ([op-ed](…))`, `“…” — in her words, “…” ([op-ed](…))`), when that is the sentence's one
/// source: every link in it points to the same page and no marker stands in it. Between
/// the quotes, only a few words with no verb of saying, no new clause and no name (another
/// speaker: `“…”, while Ruiz called it “…” ([interview](…))`), or [`joined`] words.
#[allow(clippy::too_many_arguments, reason = "one quotation's sentence")]
fn one_sayings_link(
    ctx: &Ctx<'_>,
    b: &Block,
    ms: &[(usize, usize, usize)],
    ls: &[(usize, usize, usize)],
    spans: &[Span],
    si: usize,
    s_start: usize,
    s_end: usize,
) -> Option<usize> {
    let mut last_close = spans.get(si)?.close_end?;
    let mut found = None;
    for n in spans
        .get(si + 1..)?
        .iter()
        .take_while(|n| n.open < s_end)
        .take(8)
    {
        let gap = b.text.get(last_close..n.open)?;
        if !(same_saying_gap(gap) || joined(b, ms, ls, last_close, n.open))
            || !starting_in(ls, last_close, n.open).is_empty()
            || !starting_in(ms, last_close, n.open).is_empty()
        {
            return None;
        }
        let close = n.close_end?;
        // (The sentence may seem to end inside the later quote: `has ... been`.)
        let own = ls
            .get(ls.partition_point(|l| l.0 < close))
            .filter(|l| only_glue_or_open(b, close, l.0, ms));
        if let Some(&(_, lend, li)) = own {
            found = Some((li, lend));
            break;
        }
        last_close = close;
    }
    let (li, lend) = found?;
    let url = &ctx.links.get(li)?.url;
    let sentence_links = starting_in(ls, s_start, s_end.max(lend));
    (sentence_links.len() <= 8
        && sentence_links
            .iter()
            .all(|l| ctx.links.get(l.2).is_some_and(|x| &x.url == url))
        && starting_in(ms, s_start, s_end.max(lend)).is_empty())
    .then_some(li)
}

/// Whether the words between two quotes go on with one saying: `and the project`, `— in her
/// words,`, `— or in full,`; no stop, no verb of saying, no new clause, no capitalised word
/// (a speaker named), five words at most.
fn same_saying_gap(gap: &str) -> bool {
    if gap.len() > 80 || gap.contains(['.', ';', ':', '!', '?', '(', ')']) || gap.has_str(", and ")
    {
        return false;
    }
    let words: Vec<&str> = gap
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 5
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            !w.starts_with(char::is_uppercase)
                && !SAYING.contains(&lower.as_str())
                && !SAYING_ELSEWHERE.contains(&lower.as_str())
                && !matches!(
                    lower.as_str(),
                    "but" | "while" | "whereas" | "though" | "although" | "yet" | "who" | "which"
                )
        })
}

/// A quote nothing else backs is backed by a marker shortly before it in its sentence
/// (`According to the survey¹, “…”`, `One review (Okafor, 2021) noted that “…”`): the
/// nearest one, unless a clause starts between them (`;`, `, and`, `, but`) or the marker
/// belongs to an earlier quote (it follows that quote's closing mark).
fn marker_just_before(
    ctx: &Ctx<'_>,
    b: &Block,
    ms: &[(usize, usize, usize)],
    spans: &[Span],
    s_start: usize,
    open: usize,
    citations: &mut Vec<QuoteCitation>,
) {
    let hi = ms.partition_point(|m| m.0 < open);
    let Some(&(mstart, mend, mi)) = ms
        .get(..hi)
        .unwrap_or(&[])
        .iter()
        .rev()
        .find(|m| m.1 <= open)
    else {
        return;
    };
    // A marker where the sentence starts ends the sentence before (`… in May.[^1] Critics
    // said “…”`).
    if mstart <= s_start {
        return;
    }
    let Some(between) = b.text.get(mend..open) else {
        return;
    };
    let lower = between.to_lowercase();
    // A marker closing a phrase fronted to the sentence (`In a later paper [1], Benn and
    // Okafor go further: “…”`, `In her 2021 book,[4] she writes`) cites the main clause's
    // quotation: the clause may have a compound subject, and its colon introduces the quote.
    let head = b.text.get(s_start..mstart).unwrap_or("").trim_start();
    let fronted = ["In ", "According to ", "As ", "For ", "From "]
        .iter()
        .any(|w| head.starts_with(w))
        && (head.trim_end().ends_with(',') || between.starts_with(','));
    let body = if fronted {
        between.trim_end().trim_end_matches(':')
    } else {
        between
    };
    // A colon right after the marker introduces the quotation (`The Commissioner wrote
    // [1]: “…”`, `What the Commissioner said in 2019 [2]: public bodies must “…”`).
    // Only after a verb of saying (`Sales fell 12% last year [1]: the chief executive
    // called it “…”` gives the statistics' source, not the quotation's).
    let colon_intro = between
        .trim_start()
        .strip_prefix([':', '：'])
        .is_some_and(|r| !r.contains([';', '；', ':', '：']))
        && b.text
            .get(s_start..mstart)
            .unwrap_or("")
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| SAYING.contains(&w) || SAYING_ELSEWHERE.contains(&w));
    // The comma may stand before the marker (`rose to 5%,[1] but the governor said “…”`).
    // A clause whose subject is `it` saying the quotation resumes the work just cited
    // (`She cites the Portas review[fn:1] in support, though it says only that “…”`);
    // a person (`but she said`) may be anyone.
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let it_says = |k: usize| {
        words.get(k + 1) == Some(&"it")
            && words.get(k + 2).is_some_and(|v| {
                SAYING.contains(v) || words.get(k + 3).is_some_and(|v| SAYING.contains(v))
            })
    };
    // A clause after a semicolon or colon whose subject takes up the work just cited and
    // says the quotation (`The harbour board minutes [1] are vaguer: they only say the work
    // is “…”`, `… is described in [9]; its authors caution that “…”`) quotes that work.
    let resumed = (!colon_intro)
        .then(|| resumes_cited_work(b.text.get(s_start..mstart).unwrap_or(""), body))
        .flatten();
    let new_clause = !colon_intro && resumed.is_none() && body.contains([';', '；', ':'])
        || words.iter().enumerate().any(|(k, w)| {
            matches!(
                *w,
                "and" | "but" | "while" | "whereas" | "though" | "although" | "yet" | "or"
            ) && !(fronted && *w == "and")
                && !it_says(k)
        });
    // A reporting verb between them (`In a statement,[1] the council said it would press
    // for “…”`) ties them over a longer reach.
    // Only with no comma after the verb: `found just 4,000 residents, a number the mayor
    // later termed “…”` gives the words to someone else.
    let is_verb = |w: &str| SAYING.contains(&w) || SAYING_ELSEWHERE.contains(&w);
    let reporting = words.iter().any(|w| is_verb(w))
        && ({
            let verb_at = SAYING
                .iter()
                .filter_map(|v| lower.find(v))
                .min()
                .or_else(|| {
                    // Another language's verb: where the first one stands as a word.
                    let mut at = 0;
                    lower.split(|c: char| !c.is_alphanumeric()).find_map(|w| {
                        let here = at;
                        at += w.len()
                            + lower
                                .get(at + w.len()..)
                                .and_then(|r| r.chars().next())
                                .map_or(0, char::len_utf8);
                        is_verb(w).then_some(here)
                    })
                })
                .unwrap_or(0);
            !lower.get(verb_at..).unwrap_or("").contains(',')
        });
    // The marker on the subject that says the words (`Our response (3) states that the
    // proposed 40 new homes at Hollins Field are “…”`): its `that` clause, a longer one.
    let subject_says = words.first().is_some_and(|w| is_verb(w))
        && words.get(1).is_some_and(|w| *w == "that")
        && !between.contains(',');
    let reach = if subject_says {
        2 * LEAD_WORDS_REPORTING
    } else if reporting {
        LEAD_WORDS_REPORTING
    } else {
        LEAD_WORDS
    };
    // Over a resumed clause: a short rest of the marker's clause (`are vaguer`), then the
    // resuming clause up to the quotation with the reach a verb of saying gives.
    let too_far = match resumed {
        Some(cut) => {
            count_words(body.get(..cut).unwrap_or("")) > LEAD_WORDS / 2
                || count_words(body.get(cut..).unwrap_or("")) > LEAD_WORDS_REPORTING
        }
        None => count_words(between) > reach,
    };
    if new_clause || too_far {
        return;
    }
    // `“…”¹ and “…”`: the marker is the first quote's.
    let after_quote = spans.iter().any(|q| {
        q.close_end
            .is_some_and(|c| c <= mstart && only_glue(b, c, mstart, ms))
    });
    if !after_quote {
        // The markers of one group (`[2–4]`, `[3, 4]`, `¹˒²`) before it too, in order.
        let mut group = vec![mi];
        let mut at = mstart;
        for &(ps, pe, pi) in ms.get(..hi).unwrap_or(&[]).iter().rev() {
            if ps == mstart && pi == mi {
                continue;
            }
            // Markers expanded from one bracket (`[2–4]`, `[3, 4]` in text) share its span.
            let same_bracket = ps == at;
            let glue = b.text.get(pe.min(at)..at).unwrap_or("");
            if !same_bracket
                && (pe > at || ps <= s_start || !glue.chars().all(|c| MARKER_GLUE.contains(&c)))
            {
                break;
            }
            group.push(pi);
            at = ps;
        }
        for &g in group.iter().rev() {
            ctx.cite_marker(g, Attribution::MarkerBefore, citations);
        }
    }
}

/// Verbs of saying in the plain form a plural subject takes (`they say`, `its authors
/// caution`), lower case: only for a clause resuming a cited work ([`resumes_cited_work`]).
const SAYING_PLURAL: &[&str] = &[
    "acknowledge",
    "add",
    "admit",
    "argue",
    "call",
    "caution",
    "cautions",
    "claim",
    "conclude",
    "concede",
    "contend",
    "describe",
    "emphasise",
    "emphasize",
    "explain",
    "find",
    "insist",
    "maintain",
    "mention",
    "note",
    "observe",
    "propose",
    "record",
    "report",
    "say",
    "show",
    "state",
    "stress",
    "suggest",
    "warn",
    "write",
];

/// Where the clause starts, in `between` (the text from a marker to the quotation after
/// it), when that clause follows the marker's clause after one semicolon or colon and its
/// subject takes up the work the marker cites, then says the quotation: `it` (`: it says
/// only that`), the work's authors (`; its authors caution that`, `; the authors note`), or
/// `they` when the marker closes the noun phrase opening its sentence (`The harbour board
/// minutes [1] are vaguer: they only say`; in `Residents protested at the rulings [1]: they
/// said …`, `they` may be the residents). The verb follows the subject, one adverb at most
/// between. `head`: the sentence before the marker.
fn resumes_cited_work(head: &str, between: &str) -> Option<usize> {
    let breaks = between.match_indices([';', '；', ':', '：']).count();
    let (cut, mark) = between.match_indices([';', '；', ':', '：']).next()?;
    if breaks != 1 {
        return None;
    }
    let rest = between.get(cut + mark.len()..)?;
    let words: Vec<String> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_lowercase)
        .collect();
    let word = |k: usize| words.get(k).map_or("", String::as_str);
    let says = |k: usize| {
        (k..=k + 1).any(|i| {
            let w = word(i);
            SAYING.contains(&w) || SAYING_PLURAL.contains(&w)
        })
    };
    let authors = |w: &str| matches!(w, "author" | "authors" | "editors" | "compilers");
    // The marker closes its sentence's opening noun phrase: a determiner, a few words, no
    // verb or comma to tell (`The harbour board minutes`).
    let subject_phrase = || {
        let h: Vec<&str> = head.split_whitespace().collect();
        (2..=5).contains(&h.len())
            && h.first()
                .is_some_and(|d| ["The", "These", "Those", "Its", "Their", "Both"].contains(d))
            && !head.contains([',', ';', ':'])
    };
    // The noun right before the marker named again (`what the leaflet [2] says: the
    // leaflet calls it “…”`).
    let cited_noun = head
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .filter(|w| w.chars().count() >= 3)
        .is_some_and(|w| w.eq_ignore_ascii_case(word(1)));
    let resumed = match word(0) {
        "it" => says(1),
        "its" | "their" => authors(word(1)) && says(2),
        "the" | "this" | "that" => (authors(word(1)) || cited_noun) && says(2),
        "they" => subject_phrase() && says(1),
        _ => false,
    };
    resumed.then_some(cut + mark.len())
}

/// What may stand between the markers of one group: `[2–4]`, `[3, 4]`, `¹˒²`, `[2][3]`.
const MARKER_GLUE: [char; 11] = [
    ' ', ',', '–', '-', '[', ']', '˒', '⸴', ';', '\u{a0}', '\u{2009}',
];

/// A block quotation's text that is wholly one quotation in marks (`> “…”`, often a
/// quotation nested in another) loses the marks: the quoted words are what was said. Only
/// when no other mark of the kind lies inside (a typographic run of paragraphs, `“… “…”`,
/// keeps its marks).
fn strip_enclosing_marks(text: &mut String) {
    let Some((open, close)) = super::html::enclosing_marks(text) else {
        return;
    };
    let inner = text
        .strip_prefix(open)
        .and_then(|r| r.strip_suffix(close))
        .map(str::trim);
    if let Some(inner) = inner.filter(|i| !(i.is_empty() || i.contains([open, close]))) {
        *text = inner.to_string();
    }
}

/// Most cells looked at on either side of a quotation's cell for its row's citations.
const ROW_CELLS: usize = 64;

/// A quotation in a table cell that nothing in its cell backs is backed by the markers and
/// links in the other cells of its row (`| [Report](URL) | “…” |`, `| Note[^1] | “…” |`),
/// except those that back a quotation of their own cell (in it, or later in its sentence, or
/// a link in its sentence: `| “…,” she said.[^2] | “…” |`; a short one in title case, a
/// title, claims nothing: `| “Annual Accounts 2020”[^1] | “…” |`): never by another row's,
/// nor by the paragraph before the table.
fn same_row(ctx: &Ctx<'_>, bi: usize, min_words: usize, citations: &mut Vec<QuoteCitation>) {
    let before = citations.len();
    same_row_all(ctx, bi, min_words, citations);
    // A row of many links (a wide table of sources, a link list) names no one source: a
    // quote there is left uncited rather than tied to each.
    if citations.len() - before > MAX_ROW_SOURCES {
        citations.truncate(before);
    }
}

/// Most citations a quotation takes from its row ([`same_row`]).
const MAX_ROW_SOURCES: usize = 8;

fn same_row_all(ctx: &Ctx<'_>, bi: usize, min_words: usize, citations: &mut Vec<QuoteCitation>) {
    let blocks = &ctx.parsed.blocks;
    let Some(row) = blocks.get(bi).and_then(|b| b.row) else {
        return;
    };
    let in_row = |k: &usize| {
        blocks
            .get(*k)
            .is_some_and(|c| c.row == Some(row) && !c.chrome)
    };
    let lo = (bi.saturating_sub(ROW_CELLS)..bi)
        .rev()
        .take_while(in_row)
        .last()
        .unwrap_or(bi);
    let hi = (bi + 1..bi + 1 + ROW_CELLS)
        .take_while(in_row)
        .last()
        .map_or(bi + 1, |k| k + 1);
    for k in (lo..hi).filter(|&k| k != bi) {
        let Some(c) = blocks.get(k) else { continue };
        let ms = ctx.block_markers.get(k);
        let ls = ctx.block_links.get(k);
        if ms.is_empty() && ls.is_empty() {
            continue;
        }
        // The stretches the cell's own quotations claim: from the sentence's start (links)
        // or the quotation's (markers) to the sentence's end.
        let claimed: Vec<(usize, usize, usize)> = if has_quote_mark(&c.text) {
            find_spans(c, ls, &mut Vec::new())
                .iter()
                .filter(|sp| {
                    let q = c.text.get(sp.inner_start..sp.inner_end).unwrap_or("");
                    count_words(q) >= min_words || !title_case(q)
                })
                .map(|sp| {
                    let close = sp.close_end.unwrap_or(c.text.len());
                    let s_end = sentence_end(&c.text, close, ms);
                    (sentence_start(&c.text, sp.open, ms), sp.open, s_end)
                })
                .collect()
        } else {
            Vec::new()
        };
        for &(mstart, _, mi) in ms {
            if !claimed.iter().any(|&(_, o, e)| mstart >= o && mstart <= e) {
                ctx.cite_marker(mi, Attribution::SameRow, citations);
            }
        }
        for &(lstart, _, li) in ls {
            let cite = ctx
                .parsed
                .links
                .get(li)
                .is_some_and(|l| l.kind == LinkKind::Cite);
            if !cite && !claimed.iter().any(|&(s, _, e)| lstart >= s && lstart <= e) {
                ctx.cite_link(li, Attribution::SameRow, citations);
            }
        }
    }
}

/// Quotes inside the blocks `lo..hi` (block quotations aside), with their warnings.
/// How far back, in source bytes, a quotation looks for the quotation whose statement it
/// names (`“…,” she said in the same statement`): 6,000 bytes a step, and a chain of such
/// quotations four steps long is read whole however the blocks are split over the threads.
const LOOK_BACK: usize = 24_000;
/// Most blocks a run of the inline scan reads before its own ([`LOOK_BACK`] in blocks: a
/// bound for a document of empty blocks).
const LOOK_BACK_BLOCKS: usize = 4096;

fn inline_quotes(
    ctx: &Ctx<'_>,
    note_index: &NoteIndex,
    note_by_label: &super::FastMap<&str, usize>,
    notes: &[NoteInfo],
    min_words: usize,
    (read_from, lo): (usize, usize),
    hi: usize,
) -> (Vec<Quote>, Vec<Site>, Vec<(usize, String)>) {
    let parsed = ctx.parsed;
    // What the blocks before `lo` gave (read only for the quotations after to look back at):
    // how many quotes, sites and warnings, dropped at the end.
    let mut before_lo = (0, 0, 0);
    let short = |w: usize| w < min_words;
    let mut quotes: Vec<Quote> = Vec::new();
    // Each quotation's sentence (block, start, end), beside `quotes`.
    let mut said_in: Vec<(usize, usize, usize)> = Vec::new();
    let mut sites = Vec::new();
    let mut warnings = Vec::new();
    let mut unbalanced = Vec::new();
    for (bi, b) in parsed.blocks.iter().enumerate().take(hi).skip(read_from) {
        if bi == lo {
            before_lo = (quotes.len(), sites.len(), warnings.len());
        }
        if b.group.is_some() || b.chrome {
            continue;
        }
        if !has_quote_mark(&b.text) {
            continue;
        }
        unbalanced.clear();
        let ms = ctx.block_markers.get(bi);
        // The furthest end of the markers up to each (they are sorted by start): whether a
        // marker spans a quote is then one binary search, not a walk over every marker of
        // the paragraph for every quote in it.
        let mut reach: Vec<usize> = Vec::with_capacity(ms.len());
        for &(_, me, _) in ms {
            reach.push(reach.last().map_or(me, |&r: &usize| r.max(me)));
        }
        let ls = ctx.block_links.get(bi);
        let spans = find_spans(b, ls, &mut unbalanced);
        let bp = boilerplate(&b.text);
        let block_note = b
            .note
            .as_deref()
            .and_then(|l| note_by_label.get(l).copied());
        let lead = b.text.len() - b.text.trim_start().len();
        let first_quote = quotes.len();
        let mut placed: Vec<(usize, usize)> = Vec::new();
        let mut closes: Vec<usize> = spans.iter().filter_map(|q| q.close_end).collect();
        closes.sort_unstable();
        // Whether the paragraph may credit a translator at all: one byte search per
        // paragraph rather than two per quote.
        let mut may_credit: Option<bool> = None;
        for (si, sp) in spans.iter().enumerate() {
            let text = quote_text_less_links(b, sp.inner_start, sp.inner_end, ms, ls);
            let words = count_words(&text);
            if words == 0 || bp == 2 || (bp == 1 && short(words)) {
                continue;
            }
            let note = note_index.find(b.src_of(sp.open)).or(block_note);
            // Nor is the periodical a note names in quotation marks (`…, „Gazeta”, 2024`).
            if let Some(n) = note.and_then(|i| notes.get(i)) {
                let t = Some(text.trim_end_matches([',', '.', ';', ':']));
                if n.meta.title.as_deref() == t || n.meta.publisher.as_deref() == t {
                    continue;
                }
                // Nor the quoted phrase opening a title (`"At the front desk": porters' …`).
                let opens_title = n.meta.title.as_deref().is_some_and(|title| {
                    title
                        .strip_prefix(['"', '“'])
                        .and_then(|r| r.strip_prefix(&*text))
                        .is_some_and(|r| r.starts_with(['"', '”']))
                });
                if opens_title {
                    continue;
                }
                // Nor any other title the note lists, in single marks or any others
                // (`raadsvoorstel ‘Autoluwe binnenstad 2025’, 14 maart 2024`).
                if note_item_title(&b.text, sp.open, sp.close_end, &text) {
                    continue;
                }
            }
            // A title in quotation marks (`the essay “The Quiet Decline of the Reading
            // Room”`) or a quoted address is no quotation. Nor is an MLA short title inside
            // the citation holding it (`(Okafor, "Reading" 22)`, `("Reading the Archive"
            // 22)`): the citation's marker spans the whole bracket.
            let close_at = sp.close_end.unwrap_or(b.text.len());
            let spanned = ms
                .partition_point(|m| m.0 < sp.open)
                .checked_sub(1)
                .and_then(|k| reach.get(k))
                .is_some_and(|&r| close_at < r);
            if spanned
                || citation_short_title(&b.text, sp.open, sp.close_end)
                || looks_like_url(&text)
                || is_titled(&b.text, sp.open, &text)
                || headline_in_brackets(&b.text, sp.open, sp.close_end)
                || heading_title(b, sp.open, sp.close_end, &text)
                || (bi == 0 && title_line(&b.text, sp.open, sp.close_end, &text))
                || named_by_what_follows(&b.text, sp.close_end)
                || named_by_noun_after(&b.text, sp.open, sp.close_end, &text)
                || appositive_title(&b.text, sp.open, sp.close_end, &text, ms)
                || admonition_title(&b.text, sp.open)
                || teaser_label(&b.text, sp.open)
                || source_list_title(b, ls, sp.open, sp.close_end)
            {
                continue;
            }
            // A quotation in a table cell is an inline quotation of its row, even when it
            // fills the cell: it is cited by its row, never by what precedes the table.
            // Nor one that fills a heading (`<h2>“We dug it by hand”</h2>`): a headline set
            // in quotation marks, introduced by nothing above it.
            let whole = b.row.is_none()
                && b.kind != BlockKind::Heading
                && si == 0
                && sp.open == lead
                && sp
                    .close_end
                    .is_some_and(|c| only_glue(b, c, b.text.len(), ms));
            let mut citations = Vec::new();
            let close = sp.close_end.unwrap_or(b.text.len());
            let s_start = sentence_start(&b.text, sp.open, ms);
            // A quotation that ends with its own full stop, followed by a capital or a
            // number (`“We will rebuild.” The ministry …`, `“… had to.” 2019 was …`, a
            // transcript's next `09:10` line), ends its sentence; `?` and `!` do not (`“Is
            // it safe?” Smith asked.`).
            let closes_sentence = sp.close_end.is_some()
                && quote_text_ends_with_stop(b, sp.inner_end, ms)
                && b.text
                    .get(close..)
                    .and_then(|r| r.trim_start_matches([' ', '\t', '\n']).chars().next())
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && !b
                    .text
                    .get(close..)
                    .is_some_and(|r| reporter_pin_cite(r.trim_start()))
                && b.text
                    .get(close..)
                    .is_some_and(|r| r.starts_with([' ', '\t', '\n']));
            let s_end = if closes_sentence {
                close
            } else {
                sentence_end(&b.text, close, ms)
            };
            // Only markers and links near the quote matter: keeps the scan linear.
            let near_m = {
                let lo = ms.partition_point(|m| m.0 < sp.inner_start);
                let hi = ms.partition_point(|m| m.0 < s_end.max(close + SENTENCE_WINDOW));
                ms.get(lo..hi.max(lo)).unwrap_or(&[])
            };
            let near_l = {
                let from = s_start.min(sp.open).saturating_sub(SENTENCE_WINDOW);
                let lo = ls.partition_point(|l| l.0 < from);
                let hi = ls.partition_point(|l| l.0 < s_end.max(close));
                ls.get(lo..hi.max(lo)).unwrap_or(&[])
            };
            // The first of two markers this quotation ends with is the one before's, said by
            // another speaker in the same sentence ([`split_pair`]).
            let paired_first = si
                .checked_sub(1)
                .and_then(|a| split_pair(b, &spans, ms, a))
                .map(|(first, _)| first);
            // Markers inside (at the end of) the quote, or right after it.
            for &(mstart, mend, mi) in near_m {
                // A Markdown footnote's marker takes no room: just inside the closing mark
                // (`… of 2025.[^1]”`) it starts where the quote's text ends.
                let inside_end = mstart >= sp.inner_start
                    && (mstart < sp.inner_end || mstart == sp.inner_end && mend == mstart)
                    && only_glue(b, mend, sp.inner_end, ms);
                let right_after = mstart >= close && only_glue(b, close, mstart, ms);
                // A narrative citation (`Lind and Ruiz (2023) found`) opens what follows it;
                // a pandoc citation without the author's name (`“…” [-@moreau2021]`), a
                // bracket, cites the quotation right before it all the same.
                let narrative = ctx.markers.get(mi).is_some_and(|m| m.narrative)
                    && !b.text.get(mstart..).is_some_and(|r| r.starts_with('['));
                if (inside_end || right_after) && !narrative && Some(mi) != paired_first {
                    ctx.cite_marker(mi, Attribution::MarkerAfter, &mut citations);
                }
            }
            let wraps = |lstart: usize, lend: usize| {
                lstart <= sp.open && lend >= close.min(b.text.len())
                    || lstart <= sp.inner_start && lend >= sp.inner_end
            };
            if whole {
                if bi > 0 {
                    ctx.intro(bi - 1, false, &mut citations);
                }
                // The marker ending the paragraph before, with no colon to introduce the
                // quotation, is that paragraph's own when the paragraph after names the
                // quotation's source (`That was the verdict of the review group in its
                // report.[^4]`).
                let colon = bi
                    .checked_sub(1)
                    .and_then(|p| ctx.parsed.blocks.get(p))
                    .is_some_and(|p| {
                        // A colon among its last characters, a marker after it at most
                        // (`this way:[^2]`); only the end is read.
                        let t = p.text.trim_end();
                        t.char_indices()
                            .rev()
                            .take(13)
                            .take_while(|&(_, c)| !c.is_whitespace())
                            .any(|(_, c)| c == ':' || c == '\u{ff1a}')
                    });
                if !colon
                    && !citations.is_empty()
                    && citations
                        .iter()
                        .all(|c| c.attribution == Attribution::IntroMarker)
                {
                    let mut after = Vec::new();
                    ctx.following(bi + 1, true, None, None, &mut after);
                    if !after.is_empty() {
                        citations = after;
                    }
                }
            } else if citations.is_empty() && !near_l.iter().any(|&(s, e, _)| wraps(s, e)) {
                // A narrative author–date citation before the quote in its sentence names its
                // source (`According to Lind and Ruiz (2023), “…”`), whatever a citation later
                // in the sentence backs.
                // The nearest one: `Okafor (2021) described the wall; Lind (2020) called it
                // “…”` quotes Lind.
                // A citation's names may straddle what looks like the sentence's start
                // (`the U.S. Army Corps of Engineers (2018)`): it counts if it ends inside.
                let lo = ms.partition_point(|m| m.0 < s_start.saturating_sub(SENTENCE_WINDOW));
                let hi = ms.partition_point(|m| m.0 < sp.open);
                let before = ms.get(lo..hi.max(lo)).unwrap_or(&[]);
                let nearest = before
                    .iter()
                    .filter(|&&(_, mend, mi)| {
                        mend > s_start
                            && mend <= sp.open
                            && ctx.markers.get(mi).is_some_and(|m| m.narrative)
                    })
                    .map(|&(mstart, _, _)| mstart)
                    .max();
                for &(mstart, _, mi) in before {
                    if Some(mstart) == nearest && ctx.markers.get(mi).is_some_and(|m| m.narrative) {
                        ctx.cite_marker(mi, Attribution::MarkerBefore, &mut citations);
                    }
                }
                // A marker later in the sentence, unless the quote is cited directly (a marker
                // right after it, a link or `<q cite>` around it): the later marker then backs
                // the rest of the sentence.
                let named_before = !citations.is_empty();
                // A marker inside the quotation, before its end (`“a failure of
                // imagination[1] and of nerve”`): the writer's, set where the claim it backs
                // is made.
                if !named_before {
                    for &(mstart, _, mi) in near_m {
                        if mstart > sp.inner_start
                            && mstart < sp.inner_end
                            && ctx.markers.get(mi).is_some_and(|m| !m.narrative)
                        {
                            ctx.cite_marker(mi, Attribution::MarkerInSentence, &mut citations);
                        }
                    }
                }
                // The end of the last marker taken: a later one after a clause of its own
                // (`“…” when … [2], and later studies agreed [3, 4].`) backs that clause.
                let mut taken: Option<usize> = None;
                for &(mstart, mend, mi) in near_m.iter().filter(|_| !named_before) {
                    // A Markdown footnote's marker takes no room: after the full stop
                    // (`… in May.[^2]`) it starts where the sentence ends.
                    if mstart >= close
                        && (mstart < s_end || mstart == s_end && s_end > close)
                        && !rebuts(b.text.get(close..mstart).unwrap_or(""))
                        && !another_speakers_quote_between(&b.text, &spans, close, mstart)
                    {
                        // (A list of markers goes on: `(see [2]; [3])`, `by Smith [2], and
                        // by Jones [3]`.)
                        if taken.is_some_and(|t| {
                            b.text.get(t..mstart).is_some_and(|between| {
                                let between = spaced(between);
                                [", and ", "; ", ", but ", ", while ", ", whereas "]
                                    .iter()
                                    .any(|w| between.contains(w))
                                    && count_words(&between) >= 4
                            })
                        }) {
                            break;
                        }
                        // The first after a clause of its own that says something else
                        // (`“…”; the timetable shows one every twelve.[^3]`, `“…”, a result
                        // that echoes earlier work (Platteau 1997).`) backs that clause.
                        // (Not a qualifier with no source of its own, `“…”, although no
                        // opening date was given.[^1]`: the sentence's note backs it all.)
                        if taken.is_none()
                            && b.text
                                .get(close..mstart)
                                .is_some_and(|g| comment_clause(g) && !bare_qualifier(g))
                        {
                            break;
                        }
                        // After a marker of its own, one at the end of a later quotation,
                        // or right after it (`…,” as one historian puts it,[^a] and by 1900
                        // it was “…”[^b]`), is that quotation's. (With none, two quotations
                        // joined in one sentence share the marker ending it.)
                        let later = spans
                            .get(spans.partition_point(|o| o.open < mstart).wrapping_sub(1))
                            .filter(|o| o.open >= close);
                        if taken.is_some()
                            && later.is_some_and(|o| {
                                o.close_end.is_some_and(|ce| {
                                    (mstart >= o.inner_start
                                        && (mstart < o.inner_end
                                            || mstart == o.inner_end && mend == mstart)
                                        && only_glue(b, mend, o.inner_end, ms))
                                        || (mstart >= ce && only_glue(b, ce, mstart, ms))
                                })
                            })
                        {
                            break;
                        }
                        // A narrative citation introducing a later quotation of the
                        // sentence (`“one-buyer trap” — though, as Okafor (2021) notes,
                        // “trap” overstates …`) is that quotation's, not this one's.
                        if ctx.markers.get(mi).is_some_and(|m| m.narrative) {
                            let next = spans
                                .iter()
                                .find(|o| o.open >= mend)
                                .filter(|o| o.open < s_end);
                            if next.is_some_and(|o| {
                                b.text.get(mend..o.open).is_some_and(|gap| {
                                    count_words(gap) <= 6 && !gap.contains(['.', ';', '!', '?'])
                                })
                            }) {
                                break;
                            }
                        }
                        taken = Some(mend);
                        ctx.cite_marker(mi, Attribution::MarkerInSentence, &mut citations);
                    }
                }
            }
            // A link around the quote or right after its closing mark is its own: then only
            // those back it. Otherwise the sentence's links do, but not one right after
            // another quote's closing mark (`called it "…"[a](…), and the minister "…"[b](…)`).
            let own = |lstart: usize, lend: usize| {
                wraps(lstart, lend) || (lstart >= close && only_glue_or_open(b, close, lstart, ms))
            };
            let has_own = near_l.iter().any(|&(s, e, _)| own(s, e));
            // A footnote marker right after the closing mark is the quote's citation: a link
            // later in the sentence backs what the sentence goes on to say (`“…”[1], a claim
            // the [IFS analysis](…) rejects`: session 38), not the quote.
            let marked = citations
                .iter()
                .any(|c| c.attribution == Attribution::MarkerAfter);
            // The nearest closing mark before the link (a binary search: a paragraph may
            // hold thousands of quotes), in this quote's sentence: one that ended the
            // sentence before (`… as saying “…”. [Her statement](…) says “…”`, or `….”`,
            // whose sentence starts after the stop, before the mark) leaves the link to the
            // new sentence's subject.
            let own_start = past_closing_marks(b.text.as_bytes(), s_start);
            let anothers = |lstart: usize| {
                let k = closes.partition_point(|&c| c <= lstart);
                k.checked_sub(1)
                    .and_then(|k| closes.get(k))
                    .is_some_and(|&c| {
                        c != close && c > own_start && only_glue_or_open(b, c, lstart, ms)
                    })
            };
            for &(lstart, lend, li) in near_l {
                // A `<q cite>`'s source is that quotation's alone, not its sentence's: not
                // a quotation's after it, nor one's before another quotation opens.
                if ctx
                    .parsed
                    .links
                    .get(li)
                    .is_some_and(|l| l.kind == LinkKind::Cite)
                    && !wraps(lstart, lend)
                    && (lstart >= close
                        || spans
                            .get(spans.partition_point(|o| o.open < lend))
                            .is_some_and(|o| o.open < sp.open))
                {
                    continue;
                }
                // A wiki's link to one of its articles before a quotation with a marker of
                // its own (`the <a href="/wiki/Board_of_Trade">Board of Trade</a> inspector
                // described it as “…”[2]`) names a topic; the note is the source. So does one
                // anywhere in a sentence a note backs (`Known locally as “the Candle”, it was
                // designed by <a href="/wiki/…">…</a>.[1]`).
                if (marked && lend <= sp.open || citations.iter().any(|c| c.footnote.is_some()))
                    && ctx
                        .links
                        .get(li)
                        .is_some_and(|l| l.raw.starts_with("/wiki/"))
                {
                    continue;
                }
                // A wiki's link to the speaker's own article, the subject of the verb of
                // saying (`<a href="/wiki/Ellen_Morrow">Ellen Morrow</a> once said that
                // “…”`), names a person, not where the words are.
                if lend <= sp.open
                    && ctx.links.get(li).is_some_and(|l| {
                        l.raw.starts_with("/wiki/") || l.raw.has_str("wikipedia.org/wiki/")
                    })
                    && b.text
                        .get(lstart..lend)
                        .is_some_and(|t| t.starts_with(char::is_uppercase) && count_words(t) <= 4)
                    && b.text.get(lend..sp.open).is_some_and(speaker_tag_gap)
                {
                    continue;
                }
                // A link on the speaker's name to their staff or profile page
                // (`[Prof. Ana Lind](…/staff/lind), a geologist, told the panel that “…”`), or
                // on a body's name to its home page (`[Riverside Trust](https://…/) said`),
                // names someone, as a wiki article does, not where the words are.
                if lend <= sp.open
                    && lstart >= s_start
                    && ctx.links.get(li).is_some_and(|l| {
                        profile_page(&l.url)
                            || home_page(&l.url)
                                && !b.text.get(lend..sp.open).is_some_and(site_says_itself)
                    })
                    && b.text.get(lstart..lend).is_some_and(names_someone)
                {
                    continue;
                }
                // The flag itself (`[citation needed]`'s link to Wikipedia's page on it) says
                // the quote has no source.
                if ctx.parsed.links.get(li).is_some_and(|l| {
                    let raw = l.raw.as_str();
                    raw.has_str("Citation_needed") || raw.has_str("Citation needed")
                }) {
                    continue;
                }
                let in_sentence = lstart >= s_start && lstart < s_end;
                let cites = if has_own {
                    own(lstart, lend)
                } else {
                    // A link backing a rebuttal or a clause of its own.
                    let elsewhere = (lstart >= close
                        && rebuts(b.text.get(close..lstart).unwrap_or("")))
                        || other_clause_link(&b.text, s_start, lstart, lend, sp.open, close)
                        || (lend <= sp.open
                            && lstart >= s_start
                            && affiliation_link(
                                b.text.get(s_start..lstart).unwrap_or(""),
                                b.text.get(lstart..lend).unwrap_or(""),
                                ctx.links.get(li).map_or("", |l| l.url.as_str()),
                            ))
                        || (lend <= sp.open
                            && another_speakers_quote_between(&b.text, &spans, lend, sp.open))
                        || (lstart >= close
                            && another_speakers_quote_between(&b.text, &spans, close, lstart))
                        // Another item of a list (plain text keeps a list in one paragraph):
                        // its link is that item's source.
                        // (The gap between the link and the quotation only: a quotation
                        // wrapped onto a line opening `- ` is one item still.)
                        || (lend <= sp.open && another_item_between(&b.text, lend, sp.open))
                        || (lstart >= close && another_item_between(&b.text, close, lstart))
                        // A block quotation's credit on the line above (`— [Location
                        // 58](…)⏎    - compare the "…" framing`): the block's source.
                        || (lend <= sp.open
                            && ctx.parsed.links.get(li).is_some_and(|l| l.group.is_some())
                            && b.text.get(lend..sp.open).is_some_and(|g| g.contains('\n')));
                    let after_marked = marked && lstart >= close;
                    // Checked last, for the few links that would be tied: one in a phrase
                    // naming what the speaker answers (`Responding to the mayor’s
                    // [statement](…), Pike said`, `“…,” Pike said, replying to a
                    // [post](…)`).
                    let tied = in_sentence && !anothers(lstart) && !elsewhere && !after_marked;
                    let answered = || {
                        let head = if lend <= sp.open {
                            b.text.get(s_start..lstart)
                        } else if lstart >= close {
                            b.text.get(close..lstart)
                        } else {
                            None
                        };
                        head.is_some_and(responded_to_link)
                    };
                    tied && !answered()
                };
                if cites {
                    ctx.cite_link(li, Attribution::Link, &mut citations);
                }
            }
            if citations.is_empty() && !whole {
                marker_just_before(ctx, b, ms, &spans, s_start, sp.open, &mut citations);
            }
            // The sentence's later quotes, each joined to the one before by `and …`: a
            // credit after the sentence backs them all.
            let mut last_close = close;
            let joined_on = spans
                .get(si + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|n| n.open < s_end)
                .all(|n| {
                    let j = joined(b, ms, ls, last_close, n.open);
                    last_close = n.close_end.unwrap_or(b.text.len());
                    j
                });
            if citations.is_empty() && joined_on {
                if let Some(li) = credit_link(b, ls, ms, s_end.max(close))
                    .or_else(|| case_citation_link(b, ls, s_end.max(close)))
                {
                    ctx.cite_link(li, Attribution::Link, &mut citations);
                } else if let Some(c) = ctx.ibid(bi, sp.open, close, s_end.max(close)) {
                    ctx.cite(c, Attribution::MarkerInSentence, &mut citations);
                } else {
                    for mi in case_sentence_markers(b, ms, s_end.max(close)) {
                        ctx.cite_marker(mi, Attribution::MarkerInSentence, &mut citations);
                    }
                }
            }
            if citations.is_empty() && !whole {
                let trail = b.text.get(close..s_end.max(close)).unwrap_or("");
                let short = short(words);
                if let Some(c) = preceding(ctx, bi, s_start, sp.open, close, trail, short) {
                    ctx.cite(c, Attribution::Preceding, &mut citations);
                }
            }
            // The second of two quotes joined in one sentence (`The ordinance says that “…”
            // and that “…”`) shares what the first took from the sentence before.
            if citations.is_empty() && quotes.len() > first_quote {
                if let (Some(prev), Some(&(p_open, p_close))) = (quotes.last(), placed.last()) {
                    if p_open >= s_start
                        && !prev.citations.is_empty()
                        && prev
                            .citations
                            .iter()
                            .all(|c| c.attribution == Attribution::Preceding)
                        && joined(b, ms, ls, p_close, sp.open)
                    {
                        citations.clone_from(&prev.citations);
                    }
                }
            }
            if citations.is_empty() {
                if let Some((first, _)) = split_pair(b, &spans, ms, si) {
                    ctx.cite_marker(first, Attribution::MarkerInSentence, &mut citations);
                }
            }
            // Quotes of one saying in a sentence (`She called the path “…” and the project
            // “…” ([op-ed](…))`): the link after the last one is the sentence's one source.
            if citations.is_empty() && !whole {
                if let Some(li) = one_sayings_link(ctx, b, ms, ls, &spans, si, s_start, s_end) {
                    ctx.cite_link(li, Attribution::Link, &mut citations);
                }
            }
            if citations.is_empty() && b.row.is_some() {
                same_row(ctx, bi, min_words, &mut citations);
            }
            // A quote in a note's own text, backed by nothing nearer, is the note's (kept
            // only if the note has a URL: see `extract_here`).
            if citations.is_empty() {
                if let Some(n) = note.and_then(|i| notes.get(i)) {
                    cite_own_note(&mut citations, n);
                }
            }
            // The sentence after, in the same paragraph, may name where the quotation was
            // said (`… said it “…”. The statement was [published](…) shortly after.`).
            if citations.is_empty()
                && !short(words)
                && !whole
                && b.note.is_none()
                && b.row.is_none()
            {
                let spoken = spoken_by_person(
                    b.text.get(s_start.min(sp.open)..sp.open).unwrap_or(""),
                    b.text.get(close..s_end.max(close)).unwrap_or(""),
                )
                .then(|| b.text.get(s_start.min(sp.open)..s_end.max(close)))
                .flatten();
                next_sentence_source(
                    ctx,
                    b,
                    ms,
                    ls,
                    spans.get(si + 1),
                    s_end.max(close),
                    spoken,
                    &mut citations,
                );
            }
            // A quotation ending its paragraph may be sourced by the next one (`That remark
            // comes from …[4]`); a short one is more often a scare quote or a title.
            if citations.is_empty()
                && !short(words)
                && b.note.is_none()
                && b.row.is_none()
                && spans.get(si + 1).is_none()
                && sentence_end(&b.text, close, ms) >= b.text.trim_end().len()
            {
                let sentence = b
                    .text
                    .get(s_start.min(sp.open)..s_end.max(close))
                    .unwrap_or("");
                let spoken = (!whole
                    && spoken_by_person(
                        b.text.get(s_start.min(sp.open)..sp.open).unwrap_or(""),
                        b.text.get(close..s_end.max(close)).unwrap_or(""),
                    ))
                .then_some(sentence);
                ctx.following(
                    bi + 1,
                    whole,
                    (!whole).then_some(text.as_str()),
                    spoken,
                    &mut citations,
                );
            }
            // `“…,” she said.` over a line of the same paragraph that is only a label and a
            // web address (`Full briefing: https://…`): that line credits the quotation, as
            // a paragraph of its own would.
            if citations.is_empty()
                && !short(words)
                && !whole
                && b.note.is_none()
                && b.row.is_none()
                && spans.get(si + 1).is_none()
            {
                if let Some(li) = labelled_line_after(ctx, b, ms, ls, s_end.max(close)) {
                    ctx.cite_link(li, Attribution::Following, &mut citations);
                }
            }
            // `“…,” she said in the same statement.`: the source of the quotation before, which
            // names that statement.
            let mut same_work = None;
            if citations.is_empty() && !short(words) && !whole {
                let lead_t = b.text.get(s_start.min(sp.open)..sp.open).unwrap_or("");
                let trail_t = b.text.get(close..s_end.max(close)).unwrap_or("");
                let here = b.src_of(sp.open);
                // Where this quote's sentence starts: the record named after it is this one's.
                let own_start = b.src_of(s_start.min(sp.open));
                // The latest quotation before, a few paragraphs back at most, whose own
                // sentence names that record (`“…,” Okonkwo said in a statement.[^1]`,
                // `Okonkwo wrote in a [post](…) that “…”`), and the person.
                let named_before = |noun: &str| {
                    // The people this sentence names (`In the same post, Whitlock promised
                    // …`): only a quotation whose sentence names them too is theirs.
                    let names = sentence_names(lead_t, trail_t);
                    quotes
                        .iter()
                        .enumerate()
                        .rev()
                        .take(12)
                        .take_while(|(_, q)| here > q.offset && here - q.offset <= 6000)
                        .find(|&(k, q)| {
                            let end = (q.offset + q.text.len() + 240).min(own_start);
                            let mut end = end.min(ctx.src.len());
                            while !ctx.src.is_char_boundary(end) {
                                end -= 1;
                            }
                            let after = ctx.src.get(q.offset..end).unwrap_or("");
                            // The earlier quotation's own sentence, and who it gives the
                            // words to.
                            let sentence = said_in
                                .get(k)
                                .and_then(|&(pbi, from, to)| {
                                    parsed.blocks.get(pbi).and_then(|pb| pb.text.get(from..to))
                                })
                                .unwrap_or("");
                            // One of the names must be there; the others may be a title
                            // or an outlet named otherwise (`Mayor Okafor`, `told BBC Radio
                            // Wales` after `told the BBC`).
                            (has_word(after, noun) || has_word(&q.lead, noun))
                                && (names.is_empty()
                                    || names.iter().any(|n| {
                                        has_word(sentence, n)
                                            || q.speaker.as_deref().is_some_and(|s| has_word(s, n))
                                    }))
                        })
                        .map(|(_, q)| q)
                };
                // (`the same section says …`: a kind of work named again, looked up once the
                // block quotations are read too.)
                same_work = same_work_noun(lead_t).or_else(|| same_work_noun(trail_t));
                let found = same_source_noun(lead_t)
                    .or_else(|| same_source_noun(trail_t))
                    .and_then(named_before);
                if let Some(prev) = found {
                    if !prev.citations.is_empty() {
                        for c in &prev.citations {
                            push_cite(
                                &mut citations,
                                c.footnote.clone(),
                                c.url.clone(),
                                Attribution::Preceding,
                            );
                        }
                    }
                }
            }
            // A quotation left uncited beside a link the writer meant to fill in (`according
            // to [the CDC](#)`, `[the report](TODO)`): its source is missing, say so.
            if citations.is_empty() && !short(words) && b.note.is_none() {
                let placeholder = ls.iter().find(|&&(lstart, _, li)| {
                    lstart >= s_start
                        && lstart < s_end.max(close)
                        && ctx
                            .links
                            .get(li)
                            .is_some_and(|l| l.kind == LinkKind::Placeholder)
                });
                if let Some(&(lstart, _, li)) = placeholder {
                    let text = ctx.links.get(li).map_or("", |l| l.text.as_str());
                    warnings.push((
                        b.src_of(lstart),
                        format!(
                            "{PLACEHOLDER_QUOTE_WARNING} `{}`: its source was never filled in",
                            fold_ws(text)
                        ),
                    ));
                }
            }
            placed.push((sp.open, sp.close_end.unwrap_or(usize::MAX)));
            said_in.push((bi, s_start.min(sp.open), s_end.max(close)));
            sites.push(Site {
                block: bi,
                at_lead: si == 0 && sp.open == lead && b.row.is_none(),
                unclosed: sp.close_end.is_none(),
                same_work,
            });
            // Up to the sentence's next quotation: its words are that one's.
            let upto = spans
                .get(si + 1)
                .map_or(s_end, |n| n.open.min(s_end))
                .max(close);
            let from = spans
                .get(si.wrapping_sub(1))
                .and_then(|p| p.close_end)
                .map_or(s_start, |c| c.max(s_start))
                .min(sp.open);
            let speaker = if !ctx.speakers {
                None
            } else if whole {
                (bi > 0)
                    .then(|| ctx.intro_speaker(bi - 1))
                    .flatten()
                    .or_else(|| super::speaker::after_quote(b.text.get(close..).unwrap_or("")))
            } else {
                super::speaker::after_quote(b.text.get(close..upto).unwrap_or("")).or_else(|| {
                    super::speaker::before_quote(b.text.get(from..sp.open).unwrap_or(""))
                })
            };
            // `Tom Reyes spoke next. He said: “…”`: the one person the sentence before
            // names, for the pronoun (only the sentence's first quotation, none before it).
            let pronoun_speaker = if !ctx.speakers || speaker.is_some() {
                None
            } else if whole {
                (bi > 0)
                    .then(|| ctx.intro_pronoun_speaker(bi - 1))
                    .flatten()
            } else if from == s_start {
                pronoun_speaker_in(
                    &b.text,
                    ms,
                    s_start,
                    b.text.get(s_start..sp.open).unwrap_or(""),
                    b.text.get(close..upto).unwrap_or(""),
                )
            } else {
                None
            };
            quotes.push(Quote {
                text,
                kind: if whole {
                    QuoteKind::Block
                } else {
                    QuoteKind::Inline
                },
                words,
                short: short(words),
                line: 0,
                column: 0,
                citations,
                offset: b.src_of(sp.open),
                lead: if whole {
                    String::new()
                } else {
                    lead_words(b.text.get(s_start.min(sp.open)..sp.open).unwrap_or(""))
                },
                trail: if whole {
                    String::new()
                } else {
                    trail_words(b.text.get(close..s_end.max(close)).unwrap_or(""))
                },
                asked: ctx.speakers
                    && !whole
                    && (says_asked(b.text.get(s_start.min(sp.open)..sp.open).unwrap_or(""))
                        || says_asked(b.text.get(close..s_end.max(close)).unwrap_or(""))),
                // `“…” (our translation)`, `in her words, translated by …, “…”`.
                translation: !whole
                    && *may_credit.get_or_insert_with(|| may_say_translation(&b.text))
                    && (says_translation(b.text.get(s_start.min(sp.open)..sp.open).unwrap_or(""))
                        || says_translation(b.text.get(close..s_end.max(close)).unwrap_or(""))),
                speaker,
                pronoun_speaker,
            });
        }
        interrupted_quotes(b, &placed, quotes.get_mut(first_quote..).unwrap_or(&mut []));
        for &o in &unbalanced {
            if bp == 0 {
                warnings.push((
                    b.src_of(o),
                    "unbalanced quotation mark: the quote is taken to end with its paragraph"
                        .into(),
                ));
            }
        }
    }
    if lo > read_from {
        let (q, s, w) = before_lo;
        if lo >= hi.min(parsed.blocks.len()) {
            // (A run of no blocks of its own: everything read was before it.)
            return (Vec::new(), Vec::new(), Vec::new());
        }
        quotes.drain(..q);
        sites.drain(..s);
        warnings.drain(..w);
    }
    (quotes, sites, warnings)
}

/// Whether a block quotation's credit line (`— River Commission, Annual Report 2019`) names
/// the work note `n` cites: two words of four letters or more (not numbers) of its authors
/// and title stand in the credit.
fn credit_names_note(credit: &str, n: &NoteInfo) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4 && !w.chars().all(|c| c.is_ascii_digit()))
            .map(str::to_lowercase)
            .collect()
    };
    let credit = words(credit);
    let mut named = words(&n.meta.authors.join(" "));
    named.extend(words(n.meta.title.as_deref().unwrap_or("")));
    named.sort_unstable();
    named.dedup();
    named.iter().filter(|w| credit.contains(w)).count() >= 2
}

/// Whether `text` (a quote's sentence around it, or a note citing it) says a quotation is
/// a translation: `our translation`, `translation mine`, `translated by`, `(trans.)`, `in
/// translation`, and the like in other languages (`traducción propia`, `notre traduction`,
/// `eigene Übersetzung`, `tradução nossa`, `eigen vertaling`, `min översättning`, …). A
/// journal's `Trans.` (`IEEE Trans. Power Syst.`) is no translator's.
pub(crate) fn says_translation(text: &str) -> bool {
    may_say_translation(text) && translation_pattern(text)
}

/// Whether `text` holds a piece that every alternative of [`says_translation`]'s pattern
/// contains (`transl`, `tradu`, `bersetz`, `перевод`, `訳`, …): when it does not, no credit
/// can match.
fn may_say_translation(text: &str) -> bool {
    // The pattern (case-insensitive, Unicode word boundaries) runs on the slow regex engines
    // and was called twice for every quote: it more than doubled the extraction of a prose
    // document. Nearly no paragraph holds any of these pieces, one of which every alternative
    // of the pattern contains (in lower case, Capitalised or in CAPITALS). The SIMD packed
    // searcher is used directly: measured with callgrind on 2 MB of prose it costs a third of
    // an `AhoCorasick` built with `ascii_case_insensitive`, whose prefilter gave up.
    #[rustfmt::skip]
    const PIECES: &[&str] = &[
        "transl", "Transl", "TRANSL", "trans.", "Trans.", "TRANS.", "(tr.", "(tr)", "(Tr.",
        "(Tr)", "(TR.", "(TR)", "(trans", "(Trans", "(TRANS", "tradu", "Tradu", "TRADU",
        "trad.", "Trad.", "TRAD.", "tradot", "Tradot", "TRADOT", "bersetz", "BERSETZ", "bers.",
        "BERS.", "vertal", "Vertal", "VERTAL", "vertaa", "Vertaa", "VERTAA", "versätt",
        "VERSÄTT", "versat", "VERSAT", "versæt", "VERSÆT", "versett", "VERSETT", "łum", "ŁUM",
        "řekl", "ŘEKL", "řelož", "ŘELOŽ", "еревод", "ЕРЕВОД", "訳", "译", "譯", "번역",
    ];
    enum Search {
        Packed(aho_corasick::packed::Searcher),
        Automaton(aho_corasick::AhoCorasick),
        // Neither could be built: let the pattern decide.
        All,
    }
    static SEARCH: std::sync::LazyLock<Search> = std::sync::LazyLock::new(|| {
        if let Some(p) = aho_corasick::packed::Searcher::new(PIECES) {
            Search::Packed(p)
        } else {
            aho_corasick::AhoCorasick::new(PIECES).map_or(Search::All, Search::Automaton)
        }
    });
    match &*SEARCH {
        Search::Packed(p) => p.find(text).is_some(),
        Search::Automaton(a) => a.is_match(text),
        Search::All => true,
    }
}

/// [`says_translation`]'s pattern itself.
fn translation_pattern(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(concat!(
            r"(?i)\b(?:(?:our|my|own|the author'?s|the authors'|author'?s|editor'?s|the editor'?s|",
            r"unofficial|free|rough|machine|english) translations?\b|translations? (?:mine|ours|by|from)\b|",
            r"translated (?:by|from|into|here)\b|in translation\b|",
            // Spanish, Portuguese, Italian, French, Catalan.
            r"traducci[oó]n (?:propia|nuestra|m[ií]a|libre|del autor|de la autora)|traducido (?:por|del)\b|",
            r"tradu[cç][aã]o (?:nossa|pr[oó]pria|livre|minha)|traduzido (?:por|do)\b|",
            r"(?:nostra|mia) traduzione|traduzione (?:nostra|mia|propria)|tradott[oa] da\b|",
            r"(?:notre|ma) traduction|traduction (?:libre|personnelle|de l'auteur|de l’auteur|par)|traduit (?:par|de)\b|",
            r"\btrad\. (?:propia|nuestra|nossa|nostra|libre)|",
            // German, Dutch, Scandinavian, Polish, Czech, Russian.
            r"übersetzung|übersetzt\b|\bübers\.|",
            r"(?:eigen|onze|mijn) vertaling|vertaald (?:door|uit)\b|",
            r"(?:min|vår|egen) översättning|översatt (?:av|från)\b|(?:min|vores|egen) oversættelse|",
            r"(?:min|vår|egen) oversettelse|oversat af\b|oversatt av\b|",
            r"tłumaczenie (?:własne|moje|nasze)|(?:w )?tłum\. |",
            r"(?:vlastní|náš|můj) překlad|přeložil[aiy]?\b|",
            r"(?:наш|мой|собственный) перевод|перевод (?:наш|мой|автора)|в переводе\b)|",
            // Japanese, Chinese, Korean (no word boundaries there).
            r"拙訳|筆者訳|筆者による翻訳|引用者訳|笔者译|作者译|笔者翻译|筆者譯|作者譯|필자 번역|번역은 필자|",
            // `(trans.)`, `trans. Richard Pevear` (a name after a lower-case `trans.`).
            r"\((?:trans|tr)\.?\)|(?-i:\btrans\. \p{Lu})",
        ))
        .ok()
    });
    debug_assert!(re.is_some(), "the translation pattern compiles");
    re.as_ref().is_some_and(|re| re.is_match(text))
}

/// Whether an article's words round a quote, in its sentence, say it was asked (`Asked
/// whether`, `when asked about`, `put it to him`, `in answer to a question`). Byte
/// searches, ASCII case only: the first letter of `Asked` or `Question` either way. Read
/// for `check` only (`ExtractOptions::speakers`), as the speaker is.
fn says_asked(text: &str) -> bool {
    if text.len() < 6 {
        return false;
    }
    [
        "asked",
        "Asked",
        "asking",
        "Asking",
        "uestion",
        "put it to",
        "put to ",
    ]
    .iter()
    .any(|w| memchr::memmem::find(text.as_bytes(), w.as_bytes()).is_some())
}

/// The last few words of `before` (a sentence up to a quote's opening mark): its last 48
/// bytes or so, cut at a character (and word) boundary, for [`Quote::lead`].
fn lead_words(before: &str) -> String {
    let mut from = before.len().saturating_sub(48);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = before.get(from..).unwrap_or("");
    let tail = if from > 0 {
        tail.split_once(char::is_whitespace).map_or("", |(_, t)| t)
    } else {
        tail
    };
    tail.trim().to_string()
}

/// The first words of an article's sentence after a quote (see [`Quote::trail`]): up to
/// 48 bytes, cut at a word's end.
fn trail_words(after: &str) -> String {
    let after = after.trim_start();
    if after.len() <= 48 {
        return after.trim_end().to_string();
    }
    let mut to = 48;
    while !after.is_char_boundary(to) {
        to -= 1;
    }
    let head = after.get(..to).unwrap_or("");
    head.rfind(char::is_whitespace)
        .map_or(head, |i| head.get(..i).unwrap_or(""))
        .to_string()
}

/// The whitespace-separated words of `s` in lower case, without the punctuation around them
/// (`“Report,”` is `report`); an all-punctuation word is empty.
fn lower_bare_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_translators_credit_passes_the_prefilter() {
        // Each alternative of the pattern, in the case writers use and in capitals: the byte
        // search in front of the regex must let every one of them through.
        let credits = [
            "our translation",
            "My Translation",
            "translation by",
            "translated from",
            "in translation",
            "traducción propia",
            "traducido por",
            "tradução nossa",
            "traduzido do",
            "nostra traduzione",
            "traduzione mia",
            "tradotto da",
            "notre traduction",
            "traduction libre",
            "traduit par",
            "trad. propia",
            "eigene Übersetzung",
            "übersetzt",
            "übers. von",
            "eigen vertaling",
            "vertaald door",
            "vertaald uit",
            "min översättning",
            "översatt av",
            "min oversættelse",
            "egen oversettelse",
            "oversat af",
            "oversatt av",
            "tłumaczenie własne",
            "tłum. X",
            "vlastní překlad",
            "přeložil",
            "наш перевод",
            "перевод автора",
            "в переводе",
            "拙訳",
            "筆者による翻訳",
            "笔者译",
            "作者譯",
            "필자 번역",
            "(trans.)",
            "(tr.)",
            "trans. Richard",
        ];
        for c in credits {
            assert!(says_translation(c), "{c}");
            let upper = c.to_uppercase();
            if upper != c && !upper.has_str("TRANS. R") {
                assert!(says_translation(&upper), "{upper}");
            }
        }
        assert!(!says_translation("IEEE Trans. power systems said so"));
        assert!(!says_translation("the minister said on Tuesday"));
    }

    #[test]
    fn word_count_is_words_holding_a_letter_or_digit() {
        let by_words = |s: &str| {
            s.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        for s in [
            "",
            "  one two  three ",
            "— dash - and … ellipsis",
            "naïve café\u{a0}déjà\u{2003}vu",
            "x\u{85}y\u{3000}z 1,000 ½",
            "«\u{4e2d}\u{6587}» — “quoted”",
            "tab\there\nnewline\r\n",
        ] {
            assert_eq!(count_words(s), by_words(s), "{s:?}");
        }
        assert_eq!(count_words("a — b ... c"), 3);
        // Chinese and Japanese: two characters a word, a run of katakana one, punctuation
        // and Latin words ending a run.
        for (s, want) in [
            ("潮汐表从未被更正", 4),
            ("潮汐表从未被更", 4),
            ("供给侧结构性改革", 4),
            ("ユーザーエクスペリエンス", 1),
            ("測深データ2019年、abc漢字。", 6),
            ("嵐の後 ship", 3),
            ("ジョン・スミス", 2),
        ] {
            assert_eq!(count_words(s), want, "{s:?}");
        }
    }

    #[test]
    fn boilerplate_fast_path_agrees_with_lowercasing() {
        for s in [
            "",
            "Plain prose about harbours.",
            "  COPYRIGHT 2024 the authors",
            "© The Harbour Trust",
            "Editor’s Note: this piece was updated",
            "EDITOR'S note",
            "Text. All Rights Reserved.",
            "Please SUBSCRIBE to the Newsletter",
            "Accept the Coo\u{212A}ie policy",
            "The \u{212A}elvin sign alone",
            "Clİck here",
            "A BUTTON and a home-page",
            "Sign Up today",
            "advertİsing",
            "Subscribe: all rights reserved",
            "home pageall rights reservedrop down",
            "copyrightall rights reserved",
        ] {
            assert_eq!(boilerplate(s), boilerplate_slow(s), "{s:?}");
        }
        assert_eq!(boilerplate("Accept the Coo\u{212A}ie policy"), 1);
        assert_eq!(boilerplate("Text. All Rights Reserved."), 2);
    }

    /// Pieces of the phrases, overlapping ones, case variants and other text.
    const BOILER_PIECES: &[&str] = &[
        "all",
        "ALL",
        " rights",
        " Rights",
        " reserved",
        "copy",
        "right",
        "all rights reserved",
        "subscribe",
        "Sub",
        "scribe",
        "home",
        " page",
        "page",
        "drop",
        "-down",
        " down",
        "cookie",
        "advertis",
        "click here",
        "this site",
        "sign up",
        "editor's note",
        "Editor’s note",
        " ",
        "a",
        "é",
        "©",
        "\u{212A}",
        "İ",
        "button",
        "follow us",
        "reprint",
        "COOKIE",
        "Click Here",
        "Home Page",
        "Sign Up",
        "Copyright",
        "Subscribe",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The lower-cased leftmost search agrees with lower-casing and looking for each
        /// phrase, on text made of the phrases' pieces.
        #[test]
        fn boilerplate_agrees_with_lowercasing_on_generated_text(
            ix in proptest::collection::vec(0usize..BOILER_PIECES.len(), 0..14)
        ) {
            let s: String = ix.iter().filter_map(|&i| BOILER_PIECES.get(i)).copied().collect();
            proptest::prop_assert_eq!(boilerplate(&s), boilerplate_slow(&s), "{:?}", s);
        }
    }

    /// A closing line naming a role is the credit; a line of dialogue (a dash, a comma, no
    /// full stop) is quoted text, as is any line of a dashed exchange without a link.
    #[test]
    fn role_credits_and_dialogue_lines() {
        let end = |text: &str| credit_line_at(text, &[], false);
        for (text, credit) in [
            ("The plan was sound.\n\u{2014} Press office, 2024", true),
            (
                "The plan was sound.\n\u{2014} Opinion column, The Courier",
                true,
            ),
            ("The plan was sound.\n\u{2014} Kofi Mensah", true),
            (
                "\u{2014} Tu viens ce soir ?\n\u{2014} Oui, peut-\u{ea}tre",
                false,
            ),
            ("Are you coming tonight?\n\u{2014} Well, maybe later", false),
            ("\u{2014} Is it ready?\n\u{2014} Yes, nearly done", false),
        ] {
            let at = end(text);
            assert_eq!(at < text.len(), credit, "{text:?}");
        }
        // A link makes the closing line of an exchange a credit still.
        let text = "\u{2014} Is it ready?\n\u{2014} Press office, source";
        let link = (text.len() - 6, text.len(), 0);
        assert!(credit_line_at(text, &[link], false) < text.len());
    }

    #[test]
    fn titled_words_are_sorted_for_binary_search() {
        assert!(TITLED.windows(2).all(|w| w[0] < w[1]));
        assert!(TITLED.iter().all(|t| t.len() <= 16));
        assert!(NAMING.windows(2).all(|w| w[0] < w[1]));
        assert!(NAMING.iter().all(|t| t.len() <= 16 && !TITLED.contains(t)));
        assert!(MAKERS.windows(2).all(|w| w[0] < w[1]));
        assert!(MAKERS.iter().all(|t| t.len() <= 16));
    }

    #[test]
    fn quote_mark_scan_sees_every_mark() {
        for (s, want) in [
            ("no marks — at all’", false),
            ("a “b", true),
            ("a ”", true),
            ("«x", true),
            ("only » here", true),
            ("„x", true),
            ("a ‘single’ — and an arrow →", true),
            ("don't — it's fine", false),
            ("a 'straight' one", true),
            ("say \"x", true),
        ] {
            assert_eq!(has_quote_mark(s), want, "{s:?}");
            assert_eq!(
                s.contains(['"', '“', '”', '«', '»', '„', '‘'])
                    || s.split_whitespace().any(|w| w.starts_with('\'')),
                want,
                "reference for {s:?}"
            );
        }
    }
}
