//! The `.citecheckignore` file: links and quotes a team has decided not to check.
//!
//! One rule a line; blank lines and lines starting with `#` are comments.
//!
//! ```text
//! # a URL regex: matching links are reported as `excluded` and never fetched
//! ^https://intranet\.example\.com/
//! # `quote:` and a regex: matching quotes are left out of the report
//! quote:^partnership of
//! ```
//!
//! This module owns parsing the file and answering "is this ignored?". Finding the file is the
//! binary's business (it looks in the working folder and its parents, like `citecheck.toml`;
//! with `--config FILE`, in that file's folder and its parents).

use std::path::{Path, PathBuf};

use regex::Regex;

use crate::error::{Error, Result};

/// The file name looked for.
pub const IGNORE_FILE_NAME: &str = ".citecheckignore";

/// Parsed ignore rules.
#[derive(Debug, Clone, Default)]
pub struct IgnoreRules {
    /// URL regexes.
    pub urls: Vec<Regex>,
    /// Where each of `urls` is written, for a person (`line 3 of .citecheckignore`): a link
    /// it excludes says which rule of which file did.
    pub url_places: Vec<String>,
    /// Quote-text regexes.
    pub quotes: Vec<Regex>,
}

impl IgnoreRules {
    /// Parses the text of an ignore file; `path` names it in errors.
    ///
    /// # Errors
    /// A rule that is not a valid regex, naming the file and line.
    pub fn parse(text: &str, path: &Path) -> Result<IgnoreRules> {
        let mut rules = IgnoreRules::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |message: String| Error::Config {
                path: path.to_path_buf(),
                message: format!("line {}: {message}", i + 1),
            };
            // A prefix mistyped (`URL:`, `quote :`, `quotes:`) would be a URL regex that
            // never matches: said, not silently kept.
            let word: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphabetic() || *c == ' ')
                .collect();
            let prefixed = line[word.len()..].starts_with(':') && !line.contains("://");
            if prefixed && !matches!(word.as_str(), "quote" | "url") {
                return Err(bad(format!(
                    "`{}:` is no rule's prefix (write `quote:` or `url:`, in lower case, \
                     or a URL regex)",
                    word.trim()
                )));
            }
            let (is_quote, pattern) = match line.strip_prefix("quote:") {
                Some(rest) => (true, rest.trim()),
                None => (false, line.strip_prefix("url:").unwrap_or(line).trim()),
            };
            // An empty pattern matches everything: every quote left out, or every link.
            if pattern.is_empty() {
                return Err(bad(format!(
                    "`{line}` has no pattern, and would ignore every {}",
                    if line.starts_with("quote") {
                        "quote"
                    } else {
                        "link"
                    }
                )));
            }
            let re = Regex::new(pattern).map_err(|e| Error::Config {
                path: path.to_path_buf(),
                message: format!(
                    "line {}: `{pattern}` is not a valid regex: {}",
                    i + 1,
                    crate::error::regex_message(&e)
                ),
            })?;
            if is_quote {
                rules.quotes.push(re);
            } else {
                rules.urls.push(re);
                rules
                    .url_places
                    .push(format!("line {} of {}", i + 1, path.display()));
            }
        }
        Ok(rules)
    }

    /// Reads and parses an ignore file.
    ///
    /// # Errors
    /// The file cannot be read or has a bad rule.
    pub fn from_file(path: &Path) -> Result<IgnoreRules> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::ReadPath {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(&text, path)
    }

    /// Finds `.citecheckignore` in `start` or the nearest folder above it.
    #[must_use]
    pub fn discover(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .map(|d| d.join(IGNORE_FILE_NAME))
            .find(|p| p.is_file())
    }

    /// Whether a URL is ignored.
    #[must_use]
    pub fn ignores_url(&self, url: &str) -> bool {
        self.urls.iter().any(|r| r.is_match(url))
    }

    /// Whether a quote is ignored.
    #[must_use]
    pub fn ignores_quote(&self, text: &str) -> bool {
        self.quotes.iter().any(|r| r.is_match(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_urls_quotes_and_comments() {
        let rules = IgnoreRules::parse(
            "# comment\n\n^https://intranet\\.example\\.com/\nquote:^partnership of\nurl: \\.pdf$\n",
            Path::new(".citecheckignore"),
        )
        .unwrap();
        assert!(rules.ignores_url("https://intranet.example.com/a"));
        assert!(rules.ignores_url("https://example.org/x.pdf"));
        assert!(!rules.ignores_url("https://example.org/x.html"));
        assert!(rules.ignores_quote("partnership of unequals"));
        assert!(!rules.ignores_quote("a partnership of unequals"));
    }

    /// Thirty-seventh session: a bare `quote:` left every quote out of the report, and a
    /// mistyped prefix (`URL:`) was a URL regex that never matched, both silently.
    #[test]
    fn empty_rules_and_unknown_prefixes_are_errors() {
        for (text, needle) in [
            ("quote:\n", "line 1: `quote:` has no pattern"),
            ("ok\nurl:   \n", "line 2: `url:` has no pattern"),
            ("URL: budget\n", "`URL:` is no rule's prefix"),
            ("quote :^the\n", "`quote:` is no rule's prefix"),
        ] {
            let err = IgnoreRules::parse(text, Path::new(".citecheckignore"))
                .unwrap_err()
                .to_string();
            assert!(err.contains(needle), "{text:?}: {err}");
        }
        // A URL regex with a scheme, or a colon later on, is a URL regex.
        let rules = IgnoreRules::parse(
            "https://intranet\\.example\\.com/\n^mailto:\n",
            Path::new(".citecheckignore"),
        )
        .unwrap();
        assert_eq!(rules.urls.len(), 2);
    }

    #[test]
    fn bad_regex_names_file_and_line() {
        let err = IgnoreRules::parse("ok\n(unclosed\n", Path::new("x/.citecheckignore"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("x/.citecheckignore"), "{err}");
        assert!(err.contains("line 2"), "{err}");
    }
}
