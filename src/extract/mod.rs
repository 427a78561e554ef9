//! Extraction: a [`Document`] in, an [`Extraction`] out (links, footnotes, quotes, warnings).
//!
//! Synchronous and pure: no network, no file I/O. Dispatches on [`DocKind`].

use url::Url;

use crate::model::{DocKind, Document, Extraction};

/// Default for `--min-quote-words`.
pub const DEFAULT_MIN_QUOTE_WORDS: usize = 5;

/// Options for extraction.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Quotes with fewer words are kept but flagged `short`.
    pub min_quote_words: usize,
    /// Overrides the document's own base URL for resolving relative links.
    pub base_url: Option<Url>,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        Self {
            min_quote_words: DEFAULT_MIN_QUOTE_WORDS,
            base_url: None,
        }
    }
}

/// Extracts every link, footnote and quote from a document.
#[must_use]
pub fn extract(doc: &Document, _opts: &ExtractOptions) -> Extraction {
    Extraction {
        file: doc.source.display_name(),
        format: doc.kind,
        links: Vec::new(),
        footnotes: Vec::new(),
        quotes: Vec::new(),
        warnings: doc.warnings.clone(),
    }
}

/// Guesses a document's kind from its name (extension) or content.
#[must_use]
pub fn detect_kind(name: Option<&str>, content_type: Option<&str>, text: &str) -> DocKind {
    let lower = name.unwrap_or_default().to_ascii_lowercase();
    if let Some(ct) = content_type {
        if ct.contains("html") {
            return DocKind::Html;
        }
        if ct.contains("markdown") {
            return DocKind::Markdown;
        }
    }
    if [".md", ".markdown", ".mdx", ".mkd"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        DocKind::Markdown
    } else if [".html", ".htm", ".xhtml"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        DocKind::Html
    } else if [".txt", ".text"].iter().any(|e| lower.ends_with(e)) {
        DocKind::Text
    } else {
        let head = text
            .trim_start()
            .get(..512.min(text.trim_start().len()))
            .unwrap_or("");
        let head = head.to_ascii_lowercase();
        if head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
        {
            DocKind::Html
        } else {
            DocKind::Markdown
        }
    }
}
