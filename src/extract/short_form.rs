//! Subsequent notes that point back to a work cited in full earlier: Chicago's short form
//! (`Hillman, "China and Russia," 4.`, `Ortiz, 41.`, a title alone), the Bluebook's `supra`
//! (`Hillman, supra note 1, at 7`) and the Australian guide's `(n 1)` (`Hillman (n 1) 7`).
//!
//! A quotation cited to such a note is checked against the page of the note it points to, so
//! the note takes that note's URLs when it has no web URL of its own. The rules would rather
//! leave a note without a URL (its quotes are then unverifiable, and say so) than give it a
//! wrong page: an author's name alone must point to one work, a title must be the start of
//! the earlier note's title, a `supra note 3` must find a note 3 before it.

use super::notes::NoteInfo;
use super::FastMap;

/// Notes longer than this are full citations, not short forms.
const MAX_SHORT: usize = 200;

/// Words that may stand in a name besides capitalised ones (`van der Berg`, `Lind and Ruiz`,
/// `Okafor et al.`).
const NAME_PARTICLES: [&str; 17] = [
    "&", "al", "al.", "and", "da", "de", "del", "den", "der", "di", "du", "et", "la", "le", "van",
    "von", "y",
];

/// Words of a locator after the name (`p. 4`, `at 7`, `supra`, `op. cit.`), besides numbers.
const LOCATOR_WORDS: [&str; 26] = [
    "&", "and", "at", "cf.", "ch.", "chap.", "cit.", "f.", "ff.", "fig.", "loc.", "n.", "nn.",
    "op.", "p.", "para.", "paras.", "pp.", "s.", "sec.", "see", "supra", "vol.", "§", "§§", "¶",
];

/// For each note that only points back to another (and has no web URL of its own), the index
/// of the note it points to, which has one: `(short, full)` pairs. `has_web[i]` says whether
/// note `i` has a web URL.
pub(crate) fn targets(notes: &[NoteInfo], has_web: &[bool]) -> Vec<(usize, usize)> {
    let web = |i: usize| has_web.get(i).copied().unwrap_or(false);
    let candidates: Vec<usize> = (0..notes.len())
        .filter(|&i| {
            !web(i)
                && notes.get(i).is_some_and(|n| {
                    !n.reference && !n.text.is_empty() && n.text.len() <= MAX_SHORT
                })
        })
        .collect();
    if candidates.is_empty() || !has_web.iter().any(|&w| w) {
        return Vec::new();
    }
    // The notes a short form may point to, by their first author's surname and by label,
    // each list in document order.
    let mut order: Vec<usize> = (0..notes.len()).filter(|&i| web(i)).collect();
    order.sort_by_key(|&i| notes.get(i).map_or(0, |n| n.offset));
    let mut by_name: FastMap<String, Vec<usize>> = FastMap::default();
    let mut by_label: FastMap<&str, Vec<usize>> = FastMap::default();
    let mut by_title: FastMap<String, Vec<usize>> = FastMap::default();
    for &j in &order {
        let Some(n) = notes.get(j) else { continue };
        if let Some(s) = full_note_surname(n) {
            by_name.entry(s).or_default().push(j);
        }
        by_label.entry(n.label.as_str()).or_default().push(j);
        if let Some(w) = n
            .meta
            .title
            .as_deref()
            .and_then(|t| title_words(t).into_iter().next())
        {
            by_title.entry(w).or_default().push(j);
        }
    }
    let offset = |i: usize| notes.get(i).map_or(0, |n| n.offset);
    let mut out = Vec::new();
    for i in candidates {
        let Some(n) = notes.get(i) else { continue };
        let at = n.offset;
        // `supra note 3`, `(n 3)`: the last note 3 before this one.
        if let Some(label) = pointed_label(&n.text) {
            let found = by_label
                .get(label)
                .and_then(|v| v.iter().rev().find(|&&j| j != i && offset(j) < at).copied());
            if let Some(j) = found {
                out.push((i, j));
            }
            continue;
        }
        let Some(short) = parse(n) else { continue };
        let title = short.title.map(title_words).filter(|w| !w.is_empty());
        let pool: &[usize] = match (&short.surname, &title) {
            (Some(s), _) => by_name.get(s).map_or(&[], Vec::as_slice),
            (None, Some(t)) => t
                .first()
                .and_then(|w| by_title.get(w))
                .map_or(&[], Vec::as_slice),
            (None, None) => &[],
        };
        let fits = |j: usize| {
            j != i
                && match &title {
                    Some(t) => notes
                        .get(j)
                        .and_then(|f| f.meta.title.as_deref())
                        .is_some_and(|ft| title_starts_with(&title_words(ft), t)),
                    None => true,
                }
        };
        // A title alone must be more than one word, or the whole of the earlier title.
        let single_word_title =
            short.surname.is_none() && title.as_ref().is_some_and(|t| t.len() < 2);
        let before: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&j| offset(j) < at && fits(j))
            .collect();
        let chosen = if let Some(&j) = before.last() {
            // An author's name alone must point to one work (two works of one surname with
            // different pages could be two people, or a slip): the nearest, if all agree.
            let same_work = |a: usize, b: usize| {
                let (Some(x), Some(y)) = (notes.get(a), notes.get(b)) else {
                    return false;
                };
                x.meta.title == y.meta.title
            };
            (title.is_some() || before.iter().all(|&k| same_work(k, j))).then_some(j)
        } else {
            // A bibliography after the notes (Chicago's short notes with a bibliography): one
            // entry that fits.
            let mut after = pool.iter().copied().filter(|&j| offset(j) > at && fits(j));
            match (after.next(), after.next()) {
                (Some(j), None) => Some(j),
                _ => None,
            }
        };
        if let Some(j) = chosen {
            if single_word_title
                && notes
                    .get(j)
                    .and_then(|f| f.meta.title.as_deref())
                    .is_none_or(|ft| title_words(ft).len() != 1)
            {
                continue;
            }
            out.push((i, j));
        }
    }
    out
}

/// The label a note points to with `supra note 3`, `supra n. 3`, `(n 3)`, `above n 3`.
fn pointed_label(text: &str) -> Option<&str> {
    const POINTERS: [&str; 9] = [
        "supra note ",
        "supra notes ",
        "supra, note ",
        "supra n. ",
        "supra n ",
        "above note ",
        "above n ",
        "(n ",
        "(note ",
    ];
    let lower = text.to_ascii_lowercase();
    POINTERS.iter().find_map(|p| {
        let at = lower.find(p)? + p.len();
        let rest = text.get(at..)?;
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let label = rest.get(..digits)?;
        let next = rest.as_bytes().get(digits).copied();
        // `(n 3)` must close there; the others end at a word's end.
        let ends = if p.starts_with('(') {
            next == Some(b')')
        } else {
            next.is_none_or(|c| !c.is_ascii_alphanumeric())
        };
        (!label.is_empty() && ends).then_some(label)
    })
}

/// What a short form names.
struct Short<'a> {
    /// The first author's surname, lowercased.
    surname: Option<String>,
    /// The short title, as the note's parsed title.
    title: Option<&'a str>,
}

/// Reads a note as a short form: a name then a title and/or a locator (`Hillman, "China and
/// Russia," 4.`, `Ortiz, 41.`), or a title and a locator (`*Energy and Empire*, 33.`).
fn parse(n: &NoteInfo) -> Option<Short<'_>> {
    let text = n.text.trim();
    let title = n.meta.title.as_deref().filter(|t| !t.trim().is_empty());
    let (head, rest) = text.split_once(',')?;
    let head = head.trim();
    let name_words: Vec<&str> = head.split_whitespace().collect();
    let is_name = (1..=6).contains(&name_words.len())
        && name_words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && name_words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
        })
        && !head.contains(|c: char| c.is_ascii_digit() || "\"“”„«»*_:()".contains(c));
    match title {
        Some(t) => {
            // The title is the note's own only if the text names it after the name (or
            // opens with it).
            let opens = opens_with_title(text, t);
            let surname = (is_name && !opens)
                .then(|| surname_of_names(head))
                .flatten();
            if surname.is_none() && !opens {
                return None;
            }
            Some(Short {
                surname,
                title: Some(t),
            })
        }
        None => {
            if !is_name || !locator_only(rest) {
                return None;
            }
            Some(Short {
                surname: surname_of_names(head),
                title: None,
            })
        }
    }
}

/// Whether `text` opens with the title `t` (after a quote mark or not).
fn opens_with_title(text: &str, t: &str) -> bool {
    let body = text.trim_start_matches(|c: char| "\"“„«*_".contains(c));
    body.starts_with(t.trim())
}

/// Whether `s` is only a locator: pages, `at`, `supra`, `op. cit.`, section signs.
fn locator_only(s: &str) -> bool {
    let mut any = false;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| ",;:()[]".contains(c));
        let bare = w.trim_end_matches('.');
        if w.is_empty() {
            continue;
        }
        let lower = w.to_lowercase();
        let numeric = !bare.is_empty()
            && bare
                .split(['-', '–', '—', ','])
                .all(|p| !p.is_empty() && (p.chars().all(|c| c.is_ascii_digit()) || is_roman(p)));
        if !(numeric || LOCATOR_WORDS.contains(&lower.as_str())) {
            return false;
        }
        any = true;
    }
    any
}

/// A page number in lowercase roman numerals (`xiv`).
fn is_roman(p: &str) -> bool {
    !p.is_empty() && p.len() <= 8 && p.chars().all(|c| "ivxlcdm".contains(c))
}

/// The first author's surname in a short form's names (`Lind and Ruiz` → `lind`, `van der
/// Berg` → `berg`, `Okafor et al.` → `okafor`), lowercased.
fn surname_of_names(head: &str) -> Option<String> {
    let first = head
        .split(" and ")
        .next()?
        .split(" & ")
        .next()?
        .split(" et al")
        .next()?;
    last_word(first)
}

/// The surname of a full note's first author (`Hillman, Jonathan E.` or `Jonathan E.
/// Hillman` → `hillman`); a note with no author recognised is named by the words that open
/// it up to its first comma or full stop (an organisation: `World Bank, …`).
fn full_note_surname(n: &NoteInfo) -> Option<String> {
    if let Some(a) = n.meta.authors.first() {
        let name = a.split_once(',').map_or(a.as_str(), |(last, _)| last);
        return surname_of_names(name);
    }
    let head = n.text.split([',', '.']).next()?.trim();
    let words = head.split_whitespace().count();
    ((1..=6).contains(&words) && head.starts_with(char::is_uppercase))
        .then(|| last_word(head))
        .flatten()
}

/// The last word of a name, lowercased, without punctuation.
fn last_word(name: &str) -> Option<String> {
    name.split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| w.chars().count() > 1)
        .map(str::to_lowercase)
}

/// A title's words, lowercased, without an opening article (a short title drops it).
fn title_words(t: &str) -> Vec<String> {
    let mut words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() > 1
        && words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"))
    {
        words.remove(0);
    }
    words
}

/// Whether the earlier note's title words start with the short title's.
fn title_starts_with(full: &[String], short: &[String]) -> bool {
    !short.is_empty() && full.len() >= short.len() && full.iter().zip(short).all(|(a, b)| a == b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::notes::NoteMeta;

    fn note(
        label: &str,
        offset: usize,
        text: &str,
        title: Option<&str>,
        authors: &[&str],
    ) -> NoteInfo {
        NoteInfo {
            label: label.into(),
            offset,
            ranges: vec![(offset, offset + text.len())],
            text: text.into(),
            meta: NoteMeta {
                title: title.map(Into::into),
                authors: authors.iter().map(|a| (*a).to_string()).collect(),
                ..NoteMeta::default()
            },
            reference: false,
        }
    }

    #[test]
    fn pointers_to_a_label() {
        assert_eq!(pointed_label("Hillman, supra note 1, at 7."), Some("1"));
        assert_eq!(pointed_label("Hillman, Supra Note 12."), Some("12"));
        assert_eq!(pointed_label("Hillman (n 3) 7."), Some("3"));
        assert_eq!(pointed_label("Hillman, above n 4, 7."), Some("4"));
        assert_eq!(pointed_label("Hillman (n 3a) 7."), None);
        assert_eq!(pointed_label("See the notes 3 and 4."), None);
        assert_eq!(pointed_label("Hillman, supra, at 7."), None);
    }

    #[test]
    fn locators() {
        for s in [
            " 41.",
            " p. 41.",
            " pp. 4–6.",
            " at 7.",
            " supra, at 7.",
            " op. cit., p. 12.",
            " xiv.",
            " 4, 6.",
        ] {
            assert!(locator_only(s), "{s}");
        }
        for s in [
            " Harbor Press, 2019.",
            " 41 and passim in the book",
            "",
            " interview.",
        ] {
            assert!(!locator_only(s), "{s}");
        }
    }

    #[test]
    fn short_forms_point_back_to_their_work() {
        let notes = vec![
            note("1", 0, "Jonathan E. Hillman, \"China and Russia: Economic Unequals,\" CSIS, 2020, https://a.example/x.", Some("China and Russia: Economic Unequals"), &["Jonathan E. Hillman"]),
            note("2", 100, "Ortiz, Maria. The Energy Empire. Boston: Harbor, 2019. https://b.example/y.", Some("The Energy Empire"), &["Ortiz, Maria"]),
            note("3", 200, "Hillman, \"China and Russia,\" 4.", Some("China and Russia"), &["Hillman"]),
            note("4", 300, "Ortiz, Energy Empire, 33.", Some("Energy Empire"), &["Ortiz"]),
            note("5", 400, "Ortiz, 41.", None, &[]),
            note("6", 500, "Hillman, supra note 1, at 7.", None, &[]),
            note("7", 600, "Hillman, \"Another Paper,\" 4.", Some("Another Paper"), &["Hillman"]),
            note("8", 700, "Nobody, 41.", None, &[]),
            note("9", 800, "Maria Ortiz, Energy and Poverty (Boston: Harbor, 2021), 3.", Some("Energy and Poverty"), &["Maria Ortiz"]),
            note("10", 900, "Energy Empire, 33.", Some("Energy Empire"), &[]),
            note("11", 1000, "Poverty, 2.", Some("Poverty"), &[]),
        ];
        let mut has_web = [false; 11];
        has_web[0] = true;
        has_web[1] = true;
        let mut got = targets(&notes, &has_web);
        got.sort_unstable();
        assert_eq!(got, vec![(2, 0), (3, 1), (4, 1), (5, 0), (9, 1)]);
    }

    #[test]
    fn an_author_of_two_works_is_ambiguous() {
        let notes = vec![
            note(
                "1",
                0,
                "Maria Ortiz, Energy Empire (2019), https://b.example/y.",
                Some("Energy Empire"),
                &["Maria Ortiz"],
            ),
            note(
                "2",
                100,
                "Maria Ortiz, Water Wars (2021), https://b.example/z.",
                Some("Water Wars"),
                &["Maria Ortiz"],
            ),
            note("3", 200, "Ortiz, 41.", None, &[]),
            note(
                "4",
                300,
                "Ortiz, Water Wars, 9.",
                Some("Water Wars"),
                &["Ortiz"],
            ),
        ];
        assert_eq!(targets(&notes, &[true, true, false, false]), vec![(3, 1)]);
    }

    #[test]
    fn a_bibliography_after_the_notes() {
        let notes = vec![
            note("1", 0, "Hillman, \"China and Russia,\" 4.", Some("China and Russia"), &["Hillman"]),
            note("Hillman 2020", 900, "Hillman, Jonathan E. \"China and Russia: Economic Unequals.\" CSIS, 2020. https://a.example/x.", Some("China and Russia: Economic Unequals"), &["Hillman, Jonathan E."]),
        ];
        assert_eq!(targets(&notes, &[false, true]), vec![(0, 1)]);
    }
}
