//! # citecheck
//!
//! Checks an article's citations before it is published: every link, every footnote, and
//! whether each quoted passage really appears on the page it cites.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`input`] reads files, folders, stdin or a live URL into [`model::Document`]s.
//! 2. [`extract`] finds links, footnotes and quotes, and ties each quote to its citation
//!    (synchronous, pure).
//! 3. [`run`] plans one request per unique URL; [`fetch`] checks them concurrently and
//!    politely (the only async stage).
//! 4. [`verify`] decides, for each quote, whether the cited page contains it (pure).
//! 5. [`report`] renders the [`model::Report`] for people and CI systems.
//!
//! The library never prints: reporters write to a `&mut dyn Write` the caller hands them.
//!
//! ```
//! use citecheck::extract::{extract, ExtractOptions};
//! use citecheck::model::{DocKind, Document, InputSource};
//!
//! let doc = Document {
//!     source: InputSource::Stdin,
//!     kind: DocKind::Markdown,
//!     text: "See [the report](https://example.org/report).".to_string(),
//!     base_url: None,
//!     warnings: Vec::new(),
//!     bibliographies: Vec::new(),
//! };
//! let found = extract(&doc, &ExtractOptions::default());
//! assert_eq!(found.file, "<stdin>");
//! ```

pub mod archive;
pub mod config;
pub mod demo;
pub mod error;
pub mod extract;
pub mod fetch;
pub mod ignorefile;
pub mod input;
pub mod model;
pub mod office;
pub mod report;
pub mod run;
pub mod server;
pub mod verify;

pub use error::{Error, Result};
