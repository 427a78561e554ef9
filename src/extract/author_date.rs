//! Author–date citations, the style of APA, Chicago's author–date system and Harvard: the
//! article cites `(Okafor 2021, 14)`, `(Lind & Ruiz, 2023; Marsh et al., 2019)` or, in its
//! own sentence, `Lind and Ruiz (2023)`, and a reference list of unnumbered entries under a
//! heading such as References gives each work:
//!
//! ```text
//! Lind, T. R., & Ruiz, J. (2023). Scour at the north mole. Coastal Works Review, 8(2).
//! Lind, T. R., and J. Ruiz. 2023. Scour at the North Mole. Coastal Works Review 8 (2).
//! ```
//!
//! Each entry becomes a note ([`NoteInfo::reference`]) labelled the way the text cites it
//! (`Lind & Ruiz 2023`, `Marsh et al. 2019`, `Okafor 2021a`), and each in-text citation a
//! marker pointing at it, so that quotes are tied to their sources, and checked against them,
//! as with numbered notes. A citation is matched by its year (with its letter: `2021a` is not
//! `2021b`) and the first author's surname, then by the other surnames when several entries
//! share those. A citation that names a year and an author the list does not hold is warned
//! about, as a marker without its note is: a reference left out of the list (or cited with
//! the wrong year) is the most common slip of the style.
//!
//! Nothing here runs unless the document has such a reference list.

use super::notes::{self, NoteIndex, NoteInfo};
use super::{fold_ws, Block, BlockKind, FastMap, Marker, Parsed};

/// An entry's head: the names, the year as cited, and what follows.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Head<'s> {
    names: &'s str,
    /// An abbreviation the names end with, the way the text may cite them: `WHO` for
    /// `World Health Organization (WHO).`
    alias: Option<&'s str>,
    /// The year as the text cites it (`2021a`, `2019–2020`, `n.d.`, `in press`).
    year: String,
    /// The year with what the brackets add to it (`2021, May 3`), as written.
    date: &'s str,
    rest: &'s str,
    /// An MLA entry (`Okafor, Ada. *Reading Rivers*. Lagos UP, 2021.`): the year is the
    /// publication's, after the title, and the text cites it by author and page.
    mla: bool,
}

/// What a citation is matched by.
#[derive(Debug, Clone)]
struct Key {
    /// Surnames (or an organisation's name) in the order of the entry, at most three.
    surnames: Vec<String>,
    /// The organisation's abbreviation, if the entry gives one.
    alias: Option<String>,
    /// Three authors or more.
    et_al: bool,
    /// One organisation (`Department of Health and Social Care`), not people.
    org: bool,
    /// `2021`, `2021a`, `2019–2020`, `n.d.` or `in press`.
    year: String,
    /// The reference list it is in (an index into [`References::sections`]): several
    /// articles in one file each have their own.
    section: usize,
    /// An MLA entry, cited by author (and short title) and page: `(Okafor 14)`.
    mla: bool,
}

/// A year at byte `i` of `b` (not inside a longer number or word): its end and how a
/// citation and an entry are matched by it. `1998`, `2021a` (1500 to 2099, with a letter
/// telling one author's works of a year apart), `2019–2020` (a range, with either dash),
/// `2007/2019` (first and republished: the later year is the entry's), `n.d.` (no date),
/// `in press`, `forthcoming`.
fn year_at(b: &[u8], i: usize) -> Option<(usize, String)> {
    if i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    for word in ["n.d.", "in press", "forthcoming"] {
        if b.get(i..i + word.len()) == Some(word.as_bytes()) {
            let end = i + word.len();
            if word == "n.d." || !b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                return Some((end, word.to_string()));
            }
        }
    }
    let one = |i: usize| -> Option<usize> {
        let d = b.get(i..i + 4)?;
        if !d.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let value = d.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0'));
        if !(1500..=2099).contains(&value) {
            return None;
        }
        let mut end = i + 4;
        if b.get(end).is_some_and(u8::is_ascii_lowercase)
            && !b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            end += 1;
        }
        (!b.get(end).is_some_and(u8::is_ascii_alphanumeric)).then_some(end)
    };
    let end = one(i)?;
    let text = |a: usize, z: usize| std::str::from_utf8(b.get(a..z)?).ok();
    // A range or a republication: `2019–2020`, `2019-2020`, `2007/2019`.
    let (sep, next) = match (b.get(end), b.get(end..end + 3)) {
        (_, Some([0xE2, 0x80, 0x93])) => ("–", end + 3),
        (Some(b'-'), _) => ("–", end + 1),
        (Some(b'/'), _) => ("/", end + 1),
        _ => return Some((end, text(i, end)?.to_string())),
    };
    match one(next) {
        Some(end2) if sep == "/" => Some((end2, text(next, end2)?.to_string())),
        Some(end2) => Some((end2, format!("{}–{}", text(i, end)?, text(next, end2)?))),
        None => Some((end, text(i, end)?.to_string())),
    }
}

/// Every year in `s`: byte ranges and the year as matched.
fn years(s: &str) -> Vec<(usize, usize, String)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts = b
            .get(i)
            .is_some_and(|&c| c.is_ascii_digit() || matches!(c, b'n' | b'i' | b'f'));
        match year_at(b, i).filter(|_| starts) {
            Some((end, year)) => {
                out.push((i, end, year));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Roles after an editor's name in an entry's head: `Baker, J. (Ed.).`, and Harvard's
/// `Bastian, J.A. and Alexander, B. (eds) (2009)` (Cite Them Right writes `eds` bare).
const ROLES: [&str; 10] = [
    "Ed.", "Eds.", "ed.", "eds.", "Ed", "Eds", "ed", "eds", "Comp.", "Trans.",
];

/// The head of a reference-list entry: `Names (2021). Rest` (APA; also `(2021a)`,
/// `(2021, May 3)`, `(n.d.)`, `(in press)`, `(2019–2020)`; an editor's `(Ed.)` and an
/// organisation's `(WHO)` after the names), `Names (2021) Rest` (Harvard, with inverted
/// names), or `Names. 2021. Rest` (Chicago author–date). `None` for anything else, prose
/// included: the names must read as names, and the year must come right after them.
fn entry_head(line: &str) -> Option<Head<'_>> {
    let t = unbulleted(line);
    let b = t.as_bytes();
    // The year comes after `(` or `.` and a blank at most, and the names before it hold no
    // digit: found by jumping from one `(` or `.` to the next.
    let window = b.get(..b.len().min(300))?;
    let (first, end, year) = memchr::memchr2_iter(b'(', b'.', window).find_map(|p| {
        let at = p + 1 + usize::from(b.get(p + 1) == Some(&b' '));
        let (end, year) = year_at(b, at)?;
        Some((at, end, year))
    })?;
    if window.get(..first)?.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let before = t.get(..first)?.trim_end();
    let after = t.get(end..)?;
    let mut date_end = end;
    let (names, rest, closed_by_stop) = if let Some(names) = before.strip_suffix('(') {
        let close = if after.starts_with(')') {
            1
        } else if after.starts_with(", ") {
            // `(2021, May 3)`: a date within the year's brackets.
            let c = memchr::memchr(b')', after.as_bytes()).filter(|&c| c <= 40)?;
            c + 1
        } else {
            return None;
        };
        let rest = after.get(close..)?;
        date_end = end + close - 1;
        (names.trim_end(), rest, rest.starts_with('.'))
    } else if let Some(names) = before.strip_suffix('.') {
        // `Names. 2021. Title`; `n.d.` ends with its own full stop.
        let rest = if year == "n.d." {
            after
        } else {
            after.strip_prefix('.')?
        };
        (names.trim_end(), rest, true)
    } else {
        return None;
    };
    // `Baker, J. (Ed.).`, `World Health Organization (WHO).`: a role is dropped, an
    // abbreviation kept as another way to cite the names.
    let mut names = names
        .strip_suffix(").")
        .and_then(|n| names.get(..=n.len()))
        .unwrap_or(names);
    let mut alias = None;
    if let Some((head, inner)) = names.strip_suffix(')').and_then(|n| n.rsplit_once('(')) {
        let abbreviation = (2..=12).contains(&inner.len())
            && inner
                .chars()
                .all(|c| c.is_uppercase() || c == '&' || c == '-');
        if ROLES.contains(&inner) || abbreviation {
            alias = abbreviation.then_some(inner);
            names = head.trim_end();
        }
    }
    // A post's author with the account's handle (`Coastal Trust [@coastaltrust].`).
    names = notes::without_handle(names);
    // Chicago's `———. 2022.`: the authors of the entry before (see `section`).
    if is_ditto(names) {
        let rest = rest.trim_start_matches(['.', ',']).trim_start();
        return Some(Head {
            names,
            alias: None,
            year,
            date: t.get(first..date_end)?,
            rest,
            mla: false,
        });
    }
    // Authors parted by semicolons, as Wikipedia's citation templates write them (`Pryce,
    // Gwen; Hale, Tom (1961).`): each inverted.
    let semicolons = names.contains(';')
        && names.split(';').all(|a| {
            a.split_once(',').is_some_and(|(s, g)| {
                !s.trim().is_empty()
                    && g.trim_start().starts_with(char::is_uppercase)
                    && a.split_whitespace().count() <= 5
            })
        });
    if names.is_empty()
        || names.len() > 250
        || names.contains(|c: char| {
            c.is_ascii_digit() || "\"“”«»()[]<>:/".contains(c) || (c == ';' && !semicolons)
        })
    {
        return None;
    }
    // A full stop that ends no initial nor abbreviation ends the names: what follows it is
    // a title (MLA's reprint `Brontë, Emily. *Wuthering Heights*. 1847. Penguin, 2003.`
    // gives the first edition's year after the title, where author–date gives the names').
    if names_end_early(names) {
        return None;
    }
    let authors = notes::split_authors(names);
    let first_author = authors.first()?;
    // Inverted names (`Lind, T. R.`) say they are names; a name in reading order leading the
    // entry is an organisation's (`Fixed Nights Trial Group (2020).`), and then the entry
    // must be shaped exactly: `Smith (2020) showed …` is prose.
    // Harvard's `Natural England (2021) *Green Infrastructure*.`: a title (a capital, italics
    // or a quotation mark) right after the year, where prose has a verb.
    // German styles put a colon after the year (`Ministerium für Verkehr (2022): Bericht
    // …`), and a body's name there may hold the small words of any language (`für`, `de
    // la`): the names still open and close with a capital, so that a sentence's lead-in
    // (`see for instance Smith (2020): …`) is no body.
    let titled = || {
        let words = names.split_whitespace();
        let first_last = names.starts_with(char::is_uppercase)
            && words
                .clone()
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        rest.strip_prefix(' ')
            .or_else(|| rest.strip_prefix(": "))
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c.is_uppercase() || "*_\"“'‘„«".contains(c))
            && first_last
            && words.clone().count() <= 10
            && words
                .clone()
                .all(|w| w.starts_with(char::is_uppercase) || BODY_SMALL_WORDS.contains(&w))
    };
    if !first_author.contains(',') && !closed_by_stop && !titled() {
        return None;
    }
    // (A German colon after the year stays: the note parser reads the entry's shape by it,
    // and leaves it out of the title.)
    let rest = rest.trim_start_matches(['.', ',']).trim_start();
    let date = t.get(first..date_end)?;
    Some(Head {
        names,
        alias,
        year,
        date,
        rest,
        mla: false,
    })
}

/// Small words inside a body's name, in the languages whose bodies are cited by name
/// (`Department of Health and Social Care`, `Ministerium für Verkehr und Bau`, `Institut
/// national de la statistique`, `Ministerie van Infrastructuur en Waterstaat`).
const BODY_SMALL_WORDS: [&str; 51] = [
    "of", "and", "for", "the", "on", "in", "to", "&", "für", "und", "der", "die", "das", "des",
    "den", "dem", "im", "zur", "zum", "vom", "von", "am", "de", "du", "la", "le", "les", "et",
    "pour", "del", "y", "e", "di", "per", "della", "van", "voor", "en", "het", "och", "för", "af",
    "i", "og", "w", "na", "dla", "do", "da", "dos", "em",
];

/// Whether `names` holds a full stop, before a blank, that ends a word of two letters or
/// more other than an abbreviation names carry (`Jr.`, `Inc.`, `et al.`): the names then
/// end there, and the rest is no name.
fn names_end_early(names: &str) -> bool {
    // A reference list's own abbreviations, besides titles before names.
    const ABBREVIATIONS: [&str; 13] = [
        "al", "inc", "ltd", "co", "corp", "dept", "univ", "assn", "bros", "ed", "eds", "no", "nos",
    ];
    names.match_indices(". ").any(|(p, _)| {
        let word = names
            .get(..p)
            .and_then(|h| h.rsplit([' ', ',', '.', '(']).next())
            .unwrap_or("");
        word.chars().count() >= 2
            && word.chars().all(char::is_alphabetic)
            && !super::is_title_abbreviation(word)
            && !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    })
}

/// A line without its list bullet.
fn unbulleted(line: &str) -> &str {
    let t = line.trim_start();
    for bullet in ["- ", "* ", "+ ", "• ", "– ", "· "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            return rest.trim_start();
        }
    }
    t
}

/// Whether a notes heading is MLA's: `Works Cited`, `Works Consulted`, `Works Cited and
/// Consulted`. Only under it, or in an article with no numbered notes, are entries with no
/// year after the names taken (elsewhere `Okafor, Ada. *Reading Rivers*. Lagos UP, 2021.`
/// is a bibliography's, which the notes cite, not the text).
fn mla_heading(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    let t = first
        .trim()
        .trim_matches(|c: char| matches!(c, '#' | '*' | '_' | '=' | '-'))
        .trim()
        .trim_end_matches(':')
        .trim();
    t.len() <= 30 && {
        let lower = t.to_ascii_lowercase();
        lower.starts_with("works cited") || lower.starts_with("works consulted")
    }
}

/// Roles after an MLA entry's names: `Okafor, Ada, editor.`
const MLA_ROLES: [&str; 6] = [
    ", editors",
    ", editor",
    ", translators",
    ", translator",
    ", compilers",
    ", compiler",
];

/// The head of an MLA entry: `Okafor, Ada. *Reading Rivers*. Lagos UP, 2021.`, `Mensah,
/// Kofi, and Ada Okafor. "Salt." *Review*, vol. 2, 2019, pp. 4–9.` (`---.` or `———.` for the
/// names of the entry before). The names are inverted (`Surname, Given`) and end at the
/// first full stop that ends no initial; a title follows; the year is the first one after
/// the title (else the first one in the entry): an entry with none is not taken.
fn mla_head(line: &str) -> Option<Head<'_>> {
    mla_head_of(line, false)
}

/// [`mla_head`], with `org` an organisation's names (`Library Trust. *Open Doors*. …`, a
/// line [`org_entry_line`] took) in place of inverted personal names.
fn mla_head_of(line: &str, org: bool) -> Option<Head<'_>> {
    let t = unbulleted(line);
    let b = t.as_bytes();
    let window = b.get(..b.len().min(200))?;
    let stop = memchr::memchr_iter(b'.', window).find(|&p| {
        if !b.get(p + 1).is_none_or(u8::is_ascii_whitespace) {
            return false;
        }
        let word = t
            .get(..p)
            .and_then(|h| h.rsplit([' ', ',', '.']).next())
            .unwrap_or("");
        // `Ada B.`, `A.B.`: an initial ends no names.
        !(word.chars().count() == 1 && word.starts_with(char::is_uppercase))
    })?;
    let names = t.get(..stop)?.trim_end();
    let rest = t.get(stop + 1..)?.trim_start();
    if !rest.starts_with(|c: char| c.is_uppercase() || "*_\"“'‘".contains(c)) {
        return None;
    }
    let ditto = is_ditto(names);
    let names = MLA_ROLES
        .iter()
        .find_map(|r| names.strip_suffix(r))
        .unwrap_or(names);
    if !ditto && !org {
        if names.len() > 150
            || names.contains(|c: char| c.is_ascii_digit() || "\"“”«»()[]<>:;/*_".contains(c))
        {
            return None;
        }
        // `Surname, Given`: one to three words of a surname, a capital after the comma.
        let (surname, given) = names.split_once(',')?;
        let words = surname.split_whitespace().count();
        if !(1..=3).contains(&words)
            || !surname.split_whitespace().all(|w| {
                PARTICLES.contains(&w)
                    || (w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
            })
            || !given.trim_start().starts_with(char::is_uppercase)
            || !names
                .split_whitespace()
                .all(|w| name_word(w.trim_end_matches(',')))
            || notes::split_authors(names).is_empty()
        {
            return None;
        }
    }
    // The title: to its closing mark, or to its full stop.
    let title_end = match rest.chars().next() {
        Some(q @ ('"' | '“' | '\'' | '‘' | '*' | '_')) => {
            let close = match q {
                '“' => '”',
                '‘' => '’',
                other => other,
            };
            let from = q.len_utf8();
            rest.get(from..)
                .and_then(|r| r.find(close))
                .map_or(0, |c| from + c)
        }
        _ => rest.find(". ").unwrap_or(0),
    };
    let after = rest.get(title_end..).unwrap_or("");
    let (y0, y1, year) = match years(after).into_iter().next() {
        Some((a, z, y)) => (title_end + a, title_end + z, y),
        None => years(rest).into_iter().next()?,
    };
    Some(Head {
        names,
        alias: None,
        year,
        date: rest.get(y0..y1)?,
        rest,
        mla: true,
    })
}

/// Whether a line opens as an MLA entry does, up to its title (`Okonkwo, Adaeze. *Tide`),
/// though no year follows on it: the start of an entry wrapped before its year.
fn mla_head_start(line: &str) -> bool {
    let t = unbulleted(line);
    if t.split_once(". ").is_some_and(|(d, _)| is_ditto(d)) {
        return true;
    }
    let Some((surname, rest)) = t.split_once(',') else {
        return false;
    };
    // The names' full stop (not an initial's), then a title.
    let after = rest
        .match_indices(". ")
        .find(|&(p, _)| {
            let word = rest
                .get(..p)
                .and_then(|h| h.rsplit([' ', ',', '.']).next())
                .unwrap_or("");
            !(word.chars().count() == 1 && word.starts_with(char::is_uppercase))
        })
        .and_then(|(p, _)| rest.get(p + 2..));
    (1..=3).contains(&surname.split_whitespace().count())
        && surname
            .split_whitespace()
            .all(|w| PARTICLES.contains(&w) || w.starts_with(char::is_uppercase))
        && rest.trim_start().starts_with(char::is_uppercase)
        && after.is_some_and(|a| {
            a.trim_start()
                .starts_with(|c: char| c.is_uppercase() || "*_\"“'‘".contains(c))
        })
}

/// Whether line `s..e` of block `b` is a whole MLA entry of an organisation, as its own line
/// (`United Nations. *World Water Development Report*. UN Publishing, 2020.`): capitalised
/// names without a comma, their full stop, a title in italics or quotation marks, and a year
/// closing the line. Never the wrapped tail of the entry before it.
fn org_entry_line(b: &Block, s: usize, e: usize) -> bool {
    let Some(line) = b.text.get(s..e) else {
        return false;
    };
    let lead = line.len() - line.trim_start().len();
    let t = line.trim();
    let Some(stop) = t.find(". ") else {
        return false;
    };
    let names = &t[..stop];
    let words = names.split_whitespace().count();
    let named = (1..=6).contains(&words)
        && !names.contains(|c: char| c == ',' || c.is_ascii_digit())
        && names.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for" | "the" | "&")
        });
    if !named {
        return false;
    }
    let title_at = s + lead + stop + 2;
    let titled = t[stop + 2..].starts_with(['"', '\u{201C}'])
        || b.italics.iter().any(|&(a, _)| a == title_at);
    // The year closes the line, or an address after it does (`…, 2021,
    // https://example.org/open-doors.`, `…, 2021, example.org/open-doors.`).
    let dated = t
        .strip_suffix('.')
        .map(|r| match r.rsplit_once(", ") {
            Some((head, url))
                if url.contains('/') && url.contains('.') && !url.contains(char::is_whitespace) =>
            {
                head
            }
            _ => r,
        })
        .and_then(|r| years(r).last().map(|&(_, end, _)| end == r.len()))
        .unwrap_or(false);
    titled && dated
}

/// The head of an MLA entry of a work without an author, which MLA lists by its title
/// (line `s..e` of block `b`): `"The Tidal Turn in Coastal Towns." *Coastal Quarterly*,
/// vol. 9, 2021, …` or `*Harbour Records of the North Coast*. Northgate Press, 2018.` (the
/// italics as the block marks them). The title ends with its full stop (inside the
/// quotation marks or right after the close), and a year follows it; APA's `*Title*.
/// (2020).` is left alone (its date in brackets). The head (no names) and the title.
fn mla_title_head(b: &Block, sorted: bool, s: usize, e: usize) -> Option<(Head<'_>, &str)> {
    let line = b.text.get(s..e)?;
    let lead = line.len() - line.trim_start().len();
    let t = line.trim();
    let (title, after) = if let Some(r) = t.strip_prefix(['"', '\u{201C}']) {
        let (close, mark) = super::prefix(r, 300)
            .char_indices()
            .find(|&(_, c)| matches!(c, '"' | '\u{201D}'))?;
        let title = r.get(..close)?;
        let after = r.get(close + mark.len_utf8()..)?;
        // MLA's full stop is inside the marks: `"Title."`.
        let closed = title.ends_with(['.', '?', '!']) || after.starts_with('.');
        (
            closed.then_some(title)?,
            after.strip_prefix('.').unwrap_or(after),
        )
    } else {
        let at = s + lead;
        // (In text order, `sorted`, found by a binary search: a list of many entries in
        // one block is not scanned once per line.)
        let from = if sorted {
            b.italics.partition_point(|&(a, _)| a < at)
        } else {
            0
        };
        let &(_, z) = b
            .italics
            .get(from..)?
            .iter()
            .take_while(|&&(a, _)| !sorted || a <= at)
            .find(|&&(a, _)| a == at)?;
        let title = b.text.get(at..z)?;
        let after = b.text.get(z..e)?;
        let closed = title.ends_with(['.', '?', '!']) || after.starts_with('.');
        (
            closed.then_some(title)?,
            after.strip_prefix('.').unwrap_or(after),
        )
    };
    let title = title.trim().trim_end_matches('.');
    if title.is_empty() || !title.starts_with(char::is_uppercase) || title.len() > 250 {
        return None;
    }
    let after = after.trim_start();
    if after.is_empty() || after.starts_with('(') {
        return None;
    }
    let (y0, y1, year) = years(after).into_iter().next()?;
    let date = after.get(y0..y1)?;
    Some((
        Head {
            names: "",
            alias: None,
            year,
            date,
            rest: t,
            mla: true,
        },
        title,
    ))
}

/// The lines `ls` (start, end in `text`) joined by single spaces, each trimmed.
fn join_lines(text: &str, ls: &[(usize, usize)]) -> String {
    let mut out = String::new();
    for &(s, e) in ls {
        let l = text.get(s..e).unwrap_or("").trim();
        if !out.is_empty() && !l.is_empty() {
            out.push(' ');
        }
        out.push_str(l);
    }
    out
}

/// Chicago's `———` (or typed dashes) in place of names: the authors of the entry before.
fn is_ditto(names: &str) -> bool {
    !names.is_empty() && names.chars().all(|c| matches!(c, '—' | '–' | '-' | '_'))
}

/// Small words inside surnames (`van der Berg`, `de la Cruz`).
const PARTICLES: [&str; 16] = [
    "van", "von", "de", "der", "den", "da", "du", "del", "della", "di", "le", "la", "ter", "ten",
    "dos", "das",
];

/// The surname of a name in reading order: from its first particle (`Anna van der Berg`)
/// or its last word (`Jorge Ruiz Jr.`: a generational suffix is no surname).
fn reading_order_surname(name: &str) -> &str {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut end = words.len();
    while end > 1
        && words.get(end - 1).is_some_and(|w| {
            matches!(
                w.trim_end_matches(['.', ',']),
                "Jr" | "Sr" | "II" | "III" | "IV"
            )
        })
    {
        end -= 1;
    }
    let start = words
        .iter()
        .take(end)
        .skip(1)
        .position(|w| PARTICLES.contains(w))
        .map_or(end.saturating_sub(1), |p| p + 1);
    let (Some(first), Some(last)) = (words.get(start), words.get(end.saturating_sub(1))) else {
        return name;
    };
    // The words from `first` to `last`, as written.
    let from = first.as_ptr() as usize - name.as_ptr() as usize;
    let to = last.as_ptr() as usize - name.as_ptr() as usize + last.len();
    name.get(from..to).unwrap_or(name)
}

/// Whether an entry's names are one organisation's: no comma, so no inverted name.
fn is_org(names: &str) -> bool {
    !names.contains(',')
}

/// The surnames of the authors named in `names` (at most three), and whether there are three
/// or more: `Lind` for `Lind, T. R.`, `Ruiz` for `J. Ruiz`. Names with no comma at all are
/// one organisation's (`Department of Health and Social Care`).
fn surnames(names: &str) -> (Vec<String>, bool) {
    if is_org(names) {
        let org = names.trim().trim_end_matches('.').trim();
        return (vec![org.to_string()], false);
    }
    let authors = notes::split_authors(names);
    let et_al = authors.len() >= 3 || names.contains("et al");
    let mut out = Vec::new();
    for a in &authors {
        let a = a
            .trim_end_matches("et al.")
            .trim_end_matches("et al")
            .trim();
        let key = match a.split_once(',') {
            Some((surname, _)) => surname.trim(),
            None => reading_order_surname(a).trim_end_matches('.'),
        };
        if !key.is_empty() && out.len() < 3 {
            out.push(key.to_string());
        }
    }
    (out, et_al)
}

impl Key {
    /// The label the text cites the entry by: `Okafor 2021`, `Lind & Ruiz 2023`,
    /// `Marsh et al. 2019`.
    fn label(&self) -> String {
        let first = self.surnames.first().map_or("", String::as_str);
        match (self.et_al, self.surnames.get(1)) {
            (true, _) => format!("{first} et al. {}", self.year),
            (false, Some(second)) => format!("{first} & {second} {}", self.year),
            (false, None) => format!("{first} {}", self.year),
        }
    }

    /// The word an entry is looked up by: the last word of its first surname.
    fn lookup(&self) -> Option<&str> {
        self.surnames.first()?.split_whitespace().next_back()
    }
}

/// A reference-list entry being gathered.
struct Entry {
    key: Key,
    offset: usize,
    ranges: Vec<(usize, usize)>,
    text: String,
    italics: Vec<String>,
    /// The entry's text with its head written the APA way, for [`notes::parse_meta`].
    normal: String,
    /// Its names as written (a `———` entry's are the entry's before).
    names: String,
    /// The title of a work listed by it, having no author (MLA's `"The Tidal Turn."
    /// *Coastal Quarterly*, …`): the entry's label, with its year.
    title: Option<String>,
}

/// The reference list's entries, as notes (after `existing`, which they never overlap), with
/// their keys.
pub(crate) struct References {
    notes: Vec<NoteInfo>,
    keys: Vec<Key>,
    /// The blocks of the reference lists (`from..to`): their brackets cite nothing.
    sections: Vec<(usize, usize)>,
    /// Per list, whether it is MLA's (some entry is): a bracket with a year that matches
    /// nothing is then no slip (`(London 2012)`), MLA citing by page.
    mla_sections: Vec<bool>,
}

impl References {
    /// The entries as notes.
    pub(crate) fn notes(&self) -> &[NoteInfo] {
        &self.notes
    }

    /// Whether there are none.
    pub(crate) fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// Whether a list is MLA's: its works are cited by author and page, `(Okafor 14)`,
    /// or a page alone after a quotation, `Okafor calls it “…” (14)`.
    pub(crate) fn mla(&self) -> bool {
        self.keys.iter().any(|k| k.mla)
    }
}

/// Whether the guessed marker `m` is a number alone in round brackets right after an inline
/// quotation (`Riders describe the bus as “a moving waiting room” (44).`): in an article
/// citing an MLA list and with no numbered notes, the page of a work the sentence cites,
/// no note's marker (it was warned about as a marker with no note). With numbered notes
/// the same bracket is taken for a marker as before.
pub(crate) fn page_after_quotation(parsed: &Parsed, m: &Marker) -> bool {
    let Some((bi, s, e)) = m.span else {
        return false;
    };
    let Some(t) = parsed.blocks.get(bi).map(|b| b.text.as_str()) else {
        return false;
    };
    let page = t
        .get(s..e)
        .and_then(|x| x.strip_prefix('('))
        .and_then(|x| x.strip_suffix(')'))
        .is_some_and(|x| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit()));
    !m.explicit && page && quoted_before(t, s).is_some()
}

/// Finds the unnumbered entries of reference lists: under a notes heading (References,
/// Bibliography, Works cited, …), up to the next heading, each paragraph or list-item line
/// that opens with an entry's head starts an entry, and the lines after it in its block
/// continue it. Numbered notes there (`existing`) are left to them.
///
/// A reference list its markup declares (`lists`: the block each starts at) is read so too
/// when no heading is over it: a heading whose section reaches it (no other heading
/// between) reads it already.
pub(crate) fn collect(
    parsed: &Parsed,
    existing: &[NoteInfo],
    headings: &[usize],
    lists: &[usize],
) -> References {
    let mut entries: Vec<Entry> = Vec::new();
    let mut sections = Vec::new();
    let mut mla_sections = Vec::new();
    // Where each section starts, and whether that block is its heading.
    let mut starts: Vec<(usize, bool)> = headings.iter().map(|&h| (h, true)).collect();
    // (One pass over the blocks for all the lists: the last heading before each.)
    let (mut scanned, mut last_heading) = (0, None);
    for &l in lists {
        for (bi, b) in parsed.blocks.iter().enumerate().take(l).skip(scanned) {
            if b.kind == BlockKind::Heading {
                last_heading = Some(bi);
            }
        }
        scanned = scanned.max(l);
        let k = headings.partition_point(|&h| h < l);
        let headed = k
            .checked_sub(1)
            .and_then(|k| headings.get(k))
            .is_some_and(|&h| last_heading.is_none_or(|lh| lh <= h));
        if !headed && l < parsed.blocks.len() {
            starts.push((l, false));
        }
    }
    if starts.len() > headings.len() {
        starts.sort_unstable();
        starts.dedup_by_key(|s| s.0);
    }
    if !starts.is_empty() {
        let index = NoteIndex::new(existing);
        for (k, &(h, heading)) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(parsed.blocks.len(), |s| s.0);
            let before = entries.len();
            let mla_head = heading && parsed.blocks.get(h).is_some_and(|b| mla_heading(&b.text));
            // With no numbered notes, a bibliography is what the text cites: MLA's entries
            // under `Bibliography` or `References` are the works its `(Kelly 12)` name.
            let mla = existing.is_empty() || mla_head;
            let stop = section(parsed, h, heading, end, &index, mla, &mut entries);
            // Works listed by their titles are MLA's only under MLA's heading or beside
            // entries that are MLA's by their names: other styles list such works by title
            // too, and cite them otherwise (`(*Title* 2021)`), so that they would be
            // "never cited".
            let mla_list = mla_head
                || entries
                    .get(before..)
                    .is_some_and(|es| es.iter().any(|e| e.key.mla && e.title.is_none()));
            if !mla_list {
                let listed = entries.split_off(before.min(entries.len()));
                entries.extend(listed.into_iter().filter(|e| e.title.is_none()));
            }
            if entries.len() > before {
                let mut any_mla = false;
                for e in entries.get_mut(before..).unwrap_or(&mut []) {
                    e.key.section = sections.len();
                    // (A work listed by its title makes no list MLA's by itself.)
                    any_mla |= e.key.mla && e.title.is_none();
                }
                sections.push((h, stop));
                mla_sections.push(any_mla);
            }
        }
    }

    // Labels are unique within a list: two entries that would be cited alike (the same
    // first author and year, and the list not telling them apart with `2021a`, `2021b`) are
    // numbered. Lists of several articles in one file may share labels: a marker resolves
    // to the nearest note with its label, as numbered notes do.
    let mut seen: FastMap<(usize, String), usize> = FastMap::default();
    let mut notes_out = Vec::with_capacity(entries.len());
    let mut keys = Vec::with_capacity(entries.len());
    for e in entries {
        let mut label = match &e.title {
            Some(t) => format!("{t} {}", e.key.year),
            None => e.key.label(),
        };
        let n = seen.entry((e.key.section, label.clone())).or_insert(0);
        *n += 1;
        if *n > 1 {
            label = format!("{label} ({n})");
        }
        let text = fold_ws(notes::strip_backrefs(&e.text));
        let mut meta = notes::parse_meta(&fold_ws(&e.normal), &e.italics);
        // The names are known from the head: the date too, when the entry has one.
        if let Some(t) = &e.title {
            meta.title = Some(t.clone());
        }
        meta.authors = if e.title.is_some() {
            Vec::new()
        } else if e.key.org {
            vec![e.names.trim_end_matches('.').to_string()]
        } else {
            notes::split_authors(&e.names)
        };
        // The year without the letter that tells one author's works of a year apart, and
        // no date for `n.d.` or `in press`.
        let year = &e.key.year;
        let dated = year.starts_with(|c: char| c.is_ascii_digit());
        if meta.date.is_none() || meta.date.as_deref() == Some(year.as_str()) || !dated {
            meta.date = dated.then(|| {
                year.trim_end_matches(|c: char| c.is_ascii_lowercase())
                    .to_string()
            });
        }
        notes_out.push(NoteInfo {
            label,
            offset: e.offset,
            ranges: e.ranges,
            text,
            meta,
            reference: true,
        });
        keys.push(e.key);
    }
    References {
        notes: notes_out,
        keys,
        sections,
        mla_sections,
    }
}

/// Whether a line that is no entry's head still reads like an entry (an inverted name
/// first: `Birch, B. (2019–2020, winter).`), so that the list goes on after it.
fn entry_like(line: &str) -> bool {
    let t = line
        .trim_start()
        .trim_start_matches(['-', '*', '+', '•', '–', '·', ' ']);
    let Some((surname, rest)) = t.split_once(',') else {
        return false;
    };
    let given = rest.trim_start();
    // A year follows the names soon (`Birch, B. (2019–2020, winter).`); `New York, NY: Port
    // Press.` is a wrapped entry's publisher.
    let head = super::prefix(t, 80);
    if years(head).is_empty() {
        return false;
    }
    let words = surname.split_whitespace().count();
    (1..=3).contains(&words)
        && surname
            .split_whitespace()
            .all(|w| PARTICLES.contains(&w) || (w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))))
        && given.starts_with(char::is_uppercase)
        // Given names or initials, then a full stop: `B.`, `Anna.`, `T. R.`
        && super::prefix(given, 40)
            .find('.')
            .is_some_and(|d| given.get(..d).is_some_and(|g| g.split_whitespace().count() <= 3))
}

/// The entries under the notes heading of block `h` (from block `h` when it is no heading,
/// `heading` false: a list its markup declares), up to block `end` (the next notes heading)
/// or the first other heading, or two paragraphs of prose after the entries; the block the
/// list stops at.
fn section(
    parsed: &Parsed,
    h: usize,
    heading: bool,
    end: usize,
    index: &NoteIndex,
    mla: bool,
    entries: &mut Vec<Entry>,
) -> usize {
    // Paragraphs under the heading that are no entries: an introduction may come before the
    // entries, but prose after them ends the list.
    let mut strays = 0;
    let mut entries_here = 0;
    // Whether the last paragraph was no entry.
    let mut after_gap = false;
    for (bi, b) in parsed.blocks.iter().enumerate().take(end).skip(h) {
        if b.note.is_some() || b.group.is_some() || b.chrome {
            continue;
        }
        let skip_first = bi == h && heading;
        if !skip_first && b.kind == BlockKind::Heading {
            return bi;
        }
        if b.item_label.is_some() || index.find(b.src_start).is_some() {
            continue;
        }
        let mut current: Option<usize> = None;
        let before = entries.len();
        let mut like_entries = false;
        let sorted = b.italics.is_sorted();
        let lines = notes::line_spans(&b.text);
        let src_of_line = |s: usize, e: usize| (b.src_of(s), b.src_of(e).max(b.src_of(s) + 1));
        // The last line an MLA entry's head was read over (wrapped before its year).
        let mut consumed = 0;
        for (li, &(s, e)) in lines.iter().enumerate().skip(usize::from(skip_first)) {
            if li < consumed {
                continue;
            }
            let line = b.text.get(s..e).unwrap_or("");
            let line_src = src_of_line(s, e);
            if index.find(line_src.0).is_some() {
                current = None;
                continue;
            }
            let wrapped: String;
            let mut head = entry_head(line).or_else(|| {
                mla.then(|| {
                    mla_head(line)
                        .or_else(|| org_entry_line(b, s, e).then(|| mla_head_of(line, true))?)
                })
                .flatten()
            });
            // A work without an author, listed by its title (MLA's `"The Tidal Turn."
            // *Coastal Quarterly*, …, 2021.`): no names, cited by its short title.
            let mut title_only: Option<&str> = None;
            // (Not a line going on with the entry before, unfinished: its own title.)
            let after_entry = current
                .and_then(|i| entries.get(i))
                .is_none_or(|en| en.text.trim_end().ends_with('.'));
            if head.is_none() && mla && after_entry {
                if let Some((h, title)) = mla_title_head(b, sorted, s, e) {
                    head = Some(h);
                    title_only = Some(title);
                }
            }
            // An MLA entry wrapped before its year (`Okonkwo, Adaeze. *Tidewrack*. Harbour
            // Books,⏎2012.`): its head is read over the lines after it that start no entry
            // of their own, three at most.
            let mut upto = li + 1;
            if head.is_none() && mla && mla_head_start(line) {
                let more = lines
                    .get(li + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take(3)
                    .take_while(|&&(s2, e2)| {
                        let l2 = b.text.get(s2..e2).unwrap_or("");
                        index.find(b.src_of(s2)).is_none()
                            && entry_head(l2).is_none()
                            && mla_head(l2).is_none()
                            && !mla_head_start(l2)
                            && !entry_like(l2)
                            && !org_entry_line(b, s2, e2)
                            && notes::line_label(l2).is_none()
                    })
                    .count();
                let found = (1..=more).find(|&n| {
                    lines
                        .get(li..=li + n)
                        .is_some_and(|ls| mla_head(&join_lines(&b.text, ls)).is_some())
                });
                if let Some(n) = found {
                    wrapped = join_lines(&b.text, lines.get(li..=li + n).unwrap_or(&[]));
                    head = mla_head(&wrapped);
                    upto = li + n + 1;
                }
            }
            if let Some(head) = head {
                // Chicago's `———. 2022.`: the same authors as the entry before (not across
                // a paragraph that was no entry: its authors are unknown).
                let ditto = is_ditto(head.names);
                let previous = entries.last().filter(|_| ditto && !after_gap);
                let (names, (surnames, et_al), alias, org) = match previous {
                    Some(p) => (
                        p.names.clone(),
                        (p.key.surnames.clone(), p.key.et_al),
                        p.key.alias.clone(),
                        p.key.org,
                    ),
                    None if ditto => {
                        current = None;
                        continue;
                    }
                    None => (
                        head.names.to_string(),
                        surnames(head.names),
                        head.alias.map(str::to_string),
                        is_org(head.names),
                    ),
                };
                // (A work listed by its title has no surnames at all.)
                let surnames = if title_only.is_some() {
                    Vec::new()
                } else if surnames.is_empty() {
                    current = None;
                    continue;
                } else {
                    surnames
                };
                let lead = line.len() - line.trim_start().len();
                current = Some(entries.len());
                after_gap = false;
                consumed = upto;
                let last_e = lines.get(upto - 1).map_or(e, |&(_, e2)| e2);
                let ranges: Vec<(usize, usize)> = lines
                    .get(li..upto)
                    .unwrap_or(&[])
                    .iter()
                    .map(|&(s2, e2)| src_of_line(s2, e2))
                    .collect();
                let text = if upto > li + 1 {
                    join_lines(&b.text, lines.get(li..upto).unwrap_or(&[]))
                } else {
                    line.trim().to_string()
                };
                // The note parser knows plain years and `n.d.`: a range is given its first
                // year, `in press` no date.
                let plain =
                    head.year.len() <= 5 && head.year.starts_with(|c: char| c.is_ascii_digit());
                let date = if plain {
                    head.date
                } else {
                    head.year
                        .get(..4)
                        .filter(|y| y.bytes().all(|c| c.is_ascii_digit()))
                        .unwrap_or("n.d.")
                };
                entries.push(Entry {
                    key: Key {
                        surnames,
                        alias,
                        et_al,
                        org,
                        year: head.year.clone(),
                        section: 0,
                        mla: head.mla,
                    },
                    offset: b.src_of(s + lead),
                    ranges,
                    text,
                    italics: italics_in(b, sorted, s, last_e),
                    title: title_only.map(str::to_string),
                    // An MLA entry is read by the note parser as written (its date after
                    // the title).
                    normal: if title_only.is_some() {
                        head.rest.to_string()
                    } else if head.mla {
                        format!("{names}. {}", head.rest)
                    } else {
                        format!("{names} ({date}). {}", head.rest)
                    },
                    names,
                });
            } else if let Some(entry) = current
                .filter(|_| li > 0 && !entry_like(line) && notes::line_label(line).is_none())
                .and_then(|i| entries.get_mut(i))
            {
                // A wrapped entry (plain text, or a Markdown paragraph's soft breaks).
                entry.text.push(' ');
                entry.text.push_str(line.trim());
                entry.normal.push(' ');
                entry.normal.push_str(line.trim());
                entry.ranges.push(line_src);
                entry.italics.extend(italics_in(b, sorted, s, e));
            } else {
                like_entries |= entry_like(line);
                current = None;
            }
        }
        after_gap = entries.len() == before;
        if entries.len() > before || like_entries {
            entries_here += entries.len() - before;
            strays = 0;
        } else if !(skip_first && lines.len() == 1) {
            strays += 1;
            if (entries_here > 0 && strays >= 2) || strays > 2 {
                return bi;
            }
        }
    }
    end
}

/// The block's italic strings that lie within its text's `s..e`.
fn italics_in(b: &Block, sorted: bool, s: usize, e: usize) -> Vec<String> {
    // In text order (`sorted`, known once per block): the line's ones found by a binary
    // search, not a pass over the block's.
    let from = if sorted {
        b.italics.partition_point(|&(a, _)| a < s)
    } else {
        0
    };
    b.italics
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|&&(a, _)| !sorted || a < e)
        .filter(|&&(a, z)| a >= s && z <= e)
        .filter_map(|&(a, z)| b.text.get(a..z))
        .map(fold_ws)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Words that open a parenthesis before a citation, not part of the names.
const LEADS: [&str; 13] = [
    "see also ",
    "See also ",
    "see ",
    "See ",
    "e.g., ",
    "e.g. ",
    "cf. ",
    "Cf. ",
    "as cited in ",
    "as ",
    "quoted in ",
    "for example, ",
    "also ",
];

/// Capitalised words that open a parenthesis with a year in it and are no author: `(In 2021
/// the …)`, `(June 2020)`, `(Figure 3, 2019)`, `(Summer 2019)`, `(Updated 2019)`.
const NOT_NAMES: [&str; 86] = [
    "In",
    "Since",
    "From",
    "Until",
    "Till",
    "Before",
    "After",
    "By",
    "On",
    "At",
    "As",
    "Of",
    "The",
    "A",
    "An",
    "This",
    "That",
    "About",
    "Around",
    "Circa",
    "Ca",
    "Est",
    "Founded",
    "Born",
    "Died",
    "Figure",
    "Fig",
    "Table",
    "Chapter",
    "Section",
    "Part",
    "Appendix",
    "Vol",
    "No",
    "Ibid",
    "Updated",
    "Revised",
    "Published",
    "Accessed",
    "Retrieved",
    "Edition",
    "Version",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Spring",
    "Summer",
    "Autumn",
    "Fall",
    "Winter",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Easter",
    "Christmas",
    "AD",
    "BC",
    "CE",
    "BCE",
    "Q1",
    "Q2",
];

/// Whether `names` (the part of a parenthesis before its year) reads as an author–date
/// citation's names: a few capitalised words, with `et al.`, `and`, `&` and the small words
/// of surnames; not a month, a season or a figure, nor a short abbreviation (`UK`, `EU`)
/// no entry starts with.
fn citation_like(names: &str) -> bool {
    let words: Vec<&str> = names.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let first = first.trim_end_matches([',', '.']);
    let abbreviation = words.len() == 1
        && first.chars().count() <= 4
        && first
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    (1..=6).contains(&words.len())
        && (first.starts_with(char::is_uppercase) || PARTICLES.contains(&first))
        && names.contains(char::is_uppercase)
        && !NOT_NAMES.contains(&first)
        && !abbreviation
        && words.iter().all(|w| name_word(w.trim_end_matches(',')))
}

/// Where the names of a narrative citation start in `window` (the text before its bracket),
/// when they are a surname or two (`Price`, `Lind and Ruiz`, `Lind & Ruiz`, `Okafor et al.`)
/// opening a clause, and a verb of reporting follows the bracket (`Price (2020) found that
/// …`): a citation even when the reference list has no entry by that author. A first name
/// before them (`Adam Smith (1776) wrote`) or a word of the sentence (`the London (2012)
/// games showed`) makes them no citation.
fn unlisted_narrative(window: &str, after: &str) -> Option<usize> {
    // The verbs of saying a quotation's credit uses, and these.
    const MORE_REPORTING: &[&str] = &[
        "claims",
        "estimated",
        "estimates",
        "acknowledges",
        "admits",
        "cautions",
        "conceded",
        "concedes",
        "demonstrated",
        "demonstrates",
        "emphasises",
        "emphasizes",
        "highlighted",
        "highlights",
        "identified",
        "identifies",
        "insists",
        "pointed",
        "points",
        "predicted",
        "predicts",
        "recognised",
        "recognises",
        "recognized",
        "recognizes",
        "recommended",
        "recommends",
        "remarks",
        "stresses",
    ];
    // Words that join the names to the clause before them (`which Hartley (2023)
    // acknowledges`, `as Price (2020) notes`).
    const JOINING: [&str; 11] = [
        "which", "as", "that", "where", "while", "whereas", "but", "although", "though", "because",
        "yet",
    ];
    // An adverb between the bracket and the verb (`Price (2020) also found`, `rightly
    // argues`) is skipped.
    let mut after_words = after.split_whitespace();
    let mut verb = after_words.next().map(|w| w.trim_end_matches([',', '.']))?;
    if verb == "also" || (verb.len() > 4 && verb.ends_with("ly")) {
        verb = after_words.next().map(|w| w.trim_end_matches([',', '.']))?;
    }
    if !crate::extract::quotes::SAYING.contains(&verb) && !MORE_REPORTING.contains(&verb) {
        return None;
    }
    let head = window.trim_end();
    let words: Vec<(usize, &str)> = head
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - head.as_ptr() as usize, w))
        .collect();
    let n = words.len();
    let surname = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().count() >= 2
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}')
            && !NOT_NAMES.contains(&w)
    };
    // The names' words from the end: `Price`, `Lind and Ruiz`, `Okafor et al.`.
    let take = match words.as_slice() {
        [.., (_, a), (_, "and" | "&"), (_, b)] if surname(a) && surname(b) => 3,
        [.., (_, a), (_, "et"), (_, "al.")] if surname(a) => 3,
        [.., (_, a)] if surname(a) => 1,
        _ => return None,
    };
    let start = n.checked_sub(take)?;
    // What stands before them: nothing, or the end of a clause.
    let opens = start == 0
        || words.get(start - 1).is_some_and(|(_, w)| {
            w.ends_with(['.', ',', ';', ':'])
                || *w == "and"
                || JOINING.iter().any(|j| w.eq_ignore_ascii_case(j))
        });
    let (at, _) = *words.get(start)?;
    (opens && citation_like(head.get(at..)?)).then_some(at)
}

/// `and` between two authors' names in other languages (`Sutanto dan Wijaya (2021)`,
/// `Jansen en De Vries`, `Rossi e Bianchi`, `Kowalski i Nowak`), as a citation joins them:
/// Spanish `y`, German `und`, French `et`, Italian and Portuguese `e`, Dutch `en`, Swedish
/// `och`, Danish and Norwegian `og`, Polish, Croatian and Catalan `i`, Turkish `ve`,
/// Swahili `na`, Indonesian and Malay `dan`, Finnish `ja`, Hungarian `és`, Romanian `și`,
/// Greek `και`, Russian `и`, Ukrainian `та`/`і`. (Czech `a` is left out: an English
/// article between names and a quotation would read as one.)
const AND_WORDS: [&str; 18] = [
    "y", "und", "et", "e", "en", "och", "og", "i", "ve", "na", "dan", "ja", "és", "și", "και", "и",
    "та", "і",
];

/// Those of [`AND_WORDS`] that are no part of a surname (`Ortega y Gasset`, `dos Santos e
/// Silva` hold theirs), so that they part two people in a citation as `and` does.
const AND_BETWEEN: [&str; 10] = [
    "und", "och", "og", "ve", "dan", "ja", "és", "și", "και", "и",
];

/// A word of a citation's names: capitalised (possessive `’s` allowed), a particle, or one
/// of `et al.`, `and`, `&`.
fn name_word(w: &str) -> bool {
    let w = w
        .strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w);
    matches!(w, "et" | "al." | "al" | "and" | "&")
        || AND_WORDS.contains(&w)
        || PARTICLES.contains(&w)
        || (w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
}

/// Where `name` occurs in `hay` as whole words (not inside a longer word; `Okafor’s` holds
/// `Okafor`), its words separated by any blanks (`Vale\nDistrict Council`, a line broken
/// inside a name): the last such place. A surname opening with a particle may be
/// capitalised at the start of a sentence (`Van der Berg (2017)`).
fn last_word_at(hay: &str, name: &str) -> Option<usize> {
    let found = last_exact(hay, name);
    if found.is_some() || !name.starts_with(char::is_lowercase) {
        return found;
    }
    let mut c = name.chars();
    let upper: String = c.next().map(|f| f.to_uppercase().chain(c).collect())?;
    last_exact(hay, &upper)
}

fn last_exact(hay: &str, name: &str) -> Option<usize> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let mut found = None;
    for (at, _) in hay.match_indices(first) {
        let before = hay.get(..at).and_then(|s| s.chars().next_back());
        if before.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let mut end = at + first.len();
        let whole = rest.iter().all(|w| {
            let tail = hay.get(end..).unwrap_or("");
            let gap = tail.len() - tail.trim_start().len();
            match tail.get(gap..).and_then(|t| t.strip_prefix(w)) {
                Some(_) if gap > 0 => {
                    end += gap + w.len();
                    true
                }
                _ => false,
            }
        });
        let after = hay.get(end..).and_then(|s| s.chars().next());
        if whole && !after.is_some_and(char::is_alphanumeric) {
            found = Some(at);
        }
    }
    found
}

/// Entries by the word they are looked up by ([`Key::lookup`], and an organisation's
/// abbreviation): a citation looks up each word of its names, so matching is linear in
/// the citations however long the list.
struct Lookup<'r> {
    refs: &'r References,
    /// The entries' keys: `refs.keys`, or those with the abbreviations the text introduces.
    keys: &'r [Key],
    by_word: FastMap<&'r str, Vec<usize>>,
    by_word_year: FastMap<(&'r str, &'r str), Vec<usize>>,
    by_section: FastMap<(&'r str, &'r str, usize), Vec<usize>>,
    /// By word and list, whatever the year.
    by_word_section: FastMap<(&'r str, usize), Vec<usize>>,
}

/// The words of a citation's names, as entries are looked up by them: split at blanks and
/// punctuation but not inside a name (`O’Neill`, `Ben-Kiki`), a possessive `’s` dropped, a
/// particle capitalised at a sentence's start (`Van der Berg`) tried lower-cased too.
fn lookup_words(names: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    names
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        .map(|w| {
            w.strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w)
                .trim_matches(['\'', '’'])
        })
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            let mut c = w.chars();
            let capital = c
                .next()
                .filter(|f| f.is_lowercase())
                .map(|f| std::borrow::Cow::Owned(f.to_uppercase().chain(c).collect()));
            std::iter::once(std::borrow::Cow::Borrowed(w)).chain(capital)
        })
}

impl<'r> Lookup<'r> {
    /// `only`: the entries to look up (all if `None`).
    fn new(refs: &'r References, keys: &'r [Key], only: Option<&[bool]>) -> Self {
        let mut by_word: FastMap<&str, Vec<usize>> = FastMap::default();
        let mut by_word_year: FastMap<(&str, &str), Vec<usize>> = FastMap::default();
        let mut by_section: FastMap<(&str, &str, usize), Vec<usize>> = FastMap::default();
        let mut by_word_section: FastMap<(&str, usize), Vec<usize>> = FastMap::default();
        for (i, k) in keys.iter().enumerate() {
            if only.is_some_and(|o| !o.get(i).copied().unwrap_or(false)) {
                continue;
            }
            for w in k.lookup().into_iter().chain(k.alias.as_deref()) {
                by_word.entry(w).or_default().push(i);
                by_word_year
                    .entry((w, k.year.as_str()))
                    .or_default()
                    .push(i);
                by_section
                    .entry((w, k.year.as_str(), k.section))
                    .or_default()
                    .push(i);
                by_word_section.entry((w, k.section)).or_default().push(i);
            }
        }
        Lookup {
            refs,
            keys,
            by_word,
            by_word_year,
            by_section,
            by_word_section,
        }
    }

    /// The reference list a citation in block `bi` means: the first after it, else the
    /// last before it (the way endnotes follow the text they annotate). `None` for a block
    /// of a list itself, whose brackets cite nothing.
    fn section_for(&self, bi: usize) -> Option<usize> {
        // Sections are in order and apart: one binary search answers both.
        let sections = &self.refs.sections;
        let k = sections.partition_point(|&(a, _)| a <= bi);
        if k > 0 && sections.get(k - 1).is_some_and(|&(_, z)| bi < z) {
            return None;
        }
        Some(if k < sections.len() {
            k
        } else {
            k.saturating_sub(1)
        })
    }

    /// The entries (of `year`, and of reference list `section`, if given) whose lookup word
    /// is a word of `names`, each once.
    fn candidates(&self, names: &str, year: Option<&str>, section: Option<usize>) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for w in lookup_words(names) {
            let found = match (year, section) {
                (Some(y), Some(s)) => self.by_section.get(&(w.as_ref(), y, s)),
                (Some(y), None) => self.by_word_year.get(&(w.as_ref(), y)),
                (None, Some(s)) => self.by_word_section.get(&(w.as_ref(), s)),
                (None, None) => self.by_word.get(w.as_ref()),
            };
            out.extend(found.map_or(&[][..], Vec::as_slice));
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// How well a citation naming `names` fits entry `k`: `None` unless `names` holds its
    /// first surname (or its abbreviation), or names more people than the entry; then more
    /// for each other surname named, less for each left out (unless the citation says
    /// `et al.`), and an `et al.` citation prefers an entry of three authors or more. `Lind
    /// and Ruiz` fits `Lind & Ruiz` better than `Lind, Ruiz & Nowak`, `Lind, Ruiz and Nowak`
    /// the other way round, and `Okafor & Lind` does not fit `Okafor` alone.
    fn fit(k: &Key, names: &str) -> Option<(isize, bool)> {
        let first = k.surnames.first()?;
        let by_alias = k
            .alias
            .as_deref()
            .is_some_and(|a| last_word_at(names, a).is_some());
        if last_word_at(names, first).is_none() && !by_alias {
            return None;
        }
        let et_al = names.contains("et al");
        let people: usize = names
            .split([',', '&'])
            .flat_map(|p| p.split(" and "))
            .map(|p| {
                // `Okafor dan Lind`: two people, as `Okafor and Lind`.
                let words: Vec<&str> = p.split_whitespace().collect();
                words
                    .split(|w| AND_BETWEEN.contains(w))
                    .filter(|ws| match ws {
                        [] => false,
                        [et, al, ..] => !(*et == "et" && al.starts_with("al")),
                        [_] => true,
                    })
                    .count()
            })
            .sum();
        // An organisation's name may hold `and` (`Marks and Spencer`); an entry of three
        // authors or more is first cited with all of them.
        if !et_al && !k.et_al && !k.org && people > k.surnames.len().max(1) && !by_alias {
            return None;
        }
        let mut score = 1isize;
        for s in k.surnames.iter().skip(1) {
            if last_word_at(names, s).is_some() {
                score += 1;
            } else if !et_al {
                score -= 1;
            }
        }
        Some((score, et_al == k.et_al))
    }

    /// The entries a citation naming `names` and `year` means: those of that year that
    /// [`Lookup::fit`] it best.
    /// The list nearest the citation (`section`) first, then any.
    fn matching(&self, names: &str, year: &str, section: usize) -> Vec<usize> {
        self.best(names, Some(year), section)
    }

    /// [`Lookup::matching`], of any year if `year` is `None`.
    fn best(&self, names: &str, year: Option<&str>, section: usize) -> Vec<usize> {
        let scored = |section: Option<usize>| -> Vec<(usize, (isize, bool))> {
            self.candidates(names, year, section)
                .into_iter()
                .filter_map(|i| Some((i, Self::fit(self.keys.get(i)?, names)?)))
                .collect()
        };
        let mut found = scored(Some(section));
        if found.is_empty() && self.refs.sections.len() > 1 {
            found = scored(None);
        }
        let scored = found;
        let Some(best) = scored.iter().map(|&(_, f)| f).max() else {
            return Vec::new();
        };
        scored
            .into_iter()
            .filter(|&(_, f)| f == best)
            .map(|(i, _)| i)
            .collect()
    }

    /// A narrative citation's entry: the one of `year` whose first surname stands nearest
    /// the bracket in `window` with nothing but names between (`Lind, Ruiz and Nowak (2020)`,
    /// `Okafor’s (2021)`, `Marsh et al. (2019)`), fitting those names best; where its names
    /// start.
    /// `verb_words`: how many words that are not names may follow them (`argue that`).
    fn narrative(
        &self,
        window: &str,
        year: Option<&str>,
        section: usize,
        verb_words: usize,
    ) -> Option<(usize, usize)> {
        let near = self.candidates(window, year, Some(section));
        let any = || self.candidates(window, year, None);
        let cands = if near.is_empty() && self.refs.sections.len() > 1 {
            any()
        } else {
            near
        };
        cands
            .into_iter()
            .filter_map(|i| {
                let k = self.keys.get(i)?;
                // The later of the names and the abbreviation (`The National Institute of
                // Water Research (NIWR, 2019) disagreed, and NIWR (2019)`).
                let full = last_word_at(window, k.surnames.first()?);
                // (Not the abbreviation as introduced in brackets after the names, `World
                // Health Organization [WHO] (2020)`: the names stand before it.)
                let short = k
                    .alias
                    .as_deref()
                    .and_then(|a| last_word_at(window, a))
                    .filter(|&s| !window.get(..s).is_some_and(|h| h.ends_with(['[', '('])));
                let at = full.max(short)?;
                let names = window.get(at..)?;
                let mut words: Vec<&str> = names.split_whitespace().collect();
                // An organisation's name holds small words (`Army Corps of Engineers`).
                let small = |w: &str| matches!(w, "of" | "for" | "the" | "on" | "in" | "at");
                // Its abbreviation in brackets after it (`World Health Organization [WHO]
                // (2020)`, APA's way of introducing one) is no word of the sentence's own.
                let introduced = |w: &str| {
                    let w = w.trim_end_matches(',');
                    w.strip_prefix('[')
                        .and_then(|a| a.strip_suffix(']'))
                        .or_else(|| w.strip_prefix('(').and_then(|a| a.strip_suffix(')')))
                        .is_some_and(abbreviation)
                };
                let is_name = |w: &str| {
                    name_word(w.trim_end_matches(',')) || (k.org && (small(w) || introduced(w)))
                };
                // With the year as evidence, the clause after the names may hold any words
                // (`Kettering notes that in Dutch genre painting a blank letter “…” (1993)`).
                if year.is_some() && verb_words >= YEAR_VERB_WORDS {
                    let lead = words.iter().take_while(|w| is_name(w)).count();
                    let rest = words.len() - lead;
                    let tail = names
                        .split_whitespace()
                        .take(lead)
                        .map(|w| w.len() + 1)
                        .sum::<usize>();
                    let own = names.get(..tail.min(names.len())).unwrap_or(names);
                    return (lead > 0 && lead <= 8 && rest <= verb_words)
                        .then_some(((at, Self::fit(k, own)?), i));
                }
                // A conjunction among the verb's words joins verbs, not names (`García dice y
                // repite que`), and a particle before a lower-case word is an article (`Dupont
                // écrit que la mer`), not a surname's (`van der Berg`).
                let mut verbs = 0;
                let mut next: Option<&str> = None;
                for w in words.iter().rev() {
                    let article = PARTICLES.contains(w)
                        && next.is_none_or(|n| !n.starts_with(char::is_uppercase));
                    if is_name(w) && !article && *w != "and" && !AND_WORDS.contains(w) {
                        break;
                    }
                    verbs += 1;
                    next = Some(w);
                }
                if verbs > verb_words
                    || words.iter().rev().take(verbs).any(|w| {
                        !w.trim_end_matches([',', ':'])
                            .chars()
                            .all(char::is_lowercase)
                    })
                {
                    return None;
                }
                words.truncate(words.len() - verbs);
                let only_names = words.len() <= 8 && words.iter().all(|w| is_name(w));
                // Fitted on the names alone: the clause after them is no more people
                // (`For Mensah and Ibe, the refusal is`).
                let own = words.last().map_or(names, |w| {
                    let end = w.as_ptr() as usize - names.as_ptr() as usize + w.len();
                    names.get(..end).unwrap_or(names)
                });
                only_names.then_some(((at, Self::fit(k, own)?), i))
            })
            .max_by_key(|&(rank, _)| rank)
            .map(|((at, _), i)| (at, i))
    }
}

/// How many of a title's first words a short title is looked up by.
const TITLE_WORDS: usize = 6;

/// Most works an MLA citation is tied to: more (one author's works cited without a short
/// title, or a short title opening several of their titles), and the citation is ambiguous
/// (MLA asks for a title telling them apart), so it cites none.
const MLA_AMBIGUOUS: usize = 3;

/// MLA's entries, looked up apart, so that `(Okafor 14)` finds none of the other styles'.
/// An author's works in one list are one entry to the lookup (a citation without a title
/// fits them all alike): a citation costs a few look-ups however many works the author has.
struct Mla<'r> {
    /// One entry per authors and list.
    lookup: Lookup<'r>,
    /// That entry's works: those of the same authors in that list.
    works: FastMap<usize, Vec<usize>>,
    /// Entries by their lookup word and each opening of their title (its first words, up to
    /// [`TITLE_WORDS`], lower-cased, an article aside), for a citation with a short title:
    /// one look-up finds the works it names.
    by_title: FastMap<(&'r str, String), Vec<usize>>,
    /// Per list (section) of exactly one MLA entry, that entry: a page alone after a
    /// quotation can cite nothing else (a book review's `“…” (p. 34)`).
    sole: FastMap<usize, Option<usize>>,
}

impl<'r> Mla<'r> {
    /// The one entry of list `section`, if it has exactly one.
    fn sole(&self, section: usize) -> Option<usize> {
        self.sole.get(&section).copied().flatten()
    }

    fn new(refs: &'r References, keys: &'r [Key]) -> Self {
        let mut first_work: FastMap<(usize, bool, &[String]), usize> = FastMap::default();
        let mut works: FastMap<usize, Vec<usize>> = FastMap::default();
        let mut by_title: FastMap<(&str, String), Vec<usize>> = FastMap::default();
        let mut only = vec![false; keys.len()];
        let mut sole: FastMap<usize, Option<usize>> = FastMap::default();
        for (i, k) in keys.iter().enumerate() {
            if !k.mla {
                continue;
            }
            sole.entry(k.section)
                .and_modify(|e| *e = None)
                .or_insert(Some(i));
            let first = *first_work
                .entry((k.section, k.et_al, k.surnames.as_slice()))
                .or_insert(i);
            if let Some(o) = only.get_mut(first) {
                *o = true;
            }
            works.entry(first).or_default().push(i);
            let title = refs.notes.get(i).and_then(|n| n.meta.title.as_deref());
            if let (Some(w), Some(t)) = (k.lookup(), title) {
                let words = title_words(t);
                for n in 1..=words.len().min(TITLE_WORDS) {
                    let opening = words.get(..n).unwrap_or(&[]).join(" ");
                    by_title.entry((w, opening)).or_default().push(i);
                }
            }
        }
        Mla {
            lookup: Lookup::new(refs, keys, Some(&only)),
            works,
            by_title,
            sole,
        }
    }

    /// The works of the authors of entry `first`, unless more than [`MLA_AMBIGUOUS`].
    fn works_of(&self, first: &[usize]) -> Vec<usize> {
        let lists = || {
            first
                .iter()
                .map(|i| self.works.get(i).map_or(&[][..], Vec::as_slice))
        };
        if lists().map(<[usize]>::len).sum::<usize>() > MLA_AMBIGUOUS {
            return Vec::new();
        }
        lists().flatten().copied().collect()
    }

    /// The entry a citation by title alone (`("Reading the Archive" 22)`, MLA's form for
    /// a work without an author, or one the sentence names) means: the one MLA entry whose
    /// title the short title opens, in list `section` first, then in any. None when
    /// several fit: MLA asks for a title telling them apart.
    /// With `authorless`, only works listed without an author: a title in italics reaches
    /// the bracket as plain words (`(Harbour Records 12)`), read as names first.
    fn titled(&self, title: &str, section: usize, authorless: bool) -> Vec<usize> {
        let fits = |near: bool| -> Vec<usize> {
            self.lookup
                .keys
                .iter()
                .enumerate()
                .filter(|(i, k)| {
                    k.mla
                        && (!authorless || k.surnames.is_empty())
                        && (!near || k.section == section)
                        && self
                            .lookup
                            .refs
                            .notes
                            .get(*i)
                            .and_then(|n| n.meta.title.as_deref())
                            .is_some_and(|t| short_title_of(title, t))
                })
                .map(|(i, _)| i)
                .collect()
        };
        let near = fits(true);
        let found = if near.is_empty() { fits(false) } else { near };
        if found.len() == 1 {
            found
        } else {
            Vec::new()
        }
    }

    /// The entries a citation naming `names` (and the short title `title`) means: those
    /// [`Lookup::fit`] fits best, among the ones whose title the short title names if it
    /// gives one. The list nearest the citation (`section`) first, then any.
    fn matching(&self, names: &str, title: Option<&str>, section: usize) -> Vec<usize> {
        let Some(title) = title else {
            return self.works_of(&self.lookup.best(names, None, section));
        };
        let words = title_words(title);
        if words.is_empty() {
            return Vec::new();
        }
        let opening = words
            .get(..words.len().min(TITLE_WORDS))
            .unwrap_or(&[])
            .join(" ");
        let refs = self.lookup.refs;
        let mut cands: Vec<usize> = Vec::new();
        for w in lookup_words(names) {
            if let Some(found) = self.by_title.get(&(w.as_ref(), opening.clone())) {
                cands.extend(found.iter().copied().filter(|&i| {
                    refs.notes
                        .get(i)
                        .and_then(|n| n.meta.title.as_deref())
                        .is_some_and(|t| short_title_of(title, t))
                }));
            }
        }
        cands.sort_unstable();
        cands.dedup();
        let scored = |near: bool| -> Vec<(usize, (isize, bool))> {
            cands
                .iter()
                .filter_map(|&i| {
                    let k = self.lookup.keys.get(i)?;
                    (!near || k.section == section).then_some(())?;
                    Some((i, Lookup::fit(k, names)?))
                })
                .collect()
        };
        let mut found = scored(true);
        if found.is_empty() {
            found = scored(false);
        }
        let Some(best) = found.iter().map(|&(_, f)| f).max() else {
            return Vec::new();
        };
        let works: Vec<usize> = found
            .into_iter()
            .filter(|&(_, f)| f == best)
            .map(|(i, _)| i)
            .collect();
        if works.len() > MLA_AMBIGUOUS {
            Vec::new()
        } else {
            works
        }
    }

    /// A narrative citation's works ([`Lookup::narrative`]) and where its names start.
    fn narrative(
        &self,
        window: &str,
        section: usize,
        verb_words: usize,
    ) -> Option<(usize, Vec<usize>)> {
        let (at, first) = self.lookup.narrative(window, None, section, verb_words)?;
        let works = self.works_of(&[first]);
        (!works.is_empty()).then_some((at, works))
    }
}

/// What [`citations`] finds.
pub(crate) struct Cited {
    /// Markers for the citations that match an entry.
    pub(crate) markers: Vec<Marker>,
    /// Citations naming an author and year the list does not hold: where, and the message.
    pub(crate) warnings: Vec<(usize, String)>,
    /// Whether the text cites the list at all.
    pub(crate) used: bool,
    /// Notes that are only short citations of entries (`3. Pryce 1950, p. 3.`, Wikipedia's
    /// `{{sfn}}`): where the citation is in the note, and the entry's label.
    pub(crate) short_notes: Vec<(usize, String)>,
}

/// One finding of [`scan_block`].
enum Found {
    Marker(Marker),
    /// A citation with no entry: where, the message, whether the list holds its author, and
    /// whether it is a citation whatever else the text cites (names opening a clause with a
    /// verb of reporting after their year, `Price (2020) found that`).
    Unmatched(usize, String, bool, bool),
    /// A note that is only a short citation: where the citation is, the entry's label.
    Short(usize, String),
}

/// The in-text citations: markers for those that match an entry, warnings for those that
/// name an author and year the list does not hold (only when the text cites the list at
/// all: a notes-and-bibliography article's `(Winter 2019)` is no slip), and whether the
/// text cites the list at all.
pub(crate) fn citations(parsed: &Parsed, refs: &References, all_notes: &NoteIndex) -> Cited {
    let entry_ranges = NoteIndex::new(&refs.notes);
    let plain = Lookup::new(refs, &refs.keys, None);
    let aliased = text_aliases(parsed, &plain, &entry_ranges);
    let lookup = if aliased.is_empty() {
        plain
    } else {
        drop(plain);
        Lookup::new(refs, &aliased, None)
    };
    let mla = refs
        .keys
        .iter()
        .any(|k| k.mla)
        .then(|| Mla::new(refs, lookup.keys));
    let found = super::par::runs(parsed.blocks.len(), |lo, hi| {
        let mut out = Vec::new();
        for bi in lo..hi {
            if let Some(sec) = lookup.section_for(bi) {
                let scan = Scan {
                    lookup: &lookup,
                    mla: mla.as_ref(),
                    entry_ranges: &entry_ranges,
                    all_notes,
                };
                scan_block(parsed, bi, sec, &scan, &mut out);
            }
        }
        out
    });
    let mut markers = Vec::new();
    let mut warnings = Vec::new();
    let mut short_notes = Vec::new();
    let mut same_author = false;
    for f in found {
        match f {
            Found::Marker(m) => markers.push(m),
            Found::Unmatched(at, msg, by_listed, sure) => {
                same_author |= by_listed;
                warnings.push((at, msg, by_listed || sure));
            }
            Found::Short(at, label) => short_notes.push((at, label)),
        }
    }
    // Brackets naming an author and year are citations only if the text cites the list:
    // some match an entry, or name an author the list holds (`(Okafor, 2012)` when it
    // lists Okafor 2021: the year is the slip). Otherwise (`(Winter 2019)` in a footnoted
    // article with a bibliography) they are left alone; a narrative citation with its verb
    // of reporting (`Hartley (2023) acknowledges`) is warned about all the same.
    let used = !markers.is_empty() || same_author;
    if markers.is_empty() {
        warnings.retain(|w| w.2);
    }
    let warnings = warnings.into_iter().map(|(at, msg, _)| (at, msg)).collect();
    Cited {
        markers,
        warnings,
        used,
        short_notes,
    }
}

/// Most words of a verb between a narrative citation's names and the quotation after them
/// (`argue that`, `put it plainly:`).
const VERB_WORDS: usize = 4;

/// The same when the bracket after the quotation gives the entry's year (`Kettering notes
/// that a blank letter “…” (1993, 104)`): surname and year together are evidence enough for
/// a longer clause between.
const YEAR_VERB_WORDS: usize = 10;

/// Where the quotation opens that closes just before the bracket at `open` (`“…” (2020)`,
/// `"…," (2020)`), if one does; near, and within the block.
fn quoted_before(t: &str, open: usize) -> Option<usize> {
    let head = t.get(..open)?.trim_end().trim_end_matches([',', '.']);
    let (close_mark, open_marks): (char, &[char]) = match head.chars().last()? {
        '\u{201D}' => ('\u{201D}', &['\u{201C}']),
        '"' => ('"', &['"']),
        _ => return None,
    };
    let inner = head.strip_suffix(close_mark)?;
    let mut floor = inner.len().saturating_sub(600);
    while !inner.is_char_boundary(floor) {
        floor -= 1;
    }
    let q = inner.get(floor..)?.rfind(open_marks)? + floor;
    // The opening mark starts a word (`“`, or a straight quote after a space or bracket).
    let before = inner.get(..q)?.chars().last();
    before
        .is_none_or(|c| c.is_whitespace() || "([—–-:".contains(c))
        .then_some(q)
}

/// Start of the text before `at` that a narrative citation's names may be in: back to the
/// sentence's start, at most 160 bytes.
fn narrative_window(t: &str, at: usize) -> usize {
    let mut floor = at.saturating_sub(160);
    while !t.is_char_boundary(floor) {
        floor -= 1;
    }
    let head = t.get(floor..at).unwrap_or("");
    let b = head.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        if matches!(b.get(i), Some(b'.' | b'!' | b'?'))
            && b.get(i + 1).is_some_and(u8::is_ascii_whitespace)
        {
            // `et al. (2019)`, `T. R. Lind (2023)`: no sentence ends there.
            let word = head
                .get(..i)
                .and_then(|h| h.rsplit(|c: char| !c.is_alphanumeric()).next())
                .unwrap_or("");
            let abbreviation =
                word == "al" || (word.chars().count() == 1 && word.starts_with(char::is_uppercase));
            if !abbreviation {
                return floor + i + 1;
            }
        }
    }
    floor
}

/// One piece of a citation (between `;`s): where it starts after its lead words, and where
/// it ends.
struct Piece {
    start: usize,
    body: usize,
    end: usize,
}

fn pieces(t: &str, from: usize, to: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut s = from;
    for part in t.get(from..to).unwrap_or("").split(';') {
        // A secondary citation (`Wolfson, 1996, as cited in Ng, 2018, p. 40`): the work read
        // is the one the list holds, the second.
        let skip = [
            " as cited in ",
            " as quoted in ",
            " cited in ",
            " quoted in ",
        ]
        .iter()
        .find_map(|w| part.find(w))
        .map_or(0, |k| k + 1);
        let lead_in = part.get(skip..).unwrap_or(part);
        let trimmed = lead_in.trim_start();
        let start = s + skip + (lead_in.len() - trimmed.len());
        let mut body = start;
        for lead in LEADS {
            if trimmed.starts_with(lead) {
                body += lead.len();
                break;
            }
        }
        out.push(Piece {
            start,
            body,
            end: s + part.len(),
        });
        s += part.len() + 1;
    }
    out
}

/// The names before the first year of a citation's `body`.
fn names_before(body: &str, year_start: usize) -> &str {
    body.get(..year_start)
        .unwrap_or("")
        .trim_matches(|c: char| c.is_whitespace() || c == ',')
}

/// The brackets of block `b` that may hold citations (outside code and reference-list
/// entries): where each opens and closes. `square`: `[…]` too (not a link written out,
/// `[Okafor 2021](…)`, nor a footnote's `[^…]`); `dated`: only those holding a digit,
/// `n.d.`, `in press` or `forthcoming`.
fn brackets<'b>(
    b: &'b Block,
    entry_ranges: &'b NoteIndex,
    square: bool,
    dated: bool,
) -> impl Iterator<Item = (usize, usize)> + 'b {
    let t = b.text.as_str();
    let bytes = t.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let r = bytes.get(from..)?;
            let k = if square {
                memchr::memchr2(b'(', b'[', r)
            } else {
                memchr::memchr(b'(', r)
            }?;
            let open = from + k;
            from = open + 1;
            let (opener, closer) = if bytes.get(open) == Some(&b'[') {
                (b'[', b']')
            } else {
                (b'(', b')')
            };
            // The closing bracket, near and with no other opening one before it.
            let limit = (open + 300).min(bytes.len());
            let Some(close) = bytes
                .get(open + 1..limit)
                .and_then(|r| r.iter().position(|&c| c == closer || c == opener))
                .map(|p| open + 1 + p)
                .filter(|&c| bytes.get(c) == Some(&closer))
            else {
                continue;
            };
            if opener == b'['
                && (matches!(bytes.get(close + 1), Some(b'(' | b':' | b'['))
                    || bytes.get(open + 1) == Some(&b'^'))
            {
                continue;
            }
            let inner = t.get(open + 1..close).unwrap_or("");
            if dated
                && !inner.bytes().any(|c| c.is_ascii_digit())
                && !["n.d.", "in press", "forthcoming"]
                    .iter()
                    .any(|w| inner.contains(w))
            {
                continue;
            }
            if b.overlaps_code(open, close + 1) || entry_ranges.find(b.src_of(open)).is_some() {
                continue;
            }
            return Some((open, close));
        }
    })
}

/// An abbreviation as the text introduces one for an author: `WHO`, `NIWR`, `UNHCR`, `U.S.`
/// aside (2 to 12 capitals, digits or `&`, at least two capitals), and one with small
/// letters between its capitals (`DfT`, `MoJ`, `DfE`), fewer of them than capitals, the
/// first letter a capital.
fn abbreviation(w: &str) -> bool {
    let upper = w.bytes().filter(u8::is_ascii_uppercase).count();
    let lower = w.bytes().filter(u8::is_ascii_lowercase).count();
    (2..=12).contains(&w.len())
        && (lower == 0 || w.starts_with(|c: char| c.is_ascii_uppercase()))
        && w.bytes()
            .all(|c| c.is_ascii_alphabetic() || c.is_ascii_digit() || c == b'&')
        && upper >= 2
        && lower < upper
}

/// The keys with the abbreviations the text introduces for organisations the entries name
/// only in full, the way APA asks: `(World Health Organization [WHO], 2020)` or, narrative,
/// `the World Health Organization (WHO, 2020)`, then `(WHO, 2021)` and `WHO (2022)` for
/// any of its works in that list. Empty when the text introduces none.
fn text_aliases(parsed: &Parsed, lookup: &Lookup<'_>, entry_ranges: &NoteIndex) -> Vec<Key> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for (bi, b) in parsed.blocks.iter().enumerate() {
        // Cheap test first: an abbreviation is introduced in capitals.
        if b.chrome || !b.text.bytes().any(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let Some(sec) = lookup.section_for(bi) else {
            continue;
        };
        let t = b.text.as_str();
        for (open, close) in brackets(b, entry_ranges, false, true) {
            for (pi, p) in pieces(t, open + 1, close).iter().enumerate() {
                let body = t.get(p.body..p.end).unwrap_or("");
                let Some((y0, _, year)) = years(body).into_iter().next() else {
                    continue;
                };
                let names = names_before(body, y0);
                // `World Health Organization [WHO]`
                let bracketed = names
                    .strip_suffix(']')
                    .and_then(|n| n.rsplit_once('['))
                    .filter(|(_, a)| abbreviation(a))
                    .map(|(full, a)| (full.trim_end(), a));
                // `the World Health Organization [WHO] (2020)`: introduced before the
                // bracket, in a narrative citation.
                let before_bracket = || {
                    let w = narrative_window(t, open);
                    let window = t.get(w..open).unwrap_or("").trim_end();
                    let a = window.strip_suffix(']')?.rsplit_once('[')?.1;
                    abbreviation(a).then_some((window, a))
                };
                let narrated = (pi == 0 && names.is_empty()).then(before_bracket).flatten();
                let entries = match bracketed {
                    Some((full, _)) => lookup.matching(full, &year, sec),
                    None if narrated.is_some() => narrated
                        .and_then(|(window, _)| lookup.narrative(window, Some(&year), sec, 0))
                        .map(|(_, i)| vec![i])
                        .unwrap_or_default(),
                    // `the World Health Organization (WHO, 2020)`
                    None if pi == 0 && abbreviation(names) => {
                        let w = narrative_window(t, open);
                        let window = t.get(w..open).unwrap_or("");
                        lookup
                            .narrative(window, Some(&year), sec, 0)
                            .map(|(_, i)| vec![i])
                            .unwrap_or_default()
                    }
                    None => continue,
                };
                let alias = bracketed
                    .map(|(_, a)| a)
                    .or(narrated.map(|(_, a)| a))
                    .unwrap_or(names);
                for i in entries {
                    if lookup
                        .keys
                        .get(i)
                        .is_some_and(|k| k.org && k.alias.is_none())
                    {
                        found.push((i, alias.to_string()));
                    }
                }
            }
        }
    }
    if found.is_empty() {
        return Vec::new();
    }
    // The abbreviation stands for the organisation in all its works in that list: one
    // alias per organisation and list (the first introduced), then one pass over the keys
    // (an alias per citation times every key was quadratic in a long article).
    let mut by_org: FastMap<(&str, usize), String> = FastMap::default();
    for (i, alias) in found {
        if let Some(k) = lookup.keys.get(i) {
            if let Some(name) = k.surnames.first() {
                by_org.entry((name.as_str(), k.section)).or_insert(alias);
            }
        }
    }
    let mut keys = lookup.keys.to_vec();
    for k in &mut keys {
        if k.org && k.alias.is_none() {
            if let Some(alias) = k
                .surnames
                .first()
                .and_then(|n| by_org.get(&(n.as_str(), k.section)))
            {
                k.alias = Some(alias.clone());
            }
        }
    }
    keys
}

/// What [`scan_block`] looks citations up in.
struct Scan<'a, 'r> {
    lookup: &'a Lookup<'r>,
    /// MLA's entries, if the lists have any.
    mla: Option<&'a Mla<'r>>,
    entry_ranges: &'a NoteIndex,
    all_notes: &'a NoteIndex,
}

fn scan_block(parsed: &Parsed, bi: usize, sec: usize, scan: &Scan<'_, '_>, out: &mut Vec<Found>) {
    let Some(b) = parsed.blocks.get(bi) else {
        return;
    };
    let (lookup, entry_ranges) = (scan.lookup, scan.entry_ranges);
    if b.chrome || entry_ranges.find(b.src_start).is_some() {
        return;
    }
    let refs = lookup.refs;
    let t = b.text.as_str();
    let marker = |ri: usize, start: usize, end: usize, narrative: bool| {
        refs.notes.get(ri).map(|n| {
            Found::Marker(Marker {
                label: n.label.clone(),
                offset: b.src_of(start),
                span: Some((bi, start, end)),
                explicit: false,
                citation_like: true,
                narrative,
            })
        })
    };
    // A note citing the list in its own words, without brackets: `1. Okafor 2021, 14; see
    // also Lind and Ruiz 2023.` (each line of a note's text, up to its first bracket). A
    // line that is nothing else (names, year, pages) is a short citation: the note stands
    // for the entry.
    let in_note = b.note.is_some() || scan.all_notes.find(b.src_start).is_some();
    if in_note {
        for (s, e) in notes::line_spans(t) {
            let line = t.get(s..e).unwrap_or("");
            // Wikipedia's caret before a note cited more than once (`^ a b Pryce 1950, p.
            // 71.`: the letters are links back, not text, so `^` stands alone) is no part
            // of it.
            let caret = line.len() - notes::strip_backlink_caret(line).len();
            let skip = notes::line_label(line).map_or(caret, |(_, n)| n);
            let bracket = line.find('(');
            let stop = bracket.unwrap_or(line.len()).max(skip);
            let ps = pieces(t, s + skip, s + stop);
            let mut short = bracket.is_none() && !ps.is_empty();
            let mut shorts = Vec::new();
            for p in ps {
                let body = t.get(p.body..p.end).unwrap_or("");
                let ys = years(body);
                let Some((y0, ye, year)) = ys.first() else {
                    short &= body.trim().is_empty();
                    continue;
                };
                let names = names_before(body, *y0);
                if !citation_like(names) {
                    short = false;
                    continue;
                }
                let found = lookup.matching(names, year, sec);
                short &= !found.is_empty() && locator_only(body.get(*ye..).unwrap_or(""));
                for i in found {
                    out.extend(marker(i, p.start, p.body + ye, false));
                    if let Some(n) = refs.notes.get(i) {
                        shorts.push(Found::Short(b.src_of(p.start), n.label.clone()));
                    }
                }
            }
            if short {
                out.extend(shorts);
            }
        }
    }
    // MLA's `(Okafor 14)`, `(Okafor, "Salt" 9)`, `(Okafor)`, `Okafor argues that “…” (14)`:
    // first, so that a page that reads as a year (`(Okafor 1998)`) is a page.
    let mut mla_cited: Vec<usize> = Vec::new();
    if let Some(mla) = scan.mla {
        let mut prev: Vec<usize> = Vec::new();
        for (open, close) in brackets(b, entry_ranges, false, false) {
            let before = out.len();
            // MLA's page after a block quotation's last words: `… have changed. (91)`.
            // (After its last full stop: `… in a single generation (1951)` is part of it.)
            let ends_quote = b.group.is_some()
                && t.get(close + 1..).is_some_and(|r| r.trim().is_empty())
                && t.get(..open)
                    .is_some_and(|h| h.trim_end().ends_with(['.', '!', '?']));
            // A page alone ending a block quotation (`… in that minute. (60)`): the work of
            // the one author its introducing paragraph names (`Caskie leaves a door open.
            // The very next poem begins:`), as a paragraph's last citation backs a page
            // after an inline quotation.
            if ends_quote && prev.is_empty() {
                prev = intro_works(parsed, bi, sec, mla);
            }
            let (works, missing) =
                mla_bracket(t, (open, close, ends_quote), sec, mla, &marker, &prev, out);
            if let Some((at, msg)) = missing {
                out.push(Found::Unmatched(b.src_of(at), msg, false, false));
            }
            if out.len() > before {
                mla_cited.push(open);
            }
            if !works.is_empty() {
                prev = works;
            }
        }
    }
    let mla_section = refs.mla_sections.get(sec).copied().unwrap_or(false);
    for (open, close) in brackets(b, entry_ranges, true, true) {
        if mla_cited.contains(&open) {
            continue;
        }
        // `[Okafor 2021]`: names and a year, never a year alone (an editor's `[2021]`), and
        // a slip warned about only when the list holds the author.
        let square = t.as_bytes().get(open) == Some(&b'[');
        let ps = pieces(t, open + 1, close);
        let last = ps.len().saturating_sub(1);
        for (pi, p) in ps.iter().enumerate() {
            let body = t.get(p.body..p.end).unwrap_or("");
            let ys = years(body);
            let Some((y0, _, _)) = ys.first() else {
                continue;
            };
            let names = names_before(body, *y0);
            let span_start = if pi == 0 { open } else { p.start };
            let span_end = if pi == last { close + 1 } else { p.end };
            if names.is_empty() {
                // `Lind and Ruiz (2023)`, `Okafor (2021, p. 14)`: the names are before the
                // bracket, in the same sentence.
                if pi != 0 || square {
                    continue;
                }
                let w = narrative_window(t, open);
                let window = t.get(w..open).unwrap_or("");
                // `Dunn and Okoye argue that “…” (2020, 112)`: the names stand before the
                // quotation the bracket follows, with a few words of their own (a verb).
                let quoted = quoted_before(t, open).map(|q| {
                    let w = narrative_window(t, q);
                    (w, t.get(w..q).unwrap_or(""))
                });
                for (_, _, year) in &ys {
                    if let Some((at, i)) = lookup.narrative(window, Some(year), sec, 0) {
                        out.extend(marker(i, w + at, span_end, true));
                    } else if let Some((i, _)) = quoted
                        .and_then(|(_, qw)| lookup.narrative(qw, Some(year), sec, YEAR_VERB_WORDS))
                        .map(|(at, i)| (i, at))
                    {
                        // The bracket itself is the marker, right after the quotation.
                        out.extend(marker(i, open, span_end, false));
                    } else if let Some((at, _)) = lookup.narrative(window, None, sec, 0) {
                        // `Okafor (2012)` when the list has Okafor 2021 only; not a person's
                        // life (`Charles Darwin (1809–1882)`) nor a name with its first name
                        // (`Adam Smith (1776)`: a citation names the surname alone).
                        let names = window.get(at..).unwrap_or("").trim_end();
                        let life = year.contains(['–', '-', '—']);
                        let first_name = window
                            .get(..at)
                            .unwrap_or("")
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|w| {
                                w.starts_with(char::is_uppercase)
                                    && w.chars().all(char::is_alphabetic)
                                    && w.chars().count() > 1
                            });
                        if citation_like(names) && !life && !first_name {
                            let written = format!("{names} {year}");
                            let (msg, listed) = unmatched(lookup, names, &fold_ws(&written));
                            if listed || !mla_section {
                                out.push(Found::Unmatched(b.src_of(w + at), msg, listed, false));
                            }
                        }
                    } else if let Some(at) = (ys.len() == 1 && !mla_section)
                        .then(|| unlisted_narrative(window, t.get(close + 1..).unwrap_or("")))
                        .flatten()
                    {
                        // `Price (2020) found that …` with no Price in the list at all.
                        let names = window.get(at..).unwrap_or("").trim_end();
                        let written = format!("{names} {year}");
                        let (msg, listed) = unmatched(lookup, names, &fold_ws(&written));
                        out.push(Found::Unmatched(b.src_of(w + at), msg, listed, true));
                    }
                }
                continue;
            }
            if !names.contains(char::is_uppercase) {
                continue;
            }
            for (_, ye, year) in &ys {
                let found = lookup.matching(names, year, sec);
                if found.is_empty() {
                    if citation_like(names) {
                        let written = body.get(..*ye).unwrap_or("");
                        let (msg, listed) = unmatched(lookup, names, &fold_ws(written));
                        // MLA cites by page: `(London 2012)` there is no slip.
                        if listed || !(square || mla_section) {
                            out.push(Found::Unmatched(b.src_of(p.body), msg, listed, false));
                        }
                    }
                    continue;
                }
                for i in found {
                    out.extend(marker(i, span_start, span_end, false));
                }
            }
        }
    }
}

/// Words that locate a passage in a work: pages (`14`, `14–15`, `xii`, `3, 7`), a verse's
/// `2.14`, and their abbreviations (`p.`, `pp.`, `ch.`, `par.`, `l.`), in other languages
/// too (`S. 42 f.`, `pág.`, `blz.`, `s.`, `str.`, `Nr.`).
fn locator_word(w: &str) -> bool {
    const WORDS: [&str; 36] = [
        "p.", "pp.", "p", "pp", "ch.", "chap.", "sec.", "par.", "pars.", "para.", "l.", "ll.",
        "line", "lines", "vol.", "fig.", "n.", "nn.", "loc.", "§", "S.", "s.", "f.", "ff.", "f",
        "ff", "Sp.", "Nr.", "nr.", "pág.", "págs.", "blz.", "bl.", "str.", "Bd.", "Kap.",
    ];
    let w = w.trim_end_matches(',');
    !w.is_empty()
        && (WORDS.contains(&w)
            || (w.bytes().any(|c| c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | '—' | '.' | ':' | ',')))
            || (w.len() <= 8 && w.bytes().all(|c| b"ivxlc".contains(&c))))
}

/// Whether what follows a short citation's year is only where in the work, and its
/// punctuation: `, p. 3.`, `, pp. 4–5`, `: 12`, ``.
fn locator_only(s: &str) -> bool {
    s.trim_start_matches([',', ':', ' '])
        .trim_end_matches(['.', ' '])
        .split_whitespace()
        .all(locator_word)
}

/// An MLA citation's piece split into its names, its short title (`"Salt"`, `Reading
/// Rivers`) and whether it ends with a page: `Okafor 14`, `Okafor, "Salt" 9`, `Mensah and
/// Okafor 3`, `Okafor`, `14` (names empty).
fn mla_piece(body: &str) -> (&str, Option<&str>, bool) {
    let body = body.trim();
    let body = body.strip_prefix("qtd. in ").unwrap_or(body).trim_start();
    // The last word, and the words before it that a comma or an abbreviation joins to it
    // (`3, 7`, `pp. 4–5`; not the number ending a title, `Work 2 14`).
    let mut cut = body.len();
    loop {
        let head = body.get(..cut).unwrap_or("").trim_end();
        let start = head.rfind(char::is_whitespace).map_or(0, |p| p + 1);
        let last = cut == body.len();
        match head.get(start..) {
            Some(w) if locator_word(w) && (last || w.ends_with([',', '.', '§'])) => cut = start,
            _ => break,
        }
    }
    let paged = cut < body.len();
    let head = body
        .get(..cut)
        .unwrap_or("")
        .trim_end()
        .trim_end_matches(',')
        .trim_end();
    // A work without an author is cited by its title alone: `("Reading the Archive" 22)`.
    let bare = head.trim_matches(['"', '“', '”', '*', '_']);
    if bare.len() + 2 <= head.len() && !bare.contains(['"', '“', '”']) && !bare.trim().is_empty()
    {
        return ("", Some(bare.trim()), paged);
    }
    // The comma may end a line (`(Okafor,⏎"Salt" 9)`, a citation wrapped).
    let comma = head
        .match_indices(',')
        .find(|&(i, _)| {
            head.get(i + 1..)
                .is_some_and(|r| r.starts_with(char::is_whitespace))
        })
        .map(|(i, _)| (head.get(..i).unwrap_or(""), head.get(i + 1..).unwrap_or("")));
    match comma {
        Some((names, title)) => {
            let title = title
                .trim()
                .trim_matches(['"', '“', '”', '\'', '‘', '’', '*', '_']);
            (names.trim(), Some(title.trim()), paged)
        }
        None => (head, None, paged),
    }
}

/// Whether an MLA citation's short title names `title`: its words, lower-cased, open the
/// title's (a leading article dropped from both): `"Salt"` names `Salt and Memory`.
fn short_title_of(short: &str, title: &str) -> bool {
    let (s, t) = (title_words(short), title_words(title));
    !s.is_empty() && t.starts_with(&s)
}

/// A title's words, lower-cased, without a leading article.
fn title_words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if w.len() > 1 && matches!(w.first().map(String::as_str), Some("the" | "a" | "an")) {
        w.remove(0);
    }
    w
}

/// The MLA citations of the bracket `open..=close` (`ends_quote`: it ends a block quotation's
/// text): by names (`(Okafor 14)`, `(Mensah and
/// Okafor 3; Okafor 9)`, `(Okafor)`), with a short title when one author has several works
/// (`(Okafor, "Salt" 9)`), or a page alone after the names in the sentence (`Okafor (14)`)
/// or before the quotation the bracket follows (`Okafor argues that “…” (14)`). Only names
/// an entry lists count: `(Figure 14)`, `(London 2012)` cite nothing.
///
/// A page alone after a quotation, with no names before it, cites the work the paragraph
/// cited last (`prev`): MLA cites the same work by page only (`… (Okonkwo 47). … “…” (52).`).
/// The works cited, for the next bracket's `prev`, and, for names after a quotation that the
/// list does not hold, where they are (in `t`) and the warning.
#[allow(clippy::too_many_arguments, reason = "one bracket's whole context")]
fn mla_bracket(
    t: &str,
    (open, close, ends_quote): (usize, usize, bool),
    sec: usize,
    mla: &Mla<'_>,
    marker: &dyn Fn(usize, usize, usize, bool) -> Option<Found>,
    prev: &[usize],
    out: &mut Vec<Found>,
) -> (Vec<usize>, Option<(usize, String)>) {
    let mut cited = Vec::new();
    let mut missing = None;
    if close - open > 160 {
        return (cited, missing);
    }
    let ps = pieces(t, open + 1, close);
    let last = ps.len().saturating_sub(1);
    for (pi, p) in ps.iter().enumerate() {
        let (names, title, paged) = mla_piece(t.get(p.body..p.end).unwrap_or(""));
        let span_start = if pi == 0 { open } else { p.start };
        let span_end = if pi == last { close + 1 } else { p.end };
        if let (true, Some(title)) = (names.is_empty(), title) {
            for i in mla.titled(title, sec, false) {
                out.extend(marker(i, span_start, span_end, false));
                cited.push(i);
            }
            continue;
        }
        if names.is_empty() {
            // A page alone, not after `see`: the names are in the sentence.
            if !(paged && ps.len() == 1 && title.is_none() && p.body == p.start) {
                continue;
            }
            let w = narrative_window(t, open);
            let window = t.get(w..open).unwrap_or("");
            // The quotation the page follows: inline, or the block quotation it ends.
            let quoted = quoted_before(t, open).or(ends_quote.then_some(0));
            if let Some((at, works)) = mla.narrative(window, sec, 0) {
                for i in works {
                    out.extend(marker(i, w + at, span_end, true));
                    cited.push(i);
                }
            } else if let Some((_, works)) = quoted.and_then(|q| {
                let w = narrative_window(t, q);
                let head = t.get(w..q).unwrap_or("");
                let near = mla.narrative(head, sec, VERB_WORDS);
                // `Kwame Mensah argues that Okafor's rivers are “…” (203)`: the page is the
                // work of the names opening the sentence before its verb of saying, not of
                // names nearer the quotation that say nothing there (a possessive, an
                // object); names that say it themselves (`Hale notes that Okafor writes
                // “…”`) are still the nearer ones.
                let near_says = near
                    .as_ref()
                    .is_some_and(|(at, _)| saying_after(head.get(*at..).unwrap_or("")));
                let subject = if near_says {
                    None
                } else {
                    saying_subject(head).and_then(|names| mla.narrative(names, sec, 0))
                };
                subject
                    .or(near)
                    .or_else(|| mla.narrative(fronted_names(head)?, sec, 0))
                    .or_else(|| {
                        // The names opening the sentence as the subject of a verb of saying
                        // (`Hartley argues that the late poems “…” (44)`): a longer clause.
                        let (at, works) = mla.narrative(head, sec, YEAR_VERB_WORDS)?;
                        subject_saying(head, at).then_some((at, works))
                    })
            }) {
                for i in works {
                    out.extend(marker(i, open, span_end, false));
                    cited.push(i);
                }
            } else if !prev.is_empty() && quoted.is_some() {
                for &i in prev {
                    out.extend(marker(i, open, span_end, false));
                    cited.push(i);
                }
            } else if let Some(i) = mla
                .sole(sec)
                .filter(|&i| quoted.is_some_and(|q| names_no_other(t, q, mla, i)))
            {
                out.extend(marker(i, open, span_end, false));
                cited.push(i);
            }
            continue;
        }
        if !citation_like(names) {
            continue;
        }
        let mut found = mla.matching(names, title, sec);
        // A work without an author cited by its title in italics, the marks gone from the
        // text (`(*Harbour Records* 12)`): the words open its title.
        if found.is_empty() && title.is_none() {
            found = mla.titled(names, sec, true);
        }
        // `“…” (Brontë 4)` when the list has no Brontë: the quotation's source left out of
        // the list. Only right after a quotation: elsewhere `(Apollo 11)` is no citation.
        let written = fold_ws(t.get(p.body..p.end).unwrap_or("").trim());
        // (A year is no page: `(London 2012)` names an event.)
        let year = written
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() == 4 && years(w).len() == 1);
        if found.is_empty() && paged && !year && (quoted_before(t, open).is_some() || ends_quote) {
            let (msg, _) = unmatched(&mla.lookup, names, &written);
            missing.get_or_insert((p.body, msg));
        }
        for i in found {
            out.extend(marker(i, span_start, span_end, false));
            cited.push(i);
        }
    }
    (cited, missing)
}

/// The works of the one author of list `sec` whose surname the paragraph introducing the
/// block quotation of block `bi` names (as written, capitalised), for a page alone closing
/// the quotation. None when it names none, or several (`Ferrie calls Caskie's next poem
/// her best:` could be either's words).
fn intro_works(parsed: &Parsed, bi: usize, sec: usize, mla: &Mla<'_>) -> Vec<usize> {
    let Some(g) = parsed.blocks.get(bi).and_then(|b| b.group) else {
        return Vec::new();
    };
    let mut k = bi;
    while k > 0 && parsed.blocks.get(k - 1).is_some_and(|x| x.group == Some(g)) {
        k -= 1;
    }
    let Some(intro) = k.checked_sub(1).and_then(|i| parsed.blocks.get(i)) else {
        return Vec::new();
    };
    if intro.group.is_some() || intro.kind != BlockKind::Paragraph || intro.text.len() > 2000 {
        return Vec::new();
    }
    let t = intro.text.as_str();
    let mut author = None;
    for i in mla.lookup.candidates(t, None, Some(sec)) {
        let named = mla
            .lookup
            .keys
            .get(i)
            .and_then(|key| key.surnames.first())
            .is_some_and(|s| s.starts_with(char::is_uppercase) && last_exact(t, s).is_some());
        if !named {
            continue;
        }
        match author {
            Some(a) if a != i => return Vec::new(),
            _ => author = Some(i),
        }
    }
    author.map_or_else(Vec::new, |a| mla.works_of(&[a]))
}

/// Whether the names starting at byte `at` of `head` (a sentence up to a quotation) open
/// it and a verb of saying follows them: `Hartley argues that …`, `Mensah and Ibe write`.
fn subject_saying(head: &str, at: usize) -> bool {
    let opens = head.get(..at).is_some_and(|h| h.trim().is_empty());
    opens && saying_after(head.get(at..).unwrap_or(""))
}

/// Whether the first word of `names_on` (names, then a sentence's words) past its names is
/// a verb of saying: `Hale notes that …`, `Mensah and Ibe write`.
fn saying_after(names_on: &str) -> bool {
    let mut several = false;
    names_on
        .split_whitespace()
        .find(|w| {
            several |= matches!(*w, "and" | "&" | "al." | "al");
            !name_word(w.trim_end_matches(','))
        })
        .map(|w| w.trim_end_matches([',', ':']))
        .is_some_and(|v| {
            super::quotes::SAYING.contains(&v)
                || super::quotes::SAYING_ELSEWHERE.contains(&v)
                || (several && plural_saying(v))
        })
}

/// Whether `v` is the plural of an English verb of saying in the present (`describe`,
/// `argue`, `write`, `note`), as names of two people or more take it (`Okonkwo and Hart
/// describe the network as “…” (44)`): its singular (`describes`) is a verb of saying.
fn plural_saying(v: &str) -> bool {
    (3..=12).contains(&v.len())
        && v.bytes().all(|c| c.is_ascii_lowercase())
        && super::quotes::SAYING
            .iter()
            .any(|s| s.strip_suffix('s') == Some(v))
}

/// The names opening `head` (a sentence up to a quotation) as the subject of a verb of
/// saying right after them (`Kwame Mensah argues that …`): at most eight words, all names.
fn saying_subject(head: &str) -> Option<&str> {
    let h = head.trim_start();
    let mut end = 0;
    for (n, w) in h.split_inclusive(char::is_whitespace).enumerate() {
        let word = w.trim_end();
        if word.is_empty() {
            end += w.len();
            continue;
        }
        if n >= 8 || !name_word(word.trim_end_matches(',')) {
            break;
        }
        end += w.len();
    }
    let names = h.get(..end)?.trim_end();
    (!names.is_empty() && saying_after(h)).then_some(names)
}

/// The names of a phrase fronted to a sentence that gives whose view the sentence states
/// (`For Mensah and Ibe, the poet's late refusal is “…” (203)`, `According to Okafor,`,
/// `In Okafor's reading,`): the words before its comma, for [`Mla::narrative`]. The
/// sentence's own words then may be many: the names are named as its source.
fn fronted_names(head: &str) -> Option<&str> {
    let h = head.trim_start();
    let rest = ["For ", "According to ", "To ", "In "]
        .iter()
        .find_map(|w| h.strip_prefix(w))?;
    let (names, _) = rest.split_once(',')?;
    // `In Okafor's reading`: the possessive's view, not a place (`In Lagos,`).
    let names = if h.starts_with("In ") {
        let (who, view) = names.rsplit_once(['’', '\''])?;
        let view = view.strip_prefix('s')?.trim();
        ["view", "reading", "account", "words", "analysis"]
            .contains(&view)
            .then_some(who)?
    } else {
        names
    };
    (names.split_whitespace().count() <= 8).then_some(names)
}

/// Whether the sentence before the quotation opening at `q` names no one but the author of
/// entry `i` (a capitalised word past the sentence's first that is not that surname): `the
/// critic John Hale called it “…” (12)` quotes Hale, not the one work cited.
fn names_no_other(t: &str, q: usize, mla: &Mla<'_>, i: usize) -> bool {
    let w = narrative_window(t, q);
    let Some(surname) = mla.lookup.keys.get(i).and_then(|k| k.surnames.first()) else {
        return false;
    };
    t.get(w..q)
        .unwrap_or("")
        .split_whitespace()
        .skip(1)
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|x| x.starts_with(char::is_uppercase))
        .all(|x| x.eq_ignore_ascii_case(surname) || x.trim_end_matches("'s") == surname)
}

/// The warning for a citation the reference list has no entry for, naming the entries by
/// the same first author if there are any (the year is then the likely slip), and whether
/// there are.
fn unmatched(lookup: &Lookup<'_>, names: &str, written: &str) -> (String, bool) {
    let same_author: Vec<&str> = lookup
        .candidates(names, None, None)
        .into_iter()
        .filter_map(|i| {
            let k = lookup.keys.get(i)?;
            last_word_at(names, k.surnames.first()?)?;
            lookup.refs.notes.get(i).map(|n| n.label.as_str())
        })
        .take(3)
        .collect();
    let mut msg = format!("citation `{written}` has no entry in the reference list");
    if !same_author.is_empty() {
        msg.push_str(&format!(" (it lists {})", same_author.join(", ")));
    }
    (msg, !same_author.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_heads() {
        fn head(s: &str) -> Option<(&str, &str, &str)> {
            let h = entry_head(s)?;
            assert!(h.date.starts_with(h.year.as_str()), "{h:?}");
            Some((h.names, String::leak(h.year), h.rest))
        }
        for (line, want) in [
            (
                "Lind, T. R., & Ruiz, J. (2023). Scour at the north mole. Coastal Works Review.",
                Some((
                    "Lind, T. R., & Ruiz, J.",
                    "2023",
                    "Scour at the north mole. Coastal Works Review.",
                )),
            ),
            (
                "Okafor, N. (2021a). The north mole. Port Press.",
                Some(("Okafor, N.", "2021a", "The north mole. Port Press.")),
            ),
            (
                "Okafor, N. (2021, May 3). Letter to the board.",
                Some(("Okafor, N.", "2021", "Letter to the board.")),
            ),
            (
                "Okafor, N. (n.d.). Undated notes.",
                Some(("Okafor, N.", "n.d.", "Undated notes.")),
            ),
            (
                "Lind, T. R., and J. Ruiz. 2023. Scour at the North Mole. Coastal Press.",
                Some((
                    "Lind, T. R., and J. Ruiz",
                    "2023",
                    "Scour at the North Mole. Coastal Press.",
                )),
            ),
            (
                "Lind, T.R. and Ruiz, J. (2023) Scour at the north mole. Coastal Press.",
                Some((
                    "Lind, T.R. and Ruiz, J.",
                    "2023",
                    "Scour at the north mole. Coastal Press.",
                )),
            ),
            (
                "- Fixed Nights Trial Group (2020). Fixed night teams. Regional Health Press.",
                Some((
                    "Fixed Nights Trial Group",
                    "2020",
                    "Fixed night teams. Regional Health Press.",
                )),
            ),
            (
                "Baker, J. (Ed.). (2015). Harbours of the north. Port Press.",
                Some(("Baker, J.", "2015", "Harbours of the north. Port Press.")),
            ),
            (
                "Birch, B. (in press). Tides. Port Press.",
                Some(("Birch, B.", "in press", "Tides. Port Press.")),
            ),
            (
                "Lind, T. (2019–2020). Serial notes. Port Press.",
                Some(("Lind, T.", "2019–2020", "Serial notes. Port Press.")),
            ),
            (
                "World Health Organization (WHO). (2020). Water. WHO Press.",
                Some(("World Health Organization", "2020", "Water. WHO Press.")),
            ),
            (
                "Castellanos, P. (2024, February 20). Le bac du port reprend l’été, enfin.",
                Some((
                    "Castellanos, P.",
                    "2024",
                    "Le bac du port reprend l’été, enfin.",
                )),
            ),
            (
                "Pryce, Gwen; Hale, Tom (1961). *Mills and Noise*. Harrow Press.",
                Some((
                    "Pryce, Gwen; Hale, Tom",
                    "1961",
                    "*Mills and Noise*. Harrow Press.",
                )),
            ),
            ("Pryce; Hale (1961). Mills. Harrow Press.", None),
            ("Smith (2020) showed that the wall held.", None),
            (
                "Natural England (2021) *Green Infrastructure Standards*. York: Natural England.",
                Some((
                    "Natural England",
                    "2021",
                    "*Green Infrastructure Standards*. York: Natural England.",
                )),
            ),
            (
                "Greater Brinford Council (2022) Urban Canopy Survey. Brinford: GBC.",
                Some((
                    "Greater Brinford Council",
                    "2022",
                    "Urban Canopy Survey. Brinford: GBC.",
                )),
            ),
            ("The Council (2022) said nothing.", None),
            ("Natural England (2021) agreed.", None),
            ("The survey (2021) found nothing.", None),
            ("In 2021 the wall was repaired.", None),
            ("Okafor, Nkechi. The North Mole. Port Press, 2021.", None),
            ("1. Okafor, N. (2021). Numbered.", None),
            ("See the harbour log for 1998 (page 4).", None),
            ("", None),
        ] {
            assert_eq!(head(line), want, "{line:?}");
        }
    }

    #[test]
    fn mla_entry_heads() {
        fn head(s: &str) -> Option<(&str, String, &str)> {
            let h = mla_head(s)?;
            assert!(h.mla && h.date == h.year, "{h:?}");
            Some((h.names, h.year, h.rest))
        }
        for (line, want) in [
            (
                "Okafor, Ada. *Reading Rivers*. Lagos UP, 2021.",
                Some(("Okafor, Ada", "2021", "*Reading Rivers*. Lagos UP, 2021.")),
            ),
            (
                "- Mensah, Kofi. \"Salt and Memory.\" *The Coastal Review*, vol. 12, no. 3, \
                 2019, pp. 44–61.",
                Some((
                    "Mensah, Kofi",
                    "2019",
                    "\"Salt and Memory.\" *The Coastal Review*, vol. 12, no. 3, 2019, pp. 44–61.",
                )),
            ),
            (
                "Mensah, Kofi, and Ada B. Okafor. Coastlines. Accra Books, 2020.",
                Some((
                    "Mensah, Kofi, and Ada B. Okafor",
                    "2020",
                    "Coastlines. Accra Books, 2020.",
                )),
            ),
            // The year after the title, not the one in it.
            (
                "Okafor, Ada, editor. *London 1666*. Ash Press, 2019.",
                Some(("Okafor, Ada", "2019", "*London 1666*. Ash Press, 2019.")),
            ),
            (
                "---. *Tidewater*. Lagos UP, 2023.",
                Some(("---", "2023", "*Tidewater*. Lagos UP, 2023.")),
            ),
            ("Okafor, Ada. *Reading Rivers*. Lagos UP.", None),
            ("Okafor wrote this. It was 2021.", None),
            ("Okafor, Ada. the river, 2021.", None),
            ("The list below, 2021. Okafor.", None),
            ("Okafor, N. (2021) said so. Port, 2021.", None),
            ("", None),
            ("…, ….", None),
        ] {
            assert_eq!(
                head(line),
                want.map(|(n, y, r)| (n, y.to_string(), r)),
                "{line:?}"
            );
        }
        assert!(mla_heading("## Works Cited"));
        assert!(mla_heading("WORKS CONSULTED:"));
        assert!(mla_heading("Works Cited and Consulted"));
        assert!(!mla_heading("References"));
        assert!(!mla_heading("Bibliography"));
    }

    #[test]
    fn mla_pieces_and_locators() {
        for (body, want) in [
            ("Okafor 14", ("Okafor", None, true)),
            ("Okafor 14–15", ("Okafor", None, true)),
            ("Mensah and Okafor 3", ("Mensah and Okafor", None, true)),
            (
                "Okafor, Reading Rivers 22",
                ("Okafor", Some("Reading Rivers"), true),
            ),
            ("Okafor, \"Salt\" 9", ("Okafor", Some("Salt"), true)),
            ("Okafor", ("Okafor", None, false)),
            ("14", ("", None, true)),
            ("qtd. in Okafor 3, 7", ("Okafor", None, true)),
            ("Okafor xii", ("Okafor", None, true)),
            ("Okafor, pp. 4-5", ("Okafor", None, true)),
            // A number ending the short title is no page.
            ("Okafor, Work 2 14", ("Okafor", Some("Work 2"), true)),
            ("", ("", None, false)),
        ] {
            assert_eq!(mla_piece(body), want, "{body:?}");
        }
        assert!(locator_only(", p. 3."));
        assert!(locator_only(", pp. 4–5"));
        assert!(locator_only(": 12"));
        assert!(locator_only(", S. 42 f."));
        assert!(locator_only(", pág. 7"));
        assert!(locator_only(", blz. 3"));
        assert!(locator_only(""));
        assert!(locator_only("."));
        assert!(!locator_only(", p. 9, disputed by the surveyor."));
        assert!(!locator_only(", and elsewhere"));
        assert!(short_title_of("Salt", "Salt and Memory"));
        assert!(short_title_of("Reading Rivers", "Reading Rivers"));
        assert!(short_title_of("Coastal", "The Coastal Year"));
        assert!(!short_title_of("Rivers", "Reading Rivers"));
        assert!(!short_title_of("", "Reading Rivers"));
    }

    #[test]
    fn surnames_and_labels() {
        let label = |names: &str, year: &str| {
            let (surnames, et_al) = surnames(names);
            Key {
                surnames,
                alias: None,
                et_al,
                org: false,
                year: year.into(),
                section: 0,
                mla: false,
            }
            .label()
        };
        assert_eq!(label("Okafor, N.", "2021"), "Okafor 2021");
        assert_eq!(label("Lind, T. R., & Ruiz, J.", "2023"), "Lind & Ruiz 2023");
        assert_eq!(
            label("Lind, T. R., and J. Ruiz", "2023"),
            "Lind & Ruiz 2023"
        );
        assert_eq!(label("Lind, T.R. and Ruiz, J.", "2023"), "Lind & Ruiz 2023");
        assert_eq!(
            label("Marsh, A., Price, D., & Oduya, K.", "2019"),
            "Marsh et al. 2019"
        );
        assert_eq!(
            label("van der Berg, A., & Okafor, N.", "2020b"),
            "van der Berg & Okafor 2020b"
        );
        assert_eq!(
            label("Fixed Nights Trial Group", "2020"),
            "Fixed Nights Trial Group 2020"
        );
        assert_eq!(
            label("Department of Health and Social Care", "2018"),
            "Department of Health and Social Care 2018"
        );
        assert_eq!(
            label("Lind, Tomas, and Jorge Ruiz Jr.", "2023"),
            "Lind & Ruiz 2023"
        );
        assert_eq!(
            label("Okafor, Nkechi, and Anna van der Berg", "2021"),
            "Okafor & van der Berg 2021"
        );
    }

    #[test]
    fn years_in_text() {
        let ys = |s: &str| -> Vec<String> { years(s).into_iter().map(|(_, _, y)| y).collect() };
        assert_eq!(ys("Okafor 2021, 14"), ["2021"]);
        assert_eq!(ys("Okafor 2021a, 2022b"), ["2021a", "2022b"]);
        assert_eq!(ys("Okafor, n.d."), ["n.d."]);
        assert_eq!(ys("12021 2021st x2021 1499 2100 1500"), ["1500"]);
        assert_eq!(
            ys("Lind 2019-2020, Chen 2007/2019, Birch in press"),
            ["2019–2020", "2019", "in press"]
        );
        assert_eq!(ys("Okafor 2021–"), ["2021"]);
        assert_eq!(ys("inn pressing forthcomingly"), Vec::<String>::new());
    }

    #[test]
    fn names_found_as_whole_words() {
        for (hay, name, want) in [
            ("see Okafor 2021", "Okafor", Some(4)),
            ("Okafor’s survey", "Okafor", Some(0)),
            ("Okaforson 2021", "Okafor", None),
            ("McOkafor", "Okafor", None),
            ("Okafor and Okafor", "Okafor", Some(11)),
            (
                "the Vale\nDistrict  Council, 2022",
                "Vale District Council",
                Some(4),
            ),
            ("Vale Districts Council", "Vale District Council", None),
            ("Vale District", "Vale District Council", None),
            ("ValeDistrict Council", "Vale District Council", None),
            ("", "Okafor", None),
            ("Okafor", "", None),
        ] {
            assert_eq!(last_word_at(hay, name), want, "{hay:?} {name:?}");
        }
    }

    #[test]
    fn citation_like_names() {
        for (names, want) in [
            ("Okafor", true),
            ("Marsh et al.", true),
            ("Lind & Ruiz", true),
            ("Lind and Ruiz", true),
            ("van der Berg", true),
            ("June", false),
            ("In", false),
            ("the survey of", false),
            ("Figure 3,", false),
            ("Okafor said in", false),
        ] {
            assert_eq!(citation_like(names), want, "{names:?}");
        }
    }
}
