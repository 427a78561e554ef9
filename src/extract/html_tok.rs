//! A small HTML tokenizer over the source bytes: start and end tags (with attributes),
//! text with character references decoded, comments, and the raw-text content of elements
//! such as `script` and `title`. It follows the HTML tokenization rules that change what
//! text or which tags come out (line endings, bogus comments, `</x>` in raw text, named and
//! numeric references with the legacy forms); it skips the error bookkeeping a browser
//! needs. It replaces html5ever's tokenizer, which walks the input a character at a time
//! through tendrils and cost more than all the extraction built on it.

use std::borrow::Cow;
use std::ops::Range;

use html5ever::data::NAMED_ENTITIES;

/// How the content of the element just opened is tokenized.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Raw {
    /// Text up to the matching end tag, references decoded (`title`, `textarea`).
    Rcdata,
    /// Text up to the matching end tag, verbatim (`script`, `style`, ...).
    Rawtext,
    /// Everything to the end of the input is text.
    Plaintext,
}

/// Receives the tokens.
pub trait Sink {
    /// Decoded text (called several times for one run of text).
    fn text(&mut self, t: &str);
    /// A start tag: lower-case name and attributes (first of each name kept). Returns how
    /// its content is tokenized, when not as ordinary markup.
    fn start(&mut self, name: &str, attrs: &[(String, String)], self_closing: bool) -> Option<Raw>;
    /// An end tag (lower-case name).
    fn end(&mut self, name: &str);
    /// Text with the source range it was read from: `verbatim` when the text is that
    /// range's bytes unchanged, otherwise the whole text stands for the whole range (a
    /// character reference, a line ending, raw text with its line endings normalised).
    /// Calls [`Sink::text`] unless implemented.
    fn text_from(&mut self, t: &str, src: Range<usize>, verbatim: bool) {
        let _ = (src, verbatim);
        self.text(t);
    }
    /// A start tag with the source range of its markup, `<` to `>`. Calls [`Sink::start`]
    /// unless implemented.
    fn start_at(
        &mut self,
        name: &str,
        attrs: &[(String, String)],
        self_closing: bool,
        at: Range<usize>,
    ) -> Option<Raw> {
        let _ = at;
        self.start(name, attrs, self_closing)
    }
    /// A comment, doctype or processing instruction: ends the current text node.
    fn comment(&mut self);
}

/// How the content of an HTML element named `name` (lower case) is tokenized when it is
/// not ordinary markup, as a browser with scripting does.
#[must_use]
pub fn raw_content(name: &str) -> Option<Raw> {
    match name {
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
            Some(Raw::Rawtext)
        }
        "title" | "textarea" => Some(Raw::Rcdata),
        "plaintext" => Some(Raw::Plaintext),
        _ => None,
    }
}

/// Attributes kept per tag.
const MAX_ATTRS: usize = 256;

/// Attributes naming a source, kept past [`MAX_ATTRS`] (the first of each): a link whose
/// `href` follows hundreds of other attributes still cites its quotation.
const CITING_ATTRS: [&str; 3] = ["href", "src", "cite"];

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

/// Tokenizes `src` into `sink`.
pub fn tokenize(src: &str, sink: &mut impl Sink) {
    let b = src.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut buf = String::new();
    // One tag's attributes, their strings reused from tag to tag.
    let mut attrs = Vec::new();
    while i < n {
        // Text up to the next markup or reference.
        let Some(j) = memchr::memchr3(b'<', b'&', b'\r', b.get(i..).unwrap_or(&[])) else {
            push_text(sink, src.get(i..).unwrap_or(""), i);
            break;
        };
        let j = i + j;
        push_text(sink, src.get(i..j).unwrap_or(""), i);
        i = j;
        i = match b.get(i) {
            Some(b'\r') => line_ending(sink, b, i, n),
            Some(b'&') => reference(sink, src, i, n, &mut buf),
            _ => markup(src, i, sink, &mut buf, &mut attrs),
        };
    }
}

/// Passes on the line ending at the `\r` at `at` (text ends at `end`) as `\n`: `\r\n` is
/// its `\n`, a lone `\r` stands for one. Returns where text resumes.
fn line_ending(sink: &mut impl Sink, b: &[u8], at: usize, end: usize) -> usize {
    if at + 1 < end && b.get(at + 1) == Some(&b'\n') {
        sink.text_from("\n", at + 1..at + 2, true);
        at + 2
    } else {
        sink.text_from("\n", at..at + 1, false);
        at + 1
    }
}

/// Passes on the character reference at the `&` at `at` (text ends at `end`), decoded; a
/// `&` that starts none is itself. Returns where text resumes.
fn reference(sink: &mut impl Sink, src: &str, at: usize, end: usize, buf: &mut String) -> usize {
    buf.clear();
    let e = char_ref(src, at, false, buf).clamp(at + 1, end);
    let verbatim = src.get(at..e) == Some(buf.as_str());
    sink.text_from(buf, at..e, verbatim);
    e
}

/// Passes text found at `at` on, dropping NUL characters (ignored in body content).
fn push_text(sink: &mut impl Sink, t: &str, at: usize) {
    if memchr::memchr(0, t.as_bytes()).is_none() {
        if !t.is_empty() {
            sink.text_from(t, at..at + t.len(), true);
        }
        return;
    }
    let mut from = 0;
    for piece in t.split('\0') {
        if !piece.is_empty() {
            sink.text_from(piece, at + from..at + from + piece.len(), true);
        }
        from += piece.len() + 1;
    }
}

/// Handles the `<` at `i`; returns where tokenizing resumes.
fn markup(
    src: &str,
    i: usize,
    sink: &mut impl Sink,
    buf: &mut String,
    attrs: &mut Vec<(String, String)>,
) -> usize {
    let b = src.as_bytes();
    let n = b.len();
    let rest = src.get(i..).unwrap_or("");
    let find_gt = |from: usize| {
        memchr::memchr(b'>', b.get(from..).unwrap_or(&[])).map_or(n, |e| from + e + 1)
    };
    match b.get(i + 1) {
        Some(b'!') => {
            sink.comment();
            if rest.starts_with("<!--") {
                let body = i + 4;
                if b.get(body) == Some(&b'>') {
                    return body + 1;
                }
                if b.get(body..body + 2) == Some(b"->") {
                    return body + 2;
                }
                let mut k = body;
                loop {
                    let Some(e) = memchr::memchr(b'-', b.get(k..).unwrap_or(&[])) else {
                        return n;
                    };
                    let at = k + e;
                    if b.get(at..at + 3) == Some(b"-->") {
                        return at + 3;
                    }
                    if b.get(at..at + 4) == Some(b"--!>") {
                        return at + 4;
                    }
                    k = at + 1;
                }
            }
            find_gt(i + 2)
        }
        Some(b'?') => {
            sink.comment();
            find_gt(i + 2)
        }
        Some(b'/') => match b.get(i + 2) {
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, k) = tag_name(src, i + 2);
                let mut sc = false;
                match attributes(src, k, attrs, &mut sc, buf) {
                    Some((end, _)) => {
                        sink.end(&name);
                        end
                    }
                    None => n,
                }
            }
            Some(b'>') => i + 3,
            None => {
                sink.text_from("</", i..n, true);
                n
            }
            Some(_) => {
                sink.comment();
                find_gt(i + 2)
            }
        },
        Some(c) if c.is_ascii_alphabetic() => {
            let (name, k) = tag_name(src, i + 1);
            let mut self_closing = false;
            let Some((end, count)) = attributes(src, k, attrs, &mut self_closing, buf) else {
                return n;
            };
            let kept = attrs.get(..count).unwrap_or(&[]);
            match sink.start_at(&name, kept, self_closing, i..end) {
                None => end,
                Some(Raw::Plaintext) => {
                    raw_text(sink, src, end..n, false, buf);
                    n
                }
                Some(kind) => {
                    let close = find_end_tag(b, end, &name).unwrap_or(n);
                    raw_text(sink, src, end..close, kind == Raw::Rcdata, buf);
                    close
                }
            }
        }
        _ => {
            sink.text_from("<", i..i + 1, true);
            i + 1
        }
    }
}

/// The content of a raw-text element (`refs` false) or an RCDATA one (`refs`: references
/// decoded) at `range` of `src`, passed on piece by piece with where each came from: line
/// endings normalised, NUL replaced.
fn raw_text(sink: &mut impl Sink, src: &str, range: Range<usize>, refs: bool, buf: &mut String) {
    let b = src.as_bytes();
    let end = range.end.min(b.len());
    let mut i = range.start;
    while i < end {
        let rest = b.get(i..end).unwrap_or(&[]);
        let next = if refs {
            memchr::memchr3(b'&', b'\r', 0, rest)
        } else {
            memchr::memchr2(b'\r', 0, rest)
        };
        let Some(k) = next else {
            sink.text_from(src.get(i..end).unwrap_or(""), i..end, true);
            break;
        };
        let j = i + k;
        if j > i {
            sink.text_from(src.get(i..j).unwrap_or(""), i..j, true);
        }
        i = match b.get(j) {
            Some(b'\r') => line_ending(sink, b, j, end),
            Some(0) => {
                sink.text_from("\u{FFFD}", j..j + 1, false);
                j + 1
            }
            _ => reference(sink, src, j, end, buf),
        };
    }
}

/// The offset of `</name` (any case) followed by whitespace, `/` or `>`, from `from`.
fn find_end_tag(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let nb = name.as_bytes();
    let mut k = from;
    loop {
        let e = k + memchr::memmem::find(b.get(k..)?, b"</")?;
        let after = e + 2 + nb.len();
        if b.get(e + 2..after)
            .is_some_and(|w| w.eq_ignore_ascii_case(nb))
            && b.get(after)
                .is_some_and(|&c| is_ws(c) || c == b'/' || c == b'>')
        {
            return Some(e);
        }
        k = e + 2;
    }
}

/// A tag name from `i`: lower-cased, up to whitespace, `/` or `>`.
fn tag_name(src: &str, i: usize) -> (Cow<'_, str>, usize) {
    let b = src.as_bytes();
    let mut k = i;
    let mut plain = true;
    while let Some(&c) = b.get(k) {
        if is_ws(c) || c == b'/' || c == b'>' {
            break;
        }
        plain &= !c.is_ascii_uppercase() && c != 0;
        k += 1;
    }
    let raw = src.get(i..k).unwrap_or("");
    if plain {
        return (Cow::Borrowed(raw), k);
    }
    (
        Cow::Owned(raw.to_ascii_lowercase().replace('\0', "\u{FFFD}")),
        k,
    )
}

/// Attributes from `i` to the tag's `>`, written over the first entries of `attrs` (whose
/// strings are reused); returns the offset after the `>` and how many entries are this
/// tag's (`None` at EOF).
fn attributes(
    src: &str,
    mut i: usize,
    attrs: &mut Vec<(String, String)>,
    self_closing: &mut bool,
    buf: &mut String,
) -> Option<(usize, usize)> {
    let b = src.as_bytes();
    let mut count = 0;
    // Which of [`CITING_ATTRS`] this tag has kept (one bit each).
    let mut citing_kept = 0u8;
    loop {
        // Before an attribute name.
        while b.get(i).is_some_and(|&c| is_ws(c)) {
            i += 1;
        }
        match b.get(i)? {
            b'>' => return Some((i + 1, count)),
            b'/' => {
                if b.get(i + 1) == Some(&b'>') {
                    *self_closing = true;
                    return Some((i + 2, count));
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        // The name: the first character may be `=`.
        let start = i;
        i += 1;
        while b
            .get(i)
            .is_some_and(|&c| !is_ws(c) && !matches!(c, b'/' | b'>' | b'='))
        {
            i += 1;
        }
        // A tag with absurdly many attributes keeps the first few hundred, so the duplicate
        // check stays cheap; the rest are read into a scratch entry.
        if count == attrs.len() {
            attrs.push((String::new(), String::new()));
        }
        let (kept, scratch) = attrs.split_at_mut(count);
        let (name, value) = scratch.first_mut()?;
        name.clear();
        value.clear();
        name.push_str(src.get(start..i).unwrap_or(""));
        name.make_ascii_lowercase();
        while b.get(i).is_some_and(|&c| is_ws(c)) {
            i += 1;
        }
        if b.get(i) == Some(&b'=') {
            i += 1;
            while b.get(i).is_some_and(|&c| is_ws(c)) {
                i += 1;
            }
            match b.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let e = i + 1 + memchr::memchr(q, b.get(i + 1..)?)?;
                    attr_value(src.get(i + 1..e).unwrap_or(""), value, buf);
                    i = e + 1;
                }
                Some(b'>') | None => {}
                Some(_) => {
                    let s = i;
                    while b.get(i).is_some_and(|&c| !is_ws(c) && c != b'>') {
                        i += 1;
                    }
                    attr_value(src.get(s..i).unwrap_or(""), value, buf);
                }
            }
        }
        // Duplicates keep the first. Past the cap only a citing attribute the tag has not
        // kept yet is kept (a bit, not a walk over the kept ones).
        let citing = CITING_ATTRS
            .iter()
            .position(|c| c == name)
            .map_or(0, |k| 1u8 << k);
        let keep = if count < MAX_ATTRS {
            !kept.iter().any(|(k, _)| k == name)
        } else {
            citing != 0 && citing_kept & citing == 0
        };
        if keep {
            citing_kept |= citing;
            count += 1;
        }
    }
}

fn attr_value(raw: &str, out: &mut String, buf: &mut String) {
    if !raw
        .as_bytes()
        .iter()
        .any(|&c| c == b'&' || c == b'\r' || c == 0)
    {
        out.push_str(raw);
        return;
    }
    decode_into(raw, true, out, buf);
}

/// Appends `raw` to `out` with character references decoded (`in_attribute` selects the
/// attribute-value rules for references without a semicolon), CR and CRLF turned into LF, and
/// NUL into U+FFFD. `buf` is scratch space for one reference.
fn decode_into(raw: &str, in_attribute: bool, out: &mut String, buf: &mut String) {
    let b = raw.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let Some(j) = memchr::memchr3(b'&', b'\r', 0, b.get(i..).unwrap_or(&[])) else {
            out.push_str(raw.get(i..).unwrap_or(""));
            break;
        };
        let j = i + j;
        out.push_str(raw.get(i..j).unwrap_or(""));
        match b.get(j) {
            Some(b'&') => {
                buf.clear();
                i = char_ref(raw, j, in_attribute, buf);
                out.push_str(buf);
            }
            Some(b'\r') => {
                out.push('\n');
                i = j + 1;
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            _ => {
                out.push('\u{FFFD}');
                i = j + 1;
            }
        }
    }
}

/// Decodes the character references in an attribute's value as a browser does (every
/// named reference, numeric ones: `java&#9;script:` is `java\tscript:`), for markup the
/// tokenizer does not read itself (raw HTML in Markdown).
#[must_use]
pub fn decode_attribute(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(j) = s.get(i..).and_then(|r| r.find('&')) {
        out.push_str(s.get(i..i + j).unwrap_or(""));
        i = char_ref(s, i + j, true, &mut out);
    }
    out.push_str(s.get(i..).unwrap_or(""));
    out
}

/// Windows-1252 meanings of the C1 code points in numeric references.
const C1: [u32; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
];

/// Decodes the reference at `src[i] == '&'` into `out`; returns the offset after it (the
/// `&` alone, kept literally, when nothing matches).
fn char_ref(src: &str, i: usize, in_attr: bool, out: &mut String) -> usize {
    let b = src.as_bytes();
    if b.get(i + 1) == Some(&b'#') {
        let hex = matches!(b.get(i + 2), Some(b'x' | b'X'));
        let start = if hex { i + 3 } else { i + 2 };
        let mut k = start;
        let mut v: u32 = 0;
        while let Some(&c) = b.get(k) {
            let d = if hex {
                (c as char).to_digit(16)
            } else {
                (c as char).to_digit(10)
            };
            let Some(d) = d else { break };
            v = v
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d);
            k += 1;
        }
        if k == start {
            out.push('&');
            return i + 1;
        }
        if b.get(k) == Some(&b';') {
            k += 1;
        }
        let v = match v {
            0x80..=0x9F => C1.get((v - 0x80) as usize).copied().unwrap_or(v),
            _ => v,
        };
        out.push(char::from_u32(v).filter(|_| v != 0).unwrap_or('\u{FFFD}'));
        return k;
    }
    // Named: the longest name in the table that the text starts with.
    let mut k = i + 1;
    while b.get(k).is_some_and(u8::is_ascii_alphanumeric) && k - i <= 32 {
        k += 1;
    }
    if k == i + 1 {
        out.push('&');
        return i + 1;
    }
    let with_semi = if b.get(k) == Some(&b';') { k + 1 } else { k };
    let mut end = with_semi;
    while end > i + 1 {
        if let Some(name) = src.get(i + 1..end) {
            // The table also holds every prefix of a name, mapped to (0, 0).
            if let Some(&(c1, c2)) = NAMED_ENTITIES.get(name).filter(|v| v.0 != 0) {
                let next = b.get(end);
                if in_attr
                    && !name.ends_with(';')
                    && next.is_some_and(|&c| c == b'=' || c.is_ascii_alphanumeric())
                {
                    break;
                }
                if let Some(c) = char::from_u32(c1) {
                    out.push(c);
                }
                if c2 != 0 {
                    if let Some(c) = char::from_u32(c2) {
                        out.push(c);
                    }
                }
                return end;
            }
        }
        end -= 1;
    }
    out.push('&');
    i + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records tokens as readable strings.
    #[derive(Default)]
    struct Rec {
        out: Vec<String>,
        text: String,
    }

    impl Rec {
        fn flush(&mut self) {
            if !self.text.is_empty() {
                self.out
                    .push(format!("T{:?}", std::mem::take(&mut self.text)));
            }
        }
    }

    impl Sink for Rec {
        fn text(&mut self, t: &str) {
            self.text.push_str(t);
        }
        fn start(&mut self, name: &str, attrs: &[(String, String)], sc: bool) -> Option<Raw> {
            self.flush();
            let a: Vec<String> = attrs.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
            self.out.push(format!(
                "<{name}{}>{}",
                if sc { "/" } else { "" },
                a.join(",")
            ));
            match name {
                "script" | "style" => Some(Raw::Rawtext),
                "title" => Some(Raw::Rcdata),
                _ => None,
            }
        }
        fn end(&mut self, name: &str) {
            self.flush();
            self.out.push(format!("</{name}>"));
        }
        fn comment(&mut self) {
            self.flush();
            self.out.push("#".into());
        }
    }

    fn toks(src: &str) -> Vec<String> {
        let mut r = Rec::default();
        tokenize(src, &mut r);
        r.flush();
        r.out
    }

    #[test]
    fn tags_attributes_and_comments() {
        assert_eq!(
            toks("<P Class=x id='a>b' HREF=\"u?a=1&amp;b=2\" class=y>t</p >"),
            [
                "<p>class=\"x\",id=\"a>b\",href=\"u?a=1&b=2\"",
                "T\"t\"",
                "</p>"
            ]
        );
        assert_eq!(
            toks("a<!-- x -->b<!---->c<!x>d"),
            ["T\"a\"", "#", "T\"b\"", "#", "T\"c\"", "#", "T\"d\""]
        );
        assert_eq!(toks("<br/>1 < 2 </>"), ["<br/>", "T\"1 < 2 \""]);
        // An unterminated tag at the end is dropped; so is a `<` before a non-letter kept.
        assert_eq!(toks("x <a href=\"y"), ["T\"x \""]);
    }

    #[test]
    fn references_follow_the_html_rules() {
        assert_eq!(
            toks("&lt;&gt&amp;x &notit; &#8220;&#x201D; &#150; &#0; &bogus; & ;"),
            ["T\"<>&x ¬it; “” – \u{fffd} &bogus; & ;\""]
        );
        // In attributes a legacy reference followed by `=` or an alphanumeric stays as is.
        assert_eq!(
            toks("<a href=\"?a=1&copy=2&not;\">"),
            ["<a>href=\"?a=1&copy=2¬\""]
        );
    }

    #[test]
    fn raw_text_and_line_endings() {
        assert_eq!(
            toks("<script>if (a<b) x = '</scripty>';</script>\r\nz"),
            [
                "<script>",
                "T\"if (a<b) x = '</scripty>';\"",
                "</script>",
                "T\"\\nz\""
            ]
        );
        assert_eq!(
            toks("<title>A &amp; B</TITLE>"),
            ["<title>", "T\"A & B\"", "</title>"]
        );
        assert_eq!(
            toks("<style>never closed"),
            ["<style>", "T\"never closed\""]
        );
    }
}
