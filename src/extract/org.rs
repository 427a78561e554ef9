//! Org-mode front end: the document line by line, each paragraph's inline markup read by
//! `light::Inline`.
//!
//! Headings (`* …`) are headings; `#+BEGIN_QUOTE` … `#+END_QUOTE` is a block quotation;
//! source, example, export and comment blocks, fixed-width lines (`: …`), drawers, comment
//! lines and keyword lines (`#+TITLE:`) are no text, nor are subtrees Org never exports
//! (`* COMMENT …`, headings tagged `:noexport:`). Footnote references `[fn:1]`,
//! `[fn:name]` are explicit markers; definitions `[fn:1] …` at a line's start run to the next
//! definition, the next heading or two blank lines; inline notes `[fn:: …]` and
//! `[fn:name: …]` are a marker and a note of their own. Links are `[[url][text]]` and
//! `[[url]]` (internal links are their text only); `=verbatim=` and `~code~` are code,
//! `/italics/` italics, and `*bold*`, `_underlined_` and `+struck-through+` text loses its
//! marks; each may run over one line break, its marks placed as Org's
//! `org-emphasis-regexp-components` allow (a struck span, more narrowly, from a letter to a
//! letter or a stop: never `C++`, `+44 20`, `+5%`, `10+ years` or `+--+`).

use super::light::{self, before, Inline, Line};
use super::{Block, BlockKind, Group, NoteDef, Parsed};
use crate::model::LinkKind;

/// Placeholder labels of anonymous inline notes (numbered at the end).
const ANON: &str = "\u{0}org";

/// Parses Org-mode.
#[must_use]
pub fn parse(src: &str) -> Parsed {
    let lines = light::lines(src);
    let mut st = Org {
        src,
        p: Parsed::default(),
        para: Vec::new(),
        item: None,
        group: None,
        note: None,
        blank_run: 0,
        inline_notes: Vec::new(),
        ends: Vec::new(),
        depth: 0,
    };
    let mut i = 0;
    while let Some(l) = lines.get(i) {
        i = st.line(&lines, i, *l);
    }
    st.flush();
    // Inline notes' blocks come after the text's, as a notes list would (a note inline in
    // one of them too).
    let mut k = 0;
    while k < st.inline_notes.len() {
        let (label, raw, def_at, def_end) = std::mem::replace(
            &mut st.inline_notes[k],
            (String::new(), Block::new(BlockKind::Paragraph, 0), 0, 0),
        );
        k += 1;
        st.p.notes.push(NoteDef {
            label: label.clone(),
            offset: def_at,
            end: def_end,
        });
        let mut ib = Inline::new(&raw, BlockKind::Paragraph);
        let end = raw.text.len();
        st.inline(&mut ib, end);
        ib.out.note = Some(label);
        ib.finish(&mut st.p);
    }
    light::number_inline_notes(&mut st.p, ANON);
    st.p.links.sort_by_key(|l| l.offset);
    st.p
}

struct Org<'s> {
    src: &'s str,
    p: Parsed,
    /// The lines of the paragraph being read.
    para: Vec<Line>,
    /// The paragraph is a list item (with this number, if numbered).
    item: Option<Option<String>>,
    group: Option<usize>,
    note: Option<String>,
    blank_run: usize,
    /// Inline notes met: label, raw text, source range.
    inline_notes: Vec<(String, Block, usize, usize)>,
    /// Block names (`src`, `quote`) and the `#+END_` line found for the last one looked for
    /// (`None`: there is none after it).
    ends: Vec<(String, Option<usize>)>,
    /// Quotation blocks open around the line read.
    depth: usize,
}

/// The name of a `#+BEGIN_NAME` line, lower-cased.
fn begin_name(t: &str) -> Option<String> {
    let head = t.get(..8)?;
    if !head.eq_ignore_ascii_case("#+begin_") {
        return None;
    }
    let rest = t.get(8..)?;
    let name: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    (!name.is_empty()).then_some(name)
}

/// Whether `t` is the `#+END_NAME` line of `name`.
fn is_end(t: &str, name: &str) -> bool {
    let t = t.trim_end();
    t.len() == 6 + name.len()
        && t.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("#+end_"))
        && t.get(6..).is_some_and(|n| n.eq_ignore_ascii_case(name))
}

/// A list item's marker at the start of `t` (`- `, `+ `, `1. `, `1) `; `* ` only indented):
/// its length with the spaces after it, and the number.
fn list_marker(t: &str, indented: bool) -> Option<(usize, Option<String>)> {
    let b = t.as_bytes();
    let (m, number) = match b.first()? {
        b'-' | b'+' => (1, None),
        b'*' if indented => (1, None),
        _ => {
            let d = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
            if d == 0 || !matches!(b.get(d), Some(b'.' | b')')) {
                return None;
            }
            (d + 1, t.get(..d).map(str::to_string))
        }
    };
    let rest = t.get(m..)?;
    if !(rest.starts_with([' ', '\t']) || rest.is_empty()) {
        return None;
    }
    Some((m + rest.len() - rest.trim_start().len(), number))
}

/// The number of stars of a heading line (`** Title`).
fn heading_level(t: &str) -> Option<usize> {
    let stars = t.bytes().take_while(|&c| c == b'*').count();
    (stars > 0 && t.get(stars..).is_some_and(|r| r.starts_with(' '))).then_some(stars)
}

/// Whether a heading (its text after the stars) heads a subtree that is never exported:
/// `* COMMENT Draft` or a heading tagged `:noexport:` (Org's default exclude tag).
fn unexported(r: &str) -> bool {
    let r = r.trim();
    // A TODO keyword (upper case) and a priority cookie (`[#A]`) may stand before COMMENT.
    let mut words = r.split_whitespace();
    let mut comment = false;
    for _ in 0..3 {
        match words.next() {
            Some("COMMENT") => {
                comment = true;
                break;
            }
            Some(w)
                if (w.starts_with("[#") && w.ends_with(']'))
                    || [
                        "TODO",
                        "DONE",
                        "NEXT",
                        "WAITING",
                        "HOLD",
                        "STARTED",
                        "CANCELLED",
                        "CANCELED",
                        "SOMEDAY",
                    ]
                    .contains(&w) => {}
            _ => break,
        }
    }
    let tags = r
        .rsplit_once(char::is_whitespace)
        .map_or(r, |(_, last)| last);
    comment
        || (tags.len() > 2
            && tags.starts_with(':')
            && tags.ends_with(':')
            && tags.split(':').any(|t| t == "noexport"))
}

/// A footnote label `fn:NAME` at the start of `r` (after the `[`): the name and where it
/// ends (at `]` or at the `:` of an inline note's text).
fn fn_label(r: &str) -> Option<(&str, usize)> {
    let rest = r.strip_prefix("fn:")?;
    let n = rest
        .bytes()
        .take(64)
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
        .count();
    Some((rest.get(..n)?, 3 + n))
}

impl Org<'_> {
    /// Reads line `i`; returns the next line to read.
    fn line(&mut self, lines: &[Line], i: usize, l: Line) -> usize {
        let t = light::text(self.src, &l);
        if l.blank {
            self.flush();
            self.blank_run += 1;
            if self.blank_run >= 2 {
                self.note = None;
            }
            return i + 1;
        }
        self.blank_run = 0;
        if let Some(name) = begin_name(t) {
            self.flush();
            // A block opens only when its end line follows.
            // The first end line after this one: the one found for an earlier block of the
            // name when it lies past this line (none lies between), so each is looked for once.
            let cached = self.ends.iter().find(|(n, _)| *n == name).map(|(_, c)| *c);
            let close = match cached {
                Some(Some(c)) if c > i => Some(c),
                Some(None) => None,
                _ => {
                    let c = lines
                        .iter()
                        .enumerate()
                        .skip(i + 1)
                        .find(|(_, x)| is_end(light::text(self.src, x), &name))
                        .map(|(k, _)| k);
                    self.ends.retain(|(n, _)| *n != name);
                    if self.ends.len() < 64 {
                        self.ends.push((name.clone(), c));
                    }
                    c
                }
            };
            // Quotations nest a few deep at most; deeper, the line is no text.
            let close = close.filter(|_| name != "quote" || self.depth < 8);
            let Some(close) = close else {
                return i + 1;
            };
            return match name.as_str() {
                "quote" => {
                    let g = self.p.groups.len();
                    self.p.groups.push(Group {
                        offset: l.start,
                        cite: None,
                        callout: false,
                        correspondence: false,
                        parent: self.group,
                    });
                    let outer = self.group.replace(g);
                    self.depth += 1;
                    let mut k = i + 1;
                    while k < close {
                        let Some(x) = lines.get(k) else { break };
                        k = self.line(lines, k, *x).max(k + 1);
                    }
                    self.flush();
                    self.depth -= 1;
                    self.group = outer;
                    close + 1
                }
                // Prose in a frame: read as text.
                "verse" | "center" => i + 1,
                _ => close + 1,
            };
        }
        if t.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("#+end_")) {
            self.flush();
            return i + 1;
        }
        if t.starts_with("#+") || t == "#" || t.starts_with("# ") {
            // Keywords (`#+TITLE:`, `#+CAPTION:`) and comments.
            self.flush();
            return i + 1;
        }
        if t == ":" || t.starts_with(": ") {
            // Fixed-width (example) lines.
            self.flush();
            return i + 1;
        }
        if t.len() > 2
            && t.starts_with(':')
            && t.trim_end().ends_with(':')
            && t.trim_end()
                .get(1..t.trim_end().len() - 1)
                .is_some_and(|n| {
                    !n.is_empty()
                        && n.chars()
                            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
                })
        {
            // A drawer (`:PROPERTIES:` … `:END:`), when it ends.
            self.flush();
            if let Some(k) = lines.iter().skip(i + 1).take(200).position(|x| {
                light::text(self.src, x)
                    .trim_end()
                    .eq_ignore_ascii_case(":end:")
            }) {
                return i + 2 + k;
            }
            return i + 1;
        }
        if l.indent == 0 && t.starts_with('*') {
            let stars = t.bytes().take_while(|&c| c == b'*').count();
            if t.get(stars..).is_some_and(|r| r.starts_with(' ')) {
                self.flush();
                self.note = None;
                let r = t.get(stars..).unwrap_or("");
                if unexported(r) {
                    // The subtree is never published: skip to the next heading of its
                    // level or above.
                    return lines
                        .iter()
                        .enumerate()
                        .skip(i + 1)
                        .find(|(_, x)| {
                            x.indent == 0
                                && heading_level(light::text(self.src, x))
                                    .is_some_and(|s| s <= stars)
                        })
                        .map_or(lines.len(), |(k, _)| k);
                }
                let start = l.start + stars + (r.len() - r.trim_start().len());
                self.para.push(Line { start, ..l });
                self.flush_as(BlockKind::Heading, None);
                return i + 1;
            }
        }
        if l.indent == 0 && t.starts_with("[fn:") {
            if let Some((name, n)) = fn_label(t.get(1..).unwrap_or("")) {
                if !name.is_empty() && t.get(1 + n..).is_some_and(|r| r.starts_with(']')) {
                    self.flush();
                    // The definition runs to the next one, a heading or two blank lines.
                    let mut end = l.end;
                    let mut blanks = 0;
                    for x in lines.iter().skip(i + 1) {
                        let xt = light::text(self.src, x);
                        if x.blank {
                            blanks += 1;
                            if blanks >= 2 {
                                break;
                            }
                            continue;
                        }
                        blanks = 0;
                        if x.indent == 0 && (xt.starts_with("[fn:") || xt.starts_with("* ")) {
                            break;
                        }
                        if x.indent == 0 && xt.starts_with('*') {
                            let s = xt.bytes().take_while(|&c| c == b'*').count();
                            if xt.get(s..).is_some_and(|r| r.starts_with(' ')) {
                                break;
                            }
                        }
                        end = x.end;
                    }
                    self.p.notes.push(NoteDef {
                        label: name.to_string(),
                        offset: l.start,
                        end,
                    });
                    self.note = Some(name.to_string());
                    let r = t.get(n + 2..).unwrap_or("");
                    let start = l.start + n + 2 + (r.len() - r.trim_start().len());
                    if start < l.end {
                        self.para.push(Line { start, ..l });
                    }
                    return i + 1;
                }
            }
        }
        if t.starts_with("|-") {
            self.flush();
            return i + 1;
        }
        if let Some((m, number)) = list_marker(t, l.indent > 0) {
            self.flush();
            self.item = Some(number);
            if l.start + m < l.end {
                self.para.push(Line {
                    start: l.start + m,
                    ..l
                });
            }
            return i + 1;
        }
        self.para.push(l);
        i + 1
    }

    fn flush(&mut self) {
        let kind = if self.item.is_some() {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        let label = self.item.take().flatten();
        self.flush_as(kind, label);
    }

    /// The paragraph read so far becomes a block.
    fn flush_as(&mut self, kind: BlockKind, label: Option<String>) {
        if self.para.is_empty() {
            return;
        }
        let lines = std::mem::take(&mut self.para);
        let raw = light::raw_block(self.src, &lines);
        let mut ib = Inline::new(&raw, kind);
        let end = raw.text.len();
        self.inline(&mut ib, end);
        ib.out.item_label = label;
        ib.out.group = self.group;
        ib.out.note.clone_from(&self.note);
        ib.finish(&mut self.p);
    }

    /// Reads raw text `..end` of a paragraph.
    fn inline(&mut self, ib: &mut Inline<'_>, end: usize) {
        let raw = ib.raw;
        let t: &str = raw.text.as_str();
        let t = t.get(..end).unwrap_or(t);
        let bytes = t.as_bytes();
        let mut last = 0;
        let mut i = 0;
        let mut no_link_end = false;
        // Each bracket's match, worked out once for the paragraph when an inline note needs
        // one; and the next closing `=`, `~`, `/`, `*`, `_` and `+` found (a closer is one
        // wherever its opener).
        let mut brackets: Option<super::FastMap<usize, usize>> = None;
        let mut closers: [Option<Option<usize>>; 6] = [None; 6];
        // The first two line breaks from the last span's start on (a span crosses one).
        let mut breaks = (0, 0);
        // The closing marks of the bold and underlined text `i` is in, innermost last.
        let mut pending: Vec<usize> = Vec::new();
        while i < bytes.len() {
            while pending.last().is_some_and(|&p| p < i) {
                pending.pop();
            }
            if pending.last() == Some(&i) {
                pending.pop();
                ib.text(last, i);
                last = i + 1;
                i += 1;
                continue;
            }
            match bytes.get(i) {
                Some(b'[') if bytes.get(i + 1) == Some(&b'[') => {
                    let close = if no_link_end {
                        None
                    } else {
                        t.get(i + 2..).and_then(|r| r.find("]]")).map(|c| c + i + 2)
                    };
                    let Some(c) = close else {
                        no_link_end = true;
                        i += 2;
                        continue;
                    };
                    let inner = t.get(i + 2..c).unwrap_or("");
                    let (target, desc) = match inner.find("][") {
                        Some(k) => (inner.get(..k).unwrap_or(""), Some((i + 2 + k + 2, c))),
                        None => (inner, None),
                    };
                    let target: String = target.split_whitespace().collect();
                    let (ta, tb) = desc.unwrap_or((i + 2, c));
                    ib.text(last, i);
                    let lower = target.to_ascii_lowercase();
                    let url = if lower.contains("://") || lower.starts_with("mailto:") {
                        Some(target.clone())
                    } else if lower.starts_with("doi:") {
                        Some(format!("https://doi.org/{}", target.get(4..).unwrap_or("")))
                    } else if lower.starts_with("file:") {
                        Some(target.get(5..).unwrap_or("").to_string())
                    } else {
                        None
                    };
                    match url {
                        Some(u) => {
                            let kind = if desc.is_none() {
                                LinkKind::Autolink
                            } else {
                                LinkKind::Link
                            };
                            ib.link(ta, tb, &u, kind, i);
                        }
                        None => ib.text(ta, tb),
                    }
                    last = c + 2;
                    i = c + 2;
                }
                Some(b'[') if t.get(i + 1..).is_some_and(|r| r.starts_with("fn:")) => {
                    let Some((name, n)) = fn_label(t.get(i + 1..).unwrap_or("")) else {
                        i += 1;
                        continue;
                    };
                    let after = i + 1 + n;
                    match bytes.get(after) {
                        Some(b']') if !name.is_empty() => {
                            ib.text(last, i);
                            ib.marker(name.to_string(), i);
                            last = after + 1;
                            i = after + 1;
                        }
                        Some(b':') => {
                            // An inline note: its text to the matching `]`.
                            let matches = brackets.get_or_insert_with(|| matching_brackets(t));
                            let Some(&close) = matches.get(&i) else {
                                i += 1;
                                continue;
                            };
                            let label = if name.is_empty() {
                                format!("{ANON}{}", self.inline_notes.len())
                            } else {
                                name.to_string()
                            };
                            ib.text(last, i);
                            ib.marker(label.clone(), i);
                            let body = t.get(after + 1..close).unwrap_or("");
                            let a = after + 1 + (body.len() - body.trim_start().len());
                            let mut nb = Block::new(BlockKind::Paragraph, raw.src_of(a));
                            let mut sub = Inline::new(raw, BlockKind::Paragraph);
                            sub.text(a, close);
                            nb.text = std::mem::take(&mut sub.out.text);
                            nb.segs = std::mem::take(&mut sub.out.segs);
                            nb.src_start = sub.out.src_start;
                            nb.src_end = sub.out.src_end;
                            self.inline_notes
                                .push((label, nb, raw.src_of(i), raw.src_of(close)));
                            last = close + 1;
                            i = close + 1;
                        }
                        _ => i += 1,
                    }
                }
                // Emphasis and code: `/italics/` (a title in a note), `*bold*`,
                // `_underlined_` and `+struck-through+` (their marks dropped: the exporters
                // show the words, struck out), `=verbatim=` and `~code~` (code).
                // The mark opens after what Org allows before it (never inside a word, an
                // address's path or a number: `a/b/c`, `2*3*4`, `/~user/`), before a
                // non-space; it closes at the first like mark after a non-space and before
                // what Org allows after it, at most one line break on (`M-q` wraps spans).
                // A struck span opens only before a letter or an opening quote (`+44 20`,
                // `+5%` and `+--+` are no spans; see `span_close` for its end).
                Some(&m @ (b'/' | b'*' | b'_' | b'=' | b'~' | b'+'))
                    if org_pre(before(t, i))
                        && light::at(t, i + 1).is_some_and(|c| {
                            !c.is_whitespace()
                                && c != char::from(m)
                                && (m != b'+' || c.is_alphabetic() || "\"'“‘(".contains(c))
                        }) =>
                {
                    let s = i + 1;
                    if breaks.0 < s {
                        let nl = |from: usize| {
                            memchr::memchr(b'\n', bytes.get(from..).unwrap_or(&[]))
                                .map_or(bytes.len(), |k| from + k)
                        };
                        let first = nl(s);
                        breaks = (first, nl(first + 1));
                    }
                    let slot_at = match m {
                        b'=' => 0,
                        b'~' => 1,
                        b'/' => 2,
                        b'*' => 3,
                        b'_' => 4,
                        _ => 5,
                    };
                    let next = match closers.get(slot_at).copied().flatten() {
                        Some(Some(c)) if c > s => Some(c),
                        Some(None) => None,
                        _ => {
                            let c = span_close(t, s + 1, m);
                            if let Some(slot) = closers.get_mut(slot_at) {
                                *slot = Some(c);
                            }
                            c
                        }
                    };
                    let code = matches!(m, b'=' | b'~');
                    // Inside bold or underlined text, a span ends before its mark does.
                    let close = next.filter(|&c| {
                        c < breaks.1
                            && pending.last().is_none_or(|&p| c < p)
                            && (m != b'/' || !(path_like(t, s, c) || in_address(t, c)))
                            && (m != b'+' || !in_address(t, c))
                    });
                    match close {
                        Some(c) if code => {
                            ib.text(last, i);
                            ib.code(s, c);
                            last = c + 1;
                            i = c + 1;
                        }
                        Some(c) if m == b'/' => {
                            ib.text(last, i);
                            ib.italic(s, c);
                            last = c + 1;
                            i = c + 1;
                        }
                        // Bold and underlined text is read on (links, notes, code in
                        // it); only its marks go.
                        Some(c) if pending.len() < 8 => {
                            ib.text(last, i);
                            pending.push(c);
                            last = s;
                            i = s;
                        }
                        _ => i += 1,
                    }
                }
                _ => i += 1,
            }
        }
        ib.text(last, t.len());
    }
}

/// Every `[` of `t` that a `]` closes (brackets inside counted), and that `]`: one pass.
fn matching_brackets(t: &str) -> super::FastMap<usize, usize> {
    let mut open = Vec::new();
    let mut out = super::FastMap::default();
    for (k, &c) in t.as_bytes().iter().enumerate() {
        match c {
            b'[' => open.push(k),
            b']' => {
                if let Some(o) = open.pop() {
                    out.insert(o, k);
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether `c`, before an emphasis or code mark, lets it open: the start of the text,
/// whitespace or what Org's `org-emphasis-regexp-components` allows (`-('"{`), opening
/// brackets, quotes and dashes. Never a letter, digit, `/` or `:` (paths, products,
/// addresses: `a/b/c`, `2*3*4`, `https://host/~user/`).
fn org_pre(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "-('\"{[‘“«—–".contains(c))
}

/// Whether `c`, after a closing mark, lets it close: the end, whitespace or what Org allows
/// (`-.,:!?;'")}\[`), a closing bracket, quote or dash.
fn org_post(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "-.,:;!?'\")}[]\\’”»—–".contains(c))
}

/// The first `m` from `from` on that can close a span (`=…=`, `~…~`, `/…/`, `*…*`,
/// `_…_`, `+…+`): after a non-space, before what [`org_post`] allows. A struck span's mark
/// closes only after a letter or a stop or closing quote (`10+ years`, `+--+` close none).
fn span_close(t: &str, from: usize, m: u8) -> Option<usize> {
    let b = t.as_bytes();
    memchr::memchr_iter(m, b.get(from..)?)
        .map(|k| from + k)
        .find(|&c| {
            before(t, c).is_some_and(|x| {
                !x.is_whitespace() && (m != b'+' || x.is_alphabetic() || ".!?\"”’')".contains(x))
            }) && org_post(light::at(t, c + 1))
        })
}

/// Whether `/…/` around `s..c` is a file's path (`/etc/hosts and /usr/share/`), not
/// italics: a `/` in its first word.
fn path_like(t: &str, s: usize, c: usize) -> bool {
    t.as_bytes()
        .get(s..c.min(s + 256))
        .unwrap_or(&[])
        .iter()
        .take_while(|b| !b.is_ascii_whitespace())
        .any(|&b| b == b'/')
}

/// Whether byte `c` of `t` lies in a web address: the word it ends (up to 512 bytes back)
/// holds `://` or starts with `www.`. Italics never end there (an address's last `/`).
fn in_address(t: &str, c: usize) -> bool {
    let mut from = c.saturating_sub(512);
    while from < c && !t.is_char_boundary(from) {
        from += 1;
    }
    let head = t.get(from..c).unwrap_or("");
    let word = head
        .rfind(char::is_whitespace)
        .and_then(|k| head.get(k..))
        .map_or(head, str::trim_start);
    word.contains("://") || word.starts_with("www.")
}
