//! Whose words a quote's match is on its page: a transcript's speaker label on the
//! match's line (`OKORO:`, `Mr Pryce (Eastfield):`, `[00:14:32] DANA:`), or failing that the
//! name the page's sentence attributes its quotation to (`“…,” said Pryce`, `As the economist
//! Ines Varga put it, “…”`). Compared with the speaker the article names
//! ([`crate::model::Quote::speaker`]): plainly another person's words are a warning, since
//! the quote is then the right words in the wrong mouth, which no word-by-word check sees.

use crate::extract::speaker;
use crate::model::Quote;

/// Lines before the match's own read for the label of a transcript turn that runs over
/// several paragraphs.
const TURN_LINES: usize = 2;

/// Past a timestamp opening a transcript's line (`[00:14:32]`, `(10:02)`, `10:02:15`).
fn past_timestamp(line: &str) -> &str {
    let t = line.trim_start();
    let inner = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
    };
    if let Some(rest) = t.strip_prefix(['[', '(']) {
        if let Some(close) = rest.find([']', ')']) {
            if rest.get(..close).is_some_and(|s| !s.is_empty() && inner(s)) {
                return rest.get(close + 1..).unwrap_or("").trim_start();
            }
        }
    }
    let end = t.find(char::is_whitespace).unwrap_or(0);
    match t.get(..end) {
        Some(stamp) if end >= 4 && inner(stamp) && stamp.contains(':') => {
            t.get(end..).unwrap_or("").trim_start()
        }
        _ => t,
    }
}

/// The speaker label opening `line`, when the page reads as a transcript: a label of one
/// word (`Okoro:`) counts only when another line opens with it too.
fn line_label(text: &str, line: &str) -> Option<String> {
    let (name, single) = speaker::label(past_timestamp(line))?;
    if single {
        let again = text
            .lines()
            .filter(|l| {
                let l = past_timestamp(l);
                l.len() > name.len()
                    && l.get(..name.len()) == Some(name.as_str())
                    && l.get(name.len()..).is_some_and(|r| r.starts_with(':'))
            })
            .nth(1)
            .is_some();
        if !again {
            return None;
        }
    }
    Some(name)
}

/// Whether `line` opens with what reads as a transcript's label, a name or a role (`CHAIR:`,
/// `The CHAIR:`, `Ms NWOSU (Eastfield) (10:42):`): a capital first and a colon within a
/// few words, with no sentence's punctuation or lower-case word before it outside brackets
/// but `the`, `of`, `for`.
fn labelled(line: &str) -> bool {
    let line = past_timestamp(line);
    let Some(colon) = line.get(..line.len().min(80)).and_then(|h| h.find(": ")) else {
        return false;
    };
    let head = line.get(..colon).unwrap_or("");
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in head.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    head.chars().next().is_some_and(char::is_uppercase)
        && !outside.contains(['.', '?', '!', '"', '\u{201C}', ','])
        && outside.split_whitespace().count() <= 6
        && outside.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "the" | "of" | "for" | "and")
        })
}

/// The opening quotation mark before `at` in `before` still open there (no closing mark
/// after it): its byte offset.
fn open_mark(before: &str) -> Option<usize> {
    let mut straight = 0;
    let mut open = None;
    for (i, c) in before.char_indices() {
        match c {
            '\u{201C}' | '\u{AB}' | '\u{201E}' => open = Some(i),
            '\u{201D}' | '\u{BB}' => open = None,
            '"' => {
                straight += 1;
                open = if straight % 2 == 1 { Some(i) } else { None };
            }
            _ => {}
        }
    }
    open
}

/// The speaker the page gives the words at bytes `b0..b1` of `text` to, if it names one.
pub(crate) fn page_speaker(text: &str, b0: usize, b1: usize) -> Option<String> {
    let ls = text.get(..b0)?.rfind('\n').map_or(0, |i| i + 1);
    let le = text.get(b1..)?.find('\n').map_or(text.len(), |i| b1 + i);
    let line = text.get(ls..le)?;
    if let Some(name) = line_label(text, line) {
        return Some(name);
    }
    // A line opening with a label not read as a name (`CHAIR:`, `The CHAIR:`) is a turn of
    // its own: whose is not known.
    if labelled(line) {
        return None;
    }
    // A turn running over several paragraphs: the label of the nearest line before that
    // opens with one, over lines that open with none.
    let mut end = ls;
    for _ in 0..TURN_LINES {
        if end == 0 {
            break;
        }
        let prev_start = text
            .get(..end - 1)
            .and_then(|h| h.rfind('\n'))
            .map_or(0, |i| i + 1);
        let prev = text.get(prev_start..end - 1).unwrap_or("");
        if let Some(name) = line_label(text, prev) {
            return Some(name);
        }
        if labelled(prev) {
            break;
        }
        if prev.trim().is_empty() {
            break;
        }
        end = prev_start;
    }
    let before = text.get(ls..b0)?;
    let after = text.get(b1..le)?;
    let (before, after) = match open_mark(before) {
        Some(o) => {
            // The page's quotation holding the words, and its closing mark.
            let close = after.find(['\u{201D}', '\u{BB}', '"', '\u{201C}']);
            let after = close.map_or("", |c| {
                let inside = after.get(..c).unwrap_or("").trim_end();
                if inside.ends_with('.') {
                    // `… raise taxes.” Pryce said the council …`: the quotation ended its
                    // sentence.
                    ""
                } else {
                    after.get(c..).unwrap_or("")
                }
            });
            (before.get(..o).unwrap_or(""), after)
        }
        None => (
            before,
            if after.trim_start().starts_with('.') {
                ""
            } else {
                after
            },
        ),
    };
    // The sentence the quotation stands in, before it.
    let from = [". ", "? ", "! "]
        .iter()
        .filter_map(|p| before.trim_end().rfind(p).map(|i| i + p.len()))
        .max()
        .unwrap_or(0);
    speaker::after_quote(after).or_else(|| speaker::before_quote(before.get(from..).unwrap_or("")))
}

/// A warning when the page gives the quote's words (its match at bytes `b0..b1` of `text`)
/// to a named person plainly not the one the article names; `None` when either names no
/// one, or the same person, or another place on the page has the same words from the
/// article's speaker.
pub(crate) fn mismatch(quote: &Quote, text: &str, b0: usize, b1: usize) -> Option<String> {
    let said_by = quote.speaker.as_deref()?;
    let page = page_speaker(text, b0, b1)?;
    if !speaker::different_people(said_by, &page) {
        return None;
    }
    // The same words elsewhere on the page, from the article's speaker (a question repeated
    // in its answer, a summary above a transcript).
    let words = text.get(b0..b1)?;
    if words.len() >= 12
        && text.match_indices(words).any(|(i, _)| {
            i != b0
                && page_speaker(text, i, i + words.len())
                    .is_none_or(|p| !speaker::different_people(said_by, &p))
        })
    {
        return None;
    }
    Some(format!(
        "on the page these words are {page}'s, and the article gives them to {said_by}: check \
         whose words they are"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, words: &str) -> Option<String> {
        let b0 = text.find(words).expect("words on the page");
        page_speaker(text, b0, b0 + words.len())
    }

    #[test]
    fn the_page_gives_words_to_a_speaker() {
        let page = "Hearing, 3 May\nCHAIR (Mr Hollis): That is frankly a scandal for \
                    the region.\nDR SETHI: I would not go so far.\nCHAIR (Mr Hollis): \
                    Then how far?";
        assert_eq!(at(page, "frankly a scandal").as_deref(), Some("Hollis"));
        assert_eq!(at(page, "not go so far").as_deref(), Some("SETHI"));
        let page = "[00:14:32] DANA: The season ran long this year.\n[00:14:40] RUTH: It \
                    did.\n[00:14:43] DANA: And the next?";
        assert_eq!(at(page, "season ran long").as_deref(), Some("DANA"));
        let page = "The plan drew fire.\n\u{201C}It will gut the service,\u{201D} said \
                    Pryce, the organiser.";
        assert_eq!(at(page, "gut the service").as_deref(), Some("Pryce"));
        let page = "Marcus Pryce, who chairs the friends' association, said: \u{201C}We \
                    were never consulted at all.\u{201D}";
        assert_eq!(at(page, "never consulted").as_deref(), Some("Marcus Pryce"));
        // Nobody named: the narration's own words, a pronoun.
        let page = "The water company said nothing. Bills rose by a third.";
        assert_eq!(at(page, "Bills rose by a third"), None);
        let page = "\u{201C}We will not raise taxes,\u{201D} she said.";
        assert_eq!(at(page, "not raise taxes"), None);
        // A role's label ends the turn before it.
        let page = "Ms NWOSU (Eastfield): The buses are late every day.\nThe CHAIR: We \
                    will write to the operator about the timetable.\nMs NWOSU: Thank you.";
        assert_eq!(at(page, "write to the operator"), None);
        // A quotation that ends its sentence: the next sentence's subject is not its speaker.
        let page = "\u{201C}We will not raise taxes.\u{201D} Pryce said the council disagreed.";
        assert_eq!(at(page, "not raise taxes"), None);
    }

    #[test]
    fn wrong_speaker_is_warned_once_per_page_of_evidence() {
        let mut q = Quote::citing("That is frankly a scandal for the region", "http://x/");
        q.speaker = Some("Dr Amara Sethi".into());
        let page = "CHAIR (Mr Hollis): That is frankly a scandal for the region.\nDR SETHI: \
                    No.\nCHAIR (Mr Hollis): Then?";
        let b0 = page.find("That is").unwrap();
        let b1 = page.find(" region").unwrap() + 7;
        let w = mismatch(&q, page, b0, b1).expect("another speaker's words");
        assert!(w.contains("Hollis") && w.contains("Sethi"), "{w}");
        // The witness repeats the words in her answer: they are hers too.
        let page2 = format!("{page}\nDR SETHI: That is frankly a scandal for the region, yes.");
        assert_eq!(mismatch(&q, &page2, b0, b1), None);
        // The article names the chair: no warning.
        q.speaker = Some("Hollis".into());
        assert_eq!(mismatch(&q, page, b0, b1), None);
    }
}
