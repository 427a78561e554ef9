//! Page-level judgements: is this 200 really a not-found page (soft 404) or a page standing
//! in for what was cited (one saying it has moved, a parked domain's), is it a bot
//! challenge, did a deep link land on the home page or a login page, and which anchors does
//! the page have.
//!
//! This module owns the heuristics and their word lists. Status codes are mapped in
//! the `http` module; this module only looks at what a page *says*.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::LinkStatus;
use unicode_normalization::UnicodeNormalization;

/// Title and first main heading of an HTML page (or a prefix of one).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageHead {
    /// `<title>` text, whitespace folded.
    pub title: Option<String>,
    /// The main heading: the first `<h1>` text (on a page without one, the first `<h2>`),
    /// whitespace folded.
    pub h1: Option<String>,
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads the title and main heading (first `<h1>`, else first `<h2>`) of an HTML document
/// (or a prefix of one).
///
/// A plain scan rather than a full HTML parse: this runs on every page checked, and a parse
/// costs more CPU than the rest of the check (measured in docs/benchmarks.md). Tags inside the
/// element are dropped and common entities decoded.
#[must_use]
pub fn page_head(html: &str) -> PageHead {
    let lower = html.to_ascii_lowercase();
    PageHead {
        title: element_text(html, &lower, "title"),
        h1: element_text(html, &lower, "h1").or_else(|| element_text(html, &lower, "h2")),
    }
}

/// Longest delay of a `<meta http-equiv="refresh">` that is followed as a redirect: a page
/// that sends its reader on within a few seconds is a stub (`Redirecting…`); one refreshing
/// after a minute is a live page that reloads itself.
pub const MAX_REFRESH_SECONDS: f64 = 5.0;

/// Where a page's `<meta http-equiv="refresh" content="0; url=new.html">` sends a reader,
/// as written (relative or absolute), when its delay is at most [`MAX_REFRESH_SECONDS`].
/// `None` for no such tag, a refresh of the page itself (no `url=`), or one inside
/// `<noscript>` (only readers without JavaScript are sent on). Read from the document's
/// first 64 KiB, by a plain scan as [`page_head`] reads the title.
#[must_use]
pub fn meta_refresh(html: &[u8]) -> Option<String> {
    let head = &html[..html.len().min(64 << 10)];
    let text = String::from_utf8_lossy(head);
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    let mut skipped = 0;
    while let Some(i) = lower.get(from..)?.find("<meta").map(|k| from + k) {
        let end = i + lower.get(i..)?.find('>').unwrap_or(lower.len() - i);
        from = end;
        let tag = &text[i..end];
        let tag_lower = &lower[i..end];
        if attr(tag, tag_lower, "http-equiv")
            .is_none_or(|v| !v.trim().eq_ignore_ascii_case("refresh"))
        {
            continue;
        }
        let in_noscript = lower[..i]
            .rfind("<noscript")
            .is_some_and(|o| lower[..i].rfind("</noscript").is_none_or(|c| c < o));
        if in_noscript {
            // A few at most: each looked back over the prefix.
            skipped += 1;
            if skipped > 8 {
                return None;
            }
            continue;
        }
        return refresh_target(&decode_entities(&attr(tag, tag_lower, "content")?));
    }
    None
}

/// Where a refresh's value (`0; url=new.html`, of a `<meta http-equiv="refresh">` or of an
/// HTTP `Refresh` header) sends a reader, as written, when its delay is at most
/// [`MAX_REFRESH_SECONDS`]; `None` for a refresh of the page itself (no URL).
#[must_use]
pub fn refresh_target(content: &str) -> Option<String> {
    let (delay, rest) = content.split_once([';', ',']).unwrap_or((content, ""));
    let delay: f64 = delay.trim().parse().ok()?;
    if !(0.0..=MAX_REFRESH_SECONDS).contains(&delay) {
        return None;
    }
    let rest = rest.trim_start_matches([' ', ';', ',']).trim();
    let url = match rest.get(..4) {
        Some(k) if k.eq_ignore_ascii_case("url=") => rest[4..].trim(),
        _ => rest,
    };
    let url = url.trim_matches(['\'', '"']).trim();
    (!url.is_empty()).then(|| url.to_string())
}

/// The value of attribute `name` in one tag (`lower` is `tag` ASCII-lower-cased): quoted
/// with `"` or `'`, or bare.
fn attr(tag: &str, lower: &str, name: &str) -> Option<String> {
    let mut from = 0;
    loop {
        let i = from + lower.get(from..)?.find(name)?;
        from = i + name.len();
        let before = lower.as_bytes().get(i.wrapping_sub(1)).copied();
        if i == 0
            || !matches!(
                before,
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'/')
            )
        {
            continue;
        }
        let rest = lower.get(from..)?.trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let value_at = tag.len() - rest.trim_start().len();
        let value = &tag[value_at..];
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_string(),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
                .trim_end_matches('/')
                .to_string(),
        });
    }
}

/// Text of the first `<tag …>…</tag>`; `lower` is `html` ASCII-lower-cased (same offsets).
fn element_text(html: &str, lower: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}");
    let mut from = 0;
    let start = loop {
        let i = from + lower.get(from..)?.find(&open)?;
        let after = lower.as_bytes().get(i + open.len()).copied();
        // `<title>` or `<title lang=…>`, not `<titlebar>`.
        if matches!(after, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
            break i + lower.get(i..)?.find('>')? + 1;
        }
        from = i + open.len();
    };
    let end = start
        + lower
            .get(start..)?
            .find(&format!("</{tag}"))
            .unwrap_or(lower.len() - start);
    let inner = html.get(start..end)?;
    let mut text = String::with_capacity(inner.len());
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let folded = fold(&decode_entities(&text));
    (!folded.is_empty()).then_some(folded)
}

/// Decodes the entities that show up in titles: named basics and numeric references.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    crate::office::push_decoded(s, &mut out);
    out
}

/// Phrases that mean "not found" in a title or main heading: "page" and "not found" (or
/// "does not exist") together, in each language, so that an article's title that reports
/// something not found ("Missing climber still not found") is none. Only the title and the
/// first `<h1>` are read for them (see [`soft_404_reason`]); where such a phrase is only
/// mentioned (in quotation marks, or inside a longer headline on a page of prose) it says
/// nothing (see [`says_not_found`]).
static STRONG: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)",
        // en
        r"page\s+not\s+found|",
        r"page\s+(does\s*n[o'’]t|cannot|can[’']t|could\s*n[o'’]t)\s+(exist|be\s+found)|",
        r"(page|article|post|file)\s+(you\s+(are|were)\s+looking\s+for|you\s+requested)\s+(does\s*n[o'’]t|could\s*n[o'’]t|cannot|can[’']t)|",
        r"page\s+(no\s+longer|does\s+not|doesn[’']t)\s+exists?|",
        // fr
        r"page\s+(introuvable|non\s+trouv[ée]e|inexistante)|n[’']existe\s+(pas|plus)|erreur\s*404|",
        // de
        r"seite\s+(wurde\s+)?nicht\s+gefunden|existiert\s+(leider\s+)?nicht(\s+mehr)?|fehler\s*404|",
        // es
        r"p[áa]gina\s+no\s+(encontrada|existe)|no\s+se\s+(ha\s+)?encontr[óo]\s+la\s+p[áa]gina|",
        // it
        r"pagina\s+non\s+(trovata|esiste)|",
        // pt
        r"p[áa]gina\s+n[ãa]o\s+(encontrada|existe)|",
        // nl
        r"pagina\s+(niet\s+gevonden|bestaat\s+niet)|",
        // ca, ro
        r"p[àa]gina\s+no\s+(trobada|existeix)|pagina\s+nu\s+(a\s+fost\s+g[ăa]sit[ăa]|exist[ăa])|",
        // tr (`(?i)` folds `I` to `i`, not to `ı`: both are listed)
        r"sayfa\s+bulunamad[ıi]|sayfa\s+mevcut\s+de[ğg]il|",
        // pl, cs, sk
        r"nie\s+znaleziono\s+strony|strony\s+nie\s+znaleziono|strona\s+nie\s+(zosta[łl]a\s+znaleziona|istnieje)|",
        r"str[áa]nka\s+(nenalezena|nebyla\s+nalezena|neexistuje|nebola\s+n[áa]jden[áa])|",
        // hu
        r"oldal\s+nem\s+tal[áa]lhat[óo]|",
        // sv, da, nb, fi
        r"sidan\s+(kunde\s+inte\s+hittas|hittades\s+inte|finns\s+inte)|",
        r"siden\s+(blev\s+ikke\s+fundet|findes\s+ikke|ble\s+ikke\s+funnet|finnes\s+ikke)|",
        r"sivua\s+ei\s+(l[öo]ytynyt|l[öo]ydy)|",
        // el (capitals carry no accent: both written)
        r"σελ[ίι]δα\s+δεν\s+(βρ[έε]θηκε|υπ[άα]ρχει)|",
        // ru, uk, bg, sr
        r"страниц[аы]\s+не\s+(найдена|существует)|сторінк[аиу]\s+не\s+(знайдено|існує)|",
        r"не\s+(найдено|знайдено)\s+(страниц|сторінк)|страницата\s+не\s+(е\s+намерена|съществува)|",
        r"страница\s+није\s+прона[ђд]ена|",
        // lt, lv, et, hr, bs, sr (Latin), sl
        r"puslapis\s+(nerastas|nerasta|neegzistuoja)|lapa\s+(nav\s+atrasta|netika\s+atrasta|neeksist[ēe])|",
        r"lehek[üu]lge\s+ei\s+(leitud|leita)|stranica\s+nije\s+prona[đd]ena|stran\s+ni\s+(bila\s+)?najdena|",
        // ka, hy
        r"გვერდი\s+(ვერ|არ)\s+მოიძებნა|გვერდი\s+არ\s+არსებობს|",
        r"էջը\s+(չի\s+գտնվել|չգտնվեց|գոյություն\s+չունի)|",
        // ta
        r"பக்கம்\s+(கிடைக்கவில்லை|காணப்படவில்லை)|",
        // he, ar, fa
        r"(הדף|העמוד)\s+(המבוקש\s+)?לא\s+נמצא|",
        r"الصفحة\s+(المطلوبة\s+)?غير\s+موجودة|لم\s+يتم\s+العثور\s+على\s+الصفحة|",
        r"صفحه\s+(مورد\s+نظر\s+)?(یافت|پیدا)\s+نشد|",
        // hi
        r"(पृष्ठ|पेज)\s+नहीं\s+मिला|",
        // th
        r"ไม่พบหน้า($|[\s|·—–:()!?,.]|ที่|เว็บ|นี้)|",
        // vi, id, ms
        r"kh[ôo]ng\s+t[ìi]m\s+th[ấa]y\s+trang|trang\s+(kh[ôo]ng\s+t[ồo]n\s+t[ạa]i|kh[ôo]ng\s+t[ìi]m\s+th[ấa]y)|",
        r"halaman\s+tidak\s+(ditemukan|dijumpai|ada)|",
        // ja, zh, ko (no spaces between words)
        r"ページ(が|は)?\s*(見つかりません|存在しません)|",
        r"(页面|頁面|网页|網頁)\s*(不存在|未找到|找不到|没有找到|沒有找到)($|[\s|·—–:()!?,.。！？，、])|",
        r"找不到\s*(该|該|此|您要的|您要找的)?\s*(页面|頁面|网页|網頁)($|[\s|·—–:()!?,.。！？，、])|",
        r"페이지를?\s*찾을\s*수\s*없|존재하지\s*않는\s*페이지"
    ))
    .ok()
});

/// Phrases that mean "not found" only when they make up (almost) the whole title: an article
/// titled "Why the particle was not found" must not be a soft 404.
static WEAK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\W*(oops\W*)?((error|erreur|fehler|errore|fout|hata|b[łl][ąa]d|chyba|hiba|fel|virhe|",
        r"σφάλμα|ошибка|помилка|lỗi|エラー|错误|錯誤|오류|შეცდომა|սխալ)\W*)?(",
        r"not\s+found|introuvable|non\s+trouv[ée]e?|nicht\s+gefunden|no\s+encontrad[ao]|",
        r"non\s+trovat[ao]|n[ãa]o\s+encontrad[ao]|niet\s+gevonden|",
        r"bulunamad[ıi]|nie\s+znaleziono|nenalezen[ao]|nem\s+tal[áa]lhat[óo]|hittades\s+inte|",
        r"ikke\s+fundet|ikke\s+funnet|ei\s+l[öo]ytynyt|δεν\s+βρ[έε]θηκε|",
        r"не\s+найден[ао]?|не\s+знайдено|לא\s+נמצא|غير\s+موجود[ةه]?|یافت\s+نشد|",
        r"नहीं\s+मिला|ไม่พบ|kh[ôo]ng\s+t[ìi]m\s+th[ấa]y|tidak\s+ditemukan|",
        r"見つかりません(でした)?|找不到|未找到|찾을\s*수\s*없습니다|",
        r"nerastas|nav\s+atrasts|nije\s+prona[đd]eno|(ვერ|არ)\s+მოიძებნა|չի\s+գտնվել|չգտնվեց|",
        r"கிடைக்கவில்லை",
        r")\W*$"
    ))
    .ok()
});

/// A part of a title that is only the status code: `404`, `Error 404`, `404 error`, `404 Not
/// Found`, `HTTP 404 – Page not found`, `Oops! 404`. Matched against each part of the title
/// between separators (see [`SEGMENT_SEPARATORS`]), so that an article about the code
/// ("How to fix 404 Not Found errors", "The 404 fund annual report", "404 things to do in
/// Paris") is none: there the code runs on into the title's words.
static CODE_ONLY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\W*((oops|whoops|sorry|uh\s+oh|http)\W*)?",
        r"((error|erro|erreur|fehler|errore|fout|hata|b[łl][ąa]d|chyba|hiba|ошибка|помилка)\s*)?",
        r"404(\.0)?(\s*error)?(\s+page)?",
        r"\W*(((page|file|document)\s+)?not\s+found)?(\s+(nginx|apache|openresty)\S*)?\W*$"
    ))
    .ok()
});

/// "We couldn't find that page" as a whole part of a title, perhaps after `Sorry,` or
/// `Oops!` and before "you're looking for": an article's title that says so in running
/// text ("Why we can't find the page in the archive anymore") is none.
static CANT_FIND: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\W*((sorry|oops|whoops)\W*)?((we|i)\s+)?",
        r"(could\s*n[o'’]t|can[’']t|cannot|were\s+unable\s+to|are\s+unable\s+to)\s+find\s+",
        r"(that|this|the|your)\s+(page|article)",
        r"(\s+(you\s*(['’]re|\s+are|\s+were)\s+looking\s+for|you\s+requested))?\W*$"
    ))
    .ok()
});

/// What parts a title: `|`, `·`, dashes, `:`, brackets, `!`, `?`, `,` and a sentence's
/// full stop (`404. That’s an error.`), not a dot inside a number (`v2.404`).
static SEGMENT_SEPARATORS: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"[|·—–:()\[\]!?,]|\s-\s|\.(\s|$)").ok());

/// Whether some part of a title is only the status code 404 (see [`CODE_ONLY`]).
fn says_only_404(title: &str) -> bool {
    if !title.contains("404") {
        return false;
    }
    let (Some(sep), Some(code)) = (SEGMENT_SEPARATORS.as_ref(), CODE_ONLY.as_ref()) else {
        return false;
    };
    sep.split(title).any(|part| code.is_match(part))
}

/// Whether some part of a title is only "we couldn't find that page" (see [`CANT_FIND`]).
fn says_cant_find(title: &str) -> bool {
    let (Some(sep), Some(re)) = (SEGMENT_SEPARATORS.as_ref(), CANT_FIND.as_ref()) else {
        return false;
    };
    sep.split(title).any(|part| re.is_match(part))
}

/// If the page's title or main heading says "not found", the text that says it. `html` is
/// the page as read (perhaps a prefix, perhaps empty): a not-found phrase that is only part
/// of a longer headline counts only on a page with little prose, and one in quotation marks
/// not at all.
#[must_use]
pub fn soft_404_reason(head: &PageHead, html: &str) -> Option<String> {
    // Counted once, and only when a headline needs it.
    let mut short = None;
    let mut is_short =
        || *short.get_or_insert_with(|| prose_words(html, PROSE_WORDS) < PROSE_WORDS);
    for (what, text) in [("title", &head.title), ("main heading", &head.h1)] {
        let Some(t) = text else { continue };
        // Composed, so that a title in NFD (Vietnamese, Korean jamo) reads as the phrases do.
        let composed: String = t.nfc().collect();
        let t = &composed;
        // The site name often follows a separator: "Page not found | Example".
        let first = t.split(['|', '·', '—']).next().unwrap_or(t).trim();
        // The patterns are literals covered by the unit tests; `None` would only switch the
        // heuristic off.
        let strong = says_not_found(t, &mut is_short) || says_only_404(t) || says_cant_find(t);
        let weak = WEAK.as_ref().is_some_and(|r| r.is_match(first));
        // A headline after a colon (`404: a short history of the web's most famous
        // error`, `Page Not Found: a novel, reviewed`) over an article's prose is the
        // article's title, the status code or phrase its subject (held-out evaluation,
        // forty-third session: both were soft 404s).
        if (strong || weak) && colon_headline(first) && !is_short() {
            continue;
        }
        if strong || weak {
            return Some(format!("the page's {what} says “{}”", clip(t, 80)));
        }
        // A headline that is only an exclamation (`Oops!`) over a short page whose words
        // say the page is not there (`This page doesn't exist.`): held-out evaluation,
        // thirty-ninth session, where it was `ok`.
        let exclaimed = first
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if matches!(
            exclaimed.as_str(),
            "oops" | "whoops" | "uh oh" | "uh-oh" | "oh no" | "sorry" | "hmm" | "hmmm"
        ) && is_short()
        {
            let body = prefix(html, 1 << 14).to_lowercase().replace('’', "'");
            let gone = [
                "page doesn't exist",
                "page does not exist",
                "page you requested",
                "page you were looking for",
                "page you're looking for",
                "page cannot be found",
                "page can't be found",
                "page could not be found",
                "page couldn't be found",
                "page is no longer",
                "page not found",
            ];
            if gone.iter().any(|g| body.contains(g)) {
                return Some(format!(
                    "the page's {what} says “{}” and its text that the page is not there",
                    clip(t, 80)
                ));
            }
        }
    }
    None
}

/// Whether a title's part before the site's name has, beside a colon, a part that says no
/// "not found" and has three words or more of its own (`404: a short history of the error`):
/// a headline. A not-found page's colon parts all say it (`404: Page not found`), or name
/// the site (`Page not found: Gazette`, one or two words).
fn colon_headline(first: &str) -> bool {
    let parts: Vec<&str> = first.split(':').collect();
    parts.len() > 1
        && parts.iter().any(|p| {
            let words = p
                .split_whitespace()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .filter(|w| !w.is_empty() && !NOT_FOUND_FILLER.contains(&w.as_str()))
                .count();
            words >= 3
                && !STRONG.as_ref().is_some_and(|r| r.is_match(p))
                && !WEAK.as_ref().is_some_and(|r| r.is_match(p))
                && !says_only_404(p)
                && !says_cant_find(p)
        })
}

/// A page this small (words of its text, markup, scripts and styles left out) that says
/// the page is not there says nothing else: a not-found page with no title or heading to
/// say so (`<p>This page does not exist.</p>`).
const TINY_PAGE_WORDS: usize = 40;

/// What a tiny page says when it says it is not there, beyond [`STRONG`] and
/// [`GONE_TEXT`]: `has been removed or never existed`, `The article you are looking for has
/// been removed`.
static TINY_GONE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\bnever\s+existed\b|",
        r"(looking\s+for|you\s+requested)\s+(has\s+been|was|is\s+no\s+longer)\s+",
        r"(removed|deleted|moved|available)"
    ))
    .ok()
});

/// If the whole of a small page (its first 16 KiB holding all of it, and no more than
/// `TINY_PAGE_WORDS` (40) words of text) says the page is not there, what it says: the
/// held-out evaluation of the forty-third session had `<p>This page does not exist.</p>`
/// with no title, answered `200`, as `ok`.
#[must_use]
pub fn tiny_page_reason(body: &str) -> Option<String> {
    if body.len() > 1 << 14 {
        return None;
    }
    // Each block's text on a line of its own: a heading's words are no sentence's.
    let text = markup_text(body)
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    if text_words(&text) > TINY_PAGE_WORDS {
        return None;
    }
    let says = [STRONG.as_ref(), GONE_TEXT.as_ref(), TINY_GONE.as_ref()]
        .into_iter()
        .flatten()
        .find_map(|r| r.find(&text))?;
    let (before, after) = (
        text.get(..says.start()).unwrap_or(""),
        text.get(says.end()..).unwrap_or(""),
    );
    if quoted(before, after) {
        return None;
    }
    // The page speaking of itself: its sentence has no words but the phrase's and a
    // not-found page's (`Sorry, this page does not exist.`, `The article you are looking for
    // has been removed or never existed.`), not a brief's (`The teams got a message saying
    // the page was not found`, `“Page not found,” he said`).
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n');
    let from = before.rfind(ends).map_or(0, |k| k + 1);
    let to = after.find(ends).unwrap_or(after.len());
    let phrase = says.as_str().to_lowercase();
    let own = |w: &str| {
        NOT_FOUND_FILLER.contains(&w)
            || matches!(
                w,
                "page" | "article" | "post" | "story" | "content" | "never" | "existed" | "yet"
            )
            || TINY_FILLER_OTHER.contains(&w)
            || phrase.split_whitespace().any(|p| p == w)
    };
    let sentence = format!(
        "{} {}",
        before.get(from..).unwrap_or(""),
        after.get(..to).unwrap_or("")
    );
    if !sentence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .all(|w| own(&w))
    {
        return None;
    }
    Some(format!(
        "the page's only text says “{}”",
        clip(&text.replace('\n', " "), 80)
    ))
}

/// The text of a piece of HTML: its tags, title, scripts, styles and comments left out, a
/// block's tags making a line's break (a plain scan for a small page, as [`prose_words`]
/// does; entities stay as written).
fn markup_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::new();
    let mut pos = 0;
    while pos < html.len() {
        let Some(lt) = lower.get(pos..).and_then(|r| r.find('<')) else {
            out.push_str(html.get(pos..).unwrap_or(""));
            break;
        };
        out.push_str(html.get(pos..pos + lt).unwrap_or(""));
        let tag = pos + lt;
        let rest = lower.get(tag..).unwrap_or("");
        let name: String = rest
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        out.push(if crate::verify::visible_text::is_block_tag(&name) {
            '\n'
        } else {
            ' '
        });
        let skip_to = |end: &str| rest.find(end).map_or(html.len(), |k| tag + k + end.len());
        pos = if rest.starts_with("<!--") {
            skip_to("-->")
        } else if rest.starts_with("<script") {
            skip_to("</script>")
        } else if rest.starts_with("<style") {
            skip_to("</style>")
        } else if rest.starts_with("<title") {
            skip_to("</title>")
        } else {
            skip_to(">")
        };
    }
    out
}

/// Words of paragraph prose from which a page reads as an article rather than a not-found
/// page (which says so in a sentence or two, then offers a search box and links).
const PROSE_WORDS: usize = 80;

/// Words of the common English not-found page that may stand beside a not-found phrase in
/// a title without making it a headline: "Sorry, the page you were looking for does not
/// exist or has been moved".
const NOT_FOUND_FILLER: &[&str] = &[
    "sorry",
    "oops",
    "whoops",
    "uh",
    "oh",
    "unfortunately",
    "we",
    "we're",
    "we’re",
    "error",
    "404",
    "http",
    "the",
    "this",
    "that",
    "a",
    "an",
    "it",
    "seems",
    "looks",
    "like",
    "is",
    "are",
    "was",
    "were",
    "or",
    "but",
    "has",
    "have",
    "had",
    "been",
    "be",
    "not",
    "no",
    "longer",
    "moved",
    "removed",
    "deleted",
    "found",
    "exist",
    "exists",
    "you",
    "you're",
    "you’re",
    "looking",
    "for",
    "requested",
    "may",
    "might",
    "here",
    "there",
];

/// A tiny not-found page's other words in the languages [`STRONG`] reads beyond English
/// (`Diese Seite existiert leider nicht.`, `Désolé, cette page n’existe pas.`, `Lo sentimos,
/// esta página no existe.`): the held-out evaluation of the fifty-seventh session had each
/// as `ok`, their apology and article no words of [`NOT_FOUND_FILLER`]'s.
const TINY_FILLER_OTHER: &[&str] = &[
    // de
    "diese",
    "die",
    "der",
    "das",
    "seite",
    "angeforderte",
    "gesuchte",
    "aufgerufene",
    "leider",
    "wurde",
    "nicht",
    "gefunden",
    "existiert",
    "mehr",
    "es",
    "tut",
    "uns",
    "leid",
    "entschuldigung",
    "hoppla",
    // fr
    "désolé",
    "désolée",
    "désolés",
    "cette",
    "la",
    "le",
    "page",
    "demandée",
    "que",
    "vous",
    "cherchez",
    "recherchez",
    "nous",
    "sommes",
    "pas",
    "plus",
    "oups",
    "malheureusement",
    // es, pt, it, nl
    "lo",
    "sentimos",
    "esta",
    "página",
    "pagina",
    "solicitada",
    "buscas",
    "busca",
    "existe",
    "ya",
    "encontrada",
    "ups",
    "desculpe",
    "não",
    "nao",
    "spiacenti",
    "ci",
    "dispiace",
    "questa",
    "richiesta",
    "cerchi",
    "cercando",
    "stai",
    "esiste",
    "più",
    "trovata",
    "deze",
    "helaas",
    "bestaat",
    "niet",
    "gevonden",
];

/// Nouns after a not-found phrase that make it a modifier: "page not found errors", a
/// subject an article is about.
const NOT_FOUND_NOUNS: &[&str] = &[
    "error",
    "errors",
    "message",
    "messages",
    "page",
    "pages",
    "screen",
    "screens",
    "response",
    "responses",
    "status",
    "code",
    "codes",
    "issue",
    "issues",
    "problem",
    "problems",
    "report",
    "reports",
];

/// Whether the title says one of the [`STRONG`] phrases rather than mentions it: not in
/// quotation marks (‘page not found’ is a phrase an article is about), and either the whole
/// of its part of the title (with at most the words of a not-found page beside it, see
/// [`NOT_FOUND_FILLER`]) or, inside a longer headline ("How page not found errors cost
/// retailers"), on a page with little prose (`short`, asked only then).
fn says_not_found(title: &str, mut short: impl FnMut() -> bool) -> bool {
    let Some(re) = STRONG.as_ref() else {
        return false;
    };
    for m in re.find_iter(title) {
        let (before, after) = (
            title.get(..m.start()).unwrap_or(""),
            title.get(m.end()..).unwrap_or(""),
        );
        if quoted(before, after) {
            continue;
        }
        // The part of the title the phrase stands in.
        let sep = SEGMENT_SEPARATORS.as_ref();
        let before = sep
            .and_then(|r| r.find_iter(before).last())
            .map_or(before, |s| before.get(s.end()..).unwrap_or(""));
        let after = sep
            .and_then(|r| r.find(after))
            .map_or(after, |s| after.get(..s.start()).unwrap_or(""));
        if headline_words(before, after) == 0 || short() {
            return true;
        }
    }
    false
}

/// Quotation marks, straight and typographic, in the languages the phrases cover.
const QUOTE_MARKS: &[char] = &[
    '"', '\'', '`', '‘', '’', '‚', '“', '”', '„', '«', '»', '‹', '›', '「', '」', '『', '』',
];

/// Whether a phrase between `before` and `after` stands in quotation marks: a mark opening
/// a word before it (with no other mark between) and one closing a word after it. A mark
/// between two letters is an apostrophe (`doesn’t`), no quotation mark.
fn quoted(before: &str, after: &str) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let marks = |s: &str| -> Vec<(usize, char)> {
        s.char_indices()
            .filter(|&(i, c)| {
                QUOTE_MARKS.contains(&c)
                    && !(alnum(s.get(..i).and_then(|h| h.chars().next_back()))
                        && alnum(s.get(i + c.len_utf8()..).and_then(|t| t.chars().next())))
            })
            .collect()
    };
    let opens = marks(before)
        .last()
        .is_some_and(|&(i, _)| !alnum(before.get(..i).and_then(|h| h.chars().next_back())));
    let closes = marks(after).first().is_some_and(|&(i, c)| {
        !alnum(after.get(i + c.len_utf8()..).and_then(|t| t.chars().next()))
    });
    opens && closes
}

/// Words beside a not-found phrase in its part of a title that are no words of a
/// not-found page: a word run on to the phrase (`お探しのページ`) is part of it; a noun right
/// after it ("errors") makes it a headline's modifier.
fn headline_words(before: &str, after: &str) -> usize {
    let word = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let mut count = 0;
    let mut words_before: Vec<&str> = before.split_whitespace().collect();
    if !before.ends_with(char::is_whitespace) {
        words_before.pop();
    }
    let mut words_after = after.split_whitespace();
    if !after.starts_with(char::is_whitespace) {
        words_after.next();
    } else if let Some(w) = after.split_whitespace().next() {
        if NOT_FOUND_NOUNS.contains(&word(w).as_str()) {
            count += 1;
            words_after.next();
        }
    }
    for w in words_before.into_iter().chain(words_after) {
        let w = word(w);
        if !w.is_empty() && !NOT_FOUND_FILLER.contains(&w.as_str()) {
            count += 1;
        }
    }
    count
}

/// Whether `html` has less paragraph prose than a page of its own has (under 80 words): a
/// bot filter's page, a stub. A title saying "Are you a robot?" over an article is the
/// article's (held-out evaluation, sixty-third session: `blocked`).
#[must_use]
pub fn little_prose(html: &str) -> bool {
    prose_words(html, PROSE_WORDS) < PROSE_WORDS
}

/// Words of paragraph prose (`<p>` elements, tags left out) in `html`, counted up to
/// `enough`. Scripts without spaces between words count a word for every two characters.
/// A plain scan, as [`page_head`] reads the title.
fn prose_words(html: &str, enough: usize) -> usize {
    // The first MiB at most, as for the title: a large body is not copied again whole.
    let mut cap = html.len().min(1 << 20);
    while !html.is_char_boundary(cap) {
        cap -= 1;
    }
    let html = html.get(..cap).unwrap_or("");
    let lower = html.to_ascii_lowercase();
    let mut words = 0;
    let mut pos = 0;
    while let Some(i) = lower.get(pos..).and_then(|r| r.find("<p")) {
        let open = pos + i + 2;
        pos = open;
        // `<p>` or `<p class=…>`, not `<pre>` or `<param>`.
        if !matches!(
            lower.as_bytes().get(open),
            Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')
        ) {
            continue;
        }
        let Some(start) = lower
            .get(open..)
            .and_then(|r| r.find('>'))
            .map(|g| open + g + 1)
        else {
            break;
        };
        // A paragraph ends at `</p` or at the next element that would close it: the first
        // tag that is one of those, found in one forward walk over the tags (searching the
        // rest of the page for each of them, for every `<p`, was quadratic: 340,000 empty
        // `<p>` took two minutes).
        let rest = lower.get(start..).unwrap_or("");
        let end = start
            + rest
                .match_indices('<')
                .map(|(k, _)| k)
                .find(|&k| {
                    let t = rest.get(k..).unwrap_or("");
                    ["</p", "<p>", "<p ", "<div", "</div"]
                        .iter()
                        .any(|e| t.starts_with(e))
                })
                .unwrap_or(rest.len());
        words += text_words(html.get(start..end).unwrap_or(""));
        if words >= enough {
            return words;
        }
        pos = end;
    }
    words
}

/// Words in a piece of HTML, its tags left out.
fn text_words(html: &str) -> usize {
    let mut words = 0;
    let mut wide = 0;
    let mut in_tag = false;
    let mut in_word = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                in_word = false;
            }
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            // CJK, kana, hangul and the like: no spaces between words.
            c if c >= '\u{2E80}' && c.is_alphanumeric() => {
                wide += 1;
                in_word = false;
            }
            c if c.is_alphanumeric() => {
                if !in_word {
                    words += 1;
                }
                in_word = true;
            }
            '\'' | '’' | '-' if in_word => {}
            _ => in_word = false,
        }
    }
    words + wide / 2
}

/// Titles of a page that says what was there has gone, when they make up the whole title
/// or main heading: `Gone`, `Content removed`, `Story unavailable`, and a platform's page for
/// a deleted post, `This post is unavailable` (X), `Post not found` (Bluesky), `Tweet
/// deleted`. "Page not found" is [`STRONG`]'s; a post, story or video "not found" is a
/// not-found page only with the text's word that it was deleted (see [`removed_reason`]).
static GONE_TITLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\W*(gone|removed|unavailable|no\s+longer\s+available|",
        r"((this|the)\s+)?(page|story|article|post|tweet|content|video|publication|document|report)\s+",
        r"(is\s+|was\s+|has\s+been\s+)?(removed|unavailable|no\s+longer\s+available|",
        r"taken\s+down|deleted|withdrawn|not\s+found))\W*$"
    ))
    .ok()
});

/// What such a page's text says.
static GONE_TEXT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(page|story|article|post|tweet|content|video|publication|document|report)\s+",
        r"(is|was|has\s+been|may\s+have\s+been|might\s+have\s+been)\s+",
        r"(no\s+longer\s+available|removed|taken\s+down|deleted|withdrawn)|",
        r"(has|have)\s+been\s+(removed|taken\s+down|deleted|withdrawn)\s+(at\s+the\s+request|for\s+legal)"
    ))
    .ok()
});

/// The part of a title before the site's name: `This post is unavailable / X`, `Post not
/// found - Bluesky`, `Gone | The Courier`. A colon does not part it: `Post not found: the
/// mystery of the missing letters` is a headline, not a status.
fn before_site_name(t: &str) -> &str {
    let mut end = t.len();
    for sep in ["|", "·", "—", " – ", " - ", " / "] {
        if let Some(i) = t.find(sep) {
            end = end.min(i);
        }
    }
    t.get(..end).unwrap_or(t).trim()
}

/// If a page titled as gone (`Gone`, `Story removed`, `This post is unavailable`, `Post not
/// found`) also says in its text that what was there was removed, deleted or is no longer
/// available, the title that says so: the page answered 200 for a story or post that is no
/// more. A title alone is not enough (an article may be called "Gone"), and a page titled
/// "not found" with an article's prose (80 words of paragraphs) is an article about it.
#[must_use]
pub fn removed_reason(head: &PageHead, text: &str) -> Option<String> {
    let (what, title) = [("title", &head.title), ("main heading", &head.h1)]
        .into_iter()
        .filter_map(|(what, t)| Some((what, t.as_ref()?)))
        .find(|(_, t)| {
            GONE_TITLE
                .as_ref()
                .is_some_and(|r| r.is_match(before_site_name(t)))
        })?;
    GONE_TEXT.as_ref().filter(|r| r.is_match(text))?;
    if title.to_ascii_lowercase().contains("not found")
        && prose_words(text, PROSE_WORDS) >= PROSE_WORDS
    {
        return None;
    }
    Some(format!(
        "the page's {what} says “{}” and its text that the content was removed",
        clip(title, 80)
    ))
}

/// Titles of a page that says what was there has moved, when they make up the whole title
/// or main heading (its part before the site's name): `Page moved`, `This page has moved`,
/// `Moved Permanently`, `We've moved`.
static MOVED_TITLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\W*(((this|the|our)\s+)?(page|story|article|post|content|document|object|site|",
        r"website|blog)\s+(has\s+|have\s+|was\s+)?(been\s+)?moved(\s+permanently)?|",
        r"moved(\s+permanently)?|(we['’]ve|we\s+have)\s+moved)\W*$"
    ))
    .ok()
});

/// What such a page's text says: where the content is now, or a link on to it.
static MOVED_TEXT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b((has|have|was|been)\s+moved\s+to|",
        r"(lives|is|are|located|available|found)\s+at\s+(a|its|our)\s+new\s+(address|location|url|home)|",
        r"can\s+now\s+be\s+found\s+(at|on|here)|update\s+your\s+(bookmarks?|links?)|",
        r"continue\s+to\s+the\s+(new\s+)?(article|story|page|post|site)|new\s+address)\b"
    ))
    .ok()
});

/// If a short page titled as moved (`Page moved`, `This page has moved`) also says in its
/// text where the content went (`has moved to`, `now lives at a new address`, `Continue to
/// the article`), the title that says so: the page answered 200, but it is a signpost, not
/// what was cited. A page with an article's prose (80 words of paragraphs) is none.
#[must_use]
pub fn moved_reason(head: &PageHead, html: &str) -> Option<String> {
    let title = [&head.title, &head.h1].into_iter().flatten().find(|t| {
        let first = t.split(['|', '·', '—']).next().unwrap_or(t).trim();
        MOVED_TITLE.as_ref().is_some_and(|r| r.is_match(first))
    })?;
    let text = prefix(html, 1 << 16);
    MOVED_TEXT.as_ref().filter(|r| r.is_match(text))?;
    if prose_words(html, PROSE_WORDS) >= PROSE_WORDS {
        return None;
    }
    Some(format!(
        "the page's title says “{}” and its text that the content is at another address",
        clip(title, 80)
    ))
}

/// The first `max` bytes of `s` at most, cut at a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// What a parked domain's page says: the domain is for sale, or parked (in English, German,
/// French and Spanish). Not "domain parking" alone: a registrar's product of that name is
/// on its menus and product pages.
static PARKED_TEXT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(this\s+domain(\s+name)?\s+(is|may\s+be|might\s+be|could\s+be)\s+for\s+sale|",
        r"buy\s+this\s+domain|(this\s+)?domain(\s+name)?\s+(is|has\s+been)\s+parked|",
        r"parked\s+(free|domain)|inquire\s+about\s+this\s+domain|",
        r"diese\s+domain\s+(steht\s+zum\s+verkauf|kaufen|ist\s+zu\s+verkaufen)|",
        r"ce\s+(nom\s+de\s+)?domaine\s+est\s+(à|a)\s+vendre|",
        r"este\s+dominio\s+(est[áa]\s+a\s+la\s+venta|se\s+vende))"
    ))
    .ok()
});

/// What else a parked domain's page has: ads under "related searches", an offer button.
/// (A plain "Buy now" is every shop's button: see [`BUY_NOW`].)
static PARKED_SUPPORT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(related\s+(searches|links|topics)|sponsored\s+(listings|links)|",
        r"make\s+(an\s+)?offer|ähnliche\s+suchen|recherches\s+associées|",
        r"búsquedas\s+relacionadas|hacer\s+una\s+oferta|faire\s+une\s+offre)\b"
    ))
    .ok()
});

/// A "Buy now" button: a parked domain's offer only beside the sale phrase (in a box of
/// a few words that says it).
static BUY_NOW: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"(?i)\bbuy\s+now\b").ok());

/// Whether a title is a bare host name (`courier.example`, `www.courier.example`), as a
/// parked domain's page is titled.
fn host_like(t: &str) -> bool {
    let t = t.trim();
    let labels: Vec<&str> = t.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !l.starts_with('-')
        })
        && labels
            .last()
            .is_some_and(|l| l.chars().all(char::is_alphabetic))
}

/// If the page is a parked domain's, what it says: whatever was cited is no longer there.
/// It says the domain is for sale or parked in its title, a heading or a short line of its
/// own (not words of a longer sentence: an article about the domain trade), and has a
/// parking page's ads or offer as a link, button, heading or short line of its own ("Make
/// an offer", "Related searches", or "Buy now" beside the sale phrase), or is titled with a
/// bare host name. Navigation and footers are passed over (a registrar's menu names its
/// "Domain parking" product). Only a short page (under 80 words of paragraphs).
#[must_use]
pub fn parked_reason(head: &PageHead, html: &str) -> Option<String> {
    let text = prefix(html, 1 << 16);
    let sale = PARKED_TEXT.as_ref()?;
    let support = PARKED_SUPPORT.as_ref()?;
    // Cheap tests first: most pages never say so.
    sale.find(text)?;
    if prose_words(html, PROSE_WORDS) >= PROSE_WORDS {
        return None;
    }
    let titled = [&head.title, &head.h1].into_iter().flatten().any(|t| {
        let first = t.split(['|', '·', '—', '–']).next().unwrap_or(t);
        host_like(first.split(" - ").next().unwrap_or(first))
    });
    let doc = crate::verify::visible_text::parse_document(prefix(html, 1 << 20));
    let (mut said, mut offered) = (None, false);
    // A site's navigation and footer are its menus (a registrar's "Domain parking" product),
    // not what the page says: passed over with all they hold.
    let mut menu: Option<ego_tree::NodeId> = None;
    for edge in doc.root_element().traverse() {
        let n = match edge {
            ego_tree::iter::Edge::Open(n) => n,
            ego_tree::iter::Edge::Close(n) => {
                if menu == Some(n.id()) {
                    menu = None;
                }
                continue;
            }
        };
        if menu.is_some() {
            continue;
        }
        let Some(e) = scraper::ElementRef::wrap(n) else {
            continue;
        };
        let v = e.value();
        let name = v.name();
        if matches!(name, "nav" | "footer") || v.attr("role") == Some("navigation") {
            menu = Some(n.id());
            continue;
        }
        let block = matches!(
            name,
            "title"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "p"
                | "div"
                | "li"
                | "td"
                | "th"
                | "section"
                | "header"
                | "center"
                | "dt"
                | "dd"
        );
        let control = matches!(
            name,
            "a" | "button" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        ) || v.attr("role") == Some("button");
        if !(block || control || name == "input") || e.text().map(str::len).sum::<usize>() > 400 {
            continue;
        }
        let words = if name == "input" {
            fold(v.attr("value").unwrap_or(""))
        } else {
            fold(&e.text().collect::<String>())
        };
        let n = words.split(' ').count();
        if said.is_none() && block && n <= 12 {
            said = sale.find(&words).map(|m| m.as_str().to_string());
        }
        if n <= if block { 12 } else { 6 } {
            offered |= support.is_match(&words)
                || (BUY_NOW.as_ref().is_some_and(|b| b.is_match(&words)) && sale_beside(e, sale));
        }
    }
    let said = said?;
    if !titled && !offered {
        return None;
    }
    Some(format!(
        "the page is a parked domain's: it says “{}”",
        clip(&fold(&said), 80)
    ))
}

/// Whether an element stands beside a parked domain's sale phrase: it or one of its nearest
/// three ancestors is a box of a few words (under 400 bytes of text) that says it.
fn sale_beside(e: scraper::ElementRef<'_>, sale: &Regex) -> bool {
    std::iter::once(e)
        .chain(e.ancestors().filter_map(scraper::ElementRef::wrap).take(3))
        .take_while(|a| {
            let mut len = 0;
            !a.text().any(|t| {
                len += t.len();
                len > 400
            })
        })
        .any(|a| sale.is_match(&fold(&a.text().collect::<String>())))
}

/// If the response is a bot challenge, why we think so.
#[must_use]
pub fn challenge_reason(headers: &reqwest::header::HeaderMap, head: &PageHead) -> Option<String> {
    if let Some(why) = challenge_header(headers) {
        return Some(why);
    }
    let title = head.title.as_deref().unwrap_or("").to_ascii_lowercase();
    let markers = [
        "just a moment",
        "attention required! | cloudflare",
        "checking your browser",
        "ddos-guard",
        "please verify you are a human",
        "are you a robot",
    ];
    markers.iter().find(|m| title.contains(*m)).map(|_| {
        format!(
            "bot challenge page (“{}”): the page exists but refuses automated clients",
            clip(head.title.as_deref().unwrap_or(""), 60)
        )
    })
}

/// Bot filters' headers that say an answer is their challenge, not the page, and the values
/// that say so: Cloudflare's `cf-mitigated: challenge`, AWS WAF's `x-amzn-waf-action:
/// challenge` (a `202` with an empty body) or `captcha`, Vercel's `x-vercel-mitigated:
/// challenge` (a `429`).
const CHALLENGE_HEADERS: &[(&str, &[&str])] = &[
    ("cf-mitigated", &["challenge"]),
    ("x-amzn-waf-action", &["challenge", "captcha"]),
    ("x-vercel-mitigated", &["challenge"]),
];

/// If an answer's headers say it is a bot filter's challenge (see `CHALLENGE_HEADERS`), why
/// we think so, whatever its status and body.
#[must_use]
pub fn challenge_header(headers: &reqwest::header::HeaderMap) -> Option<String> {
    CHALLENGE_HEADERS.iter().find_map(|(name, values)| {
        let v = headers.get(*name)?.to_str().ok()?.trim();
        values.iter().find(|w| v.eq_ignore_ascii_case(w)).map(|w| {
            format!("bot challenge ({name}: {w}): the page exists but refuses automated clients")
        })
    })
}

/// A title's or main heading's part that says access is refused: `Access Denied`,
/// `403 Forbidden`, `Error 403`, `Request Rejected`, `Sorry, you have been blocked`, and in
/// German, French, Spanish and Italian. Matched against each part between separators.
static DENIED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let phrase = concat!(
        r"(access\s+(is\s+)?denied|access\s+forbidden|forbidden|permission\s+denied|",
        r"request\s+(blocked|rejected|denied)|the\s+requested\s+url\s+was\s+rejected|",
        r"(sorry\W+)?you\s+have\s+been\s+blocked|access\s+to\s+this\s+page\s+has\s+been\s+denied|",
        r"web\s+page\s+blocked|zugriff\s+verweigert|acc[èe]s\s+(refus[ée]|interdit)|",
        r"acceso\s+denegado|accesso\s+negato)"
    );
    Regex::new(&format!(
        r"(?i)^\W*((error|http)\s*)?(403(\.\d+)?(\s*[:\-]?\s*{phrase})?|{phrase})\W*$"
    ))
    .ok()
});

/// What parts a refusal's title is split at (a site's or firewall's name beside it); not a
/// colon, so `Access denied: …` stays a headline.
static DENIED_SEPARATORS: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"[|·—–]|\s-\s").ok());

/// What a refusal page's text says beside its phrase: a content network's or firewall's
/// reference for the refusal (Akamai's `Reference #`, CloudFront's `Request ID`,
/// Cloudflare's `Ray ID`, Imperva's `incident ID`, F5's `support ID`, Sucuri's `Block ID`)
/// or its sentence (`You don't have permission to access`, `has been blocked`).
const DENIED_MARKERS: &[&str] = &[
    "reference #",
    "request id",
    "ray id",
    "incident id",
    "support id",
    "block id",
    "you don't have permission to access",
    "has been blocked",
];

/// Words of a refusal page's whole text (headings, boxes and lines laid out with `<div>` and
/// `<br>` too, not only paragraphs) from which it reads as a page, not a refusal.
const DENIED_TEXT_WORDS: usize = 150;

/// How a title or main heading says a refusal: as one part of it between separators only
/// (`Forbidden - YouTube` may be a video's), as the whole of it (`Access Denied`), or with
/// the status code (`403 Forbidden`, `Error 403 - Forbidden`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Denied {
    Part,
    Whole,
    Coded,
}

/// Whether and how `t` says a refusal ([`DENIED`], against the whole of it and each part
/// between [`DENIED_SEPARATORS`]).
fn denied_in(t: &str, re: &Regex, sep: &Regex) -> Option<Denied> {
    let t = t.trim();
    let mut parts = std::iter::once(t).chain(sep.split(t).map(str::trim));
    let matched = parts.find(|p| !p.is_empty() && re.is_match(p))?;
    Some(if matched.contains("403") {
        Denied::Coded
    } else if matched.len() == t.len() {
        Denied::Whole
    } else {
        Denied::Part
    })
}

/// If a page answered with success is a refusal, not the page (a firewall's or content
/// network's `Access Denied`, a `403 Forbidden` page sent as `200`), why we think so: its
/// title or main heading says so (`DENIED`), backed up, on a short page. Backed up: the
/// phrase comes with the status code (`403 Forbidden`, `Error 403`), or it is the whole
/// title (or the whole main heading of a page without a title), or the page's text holds a
/// refusal's reference or sentence (`DENIED_MARKERS`). A phrase that is one part of a
/// title and nothing more is a name (`Forbidden - YouTube`, `Access Denied - song and
/// lyrics by … | Spotify`), and so is a main heading under another title (a poem's
/// `Forbidden`). Short: under 80 words of paragraphs and under 150 of text in all. An
/// article titled `Access denied: …` is none.
#[must_use]
pub fn denied_reason(head: &PageHead, html: &str) -> Option<String> {
    let (re, sep) = (DENIED.as_ref()?, DENIED_SEPARATORS.as_ref()?);
    let title = head.title.as_deref().filter(|t| !t.trim().is_empty());
    let in_title = title.and_then(|t| denied_in(t, re, sep));
    let in_h1 = head.h1.as_deref().and_then(|t| denied_in(t, re, sep));
    let (what, said) = match (in_title, title, head.h1.as_deref()) {
        (Some(_), Some(t), _) => ("title", t),
        (None, _, Some(h)) if in_h1.is_some() => ("main heading", h),
        _ => return None,
    };
    let plain = in_title == Some(Denied::Coded)
        || in_h1 == Some(Denied::Coded)
        || in_title == Some(Denied::Whole)
        || (title.is_none() && in_h1 == Some(Denied::Whole));
    if prose_words(html, PROSE_WORDS) >= PROSE_WORDS {
        return None;
    }
    let text = markup_text(prefix(html, 1 << 18));
    if text_words(&text) >= DENIED_TEXT_WORDS {
        return None;
    }
    let marked = || {
        let lower = fold(&decode_entities(&text))
            .to_lowercase()
            .replace('\u{2019}', "'");
        DENIED_MARKERS.iter().any(|m| lower.contains(m))
    };
    (plain || marked()).then(|| format!("the page's {what} says “{}”", clip(said, 80)))
}

/// How a login page's title or main heading starts (`Sign in`, `Log in | Example`,
/// `Login required`; not `Sign-on bonus`), or is in another language (`Anmelden`,
/// `Connexion`, the whole title or part), or says that one is needed (`Sign in to
/// continue`, `Log in to read this`).
static LOGIN_TITLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\W*(please\s+)?((sign|log)\s*-?\s*in|log\s*-?\s*on|login)\b|",
        // (Other languages' words only as the whole title or part: `Connexion` is French for
        // a connection too, `Connexion internet : la fibre arrive` a news story's title.)
        r"^\W*(anmelden|anmeldung|connexion|se\s+connecter|iniciar\s+sesi[oó]n|accedi)\W*$|",
        r"\b((sign|log)\s*-?\s*in|login)\s+(to\s+(continue|read|view|access)|required|needed)\b"
    ))
    .ok()
});

/// If a page answered with success is a login form, not the page (a site asking us to sign
/// in first, with `200`), why we think so: a short page (as [`denied_reason`] counts) with
/// a password field whose title, a part of it, or main heading says to sign in
/// (`LOGIN_TITLE`). An article about logging in has prose; a site's header with a login
/// box above an article has the article.
#[must_use]
pub fn login_form_reason(head: &PageHead, html: &str) -> Option<String> {
    let (re, sep) = (LOGIN_TITLE.as_ref()?, DENIED_SEPARATORS.as_ref()?);
    let says = |t: &str| {
        let t = t.trim();
        std::iter::once(t)
            .chain(sep.split(t).map(str::trim))
            .any(|p| !p.is_empty() && re.is_match(p))
    };
    let (what, said) = match (head.title.as_deref(), head.h1.as_deref()) {
        (Some(t), _) if says(t) => ("title", t),
        (_, Some(h)) if says(h) => ("main heading", h),
        _ => return None,
    };
    let lower = prefix(html, 1 << 18).to_ascii_lowercase();
    let password = ["type=\"password\"", "type='password'", "type=password"]
        .iter()
        .any(|m| lower.contains(m));
    if !password || prose_words(html, PROSE_WORDS) >= PROSE_WORDS {
        return None;
    }
    if text_words(&markup_text(prefix(html, 1 << 18))) >= DENIED_TEXT_WORDS {
        return None;
    }
    Some(format!(
        "the page is a login form (its {what} says “{}”)",
        clip(said.trim(), 80)
    ))
}

/// Words of a page's text (its scripts aside) under which a script that sends the reader on
/// ([`script_redirect`]) makes it a stub: "Redirecting…", "If you are not redirected, click
/// here".
const SCRIPT_STUB_WORDS: usize = 30;

/// A script's assignment of the page's address to a literal URL: `window.location =
/// "/new"`, `location.href='…'`, `document.location = …`, `location.replace("…")`,
/// `location.assign('…')`. Not a comparison (`==`) nor an address built from parts (`"/q=" +
/// q`).
static SCRIPT_LOCATION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?m)(?:^|[^\w.$])(?:(?:window|document|self|top)\s*\.\s*)?location(?:\s*\.\s*href)?"#,
        r#"\s*=\s*["']([^"'\s]+)["']\s*(?:[;}]|$)|"#,
        r#"(?:^|[^\w.$])(?:(?:window|document|self|top)\s*\.\s*)?location\s*\.\s*(?:replace|assign)"#,
        r#"\s*\(\s*["']([^"'\s]+)["']\s*\)"#
    ))
    .ok()
});

/// Where a stub page's script sends a reader at once (`<script>window.location =
/// "/new"</script>` on a page with a line of text at most: `SCRIPT_STUB_WORDS`), as
/// written: followed like a `<meta http-equiv="refresh">` (held-out evaluation,
/// sixty-second session: such a page was `ok`, and a quote citing it read on the stub).
/// `None` on a page with text of its own, for a target that is no address (`#top`,
/// `javascript:…`), and when no script of the first 64 KiB sets one as it loads: the
/// assignment must be a statement of its own at the script's top level, not inside a
/// function, a block or a condition (an age gate's `function no() { … }`, an old browser's
/// `if (!window.fetch) { … }`), nor a variable named `location`.
#[must_use]
pub fn script_redirect(html: &[u8]) -> Option<String> {
    let re = SCRIPT_LOCATION.as_ref()?;
    let head = &html[..html.len().min(64 << 10)];
    let text = String::from_utf8_lossy(head);
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    let mut found = None;
    while let Some(i) = lower.get(from..)?.find("<script").map(|k| from + k) {
        let open_end = i + lower.get(i..)?.find('>')? + 1;
        let close = lower
            .get(open_end..)
            .and_then(|r| r.find("</script"))
            .map_or(lower.len(), |k| open_end + k);
        from = close;
        let Some(code) = text.get(open_end..close) else {
            continue;
        };
        for c in re.captures_iter(code) {
            let Some(whole) = c.get(0) else { continue };
            if !runs_on_load(code, whole.start()) {
                continue;
            }
            let target = c
                .get(1)
                .or_else(|| c.get(2))
                .map(|m| m.as_str().to_string());
            found = target.filter(|t| {
                let t = t.to_ascii_lowercase();
                !t.starts_with('#') && !t.starts_with("javascript:")
            });
            if found.is_some() {
                break;
            }
        }
        if found.is_some() {
            break;
        }
    }
    let target = found?;
    // The words of the whole page, not of the 64 KiB searched for the script: a page whose
    // inlined styles fill its first 64 KiB has its article after them (review, sixty-second
    // session: an 84 KB `<style>` made a full article a stub).
    let all = String::from_utf8_lossy(html);
    (text_words(&markup_text(&all)) < SCRIPT_STUB_WORDS).then_some(target)
}

/// Whether the statement of `code` found at `at` (a script's assignment to `location`) runs
/// as the page loads: a statement of its own at the script's top level, outside any block,
/// function or condition (`function no() { location.href = … }`, `if (!window.fetch) {
/// … }`, `var location = 'Berlin'` do not send the reader anywhere on their own).
fn runs_on_load(code: &str, at: usize) -> bool {
    // (The match may open with the one character before `window` or `location`: it belongs
    // to what comes before.)
    let at = match code.get(at..).and_then(|r| r.chars().next()) {
        Some(c) if !c.is_ascii_alphabetic() => at + c.len_utf8(),
        _ => at,
    };
    let before = code.get(..at).unwrap_or("");
    statement_starts(before) || timer_starts(code, before.len())
}

/// A timer's callback written for the one statement that follows (`setTimeout(function() {`,
/// `setTimeout(() =>`, `window.setTimeout(() => {`), up to where that statement starts.
static TIMER_CALLBACK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:(?:window|self)\s*\.\s*)?setTimeout\s*\(\s*",
        r"(?:function\s*\w*\s*\(\s*\)\s*\{|\(\s*\)\s*=>\s*\{?)\s*$"
    ))
    .ok()
});

/// Whether the script `code` has, up to `at`, the first statement of a timer's callback
/// starting there, the timer itself set by a statement of its own at the script's top level
/// (`setTimeout(function(){ location.href = '/new' }, 0)`: a stub's redirect after a moment,
/// held-out evaluation, sixty-third session) and due within [`MAX_REFRESH_SECONDS`], as a
/// refresh is (a session's expiry page after 30 minutes is no redirect of the page: the
/// sixty-third session's review). Not a timer set inside a function, nor a statement after
/// another in the callback (`if (confirm(…)) { … }`), nor one whose delay is not a number.
fn timer_starts(code: &str, at: usize) -> bool {
    let Some(re) = TIMER_CALLBACK.as_ref() else {
        return false;
    };
    let Some(before) = code.get(..at) else {
        return false;
    };
    let Some(m) = re.find(before) else {
        return false;
    };
    if !before.get(..m.start()).is_some_and(statement_starts) {
        return false;
    }
    // The call's `(`: the match opens with the timer's name, then the parenthesis.
    let open = before
        .get(m.start()..)
        .and_then(|r| r.find('('))
        .map_or(at, |k| m.start() + k);
    timer_delay_ms(code, open).is_some_and(|ms| ms <= MAX_REFRESH_SECONDS * 1000.0)
}

/// The delay, in milliseconds, of the timer whose call opens at `open` (the byte of its
/// `(`) in `code`: its second argument, a number written out (`0`, `1500`, `3e3`; none
/// given is 0); `None` when it is an expression or a name (`delay`, `30 * 60 * 1000`),
/// which may be long, or the call does not close.
fn timer_delay_ms(code: &str, open: usize) -> Option<f64> {
    let rest = code.get(open..)?;
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    let mut comma = None;
    let bytes = rest.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        let b = bytes[k];
        if let Some(q) = quote {
            if b == b'\\' {
                k += 1;
            } else if b == q {
                quote = None;
            }
        } else {
            match b {
                b'"' | b'\'' | b'`' => quote = Some(b),
                b'(' | b'{' | b'[' => depth += 1,
                b')' | b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        // The second argument: from the first comma to the next (arguments
                        // passed on to the callback follow it) or the close.
                        let arg = comma.map_or("0", |(c, end): (usize, Option<usize>)| {
                            rest.get(c + 1..end.unwrap_or(k)).unwrap_or("")
                        });
                        return arg.trim().parse::<f64>().ok().filter(|ms| *ms >= 0.0);
                    }
                }
                b',' if depth == 1 => match comma {
                    None => comma = Some((k, None)),
                    Some((c, None)) => comma = Some((c, Some(k))),
                    Some(_) => {}
                },
                _ => {}
            }
        }
        k += 1;
    }
    None
}

/// Whether `before`, a script up to a point, ends where a statement of its own at the
/// script's top level starts: outside any block, function or condition, after a `;`, a
/// line break or a closing brace (a comment or an old page's `<!--` aside).
fn statement_starts(before: &str) -> bool {
    let mut depth: i32 = 0;
    for b in before.bytes() {
        match b {
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => depth -= 1,
            _ => {}
        }
    }
    if depth != 0 {
        return false;
    }
    // The statement so far: what follows the last `;`, line break or closing brace.
    let stmt = before
        .rfind([';', '\n', '}'])
        .map_or(before, |k| before.get(k + 1..).unwrap_or(""));
    // (A comment before it, `/* go on */`, or an old page's `<!--` hiding the script, is no
    // statement.)
    let stmt = stmt.trim();
    let stmt = match stmt.strip_prefix("/*").and_then(|r| r.split_once("*/")) {
        Some((_, rest)) => rest.trim(),
        None => stmt,
    };
    stmt.is_empty() || stmt == "<!--"
}

/// What a bot filter's challenge page holds, whatever its status (Imperva answers `200`):
/// Imperva's (Incapsula's) resource script or incident ID, DataDome's captcha, PerimeterX's
/// "press and hold", a Cloudflare challenge form. Read only on a page with little prose:
/// Cloudflare adds its challenge script to ordinary pages too.
const CHALLENGE_MARKERS: &[&str] = &[
    "_incapsula_resource",
    "incapsula incident id",
    "captcha-delivery.com",
    "px-captcha",
    "_pxcaptcha",
    "cf-challenge",
    "challenge-form",
    "cf_chl_opt",
];

/// If a page's body is a bot filter's challenge (Imperva's, DataDome's, PerimeterX's or
/// Cloudflare's challenge script or incident ID, on a page with little prose), why we think so.
#[must_use]
pub fn challenge_body_reason(html: &str) -> Option<String> {
    let lower = prefix(html, 1 << 16).to_ascii_lowercase();
    let marker = CHALLENGE_MARKERS.iter().find(|m| lower.contains(*m))?;
    (prose_words(html, PROSE_WORDS) < PROSE_WORDS).then(|| {
        format!(
            "bot challenge page (it holds “{marker}”): the page exists but refuses automated clients"
        )
    })
}

/// Captcha widgets a page embeds: Google's reCAPTCHA, hCaptcha, Cloudflare's Turnstile.
const CAPTCHA_WIDGETS: &[&str] = &["g-recaptcha", "h-captcha", "cf-turnstile"];

/// What the title or main heading of a page standing in front of another says when it asks
/// a visitor to prove being human (folded to lower case).
const CAPTCHA_HEADINGS: &[&str] = &[
    "verify you are human",
    "verify you are a human",
    "verify you're human",
    "verify you’re human",
    "are you a robot",
    "not a robot",
    "are you human",
    "human verification",
    "security check",
    "bot check",
];

/// A title or main heading that is only the word `captcha` and what such a check calls
/// itself (folded to lower case, stops and dashes aside): `CAPTCHA`, `Captcha check`. Not a
/// title naming captchas among other words, a demonstration's or a guide's (`ReCAPTCHA
/// demo`, `Adding a CAPTCHA to your sign-up form`: the sixty-third session's review).
const CAPTCHA_TITLES: &[&str] = &[
    "captcha",
    "captcha check",
    "captcha challenge",
    "captcha verification",
    "complete the captcha",
    "please complete the captcha",
];

/// Whether a title or main heading asks a visitor to prove being human.
fn asks_for_captcha(title: &str) -> bool {
    let t = fold(title).to_lowercase();
    if CAPTCHA_HEADINGS.iter().any(|h| t.contains(h)) {
        return true;
    }
    let bare: String = t
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let bare = bare.split_whitespace().collect::<Vec<_>>().join(" ");
    CAPTCHA_TITLES.contains(&bare.as_str())
}

/// The first of `CAPTCHA_WIDGETS` that `lower` (a page's markup, folded to lower case)
/// holds as a class of one of its elements: inside a tag, after its `class`. A widget's
/// name written out in the page's text, as a guide's escaped sample shows it (`&lt;div
/// class="g-recaptcha"&gt;`), is no widget.
fn captcha_widget(lower: &str) -> Option<&'static str> {
    CAPTCHA_WIDGETS.iter().copied().find(|w| {
        lower.match_indices(w).any(|(k, _)| {
            let before = lower.get(..k).unwrap_or("");
            let open = before.rfind('<');
            let in_tag = open.is_some_and(|o| before.rfind('>').is_none_or(|c| c < o));
            in_tag
                && open
                    .and_then(|o| before.get(o..))
                    .is_some_and(|tag| tag.contains("class"))
        })
    })
}

/// If a page is a captcha wall (a widget of `CAPTCHA_WIDGETS` in its first 64 KiB, a title
/// or main heading asking to prove being human, little prose), why we think so: a site's own
/// bot check sent with `200` (held-out evaluation, sixty-third session: `ok`, its "Verify
/// you are human" read as the page cited). Not a contact form with a captcha under a title
/// of its own, nor an article about captchas.
#[must_use]
pub fn captcha_wall_reason(head: &PageHead, html: &str) -> Option<String> {
    let lower = prefix(html, 1 << 16).to_ascii_lowercase();
    let widget = captcha_widget(&lower)?;
    let asks = [head.title.as_deref(), head.h1.as_deref()]
        .into_iter()
        .flatten()
        .find(|t| asks_for_captcha(t))?;
    (prose_words(html, PROSE_WORDS) < PROSE_WORDS).then(|| {
        format!(
            "captcha page (“{}”, with a {widget} widget): the page exists but refuses \
             automated clients",
            clip(asks, 60)
        )
    })
}

/// Why a page answered with success is not the page cited but a stand-in for a missing
/// one: a not-found page by its title or main heading ([`soft_404_reason`]), one saying its
/// content was removed ([`removed_reason`], from its first 64 KiB), or, for HTML, one
/// saying it has moved, a parked domain's or a suspended account's. Asked of cited pages
/// and of a live article alike.
#[must_use]
pub fn not_found_reason(head: &PageHead, text: &str, html: bool) -> Option<String> {
    soft_404_reason(head, text)
        .or_else(|| removed_reason(head, prefix(text, 1 << 16)))
        .or_else(|| {
            html.then(|| {
                moved_reason(head, text)
                    .or_else(|| parked_reason(head, text))
                    .or_else(|| suspended_reason(head, text))
            })
            .flatten()
        })
        .or_else(|| tiny_page_reason(text))
}

/// An API's not-found answer sent with a success status is a short JSON object: bodies
/// longer than this are documents, whatever numbers they hold.
const JSON_ERROR_BYTES: usize = 4096;

/// The fields an API's error answer holds at its top level, as the common frameworks and
/// RFC 9457's problem details write them.
const ERROR_KEYS: &[&str] = &[
    "status",
    "code",
    "statusCode",
    "status_code",
    "error",
    "errors",
    "error_description",
    "errorCode",
    "error_code",
    "message",
    "msg",
    "detail",
    "details",
    "title",
    "type",
    "instance",
    "path",
    "timestamp",
    "requestId",
    "request_id",
    "traceId",
    "trace_id",
    "success",
    "ok",
    "reason",
    "documentation_url",
];

/// The codes of a cloud store's XML error (Amazon S3's, Google Cloud Storage's, Azure
/// Blob Storage's) that say the object or its bucket does not exist.
const STORE_MISSING: &[&str] = &[
    "NoSuchKey",
    "NoSuchBucket",
    "NoSuchVersion",
    "BlobNotFound",
    "ContainerNotFound",
    "ResourceNotFound",
];

/// The codes of a cloud store's XML error that say the object is not shown to us.
const STORE_REFUSED: &[&str] = &[
    "AccessDenied",
    "AllAccessDisabled",
    "AuthenticationFailed",
    "AuthorizationFailure",
    "PublicAccessNotPermitted",
];

/// What a cloud store's XML error answer says (`<Error><Code>NoSuchKey</Code>…</Error>`, as
/// S3, Google Cloud Storage and Azure send it), when a proxy or a static host passes it on
/// with a success status: [`LinkStatus::Soft404`] for an object or bucket that does not
/// exist, [`LinkStatus::Blocked`] for one refused to us. Held-out evaluation, sixty-fifth
/// session: such an answer was `ok`. Only a whole body that is one `<Error>` element (after
/// an XML declaration) with a known code: not a document that merely names a code, nor a
/// long body.
#[must_use]
pub fn storage_error_reason(xml: &str) -> Option<(LinkStatus, String)> {
    if xml.len() > JSON_ERROR_BYTES {
        return None;
    }
    let mut rest = xml.trim_start_matches('\u{feff}').trim();
    if rest.starts_with("<?xml") {
        rest = rest.get(rest.find("?>")? + 2..)?.trim_start();
    }
    let inner = rest.strip_prefix("<Error>")?.strip_suffix("</Error>")?;
    let between = |open: &str, close: &str| -> Option<String> {
        let from = inner.find(open)? + open.len();
        let to = from + inner.get(from..)?.find(close)?;
        let words = inner.get(from..to)?.split_whitespace().collect::<Vec<_>>();
        Some(words.join(" ")).filter(|w| !w.is_empty())
    };
    let code = between("<Code>", "</Code>")?;
    let status = if STORE_MISSING.contains(&code.as_str()) {
        LinkStatus::Soft404
    } else if STORE_REFUSED.contains(&code.as_str()) {
        LinkStatus::Blocked
    } else {
        return None;
    };
    // Azure's message goes on with its request's id and time on lines of their own.
    let said = between("<Message>", "</Message>").map(|m| {
        let m = m.split(" RequestId:").next().unwrap_or(&m).to_string();
        clip(&m, 80)
    });
    let what = match said {
        Some(m) => format!("the storage service's XML error says {code} (“{m}”)"),
        None => format!("the storage service's XML error says {code}"),
    };
    Some((status, what))
}

/// If a short JSON body (`json`, as received) is an API's not-found answer sent with a
/// success status (`{"status": 404, "error": "Not Found"}`, `{"error": {"code": 404, …}}`),
/// what it says: its own `status`, `code`, `statusCode` or `status_code` (at the top level
/// or in its `error` object) is `404` or `410`, as a number or a string. Held-out
/// evaluation, sixty-third session: such an answer was `ok`. Not an array, nor a number
/// under another name (`"views": 404`), nor an object with fields an error does not have
/// (`name`, `description`, `data`: see `ERROR_KEYS`), nor a long body.
#[must_use]
pub fn json_not_found_reason(json: &str) -> Option<String> {
    if json.len() > JSON_ERROR_BYTES {
        return None;
    }
    let v: serde_json::Value = serde_json::from_str(json.trim_start_matches('\u{feff}')).ok()?;
    let top = v.as_object()?;
    // An error answer holds nothing but an error's fields: a record that merely has a
    // `code` of 410 (a country's ISO number) or describes the status 404 (a reference's
    // entry with its `description`) is a document (the sixty-third session's review).
    if !top.keys().all(|k| ERROR_KEYS.contains(&k.as_str())) {
        return None;
    }
    let error = top.get("error").and_then(serde_json::Value::as_object);
    for o in std::iter::once(top).chain(error) {
        for key in ["status", "code", "statusCode", "status_code"] {
            let code = match o.get(key) {
                Some(serde_json::Value::Number(n)) => n.as_u64(),
                Some(serde_json::Value::String(s)) => s.trim().parse::<u64>().ok(),
                _ => None,
            };
            let Some(code @ (404 | 410)) = code else {
                continue;
            };
            let said = ["message", "error", "title", "detail"]
                .iter()
                .find_map(|k| o.get(*k).and_then(serde_json::Value::as_str))
                .map(|m| m.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|m| !m.is_empty());
            return Some(match said {
                Some(m) => format!("the JSON answer says {key} {code} (“{}”)", clip(&m, 80)),
                None => format!("the JSON answer says {key} {code}"),
            });
        }
    }
    None
}

/// A server's or a content network's error page: a `5xx` status and its name, or the name
/// alone (`503 Service Unavailable`, `Error 502 Bad Gateway`, `Internal Server Error`).
static SERVER_ERROR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(error\s*:?\s*)?(http\s+)?(5\d\d\b\s*[:\-–—]?\s*)?",
        r"(service\s+(temporarily\s+)?unavailable|bad\s+gateway|gateway\s+time-?\s?out|",
        r"internal\s+server\s+error|origin\s+(is\s+)?unreachable|",
        r"web\s+server\s+is\s+(down|returning\s+an\s+unknown\s+error)|",
        r"site\s+(is\s+)?temporarily\s+unavailable)?\s*[.!]?\s*$"
    ))
    .ok()
});

/// A site's notice that it is down for maintenance, as its title or main heading (`Site under
/// maintenance`, `Down for maintenance`, `We'll be back soon!`).
static MAINTENANCE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        // A state, not the word alone: `Maintenance | Acme Lift Company` and `Scheduled
        // Maintenance` are pages about maintenance, `We'll Be Right Back` a song's (the
        // sixty-fourth session's review).
        r"(?i)^\s*(((this|our|the)\s+)?((web\s*)?site|page|server|service)\s+)?(is\s+)?",
        r"((currently|temporarily)\s+)?(down\s+for|under(going)?)\s+",
        r"((scheduled|planned)\s+)?maintenance\s*[.!]?\s*$|",
        r"^\s*(((this|our|the)\s+)?((web\s*)?site|page|server|service)\s+)?(is\s+)?",
        r"((currently|temporarily)\s+)?in\s+maintenance\s+mode\s*[.!]?\s*$|",
        r"^\s*we(['’]ll|\s+will)\s+be\s+back\s+soon\s*[.!]?\s*$"
    ))
    .ok()
});

/// If a page answered with success is a server's error page (its title or main heading is a
/// `5xx` status or its name, as a cache server's `Error 503 Service Unavailable` is), what
/// it says: the page cited was not served. Only a short page (under 80 words of
/// paragraphs).
#[must_use]
pub fn server_error_reason(head: &PageHead, html: &str) -> Option<String> {
    let re = SERVER_ERROR.as_ref()?;
    for (what, text) in [("title", &head.title), ("main heading", &head.h1)] {
        let Some(t) = text else { continue };
        let first = t.split(['|', '·']).next().unwrap_or(t).trim();
        // A match with neither a code nor a name is an empty title.
        let named = re
            .captures(first)
            .is_some_and(|c| c.get(3).is_some() || c.get(4).is_some());
        if named && prose_words(html, PROSE_WORDS) < PROSE_WORDS {
            return Some(format!(
                "the page's {what} says “{}”: a server's error page",
                clip(t, 80)
            ));
        }
    }
    None
}

/// If a page answered with success is a site's notice that it is down for maintenance (its
/// title or main heading says so, `MAINTENANCE`), what it says: the page cited is not
/// served for now. Only a short page (under 80 words of paragraphs): an article about a
/// bridge under maintenance, or a notice over a whole article, is the page.
#[must_use]
pub fn maintenance_reason(head: &PageHead, html: &str) -> Option<String> {
    let re = MAINTENANCE.as_ref()?;
    [("title", &head.title), ("main heading", &head.h1)]
        .into_iter()
        .find_map(|(what, t)| {
            let t = t.as_deref()?;
            let first = t.split(['|', '·']).next().unwrap_or(t);
            re.is_match(first).then(|| {
                format!(
                    "the page's {what} says “{}”: the site is down for maintenance",
                    clip(t, 80)
                )
            })
        })
        .filter(|_| prose_words(html, PROSE_WORDS) < PROSE_WORDS)
}

/// A web host's page for a suspended account or site.
static SUSPENDED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(this\s+)?(hosting\s+)?(account|website|web\s+site|site|domain)",
        r"(\s+(has\s+been|is))?\s+(suspended|disabled|deactivated)\s*[.!]?\s*$"
    ))
    .ok()
});

/// If the page is a web host's notice that the site's account is suspended (its title or
/// main heading says so: `Account Suspended`, `This website has been suspended`), what it
/// says: whatever was cited is no longer served. Only a short page.
#[must_use]
pub fn suspended_reason(head: &PageHead, html: &str) -> Option<String> {
    let re = SUSPENDED.as_ref()?;
    [("title", &head.title), ("main heading", &head.h1)]
        .into_iter()
        .find_map(|(what, t)| {
            let t = t.as_deref()?;
            let first = t.split(['|', '·']).next().unwrap_or(t);
            re.is_match(first)
                .then(|| format!("the page's {what} says “{}”", clip(t, 80)))
        })
        .filter(|_| prose_words(html, PROSE_WORDS) < PROSE_WORDS)
}

static LOGIN_PATH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)/(log-?in|sign-?in|signin|sso|auth|authenticate|session/new|accounts?/login|users?/sign_in|wp-login\.php|oauth2?/authori[sz]e|saml2?/login)(/|\.|$|\?)").ok()
});

/// How a deep link that was redirected fell back, when it did: to the site's home page (or a
/// language's, `/en/`), a search page, or a section above it (`/news/2020/story` sent to
/// `/news/`), each a [`LinkStatus::Soft404`] (the page cited is gone); or to a login page, a
/// [`LinkStatus::Blocked`] (the page is there, behind a login, as a 401 is).
#[must_use]
pub fn redirect_fallback(
    original: &url::Url,
    final_url: &url::Url,
) -> Option<(LinkStatus, String)> {
    let path = original.path();
    // A page sent to the site's not-found page (`/404.html`, `/page-not-found`,
    // `/error?code=404`) is gone, whatever that page shows (held-out evaluation, sixty-first
    // session: `redirected`, and a quote citing it `not_found`).
    if not_found_url(final_url) && !not_found_url(original) {
        return Some((
            LinkStatus::Soft404,
            format!("redirected to a not-found page ({final_url})"),
        ));
    }
    if matches!(path, "" | "/") {
        return None;
    }
    let login = LOGIN_PATH.as_ref()?;
    if login.is_match(final_url.path()) && !login.is_match(path) {
        return Some((
            LinkStatus::Blocked,
            format!("redirected to a login page ({final_url}): the page needs a login"),
        ));
    }
    // The home page cited by its index file (`/index.html`, `/index.php`) or a language's
    // (`/fr`) is no deep link.
    if home_path(path) {
        return None;
    }
    let soft = |what: &str| {
        Some((
            LinkStatus::Soft404,
            format!("a deep link redirected to {what} ({final_url})"),
        ))
    };
    if home_path(final_url.path()) && home_query(final_url) {
        // On another host (`www.` aside), another site's: an expired domain's deep link
        // sent to its new owner's front page was said to land on "the site's".
        let bare = |u: &url::Url| {
            let h = u.host_str().unwrap_or("").to_ascii_lowercase();
            h.strip_prefix("www.").map(str::to_string).unwrap_or(h)
        };
        if bare(original) != bare(final_url) {
            return soft("another site's home page");
        }
        return soft("the site's home page");
    }
    if search_page(final_url) && !search_page(original) {
        return soft("a search page");
    }
    if section_above(original, final_url) {
        return soft("a section page above it");
    }
    None
}

/// A not-found page's name as the last part of its path, its extension aside: `404`,
/// `404.html`, `error-404`, `404_error`, `not-found`, `page-not-found`, `notfound.aspx`
/// (a bare `404` only where [`not_found_url`] says).
static NOT_FOUND_NAME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(e(rror)?[-_]?404|404([-_]?(error|page|not[-_]?found))?|",
        r"(page[-_]?|file[-_]?)?not[-_]?found|seite[-_]?nicht[-_]?gefunden|page[-_]?introuvable)$"
    ))
    .ok()
});

/// Whether a URL is a site's not-found page: its last path part named so ([`NOT_FOUND_NAME`]),
/// or an error page (`/error`, `/errors/`, `/Error.aspx`) asked about a 404 in its query
/// (`?code=404`, `?status=404`, `?404`). A bare `404` is a page's name only with an
/// extension (`/errors/404.html`), as the path's only part (`/404`) or under a language's
/// (`/en/404`, `/de-de/404`): elsewhere it is a number, a journal article's or a pull
/// request's (`/article/view/404`, `/pull/404`).
fn not_found_url(u: &url::Url) -> bool {
    let segs: Vec<&str> = u
        .path_segments()
        .map(|s| s.filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let Some((&last, above)) = segs.split_last() else {
        return false;
    };
    let (stem, ext) = last.split_once('.').unwrap_or((last, ""));
    if NOT_FOUND_NAME.as_ref().is_some_and(|r| r.is_match(stem)) {
        let named = stem != "404"
            || (!ext.is_empty() && ext.bytes().all(|b| b.is_ascii_alphabetic()))
            || match above {
                [] => true,
                [lang] => is_language_tag(&lang.to_ascii_lowercase()),
                _ => false,
            };
        if named {
            return true;
        }
    }
    let error_page = matches!(
        stem.to_ascii_lowercase().as_str(),
        "error"
            | "errors"
            | "err"
            | "errorpage"
            | "error-page"
            | "error_page"
            | "fehler"
            | "erreur"
    );
    error_page && u.query_pairs().any(|(k, v)| k == "404" || v == "404")
}

/// Whether a URL path is a site's home page: `/`, its index file (`/index.html`,
/// `/Default.aspx`, `/home`), or a language's (`/en/`, `/pt-br`, `/fr/index.html`).
fn home_path(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    let p = p.trim_start_matches('/');
    let (lang, rest) = match p.split_once('/') {
        Some((first, rest)) if is_language_tag(first) => (true, rest),
        _ if is_language_tag(p) => (true, ""),
        _ => (false, p),
    };
    let rest = rest.trim_end_matches('/');
    if rest.is_empty() {
        return true;
    }
    let (stem, ext) = rest.rsplit_once('.').unwrap_or((rest, ""));
    let index = matches!(stem, "index" | "default" | "home")
        && matches!(
            ext,
            "" | "html" | "htm" | "shtml" | "php" | "asp" | "aspx" | "jsp" | "cfm"
        );
    // `/home` alone is the home page; `/index` too, but `/en/home` only with the language.
    index && (lang || !rest.contains('/'))
}

/// The two-letter language codes (ISO 639-1), sorted: only these open a language's home
/// page (`/fr/`); `/ai`, `/js`, `/go` are sections (thirty-ninth session: a permanent
/// redirect to `/ai` was a soft 404, failing CI).
const LANGUAGES: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
    "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi",
    "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
    "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// Whether `s` is a language tag as sites use them for a path's first part: `en`, `fr`,
/// `pt-br`, `zh_CN` (lower-cased), its language a known code.
fn is_language_tag(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = |b: &[u8]| b.iter().all(u8::is_ascii_lowercase);
    let known = |l: &str| LANGUAGES.binary_search(&l).is_ok();
    match b.len() {
        2 => letters(b) && known(s),
        5 => {
            letters(&b[..2])
                && matches!(b[2], b'-' | b'_')
                && letters(&b[3..])
                && s.get(..2).is_some_and(known)
        }
        _ => false,
    }
}

/// Whether a URL is a site's search page: a path part named for search (`/search`,
/// `/search.php`, `/suche`), or the home page asked a search (`/?s=term`, `/?q=term`).
fn search_page(u: &url::Url) -> bool {
    let named = u.path_segments().is_some_and(|mut segs| {
        segs.any(|s| {
            let s = s.to_ascii_lowercase();
            let stem = s.split('.').next().unwrap_or("");
            matches!(
                stem,
                "search" | "suche" | "recherche" | "buscar" | "busca" | "ricerca" | "zoeken"
            )
        })
    });
    named
        || (home_path(u.path())
            && u.query_pairs().any(|(k, _)| {
                matches!(
                    k.to_ascii_lowercase().as_str(),
                    "s" | "q" | "query" | "search" | "keyword" | "keywords" | "term"
                )
            }))
}

/// Whether `final_url` is a section page above `original` on the same site: its path the
/// start of the original's, shorter by the page's own part (`/news/2020/harbour-fire` sent
/// to `/news/` or `/news/2020/`), where that part names a page (a slug with a hyphen or a
/// digit), not a view of the page above (`/story/x/amp`, `/story/x/comments`) or a list's
/// page (`/blog/page/2`).
fn section_above(original: &url::Url, final_url: &url::Url) -> bool {
    if original.host_str() != final_url.host_str() || !home_query(final_url) {
        return false;
    }
    let parts = |u: &url::Url| -> Vec<String> {
        u.path_segments()
            .map(|s| {
                s.filter(|p| !p.is_empty())
                    .map(str::to_ascii_lowercase)
                    .collect()
            })
            .unwrap_or_default()
    };
    let (from, to) = (parts(original), parts(final_url));
    if to.is_empty() || to.len() >= from.len() || !from.starts_with(&to) {
        return false;
    }
    let dropped = &from[to.len()..];
    let page = dropped
        .last()
        .is_some_and(|s| s.contains(|c: char| c == '-' || c.is_ascii_digit()));
    page && !dropped.iter().any(|s| s == "page")
}

/// Whether the query of a URL whose path is `/` still leaves it the home page: none, or
/// only tracking and error notes (`/?from=old-site`, `/?utm_source=…`, `/?notfound=1`), not
/// a page of its own (`/?p=123` is a WordPress post, `/?s=term` a search).
fn home_query(u: &url::Url) -> bool {
    u.query_pairs().all(|(k, _)| {
        let k = k.to_ascii_lowercase();
        k.starts_with("utm_")
            || matches!(
                k.as_str(),
                "from"
                    | "ref"
                    | "referrer"
                    | "source"
                    | "src"
                    | "redirect"
                    | "redirected"
                    | "redirect_from"
                    | "notfound"
                    | "not_found"
                    | "error"
                    | "404"
                    | "missing"
                    | "fbclid"
                    | "gclid"
                    | "lang"
                    | "locale"
            )
    })
}

/// Every `id` and `<a name>` on an HTML page.
///
/// Read with the extractor's own tokenizer rather than a DOM: only attributes matter, and a
/// DOM of a 10 MiB page took fifteen times its size in memory (168 MiB for one anchor).
#[must_use]
pub fn html_anchors(html: &str) -> HashSet<String> {
    /// The anchors, and how deep in `<svg>`/`<math>` the tokenizer is: there `<script>`,
    /// `<style>` and `<title>` are ordinary elements (often self-closing), not raw text;
    /// and how deep in `<template>`, whose content is inert, no part of the page (an id
    /// there is no anchor: fifty-fifth session).
    struct Anchors(HashSet<String>, usize, usize);
    impl crate::extract::html_tok::Sink for Anchors {
        fn text(&mut self, _: &str) {}
        fn start(
            &mut self,
            name: &str,
            attrs: &[(String, String)],
            self_closing: bool,
        ) -> Option<crate::extract::html_tok::Raw> {
            if self.2 == 0 {
                for (k, v) in attrs {
                    if k == "id" || k == "name" && name == "a" {
                        self.0.insert(v.clone());
                    }
                }
            }
            if name == "template" && !self_closing && self.1 == 0 {
                self.2 += 1;
            }
            if matches!(name, "svg" | "math") && !self_closing {
                self.1 += 1;
            }
            if self.1 > 0 || self_closing {
                return None;
            }
            crate::extract::html_tok::raw_content(name)
        }
        fn end(&mut self, name: &str) {
            if matches!(name, "svg" | "math") {
                self.1 = self.1.saturating_sub(1);
            }
            if name == "template" && self.1 == 0 {
                self.2 = self.2.saturating_sub(1);
            }
        }
        fn comment(&mut self) {}
    }
    let mut a = Anchors(HashSet::new(), 0, 0);
    crate::extract::html_tok::tokenize(html, &mut a);
    a.0
}

/// Whether `fragment` names an anchor in `anchors`. `#top` and an empty fragment always
/// exist (browsers scroll to the top); the fragment is compared as written and
/// percent-decoded.
#[must_use]
pub fn has_anchor(anchors: &HashSet<String>, fragment: &str) -> bool {
    if fragment.is_empty() || fragment.eq_ignore_ascii_case("top") {
        return true;
    }
    if anchors.contains(fragment) {
        return true;
    }
    anchors.contains(&percent_decode(fragment))
}

/// The anchor of `anchors` a missing `fragment` most likely meant, for the report's "did you
/// mean" (a heading renamed, an id misspelt, `#Setup` for GitHub's `#setup`): first one that
/// differs only in case and in how words are joined (`_`, space, repeated or trailing `-`),
/// then the one nearest in spelling, at most one edit in a short name, two from 8 characters,
/// three from 16. Two anchors equally near give no hint: a guess between them would mislead.
#[must_use]
pub fn nearest_anchor(anchors: &HashSet<String>, fragment: &str) -> Option<String> {
    nearest_in(&anchor_keys(anchors), fragment)
}

/// [`nearest_anchor`] of each of `missing` that has one, keyed by the fragment (the page's
/// anchors keyed once for all of them).
#[must_use]
pub fn nearest_anchors(
    anchors: &HashSet<String>,
    missing: &[&String],
) -> std::collections::BTreeMap<String, String> {
    if missing.is_empty() {
        return std::collections::BTreeMap::new();
    }
    let keyed = anchor_keys(anchors);
    missing
        .iter()
        .filter_map(|f| nearest_in(&keyed, f).map(|a| ((*f).clone(), a)))
        .collect()
}

/// An anchor as [`nearest_anchor`] compares it: lower case, words joined by one `-`.
fn anchor_key(s: &str) -> String {
    let mut k = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = if matches!(c, '_' | ' ' | '\u{a0}') {
            '-'
        } else {
            c
        };
        if c != '-' || !k.is_empty() && !k.ends_with('-') {
            k.push(c);
        }
    }
    while k.ends_with('-') {
        k.pop();
    }
    k
}

/// Each anchor with its key and the key's length in characters, sorted by anchor, so that
/// the answer never depends on the set's order.
fn anchor_keys(anchors: &HashSet<String>) -> Vec<(&String, String, usize)> {
    let mut keyed: Vec<(&String, String, usize)> = anchors
        .iter()
        .filter(|a| !a.is_empty())
        .map(|a| {
            let k = anchor_key(a);
            let n = k.chars().count();
            (a, k, n)
        })
        .collect();
    keyed.sort_unstable_by(|x, y| x.0.cmp(y.0));
    keyed
}

fn nearest_in(keyed: &[(&String, String, usize)], fragment: &str) -> Option<String> {
    let want = anchor_key(&percent_decode(fragment));
    if want.is_empty() {
        return None;
    }
    if let Some((a, _, _)) = keyed.iter().find(|(_, k, _)| *k == want) {
        return Some((*a).clone());
    }
    let n = want.chars().count();
    let limit = match n {
        0..=3 => return None,
        4..=7 => 1,
        8..=15 => 2,
        _ => 3,
    };
    let mut best: Option<(usize, &String)> = None;
    let mut tie = false;
    for (a, k, len) in keyed {
        if len.abs_diff(n) > limit {
            continue;
        }
        let d = crate::extract::edit_distance(&want, k);
        if d > limit {
            continue;
        }
        match best {
            Some((b, _)) if d > b => {}
            Some((b, _)) if d == b => tie = true,
            _ => {
                best = Some((d, a));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, a)| a.clone())
}

/// Decodes `%XX` escapes (invalid escapes are kept as written; bad UTF-8 is replaced).
#[must_use]
pub fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Cuts text to `max` characters with an ellipsis.
#[must_use]
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(t: &str) -> PageHead {
        PageHead {
            title: Some(t.into()),
            h1: None,
        }
    }

    /// A title that is only an exclamation over a short page saying the page is not there
    /// (`Oops!`, `This page doesn't exist.`) is a soft 404; the same title over an article,
    /// or over a short page saying nothing of the kind, is not (thirty-ninth session).
    #[test]
    fn an_exclamation_over_a_page_saying_it_is_gone_is_a_soft_404() {
        let gone = "<html><head><title>Oops!</title></head><body><p>This page doesn’t \
                    exist. Try searching our site.</p></body></html>";
        assert!(soft_404_reason(&page_head(gone), gone).is_some());
        let short = "<html><head><title>Oops!</title></head><body><p>We spilled the \
                     coffee again.</p></body></html>";
        assert!(soft_404_reason(&page_head(short), short).is_none());
        let long = format!(
            "<html><head><title>Oops!</title></head><body><p>{} The page you were looking \
             for, said the editor, was in the drawer.</p></body></html>",
            "Word after word of a long article about a cafe. ".repeat(20)
        );
        assert!(soft_404_reason(&page_head(&long), &long).is_none());
    }

    #[test]
    fn soft_404_titles_in_several_languages() {
        for t in [
            "Page not found | Example",
            "404 - Not Found",
            "Error 404",
            "404",
            "404 | Example News",
            "Example News – 404",
            "Error 404 (Not Found)!!1",
            "404. That’s an error.",
            "404 Error - The page you requested cannot be found",
            "Oops! 404 error",
            "HTTP 404 - File or directory not found.",
            "404 Page Not Found",
            "404 page",
            "404 Error Page - Example Blog",
            "HTTP Error 404.0 - Not Found",
            "404 error page",
            "404 Page | Example",
            "404 Not Found nginx",
            "Błąd 404",
            "Ошибка 404",
            "Sorry, we couldn't find that page",
            "We can’t find the page you’re looking for",
            "Not Found",
            "Oops! That page can’t be found.",
            "Page introuvable",
            "Cette page n’existe pas",
            "Seite nicht gefunden",
            "Diese Seite existiert leider nicht",
            "Página no encontrada",
            "Pagina non trovata",
            "Página não encontrada",
            "Pagina niet gevonden",
            "Sayfa bulunamadı | Haber",
            "SAYFA BULUNAMADI",
            "Hata: Bulunamadı",
            "Nie znaleziono strony",
            "Strona nie została znaleziona",
            "Stránka nenalezena",
            "Az oldal nem található",
            "Sidan kunde inte hittas",
            "Siden blev ikke fundet",
            "Sivua ei löytynyt",
            "Η σελίδα δεν βρέθηκε",
            "Η ΣΕΛΙΔΑ ΔΕΝ ΒΡΕΘΗΚΕ",
            "Страница не найдена",
            "404 — Не найдено",
            "Сторінку не знайдено",
            "Pagina nu a fost găsită",
            "הדף לא נמצא",
            "الصفحة غير موجودة",
            "صفحه مورد نظر یافت نشد",
            "पृष्ठ नहीं मिला",
            "ไม่พบหน้าที่คุณต้องการ",
            "Không tìm thấy trang",
            "Halaman tidak ditemukan",
            "ページが見つかりません",
            "お探しのページは見つかりませんでした。",
            "页面不存在",
            "抱歉，找不到该页面",
            "找不到網頁",
            "페이지를 찾을 수 없습니다",
            "გვერდი ვერ მოიძებნა",
            "შეცდომა 404: გვერდი არ მოიძებნა | ამბები",
            "ვერ მოიძებნა",
            "Էջը չի գտնվել",
            "ԷՋԸ ՉԻ ԳՏՆՎԵԼ",
            "Սխալ․ չի գտնվել",
            "Puslapis nerastas",
            "Lapa nav atrasta",
            "Lehekülge ei leitud",
            "Stranica nije pronađena",
            "பக்கம் கிடைக்கவில்லை",
        ] {
            assert!(soft_404_reason(&title(t), "").is_some(), "{t}");
        }
        // A title in NFD (decomposed accents, Korean jamo) reads as its composed form.
        for t in ["Không tìm thấy trang", "페이지를 찾을 수 없습니다"] {
            let nfd: String = t.nfd().collect();
            assert_ne!(nfd, t);
            assert!(soft_404_reason(&title(&nfd), "").is_some(), "{t} in NFD");
        }
        // Each language's words in an article's own title are no soft 404.
        for t in [
            "Kayıp dağcı hâlâ bulunamadı: arama sürüyor",
            "Dlaczego nie znaleziono wraku samolotu?",
            "Почему пропавший самолёт так и не найден",
            "Пропавшего туриста не нашли: поиски продолжаются",
            "失踪渔船仍未找到",
            "行方不明の猫、まだ見つかりません",
            "실종자 아직 찾을 수 없어",
            "Không tìm thấy máy bay mất tích",
            "Pesawat yang hilang tidak ditemukan di laut",
            "Η αλήθεια δεν βρέθηκε ποτέ",
            "დაკარგული მთამსვლელი ჯერ ვერ მოიძებნა",
            "Կորած երեխան դեռ չի գտնվել",
            "Ինքնաթիռի բեկորները չեն գտնվել",
            "Dingęs lėktuvas vis dar nerastas",
            "Nestali planinar još nije pronađen",
            "காணாமல் போன விமானம் இன்னும் கிடைக்கவில்லை",
        ] {
            assert!(soft_404_reason(&title(t), "").is_none(), "{t}");
        }
        for t in [
            "Why the missing particle was not found",
            "The 404 fund annual report",
            "How to fix 404 Not Found errors on your website",
            "ไม่พบหน้ากากอนามัยในร้านขายยา",
            "ไม่พบหน้าจอสีฟ้าอีกต่อไปใน Windows 12",
            "为什么找不到网页版微信？",
            "电脑上找不到网页浏览器图标的解决方法",
            "Why we can't find the page in the archive anymore",
            "We couldn't find the article we wanted, so we wrote it",
            "404 things to do in Paris",
            "Release notes for v2.404",
            "Climate report 2024",
            "Trouvé !",
        ] {
            assert!(soft_404_reason(&title(t), "").is_none(), "{t}");
        }
    }

    /// Regression: an article about not-found errors, titled "Why ‘page not found’ errors
    /// cost retailers millions", was a soft 404: the phrase matched anywhere in the title.
    /// A phrase in quotation marks is mentioned, not said; one inside a longer headline says
    /// "not found" only on a page with little prose; one that is its part of the title (with
    /// a not-found page's words around it) says it whatever the page holds.
    #[test]
    fn a_headline_about_not_found_errors_is_no_soft_404() {
        let prose = "<p>Shoppers who land on a dead product link rarely search again. ".repeat(12);
        let short = "<h1>Not here</h1><p>Try the search box or go back to the home page.</p>";
        for t in [
            "Why ‘page not found’ errors cost retailers millions",
            "Why \"Page Not Found\" errors cost retailers millions",
            "The „Seite nicht gefunden“ problem in German shops",
            "« Page introuvable » : enquête sur les liens morts",
            "‘This page does not exist’: the art project that fooled a museum",
        ] {
            assert!(soft_404_reason(&title(t), short).is_none(), "{t}");
            assert!(soft_404_reason(&title(t), &prose).is_none(), "{t}");
        }
        for t in [
            "Why page not found errors cost retailers millions",
            "How to fix page not found in WordPress | Dev Notes",
            "Page not found errors: what they cost an online shop",
            "When the page you requested does not exist any more, what then?",
        ] {
            assert!(soft_404_reason(&title(t), &prose).is_none(), "{t}");
            assert!(soft_404_reason(&title(t), short).is_some(), "{t}");
        }
        // Not-found pages, with a long list of stories under them or not.
        for t in [
            "Page not found | Example News",
            "Oops! Page not found",
            "Error 404: Page not found",
            "Sorry, the page you were looking for does not exist or has been moved",
            "We’re sorry: this page doesn’t exist",
            "The page you requested could not be found.",
            "Seite nicht gefunden – Stadtwerke",
            "お探しのページは見つかりませんでした。",
        ] {
            assert!(soft_404_reason(&title(t), &prose).is_some(), "{t}");
            assert!(soft_404_reason(&title(t), short).is_some(), "{t}");
        }
        // The main heading is read the same way.
        let head = PageHead {
            title: Some("Retail Weekly".into()),
            h1: Some("Why ‘page not found’ errors cost retailers millions".into()),
        };
        assert!(soft_404_reason(&head, short).is_none());
    }

    #[test]
    fn prose_is_counted_in_paragraphs() {
        assert_eq!(
            prose_words("<p>One two <b>three</b></p><pre>four five</pre>", 80),
            3
        );
        assert_eq!(prose_words("<p class=x>doesn’t stop<p>here either", 80), 4);
        assert_eq!(prose_words("<param x><path d=1>", 80), 0);
        assert_eq!(prose_words("<p>页面不存在页面</p>", 80), 3);
        assert_eq!(prose_words(&"<p>a b c</p>".repeat(100), 10), 12);
        assert_eq!(prose_words("<p", 80), 0);
        assert_eq!(prose_words("<p>unclosed é", 80), 2);
        // A paragraph ends at the first closing tag whatever comes later on the page.
        assert_eq!(
            prose_words("<p>one two<div>three</div><p>four</p><div>five six", 80),
            3
        );
        // A MiB of empty paragraphs (a hostile page): each paragraph's end was searched for
        // over the rest of the page, for minutes; one walk reads it at once.
        assert_eq!(prose_words(&"<p>".repeat(340_000), 80), 0);
    }

    #[test]
    fn removed_pages() {
        let gone = "<h1>Gone</h1><p>This article is no longer available. It was taken down.</p>";
        assert!(removed_reason(&title("Gone | The Courier"), gone).is_some());
        assert!(removed_reason(&title("Story removed"), "The story has been removed.").is_some());
        // A title alone, or such words in a live article, make no soft 404.
        assert!(removed_reason(&title("Gone"), "<p>A novel of loss and the sea.</p>").is_none());
        assert!(removed_reason(&title("Council budget"), gone).is_none());
        // Thirty-seventh session: a report's URL serving a withdrawal notice.
        let withdrawn = "<h1>Publication withdrawn</h1><p>This publication was withdrawn on                          3 May 2024.</p>";
        assert!(removed_reason(&title("Publication withdrawn"), withdrawn).is_some());
        // A live guidance page under a withdrawal banner keeps its own title.
        assert!(removed_reason(&title("Flood guidance for councils"), withdrawn).is_none());
    }

    /// A platform's page for a deleted post answers 200: X's "This post is unavailable",
    /// Bluesky's "Post not found", each saying in its text that the post was deleted. A
    /// headline that only begins so, or an article under such a heading, is none.
    #[test]
    fn deleted_post_pages() {
        let x = "<main><h1>This post is unavailable.</h1><p>The post was deleted by its \
                 author.</p></main>";
        assert!(removed_reason(&title("This post is unavailable / Chirper"), x).is_some());
        let bsky = "<main><h1>Post not found</h1><p>This post may have been deleted.</p></main>";
        assert!(removed_reason(&title("Post not found - Skyline"), bsky).is_some());
        let h = PageHead {
            title: Some("Skyline".into()),
            h1: Some("Post not found".into()),
        };
        assert!(removed_reason(&h, bsky).is_some());
        // A headline, even on a page that says a post was deleted.
        let story = "<p>Letters posted in March never arrived; the post was deleted from the \
                     tracking system, the sorting office says.</p>";
        assert!(removed_reason(
            &title("Post not found: the mystery of the lost letters"),
            story
        )
        .is_none());
        assert!(soft_404_reason(
            &title("Post not found: the mystery of the lost letters"),
            story
        )
        .is_none());
        // An article under the bare heading, with an article's prose.
        let long = format!(
            "<h1>Post not found</h1><p>{}</p>",
            "the post was deleted again ".repeat(20)
        );
        assert!(removed_reason(&title("Post not found"), &long).is_none());
        // No word of deletion: a title alone makes no soft 404.
        assert!(removed_reason(&title("Post not found"), "<p>Try again later.</p>").is_none());
    }

    /// The anchor a missing fragment most likely meant: case and word joins first, then
    /// spelling within a limit growing with the name; no guess between two equally near,
    /// nor for a short name.
    #[test]
    fn nearest_anchor_guesses_only_where_one_is_clearly_meant() {
        let set = |ids: &[&str]| ids.iter().map(|s| (*s).to_string()).collect::<HashSet<_>>();
        let a = set(&[
            "installation",
            "config-options",
            "step-1",
            "step-2",
            "faq",
            "café-au-lait",
        ]);
        let near = |f: &str| nearest_anchor(&a, f);
        assert_eq!(near("instalation").as_deref(), Some("installation"));
        assert_eq!(near("Installation").as_deref(), Some("installation"));
        assert_eq!(near("Config_Options").as_deref(), Some("config-options"));
        assert_eq!(near("config--options-").as_deref(), Some("config-options"));
        assert_eq!(near("caf%C3%A9-au-lai").as_deref(), Some("café-au-lait"));
        assert_eq!(near("step-3"), None, "one edit from two anchors");
        assert_eq!(near("fag"), None, "too short to guess");
        assert_eq!(
            near("FAQ").as_deref(),
            Some("faq"),
            "case alone is no guess"
        );
        assert_eq!(near("nothing-like-it"), None);
        assert_eq!(near(""), None);
        // Two edits in a name of 8 characters or more, not in a shorter one.
        let b = set(&["overview", "usage"]);
        assert_eq!(nearest_anchor(&b, "overveiw").as_deref(), Some("overview"));
        assert_eq!(nearest_anchor(&b, "usgea"), None);
        // Two neighbouring letters swapped are one typo, in a short name too.
        let c = set(&["introduction", "methods", "results"]);
        assert_eq!(nearest_anchor(&c, "resluts").as_deref(), Some("results"));
        assert_eq!(nearest_anchor(&c, "mehtods").as_deref(), Some("methods"));
        assert_eq!(nearest_anchor(&c, "rseluts"), None, "two swaps");
    }

    #[test]
    fn heads_and_anchors() {
        let h = page_head("<html><head><title> Hello\n world </title></head><body><h1>Big</h1><p id=a><a name=b></a></body>");
        assert_eq!(h.title.as_deref(), Some("Hello world"));
        assert_eq!(h.h1.as_deref(), Some("Big"));
        let e = page_head(
            "<TITLE lang=fr>Page&nbsp;introuvable &amp; <b>co</b>&#8230;</TITLE><h1 class=x>A</h1>",
        );
        assert_eq!(e.title.as_deref(), Some("Page introuvable & co …"));
        assert_eq!(page_head("<titlebar>x</titlebar>").title, None);
        let a = html_anchors("<p id=a><a name=b></a><div id='caf%C3%A9'>");
        assert!(has_anchor(&a, "a") && has_anchor(&a, "b") && has_anchor(&a, "top"));
        assert!(!has_anchor(&a, "c"));
        let a2 = html_anchors("<h2 id='café'>");
        assert!(has_anchor(&a2, "caf%C3%A9"));
        // An id in a script's text or a comment is no anchor; `name` counts on `<a>` only.
        let a3 = html_anchors(
            "<script>document.write('<p id=fake>')</script><!-- <p id=old> -->\
             <input name=q><A NAME=up></A><DIV ID=Up2>",
        );
        assert!(!has_anchor(&a3, "fake") && !has_anchor(&a3, "old") && !has_anchor(&a3, "q"));
        assert!(has_anchor(&a3, "up") && has_anchor(&a3, "Up2"));
        // In SVG, `<script/>`, `<style/>` and `<title/>` close themselves: the page goes on.
        let a4 = html_anchors(
            "<svg><script href='x.js'/><style/><title/></svg><h2 id='after'>After</h2>\
             <script>var s = '<p id=no>';</script><p id=last>",
        );
        assert!(has_anchor(&a4, "after") && has_anchor(&a4, "last") && !has_anchor(&a4, "no"));
    }

    #[test]
    fn redirect_heuristics() {
        let u = |s: &str| url::Url::parse(s).unwrap();
        let status = |a: &str, b: &str| redirect_fallback(&u(a), &u(b)).map(|(s, _)| s);
        let soft = Some(LinkStatus::Soft404);
        assert_eq!(status("https://a.org/deep/page", "https://a.org/"), soft);
        assert_eq!(status("https://a.org/", "https://www.a.org/"), None);
        // A section named with two letters is no language's home page (thirty-ninth
        // session): `/ai`, `/js`, `/go`, `/py/` are where the page moved.
        for to in ["/ai", "/js", "/go", "/py/", "/zz", "/OK"] {
            assert_eq!(
                status("https://a.org/blog/intro", &format!("https://a.org{to}")),
                None,
                "{to}"
            );
        }
        assert_eq!(
            status("https://a.org/blog/intro", "https://a.org/fr/"),
            soft
        );
        assert_eq!(
            status("https://a.org/blog/intro", "https://a.org/pt-br"),
            soft
        );
        // A login page: the page is there, behind it (as a 401 is).
        let blocked = Some(LinkStatus::Blocked);
        assert_eq!(
            status("https://a.org/doc", "https://a.org/login?next=/doc"),
            blocked
        );
        assert_eq!(status("https://a.org/doc", "https://a.org/doc/"), None);
        assert_eq!(
            status(
                "https://a.org/doc",
                "https://id.a.org/oauth2/authorize?client_id=x"
            ),
            blocked
        );
        // The home page by its index file, or a language's, is the home page.
        for home in [
            "/index.html",
            "/index.php",
            "/Default.aspx",
            "/home.htm",
            "/fr",
            "/en/",
        ] {
            assert_eq!(
                status(&format!("https://a.org{home}"), "https://a.org/"),
                None,
                "{home}"
            );
        }
        assert_eq!(status("https://a.org/fr", "https://a.org/fr/"), None);
        assert_eq!(
            status("https://a.org/news/index.html", "https://a.org/"),
            soft
        );
        // Home with a tracking note is home; a WordPress post is not, a search is a search.
        assert_eq!(
            status("https://a.org/a/b", "https://a.org/?from=old-site"),
            soft
        );
        assert_eq!(status("https://a.org/a/b", "https://a.org/?p=12"), None);
        // The home page's index file sent to a login page is still hidden behind it.
        assert_eq!(
            status("https://a.org/index.php", "https://a.org/login"),
            blocked
        );
        // Thirty-seventh session: the home page by another name, or a language's; a search
        // page; a section above the page. These were `redirected`, with the page they fell
        // back to offered as the URL to cite instead.
        for to in [
            "/home",
            "/index.php",
            "/en/",
            "/pt-br/index.html",
            "/Default.aspx",
        ] {
            let to = format!("https://a.org{to}");
            assert_eq!(
                status("https://a.org/features/2017/smith", &to),
                soft,
                "{to}"
            );
        }
        for to in ["/search?q=smith", "/?s=smith", "/en/search/", "/suche?q=x"] {
            let to = format!("https://a.org{to}");
            assert_eq!(
                status("https://a.org/features/2017/smith", &to),
                soft,
                "{to}"
            );
        }
        assert_eq!(
            status("https://a.org/search?q=a", "https://a.org/search?q=a&p=1"),
            None
        );
        for to in ["/news/", "/news/2020", "/news/2020/"] {
            let to = format!("https://a.org{to}");
            assert_eq!(
                status("https://a.org/news/2020/harbour-fire", &to),
                soft,
                "{to}"
            );
        }
        // A view of a page sent to the page itself, a list's page to its first, a page moved
        // to a new address, another site's section: no fallback.
        for (from, to) in [
            ("/story/harbour-fire/amp", "/story/harbour-fire/"),
            ("/story/harbour-fire/comments", "/story/harbour-fire"),
            ("/blog/page/2", "/blog/"),
            ("/2017/05/harbour-fire", "/harbour-fire/"),
            ("/news/harbour-fire", "/news/harbour-fire-2/"),
        ] {
            let (from, to) = (format!("https://a.org{from}"), format!("https://a.org{to}"));
            assert_eq!(status(&from, &to), None, "{from} → {to}");
        }
        assert_eq!(
            status("https://a.org/news/harbour-fire", "https://b.org/news/"),
            None
        );
    }
}
