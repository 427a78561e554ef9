//! Footnotes and endnotes: gathering notes (explicit definitions and "Notes"-style sections),
//! parsing each note into authors / title / publisher / date, and finding the text markers
//! (`(1)`, `[1]`, `[^a]`, `¹`) that point at them.
//!
//! Markers in prose are ambiguous (`(1) first point`, `[1]` as a link label), so a guessed
//! marker only counts when a note with that label exists; one without a note is warned about
//! only when it looks like a citation (superscripts, brackets, or a parenthesised number
//! right after a quote or before punctuation), never at the start of a line.

use super::StrFind;
use std::sync::LazyLock;

use regex::Regex;

use super::{fold_ws, prefix, Block, BlockKind, Marker, Parsed};

mod field_words;
mod roles;
use field_words::{
    archive_label, dated_imprint, day_month, dotted_country, et_al_closing, harvard_day_month,
    localised_role, vancouver_editors, vancouver_newspaper, without_cited, LOCALISED_EDITORS,
};

/// Headings that introduce a notes section (compared case-insensitively, trailing `:` ignored).
pub const NOTES_HEADINGS: &[&str] = &[
    "notes",
    "note",
    "references",
    "sources",
    "source",
    "footnotes",
    "endnotes",
    "bibliography",
    "works cited",
    "works consulted",
    "works cited and consulted",
    "reference list",
    "references cited",
    "literature cited",
    "citations",
    "notes and references",
    "references and notes",
    "sources and notes",
    // A press release's closing notes (background, sources): cited, or not at all.
    "notes to editors",
    "notes for editors",
    "note to editors",
    "notes to the editor",
    "editor's notes",
    "editors' notes",
    // German
    "anmerkungen",
    "fußnoten",
    "fussnoten",
    "quellen",
    "quellenangaben",
    "einzelnachweise",
    "literatur",
    "literaturverzeichnis",
    "belege",
    "nachweise",
    // French
    "références",
    "bibliographie",
    "notes et références",
    "notes de bas de page",
    // Spanish, Portuguese, Italian
    "notas",
    "referencias",
    "referências",
    "fuentes",
    "fontes",
    "bibliografía",
    "bibliografia",
    "notas y referencias",
    "riferimenti",
    "fonti",
    "note e riferimenti",
    "referenze",
    "riferimenti bibliografici",
    // Maltese
    "referenzi",
    "noti",
    "sorsi",
    // Dutch, Scandinavian, Polish
    "noten",
    "voetnoten",
    "bronnen",
    "referenties",
    "noter",
    "fotnoter",
    "källor",
    "kilder",
    "referenser",
    "przypisy",
    "źródła",
    "literatuur",
    "litteratur",
    "literature",
    "bronvermelding",
    // Finnish, Czech, Slovak, Hungarian, Turkish, Russian, Greek
    "lähteet",
    "viitteet",
    "zdroje",
    "poznámky",
    "literatura",
    "použitá literatura",
    "források",
    "jegyzetek",
    "kaynaklar",
    "kaynakça",
    "notlar",
    "mənbələr",
    "istinadlar",
    "qeydlər",
    "источники",
    "примечания",
    "литература",
    // GOST's reference list (`Список литературы`, `Список источников`, `Библиографический
    // список`), and its Ukrainian and Belarusian names.
    "список литературы",
    "список источников",
    "библиографический список",
    "библиография",
    "список літератури",
    "спіс літаратуры",
    "πηγές",
    "σημειώσεις",
    "παραπομπές",
    "hivatkozások",
    "referencie",
    "sklici",
    "зноскі",
    "крыніцы",
    "дереккөздер",
    "эх сурвалж",
    "referencer",
    "henvisninger",
    "källhänvisningar",
    // Baltic, South Slavic, Romanian, Ukrainian, Bulgarian, Catalan, Basque, Icelandic,
    // Afrikaans, Welsh
    "allikad",
    "viited",
    "märkused",
    "kirjandus",
    "šaltiniai",
    "nuorodos",
    "išnašos",
    "literatūra",
    "avoti",
    "atsauces",
    "piezīmes",
    "izvori",
    "bilješke",
    "napomene",
    "извори",
    "напомене",
    "viri",
    "opombe",
    "surse",
    "referințe",
    "bibliografie",
    "джерела",
    "примітки",
    "посилання",
    "източници",
    "бележки",
    "referències",
    "iturriak",
    "oharrak",
    "erreferentziak",
    "heimildir",
    "bronne",
    "verwysings",
    "ffynonellau",
    "nodiadau",
    // Hebrew, Arabic, Persian, Hindi, Swahili, Indonesian and Malay, Vietnamese, Thai
    "מקורות",
    "הערות",
    "המקורות",
    "المصادر",
    "المراجع",
    "مصادر",
    "مراجع",
    "هوامش",
    "الهوامش",
    "منابع",
    "پانویس",
    "स्रोत",
    "संदर्भ",
    "टिप्पणियाँ",
    "सन्दर्भ",
    // Bengali, Tamil, Urdu, Amharic, Tagalog, Esperanto
    "তথ্যসূত্র",
    "সূত্র",
    "টীকা",
    "மேற்கோள்கள்",
    "குறிப்புகள்",
    "حوالہ جات",
    "حواشی",
    "ምንጮች",
    "ማጣቀሻዎች",
    "sanggunian",
    "mga sanggunian",
    "talababa",
    "referencoj",
    "notoj",
    "fontoj",
    "vyanzo",
    "marejeo",
    "sumber",
    "catatan",
    "referensi",
    "rujukan",
    "daftar pustaka",
    "nguồn",
    "chú thích",
    "tài liệu tham khảo",
    "tham khảo",
    "catatan kaki",
    "อ้างอิง",
    "แหล่งที่มา",
    // Chinese (simplified and traditional), Japanese, Korean
    "注释",
    "註釋",
    "注釋",
    "注釈",
    "脚注",
    "腳注",
    "附注",
    "参考文献",
    "參考文獻",
    "参考资料",
    "參考資料",
    "参考",
    "来源",
    "來源",
    "资料来源",
    "資料來源",
    "出典",
    "注",
    "註",
    "引用",
    "각주",
    "주석",
    "참고 문헌",
    "참고문헌",
    "출처",
];

/// Bibliographic fields recognised in a note.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteMeta {
    /// Title (quoted or italic).
    pub title: Option<String>,
    /// Authors, as written.
    pub authors: Vec<String>,
    /// Publisher or site.
    pub publisher: Option<String>,
    /// Date, as written.
    pub date: Option<String>,
    /// A DOI the text names without a link (`doi:10.1038/153421a0`), as its URL
    /// (`https://doi.org/10.1038/153421a0`), and an arXiv identifier as its abstract page's
    /// (`arXiv:2204.06321` as `https://arxiv.org/abs/2204.06321`): the note's links are
    /// gathered elsewhere.
    pub doi_urls: Vec<String>,
}

/// One note, from any source.
#[derive(Debug, Clone)]
pub struct NoteInfo {
    /// Label without brackets.
    pub label: String,
    /// Source offset of the definition.
    pub offset: usize,
    /// Source ranges the note covers (links inside belong to it).
    pub ranges: Vec<(usize, usize)>,
    /// Text, markup removed, whitespace folded.
    pub text: String,
    /// Parsed fields.
    pub meta: NoteMeta,
    /// An unnumbered entry of an author–date reference list (`Okafor, N. (2021). …`),
    /// cited as `(Okafor 2021)`: see [`super::author_date`].
    pub reference: bool,
}

impl NoteInfo {
    /// Whether source offset `off` lies inside the note.
    #[must_use]
    pub fn contains(&self, off: usize) -> bool {
        self.ranges.iter().any(|&(a, b)| a <= off && off < b)
    }
}

/// Sorted note ranges for fast "which note is this offset in" lookups.
#[derive(Debug, Default)]
pub struct NoteIndex {
    ranges: Vec<(usize, usize, usize)>,
}

impl NoteIndex {
    /// Builds the index.
    #[must_use]
    pub fn new(notes: &[NoteInfo]) -> Self {
        let mut ranges: Vec<(usize, usize, usize)> = notes
            .iter()
            .enumerate()
            .flat_map(|(i, n)| n.ranges.iter().map(move |&(a, b)| (a, b, i)))
            .collect();
        ranges.sort_unstable();
        NoteIndex { ranges }
    }

    /// The note containing source offset `off`.
    #[must_use]
    pub fn find(&self, off: usize) -> Option<usize> {
        let i = self.ranges.partition_point(|r| r.0 <= off);
        // Ranges rarely nest; look back a few in case they do.
        self.ranges
            .get(i.saturating_sub(4)..i)?
            .iter()
            .rev()
            .find(|r| r.0 <= off && off < r.1)
            .map(|r| r.2)
    }
}

static LABEL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\[\^?([A-Za-z0-9_-]{1,12}|\d{1,3}|[*†‡§¶]{1,3})\]:?|\((\d{1,3})\)|(\d{1,3})[.)]|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ])|\(([a-z])\))\s+")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// A note label at the start of a line: (label, length of the label and its spacing).
#[must_use]
pub fn line_label(line: &str) -> Option<(String, usize)> {
    if let Some(l) = cjk_line_label(line) {
        return Some(l);
    }
    let c = LABEL_RE.captures(line)?;
    let whole = c.get(0)?.end();
    let label = (1..=5).find_map(|i| c.get(i))?.as_str();
    Some((superscript_to_digits(label), whole))
}

/// A note's label of four or five digits at the start of a line, `1000. Text`, `1000)
/// Text` or `(1000) Text` (see [`line_label`] for shorter ones), when it is `expected`: the
/// number after the note before it. A long report's 1,200 endnotes run past 999, while a
/// line of a note may open with a year (`2019. Available at …`) that is no new note.
fn long_line_label(line: &str, expected: u32) -> Option<(String, usize)> {
    let t = line.trim_start();
    let (open, rest) = match t.strip_prefix('(') {
        Some(r) => (true, r),
        None => (false, t),
    };
    let digits = rest.bytes().take(6).take_while(u8::is_ascii_digit).count();
    if !(4..=5).contains(&digits) || rest.starts_with('0') {
        return None;
    }
    let label = rest.get(..digits)?;
    let after = rest.get(digits..)?;
    let after = if open {
        after.strip_prefix(')')?
    } else {
        after.strip_prefix(['.', ')'])?
    };
    let text = after.trim_start();
    if text.len() == after.len() || label.parse::<u32>().ok()? != expected {
        return None;
    }
    Some((label.to_string(), line.len() - text.len()))
}

/// A Japanese or Chinese note's label at the start of a line, written as its marker is in
/// the text (`…と説明した（注1）。` over `（注1）県危機管理課「…」`): `（注1）`, `(注1)`,
/// `【注1】`, `[注1]`, or `注1`/`注 1` followed by a space, `：` or a full stop; `註` for
/// `注`, and full-width digits (`注１`) too. Nothing need follow a bracket's close (these
/// scripts put no space there). The label is the number in ASCII digits.
fn cjk_line_label(line: &str) -> Option<(String, usize)> {
    let t = line.trim_start_matches([' ', '\t', '\u{3000}']);
    // Every form opens with one of these: most lines fail here at once.
    let first = t.chars().next()?;
    if !matches!(first, '（' | '(' | '【' | '[' | '注' | '註') {
        return None;
    }
    let (close, rest) = match first {
        '（' => (Some('）'), t.get('（'.len_utf8()..)?),
        '(' => (Some(')'), t.get(1..)?),
        '【' => (Some('】'), t.get('【'.len_utf8()..)?),
        '[' => (Some(']'), t.get(1..)?),
        _ => (None, t),
    };
    let rest = rest.strip_prefix(['注', '註'])?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let mut label = String::new();
    let mut digits_len = 0;
    for c in rest.chars().take(4) {
        match native_digit(c).filter(|_| c.is_ascii() || ('０'..='９').contains(&c)) {
            Some(d) if label.len() < 3 => {
                label.push(char::from(b'0' + d));
                digits_len += c.len_utf8();
            }
            _ => break,
        }
    }
    if label.is_empty() || label.starts_with('0') {
        return None;
    }
    let after = rest.get(digits_len..)?;
    let after = match close {
        Some(c) => after.strip_prefix(c)?,
        None => {
            let sep = after.chars().next()?;
            if !matches!(
                sep,
                ' ' | '\t' | '\u{3000}' | '：' | ':' | '．' | '.' | '、'
            ) {
                return None;
            }
            after.get(sep.len_utf8()..)?
        }
    };
    let after = after.trim_start_matches([' ', '\t', '\u{3000}', '：', ':']);
    // A label with nothing after it is no note (a heading's `注1` alone).
    if after.is_empty() {
        return None;
    }
    Some((label, line.len() - after.len()))
}

/// `¹²` → `12`, `ᵇ` → `b`, `১২` → `12` (see `native_digit`); anything else unchanged.
#[must_use]
pub fn superscript_to_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            c if superscript_letter(c).is_some() => superscript_letter(c).unwrap_or(c),
            c if !c.is_ascii() && native_digit(c).is_some() => {
                native_digit(c).map_or(c, |d| char::from(b'0' + d))
            }
            '¹' => '1',
            '²' => '2',
            '³' => '3',
            '⁴' => '4',
            '⁵' => '5',
            '⁶' => '6',
            '⁷' => '7',
            '⁸' => '8',
            '⁹' => '9',
            '⁰' => '0',
            other => other,
        })
        .collect()
}

/// `s` with its ASCII digits written in superscript (`12` → `¹²`): how a text cites a note
/// numbered so ([`superscript_to_digits`] the other way).
fn digits_to_superscript(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            d @ '0'..='9' => char::from_u32(0x2070 + u32::from(d) - u32::from('0')).unwrap_or(d),
            c => c,
        })
        .collect()
}

/// The value of a digit of a script with digits of its own: Arabic-Indic `٣`, Persian `۳`,
/// Devanagari `३`, Bengali `৩`, Thai `๓`, full-width `３`, …. Articles in those scripts number
/// their notes so (`[১]` under `তথ্যসূত্র`); the label is the ASCII number, so `[১]` and
/// `[1]` are the same note.
pub(crate) fn native_digit(c: char) -> Option<u8> {
    // The zero of each run of ten digits.
    const ZEROS: [u32; 21] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10, 0x0030,
    ];
    let c = u32::from(c);
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&c))
        .and_then(|&z| u8::try_from(c - z).ok())
}

/// The letter a modifier letter writes as a superscript (`ᵃ` → `a`): how reports and
/// tables letter their notes (`18%.ᵃ`, with `ᵃ Location-based.` below). Only the letters
/// Unicode has (no `q`).
pub(crate) fn superscript_letter(c: char) -> Option<char> {
    Some(match c {
        'ᵃ' => 'a',
        'ᵇ' => 'b',
        'ᶜ' => 'c',
        'ᵈ' => 'd',
        'ᵉ' => 'e',
        'ᶠ' => 'f',
        'ᵍ' => 'g',
        'ʰ' => 'h',
        'ⁱ' => 'i',
        'ʲ' => 'j',
        'ᵏ' => 'k',
        'ˡ' => 'l',
        'ᵐ' => 'm',
        'ⁿ' => 'n',
        'ᵒ' => 'o',
        'ᵖ' => 'p',
        'ʳ' => 'r',
        'ˢ' => 's',
        'ᵗ' => 't',
        'ᵘ' => 'u',
        'ᵛ' => 'v',
        'ʷ' => 'w',
        'ˣ' => 'x',
        'ʸ' => 'y',
        'ᶻ' => 'z',
        _ => return None,
    })
}

pub(crate) fn is_superscript(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁴' | '⁵' | '⁶' | '⁷' | '⁸' | '⁹' | '⁰')
}

/// Whether a line is a notes-section heading.
#[must_use]
pub fn is_notes_heading(line: &str) -> bool {
    let t = line
        .trim()
        .trim_matches(|c: char| c == '#' || c == '*' || c == '_' || c == '=' || c == '-')
        .trim()
        .trim_end_matches([':', '：'])
        .trim();
    // 30 bytes of ASCII; a script of three-byte letters takes more (`குறிப்புகள்`, 33).
    if t.len() > 48 || t.is_empty() {
        return false;
    }
    // Called for the first line of every block: a binary search of the sorted headings, not
    // a comparison with each.
    static SORTED: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let mut v = NOTES_HEADINGS.to_vec();
        v.sort_unstable();
        v
    });
    if t.is_ascii() {
        let mut buf = [0u8; 48];
        let Some(lower) = buf.get_mut(..t.len()) else {
            return false;
        };
        lower.copy_from_slice(t.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).unwrap_or("");
        return SORTED.binary_search(&lower).is_ok() || joined_notes_heading(lower);
    }
    // `RÉFÉRENCES`, `Fußnoten`: letters beyond ASCII compared lower-cased.
    let lower = t.to_lowercase();
    SORTED.binary_search(&lower.as_str()).is_ok()
}

/// Where a press release's notes to editors start (the heading line's offset in `src`), if
/// it has them: background items (`1. The Trust is a registered charity.`) that the text
/// need not cite, so none is warned about as never referenced.
pub(crate) fn editors_notes_start(src: &str) -> Option<usize> {
    // (A press release's headings are often in capitals: `NOTES TO EDITORS`.)
    // (The first heading in the document, in either case: `NOTES TO EDITORS` early and a
    // later `Notes for editors:` start at the first.)
    let lower = memchr::memmem::find_iter(src.as_bytes(), b"ditor");
    let upper = memchr::memmem::find_iter(src.as_bytes(), b"DITOR");
    lower
        .chain(upper)
        .filter_map(|at| {
            let line = src.get(..at)?.rfind('\n').map_or(0, |n| n + 1);
            let end = src.get(at..)?.find('\n').map_or(src.len(), |n| at + n);
            let text = src.get(line..end)?;
            let lower = text.to_lowercase();
            let lower = lower.replace('\u{2019}', "'");
            (lower.has_str("editor") && is_notes_heading(&lower)).then_some(line)
        })
        .min()
}

/// Whether the block before block `start` is a heading of closing matter (see
/// [`closing_matter_heading`]): a numbered list under a press release's `MEDIA CONTACTS`
/// lists people to call, no notes.
fn under_closing_matter(parsed: &Parsed, start: usize) -> bool {
    parsed
        .blocks
        .get(..start)
        .unwrap_or(&[])
        .iter()
        .rev()
        .find(|b| b.note.is_none() && b.group.is_none() && !b.text.trim().is_empty())
        .is_some_and(|b| !b.text.trim().contains('\n') && closing_matter_heading(&b.text))
}

/// Whether a line is the heading of what closes a page after its notes, which are no notes
/// themselves: a press release's contacts (`MEDIA CONTACTS`, `Press enquiries:`, `For
/// further information`) or an author's box (`About the author`).
fn closing_matter_heading(line: &str) -> bool {
    const HEADINGS: [&str; 20] = [
        "about the author",
        "about the authors",
        "about us",
        "contact",
        "contacts",
        "contact us",
        "media contact",
        "media contacts",
        "press contact",
        "press contacts",
        "media enquiries",
        "media inquiries",
        "press enquiries",
        "press inquiries",
        "press office",
        "for further information",
        "for more information",
        "further information",
        "for media enquiries",
        "for press enquiries",
    ];
    let t = line.trim().trim_end_matches(':').trim_end();
    if t.len() > 30 {
        return false;
    }
    let t = t.to_lowercase();
    HEADINGS.contains(&t.as_str())
}

/// A heading made only of words for notes joined by `and`, `&`, `on` or `/`, two of them at
/// least: `Notes and sources`, `Notes & sources`, `Notes on sources`, `Source notes`. Not
/// `Notes on a scandal`, nor `Reference` alone (a manual's section). `lower` is lower-cased.
fn joined_notes_heading(lower: &str) -> bool {
    const WORDS: [&str; 10] = [
        "note",
        "notes",
        "source",
        "sources",
        "reference",
        "references",
        "footnotes",
        "endnotes",
        "citations",
        "bibliography",
    ];
    let mut note_words = 0;
    let mut after_joiner = true;
    for w in lower.split([' ', ',', '/']).filter(|w| !w.is_empty()) {
        if WORDS.contains(&w) {
            note_words += 1;
            after_joiner = false;
        } else if matches!(w, "and" | "&" | "on") && !after_joiner {
            after_joiner = true;
        } else {
            return false;
        }
    }
    note_words >= 2 && !after_joiner
}

/// Where the first line of `text` ends, if it is a notes-section heading. Most blocks are
/// prose: only their first 256 bytes are looked at (a heading is at most 30 characters of
/// words, and its markup and blanks would have to fill the rest).
pub(crate) fn notes_heading_line(text: &str) -> Option<usize> {
    let window = text.as_bytes().get(..text.len().min(256)).unwrap_or(&[]);
    let end = match memchr::memchr(b'\n', window) {
        Some(i) => i,
        None if text.len() > 256 => return None,
        None => text.len(),
    };
    text.get(..end).is_some_and(is_notes_heading).then_some(end)
}

/// A notes heading that is not a block's first line, as plain text and e-mail write them:
/// under a rule or the signature line (`-- ⏎Sources`, `----⏎SOURCES:`), `Links:` (lynx,
/// mutt, newsletters) over `[1]` entries, or the rule alone right over them. Where the heading line ends, and the lines up to
/// and with it. Only blocks opening with a rule or `Links` are looked at.
///
/// A memo or brief saved as plain text rules its footnotes off with superscript numbers
/// (`______⏎¹ Fed. R. Civ. P. 8.⏎² Compl. Ex. B.`): the rule opens them too, when `cited`
/// says the text before the block cites the first one (`relief."¹`), as a rule over a
/// poem's or a table's lines does not.
fn ruled_heading(text: &str, cited: impl FnOnce(&str) -> bool) -> Option<(usize, usize)> {
    let first = text.as_bytes().first()?;
    if !matches!(first, b'-' | b'=' | b'*' | b'_' | b'~' | b'L' | b'l') {
        return None;
    }
    let mut start = 0;
    for n in 0..3 {
        let end =
            memchr::memchr(b'\n', text.as_bytes().get(start..)?).map_or(text.len(), |i| start + i);
        let line = text.get(start..end)?;
        let next = text.get(end + 1..).unwrap_or("");
        let links_word = line
            .trim()
            .trim_end_matches(':')
            .eq_ignore_ascii_case("links");
        let links = links_word && next.trim_start().starts_with("[1]");
        if (n > 0 && is_notes_heading(line)) || links {
            return Some((end, n + 1));
        }
        // `Links` underlined (`Links⏎-----⏎[1] https://…`): the underline ends the heading.
        if links_word {
            let u_end = memchr::memchr(b'\n', next.as_bytes()).unwrap_or(next.len());
            let underline = next.get(..u_end).unwrap_or("");
            let after = next.get(u_end + 1..).unwrap_or("");
            if rule_line(underline) && after.trim_start().starts_with("[1]") {
                return Some((end + 1 + u_end, n + 2));
            }
        }
        // `[1]` entries right under the rule or signature line, no heading between (`--⏎[1]
        // https://…`): the rule opens them. So do a PDF page's footnotes copied as text,
        // numbered without punctuation under the footnote rule (`____⏎14 Environment …`).
        if rule_line(line)
            && (next.trim_start().starts_with("[1]") || bare_notes_start(next).is_some())
        {
            return Some((end, n + 1));
        }
        // The e-mail signature line with the signature under it before the entries
        // (`--⏎Jo Bright | Sub-editor⏎[1] https://…`): a few short lines at most.
        if line.trim() == "--" {
            let mut at = end;
            for k in 1..=4 {
                let rest = text.get(at + 1..).unwrap_or("");
                let l_end = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
                let l = rest.get(..l_end).unwrap_or("");
                if l.trim_start().starts_with("[1]") && k > 1 {
                    return Some((at, n + k));
                }
                if l.trim().is_empty() || l.len() > 100 || l_end == rest.len() {
                    break;
                }
                at += 1 + l_end;
            }
        }
        if rule_line(line) {
            let entry = next.trim_start();
            let run = entry.len() - entry.trim_start_matches(is_superscript).len();
            if run > 0 && line_label(entry).is_some() {
                return cited(entry.get(..run)?).then_some((end, n + 1));
            }
        }
        if !rule_line(line) || end == text.len() {
            return None;
        }
        start = end + 1;
    }
    None
}

/// Where the first line of `text` ends, if it is a numbered references heading as RFCs and
/// Internet-Drafts write them: `4.  References`, `4.1.  Normative References`, `Appendix A.
/// Informative References` (the word list of [`is_notes_heading`] has no section numbers).
fn numbered_references_heading(text: &str) -> Option<usize> {
    let end = memchr::memchr(b'\n', text.as_bytes()).unwrap_or(text.len());
    let line = text.get(..end)?.trim();
    if line.len() > 60 {
        return None;
    }
    // The number: `4.`, `4.1.`, `10.2` or `Appendix A.`, then blanks.
    let rest = match line.strip_prefix("Appendix ") {
        Some(r) => r.strip_prefix(|c: char| c.is_ascii_uppercase())?,
        None => line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'),
    };
    if rest.len() == line.len() || !line.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let words = rest.trim_start();
    if words.len() == rest.len() {
        return None;
    }
    let lower = words.to_ascii_lowercase();
    let lower = lower
        .strip_prefix("normative ")
        .or_else(|| lower.strip_prefix("informative "))
        .unwrap_or(&lower);
    matches!(lower.trim(), "references" | "reference").then_some(end)
}

/// A named reference's label at the start of a line of a notes section, as RFCs and
/// Internet-Drafts write them: `[RFC9110]  Fielding, R., …`, or the label alone on its line
/// with the entry on the lines below (`[HTTPBIS-NOTES]`, `[I-D.ietf-httpbis-cache]`). Longer
/// labels than [`line_label`]'s, and with dots; the label and the length of it with its
/// blanks.
fn named_label(line: &str) -> Option<(String, usize)> {
    let lead = line.len() - line.trim_start().len();
    let end = named_ref(line.as_bytes(), lead)?;
    let label = line.get(lead + 1..end - 1)?;
    let after = line.get(end..)?;
    let rest = after.trim_start();
    if !rest.is_empty() && rest.len() == after.len() {
        return None;
    }
    Some((label.to_string(), line.len() - rest.len()))
}

/// A named reference in brackets at byte `i` (`[RFC9110]`, `[HTTPBIS-NOTES]`,
/// `[I-D.ietf-quic-http]`): a letter, then up to 63 letters, digits and `.`, `-`, `_`, `/`,
/// `+`, two characters at least. Where it ends, past the `]`. Reads at most 66 bytes.
fn named_ref(bytes: &[u8], i: usize) -> Option<usize> {
    if bytes.get(i) != Some(&b'[') || !bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let mut j = i + 2;
    while j - i <= 64 {
        match bytes.get(j)? {
            b']' => return (j >= i + 3).then_some(j + 1),
            c if c.is_ascii_alphanumeric() || b".-_/+".contains(c) => j += 1,
            _ => return None,
        }
    }
    None
}

/// A footnote line of a PDF page copied as text: a number of one to three digits, blanks,
/// then a capital letter, a quotation mark or a web address (`14 Environment Agency, …`).
/// The number and the length of it with its blanks.
fn bare_label(line: &str) -> Option<(u32, usize)> {
    bare_label_upto(line, 3)
}

/// [`bare_label`] with a number of up to `max` digits.
fn bare_label_upto(line: &str, max: usize) -> Option<(u32, usize)> {
    let digits = line
        .bytes()
        .take(max + 1)
        .take_while(u8::is_ascii_digit)
        .count();
    if !(1..=max).contains(&digits) {
        return None;
    }
    let after = line.get(digits..)?;
    let rest = after.trim_start_matches([' ', '\t']);
    if rest.len() == after.len() {
        return None;
    }
    let first = rest.chars().next()?;
    let opens =
        first.is_uppercase() || matches!(first, '"' | '“' | '‘') || rest.starts_with("http");
    let n = line.get(..digits)?.parse().ok()?;
    (opens && n > 0).then_some((n, line.len() - rest.len()))
}

/// Whether `t` holds a year from 1800 to 2099 (four digits; a reference's date).
fn has_year(t: &str) -> bool {
    t.as_bytes().windows(4).any(|w| {
        matches!(w, [b'1', b'8' | b'9', c, d] | [b'2', b'0', c, d] if c.is_ascii_digit() && d.is_ascii_digit())
    })
}

/// Whether the lines of `text` open with PDF footnotes (see [`bare_label`]): two numbered in
/// sequence, or one giving a web address or a year. The first note's number.
fn bare_notes_start(text: &str) -> Option<u32> {
    let mut lines = text.lines();
    let first = lines.next()?;
    let (n, _) = bare_label(first)?;
    let sourced = first.has_str("http") || has_year(first);
    let next_numbered = lines
        .take(6)
        .any(|l| bare_label(l).is_some_and(|(m, _)| m == n + 1));
    (sourced || next_numbered).then_some(n)
}

/// A line of nothing but a rule: `---`, `====`, `* * *`, or the e-mail signature line `-- `.
fn rule_line(line: &str) -> bool {
    let t = line.trim();
    t.bytes().filter(|&c| c != b' ').count() >= 2
        && t.bytes()
            .all(|c| matches!(c, b'-' | b'=' | b'*' | b'_' | b'~' | b' '))
}

/// The warning for a second definition of note `label` at `at`; one written in another case
/// (`[^Note]:` after `[^note]:`, one label to GFM) names both spellings.
fn defined_twice(label: &str, src: &str, at: usize) -> String {
    let written = src
        .get(at..)
        .and_then(|r| r.strip_prefix("[^"))
        .and_then(|r| r.split_once_str("]:"))
        .map(|(l, _)| l)
        .filter(|&l| l != label);
    match written {
        Some(w) => format!(
            "note `{w}` is defined twice: it is note `{label}` (footnote labels ignore case), \
             defined before"
        ),
        None => format!("note `{label}` is defined twice"),
    }
}

struct Building {
    label: String,
    offset: usize,
    ranges: Vec<(usize, usize)>,
    text: String,
    italics: Vec<String>,
}

/// What [`collect`] gathers.
pub struct Collected {
    /// Whether some notes are a PDF page's footnotes (`14 Agency, …` lines under the footnote
    /// rule): their markers are
    /// digits glued to the text (`means.14`, `happens."15`), looked for only then.
    pub glued: bool,
    /// Every note.
    pub notes: Vec<NoteInfo>,
    /// The blocks that open with a notes heading, in order (where author–date reference
    /// lists are looked for, see [`super::author_date`]).
    pub headings: Vec<usize>,
    /// A note defined twice (`[^1]:` twice, `2.` twice in a numbered list): where, and the
    /// message. The first definition is the note.
    pub warnings: Vec<(usize, String)>,
    /// The later definitions of notes defined twice: no notes, but their titles are no
    /// quotations either.
    pub duplicates: Vec<Duplicate>,
}

/// A note's second definition (see [`Collected::duplicates`]).
#[derive(Debug)]
pub struct Duplicate {
    /// The source range it covers.
    pub range: (usize, usize),
    /// The title it gives, as a note's is read.
    pub title: Option<String>,
    text: String,
}

impl Duplicate {
    fn new(range: (usize, usize), text: &str) -> Duplicate {
        Duplicate {
            range,
            title: None,
            text: text.to_string(),
        }
    }

    /// Whether source offset `off` lies inside it.
    #[must_use]
    pub fn contains(&self, off: usize) -> bool {
        self.range.0 <= off && off < self.range.1
    }
}

/// Gathers every note: explicit definitions first (in order), then notes sections.
#[must_use]
pub fn collect(parsed: &Parsed, src: &str) -> Collected {
    let mut out: Vec<Building> = Vec::new();
    let mut warnings = Vec::new();
    let mut duplicates: Vec<Duplicate> = Vec::new();
    let mut by_label: super::FastMap<String, usize> = super::FastMap::default();
    // Labels defined more than once: only the first definition's blocks are the note's.
    let mut twice: super::FastMap<String, ()> = super::FastMap::default();
    // Labels numbered afresh: a marker for the label stands between two definitions of it
    // (a page of several posts, each with its own `fn:1`). Each definition is then a note,
    // and a marker goes to the note after it, as with endnotes per chapter.
    let mut afresh: super::FastMap<String, Vec<usize>> = super::FastMap::default();
    let mut marker_at: super::FastMap<&str, Vec<usize>> = super::FastMap::default();
    for m in &parsed.markers {
        marker_at
            .entry(m.label.as_str())
            .or_default()
            .push(m.offset);
    }
    for v in marker_at.values_mut() {
        v.sort_unstable();
    }
    let cited_between = |label: &str, from: usize, to: usize| {
        marker_at.get(label).is_some_and(|v| {
            let k = v.partition_point(|&o| o < from);
            v.get(k).is_some_and(|&o| o < to)
        })
    };
    for d in &parsed.notes {
        if let Some(&prev) = by_label.get(&d.label) {
            let prev_end = out
                .get(prev)
                .and_then(|n| n.ranges.first())
                .map_or(0, |r| r.1);
            if prev_end <= d.offset && cited_between(&d.label, prev_end, d.offset) {
                afresh
                    .entry(d.label.clone())
                    .or_insert_with(|| vec![prev])
                    .push(out.len());
            } else {
                warnings.push((d.offset, defined_twice(&d.label, src, d.offset)));
                twice.insert(d.label.clone(), ());
                duplicates.push(Duplicate::new((d.offset, d.end.max(d.offset + 1)), ""));
                continue;
            }
        }
        by_label.insert(d.label.clone(), out.len());
        out.push(Building {
            label: d.label.clone(),
            offset: d.offset,
            ranges: vec![(d.offset, d.end.max(d.offset + 1))],
            text: String::new(),
            italics: Vec::new(),
        });
    }
    // Each label's definitions by where they start (they do not overlap): the one holding
    // a block is found by binary search (a label numbered afresh in each of thousands of
    // posts has thousands of definitions).
    let first_ranges: Vec<Option<(usize, usize)>> =
        out.iter().map(|n| n.ranges.first().copied()).collect();
    let range_of = |i: usize| first_ranges.get(i).copied().flatten();
    for all in afresh.values_mut() {
        all.sort_by_key(|&i| range_of(i).map_or(0, |r| r.0));
    }
    for b in &parsed.blocks {
        let own = |l: &String| -> Option<usize> {
            match afresh.get(l) {
                // The definition whose range holds the block.
                Some(all) => {
                    let k =
                        all.partition_point(|&i| range_of(i).is_some_and(|r| r.0 <= b.src_start));
                    k.checked_sub(1)
                        .and_then(|k| all.get(k).copied())
                        .filter(|&i| range_of(i).is_some_and(|(_, e)| b.src_start < e))
                }
                None => by_label.get(l).copied(),
            }
        };
        if let Some((l, i)) = b.note.as_ref().and_then(|l| Some((l, own(l)?))) {
            if let Some(n) = out.get_mut(i).filter(|n| {
                !twice.contains_key(l)
                    || n.ranges
                        .first()
                        .is_some_and(|&(a, e)| a <= b.src_start && b.src_start < e)
            }) {
                if !b.links_only {
                    n.text.push(' ');
                    n.text.push_str(&b.text);
                    n.italics.extend(italic_strings(b));
                }
            } else if let Some(d) = duplicates.iter_mut().find(|d| d.contains(b.src_start)) {
                d.text.push(' ');
                d.text.push_str(&b.text);
            }
        }
    }

    // Notes sections. A label is one note per section (a repeat inside a section is not a
    // new note), but sections may number afresh: endnotes per chapter, or several articles
    // in one file. Markers then go to the nearest note (see `NoteLookup` in `extract`).
    let mut section_labels: super::FastMap<String, ()> = super::FastMap::default();
    let mut in_section = false;
    let mut found_in_section = 0usize;
    let mut current: Option<usize> = None;
    // In a PDF page's footnotes (see [`bare_label`]), the number the next note has.
    let mut bare_next: Option<u32> = None;
    // Whether the section opened under a heading of its words (`Notes`), and no note of it
    // has been read yet: its entries may be numbered with no stop (`1 Department …`).
    let mut headed_unread = false;
    let mut glued = false;
    // The number the section's first list item is written with.
    let mut list_first: Option<Option<String>> = None;
    let trailing = trailing_bracket_notes(parsed)
        .or_else(|| trailing_notes_after_break(parsed, src))
        .filter(|&start| !under_closing_matter(parsed, start));
    let mut headings = Vec::new();
    // The first block citing a superscript number (`¹`), per number: whether a block's
    // superscript entries under a rule are cited before it (see [`ruled_heading`]). Each
    // number's first citation is looked for once.
    let mut first_cite: super::FastMap<String, Option<usize>> = super::FastMap::default();
    let mut sup_cited = |run: &str, bi: usize| {
        let first = *first_cite.entry(run.to_string()).or_insert_with(|| {
            parsed
                .blocks
                .iter()
                .position(|b| b.note.is_none() && b.text.contains(run))
        });
        first.is_some_and(|f| f < bi)
    };
    for (bi, b) in parsed.blocks.iter().enumerate() {
        if b.note.is_some() || b.group.is_some() {
            continue;
        }
        // Lines of the block before its first note (the heading, rules around it).
        let mut skip_lines = 0;
        if Some(bi) == trailing && !in_section {
            in_section = true;
            found_in_section = 0;
            current = None;
            list_first = None;
            section_labels.clear();
            // A heading of its own over the entries (`Allikad`).
            let first = b.text.trim_start().split('\n').next().unwrap_or("");
            if short_heading_line(first) && line_label(first).is_none() {
                headings.push(bi);
                skip_lines = 1;
            }
        }
        let headed = notes_heading_line(&b.text)
            .or_else(|| numbered_references_heading(&b.text))
            .map(|end| (end, 1));
        let opened = headed.or_else(|| ruled_heading(&b.text, |run| sup_cited(run, bi)));
        if let Some((first_end, n)) = opened {
            headings.push(bi);
            in_section = true;
            found_in_section = 0;
            current = None;
            list_first = None;
            section_labels.clear();
            bare_next = headed
                .is_none()
                .then(|| bare_notes_start(b.text.get(first_end + 1..).unwrap_or("")))
                .flatten();
            headed_unread = headed.is_some();
            skip_lines = n;
            if first_end == b.text.len() {
                continue;
            }
        } else if b.kind == BlockKind::Heading
            || (in_section && !b.text.trim().contains('\n') && closing_matter_heading(&b.text))
        {
            // (A plain-text line of its own such as `MEDIA CONTACTS` after a press
            // release's notes is a heading too: its numbered contacts are no notes.)
            in_section = false;
            continue;
        }
        if !in_section {
            continue;
        }
        if headed_unread && found_in_section == 0 && bare_next.is_none() {
            // Endnotes pasted from a word processor or a PDF under a `Notes` heading:
            // `1 Department for Transport, …`⏎`2 Hansard, …`, numbered from 1 on.
            let mut rest = b.text.as_str();
            for _ in 0..skip_lines + 1 {
                let (first, after) = rest.split_once('\n').unwrap_or((rest, ""));
                if !(rule_line(first) || first.trim().is_empty() || is_notes_heading(first)) {
                    break;
                }
                rest = after;
            }
            bare_next = bare_notes_start(rest).filter(|&n| n == 1);
        }
        if found_in_section > 0 {
            headed_unread = false;
        }
        let mut lines = line_spans(&b.text);
        if skip_lines > 0 {
            // An underline or rule right below the heading (`Sources` over `-------`).
            while lines
                .get(skip_lines)
                .and_then(|&(s, e)| b.text.get(s..e))
                .is_some_and(rule_line)
            {
                skip_lines += 1;
            }
            lines.drain(..skip_lines.min(lines.len()));
        }
        if b.item_cont && b.item_label.is_none() && skip_lines == 0 {
            // A further paragraph of the entry before it (its links: `Article`, a DOI).
            if let Some(n) = current.and_then(|i| out.get_mut(i)) {
                if !b.links_only {
                    n.text.push(' ');
                    n.text.push_str(&b.text);
                    n.italics.extend(italic_strings(b));
                }
                // From where the entry's text ended: the markup between (`</p><p><a
                // href="https://doi.org/…">`) holds the links that open the paragraph.
                let from = n
                    .ranges
                    .last()
                    .map_or(b.src_start, |r| r.1.min(b.src_start));
                n.ranges.push((from, b.src_end.max(b.src_start + 1)));
                continue;
            }
        }
        if let Some(counted) = &b.item_label {
            // The number as written (`1.`, `2.`, `2.`: the list counts the last one as 3),
            // unless every item is written with the same one (`1.`, `1.`, `1.`).
            let written = written_item_number(src, b.src_start);
            let first = list_first.get_or_insert_with(|| written.clone()).clone();
            let label = match &written {
                Some(w) if first.as_ref() != Some(w) || found_in_section == 0 => w,
                _ => counted,
            };
            if section_labels.contains_key(label) && written.is_some() && label != counted {
                warnings.push((b.src_start, format!("note `{label}` is defined twice")));
            }
            if by_label.contains_key(label) || section_labels.contains_key(label) {
                duplicates.push(Duplicate::new(
                    (b.src_start, b.src_end.max(b.src_start + 1)),
                    &b.text,
                ));
            } else {
                section_labels.insert(label.clone(), ());
                current = Some(out.len());
                found_in_section += 1;
                out.push(Building {
                    label: label.clone(),
                    offset: b.src_start,
                    ranges: vec![(b.src_start, b.src_end.max(b.src_start + 1))],
                    text: b.text.clone(),
                    italics: italic_strings(b),
                });
            }
            continue;
        }
        let mut ended = false;
        let mut block_italics: Option<Vec<String>> = None;
        let mut italics_in = |text: &str| -> Vec<String> {
            block_italics
                .get_or_insert_with(|| italic_strings(b))
                .iter()
                .filter(|it| text.contains(it.as_str()))
                .cloned()
                .collect()
        };
        for (li, &(s, e)) in lines.iter().enumerate() {
            let line = b.text.get(s..e).unwrap_or("");
            let line_src = (b.src_of(s), b.src_of(e).max(b.src_of(s) + 1));
            // Numbers past 999 only where they continue the notes before them.
            let bare = || {
                let (n, skip) = bare_label_upto(line, 5).filter(|&(n, _)| Some(n) == bare_next)?;
                bare_next = Some(n + 1);
                glued = true;
                Some((n.to_string(), skip))
            };
            let long = || {
                let prev = current
                    .and_then(|i| out.get(i))?
                    .label
                    .parse::<u32>()
                    .ok()?;
                long_line_label(line, prev.checked_add(1)?)
            };
            if let Some((label, skip)) = line_label(line)
                .or_else(long)
                .or_else(bare)
                .or_else(|| named_label(line))
            {
                if by_label.contains_key(&label) || section_labels.contains_key(&label) {
                    if section_labels.contains_key(&label) {
                        warnings.push((line_src.0, format!("note `{label}` is defined twice")));
                    }
                    duplicates.push(Duplicate::new(line_src, line.get(skip..).unwrap_or("")));
                    current = None;
                    continue;
                }
                section_labels.insert(label.clone(), ());
                current = Some(out.len());
                found_in_section += 1;
                let rest = line.get(skip..).unwrap_or("");
                let italics = italics_in(rest);
                out.push(Building {
                    label,
                    offset: b.src_of(s + line.len() - line.trim_start().len()),
                    ranges: vec![line_src],
                    text: rest.to_string(),
                    italics,
                });
            } else if li > 0 && current.is_some() {
                // A continuation line of the current note (a title in italics on a line
                // of its own, as in `- [7] Names.\n  _Title._\n  Journal, 2007`).
                if let Some(n) = current.and_then(|i| out.get_mut(i)) {
                    n.text.push(' ');
                    n.text.push_str(line);
                    n.ranges.push(line_src);
                    n.italics.extend(italics_in(line));
                }
            } else if !line.trim().is_empty() {
                ended = true;
                break;
            }
        }
        if ended || (found_in_section == 0 && b.item_label.is_none()) {
            in_section = false;
            current = None;
            bare_next = None;
        }
    }

    // Parsing each note's metadata is the costly part, and independent per note.
    let notes = super::par::map_mut(&mut out, |n| {
        let text = fold_ws(strip_backrefs(strip_backlink_caret(strip_own_label(
            n.text.trim_start(),
            &n.label,
        ))));
        let meta = parse_meta(&text, &n.italics);
        NoteInfo {
            label: std::mem::take(&mut n.label),
            offset: n.offset,
            ranges: std::mem::take(&mut n.ranges),
            text,
            meta,
            reference: false,
        }
    });
    for d in &mut duplicates {
        let text = fold_ws(strip_backrefs(strip_backlink_caret(d.text.trim_start())));
        d.title = parse_meta(&text, &[]).title;
        d.text = String::new();
    }
    Collected {
        glued,
        notes,
        headings,
        warnings,
        duplicates,
    }
}

/// The entries of a bulleted list under a references heading (`## Sources` over `- Gov.uk,
/// “Minister's remarks,” 4 March 2025, https://…`), as fact checks and explainers list
/// their sources: unnumbered and cited by nothing in the text, so no other reading takes
/// them (numbered entries are notes, author–date ones references).
///
/// Strict, as ordinary lists hold quoted words too (`- Set "debug" to true`, an API's
/// `mode -- either "strict" or "lenient"`): the heading is a heading (or a line of its own
/// right over the list) naming sources, references, a bibliography, further reading or works
/// cited — not `Note:` nor an admonition's `Note` title; an entry is a citation, its author
/// or publisher (`Reuters,`), then a quoted title, then a URL or a date (see
/// [`citation_item`]); and most of the section's items are such entries. Each becomes a
/// reference-list entry (cited by nothing, it is warned about only where the text cites
/// author–date), labelled by its first author, else its title. Its title is then no
/// quotation. `existing` are the notes already read: their items are theirs.
pub(crate) fn bulleted_sources(parsed: &Parsed, existing: &[NoteInfo]) -> Vec<NoteInfo> {
    let mut out: Vec<NoteInfo> = Vec::new();
    let blocks = &parsed.blocks;
    // The sections: a references heading and the list items under it. A heading's section
    // runs to the next heading; a line of its own (`Sources:`), over the list right after it.
    let mut sections: Vec<(usize, bool)> = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        let own_line = b.kind == BlockKind::Paragraph
            && b.group.is_none()
            && !b.chrome
            && b.text.len() <= 64
            && !b.text.trim().contains('\n')
            && blocks
                .get(bi + 1)
                .is_some_and(|n| n.kind == BlockKind::ListItem);
        if (b.kind == BlockKind::Heading || own_line) && references_heading(&b.text) {
            sections.push((bi, b.kind == BlockKind::Heading));
        }
    }
    if sections.is_empty() {
        return out;
    }
    let index = NoteIndex::new(existing);
    // The blocks holding a link, and where in their text: an entry's address may be a
    // link's (`[site](url)`).
    let mut linked: super::FastMap<usize, Vec<(usize, usize)>> = super::FastMap::default();
    for l in &parsed.links {
        if let Some((bi, at, end)) = l.span {
            linked.entry(bi).or_default().push((at, end));
        }
    }
    let mut taken: super::FastMap<String, ()> =
        existing.iter().map(|n| (n.label.clone(), ())).collect();
    // Per base label, the next number to try (`Reuters (2)`, `Reuters (3)`, …): each entry
    // finds its label in constant time, however many share an author.
    let mut next_n: super::FastMap<String, usize> = super::FastMap::default();
    let mut read_to = 0;
    for (h, heading) in sections {
        let mut items = 0usize;
        let mut entries: Vec<(String, NoteMeta, (usize, usize))> = Vec::new();
        let paragraphs = heading
            && !blocks
                .iter()
                .skip(h + 1)
                .take_while(|b| b.kind != BlockKind::Heading)
                .any(|b| b.kind == BlockKind::ListItem);
        for (bi, b) in blocks.iter().enumerate().skip((h + 1).max(read_to)) {
            if b.kind == BlockKind::Heading || (!heading && b.kind != BlockKind::ListItem) {
                break;
            }
            read_to = bi + 1;
            // Under a heading with no list, entries may be paragraphs of their own (a
            // Chicago bibliography as a word processor writes it).
            let entry_kind =
                b.kind == BlockKind::ListItem || (paragraphs && b.kind == BlockKind::Paragraph);
            // (Where its text starts: an HTML entry may open on a line of its own, `<div
            // class="csl-entry">⏎Okafor, N. 2023. …`, and the reading that took it starts
            // there, not at the blank before.)
            let lead = b.text.len() - b.text.trim_start().len();
            if !entry_kind
                || b.item_label.is_some()
                || b.note.is_some()
                || b.group.is_some()
                || b.chrome
                || b.text.trim().is_empty()
                || index.find(b.src_start).is_some()
                || (lead > 0 && index.find(b.src_of(lead)).is_some())
            {
                continue;
            }
            let links = linked.get(&bi).map_or(&[][..], Vec::as_slice);
            let italics = italic_strings(b);
            for (from, to) in bulleted_lines(b) {
                items += 1;
                let text = fold_ws(b.text.get(from..to).unwrap_or("").trim());
                let inside: Vec<(usize, usize)> = links
                    .iter()
                    .copied()
                    .filter(|&(at, _)| (from..to).contains(&at))
                    .collect();
                let linked = !inside.is_empty();
                // `Harlow Council, [Budget Book 2024–25](…), February 2024`: the link's words
                // are the title.
                let link_title = match inside.as_slice() {
                    [(at, end)] => b
                        .text
                        .get(from..*at)
                        .zip(b.text.get(*at..*end))
                        .zip(b.text.get(*end..to))
                        .and_then(|((before, words), after)| linked_item(before, words, after)),
                    _ => None,
                };
                let marked = citation_item(&text, linked) || italic_item(&text, &italics);
                let link_title = link_title.filter(|_| !marked);
                let titled = marked || link_title.is_some();
                // `HarbourWatch, social media post, 18 February 2025, URL`: an entry with no
                // title, its author the name before what it is.
                let untitled = if titled {
                    None
                } else {
                    untitled_item(&text, linked)
                };
                if !titled && untitled.is_none() {
                    continue;
                }
                let mut meta = parse_meta(&text, &italics);
                if let Some(name) = untitled.filter(|_| meta.authors.is_empty()) {
                    meta.authors = vec![name.to_string()];
                }
                if let Some((names, title)) = link_title {
                    meta.title = Some(title);
                    if meta.authors.is_empty() && !names.is_empty() {
                        meta.authors = split_authors(&names);
                    }
                }
                if meta.title.is_none() && untitled.is_none() {
                    continue;
                }
                // `———.`: Chicago's repeated author, the one of the entry before.
                if repeated_author(&text).is_some() {
                    if let Some((_, prev, _)) = entries.last() {
                        meta.authors = prev.authors.clone();
                    }
                }
                let range = if (from, to) == (0, b.text.len()) {
                    (b.src_start, b.src_end.max(b.src_start + 1))
                } else {
                    let start = b.src_of(from);
                    (start, b.src_of(to).max(start + 1))
                };
                entries.push((text, meta, range));
            }
        }
        // Most of the list: a list of remarks with a citation among them is no list of
        // sources.
        if entries.len() * 2 <= items {
            continue;
        }
        for (text, meta, range) in entries {
            // An entry opening with its newspaper's name (`Coast Weekly, "…", 2025`) is
            // labelled by it, as by an author.
            let opener = meta
                .publisher
                .as_ref()
                .filter(|p| text.trim_start().starts_with(p.as_str()));
            let base = meta.authors.first().or(opener).cloned().unwrap_or_else(|| {
                meta.title
                    .as_deref()
                    .unwrap_or("")
                    .split_whitespace()
                    .take(8)
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            let label = if taken.contains_key(&base) {
                let n = next_n.entry(base.clone()).or_insert(1);
                loop {
                    *n += 1;
                    let l = format!("{base} ({n})");
                    if !taken.contains_key(&l) {
                        break l;
                    }
                }
            } else {
                base
            };
            taken.insert(label.clone(), ());
            out.push(NoteInfo {
                label,
                offset: range.0,
                ranges: vec![range],
                text,
                meta,
                reference: true,
            });
        }
    }
    out
}

/// The entries of a block under a sources heading, as ranges of its text: the whole block,
/// or, for a plain paragraph whose lines are a list (`- Education Policy Unit, …⏎- …`, as
/// plain text writes one), each item from its line's bullet on, without the bullet (a line
/// with none carries on the item before it).
fn bulleted_lines(b: &Block) -> Vec<(usize, usize)> {
    let bullet = |line: &str| {
        ["- ", "* ", "• ", "– "]
            .iter()
            .find(|p| line.starts_with(*p))
            .map(|p| p.len())
    };
    let whole = vec![(0, b.text.len())];
    if b.kind != BlockKind::Paragraph || bullet(&b.text).is_none() {
        return whole;
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for line in b.text.split_inclusive('\n') {
        let end = at + line.trim_end().len();
        match bullet(line.trim_start()) {
            Some(n) => out.push((at + (line.len() - line.trim_start().len()) + n, end)),
            None => {
                if let Some(last) = out.last_mut() {
                    last.1 = end.max(last.1);
                }
            }
        }
        at += line.len();
    }
    out
}

/// Whether a heading names a list of sources: `Sources`, `References`, `Bibliography`,
/// `Further reading`, `Works cited`, `Notes and sources`, … (markup, a colon and a section
/// number around it aside). Not `Note`/`Notes`, which head remarks as often as notes.
fn references_heading(text: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "bibliography",
        "citations",
        "further reading",
        "literature cited",
        "our sources",
        "reading list",
        "reference list",
        "references",
        "references cited",
        "selected sources",
        "source list",
        "sources",
        "sources and further reading",
        "sources and methods",
        "sources consulted",
        "works cited",
        "works consulted",
    ];
    let t = text
        .trim()
        .trim_matches(|c: char| matches!(c, '#' | '*' | '_' | '=' | '-' | ':' | '：'))
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        .trim();
    if t.is_empty() || t.len() > 48 {
        return false;
    }
    let lower = t.to_lowercase();
    HEADINGS.contains(&lower.as_str())
        || (joined_notes_heading(&lower)
            && lower
                .split([' ', ',', '/'])
                .any(|w| matches!(w, "sources" | "source" | "references" | "bibliography")))
}

/// Whether a list item reads as a citation: an author or publisher ending with a comma or
/// full stop (`Reuters,`, `Smith, J.`), a quoted title, and after it a URL (written, or
/// `linked`: the item holds a link) or a date (`4 March 2025`, a year). A title opening the
/// item needs its publisher or date after a comma. `- Set "debug" to true` and
/// `- Dates listed as "YYYY-MM-DD" should …` are no citations.
fn citation_item(text: &str, linked: bool) -> bool {
    let Some((open, _, close)) = quoted_title(text) else {
        return false;
    };
    let before = text.get(..open).unwrap_or("").trim_end();
    let after = text.get(close..).unwrap_or("");
    let led = if before.is_empty() {
        // `“Title,” Publisher, 2025`: the title's own comma, or one right after it.
        text.get(..close)
            .unwrap_or("")
            .trim_end_matches(['”', '"', '»', '“'])
            .ends_with([',', '.'])
            || after.trim_start().starts_with([',', '.'])
    } else {
        // The author's or publisher's name: a few words, with a capital, ending the part.
        before.ends_with([',', '.', ':'])
            && before.split_whitespace().count() <= 12
            && (before.chars().any(char::is_uppercase) || repeated_author(before).is_some())
    };
    if !led {
        return false;
    }
    let rest = after.trim_start_matches([',', '.', ' ']);
    if rest.is_empty() {
        return false;
    }
    linked
        || rest.has_str("http://")
        || rest.has_str("https://")
        || rest.has_str("www.")
        || dates(rest).next().is_some()
}

/// A list item whose title is its one link's words (`Harlow County Council, [Budget Book
/// 2024–25](…), February 2024`, `[Who Rides the First Boat?](…), Coastal Transport
/// Institute, September 2022`), as fact checks list their sources: the link's words a
/// capitalised title of two words or more (no address, no `Read more`), before it nothing
/// or an author's or publisher's name ending with a comma or full stop, and after it a comma
/// or full stop and then a date. `- [Operator's site](…)` alone, or `- See [the
/// timetable](…) for times`, is no citation. The item's `before`, link `words` and `after`
/// as its block writes them; the names before (trimmed, maybe empty) and the title.
fn linked_item(before: &str, words: &str, after: &str) -> Option<(String, String)> {
    let before = fold_ws(before.trim());
    let title = fold_ws(words.trim().trim_end_matches([',', '.', ';', ':']).trim());
    let first = title.chars().next()?;
    let lower = title.to_lowercase();
    let title_ok = (first.is_uppercase() || first.is_ascii_digit())
        && title.split_whitespace().nth(1).is_some()
        && !title.has_str("://")
        && !lower.starts_with("www.")
        && ![
            "read more",
            "click here",
            "full text",
            "download",
            "link to",
        ]
        .iter()
        .any(|b| lower.starts_with(b));
    let named = before.is_empty()
        || (before.ends_with([',', '.', ':'])
            && before.split_whitespace().count() <= 12
            && !before.contains(['"', '“', '”', '(', '['])
            && (before.chars().any(char::is_uppercase) || repeated_author(&before).is_some()));
    let after = after.trim_start();
    let rest = after.strip_prefix([',', '.'])?.trim_start();
    if !(title_ok && named) || rest.is_empty() || dates(rest).next().is_none() {
        return None;
    }
    let names = before.trim_end_matches([',', '.', ':']).trim().to_string();
    Some((names, trim_title(&title)))
}

/// A list item that reads as a citation of a work with an italic title (a book, a report:
/// `Surname, First. *Book Title*. Place: Press, 2021.`, `———. *Title*. …`): an author's
/// name ending with a comma or full stop, the title, then a place and publisher and a date.
/// The `italics` are the item's block's italic strings.
fn italic_item(text: &str, italics: &[String]) -> bool {
    italics.iter().any(|it| {
        let Some(at) = super::find_str(text, it) else {
            return false;
        };
        let before = text.get(..at).unwrap_or("").trim_end();
        let after = text.get(at + it.len()..).unwrap_or("");
        let named = before.ends_with([',', '.'])
            && before.split_whitespace().count() <= 8
            && (before.chars().any(char::is_uppercase) || repeated_author(before).is_some());
        // (Chicago's place before the publisher, `Kelder: Osprey Press, 2020`: MLA's entry,
        // `Lagos UP, 2021`, names none, and in a footnoted article its list is not read.)
        named
            && it.split_whitespace().count() >= 2
            && after.has_str(": ")
            && dates(after).next().is_some()
    })
}

/// Chicago's rule for the author of the entry before (`———.`, `---.`, `——,`) opening an
/// entry: the text after it.
fn repeated_author(text: &str) -> Option<&str> {
    let rest = text.trim_start_matches(['—', '―', '-', '_']);
    let dashes = text.get(..text.len() - rest.len())?.chars().count();
    if dashes < 2 {
        return None;
    }
    rest.strip_prefix(['.', ','])
}

/// Whether the stop at `i` in `s`, after `word`, is inside an abbreviated journal's name
/// (`IEEE Trans. Environ. Sens.`, `Nat. Freshw. Sci. 3`, `Proc. Int. Conf. Embedded Netw.
/// Sens. Syst.`) rather than ending a sentence: the word is a short capitalised one, and
/// another abbreviation follows it (`Trans. Environ.`), or, after an abbreviation already
/// (`Int. Conf.`), one comes a word later (`Conf. Embedded Netw.`) or the volume follows.
fn abbreviated_name(s: &str, i: usize, word: &str) -> bool {
    let short = |w: &str| {
        (2..=8).contains(&w.len())
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().all(|c| c.is_ascii_alphabetic())
    };
    // `J.` is Journal's abbreviation, one letter long (`IEEE Sens. J.`).
    let abbreviation = |t: &str| {
        let a = t
            .strip_suffix(".,")
            .or_else(|| t.strip_suffix('.'))
            .unwrap_or("");
        short(a) || a == "J"
    };
    if !short(word) {
        return false;
    }
    let mut next = s.get(i + 2..).unwrap_or("").split(' ');
    let first = next.next().unwrap_or("");
    // A `J.` before a capitalised word is a person's initial (`Faber Press. J. Smith,
    // trans.`: the sixty-third session's review), not Journal (`Sens. J., vol. 22`).
    let initial = first == "J."
        && next
            .clone()
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    if abbreviation(first) && !initial {
        return true;
    }
    let head = s.get(..i.saturating_sub(word.len())).unwrap_or("");
    let chained = head.trim_end().rsplit(' ').next().is_some_and(abbreviation);
    chained
        && (first.starts_with(|c: char| c.is_ascii_digit())
            || (first.starts_with(|c: char| c.is_ascii_uppercase())
                && next.next().is_some_and(abbreviation)))
}

/// A list item that reads as a citation of a work with no title (`HarbourWatch, social
/// media post, 18 February 2025, https://…`, `Fenwick Council, press release, 3 May 2024,
/// URL`, `Tom Reyes, council spokesperson, email to Verify, 20 February 2025`): a name of
/// one to six capitalised words (no quotation, no digit) before the first comma, then a
/// short description in lower case, a date, and a URL (written, or `linked`) or, for a
/// personal communication, the kind of document ([`GENRES`]: `email to …`, `letter`,
/// `interview`). The name.
fn untitled_item(text: &str, linked: bool) -> Option<&str> {
    let (name, rest) = text.split_once_str(", ")?;
    let name = name.trim();
    let words = name.split_whitespace().count();
    let name_ok = (1..=6).contains(&words)
        && name.starts_with(char::is_uppercase)
        && name.len() <= 80
        && !name.contains(|c: char| c.is_ascii_digit() || "\"“”«»‘’()[]:;".contains(c));
    let kind = rest.split(',').next().unwrap_or("").trim();
    let kind_ok = kind.starts_with(char::is_lowercase)
        && kind.split_whitespace().count() <= 6
        && kind
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\''));
    // A personal communication has no address: what it was (`email to Verify`) says so.
    let communication = || {
        rest.split(", ").any(|seg| {
            let seg = seg.trim().to_lowercase();
            GENRES.iter().any(|g| {
                seg.strip_prefix(g)
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
            })
        })
    };
    let addressed =
        linked || rest.has_str("http://") || rest.has_str("https://") || communication();
    (name_ok && kind_ok && addressed && dates(rest).next().is_some()).then_some(name)
}

/// Where notes without a heading end a document: its last paragraphs each opening with `[1]`,
/// `[2]`, … in order from `[1]`, when the text before them cites `[1]` (how pandoc writes
/// plain text, Word saves a document as plain text, and e-mails list their links). The
/// index of the first such block.
///
/// Under a heading of a word or two in any language (`Referenzi`, `Allikad`), entries
/// numbered `(1)`, `1.` or `¹` are notes too, when the text before cites every one of
/// them (`… since 2019" (2).`, see [`cites_all`]): a list of points closing an
/// article under `Summary` is cited by nothing.
fn trailing_bracket_notes(parsed: &Parsed) -> Option<usize> {
    // An entry: its number, label, whether it is bracketed (`[1]`) and whether a short
    // heading opens its block.
    let entry_label = |b: &Block| -> Option<(u32, String, bool, bool)> {
        // A Markdown list's item (`1. Text` under `## Referenzi`).
        if let Some(l) = &b.item_label {
            return Some((l.parse().ok()?, l.clone(), false, false));
        }
        let mut lines = b.text.trim_start().split('\n');
        let mut first = lines.next()?;
        // A heading of a word or two in any language right over the entries (`Allikad`,
        // `Šaltiniai:`): the entries and the text's citing them make it a notes heading.
        let headed = short_heading_line(first);
        if headed {
            // The entries may be indented under it (a man page's `SEE ALSO`).
            first = lines.next()?.trim_start();
        }
        let Some(rest) = first.strip_prefix('[') else {
            // `(1) Text`, `1. Text`, `¹ Text`.
            let (label, _) = line_label(first)?;
            let number = (label.len() <= 3).then(|| label.parse().ok()).flatten()?;
            return Some((number, label, false, headed));
        };
        let (n, after) = rest.split_once(']')?;
        // `[1] Text` or `[1]: Text` (a reference definition's look, with no URL).
        let after = after.strip_prefix(':').unwrap_or(after);
        if !after.starts_with([' ', '\t']) {
            return None;
        }
        // Notes marked with symbols (`[*]`, `[†]`) count in their conventional order.
        // `[১]`: the number in the text's own digits.
        let n = superscript_to_digits(n);
        let number = symbol_rank(&n)
            .or_else(|| (1..=5).contains(&n.len()).then(|| n.parse().ok()).flatten())?;
        Some((number, n, true, headed))
    };
    let mut start = None;
    let mut next_expected = None;
    let mut bracketed = true;
    let mut headed = false;
    for (bi, b) in parsed.blocks.iter().enumerate().rev() {
        if b.note.is_some() || b.group.is_some() || b.text.trim().is_empty() {
            continue;
        }
        let Some((n, label, brackets, heads)) = entry_label(b) else {
            // The heading a block of its own (`Referenzi`, a blank line, the entries).
            headed |=
                start.is_some() && !b.text.trim().contains('\n') && short_heading_line(&b.text);
            break;
        };
        // Going backwards the numbers fall (a note may take several paragraphs' lines),
        // all written alike.
        if next_expected.as_ref().is_some_and(|(m, _)| n >= *m)
            || (start.is_some() && brackets != bracketed)
        {
            break;
        }
        bracketed = brackets;
        headed = heads;
        next_expected = Some((n, label));
        start = Some(bi);
        // On past note 1 too: the block before may be its heading (`## Referenzi` over a
        // list), or it ends the entries.
        if heads {
            break;
        }
    }
    let start = start?;
    let before = parsed.blocks.get(..start)?;
    // Numbered from 1, or from the first number the text cites (an excerpt keeps its
    // notes' numbers: `[2]` alone).
    let first = format!("[{}]", next_expected.as_ref()?.1);
    if bracketed
        && before
            .iter()
            .any(|b| b.note.is_none() && b.text.contains(first.as_str()))
    {
        return Some(start);
    }
    // Entries numbered in superscript (`¹ Climate Change Committee, …`), the first of them
    // cited so in the text: no list of points or steps is numbered that way.
    let superscript_entries = parsed
        .blocks
        .get(start)
        .is_some_and(|b| b.item_label.is_none() && b.text.trim_start().starts_with(is_superscript));
    if superscript_entries && !bracketed {
        let mark = digits_to_superscript(next_expected.as_ref().map_or("", |(_, l)| l.as_str()));
        if !mark.is_empty()
            && before
                .iter()
                .any(|b| b.note.is_none() && b.text.contains(mark.as_str()))
        {
            return Some(start);
        }
    }
    // Under a heading, entries cited otherwise (`(1)`, `[১]`, `¹`): every one of them.
    if !headed {
        return None;
    }
    // The entries' numbers: each line's of the blocks (a block may hold them all).
    let numbers: Vec<u32> = parsed
        .blocks
        .get(start..)?
        .iter()
        .flat_map(|b| match &b.item_label {
            Some(l) => vec![l.parse().ok()],
            None => b
                .text
                .lines()
                .map(|l| line_label(l.trim_start())?.0.parse().ok())
                .collect(),
        })
        .flatten()
        .collect();
    cites_all(before, numbers).then_some(start)
}

/// Whether the text of `blocks` cites every one of `numbers` (none: no): `[2]`, a
/// superscript `²` not after a digit (`10²` is a power), and `(2)` after a quotation or
/// before punctuation or the line's end (`since 2019" (2).`), where `two options: (1) lease
/// and (2) buy` enumerates. One pass over the bytes, stopping once all are found: it runs
/// over the whole text before a trailing list, which is most of a long document.
fn cites_all(blocks: &[Block], mut numbers: Vec<u32>) -> bool {
    numbers.sort_unstable();
    numbers.dedup();
    let mut found = vec![false; numbers.len()];
    let mut missing = numbers.len();
    if missing == 0 {
        return false;
    }
    let mut cite = |n: Option<u32>| {
        if let Some(k) = n.and_then(|n| numbers.binary_search(&n).ok()) {
            if let Some(f) = found.get_mut(k).filter(|f| !**f) {
                *f = true;
                missing -= 1;
            }
        }
        missing == 0
    };
    for b in blocks.iter().filter(|b| b.note.is_none()) {
        let t = b.text.as_str();
        let bytes = t.as_bytes();
        // Only `(`, `[` and the lead bytes of the superscript digits (`¹²³` are U+00B9,
        // U+00B2, U+00B3; `⁰⁴…⁹` U+2070–U+2079) can start a citation; a lead byte is
        // always on a character boundary.
        for (i, &byte) in bytes.iter().enumerate() {
            if !matches!(byte, b'(' | b'[' | 0xC2 | 0xE2) {
                continue;
            }
            let Some(c) = t.get(i..).and_then(|r| r.chars().next()) else {
                continue;
            };
            if is_superscript(c) {
                if !t
                    .get(..i)
                    .and_then(|h| h.chars().next_back())
                    .is_some_and(|p| p.is_ascii_digit() || is_superscript(p))
                {
                    let run: String = t
                        .get(i..)
                        .unwrap_or("")
                        .chars()
                        .take(4)
                        .take_while(|&c| is_superscript(c))
                        .collect();
                    if cite(superscript_to_digits(&run).parse::<u32>().ok()) {
                        return true;
                    }
                }
                continue;
            }
            if c != '(' && c != '[' {
                continue;
            }
            let close = if c == '(' { b')' } else { b']' };
            // `(2)`, or `(২)` in the text's own digits.
            let number = match note_number_end(bytes, i + 1) {
                Some(de) if bytes.get(de) == Some(&close) => {
                    t.get(i + 1..de).map(|n| (n.to_string(), de + 1))
                }
                _ => native_number(t, i + 1, close),
            };
            let Some((n, end)) = number else {
                continue;
            };
            let after = bytes.get(end).copied();
            let prev = || t.get(..i).and_then(|h| h.trim_end().chars().next_back());
            let cites = c == '['
                || prev().is_some_and(|p| matches!(p, '"' | '”' | '’' | '»'))
                || after.is_none_or(|a| matches!(a, b'.' | b',' | b';' | b':' | b')' | b'\n'));
            if cites && cite(n.parse::<u32>().ok()) {
                return true;
            }
        }
    }
    false
}

/// The place of a note symbol in the conventional order (`*` 1, `†` 2, `‡` 3, `§` 4, `¶` 5,
/// then doubled: `**` 6, `††` 7 …), as docutils and printers number them.
fn symbol_rank(label: &str) -> Option<u32> {
    const SYMBOLS: [char; 5] = ['*', '†', '‡', '§', '¶'];
    let mut chars = label.chars();
    let first = chars.next()?;
    let place = SYMBOLS.iter().position(|&c| c == first)?;
    let times = 1 + chars.clone().count();
    (times <= 3 && chars.all(|c| c == first)).then(|| (place + (times - 1) * 5 + 1) as u32)
}

/// Whether `line` reads as a heading of one to three words: letters only (a closing `:`
/// aside), 30 characters at most. The marks of Indic and Thai letters count as letters:
/// `তথ্যসূত্র` writes its conjuncts with the virama `্`, which is no letter.
fn short_heading_line(line: &str) -> bool {
    let t = line.trim().trim_end_matches([':', '：']).trim_end();
    let letter = |c: char| {
        c.is_alphabetic()
            || c == ' '
            || c == '-'
            // Combining accents, Indic and Thai and Lao marks (their digits and dandas
            // aside), and the joiners of Persian and Indic words.
            || ('\u{300}'..='\u{36F}').contains(&c)
            || (('\u{900}'..='\u{EFF}').contains(&c)
                && !c.is_numeric()
                && !matches!(c, '\u{964}' | '\u{965}'))
            || matches!(c, '\u{200C}' | '\u{200D}')
    };
    !t.is_empty()
        && t.chars().count() <= 30
        && t.split_whitespace().count() <= 3
        && t.chars().all(letter)
}

/// A note without its own label written at its start, as a page's list shows it (`[1] L.
/// Hale, …` in `<li>`, Pandoc's `div.csl-left-margin`): `[1]`, `(1)`, `1.` or `1)` then a
/// blank, where the note's label is `1` (or `[1]`). A bare `1 ` stays: it may be the text's
/// (`1 January 2020`).
fn strip_own_label<'s>(s: &'s str, label: &str) -> &'s str {
    if label.is_empty() || label.len() > 16 {
        return s;
    }
    let inner = label
        .strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .unwrap_or(label);
    let rest = if let Some(r) = s.strip_prefix('[') {
        r.strip_prefix(inner).and_then(|r| r.strip_prefix(']'))
    } else if let Some(r) = s.strip_prefix('(') {
        r.strip_prefix(inner).and_then(|r| r.strip_prefix(')'))
    } else {
        s.strip_prefix(inner)
            .and_then(|r| r.strip_prefix(['.', ')']))
            .filter(|_| inner.bytes().all(|b| b.is_ascii_alphanumeric()))
    };
    match rest {
        Some(r) if r.starts_with(char::is_whitespace) && !r.trim().is_empty() => r.trim_start(),
        _ => s,
    }
}

/// A note without the caret opening it on Wikipedia (`^ Historic England. …`), and the
/// letters after it when the note is cited more than once (`^ a b Historic England. …`).
pub(crate) fn strip_backlink_caret(s: &str) -> &str {
    let Some(rest) = s.strip_prefix(['^', '↑']) else {
        return s;
    };
    if !rest.starts_with(char::is_whitespace) {
        return s;
    }
    let mut rest = rest.trim_start();
    // `a b c`: one letter each, in order from `a`, at least two.
    let mut letters = 0u8;
    while let Some(after) = rest.strip_prefix(char::from(b'a' + letters)) {
        if !after.starts_with(char::is_whitespace) || letters >= 25 {
            break;
        }
        letters += 1;
        rest = after.trim_start();
    }
    if letters == 1 {
        // A lone `a` is the note's first word.
        return s.get(1..).map_or(s, str::trim_start);
    }
    rest
}

/// The DOIs written out in a note (`doi:10.1038/153421a0`, `DOI: 10.1177/1362`), as
/// `https://doi.org/…` URLs, and its arXiv identifiers (`arXiv:2204.06321v2`,
/// `arXiv:hep-th/9901001`) as `https://arxiv.org/abs/…` ones, in order, once each.
fn doi_urls(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let b = text.as_bytes();
    for colon in memchr::memchr_iter(b':', b) {
        if let Some(id) = arxiv_id_after(text, colon) {
            let url = format!("{ARXIV_ABS}{id}");
            if !out.contains(&url) {
                out.push(url);
            }
            continue;
        }
        let Some(at) = colon.checked_sub(3) else {
            continue;
        };
        let word_before = at >= 1 && b.get(at - 1).is_some_and(|&c| is_word(c) || c == b'/');
        if !b
            .get(at..colon)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"doi"))
            || word_before
        {
            continue;
        }
        let rest = text.get(colon + 1..).unwrap_or("").trim_start();
        if !rest.starts_with("10.") {
            continue;
        }
        let doi = doi_at(rest);
        if doi.len() > 3 && doi.contains('/') {
            push_doi(&mut out, doi);
        }
    }
    // A bare DOI (`… 2018;378(9):801-11. 10.5555/nejm.2018.0801`, as PubMed and many
    // reference managers end an entry): `10.`, a registrant's 4 to 9 digits, `/`, a suffix;
    // after a space or an opening bracket (inside a URL it is that URL's).
    for at in memchr::memmem::find_iter(b, b"10.") {
        if at > 0
            && !b
                .get(at - 1)
                .is_some_and(|c| matches!(c, b' ' | b'\n' | b'(' | b'['))
        {
            continue;
        }
        let digits = b
            .get(at + 3..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(4..=9).contains(&digits) || b.get(at + 3 + digits) != Some(&b'/') {
            continue;
        }
        let rest = text.get(at..).unwrap_or("");
        let doi = doi_at(rest);
        if doi.len() > 4 + digits + 1 {
            push_doi(&mut out, doi);
        }
    }
    out
}

/// Where an arXiv identifier's abstract page is.
const ARXIV_ABS: &str = "https://arxiv.org/abs/";

/// `text` without its arXiv identifiers (`arXiv:2204.06321`, see [`arxiv_id_after`]), the
/// word `arXiv:` and all.
fn without_arxiv_ids(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for colon in memchr::memchr_iter(b':', text.as_bytes()) {
        if colon < last {
            continue;
        }
        if let Some(id) = arxiv_id_after(text, colon) {
            let end = id.as_ptr() as usize - text.as_ptr() as usize + id.len();
            out.push_str(text.get(last..colon - 5).unwrap_or(""));
            last = end;
        }
    }
    out.push_str(text.get(last..).unwrap_or(""));
    out
}

/// The arXiv identifier after the colon at `colon` of `text`, when the word `arXiv` (any
/// case, not the end of a longer word or a path) stands before it: a new-style number
/// (`2204.06321`, `1706.03762v5`: four digits, a dot, four or five digits, perhaps a
/// version) or an old-style one (`hep-th/9901001`, `math.GT/0309136`: an archive's name, a
/// slash, seven digits), a space after the colon allowed.
fn arxiv_id_after(text: &str, colon: usize) -> Option<&str> {
    let b = text.as_bytes();
    let at = colon.checked_sub(5)?;
    if !b.get(at..colon)?.eq_ignore_ascii_case(b"arxiv")
        || (at > 0 && b.get(at - 1).is_some_and(|&c| is_word(c) || c == b'/'))
    {
        return None;
    }
    let start = colon + 1 + usize::from(b.get(colon + 1) == Some(&b' '));
    let rest = b.get(start..)?;
    let run = |from: usize, f: fn(&u8) -> bool| {
        rest.get(from..)
            .map_or(0, |r| r.iter().take_while(|c| f(c)).count())
    };
    let digits = run(0, u8::is_ascii_digit);
    let mut end = if digits == 4 && rest.get(4) == Some(&b'.') {
        let more = run(5, u8::is_ascii_digit);
        if !(4..=5).contains(&more) {
            return None;
        }
        5 + more
    } else {
        // The archive (`hep-th`, `cond-mat`, `math.GT`), then `/` and seven digits.
        let name = run(0, |c| c.is_ascii_alphabetic() || matches!(c, b'-' | b'.'));
        if name < 2
            || !rest.first().is_some_and(u8::is_ascii_lowercase)
            || rest.get(name) != Some(&b'/')
            || run(name + 1, u8::is_ascii_digit) != 7
        {
            return None;
        }
        name + 8
    };
    // A version (`v2`).
    if rest.get(end) == Some(&b'v') {
        let v = run(end + 1, u8::is_ascii_digit);
        if v > 0 {
            end += 1 + v;
        }
    }
    // A longer run of digits or letters is some other number.
    if rest.get(end).is_some_and(|&c| c.is_ascii_alphanumeric()) {
        return None;
    }
    text.get(start..start + end)
}

/// The DOI `rest` starts with: up to a space or markup, without the sentence's punctuation
/// after it.
fn doi_at(rest: &str) -> &str {
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '”'))
        .unwrap_or(rest.len());
    rest.get(..end)
        .unwrap_or("")
        .trim_end_matches(['.', ',', ';', ')', ']'])
}

/// Adds the `https://doi.org/` URL of `doi` to `out` unless it is there.
fn push_doi(out: &mut Vec<String>, doi: &str) {
    let url = format!("https://doi.org/{doi}");
    if !out.contains(&url) {
        out.push(url);
    }
}

/// The number a list item starting at (or on the line of) source offset `at` is written
/// with: `2` for `2. Mill ledger`.
fn written_item_number(src: &str, at: usize) -> Option<String> {
    let b = src.as_bytes();
    let from = at.saturating_sub(64);
    let line_start = memchr::memrchr(b'\n', b.get(from..at)?)
        .map_or(if from == 0 { Some(0) } else { None }, |i| {
            Some(from + i + 1)
        })?;
    let head = src.get(line_start..)?;
    line_label(prefix(head, at - line_start + 16)).map(|(l, _)| l)
}

/// Where notes without a heading end a document after a thematic break (`---`, `<hr>`), as
/// Substack and Medium write them: its last blocks open with `¹`, `1.`, `(1)` (or are the
/// items of a numbered list), numbered 1, 2, … in order, and the text before them cites
/// note 1 with a marker (`¹`, `[1]`, `(1)`). The index of the first such block.
fn trailing_notes_after_break(parsed: &Parsed, src: &str) -> Option<usize> {
    let skip = |b: &Block| b.note.is_some() || b.group.is_some() || b.text.trim().is_empty();
    let rule = |t: &str| {
        let t = t.trim();
        t.len() >= 3
            && (t.bytes().all(|c| c == b'-' || c == b' ')
                || t.bytes().all(|c| c == b'*' || c == b' ')
                || t.bytes().all(|c| c == b'_' || c == b' '))
    };
    let mut start = None;
    // A sign-off after the notes (`Thanks for reading! Subscribe …`): up to two short
    // paragraphs closing the page; they end the notes section when it is read.
    let mut footer = 0;
    for (bi, b) in parsed.blocks.iter().enumerate().rev().take(500) {
        if skip(b) {
            continue;
        }
        if b.item_label.is_none() && line_label(&b.text).is_none() {
            // A page's furniture after the notes (an HTML `<footer>`: Medium's export closes
            // with a by-line, a canonical link and "Exported from Medium"), however long.
            if start.is_none() && (b.footer || b.chrome) {
                continue;
            }
            if start.is_none() && footer < 2 && b.text.len() < 400 && !rule(&b.text) {
                footer += 1;
                continue;
            }
            break;
        }
        start = Some(bi);
    }
    let start = start?;
    let notes = parsed.blocks.get(start..)?;
    // Numbered 1, 2, … in order; a note may run over several lines.
    let mut next = 1usize;
    let mut superscript = false;
    // Lettered notes (`ᵃ …`, `ᵇ …`): a, b, … in order.
    let mut lettered = false;
    for b in notes.iter().filter(|b| !skip(b)) {
        if let Some(l) = &b.item_label {
            if l.parse::<usize>().ok() != Some(next) {
                return None;
            }
            next += 1;
            continue;
        }
        for (s, e) in line_spans(&b.text) {
            let line = b.text.get(s..e).unwrap_or("");
            if let Some((label, _)) = line_label(line) {
                let letter = line
                    .trim_start()
                    .chars()
                    .next()
                    .and_then(superscript_letter);
                let n = match letter {
                    Some(l) => (l as usize).checked_sub('a' as usize - 1),
                    None => label.parse::<usize>().ok(),
                };
                if n != Some(next) || (next > 1 && lettered != letter.is_some()) {
                    return None;
                }
                lettered = letter.is_some();
                superscript |= line.trim_start().starts_with(is_superscript) || lettered;
                next += 1;
            }
        }
    }
    // A thematic break right before: a block of its own (plain text) or between the blocks
    // in the source.
    let first = notes.first()?;
    let (before_i, before) = parsed
        .blocks
        .get(..start)?
        .iter()
        .enumerate()
        .rev()
        .find(|(_, b)| !skip(b))?;
    let (text_end, broken) = if rule(&before.text) {
        (before_i, true)
    } else {
        let gap = src.get(before.src_end..first.src_start).unwrap_or("");
        let hr = gap.lines().any(rule) || super::contains_ignore_ascii_case(gap, "<hr");
        (start, hr)
    };
    // Without a break, a closing numbered list is notes only if every item gives a web
    // address (`1. Advertisement, 3 June 2023. https://…`): a list of steps or points never
    // does.
    // The note items themselves (a sign-off after them aside).
    let items = || {
        notes
            .iter()
            .filter(|b| !skip(b) && (b.item_label.is_some() || line_label(&b.text).is_some()))
    };
    let every_item_cites = || {
        items().all(|b| {
            b.text.has_str("http://") || b.text.has_str("https://") || b.text.has_str("doi:")
        })
    };
    if !broken && !every_item_cites() {
        return None;
    }
    // With a sign-off after them, the items must read as notes (a web address or a year):
    // a takeaway list before `Thanks for reading` is none.
    if footer > 0
        && !items().all(|b| b.text.has_str("http") || b.text.has_str("doi:") || has_year(&b.text))
    {
        return None;
    }
    let cites = |t: &str| {
        if lettered {
            t.contains('ᵃ')
        } else if superscript {
            t.contains('¹')
        } else {
            t.has_str("[1]") || t.contains('¹') || t.has_str("(1)")
        }
    };
    parsed
        .blocks
        .get(..text_end)?
        .iter()
        .any(|b| b.note.is_none() && cites(&b.text))
        .then_some(start)
}

pub(crate) fn strip_backrefs(s: &str) -> &str {
    s.trim_end()
        .trim_end_matches(['↩', '\u{fe0e}', '\u{fe0f}', '↑', '^'])
        .trim_end()
}

pub(crate) fn italic_strings(b: &Block) -> Vec<String> {
    b.italics
        .iter()
        .filter_map(|&(s, e)| b.text.get(s..e))
        .map(fold_ws)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Byte ranges of the lines of `text` (split on `\n`).
pub(crate) fn line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        out.push((start, i));
        start = i + 1;
    }
    out.push((start, text.len()));
    out
}

/// `text` without its URLs: what the regex `<?(?:https?://|www\.)[^\s>]+>?` would remove.
/// Written by hand: it runs on every note, most notes hold a URL, and the regex's
/// `replace_all` (search, then copy) cost more than all the rest of the note parsing.
/// Tests compare it with that regex.
fn strip_urls(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let finder = |from: usize| -> Option<(usize, usize)> {
        let mut p = from;
        while let Some(i) = memchr::memchr3(b'<', b'h', b'w', b.get(p..)?) {
            let at = p + i;
            let lt = usize::from(b.get(at) == Some(&b'<'));
            let rest = b.get(at + lt..).unwrap_or(&[]);
            let scheme = if rest.starts_with(b"https://") {
                8
            } else if rest.starts_with(b"http://") {
                7
            } else if rest.starts_with(b"www.") {
                4
            } else {
                0
            };
            if scheme > 0 {
                let body = at + lt + scheme;
                let mut j = body;
                while j < b.len() && b.get(j) != Some(&b'>') && super::ws_len_at(b, j) == 0 {
                    j += 1;
                }
                // The punctuation after an address is the note's (`…/terms; Samuel …`).
                if lt == 0 {
                    while j > body && matches!(b.get(j - 1), Some(b';' | b',' | b'.')) {
                        j -= 1;
                    }
                }
                if j > body {
                    if b.get(j) == Some(&b'>') {
                        j += 1;
                    }
                    return Some((at, j));
                }
            }
            p = at + 1;
        }
        None
    };
    let Some(first) = finder(0) else {
        return std::borrow::Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut next = Some(first);
    while let Some((a, e)) = next {
        out.push_str(text.get(last..a).unwrap_or(""));
        last = e;
        next = finder(e);
    }
    out.push_str(text.get(last..).unwrap_or(""));
    std::borrow::Cow::Owned(out)
}

/// The first quoted title in `s`, as (start of the opening mark, inner range, end of the
/// closing mark): what the regex
/// `“([^M]{2,}?)["”]|"([^M]{2,}?)["”]|„([^M]{2,}?)[“”]|«([^M]*["”“„][^«»]*)»|«([^M]{2,}?)»|»([^M]{2,}?)«|»(T)»|(?:^|[\s(\[])”(T)”`
/// (where `M` is every double quote mark, `"“”„«»`, and `T` is `[^M\s][^M]*?[^M\s]`) would
/// find: the text up to the next quote mark of any kind, which must close the opening one
/// (`„…“` in German, `«…»` in French, `»…«` in Danish), with at least two characters; a
/// French title in guillemets may quote words in other marks inside it (`« A : "B" »`).
/// Swedish and Finnish close a quotation with the mark that opens it (`”…”`, `»…»`): there
/// the title must hug its marks, and a `”` opens only after a space or bracket (or at the
/// start), so that a breadcrumb's `» News »` or a closing `”` opens nothing. By hand for the
/// same reason as [`strip_urls`]; tests compare the two.
fn quoted_title(s: &str) -> Option<(usize, std::ops::Range<usize>, usize)> {
    use super::quotes::quote_mark_at;
    let b = s.as_bytes();
    // The next quote mark at or after `from`, with its character.
    let next_mark = |mut from: usize| loop {
        let k = memchr::memchr3(b'"', 0xE2, 0xC2, b.get(from..)?)?;
        if let Some(c) = quote_mark_at(b, from + k) {
            return Some((from + k, c));
        }
        from += k + 1;
    };
    let ws_before = |at: usize| {
        s.get(..at)
            .and_then(|h| h.chars().next_back())
            .is_some_and(char::is_whitespace)
    };
    let ws_after = |at: usize| {
        s.get(at..)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_whitespace)
    };
    let mut i = 0;
    while let Some((at, open)) = next_mark(i) {
        let inner = at + open.len_utf8();
        if open == '”'
            && !s
                .get(..at)
                .and_then(|h| h.chars().next_back())
                .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '['))
        {
            i = inner;
            continue;
        }
        let (j, close) = next_mark(inner)?;
        // A title in straight marks quoting words in curly ones (`"“Clean” Code, Horrible
        // Performance,"`): it closes with the next straight mark.
        if open == '"' && close == '\u{201C}' {
            if let Some(k) = memchr::memchr(b'"', b.get(j..).unwrap_or(&[])).map(|k| j + k) {
                return Some((at, inner..k, k + 1));
            }
        }
        // A French title in guillemets quoting words in other marks (`« Jean Morel : "La
        // cantine d'abord" »`): it closes with the next `»`.
        if open == '«' && close != '»' && close != '«' {
            if let Some(k) = memchr::memmem::find(b.get(j..).unwrap_or(&[]), "»".as_bytes())
                .map(|k| j + k)
                .filter(|&k| {
                    memchr::memmem::find(b.get(inner..k).unwrap_or(&[]), "«".as_bytes()).is_none()
                })
            {
                return Some((at, inner..k, k + '»'.len_utf8()));
            }
        }
        let hugged = || !ws_after(inner) && !ws_before(j);
        let closes = match open {
            '“' | '"' => matches!(close, '”' | '"'),
            '„' => matches!(close, '“' | '”'),
            '«' => close == '»',
            '»' => close == '«' || (close == '»' && hugged()),
            '”' => close == '”' && hugged(),
            _ => false,
        };
        let chars = b
            .get(inner..j)
            .map_or(0, |r| r.iter().filter(|&&c| c & 0xC0 != 0x80).count());
        if closes && chars >= 2 {
            return Some((at, inner..j, j + close.len_utf8()));
        }
        // Any later match starts at or after the mark that ended this attempt.
        i = j;
    }
    None
}
/// Finds dates in the common citation shapes, in the order a regex would (the leftmost
/// start, and there the first of these shapes that fits, each part as long as it can be):
///
/// 1. `14 June 2021`, `3 Sept., 1999`
/// 2. `June 14, 2021`, `Jan. 3rd 1999`
/// 3. `June 2021`, `Dec., 1999`
/// 4. `2021-06-14`
/// 5. `2021, June 14`
/// 6. a year from 1600 to 2099
///
/// Months are English names or their abbreviations (capitalized, an optional dot), digits
/// ASCII ones, and a date stands between ASCII word boundaries. Written by hand: this was a
/// regex, whose search was a large part of parsing a note (it has no literal to skip to);
/// the tests keep that regex and compare the two on generated text.
struct Dates<'s> {
    s: &'s [u8],
    from: usize,
}

/// Every date in `s`, left to right, not overlapping.
fn dates(s: &str) -> Dates<'_> {
    let s = s.as_bytes();
    // Every shape holds a digit: without one, there is nothing to try.
    let from = if s.iter().any(u8::is_ascii_digit) {
        0
    } else {
        s.len()
    };
    Dates { s, from }
}

impl Iterator for Dates<'_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        let s = self.s;
        let mut i = self.from;
        while i < s.len() {
            let c = s.get(i).copied().unwrap_or(0);
            let may_start = c.is_ascii_digit() || b"JFMASOND".contains(&c);
            if may_start && !s.get(i.wrapping_sub(1)).is_some_and(|&p| is_word(p)) {
                if let Some(end) = date_at(s, i) {
                    self.from = end;
                    return Some(i..end);
                }
            }
            i += 1;
        }
        self.from = s.len();
        None
    }
}

/// An ASCII word byte (the regex `(?-u:\w)`).
fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Up to eight candidate ends, most preferred first.
#[derive(Default)]
struct Ends {
    v: [usize; 8],
    n: usize,
}

impl Ends {
    fn push(&mut self, e: usize) {
        if let Some(slot) = self.v.get_mut(self.n) {
            *slot = e;
            self.n += 1;
        }
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.v.iter().take(self.n).copied()
    }
}

/// `\d{min,max}` at `i`, greedy: the longest run first.
fn digits(s: &[u8], i: usize, min: usize, max: usize) -> Ends {
    let run = s
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let mut e = Ends::default();
    for n in (min..=run).rev() {
        e.push(i + n);
    }
    e
}

/// Exactly `n` digits at `i`.
fn digits_n(s: &[u8], i: usize, n: usize) -> Option<usize> {
    let d = s.get(i..i + n)?;
    d.iter().all(u8::is_ascii_digit).then_some(i + n)
}

/// `c?` at `i`, greedy.
fn opt(s: &[u8], i: usize, c: u8) -> Ends {
    let mut e = Ends::default();
    if s.get(i) == Some(&c) {
        e.push(i + 1);
    }
    e.push(i);
    e
}

fn byte_is(s: &[u8], i: usize, c: u8) -> bool {
    s.get(i) == Some(&c)
}

/// A month at `i`: its name, the longest spelling first (`September`, `Sept`, `Sep`), each
/// with then without a following dot.
fn month(s: &[u8], i: usize) -> Ends {
    const MONTHS: [(&[u8], &[&[u8]]); 12] = [
        (b"Jan", &[b"uary"]),
        (b"Feb", &[b"ruary"]),
        (b"Mar", &[b"ch"]),
        (b"Apr", &[b"il"]),
        (b"May", &[]),
        (b"Jun", &[b"e"]),
        (b"Jul", &[b"y"]),
        (b"Aug", &[b"ust"]),
        (b"Sep", &[b"tember", b"t"]),
        (b"Oct", &[b"ober"]),
        (b"Nov", &[b"ember"]),
        (b"Dec", &[b"ember"]),
    ];
    let mut out = Ends::default();
    let rest = s.get(i..).unwrap_or(&[]);
    let Some((base, longer)) = MONTHS.iter().find(|(b, _)| rest.starts_with(b)) else {
        return out;
    };
    let after = &rest[base.len()..];
    let mut spellings = Ends::default();
    for l in longer.iter().filter(|l| after.starts_with(l)) {
        spellings.push(i + base.len() + l.len());
    }
    spellings.push(i + base.len());
    for e in spellings.iter() {
        for e in opt(s, e, b'.').iter() {
            out.push(e);
        }
    }
    out
}

/// The end of the first shape that fits at `i`, at a word boundary.
fn date_at(s: &[u8], i: usize) -> Option<usize> {
    let boundary = |e: usize| {
        let before = s.get(e.wrapping_sub(1)).is_some_and(|&c| is_word(c));
        let after = s.get(e).is_some_and(|&c| is_word(c));
        before != after
    };
    // `,? YYYY` after `e`, the comma taken if it fits: where all of shapes 1 to 3 end.
    let comma_year = |e: usize| {
        opt(s, e, b',').iter().find_map(|c| {
            byte_is(s, c, b' ')
                .then(|| digits_n(s, c + 1, 4))
                .flatten()
                .filter(|&y| boundary(y))
        })
    };
    // 1. `14 June 2021`
    for d in digits(s, i, 1, 2).iter() {
        if !byte_is(s, d, b' ') {
            continue;
        }
        if let Some(end) = month(s, d + 1).iter().find_map(comma_year) {
            return Some(end);
        }
    }
    let months = month(s, i);
    // 2. `June 14, 2021`
    for m in months.iter() {
        if !byte_is(s, m, b' ') {
            continue;
        }
        for d in digits(s, m + 1, 1, 2).iter() {
            let mut suffixed = Ends::default();
            if [b"st", b"nd", b"rd", b"th"]
                .iter()
                .any(|x| s.get(d..d + 2) == Some(&x[..]))
            {
                suffixed.push(d + 2);
            }
            suffixed.push(d);
            let end = suffixed.iter().find_map(comma_year);
            if end.is_some() {
                return end;
            }
        }
    }
    // 3. `June 2021`
    if let Some(end) = months.iter().find_map(comma_year) {
        return Some(end);
    }
    if let Some(y) = digits_n(s, i, 4) {
        // 4. `2021-06-14`
        let iso = byte_is(s, y, b'-')
            .then(|| digits_n(s, y + 1, 2))
            .flatten()
            .filter(|&m| byte_is(s, m, b'-'))
            .and_then(|m| digits_n(s, m + 1, 2))
            .filter(|&e| boundary(e));
        if iso.is_some() {
            return iso;
        }
        // 5. `2021, June 14`
        if s.get(y..y + 2) == Some(b", ") {
            for m in month(s, y + 2).iter() {
                if !byte_is(s, m, b' ') {
                    continue;
                }
                if let Some(e) = digits(s, m + 1, 1, 2).iter().find(|&e| boundary(e)) {
                    return Some(e);
                }
            }
        }
        // 6. A year, 1600 to 2099.
        let century = s.get(i..i + 2).unwrap_or(&[]);
        let year = matches!(century, [b'1', b'6'..=b'9'] | [b'2', b'0']);
        if year && boundary(y) {
            return Some(y);
        }
    }
    None
}

/// The first date in `s`.
fn find_date(s: &str) -> Option<&str> {
    dates(s).next().and_then(|r| s.get(r))
}

/// The first date in `s` that is no page or report number, widened to the day, month or
/// season written before its year in words the scanner does not know (see [`widen_date`]).
fn date_span(s: &str) -> Option<std::ops::Range<usize>> {
    dates(s)
        .filter(|r| !page_like(s, r))
        .map(|r| widen_date(s, r))
        .next()
}

/// The seasons a quarterly's issue is named by.
const SEASONS: [&str; 5] = ["Spring", "Summer", "Autumn", "Fall", "Winter"];

/// A date found by [`dates`] with what it left out around its year, as written: a month in
/// another language before it (`4 avril 2023`, `3. März 2021`, `5 de mayo de 2020`, `3
/// marca 2024`, `1º marzo 2024`, `١ مارس ٢٠٢٤` once its digits are read, a short form with
/// its dot after a day, `3 mar. 2024`; the names are [`super::months`]'), a season
/// (`Spring 2022`), a numeric day and month (`14.02.2024`), the month and day after it in
/// Japanese and Chinese (`2024年3月3日`) and Russian GOST (`2024. — 3 марта`), and the day
/// before an English month written the German way (`3. August 2021`).
fn widen_date(s: &str, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let head = s.get(..r.start).unwrap_or("");
    let bare_year = r.len() == 4;
    if !bare_year {
        let month_first = s
            .get(r.clone())
            .is_some_and(|d| d.starts_with(char::is_alphabetic));
        return match day_before(head) {
            Some(d) if month_first => d..r.end,
            _ => r,
        };
    }
    if let Some(end) = month_day_after(s, r.end) {
        return r.start..end;
    }
    if let Some(start) = numeric_day_month(head) {
        return start..r.end;
    }
    let Some(h) = head.strip_suffix(' ') else {
        return r;
    };
    let h = h.strip_suffix(" de").unwrap_or(h);
    let w_start = h.rfind(' ').map_or(0, |i| i + 1);
    let w = h.get(w_start..).unwrap_or("");
    if w.is_empty() || w.len() > 24 {
        return r;
    }
    if SEASONS.contains(&w) {
        return w_start..r.end;
    }
    // Month names are letters (a short form ends in its dot): a word with other ASCII
    // (`Press,`, `(Oxford`) is none, and is neither lowered nor looked up.
    if w.strip_suffix('.')
        .unwrap_or(w)
        .bytes()
        .any(|c| c.is_ascii() && !c.is_ascii_alphabetic())
    {
        return r;
    }
    let lower = lower_word(w);
    let day_then = |at: usize| day_before(h.get(..at).unwrap_or(""));
    if super::months::number(&lower).is_some() {
        return day_then(w_start).unwrap_or(w_start)..r.end;
    }
    // A short form with its dot, after a day (`3 mar. 2024`, `15 jan. 2024`).
    if let Some(abbr) = lower.strip_suffix('.') {
        if super::months::abbreviated(abbr).is_some() {
            if let Some(d) = day_then(w_start) {
                return d..r.end;
            }
        }
        return r;
    }
    // A name of two words (`تشرين الثاني`).
    if let Some(p) = w_start.checked_sub(1) {
        let w2_start = h.get(..p).and_then(|t| t.rfind(' ')).map_or(0, |i| i + 1);
        let two = h.get(w2_start..).unwrap_or("");
        if two.len() <= 32 && super::months::number(&lower_word(two)).is_some() {
            return day_then(w2_start).unwrap_or(w2_start)..r.end;
        }
    }
    r
}

/// `w` in lower case, copied only when it has a capital.
fn lower_word(w: &str) -> std::borrow::Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Where the month and day written after a year at `at` end: `年3月3日` (or `年3月`),
/// GOST's `. — 3 марта`.
fn month_day_after(s: &str, at: usize) -> Option<usize> {
    let b = s.as_bytes();
    let rest = b.get(at..)?;
    if let Some(r) = rest.strip_prefix("年".as_bytes()) {
        let m = r.iter().take(2).take_while(|c| c.is_ascii_digit()).count();
        let r = r.get(m..)?.strip_prefix("月".as_bytes())?;
        let month_end = at + "年".len() + m + "月".len();
        if m == 0 {
            return None;
        }
        let d = r.iter().take(2).take_while(|c| c.is_ascii_digit()).count();
        let day = d > 0 && r.get(d..).is_some_and(|t| t.starts_with("日".as_bytes()));
        return Some(if day {
            month_end + d + "日".len()
        } else {
            month_end
        });
    }
    // GOST: `2024. — 3 марта`.
    let r = rest.strip_prefix(b". ")?;
    let r = r
        .strip_prefix("— ".as_bytes())
        .or_else(|| r.strip_prefix("– ".as_bytes()))?;
    let d = r.iter().take(2).take_while(|c| c.is_ascii_digit()).count();
    let r = r.get(d..)?.strip_prefix(b" ")?;
    let word_start = at + (rest.len() - r.len());
    let tail = s.get(word_start..)?;
    let word = tail
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    (d > 0 && super::months::number(&lower_word(word)).is_some()).then_some(word_start + word.len())
}

/// Where a numeric day and month end `head` right before a year (`14.02.` of
/// `14.02.2024`; `12/05/` of `12/05/2024`, `5/12/` of `5/12/2024` and `14-03-` of
/// `14-03-2022`, day and month either
/// way round as the writer's country has them, kept as written), if they do.
fn numeric_day_month(head: &str) -> Option<usize> {
    let b = head.as_bytes();
    let sep = *b.last()?;
    if !matches!(sep, b'.' | b'/' | b'-') {
        return None;
    }
    let h = &b[..b.len() - 1];
    let m = h
        .iter()
        .rev()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&m) {
        return None;
    }
    let h = h.get(..h.len() - m)?.strip_suffix(&[sep])?;
    let d = h
        .iter()
        .rev()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&d) || h.len() > d && is_word(h[h.len() - d - 1]) {
        return None;
    }
    // `1/2/3/2024` is no date.
    if h.len() > d && matches!(h[h.len() - d - 1], b'/' | b'-' | b'.') && sep != b'.' {
        return None;
    }
    let num = |x: &[u8]| x.iter().fold(0u32, |a, c| a * 10 + u32::from(c - b'0'));
    let start = h.len() - d;
    let (first, second) = (num(&h[start..]), num(&b[h.len() + 1..b.len() - 1]));
    let day_month = (1..=31).contains(&first) && (1..=12).contains(&second);
    let month_day = (1..=12).contains(&first) && (1..=31).contains(&second);
    (day_month || (sep != b'.' && month_day)).then_some(start)
}

/// Where a day of the month ends `head` (`4 `, `3. `, `5 de `, `1er `, `1º `), if it does.
fn day_before(head: &str) -> Option<usize> {
    let h = head.strip_suffix(' ')?;
    let h = h.strip_suffix(" de").unwrap_or(h);
    let mut w_start = h.rfind(' ').map_or(0, |i| i + 1);
    // `(15 de enero de 2024)`: the bracket is no part of the date.
    if matches!(h.as_bytes().get(w_start), Some(b'(' | b'[')) {
        w_start += 1;
    }
    let w = h.get(w_start..)?;
    let day = w
        .strip_suffix('.')
        .or_else(|| w.strip_suffix("er"))
        .or_else(|| w.strip_suffix('º'))
        .or_else(|| w.strip_suffix('°'))
        .unwrap_or(w);
    ((1..=2).contains(&day.len()) && day.bytes().all(|c| c.is_ascii_digit())).then_some(w_start)
}

/// Whether the year-like number at `r` is a page or a report's number: pages after a
/// journal's volume (`93 (12): 1879–1900`, `43: 1901`) or `pp.`, an issue's or volume's
/// number after `no.` or `vol.`, a number with a part (`Technical Reference 1730-2`; a
/// range of years ends in two digits or four).
fn page_like(s: &str, r: &std::ops::Range<usize>) -> bool {
    if r.len() != 4 {
        return false;
    }
    let after = s.get(r.end..).unwrap_or("");
    if let Some(d) = after.strip_prefix('-').or_else(|| after.strip_prefix('–')) {
        let n = d.bytes().take_while(u8::is_ascii_digit).count();
        if n != 0 && n != 2 && n != 4 {
            return true;
        }
        // A reference number (`ref. FOI-2024-3317`): four digits after it that are no year.
        if n == 4 && !d.get(..4).is_some_and(yearish) {
            return true;
        }
    }
    // Nor is one after a code's capitals and a hyphen (`FOI-2024`, `ISO-2015`); a month's
    // (`01-JAN-2020`, as military and archive dates write it) is a date's.
    let head = s.get(..r.start).unwrap_or("");
    if head.strip_suffix('-').is_some_and(|h| {
        let caps = h.len() - h.trim_end_matches(|c: char| c.is_ascii_uppercase()).len();
        let word = h.get(h.len() - caps..).unwrap_or("");
        caps > 0
            && ![
                "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT",
                "NOV", "DEC",
            ]
            .contains(&word)
    }) {
        return true;
    }
    // The end of a range whose start was no year either (`41: 1902–1911`); not a day and
    // month before it (`14-03-2022`).
    let head = s.get(..r.start).unwrap_or("");
    if let Some(h) = head.strip_suffix('-').or_else(|| head.strip_suffix('–')) {
        if h.ends_with(|c: char| c.is_ascii_digit()) && numeric_day_month(head).is_none() {
            return true;
        }
    }
    let before = head.trim_end();
    if let Some(v) = before.strip_suffix(':') {
        if v.ends_with(|c: char| c == ')' || c.is_ascii_digit()) {
            return true;
        }
    }
    let last = before
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    // An issue's or a volume's number (`373, no. 1753 (2018)`, `vol. 1987`) is no year
    // either: the year is in the brackets after it.
    [
        "p", "pp", "page", "pages", "no", "nos", "vol", "vols", "issue", "iss", "nr",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
}

/// The APA shape, `Authors (2020). Rest` (or `(2020a)`, `(2020, May 3)`, `(n.d.)`): the
/// authors, the date and the rest, as the regex
/// `^(.{2,200}?)\s*\(((?:1[6-9]|20)[0-9][0-9][a-z]?(?:, [^)]{1,30})?|n\.d\.)\)\.\s*(.+)$`
/// captures them (a test compares the two on generated text). Written by hand: the lazy
/// `.{2,200}?` of any character made that regex cost more to compile (a few milliseconds at
/// every start) than to run, and a failing search the costly kind.
struct Apa<'s> {
    authors: &'s str,
    date: &'s str,
    rest: &'s str,
}

fn apa_captures(s: &str) -> Option<Apa<'_>> {
    // Every match holds `).`, Harvard's `) ‘` or `) '`, or German's `): `; most notes are
    // not APA-shaped.
    if memchr::memmem::find(s.as_bytes(), b").").is_none()
        && memchr::memmem::find(s.as_bytes(), ") \u{2018}".as_bytes()).is_none()
        && memchr::memmem::find(s.as_bytes(), b") '").is_none()
        && memchr::memmem::find(s.as_bytes(), b"): ").is_none()
    {
        return None;
    }
    // The authors: the shortest run of 2 to 200 characters (no line break) after which the
    // rest matches.
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n > 200 {
            break;
        }
        if n >= 2 {
            if let Some((date, rest)) = apa_after_authors(s.get(i..).unwrap_or("")) {
                let authors = s.get(..i).unwrap_or("");
                return Some(Apa {
                    authors,
                    date,
                    rest,
                });
            }
        }
        if c == '\n' {
            break;
        }
    }
    None
}

/// `\s*\((date)\)\.\s*(.+)$` at the start of `t`: the date and the rest.
fn apa_after_authors(t: &str) -> Option<(&str, &str)> {
    let t = t
        .trim_start_matches(char::is_whitespace)
        .strip_prefix('(')?;
    let b = t.as_bytes();
    let date_len = if t.starts_with("n.d.") {
        4
    } else {
        let century = matches!(b, [b'1', b'6'..=b'9', ..] | [b'2', b'0', ..]);
        if !century || !b.get(2..4)?.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let mut k = 4 + usize::from(b.get(4).is_some_and(u8::is_ascii_lowercase));
        if b.get(k..k + 2) == Some(b", ") {
            // `[^)]{1,30}`: up to the next `)`, in characters.
            let tail = t.get(k + 2..)?;
            let close = tail.find(')')?;
            let n = tail.get(..close)?.chars().count();
            if !(1..=30).contains(&n) {
                return None;
            }
            k += 2 + close;
        }
        k
    };
    let date = t.get(..date_len)?;
    let closed = t.get(date_len..)?;
    // Harvard writes no stop after the year when a quoted title follows: `Abara, C. (2019)
    // ‘Shelving the ephemeral’, Library Culture Review, …`.
    // German author-date lists put a colon after the year (`Brandt, Helga (2019): Das Ende
    // der Inselfähren. Kiel: Möwenverlag.`): the rest keeps it, which tells the shape (see
    // [`parse_meta`]), when a title follows it.
    let after = closed
        .strip_prefix(").")
        .or_else(|| {
            closed
                .strip_prefix(") ")
                .filter(|r| r.starts_with(['\u{2018}', '\'']))
        })
        .or_else(|| {
            closed.strip_prefix(')').filter(|r| {
                r.strip_prefix(": ").is_some_and(|t| {
                    t.starts_with(|c: char| c.is_uppercase() || "„\"“*".contains(c))
                })
            })
        })?;
    // `\s*(.+)$`: the rest is not empty and holds no line break (`.` takes none); when the
    // blanks run to the end, the rest is the last of them.
    let body = after.trim_start_matches(char::is_whitespace);
    let rest = if body.is_empty() {
        let last = after.chars().next_back()?;
        after.get(after.len() - last.len_utf8()..)?
    } else {
        body
    };
    (!rest.contains('\n')).then_some((date, rest))
}

/// Whether a note's text only points back to a work cited before: it opens with `Id.`,
/// `Ibid.` (`Ibíd.`, `Ibidem`, `Idem`), German `Ebd.`/`Ebenda`, or is a short reference with
/// `supra` or `op. cit.` and no quoted title (`Kaur, supra note 3, at 214.`).
fn back_reference(text: &str) -> bool {
    const FIRST: [&str; 16] = [
        "Id.", "id.", "Ibid.", "ibid.", "Ibid", "ibid", "Ibíd.", "ibíd.", "Ibidem", "ibidem",
        "Idem", "idem", "Íd.", "Ebd.", "ebd.", "Ebenda",
    ];
    let t = text.trim_start();
    let first = t
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ';', ':']);
    if FIRST.contains(&first) || first == "ebenda" {
        return true;
    }
    // Most notes name no pointer at all: a byte search says so before any lowercasing.
    let may_point = |needle: &[u8]| memchr::memmem::find(t.as_bytes(), needle).is_some();
    if t.len() > 160 || !(may_point(b"upra") || may_point(b"UPRA") || may_point(b"cit.")) {
        return false;
    }
    let lower = t.to_lowercase();
    let pointer = lower.match_indices(" supra").any(|(i, w)| {
        lower
            .get(i + w.len()..)
            .and_then(|r| r.chars().next())
            .is_none_or(|c| !c.is_alphabetic())
    }) || lower.has_str("op. cit.")
        || lower.has_str("loc. cit.");
    pointer && quoted_title(t).is_none()
}

/// The words before the day a page was read, in the languages notes are written in
/// (compared ignoring ASCII case): that day is no date of the work.
pub(crate) const READ_ON: [&str; 28] = [
    "accessed",
    "retrieved",
    "viewed",
    "consulted",
    "last visited",
    "abgerufen",
    "zugegriffen",
    "zugriff",
    "consulté",
    "consultado",
    "consultato",
    "acesso",
    "acessado",
    "dostęp",
    "geraadpleegd",
    "bezocht op",
    "hämtad",
    "läst",
    "besøgt",
    "hentet",
    "обращения",
    "проверено",
    "اطلع عليه",
    "تاريخ الوصول",
    "引用日期",
    "閲覧日",
    "erişim",
    "citováno",
];

/// Whether the date at `m` is when the page was read: one of [`READ_ON`] shortly before it
/// with no number or stop between (`Consultado el 5 de abril de 2024`, `Дата обращения:
/// 5 апреля 2024`, `[dostęp 2024-04-05]`), or Japanese `閲覧` (`参照`) right after it
/// (`2024年4月5日閲覧`).
fn read_on(s: &str, m: &std::ops::Range<usize>) -> bool {
    let after = s.get(m.end..).unwrap_or("").trim_start();
    if after.starts_with("閲覧") || after.starts_with("参照") {
        return true;
    }
    // Czech and Slovak ISO 690: `[cit. 2024-04-06]` (the stop hides the word below).
    if s.get(..m.start).is_some_and(|h| h.ends_with("[cit. ")) {
        return true;
    }
    let mut from = m.start.saturating_sub(48);
    while from > 0 && !s.is_char_boundary(from) {
        from -= 1;
    }
    let Some(before) = s.get(from..m.start) else {
        return false;
    };
    let b = before.as_bytes();
    // The gap after the word holds no digit or stop, and no word holds one: the word lies
    // after the last of them. Then only the places where a word may start are compared
    // (a table of first bytes): this runs for every date of every note.
    let lo = b
        .iter()
        .rposition(|c| c.is_ascii_digit() || matches!(c, b'.' | b';' | b')' | b']'))
        .map_or(0, |i| i + 1);
    let w = b.get(lo..).unwrap_or(&[]);
    (0..w.len()).any(|p| {
        let first = w[p].to_ascii_lowercase();
        READ_ON_FIRST[usize::from(first)]
            && READ_ON.iter().any(|word| {
                let n = word.as_bytes();
                n.first() == Some(&first)
                    && w.get(p..p + n.len())
                        .is_some_and(|x| x.eq_ignore_ascii_case(n))
                    && w.len() - (p + n.len()) <= 24
            })
    })
}

/// Which bytes start a word of [`READ_ON`] (all written in lower case).
const READ_ON_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < READ_ON.len() {
        t[READ_ON[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// The date of the work a note's text `s` gives, as written: the first date that is neither
/// a page number, nor when the page was read or archived (`Archived from the original on
/// 20 March 2019`, Wikipedia's); a bare year is passed over for a fuller date of that year
/// later (`Budget 2024: … 1 March 2024`). Arabic-Indic digits (`١ مارس ٢٠٢٤`) are read as
/// digits.
pub(super) fn note_date(s: &str) -> Option<String> {
    if super::months::has_arabic_digit(s) {
        let (ascii, at) = super::months::ascii_digits(s);
        let r = note_date_range(&ascii)?;
        let (a, e) = (*at.get(r.start)?, *at.get(r.end)?);
        return s.get(a..e).map(str::to_string);
    }
    note_date_range(s)
        .and_then(|r| s.get(r))
        .map(str::to_string)
}

fn note_date_range(s: &str) -> Option<std::ops::Range<usize>> {
    note_date_start(s).map(|m| year_range(s, m))
}

/// A bare year `m` of `s` with the end of the range of years it opens, as written
/// (`1878–1919`, `1951-1959`): the years a logbook or a register was kept are its date. A
/// shorter end (`2022–23`, a financial year) or a later year not after it is no range of
/// these.
fn year_range(s: &str, m: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let b = s.as_bytes();
    if m.len() != 4 {
        return m;
    }
    let dash = match b.get(m.end..) {
        Some([b'-', ..]) => 1,
        Some([0xE2, 0x80, 0x93, ..]) => 3,
        _ => return m,
    };
    let from = m.end + dash;
    let Some(end) = digits_n(b, from, 4) else {
        return m;
    };
    let year = |r: std::ops::Range<usize>| s.get(r).and_then(|y| y.parse::<u32>().ok());
    match (year(m.clone()), year(from..end)) {
        (Some(a), Some(z)) if a < z && z - a <= 200 && !b.get(end).is_some_and(|&c| is_word(c)) => {
            m.start..end
        }
        _ => m,
    }
}

/// The first date of the work `s` gives (see [`note_date`]), a bare year without the range
/// it may open.
fn note_date_start(s: &str) -> Option<std::ops::Range<usize>> {
    let archived = |m: &std::ops::Range<usize>| {
        let mut from = m.start.saturating_sub(34);
        while from > 0 && !s.is_char_boundary(from) {
            from -= 1;
        }
        s.get(from..m.start)
            .is_some_and(|b| super::contains_ignore_ascii_case(b, "archived"))
    };
    // A bare year closing a title's words (`Trafikplan 2030, 2022`, `Bilan annuel 2022,
    // mars 2023`, `‘Autoluwe binnenstad 2025’, 14 maart 2024`): what the title is about; a
    // date opening a later segment is the note's.
    let titled_year = |m: &std::ops::Range<usize>| {
        let b = s.as_bytes();
        m.len() == 4
            && m.start >= 2
            && b.get(m.start - 1) == Some(&b' ')
            && b.get(m.start - 2)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)
            && match b.get(m.end..) {
                Some([b',', ..]) => true,
                // `’`, `”`, `»`.
                Some([0xE2, 0x80, 0x99 | 0x9D, ..] | [0xC2, 0xBB, ..]) => true,
                _ => false,
            }
    };
    let opens_segment = |m: &std::ops::Range<usize>| {
        s.get(..m.start)
            .is_some_and(|h| h.trim_end().ends_with(','))
    };
    // A parliament's session (`Fifth Report of Session 1997–98`) is the work's number, as a
    // title's year is: a date opening a later segment (`, 12 May 2020`) is the note's.
    let session_year = |m: &std::ops::Range<usize>| {
        m.len() == 4
            && s.get(..m.start).is_some_and(|h| {
                h.len() >= 8
                    && h.get(h.len() - 8..)
                        .is_some_and(|w| w.eq_ignore_ascii_case("session "))
            })
    };
    // A date the note says the work was published on (`published 12 June 2024`): it wins
    // over a year of the note's prose before it (`was built in 1961`) and a year closing a
    // title (`Reservoir Safety 2023, published …`).
    let published = published_date(s);
    let mut titled = false;
    let mut year: Option<std::ops::Range<usize>> = None;
    for m in dates(s)
        .filter(|m| !page_like(s, m))
        .map(|m| widen_date(s, m))
    {
        if archived(&m) || read_on(s, &m) || file_name_year(s, &m) {
            continue;
        }
        if published
            .as_ref()
            .is_some_and(|p| p.start > m.start && (prose_year(s, &m) || titled_year(&m)))
        {
            continue;
        }
        if titled && opens_segment(&m) {
            return Some(m);
        }
        if year.is_none() && (titled_year(&m) || session_year(&m)) {
            titled = true;
            year = Some(m);
            continue;
        }
        match &year {
            None if m.len() > 4 => return Some(m),
            // A fuller date of that year holds the year: with none of it further on, the
            // year is the date (most notes; the rest of the note is not read for dates).
            None if s
                .get(m.clone())
                .zip(s.get(m.end..))
                .is_none_or(|(y, rest)| {
                    memchr::memmem::find(rest.as_bytes(), y.as_bytes()).is_none()
                }) =>
            {
                return Some(m);
            }
            None => year = Some(m),
            Some(y) => {
                let fuller = m.len() > 4
                    && s.get(m.clone())
                        .zip(s.get(y.clone()))
                        .is_some_and(|(d, y)| d.contains(y));
                if fuller {
                    return Some(m);
                }
            }
        }
    }
    year
}

/// Whether the bare year `m` of `s` is part of a file's name (`sites-2024.geojson`,
/// `survey_2023.csv`): joined to a word before it by `-` or `_` and followed by a dot and
/// the file's extension. It names what the file holds, not when the work was published.
fn file_name_year(s: &str, m: &std::ops::Range<usize>) -> bool {
    let b = s.as_bytes();
    m.len() == 4
        && m.start >= 2
        && matches!(b.get(m.start - 1), Some(b'-' | b'_'))
        && b.get(m.start - 2).is_some_and(u8::is_ascii_alphanumeric)
        && b.get(m.end) == Some(&b'.')
        && b.get(m.end + 1).is_some_and(u8::is_ascii_alphabetic)
}

/// The words before `at` in `s`, last first, lower-cased and without punctuation: at most
/// `n`.
fn words_before(s: &str, at: usize, n: usize) -> Vec<String> {
    s.get(..at)
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(n)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// The first date of `s` a verb of publishing introduces (`published 12 June 2024`,
/// `released on 3 May 2023`, `issued in March 2022`), which is not when the page was read.
fn published_date(s: &str) -> Option<std::ops::Range<usize>> {
    const VERBS: [&str; 3] = ["published", "released", "issued"];
    // (Cheap first: most notes have no such word.)
    if !VERBS
        .iter()
        .any(|v| super::contains_ignore_ascii_case(s, v))
    {
        return None;
    }
    dates(s)
        .filter(|m| !page_like(s, m))
        .map(|m| widen_date(s, m))
        .find(|m| {
            let w = words_before(s, m.start, 3);
            let (verb, before) = match w.first().map(String::as_str) {
                Some("on" | "in") => (w.get(1), w.get(2)),
                _ => (w.first(), w.get(1)),
            };
            // (Not a first edition's date: `Penguin, 2003; first published in 1851`.)
            verb.is_some_and(|v| VERBS.contains(&v.as_str()))
                && !before.is_some_and(|b| matches!(b.as_str(), "first" | "originally"))
                && s.get(..m.start)
                    .and_then(|h| h.trim_end().chars().last())
                    .is_some_and(char::is_alphanumeric)
        })
}

/// Whether the bare year `m` of `s` is part of a sentence of prose about the thing cited
/// (`was built in 1961`, `has stood empty since 1998`): a preposition before it, and a
/// lower-case word before that which is no verb of publishing (`first published in 1851`).
fn prose_year(s: &str, m: &std::ops::Range<usize>) -> bool {
    if m.len() != 4 {
        return false;
    }
    let raw: Vec<&str> = s
        .get(..m.start)
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    let [prep, word] = raw.as_slice() else {
        return false;
    };
    matches!(
        *prep,
        "in" | "since" | "until" | "by" | "from" | "before" | "after"
    ) && word.len() > 2
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            *word,
            "published" | "released" | "issued" | "written" | "updated" | "revised" | "printed"
        )
}

/// Parses a note's text into bibliographic fields (Chicago, APA and MLA shapes).
#[must_use]
pub fn parse_meta(text: &str, italics: &[String]) -> NoteMeta {
    let mut meta = parse_fields(text, italics);
    if meta.publisher.as_deref().is_some_and(commentary) {
        meta.publisher = None;
    }
    meta
}

/// Whether a note's last field is a sentence of comment on the work, not its publisher
/// (`It replaced the 2019 policy.`, `The guidance was revised in 2023.` after the URL, or in
/// a paragraph of its own under the note): it opens with a pronoun or an article, most of
/// its words are lower-case, and one of them is a verb (an auxiliary, or a past form in
/// `-ed`). A publisher's name is mostly capitalised (`The University of Chicago Press`).
fn commentary(p: &str) -> bool {
    const OPENERS: [&str; 11] = [
        "It", "The", "This", "These", "They", "He", "She", "That", "Its", "A", "An",
    ];
    const AUX: [&str; 13] = [
        "was", "is", "were", "are", "has", "have", "had", "will", "would", "can", "could", "may",
        "did",
    ];
    // (Cheap first: most publishers open with no such word; no allocation.)
    if !p
        .split_whitespace()
        .next()
        .is_some_and(|w| OPENERS.contains(&w))
    {
        return false;
    }
    let (mut n, mut lower, mut verb) = (0usize, 0usize, false);
    for (k, w) in p.split_whitespace().enumerate() {
        n += 1;
        if w.starts_with(char::is_lowercase) {
            lower += 1;
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            verb |= k > 0 && (AUX.contains(&w) || (w.len() > 4 && w.ends_with("ed")));
        }
    }
    n >= 4 && lower * 2 >= n && verb
}

fn parse_fields(text: &str, italics: &[String]) -> NoteMeta {
    // Bluebook's signal before the citation (`*See generally* Paul Ng, …`) is no title.
    if let Some((rest, italics)) = super::notes_legal::after_signal(text, italics) {
        return parse_fields(rest, &italics);
    }
    let mut meta = NoteMeta {
        doi_urls: doi_urls(text),
        ..NoteMeta::default()
    };
    // URLs and access clauses say nothing about the work itself; nor does an arXiv
    // identifier, whose number is no date (`arXiv:1706.03762`).
    let mut clean = strip_urls(text);
    if meta.doi_urls.iter().any(|u| u.starts_with(ARXIV_ABS)) {
        clean = std::borrow::Cow::Owned(without_arxiv_ids(&clean));
    }
    let clean = clean.as_ref();
    // A note pointing back to a work cited before (`Id. at 50.`, `Ebd., S. 23.`, `Kaur,
    // supra note 3, at 214.`) names no work of its own: its `Id` is no title, `Ebd., S.`
    // no author.
    if back_reference(clean) {
        // A statute's name, however short the rest (`Rural Development Act 2019, supra note
        // 1, s. 12(1)`), is its title: the note names the Act it points back to.
        if let Some((name, _)) = statute(clean) {
            meta.title = Some(trim_title(name));
        }
        return meta;
    }
    // Bluebook's books, press releases, statutes and italic cases: see `notes_legal`.
    if let Some(legal) = super::notes_legal::fields(clean, italics) {
        return NoteMeta {
            doi_urls: meta.doi_urls,
            ..legal
        };
    }
    let date_of = note_date;
    // GOST (Russian and other post-Soviet lists): `Петров А. В. Городской транспорт. —
    // Казань : Татнигиздат, 2022. — 240 с.`, `Смирнов И. А. Мост через Каму // Вестник.
    // 2021. № 2. С. 14–19.` Only notes with GOST's separators are looked at.
    if let Some(g) = gost(clean) {
        meta.authors = g.authors;
        meta.title = Some(trim_title(g.title));
        meta.publisher = g.publisher;
        meta.date = date_of(g.after);
        return meta;
    }

    // German book: `Thomas Brandt: Die Nacht auf Schienen. Berlin: Kessel Verlag 2018.`
    if let Some(g) = german_colon_book(clean) {
        meta.authors = g.authors;
        meta.title = Some(trim_title(g.title));
        meta.publisher = g.publisher;
        meta.date = date_of(g.after);
        return meta;
    }
    // GB/T 7714 (Chinese): `李华. 题名[J]. 期刊名, 2023, 15(4): 33-41.`
    if let Some(g) = gbt7714(clean) {
        meta.authors = g.authors;
        meta.title = Some(trim_title(g.title));
        meta.publisher = g.publisher;
        meta.date = date_of(g.after);
        return meta;
    }

    // A note that explains rather than cites (`This statement assumes that you use the
    // setting “unixfrom” …`): what it quotes is not a title, nor is the prose before it a
    // list of authors.
    // Nor is a passage someone is said to have said or written (`Smith says “…” in his
    // memoir`).
    // A document's series and number between the names and the title (`Fenmoor County
    // Council, Cabinet report 23/118, “…”`) is neither prose nor names: left out of both.
    let first_quoted = quoted_title(clean).or_else(|| curly_single_title(clean));
    // `Byrne C, Okoro T. "At the front desk": porters' accounts of …. Hosp Pract J.
    // 2020;…`: a Vancouver title opening with a quoted phrase, its subtitle after the colon
    // in lower case; the quotation is part of the title, not all of it.
    if let Some(&(_, _, end)) = first_quoted.as_ref() {
        let subtitled = clean
            .get(end..)
            .and_then(|r| r.strip_prefix(": "))
            .is_some_and(|r| r.starts_with(char::is_lowercase));
        if subtitled {
            if let Some(v) = vancouver(clean) {
                return vancouver_meta(meta, v);
            }
        }
    }
    // `Jan Nowak, Nowy most na Wiśle, „Gazeta Miejska”, 3 marca 2024.`: the quoted name is
    // the periodical, the title stands before it.
    // `The spelling "Carrowe" appears on Admiralty charts until 1880.`: a sentence of the
    // note's own around the quoted words cites no work: no title, publisher or date.
    if first_quoted
        .as_ref()
        .is_some_and(|&(start, _, end)| sentence_around_quote(clean, start, end))
    {
        return meta;
    }
    if let Some((start, inner, end)) = first_quoted.clone() {
        let before = clean.get(..start).unwrap_or("");
        // `See my earlier post, “Fast Enough”.`: a pointer to a work by its title, named
        // in the note's own words, no author.
        let lead = before.trim_start();
        if ["See ", "see ", "Cf. ", "cf. ", "Compare ", "Also see "]
            .iter()
            .any(|p| lead.starts_with(p))
            && !lead.contains(|c: char| c.is_ascii_digit())
            && lead.split_whitespace().count() <= 6
            && split_authors(lead.split_once(' ').map_or("", |(_, r)| r)).is_empty()
        {
            meta.title = Some(trim_title(clean.get(inner).unwrap_or("")));
            let after = clean.get(end..).unwrap_or("");
            meta.publisher = publisher_in(after);
            meta.date = date_of(after);
            return meta;
        }
        // `*The Long Bank* podcast, episode 12, "…", 14 May 2023`: the quoted words are
        // the episode's title, the show before its number the series that publishes it.
        if let Some(series) = episode_before(before) {
            meta.title = Some(trim_title(clean.get(inner).unwrap_or("")));
            let (names, show) = series.rsplit_once_str(", ").unwrap_or(("", series));
            meta.authors = split_authors(names);
            let show = italics
                .iter()
                .find(|i| show.contains(i.as_str()))
                .map_or_else(|| trim_field(show), |i| trim_field(i));
            meta.publisher = Some(show).filter(|s| !s.is_empty());
            meta.date = date_of(clean.get(end..).unwrap_or(""));
            return meta;
        }
        if let Some(p) = quoted_periodical(clean, start, inner, end)
            .filter(|_| !discourse_word(before) && !reported_speech(before))
        {
            meta.authors = p.authors;
            meta.title = Some(p.title);
            meta.publisher = Some(p.periodical);
            meta.date = date_of(clean.get(end..).unwrap_or(""));
            return meta;
        }
    }
    // (The names before the title are found once, for the test and the fields.)
    // `Ann Reid, *Ferry Log*, “Updated list”`: an italic name between the names and the
    // quoted title is the larger work, its site or periodical (as after the title, MLA's
    // container), no author's.
    let mut site_before = None;
    let quoted = first_quoted.and_then(|(start, inner, end)| {
        let before = clean.get(..start).unwrap_or("");
        let names = names_part(before);
        let names = letter_sender(names).unwrap_or(names);
        let names = match italic_closing(names, italics) {
            Some((head, it)) => {
                site_before = Some(it);
                head
            }
            None => names,
        };
        // Names with the full date in brackets (`Pérez, Luis (3 de marzo de 2024).`,
        // Wikipedia's) are names too.
        let dated = || names_then_year(names).is_some_and(|(n, _)| !split_authors(n).is_empty());
        (!discourse_word(before)
            && !reported_speech(before)
            && (names.split_whitespace().nth(5).is_none()
                || !split_authors(names).is_empty()
                || dated()
                || body_before_described(before).is_some()))
        .then_some((start, inner, end, names))
    });
    if let Some((start, inner, end, before)) = quoted {
        meta.title = Some(trim_title(clean.get(inner).unwrap_or("")));
        let after = clean.get(end..).unwrap_or("");
        if let Some(apa) = apa_captures(before.trim()) {
            meta.authors = split_authors(apa.authors);
            meta.date = Some(fuller_date(apa.date, after));
        } else if let Some((names, year)) = names_then_year(before) {
            // `Jones, P. (2001). “…”`, `T. R. Oke. 2012. “…”`: the year is the date, or
            // the fuller date of that year after the title (`February 20, 2024`).
            meta.authors = split_authors(names);
            meta.date = if year.len() > 5 {
                // A full date given (`(18 March 2019)`): that is the date.
                Some(year.to_string())
            } else {
                let year4 = year.get(..4).unwrap_or(year);
                date_of(after)
                    .filter(|d| d.contains(year4))
                    .or_else(|| harvard_day_month(year, after))
                    .or_else(|| Some(year.to_string()))
            };
        } else {
            meta.authors = split_authors(before);
        }
        // `Archives municipales de Saint-Aubin, « … »`: a body named in sentence case.
        let body = before.trim().trim_end_matches(',').trim_end();
        if meta.authors.is_empty() && romance_body(&body.split_whitespace().collect::<Vec<_>>()) {
            meta.authors = vec![body.to_string()];
        }
        if meta.authors.is_empty() {
            if let Some(body) = body_before_described(clean.get(..start).unwrap_or("")) {
                meta.authors = vec![body.to_string()];
            }
        }
        // `Harbour Gazette, “Harbour dredging to start”, <…>`: a newspaper's name before
        // the title is its publisher, not its author.
        let mut periodical = None;
        let name = before.trim().trim_end_matches(',').trim();
        // (Written in sentence case, `District statistics office, "…"`, `Harbour gazette,
        // "…"`, the name is read as it reads capitalised.)
        let lowered = if meta.authors.is_empty() {
            sentence_case_name(name)
        } else {
            None
        };
        // `Harbour archive blog, “…”`, `Ann Reid, Harbour Archive Blog, “…”`: the site
        // publishes the piece, the names before it wrote it.
        let (site_head, site) = name.rsplit_once_str(", ").unwrap_or(("", name));
        if site_name_closing(site) {
            periodical = Some(site.trim().to_string());
            meta.authors = split_authors(site_head);
        } else if let [one] = meta.authors.as_slice() {
            if newspaper_name(one) && name == one {
                periodical = Some(one.clone());
                meta.authors.clear();
            }
        } else if meta.authors.is_empty() && newspaper_name(name) {
            periodical = Some(name.to_string());
        } else if let Some(body) = lowered {
            if body {
                meta.authors = vec![name.to_string()];
            } else {
                periodical = Some(name.to_string());
            }
        }
        // `The paper “…” by Ines Harrow, Tomasz Bell and Rhea Odum is published in …`: with
        // no names before the title, those after its `by` are the authors.
        let mut after = after;
        if meta.authors.is_empty() {
            if let Some((names, rest)) = names_by(after) {
                meta.authors = names;
                after = rest;
            }
        }
        // MLA: an italic container after the article title is the publication; not the
        // book a review is of (`review of *The Long Canal*, by …, *Canal Review*`).
        let italic_after = italics
            .iter()
            .find(|i| {
                after.find(i.as_str()).is_some_and(|k| {
                    !after
                        .get(..k)
                        .unwrap_or("")
                        .trim_end()
                        .to_ascii_lowercase()
                        .ends_with("review of")
                })
            })
            .map(|s| italic_journal(s));
        meta.publisher = italic_after
            .or(site_before)
            .or_else(|| publisher_in(after))
            .or(periodical);
        if meta.date.is_none() {
            meta.date = date_of(after).or_else(|| date_of(before));
        }
        return meta;
    }
    if let Some(apa) = apa_captures(clean.trim()) {
        meta.authors = split_authors(apa.authors);
        meta.date = Some(fuller_date(apa.date, apa.rest));
        // German author-date lists write a colon after the year (`Brandt, Helga (2019): Das
        // Ende der Inselfähren. Küstenverkehr im Wandel. Kiel: Möwenverlag.`): no part of
        // the title, and a sentence after the title before the place and publisher is its
        // subtitle.
        let german = apa.rest.strip_prefix(':').map(str::trim_start);
        let rest = german.unwrap_or(apa.rest);
        if let Some((title, publisher)) = german.and_then(subtitled_imprint) {
            meta.title = Some(trim_title(title));
            meta.publisher = Some(trim_field(publisher));
            return meta;
        }
        // Harvard: `Harlow, J. (2019) 'Who gets the shade?', Environment and Planning A, …`
        if let Some((title, after)) = single_quoted(rest) {
            meta.title = Some(trim_title(title));
            meta.publisher = publisher_in(after);
            if let Some(d) = harvard_day_month(apa.date, after) {
                meta.date = Some(d);
            }
            return meta;
        }
        let italic = italics.iter().find(|i| rest.contains(i.as_str()));
        // An article: `Title of the article. *Journal*, 8(2).` The italics are the
        // journal's; a book's title is the italics that open the rest.
        let (mut title, mut after) = split_sentence(rest);
        // A title ending with its own question or exclamation mark right before the
        // journal (`Who benefits from homework? *Economics of Education Review*`).
        if let Some(p) = italic.and_then(|it| rest.find(it.as_str())) {
            let head = rest.get(..p).unwrap_or("").trim_end();
            if head.ends_with(['?', '!']) && !head.has_str(". ") {
                (title, after) = (head, rest.get(p..).unwrap_or(""));
            }
        }
        if let Some(it) =
            italic.filter(|it| trim_title(title) != trim_title(it) && after.contains(it.as_str()))
        {
            meta.title = Some(trim_title(title));
            meta.publisher = Some(italic_journal(it));
        } else if let Some(it) = italic {
            meta.title = Some(trim_title(it));
            let after = rest.split_once(it.as_str()).map_or("", |(_, a)| a);
            meta.publisher = publisher_in(after);
        } else {
            let (title, after) = split_sentence(rest);
            if !title.is_empty() {
                meta.title = Some(trim_title(title));
            }
            // `Landesamt für Straßenbau (2021): Straßenbericht Nord. Brennfeld.`: a body's
            // own report in a German list, with only a place after the title: where it was
            // published (a German imprint gives `Ort: Verlag`), not who published it. A
            // person's entry too (`Brandt, Helga (2019): Titel. Kiel.`).
            if german.is_none() || !place_only(after) {
                meta.publisher = publisher_in(after);
            }
        }
        return meta;
    }
    if let Some(v) = springer(clean) {
        meta.authors = v.authors;
        meta.title = Some(v.title);
        meta.publisher = v.journal.or_else(|| publisher_in(v.after));
        meta.date = date_of(clean);
        return meta;
    }
    if let Some(v) = vancouver(clean).or_else(|| vancouver_newspaper(clean)) {
        return vancouver_meta(meta, v);
    }
    if let Some(h) = harvard_plain(clean) {
        meta.authors = h.authors;
        meta.title = Some(trim_title(h.title));
        // An italic journal or book after the title is where it was published.
        meta.publisher = italics
            .iter()
            .find(|i| h.after.contains(i.as_str()) && trim_title(i) != trim_title(h.title))
            .map(|s| italic_journal(s))
            .or_else(|| publisher_in(h.after));
        let year4 = h.year.get(..4).unwrap_or(h.year);
        meta.date = date_of(h.after)
            .filter(|d| d.contains(year4))
            .or_else(|| Some(h.year.to_string()));
        return meta;
    }
    if let Some(it) = italics.first() {
        if let Some((before, after)) = clean.split_once(it.as_str()) {
            meta.date = date_of(after).or_else(|| date_of(before));
            // `Interview mit Karl Brenner, in: *Lindenauer Zeitung*, 5. März 2024`: an
            // interview cited by whom it was with, then the periodical it appeared in, its
            // publisher; the piece has no title of its own here.
            if interview_opening(before) {
                meta.publisher = Some(italic_journal(it));
                return meta;
            }
            // `Priya Sandhu, review of *The Paper Tide*, *Coastal History Quarterly* 41, no.
            // 2 (2024)`: the reviewer is the author, the italics after the book's the
            // journal the review is in.
            if let Some(reviewer) = reviewer(before) {
                meta.title = Some(trim_title(it));
                meta.authors = split_authors(reviewer);
                meta.publisher = italics
                    .iter()
                    .skip(1)
                    .find(|i| after.contains(i.as_str()))
                    .map(|s| italic_journal(s))
                    .or_else(|| publisher_in(after));
                return meta;
            }
            // `H. Vellinga and W.-P. Planqué. Auditing labels at scale. *Bioacoustics*, 2021.`
            // (ACM's and LaTeX's plain styles): the names, the title as a sentence of its
            // own, then the italic journal or proceedings (`In *Proceedings of …*`: the
            // `In` before it is neither's).
            let acm = before
                .trim_end()
                .strip_suffix(" In")
                .filter(|b| b.ends_with(['.', ',']))
                .unwrap_or(before);
            if let Some((names, title)) =
                inverted_names(acm)
                    .or_else(|| initials_name(acm))
                    .filter(|(_, t)| {
                        let t = t.trim();
                        // A title of one word (`P. Ng. Against. *Journal E*`) is a word of four
                        // letters or more, not an editor's or translator's abbreviation.
                        let one_word = t.trim_end_matches(['.', ',']);
                        let lone_title = one_word.chars().count() >= 4
                            && one_word.chars().all(char::is_alphabetic)
                            && !["Trans", "Comp", "Edited"].contains(&one_word);
                        t.ends_with(['.', ','])
                            && (t.split_whitespace().nth(1).is_some() || lone_title)
                    })
            {
                meta.title = Some(trim_title(title.trim()));
                meta.authors = split_authors(names);
                meta.publisher = Some(italic_journal(it));
                return meta;
            }
            meta.title = Some(trim_title(it));
            // Harvard's book: `Duarte, M. (2017) *Restless Documents*. Toronto: …`.
            if let Some((names, year)) = names_then_year(before)
                .filter(|(_, y)| y.len() <= 5 && before.trim_end().ends_with(')'))
            {
                meta.authors = split_authors(names);
                meta.date = Some(year.to_string());
            } else {
                meta.authors = split_authors(before);
                // A body's name before the italic title (`Planbureau voor de
                // Leefomgeving, *…*`).
                // (Or in sentence case, `Tarn records office, *…*`.)
                let body = before.trim().trim_end_matches(',').trim_end();
                if meta.authors.is_empty()
                    && body.len() <= 80
                    && (body_name(body) || org_name(body) || sentence_case_name(body) == Some(true))
                {
                    meta.authors = vec![body.to_string()];
                }
            }
            // `*Ferry Log*, by Tom Hill, 2024.`: with no names before the title, those after
            // its `by` are the authors.
            let mut after = after;
            if meta.authors.is_empty() && before.trim().is_empty() {
                if let Some((names, rest)) = names_by(after) {
                    meta.authors = names;
                    after = rest;
                }
            }
            meta.publisher = publisher_in(after);
            // `Alan Greaves, *Grain Markets Quarterly*, Spring 2022.`: italics followed by
            // nothing but a season's issue name a periodical, the publication, not the
            // title of the piece.
            let tail = after.trim_matches(|c: char| c.is_whitespace() || ",.;".contains(c));
            if meta.publisher.is_none()
                && SEASONS.iter().any(|w| tail.starts_with(w))
                && date_span(tail).is_some_and(|d| d.start == 0 && d.end == tail.len())
            {
                meta.publisher = meta.title.take();
            }
            return meta;
        }
    }
    // Chinese and Japanese notes: the title in book-title marks `《…》` or corner brackets
    // `『…』` (a book), `「…」` (an article); the names before it.
    // The first bracket opened holds the title (`「论『红楼梦』的结构」` is one title).
    let first_open = ["《", "『", "「"]
        .iter()
        .filter_map(|open| clean.find(open).map(|at| (at, *open)))
        .min();
    if let Some((before, title, after)) = first_open.and_then(|(at, open)| {
        let (before, rest) = (&clean[..at], &clean[at + open.len()..]);
        let close = match open {
            "《" => "》",
            "『" => "』",
            _ => "」",
        };
        let (title, after) = rest.split_once(close)?;
        Some((before, title, after))
    }) {
        meta.title = Some(trim_title(title));
        let names = before
            .trim()
            .trim_end_matches([',', '，', '、', ':', '：'])
            .trim();
        if !names.is_empty() && names.chars().count() <= 20 {
            meta.authors = names
                .split(['、', '，', ';', '；'])
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect();
        }
        let after = after.trim_start_matches(|c: char| c.is_whitespace() || "，,。.、".contains(c));
        // The ideographic comma `、` parts fields too; a date (`2024年3月4日`) or a link's
        // words (`PDF版はこちら`, "the PDF is here") name no publisher.
        meta.publisher = after
            .split(['，', ',', '。', '、'])
            .map(str::trim)
            .find(|s| {
                !s.is_empty()
                    && note_date(s).is_none_or(|d| d.len() * 2 < s.len())
                    && !link_word(s)
                    && !s.ends_with("こちら")
            })
            .map(str::to_string);
        meta.date = date_of(clean);
        return meta;
    }
    // `R v Calloway [2024] EWCA Crim 512`, `Smith v Jones (2019) 3 WLR 44`: a case cited by
    // its name, the parties either side of `v`, then its law report's year.
    if let Some((name, after)) = case_name(clean) {
        // A party's `Inc.` or `Co.` keeps its full stop.
        let name = name.trim_end_matches(',');
        meta.title = Some(match name.rsplit(' ').next() {
            Some("Inc." | "Co." | "Corp." | "Ltd." | "Bros." | "Cos.") => fold_ws(name),
            _ => trim_title(name),
        });
        meta.date = date_of(after);
        return meta;
    }
    // `Water Services Act 2019, section 12(3)(b)`: a statute's name holds its year, which
    // is no date; a date the note gives after it is.
    if let Some((name, after)) = statute(clean) {
        meta.title = Some(trim_title(name));
        meta.date = date_of(after).filter(|d| !names_statute_year(after, d));
        return meta;
    }
    if let Some(b) = plain_book(clean) {
        meta.authors = b.authors;
        meta.title = Some(trim_title(b.title));
        meta.publisher = b.publisher;
        meta.date = date_of(b.imprint);
        return meta;
    }
    if let Some((authors, title, publisher, year)) = ieee_plain_book(clean) {
        meta.authors = authors;
        meta.title = Some(trim_title(title));
        meta.publisher = Some(publisher.to_string());
        meta.date = date_of(year);
        return meta;
    }
    // `Internal Incident Review: Lone Working 2024, Health and Safety Team, February 2025.`:
    // a title with its subtitle opening the note, then who issued it and when; a year in
    // the title is no date.
    if let Some((title, after)) = colon_title(clean) {
        meta.title = Some(trim_title(title));
        meta.publisher = publisher_in(after);
        meta.date = date_of(after);
        return meta;
    }
    // `Rev. A. Tulloch to the Clerk of the Transport Committee, 2 May 1973, …`: a letter
    // cited by its sender, recipient and date, with no title.
    if let Some(sender) = untitled_letter(clean) {
        meta.authors = split_authors(sender);
        meta.date = date_of(clean);
        return meta;
    }
    // `Fernhill Town Council, Minutes of the Planning Committee, 3 April 2023.`: a body's
    // name, then what of its is cited, plain, then its date: the body is the author.
    if let Some((author, title, after)) = body_then_title(clean) {
        meta.authors = vec![clean_author(author).to_string()];
        meta.title = Some(trim_title(title));
        meta.date = date_of(after);
        meta.publisher = publisher_in(after);
        return meta;
    }
    // `The Independent Review of the Collard Reservoir Leak, Dr Helena Partridge, January
    // 2025, pp. 3 and 41.`: a document's title first, then the person who wrote it.
    if let Some((title, person, after)) = title_then_person(clean) {
        meta.authors = vec![without_honorific(person).to_string()];
        meta.title = Some(trim_title(title));
        meta.date = date_of(after);
        return meta;
    }
    // `Carver Borough Council, Cabinet, 9 October 2024, item 7`: a body's name, then the
    // part of it whose papers are cited (no title), then the date: the body is the author.
    if let Some((body, after)) = body_then_unit(clean) {
        meta.authors = vec![clean_author(body).to_string()];
        meta.date = date_of(after);
        return meta;
    }
    // `National Weather Office. Precipitation measurement review. Technical report,
    // National Weather Office, 2020.`: LaTeX's plain styles' report or thesis.
    if let Some(r) = plain_report(clean) {
        meta.authors = split_authors(r.authors);
        meta.title = Some(trim_title(r.title));
        meta.publisher = r.institution.map(trim_field);
        meta.date = date_of(r.after);
        return meta;
    }
    if let Some((authors, rest)) = abnt_names(clean) {
        meta.authors = authors;
        let (title, after) = split_sentence(rest.trim_start());
        if !after.trim().is_empty() && !title.is_empty() {
            meta.title = Some(trim_title(title));
            // ABNT's imprint names its publisher after the place's colon (`São Paulo:
            // Atlas, 2019`): a place and then the date (`Varginha, 28 de fevereiro de
            // 2024`) names none.
            let place_dated = after.trim().split_once(", ").is_some_and(|(place, d)| {
                !place.contains(':') && date_span(d).is_some_and(|m| m.start == 0)
            });
            if !place_dated {
                meta.publisher = publisher_in(after);
            }
        }
    } else if let Some((names, rest)) = inverted_names(clean).or_else(|| {
        // `J. Smith. Title of the Book. Riverside Press, 2020.`: one name in reading order,
        // initials first, as a sentence of its own, when a title and more follow it.
        initials_name(clean).filter(|(_, rest)| {
            let (title, after) = split_sentence(rest.trim_start());
            title.starts_with(char::is_uppercase) && !after.trim().is_empty()
        })
    }) {
        meta.authors = split_authors(names);
        // `Title. Publisher, 2021.`: the title is a whole sentence with more after it; a
        // last sentence such as `Station log, 2024–2025` may run on into its date.
        // Chicago's author–date form (`Smith, John. 2021. Title. Paris: Seuil.`): the year
        // after the names is the date, no title; the title is the sentence after it. Not
        // when a year closes the entry too: then the number is a title (`Orwell, George.
        // 1984. London: Secker & Warburg, 1949.`).
        let rest = rest.trim_start();
        let rest = match rest.split_once_str(". ") {
            Some((year, r))
                if rest.starts_with(|c: char| c.is_ascii_digit())
                    && year.len() <= 5
                    && yearish(year)
                    && !names_a_year(r) =>
            {
                r
            }
            _ => rest,
        };
        let (mut title, after) = split_sentence(rest);
        // `Station log, 2024–2025. Held by the author.`: the date closing the sentence is
        // not part of the title.
        if let Some((head, tail)) = title.rsplit_once_str(", ") {
            let tail = tail.trim();
            let dated = find_date(tail).and_then(|d| tail.strip_prefix(d));
            if dated.is_some_and(|r| !r.contains(char::is_alphabetic)) {
                title = head;
            }
        }
        if !after.trim().is_empty() && !title.is_empty() {
            meta.title = Some(trim_title(title));
            meta.publisher = publisher_in(after);
            // `… deposition to 2050. Mar. Res. 9, 201–19 (2023).`: a year the title names is
            // what it is about; the entry's own date comes after it.
            if title.bytes().any(|c| c.is_ascii_digit()) && date_of(title).is_some() {
                // (Nature's year in brackets closes the entry, after its pages `2001–2019`.)
                let closing = after
                    .trim_end()
                    .trim_end_matches('.')
                    .strip_suffix(')')
                    .and_then(|r| r.rsplit_once_str(" ("))
                    .and_then(|(_, y)| date_of(y));
                if let Some(d) = closing.or_else(|| date_of(after)) {
                    meta.date = Some(d);
                    return meta;
                }
            }
        }
    } else if let Some((body, rest)) = group_then_year(clean) {
        // Chicago's author–date entry by a body or a group (`R Core Team. 2023. R: A
        // Language …. Vienna: R Foundation.`): the body is the author, the next sentence
        // the title.
        meta.authors = vec![body.to_string()];
        let (title, after) = split_sentence(rest);
        if !title.trim().is_empty() {
            meta.title = Some(trim_title(title));
            meta.publisher = publisher_in(after);
        }
    } else if let Some((body, title)) = body_title_published(clean) {
        meta.authors = vec![trim_field(body)];
        meta.title = Some(trim_title(title));
    } else if let Some(title) = record_then_locator(clean) {
        meta.title = Some(trim_title(title));
    } else if let Some(name) = name_then_kind(clean).or_else(|| body_then_kind(clean)) {
        meta.authors = vec![without_honorific(name).to_string()];
    }
    // `Interview with Martin Leitner, …, in Der Standard, 4 October 2023.`: the periodical
    // the untitled piece appeared in publishes it.
    if meta.publisher.is_none() {
        meta.publisher = periodical_in(clean);
    }
    // A background note in prose (`The University of Northmoor is a research-intensive
    // university. … ranked “world-leading” in the 2021 assessment.`) cites no work: a year
    // it names in passing before a noun is no date.
    // Nor is a date it names after a verb's participle (`… the £200 million announced in
    // October 2023 for harbour upgrades`): when something else happened.
    meta.date = date_of(clean).filter(|d| {
        !(prose_note(clean) && (attributive_year(clean, d) || date_of_event(clean, d)))
    });
    // An acknowledgement (`I thank the archivists … for their help in 2019.`) cites no
    // work: a year it names is when the help was given. Unless it names an exchange with
    // the one thanked (`…, 12 March 2021 conversation.`, `email correspondence, 9 May
    // 2025`): a personal communication, whose date is the source's.
    // (Only a note citing nothing: no title, no address; `I am grateful to J. Smith for
    // pointing me to her article, "Tides", Coastal Review 12 (2019).` cites it.)
    if meta.date.is_some()
        && meta.title.is_none()
        && meta.doi_urls.is_empty()
        && !text.contains("://")
        // (A work named in quotation marks or italics, the note's prose around it.)
        && !clean.contains(['"', '\u{201c}'])
        && italics.is_empty()
        && thanks_without_exchange(clean)
    {
        meta.date = None;
    }
    meta
}

/// Whether a note is an acknowledgement (`I thank …`, `I am grateful to …`, `My thanks to
/// …`) naming no exchange with whom it thanks (a conversation, an interview, an email, a
/// letter): it cites no work and has no date of its own.
fn thanks_without_exchange(clean: &str) -> bool {
    const OPENERS: [&str; 15] = [
        "i thank ",
        "we thank ",
        "i am grateful ",
        "i'm grateful ",
        "we are grateful ",
        "i am indebted ",
        "i'm indebted ",
        "we are indebted ",
        "i would like to thank ",
        "i wish to thank ",
        "we would like to thank ",
        "my thanks ",
        "our thanks ",
        "with thanks ",
        "the author thanks ",
    ];
    const EXCHANGES: [&str; 17] = [
        "conversation",
        "interview",
        "email",
        "e-mail",
        "correspondence",
        "letter",
        "discuss",
        "telephone",
        "phone",
        "message",
        "spoke",
        "told me",
        "wrote to me",
        "personal communication",
        "meeting",
        "exchange",
        "answered my",
    ];
    let head: String = prefix(clean.trim_start(), 40)
        .chars()
        .map(|c| {
            if c == '\u{2019}' {
                '\''
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    // `Thanks to` thanks only where a name follows and what they did (`Thanks to the staff
    // of the observatory, who …`, `Thanks to Jo Penrose for …`): it also means "because
    // of" (`Thanks to the 2010 reform, the share rose; see …`).
    let thanked = head.strip_prefix("thanks to ").is_some_and(|r| {
        r.starts_with(|c: char| c.is_alphabetic())
            && (clean.contains(" for ") || clean.contains(", who ") || clean.contains(" who "))
            && !r.starts_with("the ")
            || r.starts_with("the staff ")
            || r.starts_with("the team ")
    });
    if !thanked && !OPENERS.iter().any(|o| head.starts_with(o)) {
        return false;
    }
    let lower = clean.to_lowercase();
    !EXCHANGES.iter().any(|w| lower.contains(w))
}

/// A note opening with a body's or group's name, then the year, each a sentence of its
/// own (`R Core Team. 2023. …`, `World Health Organization. 2020. …`): the name and what
/// follows the year, when that opens with a capital. The name's words are all capitalised
/// (or joining words), with no comma or digit: an inverted personal name has its own rule.
fn group_then_year(clean: &str) -> Option<(&str, &str)> {
    const JOINING: [&str; 9] = ["of", "for", "and", "on", "the", "in", "to", "&", "de"];
    let (name, rest) = clean.trim_start().split_once(". ")?;
    let (year, rest) = rest.trim_start().split_once(". ")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (2..=10).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || JOINING.contains(w))
        && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '"' | '“' | '('));
    let rest = rest.trim_start();
    // (Not when a year closes the entry too: the number is then a title, `George Orwell.
    // 1984. London: Secker & Warburg, 1949.`, as for inverted names.)
    (named
        && year.len() <= 5
        && yearish(year)
        && rest.starts_with(char::is_uppercase)
        && !names_a_year(rest))
    .then_some((name, rest))
}

/// Whether `r` holds a run of four digits starting with 1 or 2 (a year, in a note's rest).
fn names_a_year(r: &str) -> bool {
    r.split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with('1') || d.starts_with('2')))
}

/// `names` (the text before a note's quoted title) when it closes with a segment that is
/// all one of the note's italics (`Ann Reid, *Ferry Log*,`): the text before that segment
/// and the italic name (as a journal's is read). `None` otherwise.
fn italic_closing<'s>(names: &'s str, italics: &[String]) -> Option<(&'s str, String)> {
    if italics.is_empty() {
        return None;
    }
    // (MLA's full stops too: `Reid, Ann. *Ferry Log*. “…”`; the stop after an initial
    // stays with the names.)
    let t = names.trim_end();
    let t = t
        .strip_suffix(',')
        .or_else(|| t.strip_suffix('.'))?
        .trim_end();
    let cut = [", ", ". "]
        .iter()
        .filter_map(|sep| t.rsplit_once_str(sep).map(|(h, _)| h.len()))
        .max();
    let (head, last) = match cut {
        Some(k) => (
            t.get(..k + 1).unwrap_or(""),
            t.get(k + 2..).unwrap_or("").trim(),
        ),
        None => ("", t.trim()),
    };
    let head = head.strip_suffix(',').unwrap_or(head);
    let it = italics.iter().find(|i| i.trim() == last)?;
    let name = italic_journal(it);
    (!name.is_empty()).then_some((head, name))
}

/// A German book or report cited with a colon after the names (`Vgl. Thomas Brandt: Die
/// Nacht auf Schienen. Geschichte des Schlafwagens. Berlin: Kessel Verlag 2018.`,
/// `Bundesamt für Verkehrsplanung (Hrsg.): Mobilität im ländlichen Raum. Bonn 2020, S.
/// 17–19.`): the names (a person's or a body's, `(Hrsg.)` after them), the title with its
/// subtitle, then the imprint, a place and perhaps a publisher after its colon, closing
/// with the year (a page after it allowed). Only notes whose last sentence holds such a
/// year, with no comma before it, are looked at. A semicolon before the year is Vancouver's
/// imprint (`Vienna: Harbour Press; 2023`), whose title's colon is a subtitle's (`Okafor A.
/// Tides: harbours and sand.`): no German entry.
fn german_colon_book(clean: &str) -> Option<Gost<'_>> {
    let t = clean.trim().trim_end_matches('.');
    let t = t.strip_prefix("Vgl. ").unwrap_or(t);
    // The imprint: `Bonn 2020`, `Berlin: Kessel Verlag 2018`, then perhaps `, S. 17–19`.
    let t = t.rsplit_once_str(", S. ").map_or(t, |(a, _)| a);
    let (head, imprint) = t.rsplit_once_str(". ")?;
    let (place_pub, year) = imprint.rsplit_once(' ')?;
    if !(year.len() == 4 && year.bytes().all(|c| c.is_ascii_digit()))
        || place_pub.contains(',')
        || place_pub.ends_with(';')
        || !place_pub.starts_with(char::is_uppercase)
        || dated_imprint(head, place_pub)
    {
        return None;
    }
    let (names, title) = head.split_once_str(": ")?;
    let names = names.trim();
    let bare = names
        .strip_suffix("(Hrsg.)")
        .or_else(|| names.strip_suffix("(Hg.)"))
        .unwrap_or(names)
        .trim();
    let authors = split_authors(bare);
    let authors = if !authors.is_empty() && names.len() == bare.len() {
        authors
    } else if body_name(bare) {
        vec![bare.to_string()]
    } else {
        return None;
    };
    let publisher = match place_pub.split_once_str(": ") {
        Some((place, publisher)) if place_name(place) => Some(publisher.trim().to_string()),
        Some(_) => return None,
        None if place_name(place_pub) => None,
        None => return None,
    };
    let title = title.trim();
    if title.is_empty() || title.contains(": ") && publisher.is_none() {
        return None;
    }
    Some(Gost {
        authors,
        title,
        publisher,
        after: imprint,
    })
}

/// A GB/T 7714 entry (Chinese reference lists): the names before the first `. `, the title
/// glued to its type code in brackets (`[J]`, `[M]`, `[N]`, `[EB/OL]`), then the journal or
/// newspaper (up to its comma), or a book's or report's `Place: Publisher, Year`. Only
/// notes holding `]. ` after a code of capitals are looked at.
fn gbt7714(clean: &str) -> Option<Gost<'_>> {
    let t = clean.trim();
    let b = t.as_bytes();
    let (open, close) = memchr::memchr_iter(b'[', b).find_map(|i| {
        let end = i + 1 + memchr::memchr(b']', b.get(i + 1..(i + 9).min(b.len()))?)?;
        let code = t.get(i + 1..end)?;
        let ok = i > 0
            && b.get(i - 1) != Some(&b' ')
            && b.get(end + 1) == Some(&b'.')
            && code
                .split('/')
                .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_uppercase()));
        ok.then_some((i, end))
    })?;
    let code = t.get(open + 1..close)?;
    let head = t.get(..open)?;
    let (authors, title) = match head.split_once_str(". ") {
        Some((names, title)) if names.chars().count() <= 40 && !title.is_empty() => (
            names
                .split([',', '，', '、'])
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect(),
            title,
        ),
        _ => (Vec::new(), head),
    };
    let after = t.get(close + 2..)?.trim_start();
    let first = after.split([',', '，']).next().unwrap_or("").trim();
    let publisher = match code.split('/').next() {
        Some("J" | "N") => Some(first),
        Some("M" | "R" | "D" | "C" | "S") => first.split_once(": ").map(|(_, p)| p.trim()),
        _ => None,
    }
    .filter(|p| !p.is_empty() && !p.starts_with(|c: char| c.is_ascii_digit() || c == '('))
    .map(|p| p.trim_end_matches('.').to_string());
    Some(Gost {
        authors,
        title: title.trim(),
        publisher,
        after,
    })
}

struct Gost<'s> {
    authors: Vec<String>,
    title: &'s str,
    publisher: Option<String>,
    after: &'s str,
}

/// A GOST entry (GOST R 7.0.5 and 7.1, Russian and other post-Soviet reference lists):
/// surnames each followed by initials (`Петров А. В.`, `Иванов И.И., Сидоров П. П.`), the
/// title, then either ` // ` and the journal or book it is in (its publisher), or `. — ` and
/// the imprint `Place : Publisher, Year`. Only notes holding ` // ` or `. — ` are looked at.
fn gost(clean: &str) -> Option<Gost<'_>> {
    let t = clean.trim();
    // (memmem, not `find_str`: a needle opening with a space would stop at every space.)
    let slashes = memchr::memmem::find(t.as_bytes(), b" // ");
    let dash = super::find_str(t, ". \u{2014} ").or_else(|| super::find_str(t, ". \u{2013} "));
    if slashes.is_none() && dash.is_none() {
        return None;
    }
    // The names: `Surname I. I.` items separated by commas; the last initial's full stop
    // ends them. A work with no names opens with its title (`Пассажиропоток за 2023 год //
    // Портал мэрии.`): only before ` // `.
    let names = || -> Option<(Vec<String>, usize)> {
        let mut authors = Vec::new();
        let mut rest = t;
        loop {
            let (surname, r) = rest.split_once(' ')?;
            let mut chars = surname.chars();
            if !(chars.next().is_some_and(char::is_uppercase)
                && surname.chars().count() >= 2
                && surname.chars().all(|c| c.is_alphabetic() || c == '-'))
            {
                return None;
            }
            // Initials, spaced or not (`А. В.`, `А.В.`, `А.`).
            let mut r = r;
            let mut n = 0;
            while n < 3 {
                let mut cs = r.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), Some('.')) if c.is_uppercase() => {
                        r = r.get(c.len_utf8() + 1..)?;
                        n += 1;
                        // A space between initials only when another follows.
                        let mut ahead = r.trim_start_matches([' ', '\u{a0}']).chars();
                        if matches!((ahead.next(), ahead.next()), (Some(c), Some('.')) if c.is_uppercase())
                        {
                            r = r.trim_start_matches([' ', '\u{a0}']);
                        }
                    }
                    _ => break,
                }
            }
            if n == 0 {
                return None;
            }
            authors.push(fold_ws(rest.get(..rest.len() - r.len())?));
            if let Some(more) = r.strip_prefix(", ") {
                rest = more;
            } else {
                rest = r.strip_prefix(' ')?;
                break;
            }
        }
        Some((authors, t.len() - rest.len()))
    };
    let (authors, head) = match names() {
        Some(n) => n,
        None if slashes.is_some_and(|s| dash.is_none_or(|d| s < d)) => (Vec::new(), 0),
        None => return None,
    };
    let (title, publisher, after) = match (slashes, dash) {
        (Some(s), d) if d.is_none_or(|d| s < d) && s > head => {
            let title = t.get(head..s)?;
            let host = t.get(s + 4..)?;
            // The journal up to its first sentence's end (`Вестник. 2021. № 2.`) or its dash.
            let end = [host.find(". "), host.find(" \u{2014} ")]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(host.len());
            let name = host.get(..end)?.trim().trim_end_matches('.');
            (title, (!name.is_empty()).then(|| name.to_string()), host)
        }
        (_, Some(d)) if d > head => {
            let title = t.get(head..d)?;
            let imprint = t.get(d + 2..)?;
            let imprint = imprint.get(imprint.find(' ')? + 1..)?;
            let first = imprint
                .find(". \u{2014} ")
                .map_or(imprint, |e| imprint.get(..e).unwrap_or(imprint));
            // `Казань : Издательство, 2022`: the publisher between the place and the year.
            let publisher = first.split_once(" : ").and_then(|(_, p)| {
                let p = p.rsplit_once(", ").map_or(p, |(n, y)| {
                    if y.trim_end_matches('.').bytes().all(|b| b.is_ascii_digit()) {
                        n
                    } else {
                        p
                    }
                });
                let p = p.trim().trim_end_matches('.');
                (!p.is_empty()).then(|| p.to_string())
            });
            (title, publisher, imprint)
        }
        _ => return None,
    };
    let title = title.trim();
    if title.is_empty() {
        return None;
    }
    Some(Gost {
        authors,
        title,
        publisher,
        after,
    })
}

/// `Das Ende der Inselfähren. Küstenverkehr im Wandel. Kiel: Möwenverlag.`: a title, a
/// sentence of capitalised and lower-case words with no colon or digit (its subtitle), then
/// the place and publisher closing the entry. The title with its subtitle, and the
/// publisher.
fn subtitled_imprint(rest: &str) -> Option<(&str, &str)> {
    let (title, after) = split_sentence(rest);
    let (sub, imprint) = split_sentence(after);
    let (place, publisher) = imprint.trim_end().split_once_str(": ")?;
    let publisher = publisher.trim_end_matches('.');
    let plain = |t: &str| {
        !t.is_empty()
            && t.starts_with(char::is_uppercase)
            && !t.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '(' | '"' | '„'))
            && t.split_whitespace().nth(20).is_none()
    };
    (plain(title)
        && plain(sub)
        && !publisher.has_str(". ")
        && place_then_publisher(place, publisher))
    .then(|| {
        (
            rest.get(..title.len() + 2 + sub.len()).unwrap_or(title),
            publisher,
        )
    })
}

/// Whether `after`, what follows the title of a German author–date entry (`Name (Jahr):
/// Titel. …`), is only a place, where it was published (a body's seat, or the town of a
/// person's book): one to three capitalised words with no colon (a German imprint writes
/// `Ort: Verlag`) nor a publisher's word (`Verlag`, `Press`).
fn place_only(after: &str) -> bool {
    const PUBLISHERS: [&str; 6] = ["verlag", "Verlag", "Press", "Presse", "Books", "Edition"];
    let place = after.trim().trim_end_matches('.');
    !place.is_empty()
        && !place.contains([':', '.', ','])
        && place.split_whitespace().nth(3).is_none()
        && place_name(place)
        && !PUBLISHERS.iter().any(|w| place.has_str(w))
}

/// Whether a note opens by saying it cites an interview and with whom, in any of several
/// languages (`Interview with`, `Interview mit`, `Entrevista con`, `Entretien avec`,
/// `Intervista a`, `Wywiad z`).
fn interview_opening(before: &str) -> bool {
    const OPENINGS: [&str; 11] = [
        "interview with ",
        "interview mit ",
        "interview met ",
        "entrevista con ",
        "entrevista com ",
        "entrevista a ",
        "entretien avec ",
        "interview avec ",
        "intervista a ",
        "intervista con ",
        "wywiad z ",
    ];
    let t = before.trim_start();
    // Every opening starts with `I`, `E` or `W`, either case.
    t.as_bytes()
        .first()
        .is_some_and(|c| matches!(c.to_ascii_lowercase(), b'i' | b'e' | b'w'))
        && OPENINGS
            .iter()
            .any(|o| super::starts_with_ignore_ascii_case(t, o))
}

/// Whether the date `d` stands in `clean` after a verb in its past form and a preposition
/// (`announced in October 2023`, `opened on 3 May 2021`): the date of what the sentence
/// tells, not of a work cited.
fn date_of_event(clean: &str, d: &str) -> bool {
    clean.match_indices(d).take(4).any(|(at, _)| {
        let mut words = clean.get(..at).unwrap_or("").split_whitespace().rev();
        let prep = words.next().unwrap_or("");
        let verb = words.next().unwrap_or("");
        ["in", "on", "since", "until"].contains(&prep)
            && verb.len() > 4
            && verb.ends_with("ed")
            && verb.chars().all(|c| c.is_ascii_lowercase())
    })
}

/// `Bundesministerium für Verkehr, Antwort auf die Kleine Anfrage „…“`: `before` (the
/// text before a note's quoted title) as a body's name (see [`body_name`]), a comma, then
/// in a few words with no stop what of the body's the title names. The body's name.
fn body_before_described(before: &str) -> Option<&str> {
    let (body, what) = before.trim_start().split_once_str(", ")?;
    let what = what.trim_end();
    let body = body.trim();
    (!what.is_empty()
        && !what.contains([',', ';', '.', ':', '(', ')', '"', '“', '”', '„'])
        && what.split_whitespace().nth(8).is_none()
        && body_name(body))
    .then_some(body)
}

/// `Skerry Mhor Lighthouse Logbook, vol. 3 (1880–1882), …`: a record kept (a logbook, a
/// diary, minutes, papers) named in capitalised words opening the note, then where in it
/// (a volume, a page; see [`locator_or_edition`]). The record's name, its title: no one's
/// name, though it looks like one.
fn record_then_locator(clean: &str) -> Option<&str> {
    const RECORDS: [&str; 10] = [
        "Diaries", "Diary", "Ledger", "Ledgers", "Log", "Logbook", "Logbooks", "Logs", "Minutes",
        "Papers",
    ];
    let (head, rest) = clean.trim_start().split_once_str(", ")?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let piece = rest.split(',').next().unwrap_or("").trim();
    ((2..=8).contains(&words.len())
        && words.last().is_some_and(|w| RECORDS.contains(w))
        && words
            .iter()
            .all(|w| capitalised_word(w) || ["of", "the"].contains(w))
        && words.first().is_some_and(|w| capitalised_word(w))
        && locator_or_edition(piece))
    .then_some(head.trim())
}

/// An author–date entry's year `year` (`Okafor, N. (2019). Keynote address, …, Leeds, 14
/// June 2019.`), or the full date of that year `rest` (the entry after it) gives as a piece
/// of its own, after a comma: a bare year gives way to it. A date in a title's subtitle
/// (`Labour market overview, UK: March 2023`) is the title's.
fn fuller_date(year: &str, rest: &str) -> String {
    if year.len() == 4 {
        if let Some(d) = note_date(rest).filter(|d| {
            d.len() > 4
                && d.contains(year)
                && rest
                    .find(d.as_str())
                    .and_then(|at| rest.get(..at))
                    .is_some_and(|h| h.ends_with(", "))
        }) {
            return d;
        }
    }
    year.to_string()
}

/// The reviewer's name before `review of` closing `before` (`Priya Sandhu, review of `), if
/// it closes with them.
fn reviewer(before: &str) -> Option<&str> {
    let t = before.trim_end();
    let head = t.len().checked_sub("review of".len())?;
    let names = t.get(..head)?;
    t.get(head..)?
        .eq_ignore_ascii_case("review of")
        .then(|| names.trim_end().trim_end_matches(',').trim_end())
        .filter(|n| !n.is_empty())
}

/// Whether a note is a sentence of its own, explaining rather than citing: its first
/// sentence has a subject and then, before any comma, `is`, `are`, `was` or `were` (`The
/// University of Northmoor is a …`, `Audio recordings are available …`).
fn prose_note(clean: &str) -> bool {
    let t = clean.trim_start();
    let first = super::find_str(t, ". ").map_or(t, |k| t.get(..k).unwrap_or(t));
    let clause = first.split([',', ';', ':', '(']).next().unwrap_or("");
    let mut words = clause.split_whitespace();
    words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.any(|w| matches!(w, "is" | "are" | "was" | "were"))
}

/// Whether the year `y` stands in `clean` as a word modifying the noun after it (`the 2021
/// assessment`, `its 2019 report`): a determiner before it, a word in lower case after.
fn attributive_year(clean: &str, y: &str) -> bool {
    const DETERMINERS: [&str; 10] = [
        "the", "its", "their", "this", "that", "a", "an", "our", "his", "her",
    ];
    if y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    clean.match_indices(y).take(8).any(|(at, _)| {
        let before = clean.get(..at).unwrap_or("");
        let after = clean.get(at + y.len()..).unwrap_or("");
        before.ends_with(' ')
            && before
                .split_whitespace()
                .next_back()
                .is_some_and(|w| DETERMINERS.contains(&w))
            && after.strip_prefix(' ').is_some_and(|r| {
                r.split_whitespace().next().is_some_and(|w| {
                    w.trim_end_matches(['.', ',', ';'])
                        .chars()
                        .all(|c| c.is_lowercase() || c == '-')
                        && w.starts_with(char::is_lowercase)
                })
            })
    })
}

/// The last words of a statute's name before its year (see [`statute`]).
pub(super) const STATUTE_KINDS: [&str; 7] = [
    "Act",
    "Acts",
    "Regulations",
    "Order",
    "Rules",
    "Measure",
    "Ordinance",
];

/// Whether the year `y` closes another statute's name in `s`, what follows a statute's
/// own (`…, inserted by the Railways and Transport Safety Act 2003, s. 111`): the amending
/// Act's year is part of its name, no date of the statute cited.
fn names_statute_year(s: &str, y: &str) -> bool {
    y.len() == 4
        && s.match_indices(y).take(4).any(|(at, _)| {
            let before = s.get(..at).unwrap_or("");
            let mut words = before.split_whitespace().rev();
            let last = words.next();
            let kind = if last == Some("of") {
                words.next()
            } else {
                last
            };
            before.ends_with(' ') && kind.is_some_and(|w| STATUTE_KINDS.contains(&w))
        })
}

/// A statute cited by its name (`Water Services Act 2019, section 12(3)(b)`, `Coast
/// Protection (Scotland) Regulations 2011, reg. 3`, `Clean Air Act of 1963`): the name
/// opening the note, up to its first comma or full stop, in capitalised words (a bracketed
/// `(Scotland)` or `(Amendment)` allowed), ending in `Act`, `Regulations`, `Order`, `Rules`
/// or `Measure` and its year. The name and what follows it.
fn statute(clean: &str) -> Option<(&str, &str)> {
    const SMALL: [&str; 8] = ["of", "and", "the", "for", "on", "in", "to", "(No."];
    let t = clean.trim_start();
    // A statutory instrument's number in its name (`… (No. 2) Accessibility Regulations
    // 2018`) holds a full stop that ends nothing.
    let stop = t
        .match_indices(". ")
        .find(|&(i, _)| !t.get(..i).is_some_and(|h| h.ends_with("(No")))
        .map(|(i, _)| i);
    let end = [super::find_str(t, ", "), stop, super::find_str(t, "; ")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or_else(|| t.trim_end().trim_end_matches('.').len());
    let name = t.get(..end)?.trim_end_matches([',', '.']);
    let words: Vec<&str> = name.split_whitespace().collect();
    let (year, head) = words.split_last()?;
    let head = head.strip_suffix(&["of"]).unwrap_or(head);
    let kind = head.last()?;
    let named = year.len() == 4
        && yearish(year)
        && STATUTE_KINDS.contains(kind)
        && (2..=14).contains(&words.len())
        && head
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && head.iter().all(|w| {
            SMALL.contains(w)
                || w.trim_start_matches('(')
                    .trim_end_matches(')')
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
    if !named {
        return None;
    }
    Some((name, t.get(end..).unwrap_or("")))
}

/// A title with its subtitle opening a note, then more after a comma (`Internal Incident
/// Review: Lone Working 2024, Health and Safety Team, February 2025.`): the part before
/// the first comma holds `: ` with two words at least before it, and is in title case
/// (capitalised words, or small ones), four words to twenty-five, no quotation marks or
/// brackets; a name never holds a colon. The title and what follows it.
fn colon_title(clean: &str) -> Option<(&str, &str)> {
    const SMALL: [&str; 20] = [
        "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by",
        "with", "from", "as", "vs", "per", "into",
    ];
    let t = clean.trim_start();
    let (title, after) = t.split_once_str(", ")?;
    let (head, sub) = title.split_once_str(": ")?;
    let words: Vec<&str> = title.split_whitespace().collect();
    let title_case = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && (4..=25).contains(&words.len())
        && head.split_whitespace().nth(1).is_some()
        && !sub.trim().is_empty()
        && words.iter().all(|w| {
            SMALL.contains(w) || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        && !title.contains(['"', '“', '”', '(', ')', '[', ']']);
    (title_case && after.chars().any(char::is_alphanumeric)).then_some((title, after))
}

/// The sender of a letter cited with no title (`Rev. A. Tulloch to the Clerk of the
/// Transport Committee, 2 May 1973, Kelvinside County Archive`): the note's first part is
/// a sender to a recipient ([`letter_sender`]), and a date opens the next. The kind may
/// open the note before its comma (`Letter, Joan Whitby to Kelby Estates Ltd, 3 May
/// 2024`); or say it is from the sender (`Letter from Joan Whitby to members of the
/// Riverside Allotment Society, 3 May 2024`, `Email from Tom Reyes, …`), which names a
/// letter whatever follows.
fn untitled_letter(clean: &str) -> Option<&str> {
    let (first, rest) = clean.trim_start().split_once_str(", ")?;
    let kind = matches!(
        first,
        "Letter" | "letter" | "Email" | "email" | "E-mail" | "Memo" | "memo"
    );
    let (first, rest) = if kind {
        rest.split_once_str(", ")?
    } else {
        (first, rest)
    };
    let from = letter_from(first);
    let sender = if kind {
        let (head, _) = first.split_once_str(" to ")?;
        sender_name(head)?
    } else {
        letter_sender(first)?
    };
    (from.is_some() || date_span(rest.trim_start()).is_some_and(|d| d.start == 0)).then_some(sender)
}

/// `text` after the words opening a letter's, an email's or a memo's citation by its
/// sender (`Letter from `, `letter from `, `Email from `, `Memo from `), when it opens with
/// them.
fn letter_from(text: &str) -> Option<&str> {
    const OPENINGS: [&str; 5] = [
        "letter from ",
        "email from ",
        "e-mail from ",
        "memo from ",
        "memorandum from ",
    ];
    let t = text.trim_start();
    // Every opening starts with `l`, `e` or `m`, either case.
    if !t
        .as_bytes()
        .first()
        .is_some_and(|c| matches!(c.to_ascii_lowercase(), b'l' | b'e' | b'm'))
    {
        return None;
    }
    OPENINGS
        .iter()
        .find(|o| super::starts_with_ignore_ascii_case(t, o))
        .and_then(|o| t.get(o.len()..))
}

/// A book or report cited in Chicago's note form with its title in plain text, as a text
/// file writes it (no italics to mark it).
struct PlainBook<'a> {
    authors: Vec<String>,
    title: &'a str,
    publisher: Option<String>,
    /// What the brackets after the title hold (`Hollowmere, 2024`).
    imprint: &'a str,
}

/// `Hollowmere Borough Council, Four-Day Week Trial: Twelve-Month Evaluation (Hollowmere,
/// 2024).`, `Jane Okoro, The Long Canal (London: Faber, 2019), 45.`: names before the first
/// comma, a title in title case (each word capitalised but the small ones, no comma or
/// quotation mark), then the imprint in brackets (a place, perhaps a colon and the
/// publisher, a comma and the year) closing the note or followed by a page.
fn plain_book(clean: &str) -> Option<PlainBook<'_>> {
    const SMALL: [&str; 22] = [
        "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by",
        "with", "from", "as", "vs", "per", "into", "over", "via",
    ];
    const POINTERS: [&str; 8] = ["See", "Cf.", "Compare", "Also", "For", "In", "The", "This"];
    let t = clean.trim();
    // The imprint: the note's last brackets, with only a page or two after them.
    let close = t.rfind(')')?;
    let tail = t.get(close + 1..)?.trim().trim_end_matches('.');
    let page = |p: &str| {
        let p = p.trim();
        p.split_whitespace().nth(2).is_none()
            && p.chars().any(|c| c.is_ascii_digit())
            && p.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '–'))
    };
    if !(tail.is_empty() || tail.strip_prefix(',').is_some_and(page)) {
        return None;
    }
    let open = t.get(..close)?.rfind(" (")?;
    let imprint = t.get(open + 2..close)?;
    let (place, year) = imprint.rsplit_once_str(", ")?;
    if !(year.len() == 4 && yearish(year)) || place.contains(['(', ')']) {
        return None;
    }
    let (place, publisher) = match place.split_once_str(": ") {
        Some((place, publisher)) => (place, Some(publisher.trim())),
        // `(Edinburgh University Press, 2011)`: the publisher alone, no place.
        None if place
            .rsplit(' ')
            .next()
            .is_some_and(|w| ["Press", "Books", "Publishers", "Publishing"].contains(&w))
            && place.contains(' ') =>
        {
            (place, Some(place))
        }
        None => (place, None),
    };
    if !place_name(place) || publisher.is_some_and(|p| p.is_empty() || p.contains(',')) {
        return None;
    }
    let (names, title) = t.get(..open)?.split_once_str(", ")?;
    // `Keepers: The Lighthouse Service and Its People, 1786–1998`: the years a title
    // covers, after its comma, name no one.
    let years_covered = title.rsplit_once_str(", ").is_some_and(|(_, y)| {
        y.split_once(['–', '-'])
            .is_some_and(|(a, b)| a.len() == 4 && yearish(a) && b.len() == 4 && yearish(b))
    });
    let words: Vec<&str> = title.split_whitespace().collect();
    let title_case = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.len() >= 2
        && words.len() <= 25
        && words.iter().all(|w| {
            SMALL.contains(w) || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        && !title.contains(['"', '“', '”', '(', ')'])
        // A title holding commas (`Roads, Rails and Ferries: …`) when the imprint names its
        // publisher (`(Glasgow: Strathan University Press, 2009)`), and none of its parts
        // is a name (`Ann Lee, Tom Ray, and Jo Fox, Tides`: more names).
        && (!title.contains(',')
            || ((publisher.is_some() || years_covered) && {
                let parts: Vec<&str> = title.split(", ").collect();
                // (A part holding a subtitle's colon is no name.)
                parts.split_last().is_some_and(|(_, head)| {
                    !head.iter().any(|p| !p.contains(':') && person_shaped(p))
                })
            }));
    if !title_case
        || names
            .split_whitespace()
            .next()
            .is_some_and(|w| POINTERS.contains(&w))
    {
        return None;
    }
    let authors = split_authors(names);
    if authors.is_empty() {
        return None;
    }
    Some(PlainBook {
        authors,
        title,
        publisher: publisher.map(str::to_string),
        imprint,
    })
}

/// IEEE's book in plain text, where no italics mark the title (`T. Nakagawa, Embedded
/// Radios for Coastal Sensing, 2nd ed. Osaka, Japan: Kaiyo Press, 2018.`, `A. Reyes and B.
/// Cole, Harbour Works. Lagos, Nigeria: Delta Press, 2019.`): names initials first, each
/// before a comma (the last after `and`), the title, then an edition or a full stop, and
/// the imprint closing the note, `Place: Publisher, year`. The names, the title, the
/// publisher and the year.
fn ieee_plain_book(clean: &str) -> Option<(Vec<String>, &str, &str, &str)> {
    let t = clean.trim().trim_end_matches('.');
    let (head, imprint) = t.rsplit_once_str(": ")?;
    let (publisher, year) = imprint.rsplit_once_str(", ")?;
    let publisher = publisher.trim();
    if !(year.len() == 4 && yearish(year) && publisher.starts_with(char::is_uppercase))
        || publisher.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ';' | '(' | '"'))
    {
        return None;
    }
    let whole_person = |p: &str| initialled_person(p).is_some_and(|n| n.len() == p.len());
    let mut authors = Vec::new();
    let mut rest = head;
    loop {
        let (piece, after) = rest.split_once_str(", ")?;
        let (piece, last) = match piece.strip_prefix("and ") {
            Some(p) => (p, true),
            None => (piece, false),
        };
        match piece.split_once_str(" and ") {
            Some((a, b)) if whole_person(a) && whole_person(b) => {
                authors.extend([a.to_string(), b.to_string()]);
                rest = after;
                break;
            }
            _ if whole_person(piece) => {
                authors.push(piece.to_string());
                rest = after;
                if last {
                    break;
                }
            }
            _ => break,
        }
    }
    if authors.is_empty() {
        return None;
    }
    // The edition (`, 2nd ed. `) or the title's full stop, then the place.
    let edition = rest.str_indices(", ").find_map(|k| {
        let after = rest.get(k + 2..)?;
        let n = after.split(' ').next()?;
        let ordinal = n.len() >= 3
            && n.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|o| n.ends_with(o));
        let place = after.get(n.len()..)?.strip_prefix(" ed. ")?;
        ordinal.then_some((k, place))
    });
    let (title, place) = match edition {
        Some((k, place)) => (rest.get(..k)?, place),
        None => rest.rsplit_once_str(". ")?,
    };
    let words = title.split_whitespace().count();
    (place_name(place)
        && title.starts_with(char::is_uppercase)
        && (2..=30).contains(&words)
        && !title.contains(['"', '“', '”']))
    .then_some((authors, title, publisher, year))
}

/// A public body's name, then in lower case what of its is cited, with no title
/// (`Landlords' Association, press statement, 13 March 2025, URL`, `Environment, Food and
/// Rural Affairs Committee, oral evidence, …`, `Planning Inspectorate, Hollin Edge quarry
/// inquiry, …`): the body, which wrote it. The name runs to the comma before the first
/// piece that describes (a word in lower case other than a name's small ones, within its
/// first eight words), and ends in a word naming a body that writes ([`AUTHOR_BODIES`]:
/// `Committee`, `Association`, not a periodical's `Gazette` or `Reports`) or opens with one
/// and `of` or `for` (`Department for Transport`); its words capitalised or small.
fn body_then_kind(clean: &str) -> Option<&str> {
    const SMALL: [&str; 8] = ["of", "for", "and", "the", "on", "in", "&", "de"];
    const HEADS: [&str; 12] = [
        "Bank",
        "Borough",
        "Commission",
        "Committee",
        "Council",
        "County",
        "Department",
        "Friends",
        "House",
        "Ministry",
        "Office",
        "Secretary",
    ];
    // Words that go on with names (`and`, `ed.`) or with the note's own sentence.
    const NOT_KINDS: [&str; 16] = [
        "and", "et", "ed.", "eds.", "ed", "eds", "trans.", "which", "who", "whose", "that",
        "where", "when", "as", "but", "while",
    ];
    let t = clean.trim_start();
    let (at, piece, seg) = t
        .match_indices(", ")
        .take(3)
        .enumerate()
        .find_map(|(k, (i, _))| {
            let rest = t.get(i + 2..)?;
            let seg = rest.split([',', ';', '(', '.']).next()?;
            let words: Vec<&str> = seg.split_whitespace().collect();
            let kind = words.iter().take(8).any(|w| {
                w.starts_with(char::is_lowercase)
                    && !SMALL.contains(w)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
            });
            // Or, straight after the name, a kind of document as German writes its nouns,
            // capitalised (`Stadtwerke Lindenau GmbH, Pressemitteilung, …`).
            let named = || k == 0 && seg.starts_with(char::is_uppercase) && genre(seg);
            (kind || named()).then_some((i, words.first().copied().unwrap_or(""), seg))
        })?;
    if NOT_KINDS.contains(&piece) {
        return None;
    }
    let name = t.get(..at)?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let word_ok = |w: &&str| {
        let w = w.trim_end_matches(',');
        SMALL.contains(&w)
            || (w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
    };
    let body = words.last().is_some_and(|w| AUTHOR_BODIES.contains(w))
        || (words.first().is_some_and(|w| HEADS.contains(w))
            && words
                .get(1)
                .is_some_and(|w| ["of", "for", "on"].contains(w)))
        || local_body(&words);
    // `Assemblée nationale, compte rendu intégral, …`: a name written as French or German
    // write one (see [`org_name`]).
    // Or any body's name (see [`body_name`]: `Stadtwerke Lindenau GmbH`, `City of
    // Eastmoor`) before a kind of document named as such (`press release`,
    // `Pressemitteilung`, `communiqué de presse`): a publisher's name (`Oxford University
    // Press, reprint edition`) is read as a body's only before one of those.
    // Or one word naming a body (`Bundesverfassungsgericht`, `Västtrafik`), or a Czech or
    // Slovak town's office (`Statutární město Brno`).
    (((2..=12).contains(&words.len())
        && (words.iter().all(word_ok) && body || org_name(name) || genre(seg) && body_name(name)))
        || (words.len() == 1 && body_name(name))
        || czech_town(name))
    .then_some(name)
}

/// Whether a name is a Czech or Slovak town's or city's (`Statutární město Brno`, `Město
/// Tábor`, `Hlavní město Praha`, `Mesto Žilina`, `Obec Lhota`): the head, then one to three
/// capitalised words.
fn czech_town(name: &str) -> bool {
    const HEADS: [&str; 7] = [
        "Statutární město ",
        "Hlavní město ",
        "Magistrát města ",
        "Město ",
        "Mesto ",
        "Obec ",
        "Hlavné mesto ",
    ];
    if !name.starts_with(['S', 'H', 'M', 'O']) {
        return false;
    }
    HEADS
        .iter()
        .find_map(|h| name.strip_prefix(h))
        .is_some_and(|place| {
            let n = place.split_whitespace().count();
            (1..=3).contains(&n)
                && place
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) || w == "nad" || w == "pod")
        })
}

/// Whether the words of a name are a local government's, as French, Spanish, Italian,
/// German and Dutch write one: a head ([`LOCAL_HEADS`]: `Mairie`, `Ville`, `Ayuntamiento`,
/// `Comune`) and a joiner (`Mairie de Villeneuve`, `Comune di Bologna`), or a head taking
/// the place's name straight after it ([`PLACE_HEADS`]: `Stadt Lindenau`, `Gemeente
/// Utrecht`, `Région Bretagne`), with a capitalised word after the joiner or head and at
/// most five words after the head.
fn local_body(words: &[&str]) -> bool {
    const JOINERS: [&str; 8] = ["de", "du", "des", "di", "del", "della", "da", "do"];
    let Some((head, rest)) = words.split_first() else {
        return false;
    };
    let place =
        |w: &&str| w.starts_with(char::is_uppercase) || w.starts_with("l'") || w.starts_with("l’");
    // (`Conseil départemental de la Gironde`, `Junta de Andalucía` are [`org_name`]'s.)
    let joined = || {
        LOCAL_HEADS.contains(head)
            && rest.first().is_some_and(|w| JOINERS.contains(w))
            && rest
                .iter()
                .skip(1)
                .find(|w| !["la", "le", "les"].contains(*w))
                .is_some_and(place)
    };
    (1..=5).contains(&rest.len())
        && (joined() || (PLACE_HEADS.contains(head) && rest.first().is_some_and(place)))
}

/// The heads of local governments' names that a joiner follows (`Mairie de Villeneuve`,
/// `Ayuntamiento de Lindares`, `Comune di Bologna`), see [`local_body`].
const LOCAL_HEADS: [&str; 10] = [
    "Ayuntamiento",
    "Commune",
    "Comune",
    "Concello",
    "Département",
    "Mairie",
    "Municipalidad",
    "Municipio",
    "Provincia",
    "Ville",
];

/// The heads of local governments' names that the place's name follows straight away
/// (`Stadt Lindenau`, `Gemeente Utrecht`, `Région Bretagne`, `Regione Lombardia`), see
/// [`local_body`].
const PLACE_HEADS: [&str; 8] = [
    "Gemeente",
    "Gemeinde",
    "Kanton",
    "Landkreis",
    "Provincie",
    "Regione",
    "Région",
    "Stadt",
];

/// `Fernhill Town Council, Minutes of the Planning Committee, 3 April 2023.`, `Mairie de
/// Villeneuve, Registre des délibérations, 2015–2018.`, `Pell & Sons, Ledger of Accounts,
/// 1902–1904, …`: a body's name (see [`body_name`]), a plain title opening with a capital
/// (a subtitle after its colon allowed: `Transport Authority, Route 4 timetable change:
/// six-month review, 14 February 2024`), then a date straight after it (or after what
/// happened on it: `submitted 3 November 2022`); or a person named with initials there (see
/// [`initialled_person`]). The author (the body's name, or the person's without the letters
/// after it), the title and the rest from the date on; `None` for any other shape. A person's inverted name (`Smith, John, The Long
/// Canal, 2001`) is no body's: its surname alone is no name of one.
fn body_then_title(clean: &str) -> Option<(&str, &str, &str)> {
    let t = clean.trim_start();
    let (body, rest) = t.split_once_str(", ")?;
    let (title, after) = rest.split_once_str(", ").unwrap_or((rest, ""));
    // The date in brackets after the title (`Pellow Farm Solar Ltd, Planning Statement (July
    // 2025), para. 4.3`): the rest from the date on. (A bare year there is a book's
    // imprint: see [`plain_book`].)
    let (title, after) = match title
        .trim_end()
        .strip_suffix(')')
        .and_then(|h| h.rsplit_once(" ("))
    {
        Some((head, d))
            if d.len() > 4
                && !head.contains(['(', ')'])
                && date_span(d).is_some_and(|m| m.start == 0 && m.end == d.len()) =>
        {
            (head, rest.get(head.len() + 2..).unwrap_or(""))
        }
        _ => (title, after),
    };
    // What happened to the document on its date (`submitted 3 November 2022`).
    // Or as of which date it stands (`Stand: Februar 2024`, `état au 1er mars 2024`).
    const EVENTS: [&str; 13] = [
        "submitted ",
        "published ",
        "issued ",
        "dated ",
        "received ",
        "laid ",
        "as of ",
        "Stand: ",
        "Stand ",
        "état au ",
        "actualizado a ",
        "aggiornato al ",
        "stan na ",
    ];
    let title = title.trim();
    let after = after.trim_start();
    let on = EVENTS
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let dated = date_span(on).is_some_and(|m| m.start == 0);
    // Or where in it, with no date (`Kapazitätsbericht 2023, S. 44.`), or what kind of
    // document it is, in lower case (`delibera della Giunta comunale n. 7, 3 marzo 2024`):
    // a body's name only.
    let located = || {
        segments(after).next().is_some_and(|seg| {
            let seg = trim_field(seg);
            let seg = seg.trim_end_matches('.');
            locator_or_edition(seg) || kind_named(seg)
        })
    };
    // A subtitle after a colon (`Route 4 timetable change: six-month review`), not a place
    // and its publisher (`London: Faber`).
    let subtitled = match title.split_once_str(": ") {
        None => !title.contains(':'),
        Some((head, sub)) => {
            !sub.contains(':')
                && head.split_whitespace().nth(1).is_some()
                && !place_then_publisher(head, sub)
        }
    };
    let plain_title = title.starts_with(char::is_uppercase)
        && title.split_whitespace().nth(20).is_none()
        && !title.contains(['"', '“', '”', '(', ')', '[', ']', ';'])
        && subtitled
        && date_span(title).is_none_or(|m| m.len() * 2 < title.len())
        && !genre(title)
        && !locator_or_edition(title)
        && !address(title)
        && !month_day(title)
        && !unit_name(title);
    if !plain_title {
        return None;
    }
    // Or nothing after a title that ends with the date of what it records (`Compte rendu
    // de la réunion publique du 28 février 2024`): that date is the note's.
    let title_date = || {
        let title = title.trim_end_matches('.');
        after
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ','))
            .is_empty()
            .then(|| note_date_range(title))
            .flatten()
            .filter(|m| m.end == title.len() && m.len() > 4)
            .and_then(|m| title.get(m.start..))
    };
    let after_is_empty = || {
        after
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ','))
            .is_empty()
    };
    let author = if (body_name(body) || org_name(body)) && (dated || located()) {
        body
    } else if dated {
        initialled_person(body)?
    } else if let Some(date) = title_date().filter(|_| body_name(body)) {
        return Some((body, title, date));
    } else if body_name(body) && names_document(title) && after_is_empty() {
        // Nothing after a title naming a kind of document (`Harbour District Council,
        // Parking Annual Report 2023`): a year in it is the title's, no date.
        return Some((body, title, ""));
    } else {
        return None;
    };
    Some((author, title, after))
}

/// A body's name, then a part of that body rather than a work ([`unit_name`]: `Cabinet`,
/// `Planning Committee`, `School of Biosciences`), then straight after it a date
/// (`Carver Borough Council, Cabinet, 9 October 2024, item 7, para. 4.2`): the papers of
/// that part of the body, which names no title. The body's name and the rest from the date
/// on; `None` for any other shape.
fn body_then_unit(clean: &str) -> Option<(&str, &str)> {
    let (body, rest) = clean.trim_start().split_once_str(", ")?;
    let (unit, after) = rest.split_once_str(", ")?;
    let after = after.trim_start();
    (body_name(body)
        && unit_name(unit.trim())
        && !unit.contains(['"', '“', '(', ':'])
        && date_span(after).is_some_and(|m| m.start == 0))
    .then_some((body, after))
}

/// A report, thesis or working paper as LaTeX's plain styles set it: the authors as a
/// sentence (a body's name, one person's name initials first, or names a surname first),
/// the title as the next, then the kind of document with its number if it has one, the
/// institution and the year (`National Weather Office. Precipitation measurement review.
/// Technical report, National Weather Office, 2020.`, `J. Smith. Gauge siting. PhD thesis,
/// University of Eastmoor, 2019.`).
struct PlainReport<'a> {
    authors: &'a str,
    title: &'a str,
    institution: Option<&'a str>,
    after: &'a str,
}

fn plain_report(clean: &str) -> Option<PlainReport<'_>> {
    const KINDS: [&str; 13] = [
        "Technical report",
        "Technical Report",
        "Tech. rep.",
        "Tech. Rep.",
        "Research report",
        "Research Report",
        "Working paper",
        "Working Paper",
        "White paper",
        "PhD thesis",
        "Ph.D. thesis",
        "Master's thesis",
        "Master\u{2019}s thesis",
    ];
    let t = clean.trim();
    let (k, kind) = KINDS
        .iter()
        .filter_map(|kind| {
            let i = super::find_str(t, kind)?;
            t.get(..i)
                .is_some_and(|h| h.ends_with(". "))
                .then_some((i, *kind))
        })
        .min_by_key(|&(i, _)| i)?;
    let before = t.get(..k)?.trim_end();
    let after = t.get(k + kind.len()..)?;
    // The report's number (`Technical Report 12`, `TR-2020-3`) up to the comma.
    let after = match after.strip_prefix(' ') {
        Some(num) => {
            let (n, rest) = num.split_once_str(", ")?;
            if n.is_empty()
                || n.split_whitespace().nth(2).is_some()
                || !n.contains(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            rest
        }
        None => after
            .strip_prefix(", ")
            .or_else(|| after.strip_prefix('.'))?,
    };
    let (authors, title) = match split_sentence(before) {
        (body, rest) if !rest.is_empty() && body_name(body.trim()) => (body, rest),
        _ => initials_name(before).or_else(|| inverted_names(before))?,
    };
    let title = title.trim().trim_end_matches('.');
    if !title.starts_with(char::is_uppercase)
        || title.split_whitespace().nth(1).is_none()
        || title.has_str(". ")
    {
        return None;
    }
    // The institution, unless the date comes first.
    let (first, rest) = after
        .trim_start()
        .split_once_str(", ")
        .unwrap_or((after.trim_start(), ""));
    let institution = (first.starts_with(char::is_uppercase)
        && date_span(first).is_none_or(|m| m.start > 0))
    .then_some(first);
    Some(PlainReport {
        authors: authors.trim().trim_end_matches('.'),
        title,
        institution,
        after: if institution.is_some() { rest } else { after },
    })
}

/// A document's title opening a note, then the person who wrote it, then its date
/// (`The Independent Review of the Collard Reservoir Leak, Dr Helena Partridge, January
/// 2025, pp. 3 and 41.`): the title names a kind of document ([`names_document`]) and holds
/// a small word, so it is no name; the person is named with an honorific (`Dr`, `Prof.`,
/// `Ms`) or with initials (see [`initialled_person`]). The title, the person and the rest
/// from the date on; `None` for any other shape.
fn title_then_person(clean: &str) -> Option<(&str, &str, &str)> {
    const SMALL: [&str; 9] = ["of", "the", "and", "for", "on", "in", "into", "to", "a"];
    let t = clean.trim_start();
    let (title, rest) = t.split_once_str(", ")?;
    let (person, after) = rest.split_once_str(", ")?;
    let (title, person, after) = (title.trim(), person.trim(), after.trim_start());
    let words: Vec<&str> = title.split_whitespace().collect();
    let title_ok = title.starts_with(char::is_uppercase)
        && (3..=20).contains(&words.len())
        && words.iter().any(|w| SMALL.contains(w))
        && words.iter().all(|w| {
            SMALL.contains(w) || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        && names_document(title)
        && !title.contains(['"', '“', '”', '(', ')', '[', ']', ':', ';']);
    if !title_ok || date_span(after).is_none_or(|m| m.start != 0) {
        return None;
    }
    let bare = without_honorific(person);
    let named = bare.len() < person.len()
        && (1..=4).contains(&bare.split_whitespace().count())
        && bare.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        });
    (named || initialled_person(person).is_some_and(|p| p.len() == person.len()))
        .then_some((title, person, after))
}

/// The capitalised words for a kind of document that a title names and a place and its
/// publisher do not (`Report`, `Review`, `Book`), sorted: see [`place_then_publisher`] and
/// [`names_document`].
const DOC_KINDS: [&str; 30] = [
    "Analysis",
    "Annex",
    "Appendix",
    "Assessment",
    "Book",
    "Briefing",
    "Consultation",
    "Edition",
    "Evaluation",
    "Findings",
    "Framework",
    "Guidance",
    "Guide",
    "Handbook",
    "Manual",
    "Overview",
    "Part",
    "Phase",
    "Plan",
    "Proposals",
    "Report",
    "Response",
    "Results",
    "Review",
    "Statement",
    "Strategy",
    "Study",
    "Summary",
    "Survey",
    "Update",
];

/// Whether `head: sub`, a piece of a note after a body's name, is a place and its
/// publisher (`London: Faber`, `New York: Penguin Books`) rather than a title and its
/// subtitle (`Collection Frequency Review: Final Report`, `The Green Book: appraisal and
/// evaluation in central government`): the place as an imprint names one ([`place_name`]),
/// the publisher a few capitalised words (or `&`, `and`, `of`), and neither names a kind of
/// document (`Report`, `Review`, `Book`), which only a title does.
fn place_then_publisher(head: &str, sub: &str) -> bool {
    let kind = |w: &str| {
        DOC_KINDS
            .binary_search(&w.trim_end_matches(['.', ',']))
            .is_ok()
    };
    let words: Vec<&str> = sub.split_whitespace().collect();
    place_name(head)
        && !head.split_whitespace().any(kind)
        && (1..=6).contains(&words.len())
        && words.iter().all(|w| {
            matches!(*w, "&" | "and" | "of")
                || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        && !words.iter().any(|w| kind(w))
}

/// Whether a plain title names a kind of document in one of its words (`Parking Annual
/// Report 2023`, `Harbour Strategy`): a document's title, not a unit's or a place's name.
fn names_document(title: &str) -> bool {
    title.split_whitespace().any(|w| {
        DOC_KINDS
            .binary_search(&w.trim_end_matches(['.', ',', ':']))
            .is_ok()
    })
}

/// A person named with initials and a surname, and perhaps the letters of an office or
/// honour after it (`J. Whitlock KC`, `A. M. Osei`, `R. Patel MP`), as a legal opinion or a
/// report by one person is cited: the name without those letters. A first name written out
/// (`Jane Whitlock`) is not taken: a body's name looks the same.
fn initialled_person(s: &str) -> Option<&str> {
    const AFTER: [&str; 11] = [
        "KC", "QC", "SC", "MP", "MSP", "PhD", "MBE", "OBE", "CBE", "FRS", "Jr.",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    let honours = words.iter().rev().take_while(|w| AFTER.contains(w)).count();
    let name = words.get(..words.len().saturating_sub(honours))?;
    let initial = |w: &&str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.next() == Some('.') && c.next().is_none()
    };
    let (surname, initials) = name.split_last()?;
    let ok = (1..=3).contains(&initials.len())
        && initials.iter().all(initial)
        && surname.chars().count() >= 2
        && surname.starts_with(char::is_uppercase)
        && surname
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || c == '-' || c == '\'');
    if !ok {
        return None;
    }
    let end = surname.as_ptr() as usize - s.as_ptr() as usize + surname.len();
    s.get(..end)
}

/// Whether the piece after a body's name names a part of that body rather than a work
/// (`University of Eastmoor, School of Biosciences, 2020`, `…, Planning Committee, …`): it
/// opens with a unit's word, or is a few capitalised words ending with a body's.
fn unit_name(s: &str) -> bool {
    const UNITS: [&str; 14] = [
        "Board",
        "Centre",
        "Center",
        "Committee",
        "Department",
        "Directorate",
        "Division",
        "Faculty",
        "Institute",
        "Office",
        "School",
        "Service",
        "Team",
        "Unit",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    let body_word = |w: &&str| ORG_TAILS.binary_search(w).is_ok() || AUTHOR_BODIES.contains(w);
    // A unit's name goes on capitalised or with a joining word (`Board of Governors`,
    // `Planning Committee`); `Board meeting papers` is a title.
    let named = words.get(1).is_none_or(|w| {
        w.starts_with(|c: char| !c.is_lowercase()) || ["of", "for", "on", "and"].contains(w)
    });
    (words.first().is_some_and(|w| UNITS.contains(w)) && named)
        || (words.len() <= 3
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && words.last().is_some_and(body_word))
}

/// Whether `s` is a body's name, as [`body_then_title`] reads one: two to ten words, each
/// capitalised or a small word of a name (`of`, `&`, `de`), with a word naming a body among
/// its last three (`Fernhill Town Council`, `Eastmarch District Council Waste Services`,
/// `Pell & Sons`), or a body's word then `of` opening it (`City of Eastmoor`, `Commune de
/// Villeneuve`), or a department's or a Romance-language organisation's name.
fn body_name(s: &str) -> bool {
    const SMALL: [&str; 25] = [
        "of", "for", "and", "the", "on", "in", "&", "de", "du", "des", "la", "le", "les", "di",
        "del", "della", "da", "do", "dos", "der", "für", "und", "voor", "van", "en",
    ];
    // An archive holding the papers cited (`Highland County Archive, Skerry Mhor
    // Lighthouse Logbooks, 1878–1919`) and a borough (`County Borough of Hallam, Annual
    // Report of …, 1951-1959`) name bodies here, though no author of a press statement.
    const HOLDERS: [&str; 3] = ["Archive", "Archives", "Borough"];
    const HEADS: [&str; 22] = [
        "Ayuntamiento",
        "Bank",
        "Borough",
        "City",
        "Commune",
        "Comune",
        "Council",
        "County",
        "Department",
        "District",
        "Friends",
        "Gemeinde",
        "Government",
        "Mairie",
        "Ministry",
        "Municipality",
        "Office",
        "Parish",
        "Province",
        "State",
        "Town",
        "University",
    ];
    const JOINERS: [&str; 12] = [
        "of", "for", "on", "de", "du", "des", "di", "del", "della", "da", "do", "der",
    ];
    // `Stadtwerke Lindenau GmbH`, `Brendel Bau Sp. z o.o.`: a firm's legal form ends its
    // name, whatever the words before it.
    if let Some(name) = without_legal_form(s) {
        let words = name.split_whitespace();
        return words.clone().count() <= 8
            && words.clone().any(|w| w.starts_with(char::is_uppercase))
            && words.clone().all(|w| {
                SMALL.contains(&w)
                    || (w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| {
                            c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '&')
                        }))
                    || w == "&"
            });
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let n = words.len();
    if romance_body(&words) {
        return true;
    }
    // One word: a compound naming a body (`Bundesverfassungsgericht`, `Trafikkontoret`).
    if let [one] = words.as_slice() {
        return german_body_word(one) || nordic_body_word(one);
    }
    if !(2..=10).contains(&n)
        || !words.iter().all(|w| {
            SMALL.contains(w)
                || (w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
        })
    {
        return false;
    }
    let body_word = |w: &&str| {
        ORG_TAILS.binary_search(w).is_ok() || AUTHOR_BODIES.contains(w) || HOLDERS.contains(w)
    };
    words
        .iter()
        .enumerate()
        .skip(1)
        .any(|(i, w)| body_word(w) && n - i <= 3)
        || (words.first().is_some_and(|w| HEADS.contains(w))
            && words.get(1).is_some_and(|w| JOINERS.contains(w)))
        || words.first().is_some_and(|w| german_body_word(w))
        || words.first().is_some_and(|w| nordic_body_word(w))
        || words.last().is_some_and(|w| german_body_word(w))
        || local_body(&words)
        || firm_name(&words)
        || department(s)
        || org_name(s)
        || (words.first().is_some_and(|w| acronym(w)) && !newspaper_name(s))
}

/// A body named in French, Spanish, Italian or Portuguese sentence case: a holder's or an
/// office's word, an adjective or two in lower case, then `de` and a place (`Archives
/// municipales de Saint-Aubin`, `Bibliothèque nationale de France`, `Archivo histórico de
/// Sevilla`), or the adjective closing it (`Archives nationales`).
fn romance_body(words: &[&str]) -> bool {
    const HEADS: [&str; 16] = [
        "Archives",
        "Archivo",
        "Archivio",
        "Arquivo",
        "Bibliothèque",
        "Biblioteca",
        "Musée",
        "Museo",
        "Museu",
        "Ministère",
        "Ministerio",
        "Ministero",
        "Conseil",
        "Consejo",
        "Instituto",
        "Institut",
    ];
    const JOINERS: [&str; 7] = ["de", "du", "des", "del", "di", "da", "do"];
    let Some((head, rest)) = words.split_first() else {
        return false;
    };
    if !HEADS.contains(head) {
        return false;
    }
    let adjectives = rest
        .iter()
        .take_while(|w| {
            w.starts_with(char::is_lowercase)
                && !JOINERS.contains(w)
                && w.chars().count() >= 4
                && w.chars().all(char::is_alphabetic)
        })
        .count();
    if !(1..=2).contains(&adjectives) {
        return false;
    }
    match rest.get(adjectives..).unwrap_or(&[]) {
        [] => true,
        [joiner, place @ ..] => {
            JOINERS.contains(joiner)
                && (1..=4).contains(&place.len())
                && place.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                })
        }
    }
}

/// Companies' legal forms, written after their names (`GmbH`, `AG`, `e.V.`, `S.p.A.`, `Sp. z
/// o.o.`), each with the space before it.
const LEGAL_FORMS: [&str; 26] = [
    " AG",
    " A/S",
    " AB",
    " B.V.",
    " GmbH",
    " GmbH & Co. KG",
    " KG",
    " Ltd",
    " Ltd.",
    " N.V.",
    " PLC",
    " S.A.",
    " S.A.S.",
    " S.L.",
    " S.p.A.",
    " S.r.l.",
    " SARL",
    " SAS",
    " SE",
    " Sp. z o.o.",
    " e. G.",
    " e. V.",
    " e.G.",
    " e.V.",
    " gGmbH",
    " plc",
];

/// `s` without the legal form that ends a firm's or an association's name (`Stadtwerke
/// Lindenau GmbH`: `Stadtwerke Lindenau`), when it ends with one after a word; `None`
/// otherwise. The name ends there: a note's next piece is no part of it.
fn without_legal_form(s: &str) -> Option<&str> {
    let s = s.trim_end();
    // Every form ends in a capital, a full stop or `E`/`H`/`G`/`S`/`c`: one byte first.
    if !s
        .as_bytes()
        .last()
        .is_some_and(|c| c.is_ascii_uppercase() || matches!(c, b'.' | b'c' | b'H'))
    {
        return None;
    }
    LEGAL_FORMS
        .iter()
        .find_map(|f| s.strip_suffix(f))
        .map(str::trim_end)
        .filter(|n| !n.is_empty())
}

/// Whether `w` is an acronym as bodies' names open with one (`HM Treasury`, `DB Netz`, `NHS
/// Digital`, `DfE Analysis Unit`): two to five letters or digits, opening and closing with
/// a capital, two capitals at least. (The letters of an honour close a person's name: `R.
/// Hallam KC`.)
fn acronym(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=5).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.last().is_some_and(u8::is_ascii_uppercase)
        && b.iter().all(u8::is_ascii_alphanumeric)
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// Whether the words of a name are a firm's, named by a surname, `&` and more
/// (`Calder & Brand Engineering`, `Pell & Sons`), or two surnames known to name one
/// ([`AMPERSAND_FIRMS`]): a person's name holds no `&`, and two people's (`Ann Lee & Tom
/// Ray`) have two words before it.
fn firm_name(words: &[&str]) -> bool {
    match words {
        [a, "&", b] => AMPERSAND_FIRMS.contains(&(*a, *b)),
        [_, "&", _, _, ..] => true,
        // `Berger & Partner`, `… Ingenieure & Partner` closing a firm's name.
        [.., _, "&", "Partner" | "Partners"] => true,
        _ => false,
    }
}

/// Whether a capitalised word is a Scandinavian compound naming a body by its definite
/// ending (`Trafikkontoret`, `Naturvårdsverket`, `Byggnadsnämnden`, `Resenärsforum`), or a
/// transport authority's (`Västtrafik`, `Skånetrafiken`).
fn nordic_body_word(w: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "kontoret",
        "verket",
        "styrelsen",
        "nämnden",
        "förvaltningen",
        "myndigheten",
        "inspektionen",
        "rådet",
        "direktoratet",
        "forum",
        "trafik",
        "trafiken",
    ];
    w.starts_with(char::is_uppercase)
        && w.chars().count() > 8
        && w.chars().all(char::is_alphabetic)
        && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether `w`, the first or last word of a name, names a German (or Dutch) body, alone or
/// as the end of a compound (`Deutscher Bundestag`, `Landratsamt Lindau`, `Bayerischer
/// Landtag`, `Tweede Kamer`).
fn german_body_word(w: &str) -> bool {
    const ENDINGS: [&str; 28] = [
        "agentur",
        "amt",
        "anstalt",
        "behörde",
        "betriebe",
        "bureau",
        "büro",
        "bundestag",
        "direktion",
        "genossenschaft",
        "gericht",
        "gesellschaft",
        "institut",
        "kamer",
        "kammer",
        "kreistag",
        "landtag",
        "ministerie",
        "ministerium",
        "parlament",
        "regierung",
        "senat",
        "stiftung",
        "verband",
        "verein",
        "verwaltung",
        "werke",
        "zentrale",
    ];
    const COUNCILS: [&str; 4] = ["bundesrat", "nationalrat", "stadtrat", "gemeinderat"];
    // The ending closes a compound in lower case, or is the whole word, capitalised.
    let ends = |e: &&str| {
        w.ends_with(e)
            || (w.len() == e.len()
                && w.get(1..) == e.get(1..)
                && w.get(..1)
                    .zip(e.get(..1))
                    .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b)))
    };
    w.starts_with(char::is_uppercase) && (ENDINGS.iter().any(ends) || COUNCILS.iter().any(ends))
}

/// The last words of bodies' names that write what they publish (a committee's evidence,
/// an association's statement), for [`body_then_kind`]; a periodical's or an archive's name
/// (`Gazette`, `Reports`, `Library`) is none of them.
const AUTHOR_BODIES: &[&str] = &[
    "Agency",
    "Alliance",
    "Assembly",
    "Association",
    "Authority",
    "Board",
    "Bureau",
    "Cabinet",
    "Campaign",
    "Centre",
    "Center",
    "Chamber",
    "Coalition",
    "College",
    "Commission",
    "Commissioner",
    "Committee",
    "Company",
    "Corporation",
    "Council",
    "Department",
    "Directorate",
    "Executive",
    "Federation",
    "Forum",
    "Foundation",
    "Government",
    "Inc",
    "Inc.",
    "Inspectorate",
    "Institute",
    "Institution",
    "League",
    "Ltd",
    "Ltd.",
    "Ministry",
    "Office",
    "Ombudsman",
    "Organisation",
    "Organization",
    "Panel",
    "Parliament",
    "Partnership",
    "Party",
    "Police",
    "Regulator",
    "Secretariat",
    "Service",
    "Society",
    "Taskforce",
    "Trust",
    "Union",
    "University",
];

/// Whether the quotation at `start..end` of a note stands inside a sentence of the note's
/// own (an explanatory note: `The spelling "Carrowe" appears on Admiralty charts until
/// 1880.`, `This word "tenement" meant any holding.`): the note opens with a determiner
/// and words in lower case (a noun, not a name: `The Guardian, "…"` has a comma), and a
/// word in lower case follows the closing mark straight away, one that does not carry on a
/// citation (`"…" in *Journal*`, `"…" by Ann Lee`, `"…" accessed …`).
fn sentence_around_quote(clean: &str, start: usize, end: usize) -> bool {
    const OPENERS: [&str; 12] = [
        "The", "This", "That", "These", "Those", "A", "An", "Its", "Their", "His", "Her", "Our",
    ];
    const CITING: [&str; 20] = [
        "in",
        "by",
        "on",
        "at",
        "from",
        "and",
        "or",
        "for",
        "to",
        "with",
        "via",
        "ed",
        "eds",
        "trans",
        "edited",
        "translated",
        "accessed",
        "retrieved",
        "available",
        "published",
    ];
    let before = clean.get(..start).unwrap_or("").trim();
    let mut words = before.split_whitespace();
    let opener = words.next().is_some_and(|w| OPENERS.contains(&w));
    let mut nouns = 0;
    let lower_words = words.all(|w| {
        nouns += 1;
        w.chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
    });
    if !opener || !lower_words || !(1..=4).contains(&nouns) {
        return false;
    }
    let after = clean.get(end..).unwrap_or("");
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let next = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ',', ':', ';']);
    next.starts_with(char::is_lowercase)
        && next.chars().all(char::is_alphabetic)
        && !CITING.contains(&next)
}

/// A note that names its periodical in quotation marks after the piece's title, as Polish
/// (and Russian) notes do: `Jan Nowak, Nowy most na Wiśle, „Gazeta Miejska”, 3 marca 2024.`
struct QuotedPeriodical {
    authors: Vec<String>,
    title: String,
    periodical: String,
}

/// Whether `name` is a newspaper's or a magazine's (`Harbour Gazette`, `The Riverside
/// News`): two to five capitalised words ending in a word only periodicals end with (not
/// `Post`, `Star` or `Mail`, which are surnames too).
fn newspaper_name(name: &str) -> bool {
    const LAST: &[&str] = &[
        "Bulletin",
        "Chronicle",
        "Courier",
        "Dispatch",
        "Examiner",
        "Gazette",
        "Herald",
        "Inquirer",
        "Journal",
        "Magazine",
        "Mercury",
        "News",
        "Newsletter",
        "Observer",
        "Sentinel",
        "Telegraph",
        "Times",
        "Tribune",
        "Weekly",
        "Advertiser",
        "Argus",
        "Echo",
        "Enquirer",
        "Express",
        "Gleaner",
        "Globe",
        "Guardian",
        "Mirror",
        "Record",
        "Recorder",
        "Register",
        "Reporter",
        "Standard",
        // Other languages' that end a name (`Hafenstadt Zeitung`, `Leidse Courant`, `Der
        // Standard`).
        "Abendblatt",
        "Anzeiger",
        "Courant",
        "Dagblad",
        "Kurier",
        "Morgenpost",
        "Nachrichten",
        "Rundschau",
        "Tageblatt",
        "Zeitung",
    ];
    // Romance languages' that open a name (`Diario de la Serranía`, `Jornal do Vale`,
    // `Corriere della Sera`), small words inside it.
    const FIRST: [&str; 9] = [
        "Corriere",
        "Diario",
        "Diário",
        "Gazeta",
        "Gazzetta",
        "Giornale",
        "Jornal",
        "Periódico",
        "Quotidiano",
    ];
    const SMALL: [&str; 12] = [
        "de", "del", "la", "las", "los", "do", "da", "dos", "das", "di", "della", "dello",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.first().is_some_and(|w| FIRST.contains(w)) {
        return (2..=6).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(w));
    }
    (2..=5).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words.last().is_some_and(|w| LAST.contains(w))
}

/// The periodical a note names after `in` (`…, in Der Standard, 4 October 2023.`, `… in the
/// Westmarsh Echo.`): a newspaper's name ([`newspaper_name`]), then a comma and a date, or
/// the note's end.
fn periodical_in(clean: &str) -> Option<String> {
    memchr::memmem::find_iter(clean.as_bytes(), b" in ").find_map(|at| {
        let rest = clean.get(at + 4..)?;
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        // A name of five words at most: a long note's prose is not read to its end each time.
        let end = match prefix(rest, 80).find([',', ';', '.', '(']) {
            Some(end) => end,
            None if rest.len() <= 80 => rest.len(),
            None => return None,
        };
        let name = rest.get(..end)?.trim();
        let tail = rest.get(end..)?;
        let dated = tail.strip_prefix(", ").is_some_and(|t| {
            let t = t.trim_start();
            date_span(t).is_some_and(|d| d.start == 0)
        });
        let ends = tail
            .trim_matches(|c: char| c.is_whitespace() || c == '.')
            .is_empty();
        ((dated || ends) && newspaper_name(name)).then(|| name.to_string())
    })
}

/// The quoted name at `start..end` (its words at `inner`) as the periodical of the title
/// before it: the text before is not all names and ends with a comma, the name is short (four
/// words at most) and is followed by a comma and a date, or ends the note. The title is the
/// last part before it when names come first (`Jan Nowak, …`), else all of it.
fn quoted_periodical(
    clean: &str,
    start: usize,
    inner: std::ops::Range<usize>,
    end: usize,
) -> Option<QuotedPeriodical> {
    let name = clean.get(inner)?.trim();
    if name.is_empty() || name.split_whitespace().nth(4).is_some() {
        return None;
    }
    let before = clean.get(..start)?.trim_end().strip_suffix(',')?.trim();
    if before.is_empty() || !split_authors(before).is_empty() {
        return None;
    }
    // `Archives municipales de Saint-Aubin, "Registres des passeurs, 1921–1961,"`: a
    // body's name before the quoted words is their author, not a title in a periodical.
    if body_name(before) {
        return None;
    }
    // `District statistics office, "Labour figures", 2025.`: a body's name written in
    // sentence case is no title, and the quoted words after it no periodical's name (unless
    // they read as one, `"Harbour Weekly"`).
    if sentence_case_name(before).is_some() && !newspaper_name(name) {
        return None;
    }
    // Nor is a sentence (`“The move is complete”`) a periodical's name; nor are words in
    // sentence case after a site's name (`Harbour archive blog, “Boxes on the move”`), as
    // when they are a link's ([`title_from_quoted_link`]).
    if commentary(name) {
        return None;
    }
    let site = before.rsplit_once_str(", ").map_or(before, |(_, s)| s);
    if sentence_title(name) && site_name_closing(site) {
        return None;
    }
    let after = clean.get(end..)?;
    let tail = after.trim_start();
    let ends_note = tail.trim_end_matches(['.', ' ']).is_empty();
    let dated = tail.strip_prefix(',').is_some_and(|t| {
        let t = t.trim_start();
        date_span(t).is_some_and(|d| d.start == 0)
    });
    if !ends_note && !dated {
        return None;
    }
    let (authors, title) = match before.rsplit_once_str(", ") {
        Some((names, title)) if !split_authors(names).is_empty() => (split_authors(names), title),
        _ => (Vec::new(), before),
    };
    let title = trim_title(title);
    // A title of two words at least.
    title.split_whitespace().nth(1)?;
    Some(QuotedPeriodical {
        authors,
        title,
        periodical: name.to_string(),
    })
}

/// What a name written in sentence case (`District statistics office`, `Statistics office
/// of the district`, `Department for education`, `Harbour gazette`) reads as with its words
/// capitalised, as such names are usually written: a body's (`Some(true)`: its words before
/// the first small word, `of`, `for`, `the`, `to`…, end with a word naming a body) or a
/// periodical's (`Some(false)`, see [`newspaper_name`]). `None` when it has no lower-case
/// word to capitalise, is longer than six words, holds anything but words, or opens with an
/// article, a possessive or a verb's `-ing` form: `Closing the records office`, `Letters to
/// the council`, `Inside the tax office` and `Our school` are titles.
fn sentence_case_name(s: &str) -> Option<bool> {
    const SMALL: [&str; 6] = ["of", "the", "for", "and", "on", "&"];
    // Words that end a body's name's head (`Office for national statistics`); a title's
    // words before one (`Letters to the council`) name no body.
    const JOINING: [&str; 21] = [
        "of", "the", "for", "and", "on", "&", "to", "in", "at", "from", "with", "by", "about", "a",
        "an", "our", "my", "your", "their", "his", "her",
    ];
    const UNITS: [&str; 6] = ["Office", "Service", "Team", "Unit", "Division", "School"];
    const OPENERS: [&str; 18] = [
        "A", "An", "The", "How", "Why", "What", "When", "Where", "Who", "Our", "My", "Your",
        "Their", "His", "Her", "Its", "This", "These",
    ];
    let s = s.trim();
    if s.len() > 80 || !s.starts_with(char::is_uppercase) {
        return None;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let first = *words.first()?;
    if !(2..=6).contains(&words.len()) || first.ends_with("ing") || OPENERS.contains(&first) {
        return None;
    }
    let mut changed = false;
    let mut cap = String::with_capacity(s.len());
    for (i, w) in words.iter().enumerate() {
        if !w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '&'))
        {
            return None;
        }
        if i > 0 {
            cap.push(' ');
        }
        let mut cs = w.chars();
        match cs.next() {
            Some(c) if c.is_lowercase() && !(i > 0 && SMALL.contains(w)) => {
                changed = true;
                cap.extend(c.to_uppercase());
                cap.push_str(cs.as_str());
            }
            _ => cap.push_str(w),
        }
    }
    if !changed {
        return None;
    }
    if newspaper_name(&cap) {
        return Some(false);
    }
    let head = words.iter().take_while(|w| !JOINING.contains(w)).count();
    let last = cap.split_whitespace().nth(head.checked_sub(1)?)?;
    (ORG_TAILS.binary_search(&last).is_ok()
        || AUTHOR_BODIES.contains(&last)
        || UNITS.contains(&last))
    .then_some(true)
}

/// The text before a quoted title when it closes with an episode's number (`*The Long
/// Bank* podcast, episode 12,`, `Harbour Talk, Ep. 7,`): what comes before that number (the
/// show, perhaps its hosts before it), for the quoted words are the episode's title.
fn episode_before(before: &str) -> Option<&str> {
    let t = before.trim_end().strip_suffix(',')?.trim_end();
    let (series, last) = t.rsplit_once_str(", ")?;
    let mut words = last.split_whitespace();
    let first = words.next()?;
    let number = words.next()?;
    let episode = ["episode", "ep.", "ep", "épisode", "folge"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w));
    (episode
        && words.next().is_none()
        && number.bytes().all(|c| c.is_ascii_digit())
        && !series.trim().is_empty())
    .then_some(series.trim())
}

/// A Harvard entry whose title has no quotation marks or italics, as plain text writes it.
struct HarvardPlain<'a> {
    authors: Vec<String>,
    year: &'a str,
    title: &'a str,
    /// Everything after the title.
    after: &'a str,
}

/// A Harvard entry with no marks around its title (`Brandt, K. and Yilmaz, S. (2018)
/// Circadian disruption. In: Feld, P. (ed.) …`, `Office for National Statistics (2023)
/// Labour market overview, UK: March 2023. Available at: …`): names (people's, or a body's,
/// [`corporate_author`]), the year in brackets with no stop after it, then a title opening
/// with a capital and ending at the first full stop. Prose naming a year (`Smith (2020)
/// argues …`) goes on in lower case and is not read so.
fn harvard_plain(clean: &str) -> Option<HarvardPlain<'_>> {
    let s = clean.trim_start();
    let open = memchr::memmem::find(s.as_bytes(), b" (")?;
    let names = s.get(..open)?;
    let inner = s.get(open + 2..)?;
    let close = super::find_str(inner, ") ")?;
    let year = inner.get(..close)?;
    if !yearish(year) || names.contains(['(', ')']) {
        return None;
    }
    let rest = inner.get(close + 2..)?.trim_start();
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let authors = match split_authors(names) {
        a if !a.is_empty() => a,
        _ => vec![corporate_author(names)?],
    };
    let (title, after) = title_sentence(rest).unwrap_or((rest, ""));
    // One word is no title (`Smith (2020) Interview.` may be; `Ibid` is not).
    title.split_whitespace().nth(1)?;
    Some(HarvardPlain {
        authors,
        year,
        title,
        after,
    })
}

/// A Vancouver (ICMJE, NLM) entry's parts.
struct Vancouver<'a> {
    authors: Vec<String>,
    title: String,
    /// Where it was published: the journal's abbreviation, when the year and volume follow
    /// it (`J Respir Med. 2017;12(4):512-20`), a chapter's book, or a book's publisher.
    journal: Option<String>,
    /// Everything after the title (after a web page's date, when that follows it).
    after: &'a str,
    /// A web page's date as a sentence of its own after the title (`2022 Nov 14`), as
    /// written.
    date: Option<&'a str>,
}

/// A note's fields as a Vancouver entry gives them: the date its issue gives, or the first
/// after the journal.
fn vancouver_meta(mut meta: NoteMeta, v: Vancouver<'_>) -> NoteMeta {
    meta.authors = v.authors;
    meta.title = Some(v.title);
    // A preprint whose server was its arXiv identifier (`arXiv:2103.04417 [Preprint]`, the
    // identifier read as a link): arXiv; its year is no publisher's.
    let preprint = v.journal.is_none() && v.after.trim_start().starts_with("[Preprint]");
    meta.publisher = if preprint {
        meta.doi_urls
            .iter()
            .any(|u| u.starts_with(ARXIV_ABS))
            .then(|| "arXiv".to_string())
    } else {
        v.journal.or_else(|| publisher_in(v.after))
    };
    meta.date = v.date.map(str::to_string).or_else(|| note_date(v.after));
    meta
}

/// A Vancouver entry (`Nakamura K, Ito H, Ellison D. Early mobilisation …: a randomised
/// trial. J Respir Med. 2017;12(4):512-20.`): names as surname and run-together initials,
/// separated by commas, perhaps closing with `et al`, ending with a full stop; the title up
/// to the next full stop (or `?`, `!`); then the source, which must carry the style's
/// year as a journal writes it (`2017;12`, `2017 Mar;`, `2017:45`) or a book's `Publisher;
/// 2017`. That tail and the initials without dots are what tell it from other styles
/// (`Nakamura, K.` is APA's, `K. Nakamura` ACM's): neither is read here.
fn vancouver(clean: &str) -> Option<Vancouver<'_>> {
    let s = clean.trim_start();
    let end = super::find_str(s, ". ")?;
    let head = s.get(..end)?;
    let rest = s.get(end + 2..)?;
    let authors = vancouver_names(head)
        .or_else(|| corporate_author(head).map(|n| vec![n]))
        .or_else(|| vancouver_editors(head));
    // Or a body that publishes its own report, named again in the imprint (`NHS Digital.
    // Appointments in General Practice. Leeds: NHS Digital; 2024.`).
    if authors.is_none()
        && !(head.starts_with(char::is_uppercase)
            && head.split_whitespace().nth(12).is_none()
            && memchr::memmem::find(rest.as_bytes(), head.as_bytes()).is_some())
    {
        return None;
    }
    let (mut title, mut after) = title_sentence(rest)?;
    let (mut year_at, journal_year) = vancouver_year(after)?;
    let authors = match authors {
        Some(a) => a,
        None => {
            let source = trim_field(after.get(..year_at).unwrap_or(""));
            if journal_year || vancouver_publisher(&source).as_deref() != Some(head) {
                return None;
            }
            vec![head.to_string()]
        }
    };
    // `Who answers the phone? Accountability gaps in app-based logistics. Urban Policy Q.
    // 2023;9(1)`: a title whose first sentence ends with its own `?` or `!` goes on with a
    // sentence of words in lower case; the journal's abbreviation, all capitalised words
    // (`Urban Policy Q`, `J. Urban Hist`), is the last before its year.
    if journal_year && title.ends_with(['?', '!']) && !after.trim_start().starts_with("In: ") {
        let source = after.get(..year_at).unwrap_or("");
        if let Some((more, journal)) = title_sentence(source) {
            let prose = more
                .split_whitespace()
                .skip(1)
                .any(|w| w.starts_with(char::is_lowercase));
            if prose && !journal.trim().is_empty() {
                let at = rest.len() - after.len() + more.len();
                let cut = source.len() - journal.len();
                title = rest.get(..at)?;
                after = after.get(cut..)?;
                year_at -= cut;
            }
        }
    }
    // `Pneumonia in adults [Internet]`: the medium in brackets is no part of the title.
    let title = match title.trim_end().strip_suffix(']') {
        Some(t) => t.rsplit_once_str(" [").map_or(title, |(t, _)| t),
        None => title,
    };
    // A chapter's book (`In: Feld P, editor. Occupational medicine. …`), a journal's
    // abbreviation, or a book's publisher after its place (`Geneva: WHO Press; 2021`).
    let journal = vancouver_book(after)
        .or_else(|| {
            let source = trim_field(after.get(..year_at).unwrap_or(""));
            if journal_year {
                // A preprint's server, without its identifier (`arXiv:2103.04417
                // [Preprint]`: `arXiv`).
                Some(match source.strip_suffix("[Preprint]") {
                    Some(server) => server
                        .split([':', ' '])
                        .next()
                        .unwrap_or("")
                        .trim_end_matches('.')
                        .to_string(),
                    None => source,
                })
            } else {
                vancouver_publisher(&source)
            }
        })
        .filter(|j| !j.is_empty() && j.chars().count() <= 120);
    // `… Survey 2022. 2022 Nov 14. Available from: …`: the date opening the source is the
    // page's, and no publisher.
    let mut date = None;
    if year_at == 0 && !journal_year {
        let (d, more) = after.split_once_str(". ").unwrap_or((after, ""));
        date = Some(without_cited(d).trim().trim_end_matches('.'));
        after = more;
    }
    // A journal's issue dated to the month or day (`2021 Mar 4;12(3)`): the date as
    // written, up to the volume (or the date it was cited on, in brackets).
    if journal_year {
        let issue = after.get(year_at..).unwrap_or("");
        let end = issue.find([';', ':', '[']).unwrap_or(0);
        let d = issue.get(..end).unwrap_or("").trim();
        // An article published online before its issue (`2021;12:44. Published 2021 Mar
        // 4.`): that day is the date.
        let published = memchr::memmem::find(issue.as_bytes(), b"Published ")
            .and_then(|k| issue.get(k + 10..))
            .and_then(|r| {
                let d = r.split(". ").next().unwrap_or(r).trim_end_matches('.');
                (d.len() > 4
                    && d.len() <= 12
                    && d.starts_with(|c: char| c.is_ascii_digit())
                    && d.get(..4) == issue.get(..4))
                .then_some(d)
            });
        date = published.or_else(|| (d.len() > 4).then_some(d));
    }
    Some(Vancouver {
        authors,
        title: trim_title(title),
        journal,
        after,
        date,
    })
}

/// The book a Vancouver chapter is in (`In: Feld P, Okoro N, editors. Occupational
/// medicine. 3rd ed. Oxford: …`, or `In: Occupational medicine. …` with no editors): its
/// title, as the journal of an article is its container.
fn vancouver_book(after: &str) -> Option<String> {
    let rest = after.trim_start().strip_prefix("In: ")?;
    let (first, more) = title_sentence(rest)?;
    let names = first.trim_end_matches('.');
    let edited = [", editor", ", editors", ", eds", ", ed"]
        .iter()
        .any(|e| names.ends_with(e));
    let book = if edited {
        title_sentence(more).map_or(more, |(t, _)| t)
    } else {
        first
    };
    // `In: Proceedings of the … Conference; 2020. p. 112-8.`: the proceedings' year after
    // the semicolon is the date, not the book's name.
    let book = match book.rsplit_once_str("; ") {
        Some((name, year))
            if year.len() >= 4
                && year.as_bytes().iter().take(4).all(u8::is_ascii_digit)
                && !year.as_bytes().get(4).is_some_and(u8::is_ascii_digit) =>
        {
            name
        }
        _ => book,
    };
    let book = trim_title(book);
    (!book.is_empty()).then_some(book)
}

/// The publisher of a Vancouver book's imprint (`Geneva: WHO Press`, `3rd ed. Darien (IL):
/// AASM`): the words after the place's colon in its last sentence.
fn vancouver_publisher(imprint: &str) -> Option<String> {
    let publisher = without_place_name(imprint.rsplit(". ").next()?).trim();
    (!publisher.is_empty() && publisher.chars().any(char::is_alphabetic))
        .then(|| publisher.to_string())
}

/// A body named as a Vancouver entry's author (`World Health Organization`, `Centers for
/// Disease Control and Prevention`, `National Institute for Health and Care Excellence
/// (NICE)`): two to twelve words, each capitalised or a joining word, one of them naming a
/// body ([`ORG_TAILS`], or its plural), a bracketed acronym allowed at the end; or a name
/// in French, Spanish, Italian or Portuguese ([`org_name`]).
fn corporate_author(head: &str) -> Option<String> {
    const JOINING: [&str; 9] = ["of", "for", "and", "on", "the", "in", "to", "&", "de"];
    let head = head.trim();
    let name = match head.strip_suffix(')').and_then(|t| t.rsplit_once_str(" (")) {
        Some((name, acronym))
            if !acronym.is_empty() && acronym.chars().all(|c| c.is_uppercase() || c == '-') =>
        {
            name
        }
        _ => head,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    // A group of people writing as one, named so only at its end (`R Core Team`, `Stan
    // Development Team`, `GBD 2019 Collaborators`, `ARRIVE Consortium`): a body here, not
    // in [`ORG_TAILS`] (whose other readers take `Team` in a title for no body).
    const GROUP_TAILS: [&str; 5] = [
        "Team",
        "Consortium",
        "Collaboration",
        "Collaborators",
        "Investigators",
    ];
    let body = |w: &str| {
        ORG_TAILS.binary_search(&w).is_ok()
            || w.strip_suffix('s')
                .is_some_and(|one| ORG_TAILS.binary_search(&one).is_ok())
    };
    let group = words.len() >= 2
        && words.last().is_some_and(|w| GROUP_TAILS.contains(w))
        && words
            .iter()
            .all(|w| capitalised_word(w) || w.bytes().all(|b| b.is_ascii_digit()));
    let english = (2..=12).contains(&words.len())
        && words.first().is_some_and(|w| capitalised_word(w))
        && words
            .iter()
            .all(|w| capitalised_word(w) || JOINING.contains(w))
        && words.iter().any(|w| body(w));
    (english || (group && words.len() <= 8) || org_name(name)).then(|| head.to_string())
}

/// The names of a Vancouver or Springer entry's head (`Nakamura K, Ito H, Ellison D`,
/// `Chaudhry S, Wells D, Ito M et al`): each a surname (particles allowed) and one to three
/// run-together capital initials, separated by commas, perhaps closing with `et al` (as an
/// item of its own, or after the last name). `None` when any item is no such name.
fn vancouver_names(head: &str) -> Option<Vec<String>> {
    let head = head
        .strip_suffix(" et al")
        .filter(|h| !h.ends_with(','))
        .unwrap_or(head);
    let items: Vec<&str> = head.split(", ").collect();
    let mut authors = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let item = item.trim();
        if k > 0 && k + 1 == items.len() && item == "et al" {
            break;
        }
        let (surname, initials) = item.rsplit_once(' ')?;
        let n = initials.chars().filter(|c| *c != '-').count();
        let words: Vec<&str> = surname.split(' ').collect();
        let name_word = |w: &str| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().count() >= 2
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        };
        let particle = |w: &str| {
            [
                "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "le", "la",
                "ten", "ter", "dos", "das", "y", "bin", "al",
            ]
            .contains(&w)
        };
        if !(1..=3).contains(&n)
            || !initials.chars().all(|c| c.is_uppercase() || c == '-')
            || initials.starts_with('-')
            || words.len() > 4
            || !words.last().is_some_and(|w| name_word(w))
            || !words.iter().all(|w| name_word(w) || particle(w))
        {
            return None;
        }
        authors.push(item.to_string());
    }
    (!authors.is_empty()).then_some(authors)
}

/// The title opening `rest`, up to its first full stop, question or exclamation mark and a
/// space (a title ending with its own `?` or `!` keeps it), and what follows.
fn title_sentence(rest: &str) -> Option<(&str, &str)> {
    let t_end = [". ", "? ", "! "]
        .iter()
        .filter_map(|p| super::find_str(rest, p).map(|i| (i, p.len())))
        .min()?;
    let keep = usize::from(!rest.get(t_end.0..)?.starts_with('.'));
    Some((rest.get(..t_end.0 + keep)?, rest.get(t_end.0 + t_end.1..)?))
}

/// A Springer or BMC entry (`Abebe T, Lindqvist R (2020) Title of the paper. J Environ Qual
/// 49(3):612–624`): Vancouver's names ([`vancouver_names`]), the year in brackets, the title
/// up to the next full stop (or `?`, `!`), then the source: a journal's abbreviation before
/// its volume (`Agron Sustain Dev 42:57`), or a book's publisher (`Springer, Cham`).
fn springer(clean: &str) -> Option<Vancouver<'_>> {
    let s = clean.trim_start();
    // The names end at ` (` and a year: most notes are not this shape, and fail here.
    let open = memchr::memmem::find(s.as_bytes(), b" (")?;
    let head = s.get(..open)?;
    let b = s.as_bytes();
    let y = open + 2;
    if !b.get(y..y + 4)?.iter().all(u8::is_ascii_digit)
        || !matches!(b.get(y..y + 2), Some(b"19" | b"20"))
    {
        return None;
    }
    let close = y + 4 + usize::from(b.get(y + 4).is_some_and(u8::is_ascii_lowercase));
    if b.get(close..close + 2) != Some(b") ") {
        return None;
    }
    let authors = vancouver_names(head)?;
    let (title, after) = title_sentence(s.get(close + 2..)?)?;
    // A journal: words up to the volume's number (`J Environ Qual 49(3):612`, `Food Policy
    // 71:14`), no comma among them.
    let journal = after
        .find(|c: char| c.is_ascii_digit())
        .and_then(|d| after.get(..d))
        .filter(|j| {
            let j = j.trim();
            j.ends_with(|c: char| c.is_alphabetic())
                && j.starts_with(char::is_uppercase)
                && !j.contains([',', ':', ';'])
                && j.split_whitespace().count() <= 10
        })
        .map(trim_field);
    Some(Vancouver {
        authors,
        title: trim_title(title),
        journal,
        after,
        date: None,
    })
}

/// Where a Vancouver source's year is in `after`, and whether it is a journal's (right after
/// the abbreviation, `J Respir Med. 2017;12(4)`, `2017 Mar 3;`, `2017:45`) rather than a
/// book's (`London: Publisher; 2017.`).
fn vancouver_year(after: &str) -> Option<(usize, bool)> {
    let b = after.as_bytes();
    let year = |i: usize| {
        b.get(i..i + 4).is_some_and(|y| {
            y.iter().all(u8::is_ascii_digit) && matches!(y.first(), Some(b'1' | b'2'))
        }) && !b
            .get(i.wrapping_sub(1))
            .is_some_and(u8::is_ascii_alphanumeric)
    };
    for i in 0..b.len() {
        if !year(i) {
            continue;
        }
        // A book: `Publisher; 2017`.
        if i >= 2 && b.get(i - 2..i) == Some(b"; ") {
            return Some((i, false));
        }
        // A journal: `. 2017;`, `. 2017 Mar;`, `. 2017 Mar 3;`, `. 2017:`; or a web page's
        // date as a sentence of its own straight after the title (`Rural Lives Survey 2022.
        // 2022 Nov 14. Available from: …`).
        let mut j = i + 4;
        let mut extra = 0;
        while b.get(j) == Some(&b' ') && extra < 2 {
            let w = b
                .get(j + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                .count();
            if w == 0 {
                break;
            }
            j += 1 + w;
            extra += 1;
        }
        // An online article's date of citing after its own (`2021 Mar 4 [cited 2022 Jan
        // 5];12(3)`), perhaps with the day it was updated (`[updated …; cited …]`).
        if b.get(j..j + 8) == Some(b" [cited ") || b.get(j..j + 10) == Some(b" [updated ") {
            if let Some(close) = memchr::memchr(b']', b.get(j..).unwrap_or(&[])) {
                j += close + 1;
            }
        }
        if i >= 2 && b.get(i - 2..i) == Some(b". ") && matches!(b.get(j), Some(b';' | b':')) {
            return Some((i, true));
        }
        // A preprint, its server in the journal's place (`arXiv:2103.04417 [Preprint].
        // 2021 [cited …].`, `medRxiv [Preprint]. 2022 Mar 3.`).
        if i >= 2
            && b.get(i - 2..i) == Some(b". ")
            && matches!(b.get(j), None | Some(b'.'))
            && memchr::memmem::find(b.get(..i).unwrap_or(&[]), b"[Preprint]").is_some()
        {
            return Some((i, true));
        }
        if i == 0 && matches!(b.get(j), None | Some(b'.')) {
            return Some((0, false));
        }
    }
    None
}

/// A note naming a person, then in lower case the kind of thing cited, with no title
/// (`Samuel Adeyemi, written evidence to the Environment Committee, POL0042, 12 September
/// 2023, URL.`, `Harold Dwyer, oral history interview, 14 May 2004.`): the name. Two to
/// four capitalised words of letters (initials, hyphens, apostrophes), not opening with a
/// word of prose (`See Smith, above`), before a first comma; the words after it lower case
/// and not more names (`and`, `et al.`, `ed.`, `Jr.`).
fn name_then_kind(clean: &str) -> Option<&str> {
    const NOT_NAMES: &[&str] = &[
        "See",
        "Cf",
        "Cf.",
        "Also",
        "Compare",
        "The",
        "A",
        "An",
        "In",
        "On",
        "For",
        "As",
        "From",
        "At",
        "By",
        "To",
        "With",
        "Per",
        "Via",
        "Quoted",
        "Cited",
        "Interview",
        "Letter",
        "Email",
        "E-mail",
        "Personal",
        "Minutes",
        "Report",
        "Video",
        "Author",
        "Our",
        "My",
        "This",
        "That",
        "Translation",
    ];
    let (head, rest) = clean.trim_start().split_once_str(", ")?;
    let words: Vec<&str> = head.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) || words.first().is_some_and(|w| NOT_NAMES.contains(w)) {
        return None;
    }
    let name_word = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    // A periodical's name (`Saltby Gazette, interview with the mayor`) names no author of
    // the piece, and a body's (`Riverside Allotment Society, minutes of …`) is left to
    // [`body_then_kind`]: its last word says what it is.
    const BODIES: &[&str] = &[
        "Agency",
        "Alliance",
        "Archive",
        "Archives",
        "Assembly",
        "Association",
        "Authority",
        "Bank",
        "Board",
        "Center",
        "Centre",
        "Chronicle",
        "Club",
        "College",
        "Commission",
        "Committee",
        "Company",
        "Council",
        "Court",
        "Courier",
        "Daily",
        "Department",
        "Express",
        "Federation",
        "Foundation",
        "Gazette",
        "Government",
        "Group",
        "Guardian",
        "Herald",
        "Inc",
        "Inc.",
        "Institute",
        "Journal",
        "Library",
        "Ltd",
        "Ltd.",
        "Magazine",
        "Mail",
        "Ministry",
        "Museum",
        "Network",
        "News",
        "Observer",
        "Office",
        "Parliament",
        "Partnership",
        "Party",
        "Police",
        "Post",
        "Press",
        "Radio",
        "Record",
        "Register",
        "Reports",
        "Review",
        "Service",
        "Society",
        "Standard",
        "Star",
        "Telegraph",
        "Television",
        "Times",
        "Tribune",
        "Trust",
        "Union",
        "University",
        "Weekly",
    ];
    // Nor a periodical or a record of debates (`Dunmore Ferry Ledger`, `Hansard HC Deb`).
    const RECORDS: &[&str] = &["Bulletin", "Deb", "Digest", "Hansard", "Ledger", "Monthly"];
    if !words.iter().all(name_word)
        || words
            .last()
            .is_some_and(|w| BODIES.contains(w) || RECORDS.contains(w))
        || words.contains(&"Hansard")
    {
        return None;
    }
    let rest = rest.trim_start();
    let first = rest.split_whitespace().next()?;
    let more_names = [
        "and", "et", "ed.", "eds.", "ed", "eds", "trans.", "jr.", "sr.",
    ]
    .contains(&first.to_lowercase().as_str());
    (first.starts_with(|c: char| c.is_ascii_lowercase()) && !more_names).then_some(head.trim())
}

/// `before` (a note's text before its quoted title) without the document number that may
/// close it: a last comma-separated piece of at most five words ending in a number
/// (`Cabinet report 23/118, `, `Report No. 45, `, `Working Paper 24-07, `), the series and
/// number a report, a paper or a circular is cited by. The names before it are kept
/// (`Fenmoor County Council, `); `before` as it is when it ends otherwise.
fn without_document_number(before: &str) -> &str {
    let t = before
        .trim_end()
        .trim_end_matches([',', ';', ':'])
        .trim_end();
    let (head, piece) = match t.rfind([',', ';']) {
        Some(i) => (t.get(..=i).unwrap_or(""), t.get(i + 1..).unwrap_or("")),
        None => ("", t),
    };
    let words: Vec<&str> = piece.split_whitespace().collect();
    // A year is a date (`T. R. Oke. 2012.`), not a document's number.
    let numbered = words.last().is_some_and(|w| {
        let core = w.trim_end_matches(|c: char| c == '.' || c.is_ascii_lowercase());
        w.bytes().any(|c| c.is_ascii_digit())
            && !(core.len() == 4 && has_year(core))
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '–' | ':'))
    });
    // A number alone is a page or a volume, not a document's series and number; the series
    // is a capitalised word, not an initial (`Pike, D. 12`).
    let series = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && !is_initial(w));
    if numbered && series && (2..=5).contains(&words.len()) {
        head
    } else {
        before
    }
}

/// `before` (the text before a note's quoted title) without a document's series and number
/// or its kind after the names (`Fenmoor County Council, Cabinet report 23/118,`, `Office
/// of the Minister, press release,`).
fn names_part(before: &str) -> &str {
    without_genre(without_document_number(source_of_quoted(past_pointer(
        before,
    ))))
}

/// `before` (the text before a note's quoted title) past the note's own words pointing to
/// the work (`For a longer account, see Rhea Tan, “…”`, `On search see Dana Ortiz, “…”`,
/// `Compare Ellen Harlow, “…”`), when names follow the pointer; `before` itself otherwise.
fn past_pointer(before: &str) -> &str {
    // Most notes hold no pointer: each pointer holds `ee `, `f. ` or `ompare `.
    if ["ee ", "f. ", "ompare "]
        .iter()
        .all(|k| super::find_str(before, k).is_none())
    {
        return before;
    }
    const POINTERS: [&str; 8] = [
        "see also ",
        "See also ",
        "see ",
        "See ",
        "cf. ",
        "Cf. ",
        "compare ",
        "Compare ",
    ];
    let Some(at) = POINTERS.iter().find_map(|p| {
        before
            .match_indices(p)
            .find(|&(i, _)| {
                i == 0
                    || before
                        .get(..i)
                        .is_some_and(|h| h.ends_with([' ', ',', '(', ';', ':']))
            })
            .map(|(i, _)| i + p.len())
    }) else {
        return before;
    };
    let rest = before.get(at..).unwrap_or("");
    let names = rest.trim_end().trim_end_matches(',');
    let head_words = before.get(..at).unwrap_or("").split_whitespace().count();
    if head_words <= 12
        && rest.trim_end().ends_with(',')
        && !names.contains([',', '"', '\u{201C}'])
        && !split_authors(names).is_empty()
    {
        rest
    } else {
        before
    }
}

/// `before` (the text before a note's quoted title) after whom a passage was quoted by
/// (`Tom Reilly, quoted in Sarah Lyle, “…”`, MLA's `qtd. in`), or what the work reports
/// (`Two pilots, summarised in Local Government Association, “…”`): the work cited, whose
/// title follows, is the second person's; the first only said the words.
fn source_of_quoted(before: &str) -> &str {
    const PHRASES: &[&str] = &[
        ", as quoted in ",
        ", quoted in ",
        ", as cited in ",
        ", cited in ",
        ", qtd. in ",
        // `Newham and Leeds pilots, summarised in Local Government Association, “…”`: the
        // work the note's subject is reported in.
        ", summarised in ",
        ", summarized in ",
        ", reported in ",
        ", described in ",
        ", discussed in ",
        " as quoted in ",
        " quoted in ",
        " qtd. in ",
    ];
    // Every phrase ends in ` in `: most notes have none, and are done with one search.
    if super::find_ignore_ascii_case(before, " in ").is_none() {
        return before;
    }
    PHRASES
        .iter()
        .find_map(|p| super::find_ignore_ascii_case(before, p).map(|i| i + p.len()))
        .and_then(|i| before.get(i..))
        .unwrap_or(before)
}

/// The kinds of document a note names beside its title (`Office of the Minister, press
/// release, “…”`): what it is, neither who wrote it nor who published it.
const GENRES: &[&str] = &[
    "blog post",
    "briefing",
    "briefing paper",
    "catalogue",
    "catalog",
    "discussion paper",
    "exhibition catalog",
    "exhibition catalogue",
    "e-mail",
    "email",
    "fact sheet",
    "interview",
    "letter",
    "media release",
    "memo",
    "memorandum",
    "news release",
    "op-ed",
    "podcast",
    "policy brief",
    "press release",
    "press statement",
    "remarks",
    "report",
    "speech",
    "statement",
    "testimony",
    "transcript",
    "tweet",
    "video",
    "white paper",
    "working paper",
    // Other languages' words for the same (`Pressemitteilung`, `dossier de presse`).
    "bekanntmachung",
    "bericht",
    "catalogo della mostra",
    "catalogue d'exposition",
    "catalogue de l'exposition",
    "catálogo",
    "catálogo de la exposición",
    "communiqué",
    "communiqué de presse",
    "comunicado",
    "comunicado de imprensa",
    "comunicado de prensa",
    "comunicato",
    "comunicato stampa",
    "dossier de presse",
    "entretien",
    "entrevista",
    "informe",
    "intervista",
    "jaarverslag",
    "jahresbericht",
    "medieninformation",
    "medienmitteilung",
    "mitteilung",
    "nota de imprensa",
    "nota de prensa",
    "nota stampa",
    "note de presse",
    "persbericht",
    "persmededeling",
    "presseerklärung",
    "presseinformation",
    "pressemeldung",
    "pressemitteilung",
    "rapport",
    "rapporto",
    "relatório",
    "relazione",
    "stellungnahme",
    "verslag",
    "ausstellungskatalog",
];

/// Whether a note's segment names only the kind of document (`press release`, `Working
/// paper`), see [`GENRES`].
fn genre(seg: &str) -> bool {
    let seg = seg.trim().trim_end_matches(['.', ',', ';', ':']).trim();
    GENRES.iter().any(|g| seg.eq_ignore_ascii_case(g)) || kind_described(seg) || kind_named(seg)
}

/// Whether a note's segment opens in lower case with another language's noun for a kind of
/// document, then says which (`rapport d'observations définitives`, `delibera del Consiglio
/// comunale n. 18`, `nota informativa`): what it is, no one's name: a publisher's name opens
/// with a capital.
fn kind_named(seg: &str) -> bool {
    const KINDS: [&str; 26] = [
        "acta",
        "arrêté",
        "avis",
        "circolare",
        "circulaire",
        "compte",
        "decreto",
        "deliberazione",
        "delibera",
        "délibération",
        "décret",
        "informe",
        "nota",
        "note",
        "ordinanza",
        "parecer",
        "procès-verbal",
        "rapport",
        "rapporto",
        "relatório",
        "relazione",
        "resolución",
        "resolução",
        "sprawozdanie",
        "uchwała",
        "verbale",
    ];
    if !seg.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let mut words = seg.split_whitespace();
    let first = words.next().unwrap_or("");
    KINDS.contains(&first) && words.clone().next().is_some() && words.count() < 10
}

/// Whether a note's segment describes the kind of document in words of its own, all in
/// lower case and ending with a document's noun (`internal design doc`, `unpublished
/// manuscript`, `draft technical note`, a museum's `online collection`): what it is, no
/// one's name.
fn kind_described(seg: &str) -> bool {
    const NOUNS: [&str; 27] = [
        "brief",
        "bulletin",
        "collection",
        "dataset",
        "doc",
        "docs",
        "document",
        "draft",
        "dissertation",
        "filing",
        "handbook",
        "manuscript",
        "memo",
        "memorandum",
        "minutes",
        "note",
        "notes",
        "paper",
        "presentation",
        "proposal",
        "release",
        "report",
        "slides",
        "spec",
        "specification",
        "thesis",
        "wiki",
    ];
    let words: Vec<&str> = seg.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && words.last().is_some_and(|w| NOUNS.contains(w))
}

/// Whether a note's segment is the kind of document in capitals with its number
/// (`Research Report 12`, `Working Paper No. 31`, `Briefing Note 4`), or a kind in lower
/// case after who holds it (`Companies House filing`, `SEC filing`): `Some(None)` for the
/// first (a series' number names no one), `Some(Some(body))` for the second (the body
/// that keeps and publishes the document). A name of its own before the kind (`NBER
/// Working Paper No. 31207`) is left to the series rule.
fn filed_or_numbered_kind(seg: &str) -> Option<Option<&str>> {
    // Words that only say what sort of document it is, in the series' capitals.
    const KIND_WORDS: [&str; 16] = [
        "research",
        "working",
        "discussion",
        "technical",
        "policy",
        "briefing",
        "occasional",
        "statistical",
        "background",
        "consultation",
        "annual",
        "interim",
        "final",
        "draft",
        "internal",
        "evidence",
    ];
    // (`(Companies House filing, 2024)`, cut at its comma.)
    let seg = seg.strip_prefix('(').unwrap_or(seg);
    let words: Vec<&str> = seg.split_whitespace().collect();
    let numbered = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let kind = |ws: &[&str]| {
        let lower = ws.join(" ").to_lowercase();
        GENRES.contains(&lower.as_str())
            || (ws.len() >= 2
                && kind_described(&lower)
                && ws[..ws.len() - 1]
                    .iter()
                    .all(|w| KIND_WORDS.contains(&w.to_lowercase().as_str())))
    };
    match words.as_slice() {
        [head @ .., no, n] if numbered(n) && no.eq_ignore_ascii_case("no.") && kind(head) => {
            Some(None)
        }
        [head @ .., n] if numbered(n) && !head.is_empty() && kind(head) => Some(None),
        [head @ .., noun]
            if (1..=3).contains(&head.len())
                && ["filing", "filings"].contains(noun)
                && head.iter().all(|w| w.starts_with(char::is_uppercase)) =>
        {
            if KIND_WORDS.contains(&head[0].to_lowercase().as_str()) {
                return Some(None);
            }
            let end = seg.trim_end().len() - noun.len();
            Some(Some(seg.get(..end)?.trim_end()))
        }
        _ => None,
    }
}

/// `before` (the text before a note's quoted title) without a kind of document as its last
/// segment (`Office of the Minister for Ports, press release,`), or its interviewer (Chicago's
/// `Tomasz Wren, interview by Paul Ames,`): the names are before it.
fn without_genre(before: &str) -> &str {
    let t = before
        .trim_end()
        .trim_end_matches([',', ';', ':', '.'])
        .trim_end();
    let interviewer = |seg: &str| {
        let seg = seg.trim_start();
        ["interview by ", "interviewed by ", "Interview by "]
            .iter()
            .any(|p| seg.starts_with(p))
    };
    match t.rfind([',', ';', '.']) {
        Some(i) if t.get(i + 1..).is_some_and(|s| genre(s) || interviewer(s)) => {
            t.get(..=i).unwrap_or(before)
        }
        _ => before,
    }
}

/// The sender of a letter cited in Chicago's form (`Ingrid Solberg to the Ministry of
/// Agriculture, “Title,” 3 May 2023`, `Ada Roe to Lena Fisk, “…”`): `before` (the text
/// before the quoted title) up to its first ` to `, when that is a name of at most five
/// words and a capitalised recipient (or `the` and one) follows; `None` otherwise. After
/// `Letter from` (see [`letter_from`]) any recipient (`to members of the society`), or
/// none, follows the name: those words say whose letter it is.
fn letter_sender(before: &str) -> Option<&str> {
    let from = letter_from(before);
    let (head, rest) = match from {
        Some(t) => t.split_once_str(" to ").unwrap_or((t, "")),
        None => before.split_once_str(" to ")?,
    };
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    sender_name(head).filter(|_| from.is_some() || rest.starts_with(char::is_uppercase))
}

/// `head`, trimmed, when it names a letter's sender: two to five words, opening with a
/// capital, that name people ([`split_authors`]).
fn sender_name(head: &str) -> Option<&str> {
    let head = head.trim();
    // `Email from the Transport Authority press office`: the body, without its article
    // nor the office of it that wrote (up to three words in lower case after its name).
    let head = head.strip_prefix("the ").unwrap_or(head);
    let head = if head.ends_with(char::is_lowercase) {
        let mut end = head.len();
        for _ in 0..3 {
            match head.get(..end).and_then(|h| h.rfind(' ')) {
                Some(k)
                    if head
                        .get(k + 1..)
                        .is_some_and(|w| w.starts_with(char::is_lowercase)) =>
                {
                    end = k;
                }
                _ => break,
            }
        }
        head.get(..end)
            .filter(|name| {
                name.rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            })
            .unwrap_or(head)
    } else {
        head
    };
    let words = head.split_whitespace().count();
    ((2..=5).contains(&words)
        && head.starts_with(char::is_uppercase)
        && !split_authors(head).is_empty())
    .then_some(head)
}

/// Whether `before` (the text before a quotation) ends in a verb of saying or writing within
/// its last three words: `Smith says “…”`, `the mayor called it “…”`.
fn reported_speech(before: &str) -> bool {
    const VERBS: &[&str] = &[
        // A translation's note giving the words as said (`Our translation. Original: «…»`,
        // `Im Original: „…“`).
        "Original",
        "original",
        "Originally",
        "originally",
        "Originalzitat",
        "wording",
        "says",
        "said",
        "say",
        "writes",
        "wrote",
        "write",
        "notes",
        "noted",
        "argues",
        "argued",
        "calls",
        "called",
        "call",
        "describes",
        "described",
        "adds",
        "added",
        "explains",
        "explained",
        "claims",
        "claimed",
        "observes",
        "observed",
        "remarks",
        "remarked",
        "recalls",
        "recalled",
        "told",
        "tells",
        "insists",
        "insisted",
        "warns",
        "warned",
        "states",
        "stated",
        "declares",
        "declared",
        "admits",
        "admitted",
        "asks",
        "asked",
        "replied",
        "concludes",
        "concluded",
        "concedes",
        "conceded",
        "acknowledges",
        "acknowledged",
        "testified",
        "suggests",
        "suggested",
        "maintains",
        "maintained",
        "confirmed",
        "complained",
        "responded",
        "predicted",
        "promised",
    ];
    before
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| VERBS.contains(&w.trim_end_matches([',', ':'])))
}

/// Names then a year closing the text before a quoted title: APA's `Jones, P. (2001).`
/// (or `(2001a)`, `(n.d.)`) and Chicago's `Stewart, I. D., and T. R. Oke. 2012.` The
/// names and the year.
fn names_then_year(before: &str) -> Option<(&str, &str)> {
    let t = before.trim_end().trim_end_matches(['.', ',']).trim_end();
    if let Some(inner) = t.strip_suffix(')') {
        let open = inner.rfind('(')?;
        let year = inner.get(open + 1..)?;
        let names = inner.get(..open)?.trim_end();
        // Wikipedia's citations (CS1) give the full date: `Lindsay, Morag (18 March 2019).`
        let full_date = || {
            year.len() <= 24
                && dates(year).any(|m| {
                    let m = widen_date(year, m);
                    m.start == 0 && m.end == year.len()
                })
        };
        // APA's and Harvard's year first, then the day (`(2020, 12 May)`, `(2021, May 3)`):
        // the full date too.
        let year_first = || {
            year.split_once_str(", ").is_some_and(|(y, md)| {
                let whole_month = |m: &str| month(m.as_bytes(), 0).iter().any(|e| e == m.len());
                let day_month = md.split_once(' ').is_some_and(|(d, m)| {
                    (1..=2).contains(&d.len())
                        && d.bytes().all(|c| c.is_ascii_digit())
                        && whole_month(m)
                });
                yearish(y) && (month_day(md) || day_month || whole_month(md))
            })
        };
        return (!names.is_empty() && (yearish(year) || full_date() || year_first()))
            .then_some((names, year));
    }
    let (names, year) = t.rsplit_once_str(". ")?;
    (yearish(year) && !names.is_empty()).then_some((names, year))
}

/// The authors named with `by` right after a quoted title (`“…” by Ines Harrow, Tomasz
/// Bell and Rhea Odum is published in …`), and the text after their names: capitalised
/// words (initials, particles, `and`, `&` and commas between) up to the first other word in
/// lower case or a sentence's full stop. `None` when no names follow (`by the port trust`).
/// `written by` and `posted by` (a blog's) name them too.
fn names_by(after: &str) -> Option<(Vec<String>, &str)> {
    // (`written by`, and a blog's `posted by`, name them too.)
    let rest =
        after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '”' | '"'));
    let rest = ["by ", "written by ", "posted by "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?;
    let mut end = 0;
    for w in rest.split_inclusive(' ') {
        let word = w.trim_end().trim_end_matches(',');
        let joining = matches!(word, "and" | "&")
            || [
                "van", "von", "de", "der", "den", "da", "di", "du", "le", "la",
            ]
            .contains(&word);
        if !(joining || word.starts_with(char::is_uppercase)) {
            break;
        }
        end += w.len();
        // `by Ann Lee. Journal …`: a full stop after a word (no initial) ends the names.
        if word.ends_with('.') && word.chars().count() > 2 {
            break;
        }
        if end > 200 {
            return None;
        }
    }
    let names = rest
        .get(..end)?
        .trim_end()
        .trim_end_matches([',', '.'])
        .trim_end();
    let names = names
        .strip_suffix(" and")
        .or_else(|| names.strip_suffix(" &"))
        .unwrap_or(names);
    let authors = split_authors(names);
    (!authors.is_empty()).then(|| (authors, rest.get(end..).unwrap_or("")))
}

/// Whether `y` is an author–date entry's year: four digits from 1600 to 2099, perhaps a
/// letter after (`2022a`), or `n.d.` (`n.d` too).
fn yearish(y: &str) -> bool {
    y == "n.d"
        || y == "n.d."
        || (matches!(y.as_bytes(), [b'1', b'6'..=b'9', ..] | [b'2', b'0', ..])
            && y.get(..4)
                .is_some_and(|d| d.bytes().all(|c| c.is_ascii_digit()))
            && y.get(4..)
                .is_some_and(|r| r.len() <= 1 && r.bytes().all(|c| c.is_ascii_lowercase())))
}

/// A title in single quotes opening `rest` (Harvard: `'Who gets the shade?', Journal, …`):
/// the title and what follows it. A closing mark is one followed by no letter (`’` is also
/// the apostrophe of `Who’s`), the first followed by punctuation if there is one (`'The
/// workers' finest hour', Journal`: a plural's apostrophe is followed by a space).
/// A title in curly single quotes after the authors, as British note styles write it
/// (`Diamond, R. and Qian, F., ‘The effects of rent control’, *AER*, 2019.`): an opening
/// `‘` after `, ` or `. ` (or at the start) with two words at least before its closing `’`
/// (an apostrophe inside, `Ter Borch’s`, is followed by a letter and passed over). The same
/// shape as [`quoted_title`]'s answer. Other languages' single marks are read the same way:
/// German `‚…‘` (Polish and Dutch close it with `’`), Swedish and Finnish `’…’` (an
/// apostrophe after `, ` opens nothing with fewer than two words before its closer).
fn curly_single_title(s: &str) -> Option<(usize, std::ops::Range<usize>, usize)> {
    let mut from = 0;
    // Straight marks too, as British house style is typed (`CAMRA, 'Pub Closures Report
    // 2023', 12 January 2023`); an apostrophe in a name (`O'Neill`) follows no comma.
    while let Some(k) = s.get(from..)?.find(['‘', '‚', '’', '\'']) {
        let at = from + k;
        let inner = at + s.get(at..)?.chars().next()?.len_utf8();
        let lead = s.get(..at)?.trim_end_matches(' ');
        // A `’` closing a title after its comma (`‘Why,’ Journal`) is followed by a space.
        let hugs = s
            .get(inner..)
            .is_some_and(|r| !r.starts_with(char::is_whitespace));
        if (lead.is_empty() || lead.ends_with([',', '.', ':'])) && hugs {
            if let Some((title, after)) = single_quoted(s.get(at..)?) {
                let end = s.len() - after.len();
                if title.split_whitespace().nth(1).is_some() {
                    return Some((at, inner..inner + title.len(), end));
                }
            }
        }
        from = inner;
    }
    None
}

fn single_quoted(rest: &str) -> Option<(&str, &str)> {
    let (open, close): (char, &[char]) = match rest.chars().next()? {
        '\'' => ('\'', &['\'']),
        '‘' => ('‘', &['’']),
        // Swedish and Finnish.
        '’' => ('’', &['’']),
        // German, and Polish and Dutch closing it with `’`.
        '‚' => ('‚', &['‘', '’']),
        _ => return None,
    };
    let inner = rest.get(open.len_utf8()..)?;
    let mut from = 0;
    let mut first = None;
    while let Some(i) = inner.get(from..)?.find(close) {
        let at = from + i;
        let close = if open == '\'' { 1 } else { 3 };
        let after = inner.get(at + close..)?;
        if !after.starts_with(char::is_alphanumeric) {
            let title = inner.get(..at)?;
            if after.is_empty() || after.starts_with([',', '.', ';', ':', ')']) {
                return (title.chars().count() >= 2).then_some((title, after));
            }
            first = first.or(Some((title, after)));
        }
        from = at + close;
        if from > 300 {
            break;
        }
    }
    first.filter(|(title, _)| title.chars().count() >= 2)
}

/// The authors opening a Brazilian (ABNT) entry, whose surnames are written in capitals,
/// where [`inverted_names`] reads none: several people parted by semicolons (`ALMEIDA,
/// João; SOUZA, Marina.`), or a body's name all in capitals (`INSTITUTO COSTEIRO DO
/// NORTE.`); then the rest, after the names' full stop. (The title, in bold, is not marked
/// in the text: it is the sentence after the names.)
fn abnt_names(s: &str) -> Option<(Vec<String>, &str)> {
    let s = s.trim_start();
    // Most notes fail here: the first word is in capitals, of two letters or more.
    let first = s.split([' ', ',']).next()?;
    if first.chars().count() < 2 || !first.chars().all(char::is_uppercase) {
        return None;
    }
    let end = s.find(". ")?;
    let names = s.get(..end)?;
    if names.len() > 200 {
        return None;
    }
    let capitals = |w: &str| {
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
    };
    let authors: Vec<String> = if names.has_str("; ") {
        let parts: Vec<&str> = names.split("; ").collect();
        let people = parts.iter().all(|p| {
            p.split_once_str(", ").is_some_and(|(surname, given)| {
                surname.split_whitespace().all(capitals)
                    && given.starts_with(char::is_uppercase)
                    && given.split_whitespace().count() <= 4
                    && !given.contains(|c: char| c.is_ascii_digit())
            })
        });
        if !people {
            return None;
        }
        parts.iter().map(|p| p.trim().to_string()).collect()
    } else {
        let words: Vec<&str> = names.split_whitespace().collect();
        let body = (2..=10).contains(&words.len())
            && words
                .iter()
                .all(|w| capitals(w) || matches!(*w, "DE" | "DO" | "DA" | "DOS" | "DAS" | "E"));
        if !body {
            return None;
        }
        vec![names.to_string()]
    };
    Some((authors, s.get(end + 2..)?))
}

/// A bibliography entry led by a surname, a comma and given names (`Kowalczyk, Marta.`,
/// `Lind, T. R.`, `Okafor, Ruth, and Tomas Lind.`), with no quoted or italic title to say
/// where the names end: the names up to the first full stop that is not an initial's, and
/// the rest. `None` unless every word there could be part of a name.
fn inverted_names(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_start();
    let mut from = 0;
    let end = loop {
        let i = from + s.get(from..)?.find('.')?;
        if i > 160 {
            return None;
        }
        let after = &s[i + 1..];
        from = i + 1;
        if !after.is_empty() && !after.starts_with(char::is_whitespace) {
            continue;
        }
        // A full stop ends the names unless it is an initial's followed by another initial
        // (`Lind, T. R.`): after `Hillman, Jonathan E.` comes the title.
        // In names in reading order an initial is a first or middle one, the surname comes
        // after it: `Emery D. Berger, …`, `J. Barnes and P. Hut.` Only in the given names of
        // an inverted name (one comma before, after a one-word surname) may it end them.
        let word = s[..=i].rsplit([' ', ',']).next().unwrap_or("");
        let next = after.split_whitespace().next().unwrap_or("");
        let head = &s[..i];
        let inverted = head.matches(',').count() == 1
            && head.split(',').next().is_some_and(|surname| {
                let mut w = surname.split_whitespace();
                w.next().is_some_and(|f| f.starts_with(char::is_lowercase)) || w.next().is_none()
            });
        // In a list of inverted names (Nature's `Quigley, K. M., Baker, A. C. & Wilson, B.`),
        // the initials after a surname's comma are given names too, and the list goes on
        // at `&`, `and` or `et al.` after them.
        // (The surname before that comma holds no initial: `J. Smith, A. B. Brown` is in
        // reading order.)
        let mut segments = head.rsplit(',');
        let tail = segments.next().unwrap_or(head);
        let surname = segments.next().map(|p| {
            let p = p.rsplit(" & ").next().unwrap_or(p);
            p.rsplit(" and ").next().unwrap_or(p)
        });
        let inverted_given = surname.is_some_and(|n| {
            (1..=3).contains(&n.split_whitespace().count()) && !n.split_whitespace().any(is_initial)
        }) && !tail.trim().is_empty()
            && tail.split_whitespace().all(|w| {
                is_initial(w) || (w.chars().count() == 1 && w.starts_with(char::is_uppercase))
            });
        let continues = if inverted || inverted_given {
            is_initial(next)
                || is_initial(next.trim_end_matches(','))
                || matches!(next, "&" | "and" | "et")
        } else {
            next.starts_with(char::is_uppercase)
        };
        if !(is_initial(word) && continues) {
            break i;
        }
    };
    let names = &s[..=end];
    let words: Vec<&str> = names.split_whitespace().collect();
    // Names are inverted (`Lind, Tomas`) or a list with an initial (`J. Ruiz and P. Nowak`):
    // any sentence of capitalised words would pass the test below otherwise.
    // The given names: after the comma, or all of a list in reading order.
    let given = match names.find(',') {
        Some(c) if (1..=3).contains(&names[..c].split_whitespace().count()) => &names[c + 1..],
        Some(_) => return None,
        None if words.iter().any(|w| matches!(*w, "and" | "&" | "et"))
            && words.iter().any(|w| is_initial(w)) =>
        {
            names
        }
        None => return None,
    };
    if !(2..=12).contains(&words.len()) {
        return None;
    }
    const LINKS: [&str; 18] = [
        "and", "&", "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la",
        "ter", "y", "et", "al",
    ];
    let name_word = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        LINKS.contains(&w)
            || (w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
    };
    // The given names (after the comma) must hold a capitalised word: `Survey office,
    // annual review.` is not a person.
    if !words.iter().all(|w| name_word(w))
        || !given
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    Some((names, &s[end + 1..]))
}

/// Whether a word is an initial: `T.`, or a hyphenated given name's (`W.-P.`, `J.-L.`).
fn is_initial(w: &str) -> bool {
    w.split('-').all(|part| {
        let mut c = part.chars();
        matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
    })
}

/// A comma list of two or more names in reading order, each initials first (`J. Smith, A. B.
/// Brown`), closing with `et al.` or not: the names. `None` for any other shape (an inverted
/// name, `Hillman, Jonathan E.`, has no initials before its surname).
fn initials_first_list(s: &str) -> Option<Vec<String>> {
    if !s.contains(',') {
        return None;
    }
    let mut names = Vec::new();
    let mut pieces = s.split(',').map(str::trim).peekable();
    while let Some(p) = pieces.next() {
        let p = p.trim_end_matches('.');
        if pieces.peek().is_none() && p.eq_ignore_ascii_case("et al") && !names.is_empty() {
            break;
        }
        let words: Vec<&str> = p.split_whitespace().collect();
        let initials = words.iter().take_while(|w| is_initial(w)).count();
        let rest = words.get(initials..).unwrap_or(&[]);
        if initials == 0
            || rest.is_empty()
            || rest.len() > 3
            || !rest
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && !is_initial(w))
        {
            return None;
        }
        names.push(p.to_string());
    }
    (names.len() >= 2 || (names.len() == 1 && s.has_str("et al"))).then_some(names)
}

/// One name in reading order, initials first (`K. Jones.`, `W.-P. Planqué.`), then the rest:
/// a single author of a bibliography entry in ACM's or LaTeX's plain style, which
/// [`inverted_names`] leaves alone (it wants a list, or a comma, to tell names from a
/// sentence).
fn initials_name(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_start();
    let mut at = 0;
    let mut initials = 0;
    for w in s.split(' ') {
        if w.is_empty() {
            return None;
        }
        let end = at + w.len();
        if is_initial(w) {
            initials += 1;
        } else {
            let surname = w.strip_suffix('.')?;
            let name_like = surname.chars().next().is_some_and(char::is_uppercase)
                && surname.chars().count() >= 2
                && surname
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
            if initials == 0 || initials > 3 || !name_like {
                return None;
            }
            return Some((s.get(..end)?, s.get(end..)?));
        }
        at = end + 1;
        if initials > 3 {
            return None;
        }
    }
    None
}

/// AMA's web page by a body (`Harrowgate County Department of Education. Homework load
/// and family time: advice for schools. Published March 3, 2022. Accessed May 1, 2023.
/// URL`): the body's name as a sentence, the title as the next, then the page's own date
/// after `Published` (or `Updated`, `Posted`, `Reviewed`, `Accessed`). The body and the
/// title; the date is the note's first, the page's own.
fn body_title_published(clean: &str) -> Option<(&str, &str)> {
    const DATED: [&str; 6] = [
        "Published ",
        "Updated ",
        "Last updated ",
        "Posted ",
        "Reviewed ",
        "Accessed ",
    ];
    let (body, rest) = split_sentence(clean.trim_start());
    if rest.is_empty() || !body_name(body.trim()) {
        return None;
    }
    let (title, after) = split_sentence(rest.trim_start());
    (title.starts_with(char::is_uppercase)
        && title.split_whitespace().nth(2).is_some()
        && DATED.iter().any(|p| after.trim_start().starts_with(p)))
    .then_some((body, title))
}

fn split_sentence(s: &str) -> (&str, &str) {
    match super::find_str(s, ". ") {
        Some(i) => (s.get(..i).unwrap_or(""), s.get(i + 2..).unwrap_or("")),
        None => (s.trim_end_matches('.'), ""),
    }
}

fn trim_title(s: &str) -> String {
    let t = s.trim().trim_end_matches([',', '.', ';', ':']).trim();
    fold_ws(without_format_marker(t))
}

/// A title without the file format a citation template writes after it (MediaWiki's
/// `Annual Report (PDF)`, `(pdf)`, `(PDF, 2.1 MB)`, `(Word document)`): how the file is
/// stored, no word of the title. Only a title closing with `)` is looked at.
fn without_format_marker(t: &str) -> &str {
    const FORMATS: [&str; 20] = [
        "csv",
        "doc",
        "docx",
        "epub",
        "excel",
        "excel spreadsheet",
        "odt",
        "pdf",
        "pdf document",
        "pdf file",
        "powerpoint",
        "ppt",
        "pptx",
        "rtf",
        "spreadsheet",
        "word",
        "word doc",
        "word document",
        "xls",
        "xlsx",
    ];
    let Some(inner_end) = t.strip_suffix(')') else {
        return t;
    };
    let Some((head, inner)) = inner_end.rsplit_once_str(" (") else {
        return t;
    };
    let (kind, size) = inner.split_once(", ").unwrap_or((inner, ""));
    let size_ok = size.is_empty() || {
        let mut w = size.split_whitespace();
        let n = w.next().unwrap_or("");
        let unit = w.next().unwrap_or("");
        w.next().is_none()
            && n.starts_with(|c: char| c.is_ascii_digit())
            && n.bytes()
                .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
            && ["kb", "mb", "gb", "kib", "mib", "bytes", "pages", "p", "pp"]
                .iter()
                .any(|u| unit.trim_end_matches('.').eq_ignore_ascii_case(u))
    };
    // The kind of work a citation template writes after the title (`{{cite report}}`'s
    // `(Report)`, `{{cite thesis}}`'s `(Thesis)`, `{{cite press release}}`'s `(Press
    // release)`), as the template capitalises it: no word of the title either.
    const TYPES: [&str; 8] = [
        "Doctoral dissertation",
        "PhD thesis",
        "Preprint",
        "Press release",
        "Report",
        "Technical report",
        "Thesis",
        "Working paper",
    ];
    let typed = size.is_empty() && TYPES.contains(&kind);
    let kind = kind.trim().to_ascii_lowercase();
    let head = head.trim_end();
    if (typed || (size_ok && FORMATS.binary_search(&kind.as_str()).is_ok())) && !head.is_empty() {
        head.trim_end_matches([',', '.', ';', ':'])
    } else {
        t
    }
}

fn trim_field(s: &str) -> String {
    fold_ws(
        s.trim()
            .trim_matches(|c: char| c == ',' || c == '.' || c == ';' || c == ':' || c == '<')
            .trim(),
    )
}

/// Whether `s` is one word that opens a sentence of explanation (`Actually,`, `However,`):
/// a note `Actually, “call by object reference” would be …` names no author and no title.
fn discourse_word(s: &str) -> bool {
    const WORDS: [&str; 40] = [
        "Actually",
        "However",
        "Also",
        "See",
        "Note",
        "Thus",
        "Indeed",
        "Here",
        "Similarly",
        "Compare",
        "Originally",
        "Previously",
        "Formerly",
        "Literally",
        "Otherwise",
        "Instead",
        "Finally",
        "Alternatively",
        "Historically",
        "Technically",
        "Traditionally",
        "Therefore",
        "Hence",
        "Moreover",
        "Furthermore",
        "Nevertheless",
        "Nonetheless",
        "Meanwhile",
        "Incidentally",
        "Notably",
        "Specifically",
        "Generally",
        "Usually",
        "Typically",
        "Sometimes",
        "Perhaps",
        "Clearly",
        "Obviously",
        "Interestingly",
        "Unfortunately",
    ];
    let w = s.trim().trim_end_matches([',', ':']).trim_end();
    // Most notes begin with names: a longer string, or several words, at once.
    (3..=13).contains(&w.len()) && !w.contains(' ') && WORDS.contains(&w)
}

/// The authors named in `s`, or none when what is there does not read as names: a note
/// that explains rather than cites (`This statement assumes that you use …`) has no authors.
pub(crate) fn split_authors(s: &str) -> Vec<String> {
    if discourse_word(s) {
        return Vec::new();
    }
    let authors = split_authors_unchecked(s);
    if authors.iter().all(|a| name_like(a)) {
        authors
    } else {
        Vec::new()
    }
}

/// Whether `s` can be a person's or an organisation's name: a few words, each capitalised
/// or one of the small words names and bodies hold (`van`, `de`, `of`, `for`, `et al.`).
fn name_like(s: &str) -> bool {
    const SMALL: [&str; 36] = [
        "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "ter", "y",
        "of", "for", "the", "and", "on", "in", "at", "et", "al", "al.", "&", "d'", "ed.", "eds.",
        "ed", "eds", "trans.", "comp.", // Polish bodies' `i` (and), `w` (in), `z`, `ds.`.
        "i", "w", "z", "ds.",
    ];
    // A name ends with a name's word, not a small one: `Interview in` (before a magazine's
    // title) or `Remarks at` is the kind of piece, no author (session 38).
    let last_small = s.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w,
            "in" | "at" | "on" | "with" | "for" | "of" | "and" | "the"
        )
    });
    // A body's branch or place in brackets after its name (`Royal College of Nursing
    // (Northfield branch)`, `Friends of the Earth (Scotland)`): a capitalised word first,
    // at most four words of letters, then nothing.
    let s = match s
        .trim_end()
        .strip_suffix(')')
        .and_then(|h| h.rsplit_once_str(" ("))
    {
        Some((name, inner))
            if name.split_whitespace().nth(1).is_some()
                && inner.starts_with(char::is_uppercase)
                && inner.split_whitespace().nth(4).is_none()
                && inner
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’')) =>
        {
            name
        }
        _ => s,
    };
    let mut n = 0;
    !last_small
        && (s.split_whitespace().all(|w| {
            n += 1;
            n <= 16 && (!w.starts_with(char::is_lowercase) || SMALL.contains(&w))
        }) && (n <= 8 || department(s))
            // (A department's or a committee's name may run longer than a person's.)
            || org_name(s))
}

/// Words that open an organisation's name in languages that capitalise only its first
/// word (`Fédération des usagers de la bicyclette`, `Asociación de vecinos del barrio`).
/// Sorted (by bytes), for a binary search: [`org_name`] runs for every part of a note that
/// other names' rule leaves.
const ORG_HEADS: &[&str] = &[
    "Agence",
    "Agencia",
    "Agenzia",
    "Agência",
    "Asamblea",
    "Asociación",
    "Assemblea",
    "Assembleia",
    "Assemblée",
    "Association",
    "Associazione",
    "Associação",
    "Autoridad",
    "Autorità",
    "Autorité",
    "Bundesamt",
    "Bundesministerium",
    "Cabildo",
    "Camera",
    "Chambre",
    "Collectif",
    "Comisión",
    "Comissão",
    "Comité",
    "Commission",
    "Commissione",
    "Comunidad",
    "Confederación",
    "Confédération",
    "Conseil",
    "Consejo",
    "Conselho",
    "Consiglio",
    "Corte",
    "Cour",
    "Cámara",
    "Diputación",
    "Dirección",
    "Direction",
    "Direzione",
    "Direção",
    "Federación",
    "Federazione",
    "Federação",
    "Fondation",
    "Fondazione",
    "Fundación",
    "Fundação",
    "Fédération",
    "Generalitat",
    "Gobierno",
    "Gouvernement",
    "Governo",
    "Institut",
    "Instituto",
    "Istituto",
    "Junta",
    "Landesamt",
    "Ministerio",
    "Ministerium",
    "Ministero",
    "Ministère",
    "Ministério",
    "Observatoire",
    "Observatorio",
    "Osservatorio",
    "Prefeitura",
    "Préfecture",
    "Secretaria",
    "Secretaría",
    "Secrétariat",
    "Sindacato",
    "Sindicato",
    "Syndicat",
    "Tribunal",
    "Tribunale",
    "Union",
    "Unión",
    "Xunta",
];

/// Whether `s` is an organisation's name written as French, Spanish, Italian and
/// Portuguese write one, only its first word capitalised (`Fédération des usagers de la
/// bicyclette`, `Assemblée nationale`), or a German ministry's or federal office's
/// (`Bundesministerium für Verkehr`): one of [`ORG_HEADS`], then at most nine words, each a word (no digits, no
/// sentence's punctuation). A head spelt as in English (`Union`, `Commission`,
/// `Association`) needs a function word of those languages after it (`Union des
/// syndicats`, `Commission nationale de l'informatique`): an English headline opens with
/// these words too (`Union membership rises again in Europe`).
fn org_name(s: &str) -> bool {
    /// Heads English spells alike.
    const ENGLISH_HEADS: [&str; 5] = [
        "Association",
        "Commission",
        "Direction",
        "Tribunal",
        "Union",
    ];
    /// Function words joining an organisation's name in French, Spanish, Italian and
    /// Portuguese.
    const JOINERS: [&str; 18] = [
        "de", "des", "du", "del", "della", "dello", "dei", "degli", "delle", "di", "do", "dos",
        "da", "das", "pour", "para", "per", "et",
    ];
    let mut words = s.split_whitespace();
    let Some(head) = words.next() else {
        return false;
    };
    ORG_HEADS.binary_search(&head).is_ok()
        && words.clone().count() <= 9
        && (!ENGLISH_HEADS.contains(&head)
            || words.clone().any(|w| {
                JOINERS.contains(&w) || ["d'", "d’", "l'", "l’"].iter().any(|p| w.starts_with(p))
            }))
        && words.all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        })
}

fn split_authors_unchecked(s: &str) -> Vec<String> {
    let s = clean_author(s);
    // `By Ana Ruiz`, and whom a passage was read in: `Quoted in Priya Nair`.
    let s = [
        "by ",
        "quoted in ",
        "quoted by ",
        "cited in ",
        "as quoted in ",
        "as cited in ",
        "qtd. in ",
    ]
    .iter()
    .find(|p| super::starts_with_ignore_ascii_case(s, p))
    .and_then(|p| s.get(p.len()..))
    .unwrap_or(s);
    // (Arabic has no capitals: its letters name people and bodies.)
    if s.is_empty()
        || s.len() > 200
        || s.has_str("http")
        || !s
            .chars()
            .any(|c| c.is_uppercase() || ('\u{0620}'..='\u{064A}').contains(&c))
    {
        return Vec::new();
    }
    // Spanish and German entries join names with `y`, `und` (`Pérez, A. y Gómez, M.`): after
    // an initial, read as `and`.
    let b = s.as_bytes();
    if memchr::memchr_iter(b'.', b).any(|i| {
        b.get(i + 1..).is_some_and(|r| {
            r.starts_with(b" y ")
                || r.starts_with(b" und ")
                || r.starts_with(b", y ")
                || r.starts_with(b", und ")
        })
    }) {
        // (APA's comma before the last name, `Ríos, M., y Delgado, J.`, as before its `&`.)
        return split_names(
            &s.replace("., y ", "., & ")
                .replace("., und ", "., & ")
                .replace(". y ", ". and ")
                .replace(". und ", ". and "),
        );
    }
    // `Laura Benítez y Tomás Ferrer`, `Tim Hollis og Kari Nygaard`: two whole names joined
    // by another language's `and`.
    if let Some(joined) = foreign_and(s) {
        return split_names(&joined);
    }
    if let Some(body) = body_of_unit(s) {
        return vec![body.to_string()];
    }
    // APA's long author lists: the first nineteen, an ellipsis, the last, with no `&`
    // (`Yang, L., Holtz, D., ... Teevan, J.`): surnames and initials in turn.
    if memchr::memchr_iter(b',', b).nth(3).is_some()
        && memchr::memchr2(b';', b'&', b).is_none()
        && memchr::memmem::find(b, b" and ").is_none()
    {
        let listed = s.replace(", ... ", ", ").replace(", … ", ", ");
        let names = split_names(&listed);
        if names.len() > 1 {
            return names;
        }
    }
    // Names in reading order, initials first, joined by commas (`J. Smith, A. B. Brown, et
    // al.`, IEEE's and ACM's lists): each name, `et al.` left out.
    if let Some(names) = initials_first_list(s) {
        return names;
    }
    // Keep "Hillman, Jonathan E." whole: split only on `;`, `&` and "and".
    if memchr::memchr2(b';', b'&', s.as_bytes()).is_none()
        && memchr::memmem::find(s.as_bytes(), b" and ").is_none()
    {
        // `Ana Ferreira, Bo Li, et al.`, `T. Nguyen et al.`: the names given, without the
        // `et al.` (which [`split_names`] leaves out).
        if et_al_closing(s) {
            return split_names(s);
        }
        // One author (most notes): nothing to split, the same cleaning as below.
        let r = clean_author(s);
        return if r.is_empty() {
            Vec::new()
        } else {
            vec![r.to_string()]
        };
    }
    split_names(s)
}

/// The body's name in `s`, a body's then one of its branches or departments after a comma
/// as other languages name them (`Generalna Dyrekcja Dróg Krajowych i Autostrad, Oddział w
/// Poznaniu`, `Landratsamt Kemnath, Abteilung Umwelt`): the branch is where in the body the
/// work was written, no second author. `None` for any other shape.
fn body_of_unit(s: &str) -> Option<&str> {
    const UNITS: [&str; 20] = [
        "Abteilung",
        "Delegación",
        "Delegazione",
        "Departament",
        "Departamento",
        "Dezernat",
        "Dipartimento",
        "Direction",
        "Diretoria",
        "Fachbereich",
        "Oddział",
        "Referat",
        "Secretaria",
        "Secretaría",
        "Service",
        "Servicio",
        "Settore",
        "Sous-direction",
        "Ufficio",
        "Wydział",
    ];
    let (head, unit) = s.split_once_str(", ")?;
    let first = unit.split_whitespace().next()?;
    (UNITS.contains(&first)
        && !unit.contains([',', ';'])
        && unit.split_whitespace().nth(6).is_none()
        && head.split_whitespace().nth(1).is_some()
        && name_like(head))
    .then_some(head)
}

/// `s` with another language's `and` (`y`, `e`, `et`, `und`, `i`, `en`, `og`) written as
/// ` and ` where it stands between two people's names (two to four capitalised words each,
/// none naming a body: `Generalna Dyrekcja Dróg Krajowych i Autostrad` is one name); `None`
/// when it joins none.
fn foreign_and(s: &str) -> Option<String> {
    const JOINS: [&str; 7] = [" y ", " e ", " et ", " und ", " i ", " en ", " og "];
    let person = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words.iter().all(|w| capitalised_word(w))
            && !words.iter().any(|w| {
                ORG_TAILS.binary_search(w).is_ok()
                    || AUTHOR_BODIES.contains(w)
                    || german_body_word(w)
                    || ORG_HEADS.binary_search(w).is_ok()
            })
    };
    let mut out: Option<String> = None;
    for j in JOINS {
        let cur = out.as_deref().unwrap_or(s);
        let Some(at) = memchr::memmem::find(cur.as_bytes(), j.as_bytes()) else {
            continue;
        };
        let (a, b) = (cur.get(..at)?, cur.get(at + j.len()..)?);
        let last = a.rsplit([',', ';', '&']).next().unwrap_or(a);
        let next = b.split([',', ';', '&']).next().unwrap_or(b);
        if person(last) && person(next) {
            out = Some(format!("{a} and {b}"));
        }
    }
    out
}

/// Splits a list of names on `;`, `&`, ", and" and "and"; and on commas where every piece
/// between them is a whole name of two words or more (`Bobby Powers, David Tench, …`), not
/// an inverted one (`Hillman, Jonathan E.`).
fn split_names(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |r: &str| {
        let r = clean_author(r);
        if !r.is_empty() {
            out.push(r.to_string());
        }
    };
    // `Yang, L., Holtz, D., et al.`: the others go unnamed; the names given are the list.
    let s = [", et al.", ", et al", " et al.", " et al"]
        .iter()
        .find_map(|e| s.trim_end().strip_suffix(e))
        .filter(|n| n.contains([',', ' ']))
        .unwrap_or(s);
    for part in s.split(';') {
        // A government department's name lists its remits with commas and `and`
        // (`Department for Levelling Up, Housing and Communities`, `Ministry of Housing,
        // Communities and Local Government`): one body.
        if department(part) {
            push(part);
            continue;
        }
        // One word before the `&` and a body's name after it (`Calder & Hebble Navigation
        // Company`, `Smith & Nephew Group`) name one organisation, not two.
        // Nor do two names a firm has always gone by (`Procter & Gamble`, `Johnson &
        // Johnson`): a note names people with their given names or initials.
        let one_body = part.split_once_str(" & ").is_some_and(|(a, b)| {
            let (a, b) = (a.trim(), b.trim());
            !a.contains([' ', ',', '.'])
                && a.starts_with(char::is_uppercase)
                && ((org_tail(b) && !b.contains([',', '&']))
                    || a == b
                    || AMPERSAND_FIRMS.contains(&(a, b)))
        });
        let amps: Vec<&str> = if one_body {
            vec![part]
        } else {
            part.split(" & ").collect()
        };
        for p in amps {
            for q in p.split(", and ") {
                for r in and_parts(q) {
                    let pieces: Vec<&str> = r
                        .trim()
                        .trim_end_matches(',')
                        .split(',')
                        .map(str::trim)
                        .collect();
                    // `Ben-Kiki, O., Bille, P., Grossi, R.`: surnames and initials in turn.
                    if pieces.len() >= 4
                        && pieces.chunks(2).all(|p| {
                            p.len() == 2
                                && p[1].split([' ', '-']).all(|i| {
                                    i.len() <= 4
                                        && i.ends_with('.')
                                        && i.starts_with(char::is_uppercase)
                                })
                        })
                    {
                        for p in pieces.chunks(2) {
                            push(&format!("{}, {}", p[0], p[1]));
                        }
                    } else if r.contains(',')
                        && r.split(',').all(|n| {
                            // `Le Guin, Ursula K.`: a piece ending with an initial is the
                            // given names of an inverted name.
                            n.split_whitespace().count() >= 2 && !n.trim_end().ends_with('.')
                        })
                    {
                        r.split(',').for_each(&mut push);
                    } else if let Some(names) = inverted_then_names(&pieces) {
                        // `Marsh, Anna, Daniel Price`: an inverted first author, then names
                        // in reading order (Chicago's lists).
                        names.iter().for_each(|n| push(n));
                    } else {
                        push(r);
                    }
                }
            }
        }
    }
    out
}

/// `q` split at its ` and `s, except where the words before one are no person's name and
/// the words after it end as an organisation's name does: `Agriculture and Horticulture Levy
/// Board`, `Economic and Social Research Council`, `Department of Health and Human
/// Services`, `Office of Rail and Road` are one body each. A person's name is two to four capitalised words (or holds
/// an initial or a comma), so `Kahneman and Tversky` and `Jane Okafor and Tidal Research
/// Council` still name two.
fn and_parts(q: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    // The start of the part being built (a byte offset in `q`).
    let mut from = 0;
    let mut rest = q;
    let mut at = 0;
    while let Some(i) = memchr::memmem::find(rest.as_bytes(), b" and ") {
        let before = q.get(from..at + i).unwrap_or("");
        let after_start = at + i + 5;
        // The next part: up to the next ` and `, or the end.
        let after = q.get(after_start..).unwrap_or("");
        let after = memchr::memmem::find(after.as_bytes(), b" and ")
            .and_then(|j| after.get(..j))
            .unwrap_or(after);
        // `Office of Rail and Road`: a body named `… of X and Y`, one capitalised word after.
        let of_and_one = !person_shaped(before)
            && before.split_whitespace().any(|w| matches!(w, "of" | "for"))
            && after.split_whitespace().count() == 1
            && after.trim().starts_with(char::is_uppercase)
            && !after.contains(['.', ',']);
        if ((!person_shaped(before) || (org_opening(before) && !org_tail(before)))
            && org_tail(after))
            || of_and_one
        {
            // One body: go on past this ` and `.
        } else {
            out.push(before);
            from = after_start;
        }
        at = after_start;
        rest = q.get(at..).unwrap_or("");
    }
    out.push(q.get(from..).unwrap_or(""));
    out
}

/// Whether `s` is shaped like a person's name: two to four capitalised words, or one with
/// an initial (`A.`) or a comma (`Okafor, A`).
fn person_shaped(s: &str) -> bool {
    let s = s.trim();
    if s.contains(',')
        || s.split_whitespace()
            .any(|w| w.len() <= 3 && w.ends_with('.'))
    {
        return true;
    }
    let n = s.split_whitespace().count();
    (2..=4).contains(&n)
        && s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
}

/// Whether `s` is a department's or ministry's name: `Department for …`, `Ministry of …`,
/// `Office for …`, with no quotation in it.
fn department(s: &str) -> bool {
    const BODIES: [&str; 16] = [
        "Committee on ",
        "Committee of ",
        "Committee for ",
        "Subcommittee on ",
        "Commission on ",
        "Commission for ",
        "Council on ",
        "Council for ",
        "Department of ",
        "Department for ",
        "Ministry of ",
        "Ministry for ",
        "Office of ",
        "Office for ",
        "Secretariat of ",
        "Bureau of ",
    ];
    let s = s.trim();
    let mut w = s.split_whitespace();
    // Or a committee's, named after its house (`House of Commons Select Committee on Trade
    // and Industry`, `Senate Committee on Commerce, Science, and Transportation`): no comma
    // before the body's word, which a list of names would have.
    let opens = matches!(
        (w.next(), w.next()),
        (
            Some("Department" | "Ministry" | "Office" | "Secretariat"),
            Some("of" | "for")
        )
    ) || BODIES.iter().any(|b| {
        s.find(b).is_some_and(|k| {
            k > 0
                && s.starts_with(char::is_uppercase)
                && !s.get(..k).unwrap_or("").contains([',', ';', '&'])
                && !s.get(..k).unwrap_or("").has_str(" and ")
        })
    });
    opens && !s.contains(['"', '“', '”']) && s.len() <= 120
}

/// Words that open English organisations' names and no person's ([`org_opening`]). Sorted
/// (by bytes), for a binary search.
const ORG_OPENERS: &[&str] = &[
    "American",
    "Australian",
    "British",
    "Canadian",
    "Central",
    "European",
    "Federal",
    "Global",
    "International",
    "Joint",
    "Local",
    "Medical",
    "National",
    "Natural",
    "Royal",
    "Scientific",
    "Social",
    "United",
    "World",
];

/// Whether `s` opens with a word that opens English organisations' names and no person's
/// (`National Oceanic`, `Social Sciences`): two capitalised words that look like a name
/// otherwise ([`person_shaped`]).
fn org_opening(s: &str) -> bool {
    s.split_whitespace()
        .next()
        .is_some_and(|w| ORG_OPENERS.binary_search(&w).is_ok())
}

/// Firms named by two surnames joined by `&`, with nothing after them (`Procter & Gamble`):
/// one author, not two. (A name with a body's word after it, `Smith & Nephew Group`, is
/// one by [`org_tail`]; a name twice, `Johnson & Johnson`, by itself.)
const AMPERSAND_FIRMS: [(&str, &str); 32] = [
    ("Abercrombie", "Fitch"),
    ("Allen", "Overy"),
    ("Allen", "Unwin"),
    ("Baker", "McKenzie"),
    ("Barnes", "Noble"),
    ("Black", "Decker"),
    ("Booz", "Company"),
    ("Chatto", "Windus"),
    ("Church", "Dwight"),
    ("Dolce", "Gabbana"),
    ("Ernst", "Young"),
    ("Faber", "Faber"),
    ("Fortnum", "Mason"),
    ("Harper", "Row"),
    ("Hodder", "Stoughton"),
    ("Latham", "Watkins"),
    ("Marks", "Spencer"),
    ("Procter", "Gamble"),
    ("Reckitt", "Colman"),
    ("Rowman", "Littlefield"),
    ("Simon", "Schuster"),
    ("Skidmore", "Owings"),
    ("Slaughter", "May"),
    ("Smith", "Wesson"),
    ("Standard", "Poor's"),
    ("Sullivan", "Cromwell"),
    ("Sweet", "Maxwell"),
    ("Tate", "Lyle"),
    ("Taylor", "Francis"),
    ("Thames", "Hudson"),
    ("Weidenfeld", "Nicolson"),
    ("Wiley", "Sons"),
];

/// Publishers whose names hold a comma (`Farrar, Straus and Giroux`, `Little, Brown`): each
/// pair of words a comma joins in them, for [`publisher_in`] to keep together.
const COMMA_PUBLISHERS: [&str; 15] = [
    "Brace, Jovanovich",
    "Dodd, Mead",
    "Doubleday, Doran",
    "Doubleday, Page",
    "Farrar, Straus",
    "Harcourt, Brace",
    "Holt, Rinehart",
    "Houghton, Mifflin",
    "Kegan Paul, Trench",
    "Little, Brown",
    "Longmans, Green",
    "Rinehart, and Winston",
    "Smith, Elder",
    "Straus, and Giroux",
    "Trench, Trübner",
];

/// `s` with the commas inside [`COMMA_PUBLISHERS`]' names turned into U+0001, so that
/// splitting at commas leaves the names whole; [`publisher_in`] turns them back.
fn protect_comma_publishers(s: &str) -> std::borrow::Cow<'_, str> {
    let mut out = std::borrow::Cow::Borrowed(s);
    // Each name holds `, `: only a text with one, at which a name stands, is searched (a
    // search per name stopped at each of its first letters in the note).
    let b = s.as_bytes();
    let named_at = |i: usize| {
        COMMA_PUBLISHERS.iter().any(|name| {
            let n = name.as_bytes();
            memchr::memchr(b',', n).is_some_and(|k| {
                i >= k && b.get(i - k..i) == n.get(..k) && b.get(i..i + n.len() - k) == n.get(k..)
            })
        })
    };
    if !s.str_indices(", ").any(named_at) {
        return out;
    }
    for name in COMMA_PUBLISHERS {
        if out.has_str(name) {
            let joined = name.replacen(',', "\u{1}", 1);
            out = std::borrow::Cow::Owned(out.replace(name, &joined));
        }
    }
    out
}

/// Whether `s` ends as an English organisation's name does (`… Levy Board`, `… Research
/// Council (UK)`): its last word, a bracket after it aside, names a body.
fn org_tail(s: &str) -> bool {
    let s = s.trim().trim_end_matches([',', ';', ':']).trim_end();
    // A bracket after the name (`(UK)`, `(fictional)`).
    let s = match s.strip_suffix(')').and_then(|t| t.rfind('(')) {
        Some(k) => s.get(..k).unwrap_or(s).trim_end(),
        None => s,
    };
    s.rsplit(' ')
        .next()
        .is_some_and(|w| ORG_TAILS.binary_search(&w).is_ok())
}

/// The last words of English organisations' names ([`org_tail`]). Sorted (by bytes), for a
/// binary search.
const ORG_TAILS: &[&str] = &[
    "Academy",
    "Administration",
    "Agency",
    "Alliance",
    "Architects",
    "Assembly",
    "Associates",
    "Association",
    "Authority",
    "Bank",
    "Board",
    "Brothers",
    "Bureau",
    "Center",
    "Centre",
    "Coalition",
    "Commission",
    "Committee",
    "Company",
    "Consultancy",
    "Consultants",
    "Consulting",
    "Corporation",
    "Council",
    "Court",
    "Daughters",
    "Department",
    "Directorate",
    "Engineers",
    "Executive",
    "Federation",
    "Forum",
    "Foundation",
    "Fund",
    "Group",
    "Holdings",
    "Inc",
    "Inc.",
    "Institute",
    "LLC",
    "LLP",
    "Laboratory",
    "League",
    "Ltd",
    "Ltd.",
    "Ministry",
    "Museum",
    "Network",
    "Office",
    "Ombudsman",
    "Organisation",
    "Organization",
    "PLC",
    "Partners",
    "Partnership",
    "Plc",
    "Service",
    "Services",
    "Society",
    "Solicitors",
    "Sons",
    "Surveyors",
    "Tribunal",
    "Trust",
    "Union",
    "University",
];

/// `Marsh, Anna, Daniel Price, Kofi Oduya`: the first author inverted (a one- or two-word
/// surname, then given names), the others whole names of two words or more in reading order.
/// `pieces` are the list split at its commas; the names, or `None` for any other shape.
fn inverted_then_names(pieces: &[&str]) -> Option<Vec<String>> {
    let (surname, given, rest) = match pieces {
        [surname, given, rest @ ..] if !rest.is_empty() => (*surname, *given, rest),
        _ => return None,
    };
    let words = |s: &str| s.split_whitespace().count();
    let whole = |n: &&str| words(n) >= 2 && !n.ends_with('.');
    ((1..=2).contains(&words(surname)) && (1..=3).contains(&words(given)) && rest.iter().all(whole))
        .then(|| {
            std::iter::once(format!("{surname}, {given}"))
                .chain(rest.iter().map(|n| (*n).to_string()))
                .collect()
        })
}

/// Trims separators after a name, keeping the full stop of a final initial (`Jonathan E.`).
fn clean_author(s: &str) -> &str {
    let mut s = without_handle(s.trim().trim_end_matches([',', ':', ';', '،']).trim_end());
    // The note's pointer to the work (`Compare Ellen Harlow, *Signals at Sea*`) is no part
    // of the name.
    // Other languages' too (`Voir aussi`, `Siehe`, `Vgl.`, `Véase`, `Vedi`, `Zob.`).
    // (Every pointer opens with one of these letters: most names are passed over at once.)
    let pointers = s.starts_with(['S', 'C', 'V', 'Z']);
    for pointer in [
        "See also ",
        "See ",
        "Compare ",
        "Cf. ",
        "Voir aussi ",
        "Voir ",
        "Siehe auch ",
        "Siehe ",
        "Vgl. ",
        "Véase también ",
        "Véase ",
        "Vedi anche ",
        "Vedi ",
        "Zob. ",
        "Ver também ",
    ]
    .iter()
    .filter(|_| pointers)
    {
        if let Some(name) = s
            .strip_prefix(pointer)
            .filter(|n| n.starts_with(char::is_uppercase))
        {
            s = name;
            break;
        }
    }
    // A title before the name (`Dr Joan Whitby`, `Prof. Anna Berg`, `Sir Tom Bingham`):
    // no part of it.
    s = without_honorific(s);
    // The year Chicago's and Harvard's author–date notes write after the name (`Smith,
    // John. 2021.`, `OECD (2019),`): the date, no part of the name.
    s = without_year(s);
    // `John Smith, eds.`, `Jane Doe (ed.)`: the role is not the name. (Every role opens
    // with a comma or a bracket in its last ten bytes: most names are passed over at once.)
    let tail = s
        .as_bytes()
        .get(s.len().saturating_sub(10)..)
        .unwrap_or(&[]);
    let roles = tail.iter().any(|&b| b == b',' || b == b'(');
    for role in [
        ", eds.", ", eds", ", ed.", ", ed", " (eds.)", " (ed.)", " (eds)", " (ed)", ", trans.",
    ]
    .iter()
    .chain(LOCALISED_EDITORS.iter())
    .filter(|_| roles)
    {
        if let Some(name) = s.strip_suffix(role) {
            s = name.trim_end();
            break;
        }
    }
    match s.strip_suffix('.') {
        Some(rest) => {
            let last = rest.rsplit([' ', ',', '.', '-']).next().unwrap_or("");
            if last.chars().count() == 1 {
                s
            } else {
                rest.trim_end()
            }
        }
        None => s,
    }
}

/// `s` without the title opening it (`Dr`, `Dr.`, `Prof.`, `Sir`, `Dame`, `Mr`, `Mrs`,
/// `Ms`), when a capitalised name follows it; `s` as it is otherwise.
fn without_honorific(s: &str) -> &str {
    const TITLES: [&str; 13] = [
        "Dr ",
        "Dr. ",
        "Prof ",
        "Prof. ",
        "Professor ",
        "Sir ",
        "Dame ",
        "Mr ",
        "Mr. ",
        "Mrs ",
        "Mrs. ",
        "Ms ",
        "Ms. ",
    ];
    // Every title opens with `D`, `P`, `S` or `M`.
    if !matches!(s.as_bytes().first(), Some(b'D' | b'P' | b'S' | b'M')) {
        return s;
    }
    TITLES
        .iter()
        .find_map(|t| s.strip_prefix(t))
        .map(str::trim_start)
        .filter(|n| n.starts_with(char::is_uppercase))
        .unwrap_or(s)
}

/// `s` without a year written after the name (`Smith, John. 2021`, `OECD (2019)`, `Ruiz
/// (2020a)`); `s` as it is otherwise.
fn without_year(s: &str) -> &str {
    let t = s.trim_end();
    // (A cheap gate: a year's digit, its letter after a digit, or a bracket closes it.)
    if !matches!(
        t.as_bytes(),
        [.., b')'] | [.., b'0'..=b'9'] | [.., b'0'..=b'9', b'a'..=b'z']
    ) {
        return s;
    }
    let (head, year) = match t.strip_suffix(')') {
        Some(h) => match h.rsplit_once_str(" (") {
            Some(split) => split,
            None => return s,
        },
        None => match t.rsplit_once_str(". ") {
            Some((h, y)) => (h, y),
            None => return s,
        },
    };
    if yearish(year) && head.chars().any(char::is_alphabetic) {
        head.trim_end()
    } else {
        s
    }
}

fn publisher_in(after: &str) -> Option<String> {
    let after = after.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | '”' | '"' | ':' | ';' | '،' | '»')
    });
    let after = after
        .strip_prefix("In: ")
        .or_else(|| after.strip_prefix("In "))
        .or_else(|| after.strip_prefix("in: "))
        .or_else(|| after.strip_prefix("in "))
        .unwrap_or(after);
    // A chapter's editors before its book (`in Feld, P. (ed.) Occupational medicine`,
    // `In: Feld P, editor. Occupational medicine`): the book is where it was published.
    let book = after_editors(after);
    let after = book.unwrap_or(after);
    // IEEE's edition before the imprint (`2nd ed. Lagos, Nigeria: Delta Press, 2019`): the
    // place and publisher follow it.
    let after = after
        .starts_with(|c: char| c.is_ascii_digit())
        .then(|| {
            let head = prefix(after, 12);
            let k = super::find_str(head, " ed. ")?;
            let n = head.get(..k)?;
            (n.ends_with("st") || n.ends_with("nd") || n.ends_with("rd") || n.ends_with("th"))
                .then(|| after.get(k + 5..))?
        })
        .flatten()
        .unwrap_or(after);
    // A law report's or law review's citation (`101 Tex. L. Rev. 455 (2023)`, OSCOLA's
    // `(2018) 34 Journal of Coastal Law 12`, `[2019] EWCA Civ 1234`): the journal, or
    // nothing for a court's or report series' reference.
    if after.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '[') {
        if let Some(journal) = law_citation(after) {
            return journal.map(str::to_string);
        }
    }
    // `Washington, DC: World Bank`, `Cheshire, CT: Graphics Press`: a place with its state
    // before the publisher's colon.
    let after = state_place_end(after)
        .and_then(|k| after.get(k..))
        .unwrap_or(after);
    let imprint = without_place(after);
    let after = imprint.as_deref().unwrap_or(after);
    // `…, 2024; Samuel Achterberg, remarks at …`: a second work, once the first is dated.
    let after = match super::find_str(after, "; ") {
        Some(k)
            if after.get(..k).is_some_and(|h| date_span(h).is_some())
                && after
                    .get(k + 2..)
                    .is_some_and(|r| r.starts_with(char::is_uppercase)) =>
        {
            after.get(..k).unwrap_or(after)
        }
        _ => after,
    };
    let protected = protect_comma_publishers(after);
    let after: &str = &protected;
    let mut after_role = false;
    // The book a chapter is in opens `after` (`Identity Palimpsests: Archiving Ethnicity in
    // the U.S. and Canada. Sacramento: Litwin Books`): its subtitle's colon parts no place
    // from a publisher.
    let mut first_seg = true;
    for seg in segments(after) {
        let opens_book = std::mem::take(&mut first_seg)
            && book.is_some_and(|b| !seg.trim().is_empty() && b.starts_with(seg.trim()));
        let raw_seg = seg.trim_end();
        // (Where the segment ends in `after`: the stop after it may have been cut.)
        let raw_end = (seg.as_ptr() as usize).saturating_sub(after.as_ptr() as usize) + seg.len();
        // `Summary: <URL>; full report (PDF): <URL>`: a label of the link after it (gone
        // with the URL) names what the link leads to, not who published it.
        if seg.trim_end().ends_with(':') {
            continue;
        }
        let seg = trim_field(seg);
        let starts = |p: &str| super::starts_with_ignore_ascii_case(&seg, p);
        // `Retrieved May 1, 2024, from <URL>`: what follows is where it was read, not who
        // published it; in other languages too (`consulté le 6 mai 2023`, [`READ_ON`]).
        if ["accessed", "retrieved", "available", "viewed"]
            .into_iter()
            .any(starts)
            || READ_ON.iter().any(|w| starts(w))
        {
            return None;
        }
        // `…, p. 3, which calls the project “…”`: the note's own prose from here on (a
        // word opening a clause, then another in lower case).
        let mut words = seg.split_whitespace();
        let first = words.next().unwrap_or("");
        if [
            "which", "who", "where", "when", "that", "and", "but", "see", "cf", "quoting",
            "citing", "as",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first))
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
        {
            return None;
        }
        // `…, "…", was carried out by Heatwise Ltd and published on …`: a verb in lower case
        // opening the piece, then another word in lower case, goes on with the note's own
        // sentence, no name.
        if [
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
            "may", "might", "shall", "should",
        ]
        .contains(&first)
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
        {
            return None;
        }
        // An editor or translator (`ed. Ann Tully`, `trans. Jo Marsh`), or the kind of
        // event a talk was given at (`Annual Lecture`, `Keynote`): not who published it.
        let lower_seg = seg.to_lowercase();
        // (`ed.` is a segment of its own, the name the next.)
        if std::mem::take(&mut after_role) {
            continue;
        }
        if ["ed", "eds", "trans"].contains(&lower_seg.as_str()) || localised_role(&lower_seg) {
            after_role = true;
            continue;
        }
        // A clause saying who kept, hosted or put out the work (`maintained by Tarn
        // Council`, `a blog run by the Harbour Trust`): that body, without the verb; who
        // else worked on it (`updated by Tom Hill`, `foreword by …`) or where it was read
        // (`via …`): no publisher.
        let role = roles::role(&seg).or_else(|| {
            // (After a place's colon: `Tarn: published by the author`.)
            seg.split_once(": ")
                .filter(|(place, _)| place.starts_with(char::is_uppercase))
                .and_then(|(_, r)| roles::role(r))
        });
        match role {
            Some(roles::Role::Publisher(name)) => return Some(name.replace('\u{1}', ",")),
            Some(roles::Role::Other) => continue,
            None => {}
        }
        // A revision's date (`revised 2021`, `updated 3 May 2024`) is the work's history.
        let revised = [
            "revised ",
            "updated ",
            "last updated ",
            "rev. ",
            "last modified ",
        ]
        .iter()
        .any(|p| lower_seg.starts_with(p) && date_span(&lower_seg).is_some());
        let role_or_event = revised
            || described(&seg)
            || ["ed. ", "eds. ", "edited by ", "trans. ", "translated by "]
                .iter()
                .any(|p| lower_seg.starts_with(p))
            || lower_seg.split_whitespace().next_back().is_some_and(|w| {
                [
                    "lecture",
                    "keynote",
                    "talk",
                    "speech",
                    "address",
                    "presentation",
                    "seminar",
                    "webinar",
                    "conference",
                    "symposium",
                    "workshop",
                ]
                .contains(&w)
            }) && !lower_seg.has_str(" of ");
        if role_or_event {
            continue;
        }
        // The kind of document with its number (`Research Report 12`), or a register's
        // filing (`Companies House filing`): the body that keeps it, or no one.
        match filed_or_numbered_kind(&seg) {
            Some(Some(body)) => return Some(body.to_string()),
            Some(None) => continue,
            None => {}
        }
        // OSCOLA's imprint in brackets, the publisher and the year, then perhaps the page
        // (`(Profile Books 2015)`, `(Oxford University Press 2014) 45`): the publisher (no
        // format's tag).
        if seg.starts_with('(') {
            if let Some(publisher) = bracketed_publisher_year(&seg) {
                return Some(publisher.to_string());
            }
        }
        if seg.is_empty()
            || seg.len() > 120
            || date_span(&seg).is_some_and(|m| m.len() * 2 >= seg.len())
            // (Another script's date: `٣ مارس ٢٠٢٤`, `2024年3月4日`.)
            || (!seg.is_ascii() && note_date(&seg).is_some_and(|d| d.len() * 2 >= seg.len()))
            // (A whole word: `Voluntary Sector Review` and `Pagemill Press` are names.)
            || [
                "vol", "vols", "volume", "no.", "pp", "p.", "page", "pages", "doi",
            ]
            .into_iter()
            .any(|p| {
                starts(p)
                    && !seg
                        .get(p.len()..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_alphabetic)
            })
            || !seg.chars().any(char::is_alphabetic)
            || locator_or_edition(&seg)
            // (Words in lower case alone describe the work: `4th ed. incorporating the first
            // addendum`.)
            || lower_case_words(&seg)
            || month_day(&seg)
            || day_month(&seg)
            || archive_label(&seg)
            || format_tag(&seg)
            || link_word(&seg)
            // (`(exhibition catalogue, 2024)`: the bracket opening the kind.)
            || genre(seg.trim_start_matches('('))
            || address(&seg)
            || publishing_place(&seg)
        {
            continue;
        }
        // A report's number in brackets (APA's `(Report No. 24/117)`) is the work's.
        if seg.starts_with('(') && seg.ends_with(')') && seg.contains(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        // A series and its number (`NBER Working Paper No. 31207`): the series publishes.
        let seg = match seg.rsplit_once_str(" No. ") {
            Some((series, n)) if n.starts_with(|c: char| c.is_ascii_digit()) => {
                series.trim().to_string()
            }
            _ => seg,
        };
        // `Occupational medicine (3rd ed`: a bracket the segments cut is no part of it;
        // nor is the one opening `(Transport Press, 1998)`, cut at its comma.
        let seg = match seg.split_once_str(" (") {
            Some((name, inside)) if !inside.contains(')') => name.to_string(),
            _ => seg,
        };
        let seg = match seg.strip_prefix('(') {
            Some(inner) if !inner.contains(')') => inner.trim().to_string(),
            _ => seg,
        };
        // `Weather Books (2018)`: the date in brackets after the name is the note's date.
        let seg = match seg
            .strip_suffix(')')
            .and_then(|s| s.rsplit_once_str(" ("))
            .filter(|(_, inside)| date_span(inside).is_some_and(|m| m.len() * 2 >= inside.len()))
        {
            Some((name, _)) if name.chars().any(char::is_alphabetic) => name.trim().to_string(),
            _ => seg,
        };
        // What is left once a bracket's date is gone may be a version (`version 4.0 (March
        // 2022)`), never who published it.
        if locator_or_edition(&seg) {
            continue;
        }
        // `Geneva: WHO Press`: the publisher without its place.
        let mut seg = if opens_book {
            seg.trim().to_string()
        } else {
            without_place_name(&seg).trim().to_string()
        };
        // An abbreviated journal's name keeps its last stop (`IEEE Trans. Environ. Sens.`).
        if raw_seg.ends_with('.') || after.get(raw_end..).is_some_and(|r| r.starts_with('.')) {
            let mut words = seg.rsplit(' ');
            let last = words.next().unwrap_or("");
            if ((2..=6).contains(&last.len()) || last == "J")
                && last.starts_with(|c: char| c.is_ascii_uppercase())
                && last.bytes().all(|c| c.is_ascii_alphabetic())
                && !["Press", "Books", "Group", "Media", "Trust", "House"].contains(&last)
                && words.next().is_some_and(|w| {
                    w.strip_suffix('.')
                        .is_some_and(|a| a.len() >= 2 && a.bytes().all(|c| c.is_ascii_alphabetic()))
                })
            {
                seg.push('.');
            }
        }
        // Chicago's `Maritime Policy Review 14, no. 2 (2013): 88–104`: the volume ends the
        // segment, its issue or pages the next.
        let next = after
            .get(raw_end..)
            .unwrap_or("")
            .trim_start_matches([',', ' ']);
        if ["no. ", "issue ", "pp. ", "nos. "]
            .iter()
            .any(|p| next.starts_with(p))
        {
            if let Some((name, vol)) = seg.rsplit_once(' ') {
                if (1..=5).contains(&vol.len())
                    && vol.bytes().all(|c| c.is_ascii_digit())
                    && name.chars().any(char::is_alphabetic)
                {
                    return Some(name.trim_end().replace('\u{1}', ","));
                }
            }
        }
        return Some(journal_name(&seg).replace('\u{1}', ","));
    }
    None
}

/// Whether `s` is two or more words, every one of them in lower-case ASCII letters
/// (`incorporating the first addendum`): a description, no one's name.
fn lower_case_words(s: &str) -> bool {
    // Only a description: opening with a participle (`incorporating`, `revised`,
    // `including`) or holding a word of one (`with corrections`, `first addendum`). Some
    // papers write their name in lower case (`il manifesto`, `die tageszeitung`): a
    // publisher (the sixty-fourth session's review).
    const WORDS: [&str; 8] = [
        "with",
        "incorporating",
        "including",
        "addendum",
        "addenda",
        "supplement",
        "corrections",
        "amendments",
    ];
    let mut n = 0;
    let lower = s.split_whitespace().all(|w| {
        n += 1;
        w.bytes().all(|c| c.is_ascii_lowercase())
    }) && n >= 2;
    lower
        && s.split_whitespace().enumerate().any(|(i, w)| {
            WORDS.contains(&w)
                || (i == 0 && w.len() >= 6 && (w.ends_with("ing") || w.ends_with("ed")))
        })
}

/// Whether a note's segment describes the work in lower case, no name (`updated monthly`,
/// `last revised in spring`, `continuously maintained`): it opens with a lower-case word of
/// a work's upkeep, and its other words are lower case or a date's.
fn described(seg: &str) -> bool {
    const OPENERS: [&str; 11] = [
        "updated",
        "revised",
        "last",
        "modified",
        "amended",
        "maintained",
        "continuously",
        "regularly",
        "frequently",
        "periodically",
        "reviewed",
    ];
    let mut words = seg.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.trim_end_matches([',', '.', ';', ':']);
    if !OPENERS.contains(&first) {
        return false;
    }
    // (`last` only before another upkeep word: `last updated`, `last revised`.)
    let lower = words
        .clone()
        .all(|w| !w.starts_with(|c: char| c.is_uppercase()));
    (first != "last"
        || words
            .next()
            .is_some_and(|w| OPENERS.contains(&w) || ["checked", "edited"].contains(&w)))
        && (lower || date_span(seg).is_some())
}

/// Whether a note's segment is only a city where books are published, as notes in other
/// languages give it between commas (`Paris, Éditions du Marché, 2019`, `Den Haag, 2022`):
/// where, not who. Only the cities' names in their own languages (an English note's
/// `London` or `New York` alone is left as it was).
fn publishing_place(seg: &str) -> bool {
    const PLACES: [&str; 40] = [
        "'s-Gravenhage",
        "Amsterdam",
        "Barcelona",
        "Berlin",
        "Bern",
        "Bonn",
        "Brussel",
        "Bruxelles",
        "Budapest",
        "Den Haag",
        "Frankfurt am Main",
        "Genève",
        "Göttingen",
        "Hamburg",
        "Helsinki",
        "Köln",
        "København",
        "Leiden",
        "Lisboa",
        "Lyon",
        "Madrid",
        "Milano",
        "Montréal",
        "München",
        "Oslo",
        "Paris",
        "Praha",
        "Québec",
        "Rio de Janeiro",
        "Roma",
        "Rotterdam",
        "Stockholm",
        "Stuttgart",
        "São Paulo",
        "Torino",
        "Utrecht",
        "Warszawa",
        "Wien",
        "Zürich",
        "Москва",
    ];
    seg.len() <= 20
        && seg.starts_with(|c: char| c.is_uppercase() || c == '\'')
        && PLACES.binary_search(&seg).is_ok()
}

/// The publisher in OSCOLA's bracketed imprint opening `seg` (`(Profile Books 2015)`,
/// `(Oxford University Press 2014) 45`): capitalised words (`of`, `and`, `&` between them),
/// then a year, and after the bracket at most a pinpoint of digits; `None` otherwise.
fn bracketed_publisher_year(seg: &str) -> Option<&str> {
    let (inner, tail) = seg.strip_prefix('(')?.split_once(')')?;
    if !tail
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'.'))
    {
        return None;
    }
    let (name, year) = inner.trim().rsplit_once(' ')?;
    let yearish = year.len() == 4 && year.bytes().all(|c| c.is_ascii_digit());
    let name = name.trim();
    let mut words = name.split_whitespace();
    (yearish
        && words.next().is_some_and(capitalised_word)
        && words.all(|w| capitalised_word(w) || matches!(w, "of" | "and" | "&" | "for" | "the")))
    .then_some(name)
}

/// Names without the account's handle APA gives after them for a post (`Coastal Trust
/// [@coastaltrust]`): the handle is no part of the name.
pub(crate) fn without_handle(names: &str) -> &str {
    match names
        .trim_end_matches('.')
        .strip_suffix(']')
        .and_then(|n| n.rsplit_once_str(" [@"))
    {
        Some((name, handle)) if !handle.contains([' ', '[']) => name.trim_end(),
        _ => names,
    }
}

/// A law citation opening `after`: a year in brackets (OSCOLA's `(2018)`, `[2019]`) or none,
/// a volume's number, the journal's or report series' name in capitalised words or
/// abbreviations, then the first page (`101 Tex. L. Rev. 455`, `(2018) 34 Journal of Coastal
/// Law 12`). `Some(Some(journal))`; `Some(None)` for a year in square brackets with no
/// volume, a neutral citation or report (`[2019] EWCA Civ 1234`, `[2019] AC 44`), which
/// names a court or series, no publisher; `None` when `after` is no such citation.
fn law_citation(after: &str) -> Option<Option<&str>> {
    let t = after.trim_start();
    let (t, square) = match t.as_bytes().first() {
        Some(&open @ (b'(' | b'[')) => {
            let close = if open == b'(' { ')' } else { ']' };
            let (year, rest) = t.get(1..)?.split_once(close)?;
            if !yearish(year) || !rest.starts_with(' ') {
                return None;
            }
            (rest.trim_start(), open == b'[')
        }
        _ => (t, false),
    };
    let number = |w: &str| (1..=5).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
    let (volume, rest) = match t.split_once(' ') {
        Some((v, rest)) if number(v) => (true, rest),
        _ => (false, t),
    };
    if !volume && !square {
        return None;
    }
    let mut end = 0;
    let mut words = 0;
    for w in rest.split_inclusive(' ') {
        let word = w.trim_end();
        if number(word.trim_end_matches([',', '.'])) {
            let journal = rest.get(..end)?.trim_end();
            // A name of two words or more, or a series' capitals (`WLR`): a date's month
            // (`3 March 2024`) is neither.
            let named = words >= 2 || journal.bytes().all(|c| c.is_ascii_uppercase());
            if words == 0 || !named {
                return None;
            }
            return Some((!square || volume).then_some(journal));
        }
        let abbreviation_or_name = word.starts_with(char::is_uppercase)
            || matches!(word, "of" | "and" | "&" | "on" | "the" | "for");
        words += 1;
        if !abbreviation_or_name || words > 8 || word.contains([',', ';', ':']) {
            return None;
        }
        end += w.len();
    }
    None
}

/// Whether a note's segment is only a link's word (`Link`, `online`, `PDF`, `here`): the
/// text of the link to the work, not who published it (session 38: `Link` was a publisher).
fn link_word(seg: &str) -> bool {
    const WORDS: [&str; 23] = [
        // Arabic's and Japanese's `the link`, `link`.
        "الرابط",
        "رابط",
        "リンク",
        // What the link leads to (`Recording: https://…`, `Slides:`).
        "recording",
        "video",
        "audio",
        "slides",
        "transcript",
        "available at",
        "link",
        "online",
        "pdf",
        "here",
        "website",
        "web",
        "full text",
        "download",
        "read online",
        "available online",
        "url",
        "source",
        "view",
        "read",
    ];
    let t = seg.trim_matches(|c: char| !c.is_alphanumeric());
    WORDS.iter().any(|w| t.eq_ignore_ascii_case(w))
}

/// Whether a note's segment is a web address written without its scheme, as a link's words
/// often give it (`ferrytrust.example/board/minutes.pdf`, `www.example.org`,
/// `example.org`): where the work is, never who published it. A name written as a domain
/// with a capital (`Salon.com`) is a name.
fn address(seg: &str) -> bool {
    let t = seg.trim();
    if t.is_empty() || t.contains(char::is_whitespace) {
        return false;
    }
    let host = t.split(['/', '?', '#']).next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let dotted = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    dotted
        && (host.len() < t.len()
            || host.starts_with("www.")
            || !host.contains(|c: char| c.is_uppercase()))
}

/// Where the publisher starts after a place named with its state or country's code (or its
/// country's name) at the start of `s` (`Washington, DC: World Bank`, `Cheshire, CT:
/// Graphics Press`, `Cham, Switzerland: Springer`).
fn state_place_end(s: &str) -> Option<usize> {
    let head = prefix(s, 80);
    let k = super::find_str(head, ": ")?;
    let (place, code) = head.get(..k)?.rsplit_once_str(", ")?;
    // Or its country's name (`Cham, Switzerland: Springer`, `Leeds, England: …`): a word
    // or two of letters, each capitalised.
    let country = || {
        (1..=2).contains(&code.split_whitespace().count())
            && code
                .split_whitespace()
                .all(|w| capitalised_word(w) && w.chars().all(char::is_alphabetic))
    };
    ((code.len() == 2 && code.bytes().all(|c| c.is_ascii_uppercase()))
        || country()
        || dotted_country(code))
    .then_some(k + 2)
    .filter(|_| place_name(place))
}

/// What follows a chapter's editors at the start of `s` (`Feld, P. (ed.) Occupational
/// medicine …`, `Feld P, Okoro N, editors. Occupational medicine …`, `P. Feld (Ed.),
/// Occupational medicine …`): the editors' role closes their names within a few words.
fn after_editors(s: &str) -> Option<&str> {
    const ROLES: [&str; 12] = [
        " (ed.) ",
        " (eds.) ",
        " (ed) ",
        " (eds) ",
        " (Ed.), ",
        " (Eds.), ",
        " (Ed.) ",
        " (Eds.) ",
        ", editor. ",
        ", editors. ",
        ", ed. ",
        ", eds. ",
    ];
    let head = prefix(s, 160);
    // Every role opens ` (` or `, `: only there is each tried (a search for each role, led
    // by its space, stopped at every space of the note).
    let hb = head.as_bytes();
    let (at, role) = memchr::memchr2_iter(b'(', b',', hb).find_map(|i| {
        let from = if hb[i] == b'(' { i.checked_sub(1)? } else { i };
        let rest = head.get(from..)?;
        ROLES
            .iter()
            .find(|r| rest.starts_with(*r))
            .map(|r| (from, r.len()))
    })?;
    // The names hold no sentence of their own.
    let names = s.get(..at)?;
    if names.split_whitespace().count() > 12 || names.contains(['"', '“', '”']) {
        return None;
    }
    s.get(at + role..)
}

/// An imprint's publisher without the place before its colon (`Geneva: WHO Press` is `WHO
/// Press`; see [`place_name`]); `s` as it is when it names none.
fn without_place_name(s: &str) -> &str {
    match s.split_once_str(": ") {
        Some((place, publisher)) if place_name(place) && !publisher.trim().is_empty() => publisher,
        _ => s,
    }
}

/// A place as an imprint names it before its publisher's colon (`Geneva`, `St. Louis`,
/// `Darien (IL)`, `New York, NY`): one to four capitalised words, a state or country's
/// abbreviation in brackets or after a comma allowed, no digits.
fn place_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let n = words.len();
    (1..=4).contains(&n)
        && words.iter().enumerate().all(|(i, w)| {
            capitalised_word(w.trim_matches(['(', ')', ',', '.']))
                // A small word inside a town's name (`Rio de Janeiro`, `Frankfurt am Main`,
                // `Newcastle upon Tyne`).
                || (i > 0
                    && i + 1 < n
                    && matches!(*w, "de" | "do" | "da" | "del" | "am" | "an" | "der" | "upon" | "on" | "sur"))
        })
}

/// A word of letters (hyphens and apostrophes too) opening with a capital (`Geneva`,
/// `Health`, `O'Neill`).
fn capitalised_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// A work's format, kind or language in brackets after its title, as Wikipedia's citations
/// give it (`(PDF)`, `[PDF]`, `(Press release)`, `(in French)`): no publisher.
fn format_tag(seg: &str) -> bool {
    let inner = seg
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .or_else(|| seg.strip_prefix('[').and_then(|s| s.strip_suffix(']')));
    inner.is_some_and(|i| !i.contains(['(', ')', '[', ']']) && i.split_whitespace().count() <= 3)
}

/// The pieces of a note's tail between commas, semicolons and full stops: a full stop ends
/// one only after a word of two letters or more with no dot inside (`U.S. Bureau of Land
/// Management`, `p. 3`, `J. Smith` stay whole).
fn segments(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let b = rest.as_bytes();
        let mut i = 0;
        // The separator's length: one byte, or two or three for Arabic's `،` and `؛` and
        // the ideographic and full-width commas `、` and `，`.
        let mut sep = 1;
        while i < b.len() {
            match b.get(i) {
                Some(b',' | b';') => break,
                Some(0xD8) if matches!(b.get(i + 1), Some(0x8C | 0x9B)) => {
                    sep = 2;
                    break;
                }
                Some(0xE3) if b.get(i + 1..i + 3) == Some(&[0x80, 0x81]) => {
                    sep = 3;
                    break;
                }
                Some(0xEF) if b.get(i + 1..i + 3) == Some(&[0xBC, 0x8C]) => {
                    sep = 3;
                    break;
                }
                // A bracket closed right before the stop ends its sentence (`(2nd ed.).
                // Tidewater Press`): the edition is a segment of its own.
                Some(b'.')
                    if b.get(i + 1) == Some(&b' ') && i > 0 && b.get(i - 1) == Some(&b')') =>
                {
                    break;
                }
                Some(b'.') if b.get(i + 1) == Some(&b' ') => {
                    let word = rest
                        .get(..i)
                        .unwrap_or("")
                        .rsplit([' ', '(', ','])
                        .next()
                        .unwrap_or("");
                    // `Report No. 24/117`, `Report No. KRT-21-04`, IEEE's `Rep. EMA-TG-07`,
                    // an archive's `ref. PH/4/12`: a number's label, not a sentence's end.
                    let numbered = matches!(
                        word,
                        "No" | "Nos" | "no" | "nos" | "Rep" | "rep" | "Ref" | "ref"
                    ) && rest
                        .get(i + 2..)
                        .and_then(|r| r.split([' ', ')', ',']).next())
                        .is_some_and(|t| t.bytes().any(|c| c.is_ascii_digit()));
                    // IEEE's `Mar. 2022`, `Sept. 14, 2023`: a month's short form, not a
                    // sentence's end.
                    let month = matches!(
                        word,
                        "Jan"
                            | "Feb"
                            | "Mar"
                            | "Apr"
                            | "Jun"
                            | "Jul"
                            | "Aug"
                            | "Sep"
                            | "Sept"
                            | "Oct"
                            | "Nov"
                            | "Dec"
                    ) && rest
                        .get(i + 2..)
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
                    if word.chars().nth(1).is_some()
                        && !word.contains('.')
                        && !numbered
                        && !month
                        && !abbreviated_name(rest, i, word)
                    {
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let seg = rest.get(..i).unwrap_or("");
        rest = rest.get(i + sep..).unwrap_or("");
        Some(seg)
    })
}

/// Chicago's imprint in brackets, `(London: Faber, 1952)` or `(Cheshire, CT: Graphics Press,
/// 1983)`: `after` with the place left out (`, Faber, 1952, …`), when its first bracket
/// holds a place, a colon and a date.
fn without_place(after: &str) -> Option<String> {
    let open = prefix(after, 200).find('(')?;
    let inner = after.get(open + 1..)?;
    let close = prefix(inner, 160).find(')')?;
    let imprint = inner.get(..close)?;
    let (_, publisher) = imprint.split_once_str(": ")?;
    date_span(imprint)?;
    Some(format!(
        "{}, {publisher}, {}",
        after.get(..open)?,
        inner.get(close + 1..)?
    ))
}

/// A page, tape, box, volume, table or figure (`p. 3`, `tape 14`, `box 2`, `table 6`), or an
/// edition (`3rd ed.`): where to find the passage, not who published it.
fn locator_or_edition(seg: &str) -> bool {
    const LOCATORS: [&str; 50] = [
        "p",
        "pp",
        // Other languages' page, section and number (`S. 44`, `Nr. 12`, `pág. 8`, `blz. 3`).
        "s",
        "seite",
        "nr",
        "bd",
        "pág",
        "págs",
        "blz",
        "pg",
        "page",
        "pages",
        "para",
        "paras",
        "paragraph",
        "vol",
        "vols",
        "volume",
        "no",
        "nos",
        "tape",
        "box",
        "folder",
        "reel",
        "fol",
        "fols",
        "f",
        "ff",
        "n",
        "nn",
        "ch",
        "chap",
        "sec",
        "item",
        "entry",
        "section",
        "chapter",
        "part",
        "table",
        "tables",
        "tab",
        "fig",
        "figs",
        "figure",
        "figures",
        "plate",
        "appendix",
        "annex",
        "line",
        "lines",
    ];
    let mut words = seg.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let count = 1 + words.clone().count();
    let first_l = first.trim_end_matches('.').to_ascii_lowercase();
    if session_report(seg) {
        return true;
    }
    if count <= 3
        && LOCATORS.contains(&first_l.as_str())
        && (count == 1
            || words
                .clone()
                .any(|w| w.contains(|c: char| c.is_ascii_digit())))
    {
        return true;
    }
    // A report's or an archive's own number (IEEE's `Rep. EMA-TG-07`, `ref. PH/4/12`): only
    // with the number right after it, since `Ref.` may open a journal's abbreviated name
    // (`Ref. Libr. 56`, review of the sixty-second session).
    if (2..=3).contains(&count)
        && matches!(first, "Rep." | "rep." | "Ref." | "ref.")
        && words
            .next()
            .is_some_and(|w| w.contains(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    // A standard's number in its series (`RFC 9111`, `BCP 14`): which document it is, not
    // who published it.
    if count == 2
        && matches!(first, "RFC" | "BCP" | "STD" | "FYI")
        && words
            .clone()
            .next()
            .is_some_and(|w| w.bytes().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    let last = seg
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_end_matches('.');
    count <= 3 && matches!(last, "ed" | "edn" | "edition") || version(seg)
}

/// Whether a note's segment numbers a parliamentary committee's report by its session
/// (`Fifth Report of Session 1997–98`, `First Special Report of Session 2019–21`), or a
/// parliamentary or command paper (`HC 560`, `HL Paper 12`, `Cm 9876`), or the session
/// alone (`Session 2021-22`): the report's own number, never who published it.
fn session_report(seg: &str) -> bool {
    let words: Vec<&str> = seg.split_whitespace().collect();
    let is = |w: &str, v: &str| w.eq_ignore_ascii_case(v);
    let ordinal = |w: &str| {
        crate::verify::normalize::ordinal_word(&w.to_ascii_lowercase(), false).is_some()
            || (w.len() >= 3
                && w.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|x| w.to_ascii_lowercase().ends_with(x)))
    };
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let paper = |w: &str| ["HC", "HL", "Cm", "Cmnd", "Cmd", "Cd"].contains(&w);
    let rest = match words.as_slice() {
        [p, n] if paper(p) && number(n) => return true,
        [p, w, n] if *p == "HL" && is(w, "paper") && number(n) => return true,
        // (`Session 2021-22` on its own, after the paper's number.)
        [session, years] if is(session, "session") && number(years) => return true,
        [o, sp, r, rest @ ..] if ordinal(o) && is(sp, "special") && is(r, "report") => rest,
        [o, r, rest @ ..] if ordinal(o) && is(r, "report") => rest,
        _ => return false,
    };
    matches!(rest, [of, session, years] if is(of, "of") && is(session, "session")
        && years.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a note's segment is a version or revision statement (`version 3`, `v2.1`, `Ver.
/// 4`, `release 2`, `rev.` of a `rev. ed.` the segments cut): which state of the work is
/// cited, never who published it.
fn version(seg: &str) -> bool {
    const WORDS: [&str; 7] = ["version", "ver", "v", "release", "revision", "rev", "draft"];
    let numbered = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    let words: Vec<&str> = seg.split_whitespace().collect();
    match words.as_slice() {
        // `v2.1`, `V3`
        [w] if w
            .strip_prefix(['v', 'V'])
            .is_some_and(|n| numbered(n.trim_end_matches('.'))) =>
        {
            true
        }
        // `rev.`, `Rev`: the first half of `rev. ed.`
        [w] => w.trim_end_matches('.').eq_ignore_ascii_case("rev"),
        [w, n] => {
            let w = w.trim_end_matches('.').to_ascii_lowercase();
            WORDS.contains(&w.as_str()) && numbered(n.trim_end_matches('.'))
        }
        _ => false,
    }
}

/// A month and a day, the first half of `June 3, 1998` cut at its comma.
fn month_day(seg: &str) -> bool {
    let b = seg.as_bytes();
    month(b, 0).iter().any(|m| {
        let rest = seg.get(m..).unwrap_or("");
        let Some(day) = rest.strip_prefix(' ') else {
            return false;
        };
        let day = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|x| day.strip_suffix(x))
            .unwrap_or(day);
        (1..=2).contains(&day.len()) && day.bytes().all(|c| c.is_ascii_digit())
    })
}

/// The journal or book an italic string names: without its volume ([`journal_name`]) and
/// the punctuation around it, but keeping an abbreviated name's last stop (`*IEEE Sens.
/// J.*`, `*Nat. Freshw. Sci.*`), as the plain-text reading of a note keeps it: the stop
/// inside the italics after a short capitalised word (`J`, `Sci`) that another abbreviation
/// comes right before.
fn italic_journal(s: &str) -> String {
    let field = trim_field(s);
    let mut name = journal_name(&field).to_string();
    let italic = fold_ws(s.trim().trim_end_matches([',', ';', ':', '<']).trim_end());
    if italic.ends_with('.') && italic.trim_end_matches('.') == name {
        let mut words = name.rsplit(' ');
        let last = words.next().unwrap_or("");
        let abbreviated = |w: &str| {
            w.strip_suffix('.')
                .is_some_and(|a| !a.is_empty() && a.bytes().all(|c| c.is_ascii_alphabetic()))
        };
        if (1..=6).contains(&last.len())
            && last.starts_with(|c: char| c.is_ascii_uppercase())
            && last.bytes().all(|c| c.is_ascii_alphabetic())
            && !["Press", "Books", "Group", "Media", "Trust", "House"].contains(&last)
            && words.next().is_some_and(abbreviated)
        {
            name.push('.');
        }
    }
    name
}

/// A journal's name without the volume that follows it in the same italics
/// (`Language Teaching Research, 26` → `Language Teaching Research`).
fn journal_name(s: &str) -> &str {
    // Chicago's `Journal of Coastal Policy 14 (2): 101–19`, `Nature 521 (7553): 436–44`: a
    // volume number, then an issue or pages (so `Channel 4` keeps its number).
    let mut at = 0;
    for w in s.split_inclusive(' ') {
        let word = w.trim_end();
        let vol = word.trim_end_matches([':', ',', '.']);
        if at > 0 && !vol.is_empty() && vol.len() <= 5 && vol.bytes().all(|c| c.is_ascii_digit()) {
            let rest = s.get(at + word.len()..).unwrap_or("").trim();
            let issue_or_pages = !rest.is_empty()
                && rest.split_whitespace().all(|t| {
                    let letters: String = t.chars().filter(|c| c.is_alphabetic()).collect();
                    letters.is_empty()
                        || ["no", "pp", "p", "vol", "issue"].contains(&letters.as_str())
                });
            let name = s.get(..at).unwrap_or("").trim_end().trim_end_matches(',');
            if issue_or_pages && name.chars().any(char::is_alphabetic) {
                return name;
            }
        }
        at += w.len();
    }
    // `Journal of Social Policy Evaluation 9(1)`: a volume and its issue in brackets.
    if let Some((name, vol)) = s.rsplit_once(' ') {
        let issue = vol
            .strip_suffix(')')
            .and_then(|v| v.split_once('('))
            .is_some_and(|(v, i)| {
                (1..=5).contains(&v.len())
                    && v.bytes().all(|c| c.is_ascii_digit())
                    && (1..=6).contains(&i.len())
                    && i.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                    && i.bytes().any(|c| c.is_ascii_digit())
            });
        if issue && name.chars().any(char::is_alphabetic) {
            return name.trim_end().trim_end_matches(',');
        }
    }
    // Nature's `Mar. Instrum. Res. 4`: an abbreviated name, then its volume.
    if let Some((name, vol)) = s.rsplit_once(' ') {
        if name.ends_with('.')
            && name.contains(' ')
            && (1..=5).contains(&vol.len())
            && vol.bytes().all(|c| c.is_ascii_digit())
        {
            return name;
        }
    }
    match s.rsplit_once_str(", ") {
        Some((name, vol))
            if !vol.is_empty()
                && vol.len() <= 5
                && vol.bytes().all(|c| c.is_ascii_digit())
                && name.chars().any(char::is_alphabetic) =>
        {
            name.trim_end()
        }
        _ => s,
    }
}

/// A note opening with a case's name (`R v Calloway [2024] EWCA Crim 512`, `Smith v.
/// Jones (2019) 3 WLR 44`, `Donoghue v Stevenson, 1932`): the name, and the rest from the
/// year on. Each party a few capitalised words (`R`, `Regina`, `Royal Mail Group Ltd`; `of`,
/// `the`, `and`, `&` between), the year right after, in brackets or after a comma; or, as
/// American courts cite (`Alvarez v. Skyward Parcel, Inc., 412 F. Supp. 3d 118 (S.D.N.Y.
/// 2019)`), after a comma the reporter's volume and its capitalised abbreviation.
pub(super) fn case_name(note: &str) -> Option<(&str, &str)> {
    let head = super::prefix(note, 160);
    let (sep_at, sep) = [" v ", " v. "]
        .iter()
        .filter_map(|s| head.find(s).map(|i| (i, *s)))
        .min()?;
    let party = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (1..=7).contains(&words.len())
            && words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(
                        *w,
                        "of" | "the" | "and" | "&" | "for" | "plc" | "ex" | "parte"
                    )
            })
    };
    let left = head.get(..sep_at)?;
    let rest = note.get(sep_at + sep.len()..)?;
    // Where the year's bracket or comma starts: the second party's name ends there.
    let end = [" [", " (", ", "]
        .iter()
        .filter_map(|m| {
            rest.match_indices(m).find_map(|(i, _)| {
                let year = rest.get(i + m.len()..).unwrap_or("");
                let digits = year.bytes().take_while(u8::is_ascii_digit).count();
                // `412 F. Supp. 3d`, `347 U.S. 483`: a volume, then its reporter.
                let reporter = *m == ", "
                    && (1..=4).contains(&digits)
                    && year.as_bytes().get(digits) == Some(&b' ')
                    && year
                        .as_bytes()
                        .get(digits + 1)
                        .is_some_and(u8::is_ascii_uppercase);
                (digits == 4 || reporter).then_some(i)
            })
        })
        .min()?;
    let right = rest.get(..end)?;
    (party(left) && party(right)).then(|| {
        let name_end = sep_at + sep.len() + end;
        (
            note.get(..name_end).unwrap_or(note).trim(),
            note.get(name_end..).unwrap_or(""),
        )
    })
}

/// Finds guessed markers (`(1)`, `[1]`, `[^a]`, `¹`) in the blocks' text.
#[must_use]
/// With `glued`, also digits glued to the text as PDF footnotes leave them (`means.14`).
pub fn text_markers(
    parsed: &Parsed,
    links: &[crate::model::Link],
    notes: &[NoteInfo],
    glued: bool,
) -> Vec<Marker> {
    let labels: super::FastMap<&str, ()> = notes.iter().map(|n| (n.label.as_str(), ())).collect();
    let index = NoteIndex::new(notes);
    // Whether a note is lettered `a` to `z`: only then are superscript letters looked for.
    let letters = labels
        .keys()
        .any(|l| l.len() == 1 && l.bytes().all(|c| c.is_ascii_lowercase()));
    // Blocks are independent: runs of them are scanned in parallel, results kept in order.
    let mut out = super::par::runs(parsed.blocks.len(), |lo, hi| {
        block_markers(parsed, links, lo, hi, &labels, &index, letters)
    });
    if glued {
        let before = out.len();
        glued_markers(parsed, &labels, &index, &mut out);
        if out.len() > before {
            out.sort_by_key(|m| m.offset);
        }
    }
    out
}

/// Footnote numbers a PDF copied as text leaves glued to the sentence: after its full stop,
/// comma or closing quotation mark (`means.14 In`, `happens."15`, `take",16 and`), when a
/// note has the number. Not after a digit (`3.14`), nor glued to a word (`A380`).
fn glued_markers(
    parsed: &Parsed,
    labels: &super::FastMap<&str, ()>,
    index: &NoteIndex,
    out: &mut Vec<Marker>,
) {
    for (bi, b) in parsed.blocks.iter().enumerate() {
        if b.note.is_some() || b.chrome {
            continue;
        }
        let t = b.text.as_str();
        let bytes = t.as_bytes();
        let mut i = 1;
        while i < bytes.len() {
            if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
                continue;
            }
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            let end = i;
            let Some(head) = t.get(..start) else { continue };
            let mut back = head.chars().rev();
            let glue = back.next();
            let before = back.next();
            let punct =
                glue.is_some_and(|c| matches!(c, '.' | ',' | ';' | ':' | '"' | '”' | '’' | ')'));
            // Not a locator's number (`p.12`, `s.4`, `No.3`, `vol.2`, `Fig.3`): the word
            // before a full stop is a word of four letters or more.
            let word_len = head
                .trim_end_matches(['.', ',', ';', ':'])
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .count();
            if glue == Some('.') && before.is_some_and(char::is_alphabetic) && word_len < 4 {
                continue;
            }
            let after_text = before.is_some_and(|c| {
                c.is_alphabetic() || matches!(c, '"' | '”' | '’' | '.' | ',' | ')')
            });
            let bounded = t
                .get(end..)
                .and_then(|s| s.chars().next())
                .is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | ')'));
            let label = t.get(start..end).unwrap_or("");
            if !(punct && after_text && bounded && end - start <= 5 && labels.contains_key(label)) {
                continue;
            }
            let src = b.src_of(start);
            if b.overlaps_code(start, end) || index.find(src).is_some() {
                continue;
            }
            out.push(Marker {
                label: label.to_string(),
                offset: src,
                span: Some((bi, start, end)),
                explicit: false,
                citation_like: true,
                narrative: false,
            });
        }
    }
}

/// A note referred to in words inside brackets, from just after the `(`: `see note 2)`,
/// `note 2)`, `see endnote 14)`, `cf. footnote 3)`: where the number starts and ends (the
/// `)` right after it). News features that number a Notes section cite it so.
fn worded_note_ref(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    let word_at = |i: usize, w: &[u8]| {
        bytes
            .get(i..i + w.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(w))
    };
    for lead in [&b"see also "[..], b"see ", b"cf. "] {
        if word_at(i, lead) {
            i += lead.len();
            break;
        }
    }
    let noun = [&b"endnote "[..], b"footnote ", b"note "]
        .into_iter()
        .find(|w| word_at(i, w))?;
    i += noun.len();
    let end = long_note_number_end(bytes, i)?;
    (bytes.get(end) == Some(&b')')).then_some((i, end))
}

/// `（注1）`, `（1）` or `(注1)` at byte `i` (`（` is 0xEF 0xBC 0x88, `）` 0xEF 0xBC 0x89, `注`
/// 0xE6 0xB3 0xA8): where the number starts and ends, and where the marker ends. A plain
/// `(1)` is left to the other rules.
fn cjk_note_ref(bytes: &[u8], i: usize) -> Option<(usize, usize, usize)> {
    const OPEN: &[u8] = "（".as_bytes();
    const CLOSE: &[u8] = "）".as_bytes();
    const NOTE: &[u8] = "注".as_bytes();
    let rest = bytes.get(i..)?;
    let (after, wide) = match rest.strip_prefix(OPEN) {
        Some(r) => (r, true),
        None => (rest.strip_prefix(b"(")?, false),
    };
    let after_note = after.strip_prefix(NOTE);
    if !wide && after_note.is_none() {
        return None;
    }
    let body = after_note.unwrap_or(after);
    let body = body.strip_prefix(b" ").unwrap_or(body);
    let ds = i + (rest.len() - body.len());
    let de = long_note_number_end(bytes, ds).or_else(|| wide_number_end(bytes, ds))?;
    let tail = bytes.get(de..)?;
    let close = if tail.starts_with(CLOSE) {
        CLOSE.len()
    } else if tail.starts_with(b")") {
        1
    } else {
        return None;
    };
    Some((ds, de, de + close))
}

/// Where a number of one to five full-width digits (`１２`, as Japanese is often typed)
/// starting at byte `i` ends.
fn wide_number_end(bytes: &[u8], i: usize) -> Option<usize> {
    let n = bytes
        .get(i..)?
        .chunks(3)
        .take(6)
        .take_while(|c| matches!(c, [0xEF, 0xBC, 0x90..=0x99]))
        .count();
    (1..=5).contains(&n).then_some(i + 3 * n)
}

/// Whether the text before a bracketed number makes it a judgment's paragraph number:
/// `at [38]`, `para [4]`, `paras [12]–`, `paragraph [3]`, `¶ [7]`, the `[14]` of
/// `[12]–[14]`.
fn pinpoint_before(head: &str) -> bool {
    let h = head.trim_end();
    if h.ends_with(['–', '-', '¶']) && !h.ends_with("--") {
        return h.ends_with('¶') || h.trim_end_matches(['–', '-']).ends_with(']');
    }
    let word = h
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(word, "at" | "para" | "paras" | "paragraph" | "paragraphs") && head.ends_with(' ')
}

/// A note's number of one to three digits of a script's own (see [`native_digit`]) at byte
/// `i`, closed by `close`: the number in ASCII digits, and where the marker ends, past
/// `close`.
fn native_number(t: &str, i: usize, close: u8) -> Option<(String, usize)> {
    let mut label = String::new();
    let mut end = i;
    for c in t.get(i..)?.chars().take(4) {
        match native_digit(c).filter(|_| !c.is_ascii()) {
            Some(d) if label.len() < 3 => {
                label.push(char::from(b'0' + d));
                end += c.len_utf8();
            }
            _ => break,
        }
    }
    (!label.is_empty() && t.as_bytes().get(end) == Some(&close)).then_some((label, end + 1))
}

/// Where a note's number of one to three digits starting at byte `i` ends.
fn note_number_end(bytes: &[u8], i: usize) -> Option<usize> {
    digits_end(bytes, i, 3)
}

/// [`note_number_end`] for a number of up to five digits (`1000`, a long report's note):
/// only where the caller takes it as a note's number when a note has that label (a year,
/// `2019`, is one only in a document of 2,019 notes).
fn long_note_number_end(bytes: &[u8], i: usize) -> Option<usize> {
    digits_end(bytes, i, 5)
}

/// Where a run of one to `max` ASCII digits starting at byte `i` ends (`None` for none or
/// more).
fn digits_end(bytes: &[u8], i: usize, max: usize) -> Option<usize> {
    let n = bytes
        .get(i..)?
        .iter()
        .take(max + 1)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (1..=max).contains(&n).then_some(i + n)
}

/// [`text_markers`] for blocks `lo..hi`.
fn block_markers(
    parsed: &Parsed,
    links: &[crate::model::Link],
    lo: usize,
    hi: usize,
    labels: &super::FastMap<&str, ()>,
    index: &NoteIndex,
    letters: bool,
) -> Vec<Marker> {
    let mut out = Vec::new();
    for (bi, b) in parsed.blocks.iter().enumerate().take(hi).skip(lo) {
        if b.chrome {
            continue;
        }
        if let Some(own) = &b.note {
            note_text_markers(b, bi, own, labels, &mut out);
            continue;
        }
        let t = b.text.as_str();
        let bytes = t.as_bytes();
        let mut i = 0;
        // The next `(` or `[`, and the next 0xC2, 0xE2 or 0xEF byte (superscripts' and
        // full-width brackets' lead bytes; with lettered notes also 0xE1, 0xCA and 0xCB,
        // superscript letters'), at or after where
        // each was last looked for: each found with one SIMD search and kept until passed.
        let (mut next_open, mut next_high) = (0, 0);
        while i < t.len() {
            let Some(&c) = bytes.get(i) else { break };
            // The other notes of a marker naming several (`[1,2]`, `[1–3]`, `(2, 5)`).
            let mut also: Vec<String> = Vec::new();
            let (start, end, label, kind) = match c {
                // Written against what it cites (`poor.”[1,2]`), or after a space as IEEE and
                // Vancouver cite (`benchmarks” [2, 3].`); not after a word that names numbers
                // (`the array [1, 2, 3]`, `at point (1,2)`, `aged (10-12)`), and a bracket
                // `(…)` after a space only after a quotation.
                b'(' | b'['
                    if i > 0
                        && (list_marker_context(t, i)
                            || in_page_link_at(parsed, links, b, bi, i + 1))
                        && note_list(bytes, i).is_some_and(|(list, _)| {
                            list.iter().all(|l| labels.contains_key(l.as_str()))
                                && years_fit_run(&list, out.last())
                        }) =>
                {
                    let (mut list, end) = note_list(bytes, i).unwrap_or_default();
                    let first = list.remove(0);
                    also = list;
                    (i, end, first, usize::from(c == b'['))
                }
                // `(a).`: a note lettered in brackets (an NGO's or a court's `Notes`, `(a)
                // …`), when a note has that label, right before punctuation or the line's
                // end: `(a) first, (b) second` enumerates.
                b'(' if bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase)
                    && bytes.get(i + 2) == Some(&b')')
                    && bytes
                        .get(i + 3)
                        .is_none_or(|c| matches!(c, b'.' | b',' | b';' | b':' | b'\n'))
                    && t.get(i + 1..i + 2).is_some_and(|l| labels.contains_key(l)) =>
                {
                    (i, i + 3, t.get(i + 1..i + 2).unwrap_or("").to_string(), 1)
                }
                // `[a]`: a note lettered rather than numbered (when a note has that label).
                b'[' if bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase)
                    && bytes.get(i + 2) == Some(&b']')
                    && t.get(i + 1..i + 2).is_some_and(|l| labels.contains_key(l)) =>
                {
                    (i, i + 3, t.get(i + 1..i + 2).unwrap_or("").to_string(), 1)
                }
                // `（注1）`, `（1）`, `(注1)`: Japanese and Chinese notes, in full-width or
                // ASCII brackets, `注` ("note") before the number or not.
                b'(' | 0xEF
                    if cjk_note_ref(bytes, i).is_some_and(|(ds, de, _)| {
                        t.get(ds..de).is_some_and(|l| {
                            labels.contains_key(l)
                                || (!l.is_ascii()
                                    && labels.contains_key(superscript_to_digits(l).as_str()))
                        })
                    }) =>
                {
                    let (ds, de, end) = cjk_note_ref(bytes, i).unwrap_or((i, i, i + 1));
                    // With `注` it is a note whatever is around it; `（1）` alone only before
                    // punctuation or the end (`…と指摘した（1）。`), not numbering points
                    // (`理由は（1）費用と（2）…`).
                    let worded = ds > i + 3;
                    // Nor before the quotation it numbers, nor after a comma or colon
                    // (`认为（1）“…”，（2）“…”`).
                    let closes = t.get(end..).and_then(|r| r.chars().next()).is_none_or(|n| {
                        !n.is_alphanumeric() && !matches!(n, '“' | '「' | '『' | '"')
                    }) && !t
                        .get(..i)
                        .and_then(|h| h.chars().next_back())
                        .is_some_and(|p| matches!(p, '，' | '、' | '：' | ',' | ':' | '；'));
                    if !worded && !closes {
                        i = end;
                        continue;
                    }
                    (
                        i,
                        end,
                        superscript_to_digits(t.get(ds..de).unwrap_or("")),
                        if worded { 3 } else { 0 },
                    )
                }
                // `[*]`, `[†]`: a note marked with a symbol, when a note has that label.
                b'[' if symbol_ref(t, i).is_some_and(|l| labels.contains_key(l)) => {
                    let label = symbol_ref(t, i).unwrap_or("");
                    (i, i + label.len() + 2, label.to_string(), 1)
                }
                // `[RFC9110]`, `[HTTPBIS-NOTES]`: a named reference, as RFCs cite, when a note
                // has that label (ordinary bracketed words are not markers).
                b'[' if named_ref(bytes, i).is_some_and(|e| {
                    t.get(i + 1..e - 1).is_some_and(|l| labels.contains_key(l))
                }) =>
                {
                    let end = named_ref(bytes, i).unwrap_or(i + 1);
                    (i, end, t.get(i + 1..end - 1).unwrap_or("").to_string(), 1)
                }
                b'(' if worded_note_ref(bytes, i + 1).is_some_and(|(ds, de)| {
                    t.get(ds..de).is_some_and(|l| labels.contains_key(l))
                }) =>
                {
                    // `(see note 2)`, `(note 2)`: a note referred to in words.
                    let (ds, de) = worded_note_ref(bytes, i + 1).unwrap_or((i, i));
                    (i, de + 1, t.get(ds..de).unwrap_or("").to_string(), 0)
                }
                b'(' | b'[' => {
                    let close = if c == b'(' { b')' } else { b']' };
                    let caret = c == b'[' && bytes.get(i + 1) == Some(&b'^');
                    let from = i + 1 + usize::from(caret);
                    let mut j = from;
                    while j < t.len() && j - from <= 12 {
                        let Some(&d) = bytes.get(j) else { break };
                        let ok = if caret {
                            d.is_ascii_alphanumeric() || d == b'-' || d == b'_'
                        } else {
                            d.is_ascii_digit()
                        };
                        if !ok {
                            break;
                        }
                        j += 1;
                    }
                    // `[১]`, `(٣)`: digits of the text's own script (see [`native_digit`]),
                    // read only when no ASCII digit follows the bracket.
                    let native =
                        (j == from && !caret && bytes.get(from).is_some_and(|&d| d >= 0xC0))
                            .then(|| native_number(t, from, close))
                            .flatten();
                    if let Some((label, end)) = native {
                        (i, end, label, usize::from(c == b'['))
                    } else {
                        let max = if caret { 12 } else { 3 };
                        // `[4a]`, `[4b]`: parts of a note, numbered with a letter (only markers
                        // if a note has that label, checked below).
                        let digits_end = j;
                        if !caret
                            && j > from
                            && bytes.get(j).is_some_and(u8::is_ascii_lowercase)
                            && bytes.get(j + 1) == Some(&close)
                        {
                            j += 1;
                        }
                        // Four or five digits only for a note of that number (a long
                        // report's `(1000)`), not a year's `(2019)`.
                        let long = !caret
                            && (4..=5).contains(&(digits_end - from))
                            && j == digits_end
                            && t.get(from..j).is_some_and(|l| labels.contains_key(l));
                        if j > from
                            && (digits_end - from <= max || long)
                            && bytes.get(j) == Some(&close)
                        {
                            let label = t.get(from..j).unwrap_or("").to_string();
                            if j > digits_end && !labels.contains_key(label.as_str()) {
                                i = j + 1;
                                continue;
                            }
                            (
                                i,
                                j + 1,
                                label,
                                if caret { 2 } else { usize::from(c == b'[') },
                            )
                        } else {
                            i += 1;
                            continue;
                        }
                    }
                }
                // `18%.ᵃ`, `the numbers."ᶜ`: a lettered note's marker.
                0xE1 | 0xCA | 0xCB | 0xE2 if letters && lettered_marker(t, i, labels).is_some() => {
                    let (end, label) = lettered_marker(t, i, labels).unwrap_or_default();
                    (i, end, label, 3)
                }
                0xC2 | 0xE2 => {
                    let Some(ch) = t.get(i..).and_then(|s| s.chars().next()) else {
                        i += 1;
                        continue;
                    };
                    if !is_superscript(ch) {
                        i += ch.len_utf8();
                        continue;
                    }
                    let run: String = t
                        .get(i..)
                        .unwrap_or("")
                        .chars()
                        .take_while(|&c| is_superscript(c))
                        .collect();
                    let end = i + run.len();
                    // `km²`, `10³`: units and powers, not notes.
                    let word: String = t
                        .get(..i)
                        .unwrap_or("")
                        .chars()
                        .rev()
                        .take_while(|c| c.is_alphanumeric())
                        .collect();
                    // `2⁻⁵³`: a negative power.
                    let signed = t
                        .get(..i)
                        .and_then(|s| s.chars().next_back())
                        .is_some_and(|c| matches!(c, '⁻' | '⁺'));
                    // A year (`between 2019 and 2023²`) takes a note the text has rather
                    // than a power.
                    let year_note = word.len() == 4
                        && word.bytes().all(|c| c.is_ascii_digit())
                        && word
                            .chars()
                            .rev()
                            .collect::<String>()
                            .parse::<u32>()
                            .is_ok_and(|y| (1500..=2099).contains(&y))
                        && labels.contains_key(superscript_to_digits(&run).as_str());
                    if signed
                        || (!year_note && word.chars().any(|c| c.is_ascii_digit()))
                        || (1..=2).contains(&word.len())
                    {
                        i = end;
                        continue;
                    }
                    let digits = superscript_to_digits(&run);
                    // `¹²` against notes 1 and 2 and no note 12: two markers side by side.
                    if run.chars().nth(1).is_some()
                        && !labels.contains_key(digits.as_str())
                        && digits
                            .as_bytes()
                            .windows(2)
                            .all(|w| matches!(w, [a, b] if a < b))
                        && digits.bytes().all(|d| {
                            let one = [d];
                            std::str::from_utf8(&one).is_ok_and(|l| labels.contains_key(l))
                        })
                    {
                        let mut each = digits.bytes().map(|d| char::from(d).to_string());
                        let first = each.next().unwrap_or_default();
                        also = each.collect();
                        (i, end, first, 3)
                    } else {
                        (i, end, digits, 3)
                    }
                }
                _ => {
                    // Straight to the next byte that can start a marker.
                    let from = i + 1;
                    let rest = bytes.get(from..).unwrap_or(&[]);
                    if next_open < from {
                        next_open = memchr::memchr2(b'(', b'[', rest).map_or(t.len(), |k| from + k);
                    }
                    if next_high < from {
                        next_high = if letters {
                            let high = memchr::memchr3(0xC2, 0xE2, 0xE1, rest);
                            let low = memchr::memchr3(0xCA, 0xCB, 0xEF, rest);
                            high.into_iter().chain(low).min()
                        } else {
                            memchr::memchr3(0xC2, 0xE2, 0xEF, rest)
                        }
                        .map_or(t.len(), |k| from + k);
                    }
                    i = next_open.min(next_high);
                    continue;
                }
            };
            i = end;
            if b.overlaps_code(start, end) {
                continue;
            }
            let src = b.src_of(start);
            if index.find(src).is_some() {
                continue;
            }
            let prev = t.get(..start).and_then(|s| s.chars().next_back());
            // `(at [38])`, `paras [12]–[14]`, `¶ [7]`: a paragraph of a judgment, as
            // Commonwealth courts number them, not a note.
            // (Only without such a note: `available at [3]` cites note 3.)
            if bytes.get(start) == Some(&b'[')
                && !labels.contains_key(label.as_str())
                && pinpoint_before(t.get(..start).unwrap_or(""))
            {
                continue;
            }
            // `f(1)`, `array[2]`: code or maths, not notes; `#(374)`, `#[581]`: issue numbers.
            // A word's `[1]` is a marker when a note has that label and prose follows it:
            // `put it plainly[1]:` (pandoc's plain text), not `O(1)` nor `array[2] = x`.
            let cites_note = || {
                kind == 1
                    && labels.contains_key(label.as_str())
                    && prev.is_some_and(char::is_alphabetic)
                    && t.get(..start).is_some_and(|s| {
                        s.chars()
                            .rev()
                            .take_while(|c| c.is_alphanumeric())
                            .filter(|c| c.is_alphabetic())
                            .nth(1)
                            .is_some()
                    })
                    && t.get(end..).is_some_and(|s| {
                        s.chars()
                            .next()
                            .is_none_or(|n| n.is_whitespace() || ".,;:!?)’”\"".contains(n))
                            && !s
                                .trim_start()
                                .starts_with(|c: char| "=+-*/<>%&|^[(".contains(c))
                    })
            };
            // Chinese and Japanese put a marker straight after the last character, but
            // `原因有(1)成本上升` numbers a list.
            let cjk_marker = |p: char| {
                super::is_cjk(p)
                    && (kind != 0
                        || t.get(end..)
                            .and_then(|s| s.chars().next())
                            .is_none_or(|n| !n.is_alphanumeric()))
            };
            if kind < 3
                && prev.is_some_and(|p| {
                    (p.is_alphanumeric() && !cjk_marker(p) && kind != 2 && !cites_note())
                        || p == '#'
                })
            {
                continue;
            }
            // Only the blanks before it are looked at: a long line is never rescanned.
            let line_start = t
                .get(..start)
                .map(|s| s.trim_end_matches([' ', '\t']))
                .is_none_or(|s| s.is_empty() || s.ends_with('\n'));
            // A table cell of nothing but markers is a table's notes column: `(3)`, `(2),(4)`.
            // A line of hard-wrapped prose may open with the marker of the line before
            // (`… "a signal that requires investigation"⏎[1] but moved on.`): the line before
            // ends a phrase and the marker is followed by lower case or punctuation, where a
            // note or a list item opens with a capital.
            let wrapped_marker = || {
                let before = t.get(..start).unwrap_or("").trim_end_matches([' ', '\t']);
                let prev_line = before.strip_suffix('\n').unwrap_or("").trim_end();
                let last = prev_line.chars().next_back();
                // Not after a colon (`Follow these steps:⏎[1] unplug …`).
                let prev_ends_phrase =
                    last.is_some_and(|p| p.is_alphanumeric() || "\"”’'.,;!?)»".contains(p));
                let after = t.get(end..).unwrap_or("");
                // Whether the next number's marker, written as `pattern` gives it, comes
                // within `reach` bytes after this one.
                let next_soon = |pattern: fn(u32) -> String, reach: usize| {
                    label.parse::<u32>().is_ok_and(|n| {
                        let window = prefix(after, reach);
                        window.contains(pattern(n + 1).as_str())
                    })
                };
                // Nor in a run of numbered lines (`[1] …,⏎[2] …`).
                let listed = line_label(prev_line.rsplit('\n').next().unwrap_or("")).is_some()
                    || next_soon(|n| format!("\n[{n}]"), 300)
                    || next_soon(|n| format!("\n({n})"), 300);
                // After a quotation's closing mark, a new sentence may follow the marker;
                // so too after the mark and the stop that ends the sentence
                // (`… any given year".⏎[1] Engineers …`).
                let closes_quote = |p: char| "\"”’»".contains(p);
                let after_quote = last.is_some_and(|p| {
                    closes_quote(p)
                        || prev_line
                            .strip_suffix(['.', ','])
                            .and_then(|s| s.chars().next_back())
                            .is_some_and(closes_quote)
                });
                let follows = after.trim_start_matches([' ', '\t']).chars().next();
                // Only for a note there is (numbered steps, `[1] unplug the cable`, are no
                // markers), and a bracketed number only after a quotation (`(1) … (2) …`
                // enumerate).
                let enumeration = kind == 0 && next_soon(|n| format!("({n})"), 200);
                labels.contains_key(label.as_str())
                    && !enumeration
                    && (!listed || after_quote)
                    && prev_ends_phrase
                    && (after_quote
                        || (kind != 0
                            && follows.is_none_or(|n| {
                                n.is_lowercase() || n == '\n' || ".,;:!?)".contains(n)
                            }))
                        // `… as the 1964 report put it⏎(3):`: a bracketed number carried to
                        // a line of its own by the wrap, before the punctuation that ends
                        // the phrase (a numbered item goes on with words).
                        || (kind == 0 && follows.is_some_and(|n| ".,;:".contains(n))))
            };
            // lynx's `-dump` puts a link's number against its words, a line's first too
            // (`[3]Read the full statement`): no note's entry is written so.
            let lynx_glued = || {
                kind == 1
                    && bytes.get(start) == Some(&b'[')
                    && labels.contains_key(label.as_str())
                    && t.get(end..)
                        .and_then(|s| s.chars().next())
                        .is_some_and(char::is_alphanumeric)
            };
            let markers_cell = || {
                b.kind == BlockKind::Cell && t.bytes().all(|c| b"()[]0123456789,; ".contains(&c))
            };
            if line_start && !(markers_cell() || wrapped_marker() || lynx_glued()) {
                continue;
            }
            let next = t.get(end..).and_then(|s| s.chars().next());
            let before = t
                .get(..start)
                .map(str::trim_end)
                .and_then(|s| s.chars().next_back());
            let quote_mark = |p: char| matches!(p, '”' | '“' | '"' | '’' | '»' | '«');
            // Or its stop, the marker opening the next line (`repair",⏎(1) and …`).
            let after_quote = before.is_some_and(quote_mark)
                || (line_start
                    && t.get(..start)
                        .map(str::trim_end)
                        .and_then(|s| s.strip_suffix(['.', ',']))
                        .and_then(|s| s.chars().next_back())
                        .is_some_and(quote_mark));
            // `two goals: (1) lower cost and (2) what one called “…”`: a list in a sentence,
            // each number after a colon, comma or `and`/`or` and before a lower-case word.
            // A marker follows what it backs (`the report (1) and …`).
            let enumerates = kind == 0 && !after_quote && {
                let head = t.get(..start).unwrap_or("").trim_end();
                let joined = head.ends_with([':', ',', ';'])
                    || [" and", " or", " then"].iter().any(|w| head.ends_with(w));
                let item = t.get(end..).is_some_and(|s| {
                    let mut c = s.chars();
                    c.next() == Some(' ') && c.next().is_some_and(char::is_lowercase)
                });
                joined && item
            };
            if enumerates {
                continue;
            }
            // A heading's number in brackets counts what it heads (Medium's `Responses
            // (17)`, `Comments (3)`): no marker. Other markers in a heading only for a note
            // with their label, and none is warned about.
            let heading = b.kind == BlockKind::Heading;
            if heading && kind == 0 {
                continue;
            }
            // A number in a link's words after others counts what the link leads to
            // (`<a href="/comments">Comments (14)</a>`): no marker.
            if kind <= 1 && inside_link_words(parsed, links, b, bi, start) {
                continue;
            }
            // `Journal 51 (5), 2021`: a volume's issue, unless a note has that label.
            let after_number = before.is_some_and(|p| p.is_ascii_digit());
            let citation_like = !heading
                && match kind {
                    0 => {
                        !after_number
                            && (after_quote
                                || next.is_none_or(|n| {
                                    matches!(n, ':' | '.' | ',' | ';' | '\n' | ')')
                                }))
                    }
                    _ => true,
                };
            if kind == 0 && !labels.contains_key(label.as_str()) && !citation_like {
                continue;
            }
            for label in std::iter::once(label).chain(also) {
                out.push(Marker {
                    label,
                    offset: src,
                    span: Some((bi, start, end)),
                    explicit: false,
                    citation_like,
                    narrative: false,
                });
            }
        }
    }
    out
}

/// Whether a bracketed list of note numbers that are all plausible years (`(2019–2021)`,
/// `[1999, 2001]`), in a document with that many notes, fits the run of markers before it:
/// the last marker found (`last`) has a number close to its first. A long report's markers
/// run in order, so `(2019–2021)` after note 412's marker is a range of years. A list with
/// a number that is no year is a list of notes as before.
pub(crate) fn years_fit_run(list: &[String], last: Option<&Marker>) -> bool {
    let year = |l: &String| l.len() == 4 && has_year(l);
    if !list.iter().all(year) {
        return true;
    }
    let (Some(first), Some(prev)) = (
        list.first().and_then(|l| l.parse::<i64>().ok()),
        last.and_then(|m| m.label.parse::<i64>().ok()),
    ) else {
        return false;
    };
    (first - prev).abs() <= 20
}

/// Markers in a note's own text (block `b`, of the note labelled `own`) citing another note
/// by its number in square brackets after a word, as a note cites the reference list
/// (`Novak and Tembo [3] write that “…”`, `see also [2, 4]`). Only that shape: a note's text
/// holds a reference's volume and issue (`49(3)`), page ranges and years in brackets, and
/// a note's own number opening it.
fn note_text_markers(
    b: &Block,
    bi: usize,
    own: &str,
    labels: &super::FastMap<&str, ()>,
    out: &mut Vec<Marker>,
) {
    let t = b.text.as_str();
    let bytes = t.as_bytes();
    for i in memchr::memchr_iter(b'[', bytes) {
        // After a word and a space (never opening a line: a label), or glued to a word's
        // end or a quotation's close.
        let head = t.get(..i).unwrap_or("");
        let word = head.trim_end_matches(' ');
        let Some(p) = word.chars().next_back() else {
            continue;
        };
        if !(p.is_alphabetic() || "”\"’.,".contains(p)) || head.len() - word.len() > 1 {
            continue;
        }
        let digits = bytes
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let one =
            ((1..=5).contains(&digits) && bytes.get(i + 1 + digits) == Some(&b']')).then(|| {
                let label = t.get(i + 1..i + 1 + digits).unwrap_or("").to_string();
                (vec![label], i + 2 + digits)
            });
        let Some((list, end)) = one.or_else(|| note_list(bytes, i)) else {
            continue;
        };
        if list
            .iter()
            .any(|l| l == own || !labels.contains_key(l.as_str()))
            || b.overlaps_code(i, end)
        {
            continue;
        }
        let src = b.src_of(i);
        for label in list {
            out.push(Marker {
                label,
                offset: src,
                span: Some((bi, i, end)),
                explicit: false,
                citation_like: true,
                narrative: false,
            });
        }
    }
}

/// A superscript letter at byte `i` naming a note (`ᵇ` when a note is lettered `b`): where
/// it ends, and the letter.
/// The symbol label of a bracketed note symbol at `i` (`[*]`, `[†]`, `[**]`).
fn symbol_ref(t: &str, i: usize) -> Option<&str> {
    let rest = t.get(i + 1..)?;
    let close = prefix(rest, 10).find(']')?;
    let label = rest.get(..close)?;
    symbol_rank(label).map(|_| label)
}

fn lettered_marker(
    t: &str,
    i: usize,
    labels: &super::FastMap<&str, ()>,
) -> Option<(usize, String)> {
    let ch = t.get(i..)?.chars().next()?;
    let letter = String::from(superscript_letter(ch)?);
    labels
        .contains_key(letter.as_str())
        .then(|| (i + ch.len_utf8(), letter))
}

/// Whether a link within the page (`<a href="#ref-CR3">3</a>`) starts at byte `t` of block
/// `bi`: a number in brackets that links to an entry of the page is a citation, in
/// parentheses after a space too (`trials (<a href="#ref-CR1">1</a>; <a
/// href="#ref-CR3">3</a>)`, Springer's numbered style), where a bare `(1, 3)` may be a
/// pair of coordinates. Only asked of such a bracket (a binary search of the links).
fn in_page_link_at(
    parsed: &Parsed,
    links: &[crate::model::Link],
    b: &Block,
    bi: usize,
    t: usize,
) -> bool {
    link_at(
        parsed,
        links,
        b.src_of(t),
        4,
        |(lb, lt, _)| lb == bi && lt == t,
        |l| {
            l.raw.trim_start().starts_with('#')
                || super::html::own_fragment(parsed, &l.raw).is_some()
        },
    )
}

/// Whether one of the last `reach` links starting at or before source offset `at` has a
/// span (block, text start, text end) that `span_fits` and, resolved, `link_fits`.
fn link_at(
    parsed: &Parsed,
    links: &[crate::model::Link],
    at: usize,
    reach: usize,
    span_fits: impl Fn((usize, usize, usize)) -> bool,
    link_fits: impl Fn(&crate::model::Link) -> bool,
) -> bool {
    // (`links` are `parsed.links` resolved, in the same order: the raw ones' hrefs are
    // moved into them.)
    let k = parsed.links.partition_point(|l| l.offset <= at);
    (k.saturating_sub(reach)..k).any(|i| {
        parsed
            .links
            .get(i)
            .is_some_and(|l| l.span.is_some_and(&span_fits) && links.get(i).is_some_and(&link_fits))
    })
}

/// Whether byte `t` of block `b` (number `bi`) is inside the words of a link to another
/// page, after the first of them (`Comments (14)`).
fn inside_link_words(
    parsed: &Parsed,
    links: &[crate::model::Link],
    b: &Block,
    bi: usize,
    t: usize,
) -> bool {
    link_at(
        parsed,
        links,
        b.src_of(t),
        8,
        |(lb, lt, le)| lb == bi && lt < t && t < le,
        |l| !l.raw.trim_start().starts_with('#'),
    )
}

/// Whether a list of numbers in brackets at byte `i` stands where a marker does (see
/// [`note_list`]).
fn list_marker_context(t: &str, i: usize) -> bool {
    let before = t.get(..i).unwrap_or("");
    let Some(p) = before.chars().next_back() else {
        return false;
    };
    if !p.is_whitespace() {
        return true;
    }
    let head = before.trim_end();
    let last = head.chars().next_back();
    if last.is_some_and(|c| "\"”’»".contains(c)) {
        return true;
    }
    if t.as_bytes().get(i) == Some(&b'(') {
        return false;
    }
    let word: String = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    !value_word(&word) && !last.is_some_and(|c| c.is_ascii_digit() || "=+-*/<>".contains(c))
}

/// Whether a bracketed number after `word` (lower case) is a value, not a note's marker: a
/// point's, a cell's or an interval's numbers (`the point (1, 2)`, `cells (3, 4)`, `range
/// (1-3)`), or what a verb or a preposition says a thing is or holds (`is (2)`, `aged (4)`,
/// `between (1, 2)`). Shared by the single marker's reading and the Vancouver list's.
pub(crate) fn value_word(word: &str) -> bool {
    matches!(
        word,
        "array"
            | "arrays"
            | "list"
            | "lists"
            | "vector"
            | "vectors"
            | "matrix"
            | "set"
            | "sets"
            | "interval"
            | "intervals"
            | "range"
            | "ranges"
            | "tuple"
            | "tuples"
            | "pair"
            | "point"
            | "points"
            | "cell"
            | "cells"
            | "square"
            | "coordinates"
            | "at"
            | "of"
            | "to"
            | "is"
            | "are"
            | "was"
            | "be"
            | "equals"
            | "returns"
            | "aged"
            | "between"
            | "from"
            | "in"
            | "on"
            | "with"
    )
}

/// A page locator as other languages abbreviate the word, after a marker's comma (`r`
/// starts after `, `): a short word with a full stop before the number (`с. 45`, GOST's;
/// `s. 45`, Czech, Polish, Turkish and Scandinavian; `str. 45`, `стр. 45`), or a short word
/// joined by a hyphen after it (`45-б.`, `45-бет`, Kazakh and Kyrgyz), up to the closing
/// bracket: the byte length through `close`. A word without its full stop before the
/// number (`[2, and 3]`), a longer word or more than one are no locator.
fn script_page_locator(r: &[u8], close: u8) -> Option<usize> {
    let head = r.get(..r.len().min(32))?;
    let head = match std::str::from_utf8(head) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(head.get(..e.valid_up_to())?).ok()?,
    };
    let close = char::from(close);
    let end = head.find(close)?;
    let body = head.get(..end)?;
    // A word of one to four letters.
    let word = |w: &str| -> bool {
        (1..=4).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic)
    };
    // A page or a range of pages (`45`, `45–47`, `45-47`).
    let pages = |p: &str| -> bool {
        let mut parts = p.splitn(2, ['-', '–']);
        parts.all(|n| (1..=5).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let prefixed = body
        .split_once('.')
        .is_some_and(|(w, n)| word(w) && pages(n.trim_start_matches([' ', '\u{a0}', '\u{202f}'])));
    let suffixed = body
        .split_once('-')
        .is_some_and(|(n, w)| pages(n) && word(w.strip_suffix('.').unwrap_or(w)));
    (prefixed || suffixed).then_some(end + close.len_utf8())
}

/// Where a marker ends whose note number (ending at `j`) is followed by a page locator, as
/// IEEE and Vancouver cite a direct quotation: `[10, p. 14]`, `[10, pp. 14–15]`, `[10,
/// p.14]`, `[10:14]`, `[10 (p. 14)]`, or a part of the work: `[4, Section 6.1]`, `[4,
/// §6.1]`, `[2, Ch. 3]`, `[7, Table 2]`, `[3, Appendix B]`. Bounded: at most 24 bytes of
/// locator. In parentheses (`close` is `)`), only `(2, p. 405)` and the parts after a
/// comma.
fn page_locator(bytes: &[u8], j: usize, close: u8) -> Option<usize> {
    /// Words naming a part of a work, as IEEE writes them (`§` is 0xC2 0xA7).
    const PARTS: [&[u8]; 16] = [
        b"pp.",
        b"p.",
        b"S.",
        b"\xC2\xA7\xC2\xA7",
        b"\xC2\xA7",
        b"Section",
        b"Sec.",
        b"sec.",
        b"Chapter",
        b"Ch.",
        b"ch.",
        b"Fig.",
        b"Table",
        b"Eq.",
        b"Appendix",
        b"Theorem",
    ];
    let rest = bytes.get(j..)?;
    let named = rest.starts_with(b", ");
    let body = if let Some(r) = rest.strip_prefix(b", ") {
        if let Some(n) = script_page_locator(r, close) {
            return Some(j + 2 + n);
        }
        let part = PARTS.iter().find_map(|w| r.strip_prefix(*w))?;
        // `Appendix B`: a part lettered.
        match part {
            [b' ', l, c, ..]
                if *c == close && l.is_ascii_uppercase() && r.starts_with(b"Appendix") =>
            {
                return Some(j + (rest.len() - part.len()) + 3);
            }
            _ => part,
        }
    } else if close != b']' {
        return None;
    } else if let Some(r) = rest.strip_prefix(b" (") {
        r.strip_prefix(b"pp.").or_else(|| r.strip_prefix(b"p."))?
    } else {
        rest.strip_prefix(b":")?
    };
    let body = body
        .strip_prefix(b" ")
        .or_else(|| body.strip_prefix(b"\xC2\xA0"))
        .unwrap_or(body);
    let start = j + (rest.len() - body.len());
    if !body.first().is_some_and(u8::is_ascii_digit) {
        // A part numbered in Roman numerals, as IEEE numbers its sections (`[2, Sec. IV]`,
        // `[2, Section IV-B]`, `[5, Ch. xii]`): only after a part's word.
        return if named {
            roman_part(body, close).map(|n| start + n)
        } else {
            None
        };
    }
    let mut k = 0;
    while k < 24 {
        match body.get(k..) {
            Some([c, ..]) if *c == close => return Some(start + k + 1),
            Some([c, ..])
                if c.is_ascii_digit()
                    || matches!(c, b'-' | b',' | b' ' | b'f' | b'.')
                    || (*c == b')' && close == b']') =>
            {
                k += 1;
            }
            // An en dash.
            Some([0xE2, 0x80, 0x93, ..]) => k += 3,
            _ => return None,
        }
    }
    None
}

/// The length, its closing bracket `close` included, of a part's Roman numeral from I to
/// XXX (all upper or all lower case) at the start of `body`, with a lettered subsection
/// after a hyphen (`IV-B`): `None` for anything else.
fn roman_part(body: &[u8], close: u8) -> Option<usize> {
    const ROMAN: [&[u8]; 10] = [
        b"", b"I", b"II", b"III", b"IV", b"V", b"VI", b"VII", b"VIII", b"IX",
    ];
    let n = body
        .iter()
        .take(8)
        .take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'i' | b'v' | b'x'))
        .count();
    let numeral = body.get(..n)?;
    let upper = numeral.iter().all(u8::is_ascii_uppercase);
    if n == 0 || !(upper || numeral.iter().all(u8::is_ascii_lowercase)) {
        return None;
    }
    let tens = numeral
        .iter()
        .take(3)
        .take_while(|c| c.eq_ignore_ascii_case(&b'X'))
        .count();
    let units = numeral.get(tens..)?;
    if !ROMAN.iter().any(|r| r.eq_ignore_ascii_case(units)) {
        return None;
    }
    let k = match body.get(n..)? {
        [b'-', l, ..] if l.is_ascii_alphabetic() => n + 2,
        _ => n,
    };
    (body.get(k) == Some(&close)).then_some(k + 1)
}

/// A marker naming several notes, at the `[` or `(` at byte `i`: numbers and ranges
/// separated by commas or semicolons (`[1,2]`, `[1, 2, 5]`, `[1-3]`, `[1–3]`, `[2,4–6]`,
/// `(1; 3)`), as Vancouver, IEEE and Springer's numbered styles cite; each range at most ten
/// notes, at most ten parts. The labels in order, and where the marker ends.
fn note_list(bytes: &[u8], i: usize) -> Option<(Vec<String>, usize)> {
    let close = match bytes.get(i)? {
        b'[' => b']',
        b'(' => b')',
        _ => return None,
    };
    // (Every number must be a note's, checked by the callers: four or five digits only in a
    // document of that many notes.)
    let number = |j: usize| -> Option<(u32, usize)> {
        let end = long_note_number_end(bytes, j)?;
        let v = std::str::from_utf8(bytes.get(j..end)?).ok()?.parse().ok()?;
        Some((v, end))
    };
    let (first, j) = number(i + 1)?;
    if let Some(end) = page_locator(bytes, j, close) {
        return Some((vec![first.to_string()], end));
    }
    let mut out: Vec<u32> = Vec::new();
    let (mut n, mut j) = (first, j);
    let mut parts = 0;
    loop {
        parts += 1;
        // `-` or an en dash (0xE2 0x80 0x93): a range.
        let dash = match bytes.get(j..) {
            Some([b'-', ..]) => Some(1),
            Some([0xE2, 0x80, 0x93, ..]) => Some(3),
            _ => None,
        };
        if let Some(w) = dash {
            let (last, k) = number(j + w)?;
            if last <= n || last - n > 9 {
                return None;
            }
            out.extend(n..=last);
            j = k;
        } else {
            out.push(n);
        }
        if !matches!(bytes.get(j), Some(b',' | b';')) || parts == 10 {
            break;
        }
        j += 1;
        if bytes.get(j) == Some(&b' ') {
            j += 1;
        }
        (n, j) = number(j)?;
    }
    (out.len() > 1 && bytes.get(j) == Some(&close))
        .then(|| (out.iter().map(u32::to_string).collect(), j + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (review, sixty-first session): the editors' notes started at the first
    /// lower-case heading found, wherever a capitals one stood before it.
    #[test]
    fn editors_notes_start_at_the_first_heading_in_either_case() {
        let text = "Claim.\n\nNOTES TO EDITORS\n\n1. Background.\n\nNotes for editors:\n\nMore.\n";
        assert_eq!(editors_notes_start(text), text.find("NOTES"));
        let text = "Claim.\n\nNotes to editors\n\n1. Background.\n\nNOTES FOR EDITORS\n";
        assert_eq!(editors_notes_start(text), text.find("Notes to"));
    }

    /// A firm's legal form ends a body's name; another language's `and` joins two people,
    /// not a body's words; a lower-case document kind names no one; Arabic's comma and the
    /// ideographic comma part a note's segments (fifty-first session, second pass).
    #[test]
    fn legal_forms_foreign_ands_kinds_and_script_commas() {
        assert_eq!(
            without_legal_form("Hafenwerke Kiel GmbH"),
            Some("Hafenwerke Kiel")
        );
        assert_eq!(
            without_legal_form("Brzoza Bud Sp. z o.o."),
            Some("Brzoza Bud")
        );
        assert_eq!(without_legal_form("GmbH"), None);
        assert!(body_name("Hafenwerke Kiel GmbH"));
        assert!(body_name("Brzoza Bud Sp. z o.o."));
        assert_eq!(
            foreign_and("Marta Gil y Luis Pardo").as_deref(),
            Some("Marta Gil and Luis Pardo")
        );
        assert_eq!(foreign_and("Instytut Gospodarki i Finansów"), None);
        assert_eq!(foreign_and("Ministerio de Agua y Energía"), None);
        assert!(kind_named("rapport d'observations définitives"));
        assert!(kind_named("delibera della Giunta comunale n. 7"));
        assert!(!kind_named("rapport"));
        assert!(!kind_named("Rapport Annuel Éditions"));
        let segs: Vec<&str> = segments("مجلة البحوث، ٥ مارس ٢٠٢٤، الرابط").collect();
        assert_eq!(segs, ["مجلة البحوث", " ٥ مارس ٢٠٢٤", " الرابط"]);
        let segs: Vec<&str> = segments("西浜書房、2020年，61頁").collect();
        assert_eq!(segs, ["西浜書房", "2020年", "61頁"]);
    }

    /// The single-author shortcut gives what splitting would.
    #[test]
    fn organisation_heads_are_sorted_for_their_binary_search() {
        assert!(ORG_HEADS.windows(2).all(|w| w[0] < w[1]));
        assert!(org_name("Fédération des usagers de la bicyclette"));
        assert!(!org_name("Federal Reserve Bank"));
    }

    /// An organisation whose name holds `and` is one author (the twenty-fifth session's
    /// evaluation split `Agriculture and Horticulture Levy Board` in two); people joined by
    /// `and` are two.
    #[test]
    fn organisations_joined_by_and_are_one_author() {
        assert!(ORG_TAILS.windows(2).all(|w| w[0] < w[1]));
        assert!(ORG_OPENERS.windows(2).all(|w| w[0] < w[1]));
        for (s, n) in [
            ("Agriculture and Horticulture Levy Board", 1),
            ("Economic and Social Research Council (UK)", 1),
            ("Department of Health and Human Services", 1),
            ("National Oceanic and Atmospheric Administration", 1),
            // (Thirty-ninth session: an ombudsman's office.)
            ("Local Government and Social Care Ombudsman", 1),
            ("Social Sciences and Humanities Research Council", 1),
            ("National Oceanic and Jane Okafor", 2),
            ("Royal Marsh and Kofi Oduya", 2),
            // Two bodies, the first named with an opener (review): two authors.
            ("British Academy and Royal Society", 2),
            ("Medical Research Council and Wellcome Trust", 2),
            ("Smith and Wesson Corporation", 1),
            ("Kahneman and Tversky", 2),
            ("Jane Okafor and Tidal Research Council", 2),
            ("A. Marsh and Harbour Trust", 2),
            ("Agriculture and Horticulture Levy Board and Jane Okafor", 2),
            ("Ruth Amsel and Kofi Oduya", 2),
        ] {
            assert_eq!(split_authors(s).len(), n, "{s:?}: {:?}", split_authors(s));
        }
    }

    /// A journal's volume, issue and pages after its name (`Journal of Coastal Policy 14
    /// (2): 101–19`) are no part of the publisher (thirty-ninth session); a number that is
    /// part of a name (`Channel 4`) stays.
    #[test]
    fn a_journal_is_named_without_its_volume_and_pages() {
        for (s, want) in [
            (
                "Journal of Coastal Policy 14 (2): 101–19",
                "Journal of Coastal Policy",
            ),
            ("Nature 521 (7553): 436–44", "Nature"),
            ("Harbour Studies 12, no. 3: 45–67", "Harbour Studies"),
            ("Channel 4", "Channel 4"),
            ("Channel 4 News", "Channel 4 News"),
            ("Science 2020", "Science 2020"),
            ("Tidal Review, 14", "Tidal Review"),
        ] {
            assert_eq!(journal_name(s), want, "{s:?}");
        }
    }

    /// A kind of document named beside a note's title (`press release`) is neither its
    /// author (the title was missed) nor its publisher (thirty-ninth session).
    #[test]
    fn a_kind_of_document_is_no_author_or_publisher() {
        let m = parse_meta(
            "Office of the Minister for Ports, press release, “Harbour Renewal Scheme \
             Launched,” March 3, 2021.",
            &[],
        );
        assert_eq!(m.title.as_deref(), Some("Harbour Renewal Scheme Launched"));
        assert_eq!(m.authors, ["Office of the Minister for Ports"]);
        let m = parse_meta(
            "Ministry of Ports, “Harbour Renewal Scheme Launched,” press release, March 3, 2021.",
            &[],
        );
        assert_eq!(m.publisher, None);
        assert_eq!(m.authors, ["Ministry of Ports"]);
    }

    /// A publisher with the year in brackets after it (`Weather Books (2018)`) is the
    /// publisher without it: the year was kept in the name (thirty-ninth session).
    #[test]
    fn a_bracketed_year_after_the_publisher_is_no_part_of_it() {
        assert_eq!(
            publisher_in(", Weather Books (2018), ").as_deref(),
            Some("Weather Books")
        );
        assert_eq!(
            publisher_in(". Coastal Press (4 May 2020).").as_deref(),
            Some("Coastal Press")
        );
        assert_eq!(
            publisher_in(", Institute for Coastal Research (ICR), 2019").as_deref(),
            Some("Institute for Coastal Research (ICR)")
        );
    }

    #[test]
    fn one_author_shortcut_agrees_with_splitting() {
        for s in [
            "Hillman, Jonathan E.",
            "Smith Jr..",
            "By  Tove Halvorsen,",
            "Mendes, Paulo.",
            "UPPER",
            "Coastal Board",
            "A. Writer and B. Reader",
            "Ng, K. & Lee, M.; Ortiz, R.",
        ] {
            let cleaned = clean_author(s);
            let cleaned = cleaned
                .strip_prefix("By ")
                .or_else(|| cleaned.strip_prefix("by "))
                .unwrap_or(cleaned);
            assert_eq!(split_authors(s), split_names(cleaned), "{s:?}");
        }
        assert_eq!(split_authors("A. Writer and B. Reader").len(), 2);
        assert_eq!(split_authors("Smith Jr.."), vec!["Smith Jr".to_string()]);
    }

    #[test]
    fn chicago_note() {
        let m = parse_meta(
            "Hillman, Jonathan E. \"China and Russia: Economic Unequals\". Center for Strategic and International Studies (CSIS), July 2020, <https://research.example.org/x>.",
            &[],
        );
        assert_eq!(
            m.title.as_deref(),
            Some("China and Russia: Economic Unequals")
        );
        assert_eq!(m.authors, vec!["Hillman, Jonathan E."]);
        assert_eq!(
            m.publisher.as_deref(),
            Some("Center for Strategic and International Studies (CSIS)")
        );
        assert_eq!(m.date.as_deref(), Some("July 2020"));
    }

    /// A bibliography entry with its title in plain type: the inverted name before it is
    /// still the author; the title is taken only where a sentence follows it.
    #[test]
    fn plain_title_after_an_inverted_name() {
        // Text, then the authors, title, publisher and date found.
        type Case<'a> = (
            &'a str,
            &'a [&'a str],
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: [Case; 19] = [
            (
                "Kowalczyk, Marta. Station log, 2024–2025.",
                &["Kowalczyk, Marta"],
                None,
                None,
                Some("2024"),
            ),
            (
                "Hillman, Jonathan E. The Emperor's New Road. Yale University Press, 2020.",
                &["Hillman, Jonathan E."],
                Some("The Emperor's New Road"),
                Some("Yale University Press"),
                Some("2020"),
            ),
            (
                "Lind, T. R. Tide tables of the north. Harbour Press, 2021. <https://x.example.org/t>",
                &["Lind, T. R."],
                Some("Tide tables of the north"),
                Some("Harbour Press"),
                Some("2021"),
            ),
            (
                "Okafor, Ruth, and Tomas van Lind. Soundings. Survey Office, 2019.",
                &["Okafor, Ruth", "Tomas van Lind"],
                Some("Soundings"),
                Some("Survey Office"),
                Some("2019"),
            ),
            (
                "Ana Ruiz, Piotr Nowak, Emery D. Lind, and Sam Okafor. Tidal sums. Harbour Press, 2020.",
                &["Ana Ruiz", "Piotr Nowak", "Emery D. Lind", "Sam Okafor"],
                Some("Tidal sums"),
                Some("Harbour Press"),
                Some("2020"),
            ),
            (
                "J. Ruiz and P. Nowak. Tidal sums. Harbour Press, pages 3–9, 2020.",
                &["J. Ruiz", "P. Nowak"],
                Some("Tidal sums"),
                Some("Harbour Press"),
                Some("2020"),
            ),
            ("Survey office, annual review. Port, 2019.", &[], None, None, Some("2019")),
            ("Ibid., 12.", &[], None, None, None),
            (
                "Le Guin, Ursula K., and Jane Doe. “Tides.” Harbour Press, 2020.",
                &["Le Guin, Ursula K.", "Jane Doe"],
                Some("Tides"),
                Some("Harbour Press"),
                Some("2020"),
            ),
            (
                "Jane Doe and John Smith, eds., “Tides and the Law of the Sea,” Harbour Press, 2020.",
                &["Jane Doe", "John Smith"],
                Some("Tides and the Law of the Sea"),
                Some("Harbour Press"),
                Some("2020"),
            ),
            (
                "Ł. Nowak and Ó. Ruiz. Pływy. Morze, 2020.",
                &["Ł. Nowak", "Ó. Ruiz"],
                Some("Pływy"),
                Some("Morze"),
                Some("2020"),
            ),
            ("Interview with the harbour master, March 2024.", &[], None, None, Some("March 2024")),
            (
                "Marsh, Anna, Daniel Price, and Kofi Oduya. Patching. Coastal Press, 2019.",
                &["Marsh, Anna", "Daniel Price", "Kofi Oduya"],
                Some("Patching"),
                Some("Coastal Press"),
                Some("2019"),
            ),
            (
                "Actually, “call by object reference” would be a better description.",
                &[],
                None,
                None,
                None,
            ),
            (
                "Okafor, “Soundings,” 12.",
                &["Okafor"],
                Some("Soundings"),
                None,
                None,
            ),
            ("Smith 2020, 45. Then more.", &[], None, None, Some("2020")),
            // Wikipedia's citations (CS1): the full date in brackets after the name is the
            // date (not part of the name), the archive and access dates are not, and a
            // format in brackets is no publisher.
            (
                "Brannock, Iris (7 June 2018). \"Tide gauges moved inland\". Firth Survey Office. Archived from the original on 9 June 2018. Retrieved 2 May 2022.",
                &["Brannock, Iris"],
                Some("Tide gauges moved inland"),
                Some("Firth Survey Office"),
                Some("7 June 2018"),
            ),
            (
                "Quill, Osian (May 4, 2020). \"Ferry timetable revised\". The Sound Courier. Retrieved 1 May 2022.",
                &["Quill, Osian"],
                Some("Ferry timetable revised"),
                Some("The Sound Courier"),
                Some("May 4, 2020"),
            ),
            (
                "\"Pier inspection 2017\" (PDF). Firth Survey Office. 2018. p. 4. Retrieved 2 May 2022.",
                &[],
                Some("Pier inspection 2017"),
                Some("Firth Survey Office"),
                Some("2018"),
            ),
        ];
        for (text, authors, title, publisher, date) in cases {
            let m = parse_meta(text, &[]);
            assert_eq!(m.authors, authors, "{text}");
            assert_eq!(m.title.as_deref(), title, "{text}");
            assert_eq!(m.publisher.as_deref(), publisher, "{text}");
            // The date as found, from its start (`2024–2025` may be kept whole).
            let found = match (m.date.as_deref(), date) {
                (Some(got), Some(want)) => got.starts_with(want),
                (got, want) => got == want,
            };
            assert!(found, "{text}: date {:?}, want {date:?}", m.date);
        }
    }

    /// Reviewers' field errors: each note's authors, title, publisher and date.
    #[test]
    fn fields_reviewers_found_wrong() {
        type Case<'a> = (
            &'a str,
            &'a [&'a str],
            &'a [&'a str],
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        // Text, italics, then the authors, title, publisher and date wanted.
        let cases: [Case; 26] = [
            // Chicago's imprint `(Place: Publisher, Year)`: the place is no publisher.
            ("Ines Harrow, Salt Roads (Leeds: Fenwick, 1961), 33.", &["Salt Roads"], &["Ines Harrow"], Some("Salt Roads"), Some("Fenwick"), Some("1961")),
            ("Ines Harrow, Salt Roads (Bath, ME: Gull House Press, 1999).", &["Salt Roads"], &["Ines Harrow"], Some("Salt Roads"), Some("Gull House Press"), Some("1999")),
            ("Guild of Weavers, “Loom Care” (Lyon-sur-Mer: Quay Books, 2020).", &[], &["Guild of Weavers"], Some("Loom Care"), Some("Quay Books"), Some("2020")),
            // An edition before the imprint.
            ("Guild of Weavers, Loom Care, 2nd ed. (York: GOW, 2018), https://gow.example/lc.", &["Loom Care"], &["Guild of Weavers"], Some("Loom Care"), Some("GOW"), Some("2018")),
            // APA's retrieval clause names no publisher.
            ("Tern Collective. (n.d.). Nesting on roofs. Retrieved June 2, 2023, from https://tern.example/roofs", &[], &["Tern Collective"], Some("Nesting on roofs"), None, Some("n.d.")),
            // Pages and tapes are places in the work, not its publisher.
            ("Dock Company, Ledger 1902, p. 8.", &["Ledger 1902"], &["Dock Company"], Some("Ledger 1902"), None, None),
            ("Mo Reyes, interview by Lu Chan, Mill Memories Project, tape 6, May 9, 2001.", &["Mill Memories Project"], &[], Some("Mill Memories Project"), None, Some("May 9, 2001")),
            ("Dock Company, Ledger 1902, p. 8, which calls the pier “a folly”.", &["Ledger 1902"], &["Dock Company"], Some("Ledger 1902"), None, None),
            // A quarterly's issue: the italics are the periodical.
            ("Ada Crane, Orchard Trade Quarterly, Winter 2019.", &["Orchard Trade Quarterly"], &["Ada Crane"], None, Some("Orchard Trade Quarterly"), Some("Winter 2019")),
            // Abbreviations with dots stay in the name.
            ("Ada Crane, Hedges, U.S. Forest Service Field Note 2210-4, 1997.", &["Hedges"], &["Ada Crane"], Some("Hedges"), Some("U.S. Forest Service Field Note 2210-4"), Some("1997")),
            // Pages after a volume and a report's number are not years; the journal is
            // named without its volume and pages (thirty-ninth session).
            ("Lee, K., and P. Ruiz. 2015. “Drift Lines.” Shore Studies 41 (3): 1802–1830.", &[], &["Lee, K.", "P. Ruiz"], Some("Drift Lines"), Some("Shore Studies"), Some("2015")),
            ("Ada Crane, “Drift”, Shore Studies 41: 1902-1911.", &[], &["Ada Crane"], Some("Drift"), Some("Shore Studies"), None),
            // Months in French, German and Spanish.
            ("Mairie de Nantes, « Plan vélo », 4 avril 2023.", &[], &["Mairie de Nantes"], Some("Plan vélo"), None, Some("4 avril 2023")),
            ("Stadtwerke Kiel, „Fahrplan“, 3. März 2021.", &[], &["Stadtwerke Kiel"], Some("Fahrplan"), None, Some("3. März 2021")),
            ("Diario Sur, 5 de mayo de 2020.", &[], &[], None, None, Some("5 de mayo de 2020")),
            ("Kieler Blatt, 7. August 2019.", &[], &[], None, None, Some("7. August 2019")),
            // No year in the authors, whether APA or Chicago author–date.
            ("Ng, A.; Pike, D. (2003). \"Tolls and tides\". Canal Review. 9 (2): 4–9.", &[], &["Ng, A.", "Pike, D."], Some("Tolls and tides"), Some("Canal Review"), Some("2003")),
            ("Pike, D. (1911a). \"Reed beds\". Marsh Notes.", &[], &["Pike, D."], Some("Reed beds"), Some("Marsh Notes"), Some("1911a")),
            ("Roux, J.-L. “Quays.” Harbour Press, 2020.", &[], &["Roux, J.-L."], Some("Quays"), Some("Harbour Press"), Some("2020")),
            ("Quoted in Omar Haddad, “Still Water”, River Weekly, 2 March 2022.", &[], &["Omar Haddad"], Some("Still Water"), Some("River Weekly"), Some("2 March 2022")),
            ("Quoted by Lena Ortiz, \"Small Fixes\", tinkering, 2011.", &[], &["Lena Ortiz"], Some("Small Fixes"), Some("tinkering"), Some("2011")),
            // Harvard: the title in single quotes, then the journal and its volume.
            ("Pike, D. (2017). 'Who owns the towpath?', Waterways History, 12(1), pp. 3–19.", &[], &["Pike, D."], Some("Who owns the towpath?"), Some("Waterways History"), Some("2017")),
            // An apostrophe inside the quoted title is no closing mark (last review).
            ("Pike, D. (2019). 'The keepers' last winter', Waterways History, 13(2), pp. 1–9.", &[], &["Pike, D."], Some("The keepers' last winter"), Some("Waterways History"), Some("2019")),
            ("Pike, D. (2018). Lock keepers. Canal Studies, 7, 1–9.", &["Canal Studies, 7"], &["Pike, D."], Some("Lock keepers"), Some("Canal Studies"), Some("2018")),
            // `See also …` after the citation is the note's prose (last review).
            ("Ada Crane, Orchard Review, Spring 2022, 6 (4): 12–15. See also https://a.example.org/x and https://b.example.org/y", &["Orchard Review"], &["Ada Crane"], Some("Orchard Review"), None, Some("Spring 2022")),
            // A passage someone is said to have written is no title.
            ("Okoro says \"the finest lock on the river\" in her diary.", &[], &[], None, None, None),
        ];
        for (text, italics, authors, title, publisher, date) in cases {
            let italics: Vec<String> = italics.iter().map(|s| (*s).to_string()).collect();
            let m = parse_meta(text, &italics);
            assert_eq!(m.authors, authors, "{text}");
            assert_eq!(m.title.as_deref(), title, "{text}");
            assert_eq!(m.publisher.as_deref(), publisher, "{text}");
            assert_eq!(m.date.as_deref(), date, "{text}");
        }
    }

    #[test]
    fn arxiv_identifiers_are_urls_and_odd_ones_none() {
        let urls = |t: &str| parse_meta(t, &[]).doi_urls;
        assert_eq!(
            urls("Lee K. Tides. arXiv:2301.04567v2; see also ARXIV: 2301.04567v2."),
            vec!["https://arxiv.org/abs/2301.04567v2"]
        );
        assert_eq!(
            urls("Old. arXiv:math.GT/0309136 and arXiv:cond-mat/0102536."),
            vec![
                "https://arxiv.org/abs/math.GT/0309136",
                "https://arxiv.org/abs/cond-mat/0102536"
            ]
        );
        for odd in [
            "arXiv:",
            "arXiv: ",
            "x arXiv:1234.567",
            "arXiv:1234.567890",
            "arXiv:12345.6789",
            "myarXiv:1234.5678",
            "https://a.example/arXiv:1234.5678",
            "arXiv:hep-th/123456",
            "arXiv:Hep-th/1234567",
            "arXiv:1234.5678é",
            "arXiv:1234.5678v",
            "é arXiv:",
        ] {
            // No panic, and nothing but a whole identifier read.
            let m = parse_meta(odd, &[]);
            assert!(
                m.doi_urls
                    .iter()
                    .all(|u| u.len() > "https://arxiv.org/abs/".len() + 8),
                "{odd}: {m:?}"
            );
        }
        assert!(urls("arXiv:1234.567890").is_empty());
        assert!(urls("myarXiv:1234.5678").is_empty());
        assert!(urls("arXiv:hep-th/123456").is_empty());
        assert!(urls("arXiv:1234.5678v").is_empty());
        // The identifier's number is no date: the year after it is.
        let m = parse_meta("Ng P. Probes. arXiv preprint arXiv:1802.05365, 2018.", &[]);
        assert_eq!(m.date.as_deref(), Some("2018"));
    }

    #[test]
    fn bodies_before_a_subtitled_title() {
        let m = parse_meta(
            "Moss & Petrie Consulting Engineers Group, Quay Wall Survey: Stage Two, 2020.",
            &[],
        );
        assert_eq!(m.authors, ["Moss & Petrie Consulting Engineers Group"]);
        let m = parse_meta(
            "Harlow & Finch Surveying, Canal Bank Repairs: Final Report, June 2022.",
            &[],
        );
        assert_eq!(m.authors, ["Harlow & Finch Surveying"]);
        assert_eq!(m.title.as_deref(), Some("Canal Bank Repairs: Final Report"));
        let m = parse_meta(
            "DfE Analysis Unit, The Blue Book: pupil numbers in rural schools, 2021.",
            &[],
        );
        assert_eq!(m.authors, ["DfE Analysis Unit"]);
        let m = parse_meta("NWK Wasserwerke, Jahresbilanz 2020, S. 3.", &[]);
        assert_eq!(m.authors, ["NWK Wasserwerke"]);
        assert_eq!(m.date, None);
        let m = parse_meta(
            "Umweltbundesamt Dessau, Luftqualität 2021, 5 May 2022.",
            &[],
        );
        assert_eq!(m.authors, ["Umweltbundesamt Dessau"]);
        let m = parse_meta(
            "Sächsischer Landtag, Plenarprotokoll 7/55, 2 June 2022.",
            &[],
        );
        assert_eq!(m.authors, ["Sächsischer Landtag"]);
        assert_eq!(m.title.as_deref(), Some("Plenarprotokoll 7/55"));
        // A place and its publisher are no title; a newspaper opening with an acronym is no
        // author.
        let m = parse_meta("Fenwick Town Council, York: Minster Press, 2001.", &[]);
        assert_ne!(m.title.as_deref(), Some("York: Minster Press"));
        let m = parse_meta("BBC News, Ferry fares to rise, 3 May 2020.", &[]);
        assert!(m.authors.is_empty(), "{m:?}");
    }

    #[test]
    fn doi_urls_and_backlink_carets() {
        let m = parse_meta(
            "“Reeds”. Marsh Notes. 4: 12. 1950. doi:10.5555/mn.1950.4.",
            &[],
        );
        assert_eq!(m.doi_urls, vec!["https://doi.org/10.5555/mn.1950.4"]);
        let m = parse_meta("Reeds. DOI: 10.5555/x1 and https://doi.org/10.5555/x2", &[]);
        assert_eq!(m.doi_urls, vec!["https://doi.org/10.5555/x1"]);
        assert!(parse_meta("Reeds, https://a.example/doi:10.5555/x", &[])
            .doi_urls
            .is_empty());
        assert!(parse_meta("No doi: here. doi:11.2/x", &[])
            .doi_urls
            .is_empty());
        assert_eq!(
            strip_backlink_caret("^ Canal Trust. Report."),
            "Canal Trust. Report."
        );
        assert_eq!(strip_backlink_caret("^ a b c Canal Trust."), "Canal Trust.");
        assert_eq!(
            strip_backlink_caret("^ a study of locks."),
            "a study of locks."
        );
        assert_eq!(strip_backlink_caret("^2 squared"), "^2 squared");
    }

    #[test]
    fn apa_note() {
        let m = parse_meta(
            "Okafor, N., & Lindqvist, P. (2019). Tidal energy and small harbours. Coastal Press. https://x.example.org/a",
            &[],
        );
        assert_eq!(m.authors, vec!["Okafor, N.", "Lindqvist, P."]);
        assert_eq!(m.date.as_deref(), Some("2019"));
        assert_eq!(m.title.as_deref(), Some("Tidal energy and small harbours"));
        assert_eq!(m.publisher.as_deref(), Some("Coastal Press"));
        // An article: its title in plain type, then the journal in italics.
        let m = parse_meta(
            "Marsh, A. (2019). Patching old defences. Harbour Engineering, 31, 102–110.",
            &["Harbour Engineering".to_string()],
        );
        assert_eq!(m.title.as_deref(), Some("Patching old defences"));
        assert_eq!(m.publisher.as_deref(), Some("Harbour Engineering"));
        // A book: its title in italics.
        let m = parse_meta(
            "Marsh, A. (2019). Patching old defences: a manual. Coastal Press.",
            &["Patching old defences: a manual".to_string()],
        );
        assert_eq!(m.title.as_deref(), Some("Patching old defences: a manual"));
        assert_eq!(m.publisher.as_deref(), Some("Coastal Press"));
    }

    #[test]
    fn mla_note_with_italic_container() {
        let m = parse_meta(
            "Ferreira, Ana. “The Quiet Canals.” Harbour Review, vol. 12, no. 3, 2018, pp. 40-52.",
            &["Harbour Review".to_string()],
        );
        assert_eq!(m.title.as_deref(), Some("The Quiet Canals"));
        assert_eq!(m.authors, vec!["Ferreira, Ana"]);
        assert_eq!(m.publisher.as_deref(), Some("Harbour Review"));
        assert_eq!(m.date.as_deref(), Some("2018"));
    }

    #[test]
    fn labels_and_headings() {
        assert_eq!(line_label("1. Foo"), Some(("1".into(), 3)));
        assert_eq!(line_label("[12] Foo").map(|l| l.0), Some("12".into()));
        assert_eq!(line_label("(3) Foo").map(|l| l.0), Some("3".into()));
        assert_eq!(line_label("² Foo").map(|l| l.0), Some("2".into()));
        assert_eq!(line_label("2020 was"), None);
        assert!(is_notes_heading("## Notes"));
        assert!(is_notes_heading("Works Cited:"));
        assert!(!is_notes_heading("Notes on a scandal"));
        // Every heading, as written, in capitals and in title case, and nothing longer.
        for h in NOTES_HEADINGS {
            assert_eq!(h.to_lowercase(), *h, "headings are listed lower-cased");
            let title: String = h
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if i == 0 {
                        c.to_uppercase().next().unwrap_or(c)
                    } else {
                        c
                    }
                })
                .collect();
            for form in [h.to_string(), h.to_uppercase(), title, format!("## {h}:")] {
                assert!(is_notes_heading(&form), "{form:?}");
            }
            assert!(!is_notes_heading(&format!("{h}s and more")), "{h:?}");
        }
        assert!(!is_notes_heading(""));
        assert!(!is_notes_heading("#"));
    }

    /// Headings made of words for notes and joiners, whatever the combination; ordinary
    /// headings with such a word are not.
    #[test]
    fn joined_notes_headings() {
        for h in [
            "Notes and sources",
            "## Notes & sources",
            "Notes on sources",
            "Source notes:",
            "SOURCES AND NOTES",
            "References and footnotes",
            "Notes / sources",
        ] {
            assert!(is_notes_heading(h), "{h:?}");
        }
        for h in [
            "Notes on a scandal",
            "Reference",
            "Notes and",
            "and notes",
            "Sources of funding",
            "Release notes",
            "Notes on notes and more",
            "Source and destination",
        ] {
            assert!(!is_notes_heading(h), "{h:?}");
        }
    }
}

/// The hand-written scanners against the regexes they replace, on text made of the pieces
/// that matter to them.
#[cfg(test)]
mod scanner_tests {
    use super::{quoted_title, strip_urls};
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    const PIECES: &[&str] = &[
        "\"", "“", "”", "„", "«", "»", "<", ">", "http://", "https://", "www.", "h", "w", " ",
        "\u{a0}", "\u{2003}", "a", "é", "\n", "x.org/p", "Title", "ht", "https:/", "(", "[",
    ];

    fn text(ix: &[usize]) -> String {
        ix.iter().filter_map(|&i| PIECES.get(i)).copied().collect()
    }

    static URL_RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"<(?:https?://|www\.)[^\s>]+>?|(?:https?://|www\.)[^\s>]*[^\s>;,.]>?").unwrap()
    });
    static QUOTED_RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"“([^"”“„«»]{2,}?)["”]|"([^"”“„«»]*“[^"]*)"|"([^"”“„«»]{2,}?)["”]|„([^"”“„«»]{2,}?)[“”]|«([^"”“„«»]*["”“„][^«»]*)»|«([^"”“„«»]{2,}?)»|»([^"”“„«»]{2,}?)«|»([^"”“„«»\s][^"”“„«»]*?[^"”“„«»\s])»|(?:^|[\s(\[])”([^"”“„«»\s][^"”“„«»]*?[^"”“„«»\s])”"#,
        )
        .unwrap()
    });

    fn url_oracle(s: &str) -> String {
        URL_RE.replace_all(s, "").into_owned()
    }

    fn quoted_oracle(s: &str) -> Option<(usize, std::ops::Range<usize>, usize)> {
        let c = QUOTED_RE.captures(s)?;
        let whole = c.get(0)?;
        let inner = (1..=9).find_map(|g| c.get(g))?;
        // The opening mark is the character before the title (the match may start before
        // it, at the space that lets a `”` open).
        let mark = s.get(..inner.start())?.chars().next_back()?;
        Some((inner.start() - mark.len_utf8(), inner.range(), whole.end()))
    }

    #[test]
    fn scanners_match_the_regexes_on_examples() {
        for s in [
            "",
            "Smith. “A Title”. Press, <https://x.org/a>.",
            "see https://x.org and www.y.org/z> done",
            "<http://>",
            "“a” then “bc”",
            "\"x\" \"yz\"",
            "Muratori, \"“Clean” Code, Horrible,\" *Blog*, 2023.",
            "\"“a\" and \"“\"",
            "“ab“cd” ef”",
            "Müller. „Die Brücke“. Verlag, 2020.",
            "Kowalski. „Most na rzece”. 2021.",
            "Dupont. « Le pont ». Lac, 2021.",
            "Roux, « Anne Vidal : \"Le pont\" », *Lac*, 2021.",
            "« a “b” « c » d »",
            "Jensen. »Broen«. 2019.",
            "» then «x» and „y»z“",
            "Länsstyrelsen, ”Beslut om jakt”, https://x.org",
            "Lehti, »Kuivuus jatkuu», 2024.",
            "Hem » Nyheter » Beslut",
            "a” then ”bc” and (”de”)",
            "”x” ” y” ”zz ”",
            "» a» »bb»",
            "no marks at all",
            "“unclosed title",
            "https://\u{a0}x",
        ] {
            assert_eq!(strip_urls(s), url_oracle(s), "{s:?}");
            assert_eq!(quoted_title(s), quoted_oracle(s), "{s:?}");
        }
    }

    /// The date pattern as a regex (how it was written before [`super::dates`]), with ASCII
    /// digits.
    static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
        let month = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
        Regex::new(&format!(
            r"(?-u:\b)(?:[0-9]{{1,2}} {month},? [0-9]{{4}}|{month} [0-9]{{1,2}}(?:st|nd|rd|th)?,? [0-9]{{4}}|{month},? [0-9]{{4}}|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{4}}, {month} [0-9]{{1,2}}|(?:1[6-9]|20)[0-9][0-9])(?-u:\b)"
        ))
        .unwrap()
    });

    fn dates_oracle(s: &str) -> Vec<std::ops::Range<usize>> {
        DATE_RE.find_iter(s).map(|m| m.range()).collect()
    }

    /// Pieces of citation dates, and of things next to them.
    const DATE_PIECES: &[&str] = &[
        "1",
        "4",
        "0",
        "14",
        "2021",
        "1999",
        "1600",
        "1599",
        "2099",
        "2100",
        "06",
        "-",
        " ",
        ", ",
        ",",
        ".",
        "st",
        "nd",
        "th",
        "rd",
        "Jan",
        "January",
        "Jun",
        "June",
        "Jul",
        "July",
        "Sep",
        "Sept",
        "September",
        "Septe",
        "May",
        "Mayo",
        "Dec",
        "Decem",
        "December",
        "ber",
        "uary",
        "a",
        "x",
        "_",
        "é",
        "٣",
        "(",
        ")",
        "Accessed ",
    ];

    fn date_text(ix: &[usize]) -> String {
        ix.iter()
            .filter_map(|&i| DATE_PIECES.get(i))
            .copied()
            .collect()
    }

    #[test]
    fn dates_match_the_regex_on_examples() {
        for s in [
            "",
            "Hillman, Jonathan E. \"China and Russia\". CSIS, July 2020, https://x.org.",
            "14 June 2021",
            "June 14, 2021; also June 14th 2021 and Jun. 3 1999",
            "Sept. 2001, Sep 2001, September, 2001",
            "2021-06-14 and 2021-6-14 and 2021-06-140",
            "2021, June 14 and 1999, Dec. 3",
            "the 1850s, 1650 and 2150, 12345, 1999a",
            "Accessed 3 May 2020. Published May 2019.",
            "x2021 2021x _2021 é2021 ٣2021",
            "Mayo 2020 Juneteenth 2021",
        ] {
            let got: Vec<_> = super::dates(s).collect();
            assert_eq!(got, dates_oracle(s), "{s:?}");
        }
        assert_eq!(super::find_date("see 14 June 2021."), Some("14 June 2021"));
        assert_eq!(super::find_date("no date here"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn dates_match_the_regex(ix in proptest::collection::vec(0usize..DATE_PIECES.len(), 0..16)) {
            let s = date_text(&ix);
            let got: Vec<_> = super::dates(&s).collect();
            prop_assert_eq!(got, dates_oracle(&s));
        }
    }

    /// The APA regex the hand-written matcher replaces (with ASCII digits), as the oracle.
    fn apa_oracle(s: &str) -> Option<(String, String, String)> {
        static APA_RE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"^(.{2,200}?)\s*\(((?:1[6-9]|20)[0-9][0-9][a-z]?(?:, [^)]{1,30})?|n\.d\.)\)\.\s*(.+)$",
            )
            .unwrap()
        });
        let c = APA_RE.captures(s)?;
        let g = |i| c.get(i).map_or(String::new(), |m| m.as_str().to_string());
        Some((g(1), g(2), g(3)))
    }

    fn apa_here(s: &str) -> Option<(String, String, String)> {
        super::apa_captures(s).map(|a| (a.authors.into(), a.date.into(), a.rest.into()))
    }

    /// Pieces of APA-shaped and almost APA-shaped references.
    const APA_PIECES: &[&str] = &[
        "Smith, J.",
        "A",
        "é",
        " ",
        "  ",
        "\t",
        "\n",
        "\u{a0}",
        "(",
        ")",
        ").",
        ". ",
        ".",
        ",",
        ", ",
        "(2020).",
        "(2020a).",
        "(1999, May 3).",
        "(n.d.).",
        "(1599).",
        "(2100).",
        "(2020, ",
        "May 3",
        "(20",
        "20",
        "2020",
        "a",
        "x)",
        "Title of the work",
        "Publisher",
        "0123456789012345678901234567890",
        "中文",
        "٣",
    ];

    #[test]
    fn apa_matches_the_regex_by_hand() {
        let long = "a".repeat(199);
        let longer = "a".repeat(200);
        for s in [
            "Smith, J., & Lee, K. (2020). The title. Publisher.",
            "Smith (2020a). Title",
            "Smith (2019, March 3). Title",
            "Smith (n.d.). Title",
            "Smith (1599). Title",
            "S (2020). Title",
            "Smith (2020).",
            "Smith (2020). ",
            "Smith (2020).\u{a0}",
            "Smith (2020).\n",
            "Smith (2020). a\nb",
            "Smith\n (2020). Title",
            "Smith (2020, 0123456789012345678901234567890). T",
            "A (2020). B (2021). C",
            "Smith(2020).Title",
            &format!("{long} (2020). T"),
            &format!("{longer} (2020). T"),
            &format!("{longer}a (2020). T"),
        ] {
            assert_eq!(apa_here(s), apa_oracle(s), "{s:?}");
        }
        assert!(apa_here("Smith, J. (2020). The title.").is_some());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn apa_matches_the_regex(ix in proptest::collection::vec(0usize..APA_PIECES.len(), 0..14)) {
            let s: String = ix.iter().map(|&i| APA_PIECES[i]).collect();
            prop_assert_eq!(apa_here(&s), apa_oracle(&s));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn scanners_match_the_regexes(ix in proptest::collection::vec(0usize..PIECES.len(), 0..24)) {
            let s = text(&ix);
            prop_assert_eq!(strip_urls(&s).into_owned(), url_oracle(&s));
            prop_assert_eq!(quoted_title(&s), quoted_oracle(&s));
        }
    }
}

/// A note whose title is only the text of its link (`1. [Annual Rail Safety Review
/// 2023](https://…)`, `Office of Rail and Road, <a>Annual Rail Safety Review 2023</a>,
/// 2024.`): with no quoted or italic title, the link's words are the title, the names
/// before them the authors, and the date the one outside them. Link words that are no
/// title are passed over: an address written out, one word (`here`, `PDF`), a repository's
/// or archive's button (`Full text`, `Google Scholar`), a phrase in lower case (`the
/// ministry's statement`), and the site's own name (`[BBC News](https://www.bbc.co.uk/…)`,
/// which is the publisher).
pub(crate) fn title_from_link(meta: &mut NoteMeta, text: &str, link_text: &str, url: &str) {
    if meta.title.is_some() {
        return;
    }
    let words = link_text
        .trim()
        .trim_end_matches([',', '.', ';', ':'])
        .trim();
    let Some(first) = words.chars().next() else {
        return;
    };
    if !(first.is_uppercase() || first.is_ascii_digit())
        || words.split_whitespace().nth(1).is_none()
        || words.has_str("://")
        || words.starts_with("www.")
        || words.starts_with("doi")
        || words.starts_with("DOI")
    {
        return;
    }
    const BUTTONS: [&str; 14] = [
        "full text",
        "google scholar",
        "view article",
        "read more",
        "read online",
        "download pdf",
        "archived copy",
        "archived from",
        "available online",
        "available at",
        "link to",
        "click here",
        "open access",
        "web page",
    ];
    let lower = words.to_lowercase();
    if BUTTONS.iter().any(|b| lower.starts_with(b)) {
        return;
    }
    // (A link's words may have lost the space of a line break the note's text keeps,
    // `Annual Report⏎2022–23`: the words as the note writes them are the title.)
    let Some(span) = find_spaced(text, words) else {
        return;
    };
    let words = text.get(span.clone()).unwrap_or(words);
    if site_name(&lower, url) {
        if meta.publisher.is_none() {
            meta.publisher = Some(fold_ws(words));
        }
        return;
    }
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let title = trim_title(words);
    let names = before.trim().trim_end_matches([',', '.', ':', ';']).trim();
    if meta.authors.is_empty() && !names.is_empty() && names.split_whitespace().nth(12).is_none() {
        meta.authors = split_authors(names);
    }
    if meta.publisher.is_none() {
        meta.publisher =
            publisher_in(after).filter(|p| note_date(p).as_deref() != Some(p.as_str()));
    }
    // The year in a report's name (`Review 2023`, `Annual Report 2022–23`) is not when it
    // was published: the date is one the note gives outside the name, or none, as with a
    // quoted or italic title.
    let outside = note_date(after).or_else(|| note_date(before));
    meta.date = outside.or_else(|| meta.date.take().filter(|d| !title.contains(d.as_str())));
    meta.title = Some(title);
}

/// The words inside a link's text that is all one quotation (`“The move is complete”`,
/// `"Labour figures",`): a quoted title made a link.
pub(crate) fn quoted_link_words(link_text: &str) -> Option<&str> {
    let t = link_text
        .trim()
        .trim_end_matches([',', '.', ';', ':'])
        .trim_end();
    let inner = t
        .strip_prefix('“')
        .and_then(|r| r.strip_suffix('”'))
        .or_else(|| t.strip_prefix('"').and_then(|r| r.strip_suffix('"')))?
        .trim()
        .trim_end_matches([',', '.']);
    (!inner.is_empty() && !inner.contains(['"', '“', '”'])).then_some(inner)
}

/// A note whose quoted title is its link's text (`Archive service blog, <a>“The move is
/// complete”</a>, 3 March 2023.`, `[“…”](https://…)`) but was read as a periodical's name,
/// the words before it as the title (as Polish notes quote their periodicals, `Jan Nowak,
/// Nowy most, „Gazeta Miejska”`): the linked quotation is the title. The words before it
/// are the author when they read as a body's name (capitalised or not), the publisher
/// otherwise (a blog's or a site's name), behind any names.
pub(crate) fn title_from_quoted_link(meta: &mut NoteMeta, text: &str, link_text: &str) {
    let Some(inner) = quoted_link_words(link_text) else {
        return;
    };
    // A periodical's name linked to its site (`[“Harbour Weekly”](…)`, `[“Polityka”](…)`)
    // stays one.
    if newspaper_name(inner) || inner.split_whitespace().nth(1).is_none() {
        return;
    }
    // (The publisher was the quoted words, or dropped as a sentence of comment.)
    if meta.publisher.as_deref().is_some_and(|p| p != inner) {
        return;
    }
    // The title read is the part right before the quotation.
    let Some(at) = text.find(inner) else {
        return;
    };
    let head = text
        .get(..at)
        .unwrap_or("")
        .trim_end_matches(['"', '“', '„', ' '])
        .trim_end_matches(',')
        .trim_end();
    if !meta
        .title
        .as_deref()
        .is_some_and(|t| !t.is_empty() && head.ends_with(t))
    {
        return;
    }
    // The quoted words read as a title (`Boxes on the move`, in sentence case), or the
    // words before them as a body's or a site's name (`Harbour archive blog`): a title
    // before a capitalised periodical's name (`Closing the office, [“Harbour Review”](…)`)
    // stays the title.
    let sentence = sentence_title(inner);
    if !sentence && !named_site(meta.title.as_deref().unwrap_or("")) {
        return;
    }
    let Some(before) = meta.title.take() else {
        return;
    };
    meta.title = Some(trim_title(inner));
    meta.publisher = None;
    let short = before.split_whitespace().nth(6).is_none();
    let body = short
        && (sentence_case_name(&before) == Some(true) || body_name(&before) || org_name(&before));
    if meta.authors.is_empty() && body {
        meta.authors = vec![before];
    } else if short && before.starts_with(char::is_uppercase) {
        meta.publisher = Some(before);
    }
}

/// Whether quoted words read as a title in sentence case (`Boxes on the move`): a word in
/// lower case after the first, other than a word a title in title case keeps in lower case.
fn sentence_title(inner: &str) -> bool {
    inner
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_lowercase) && !SMALL_TITLE_WORDS.contains(&w))
}

/// Whether `s` is a site's name: two to six words, the first capitalised, the last naming
/// a site in lower case (`Harbour archive blog`, `Tarn council website`), or capitalised
/// after two words at least (`Harbour Archive Blog`; `Ann Portal` is a person's name).
fn site_name_closing(s: &str) -> bool {
    let s = s.trim();
    // (Cheap tests first: the last word is no longer than the longest of [`SITES`], which
    // lower-casing never shortens, and the name opens with a capital.)
    let short_last = s
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.chars().count() <= 10);
    if !short_last || !s.starts_with(char::is_uppercase) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    (2..=6).contains(&words.len())
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && (SITES.contains(last)
            || (words.len() >= 3 && SITES.contains(&last.to_lowercase().as_str())))
}

/// Words naming a site that publishes pieces (`Harbour archive blog`).
const SITES: [&str; 8] = [
    "blog",
    "website",
    "site",
    "newsletter",
    "newsroom",
    "podcast",
    "wiki",
    "portal",
];

/// Words a title in title case keeps in lower case (`Boxes on the Move`).
const SMALL_TITLE_WORDS: [&str; 20] = [
    "a", "an", "the", "of", "and", "or", "but", "for", "nor", "on", "in", "at", "to", "by", "from",
    "with", "as", "into", "over", "up",
];

/// Whether `s` reads as the name of a body or of a site that publishes a piece (`Harbour
/// archive blog`, `Tarn records office`, `Tarn Valley Council`), not a piece's title: a
/// short name that [`sentence_case_name`], [`body_name`] or [`org_name`] reads as a body's,
/// or that ends with a word naming a site (`blog`, `website`, `newsroom`).
fn named_site(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || !s.starts_with(char::is_uppercase) {
        return false;
    }
    words
        .last()
        .is_some_and(|w| SITES.contains(&w.to_lowercase().as_str()))
        || sentence_case_name(s) == Some(true)
        || body_name(s)
        || org_name(s)
}

/// Where `words` (a link's text) stand in `text` (its note's): where they are written as
/// they are, else where they are with other spacing (a line break's space lost from one
/// or kept in the other); `None` when they are not there.
fn find_spaced(text: &str, words: &str) -> Option<std::ops::Range<usize>> {
    if let Some(at) = text.find(words) {
        return Some(at..at + words.len());
    }
    let first = words.chars().next()?;
    // (A few places to try: the words open with a capital or a digit.)
    text.match_indices(first).take(32).find_map(|(start, _)| {
        let mut want = words.chars().filter(|c| !c.is_whitespace()).peekable();
        for (i, c) in text.get(start..)?.char_indices() {
            if c.is_whitespace() {
                continue;
            }
            want.next_if_eq(&c)?;
            if want.peek().is_none() {
                return Some(start..start + i + c.len_utf8());
            }
        }
        None
    })
}

/// Whether a link's words (lowercased) are the name of the site it points to: `bbc news`
/// for `www.bbc.co.uk`, `the guardian` for `theguardian.com`.
fn site_name(lower: &str, url: &str) -> bool {
    let host = url
        .split_once_str("://")
        .map_or(url, |(_, r)| r)
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    let label = host.split('.').next().unwrap_or("");
    let squeezed: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    label.len() >= 3
        && (squeezed == label || squeezed.starts_with(label) || label.starts_with(&squeezed))
}
