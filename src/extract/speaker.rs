//! Who quoted words are given to: the person a sentence names as saying them (`“…,” said
//! Okoro`, `Lena Okoro told MPs that “…”`, `According to Dr Okoro, “…”`), a block
//! quotation's credit line (`— Lena Okoro`), or a transcript's speaker label (`OKORO:`,
//! `Mr Pryce (Eastfield):`).
//!
//! Read on both sides of a check: the article's sentence gives a quote its speaker at
//! extraction ([`crate::model::Quote::speaker`]), and the cited page's sentence or label
//! around the words found gives theirs; two names with no word in common are the wrong
//! person's words (see `verify`). Only names count: a role (`the minister said`), a
//! pronoun (`she said`) or an organisation written in lower case gives no speaker, so that
//! nothing is compared that could be the same person.
//!
//! Hand-written rather than a regex: the rules are a few word lists read from either end of
//! a short stretch of text, and run for every quote of every document.

/// Verbs of saying that attribute quoted words to their subject (`Okoro said`) or, after a
/// quotation, to the name that follows (`said Okoro`).
const VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admits",
    "admitted",
    "agreed",
    "announced",
    "answered",
    "argued",
    "argues",
    "asked",
    "asks",
    "asserted",
    "boasted",
    "called",
    "cautioned",
    "cautions",
    "claimed",
    "claims",
    "commented",
    "complained",
    "conceded",
    "concedes",
    "concluded",
    "confirmed",
    "confirms",
    "contended",
    "continued",
    "countered",
    "declared",
    "demanded",
    "described",
    "disclosed",
    "emphasised",
    "emphasized",
    "explained",
    "explains",
    "insisted",
    "insists",
    "joked",
    "lamented",
    "maintained",
    "mused",
    "noted",
    "notes",
    "observed",
    "pledged",
    "posted",
    "predicted",
    "promised",
    "quipped",
    "recalled",
    "recalls",
    "recounted",
    "reflected",
    "remarked",
    "replied",
    "responded",
    "revealed",
    "said",
    "says",
    "stated",
    "states",
    "stressed",
    "suggested",
    "tells",
    "testified",
    "told",
    "tweeted",
    "urged",
    "vowed",
    "warned",
    "warns",
    "wondered",
    "writes",
    "wrote",
];

/// Titles and roles written with a name (`Dr Lena Okoro`, `Minister Okoro`): part of a name's
/// run, never a word two names share.
const TITLES: &[&str] = &[
    "ambassador",
    "archbishop",
    "bishop",
    "brother",
    "capt",
    "captain",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "cllr",
    "coach",
    "col",
    "colonel",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "councilman",
    "councilwoman",
    "dame",
    "dean",
    "deputy",
    "det",
    "detective",
    "director",
    "dr",
    "father",
    "fr",
    "gen",
    "general",
    "gov",
    "governor",
    "headmaster",
    "headmistress",
    "headteacher",
    "hon",
    "imam",
    "inspector",
    "judge",
    "justice",
    "lady",
    "lord",
    "lt",
    "mayor",
    "member",
    "mep",
    "minister",
    "miss",
    "mp",
    "mr",
    "mrs",
    "ms",
    "mx",
    "officer",
    "parliamentary",
    "premier",
    "president",
    "principal",
    "prof",
    "professor",
    "rabbi",
    "rep",
    "representative",
    "rev",
    "reverend",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sir",
    "sister",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
    "under-secretary",
];

/// Capitalised words that start a sentence or a clause without naming anyone (`On Tuesday
/// Okoro said`, `Asked about it, Okoro said`), and pronouns: never part of a name.
const NOT_NAMES: &[&str] = &[
    "a",
    "after",
    "also",
    "an",
    "and",
    "anonymous",
    "april",
    "as",
    "asked",
    "at",
    "august",
    "before",
    "but",
    "caller",
    "crowd",
    "december",
    "earlier",
    "february",
    "female",
    "friday",
    "he",
    "her",
    "his",
    "i",
    "in",
    "it",
    "its",
    "january",
    "july",
    "last",
    "later",
    "male",
    "march",
    "monday",
    "multiple",
    "november",
    "october",
    "on",
    "or",
    "our",
    "participant",
    "saturday",
    "several",
    "she",
    "so",
    "speakers",
    "speaking",
    "sunday",
    "that",
    "the",
    "their",
    "then",
    "they",
    "this",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "unidentified",
    "unknown",
    "voices",
    "we",
    "wednesday",
    "when",
    "while",
    "yesterday",
    "yet",
    "you",
];

/// Words that make a capitalised run an organisation or a place, not a person (`The
/// Ministry`, `Eastfield Water Board`).
const ORGANISATIONS: &[&str] = &[
    "agency",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "cabinet",
    "centre",
    "college",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "court",
    "department",
    "federation",
    "foundation",
    "government",
    "group",
    "institute",
    "ministry",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "report",
    "service",
    "society",
    "trust",
    "union",
    "university",
];

/// Given names and their short forms (`Bob` for `Robert`): one person. A short form that
/// starts its name (`Alex`, `Chris`) needs no entry.
const NICKNAMES: &[(&str, &str)] = &[
    ("andy", "andrew"),
    ("becky", "rebecca"),
    ("bill", "william"),
    ("billy", "william"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("cathy", "catherine"),
    ("chuck", "charles"),
    ("dick", "richard"),
    ("hank", "henry"),
    ("harry", "henry"),
    ("jack", "john"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("kate", "katherine"),
    ("kathy", "katherine"),
    ("larry", "lawrence"),
    ("liz", "elizabeth"),
    ("meg", "margaret"),
    ("peggy", "margaret"),
    ("rick", "richard"),
    ("ted", "edward"),
    ("tom", "thomas"),
    ("tony", "anthony"),
];

/// Words a run of lower-case words between a verb of saying and a name never holds (`said
/// opposition transport spokesman Daniel Reyes`): a preposition or conjunction starts
/// another phrase (`said the minister in Lagos`).
const NOT_ROLE_WORDS: &[&str] = &[
    "about", "after", "and", "as", "at", "before", "but", "by", "during", "for", "from", "in",
    "into", "of", "on", "or", "that", "to", "when", "while", "with",
];

/// Lower-case words that stand between a name and its verb of saying without naming anyone
/// else (`Pell herself said`, `Marsh also writes`, `Okoro later told`): see [`between`].
const BETWEEN: &[&str] = &[
    // French, German and Spanish auxiliaries before a participle (`Roux a déclaré`, `Lenz
    // hat gesagt`, `Gil ha dicho`).
    "a",
    "again",
    "also",
    "even",
    "first",
    "ha",
    "hat",
    "herself",
    "himself",
    "later",
    "now",
    "once",
    "only",
    "ont",
    "still",
    "themselves",
    "then",
    "too",
];

/// Nouns ending in `-ly`, which are no adverb between a name and its verb (`the Okoro family
/// said`).
const LY_NOUNS: &[&str] = &[
    "anomaly",
    "assembly",
    "butterfly",
    "family",
    "homily",
    "monopoly",
    "supply",
];

/// Whether a lower-case word may stand between a name and its verb of saying (`herself`,
/// `also`, `even`, an adverb in `-ly`: `Pell reportedly said`).
fn between(w: &str) -> bool {
    let b = w.as_bytes();
    b.iter().all(u8::is_ascii_lowercase)
        && (BETWEEN.binary_search(&w).is_ok()
            || (b.len() >= 6 && w.ends_with("ly") && LY_NOUNS.binary_search(&w).is_err()))
}

/// Lower-case particles inside a name (`Ursula von der Leyen`, `Rafael de la Cruz`).
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "ibn", "la",
    "le", "van", "von",
];

/// Labels that open a line without naming a speaker (`Note:`, `Update:`, `Q:`).
const NOT_SPEAKERS: &[&str] = &[
    "a",
    "agenda",
    "analysis",
    "answer",
    "attendees",
    "audience",
    "author",
    "background",
    "breaking",
    "caption",
    "cc",
    "context",
    "correction",
    "coverage",
    "credit",
    "date",
    "disclaimer",
    "editor",
    "editor's",
    "events",
    "exclusive",
    "explainer",
    "filed",
    "from",
    "host",
    "image",
    "interviewer",
    "key",
    "latest",
    "listen",
    "live",
    "location",
    "moderator",
    "more",
    "narrator",
    "note",
    "opinion",
    "photo",
    "photos",
    "present",
    "presenter",
    "published",
    "q",
    "question",
    "re",
    "read",
    "related",
    "reporter",
    "share",
    "source",
    "sources",
    "status",
    "subject",
    "summary",
    "tags",
    "time",
    "title",
    "to",
    "topics",
    "transcript",
    "update",
    "updated",
    "venue",
    "video",
    "voice",
    "warning",
    "watch",
    "when",
    "where",
];

/// Bytes of a sentence read before a quotation, and after it, for its speaker.
const BEFORE_WINDOW: usize = 200;
const AFTER_WINDOW: usize = 120;

/// Whether `w` (its case and a full stop after it aside) is in `list` (sorted, lower-case
/// ASCII): a binary search comparing bytes case-folded, with no allocation (every word of
/// every quote's sentence is looked up).
fn in_list(list: &[&str], w: &str) -> bool {
    let w = w.trim_end_matches('.').as_bytes();
    list.binary_search_by(|probe| probe.bytes().cmp(w.iter().map(u8::to_ascii_lowercase)))
        .is_ok()
}

pub(crate) fn is_title(w: &str) -> bool {
    in_list(TITLES, w)
}

fn is_particle(w: &str) -> bool {
    PARTICLES.binary_search(&w).is_ok()
}

/// Whether a lower-case word is a verb of saying (`said`, `told`, `sagte`).
pub(crate) fn is_speech_verb(w: &str) -> bool {
    is_verb(w)
}

fn is_verb(w: &str) -> bool {
    // Every verb of the list is 4 to 12 lower-case letters ending in `d`, `s` or `e`: most
    // words are turned away before the search.
    let b = w.as_bytes();
    ((4..=12).contains(&b.len())
        && matches!(b.last(), Some(b'd' | b's' | b'e'))
        && b.iter().all(u8::is_ascii_lowercase)
        && VERBS.binary_search(&w).is_ok())
        || (b.len() >= 3
            && b.first().is_some_and(u8::is_ascii_lowercase)
            && OTHER_VERBS.binary_search(&w).is_ok())
}

/// Verbs of saying in French, German and Spanish, as news reports them (`a déclaré`,
/// `sagte`, `dijo`): a page in those languages names its speakers so. Sorted (by bytes).
const OTHER_VERBS: &[&str] = &[
    "affirme",
    "affirmé",
    "afirmó",
    "ajouté",
    "aseguró",
    "assure",
    "assuré",
    "betont",
    "betonte",
    "declaró",
    "dijo",
    "dit",
    "déclare",
    "déclaré",
    "erklärt",
    "erklärte",
    "explicó",
    "explique",
    "expliqué",
    "gesagt",
    "kritisierte",
    "meinte",
    "précise",
    "précisé",
    "sagt",
    "sagte",
    "schrieb",
    "señaló",
    "souligne",
    "souligné",
    "warnte",
];

/// A word written as a name's is: a capital first, then letters, hyphens, apostrophes or
/// full stops (`O'Neill`, `Abdel-Rahman`, `L.`), or a particle.
fn name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}' | '.'))
}

/// Words split at white space, each with the punctuation that closes it set apart: `(word,
/// punctuation)` (`Okoro,` is `("Okoro", ",")`; a short capitalised word keeps its full
/// stop, `Dr.`).
fn words(s: &str) -> Vec<(&str, &str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for tok in s.split_whitespace() {
        // A bracket opening the next word ends a name (`said Amara Okoro (Tribune)`).
        if tok.starts_with(['(', '[']) {
            if let Some(last) = out.last_mut().filter(|l| l.1.is_empty()) {
                last.1 = "(";
            }
        }
        out.push({
            let mut end = tok.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            if tok.get(end..).is_some_and(|p| p.starts_with('.'))
                && tok.get(..end).is_some_and(|w| {
                    w.chars().count() <= 3 && w.chars().next().is_some_and(char::is_uppercase)
                })
            {
                end += 1;
            }
            let core = tok
                .get(..end)
                .unwrap_or("")
                .trim_start_matches(|c: char| !c.is_alphanumeric());
            (core, tok.get(end..).unwrap_or(""))
        });
    }
    out
}

/// The name a run of words ending at `end` (exclusive) in `ws` spells, read backwards:
/// capitalised words, particles and titles, at most six; `None` when the run holds no word
/// that is a name rather than a title.
fn name_ending(ws: &[(&str, &str)], end: usize) -> Option<String> {
    let (name, start) = name_run_ending(ws, end)?;
    // `Mayor Chen Meiling and Governor Rafael Ortiz said`: both names.
    if start >= 2
        && ws
            .get(start - 1)
            .is_some_and(|(w, a)| *w == "and" && a.is_empty())
    {
        if let Some((first, _)) = name_run_ending(ws, start - 1) {
            return Some(format!("{first} and {name}"));
        }
    }
    Some(name)
}

/// [`name_ending`]'s one run, and where it starts.
fn name_run_ending(ws: &[(&str, &str)], end: usize) -> Option<(String, usize)> {
    let mut start = end;
    while start > 0 && end - start < 6 {
        let (w, after) = ws.get(start - 1)?;
        // A comma ends the run going back (`In Lagos, Okoro said`), except after the word
        // the run ends with.
        if start < end
            && !after.is_empty()
            && after.contains([',', ';', ':', '.'])
            && !w.ends_with('.')
        {
            break;
        }
        if name_word(w) || (start < end && is_particle(w)) {
            start -= 1;
        } else {
            break;
        }
    }
    name_of(ws.get(start..end)?.iter().map(|(w, _)| *w)).map(|n| (n, start))
}

/// Capitalised words that name a language, a people or a text rather than a person (`The
/// original German is unambiguous:`, `The French Text:`, `The Original:`): a run whose
/// every name word is one of these names no speaker (a surname among other names is still
/// one: `Bill English`). Sorted.
const NOT_PERSONS: &[&str] = &[
    "act",
    "afrikaans",
    "albanian",
    "american",
    "amharic",
    "arabic",
    "armenian",
    "australian",
    "austrian",
    "basque",
    "belgian",
    "bengali",
    "bosnian",
    "brazilian",
    "breton",
    "british",
    "bulgarian",
    "canadian",
    "cantonese",
    "catalan",
    "charter",
    "chinese",
    "constitution",
    "croatian",
    "czech",
    "danish",
    "data",
    "decree",
    "directive",
    "document",
    "draft",
    "dutch",
    "egyptian",
    "english",
    "esperanto",
    "estonian",
    "european",
    "farsi",
    "filipino",
    "finnish",
    "flemish",
    "french",
    "gaelic",
    "galician",
    "georgian",
    "german",
    "greek",
    "hebrew",
    "hindi",
    "hungarian",
    "icelandic",
    "indonesian",
    "irish",
    "italian",
    "japanese",
    "judgement",
    "judgment",
    "korean",
    "latin",
    "latvian",
    "law",
    "lithuanian",
    "luxembourgish",
    "macedonian",
    "malay",
    "maltese",
    "mandarin",
    "manifesto",
    "norwegian",
    "original",
    "persian",
    "polish",
    "portuguese",
    "punjabi",
    "romanian",
    "ruling",
    "russian",
    "scots",
    "scottish",
    "serbian",
    "slovak",
    "slovenian",
    "spanish",
    "statute",
    "swahili",
    "swedish",
    "swiss",
    "tagalog",
    "tamil",
    "text",
    "thai",
    "transcript",
    "translation",
    "treaty",
    "turkish",
    "ukrainian",
    "urdu",
    "verdict",
    "version",
    "vietnamese",
    "welsh",
    "wording",
    "yiddish",
];

/// The name a run of words spells, without its leading words that name no one (`On
/// Tuesday`) and its titles: `None` when nothing is left, or when what is left names a
/// language, a people or a text ([`NOT_PERSONS`]).
fn name_of<'a>(run: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut run: Vec<&str> = run.skip_while(|w| in_list(NOT_NAMES, w)).collect();
    // A role compounded with a hyphen before a title (`Co-author Dr Anjali Kaur`,
    // `Co-founder Prof. Ray Lund`) is no part of the name: the person from the title on.
    if run.len() > 2 && run.get(1).is_some_and(|w| is_title(w)) && hyphened_role(run[0]) {
        run.remove(0);
    }
    if run.iter().any(|w| in_list(ORGANISATIONS, w)) {
        return None;
    }
    let mut names = run
        .iter()
        .filter(|w| name_word(w) && !is_title(w) && !in_list(NOT_NAMES, w))
        .peekable();
    (names.peek().is_some() && !names.all(|w| in_list(NOT_PERSONS, w))).then(|| run.join(" "))
}

/// A capitalised word with a lower-case word after its hyphen (`Co-author`, `Vice-chair`),
/// which a name's hyphen never has (`Abdel-Rahman`).
fn hyphened_role(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(_, r)| r.chars().next().is_some_and(char::is_lowercase))
}

/// The name a run of words starting at `start` spells, read forwards (`said Dr Lena Okoro,
/// the …`): up to a comma or full stop.
///
/// A possessive name names someone else (`said Ortiz's predecessor, Helena Brandt`): the
/// name after the comma, or none.
fn name_starting(ws: &[(&str, &str)], start: usize) -> Option<String> {
    let mut end = start;
    while end < ws.len() && end - start < 6 {
        let (w, after) = ws.get(end)?;
        if !(name_word(w) || (end > start && is_particle(w))) {
            break;
        }
        end += 1;
        if possessive(w) {
            let comma = (end..ws.len().min(end + 4))
                .find(|&i| ws.get(i).is_some_and(|(_, a)| a.contains(',')))?;
            return name_starting(ws, comma + 1);
        }
        if !after.is_empty() && !w.ends_with('.') {
            break;
        }
    }
    name_of(ws.get(start..end)?.iter().map(|(w, _)| *w))
}

fn possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

/// As [`name_starting`], past a few lower-case words of a role first (`said opposition
/// transport spokesman Daniel Reyes`, `said union convenor, Grace Ibekwe`).
fn name_after_role(ws: &[(&str, &str)], start: usize) -> Option<String> {
    let mut i = start;
    while i < ws.len() && i - start < 5 {
        let (w, after) = ws.get(i)?;
        if name_word(w) {
            // A party's or a place's name before a role (`said Green councillor Ruth
            // Okafor`, `said Labour housing spokesman Jo Reyes`): the name after the role.
            if let Some(name) = role_after_qualifier(ws, i) {
                return Some(name);
            }
            // `said a Green councillor`, `said Labour councillors`: a role, no name.
            let run_end = (i..ws.len())
                .find(|&k| {
                    ws.get(k)
                        .is_none_or(|(w, a)| !name_word(w) || !a.is_empty())
                })
                .unwrap_or(ws.len());
            if ws.get(run_end).is_some_and(|(w, _)| {
                w.chars().all(char::is_lowercase)
                    && (is_title(w) || w.strip_suffix('s').is_some_and(is_title))
            }) && ws
                .get(run_end.wrapping_sub(1))
                .is_some_and(|(_, a)| a.is_empty())
            {
                return None;
            }
            return name_starting(ws, i);
        }
        // (`l'adjointe`: a French role with its article.)
        if !w
            .chars()
            .all(|c| c.is_lowercase() || c == '\'' || c == '\u{2019}')
            || NOT_ROLE_WORDS.binary_search(w).is_ok()
            || (!after.is_empty() && !after.starts_with(','))
        {
            return None;
        }
        i += 1;
    }
    None
}

/// The name after a capitalised qualifier and the role it qualifies, from `at` (`Green
/// councillor Ruth Okafor`, `Labour transport spokesman Jo Reyes`, `Labour MP Jo Reyes`):
/// capitalised words, then role words ending in a title (`councillor`, `spokesman`, `MP`),
/// with no punctuation between, then the name. `None` for anything else (`Okafor yesterday`).
fn role_after_qualifier(ws: &[(&str, &str)], at: usize) -> Option<String> {
    let mut i = at;
    while ws
        .get(i)
        .is_some_and(|(w, a)| name_word(w) && a.is_empty() && !possessive(w) && !is_title(w))
        && i - at < 3
    {
        i += 1;
    }
    let first_role = i;
    while ws.get(i).is_some_and(|(w, a)| {
        a.is_empty()
            && ((w.chars().all(char::is_lowercase)
                && NOT_ROLE_WORDS.binary_search(w).is_err()
                && !is_verb(w))
                || (name_word(w) && is_title(w)))
    }) && i - first_role < 3
    {
        i += 1;
    }
    let (role, _) = ws.get(i.checked_sub(1)?)?;
    if i == first_role || first_role == at || !is_title(role) {
        return None;
    }
    ws.get(i).filter(|(w, _)| name_word(w))?;
    name_starting(ws, i)
}

/// The name closing an aside that is a role before it (`the ward manager Samuel Oduya`,
/// `fellow nurse Agnes Thornbury`): a determiner or lower-case role words first, none of them a
/// relative pronoun or a preposition (`who met Okoro`, `commissioned by Okoro` are not).
fn role_then_name(aside: &[(&str, &str)]) -> Option<String> {
    let first = aside.iter().position(|(w, _)| name_word(w))?;
    let role = aside.get(..first)?;
    let plain = |w: &str| {
        w.chars().all(char::is_lowercase)
            && NOT_ROLE_WORDS.binary_search(&w).is_err()
            && !matches!(w, "who" | "whom" | "whose" | "which" | "that")
            && !w.ends_with("ed")
    };
    if role.is_empty() || role.len() > 5 || !role.iter().all(|(w, _)| plain(w)) {
        return None;
    }
    let names = aside.get(first..)?;
    if names
        .iter()
        .enumerate()
        .all(|(k, (w, _))| name_word(w) || (k > 0 && is_particle(w)))
    {
        name_of(names.iter().map(|(w, _)| *w))
    } else {
        None
    }
}

fn tail(s: &str, n: usize) -> &str {
    let mut from = s.len().saturating_sub(n);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    s.get(from..).unwrap_or("")
}

fn head(s: &str, n: usize) -> &str {
    let mut to = n.min(s.len());
    while !s.is_char_boundary(to) {
        to -= 1;
    }
    s.get(..to).unwrap_or("")
}

/// The speaker a sentence's words before a quotation name (`Okoro said:`, `Lena Okoro told
/// MPs that`, `According to Dr Okoro,`, `As Okoro put it,`, `Okoro:`), or `None`.
pub(crate) fn before_quote(before: &str) -> Option<String> {
    let t = tail(before, BEFORE_WINDOW);
    // Most sentences name nobody: one pass over the words, allocating nothing, before the
    // reading below.
    if !t.bytes().any(|b| b.is_ascii_uppercase())
        || !(t.trim_end().ends_with(':')
            || t.split_whitespace().any(|tok| {
                let core = tok.trim_matches(|c: char| !c.is_alphanumeric());
                is_verb(core)
                    || core.eq_ignore_ascii_case("according")
                    || matches!(core, "put" | "words" | "quoted")
            }))
    {
        return None;
    }
    let ws = words(t);
    // Cut off the first word when the window starts inside one.
    let ws = if t.len() < before.len() && ws.len() > 1 {
        ws.get(1..).unwrap_or(&[])
    } else {
        &ws[..]
    };
    let n = ws.len();
    if n == 0 {
        return None;
    }
    let lw = |i: usize| ws.get(i).map_or("", |(w, _)| *w);
    // `According to Okoro,` / `in the words of Okoro,` and the name right after.
    for i in (0..n).rev() {
        let w = lw(i);
        let named_after = (w == "to" && i > 0 && lw(i - 1).eq_ignore_ascii_case("according"))
            || (w == "of"
                && i >= 2
                && lw(i - 1) == "words"
                && lw(i - 2).eq_ignore_ascii_case("the"));
        let from = named_after.then_some(i + 1);
        if let Some(from) = from {
            return name_starting(ws, from);
        }
        if is_verb(ws.get(i).map_or("", |p| p.0)) {
            break;
        }
    }
    // `As Okoro put it,`, `As the economist Ines Varga put it in her lecture,`.
    if let Some(p) = (1..n.saturating_sub(1))
        .rev()
        .find(|&i| lw(i) == "put" && lw(i + 1) == "it")
    {
        // `Zoë Marchetti, who runs the Café Lumière, put it plainly:`: an aside between
        // the subject and `put`, as before a verb of saying below.
        let end = if p > 1 && ws.get(p - 1).is_some_and(|(_, a)| a.contains(',')) {
            (0..p - 1)
                .rev()
                .find(|&i| ws.get(i).is_some_and(|(_, a)| a.contains(',')))
                .map_or(p, |open| open + 1)
        } else {
            p
        };
        if let Some(name) = name_ending(ws, end) {
            return Some(name);
        }
    }
    // `Pryce's letter:`, `Pryce's resignation letter:` (a writing's words are its writer's).
    if t.trim_end().ends_with(':') {
        for k in 2..=3.min(n) {
            let Some((owner, _)) = ws.get(n - k) else {
                break;
            };
            let owner = owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("\u{2019}s"));
            let nouns = ws
                .get(n - k + 1..)
                .unwrap_or(&[])
                .iter()
                .all(|(w, _)| w.chars().all(char::is_lowercase));
            if let Some(o) = owner.filter(|o| name_word(o) && nouns) {
                return name_of(std::iter::once(o));
            }
        }
    }
    // `Council leader Tom Ashby was unapologetic:`, `Okoro was blunt:`: a name, a verb of
    // being and one word of manner before the colon introduce the name's words, as `put
    // it plainly:` does.
    if t.trim_end().ends_with(':') && n >= 3 {
        if let Some(name) = being_manner(ws) {
            return Some(name);
        }
    }
    // The last verb of saying, and the subject before it.
    // A verb's form after a determiner is a noun (`the claims were`, `his notes`).
    let noun = |i: usize| {
        i > 0
            && matches!(
                lw(i - 1),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "these" | "those" | "our"
            )
            // (French `a déclaré`: the auxiliary, not an article.)
            && !(lw(i - 1) == "a" && OTHER_VERBS.binary_search(&lw(i)).is_ok())
    };
    let active = (0..n)
        .rev()
        .find(|&i| is_verb(ws.get(i).map_or("", |p| p.0)) && !noun(i));
    // `Ellison was quoted by the release as warning that`, `Okoro is quoted as saying`: the
    // passive names the speaker as its subject; the auxiliary stands for the verb.
    let passive = passive_quoted(ws).filter(|&p| active.is_none_or(|a| p > a));
    if let Some(v) = passive.or(active) {
        if v == 0 {
            return None;
        }
        // `Okoro, the health minister, said` / `Okoro, who …, said`: an aside between the
        // subject and its verb.
        let mut end = v;
        // `Pell herself said`, `Marsh also writes`: up to two such words, no punctuation.
        for _ in 0..2 {
            match ws.get(end.wrapping_sub(1)) {
                Some((w, a)) if end > 1 && a.is_empty() && between(w) => end -= 1,
                _ => break,
            }
        }
        // `Councillor Ruth Ambrose, leader of the council, welcomed the report but said`:
        // a second predicate of the sentence's subject, named at the sentence's start.
        if let (true, Some((w, a))) = (t.len() == before.len(), ws.get(end.wrapping_sub(1))) {
            if end > 2 && a.is_empty() && matches!(*w, "and" | "but") {
                return subject_before(ws, end).or_else(|| opening_subject(ws, end - 1));
            }
        }
        return subject_before(ws, end);
    }
    // `Okoro: “…”` — a label standing alone before the quotation; not one that names no
    // speaker (`Update:`, `Correction:`, `Background:`).
    if t.trim_end().ends_with(':')
        && ws.iter().all(|(w, _)| name_word(w) || is_particle(w))
        && !ws.iter().any(|(w, _)| in_list(NOT_SPEAKERS, w))
    {
        return name_ending(ws, n);
    }
    None
}

/// The subject's name ending right before the verb at `v` (`v` > 0) of `ws`: the name
/// there, or past an aside between them (`Okoro, the health minister, said`, `Okoro, who
/// …, said`); the aside itself when it is all a name (`The health minister, Lena Okoro,
/// said`) or a role closed by a name after a subject naming no one (`Her colleague, the
/// ward manager Samuel Oduya, added`).
fn subject_before(ws: &[(&str, &str)], v: usize) -> Option<String> {
    let comma_before_verb = ws.get(v.checked_sub(1)?)?.1.contains(',');
    if !comma_before_verb {
        return name_ending(ws, v);
    }
    // Back to the comma opening the aside.
    let open = (0..v - 1)
        .rev()
        .find(|&i| ws.get(i).is_some_and(|(_, a)| a.contains(',')))?;
    let aside = ws.get(open + 1..v)?;
    if aside
        .iter()
        .enumerate()
        .all(|(k, (w, _))| name_word(w) || (k > 0 && is_particle(w)))
    {
        return name_of(aside.iter().map(|(w, _)| *w));
    }
    let end = open + 1;
    if name_ending(ws, end).is_none() {
        return role_then_name(aside);
    }
    name_ending(ws, end)
}

/// The name opening a sentence whose predicate runs, without punctuation, up to `and` or
/// `but` at `conj` (`Councillor Ruth Ambrose, leader of the council, welcomed the report but`):
/// the name, then an aside closed by a comma holding no verb of saying, then lower-case words.
/// `None` for anything else (`On Tuesday the council met and`, `Okoro met Reyes and`: a
/// name inside the predicate may be the subject of the verb after `and`).
fn opening_subject(ws: &[(&str, &str)], conj: usize) -> Option<String> {
    let mut i = 0;
    let mut after = "";
    while i < conj && i < 6 {
        match ws.get(i) {
            Some((w, a)) if name_word(w) => {
                i += 1;
                after = a;
                if !a.is_empty() {
                    break;
                }
            }
            _ => break,
        }
    }
    let name = name_of(ws.get(..i)?.iter().map(|(w, _)| *w))?;
    if after == "," {
        // The aside: a few words up to the next comma.
        let close = (i..conj.min(i + 10)).find(|&k| ws.get(k).is_some_and(|(_, a)| *a == ","))?;
        if ws.get(i..=close)?.iter().any(|(w, _)| is_verb(w)) {
            return None;
        }
        i = close + 1;
    } else if !after.is_empty() {
        return None;
    }
    // The predicate before the conjunction: lower-case words (a name among them may be the
    // subject of what follows), no punctuation.
    let predicate = ws.get(i..conj)?;
    (!predicate.is_empty()
        && predicate
            .iter()
            .all(|(w, a)| a.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-')))
    .then_some(name)
}

/// Words of degree before a word of manner (`Okoro was more direct:`, `rather blunt`).
const DEGREE: &[&str] = &["less", "more", "rather"];

/// The speaker of a lead-in ending in a verb of being and a word of manner before its colon
/// (`ws`, the colon after its last word): `Okoro was blunt:`, `Council leader Tom Ashby was
/// unapologetic:`, with a word of degree before the manner (`Okoro was more direct:`, `rather
/// blunt`) and, after `more` or `less`, a short comparison (`more poetic than his
/// colleagues:`), and with an aside between the name and the verb (`Tom Reyes, the chair,
/// was blunt:`; see [`subject_before`]).
fn being_manner(ws: &[(&str, &str)]) -> Option<String> {
    let n = ws.len();
    let lw = |i: usize| ws.get(i).map_or("", |(w, _)| *w);
    let plain = |i: usize| ws.get(i).is_some_and(|(_, a)| a.is_empty());
    // `more poetic than his colleagues`: `than` and up to three words, no punctuation.
    let than = (n.saturating_sub(4)..n.saturating_sub(1))
        .find(|&k| lw(k) == "than" && (k..n - 1).all(plain) && k >= 2);
    let manner = than.map_or(n - 1, |k| k - 1);
    let lower_word = |i: usize| {
        let w = lw(i);
        w.len() > 2 && w.chars().all(char::is_lowercase)
    };
    if !lower_word(manner) || (than.is_some() && !plain(manner)) {
        return None;
    }
    let degree = manner
        .checked_sub(1)
        .filter(|&d| plain(d) && DEGREE.contains(&lw(d)));
    if than.is_some() && degree.is_none_or(|d| lw(d) == "rather") {
        return None;
    }
    let being = degree.unwrap_or(manner).checked_sub(1)?;
    if being == 0
        || !plain(being)
        || !matches!(lw(being), "was" | "is" | "sounded" | "seemed" | "remained")
    {
        return None;
    }
    subject_before(ws, being)
}

/// Whether `w` is a pronoun standing for one person (`he`, `she`), written as `capital`
/// says (a sentence's first word, or later).
fn one_person_pronoun(w: &str, capital: bool) -> bool {
    if capital {
        matches!(w, "He" | "She")
    } else {
        matches!(w, "he" | "she")
    }
}

/// A capitalised participle or adverb, which opens a sentence without naming anyone
/// (`Asked`, `Speaking`, `Typically`).
fn opening_word(w: &str) -> bool {
    w.len() > 4
        && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
}

/// The words of a lead-in (a sentence's words before its quotation) after its subject, when
/// that subject is `he` or `she`: the lead-in's first word (`He said:`, `She told the
/// committee that`), or the first after a fronted phrase closed by a comma that names no
/// one (`Asked about the ferry, he put it more bluntly than any official has:`, `In March,
/// she said:`). `None` otherwise (`When Okafor arrived, he said:`: the pronoun may be hers).
pub(crate) fn after_pronoun(lead: &str) -> Option<&str> {
    let t = lead.trim_start();
    let mut toks = t
        .split_whitespace()
        .map(|tok| {
            let at = tok.as_ptr() as usize - t.as_ptr() as usize;
            (tok, at + tok.len())
        })
        .take(10)
        .enumerate();
    let bare = |tok: &str| tok.chars().all(char::is_alphabetic);
    let (_, (first, first_end)) = toks.next()?;
    if one_person_pronoun(first, true) {
        return t.get(first_end..);
    }
    // A fronted phrase: its first word a sentence's (`Asked`, `Speaking`, `Later`), the
    // others no name (a month or a weekday is none), no quotation mark in it.
    let opener = first.trim_end_matches(',');
    if !(in_list(NOT_NAMES, opener) || opening_word(opener)) {
        return None;
    }
    let mut closed = first.ends_with(',');
    for (k, (tok, end)) in toks {
        if closed {
            return if k >= 1 && one_person_pronoun(tok, false) {
                t.get(end..)
            } else {
                None
            };
        }
        let core = tok.trim_end_matches([',', ';']);
        let core = core.trim_end_matches('.');
        if !(bare(core) && (!name_word(core) || in_list(NOT_NAMES, core))) || tok.ends_with(';') {
            return None;
        }
        closed = tok.ends_with(',');
    }
    None
}

/// Past the closing punctuation and any note marker after a quotation (`,”`, `[1]`, `(2)`,
/// `³`): where the words after it start.
fn past_closing(t: &str) -> &str {
    t.trim_start_matches(|c: char| {
        c.is_whitespace()
            || c.is_ascii_digit()
            || matches!(
                c,
                ',' | '.'
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | '('
                    | '['
                    | ']'
                    | '^'
                    | '"'
                    | '\u{201D}'
                    | '\u{201C}'
                    | '\u{2019}'
                    | '\u{BB}'
                    | '—'
                    | '–'
            )
            || ('\u{2070}'..='\u{2079}').contains(&c)
            || matches!(c, '\u{B9}' | '\u{B2}' | '\u{B3}')
    })
}

/// The speaker a lead-in whose subject is `he` or `she` (see [`after_pronoun`]), or the words
/// after a quotation opening with one (`,” she added.`), give the words to, `person` being
/// the one the sentence before names (see [`sole_person`]): `person`, when the same words
/// with `person` for the pronoun give them to `person` (`He said:`, `He was blunt:`, `he
/// put it plainly:`; not `He asked what Okafor meant:`, `He said Okafor told him:`).
pub(crate) fn pronoun_speaker(lead: &str, after: &str, person: &str) -> Option<String> {
    let said = |found: Option<String>| found.filter(|f| f == person);
    if let Some(rest) = after_pronoun(lead) {
        return said(before_quote(&format!("{person} {rest}")));
    }
    let t = past_closing(head(after, AFTER_WINDOW));
    let (first, rest) = t.split_once(char::is_whitespace)?;
    if !one_person_pronoun(first, false) {
        return None;
    }
    said(after_quote(&format!(", {person} {rest}")))
}

/// The one person a sentence names, as its subject (`Tom Reyes spoke next.`, `Ellis himself
/// is typically unsentimental about the council.`): `None` when it names none, or more than
/// one (a place counts: `Reyes spoke in Kestrel Bay.`), or names someone's someone (`Reyes's
/// deputy spoke next.`: `he` is the deputy), or names someone who is not its subject (`The
/// chair thanked Okafor.`), or is too long to read whole.
pub(crate) fn sole_person(sentence: &str) -> Option<String> {
    if sentence.len() > 2 * BEFORE_WINDOW {
        return None;
    }
    let ws = words(sentence);
    let mut found: Option<String> = None;
    let mut i = 0;
    while i < ws.len() {
        let (w, _) = ws.get(i)?;
        if !name_word(w) {
            i += 1;
            continue;
        }
        let mut j = i;
        while let Some((w, a)) = ws.get(j) {
            if !(name_word(w) || (j > i && is_particle(w))) {
                break;
            }
            j += 1;
            if !a.is_empty() && !w.ends_with('.') {
                break;
            }
        }
        let run = ws.get(i..j)?;
        if run.iter().any(|(w, _)| possessive(w)) {
            return None;
        }
        // A sentence's first word alone may be no name (`Speaking`, `Asked`, `Typically`).
        let opener = i == 0 && run.len() == 1 && opening_word(w);
        if !opener {
            if let Some(name) = name_of(run.iter().map(|(w, _)| *w)) {
                // The sentence's subject, which the pronoun stands for: only a title, a
                // capitalised word or `the` before it, and a comma at most right before it
                // (`Council leader Tom Reyes`, `On Tuesday, Tom Reyes`; not `The chair thanked
                // Okafor`, `Speaking after Okafor, the chair`).
                let subject = ws.get(..i)?.iter().enumerate().all(|(k, (w, a))| {
                    (name_word(w) || is_title(w) || w.eq_ignore_ascii_case("the"))
                        && (a.is_empty() || (k + 1 == i && *a == ","))
                });
                if !subject {
                    return None;
                }
                match &found {
                    Some(f) if different_people(f, &name) => return None,
                    Some(f) if f.len() >= name.len() => {}
                    _ => found = Some(name),
                }
            }
        }
        i = j.max(i + 1);
    }
    found
}

/// Where the auxiliary of the last passive `quoted … as saying` in `ws` stands (`was` in
/// `Ellison was quoted by the release as warning that`, `has` in `Okoro has been quoted as
/// saying`): `quoted` after a form of `be`, then `as` and a word in `-ing` within a few words,
/// nothing after them but a few lower-case words (`that`).
fn passive_quoted(ws: &[(&str, &str)]) -> Option<usize> {
    let q = ws.iter().rposition(|(w, _)| *w == "quoted")?;
    let lw = |i: usize| ws.get(i).map_or("", |(w, _)| *w);
    let rest = ws.get(q + 1..)?;
    let as_at = rest.iter().take(8).position(|(w, _)| *w == "as")?;
    let ing = rest.get(as_at + 1).map_or("", |(w, _)| *w);
    if !(ing.len() > 4 && ing.ends_with("ing") && ing.bytes().all(|b| b.is_ascii_lowercase()))
        || rest
            .get(as_at + 2..)?
            .iter()
            .any(|(w, _)| !w.bytes().all(|b| b.is_ascii_lowercase()))
        || rest.len() > as_at + 8
    {
        return None;
    }
    // One adverb between the auxiliary and `quoted` (`was widely quoted`).
    let mut aux = q.checked_sub(1)?;
    if between(lw(aux)) && aux > 0 {
        aux -= 1;
    }
    match lw(aux) {
        "was" | "is" | "were" | "are" => Some(aux),
        "been" if aux > 0 && matches!(lw(aux - 1), "has" | "have" | "had") => Some(aux - 1),
        _ => None,
    }
}

/// The speaker the words right after a quotation name (`, said Okoro.`, `, Lena Okoro told
/// the BBC`, `, according to Okoro`), or `None`.
pub(crate) fn after_quote(after: &str) -> Option<String> {
    // Past the closing punctuation and any note marker (`[1]`, `(2)`, `³`).
    let t = past_closing(head(after, AFTER_WINDOW));
    // A verb of saying, or `according`, among its first words, or no speaker: checked
    // before any allocation.
    if !t.bytes().any(|b| b.is_ascii_uppercase())
        || !t.split_whitespace().take(8).any(|tok| {
            let core = tok.trim_matches(|c: char| !c.is_alphanumeric());
            is_verb(core) || core.eq_ignore_ascii_case("according")
        })
    {
        return None;
    }
    let ws = words(t);
    let first = ws.first()?.0;
    // French `a précisé l'adjointe Claire Dumas`: the auxiliary, then the verb.
    if matches!(first, "a" | "ont") && ws.get(1).is_some_and(|(w, _)| is_verb(w)) {
        return name_after_role(&ws, 2);
    }
    if is_verb(first) {
        if ws.get(1).is_some_and(|(w, _)| w.eq_ignore_ascii_case("by")) {
            return name_starting(&ws, 2);
        }
        return name_after_role(&ws, 1);
    }
    if first == "according" && ws.get(1).is_some_and(|(w, _)| *w == "to") {
        return name_starting(&ws, 2);
    }
    // `Okoro said`, `Dr Lena Okoro told`: a name run, then the verb.
    let mut end = 0;
    while end < ws.len() && end < 6 {
        let (w, after) = ws.get(end)?;
        if !(name_word(w) || (end > 0 && is_particle(w))) {
            break;
        }
        end += 1;
        if !after.is_empty() && !w.ends_with('.') {
            // `Okoro, the minister, said`: the aside after the name.
            let verb_after_aside = ws
                .iter()
                .skip(end)
                .take(8)
                .position(|(_, a)| a.contains(','))
                .and_then(|k| ws.get(end + k + 1))
                .is_some_and(|(v, _)| is_verb(v));
            if after.contains(',') && verb_after_aside {
                return name_of(ws.get(..end)?.iter().map(|(w, _)| *w));
            }
            return None;
        }
    }
    // `Okoro said`, `Okoro herself said`, `Okoro also told`.
    let mut v = end;
    while v < end + 2 && ws.get(v).is_some_and(|(w, a)| a.is_empty() && between(w)) {
        v += 1;
    }
    if end > 0 && ws.get(v).is_some_and(|(w, _)| is_verb(w)) {
        return name_of(ws.get(..end)?.iter().map(|(w, _)| *w));
    }
    role_subject(&ws)
}

/// The name of a subject written as a role and then the name, before its verb of saying
/// (`the council leader, Alan Birkett, said`, `council leader Alan Birkett said`, `her
/// deputy, Ilse Brandvold, added`): a determiner or possessive at most, then lower-case role
/// words (no preposition, conjunction or verb: `friends of Birkett said` names a friend, not
/// Birkett), then the name, alone between commas or right after the role, then the verb.
fn role_subject(ws: &[(&str, &str)]) -> Option<String> {
    let mut i = usize::from(ws.first().is_some_and(|(w, a)| {
        a.is_empty() && matches!(*w, "The" | "Her" | "His" | "Its" | "Their" | "A")
    }));
    let first_role = i;
    while let Some((w, a)) = ws.get(i) {
        let role_word = i - first_role < 5
            && !w.is_empty()
            && w.chars()
                .all(|c| c.is_lowercase() || matches!(c, '\'' | '\u{2019}' | '-'))
            && NOT_ROLE_WORDS.binary_search(w).is_err()
            && !is_verb(w);
        if !role_word {
            return None;
        }
        i += 1;
        if !a.is_empty() {
            // `the council leader, Alan Birkett, said`: the name alone between commas.
            if *a != "," {
                return None;
            }
            break;
        }
        if ws.get(i).is_some_and(|(w, _)| name_word(w)) {
            break;
        }
    }
    // At least one role word that is not a determiner (`the Alan Birkett` is no role).
    if ws
        .get(first_role..i)?
        .iter()
        .all(|(w, _)| matches!(*w, "the" | "a" | "an" | "her" | "his" | "its" | "their"))
    {
        return None;
    }
    let commas = ws.get(i - 1).is_some_and(|(_, a)| !a.is_empty());
    let start = i;
    while ws.get(i).is_some_and(|(w, a)| {
        (name_word(w) || (i > start && is_particle(w))) && (a.is_empty() || *a == ",")
    }) && i - start < 5
    {
        i += 1;
        if ws.get(i - 1).is_some_and(|(_, a)| !a.is_empty()) {
            break;
        }
    }
    let closed = ws.get(i.checked_sub(1)?).is_some_and(|(_, a)| *a == ",");
    if i == start || closed != commas {
        return None;
    }
    // `Pell herself said`, `Birkett also told`: as after a name above.
    let mut v = i;
    while v < i + 2 && ws.get(v).is_some_and(|(w, a)| a.is_empty() && between(w)) {
        v += 1;
    }
    if !ws.get(v).is_some_and(|(w, _)| is_verb(w)) {
        return None;
    }
    name_of(ws.get(start..i)?.iter().map(|(w, _)| *w))
}

/// Words that make a lower-case subject a body rather than a person (`the ministry said`,
/// `the firm said`), beside [`ORGANISATIONS`]. Sorted.
const BODIES: &[&str] = &[
    "airline",
    "charity",
    "club",
    "firm",
    "hospital",
    "regulator",
    "school",
    "watchdog",
];

/// Whether a sentence's words around its quotation (`before` its opening mark, `after`
/// its closing one) give the quotation to a body and name no person: `“…,” the ministry
/// said in a statement.`, `“…,” said the Ministry of Defence.`, `Eastfield Council said:
/// “…”`. Not `“…,” the ministry said, quoting its minister, Ana Ruiz.` (a person named
/// may be who `she` is), nor `“…,” a council spokesman said.` (a person's role: the head
/// of the subject is `spokesman`). A pronoun of a person (`He added:`) cannot go on from
/// such a speaker.
pub(crate) fn body_speaks(before: &str, after: &str) -> bool {
    let before = tail(before, BEFORE_WINDOW);
    let after = head(after, AFTER_WINDOW);
    let (wb, wa) = (words(before), words(after));
    // Any capitalised word outside a body's name, a title or a word naming no one (a
    // weekday, a month, a pronoun) may be a person: no such sentence is a body's only.
    for ws in [&wb, &wa] {
        let mut k = 0;
        while k < ws.len() {
            if !ws.get(k).is_some_and(|(w, _)| name_word(w)) {
                k += 1;
                continue;
            }
            // A run of capitalised words, joined by `of`, `for`, `and`, `the` (`Ministry of
            // Defence`, `Department for Education`).
            let from = k;
            while ws.get(k).is_some_and(|(w, _)| {
                name_word(w) || (k > from && matches!(*w, "of" | "for" | "and" | "the"))
            }) {
                let closed = ws.get(k).is_some_and(|(_, a)| !a.is_empty());
                k += 1;
                if closed {
                    break;
                }
            }
            let run = ws.get(from..k).unwrap_or(&[]);
            let body = run.iter().any(|(w, _)| {
                in_list(ORGANISATIONS, w)
                    || in_list(BODIES, w)
                    // An acronym (`BBC`, `NHS.`).
                    || w.trim_end_matches('.').chars().count() >= 2
                        && w.trim_end_matches('.').chars().all(char::is_uppercase)
            });
            let no_one = run
                .iter()
                .all(|(w, _)| !name_word(w) || in_list(NOT_NAMES, w));
            if !body && !no_one {
                return false;
            }
        }
    }
    // The subject of the verb of saying: after the quotation (`, the ministry said`, `,
    // said the ministry`) or before it (`The Ministry said:`).
    let head_of = |phrase: &[(&str, &str)]| {
        // The head noun: the last word before `of` or `for` (`Ministry of Defence`).
        let cut = phrase
            .iter()
            .position(|(w, _)| matches!(*w, "of" | "for"))
            .unwrap_or(phrase.len());
        phrase
            .get(..cut)
            .and_then(<[_]>::last)
            .is_some_and(|(w, _)| in_list(ORGANISATIONS, w) || in_list(BODIES, w))
    };
    let verb_at = |ws: &[(&str, &str)]| ws.iter().take(8).position(|(w, _)| is_verb(w));
    if let Some(v) = verb_at(&wa) {
        let subject = if v == 0 {
            // `, said the ministry in a statement`: up to a comma or a preposition.
            let mut end = 1;
            while let Some((w, a)) = wa.get(end) {
                if NOT_ROLE_WORDS.binary_search(w).is_ok() && !matches!(*w, "of" | "for") {
                    break;
                }
                end += 1;
                if !a.is_empty() {
                    break;
                }
            }
            wa.get(1..end).unwrap_or(&[])
        } else {
            let mut end = v;
            while end > 0
                && wa
                    .get(end - 1)
                    .is_some_and(|(w, a)| a.is_empty() && between(w))
            {
                end -= 1;
            }
            wa.get(..end).unwrap_or(&[])
        };
        return head_of(subject);
    }
    // `The Ministry of Defence said:`, `Eastfield Council told reporters that`.
    match wb.iter().rposition(|(w, _)| is_verb(w)) {
        Some(v) => {
            let mut end = v;
            while end > 0
                && wb
                    .get(end - 1)
                    .is_some_and(|(w, a)| a.is_empty() && between(w))
            {
                end -= 1;
            }
            let from = (0..end)
                .rev()
                .find(|&i| wb.get(i).is_some_and(|(_, a)| !a.is_empty()))
                .map_or(0, |i| i + 1);
            head_of(wb.get(from..end).unwrap_or(&[]))
        }
        None => false,
    }
}

/// The name a block quotation's credit line gives (`— Lena Okoro`, `— Dr Lena Okoro,
/// health minister`), or `None`.
pub(crate) fn credit(line: &str) -> Option<String> {
    let t = line
        .trim()
        .trim_start_matches(['—', '―', '–', '-', '~'])
        .trim_start();
    let ws = words(head(t, AFTER_WINDOW));
    name_starting(&ws, 0)
}

/// The speaker a transcript's label opening `line` names (`OKORO:`, `Lena Okoro:`, `Mr
/// Pryce (Eastfield):`, `The Minister for Health (Lena Okoro):`), and whether the label is
/// one word only (`Okoro:`, `OKORO:`, which may be a heading's word as much as a name:
/// the caller asks for more lines like it); `None` when the line opens with no such label.
pub(crate) fn label(line: &str) -> Option<(String, bool)> {
    let line = line.trim_start();
    let colon = head(line, 120).find(':')?;
    let rest = line.get(colon + 1..)?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let lab = line.get(..colon)?.trim();
    // Names outside brackets, and inside: a constituency or outlet in brackets follows a
    // name (`Mr Pryce (Eastfield)`), a name in brackets follows a role (`CHAIR (Mr Hollis)`).
    let mut names = Vec::new();
    let mut bracketed = Vec::new();
    let mut count = 0;
    // After `for` or `of` a role's field follows (`Minister for Health`), up to a bracket
    // holding the name.
    let mut field = false;
    let mut in_bracket = false;
    for raw in lab.split_whitespace() {
        count += 1;
        if raw.starts_with('(') {
            field = false;
            in_bracket = true;
        }
        let w = raw.trim_matches(['(', ')', ',']);
        if !w.is_empty() {
            if in_list(NOT_SPEAKERS, w) {
                return None;
            }
            if in_bracket && !name_word(w) {
                // A bracket says anything of its speaker (`(Chief Hydrologist, Eastfield
                // Water)`, `(10:42)`).
            } else if name_word(w) {
                if !field && !is_title(w) && !in_list(NOT_NAMES, w) {
                    if in_bracket {
                        bracketed.push(w);
                    } else {
                        names.push(w);
                    }
                }
            } else if in_list(&["for", "of"], w) {
                field = true;
            } else if !(is_particle(w) || in_list(&["and", "the"], w)) {
                return None;
            }
        }
        if raw.ends_with(')') {
            in_bracket = false;
        }
    }
    // A long role names its holder in brackets (Hansard's `The Secretary of State for Health
    // and Social Care (Imelda Crowthorne):`): more words are a label then, not a sentence.
    let limit = if names.is_empty() { 16 } else { 7 };
    if names.is_empty() {
        names = bracketed;
    }
    // (`GERMAN:`, `Original:`: a language's or a text's words, no one's.)
    if names.is_empty() || count > limit || names.iter().all(|w| in_list(NOT_PERSONS, w)) {
        return None;
    }
    Some((names.join(" "), count == 1))
}

/// The words of a name that tell one person from another: lower-cased, without titles,
/// initials and words that name no one.
fn name_keys(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() >= 2 && !is_title(w) && !is_particle(&w.to_lowercase()))
        .map(|w| {
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .unwrap_or(w);
            w.to_lowercase()
        })
        .filter(|w| NOT_NAMES.binary_search(&w.as_str()).is_err())
        .collect()
}

/// Whether two names are plainly two people: each has words of its own and they share none
/// (`Okoro` and `Lena Okoro` are one person; `Okoro` and `Pryce` are two).
///
/// Two names sharing only their last word, each with given names of its own and none in
/// common (`Daniel Okoro`, `Lena Okoro`), are two people of one family name too.
pub(crate) fn different_people(a: &str, b: &str) -> bool {
    let (ka, kb) = (name_keys(a), name_keys(b));
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    let shared = ka
        .iter()
        .filter(|k| kb.iter().any(|l| one_spelling(k, l)))
        .count();
    if shared == 0 {
        return true;
    }
    // Full names whose family names differ are two people, whatever else is alike (`Helen
    // Marsh` and `Maria Okonjo`: `marsh` and `maria` are one spelling apart).
    if ka.len() >= 2
        && kb.len() >= 2
        && ka
            .last()
            .zip(kb.last())
            .is_some_and(|(x, y)| !one_spelling(x, y))
    {
        return true;
    }
    // Only the family name in common: two people when no given name of one can be a given
    // name of the other (`Bob`/`Robert`, `Chris`/`Christopher`, `A.J.`/`Anna-Jane` can).
    shared == 1
        && ka.len() >= 2
        && kb.len() >= 2
        && ka
            .last()
            .zip(kb.last())
            .is_some_and(|(x, y)| one_spelling(x, y))
        && !ka
            .iter()
            .take(ka.len() - 1)
            .any(|x| kb.iter().take(kb.len() - 1).any(|y| same_given_name(x, y)))
}

/// Whether two given names can be one person's: one spelling, a short form (`Chris`,
/// `Bob`), or initials (`a.j` for `anna`).
fn same_given_name(a: &str, b: &str) -> bool {
    let initial = |w: &str| w.contains('.');
    if initial(a) || initial(b) {
        return a.chars().next() == b.chars().next();
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    one_spelling(a, b)
        || (short.chars().count() >= 3 && long.starts_with(short))
        || NICKNAMES
            .iter()
            .any(|&(n, full)| (n == short && full == long) || (n == long && full == short))
}

/// Whether two words of names are one name spelt two ways: the same but for accents
/// (`Müller`/`Muller`), or a transliteration apart: one letter's edit in names of six
/// letters or more (`Zelensky`/`Zelenskyy`, `Gaddafi`/`Qaddafi`), two in names of eight or
/// more (`Mohammed`/`Muhammad`). Shorter names a letter or two apart are other people's
/// (`Okoro`/`Okonjo`, `Brown`/`Browne`: session 38).
fn one_spelling(a: &str, b: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    if a == b {
        return true;
    }
    let bare = |w: &str| -> String {
        w.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .collect()
    };
    let (a, b) = (bare(a), bare(b));
    if a == b {
        return true;
    }
    let shorter = a.chars().count().min(b.chars().count());
    let allowed = match shorter {
        0..=5 => 0,
        6..=7 => 1,
        _ => 2,
    };
    allowed > 0 && super::edit_distance(&a, &b) <= allowed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_passes_the_quick_test() {
        for v in VERBS {
            assert!(is_verb(v), "{v}");
        }
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            VERBS,
            OTHER_VERBS,
            TITLES,
            NOT_NAMES,
            PARTICLES,
            NOT_SPEAKERS,
            NOT_PERSONS,
            ORGANISATIONS,
            NOT_ROLE_WORDS,
            BETWEEN,
            LY_NOUNS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn speakers_before_a_quotation() {
        let cases = [
            ("Lena Okoro said:", Some("Lena Okoro")),
            ("Okoro:", Some("Okoro")),
            ("Update:", None),
            ("Correction:", None),
            ("Breaking News:", None),
            ("Okoro told the committee on Tuesday that", Some("Okoro")),
            ("Okoro, the health minister, said", Some("Okoro")),
            ("The health minister, Lena Okoro, said", Some("Lena Okoro")),
            (
                "Okoro, who chairs the Health Committee, said",
                Some("Okoro"),
            ),
            ("According to Dr Okoro,", Some("Dr Okoro")),
            ("As Rafael Pryce put it,", Some("Rafael Pryce")),
            (
                "Zoë Marchetti, who runs the Café Lumière, put it plainly:",
                Some("Zoë Marchetti"),
            ),
            (
                "Marchetti, the owner of Café Lumière, put it this way:",
                Some("Marchetti"),
            ),
            (
                "Council leader Tom Ashby was unapologetic:",
                Some("Tom Ashby"),
            ),
            ("Okoro was blunt:", Some("Okoro")),
            ("The minister was unapologetic:", None),
            ("The plan was simple:", None),
            ("Okoro was blunt about it.", None),
            (
                "As the economist Ines Varga put it in a lecture,",
                Some("Ines Varga"),
            ),
            (
                "Karen Okoro, the company's director, confirmed that",
                Some("Karen Okoro"),
            ),
            ("Critics such as Pryce called the plan", Some("Pryce")),
            ("A group called", None),
            ("On Tuesday Okoro said", Some("Okoro")),
            ("Okoro read from Pryce's letter:", Some("Pryce")),
            ("Okoro read from Pryce's resignation letter:", Some("Pryce")),
            ("Okoro:", Some("Okoro")),
            (
                "His deputy, the harbour master Ilse Brandvold, added:",
                Some("Ilse Brandvold"),
            ),
            ("The review, commissioned by Ilse Brandvold, said", None),
            ("The skipper, who met Ilse Brandvold, said", None),
            ("The minister said", None),
            ("She said", None),
            ("Speaking in Lagos, the minister said", None),
            ("The report found that", None),
            (
                "In the words of Ursula von der Leyen,",
                Some("Ursula von der Leyen"),
            ),
            (
                "Mayor Chen Meiling and Governor Rafael Ortiz said:",
                Some("Mayor Chen Meiling and Governor Rafael Ortiz"),
            ),
            ("Okoro said the claims were", Some("Okoro")),
            ("The Ministry said the programme", None),
        ];
        for (before, want) in cases {
            assert_eq!(before_quote(before).as_deref(), want, "{before}");
        }
    }

    #[test]
    fn speakers_before_a_degree_and_a_manner() {
        let cases = [
            ("Tom Reyes was more direct:", Some("Tom Reyes")),
            ("Tom Reyes was rather blunt:", Some("Tom Reyes")),
            ("Tom Reyes, the chair, was blunt:", Some("Tom Reyes")),
            (
                "Councillor Tom Reyes, the committee's chair, was more poetic than his \
                 colleagues:",
                Some("Councillor Tom Reyes"),
            ),
            ("The chair, Tom Reyes, was less certain:", Some("Tom Reyes")),
            ("Reyes was more direct than Okafor:", Some("Reyes")),
            // No name, or no speaker.
            ("The plan was more modest:", None),
            ("The mood was more sombre than usual:", None),
            ("The chair, Okafor's deputy, was blunt:", None),
            ("The report, by Tom Reyes, was blunt:", None),
            ("Reyes was rather than Okafor:", None),
            ("Reyes was rather blunt than kind:", None),
            (
                "Reyes was more direct than the rest of the committee today:",
                None,
            ),
        ];
        for (before, want) in cases {
            assert_eq!(before_quote(before).as_deref(), want, "{before}");
        }
    }

    #[test]
    fn a_pronouns_person_from_the_sentence_before() {
        let people = [
            ("Tom Reyes spoke next.", Some("Tom Reyes")),
            (
                "Ellis himself is typically unsentimental about the council.",
                Some("Ellis"),
            ),
            ("Committee chair Tom Reyes spoke next.", Some("Tom Reyes")),
            ("On Tuesday, Tom Reyes spoke first.", Some("Tom Reyes")),
            ("Speaking after Reyes, the chair was calm.", None),
            ("The chair thanked Okafor.", None),
            ("Tom Reyes spoke to Reyes's critics.", None),
            ("Tom Reyes and Priya Okafor spoke next.", None),
            ("Tom Reyes spoke in Kestrel Bay.", None),
            ("Reyes's deputy spoke next.", None),
            ("The committee met on Tuesday.", None),
            ("Speaking first, the chair was calm.", None),
        ];
        for (sentence, want) in people {
            assert_eq!(sole_person(sentence).as_deref(), want, "{sentence}");
        }
        let leads = [
            ("He said:", "", Some("Tom Reyes")),
            ("She added that", "", Some("Tom Reyes")),
            ("He was blunt:", "", Some("Tom Reyes")),
            (
                "Asked about the ferry, he put it more bluntly than any official has:",
                "",
                Some("Tom Reyes"),
            ),
            ("In March, he told the committee:", "", Some("Tom Reyes")),
            ("", ", he said.", Some("Tom Reyes")),
            ("", "\u{201D} she added.", Some("Tom Reyes")),
            // Not the pronoun's words, or the pronoun may be someone else's.
            ("He said Okafor told him:", "", None),
            ("He and Okafor said:", "", None),
            ("When Okafor arrived, he said:", "", None),
            ("The chair said:", "", None),
            ("They said:", "", None),
            (
                "",
                ", he said of Okafor's plan, and she agreed.",
                Some("Tom Reyes"),
            ),
            ("", ", said Okafor.", None),
        ];
        for (lead, after, want) in leads {
            assert_eq!(
                pronoun_speaker(lead, after, "Tom Reyes").as_deref(),
                want,
                "{lead} / {after}"
            );
        }
    }

    #[test]
    fn speakers_after_a_quotation() {
        let cases = [
            (", said Okoro.", Some("Okoro")),
            (
                ",” said Dr Lena Okoro, the health minister.",
                Some("Dr Lena Okoro"),
            ),
            (", Okoro told reporters.", Some("Okoro")),
            ("[1], Lena Okoro said.", Some("Lena Okoro")),
            (", according to Okoro.", Some("Okoro")),
            (", Okoro, the minister, said.", Some("Okoro")),
            (", she said.", None),
            (", the minister said.", None),
            (", said the report.", None),
            (". The Senate voted on Tuesday.", None),
            (
                ", said opposition transport spokesman Daniel Reyes.",
                Some("Daniel Reyes"),
            ),
            (", said union convenor, Grace Ibekwe.", Some("Grace Ibekwe")),
            (", said Amara Okoro (Tribune).", Some("Amara Okoro")),
            (
                ", said Ortiz's predecessor, Helena Brandt.",
                Some("Helena Brandt"),
            ),
            (", said Helen's husband.", None),
            (", said the minister in Lagos.", None),
        ];
        for (after, want) in cases {
            assert_eq!(after_quote(after).as_deref(), want, "{after}");
        }
    }

    #[test]
    fn a_role_then_the_name_after_a_quotation() {
        let cases = [
            (
                ",” the council leader, Alan Birkett, said in a statement.",
                Some("Alan Birkett"),
            ),
            (", council leader Alan Birkett said.", Some("Alan Birkett")),
            (
                ", the council leader Alan Birkett told MPs.",
                Some("Alan Birkett"),
            ),
            (
                ", her deputy, Ilse Brandvold, added.",
                Some("Ilse Brandvold"),
            ),
            (
                ", The harbour master, Ilse Brandvold, also said.",
                Some("Ilse Brandvold"),
            ),
            (
                ", council vice-chair Ilse Brandvold said.",
                Some("Ilse Brandvold"),
            ),
            // Those already read, unchanged.
            (
                ", said the council leader, Alan Birkett.",
                Some("Alan Birkett"),
            ),
            (
                ", said Alan Birkett, the council leader,",
                Some("Alan Birkett"),
            ),
            (
                ", Alan Birkett, the council's leader since 2019, said.",
                Some("Alan Birkett"),
            ),
            // Someone else's role, a role only, no verb after the name.
            (", friends of Alan Birkett said.", None),
            (", a spokesman for Alan Birkett said.", None),
            (", people close to Birkett said.", None),
            (", the council leader said.", None),
            (", the council leader, Alan Birkett, in a statement.", None),
            (", the council leader, Alan Birkett said.", None),
            (", the council said Alan Birkett agreed.", None),
            (", the council leader Alan Birkett's office said.", None),
            (", the Eastfield Council said.", None),
        ];
        for (after, want) in cases {
            assert_eq!(after_quote(after).as_deref(), want, "{after}");
        }
    }

    #[test]
    fn a_body_s_words_naming_no_person() {
        let cases = [
            ("", " the ministry said in a statement.", true),
            ("", " said the Ministry of Defence on Tuesday.", true),
            ("", " Eastfield Council said.", true),
            ("", " the company also told the BBC.", true),
            ("Eastfield Council said in a statement: ", "", true),
            (
                "",
                " the ministry said, quoting its minister, Ana Ruiz.",
                false,
            ),
            ("", " a ministry spokesman said.", false),
            ("", " the council leader said.", false),
            ("", " Ana Ruiz said.", false),
            ("", " the council's leader said.", false),
            ("The minister said: ", "", false),
        ];
        for (before, after, want) in cases {
            assert_eq!(body_speaks(before, after), want, "{before}|{after}");
        }
    }

    #[test]
    fn a_word_between_the_name_and_its_verb() {
        let before = [
            ("Quennell herself said that", Some("Quennell")),
            ("Dagny Quennell also writes that", Some("Dagny Quennell")),
            ("Quennell even concedes that", Some("Quennell")),
            ("Quennell later admitted:", Some("Quennell")),
            ("Quennell reportedly told the board that", Some("Quennell")),
            ("Quennell, the treasurer, also said", Some("Quennell")),
            // Still nobody named: a pronoun, a role, a family, a clause about another.
            ("She herself said that", None),
            ("The treasurer also said that", None),
            ("The Quennell family also said", None),
            ("The plan, backed by Quennell, also says that", None),
            ("It was Quennell who first said", None),
        ];
        for (b, want) in before {
            assert_eq!(before_quote(b).as_deref(), want, "{b}");
        }
        let after = [
            (", Quennell herself said.", Some("Quennell")),
            (", Quennell also told the board.", Some("Quennell")),
            (", she also said.", None),
        ];
        for (a, want) in after {
            assert_eq!(after_quote(a).as_deref(), want, "{a}");
        }
    }

    #[test]
    fn a_party_or_place_before_a_role_is_not_the_name() {
        let cases = [
            (", said Green councillor Ruth Okafor.", Some("Ruth Okafor")),
            (", said Labour MP Ilse Varga.", Some("Ilse Varga")),
            (
                ", said Liberal Democrat transport spokesman Oli Brandt.",
                Some("Oli Brandt"),
            ),
            (", said Home Secretary Ilse Varga.", Some("Ilse Varga")),
            // Titles and names as before.
            (", said Dr Ilse Varga.", Some("Dr Ilse Varga")),
            (", said Varga yesterday.", Some("Varga")),
            (", said Varga in Leeds.", Some("Varga")),
            (", said Varga, a Green councillor.", Some("Varga")),
            // A party's role with no name after it names no one.
            (", said a Green councillor.", None),
            (", said Green councillors.", None),
        ];
        for (after, want) in cases {
            assert_eq!(after_quote(after).as_deref(), want, "{after}");
        }
    }

    #[test]
    fn transcript_labels() {
        assert_eq!(label("OKORO: We will"), Some(("OKORO".into(), true)));
        assert_eq!(
            label("Lena Okoro: We will"),
            Some(("Lena Okoro".into(), false))
        );
        assert_eq!(
            label("Mr Pryce (Eastfield): The minister"),
            Some(("Pryce".into(), false))
        );
        assert_eq!(
            label("The Minister for Health (Lena Okoro): We"),
            Some(("Lena Okoro".into(), false))
        );
        assert_eq!(label("Okoro: We"), Some(("Okoro".into(), true)));
        assert_eq!(
            label("Dr GARC\u{cd}A M\u{c1}RQUEZ (Chief Hydrologist, Eastfield Water): The"),
            Some(("GARC\u{cd}A M\u{c1}RQUEZ".into(), false))
        );
        assert_eq!(label("Note: the figures"), None);
        assert_eq!(label("Q: Will you"), None);
        assert_eq!(label("THE MINISTER: We"), None);
        assert_eq!(label("He put it this way: we"), None);
        assert_eq!(label("Time: 10:30"), None);
        // A long role with its holder's name in brackets.
        assert_eq!(
            label("The Secretary of State for Work and Pensions (Tomas Verhoeven): We"),
            Some(("Tomas Verhoeven".into(), false))
        );
        assert_eq!(
            label("The Parliamentary Under-Secretary of State for Culture, Media and Sport: We"),
            None
        );
    }

    #[test]
    fn full_names_with_other_family_names_are_two_people() {
        assert!(different_people("Helen Marsh", "Maria Okonjo"));
        assert!(!different_people("Helen Marsh", "Dr Helen Marsh"));
        assert!(!different_people("Marsh", "Helen Marsh"));
    }

    #[test]
    fn people_told_apart_by_their_names() {
        assert!(!different_people("Okoro", "Dr Lena Okoro"));
        assert!(!different_people("OKORO", "Lena Okoro"));
        assert!(different_people("Okoro", "Pryce"));
        assert!(different_people("Daniel Okoro", "Lena Okoro"));
        assert!(!different_people("Lena Okoro", "Lena Adaeze Okoro"));
        assert!(!different_people("Volodymyr Zelensky", "ZELENSKYY"));
        assert!(!different_people("Gaddafi", "Muammar Qaddafi"));
        assert!(!different_people("Müller", "Muller"));
        assert!(different_people("Hale", "Hall"));
        assert!(!different_people("Bob Lindqvist", "Robert Lindqvist"));
        assert!(!different_people("Chris Doyle", "Christopher Doyle"));
        assert!(!different_people("Anna-Jane Whitcombe", "A.J. Whitcombe"));
        assert!(!different_people("Liesbeth van der Berg", "VAN DER BERG"));
        assert!(!different_people("Chen", "Chen Meiling and Rafael Ortiz"));
        assert!(!different_people("Minister", "Pryce"));
    }
}
