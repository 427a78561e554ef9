//! Cheap signals of what language a text is in: the script of its letters, and for the
//! Latin script the share of a language's most common little words (`the`, `of`; `el`,
//! `los`; `der`, `und`). Used only to tell a quote not found on its page from a quote in
//! another language than its page (a translation): never to match words.

use super::matcher::PageIndex;
use super::normalize::{normalize, tokenize};

/// A writing system, as far as telling languages apart needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Hangul,
    /// Chinese characters and Japanese kana together (Japanese writes both).
    Cjk,
    Devanagari,
    Thai,
}

const SCRIPTS: [Script; 9] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Arabic,
    Script::Hebrew,
    Script::Hangul,
    Script::Cjk,
    Script::Devanagari,
    Script::Thai,
];

impl Script {
    fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin script",
            Script::Cyrillic => "Cyrillic script",
            Script::Greek => "Greek",
            Script::Arabic => "Arabic script",
            Script::Hebrew => "Hebrew",
            Script::Hangul => "Korean",
            Script::Cjk => "Chinese or Japanese",
            Script::Devanagari => "Devanagari script",
            Script::Thai => "Thai",
        }
    }
}

/// The script of a letter (normalised: accents off, Hangul as jamo), `None` for a digit or
/// a letter of another script.
fn script_of(c: char) -> Option<Script> {
    Some(match c {
        'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{24F}' => Script::Latin,
        '\u{400}'..='\u{4FF}' => Script::Cyrillic,
        '\u{370}'..='\u{3FF}' => Script::Greek,
        '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' => Script::Arabic,
        '\u{590}'..='\u{5FF}' => Script::Hebrew,
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7A3}' => {
            Script::Hangul
        }
        '\u{3040}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' => Script::Cjk,
        '\u{900}'..='\u{97F}' => Script::Devanagari,
        '\u{E00}'..='\u{E7F}' => Script::Thai,
        _ => return None,
    })
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')
}

/// Letters of each script (in [`SCRIPTS`] order), and kana among them.
#[derive(Debug, Default)]
struct Letters {
    by_script: [usize; 9],
    kana: usize,
}

impl Letters {
    fn add(&mut self, word: &str, times: usize) {
        for c in word.chars() {
            if let Some(s) = script_of(c) {
                if let Some(k) = SCRIPTS.iter().position(|&x| x == s) {
                    self.by_script[k] += times;
                }
                if is_kana(c) {
                    self.kana += times;
                }
            }
        }
    }

    fn total(&self) -> usize {
        self.by_script.iter().sum()
    }

    fn of(&self, s: Script) -> usize {
        SCRIPTS
            .iter()
            .position(|&x| x == s)
            .map_or(0, |k| self.by_script[k])
    }

    /// The script of at least 70% of the letters.
    fn main(&self) -> Option<Script> {
        let total = self.total();
        SCRIPTS
            .iter()
            .copied()
            .find(|&s| total > 0 && self.of(s) * 10 >= total * 7)
    }
}

/// The commonest little words of languages written in the Latin script, normalised (lower
/// case, accents off). A word may stand in several lists (`que`, `de`): it counts for each.
const LATIN: &[(&str, &[&str])] = &[
    (
        "English",
        &[
            "the", "and", "of", "that", "for", "with", "are", "by", "from", "this", "were", "has",
            "have", "which", "been", "not", "but", "would", "they", "their", "said", "there",
            "who", "what", "into", "than", "after", "about", "should", "could", "until", "its",
            "it", "be", "you", "our", "these", "those",
        ],
    ),
    (
        "Spanish",
        &[
            "el", "los", "las", "del", "y", "pero", "muy", "hay", "fue", "segun", "cuando",
            "porque", "tambien", "hasta", "su", "sus", "una", "con", "para", "por", "que", "se",
            "en", "la", "es", "lo", "al", "como", "esta", "este", "han", "de",
        ],
    ),
    (
        "Portuguese",
        &[
            "os", "do", "da", "dos", "das", "um", "uma", "em", "no", "na", "nos", "nas", "nao",
            "ao", "pelo", "pela", "foi", "sao", "tambem", "mais", "com", "para", "por", "que",
            "se", "ele", "ela", "isso", "esse", "essa", "ja", "muito", "de",
        ],
    ),
    (
        "French",
        &[
            "le", "les", "des", "du", "et", "est", "une", "qui", "dans", "pour", "sur", "au",
            "aux", "avec", "sont", "ont", "cette", "ce", "nous", "vous", "pas", "ne", "il", "elle",
            "ils", "mais", "leur", "plus", "etait", "selon", "la", "un", "que", "en", "de",
        ],
    ),
    (
        "German",
        &[
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den",
            "des", "zu", "mit", "von", "fur", "auf", "sich", "auch", "im", "wird", "werden",
            "wurde", "sind", "hat", "haben", "dass", "bei", "nach", "aus", "oder", "aber", "noch",
            "wie", "uber", "es",
        ],
    ),
    (
        "Italian",
        &[
            "il", "gli", "di", "che", "per", "con", "non", "sono", "della", "dei", "delle", "nel",
            "nella", "alla", "hanno", "anche", "piu", "come", "questo", "questa", "ma", "essere",
            "stato", "gia", "del", "la", "le", "un", "una", "lo", "al", "ha", "da",
        ],
    ),
    (
        "Dutch",
        &[
            "de", "het", "een", "van", "en", "is", "dat", "die", "niet", "op", "te", "met", "voor",
            "zijn", "er", "aan", "ook", "als", "bij", "door", "om", "naar", "heeft", "maar",
            "wordt", "werd", "nog", "dan", "uit", "worden", "deze", "wij", "we",
        ],
    ),
    (
        "Swedish",
        &[
            "och", "att", "det", "som", "en", "ett", "ar", "pa", "med", "av", "till", "inte",
            "den", "har", "de", "om", "var", "jag", "vi", "sig", "men", "ocksa", "kan", "ska",
            "eller", "fran", "efter", "hade", "nar", "blir", "blev", "detta", "sina",
        ],
    ),
    (
        "Danish or Norwegian",
        &[
            "og", "det", "som", "er", "pa", "til", "med", "af", "ikke", "den", "har", "de", "om",
            "var", "jeg", "vi", "sig", "men", "ogsa", "kan", "skal", "eller", "fra", "efter",
            "etter", "ble", "blev", "av",
        ],
    ),
    (
        "Polish",
        &[
            "w", "z", "na", "sie", "nie", "do", "jest", "ze", "jak", "od", "po", "za", "przez",
            "dla", "co", "czy", "sa", "byl", "byla", "tak", "ale", "juz", "tym", "jego", "jej",
            "oraz", "przy", "to",
        ],
    ),
    (
        "Czech",
        &[
            "v", "se", "na", "je", "ze", "do", "jsou", "byl", "byla", "jako", "pro", "ale", "tak",
            "jeho", "ktery", "ktera", "ktere", "podle", "nebo", "take", "uz", "jen", "pri", "po",
            "aby", "to", "sve",
        ],
    ),
    (
        "Romanian",
        &[
            "si", "sau", "care", "este", "sunt", "cu", "pe", "din", "pentru", "nu", "mai", "fost",
            "acest", "aceasta", "dupa", "lui", "ale", "unei", "unui", "la", "de", "in",
        ],
    ),
    (
        "Turkish",
        &[
            "ve", "bir", "bu", "da", "de", "ile", "icin", "olarak", "olan", "gibi", "daha", "cok",
            "ama", "sonra", "kadar", "ise", "ya",
        ],
    ),
    (
        "Indonesian or Malay",
        &[
            "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan",
            "pada", "juga", "ke", "karena", "oleh", "ada", "adalah", "atau",
        ],
    ),
    (
        "Hungarian",
        &[
            "az", "hogy", "nem", "egy", "meg", "mint", "van", "volt", "csak", "vagy", "ami", "ezt",
            "azt", "mar", "majd", "is", "de",
        ],
    ),
    (
        "Finnish",
        &[
            "ja", "on", "ei", "se", "etta", "oli", "ovat", "kuin", "mutta", "myos", "tai", "han",
            "niin", "joka", "jo", "sen", "sita", "kun",
        ],
    ),
];

/// Words that mark English and are no common word of another language of [`LATIN`]
/// (unlike `in`, `was`, `will`, `an`, `at`, `he`, `her`, `on`, `to`, `a`, `all`; `is` and
/// `we` are Dutch too, and count for English only against another language).
const ENGLISH_ONLY_MARKS: &[&str] = &[
    "can", "did", "does", "every", "his", "how", "is", "must", "only", "she", "we", "when", "why",
];

/// The Latin-script language a quote is plainly in: at least two of its words are that
/// language's little words, at least twice as many as any other's (for English, any
/// other's that English does not write too: `is`, `we`, `in`); and, for a language other
/// than English, one of them no English word (Dutch's `is` and `we` are English's too) and
/// twice as many as the words in it that mark English ([`LATIN`]'s and
/// [`ENGLISH_ONLY_MARKS`], less the language's own). `Freezing fares is the least we can
/// do`, with Dutch's `is` and `we` and English's `the` and `can`, is no Dutch; `we kunnen
/// niet wachten` is; `the car park is closing because we are rebuilding the sea wall` is
/// English.
fn quote_language(words: &[&str]) -> Option<usize> {
    let hits: Vec<usize> = LATIN
        .iter()
        .map(|(_, list)| words.iter().filter(|w| list.contains(w)).count())
        .collect();
    let (best, &h) = hits
        .iter()
        .enumerate()
        .max_by_key(|&(k, h)| (*h, usize::MAX - k))?;
    let english_word = |w: &&&str| LATIN[0].1.contains(w) || ENGLISH_MARKS.contains(w);
    // Against English, another language's little words that English writes too (`is`,
    // `we`, `in`) are no sign of it.
    let second = (0..LATIN.len())
        .filter(|&k| k != best)
        .map(|k| {
            if best == 0 {
                words
                    .iter()
                    .filter(|w| LATIN[k].1.contains(w) && !english_word(w))
                    .count()
            } else {
                hits.get(k).copied().unwrap_or(0)
            }
        })
        .max()
        .unwrap_or(0);
    if h < 2 || h < 2 * second {
        return None;
    }
    if best == 0 {
        return Some(best);
    }
    let (_, own) = LATIN.get(best)?;
    let english = words
        .iter()
        .filter(|w| (LATIN[0].1.contains(w) || ENGLISH_ONLY_MARKS.contains(w)) && !own.contains(w))
        .count();
    let distinct = words
        .iter()
        .filter(|w| own.contains(w) && !english_word(w))
        .count();
    (distinct >= 1 && h >= 2 * english).then_some(best)
}

/// The least words a page needs for its language to be told by its little words. A short
/// news item will do (the thirty-sixth session's 71-word French page was below the 80 asked
/// before): a page is only taken to be in another language when the quote's own little
/// words are all but absent from it, which no page in the quote's language passes.
const MIN_PAGE_WORDS: usize = 30;

/// The least words a page's text needs for the language its markup declares to be borne
/// out by its little words (see [`other_language`]).
const MIN_DECLARED_PAGE_WORDS: usize = 12;

/// The least distinct little words of a language a page must hold to be in that language.
const MIN_DISTINCT_LITTLE_WORDS: usize = 4;

/// The least letters a page needs for its language to be told by its script (or at all): a
/// brief of 40 words has about 180 (session 38: a one-paragraph French brief was below the
/// 200 asked before, so an English translation of it was `not_found`).
const MIN_PAGE_LETTERS: usize = 120;

/// The language codes (the primary subtag of a `lang` attribute) of the languages of
/// [`LATIN`], in its order.
const LATIN_CODES: &[&[&str]] = &[
    &["en"],
    &["es"],
    &["pt"],
    &["fr"],
    &["de"],
    &["it"],
    &["nl"],
    &["sv"],
    &["da", "no", "nb", "nn"],
    &["pl"],
    &["cs"],
    &["ro"],
    &["tr"],
    &["id", "ms"],
    &["hu"],
    &["fi"],
];

/// The Latin-script language of [`LATIN`] a `lang` attribute names (`de`, `de-AT`, `pt_BR`).
fn declared_latin(lang: &str) -> Option<usize> {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    LATIN_CODES
        .iter()
        .position(|codes| codes.contains(&primary.as_str()))
}

/// The share of a page's words a language's little words must have for the page to be in
/// it, in percent: for a page that does not say what language it is in, and (half as much)
/// for one whose markup declares that language.
const SPOKEN_PERCENT: usize = 8;
const DECLARED_PERCENT: usize = 4;

/// What a text's words say of its language against a quote's.
enum Judged {
    /// Plainly another language: the text's and the quote's, named as a reader says them.
    Other(String, String),
    /// The text holds the quote's language, or cannot be in another.
    Same,
    /// Too little text, or too few little words of any language, to tell.
    Unclear,
}

/// When the page is plainly in another language than the quote, the two, named as a reader
/// says them: `("Spanish", "English")`, or scripts (`("Cyrillic script", "Latin script")`).
///
/// The page's language is told from its main text (`main`: the page with its furniture
/// blanked), so that an English site's navigation, cookie banner, related links and
/// comments around a German article do not make it an English page. Where the main text is
/// too short or has too few little words to tell, the language its markup declares
/// (`declared`: `lang` on the article or on `<html>`, see `PageMeta::lang`) decides, when
/// the text bears it out; failing that, the whole page (`page`) is read as before.
///
/// Plainly: the quote's letters are of one script that is under a tenth of the text's
/// letters; or both are in the Latin script, the quote's words are plainly of one language,
/// and that language's little words are under 2% of the text's words while another
/// language's are at least 8%, from at least four of them and none over half (a page of
/// tables or names, with few little words of any language, or lorem ipsum, is never taken
/// for another language), or at least 4% for the language the page declares. A text with
/// the quote's language's little words in it (a bilingual page, an English page quoting
/// German) is never another language, whatever it declares. A Japanese quote (with kana)
/// and a page with next to no kana differ too.
#[must_use]
pub fn other_language(
    quote: &str,
    main: &PageIndex,
    page: &PageIndex,
    declared: Option<&str>,
) -> Option<(String, String)> {
    let n = normalize(quote);
    let words: Vec<&str> = tokenize(&n.text).into_iter().map(|r| &n.text[r]).collect();
    let declared = declared.and_then(declared_latin);
    match judge(&words, main, declared) {
        Judged::Other(page, quote) => Some((page, quote)),
        Judged::Same => None,
        Judged::Unclear if !std::ptr::eq(main, page) => match judge(&words, page, None) {
            Judged::Other(page, quote) => Some((page, quote)),
            Judged::Same | Judged::Unclear => None,
        },
        Judged::Unclear => None,
    }
}

/// What the text indexed in `ix` says of its language against the quote's `words` (see
/// [`other_language`]), with the Latin-script language the page declares, if any.
fn judge(words: &[&str], ix: &PageIndex, declared: Option<usize>) -> Judged {
    let mut q = Letters::default();
    for w in words {
        q.add(w, 1);
    }
    let Some(qs) = q.main() else {
        return Judged::Same;
    };
    if q.total() < 4 {
        return Judged::Same;
    }
    let mut p = Letters::default();
    for (w, count) in ix.vocabulary() {
        p.add(w, count);
    }
    let page_total = p.total();
    if page_total == 0 {
        return Judged::Unclear;
    }
    // Too little text to tell its language by its words alone: only the language the page
    // declares may be borne out.
    let short = page_total < MIN_PAGE_LETTERS || ix.len() < MIN_PAGE_WORDS;
    if short && declared.is_none() {
        return Judged::Unclear;
    }
    if !short && p.of(qs) * 10 < page_total {
        return match p.main() {
            Some(ps) => Judged::Other(ps.name().to_string(), qs.name().to_string()),
            None => Judged::Unclear,
        };
    }
    if short && qs != Script::Latin {
        return Judged::Unclear;
    }
    if qs == Script::Cjk {
        let japanese = q.kana >= 2 && q.kana * 10 >= q.total();
        let page_cjk = p.of(Script::Cjk);
        if japanese && page_cjk >= MIN_PAGE_LETTERS && p.kana * 100 < page_cjk {
            return Judged::Other("Chinese".to_string(), "Japanese".to_string());
        }
        return Judged::Same;
    }
    if qs != Script::Latin {
        return Judged::Same;
    }
    if p.main() != Some(Script::Latin) || ix.len() < MIN_DECLARED_PAGE_WORDS {
        return Judged::Unclear;
    }
    // How often each of a language's little words is on the page.
    let counts = |k: usize| {
        LATIN[k]
            .1
            .iter()
            .map(|w| ix.id(w).map_or(0, |id| ix.count_of(id)))
    };
    let share = |k: usize| -> usize { counts(k).sum() };
    // A page is in a language when several of its little words are there, none of them
    // most of the share: lorem ipsum's `do` (a twelfth of its words) is no Czech, Polish or
    // Portuguese page.
    let spoken = |k: usize| -> usize {
        let counts: Vec<usize> = counts(k).filter(|&c| c > 0).collect();
        let sum: usize = counts.iter().sum();
        let most = counts.iter().copied().max().unwrap_or(0);
        if counts.len() >= MIN_DISTINCT_LITTLE_WORDS && most * 2 <= sum {
            sum
        } else {
            0
        }
    };
    let total = ix.len();
    // The language the page is in, other than `quote`'s: the one whose little words are most
    // of it, if at least 8% (of a text long enough to tell); else the one it declares, if
    // its little words are at least 4%, at least two different ones.
    let page_language = |quote: usize| -> Option<usize> {
        let best = (0..LATIN.len())
            .filter(|&k| k != quote && !short)
            .map(|k| (k, spoken(k)))
            .max_by_key(|&(_, s)| s)
            .filter(|&(_, s)| s * 100 >= total * SPOKEN_PERCENT);
        best.map(|(k, _)| k).or_else(|| {
            declared.filter(|&d| {
                d != quote
                    && share(d) * 100 >= total * DECLARED_PERCENT
                    && counts(d).filter(|&c| c > 0).nth(1).is_some()
            })
        })
    };
    let Some(ql) = quote_language(words) else {
        if share(0) * 50 >= total {
            // An English page: plainly so (its little words spoken, or declared and borne
            // out), a quote with another language's little words and none of English's.
            let english = (!short && spoken(0) * 100 >= total * SPOKEN_PERCENT)
                || (declared == Some(0)
                    && share(0) * 100 >= total * DECLARED_PERCENT
                    && counts(0).filter(|&c| c > 0).nth(1).is_some());
            return if english {
                foreign_quote(words, ix)
            } else {
                Judged::Same
            };
        }
        return unmarked_quote(words, ix, total, share(0), page_language(0));
    };
    let pl = page_language(ql);
    // The quote's language's little words on the page, those the page's language shares
    // left out: a French page's `des` is no German (a German quote on a French page was
    // `not_found`, its `des` counted as German).
    let own: usize = LATIN[ql]
        .1
        .iter()
        .filter(|w| pl.is_none_or(|pl| !LATIN[pl].1.contains(w)))
        .map(|w| ix.id(w).map_or(0, |id| ix.count_of(id)))
        .sum();
    if own * 50 >= total {
        return Judged::Same;
    }
    match pl {
        Some(pl) => Judged::Other(LATIN[pl].0.to_string(), LATIN[ql].0.to_string()),
        None => Judged::Unclear,
    }
}

/// For a quote whose little words are too few to tell its language by, on a page plainly
/// in English (see [`judge`]): English for the page's language, and for the quote's the
/// language whose little words it holds and the page does not (a French `« des amendes
/// pouvant atteindre 100 livres »`), when it holds none of English's little words nor a word
/// that marks English, and at most a quarter of its words are on the page at all.
fn foreign_quote(words: &[&str], ix: &PageIndex) -> Judged {
    if words.len() < MIN_UNMARKED_QUOTE_WORDS
        || words
            .iter()
            .any(|w| LATIN[0].1.contains(w) || ENGLISH_MARKS.contains(w))
    {
        return Judged::Same;
    }
    let on_page = |w: &&str| ix.id(w).is_some();
    let mut marked: Option<(Option<usize>, usize)> = None;
    for (k, (_, list)) in LATIN.iter().enumerate().skip(1) {
        let hits = words
            .iter()
            .filter(|w| list.contains(w) && !on_page(w))
            .count();
        match marked {
            _ if hits == 0 => {}
            Some((_, h)) if hits == h => marked = Some((None, h)),
            Some((_, h)) if hits < h => {}
            _ => marked = Some((Some(k), hits)),
        }
    }
    let found = words.iter().filter(|w| on_page(w)).count();
    match marked {
        Some((k, _)) if found * 4 <= words.len() => Judged::Other(
            LATIN[0].0.to_string(),
            k.map_or("another language", |k| LATIN[k].0).to_string(),
        ),
        _ => Judged::Same,
    }
}

/// Whether the page reads as English: English's little words (`the`, `of`, `and`) are on it,
/// at least as often as any other Latin-script language's. Rules written for English prose
/// (what a speech tag is: see `speakers::speech_tag`) are held only against such a page.
pub(crate) fn reads_english(ix: &PageIndex) -> bool {
    let share = |k: usize| -> usize {
        LATIN[k]
            .1
            .iter()
            .map(|w| ix.id(w).map_or(0, |id| ix.count_of(id)))
            .sum()
    };
    let english = share(0);
    english > 0 && (1..LATIN.len()).all(|k| share(k) <= english)
}

/// The least words a quote with too few little words to tell its language needs before its
/// page's language is held against it.
const MIN_UNMARKED_QUOTE_WORDS: usize = 5;

/// Words that mark a short quote as English besides the little words of [`LATIN`] (modal
/// verbs, `every`, pronouns): counted only where the page does not have them itself (`in`,
/// `was` and `will` are German words too).
const ENGLISH_MARKS: &[&str] = &[
    "a", "all", "an", "at", "can", "every", "he", "her", "his", "how", "in", "is", "more", "must",
    "on", "only", "she", "to", "was", "we", "when", "will",
];

/// For a quote whose little words are too few to tell its language by
/// ([`quote_language`]: `rural buses must stop in every village every hour`): the page's
/// language (`page_language`, see [`judge`]), and English for the quote's, when English's
/// little words are under 2% of the page's words, the quote holds none of the page's
/// language's little words but a word that marks English and is not on the page (`must`,
/// `every`, `the`), and at most a quarter of the quote's words are on the page at all. A
/// page in English is never held against such a quote.
fn unmarked_quote(
    words: &[&str],
    ix: &PageIndex,
    total: usize,
    english_share: usize,
    page_language: Option<usize>,
) -> Judged {
    if english_share * 50 >= total {
        return Judged::Same;
    }
    let Some(pl) = page_language else {
        return Judged::Unclear;
    };
    if words.len() < MIN_UNMARKED_QUOTE_WORDS || words.iter().any(|w| LATIN[pl].1.contains(w)) {
        return Judged::Same;
    }
    let on_page = |w: &&str| ix.id(w).is_some();
    // The language whose little words (English's marks too) the quote holds and the page
    // does not, most of them: a German quote's `das` on a French page (it was taken for
    // English, or not told at all).
    // (Two languages as likely, `das` German or Portuguese: "another language".)
    let mut marked: Option<(Option<usize>, usize)> = None;
    for (k, (_, list)) in LATIN.iter().enumerate() {
        if k == pl {
            continue;
        }
        let hits = words
            .iter()
            .filter(|w| (list.contains(w) || (k == 0 && ENGLISH_MARKS.contains(w))) && !on_page(w))
            .count();
        match marked {
            _ if hits == 0 => {}
            Some((_, h)) if hits == h => marked = Some((None, h)),
            Some((_, h)) if hits < h => {}
            _ => marked = Some((Some(k), hits)),
        }
    }
    let found = words.iter().filter(|w| on_page(w)).count();
    match marked {
        Some((k, _)) if found * 4 <= words.len() => Judged::Other(
            LATIN[pl].0.to_string(),
            k.map_or("another language", |k| LATIN[k].0).to_string(),
        ),
        _ => Judged::Same,
    }
}
