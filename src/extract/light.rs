//! What the reStructuredText ([`super::rst`]) and Org-mode ([`super::org`]) front ends share:
//! the source's lines, a paragraph's *raw* block (its lines' text without their indentation,
//! copied verbatim, so every offset maps back to the source), and [`Inline`], which builds
//! the visible block from the raw one as a front end's inline scanner reads it: text kept,
//! markup dropped, code spans, links and explicit markers recorded. Bare URLs are found last,
//! outside links and code, as the plain-text front end finds them.

use super::{bare_links, Block, BlockKind, Marker, Parsed, RawLink};
use crate::model::LinkKind;

/// One line of the source.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line {
    /// Byte offset of its first character after the indentation.
    pub start: usize,
    /// Byte offset of its end (before `\n`, and before a `\r` ending it).
    pub end: usize,
    /// Its indentation in columns (a tab to the next multiple of eight).
    pub indent: usize,
    /// Nothing but whitespace.
    pub blank: bool,
}

/// Every line of `src`, in order.
pub(super) fn lines(src: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut at = 0;
    for l in src.split_inclusive('\n') {
        let body = l.strip_suffix('\n').unwrap_or(l);
        let body = body.strip_suffix('\r').unwrap_or(body);
        let mut indent = 0;
        let mut lead = 0;
        for b in body.bytes() {
            match b {
                b' ' => indent += 1,
                b'\t' => indent = (indent / 8 + 1) * 8,
                _ => break,
            }
            lead += 1;
        }
        let blank = body.get(lead..).is_none_or(|r| r.trim().is_empty());
        out.push(Line {
            start: at + lead,
            end: at + body.len(),
            indent,
            blank,
        });
        at += l.len();
    }
    out
}

/// The text of a line (after its indentation).
pub(super) fn text<'a>(src: &'a str, l: &Line) -> &'a str {
    src.get(l.start..l.end).unwrap_or("")
}

/// The raw block of some lines: each line's text (trailing spaces dropped), joined by `\n`.
pub(super) fn raw_block(src: &str, lines: &[Line]) -> Block {
    let mut b = Block::new(BlockKind::Paragraph, lines.first().map_or(0, |l| l.start));
    let mut prev_end = None;
    for l in lines {
        let t = text(src, l).trim_end();
        if let Some(e) = prev_end {
            // The line break, mapped to the end of the line before.
            b.push_mapped("\n", e);
        }
        b.push_verbatim(t, l.start);
        prev_end = Some(l.start + t.len());
    }
    b
}

/// Builds a visible block from a raw one.
pub(super) struct Inline<'r> {
    /// The raw block read.
    pub raw: &'r Block,
    /// The block built.
    pub out: Block,
    /// Links found (their spans are in `out`'s text; the block index is filled in by
    /// [`Inline::finish`]).
    links: Vec<RawLink>,
    /// Markers found: (label, source offset, text offset in `out`).
    markers: Vec<(String, usize, usize)>,
    /// Text ranges of `out` no bare URL is looked for in (links).
    covered: Vec<(usize, usize)>,
}

impl<'r> Inline<'r> {
    /// Starts a block of `kind` from `raw`.
    pub fn new(raw: &'r Block, kind: BlockKind) -> Self {
        Inline {
            raw,
            out: Block::new(kind, raw.src_start),
            links: Vec::new(),
            markers: Vec::new(),
            covered: Vec::new(),
        }
    }

    /// Copies raw text `a..b` into the block, piece by piece of the raw map.
    pub fn text(&mut self, a: usize, b: usize) {
        let raw = self.raw;
        if a >= b {
            return;
        }
        let k = raw.segs.partition_point(|s| s.text <= a).saturating_sub(1);
        for (i, seg) in raw.segs.iter().enumerate().skip(k) {
            let seg_end = raw.segs.get(i + 1).map_or(raw.text.len(), |n| n.text);
            let (x, y) = (a.max(seg.text), b.min(seg_end));
            if x >= b {
                break;
            }
            if x >= y {
                continue;
            }
            let Some(piece) = raw.text.get(x..y) else {
                continue;
            };
            if seg.verbatim {
                self.out.push_verbatim(piece, seg.src + (x - seg.text));
            } else {
                self.out.push_mapped(piece, seg.src);
            }
        }
    }

    /// Copies raw text `a..b` as code (no quote marks, markers or URLs are read in it).
    pub fn code(&mut self, a: usize, b: usize) {
        let s = self.out.text.len();
        self.text(a, b);
        let e = self.out.text.len();
        if e > s {
            self.out.code.push((s, e));
        }
    }

    /// Copies raw text `a..b` in italics (a title in a note).
    pub fn italic(&mut self, a: usize, b: usize) {
        let s = self.out.text.len();
        self.text(a, b);
        let e = self.out.text.len();
        if e > s {
            self.out.italics.push((s, e));
        }
    }

    /// A link whose text is raw text `a..b`, written from raw offset `at`; its index among
    /// this block's links (see [`Inline::take_link`]).
    pub fn link(&mut self, a: usize, b: usize, url: &str, kind: LinkKind, at: usize) -> usize {
        let s = self.out.text.len();
        self.text(a, b);
        let e = self.out.text.len();
        self.links.push(RawLink {
            raw: url.to_string(),
            kind,
            text: self.out.text.get(s..e).unwrap_or("").to_string(),
            offset: self.raw.src_of(at),
            span: Some((0, s, e)),
            group: None,
        });
        self.covered.push((s, e));
        self.links.len() - 1
    }

    /// An explicit note marker written at raw offset `at`, standing where the block's text
    /// now ends.
    pub fn marker(&mut self, label: String, at: usize) {
        let t = self.out.text.len();
        self.markers.push((label, self.raw.src_of(at), t));
    }

    /// Adds the block to `p` (as block number `p.blocks.len()`), with its links (bare URLs
    /// outside links and code found now) and markers; returns the index in `p.links` of the
    /// block's first explicit link (they keep their order).
    pub fn finish(self, p: &mut Parsed) -> usize {
        let Inline {
            mut out,
            links,
            markers,
            mut covered,
            ..
        } = self;
        let bi = p.blocks.len();
        let first = p.links.len();
        out.src_start = out.src_start.min(self.raw.src_start);
        for mut l in links {
            l.span = l.span.map(|(_, s, e)| (bi, s, e));
            p.links.push(l);
        }
        for (label, offset, t) in markers {
            p.markers.push(Marker {
                label,
                offset,
                span: Some((bi, t, t)),
                explicit: true,
                citation_like: true,
                narrative: false,
            });
        }
        covered.extend(out.code.iter().copied());
        covered.sort_unstable();
        let text = out.text.as_str();
        let mut found = Vec::new();
        let mut from = 0;
        for &(cs, ce) in covered
            .iter()
            .chain(std::iter::once(&(text.len(), text.len())))
        {
            if cs >= from {
                if let Some(piece) = text.get(from..cs) {
                    bare_links(piece, from, Some(bi), &|t| out.src_of(t), &mut found);
                }
            }
            from = from.max(ce);
        }
        super::text::push_bare_links(text, found, &mut p.links);
        p.blocks.push(out);
        first
    }
}

/// Whether `c`, before inline markup's opening character, lets it open (the start of the
/// text, whitespace or opening punctuation), as docutils and Org both require.
pub(super) fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "'\"([{<-/:‘“«’—–".contains(c))
}

/// Whether `c`, after inline markup's closing character, lets it close.
pub(super) fn closes_before(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "'\")]}>-/:.,;!?\\’”»—–[".contains(c) || c == '_')
}

/// The character before byte `i` of `s`.
pub(super) fn before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|h| h.chars().next_back())
}

/// The character at byte `i` of `s`.
pub(super) fn at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// Gives anonymous inline notes (`"\0inline"` labels, Org's `[fn:: …]`) the number an
/// export shows: every note is numbered by order of first reference; a number a written
/// label already has makes it `inline-N`.
pub(super) fn number_inline_notes(p: &mut Parsed, placeholder: &str) {
    if !p.notes.iter().any(|n| n.label.starts_with(placeholder)) {
        return;
    }
    let taken: std::collections::HashSet<String> = p
        .notes
        .iter()
        .filter(|n| !n.label.starts_with(placeholder))
        .map(|n| n.label.clone())
        .collect();
    let mut order: Vec<usize> = (0..p.markers.len()).collect();
    order.sort_by_key(|&i| p.markers.get(i).map_or(0, |m| m.offset));
    let mut seen = std::collections::HashSet::new();
    let mut number = 0usize;
    let mut names: super::FastMap<String, String> = super::FastMap::default();
    for i in order {
        let Some(m) = p.markers.get(i) else { continue };
        if m.label.starts_with(placeholder) {
            number += 1;
            let n = number.to_string();
            let label = if taken.contains(&n) {
                format!("inline-{n}")
            } else {
                n
            };
            names.insert(m.label.clone(), label);
        } else if seen.insert(m.label.clone()) {
            number += 1;
        }
    }
    let rename = |l: &mut String| {
        if let Some(n) = names.get(l.as_str()) {
            l.clone_from(n);
        }
    };
    for m in &mut p.markers {
        rename(&mut m.label);
    }
    for n in &mut p.notes {
        rename(&mut n.label);
    }
    for b in &mut p.blocks {
        if let Some(l) = b.note.as_mut() {
            rename(l);
        }
    }
}
