//! Configuration: every option of the command line, as it can also be written in
//! `citecheck.toml`. All fields are optional; [`Config::merge`] layers them (command line over
//! config file over defaults) and the getters apply the `DEFAULT_*` constants, which are
//! defined here and nowhere else.
//!
//! This module owns the shape of the configuration and its defaults. It does not read the
//! command line (the binary does) and does not build clients (the stages do).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Default `--max-concurrency`: requests in flight at once, all hosts together.
pub const DEFAULT_MAX_CONCURRENCY: usize = 128;
/// Default `--host-concurrency`: requests in flight at once to one host.
pub const DEFAULT_HOST_CONCURRENCY: usize = 8;
/// Default `--timeout`: per request, connect included.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);
/// Default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default `--max-retries`.
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// Default `--max-retry-wait`: the longest `Retry-After` honoured.
pub const DEFAULT_MAX_RETRY_WAIT: Duration = Duration::from_secs(60);
/// Default `--max-redirects`.
pub const DEFAULT_MAX_REDIRECTS: usize = 10;
/// Default `--max-body`: bytes read of one body (after decompression).
pub const DEFAULT_MAX_BODY: u64 = 10 * 1024 * 1024;
/// Default `--max-cache-age`.
pub const DEFAULT_MAX_CACHE_AGE: Duration = Duration::from_secs(24 * 60 * 60);
/// Default cache file.
pub const DEFAULT_CACHE_PATH: &str = ".citecheck-cache";
/// Default user agent.
pub const DEFAULT_USER_AGENT: &str = concat!(
    "citecheck/",
    env!("CARGO_PKG_VERSION"),
    " (citation checker)"
);
/// Default `--fail-on`.
pub const DEFAULT_FAIL_ON: &[&str] = &[
    "dead",
    "error",
    "timeout",
    "soft_404",
    "altered",
    "partial",
    "not_found",
    "disputed",
    "local_fragment",
];

/// Per-host settings (`[hosts."example.org"]` in `citecheck.toml`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct HostConfig {
    /// Requests in flight at once to this host.
    pub concurrency: Option<usize>,
    /// Minimum time between two requests to this host, e.g. `"500ms"` (a bare number is
    /// seconds).
    #[serde(default, deserialize_with = "lenient")]
    pub interval: Option<String>,
    /// Extra headers for this host. A value `"$NAME"` or `"${NAME}"` is read from the
    /// environment variable `NAME`.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
}

/// Every option, all optional. `None` means "not set here".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    // --- inputs and extraction
    /// `auto`, `markdown`, `html` or `text`.
    pub input_format: Option<String>,
    /// Base URL for relative links.
    pub base_url: Option<String>,
    /// The folder root-relative links (`/img/a.png`) in local files point into. In a config
    /// file, a relative folder is relative to the file's own folder.
    pub root_dir: Option<String>,
    /// Globs of files to read from folders.
    pub glob: Option<Vec<String>>,
    /// Globs of paths to skip.
    pub exclude_path: Option<Vec<String>>,
    /// Quotes with fewer words are flagged short.
    pub min_quote_words: Option<usize>,

    // --- fetching
    /// Requests in flight at once, all hosts together.
    pub max_concurrency: Option<usize>,
    /// Requests in flight at once to one host.
    pub host_concurrency: Option<usize>,
    /// Minimum time between two requests to one host, e.g. `"200ms"`.
    #[serde(default, deserialize_with = "lenient")]
    pub host_interval: Option<String>,
    /// Per-request timeout, e.g. `"20s"`.
    #[serde(default, deserialize_with = "lenient")]
    pub timeout: Option<String>,
    /// Retries for retryable failures.
    pub max_retries: Option<u32>,
    /// Longest `Retry-After` honoured, e.g. `"60s"`.
    #[serde(default, deserialize_with = "lenient")]
    pub max_retry_wait: Option<String>,
    /// Redirects followed at most.
    pub max_redirects: Option<usize>,
    /// Body size cap, e.g. `"10MiB"`.
    #[serde(default, deserialize_with = "lenient")]
    pub max_body: Option<String>,
    /// User agent.
    pub user_agent: Option<String>,
    /// Extra headers, `"Name: value"`, or `"host=Name: value"` for one host.
    pub header: Option<Vec<String>>,
    /// Statuses accepted as ok besides 2xx, e.g. `["403", "500..=599"]` (or bare numbers).
    #[serde(default, deserialize_with = "lenient_list")]
    pub accept: Option<Vec<String>>,
    /// Regexes of URLs not to check.
    pub exclude: Option<Vec<String>>,
    /// Regexes of URLs to check even when excluded.
    pub include: Option<Vec<String>>,
    /// Refuse private, loopback and link-local addresses.
    pub exclude_private: Option<bool>,
    /// Check the links in a live article's page furniture (navigation, sharing, footer).
    pub include_furniture: Option<bool>,
    /// `"REGEX REPLACEMENT"` rewrites applied to URLs before fetching.
    pub remap: Option<Vec<String>>,
    /// Keep results between runs.
    pub cache: Option<bool>,
    /// Cache file. In a config file, a relative path is relative to the file's own folder.
    pub cache_path: Option<String>,
    /// How long cached results stay fresh, e.g. `"1d"`.
    #[serde(default, deserialize_with = "lenient")]
    pub max_cache_age: Option<String>,
    /// Per-host settings.
    #[serde(default)]
    pub hosts: BTreeMap<String, HostConfig>,
    /// Ask an archive for a copy of each page that is gone (dead, soft 404, error, timeout).
    pub suggest_archive: Option<bool>,
    /// The availability API asked by `suggest-archive`
    /// [default: [`crate::archive::DEFAULT_API`]].
    pub archive_api: Option<String>,

    // --- verification
    /// Minimum similarity (0 to 1) for a near match to count as `altered` rather than
    /// `not_found`.
    pub min_similarity: Option<f64>,

    // --- reporting
    /// Main output format.
    pub format: Option<String>,
    /// What makes the exit status 1: a list, or a string of comma-separated names as the
    /// command line writes it (`fail-on = "default,warnings"`; `""` never fails).
    #[serde(default, deserialize_with = "comma_list")]
    pub fail_on: Option<Vec<String>>,
    /// `auto`, `always` or `never`.
    pub color: Option<String>,
    /// Hide the progress bar.
    pub no_progress: Option<bool>,
    /// The terminal report also lists every link that passed.
    pub verbose: Option<bool>,
    /// Where `check` writes its main report (standard output when unset). In a config file,
    /// a relative path is relative to the file's own folder. `extract` ignores it.
    pub output: Option<String>,
    /// More reports `check` writes from the same run, `FORMAT=PATH` each (`json=r.json`). In
    /// a config file, a relative path is relative to the file's own folder.
    pub report: Option<Vec<String>>,

    /// The file these settings were read from ([`Config::from_file`]), so that an error
    /// found later (an unset environment variable in `[hosts]` headers) names it. Never
    /// read from or written to a file.
    #[serde(skip)]
    pub source: Option<PathBuf>,
    /// The keys whose values come from that file (written as in the file: `root-dir`), each
    /// with where it is (` (line 3)`, or empty when not found): set by
    /// [`Config::from_file`], kept by [`Config::merge`] for the keys the upper layer leaves
    /// alone, so that [`Config::blame`] can name the key and the file of a value found bad
    /// only when it is used (a `root-dir` that does not exist). Never read from or written to
    /// a file.
    #[serde(skip)]
    pub file_keys: BTreeMap<String, String>,
}

/// serde's words for a bad config value, in a person's: an unknown key with the nearest
/// known one suggested (`unknown field `max_concurency`, expected one of …` lists all 35
/// keys), and Rust's type names as kinds of value (`expected usize` is "a whole number").
fn plain_serde_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((key, _)) = rest.split_once('`') {
            let known: Vec<&str> = rest
                .split('`')
                .skip(2)
                .step_by(2)
                .filter(|k| !k.is_empty())
                .collect();
            let folded = key.replace('_', "-").to_ascii_lowercase();
            let nearest = known
                .iter()
                .map(|k| (crate::extract::edit_distance(&folded, k), *k))
                .min()
                .filter(|(d, _)| *d <= 3);
            return match nearest {
                Some((_, k)) => format!("unknown key `{key}` (did you mean `{k}`?)"),
                None => format!("unknown key `{key}` (the keys are: {})", known.join(", ")),
            };
        }
    }
    let mut out = message.to_string();
    for (rust, plain) in [
        ("expected usize", "expected a whole number"),
        ("expected u64", "expected a whole number"),
        ("expected u32", "expected a whole number"),
        ("expected u16", "expected a whole number"),
        ("expected f64", "expected a number"),
    ] {
        out = out.replace(rust, plain);
    }
    out
}

impl Config {
    /// Reads a `citecheck.toml`.
    ///
    /// # Errors
    /// The file cannot be read, is not valid TOML, or has an unknown key or a bad value; the
    /// message names the file and the key.
    pub fn from_file(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::ReadPath {
            path: path.to_path_buf(),
            source,
        })?;
        let mut cfg = Self::from_toml(&text, path)?;
        cfg.source = Some(path.to_path_buf());
        cfg.file_keys = cfg
            .keys_set()
            .into_iter()
            .map(|k| {
                let line = key_line(&text, &k);
                (k, line)
            })
            .collect();
        // `root-dir = "static"` means the folder beside the config file, wherever citecheck
        // is run from; so do the files it writes (`output = "report.json"`, `cache-path`).
        if let Some(parent) = path.parent() {
            let beside = |p: &str| -> String {
                if Path::new(p).is_relative() {
                    parent.join(p).to_string_lossy().into_owned()
                } else {
                    p.to_string()
                }
            };
            cfg.root_dir = cfg.root_dir.as_deref().map(beside);
            cfg.cache_path = cfg.cache_path.as_deref().map(beside);
            cfg.output = cfg.output.as_deref().map(beside);
            if let Some(reports) = &mut cfg.report {
                for r in reports.iter_mut() {
                    if let Some((format, file)) = split_report(r) {
                        *r = format!("{format}={}", beside(file));
                    }
                }
            }
        }
        Ok(cfg)
    }

    /// Parses configuration text; `path` is used in error messages.
    ///
    /// # Errors
    /// Invalid TOML, an unknown key or a bad value.
    pub fn from_toml(text: &str, path: &Path) -> Result<Config> {
        let cfg: Config = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| {
                let line = text.get(..s.start).unwrap_or("").matches('\n').count() + 1;
                format!(" (line {line})")
            });
            // serde's text for a wrong type names no key ("invalid type: string \"yes\",
            // expected a boolean"): find the key whose value is wrong.
            let said = plain_serde_message(e.message());
            let message = match culprit_key(text, line.as_deref()) {
                Some(key) if !said.contains(&format!("`{key}`")) => {
                    let line = line.unwrap_or_else(|| key_line(text, &key));
                    format!("`{key}`: {said}{line}")
                }
                _ => said + &line.unwrap_or_default(),
            };
            Error::Config {
                path: path.to_path_buf(),
                message,
            }
        })?;
        // Every bad value at once, in the file's order (a CI job fixing one a run took a
        // round per value).
        let mut problems: Vec<(usize, String)> = cfg
            .problems()
            .into_iter()
            .map(|(key, message)| {
                let n = key_line_number(text, &key);
                let line = n.map(|n| format!(" (line {n})")).unwrap_or_default();
                (n.unwrap_or(usize::MAX), format!("`{key}`: {message}{line}"))
            })
            .collect();
        problems.sort_by_key(|p| p.0);
        if !problems.is_empty() {
            return Err(Error::Config {
                path: path.to_path_buf(),
                message: problems
                    .into_iter()
                    .map(|p| p.1)
                    .collect::<Vec<_>>()
                    .join("; "),
            });
        }
        Ok(cfg)
    }

    /// Checks every value that can be checked without the network or the environment:
    /// names from fixed lists, durations, sizes, ranges, regexes, URLs.
    ///
    /// # Errors
    /// The first bad value, as (key, what is wrong). Keys are written as in the file
    /// (`hosts."example.org".interval`).
    pub fn validate(&self) -> std::result::Result<(), (String, String)> {
        match self.problems().into_iter().next() {
            Some(p) => Err(p),
            None => Ok(()),
        }
    }

    /// Every bad value [`Config::validate`] looks for, as (key, what is wrong): a file with
    /// two is told of both at once, not one a run.
    #[must_use]
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut found: Vec<(String, String)> = Vec::new();
        fn check<T>(
            key: &str,
            r: std::result::Result<T, String>,
        ) -> std::result::Result<(), (String, String)> {
            r.map(|_| ()).map_err(|m| (key.to_string(), m))
        }
        fn one_of(value: &str, valid: &[&str]) -> std::result::Result<(), String> {
            if valid.contains(&value) {
                Ok(())
            } else {
                Err(format!("`{value}` is not one of: {}", valid.join(", ")))
            }
        }
        fn positive(n: usize) -> std::result::Result<(), String> {
            if n == 0 {
                Err("must be at least 1".into())
            } else {
                Ok(())
            }
        }
        fn regex(s: &str) -> std::result::Result<(), String> {
            regex::Regex::new(s).map(|_| ()).map_err(|e| {
                format!(
                    "`{s}` is not a valid regex: {}",
                    crate::error::regex_message(&e)
                )
            })
        }
        if let Some(v) = &self.input_format {
            found.extend(
                check(
                    "input-format",
                    one_of(
                        v,
                        &[
                            "auto",
                            "markdown",
                            "md",
                            "html",
                            "text",
                            "txt",
                            "rst",
                            "rest",
                            "restructuredtext",
                            "org",
                        ],
                    ),
                )
                .err(),
            );
        }
        if let Some(v) = &self.base_url {
            found.extend(
                check(
                    "base-url",
                    url::Url::parse(v).map_err(|e| format!("`{v}` is not a URL: {e}")),
                )
                .err(),
            );
        }
        if let Some(v) = &self.format {
            found.extend(
                check(
                    "format",
                    v.parse::<crate::report::Format>()
                        .map_err(|e| e.to_string()),
                )
                .err(),
            );
        }
        if let Some(v) = &self.color {
            found.extend(check("color", one_of(v, &["auto", "always", "never"])).err());
        }
        if self.output.as_deref() == Some("") {
            found.push(("output".into(), "an empty path".into()));
        }
        for r in self.report.iter().flatten() {
            let Some((format, _)) = split_report(r) else {
                found.push((
                    "report".into(),
                    format!("`{r}` is not FORMAT=PATH (e.g. json=report.json)"),
                ));
                continue;
            };
            found.extend(
                check(
                    "report",
                    format
                        .parse::<crate::report::Format>()
                        .map_err(|e| format!("`{r}`: {e}")),
                )
                .err(),
            );
        }
        if let Some(v) = &self.fail_on {
            found.extend(
                check(
                    "fail-on",
                    crate::report::FailPolicy::from_names(v).map_err(|e| match e {
                        Error::Option { message, .. } => message,
                        other => other.to_string(),
                    }),
                )
                .err(),
            );
        }
        for (key, v) in [
            ("host-interval", &self.host_interval),
            ("timeout", &self.timeout),
            ("max-retry-wait", &self.max_retry_wait),
            ("max-cache-age", &self.max_cache_age),
        ] {
            if let Some(v) = v {
                found.extend(check(key, parse_duration(v)).err());
            }
        }
        if let Some(v) = &self.max_body {
            found.extend(check("max-body", parse_size(v)).err());
        }
        if let Some(v) = &self.archive_api {
            found.extend(check("archive-api", archive_api(v)).err());
        }
        if let Some(n) = self.max_concurrency {
            found.extend(check("max-concurrency", positive(n)).err());
        }
        if let Some(n) = self.host_concurrency {
            found.extend(check("host-concurrency", positive(n)).err());
        }
        if let Some(x) = self.min_similarity {
            if !(0.0..=1.0).contains(&x) {
                found.push((
                    "min-similarity".into(),
                    format!("{x} is not between 0 and 1"),
                ));
            }
        }
        for (key, list) in [("glob", &self.glob), ("exclude-path", &self.exclude_path)] {
            for g in list.iter().flatten() {
                found.extend(
                    check(
                        key,
                        globset::Glob::new(g)
                            .map_err(|e| format!("`{g}` is not a valid glob: {e}")),
                    )
                    .err(),
                );
            }
        }
        for (key, list) in [("exclude", &self.exclude), ("include", &self.include)] {
            for r in list.iter().flatten() {
                found.extend(check(key, regex(r)).err());
            }
        }
        for r in self.remap.iter().flatten() {
            let mut parts = r.trim().splitn(2, char::is_whitespace);
            let (pattern, replacement) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            if pattern.is_empty() || replacement.trim().is_empty() {
                found.push((
                    "remap".into(),
                    format!("`{r}` is not \"REGEX REPLACEMENT\""),
                ));
                continue;
            }
            found.extend(check("remap", regex(pattern)).err());
        }
        for h in self.header.iter().flatten() {
            if !h.contains(':') {
                found.push((
                    "header".into(),
                    format!("`{h}` is not \"Name: value\" or \"host=Name: value\""),
                ));
            }
        }
        for (host, hc) in &self.hosts {
            let key = |k: &str| format!("hosts.\"{host}\".{k}");
            if let Some(n) = hc.concurrency {
                found.extend(check(&key("concurrency"), positive(n)).err());
            }
            if let Some(v) = &hc.interval {
                found.extend(check(&key("interval"), parse_duration(v)).err());
            }
            for (name, value) in &hc.headers {
                if name.trim().is_empty() || name.contains([':', ' ', '\n']) {
                    found.push((key("headers"), format!("`{name}` is not a header name")));
                    continue;
                }
                found.extend(check(&key("headers"), env_reference(value).map(|_| ())).err());
            }
        }
        found
    }

    /// Finds `citecheck.toml` in `start` or the nearest folder above it.
    #[must_use]
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let mut dir = Some(start);
        while let Some(d) = dir {
            let candidate = d.join("citecheck.toml");
            if candidate.is_file() {
                return Some(candidate);
            }
            dir = d.parent();
        }
        None
    }

    /// The top-level keys this layer sets, as written in a file (`root-dir`, `hosts`).
    fn keys_set(&self) -> Vec<String> {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(map)) => map
                .into_iter()
                .filter(|(_, v)| match v {
                    serde_json::Value::Null => false,
                    serde_json::Value::Object(o) => !o.is_empty(),
                    _ => true,
                })
                .map(|(k, _)| k)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Says where a bad value came from: an [`Error::Option`] about `--KEY` whose value this
    /// (merged) configuration took from its file becomes an [`Error::Config`] naming the
    /// file, the key and its line, as the errors found when the file is read do. Any other
    /// error is returned as it is.
    #[must_use]
    pub fn blame(&self, e: Error) -> Error {
        let Error::Option { option, message } = e else {
            return e;
        };
        let key = option.strip_prefix("--").unwrap_or(&option);
        match (&self.source, self.file_keys.get(key)) {
            (Some(path), Some(line)) => Error::Config {
                path: path.clone(),
                message: format!("`{key}`: {message}{line}"),
            },
            _ => Error::Option { option, message },
        }
    }

    /// Layers `over` on top of `self`: every field set in `over` wins.
    #[must_use]
    pub fn merge(self, over: Config) -> Config {
        let over_keys = over.keys_set();
        let mut file_keys = self.file_keys.clone();
        file_keys.retain(|k, _| k == "hosts" || !over_keys.contains(k));
        file_keys.extend(over.file_keys.clone());
        macro_rules! pick {
            ($($f:ident),* $(,)?) => { Config { $($f: over.$f.or(self.$f),)* hosts: {
                let mut h = self.hosts; h.extend(over.hosts); h
            }, file_keys } };
        }
        pick!(
            input_format,
            base_url,
            root_dir,
            glob,
            exclude_path,
            min_quote_words,
            max_concurrency,
            host_concurrency,
            host_interval,
            timeout,
            max_retries,
            max_retry_wait,
            max_redirects,
            max_body,
            user_agent,
            header,
            accept,
            exclude,
            include,
            exclude_private,
            include_furniture,
            remap,
            cache,
            cache_path,
            max_cache_age,
            suggest_archive,
            archive_api,
            min_similarity,
            format,
            fail_on,
            color,
            no_progress,
            verbose,
            output,
            report,
            source,
        )
    }
}

/// A `report` entry `FORMAT=PATH` split in two (both parts non-empty), or `None`.
#[must_use]
pub fn split_report(entry: &str) -> Option<(&str, &str)> {
    entry
        .split_once('=')
        .filter(|(format, path)| !format.is_empty() && !path.is_empty())
}

/// The keys (as written in a file: `cache`, `hosts."example.org".interval`) whose values
/// make `text` fail to deserialise as a [`Config`], found by deserialising each key alone;
/// empty when `text` is not even TOML.
fn failing_keys(text: &str) -> Vec<String> {
    let Ok(table) = text.parse::<toml::Table>() else {
        return Vec::new();
    };
    let fails = |t: toml::Table| toml::Value::Table(t).try_into::<Config>().is_err();
    let mut keys = Vec::new();
    for (key, value) in &table {
        if !fails(toml::Table::from_iter([(key.clone(), value.clone())])) {
            continue;
        }
        let Some(hosts) = value.as_table().filter(|_| key == "hosts") else {
            keys.push(key.clone());
            continue;
        };
        for (host, settings) in hosts {
            let Some(settings) = settings.as_table() else {
                keys.push(format!("hosts.\"{host}\""));
                continue;
            };
            for (k, v) in settings {
                let one = toml::Table::from_iter([(k.clone(), v.clone())]);
                if toml::Value::Table(one).try_into::<HostConfig>().is_err() {
                    keys.push(format!("hosts.\"{host}\".{k}"));
                }
            }
        }
    }
    keys
}

/// The key to blame for a deserialisation error at `line` (` (line N)`, when known): the
/// failing key set on that line, else the first failing key in the file.
fn culprit_key(text: &str, line: Option<&str>) -> Option<String> {
    let keys = failing_keys(text);
    keys.iter()
        .find(|k| line.is_some_and(|l| key_line(text, k) == l))
        .or_else(|| {
            keys.iter().min_by_key(|k| {
                let at = key_line(text, k);
                at.trim_start_matches(" (line ")
                    .trim_end_matches(')')
                    .parse::<usize>()
                    .unwrap_or(usize::MAX)
            })
        })
        .cloned()
}

/// A value written as a string or a bare number (`timeout = 30`, `max-body = 2000000`,
/// `accept = [403]`), kept as its text; the option's own parser reads it.
struct Lenient(String);

impl<'de> Deserialize<'de> for Lenient {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Lenient;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Lenient, E> {
                Ok(Lenient(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<Lenient, E> {
                Ok(Lenient(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Lenient, E> {
                Ok(Lenient(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<Lenient, E> {
                Ok(Lenient(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// `deserialize_with` for a duration or size: a string, or a bare number.
fn lenient<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
    Lenient::deserialize(d).map(|l| Some(l.0))
}

/// `deserialize_with` for a list of strings or bare numbers (`accept = [403, "500..=599"]`).
fn lenient_list<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Vec<String>>, D::Error> {
    Vec::<Lenient>::deserialize(d).map(|v| Some(v.into_iter().map(|l| l.0).collect()))
}

/// `deserialize_with` for a list of names given as a list or, as the command line writes
/// it, one string of comma-separated names (`"default,warnings"`; `""` is the empty list).
fn comma_list<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Vec<String>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(Some(
        match OneOrMany::deserialize(d).map_err(|_| {
            serde::de::Error::custom(
                "expected a list of names, `[\"dead\", \"altered\"]`, or one string of them \
             separated by commas, `\"dead,altered\"`",
            )
        })? {
            OneOrMany::One(s) if s.trim().is_empty() => Vec::new(),
            OneOrMany::One(s) => s.split(',').map(|n| n.trim().to_string()).collect(),
            OneOrMany::Many(v) => v,
        },
    ))
}

impl HostConfig {
    /// The headers with `$NAME` / `${NAME}` values read from the environment.
    ///
    /// # Errors
    /// A referenced variable is not set (the message names it, never its value).
    pub fn resolved_headers(&self) -> std::result::Result<Vec<(String, String)>, String> {
        self.headers
            .iter()
            .map(|(name, value)| Ok((name.clone(), expand_env(value)?)))
            .collect()
    }
}

/// The variable a header value refers to: `Some("TOKEN")` for `"$TOKEN"` or `"${TOKEN}"`,
/// `None` for a literal value.
///
/// # Errors
/// A malformed reference (`"${TOKEN"`, `"$"`, a name with invalid characters).
pub fn env_reference(value: &str) -> std::result::Result<Option<&str>, String> {
    let Some(rest) = value.strip_prefix('$') else {
        return Ok(None);
    };
    let name = match rest.strip_prefix('{') {
        Some(inner) => inner
            .strip_suffix('}')
            .ok_or_else(|| format!("`{value}`: missing `}}`"))?,
        None => rest,
    };
    let valid = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if valid {
        Ok(Some(name))
    } else {
        Err(format!(
            "`{value}` is not a valid environment variable reference"
        ))
    }
}

/// Expands a header value: `"$NAME"` or `"${NAME}"` becomes the variable's value; anything
/// else is returned as it is.
///
/// # Errors
/// A malformed reference, or the variable is not set.
pub fn expand_env(value: &str) -> std::result::Result<String, String> {
    match env_reference(value)? {
        None => Ok(value.to_string()),
        Some(name) => std::env::var(name)
            .map_err(|_| format!("environment variable {name} (used in a header) is not set")),
    }
}

/// ` (line N)` for the first line of `text` that sets `key` (its last dotted part), or
/// nothing when it cannot be found.
fn key_line(text: &str, key: &str) -> String {
    key_line_number(text, key)
        .map(|n| format!(" (line {n})"))
        .unwrap_or_default()
}

/// The line (1-based) setting `key` in the file's `text`, if one does.
fn key_line_number(text: &str, key: &str) -> Option<usize> {
    let last = key.rsplit('.').next().unwrap_or(key).trim_matches('"');
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(last)
                .or_else(|| l.strip_prefix(&format!("\"{last}\"")))
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

/// Parses a duration: `"20s"`, `"500ms"`, `"2m"`, `"1h"`, `"1d"`, or a plain number of
/// seconds.
///
/// # Errors
/// Anything else, with a message saying what is accepted.
pub fn parse_duration(s: &str) -> std::result::Result<Duration, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a duration (write e.g. 20s, 500ms, 2m, 1h, 1d)"))?;
    let secs = match unit.trim() {
        "" | "s" | "sec" | "secs" => n,
        "ms" => n / 1000.0,
        "m" | "min" | "mins" => n * 60.0,
        "h" => n * 3600.0,
        "d" => n * 86400.0,
        other => {
            return Err(format!(
                "`{s}`: unknown unit `{other}` (use ms, s, m, h or d)"
            ))
        }
    };
    if !secs.is_finite() || !(0.0..=1e9).contains(&secs) {
        return Err(format!("`{s}` is out of range"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// An availability API's address: an `http(s)` URL.
///
/// # Errors
/// Any other value, saying what is expected.
pub fn archive_api(v: &str) -> std::result::Result<url::Url, String> {
    match url::Url::parse(v.trim()) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(u),
        _ => Err(format!(
            "`{v}` is not an http(s) URL (an availability API such as {})",
            crate::archive::DEFAULT_API
        )),
    }
}

/// Parses a size: `"10MiB"`, `"512KiB"`, `"1GB"`, `"2000"` (bytes).
///
/// # Errors
/// Anything else.
pub fn parse_size(s: &str) -> std::result::Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a size (write e.g. 10MiB)"))?;
    let mult: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "kib" => 1024.0,
        "m" | "mb" => 1e6,
        "mib" => 1024.0 * 1024.0,
        "g" | "gb" => 1e9,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        other => {
            return Err(format!(
                "`{s}`: unknown unit `{other}` (use B, KB, KiB, MB, MiB, GB or GiB)"
            ))
        }
    };
    let v = n * mult;
    if !v.is_finite() || !(0.0..=1e15).contains(&v) {
        return Err(format!("`{s}` is out of range"));
    }
    // Truncation is intended: sizes are whole bytes.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(v as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("20s").unwrap(), Duration::from_secs(20));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("3").unwrap(), Duration::from_secs(3));
        assert_eq!(parse_duration("1d").unwrap(), Duration::from_secs(86400));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("5 parsecs").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("10MiB").unwrap(), 10 * 1024 * 1024);
        assert_eq!(parse_size("1kb").unwrap(), 1000);
        assert_eq!(parse_size("42").unwrap(), 42);
        assert!(parse_size("lots").is_err());
    }

    #[test]
    fn merge_prefers_the_upper_layer() {
        let file = Config {
            timeout: Some("5s".into()),
            max_retries: Some(4),
            ..Config::default()
        };
        let cli = Config {
            timeout: Some("9s".into()),
            ..Config::default()
        };
        let merged = file.merge(cli);
        assert_eq!(merged.timeout.as_deref(), Some("9s"));
        assert_eq!(merged.max_retries, Some(4));
    }

    /// A value the upper layer leaves alone is blamed on the file (key and line); one it
    /// sets, on the option.
    #[test]
    fn blame_names_the_file_only_for_its_own_values() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("citecheck.toml");
        std::fs::write(
            &path,
            "# x
timeout = \"0\"\nroot-dir = \"nope\"\n",
        )
        .unwrap();
        let file = Config::from_file(&path).unwrap();
        let cli = Config {
            timeout: Some("0".into()),
            ..Config::default()
        };
        let merged = file.merge(cli);
        let bad = |option: &str| Error::Option {
            option: option.into(),
            message: "wrong".into(),
        };
        let root = merged.blame(bad("--root-dir")).to_string();
        assert_eq!(
            root,
            format!("{}: `root-dir`: wrong (line 3)", path.display())
        );
        let timeout = merged.blame(bad("--timeout")).to_string();
        assert_eq!(timeout, "invalid value for --timeout: wrong");
    }

    #[test]
    fn bad_values_name_the_key_file_and_line() {
        for (text, key) in [
            ("color = \"sometimes\"\n", "`color`"),
            ("format = \"pdf\"\n", "`format`"),
            ("fail-on = [\"dead\", \"broken\"]\n", "`fail-on`"),
            ("timeout = \"soon\"\n", "`timeout`"),
            ("max-body = \"lots\"\n", "`max-body`"),
            ("min-similarity = 1.5\n", "`min-similarity`"),
            ("exclude = [\"(unclosed\"]\n", "`exclude`"),
            ("remap = [\"onlyapattern\"]\n", "`remap`"),
            ("max-concurrency = 0\n", "`max-concurrency`"),
            ("input-format = \"docx\"\n", "`input-format`"),
            (
                "[hosts.\"a.org\"]\ninterval = \"fast\"\n",
                "`hosts.\"a.org\".interval`",
            ),
            (
                "[hosts.\"a.org\".headers]\nAuthorization = \"${TOKEN\"\n",
                "`hosts.\"a.org\".headers`",
            ),
        ] {
            let err = Config::from_toml(text, Path::new("conf/citecheck.toml")).unwrap_err();
            assert!(matches!(err, Error::Config { .. }), "{text}");
            let msg = err.to_string();
            assert!(msg.starts_with("conf/citecheck.toml: "), "{msg}");
            assert!(msg.contains(key), "{text}: {msg}");
        }
        let msg = Config::from_toml("# c\ncolor = \"pink\"\n", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("(line 2)") && msg.contains("auto, always, never"),
            "{msg}"
        );
    }

    /// Regression: a wrong type gave serde's words without the key; durations, sizes and
    /// statuses written as bare numbers were wrong types.
    #[test]
    fn wrong_types_name_the_key_and_bare_numbers_are_fine() {
        for (text, key, line) in [
            ("cache = \"yes\"\n", "`cache`", "(line 1)"),
            ("# x\nexclude = \"^a\"\n", "`exclude`", "(line 2)"),
            ("timeout = true\n", "`timeout`", "(line 1)"),
            (
                "timeout = \"5s\"\n[hosts.\"a.org\"]\nconcurrency = \"2\"\n",
                "`hosts.\"a.org\".concurrency`",
                "(line 3)",
            ),
            // Two wrong keys: the one the error is at.
            (
                "min-similarity = \"x\"\n[hosts.\"a.org\"]\ninterval = false\n",
                "`min-similarity`",
                "(line 1)",
            ),
        ] {
            let msg = Config::from_toml(text, Path::new("c.toml"))
                .unwrap_err()
                .to_string();
            assert!(
                msg.starts_with("c.toml: ") && msg.contains(key) && msg.contains(line),
                "{text}: {msg}"
            );
        }
        // `fail-on` as the command line writes it (a CI evaluation, forty-eighth session:
        // `fail-on = "dead"` was `invalid type: string "dead", expected a sequence`).
        let one = |text: &str| Config::from_toml(text, Path::new("c.toml")).map(|c| c.fail_on);
        assert_eq!(
            one("fail-on = \"default, warnings\"\n").expect("a string"),
            Some(vec!["default".to_string(), "warnings".to_string()])
        );
        assert_eq!(one("fail-on = \"\"\n").expect("empty"), Some(Vec::new()));
        assert_eq!(
            one("fail-on = [\"dead\"]\n").expect("a list"),
            Some(vec!["dead".to_string()])
        );
        let msg = one("fail-on = \"dead,bogus\"\n").unwrap_err().to_string();
        assert!(msg.contains("bogus"), "{msg}");
        let msg = one("fail-on = 3\n").unwrap_err().to_string();
        assert!(msg.contains("\"dead,altered\""), "{msg}");
        let cfg = Config::from_toml(
            "timeout = 30\nmax-body = 2000000\nhost-interval = 0.5\naccept = [403, \"500..=599\"]\n\
             [hosts.\"a.org\"]\ninterval = 2\n",
            Path::new("c.toml"),
        )
        .expect("bare numbers");
        assert_eq!(cfg.timeout.as_deref(), Some("30"));
        assert_eq!(cfg.max_body.as_deref(), Some("2000000"));
        assert_eq!(cfg.host_interval.as_deref(), Some("0.5"));
        assert_eq!(
            cfg.accept,
            Some(vec!["403".to_string(), "500..=599".to_string()])
        );
        assert_eq!(cfg.hosts["a.org"].interval.as_deref(), Some("2"));
    }

    #[test]
    fn the_example_config_parses_and_covers_every_key() {
        let text = include_str!("../citecheck.example.toml");
        // As committed (everything commented out) it is valid and sets nothing.
        let as_is = Config::from_toml(text, Path::new("citecheck.example.toml"))
            .expect("citecheck.example.toml is valid");
        assert_eq!(as_is, Config::default());
        // Uncomment every setting ("#key = …", "#[table]"; prose is "# …").
        let uncommented: String = text
            .lines()
            .map(|l| match l.strip_prefix('#') {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_lowercase() || c == '[') => {
                    rest
                }
                _ => l,
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let cfg = Config::from_toml(&uncommented, Path::new("citecheck.example.toml"))
            .expect("every setting in citecheck.example.toml is valid");
        // Every key is set (uncommented) in the example, so a new key must be documented.
        // The keys the parser accepts come from a `Config` with every field set: the struct
        // literal names every field (no `..`), so a new field does not compile until it is
        // set here, and then fails below until the example sets it too.
        let every = Config {
            input_format: Some("auto".into()),
            base_url: Some("https://example.org/".into()),
            root_dir: Some("static".into()),
            glob: Some(vec!["*.md".into()]),
            exclude_path: Some(vec!["drafts".into()]),
            min_quote_words: Some(5),
            max_concurrency: Some(1),
            host_concurrency: Some(1),
            host_interval: Some("1s".into()),
            timeout: Some("1s".into()),
            max_retries: Some(0),
            max_retry_wait: Some("1s".into()),
            max_redirects: Some(1),
            max_body: Some("1MiB".into()),
            user_agent: Some("ua".into()),
            header: Some(vec!["A: b".into()]),
            accept: Some(vec!["403".into()]),
            exclude: Some(vec!["x".into()]),
            include: Some(vec!["y".into()]),
            exclude_private: Some(true),
            include_furniture: Some(true),
            remap: Some(vec!["a b".into()]),
            cache: Some(true),
            cache_path: Some("c".into()),
            max_cache_age: Some("1d".into()),
            hosts: BTreeMap::from([(
                "a.org".to_string(),
                HostConfig {
                    concurrency: Some(1),
                    interval: Some("1s".into()),
                    headers: BTreeMap::from([("A".to_string(), "b".to_string())]),
                },
            )]),
            suggest_archive: Some(true),
            archive_api: Some("https://archive.example/wayback/available".into()),
            min_similarity: Some(0.5),
            format: Some("json".into()),
            fail_on: Some(vec!["default".into()]),
            color: Some("never".into()),
            no_progress: Some(true),
            verbose: Some(true),
            output: Some("o".into()),
            report: Some(vec!["json=r.json".into()]),
            source: None,
            file_keys: BTreeMap::new(),
        };
        let accepted = toml::Value::try_from(&every).expect("serialise");
        let accepted = accepted.as_table().expect("a table");
        // What the parser accepts: it reads every one of those keys back.
        let text_every = toml::to_string(&every).expect("serialise");
        assert_eq!(
            Config::from_toml(&text_every, Path::new("every.toml")).expect("parses"),
            every
        );
        let value = toml::Value::try_from(&cfg).expect("serialise");
        let table = value.as_table().expect("a table");
        for key in accepted.keys() {
            assert!(
                table.contains_key(key),
                "citecheck.example.toml does not set `{key}`"
            );
        }
        assert_eq!(table.len(), accepted.len());
        // The docs' key table names them all too.
        let docs = include_str!("../docs/configuration.md");
        let host_keys = accepted["hosts"]["a.org"].as_table().expect("a host table");
        for key in accepted
            .keys()
            .filter(|k| *k != "hosts")
            .chain(host_keys.keys())
        {
            assert!(
                docs.contains(&format!("| `{key}` |")),
                "docs/configuration.md does not list `{key}`"
            );
        }
        // Every host key too.
        let example_host = table["hosts"]
            .as_table()
            .and_then(|h| h.values().next())
            .and_then(toml::Value::as_table)
            .expect("a [hosts] example");
        for key in host_keys.keys() {
            assert!(
                example_host.contains_key(key),
                "citecheck.example.toml's [hosts] example does not set `{key}`"
            );
        }
        let host = cfg.hosts.values().next().expect("a [hosts] example");
        assert!(host.concurrency.is_some() && host.interval.is_some() && !host.headers.is_empty());
    }

    #[test]
    fn env_references() {
        assert_eq!(env_reference("plain"), Ok(None));
        assert_eq!(env_reference("$TOKEN"), Ok(Some("TOKEN")));
        assert_eq!(env_reference("${API_KEY}"), Ok(Some("API_KEY")));
        assert!(env_reference("${OOPS").is_err());
        assert!(env_reference("$").is_err());
        assert!(env_reference("$1X").is_err());
        assert_eq!(expand_env("literal").as_deref(), Ok("literal"));
        let err = expand_env("$CITECHECK_TEST_SURELY_UNSET_VARIABLE").unwrap_err();
        assert!(
            err.contains("CITECHECK_TEST_SURELY_UNSET_VARIABLE"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_name_the_key_and_file() {
        let err = Config::from_toml("timeout = \"5s\"\nfrobnicate = 3\n", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("c.toml"), "{err}");
        assert!(err.contains("frobnicate"), "{err}");
        assert!(err.contains("line 2"), "{err}");
    }

    /// Thirty-seventh session: a misspelt key listed all 35 keys with no suggestion, and a
    /// wrong type said `expected usize`.
    #[test]
    fn a_misspelt_key_gets_the_nearest_and_types_are_named_plainly() {
        let err = |text: &str| {
            Config::from_toml(text, Path::new("c.toml"))
                .unwrap_err()
                .to_string()
        };
        let e = err("max_concurency = 3\n");
        assert!(
            e.contains("unknown key `max_concurency` (did you mean `max-concurrency`?)"),
            "{e}"
        );
        let e = err("fail_on = [\"dead\"]\n");
        assert!(e.contains("did you mean `fail-on`?"), "{e}");
        let e = err("max-retries = \"two\"\n");
        assert!(
            e.contains("expected a whole number") && !e.contains("u32"),
            "{e}"
        );
        let e = err("min-similarity = \"x\"\n");
        assert!(e.contains("expected a number") && !e.contains("f64"), "{e}");
    }
}
