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
    /// A fact check's claim that its rating calls false (`Claim: …` under `Rating: False`).
    Debunked,
}

impl Notice {
    /// Whether the page takes the words back as its own (a misquote, words removed), so
    /// the rest of the page decides what it says; a withdrawn remark or a debunked claim
    /// was said, and the match stands.
    pub(super) fn sets_aside(self) -> bool {
        matches!(self, Notice::Misquote | Notice::Removed)
    }
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
/// Verbs that take words back with `back` after them (`took back that statement`,
/// `walked back her remarks`).
const TAKING: &[&str] = &[
    "took", "take", "takes", "taken", "taking", "walked", "walk", "walks", "walking",
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
        if (b.len() < 4 && w != "not")
            || !matches!(
                b[0],
                b'm' | b'v' | b'w' | b'r' | b'd' | b'a' | b'q' | b'n' | b'i' | b'o' | b't'
            )
        {
            continue;
        }
        let next = |k: usize| {
            (p + k < n && !ix.sentence_starts.get(p + k).copied().unwrap_or(true))
                .then(|| ix.word_at(p + k))
        };
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
        } else if any_of(w, &["reported", "stated"])
            && p > 0
            && any_of(ix.word_at(p - 1), WRONGLY)
            && (in_correction(src, p) || own_piece_before(src, p))
        {
            // `This story incorrectly reported that Dr Ferris said “…”`.
            Some((p + 1, Notice::Misquote, true))
        } else if w == "originally"
            && next(1).is_some_and(|v| any_of(v, &["quoted", "reported", "attributed"]))
            && (in_correction(src, p) || own_piece_before(src, p))
        {
            // `Correction: This article originally quoted Dr Ferris as saying “…”`.
            Some((p + 2, Notice::Misquote, true))
        } else if any_of(w, WITHDRAWING) || (any_of(w, TAKING) && next(1) == Some("back")) {
            let from = if any_of(w, TAKING) { p + 1 } else { p };
            // `has refused to withdraw`, `has not withdrawn`: the words stand.
            (!refused_before(src, p))
                .then(|| {
                    (from + 1..(from + 1 + CUE_REACH).min(n)).find(|&q| {
                        !ix.sentence_starts.get(q).copied().unwrap_or(true)
                            && any_of(ix.word_at(q), REMARKS)
                    })
                })
                .flatten()
                .map(|q| (q + 1, Notice::Withdrawn, true))
        } else if w == "taken" && next(1) == Some("out") {
            // `The quote “…” has been taken out of this story.`
            removed_after(src, p).then_some((p + 2, Notice::Removed, false))
        } else if any_of(w, REMOVING) {
            within(REMOVED_THINGS)
                .map(|q| (q + 1, Notice::Removed, true))
                .or_else(|| removed_after(src, p).then_some((p + 1, Notice::Removed, false)))
        } else if (w == "rather" && next(1) == Some("than"))
            || (w == "instead" && next(1) == Some("of"))
            || w == "not"
        {
            // A correction's `said “bold” rather than “reckless”`, `said “bold”, not
            // “reckless”`: the words after it are the misquote.
            let after = if w == "not" { p + 1 } else { p + 2 };
            (quote_opens_before(src, after) && in_correction(src, p)).then_some((
                after,
                Notice::Misquote,
                true,
            ))
        } else if w == "originally"
            && p > 0
            && ix.word_at(p - 1) == "as"
            && next(1).is_some_and(|v| QUOTING.contains(&v) || v == "published")
            && rejected_before(src, p - 1)
        {
            // `not “reckless” as originally reported`.
            Some((p + 2, Notice::Misquote, false))
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
        // The quotation a cue names with no words of it (`incorrectly attributed a quote to
        // Dr Hale.`) is the one the next sentence gives (`The remark, “…”, was made by …`).
        if kind == Notice::Misquote {
            if let Some(d) = named_in_next_sentence(src, cue_end) {
                if !out.iter().any(|o| o.words == d.words) {
                    out.push(d);
                }
                continue;
            }
        }
        if let Some(d) = about(src, cue_start, cue_end, kind, forward) {
            if !out.iter().any(|o| o.words == d.words) {
                out.push(d);
            }
        }
    }
    out.extend(
        debunked_claims(src)
            .into_iter()
            .filter(|d| !out.iter().any(|o| o.words == d.words))
            .collect::<Vec<_>>(),
    );
    out
}

/// Whether the verb at page word `p` is refused or negated in the words right before it
/// (`has refused to withdraw`, `declined to retract`, `has not withdrawn`, `never took
/// back`).
fn refused_before(src: &SourceText, p: usize) -> bool {
    let ix = &src.index;
    (p.saturating_sub(3)..p)
        .filter(|&q| !(q + 1..=p).any(|k| ix.sentence_starts.get(k).copied().unwrap_or(true)))
        .any(|q| {
            ix.flags_at(q) & super::matcher::NEG != 0
                || ix.word_at(q).starts_with("refus")
                || ix.word_at(q).starts_with("declin")
                || ix.word_at(q).starts_with("reject")
        })
}

/// For a cue whose object points back (`retracted the comment`, `took back that
/// statement`, `withdrew those remarks`) and whose clause holds no quotation, the last
/// quotation of the page's words before its clause, within [`ANAPHOR_WORDS`] words.
fn pointed_back(src: &SourceText, clause_start: usize, cue_end: usize) -> Option<Range<usize>> {
    let ix = &src.index;
    let object = cue_end.checked_sub(1)?;
    if !any_of(ix.word_at(object), REMARKS) || object == 0 {
        return None;
    }
    let det = ix.word_at(object - 1);
    if !any_of(
        det,
        &[
            "the", "that", "this", "those", "these", "his", "her", "their", "its",
        ],
    ) || ix.word_at(cue_end) == "that"
    {
        return None;
    }
    let from = clause_start.saturating_sub(ANAPHOR_WORDS);
    let base = ix.spans.get(from)?.0 as usize;
    let stop = ix.spans.get(clause_start)?.0 as usize;
    let words = quoted_words(src, base..stop, true)?;
    (!words.is_empty()).then_some(words)
}

/// How many words back a cue that points back (`retracted the comment`) looks for its
/// quotation.
const ANAPHOR_WORDS: usize = 80;

/// What an editor's note says was removed (`updated to remove a quote`).
const REMOVED_THINGS: &[&str] = &[
    "quote",
    "quotes",
    "quotation",
    "remark",
    "comment",
    "statement",
];

/// Whether the removing verb at page word `p` closes a passive clause about a quotation
/// before it (`A quote attributed to Dr Hale, “…”, has been deleted from this story`): `been`,
/// `was` or `were` right before, and the clause naming a quote, remark, comment or
/// statement, or the verb going on `from this story` (or article, report, piece, page).
fn removed_after(src: &SourceText, p: usize) -> bool {
    let ix = &src.index;
    if p == 0 || !any_of(ix.word_at(p - 1), &["been", "was", "were"]) {
        return false;
    }
    let from_this = ix.word_at(p + 1) == "from"
        && any_of(ix.word_at(p + 2), &["this", "the", "our"])
        && any_of(
            ix.word_at(p + 3),
            &[
                "story", "article", "report", "piece", "page", "post", "version",
            ],
        );
    let mut q = p;
    let mut named = false;
    while q > 0 && !clause_break(src, q) && p - q < 40 {
        q -= 1;
        named |= any_of(ix.word_at(q), REMOVED_THINGS);
    }
    named || from_this
}

/// Whether a quotation mark opens right before page word `q` (nothing but spaces, a comma
/// or the mark between it and the word before).
fn quote_opens_before(src: &SourceText, q: usize) -> bool {
    let ix = &src.index;
    let (Some(a), Some(b)) = (
        q.checked_sub(1).and_then(|k| ix.spans.get(k)),
        ix.spans.get(q),
    ) else {
        return false;
    };
    src.text
        .get(a.1 as usize..b.0 as usize)
        .is_some_and(|g| g.contains(['\u{201C}', '"', '\u{AB}', '\u{201E}']))
}

/// Whether the words right before page word `p` name the page itself (`This article`,
/// `This story`, `this report`): a correction speaking of what the page said.
fn own_piece_before(src: &SourceText, p: usize) -> bool {
    let ix = &src.index;
    (1..=3).any(|k| {
        p > k
            && any_of(
                ix.word_at(p - k),
                &["article", "story", "piece", "report", "post"],
            )
            && any_of(ix.word_at(p - k - 1), &["this", "the", "our"])
    })
}

/// Whether page word `p` stands in a sentence that says it corrects the page: `Correction`,
/// `corrected`, `amended`, `clarify` or `an earlier version` among its words before `p`, or
/// a `Correction:` label opening its line.
fn in_correction(src: &SourceText, p: usize) -> bool {
    let ix = &src.index;
    let mut q = p;
    while q > 0 && p - q < 60 {
        let w = ix.word_at(q - 1);
        if w.starts_with("correct")
            || w.starts_with("amend")
            || w.starts_with("clarif")
            || (w == "version" && q >= 2 && any_of(ix.word_at(q - 2), &["earlier", "previous"]))
        {
            return true;
        }
        if ix.sentence_starts.get(q).copied().unwrap_or(true) {
            break;
        }
        q -= 1;
    }
    false
}

/// Whether the quotation ending right before page word `p` is one the sentence rejects: a
/// `not`, `rather than` or `instead of` right before its opening mark (`said “bold”, not
/// “reckless” as originally reported`).
fn rejected_before(src: &SourceText, p: usize) -> bool {
    let ix = &src.index;
    // Up to the word, closing mark included.
    let (Some(from), Some(to)) = (ix.spans.get(p.saturating_sub(30)), ix.spans.get(p)) else {
        return false;
    };
    let Some(before) = src.text.get(from.0 as usize..to.0 as usize) else {
        return false;
    };
    // The quotation must close right before the word.
    if !before
        .trim_end_matches([' ', ','])
        .ends_with(['\u{201D}', '"', '\u{BB}', '\u{201C}'])
    {
        return false;
    }
    let Some((open, _)) = quotation(before, true) else {
        return false;
    };
    let lead = before
        .get(..open)
        .unwrap_or("")
        .trim_end()
        .trim_end_matches(',');
    let lower = lead.to_lowercase();
    ["not", "rather than", "instead of"].iter().any(|w| {
        lower.ends_with(w)
            && lower
                .get(..lower.len() - w.len())
                .is_none_or(|h| h.is_empty() || h.ends_with([' ', ',']))
    })
}

/// For a cue whose clause (after page word `cue_end`) names a quotation but holds none (`a
/// quote`, `remarks`), the quotation of the next sentence, if it has one.
fn named_in_next_sentence(src: &SourceText, cue_end: usize) -> Option<Disowned> {
    let ix = &src.index;
    let mut clause_end = cue_end;
    let mut names = false;
    while clause_end < ix.len() && !clause_break(src, clause_end) {
        names |= any_of(ix.word_at(clause_end), REMARKS);
        clause_end += 1;
    }
    if !names || clause_end >= ix.len() || !ix.sentence_starts[clause_end] {
        return None;
    }
    let clause = src.text.get(ix.byte_range(cue_end, clause_end))?;
    if quotation(clause, false).is_some() {
        return None;
    }
    let mut end = clause_end + 1;
    while end < ix.len() && !ix.sentence_starts[end] && end - clause_end < 60 {
        end += 1;
    }
    // From the end of the cue's clause: the next sentence may open with the quotation.
    let base = ix.spans[clause_end - 1].1 as usize;
    let stop = ix.spans.get(end).map_or(src.text.len(), |s| s.0 as usize);
    let words = quoted_words(src, base..stop, false)?;
    if words.is_empty() {
        return None;
    }
    let mut start = cue_end;
    while start > 0 && !ix.sentence_starts[start] && cue_end - start < LABEL_WORDS {
        start -= 1;
    }
    let label = src
        .text
        .get(ix.byte_range(start, clause_end))?
        .trim_end_matches(['.', ' '])
        .to_string();
    Some(Disowned {
        words,
        kind: Notice::Misquote,
        label,
    })
}

/// How a fact check's verdict line opens (`Rating: False`, `Our ruling: Pants on Fire`).
const RATING_LABELS: &[&str] = &[
    "rating",
    "our rating",
    "the rating",
    "verdict",
    "our verdict",
    "the verdict",
    "ruling",
    "our ruling",
    "fact check",
    "conclusion",
    "our conclusion",
];

/// Ratings that say a claim is false or its words were never said.
const FALSE_RATINGS: &[&str] = &[
    "false",
    "mostly false",
    "fake",
    "fabricated",
    "misattributed",
    "incorrect",
    "pants on fire",
    "untrue",
    "not true",
    "no evidence",
    "unfounded",
    "baseless",
    "wrong",
    "four pinocchios",
];

/// Whether an image's `alt` text is a fact check's rating that calls a claim false, and
/// nothing else (`false`, `Pants on Fire`, `pants-fire`, `Mostly False`): a rating meter's
/// picture.
pub(super) fn false_rating(alt: &str) -> bool {
    let alt = alt
        .trim()
        .trim_end_matches(['.', '!'])
        .to_lowercase()
        .replace(['-', '_'], " ");
    let alt = alt.split_whitespace().collect::<Vec<_>>().join(" ");
    alt == "pants fire" || FALSE_RATINGS.contains(&alt.as_str())
}

/// Lines back from a rating meter's picture where the statement it rates may stand (the
/// statement, its speaker's line, the meter).
const RATED_LINES: usize = 3;

/// The statements a fact check's rating meter (a picture whose `alt` calls them false,
/// [`false_rating`]) rates: the nearest quotation in the few lines above the picture
/// (`“The city will ban …”` / `Lena Hart stated on 1 March` / the meter).
fn rated_by_pictures(src: &SourceText) -> Vec<Disowned> {
    let text = &src.text;
    let mut out: Vec<Disowned> = Vec::new();
    for (at, alt) in &src.ratings {
        let Some(head) = text.get(..*at) else {
            continue;
        };
        let mut end = head.trim_end_matches(['\n', ' ']).len();
        for _ in 0..RATED_LINES {
            let start = text
                .get(..end)
                .and_then(|h| h.rfind('\n'))
                .map_or(0, |i| i + 1);
            // The statement is its line: a quotation from the line's start to its end.
            let line = text.get(start..end).unwrap_or("").trim();
            let whole = quotation(line, true).is_some_and(|(open, close)| {
                open == 0
                    && line
                        .get(close..)
                        .and_then(|t| t.chars().next().map(|c| t.get(c.len_utf8()..)))
                        .flatten()
                        .is_some_and(|rest| rest.trim_matches(['.', ',', '!', '?', ' ']).is_empty())
            });
            if let Some(words) =
                quoted_words(src, start..end, true).filter(|w| whole && !w.is_empty())
            {
                if !out.iter().any(|o| o.words == words) {
                    out.push(Disowned {
                        words,
                        kind: Notice::Debunked,
                        label: format!("rated {alt}"),
                    });
                }
                break;
            }
            if start == 0 {
                break;
            }
            end = start - 1;
        }
    }
    out
}

/// A fact check's claim that its own rating calls false: the words of a line that opens
/// `Claim:` (or of the line under a `Claim` heading), on a page with a line `Rating: False`
/// (`Verdict: Misattributed`, `Our ruling` over `Pants on Fire`), or on such a page with no
/// `Claim:` line, a quotation its sentence introduces as a claim (`Social media users are
/// sharing a claim that Lena Hart said “…”`, `Posts claim she said “…”`); and a statement
/// a rating meter's picture calls false (see [`rated_by_pictures`]). A claim that is rated
/// true, or a page with no rating, disowns nothing.
fn debunked_claims(src: &SourceText) -> Vec<Disowned> {
    let text = &src.text;
    let pictured = rated_by_pictures(src);
    // Byte pre-check: no `laim` (claim, Claim) or `LAIM` (CLAIM, as AP sets it), no fact
    // check.
    if !text.contains("laim") && !text.contains("LAIM") {
        return pictured;
    }
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .scan(0usize, |at, l| {
            let start = *at;
            *at += l.len() + 1;
            Some((start, l))
        })
        .collect();
    // `Label: rest` or `Label` alone with the rest on the next line: where the rest starts,
    // and it.
    let labelled = |k: usize, labels: &[&str]| -> Option<(usize, String)> {
        let (at, line) = *lines.get(k)?;
        let t = line.trim_start();
        let lead = line.len() - t.len();
        for l in labels {
            if !t.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)) {
                continue;
            }
            let rest = t.get(l.len()..)?;
            if rest.trim().trim_end_matches(':').is_empty() {
                let (nat, nl) = *lines.get(k + 1)?;
                let shown = nl.trim();
                return (!shown.is_empty())
                    .then(|| (nat + nl.len() - nl.trim_start().len(), shown.to_string()));
            }
            let r = rest.strip_prefix(':')?;
            let shown = r.trim_start();
            return Some((
                at + lead + l.len() + 1 + (r.len() - shown.len()),
                shown.trim_end().to_string(),
            ));
        }
        None
    };
    // The rating, as shown, and whether it stands alone (`False.`, `False`), not as the
    // first word of a headline (`Fact check: False claims about the ferry`).
    let mut alone = false;
    let rating = (0..lines.len()).find_map(|k| {
        let (_, r) = labelled(k, RATING_LABELS)?;
        let lower = r.to_lowercase();
        let next = |f: &str| lower[f.len()..].chars().next();
        let f = FALSE_RATINGS
            .iter()
            .find(|f| lower.starts_with(*f) && next(f).is_none_or(|c| !c.is_alphanumeric()))?;
        alone = next(f).is_none_or(|c| c.is_ascii_punctuation());
        let line = lines[k].1.trim();
        // A label alone on its line is shown with the rating under it.
        let shown = if line.len() < r.len() {
            format!("{} {r}", line.trim_end_matches(':'))
        } else {
            line.to_string()
        };
        Some(
            shown
                .split_whitespace()
                .take(10)
                .collect::<Vec<_>>()
                .join(" "),
        )
    });
    let Some(rating) = rating else {
        return pictured;
    };
    let mut out: Vec<Disowned> = (0..lines.len())
        .filter_map(|k| labelled(k, &["claim", "the claim", "what was claimed"]))
        .filter_map(|(at, claim)| {
            let words = words_within(src, at..at + claim.len());
            (!words.is_empty()).then(|| Disowned {
                words,
                kind: Notice::Debunked,
                label: rating.clone(),
            })
        })
        .collect();
    if out.is_empty() && alone {
        out = introduced_claims(src, &lines)
            .into_iter()
            .map(|words| Disowned {
                words,
                kind: Notice::Debunked,
                label: rating.clone(),
            })
            .collect();
    }
    for p in pictured {
        if !out.iter().any(|o| o.words == p.words) {
            out.push(p);
        }
    }
    out
}

/// The quotations (page words inside their marks) whose sentence introduces them as a
/// claim before them (`a claim that Lena Hart said “…”`, `Posts claimed she said “…”`,
/// `claiming the mayor called it “…”`).
fn introduced_claims(src: &SourceText, lines: &[(usize, &str)]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for &(at, line) in lines {
        let mut from = 0;
        while let Some((open, close)) = line.get(from..).and_then(|t| quotation(t, false)) {
            let (open, close) = (from + open, from + close);
            let before = line.get(..open).unwrap_or("");
            let sentence = [". ", "? ", "! "]
                .iter()
                .filter_map(|p| before.rfind(p).map(|i| i + p.len()))
                .max()
                .map_or(before, |i| before.get(i..).unwrap_or(""));
            let claimed = sentence.split_whitespace().any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                    "claim" | "claims" | "claimed" | "claiming"
                )
            });
            if claimed {
                let words = words_within(src, at + open..at + close);
                if !words.is_empty() {
                    out.push(words);
                }
            }
            from = close
                + line
                    .get(close..)
                    .and_then(|t| t.chars().next())
                    .map_or(1, char::len_utf8);
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
    let quoted_after = quoted_words(
        src,
        end_byte(cue_end - 1)..byte(clause_end).min(src.text.len()),
        false,
    );
    let quoted_before = || quoted_words(src, byte(clause_start)..byte(cue_start), true);
    let (words, label_end) = match (forward, quoted_after) {
        (true, Some(w)) => (w.clone(), w.start),
        _ => match quoted_before() {
            Some(w) => (w, cue_end),
            None if forward => match pointed_back(src, clause_start, cue_end) {
                Some(w) => (w, clause_end),
                None => (cue_end..clause_end, cue_end),
            },
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

/// The page words from byte `range.start` to byte `range.end` of the page's text.
fn words_within(src: &SourceText, range: Range<usize>) -> Range<usize> {
    let word_from = |at: usize| src.index.spans.partition_point(|s| (s.0 as usize) < at);
    word_from(range.start)..word_from(range.end)
}

/// The page words of the first quotation (with `last`, the last one) in bytes `range` of
/// the page's text (see [`quotation`]).
fn quoted_words(src: &SourceText, range: Range<usize>, last: bool) -> Option<Range<usize>> {
    let (open, close) = quotation(src.text.get(range.clone())?, last)?;
    Some(words_within(src, range.start + open..range.start + close))
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
        // Past a short label (`Editor's note: This article was retracted on …`).
        let unlabelled = lower
            .split_once(": ")
            .filter(|(l, _)| l.split_whitespace().count() <= 4)
            .map_or(lower.as_str(), |(_, rest)| rest);
        let says = RETRACTED_OPENINGS.iter().any(|o| lower.starts_with(o))
            || [lower.as_str(), unlabelled]
                .iter()
                .any(|l| l.split(['.', ':', ';']).next().is_some_and(says_retracted));
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

/// The works a retraction notice names as itself.
const THIS_WORK: &[&str] = &["article", "paper", "study", "chapter", "preprint", "story"];

/// Whether a sentence (lower case) says its own page is retracted: `this article has been
/// retracted`, `this paper was retracted on 12 May 2024 at the request of …`, `this study
/// has now been formally retracted`; `the editors have retracted this article`, `the
/// journal has retracted this paper`. Not `this article explains why the paper was
/// retracted`: between the work and `retracted` only the verb's own words stand.
fn says_retracted(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let this_work = |i: usize| {
        words.get(i) == Some(&"this") && words.get(i + 1).is_some_and(|w| THIS_WORK.contains(w))
    };
    if this_work(0) {
        return words.iter().skip(2).take(5).any(|w| *w == "retracted")
            && words
                .iter()
                .skip(2)
                .take_while(|w| **w != "retracted")
                .all(|w| {
                    matches!(
                        *w,
                        "has"
                            | "have"
                            | "had"
                            | "been"
                            | "was"
                            | "is"
                            | "now"
                            | "since"
                            | "formally"
                            | "officially"
                            | "hereby"
                            | "subsequently"
                            | "therefore"
                            | "also"
                    )
                });
    }
    // `… have retracted this article`, the sentence's own verb, within its first words.
    words
        .iter()
        .take(12)
        .position(|w| matches!(*w, "retracted" | "retracts" | "retract"))
        .is_some_and(|i| {
            this_work(i + 1)
                && i > 0
                && matches!(
                    words[i - 1],
                    "has" | "have" | "had" | "hereby" | "formally" | "now" | "officially"
                )
        })
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
