//! reStructuredText front end (Sphinx, docutils): the body's elements by their indentation,
//! as docutils reads them, each paragraph's inline markup read by `light::Inline`.
//!
//! Paragraphs, section titles (a line over an underline, or between an overline and an
//! underline) as headings, list items, definition lists' terms and definitions; indented
//! blocks are block quotations (their `-- Name` attribution paragraph is the credit line
//! [`super::quotes`] reads), as are the bodies of `.. epigraph::` and `.. highlights::`;
//! `.. pull-quote::` repeats the text, so its body is furniture, as a pull quote is in HTML.
//! Literal blocks (after `::`), code directives, comments, field lists and directives'
//! options are no text. Footnote and citation references (`[1]_`, `[#]_`, `[#label]_`,
//! `[*]_`, `[Smith2020]_`) are explicit markers of the definitions `.. [1] …`, numbered as
//! docutils numbers them; hyperlinks (`` `text <url>`_ ``, `` `text`_ `` and `word_` through
//! `.. _text: url`, anonymous `__` references in order) are links.

use super::light::{self, before, closes_before, opens_after, Inline, Line};
use super::{BlockKind, FastMap, Group, NoteDef, Parsed, RawLink};
use crate::model::LinkKind;

/// Placeholder labels of footnote definitions while they are read (numbered afterwards).
const DEF: &str = "\u{0}rst";

/// How deep directives, lists and block quotations nest before the rest is read flat.
const MAX_DEPTH: usize = 24;

/// docutils' auto-symbol footnote symbols, in order.
const SYMBOLS: [&str; 10] = ["*", "†", "‡", "§", "¶", "#", "♠", "♥", "♦", "♣"];

/// A hyperlink target `.. _name: url` (`name` is `None` for an anonymous one).
struct Target {
    name: Option<String>,
    url: String,
    offset: usize,
    used: bool,
}

/// A reference waiting for its target: a link's index in `p.links`, and the name.
enum Pending {
    Named(usize, String),
    Anonymous(usize),
}

/// Where a body is read.
#[derive(Clone, Default)]
struct Ctx {
    group: Option<usize>,
    chrome: bool,
    note: Option<String>,
    /// The first paragraph is a list item (with this number, if enumerated).
    item: Option<Option<String>>,
    depth: usize,
}

struct Rst<'s> {
    src: &'s str,
    p: Parsed,
    /// Footnote definitions' labels as written (`1`, `#`, `#x`, `*`, `Smith2020`).
    defs: Vec<String>,
    targets: Vec<Target>,
    by_name: FastMap<String, usize>,
    /// Targets named by an embedded URI (`` `text <url>`_ ``).
    embedded: FastMap<String, String>,
    pending: Vec<Pending>,
}

/// Parses reStructuredText.
#[must_use]
pub fn parse(src: &str) -> Parsed {
    let lines = light::lines(src);
    let mut st = Rst {
        src,
        p: Parsed::default(),
        defs: Vec::new(),
        targets: Vec::new(),
        by_name: FastMap::default(),
        embedded: FastMap::default(),
        pending: Vec::new(),
    };
    st.collect_targets(&lines);
    st.body(&lines, None, &Ctx::default());
    st.resolve();
    // In source order, for a binary search per block quotation (see `Parsed::credits`).
    st.p.credits.sort_unstable();
    st.p.credits.dedup();
    st.p
}

/// A reference name as docutils compares them: lower case, whitespace folded.
fn norm(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a line is a section adornment: one punctuation character repeated (three or
/// more), nothing else.
fn adornment(t: &str) -> bool {
    let t = t.trim_end();
    let mut c = t.chars();
    let Some(first) = c.next() else {
        return false;
    };
    first.is_ascii_punctuation() && t.len() >= 3 && c.all(|x| x == first)
}

/// Whether a line is a table's rule: a grid table's (`+----+----+`, `+====+`: `Some(true)`)
/// or a simple table's (`=====  =====`, two columns at least: `Some(false)`).
fn table_border(t: &str) -> Option<bool> {
    let t = t.trim_end();
    if t.len() >= 3 && t.starts_with('+') && t.ends_with('+') {
        return t
            .bytes()
            .all(|b| matches!(b, b'+' | b'-' | b'=' | b':'))
            .then_some(true);
    }
    (t.starts_with('=') && t.contains(' ') && t.bytes().all(|b| b == b'=' || b == b' '))
        .then_some(false)
}

/// Whether a line opens a field list (`:Author: Name`, `:param x:`).
fn field(t: &str) -> bool {
    let Some(r) = t.strip_prefix(':') else {
        return false;
    };
    let Some(c) = r.find(':') else {
        return false;
    };
    c > 0
        && !r.starts_with(char::is_whitespace)
        && r.get(c + 1..)
            .is_some_and(|a| a.is_empty() || a.starts_with(char::is_whitespace))
        && !r.get(..c).unwrap_or("").contains('`')
}

/// A list item's marker at the start of `t`: its length in bytes (with the spaces after
/// it) and, for an enumerated item, its number.
fn list_marker(t: &str) -> Option<(usize, Option<String>)> {
    let bytes = t.as_bytes();
    let m = match bytes.first()? {
        b'-' | b'*' | b'+' => 1,
        _ if t.starts_with('•') => '•'.len_utf8(),
        _ => {
            let (open, r) = match t.strip_prefix('(') {
                Some(r) => (1, r),
                None => (0, t),
            };
            let d = r
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'#')
                .count();
            let single = r
                .chars()
                .next()
                .filter(|c| c.is_ascii_alphabetic() && d == 0)
                .map_or(0, |_| 1);
            let n = d.max(single);
            if n == 0 || n > 4 {
                return None;
            }
            let close = r.as_bytes().get(n)?;
            let ok = matches!((open, close), (1, b')') | (0, b'.' | b')'));
            if !ok {
                return None;
            }
            let number = r.get(..n).filter(|x| x.bytes().all(|b| b.is_ascii_digit()));
            let len = open + n + 1;
            let rest = t.get(len..)?;
            if !rest.starts_with([' ', '\t']) || rest.trim().is_empty() {
                return None;
            }
            let sp = rest.len() - rest.trim_start().len();
            return Some((len + sp, number.map(str::to_string)));
        }
    };
    let rest = t.get(m..)?;
    if !rest.starts_with([' ', '\t']) || rest.trim().is_empty() {
        return None;
    }
    Some((m + rest.len() - rest.trim_start().len(), None))
}

/// Whether a footnote or citation label is one docutils reads: a number, `#`, `#name`,
/// `*`, or a citation's simple reference name.
fn note_label(l: &str) -> bool {
    if l == "#" || l == "*" {
        return true;
    }
    let name = l.strip_prefix('#').unwrap_or(l);
    !name.is_empty()
        && name.len() <= 60
        && name.starts_with(|c: char| c.is_alphanumeric())
        && name.ends_with(|c: char| c.is_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || "-_.:+".contains(c))
}

/// The roles whose text is prose; every other role (`:code:`, `:file:`, `:py:func:`, …)
/// shows code.
const PROSE_ROLES: &[&str] = &[
    "emphasis",
    "strong",
    "title-reference",
    "title",
    "t",
    "sup",
    "sub",
    "superscript",
    "subscript",
    "abbr",
    "term",
    "ref",
    "doc",
    "numref",
    "any",
    "download",
    "dfn",
    "guilabel",
    "menuselection",
];

/// Directives whose body is code or data, never prose.
const CODE_DIRECTIVES: &[&str] = &[
    "code-block",
    "code",
    "sourcecode",
    "literalinclude",
    "highlight",
    "math",
    "raw",
    "include",
    "csv-table",
    "toctree",
    "parsed-literal",
    "doctest",
    "testcode",
    "testoutput",
    "testsetup",
    "productionlist",
    "graphviz",
    "digraph",
    "uml",
    "mermaid",
    "jupyter-execute",
    "ipython",
    "automodule",
    "autoclass",
    "autofunction",
];

/// Admonitions: their argument (on the directive's line) is the start of their text.
const ADMONITIONS: &[&str] = &[
    "note",
    "warning",
    "tip",
    "important",
    "caution",
    "attention",
    "danger",
    "error",
    "hint",
    "seealso",
    "versionadded",
    "versionchanged",
    "deprecated",
];

impl Rst<'_> {
    fn line(lines: &[Line], first: Option<Line>, k: usize) -> Option<Line> {
        if k == 0 {
            first.or_else(|| lines.first().copied())
        } else {
            lines.get(k).copied()
        }
    }

    /// Where the lines from `from` indented past `b` (and blank lines among them) end.
    fn extent(lines: &[Line], from: usize, b: usize) -> usize {
        let mut k = from;
        while lines.get(k).is_some_and(|l| l.blank || l.indent > b) {
            k += 1;
        }
        while k > from && lines.get(k - 1).is_some_and(|l| l.blank) {
            k -= 1;
        }
        k
    }

    /// Every hyperlink target `.. _name: url` (and `__ url`), before the text is read: a
    /// `word_` reference is one only when a target has its name.
    fn collect_targets(&mut self, lines: &[Line]) {
        for (i, l) in lines.iter().enumerate() {
            let t = light::text(self.src, l);
            let (name, url_at) = if let Some(r) = t.strip_prefix(".. __:") {
                (None, l.start + t.len() - r.len())
            } else if let Some(r) = t.strip_prefix("__ ") {
                (None, l.start + t.len() - r.len())
            } else if let Some(r) = t.strip_prefix(".. _") {
                let (name, after) = if let Some(q) = r.strip_prefix('`') {
                    let Some(c) = q.find("`:") else { continue };
                    (q.get(..c).unwrap_or(""), q.get(c + 2..).unwrap_or(""))
                } else {
                    let Some(c) = r.match_indices(':').map(|(c, _)| c).find(|&c| {
                        r.get(c + 1..)
                            .is_some_and(|a| a.is_empty() || a.starts_with(char::is_whitespace))
                            && !r.get(..c).is_some_and(|h| h.ends_with('\\'))
                    }) else {
                        continue;
                    };
                    (r.get(..c).unwrap_or(""), r.get(c + 1..).unwrap_or(""))
                };
                (
                    Some(name.replace("\\:", ":")),
                    l.start + t.len() - after.len(),
                )
            } else {
                continue;
            };
            // The URL, continued on the lines indented under it.
            let mut url: String = self
                .src
                .get(url_at..l.end)
                .unwrap_or("")
                .split_whitespace()
                .collect();
            for c in lines.get(i + 1..).unwrap_or(&[]) {
                if c.blank || c.indent <= l.indent {
                    break;
                }
                url.extend(light::text(self.src, c).split_whitespace());
            }
            let lead = self.src.get(url_at..l.end).unwrap_or("");
            let offset = url_at + (lead.len() - lead.trim_start().len());
            if url.is_empty() {
                continue;
            }
            if let Some(n) = &name {
                self.by_name.entry(norm(n)).or_insert(self.targets.len());
            }
            self.targets.push(Target {
                name,
                url,
                offset,
                used: false,
            });
        }
    }

    /// Reads a body: `lines`, the first replaced by `first` when given (a list item's or a
    /// note's text after its marker).
    fn body(&mut self, lines: &[Line], first: Option<Line>, ctx: &Ctx) {
        let n = lines.len();
        let line = |k: usize| Self::line(lines, first, k);
        let Some(b) = (0..n)
            .filter_map(line)
            .filter(|l| !l.blank)
            .map(|l| l.indent)
            .min()
        else {
            return;
        };
        let mut item = ctx.item.clone();
        let mut literal = false;
        let mut i = 0;
        while let Some(l) = line(i) {
            if l.blank {
                i += 1;
                continue;
            }
            if ctx.depth >= MAX_DEPTH {
                // Too deep: the rest is read as paragraphs.
                let mut j = i + 1;
                while line(j).is_some_and(|x| !x.blank) {
                    j += 1;
                }
                let ls: Vec<Line> = (i..j).filter_map(line).collect();
                self.paragraph(&ls, BlockKind::Paragraph, None, ctx);
                i = j;
                continue;
            }
            if l.indent > b {
                let j = Self::extent(lines, i, b);
                let opening = light::text(self.src, &l);
                if literal {
                    literal = false;
                } else if list_marker(opening).is_some()
                    || field(opening)
                    || opening.starts_with("..")
                {
                    // An indented list, field list or directive is laid out, not quoted:
                    // docutils nests it in a block quote, but no one is being quoted.
                    let inner = Ctx {
                        item: None,
                        depth: ctx.depth + 1,
                        ..ctx.clone()
                    };
                    self.body(lines.get(i..j).unwrap_or(&[]), None, &inner);
                } else {
                    // A block quotation.
                    let g = self.p.groups.len();
                    self.p.groups.push(Group {
                        offset: l.start,
                        cite: None,
                        callout: ctx.chrome,
                        correspondence: false,
                        parent: ctx.group,
                    });
                    let inner = Ctx {
                        group: Some(g),
                        item: None,
                        depth: ctx.depth + 1,
                        ..ctx.clone()
                    };
                    self.body(lines.get(i..j).unwrap_or(&[]), None, &inner);
                }
                i = j.max(i + 1);
                continue;
            }
            literal = false;
            let t = light::text(self.src, &l);
            let next = line(i + 1);
            let next_text = next.map_or("", |x| light::text(self.src, &x));
            // An empty comment (`..` and a blank line) ends what came before and takes no
            // indented text after it: that is a block quotation (docutils).
            if t.trim_end() == ".." && next.is_none_or(|x| x.blank) {
                i += 1;
                continue;
            }
            if t == ".." || t.starts_with(".. ") || t.starts_with("..\t") {
                let j = Self::extent(lines, i + 1, b);
                let body = lines.get(i..j).unwrap_or(&[]);
                self.explicit(body, l, ctx);
                i = j.max(i + 1);
                continue;
            }
            if t.starts_with("__ ") {
                i = Self::extent(lines, i + 1, b).max(i + 1);
                continue;
            }
            if let Some(grid) = table_border(t) {
                // A table: each line of cells a block, a quotation in it cited only from
                // its own row (a grid row runs from one rule to the next).
                let mut row = None;
                while let Some(x) = line(i).filter(|x| !x.blank) {
                    let xt = light::text(self.src, &x);
                    if table_border(xt).is_some() {
                        row = None;
                    } else if grid && !xt.starts_with('|') {
                        break;
                    } else {
                        let r = *row.get_or_insert(x.start);
                        self.cell(x, r, ctx);
                        if !grid {
                            // A simple table's line is a row of its own.
                            row = None;
                        }
                    }
                    i += 1;
                    if !grid && line(i).is_some_and(|y| y.blank) {
                        break;
                    }
                }
                continue;
            }
            // Section titles.
            if !adornment(t)
                && next.is_some_and(|x| !x.blank && x.indent == b)
                && adornment(next_text)
                && next_text.trim_end().chars().count() + 1 >= t.chars().count().min(4)
            {
                self.paragraph(&[l], BlockKind::Heading, None, ctx);
                i += 2;
                continue;
            }
            if adornment(t) {
                if let (Some(title), Some(under)) = (next, line(i + 2)) {
                    if !title.blank && adornment(light::text(self.src, &under)) {
                        let title = Line { indent: b, ..title };
                        self.paragraph(&[title], BlockKind::Heading, None, ctx);
                        i += 3;
                        continue;
                    }
                }
                // A transition (or a table's rule).
                i += 1;
                continue;
            }
            if field(t) {
                let mut j = Self::extent(lines, i + 1, b);
                while line(j)
                    .is_some_and(|x| !x.blank && x.indent == b && field(light::text(self.src, &x)))
                {
                    j = Self::extent(lines, j + 1, b);
                }
                i = j.max(i + 1);
                continue;
            }
            if t.starts_with(">>>") {
                while line(i).is_some_and(|x| !x.blank) {
                    i += 1;
                }
                continue;
            }
            if let Some((m, number)) = list_marker(t) {
                let j = Self::extent(lines, i + 1, b);
                let cols = self
                    .src
                    .get(l.start..l.start + m)
                    .map_or(m, |s| s.chars().count());
                // The item's text column, or the column its other lines keep to.
                let under = lines
                    .get(i + 1..j)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|x| !x.blank)
                    .map(|x| x.indent)
                    .min();
                let ov = Line {
                    start: l.start + m,
                    indent: under.map_or(l.indent + cols, |u| u.min(l.indent + cols)),
                    ..l
                };
                let inner = Ctx {
                    item: Some(number),
                    depth: ctx.depth + 1,
                    ..ctx.clone()
                };
                self.body(lines.get(i..j).unwrap_or(&[]), Some(ov), &inner);
                i = j.max(i + 1);
                continue;
            }
            // A paragraph: the lines at this indentation up to a blank line.
            let mut j = i + 1;
            while line(j).is_some_and(|x| !x.blank && x.indent == b) {
                j += 1;
            }
            let mut definition = None;
            if line(j).is_some_and(|x| !x.blank && x.indent > b) {
                if j == i + 1 {
                    // A definition list's term, its definition indented under it.
                    definition = Some((j, Self::extent(lines, j, b)));
                } else {
                    while line(j).is_some_and(|x| !x.blank && x.indent > b) {
                        j += 1;
                    }
                }
            }
            let ls: Vec<Line> = (i..j).filter_map(line).collect();
            let kind = if item.is_some() {
                BlockKind::ListItem
            } else {
                BlockKind::Paragraph
            };
            literal = self.paragraph(&ls, kind, item.take().flatten(), ctx);
            if let Some((d, e)) = definition {
                let inner = Ctx {
                    item: None,
                    depth: ctx.depth + 1,
                    ..ctx.clone()
                };
                self.body(lines.get(d..e).unwrap_or(&[]), None, &inner);
                literal = false;
                j = e;
            }
            i = j.max(i + 1);
        }
    }

    /// Explicit markup (`.. …` and the lines indented under it): a footnote or citation,
    /// a hyperlink target, a substitution, a directive, or a comment.
    fn explicit(&mut self, lines: &[Line], l: Line, ctx: &Ctx) {
        let t = light::text(self.src, &l);
        let rest = t.get(2..).unwrap_or("");
        let r = rest.trim_start();
        let end = lines
            .iter()
            .rev()
            .find(|x| !x.blank)
            .map_or(l.end, |x| x.end);
        let after_first = lines.get(1..).unwrap_or(&[]);
        let under = after_first
            .iter()
            .filter(|x| !x.blank)
            .map(|x| x.indent)
            .min();
        if let Some(inner) = r.strip_prefix('[') {
            // The label is short: `]` within 64 bytes, cut on a character (Armenian
            // note text put byte 64 inside a letter, and the note was lost).
            if let Some(c) = super::prefix(inner, 64).find(']') {
                let label = inner.get(..c).unwrap_or("");
                let after = inner.get(c + 1..).unwrap_or("");
                if note_label(label) && (after.is_empty() || after.starts_with([' ', '\t'])) {
                    let placeholder = format!("{DEF}{}", self.defs.len());
                    self.defs.push(label.to_string());
                    self.p.notes.push(NoteDef {
                        label: placeholder.clone(),
                        offset: l.start,
                        end,
                    });
                    let inner_ctx = Ctx {
                        group: None,
                        chrome: ctx.chrome,
                        note: Some(placeholder),
                        item: None,
                        depth: ctx.depth + 1,
                    };
                    let text_at = l.end - after.trim_start().len();
                    if after.trim().is_empty() {
                        self.body(after_first, None, &inner_ctx);
                    } else {
                        let ov = Line {
                            start: text_at,
                            indent: under.unwrap_or(l.indent + 3),
                            ..l
                        };
                        self.body(lines, Some(ov), &inner_ctx);
                    }
                    return;
                }
            }
        }
        if r.starts_with('_') || r.starts_with('|') || r.is_empty() {
            // Targets were read first; substitutions and empty comments are no text.
            return;
        }
        // A directive: `name::`, its argument on the line, options, then its body.
        let Some(dc) = r.find("::") else { return };
        let name = r.get(..dc).unwrap_or("");
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_:+.".contains(c))
        {
            return; // A comment.
        }
        let name = name.to_ascii_lowercase();
        let name = name.rsplit(':').next().unwrap_or("").to_string();
        let arg_src = r.get(dc + 2..).unwrap_or("");
        let arg = arg_src.trim();
        let arg_at = l.end - arg_src.trim_start().len();
        if CODE_DIRECTIVES.contains(&name.as_str()) {
            return;
        }
        // Options right under the directive's line.
        let mut k = 0;
        while after_first
            .get(k)
            .is_some_and(|x| !x.blank && field(light::text(self.src, x)))
        {
            k += 1;
            while after_first
                .get(k)
                .is_some_and(|x| !x.blank && Some(x.indent) > after_first.first().map(|f| f.indent))
            {
                k += 1;
            }
        }
        let body = after_first.get(k..).unwrap_or(&[]);
        let inner = Ctx {
            item: None,
            depth: ctx.depth + 1,
            ..ctx.clone()
        };
        let arg_line = Line {
            start: arg_at,
            end: l.end,
            indent: l.indent,
            blank: false,
        };
        match name.as_str() {
            "image" | "figure" => {
                if !arg.is_empty() {
                    self.p.links.push(RawLink {
                        raw: arg.split_whitespace().collect(),
                        kind: LinkKind::Image,
                        text: String::new(),
                        offset: arg_at,
                        span: None,
                        group: None,
                    });
                }
                self.body(body, None, &inner);
            }
            "epigraph" | "highlights" => {
                let g = self.p.groups.len();
                self.p.groups.push(Group {
                    offset: body.iter().find(|x| !x.blank).map_or(l.start, |x| x.start),
                    cite: None,
                    callout: ctx.chrome,
                    correspondence: false,
                    parent: ctx.group,
                });
                let q = Ctx {
                    group: Some(g),
                    ..inner
                };
                self.body(body, None, &q);
            }
            "pull-quote" | "sidebar" => {
                // A pull quote repeats the article's words, a sidebar stands beside it:
                // furniture, as in HTML.
                if !arg.is_empty() {
                    self.paragraph(&[arg_line], BlockKind::Heading, None, &inner);
                }
                let c = Ctx {
                    chrome: true,
                    ..inner
                };
                self.body(body, None, &c);
            }
            "admonition" | "topic" | "rubric" => {
                if !arg.is_empty() {
                    self.paragraph(&[arg_line], BlockKind::Heading, None, &inner);
                }
                self.body(body, None, &inner);
            }
            _ => {
                if !arg.is_empty() && ADMONITIONS.contains(&name.as_str()) {
                    self.paragraph(&[arg_line], BlockKind::Paragraph, None, &inner);
                }
                self.body(body, None, &inner);
            }
        }
    }

    /// One line of a table's cells, a block in row `row` (the row's source offset).
    fn cell(&mut self, l: Line, row: usize, ctx: &Ctx) {
        let raw = light::raw_block(self.src, &[l]);
        let mut ib = Inline::new(&raw, BlockKind::Cell);
        let end = raw.text.len();
        let local = self.inline(&mut ib, 0, end);
        ib.out.group = ctx.group;
        ib.out.chrome = ctx.chrome;
        ib.out.note.clone_from(&ctx.note);
        ib.out.row = Some(row);
        let first = ib.finish(&mut self.p);
        for (k, name) in local {
            self.pending.push(match name {
                Some(n) => Pending::Named(first + k, n),
                None => Pending::Anonymous(first + k),
            });
        }
    }

    /// A paragraph (or heading, or list item) of `lines`; whether it ends with `::`, making
    /// the indented block after it a literal block.
    fn paragraph(
        &mut self,
        lines: &[Line],
        kind: BlockKind,
        label: Option<String>,
        ctx: &Ctx,
    ) -> bool {
        let raw = light::raw_block(self.src, lines);
        let mut end = raw.text.len();
        let literal = raw.text.ends_with("::") && kind != BlockKind::Heading;
        if literal {
            let head = raw.text.get(..end - 2).unwrap_or("");
            end = if head.trim_end().len() < head.len() || head.is_empty() {
                head.trim_end().len()
            } else {
                end - 1
            };
            if end == 0 {
                return true;
            }
        }
        let mut ib = Inline::new(&raw, kind);
        // An attribution `--- Name` reads as the credit line `-- Name`.
        let from = usize::from(ctx.group.is_some() && raw.text.starts_with("--- "));
        let local = self.inline(&mut ib, from, end);
        ib.out.item_label = label;
        ib.out.group = ctx.group;
        ib.out.chrome = ctx.chrome;
        ib.out.note.clone_from(&ctx.note);
        // docutils reads a block quote's paragraph opening with `--`, `---` or `—` as its
        // attribution (when it is the last one): the credit, however it is worded.
        let attribution = ctx.group.is_some() && kind == BlockKind::Paragraph && {
            let t = raw.text.as_str();
            let rest = t
                .strip_prefix("---")
                .or_else(|| t.strip_prefix("--"))
                .or_else(|| t.strip_prefix('\u{2014}'));
            rest.is_some_and(|r| {
                !r.starts_with('-')
                    && r.trim_start_matches(' ')
                        .starts_with(|c: char| !c.is_whitespace())
            })
        };
        let first = ib.finish(&mut self.p);
        if attribution {
            if let Some(b) = self.p.blocks.last() {
                self.p.credits.push(b.src_start);
            }
        }
        for (k, name) in local {
            self.pending.push(match name {
                Some(n) => Pending::Named(first + k, n),
                None => Pending::Anonymous(first + k),
            });
        }
        literal
    }

    /// Reads raw text `from..end` of a paragraph: returns its references waiting for targets
    /// (index among the block's links, name or `None` for an anonymous one).
    fn inline(
        &mut self,
        ib: &mut Inline<'_>,
        from: usize,
        end: usize,
    ) -> Vec<(usize, Option<String>)> {
        let raw = ib.raw;
        let t: &str = raw.text.as_str();
        let t = t.get(..end).unwrap_or(t);
        let bytes = t.as_bytes();
        let mut pending = Vec::new();
        let mut last = from;
        let mut i = from;
        // Closers searched for and not found: no later opener looks again (linear).
        let mut no_double_tick = false;
        let mut no_tick = false;
        let mut star_closer: [Option<Option<usize>>; 2] = [None, None];
        while i < bytes.len() {
            match bytes.get(i) {
                Some(b'\\') => {
                    ib.text(last, i);
                    if matches!(bytes.get(i + 1), Some(b' ' | b'\n')) {
                        last = i + 2;
                    } else {
                        last = i + 1;
                    }
                    i += 2;
                }
                Some(b'`') if bytes.get(i + 1) == Some(&b'`') => {
                    let close = if no_double_tick {
                        None
                    } else {
                        t.get(i + 2..).and_then(|r| r.find("``")).map(|c| c + i + 2)
                    };
                    match close {
                        Some(c) if c > i + 2 => {
                            ib.text(last, i);
                            ib.code(i + 2, c);
                            last = c + 2;
                            i = c + 2;
                        }
                        Some(_) => i += 2,
                        None => {
                            no_double_tick = true;
                            i += 2;
                        }
                    }
                }
                Some(b'`') => {
                    let close = if no_tick {
                        None
                    } else {
                        memchr::memchr(b'`', bytes.get(i + 1..).unwrap_or(&[])).map(|c| c + i + 1)
                    };
                    let Some(c) = close else {
                        no_tick = true;
                        i += 1;
                        continue;
                    };
                    if c == i + 1 {
                        i += 2;
                        continue;
                    }
                    let mut e = c + 1;
                    let suffix = if t.get(e..).is_some_and(|r| r.starts_with("__")) {
                        2
                    } else {
                        usize::from(bytes.get(e) == Some(&b'_'))
                    };
                    e += suffix;
                    // A role written after the text (`` `x`:code: ``).
                    let mut role = None;
                    if suffix == 0 && bytes.get(e) == Some(&b':') {
                        if let Some(r) = role_name(t, e) {
                            role = Some(r.to_string());
                            e += r.len() + 2;
                        }
                    }
                    ib.text(last, i);
                    if let Some(x) = self.interpreted(ib, i, i + 1, c, suffix, role.as_deref()) {
                        pending.push(x);
                    }
                    last = e;
                    i = e;
                }
                Some(b':') if opens_after(before(t, i)) => {
                    let Some(r) = role_name(t, i) else {
                        i += 1;
                        continue;
                    };
                    let open = i + r.len() + 2;
                    if bytes.get(open) != Some(&b'`') {
                        i += 1;
                        continue;
                    }
                    let Some(c) = memchr::memchr(b'`', bytes.get(open + 1..).unwrap_or(&[]))
                        .map(|c| c + open + 1)
                    else {
                        i += 1;
                        continue;
                    };
                    ib.text(last, i);
                    let role = r.to_string();
                    if let Some(x) = self.interpreted(ib, i, open + 1, c, 0, Some(&role)) {
                        pending.push(x);
                    }
                    last = c + 1;
                    i = c + 1;
                }
                Some(b'[') => {
                    let inner = t.get(i + 1..(i + 64).min(t.len())).unwrap_or("");
                    let found = inner.find(']').and_then(|c| {
                        let label = inner.get(..c)?;
                        let after = t.get(i + 1 + c + 1..)?;
                        let ok = note_label(label)
                            && after.starts_with('_')
                            && !after.starts_with("__")
                            && after
                                .get(1..)
                                .and_then(|a| a.chars().next())
                                .is_none_or(|x| !x.is_alphanumeric());
                        ok.then(|| (label.to_string(), i + 1 + c + 2))
                    });
                    if let Some((label, e)) = found {
                        ib.text(last, i);
                        ib.marker(label, i);
                        last = e;
                        i = e;
                    } else {
                        i += 1;
                    }
                }
                Some(b'*') if opens_after(before(t, i)) => {
                    let d = if bytes.get(i + 1) == Some(&b'*') {
                        2
                    } else {
                        1
                    };
                    let s = i + d;
                    if light::at(t, s).is_none_or(|c| c.is_whitespace() || c == '*') {
                        i += d;
                        continue;
                    }
                    let slot = &mut star_closer[d - 1];
                    let close = match *slot {
                        Some(Some(c)) if c > s => Some(c),
                        Some(None) => None,
                        _ => {
                            let c = star_close(t, s, d);
                            *slot = Some(c);
                            c
                        }
                    };
                    match close {
                        Some(c) => {
                            ib.text(last, i);
                            if d == 1 {
                                ib.italic(s, c);
                            } else {
                                ib.text(s, c);
                            }
                            last = c + d;
                            i = c + d;
                        }
                        None => i += d,
                    }
                }
                Some(b'_') => match self.word_reference(t, i, last) {
                    Some((ws, d, name)) => {
                        ib.text(last, ws);
                        let k = ib.link(ws, i, "", LinkKind::Reference, ws);
                        pending.push((k, (d == 1).then_some(name)));
                        last = i + d;
                        i += d;
                    }
                    None => i += 1,
                },
                _ => i += 1,
            }
        }
        ib.text(last, t.len());
        pending
    }

    /// A `word_` (or `word__`) reference whose `_` is at `i`: the word's start, the number
    /// of underscores and the name. Only a name a target has counts (`snake_case_` in prose
    /// is no reference), and never inside a URL.
    fn word_reference(&self, t: &str, i: usize, last: usize) -> Option<(usize, usize, String)> {
        let d = if t.get(i + 1..).is_some_and(|r| r.starts_with('_')) {
            2
        } else {
            1
        };
        if !closes_before(light::at(t, i + d)) || light::at(t, i + d) == Some('_') {
            return None;
        }
        let head = t.get(last..i)?;
        let word_len: usize = head
            .chars()
            .rev()
            .take(60)
            .take_while(|c| c.is_alphanumeric() || "-_.+".contains(*c))
            .map(char::len_utf8)
            .sum();
        let word = head.get(head.len() - word_len..)?;
        let trimmed = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let ws = i - trimmed.len();
        if trimmed.is_empty() || !trimmed.ends_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        let prev = before(t, ws);
        if !opens_after(prev) || prev == Some('/') || prev == Some(':') {
            return None;
        }
        if d == 2 {
            return Some((ws, d, String::new()));
        }
        let name = norm(trimmed);
        (self.by_name.contains_key(&name)).then_some((ws, d, name))
    }

    /// Interpreted text `` `…` `` (raw `a..c`, written from `at`) with a reference suffix
    /// (`_` 1, `__` 2, none 0) or a role: a link, code, a title, or text.
    fn interpreted(
        &mut self,
        ib: &mut Inline<'_>,
        at: usize,
        a: usize,
        c: usize,
        suffix: usize,
        role: Option<&str>,
    ) -> Option<(usize, Option<String>)> {
        let raw = ib.raw;
        let t: &str = raw.text.as_str();
        let content = t.get(a..c).unwrap_or("");
        let embedded = content.strip_suffix('>').and_then(|h| {
            let lt = h.rfind('<')?;
            (lt == 0
                || h.get(..lt)
                    .is_some_and(|x| x.ends_with(char::is_whitespace)))
            .then_some(lt)
        });
        if let Some(lt) = embedded {
            let target: String = content
                .get(lt + 1..content.len() - 1)
                .unwrap_or("")
                .split_whitespace()
                .collect();
            let label = content.get(..lt).unwrap_or("").trim_end();
            let (ta, tb) = if label.is_empty() {
                (a + lt + 1, c - 1)
            } else {
                (a, a + label.len())
            };
            if role.is_some() || suffix == 0 {
                ib.text(ta, tb);
                return None;
            }
            if !target.contains("://") && target.ends_with('_') {
                // An alias: the reference name as written, whitespace and all.
                let inner = content.get(lt + 1..content.len() - 1).unwrap_or("");
                let alias = inner.trim().trim_end_matches('_').trim_matches('`');
                let k = ib.link(ta, tb, "", LinkKind::Reference, at);
                return Some((k, Some(norm(alias))));
            }
            let k = ib.link(ta, tb, &target, LinkKind::Link, at);
            if suffix == 1 && !label.is_empty() {
                self.embedded.entry(norm(label)).or_insert(target);
            }
            // Resolved already: nothing pending.
            let _ = k;
            return None;
        }
        match role {
            Some(r) if PROSE_ROLES.contains(&r) => {
                if r == "title-reference" || r == "title" || r == "t" || r == "emphasis" {
                    ib.italic(a, c);
                } else {
                    ib.text(a, c);
                }
                None
            }
            Some(_) => {
                ib.code(a, c);
                None
            }
            None if suffix == 1 => {
                let k = ib.link(a, c, "", LinkKind::Reference, at);
                Some((k, Some(norm(content))))
            }
            None if suffix == 2 => {
                let k = ib.link(a, c, "", LinkKind::Reference, at);
                Some((k, None))
            }
            None => {
                // Interpreted text without a role: a title reference.
                ib.italic(a, c);
                None
            }
        }
    }

    /// References get their targets' URLs (references to no target are no links), unused
    /// targets are links where they are written, and footnotes get docutils' numbers.
    fn resolve(&mut self) {
        let mut drop = vec![false; self.p.links.len()];
        let mut anon = 0usize;
        let anon_targets: Vec<usize> = (0..self.targets.len())
            .filter(|&k| self.targets.get(k).is_some_and(|x| x.name.is_none()))
            .collect();
        for pend in std::mem::take(&mut self.pending) {
            let (li, url) = match pend {
                Pending::Named(li, name) => (li, self.named_url(&name)),
                Pending::Anonymous(li) => {
                    let k = anon_targets.get(anon).copied();
                    anon += 1;
                    let url = k.and_then(|k| self.targets.get_mut(k)).map(|x| {
                        x.used = true;
                        x.url.clone()
                    });
                    (li, url)
                }
            };
            match (url, self.p.links.get_mut(li)) {
                (Some(u), Some(l)) => l.raw = u,
                _ => {
                    if let Some(d) = drop.get_mut(li) {
                        *d = true;
                    }
                }
            }
        }
        let mut k = 0;
        self.p.links.retain(|_| {
            k += 1;
            !drop.get(k - 1).copied().unwrap_or(false)
        });
        for x in &self.targets {
            if !x.used && !x.url.ends_with('_') {
                self.p.links.push(RawLink {
                    raw: x.url.clone(),
                    kind: LinkKind::Reference,
                    text: x.name.clone().unwrap_or_default(),
                    offset: x.offset,
                    span: None,
                    group: None,
                });
            }
        }
        self.p.links.sort_by_key(|l| l.offset);
        self.number_footnotes();
    }

    /// The URL a reference name leads to, through aliases (`.. _a: b_`).
    fn named_url(&mut self, name: &str) -> Option<String> {
        let mut name = name.to_string();
        for _ in 0..8 {
            if let Some(&k) = self.by_name.get(&name) {
                let x = self.targets.get_mut(k)?;
                x.used = true;
                match x.url.strip_suffix('_').filter(|_| !x.url.contains("://")) {
                    Some(alias) => name = norm(alias.trim_matches('`')),
                    None => return Some(x.url.clone()),
                }
            } else {
                return self.embedded.get(&name).cloned();
            }
        }
        None
    }

    /// Auto-numbered footnotes (`[#]`, `[#label]`) get the numbers docutils gives them, in
    /// order of definition, skipping the numbers written; `[#]_` references take the
    /// anonymous ones in order, `[*]_` the symbols in order.
    fn number_footnotes(&mut self) {
        let written: std::collections::HashSet<u64> =
            self.defs.iter().filter_map(|d| d.parse().ok()).collect();
        let mut next = 1u64;
        let mut fresh = || {
            while written.contains(&next) {
                next += 1;
            }
            next += 1;
            (next - 1).to_string()
        };
        let symbol = |k: usize| {
            SYMBOLS
                .get(k % SYMBOLS.len())
                .unwrap_or(&"*")
                .repeat(k / SYMBOLS.len() + 1)
        };
        let mut finals = Vec::with_capacity(self.defs.len());
        let mut anonymous = std::collections::VecDeque::new();
        let mut named: FastMap<String, String> = FastMap::default();
        let mut symbols = 0usize;
        for d in &self.defs {
            let label = match d.as_str() {
                "#" => {
                    let n = fresh();
                    anonymous.push_back(n.clone());
                    n
                }
                "*" => {
                    symbols += 1;
                    symbol(symbols - 1)
                }
                _ if d.starts_with('#') => {
                    let n = fresh();
                    named.insert(norm(d), n.clone());
                    n
                }
                _ => d.clone(),
            };
            finals.push(label);
        }
        let final_of = |l: &str| -> Option<String> {
            let k: usize = l.strip_prefix(DEF)?.parse().ok()?;
            finals.get(k).cloned()
        };
        for n in &mut self.p.notes {
            if let Some(f) = final_of(&n.label) {
                n.label = f;
            }
        }
        for b in &mut self.p.blocks {
            if let Some(f) = b.note.as_deref().and_then(final_of) {
                b.note = Some(f);
            }
        }
        let mut order: Vec<usize> = (0..self.p.markers.len()).collect();
        order.sort_by_key(|&k| self.p.markers.get(k).map_or(0, |m| m.offset));
        let mut symbols = 0usize;
        for k in order {
            let Some(m) = self.p.markers.get_mut(k) else {
                continue;
            };
            match m.label.as_str() {
                "#" => {
                    if let Some(n) = anonymous.pop_front() {
                        m.label = n;
                    }
                }
                "*" => {
                    symbols += 1;
                    m.label = symbol(symbols - 1);
                }
                l if l.starts_with('#') => {
                    if let Some(n) = named.get(&norm(l)) {
                        m.label.clone_from(n);
                    }
                }
                // docutils compares reference names without case (`[cit2002]_` cites `..
                // [CIT2002]`): a marker takes the label its note is written with.
                l if !self.defs.iter().any(|d| d == l) => {
                    let key = norm(l);
                    if let Some(d) = self
                        .defs
                        .iter()
                        .find(|d| !d.starts_with(['#', '*']) && norm(d) == key)
                    {
                        m.label.clone_from(d);
                    }
                }
                _ => {}
            }
        }
    }
}

/// The role name of `:name:` at `i` when a backtick follows it (`` :code:`x` ``).
fn role_name(t: &str, i: usize) -> Option<&str> {
    let r = t.get(i + 1..(i + 42).min(t.len()))?;
    let close = r.find(":`").or_else(|| {
        // A role after the text, `` `x`:code: ``: a name then `:` and no backtick.
        let c = r.find(':')?;
        r.get(c + 1..)
            .is_none_or(|a| !a.starts_with(|x: char| x.is_alphanumeric()))
            .then_some(c)
    })?;
    let name = r.get(..close)?;
    (!name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_:+.".contains(c)))
    .then_some(name)
}

/// The closing `*` (or `**`, `d` long) of emphasis whose text starts at `s`: preceded by a
/// non-space, followed by the end, a space or punctuation.
fn star_close(t: &str, s: usize, d: usize) -> Option<usize> {
    let b = t.as_bytes();
    let mut from = s;
    while let Some(k) = memchr::memchr(b'*', b.get(from..)?) {
        let c = from + k;
        let ok = (d == 1 || b.get(c + 1) == Some(&b'*'))
            && before(t, c).is_some_and(|x| !x.is_whitespace())
            && closes_before(light::at(t, c + d))
            && c > s;
        if ok {
            return Some(c);
        }
        from = c + 1;
    }
    None
}
