//! A small, forgiving reader for the part of YAML that front matter and CSL YAML
//! bibliographies use: block mappings and sequences by indentation, flow sequences and
//! mappings (`[a, b]`, `{family: Moreau}`), plain, single- and double-quoted scalars, and
//! `|`/`>` block scalars. Anchors, tags, multi-document streams and the like are read as
//! plain text or skipped. It never fails: what cannot be read is left out.
//!
//! No YAML crate: front matter is a few lines, and this keeps the dependency tree lean.

/// A YAML value, with the source offset of each scalar and key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A scalar, as text (quotes removed), and its source offset.
    Str(String, usize),
    /// A sequence.
    List(Vec<Value>),
    /// A mapping: key, the key's source offset, value.
    Map(Vec<(String, usize, Value)>),
    /// Nothing (`key:` with no value).
    Null,
}

impl Value {
    /// The value under `key`, if this is a mapping that has it.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(m) => m.iter().find(|(k, _, _)| k == key).map(|(_, _, v)| v),
            _ => None,
        }
    }

    /// The key `key` of a mapping, with its offset and value.
    #[must_use]
    pub fn entry(&self, key: &str) -> Option<(usize, &Value)> {
        match self {
            Value::Map(m) => m
                .iter()
                .find(|(k, _, _)| k == key)
                .map(|(_, at, v)| (*at, v)),
            _ => None,
        }
    }

    /// The text of a scalar (empty text is none).
    #[must_use]
    pub fn str(&self) -> Option<&str> {
        match self {
            Value::Str(s, _) if !s.trim().is_empty() => Some(s.trim()),
            _ => None,
        }
    }

    /// A sequence's items; a single value is a sequence of one.
    #[must_use]
    pub fn items(&self) -> &[Value] {
        match self {
            Value::List(v) => v,
            Value::Null => &[],
            other => std::slice::from_ref(other),
        }
    }
}

/// One line that holds something: its indentation, text (from the first non-blank) and the
/// text's source offset.
#[derive(Debug, Clone, Copy)]
struct Line<'s> {
    indent: usize,
    text: &'s str,
    at: usize,
}

/// How deep nesting is followed (deeper structure is skipped: no stack overflow).
const MAX_DEPTH: usize = 24;

/// Reads `src` (whose first byte is at source offset `base`) as one YAML document. Lines
/// `---` and `...` are skipped, so front matter can be handed over with its delimiters.
#[must_use]
pub fn parse(src: &str, base: usize) -> Value {
    let mut lines = Vec::new();
    let mut at = base;
    for raw in src.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let body = line.trim_start_matches([' ', '\t']);
        let indent = line.len() - body.len();
        let t = body.trim_end();
        if !t.is_empty() && !t.starts_with('#') && t != "---" && t != "..." {
            lines.push(Line {
                indent,
                text: t,
                at: at + indent,
            });
        }
        at += raw.len();
    }
    let mut r = Reader { lines, i: 0 };
    let v = r.node(0, 0);
    // Anything left at a smaller indentation than the first line (malformed): read on.
    let mut out = v;
    while r.i < r.lines.len() {
        let more = r.node(0, 0);
        if let (Value::Map(a), Value::Map(b)) = (&mut out, more) {
            a.extend(b);
        } else {
            r.i += 1;
        }
    }
    out
}

struct Reader<'s> {
    lines: Vec<Line<'s>>,
    i: usize,
}

/// Whether a line is a sequence item (`- x` or a lone `-`).
fn is_dash(t: &str) -> bool {
    t == "-" || t.starts_with("- ") || t.starts_with("-\t")
}

/// A `key: value` line's key, the value's byte offset in the line, or `None`.
fn split_key(t: &str) -> Option<(String, usize)> {
    let b = t.as_bytes();
    // A quoted key.
    if let Some(q @ (b'"' | b'\'')) = b.first().copied() {
        let close = t.get(1..)?.find(char::from(q))? + 1;
        let rest = t.get(close + 1..)?;
        let after = rest.strip_prefix(':')?;
        if !(after.is_empty() || after.starts_with([' ', '\t'])) {
            return None;
        }
        return Some((t.get(1..close)?.to_string(), close + 2));
    }
    if matches!(
        b.first(),
        Some(b'[' | b'{' | b'|' | b'>' | b'&' | b'*' | b'!')
    ) {
        return None;
    }
    let mut i = 0;
    while i < b.len() {
        if b.get(i) == Some(&b':') && b.get(i + 1).is_none_or(|&c| c == b' ' || c == b'\t') {
            let key = t.get(..i)?.trim_end();
            if key.is_empty() || key.contains(" #") {
                return None;
            }
            return Some((key.to_string(), i + 1));
        }
        i += 1;
    }
    None
}

impl<'s> Reader<'s> {
    fn peek(&self) -> Option<Line<'s>> {
        self.lines.get(self.i).copied()
    }

    /// The node starting at the current line, which is indented at least `min`.
    fn node(&mut self, min: usize, depth: usize) -> Value {
        let Some(line) = self.peek() else {
            return Value::Null;
        };
        if line.indent < min {
            return Value::Null;
        }
        if depth > MAX_DEPTH {
            // Skip the whole deeper structure.
            let ind = line.indent;
            while self.peek().is_some_and(|l| l.indent >= ind) {
                self.i += 1;
            }
            return Value::Null;
        }
        let (ind, text, at) = (line.indent, line.text, line.at);
        if is_dash(text) {
            return self.seq(ind, depth);
        }
        if split_key(text).is_some() {
            return self.map(ind, depth);
        }
        // A scalar (or flow collection) on lines of its own.
        self.i += 1;
        let joined = self.continued(text, ind);
        inline(&joined, at, depth)
    }

    /// `text` with the lines that continue it (a flow collection left open, a plain scalar
    /// folded over lines more indented than `ind`).
    fn continued(&mut self, text: &str, ind: usize) -> String {
        let mut s = text.to_string();
        loop {
            let open = unclosed(&s);
            let Some(next) = self.peek() else { break };
            let more = next.indent > ind
                && (open || (!is_dash(next.text) && split_key(next.text).is_none()));
            if !more {
                break;
            }
            s.push(' ');
            s.push_str(next.text);
            self.i += 1;
        }
        s
    }

    fn seq(&mut self, ind: usize, depth: usize) -> Value {
        let mut items = Vec::new();
        while let Some(line) = self.peek() {
            if line.indent != ind || !is_dash(line.text) {
                break;
            }
            let rest = line.text.get(1..).unwrap_or("");
            let body = rest.trim_start_matches([' ', '\t']);
            let skip = 1 + rest.len() - body.len();
            if body.is_empty() {
                self.i += 1;
                let item = if self.peek().is_some_and(|l| l.indent > ind) {
                    self.node(ind + 1, depth + 1)
                } else {
                    Value::Null
                };
                items.push(item);
                continue;
            }
            // The item's content starts on the dash's line: read it as a line of its own,
            // indented where its text starts (`- id: x` then `  title: y`).
            let at = line.at + skip;
            if let Some(l) = self.lines.get_mut(self.i) {
                l.indent = ind + skip;
                l.text = body;
                l.at = at;
            }
            items.push(self.node(ind + 1, depth + 1));
        }
        Value::List(items)
    }

    fn map(&mut self, ind: usize, depth: usize) -> Value {
        let mut entries = Vec::new();
        while let Some(line) = self.peek() {
            if line.indent < ind {
                break;
            }
            let (text, at, lind) = (line.text, line.at, line.indent);
            if lind > ind {
                // Stray deeper lines: skipped.
                self.i += 1;
                continue;
            }
            if is_dash(text) {
                // A sequence item at the keys' indentation ends the mapping.
                break;
            }
            let Some((key, vstart)) = split_key(text) else {
                self.i += 1;
                continue;
            };
            self.i += 1;
            let raw = text.get(vstart..).unwrap_or("");
            let vtext = raw.trim_start_matches([' ', '\t']);
            let vat = at + vstart + (raw.len() - vtext.len());
            let value = if vtext.is_empty() || vtext.starts_with('#') {
                match self.peek() {
                    Some(n) if n.indent > ind => self.node(ind + 1, depth + 1),
                    // `key:` then `- item` at the key's own indentation.
                    Some(n) if n.indent == ind && is_dash(n.text) => self.seq(ind, depth + 1),
                    _ => Value::Null,
                }
            } else if vtext.starts_with('|') || vtext.starts_with('>') {
                let folded = vtext.starts_with('>');
                let mut parts = Vec::new();
                while let Some(n) = self.peek() {
                    if n.indent <= ind {
                        break;
                    }
                    parts.push(n.text);
                    self.i += 1;
                }
                Value::Str(parts.join(if folded { " " } else { "\n" }), vat)
            } else {
                let joined = self.continued(vtext, ind);
                inline(&joined, vat, depth)
            };
            entries.push((key, at, value));
        }
        Value::Map(entries)
    }
}

/// The characters of `s` outside quoted scalars, each with its byte offset and the depth
/// of `[`/`{` brackets open after it.
fn unquoted(s: &str) -> impl Iterator<Item = (usize, char, i32)> + '_ {
    let (mut quote, mut depth) = (None, 0i32);
    s.char_indices().filter_map(move |(i, c)| match (quote, c) {
        (Some(q), c) if c == q => {
            quote = None;
            None
        }
        (Some(_), _) => None,
        (None, '"' | '\'') => {
            quote = Some(c);
            None
        }
        (None, c) => {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => depth -= 1,
                _ => {}
            }
            Some((i, c, depth))
        }
    })
}

/// Whether a flow collection in `s` is left open (more `[`/`{` than closers, outside
/// quotes).
fn unclosed(s: &str) -> bool {
    s.starts_with(['[', '{']) && unquoted(s).last().is_some_and(|(_, _, d)| d > 0)
}

/// A value written on one line: a flow collection, a quoted or a plain scalar. `at`: the
/// source offset of `s` (exact when it was written on one line).
fn inline(s: &str, at: usize, depth: usize) -> Value {
    let t = s.trim();
    let at = at + (s.len() - s.trim_start().len());
    if depth > MAX_DEPTH {
        return Value::Null;
    }
    if let Some(inner) = t.strip_prefix('[') {
        let inner = inner.strip_suffix(']').unwrap_or(inner);
        return Value::List(
            split_flow(inner)
                .into_iter()
                .filter(|(_, p)| !p.trim().is_empty())
                .map(|(i, p)| inline(p, at + 1 + i, depth + 1))
                .collect(),
        );
    }
    if let Some(inner) = t.strip_prefix('{') {
        let inner = inner.strip_suffix('}').unwrap_or(inner);
        let mut m = Vec::new();
        for (i, p) in split_flow(inner) {
            let lead = p.len() - p.trim_start().len();
            let (p, pat) = (p.trim(), at + 1 + i + lead);
            if p.is_empty() {
                continue;
            }
            match split_key(p) {
                Some((k, v)) => {
                    m.push((k, pat, inline(p.get(v..).unwrap_or(""), pat + v, depth + 1)))
                }
                None => m.push((p.to_string(), pat, Value::Null)),
            }
        }
        return Value::Map(m);
    }
    Value::Str(scalar(t), at)
}

/// Splits a flow collection's inside at its top-level commas: each part with its offset.
fn split_flow(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c, depth) in unquoted(s) {
        if c == ',' && depth <= 0 {
            out.push((start, s.get(start..i).unwrap_or("")));
            start = i + 1;
        }
    }
    out.push((start, s.get(start..).unwrap_or("")));
    out
}

/// A scalar's text: quotes removed (with `''` and the common `\` escapes), a plain one's
/// comment cut off.
fn scalar(t: &str) -> String {
    if let Some(inner) = t.strip_prefix('\'') {
        let inner = inner.strip_suffix('\'').unwrap_or(inner);
        return inner.replace("''", "'");
    }
    if let Some(inner) = t.strip_prefix('"') {
        let inner = inner
            .rfind('"')
            .and_then(|e| inner.get(..e))
            .unwrap_or(inner);
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        }
        return out;
    }
    let t = t.find(" #").and_then(|i| t.get(..i)).unwrap_or(t);
    t.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::Str(v.to_string(), 0)
    }

    fn strip(v: &Value) -> Value {
        match v {
            Value::Str(x, _) => s(x),
            Value::List(l) => Value::List(l.iter().map(strip).collect()),
            Value::Map(m) => {
                Value::Map(m.iter().map(|(k, _, v)| (k.clone(), 0, strip(v))).collect())
            }
            Value::Null => Value::Null,
        }
    }

    #[test]
    fn block_and_flow_styles() {
        let src = "---\ntitle: \"A: b\"\ntags: [x, 'y z']\nreferences:\n- id: a1\n  author:\n    - family: Moreau\n      given: Claire\n  issued:\n    date-parts: [[2021, 3]]\n- {id: b2, title: It's}\nnote: |\n  one\n  two\n---\n";
        let v = strip(&parse(src, 0));
        assert_eq!(v.get("title"), Some(&s("A: b")));
        assert_eq!(v.get("tags"), Some(&Value::List(vec![s("x"), s("y z")])));
        let refs = v.get("references").map(Value::items).unwrap_or_default();
        assert_eq!(refs.len(), 2);
        assert_eq!(refs[0].get("id"), Some(&s("a1")));
        let author = refs[0].get("author").map(Value::items).unwrap_or_default();
        assert_eq!(author[0].get("given"), Some(&s("Claire")));
        assert_eq!(
            refs[0].get("issued").and_then(|i| i.get("date-parts")),
            Some(&Value::List(vec![Value::List(vec![s("2021"), s("3")])]))
        );
        assert_eq!(refs[1].get("title"), Some(&s("It's")));
        assert_eq!(v.get("note"), Some(&s("one\ntwo")));
    }

    #[test]
    fn offsets_point_at_keys() {
        let src = "references:\n  - id: k\n    title: T\n";
        let v = parse(src, 100);
        let first = v.get("references").map(Value::items).unwrap_or_default();
        let (at, _) = first[0].entry("id").unwrap_or((0, &Value::Null));
        assert_eq!(at, 100 + src.find("id:").unwrap_or(0));
    }

    #[test]
    fn malformed_input_never_panics() {
        for src in [
            "",
            ":",
            "- - -",
            "a: [1, [2",
            "a: {b: c",
            "  x\ny: 1\n z",
            "'a: b",
            "a:\n-\n -\n",
            "\"\\",
            "a: \"unterminated",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        ] {
            let _ = parse(src, 0);
        }
        let deep: String = (0..200)
            .map(|i| format!("{}- a\n", " ".repeat(i)))
            .collect();
        let _ = parse(&deep, 0);
    }
}
