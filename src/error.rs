//! The library's error type: only setup problems (bad options, unreadable inputs) are errors.
//! A broken source or a missing quote is data (a `LinkStatus` or `Verdict`), never an `Error`.

use std::path::PathBuf;

/// Everything that can stop a run before it produces a report.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An input path could not be read.
    #[error("cannot read {path}: {}", plain_io(source))]
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
    /// The operands (folders) hold no document to read: a CI job checking nothing must not
    /// pass.
    #[error("no documents to read in {0}: no file there is a document (.md, .html, .txt, …) or matches --glob, outside --exclude-path and .gitignore")]
    NoDocuments(String),
    /// The operands hold files, but every one is binary (an image, an archive), skipped:
    /// nothing would be checked.
    #[error("no documents to read in {0}: every file found there is binary (an image, an archive, …), not an article")]
    OnlyBinary(String),
    /// Every input was a file named on the command line that is no article (a notebook, an
    /// image): what each is, so the message says what to do.
    #[error("no documents to read: {0}")]
    NoArticles(String),
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
    /// The `--cache` file could not be written at the end of a run: a warning (the run's
    /// results are whole; only the next run cannot reuse them), see [`Error::is_warning`].
    #[error("warning: cannot write the cache file {path}: {source} (results are not kept for the next run)")]
    CacheWrite {
        /// The cache file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The `--cache` file was this program's, damaged (cut short): read as empty and written
    /// anew, a warning ([`Error::is_warning`]).
    #[error("warning: the cache file {path} was damaged (cut short?): a new cache was started in its place")]
    CacheDamaged {
        /// The cache file.
        path: PathBuf,
    },
    /// A symbolic link found in a folder, named like a document, leads nowhere (or round in
    /// a loop): skipped, a warning ([`Error::is_warning`]); named on the command line it is
    /// an input that cannot be read.
    #[error("warning: skipped {path}: a symbolic link that leads nowhere ({reason})")]
    BrokenLink {
        /// The link.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A file named on the command line is binary (an image, an archive), no article:
    /// skipped as one found in a folder is, a warning ([`Error::is_warning`]); a run that
    /// reads nothing else fails ([`Error::OnlyBinary`]).
    #[error("warning: skipped {path}: not an article: this is {what}")]
    NotAnArticle {
        /// The file.
        path: PathBuf,
        /// What it is.
        what: String,
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

impl Error {
    /// Whether this is only a warning, returned beside a whole report (a cache that could
    /// not be written, a broken symbolic link skipped in a folder), rather than a failure of
    /// the run.
    #[must_use]
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Error::CacheWrite { .. }
                | Error::CacheDamaged { .. }
                | Error::BrokenLink { .. }
                | Error::NotAnArticle { .. }
        )
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A regex error on one line, e.g. `unclosed group at column 1`.
///
/// `regex::Error`'s own text spans several lines (the pattern with a caret under the fault),
/// which breaks the binary's promise of a one-line message naming the culprit.
#[must_use]
pub fn regex_message(e: &regex::Error) -> String {
    let regex::Error::Syntax(text) = e else {
        return e.to_string().lines().collect::<Vec<_>>().join(" ");
    };
    let lines: Vec<&str> = text.lines().collect();
    let what = lines
        .iter()
        .rev()
        .find_map(|l| l.trim().strip_prefix("error: "))
        .unwrap_or("invalid syntax");
    // The caret line sits under the pattern line, both indented by four spaces.
    let column = lines
        .iter()
        .find(|l| l.trim_start().starts_with('^'))
        .map(|l| l.len() - l.trim_start().len())
        .and_then(|indent| indent.checked_sub(3));
    match column {
        Some(c) if lines.len() == 4 => format!("{what} at column {c}"),
        _ => what.to_string(),
    }
}

/// An I/O error as people read it: `no such file or folder`, not `No such file or directory
/// (os error 2)` (the number means nothing to an editor; the kind's words are kept).
#[must_use]
pub fn plain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "no such file or folder".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let text = e.to_string();
            let text = match text.rfind(" (os error ") {
                Some(i) if text.ends_with(')') => text[..i].to_string(),
                _ => text,
            };
            // `Is a directory` → `is a directory`: a clause after the path's colon.
            let mut c = text.chars();
            match c.next() {
                Some(f) if c.clone().next().is_some_and(char::is_lowercase) => {
                    f.to_lowercase().chain(c).collect()
                }
                _ => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: a bad `--remap`/`--exclude` regex printed a four-line message.
    #[test]
    fn regex_errors_fit_on_one_line() {
        // Built at run time, as user input is (clippy rejects invalid literal regexes).
        let bad = |s: &str| regex::Regex::new(s).expect_err("invalid");
        let err = bad("ab(c");
        assert_eq!(regex_message(&err), "unclosed group at column 3");
        let err = bad("[z-");
        let msg = regex_message(&err);
        assert!(
            !msg.contains('\n') && msg.contains("unclosed character class"),
            "{msg}"
        );
    }
}
