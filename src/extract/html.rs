//! HTML front end: a byte tokenizer (`html_tok`) feeds a small model of the HTML
//! tree builder (open-element stack, implied end tags, implied `head`/`body`, reopened
//! formatting elements), whose opens and closes drive a walker that turns the document into
//! blocks, links (`a[href]`, `img[src]`, `iframe[src]`, `blockquote[cite]`, `q[cite]`),
//! explicit markers (`<sup>1</sup>`, `<a href="#fn1">`, and an in-page link inside `<sup>` or
//! with a footnote class, labelled by its target: `<a href="#okafor">`) and note definitions
//! (items of a `section.footnotes`-style list, any `li` whose id looks like a note, and a
//! `div`/`p`/`aside` with a footnote class or role, named by its id or, before its text, by
//! an inner element's note-like id). The footnote HTML of the common renderers and platforms
//! is pinned by a test (`footnote_html_of_common_renderers`). No tree is
//! built: that (html5ever's tree builder and its character-at-a-time tokenizer) cost more
//! than all the extraction on top of it.
//!
//! ## Positions
//! Positions are recovered by walking the source alongside the tokens with a forward-only
//! cursor ([`Locator`]): an element is matched to the next start tag in the source when the
//! names agree (otherwise it was implied, like `body`, and takes the cursor's position); a
//! text run is aligned character by character from the cursor, skipping end tags and
//! comments and decoding entities as it goes. Raw-text elements (`script`, `style`, `title`,
//! `textarea`, `noscript`) move the cursor past their end tag. The cursor only moves
//! forward, so the whole walk is linear and never points outside the input.
//!
//! Nothing recurses: the open elements are an explicit stack, so deeply nested documents
//! cannot overflow the call stack.

use std::ops::Range;
use std::sync::Arc;

use super::html_tok::{self, Raw};

/// A name and value.
type Attribute = (String, String);

use super::markdown::{note_href_label, note_target_label};

mod pipe;
use super::{bare_links, Block, BlockKind, Group, Marker, NoteDef, Parsed, RawLink};
use crate::model::LinkKind;

/// Elements that start and end a block of text.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "td",
    "th",
    "dt",
    "dd",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "table",
    "tr",
    "ul",
    "ol",
    "main",
    "body",
    "caption",
    "address",
    "details",
    "summary",
    "hr",
    "form",
    "fieldset",
    "dl",
    "center",
];

/// Elements whose text is never prose. (Ruby's readings, `rt`, and the brackets around them
/// for browsers without ruby, `rp`, are annotations of the text, not its words: thirty-ninth
/// session, where `国民<rt>こくみん</rt>` made a quotation read `国民こくみん`, a misquote.)
const SKIP_ELEMENTS: &[&str] = &[
    "head", "script", "style", "template", "noscript", "svg", "math", "pre", "textarea", "select",
    "button", "object", "rt", "rp",
];

const RAW_TEXT: &[&str] = &["script", "style", "title", "textarea", "noscript", "xmp"];

/// Where the walker's elements and text are in the source. The tokenizer reports where
/// each start tag and each piece of text was read from; the locator hands those positions
/// to the element or text the walk makes of them. (It used to find them again by scanning
/// the source behind the tree, which cost a fifth of parsing a page.)
pub struct Locator<'a> {
    src: &'a str,
    /// The end of what has been placed: after the last start tag taken or the last text.
    pub cursor: usize,
    /// The start tag being opened (its source range), until the element made of it takes it.
    tag: Option<Range<usize>>,
    /// The pieces of the text node being walked, and how much of it is placed.
    pieces: Vec<Piece>,
    placed: usize,
}

/// A piece of a text node: its range in the node's text and in the source.
#[derive(Clone)]
struct Piece {
    text: Range<usize>,
    src: Range<usize>,
    /// The text is the source range's bytes (else it stands for the whole range).
    verbatim: bool,
}

impl<'a> Locator<'a> {
    /// A locator at the start of `src`.
    #[must_use]
    pub fn new(src: &'a str) -> Self {
        Locator {
            src,
            cursor: 0,
            tag: None,
            pieces: Vec::new(),
            placed: 0,
        }
    }

    /// The start tag the tokenizer has just read, at `at` in the source.
    fn pending_tag(&mut self, at: Option<Range<usize>>) {
        self.tag = at;
    }

    /// The next text node: `pieces` (moved out; left empty), nothing of it placed yet.
    fn next_text(&mut self, pieces: &mut Vec<Piece>) {
        std::mem::swap(&mut self.pieces, pieces);
        pieces.clear();
        self.placed = 0;
    }

    /// Where the text node's unplaced text starts in the source (the cursor when none).
    fn text_start(&self) -> usize {
        self.pieces
            .iter()
            .find(|p| p.text.end > self.placed)
            .map_or(self.cursor, |p| {
                if p.verbatim {
                    p.src.start + self.placed.saturating_sub(p.text.start)
                } else {
                    p.src.start
                }
            })
    }

    /// Matches an element's start tag; returns its offset (the cursor when it was implied:
    /// no start tag of that name is being opened). The content of a `raw_text` element is
    /// passed over.
    pub fn start_tag(&mut self, name: &str, raw_text: bool) -> usize {
        let Some(tag) = self.tag.clone() else {
            return self.cursor;
        };
        let b = self.src.as_bytes();
        let named = b
            .get(tag.start + 1..tag.start + 1 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && b.get(tag.start + 1 + name.len())
                .is_none_or(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>');
        if !named {
            return self.cursor;
        }
        self.tag = None;
        self.cursor = tag.end.min(self.src.len());
        if raw_text {
            let close = format!("</{}", name.to_ascii_lowercase());
            let rest = self.src.get(self.cursor..).unwrap_or("");
            if let Some(e) = find_ci(rest, &close) {
                self.cursor += e;
            }
        }
        tag.start
    }

    /// Whether an `<a` comes before `close` in the next 512 bytes after the cursor (pandoc's
    /// `link-citations` put a link to the entry in a citation's `span`; the author–date
    /// reading then cites it by its words).
    fn links_before_close(&self, close: &str) -> bool {
        let end = (self.cursor + 512).min(self.src.len());
        let window = self.src.as_bytes().get(self.cursor..end).unwrap_or(&[]);
        let close_at = memchr::memmem::find(window, close.as_bytes()).unwrap_or(window.len());
        memchr::memmem::find(window.get(..close_at).unwrap_or(&[]), b"<a").is_some()
    }

    /// Whether the element just opened shows nothing but a reference number before `close`
    /// (`3`, `[3]`, `3–5`, `<sup>3</sup>`; read ahead at most 96 bytes, tags skipped): a
    /// link to a bibliography entry showing its number is a marker, one showing its authors
    /// and year (`Okafor 2021`) is read by its words.
    /// With `bracketed`, the number must be shown in square brackets (`[3]`).
    fn shows_number_before_close(&self, close: &str, bracketed: bool) -> bool {
        let end = (self.cursor + 96).min(self.src.len());
        let window = self.src.as_bytes().get(self.cursor..end).unwrap_or(&[]);
        let Some(close_at) = memchr::memmem::find(window, close.as_bytes()) else {
            return false;
        };
        let mut digits = 0;
        // The longest run of digits: a reference's number has at most three, a year four
        // (`Marrow and Okoye (<a role="doc-biblioref">2024, 3</a>)` is author–date).
        let (mut run, mut longest) = (0, 0);
        let mut in_tag = false;
        // The first and last characters shown, outside tags and blanks.
        let mut ends: Option<(u8, u8)> = None;
        for &c in window.get(..close_at).unwrap_or(&[]) {
            if !in_tag && c != b'<' && !c.is_ascii_whitespace() {
                ends = Some((ends.map_or(c, |e| e.0), c));
            }
            match c {
                b'<' => in_tag = true,
                b'>' => in_tag = false,
                _ if in_tag => {}
                b'0'..=b'9' => {
                    digits += 1;
                    run += 1;
                    longest = longest.max(run);
                    continue;
                }
                b'[' | b']' | b'(' | b')' | b',' | b'-' | b' ' | b'\t' | b'\n' | b'\r' => {}
                // An en dash (`3–5`): E2 80 93.
                0xE2 | 0x80 | 0x93 => {}
                _ => return false,
            }
            if !in_tag {
                run = 0;
            }
        }
        (1..=12).contains(&digits) && longest <= 3 && (!bracketed || ends == Some((b'[', b']')))
    }

    /// Whether the element just opened shows nothing but `label` before `close` (read ahead
    /// at most 32 bytes, no tag between), as a list shows a number: `1`, `1.`, `1)`, `[1]`,
    /// `(1)`.
    /// A bare number (`1`) is not enough: it may be the text's (`<span>1</span> January`).
    fn shows_label_before_close(&self, close: &str, label: &str) -> bool {
        !label.is_empty()
            && self
                .shown_label_before_close(close)
                .is_some_and(|(l, marked)| marked && l == label)
    }

    /// What the element just opened shows before `close` (read ahead at most 32 bytes, no
    /// tag between), as a list's label without its stop or brackets: `1` for `1.`, `1)`,
    /// `[1]` or `(1)`; and whether it had such a stop or brackets.
    fn shown_label_before_close(&self, close: &str) -> Option<(&'a str, bool)> {
        let end = (self.cursor + 32).min(self.src.len());
        let window = self.src.as_bytes().get(self.cursor..end).unwrap_or(&[]);
        let shown = memchr::memmem::find(window, close.as_bytes())
            .and_then(|k| window.get(..k))
            .and_then(|w| std::str::from_utf8(w).ok())?
            .trim();
        if shown.contains('<') {
            return None;
        }
        let inner = shown
            .strip_prefix('[')
            .and_then(|r| r.strip_suffix(']'))
            .or_else(|| shown.strip_prefix('(').and_then(|r| r.strip_suffix(')')))
            .unwrap_or_else(|| shown.strip_suffix(['.', ')']).unwrap_or(shown));
        Some((inner, inner.len() < shown.len()))
    }

    /// Whether a `]` follows the end tag `close` (`</a`) at the cursor, where the text of
    /// the element closing ends: `[<a href="#B1">1</a>]`.
    fn bracket_after_close(&self, close: &str) -> bool {
        let end = (self.cursor + 24).min(self.src.len());
        let window = self.src.as_bytes().get(self.cursor..end).unwrap_or(&[]);
        window
            .get(..close.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(close.as_bytes()))
            && window
                .iter()
                .position(|&c| c == b'>')
                .and_then(|g| window.get(g + 1))
                == Some(&b']')
    }

    /// Whether the element just opened shows nothing but a number in a `<sup>` before
    /// `close` (see [`Self::shows_number_before_close`]).
    fn shows_sup_number_before_close(&self, close: &str) -> bool {
        let end = (self.cursor + 96).min(self.src.len());
        let window = self.src.as_bytes().get(self.cursor..end).unwrap_or(&[]);
        memchr::memmem::find(window, close.as_bytes()).is_some_and(|c| {
            window
                .get(..c)
                .is_some_and(|w| w.windows(4).any(|s| s.eq_ignore_ascii_case(b"<sup")))
        }) && self.shows_number_before_close(close, false)
    }

    /// Places the next `text.len()` bytes of the text node (`text` is that part of it) in
    /// `block`, with their source positions.
    pub fn text(&mut self, text: &str, block: &mut Block) {
        let from = self.placed;
        let to = from + text.len();
        for p in &self.pieces {
            if p.text.end <= from || p.text.start >= to {
                continue;
            }
            let a = p.text.start.max(from);
            let z = p.text.end.min(to);
            let Some(piece) = text.get(a - from..z - from) else {
                continue;
            };
            if p.verbatim {
                block.push_verbatim(piece, p.src.start + (a - p.text.start));
                self.cursor = p.src.start + (z - p.text.start);
            } else {
                block.push_mapped(piece, p.src.start);
                self.cursor = p.src.end;
            }
        }
        self.placed = to;
    }
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    let hb = hay.as_bytes();
    let nb = needle.as_bytes();
    (0..hb.len().saturating_sub(n.saturating_sub(1)))
        .find(|&i| hb.get(i..i + n).is_some_and(|w| w.eq_ignore_ascii_case(nb)))
}

/// Whether a class name or an id names the article's authors or their affiliations: one of
/// its words (split at `-` and `_`) is `author`, `authors`, `byline`, `contrib` (JATS's
/// `contrib-group`), `contributors`, `affiliation(s)`, `affil`, `aff` (JATS's
/// `aff`, PubMed Central's `fm-affl`), or it is a header's `meta` box (`article-meta`, `entry-meta`, `post-meta`).
/// Springer's `c-article-author-list`, LaTeXML's `ltx_authors` and `ltx_role_affiliation`,
/// PubMed Central's `contrib-group` and `aff` all are (its present pages' `div.cg` and
/// `div#aip_a` too, on a paper's page: [`pmc_byline_name`]).
fn byline_name(t: &str) -> bool {
    const WORDS: &[&str] = &[
        "author",
        "authors",
        "byline",
        "contrib",
        "contribs",
        "contributor",
        "contributors",
        "affiliation",
        "affiliations",
        "affil",
        "affils",
        "aff",
        // PubMed Central's `div.fm-affl` under the authors' names.
        "affl",
    ];
    const META: &[&str] = &["meta", "article-meta", "entry-meta", "post-meta"];
    META.iter().any(|m| t.eq_ignore_ascii_case(m))
        || t.split(['-', '_'])
            .any(|w| WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// Whether a class name or an id is PubMed Central's present pages' box of the authors'
/// names, `div.cg` (its contributor group), or of their affiliations, `div#aip_a` (its
/// author information panel). Such short names mean something else on other sites (review,
/// sixty-second session: a story's `div.cg` lost its source link, its marker and its
/// quotation), so they count only on a paper's page, one declaring its DOI or PDF to
/// indexers (`citation_doi`, `citation_pdf_url`).
fn pmc_byline_name(t: &str) -> bool {
    t.eq_ignore_ascii_case("cg") || t.eq_ignore_ascii_case("aip_a")
}

/// Most blocks in a table row of data (see [`Walker::layout_row`]).
const LAYOUT_ROW_BLOCKS: usize = 12;

/// The stories a page holds one after another (`article` elements outside any other): a
/// news site's endless scrolling appends the next story, `h1` and all, after the one read
/// (held-out evaluation, thirty-ninth session: its misquote was reported as the article's).
/// A later story with an `h1` of its own, after one that had one, is page furniture: its
/// links stay links, its quotations are not the article's. A live blog's posts (headed
/// `h2`, `h3`) and articles nested in one are the article.
#[derive(Debug, Default)]
struct Stories {
    /// `article` elements open.
    depth: usize,
    /// Outermost ones opened so far.
    count: usize,
    /// The block the open outermost one started at.
    start: usize,
    /// The outermost one with the page's first `h1`.
    first_headed: Option<usize>,
    /// The open outermost one is another story.
    other: bool,
}

struct Frame {
    name: String,
    block: bool,
    italic: Option<usize>,
    link: Option<usize>,
    note: bool,
    group_root: bool,
    swallow: bool,
    sup: bool,
    skip: bool,
    ol: bool,
    figure: bool,
    figcaption: bool,
    /// The element is one note of a notes list (an `li`, or a `div`/`p`/`aside` marked as a
    /// footnote definition).
    note_item: bool,
    /// The element is a callout box (an `alert` or `admonition` class).
    callout: bool,
    /// The element is page chrome ([`Walker::chrome`]), surely or only if the page has an
    /// article ([`Walker::maybe_chrome`]).
    chrome: bool,
    maybe_chrome: bool,
    /// The element is a `footer` outside any quotation ([`Walker::site_footer`]).
    site_footer: bool,
    /// The element is a `footer` outside any quotation, figure or note ([`Walker::footer`]).
    footer: bool,
    /// The element is the page's content (`article`, `main`, `role="main"`).
    content: bool,
    /// The element is an `article` ([`Walker::stories`]).
    article: bool,
    /// The element is a footnote-reference link whose visible text is being kept
    /// ([`Walker::marker_text`]).
    capture: bool,
    /// The element is a paragraph in a quotation style ([`Walker::styled_quote`]).
    styled_quote: bool,
    /// For a block quotation nested in another: the outer one, open again when it closes.
    outer_group: Option<usize>,
    /// For a `sup`: how many markers the page had when it opened.
    sup_markers: usize,
    /// The element is a spec's citation of its bibliography, whose visible text is being
    /// kept: a word (`HTML`), not a number.
    biblio: bool,
    /// The element is LaTeXML's citation (`<cite class="ltx_cite">[<a>2</a>–<a>4</a>]`):
    /// its markers may be a range, like a `sup`'s.
    cite_group: bool,
    /// The element is a footnote's popup or hidden copy next to its marker
    /// ([`Walker::note_popup`]): nothing in it is read.
    popup: bool,
    /// The element is a block quotation's attribution after it ([`Walker::credit`]).
    credit: bool,
    /// The element is a block quotation's own attribution inside it (`<footer>`, `<cite>`),
    /// left out of its text ([`Walker::quote_credits`]).
    quote_credit: bool,
    /// The element is a LaTeXML footnote (`span.ltx_note`), or the mark shown for it in the
    /// text (`sup.ltx_note_mark`).
    ltx_note: bool,
    ltx_mark: bool,
    /// The element is a note written inside its paragraph ([`Walker::inline_note`]).
    inline_note: bool,
    /// The element is a quote admonition, a block quotation ([`Walker::quote_box`]).
    quote_box: bool,
    /// The element is an Asciidoctor verse block ([`Walker::verseblock`]).
    verse: bool,
    /// The element is an Asciidoctor quote block ([`Walker::quoteblock`]).
    quoteblock: bool,
    /// The element is a callout box's title (`p.admonition-title`), read as code is.
    box_title: bool,
    /// The element is a story's standfirst ([`standfirst_class`]), read as a heading.
    standfirst: bool,
    /// The element is a post's button ([`button_link`]): a block of its own, so that its
    /// region holds it even inside a sentence or a bar of buttons.
    button: bool,
    /// The element lists the authors or their affiliations ([`byline_name`]).
    byline: bool,
    /// How many blocks the page had when the element opened: whether a heading is the first
    /// block inside it.
    blocks_at: usize,
}

/// An open note definition.
struct NoteItem {
    /// Index of its [`NoteDef`] in the parsed notes; `None` while an element whose class
    /// alone is no proof (`div.footnote` is also a page's footer note) waits for a note-like
    /// id inside it, before its text, to become a note.
    def: Option<usize>,
    /// Where the element starts in the source.
    offset: usize,
    /// Its label came from an id (its own or, before any text, an inner element's); otherwise
    /// it is numbered in order and an inner id may still name it.
    labelled: bool,
    /// Visible text has been seen inside it.
    has_text: bool,
    /// A `div` taken for one note turned out to hold a list of them (an `li` opened before
    /// any text): it became a notes container instead.
    converted: bool,
}

impl NoteItem {
    /// The item of a note already defined and labelled (`def` indexes the parsed notes).
    fn labelled(def: usize, offset: usize) -> Self {
        NoteItem {
            def: Some(def),
            offset,
            labelled: true,
            has_text: false,
            converted: false,
        }
    }
}

/// An open `<figure>`: the block quotations in it and the links in its `<figcaption>`, which
/// cite them (`<figure><blockquote>…</blockquote><figcaption>… <a href>`, the usual way pages
/// credit a pulled quote).
#[derive(Default)]
struct Figure {
    groups: Vec<usize>,
    caption_links: Vec<usize>,
}

struct Walker<'a> {
    loc: Locator<'a>,
    p: Parsed,
    cur: Option<Block>,
    /// The length of the current block's text just after the line break a `<br>` last put
    /// there: a line break already ending the text at a `<br>` is the source's own (`…”⏎<br>—
    /// Name`) unless a `<br>` put it (`<br><br>`, a blank line).
    br_end: usize,
    /// The text buffer the next block is written into: grown once, reused by every block
    /// (each block's text is copied out at its exact size when it ends). A block's text
    /// grown from nothing was reallocated a dozen times on the walk's one thread.
    spare_text: String,
    /// The same for the block's source map (a block with links and inline elements has a
    /// dozen pieces: grown from nothing, three or four reallocations per block).
    spare_segs: Vec<super::Seg>,
    cur_refs: bool,
    kind_stack: Vec<(BlockKind, Option<String>)>,
    /// For each open `li`: how many blocks the page had when it opened (a block of its own
    /// after that is a further paragraph of the item, [`Block::item_cont`]).
    li_blocks: Vec<usize>,
    group: Option<usize>,
    note: Option<String>,
    note_count: usize,
    /// Notes opened by a bare `<sup>` starting a paragraph ([`Walker::sup_opens_note`]).
    sup_notes: usize,
    in_notes_container: usize,
    ol_counters: Vec<u64>,
    skip: usize,
    swallow: usize,
    sup: usize,
    /// Open `<q>` elements: a quotation inside a quotation is marked with single marks, as
    /// browsers render it (`“… ‘signed off’ …”`).
    q_depth: usize,
    code: usize,
    open_links: Vec<(usize, usize, usize)>, // (link index, block index, text start)
    figures: Vec<Figure>,
    figcaption: usize,
    note_items: Vec<NoteItem>,
    /// Open callout boxes: a block quotation inside one is part of the box, not a quotation.
    callout: usize,
    /// Ids of the `sup` elements and marker links seen outside notes: what a note's link back
    /// to its reference points to (`<sup id="fr-x-1">` and, in the note, `<a href="#fr-x-1">↩</a>`).
    ref_ids: std::collections::HashSet<String>,
    /// Open page-chrome elements (navigation, sidebars, comments, share bars, a pull quote):
    /// their blocks are [`Block::chrome`], unless the region turns out to be the page
    /// ([`ChromeRegions`]).
    chrome: usize,
    /// Every chrome element opened, the open ones, and the blocks and block quotations found
    /// in them: decided when the walk ends.
    regions: ChromeRegions,
    /// The innermost open chrome region when the block being built was started.
    cur_region: Option<usize>,
    /// Open `header`/`footer`/`aside` elements outside the content: chrome if the page has an
    /// `article` or `main` (a page without one is all content).
    maybe_chrome: usize,
    /// Open content elements (`article`, `main`, `role="main"`), and whether any was seen.
    content: usize,
    content_seen: bool,
    /// The block being built is chrome only if the page has content ([`Self::maybe_chrome`]);
    /// the blocks and block quotations found so.
    cur_maybe: bool,
    maybe_blocks: Vec<usize>,
    /// Open `footer` elements outside any block quotation or figure, the outermost one's
    /// number, and the blocks built in them with their footer's number: the site's footer
    /// even on a page with no `article` or `main` (a quotation's own `<footer>` credit is
    /// inside its `blockquote`; a post's `post-footer` is the post's), unless it holds a
    /// block quotation.
    site_footer: usize,
    footers_seen: usize,
    /// Open `footer` elements outside any block quotation, figure or note, wherever they
    /// are (an article's own by-line and canonical link too): their blocks are
    /// [`Block::footer`].
    footer: usize,
    cur_site_footer: Option<usize>,
    site_footer_blocks: Vec<(usize, usize)>,
    maybe_groups: Vec<usize>,
    /// Notes' element ids and their labels, where they differ (`<li id="api_fn-1">` in a
    /// notes list is note `1`).
    note_ids: std::collections::HashMap<String, String>,
    /// Markers labelled by their target's id as it stands (`#api_fn-1`): relabelled with the
    /// note of that id, if any, once the walk ends.
    by_id_markers: Vec<usize>,
    /// The fragments footnote-reference links point to, and their labels: an element with
    /// that id (or an `a` with that name) outside any note is where the note is, whatever
    /// its markup (Word's `<a name="_ftn1">`, Google Docs' `<a id="ftnt1">`, LibreOffice's
    /// `<div id="sdfootnote1">`, Asciidoctor's `<div id="_footnotedef_1">`).
    marker_targets: std::collections::HashMap<String, String>,
    /// The labels of those links (an element whose id is named like a note with one of them
    /// is that note: Word's `<div id="ftn1">` for `href="#_ftn1"`).
    marker_labels: std::collections::HashSet<String>,
    /// An inline element started a note at the start of a block: the enclosing block element
    /// is the note ([`SinkState::push`] marks its frame).
    retro_note: bool,
    /// A heading just closed names a related-stories list, a reader-comments section or
    /// another teaser box ([`teaser_heading`]) and is block `n`: the element it opens becomes
    /// page chrome ([`SinkState::pop`], [`Walker::chrome_from_heading`]).
    retro_chrome: Option<usize>,
    /// A link back to the reference was dropped at the start of a note: what follows it up to
    /// the note's text is the rest of its number (`1</a>. Text`, `[<a>1</a>]`).
    lead_trim: bool,
    /// What footnote-reference links show, as labels (marker index, label: empty for the
    /// marker's own label, `None` for no label), and the text of the one being read; see
    /// [`relabel_by_visible_text`].
    marker_text: Vec<(usize, Option<String>)>,
    /// The markers (indices, ascending) whose links show their label in square brackets
    /// (`[1]`): named `[1]` where `1` is another note's (see [`relabel_by_visible_text`]).
    bracketed_shown: Vec<usize>,
    /// Those of them with the brackets around the link, `[<a …>1</a>]` (ascending): the
    /// brackets are the marker's, not words of the sentence.
    bracketed_around: Vec<usize>,
    /// Notes named by an id whose number their list shows at their start: (label, number).
    shown_numbers: Vec<(String, String)>,
    capturing: bool,
    capture_buf: String,
    /// The block quotation the last paragraph in a quotation style made, and the number of
    /// blocks when it ended: the next such paragraph, right after it, continues it.
    styled_quote: Option<(usize, usize)>,
    /// Markers made from in-page links: (marker index, the link's target id hashed, its
    /// `href`). One whose target is an element of the page that is no note (a heading, a
    /// notes section's own heading) is a link within the page, not a marker.
    link_markers: Vec<(usize, u64, String)>,
    /// The numbers of LaTeXML bibliography entries named `[n]` because a footnote is `n`.
    latexml_bracketed: Vec<String>,
    /// Links within the page outside notes: one shown as `[WIRTH76]` whose target turns out
    /// to be a citation entry is a marker (Sphinx's `a.reference.internal`).
    in_page_links: Vec<usize>,
    /// Tufte CSS sidenotes numbered so far, and the label of the one whose number was just
    /// shown.
    sidenotes: usize,
    pending_sidenote: Option<String>,
    /// The label of a note whose number a `dt` showed: its `dd` is the note.
    dt_note: Option<String>,
    /// The open block quotation is a `blockquote` (not a paragraph in a quotation style).
    quote_root: bool,
    /// The open table rows (`<tr>`): source offset (the innermost is the blocks' row), the
    /// first block index in it, and the index just past its last block so far (rows without
    /// `</tr>` nest; bounding each row's blocks keeps [`Walker::layout_row`] linear).
    rows: Vec<(usize, usize, usize)>,
    /// For each open `<table>`: how many blocks the page had when it opened (a superscript
    /// opening a note in a cell answers a marker in the same table, [`Walker::sup_opens_note`]).
    tables: Vec<usize>,
    /// For each open `<table>`: whether it is a table of figures with notes of its own (a
    /// `<tfoot>`, [`own_table_notes`]): its bare superscript numbers are its notes' markers
    /// and its notes, not the article's.
    table_notes: Vec<bool>,
    /// Element ids seen in notes and elsewhere, hashed.
    note_ids_seen: std::collections::HashSet<u64>,
    other_ids_seen: std::collections::HashSet<u64>,
    /// Google Docs' classes whose rule indents a paragraph ([`gdocs_classes`]): such a
    /// paragraph is a block quotation. Empty for any other page.
    indent_classes: std::collections::HashSet<String>,
    /// Google Docs' classes whose rule sets text in italics ([`gdocs_classes`]): a `span` of
    /// such a class is italic, as `<i>` is (a note's book title). Empty for any other page.
    italic_classes: std::collections::HashSet<String>,
    /// Paragraphs (`p` outside notes) opened, when [`Self::indent_classes`] is not empty, and
    /// how many of them were indented.
    paragraphs: usize,
    indented: usize,
    /// The block quotations opened by indented paragraphs.
    indent_groups: Vec<usize>,
    /// The block quotations in Ghost's alternative style (`blockquote.kg-blockquote-alt`),
    /// which Ghost's writers set as pull quotes (see [`repeated_block_quotes`]).
    alt_quotes: Vec<usize>,
    /// The page is tex4ht's or make4ht's (its generator says so, or its paragraphs have
    /// tex4ht's `noindent` class): a `div.quote` is then LaTeX's quotation.
    tex4ht: bool,
    /// The page's stories: `article` elements outside any other, each with a heading
    /// `h1` of its own (see [`Stories`]).
    stories: Stories,
    /// Two footnote links in one `<sup>` joined by a dash (`<a>7</a>–<a>9</a>`): the indices
    /// of both markers, expanded to the notes between once labels are settled.
    sup_ranges: Vec<(usize, usize)>,
    /// Open footnote popups ([`Frame::popup`]).
    popup: usize,
    /// Open attributions of a block quotation outside it (Asciidoctor's `<div
    /// class="attribution">` after its `blockquote`), and whether the block being built is in
    /// one: its links cite the quotation before it.
    credit: usize,
    cur_credit: bool,
    /// Open attributions inside a block quotation ([`Frame::quote_credit`]): each swallows
    /// its text, but a note marker's link in it still shows its label (`<cite>Council
    /// release<sup><a href="#cite_note-x-1">[1]</a></sup></cite>` names note `1`).
    quote_credits: usize,
    /// Open LaTeXML footnotes (`span.ltx_note`), the label its id gives or its mark showed,
    /// where the mark being read started, and whether the mark was read (its marker made).
    ltx_note: usize,
    ltx_label: Option<String>,
    ltx_mark_at: usize,
    ltx_marked: bool,
    /// A note written inside its paragraph (a LaTeXML footnote, a Tufte sidenote) is open,
    /// and the blocks it made: they are moved after all others when the walk ends, as if
    /// written at the page's end, so the paragraphs around them stay neighbours.
    inline_note: usize,
    inline_note_blocks: Vec<usize>,
    /// After such a note: the paragraph it interrupted (its block index) and how many links
    /// and markers there were; the paragraph's text after the note joins that block again.
    rejoin: Option<(usize, usize, usize)>,
    /// While such a note is read: the block index of the paragraph it interrupted.
    rejoin_target: Option<usize>,
    /// The block quotation of the open quote admonition (MkDocs Material's `div.admonition.
    /// quote`), whose title paragraph is outside it, and the number of blocks when it opened.
    quote_box: Option<(usize, usize)>,
    /// Open Asciidoctor verse blocks: the `pre.content` in one is the verse quoted.
    verseblock: usize,
    /// Open Asciidoctor quote blocks (`div.quoteblock`): a `div.attribution` in one, or in a
    /// verse block, is the quotation's credit.
    quoteblock: usize,
    /// Open elements listing the article's authors or their affiliations ([`byline_name`]):
    /// a superscript in one numbers an affiliation, no note.
    byline: usize,
}

/// Whether an inline `style` hides its element from every reader (`display: none`,
/// `visibility: hidden`, Outlook's `mso-hide: all`), as e-mails hide their preheader.
fn style_hides(style: &str) -> bool {
    // Most styles say none of it: only those holding the words are looked at closely.
    if !(super::contains_ignore_ascii_case(style, "none")
        || super::contains_ignore_ascii_case(style, "hidden")
        || super::contains_ignore_ascii_case(style, "mso-hide"))
    {
        return false;
    }
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden") || s.contains("mso-hide:all")
}

/// Whether an inline `style` hides its element as an e-mail hides its preheader (the line an
/// inbox shows beside the subject): Outlook's `mso-hide: all`, or `display: none` /
/// `visibility: hidden` with the box shrunk to nothing (`max-height: 0`, `font-size: 0`,
/// `opacity: 0`, `line-height: 0`). `display: none` alone is how a page collapses a panel a
/// click opens.
fn preheader_style(style: &str) -> bool {
    if !style_hides(style) {
        return false;
    }
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("mso-hide:all")
        || ["max-height:0", "font-size:0", "opacity:0", "line-height:0"]
            .iter()
            .any(|p| s.contains(p))
}

/// Dashes that open an attribution (`— Name`, `― Name`).
const DASHES: &[char] = &['—', '―'];

/// Where an attribution starts in a block quotation's last paragraph: at its start (`— Name`)
/// or after the quotation's last sentence (Medium's `“…” — a ward sister in Leeds`): a dash
/// (an em dash or horizontal bar, or an en dash or `--` with spaces around) followed by a
/// short phrase, at most twelve words, that is no sentence.
pub(super) fn attribution_start(text: &str) -> Option<usize> {
    let lead = text.len() - text.trim_start().len();
    // The attribution after a dash at `i`, if it is one.
    let at = |i: usize| -> Option<usize> {
        let rest = text.get(i..)?;
        let c = rest.chars().next()?;
        let dash_len = if DASHES.contains(&c) {
            c.len_utf8()
        } else if (c == '–' || rest.starts_with("--"))
            && (i == lead || text.get(..i).is_some_and(|b| b.ends_with(' ')))
        {
            if c == '–' {
                c.len_utf8()
            } else {
                2
            }
        } else {
            return None;
        };
        let before = text.get(..i).unwrap_or("").trim_end();
        let after = rest.get(dash_len..).unwrap_or("").trim();
        let after_quote = before.ends_with(['”', '"', '’', '»']);
        let ends_sentence =
            before.is_empty() || after_quote || before.ends_with(['.', '!', '?', '…']);
        let words = after.split_whitespace().count();
        // A work's title in marks closing the credit (`— Jun Ito, in “The Maintainer
        // Tax”`): the credit is the name before it.
        let named = titled_credit(after).unwrap_or(after);
        // After a quotation's closing mark (`“Quiet.” — a ward sister`) a dash credits it;
        // elsewhere what follows must read as a credit, not dialogue or verse.
        // Who said it, then where it was quoted (`— A registrar, quoted in the journal's
        // piece that first reported the reversal.`): a credit however its words run.
        let quoted_in = after
            .split_once(", quoted in ")
            .is_some_and(|(who, _)| (1..=6).contains(&who.split_whitespace().count()));
        let most = if quoted_in { 20 } else { 12 };
        let phrase = (1..=most).contains(&words)
            && !named.is_empty()
            && !named.contains(['!', '?', '“', '"'])
            && !ends_a_sentence_inside(named.trim_end_matches(['.', ')']))
            && (after_quote || quoted_in || super::quotes::reads_as_credit(named));
        (ends_sentence && phrase).then_some(if before.is_empty() { 0 } else { i })
    };
    if let Some(k) = at(lead) {
        return Some(k);
    }
    // Twelve words fit in the last 300 bytes: a bounded window, as each dash reads the rest.
    let mut from = text.len().saturating_sub(300).max(lead + 1);
    while from < text.len() && !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..)?
        .char_indices()
        .filter(|&(_, c)| DASHES.contains(&c) || c == '–' || c == '-')
        .find_map(|(i, _)| at(from + i))
}

/// The name in a credit that closes with a work's title in quotation marks (`Jun Ito, in
/// “The Maintainer Tax”`, `Ada Quill, "Harbour Notes"`): the text before `, in`, ` in` or
/// `,` and the marks; `None` when the credit does not end so.
fn titled_credit(credit: &str) -> Option<&str> {
    let t = credit.trim_end().trim_end_matches(['.', ',']);
    let close = t.strip_suffix(['”', '"'])?;
    let (open, mark) = close
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '“' | '"'))?;
    let title = close.get(open + mark.len_utf8()..)?;
    if title.trim().is_empty() || title.contains(['“', '”', '"']) {
        return None;
    }
    let head = close.get(..open)?.trim_end();
    let name = head
        .strip_suffix(", in")
        .or_else(|| head.strip_suffix(" in"))
        .or_else(|| head.strip_suffix(','))?;
    Some(name.trim_end())
}

/// Whether a credit holds a full stop that ends a sentence, not one of a title or an initial
/// (`Dr. Anneke Visser`, `J. R. Okafor`, `St. Ives`): a credit is one phrase.
fn ends_a_sentence_inside(credit: &str) -> bool {
    credit.split_whitespace().any(|w| {
        let Some(stem) = w.strip_suffix('.') else {
            // `U.S.` and `p.3` hold their dots inside: not a sentence's end.
            return false;
        };
        let stem = stem.trim_start_matches('(');
        let initial = stem.chars().count() == 1 && stem.chars().all(char::is_uppercase);
        let dotted = stem.contains('.');
        stem.is_empty()
            || !(initial
                || dotted
                || super::is_title_abbreviation(stem)
                || matches!(stem, "ed" | "eds"))
    })
}

/// A line naming where a block quotation comes from: `Source: <a>…</a>`, `Via: …`,
/// `Credit: …` (a short line).
pub(super) fn source_line(text: &str) -> bool {
    let t = text.trim_start();
    ["source:", "sources:", "via:", "credit:"]
        .iter()
        .any(|p| super::starts_with_ignore_ascii_case(t, p))
        && t.split_whitespace().count() <= 20
}

/// The part `from..to` of a block's text as a block of its own, with its source map, italics
/// and code ranges.
fn slice_block(b: &Block, from: usize, to: usize) -> Block {
    let mut out = Block::new(b.kind, b.src_of(from));
    for (si, seg) in b.segs.iter().enumerate() {
        let end = b.segs.get(si + 1).map_or(b.text.len(), |s| s.text).min(to);
        let start = seg.text.max(from);
        if start >= end {
            continue;
        }
        let Some(piece) = b.text.get(start..end) else {
            continue;
        };
        if seg.verbatim {
            out.push_verbatim(piece, seg.src + (start - seg.text));
        } else {
            out.push_mapped(piece, seg.src);
        }
    }
    let clip = |v: &[(usize, usize)]| -> Vec<(usize, usize)> {
        v.iter()
            .filter(|&&(s, e)| e > from && s < to)
            .map(|&(s, e)| (s.max(from) - from, e.min(to) - from))
            .collect()
    };
    out.italics = clip(&b.italics);
    out.code = clip(&b.code);
    out.group = b.group;
    out.note.clone_from(&b.note);
    out.item_label.clone_from(&b.item_label);
    out.chrome = b.chrome;
    out.furniture = b.furniture;
    out.footer = b.footer;
    out.row = b.row;
    out
}

/// Moves the spans of links and markers in block `bi` from text offset `from` on to block
/// `to_bi`, `from` becoming its start; those before `from` are kept where they are.
fn move_spans(p: &mut Parsed, bi: usize, from: usize, to_bi: usize) {
    let shift = |span: &mut Option<(usize, usize, usize)>| match *span {
        Some((b, t, e)) if b == bi && t >= from => {
            *span = Some((to_bi, t - from, e.saturating_sub(from)));
            true
        }
        _ => false,
    };
    for l in p.links.iter_mut().rev() {
        if l.span.is_some_and(|s| s.0 < bi) {
            break;
        }
        shift(&mut l.span);
    }
    for m in p.markers.iter_mut().rev() {
        if m.span.is_some_and(|s| s.0 < bi) {
            break;
        }
        shift(&mut m.span);
    }
}

/// Whether a paragraph is one quotation from its first character to its last (`“…”`, `"…".`),
/// with no closing mark before its end.
/// The quotation's text inside its marks, as a range of `text`.
pub(super) fn wholly_quoted(text: &str) -> Option<(usize, usize)> {
    let lead = text.len() - text.trim_start().len();
    let t = text.trim().trim_end_matches(['.', ',']);
    let (open, close) = enclosing_marks(t)?;
    let inner = t.get(open.len_utf8()..)?.strip_suffix(close)?;
    (!inner.trim().is_empty() && !inner.contains(close)).then(|| {
        let from = lead + open.len_utf8();
        (from, from + inner.len())
    })
}

/// The pair of quotation marks `t` opens with and ends with, as the languages pair them:
/// English `“…”`, French `«…»`, German `„…“` and `»…«`, Polish `„…”`, Swedish and Finnish
/// `”…”` and `»…»`, Japanese `「…」`.
pub(super) fn enclosing_marks(t: &str) -> Option<(char, char)> {
    const PAIRS: [(char, char); 9] = [
        ('“', '”'),
        ('"', '"'),
        ('«', '»'),
        ('„', '“'),
        ('„', '”'),
        ('»', '«'),
        ('»', '»'),
        ('”', '”'),
        ('「', '」'),
    ];
    let first = t.chars().next()?;
    let last = t.chars().next_back()?;
    PAIRS.iter().find(|p| p.0 == first && p.1 == last).copied()
}

/// The outermost block quotation holding `g` (a credit after a nest of quotations credits
/// the whole nest; the inner ones take its citations).
pub(super) fn root_group(groups: &[super::Group], mut g: usize) -> usize {
    for _ in 0..64 {
        match groups.get(g).and_then(|x| x.parent) {
            Some(parent) => g = parent,
            None => break,
        }
    }
    g
}

/// Makes the links of block `bi` from text offset `from` on cite block quotation `g`.
pub(super) fn cite_group_from(links: &mut [RawLink], bi: usize, from: usize, g: usize) {
    cite_group_within(links, bi, from, usize::MAX, g);
}

/// Makes the links of block `bi` starting in text offsets `from..to` cite block quotation
/// `g`.
pub(super) fn cite_group_within(
    links: &mut [RawLink],
    bi: usize,
    from: usize,
    to: usize,
    g: usize,
) {
    for l in links.iter_mut().rev() {
        match l.span {
            Some((b, t, _)) if b == bi && t >= from && t < to && l.kind == LinkKind::Link => {
                l.group = Some(g);
            }
            Some((b, _, _)) if b == bi => {}
            Some((b, _, _)) if b < bi => break,
            _ => {}
        }
    }
}

/// Whether the `<table>` whose start tag is at byte `at` of `src` has notes of its own: a
/// `<tfoot>` before its end (a nested table stops the look; a few hundred kilobytes at
/// most are read).
fn own_table_notes(src: &str, at: usize) -> bool {
    let b = src.as_bytes();
    let Some(rest) = b.get(at + 1..(at + 1 + 300_000).min(b.len())) else {
        return false;
    };
    let mut from = 0;
    while let Some(k) = memchr::memchr(b'<', rest.get(from..).unwrap_or(&[])) {
        let tag = rest.get(from + k + 1..).unwrap_or(&[]);
        let is = |name: &[u8]| {
            tag.get(..name.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(name))
                && tag
                    .get(name.len())
                    .is_some_and(|c| !c.is_ascii_alphanumeric())
        };
        if is(b"tfoot") {
            return true;
        }
        if is(b"/table") || is(b"table") {
            return false;
        }
        from += k + 1;
    }
    false
}

/// An id hashed, for [`Walker::link_markers`].
fn id_hash(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

/// The page-chrome elements of a page (navigation, sidebars, comments: see [`chrome_name`]),
/// in the order they open, and what was found in them. A region is decided when the walk
/// ends: one that holds most of the page's text and wraps its content (its first `article` or
/// `main`, or the page has none) is the page laid out under a misleading name (`<div
/// role="navigation">` around everything, a theme's `<div class="sidebar-layout">`), not
/// furniture; its blocks are content unless a real region inside it holds them. An embedded
/// post ([`embed_class`]) wraps nothing but the post: it is furniture whatever it holds (a
/// tweet in a Markdown file's HTML block is all of that block's text).
#[derive(Default)]
struct ChromeRegions {
    /// Each region's enclosing region.
    parent: Vec<Option<usize>>,
    /// Each region is furniture whatever its size (an embedded post).
    sure: Vec<bool>,
    /// Each region is an embedded post or link card the article's writer set in the text:
    /// its quotations are not the article's, but its links are (a deleted post's status
    /// link, a bookmark card to a source); no page furniture (see [`Block::furniture`]).
    embed: Vec<bool>,
    /// Each region was opened inside the article's content (`article`, `main`).
    in_content: Vec<bool>,
    /// Each region was opened in the page's content after its story ([`Walker::in_story`]
    /// false): a box after the `article` of a page without a headline is the site's, as one
    /// after a headed story's is.
    after_story: Vec<bool>,
    /// Each region is a button sharing the article on a network it names
    /// ([`share_button`]): its links post or mail the article (Jetpack's `?share=twitter`),
    /// never a source, so it is page furniture even inside the story.
    share: Vec<bool>,
    /// Each region was opened inside an `article` element.
    in_story: Vec<bool>,
    /// Each region is the site's box whatever it stands in, its links too: breadcrumbs, a
    /// newsletter's sign-up box ([`site_box_class`]). Inside the story as well: no
    /// citation stands in one.
    site_box: Vec<bool>,
    /// Each region is an `aside` (or `role="complementary"`), or its class names other
    /// stories (`related-news`, `post-recommendations`: [`related_class`]): headed by a
    /// heading naming other stories ([`related_heading`]), it is a box of teasers, the
    /// site's even inside the story's `main` (see [`ChromeRegions::settle`]).
    teaser_box: Vec<bool>,
    /// Each region is named for readers' comments ([`comment_class`]): after the story, with
    /// none of it after them, its links are the site's (see [`ChromeRegions::settle`]).
    talk: Vec<bool>,
    /// Each region is named for a list of readers' comments, not one post
    /// ([`comments_list_class`]: `comments-area`, `comment-list`, `commentlist`): never a
    /// thread's opening post.
    talk_list: Vec<bool>,
    /// Each region is a paywall's box or a membership or donation appeal
    /// ([`appeal_box_class`]): the site's wherever it stands while it holds no more than
    /// [`APPEAL_TEXT`] bytes of text.
    appeal_box: Vec<bool>,
    /// For each entry of `blocks`: the block was built in the page's content.
    block_content: Vec<bool>,
    /// The last block built in the content outside any region, and the first such that is
    /// no heading.
    last_plain: Option<usize>,
    first_prose: Option<usize>,
    /// The bytes of text of the content's blocks of prose (no heading) outside any region:
    /// a thread page's story is its opening post when this is only a line.
    plain_prose: usize,
    /// The page has an `article` element (set when the walk ends).
    articles_seen: bool,
    /// An `article` holds the page's first `h1`: the story is that `article` (set when the
    /// walk ends).
    story_headed: bool,
    /// Each region holds the page's `main` element, or the first `h1` in its content: a
    /// layout wrapper under a misleading name (WordPress Genesis'
    /// `content-sidebar-wrap` around `main`, a theme's `content-nav-wrapper` inside it
    /// around the story), never furniture by that name. The text rule below missed one
    /// around a short story under a long menu, and one inside `main`: the whole article
    /// was furniture (its quotations lost, and a live article's links unchecked).
    wrapper: Vec<bool>,
    /// The page's first `main` and first headline in content have been seen.
    main_seen: bool,
    headline_seen: bool,
    /// The open regions, innermost last.
    open: Vec<usize>,
    /// Blocks in regions: (block index, innermost region).
    blocks: Vec<(usize, usize)>,
    /// Block quotations opened in regions: (group index, innermost region).
    groups: Vec<(usize, usize)>,
    /// The innermost region open when the page's first content element (`article`, `main`,
    /// `role="main"`) opened, if one did.
    first_content: Option<Option<usize>>,
}

/// The most text (bytes) of prose a thread page holds outside its posts: a line saying who
/// opened the thread and when (GitHub's `… opened this issue on …`), never a story.
const THREAD_PROSE: usize = 160;

impl ChromeRegions {
    /// The regions of a thread page's opening post, by region: the first region in the
    /// content named for comments ([`comment_class`]), and the regions named so inside it,
    /// when the content outside every region holds no story of its own (no more than
    /// [`THREAD_PROSE`] bytes of prose) and the post holds more. A GitHub issue is its first
    /// comment (`div.js-comment-container` around `div.comment-body`), a forum thread its
    /// first post: its quotations are the page's own; the replies after it stay readers'
    /// comments. `first` is each region's first block, `text` its bytes of text.
    fn opening_post(&self, first: &[Option<usize>], text: &[usize], prose: usize) -> Vec<bool> {
        let n = self.parent.len();
        let mut opening = vec![false; n];
        if prose > THREAD_PROSE {
            return opening;
        }
        let talk = |r: usize| self.talk.get(r).copied().unwrap_or(false);
        let under = |mut r: usize, pred: &dyn Fn(usize) -> bool| {
            while let Some(&Some(up)) = self.parent.get(r) {
                if pred(up) {
                    return true;
                }
                r = up;
            }
            false
        };
        // The outermost comment region in the content holding the earliest block.
        let post = (0..n)
            .filter(|&r| {
                talk(r) && self.in_content.get(r).copied().unwrap_or(false) && !under(r, &talk)
            })
            .filter_map(|r| first.get(r).copied().flatten().map(|f| (f, r)))
            .min()
            .map(|(_, r)| r);
        let Some(post) = post.filter(|&r| !self.talk_list.get(r).copied().unwrap_or(false)) else {
            return opening;
        };
        if text.get(post).is_none_or(|&t| t <= prose) {
            return opening;
        }
        for (r, o) in opening.iter_mut().enumerate() {
            *o = talk(r) && (r == post || under(r, &|u| u == post));
        }
        opening
    }

    /// Decides every region and marks the blocks and block quotations of the live ones.
    fn settle(&self, p: &mut Parsed) {
        let n = self.parent.len();
        if n == 0 {
            return;
        }
        let mut text = vec![0usize; n];
        for &(bi, r) in &self.blocks {
            if let (Some(b), Some(t)) = (p.blocks.get(bi), text.get_mut(r)) {
                *t += b.text.len();
            }
        }
        // Children open after their parents: summing from the last adds each region's text
        // to every region around it.
        for r in (0..n).rev() {
            if let (Some(&Some(up)), Some(&t)) = (self.parent.get(r), text.get(r)) {
                if let Some(u) = text.get_mut(up) {
                    *u += t;
                }
            }
        }
        let total: usize = p.blocks.iter().map(|b| b.text.len()).sum();
        // The regions around the first content element.
        let mut wraps_content = vec![self.first_content.is_none(); n];
        if let Some(Some(mut r)) = self.first_content {
            while let Some(w) = wraps_content.get_mut(r) {
                *w = true;
                match self.parent.get(r) {
                    Some(&Some(up)) => r = up,
                    _ => break,
                }
            }
        }
        // A region is live if it is furniture or lies in furniture; page furniture if it is
        // so other than as an embedded post, or lies in such furniture.
        let mut live = vec![true; n];
        let mut furniture = vec![true; n];
        // A box of the site's whose first block is a heading saying so: a box of teasers
        // (`Related news`, `Related content`, GOV.UK's `aside.gem-c-related-navigation`, a
        // university's `aside.related-news` in `main`), a page's feedback box (`Is this page
        // useful?`). Its links are the site's even inside the story: an `aside` under a
        // sources heading, or a `related` box with no such heading, stays the article's.
        // The first block in each region or a region inside it (a heading may be a region
        // of its own: `h2.gem-c-related-navigation__main-heading`).
        let mut first = vec![None; n];
        for &(bi, r) in &self.blocks {
            let mut at = Some(r);
            while let Some(f @ None) = at.and_then(|r| first.get_mut(r)) {
                *f = Some(bi);
                at = at.and_then(|r| self.parent.get(r).copied().flatten());
            }
        }
        let headed_site = |r: usize| {
            first
                .get(r)
                .copied()
                .flatten()
                .and_then(|bi| p.blocks.get(bi))
                .is_some_and(|b| {
                    b.kind == BlockKind::Heading
                        && (feedback_heading(&b.text)
                            || author_heading(&b.text)
                            || (self.teaser_box.get(r).copied().unwrap_or(false)
                                && related_heading(&b.text)))
                })
        };
        // A paywall's or an appeal's box is the site's only while it is a box: one holding
        // pages of text is the story itself under a paywall's name (`div.paywall` around the
        // subscribers' part), whose quotations and links stay as they were.
        let site: Vec<bool> = (0..n)
            .map(|r| {
                self.site_box.get(r).copied().unwrap_or(false)
                    || headed_site(r)
                    || (self.appeal_box.get(r).copied().unwrap_or(false)
                        && text.get(r).is_some_and(|&t| t <= APPEAL_TEXT))
            })
            .collect();
        let up = |v: &[bool], r: usize| {
            self.parent
                .get(r)
                .copied()
                .flatten()
                .and_then(|u| v.get(u).copied())
                .unwrap_or(false)
        };
        // A region of the site's by its own name (not a layout wrapper around the story).
        let own_name = |r: usize| {
            self.sure.get(r).copied().unwrap_or(false)
                || !(self.wrapper.get(r).copied().unwrap_or(false)
                    || (wraps_content.get(r).copied().unwrap_or(false)
                        && text.get(r).is_some_and(|&t| t * 2 > total)))
        };
        // The story's prose: outside every region, or inside only layout wrappers (a theme's
        // `content-sidebar-wrap` around `main`), never in a box named for comments (review
        // of the sixty-fifth session: a story inside a wrapper counted as no prose at all).
        let mut prose = self.plain_prose;
        for (&(bi, r), &in_content) in self.blocks.iter().zip(&self.block_content) {
            let mut at = Some(r);
            let mut story = in_content;
            while let (true, Some(u)) = (story, at) {
                story = !own_name(u) && !self.talk.get(u).copied().unwrap_or(false);
                at = self.parent.get(u).copied().flatten();
            }
            if story {
                if let Some(b) = p.blocks.get(bi).filter(|b| b.kind != BlockKind::Heading) {
                    prose += b.text.trim().len();
                }
            }
        }
        let opening = self.opening_post(&first, &text, prose);
        let mut own = vec![false; n];
        for r in 0..n {
            let o = !opening.get(r).copied().unwrap_or(false) && own_name(r);
            let live_up = up(&live, r);
            if let Some(l) = live.get_mut(r) {
                *l = o || live_up;
            }
            if let Some(x) = own.get_mut(r) {
                *x = o;
            }
        }
        // The content's last block that is no furniture, and its first of prose (no
        // heading): readers' comments come after the story, and nothing of it after them.
        let (mut last_plain, mut first_prose) = (self.last_plain, self.first_prose);
        for (&(bi, r), &in_content) in self.blocks.iter().zip(&self.block_content) {
            if in_content && !live.get(r).copied().unwrap_or(true) {
                last_plain = last_plain.max(Some(bi));
                if p.blocks
                    .get(bi)
                    .is_some_and(|b| b.kind != BlockKind::Heading)
                {
                    first_prose = Some(first_prose.map_or(bi, |f| f.min(bi)));
                }
            }
        }
        // A box of readers' comments in the content (old Reddit's `div.thing.comment`s under
        // a thread's first post, a blog's `div.comments-area` at the end of its `article`):
        // its links are the site's as its quotations are. Only after prose of the story and
        // with none after it: a box of comments the article quotes (`comment-excerpts` amid
        // its text) holds its citations.
        let readers = |r: usize| {
            self.talk.get(r).copied().unwrap_or(false)
                && first.get(r).copied().flatten().is_some_and(|f| {
                    last_plain.is_none_or(|l| l < f) && first_prose.is_some_and(|p| p < f)
                })
        };
        for r in 0..n {
            let own = own.get(r).copied().unwrap_or(false);
            let furniture_up = up(&furniture, r);
            // Furniture inside the story itself (its `article`, or its `main` on a page
            // without one) is the page's only for its quotations: a fact box, a pull quote
            // citing its source, a "read more" link to the report, a box of sources under
            // a `related` or `sidebar` class. Its links are the article's to check; a dead
            // citation there must never pass unrequested (held-out evaluation, fortieth
            // session: 41 in-article dead citations were excluded so).
            // Either: a teaser `article` elsewhere on the page must not make a story written
            // in `main` without one furniture.
            let inside = self.in_story.get(r).copied().unwrap_or(false)
                || (self.in_content.get(r).copied().unwrap_or(false)
                    && !(self.articles_seen && self.story_headed));
            let inside = inside
                && !self.share.get(r).copied().unwrap_or(false)
                && !site.get(r).copied().unwrap_or(false)
                && !readers(r)
                && !self.after_story.get(r).copied().unwrap_or(false);
            if let Some(f) = furniture.get_mut(r) {
                *f = (own && !inside && !self.embed.get(r).copied().unwrap_or(false))
                    || furniture_up;
            }
        }
        for &(bi, r) in &self.blocks {
            if let Some(b) = p.blocks.get_mut(bi) {
                b.chrome = live.get(r).copied().unwrap_or(true);
                b.furniture = furniture.get(r).copied().unwrap_or(true);
            }
        }
        for &(g, r) in &self.groups {
            if let Some(g) = p.groups.get_mut(g) {
                g.callout |= live.get(r).copied().unwrap_or(true);
            }
        }
    }
}

/// Whether a class or id names page chrome rather than the article: navigation, menus,
/// sidebars, related, recommended and most-read lists, comments, share and social bars,
/// newsletters, cookie and consent boxes, advertising, pop-ups, pull quotes (which repeat the
/// article's text). Matched by whole hyphen- or underscore-separated parts (`comments`,
/// `ad-slot`), so `commentary`, `shadow` or `address` are not; the names of two parts or more
/// (`read-more`) by a run of whole parts (`read-more-wrap`, Ghost's related posts). A name
/// with a part saying a state (`has-sidebar`, `comments-enabled`, `main-menu-pinned-disabled`,
/// `menu-open`) is a flag on a page or wrapper, not the region itself, and one saying where
/// it stands (Medium's `graf-after--pullquote`, the paragraph after a pull quote) names a
/// neighbour, not itself. One rule for both ends: the article's extraction and the visible
/// text of a cited page (`verify`).
pub(crate) fn chrome_name(name: &str) -> bool {
    // A page repeats its class names thousands of times (every link, paragraph and list
    // item), and the lists below take a few thousand instructions a name to go through:
    // each name is judged once per thread. At most `MEMO_NAMES` names are kept, then all
    // are forgotten, so a page of endless distinct names costs no more than before.
    const MEMO_NAMES: usize = 2048;
    thread_local! {
        static MEMO: std::cell::RefCell<super::FastMap<Box<str>, bool>> =
            std::cell::RefCell::new(super::FastMap::default());
    }
    if name.len() > 96 {
        return chrome_name_judged(name);
    }
    MEMO.with(|memo| {
        if let Some(&known) = memo.borrow().get(name) {
            return known;
        }
        let judged = chrome_name_judged(name);
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_NAMES {
            memo.clear();
        }
        memo.insert(name.into(), judged);
        judged
    })
}

// Words that make a name a state of the page rather than a region of it: `has-sidebar`,
// `no-sidebar`, `comments-enabled`, `navigation-with-keyboard`,
// `vector-feature-main-menu-pinned-disabled`, `menu-open` (set on the page or a wrapper
// to say what is shown, where, or how it behaves).
const STATE_PARTS: &[&str] = &[
    "has",
    "no",
    "not",
    "is",
    "with",
    "without",
    "enabled",
    "disabled",
    "enable",
    "disable",
    "pinned",
    "unpinned",
    "active",
    "inactive",
    "open",
    "opened",
    "closed",
    "visible",
    "hidden",
    "show",
    "hide",
    "shown",
    "collapsed",
    "expanded",
    "feature",
    "features",
    "clientpref",
    "allowed",
    "on",
    "off",
    "layout",
    // Where the element stands: Medium's `graf-after--pullquote`, `section--before-x`.
    "after",
    "before",
];

/// Whether a class or id has a part saying a state or a place ([`STATE_PARTS`]): a flag set
/// on the page or a wrapper (`has-sidebar`, `has-byline`, `story--with-kicker`,
/// `byline-enabled`), not the region its other parts name.
fn state_name(t: &str) -> bool {
    t.split(['-', '_'])
        .any(|part| STATE_PARTS.iter().any(|s| part.eq_ignore_ascii_case(s)))
}

/// [`chrome_name`], judged afresh.
fn chrome_name_judged(name: &str) -> bool {
    const PARTS: &[&str] = &[
        "nav",
        "navbar",
        "navigation",
        "menu",
        "sidebar",
        "related",
        "recommended",
        "trending",
        "popular",
        "recirc",
        "recirculation",
        "comments",
        "comment",
        "commentlist",
        "disqus",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "paywall",
        "breadcrumb",
        "breadcrumbs",
        "share",
        "sharing",
        "social",
        "cookie",
        "cookies",
        "consent",
        "promo",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "popup",
        "modal",
        "pullquote",
        // Jetpack's related posts (`div#jp-relatedposts`, inside WordPress's `.entry-content`).
        "relatedposts",
        // The page's citation of itself in Quarto's appendix (`div.quarto-appendix-citeas`,
        // `For attribution, please cite this work as`): its title is no quotation.
        "citeas",
        // A newsroom's own appeals: donation, membership and support call-outs.
        "donate",
        "donation",
        "donations",
        // An e-mail's preheader, the line an inbox shows beside the subject and the message
        // hides (Mailchimp's `mcnPreviewText`).
        "preheader",
        "mcnpreviewtext",
        // Related-story lists in other languages: Spanish and Portuguese, Italian, Dutch,
        // German, French (`articles-connexes`).
        "relacionados",
        "relacionadas",
        "correlati",
        "gerelateerd",
        "verwandte",
        "connexes",
        // Sponsored feeds of other sites' stories (Taboola, Outbrain), a call to action at
        // a post's end (Substack's `post-end-cta`), replies from other sites (IndieWeb's
        // webmentions).
        "taboola",
        "outbrain",
        "cta",
        "webmention",
        "webmentions",
        // A paper's list of later papers citing it (PubMed Central's `cited-by`).
        "citedby",
        // A shop's box in a review (`aside.buy-box`, affiliate links): its buttons' labels
        // (`“Add to basket”`) are no quotations.
        "buybox",
        "affiliate",
        "affiliates",
        "ecommerce",
        // MediaWiki's category box (`div#catlinks`) and navigation boxes (`div.navbox`)
        // inside `#content`: the wiki's, not the article's.
        "catlinks",
        "navbox",
        // A post's or story's tags (`span.tags-links`, `ul.tags`, `div.post-tags`): links
        // to the site's pages of posts so tagged.
        "tags",
        // Links to the posts before and after this one (Hugo's PaperMod theme's
        // `nav.paginav`, `div.pagination`, in the post's footer).
        "paginav",
        "pagination",
    ];
    const WHOLE: &[&str] = &[
        // A link to another story set in the text (the Guardian's `element-rich-link`).
        "rich-link",
        "cited-by",
        "site-header",
        "site-footer",
        "global-nav",
        "side-bar",
        "pull-quote",
        "most-read",
        "mostread",
        "most-popular",
        "read-more",
        "read-next",
        "more-from",
        "support-us",
        "become-a-member",
        // Ghost's post cards (`article.gh-card`): teasers of other posts.
        "gh-card",
        "skip-link",
        "more-stories",
        "more-news",
        "see-also",
        "also-read",
        // "Read also" in Portuguese, Spanish, French, Italian and German.
        "leia-tambem",
        "veja-tambem",
        "lea-tambien",
        "lire-aussi",
        "leggi-anche",
        "lesen-sie-auch",
        // WordPress's sidebar (`aside.widget-area`).
        "widget-area",
        // A post's own furniture around its text: WordPress's byline and date row and its
        // categories and tags under the post (`entry-meta`, `entry-footer`), an author's
        // box of biography and links (Astra's `ast-single-author-box`), a newsroom's
        // "more on this story" box (`onward-journey`), Substack's like, comment and share
        // bar (`post-ufi`) and its publication's footer. Their links are the site's, not
        // the article's sources (a dead category page failed a live article's check).
        "entry-meta",
        "entry-footer",
        "post-meta",
        // WordPress's list of a post's categories (`span.cat-links`), and a list of tags.
        "cat-links",
        "tag-list",
        "tag-links",
        "author-bio",
        "author-box",
        "about-author",
        "onward-journey",
        "post-ufi",
        "publication-footer",
        // Substack's list of the publication's other posts under a post (`div.portable-
        // archive`: its tabs of top, latest and discussed posts).
        "portable-archive",
        // The site's strip above or across its pages: a slogan, an award's praise, an
        // announcement (a `banner` alone may be a post's own headline banner).
        "site-banner",
        "top-banner",
        "header-banner",
        "announcement-banner",
        "announcement-bar",
        "alert-banner",
        "site-notice",
        "site-tagline",
        // The United States government's banner over its sites' pages (`div.usa-banner`,
        // "An official website of the United States government"), and Google Docs' over a
        // document published to the web (`div#publish-banner`: "Report abuse", "Learn
        // more").
        "usa-banner",
        "publish-banner",
        "buy-box",
        "buy-button",
        "buy-buttons",
        "buy-links",
        "buy-now",
        "where-to-buy",
        "shop-now",
        // A post's categories and tags as WordPress's block editor sets them under the post
        // (`div.wp-block-post-terms`), MediaWiki's tabs over an article (`Article`, `Talk`,
        // `View history`: `div.vector-page-toolbar`) and its links to the article in other
        // languages (`li.interlanguage-link`): the site's pages, not the article's sources.
        "post-terms",
        "page-toolbar",
        "interlanguage-link",
        // Blogger's rows under a post (`div.post-footer-line`: `Posted by … at …`, the
        // labels), its links to the newer and older posts (`div.blog-pager`)
        // and its feed links (`Subscribe to: Post Comments (Atom)`, `div.post-feeds`).
        "post-footer-line",
        "blog-pager",
        "post-feeds",
        "feed-links",
        // Squarespace's summary block (`div.sqs-block-summary-v2`): cards of the site's other
        // posts (`Related posts`), inside the page's `article.sections`.
        "sqs-block-summary-v2",
        // Read the Docs' flyout of the documentation's versions and downloads
        // (`div.rst-versions`), on every page it hosts.
        "rst-versions",
    ];
    // Names that are furniture only as a whole class: WordPress's sidebar boxes
    // (`section.widget`), never a page builder's content blocks (`elementor-widget`);
    // Substack's page footer (`div.footer-wrap`, its privacy and terms links), never an
    // article's own `article-footer-wrap`.
    const EXACT: &[&str] = &["widget", "widgets", "widgetarea", "replies", "footer-wrap"];
    let is = |a: &str, b: &&str| a.eq_ignore_ascii_case(b);
    // A membership, support or contributions appeal ([`appeal_name`]).
    let appeal = appeal_name;
    // A newsletter's own post or issue (Substack's `<article class="newsletter-post post">`)
    // is the article, not a sign-up box.
    let own_content = |t: &str| {
        let parts = || t.split(['-', '_']);
        parts().any(|p| p.eq_ignore_ascii_case("newsletter"))
            && parts().any(|p| {
                ["post", "issue", "body", "content", "article"]
                    .iter()
                    .any(|w| p.eq_ignore_ascii_case(w))
            })
    };
    // A box recommending other posts (Substack's `post-recommendations` after the post, an
    // `article-recommendations` widget); a report's `recommendations` section is content.
    let recommends = |t: &str| {
        let has = |words: &[&str]| has_part(t, words);
        has(&["recommendations", "recommendation"])
            && has(&[
                "post", "posts", "article", "articles", "story", "stories", "reading", "more",
                "widget",
            ])
    };
    // A newsletter's or a page's paid slot (`td.email_sponsor`, `div.sponsor-slot`,
    // `Together with …`, `Shop now`); not a sponsored story (`div.sponsored-content`, a
    // paid article's text) nor a section about sponsorship (review of the sixty-fifth
    // session: `sponsor` alone hid a cited sponsored page's text as furniture).
    let paid_slot = |t: &str| {
        let has = |words: &[&str]| has_part(t, words);
        has(&["sponsor", "sponsored", "sponsors"])
            && has(&[
                "email",
                "newsletter",
                "ad",
                "ads",
                "slot",
                "unit",
                "banner",
                "label",
            ])
    };
    name.split_ascii_whitespace()
        .filter(|t| !own_content(t))
        .any(|t| {
            WHOLE.iter().chain(EXACT).any(|w| is(t, w))
                || ((appeal(t)
                    || recommends(t)
                    || paid_slot(t)
                    || t.split(['-', '_'])
                        .any(|part| part.len() >= 2 && PARTS.iter().any(|p| is(part, p)))
                    || WHOLE.iter().any(|w| has_part_run(t, w)))
                    && !state_name(t))
        })
}

/// The PubMed identifier a page declares its own in a `<meta>` (its name `meta`, its value
/// `content`): `citation_pmid` (`31900001`), or `dc.identifier` written `pmid:31900001` or
/// `info:pmid/31900001`. Digits only.
fn own_pmid<'c>(meta: &str, content: &'c str) -> Option<&'c str> {
    let id = if meta.eq_ignore_ascii_case("citation_pmid") {
        content
    } else if meta.eq_ignore_ascii_case("dc.identifier") {
        let prefixed = |p: &str| {
            content
                .get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .and_then(|_| content.get(p.len()..))
        };
        prefixed("pmid:").or_else(|| prefixed("info:pmid/"))?
    } else {
        return None;
    };
    let id = id.trim();
    (!id.is_empty() && id.len() <= 12 && id.bytes().all(|b| b.is_ascii_digit())).then_some(id)
}

/// Whether a class names a story's by-line or its kicker: a part `byline` or `kicker`
/// (`p.byline`, `div.article__byline`, Ghost's `article-byline`, `a.article__kicker`), or
/// a box of the authors' names as a whole (`author-name`, `author-list`, `author-avatar`,
/// PubMed Central's `contrib-group`, `fm-author`, and `cg` on a paper's page: see
/// [`Walker::byline_box`]). Their links are the site's pages of
/// the author, of the section, of a search for the author's name: never the article's
/// sources, inside the story too (a dead author page failed a live article's check). A name
/// with a part saying a state (`has-byline`, `story--with-kicker`, `byline-enabled`) is a
/// flag on the story, not its by-line ([`state_name`]); see also [`Walker::byline_box`].
fn byline_box_class(t: &str) -> bool {
    const PARTS: &[&str] = &["byline", "bylines", "kicker"];
    const WHOLE: &[&str] = &[
        "author-name",
        "author-names",
        "author-list",
        "author-avatar",
        "author-profile-image",
        "contrib-group",
        "contrib-author",
        "fm-author",
        // A Q&A site's card of the asker or answerer under a post (Stack Exchange's
        // `div.post-signature`: avatar, name, reputation).
        "post-signature",
        // GOV.UK's box under a publication's title: `From:` the department, `Published`,
        // `Part of` its collections.
        "gem-c-metadata",
    ];
    // A title block's line of metadata (Quarto's `quarto-title-meta` with the authors and
    // date, a theme's `post-title-meta`): a run `title`, `meta`.
    let parts = || t.split(['-', '_']);
    let title_meta = parts()
        .zip(parts().skip(1))
        .any(|(a, b)| a.eq_ignore_ascii_case("title") && b.eq_ignore_ascii_case("meta"));
    title_meta
        || (has_part(t, PARTS) && !state_name(t))
        || WHOLE.iter().any(|w| t.eq_ignore_ascii_case(w))
        || subject_list_class(t)
}

/// Whether a link's class names it as the writer's name in a theme's by-line: a name
/// ending `-author-name` (Squarespace's `blog-author-name`, `post-author-name`).
fn author_name_link_class(t: &str) -> bool {
    const END: &str = "-author-name";
    // A thread's post header names its writer by a link classed `author` alone (GitHub's
    // `a.author` over each comment and in its timeline's events, old Reddit's).
    t.eq_ignore_ascii_case("author")
        || t.len() > END.len()
            && t.get(t.len() - END.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(END))
}

/// Whether a class names a journal's list of the article's subjects, a kicker of its own
/// over the title (eLife's `content-header__subject_list` and `subject_link`, `subject-tags`):
/// a part `subject` or `subjects` followed by `list`, `link`, `links`, `item`, `tag` or
/// `tags`. Its links are the journal's pages of the field (`/subjects/ecology`), as a news
/// kicker's are the section's.
fn subject_list_class(t: &str) -> bool {
    const AFTER: &[&str] = &["list", "link", "links", "item", "tag", "tags"];
    let parts: Vec<&str> = t.split(['-', '_']).filter(|p| !p.is_empty()).collect();
    // Only in the header over the title, or named as tags: a story's own `subject-links`
    // box may list its sources (the sixty-third session's second review).
    let placed = parts
        .iter()
        .any(|p| p.eq_ignore_ascii_case("header") || p.eq_ignore_ascii_case("tags"));
    placed
        && parts.windows(2).any(|w| {
            matches!(w, [a, b] if (a.eq_ignore_ascii_case("subject") || a.eq_ignore_ascii_case("subjects"))
            && AFTER.iter().any(|x| b.eq_ignore_ascii_case(x)))
        })
}

/// Whether a class or id, as a whole, names the site's header or footer box as pages built of
/// plain `div`s name them (`<div id="header">`, `<div class="footer">`, `masthead`): outside
/// the page's content (`article`, `main`), a block quotation, a figure and a note, such a
/// box is page chrome, as `site-header` and `site-footer` are. (A chrome region holding the
/// content's headline, `<article><div class="header"><h1>`, or most of the page's text is
/// none: see [`ChromeRegions`].) Only the whole name: `card-header`, `table-header`,
/// `section-header` are parts of the content.
fn site_frame_name(t: &str) -> bool {
    const NAMES: &[&str] = &[
        "header",
        "footer",
        "masthead",
        "site-masthead",
        "global-header",
        "global-footer",
        "header-wrap",
        "header-wrapper",
        "header-container",
        "footer-wrapper",
        "footer-container",
        "top-header",
        "topbar",
        "top-bar",
    ];
    NAMES.iter().any(|n| t.eq_ignore_ascii_case(n))
}

/// Whether a class names a footer: a part `footer` (`post-footer`, `page-footer`), the name
/// not saying a state (`has-footer`) nor notes (`footnotes` is no part `footer`).
fn footer_class(t: &str) -> bool {
    const STATE: &[&str] = &["has", "no", "with", "without", "is", "sticky", "fixed"];
    let parts = || t.split(['-', '_']);
    parts().any(|p| p.eq_ignore_ascii_case("footer"))
        && !parts().any(|p| STATE.iter().any(|s| p.eq_ignore_ascii_case(s)))
}

/// Whether a class names a side column of the page: `side`, `aside`, `rail`, a part
/// `aside` (`article-aside`, `page-aside`), or a part `side` or `rail` with one saying where
/// or what it is (`side-column`, `right-rail`, `rail-left`); not a state (`has-aside`,
/// `side-by-side`), nor a note in the margin (`sidenote`, `side-note`: one part). Such a box
/// outside the page's `main` or `article` is the site's, as an `<aside>` there is.
fn side_class(t: &str) -> bool {
    const PLACE: &[&str] = &[
        "column",
        "col",
        "panel",
        "right",
        "left",
        "bar",
        "box",
        "area",
        "module",
        "wrap",
        "container",
    ];
    const STATE: &[&str] = &[
        "has", "no", "with", "without", "is", "by", "layout", "note", "notes",
    ];
    let is = |p: &str, w: &[&str]| w.iter().any(|x| p.eq_ignore_ascii_case(x));
    let parts = || t.split(['-', '_']);
    if parts().any(|p| is(p, STATE)) {
        return false;
    }
    is(t, &["side", "aside", "rail"])
        || parts().any(|p| p.eq_ignore_ascii_case("aside"))
        || (parts().any(|p| is(p, &["side", "rail"])) && parts().any(|p| is(p, PLACE)))
}

/// Whether a link's class names it a sharing button (`a.share`, Substack's
/// `a.post-ufi-button.share`): a part `share` or `sharing`, the name not saying a state
/// ([`chrome_name`]).
fn share_link_class(t: &str) -> bool {
    chrome_name(t)
        && t.split(['-', '_'])
            .any(|p| p.eq_ignore_ascii_case("share") || p.eq_ignore_ascii_case("sharing"))
}

/// Whether a path is a Q&A site's short link to a post (Stack Exchange's `/a/78` under an
/// answer's `Share`, `/q/77/12` with the sharer's id): `a` or `q`, then numbers only.
fn short_post_link(path: &str) -> bool {
    let path = path
        .split_once("://")
        .map_or(path, |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
    let mut parts = path.trim_matches('/').split('/');
    matches!(parts.next(), Some("a" | "q"))
        && parts
            .next()
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
        && parts.all(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
}

/// Whether a link leads to the page itself sorted another way (a Q&A site's tabs over its
/// answers: `?answertab=scoredesc#tab-top`, `?tab=votes`): a query of a sort or tab key
/// only. (`own_page` judges the path.)
fn sort_tab_query(href: &str) -> bool {
    let before = href.split('#').next().unwrap_or(href);
    let Some((_, query)) = before.split_once('?') else {
        return false;
    };
    !query.is_empty()
        && query.split('&').all(|kv| {
            let k = kv.split('=').next().unwrap_or("");
            ["tab", "answertab", "sort", "sortby", "order", "orderby"]
                .iter()
                .any(|w| k.eq_ignore_ascii_case(w))
        })
}

/// Whether a link is one of a post's own buttons, never a citation, wherever it stands: a
/// sharing button (its class and its address both say it shares: Substack's
/// `a.post-ufi-button.share` to the post's `?action=share`, a live blog's `a.share-link` to
/// its own post; any address asking for `action=share`; a `mailto:?body=…` to no one), or a
/// like or comment-count button (a class part `like`, `likes`, `reactions`, `comments`, …:
/// Substack's `a.post-ufi-button.like`, a forum's `a.comments`, Blogger's
/// `a.comment-link`) whose address is the post's comments on its own site (`own_site`:
/// `…/comments`, `#comments`, `#respond`) or the page itself (`own`); another site's
/// `…/comments` page is a citation. A link classed `share` to another site's page
/// (`a.share-link` to a data set) is a citation. The site's sign-up button (a class
/// `button`, an address `…/subscribe` on its own site) is one of its buttons too.
/// (`classes` is lower-cased.)
fn button_link(
    classes: &str,
    href: &str,
    own: impl Fn(&str) -> bool,
    own_site: impl Fn(&str) -> bool,
) -> bool {
    let h = href.trim();
    let (before, fragment) = h.split_once('#').unwrap_or((h, ""));
    let (path, query) = before.split_once('?').unwrap_or((before, ""));
    let asks_share = query.split('&').any(|kv| {
        let kv = kv.strip_prefix("amp;").unwrap_or(kv);
        kv.split_once('=').is_some_and(|(k, v)| {
            k.eq_ignore_ascii_case("action") && v.eq_ignore_ascii_case("share")
        })
    });
    // A message to no one with the article in it (`mailto:?subject=…&body=…`): mailing it.
    let mails = h
        .get(..8)
        .is_some_and(|m| m.eq_ignore_ascii_case("mailto:?"));
    if asks_share || mails {
        return true;
    }
    if classes.is_empty() {
        return false;
    }
    let tokens = || classes.split_ascii_whitespace();
    if tokens().any(share_link_class)
        && (h.to_ascii_lowercase().contains("share")
            || own(h)
            || (own_site(h) && short_post_link(path)))
    {
        return true;
    }
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    // The site's own sign-up button (Substack's `<a class="button primary"
    // href="https://….substack.com/subscribe?utm_…">Subscribe</a>`, in the post's footer
    // inside its `<article>` too): no source.
    if last.eq_ignore_ascii_case("subscribe")
        && tokens().any(|t| t.eq_ignore_ascii_case("button"))
        && own_site(h)
    {
        return true;
    }
    const PARTS: &[&str] = &[
        "like",
        "likes",
        "reaction",
        "reactions",
        "comment",
        "comments",
        "replies",
    ];
    let named = tokens().any(|t| {
        t.split(['-', '_'])
            .any(|p| PARTS.iter().any(|w| p.eq_ignore_ascii_case(w)))
            && !t.split(['-', '_']).any(|p| {
                ["has", "no", "is", "with", "without", "enabled", "disabled"]
                    .iter()
                    .any(|s| p.eq_ignore_ascii_case(s))
            })
    });
    if !named {
        return false;
    }
    ((last.eq_ignore_ascii_case("comments")
        || [
            "comments",
            "respond",
            "disqus_thread",
            "comment-form",
            "reply",
        ]
        .iter()
        .any(|f| fragment.eq_ignore_ascii_case(f)))
        && own_site(h))
        || own(h)
}

/// Whether a class names readers' comments: a part `comment`, `comments`, `commentlist`,
/// `disqus` or `replies` of a name [`chrome_name`] takes (old Reddit's `div.thing.comment`,
/// WordPress's `comments-area`, the Guardian's `d-comment__body`).
fn comment_class(t: &str) -> bool {
    const PARTS: &[&str] = &["comment", "comments", "commentlist", "disqus", "replies"];
    chrome_name(t)
        && t.split(['-', '_'])
            .any(|p| PARTS.iter().any(|w| p.eq_ignore_ascii_case(w)))
}

/// Whether a class or id names a list of readers' comments rather than one post
/// (WordPress's `comments-area` and `comment-list`, `commentlist`, `disqus_thread`,
/// `replies`): a thread page's opening post is one post, never the box of all of them
/// (review of the sixty-fifth session: a short post's whole comments box was taken for it).
fn comments_list_class(t: &str) -> bool {
    has_part(t, &["comments", "commentlist", "disqus", "replies"])
        || (has_part(t, &["comment"]) && has_part(t, &["list", "area", "section", "thread"]))
}

/// The most text (bytes) a paywall's or an appeal's box holds ([`appeal_box_class`]): a
/// notice, a few lines of appeal and its buttons, never the story itself.
const APPEAL_TEXT: usize = 2000;

/// Whether a class names a paywall's box (`paywall`, `paywall-teaser`, `regwall`) or the
/// newsroom's appeal for money (the Guardian's `contributions-epic`, `membership-cta`,
/// `donate-box`, `support-us`, `become-a-member`): the site's, its links too, wherever it
/// stands, while it is a box ([`APPEAL_TEXT`]).
fn appeal_box_class(t: &str) -> bool {
    const PARTS: &[&str] = &["paywall", "regwall", "donate", "donation", "donations"];
    chrome_name(t)
        && (t
            .split(['-', '_'])
            .any(|p| PARTS.iter().any(|w| p.eq_ignore_ascii_case(w)))
            || appeal_name(t)
            || ["support-us", "become-a-member"]
                .iter()
                .any(|r| has_part_run(t, r)))
}

/// Whether a class or id has a part (between `-` and `_`) that is one of `words`, case
/// aside.
fn has_part(t: &str, words: &[&str]) -> bool {
    t.split(['-', '_'])
        .any(|p| words.iter().any(|w| p.eq_ignore_ascii_case(w)))
}

/// Whether a class or id names a membership, support or contributions appeal: a part naming
/// what is asked with one naming a call-out (`membership-cta`, `support-callout`,
/// `member-banner`, the Guardian's `contributions-epic`, its appeal set in the article's
/// body); `membership-rules` and a paper's `author-contributions` are content.
fn appeal_name(t: &str) -> bool {
    let has = |words: &[&str]| has_part(t, words);
    has(&[
        "membership",
        "member",
        "members",
        "support",
        "contributions",
        "contribution",
        "contribute",
    ]) && has(&[
        "cta", "callout", "appeal", "ask", "banner", "prompt", "box", "inline", "promo", "module",
        "widget", "epic",
    ])
}

/// Whether a class names a story's standfirst, the sentence or two under its headline: a
/// part `standfirst`, `dek`, `deck`, `strapline` or `subheadline` (`p.standfirst`,
/// `div.article__dek`, `p.c-deck`), not one saying a state (`has-dek`). `deck`, a word of
/// other components too, only as the class's last part and not in a deck of cards or slides
/// (Bootstrap's `card-deck`, `slide-deck`, `deck-container`: the sixty-third session's
/// review found a quotation in a card read as a heading, its citation lost).
fn standfirst_class(t: &str) -> bool {
    let parts = || t.split(['-', '_']).filter(|p| !p.is_empty());
    let named = parts().any(|p| {
        ["standfirst", "dek", "strapline", "subheadline"]
            .iter()
            .any(|w| p.eq_ignore_ascii_case(w))
    });
    let deck = parts()
        .next_back()
        .is_some_and(|p| p.eq_ignore_ascii_case("deck"))
        && !parts().any(|p| {
            ["card", "cards", "slide", "slides", "carousel", "swiper"]
                .iter()
                .any(|w| p.eq_ignore_ascii_case(w))
        });
    (named || deck) && !state_name(t)
}

/// Whether a class names a box that is the site's wherever it stands, its links too:
/// breadcrumbs (`breadcrumb`, GOV.UK's `govuk-breadcrumbs`), a newsletter's sign-up box
/// (`subscription-widget-wrap`, `newsletter-signup`), never the newsletter's own post
/// (`newsletter-post`, see [`chrome_name`]), and MediaWiki's category and navigation boxes
/// (`catlinks`, `navbox`). So are a post's own row of byline, date, categories and tags
/// (WordPress's `entry-meta` and `entry-footer`, `post-meta`, `cat-links`, a story's `ul.tags`
/// and `span.tags-links`) inside the `article` it closes: their links are the site's pages
/// of the author, the category, the tag (a dead tag page failed a live article's check).
/// So are the links to the posts before and after it (Hugo's PaperMod theme's
/// `nav.paginav`, a `pagination` box), WordPress's block of a post's terms and MediaWiki's
/// tabs and language links.
fn site_box_class(t: &str) -> bool {
    const PARTS: &[&str] = &[
        "breadcrumb",
        "breadcrumbs",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "catlinks",
        "navbox",
        "tags",
        "paginav",
        "pagination",
    ];
    const WHOLE: &[&str] = &[
        "entry-meta",
        "entry-footer",
        "post-meta",
        "cat-links",
        "tag-list",
        "tag-links",
        // Blogger's row under a post, its newer and older posts' links and its feed links,
        // and Squarespace's cards of other posts (see [`chrome_name`]).
        "post-footer-line",
        "blog-pager",
        "post-feeds",
        "feed-links",
        "sqs-block-summary-v2",
    ];
    // WordPress's block of a post's categories and tags (`wp-block-post-terms`), MediaWiki's
    // tabs over an article (`vector-page-toolbar`) and its links to other languages' articles
    // (`interlanguage-link`), as runs of a longer name.
    const RUNS: &[&str] = &["post-terms", "page-toolbar", "interlanguage-link"];
    chrome_name(t)
        && (t
            .split(['-', '_'])
            .any(|p| PARTS.iter().any(|w| p.eq_ignore_ascii_case(w)))
            || WHOLE.iter().any(|w| t.eq_ignore_ascii_case(w))
            || RUNS.iter().any(|w| has_part_run(t, w)))
}

/// Whether a class names a box of other stories: `related-news`, GOV.UK's
/// `gem-c-related-navigation`, `recommended-stories`, `post-recommendations`, `more-stories`.
/// Such a box is the site's inside the story only under a heading saying so
/// ([`related_heading`]): a `related` box of sources is the article's.
fn related_class(t: &str) -> bool {
    const PARTS: &[&str] = &[
        "related",
        "relatedposts",
        "recommended",
        "recommendations",
        "recommendation",
    ];
    chrome_name(t)
        && (t
            .split(['-', '_'])
            .any(|p| PARTS.iter().any(|w| p.eq_ignore_ascii_case(w)))
            || ["more-stories", "more-news", "most-read", "read-next"]
                .iter()
                .any(|r| has_part_run(t, r)))
}

/// A heading's text as the box-heading tests compare it: trimmed, a closing `:` or `.` off,
/// lower case.
fn heading_lower(text: &str) -> String {
    text.trim()
        .trim_end_matches([':', '.'])
        .trim_end()
        .to_lowercase()
}

/// Whether a heading names a box about the article's writer: `About the author`, `About the
/// authors`, `About the writer`, `About the reviewer`. Its links (the writer's other stories,
/// profile, books) are the site's, inside the story too, as its quotations are furniture
/// ([`teaser_heading`]): no citation stands in a biography.
fn author_heading(text: &str) -> bool {
    let lower = heading_lower(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(
        words.as_slice(),
        [
            "about",
            "the",
            "author" | "authors" | "writer" | "writers" | "reviewer"
        ]
    )
}

/// Whether a heading names a box of the site's other stories past doubt: `Related`,
/// `Related news`, `Related content`, `Related PLOS articles` (a name between),
/// `Recommended for you`, `More stories`, `You may also like`, `Most read`. Not `Related
/// reading` or `Related links`, which may head the article's sources, nor `Read more`
/// (`Read more: the report`).
fn related_heading(text: &str) -> bool {
    let lower = heading_lower(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(
        words.as_slice(),
        ["related" | "recommended"]
            | [
                "related",
                "stories" | "articles" | "posts" | "content" | "coverage" | "news" | "videos"
            ]
            | ["recommended", "for", "you"]
            | ["recommended", "stories" | "articles" | "posts"]
            | [
                "related",
                _,
                "stories" | "articles" | "posts" | "news" | "videos"
            ]
            | [
                "related",
                _,
                _,
                "stories" | "articles" | "posts" | "news" | "videos"
            ]
            | ["more", "stories" | "news" | "articles" | "posts"]
            // A box of links to other stories set in the story (`aside.related-inline`
            // headed `Read next`, `Also read`, `More on this story`; not `Read more`, above).
            | ["read", "next" | "also"]
            | ["also", "read"]
            | ["more", "on", "this", "story" | "topic"]
            | ["you", "may" | "might", "also", "like" | "enjoy"]
            | ["most", "read" | "popular" | "viewed" | "shared"]
    )
}

/// Whether a heading opens a page's feedback box (GOV.UK's `Is this page useful?`, `Was
/// this page helpful?`, `Did you find this article useful?`): the site asks about its page;
/// its links and words are the site's.
fn feedback_heading(text: &str) -> bool {
    let lower = text
        .trim()
        .trim_end_matches(['?', '.'])
        .trim_end()
        .to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(
        words.as_slice(),
        [
            "is" | "was",
            "this",
            "page" | "article" | "information",
            "useful" | "helpful"
        ] | ["was", "this", "useful" | "helpful"]
            | [
                "did",
                "you",
                "find",
                "this",
                "page" | "article",
                "useful" | "helpful"
            ]
            | ["did", "you", "find", "what", "you", "were", "looking", "for"]
    )
}

/// Whether a class or id names a button sharing the article on a network or by e-mail:
/// Jetpack's `li.share-facebook` and `a.share-twitter.sd-button`, `share-email`,
/// `sharing-linkedin` (parts `share` or `sharing`, and a network's name). A bar named for
/// sharing alone (`share-buttons`) is furniture only outside the story, as any box is.
fn share_button(t: &str) -> bool {
    const NETWORKS: &[&str] = &[
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "email",
        "mail",
        "whatsapp",
        "reddit",
        "pinterest",
        "telegram",
        "bluesky",
        "mastodon",
        "threads",
        "tumblr",
        "pocket",
        "print",
        "nextdoor",
    ];
    let parts = || t.split(['-', '_']);
    parts().any(|p| p.eq_ignore_ascii_case("share") || p.eq_ignore_ascii_case("sharing"))
        && parts().any(|p| NETWORKS.iter().any(|n| p.eq_ignore_ascii_case(n)))
        && chrome_name(t)
}

/// A block quotation right after another whose words it repeats (Ghost's `kg-blockquote-alt`
/// set under the quotation as a pull quote, `“Every branch …”` after the paragraph it comes
/// from) is furniture, as a pull quote is: the words are checked once, where they are quoted.
/// Only a whole repeat of four words or more, quote marks and spacing aside. So is one of
/// Ghost's alternative style (`alt`: [`Walker::alt_quotes`]) right after a paragraph of the
/// article whose words it repeats: a pull quote of the article's own sentence. One that
/// repeats nothing is a quotation.
fn repeated_block_quotes(p: &mut Parsed, alt: &[usize]) {
    let bare = |t: &str| {
        super::fold_ws(
            t.trim()
                .trim_matches(|c: char| "\"“”„«»'‘’".contains(c) || c.is_whitespace()),
        )
    };
    // (One pass over the blocks: `alt` is in the order the quotations open.)
    let mut alt = alt.iter().copied().peekable();
    let mut earlier = EarlierQuotes::default();
    let mut k = 0;
    while alt.peek().is_some() && k < p.blocks.len() {
        let Some(g) = p.blocks.get(k).and_then(|b| b.group) else {
            k += 1;
            continue;
        };
        while alt.next_if(|&a| a < g).is_some() {}
        if alt.next_if_eq(&g).is_none()
            || p.groups
                .get(g)
                .is_none_or(|x| x.parent.is_some() || x.callout)
        {
            k += 1;
            continue;
        }
        let end = (k..p.blocks.len())
            .find(|&i| p.blocks.get(i).and_then(|b| b.group) != Some(g))
            .unwrap_or(p.blocks.len());
        let above = k.checked_sub(1).and_then(|i| p.blocks.get(i)).filter(|b| {
            b.kind == BlockKind::Paragraph && b.group.is_none() && b.note.is_none() && !b.chrome
        });
        let quoted = bare(
            &p.blocks
                .get(k..end)
                .unwrap_or(&[])
                .iter()
                .map(|b| b.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        // A pull quote of the article's own sentence, or an excerpt of a quotation above
        // it on the page, set again with its first letter raised (`The timetable tells
        // you …` out of `If you finish …, the timetable tells you …`).
        let repeats = quoted.split(' ').count() >= 4
            && (above.is_some_and(|a| super::fold_ws(&a.text).contains(quoted.as_str()))
                || earlier.hold(p, k, &quoted));
        if repeats {
            if let Some(gr) = p.groups.get_mut(g) {
                gr.callout = true;
            }
            for b in p.blocks.get_mut(k..end).unwrap_or(&mut []) {
                b.chrome = true;
            }
        }
        k = end;
    }
    if p.groups.len() < 2 {
        return;
    }
    let mut k = 1;
    while k < p.blocks.len() {
        let (Some(g), Some(h)) = (
            p.blocks.get(k).and_then(|b| b.group),
            p.blocks.get(k - 1).and_then(|b| b.group),
        ) else {
            k += 1;
            continue;
        };
        let root = |x: usize| root_group(&p.groups, x);
        if root(g) == root(h) || p.groups.get(g).is_some_and(|x| x.parent.is_some()) {
            k += 1;
            continue;
        }
        // The later quotation's blocks, and the earlier one's.
        let end = (k..p.blocks.len())
            .find(|&i| p.blocks.get(i).and_then(|b| b.group) != Some(g))
            .unwrap_or(p.blocks.len());
        let start = (0..k)
            .rev()
            .find(|&i| p.blocks.get(i).and_then(|b| b.group).map(root) != Some(root(h)))
            .map_or(0, |i| i + 1);
        let join = |r: std::ops::Range<usize>| {
            p.blocks
                .get(r)
                .unwrap_or(&[])
                .iter()
                .map(|b| b.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let later = bare(&join(k..end));
        let earlier = super::fold_ws(&join(start..k));
        if later.split(' ').count() >= 4 && earlier.contains(later.as_str()) {
            if let Some(gr) = p.groups.get_mut(g) {
                gr.callout = true;
            }
            for b in p.blocks.get_mut(k..end).unwrap_or(&mut []) {
                b.chrome = true;
            }
        }
        k = end.max(k + 1);
    }
}

/// Whether `s` is a number written in superscript digits only (`¹`, `²³`): how a link to a
/// source may show itself.
fn superscript_number(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && s.chars().count() <= 3 && s.chars().all(super::notes::is_superscript)
}

/// The block quotations' texts before a block, folded and lower-cased once each as the
/// pull quotes are walked in order (a page of many pull quotes folded every quotation above
/// each of them again: 3,000 of them took a second).
#[derive(Default)]
struct EarlierQuotes {
    /// Blocks read so far.
    upto: usize,
    texts: Vec<String>,
}

impl EarlierQuotes {
    /// Whether `quoted` (a pull quote's words, marks and spacing folded) is found, case and
    /// its closing stop aside, in a block quotation among the blocks before `k`.
    fn hold(&mut self, p: &Parsed, k: usize, quoted: &str) -> bool {
        let q = quoted
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '…'])
            .to_lowercase();
        if q.split(' ').count() < 4 {
            return false;
        }
        for b in p.blocks.get(self.upto..k).unwrap_or(&[]) {
            if b.group.is_some() && !b.chrome {
                self.texts.push(super::fold_ws(&b.text).to_lowercase());
            }
        }
        self.upto = self.upto.max(k);
        // The nearest 64 paragraphs of quotations only: a pull quote repeats one near it,
        // and a page of thousands of pull quotes stays linear.
        self.texts
            .iter()
            .rev()
            .take(64)
            .any(|t| t.contains(q.as_str()))
    }
}

/// Whether a heading opens a box summing up an article's quotations: `Key quotes`, `Key
/// points`, `In quotes`, `What they said`, `Quotes of the day`, `Key quotes from the
/// hearing`.
fn summary_heading(text: &str) -> bool {
    let t = text.trim().trim_end_matches([':', '.']).trim_end();
    if t.len() > 60 {
        return false;
    }
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(
        words.as_slice(),
        ["key" | "notable" | "best" | "top", "quotes" | "points"]
            | ["the", "key", "quotes" | "points"]
            | ["in", "quotes"]
            | ["what", "they", "said"]
            | ["quote" | "quotes", "of", "the", "day"]
    ) || (words.len() <= 7
        && matches!(
            words.as_slice(),
            ["key", "quotes" | "points", "from" | "so", ..]
        ))
}

/// A box summing up the quotations of the article's body (a live blog's `Key quotes`, a
/// `Key points` list, each item a quotation and its speaker) repeats them: its items are no
/// quotations of their own, as a pull quote is none ([`Block::chrome`]; its links stay
/// links). The box is the list items (or paragraphs opening on a quotation mark) right
/// under a heading [`summary_heading`] names, and it is one only if each holds a quotation
/// and every quotation in it is of four words or more and in the text outside it (its
/// letters and digits compared, case aside). One that quotes anything else is left alone.
fn summary_quotes(p: &mut Parsed) {
    let heads: Vec<usize> = p
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == BlockKind::Heading && !b.chrome && summary_heading(&b.text))
        .map(|(i, _)| i)
        .collect();
    if heads.is_empty() {
        return;
    }
    // Letters and digits, lower-cased, one space between words.
    let norm = |t: &str| {
        let mut out = String::with_capacity(t.len());
        for w in t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
        out
    };
    // The quotations a block holds, in curly or straight double marks.
    fn quoted(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = t;
        while let Some(i) = rest.find(['“', '"']) {
            let Some(after) = rest.get(i..).and_then(|r| r.chars().next()).and_then(|c| {
                let close = if c == '“' { '”' } else { '"' };
                rest.get(i + c.len_utf8()..).map(|a| (a, close))
            }) else {
                break;
            };
            let (inner, close) = after;
            let Some(j) = inner.find(close) else {
                break;
            };
            out.push(inner.get(..j).unwrap_or(""));
            rest = inner.get(j + close.len_utf8()..).unwrap_or("");
        }
        out
    }
    let opens_on_quote = |t: &str| t.trim_start().starts_with(['“', '"']);
    // Each box: its heading and the end of its items (a few boxes a page at most: the text
    // outside them is read once).
    let boxes: Vec<(usize, usize)> = heads
        .into_iter()
        .take(8)
        .map(|h| {
            let end = (h + 1..p.blocks.len())
                .find(|&i| {
                    p.blocks.get(i).is_none_or(|b| {
                        b.chrome
                            || !(b.kind == BlockKind::ListItem
                                || (b.kind == BlockKind::Paragraph && opens_on_quote(&b.text)))
                    })
                })
                .unwrap_or(p.blocks.len());
            (h, end)
        })
        .filter(|&(h, end)| end > h + 1 && end - h <= 25)
        .collect();
    if boxes.is_empty() {
        return;
    }
    let in_box = |i: usize| boxes.iter().any(|&(h, end)| i > h && i < end);
    let body: String = p
        .blocks
        .iter()
        .enumerate()
        .filter(|&(i, b)| !b.chrome && !in_box(i))
        .map(|(_, b)| norm(&b.text))
        .collect::<Vec<_>>()
        .join("\n");
    for (h, end) in boxes {
        let items = p.blocks.get(h + 1..end).unwrap_or(&[]);
        let mut needles = Vec::new();
        let all_quote = items.iter().all(|b| {
            let q = quoted(&b.text);
            let found = !q.is_empty();
            needles.extend(q.into_iter().map(norm));
            found
        });
        if all_quote
            && needles
                .iter()
                .all(|n| n.split(' ').count() >= 4 && body.contains(n.as_str()))
        {
            for b in p.blocks.get_mut(h + 1..end).unwrap_or(&mut []) {
                b.chrome = true;
            }
        }
    }
}

/// Whether a heading names a box of teasers or readers' comments rather than a part of the
/// article: `Related`, `Related stories`, `More from Courts`, `Recommended from Medium`,
/// `Read more`, `You may also like`, `Responses (17)`, `3 Comments`, `2 thoughts on “…”`,
/// `Leave a reply`, `Discussion about this post`, an author's box (`About the author`), a
/// shop's (`Buy the book`), Substack's `Ready for more?` after the story. A bare
/// `Comments`, `Recommended`, `More from …`, `More reviews`, `Latest …` or `Written by …`
/// only outside the article and main content (`in_content` false): inside, a section so
/// titled may be the article's own (a consultation's comments, a live blog's `More from the
/// courtroom` or `Latest updates`). `Related work` or `More on the method` are the article's
/// sections.
pub(crate) fn teaser_heading(text: &str, in_content: bool) -> bool {
    let t = text.trim().trim_end_matches([':', '.']).trim_end();
    if t.is_empty() || t.len() > 80 {
        return false;
    }
    if feedback_heading(t) {
        return true;
    }
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let count = |w: &str| {
        w.bytes().all(|c| c.is_ascii_digit())
            || (w.starts_with('(') && w.ends_with(')') && w.len() > 2)
                && w.get(1..w.len() - 1)
                    .is_some_and(|n| n.bytes().all(|c| c.is_ascii_digit() || c == b','))
    };
    // What a list of the site's other stories holds (`More fact checks`, `Other reviews`).
    const STORIES: &[&str] = &[
        "stories",
        "news",
        "reviews",
        "articles",
        "posts",
        "checks",
        "features",
        "videos",
        "podcasts",
        "episodes",
        "essays",
        "columns",
        "interviews",
        "headlines",
        "reads",
        "explainers",
        "investigations",
        "obituaries",
        "letters",
    ];
    const TALK: &[&str] = &[
        "comments",
        "comment",
        "responses",
        "response",
        "replies",
        "reply",
        "thoughts",
        "thought",
    ];
    match words.as_slice() {
        // `Responses (17)`, `Comments (3)`, `17 responses`, `3 thoughts on “…”`, `One reply`.
        [w, n] if TALK.contains(w) && count(n) => true,
        [n, w, ..] if (count(n) || *n == "one") && TALK.contains(w) => true,
        [w] if TALK.contains(w) => !in_content,
        ["leave", "a" | "your", "reply" | "comment"] | ["member", "discussion"] => true,
        // Substack's heading over the comments after a post.
        ["discussion", "about", "this", "post" | "article" | "story"] => true,
        // Substack's closing box after a post (`Ready for more?` over a sign-up form or
        // other posts); inside the story it may be the article's own words.
        ["ready", "for", "more?"] => !in_content,
        ["related"] => true,
        ["recommended"] | ["trending"] | ["popular"] => !in_content,
        ["related", w] => matches!(
            *w,
            "stories"
                | "articles"
                | "posts"
                | "content"
                | "coverage"
                | "reading"
                | "news"
                | "links"
                | "topics"
                | "videos"
        ),
        // `Related PLOS articles`, `Related BBC stories`: a name between.
        ["related", .., last] if words.len() <= 5 && STORIES.contains(last) => true,
        ["read", "more" | "next"] | ["up", "next"] | ["keep", "reading"] => true,
        ["recommended", "for", "you"] | ["recommended", "reading" | "stories" | "articles"] => true,
        // A live blog's `More from the courtroom` is the article's.
        ["more", "from" | "stories" | "like" | "news", ..] => !in_content && words.len() <= 8,
        // After the story, a list of the site's other stories: `More reviews`, `More fact
        // checks`, `Latest fact checks`, `Latest from the Courier`, `Other stories`. Inside
        // it, `Latest updates` heads a live blog's posts and `More on the method` a part.
        ["more" | "other", second, ..] => {
            !in_content
                && words.len() <= 6
                && (matches!(*second, "in" | "by" | "on" | "to")
                    || words.last().is_some_and(|w| STORIES.contains(w)))
        }
        ["latest", ..] => !in_content && words.len() <= 6,
        // An author's box after the story (Medium's `Written by …` over a biography), one
        // about the writer anywhere: the biography's quotations are not the article's.
        ["written", "by", _, ..] => !in_content && words.len() <= 6,
        ["about", "the", "author" | "authors" | "writer" | "writers" | "reviewer"] => true,
        // A shop's box (`Buy the book`, `Where to buy`): its button labels are no quotations.
        ["buy", "the" | "this", _] | ["buy", "now" | "online" | "tickets"] => true,
        ["where", "to", "buy", ..] | ["shop", "now"] => true,
        // `Recommended from Medium`; `Recommended by the panel` may head the article's part.
        ["recommended", "from", _, ..] => words.len() <= 6,
        ["recommended", "by", _, ..] => !in_content && words.len() <= 6,
        ["you", "may" | "might", "also", "like" | "enjoy"] => true,
        ["most", "read" | "popular" | "viewed" | "shared"] => true,
        _ => false,
    }
}

/// Whether `run` (parts joined by `-`) occurs in the class or id `t` as whole parts: bounded
/// by the name's ends or a `-` or `_` on both sides (`read-more` in `read-more-wrap`, not in
/// `thread-more`). ASCII case ignored.
fn has_part_run(t: &str, run: &str) -> bool {
    let (t, r) = (t.as_bytes(), run.as_bytes());
    if r.is_empty() || t.len() < r.len() {
        return false;
    }
    let sep = |b: Option<&u8>| b.is_none_or(|&b| b == b'-' || b == b'_');
    (0..=t.len() - r.len()).any(|i| {
        t.get(i..i + r.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(r))
            && sep(i.checked_sub(1).and_then(|j| t.get(j)))
            && sep(t.get(i + r.len()))
    })
}

/// Whether a class names an embedded post or a link card: a tweet, an Instagram, Threads or
/// TikTok post, a Bluesky, Mastodon, Facebook or Reddit embed, Ghost's bookmark and embed
/// cards, Medium's link card (`div.graf--mixtapeEmbed`: a post's title in marks over its
/// link). What they quote is the embedded post's (or the platform's "Post by @user … View on
/// Mastodon" placeholder), not the article's quotation; their links are still links. (`c` is
/// lower-cased.)
fn embed_class(c: &str) -> bool {
    matches!(
        c,
        "twitter-tweet"
            | "twitter-video"
            | "instagram-media"
            | "tiktok-embed"
            | "bluesky-embed"
            | "mastodon-embed"
            | "fb-post"
            | "fb-video"
            | "reddit-embed-bq"
            | "text-post-media"
            | "kg-bookmark-card"
            | "kg-embed-card"
            | "embed-card"
            | "link-card"
            | "link-preview"
            | "bookmark-card"
            | "wp-embedded-content"
            | "graf--mixtapeembed"
    )
}

/// Closes one of the open elements a count stands for, when the element closing was one.
fn leave(was: bool, open: &mut usize) {
    if was {
        *open = open.saturating_sub(1);
    }
}

/// Whether a class names an element that is no part of what a page says, neither its text
/// nor its links: MediaWiki's `[edit]` link beside a heading (`span.mw-editsection`, older
/// wikis' `span.editsection`), whose `edit` was read as a note beside "References" and whose
/// link only opens the wiki's editor; a Jupyter notebook's cell prompts (`In [3]:`,
/// `Out [3]:`: nbconvert's `div.prompt.input_prompt`, JupyterLab's `div.jp-InputPrompt`),
/// whose `[3]` was a note marker with no note in every executed notebook.
fn unread_class(c: &str) -> bool {
    matches!(
        c,
        "mw-editsection"
            | "editsection"
            | "input_prompt"
            | "output_prompt"
            | "jp-inputprompt"
            | "jp-outputprompt"
    )
}

/// Whether a class (lower-cased) names a block quotation's credit line inside it: docutils'
/// `attribution`, `attrib`, `credit`, `byline`, a theme's `quote-attribution` or
/// `blockquote__credit` (by a part, as `-` and `_` separate them).
fn credit_class(c: &str) -> bool {
    c.split(['-', '_'])
        .any(|p| matches!(p, "attribution" | "attrib" | "credit" | "byline"))
}

/// Whether a class names a callout box: GitHub's and mdBook's alerts, admonitions (Sphinx,
/// MkDocs, Docusaurus), callouts.
fn callout_class(c: &str) -> bool {
    [
        "alert",
        "admonition",
        "callout",
        "markdown-alert",
        "blockquote-tag",
    ]
    .iter()
    .any(|p| c.starts_with(p))
}

/// The fragment (`#ref-CR1`) of `href` when it leads to the page `p` is read from: its path
/// is the one of the page's canonical link, `og:url` or `<base>` (see
/// [`Walker::own_fragment`]).
pub(super) fn own_fragment<'h>(p: &Parsed, href: &'h str) -> Option<&'h str> {
    let href = href.trim();
    let hash = memchr::memchr(b'#', href.as_bytes()).filter(|&i| i > 0)?;
    let frag = href.get(hash..).filter(|f| f.len() > 1)?;
    let path = href.get(..hash)?;
    p.own_urls
        .iter()
        .chain(p.base_href.as_ref())
        .any(|own| same_page(path, own))
        .then_some(frag)
}

/// Whether the address `link` (without its fragment; absolute, root-relative or relative)
/// is the page declared as `own` (its canonical link, `og:url` or `<base>`): the same host,
/// path and query, `http` and `https` alike, a trailing `/` aside. Checked first by bytes:
/// `link` must end with the last segment of `own`'s path (a front page's never counts).
fn same_page(link: &str, own: &str) -> bool {
    let own = own.trim();
    let own = own.split('#').next().unwrap_or(own);
    let own_path = own.split('?').next().unwrap_or(own).trim_end_matches('/');
    let last = own_path.rsplit('/').next().unwrap_or("");
    let link_path = link.split('?').next().unwrap_or(link).trim_end_matches('/');
    if last.is_empty() || own_path.ends_with(':') || !link_path.ends_with(last) {
        return false;
    }
    let Ok(own_url) = url::Url::parse(own) else {
        // A root-relative declaration (`<link rel="canonical" href="/article/xyz">`): the
        // link must name the same path.
        return own.starts_with('/')
            && !own.starts_with("//")
            && link.trim_end_matches('/') == own.trim_end_matches('/');
    };
    let Ok(target) = own_url.join(link) else {
        return false;
    };
    let web = |u: &url::Url| matches!(u.scheme(), "http" | "https");
    (web(&own_url) && web(&target) || own_url.scheme() == target.scheme())
        && own_url.host_str() == target.host_str()
        && own_url.port() == target.port()
        && own_url.path().trim_end_matches('/') == target.path().trim_end_matches('/')
        && own_url.query() == target.query()
}

/// The fragment of an in-page link (`#okafor` gives `okafor`) as a note label, for a link
/// that is a footnote reference by its markup (inside `<sup>`, or a footnote class) but whose
/// target is not named like a note (pulldown-cmark, used by mdBook and Zola, links
/// `[^okafor]` to `#okafor`). The note is the element with that id.
fn fragment_label(href: &str) -> Option<String> {
    href.strip_prefix('#').and_then(plain_label)
}

/// A LaTeXML bibliography entry's number (`<li id="bib.bib3" class="ltx_bibitem">`: `3`, as
/// its `[3]` shows in numbered styles). Every entry is a note, referenced or not (a range
/// `[2–4]` links to its ends only); its citations' links, shown otherwise (`Okafor (2021)`),
/// rename it (see `relabel_by_visible_text`).
fn latexml_bibitem(id: &str, classes: &str) -> Option<String> {
    (latexml_bibitem_id(id) && classes.split_ascii_whitespace().any(|c| c == "ltx_bibitem"))
        .then(|| id.get("bib.bib".len()..).unwrap_or("").to_string())
}

/// Whether an id is LaTeXML's for a bibliography entry: `bib.bib` and a number.
fn latexml_bibitem_id(id: &str) -> bool {
    id.strip_prefix("bib.bib")
        .is_some_and(|n| !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// An id usable as a label as it stands: not empty, short, no whitespace.
fn plain_label(id: &str) -> Option<String> {
    (!id.is_empty() && id.len() <= 64 && !id.contains(char::is_whitespace)).then(|| id.to_string())
}

/// The label a note definition with this `id` carries: as a note-like id reads, otherwise the
/// id itself (pulldown-cmark's `<div class="footnote-definition" id="okafor">`).
fn id_note_label(id: &str) -> Option<String> {
    note_target_label(id).or_else(|| plain_label(id))
}

impl Walker<'_> {
    /// Starts a note at an element that a footnote-reference link points to, by its id or
    /// (an `a`) its name, when nothing else in its markup says it is one: a block element is
    /// the note; an inline one at the start of a block makes that block the note (Google
    /// Docs' `<p><a id="ftnt1" href="#ftnt_ref1">[1]</a> Text</p>`). A block element whose id
    /// is named like a note with a referenced label is one too (Word's `<div id="ftn1">`).
    fn anchor_note(
        &mut self,
        f: &mut Frame,
        id: &str,
        anchor_name: &str,
        at: usize,
        classes: &str,
    ) {
        // Docutils writes a note as a table marked as one (`table.docutils.footnote`,
        // `table.citation`).
        let note_table = f.name == "table"
            && classes
                .split_ascii_whitespace()
                .any(|c| matches!(c, "footnote" | "citation"));
        // A heading or a whole section a link points to is a part of the page, not a note.
        if self.chrome > 0
            || matches!(
                f.name.as_str(),
                "h1" | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "section"
                    | "article"
                    | "main"
                    | "body"
                    | "nav"
                    | "header"
                    | "footer"
                    | "table"
            ) && !note_table
        {
            return;
        }
        let label = [id, anchor_name]
            .into_iter()
            .filter(|k| !k.is_empty())
            .find_map(|k| self.marker_targets.get(k).cloned())
            .or_else(|| {
                (f.block && !id.is_empty())
                    .then(|| note_target_label(id))
                    .flatten()
                    .filter(|l| self.marker_labels.contains(l))
            });
        let Some(label) = label else { return };
        let mut at = at;
        if f.name == "dt" {
            // Docutils' `dl.footnote`: the term is the note's number, its text the `dd` after.
            self.note_ids_seen.insert(id_hash(id));
            self.dt_note = Some(label);
            return;
        }
        if !f.block {
            if let Some(b) = self.cur.as_ref().filter(|b| !b.text.trim().is_empty()) {
                // The anchor further on in its block (Typora ends each note's line with it:
                // `<div class="footnote-line">1 Text … <a name="dfref-footnote-1"
                // href="#ref-footnote-1">↩</a></div>`): the block is the note from its start,
                // unless it is plainly the article's (a block quotation's, a heading, a
                // paragraph citing notes of its own).
                let bi = self.p.blocks.len();
                let own_markers = self
                    .p
                    .markers
                    .iter()
                    .rev()
                    .take_while(|m| m.span.is_none_or(|s| s.0 >= bi))
                    .any(|m| m.span.is_some_and(|s| s.0 == bi));
                if self.group.is_some()
                    || self.inline_note > 0
                    || self.rejoin.is_some()
                    || b.kind == BlockKind::Heading
                    || b.chrome
                    || own_markers
                {
                    return;
                }
                at = b.src_start;
                // The note's number written as text before it (Typora's `span.md-fn-count`)
                // is no part of its text: `1 Trust, …` would make `1 Trust` its author.
                // (The label may still be the link's target, `dfref-footnote-1`: the
                // number is what its marker shows.)
                let shown = self
                    .marker_text
                    .iter()
                    .rev()
                    .find(|(mi, _)| self.p.markers.get(*mi).is_some_and(|m| m.label == label))
                    .and_then(|(_, v)| v.as_deref())
                    .filter(|v| !v.is_empty())
                    .unwrap_or(label.as_str());
                let lead = b.text.len() - b.text.trim_start().len();
                let k = b
                    .text
                    .get(lead..)
                    .and_then(|t| t.strip_prefix(shown))
                    .filter(|r| r.starts_with([' ', '\u{a0}', '.', ')', ':']))
                    .map(|r| {
                        let r2 = r.strip_prefix(['.', ')', ':']).unwrap_or(r);
                        b.text.len() - r2.trim_start().len()
                    })
                    .filter(|&k| {
                        k < b.text.len()
                            && self.open_links.is_empty()
                            && !self
                                .p
                                .links
                                .iter()
                                .rev()
                                .take_while(|l| l.span.is_none_or(|s| s.0 >= bi))
                                .any(|l| l.span.is_some_and(|s| s.0 == bi && s.1 < k))
                    });
                if let Some(k) = k {
                    if let Some(b) = self.cur.as_mut() {
                        *b = slice_block(b, k, b.text.len());
                    }
                    move_spans(&mut self.p, bi, k, bi);
                }
            }
            if let Some(b) = self.cur.as_mut() {
                b.note = Some(label.clone());
            }
            self.retro_note = true;
        }
        // The first block of a list item (Springer's `<li><p id="ref-CR1">Entry…</p><p
        // class="…__links"><a href="https://doi.org/…">Article</a></p></li>`): the note is
        // the whole item, its links paragraph too.
        let whole_item = f.block
            && !f.note_item
            && matches!(f.name.as_str(), "p" | "div" | "span")
            && self.cur.is_none()
            && self
                .kind_stack
                .last()
                .is_some_and(|k| k.0 == BlockKind::ListItem)
            && self.li_blocks.last() == Some(&self.p.blocks.len());
        self.note_count += 1;
        let def = self.begin_note(label, at);
        if whole_item {
            self.retro_note = true;
            self.note_items.push(NoteItem::labelled(def, at));
            return;
        }
        if f.note_item {
            // An element whose class alone was no proof (`<aside class="footnote" id="id12">`):
            // its waiting item is this note.
            if let Some(item) = self.note_items.last_mut() {
                item.def = Some(def);
                item.labelled = true;
            }
            return;
        }
        f.note_item = f.block;
        self.note_items.push(NoteItem::labelled(def, at));
    }

    /// Takes the attribution off the end of block quotation `g` as it closes (a last
    /// paragraph `— Name`, or a trailing `— Name` after its last sentence): it becomes a
    /// paragraph of its own, after the quotation, whose links cite it.
    fn split_attribution(&mut self, g: usize) {
        let bi = self.p.blocks.len().saturating_sub(1);
        let first_of_group = self
            .p
            .blocks
            .iter()
            .rposition(|b| b.group != Some(g))
            .map_or(0, |i| i + 1);
        let Some(b) = self.p.blocks.last_mut() else {
            return;
        };
        if b.group != Some(g) || b.chrome || b.note.is_some() {
            return;
        }
        let Some(k) = attribution_start(&b.text) else {
            return;
        };
        if k == 0 || b.text.get(..k).is_none_or(|t| t.trim().is_empty()) {
            // The whole paragraph, unless it is the quotation's only one.
            if bi > first_of_group {
                b.group = None;
                cite_group_from(&mut self.p.links, bi, 0, g);
            }
            return;
        }
        let mut rest = slice_block(b, k, b.text.len());
        rest.group = None;
        *b = slice_block(b, 0, k);
        let new_bi = bi + 1;
        move_spans(&mut self.p, bi, k, new_bi);
        cite_group_from(&mut self.p.links, new_bi, 0, g);
        if self.maybe_blocks.last() == Some(&bi) {
            self.maybe_blocks.push(new_bi);
        }
        if let Some(r) = self.rows.iter_mut().rev().find(|r| rest.row == Some(r.0)) {
            r.2 = r.2.max(new_bi + 1);
        }
        self.p.blocks.push(rest);
    }

    /// A table row used for layout (a page's columns, an article in a cell: a heading, a
    /// list or a block quotation in it, or more than [`LAYOUT_ROW_BLOCKS`] blocks) is no row of
    /// data: its blocks forget it, and their quotations are cited as in any paragraph.
    fn layout_row(&mut self, row: usize, first: usize, end: usize) {
        let blocks = self.p.blocks.get(first..end).unwrap_or(&[]);
        let mine = || blocks.iter().filter(|b| b.row == Some(row));
        let layout = mine().count() > LAYOUT_ROW_BLOCKS
            || mine().any(|b| b.group.is_some() || b.kind != BlockKind::Cell);
        if layout {
            for b in self.p.blocks.get_mut(first..end).unwrap_or(&mut []) {
                if b.row == Some(row) {
                    b.row = None;
                }
            }
        }
    }

    /// Starts the note `label` at `at`: it is the open note, and its definition is recorded.
    /// Its index among the parsed notes.
    /// Notes written one per line in one element, each after a line break and opening with
    /// its anchor (Blogger's `<span><a name="note1"></a>1. …<br /><a name="note2"></a>2. …`):
    /// an anchor that a footnote link points to, right after a `<br>` inside another note,
    /// ends that note and starts its own, in the same element.
    fn next_note_in_line(&mut self, id: &str, anchor_name: &str, at: usize) {
        let Some(label) = [id, anchor_name]
            .into_iter()
            .filter(|k| !k.is_empty())
            .find_map(|k| self.marker_targets.get(k).cloned())
        else {
            return;
        };
        let after_break = self
            .cur
            .as_ref()
            .is_some_and(|b| b.text.trim_end_matches([' ', '\t']).ends_with('\n'));
        if !after_break
            || self.note.as_deref() == Some(label.as_str())
            || self.p.notes.iter().any(|n| n.label == label)
        {
            return;
        }
        let Some(item) = self.note_items.last().filter(|i| i.def.is_some()) else {
            return;
        };
        let prev = item.def;
        self.flush();
        if let Some(n) = prev.and_then(|d| self.p.notes.get_mut(d)) {
            n.end = at.max(n.offset + 1);
        }
        self.note_count += 1;
        let def = self.begin_note(label, at);
        if let Some(item) = self.note_items.last_mut() {
            item.def = Some(def);
            item.has_text = false;
        }
    }

    /// Whether a bare `<sup>` holding note number `label` opens a paragraph's note, as press
    /// releases and CMS pages write their notes (`<p><sup>1</sup> Source, … URL</p>`): it
    /// stands first in a paragraph outside lists, notes and block quotations, or first on a
    /// line after a notes heading and a line break (`<p>Notes<br><sup>1</sup> …`); the
    /// text before cites that number in a superscript within its text; no note has it yet;
    /// and the notes so found run from 1 in order (a Bible's `<p><sup>2</sup>And …` verse
    /// numbers do not).
    ///
    /// In a table cell, as e-mail newsletters lay out their whole text in tables (nested three
    /// or four deep), the marker it answers is in the same table (the innermost one open), or
    /// a notes heading or the note before (opened so) stands right before it: a table of figures opening a cell with a
    /// superscript (`<td><sup>1</sup>H</td>`) after prose citing note 1 opens no note.
    fn sup_opens_note(&self, label: &str) -> bool {
        let want = (self.sup_notes + 1).to_string();
        if label != want
            || self.note.is_some()
            || self.group.is_some()
            || self.code > 0
            || !self.open_links.is_empty()
            || self.p.notes.iter().any(|n| n.label == label)
        {
            return false;
        }
        let mut in_cell = false;
        for (k, _) in &self.kind_stack {
            match k {
                BlockKind::ListItem => return false,
                BlockKind::Cell => in_cell = true,
                _ => {}
            }
        }
        let after_heading = self.heading_line_before();
        if !after_heading && self.cur.as_ref().is_some_and(|b| !b.text.trim().is_empty()) {
            return false;
        }
        // In a cell, right after a notes heading or after the note before (opened so), the
        // marker may be anywhere before; otherwise in the cell's table (blocks from the
        // table's first on).
        let anywhere = !in_cell
            || after_heading
            || self.p.blocks.last().is_some_and(|b| {
                super::notes::is_notes_heading(&b.text)
                    || (self.sup_notes > 0
                        && b.note.as_deref() == Some(self.sup_notes.to_string().as_str()))
            });
        let from = if anywhere {
            0
        } else {
            self.tables.last().copied().unwrap_or(0)
        };
        self.sup_cited(label, from)
    }

    /// Whether the text before (from block `from` on) cites note `label` with an explicit
    /// marker within a paragraph outside notes and block quotations.
    fn sup_cited(&self, label: &str, from: usize) -> bool {
        self.p.markers.iter().any(|m| {
            m.explicit
                && m.label == label
                && m.span.is_some_and(|(bi, t, _)| {
                    t > 0
                        && bi >= from
                        && self
                            .p
                            .blocks
                            .get(bi)
                            .is_some_and(|b| b.note.is_none() && b.group.is_none())
                })
        })
    }

    /// Whether the block being built ends with a line break right after a notes heading's
    /// line (`Notes<br>`), as e-mails write their notes in one cell or paragraph, one a line.
    fn heading_line_before(&self) -> bool {
        self.cur.as_ref().is_some_and(|b| {
            let t = b.text.trim_end_matches([' ', '\t', '\u{a0}']);
            t.ends_with('\n') && {
                let t = t.trim_end();
                let line = t.rfind('\n').map_or(t, |i| t.get(i + 1..).unwrap_or(""));
                super::notes::is_notes_heading(line)
            }
        })
    }

    /// Whether a bare `<sup>` holding note number `label` opens the next note on a line of its
    /// own inside a note [`Self::sup_opens_note`] opened (`<sup>1</sup> …<br><sup>2</sup> …`,
    /// an e-mail's notes one a line in one cell): it follows a line break, the notes run on
    /// in order, and the text before the notes cites it.
    fn sup_note_line(&self, label: &str) -> bool {
        if self.sup_notes == 0
            || self.group.is_some()
            || self.code > 0
            || !self.open_links.is_empty()
            || !self.cur.as_ref().is_some_and(|b| {
                b.text
                    .trim_end_matches([' ', '\t', '\u{a0}'])
                    .ends_with('\n')
            })
        {
            return false;
        }
        let open = self.sup_notes.to_string();
        let want = (self.sup_notes + 1).to_string();
        label == want
            && self.note.as_deref() == Some(open.as_str())
            && self
                .note_items
                .last()
                .and_then(|i| i.def)
                .and_then(|d| self.p.notes.get(d))
                .is_some_and(|n| n.label == open)
            && !self.p.notes.iter().any(|n| n.label == label)
            && self.sup_cited(label, 0)
    }

    /// A quote admonition whose first paragraph quotes someone in marks and goes on (`"We
    /// would rather …," said one maintainer.`) holds the writer's prose in a quote-styled
    /// box: its paragraphs are prose again (the quotation is what the marks hold), as in a
    /// callout box.
    fn writer_quotes(&mut self, g: usize, from: usize) {
        let Some(first) = self
            .p
            .blocks
            .iter()
            .skip(from)
            .position(|b| b.group == Some(g))
            .map(|i| from + i)
        else {
            return;
        };
        let Some(b) = self.p.blocks.get(first) else {
            return;
        };
        let t = b.text.trim_start();
        if !t.starts_with(['"', '“', '„', '«', '»', '”', '「']) || wholly_quoted(&b.text).is_some()
        {
            return;
        }
        for b in self.p.blocks.get_mut(first..).unwrap_or(&mut []) {
            if b.group == Some(g) {
                b.group = None;
            }
        }
        if let Some(x) = self.p.groups.get_mut(g) {
            x.callout = true;
        }
    }

    /// Starts a note written inside its paragraph (a Tufte sidenote, a LaTeXML footnote):
    /// the paragraph so far is a block, the note's text blocks of its own (see
    /// [`Walker::inline_note`]), and the paragraph's text after the note joins its block
    /// again ([`Walker::rejoin`]).
    fn begin_inline_note(&mut self, f: &mut Frame, label: String, at: usize) {
        let before = self.p.blocks.len();
        let joined = self.rejoin.map(|r| r.0);
        self.flush();
        self.rejoin_target = joined.or_else(|| {
            (self.p.blocks.len() > before)
                .then_some(before)
                .filter(|&bi| self.p.blocks.get(bi).is_some_and(|b| b.note.is_none()))
        });
        f.block = true;
        f.inline_note = true;
        self.inline_note += 1;
        self.note_count += 1;
        let def = self.begin_note(label, at);
        self.note_items.push(NoteItem::labelled(def, at));
        f.note_item = true;
    }

    /// Joins the block being built, the text of a paragraph after a note written inside it,
    /// to the paragraph's block `bi` (`links` and `markers` were the counts when the note
    /// ended: those after are the block's).
    fn rejoin_block(&mut self, b: Block, (bi, links, markers): (usize, usize, usize)) {
        let here = self.p.blocks.len();
        let Some(target) = self.p.blocks.get_mut(bi) else {
            return;
        };
        let base = target.text.len();
        for (si, seg) in b.segs.iter().enumerate() {
            let end = b.segs.get(si + 1).map_or(b.text.len(), |s| s.text);
            let Some(piece) = b.text.get(seg.text..end) else {
                continue;
            };
            if seg.verbatim {
                target.push_verbatim(piece, seg.src);
            } else {
                target.push_mapped(piece, seg.src);
            }
        }
        target
            .italics
            .extend(b.italics.iter().map(|&(s, e)| (s + base, e + base)));
        target
            .code
            .extend(b.code.iter().map(|&(s, e)| (s + base, e + base)));
        target.src_end = target.src_end.max(b.src_end);
        let moved = |span: &mut Option<(usize, usize, usize)>| {
            if let Some((sb, t, e)) = *span {
                if sb == here {
                    *span = Some((bi, t + base, e + base));
                }
            }
        };
        for l in self.p.links.get_mut(links..).unwrap_or(&mut []) {
            moved(&mut l.span);
        }
        for m in self.p.markers.get_mut(markers..).unwrap_or(&mut []) {
            moved(&mut m.span);
        }
        for o in &mut self.open_links {
            if o.1 == here {
                *o = (o.0, bi, o.2 + base);
            }
        }
    }

    fn begin_note(&mut self, label: String, at: usize) -> usize {
        self.note = Some(label.clone());
        self.p.notes.push(NoteDef {
            label,
            offset: at,
            end: at + 1,
        });
        self.p.notes.len() - 1
    }

    /// Remembers the id of a note's element when its label differs from it, for markers that
    /// link to the id as it stands ([`Walker::by_id_markers`]).
    fn note_id(&mut self, id: &str, label: &str) {
        if !id.is_empty() && id != label {
            self.note_ids.insert(id.to_string(), label.to_string());
        }
    }

    fn flush(&mut self) {
        if let Some(r) = self.rejoin.take() {
            if let Some(b) = self.cur.take() {
                self.rejoin_block(b, r);
                self.cur_refs = false;
                return;
            }
        }
        if let Some(b) = self.cur.take() {
            if !b.text.trim().is_empty() || self.cur_refs {
                if self.inline_note > 0 {
                    self.inline_note_blocks.push(self.p.blocks.len());
                }
                if self.cur_maybe {
                    self.maybe_blocks.push(self.p.blocks.len());
                }
                if let Some(k) = self.cur_site_footer {
                    self.site_footer_blocks.push((k, self.p.blocks.len()));
                }
                if let Some(r) = self.cur_region.filter(|_| b.chrome) {
                    self.regions.blocks.push((self.p.blocks.len(), r));
                    self.regions.block_content.push(self.content > 0);
                } else if self.content > 0 && !b.chrome && !self.cur_maybe {
                    let bi = self.p.blocks.len();
                    self.regions.last_plain = Some(bi);
                    if b.kind != BlockKind::Heading {
                        self.regions.plain_prose += b.text.trim().len();
                        if self.regions.first_prose.is_none() {
                            self.regions.first_prose = Some(bi);
                        }
                    }
                }
                // `— Name, speaking to <a>the Courier</a>` right after a block quotation
                // names its source: its links cite it.
                // So does a quotation's attribution marked up as one (Asciidoctor's
                // `div.attribution`), whatever its words (`— Post-incident review INC-7`).
                if b.group.is_none()
                    && ((b.text.trim_start().starts_with(['—', '―', '–', '-'])
                        && attribution_start(&b.text) == Some(0))
                        || ((source_line(&b.text) || self.cur_credit)
                            && self.p.blocks.last().is_some_and(|p| p.group.is_some())))
                {
                    let g = match self.p.blocks.last_mut() {
                        Some(p) if p.group.is_some() => p.group,
                        // A paragraph that is wholly a quotation, attributed so, is a block
                        // quotation.
                        Some(p) if !p.chrome && p.note.is_none() => match wholly_quoted(&p.text) {
                            Some((from, to)) => {
                                let offset = p.src_start;
                                *p = slice_block(p, from, to);
                                p.group = Some(self.p.groups.len());
                                self.p.groups.push(Group {
                                    offset,
                                    cite: None,
                                    callout: false,
                                    correspondence: false,
                                    parent: None,
                                });
                                let len = to - from;
                                let bi = self.p.blocks.len() - 1;
                                let clip = |span: &mut Option<(usize, usize, usize)>| {
                                    if let Some((b, t, e)) = *span {
                                        if b == bi {
                                            let c = |x: usize| x.saturating_sub(from).min(len);
                                            *span = Some((b, c(t), c(e)));
                                        }
                                    }
                                };
                                let before =
                                    |s: Option<(usize, usize, usize)>| s.is_some_and(|s| s.0 < bi);
                                for l in self.p.links.iter_mut().rev() {
                                    if before(l.span) {
                                        break;
                                    }
                                    clip(&mut l.span);
                                }
                                for m in self.p.markers.iter_mut().rev() {
                                    if before(m.span) {
                                        break;
                                    }
                                    clip(&mut m.span);
                                }
                                Some(self.p.groups.len() - 1)
                            }
                            None => None,
                        },
                        _ => None,
                    };
                    if let Some(g) = g {
                        let g = root_group(&self.p.groups, g);
                        cite_group_from(&mut self.p.links, self.p.blocks.len(), 0, g);
                    }
                }
                let mut b = b;
                if b.item_cont {
                    b.links_only = self.links_only(&b);
                }
                // Rows hold their blocks up to here (see `rows`).
                let row_end = self.p.blocks.len() + 1;
                for r in self.rows.iter_mut().rev() {
                    if b.row == Some(r.0) {
                        r.2 = row_end;
                        break;
                    }
                }
                self.keep_buffers(&mut b);
                self.p.blocks.push(b);
            } else {
                let mut b = b;
                self.keep_buffers(&mut b);
            }
        }
        self.cur_refs = false;
    }

    /// Gives `b`, the block ending, its text and source map at their exact sizes, and keeps
    /// their buffers for the next block (see `spare_text`, `spare_segs`).
    fn keep_buffers(&mut self, b: &mut Block) {
        let exact = String::from(b.text.as_str());
        let mut buffer = std::mem::replace(&mut b.text, exact);
        buffer.clear();
        if buffer.capacity() >= self.spare_text.capacity() {
            self.spare_text = buffer;
        }
        let exact = b.segs.to_vec();
        let mut buffer = std::mem::replace(&mut b.segs, exact);
        buffer.clear();
        if buffer.capacity() >= self.spare_segs.capacity() {
            self.spare_segs = buffer;
        }
    }

    /// Whether the text of `b`, the block being ended, is all link text (words between the
    /// links aside from spaces and separators: `Article Google Scholar`, `[DOI] [PubMed]`).
    fn links_only(&self, b: &Block) -> bool {
        let bi = self.p.blocks.len();
        let mut covered = 0;
        let mut any = false;
        for l in self.p.links.iter().rev() {
            match l.span {
                Some((lb, t, e)) if lb == bi => {
                    any = true;
                    covered += b.text.get(t..e).map_or(0, |s| {
                        s.bytes().filter(|c| !c.is_ascii_whitespace()).count()
                    });
                }
                Some((lb, _, _)) if lb < bi => break,
                _ => {}
            }
        }
        let visible = b
            .text
            .bytes()
            .filter(|c| !c.is_ascii_whitespace() && !b"[](),;|".contains(c))
            .count();
        any && covered >= visible
    }

    fn block(&mut self, at: usize) -> &mut Block {
        if self.cur.is_none() {
            // Where the last `<br>` ended was an offset into the block before: a new
            // block's text reaching the same length is no line a `<br>` made.
            self.br_end = 0;
            let (kind, label) = self
                .kind_stack
                .last()
                .cloned()
                .unwrap_or((BlockKind::Paragraph, None));
            let mut b = Block::new(kind, at);
            b.text = std::mem::take(&mut self.spare_text);
            b.segs = std::mem::take(&mut self.spare_segs);
            b.group = self.group;
            b.row = self.rows.last().map(|r| r.0);
            b.note = self.note.clone();
            b.item_cont = kind == BlockKind::ListItem
                && self
                    .li_blocks
                    .last()
                    .is_some_and(|&n| n < self.p.blocks.len());
            b.item_label = label;
            b.chrome = self.chrome > 0;
            b.footer = self.footer > 0;
            self.cur_region = self.regions.open.last().copied();
            // (Not in a content element such a box holds: the story is never outside itself.)
            self.cur_maybe = !self.in_site_region() && self.maybe_chrome > 0 && self.content == 0;
            self.cur_credit = self.credit > 0;
            if self.inline_note > 0 {
                // A note written inside a paragraph is no part of a quotation or a row the
                // paragraph is in.
                b.group = None;
                b.row = None;
            }
            self.cur_site_footer = (self.chrome == 0 && self.site_footer > 0)
                .then(|| self.footers_seen.saturating_sub(1));
            // Only the first block of a list item carries its number.
            if let Some(top) = self.kind_stack.last_mut() {
                top.1 = None;
            }
            self.cur = Some(b);
        }
        self.cur
            .get_or_insert_with(|| Block::new(BlockKind::Paragraph, at))
    }

    /// A marker written in the page's markup (a footnote link, a citation's key), where the
    /// text has got to: zero-width, at `at` in the source.
    /// Whether `el` is a footnote's text shown again beside its marker, as a popup or kept
    /// hidden for one (`<sup><a href="#fn-1">[1]</a><span class="footnote-popup"
    /// role="tooltip">…</span></sup>`, littlefoot's and bigfoot's popovers): a copy of the note,
    /// whose text would run on the quotation before the marker and whose links would cite it.
    /// Only right after a footnote marker (in its `<sup>` or next to it, nothing but space
    /// between), outside notes, and only when marked as a popup or hidden.
    fn note_popup(&self, el: &El<'_>) -> bool {
        if self.note.is_some() || self.swallow > 0 || self.capturing || modern_footnote(el) {
            return false;
        }
        let Some((bi, t, _)) = self.p.markers.last().and_then(|m| m.span) else {
            return false;
        };
        let after_marker = bi == self.p.blocks.len()
            && self
                .cur
                .as_ref()
                .and_then(|b| b.text.get(t..))
                .is_some_and(|rest| rest.trim().is_empty());
        if !after_marker {
            return false;
        }
        let popup_class = el.attr("class").is_some_and(popup_classes);
        let hidden = el.attr("hidden").is_some()
            || el
                .attr("aria-hidden")
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
            || el.attr("style").is_some_and(style_hides);
        popup_class
            || hidden
            || el
                .attr("role")
                .is_some_and(|r| r.trim().eq_ignore_ascii_case("tooltip"))
    }

    fn push_marker(&mut self, label: String, at: usize) {
        let (bi, t) = self.pos(at);
        self.p.markers.push(Marker {
            label,
            offset: at,
            span: Some((bi, t, t)),
            explicit: true,
            citation_like: true,
            narrative: false,
        });
    }

    /// At the end of a `<sup>` that opened when the page had `from` markers: two markers in
    /// it with only a dash between them (`<sup><a href="#r7">7</a>&ndash;<a
    /// href="#r9">9</a></sup>`, as journals write a range, alone or in a list: `3–5,9`) are a
    /// range, kept for [`expand_sup_ranges`].
    fn sup_range(&mut self, from: usize) {
        let n = self.p.markers.len();
        if n < from + 2 || n - from > 24 {
            return;
        }
        let bi = self.p.blocks.len();
        for i in from..n - 1 {
            let (Some(b), Some(m1), Some(m2)) = (
                self.cur.as_ref(),
                self.p.markers.get(i),
                self.p.markers.get(i + 1),
            ) else {
                return;
            };
            let (Some((b1, t1, _)), Some((b2, t2, _))) = (m1.span, m2.span) else {
                continue;
            };
            if m1.explicit
                && m2.explicit
                && b1 == bi
                && b2 == bi
                && b.text
                    .get(t1..t2)
                    .is_some_and(|d| matches!(d.trim(), "–" | "-"))
            {
                self.sup_ranges.push((i, i + 1));
                self.range_targets(i);
            }
        }
    }

    /// For a range whose ends are markers `from` and `from + 1`, linking to ids numbered
    /// alike (`#ref-CR3`–`#ref-CR5`, `#pone.0290117.ref003`–`…ref005`) and showing numbers
    /// that count alike (`3`–`5`): the ids between are the targets of the notes between
    /// (`ref-CR4` is note `4`), which no link reaches. Without this, the entry the range
    /// only passes through was never read as a note.
    fn range_targets(&mut self, from: usize) {
        let href = |mi: usize| {
            self.link_markers
                .iter()
                .rev()
                .take(4)
                .find(|(m, _, _)| *m == mi)
                .and_then(|(_, _, h)| h.trim().strip_prefix('#'))
        };
        let shown = |mi: usize| -> Option<u32> {
            let (_, v) = self
                .marker_text
                .iter()
                .rev()
                .take(4)
                .find(|(m, _)| *m == mi)?;
            let v = match v.as_deref()? {
                "" => self.p.markers.get(mi)?.label.as_str(),
                v => v,
            };
            (v.len() <= 3 && v.bytes().all(|c| c.is_ascii_digit()))
                .then(|| v.parse().ok())
                .flatten()
        };
        // An id's trailing number: (the part before it, its digits).
        fn split(id: &str) -> Option<(&str, &str)> {
            let k = id.len() - id.bytes().rev().take_while(u8::is_ascii_digit).count();
            let (head, digits) = id.split_at(k);
            (!digits.is_empty() && digits.len() <= 6).then_some((head, digits))
        }
        let (Some(h1), Some(h2), Some(v1), Some(v2)) =
            (href(from), href(from + 1), shown(from), shown(from + 1))
        else {
            return;
        };
        let (Some((p1, d1)), Some((p2, d2))) = (split(h1), split(h2)) else {
            return;
        };
        let (Ok(n1), Ok(n2)) = (d1.parse::<u32>(), d2.parse::<u32>()) else {
            return;
        };
        if p1 != p2 || n2 <= n1 + 1 || n2 - n1 > 9 || v2.checked_sub(v1) != Some(n2 - n1) {
            return;
        }
        // Zero-padded ids (`ref003`) keep their width.
        let width = if d1.starts_with('0') { d1.len() } else { 0 };
        let mut add = Vec::new();
        for k in 1..n2 - n1 {
            let id = format!("{p1}{:0width$}", n1 + k);
            add.push((id, (v1 + k).to_string()));
        }
        for (id, label) in add {
            self.marker_labels.insert(label.clone());
            self.marker_targets.entry(id).or_insert(label);
        }
    }

    fn pos(&mut self, at: usize) -> (usize, usize) {
        let bi = self.p.blocks.len();
        let t = self.block(at).text.len();
        self.cur_refs = true;
        (bi, t)
    }

    /// The fragment (`#ref-CR1`) of `href` when it leads to the page itself: its path is
    /// the one of the page's canonical link, `og:url` or `<base>` (`/article/10.1007/xyz
    /// #ref-CR1`, or that address in full, `http` or `https`). A link so written is one
    /// within the page, as a reader sees it (the browser only scrolls), and is read as
    /// `#ref-CR1` is: a marker when the fragment names a note. Most links hold no `#`, or
    /// do not end their path with the page's last segment: no URL is parsed for them.
    fn own_fragment<'h>(&self, href: &'h str) -> Option<&'h str> {
        own_fragment(&self.p, href)
    }

    /// Whether a region of page chrome is open around the walk, other than a layout wrapper
    /// around the page's `main` (Read the Docs' `section.wy-nav-content-wrap`, named for its
    /// navigation, holds the `div[role=main]` and the `footer` after it): a `footer` after
    /// the content inside such a wrapper is the site's, as one outside it is.
    fn in_site_region(&self) -> bool {
        self.regions
            .open
            .iter()
            .any(|&r| !self.regions.wrapper.get(r).copied().unwrap_or(false))
    }

    /// Whether the element `name` of the classes `classes` is a story's by-line or kicker box
    /// ([`byline_box_class`]): never the story itself (`<article class="post has-byline">`,
    /// `main`, `body`), nor a quotation's credit (`<blockquote>…<footer class="quote-byline">`,
    /// a figure's, a `q`'s), whose link is the quotation's source.
    fn byline_box(&self, name: &str, classes: &str) -> bool {
        !classes.is_empty()
            && !matches!(name, "article" | "main" | "body" | "html")
            && self.group.is_none()
            && self.figures.is_empty()
            && self.q_depth == 0
            && classes.split_ascii_whitespace().any(|c| {
                byline_box_class(c)
                        || (self.paper_page() && c.eq_ignore_ascii_case("cg"))
                        // A theme's own name for the writer's link in the by-line
                        // (Squarespace's `a.blog-author-name`, `a.post-author-name`); a
                        // heading so named may head a box of the article's.
                        || (name == "a" && author_name_link_class(c))
            })
    }

    /// Whether the page is a paper's, declaring its DOI or PDF to indexers
    /// (`citation_doi`, `citation_pdf_url`): where PubMed Central's short box names mean its
    /// authors ([`pmc_byline_name`]).
    fn paper_page(&self) -> bool {
        !self.p.self_ids.is_empty()
    }

    /// Whether `href` (its fragment aside) is the page itself, as its canonical link,
    /// `og:url` or `<base>` declares it.
    fn own_page(&self, href: &str) -> bool {
        let href = href.trim();
        let path = href.split('#').next().unwrap_or(href);
        !path.is_empty()
            && self
                .p
                .own_urls
                .iter()
                .chain(self.p.base_href.as_ref())
                .any(|own| same_page(path, own))
    }

    /// Whether the page declares its own address (a canonical link, `og:url`, `<base>`).
    fn declares_own_url(&self) -> bool {
        !self.p.own_urls.is_empty() || self.p.base_href.is_some()
    }

    /// Whether `href` leads to the page's own site: written relative to it, or on the host
    /// of its canonical link, `og:url` or `<base>` (any, for a page that declares none).
    fn own_site(&self, href: &str) -> bool {
        let href = href.trim();
        let Some((_, rest)) = href.split_once("//") else {
            return true;
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        let mut owns = self.p.own_urls.iter().chain(self.p.base_href.as_ref());
        let mut any = false;
        let same = owns.any(|own| {
            any = true;
            own.split_once("//").is_some_and(|(_, r)| {
                r.split(['/', '?', '#'])
                    .next()
                    .is_some_and(|h| h.eq_ignore_ascii_case(host))
            })
        });
        same || !any
    }

    fn add_link(&mut self, raw: &str, kind: LinkKind, at: usize, text: &str) -> usize {
        let (bi, t) = self.pos(at);
        self.p.links.push(RawLink {
            raw: raw.to_string(),
            kind,
            text: text.to_string(),
            offset: at,
            span: Some((bi, t, t)),
            group: if kind == LinkKind::Cite {
                self.group
            } else {
                None
            },
        });
        self.p.links.len() - 1
    }

    fn open(&mut self, el: &El<'_>) -> Frame {
        // (The tokenizer lower-cases names: a copy only for a name given otherwise.)
        let lower;
        let name: &str = if el.name.bytes().any(|c| c.is_ascii_uppercase()) {
            lower = el.name.to_ascii_lowercase();
            &lower
        } else {
            el.name
        };
        let kinds = el.kinds;
        let at = self.loc.start_tag(name, kinds & kind::RAW_TEXT != 0);
        let mut f = Frame {
            name: name.to_string(),
            block: kinds & kind::BLOCK != 0,
            italic: None,
            link: None,
            note: false,
            group_root: false,
            swallow: false,
            sup: false,
            skip: false,
            ol: false,
            figure: false,
            figcaption: false,
            note_item: false,
            callout: false,
            chrome: false,
            maybe_chrome: false,
            site_footer: false,
            footer: false,
            content: false,
            article: false,
            capture: false,
            styled_quote: false,
            outer_group: None,
            sup_markers: 0,
            cite_group: false,
            biblio: false,
            popup: false,
            credit: false,
            quote_credit: false,
            ltx_note: false,
            ltx_mark: false,
            inline_note: false,
            quote_box: false,
            verse: false,
            quoteblock: false,
            box_title: false,
            standfirst: false,
            button: false,
            byline: false,
            blocks_at: 0,
        };
        if name == "meta"
            && !self.tex4ht
            && el
                .attr("name")
                .is_some_and(|n| n.eq_ignore_ascii_case("generator"))
        {
            let content = el.attr("content").unwrap_or("").to_ascii_lowercase();
            self.tex4ht = content.contains("tex4ht") || content.contains("make4ht");
        }
        if name == "base" && self.p.base_href.is_none() {
            self.p.base_href = el.attr("href").map(str::to_string);
        }
        // The page's own addresses as it declares them: a link there cites nothing.
        if name == "link" && el.rel_has("canonical") {
            self.p.own_urls.extend(el.attr("href").map(str::to_string));
        } else if name == "meta"
            && el
                .attr("property")
                .is_some_and(|n| n.eq_ignore_ascii_case("og:url"))
        {
            self.p
                .own_urls
                .extend(el.attr("content").map(str::to_string));
        } else if name == "meta" {
            // A paper's own DOI and PDF as its publisher declares them for indexers
            // (`<meta name="citation_doi" content="10.5555/…">`, `citation_pdf_url`): the
            // header's link to either is the article itself, citing nothing. Kept apart from
            // the page's own addresses: neither is this page (a link into the PDF,
            // `…/0142.pdf#page=4`, is no place in it), nor is doi.org its site.
            let meta = el.attr("name").unwrap_or("");
            let content = el.attr("content").map(str::trim).unwrap_or("");
            if meta.eq_ignore_ascii_case("citation_doi") && content.starts_with("10.") {
                self.p.self_ids.push(format!("https://doi.org/{content}"));
            } else if let Some(doi) = (meta.eq_ignore_ascii_case("citation_doi")
                || meta.eq_ignore_ascii_case("dc.identifier"))
            .then(|| content.strip_prefix("doi:"))
            .flatten()
            .map(str::trim)
            .filter(|d| d.starts_with("10."))
            {
                self.p.self_ids.push(format!("https://doi.org/{doi}"));
            } else if meta.eq_ignore_ascii_case("citation_pdf_url") && !content.is_empty() {
                self.p.self_ids.push(content.to_string());
            } else if let Some(pmid) = own_pmid(meta, content) {
                // Its PubMed record (`citation_pmid`, `dc.identifier` of `pmid:…`): the
                // header's `PMID: 31900001` link is the article's own record, no source.
                self.p.self_ids.push(format!("pmid:{pmid}"));
            }
        }
        // Asciidoctor's verse block (`<div class="verseblock"><pre class="content">…</pre>
        // <div class="attribution">…`): its `pre` is a poem quoted, not code.
        let verse = name == "pre"
            && self.verseblock > 0
            && self.skip == 0
            && self.code == 0
            && el
                .attr("class")
                .is_some_and(|c| c.split_ascii_whitespace().any(|c| c == "content"));
        if kinds & kind::SKIP != 0 && !verse {
            f.skip = true;
            self.skip += 1;
            if name == "pre" {
                self.flush();
            }
            return f;
        }
        if verse {
            f.block = true;
        }
        if self.skip > 0 || self.popup > 0 {
            return f;
        }
        if self.note_popup(el) {
            f.popup = true;
            self.popup += 1;
            return f;
        }
        if f.block {
            self.flush();
        }
        f.blocks_at = self.p.blocks.len();
        // One pass over the attributes for the ones the element kind does not decide.
        let (mut class, mut id, mut role, mut anchor_name) = ("", "", "", "");
        let (mut style, mut hidden, mut component) = ("", None, "");
        let (mut label, mut href) = ("", "");
        for (k, v) in el.attrs() {
            match k {
                "aria-label" if label.is_empty() => label = v,
                "href" if href.is_empty() && name == "a" => href = v,
                "class" if class.is_empty() => class = v,
                "id" if id.is_empty() => id = v,
                "role" if role.is_empty() => role = v,
                "name" if anchor_name.is_empty() && name == "a" => anchor_name = v,
                "style" if style.is_empty() => style = v,
                "hidden" => hidden = Some(v),
                "data-component-name" if component.is_empty() => component = v,
                _ => {}
            }
        }
        let classes = class.to_ascii_lowercase();
        if !classes.is_empty() && classes.split_ascii_whitespace().any(unread_class) {
            f.skip = true;
            self.skip += 1;
            return f;
        }
        // The authors' names and their affiliations (`<ul class="author-list"><li>Elin
        // Sandvik<sup>1</sup>`, `<p class="affil"><sup>1</sup> University of …`, JATS's
        // `contrib-group` and `aff`, a `byline`): the superscripts there pair a name with its
        // institution, and cite nothing; nor is the affiliations' line a note. Only by the
        // element's own class or id, and never the page's or the story's whole container
        // (`<article class="by-author">`).
        if self.note.is_none()
            && !matches!(name, "html" | "body" | "main" | "article" | "section")
            && ((!classes.is_empty() && classes.split_ascii_whitespace().any(byline_name))
                || (!id.is_empty() && byline_name(id))
                || (self.paper_page()
                    && (classes.split_ascii_whitespace().any(pmc_byline_name)
                        || pmc_byline_name(id))))
        {
            f.byline = true;
            self.byline += 1;
        }
        // Inline text no reader sees on the screen: a link's `<span class="sr-only"> (opens
        // in a new tab)</span>`, a `<span style="display:none">` inside a sentence. It is no
        // word of the sentence, so no word of a quotation running over it (session 38: the
        // quote read `inflation (opens in a new tab)` and failed as a misquote). Only inline:
        // a hidden block is judged as furniture below.
        if !f.block
            && name != "a"
            && (classes
                .split_ascii_whitespace()
                .any(crate::verify::visible_text::screen_reader_only)
                || (!style.is_empty() && style_hides(style)))
        {
            f.skip = true;
            self.skip += 1;
            return f;
        }
        if name == "p" && !self.tex4ht && classes.split_ascii_whitespace().any(|c| c == "noindent")
        {
            self.tex4ht = true;
        }
        let notes_container = classes.split_ascii_whitespace().any(|c| {
            matches!(
                c,
                "footnotes"
                    | "endnotes"
                    | "references"
                    | "notes"
                    | "footnote-list"
                    // WordPress's footnotes block; the Easy Footnotes plugin's list.
                    | "wp-block-footnotes"
                    | "easy-footnotes-wrapper"
                    // PubMed Central's reference list, JATS rendered as HTML.
                    | "back-ref-list"
                    | "ref-list"
            )
        }) || role == "doc-endnotes"
            || role == "doc-footnotes"
            || id.eq_ignore_ascii_case("footnotes")
            || id.eq_ignore_ascii_case("endnotes");
        if notes_container {
            f.note = true;
            self.in_notes_container += 1;
            // Pandoc's bibliography (`<div id="refs" class="references csl-bib-body">`; before
            // citeproc was built in, `<div id="refs" class="references">`): a reference list
            // by its markup, headed or not (pandoc writes no heading unless a title is set).
            if f.block
                && self.note.is_none()
                && self.chrome == 0
                && (classes
                    .split_ascii_whitespace()
                    .any(|c| c == "csl-bib-body")
                    || id == "refs")
            {
                let bi = self.p.blocks.len();
                if self.p.reference_lists.last() != Some(&bi) {
                    self.p.reference_lists.push(bi);
                }
            }
        }
        // MkDocs Material's quote admonition (`<div class="admonition quote"><p
        // class="admonition-title">…</p><p>…</p></div>`, `<details class="quote">` when it
        // folds): a block quotation, not a callout box; its title is no part of it.
        let quote_box = matches!(name, "div" | "details")
            && self.note.is_none()
            && classes
                .split_ascii_whitespace()
                .any(|c| matches!(c, "quote" | "cite"))
            && (name == "details" || classes.split_ascii_whitespace().any(|c| c == "admonition"));
        let callout_box = !quote_box && classes.split_ascii_whitespace().any(callout_class);
        if callout_box {
            f.callout = true;
            self.callout += 1;
        }
        if name == "article" {
            f.article = true;
            if self.stories.depth == 0 {
                self.flush();
                self.stories.count += 1;
                self.stories.start = self.p.blocks.len();
                self.stories.other = false;
            }
            self.stories.depth += 1;
        } else if name == "h1" && self.stories.depth > 0 {
            match self.stories.first_headed {
                None => self.stories.first_headed = Some(self.stories.count),
                Some(c) if c != self.stories.count => self.stories.other = true,
                Some(_) => {}
            }
        }
        // The regions open around the page's `main` (any), and those opened inside its
        // content around its first headline, are its layout's wrappers.
        let rg = &mut self.regions;
        if (name == "main" || role == "main") && !rg.main_seen {
            rg.main_seen = true;
            for &r in &rg.open {
                if let Some(w) = rg.wrapper.get_mut(r) {
                    *w = true;
                }
            }
        } else if name == "h1" && self.content > 0 && !rg.headline_seen {
            rg.headline_seen = true;
            for &r in &rg.open {
                if rg.in_content.get(r) == Some(&true) && rg.sure.get(r) == Some(&false) {
                    if let Some(w) = rg.wrapper.get_mut(r) {
                        *w = true;
                    }
                }
            }
        }
        if matches!(name, "article" | "main") || role == "main" {
            f.content = true;
            self.content += 1;
            if !self.content_seen {
                self.regions.first_content = Some(self.regions.open.last().copied());
            }
            self.content_seen = true;
        }
        let notes_like = notes_container
            || classes.contains("footnote")
            || classes.contains("endnote")
            || role.starts_with("doc-");
        // The page itself, or its content, is never furniture because of a name: `<body
        // class="has-sidebar">`, `<main class="comments-enabled">` describe the page's
        // layout. An `<article>` may be a reader's comment or a related post (`<article
        // class="comment">`): its class counts (state flags such as `share-enabled` do not,
        // see `chrome_name`).
        let whole_page = matches!(name, "body" | "main");
        // A post's own button (sharing it, liking it, counting its comments: [`button_link`])
        // is the site's wherever it stands, in the story's bar of buttons too.
        let button = name == "a"
            && !href.is_empty()
            && (button_link(&classes, href, |h| self.own_page(h), |h| self.own_site(h))
                // A link marked as a tag (`rel="tag"`: Blogger's labels, a forum's question
                // tags, WordPress's tags) leads to the site's page of posts so tagged: a
                // tag page by its address, or the site's own page (relative, or on the host
                // the page declares). Plugins mark a sentence's link to an encyclopedia so
                // too (`As <a rel="tag" href="…/wiki/Photosynthesis">`): a source (the
                // sixty-fourth session's review).
                || (el.rel_has("tag") && (tag_page(href)
                    || !href.contains("//")
                    || (self.declares_own_url() && self.own_site(href))))
                // The page itself sorted another way (a Q&A site's `Votes` tab).
                || (sort_tab_query(href)
                    && self.own_page(href.split(['?', '#']).next().unwrap_or(href)))
                // The page's licence (`rel="license"`: Quarto's `Reuse` appendix, a
                // footer's `CC BY 4.0`): the terms it is published under, no source; but
                // a sentence's words made such a link (`The <a rel="license">GNU General
                // Public License</a> says …`) name a source (review of the sixty-fifth
                // session), so only a link opening its block or after a label's colon.
                || (el.rel_has("license") && self.cur.as_ref().is_none_or(|b| {
                    let t = b.text.trim_end();
                    t.is_empty() || t.ends_with(':')
                })));
        if !notes_like && self.note.is_none() && !whole_page {
            // Substack's embedded tweet: `<div class="tweet" data-component-name=
            // "Twitter2ToDOM">`, the post's text in a `div.tweet-text` (a block only: no
            // word of a sentence).
            // Medium names its by-line's parts for its tests only, its classes being
            // generated (`data-testid="authorName"`, `authorPhoto`).
            let byline_box = self.byline_box(name, &classes)
                || (self.group.is_none()
                    && el.attr("data-testid").is_some_and(|t| {
                        ["authorName", "authorPhoto", "publicationName"]
                            .iter()
                            .any(|w| t.eq_ignore_ascii_case(w))
                    }));
            let embed = classes.split_ascii_whitespace().any(embed_class)
                || (f.block
                    && (classes.split_ascii_whitespace().any(|c| c == "tweet")
                        || super::starts_with_ignore_ascii_case(component, "twitter")));
            // Text the page never shows (an e-mail's preheader, `<div style="display:none">`
            // repeating the lead quotation for the inbox preview) is furniture: its links are
            // links, its quotations not the article's. Not a tab panel's `hidden` (a click
            // shows it), nor `hidden="until-found"` (a search does), nor `aria-hidden`
            // (hidden from screen readers only).
            // Only a block is: a hidden inline span (schema.org's `<span style="display:none"
            // itemprop="author">` opening a paragraph) hid the paragraph around it. And only
            // hidden as e-mails hide a preheader, or with `hidden` and no `id`: a collapsed
            // panel (an accordion's `<div id="faq1" role="region" hidden>`, a "Read more"
            // body's `display:none`) is the article's, shown by a click.
            let unseen = f.block
                && (preheader_style(style)
                    || hidden.is_some_and(|v| {
                        !v.trim().eq_ignore_ascii_case("until-found")
                            && !role.eq_ignore_ascii_case("tabpanel")
                            && !role.eq_ignore_ascii_case("region")
                            && id.is_empty()
                    }));
            // An AMP page's advertisement slots (`amp-ad`, `amp-sticky-ad`) and its boxes of
            // recommended content from other sites (`amp-embed`): the site's, their fallback
            // links too, wherever they stand.
            let amp_ad = matches!(name, "amp-ad" | "amp-sticky-ad" | "amp-embed");
            if embed
                || unseen
                || button
                || name == "nav"
                || amp_ad
                || matches!(role, "navigation" | "banner" | "contentinfo" | "search")
                || (!classes.is_empty() && chrome_name(&classes))
                || byline_box
                || (self.content == 0
                    && f.block
                    && self.group.is_none()
                    && self.figcaption == 0
                    && self.note.is_none()
                    && name != "section"
                    && (classes.split_ascii_whitespace().any(site_frame_name)
                        || site_frame_name(id)))
                // A section's id is its heading's slug (`recommended-configuration`, `comments`
                // in an article about them), not the site's name for a box.
                || (!id.is_empty()
                    && name != "section"
                    && !classes.split_ascii_whitespace().any(|c| c == "section")
                    && chrome_name(id))
            {
                f.chrome = true;
                self.chrome += 1;
                // A pull quote repeats the article's words: furniture whatever its size (a
                // Markdown file's `<aside class="pull-quote">` block is all of its text).
                let pull_quote = classes.split_ascii_whitespace().any(|c| {
                    c.eq_ignore_ascii_case("pull-quote")
                        || c.split(['-', '_'])
                            .any(|p| p.eq_ignore_ascii_case("pullquote"))
                });
                // So is a story's teaser set in the text (`element-rich-link`).
                let teaser = classes.contains("rich-link");
                // A button sharing the article on a network ([`ChromeRegions::share`]), or a
                // link whose own class and address both say it shares (Substack's
                // `a.post-ufi-button.share` to the post's own address with `?action=share`):
                // the link is the button.
                let share = classes.split_ascii_whitespace().any(share_button)
                    || share_button(id)
                    || button;
                if button {
                    // Its own block: the words before it in a sentence or a bar (Substack's
                    // `14 Likes` before its `Share`) are no part of it, nor it of theirs.
                    self.flush();
                    f.button = true;
                }
                let r = self.open_region(embed || pull_quote || teaser, embed, share);
                // Breadcrumbs (`<nav aria-label="Breadcrumb">`) and a sign-up box are the
                // site's wherever they stand; an `aside` or a box named for other stories is
                // one of teasers if its heading says so ([`ChromeRegions::settle`]).
                // (Discourse's crawler view names its trail by id: `<div id="breadcrumbs">`.)
                let site_box = classes.split_ascii_whitespace().any(site_box_class)
                    || byline_box
                    || amp_ad
                    || (name != "section" && site_box_class(id))
                    || (name == "nav" && label.to_ascii_lowercase().contains("breadcrumb"));
                let teaser_box = name == "aside"
                    || role.eq_ignore_ascii_case("complementary")
                    || classes.split_ascii_whitespace().any(related_class);
                if let Some(v) = self.regions.site_box.get_mut(r) {
                    *v = site_box;
                }
                if let Some(v) = self.regions.teaser_box.get_mut(r) {
                    *v = teaser_box;
                }
                if let Some(v) = self.regions.talk.get_mut(r) {
                    *v = classes.split_ascii_whitespace().any(comment_class);
                }
                if let Some(v) = self.regions.talk_list.get_mut(r) {
                    *v = classes.split_ascii_whitespace().any(comments_list_class)
                        || comments_list_class(id);
                }
                if let Some(v) = self.regions.appeal_box.get_mut(r) {
                    *v = classes.split_ascii_whitespace().any(appeal_box_class)
                        || (name != "section" && appeal_box_class(id));
                }
            } else if self.content == 0
                && (matches!(name, "header" | "footer" | "aside")
                    || role == "complementary"
                    // A box named as a footer (Substack's `div.post-footer` after the post,
                    // its `Subscribe` and `Share` buttons) is one, as `<footer>` is.
                    || (f.block && classes.split_ascii_whitespace().any(footer_class))
                    // A side column named so (old Reddit's `div.side`, a journal's
                    // `div.article-aside`, a news site's `right-rail`) is one, as `<aside>`
                    // is.
                    || (f.block && classes.split_ascii_whitespace().any(side_class)))
            {
                f.maybe_chrome = true;
                self.maybe_chrome += 1;
                let posts = ["post", "entry", "article", "story"];
                if name == "footer"
                    && self.group.is_none()
                    && self.figcaption == 0
                    && !posts.iter().any(|p| classes.contains(p))
                {
                    f.site_footer = true;
                    if self.site_footer == 0 {
                        self.footers_seen += 1;
                    }
                    self.site_footer += 1;
                }
            }
        }
        if name == "footer" && self.group.is_none() && self.figcaption == 0 && self.note.is_none() {
            f.footer = true;
            self.footer += 1;
        }
        // A note numbered in order is named by the first id inside it, before its text
        // (Substack: `<div class="footnote"><a id="footnote-3" …>3</a><div>text`).
        if let Some(item) = self.note_items.last_mut() {
            if !item.labelled && !item.has_text {
                if let Some(label) = note_target_label(id) {
                    item.labelled = true;
                    self.note_ids.insert(id.to_string(), label.clone());
                    match item.def.and_then(|d| self.p.notes.get_mut(d)) {
                        Some(def) => def.label.clone_from(&label),
                        None => {
                            self.note_count += 1;
                            self.p.notes.push(NoteDef {
                                label: label.clone(),
                                offset: item.offset,
                                end: item.offset + 1,
                            });
                            item.def = Some(self.p.notes.len() - 1);
                        }
                    }
                    self.note = Some(label);
                }
            }
        }
        let note_class = classes
            .split_ascii_whitespace()
            .any(|c| matches!(c, "footnote-definition" | "footnote-item" | "endnote"))
            || role == "doc-endnote"
            || role == "doc-footnote"
            // Sphinx's citations: `<div class="citation" id="wirth76" role="doc-biblioentry">`.
            || (role == "doc-biblioentry" && classes.split_ascii_whitespace().any(|c| c == "citation"));
        let maybe_note = classes.split_ascii_whitespace().any(|c| c == "footnote");
        if (note_class || maybe_note)
            && matches!(name, "div" | "p" | "aside")
            && self.note.is_none()
        {
            let id_label = if note_class {
                id_note_label(id)
            } else {
                note_target_label(id)
            };
            let mut item = NoteItem {
                def: None,
                offset: at,
                labelled: id_label.is_some(),
                has_text: false,
                converted: false,
            };
            if note_class || id_label.is_some() {
                self.note_count += 1;
                let label = id_label.unwrap_or_else(|| self.note_count.to_string());
                self.note_id(id, &label);
                item.def = Some(self.begin_note(label, at));
            }
            self.note_items.push(item);
            f.note_item = true;
        }
        if matches!(name, "dt" | "dl") {
            self.dt_note = None;
        }
        if (!id.is_empty() || !anchor_name.is_empty())
            && self.note.is_none()
            && name != "li"
            && !self.marker_targets.is_empty()
        {
            self.anchor_note(&mut f, id, anchor_name, at, &classes);
        } else if name == "a" && self.note.is_some() && !self.marker_targets.is_empty() {
            self.next_note_in_line(id, anchor_name, at);
        }
        // Google Docs: a paragraph indented by its class is a block quotation (see
        // `gdocs_classes`); not one in a list, a table or a note.
        let mut indented = false;
        if name == "p" && !self.indent_classes.is_empty() && self.note.is_none() {
            self.paragraphs += 1;
            indented = self.group.is_none()
                && !self
                    .kind_stack
                    .iter()
                    .any(|(k, _)| matches!(k, BlockKind::ListItem | BlockKind::Cell))
                && classes
                    .split_ascii_whitespace()
                    .any(|c| self.indent_classes.contains(c));
            if indented {
                self.indented += 1;
            }
        }
        // A callout box's title (`<p class="admonition-title">“Remember your waders”</p>`)
        // names the box, as the Markdown `!!! note "…"` title does: no quotation and no note
        // marker in it. (A quote box's title is handled below: it is outside its quotation.)
        if name == "p"
            && !(self.quote_box.is_some() && self.quote_box.map(|q| q.0) == self.group)
            && classes
                .split_ascii_whitespace()
                .any(|c| c == "admonition-title")
        {
            f.box_title = true;
            self.code += 1;
        }
        // Asciidoctor's quote and verse blocks: `<div class="quoteblock"><blockquote>…
        // </blockquote><div class="attribution">— Name<br><cite><a href>…</a></cite></div>`.
        // (Only in one: elsewhere `div.attribution` may be a photo's credit.)
        if name == "div"
            && self.group.is_none()
            && self.note.is_none()
            && (self.quoteblock > 0 || self.verseblock > 0)
            && classes.split_ascii_whitespace().any(|c| c == "attribution")
        {
            f.credit = true;
            self.credit += 1;
        }
        if name == "div" && classes.split_ascii_whitespace().any(|c| c == "verseblock") {
            f.verse = true;
            self.verseblock += 1;
        }
        if name == "div" && classes.split_ascii_whitespace().any(|c| c == "quoteblock") {
            f.quoteblock = true;
            self.quoteblock += 1;
        }
        if name == "cite" && classes.split_ascii_whitespace().any(|c| c == "ltx_cite") {
            f.cite_group = true;
            f.sup_markers = self.p.markers.len();
        }
        match name {
            "ol" => {
                let start = el
                    .attr("start")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(1);
                self.ol_counters.push(start);
                f.ol = true;
                if notes_container {
                    self.note_count = 0;
                }
            }
            "ul" => {
                self.ol_counters.push(0);
                f.ol = true;
            }
            "li" => {
                let number = self.ol_counters.last_mut().and_then(|n| {
                    if *n == 0 {
                        return None;
                    }
                    let l = n.to_string();
                    *n += 1;
                    Some(l)
                });
                // An id named like a note, or one a footnote reference links to.
                let mut bibitem = latexml_bibitem(id, &classes);
                // arXiv's pages number their footnotes and their references each from 1: an
                // entry whose number a footnote already has is shown, and named, as `[2]`
                // (its citations' links are renamed to match once the walk ends).
                // Once one is, all are: the list reads `[1]`, `[2]`, … throughout.
                if let Some(l) = bibitem.as_mut() {
                    if !self.latexml_bracketed.is_empty()
                        || self.p.notes.iter().any(|n| n.label == *l)
                    {
                        self.latexml_bracketed.push(l.clone());
                        *l = format!("[{l}]");
                    }
                }
                if let Some(l) = &bibitem {
                    self.p.listed_notes.push(l.clone());
                }
                let id_label = note_target_label(id).or(bibitem).or_else(|| {
                    (!id.is_empty())
                        .then(|| self.marker_targets.get(id).cloned())
                        .flatten()
                        // An item of a numbered list that links reach by an id such as
                        // `B2` is named by its number, as the list shows it (its links are
                        // renamed to match by the id once the walk ends).
                        .map(|l| match &number {
                            Some(n) if l == id && self.in_notes_container > 0 => n.clone(),
                            _ => l,
                        })
                });
                if let Some(item) = self.note_items.last_mut() {
                    if let Some(def) = item.def.filter(|_| !item.has_text && !item.converted) {
                        // The "note" holds a list: each item is a note.
                        item.converted = true;
                        self.p.notes.truncate(def);
                        self.note_count = self.note_count.saturating_sub(1);
                        self.note = None;
                        self.in_notes_container += 1;
                    }
                }
                // (A list inside a note is part of it.)
                // An item of a bulleted reference list with an id of its own (`<ul
                // class="references"><li id="ref-ha">`) is named by it, not by a position
                // the list never shows: a notes list's `1` (`#fn1`) is another note.
                let id_label = id_label.or_else(|| {
                    (number.is_none()
                        && self.in_notes_container > 0
                        && self.ol_counters.last() == Some(&0)
                        && !id.is_empty()
                        && id.chars().any(char::is_alphabetic))
                    .then(|| id.to_string())
                });
                if self.note.is_none() && (self.in_notes_container > 0 || id_label.is_some()) {
                    self.note_count += 1;
                    let label = id_label
                        .or(number.clone())
                        .unwrap_or_else(|| self.note_count.to_string());
                    self.note_id(id, &label);
                    let def = self.begin_note(label, at);
                    self.note_items.push(NoteItem::labelled(def, at));
                    f.note_item = true;
                }
                self.kind_stack.push((BlockKind::ListItem, number));
                self.li_blocks.push(self.p.blocks.len());
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.kind_stack.push((BlockKind::Heading, None));
            }
            // A story's standfirst under its headline (`p.standfirst`, `div.article-dek`):
            // display text like a heading, so a quotation it repeats from the story takes the
            // story's citation (`repeated`) rather than standing uncited.
            "p" | "div"
                if self.note.is_none()
                    && self.group.is_none()
                    && !classes.is_empty()
                    && classes.split_ascii_whitespace().any(standfirst_class) =>
            {
                self.kind_stack.push((BlockKind::Heading, None));
                f.standfirst = true;
            }
            "dd" if self.note.is_none() && self.dt_note.is_some() => {
                if let Some(label) = self.dt_note.take() {
                    self.note_count += 1;
                    let def = self.begin_note(label, at);
                    self.note_items.push(NoteItem::labelled(def, at));
                    f.note_item = true;
                }
            }
            "td" | "th" => self.kind_stack.push((BlockKind::Cell, None)),
            "tr" => self
                .rows
                .push((at, self.p.blocks.len(), self.p.blocks.len())),
            "table" => {
                self.tables.push(self.p.blocks.len());
                self.table_notes.push(own_table_notes(self.loc.src, at));
            }
            "figure" => {
                self.figures.push(Figure::default());
                f.figure = true;
            }
            "figcaption" => {
                self.figcaption += 1;
                f.figcaption = true;
            }
            // A quote box's title (`p.admonition-title`, a `details`' `summary`) is outside its
            // quotation.
            "p" | "summary"
                if self.quote_box.is_some()
                    && self.quote_box.map(|q| q.0) == self.group
                    && (name == "summary"
                        || classes
                            .split_ascii_whitespace()
                            .any(|c| c == "admonition-title")) =>
            {
                f.group_root = true;
                f.outer_group = self.group;
                self.group = None;
            }
            "blockquote" | "p" | "div" | "details" | "pre"
                if name == "blockquote"
                    || quote_box
                    || verse
                    // tex4ht's and make4ht's LaTeX `quote` and `quotation` environments.
                    || name == "div"
                        && self.tex4ht
                        && classes
                            .split_ascii_whitespace()
                            .any(|c| matches!(c, "quote" | "quotation"))
                    || name == "p"
                        && !classes.is_empty()
                        && classes.split_ascii_whitespace().any(|c| {
                            matches!(c, "msoquote" | "msointensequote" | "block-text")
                        })
                    || indented =>
            {
                if indented && self.group.is_none() && self.cur.is_none() {
                    let continues = self
                        .styled_quote
                        .is_some_and(|(_, n)| n == self.p.blocks.len());
                    if !continues {
                        self.indent_groups.push(self.p.groups.len());
                    }
                }
                // A paragraph in a word processor's quotation style (Word's `MsoQuote`, the
                // `Block Text` style pandoc gives a docx's block quotes) is a block quotation;
                // paragraphs of that style in a row are one.
                if name == "p" && self.group.is_none() && self.cur.is_none() {
                    if let Some((g, n)) = self.styled_quote {
                        if n == self.p.blocks.len() {
                            self.group = Some(g);
                            f.group_root = true;
                            f.styled_quote = true;
                        }
                    }
                }
                // A `blockquote` inside another is a quotation of its own within the outer one
                // (a paragraph in a quotation style inside one is part of it).
                let nested = name == "blockquote" && self.group.is_some();
                if self.group.is_none() || nested {
                    if let Some(fig) = self.figures.last_mut().filter(|_| !nested) {
                        fig.groups.push(self.p.groups.len());
                    }
                    f.outer_group = self.group;
                    self.group = Some(self.p.groups.len());
                    // A blockquote marked as a note, tip or warning, or inside a callout box.
                    if !self.in_site_region() && self.maybe_chrome > 0 && self.content == 0 {
                        self.maybe_groups.push(self.p.groups.len());
                    }
                    let callout = self.callout > 0
                        || classes.split_ascii_whitespace().any(|c| {
                            matches!(
                                c,
                                "note" | "tip" | "warning" | "info" | "important" | "caution"
                            )
                        });
                    if let Some(&r) = self.regions.open.last() {
                        self.regions.groups.push((self.p.groups.len(), r));
                    }
                    if name == "blockquote"
                        && classes
                            .split_ascii_whitespace()
                            .any(|c| c == "kg-blockquote-alt")
                    {
                        self.alt_quotes.push(self.p.groups.len());
                    }
                    self.p.groups.push(Group {
                        offset: at,
                        cite: el.attr("cite").map(str::to_string),
                        callout,
                        correspondence: false,
                        parent: f.outer_group,
                    });
                    f.group_root = true;
                    f.styled_quote = name == "p";
                    self.quote_root = name == "blockquote" || quote_box || verse;
                    if quote_box {
                        f.quote_box = true;
                        self.quote_box = self.group.map(|g| (g, self.p.blocks.len()));
                    }
                }
                if let Some(c) = el.attr("cite") {
                    self.add_link(c, LinkKind::Cite, at, "");
                }
            }
            "q" => {
                if let Some(c) = el.attr("cite") {
                    let li = self.add_link(c, LinkKind::Cite, at, "");
                    let (bi, t) = self.pos(at);
                    self.open_links.push((li, bi, t));
                    f.link = Some(li);
                }
                self.q_depth += 1;
                let mark = if self.q_depth % 2 == 1 { "“" } else { "‘" };
                self.block(at).push_mapped(mark, at);
            }
            "a" => {
                if let Some(href) = el.attr("href") {
                    // A link to the page's own address with a fragment (Springer's
                    // `/article/10.1007/xyz#ref-CR1` on that article) is a link within it;
                    // kept as written when it stays a link.
                    let written = href;
                    let href = self.own_fragment(href).unwrap_or(href);
                    let h = href.trim();
                    let lower = h.to_ascii_lowercase();
                    let back_to_ref = || {
                        h.strip_prefix('#').is_some_and(|f| {
                            self.ref_ids.contains(f)
                                || (f.contains('%')
                                    && percent_encoding::percent_decode_str(f)
                                        .decode_utf8()
                                        .is_ok_and(|f| self.ref_ids.contains(f.as_ref())))
                        })
                    };
                    let backref = classes.contains("backref")
                        || classes.contains("footnote-back")
                        || classes.contains("footnote-number")
                        || classes.contains("footnote-to-top")
                        || (role == "doc-backlink" && lower.starts_with('#'))
                        || lower.starts_with("#fnref")
                        || lower.contains("#cite_ref")
                        // Inside a note, a link back to where it is referenced.
                        // (Not Wikipedia's link from a short citation to its full entry,
                        // `#CITEREFPryce1950`: see `to_entry`.)
                        || (self.note.is_some()
                            && lower.starts_with('#')
                            && !lower.starts_with("#citeref")
                            && (lower.contains("ref") || lower.contains("anchor") || back_to_ref()));
                    // Wikipedia's link from a short citation (`Pryce 1950, p. 3.`) to its full
                    // entry: the note's text, but no link of the note's (fetched, it is the
                    // article's own address, and a quote would be checked against the
                    // article quoting it). The entry is found by its text.
                    let to_entry = self.note.is_some() && lower.starts_with("#citeref");
                    // A note-like target, or any in-page target of a link marked up as a
                    // footnote reference.
                    // (The label, and whether it is the target's id as it stands.)
                    // A W3C or WHATWG spec's citation of its bibliography (ReSpec's `<a
                    // class="bibref" href="#bib-html">HTML</a>`, Bikeshed's `<a
                    // data-link-type="biblio" href="#biblio-html">[HTML]</a>`): the entry is
                    // the `dd` after the `dt` it links to, named as the link shows it.
                    let biblio = h.len() > 1
                        && h.starts_with('#')
                        && (classes.split_ascii_whitespace().any(|c| c == "bibref")
                            || el
                                .attr("data-link-type")
                                .is_some_and(|v| v.trim().eq_ignore_ascii_case("biblio")));
                    let in_page_note = |in_sup: bool| {
                        note_href_label(h).map(|l| (l, false)).or_else(|| {
                            fragment_label(h)
                                .filter(|_| {
                                    in_sup
                                        || biblio
                                        || role == "doc-noteref"
                                        || classes.split_ascii_whitespace().any(|c| {
                                            c.starts_with("footnote") || c == "citation-reference"
                                        })
                                        // LaTeXML (arXiv's HTML): `<cite class="ltx_cite">[<a
                                        // href="#bib.bib3" class="ltx_ref">3</a>]</cite>`.
                                        || lower.starts_with("#bib.")
                                            && classes.split_ascii_whitespace().any(|c| c == "ltx_ref")
                                        // A numbered bibliography's citation: Pandoc's
                                        // `<a href="#ref-ng2020" role="doc-biblioref">3</a>`.
                                        || role == "doc-biblioref"
                                            && self.loc.shows_number_before_close("</a", false)
                                        // A journal's (JATS rendered as HTML) citation
                                        // whatever it shows, `(<a class="xref-bibr"
                                        // href="#B2">Lund 2018</a>: 44)`: it links to its
                                        // entry.
                                        || classes
                                            .split_ascii_whitespace()
                                            .any(|c| matches!(c, "xref-bibr" | "bibr"))
                                        // Any link within the page showing nothing but a
                                        // number in brackets, `<a href="#ref-a">[1]</a>`
                                        // (Jekyll-scholar, hand-written pages): a citation
                                        // (a figure's or a section's link shows `Fig. 1`).
                                        || self.loc.shows_number_before_close("</a", true)
                                        // A link around a superscript number, `<a
                                        // href="#easy-footnote-bottom-2"><sup>2</sup></a>`:
                                        // as a link inside `<sup>` is.
                                        || self.loc.shows_sup_number_before_close("</a")
                                })
                                .map(|l| (l, true))
                        })
                    };
                    if backref {
                        f.swallow = true;
                        self.swallow += 1;
                        if self.note_items.last().is_some_and(|i| !i.has_text) {
                            self.lead_trim = true;
                        }
                    } else if let Some((label, by_id)) = in_page_note(self.sup > 0)
                        .filter(|_| self.note.is_none() && self.byline == 0)
                    {
                        for i in [id, anchor_name] {
                            if !i.is_empty() {
                                self.ref_ids.insert(i.to_string());
                            }
                        }
                        if let Some(frag) = h.strip_prefix('#').filter(|f| !f.is_empty()) {
                            if !self.marker_targets.contains_key(frag) {
                                self.marker_targets.insert(frag.to_string(), label.clone());
                            }
                            if !self.marker_labels.contains(&label) {
                                self.marker_labels.insert(label.clone());
                            }
                        }
                        // Not in swallowed text, but for a quotation's attribution.
                        if self.swallow == self.quote_credits {
                            f.capture = true;
                            f.biblio = biblio;
                            self.capturing = true;
                            self.capture_buf.clear();
                        }
                        if let Some(frag) = h.strip_prefix('#').filter(|f| !f.is_empty()) {
                            let decoded = percent_encoding::percent_decode_str(frag).decode_utf8();
                            let frag = decoded.as_deref().unwrap_or(frag);
                            self.link_markers.push((
                                self.p.markers.len(),
                                id_hash(frag),
                                href.to_string(),
                            ));
                        }
                        if by_id {
                            self.by_id_markers.push(self.p.markers.len());
                        }
                        self.push_marker(label, at);
                        f.swallow = true;
                        self.swallow += 1;
                    } else if !to_entry {
                        let li = self.add_link(written, LinkKind::Link, at, "");
                        let (bi, t) = self.pos(at);
                        self.open_links.push((li, bi, t));
                        f.link = Some(li);
                        if h.len() > 1 && h.starts_with('#') && self.note.is_none() {
                            self.in_page_links.push(li);
                        }
                        if self.figcaption > 0 {
                            if let Some(fig) = self.figures.last_mut() {
                                fig.caption_links.push(li);
                            }
                        }
                    }
                }
            }
            // (AMP pages write their images and frames as `amp-img`, `amp-anim`, `amp-iframe`.)
            "img" | "source" | "amp-img" | "amp-anim" => {
                let alt = el.attr("alt").unwrap_or("");
                let src = el.attr("src");
                if let Some(s) = src {
                    // A `<source src>` is a video's or a recording's file (one in a
                    // `<picture>` gives `srcset`).
                    let kind = if name == "source" {
                        LinkKind::Media
                    } else {
                        LinkKind::Image
                    };
                    self.add_link(s, kind, at, alt);
                }
                // Each candidate of `srcset` (on `<img>` and on `<source>` in `<picture>`)
                // is an image too, placed at the tag like `src`.
                for u in srcset_urls(el.attr("srcset").unwrap_or("")) {
                    if Some(u) != src {
                        self.add_link(u, LinkKind::Image, at, alt);
                    }
                }
            }
            "iframe" | "amp-iframe" => {
                if let Some(s) = el.attr("src") {
                    self.add_link(s, LinkKind::Iframe, at, el.attr("title").unwrap_or(""));
                }
            }
            // A video's or a recording's file, and a video's poster picture: a page's
            // own assets, as its images are.
            "video" | "audio" | "track" => {
                if let Some(s) = el.attr("src") {
                    self.add_link(s, LinkKind::Media, at, el.attr("title").unwrap_or(""));
                }
                if let Some(s) = el.attr("poster").filter(|_| name == "video") {
                    self.add_link(s, LinkKind::Image, at, "");
                }
            }
            // Tufte CSS: a sidenote's number is a CSS counter on an empty `label`, its text a
            // `span.sidenote` inside the paragraph, read as a note block of its own.
            "label"
                if self.note.is_none()
                    && classes
                        .split_ascii_whitespace()
                        .any(|c| c == "sidenote-number") =>
            {
                self.sidenotes += 1;
                let label = self.sidenotes.to_string();
                self.pending_sidenote = Some(label.clone());
                self.push_marker(label, at);
            }
            // Only after its number's `label`: a `span.sidenote` without one is numbered by
            // nothing the page shows, and taking the counter's next number would take the
            // label of a note in the page's own list (`href="#fn1"` to `<li id="fn1">`).
            "span"
                if self.note.is_none()
                    && self.swallow == 0
                    && self.pending_sidenote.is_some()
                    && classes.split_ascii_whitespace().any(|c| c == "sidenote") =>
            {
                let label = self.pending_sidenote.take().unwrap_or_default();
                self.begin_inline_note(&mut f, label, at);
            }
            // WordPress's Modern Footnotes plugin: `<sup class="modern-footnotes-footnote"
            // data-mfn="1"><a href="javascript:void(0)">1</a></sup><span role="tooltip"
            // class="modern-footnotes-footnote__note" data-mfn="1">Text…</span>`: the tooltip
            // is the note's only copy (no list of notes), read as a note written inside its
            // paragraph, labelled as its marker shows.
            "span" if self.note.is_none() && self.swallow == 0 && modern_footnote(el) => {
                let label = self
                    .p
                    .markers
                    .last()
                    .filter(|m| m.span.is_some_and(|(bi, _, _)| bi == self.p.blocks.len()))
                    .map(|m| m.label.clone())
                    .or_else(|| el.attr("data-mfn").map(|v| v.trim().to_string()))
                    .filter(|l| !l.is_empty())
                    .unwrap_or_else(|| (self.note_count + 1).to_string());
                self.begin_inline_note(&mut f, label, at);
            }
            // LaTeXML (arXiv's HTML): `<span class="ltx_note ltx_role_footnote"
            // id="footnote2"><sup class="ltx_note_mark">2</sup><span class="ltx_note_outer">
            // <span class="ltx_note_content"><sup class="ltx_note_mark">2</sup><span
            // class="ltx_tag ltx_tag_note">2</span>Text…</span></span></span>`: the first mark
            // is the marker, the content the note (its own copy of the mark and its tag are
            // its number, not its text).
            "span"
                if self.note.is_none()
                    && self.swallow == 0
                    && classes.split_ascii_whitespace().any(|c| c == "ltx_note") =>
            {
                f.ltx_note = true;
                self.ltx_note += 1;
                self.ltx_label = note_target_label(id);
                self.ltx_marked = false;
            }
            "sup"
                if self.ltx_note > 0
                    && !self.ltx_marked
                    && self.note.is_none()
                    && self.swallow == 0
                    && classes
                        .split_ascii_whitespace()
                        .any(|c| c == "ltx_note_mark") =>
            {
                f.ltx_mark = true;
                f.swallow = true;
                self.swallow += 1;
                self.capturing = true;
                self.capture_buf.clear();
                self.ltx_mark_at = at;
            }
            "span"
                if self.ltx_note > 0
                    && self.note.is_none()
                    && self.swallow == 0
                    && classes
                        .split_ascii_whitespace()
                        .any(|c| c == "ltx_note_outer") =>
            {
                let label = match self.ltx_label.take() {
                    Some(l) if self.ltx_marked => l,
                    l => {
                        // No mark was shown: the marker stands where the note does.
                        let l = l.unwrap_or_else(|| (self.note_count + 1).to_string());
                        self.push_marker(l.clone(), at);
                        l
                    }
                };
                self.ltx_marked = true;
                self.begin_inline_note(&mut f, label, at);
            }
            // Pandoc's citeproc without `link-citations`: `<span class="citation"
            // data-cites="okafor2021">(Okafor 2021)</span>` cites the entry `#ref-okafor2021`.
            "span"
                if self.note.is_none()
                    && self.swallow == 0
                    && classes.split_ascii_whitespace().any(|c| c == "citation")
                    && el.attr("data-cites").is_some()
                    && !self.loc.links_before_close("</span") =>
            {
                let cites = el.attr("data-cites").unwrap_or("");
                for key in cites.split_whitespace().take(64) {
                    let Some(label) = plain_label(key) else {
                        continue;
                    };
                    self.marker_targets
                        .entry(format!("ref-{key}"))
                        .or_insert_with(|| label.clone());
                    self.marker_labels.insert(label.clone());
                    self.push_marker(label, at);
                }
                f.swallow = true;
                self.swallow += 1;
            }
            "sup" | "span"
                if self
                    .note_items
                    .last()
                    .is_some_and(|i| i.def.is_some() && !i.has_text && !i.converted)
                    && (name == "sup"
                        || classes.split_ascii_whitespace().any(|c| {
                            matches!(
                                c,
                                "label"
                                    | "fn-label"
                                    | "ltx_tag_bibitem"
                                    | "ltx_tag_note"
                                    | "ltx_note_type"
                            )
                        })
                        // A span of no such class showing nothing but the note's number
                        // (Hexo's `<li id="fn:1"><span style="…">1.</span><span>Text`).
                        || self
                            .note
                            .as_deref()
                            .is_some_and(|l| self.loc.shows_label_before_close("</span", l))) =>
            {
                // A note's own number shown at its start: not part of its text.
                f.swallow = true;
                self.swallow += 1;
                // An entry named by its id (`<li id="B1"><span class="label">1.</span>`, a
                // journal's bulleted list) is named by the number it shows, as its list
                // shows it (see `rename_to_shown_numbers`).
                let shown = self
                    .loc
                    .shown_label_before_close(if name == "sup" { "</sup" } else { "</span" })
                    .map(|(n, _)| n)
                    .filter(|n| {
                        (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit())
                    });
                let def = self.note_items.last().and_then(|i| i.def);
                if let (Some(n), Some(d)) = (shown, def.and_then(|d| self.p.notes.get(d))) {
                    // (An id has a letter: not a label already shown, `[2]`.)
                    if d.label.bytes().any(|c| c.is_ascii_alphabetic()) {
                        self.shown_numbers.push((d.label.clone(), n.to_string()));
                    }
                }
            }
            "sup" => {
                f.sup = true;
                f.sup_markers = self.p.markers.len();
                self.sup += 1;
                if !id.is_empty() && self.note.is_none() {
                    self.ref_ids.insert(id.to_string());
                }
            }
            // A block quotation's attribution (`<footer>— <cite>Name</cite></footer>`,
            // WordPress's `<cite>` after its paragraphs, docutils' `<p class="attribution">`,
            // a transcript's `<p class="attrib">(Participant 17)</p>`) is no part of the
            // quotation; a link in it still cites it.
            "footer" | "cite" | "p" | "div"
                if self.group.is_some()
                    && self.quote_root
                    && (name == "footer"
                        || (matches!(name, "p" | "div")
                            && classes.split_ascii_whitespace().any(credit_class))
                        || name == "cite"
                            && self.cur.as_ref().is_none_or(|b| {
                                b.text
                                    .trim_start()
                                    .trim_start_matches(DASHES)
                                    .trim()
                                    .is_empty()
                            })) =>
            {
                f.swallow = true;
                self.swallow += 1;
                f.quote_credit = true;
                self.quote_credits += 1;
                // The credit's dash before its `<cite>` (MediaWiki's `<div
                // class="templatequotecite">—&#8202;<cite>…`) goes with it: it ended the
                // quotation's text.
                if name == "cite"
                    && !self.cur_refs
                    && self.cur.as_ref().is_some_and(|b| !b.text.trim().is_empty())
                {
                    self.cur = None;
                }
            }
            "code" | "kbd" | "samp" | "tt" => self.code += 1,
            "em" | "i" | "cite" => {
                let t = self.cur.as_ref().map_or(0, |b| b.text.len());
                f.italic = Some(t);
            }
            // Google Docs' italics: a span whose class sets them (see `gdocs_classes`).
            // LaTeXML's (arXiv's HTML): `<span class="ltx_text ltx_font_italic">`, a book's or
            // a journal's name in a reference.
            "span"
                if (!self.italic_classes.is_empty()
                    && classes
                        .split_ascii_whitespace()
                        .any(|c| self.italic_classes.contains(c)))
                    || classes
                        .split_ascii_whitespace()
                        .any(|c| c == "ltx_font_italic") =>
            {
                let t = self.cur.as_ref().map_or(0, |b| b.text.len());
                f.italic = Some(t);
            }
            "br" => {
                if let Some(b) = self.cur.as_mut() {
                    // The source's line break right before the tag (`…”⏎<br>— Name`) is the
                    // one the `<br>` makes: not a blank line, which would end the sentence.
                    let own = b.text.trim_end_matches([' ', '\t']).ends_with('\n')
                        && self.br_end != b.text.len();
                    if !own {
                        b.push_mapped("\n", at);
                    }
                    self.br_end = b.text.len();
                }
            }
            // LaTeXML's entry is its parts side by side with no blank between (`<span
            // class="ltx_bibblock">R. Okafor.</span><span class="ltx_bibblock">Harbour …`):
            // one is put there, or `Okafor.Harbour` is one word.
            "span"
                if classes
                    .split_ascii_whitespace()
                    .any(|c| c == "ltx_bibblock") =>
            {
                if let Some(b) = self
                    .cur
                    .as_mut()
                    .filter(|b| !b.text.is_empty() && !b.text.ends_with(char::is_whitespace))
                {
                    b.push_mapped(" ", at);
                }
            }
            _ => {}
        }
        if !id.is_empty() {
            if self.note.is_some() {
                self.note_ids_seen.insert(id_hash(id));
            } else {
                self.other_ids_seen.insert(id_hash(id));
            }
        }
        f
    }

    /// Whether the text being read may be the story's, as [`teaser_heading`] asks: inside
    /// the page's content (`article`, `main`), but not in `main` after the story's own
    /// `article` (one with the page's `h1`) has closed: a `More from …` box there is the
    /// site's, as one outside `main` is. On a page without a headline the `article` is the
    /// story as well (a `More reviews` box after it in `main` is the site's); one with its
    /// headline outside any `article` (a live blog's posts under it) has its story in
    /// `main`.
    fn in_story(&self) -> bool {
        let s = &self.stories;
        self.content > 0
            && (s.depth > 0
                || (s.first_headed.is_none() && (s.count == 0 || self.regions.headline_seen)))
    }

    /// Opens a chrome region (see [`ChromeRegions`]) inside the innermost one open; its
    /// index.
    fn open_region(&mut self, sure: bool, embed: bool, share: bool) -> usize {
        let after_story = self.content > 0 && !self.in_story();
        let rg = &mut self.regions;
        rg.after_story.push(after_story);
        rg.parent.push(rg.open.last().copied());
        rg.sure.push(sure);
        rg.embed.push(embed);
        rg.share.push(share);
        rg.in_content.push(self.content > 0);
        rg.in_story.push(self.stories.depth > 0);
        rg.site_box.push(false);
        rg.teaser_box.push(false);
        rg.talk.push(false);
        rg.talk_list.push(false);
        rg.appeal_box.push(false);
        rg.wrapper.push(false);
        let r = rg.parent.len() - 1;
        rg.open.push(r);
        r
    }

    /// Makes the open element `f`, headed by block `bi` (a [`teaser_heading`]), a page-chrome
    /// region from its heading on: what follows the heading in it is furniture, settled as
    /// any region is ([`ChromeRegions::settle`]).
    fn chrome_from_heading(&mut self, f: &mut Frame, bi: usize) {
        f.chrome = true;
        self.chrome += 1;
        let r = self.open_region(false, false, false);
        if let Some(v) = self.regions.teaser_box.get_mut(r) {
            *v = f.name == "aside";
        }
        self.regions.blocks.push((bi, r));
        self.regions.block_content.push(self.content > 0);
        if let Some(b) = self.p.blocks.get_mut(bi) {
            b.chrome = true;
        }
    }

    fn close(&mut self, f: Frame) {
        if f.skip {
            self.skip = self.skip.saturating_sub(1);
            return;
        }
        if self.skip > 0 {
            return;
        }
        if f.popup {
            self.popup = self.popup.saturating_sub(1);
            return;
        }
        if self.popup > 0 {
            return;
        }
        let at = self.loc.cursor;
        if f.swallow {
            self.swallow = self.swallow.saturating_sub(1);
        }
        if f.quote_credit {
            self.quote_credits = self.quote_credits.saturating_sub(1);
        }
        if f.ltx_mark {
            // The mark shows the note's label (`2`, `†`); failing that, its id's.
            self.capturing = false;
            let shown = self.capture_buf.trim();
            let label = if !shown.is_empty()
                && shown.chars().count() <= 8
                && !shown.contains(char::is_whitespace)
            {
                shown.to_string()
            } else {
                self.ltx_label
                    .clone()
                    .unwrap_or_else(|| (self.note_count + 1).to_string())
            };
            self.push_marker(label.clone(), self.ltx_mark_at);
            self.ltx_label = Some(label);
            self.ltx_marked = true;
        }
        if f.capture {
            self.capturing = false;
            // Kept only where the link shows something other than its label (an empty text
            // means "shows its label"), so most links cost no allocation.
            if let Some(mi) = self.p.markers.len().checked_sub(1) {
                let label = self.p.markers.get(mi).map_or("", |m| m.label.as_str());
                let visible = if f.biblio {
                    word_label(&self.capture_buf)
                } else {
                    visible_label(&self.capture_buf)
                };
                let shown = match visible {
                    Some(v) if v == label => Some(String::new()),
                    v => v.map(str::to_string),
                };
                // LaTeXML's entries keep their numbers (`latexml_bibitem`): an author–year
                // citation shows a year (`Smith et al. (2020)`), which would rename entry 3
                // to `2020` and leave a range's `3` without its note.
                if !latexml_bibitem_id(label) {
                    self.marker_text.push((mi, shown));
                    let t = self.capture_buf.trim();
                    // The brackets shown inside the link, `<a …>[1]</a>`, or around it,
                    // `[<a href="#ref-moreau2021" role="doc-biblioref">1</a>]` (Pandoc's
                    // numeric styles, a journal's `xref-bibr`): the marker is `[1]`.
                    let inside = t.starts_with('[') && t.ends_with(']');
                    let around = !inside
                        && self.p.markers.get(mi).and_then(|m| m.span).is_some_and(
                            |(bi, mt, _)| {
                                bi == self.p.blocks.len()
                                    && self.cur.as_ref().is_some_and(|b| {
                                        b.text.len() == mt && b.text.ends_with('[')
                                    })
                            },
                        )
                        && self.loc.bracket_after_close("</a");
                    if inside || around {
                        self.bracketed_shown.push(mi);
                    }
                    if around {
                        self.bracketed_around.push(mi);
                    }
                }
            }
        }
        if f.sup {
            self.sup = self.sup.saturating_sub(1);
            self.sup_range(f.sup_markers);
        }
        if f.cite_group {
            self.sup_range(f.sup_markers);
        }
        if f.name == "q" {
            let mark = if self.q_depth % 2 == 1 { "”" } else { "’" };
            self.q_depth = self.q_depth.saturating_sub(1);
            self.block(at).push_mapped(mark, at);
        }
        if let Some(li) = f.link {
            if let Some(pos) = self.open_links.iter().rposition(|o| o.0 == li) {
                let (_, bi, t) = self.open_links.remove(pos);
                let e = if self.p.blocks.len() == bi {
                    self.cur.as_ref().map_or(t, |b| b.text.len())
                } else {
                    t
                };
                if let Some(l) = self.p.links.get_mut(li) {
                    l.span = Some((bi, t, e));
                    // A link to elsewhere shown as `[1]` (a numbered link, an index entry) or
                    // as a superscript digit (`<a href="https://…/plan.pdf">¹</a>`, as Medium
                    // and Ghost posts cite) is a link, not a footnote marker: its text is kept
                    // out of marker scans.
                    if !l.raw.trim_start().starts_with('#') {
                        if let Some(b) = self.cur.as_mut().filter(|_| self.p.blocks.len() == bi) {
                            if b.text.get(t..e).is_some_and(|s| {
                                super::bracketed_number(s) || superscript_number(s)
                            }) {
                                b.code.push((t, e));
                            }
                        }
                    }
                }
            }
        }
        if let (Some(s), Some(b)) = (f.italic, self.cur.as_mut()) {
            let e = b.text.len();
            if e > s {
                b.italics.push((s, e));
            }
        }
        if matches!(f.name.as_str(), "code" | "kbd" | "samp" | "tt") || f.box_title {
            self.code = self.code.saturating_sub(1);
        }
        if f.block || f.button {
            self.flush();
        }
        if f.standfirst
            || matches!(
                f.name.as_str(),
                "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "td" | "th"
            )
        {
            self.kind_stack.pop();
            // A heading naming a related-stories list or readers' comments, the page's first
            // block since it opened: the element it heads may be furniture (decided by the
            // caller, which sees the heading's parent).
            let last = self.p.blocks.len().checked_sub(1);
            if f.name.starts_with('h')
                && self.chrome == 0
                && self.group.is_none()
                && self.note.is_none()
                && last.is_some_and(|l| l >= f.blocks_at)
                && self.p.blocks.last().is_some_and(|b| {
                    b.kind == BlockKind::Heading && teaser_heading(&b.text, self.in_story())
                })
            {
                self.retro_chrome = last;
            }
            if f.name == "li" {
                self.li_blocks.pop();
            }
        }
        if f.name == "tr" {
            if let Some((row, first, end)) = self.rows.pop() {
                self.layout_row(row, first, end);
            }
        }
        if f.name == "table" {
            self.tables.pop();
            self.table_notes.pop();
        }
        if f.ol {
            self.ol_counters.pop();
        }
        if f.note_item {
            self.lead_trim = false;
            if let Some(item) = self.note_items.pop() {
                if item.converted {
                    self.in_notes_container = self.in_notes_container.saturating_sub(1);
                } else if let Some(d) = item.def {
                    if let Some(n) = self.p.notes.get_mut(d) {
                        n.end = at.max(n.offset + 1);
                    }
                    self.note = None;
                }
            }
        }
        if f.note {
            self.in_notes_container = self.in_notes_container.saturating_sub(1);
        }
        leave(f.callout, &mut self.callout);
        if f.chrome {
            self.chrome = self.chrome.saturating_sub(1);
            self.regions.open.pop();
        }
        leave(f.maybe_chrome, &mut self.maybe_chrome);
        leave(f.site_footer, &mut self.site_footer);
        leave(f.footer, &mut self.footer);
        leave(f.content, &mut self.content);
        if f.article {
            self.stories.depth = self.stories.depth.saturating_sub(1);
            if self.stories.depth == 0 && std::mem::take(&mut self.stories.other) {
                self.flush();
                let from = self.stories.start;
                for b in self.p.blocks.get_mut(from..).unwrap_or(&mut []) {
                    b.chrome = true;
                    b.furniture = true;
                }
            }
        }
        leave(f.credit, &mut self.credit);
        leave(f.byline, &mut self.byline);
        leave(f.verse, &mut self.verseblock);
        leave(f.quoteblock, &mut self.quoteblock);
        if f.ltx_note {
            self.ltx_note = self.ltx_note.saturating_sub(1);
            self.ltx_label = None;
            self.ltx_marked = false;
        }
        if f.inline_note {
            self.inline_note = self.inline_note.saturating_sub(1);
            // The paragraph's text after the note is the paragraph's again.
            self.rejoin = self
                .rejoin_target
                .take()
                .map(|bi| (bi, self.p.links.len(), self.p.markers.len()));
        }
        if f.group_root && (f.name == "blockquote" || f.quote_box || f.name == "pre") {
            if let Some(g) = self.group {
                self.split_attribution(g);
            }
        }
        if f.quote_box {
            if let Some((g, first)) = self.quote_box.take() {
                self.writer_quotes(g, first);
            }
        }
        if f.group_root {
            if f.styled_quote {
                self.styled_quote = self.group.map(|g| (g, self.p.blocks.len()));
            }
            self.group = f.outer_group;
        }
        if f.figcaption {
            self.figcaption = self.figcaption.saturating_sub(1);
        }
        if f.figure {
            if let Some(fig) = self.figures.pop() {
                if let Some(&g) = fig.groups.first() {
                    for li in fig.caption_links {
                        if let Some(l) = self.p.links.get_mut(li) {
                            l.group = Some(g);
                        }
                    }
                }
            }
        }
    }

    fn text(&mut self, t: &str) {
        if self.skip > 0 {
            return;
        }
        if self.popup > 0 {
            let mut scratch = Block::new(BlockKind::Paragraph, 0);
            self.loc.text(t, &mut scratch);
            return;
        }
        if self.swallow > 0 {
            if self.capturing && self.capture_buf.len() < 64 {
                self.capture_buf.push_str(t);
            }
            let mut scratch = Block::new(BlockKind::Paragraph, 0);
            self.loc.text(t, &mut scratch);
            return;
        }
        let mut t = t;
        if self.lead_trim {
            // The rest of a note's number around its dropped link back: `. `, `] `, `) `.
            let rest = t.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | ']' | ')' | ':')
            });
            if rest.len() < t.len() {
                let mut scratch = Block::new(BlockKind::Paragraph, 0);
                self.loc.text(&t[..t.len() - rest.len()], &mut scratch);
                t = rest;
            }
            if t.is_empty() {
                return;
            }
            self.lead_trim = false;
        }
        // The source's line break right after a `<br>` (`<br>⏎— Name`) is the one the tag
        // made: not a blank line.
        if self.cur.as_ref().is_some_and(|b| {
            b.text.len() == self.br_end && b.text.trim_end_matches([' ', '\t']).ends_with('\n')
        }) {
            let ws = t.len() - t.trim_start_matches([' ', '\t', '\r']).len();
            if t.get(ws..).is_some_and(|r| r.starts_with('\n')) {
                let mut scratch = Block::new(BlockKind::Paragraph, 0);
                self.loc.text(t.get(..=ws).unwrap_or(""), &mut scratch);
                t = t.get(ws + 1..).unwrap_or("");
                if t.is_empty() {
                    return;
                }
            }
        }
        let mut exponent = false;
        if self.sup > 0 {
            let label = t.trim();
            if !label.is_empty() && label.chars().all(|c| "[]()".contains(c)) {
                // The brackets around a reference link (Asciidoctor's
                // `<sup>[<a href="#_footnotedef_1">1</a>]</sup>`): part of the marker.
                let mut scratch = Block::new(BlockKind::Paragraph, 0);
                self.loc.text(t, &mut scratch);
                return;
            }
            let before = self.cur.as_ref().map_or("", |b| b.text.as_str());
            // A superscript number in a link to elsewhere (`<a href="https://…/audit.pdf">
            // <sup>1</sup></a>`, `<sup><a href="https://…">1</a></sup>`, as Ghost and
            // WordPress posts cite) is the link's text, no note's marker: the link backs the
            // quote. (Not a link with a fragment: a plugin's note link may be written as the
            // post's full address, `https://…/post/#easy-footnote-bottom-1`; nor a script's
            // button, Modern Footnotes' `<a href="javascript:void(0)">1</a>`.)
            let elsewhere = self.open_links.last().is_some_and(|&(li, _, _)| {
                self.p.links.get(li).is_some_and(|l| {
                    let raw = l.raw.trim();
                    let scheme = raw
                        .split_once(':')
                        .map(|(s, _)| s)
                        .filter(|s| !s.contains(['/', '?', '.']));
                    l.kind == LinkKind::Link
                        && !raw.is_empty()
                        && !raw.contains('#')
                        && scheme.is_none_or(|s| {
                            s.eq_ignore_ascii_case("https") || s.eq_ignore_ascii_case("http")
                        })
                })
            });
            exponent = elsewhere || super::exponent_base(before);
            // The next note's number on a line of its own in a note (`…<br><sup>2</sup> …`).
            let next_line = self.note.is_some() && !exponent && self.sup_note_line(label);
            let marker = (!exponent && (self.note.is_none() || next_line))
                .then(|| {
                    super::sup_note_marker(label, before)
                        .map(|sure| (vec![label.to_string()], sure))
                        // `<sup>2,3</sup>`, `<sup>5-7</sup>`: one marker per note, together.
                        .or_else(|| {
                            // (Numbers past 999 only where a note has them.)
                            super::sup_note_group(label).map(|g| {
                                let sure = g.iter().all(|l| l.len() <= 3);
                                (g, sure)
                            })
                        })
                })
                .flatten();
            if let Some((labels, sure)) = marker {
                let mut scratch = Block::new(BlockKind::Paragraph, 0);
                let at = self.loc.text_start();
                self.loc.text(t, &mut scratch);
                if self.byline > 0 {
                    // An affiliation's number after an author's name: neither a marker nor a
                    // word of the name.
                    return;
                }
                if self.table_notes.last() == Some(&true) {
                    // A table of figures with notes of its own (`<td>41,200<sup>1</sup></td>`
                    // over `<tfoot><sup>1</sup> Provisional.`): its numbers are its own
                    // notes', neither the article's markers nor its notes.
                    return;
                }
                if next_line {
                    // The note before ends at the line break; this one runs on in the same
                    // element.
                    self.flush();
                    if let Some(n) = self
                        .note_items
                        .last()
                        .and_then(|i| i.def)
                        .and_then(|d| self.p.notes.get_mut(d))
                    {
                        n.end = at.max(n.offset + 1);
                    }
                    self.note_count += 1;
                    self.sup_notes += 1;
                    let def = self.begin_note(label.to_string(), at);
                    if let Some(item) = self.note_items.last_mut() {
                        item.def = Some(def);
                        item.has_text = false;
                    }
                    return;
                }
                if sure && self.sup_opens_note(label) {
                    // `<p><sup>1</sup> PJM Interconnection, … URL</p>` (a press release's or
                    // a CMS page's notes): the paragraph is note 1. After a notes heading
                    // and a line break (`Notes<br><sup>1</sup> …`), the heading's line is
                    // a block of its own.
                    if self.cur.as_ref().is_some_and(|b| !b.text.trim().is_empty()) {
                        self.flush();
                    }
                    if let Some(b) = self.cur.as_mut() {
                        b.note = Some(label.to_string());
                    }
                    self.retro_note = true;
                    self.note_count += 1;
                    self.sup_notes += 1;
                    let def = self.begin_note(label.to_string(), at);
                    self.note_items.push(NoteItem::labelled(def, at));
                    return;
                }
                let (bi, tpos) = self.pos(at);
                let offset = scratch.segs.first().map_or(at, |s| s.src);
                for label in labels {
                    self.p.markers.push(Marker {
                        label,
                        offset,
                        span: Some((bi, tpos, tpos)),
                        explicit: sure,
                        citation_like: sure,
                        narrative: false,
                    });
                }
                return;
            }
        }
        if self.cur.is_none() && t.trim().is_empty() {
            // Whitespace between blocks: move the cursor, start nothing.
            let mut scratch = Block::new(BlockKind::Paragraph, 0);
            self.loc.text(t, &mut scratch);
            return;
        }
        let at = self.loc.cursor;
        let bi = self.p.blocks.len();
        let mut b = match self.cur.take() {
            Some(b) => b,
            None => {
                self.block(at);
                self.cur
                    .take()
                    .unwrap_or_else(|| Block::new(BlockKind::Paragraph, at))
            }
        };
        let t0 = b.text.len();
        self.loc.text(t, &mut b);
        let t1 = b.text.len();
        if self.code > 0 || exponent {
            // Code, or a power (`-(2<sup>7</sup>)`, not marker `(27)`): never a marker.
            b.code.push((t0, t1));
        } else if self.open_links.is_empty() {
            let mut found = Vec::new();
            bare_links(t, t0, Some(bi), &|x| b.src_of(x), &mut found);
            if !found.is_empty() {
                self.cur_refs = true;
            }
            self.p.links.extend(found);
        }
        for &(li, _, _) in &self.open_links {
            if let Some(l) = self.p.links.get_mut(li) {
                l.text.push_str(t);
            }
        }
        if let Some(item) = self.note_items.last_mut() {
            if !item.has_text {
                item.has_text = !t.trim().is_empty();
            }
        }
        self.cur = Some(b);
    }
}

/// A start tag as the walker sees it: its lower-case name and its attributes.
struct El<'t> {
    name: &'t str,
    attrs: Attrs<'t>,
    /// The [`kind`] bits of the lower-cased name.
    kinds: u16,
}

/// A start tag's attributes: as the tokenizer gives them, or as ranges of one string (a
/// batch handed over by `pipe`, read where it is rather than copied out).
#[derive(Clone, Copy)]
enum Attrs<'t> {
    Given(&'t [Attribute]),
    Ranged(&'t str, &'t [(Range<usize>, Range<usize>)]),
}

impl<'t> El<'t> {
    /// The first attribute called `name` (the tokenizer already dropped duplicates).
    fn attr(&self, name: &str) -> Option<&'t str> {
        self.attrs().find(|a| a.0 == name).map(|a| a.1)
    }

    /// Whether its `rel` holds the token `token` (`rel="noopener license"`), case aside.
    fn rel_has(&self, token: &str) -> bool {
        self.attr("rel").is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case(token))
        })
    }

    fn attrs(&self) -> impl Iterator<Item = (&'t str, &'t str)> {
        let attrs = self.attrs;
        let n = match attrs {
            Attrs::Given(list) => list.len(),
            Attrs::Ranged(_, list) => list.len(),
        };
        (0..n).map(move |i| match attrs {
            Attrs::Given(list) => list
                .get(i)
                .map_or(("", ""), |a| (a.0.as_str(), a.1.as_str())),
            Attrs::Ranged(strs, list) => list.get(i).map_or(("", ""), |(k, v)| {
                (
                    strs.get(k.clone()).unwrap_or(""),
                    strs.get(v.clone()).unwrap_or(""),
                )
            }),
        })
    }
}

/// Elements that never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Start tags that close an open `p` (the tree builder's "close a p element").
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "form",
    "table",
    "hr",
    "xmp",
    "plaintext",
];

/// The tree builder's "special" elements: an unmatched end tag stops at them.
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];

/// Formatting elements: closed implicitly, the tree builder reopens them for the content
/// that follows (an unclosed `<a>` wraps the next paragraph too, as browsers show it).
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// End tags matched to their element within scope (the tree builder's block end tags).
const SCOPED_END: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "button",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "pre",
    "search",
    "section",
    "summary",
    "ul",
    "li",
    "dd",
    "dt",
    "form",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "template",
    "select",
    "applet",
    "marquee",
    "object",
];

/// Where a scoped end tag stops looking for its element.
const SCOPE_BOUNDARY: &[&str] = &[
    "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
];

/// Start tags before which the tree builder does not reopen formatting elements.
const NO_RECONSTRUCT: &[&str] = &[
    "li", "dd", "dt", "table", "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td",
    "th", "textarea", "frameset",
];

/// Elements whose content the tree builder reads as raw text.
const TEXT_MODE: &[&str] = &[
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea",
];

/// Elements that belong in `head` (they do not start the body).
const HEAD_CONTENT: &[&str] = &[
    "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template",
    "title", "noscript",
];

/// Which of the tag lists above an element's name is in, as bits: looked up once per
/// element instead of scanning each list (a scan compared the name with every entry, and
/// the lists were scanned a dozen times per element: a tenth of parsing a page).
mod kind {
    pub const BLOCK: u16 = 1;
    pub const SKIP: u16 = 1 << 1;
    pub const VOID: u16 = 1 << 2;
    pub const CLOSES_P: u16 = 1 << 3;
    pub const SPECIAL: u16 = 1 << 4;
    pub const FORMATTING: u16 = 1 << 5;
    pub const SCOPED_END: u16 = 1 << 6;
    pub const NO_RECONSTRUCT: u16 = 1 << 7;
    pub const TEXT_MODE: u16 = 1 << 8;
    pub const HEAD_CONTENT: u16 = 1 << 9;
    pub const RAW_TEXT: u16 = 1 << 10;
}

/// FNV-1a: tag names are a few ASCII bytes, for which SipHash's set-up is most of the cost.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The [`kind`] bits of a lower-case element name.
fn tag_kinds(name: &str) -> u16 {
    type Map = std::collections::HashMap<&'static str, u16, std::hash::BuildHasherDefault<Fnv>>;
    static KINDS: std::sync::LazyLock<Map> = std::sync::LazyLock::new(|| {
        let mut m = Map::default();
        for (list, bit) in [
            (BLOCK_ELEMENTS, kind::BLOCK),
            (SKIP_ELEMENTS, kind::SKIP),
            (VOID, kind::VOID),
            (CLOSES_P, kind::CLOSES_P),
            (SPECIAL, kind::SPECIAL),
            (FORMATTING, kind::FORMATTING),
            (SCOPED_END, kind::SCOPED_END),
            (NO_RECONSTRUCT, kind::NO_RECONSTRUCT),
            (TEXT_MODE, kind::TEXT_MODE),
            (HEAD_CONTENT, kind::HEAD_CONTENT),
            (RAW_TEXT, kind::RAW_TEXT),
        ] {
            for &name in list {
                *m.entry(name).or_insert(0) |= bit;
            }
        }
        m
    });
    KINDS.get(name).copied().unwrap_or(0)
}

/// Where the document is, as far as the walker cares.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Before `body`: head content (skipped) or nothing yet.
    Head,
    /// In `body` (or after it: late content still belongs to it).
    Body,
}

/// Feeds the tokens to the [`Walker`], emulating the parts of tree
/// construction that matter to it: the open-element stack with end tags matched to their
/// element, implied ends (`p` closed by a block, `li`/`dd`/`dt`/cells/rows closed by a
/// sibling, headings closed by a heading), void elements, and the implied `head`/`body`.
/// Building no tree is what makes this cheap; content the tree builder would move (foster
/// parenting in tables, reconstructed formatting elements) stays where the source has it.
struct SinkState<B> {
    /// Where the walk goes: the [`Walk`] itself, or a recorder handing it to the walk on
    /// another thread (`pipe`).
    b: B,
    /// Open elements: the lower-case name, its [`kind`] bits, and the attributes of a
    /// formatting element (to reopen it with).
    stack: Vec<OpenEl>,
    /// Formatting elements closed implicitly, to reopen before the next content (their
    /// attributes shared: reopened again and again, they are not copied each time).
    reopen: Vec<(String, Arc<[Attribute]>)>,
    /// Character tokens since the last tag or comment: one text node in the tree.
    text: String,
    /// Where the text node's pieces are in the source.
    pieces: Vec<Piece>,
    mode: Mode,
    /// Depth inside `svg`/`math` (foreign content: no raw-text states, `/>` closes).
    foreign: usize,
    /// How many elements of each name are open: the searches of the stack for one (`p`
    /// closed by a block's start, `a` by a new `a`, a stray end tag) are skipped when none
    /// is, which on a page nested thousands deep (`<ul><li>` × 40,000) made each start tag
    /// scan the whole stack.
    open: super::FastMap<String, u32>,
    /// The end of the last token read (where text given without its place is put).
    read_to: usize,
}

/// Formatting elements kept for reopening at most (see [`SinkState::pop_to`]).
const MAX_REOPEN: usize = 32;

/// An open element of [`SinkState`]'s stack.
struct OpenEl {
    name: String,
    kinds: u16,
    kept: Option<Arc<[Attribute]>>,
}

/// What the tree construction of [`SinkState`] tells the walk, in order. The walk keeps
/// a [`Frame`] per open element, so the construction needs nothing back from it: the
/// two can run on two threads (`pipe`), one behind the other.
trait WalkSink {
    /// An element opened (pushed on the stack).
    fn open(&mut self, name: &str, attrs: &[Attribute], kinds: u16);
    /// A formatting element reopened, with the attributes it was opened with.
    fn reopen(&mut self, name: &str, attrs: &Arc<[Attribute]>, kinds: u16) {
        self.open(name, attrs, kinds);
    }
    /// The top element closed.
    fn pop(&mut self);
    /// The element at `i` of the stack taken out alone (an `a` a new one ends).
    fn remove(&mut self, i: usize);
    /// The pieces of the next text node (moved out; left empty).
    fn next_text(&mut self, pieces: &mut Vec<Piece>);
    /// The text node's text.
    fn text(&mut self, t: &str);
    /// A start tag merged into an element already open (`html`, a second `body`).
    fn skip_tag(&mut self, name: &str);
    /// The start tag being handled, at `at` in the source (`None`: done with it).
    fn pending_tag(&mut self, at: Option<Range<usize>>);
}

impl<T: WalkSink> WalkSink for &mut T {
    fn open(&mut self, name: &str, attrs: &[Attribute], kinds: u16) {
        (**self).open(name, attrs, kinds);
    }
    fn reopen(&mut self, name: &str, attrs: &Arc<[Attribute]>, kinds: u16) {
        (**self).reopen(name, attrs, kinds);
    }
    fn pop(&mut self) {
        (**self).pop();
    }
    fn remove(&mut self, i: usize) {
        (**self).remove(i);
    }
    fn next_text(&mut self, pieces: &mut Vec<Piece>) {
        (**self).next_text(pieces);
    }
    fn text(&mut self, t: &str) {
        (**self).text(t);
    }
    fn skip_tag(&mut self, name: &str) {
        (**self).skip_tag(name);
    }
    fn pending_tag(&mut self, at: Option<Range<usize>>) {
        (**self).pending_tag(at);
    }
}

/// The walk: the [`Walker`] and a [`Frame`] per open element.
struct Walk<'a> {
    w: Walker<'a>,
    frames: Vec<Frame>,
}

impl Walk<'_> {
    /// [`WalkSink::open`] for an element however its attributes are held.
    fn open_el(&mut self, el: &El<'_>) {
        let mut f = self.w.open(el);
        if std::mem::take(&mut self.w.retro_note) {
            // The note an inline anchor started is its enclosing block element (or, in none,
            // the anchor itself).
            match self
                .frames
                .iter_mut()
                .rev()
                .find(|fr| fr.block && !matches!(fr.name.as_str(), "body" | "main" | "article"))
            {
                Some(fr) => fr.note_item = true,
                None => f.note_item = true,
            }
        }
        self.frames.push(f);
    }
}

impl WalkSink for Walk<'_> {
    fn open(&mut self, name: &str, attrs: &[Attribute], kinds: u16) {
        self.open_el(&El {
            name,
            attrs: Attrs::Given(attrs),
            kinds,
        });
    }

    fn pop(&mut self) {
        let Some(f) = self.frames.pop() else {
            return;
        };
        self.w.close(f);
        if let Some(bi) = self.w.retro_chrome.take() {
            // The block element the heading opens (through a `header` or `hgroup` around
            // the heading alone): the page, its content and a block quotation never are.
            let mut at = self.frames.len();
            while let Some(i) = at.checked_sub(1) {
                at = i;
                let Some(fr) = self.frames.get(i) else {
                    break;
                };
                let heading_box = matches!(fr.name.as_str(), "header" | "hgroup");
                if fr.block && !(heading_box && fr.blocks_at == bi) {
                    break;
                }
            }
            if let Some(fr) = self.frames.get_mut(at) {
                if fr.block
                    && fr.blocks_at == bi
                    && !fr.chrome
                    && !fr.content
                    && !fr.group_root
                    && !matches!(
                        fr.name.as_str(),
                        "html" | "body" | "main" | "article" | "blockquote" | "li" | "td" | "th"
                    )
                {
                    self.w.chrome_from_heading(fr, bi);
                }
            }
        }
    }

    fn remove(&mut self, i: usize) {
        if i < self.frames.len() {
            let f = self.frames.remove(i);
            self.w.close(f);
        }
    }

    fn next_text(&mut self, pieces: &mut Vec<Piece>) {
        self.w.loc.next_text(pieces);
    }

    fn text(&mut self, t: &str) {
        self.w.text(t);
        if std::mem::take(&mut self.w.retro_note) {
            // A note a superscript at a paragraph's start opened: the paragraph (or, in
            // none, the superscript itself, so that the note ends).
            let block = self.frames.iter().rposition(|fr| {
                fr.block && !matches!(fr.name.as_str(), "body" | "main" | "article")
            });
            let at = block.or(self.frames.len().checked_sub(1));
            if let Some(fr) = at.and_then(|i| self.frames.get_mut(i)) {
                fr.note_item = true;
            }
        }
    }

    fn skip_tag(&mut self, name: &str) {
        self.w.loc.start_tag(name, false);
    }

    fn pending_tag(&mut self, at: Option<Range<usize>>) {
        self.w.loc.pending_tag(at);
    }
}

impl<B: WalkSink> SinkState<B> {
    fn new(b: B) -> Self {
        SinkState {
            b,
            stack: Vec::new(),
            reopen: Vec::new(),
            text: String::new(),
            pieces: Vec::new(),
            mode: Mode::Head,
            foreign: 0,
            open: super::FastMap::default(),
            read_to: 0,
        }
    }

    /// Tokenizes `src` into the walk, closes what is left open, and gives the walk back.
    fn run(mut self, src: &str) -> B {
        html_tok::tokenize(src, &mut self);
        self.flush_text();
        while !self.stack.is_empty() {
            let _ = self.pop();
        }
        self.b
    }

    /// Whether an element named `name` is open.
    fn is_open(&self, name: &str) -> bool {
        self.open.get(name).is_some_and(|&n| n > 0)
    }

    /// Counts an element as closed.
    fn count_closed(&mut self, name: &str) {
        if let Some(n) = self.open.get_mut(name) {
            *n = n.saturating_sub(1);
        }
    }

    fn flush_text(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let t = std::mem::take(&mut self.text);
        self.b.next_text(&mut self.pieces);
        let in_text_mode = self
            .stack
            .last()
            .is_some_and(|o| o.kinds & kind::TEXT_MODE != 0);
        if self.mode == Mode::Head && !in_text_mode && !t.trim().is_empty() {
            self.enter_body();
        }
        if self.mode == Mode::Body && !in_text_mode {
            self.reconstruct();
        }
        self.b.text(&t);
        self.text = t;
        self.text.clear();
    }

    /// Leaves head content: closes an open `head`, opens an implied `body`.
    fn enter_body(&mut self) {
        if self.mode == Mode::Body {
            return;
        }
        self.mode = Mode::Body;
        self.pop_through("head");
        self.push("body", &[]);
    }

    fn push(&mut self, name: &str, attrs: &[Attribute]) {
        let kinds = if name.bytes().any(|c| c.is_ascii_uppercase()) {
            tag_kinds(&name.to_ascii_lowercase())
        } else {
            tag_kinds(name)
        };
        self.push_kind(name, attrs, kinds);
    }

    /// [`SinkState::push`] for a `name` whose [`kind`] bits are known.
    fn push_kind(&mut self, name: &str, attrs: &[Attribute], kinds: u16) {
        self.b.open(name, attrs, kinds);
        let kept = (kinds & kind::FORMATTING != 0).then(|| Arc::from(attrs));
        self.push_open(name, kinds, kept);
    }

    /// Puts an element the walk has been told of on the stack.
    fn push_open(&mut self, name: &str, kinds: u16, kept: Option<Arc<[Attribute]>>) {
        // (The tokenizer lower-cases names: a copy only for a name given otherwise.)
        let name = if name.bytes().any(|c| c.is_ascii_uppercase()) {
            name.to_ascii_lowercase()
        } else {
            name.to_string()
        };
        match self.open.get_mut(name.as_str()) {
            Some(n) => *n += 1,
            None => {
                self.open.insert(name.clone(), 1);
            }
        }
        self.stack.push(OpenEl { name, kinds, kept });
    }

    /// Pops the top element; a formatting element is returned for reopening.
    fn pop(&mut self) -> Option<(String, Arc<[Attribute]>)> {
        let o = self.stack.pop()?;
        self.count_closed(&o.name);
        if o.name == "svg" || o.name == "math" {
            self.foreign = self.foreign.saturating_sub(1);
        }
        self.b.pop();
        o.kept.map(|k| (o.name, k))
    }

    /// Pops every element from index `i` up; formatting elements above `i` are reopened
    /// before the next content, as the tree builder does.
    fn pop_to(&mut self, i: usize) {
        let mut closed = Vec::new();
        while self.stack.len() > i + 1 {
            if let Some(fe) = self.pop() {
                closed.push(fe);
            }
        }
        self.pop();
        closed.reverse();
        self.reopen.extend(closed);
        // At most the innermost `MAX_REOPEN`: every paragraph of a page opening formatting
        // elements it never closes (`<p><b class=c1>…<p><b class=c2>…`) reopened all of them
        // again, work growing with the square of the page (650 KB took minutes). A
        // browser's tree builder does the same; what is dropped is only the outermost
        // styling of text far from where it was opened.
        if let Some(extra) = self.reopen.len().checked_sub(MAX_REOPEN) {
            self.reopen.drain(..extra);
        }
    }

    /// Reopens the formatting elements closed implicitly.
    fn reconstruct(&mut self) {
        if self.reopen.is_empty() {
            return;
        }
        for (name, attrs) in std::mem::take(&mut self.reopen) {
            // (Names on the stack are lower case.)
            let kinds = tag_kinds(&name);
            self.b.reopen(&name, &attrs, kinds);
            let kept = (kinds & kind::FORMATTING != 0).then_some(attrs);
            self.push_open(&name, kinds, kept);
        }
    }

    /// Pops up to and including the innermost `name`, if it is open.
    fn pop_through(&mut self, name: &str) -> bool {
        if !self.is_open(name) {
            return false;
        }
        let Some(i) = self
            .stack
            .iter()
            .rposition(|OpenEl { name: n, .. }| n == name)
        else {
            return false;
        };
        self.pop_to(i);
        true
    }

    /// Closes the innermost of `names` when no boundary element sits above it.
    fn close_implied(&mut self, names: &[&str], boundaries: &[&str]) {
        if !names.iter().any(|n| self.is_open(n)) {
            return;
        }
        for i in (0..self.stack.len()).rev() {
            let Some(OpenEl { name: n, .. }) = self.stack.get(i) else {
                return;
            };
            if names.contains(&n.as_str()) {
                self.pop_to(i);
                return;
            }
            if boundaries.contains(&n.as_str()) {
                return;
            }
        }
    }

    /// A new `a` ends an open one (the adoption agency): popped with what is above it when
    /// only inline elements are, otherwise taken out of the stack alone so the blocks
    /// around stay open.
    fn close_open_a(&mut self) {
        if !self.is_open("a") {
            return;
        }
        let Some(i) = self
            .stack
            .iter()
            .rposition(|OpenEl { name: n, .. }| n == "a")
        else {
            return;
        };
        let crosses_special = self
            .stack
            .iter()
            .skip(i + 1)
            .any(|o| o.kinds & kind::SPECIAL != 0);
        if !crosses_special {
            self.pop_to(i);
        } else if i < self.stack.len() {
            let o = self.stack.remove(i);
            self.count_closed(&o.name);
            self.b.remove(i);
        }
    }

    fn top_is(&self, names: &[&str]) -> bool {
        self.stack
            .last()
            .is_some_and(|OpenEl { name: n, .. }| names.contains(&n.as_str()))
    }

    fn start_tag(&mut self, name: &str, attrs: &[Attribute], self_closing: bool) -> bool {
        match name {
            "html" => {
                // Merged into the root element: only the cursor moves.
                self.b.skip_tag(name);
                return false;
            }
            "head" => {
                if self.mode == Mode::Head
                    && !self.stack.iter().any(|OpenEl { name: n, .. }| n == "head")
                {
                    self.push(name, attrs);
                } else {
                    self.b.skip_tag(name);
                }
                return false;
            }
            "body" => {
                if self.mode == Mode::Head {
                    self.mode = Mode::Body;
                    self.pop_through("head");
                    self.push(name, attrs);
                } else {
                    self.b.skip_tag(name);
                }
                return false;
            }
            _ => {}
        }
        let k = tag_kinds(name);
        if self.mode == Mode::Head {
            if k & kind::HEAD_CONTENT != 0 {
                if !self.stack.iter().any(|OpenEl { name: n, .. }| n == "head") {
                    self.push("head", &[]);
                }
            } else {
                self.enter_body();
            }
        }
        if self.foreign == 0 {
            if k & kind::CLOSES_P != 0 {
                self.close_implied(&["p"], &["button", "table", "td", "th", "caption", "html"]);
            }
            match name {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                    if self.top_is(&["h1", "h2", "h3", "h4", "h5", "h6"]) =>
                {
                    self.pop();
                }
                "li" => self.close_implied(&["li"], &["ol", "ul", "table", "html", "body"]),
                "dd" | "dt" => self.close_implied(&["dd", "dt"], &["dl", "table", "html", "body"]),
                "td" | "th" => self.close_implied(&["td", "th"], &["tr", "table", "html"]),
                "tr" => self.close_implied(&["tr", "td", "th"], &["table", "html"]),
                "a" => {
                    self.close_open_a();
                    if let Some(i) = self.reopen.iter().rposition(|(n, _)| n == "a") {
                        self.reopen.remove(i);
                    }
                }
                _ => {}
            }
            if k & (kind::CLOSES_P | kind::NO_RECONSTRUCT | kind::HEAD_CONTENT) == 0 {
                self.reconstruct();
            }
        }
        self.push_kind(name, attrs, k);
        if name == "svg" || name == "math" {
            self.foreign += 1;
        }
        let void = k & kind::VOID != 0 || (self.foreign > 0 && self_closing);
        if void {
            self.pop();
        }
        !void
    }

    fn end_tag(&mut self, name: &str) {
        let k = tag_kinds(name);
        match name {
            // The body stays open to the end: late content still lands in it.
            "html" | "body" => {}
            "p" => {
                if !self.is_open("p") {
                    // `</p>` with no open `p` makes an empty one.
                    self.push("p", &[]);
                    self.pop();
                } else {
                    self.pop_through("p");
                }
            }
            "br" => {
                self.push("br", &[]);
                self.pop();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                // Any heading end tag closes the open heading.
                self.close_implied(&["h1", "h2", "h3", "h4", "h5", "h6"], SCOPE_BOUNDARY);
            }
            _ if k & kind::SCOPED_END != 0 => {
                self.close_implied(&[name], SCOPE_BOUNDARY);
            }
            _ if k & kind::FORMATTING != 0 => {
                if !self.pop_through(name) {
                    if let Some(i) = self.reopen.iter().rposition(|(n, _)| n == name) {
                        self.reopen.remove(i);
                    }
                }
            }
            _ => {
                if !self.is_open(name) {
                    return;
                }
                for i in (0..self.stack.len()).rev() {
                    let Some(OpenEl { name: n, kinds, .. }) = self.stack.get(i) else {
                        return;
                    };
                    if n == name {
                        self.pop_to(i);
                        return;
                    }
                    if kinds & kind::SPECIAL != 0 && self.foreign == 0 {
                        return;
                    }
                }
            }
        }
    }
}

impl<B: WalkSink> html_tok::Sink for SinkState<B> {
    fn text(&mut self, t: &str) {
        // (Only through `text_from`, which knows where the text is.)
        let at = self.read_to;
        self.text_from(t, at..at, false);
    }

    fn text_from(&mut self, t: &str, src: Range<usize>, verbatim: bool) {
        self.read_to = src.end;
        let start = self.text.len();
        self.text.push_str(t);
        let end = self.text.len();
        if let Some(last) = self.pieces.last_mut() {
            if verbatim && last.verbatim && last.src.end == src.start {
                last.text.end = end;
                last.src.end = src.end;
                return;
            }
        }
        self.pieces.push(Piece {
            text: start..end,
            src,
            verbatim,
        });
    }

    fn start(&mut self, name: &str, attrs: &[Attribute], self_closing: bool) -> Option<Raw> {
        let at = self.read_to;
        self.start_at(name, attrs, self_closing, at..at)
    }

    fn start_at(
        &mut self,
        name: &str,
        attrs: &[Attribute],
        self_closing: bool,
        at: Range<usize>,
    ) -> Option<Raw> {
        self.flush_text();
        self.read_to = at.end;
        self.b.pending_tag(Some(at));
        let opened = self.start_tag(name, attrs, self_closing);
        self.b.pending_tag(None);
        if !opened || self.foreign > 0 {
            return None;
        }
        html_tok::raw_content(name)
    }

    fn end(&mut self, name: &str) {
        self.flush_text();
        self.end_tag(name);
    }

    fn comment(&mut self) {
        self.flush_text();
    }
}

/// Parses HTML.
#[must_use]
pub fn parse(src: &str) -> Parsed {
    // Editors' comments in a Google Docs or Word export are no part of the article: blanked
    // in place (offsets kept), their anchors in the text too.
    let uncommented = blank_editor_comments(src);
    let src = uncommented.as_deref().unwrap_or(src);
    let (indent_classes, italic_classes) = gdocs_classes(src);
    let w = Walker {
        loc: Locator::new(src),
        p: Parsed::default(),
        cur: None,
        br_end: 0,
        spare_text: String::new(),
        spare_segs: Vec::new(),
        cur_refs: false,
        kind_stack: Vec::new(),
        li_blocks: Vec::new(),
        group: None,
        note: None,
        note_count: 0,
        in_notes_container: 0,
        ol_counters: Vec::new(),
        skip: 0,
        swallow: 0,
        sup: 0,
        q_depth: 0,
        code: 0,
        open_links: Vec::new(),
        figures: Vec::new(),
        figcaption: 0,
        note_items: Vec::new(),
        callout: 0,
        ref_ids: std::collections::HashSet::new(),
        chrome: 0,
        regions: ChromeRegions::default(),
        cur_region: None,
        maybe_chrome: 0,
        content: 0,
        content_seen: false,
        cur_maybe: false,
        site_footer: 0,
        footer: 0,
        footers_seen: 0,
        cur_site_footer: None,
        site_footer_blocks: Vec::new(),
        maybe_blocks: Vec::new(),
        maybe_groups: Vec::new(),
        note_ids: std::collections::HashMap::new(),
        by_id_markers: Vec::new(),
        marker_targets: std::collections::HashMap::new(),
        marker_labels: std::collections::HashSet::new(),
        retro_note: false,
        retro_chrome: None,
        sup_notes: 0,
        lead_trim: false,
        marker_text: Vec::new(),
        bracketed_shown: Vec::new(),
        bracketed_around: Vec::new(),
        shown_numbers: Vec::new(),
        capturing: false,
        capture_buf: String::new(),
        styled_quote: None,
        link_markers: Vec::new(),
        latexml_bracketed: Vec::new(),
        quote_root: false,
        rows: Vec::new(),
        tables: Vec::new(),
        table_notes: Vec::new(),
        dt_note: None,
        sidenotes: 0,
        pending_sidenote: None,
        in_page_links: Vec::new(),
        note_ids_seen: std::collections::HashSet::new(),
        other_ids_seen: std::collections::HashSet::new(),
        sup_ranges: Vec::new(),
        popup: 0,
        credit: 0,
        cur_credit: false,
        quote_credits: 0,
        ltx_note: 0,
        ltx_label: None,
        ltx_mark_at: 0,
        ltx_marked: false,
        inline_note: 0,
        inline_note_blocks: Vec::new(),
        rejoin: None,
        rejoin_target: None,
        quote_box: None,
        verseblock: 0,
        quoteblock: 0,
        byline: 0,
        indent_classes,
        italic_classes,
        paragraphs: 0,
        indented: 0,
        indent_groups: Vec::new(),
        alt_quotes: Vec::new(),
        tex4ht: false,
        stories: Stories::default(),
    };
    let mut walk = Walk {
        w,
        frames: Vec::new(),
    };
    // Room for the blocks and links up front (about one block per 100 bytes of markup, a
    // link per 150 to 400): grown by doubling, a large page's block list was copied a dozen
    // times into fresh memory, and its link list once, late, on the walk's thread, the old
    // list and the new one both held at the peak. Room never used is never touched.
    walk.w.p.blocks.reserve(src.len() / 64);
    walk.w.p.links.reserve(src.len() / 96);
    if !pipe::beside(src, &mut walk) {
        SinkState::new(&mut walk).run(src);
    }
    let mut st = walk;
    st.w.flush();
    st.w.regions.articles_seen = st.w.stories.count > 0;
    st.w.regions.story_headed = st.w.stories.first_headed.is_some();
    st.w.regions.settle(&mut st.w.p);
    repeated_block_quotes(&mut st.w.p, &st.w.alt_quotes);
    summary_quotes(&mut st.w.p);
    // A page with an article or main element: its header, footer and asides outside it are
    // the site's, not the article's. A footer outside any quotation is the site's anyway.
    if !st.w.content_seen {
        let quoting: std::collections::HashSet<usize> =
            st.w.site_footer_blocks
                .iter()
                .filter(|&&(_, bi)| st.w.p.blocks.get(bi).is_some_and(|b| b.group.is_some()))
                .map(|&(k, _)| k)
                .collect();
        for &(k, bi) in &st.w.site_footer_blocks {
            if let Some(b) = st.w.p.blocks.get_mut(bi).filter(|_| !quoting.contains(&k)) {
                b.chrome = true;
                b.furniture = true;
            }
        }
    }
    if st.w.content_seen {
        for &bi in &st.w.maybe_blocks {
            if let Some(b) = st.w.p.blocks.get_mut(bi) {
                b.chrome = true;
                b.furniture = true;
            }
        }
        for &g in &st.w.maybe_groups {
            if let Some(g) = st.w.p.groups.get_mut(g) {
                g.callout = true;
            }
        }
    }
    // After the marks above, which hold the walk's block indices (a sidenote moved last
    // had a footer's mark, its links hidden as furniture: review, fortieth session).
    move_inline_notes_last(&mut st.w.p, &st.w.inline_note_blocks);
    // Google Docs: an indent the page gives most of its paragraphs is its layout, not a
    // quotation style; those paragraphs are prose again.
    if st.w.indented * 2 > st.w.paragraphs && !st.w.indent_groups.is_empty() {
        let w = &mut st.w;
        let gone: std::collections::HashSet<usize> = w.indent_groups.iter().copied().collect();
        for b in &mut w.p.blocks {
            if b.group.is_some_and(|g| gone.contains(&g)) {
                b.group = None;
            }
        }
        for &g in &gone {
            if let Some(g) = w.p.groups.get_mut(g) {
                g.callout = true;
            }
        }
    }
    // A citation of a LaTeXML entry renamed `[n]` (its footnote namesake keeps `n`).
    if !st.w.latexml_bracketed.is_empty() {
        for (mi, _, href) in &st.w.link_markers {
            let Some(n) = href.strip_prefix("#bib.bib") else {
                continue;
            };
            if let Some(m) = st.w.p.markers.get_mut(*mi) {
                if m.label == n && st.w.latexml_bracketed.iter().any(|b| b == n) {
                    m.label = format!("[{n}]");
                }
            }
        }
    }
    // A marker that links to a note's element by its id gets that note's label.
    if !st.w.note_ids.is_empty() {
        for &mi in &st.w.by_id_markers {
            if let Some(m) = st.w.p.markers.get_mut(mi) {
                let decoded = percent_encoding::percent_decode_str(&m.label).decode_utf8();
                let id = decoded.as_deref().unwrap_or(&m.label);
                if let Some(label) = st.w.note_ids.get(id) {
                    m.label.clone_from(label);
                }
            }
        }
    }
    // The brackets around a marker's link (`[<a href="#B1">1</a>]`) are the marker's: it
    // spans them, and they are never read as a bracket of the sentence.
    for mi in std::mem::take(&mut st.w.bracketed_around) {
        let w = &mut st.w;
        let Some((bi, t, e)) = w.p.markers.get(mi).and_then(|m| m.span) else {
            continue;
        };
        let Some(b) = w.p.blocks.get_mut(bi) else {
            continue;
        };
        let bytes = b.text.as_bytes();
        if t == e && t > 0 && bytes.get(t - 1) == Some(&b'[') && bytes.get(t) == Some(&b']') {
            b.code.push((t - 1, t + 1));
            if let Some(m) = w.p.markers.get_mut(mi) {
                m.span = Some((bi, t - 1, t + 1));
            }
        }
    }
    relabel_by_visible_text(&mut st.w.p, &st.w.marker_text, &st.w.bracketed_shown);
    if !st.w.shown_numbers.is_empty() {
        let renamed = rename_to_shown_numbers(&mut st.w.p, &st.w.shown_numbers);
        // The ids the notes were named by now reach them by their new names: the links
        // read as citations afterwards (`[<a href="#R1">1</a>,<a href="#R2">2</a>]`,
        // [`citation_links`]) find their notes by the id.
        for label in st.w.note_ids.values_mut() {
            if let Some(n) = renamed.get(label.as_str()) {
                label.clone_from(n);
            }
        }
        for (old, n) in renamed {
            st.w.note_ids.entry(old).or_insert(n);
        }
    }
    // (Appended: the indices kept by the walk stay valid; sorted in place below.)
    let expanded = expand_sup_ranges(&mut st.w.p, &st.w.sup_ranges);
    // A link to an element of the page that is no note (`#fn-policy` on a heading,
    // Docusaurus's `#footnote-label` on the notes' hidden heading) is a link, not a marker.
    let w = &mut st.w;
    let not_notes: Vec<(usize, String)> = w
        .link_markers
        .drain(..)
        .filter(|(_, h, _)| w.other_ids_seen.contains(h) && !w.note_ids_seen.contains(h))
        .map(|(mi, _, href)| (mi, href))
        .collect();
    if !not_notes.is_empty() {
        let mut drop = vec![false; w.p.markers.len()];
        for (mi, href) in not_notes {
            let Some(m) = w.p.markers.get(mi) else {
                continue;
            };
            w.p.links.push(RawLink {
                raw: href,
                kind: LinkKind::Link,
                text: String::new(),
                offset: m.offset,
                span: m.span,
                group: None,
            });
            if let Some(d) = drop.get_mut(mi) {
                *d = true;
            }
        }
        let mut i = 0;
        w.p.markers.retain(|_| {
            i += 1;
            !drop.get(i - 1).copied().unwrap_or(false)
        });
    }
    if expanded {
        st.w.p.markers.sort_by_key(|m| m.offset);
    }
    // (After the markers' indices above are used: it re-sorts them.)
    citation_links(&mut st.w);
    // Links were recorded in document order; keep them sorted by position (stable), carrying
    // block spans along.
    let mut p = st.w.p;
    p.links.sort_by_key(|l| l.offset);
    p
}

/// `src` with the editors' comments of a word processor's HTML export blanked into spaces
/// (offsets kept): Google Docs' comment anchors in the text (`<a href="#cmnt1"
/// id="cmnt_ref1">[a]</a>`) and the comments after the notes (a `<div>` opening with `<a
/// href="#cmnt_ref1" id="cmnt1">`), Word's anchors (`<a class=msocomanchor
/// href="#_msocom_1">[AB1]</a>`) and its comment list (`<div
/// style='mso-element:comment-list'>` to the end of the body). A comment's words are an
/// editor's query, its `[a]` no footnote, its links no citations. `None` for a page with
/// none (one search for each kind).
fn blank_editor_comments(src: &str) -> Option<String> {
    let b = src.as_bytes();
    let gdocs = memchr::memmem::find(b, b"href=\"#cmnt").is_some();
    let word = memchr::memmem::find(b, b"msocom").is_some();
    if !gdocs && !word {
        return None;
    }
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    // Each `<a>` whose opening tag holds `needle` where `fits` (given where the needle is):
    // from its `<a` to its `</a>`.
    let mut anchors = |needle: &[u8], fits: &dyn Fn(usize) -> bool| {
        for at in memchr::memmem::find_iter(b, needle).filter(|&at| fits(at)) {
            let Some(open) = memchr::memrchr(b'<', b.get(..at).unwrap_or(&[])) else {
                continue;
            };
            if !b
                .get(open..open + 3)
                .is_some_and(|t| t.eq_ignore_ascii_case(b"<a "))
            {
                continue;
            }
            let close =
                memchr::memmem::find(b.get(at..).unwrap_or(&[]), b"</a>").map(|k| at + k + 4);
            if let Some(close) = close.filter(|&c| c - open < 600) {
                ranges.push((open, close));
            }
        }
    };
    if gdocs {
        // The anchors in the text (`#cmnt1`, not the comments' `#cmnt_ref1`).
        anchors(b"href=\"#cmnt", &|at| {
            b.get(at + 11).is_some_and(u8::is_ascii_digit)
        });
    }
    if word {
        anchors(b"msocomanchor", &|_| true);
    }
    if gdocs {
        // The comments: each a `<div>` whose first link goes back to its anchor.
        for at in memchr::memmem::find_iter(b, b"href=\"#cmnt_ref") {
            let head = b.get(at.saturating_sub(400)..at).unwrap_or(&[]);
            let Some(k) = memchr::memmem::rfind(head, b"<div") else {
                continue;
            };
            let open = at.saturating_sub(400) + k;
            if memchr::memmem::find(b.get(open..at).unwrap_or(&[]), b"</div>").is_some() {
                continue;
            }
            if let Some(e) = memchr::memmem::find(b.get(at..).unwrap_or(&[]), b"</div>") {
                ranges.push((open, at + e + 6));
            }
        }
    }
    if word {
        for at in memchr::memmem::find_iter(b, b"mso-element:comment-list") {
            let Some(open) = memchr::memrchr(b'<', b.get(..at).unwrap_or(&[])) else {
                continue;
            };
            let lower_end = memchr::memmem::find(b.get(at..).unwrap_or(&[]), b"</body")
                .map_or(b.len(), |k| at + k);
            ranges.push((open, lower_end));
        }
    }
    if ranges.is_empty() {
        return None;
    }
    let mut out = src.as_bytes().to_vec();
    for (s, e) in ranges {
        // Whole characters become spaces (every byte of one), so the text stays UTF-8.
        for c in out.get_mut(s..e.min(b.len())).unwrap_or(&mut []) {
            *c = b' ';
        }
    }
    String::from_utf8(out).ok()
}

/// Whether an element's `class` attribute makes it a footnote's popup: one of its classes
/// is a popup's ([`popup_class`]) and none is what opens one ([`trigger_class`]: the word
/// `has-tooltip` marks is shown in the sentence).
pub(crate) fn popup_classes(class: &str) -> bool {
    class.split_ascii_whitespace().any(popup_class)
        && !class.split_ascii_whitespace().any(trigger_class)
}

/// Whether a class names what opens a popup rather than the popup: `has-…` (`has-tooltip`),
/// `…trigger`, `…toggle` or `…toggler` (`tooltip-trigger`, `popover-toggle`).
fn trigger_class(c: &str) -> bool {
    let b = c.as_bytes();
    let ends = |w: &[u8]| b.len() >= w.len() && b[b.len() - w.len()..].eq_ignore_ascii_case(w);
    b.get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"has-") || p.eq_ignore_ascii_case(b"has_"))
        || ends(b"trigger")
        || ends(b"toggle")
        || ends(b"toggler")
}

/// Whether a class names a footnote's popup or its copy of the note's text, shown beside the
/// marker on hover or click: `tooltip`, `popover` or `popup` in it (`footnote-popup`,
/// `fn-popup`), littlefoot's and bigfoot's, or a note's text by name (`footnote-content`,
/// `footnote-text`, `footnote-body`, `fn-content`, `fn-text`). Looked at only right after a
/// marker: the same names elsewhere are text. One rule for both ends: the article's
/// extraction and the visible text of a cited page (`verify`).
pub(crate) fn popup_class(c: &str) -> bool {
    let has = |w: &str| super::contains_ignore_ascii_case(c, w);
    has("tooltip")
        || has("popover")
        || has("popup")
        || c.get(..10)
            .is_some_and(|p| p.eq_ignore_ascii_case("littlefoot"))
        || c.get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("bigfoot"))
        || [
            "footnote-content",
            "footnote-text",
            "footnote-body",
            "fn-content",
            "fn-text",
        ]
        .iter()
        .any(|n| c.eq_ignore_ascii_case(n))
}

/// Whether `el` is the note of WordPress's Modern Footnotes plugin (`span` with class
/// `modern-footnotes-footnote__note`), shown as a tooltip beside its marker but the only
/// copy of the note on the page.
fn modern_footnote(el: &El<'_>) -> bool {
    el.attr("class").is_some_and(|c| {
        c.split_ascii_whitespace()
            .any(|c| c.eq_ignore_ascii_case("modern-footnotes-footnote__note"))
    })
}

/// Moves the blocks of notes written inside their paragraphs (`blocks`, ascending) after all
/// other blocks, in order, as if written at the page's end (block indices change
/// accordingly): the paragraphs around such a note stay neighbours, as a quotation continued
/// over paragraphs and a paragraph introducing a block quotation need.
fn move_inline_notes_last(p: &mut Parsed, blocks: &[usize]) {
    if blocks.is_empty() {
        return;
    }
    let mut is_note = vec![false; p.blocks.len()];
    for &bi in blocks {
        if let Some(n) = is_note.get_mut(bi) {
            *n = true;
        }
    }
    super::move_blocks_last(p, |i, _| is_note.get(i).copied().unwrap_or(false));
}

/// The classes a Google Docs export indents paragraphs with. Google Docs has no quotation
/// style: a block quotation is a paragraph indented from the left, which the web page it
/// saves writes as a class of its own `<style>` (`.c5{margin-left:36pt;…}` on `<p class="c5
/// c2">`). Read only on a page that is surely such an export (its rules name classes `.c0`,
/// `.c1`, …: at least three such rules, or one with Google Docs' own names in the page,
/// `doc-content` or the `ftnt`/`cmnt` ids of its notes and comments), and only a positive
/// left margin without a negative first-line indent (a hanging indent is a bibliography's).
/// The walk then also requires the paragraph to be no list item, table cell or note, and
/// undoes it all when most paragraphs are indented (the page's layout, not a quotation).
/// Also the classes whose rule sets italics (`.c4{font-style:italic}`): Google Docs writes
/// no `<i>`, and a note's italic title is a `<span class="c4">` (`Getting There: Night Shift
/// Travel Survey`, read as no title). Returns (indenting, italic) classes.
fn gdocs_classes(
    src: &str,
) -> (
    std::collections::HashSet<String>,
    std::collections::HashSet<String>,
) {
    // (Sets: a style sheet of many thousand rules is looked through once, and each
    // element's classes are looked up, not compared with every rule's.)
    let mut out = std::collections::HashSet::new();
    let mut italic = std::collections::HashSet::new();
    let mut rules = 0usize;
    let mut rest = src;
    let finder = memchr::memmem::Finder::new("<style");
    while let Some(i) = finder.find(rest.as_bytes()) {
        let Some(after) = rest.get(i..) else {
            break;
        };
        let Some(open_end) = after.find('>') else {
            break;
        };
        let body = after.get(open_end + 1..).unwrap_or("");
        let close = body.find("</style").unwrap_or(body.len());
        let css = body.get(..close).unwrap_or("");
        for rule in css.split('}') {
            let Some((sel, decls)) = rule.split_once('{') else {
                continue;
            };
            let Some(class) = sel.trim().strip_prefix('.') else {
                continue;
            };
            let numbered = class
                .strip_prefix('c')
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if !numbered {
                continue;
            }
            rules += 1;
            let mut left = false;
            let mut hanging = false;
            for d in decls.split(';') {
                let Some((k, v)) = d.split_once(':') else {
                    continue;
                };
                let v = v.trim();
                let num: String = v
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))
                    .collect();
                let num = num.parse::<f64>().unwrap_or(0.0);
                match k.trim() {
                    "margin-left" => left = num > 0.0,
                    "text-indent" => hanging = num < 0.0,
                    "font-style" if v.eq_ignore_ascii_case("italic") && !italic.contains(class) => {
                        italic.insert(class.to_string());
                    }
                    _ => {}
                }
            }
            if left && !hanging && !out.contains(class) {
                out.insert(class.to_string());
            }
        }
        rest = body.get(close..).unwrap_or("");
    }
    if out.is_empty() && italic.is_empty() {
        return (out, italic);
    }
    let export = rules >= 3
        || ["doc-content", "id=\"ftnt", "id=\"cmnt"]
            .iter()
            .any(|m| src.contains(m));
    if !export {
        out.clear();
        italic.clear();
    }
    (out, italic)
}

/// Adds the notes between the two ends of each range of linked markers in one `<sup>`
/// ([`Walker::sup_range`]), once labels are what the links show: `7`–`9` cites 8 too, as the
/// text marker `[7–9]` does (numbers only, at most ten notes, the first below the last).
/// Each is placed at the dash, between the ends. Whether any was added.
fn expand_sup_ranges(p: &mut Parsed, ranges: &[(usize, usize)]) -> bool {
    let mut added = Vec::new();
    for &(i, j) in ranges {
        let (Some(m1), Some(m2)) = (p.markers.get(i), p.markers.get(j)) else {
            continue;
        };
        let number = |l: &str| {
            (!l.is_empty() && l.len() <= 3 && l.bytes().all(|b| b.is_ascii_digit()))
                .then(|| l.parse::<u32>().ok())
                .flatten()
        };
        let (Some(first), Some(last)) = (number(&m1.label), number(&m2.label)) else {
            continue;
        };
        if last <= first + 1 || last - first > 9 {
            continue;
        }
        let Some((bi, t, _)) = m1.span else {
            continue;
        };
        let offset = p
            .blocks
            .get(bi)
            .map_or(m1.offset, |b| b.src_of(t))
            .clamp(m1.offset, m2.offset);
        for n in first + 1..last {
            added.push(Marker {
                label: n.to_string(),
                offset,
                span: Some((bi, t, t)),
                explicit: true,
                citation_like: true,
                narrative: false,
            });
        }
    }
    let any = !added.is_empty();
    p.markers.extend(added);
    any
}

/// Turns the in-page links shown as a bracketed label (`[WIRTH76]`) whose target is a note's
/// element into markers of that note (Sphinx links a citation so, with no footnote markup).
fn citation_links(w: &mut Walker<'_>) {
    if w.in_page_links.is_empty() || w.p.notes.is_empty() {
        return;
    }
    let labels: std::collections::HashSet<&str> =
        w.p.notes.iter().map(|n| n.label.as_str()).collect();
    let mut markers = Vec::new();
    let mut gone = Vec::new();
    // What the links with brackets outside them show (index in `markers`, label).
    let mut shown_words = Vec::new();
    for &li in &w.in_page_links {
        let Some(l) = w.p.links.get(li) else {
            continue;
        };
        // (`#WIRTH76`, or the page's own address before it, as written.)
        let Some((_, frag)) = l.raw.trim().split_once('#') else {
            continue;
        };
        let shown = l.text.trim();
        let Some((bi, t, e)) = l.span else {
            continue;
        };
        // sphinxcontrib-bibtex (Jupyter Book) puts the brackets around the link, or around
        // several: `[<a class="reference internal" href="#id5">Wic14</a>]`, `[<a>Wic14</a>,
        // <a>Smi20</a>]`. A bracket next to the link is then part of the marker, and the
        // word it shows the note's label as shown (an author–year `Wickham, 2014` is none).
        // (Where the link opens and ends, with the brackets next to it.)
        let outside = (!shown.starts_with('[') && shown.len() <= 64)
            .then(|| w.p.blocks.get(bi))
            .flatten()
            .and_then(|b| {
                let head = b.text.get(..t)?;
                let tail = b.text.get(e..)?;
                let opens = head.ends_with('[');
                let closes = tail.starts_with(']');
                // Another of the group's citations before or after it, in the same brackets.
                let in_group = || {
                    let from = head.len().saturating_sub(256);
                    let window = head.get(from..).unwrap_or("");
                    window.rfind('[') > window.rfind(']')
                };
                let joined = |s: &str| s.starts_with([',', ';']);
                let before = opens || (head.trim_end().ends_with([',', ';']) && in_group());
                let after = closes || joined(tail);
                (before && after).then(|| (t - usize::from(opens), e + usize::from(closes)))
            });
        // An author–year citation linked to its entry (`(<a href="#ref-ha">Housing Action
        // 2023</a>)`), an entry named by its id: a marker of that entry, its words kept.
        let author_year = outside.is_none()
            && shown.len() <= 80
            && shown.starts_with(char::is_uppercase)
            && shown
                .split(|c: char| !c.is_ascii_digit())
                .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
            && !w.note_ids.contains_key(frag)
            && labels.contains(frag);
        if outside.is_none()
            && !author_year
            && !(shown.starts_with('[') && shown.ends_with(']') && shown.len() <= 66)
        {
            continue;
        }
        let label = w.note_ids.get(frag).map_or(frag, String::as_str);
        if !labels.contains(label) || !w.note_ids_seen.contains(&id_hash(frag)) {
            continue;
        }
        if outside.is_some() {
            let word =
                w.p.blocks
                    .get(bi)
                    .and_then(|b| b.text.get(t..e))
                    .and_then(word_label)
                    .map(str::to_string);
            shown_words.push((markers.len(), word));
        }
        // A marker whose word stays in the text spans it: the next of a group (`[Wic14,
        // Smi20]`) then follows it with only glue between.
        let (t, e) = outside.unwrap_or((t, e));
        markers.push(Marker {
            label: label.to_string(),
            offset: l.offset,
            span: Some((bi, t, if outside.is_some() { e } else { t })),
            explicit: true,
            citation_like: true,
            narrative: false,
        });
        if let Some(b) = w.p.blocks.get_mut(bi) {
            b.code.push((t, e));
        }
        gone.push(li);
    }
    if gone.is_empty() {
        return;
    }
    gone.sort_unstable();
    let mut i = 0;
    w.p.links.retain(|_| {
        i += 1;
        gone.binary_search(&(i - 1)).is_err()
    });
    let base = w.p.markers.len();
    w.p.markers.extend(markers);
    if !shown_words.is_empty() {
        for s in &mut shown_words {
            s.0 += base;
        }
        relabel_by_visible_text(&mut w.p, &shown_words, &[]);
    }
    w.p.markers.sort_by_key(|m| m.offset);
}

/// A reference's label shown as a word rather than a number (`Wic14`, `HTML`,
/// `SCROLL-TO-TEXT-FRAGMENT`, `[RFC9110]`; brackets around it dropped): a letter or digit,
/// then up to 63 letters, digits and `.`, `-`, `_`, `:`, `+`, `/`, with a letter among them.
fn word_label(text: &str) -> Option<&str> {
    let t = text.trim();
    let t = t
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .unwrap_or(t)
        .trim();
    (t.len() <= 64
        && t.starts_with(|c: char| c.is_ascii_alphanumeric())
        && t.contains(|c: char| c.is_ascii_alphabetic())
        && t.bytes()
            .all(|c| c.is_ascii_alphanumeric() || b".-_:+/".contains(&c)))
    .then_some(t)
}

/// Names each note as its reference links show it, where its label came from an id: a
/// reader of the page sees `[3]`, not `footnote-1` (docutils numbers `[3]_` so), `tides`
/// (docutils' `[#tides]_`, pulldown-cmark's `[^tides]`) or `NYT-12` (Wikipedia's named
/// references). A label changes only if every link to it shows the same short text and no
/// other note ends up with that label; where one would, notes whose links all show their
/// label in brackets are named so, `[1]` (a numbered bibliography beside numbered
/// footnotes: Pandoc's `<a href="#ref-okafor2019" role="doc-biblioref">[1]</a>`).
/// `bracketed` holds the markers (indices, ascending) whose links show brackets.
fn relabel_by_visible_text(p: &mut Parsed, shown: &[(usize, Option<String>)], bracketed: &[usize]) {
    use std::collections::HashMap;
    if shown.is_empty() || p.notes.is_empty() {
        return;
    }
    // Label → what its links show (`None`: they disagree, or one shows no usable label).
    let mut seen: HashMap<&str, Option<&str>> = HashMap::new();
    // Label → whether all its links show brackets.
    let mut in_brackets: HashMap<&str, bool> = HashMap::new();
    for (mi, text) in shown {
        let Some(m) = p.markers.get(*mi) else {
            continue;
        };
        let b = bracketed.binary_search(mi).is_ok();
        in_brackets
            .entry(m.label.as_str())
            .and_modify(|e| *e &= b)
            .or_insert(b);
        let v = match text.as_deref() {
            Some("") => Some(m.label.as_str()),
            v => v,
        };
        seen.entry(m.label.as_str())
            .and_modify(|e| {
                if *e != v {
                    *e = None;
                }
            })
            .or_insert(v);
    }
    let mut new: HashMap<String, String> = seen
        .into_iter()
        .filter_map(|(l, v)| {
            v.filter(|v| *v != l)
                .map(|v| (l.to_string(), v.to_string()))
        })
        .collect();
    let all_bracketed = |l: &str| in_brackets.get(l).copied().unwrap_or(false);
    let mut brackets_tried = false;
    if new.is_empty() {
        return;
    }
    // Undo any renaming that would give two notes' labels the same name (a label kept as it
    // is can collide with a new one; undoing one can make another collide, hence the loop).
    let labels: Vec<String> = {
        let mut l: Vec<String> = p.notes.iter().map(|n| n.label.clone()).collect();
        l.sort_unstable();
        l.dedup();
        l
    };
    loop {
        let mut owners: HashMap<&str, Vec<&str>> = HashMap::new();
        for l in &labels {
            let fin = new.get(l).map_or(l.as_str(), String::as_str);
            owners.entry(fin).or_default().push(l);
        }
        // A note shown in brackets colliding with one shown otherwise (a bibliography's
        // `[1]` and a footnote's superscript `1`): the brackets tell them apart. (Two
        // shown alike, a Word document's footnote `[1]` and endnote `[1]`, stay apart by
        // their ids.)
        let brackets_help = !brackets_tried
            && owners.values().filter(|o| o.len() > 1).any(|o| {
                o.iter().any(|l| new.contains_key(*l) && all_bracketed(l))
                    && o.iter().any(|l| !all_bracketed(l))
            });
        let undo: Vec<String> = owners
            .values()
            .filter(|o| o.len() > 1)
            .flatten()
            .filter(|l| new.contains_key(**l))
            .map(|l| (*l).to_string())
            .collect();
        if undo.is_empty() {
            break;
        }
        if brackets_help {
            // Name every note its links show in brackets so, then look again.
            brackets_tried = true;
            for (l, v) in &mut new {
                if all_bracketed(l) {
                    *v = format!("[{v}]");
                }
            }
            continue;
        }
        for l in undo {
            new.remove(&l);
        }
    }
    rename_labels(p, &new);
}

/// Renames notes, their markers and their blocks' note labels by `new` (old label → new).
fn rename_labels(p: &mut Parsed, new: &std::collections::HashMap<String, String>) {
    let rename = |l: &mut String| {
        if let Some(n) = new.get(l.as_str()) {
            l.clone_from(n);
        }
    };
    p.notes.iter_mut().for_each(|n| rename(&mut n.label));
    p.markers.iter_mut().for_each(|m| rename(&mut m.label));
    for b in &mut p.blocks {
        if let Some(l) = b.note.as_mut() {
            rename(l);
        }
    }
}

/// Names each note in `shown` (label, number) by the number its list shows at its start,
/// where its label came from an id (`B1`) and its links showed no number to rename it by
/// ([`relabel_by_visible_text`]: `(<a class="xref-bibr" href="#B1">Marsh 2016</a>)`).
/// Never where another note has that number, or two notes would get it. The names changed,
/// old to new.
fn rename_to_shown_numbers(
    p: &mut Parsed,
    shown: &[(String, String)],
) -> std::collections::HashMap<String, String> {
    use std::collections::{HashMap, HashSet};
    let labels: HashSet<&str> = p.notes.iter().map(|n| n.label.as_str()).collect();
    let mut new: HashMap<String, String> = HashMap::new();
    let mut taken: HashMap<&str, usize> = HashMap::new();
    for (old, n) in shown {
        if labels.contains(old.as_str()) && !labels.contains(n.as_str()) {
            *taken.entry(n.as_str()).or_insert(0) += 1;
            new.insert(old.clone(), n.clone());
        }
    }
    new.retain(|_, n| taken.get(n.as_str()) == Some(&1));
    if !new.is_empty() {
        rename_labels(p, &new);
    }
    new
}

/// What a footnote-reference link shows, as a label: `1`, `[12]`, `2a`, `(iv)`, `*`, `††`,
/// and in brackets a group's note (`[note 1]`, `[nb 2]`: MediaWiki's explanatory notes); not
/// a word or a phrase (`note`, `see note`, `[see note]`).
fn visible_label(text: &str) -> Option<&str> {
    let t = text.trim();
    let bracketed = t.strip_prefix('[').and_then(|r| r.strip_suffix(']'));
    let t = bracketed
        .or_else(|| t.strip_prefix('(').and_then(|r| r.strip_suffix(')')))
        .unwrap_or(t)
        .trim();
    let short = |t: &str| {
        let n = t.chars().count();
        let alnum = t.chars().all(char::is_alphanumeric);
        n > 0
            && ((alnum && n <= 4 && t.contains(|c: char| c.is_ascii_digit()))
                || (alnum && n <= 3)
                || (n <= 3 && t.chars().all(|c| "*†‡§¶".contains(c))))
    };
    // A group's name, one space, and a label in it: `note 1`, `nb 2`, `lower-alpha b`.
    let group = || {
        bracketed.is_some()
            && t.split_once(' ').is_some_and(|(g, l)| {
                (1..=12).contains(&g.len())
                    && g.starts_with(|c: char| c.is_ascii_alphabetic())
                    && g.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                    && short(l)
            })
    };
    (short(t) || group()).then_some(t)
}

/// The URLs of a `srcset` attribute's image candidates (`a.png 800w, b.png 1600w`, `x.png
/// 2x`), each once, as the HTML standard splits them, loosely: a candidate's URL is a run
/// of non-blank characters (so `a,b.png 1x` keeps its comma) and commas ending it end the
/// candidate; what follows up to the next comma outside parentheses is its descriptors.
#[must_use]
pub fn srcset_urls(v: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut rest = v;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return out;
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let (word, after) = rest.split_at(end);
        let url = word.trim_end_matches(',');
        if !url.is_empty() && !out.contains(&url) {
            out.push(url);
        }
        rest = after;
        if url.len() == word.len() {
            // Descriptors, up to the next comma outside parentheses.
            let mut depth = 0usize;
            let stop = rest.char_indices().find(|&(_, c)| match c {
                '(' => {
                    depth += 1;
                    false
                }
                ')' => {
                    depth = depth.saturating_sub(1);
                    false
                }
                ',' => depth == 0,
                _ => false,
            });
            rest = stop.map_or("", |(i, _)| rest.get(i..).unwrap_or(""));
        }
    }
}

/// Whether an address is a site's page of posts under a tag, label or category: a path
/// part naming one (`/tag/libraries/`, `/search/label/twite`, `/questions/tagged/x`,
/// `/category/news/`, `/topics/…`).
fn tag_page(href: &str) -> bool {
    let path = href.split_once("//").map_or(href, |(_, r)| {
        r.find('/').map_or("", |i| r.get(i..).unwrap_or(""))
    });
    let path = path.split(['?', '#']).next().unwrap_or(path);
    path.split('/').any(|part| {
        matches!(
            part.to_ascii_lowercase().as_str(),
            "tag"
                | "tags"
                | "tagged"
                | "label"
                | "labels"
                | "category"
                | "categories"
                | "topic"
                | "topics"
                | "keyword"
                | "keywords"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::{
        attribution_start, chrome_name, parse, visible_label, Attribute, Piece, SinkState,
        WalkSink, MAX_REOPEN,
    };
    use std::ops::Range;

    /// Counts the elements the tree construction opens.
    #[derive(Default)]
    struct Opens(usize);

    impl WalkSink for Opens {
        fn open(&mut self, _: &str, _: &[Attribute], _: u16) {
            self.0 += 1;
        }
        fn pop(&mut self) {}
        fn remove(&mut self, _: usize) {}
        fn next_text(&mut self, pieces: &mut Vec<Piece>) {
            pieces.clear();
        }
        fn text(&mut self, _: &str) {}
        fn skip_tag(&mut self, _: &str) {}
        fn pending_tag(&mut self, _: Option<Range<usize>>) {}
    }

    /// Review, forty-first session: paragraphs each opening a formatting element they never
    /// close (`<p><b class=c1>w<p><b class=c2>w…`) had every paragraph reopen all the
    /// earlier ones, work growing with the square of the page (a 650 KB page ran for
    /// minutes). The elements reopened are capped: opens grow with the page.
    #[test]
    fn unclosed_formatting_elements_are_not_reopened_without_end() {
        let n = 4000;
        let page: String = (0..n).map(|i| format!("<p><b class=\"c{i}\">w")).collect();
        let opens = SinkState::new(Opens::default()).run(&page).0;
        assert!(
            opens < n * (MAX_REOPEN + 8),
            "{opens} elements opened for {n} paragraphs"
        );
        // Reopening itself is kept: bold text runs on into the next paragraph.
        let p = parse("<p><b>bold<p>still bold</b> plain</p>");
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["bold", "still bold plain"], "{texts:?}");
    }

    /// Where a block quotation's attribution starts: a dash, then a short phrase that is no
    /// sentence, after the quotation's last sentence or opening the paragraph.
    #[test]
    fn attribution_starts() {
        for (text, want) in [
            ("— Growing Review", Some(0)),
            ("  -- The Editor", Some(0)),
            ("“We waited.” — a ward sister in Leeds", Some(17)),
            ("We waited. — a ward sister in Leeds", Some(11)),
            (
                "We fought hard. — And we will fight harder still next year.",
                None,
            ),
            ("— ¿Vas a firmar el acuerdo hoy mismo?", None),
            ("— When all at once I saw a crowd", None),
            ("“Quiet.” — Ann", Some(13)),
            ("We waited — all of us — for the water.", None),
            ("We waited. — then it rained. It rained all day.", None),
            ("No dash at all.", None),
            ("— Jun Ito, in “The Maintainer Tax”", Some(0)),
            ("— Ada Quill, \"Harbour Notes\".", Some(0)),
            ("— “Run,” she said, “before the tide turns.”", None),
            (
                "— A registrar, quoted in the journal's piece that first reported the reversal.",
                Some(0),
            ),
            (
                "— We went on, quoted in the paper. Then the long march north began again.",
                None,
            ),
        ] {
            assert_eq!(attribution_start(text), want, "{text:?}");
        }
        // A long paragraph of dashes is read in a bounded window (and has no attribution).
        let long = "a — ".repeat(50_000);
        assert_eq!(attribution_start(&long), None);
    }

    /// What a reference link shows, read as a label, or not.
    #[test]
    fn visible_labels() {
        for (text, want) in [
            ("1", Some("1")),
            (" [12] ", Some("12")),
            ("(iv)", Some("iv")),
            ("2a", Some("2a")),
            ("1024", Some("1024")),
            ("†", Some("†")),
            ("**", Some("**")),
            ("note", None),
            ("see note", None),
            ("12345", None),
            ("[note 1]", Some("note 1")),
            (" [nb 2] ", Some("nb 2")),
            ("[a]", Some("a")),
            ("note 1", None),
            ("[see note]", None),
            ("[note  1]", None),
            ("[]", None),
            ("", None),
        ] {
            assert_eq!(visible_label(text), want, "{text:?}");
        }
    }

    /// A note is renamed as its links show it only when they agree and no other note would
    /// take the same name: a footnote and an endnote both shown as `1` keep their own labels.
    #[test]
    fn notes_renamed_as_shown_unless_they_would_collide() {
        let labels = |html: &str| {
            let p = parse(html);
            let notes: Vec<String> = p.notes.iter().map(|n| n.label.clone()).collect();
            let markers: Vec<String> = p.markers.iter().map(|m| m.label.clone()).collect();
            (notes, markers)
        };
        let notes = "<div id=ftn1><p><a name=_ftn1 href=#_ftnref1>[1]</a> Foot.</p></div>\
                     <div id=edn1><p><a name=_edn1 href=#_ednref1>[1]</a> End.</p></div>";
        let both_one = format!(
            "<p>A<a href=#_ftn1 name=_ftnref1>[1]</a> b<a href=#_edn1 name=_ednref1>[1]</a>.</p>{notes}"
        );
        assert_eq!(
            labels(&both_one),
            (
                vec!["1".into(), "edn1".into()],
                vec!["1".into(), "edn1".into()]
            )
        );
        let roman = both_one.replacen("[1]</a>.", "[i]</a>.", 1);
        assert_eq!(
            labels(&roman),
            (vec!["1".into(), "i".into()], vec!["1".into(), "i".into()])
        );
        // Links to one note showing different numbers: the label stays.
        let twice = "<p>A<sup><a href=#tides>1</a></sup> b<sup><a href=#tides>2</a></sup>.</p>\
                     <div class=footnote-definition id=tides><p>Note.</p></div>";
        assert_eq!(
            labels(twice),
            (vec!["tides".into()], vec!["tides".into(), "tides".into()])
        );
    }

    /// The memo answers as a fresh judgement does, asked again, and after it has been
    /// emptied for being full.
    #[test]
    fn chrome_names_remembered_answer_as_judged() {
        let names = [
            "comments",
            "post-content",
            "site-nav",
            "entry",
            "related-posts",
        ];
        for round in 0..3 {
            for n in names {
                assert_eq!(
                    chrome_name(n),
                    super::chrome_name_judged(n),
                    "{n} ({round})"
                );
            }
            for k in 0..3000 {
                let n = format!("x{k}-{}", if k % 2 == 0 { "menu" } else { "body" });
                assert_eq!(chrome_name(&n), k % 2 == 0, "{n}");
            }
        }
    }

    /// Classes and ids of page chrome, matched by whole parts; words that merely contain one
    /// are content.
    #[test]
    fn chrome_names() {
        for (name, want) in [
            ("comments", true),
            ("comment-list", true),
            ("commentlist", true),
            ("wp-block comments-area", true),
            ("Sidebar", true),
            ("main-nav", true),
            ("ad-slot", true),
            ("site-header", true),
            ("most-read", true),
            ("pullquote", true),
            ("post-end-cta", true),
            ("taboola-feed", true),
            ("webmentions", true),
            ("cited-by", true),
            ("preheader", true),
            ("mcnPreviewText", true),
            ("cookie_consent", true),
            // Pull quotes as themes and Medium name them; Medium's paragraph after one is
            // content.
            ("pull-quote", true),
            ("wp-block-pullquote", true),
            ("graf graf--pullquote graf-after--p", true),
            ("pullquote--large", true),
            ("graf graf--p graf-after--pullquote", false),
            ("graf-before--pullquote", false),
            // Related-post blocks named by a run of parts.
            ("read-more-wrap outer", true),
            ("site-banner", true),
            ("announcement-bar top", true),
            ("post-banner", false),
            ("entry-footer", true),
            ("ast-single-author-box ast-author-meta", true),
            ("author-bio", true),
            ("onward-journey", true),
            ("post-ufi", true),
            ("footer-wrap publication-footer", true),
            ("author", false),
            ("entry-content", false),
            ("bio", false),
            ("read-next-feed", true),
            ("site-header-inner", true),
            ("thread-more", false),
            ("has-read-more", false),
            ("single-post has-sidebar", false),
            ("no-sidebar", false),
            ("navigation-with-keyboard", false),
            ("vector-feature-main-menu-pinned-disabled", false),
            ("content-area comments-enabled", false),
            ("post share-enabled", false),
            ("menu-open", false),
            ("sidebar-left widget-area", true),
            // WordPress's sidebar boxes, as a whole class; a page builder's content blocks
            // and a paper's discussion are content.
            ("widget widget_recent_entries", true),
            ("widget-area", true),
            ("comment-replies", true),
            ("replies", true),
            ("elementor-widget elementor-widget-text-editor", false),
            ("elementor-widget-container", false),
            ("discussion", false),
            ("vector-main-menu", true),
            ("commentary", false),
            ("article-header", false),
            ("address", false),
            ("shadow", false),
            ("navigate", false),
            ("headline lede", false),
            // A newsroom's appeals and teasers of its other stories.
            ("donate-callout", true),
            ("donation-box", true),
            ("membership-cta", true),
            ("support-us", true),
            ("member-banner inline", true),
            ("membership-rules", false),
            ("support-matrix", false),
            ("contributions-epic", true),
            ("contributions__epic", true),
            ("author-contributions", false),
            ("jp-relatedposts", true),
            ("more-from", true),
            ("gh-card post", true),
            ("kg-card kg-callout-card", false),
            // A shop's box; a page about buying is content.
            ("buy-box", true),
            ("book-buy-buttons", true),
            ("affiliate-links", true),
            ("buyer-guide", false),
            ("", false),
        ] {
            assert_eq!(chrome_name(name), want, "{name:?}");
        }
    }
}
