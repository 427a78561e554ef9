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
/// `Okafor et al.`, `Office for Health Statistics`).
const NAME_PARTICLES: [&str; 22] = [
    "&", "al", "al.", "and", "da", "de", "del", "den", "der", "di", "du", "et", "for", "in", "la",
    "le", "of", "on", "the", "van", "von", "y",
];

/// Words of a locator after the name (`p. 4`, `at 7`, `supra`, `op. cit.`, `table 3`),
/// besides numbers.
const LOCATOR_WORDS: [&str; 40] = [
    "&",
    "a.a.o.",
    "and",
    "app.",
    "appendix",
    "at",
    "cf.",
    "ch.",
    "chap.",
    "chapter",
    "cit.",
    "f.",
    "ff.",
    "fig.",
    "figure",
    "l.",
    "ll.",
    "loc.",
    "n.",
    "nn.",
    "ob.",
    "op.",
    "préc.",
    "précité",
    "précitée",
    "p.",
    "para.",
    "paras.",
    "pp.",
    "s.",
    "sec.",
    "section",
    "see",
    "supra",
    "vgl.",
    "table",
    "vol.",
    "§",
    "§§",
    "¶",
];

/// How many notes with a URL, before and after a short form, are looked at (the nearest).
const TITLE_WINDOW: usize = 256;

/// For each note that only points back to another (and has no web URL of its own), the index
/// of the note it points to, which has one: `(short, full)` pairs. `urls[i]` are note `i`'s
/// URLs; `is_web` tells a web URL.
pub(crate) fn targets(
    notes: &[NoteInfo],
    urls: &[Vec<String>],
    is_web: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let first_web = |i: usize| {
        urls.get(i)
            .and_then(|v| v.iter().find(|u| is_web(u)))
            .map(String::as_str)
    };
    // The notes that read as pointing back, first: most documents have none, and then
    // nothing else is built.
    let jobs: Vec<(usize, Job<'_>)> = (0..notes.len())
        .filter(|&i| first_web(i).is_none())
        .filter_map(|i| {
            let n = notes.get(i)?;
            if n.reference || n.text.is_empty() || n.text.len() > MAX_SHORT {
                return None;
            }
            match pointed_label(&n.text) {
                Some(label) => {
                    let head = n.text.split([',', '(']).next().unwrap_or("").trim();
                    let name = (is_name(head) && head.split_whitespace().count() <= 6)
                        .then(|| surname_of_names(head))
                        .flatten();
                    Some((i, Job::Label(label, name)))
                }
                None => parse(n).map(|s| (i, Job::Short(s))),
            }
        })
        .collect();
    if jobs.is_empty() {
        return Vec::new();
    }
    if !(0..notes.len()).any(|i| first_web(i).is_some()) {
        return Vec::new();
    }
    // The works a short form may point to, in document order, by their first author's
    // surname and by label: every note but the short ones, those without a page too (a book
    // cited in full makes a name alone point to two works; it is never a target itself).
    // (A note with a title is a work even when it reads as a short form: `Jonathan E.
    // Hillman, *The Emperor's New Road* (…), 3.` is a second work of Hillman's.)
    let mut is_job = vec![false; notes.len()];
    for (i, job) in &jobs {
        if let (Some(b), Job::Label(..) | Job::Short(Short { title: None, .. })) =
            (is_job.get_mut(*i), job)
        {
            *b = true;
        }
    }
    let mut order: Vec<usize> = (0..notes.len())
        .filter(|&i| !is_job.get(i).copied().unwrap_or(true))
        .collect();
    order.sort_by_key(|&i| notes.get(i).map_or(0, |n| n.offset));
    let mut by_name: FastMap<String, Vec<usize>> = FastMap::default();
    let mut by_label: FastMap<&str, Vec<usize>> = FastMap::default();
    for &j in &order {
        let Some(n) = notes.get(j) else { continue };
        for s in full_note_surnames(n) {
            by_name.entry(s).or_default().push(j);
        }
        by_label.entry(n.label.as_str()).or_default().push(j);
    }
    // Each such note's title words, once, when first asked for.
    let titles: Vec<std::cell::OnceCell<Vec<String>>> = (0..notes.len())
        .map(|_| std::cell::OnceCell::new())
        .collect();
    let title_of = |j: usize| {
        titles.get(j).map(|c| {
            c.get_or_init(|| {
                notes
                    .get(j)
                    .and_then(|n| n.meta.title.as_deref())
                    .map(title_words)
                    .unwrap_or_default()
            })
        })
    };
    // And each such note's words (`text_words`), once, when first asked for: a document of
    // many short notes looks at the same few hundred notes again and again.
    let words: Vec<std::cell::OnceCell<Vec<String>>> = (0..notes.len())
        .map(|_| std::cell::OnceCell::new())
        .collect();
    let words_of = |j: usize| -> &[String] {
        words.get(j).map_or(&[], |c| {
            c.get_or_init(|| {
                notes
                    .get(j)
                    .map(|n| text_words(&n.text))
                    .unwrap_or_default()
            })
            .as_slice()
        })
    };
    let offset = |i: usize| notes.get(i).map_or(0, |n| n.offset);
    let mut out = Vec::new();
    for (i, job) in jobs {
        let Some(n) = notes.get(i) else { continue };
        let at = n.offset;
        let short = match job {
            // `supra note 3`, `(n 3)`: the last note 3 before this one.
            // A name before it must be that note's (a stale number, `Kaur, supra note 1`
            // where note 1 is Okoro's, points nowhere).
            Job::Label(label, name) => {
                let found = by_label
                    .get(label)
                    .and_then(|v| v.iter().rev().find(|&&j| j != i && offset(j) < at).copied());
                let named = |j: usize| {
                    name.as_ref().is_none_or(|s| {
                        notes.get(j).is_some_and(|f| {
                            full_note_surnames(f).contains(s) || words_of(j).contains(s)
                        })
                    })
                };
                if let Some(j) = found.filter(|&j| first_web(j).is_some() && named(j)) {
                    out.push((i, j));
                }
                continue;
            }
            Job::Short(s) => s,
        };
        // The notes near this one, for a title without a known name.
        let window = || {
            let p = order.partition_point(|&j| offset(j) < at);
            order
                .get(p.saturating_sub(TITLE_WINDOW)..(p + TITLE_WINDOW).min(order.len()))
                .map_or_else(Vec::new, <[usize]>::to_vec)
        };
        // Whether note `j` is the work: its author is the name (or, `in_text`, the name stands
        // in its text: a publisher, `Council, "Former Gasworks Site," 4.`), its title has the
        // short title's words in order, its text the description's.
        let fits = |j: usize, in_text: bool| {
            let Some(f) = notes.get(j) else { return false };
            j != i
                && match &short.name {
                    Name::Acronym(a) => acronym_fits(a, f),
                    Name::Surname(s) if in_text => words_of(j).contains(s),
                    _ => true,
                }
                && short.initial.is_none_or(|c| given_initial_fits(c, f))
                && (short.others.is_empty() || {
                    let words = words_of(j);
                    short.others.iter().all(|o| words.contains(o))
                })
                && short
                    .title
                    .as_ref()
                    .is_none_or(|t| title_of(j).is_some_and(|ft| in_order(ft, t)))
                && (short.words.is_empty() || in_order(words_of(j), &short.words))
        };
        // The pool is in document order; only its notes nearest this one are looked at.
        let choose = |pool: &[usize], in_text: bool| {
            let p = pool.partition_point(|&j| offset(j) < at);
            let before: Vec<usize> = pool
                .get(p.saturating_sub(TITLE_WINDOW)..p)
                .unwrap_or_default()
                .iter()
                .copied()
                .filter(|&j| fits(j, in_text))
                .collect();
            // The work with a page among those that fit (the nearest before, or the first
            // after: a bibliography after the notes, Chicago's short notes with one), if
            // every one that fits, with a page or not, is that work: an author's name alone
            // for two works could be two people, or a slip. (A short title's words stand in
            // its work's title in order.)
            let pick = |fitting: &[usize], nearest_last: bool| {
                let mut with_page = fitting.iter().copied().filter(|&j| first_web(j).is_some());
                let j = if nearest_last {
                    with_page.next_back()
                } else {
                    with_page.next()
                }?;
                let same_work = |k: usize| {
                    let (Some(tk), Some(tj)) = (title_of(k), title_of(j)) else {
                        return false;
                    };
                    (first_web(k) == first_web(j)) || (!tk.is_empty() && in_order(tj, tk))
                };
                fitting.iter().all(|&k| k == j || same_work(k)).then_some(j)
            };
            if before.iter().any(|&j| first_web(j).is_some()) {
                return pick(&before, true);
            }
            // After it, only a bibliography's entries (a later note is another citation, of
            // another work as likely as not).
            let after: Vec<usize> = pool
                .get(p..(p + TITLE_WINDOW).min(pool.len()))
                .unwrap_or_default()
                .iter()
                .copied()
                .filter(|&j| notes.get(j).is_some_and(|f| f.reference) && fits(j, in_text))
                .collect();
            // (The earlier ones that fit, all without a page, must be that entry's work: a
            // short note before, `Hillman, "Belt and Road," 12.`, is.)
            let mut all = before;
            all.extend(after);
            pick(&all, false)
        };
        let long_title = short.title.as_ref().is_some_and(|t| t.len() >= 2);
        let chosen = match &short.name {
            // By the author's surname; failing that, a title of two words or more in a note
            // that names the name elsewhere.
            Name::Surname(s) => by_name
                .get(s)
                .and_then(|pool| choose(pool, false))
                .or_else(|| long_title.then(|| choose(&window(), true)).flatten()),
            // An organisation's initials, or no name: by the title (the initials alone when
            // they point to one work), among the notes near.
            Name::Acronym(_) => choose(&window(), false),
            Name::None if short.title.is_some() => choose(&window(), false),
            Name::None => None,
        };
        if let Some(j) = chosen {
            // A title alone of one word must be the whole of the earlier title.
            let lone_word = matches!(short.name, Name::None)
                && short.title.as_ref().is_some_and(|t| t.len() < 2)
                && notes
                    .get(j)
                    .and_then(|f| f.meta.title.as_deref())
                    .is_none_or(|ft| title_words(ft).len() != 1);
            if !lone_word {
                out.push((i, j));
            }
        }
    }
    out
}

/// The label a note points to with `supra note 3`, `supra n. 3`, `(n 3)`, `above n 3`.
fn pointed_label(text: &str) -> Option<&str> {
    const POINTERS: [&str; 11] = [
        "supra note ",
        "supra notes ",
        "supra, note ",
        "supra n. ",
        "supra n ",
        "above note ",
        "above n ",
        "(n ",
        "(note ",
        "(anm. ",
        "(fn. ",
    ];
    // Most notes point to no label: a byte search says so before any lowercasing (with
    // searchers built once: most notes are short, and building one costs as much as a search).
    static NEEDLES: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            [
                "upra", "UPRA", "bove", "(n ", "(N", "(note", "(Anm. ", "(anm. ", "(Fn. ", "(fn. ",
            ]
            .iter()
            .map(|n| memchr::memmem::Finder::new(n.as_bytes()))
            .collect()
        });
    if !NEEDLES.iter().any(|f| f.find(text.as_bytes()).is_some()) {
        return None;
    }
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

/// What a note that points back names: a note's label, or a work.
enum Job<'a> {
    /// The label, and the surname written before it.
    Label(&'a str, Option<String>),
    Short(Short),
}

/// Who a short form names.
enum Name {
    /// A person's or organisation's name: its (last) surname, lowercased.
    Surname(String),
    /// An organisation's initials (`CLA`, `PTES`).
    Acronym(String),
    /// No name: the note opens with the title.
    None,
}

/// What a short form names.
struct Short {
    name: Name,
    /// The other authors' surnames, lowercased (`Lind and Ruiz` → `ruiz`).
    others: Vec<String>,
    /// The first author's initial, when the name gives one (`R. Hillman` → `R`): it tells
    /// two authors of one surname apart.
    initial: Option<char>,
    /// The short title's words ([`title_words`]).
    title: Option<Vec<String>>,
    /// Words describing a work without a title (`written evidence`, `letter`), lowercased.
    words: Vec<String>,
}

/// Reads a note as a short form: a name then a title and/or a locator (`Hillman, "China and
/// Russia," 4.`, `Ortiz, 41.`), a name, a description and a locator (`Adeyemi, written
/// evidence, 4.`), or a title and a locator (`*Energy and Empire*, 33.`).
fn parse(n: &NoteInfo) -> Option<Short> {
    let text = n.text.trim();
    let (head, rest) = text.split_once(',')?;
    let head = head.trim();
    let name_words: Vec<&str> = head.split_whitespace().collect();
    let is_name = name_words.len() <= 6 && is_name(head);
    let opens = n
        .meta
        .title
        .as_deref()
        .is_some_and(|t| opens_with_title(text, t));
    if !is_name && !opens {
        return None;
    }
    let title = n
        .meta
        .title
        .as_deref()
        .map(title_words)
        .filter(|t| !t.is_empty());
    let name = if !is_name || opens {
        Name::None
    } else if let [w] = name_words.as_slice() {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if (2..=6).contains(&letters) && w.chars().all(|c| c.is_uppercase() || c == '.') {
            Name::Acronym(w.chars().filter(|c| c.is_alphabetic()).collect())
        } else {
            surname_of_names(head).map_or(Name::None, Name::Surname)
        }
    } else {
        surname_of_names(head).map_or(Name::None, Name::Surname)
    };
    // The other authors of a work by several (`Lind and Ruiz`): each must be named in it.
    let others: Vec<String> = if matches!(name, Name::Surname(_)) {
        head.split(" and ")
            .flat_map(|p| p.split(" & "))
            .skip(1)
            .filter_map(last_word)
            .collect()
    } else {
        Vec::new()
    };
    let initial = match name {
        Name::Surname(_) => head
            .split_whitespace()
            .next()
            .filter(|w| w.len() == 2 && w.ends_with('.'))
            .and_then(|w| w.chars().next())
            .filter(|c| c.is_uppercase()),
        _ => None,
    };
    if title.is_some() {
        if matches!(name, Name::None) && !opens {
            return None;
        }
        return Some(Short {
            name,
            others,
            initial,
            title,
            words: Vec::new(),
        });
    }
    if matches!(name, Name::None) {
        return None;
    }
    // A name, then a description of the work (lowercase words) before a locator, or a
    // locator alone.
    let rest = rest.trim();
    let (description, locator) = match rest.split_once(',') {
        Some((d, l)) if description_words(d).is_some() => (d, l),
        _ if description_words(rest.trim_end_matches('.')).is_some() => (rest, ""),
        _ => ("", rest),
    };
    if !locator.trim().is_empty() && !locator_only(locator) {
        return None;
    }
    if description.is_empty() && locator.trim().is_empty() {
        return None;
    }
    let words = description_words(description.trim_end_matches('.')).unwrap_or_default();
    Some(Short {
        name,
        others,
        initial,
        title: None,
        words,
    })
}

/// Whether `head` reads as a person's or an organisation's name: capitalised words, with
/// particles and function words (`van der Berg`, `de la Cruz`, `Office for Health
/// Statistics`), opening with a capital or a particle and holding one; no digits, quote marks
/// or markup.
fn is_name(head: &str) -> bool {
    if head.contains(|c: char| c.is_ascii_digit() || "\"“”„«»*_:()".contains(c)) {
        return false;
    }
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    head.split_whitespace().any(capital)
        && head
            .split_whitespace()
            .all(|w| capital(w) || NAME_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// A text's words, lowercased, apostrophes made straight.
fn text_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(fold_word)
        .collect()
}

/// A short description of an untitled work (`written evidence`, `public meeting recording`,
/// `letter`): one to five lowercase words; `None` otherwise.
fn description_words(d: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = d.split_whitespace().collect();
    let ok = (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                && !LOCATOR_WORDS.contains(w)
        });
    ok.then(|| words.iter().map(|w| w.to_lowercase()).collect())
}

/// Whether a note's first author has a given name starting with `c` (`Ruth Hillman` or
/// `Hillman, Ruth` for `R. Hillman`); a note with no author recognised may be anyone's.
fn given_initial_fits(c: char, f: &NoteInfo) -> bool {
    let Some(a) = f.meta.authors.first() else {
        return true;
    };
    let given = match a.split_once(',') {
        Some((_, given)) => given,
        None => a
            .rsplit_once(char::is_whitespace)
            .map_or("", |(given, _)| given),
    };
    given.split_whitespace().any(|w| w.starts_with(c))
}

/// Whether an acronym (`PTES`) is made of the initials of a note's organisation
/// (`People's Trust for Endangered Species`), in order, starting with the first: the name as
/// the note opens with it, or its first author.
fn acronym_fits(acronym: &str, f: &NoteInfo) -> bool {
    let fits = |name: &str| {
        let mut initials = name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase());
        let mut letters = acronym.chars();
        letters.next().is_some_and(|a| initials.next() == Some(a))
            && letters.all(|c| initials.any(|i| i == c))
    };
    // Or the note gives it (`U.S. Department of Housing and Urban Development (HUD)`).
    let given = |open: char, close: char| {
        f.text.match_indices(acronym).any(|(at, _)| {
            f.text[..at].ends_with(open) && f.text[at + acronym.len()..].starts_with(close)
        })
    };
    let head = f.text.split([',', '.']).next().unwrap_or("").trim();
    head.eq_ignore_ascii_case(acronym)
        || fits(head)
        || f.meta.authors.first().is_some_and(|a| fits(a))
        || given('(', ')')
        || given('[', ']')
}

/// Whether `text` opens with the title `t` (after a quote mark or not).
fn opens_with_title(text: &str, t: &str) -> bool {
    let body = text.trim_start_matches(|c: char| "\"“„«*_".contains(c));
    body.starts_with(t.trim())
}

/// Whether `s` is only a locator: pages, `at`, `supra`, `op. cit.`, section signs, times
/// (`at 58:32`).
fn locator_only(s: &str) -> bool {
    let mut any = false;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| ",;()[]".contains(c));
        let bare = w.trim_end_matches(['.', ':']);
        if w.is_empty() {
            continue;
        }
        let lower = w.to_lowercase();
        let numeric = !bare.is_empty()
            && bare.split(['-', '–', '—', ',', ':']).all(|p| {
                !p.is_empty()
                    && (p.chars().all(|c| c.is_ascii_alphanumeric())
                        && p.starts_with(|c: char| c.is_ascii_digit())
                        || is_roman(p))
            });
        if !(numeric || LOCATOR_WORDS.contains(&lower.as_str())) {
            return false;
        }
        any = true;
    }
    any
}

/// A page number in lowercase roman numerals (`xiv`), or a single capital letter (an
/// appendix: `appendix C`).
fn is_roman(p: &str) -> bool {
    (!p.is_empty() && p.len() <= 8 && p.chars().all(|c| "ivxlcdm".contains(c)))
        || (p.len() == 1 && p.starts_with(|c: char| c.is_ascii_uppercase()))
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

/// The surnames a full note's first author may be cited by (`Hillman, Jonathan E.` or
/// `Jonathan E. Hillman` → `hillman`; a name of two words, which may be family name first,
/// `Wang Hui`, by either); a note with no author recognised is named by the words that open
/// it up to its first comma or full stop (an organisation: `World Bank, …`).
fn full_note_surnames(n: &NoteInfo) -> Vec<String> {
    if let Some(a) = n.meta.authors.first() {
        if let Some((last, _)) = a.split_once(',') {
            return surname_of_names(last).into_iter().collect();
        }
        let words: Vec<&str> = a.split_whitespace().collect();
        let mut out: Vec<String> = surname_of_names(a).into_iter().collect();
        if let [first, _] = words.as_slice() {
            out.extend(last_word(first).filter(|w| !out.contains(w)));
        }
        return out;
    }
    let Some(head) = n.text.split([',', '.']).next().map(str::trim) else {
        return Vec::new();
    };
    let words = head.split_whitespace().count();
    if (1..=6).contains(&words) && head.starts_with(char::is_uppercase) {
        surname_of_names(head).into_iter().collect()
    } else {
        Vec::new()
    }
}

/// The last word of a name, lowercased, without punctuation, apostrophes made straight
/// (`O’Brien` and `O'Brien` are one name).
fn last_word(name: &str) -> Option<String> {
    name.split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| w.chars().count() > 1)
        .map(fold_word)
}

/// A word lowercased, its apostrophes made straight (`O’Brien` and `O'Brien` are one).
fn fold_word(w: &str) -> String {
    w.to_lowercase().replace('’', "'")
}

/// A title's words, lowercased, without an opening article (a short title drops it).
fn title_words(t: &str) -> Vec<String> {
    let mut words = text_words(t);
    if words.len() > 1
        && words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"))
    {
        words.remove(0);
    }
    words
}

/// Whether the short title's words (or a description's) stand in the earlier note's words
/// in the same order (a short title keeps a title's key words: `Full Business Case` for
/// `Hallbridge Light Rail: Full Business Case`).
fn in_order(full: &[String], short: &[String]) -> bool {
    let mut it = full.iter();
    !short.is_empty() && short.iter().all(|w| it.any(|f| f == w))
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

    /// The pairs [`targets`] finds when the notes `has_web` marks each have a page of their
    /// own, sorted.
    fn run(notes: &[NoteInfo], has_web: &[bool]) -> Vec<(usize, usize)> {
        let urls: Vec<Vec<String>> = has_web
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                if w {
                    vec![format!("https://x.example/{i}")]
                } else {
                    vec![]
                }
            })
            .collect();
        let mut got = targets(notes, &urls, |u| u.starts_with("https:"));
        got.sort_unstable();
        got
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
        let got = run(&notes, &has_web);
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
        assert_eq!(run(&notes, &[true, true, false, false]), vec![(3, 1)]);
    }

    #[test]
    fn key_words_descriptions_acronyms_and_publishers() {
        let notes = vec![
            note("1", 0, "Hallbridge City Council, “Hallbridge Light Rail: Full Business Case,” January 2024, https://a.example/fbc.", Some("Hallbridge Light Rail: Full Business Case"), &["Hallbridge City Council"]),
            note("2", 100, "Samuel Adeyemi, written evidence to the Environment Committee, POL0042, 2023, https://b.example/ev.", None, &[]),
            note("3", 200, "Country Land and Business Association, “Solar Leases: Guidance Note,” 2023, https://c.example/gn.", Some("Solar Leases: Guidance Note"), &["Country Land", "Business Association"]),
            note("4", 300, "“Former Gasworks Site, Quay Road: Remediation Report,” Harbourside Borough Council, 2019, https://d.example/r.pdf.", Some("Former Gasworks Site, Quay Road: Remediation Report"), &[]),
            note("5", 400, "World Bank, “Annual Report 2020,” https://e.example/ar.", Some("Annual Report 2020"), &["World Bank"]),
            note("6", 500, "Hallbridge City Council, “Full Business Case,” 87.", Some("Full Business Case"), &["Hallbridge City Council"]),
            note("7", 600, "Adeyemi, written evidence, 4.", None, &[]),
            note("8", 700, "CLA, “Solar Leases,” 2.", Some("Solar Leases"), &["CLA"]),
            note("9", 800, "Council, “Former Gasworks Site, Quay,” 4.", Some("Former Gasworks Site, Quay"), &["Council"]),
            note("10", 900, "Oxfam, “Annual Report,” 2021.", Some("Annual Report"), &["Oxfam"]),
            note("11", 1000, "Adeyemi, oral evidence, 9.", None, &[]),
            note("12", 1100, "WHO, “Solar Leases,” 2.", Some("Solar Leases"), &["WHO"]),
            note("13", 1200, "Office for Health Statistics, “Heat Report,” table 3.", Some("Heat Report"), &[]),
            note("14", 1300, "Office for Health Statistics, “Heat Mortality Report,” 2022, https://f.example/h.", Some("Heat Mortality Report"), &["Office for Health Statistics"]),
            note("15", 1400, "Office for Health Statistics, “Heat Report,” at 58:32.", Some("Heat Report"), &[]),
        ];
        let mut has_web = [false; 15];
        for i in [0, 1, 2, 3, 4, 13] {
            has_web[i] = true;
        }
        assert_eq!(
            run(&notes, &has_web),
            vec![(5, 0), (6, 1), (7, 2), (8, 3), (14, 13)]
        );
    }

    #[test]
    fn a_bibliography_after_the_notes() {
        let mut notes = vec![
            note("1", 0, "Hillman, \"China and Russia,\" 4.", Some("China and Russia"), &["Hillman"]),
            note("Hillman 2020", 900, "Hillman, Jonathan E. \"China and Russia: Economic Unequals.\" CSIS, 2020. https://a.example/x.", Some("China and Russia: Economic Unequals"), &["Hillman, Jonathan E."]),
        ];
        // Only a bibliography's entry is looked for after the note.
        assert!(run(&notes, &[false, true]).is_empty());
        if let Some(entry) = notes.get_mut(1) {
            entry.reference = true;
        }
        assert_eq!(run(&notes, &[false, true]), vec![(0, 1)]);
    }
}
