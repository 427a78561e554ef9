//! Orchestration: read inputs, extract, plan one request per unique URL, fetch, verify, and
//! assemble a sorted [`Report`].
//!
//! This module owns the order of the stages and turning a merged [`Config`] into each
//! stage's options. It does no parsing, fetching or matching itself.

use std::collections::BTreeMap;
use std::time::Instant;

use url::Url;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::extract::{extract, ExtractOptions, DEFAULT_MIN_QUOTE_WORDS};
use crate::input::{self, Input, InputOptions};
use crate::model::{DocKind, ExtractReport, Extraction, SCHEMA_VERSION};

/// Everything a run needs, validated.
#[derive(Debug, Clone)]
pub struct Settings {
    /// How inputs are read.
    pub input: InputOptions,
    /// How they are parsed.
    pub extract: ExtractOptions,
}

impl Settings {
    /// Validates a merged configuration.
    ///
    /// # Errors
    /// A bad value, naming the option.
    pub fn from_config(cfg: &Config) -> Result<Settings> {
        let format = match cfg.input_format.as_deref() {
            None | Some("auto") => None,
            Some("markdown" | "md") => Some(DocKind::Markdown),
            Some("html") => Some(DocKind::Html),
            Some("text" | "txt") => Some(DocKind::Text),
            Some(other) => {
                return Err(Error::Option {
                    option: "--input-format".into(),
                    message: format!("`{other}` (expected auto, markdown, html or text)"),
                })
            }
        };
        let base_url = cfg
            .base_url
            .as_deref()
            .map(|s| {
                Url::parse(s).map_err(|e| Error::Option {
                    option: "--base-url".into(),
                    message: format!("{s}: {e}"),
                })
            })
            .transpose()?;
        Ok(Settings {
            input: InputOptions {
                globs: cfg.glob.clone().unwrap_or_default(),
                exclude_paths: cfg.exclude_path.clone().unwrap_or_default(),
                format,
                base_url: base_url.clone(),
                timeout: Some(crate::config::DEFAULT_TIMEOUT),
                user_agent: Some(
                    cfg.user_agent
                        .clone()
                        .unwrap_or_else(|| crate::config::DEFAULT_USER_AGENT.into()),
                ),
            },
            extract: ExtractOptions {
                min_quote_words: cfg.min_quote_words.unwrap_or(DEFAULT_MIN_QUOTE_WORDS),
                base_url,
            },
        })
    }
}

/// Parses the operands and reads every document.
///
/// # Errors
/// An unreadable path or URL.
pub async fn read_documents(
    operands: &[String],
    settings: &Settings,
) -> Result<Vec<crate::model::Document>> {
    let inputs = operands
        .iter()
        .map(|s| Input::parse(s))
        .collect::<Result<Vec<_>>>()?;
    let inputs = input::expand(&inputs, &settings.input)?;
    let client = reqwest::Client::builder()
        .user_agent(settings.input.user_agent.clone().unwrap_or_default())
        .connect_timeout(crate::config::DEFAULT_CONNECT_TIMEOUT)
        .build()
        .map_err(|e| Error::Client(e.to_string()))?;
    input::read_all(&inputs, &settings.input, &client).await
}

/// `citecheck extract`: every document's links, footnotes and quotes.
///
/// # Errors
/// An unreadable input.
pub async fn extract_all(operands: &[String], settings: &Settings) -> Result<ExtractReport> {
    let docs = read_documents(operands, settings).await?;
    let documents: Vec<Extraction> = docs.iter().map(|d| extract(d, &settings.extract)).collect();
    Ok(ExtractReport {
        schema_version: SCHEMA_VERSION,
        documents,
    })
}

/// Counts warnings in an extract report (markers without notes and the like).
#[must_use]
pub fn count_warnings(report: &ExtractReport) -> usize {
    report.documents.iter().map(|d| d.warnings.len()).sum()
}

/// Elapsed milliseconds since `start`, saturating.
#[must_use]
pub fn elapsed_ms(start: Instant) -> u64 {
    u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// Counts per name, with every name present.
#[must_use]
pub fn tally<'a>(
    names: &[&'a str],
    items: impl Iterator<Item = &'a str>,
) -> BTreeMap<String, usize> {
    let mut m: BTreeMap<String, usize> = names.iter().map(|n| ((*n).to_string(), 0)).collect();
    for i in items {
        *m.entry(i.to_string()).or_default() += 1;
    }
    m
}
