//! Pandoc citations in Markdown source, as Quarto, R Markdown, blogdown and plain pandoc
//! users write them: `[@moreau2021]`, `[@moreau2021, p. 212]`, `[-@moreau2021]` (the author
//! named in the sentence), `[see @a, sec. 4; also @b]`, and narrative `@moreau2021 found …`.
//!
//! The works come from the front matter's `references:` list (CSL YAML) and from the files
//! its `bibliography:` key names (BibTeX or BibLaTeX, CSL YAML or CSL JSON), which the input
//! stage reads beside the article ([`crate::model::Bibliography`]): extraction stays a
//! function of the document. Each work becomes a note labelled with its key, and each key in
//! a citation a marker pointing at it, so that quotes are tied to their sources as with
//! numbered notes. A bracketed citation whose key no work has is still a marker (the quote
//! is cited by the key, with no URL) and is warned about once; a narrative `@word` counts
//! only when a work has that key, as pandoc reads it (`@jack` in prose is a handle).
//!
//! Documents without an `@` in their text, and without front matter, pay one `memchr` scan.

use super::notes::{NoteInfo, NoteMeta};
use super::yaml::{self, Value};
use super::{FastMap, Marker, Parsed};
use crate::model::Bibliography;

/// One work of a bibliography.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Work {
    /// The citation key.
    pub key: String,
    /// Source offset the note is placed at: its `id:` in the front matter, or where the
    /// front matter names the file it is in.
    pub offset: usize,
    /// Title.
    pub title: Option<String>,
    /// Authors (or, without any, editors), given names first.
    pub authors: Vec<String>,
    /// Date of issue, as `2021`, `2021-03` or `2021-03-04` (or as written).
    pub date: Option<String>,
    /// The journal, site or book it is in.
    pub container: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Its web address.
    pub url: Option<String>,
    /// Its DOI, as written (`10.1000/xyz`).
    pub doi: Option<String>,
    /// Whether the container is a book or proceedings (a chapter, a conference paper):
    /// then the publisher names the source better than the container does.
    pub in_book: bool,
}

impl Work {
    /// The work's URLs: its address, then its DOI as a `https://doi.org/` URL.
    #[must_use]
    pub fn urls(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if let Some(u) = &self.url {
            out.push(u.clone());
        }
        if let Some(d) = &self.doi {
            let d = d.trim();
            let lower = d.to_ascii_lowercase();
            let url = if lower.starts_with("http://") || lower.starts_with("https://") {
                d.to_string()
            } else {
                let bare = if lower.starts_with("doi:") {
                    d.get(4..).unwrap_or("").trim()
                } else {
                    d
                };
                format!("https://doi.org/{bare}")
            };
            if !out.contains(&url) {
                out.push(url);
            }
        }
        out
    }

    /// The work as a note: labelled with its key, its text an entry written out.
    #[must_use]
    pub fn note(&self) -> NoteInfo {
        let mut text = String::new();
        let mut add = |s: &str, sep: &str| {
            if !text.is_empty() {
                text.push_str(sep);
            }
            text.push_str(s);
        };
        if !self.authors.is_empty() {
            add(&self.authors.join(", "), "");
        }
        if let Some(d) = &self.date {
            add(&format!("({d})"), " ");
        }
        for part in [&self.title, &self.container, &self.publisher]
            .into_iter()
            .flatten()
        {
            add(part, ". ");
        }
        let urls = self.urls();
        for u in &urls {
            add(u, ". ");
        }
        if text.is_empty() {
            text.clone_from(&self.key);
        }
        let publisher = if self.in_book {
            self.publisher.clone().or_else(|| self.container.clone())
        } else {
            self.container.clone().or_else(|| self.publisher.clone())
        };
        NoteInfo {
            label: self.key.clone(),
            offset: self.offset,
            ranges: vec![(self.offset, self.offset + 1)],
            text,
            meta: NoteMeta {
                title: self.title.clone(),
                authors: self.authors.clone(),
                publisher,
                date: self.date.clone(),
                doi_urls: urls,
            },
            reference: true,
        }
    }
}

/// What the front matter says about citations.
#[derive(Debug, Default)]
pub struct FrontMatter {
    /// The works of its `references:` list.
    pub works: Vec<Work>,
    /// The files its `bibliography:` key names, each with the source offset of its name.
    pub bibliography: Vec<(String, usize)>,
    /// Keys its `nocite:` lists (works in the bibliography without a citation in the text).
    pub nocite: Vec<String>,
    /// `nocite: '@*'`: every work is listed, cited or not.
    pub nocite_all: bool,
}

/// Reads a Markdown document's YAML front matter (`---` … `---`), if it has one.
#[must_use]
pub fn front_matter(src: &str) -> Option<FrontMatter> {
    if !src.starts_with("---") {
        return None;
    }
    let len = super::markdown::front_matter_len(src);
    let text = src.get(..len).filter(|t| !t.is_empty())?;
    let root = yaml::parse(text, 0);
    let mut out = FrontMatter {
        works: root
            .get("references")
            .map(|r| works_of(r, None))
            .unwrap_or_default(),
        ..FrontMatter::default()
    };
    if let Some(b) = root.get("bibliography") {
        for item in b.items() {
            if let Value::Str(name, at) = item {
                let name = name.trim();
                if !name.is_empty() {
                    out.bibliography.push((name.to_string(), *at));
                }
            }
        }
    }
    if let Some(n) = root.get("nocite") {
        for item in n.items() {
            let Value::Str(s, _) = item else { continue };
            for word in s.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';')) {
                let Some(k) = word.strip_prefix('@') else {
                    continue;
                };
                if k == "*" {
                    out.nocite_all = true;
                } else if let Some((_, e)) = key_at(k, 0) {
                    out.nocite.push(k.get(..e).unwrap_or(k).to_string());
                }
            }
        }
    }
    Some(out)
}

/// Reads an Org document's citation settings: the files its `#+bibliography:` keywords
/// name (org-cite's; one or more a line, a keyword on any line, any case). `None` without
/// one.
#[must_use]
pub fn org_front_matter(src: &str) -> Option<FrontMatter> {
    let mut out = FrontMatter::default();
    let mut at = 0;
    for line in src.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let lead = line.len() - line.trim_start().len();
        let body = line.trim();
        let Some(key) = body.get(..15) else { continue };
        if !key.eq_ignore_ascii_case("#+bibliography:") {
            continue;
        }
        let rest = body.get(15..).unwrap_or("");
        let rest_at = start + lead + 15;
        let mut k = 0;
        for name in rest.split(' ') {
            let name_at = rest_at + k;
            k += name.len() + 1;
            let name = name.trim_matches(|c: char| c.is_whitespace() || c == '"');
            if !name.is_empty() {
                out.bibliography.push((name.to_string(), name_at));
            }
        }
    }
    (!out.bibliography.is_empty()).then_some(out)
}

/// A document's citation settings: a Markdown document's YAML front matter ([`front_matter`])
/// or an Org document's keywords ([`org_front_matter`]).
#[must_use]
pub fn front_matter_of(kind: crate::model::DocKind, src: &str) -> Option<FrontMatter> {
    match kind {
        crate::model::DocKind::Markdown => front_matter(src),
        crate::model::DocKind::Org => org_front_matter(src),
        _ => None,
    }
}

/// The works of a CSL YAML (or JSON, read alike) list. `at`: the offset every work is placed
/// at (a file's), or `None` for each at its own `id`.
fn works_of(list: &Value, at: Option<usize>) -> Vec<Work> {
    let mut out = Vec::new();
    for item in list.items() {
        let Some((id_at, id)) = item.entry("id") else {
            continue;
        };
        let Some(key) = id.str() else { continue };
        let text = |k: &str| item.get(k).and_then(Value::str).map(str::to_string);
        let mut authors = names(item.get("author"));
        if authors.is_empty() {
            authors = names(item.get("editor"));
        }
        let kind = text("type").unwrap_or_default();
        out.push(Work {
            key: key.to_string(),
            offset: at.unwrap_or(id_at),
            title: text("title"),
            authors,
            date: item.get("issued").and_then(csl_date),
            container: text("container-title"),
            publisher: text("publisher"),
            url: text("URL").or_else(|| text("url")),
            doi: text("DOI").or_else(|| text("doi")),
            in_book: matches!(kind.as_str(), "chapter" | "paper-conference" | "entry"),
        });
    }
    out
}

/// CSL names: `family`/`given` (with particles and suffix), `literal`, or a plain string.
fn names(v: Option<&Value>) -> Vec<String> {
    let Some(v) = v else { return Vec::new() };
    let mut out = Vec::new();
    for n in v.items() {
        if let Some(s) = n.str() {
            out.push(s.to_string());
            continue;
        }
        if let Some(l) = n.get("literal").and_then(Value::str) {
            out.push(l.to_string());
            continue;
        }
        let parts: Vec<&str> = [
            "given",
            "dropping-particle",
            "non-dropping-particle",
            "family",
            "suffix",
        ]
        .iter()
        .filter_map(|k| n.get(k).and_then(Value::str))
        .collect();
        if !parts.is_empty() {
            out.push(parts.join(" "));
        }
    }
    out
}

/// A CSL date: `date-parts: [[2021, 3, 4]]`, `2021`, `'2021-03-04'`, `{year: 2021}`,
/// `literal`/`raw`.
fn csl_date(v: &Value) -> Option<String> {
    if let Some(s) = v.str() {
        return Some(s.to_string());
    }
    if let Some(parts) = v.get("date-parts") {
        let first = parts.items().first()?;
        let nums: Vec<&str> = first.items().iter().filter_map(Value::str).collect();
        return ymd(&nums);
    }
    for k in ["literal", "raw"] {
        if let Some(s) = v.get(k).and_then(Value::str) {
            return Some(s.to_string());
        }
    }
    if v.get("year").is_some() {
        let nums: Vec<&str> = ["year", "month", "day"]
            .iter()
            .map_while(|k| v.get(k).and_then(Value::str))
            .collect();
        return ymd(&nums);
    }
    // An old form: a list of one such mapping.
    match v {
        Value::List(l) => l.first().and_then(csl_date),
        _ => None,
    }
}

/// `2021`, `2021-03`, `2021-03-04` from a year, month and day as written.
fn ymd(parts: &[&str]) -> Option<String> {
    let year = parts.first()?.trim();
    if year.is_empty() {
        return None;
    }
    let mut s = year.to_string();
    for p in parts.iter().skip(1).take(2) {
        match p.trim().parse::<u32>() {
            Ok(n) => s.push_str(&format!("-{n:02}")),
            Err(_) => break,
        }
    }
    Some(s)
}

/// The works of a bibliography file the input stage read: BibTeX/BibLaTeX (`.bib`,
/// `.bibtex`), CSL JSON (`.json`) or CSL YAML (anything else), each placed at `at`.
#[must_use]
pub fn works_in_file(b: &Bibliography) -> Vec<Work> {
    let lower = b.name.to_ascii_lowercase();
    if lower.ends_with(".bib") || lower.ends_with(".bibtex") {
        return bibtex(&b.text, b.offset);
    }
    if lower.ends_with(".json") {
        return serde_json::from_str::<serde_json::Value>(&b.text)
            .map(|j| works_of(&from_json(&j, 0), Some(b.offset)))
            .unwrap_or_default();
    }
    let root = yaml::parse(&b.text, 0);
    let list = root.get("references").cloned().unwrap_or(root);
    works_of(&list, Some(b.offset))
}

/// A JSON value as a YAML one (CSL JSON has CSL YAML's shape).
fn from_json(j: &serde_json::Value, depth: usize) -> Value {
    use serde_json::Value as J;
    if depth > 16 {
        return Value::Null;
    }
    match j {
        J::Null => Value::Null,
        J::Bool(b) => Value::Str(b.to_string(), 0),
        J::Number(n) => Value::Str(n.to_string(), 0),
        J::String(s) => Value::Str(s.clone(), 0),
        J::Array(a) => Value::List(a.iter().map(|v| from_json(v, depth + 1)).collect()),
        J::Object(o) => Value::Map(
            o.iter()
                .map(|(k, v)| (k.clone(), 0, from_json(v, depth + 1)))
                .collect(),
        ),
    }
}

/// The entries of a BibTeX or BibLaTeX file: `@type{key, field = {value} | "value" | 2021,
/// …}` (nested braces, `#` joins; `@string`, `@preamble` and `@comment` skipped). Each is
/// placed at `at`.
#[must_use]
pub fn bibtex(src: &str, at: usize) -> Vec<Work> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = b.get(i..).and_then(|r| memchr::memchr(b'@', r)) {
        i += p + 1;
        let ty_end = i + b.get(i..).map_or(0, |r| {
            r.iter().take_while(|c| c.is_ascii_alphabetic()).count()
        });
        let ty = src.get(i..ty_end).unwrap_or("").to_ascii_lowercase();
        let mut j = ty_end;
        while b.get(j).is_some_and(u8::is_ascii_whitespace) {
            j += 1;
        }
        let close = match b.get(j) {
            Some(b'{') => b'}',
            Some(b'(') => b')',
            _ => continue,
        };
        let Some(end) = balanced(b, j, close) else {
            continue;
        };
        let body = src.get(j + 1..end).unwrap_or("");
        i = end + 1;
        if ty.is_empty() || matches!(ty.as_str(), "comment" | "preamble" | "string") {
            continue;
        }
        let Some((key, fields)) = body.split_once(',') else {
            continue;
        };
        let key = key.trim();
        if key.is_empty() {
            continue;
        }
        let f = bib_fields(fields);
        let get = |k: &str| {
            f.iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty())
        };
        let mut authors = get("author").map(|a| bib_names(&a)).unwrap_or_default();
        if authors.is_empty() {
            authors = get("editor").map(|a| bib_names(&a)).unwrap_or_default();
        }
        let date = get("date").or_else(|| {
            let y = get("year")?;
            let m = get("month").and_then(|m| month(&m));
            Some(match m {
                Some(m) => format!("{y}-{m:02}"),
                None => y,
            })
        });
        out.push(Work {
            key: key.to_string(),
            offset: at,
            title: get("title"),
            authors,
            date,
            container: get("journaltitle")
                .or_else(|| get("journal"))
                .or_else(|| get("booktitle")),
            publisher: get("publisher")
                .or_else(|| get("organization"))
                .or_else(|| get("institution")),
            url: get("url"),
            doi: get("doi"),
            in_book: matches!(
                ty.as_str(),
                "incollection" | "inproceedings" | "inbook" | "conference"
            ),
        });
    }
    out
}

/// A month as BibTeX writes it (`3`, `mar`, `March`).
fn month(m: &str) -> Option<u32> {
    if let Ok(n) = m.trim().parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    let l = m.trim().to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|p| l.starts_with(p))
    .and_then(|i| u32::try_from(i + 1).ok())
}

/// The index of the `close` matching the opener at `open` (braces nest; in a `(` entry,
/// brackets do).
fn balanced(b: &[u8], open: usize, close: u8) -> Option<usize> {
    let opener = *b.get(open)?;
    let mut depth = 0usize;
    let mut i = open;
    while let Some(&c) = b.get(i) {
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == opener {
            depth += 1;
        } else if c == close {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// `name = value, …` of an entry's body, names lower-cased, values as text.
fn bib_fields(s: &str) -> Vec<(String, String)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b',')
        {
            i += 1;
        }
        let Some(eq) = b.get(i..).and_then(|r| memchr::memchr(b'=', r)) else {
            break;
        };
        let name = s.get(i..i + eq).unwrap_or("").trim().to_ascii_lowercase();
        i += eq + 1;
        let mut value = String::new();
        // Pieces joined by `#`.
        loop {
            while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            match b.get(i) {
                Some(b'{') => {
                    let end = balanced(b, i, b'}').unwrap_or(b.len());
                    value.push_str(s.get(i + 1..end).unwrap_or(""));
                    i = end + 1;
                }
                Some(b'"') => {
                    let mut j = i + 1;
                    let mut depth = 0usize;
                    while let Some(&c) = b.get(j) {
                        match c {
                            b'{' => depth += 1,
                            b'}' => depth = depth.saturating_sub(1),
                            b'\\' => j += 1,
                            b'"' if depth == 0 => break,
                            _ => {}
                        }
                        j += 1;
                    }
                    value.push_str(s.get(i + 1..j.min(b.len())).unwrap_or(""));
                    i = j + 1;
                }
                Some(_) => {
                    let start = i;
                    while b
                        .get(i)
                        .is_some_and(|&c| c != b',' && c != b'#' && !c.is_ascii_whitespace())
                    {
                        i += 1;
                    }
                    value.push_str(s.get(start..i).unwrap_or(""));
                }
                None => break,
            }
            while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            if b.get(i) == Some(&b'#') {
                i += 1;
            } else {
                break;
            }
        }
        if !name.is_empty() && name.bytes().all(|c| c.is_ascii_graphic()) {
            out.push((name, detex(&value)));
        }
        if i >= b.len() {
            break;
        }
    }
    out
}

/// A BibTeX value as plain text: braces dropped, `\&`-style escapes and `~` undone, `--`
/// an en dash, white space folded.
fn detex(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' | '}' => {}
            '~' => out.push(' '),
            '\\' => match chars.peek() {
                Some(&n) if "&%$_#{}".contains(n) => {
                    out.push(n);
                    chars.next();
                }
                // A command (`\emph`, `\"`): dropped, its argument kept.
                Some(n) if n.is_ascii_alphabetic() => {
                    while chars.peek().is_some_and(char::is_ascii_alphabetic) {
                        chars.next();
                    }
                }
                Some(_) => {
                    chars.next();
                }
                None => {}
            },
            '-' if chars.peek() == Some(&'-') => {
                chars.next();
                if chars.peek() == Some(&'-') {
                    chars.next();
                    out.push('—');
                } else {
                    out.push('–');
                }
            }
            c => out.push(c),
        }
    }
    super::fold_ws(&out)
}

/// BibTeX names (`Last, First and First Last and {Org Name}`), given names first. Read from
/// the value before braces were dropped would be better for `{Org and Co}`; the brace-free
/// text is split at ` and `.
fn bib_names(s: &str) -> Vec<String> {
    s.split(" and ")
        .map(str::trim)
        .filter(|n| !n.is_empty() && *n != "others")
        .map(|n| match n.split_once(',') {
            Some((last, first)) if !first.contains(',') => {
                format!("{} {}", first.trim(), last.trim())
            }
            // `von Last, Jr, First`.
            Some((last, rest)) => {
                let (jr, first) = rest.split_once(',').unwrap_or((rest, ""));
                format!("{} {} {}", first.trim(), last.trim(), jr.trim())
            }
            None => n.to_string(),
        })
        .map(|n| super::fold_ws(&n))
        .collect()
}

/// A citation key at byte `i` of `s` (just after its `@`): its start and end. Pandoc's rule:
/// a letter, digit or `_` first, then alphanumerics, `_` and internal punctuation
/// (`:.#$%&-+?<>~/`), which must be followed by a letter, digit or `_`; or `{…}` (the key
/// without the braces: start and end are its inside).
#[must_use]
pub fn key_at(s: &str, i: usize) -> Option<(usize, usize)> {
    let rest = s.get(i..)?;
    if let Some(inner) = rest.strip_prefix('{') {
        let close = inner.find(['}', '\n', '['])?;
        return (close > 0 && inner.get(close..)?.starts_with('}'))
            .then_some((i + 1, i + 1 + close));
    }
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut chars = rest.char_indices().peekable();
    let (_, first) = chars.next()?;
    if !word(first) {
        return None;
    }
    let mut end = first.len_utf8();
    while let Some((j, c)) = chars.next() {
        if word(c) {
            end = j + c.len_utf8();
        } else if ":.#$%&-+?<>~/".contains(c) {
            // Internal punctuation: only with a word character after it (a run of it).
            let mut k = j + c.len_utf8();
            let mut ok = false;
            while let Some(&(kk, n)) = chars.peek() {
                if word(n) {
                    ok = true;
                    break;
                }
                if !":.#$%&-+?<>~/".contains(n) {
                    break;
                }
                k = kk + n.len_utf8();
                chars.next();
            }
            if !ok {
                break;
            }
            end = k;
        } else {
            break;
        }
    }
    Some((i, i + end))
}

/// The citations of the text: a marker for each key of each bracketed citation (its span the
/// whole bracket, its offset the key's `@`; `[-@key]` is narrative), and for each narrative
/// `@key` of a defined work (its span the key and a locator bracket right after it).
/// `defined`: the keys the works have.
#[must_use]
pub(crate) fn citations(parsed: &Parsed, defined: &FastMap<String, ()>) -> Vec<Marker> {
    let mut out = Vec::new();
    // The spans of link texts, by block (a citation inside one is the link's text).
    let mut link_spans: Vec<(usize, usize, usize)> =
        parsed.links.iter().filter_map(|l| l.span).collect();
    link_spans.sort_unstable();
    for (bi, b) in parsed.blocks.iter().enumerate() {
        let t = b.text.as_str();
        let bytes = t.as_bytes();
        if memchr::memchr(b'@', bytes).is_none() || b.chrome {
            continue;
        }
        let lo = link_spans.partition_point(|s| s.0 < bi);
        let hi = link_spans.partition_point(|s| s.0 <= bi);
        let links = link_spans.get(lo..hi).unwrap_or(&[]);
        let in_link = |a: usize, z: usize| links.iter().any(|&(_, s, e)| s < z && a < e);
        let mut done = 0;
        for at in memchr::memchr_iter(b'@', bytes) {
            if at < done {
                continue;
            }
            // `me@example.com`, `a@b`: a word character before the `@` makes no citation.
            let prev = t.get(..at).and_then(|p| p.chars().next_back());
            if prev.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '@') {
                continue;
            }
            if let Some((open, close)) = enclosing_bracket(bytes, at) {
                if let Some(keys) = bracket_keys(t, open, close) {
                    done = close + 1;
                    if b.overlaps_code(open, close + 1) || in_link(open, close + 1) {
                        continue;
                    }
                    for (k_at, ks, ke, suppressed) in keys {
                        out.push(Marker {
                            label: t.get(ks..ke).unwrap_or("").to_string(),
                            offset: b.src_of(k_at),
                            span: Some((bi, open, close + 1)),
                            explicit: true,
                            citation_like: true,
                            narrative: suppressed,
                        });
                    }
                    continue;
                }
            }
            // Narrative: `@moreau2021 found`, `As @moreau2021 [p. 33] says`.
            let Some((ks, ke)) = key_at(t, at + 1) else {
                continue;
            };
            let key = t.get(ks..ke).unwrap_or("");
            if !defined.contains_key(key) || b.in_code(at) || in_link(at, ke) {
                continue;
            }
            let mut end = ke;
            if let Some(r) = t.get(ke..) {
                let gap = r.len() - r.trim_start_matches(' ').len();
                if r.get(gap..).is_some_and(|r| r.starts_with('[')) {
                    let from = ke + gap;
                    if let Some(c) =
                        memchr::memchr2(b'[', b']', bytes.get(from + 1..).unwrap_or(&[]))
                            .map(|c| from + 1 + c)
                            .filter(|&c| bytes.get(c) == Some(&b']'))
                            .filter(|&c| {
                                c - from < 200 && !t.get(from..c).unwrap_or("").contains('@')
                            })
                    {
                        end = c + 1;
                    }
                }
            }
            done = end;
            out.push(Marker {
                label: key.to_string(),
                offset: b.src_of(at),
                span: Some((bi, at, end)),
                explicit: true,
                citation_like: true,
                narrative: true,
            });
        }
    }
    out
}

/// The brackets around byte `at`: the `[` before it and the `]` after it, no other bracket
/// between, within 1,000 bytes either way.
fn enclosing_bracket(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let from = at.saturating_sub(1000);
    let open = from + memchr::memrchr2(b'[', b']', b.get(from..at)?)?;
    if b.get(open) != Some(&b'[') {
        return None;
    }
    let to = (at + 1000).min(b.len());
    let close = at + memchr::memchr2(b'[', b']', b.get(at..to)?)?;
    (b.get(close) == Some(&b']')).then_some((open, close))
}

/// The keys of a bracketed citation `[…]` (`open` and `close` the brackets' offsets): for
/// each part between `;`, the offset of its `@`, the key's range and whether the
/// author is suppressed (`-@key`). `None` when a part has no key: not a citation.
fn bracket_keys(t: &str, open: usize, close: usize) -> Option<Vec<(usize, usize, usize, bool)>> {
    let mut inner = t.get(open + 1..close)?;
    let mut base = open + 1;
    // org-cite's `[cite:@key]`, `[cite/t:@key]`: the keys after the prefix.
    if let Some(rest) = inner.strip_prefix("cite") {
        if rest.starts_with([':', '/']) {
            let colon = rest.find(':')?;
            let skip = 4 + colon + 1;
            inner = inner.get(skip..)?;
            base += skip;
        }
    }
    let mut out = Vec::new();
    for part in inner.split(';') {
        let p = part.as_bytes();
        let mut found = None;
        for a in memchr::memchr_iter(b'@', p) {
            let before = part.get(..a).and_then(|s| s.chars().next_back());
            let (suppressed, lead) = match before {
                None => (false, None),
                Some('-') => (true, part.get(..a - 1).and_then(|s| s.chars().next_back())),
                Some(c) => (false, Some(c)),
            };
            if lead.is_some_and(|c| !c.is_whitespace() && c != '(') {
                continue;
            }
            if let Some((ks, ke)) = key_at(part, a + 1) {
                found = Some((base + a, base + ks, base + ke, suppressed));
                break;
            }
        }
        out.push(found?);
        base += part.len() + 1;
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Option<&str> {
        key_at(s, 0).and_then(|(a, z)| s.get(a..z))
    }

    #[test]
    fn keys_follow_pandocs_rule() {
        assert_eq!(key("moreau2021, p. 3"), Some("moreau2021"));
        assert_eq!(key("doe:2020.ok."), Some("doe:2020.ok"));
        assert_eq!(key("a-b--c]"), Some("a-b--c"));
        assert_eq!(key("_x/y?"), Some("_x/y"));
        assert_eq!(key("{Weird key 1}]"), Some("Weird key 1"));
        assert_eq!(key("-x"), None);
        assert_eq!(key(" x"), None);
        assert_eq!(key("{}"), None);
        assert_eq!(key("ça2020"), Some("ça2020"));
    }

    #[test]
    fn bracket_parts() {
        let t = "x [see @a, sec. 4; also -@b] y";
        let open = t.find('[').unwrap_or(0);
        let close = t.find(']').unwrap_or(0);
        let keys = bracket_keys(t, open, close).unwrap_or_default();
        let names: Vec<(&str, bool)> = keys
            .iter()
            .map(|&(_, a, z, s)| (t.get(a..z).unwrap_or(""), s))
            .collect();
        assert_eq!(names, vec![("a", false), ("b", true)]);
        // A part without a key, or a key glued to a word, is no citation.
        for t in ["[@a; b]", "[me@x.org]", "[a; b]"] {
            assert_eq!(bracket_keys(t, 0, t.len() - 1), None, "{t}");
        }
    }

    #[test]
    fn bibtex_entries() {
        let src = r#"% a comment @ here
@string{jlr = "J. Lit. Res."}
@Article{moreau2021,
  author = {Moreau, Claire and {Open Learning Lab}},
  title = {Gamified {Reading} Logs \& Motivation},
  journal = "Journal of " # "Literacy",
  year = 2021, month = mar,
  doi = {10.1000/xyz-1},
}
@incollection(lind:2020, title = "Scour--and after", editor = "Ruiz, Jo",
  booktitle = {Coastal Works}, publisher = {Tide Press}, date = {2020-05-01})
@book{broken, title = {Never closed
"#;
        let w = bibtex(src, 7);
        assert_eq!(w.len(), 2, "{w:?}");
        assert_eq!(w[0].key, "moreau2021");
        assert_eq!(w[0].authors, vec!["Claire Moreau", "Open Learning Lab"]);
        assert_eq!(
            w[0].title.as_deref(),
            Some("Gamified Reading Logs & Motivation")
        );
        assert_eq!(w[0].container.as_deref(), Some("Journal of Literacy"));
        assert_eq!(w[0].date.as_deref(), Some("2021-03"));
        assert_eq!(w[0].urls(), vec!["https://doi.org/10.1000/xyz-1"]);
        assert_eq!(w[0].offset, 7);
        assert_eq!(w[1].key, "lind:2020");
        assert_eq!(w[1].authors, vec!["Jo Ruiz"]);
        assert_eq!(w[1].title.as_deref(), Some("Scour–and after"));
        assert_eq!(w[1].date.as_deref(), Some("2020-05-01"));
        assert_eq!(w[1].note().meta.publisher.as_deref(), Some("Tide Press"));
    }

    #[test]
    fn malformed_bibtex_never_panics() {
        for s in [
            "@",
            "@{",
            "@a{",
            "@a{k",
            "@a{k,",
            "@a{k, t = {",
            "@a{k, t = \"x",
            "@a(k, =)",
            "\\@a{k,t={\\",
        ] {
            let _ = bibtex(s, 0);
        }
    }
}
