//! Output of `citecheck extract`: `text` for people, `json` for programs.

use std::io::{self, Write};

use serde::Serialize;

use super::pretty::PrettyJson;
use crate::model::{ExtractReport, Extraction, QuoteKind, SCHEMA_VERSION};

/// Writes the extract report as pretty JSON (the public contract, see README).
///
/// The bytes are exactly serde_json's pretty printing of [`ExtractReport`] (a test pins
/// that); the long arrays of each document are written by `report/pretty.rs`, on several
/// threads.
///
/// # Errors
/// Writing fails.
pub fn write_json(report: &ExtractReport, out: &mut dyn Write) -> io::Result<()> {
    let mut stream = JsonStream::start(out, report.schema_version)?;
    // A large document is written from its extraction, its arrays split over the threads;
    // small ones (a folder of articles) are rendered several at a time, a group of about one
    // batch of elements per thread at once, so the buffered JSON stays bounded.
    let batch = BATCH_PER_THREAD * crate::extract::par::threads();
    let mut rest = report.documents.as_slice();
    while let Some((d, tail)) = rest.split_first() {
        if is_large(d) {
            stream.extraction(d)?;
            rest = tail;
            continue;
        }
        let (mut n, mut elements) = (0, 0);
        while let Some(d) = rest.get(n).filter(|d| elements < batch && !is_large(d)) {
            elements += items(d) + 1;
            n += 1;
        }
        let (group, tail) = rest.split_at(n);
        for json in crate::extract::par::map_queue(group, document_json) {
            stream.document(&json)?;
        }
        rest = tail;
    }
    stream.finish()
}

/// The extract report's JSON written one document at a time, as documents are ready: the
/// same bytes as [`write_json`] of the whole report, without holding the report.
///
/// [`JsonStream::begin`], then [`JsonStream::document`] with each [`document_json`] in
/// order, then [`JsonStream::finish`].
pub struct JsonStream<W: Write> {
    out: io::BufWriter<W>,
    documents: usize,
}

impl<W: Write> JsonStream<W> {
    /// Writes the report's opening.
    ///
    /// # Errors
    /// Writing fails.
    pub fn begin(out: W) -> io::Result<Self> {
        Self::start(out, SCHEMA_VERSION)
    }

    fn start(out: W, schema_version: u32) -> io::Result<Self> {
        // The small writes of the layout stay off `out` (with `dyn Write`, a virtual call
        // each).
        let mut out = io::BufWriter::with_capacity(1 << 16, out);
        write!(
            out,
            "{{\n  \"schema_version\": {schema_version},\n  \"documents\": "
        )?;
        Ok(JsonStream { out, documents: 0 })
    }

    /// What comes before the next document: the array's opening or a separator.
    fn separate(&mut self) -> io::Result<()> {
        let sep: &[u8] = if self.documents == 0 { b"[\n" } else { b",\n" };
        self.documents += 1;
        self.out.write_all(sep)
    }

    /// Writes the next document, as [`document_json`] gave it.
    ///
    /// # Errors
    /// Writing fails.
    pub fn document(&mut self, json: &[u8]) -> io::Result<()> {
        self.separate()?;
        self.out.write_all(json)
    }

    /// Writes the next document straight from its extraction, its long arrays in batches on
    /// several threads: for a large document, whose JSON (several times the size of its
    /// text) is better not built in memory first. The same bytes as [`document_json`].
    ///
    /// # Errors
    /// Writing fails.
    pub fn extraction(&mut self, d: &Extraction) -> io::Result<()> {
        self.separate()?;
        self.out.write_all(b"    ")?;
        write_document(d, &mut self.out)
    }

    /// Closes the report (and its last line) and flushes it.
    ///
    /// # Errors
    /// Writing fails.
    pub fn finish(mut self) -> io::Result<()> {
        self.out.write_all(if self.documents == 0 {
            b"[]\n}\n"
        } else {
            b"\n  ]\n}\n"
        })?;
        self.out.flush()
    }
}

/// One document of the extract report as pretty JSON, indented for its place in the report
/// (for [`JsonStream::document`]), built on the calling thread. For a small document only: a
/// large one ([`is_large`]) is written straight to the output ([`JsonStream::extraction`]).
#[must_use]
pub fn document_json(d: &Extraction) -> Vec<u8> {
    // Room for the usual element sizes (a note's runs to ~700 bytes, a link's to ~250): no
    // regrowing, and so no copying, as the JSON is written. Capacity never written costs
    // nothing.
    let room = d.links.len() * 320
        + d.footnotes.len() * 768
        + d.quotes.len() * 512
        + d.warnings.len() * 192;
    let mut buf = Vec::with_capacity(512 + room.min(64 << 20));
    buf.extend_from_slice(b"    ");
    // Writing to memory cannot fail.
    let _ = write_document(d, &mut buf);
    buf
}

/// Array elements in a document.
fn items(d: &Extraction) -> usize {
    d.links.len() + d.footnotes.len() + d.quotes.len() + d.warnings.len()
}

/// Whether a document's report is large enough (megabytes) to be written straight to the
/// output ([`JsonStream::extraction`], [`write_text`]) rather than built in memory first.
#[must_use]
pub fn is_large(d: &Extraction) -> bool {
    items(d) >= BATCH_PER_THREAD
}

/// Array elements serialized per thread per batch (small in tests, to cover the batching).
const BATCH_PER_THREAD: usize = if cfg!(test) { 700 } else { 8192 };

/// Two spaces per level, as serde_json's pretty printer.
fn indent(w: &mut impl Write, depth: usize) -> io::Result<()> {
    for _ in 0..depth {
        w.write_all(b"  ")?;
    }
    Ok(())
}

/// One [`Extraction`], its fields in declaration order, at depth 2.
fn write_document(d: &Extraction, w: &mut impl Elements) -> io::Result<()> {
    w.write_all(b"{\n")?;
    indent(w, 3)?;
    writeln!(w, "\"file\": {},", compact(&d.file)?)?;
    indent(w, 3)?;
    write!(w, "\"format\": {}", compact(&d.format)?)?;
    write_array(w, "links", &d.links)?;
    write_array(w, "footnotes", &d.footnotes)?;
    write_array(w, "quotes", &d.quotes)?;
    write_array(w, "warnings", &d.warnings)?;
    w.write_all(b"\n")?;
    indent(w, 2)?;
    w.write_all(b"}")
}

/// Where a document's JSON goes: its arrays' elements are written by [`Elements::elements`].
trait Elements: Write {
    /// Writes the elements of a non-empty array at depth 4, comma-separated.
    fn elements<T: PrettyJson + Sync>(&mut self, items: &[T]) -> io::Result<()>;
}

/// A document's JSON built in memory (a small document): the elements are written straight
/// into it (through a buffer of their own, copied over, they cost a fifth more to write).
impl Elements for Vec<u8> {
    fn elements<T: PrettyJson + Sync>(&mut self, items: &[T]) -> io::Result<()> {
        pretty_elements_into(self, items, true);
        Ok(())
    }
}

/// A large document written to the output: its elements serialized in batches, each in
/// parallel runs.
impl<W: Write> Elements for io::BufWriter<W> {
    fn elements<T: PrettyJson + Sync>(&mut self, items: &[T]) -> io::Result<()> {
        // Batches keep the buffered JSON small (and its memory reused) whatever the array's
        // size.
        let batch = BATCH_PER_THREAD * crate::extract::par::threads();
        for (bi, chunk) in items.chunks(batch).enumerate() {
            let parts = crate::extract::par::runs(chunk.len(), |lo, hi| {
                let run = chunk.get(lo..hi).unwrap_or(&[]);
                // Room for the largest elements (notes run to ~700 bytes): growing a
                // multi-megabyte buffer copies it each time, and capacity never written
                // costs nothing.
                let mut out = Vec::with_capacity(run.len() * 1024);
                pretty_elements_into(&mut out, run, bi == 0 && lo == 0);
                vec![out]
            });
            for part in parts {
                self.write_all(&part)?;
            }
        }
        Ok(())
    }
}

/// `,\n"name": [ … ]` for a document field (depth 3).
fn write_array<T: PrettyJson + Sync>(
    w: &mut impl Elements,
    name: &str,
    items: &[T],
) -> io::Result<()> {
    w.write_all(b",\n")?;
    indent(w, 3)?;
    write!(w, "\"{name}\": ")?;
    if items.is_empty() {
        return w.write_all(b"[]");
    }
    w.write_all(b"[\n")?;
    w.elements(items)?;
    w.write_all(b"\n")?;
    indent(w, 3)?;
    w.write_all(b"]")
}

/// Appends array elements at depth 4, each after `,\n` (but the array's very first).
fn pretty_elements_into<T: PrettyJson>(out: &mut Vec<u8>, items: &[T], first_of_array: bool) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 || !first_of_array {
            out.extend_from_slice(b",\n");
        }
        out.extend_from_slice(b"        ");
        item.pretty(out, 4);
    }
}

/// Compact JSON of a scalar field (a string or a unit enum): the same as pretty printing.
fn compact<T: Serialize>(v: &T) -> io::Result<String> {
    serde_json::to_string(v).map_err(io::Error::other)
}

/// Writes the extract report as text, one item a line, `file:line:column` first.
///
/// # Errors
/// Writing fails.
pub fn write_text(report: &ExtractReport, out: &mut dyn Write) -> io::Result<()> {
    for doc in &report.documents {
        out.write_all(&document_text(doc))?;
    }
    Ok(())
}

/// One document of the text report.
#[must_use]
pub fn document_text(doc: &Extraction) -> Vec<u8> {
    let mut out = Vec::with_capacity(256 + items(doc) * 160);
    // Writing to memory cannot fail.
    let _ = write_document_text(doc, &mut out);
    out
}

/// Writes one document of the text report (for a large one, straight to the output): a
/// header with the counts, then every link, note, quote and warning in the order they come
/// in the document, one a line, `file:line:column` first. Names are the JSON's; control
/// characters and bidirectional overrides from the article are shown escaped (`\u{1b}`), so
/// an article cannot rewrite the reader's terminal.
///
/// # Errors
/// Writing fails.
pub fn write_document_text(doc: &Extraction, out: &mut dyn Write) -> io::Result<()> {
    let file = shown(&doc.file);
    writeln!(
        out,
        "{file} ({}): {}, {}, {}, {}",
        match doc.format {
            crate::model::DocKind::Markdown => "markdown",
            crate::model::DocKind::Html => "html",
            crate::model::DocKind::Text => "text",
            crate::model::DocKind::Rst => "rst",
            crate::model::DocKind::Org => "org",
        },
        counted(doc.links.len(), "link"),
        counted(doc.footnotes.len(), "footnote"),
        counted(doc.quotes.len(), "quote"),
        counted(doc.warnings.len(), "warning"),
    )?;
    // (line, column, kind: 0 link, 1 note, 2 quote, 3 warning, index)
    let mut order: Vec<(usize, usize, u8, usize)> = Vec::with_capacity(items(doc));
    order.extend(
        doc.links
            .iter()
            .enumerate()
            .map(|(i, l)| (l.line, l.column, 0, i)),
    );
    order.extend(
        doc.footnotes
            .iter()
            .enumerate()
            .map(|(i, f)| (f.line, f.column, 1, i)),
    );
    order.extend(
        doc.quotes
            .iter()
            .enumerate()
            .map(|(i, q)| (q.line, q.column, 2, i)),
    );
    order.extend(
        doc.warnings
            .iter()
            .enumerate()
            .map(|(i, w)| (w.line, w.column, 3, i)),
    );
    order.sort_unstable();
    // The lines are formatted a batch at a time, the batch split over the threads (a large
    // document has hundreds of thousands), and written in order.
    let batch = BATCH_PER_THREAD * crate::extract::par::threads();
    for chunk in order.chunks(batch) {
        let parts = crate::extract::par::runs(chunk.len(), |lo, hi| {
            vec![text_lines(doc, &file, chunk.get(lo..hi).unwrap_or(&[]))]
        });
        for part in parts {
            out.write_all(&part)?;
        }
    }
    Ok(())
}

/// The text report's lines for `items` (line, column, kind: 0 link, 1 note, 2 quote, 3
/// warning, index) of `doc`.
fn text_lines(doc: &Extraction, file: &str, items: &[(usize, usize, u8, usize)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(items.len() * 160);
    // Writing to memory cannot fail.
    let _ = write_text_lines(doc, file, items, &mut out);
    out
}

fn write_text_lines(
    doc: &Extraction,
    file: &str,
    items: &[(usize, usize, u8, usize)],
    out: &mut Vec<u8>,
) -> io::Result<()> {
    for &(line, column, kind, i) in items {
        write!(out, "  {file}:{line}:{column}: ")?;
        match kind {
            0 => {
                let Some(l) = doc.links.get(i) else { continue };
                let note = l
                    .footnote
                    .as_deref()
                    .map(|n| format!(" [{}]", shown(&note_name(n))))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "link ({}) {}{note}",
                    super::pretty::link_kind(l.kind),
                    shown(&l.url)
                )?;
            }
            1 => {
                let Some(f) = doc.footnotes.get(i) else {
                    continue;
                };
                writeln!(out, "{}: {}", shown(&note_name(&f.label)), shown(&f.text))?;
            }
            2 => {
                let Some(q) = doc.quotes.get(i) else { continue };
                let kind = match q.kind {
                    QuoteKind::Inline => "inline",
                    QuoteKind::Block => "block",
                };
                let cites: Vec<String> = q
                    .citations
                    .iter()
                    .map(|c| {
                        let who = c
                            .footnote
                            .as_deref()
                            .map(note_name)
                            .or_else(|| c.url.clone());
                        format!(
                            "{} ({})",
                            shown(&who.unwrap_or_default()),
                            super::pretty::attribution(c.attribution)
                        )
                    })
                    .collect();
                let cites = if cites.is_empty() {
                    "uncited".to_string()
                } else {
                    cites.join(", ")
                };
                let short = if q.short { ", short" } else { "" };
                writeln!(
                    out,
                    "quote ({kind}, {}{short}) -> {cites}: {}",
                    counted(q.words, "word"),
                    shown(&q.text)
                )?;
            }
            _ => {
                let Some(w) = doc.warnings.get(i) else {
                    continue;
                };
                writeln!(out, "warning: {}", shown(&w.message))?;
            }
        }
    }
    Ok(())
}

/// The closing line of a text report of several documents.
///
/// # Errors
/// Writing fails.
pub fn write_text_total(out: &mut dyn Write, documents: usize, warnings: usize) -> io::Result<()> {
    writeln!(
        out,
        "{}, {} in all",
        counted(documents, "document"),
        counted(warnings, "warning")
    )
}

/// `1 link`, `2 links`.
fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Text from an article for a terminal: control characters (C0 but the tab, DEL, C1) and
/// the bidirectional overrides and isolates written as escapes (`\u{1b}`).
#[must_use]
pub fn shown(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !s.contains(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// How the text report names a note: `note 3`, and a note whose label already says so
/// (Wikipedia's `note 1` group) as it is, not `note note 1`.
fn note_name(label: &str) -> String {
    if label
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("note "))
    {
        label.to_string()
    } else {
        format!("note {label}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, ExtractOptions};
    use crate::model::{DocKind, Document, InputSource, SCHEMA_VERSION};

    fn document(text: String, kind: DocKind) -> Extraction {
        let doc = Document {
            source: InputSource::Stdin,
            kind,
            text,
            base_url: None,
            warnings: Vec::new(),
            bibliographies: Vec::new(),
        };
        extract(&doc, &ExtractOptions::default())
    }

    fn reference(report: &ExtractReport) -> Vec<u8> {
        let mut want = serde_json::to_vec_pretty(report).expect("json");
        want.push(b'\n');
        want
    }

    /// The text report, whole or one document at a time (in memory or straight to the
    /// output), is the same.
    #[test]
    fn text_whole_and_per_document_agree() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/articles");
        let mut docs: Vec<Extraction> = Vec::new();
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let kind = crate::extract::detect_kind(path.to_str(), None, &text);
            docs.push(document(text, kind));
        }
        let report = ExtractReport {
            schema_version: SCHEMA_VERSION,
            documents: docs,
        };
        let mut whole = Vec::new();
        write_text(&report, &mut whole).expect("write");
        let mut direct = Vec::new();
        let mut buffered = Vec::new();
        for d in &report.documents {
            write_document_text(d, &mut direct).expect("write");
            buffered.extend(document_text(d));
        }
        assert!(whole.len() > 1000);
        assert!(whole == direct && whole == buffered);
        let first = String::from_utf8_lossy(&whole);
        assert!(first.contains(": link ("), "{first}");
    }

    /// A large document's text lines, formatted in batches over several threads, are the
    /// one-thread bytes, one line an item, in document order.
    #[test]
    fn text_of_a_large_document_is_the_same_on_any_number_of_threads() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/articles");
        let mut all = String::new();
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            all.push_str(
                &std::fs::read_to_string(entry.expect("entry").path()).unwrap_or_default(),
            );
        }
        let big = document(all.repeat(30), DocKind::Markdown);
        assert!(
            items(&big) > 3 * 3 * BATCH_PER_THREAD,
            "{} items",
            items(&big)
        );
        let text = |threads| {
            let mut out = Vec::new();
            crate::extract::par::with_threads(threads, || write_document_text(&big, &mut out))
                .expect("write");
            out
        };
        let one = text(1);
        for threads in [2, 3] {
            assert!(text(threads) == one, "{threads} threads");
        }
        let one = String::from_utf8(one).expect("utf-8");
        assert_eq!(one.lines().count(), 1 + items(&big));
        let mut last = (0, 0);
        for line in one.lines().skip(1) {
            let mut at = line.trim_start().splitn(4, ':').skip(1);
            let mut num = || at.next().and_then(|n| n.parse::<usize>().ok());
            let here = (num().unwrap_or(0), num().unwrap_or(0));
            assert!(here >= last, "{line}");
            last = here;
        }
    }

    /// The hand-laid-out, parallel writer gives serde_json's bytes exactly.
    #[test]
    fn json_is_byte_for_byte_serde_pretty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/articles");
        let mut docs: Vec<Extraction> = Vec::new();
        let mut all = String::new();
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let kind = crate::extract::detect_kind(path.to_str(), None, &text);
            all.push_str(&text);
            docs.push(document(text, kind));
        }
        // Thousands of links, notes and quotes: the arrays are cut into parallel runs.
        let big = document(all.repeat(50), DocKind::Markdown);
        let (nl, nq) = (big.links.len(), big.quotes.len());
        assert!(nl > 2500 && nq > 2500, "{nl} links, {nq} quotes");
        let empty_doc = document(String::new(), DocKind::Text);
        // Hundreds of small documents (written in groups, several at a time) around a large
        // one (written alone, its arrays split).
        let mut many: Vec<Extraction> = (0..40).flat_map(|_| docs.clone()).collect();
        many.insert(7, big.clone());
        let small_items: usize = docs
            .iter()
            .map(|d| d.links.len() + d.footnotes.len() + d.quotes.len() + d.warnings.len())
            .sum();
        assert!(
            small_items * 40 > 3 * 3 * BATCH_PER_THREAD,
            "{small_items} items"
        );
        for documents in [
            Vec::new(),
            vec![empty_doc.clone()],
            docs.clone(),
            vec![empty_doc, big],
            many,
        ] {
            let report = ExtractReport {
                schema_version: SCHEMA_VERSION,
                documents,
            };
            for threads in [1, 2, 3] {
                let mut got = Vec::new();
                crate::extract::par::with_threads(threads, || write_json(&report, &mut got))
                    .expect("write");
                assert!(got == reference(&report), "{threads} threads");
                // Streamed one document at a time: the same bytes.
                let mut streamed = Vec::new();
                let mut stream = JsonStream::begin(&mut streamed).expect("begin");
                for d in &report.documents {
                    crate::extract::par::with_threads(threads, || {
                        if is_large(d) {
                            stream.extraction(d)
                        } else {
                            stream.document(&document_json(d))
                        }
                    })
                    .expect("document");
                }
                // And every document from its extraction.
                let mut direct = Vec::new();
                let mut stream2 = JsonStream::begin(&mut direct).expect("begin");
                for d in &report.documents {
                    crate::extract::par::with_threads(threads, || stream2.extraction(d))
                        .expect("document");
                }
                stream2.finish().expect("finish");
                assert!(
                    direct == reference(&report),
                    "from extractions, {threads} threads"
                );
                stream.finish().expect("finish");
                assert!(
                    streamed == reference(&report),
                    "streamed, {threads} threads"
                );
            }
        }
    }
}
