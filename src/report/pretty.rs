//! Pretty JSON for the extract report's array elements, written by hand.
//!
//! The bytes are exactly what serde_json's pretty printer writes for the same values (two
//! spaces a level, `"key": value`, serde's escaping); tests compare the two on every fixture,
//! on every ASCII character and on every enum variant. Written by hand because on large
//! documents this is most of the JSON time: the keys are constant (serde escapes each one
//! again for every element), and most values need no escaping at all, which one scan tells.

use crate::model::{
    Attribution, Footnote, Link, LinkKind, Position, Quote, QuoteCitation, QuoteKind, Warning,
};

/// A value that writes itself as pretty JSON, opening at nesting depth `depth`.
pub(crate) trait PrettyJson {
    /// Appends the value; the caller has written the indentation before its first line.
    fn pretty(&self, out: &mut Vec<u8>, depth: usize);
}

/// Spaces for indentation, two per level.
const SPACES: &[u8; 64] = b"                                                                ";

fn indent(out: &mut Vec<u8>, depth: usize) {
    let n = depth * 2;
    match SPACES.get(..n) {
        Some(spaces) => out.extend_from_slice(spaces),
        None => out.resize(out.len() + n, b' '),
    }
}

/// Bytes that need escaping in a JSON string: control characters, `"` and `\`.
const ESCAPE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// A JSON string, escaped as serde_json escapes: `"` and `\`, the short forms `\b \f \n \r
/// \t`, other control characters as `\u00XX` (lowercase hex); everything else as is. Runs
/// without anything to escape (nearly all text) are found with a table and copied whole.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut from = 0;
    let mut i = 0;
    while i < b.len() {
        // Eight bytes at a time while none needs escaping (nearly all text).
        if let Some(w) = b.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(w);
            if !needs_escape(u64::from_le_bytes(word)) {
                i += 8;
                continue;
            }
        }
        let c = b[i];
        if !ESCAPE[usize::from(c)] {
            i += 1;
            continue;
        }
        out.extend_from_slice(&b[from..i]);
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => {
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(c >> 4)]);
                out.push(HEX[usize::from(c & 0xf)]);
            }
        }
        i += 1;
        from = i;
    }
    out.extend_from_slice(&b[from..]);
    out.push(b'"');
}

/// Whether any of the eight bytes of `w` is a control character, `"` or `\\` (bit tricks:
/// a byte below 0x20, or equal to one of the two, sets its high bit in the result; bytes of
/// 0x80 and above never do).
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    let quote = zero_byte(w ^ (ONES * u64::from(b'"')));
    let backslash = zero_byte(w ^ (ONES * u64::from(b'\\')));
    (below_space | quote | backslash) != 0
}

fn number(out: &mut Vec<u8>, mut n: usize) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        // n % 10 < 10: the cast cannot truncate.
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[at..]);
}

fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// An object being written: `{`, then `"key": value` pairs, then `}`.
struct Obj<'o> {
    out: &'o mut Vec<u8>,
    depth: usize,
    first: bool,
}

impl<'o> Obj<'o> {
    fn new(out: &'o mut Vec<u8>, depth: usize) -> Self {
        out.push(b'{');
        Obj {
            out,
            depth,
            first: true,
        }
    }

    /// Starts a member: the separator, the indentation and `"key": `. `key` needs no escaping.
    fn key(&mut self, key: &str) -> &mut Vec<u8> {
        // Assembled on the stack and appended at once: one capacity check instead of five
        // (this runs for every member of every element of a large report). 48 bytes cover
        // the depths the report uses; deeper members take the piecewise path.
        let mut buf = [b' '; 48];
        let sep: &[u8] = if self.first { b"\n" } else { b",\n" };
        self.first = false;
        let spaces = (self.depth + 1) * 2;
        let k = key.as_bytes();
        let total = sep.len() + spaces + k.len() + 4;
        if let Some(b) = buf.get_mut(..total) {
            b[..sep.len()].copy_from_slice(sep);
            let at = sep.len() + spaces;
            b[at] = b'"';
            b[at + 1..at + 1 + k.len()].copy_from_slice(k);
            b[at + 1 + k.len()..].copy_from_slice(b"\": ");
            self.out.extend_from_slice(b);
        } else {
            self.out.extend_from_slice(sep);
            indent(self.out, self.depth + 1);
            self.out.push(b'"');
            self.out.extend_from_slice(k);
            self.out.extend_from_slice(b"\": ");
        }
        self.out
    }

    fn str(&mut self, key: &str, v: &str) {
        string(self.key(key), v);
    }

    fn opt(&mut self, key: &str, v: Option<&str>) {
        opt_string(self.key(key), v);
    }

    fn num(&mut self, key: &str, v: usize) {
        number(self.key(key), v);
    }

    fn list<T: PrettyJson>(&mut self, key: &str, items: &[T]) {
        let depth = self.depth + 1;
        array(self.key(key), depth, items);
    }

    fn end(self) {
        if !self.first {
            self.out.push(b'\n');
            indent(self.out, self.depth);
        }
        self.out.push(b'}');
    }
}

/// An array at `depth`: `[]`, or its elements one a line, one level deeper.
fn array<T: PrettyJson>(out: &mut Vec<u8>, depth: usize, items: &[T]) {
    if items.is_empty() {
        out.extend_from_slice(b"[]");
        return;
    }
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        indent(out, depth + 1);
        item.pretty(out, depth + 1);
    }
    out.push(b'\n');
    indent(out, depth);
    out.push(b']');
}

impl PrettyJson for String {
    fn pretty(&self, out: &mut Vec<u8>, _depth: usize) {
        string(out, self);
    }
}

impl PrettyJson for Position {
    fn pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = Obj::new(out, depth);
        o.num("line", self.line);
        o.num("column", self.column);
        o.end();
    }
}

impl PrettyJson for Warning {
    fn pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = Obj::new(out, depth);
        o.num("line", self.line);
        o.num("column", self.column);
        o.str("message", &self.message);
        o.end();
    }
}

/// The serde (snake_case) name of a link kind.
pub(crate) fn link_kind(k: LinkKind) -> &'static str {
    match k {
        LinkKind::Link => "link",
        LinkKind::Reference => "reference",
        LinkKind::Autolink => "autolink",
        LinkKind::Image => "image",
        LinkKind::Bare => "bare",
        LinkKind::Iframe => "iframe",
        LinkKind::Media => "media",
        LinkKind::Cite => "cite",
        LinkKind::Placeholder => "placeholder",
        LinkKind::Email => "email",
        LinkKind::FrontMatter => "front_matter",
    }
}

fn quote_kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Inline => "inline",
        QuoteKind::Block => "block",
    }
}

pub(crate) fn attribution(a: Attribution) -> &'static str {
    match a {
        Attribution::MarkerAfter => "marker_after",
        Attribution::MarkerInSentence => "marker_in_sentence",
        Attribution::IntroMarker => "intro_marker",
        Attribution::Link => "link",
        Attribution::CiteAttribute => "cite_attribute",
        Attribution::InNote => "in_note",
        Attribution::MarkerBefore => "marker_before",
        Attribution::SameRow => "same_row",
        Attribution::Following => "following",
        Attribution::Preceding => "preceding",
        Attribution::Repeated => "repeated",
    }
}

impl PrettyJson for Link {
    fn pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = Obj::new(out, depth);
        o.str("url", &self.url);
        o.str("kind", link_kind(self.kind));
        o.str("text", &self.text);
        o.num("line", self.line);
        o.num("column", self.column);
        o.opt("footnote", self.footnote.as_deref());
        o.str("raw", &self.raw);
        if let Some(a) = &self.archive_of {
            o.str("archive_of", a);
        }
        if let Some(a) = &self.archived_at {
            o.str("archived_at", a);
        }
        if self.furniture {
            o.key("furniture").extend_from_slice(b"true");
        }
        o.end();
    }
}

impl PrettyJson for Footnote {
    fn pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = Obj::new(out, depth);
        o.str("label", &self.label);
        o.num("line", self.line);
        o.num("column", self.column);
        o.str("text", &self.text);
        o.list("urls", &self.urls);
        o.opt("title", self.title.as_deref());
        o.list("authors", &self.authors);
        o.opt("publisher", self.publisher.as_deref());
        o.opt("date", self.date.as_deref());
        o.list("referenced_at", &self.referenced_at);
        o.end();
    }
}

impl PrettyJson for QuoteCitation {
    fn pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = Obj::new(out, depth);
        o.opt("footnote", self.footnote.as_deref());
        o.opt("url", self.url.as_deref());
        o.str("attribution", attribution(self.attribution));
        o.end();
    }
}

impl PrettyJson for Quote {
    fn pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = Obj::new(out, depth);
        o.str("text", &self.text);
        o.str("kind", quote_kind(self.kind));
        o.num("words", self.words);
        o.key("short")
            .extend_from_slice(if self.short { b"true" } else { b"false" });
        o.num("line", self.line);
        o.num("column", self.column);
        o.list("citations", &self.citations);
        o.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-byte test agrees with the byte table on every byte at every position, with
    /// every kind of neighbour, and on pseudo-random words.
    #[test]
    fn word_test_agrees_with_the_table() {
        let by_table = |w: u64| w.to_le_bytes().iter().any(|&c| ESCAPE[usize::from(c)]);
        for fill in [b'a', 0x00, 0x1f, b' ', b'"', 0x7f, 0x80, 0xff] {
            for v in 0..=255u8 {
                for at in 0..8 {
                    let mut bytes = [fill; 8];
                    bytes[at] = v;
                    let w = u64::from_le_bytes(bytes);
                    assert_eq!(needs_escape(w), by_table(w), "{bytes:?}");
                }
            }
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            assert_eq!(needs_escape(x), by_table(x), "{x:#x}");
        }
    }

    /// Keys are written from a stack buffer, or piece by piece when nesting is too deep
    /// for it: both give the same bytes.
    #[test]
    fn keys_at_any_depth() {
        for depth in [0, 3, 4, 6, 13, 14, 15, 16, 50, 70] {
            let mut got = Vec::new();
            let mut o = Obj::new(&mut got, depth);
            o.num("line", 7);
            o.str("message", "m");
            o.end();
            let pad = |d: usize| " ".repeat(d * 2);
            let want = format!(
                "{{\n{0}\"line\": 7,\n{0}\"message\": \"m\"\n{1}}}",
                pad(depth + 1),
                pad(depth)
            );
            assert_eq!(String::from_utf8_lossy(&got), want, "depth {depth}");
        }
    }

    fn same_as_serde<T: PrettyJson + serde::Serialize>(v: &T) {
        let mut got = Vec::new();
        v.pretty(&mut got, 0);
        let want = serde_json::to_vec_pretty(v).expect("json");
        assert_eq!(
            String::from_utf8_lossy(&got),
            String::from_utf8_lossy(&want)
        );
    }

    #[test]
    fn strings_escape_like_serde() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("é “quoted” \u{2028} \u{7f} 😀 \\\"");
        for s in [
            String::new(),
            all,
            "plain".into(),
            "\"".into(),
            "a\nb".into(),
        ] {
            same_as_serde(&s);
        }
        for n in [0usize, 7, 10, 99, 100, 123_456_789, usize::MAX] {
            let mut got = Vec::new();
            number(&mut got, n);
            assert_eq!(got, n.to_string().into_bytes());
        }
    }

    #[test]
    fn every_enum_name_is_serdes() {
        use LinkKind as K;
        for k in [
            K::Link,
            K::Reference,
            K::Autolink,
            K::Image,
            K::Bare,
            K::Iframe,
            K::Cite,
            K::Placeholder,
            K::Email,
        ] {
            assert_eq!(
                format!("\"{}\"", link_kind(k)),
                serde_json::to_string(&k).expect("json")
            );
        }
        for k in [QuoteKind::Inline, QuoteKind::Block] {
            assert_eq!(
                format!("\"{}\"", quote_kind(k)),
                serde_json::to_string(&k).expect("json")
            );
        }
        use Attribution as A;
        for a in [
            A::MarkerAfter,
            A::MarkerInSentence,
            A::IntroMarker,
            A::Link,
            A::CiteAttribute,
            A::InNote,
            A::MarkerBefore,
            A::SameRow,
            A::Following,
            A::Preceding,
            A::Repeated,
        ] {
            assert_eq!(
                format!("\"{}\"", attribution(a)),
                serde_json::to_string(&a).expect("json")
            );
        }
    }

    #[test]
    fn objects_with_empty_and_full_lists() {
        let q = Quote {
            text: "a \"b\"\n".into(),
            kind: QuoteKind::Block,
            words: 2,
            short: true,
            line: 3,
            column: 4,
            citations: vec![QuoteCitation {
                footnote: Some("1".into()),
                url: None,
                attribution: Attribution::IntroMarker,
            }],
            offset: 0,
            lead: "it was".into(),
            trail: String::new(),
            translation: false,
            asked: false,
            speaker: None,
            pronoun_speaker: None,
        };
        same_as_serde(&q);
        same_as_serde(&Quote {
            citations: Vec::new(),
            ..q
        });
        let f = Footnote {
            label: "1".into(),
            line: 1,
            column: 2,
            text: "t".into(),
            urls: vec!["https://a.example/".into(), "https://b.example/".into()],
            title: None,
            authors: Vec::new(),
            publisher: Some("P".into()),
            date: None,
            referenced_at: vec![Position { line: 5, column: 6 }],
        };
        same_as_serde(&f);
        same_as_serde(&Warning {
            line: 1,
            column: 1,
            message: "m".into(),
        });
        let plain = Link {
            url: "https://example.org/a".into(),
            kind: LinkKind::Bare,
            text: "t".into(),
            line: 1,
            column: 2,
            footnote: None,
            raw: "https://example.org/a".into(),
            archive_of: None,
            archived_at: None,
            furniture: false,
            offset: 0,
        };
        same_as_serde(&plain);
        same_as_serde(&Link {
            url: "https://web.archive.org/web/2020/https://example.org/a".into(),
            archive_of: Some("https://example.org/a".into()),
            archived_at: Some("2020".into()),
            ..plain.clone()
        });
        same_as_serde(&Link {
            furniture: true,
            ..plain
        });
    }
}
