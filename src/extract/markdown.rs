//! Markdown front end: pulldown-cmark (GFM footnotes, tables, strikethrough) with source
//! offsets, turned into blocks, links, explicit markers and note definitions.
//!
//! Text events are copied into the block text verbatim when they match the source byte for
//! byte (the common case); otherwise (entities, escapes) the whole piece maps to its start.
//! Code spans enter the text (quotes may contain them) but are marked so that neither quote
//! marks nor markers inside them count; code blocks are skipped. An HTML block is read by the
//! HTML front end like a small HTML document (its paragraphs, `<blockquote>`s, `<q>`s,
//! `<sup>` markers, notes lists and links); inline HTML, and HTML blocks nested in a list or
//! quotation, are scanned with a small tag matcher for links (`a`, `img`, `iframe`, `cite`),
//! `<q>`, `<sup>` markers and `href="#fn1"` references. Front matter (`---` … `---` at the
//! very start) is skipped; large documents are parsed in chunks in parallel
//! (`md_chunks.rs`).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{
    BrokenLink, CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd,
};
use regex::Regex;

use super::{bare_links, Block, BlockKind, Group, Marker, NoteDef, Parsed, RawLink};
use crate::model::LinkKind;

pub(crate) mod front;
pub(crate) mod sites;
pub(crate) mod tag_links;
pub(crate) mod wiki;

static TAG_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?s)<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>\x22']|\x22[^\x22]*\x22|'[^']*')*)/?>",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});
static ATTR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)\b(href|srcset|src|source|cite|id|class)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))"#,
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Decodes the character references in an attribute's value (named and numeric, as the
/// HTML tokenizer does: `java&#9;script:` is a script URL, not a file named `java&`).
#[must_use]
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    super::html_tok::decode_attribute(s)
}

/// The label a footnote-reference `href` points to (`#fn1` → `1`, `#fn:note` → `note`,
/// `#cite_note-3` → `3`, `#user-content-fn-x` → `x`, `#footnote-†` → `†`).
///
/// The target must be named like a note: `fn`, `footnote`, `endnote` or `cite_note`, then a
/// number, or a separator (`-`, `_`, `:`, `.`) and any short label; `note` and `en` only
/// before a number (`#note-on-safety` and `#en-us` are ordinary anchors, and `#enumerations`
/// is not note `umerations`). The names word processors and their exports give notes are
/// known too, before a number: Word's `#_ftn1` and `#_edn1` (footnotes, endnotes), Google
/// Docs' `#ftnt1`, LibreOffice's `#sdfootnote1sym` and `#sdendnote1sym`, Asciidoctor's
/// `#_footnotedef_1` (endnotes are labelled `edn1` and so on, apart from footnote 1). Links
/// back to a reference (`#fnref1`, `#_ftnref1`, `#ftnt_ref1`,
/// `#sdfootnote1anc`) give `None`.
#[must_use]
pub fn note_href_label(href: &str) -> Option<String> {
    note_target_label(href.trim().strip_prefix('#')?)
}

/// [`note_href_label`] of a fragment (an `href` after its `#`, or an element's `id`).
#[must_use]
pub fn note_target_label(h: &str) -> Option<String> {
    // Every match starts with one of these bytes: most hrefs fail this at once.
    if !h.bytes().next().is_some_and(|c| {
        matches!(
            c.to_ascii_lowercase(),
            b'u' | b'f' | b'n' | b'e' | b'c' | b'_' | b's'
        )
    }) {
        return None;
    }
    let h = strip_prefix_ci(h, "user-content-").unwrap_or(h);
    // Longest prefixes first; the flag says whether a word may follow the separator.
    const PREFIXES: [(&str, bool); 14] = [
        ("_footnotedef", false),
        ("sdfootnote", false),
        ("sdendnote", false),
        ("cite_note", true),
        ("footnote", true),
        ("endnote", true),
        ("note", false),
        ("_ftn", false),
        ("_edn", false),
        ("ftnt", false),
        ("ftn", false),
        ("edn", false),
        ("fn", true),
        ("en", false),
    ];
    let (p, rest, words) = PREFIXES
        .iter()
        .find_map(|&(p, words)| strip_prefix_ci(h, p).map(|r| (p, r, words)))?;
    // LibreOffice names a note `sdfootnote1`, its number `sdfootnote1sym` and its
    // reference `sdfootnote1anc`.
    let rest = match p.starts_with("sd") {
        true if strip_suffix_ci(rest, "anc").is_some() => return None,
        true => strip_suffix_ci(rest, "sym").unwrap_or(rest),
        false => rest,
    };
    let (sep, label) = match rest.strip_prefix(['-', '_', ':', '.']) {
        Some(l) => (true, l),
        None => (false, rest),
    };
    let decoded;
    let label = if label.contains('%') {
        decoded = percent_encoding::percent_decode_str(label)
            .decode_utf8()
            .ok()?
            .into_owned();
        decoded.as_str()
    } else {
        label
    };
    let numbered = label.starts_with(|c: char| c.is_ascii_digit());
    let fits = !label.is_empty()
        && label.chars().count() <= 24
        && !label.contains(|c: char| c.is_whitespace() || c == '#');
    // A link back to the reference: `#fnref1`, Substack's `#footnote-anchor-1`.
    let back =
        strip_prefix_ci(label, "ref").is_some() || strip_prefix_ci(label, "anchor").is_some();
    if !(fits && (numbered || (sep && words)) && !back) {
        return None;
    }
    // A word processor numbers its endnotes apart from its footnotes (Word's `_ftn1` and
    // `_edn1` are both number 1): the endnote's label keeps its kind. (A page shows it as
    // `i`, and that is what the note is called in the end; see `html::relabel_by_visible_text`.)
    Some(if matches!(p, "_edn" | "edn" | "sdendnote") {
        format!("edn{label}")
    } else {
        label.to_string()
    })
}

/// The number of the note whose reference an `href` leads back to, as a note list's back
/// link has it: `#fnref1`, `#fnref:1`, `#user-content-fnref-1`, Substack's
/// `#footnote-anchor-1`, Word's `#_ftnref1`, Google Docs' `#ftnt_ref1`, Asciidoctor's
/// `#_footnoteref_1`. Numbers only (a word label is read from a note's own markup).
#[must_use]
pub fn note_backref_label(href: &str) -> Option<String> {
    let h = href.trim().strip_prefix('#')?;
    let h = strip_prefix_ci(h, "user-content-").unwrap_or(h);
    const PREFIXES: [&str; 9] = [
        "footnote-anchor-",
        "footnote-ref-",
        "_footnoteref_",
        "ftnt_ref",
        "_ftnref",
        "fnref:",
        "fnref-",
        "fnref",
        "fn-ref-",
    ];
    let rest = PREFIXES.iter().find_map(|p| strip_prefix_ci(h, p))?;
    // A suffix after the number (`#fnref1-2`, the note's second reference) is no part of it.
    let n = rest.split(['-', '.']).next().unwrap_or(rest);
    ((1..=4).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit())).then(|| n.to_string())
}

/// `s` without `suffix`, compared ignoring ASCII case.
fn strip_suffix_ci<'s>(s: &'s str, suffix: &str) -> Option<&'s str> {
    let cut = s.len().checked_sub(suffix.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| s.get(..cut))
        .flatten()
}

/// `s` without `prefix`, compared ignoring ASCII case.
fn strip_prefix_ci<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| s.get(prefix.len()..))
        .flatten()
}

/// An attribute of a tag's attribute text.
///
/// Not a framework's binding of it, whose value is an expression the site's build
/// evaluates, never an address: Vue's `:href="siteRoot + '/x'"`, `v-bind:src="logo"` and
/// `.href` (Alpine's `x-bind:href`), nor a JSX expression (`href={cardLink}`). SVG's
/// `xlink:href` is the attribute.
fn attr(attrs: &str, name: &str) -> Option<String> {
    ATTR_RE.captures_iter(attrs).find_map(|c| {
        let n = c.get(1)?;
        if !n.as_str().eq_ignore_ascii_case(name) || bound(attrs, n.start()) {
            return None;
        }
        let v = c.get(2).or_else(|| c.get(3)).or_else(|| c.get(4))?;
        if c.get(4).is_some() && v.as_str().starts_with('{') {
            return None;
        }
        Some(decode_entities(v.as_str()))
    })
}

/// Where the quoted value of attribute `name` lies in a tag's text (`cite="…"`, `source='…'`;
/// not a binding, see [`attr`]), its character references left as written.
fn quoted_attr_range(tag: &str, name: &str) -> Option<std::ops::Range<usize>> {
    ATTR_RE.captures_iter(tag).find_map(|c| {
        let n = c.get(1)?;
        if !n.as_str().eq_ignore_ascii_case(name) || bound(tag, n.start()) {
            return None;
        }
        c.get(2).or_else(|| c.get(3)).map(|v| v.range())
    })
}

/// Whether the attribute name at `at` in `attrs` is bound by a framework (see [`attr`]):
/// preceded, in the same name, by `:` alone, `.` alone, or a `…bind:` directive.
fn bound(attrs: &str, at: usize) -> bool {
    let head = attrs.get(..at).unwrap_or("");
    let name_start = head
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, ':' | '.' | '-' | '_')))
        .map_or(0, |i| i + 1);
    let prefix = head.get(name_start..).unwrap_or("");
    prefix == ":"
        || prefix == "."
        || strip_suffix_ci(prefix, "bind:").is_some_and(|p| p.is_empty() || p.ends_with('-'))
}

#[derive(Default)]
struct State {
    p: Parsed,
    cur: Option<Block>,
    cur_has_refs: bool,
    pending_label: Option<String>,
    lists: Vec<Option<u64>>,
    group: Option<usize>,
    quote_depth: usize,
    /// The open block quotations, outermost first (`group` is the last).
    group_stack: Vec<usize>,
    /// The table row being read (its source offset).
    row: Option<usize>,
    note: Option<String>,
    code_depth: usize,
    skip_depth: usize,
    links: Vec<(RawLink, usize)>,
    /// How many of `links` are inline HTML `<a href>`s still open (closed by `</a>` or, at
    /// the latest, by the end of their block).
    html_links: usize,
    /// Open inline `<q>`s: one inside another is marked with single marks.
    q_depth: usize,
    italics: Vec<usize>,
    in_sup: bool,
    swallow: bool,
    /// The HTML block being read: its source range, where its next line should start, and
    /// its lines (kept for blocks whose lines are not one contiguous run of the source).
    html_block: Option<HtmlBlock>,
    /// A raw construct (fenced code, an HTML block of types 1-5) ran to the end of the text
    /// unclosed: when the text is one chunk of a larger document, the chunk was cut inside it.
    unclosed_raw: bool,
    /// The text holds `^[` somewhere: inline notes are looked for (others pay nothing).
    carets: bool,
    /// Where the source of the block being read ends (`usize::MAX` when unknown).
    cur_end: usize,
    /// A `^` ending a text event right before a `[`: an inline note's opening if the next
    /// event is that `[` as text (not a link's start).
    held_caret: Option<usize>,
    /// The inline note being read (its block is `cur`; the paragraph waits in it).
    inline: Option<Box<InlineOpen>>,
    /// The inline notes of the current block, read: their blocks follow it.
    inline_done: Vec<InlineDone>,
    /// Matched brackets of the current block from some offset on (see [`bracket_pairs`]).
    brackets: Option<(usize, Vec<(usize, usize)>)>,
    /// The `$` signs on the current block's last line so far, counted as the block grows
    /// (rescanning the line at every `^[` was quadratic in a one-line paragraph of notes):
    /// the block's start in the source, how much of its text is counted, the count.
    dollars: (usize, usize, usize),
    /// A power written `x^[2]` being read: where its `]` is, and where its `[` starts in the
    /// block's text (the brackets become code: `[2]` is no note marker).
    power: Option<(usize, usize)>,
    /// The MkDocs containers read so far (see [`read`]).
    next_box: usize,
    /// An Obsidian wikilink being read (`[[Page|alias]]`): where its text starts in the
    /// block, and whether it embeds (`![[…]]`, whose name is never shown).
    wiki: Option<(usize, bool)>,
    /// That wikilink, as a link to the vault's file it names ([`wiki`]), pushed at its end
    /// with the text it shows.
    wiki_link: Option<RawLink>,
}

/// What a `^` right before a `[` opens.
enum Caret {
    /// An inline note, closed by the `]` at this source offset.
    Note(usize),
    /// A power (`x^[2]`), closed there.
    Power(usize),
    /// Nothing: text.
    Text,
}

/// The label an inline note (`^[…]`) has until the whole document is read and the notes are
/// numbered (see [`settle_inline_notes`]).
const INLINE_NOTE: &str = "\u{0}inline";

/// An inline note being read: what of the block around it waits until it ends.
struct InlineOpen {
    /// Source offset of its closing `]`.
    close: usize,
    outer: Option<Block>,
    outer_refs: bool,
    italics: Vec<usize>,
    html_links: usize,
    /// How many links were open when it opened.
    links: usize,
    /// `p.links` and `p.markers` lengths when it opened: what comes after is the note's.
    p_links: usize,
    p_markers: usize,
}

/// An inline note read, waiting for the block around it to end.
struct InlineDone {
    block: Block,
    links: std::ops::Range<usize>,
    markers: std::ops::Range<usize>,
}

/// The most text room reserved up front for one block (a longer one grows as usual).
const MAX_RESERVE: usize = 16 * 1024;

/// An HTML block of a Markdown document, as its lines arrive.
struct HtmlBlock {
    start: usize,
    next: usize,
    contiguous: bool,
    lines: Vec<(String, usize)>,
}

impl State {
    /// Nothing is left open that the next block would inherit.
    fn is_clean(&self) -> bool {
        !(self.unclosed_raw
            || self.held_caret.is_some()
            || self.power.is_some()
            || self.inline.is_some()
            || !self.inline_done.is_empty()
            || self.in_sup
            || self.swallow
            || self.wiki.is_some()
            || self.pending_label.is_some()
            || !self.links.is_empty()
            || !self.italics.is_empty()
            || !self.lists.is_empty()
            || self.quote_depth > 0
            || self.row.is_some()
            || self.code_depth > 0
            || self.skip_depth > 0
            || self.note.is_some()
            || self.cur.is_some())
    }

    fn flush(&mut self) {
        if let Some(c) = self.held_caret.take() {
            self.push_caret(c);
        }
        // An inline note still open ends with its block (its `]` was not read as text).
        self.close_inline();
        self.brackets = None;
        self.power = None;
        // The block's inline notes follow it: what was found in them points there.
        let done = std::mem::take(&mut self.inline_done);
        if !done.is_empty() {
            let here = self.p.blocks.len();
            // The block has a marker for each note: it is kept.
            self.cur_has_refs = true;
            let first = here + usize::from(self.cur.is_some());
            for (j, d) in done.iter().enumerate() {
                for l in self.p.links.get_mut(d.links.clone()).unwrap_or(&mut []) {
                    if let Some(s) = l.span.as_mut().filter(|s| s.0 == here) {
                        s.0 = first + j;
                    }
                }
                for m in self.p.markers.get_mut(d.markers.clone()).unwrap_or(&mut []) {
                    if let Some(s) = m.span.as_mut().filter(|s| s.0 == here) {
                        s.0 = first + j;
                    }
                }
            }
        }
        // An inline `<q>` left open ends with its paragraph (as chunked parsing needs).
        self.q_depth = 0;
        while self.html_links > 0 {
            let end = self.links.last().map_or(0, |(l, _)| l.offset);
            self.html_links -= 1;
            self.end_link(end);
        }
        if let Some(mut b) = self.cur.take() {
            if b.kind == BlockKind::Heading {
                strip_heading_attributes(&mut b);
            }
            // A Hugo or Jekyll code shortcode (`{{< highlight go >}}` … `{{< /highlight >}}`,
            // `{% highlight %}` … `{% endhighlight %}`) is code, not prose.
            if code_shortcode(&b.text) {
                let len = b.text.len();
                b.code.push((0, len));
            }
            // MkDocs' snippet lines (`--8<-- "docs/snippets/abbrev.md"`) name a file to
            // include: no prose, and the quoted path no quotation.
            // (A byte search first: `<` is rare in prose, and this runs for every block.)
            if memchr::memchr(b'<', b.text.as_bytes()).is_some() && b.text.contains("8<-") {
                b.code.extend(snippet_lines(&b.text));
            }
            if !b.text.trim().is_empty() {
                let bytes = b.text.as_bytes();
                // (One byte search for `{`, then a look at the next byte: building two
                // substring searchers per block cost more than the search.)
                let tags = if memchr::memchr_iter(b'{', bytes)
                    .any(|i| matches!(bytes.get(i + 1), Some(b'{' | b'%')))
                {
                    self.site_tags(&mut b)
                } else {
                    Vec::new()
                };
                self.bare(&b);
                // A tag's arguments are no prose: its strings are no quotations (a URL
                // among them is still a bare link, found above).
                b.code.extend(tags);
            }
            // `— Name, [work](url)` or `Source: [work](url)` right after a block quotation
            // names its source: its links cite it (as in HTML).
            if b.group.is_none() && self.quote_depth == 0 {
                if let Some(g) = self.p.blocks.last().and_then(|p| p.group) {
                    let is_credit = |t: &str| {
                        (t.trim_start().starts_with(['—', '―', '–', '-'])
                            && super::html::attribution_start(t) == Some(0))
                            || super::html::source_line(t)
                    };
                    // The credit on the paragraph's first line, a lazy continuation line
                    // joined to it (`— [Location 58](…)⏎    - note on it`): only the links
                    // of that line cite the quotation.
                    let first_line = b.text.find('\n').filter(|&n| {
                        b.text
                            .get(..n)
                            .is_some_and(|l| !l.trim().is_empty() && is_credit(l))
                    });
                    let upto = if is_credit(&b.text) {
                        Some(b.text.len())
                    } else {
                        first_line
                    };
                    if let Some(upto) = upto {
                        let bi = self.p.blocks.len();
                        let g = super::html::root_group(&self.p.groups, g);
                        super::html::cite_group_within(&mut self.p.links, bi, 0, upto, g);
                    }
                }
            }
            if !b.text.trim().is_empty() || self.cur_has_refs {
                self.p.blocks.push(b);
            } else if b.item_label.is_some() && self.pending_label.is_none() {
                self.pending_label = b.item_label;
            }
        }
        self.p.blocks.extend(done.into_iter().map(|d| d.block));
        self.cur_has_refs = false;
    }

    /// Static-site generators' tags in the finished block: Hugo shortcodes (`{{< … >}}`,
    /// `{{% … %}}`), Liquid tags (`{% … %}`) and template output (`{{ … }}`, opened by a
    /// blank or `-`). Returns their spans, which the caller makes code once the bare-URL
    /// scan has run. Besides:
    /// - the `src` of Hugo's `figure` shortcode (`{{< figure src="/img/x.png" alt="…" >}}`)
    ///   is an image link placed at the `{{`, like `![alt](src)` at its `!`, resolved like
    ///   any other link (a root-relative one under `--root-dir`); its value is then passed
    ///   over by the bare-URL scan;
    /// - a link whose destination is or starts with a tag (`[text]({{< ref "x.md" >}})`,
    ///   `[text]({% post_url 2024-01-05-x %})`, `[text]({{ site.baseurl }}/about/)`), which
    ///   CommonMark reads as text (the destination holds blanks), is a link placed at its
    ///   `[` with the destination as written (`extract::make_link` resolves what it can to
    ///   a local file, see `sites::template_target`); the destination becomes code.
    ///
    /// A tag is looked for in the 2 KiB after each `{`, so the scan stays linear.
    fn site_tags(&mut self, b: &mut Block) -> Vec<(usize, usize)> {
        let bi = self.p.blocks.len();
        let mut tags = Vec::new();
        let mut dests: Vec<(usize, usize)> = Vec::new();
        let t = b.text.as_str();
        let bytes = t.as_bytes();
        let mut past = 0;
        for open in memchr::memchr_iter(b'{', bytes) {
            if open < past || b.code.iter().any(|&(s, e)| (s..e).contains(&open)) {
                continue;
            }
            let (inner_at, close) = match (bytes.get(open + 1), bytes.get(open + 2)) {
                (Some(b'{'), Some(b'<')) => (open + 3, ">}}"),
                (Some(b'{'), Some(b'%')) => (open + 3, "%}}"),
                (Some(b'{'), Some(b' ' | b'-')) => (open + 2, "}}"),
                (Some(b'%'), _) => (open + 2, "%}"),
                _ => continue,
            };
            let mut window = (inner_at + 2048).min(t.len());
            while !t.is_char_boundary(window) {
                window -= 1;
            }
            let Some(inner) = t
                .get(inner_at..window)
                .and_then(|w| w.find(close).and_then(|e| w.get(..e)))
            else {
                continue;
            };
            let end = inner_at + inner.len() + close.len();
            past = end;
            tags.push((open, end));
            if close.len() == 3 {
                self.figure(b, bi, open, inner_at, inner);
            }
            if let Some((lb, dest_end)) = tag_link(t, open, end) {
                let raw = t.get(open..dest_end - 1).unwrap_or("").to_string();
                let image = lb > 0 && bytes.get(lb - 1) == Some(&b'!');
                self.p.links.push(RawLink {
                    raw,
                    kind: if image {
                        LinkKind::Image
                    } else {
                        LinkKind::Link
                    },
                    text: t.get(lb + 1..open - 2).unwrap_or("").to_string(),
                    offset: b.src_of(if image { lb - 1 } else { lb }),
                    span: Some((bi, lb + 1, open - 2)),
                    group: None,
                });
                dests.push((open - 1, dest_end));
                past = dest_end;
            }
        }
        b.code.extend(dests);
        tags
    }

    /// The image link of a Hugo `figure` shortcode at text offset `open` of block `b`
    /// (see [`Self::site_tags`]); `inner` is the text between its `{{<` and `>}}`.
    fn figure(&mut self, b: &Block, bi: usize, open: usize, inner_at: usize, inner: &str) {
        let named = inner.trim_start().strip_prefix("figure");
        if !named.is_some_and(|r| r.starts_with(char::is_whitespace)) {
            return;
        }
        let Some((s, e)) = shortcode_param(inner, "src") else {
            return;
        };
        let alt = shortcode_param(inner, "alt").and_then(|(a, z)| inner.get(a..z));
        self.p.links.push(RawLink {
            raw: inner.get(s..e).unwrap_or("").to_string(),
            kind: LinkKind::Image,
            text: alt.unwrap_or("").to_string(),
            offset: b.src_of(open),
            span: Some((bi, inner_at + s, inner_at + e)),
            group: None,
        });
    }

    /// Bare URLs in the finished block, outside code spans and link texts. Done per block,
    /// not per text event, because pulldown-cmark splits text at `_`, `(` and the like.
    fn bare(&mut self, b: &Block) {
        let bi = self.p.blocks.len();
        let own = self
            .p
            .links
            .iter()
            .rev()
            .take_while(|l| l.span.is_none_or(|s| s.0 >= bi))
            .count();
        self.bare_from(b, bi, self.p.links.len() - own);
    }

    /// [`Self::bare`] for block `bi`, whose links are among `p.links[from..]`.
    fn bare_from(&mut self, b: &Block, bi: usize, from: usize) {
        let mut skip: Vec<(usize, usize)> = b.code.clone();
        skip.extend(
            self.p
                .links
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .filter_map(|l| l.span.filter(|s| s.0 == bi).map(|s| (s.1, s.2))),
        );
        skip.sort_unstable();
        let mut found = Vec::new();
        let mut from = 0;
        for (s, e) in skip
            .into_iter()
            .chain(std::iter::once((b.text.len(), b.text.len())))
        {
            if s > from {
                if let Some(piece) = b.text.get(from..s) {
                    bare_links(piece, from, Some(bi), &|t| b.src_of(t), &mut found);
                }
            }
            from = from.max(e);
        }
        self.p.links.extend(found);
    }

    fn open(&mut self, kind: BlockKind, src: usize) {
        self.open_sized(kind, src, 0, 0);
    }

    /// Opens a block whose source is `len` bytes long: its text (markup removed, so rarely
    /// longer) gets that room at once, at most `room` bytes, instead of regrowing (and
    /// copying) as text arrives. Its text may run to the source's end (an inline note's `]`
    /// is looked for that far).
    fn open_sized(&mut self, kind: BlockKind, src: usize, len: usize, room: usize) {
        self.flush();
        self.cur_end = if len > 0 { src + len } else { usize::MAX };
        let mut b = Block::new(kind, src);
        b.text.reserve(len.min(room));
        b.group = self.group;
        b.row = self.row;
        b.note = self.note.clone();
        b.item_label = self.pending_label.take();
        self.cur = Some(b);
    }

    /// In a nested block quotation, a line continuing a paragraph with fewer `>` than its
    /// depth (`> > “…”` then `> Outer text`) goes back to the quotation its `>` name, the way
    /// e-mail quoting reads, rather than CommonMark's lazy continuation of the inner one.
    /// The line break at `at` then ends the block and the next line opens one in that
    /// quotation; returns whether it did.
    fn lazy_line(&mut self, src: &str, at: usize) -> bool {
        if !self.links.is_empty()
            || !self.italics.is_empty()
            || self.in_sup
            || self.swallow
            || self.inline.is_some()
        {
            return false;
        }
        let Some(cur) = self.cur.as_ref() else {
            return false;
        };
        let Some(line) = src.get(at..).and_then(|r| r.find('\n').map(|n| at + n + 1)) else {
            return false;
        };
        let depth = quote_level(src.get(line..).unwrap_or(""));
        let Some(target) = depth
            .checked_sub(1)
            .map(|d| d.min(self.group_stack.len() - 1))
            .and_then(|d| self.group_stack.get(d).copied())
        else {
            return false;
        };
        if cur.group == Some(target) || cur.group.is_none() {
            return false;
        }
        let kind = cur.kind;
        self.flush();
        self.open(kind, line);
        if let Some(b) = self.cur.as_mut() {
            b.group = Some(target);
        }
        true
    }

    fn block(&mut self, src: usize) -> &mut Block {
        if self.cur.is_none() {
            self.open(BlockKind::Paragraph, src);
        }
        self.cur
            .get_or_insert_with(|| Block::new(BlockKind::Paragraph, src))
    }

    fn text_pos(&mut self, src: usize) -> (usize, usize) {
        let bi = self.p.blocks.len();
        let t = self.block(src).text.len();
        (bi, t)
    }

    fn push_text(&mut self, s: &str, src: &str, range: std::ops::Range<usize>) {
        let verbatim = src.get(range.clone()) == Some(s);
        let b = self.block(range.start);
        if verbatim {
            b.push_verbatim(s, range.start);
        } else {
            b.push_mapped(s, range.start);
        }
        for (l, _) in self.texts_of_links() {
            l.text.push_str(s);
        }
    }

    fn marker(&mut self, label: String, offset: usize) {
        self.marker_of(label, offset, true);
    }

    /// A marker; one not `sure` counts only if a note has its label (no warning otherwise).
    fn marker_of(&mut self, label: String, offset: usize, sure: bool) {
        let (bi, t) = self.text_pos(offset);
        self.cur_has_refs = true;
        self.p.markers.push(Marker {
            label,
            offset,
            span: Some((bi, t, t)),
            explicit: sure,
            citation_like: sure,
            narrative: false,
        });
    }

    /// The open links whose text is being read: in an inline note, only those opened in it
    /// (the note's text is no part of a link around it).
    fn texts_of_links(&mut self) -> &mut [(RawLink, usize)] {
        let from = self.inline.as_ref().map_or(0, |n| n.links);
        self.links.get_mut(from..).unwrap_or(&mut [])
    }

    /// A `^` at source offset `c` that opened no inline note: text after all.
    fn push_caret(&mut self, c: usize) {
        let b = self.block(c);
        b.push_verbatim("^", c);
        for (l, _) in self.texts_of_links() {
            l.text.push('^');
        }
    }

    /// Text `range` of the source (verbatim), which may open, hold or close inline notes
    /// (`^[…]`, Pandoc's): a note's text goes to its own block, its `^[` and `]` nowhere.
    fn text_with_notes(&mut self, src: &str, range: std::ops::Range<usize>) {
        let bytes = src.as_bytes();
        let mut from = range.start;
        while from < range.end {
            if let Some((close, t0)) = self.power {
                if !(from..range.end).contains(&close) {
                    break;
                }
                self.push_source(src, from, close + 1);
                if let Some(b) = self.cur.as_mut() {
                    b.code.push((t0, b.text.len()));
                }
                self.power = None;
                from = close + 1;
                continue;
            }
            if let Some(close) = self.inline.as_ref().map(|n| n.close) {
                if !(from..range.end).contains(&close) {
                    break;
                }
                self.push_source(src, from, close);
                self.close_inline();
                from = close + 1;
                continue;
            }
            let Some(c) = bytes
                .get(from..range.end)
                .and_then(|r| memchr::memchr(b'^', r))
                .map(|k| from + k)
            else {
                break;
            };
            if bytes.get(c + 1) != Some(&b'[') || escaped(bytes, c) {
                self.push_source(src, from, c + 1);
                from = c + 1;
                continue;
            }
            if c + 1 == range.end {
                // The `[` is the next event's: a note's, or a link's.
                self.push_source(src, from, c);
                self.held_caret = Some(c);
                return;
            }
            match self.caret(src, c) {
                Caret::Note(close) => {
                    self.push_source(src, from, c);
                    self.open_inline(c, close);
                    from = c + 2;
                }
                Caret::Power(close) => {
                    self.push_source(src, from, c + 1);
                    self.power_from(close);
                    from = c + 1;
                }
                Caret::Text => {
                    self.push_source(src, from, c + 1);
                    from = c + 1;
                }
            }
        }
        self.push_source(src, from, range.end);
    }

    /// Source `from..to`, verbatim, as text.
    fn push_source(&mut self, src: &str, from: usize, to: usize) {
        if let Some(s) = src.get(from..to).filter(|s| !s.is_empty()) {
            self.push_text(s, src, from..to);
        }
    }

    /// A power's `[` starts at the end of the block's text; its `]` is at `close`.
    fn power_from(&mut self, close: usize) {
        let t0 = self.cur.as_ref().map_or(0, |b| b.text.len());
        self.power = Some((close, t0));
    }

    /// What the `^` at source offset `c` (a `[` follows) opens. An inline note: its brackets
    /// balance within the block (escaped ones and code spans aside) and it holds some text;
    /// not inside another note (inline, or a `[^x]:` definition). A power, not a note:
    /// short, no space, right after a letter, digit or bracket (`x^[2]`, `a^[n+1]`), or
    /// inside `$…$` maths.
    fn caret(&mut self, src: &str, c: usize) -> Caret {
        match self.inline_note_close(src, c) {
            Ok(close) => Caret::Note(close),
            Err(Some(close)) => Caret::Power(close),
            Err(None) => Caret::Text,
        }
    }

    /// [`Self::caret`]: `Ok` with a note's `]`, `Err` with a power's, or with none.
    fn inline_note_close(&mut self, src: &str, c: usize) -> Result<usize, Option<usize>> {
        if self.inline.is_some()
            || self.power.is_some()
            || self.note.is_some()
            || self.in_sup
            || self.swallow
        {
            return Err(None);
        }
        let open = c + 1;
        let limit = self.cur_end.min(src.len());
        let pairs = match self.brackets.take() {
            Some((start, pairs)) if start <= open => pairs,
            _ => bracket_pairs(src.as_bytes(), open, limit),
        };
        let close = pairs
            .binary_search_by_key(&open, |p| p.0)
            .ok()
            .and_then(|k| pairs.get(k))
            .map(|p| p.1);
        self.brackets = Some((open, pairs));
        let close = close.ok_or(None)?;
        let inner = src.get(open + 1..close).ok_or(None)?;
        if inner.trim().is_empty() {
            return Err(None);
        }
        let before = src.get(..c).ok_or(None)?.chars().next_back();
        let attached = before.is_some_and(|b| b.is_alphanumeric() || matches!(b, ')' | ']' | '}'));
        if attached
            && !inner.contains(char::is_whitespace)
            && (inner.chars().count() <= 4 || !inner.contains(char::is_alphabetic))
        {
            return Err(Some(close));
        }
        // `$x^[2]$`: an odd number of `$` before it on its line, one after it.
        let (text, start) = self
            .cur
            .as_ref()
            .map_or(("", usize::MAX), |b| (b.text.as_str(), b.src_start));
        let (counted_in, counted, mut dollars) = self.dollars;
        let from = if counted_in == start && counted <= text.len() {
            counted
        } else {
            dollars = 0;
            0
        };
        for &b in text.as_bytes().get(from..).unwrap_or(&[]) {
            match b {
                b'\n' => dollars = 0,
                b'$' => dollars += 1,
                _ => {}
            }
        }
        self.dollars = (start, text.len(), dollars);
        if dollars % 2 == 1 {
            let rest = src.get(close..).unwrap_or("");
            let rest = rest.split('\n').next().unwrap_or("");
            if rest.contains('$') {
                return Err(Some(close));
            }
        }
        // A note says something in words: not `^[2]` (a Reddit-style marker), `^[#;]` or
        // `^[a-z]` (a pattern's character class, often quoted).
        let pattern = !inner.contains(char::is_whitespace)
            && inner
                .chars()
                .any(|c| matches!(c, '-' | '#' | ';' | '|' | '\\' | '^' | '$' | '*' | '+'));
        if !inner.contains(char::is_alphabetic) || pattern {
            return Err(None);
        }
        Ok(close)
    }

    /// Opens the inline note whose `^` is at `c` and `]` at `close`: a marker where it
    /// stands, a note definition for its text, and a block of its own for that text (the
    /// block around it waits).
    fn open_inline(&mut self, c: usize, close: usize) {
        self.marker_of(INLINE_NOTE.to_string(), c, true);
        self.p.notes.push(NoteDef {
            label: INLINE_NOTE.to_string(),
            offset: c + 2,
            end: close,
        });
        let outer = self.cur.take();
        let mut b = Block::new(BlockKind::Paragraph, c + 2);
        b.note = Some(INLINE_NOTE.to_string());
        // Only while the document is read (a credit line after a quotation looks at the
        // block before it): the note's block leaves the quotation in the end.
        b.group = outer.as_ref().and_then(|o| o.group);
        self.cur = Some(b);
        self.inline = Some(Box::new(InlineOpen {
            close,
            outer,
            outer_refs: std::mem::take(&mut self.cur_has_refs),
            italics: std::mem::take(&mut self.italics),
            html_links: std::mem::take(&mut self.html_links),
            links: self.links.len(),
            p_links: self.p.links.len(),
            p_markers: self.p.markers.len(),
        }));
    }

    /// Ends the inline note being read, if any: the block around it is current again.
    fn close_inline(&mut self) {
        let Some(open) = self.inline.take() else {
            return;
        };
        while self.html_links > 0 {
            let end = self.links.last().map_or(0, |(l, _)| l.offset);
            self.html_links -= 1;
            self.end_link(end);
        }
        let note = self.cur.take();
        let InlineOpen {
            outer,
            outer_refs,
            italics,
            html_links,
            p_links,
            p_markers,
            ..
        } = *open;
        self.cur = outer;
        self.cur_has_refs = outer_refs;
        self.italics = italics;
        self.html_links = html_links;
        if let Some(b) = note {
            // The block around it is not in `p.blocks` yet: what points into the note
            // points at that block's index until it is (see `flush`).
            let bi = self.p.blocks.len();
            if !b.text.trim().is_empty() {
                self.bare_from(&b, bi, p_links);
            }
            self.inline_done.push(InlineDone {
                block: b,
                links: p_links..self.p.links.len(),
                markers: p_markers..self.p.markers.len(),
            });
        }
    }

    fn html(&mut self, html: &str, base: usize, inline: bool) {
        for m in TAG_RE.captures_iter(html) {
            let Some(whole) = m.get(0) else { continue };
            let off = base + whole.start();
            if whole.as_str().starts_with("<!--") {
                continue;
            }
            let closing = m.get(1).is_some_and(|c| !c.as_str().is_empty());
            let name = m
                .get(2)
                .map_or(String::new(), |n| n.as_str().to_ascii_lowercase());
            let attrs = m.get(3).map_or("", |a| a.as_str());
            match (name.as_str(), closing) {
                ("sup", false) => self.in_sup = true,
                ("sup", true) => self.in_sup = false,
                ("a", true) => {
                    self.swallow = false;
                    if inline && self.html_links > 0 {
                        self.html_links -= 1;
                        self.end_link(off + whole.len());
                    }
                }
                ("br", false) if inline => self.block(off).push_mapped("\n", off),
                ("q", _) if inline => {
                    if !closing {
                        self.q_depth += 1;
                    }
                    let mark = match (closing, self.q_depth % 2 == 1) {
                        (false, true) => "“",
                        (false, false) => "‘",
                        (true, true) => "”",
                        (true, false) => "’",
                    };
                    if closing {
                        self.q_depth = self.q_depth.saturating_sub(1);
                    }
                    self.block(off).push_mapped(mark, off);
                    if let (false, Some(c)) = (closing, attr(attrs, "cite")) {
                        self.link(c, LinkKind::Cite, off, inline);
                    }
                }
                ("a", false) => {
                    if let Some(h) = attr(attrs, "href") {
                        if let Some(label) = note_href_label(&h) {
                            self.marker(label, off);
                            self.swallow = true;
                        } else if inline {
                            // Its text is what follows, up to `</a>`, as for a Markdown link.
                            let (_, t) = self.text_pos(off);
                            self.cur_has_refs = true;
                            self.links.push((
                                RawLink {
                                    raw: h,
                                    kind: LinkKind::Link,
                                    text: String::new(),
                                    offset: off,
                                    span: None,
                                    group: None,
                                },
                                t,
                            ));
                            self.html_links += 1;
                        } else {
                            self.link(h, LinkKind::Link, off, false);
                        }
                    }
                }
                ("img" | "source", false) => {
                    let src = attr(attrs, "src").filter(|_| name == "img");
                    // A `<source src>` is a video's or a recording's file (one in a
                    // `<picture>` gives `srcset`).
                    if let Some(s) = attr(attrs, "src").filter(|_| name == "source") {
                        self.link(s, LinkKind::Media, off, inline);
                    }
                    // Each candidate of `srcset` is an image too (as in HTML pages).
                    let set = attr(attrs, "srcset").unwrap_or_default();
                    let more: Vec<String> = super::html::srcset_urls(&set)
                        .into_iter()
                        .filter(|u| Some(*u) != src.as_deref())
                        .map(str::to_string)
                        .collect();
                    if let Some(s) = src {
                        self.link(s, LinkKind::Image, off, inline);
                    }
                    for u in more {
                        self.link(u, LinkKind::Image, off, inline);
                    }
                }
                ("iframe", false) => {
                    if let Some(s) = attr(attrs, "src") {
                        self.link(s, LinkKind::Iframe, off, inline);
                    }
                }
                // A video's or a recording's file, and a video's poster picture.
                ("video" | "audio" | "track", false) => {
                    if let Some(s) = attr(attrs, "src") {
                        self.link(s, LinkKind::Media, off, inline);
                    }
                    if let Some(s) = attr(attrs, "poster").filter(|_| name == "video") {
                        self.link(s, LinkKind::Image, off, inline);
                    }
                }
                ("blockquote" | "q", false) => {
                    if let Some(c) = attr(attrs, "cite") {
                        self.link(c, LinkKind::Cite, off, inline);
                    }
                }
                // Any other element's `href`: a JSX component's prop in MDX (`<LinkCard
                // href="…" />`), `<area>`, `<link>`.
                (n, false) if n != "base" => {
                    if let Some(h) = attr(attrs, "href") {
                        self.link(h, LinkKind::Link, off, inline);
                    }
                }
                _ => {}
            }
        }
    }

    /// Reads the body of MkDocs container `c` (an admonition, a content tab), blanked out of
    /// the text, on its own, unindented, and adds what it holds here. A `!!! quote` body is
    /// a block quotation (its credit line cites it, as under any); another admonition's
    /// body is prose in a box (a block quotation in it is part of the box).
    fn read_container(&mut self, bx: &Boxes<'_>, c: &sites::Container) {
        // A fenced div's body read where it stands (only its fences are hidden).
        if c.body.is_empty() {
            return;
        }
        self.flush();
        let (mut text, map) = sites::unindent(bx.text, c.body.clone(), c.indent);
        let limit = text.len();
        // The footnotes the body refers to and the text around defines: stand-in
        // definitions after the body let pulldown-cmark read the references (as
        // `md_chunks.rs` does for chunks); what they give is dropped again.
        let own = sites::footnote_definitions(&text);
        for label in sites::footnote_references(&text) {
            if bx.footnotes.contains(&label) && !own.contains(&label) {
                text.push_str("\n\n[^");
                text.push_str(&label);
                text.push_str("]: -\n");
            }
        }
        let mut resolve = |link: BrokenLink<'_>| -> Option<(CowStr<'static>, CowStr<'static>)> {
            let key = super::md_chunks::label_key(&link.reference);
            if let Some(dest) = bx.refs.get(&key) {
                return Some((CowStr::from(dest.clone()), CowStr::from("")));
            }
            bx.doc_refs.filter(|r| r.contains(&key)).map(|_| {
                (
                    CowStr::from(format!("{}{key}", super::md_chunks::STAND_IN)),
                    CowStr::from(""),
                )
            })
        };
        let nest = Nest {
            depth: bx.nest.depth + 1,
            options: bx.nest.options,
            refs: Some(&bx.refs),
        };
        let mut p = read(&text, limit, &mut resolve, bx.doc_refs, nest, false)
            .st
            .p;
        if text.len() > limit {
            super::md_chunks::drop_tail(&mut p, limit);
        }
        sites::remap(&mut p, &map);
        // A quote box whose first paragraph quotes someone in marks and goes on (`"We would
        // rather …," said one maintainer.`) holds the writer's prose: the quotation is what
        // the marks hold, as in any paragraph.
        let writer_quotes = c.quote
            && p.blocks.iter().find(|b| b.note.is_none()).is_some_and(|b| {
                b.group.is_none()
                    && b.text
                        .trim_start()
                        .starts_with(['"', '“', '„', '«', '»', '”', '「'])
                    && super::html::wholly_quoted(&b.text).is_none()
            });
        // A callout whose body has prose of its own besides its block quotations (`The
        // guidance is plain.[^1]` and a `>` quotation under it): the prose introduces and
        // cites them, as outside a box. A box holding nothing but a block quotation is the
        // quotation set in the box: part of it.
        // (Prose that introduces or cites: a paragraph ending with a colon, or holding a
        // note marker or a link. A tip's plain sentence over an example set as a quotation,
        // `Try the search box.` over `> Type a word …`, keeps the example the box's.)
        let cites = |bi: usize| {
            p.markers
                .iter()
                .any(|m| m.span.is_some_and(|(b, ..)| b == bi))
                || p.links
                    .iter()
                    .any(|l| l.span.is_some_and(|(b, ..)| b == bi))
        };
        let prose = c.callout
            && p.blocks.iter().enumerate().any(|(bi, b)| {
                b.group.is_none()
                    && b.note.is_none()
                    && (b.text.trim_end().ends_with(':') || cites(bi))
            })
            && !p.groups.is_empty();
        if (c.callout && !prose) || writer_quotes {
            for g in &mut p.groups {
                g.callout = true;
            }
        }
        let cite = c
            .cite
            .as_ref()
            .and_then(|r| bx.text.get(r.clone()))
            .map(|v| decode_entities(v.trim()));
        if c.quote && !writer_quotes {
            // The quotation is group 0, around the body's own block quotations.
            for b in &mut p.blocks {
                if b.note.is_none() {
                    b.group = Some(b.group.map_or(0, |g| g + 1));
                }
            }
            for g in &mut p.groups {
                g.parent = Some(g.parent.map_or(0, |x| x + 1));
            }
            for l in &mut p.links {
                l.group = l.group.map(|g| g + 1);
            }
            let offset = p
                .blocks
                .iter()
                .find(|b| b.group == Some(0))
                .map_or(c.body.start, |b| b.src_start);
            p.groups.insert(
                0,
                Group {
                    offset,
                    cite: cite.clone(),
                    callout: false,
                    correspondence: false,
                    parent: None,
                },
            );
        }
        // The address its fence cites it by (`<Quote cite="…">`, `{{< quote source="…" >}}`)
        // cites the quotation as a `<blockquote cite>` does.
        if let (Some(raw), Some(r)) = (cite, c.cite.as_ref()) {
            p.links.push(RawLink {
                raw,
                kind: LinkKind::Cite,
                text: String::new(),
                offset: r.start,
                span: None,
                group: (c.quote && !writer_quotes).then_some(0),
            });
        }
        p.base_href = None;
        super::md_chunks::append(&mut self.p, p);
    }

    /// An HTML block is read by the HTML front end, like an HTML document: its paragraphs,
    /// `<blockquote>`s and `<q>`s give quotes, its `<sup>` and `#fn` links markers, its notes
    /// lists notes. A block whose lines are not one run of the source (inside a Markdown
    /// list or quotation) is only scanned for links and markers, line by line.
    fn end_html_block(&mut self, src: &str) {
        let Some(hb) = self.html_block.take() else {
            return;
        };
        match src.get(hb.start..hb.next) {
            Some(html) if hb.contiguous && !html.is_empty() => {
                let mut parsed = super::html::parse(html);
                parsed.base_href = None;
                parsed.links.extend(href_props(html));
                super::md_chunks::shift(&mut parsed, hb.start);
                super::md_chunks::append(&mut self.p, parsed);
            }
            _ => {
                for (line, at) in hb.lines {
                    self.html(&line, at, false);
                }
            }
        }
    }

    /// Closes the innermost open link (Markdown's, or an inline HTML `<a>`), which ends at
    /// source offset `end`: its span is the text read since it opened.
    fn end_link(&mut self, end: usize) {
        if let Some((mut l, t)) = self.links.pop() {
            let bi = self.p.blocks.len();
            let e = self.cur.as_ref().map_or(t, |b| b.text.len());
            l.span = Some((bi, t, e));
            if let Some(b) = self.cur.as_mut() {
                b.touch(l.offset, end.max(l.offset));
                // `[[1]](https://…)`: a numbered link, not a footnote marker. An image's
                // alt text (`![A sign reading "no swimming after dark"](sign.jpg)`)
                // describes a picture: it quotes nothing and marks no note, as the HTML
                // front end, which never reads `alt`, agrees.
                if (!l.raw.trim_start().starts_with('#')
                    && b.text.get(t..e).is_some_and(super::bracketed_number))
                    || (l.kind == LinkKind::Image && e > t)
                {
                    b.code.push((t, e));
                }
            }
            self.p.links.push(l);
        }
    }

    fn link(&mut self, raw: String, kind: LinkKind, off: usize, inline: bool) {
        let span = if inline {
            let (bi, t) = self.text_pos(off);
            self.cur_has_refs = true;
            Some((bi, t, t))
        } else {
            None
        };
        self.p.links.push(RawLink {
            raw,
            kind,
            text: String::new(),
            offset: off,
            span,
            group: None,
        });
    }
}

/// The links of an HTML block that the HTML front end, reading an HTML page, does not
/// take: the `href` of an element other than `<a>` (and `<base>`), as a JSX component in MDX
/// passes one (`<LinkCard title="…" href="…" />`). Each at its tag; none inside `<pre>`,
/// `<code>`, `<script>`, `<style>` or a comment.
fn href_props(html: &str) -> Vec<RawLink> {
    let mut out = Vec::new();
    if memchr::memmem::find(html.as_bytes(), b"href").is_none()
        && memchr::memmem::find(html.as_bytes(), b"HREF").is_none()
    {
        return out;
    }
    let mut raw_depth = 0usize;
    for m in TAG_RE.captures_iter(html) {
        let (Some(whole), Some(name)) = (m.get(0), m.get(2)) else {
            continue;
        };
        let name = name.as_str();
        let closing = m.get(1).is_some_and(|c| !c.as_str().is_empty());
        if ["pre", "code", "script", "style", "textarea"]
            .iter()
            .any(|r| name.eq_ignore_ascii_case(r))
        {
            raw_depth = if closing {
                raw_depth.saturating_sub(1)
            } else {
                raw_depth + usize::from(!whole.as_str().ends_with("/>"))
            };
            continue;
        }
        if closing
            || raw_depth > 0
            || name.eq_ignore_ascii_case("a")
            || name.eq_ignore_ascii_case("base")
        {
            continue;
        }
        if let Some(h) = attr(m.get(3).map_or("", |a| a.as_str()), "href") {
            out.push(RawLink {
                raw: h,
                kind: LinkKind::Link,
                text: String::new(),
                offset: whole.start(),
                span: None,
                group: None,
            });
        }
    }
    out
}

/// Whether the byte at `at` is escaped by a backslash (an odd run of them right before it).
fn escaped(b: &[u8], at: usize) -> bool {
    b.get(..at)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(|&&c| c == b'\\')
        .count()
        % 2
        == 1
}

/// The brackets matched from source offset `from` on, up to `limit` or a blank line:
/// (opening, closing) pairs, sorted. Escaped brackets and code spans do not count. One pass
/// serves every inline note of a block.
fn bracket_pairs(b: &[u8], from: usize, limit: usize) -> Vec<(usize, usize)> {
    let mut stack = Vec::new();
    let mut out = Vec::new();
    // Backtick runs that close nowhere (no later run can close them either).
    let mut unclosed: Vec<usize> = Vec::new();
    let mut i = from;
    while let Some(&ch) = b.get(i).filter(|_| i < limit) {
        match ch {
            b'\\' => {
                i += 2;
                continue;
            }
            b'`' => {
                let n = b
                    .get(i..limit)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|&&c| c == b'`')
                    .count();
                let end = if unclosed.contains(&n) {
                    None
                } else {
                    closing_run(b, i + n, limit, n)
                };
                match end {
                    Some(e) => i = e,
                    None => {
                        if !unclosed.contains(&n) {
                            unclosed.push(n);
                        }
                        i += n;
                    }
                }
                continue;
            }
            b'[' => stack.push(i),
            b']' => {
                if let Some(o) = stack.pop() {
                    out.push((o, i));
                }
            }
            b'\n' => {
                let rest = b.get(i + 1..limit).unwrap_or(&[]);
                let line = rest.split(|&c| c == b'\n').next().unwrap_or(&[]);
                if line
                    .iter()
                    .all(|c| matches!(c, b' ' | b'\t' | b'\r' | b'>'))
                {
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out.sort_unstable();
    out
}

/// Where a run of exactly `n` backticks from `from` (before `limit`) ends: a code span's
/// closing.
fn closing_run(b: &[u8], from: usize, limit: usize, n: usize) -> Option<usize> {
    let mut j = from;
    while j < limit {
        let q = j + memchr::memchr(b'`', b.get(j..limit)?)?;
        let m = b.get(q..limit)?.iter().take_while(|&&c| c == b'`').count();
        if m == n {
            return Some(q + m);
        }
        j = q + m;
    }
    None
}

/// The lines of `t` that are MkDocs snippet lines (pymdownx.snippets: `--8<-- "file.md"`,
/// `--8<-- "file.md:section"`, a bare `--8<--` opening or closing a list of files, and
/// the paths listed between two of those), as ranges of `t`.
fn snippet_lines(t: &str) -> Vec<(usize, usize)> {
    let is_marker = |l: &str| {
        let l = l.trim().trim_start_matches(';');
        let Some(rest) = l.strip_prefix('-') else {
            return false;
        };
        let rest = rest.trim_start_matches('-');
        rest.strip_prefix("8<").is_some_and(|r| {
            r.starts_with('-') && {
                let after = r.trim_start_matches('-');
                after.is_empty() || after.starts_with([' ', '\t'])
            }
        })
    };
    let mut out = Vec::new();
    let mut at = 0;
    let mut in_list = false;
    for line in t.split_inclusive('\n') {
        let end = at + line.trim_end_matches('\n').len();
        let marker = is_marker(line);
        if marker || in_list {
            out.push((at, end));
        }
        if marker
            && line
                .trim()
                .trim_start_matches(';')
                .trim_end_matches('-')
                .ends_with("8<")
        {
            // A bare marker opens or closes a block of paths.
            in_list = !in_list;
        }
        at += line.len();
    }
    out
}

/// A Markdown link whose destination starts with the template tag at `open..end` of `t`
/// (`[text]({{< ref "x.md" >}})`, `[text]({{ site.baseurl }}/about/)`): where its `[` is and
/// where its destination ends (after its `)`). The tag must follow `](` right away, and the
/// destination go on to its `)` with no blank; the link text is looked for up to 1 KiB
/// back, on the tag's line and the ones before it in the paragraph, brackets balanced.
fn tag_link(t: &str, open: usize, end: usize) -> Option<(usize, usize)> {
    let bytes = t.as_bytes();
    if open < 3 || bytes.get(open - 2..open) != Some(b"](") {
        return None;
    }
    // Tags one after another are one destination: Jekyll's `{{ site.baseurl }}{% post_url
    // 2024-01-05-x %}`, the form its documentation gives.
    let mut end = end;
    loop {
        let rest = bytes.get(end..)?;
        let close: &[u8] = if rest.starts_with(b"{{") {
            b"}}"
        } else if rest.starts_with(b"{%") {
            b"%}"
        } else {
            break;
        };
        let window = rest.get(2..rest.len().min(2048))?;
        end += 2 + memchr::memmem::find(window, close)? + close.len();
    }
    let rest = bytes.get(end..)?;
    let stop = rest
        .iter()
        .position(|&c| c == b')' || c.is_ascii_whitespace() || c == b'(')?;
    if rest.get(stop) != Some(&b')') {
        return None;
    }
    let mut depth = 0usize;
    let floor = open.saturating_sub(1024);
    let mut i = open - 2;
    while i > floor {
        i -= 1;
        match bytes.get(i) {
            Some(b']') if !escaped(bytes, i) => depth += 1,
            Some(b'[') if !escaped(bytes, i) => {
                if depth == 0 {
                    return Some((i, end + stop + 1));
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// Where the value of shortcode parameter `key` (`src="/img/x.png"`, `` src=`x` ``,
/// `src=x.png`) lies in `inner`, the text between a shortcode's `{{<` and `>}}`; `None`
/// when it is absent or empty.
fn shortcode_param(inner: &str, key: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(p) = inner.get(from..)?.find(key) {
        let at = from + p;
        from = at + key.len();
        let word_start = inner
            .get(..at)
            .is_some_and(|h| h.is_empty() || h.ends_with(char::is_whitespace));
        let Some(v) = inner
            .get(from..)
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix('='))
            .map(str::trim_start)
        else {
            continue;
        };
        if !word_start {
            continue;
        }
        let vs = inner.len() - v.len();
        let (s, e) = match v.chars().next()? {
            q @ ('"' | '`' | '\'') => {
                let end = v.get(1..)?.find(q)?;
                (vs + 1, vs + 1 + end)
            }
            _ => (vs, vs + v.find(char::is_whitespace).unwrap_or(v.len())),
        };
        return (e > s).then_some((s, e));
    }
    None
}

/// A heading's trailing attribute list: `## Troubleshooting {#trouble}` (kramdown, Pandoc,
/// Hugo/Goldmark, MkDocs' attr_list, Docusaurus), `{#refs .unnumbered}`, `{: #id}`, `{-}`.
/// Returns where it starts in `text` (the blanks before it included) and the id it gives,
/// if any; `None` when `text` ends with no attribute list (`Sets {x}`, `{}`: every word in
/// the braces must be an `#id`, a `.class`, a `key=value` or Pandoc's `-`). The renderers
/// show neither the braces nor what is in them: the heading's text ends before them.
#[must_use]
pub fn heading_attributes(text: &str) -> Option<(usize, Option<&str>)> {
    let body = text.trim_end().strip_suffix('}')?;
    let open = body.rfind('{')?;
    let inner = body.get(open + 1..)?;
    let inner = inner.strip_prefix(':').unwrap_or(inner);
    let mut id = None;
    let mut words = 0;
    for w in inner.split_ascii_whitespace() {
        words += 1;
        if let Some(i) = w.strip_prefix('#') {
            if i.is_empty() || i.contains(['#', '{']) {
                return None;
            }
            id.get_or_insert(i);
        } else if !((w.len() > 1 && w.starts_with('.'))
            || w == "-"
            || w.find('=').is_some_and(|e| e > 0))
        {
            return None;
        }
    }
    (words > 0).then(|| (body.get(..open).unwrap_or("").trim_end().len(), id))
}

/// Cuts a heading's trailing attribute list ([`heading_attributes`]) off its text, unless
/// it is a code span's (`` ## The `{#id}` syntax ``... ending in one): `# References
/// {#refs .unnumbered}` is a references heading.
fn strip_heading_attributes(b: &mut Block) {
    let Some((start, _)) = heading_attributes(&b.text) else {
        return;
    };
    if b.code.iter().any(|&(_, e)| e > start) {
        return;
    }
    b.text.truncate(start);
    let keep = b.segs.iter().filter(|s| s.text < start).count().max(1);
    b.segs.truncate(keep);
    b.italics.retain(|&(s, _)| s < start);
    for it in &mut b.italics {
        it.1 = it.1.min(start);
    }
}

/// Whether a paragraph is a static-site generator's code shortcode, from its opening tag to
/// its closing one.
fn code_shortcode(text: &str) -> bool {
    let t = text.trim();
    let hugo = (t.starts_with("{{<") || t.starts_with("{{%"))
        && ["highlight", "code"]
            .iter()
            .any(|k| t.get(3..).unwrap_or("").trim_start().starts_with(k))
        && (t.ends_with(">}}") || t.ends_with("%}}"));
    let liquid = t.starts_with("{%")
        && t.get(2..)
            .unwrap_or("")
            .trim_start()
            .starts_with("highlight")
        && t.ends_with("endhighlight %}");
    hugo || liquid
}

/// The pulldown-cmark extensions citecheck reads Markdown with. Not its metadata-block option:
/// that takes a `---` thematic break *anywhere* followed (lines later) by another `---` as
/// metadata, hiding the prose between; front matter is cut off by [`front_matter_len`].
const OPTIONS: Options = Options::ENABLE_FOOTNOTES
    .union(Options::ENABLE_TABLES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS)
    .union(Options::ENABLE_GFM);

/// Parses Markdown. Front matter is skipped; large documents are cut into chunks at safe
/// block boundaries and the chunks parsed in parallel (see `md_chunks.rs`), with the
/// same result as one pass.
#[must_use]
pub fn parse(src: &str) -> Parsed {
    let fm = front_matter_len(src);
    let body = src.get(fm..).unwrap_or("");
    // Code shortcodes (`{% highlight %}` … `{% endhighlight %}`) become fences of their
    // length, in place (see `sites.rs`).
    let body = sites::code_tags_to_fences(body);
    let body = body.as_ref();
    let mut parsed = super::md_chunks::parse(body).unwrap_or_else(|| parse_whole(body));
    fold_footnote_labels(&mut parsed, body);
    settle_inline_notes(&mut parsed, body);
    split_numbered_pairs(&mut parsed, body);
    in_page_notes(&mut parsed);
    super::md_chunks::shift(&mut parsed, fm);
    // The source the front matter names (`source:`, `via:`) is a link; the article's own
    // address (`canonical_url:`) is its own.
    front::read(src, fm, &mut parsed);
    parsed
}

/// Notes written as links within the page, as HTML exported to Markdown leaves them
/// (Substack's, Ghost's, a footnotes plugin's): `…”[1](#footnote-1)` in the text, and each
/// note at the end opened by a link back, `[1](#footnote-anchor-1)`, with its text after it
/// in the same paragraph, or in the paragraphs after it when it stands alone. The reference
/// is a note marker and the link back opens the note's definition. Neither is a link to
/// check: the anchors they point to are not in the Markdown. Only where some note is so
/// defined: elsewhere `[1](#fn1)` stays a link.
fn in_page_notes(p: &mut Parsed) {
    fn number(s: &str) -> Option<&str> {
        let s = s.trim();
        let s = s
            .strip_prefix('[')
            .and_then(|r| r.strip_suffix(']'))
            .unwrap_or(s);
        ((1..=4).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())).then_some(s)
    }
    let shown = |p: &Parsed, l: &RawLink| -> Option<(usize, usize, usize, String)> {
        let (bi, t, e) = l.span?;
        let text = p.blocks.get(bi)?.text.get(t..e)?;
        Some((bi, t, e, number(text)?.to_string()))
    };
    // The links back that open a paragraph: (link index, block, label).
    let mut defs: Vec<(usize, usize, String)> = Vec::new();
    for (i, l) in p.links.iter().enumerate() {
        if l.kind != LinkKind::Link || !l.raw.starts_with('#') {
            continue;
        }
        let Some(back) = note_backref_label(&l.raw) else {
            continue;
        };
        let Some((bi, t, _, n)) = shown(p, l) else {
            continue;
        };
        let opens = p
            .blocks
            .get(bi)
            .and_then(|b| b.text.get(..t))
            .is_some_and(|before| before.trim().is_empty());
        if opens && n == back && p.blocks.get(bi).is_some_and(|b| b.note.is_none()) {
            defs.push((i, bi, n));
        }
    }
    if defs.is_empty() {
        return;
    }
    let mut drop = vec![false; p.links.len()];
    for (k, (i, bi, label)) in defs.iter().enumerate() {
        drop[*i] = true;
        let alone = p.blocks.get(*bi).is_some_and(|b| {
            p.links
                .get(*i)
                .and_then(|l| l.span)
                .is_some_and(|(_, _, e)| b.text.get(e..).is_some_and(|r| r.trim().is_empty()))
        });
        let next = defs.get(k + 1).map_or(p.blocks.len(), |d| d.1);
        let mut last = *bi;
        if alone {
            for j in bi + 1..next {
                let Some(b) = p.blocks.get(j) else { break };
                if b.kind == BlockKind::Heading || b.note.is_some() || b.group.is_some() {
                    break;
                }
                last = j;
            }
        }
        let (Some(start), Some(end)) = (
            p.blocks.get(*bi).map(|b| b.src_start),
            p.blocks.get(last).map(|b| b.src_end),
        ) else {
            continue;
        };
        for b in p.blocks.get_mut(*bi..=last).into_iter().flatten() {
            b.note = Some(label.clone());
        }
        // The number shown is the note's label, no word of its text.
        if let Some((_, _, e)) = p.links.get(*i).and_then(|l| l.span) {
            drop_block_front(p, *bi, e);
        }
        p.notes.push(NoteDef {
            label: label.clone(),
            offset: start,
            end,
        });
    }
    // The references: in-page links to a note, showing its number.
    let defined: HashSet<&str> = defs.iter().map(|d| d.2.as_str()).collect();
    let mut markers = Vec::new();
    for (i, l) in p.links.iter().enumerate() {
        if drop[i] || l.kind != LinkKind::Link || !l.raw.starts_with('#') {
            continue;
        }
        let Some(label) = note_href_label(&l.raw).filter(|n| defined.contains(n.as_str())) else {
            continue;
        };
        // Inside `<sup>` its number was read as the marker already: the link goes.
        if l.span.is_some_and(|(_, t, e)| t == e) {
            drop[i] = true;
            continue;
        }
        let Some((bi, t, e, n)) = shown(p, l) else {
            continue;
        };
        if label == n {
            drop[i] = true;
            markers.push(Marker {
                label,
                offset: l.offset,
                span: Some((bi, t, e)),
                explicit: true,
                citation_like: false,
                narrative: false,
            });
        }
    }
    let mut k = 0;
    p.links.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    p.markers.extend(markers);
    p.markers.sort_by_key(|m| m.offset);
    p.notes.sort_by_key(|n| n.offset);
}

/// Removes the first `n` bytes of block `bi`'s text (and the blanks after them), keeping its
/// source map, ranges and the spans of the links and markers in it in step.
fn drop_block_front(p: &mut Parsed, bi: usize, n: usize) {
    let Some(b) = p.blocks.get_mut(bi) else {
        return;
    };
    let Some(rest) = b.text.get(n..) else {
        return;
    };
    let n = n + (rest.len() - rest.trim_start().len());
    b.text.replace_range(..n, "");
    // The piece holding the new start begins there; pieces wholly before it go.
    let k = b.segs.partition_point(|s| s.text <= n).saturating_sub(1);
    b.segs.drain(..k);
    for s in &mut b.segs {
        if s.text < n {
            if s.verbatim {
                s.src += n - s.text;
            }
            s.text = 0;
        } else {
            s.text -= n;
        }
    }
    let shift = |r: &mut (usize, usize)| {
        *r = (r.0.saturating_sub(n), r.1.saturating_sub(n));
    };
    b.italics.iter_mut().for_each(shift);
    b.italics.retain(|r| r.1 > r.0);
    b.code.iter_mut().for_each(shift);
    b.code.retain(|r| r.1 > r.0);
    let spans = p
        .links
        .iter_mut()
        .map(|l| &mut l.span)
        .chain(p.markers.iter_mut().map(|m| &mut m.span));
    for sp in spans {
        if let Some((_, t, e)) = sp.as_mut().filter(|s| s.0 == bi) {
            *t = t.saturating_sub(n);
            *e = e.saturating_sub(n);
        }
    }
}

/// `“…”[3][4]` with `[3]: …` and `[4]: …` defined: to CommonMark one link (text `3`, label
/// `4`), to the writer two numbered references side by side. The first number's definition
/// becomes a link of its own, where its `[3]` stands; the parser's link is the `[4]`, where
/// that stands. Both keep the shown `3` as their text's place, so both stand right after the
/// quotation.
fn split_numbered_pairs(p: &mut Parsed, src: &str) {
    let mut extra = Vec::new();
    let mut defs: HashMap<String, Option<String>> = HashMap::new();
    for l in &mut p.links {
        if l.kind != LinkKind::Reference {
            continue;
        }
        // `[ddd][ddd]` fits in 12 bytes: only they are read (a search to the document's
        // end for every reference link would grow with the square of its size).
        let head = src.as_bytes().get(l.offset..).unwrap_or(&[]);
        let head = head.get(..head.len().min(12)).unwrap_or(&[]);
        let head = match std::str::from_utf8(head) {
            Ok(h) => h,
            Err(e) => std::str::from_utf8(head.get(..e.valid_up_to()).unwrap_or(&[])).unwrap_or(""),
        };
        let Some(rest) = head.strip_prefix('[') else {
            continue;
        };
        let Some((first, rest)) = rest.split_once("][") else {
            continue;
        };
        let Some(second) = rest.split_once(']').map(|(s, _)| s) else {
            continue;
        };
        if !super::note_number(first) || !super::note_number(second) || first == second {
            continue;
        }
        // Each number's definition looked for once (a page of such pairs is one search per
        // number, not per pair).
        let found = defs
            .entry(first.to_string())
            .or_insert_with(|| numbered_definition(src, first));
        let Some(dest) = found.clone() else {
            continue;
        };
        let mut own = l.clone();
        own.raw = dest;
        extra.push(own);
        l.offset += first.len() + 2;
    }
    if !extra.is_empty() {
        p.links.extend(extra);
        p.links.sort_by_key(|l| l.offset);
    }
}

/// The destination of reference definition `[label]: …` in `src` (a line of its own, at most
/// three spaces in; the first wins, as in CommonMark).
fn numbered_definition(src: &str, label: &str) -> Option<String> {
    let needle = format!("[{label}]:");
    memchr::memmem::find_iter(src.as_bytes(), needle.as_bytes()).find_map(|at| {
        let line = src.get(..at)?.rfind('\n').map_or(0, |n| n + 1);
        let indent = src.get(line..at)?;
        if indent.len() > 3 || !indent.bytes().all(|c| c == b' ') {
            return None;
        }
        let after = src
            .get(at + needle.len()..)?
            .trim_start_matches([' ', '\t']);
        let dest = after.split([' ', '\t', '\n', '\r']).next()?;
        let dest = dest
            .strip_prefix('<')
            .and_then(|d| d.strip_suffix('>'))
            .unwrap_or(dest);
        (!dest.is_empty()).then(|| dest.to_string())
    })
}

/// GFM ties a footnote reference to its definition as it ties link references: by the
/// label's Unicode case fold (`[^Season]` is `[^season]`'s), the first definition winning
/// (cmark-gfm; pulldown-cmark decides which `[^…]` are references the same way). The parser
/// gives each label as written: here every `[^…]` marker, definition and definition block
/// takes the label of the first definition its label folds to, so a later definition
/// written in another case (`[^note]:`, then `[^Note]:`) is that note defined twice, warned
/// about as such (see `notes::collect`), and never a note of its own.
fn fold_footnote_labels(p: &mut Parsed, src: &str) {
    // Labels that are their own fold (lower-case ASCII, digits) need nothing: most do.
    let plain = |l: &str| !l.bytes().any(|c| c.is_ascii_uppercase() || !c.is_ascii());
    let reference = |at: usize| src.get(at..).is_some_and(|r| r.starts_with("[^"));
    if p.notes.iter().all(|n| plain(&n.label))
        && p.markers
            .iter()
            .all(|m| plain(&m.label) || !reference(m.offset))
    {
        return;
    }
    let mut defs: Vec<&NoteDef> = p.notes.iter().filter(|n| n.label != INLINE_NOTE).collect();
    defs.sort_by_key(|n| n.offset);
    let mut first: HashMap<unicase::UniCase<&str>, &str> = HashMap::new();
    for n in defs {
        first
            .entry(unicase::UniCase::new(n.label.as_str()))
            .or_insert(&n.label);
    }
    // Each label written otherwise than its first definition, with that definition's.
    let mut to: HashMap<String, String> = HashMap::new();
    let written = p.notes.iter().map(|n| n.label.as_str()).chain(
        p.markers
            .iter()
            .filter(|m| reference(m.offset))
            .map(|m| m.label.as_str()),
    );
    for l in written {
        if let Some(&f) = first.get(&unicase::UniCase::new(l)) {
            if f != l {
                to.insert(l.to_string(), f.to_string());
            }
        }
    }
    drop(first);
    if to.is_empty() {
        return;
    }
    for n in &mut p.notes {
        if let Some(f) = to.get(&n.label) {
            n.label.clone_from(f);
        }
    }
    for m in p.markers.iter_mut().filter(|m| reference(m.offset)) {
        if let Some(f) = to.get(&m.label) {
            m.label.clone_from(f);
        }
    }
    for b in &mut p.blocks {
        if let Some(f) = b.note.as_ref().and_then(|l| to.get(l)) {
            b.note = Some(f.clone());
        }
    }
}

/// Labels the inline notes (`^[…]`) of a parsed document and moves their blocks after all
/// others (as if their text were written at the end, like `[^x]:` definitions: the blocks
/// around them stay neighbours, as quotations continued over paragraphs and introductions
/// to block quotations need).
///
/// A note is labelled with the number Pandoc gives it: Pandoc numbers every note, inline or
/// `[^x]`, by order of first reference. `[^x]` notes keep their written labels here; when
/// one of them is written as the number an inline note would get (`[^2]` and a second note
/// that is inline), the inline note is `inline-2` instead.
fn settle_inline_notes(p: &mut Parsed, src: &str) {
    if !p.notes.iter().any(|n| n.label == INLINE_NOTE) {
        return;
    }
    let mut defs: Vec<(usize, usize)> = Vec::new();
    let mut taken: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for n in p.notes.iter().filter(|n| n.label != INLINE_NOTE) {
        defs.push((n.offset, n.end));
        taken.insert(n.label.as_str());
    }
    defs.sort_unstable();
    // A `[^x]` reference inside a definition is no reference in the text.
    let in_def = |at: usize| {
        let k = defs.partition_point(|d| d.0 <= at);
        k.checked_sub(1)
            .and_then(|k| defs.get(k))
            .is_some_and(|d| at < d.1)
    };
    let mut order: Vec<&Marker> = p
        .markers
        .iter()
        .filter(|m| {
            m.label == INLINE_NOTE
                || (src.get(m.offset..).is_some_and(|r| r.starts_with("[^")) && !in_def(m.offset))
        })
        .collect();
    order.sort_by_key(|m| m.offset);
    let mut seen = std::collections::HashSet::new();
    let mut number = 0usize;
    // (offset of the `^`, label), in order.
    let mut labels: Vec<(usize, String)> = Vec::new();
    for m in order {
        if m.label == INLINE_NOTE {
            number += 1;
            let n = number.to_string();
            let label = if taken.contains(n.as_str()) {
                format!("inline-{n}")
            } else {
                n
            };
            labels.push((m.offset, label));
        } else if seen.insert(m.label.to_lowercase()) {
            number += 1;
        }
    }
    drop(taken);
    // The note whose `^` is the last at or before `at`.
    let label_at = |at: usize| {
        let k = labels.partition_point(|l| l.0 <= at);
        k.checked_sub(1)
            .and_then(|k| labels.get(k))
            .map_or_else(String::new, |l| l.1.clone())
    };
    for m in p.markers.iter_mut().filter(|m| m.label == INLINE_NOTE) {
        m.label = label_at(m.offset);
    }
    for n in p.notes.iter_mut().filter(|n| n.label == INLINE_NOTE) {
        n.label = label_at(n.offset);
    }
    // The notes' blocks go last, in order; block indices change accordingly.
    let start = super::move_blocks_last(p, |_, b| b.note.as_deref() == Some(INLINE_NOTE));
    for b in p.blocks.get_mut(start..).unwrap_or(&mut []) {
        b.note = Some(label_at(b.src_start));
        b.group = None;
        b.row = None;
    }
}

/// The length of a front-matter block at the very start of a document, or 0: YAML (a `---`
/// line, at least one non-blank line, then a `---` or `...` line) or TOML as Hugo and Zola
/// write it (between `+++` lines).
#[must_use]
pub fn front_matter_len(src: &str) -> usize {
    let mut lines = src.split_inclusive('\n');
    let toml = match lines.next().map(str::trim_end) {
        Some("---") => false,
        Some("+++") => true,
        _ => return 0,
    };
    let mut at = src.find('\n').map_or(src.len(), |i| i + 1);
    for (i, line) in lines.enumerate() {
        let t = line.trim_end();
        let closing = if toml {
            t == "+++"
        } else {
            t == "---" || t == "..."
        };
        if i == 0 && (closing || t.is_empty()) {
            return 0;
        }
        at += line.len();
        if closing {
            return at;
        }
    }
    0
}

/// Parses Markdown in one pass, on this thread.
#[must_use]
pub fn parse_whole(src: &str) -> Parsed {
    let options = if sites::wikilinks(src) {
        OPTIONS.union(Options::ENABLE_WIKILINKS)
    } else {
        OPTIONS
    };
    read(
        src,
        usize::MAX,
        &mut |_: BrokenLink<'_>| None,
        None,
        Nest::top(options),
        false,
    )
    .st
    .p
}

/// A broken-link callback whose destinations are owned (see [`read`]).
type Broken<'b> =
    dyn for<'x> FnMut(BrokenLink<'x>) -> Option<(CowStr<'static>, CowStr<'static>)> + 'b;

/// How deep MkDocs containers nest before the rest is left as CommonMark reads it.
const MAX_NESTING: usize = 8;

/// What [`read`] gives.
struct Read {
    st: State,
    /// Whether everything before `limit` was closed when text from there was reached.
    clean_at_limit: Option<bool>,
    /// The reference-link definitions (label, ASCII-lowercased, and destination), when asked.
    refdefs: Vec<(String, String)>,
}

/// Reads `text` (from `limit` on, scaffolding appended after it) with pulldown-cmark, the
/// bodies of its MkDocs containers each read on its own where it stands (see `sites.rs`):
/// they are blanked out of what pulldown-cmark reads here (the same length, so every offset
/// stays), and [`run`] reads each when it reaches it. `broken` resolves references to
/// definitions elsewhere; `doc_refs` are a large document's reference labels, for a
/// container's body in a chunk (see `md_chunks.rs`); `nest` says where the text stands.
fn read(
    text: &str,
    limit: usize,
    broken: &mut Broken<'_>,
    doc_refs: Option<&HashSet<String>>,
    nest: Nest<'_>,
    want_refdefs: bool,
) -> Read {
    let list = if nest.depth < MAX_NESTING {
        sites::containers(text.get(..limit).unwrap_or(text))
    } else {
        Vec::new()
    };
    let blanked = (!list.is_empty()).then(|| sites::blank(text, &list));
    let src = blanked.as_deref().unwrap_or(text);
    let missing = RefCell::new(Vec::new());
    let mut events = Parser::new_with_broken_link_callback(
        src,
        nest.options,
        // (A closure, not `broken` itself: its destinations, `'static`, are taken for the
        // text's.)
        #[allow(clippy::redundant_closure)]
        Some(noting_missing(&missing, |l| broken(l))),
    )
    .into_offset_iter();
    let boxes = (!list.is_empty()).then(|| Boxes {
        text,
        refs: {
            let mut refs: HashMap<String, String> = events
                .reference_definitions()
                .iter()
                .map(|(label, def)| (super::md_chunks::label_key(label), String::from(&*def.dest)))
                .collect();
            // A body inside a body links by the definitions of the texts around too.
            for (k, v) in nest.refs.into_iter().flatten() {
                refs.entry(k.clone()).or_insert_with(|| v.clone());
            }
            refs
        },
        footnotes: sites::footnote_definitions(text),
        list,
        doc_refs,
        nest,
    });
    let mut clean_at_limit = None;
    let mut st = run(src, &mut events, limit, &mut clean_at_limit, boxes.as_ref());
    let refdefs = if want_refdefs {
        events
            .reference_definitions()
            .iter()
            .map(|(label, def)| (label.to_ascii_lowercase(), String::from(&*def.dest)))
            .collect()
    } else {
        Vec::new()
    };
    st.flush();
    drop(events);
    missing_reference_warnings(src, &missing.into_inner(), limit, &mut st.p.warnings);
    // In document order (a container's body, read when reached, warns before the text
    // around it is done): a chunk's warnings then follow the chunk before's.
    st.p.warnings.sort_by_key(|w| w.0);
    st.p.links.sort_by_key(|l| l.offset);
    Read {
        st,
        clean_at_limit,
        refdefs,
    }
}

/// A text's MkDocs containers and what their bodies are read with (see [`read`]).
struct Boxes<'c> {
    /// The text, bodies not blanked.
    text: &'c str,
    list: Vec<sites::Container>,
    /// The text's reference definitions (label key, destination): a body cut out of it
    /// still links by them.
    refs: HashMap<String, String>,
    /// The footnotes the text defines: a body refers to them.
    footnotes: HashSet<String>,
    doc_refs: Option<&'c HashSet<String>>,
    nest: Nest<'c>,
}

/// Where a text [`read`] reads stands.
#[derive(Clone, Copy)]
struct Nest<'c> {
    /// How many containers are around it.
    depth: usize,
    /// pulldown-cmark's options (wikilinks in a document written with them).
    options: Options,
    /// The reference definitions of the texts around, when it is a container's body.
    refs: Option<&'c HashMap<String, String>>,
}

impl Nest<'_> {
    /// A whole text, or a chunk of one.
    fn top(options: Options) -> Self {
        Nest {
            depth: 0,
            options,
            refs: None,
        }
    }
}

/// Wraps a broken-link callback so that every full (`[text][label]`) or collapsed
/// (`[label][]`) reference it leaves unresolved is noted in `missing` (its source range).
/// Shortcut references (`[label]`) are left alone: in prose they are as often `[sic]` or a
/// `[1]` marker as a link whose definition was forgotten.
fn noting_missing<'a, 'm>(
    missing: &'m RefCell<Vec<std::ops::Range<usize>>>,
    mut inner: impl FnMut(BrokenLink<'a>) -> Option<(CowStr<'a>, CowStr<'a>)> + 'm,
) -> impl FnMut(BrokenLink<'a>) -> Option<(CowStr<'a>, CowStr<'a>)> + 'm {
    move |link| {
        let (span, ty) = (link.span.clone(), link.link_type);
        let found = inner(link);
        if found.is_none() && matches!(ty, LinkType::Reference | LinkType::Collapsed) {
            missing.borrow_mut().push(span);
        }
        found
    }
}

/// A warning for each reference link whose label has no definition: the reader sees the
/// brackets as text, not a link, which is what a forgotten or misspelt `[label]: url` line
/// does. `x[i][j]` written outside code (a word, `]` or `)` right before the `[`) is not a
/// link anyone meant, nor is a rustdoc path (`[Error][std::error::Error]`). Spans from
/// `limit` on are scaffolding (see [`parse_piece`]).
fn missing_reference_warnings(
    text: &str,
    spans: &[std::ops::Range<usize>],
    limit: usize,
    out: &mut Vec<(usize, String)>,
) {
    let mut last = None;
    for span in spans {
        if span.start >= limit.min(text.len()) || last == Some(span.start) {
            continue;
        }
        last = Some(span.start);
        let before = text[..span.start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | ']' | ')')) {
            continue;
        }
        // A collapsed reference's range ends before its `[]`.
        let end = span.end
            + if text.get(span.end..).is_some_and(|t| t.starts_with("[]")) {
                2
            } else {
                0
            };
        let Some(shown) = text.get(span.start..end) else {
            continue;
        };
        // `[Error][std::error::Error]`: a rustdoc intra-doc link, resolved when the file is
        // built into a crate's documentation, not by a Markdown renderer. `claim [1][2]`:
        // two note markers side by side. `[a][b](https://…)`: `[b]` is an inline link.
        let marker = |part: &str| {
            let inner = part.trim_start_matches('[').trim_end_matches(']');
            let inner = inner.strip_prefix('^').unwrap_or(inner);
            !inner.is_empty()
                && inner.len() <= 6
                && inner.starts_with(|c: char| c.is_ascii_digit() || part.starts_with("[^"))
                && inner.chars().all(|c| c.is_ascii_alphanumeric())
        };
        let first = shown.find(']').map_or(shown, |i| &shown[..=i]);
        if shown.contains("::")
            || marker(first)
            || text.get(span.end..).is_some_and(|t| t.starts_with('('))
        {
            continue;
        }
        let label = shown
            .rfind('[')
            .map(|i| &shown[i..])
            .filter(|l| *l != "[]")
            .unwrap_or(shown.strip_suffix("[]").unwrap_or(shown));
        let shown = crate::report::truncate(shown, 80);
        let label = crate::report::truncate(label, 60);
        out.push((
            span.start,
            format!(
                "reference link {shown} has no definition (no `{label}: URL` line), so it shows as \
                 plain text, not a link"
            ),
        ));
    }
}

/// One chunk of a larger document, parsed on its own.
pub(crate) struct Piece {
    /// What the chunk holds (offsets relative to the chunk).
    pub parsed: Parsed,
    /// Nothing was left open at the chunk's end (no unclosed fence, raw HTML block, `<sup>`,
    /// link, list numbering carried forward): the cut was a clean block boundary.
    pub clean_end: bool,
    /// The chunk's reference-link definitions: (label, ASCII-lowercased, and destination).
    pub refdefs: Vec<(String, String)>,
}

/// Parses one chunk; `broken` resolves references to definitions in other chunks.
///
/// Text from `limit` on is scaffolding appended after the chunk (stand-in definitions):
/// whether the chunk ended clean is judged when the first event from there arrives.
pub(crate) fn parse_piece(
    text: &str,
    limit: usize,
    broken: &mut Broken<'_>,
    doc_refs: Option<&HashSet<String>>,
) -> Piece {
    // (Chunks are never read with wikilinks: see `md_chunks::parse_with`.)
    let r = read(text, limit, broken, doc_refs, Nest::top(OPTIONS), true);
    let clean_end = r.clean_at_limit.unwrap_or_else(|| r.st.is_clean());
    Piece {
        parsed: r.st.p,
        clean_end,
        refdefs: r.refdefs,
    }
}

/// Whether a fenced code block's source (from its opening fence) ends with a closing fence.
fn fence_closed(block: &str) -> bool {
    fn strip(l: &str) -> &str {
        l.trim_start_matches([' ', '\t', '>'])
    }
    let mut lines = block.trim_end().lines();
    let Some(first) = lines.next().map(strip) else {
        return false;
    };
    let Some(ch) = first.chars().next().filter(|c| matches!(c, '`' | '~')) else {
        return false;
    };
    let open = first.chars().take_while(|&c| c == ch).count();
    lines.next_back().map(strip).is_some_and(|last| {
        let n = last.chars().take_while(|&c| c == ch).count();
        n >= open && ends_closing_fence(&last[n..])
    })
}

/// Whether what follows a closing fence's run of backticks or tildes lets it close: only
/// spaces, then the line's end (pulldown-cmark's rule; a tab or a no-break space there, which
/// `str::trim` would strip, leaves the block open).
pub(crate) fn ends_closing_fence(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    rest.is_empty() || rest.starts_with('\r')
}

/// For text opening a raw HTML block of a kind that only its end marker closes (CommonMark
/// types 1 to 5: `<script>`, `<pre>`, `<style>`, `<textarea>`, comments, `<?`, `<!X`,
/// CDATA): that marker, and the length of the opening, after which the marker is looked for.
fn raw_html_opening(text: &str) -> Option<(&'static str, usize)> {
    let lower = text.get(..12).unwrap_or(text).to_ascii_lowercase();
    if lower.starts_with("<!--") {
        return Some(("-->", 4));
    }
    if lower.starts_with("<![cdata[") {
        return Some(("]]>", 9));
    }
    if lower.starts_with("<?") {
        return Some(("?>", 2));
    }
    if lower.starts_with("<!") {
        return Some((">", 2));
    }
    [
        ("script", "</script>"),
        ("pre", "</pre>"),
        ("style", "</style>"),
        ("textarea", "</textarea>"),
    ]
    .into_iter()
    .find(|(tag, _)| {
        lower
            .strip_prefix('<')
            .and_then(|r| r.strip_prefix(tag))
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t', '\n', '\r', '>']))
    })
    .map(|(tag, end)| (end, tag.len() + 1))
}

/// The end marker `text` opens a raw HTML block with (see [`raw_html_opening`]), when the
/// marker does not follow in `text` itself.
pub(crate) fn raw_html_unclosed(text: &str) -> Option<&'static str> {
    let (marker, from) = raw_html_opening(text)?;
    let rest = text.get(from..).unwrap_or("");
    (!super::contains_ignore_ascii_case(rest, marker)).then_some(marker)
}

/// How many `>` open a line of a block quotation (`> > text` is 2, `>>text` 2, `text` 0).
fn quote_level(line: &str) -> usize {
    let b = line.as_bytes();
    let (mut i, mut n) = (0, 0);
    loop {
        let lead = b
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take(4)
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count();
        if lead > 3 || b.get(i + lead) != Some(&b'>') {
            return n;
        }
        n += 1;
        i += lead + 1;
    }
}

/// Turns pulldown-cmark's events into blocks, links, markers and note definitions.
///
/// When an event from `limit` on arrives, `clean_at_limit` records whether everything before
/// it was closed (see [`parse_piece`]).
fn run<'a>(
    src: &'a str,
    events: impl Iterator<Item = (Event<'a>, std::ops::Range<usize>)>,
    limit: usize,
    clean_at_limit: &mut Option<bool>,
    boxes: Option<&Boxes<'_>>,
) -> State {
    let mut st = State::default();
    // Room for the blocks and links up front (about one block per 100 bytes of prose):
    // regrowing these lists copied them several times per chunk. Capacity never written
    // costs no memory.
    st.p.blocks.reserve(src.len() / 64);
    st.p.links.reserve(src.len() / 64);
    // Inline notes only where `^[` is written at all (one fast scan).
    st.carets = memchr::memmem::find(src.as_bytes(), b"^[").is_some();
    st.cur_end = usize::MAX;
    for (ev, range) in events {
        // A container's body, blanked out of `src`, is read where it stands.
        if let Some(bx) = boxes {
            while let Some(c) = bx
                .list
                .get(st.next_box)
                .filter(|c| range.start >= c.body.start)
            {
                st.next_box += 1;
                st.read_container(bx, c);
            }
        }
        if let Some(c) = st.held_caret.take() {
            // A `^` right before this event: an inline note if this is its `[` as text.
            let bracket = matches!(&ev, Event::Text(t) if range.start == c + 1
                && t.starts_with('[')
                && src.get(range.clone()) == Some(&**t));
            let what = if bracket {
                st.caret(src, c)
            } else {
                Caret::Text
            };
            match what {
                Caret::Note(close) => {
                    st.open_inline(c, close);
                    st.text_with_notes(src, c + 2..range.end);
                    continue;
                }
                Caret::Power(close) => {
                    st.push_caret(c);
                    st.power_from(close);
                }
                Caret::Text => st.push_caret(c),
            }
        }
        // An inline note whose `]` was not read as text (it sat in markup) ends before what
        // comes after it.
        if st.inline.as_ref().is_some_and(|n| range.start > n.close) {
            st.close_inline();
        }
        if clean_at_limit.is_none() && range.start >= limit {
            st.flush();
            *clean_at_limit = Some(st.is_clean());
        }
        match ev {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                    st.open_sized(BlockKind::Paragraph, range.start, range.len(), MAX_RESERVE);
                }
                Tag::Heading { .. } => {
                    st.open_sized(BlockKind::Heading, range.start, range.len(), MAX_RESERVE);
                }
                Tag::Table(columns) => {
                    // A block per cell: room for the table's cells at once (a line per row;
                    // a cell with text takes at least two bytes, `|x`), as regrowing the list
                    // of blocks copied it again and again for a large table. Capacity never
                    // written costs no memory; room that cannot be had is no error.
                    let table = src.get(range.clone()).unwrap_or("");
                    let rows = memchr::memchr_iter(b'\n', table.as_bytes()).count() + 1;
                    let cells = rows.saturating_mul(columns.len()).min(table.len() / 2);
                    let _ = st.p.blocks.try_reserve(cells);
                }
                Tag::TableCell => {
                    st.open_sized(BlockKind::Cell, range.start, range.len(), MAX_RESERVE);
                }
                Tag::Item => {
                    st.flush();
                    let label = st.lists.last_mut().and_then(|n| {
                        let cur = n.as_mut()?;
                        let l = cur.to_string();
                        *cur += 1;
                        Some(l)
                    });
                    st.pending_label = label;
                    // An item's range holds its nested lists too: room for a line or two.
                    st.open_sized(BlockKind::ListItem, range.start, range.len(), 512);
                }
                Tag::List(start) => {
                    st.flush();
                    st.lists.push(start);
                }
                Tag::BlockQuote(alert) => {
                    st.flush();
                    // A block quotation nested in another (`> >`) is a quotation of its own
                    // inside the outer one.
                    st.group = Some(st.p.groups.len());
                    st.group_stack.push(st.p.groups.len());
                    st.p.groups.push(Group {
                        offset: range.start,
                        cite: None,
                        callout: alert.is_some(),
                        correspondence: false,
                        parent: st.group_stack.iter().rev().nth(1).copied(),
                    });
                    st.quote_depth += 1;
                }
                Tag::TableHead | Tag::TableRow => {
                    st.flush();
                    st.row = Some(range.start);
                }
                Tag::CodeBlock(kind) => {
                    st.flush();
                    st.code_depth += 1;
                    if matches!(kind, CodeBlockKind::Fenced(_))
                        && !src.get(range.clone()).is_some_and(fence_closed)
                    {
                        st.unclosed_raw = true;
                    }
                }
                Tag::HtmlBlock => {
                    st.flush();
                    if src
                        .get(range.clone())
                        .is_none_or(|h| raw_html_unclosed(h.trim_start()).is_some())
                    {
                        st.unclosed_raw = true;
                    }
                    st.html_block = Some(HtmlBlock {
                        start: range.start,
                        next: range.start,
                        contiguous: true,
                        lines: Vec::new(),
                    });
                }
                Tag::MetadataBlock(_) => st.skip_depth += 1,
                Tag::FootnoteDefinition(label) => {
                    st.flush();
                    let label = label.into_string();
                    st.note = Some(label.clone());
                    st.p.notes.push(NoteDef {
                        label,
                        offset: range.start,
                        end: range.end,
                    });
                }
                Tag::Emphasis => {
                    let t = st.cur.as_ref().map_or(0, |b| b.text.len());
                    st.italics.push(t);
                }
                // Obsidian's `[[Page]]`, `[[Page|alias]]`, `![[embed.png]]` name a note or a
                // file of the vault: a link to that file where it can be placed ([`wiki`]).
                // What a link shows (the page's name, the alias) is text, marked as code:
                // never a quotation or a marker (`[[12]]`). An embed shows the note or
                // picture, not its name.
                Tag::Link {
                    link_type: LinkType::WikiLink { .. },
                    dest_url,
                    ..
                }
                | Tag::Image {
                    link_type: LinkType::WikiLink { .. },
                    dest_url,
                    ..
                } => {
                    let embed = src.get(range.start..).is_some_and(|s| s.starts_with('!'));
                    let (_, t) = st.text_pos(range.start);
                    st.wiki = Some((t, embed));
                    st.wiki_link = Some(RawLink {
                        raw: wiki::raw(&dest_url),
                        kind: if embed {
                            LinkKind::Image
                        } else {
                            LinkKind::Link
                        },
                        text: String::new(),
                        offset: range.start,
                        span: None,
                        group: None,
                    });
                }
                Tag::Link {
                    link_type,
                    dest_url,
                    ..
                }
                | Tag::Image {
                    link_type,
                    dest_url,
                    ..
                } => {
                    let image = src.get(range.start..).is_some_and(|s| s.starts_with('!'));
                    let kind = if image {
                        LinkKind::Image
                    } else {
                        match link_type {
                            LinkType::Reference
                            | LinkType::ReferenceUnknown
                            | LinkType::Collapsed
                            | LinkType::CollapsedUnknown
                            | LinkType::Shortcut
                            | LinkType::ShortcutUnknown => LinkKind::Reference,
                            LinkType::Autolink => LinkKind::Autolink,
                            LinkType::Email => LinkKind::Email,
                            _ => LinkKind::Link,
                        }
                    };
                    let (_, t) = st.text_pos(range.start);
                    st.cur_has_refs = true;
                    st.links.push((
                        RawLink {
                            raw: dest_url.into_string(),
                            kind,
                            text: String::new(),
                            offset: range.start,
                            span: None,
                            group: None,
                        },
                        t,
                    ));
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::TableCell
                | TagEnd::Item
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition => st.flush(),
                TagEnd::List(_) => {
                    st.flush();
                    st.lists.pop();
                }
                TagEnd::BlockQuote(_) => {
                    st.flush();
                    st.quote_depth = st.quote_depth.saturating_sub(1);
                    st.group_stack.pop();
                    st.group = st.group_stack.last().copied();
                }
                TagEnd::TableHead | TagEnd::TableRow => {
                    st.flush();
                    st.row = None;
                }
                TagEnd::CodeBlock => st.code_depth = st.code_depth.saturating_sub(1),
                TagEnd::HtmlBlock => st.end_html_block(src),
                TagEnd::MetadataBlock(_) => st.skip_depth = st.skip_depth.saturating_sub(1),
                TagEnd::FootnoteDefinition => {
                    st.flush();
                    st.note = None;
                }
                TagEnd::Emphasis => {
                    if let (Some(s), Some(b)) = (st.italics.pop(), st.cur.as_mut()) {
                        let e = b.text.len();
                        b.italics.push((s, e));
                    }
                }
                // A wikilink holds no other link: the innermost link ending is it.
                TagEnd::Link | TagEnd::Image if st.wiki.is_some() => {
                    let mut link = st.wiki_link.take();
                    if let (Some((t, false)), Some(b)) = (st.wiki.take(), st.cur.as_mut()) {
                        let e = b.text.len();
                        if e > t {
                            b.code.push((t, e));
                            if let (Some(l), Some(shown)) = (link.as_mut(), b.text.get(t..e)) {
                                l.text = shown.to_string();
                            }
                        }
                    }
                    st.p.links.extend(link);
                }
                TagEnd::Link | TagEnd::Image => st.end_link(range.end),
                _ => {}
            },
            Event::Text(t) => {
                if st.code_depth > 0
                    || st.skip_depth > 0
                    || st.swallow
                    || st.wiki.is_some_and(|w| w.1)
                {
                    continue;
                }
                if st.in_sup {
                    let before = st.cur.as_ref().map_or("", |b| b.text.as_str());
                    if super::exponent_base(before) {
                        // A power (`-(2<sup>7</sup>)`, not marker `(27)`): never a marker.
                        let s = before.len();
                        st.push_text(&t, src, range);
                        if let Some(b) = st.cur.as_mut() {
                            let e = b.text.len();
                            b.code.push((s, e));
                        }
                        continue;
                    }
                    let label = t.trim();
                    if let Some(sure) = super::sup_note_marker(label, before) {
                        st.marker_of(label.to_string(), range.start, sure);
                        continue;
                    }
                    // `<sup>2,3</sup>`, `<sup>5-7</sup>`: one marker per note, together.
                    if let Some(group) = super::sup_note_group(label) {
                        for l in group {
                            // (Numbers past 999 only where a note has them.)
                            let sure = l.len() <= 3;
                            st.marker_of(l, range.start, sure);
                        }
                        continue;
                    }
                }
                if st.carets
                    && (st.inline.is_some()
                        || st.power.is_some()
                        || memchr::memchr(b'^', t.as_bytes()).is_some())
                    && st.note.is_none()
                    && !st.in_sup
                    && src.get(range.clone()) == Some(&*t)
                {
                    st.text_with_notes(src, range);
                    continue;
                }
                st.push_text(&t, src, range);
            }
            Event::Code(t) => {
                if st.skip_depth > 0 {
                    continue;
                }
                let b = st.block(range.start);
                let s = b.text.len();
                b.push_mapped(&t, range.start);
                let e = b.text.len();
                b.code.push((s, e));
                b.touch(range.start, range.end);
                for (l, _) in st.texts_of_links() {
                    l.text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if st.group_stack.len() > 1 && st.lazy_line(src, range.start) {
                    continue;
                }
                if let Some(b) = st.cur.as_mut() {
                    // A plain line break is the source's own `\n`: copying it verbatim keeps
                    // the text→source map in one piece (most paragraphs need one segment).
                    if src.get(range.clone()) == Some("\n") {
                        b.push_verbatim("\n", range.start);
                    } else {
                        b.push_mapped("\n", range.start);
                    }
                }
                // A link's text wrapped over lines reads with a space there, as shown.
                for (l, _) in st.texts_of_links() {
                    l.text.push(' ');
                }
            }
            Event::FootnoteReference(label) => st.marker(label.into_string(), range.start),
            Event::InlineHtml(h) => st.html(&h, range.start, true),
            Event::Html(h) => match st.html_block.as_mut() {
                Some(hb) => {
                    hb.contiguous &= range.start == hb.next && src.get(range.clone()) == Some(&*h);
                    hb.next = range.end;
                    hb.lines.push((h.into_string(), range.start));
                }
                None => st.html(&h, range.start, false),
            },
            _ => {}
        }
    }
    if let Some(bx) = boxes {
        while let Some(c) = bx.list.get(st.next_box) {
            st.next_box += 1;
            st.read_container(bx, c);
        }
    }
    st
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: the body of a MyST admonition fence (```` ```{note} ````) is Markdown, but
    /// it was read as code: its links were none. A `{code-block}` stays code.
    #[test]
    fn myst_admonition_body_is_markdown() {
        let src =
            "# Setup\n\n````{warning}\n:class: dropdown\n\nRead [the limits](limits.md#quota) \
            first.\n\n```{tip}\nNested [tip link](tip.md).\n```\n````\n\n\
            ```{code-block} md\n[not a link](code.md)\n```\n\nAfter [outside](out.md).\n";
        let p = parse_whole(src);
        let got: Vec<(&str, usize)> = p.links.iter().map(|l| (l.raw.as_str(), l.offset)).collect();
        for (url, at) in [
            ("limits.md#quota", src.find("[the limits]")),
            ("out.md", src.find("[outside]")),
            ("tip.md", src.find("[tip link]")),
        ] {
            assert!(
                got.contains(&(url, at.unwrap_or_default())),
                "{url}: {got:?}"
            );
        }
        assert!(!got.iter().any(|(u, _)| u.contains("code.md")), "{got:?}");
    }

    /// Regression: a JSX component's `href` prop in MDX (`<LinkCard href="…" />`), or any
    /// element's but `<a>`'s in raw HTML, gave no link. Each is placed at its tag.
    #[test]
    fn href_of_any_element_is_a_link() {
        let src = "# Guide\n\n<DocCard label=\"Setup\" href=\"https://cards.example/setup\" />\n\n\
            Text with <Chip href='https://chips.example/x'>chip</Chip> inline.\n\n\
            - item\n\n  <Tile\n    href=\"https://tiles.example/t\" />\n\n\
            <pre><Fake href=\"https://pre.example/no\" /></pre>\n\n\
            <Link to=\"/docs/route\">route</Link>\n";
        let p = parse_whole(src);
        let got: Vec<(&str, usize)> = p.links.iter().map(|l| (l.raw.as_str(), l.offset)).collect();
        for (url, tag) in [
            ("https://cards.example/setup", "<DocCard"),
            ("https://chips.example/x", "<Chip"),
            ("https://tiles.example/t", "<Tile"),
        ] {
            let at = src.find(tag).unwrap_or_default();
            assert!(got.contains(&(url, at)), "{url} at {at}: {got:?}");
        }
        assert!(
            !got.iter()
                .any(|(u, _)| u.contains("pre.example") || u.contains("route")),
            "{got:?}"
        );
    }

    /// Targets named like notes give their label; ordinary anchors and back links give none.
    #[test]
    fn note_targets() {
        for (href, want) in [
            ("#fn1", Some("1")),
            ("#fn:note", Some("note")),
            ("#fn-okafor", Some("okafor")),
            ("#FN.2", Some("2")),
            ("#note12", Some("12")),
            ("#note-3", Some("3")),
            ("#en7", Some("7")),
            ("#footnote-†", Some("†")),
            ("#footnote-%E2%80%A0", Some("†")),
            ("#endnote_b", Some("b")),
            ("#cite_note-NYT-12", Some("NYT-12")),
            ("#user-content-fn-x", Some("x")),
            (" #fn1 ", Some("1")),
            ("#_ftn1", Some("1")),
            ("#_edn12", Some("edn12")),
            ("#ftnt3", Some("3")),
            ("#ftn2", Some("2")),
            ("#edn2", Some("edn2")),
            ("#sdfootnote1sym", Some("1")),
            ("#sdendnote4sym", Some("edn4")),
            ("#_footnotedef_2", Some("2")),
            ("#_ftnref1", None),
            ("#_ednref1", None),
            ("#ftnt_ref1", None),
            ("#sdfootnote1anc", None),
            ("#sdfootnote1", Some("1")),
            ("#_footnoteref_1", None),
            ("#_ftnote", None),
            ("#ftnt", None),
            ("#edna", None),
            ("#sdfootnotes", None),
            ("#fnref1", None),
            ("#fnref:1", None),
            ("#fn:ref", None),
            ("#user-content-fnref-1", None),
            ("#footnote-anchor-1", None),
            ("#footnote-anchor", None),
            ("#enumerations", None),
            ("#entity", None),
            ("#en-gb", None),
            ("#note-on-safety", None),
            ("#notes", None),
            ("#footnotes", None),
            ("#fnord", None),
            ("#fn-", None),
            ("#footnote-%FF", None),
            ("#fn:a-label-far-too-long-to-be-a-note", None),
            ("fn1", None),
            ("#", None),
            ("", None),
        ] {
            assert_eq!(note_href_label(href).as_deref(), want, "{href:?}");
        }
    }

    #[test]
    fn links_back_to_a_reference_name_its_note() {
        for (href, want) in [
            ("#fnref1", Some("1")),
            ("#fnref:2", Some("2")),
            ("#user-content-fnref-3", Some("3")),
            ("#footnote-anchor-4", Some("4")),
            ("#_ftnref5", Some("5")),
            ("#ftnt_ref6", Some("6")),
            ("#_footnoteref_7", Some("7")),
            ("#fnref8-2", Some("8")),
            ("#fnref:note", None),
            ("#fn1", None),
            ("#footnote-1", None),
            ("#fnref", None),
            ("fnref1", None),
        ] {
            assert_eq!(note_backref_label(href).as_deref(), want, "{href:?}");
        }
    }

    /// Regression: with pulldown-cmark's metadata option, a `---` break followed by text and,
    /// later, another `---` line hid everything between as "metadata": no quotes, no links.
    #[test]
    fn text_between_thematic_breaks_is_read() {
        let src = "Intro.\n\n---\nThe minister said “the ferry will run all winter long” at [the hearing](https://example.org/h).\n\nMore.\n---\n\nEnd.\n";
        let p = parse(src);
        assert!(p.blocks.iter().any(|b| b.text.contains("ferry will run")));
        assert_eq!(p.links.len(), 1);
        assert_eq!(front_matter_len(src), 0);
    }

    #[test]
    fn front_matter_at_the_start_is_skipped() {
        let src = "---\ntitle: “Not a quote at all here”\nurl: https://meta.example.org/\n---\n\nBody with [a link](https://example.org/b).\n";
        let fm = front_matter_len(src);
        assert_eq!(&src[fm..fm + 1], "\n");
        let p = parse(src);
        assert_eq!(p.links.len(), 1);
        assert_eq!(p.links[0].raw, "https://example.org/b");
        assert_eq!(p.links[0].offset, src.find("[a link]").unwrap_or(0));
        assert!(p.blocks.iter().all(|b| !b.text.contains("Not a quote")));
        // Not front matter: a blank first line, no closing line, not at the very start.
        for s in [
            "---\n\ntitle: x\n---\n",
            "---\ntitle: x\n",
            "\n---\ntitle: x\n---\n",
        ] {
            assert_eq!(front_matter_len(s), 0, "{s:?}");
        }
        assert_eq!(front_matter_len("---\na: b\n...\nrest"), 13);
        assert_eq!(front_matter_len("+++\ntitle = \"x\"\n+++\nrest"), 20);
        assert_eq!(front_matter_len("+++\ntitle = \"x\"\n---\nrest"), 0);
    }

    /// A large table is a block per cell, its room taken at once: regrowing the list of
    /// blocks cell by cell copied it again and again (about 540 bytes of memory per cell at
    /// its peak, for a 200-byte block).
    #[test]
    fn a_table_takes_room_for_its_cells_at_once() {
        let mut src = String::from("| Ferry | Port | Day | Note |\n|---|---|---|---|\n");
        for i in 0..3000 {
            src.push_str(&format!("| F{i} | Dover | Mon | late again |\n"));
        }
        let p = parse_whole(&src);
        assert_eq!(p.blocks.len(), 3001 * 4);
        assert!(
            p.blocks.capacity() <= p.blocks.len() + 16,
            "{} for {}",
            p.blocks.capacity(),
            p.blocks.len()
        );
        assert_eq!(p.blocks[4].text, "F0");
        assert_eq!(p.blocks[4].row, p.blocks[7].row);
    }
}
