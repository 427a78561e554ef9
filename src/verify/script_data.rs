//! The words a page holds in the data it gives its scripts: the state a JavaScript
//! application is started with (Next.js's `<script id="__NEXT_DATA__">`, Nuxt's
//! `window.__NUXT__` and `__NUXT_DATA__`, Redux's `window.__PRELOADED_STATE__`, Apollo's
//! `__APOLLO_STATE__`, a `JSON.parse("…")` of any of them). A page rendered in the browser
//! sends only an empty shell (`<div id="__next"></div>`) and its article's text in such a
//! blob, so without it every quote from such a page is `unverifiable`.
//!
//! Hand-written rather than `serde_json`: the blobs are as often JavaScript as JSON (unquoted
//! keys, `undefined`, Nuxt's `(function(a,b){return {…}}("x","y"))`), and what is wanted is
//! only their string literals, in the order written, each with the key it is the value of.
//! One pass over the bytes reads all of these shapes, and a JSON text inside a string
//! (`JSON.parse("{\"story\":…}")`) is read again, once.
//!
//! Which strings are the article's words: a string that reads as prose (three words or
//! more, a capital letter or a sentence's punctuation: a class list `text-lg font-bold` is
//! none), one holding markup (`<p>…</p>`, read for its text), and any string that is the
//! value of a text key (`text`, `body`, `content`, …): rich-text formats (Sanity's Portable
//! Text, Contentful, Draft.js) cut a paragraph into spans at each change of style, some of
//! one word (`{"marks":["em"],"text":"far"}`). Values of keys that are never text (`class`,
//! `href`, `_type`, …) and keys themselves are passed over. Each string kept is a line of
//! its own: matching is by words, so a sentence cut into spans still reads on.
//!
//! Bounded: at most [`MAX_SCRIPT_BYTES`] of script read per page and [`MAX_TEXT`] of text kept.

use std::borrow::Cow;

/// The most script text read from one page (bytes, all its scripts together).
pub(crate) const MAX_SCRIPT_BYTES: usize = 8 << 20;

/// The most text kept from one page's scripts (bytes).
pub(crate) const MAX_TEXT: usize = 1 << 20;

/// A script shorter than this holds no article (a counter's id, a flag).
const MIN_SCRIPT_BYTES: usize = 64;

/// How many times a JSON text inside a string is read again (a string of a string).
const MAX_DEPTH: u8 = 2;

/// Keys whose string values are text however short (rich-text spans, a paragraph's parts).
const TEXT_KEYS: &[&str] = &[
    "text",
    "body",
    "content",
    "html",
    "value",
    "children",
    "paragraph",
    "paragraphs",
    "articlebody",
    "bodytext",
    "plaintext",
    "copy",
    "caption",
    "quote",
];

/// Keys whose string values are never the page's words.
const NOT_TEXT_KEYS: &[&str] = &[
    "class",
    "classname",
    "classes",
    "style",
    "styles",
    "id",
    "_id",
    "key",
    "_key",
    "ref",
    "_ref",
    "type",
    "_type",
    "__typename",
    "typename",
    "href",
    "src",
    "srcset",
    "url",
    "uri",
    "link",
    "slug",
    "path",
    "canonical",
    "mimetype",
    "contenttype",
    "locale",
    "lang",
    "language",
    "format",
    "variant",
    "layout",
    "template",
    "component",
    "icon",
    "color",
    "colour",
    "theme",
    "marks",
    "markdefs",
    "listitem",
    "level",
    "hash",
    "etag",
    "token",
    "nonce",
    "buildid",
    "query",
    "page",
    "assetprefix",
];

/// Whether a `<script>` of this `type` attribute may hold a page's data: JavaScript or JSON.
/// Not JSON-LD (read on its own as the page's metadata), nor a template
/// (`text/x-handlebars-template`: markup to fill in, never the page's words).
pub(crate) fn is_data_script(ty: Option<&str>) -> bool {
    let Some(t) = ty.map(str::trim) else {
        return true;
    };
    t.is_empty()
        || [
            "text/javascript",
            "application/javascript",
            "module",
            "application/json",
        ]
        .iter()
        .any(|k| t.eq_ignore_ascii_case(k))
}

/// Whether a script of JavaScript sets an application's state: assigns a global named in
/// the framework's way, `window.__NUXT__ =`, `window.__PRELOADED_STATE__=` (capitals between
/// double underscores). Any other script's strings are its code's (a variable named
/// `teaser`, a message), never read as the page's words.
pub(crate) fn sets_state(source: &str) -> bool {
    let b = source.as_bytes();
    let mut from = 0;
    while let Some(k) = source.get(from..).and_then(|r| r.find("__")) {
        let start = from + k + 2;
        let mut i = start;
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_uppercase() || *c == b'_')
        {
            i += 1;
        }
        // `__NAME__`: the run ends with the closing underscores.
        if i >= start + 3 && b.get(i - 2..i) == Some(b"__".as_slice()) {
            let mut j = i;
            while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                j += 1;
            }
            if b.get(j) == Some(&b'=') && b.get(j + 1) != Some(&b'=') {
                return true;
            }
        }
        from = i.max(from + k + 1);
    }
    false
}

/// The text read from a page's scripts.
#[derive(Debug, Default)]
pub(crate) struct ScriptText {
    /// The strings kept, in page order.
    pub lines: Vec<String>,
    /// Bytes of script read so far (see [`MAX_SCRIPT_BYTES`]).
    read: usize,
    /// Bytes of text kept so far (see [`MAX_TEXT`]).
    kept: usize,
    /// Prose strings already kept: a title or summary repeated through the state is kept
    /// once (short span texts may repeat, and are each a word of their paragraph).
    seen: std::collections::HashSet<String>,
}

impl ScriptText {
    /// Reads one script's source. `markup` reads a string holding HTML as its text.
    pub(crate) fn read(&mut self, source: &str, markup: &dyn Fn(&str) -> String) {
        if source.len() < MIN_SCRIPT_BYTES || self.read >= MAX_SCRIPT_BYTES {
            return;
        }
        let mut room = (MAX_SCRIPT_BYTES - self.read).min(source.len());
        while !source.is_char_boundary(room) {
            room -= 1;
        }
        self.read += room;
        self.scan(source.get(..room).unwrap_or(""), 0, markup);
    }

    /// Whether no more text is wanted.
    fn full(&self) -> bool {
        self.kept >= MAX_TEXT
    }

    /// One pass over `src`: each string literal, decoded, with the key it is the value of.
    fn scan(&mut self, src: &str, depth: u8, markup: &dyn Fn(&str) -> String) {
        let b = src.as_bytes();
        let mut i = 0;
        // The key the next value belongs to, and the last token read (a key when a `:`
        // follows it): a string literal or an identifier.
        let mut key = String::new();
        let mut last: Option<Cow<'_, str>> = None;
        // The last byte read outside strings and comments but whitespace: a `/` after an
        // operator or an opening bracket starts a regular expression, not a division.
        let mut prev = b'(';
        while i < b.len() && !self.full() {
            let c = b[i];
            if !c.is_ascii_whitespace() && c != b'/' {
                prev = c;
            }
            match c {
                b'"' | b'\'' => {
                    let Some((s, end)) = literal(src, i) else {
                        // Unclosed on its line: not a string after all (a quote mark in a
                        // regular expression); read on after the mark.
                        last = None;
                        i += 1;
                        continue;
                    };
                    i = end;
                    prev = b'"';
                    let mut j = i;
                    while j < b.len() && b[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if b.get(j) == Some(&b':') {
                        last = Some(Cow::Owned(s));
                    } else {
                        self.value(&key, s, depth, markup);
                        last = None;
                    }
                }
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    i = memchr_at(b, i, b'\n');
                }
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    i = src
                        .get(i + 2..)
                        .and_then(|r| r.find("*/"))
                        .map_or(b.len(), |k| i + 2 + k + 2);
                }
                b'/' => {
                    i = if b"(,=:[!&|?{};".contains(&prev) {
                        regex_end(b, i)
                    } else {
                        i + 1
                    };
                    prev = b'a';
                    last = None;
                }
                b':' => {
                    if let Some(k) = last.take() {
                        key = k.to_ascii_lowercase();
                    }
                    i += 1;
                }
                // A key names the value after it, or the items of the list after it: not
                // what follows the object or list it is in.
                b'}' | b']' | b')' => {
                    key.clear();
                    last = None;
                    i += 1;
                }
                _ if c == b'_' || c == b'$' || c.is_ascii_alphanumeric() => {
                    let start = i;
                    while i < b.len()
                        && (b[i] == b'_' || b[i] == b'$' || b[i].is_ascii_alphanumeric())
                    {
                        i += 1;
                    }
                    last = src.get(start..i).map(Cow::Borrowed);
                }
                _ if c.is_ascii_whitespace() => i += 1,
                _ => {
                    last = None;
                    i += 1;
                }
            }
        }
    }

    /// A value string `s` of `key`: kept if it is the page's words, read again if it is a
    /// JSON text.
    fn value(&mut self, key: &str, s: String, depth: u8, markup: &dyn Fn(&str) -> String) {
        let t = s.trim();
        if t.is_empty() || NOT_TEXT_KEYS.contains(&key) {
            return;
        }
        if (t.starts_with('{') || t.starts_with('[')) && t.contains("\":") {
            if depth < MAX_DEPTH {
                self.scan(t, depth + 1, markup);
            }
            return;
        }
        if !t.chars().any(char::is_alphabetic) || looks_like_address(t) {
            return;
        }
        let text_key = TEXT_KEYS.contains(&key);
        let text = if has_markup(t) {
            markup(t)
        } else if text_key || prose(t) {
            t.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            return;
        };
        if text.trim().is_empty() {
            return;
        }
        if text.split_whitespace().nth(2).is_some() && !self.seen.insert(text.clone()) {
            return;
        }
        let mut text = text;
        let mut room = MAX_TEXT.saturating_sub(self.kept);
        if text.len() > room {
            while !text.is_char_boundary(room) {
                room -= 1;
            }
            text.truncate(room);
            if text.trim().is_empty() {
                return;
            }
        }
        self.kept += text.len();
        self.lines.push(text);
    }
}

/// The byte after the regular expression literal opening at the `/` at byte `at` (past its
/// flags), or after the `/` alone when it does not close on its line.
fn regex_end(b: &[u8], at: usize) -> usize {
    let mut i = at + 1;
    let mut class = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => i += 1,
            b'[' => class = true,
            b']' => class = false,
            b'/' if !class => {
                i += 1;
                while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                    i += 1;
                }
                return i;
            }
            b'\n' | b'\r' => return at + 1,
            _ => {}
        }
        i += 1;
    }
    at + 1
}

/// The index of the next `needle` at or after `from` (or the end).
fn memchr_at(b: &[u8], from: usize, needle: u8) -> usize {
    b.get(from..)
        .and_then(|r| r.iter().position(|&x| x == needle))
        .map_or(b.len(), |k| from + k)
}

/// The string literal opening at byte `at` of `src` (at a `"` or `'`), decoded, and the
/// byte after its closing mark. `None` when it is not closed on its line (a JavaScript
/// string cannot hold a raw line break).
fn literal(src: &str, at: usize) -> Option<(String, usize)> {
    let b = src.as_bytes();
    let mark = *b.get(at)?;
    let mut out = String::new();
    let mut i = at + 1;
    // Runs without escapes are copied whole.
    let mut run = i;
    while i < b.len() {
        match b[i] {
            c if c == mark => {
                out.push_str(src.get(run..i)?);
                return Some((out, i + 1));
            }
            b'\n' | b'\r' => return None,
            b'\\' => {
                out.push_str(src.get(run..i)?);
                i = escape(src, i + 1, &mut out)?;
                run = i;
            }
            _ => i += 1,
        }
    }
    None
}

/// Decodes the escape whose letter is at byte `at` (after the backslash) into `out`: the
/// byte after it.
fn escape(src: &str, at: usize, out: &mut String) -> Option<usize> {
    let b = src.as_bytes();
    let c = *b.get(at)?;
    let hex = |from: usize, n: usize| -> Option<u32> {
        u32::from_str_radix(src.get(from..from + n)?, 16).ok()
    };
    Some(match c {
        b'n' => {
            out.push('\n');
            at + 1
        }
        b't' | b'r' | b'f' | b'v' | b'b' => {
            out.push(' ');
            at + 1
        }
        b'0' => at + 1,
        // A line continuation.
        b'\n' => at + 1,
        b'\r' => at + 1 + usize::from(b.get(at + 1) == Some(&b'\n')),
        b'x' => {
            if let Some(ch) = hex(at + 1, 2).and_then(char::from_u32) {
                out.push(ch);
            }
            at + 3
        }
        b'u' if b.get(at + 1) == Some(&b'{') => {
            let close = src.get(at + 2..)?.find('}')? + at + 2;
            if let Some(ch) = hex(at + 2, close - at - 2).and_then(char::from_u32) {
                out.push(ch);
            }
            close + 1
        }
        b'u' => {
            let hi = hex(at + 1, 4)?;
            let mut next = at + 5;
            let ch = if (0xD800..0xDC00).contains(&hi) {
                // A surrogate pair: the low half follows as `\uDC00`.
                let lo = (src.get(next..next + 2) == Some("\\u"))
                    .then(|| hex(next + 2, 4))
                    .flatten()
                    .filter(|lo| (0xDC00..0xE000).contains(lo));
                match lo {
                    Some(lo) => {
                        next += 6;
                        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                    }
                    None => None,
                }
            } else {
                char::from_u32(hi)
            };
            out.extend(ch);
            next
        }
        _ => {
            // `\"`, `\\`, `\/`, and any other character stands for itself.
            let ch = src.get(at..)?.chars().next()?;
            out.push(ch);
            at + ch.len_utf8()
        }
    })
}

/// Whether `t` holds HTML markup: a paragraph's or a line break's tag, or a closing tag.
fn has_markup(t: &str) -> bool {
    t.contains("</") || t.contains("<br") || t.contains("<p>") || t.contains("<p ")
}

/// Whether `t` is an address or a path rather than words.
fn looks_like_address(t: &str) -> bool {
    !t.contains(' ')
        && (t.contains("://") || t.starts_with('/') || t.starts_with("data:") || t.contains('@'))
}

/// Whether `t` reads as prose: three words or more, a letter in most of them, and a capital
/// letter or a sentence's punctuation (a class list or a list of keys has neither), no
/// word longer than any word is (a hash, base64).
fn prose(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() < 3 || words.iter().any(|w| w.chars().count() > 40) {
        return false;
    }
    let lettered = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    lettered * 2 > words.len()
        && (t.chars().any(char::is_uppercase)
            || t.contains(['.', ',', ';', '!', '?', '\u{2019}'])
            || !t.is_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(scripts: &[&str]) -> Vec<String> {
        let mut s = ScriptText::default();
        for src in scripts {
            s.read(src, &|m: &str| format!("<{m}>"));
        }
        s.lines
    }

    #[test]
    fn next_data_keeps_prose_and_text_keys_in_order() {
        let lines = read(&[
            r#"{"props":{"pageProps":{"post":{"_id":"a81f","title":"Wells near the landfill","slug":"wells-landfill","className":"text-lg font-bold","body":[{"_type":"block","children":[{"_type":"span","marks":[],"text":"The new wells were drilled "},{"_type":"span","marks":["em"],"text":"far"},{"_type":"span","text":" too close."}]}]}}},"page":"/[slug]","buildId":"x9"}"#,
        ]);
        assert_eq!(
            lines,
            [
                "Wells near the landfill",
                "The new wells were drilled",
                "far",
                "too close."
            ]
        );
    }

    #[test]
    fn javascript_state_with_unquoted_keys_escapes_and_comments() {
        let lines = read(&[
            "// it's the state\nwindow.__NUXT__=(function(a,b){return {data:[{story:{headline:\"Don\\u2019t drink the water\",body:a}}],state:b}}(\"Nobody tested the water\\nfor two years.\",{}));",
        ]);
        assert_eq!(
            lines,
            [
                "Don\u{2019}t drink the water",
                "Nobody tested the water for two years."
            ]
        );
    }

    #[test]
    fn json_inside_a_string_and_markup_are_read() {
        let lines = read(&[
            r#"window.__PRELOADED_STATE__ = JSON.parse("{\"story\":{\"html\":\"<p>Drilled too close.<\/p>\",\"tags\":[\"wells\",\"water\"]}}");"#,
        ]);
        assert_eq!(lines, ["<<p>Drilled too close.</p>>"]);
    }

    #[test]
    fn surrogate_pairs_and_unclosed_marks() {
        let mut out = String::new();
        assert_eq!(escape(r"\uD83D\uDE00", 1, &mut out), Some(12));
        assert_eq!(out, "\u{1F600}");
        assert_eq!(literal("\"open\nline\"", 0), None);
        assert_eq!(
            read(&[
                "var re = /'/; var s = \"An article's words, read whole here.\"; var t = 1;   "
            ]),
            ["An article's words, read whole here."]
        );
    }

    #[test]
    fn caps_bound_what_is_read() {
        let para = format!(
            "{{\"text\":\"{}\"}}",
            "The same sentence said again and again. ".repeat(1000)
        );
        let many: Vec<String> = (0..400)
            .map(|i| para.replace("The same", &format!("Number {i}")))
            .collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        let mut s = ScriptText::default();
        for r in &refs {
            s.read(r, &|m: &str| m.to_string());
        }
        assert!(s.kept <= MAX_TEXT, "{}", s.kept);
        assert!(s.lines.len() < 400);
        assert!(s.read <= MAX_SCRIPT_BYTES);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// Any text, however broken its strings and escapes, is read without a panic and
        /// within the caps.
        #[test]
        fn any_script_is_read_safely(src in "[\"'\\\\/*{}\\[\\]():,=;a-zA-Z0-9_$ \n<>.é€😀-]{0,400}") {
            let mut s = ScriptText::default();
            s.read(&src, &|m: &str| m.to_string());
            s.read(&format!("{src}{src}"), &|m: &str| m.to_string());
            proptest::prop_assert!(s.kept <= MAX_TEXT);
            proptest::prop_assert!(s.lines.iter().all(|l| !l.trim().is_empty()));
        }
    }

    #[test]
    fn state_is_set_by_a_framework_global() {
        assert!(sets_state("window.__NUXT__=(function(a){}())"));
        assert!(sets_state(
            "window.__PRELOADED_STATE__ = JSON.parse(\"{}\")"
        ));
        assert!(!sets_state("var teaser = \"Words\"; window.analytics = {}"));
        assert!(!sets_state("if (window.__NUXT__ == null) {}"));
        assert!(!sets_state("x.__proto__ = y"));
    }

    #[test]
    fn types_that_hold_data() {
        assert!(is_data_script(None));
        assert!(is_data_script(Some("application/json")));
        assert!(is_data_script(Some("Module")));
        assert!(!is_data_script(Some("application/ld+json")));
        assert!(!is_data_script(Some("text/x-handlebars-template")));
    }
}
