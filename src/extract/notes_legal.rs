//! Bluebook's shapes in a note, the way American legal writing cites: an introductory
//! signal before the citation (`*See generally* Paul Ng, The Law of Rivers (2d ed. 2016).`),
//! a book or a body's report with its year in brackets closing it, a press release by a body
//! whose name is abbreviated (`Press Release, U.S. Env't Prot. Agency, … (Mar. 4, 2021)`), a
//! case whose name is in italics before its reporter (`*Harlow v. Eastvale*, 512 F.3d 880
//! (9th Cir. 2019)`: the reporter publishes nothing), and a statute named before its code
//! (`Clean Water Act, 33 U.S.C. § 1251 (2018)`).
//!
//! Each shape is read only when the whole note has it; anything else is left to
//! [`super::notes`], field by field as before. A wrong field is worse than none.

use super::fold_ws;
use super::notes::{self, NoteMeta};

/// Bluebook's introductory signals, longest first (`See also` before `See`): what follows
/// is the citation. `Compare … with …` is not here: it holds two.
const SIGNALS: [&str; 13] = [
    "See generally",
    "See, e.g.,",
    "See, e.g.",
    "See also",
    "See",
    "But see, e.g.,",
    "But see",
    "But cf.",
    "Cf.",
    "E.g.,",
    "E.g.",
    "Accord",
    "Contra",
];

/// What may follow a signal as part of it (`See also, e.g.,`).
const AFTER_SIGNAL: [&str; 2] = ["e.g.,", "e.g."];

/// Signals that are words of a name too (`Contra Costa County`, `Accord Group`): taken
/// off only in italics, the way the signal is printed.
const ITALIC_ONLY: [&str; 2] = ["Accord", "Contra"];

/// The citation after the signals opening a note's `text`, and the note's italics without
/// the signals' own (a signal is italic in most notes: `*See generally*`, which is no
/// title). None when no signal opens the note, or what follows opens in lower case
/// (`See id. at 4`, `*See* *supra* note 3`: a pointer back, read whole as before, or prose
/// of the note's own, `See below for …`).
pub(super) fn after_signal<'t>(
    text: &'t str,
    italics: &[String],
) -> Option<(&'t str, Vec<String>)> {
    let mut rest = text.trim_start();
    let mut italics = italics;
    let mut any = false;
    // (Signals may follow one another, `See also, e.g.,`: each is taken off in turn, so
    // that what is read after them opens with none.)
    while let Some(s) = SIGNALS
        .iter()
        .chain(if any { &AFTER_SIGNAL[..] } else { &[] })
        .find(|s| {
            rest.strip_prefix(**s).is_some_and(|r| {
                s.ends_with(',') || r.starts_with(|c: char| c.is_whitespace() || c == ',')
            })
        })
    {
        let after = rest.get(s.len()..).unwrap_or("");
        rest = after.trim_start_matches(',').trim_start();
        any = true;
        let bare = s.trim_end_matches(',');
        let italic = italics
            .first()
            .is_some_and(|first| first.trim().trim_end_matches(',').trim_end() == bare);
        if italic {
            italics = italics.get(1..).unwrap_or(&[]);
        } else if ITALIC_ONLY.contains(s) {
            return None;
        }
    }
    // A citation opens with a capital (a name, a title, a party), a volume's number, or a
    // quotation mark; one pointing back in words (`See Ruth Hale, above.`) is read whole,
    // as before.
    let cites = rest.starts_with(|c: char| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘')
    });
    let pointer = || {
        super::prefix(rest, 200)
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "above" | "below" | "infra"))
    };
    (any && cites && !pointer()).then(|| (rest, italics.to_vec()))
}

/// The fields of a note in one of Bluebook's shapes (the note's text with its links taken
/// out, and its italics); None for any other note.
pub(super) fn fields(clean: &str, italics: &[String]) -> Option<NoteMeta> {
    italic_case(clean, italics)
        .or_else(|| press_release(clean))
        .or_else(|| code_statute(clean))
        .or_else(|| bracketed_year_work(clean))
}

/// A case named in italics, then its reporter (`*Harlow v. Eastvale Borough Council*, 512
/// F.3d 880, 884 (9th Cir. 2019)`): the name is the title, the court's year the date; the
/// reporter and its pages say where the judgment is printed, no publisher (as for the same
/// case named in plain text).
fn italic_case(clean: &str, italics: &[String]) -> Option<NoteMeta> {
    let it = italics.first()?.trim().trim_end_matches(',').trim_end();
    if !(it.contains(" v. ") || it.contains(" v ")) || !clean.trim_start().starts_with(it) {
        return None;
    }
    let (name, after) = notes::case_name(clean)?;
    if name.trim_end_matches(',') != it {
        return None;
    }
    Some(NoteMeta {
        title: Some(fold_ws(it)),
        date: notes::note_date(after),
        ..NoteMeta::default()
    })
}

/// A press release (`Press Release, U.S. Env't Prot. Agency, EPA Announces New Effluent
/// Guidelines (Mar. 4, 2021)`): the body that issued it, its title, then its date in
/// brackets closing the note. The body's name may run over a comma when its parts are
/// abbreviated (`Off. of the Governor, State of N.Y.`); the last part before the bracket is
/// the title. The body is the author; the full stops of its abbreviations end nothing.
fn press_release(clean: &str) -> Option<NoteMeta> {
    let t = clean.trim_start();
    let rest = ["Press Release, ", "News Release, "]
        .iter()
        .find_map(|p| t.strip_prefix(p))?;
    let (head, date) = closing_bracket(rest)?;
    let date = notes::note_date(date).filter(|d| date.trim() == d)?;
    let parts: Vec<&str> = head.split(", ").collect();
    let (title, body) = parts.split_last()?;
    let (first, more) = body.split_first()?;
    // Parts after the first are the body's only while they are abbreviated names.
    let mut issuer = (*first).to_string();
    let mut taken = 0;
    for p in more {
        if !abbreviated_name(p) {
            break;
        }
        issuer.push_str(", ");
        issuer.push_str(p);
        taken += 1;
    }
    let title = more
        .get(taken..)
        .unwrap_or(&[])
        .iter()
        .chain(std::iter::once(title))
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let title = title.trim();
    let issuer = issuer.trim();
    if title.is_empty() || !name_words(issuer) || issuer.split_whitespace().count() > 12 {
        return None;
    }
    Some(NoteMeta {
        title: Some(fold_ws(title)),
        authors: vec![fold_ws(issuer)],
        date: Some(date),
        ..NoteMeta::default()
    })
}

/// A statute named before where the code prints it (`Clean Water Act, 33 U.S.C. § 1251
/// (2018)`, `Clean Water Act § 402, 33 U.S.C. § 1342`, `Patient Protection and Affordable
/// Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010)`): the Act's name is the title (its
/// section left out); the code's year is the date. The name is capitalised words (small ones
/// between) ending in `Act` or another kind of statute.
fn code_statute(clean: &str) -> Option<NoteMeta> {
    let t = clean.trim_start();
    let (name, after) = t.split_once(", ")?;
    // (Where the code prints it first: it allocates nothing and rejects most notes.)
    if !code_cite(after) {
        return None;
    }
    let name = name.split_once(" §").map_or(name, |(n, _)| n).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (2..=14).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| notes::STATUTE_KINDS.contains(w))
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(w));
    if !named {
        return None;
    }
    Some(NoteMeta {
        title: Some(fold_ws(name)),
        date: notes::note_date(after),
        ..NoteMeta::default()
    })
}

/// Whether `s` opens with where a code or the session laws print a statute: `33 U.S.C. §
/// 1251`, `Cal. Civ. Code § 1714`, `Pub. L. No. 111-148`: perhaps a title's number, then a
/// few capitalised or abbreviated words, then the section sign.
fn code_cite(s: &str) -> bool {
    let s = s.trim_start();
    if s.starts_with("Pub. L. No. ") {
        return true;
    }
    let mut words = s.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| (1..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit()))
    {
        words.next();
    }
    let mut n = 0;
    for w in words {
        if w == "§" || w == "§§" {
            return n >= 1;
        }
        let code_word = w.starts_with(char::is_uppercase) || w == "&";
        n += 1;
        if !code_word || n > 6 || w.contains(',') {
            return false;
        }
    }
    false
}

/// A book or a body's report closing with its year in brackets, as Bluebook cites it (`Paul
/// Ng, The Law of Rivers 45 (2d ed. 2016)`, `U.S. Env't Prot. Agency, Water Quality Report
/// (2021)`): the names, a comma, the title in capitalised words (small caps in print) with
/// perhaps a page after it, then the bracket. The bracket holds the year, perhaps after the
/// edition or the editor (`2d ed.`, `Jane Roe ed.,`), never a place or publisher (Chicago's
/// `(New York: Norton, 2016)` is read elsewhere). Nothing follows the bracket but its stop
/// (and the link, already taken out).
fn bracketed_year_work(clean: &str) -> Option<NoteMeta> {
    let (head, inside) = closing_bracket(clean.trim())?;
    let date = notes::note_date(inside)?;
    let edition = inside.trim().strip_suffix(date.as_str())?.trim();
    let edition_ok = edition.is_empty()
        || ["ed.", "ed.,", "eds.,", "trans.,"]
            .iter()
            .any(|e| edition.ends_with(e));
    if !edition_ok || edition.contains([':', ';']) {
        return None;
    }
    let (names, title) = head.split_once(", ")?;
    let title = without_pinpoint(title.trim());
    if !book_title(title) || names.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let names = names.trim();
    if names.contains(" v. ") || names.contains(" v ") {
        return None;
    }
    // A body's abbreviated name keeps its last full stop (`U.S. Gov't Accountability
    // Off.`); people's names are read as elsewhere.
    let authors = match notes::split_authors(names) {
        people if people.len() == 1 && abbreviated_name(names) => vec![fold_ws(names)],
        people if !people.is_empty() => people,
        _ if abbreviated_name(names) => vec![fold_ws(names)],
        _ => return None,
    };
    Some(NoteMeta {
        title: Some(fold_ws(title)),
        authors,
        date: Some(date),
        ..NoteMeta::default()
    })
}

/// The note's text before the bracket closing it, and what the bracket holds: `… (2d ed.
/// 2016).`; None when something other than a stop follows the bracket, or it holds another.
fn closing_bracket(s: &str) -> Option<(&str, &str)> {
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';'));
    let body = t.strip_suffix(')')?;
    let (head, inside) = body.rsplit_once(" (")?;
    if inside.contains(['(', ')']) || head.trim().is_empty() {
        return None;
    }
    Some((head.trim_end(), inside))
}

/// A title without the page cited after it (`The Law of Rivers 45`, `… 45–47`, `… 12 n.3`).
fn without_pinpoint(t: &str) -> &str {
    let mut end = t.len();
    for w in t.rsplit(' ') {
        let page = !w.is_empty()
            && (w.bytes().all(|c| c.is_ascii_digit())
                || (w.starts_with(|c: char| c.is_ascii_digit())
                    && w.chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–')))
                || (w.starts_with("n.") && w.len() > 2));
        if !page || end <= w.len() + 1 {
            break;
        }
        end -= w.len() + 1;
    }
    t.get(..end).unwrap_or(t).trim_end()
}

/// Small words a title or a body's name holds in lower case.
const SMALL: [&str; 24] = [
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "by", "for", "with",
    "from", "as", "into", "over", "under", "upon", "after", "against", "&",
];

/// Whether `t` is shaped like a book's title as Bluebook writes it: capitalised words (small
/// ones between), opening with a capital, one to twenty-five words, a colon before a
/// subtitle allowed; no comma, quotation mark or bracket, no number, and no word but an
/// abbreviation's (`U.S.`) ending with a full stop (`John. Title. Publisher` is a sentence
/// after names).
fn book_title(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=25).contains(&words.len())
        && t.starts_with(char::is_uppercase)
        && !t.contains([',', '"', '“', '”', '(', ')', '[', ']', ';'])
        && !t.contains(|c: char| c.is_ascii_digit())
        && words.iter().all(|w| {
            let w = w.trim_end_matches(':');
            let stop_ok = !w.ends_with('.') || w.trim_end_matches('.').contains('.');
            stop_ok && (w.starts_with(char::is_uppercase) || SMALL.contains(&w))
        })
}

/// Whether `s` is a name in capitalised words (small ones between), as a body's is.
fn name_words(s: &str) -> bool {
    let mut words = s.split_whitespace();
    words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(&w))
}

/// Whether `s` is a body's name abbreviated as Bluebook abbreviates (`U.S. Env't Prot.
/// Agency`, `Off. of the Governor`, `State of N.Y.`): capitalised words, at least one an
/// abbreviation, with an apostrophe inside (`Env't`, `Dep't`, `Ass'n`) or a full stop
/// closing a word of three letters or more (`Prot.`, `U.S.`); a person's initial (`K.`) is
/// none.
fn abbreviated_name(s: &str) -> bool {
    let abbreviation = |w: &str| {
        let inner_apostrophe = w
            .trim_end_matches('.')
            .get(1..)
            .is_some_and(|r| r.contains(['\'', '’']) && !r.ends_with(['\'', '’']));
        inner_apostrophe || (w.ends_with('.') && w.chars().count() >= 3)
    };
    let n = s.split_whitespace().count();
    (1..=12).contains(&n) && name_words(s) && s.split_whitespace().any(abbreviation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_come_off_in_turn_and_a_pointer_stays() {
        let it = vec!["See also".to_string(), "Title".to_string()];
        let (rest, left) = after_signal("See also, e.g., Ann Lee, Title (2019).", &it).unwrap();
        assert_eq!(rest, "Ann Lee, Title (2019).");
        assert_eq!(left, ["Title"]);
        assert!(after_signal("See id. at 4.", &[]).is_none());
        assert!(after_signal("Seen from the river, Title (2019).", &[]).is_none());
        assert!(after_signal("Ann Lee, Title (2019).", &[]).is_none());
        assert!(after_signal("See Ann Lee, above.", &[]).is_none());
        assert!(after_signal("e.g., Ann Lee, Title (2019).", &[]).is_none());
        // Many signals in a row are no deeper work for the reader after them.
        let long = "See ".repeat(10_000) + "Ann Lee, Title (2019).";
        assert_eq!(
            after_signal(&long, &[]).unwrap().0,
            "Ann Lee, Title (2019)."
        );
    }

    #[test]
    fn a_page_after_a_title_is_no_part_of_it() {
        assert_eq!(
            without_pinpoint("The Law of Rivers 45"),
            "The Law of Rivers"
        );
        assert_eq!(
            without_pinpoint("The Law of Rivers 45–47"),
            "The Law of Rivers"
        );
        assert_eq!(without_pinpoint("The Law of Rivers"), "The Law of Rivers");
        assert_eq!(without_pinpoint("45"), "45");
    }

    #[test]
    fn abbreviated_bodies_and_initials() {
        assert!(abbreviated_name("U.S. Env't Prot. Agency"));
        assert!(abbreviated_name("State of N.Y."));
        assert!(!abbreviated_name("Martha K. Reyes"));
        assert!(!abbreviated_name("Press Release"));
        assert!(!abbreviated_name("the agency's view"));
    }

    #[test]
    fn code_citations() {
        assert!(code_cite("33 U.S.C. § 1251 (2018)."));
        assert!(code_cite("Cal. Civ. Code § 1714 (West 2020)."));
        assert!(code_cite("Pub. L. No. 111-148, 124 Stat. 119 (2010)."));
        assert!(!code_cite("512 F.3d 880 (9th Cir. 2019)."));
        assert!(!code_cite("which took effect in 1972."));
    }
}
