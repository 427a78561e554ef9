//! Helpers: run the real `citecheck` binary in a sealed-off environment, and extract a
//! fixture through the library.

#![allow(dead_code, reason = "each helper is used by some test modules only")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use citecheck::extract::{detect_kind, extract, ExtractOptions};
use citecheck::model::{Attribution, Document, Extraction, InputSource};

/// The package root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `citecheck ARGS` from the package root with no config file and no inherited
/// configuration variables.
pub fn citecheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .args(args)
        .current_dir(root())
        .env_remove("CITECHECK_CONFIG")
        .env("NO_COLOR", "1")
        .output()
        .expect("the citecheck binary runs")
}

/// The exit code (panics on a signal: a crash is a failure).
pub fn code(out: &Output) -> i32 {
    out.status
        .code()
        .unwrap_or_else(|| panic!("killed by a signal: {out:?}"))
}

/// Base URL used for every fixture, so snapshots do not depend on the checkout's path.
pub const FIXTURE_BASE: &str = "https://articles.example.org/2024/";

/// Extracts a fixture article (path relative to the package root) through the library.
pub fn extract_fixture(rel: &str) -> Extraction {
    let text = std::fs::read_to_string(root().join(rel)).expect("fixture is readable");
    let doc = Document {
        source: InputSource::Path(Path::new(rel).to_path_buf()),
        kind: detect_kind(Some(rel), None, &text),
        text,
        base_url: url::Url::parse(FIXTURE_BASE).ok(),
        warnings: Vec::new(),
        bibliographies: Vec::new(),
    };
    // The bibliography files a fixture's front matter names, beside it (as the binary
    // reads them).
    let mut doc = doc;
    let path = root().join(rel);
    citecheck::input::read_bibliographies(&mut doc, path.parent());
    extract(&doc, &ExtractOptions::default())
}

/// Extracts Markdown text given inline (as standard input would be).
pub fn extract_markdown(text: &str) -> Extraction {
    extract_as(citecheck::model::DocKind::Markdown, text)
}

/// Extracts text of the given format given inline (as standard input would be), and checks
/// that every position it reports lies inside the text.
pub fn extract_as(kind: citecheck::model::DocKind, text: &str) -> Extraction {
    extract_from(InputSource::Stdin, kind, text)
}

/// Extracts Markdown text as the file `name` (`page.mdx`: some dialects are known by the
/// file's name), checking its positions as [`extract_as`] does.
pub fn extract_named(name: &str, text: &str) -> Extraction {
    extract_from(
        InputSource::Path(PathBuf::from(name)),
        citecheck::model::DocKind::Markdown,
        text,
    )
}

/// Extracts `text` read from `source` as `kind`, checking its positions.
fn extract_from(source: InputSource, kind: citecheck::model::DocKind, text: &str) -> Extraction {
    let doc = Document {
        source,
        kind,
        text: text.to_string(),
        base_url: None,
        warnings: Vec::new(),
        bibliographies: Vec::new(),
    };
    let e = extract(&doc, &ExtractOptions::default());
    if let Err(err) = e.check_positions(text) {
        panic!("position outside the input: {err}");
    }
    e
}

/// The note labelled `label` (panics, listing the notes, if there is none).
pub fn note<'e>(e: &'e Extraction, label: &str) -> &'e citecheck::model::Footnote {
    e.footnotes
        .iter()
        .find(|n| n.label == label)
        .unwrap_or_else(|| panic!("no note `{label}` in {:#?}", e.footnotes))
}

/// The first quote whose text starts with `starts` (panics, listing the quotes, if none).
pub fn quote<'e>(e: &'e Extraction, starts: &str) -> &'e citecheck::model::Quote {
    e.quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?} in {:#?}", e.quotes))
}

/// The citations of the first quote whose text starts with `starts`: (footnote, URL, how).
pub fn cited(
    e: &Extraction,
    starts: &str,
) -> Vec<(
    Option<String>,
    Option<String>,
    citecheck::model::Attribution,
)> {
    quote(e, starts)
        .citations
        .iter()
        .map(|c| (c.footnote.clone(), c.url.clone(), c.attribution))
        .collect()
}

/// The citations of the quote starting `starts` as (URL, how), footnotes aside: what the
/// tests of links backing quotes compare.
pub fn url_ties(
    e: &Extraction,
    starts: &str,
) -> Vec<(Option<String>, citecheck::model::Attribution)> {
    cited(e, starts)
        .into_iter()
        .map(|(_, url, how)| (url, how))
        .collect()
}

/// The notes (labels) backing the first quote starting with `starts`, in order.
pub fn notes_of(e: &Extraction, starts: &str) -> Vec<String> {
    cited(e, starts).into_iter().filter_map(|c| c.0).collect()
}

/// The URLs backing the first quote starting with `starts`, in order.
pub fn urls_of(e: &Extraction, starts: &str) -> Vec<String> {
    cited(e, starts).into_iter().filter_map(|c| c.1).collect()
}

/// (footnote label, attribution) of each citation of the quote starting `starts`.
pub fn cites<'a>(e: &'a Extraction, starts: &str) -> Vec<(Option<&'a str>, Attribution)> {
    let q = e
        .quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?} in {:#?}", e.quotes));
    q.citations
        .iter()
        .map(|c| (c.footnote.as_deref(), c.attribution))
        .collect()
}

/// The texts of the quotes found, in order.
pub fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// Whether the link to `url` is marked as page furniture (panics if there is none).
pub fn furniture(e: &Extraction, url: &str) -> bool {
    e.links
        .iter()
        .find(|l| l.url == url)
        .unwrap_or_else(|| panic!("no link {url} in {:#?}", e.links))
        .furniture
}

/// The URLs of the links found, in order.
pub fn link_urls(e: &Extraction) -> Vec<&str> {
    e.links.iter().map(|l| l.url.as_str()).collect()
}

/// The kind, line and column of the only link to `url` (panics if there is not one).
pub fn only_link(e: &Extraction, url: &str) -> (citecheck::model::LinkKind, usize, usize) {
    let found: Vec<_> = e.links.iter().filter(|l| l.url == url).collect();
    match found.as_slice() {
        [l] => (l.kind, l.line, l.column),
        _ => panic!("not one link {url} in {:#?}", e.links),
    }
}

/// A document of one claim and one footnote whose text is `text`.
pub fn one_footnote(text: &str) -> Extraction {
    extract_markdown(&format!("The counts went up.[^1]\n\n[^1]: {text}\n"))
}

/// The only note of `e` (panics, listing them, if it has not exactly one).
pub fn only_note(e: &Extraction) -> &citecheck::model::Footnote {
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    &e.footnotes[0]
}

/// The visible text of an Org document's blocks.
pub fn org_blocks(text: &str) -> Vec<String> {
    citecheck::extract::org::parse(text)
        .blocks
        .into_iter()
        .map(|b| b.text)
        .collect()
}

/// The URLs of the links of `e` that are the article's own (no furniture).
pub fn own_urls(e: &citecheck::model::Extraction) -> Vec<&str> {
    e.links
        .iter()
        .filter(|l| {
            !l.furniture
                && matches!(
                    l.kind,
                    citecheck::model::LinkKind::Link | citecheck::model::LinkKind::Iframe
                )
        })
        .map(|l| l.url.as_str())
        .collect()
}
