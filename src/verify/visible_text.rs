//! HTML → the text a reader sees, plus the page's own metadata.
//!
//! Owns: walking the parsed tree (iteratively, so 10,000 nested `<div>`s cannot overflow the
//! stack), dropping what is never shown (`script`, `style`, `template`, `svg`,
//! `head`, `hidden` elements, text for screen readers only: see `hidden_element`), what is
//! not the current text (ruby readings, `<del>`: see `is_not_current_text`) and reference
//! calls with a footnote's popup beside them (see `is_popup`), turning block elements and `<br>` into line breaks while
//! inline elements never split a word (`<em>un</em>equal` is "unequal"), collapsing
//! whitespace, and marking which stretches of text are page furniture (navigation, header
//! and footer outside the article, sidebars, comments, cookie banners, related links) rather
//! than the main text. A `<noscript>`'s text is kept (a reader without JavaScript sees it),
//! its stretches marked as the page's fallback. Entities are decoded by the HTML parser.
//! The publisher's words that are no visible text (JSON-LD `articleBody`, images' `alt`
//! texts, the `<title>`, the description) are collected apart ([`Visible::asides`]).
//!
//! Does not own: decoding bytes to UTF-8 (the fetch stage does), or normalisation.

use std::ops::Range;

use ego_tree::iter::Edge;
use scraper::{Html, Node, Selector};

use crate::extract::html::{chrome_name, popup_classes};

/// The metadata a page states about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// Titles: `<title>`, `og:title`, `citation_title`, `dc.title`, `twitter:title`,
    /// JSON-LD `headline`, and the first `<h1>`.
    pub titles: Vec<String>,
    /// Authors: `author`, `article:author`, `citation_author`, `dc.creator`, JSON-LD
    /// `author.name`.
    pub authors: Vec<String>,
    /// Publication dates as written: `article:published_time`, `citation_publication_date`,
    /// `citation_date`, `dc.date`, JSON-LD `datePublished`.
    pub dates: Vec<String>,
    /// The language the page declares for its text, as written (`de`, `pt-BR`): the `lang`
    /// of its first `<article>` (or, without one, of its `<main>`) where that has one, else
    /// of `<html>`. A declaration only: what language the text is in is told from the text
    /// (see `lang::other_language`).
    pub lang: Option<String>,
}

/// A page's visible text.
#[derive(Debug, Clone, Default)]
pub struct Visible {
    /// The text: whitespace runs folded to one space, blocks separated by `\n`.
    pub text: String,
    /// Byte ranges of `text` that are page furniture rather than main text.
    pub furniture: Vec<Range<usize>>,
    /// Which kind of furniture stretches of it are, as the markup names them (an element
    /// of the furniture with a tag, role, id or class that tells its kind: see
    /// [`Furniture`]). Nested stretches are all listed, the inner first; furniture whose
    /// markup says nothing of its kind is in none.
    pub furniture_kinds: Vec<(Range<usize>, Furniture)>,
    /// The page's metadata.
    pub meta: PageMeta,
    /// Whether the page runs scripts (a `<script>` or `<noscript>` element): only then may
    /// its content be filled in by JavaScript.
    pub scripted: bool,
    /// Byte ranges of `text` that come from `<noscript>`: what a reader without JavaScript
    /// sees (the publisher's fallback), on the page, but no proof of what the page shows.
    pub fallback: Vec<Range<usize>>,
    /// The publisher's words that are on the page but not in its visible text, each read as
    /// a block of its own (see [`Aside`]).
    pub asides: Vec<(Aside, String)>,
    /// Whether the JSON-LD `articleBody` was longer than the part read (1 MiB).
    pub article_body_cut: bool,
    /// Where lines of `text` start that hold a label the markup sets over or before its
    /// words: a `<dt>` over its `<dd>`, a table row's first cell before the next. A
    /// transcript laid out so names its speakers (see `speakers::page_speaker`).
    pub labels: Vec<usize>,
    /// Where lines of `text` start that hold a table row's second or later cell: a quote
    /// running into one joins words the page sets apart.
    pub cells: Vec<usize>,
    /// A block quotation's credit the markup sets apart (a `<cite>` or `<footer>` in the
    /// `<blockquote>`, a `<figcaption>` of a figure holding one): where its line starts in
    /// `text`, and where the quotation's text starts (see `speakers::page_speaker`).
    pub credits: Vec<(usize, usize)>,
    /// A fact check's rating shown as a picture (a rating meter whose `alt` says `False`,
    /// `Pants on Fire`, `Mostly False`), outside the furniture: where it stands in `text`,
    /// and its `alt` (see `notices::debunked_claims`).
    pub ratings: Vec<(usize, String)>,
    /// The page's note calls its text leaves out (a raised `3`, a linked `[3]`: see
    /// `is_reference_call`, `is_note_mark`) whose label is a number: where each stood in
    /// `text`, and the number.
    pub marks: Vec<(usize, String)>,
    /// Byte ranges of `text` the page shows struck through with `<s>` or `<strike>` (no
    /// longer accurate: an old price, a plan since changed), outside figures.
    pub struck: Vec<Range<usize>>,
    /// Those of [`Visible::struck`] struck with `<strike>` (the rest with `<s>`): the
    /// warning names the tag the page uses.
    pub strike: Vec<Range<usize>>,
    /// Byte ranges of the main text whose element declares a language of its own (`<section
    /// lang="fr">` on a bilingual notice), outside figures, and the language as written.
    pub lang_parts: Vec<(Range<usize>, String)>,
}

/// What a stretch of a page's furniture is, as its markup names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// Readers' comments (an id or class naming comments, `disqus`, WordPress's `respond`).
    Comments,
    /// Teasers for other articles: related or recommended stories, a `READ MORE:` line.
    Related,
    /// Menus, breadcrumbs, site search (`<nav>`, `role="navigation"`, a `menu` class).
    Navigation,
    /// The page's header above the article (`<header>` outside it, `role="banner"`).
    Header,
    /// The page's footer (`<footer>` outside the article, `role="contentinfo"`).
    Footer,
    /// A sidebar (`<aside>`, `role="complementary"`, a `sidebar` class).
    Sidebar,
    /// A box or banner over or in the page: a dialog, a cookie notice, a newsletter or
    /// subscription box.
    Prompt,
}

impl Furniture {
    /// Where the words are, for a person, after "the page's furniture, in": `its comments (…)`.
    #[must_use]
    pub fn place(self) -> &'static str {
        match self {
            Furniture::Comments => "its comments (readers' words, not the publisher's)",
            Furniture::Related => {
                "a teaser for another article (a related article or a `read more` link: the \
                 other article's words, not this one's)"
            }
            Furniture::Navigation => "its navigation (menus and links)",
            Furniture::Header => "its header, above the article",
            Furniture::Footer => "its footer, below the article",
            Furniture::Sidebar => "a sidebar beside the article",
            Furniture::Prompt => {
                "a box or banner over the page (a cookie notice, a newsletter or subscription \
                 box)"
            }
        }
    }
}

/// The kind of furniture an element is, told from its id and class first (a `<aside
/// class="related">` is related articles before it is a sidebar), then its role and tag.
/// `teaser` is for a paragraph read as a teaser for another story.
fn furniture_kind(e: &scraper::node::Element, role: &str, teaser: bool) -> Option<Furniture> {
    if teaser {
        return Some(Furniture::Related);
    }
    let names =
        format!("{} {}", e.id().unwrap_or(""), e.attr("class").unwrap_or("")).to_ascii_lowercase();
    let tokens: Vec<&str> = names
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let any = |f: &dyn Fn(&str) -> bool| tokens.iter().any(|t| f(t));
    if any(&|t| t.starts_with("comment") || t == "disqus" || t == "respond") {
        return Some(Furniture::Comments);
    }
    if any(&|t| {
        t.starts_with("related")
            || t.starts_with("recommend")
            || matches!(
                t,
                "outbrain" | "taboola" | "readmore" | "teaser" | "teasers"
            )
    }) || names.contains("read-more")
        || names.contains("more-stories")
    {
        return Some(Furniture::Related);
    }
    if any(&|t| {
        t.starts_with("cookie")
            || t.starts_with("consent")
            || t.starts_with("newsletter")
            || t.starts_with("modal")
            || t.starts_with("popup")
            || t.starts_with("paywall")
    }) {
        return Some(Furniture::Prompt);
    }
    if any(&|t| t == "sidebar" || t == "aside") {
        return Some(Furniture::Sidebar);
    }
    if any(&|t| t.starts_with("nav") || t.contains("menu") || t.starts_with("breadcrumb")) {
        return Some(Furniture::Navigation);
    }
    if any(&|t| t == "footer" || t == "colophon") {
        return Some(Furniture::Footer);
    }
    if any(&|t| t == "header" || t == "masthead") {
        return Some(Furniture::Header);
    }
    match (e.name(), role) {
        ("nav", _) | (_, "navigation" | "menu" | "menubar" | "search") => {
            Some(Furniture::Navigation)
        }
        ("dialog", _) | (_, "dialog" | "alertdialog") => Some(Furniture::Prompt),
        ("aside", _) | (_, "complementary") => Some(Furniture::Sidebar),
        ("header", _) | (_, "banner") => Some(Furniture::Header),
        ("footer", _) | (_, "contentinfo") => Some(Furniture::Footer),
        _ => None,
    }
}

/// Where text the page holds outside its visible text comes from. Each is matched on its
/// own, never run together with the visible text or with another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aside {
    /// The article's text as the page gives it to its scripts: JSON-LD `articleBody`.
    ArticleBody,
    /// An image's `alt` text of three words or more (a picture described in words, read by
    /// screen readers), outside the page's furniture.
    AltText,
    /// The page's `<title>`.
    Title,
    /// The page's summary: `<meta name="description">`, `og:description`,
    /// `twitter:description`.
    Description,
    /// The words in the data the page gives its scripts (Next.js's `__NEXT_DATA__`,
    /// `window.__NUXT__`, a `__PRELOADED_STATE__`): what an application rendered in the
    /// browser shows (read by `verify::script_data`).
    ScriptData,
    /// The text of the page's hidden elements (`hidden`, an inline `display:none`: see
    /// `hidden_element`) outside its furniture: a draft's lines left in the markup, or a
    /// block the page's scripts may show. Never shown as the page reads.
    Hidden,
    /// The blocks an edit marked with `<del>` changed, outside the furniture, as they read
    /// before it: the words the page shows struck out as removed read, its `<ins>` words
    /// not. No longer what the page says.
    Removed,
}

/// The most text read from JSON-LD `articleBody`, and from `alt` texts (bytes, all of a
/// page's together).
const MAX_ARTICLE_BODY: usize = 1 << 20;

/// An `alt` text with fewer words than this is a label (`logo`, `Photo`), not a description.
const MIN_ALT_WORDS: usize = 3;

/// Elements whose content is never shown. An SVG drawing's `<text>` is shown (a chart's
/// labels, a drawn quotation): its `title`, `desc` and `metadata` are not.
fn is_hidden_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "template"
            | "title"
            | "desc"
            | "metadata"
            | "head"
            | "iframe"
            | "object"
            | "canvas"
            | "select"
            | "datalist"
            | "math"
    )
}

/// Elements whose text is shown but is not the page's current text, so not read.
///
/// - `<rt>`, `<rp>` and `<rtc>`: a ruby annotation (furigana, pinyin, a gloss) and its
///   fallback parentheses. The ruby base is the text: `<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>`
///   reads `漢字`, as one quotes it, not `漢かん字じ`.
/// - `<del>`: text the page marks as removed (an edit shown struck through, `<del>10</del>
///   <ins>12</ins> people`). It is no longer what the page says: a quote of the current text
///   runs across it (`12 people`), and a quote of the removed words is not found on the page.
///   `<s>` (no longer accurate, such as an old price) stays text: it is often the very thing
///   quoted.
fn is_not_current_text(name: &str) -> bool {
    matches!(name, "rt" | "rp" | "rtc" | "del")
}

/// The text inside an element as its markup would show it were it not hidden: its blocks
/// on lines of their own, scripts, styles and the like left out. Bounded by
/// [`MAX_ARTICLE_BODY`].
fn element_text(node: ego_tree::NodeRef<'_, Node>) -> String {
    read_element(node, false)
}

/// The text of a block an edit changed as it read before the edit: its `<del>` text read,
/// its `<ins>` text left out (`The chief executive <del>will resign</del> <ins>will
/// stay</ins>` reads `The chief executive will resign`). Bounded as [`element_text`] is.
fn earlier_text(node: ego_tree::NodeRef<'_, Node>) -> String {
    read_element(node, true)
}

/// [`element_text`], or with `earlier` [`earlier_text`].
fn read_element(node: ego_tree::NodeRef<'_, Node>, earlier: bool) -> String {
    let read = |name: &str| {
        if earlier {
            name != "ins" && (name == "del" || !is_not_current_text(name))
        } else {
            !is_not_current_text(name)
        }
    };
    let mut out = String::new();
    let mut stack = vec![(node, false)];
    while let Some((n, closing)) = stack.pop() {
        if out.len() > MAX_ARTICLE_BODY {
            break;
        }
        match n.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if closing && is_block_tag(e.name()) => out.push('\n'),
            Node::Element(_) if closing => {}
            Node::Element(e) if !is_hidden_tag(e.name()) && read(e.name()) => {
                if is_block_tag(e.name()) {
                    out.push('\n');
                }
                stack.push((n, true));
                let children: Vec<_> = n.children().collect();
                stack.extend(children.into_iter().rev().map(|c| (c, false)));
            }
            _ => {}
        }
    }
    out
}

/// Whether a paragraph is a teaser for another story set in the text: a label (`READ
/// MORE:`, `Related:`, `See also:`, `Lire aussi :`) and one link that fills the rest. Its
/// words are that story's headline, not what this page says (held-out evaluation,
/// forty-fourth session: a quote found only in one verified as the page's own words).
/// Reads the paragraph's text only when it holds a link, and no more of a long one.
fn teaser_paragraph(node: ego_tree::NodeRef<'_, Node>) -> bool {
    const LABELS: &[&str] = &[
        "read more",
        "read also",
        "also read",
        "more",
        "related",
        "see also",
        "recommended",
        "more on this story",
        "lire aussi",
        "à lire aussi",
        "mehr zum thema",
        "lesen sie auch",
        "lea también",
        "leia também",
        "leggi anche",
    ];
    let mut links = node
        .descendants()
        .filter(|d| d.value().as_element().is_some_and(|e| e.name() == "a"));
    let (Some(link), None) = (links.next(), links.next()) else {
        return false;
    };
    let text = element_text(node);
    if text.len() > 400 {
        return false;
    }
    let text = text.trim();
    let linked = element_text(link);
    let linked = linked.trim();
    let Some(label) = text.strip_suffix(linked) else {
        return false;
    };
    let label = label
        .trim()
        .trim_end_matches([':', '|', '»', '›', '>', '\u{2014}', '-'])
        .trim()
        .to_lowercase();
    !linked.is_empty() && LABELS.contains(&label.as_str())
}

/// Elements whose text is the page's furniture wherever they stand.
fn is_furniture_tag(name: &str) -> bool {
    matches!(name, "nav" | "aside" | "dialog")
}

/// Elements that start a new line.
pub(crate) fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "br"
            | "caption"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "legend"
            | "option"
    )
}

struct Walker {
    text: String,
    furniture: Vec<Range<usize>>,
    furn_start: Option<usize>,
    pending_space: bool,
    /// Whether the pending whitespace holds a line break of the HTML source: after a hyphen
    /// between two letters (`sur-⏎veyors`, a page converted from print) it is kept as one,
    /// so the word reads joined or split as plain text's does (see
    /// `matcher::is_line_break_hyphen`).
    pending_newline: bool,
    /// How many whitespace characters were read (shown or folded): tells a popup glued to
    /// its marker from one a space away.
    spaces: usize,
}

impl Walker {
    fn push_text(&mut self, s: &str, furniture: bool, pre: bool) {
        for (at, c) in s.char_indices() {
            if pre && c == '\n' {
                self.brk();
                continue;
            }
            // A no-break or thin space right after a digit may group a number (`12 500`):
            // kept as it is, for the normaliser to tell grouping from spacing.
            if matches!(c, '\u{A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
                && !self.pending_space
                && self.text.ends_with(|p: char| p.is_ascii_digit())
                && super::normalize::is_digit_group(&s[at + c.len_utf8()..])
            {
                self.text.push(c);
                continue;
            }
            if c.is_whitespace() {
                self.pending_space = true;
                self.pending_newline |= c == '\n' || c == '\r';
                self.spaces += 1;
                continue;
            }
            if self.pending_space && !self.text.is_empty() && !self.text.ends_with('\n') {
                let hyphen_ends_line = self.pending_newline
                    && c.is_alphabetic()
                    && self
                        .text
                        .strip_suffix(['-', '\u{2010}'])
                        .and_then(|t| t.chars().next_back())
                        .is_some_and(char::is_alphabetic);
                self.text.push(if hyphen_ends_line { '\n' } else { ' ' });
            }
            self.pending_space = false;
            self.pending_newline = false;
            match (furniture, self.furn_start) {
                (true, None) => self.furn_start = Some(self.text.len()),
                (false, Some(s)) => {
                    self.furniture.push(s..self.text.len());
                    self.furn_start = None;
                }
                _ => {}
            }
            self.text.push(c);
        }
    }

    fn brk(&mut self) {
        self.pending_space = false;
        self.pending_newline = false;
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }
}

/// Classes that keep text for screen readers only, off the screen (`<a>annual report<span
/// class="sr-only"> (PDF, 2 MB)</span></a>`): Bootstrap's `sr-only`, `visually-hidden`,
/// WordPress's `screen-reader-text`, Drupal's `element-invisible`, and the like, also behind a
/// design system's prefix (`govuk-visually-hidden`, `usa-sr-only`, `u-visually-hidden`).
const SCREEN_READER_ONLY: [&str; 12] = [
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "screenreader-only",
    "a11y-hidden",
    "hidden-visually",
    "assistive-text",
    "element-invisible",
    "show-for-sr",
    "sr-text",
];

/// Whether a class keeps its text for screen readers only (see [`SCREEN_READER_ONLY`]).
pub(crate) fn screen_reader_only(class: &str) -> bool {
    SCREEN_READER_ONLY.iter().any(|n| {
        class.len() >= n.len()
            && class.as_bytes()[class.len() - n.len()..].eq_ignore_ascii_case(n.as_bytes())
            && (class.len() == n.len() || class.as_bytes()[class.len() - n.len() - 1] == b'-')
    })
}

/// Whether an element is hidden from a reader of the screen: the `hidden` attribute, an
/// inline `display:none`, `visibility:hidden` or `opacity:0`, or a screen-reader-only
/// class. (`aria-hidden="true"` hides from screen readers only: a pull quote repeated in
/// large type is shown, session 38.) Its text
/// is no page text, so a quote only there is not found, and words it holds inside a
/// sentence are passed over. Not a block a click or a search shows ([`collapsed_panel`]):
/// a tab's panel, an accordion's body, `hidden="until-found"`.
pub(crate) fn hidden_element(e: &scraper::node::Element) -> bool {
    let hidden = e
        .attr("hidden")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("until-found"));
    let undisplayed = || {
        e.attr("style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace([' ', '\t', '\n'], "");
            s.contains("display:none")
                || s.contains("visibility:hidden")
                || s.split(';').any(|d| {
                    d.strip_prefix("opacity:")
                        .and_then(|v| v.trim_end_matches("!important").parse::<f32>().ok())
                        .is_some_and(|v| v <= 0.0)
                })
        })
    };
    ((hidden || undisplayed()) && !collapsed_panel(e))
        || e.attr("class")
            .is_some_and(|c| c.split_ascii_whitespace().any(screen_reader_only))
}

/// Whether a hidden element is a block the reader opens with a click: a tab's panel
/// (`role="tabpanel"`), an accordion's or a "Read more" body (`role="region"`, an `id` a
/// button's `aria-controls` names, a `tab-pane`, `collapse` or `accordion` class). The
/// words in it are the page's (the thirty-sixth session's evaluation: a quote from the
/// weekend tab was `altered` against the weekday one). An inline element stays hidden
/// (screen-reader text inside a sentence).
fn collapsed_panel(e: &scraper::node::Element) -> bool {
    const PANEL_CLASSES: [&str; 8] = [
        "tab-pane",
        "tabpanel",
        "tab-panel",
        "collapse",
        "accordion-body",
        "accordion-content",
        "accordion-panel",
        "panel-collapse",
    ];
    matches!(
        e.name(),
        "div" | "section" | "article" | "p" | "ul" | "ol" | "dl" | "dd" | "li" | "table"
    ) && (e
        .attr("role")
        .is_some_and(|r| r.eq_ignore_ascii_case("tabpanel") || r.eq_ignore_ascii_case("region"))
        || e.attr("id").is_some_and(|i| !i.trim().is_empty())
        || e.attr("class").is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|c| PANEL_CLASSES.iter().any(|p| c.eq_ignore_ascii_case(p)))
        }))
}

/// Whether an element is a footnote's popup, a copy of the note shown beside its marker on
/// hover (`role="tooltip"`, a popup class: see [`popup_class`]). WordPress's Modern
/// Footnotes tooltip is the note's only copy, so it is no popup: it stays text. Nor is what
/// opens a popup, a word shown in the sentence (`has-tooltip`, `tooltip-trigger`,
/// `popover-toggle`: see [`popup_classes`]).
fn is_popup(e: &scraper::node::Element) -> bool {
    let Some(class) = e.attr("class") else {
        return e
            .attr("role")
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("tooltip"));
    };
    if class
        .split_ascii_whitespace()
        .any(|c| c.eq_ignore_ascii_case("modern-footnotes-footnote__note"))
    {
        return false;
    }
    e.attr("role")
        .is_some_and(|r| r.trim().eq_ignore_ascii_case("tooltip"))
        || popup_classes(class)
}

/// Whether a link's text reads as a note's label: one to three digits, a letter, a
/// lowercase Roman numeral (`iv`), or one to three of `*`, `†`, `‡`, `§`, `¶`, each
/// maybe in brackets or parentheses (`[4]`, `(a)`). `GDP` or `Inflation` is a word.
fn note_label(text: &str) -> bool {
    let t = text.trim();
    let t = t
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .or_else(|| t.strip_prefix('(').and_then(|t| t.strip_suffix(')')))
        .unwrap_or(t)
        .trim();
    let n = t.chars().count();
    (1..=3).contains(&n) && t.bytes().all(|b| b.is_ascii_digit())
        || n == 1 && t.bytes().all(|b| b.is_ascii_alphabetic())
        || (1..=4).contains(&n) && t.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
        || (1..=3).contains(&n) && t.chars().all(|c| matches!(c, '*' | '†' | '‡' | '§' | '¶'))
}

/// `node` and its descendants, but for the subtrees of popups and hidden elements inside
/// it: the text a reader sees of a note call (`<sup><a href="#fn5">5</a><span
/// class="popup">…</span></sup>` shows `5`).
fn shown_descendants(
    node: ego_tree::NodeRef<'_, Node>,
) -> impl Iterator<Item = ego_tree::NodeRef<'_, Node>> {
    let mut passed_over: Option<ego_tree::NodeId> = None;
    node.traverse().filter_map(move |edge| match edge {
        Edge::Open(n) => {
            if passed_over.is_some() {
                return None;
            }
            if n != node
                && n.value()
                    .as_element()
                    .is_some_and(|e| is_popup(e) || hidden_element(e))
            {
                passed_over = Some(n.id());
                return None;
            }
            Some(n)
        }
        Edge::Close(n) => {
            if passed_over == Some(n.id()) {
                passed_over = None;
            }
            None
        }
    })
}

/// Whether the next sibling of `node` with anything in it (space and comments passed over)
/// is a popup: `<a href="#fn4">4</a><span role="tooltip">…</span>` is a marker with its note
/// beside it.
fn next_is_popup(node: ego_tree::NodeRef<'_, Node>) -> bool {
    for n in node.next_siblings() {
        match n.value() {
            Node::Text(t) if t.trim().is_empty() => {}
            Node::Comment(_) => {}
            Node::Element(e) => return is_popup(e),
            _ => return false,
        }
    }
    false
}

/// Whether a link inside a superscript points at a note: any in-page anchor (`#cite_note-3`,
/// `#fn1`), or a note anchor on a page named in full (`/wiki/Page#cite_note-3`).
fn is_note_anchor(href: &str) -> bool {
    let Some((_, frag)) = href.split_once('#') else {
        return false;
    };
    let frag = frag.to_ascii_lowercase();
    href.starts_with('#')
        || [
            "cite_note",
            "cite-note",
            "fn",
            "footnote",
            "endnote",
            "ref",
            "note",
        ]
        .iter()
        .any(|p| frag.starts_with(p))
}

/// Whether a link outside a superscript is a reference call all the same, which no reader
/// copies with the sentence: a link to a note in the page (an anchor named as one) whose
/// text is a short bracketed label (`the plan.<a href="#cite-3">[3]</a> It added`), or one
/// marked as a note reference (`class="footnote-ref"`, `role="doc-noteref"`,
/// `epub:type="noteref"`), or one to an anchor in the page with a note's label (see
/// [`note_label`]) and a footnote's popup beside it
/// (`<a href="#n7">7</a><span role="tooltip">…</span>`): a word linked beside a tooltip
/// (`<a href="#gdp">GDP</a><span class="tooltip">…</span>`) is text.
fn is_note_call_link(node: ego_tree::NodeRef<'_, Node>, e: &scraper::node::Element) -> bool {
    // A note's anchor by its name (`#cite_note-3`, `#fn4`, `#ref12`): a bracketed link to
    // another place in the page (`at <a href="#para38">[38]</a> above`) is text.
    let note_like = |href: &str| {
        href.split_once('#').is_some_and(|(_, frag)| {
            let frag = frag.to_ascii_lowercase();
            [
                "cite", "fn", "footnote", "endnote", "ref", "note", "_ftn", "_edn",
            ]
            .iter()
            .any(|p| frag.starts_with(p))
        })
    };
    let marked = e.classes().any(|c| {
        ["footnote-ref", "footnote-reference", "noteref"]
            .iter()
            .any(|m| c.eq_ignore_ascii_case(m))
    }) || e
        .attr("role")
        .is_some_and(|r| r.eq_ignore_ascii_case("doc-noteref"))
        || e.attr("epub:type")
            .is_some_and(|t| t.eq_ignore_ascii_case("noteref"));
    // A link marked as a note reference, or with a popup beside it, may point at any
    // anchor in the page.
    let Some(href) = e.attr("href") else {
        return false;
    };
    let popup = || is_note_anchor(href) && next_is_popup(node);
    let to_note = if marked {
        is_note_anchor(href)
    } else {
        note_like(href)
    };
    if !to_note && !popup() {
        return false;
    }
    let mut text = String::new();
    for d in shown_descendants(node) {
        if let Node::Text(t) = d.value() {
            text.push_str(t);
            if text.len() > 24 {
                return false;
            }
        }
    }
    let text = text.trim();
    let bracketed = text
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .is_some_and(|l| !l.trim().is_empty() && l.chars().count() <= 12);
    let short = !text.is_empty() && text.chars().count() <= 12;
    (to_note && (bracketed || (short && (marked || popup())))) || (note_label(text) && popup())
}

/// Whether a `<sup>` is a reference call (`residents,[3]`), which no reader copies with
/// the sentence: Wikipedia's `sup.reference` and `sup.noprint` (`[citation needed]`), or a
/// short superscript that holds a link to a note in the page (`#cite_note-3`, `#fn1`) or
/// sits in one, or whose text is bracketed (`[3]`, `[a]`, `[note 1]`). A bare number with
/// no link is an exponent or an ordinal (`m<sup>2</sup>`, `10<sup>6</sup>`, `1<sup>st</sup>`)
/// and stays.
fn is_reference_call(node: ego_tree::NodeRef<'_, Node>, e: &scraper::node::Element) -> bool {
    if e.classes().any(|c| {
        c.eq_ignore_ascii_case("reference")
            || c.eq_ignore_ascii_case("noprint")
            || c.eq_ignore_ascii_case("footnote-ref")
    }) {
        return true;
    }
    let mut text = String::new();
    let mut linked = false;
    for d in shown_descendants(node) {
        match d.value() {
            Node::Text(t) => {
                text.push_str(t);
                if text.len() > 40 {
                    return false;
                }
            }
            Node::Element(a) if a.name() == "a" => {
                linked |= a.attr("href").is_some_and(is_note_anchor);
            }
            _ => {}
        }
    }
    let text = text.trim();
    if text.is_empty() {
        return false;
    }
    let in_note_link = node.ancestors().take(3).any(|a| {
        a.value()
            .as_element()
            .is_some_and(|a| a.name() == "a" && a.attr("href").is_some_and(is_note_anchor))
    });
    linked || in_note_link || (text.starts_with('[') && text.ends_with(']'))
}

/// Whether a `<sup>` that is no reference call by its markup is a note mark all the same,
/// which no reader reads as part of the word before it: `1998<sup>4</sup>` is the year
/// 1998 and note 4, not "19984". `before` is the visible text so far, `glued` whether the
/// superscript touches it (no space between).
///
/// A note mark is short, and links nowhere but to a note (a note anchor is a reference call
/// already): one to three digits, a single letter, or either in brackets or
/// parentheses (`(4)`). Digits glued to a word of one or two letters (`m<sup>2</sup>`,
/// `x<sup>2</sup>`, `mc<sup>2</sup>`) or to a number of one or two digits
/// (`10<sup>6</sup>`, `2<sup>10</sup>`) are an exponent, and letters glued to a number
/// (`19<sup>th</sup>`, `1<sup>er</sup>`, `2<sup>e</sup>`) an ordinal: both stay part of the
/// word, as the quote writes them (`m²`, `10⁶`, `19th`).
fn is_note_mark(node: ego_tree::NodeRef<'_, Node>, before: &str, glued: bool) -> bool {
    let mut text = String::new();
    for d in shown_descendants(node) {
        match d.value() {
            Node::Text(t) => {
                text.push_str(t);
                if text.len() > 12 {
                    return false;
                }
            }
            // A link to another page is that page's, not a mark (`see<sup><a
            // href="https://…">x</a></sup>`).
            Node::Element(a) if a.name() == "a" && a.attr("href").is_some() => return false,
            _ => {}
        }
    }
    let text = text.trim();
    let inner = text
        .strip_prefix(['(', '['])
        .and_then(|t| t.strip_suffix([')', ']']))
        .unwrap_or(text);
    let digits = !inner.is_empty() && inner.len() <= 3 && inner.bytes().all(|b| b.is_ascii_digit());
    let letter = inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase());
    if !(digits || letter) {
        return false;
    }
    if !glued || inner.len() != text.len() {
        return true;
    }
    // The word the superscript is glued to.
    let word: &str = {
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric())
            .last()
            .map_or(before.len(), |(i, _)| i);
        &before[start..]
    };
    if word.is_empty() {
        return true;
    }
    let is_number = word.bytes().all(|b| b.is_ascii_digit());
    if digits {
        // An exponent: after a short unit or variable, or a short number.
        let short = word.chars().count() <= 2;
        !(short && (is_number || word.chars().all(char::is_alphabetic)))
    } else {
        // An ordinal's letters after a number are no mark (`2<sup>e</sup>`).
        !(is_number || word.ends_with(|c: char| c.is_ascii_digit()))
    }
}

/// Whether a `<sup>` kept as text is a power of the number it is glued to (`10<sup>6</sup>`,
/// `2<sup>-3</sup>`): it is read as `10^6`, so that it never reads as the number `106`. A
/// superscript after a unit or variable (`m<sup>2</sup>`) stays part of its word.
fn is_power(node: ego_tree::NodeRef<'_, Node>, before: &str, glued: bool) -> bool {
    if !glued || !before.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut text = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            text.push_str(t);
            if text.len() > 12 {
                return false;
            }
        }
    }
    let text = text.trim();
    let digits = text.strip_prefix(['-', '\u{2212}']).unwrap_or(text);
    !digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Flags an element changed on entry, undone when it closes.
#[derive(Clone, Copy, Default)]
struct Frame {
    skip: bool,
    furn: bool,
    main: bool,
    pre: bool,
    block: bool,
    /// A `<figure>` set apart from the sentence it interrupts (see [`Figure`]).
    figure: bool,
    /// A `<p>`: only a paragraph's sentence runs on past a figure (a heading's does not).
    para: bool,
    /// A `<blockquote>`, or a `<figure>` holding one: its text's start is on `quote_starts`.
    quote_box: bool,
    /// Furniture whose markup names its kind: the kind, and where its text starts.
    kind: Option<(Furniture, usize)>,
    /// An `<s>` or `<strike>`: where its text starts.
    struck: Option<usize>,
    /// The element is a `<strike>`.
    strike: bool,
    /// An element of the main text declaring its language: where its text starts.
    lang: Option<usize>,
}

/// A `<figure>` (a picture and its caption) standing between two paragraphs of one
/// sentence, right after a `<p>` whose text ends mid-sentence (`… most of the paint` / figure / `has
/// flaked off …`): its text is moved to after the next block closes, so the sentence reads
/// on as its reader reads it and the caption stays a block of its own. Kept only where its
/// text is main text throughout (no furniture or `<noscript>` fallback starts or ends
/// inside it).
struct Figure {
    /// Where its text starts.
    start: usize,
    furniture: usize,
    fallback: usize,
}

/// Whether the text so far ends mid-sentence: a letter, a digit or a comma last.
fn mid_sentence(text: &str) -> bool {
    text.trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// Nesting deeper than this is flattened before parsing (see [`flatten_deep`]).
const MAX_DEPTH: usize = 512;

/// Parses a page with html5ever, its nesting first flattened below [`MAX_DEPTH`]: the tree
/// builder looks through every open element for some start tags, so a page nested tens of
/// thousands deep (`<ul><li>` × 40,000, 800 KB) took 7 s of CPU that no `--timeout`
/// bounds. Browsers cap the depth as well (Chromium at 512).
pub(crate) fn parse_document(html: &str) -> Html {
    match flatten_deep(html, MAX_DEPTH) {
        Some(flat) => Html::parse_document(&flat),
        None => Html::parse_document(html),
    }
}

/// `html` with the start and end tags that would nest deeper than `limit` left out (their
/// text kept), as a plain scan of the tags judges depth: elements that close themselves
/// (`p`, `li`, `td`, …), void elements and self-closing tags do not count, and raw text
/// (`script`, `style`, comments) is passed over. `None` when nothing is that deep (no copy).
fn flatten_deep(html: &str, limit: usize) -> Option<String> {
    // No deeper than the number of tags.
    if memchr::memchr_iter(b'<', html.as_bytes()).count() <= limit {
        return None;
    }
    // Void elements, and every element whose end tag may be left out (minified pages leave
    // out `</tbody>`, `</p>`, `</li>`, …): counted, they made a page of many tables look
    // hundreds deep.
    const FLAT: [&str; 36] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param", "keygen", "p", "li", "dd", "dt", "option", "optgroup", "tr", "td",
        "th", "rb", "rt", "rp", "rtc", "html", "head", "body", "thead", "tbody", "tfoot",
        "caption", "colgroup",
    ];
    const RAW: [&str; 9] = [
        "script",
        "style",
        "textarea",
        "title",
        "xmp",
        "iframe",
        "noembed",
        "noframes",
        "plaintext",
    ];
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    let (mut depth, mut skipped) = (0usize, 0usize);
    let mut copied = 0;
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'<', &b[i..]) {
        let at = i + k;
        i = at + 1;
        if html[at..].starts_with("<!--") {
            i = html[at + 4..]
                .find("-->")
                .map_or(b.len(), |e| at + 4 + e + 3);
            continue;
        }
        let closing = b.get(at + 1) == Some(&b'/');
        let name_at = at + 1 + usize::from(closing);
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = b[name_at..]
            .iter()
            .position(|c| c.is_ascii_whitespace() || matches!(c, b'/' | b'>'))
            .map_or(b.len(), |e| name_at + e);
        let name = html[name_at..name_end].to_ascii_lowercase();
        // The tag's end, past quoted attribute values.
        let mut quote = None;
        let mut end = b.len();
        for (j, &c) in b.iter().enumerate().skip(name_end) {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(c),
                (None, b'>') => {
                    end = j + 1;
                    break;
                }
                _ => {}
            }
        }
        i = end;
        if !closing && RAW.contains(&name.as_str()) {
            // Its text is no markup: on past its end tag (any case), which no more counts
            // than its start tag did.
            let n = name.len();
            let close = memchr::memmem::find_iter(&b[end..], b"</")
                .map(|e| end + e)
                .find(|&e| {
                    b.get(e + 2..e + 2 + n)
                        .is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes()))
                });
            i = close.map_or(b.len(), |e| {
                memchr::memchr(b'>', &b[e..]).map_or(b.len(), |g| e + g + 1)
            });
            continue;
        }
        let self_closing = html[..end].ends_with("/>");
        if FLAT.contains(&name.as_str()) || (self_closing && !closing) {
            continue;
        }
        // An end tag closes the innermost element: one left out while any is.
        let omit = if closing {
            depth = depth.saturating_sub(1);
            let omit = skipped > 0;
            skipped = skipped.saturating_sub(1);
            omit
        } else {
            depth += 1;
            let omit = depth > limit;
            skipped += usize::from(omit);
            omit
        };
        if omit {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..at]);
            copied = end;
        }
    }
    let mut o = out?;
    o.push_str(&html[copied..]);
    Some(o)
}

/// Reads an HTML document's visible text and metadata.
///
/// The text of a `<noscript>` (which the parser keeps as raw markup) is read as HTML and
/// kept, as its own block: a reader without JavaScript sees it. Its ranges are in
/// [`Visible::fallback`].
#[must_use]
pub fn html_to_text(html: &str) -> Visible {
    read_html(html, true)
}

fn read_html(html: &str, noscript: bool) -> Visible {
    let doc = parse_document(html);
    let has_main = Selector::parse("main, article, [role=main]")
        .ok()
        .is_some_and(|s| doc.select(&s).next().is_some());
    let scripted = Selector::parse("script, noscript")
        .ok()
        .is_some_and(|s| doc.select(&s).next().is_some());

    let mut w = Walker {
        text: String::with_capacity(html.len() / 2),
        furniture: Vec::new(),
        furn_start: None,
        pending_space: false,
        pending_newline: false,
        spaces: 0,
    };
    let mut fallback: Vec<Range<usize>> = Vec::new();
    let mut furniture_kinds: Vec<(Range<usize>, Furniture)> = Vec::new();
    let mut labels: Vec<usize> = Vec::new();
    let mut cells: Vec<usize> = Vec::new();
    let mut credits: Vec<(usize, usize)> = Vec::new();
    // Where the open block quotations' (and their figures') text starts.
    let mut quote_starts: Vec<usize> = Vec::new();
    let mut alts: Vec<String> = Vec::new();
    let mut ratings: Vec<(usize, String)> = Vec::new();
    // The text of hidden elements (outside furniture), and how many bytes of it were read.
    let mut hidden_texts: Vec<String> = Vec::new();
    let mut hidden_read = 0;
    // The blocks holding a `<del>` outside the furniture, as they read before the edit.
    let mut earlier_texts: Vec<String> = Vec::new();
    let mut earlier_blocks: Vec<ego_tree::NodeId> = Vec::new();
    let mut earlier_read = 0;
    let mut marks: Vec<(usize, String)> = Vec::new();
    let mut struck: Vec<Range<usize>> = Vec::new();
    let mut strike: Vec<Range<usize>> = Vec::new();
    let mut lang_parts: Vec<(Range<usize>, String)> = Vec::new();
    let (mut skip, mut furn, mut main, mut pre) = (0usize, 0usize, 0usize, 0usize);
    // Where the text had got to at the last note call passed over, how many spaces had
    // been read, and whether the call links to its note: a popup there is the note's copy.
    let mut call_end: Option<(usize, usize, bool)> = None;
    // The explicit stack replaces recursion: `None` frames are "open this node", `Some` are
    // "close it and undo what it changed".
    let mut figure: Option<Figure> = None;
    // A figure's text waiting for the sentence it interrupted to end.
    let mut deferred: Option<String> = None;
    // Where the text had got to when the last paragraph closed: a figure right after it
    // (nothing written between, a wrapper's end aside) may interrupt its sentence.
    let mut para_end: Option<usize> = None;
    let mut stack = vec![(doc.tree.root(), None::<Frame>)];
    while let Some((node, frame)) = stack.pop() {
        if let Some(f) = frame {
            if f.quote_box {
                quote_starts.pop();
            }
            skip -= usize::from(f.skip);
            if let Some((kind, start)) = f.kind {
                if start < w.text.len() {
                    furniture_kinds.push((start..w.text.len(), kind));
                }
            }
            if let Some(start) = f.struck {
                if figure.is_none() && start < w.text.len() {
                    struck.push(start..w.text.len());
                    if f.strike {
                        strike.push(start..w.text.len());
                    }
                }
            }
            if let Some(start) = f.lang {
                let lang = node.value().as_element().and_then(|e| e.attr("lang"));
                if let Some(lang) = lang.filter(|_| figure.is_none() && start < w.text.len()) {
                    if lang_parts.len() < MAX_MARKS {
                        lang_parts.push((start..w.text.len(), lang.trim().to_string()));
                    }
                }
            }
            furn -= usize::from(f.furn);
            main -= usize::from(f.main);
            pre -= usize::from(f.pre);
            if f.block && skip == 0 {
                w.brk();
                if f.para {
                    para_end = Some(w.text.len());
                }
                if f.figure {
                    if let Some(fig) = figure.take() {
                        if w.furniture.len() == fig.furniture
                            && w.furn_start.is_none()
                            && fallback.len() == fig.fallback
                        {
                            deferred = Some(w.text.split_off(fig.start));
                            call_end = None;
                        }
                    }
                } else if let Some(d) = deferred.take() {
                    if let Some(s) = w.furn_start.take() {
                        w.furniture.push(s..w.text.len());
                    }
                    w.text.push_str(&d);
                }
            }
            continue;
        }
        match node.value() {
            Node::Text(t) => {
                if skip == 0 {
                    let is_furn = furn > 0 || (has_main && main == 0);
                    w.push_text(t, is_furn, pre > 0);
                }
                continue;
            }
            Node::Element(e) if e.name() == "noscript" => {
                // One level only: a `<noscript>` inside the fallback's markup is dropped.
                if skip == 0 && noscript {
                    let raw: String = node
                        .children()
                        .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                        .collect();
                    let inner = if raw.contains('<') {
                        read_html(&raw, false).text
                    } else {
                        raw
                    };
                    w.brk();
                    let at = w.text.len();
                    let is_furn = furn > 0 || (has_main && main == 0);
                    w.push_text(&inner, is_furn, false);
                    w.brk();
                    if w.text.len() > at {
                        fallback.push(at..w.text.len());
                    }
                }
                continue;
            }
            Node::Element(e) => {
                let name = e.name();
                let linked_call = skip == 0
                    && ((name == "sup" && is_reference_call(node, e))
                        || (name == "a" && is_note_call_link(node, e)));
                let note_call = linked_call
                    || (skip == 0
                        && name == "sup"
                        && is_note_mark(node, &w.text, !w.pending_space));
                // A popup right after a note call, nothing shown between, is a copy of the
                // note (`<sup><a href="#fn4">4</a></sup><span role="tooltip">…</span>`). A
                // space between is let pass only after a call that links to its note: after
                // a bare mark (`growth.<sup>1</sup> <span class="tooltip">…`) the popup
                // class may name a word of the sentence.
                let popup = skip == 0
                    && call_end.is_some_and(|(at, spaces, linked)| {
                        at == w.text.len() && (linked || spaces == w.spaces)
                    })
                    && is_popup(e);
                if note_call {
                    call_end = Some((w.text.len(), w.spaces, linked_call));
                    // Not in a figure, whose text may move (see `Figure`).
                    if figure.is_none() && marks.len() < MAX_MARKS {
                        if let Some(label) = mark_number(node) {
                            marks.push((w.text.len(), label));
                        }
                    }
                }
                let hidden = skip == 0
                    && !(note_call || popup || is_hidden_tag(name) || is_not_current_text(name))
                    && hidden_element(e);
                // Not in the page's furniture (a hidden menu's or dialog's text).
                let in_furniture = furn > 0 || (has_main && main == 0) || is_furniture_tag(name);
                if name == "del" && skip == 0 && !in_furniture && earlier_read < MAX_ARTICLE_BODY {
                    let block = node
                        .ancestors()
                        .find(|a| {
                            a.value()
                                .as_element()
                                .is_some_and(|e| is_block_tag(e.name()))
                        })
                        .unwrap_or(node);
                    if !earlier_blocks.contains(&block.id()) {
                        earlier_blocks.push(block.id());
                        let t = earlier_text(block);
                        if !t.trim().is_empty() {
                            earlier_read += t.len();
                            earlier_texts.push(t);
                        }
                    }
                }
                if hidden && !in_furniture && hidden_read < MAX_ARTICLE_BODY {
                    let t = element_text(node);
                    if !t.trim().is_empty() {
                        hidden_read += t.len();
                        hidden_texts.push(t);
                    }
                }
                let mut f = Frame {
                    skip: note_call
                        || popup
                        || is_hidden_tag(name)
                        || is_not_current_text(name)
                        || hidden,
                    block: is_block_tag(name),
                    pre: name == "pre" || name == "textarea",
                    ..Frame::default()
                };
                let role = e.attr("role").unwrap_or("").to_ascii_lowercase();
                f.main = matches!(name, "main" | "article") || role == "main";
                f.furn = matches!(name, "nav" | "aside")
                    || (matches!(name, "header" | "footer") && main == 0)
                    || matches!(
                        role.as_str(),
                        "navigation"
                            | "banner"
                            | "contentinfo"
                            | "complementary"
                            | "menu"
                            | "menubar"
                            | "search"
                            | "dialog"
                            | "alertdialog"
                    )
                    // The page itself, or its content, is never furniture because of a name
                    // (as in the article's extraction): `<body class="listing-page
                    // comments-page">`, old Reddit's thread, names the kind of page.
                    || (!matches!(name, "html" | "body" | "main")
                        && (e.id().is_some_and(chrome_name)
                            || e.attr("class").is_some_and(chrome_name)))
                    || (name == "p" && skip == 0 && teaser_paragraph(node));
                if skip == 0 && !f.skip && (f.furn || furn > 0 || (has_main && main == 0)) {
                    let teaser = name == "p" && f.furn && !is_furniture_tag(name) && {
                        let chrome = e.id().is_some_and(chrome_name)
                            || e.attr("class").is_some_and(chrome_name);
                        !chrome
                    };
                    f.kind = furniture_kind(e, &role, teaser).map(|k| (k, w.text.len()));
                }
                if f.block && skip == 0 {
                    w.brk();
                    // Not inside a figure, whose text may move (see `Figure`).
                    if !f.skip && figure.is_none() && is_label_cell(node, name) {
                        labels.push(w.text.len());
                    }
                    if !f.skip && figure.is_none() && is_later_cell(node, name) {
                        cells.push(w.text.len());
                    }
                }
                if skip == 0 && !f.skip && figure.is_none() {
                    let holds_quote = |n: ego_tree::NodeRef<'_, Node>| {
                        n.children().any(|c| {
                            c.value()
                                .as_element()
                                .is_some_and(|e| e.name() == "blockquote")
                        })
                    };
                    // (Both are blocks: the text is at a line's start already.)
                    if name == "blockquote" || (name == "figure" && holds_quote(node)) {
                        quote_starts.push(w.text.len());
                        f.quote_box = true;
                    } else if let Some(&start) = quote_starts.last() {
                        let parent = node
                            .parent()
                            .and_then(|p| p.value().as_element().map(|e| e.name()));
                        let credit = match name {
                            "cite" | "footer" => parent == Some("blockquote"),
                            "figcaption" => parent == Some("figure"),
                            _ => false,
                        };
                        if credit {
                            w.brk();
                            credits.push((w.text.len(), start));
                        }
                    }
                }
                f.para = name == "p";
                if matches!(name, "s" | "strike") && skip == 0 && !f.skip && figure.is_none() {
                    f.struck = Some(w.text.len());
                    f.strike = name == "strike";
                }
                if !matches!(name, "html" | "body")
                    && e.attr("lang").is_some_and(|l| !l.trim().is_empty())
                    && skip == 0
                    && !f.skip
                    && !f.furn
                    && furn == 0
                    && !(has_main && main == 0)
                    && figure.is_none()
                {
                    f.lang = Some(w.text.len());
                }
                if name == "figure"
                    && para_end == Some(w.text.len())
                    && skip == 0
                    && !f.skip
                    && !f.furn
                    && figure.is_none()
                    && deferred.is_none()
                    && w.furn_start.is_none()
                    && furn == 0
                    && !(has_main && main == 0)
                    && mid_sentence(&w.text)
                {
                    f.figure = true;
                    figure = Some(Figure {
                        start: w.text.len(),
                        furniture: w.furniture.len(),
                        fallback: fallback.len(),
                    });
                }
                // An image outside the furniture (a logo's `alt` in the header is no description).
                if name == "img"
                    && skip == 0
                    && !f.skip
                    && furn == 0
                    && !f.furn
                    && !(has_main && main == 0)
                {
                    if let Some(alt) = e.attr("alt") {
                        if alt.split_whitespace().nth(MIN_ALT_WORDS - 1).is_some() {
                            alts.push(clean(alt));
                        }
                        // Not in a figure whose text may move (see `Figure`).
                        if figure.is_none() && super::notices::false_rating(alt) {
                            ratings.push((w.text.len(), clean(alt)));
                        }
                    }
                }
                if name == "sup"
                    && !f.skip
                    && skip == 0
                    && is_power(node, &w.text, !w.pending_space)
                {
                    let is_furn = furn > 0 || (has_main && main == 0);
                    w.push_text("^", is_furn, false);
                }
                skip += usize::from(f.skip);
                furn += usize::from(f.furn);
                main += usize::from(f.main);
                pre += usize::from(f.pre);
                stack.push((node, Some(f)));
            }
            Node::Document | Node::Fragment => {}
            _ => continue,
        }
        for child in node.children().rev() {
            stack.push((child, None));
        }
    }
    if let Some(s) = w.furn_start.take() {
        w.furniture.push(s..w.text.len());
    }
    if let Some(d) = deferred {
        w.brk();
        w.text.push_str(&d);
    }
    while w.text.ends_with(['\n', ' ']) {
        w.text.pop();
    }
    let len = w.text.len();
    for r in &mut w.furniture {
        r.end = r.end.min(len);
    }
    w.furniture.retain(|r| r.start < r.end);
    for r in &mut fallback {
        r.end = r.end.min(len);
    }
    for (r, _) in &mut furniture_kinds {
        r.end = r.end.min(len);
    }
    furniture_kinds.retain(|(r, _)| r.start < r.end);
    fallback.retain(|r| r.start < r.end);
    for r in &mut ratings {
        r.0 = r.0.min(len);
    }
    for m in &mut marks {
        m.0 = m.0.min(len);
    }
    for r in &mut struck {
        r.end = r.end.min(len);
    }
    struck.retain(|r| r.start < r.end);
    for r in &mut strike {
        r.end = r.end.min(len);
    }
    strike.retain(|r| r.start < r.end);
    for (r, _) in &mut lang_parts {
        r.end = r.end.min(len);
    }
    lang_parts.retain(|(r, _)| r.start < r.end);
    let (meta, mut asides, article_body_cut) = metadata(&doc, noscript);
    // A gallery repeats one description under every picture: read once.
    let mut seen = std::collections::HashSet::new();
    let mut read = 0;
    for a in alts {
        read += a.len();
        if read > MAX_ARTICLE_BODY {
            break;
        }
        if seen.insert(a.clone()) {
            asides.push((Aside::AltText, a));
        }
    }
    if !hidden_texts.is_empty() {
        asides.push((Aside::Hidden, hidden_texts.join("\n")));
    }
    if !earlier_texts.is_empty() {
        asides.push((Aside::Removed, earlier_texts.join("\n")));
    }
    Visible {
        text: w.text,
        furniture: w.furniture,
        furniture_kinds,
        meta,
        scripted,
        fallback,
        asides,
        article_body_cut,
        labels,
        cells,
        credits,
        ratings,
        marks,
        struck,
        strike,
        lang_parts,
    }
}

/// The most note calls' places kept for a page (see [`Visible::marks`]).
const MAX_MARKS: usize = 10_000;

/// The number a note call shows (`3` of `<sup>3</sup>`, `<sup><a>[3]</a></sup>`, `(3)`):
/// one to three digits, its brackets off. `None` for a letter or anything else.
fn mark_number(node: ego_tree::NodeRef<'_, Node>) -> Option<String> {
    let mut text = String::new();
    for d in shown_descendants(node) {
        if let Node::Text(t) = d.value() {
            text.push_str(t);
            if text.len() > 12 {
                return None;
            }
        }
    }
    let text = text.trim();
    let inner = text
        .strip_prefix(['(', '['])
        .and_then(|t| t.strip_suffix([')', ']']))
        .unwrap_or(text)
        .trim();
    ((1..=3).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit()))
        .then(|| inner.to_string())
}

/// Whether the element `node` (named `name`) labels the words next to it: a `<dt>` whose
/// next element is a `<dd>`, or a row's first cell with another after it.
fn is_label_cell(node: ego_tree::NodeRef<'_, Node>, name: &str) -> bool {
    fn element<'a>(n: &ego_tree::NodeRef<'a, Node>) -> Option<&'a str> {
        n.value().as_element().map(|e| e.name())
    }
    match name {
        "dt" => node
            .next_siblings()
            .find_map(|n| element(&n))
            .is_some_and(|n| n == "dd"),
        "td" | "th" => {
            node.parent().is_some_and(|p| element(&p) == Some("tr"))
                && node.prev_siblings().all(|n| element(&n).is_none())
                && node
                    .next_siblings()
                    .any(|n| matches!(element(&n), Some("td" | "th")))
        }
        _ => false,
    }
}

/// Whether the element `node` (named `name`) is a table row's cell after its first.
fn is_later_cell(node: ego_tree::NodeRef<'_, Node>, name: &str) -> bool {
    matches!(name, "td" | "th")
        && node
            .parent()
            .and_then(|p| p.value().as_element().map(|e| e.name() == "tr"))
            .unwrap_or(false)
        && node.prev_siblings().any(|n| {
            n.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "td" | "th"))
        })
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    let s = clean(s);
    if !s.is_empty() && !v.contains(&s) {
        v.push(s);
    }
}

/// The page's metadata, and the texts it holds outside its visible text (its title, its
/// description and JSON-LD `articleBody`). Not `top` (the markup of a `<noscript>` or an
/// `articleBody`): no asides, so markup inside them is never read again.
fn metadata(doc: &Html, top: bool) -> (PageMeta, Vec<(Aside, String)>, bool) {
    let mut m = PageMeta::default();
    let mut asides: Vec<(Aside, String)> = Vec::new();
    let mut aside = |kind: Aside, t: &str| {
        let t = clean(t);
        if !t.is_empty() && !asides.iter().any(|(k, x)| *k == kind && *x == t) {
            asides.push((kind, t));
        }
    };
    if let Ok(sel) = Selector::parse("title") {
        if let Some(t) = doc.select(&sel).next() {
            let t = t.text().collect::<String>();
            push_unique(&mut m.titles, &t);
            aside(Aside::Title, &t);
        }
    }
    if let Ok(sel) = Selector::parse("meta") {
        for e in doc.select(&sel) {
            let v = e.value();
            let key = v
                .attr("property")
                .or_else(|| v.attr("name"))
                .or_else(|| v.attr("itemprop"))
                .unwrap_or("")
                .to_ascii_lowercase();
            let Some(content) = v.attr("content") else {
                continue;
            };
            match key.as_str() {
                "og:title" | "citation_title" | "dc.title" | "twitter:title" | "headline" => {
                    push_unique(&mut m.titles, content);
                }
                "description" | "og:description" | "twitter:description" => {
                    aside(Aside::Description, content);
                }
                "author" | "article:author" | "citation_author" | "dc.creator" | "byl" => {
                    push_unique(&mut m.authors, content);
                }
                "article:published_time"
                | "citation_publication_date"
                | "citation_date"
                | "dc.date"
                | "date"
                | "datepublished" => {
                    push_unique(&mut m.dates, content);
                }
                _ => {}
            }
        }
    }
    let mut bodies: Vec<String> = Vec::new();
    let mut data = super::script_data::ScriptText::default();
    if let Ok(sel) = Selector::parse("script") {
        for e in doc.select(&sel) {
            let ty = e.value().attr("type");
            if ty.is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) {
                let body: String = e.text().collect();
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(&body) {
                    json_ld(&v, &mut m, &mut bodies);
                }
            } else if top
                && e.value().attr("src").is_none()
                && super::script_data::is_data_script(ty)
            {
                let source: String = e.text().collect();
                // JSON data, or JavaScript that sets an application's state: not any
                // script's strings (a variable's text is no proof the page shows it).
                let json = ty.is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
                if json || super::script_data::sets_state(&source) {
                    data.read(&source, &|markup: &str| read_html(markup, false).text);
                }
            }
        }
    }
    if let Ok(sel) = Selector::parse("h1") {
        if let Some(h) = doc.select(&sel).next() {
            push_unique(&mut m.titles, &h.text().collect::<String>());
        }
    }
    m.lang = declared_lang(doc);
    if !top {
        return (m, Vec::new(), false);
    }
    let mut read = 0;
    let mut cut = false;
    for mut b in bodies {
        if read >= MAX_ARTICLE_BODY {
            cut = true;
            break;
        }
        // Past the cap, the start of the text (a long article is still the article's).
        let mut room = MAX_ARTICLE_BODY - read;
        if b.len() > room {
            while !b.is_char_boundary(room) {
                room -= 1;
            }
            b.truncate(room);
            cut = true;
        }
        read += b.len();
        // Some publishers put the article's markup in it, or entities (`&amp;`).
        let text = if b.contains(['<', '&']) {
            read_html(&b, false).text
        } else {
            b.lines().map(clean).collect::<Vec<_>>().join("\n")
        };
        if !text.trim().is_empty() && !asides.iter().any(|(_, x)| *x == text) {
            asides.push((Aside::ArticleBody, text));
        }
    }
    if !data.lines.is_empty() {
        asides.push((Aside::ScriptData, data.lines.join("\n")));
    }
    (m, asides, cut)
}

/// The language the page declares for its text (see [`PageMeta::lang`]): the `lang` (or
/// `xml:lang`) of its first `<article>`, or without one of its first `<main>`, where that
/// element has one, else of `<html>`. An empty one declares none.
fn declared_lang(doc: &Html) -> Option<String> {
    let lang_of = |e: &scraper::node::Element| {
        e.attr("lang")
            .or_else(|| e.attr("xml:lang"))
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
    };
    let first = |tag: &str| {
        Selector::parse(tag)
            .ok()
            .and_then(|sel| doc.select(&sel).next())
    };
    match first("article").or_else(|| first("main")) {
        Some(e) => lang_of(e.value()),
        None => None,
    }
    .or_else(|| lang_of(doc.root_element().value()))
}

/// Collects `headline`, `author` names and `datePublished` from JSON-LD, and each
/// `articleBody` (a string, or an array of strings) into `bodies`, walking it with a bounded
/// explicit stack.
fn json_ld(v: &serde_json::Value, m: &mut PageMeta, bodies: &mut Vec<String>) {
    use serde_json::Value;
    // Other works the page lists or links (`"Most read"` as an `ItemList`, related
    // articles, a review's subject, comments) have their own `articleBody`: never this
    // page's. `other` marks a value inside one of those.
    const OTHER_WORKS: &[&str] = &[
        "itemListElement",
        "item",
        "relatedLink",
        "significantLink",
        "mentions",
        "citation",
        "comment",
        "review",
        "hasPart",
        "isPartOf",
        "about",
        "subjectOf",
        "workExample",
        "isBasedOn",
        "exampleOfWork",
    ];
    let mut stack = vec![(v, false)];
    let mut budget = 10_000usize;
    while let Some((v, other)) = stack.pop() {
        budget = budget.saturating_sub(1);
        if budget == 0 {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter().map(|x| (x, other))),
            Value::Object(o) => {
                let other = other
                    || o.get("@type").is_some_and(|t| {
                        t.as_str() == Some("ItemList")
                            || t.as_array()
                                .is_some_and(|l| l.iter().any(|x| x.as_str() == Some("ItemList")))
                    });
                if let Some(Value::String(h)) = o.get("headline") {
                    push_unique(&mut m.titles, h);
                }
                if let Some(Value::String(d)) = o.get("datePublished") {
                    push_unique(&mut m.dates, d);
                }
                match o.get("articleBody").filter(|_| !other) {
                    Some(Value::String(b)) => bodies.push(b.clone()),
                    Some(Value::Array(list)) => {
                        let parts: Vec<&str> = list.iter().filter_map(Value::as_str).collect();
                        if !parts.is_empty() {
                            bodies.push(parts.join("\n"));
                        }
                    }
                    _ => {}
                }
                match o.get("author") {
                    Some(Value::String(a)) => push_unique(&mut m.authors, a),
                    Some(Value::Object(a)) => {
                        if let Some(Value::String(n)) = a.get("name") {
                            push_unique(&mut m.authors, n);
                        }
                    }
                    Some(Value::Array(list)) => {
                        for a in list {
                            match a {
                                Value::String(s) => push_unique(&mut m.authors, s),
                                Value::Object(a) => {
                                    if let Some(Value::String(n)) = a.get("name") {
                                        push_unique(&mut m.authors, n);
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
                for (k, child) in o {
                    if k != "author" && matches!(child, Value::Array(_) | Value::Object(_)) {
                        stack.push((child, other || OTHER_WORKS.contains(&k.as_str())));
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_cases() {
        let cases: &[(&str, &str)] = &[
            ("<p><em>un</em>equal</p>", "unequal"),
            ("<p>one<br>two</p>", "one\ntwo"),
            ("<div>a</div><div>b</div>", "a\nb"),
            ("<p>a <script>var x = 'secret words';</script>b</p>", "a b"),
            ("<p>x</p><style>p{}</style><template>t</template>", "x"),
            // What a reader without JavaScript sees is on the page, as HTML.
            (
                "<div id=app></div><noscript><p>First <em>para</em>.</p><p>Second.</p></noscript>",
                "First para. Second.",
            ),
            ("<p>a</p><noscript>plain words</noscript>", "a\nplain words"),
            (
                "<p>Fish &amp; chips &mdash; &#8220;ok&#8221;</p>",
                "Fish & chips \u{2014} \u{201C}ok\u{201D}",
            ),
            ("<p>line\n   broken\n  sentence</p>", "line broken sentence"),
            (
                "<p>shown</p><p hidden>gone</p><p style=\"display: none\">gone</p>",
                "shown",
            ),
            // A drawing's text is shown (session 38: a quote drawn in SVG was not found);
            // its title and description are not.
            (
                "<svg><title>Icon</title><desc>A chart</desc><text>drawn</text></svg><p>kept</p>",
                "drawn\nkept",
            ),
            (
                "<p style=\"visibility: hidden\">gone</p><p style=\"opacity:0\">gone</p>\
                 <p style=\"opacity: 0.5\">faint</p><p aria-hidden=\"true\">shown</p>",
                "faint\nshown",
            ),
            // Ruby readings are not the text; removed text is no longer the page's.
            (
                "<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rt>じ</rt></ruby>を学ぶ</p>",
                "漢字を学ぶ",
            ),
            (
                "<p>about <del>10</del> <ins>12</ins> people, un<del>x</del>equal</p>",
                "about 12 people, unequal",
            ),
            // A superscript note mark is not glued to the word before it; an exponent or
            // an ordinal is part of its word.
            (
                "<p>closed in 1998<sup>4</sup> and never reopened</p>",
                "closed in 1998 and never reopened",
            ),
            (
                "<p>closed in 1998<sup><a>4</a></sup> and never</p>",
                "closed in 1998 and never",
            ),
            (
                "<p>the inhabitants<sup>12</sup>, the town<sup>a</sup> and <sup>(3)</sup>it</p>",
                "the inhabitants, the town and it",
            ),
            (
                "<p>120 m<sup>2</sup>, x<sup>2</sup>, E = mc<sup>2</sup>, 10<sup>6</sup> cells</p>",
                "120 m2, x2, E = mc2, 10^6 cells",
            ),
            (
                "<p>the 19<sup>th</sup> century, le 1<sup>er</sup> mai, 2<sup>e</sup></p>",
                "the 19th century, le 1er mai, 2e",
            ),
            // A note call need not be superscript: a bracketed link to a note in the page,
            // or a link marked as a note reference, is no part of the sentence.
            (
                "<p>the plan.<a href=\"#cite-3\">[3]</a> It added</p>",
                "the plan. It added",
            ),
            (
                "<p>by 20p<a class=\"footnote-ref\" href=\"#fn4\">[4]</a> from April</p>",
                "by 20p from April",
            ),
            (
                "<p>a rise<a role=\"doc-noteref\" href=\"#n7\">7</a> in April</p>",
                "a rise in April",
            ),
            // A link elsewhere, or within the page with words, stays; so does a bracketed
            // link to another part of the page (a judgment's paragraph numbers).
            (
                "<p>see <a href=\"https://example.org/a\">[2]</a> and <a href=\"#intro\">the intro</a></p>",
                "see [2] and the intro",
            ),
            (
                "<p>as I explained at <a href=\"#para38\">[38]</a> above</p>",
                "as I explained at [38] above",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(html_to_text(html).text, *want, "{html}");
        }
    }

    /// A page nested deeper than browsers build is read flattened: every word kept, the
    /// tree no deeper than the cap (html5ever took seconds on `<ul><li>` × 40,000). A page
    /// of ordinary depth, however many tags, is parsed as it is.
    #[test]
    fn deep_nesting_is_flattened_and_keeps_its_text() {
        let deep = format!(
            "<html><body>{}<p>the fleet came home</p><script>if (a<b) {{}}</script>{}<p>after</p></body></html>",
            "<div><ul><li>".repeat(3000),
            "</li></ul></div>".repeat(3000)
        );
        let flat = flatten_deep(&deep, MAX_DEPTH).expect("flattened");
        let v = html_to_text(&deep);
        assert!(v.text.contains("the fleet came home"), "{}", v.text);
        assert!(v.text.contains("after"), "{}", v.text);
        assert!(flat.contains("if (a<b) {}"));
        let doc = Html::parse_document(&flat);
        let depth = doc
            .tree
            .nodes()
            .map(|n| n.ancestors().count())
            .max()
            .unwrap_or(0);
        assert!(depth <= 3 * MAX_DEPTH, "{depth}");
        let wide = format!(
            "<html><body>{}</body></html>",
            "<div><p>one <b>two</b></p></div>".repeat(2000)
        );
        assert!(flatten_deep(&wide, MAX_DEPTH).is_none());
        // Minified tables leave out their optional end tags (`</thead>`, `</tbody>`,
        // `</caption>`, `</tr>`, `</td>`): no depth (a few hundred of them were "512 deep",
        // and the page after them lost its hidden and template elements' boundaries).
        let minified = format!(
            "<html><body>{}<div hidden>not shown</div></body></html>",
            "<table><caption>c<thead><tr><th>h<tbody><tr><td>x</table>".repeat(600)
        );
        assert!(flatten_deep(&minified, MAX_DEPTH).is_none());
    }

    #[test]
    fn furniture_is_marked() {
        let v = html_to_text(
            "<nav>Home About</nav><main><p>Body text here.</p><div class=\"comments\">A reader said</div></main><footer>Legal</footer>",
        );
        let furn: Vec<&str> = v.furniture.iter().map(|r| &v.text[r.clone()]).collect();
        assert!(furn.iter().any(|s| s.contains("Home About")), "{furn:?}");
        assert!(furn.iter().any(|s| s.contains("A reader said")), "{furn:?}");
        assert!(furn.iter().any(|s| s.contains("Legal")), "{furn:?}");
        assert!(!furn.iter().any(|s| s.contains("Body text")), "{furn:?}");
    }

    /// A figure between two paragraphs of one sentence is read after the sentence's second
    /// half, as its reader reads past it; one after a sentence's end stays where it is.
    #[test]
    fn a_figure_interrupting_a_sentence_is_read_after_it() {
        let v = html_to_text(
            "<main><p>The lock keeper said the gates</p><figure><img src=\"g.jpg\" \
             alt=\"\"><figcaption>The lower gates in 1910.</figcaption></figure><p>were \
             last replaced in 1962.</p><p>Boats wait an hour.</p></main>",
        );
        assert_eq!(
            v.text,
            "The lock keeper said the gates\nwere last replaced in 1962.\nThe lower gates \
             in 1910.\nBoats wait an hour."
        );
        let html = "<main><p>The gates were replaced in 1962.</p><figure><figcaption>The \
                    lower gates.</figcaption></figure><p>Boats wait an hour.</p></main>";
        assert_eq!(
            html_to_text(html).text,
            "The gates were replaced in 1962.\nThe lower gates.\nBoats wait an hour."
        );
        // A paragraph in a wrapper of its own.
        let html = "<main><div><p>The gates were</p></div><figure><figcaption>Gates in \
                    1910.</figcaption></figure><div><p>replaced in 1962.</p></div></main>";
        assert_eq!(
            html_to_text(html).text,
            "The gates were\nreplaced in 1962.\nGates in 1910."
        );
        // A heading is no sentence running on.
        let html = "<main><h2>The lower gates</h2><figure><figcaption>Gates in \
                    1910.</figcaption></figure><p>Boats wait an hour.</p></main>";
        assert_eq!(
            html_to_text(html).text,
            "The lower gates\nGates in 1910.\nBoats wait an hour."
        );
        // A figure closing the page's text keeps its words.
        let html = "<main><p>The gates were</p><figure><figcaption>The lower \
                    gates.</figcaption></figure></main>";
        assert_eq!(html_to_text(html).text, "The gates were\nThe lower gates.");
        // Furniture after it is still furniture, its text after the moved caption.
        let v = html_to_text(
            "<main><p>The gates were</p><figure><figcaption>Gates.</figcaption></figure>\
             <p>replaced in 1962.</p><div class=\"ad-slot\">Advertisement</div><p>More \
             text.</p></main>",
        );
        let furn: Vec<&str> = v
            .furniture
            .iter()
            .map(|r| v.text[r.clone()].trim())
            .collect();
        assert_eq!(furn, ["Advertisement"], "{}", v.text);
        assert!(
            v.text
                .starts_with("The gates were\nreplaced in 1962.\nGates.\n"),
            "{}",
            v.text
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}deep words{}",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        let v = html_to_text(&html);
        assert!(v.text.contains("deep words"));
    }

    #[test]
    fn metadata_is_read() {
        let v = html_to_text(
            r#"<html><head><title>Page | Site</title>
            <meta property="og:title" content="OG title">
            <meta name="citation_author" content="Okafor, Ada">
            <meta property="article:published_time" content="2023-04-05">
            <script type="application/ld+json">{"@graph":[{"headline":"LD title","author":[{"name":"Ben Lau"}],"datePublished":"2023-04-06"}]}</script>
            </head><body><h1>Heading</h1></body></html>"#,
        );
        assert_eq!(
            v.meta.titles,
            ["Page | Site", "OG title", "LD title", "Heading"]
        );
        assert_eq!(v.meta.authors, ["Okafor, Ada", "Ben Lau"]);
        assert_eq!(v.meta.dates, ["2023-04-05", "2023-04-06"]);
        assert!(!v.text.contains("LD title"));
    }
}
