//! Words in a note that fill no field of the work, or fill one only with what is around
//! them: another language's editor's and translator's roles (`(Hrsg.)`, `trad.`), labels of
//! an archived copy (`archiviert unter`), a day and month after a Harvard entry's title
//! (`9 June`), the day a Vancouver entry was read (`[cited 2023 May 1]`), `et al.` after
//! names, a place written with its country's dotted code (`Oxford, U.K.:`). Also the two
//! Vancouver shapes with no names of their own: an editor's book and a newspaper's
//! unsigned article.

use super::{month_day, segments, title_sentence, trim_title, vancouver_names, Vancouver};

/// Whether a list of names closes with `et al.` (`, et al.` or ` et al`) after at least
/// one name of its own.
pub(super) fn et_al_closing(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches('.');
    t.strip_suffix(" et al").is_some_and(|h| {
        h.trim_end_matches(',')
            .trim_end()
            .contains(char::is_alphabetic)
    })
}

/// Whether what [`super::german_colon_book`] took for an imprint's place is a month, the
/// day's number with its full stop before it (`…, 4. März 2020`): a German date closing
/// the note, no `Ort Jahr`.
pub(super) fn dated_imprint(head: &str, place: &str) -> bool {
    let day = head.rsplit([' ', ',']).next().unwrap_or("");
    (1..=2).contains(&day.len())
        && day.bytes().all(|c| c.is_ascii_digit())
        && super::super::months::number(&place.to_lowercase()).is_some()
}

/// An editor's role other languages (and APA's capitals) write after the name: German
/// `(Hrsg.)`, `(Hg.)`, French `(dir.)`, `(éd.)`, Spanish `(coord.)`, `(comp.)`, `(Ed.)`.
/// No part of the name.
pub(super) const LOCALISED_EDITORS: [&str; 16] = [
    " (Hrsg.)",
    " (Hrsg)",
    " (Hg.)",
    " (Hgg.)",
    " (Ed.)",
    " (Eds.)",
    " (dir.)",
    " (dirs.)",
    " (éd.)",
    " (éds.)",
    " (coord.)",
    " (coords.)",
    " (comp.)",
    " (comps.)",
    ", Hrsg.",
    ", Hg.",
];

/// Whether a segment of a note's tail (cut at its full stop, lower case) is another
/// language's translator's or editor's abbreviation alone (`trad.`, `übers.`, `Hrsg.`,
/// `dir.`, `éd.`), the name in the segment after it (`trad. de l'anglais par Sophie
/// Garnier`, `übers. von Anna Lind`): neither is who published the work.
pub(super) fn localised_role(lower_seg: &str) -> bool {
    [
        "trad", "übers", "übs", "hrsg", "hg", "dir", "éd", "éds", "coord",
    ]
    .contains(&lower_seg)
}

/// Whether a segment of a note's tail is only a day and a month, the day first (`9 June`,
/// `4. März`, `12 Oct.`): when, never who published it.
pub(super) fn day_month(seg: &str) -> bool {
    let mut words = seg.split_whitespace();
    let (Some(day), Some(m), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let day = day.strip_suffix('.').unwrap_or(day);
    let m = m.strip_suffix('.').unwrap_or(m);
    (1..=2).contains(&day.len())
        && day.bytes().all(|c| c.is_ascii_digit())
        && m.starts_with(char::is_alphabetic)
        && super::super::months::any(&m.to_lowercase()).is_some()
}

/// A Harvard entry's date when its year (`(2021)`) is followed, after the title, by the
/// day and month in a piece of their own (`'…', 9 June. Available at: …`, `*The Northern
/// Gardener*, 4 March, pp. 12–14`): that day of that year (`9 June 2021`). Only the first
/// few pieces are looked at, and none after an access clause.
pub(super) fn harvard_day_month(year: &str, after: &str) -> Option<String> {
    let b = year.as_bytes();
    let y = year.get(..4)?;
    if !(b.len() == 4 || (b.len() == 5 && b[4].is_ascii_lowercase()))
        || !y.bytes().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    for seg in segments(after).take(5) {
        let seg = seg.trim().trim_end_matches('.').trim_end();
        let lower = seg.to_lowercase();
        if ["available", "accessed", "retrieved", "viewed", "(accessed"]
            .iter()
            .any(|w| lower.starts_with(w))
        {
            return None;
        }
        if day_month(seg) {
            return Some(format!("{seg} {y}"));
        }
        if month_day(seg) {
            return Some(format!("{seg}, {y}"));
        }
    }
    None
}

/// Whether a segment of a note's tail is the label of an archived copy's link (the link
/// itself taken out): `archived at`, German `archiviert unter`, French `archivé sur`,
/// Spanish `archivado en`, perhaps with the day it was archived. No publisher.
pub(super) fn archive_label(seg: &str) -> bool {
    const STEMS: [&str; 13] = [
        "archived",
        "archiviert",
        "archivé",
        "archivée",
        "archivado",
        "archivada",
        "archiviato",
        "archiviata",
        "arquivado",
        "gearchiveerd",
        "arkiverad",
        "arkiveret",
        "arkivert",
    ];
    let mut words = seg.split_whitespace();
    let first = words
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    STEMS.contains(&first.as_str()) && words.count() <= 5
}

/// Whether `code`, after a place's comma, is a country's code written with dots (`U.K.`,
/// `U.S.A.`): `Oxford, U.K.: Clarendon Lane` names its publisher after the colon.
pub(super) fn dotted_country(code: &str) -> bool {
    let b = code.as_bytes();
    (4..=6).contains(&b.len())
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p.get(1) == Some(&b'.'))
}

/// A Vancouver web page's date without the day it was read, in brackets after it (`2020
/// Nov 14 [cited 2023 May 1]`, `[updated …; cited …]`).
pub(super) fn without_cited(d: &str) -> &str {
    match d.split_once(" [") {
        Some((date, note))
            if ["cited", "updated", "accessed"]
                .iter()
                .any(|w| note.starts_with(w)) =>
        {
            date
        }
        _ => d,
    }
}

/// A Vancouver book's editors before its title (`Whitaker J, editor.`, `Feld P, Okoro N,
/// editors.`): the names, as the entry's authors.
pub(super) fn vancouver_editors(head: &str) -> Option<Vec<String>> {
    let names = head
        .strip_suffix(", editors")
        .or_else(|| head.strip_suffix(", editor"))?;
    vancouver_names(names)
}

/// A newspaper's unsigned article in Vancouver's style (`Flu clinics reopen after staffing
/// row. Evening Courier. 2022 Oct 11;Sect. News:5.`): the title (a sentence with words in
/// lower case, as the style writes titles), the newspaper's name (capitalised words), then
/// the date up to the section's `;Sect.`, which tells it from every other shape.
pub(super) fn vancouver_newspaper(clean: &str) -> Option<Vancouver<'_>> {
    let s = clean.trim();
    let (title, rest) = title_sentence(s)?;
    let (paper, tail) = rest.split_once(". ")?;
    let (date, section) = tail.split_once(';')?;
    if !section.trim_start().starts_with("Sect.") {
        return None;
    }
    let title_words: Vec<&str> = title.split_whitespace().collect();
    let paper_words: Vec<&str> = paper.split_whitespace().collect();
    let small = |w: &str| matches!(w, "the" | "of" | "and" | "on" | "de" | "&");
    let dated = {
        let mut w = date.split_whitespace();
        let year = w.next().unwrap_or("");
        let month_ok = w
            .next()
            .is_none_or(|m| super::super::months::any(&m.to_lowercase()).is_some());
        let day_ok = w
            .next()
            .is_none_or(|d| (1..=2).contains(&d.len()) && d.bytes().all(|c| c.is_ascii_digit()));
        year.len() == 4
            && year.bytes().all(|c| c.is_ascii_digit())
            && matches!(year.get(..2), Some("19" | "20"))
            && month_ok
            && day_ok
            && w.next().is_none()
    };
    let ok = dated
        && title_words.len() >= 2
        && title.starts_with(char::is_uppercase)
        && title_words
            .iter()
            .skip(1)
            .any(|w| w.starts_with(char::is_lowercase))
        && (1..=6).contains(&paper_words.len())
        && paper_words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && paper_words.iter().all(|w| {
            small(w)
                || (w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
        });
    ok.then(|| Vancouver {
        authors: Vec::new(),
        title: trim_title(title),
        journal: Some(paper.to_string()),
        after: tail,
        date: Some(date.trim()),
    })
}
