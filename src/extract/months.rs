//! Month names in the languages notes are written in, for reading a note's date
//! (`notes::widen_date`) and for turning it into a timestamp (`archive::note_stamp`).
//! English names are also read by `notes`' own scanner (capitalized, with their
//! abbreviations); here every name is lower case, as written mid-sentence.

/// Full month names, lower case, with their number: English, French, German, Spanish,
/// Portuguese, Italian, Dutch, Swedish, Polish (genitive, as dates write them, and the
/// nominative), Czech (genitive), Russian (genitive and nominative), Arabic (the Egyptian and Gulf names and
/// the Levantine ones, two words for four of them).
const NAMES: &[(&str, u8)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    // German (and Austrian `Jänner`)
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("dezembro", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    // Swedish (`januari`, `februari`, `mars`, `april`, `juni`, `juli`, `september`,
    // `oktober`, `november`, `december` above)
    ("maj", 5),
    ("augusti", 8),
    // Polish, genitive then nominative
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    ("styczeń", 1),
    ("luty", 2),
    ("marzec", 3),
    ("kwiecień", 4),
    ("czerwiec", 6),
    ("lipiec", 7),
    ("sierpień", 8),
    ("wrzesień", 9),
    ("październik", 10),
    ("listopad", 11),
    ("grudzień", 12),
    // Czech, genitive (as dates write them: `4. dubna 2024`; `listopadu`, `září` too)
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    // Russian, genitive then nominative
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    // Arabic: Egyptian and Gulf names
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // Arabic: Levantine names
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
    // Danish and Norwegian (beside the shared names above)
    ("marts", 3),
    ("desember", 12),
];

/// The number of a month named in full (`w` lower case): `marca` 3, `février` 2, `مارس` 3.
#[must_use]
pub(crate) fn number(w: &str) -> Option<u8> {
    // Every name is 3 to 24 bytes long, and letters (two words for some Arabic names).
    if !(3..=24).contains(&w.len())
        || w.bytes()
            .any(|c| c.is_ascii() && !c.is_ascii_lowercase() && c != b' ')
    {
        return None;
    }
    NAMES.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// The number of a month a short form names (`w` lower case, without its dot; three
/// letters at least): `fev` 2, `mar` 3, `sept` 9. A short form that could be two months
/// (`jui`: `juin` or `juillet`) names neither.
#[must_use]
pub(crate) fn abbreviated(w: &str) -> Option<u8> {
    if w.chars().count() < 3 || !w.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut found = None;
    for &(n, m) in NAMES {
        if n.starts_with(w) {
            match found {
                Some(f) if f != m => return None,
                _ => found = Some(m),
            }
        }
    }
    found
}

/// `w` as a month, in full or as a short form.
#[must_use]
pub(crate) fn any(w: &str) -> Option<u8> {
    number(w).or_else(|| abbreviated(w))
}

/// The value of an Arabic-Indic (`٣`) or Eastern Arabic-Indic (`۳`) digit.
#[must_use]
pub(crate) fn arabic_digit(c: char) -> Option<u8> {
    match c {
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

/// Whether `s` holds an Arabic-Indic digit: a byte check (both ranges' first bytes are
/// `0xD9` and `0xDB`, followed by `0xA0..=0xA9` and `0xB0..=0xB9`).
#[must_use]
pub(crate) fn has_arabic_digit(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(0xD9, 0xDB, b).any(|i| {
        matches!(
            (b.get(i), b.get(i + 1)),
            (Some(0xD9), Some(0xA0..=0xA9)) | (Some(0xDB), Some(0xB0..=0xB9))
        )
    })
}

/// `s` with its Arabic-Indic digits written as ASCII ones, and for each byte of the result
/// the offset in `s` it came from (one more entry: `s`'s length), so that a range found in
/// the result can be taken back to `s`.
#[must_use]
pub(crate) fn ascii_digits(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut at = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        match arabic_digit(c) {
            Some(d) => {
                out.push(char::from(b'0' + d));
                at.push(i);
            }
            None => {
                out.push(c);
                at.extend((0..c.len_utf8()).map(|k| i + k));
            }
        }
    }
    at.push(s.len());
    (out, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_short_forms() {
        assert_eq!(number("marca"), Some(3));
        assert_eq!(number("fevereiro"), Some(2));
        assert_eq!(number("сентября"), Some(9));
        assert_eq!(number("تشرين الثاني"), Some(11));
        assert_eq!(number("mar"), None);
        assert_eq!(abbreviated("fev"), Some(2));
        assert_eq!(abbreviated("dez"), Some(12));
        assert_eq!(abbreviated("sept"), Some(9));
        assert_eq!(abbreviated("jui"), None);
        assert_eq!(abbreviated("ma"), None);
        assert_eq!(any("mars"), Some(3));
        let (a, at) = ascii_digits("١ مارس ٢٠٢٤");
        assert_eq!(a, "1 مارس 2024");
        assert_eq!(at.len(), a.len() + 1);
        assert!(has_arabic_digit("٢٠٢٤"));
        assert!(!has_arabic_digit("2024 مارس"));
    }
}
