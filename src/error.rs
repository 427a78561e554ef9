//! The library's error type: only setup problems (bad options, unreadable inputs) are errors.
//! A broken source or a missing quote is data (a `LinkStatus` or `Verdict`), never an `Error`.

use std::path::PathBuf;

/// Everything that can stop a run before it produces a report.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An input path could not be read.
    #[error("cannot read {path}: {source}")]
    ReadPath {
        /// The path.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// An input path does not exist.
    #[error("{0}: no such file or folder")]
    MissingPath(PathBuf),
    /// Standard input could not be read.
    #[error("cannot read standard input: {0}")]
    Stdin(#[source] std::io::Error),
    /// A live article could not be fetched.
    #[error("cannot fetch {url}: {reason}")]
    FetchInput {
        /// The article's URL.
        url: String,
        /// Why.
        reason: String,
    },
    /// A configuration file is wrong.
    #[error("{path}: {message}")]
    Config {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the key.
        message: String,
    },
    /// An option has a bad value.
    #[error("invalid value for {option}: {message}")]
    Option {
        /// The option, e.g. `--remap`.
        option: String,
        /// What is wrong.
        message: String,
    },
    /// The HTTP client could not be built.
    #[error("cannot set up the HTTP client: {0}")]
    Client(String),
    /// Writing a report failed.
    #[error("cannot write {target}: {source}")]
    Write {
        /// Where we were writing.
        target: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// Any other I/O failure during setup.
    #[error("{context}: {source}")]
    Io {
        /// What we were doing.
        context: String,
        /// Why it failed.
        #[source]
        source: std::io::Error,
    },
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
