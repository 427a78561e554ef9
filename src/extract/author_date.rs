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
use super::{fold_ws, BlockKind, FastMap, Marker, Parsed};

/// An entry's head: the names, the year as written, and what follows.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Head<'s> {
    names: &'s str,
    year: &'s str,
    /// The year with what the brackets add to it (`2021, May 3`).
    date: &'s str,
    rest: &'s str,
}

/// What a citation is matched by.
#[derive(Debug, Clone)]
struct Key {
    /// Surnames (or an organisation's name) in the order of the entry, at most three.
    surnames: Vec<String>,
    /// Three authors or more.
    et_al: bool,
    /// `2021`, `2021a` or `n.d.`.
    year: String,
}

/// Where a year starts at byte `i` of `b`, its end: `1998`, `2021a` (1500 to 2099, not part
/// of a longer number or word) or `n.d.` (no date).
fn year_at(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    if b.get(i..i + 4) == Some(b"n.d.") {
        return Some(i + 4);
    }
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
}

/// Every year in `s`, as byte ranges.
fn years(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match year_at(b, i) {
            Some(end) => {
                out.push((i, end));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The head of a reference-list entry: `Names (2021). Rest` (APA; also `(2021a)`,
/// `(2021, May 3)`, `(n.d.)`), `Names (2021) Rest` (Harvard, with inverted names), or
/// `Names. 2021. Rest` (Chicago author–date). `None` for anything else, prose included:
/// the names must read as names, and the year must come right after them.
fn entry_head(line: &str) -> Option<Head<'_>> {
    let mut t = line.trim_start();
    for bullet in ["- ", "* ", "+ ", "• ", "– ", "· "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            t = rest.trim_start();
            break;
        }
    }
    let b = t.as_bytes();
    // The year comes after `(` or `.` and a blank at most, and the names before it hold no
    // digit: found by jumping from one `(` or `.` to the next.
    let window = b.get(..b.len().min(300))?;
    let first = memchr::memchr2_iter(b'(', b'.', window).find_map(|p| {
        let at = p + 1 + usize::from(b.get(p + 1) == Some(&b' '));
        let starts = b.get(at).is_some_and(|&c| {
            c.is_ascii_digit() || (c == b'n' && b.get(at + 1..at + 4) == Some(b".d."))
        });
        starts.then_some(at)
    })?;
    if window.get(..first)?.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let end = year_at(b, first)?;
    let year = t.get(first..end)?;
    let before = t.get(..first)?.trim_end();
    let after = t.get(end..)?;
    let mut date_end = end;
    let (names, rest, closed_by_stop) = if let Some(names) = before.strip_suffix('(') {
        let close = if after.starts_with(')') {
            1
        } else if after.starts_with(", ") {
            // `(2021, May 3)`: a date within the year's brackets.
            let c = after.get(..after.len().min(40))?.find(')')?;
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
    if names.is_empty()
        || names.len() > 250
        || names.contains(|c: char| c.is_ascii_digit() || "\"“”«»()[]<>:;/".contains(c))
    {
        return None;
    }
    let authors = notes::split_authors(names);
    let first_author = authors.first()?;
    // Inverted names (`Lind, T. R.`) say they are names; a name in reading order leading the
    // entry is an organisation's (`Fixed Nights Trial Group (2020).`), and then the entry
    // must be shaped exactly: `Smith (2020) showed …` is prose.
    if !first_author.contains(',') && !closed_by_stop {
        return None;
    }
    let rest = rest.trim_start_matches(['.', ',']).trim_start();
    let date = t.get(first..date_end)?;
    Some(Head {
        names,
        year,
        date,
        rest,
    })
}

/// The surnames of the authors named in `names` (at most three), and whether there are three
/// or more: `Lind` for `Lind, T. R.`, `Ruiz` for `J. Ruiz`, the whole name of an organisation
/// leading the list.
fn surnames(names: &str) -> (Vec<String>, bool) {
    let authors = notes::split_authors(names);
    let et_al = authors.len() >= 3 || names.contains("et al");
    let mut out = Vec::new();
    for (i, a) in authors.iter().enumerate() {
        let a = a
            .trim_end_matches("et al.")
            .trim_end_matches("et al")
            .trim();
        let key = match a.split_once(',') {
            Some((surname, _)) => surname.trim(),
            None if i == 0 => a.trim_end_matches('.'),
            None => a
                .rsplit(' ')
                .find(|w| w.starts_with(char::is_uppercase))
                .unwrap_or(a)
                .trim_end_matches('.'),
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
}

/// The reference list's entries, as notes (after `existing`, which they never overlap), with
/// their keys.
pub(crate) struct References {
    notes: Vec<NoteInfo>,
    keys: Vec<Key>,
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
}

/// Finds the unnumbered entries of reference lists: under a notes heading (References,
/// Bibliography, Works cited, …), up to the next heading, each paragraph or list-item line
/// that opens with an entry's head starts an entry, and the lines after it in its block
/// continue it. Numbered notes there (`existing`) are left to them.
pub(crate) fn collect(parsed: &Parsed, existing: &[NoteInfo], headings: &[usize]) -> References {
    let mut entries: Vec<Entry> = Vec::new();
    if headings.is_empty() {
        return References {
            notes: Vec::new(),
            keys: Vec::new(),
        };
    }
    let index = NoteIndex::new(existing);
    for (k, &h) in headings.iter().enumerate() {
        let end = headings.get(k + 1).copied().unwrap_or(parsed.blocks.len());
        section(parsed, h, end, &index, &mut entries);
    }

    // Labels are unique: two entries that would be cited alike (the same first author and
    // year, and the list not telling them apart with `2021a`, `2021b`) are numbered.
    let mut seen: FastMap<String, usize> = FastMap::default();
    let mut notes_out = Vec::with_capacity(entries.len());
    let mut keys = Vec::with_capacity(entries.len());
    for e in entries {
        let mut label = e.key.label();
        let n = seen.entry(label.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            label = format!("{label} ({n})");
        }
        let text = fold_ws(notes::strip_backrefs(&e.text));
        let mut meta = notes::parse_meta(&fold_ws(&e.normal), &e.italics);
        // The names are known from the head: the date too, when the entry has one.
        meta.authors =
            notes::split_authors(e.normal.split_once(" (").map_or("", |(names, _)| names));
        // The year without the letter that tells one author's works of a year apart, and
        // no date for `n.d.`.
        let year = e
            .key
            .year
            .trim_end_matches(|c: char| c.is_ascii_lowercase());
        if meta.date.is_none() || meta.date.as_deref() == Some(e.key.year.as_str()) {
            meta.date = (e.key.year != "n.d.").then(|| year.to_string());
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
    }
}

/// The entries under the notes heading of block `h`, up to block `end` (the next notes
/// heading) or the first other heading.
fn section(parsed: &Parsed, h: usize, end: usize, index: &NoteIndex, entries: &mut Vec<Entry>) {
    // Paragraphs under the heading that are no entries: an introduction may come before the
    // entries, but prose after them ends the list.
    let mut strays = 0;
    let mut entries_here = 0;
    for (bi, b) in parsed.blocks.iter().enumerate().take(end).skip(h) {
        if b.note.is_some() || b.group.is_some() || b.chrome {
            continue;
        }
        let skip_first = bi == h;
        if !skip_first && b.kind == BlockKind::Heading {
            return;
        }
        if b.item_label.is_some() || index.find(b.src_start).is_some() {
            continue;
        }
        let mut current: Option<usize> = None;
        let before = entries.len();
        let lines = notes::line_spans(&b.text);
        for (li, &(s, e)) in lines.iter().enumerate().skip(usize::from(skip_first)) {
            let line = b.text.get(s..e).unwrap_or("");
            let line_src = (b.src_of(s), b.src_of(e).max(b.src_of(s) + 1));
            if index.find(line_src.0).is_some() {
                current = None;
                continue;
            }
            if let Some(head) = entry_head(line) {
                let (surnames, et_al) = surnames(head.names);
                if surnames.is_empty() {
                    current = None;
                    continue;
                }
                let lead = line.len() - line.trim_start().len();
                current = Some(entries.len());
                entries.push(Entry {
                    key: Key {
                        surnames,
                        et_al,
                        year: head.year.to_string(),
                    },
                    offset: b.src_of(s + lead),
                    ranges: vec![line_src],
                    text: line.trim().to_string(),
                    italics: italics_in(b, line),
                    normal: format!("{} ({}). {}", head.names, head.date, head.rest),
                });
            } else if let Some(entry) = current
                .filter(|_| li > 0 && notes::line_label(line).is_none())
                .and_then(|i| entries.get_mut(i))
            {
                // A wrapped entry (plain text, or a Markdown paragraph's soft breaks).
                entry.text.push(' ');
                entry.text.push_str(line.trim());
                entry.normal.push(' ');
                entry.normal.push_str(line.trim());
                entry.ranges.push(line_src);
                entry.italics.extend(italics_in(b, line));
            } else {
                current = None;
            }
        }
        if entries.len() > before {
            entries_here += entries.len() - before;
        } else if !(skip_first && lines.len() == 1) {
            strays += 1;
            if entries_here > 0 || strays > 2 {
                return;
            }
        }
    }
}

/// The block's italic strings that lie in `line`.
fn italics_in(b: &super::Block, line: &str) -> Vec<String> {
    notes::italic_strings(b)
        .into_iter()
        .filter(|it| line.contains(it.as_str()))
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
/// the …)`, `(June 2020)`, `(Figure 3, 2019)`.
const NOT_NAMES: [&str; 44] = [
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
    "Vol",
    "No",
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
];

/// Whether `names` (the part of a parenthesis before its year) reads as an author–date
/// citation's names: a few capitalised words, with `et al.`, `and`, `&` and the small words
/// of surnames.
fn citation_like(names: &str) -> bool {
    const SMALL: [&str; 14] = [
        "et", "al.", "al", "and", "&", "van", "von", "de", "der", "den", "da", "du", "le", "la",
    ];
    let words: Vec<&str> = names.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let first = first.trim_end_matches([',', '.']);
    let particle = matches!(
        first,
        "van" | "von" | "de" | "der" | "da" | "du" | "le" | "la"
    );
    (1..=6).contains(&words.len())
        && (first.starts_with(char::is_uppercase) || particle)
        && names.contains(char::is_uppercase)
        && !NOT_NAMES.contains(&first)
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            SMALL.contains(&w)
                || (w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
        })
}

/// Where `name` occurs in `hay` as whole words (not inside a longer word; `Okafor’s` holds
/// `Okafor`), its words separated by any blanks (`Vale\nDistrict Council`, a line broken
/// inside a name): the last such place.
fn last_word_at(hay: &str, name: &str) -> Option<usize> {
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

/// The in-text citations: markers for those that match an entry, warnings for those that
/// name an author and year the list does not hold.
pub(crate) fn citations(
    parsed: &Parsed,
    refs: &References,
    all_notes: &NoteIndex,
) -> (Vec<Marker>, Vec<(usize, String)>) {
    let mut by_year: FastMap<&str, Vec<usize>> = FastMap::default();
    for (i, k) in refs.keys.iter().enumerate() {
        by_year.entry(k.year.as_str()).or_default().push(i);
    }
    let found = super::par::runs(parsed.blocks.len(), |lo, hi| {
        let mut out = Vec::new();
        for bi in lo..hi {
            scan_block(parsed, bi, refs, &by_year, all_notes, &mut out);
        }
        out
    });
    let mut markers = Vec::new();
    let mut warnings = Vec::new();
    for f in found {
        match f {
            Ok(m) => markers.push(m),
            Err(w) => warnings.push(w),
        }
    }
    (markers, warnings)
}

/// How well a citation naming `names` fits entry `k`: `None` unless `names` holds its first
/// surname; then more for each other surname named, less for each left out (unless the
/// citation says `et al.`), and an `et al.` citation prefers an entry of three authors or
/// more. `Lind and Ruiz` fits `Lind & Ruiz` better than `Lind, Ruiz & Nowak`, `Lind, Ruiz
/// and Nowak` the other way round.
fn fit(k: &Key, names: &str) -> Option<(isize, bool)> {
    last_word_at(names, k.surnames.first()?)?;
    let et_al = names.contains("et al");
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
/// [`fit`] it best.
fn matching(
    refs: &References,
    by_year: &FastMap<&str, Vec<usize>>,
    names: &str,
    year: &str,
) -> Vec<usize> {
    let Some(cands) = by_year.get(year) else {
        return Vec::new();
    };
    let scored: Vec<(usize, (isize, bool))> = cands
        .iter()
        .filter_map(|&i| Some((i, fit(refs.keys.get(i)?, names)?)))
        .collect();
    let Some(best) = scored.iter().map(|&(_, f)| f).max() else {
        return Vec::new();
    };
    scored
        .into_iter()
        .filter(|&(_, f)| f == best)
        .map(|(i, _)| i)
        .collect()
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

fn scan_block(
    parsed: &Parsed,
    bi: usize,
    refs: &References,
    by_year: &FastMap<&str, Vec<usize>>,
    all_notes: &NoteIndex,
    out: &mut Vec<Result<Marker, (usize, String)>>,
) {
    let Some(b) = parsed.blocks.get(bi) else {
        return;
    };
    if b.chrome || b.note.is_some() {
        return;
    }
    let t = b.text.as_str();
    let bytes = t.as_bytes();
    let mut from = 0;
    while let Some(k) = bytes.get(from..).and_then(|r| memchr::memchr(b'(', r)) {
        let open = from + k;
        from = open + 1;
        // The closing bracket, near and with no other opening one before it.
        let limit = (open + 300).min(bytes.len());
        let Some(close) = bytes
            .get(open + 1..limit)
            .and_then(|r| r.iter().position(|&c| c == b')' || c == b'('))
            .map(|p| open + 1 + p)
            .filter(|&c| bytes.get(c) == Some(&b')'))
        else {
            continue;
        };
        let inner = t.get(open + 1..close).unwrap_or("");
        if !inner.bytes().any(|c| c.is_ascii_digit()) && !inner.contains("n.d.") {
            continue;
        }
        if b.overlaps_code(open, close + 1) || all_notes.find(b.src_of(open)).is_some() {
            continue;
        }
        let mut pieces = Vec::new();
        let mut s = open + 1;
        for part in inner.split(';') {
            pieces.push((s, s + part.len()));
            s += part.len() + 1;
        }
        let last = pieces.len().saturating_sub(1);
        for (pi, &(ps, pe)) in pieces.iter().enumerate() {
            let piece = t.get(ps..pe).unwrap_or("");
            let trimmed = piece.trim_start();
            let mut body_start = ps + (piece.len() - trimmed.len());
            for lead in LEADS {
                if trimmed.starts_with(lead) {
                    body_start += lead.len();
                    break;
                }
            }
            let body = t.get(body_start..pe).unwrap_or("");
            let ys = years(body);
            let Some(&(y0, _)) = ys.first() else {
                continue;
            };
            let names = body
                .get(..y0)
                .unwrap_or("")
                .trim_matches(|c: char| c.is_whitespace() || c == ',');
            let span_start = if pi == 0 {
                open
            } else {
                ps + (piece.len() - trimmed.len())
            };
            let span_end = if pi == last { close + 1 } else { pe };
            let marker = |ri: usize, start: usize, narrative: bool| {
                refs.notes.get(ri).map(|n| {
                    Ok(Marker {
                        label: n.label.clone(),
                        offset: b.src_of(start),
                        span: Some((bi, start, span_end)),
                        explicit: false,
                        citation_like: true,
                        narrative,
                    })
                })
            };
            if names.is_empty() {
                // `Lind and Ruiz (2023)`, `Okafor (2021, p. 14)`: the names are before the
                // bracket, in the same sentence.
                if pi != 0 {
                    continue;
                }
                let w = narrative_window(t, open);
                let window = t.get(w..open).unwrap_or("");
                for &(ys_, ye) in &ys {
                    let year = body.get(ys_..ye).unwrap_or("");
                    let Some(cands) = by_year.get(year) else {
                        continue;
                    };
                    // The entry whose first surname stands nearest the bracket, and fits the
                    // names from there best.
                    let best = cands
                        .iter()
                        .filter_map(|&i| {
                            let k = refs.keys.get(i)?;
                            let at = last_word_at(window, k.surnames.first()?)?;
                            let names = window.get(at..)?;
                            (names.len() <= 80).then_some(((at, fit(k, names)?), i))
                        })
                        .max_by_key(|&(rank, _)| rank)
                        .map(|((at, _), i)| (at, i));
                    if let Some((at, i)) = best {
                        out.extend(marker(i, w + at, true));
                    }
                }
                continue;
            }
            if !names.contains(char::is_uppercase) {
                continue;
            }
            for &(ys_, ye) in &ys {
                let year = body.get(ys_..ye).unwrap_or("");
                let found = matching(refs, by_year, names, year);
                if found.is_empty() {
                    if citation_like(names) {
                        let written = body.get(..ye).unwrap_or("");
                        out.push(Err((
                            b.src_of(body_start),
                            unmatched(refs, names, &fold_ws(written)),
                        )));
                    }
                    continue;
                }
                for i in found {
                    out.extend(marker(i, span_start, false));
                }
            }
        }
    }
}

/// The warning for a citation the reference list has no entry for, naming the entries by
/// the same first author if there are any (the year is then the likely slip).
fn unmatched(refs: &References, names: &str, written: &str) -> String {
    let same_author: Vec<&str> = refs
        .keys
        .iter()
        .zip(&refs.notes)
        .filter(|(k, _)| {
            k.surnames
                .first()
                .is_some_and(|s| last_word_at(names, s).is_some())
        })
        .map(|(_, n)| n.label.as_str())
        .take(3)
        .collect();
    let mut msg = format!("citation `{written}` has no entry in the reference list");
    if !same_author.is_empty() {
        msg.push_str(&format!(" (it lists {})", same_author.join(", ")));
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_heads() {
        fn head(s: &str) -> Option<(&str, &str, &str)> {
            let h = entry_head(s)?;
            assert!(h.date.starts_with(h.year), "{h:?}");
            Some((h.names, h.year, h.rest))
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
            ("Smith (2020) showed that the wall held.", None),
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
    fn surnames_and_labels() {
        let label = |names: &str, year: &str| {
            let (surnames, et_al) = surnames(names);
            Key {
                surnames,
                et_al,
                year: year.into(),
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
    }

    #[test]
    fn years_in_text() {
        let ys = |s: &str| -> Vec<String> {
            years(s)
                .into_iter()
                .filter_map(|(a, b)| s.get(a..b).map(str::to_string))
                .collect()
        };
        assert_eq!(ys("Okafor 2021, 14"), ["2021"]);
        assert_eq!(ys("Okafor 2021a, 2022b"), ["2021a", "2022b"]);
        assert_eq!(ys("Okafor, n.d."), ["n.d."]);
        assert_eq!(ys("12021 2021st x2021 1499 2100 1500"), ["1500"]);
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
