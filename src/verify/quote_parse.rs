//! Quotes as people write them: ellipses, square-bracket edits and editorial notes.
//!
//! - An ellipsis (`…`, `...`, `. . .`, `[…]`, `[...]`, `(…)`) splits a quote into parts that
//!   must appear on the page in order, with any gap between.
//! - A bracket attached to a word (`[t]he`, `work[s]`) is an editorial change to that word:
//!   the word matches the page's word if they are equal once the brackets are removed, or if
//!   the page's word has the unbracketed letters at the same end (`[t]he` ≈ "The").
//! - A free-standing bracket (`[the President]`) stands in for 0–6 of the page's words — but
//!   never for a negation or a number: a bracket holding "not", "only", a digit … is treated
//!   as literal words that must be on the page, and a wildcard never swallows a page's
//!   negation or number. Which words it may stand for is judged once the part is found
//!   (see [`bracket_may_replace`]): a form of its own words or, in English, a function word
//!   (`[The ministry] said` for "It said"), else the quote is `altered`.
//! - `[sic]` (`[sic!]`, `(sic)`), `[emphasis added]`, `[citations omitted]`, `(cleaned up)`
//!   and the like are dropped; punctuation around the quote takes no part in matching. (The
//!   page's own `[sic]` is dropped too, by the normaliser: see [`super::normalize::sic_len`].)

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::normalize::{is_limiter, is_number, normalize, tokenize};

/// The most page words a free-standing bracket may stand for.
pub const MAX_WILDCARD_WORDS: usize = 6;

/// Marks a free-standing bracket in the cleaned text (a private-use character).
const WILD: char = '\u{E000}';

/// One element of a quote part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// A word, normalised.
    Word {
        /// The normalised word.
        norm: String,
        /// Byte range of the word in the part's `raw` text.
        span: Range<usize>,
        /// For a word with an attached bracket: its unbracketed leading and trailing letters.
        flex: Option<(String, String)>,
    },
    /// A free-standing bracket: 0 to [`MAX_WILDCARD_WORDS`] page words.
    Wild {
        /// Byte range of the bracket in the part's `raw` text.
        span: Range<usize>,
    },
}

/// One ellipsis-separated part of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotePart {
    /// The part as written (editorial notes removed).
    pub raw: String,
    /// Its words and wildcards, in order; never starts or ends with a wildcard.
    pub elems: Vec<Elem>,
    /// Whether the writer edited it with brackets.
    pub bracketed: bool,
}

impl QuotePart {
    /// Number of words (wildcards excluded).
    #[must_use]
    pub fn words(&self) -> usize {
        self.elems
            .iter()
            .filter(|e| matches!(e, Elem::Word { .. }))
            .count()
    }

    /// The part as written, from its first word to its last (surrounding punctuation off).
    #[must_use]
    pub fn display(&self) -> &str {
        let span = |e: &Elem| match e {
            Elem::Word { span, .. } | Elem::Wild { span } => span.clone(),
        };
        match (self.elems.first(), self.elems.last()) {
            (Some(a), Some(b)) => self
                .raw
                .get(span(a).start..span(b).end)
                .unwrap_or(&self.raw),
            _ => &self.raw,
        }
    }
}

/// A parsed quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedQuote {
    /// The parts, in order. Empty when the quote has no words.
    pub parts: Vec<QuotePart>,
}

impl ParsedQuote {
    /// Total words over all parts.
    #[must_use]
    pub fn words(&self) -> usize {
        self.parts.iter().map(QuotePart::words).sum()
    }
}

fn editorial_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\[\s*(?:sic\s*[!.]?|emphasis (?:added|mine|supplied|in original|omitted)|(?:internal )?(?:citations?|quotation marks|footnotes?|alterations?) (?:omitted|in original|added))\s*\]|\(\s*(?:cleaned up|sic\s*[!.]?)\s*\)",
        )
        .unwrap_or_else(|_| unreachable!("the pattern is a constant"))
    })
}

fn ellipsis_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[\[(]\s*(?:…|\.\s?\.\s?\.)\s*[\])]|…|\.(?:\s?\.){2,}")
            .unwrap_or_else(|_| unreachable!("the pattern is a constant"))
    })
}

/// Parses a quote's text into ordered parts.
#[must_use]
pub fn parse_quote(text: &str) -> ParsedQuote {
    let cleaned = editorial_re().replace_all(text, "");
    let parts = ellipsis_re()
        .split(&cleaned)
        .filter_map(parse_part)
        .collect();
    ParsedQuote { parts }
}

fn parse_part(raw: &str) -> Option<QuotePart> {
    // Build a cleaned copy with brackets resolved, remembering for each byte where it came
    // from in `raw` and whether it was inside an attached bracket.
    let mut clean = String::with_capacity(raw.len());
    let mut from: Vec<usize> = Vec::with_capacity(raw.len());
    let mut inside: Vec<bool> = Vec::with_capacity(raw.len());
    let mut bracketed = false;
    let push = |clean: &mut String,
                from: &mut Vec<usize>,
                inside: &mut Vec<bool>,
                c: char,
                at: usize,
                ins: bool| {
        let before = clean.len();
        clean.push(c);
        for _ in before..clean.len() {
            from.push(at);
            inside.push(ins);
        }
    };
    let mut i = 0;
    while i < raw.len() {
        let Some(c) = raw[i..].chars().next() else {
            break;
        };
        if c == '[' {
            if let Some(close_rel) = raw[i + 1..].find(']') {
                let close = i + 1 + close_rel;
                let content = &raw[i + 1..close];
                let prev_alnum = raw[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let next_alnum = raw[close + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                bracketed = true;
                let n = normalize(content);
                let sensitive = tokenize(&n.text).into_iter().any(|r| {
                    let w = &n.text[r];
                    is_limiter(w) || is_number(w)
                });
                // A bare number in brackets set against the word or stop before it
                // (`rose[3] sharply`, `in 2019.[12]`) is a reference marker copied with the
                // words, as from an encyclopaedia: not the quoter's figure, and no word of the
                // page's sentence. Set apart (`in [5] regions`), it is an editor's figure.
                let marker = (1..=3).contains(&content.len())
                    && content.bytes().all(|b| b.is_ascii_digit())
                    && raw[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| !c.is_whitespace() && !c.is_ascii_digit())
                    && !next_alnum;
                if !marker && (prev_alnum || next_alnum || sensitive || content.trim().is_empty()) {
                    for (j, ch) in content.char_indices() {
                        push(&mut clean, &mut from, &mut inside, ch, i + 1 + j, true);
                    }
                } else {
                    push(&mut clean, &mut from, &mut inside, ' ', i, false);
                    push(&mut clean, &mut from, &mut inside, WILD, i, false);
                    push(&mut clean, &mut from, &mut inside, ' ', close, false);
                }
                i = close + 1;
                continue;
            }
        }
        push(&mut clean, &mut from, &mut inside, c, i, false);
        i += c.len_utf8();
    }
    let n = normalize(&clean);
    let mut elems: Vec<(usize, Elem)> = Vec::new();
    for r in tokenize(&n.text) {
        let cr = n.original_range(&clean, r.clone());
        let mut start = from.get(cr.start).copied().unwrap_or(0);
        let mut end = from.get(cr.end.saturating_sub(1)).map_or(raw.len(), |&s| {
            s + raw[s..].chars().next().map_or(0, char::len_utf8)
        });
        // Show an attached bracket whole: `[t]he`, not `t]he`.
        if raw[..start].ends_with('[') && inside.get(cr.start).copied().unwrap_or(false) {
            start -= 1;
        }
        if raw[end..].starts_with(']')
            && inside
                .get(cr.end.saturating_sub(1))
                .copied()
                .unwrap_or(false)
        {
            end += 1;
        }
        let span = start..end;
        let word = &n.text[r.clone()];
        let flags: Vec<(char, bool)> = word
            .char_indices()
            .map(|(k, ch)| {
                let at = n.map.get(r.start + k).copied().unwrap_or(0) as usize;
                (ch, inside.get(at).copied().unwrap_or(false))
            })
            .collect();
        let flex = if flags.iter().any(|&(_, b)| b) {
            let prefix: String = flags
                .iter()
                .take_while(|&&(_, b)| !b)
                .map(|&(c, _)| c)
                .collect();
            let suffix: String = flags
                .iter()
                .rev()
                .take_while(|&&(_, b)| !b)
                .map(|&(c, _)| c)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            Some((prefix, suffix))
        } else {
            None
        };
        elems.push((
            r.start,
            Elem::Word {
                // In the page's index's spelling (`color` for `colour`): a bracket-edited
                // word is compared letter by letter, as written.
                norm: if flex.is_none() {
                    super::normalize::spelling_key(word).into_owned()
                } else {
                    word.to_string()
                },
                span,
                flex,
            },
        ));
    }
    for (k, ch) in n.text.char_indices() {
        if ch == WILD {
            let at = n.map.get(k).copied().unwrap_or(0) as usize;
            let start = from.get(at).copied().unwrap_or(0);
            let end = raw[start..].find(']').map_or(raw.len(), |e| start + e + 1);
            elems.push((k, Elem::Wild { span: start..end }));
        }
    }
    elems.sort_by_key(|(k, _)| *k);
    let mut elems: Vec<Elem> = elems.into_iter().map(|(_, e)| e).collect();
    // Wildcards at either end stand for nothing that needs finding.
    while matches!(elems.first(), Some(Elem::Wild { .. })) {
        elems.remove(0);
    }
    while matches!(elems.last(), Some(Elem::Wild { .. })) {
        elems.pop();
    }
    if elems.is_empty() {
        return None;
    }
    Some(QuotePart {
        raw: raw.to_string(),
        elems,
        bracketed,
    })
}

/// English words a bracket may replace without putting other words in the speaker's mouth:
/// pronouns, possessives, demonstratives, articles, auxiliary and modal verbs, and the
/// commonest prepositions and conjunctions (`[The ministry] said` for "It said", `[was]`
/// for "is").
pub(crate) fn is_english_function_word(w: &str) -> bool {
    matches!(
        w,
        "it" | "he"
            | "she"
            | "they"
            | "them"
            | "him"
            | "his"
            | "her"
            | "hers"
            | "their"
            | "theirs"
            | "its"
            | "itself"
            | "himself"
            | "herself"
            | "themselves"
            | "this"
            | "that"
            | "these"
            | "those"
            | "here"
            | "there"
            | "we"
            | "us"
            | "our"
            | "ours"
            | "i"
            | "me"
            | "my"
            | "mine"
            | "you"
            | "your"
            | "yours"
            | "one"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "what"
            | "the"
            | "a"
            | "an"
            | "is"
            | "was"
            | "are"
            | "were"
            | "am"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "it's"
            | "he's"
            | "she's"
            | "that's"
            | "there's"
            | "they're"
            | "we're"
            | "you're"
            | "i'm"
            | "i've"
            | "we've"
            | "they've"
            | "you've"
            | "i'd"
            | "he'd"
            | "she'd"
            | "we'd"
            | "they'd"
            | "i'll"
            | "he'll"
            | "she'll"
            | "we'll"
            | "they'll"
            | "it'll"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "by"
            | "from"
            | "and"
            | "or"
            | "but"
            | "as"
    )
}

/// Common irregular verb forms that share no letters' stem (`said` for `say`).
const IRREGULAR_FORMS: &[&[&str]] = &[
    &["say", "says", "said"],
    &["tell", "tells", "told"],
    &["make", "makes", "made"],
    &["buy", "buys", "bought"],
    &["bring", "brings", "brought"],
    &["think", "thinks", "thought"],
    &["go", "goes", "went", "gone", "going"],
    &["sell", "sells", "sold"],
    &["pay", "pays", "paid"],
    &["find", "finds", "found"],
    &["hold", "holds", "held"],
    &["keep", "keeps", "kept"],
    &["leave", "leaves", "left"],
    &["lose", "loses", "lost"],
    &["seek", "seeks", "sought"],
    &["teach", "teaches", "taught"],
    &["catch", "catches", "caught"],
    &["fight", "fights", "fought"],
    &["build", "builds", "built"],
    &["send", "sends", "sent"],
    &["spend", "spends", "spent"],
    &["feel", "feels", "felt"],
    &["stand", "stands", "stood"],
    &["understand", "understands", "understood"],
    &["run", "runs", "ran"],
    &["come", "comes", "came"],
    &["see", "sees", "saw", "seen"],
    &["get", "gets", "got", "gotten"],
];

/// `w` without one common inflectional ending (`rising` → `ris`, `consulted` → `consult`),
/// when at least three letters remain.
fn inflection_base(w: &str) -> &str {
    for suf in [
        "ing", "ied", "ies", "ed", "es", "er", "est", "ly", "en", "s",
    ] {
        if let Some(b) = w.strip_suffix(suf) {
            if b.chars().count() >= 3 {
                return b;
            }
        }
    }
    w
}

/// The consonants of an ASCII word, doubled ones once (`fall` → `fl`, `rose` → `rs`).
fn consonant_skeleton(w: &str) -> String {
    let mut out = String::new();
    for c in w.chars() {
        if !"aeiouy".contains(c) && !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Whether two normalised words are forms of one word: equal, sharing an inflected stem
/// (`rise`/`rising`, `consult`/`consulted`, `ministry`/`minister`), a strong verb's vowel
/// change (`rise`/`rose`, `fall`/`fell`, `write`/`wrote`: the same first letter and
/// consonants), or a common irregular form (`say`/`said`).
#[must_use]
pub fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ba, bb) = (inflection_base(a), inflection_base(b));
    let common = ba
        .chars()
        .zip(bb.chars())
        .take_while(|(x, y)| x == y)
        .count();
    let shorter = ba.chars().count().min(bb.chars().count());
    if common >= 3 && common + 1 >= shorter {
        return true;
    }
    if ba.is_ascii() && bb.is_ascii() && ba.get(..1) == bb.get(..1) {
        let (sa, sb) = (consonant_skeleton(ba), consonant_skeleton(bb));
        if sa.len() >= 2 && sa == sb {
            return true;
        }
    }
    IRREGULAR_FORMS
        .iter()
        .any(|forms| forms.contains(&a) && forms.contains(&b))
}

/// Whether a bracket holding the words `bracket` (normalised) may stand where the page has
/// `page_word` (normalised) as an editorial fit rather than a change of what was said: a
/// form of one of its words (`[rose]` for "rise"), or, on an English page, a pronoun,
/// possessive, demonstrative, article, auxiliary or like function word (`[The ministry]`
/// for "It"). Elsewhere, with no list of function words, any word under four letters.
#[must_use]
pub fn bracket_may_replace(bracket: &[String], page_word: &str, english: bool) -> bool {
    bracket.iter().any(|b| same_stem(b, page_word))
        || if english {
            is_english_function_word(page_word)
        } else {
            page_word.chars().count() < 4
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(q: &str) -> Vec<Vec<String>> {
        parse_quote(q)
            .parts
            .iter()
            .map(|p| {
                p.elems
                    .iter()
                    .map(|e| match e {
                        Elem::Word {
                            norm, flex: None, ..
                        } => norm.clone(),
                        Elem::Word {
                            norm,
                            flex: Some((a, b)),
                            ..
                        } => format!("{norm}<{a}|{b}>"),
                        Elem::Wild { .. } => "*".into(),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn parses_people_quotes() {
        let cases: &[(&str, &[&[&str]])] = &[
            ("plain words here", &[&["plain", "words", "here"]]),
            (
                "alpha beta … gamma delta",
                &[&["alpha", "beta"], &["gamma", "delta"]],
            ),
            ("alpha beta ... gamma", &[&["alpha", "beta"], &["gamma"]]),
            ("alpha beta . . . gamma", &[&["alpha", "beta"], &["gamma"]]),
            (
                "alpha [...] beta [\u{2026}] gamma",
                &[&["alpha"], &["beta"], &["gamma"]],
            ),
            (
                "...leading and trailing...",
                &[&["leading", "and", "trailing"]],
            ),
            ("[t]he plan", &[&["the<|he>", "plan"]]),
            (
                "he said [the President] would go",
                &[&["he", "said", "*", "would", "go"]],
            ),
            ("[He] said so", &[&["said", "so"]]),
            ("it was [not] done", &[&["it", "was", "not<|>", "done"]]),
            ("costs [12] more", &[&["costs", "12<|>", "more"]]),
            (
                "it happen[s] [sic] often",
                &[&["it", "happens<happen|>", "often"]],
            ),
            (
                "the point [emphasis added] stands (cleaned up)",
                &[&["the", "point", "stands"]],
            ),
            (
                "\u{201C}Hello,\u{201D} she wrote.",
                &[&["hello", "she", "wrote"]],
            ),
        ];
        for (q, want) in cases {
            let want: Vec<Vec<String>> = want
                .iter()
                .map(|p| p.iter().map(|s| (*s).to_string()).collect())
                .collect();
            assert_eq!(shape(q), want, "{q}");
        }
    }

    #[test]
    fn spans_point_into_the_part() {
        let q = parse_quote("“Hello, [t]here” world");
        let p = &q.parts[0];
        assert_eq!(p.display(), "Hello, [t]here\u{201D} world");
        if let Elem::Word { span, .. } = &p.elems[1] {
            assert_eq!(&p.raw[span.clone()], "[t]here");
        }
    }
}
