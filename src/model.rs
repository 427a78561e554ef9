//! The types that flow between the pipeline's stages.
//!
//! `input` reads a [`Document`]; `extract` turns it into an [`Extraction`] (links, footnotes,
//! quotes, warnings); `fetch` turns unique URLs into [`LinkResult`]s (plus the fetched
//! [`Page`] when a quote or fragment needs the body); `verify` turns each [`Quote`] and the
//! pages it cites into a [`QuoteResult`]; `report` renders a [`Report`].
//!
//! Everything here is plain data: serialisable, comparable, and free of I/O. The JSON report is
//! built from these types, so a field renamed here is a breaking change to the public contract
//! (see README, "JSON report"). Add fields; never rename them.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use url::Url;

/// Version of the JSON report's shape. Bump only for a breaking change.
pub const SCHEMA_VERSION: u32 = 1;

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// Where a document came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSource {
    /// A local file.
    Path(PathBuf),
    /// A live article fetched over HTTP(S).
    Url(Url),
    /// Standard input.
    Stdin,
}

impl InputSource {
    /// The name used for this source in every report (`file` fields). A file found by
    /// walking `.` is named without its `./` (`docs/faq.md`), as GitHub's annotations and
    /// SARIF name it: the terminal, Markdown and JUnit reports said `./docs/faq.md` in
    /// the same run.
    #[must_use]
    pub fn display_name(&self) -> String {
        match self {
            InputSource::Path(p) => match p.strip_prefix(".") {
                Ok(rest) if !rest.as_os_str().is_empty() => rest.display().to_string(),
                _ => p.display().to_string(),
            },
            InputSource::Url(u) => u.to_string(),
            InputSource::Stdin => "<stdin>".to_string(),
        }
    }
}

/// The markup language of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// CommonMark + GFM.
    Markdown,
    /// HTML.
    Html,
    /// Plain text.
    Text,
    /// reStructuredText (docutils, Sphinx).
    Rst,
    /// Org-mode.
    Org,
}

/// A document read into memory, already decoded to UTF-8.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where it came from.
    pub source: InputSource,
    /// Its markup language.
    pub kind: DocKind,
    /// Its text.
    pub text: String,
    /// Base for resolving relative links: `--base-url`, the article's URL, or the file's
    /// folder as a `file://` URL.
    pub base_url: Option<Url>,
    /// Problems found while reading it (e.g. invalid UTF-8 decoded lossily).
    pub warnings: Vec<Warning>,
    /// The bibliography files a Markdown article's front matter names (`bibliography:
    /// refs.bib`), read beside a local file when the document is loaded, so that extraction
    /// stays a function of the document. Empty for any other document.
    pub bibliographies: Vec<Bibliography>,
}

/// A bibliography file named by an article (pandoc's `bibliography:` key), as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bibliography {
    /// The file's name as the article writes it (`refs.bib`).
    pub name: String,
    /// The source offset in the article where it is named: its works' notes are placed
    /// there.
    pub offset: usize,
    /// The file's text.
    pub text: String,
}

/// A non-fatal problem found in a document, with its position.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Warning {
    /// 1-based line.
    pub line: usize,
    /// 1-based column (characters).
    pub column: usize,
    /// What is wrong, for a person.
    pub message: String,
}

/// How a link was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// Markdown `[text](url)` or HTML `<a href>`.
    Link,
    /// Markdown `[text][ref]` with a definition elsewhere.
    Reference,
    /// Markdown `<https://…>`.
    Autolink,
    /// Markdown `![alt](src)` or HTML `<img src>`.
    Image,
    /// A bare URL in running text.
    Bare,
    /// HTML `<iframe src>`.
    Iframe,
    /// A video's, an audio's or a caption track's file: `src` on `<video>`, `<audio>`,
    /// `<source>` (in a video or audio; one in a `<picture>` has `srcset`) and `<track>`.
    Media,
    /// `cite="…"` on `<blockquote>` or `<q>`.
    Cite,
    /// `#`, empty, or `javascript:`: a link that goes nowhere, never "dead".
    Placeholder,
    /// A `mailto:` link or an e-mail address in text.
    Email,
    /// An address in a Markdown document's front matter naming the source it cites or was
    /// clipped from (`source:`, `via:`, `original_url:`, a link post's `link:`).
    FrontMatter,
}

/// One link found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Resolved absolute URL where possible (relative links resolved against the base);
    /// otherwise the text as written.
    pub url: String,
    /// How it was written.
    pub kind: LinkKind,
    /// Link text, image alt text, or empty.
    pub text: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (characters).
    pub column: usize,
    /// Label of the footnote whose text contains this link, if any.
    pub footnote: Option<String>,
    /// The URL exactly as written in the document.
    pub raw: String,
    /// For a link to an archived copy (the Wayback Machine's `/web/<time>/<page>`,
    /// archive.today's dated form): the page it copies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive_of: Option<String>,
    /// For a link to an archived copy: the copy's time in ISO 8601, as far as its URL gives
    /// it (`2021-03-02T12:30:00Z`, `2021-03-02`, `2021-03`, `2021`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_at: Option<String>,
    /// The link stands in the page's furniture (its navigation, header and footer, sharing
    /// buttons, related stories, comments; HTML only), not in the article. Omitted when
    /// false. `check` leaves such links of a live article unrequested unless asked
    /// (`--include-furniture`): they are the site's, not the article's citations.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub furniture: bool,
    /// Byte offset of the link in the document text.
    #[serde(skip)]
    pub offset: usize,
}

/// A footnote or endnote: a `[^label]` definition, an HTML notes-list item, or an entry of a
/// "Notes"/"References" section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    /// The note's label as written, without brackets: `1`, `note-a`.
    pub label: String,
    /// 1-based line of the note's definition.
    pub line: usize,
    /// 1-based column of the note's definition.
    pub column: usize,
    /// The note's text, markup removed.
    pub text: String,
    /// URLs in the note, resolved.
    pub urls: Vec<String>,
    /// Title of the cited work, where recognisable.
    pub title: Option<String>,
    /// Authors, where recognisable, as written.
    pub authors: Vec<String>,
    /// Publisher or site, where recognisable.
    pub publisher: Option<String>,
    /// Date as written, where recognisable.
    pub date: Option<String>,
    /// Every place a marker refers to this note.
    pub referenced_at: Vec<Position>,
}

/// Whether a quote is inline in a sentence or a block of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Inside quotation marks or `<q>`, within a sentence.
    Inline,
    /// A Markdown `>` block, an HTML `<blockquote>`, or a paragraph that is wholly a quotation.
    Block,
}

/// How a quote was tied to a citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// A footnote marker inside or right after the closing quote mark.
    MarkerAfter,
    /// A footnote marker later in the same sentence.
    MarkerInSentence,
    /// For a block quote or quoted paragraph: a marker at the end of the introducing sentence.
    IntroMarker,
    /// A link wrapping the quote or in the same sentence.
    Link,
    /// `cite="…"` on `<blockquote>`/`<q>`.
    CiteAttribute,
    /// A narrative author–date citation earlier in the same sentence names the quote's source
    /// (`Lind and Ruiz (2023) found that “…”`). Footnote markers there back what precedes
    /// them, so only author–date citations are read this way.
    MarkerBefore,
    /// The quote is in a note's own text (`2. Minutes of the council, <URL>. They were
    /// “approved without amendment”.`), with nothing nearer to back it: the note's URL does.
    InNote,
    /// The quote is in a table cell with nothing in the cell backing it: a marker or link in
    /// another cell of the same row does (`| [Report](URL) | “…” |`).
    SameRow,
    /// A quote that nothing before it or in it backs, ending its paragraph (a block quote, a
    /// quoted paragraph, or an inline quote in a paragraph's last sentence): a marker or link
    /// in the first sentence of the next paragraph, when that sentence refers back to it
    /// (`That figure comes from a study …[1]`, `Those words are from …`, `Source: …`).
    Following,
    /// An inline quote that nothing in its sentence backs, whose sentence names again the
    /// subject of the sentence before it (or what that sentence cites) and a verb of saying
    /// leads to it: the one link or marker of that sentence (`The agency published its
    /// results [online](…). The agency noted that “…”`, `… strategy [3]. It describes …`).
    Preceding,
    /// A quote in a heading (a headline, a subheading; a plain-text article's title line)
    /// that nothing in it backs, repeating a quotation that is cited elsewhere in the same
    /// document (`# "We were never told," say tenants` over `"We were never told about the
    /// sale," said Ruiz.[1]`): that quotation's citations. The words match after case,
    /// punctuation and spacing are folded; either may be a part of the other, of four words
    /// at least.
    Repeated,
}

/// One citation backing a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteCitation {
    /// Footnote label, when the citation is a footnote.
    pub footnote: Option<String>,
    /// The cited URL (for a footnote: the note's first URL, if it has one).
    pub url: Option<String>,
    /// How the quote was tied to it.
    pub attribution: Attribution,
}

/// A quoted passage found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the enclosing quotation marks, markup removed, whitespace
    /// runs folded to one space.
    pub text: String,
    /// Inline or block.
    pub kind: QuoteKind,
    /// Number of words in `text`.
    pub words: usize,
    /// Shorter than `--min-quote-words`: likely a scare quote or a title.
    pub short: bool,
    /// 1-based line of the quote's first character (the opening mark, if any).
    pub line: usize,
    /// 1-based column of the quote's first character.
    pub column: usize,
    /// The citations backing it; empty means uncited.
    pub citations: Vec<QuoteCitation>,
    /// Byte range of the quote in the document text.
    #[serde(skip)]
    pub offset: usize,
    /// The last few words of the article's sentence before an inline quote's opening mark
    /// (`the judge found it`), empty for a block quote: read to tell a negation the source
    /// puts just before the quoted words from one the article keeps (not serialised).
    #[serde(skip)]
    pub lead: String,
    /// The first few words of the article's sentence after an inline quote's closing mark
    /// (`if fuel prices hold`), empty for a block quote: read to tell a condition the source
    /// goes on with, right after the quoted words, from one the article states itself (not
    /// serialised).
    #[serde(skip)]
    pub trail: String,
    /// The article says the quote is a translation: its sentence or a note citing it says
    /// so (`our translation`, `translated by`, `traducción propia`, `eigene Übersetzung`, …).
    /// A translation not found on its page is `unverifiable`, not `not_found` (not
    /// serialised).
    #[serde(skip)]
    pub translation: bool,
    /// The article's sentence says the words were asked, anywhere in it (`Asked whether it
    /// was fair that she had been called “…”`, `…,” she said, when asked about`): a
    /// question on the page is then what the article quotes (not serialised).
    #[serde(skip)]
    pub asked: bool,
    /// The person the article gives the words to, by name, when its sentence names one
    /// (`“…,” said Okoro`, `Lena Okoro told MPs that “…”`, a block quotation's introduction
    /// `Okoro told the committee:` or credit line `— Lena Okoro`): checked against the
    /// speaker the cited page gives them to (not serialised).
    #[serde(skip)]
    pub speaker: Option<String>,
    /// The person the article gives the words to by a pronoun (`He said: “…”`, `“…,” she
    /// added`), when [`Quote::speaker`] names no one and the sentence before names one
    /// person only (`Tom Reyes spoke next. He said: “…”`): checked against the page's
    /// speaker as `speaker` is, and used for nothing else (not serialised).
    #[serde(skip)]
    pub pronoun_speaker: Option<String>,
}

impl Quote {
    /// A passage on its own, cited by a link to `url` (inline, at line 1, column 1, its words
    /// counted): for checking a passage against a page without an article around it.
    #[must_use]
    pub fn citing(text: &str, url: &str) -> Quote {
        Quote {
            text: text.to_string(),
            kind: QuoteKind::Inline,
            words: text.split_whitespace().count(),
            short: false,
            line: 1,
            column: 1,
            citations: vec![QuoteCitation {
                footnote: None,
                url: Some(url.to_string()),
                attribution: Attribution::Link,
            }],
            offset: 0,
            lead: String::new(),
            trail: String::new(),
            asked: false,
            translation: false,
            speaker: None,
            pronoun_speaker: None,
        }
    }
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The document's name (path, URL or `<stdin>`).
    pub file: String,
    /// The format it was parsed as.
    pub format: DocKind,
    /// Every link, in document order.
    pub links: Vec<Link>,
    /// Every footnote/endnote, in document order.
    pub footnotes: Vec<Footnote>,
    /// Every quote, in document order.
    pub quotes: Vec<Quote>,
    /// Warnings: markers without notes, notes never referenced, decoding problems.
    pub warnings: Vec<Warning>,
    /// The uncited quotes that a footnote marker pointing to no note stands right after
    /// (`“…” [3]` with no note 3): the quote's `offset` and the marker's label, for the
    /// quote's verdict to say so (not serialised).
    #[serde(skip)]
    pub uncited_markers: Vec<(usize, String)>,
    /// The anchors of a document with no address (standard input without `--base-url`):
    /// its headings' slugs and elements' ids, for its `#fragment` links to be checked
    /// against itself, there being no page to fetch. `None` for other documents, and for a
    /// format without anchors (not serialised).
    #[serde(skip)]
    pub own_anchors: Option<std::collections::HashSet<String>>,
}

impl Extraction {
    /// Checks the invariant every front end keeps: each reported position (links, quotes,
    /// notes, markers, warnings) lies inside `text`, the document it was extracted from.
    /// Used by the property tests and the fuzz targets.
    ///
    /// # Errors
    /// The first position outside the text, described.
    pub fn check_positions(&self, text: &str) -> Result<(), String> {
        // A line ends at `\n` or at a lone `\r` (the `\r` of a `\r\n` counts as a character
        // of its line).
        let text = crate::extract::span::lone_cr_as_lf(text);
        let lines: Vec<usize> = text.split('\n').map(|l| l.chars().count()).collect();
        let mut positions: Vec<(usize, usize)> = Vec::new();
        positions.extend(self.links.iter().map(|l| (l.line, l.column)));
        positions.extend(self.quotes.iter().map(|q| (q.line, q.column)));
        positions.extend(self.warnings.iter().map(|w| (w.line, w.column)));
        for f in &self.footnotes {
            positions.push((f.line, f.column));
            positions.extend(f.referenced_at.iter().map(|p| (p.line, p.column)));
        }
        for (line, column) in positions {
            let Some(len) = line.checked_sub(1).and_then(|i| lines.get(i)) else {
                return Err(format!("line {line} of {}", lines.len()));
            };
            if column < 1 || column > len + 1 {
                return Err(format!(
                    "line {line}: column {column} on a line of {len} characters"
                ));
            }
        }
        Ok(())
    }
}

/// Where one URL occurs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Occurrence {
    /// Document name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// A unique source to check, with everything that cites it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRequest {
    /// The URL to fetch, fragment stripped (normalised). For local files, a `file://` URL.
    pub url: String,
    /// Fragments to check on the page (without `#`), if any.
    pub fragments: Vec<String>,
    /// Whether the body must be kept as a page to verify quotes against (a quote cites it).
    /// Fragments are checked on the body whether or not it is kept.
    pub needs_body: bool,
    /// Every place the URL occurs.
    pub occurrences: Vec<Occurrence>,
    /// Why the URL is not requested, when it is not: it is reported `excluded` with this
    /// as its detail.
    pub skip: Option<String>,
}

impl SourceRequest {
    /// A request for the body of a page no article place cites itself (a later page of an
    /// article, another note's page searched for a quote, an archived copy): read for its
    /// text, reported nowhere.
    #[must_use]
    pub fn body_of(url: String) -> SourceRequest {
        SourceRequest {
            url,
            fragments: Vec::new(),
            needs_body: true,
            occurrences: Vec::new(),
            skip: None,
        }
    }
}

/// The honest classification of one link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkStatus {
    /// 2xx.
    Ok,
    /// A 3xx chain ending in 2xx.
    Redirected,
    /// 404, 410, DNS name not found, connection refused, missing local file.
    Dead,
    /// 5xx after retries, TLS and protocol errors, redirect loop.
    Error,
    /// No answer in time.
    Timeout,
    /// The page exists but refuses us: 401, 403, 429 after retries, 999, bot challenges.
    Blocked,
    /// A 200 that is really a not-found page.
    #[serde(rename = "soft_404")]
    Soft404,
    /// Skipped by `--exclude`/`--include`/`--exclude-private`.
    Excluded,
    /// A scheme that is not checked (`ftp:`, `tel:`, …) or a placeholder.
    Unsupported,
    /// Not a URL.
    Invalid,
}

impl LinkStatus {
    /// Every status, in report order (worst first).
    pub const ALL: [LinkStatus; 10] = [
        LinkStatus::Dead,
        LinkStatus::Error,
        LinkStatus::Timeout,
        LinkStatus::Soft404,
        LinkStatus::Blocked,
        LinkStatus::Invalid,
        LinkStatus::Redirected,
        LinkStatus::Ok,
        LinkStatus::Excluded,
        LinkStatus::Unsupported,
    ];

    /// The name used in JSON and on the command line.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            LinkStatus::Ok => "ok",
            LinkStatus::Redirected => "redirected",
            LinkStatus::Dead => "dead",
            LinkStatus::Error => "error",
            LinkStatus::Timeout => "timeout",
            LinkStatus::Blocked => "blocked",
            LinkStatus::Soft404 => "soft_404",
            LinkStatus::Excluded => "excluded",
            LinkStatus::Unsupported => "unsupported",
            LinkStatus::Invalid => "invalid",
        }
    }
}

/// One hop of a redirect chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redirect {
    /// The URL that answered with a redirect.
    pub url: String,
    /// Its status code.
    pub status: u16,
    /// What sent the reader on from a page that answered (a `200` stub): `None` for an HTTP
    /// redirect (a 3xx's `Location`), and omitted from the JSON then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<RedirectBy>,
}

/// What sent a reader on from a page that answered rather than redirected (a
/// "Redirecting…" stub): the JSON's `by` of a hop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedirectBy {
    /// An HTTP `Refresh` header (`Refresh: 0; url=/new`).
    RefreshHeader,
    /// A `<meta http-equiv="refresh" content="0; url=/new">`.
    MetaRefresh,
    /// A script whose only work is to set the address (`window.location = "/new"`).
    Script,
}

impl RedirectBy {
    /// How a detail names it: `a refresh` (the header's or the page's), `a script`.
    #[must_use]
    pub fn as_words(self) -> &'static str {
        match self {
            RedirectBy::RefreshHeader | RedirectBy::MetaRefresh => "a refresh",
            RedirectBy::Script => "a script",
        }
    }
}

/// Whether a `#fragment` was found on the fetched page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FragmentStatus {
    /// An element with that `id`/`name` (or a heading with that slug) exists.
    Found,
    /// No such anchor.
    Missing,
}

/// The result of checking one unique URL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkResult {
    /// The URL as checked (normalised, fragment included if one was written).
    pub url: String,
    /// Where the redirect chain ended, if anything was fetched.
    pub final_url: Option<String>,
    /// The classification.
    pub status: LinkStatus,
    /// The final HTTP status code, if any.
    pub http_status: Option<u16>,
    /// Why, for a person.
    pub detail: String,
    /// Each redirect hop, in order.
    pub redirects: Vec<Redirect>,
    /// Fragment check result, when the URL has a fragment.
    pub fragment: Option<FragmentStatus>,
    /// How many retries were made.
    pub retries: u32,
    /// Time spent on this URL, retries and waits included.
    pub elapsed_ms: u64,
    /// Every place it occurs.
    pub occurrences: Vec<Occurrence>,
    /// For a permanent redirect (301/308): the URL to use instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_instead: Option<String>,
    /// Whether the result came from the cache.
    #[serde(default)]
    pub cached: bool,
    /// For a result from the cache: when that check was made, in UTC
    /// (`2026-12-04T21:10:05Z`). Omitted for a result checked in this run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_at: Option<String>,
    /// With `--cache`, for a failing link (`dead` with HTTP 404 or 410, `soft_404`): when
    /// the cache first saw it failing, in UTC (`2026-11-20T08:00:00Z`), carried over from
    /// run to run while it keeps failing and forgotten once it answers. Omitted otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failing_since: Option<String>,
    /// The `#fragments` asked for that the page lacks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing_fragments: Vec<String>,
    /// The `#fragments` asked for that could not be checked: not in the part read of a page
    /// cut at `--max-body` (absence there proves nothing).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unchecked_fragments: Vec<String>,
    /// For each of `missing_fragments` with an anchor of the page spelt nearly the same
    /// (`#Instalation` → `installation`): that anchor, without `#`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub nearest_anchors: std::collections::BTreeMap<String, String>,
    /// For a link to an archived copy: the page it copies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive_of: Option<String>,
    /// For a link to an archived copy: its time in ISO 8601, as far as its URL gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_at: Option<String>,
    /// An archived copy of this page: one the article links, or one an archive offered
    /// (`--suggest-archive`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_copy: Option<ArchivedCopy>,
}

/// An archived copy of a cited page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivedCopy {
    /// The copy's URL.
    pub url: String,
    /// Its time in ISO 8601, as far as it is known.
    pub archived_at: Option<String>,
    /// `article` (the article links it) or `lookup` (an archive's availability API offered
    /// it, under `--suggest-archive`).
    pub found_by: CopyFoundBy,
}

/// How an archived copy was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CopyFoundBy {
    /// The article links it.
    Article,
    /// An archive offered it when asked (`--suggest-archive`).
    Lookup,
}

/// The body of a fetched page, decoded to text where it is text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// HTML (or XHTML), decoded to UTF-8.
    Html(String),
    /// Plain text (or Markdown), decoded to UTF-8.
    Text(String),
    /// A PDF, as bytes.
    Pdf(Vec<u8>),
    /// A Word (`.docx`) or OpenDocument text (`.odt`) file, as bytes: read for its text
    /// when quotes are checked on it (see [`crate::office`]).
    Office(Vec<u8>),
    /// Another content type, not read.
    Other(String),
}

/// A fetched page, handed to the verifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Where the redirect chain ended.
    pub final_url: String,
    /// The final status code.
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The body.
    pub body: Body,
    /// Whether the body was cut at `--max-body`.
    pub truncated: bool,
}

/// A quote's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every part found after normalisation.
    Verified,
    /// A close passage is on the page but words differ: a misquote.
    Altered,
    /// Some ellipsis-separated parts found, others not.
    Partial,
    /// Nothing close on the page.
    NotFound,
    /// The cited page could not be read.
    Unverifiable,
    /// No citation to check against.
    Uncited,
}

impl Verdict {
    /// Every verdict, worst first.
    pub const ALL: [Verdict; 6] = [
        Verdict::Altered,
        Verdict::NotFound,
        Verdict::Partial,
        Verdict::Unverifiable,
        Verdict::Uncited,
        Verdict::Verified,
    ];

    /// The name used in JSON and on the command line.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Verified => "verified",
            Verdict::Altered => "altered",
            Verdict::Partial => "partial",
            Verdict::NotFound => "not_found",
            Verdict::Unverifiable => "unverifiable",
            Verdict::Uncited => "uncited",
        }
    }
}

/// How a verified quote matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// Character for character.
    Exact,
    /// Only quote marks, dashes and spaces differ.
    Typography,
    /// Case, punctuation or accents differ.
    Minor,
    /// Approximate (words differ): only with `altered`.
    Fuzzy,
}

/// What kind of word-level difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    /// Words in the quote that the source does not have.
    Added,
    /// Words in the source that the quote leaves out.
    Dropped,
    /// Words the quote has in place of the source's.
    Changed,
}

/// One word-level difference between a quote and its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    /// Added, dropped or changed.
    pub kind: DiffKind,
    /// What the quote says (empty when dropped).
    pub quote: String,
    /// What the source says (empty when added).
    pub source: String,
    /// Why it matters, when it does: `number changed`, `sign changed`, `currency changed`,
    /// `unit changed`, `time of day changed`, `date changed` (another month), `hedge removed`,
    /// `hedge added`, `negation added`,
    /// `negation removed`, `word order changed`, `parts out of order: the page has the second before the first`,
    /// `part not found` (a `partial` quote's part that is not on the page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Where on the page a match sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageRegion {
    /// The main article text.
    Main,
    /// Navigation, sidebars, comments, footers.
    Furniture,
}

/// The verdict on one quote, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteResult {
    /// Document name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The quote as written.
    pub text: String,
    /// Inline or block.
    pub kind: QuoteKind,
    /// Word count.
    pub words: usize,
    /// Flagged short.
    pub short: bool,
    /// The URLs it cites.
    pub cited_urls: Vec<String>,
    /// The citations backing it, as extraction tied them (its note's label, the URL, how):
    /// which note to fix, in an article of forty endnotes.
    #[serde(default)]
    pub citations: Vec<QuoteCitation>,
    /// The verdict.
    pub verdict: Verdict,
    /// How it matched (for verified and altered).
    #[serde(rename = "match")]
    pub match_kind: Option<MatchKind>,
    /// 0 to 1: how much of the quote was found.
    pub score: f64,
    /// The URL whose page the verdict is based on.
    pub checked_url: Option<String>,
    /// The page's own words for the best match.
    pub matched_text: Option<String>,
    /// A little of the page's text before the match.
    pub context_before: Option<String>,
    /// A little of the page's text after the match.
    pub context_after: Option<String>,
    /// Word-level differences (altered, partial).
    pub differences: Vec<Difference>,
    /// The cited URL with a W3C text fragment that highlights the passage.
    pub fragment_link: Option<String>,
    /// Why, for a person.
    pub detail: String,
    /// Where on the page the match sits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<PageRegion>,
    /// Extra warnings: e.g. an ellipsis that omits a negation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// What on the cited page disputes the quoted words, though the words are on it (each
    /// one's message is also among `warnings`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disputes: Vec<Dispute>,
    /// For a quote not found: the page's passage sharing most of its main words, close
    /// together (at least three, and half), which the quote may paraphrase; its words as
    /// the page has them, `…` where cut. Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nearest_passage: Option<String>,
}

impl QuoteResult {
    /// Whether this warning of the quote's is one of its disputes.
    #[must_use]
    pub fn is_dispute(&self, warning: &str) -> bool {
        self.disputes.iter().any(|d| d.message == warning)
    }
}

/// The cited page disputes the quoted words: they are on it, but it does not stand by them
/// as the article's words present them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dispute {
    /// How the page disputes them.
    pub kind: DisputeKind,
    /// For a person (the same text as the quote's warning).
    pub message: String,
}

/// How a cited page disputes the words a quote takes from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisputeKind {
    /// The page reports the words as a claim it rejects: false, or never said.
    Denied,
    /// A correction on the page gives the words as a misquote or as wrongly attributed.
    Misquote,
    /// An editor's note says the words were removed from the page.
    Removed,
    /// An update says the speaker has since withdrawn the words.
    Withdrawn,
    /// The page says it has been retracted.
    Retracted,
    /// The page gives the words to a named person other than the one the article names.
    OtherSpeaker,
    /// The page gives the words to an interviewer's question, not to the speaker's answer.
    Interviewer,
}

impl DisputeKind {
    /// The name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            DisputeKind::Denied => "denied",
            DisputeKind::Misquote => "misquote",
            DisputeKind::Removed => "removed",
            DisputeKind::Withdrawn => "withdrawn",
            DisputeKind::Retracted => "retracted",
            DisputeKind::OtherSpeaker => "other_speaker",
            DisputeKind::Interviewer => "interviewer",
        }
    }
}

/// A mismatch between a note's metadata and the cited page's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetadataWarning {
    /// Document name.
    pub file: String,
    /// 1-based line of the note.
    pub line: usize,
    /// 1-based column of the note.
    pub column: usize,
    /// The note's label.
    pub footnote: String,
    /// The cited URL.
    pub url: String,
    /// `title`, `author` or `date`.
    pub field: String,
    /// What the note says.
    pub note_value: String,
    /// What the page says (empty when the page says nothing).
    pub page_value: String,
    /// For a person.
    pub message: String,
}

/// Counts for the end of a report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Documents read.
    pub documents: usize,
    /// Unique URLs checked.
    pub links: usize,
    /// Quotes found.
    pub quotes: usize,
    /// Links per status name (`ok`, `dead`, …); every status present, zero or not.
    pub statuses: std::collections::BTreeMap<String, usize>,
    /// Quotes per verdict name; every verdict present, zero or not.
    pub verdicts: std::collections::BTreeMap<String, usize>,
    /// Quotes whose cited page disputes their words (a correction, a retraction, another
    /// speaker), whatever their verdict: counted among `verdicts` too.
    #[serde(default)]
    pub disputed: usize,
    /// Links whose page was fetched but has no element for their `#fragment`, whatever their
    /// status: counted among `statuses` too.
    #[serde(default)]
    pub missing_fragments: usize,
    /// Warnings (document warnings plus metadata mismatches).
    pub warnings: usize,
    /// The findings as the other reports count them under the run's `--fail-on`: set by
    /// the binary, `None` from the library (which knows no fail policy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub findings: Option<FindingCounts>,
    /// Wall time of the whole run.
    pub elapsed_ms: u64,
}

/// How many findings fail the run and how many are warnings, under one fail policy: the
/// counts the terminal, Markdown, HTML and GitHub summaries give (`9 findings fail the run,
/// 4 warnings`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingCounts {
    /// Findings that fail the run (the exit status 1).
    pub failing: usize,
    /// Findings that are warnings.
    pub warnings: usize,
}

/// The whole result of a `check` run, sorted so output is deterministic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Counts.
    pub summary: Summary,
    /// One entry per unique URL, sorted by URL.
    pub links: Vec<LinkResult>,
    /// One entry per quote, sorted by file, line, column.
    pub quotes: Vec<QuoteResult>,
    /// Note metadata that disagrees with the cited page.
    pub metadata_warnings: Vec<MetadataWarning>,
    /// What was extracted from each document (links, footnotes, quotes, warnings).
    pub documents: Vec<Extraction>,
}

/// The result of an `extract` run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractReport {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// One entry per document, in input order.
    pub documents: Vec<Extraction>,
}

#[cfg(test)]
mod tests {
    /// The README carries the JSON contract verbatim from `docs/json-report.md` (which the
    /// rustdoc of `report::json` includes), so the two cannot drift apart.
    #[test]
    fn readme_carries_the_json_contract() {
        let readme = include_str!("../README.md");
        let doc = include_str!("../docs/json-report.md");
        let body = doc.split_once('\n').map_or(doc, |(_, rest)| rest).trim();
        assert!(
            readme.contains(body),
            "README.md's JSON section differs from docs/json-report.md: copy it over"
        );
    }

    #[test]
    fn positions_outside_the_text_are_caught() {
        let mut e = super::Extraction {
            file: "a.md".into(),
            format: super::DocKind::Markdown,
            links: Vec::new(),
            footnotes: Vec::new(),
            quotes: Vec::new(),
            warnings: vec![super::Warning {
                line: 2,
                column: 4,
                message: String::new(),
            }],
            uncited_markers: Vec::new(),
            own_anchors: None,
        };
        assert_eq!(e.check_positions("one\nabc"), Ok(()));
        assert!(e
            .check_positions("one")
            .unwrap_err()
            .contains("line 2 of 1"));
        e.warnings[0].column = 5;
        assert!(e.check_positions("one\nabc").is_err());
        e.warnings[0].line = 0;
        assert!(e.check_positions("one\nabc").is_err());
    }

    #[test]
    fn status_and_verdict_names_match_serde() {
        for s in super::LinkStatus::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        for v in super::Verdict::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
        }
    }
}
