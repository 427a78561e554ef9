//! Reports: render a [`Report`] for people and CI systems.
//!
//! This module owns the output formats ([`Format`]), the fail policy ([`FailPolicy`]: which
//! statuses and verdicts make the exit status 1, and therefore which findings are errors
//! rather than warnings in every format), and the list of findings every format shares
//! ([`findings`]). It does not compute the summary (the run does) and never touches files or
//! the terminal: reporters write to a `&mut dyn Write` handed to them.
//!
//! The formats, one module each: [`terminal`] (people, default), [`json`] (the public
//! contract), [`markdown`] (pull-request comments, `$GITHUB_STEP_SUMMARY`), [`html`] (one
//! self-contained file), [`junit`], [`sarif`] (code scanning) and [`github`] (workflow
//! commands). [`extract`] renders the `extract` subcommand's output.

pub mod extract;
pub mod github;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
mod pretty;
pub mod sarif;
pub mod terminal;

#[cfg(test)]
pub(crate) mod sample;

use std::collections::BTreeSet;
use std::fmt;
use std::io;
use std::path::PathBuf;
use std::str::FromStr;

use crate::error::{Error, Result};
use crate::model::{FragmentStatus, LinkResult, LinkStatus, QuoteResult, Report, Verdict};

/// An output format of `citecheck check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// For people at a terminal (the default); `text` is an alias.
    Terminal,
    /// Pretty JSON: the public contract (see [`json`]).
    Json,
    /// GitHub-flavoured Markdown, for a pull-request comment or the step summary.
    Markdown,
    /// One self-contained HTML file.
    Html,
    /// JUnit XML, one test case per link and per quote.
    Junit,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=…::…`).
    Github,
}

impl Format {
    /// Every format, in the order they are listed in help and errors.
    pub const ALL: [Format; 7] = [
        Format::Terminal,
        Format::Json,
        Format::Markdown,
        Format::Html,
        Format::Junit,
        Format::Sarif,
        Format::Github,
    ];

    /// The name used on the command line and in `citecheck.toml`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Terminal => "terminal",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Junit => "junit",
            Format::Sarif => "sarif",
            Format::Github => "github",
        }
    }

    /// Whether this format can use ANSI colour (only the terminal report does).
    #[must_use]
    pub fn supports_color(self) -> bool {
        self == Format::Terminal
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a [`Format`]: says what was given and lists the valid names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
        write!(
            f,
            "unknown format `{}` (expected one of: {}; `text` means terminal)",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "terminal" | "text" => Format::Terminal,
            "json" => Format::Json,
            "markdown" | "md" => Format::Markdown,
            "html" => Format::Html,
            "junit" => Format::Junit,
            "sarif" => Format::Sarif,
            "github" => Format::Github,
            _ => return Err(UnknownFormat(s.to_string())),
        })
    }
}

/// What makes a run fail (exit status 1). Everything a report shows that is not a failure is
/// a warning (or, for redirects, a note).
///
/// Names: every [`LinkStatus`] name (`dead`, `soft_404`, …), every [`Verdict`] name
/// (`altered`, `not_found`, …), `metadata` (a note's title/author/date disagrees with the
/// page), `warnings` (document warnings, quote warnings such as an ellipsis that omits a
/// negation, and missing `#fragments`), `disputed` (a quote whose cited page disputes its
/// words: [`QuoteResult::disputes`]; in the default set) and `short_quotes` (a quote flagged `short`, under
/// `--min-quote-words`, fails on `not_found` too: without it, a scare quote or a title in
/// quotation marks that its linked page does not contain is a warning). `default` stands for
/// [`crate::config::DEFAULT_FAIL_ON`], so `default,short_quotes` adds to the default set
/// (a list without it replaces the default set). Hyphens are accepted for underscores
/// (`not-found`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailPolicy {
    statuses: BTreeSet<LinkStatus>,
    verdicts: BTreeSet<Verdict>,
    metadata: bool,
    warnings: bool,
    short_quotes: bool,
    disputed: bool,
    /// Every missing `#fragment` fails (`missing_fragment`).
    fragments: bool,
    /// A missing `#fragment` of a local file or of the article itself fails
    /// (`local_fragment`, in the default set): the anchor is absent from a file in the
    /// repository, the same on every run, unlike a page whose anchors its script may add.
    local_fragments: bool,
}

impl FailPolicy {
    /// A policy that never fails.
    #[must_use]
    pub fn never() -> FailPolicy {
        FailPolicy {
            statuses: BTreeSet::new(),
            verdicts: BTreeSet::new(),
            metadata: false,
            warnings: false,
            short_quotes: false,
            disputed: false,
            fragments: false,
            local_fragments: false,
        }
    }

    /// Every name [`FailPolicy::from_names`] accepts.
    #[must_use]
    pub fn valid_names() -> Vec<&'static str> {
        let mut names: Vec<&'static str> = LinkStatus::ALL
            .iter()
            .filter(|s| Rule::for_status(**s).is_some())
            .map(|s| s.as_str())
            .collect();
        names.extend(
            Verdict::ALL
                .iter()
                .filter(|v| Rule::for_verdict(**v).is_some())
                .map(|v| v.as_str()),
        );
        names.extend([
            "disputed",
            "metadata",
            "warnings",
            "short_quotes",
            "missing_fragment",
            "local_fragment",
            "default",
        ]);
        names
    }

    /// Builds a policy from `--fail-on` names (see the type's documentation).
    ///
    /// # Errors
    /// An unknown name: [`Error::Option`] for `--fail-on`, listing the valid names.
    pub fn from_names(names: &[String]) -> Result<FailPolicy> {
        let mut policy = FailPolicy::never();
        let option_error = |message: String| Error::Option {
            option: "--fail-on".into(),
            message,
        };
        // `''` alone is "never fail"; an empty name in a longer list is a slip (`dead,,x`,
        // `"$LIST,"` with the variable unset), which must not quietly change the policy.
        if names.len() > 1 && names.iter().any(|n| n.trim().is_empty()) {
            return Err(option_error(format!(
                "an empty name in `{}` (a stray comma?); '' alone never fails",
                names.join(",")
            )));
        }
        for raw in names {
            let name = raw.trim().to_ascii_lowercase().replace('-', "_");
            if name.is_empty() {
                continue;
            }
            // A status or verdict that is never a problem (`ok`, `verified`, `excluded`,
            // `unsupported`) has no finding to show: a run failing on it would fail with
            // every report saying nothing is wrong.
            let no_problem = LinkStatus::ALL
                .iter()
                .any(|s| s.as_str() == name && Rule::for_status(*s).is_none())
                || Verdict::ALL
                    .iter()
                    .any(|v| v.as_str() == name && Rule::for_verdict(*v).is_none());
            if no_problem {
                return Err(option_error(format!(
                    "`{raw}` is never a problem, so no run can fail on it (expected any of: {})",
                    FailPolicy::valid_names().join(", ")
                )));
            }
            if name == "default" {
                for s in LinkStatus::ALL {
                    if crate::config::DEFAULT_FAIL_ON.contains(&s.as_str()) {
                        policy.statuses.insert(s);
                    }
                }
                for v in Verdict::ALL {
                    if crate::config::DEFAULT_FAIL_ON.contains(&v.as_str()) {
                        policy.verdicts.insert(v);
                    }
                }
                policy.disputed |= crate::config::DEFAULT_FAIL_ON.contains(&"disputed");
                policy.local_fragments |=
                    crate::config::DEFAULT_FAIL_ON.contains(&"local_fragment");
            } else if let Some(s) = LinkStatus::ALL.iter().find(|s| s.as_str() == name) {
                policy.statuses.insert(*s);
            } else if let Some(v) = Verdict::ALL.iter().find(|v| v.as_str() == name) {
                policy.verdicts.insert(*v);
            } else if name == "disputed" {
                policy.disputed = true;
            } else if name == "metadata" {
                policy.metadata = true;
            } else if name == "warnings" {
                policy.warnings = true;
            } else if name == "short_quotes" {
                policy.short_quotes = true;
            } else if name == "missing_fragment" {
                policy.fragments = true;
            } else if name == "local_fragment" {
                policy.local_fragments = true;
            } else {
                let valid = FailPolicy::valid_names();
                // A misspelt name (`altred`) says which it likely meant, as a misspelt
                // option or config key does.
                let nearest = valid
                    .iter()
                    .map(|k| (crate::extract::edit_distance(&name, k), k))
                    .min()
                    .filter(|(d, k)| *d <= 2.min(k.len() / 3).max(1));
                return Err(Error::Option {
                    option: "--fail-on".into(),
                    message: match nearest {
                        Some((_, k)) => format!(
                            "unknown name `{raw}` (did you mean `{k}`? expected any of: {})",
                            valid.join(", ")
                        ),
                        None => format!(
                            "unknown name `{raw}` (expected any of: {})",
                            valid.join(", ")
                        ),
                    },
                });
            }
        }
        Ok(policy)
    }

    /// Whether a link with this status makes the run fail.
    #[must_use]
    pub fn is_failure_status(&self, status: LinkStatus) -> bool {
        self.statuses.contains(&status)
    }

    /// Whether a quote with this verdict makes the run fail.
    #[must_use]
    pub fn is_failure_verdict(&self, verdict: Verdict) -> bool {
        self.verdicts.contains(&verdict)
    }

    /// Whether this quote's verdict makes the run fail: its verdict is a failure, unless the
    /// quote is short and not found (a scare quote or a title, most likely) and
    /// `short_quotes` was not named.
    #[must_use]
    pub fn is_failure_quote(&self, q: &QuoteResult) -> bool {
        self.is_failure_verdict(q.verdict)
            && !(q.short
                && matches!(q.verdict, Verdict::NotFound | Verdict::Uncited)
                && !self.short_quotes)
    }

    /// Whether this quote is left out of the findings: a short quote with no citation (a
    /// scare quote, a term, a title, a label in a how-to: `Press “Enter”`, `set it to
    /// “strict”`), which has nothing to check and is no problem, unless `short_quotes` is
    /// named. It keeps its verdict in the JSON report, and summaries count it apart.
    #[must_use]
    pub fn is_unlisted_quote(&self, q: &QuoteResult) -> bool {
        q.short && q.verdict == Verdict::Uncited && !self.short_quotes
    }

    /// How many quotes with `verdict` are listed as findings, and how many are not
    /// ([`FailPolicy::is_unlisted_quote`]), for summaries of verdicts that do not fail.
    #[must_use]
    pub fn listed_counts(&self, report: &Report, verdict: Verdict) -> (usize, usize) {
        let all = report.quotes.iter().filter(|q| q.verdict == verdict);
        let unlisted = all.clone().filter(|q| self.is_unlisted_quote(q)).count();
        (all.count() - unlisted, unlisted)
    }

    /// How many quotes with this verdict fail the run, and how many do not (short quotes
    /// not found, only warned about, [`FailPolicy::short_quote_exemption`]): every report's
    /// summary marks only the first as failures and counts the others apart, so a passing
    /// run's "not found" count of short quotes is never marked as a failure.
    #[must_use]
    pub fn verdict_counts(&self, report: &Report, verdict: Verdict) -> (usize, usize) {
        let (mut failing, mut other) = (0, 0);
        for q in report.quotes.iter().filter(|q| q.verdict == verdict) {
            if self.is_failure_quote(q) {
                failing += 1;
            } else {
                other += 1;
            }
        }
        (failing, other)
    }

    /// Why this quote is only a warning though its verdict fails the run: it is short (under
    /// `--min-quote-words`) and not found, and `short_quotes` was not named. `None` when that
    /// is not so. Every report says it beside the verdict (`4 words; a warning unless
    /// --fail-on default,short_quotes`), so two "not found" quotes of different severity explain
    /// themselves.
    #[must_use]
    pub fn short_quote_exemption(&self, q: &QuoteResult) -> Option<String> {
        (self.is_failure_verdict(q.verdict) && !self.is_failure_quote(q)).then(|| {
            format!(
                "{}; a warning unless --fail-on default,short_quotes",
                if q.words == 1 {
                    "1 word".to_string()
                } else {
                    format!("{} words", q.words)
                }
            )
        })
    }

    /// Whether metadata mismatches make the run fail.
    #[must_use]
    pub fn fails_on_metadata(&self) -> bool {
        self.metadata
    }

    /// Whether warnings make the run fail.
    #[must_use]
    pub fn fails_on_warnings(&self) -> bool {
        self.warnings
    }

    /// Whether every missing `#fragment` makes the run fail (`missing_fragment`, or
    /// `warnings`), not only those of local files.
    #[must_use]
    pub fn fails_on_every_fragment(&self) -> bool {
        self.fragments || self.warnings
    }

    /// Whether a missing `#fragment` of the link to `url` makes the run fail: every one
    /// under `missing_fragment` (or `warnings`); under `local_fragment` (a default) one in a
    /// local file or the article itself (a `file:` URL).
    #[must_use]
    pub fn fails_on_fragment(&self, url: &str) -> bool {
        self.fails_on_every_fragment()
            || (self.local_fragments
                && url
                    .get(..5)
                    .is_some_and(|s| s.eq_ignore_ascii_case("file:")))
    }

    /// [`FailPolicy::fails_on_fragment`] for a link of a report whose in-page links
    /// (`in_page`, from [`in_page_urls`]) are the article's own: a live article's
    /// `#fragment` missing from itself fails under `local_fragment` as a local file's does
    /// (thirty-ninth session: it was only a warning for an article read from a URL).
    #[must_use]
    pub fn fails_on_link_fragment(
        &self,
        url: &str,
        in_page: &std::collections::HashSet<&str>,
    ) -> bool {
        self.fails_on_fragment(url) || (self.local_fragments && in_page.contains(url))
    }

    /// Whether a quote whose cited page disputes its words (a correction, a denial, another
    /// speaker, a retraction: [`QuoteResult::disputes`]) makes the run fail.
    #[must_use]
    pub fn fails_on_disputed(&self) -> bool {
        self.disputed
    }

    /// Whether this report should make the exit status 1.
    #[must_use]
    pub fn fails(&self, report: &Report) -> bool {
        // Statuses and verdicts with no finding rule (`ok`, `verified`, `excluded`, …) are
        // accepted by `--fail-on`, so they must count too, not be silently ignored.
        report
            .links
            .iter()
            .any(|l| self.statuses.contains(&l.status))
            || report.quotes.iter().any(|q| self.is_failure_quote(q))
            || findings(report, self).iter().any(fails_by_policy)
    }
}

impl Default for FailPolicy {
    /// [`crate::config::DEFAULT_FAIL_ON`].
    fn default() -> Self {
        let names: Vec<String> = crate::config::DEFAULT_FAIL_ON
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        // The default names are all valid (a unit test checks it); never fail here.
        FailPolicy::from_names(&names).unwrap_or_else(|_| FailPolicy::never())
    }
}

/// How a report is rendered.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// Use ANSI colour (terminal report only). The binary decides: `--color`, `NO_COLOR`,
    /// and whether the output is a terminal.
    pub color: bool,
    /// Which findings are failures (errors) rather than warnings.
    pub fail_policy: FailPolicy,
    /// Width of the terminal report, in columns.
    pub width: usize,
    /// Folder that article paths are made relative to in SARIF and GitHub output (usually
    /// the working folder). `None` leaves paths as they are in the report.
    pub base_dir: Option<PathBuf>,
    /// List every link that passed (ok, excluded, unsupported) in the terminal report, where
    /// it is cited, not only the problems and a count (`check --verbose`). Verified quotes
    /// are listed either way.
    pub verbose: bool,
    /// How many inputs could not be read (each is a document whose warning says so; the
    /// binary exits 2): the reports then never say the run passed.
    pub unreadable: usize,
    /// Whether the terminal report may end with a hint to ask an archive for copies of the
    /// cited pages that are gone (the run did not, `--suggest-archive` being off).
    pub archive_hint: bool,
}

impl ReportOptions {
    /// `s` (a link's URL, its detail, a message) as a person reads it: the local files in
    /// it written relative to [`ReportOptions::base_dir`] where they lie inside it
    /// (`file:///home/ci/repo/docs/a.md#x` is `docs/a.md#x`, `/home/ci/repo/docs/a.md`
    /// is `docs/a.md`), as the article's link was most likely written; the runner's
    /// folders are no business of a pull request. Other text is left as it is; the JSON
    /// report keeps the full URLs.
    #[must_use]
    pub fn shown<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        use std::borrow::Cow;
        let Some(base) = self.base_dir.as_deref().filter(|b| b.parent().is_some()) else {
            return Cow::Borrowed(s);
        };
        // The working folder and up to three folders above it, each two levels below the
        // file system's root at least (`/home/ci`, not `/home`): run from `content/guides`,
        // a root-relative image is `../../static/img/x.png`, not
        // `file:///home/…/static/img/x.png`; a path farther off stays absolute, which then
        // says more.
        let dirs: Vec<&std::path::Path> = std::iter::once(base)
            .chain(
                base.ancestors()
                    .skip(1)
                    .take(3)
                    .take_while(|d| d.parent().and_then(std::path::Path::parent).is_some()),
            )
            .collect();
        let Some(top) = dirs.last() else {
            return Cow::Borrowed(s);
        };
        let top = top.to_string_lossy();
        if !s.contains(top.trim_end_matches(std::path::MAIN_SEPARATOR)) && !s.contains("file:") {
            return Cow::Borrowed(s);
        }
        let mut out = s.to_string();
        for (up, dir) in dirs.iter().enumerate() {
            let dots = format!("..{}", std::path::MAIN_SEPARATOR).repeat(up);
            if let Ok(u) = url::Url::from_directory_path(dir) {
                // The rest of each such URL (to the next blank) as its path is written:
                // `my%20notes.md` is `my notes.md` (GitHub's annotations showed the `%20`).
                let prefix = u.as_str();
                let mut rebuilt = String::with_capacity(out.len());
                let mut rest = out.as_str();
                while let Some(k) = rest.find(prefix) {
                    rebuilt.push_str(rest.get(..k).unwrap_or(""));
                    let after = rest.get(k + prefix.len()..).unwrap_or("");
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    let token = after.get(..end).unwrap_or("");
                    rebuilt.push_str(&dots);
                    rebuilt
                        .push_str(&percent_encoding::percent_decode_str(token).decode_utf8_lossy());
                    rest = after.get(end..).unwrap_or("");
                }
                rebuilt.push_str(rest);
                out = rebuilt;
            }
            let path = dir.to_string_lossy();
            let path = path.trim_end_matches(std::path::MAIN_SEPARATOR);
            let path = format!("{path}{}", std::path::MAIN_SEPARATOR);
            if up == 0 {
                out = out.replace(&path, "");
            } else {
                // A folder above is replaced only where a path starts (`/home/ci/` is no
                // part of `https://example.org/home/ci/`).
                let mut rebuilt = String::with_capacity(out.len());
                let mut rest = out.as_str();
                while let Some(k) = rest.find(&path) {
                    let head = rest.get(..k).unwrap_or("");
                    rebuilt.push_str(head);
                    let starts = head
                        .chars()
                        .next_back()
                        .is_none_or(|c| c.is_whitespace() || "(\"'`“‘[<".contains(c));
                    rebuilt.push_str(if starts { &dots } else { &path });
                    rest = rest.get(k + path.len()..).unwrap_or("");
                }
                rebuilt.push_str(rest);
                out = rebuilt;
            }
        }
        Cow::Owned(out)
    }
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            color: false,
            fail_policy: FailPolicy::default(),
            width: 80,
            base_dir: None,
            verbose: false,
            unreadable: 0,
            archive_hint: false,
        }
    }
}

/// Writes `report` in `format` to `out`.
///
/// # Errors
/// Writing to `out` fails.
pub fn write_report(
    report: &Report,
    format: Format,
    opts: &ReportOptions,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    match format {
        Format::Terminal => terminal::write(report, opts, out),
        Format::Json => json::write(report, out),
        Format::Markdown => markdown::write(report, opts, out),
        Format::Html => html::write(report, opts, out),
        Format::Junit => junit::write(report, opts, out),
        Format::Sarif => sarif::write(report, opts, out),
        Format::Github => github::write(report, opts, out),
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Fails the run (per the [`FailPolicy`]).
    Error,
    /// Worth a look; does not fail the run.
    Warning,
    /// For information (a redirect to update).
    Note,
}

impl Level {
    /// `error`, `warning` or `note` (SARIF's names).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
        }
    }
}

/// The kind of a finding: one SARIF rule each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A dead link.
    DeadLink,
    /// A link whose server failed.
    ErrorLink,
    /// A link that timed out.
    TimeoutLink,
    /// A 200 page that is really "not found".
    Soft404,
    /// A page that refuses us.
    BlockedLink,
    /// Not a URL.
    InvalidLink,
    /// A redirected link.
    RedirectedLink,
    /// A `#fragment` missing on the page.
    MissingFragment,
    /// An altered quote.
    Misquote,
    /// A quote only partly found.
    PartialQuote,
    /// A quote not found.
    QuoteNotFound,
    /// A quote whose source could not be read.
    UnverifiableQuote,
    /// A quote with no citation.
    UncitedQuote,
    /// A warning about a quote (e.g. an ellipsis omitting a negation).
    QuoteWarning,
    /// A quote whose words are on the cited page, which disputes them.
    DisputedQuote,
    /// A note's metadata disagrees with the page.
    MetadataMismatch,
    /// A problem found while reading a document.
    DocumentWarning,
    /// An input that could not be read (a file found in a folder, a sub-folder that cannot
    /// be listed): nothing in it was checked, and the run exits 2. Always an error.
    UnreadableInput,
}

impl Rule {
    /// Every rule, in SARIF `rules` order.
    pub const ALL: [Rule; 18] = [
        Rule::DeadLink,
        Rule::ErrorLink,
        Rule::TimeoutLink,
        Rule::Soft404,
        Rule::BlockedLink,
        Rule::InvalidLink,
        Rule::RedirectedLink,
        Rule::MissingFragment,
        Rule::Misquote,
        Rule::PartialQuote,
        Rule::QuoteNotFound,
        Rule::UnverifiableQuote,
        Rule::UncitedQuote,
        Rule::QuoteWarning,
        Rule::DisputedQuote,
        Rule::MetadataMismatch,
        Rule::DocumentWarning,
        Rule::UnreadableInput,
    ];

    /// The rule id (`dead-link`, `misquote`, …).
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Rule::DeadLink => "dead-link",
            Rule::ErrorLink => "error-link",
            Rule::TimeoutLink => "timeout-link",
            Rule::Soft404 => "soft-404",
            Rule::BlockedLink => "blocked-link",
            Rule::InvalidLink => "invalid-link",
            Rule::RedirectedLink => "redirected-link",
            Rule::MissingFragment => "missing-fragment",
            Rule::Misquote => "misquote",
            Rule::PartialQuote => "partial-quote",
            Rule::QuoteNotFound => "quote-not-found",
            Rule::UnverifiableQuote => "unverifiable-quote",
            Rule::UncitedQuote => "uncited-quote",
            Rule::QuoteWarning => "quote-warning",
            Rule::DisputedQuote => "disputed-quote",
            Rule::MetadataMismatch => "metadata-mismatch",
            Rule::DocumentWarning => "document-warning",
            Rule::UnreadableInput => "unreadable-input",
        }
    }

    /// A short title for people.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Rule::DeadLink => "Dead link",
            Rule::ErrorLink => "Link error",
            Rule::TimeoutLink => "Link timed out",
            Rule::Soft404 => "Soft 404",
            Rule::BlockedLink => "Blocked link",
            Rule::InvalidLink => "Invalid link",
            Rule::RedirectedLink => "Redirected link",
            Rule::MissingFragment => "Missing fragment",
            Rule::Misquote => "Altered quote",
            Rule::PartialQuote => "Partial quote",
            Rule::QuoteNotFound => "Quote not found",
            Rule::UnverifiableQuote => "Unverifiable quote",
            Rule::UncitedQuote => "Uncited quote",
            Rule::QuoteWarning => "Quote warning",
            Rule::DisputedQuote => "Disputed quote",
            Rule::MetadataMismatch => "Metadata mismatch",
            Rule::DocumentWarning => "Document warning",
            Rule::UnreadableInput => "Unreadable input",
        }
    }

    /// A sentence saying what the rule means.
    #[must_use]
    pub fn description(self) -> &'static str {
        match self {
            Rule::DeadLink => "The cited page does not exist: 404 or 410, an unknown host, a refused connection or a missing local file.",
            Rule::ErrorLink => "The cited server failed: a 5xx status after retries (or an error page sent as a success), a TLS or protocol error, or a redirect loop.",
            Rule::TimeoutLink => "The cited server did not answer in time.",
            Rule::Soft404 => "The cited page answers 200 but is really a not-found page (or one standing in for it: a page saying it has moved, a parked domain's, a suspended account's), or a deep link was redirected to the site's home page, a search page or a section above it.",
            Rule::BlockedLink => "The cited page exists but refused the checker (401, 402, 403, 429, a login page, or a bot challenge); check it by hand.",
            Rule::InvalidLink => "The link is not a valid URL.",
            Rule::RedirectedLink => "The cited URL redirects; a permanent redirect names the URL to use instead.",
            Rule::MissingFragment => "The page has no element with the cited #fragment.",
            Rule::Misquote => "A passage close to the quote is on the cited page, but words differ.",
            Rule::PartialQuote => "Some parts of the quote (separated by ellipses) are on the cited page, others are not.",
            Rule::QuoteNotFound => "Nothing close to the quote is on the cited page.",
            Rule::UnverifiableQuote => "The cited page could not be read, so the quote could not be checked.",
            Rule::UncitedQuote => "The quote has no citation to check it against.",
            Rule::QuoteWarning => "The quote matched, but something about it deserves a look, such as an ellipsis that omits a negation.",
            Rule::DisputedQuote => "The quote's words are on the cited page, but the page disputes them: a correction gives them as a misquote, a note says they were removed or withdrawn, the page says they are false or were never said, gives them to someone else or to an interviewer's question, or says it has been retracted.",
            Rule::MetadataMismatch => "A note's title, author or date disagrees with the cited page's own metadata.",
            Rule::DocumentWarning => "A problem found while reading the article, such as a footnote marker without a note.",
            Rule::UnreadableInput => "An input could not be read, so nothing in it was checked; the run is incomplete and exits with status 2.",
        }
    }

    /// The rule for a link status, if that status is a finding at all.
    #[must_use]
    pub fn for_status(status: LinkStatus) -> Option<Rule> {
        Some(match status {
            LinkStatus::Dead => Rule::DeadLink,
            LinkStatus::Error => Rule::ErrorLink,
            LinkStatus::Timeout => Rule::TimeoutLink,
            LinkStatus::Soft404 => Rule::Soft404,
            LinkStatus::Blocked => Rule::BlockedLink,
            LinkStatus::Invalid => Rule::InvalidLink,
            LinkStatus::Redirected => Rule::RedirectedLink,
            LinkStatus::Ok | LinkStatus::Excluded | LinkStatus::Unsupported => return None,
        })
    }

    /// The rule for a verdict, if that verdict is a finding at all.
    #[must_use]
    pub fn for_verdict(verdict: Verdict) -> Option<Rule> {
        Some(match verdict {
            Verdict::Altered => Rule::Misquote,
            Verdict::Partial => Rule::PartialQuote,
            Verdict::NotFound => Rule::QuoteNotFound,
            Verdict::Unverifiable => Rule::UnverifiableQuote,
            Verdict::Uncited => Rule::UncitedQuote,
            Verdict::Verified => return None,
        })
    }
}

/// What a finding is about.
#[derive(Debug, Clone, Copy)]
pub enum Subject<'a> {
    /// A link (at one of its occurrences).
    Link(&'a LinkResult),
    /// A quote.
    Quote(&'a QuoteResult),
    /// A metadata mismatch.
    Metadata(&'a crate::model::MetadataWarning),
    /// A document warning.
    Document(&'a crate::model::Warning),
}

/// One finding at one place in one article: what SARIF calls a result and GitHub an
/// annotation. Links are reported once per occurrence.
#[derive(Debug, Clone)]
pub struct Finding<'a> {
    /// Its kind.
    pub rule: Rule,
    /// Error (fails the run), warning or note.
    pub level: Level,
    /// The article.
    pub file: &'a str,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// One line for people, without the position.
    pub message: String,
    /// The cited URL, if any.
    pub url: Option<&'a str>,
    /// What it is about.
    pub subject: Subject<'a>,
}

/// The tail of the one warning of a document standing for an input that could not be read
/// (`cannot read d/b.md: Permission denied; nothing was read from it`).
pub const UNREADABLE_NOTE: &str = "; nothing was read from it";

/// The detail of an uncited quote whose footnote marker points to no note: the fix is the
/// missing note, not leaving the quote out.
#[must_use]
pub fn dangling_marker_detail(label: &str) -> String {
    format!("no citation: the footnote marker `{label}` after the quote points to no note")
}

/// Whether an uncited quote's detail is [`dangling_marker_detail`]'s.
#[must_use]
pub fn is_dangling_marker_detail(detail: &str) -> bool {
    detail.starts_with("no citation: the footnote marker `")
        && detail.ends_with("points to no note")
}

/// Whether a document's warning stands for an input that could not be read (the run then
/// exits 2): every report shows it as an error, [`Rule::UnreadableInput`].
#[must_use]
pub fn is_unreadable_input(w: &crate::model::Warning) -> bool {
    w.message.ends_with(UNREADABLE_NOTE)
}

/// Whether a finding fails the run by the fail policy (exit status 1): an error, other than
/// an input that could not be read (an error too, but the run then exits 2, and the reports
/// say `1 input could not be read` rather than count it among the findings that fail).
#[must_use]
pub fn fails_by_policy(f: &Finding<'_>) -> bool {
    f.level == Level::Error && f.rule != Rule::UnreadableInput
}

/// How every report states the run's outcome: `None` when it passes, else a short phrase such
/// as `3 findings fail the run`. It agrees with [`FailPolicy::fails`] (and so with the exit
/// status) even when `--fail-on` names something that is not a finding, like `verified`;
/// an input that could not be read (`opts.unreadable`, exit status 2) never passes either.
#[must_use]
pub fn failure_phrase(report: &Report, opts: &ReportOptions, errors: usize) -> Option<String> {
    let unread = match opts.unreadable {
        0 => None,
        1 => Some("1 input could not be read".to_string()),
        n => Some(format!("{n} inputs could not be read")),
    };
    if !opts.fail_policy.fails(report) {
        return unread;
    }
    let findings = match errors {
        0 => "the run fails by --fail-on".to_string(),
        1 => "1 finding fails the run".to_string(),
        n => format!("{n} findings fail the run"),
    };
    Some(match unread {
        Some(u) => format!("{u}; {findings}"),
        None => findings,
    })
}

/// The URLs of the links written as a fragment of their own document (`#section`), each as
/// resolved: a live article's links into itself, as much the article's own as a local
/// file's.
#[must_use]
pub fn in_page_urls(report: &Report) -> std::collections::HashSet<&str> {
    report
        .documents
        .iter()
        .flat_map(|d| &d.links)
        .filter(|l| l.raw.trim_start().starts_with('#'))
        .map(|l| l.url.as_str())
        .collect()
}

/// How many of `report`'s findings fail the run under `policy` and how many are warnings,
/// as every summary for people counts them.
#[must_use]
pub fn finding_counts(report: &Report, policy: &FailPolicy) -> crate::model::FindingCounts {
    let all = findings(report, policy);
    crate::model::FindingCounts {
        failing: all.iter().filter(|f| fails_by_policy(f)).count(),
        warnings: all.iter().filter(|f| f.level == Level::Warning).count(),
    }
}

/// Every finding in the report, most severe first, then by file, line and column.
#[must_use]
pub fn findings<'a>(report: &'a Report, policy: &FailPolicy) -> Vec<Finding<'a>> {
    let mut out = Vec::new();
    let in_page = in_page_urls(report);
    let warn_level = if policy.warnings {
        Level::Error
    } else {
        Level::Warning
    };
    for link in &report.links {
        let rule = Rule::for_status(link.status);
        let fragment_missing = link.fragment == Some(FragmentStatus::Missing);
        for occ in &link.occurrences {
            if let Some(rule) = rule {
                let level = if policy.is_failure_status(link.status) {
                    Level::Error
                } else if link.status == LinkStatus::Redirected {
                    Level::Note
                } else {
                    Level::Warning
                };
                out.push(Finding {
                    rule,
                    level,
                    file: &occ.file,
                    line: occ.line,
                    column: occ.column,
                    message: link_message(link),
                    url: Some(&link.url),
                    subject: Subject::Link(link),
                });
            }
            if fragment_missing {
                out.push(Finding {
                    rule: Rule::MissingFragment,
                    level: if policy.fails_on_link_fragment(&link.url, &in_page) {
                        Level::Error
                    } else {
                        Level::Warning
                    },
                    file: &occ.file,
                    line: occ.line,
                    column: occ.column,
                    message: format!(
                        "{}: no such #fragment on the page{}",
                        link.url,
                        // One form per result: its one fragment's nearest anchor.
                        link.nearest_anchors
                            .values()
                            .next()
                            .map(|a| format!(" (did you mean #{a}?)"))
                            .unwrap_or_default()
                    ),
                    url: Some(&link.url),
                    subject: Subject::Link(link),
                });
            }
        }
    }
    for q in &report.quotes {
        if let Some(rule) = Rule::for_verdict(q.verdict).filter(|_| !policy.is_unlisted_quote(q)) {
            out.push(Finding {
                rule,
                level: if policy.is_failure_quote(q) {
                    Level::Error
                } else {
                    Level::Warning
                },
                file: &q.file,
                line: q.line,
                column: q.column,
                message: quote_message(q, policy.short_quote_exemption(q).as_deref()),
                url: q
                    .checked_url
                    .as_deref()
                    .or(q.cited_urls.first().map(String::as_str)),
                subject: Subject::Quote(q),
            });
        }
        for w in &q.warnings {
            let (rule, level) = if q.is_dispute(w) {
                let level = if policy.disputed {
                    Level::Error
                } else {
                    warn_level
                };
                (Rule::DisputedQuote, level)
            } else {
                (Rule::QuoteWarning, warn_level)
            };
            out.push(Finding {
                rule,
                level,
                file: &q.file,
                line: q.line,
                column: q.column,
                message: format!("{}: {w}", short_quote(&q.text, 60)),
                url: q.checked_url.as_deref(),
                subject: Subject::Quote(q),
            });
        }
    }
    for m in &report.metadata_warnings {
        out.push(Finding {
            rule: Rule::MetadataMismatch,
            level: if policy.metadata {
                Level::Error
            } else {
                Level::Warning
            },
            file: &m.file,
            line: m.line,
            column: m.column,
            // Which note, unless the message says so already.
            message: if m.message.starts_with("note ") {
                m.message.clone()
            } else {
                format!("note {}: {}", m.footnote, m.message)
            },
            url: Some(&m.url),
            subject: Subject::Metadata(m),
        });
    }
    for doc in &report.documents {
        for w in &doc.warnings {
            let unreadable = is_unreadable_input(w);
            out.push(Finding {
                rule: if unreadable {
                    Rule::UnreadableInput
                } else {
                    Rule::DocumentWarning
                },
                level: if unreadable { Level::Error } else { warn_level },
                file: &doc.file,
                line: w.line,
                column: w.column,
                message: w.message.clone(),
                url: None,
                subject: Subject::Document(w),
            });
        }
    }
    out.sort_by(|a, b| {
        (a.level, a.file, a.line, a.column, a.rule)
            .cmp(&(b.level, b.file, b.line, b.column, b.rule))
    });
    out
}

/// The findings a report for people shows as blocks: a quote with several warnings once, at
/// its first (its block lists every warning), not once per warning.
pub(crate) fn one_block_per_quote<'a, 'b>(all: &[&'b Finding<'a>]) -> Vec<&'b Finding<'a>> {
    let mut shown: Vec<&QuoteResult> = Vec::new();
    all.iter()
        .copied()
        .filter(|f| match (f.rule, &f.subject) {
            (Rule::QuoteWarning | Rule::DisputedQuote, Subject::Quote(q)) => {
                if shown.iter().any(|s| std::ptr::eq(*s, *q)) {
                    false
                } else {
                    shown.push(q);
                    true
                }
            }
            _ => true,
        })
        .collect()
}

/// What a report for people says of a result taken from the cache (`--cache`): it may be
/// stale (a page mended since, a server back up), and looked like a fresh check.
#[must_use]
pub fn cached_note(link: &LinkResult) -> Option<String> {
    if !link.cached {
        return None;
    }
    Some(match &link.checked_at {
        Some(t) => format!(
            "result from the cache, checked {} UTC",
            t.trim_end_matches('Z').replacen('T', " ", 1)
        ),
        None => "result from the cache".to_string(),
    })
}

/// What a report for people says of a link the cache has seen failing before
/// (`failing since 2026-11-20 08:00:00 UTC`), from the JSON's `failing_since`.
#[must_use]
pub fn failing_since_note(link: &LinkResult) -> Option<String> {
    let t = link.failing_since.as_deref()?;
    Some(format!(
        "failing since {} UTC",
        t.trim_end_matches('Z').replacen('T', " ", 1)
    ))
}

/// One line about a link: status, HTTP code, URL and detail.
fn link_message(link: &LinkResult) -> String {
    let mut s = format!("{} link", link.status.as_str());
    if let Some(problem) = redirect_heading(link) {
        s.push_str(&format!(" ({problem})"));
    } else if let Some(code) = link.http_status.filter(|c| !says_code(link, *c)) {
        s.push_str(&format!(" (HTTP {code})"));
    }
    s.push_str(": ");
    s.push_str(&link.url);
    if !link.detail.is_empty() {
        s.push_str(" — ");
        s.push_str(&link.detail);
    }
    if let Some(instead) = use_instead_unsaid(link) {
        s.push_str(&format!(" (use {instead} instead)"));
    }
    if let Some(note) = cached_note(link) {
        s.push_str(&format!(" ({note})"));
    }
    s
}

/// A redirect chain that failed as a chain, named with its hops as the JSON's `detail` and
/// `redirects` give them: `redirect loop, 2 redirects`, `too many redirects, 11 redirects`.
/// Its last hop's status (a `302`) is no failure of the server, so a report heads such a
/// link with this instead. `None` for any other result.
pub(crate) fn redirect_problem(link: &LinkResult) -> Option<String> {
    if link.status != LinkStatus::Error {
        return None;
    }
    let what = if link.detail.starts_with("redirect loop") {
        "redirect loop"
    } else if link.detail.starts_with("too many redirects") {
        "too many redirects"
    } else {
        return None;
    };
    Some(format!(
        "{what}, {}",
        plural(link.redirects.len(), "redirect", "redirects")
    ))
}

/// What heads a link whose redirects decided its result, in place of the last page's
/// status: a loop or too long a chain ([`redirect_problem`]), or where a redirect sent it
/// ([`redirected_to`]).
pub(crate) fn redirect_heading(link: &LinkResult) -> Option<String> {
    redirect_problem(link).or_else(|| redirected_to(link).map(str::to_string))
}

/// Where a redirect sent a link the fetcher judged by that place (`redirected to a login
/// page`, `redirected to the site's home page`): a report heads such a link by it, not by
/// the status of the page it was sent to (`blocked link (HTTP 200)` read as if the cited
/// page had answered 200).
pub(crate) fn redirected_to(link: &LinkResult) -> Option<&str> {
    if link.redirects.is_empty()
        || !matches!(link.status, LinkStatus::Blocked | LinkStatus::Soft404)
    {
        return None;
    }
    let d = link.detail.as_str();
    let from = d.find("redirected to ")?;
    let rest = &d[from..];
    let end = rest.find(" (").unwrap_or(rest.len());
    Some(&rest[..end])
}

/// Whether a link's detail says its HTTP status already (`HTTP 404 Not Found`, `server
/// error: HTTP 500 Internal Server Error`, `rate limited (HTTP 429)`): a report then does
/// not say the code twice (`HTTP 500 — server error: HTTP 500 …`).
pub(crate) fn says_code(link: &LinkResult, code: u16) -> bool {
    let said = format!("HTTP {code}");
    link.detail
        .match_indices(&said)
        .any(|(i, _)| !link.detail[i + said.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

/// The URL to use instead of a permanently redirected link, when its detail does not
/// already say it (the fetcher's detail ends `permanent redirect: use X instead`): a
/// report adds it only then, so it is said once.
pub(crate) fn use_instead_unsaid(link: &LinkResult) -> Option<&str> {
    let instead = link.use_instead.as_deref()?;
    let said = link.detail.contains(&format!("use {instead} instead"));
    (!said).then_some(instead)
}

/// One line about a quote: verdict, the quote (shortened), detail and first difference;
/// for a short quote not found that is only a warning, why (`exemption`).
fn quote_message(q: &QuoteResult, exemption: Option<&str>) -> String {
    let mut s = match exemption {
        Some(why) => format!("short quote not found {} ({why})", short_quote(&q.text, 80)),
        None => format!(
            "{} quote {}",
            q.verdict.as_str().replace('_', " "),
            short_quote(&q.text, 80)
        ),
    };
    if !q.detail.is_empty() {
        s.push_str(" — ");
        s.push_str(&q.detail);
    }
    let diffs: Vec<String> = q.differences.iter().take(3).map(difference_text).collect();
    if !diffs.is_empty() {
        s.push_str(" (");
        s.push_str(&diffs.join("; "));
        if q.differences.len() > 3 {
            s.push_str(&format!("; {} more", q.differences.len() - 3));
        }
        s.push(')');
    }
    s
}

// Private-use sentinels mark differing words before escaping and wrapping; every format
// replaces them afterwards with its own markup (markers, colour, `**`, `<mark>`). `clean`
// removes any that arrive in input, so a page cannot forge them.
pub(crate) const A_OPEN: char = '\u{E000}';
pub(crate) const A_CLOSE: char = '\u{E001}';
pub(crate) const S_OPEN: char = '\u{E002}';
pub(crate) const S_CLOSE: char = '\u{E003}';

/// Whether `c` is a bidirectional embedding, override or isolate (U+202A–U+202E,
/// U+2066–U+2069): shown as it is, text after it reads reversed, so the reports people read
/// write it as an escape (`\u{202e}`).
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Writes control characters as escapes (`\u{1b}`: a hostile page must not move a
/// terminal's cursor or break a format, and dropping them would hide what the text holds;
/// the text report of `extract` writes them so too), and the bidirectional embeddings,
/// overrides and isolates (`\u{202e}`: shown reversed, a quotation would read as what it is
/// not); removes the marking sentinels, and folds whitespace runs to one space.
pub(crate) fn clean(s: &str) -> String {
    let mut replaced = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_whitespace() {
            replaced.push(' ');
        } else if is_bidi_control(c) || c.is_control() {
            replaced.push_str(&c.escape_unicode().to_string());
        } else if !(A_OPEN..=S_CLOSE).contains(&c) {
            replaced.push(c);
        }
    }
    replaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The quote's words with its differing words marked (`A_OPEN`…`A_CLOSE`), and the page's
/// matched words with theirs marked (`S_OPEN`…`S_CLOSE`), both cleaned and cut at `max`
/// characters.
pub(crate) fn marked_sides(q: &QuoteResult, max: usize) -> (String, Option<String>) {
    use crate::model::DiffKind;
    let article_marks: Vec<&str> = q
        .differences
        .iter()
        .filter(|d| d.kind != DiffKind::Dropped)
        .map(|d| d.quote.as_str())
        .collect();
    let source_marks: Vec<&str> = q
        .differences
        .iter()
        .filter(|d| d.kind != DiffKind::Added)
        .map(|d| d.source.as_str())
        .collect();
    let article = mark(
        &truncate(&clean(&q.text), max),
        &article_marks,
        A_OPEN,
        A_CLOSE,
    );
    let source = q
        .matched_text
        .as_ref()
        .map(|m| mark(&truncate(&clean(m), max), &source_marks, S_OPEN, S_CLOSE));
    (article, source)
}

/// Surrounds the first whole-word occurrence of each needle (in order, left to right) with
/// `open` and `close`. Case-insensitive, because the source side may be normalised.
pub(crate) fn mark(text: &str, needles: &[&str], open: char, close: char) -> String {
    let lower = text.to_lowercase();
    // `to_lowercase` can change byte lengths for some scripts; only then fall back to
    // unmarked text rather than risk slicing mid-character.
    if lower.len() != text.len() {
        return text.to_string();
    }
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for needle in needles {
        let n = needle.trim().to_lowercase();
        if n.is_empty() {
            continue;
        }
        let mut search = from;
        while let Some(rel) = lower.get(search..).and_then(|s| s.find(&n)) {
            let start = search + rel;
            let end = start + n.len();
            let before_ok = lower[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = lower[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                ranges.push((start, end));
                from = end;
                break;
            }
            search = start + lower[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    let mut out = String::with_capacity(text.len() + ranges.len() * 6);
    let mut pos = 0;
    for (s, e) in ranges {
        out.push_str(&text[pos..s]);
        out.push(open);
        out.push_str(&text[s..e]);
        out.push(close);
        pos = e;
    }
    out.push_str(&text[pos..]);
    out
}

/// A difference in words: `"12" → "21" (number changed)`.
pub(crate) fn difference_text(d: &crate::model::Difference) -> String {
    use crate::model::DiffKind;
    if d.kind == DiffKind::Added && d.note.as_deref() == Some(crate::verify::PART_NOT_FOUND) {
        return format!("part not on the page: “{}”", d.quote);
    }
    let (quote, source) = (clip_middle(&d.quote), clip_middle(&d.source));
    let mut s = match d.kind {
        DiffKind::Changed => format!("article says “{quote}”, source says “{source}”"),
        DiffKind::Added => format!("article adds “{quote}”"),
        DiffKind::Dropped => format!("article drops “{source}”"),
    };
    if let Some(note) = &d.note {
        s.push_str(&format!(" [{note}]"));
    }
    s
}

/// Longest side of a difference shown whole in a report for people (the JSON keeps it all):
/// a long reordered quote's difference repeated the whole quote and passage.
const DIFFERENCE_SHOWN: usize = 240;

/// `s` whole when short, else its first and last words around `…` (at whole words), about
/// [`DIFFERENCE_SHOWN`] characters in all, with how many words were left out.
fn clip_middle(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().count() <= DIFFERENCE_SHOWN {
        return std::borrow::Cow::Borrowed(s);
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let (mut head, mut chars) = (0, 0);
    while head < words.len() && chars + words[head].chars().count() < DIFFERENCE_SHOWN * 3 / 5 {
        chars += words[head].chars().count() + 1;
        head += 1;
    }
    let (mut tail, mut chars) = (0, 0);
    while tail + head < words.len()
        && chars + words[words.len() - 1 - tail].chars().count() < DIFFERENCE_SHOWN / 3
    {
        chars += words[words.len() - 1 - tail].chars().count() + 1;
        tail += 1;
    }
    let left_out = words.len() - head - tail;
    if left_out == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(format!(
        "{} \u{2026} [{}] \u{2026} {}",
        words[..head].join(" "),
        plural(left_out, "word", "words"),
        words[words.len() - tail..].join(" ")
    ))
}

/// A quote in curly quotes, cut at `max` characters with an ellipsis.
pub(crate) fn short_quote(text: &str, max: usize) -> String {
    // Cut at a word's end, and said outside the quotation marks: an ellipsis inside them
    // reads as words the article itself left out.
    let words: Vec<&str> = text.split_whitespace().collect();
    let whole = words.join(" ");
    if whole.chars().count() <= max {
        return format!("“{whole}”");
    }
    // Room for the ` (+12 words)` after it.
    let room = max.saturating_sub(12);
    let mut kept = String::new();
    let mut n = 0;
    for w in &words {
        if n > 0 && kept.chars().count() + 1 + w.chars().count() > room {
            break;
        }
        if n > 0 {
            kept.push(' ');
        }
        kept.push_str(w);
        n += 1;
    }
    match words.len() - n {
        0 => format!("“{kept}”"),
        1 => format!("“{kept}” (+1 word)"),
        more => format!("“{kept}” (+{more} words)"),
    }
}

/// `n` and its noun, singular for one: `1 link`, `3 links`.
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `text` on one line (whitespace runs folded), cut at `max` characters with `…`.
pub(crate) fn truncate(text: &str, max: usize) -> String {
    let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= max {
        return folded;
    }
    let cut: String = folded.chars().take(max.saturating_sub(1)).collect();
    // At a word's end where one is near (`since thre…` read as a word of the page's).
    let whole_words = match cut.rfind(' ') {
        Some(k) if k >= cut.len() / 2 => cut.get(..k).unwrap_or(&cut),
        _ => &cut,
    };
    format!("{}…", whole_words.trim_end())
}

/// Whether a URL may be shown as a clickable link: only `http`, `https` and `file`.
pub(crate) fn is_safe_href(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https" | "file"))
}

/// The files a report covers, in document order, then any others named by results.
pub(crate) fn files(report: &Report) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for name in report
        .documents
        .iter()
        .map(|d| d.file.as_str())
        .chain(
            report
                .links
                .iter()
                .flat_map(|l| l.occurrences.iter().map(|o| o.file.as_str())),
        )
        .chain(report.quotes.iter().map(|q| q.file.as_str()))
        .chain(report.metadata_warnings.iter().map(|m| m.file.as_str()))
    {
        if seen.insert(name) {
            out.push(name);
        }
    }
    out
}

/// Elapsed time for people: `850 ms`, `12.3 s`, `2 min 5 s`.
pub(crate) fn human_duration(ms: u64) -> String {
    if ms < 1000 {
        format!("{ms} ms")
    } else if ms < 60_000 {
        format!("{:.1} s", ms as f64 / 1000.0)
    } else {
        format!("{} min {} s", ms / 60_000, (ms % 60_000) / 1000)
    }
}

/// The summary count of a status (0 when missing).
pub(crate) fn status_count(report: &Report, status: LinkStatus) -> usize {
    report
        .summary
        .statuses
        .get(status.as_str())
        .copied()
        .unwrap_or(0)
}

/// `421 links`, and how many of them the cache answered (`421 links (66 from the cache)`):
/// a run with `--cache` says how much of it was checked again.
pub(crate) fn links_phrase(report: &Report) -> String {
    let n = report.summary.links;
    let cached = report.links.iter().filter(|l| l.cached).count();
    let mut phrase = plural(n, "link", "links");
    if cached > 0 {
        phrase.push_str(&format!(" ({cached} from the cache)"));
    }
    phrase
}

/// Links whose page was fetched but has no element for their `#fragment`, whatever their
/// status (counted among the statuses too): the summary's `missing_fragments`.
pub(crate) fn missing_fragments(links: &[LinkResult]) -> usize {
    links
        .iter()
        .filter(|l| l.fragment == Some(FragmentStatus::Missing))
        .count()
}

/// Of the `total` links counted by [`missing_fragments`], how many fail the run (one of
/// `all`'s findings on them is an error: a local file's, by default) and how many are only
/// warned about (a fetched page's): the summary tables gave all of them ❌ when one failed.
pub(crate) fn fragment_split(all: &[Finding<'_>], total: usize) -> (usize, usize) {
    let failing: std::collections::HashSet<&str> = all
        .iter()
        .filter(|f| f.rule == Rule::MissingFragment && f.level == Level::Error)
        .filter_map(|f| f.url)
        .collect();
    let failing = failing.len().min(total);
    (failing, total - failing)
}

/// The summary count of a verdict (0 when missing).
/// Quotes whose cited page disputes their words ([`QuoteResult::disputes`]), whatever their
/// verdict.
pub(crate) fn disputed_count(report: &Report) -> usize {
    report
        .quotes
        .iter()
        .filter(|q| !q.disputes.is_empty())
        .count()
}

pub(crate) fn verdict_count(report: &Report, verdict: Verdict) -> usize {
    report
        .summary
        .verdicts
        .get(verdict.as_str())
        .copied()
        .unwrap_or(0)
}

/// What a quote's `fragment_link` is called: the passage found (`evidence`), or for a quote
/// not found the nearest passage it names (a paraphrase's source), which is no evidence.
pub(crate) fn link_label(q: &crate::model::QuoteResult) -> &'static str {
    if q.verdict == crate::model::Verdict::NotFound {
        "nearest passage"
    } else {
        "evidence"
    }
}

#[cfg(test)]
mod tests {

    /// Local files are shown relative to the working folder, inside it and up to three
    /// folders above it (`../../static/img/x.png`, run from `content/guides`: it was
    /// `file:///ci/repo/static/img/x.png`); a folder above is replaced only where a path
    /// starts, never inside a web address, and the file system's top folders stay absolute.
    #[test]
    fn local_files_are_shown_relative_to_the_working_folder_and_above() {
        let opts = super::ReportOptions {
            base_dir: Some("/home/ci/repo/content/guides".into()),
            ..super::ReportOptions::default()
        };
        let shown = |s: &str| opts.shown(s).into_owned();
        assert_eq!(
            shown("file:///home/ci/repo/content/guides/a.md#x"),
            "a.md#x"
        );
        assert_eq!(
            shown("file:///home/ci/repo/static/img/missing%20chart.png"),
            "../../static/img/missing chart.png"
        );
        assert_eq!(
            shown("no such file: /home/ci/repo/content/b.md"),
            "no such file: ../b.md"
        );
        assert_eq!(
            shown("see https://example.org/home/ci/repo/x and /home/ci/repo/y.md"),
            "see https://example.org/home/ci/repo/x and ../../y.md"
        );
        // `/home/ci` is three folders up, the last taken; `/home` is not.
        assert_eq!(shown("file:///home/ci/z.md"), "../../../z.md");
        assert_eq!(shown("file:///home/other/z.md"), "file:///home/other/z.md");
        assert_eq!(shown("file:///etc/z.md"), "file:///etc/z.md");
    }

    /// Regression (fifty-first session's evaluation): a long passage was cut inside a word
    /// (`since thre…`), and the terminal added the context's `…` to the cut's (`thre……`).
    #[test]
    fn a_passage_is_cut_at_a_words_end() {
        assert_eq!(
            super::truncate(
                "rather than another trust-wide initiative, since three wards",
                53
            ),
            "rather than another trust-wide initiative, since…"
        );
        // No space in the second half: cut where it falls.
        assert_eq!(
            super::truncate("a Donaudampfschiffahrtsgesellschaft", 20),
            "a Donaudampfschiffa…"
        );
        assert_eq!(super::truncate("short enough", 40), "short enough");
    }

    /// Regression (review-ux): a verified quote with two warnings was shown twice in the
    /// terminal report and the Markdown comment, each block listing both warnings. Once now.
    #[test]
    fn a_quote_with_two_warnings_is_one_block() {
        let mut r = super::sample::report();
        let q = r
            .quotes
            .iter_mut()
            .find(|q| q.verdict == Verdict::Verified)
            .expect("a verified quote");
        q.warnings = vec!["first worry".into(), "second worry".into()];
        let (file, line, column) = (q.file.clone(), q.line, q.column);
        for format in [Format::Terminal, Format::Markdown] {
            let mut out = Vec::new();
            write_report(&r, format, &ReportOptions::default(), &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert_eq!(text.matches("first worry").count(), 1, "{format:?}: {text}");
            assert_eq!(
                text.matches("second worry").count(),
                1,
                "{format:?}: {text}"
            );
            let pos = format!("{file}:{line}:{column}");
            assert!(text.contains(&pos), "{format:?}: {text}");
        }
    }
    use super::*;

    /// A long difference is shown by its ends in reports for people (a 250-word reordered
    /// quote filled the terminal twice over); a short one whole.
    #[test]
    fn long_differences_are_shown_by_their_ends() {
        let long: Vec<String> = (0..250).map(|i| format!("word{i}")).collect();
        let d = crate::model::Difference {
            kind: crate::model::DiffKind::Changed,
            quote: long.join(" "),
            source: "short source".into(),
            note: None,
        };
        let t = difference_text(&d);
        assert!(t.chars().count() < 400, "{t}");
        assert!(t.contains("word0 ") && t.contains(" word249"), "{t}");
        assert!(t.contains("words] \u{2026}"), "{t}");
        assert!(t.contains("“short source”"), "{t}");
    }

    #[test]
    fn formats_parse_and_list_valid_names() {
        assert_eq!("text".parse::<Format>(), Ok(Format::Terminal));
        assert_eq!("SARIF".parse::<Format>(), Ok(Format::Sarif));
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>(), Ok(f));
        }
        let err = "pdf".parse::<Format>().unwrap_err().to_string();
        assert!(
            err.contains("`pdf`") && err.contains("junit") && err.contains("github"),
            "{err}"
        );
    }

    #[test]
    fn default_policy_is_the_documented_default() {
        let p = FailPolicy::default();
        for s in LinkStatus::ALL {
            let expected = crate::config::DEFAULT_FAIL_ON.contains(&s.as_str());
            assert_eq!(p.is_failure_status(s), expected, "{s:?}");
        }
        for v in Verdict::ALL {
            let expected = crate::config::DEFAULT_FAIL_ON.contains(&v.as_str());
            assert_eq!(p.is_failure_verdict(v), expected, "{v:?}");
        }
        assert!(!p.fails_on_metadata() && !p.fails_on_warnings());
        assert_ne!(p, FailPolicy::never());
    }

    #[test]
    fn unknown_fail_on_name_is_an_option_error_listing_names() {
        let err = FailPolicy::from_names(&["dead".into(), "broken".into()]).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, Error::Option { ref option, .. } if option == "--fail-on"));
        assert!(
            msg.contains("`broken`") && msg.contains("soft_404") && msg.contains("metadata"),
            "{msg}"
        );
        let p = FailPolicy::from_names(&["Not-Found".into(), "soft-404".into(), "metadata".into()])
            .unwrap();
        assert!(p.is_failure_verdict(Verdict::NotFound));
        assert!(p.is_failure_status(LinkStatus::Soft404));
        assert!(!p.is_failure_status(LinkStatus::Dead));
        assert!(p.fails_on_metadata());
    }

    #[test]
    fn fails_follows_the_policy() {
        let report = sample::report();
        assert!(FailPolicy::default().fails(&report));
        assert!(!FailPolicy::never().fails(&report));
        let only_blocked = FailPolicy::from_names(&["blocked".into()]).unwrap();
        assert!(only_blocked.fails(&report));
        let mut clean = sample::report();
        clean.links.retain(|l| l.status == LinkStatus::Ok);
        clean.quotes.retain(|q| q.verdict == Verdict::Verified);
        clean.metadata_warnings.clear();
        for d in &mut clean.documents {
            d.warnings.clear();
        }
        assert!(!FailPolicy::default().fails(&clean));
        let warnings = FailPolicy::from_names(&["warnings".into()]).unwrap();
        assert!(
            warnings.fails(&clean),
            "the verified quote carries a warning"
        );
    }

    #[test]
    fn findings_are_sorted_most_severe_first() {
        let report = sample::report();
        let f = findings(&report, &FailPolicy::default());
        assert!(f.windows(2).all(|w| w[0].level <= w[1].level));
        assert_eq!(f.first().map(|x| x.level), Some(Level::Error));
        assert!(f
            .iter()
            .any(|x| x.rule == Rule::RedirectedLink && x.level == Level::Note));
        assert!(f
            .iter()
            .any(|x| x.rule == Rule::BlockedLink && x.level == Level::Warning));
    }

    /// The sample report with nothing wrong but one short quote not found.
    fn one_short_quote_not_found() -> Report {
        let mut report = sample::report();
        report.links.retain(|l| l.status == LinkStatus::Ok);
        report.metadata_warnings.clear();
        for d in &mut report.documents {
            d.warnings.clear();
        }
        report.quotes.retain(|q| q.verdict == Verdict::Verified);
        let mut q = report.quotes.first().cloned().expect("a verified quote");
        q.warnings.clear();
        q.verdict = Verdict::NotFound;
        q.short = true;
        report.quotes = vec![q];
        report
    }

    /// A short quote (a scare quote or a title, most likely) that its page does not contain is
    /// a warning unless `short_quotes` is named; a long one, or a short one altered, fails.
    #[test]
    fn short_quotes_not_found_are_warnings_by_default() {
        let mut report = one_short_quote_not_found();
        let default = FailPolicy::default();
        assert!(!default.fails(&report));
        let f = findings(&report, &default);
        assert!(f
            .iter()
            .any(|x| x.rule == Rule::QuoteNotFound && x.level == Level::Warning));
        let names = ["not_found".to_string(), "short-quotes".to_string()];
        assert!(FailPolicy::from_names(&names).unwrap().fails(&report));
        for (short, verdict) in [(false, Verdict::NotFound), (true, Verdict::Altered)] {
            if let Some(q) = report.quotes.first_mut() {
                q.short = short;
                q.verdict = verdict;
            }
            assert!(default.fails(&report), "{short} {verdict:?}");
        }
    }

    /// `default` stands for the default set, so `default,short_quotes` (the words every
    /// report's hint gives) adds to it; `short_quotes` alone had dropped `not_found` and
    /// failed nothing.
    #[test]
    fn default_names_the_default_set_and_can_be_added_to() {
        let names = |n: &[&str]| n.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        let default = FailPolicy::from_names(&names(&["default"])).unwrap();
        assert_eq!(default, FailPolicy::default());
        assert_eq!(
            FailPolicy::from_names(&names(&["Default", "dead"])).unwrap(),
            FailPolicy::default()
        );
        let more =
            FailPolicy::from_names(&names(&["default", "short_quotes", "metadata"])).unwrap();
        assert!(
            more.is_failure_verdict(Verdict::NotFound) && more.is_failure_status(LinkStatus::Dead)
        );
        assert!(more.short_quotes && more.fails_on_metadata() && !more.fails_on_warnings());
        assert!(FailPolicy::valid_names().contains(&"default"));
        let report = one_short_quote_not_found();
        let q = report.quotes.first().cloned().expect("the quote");
        assert!(!default.fails(&report));
        assert!(more.fails(&report));
        let hint = default.short_quote_exemption(&q).expect("exempt");
        assert!(
            hint.ends_with("a warning unless --fail-on default,short_quotes"),
            "{hint}"
        );
        assert!(FailPolicy::from_names(&names(&["default", "short_quotes"]))
            .unwrap()
            .short_quote_exemption(&q)
            .is_none());
    }

    /// Regression: `--fail-on verified` (or `ok`, `excluded`) was accepted but never failed;
    /// then (thirty-seventh session) it failed the run while GitHub's annotations and SARIF
    /// showed no error, and the HTML report no failure: no report could say why. A status
    /// or verdict that is never a problem is an option error, as an unknown name is; so is
    /// an empty name in a list (`dead,,altered`), while `''` alone never fails.
    #[test]
    fn fail_on_names_that_are_never_problems_or_empty_are_errors() {
        let names = |n: &[&str]| n.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        for name in ["verified", "ok", "excluded", "unsupported", "OK"] {
            let err = FailPolicy::from_names(&names(&[name]))
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("never a problem") && err.contains(name),
                "{err}"
            );
        }
        for list in [&["dead", "", "altered"][..], &["", ""], &["dead", " "]] {
            let err = FailPolicy::from_names(&names(list))
                .unwrap_err()
                .to_string();
            assert!(err.contains("an empty name"), "{err}");
        }
        let report = sample::report();
        assert!(!FailPolicy::from_names(&names(&[""]))
            .unwrap()
            .fails(&report));
        assert!(!FailPolicy::valid_names().contains(&"ok"));
        assert!(FailPolicy::valid_names().contains(&"redirected"));
    }

    /// Regression: with `--fail-on` naming only what does not fail this report the exit
    /// status was 1 but every report's result line still said the run passed (it counted
    /// only failing findings). Here `redirected`, a note unless named.
    #[test]
    fn every_report_states_the_outcome_the_exit_status_gives() {
        let report = sample::report();
        let names = vec!["redirected".to_string()];
        let opts = ReportOptions {
            fail_policy: FailPolicy::from_names(&names).unwrap(),
            ..ReportOptions::default()
        };
        assert!(opts.fail_policy.fails(&report));
        for (format, needle) in [
            (Format::Terminal, "Result: FAILED"),
            (Format::Markdown, "## citecheck: ❌"),
            (Format::Html, "class=\"result fail\""),
        ] {
            let mut out = Vec::new();
            write_report(&report, format, &opts, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(
                text.contains(needle),
                "{format:?}: {needle} not in the report"
            );
        }
    }

    #[test]
    fn safe_hrefs() {
        assert!(is_safe_href("https://example.org/a"));
        assert!(is_safe_href("file:///tmp/a.md"));
        assert!(!is_safe_href("javascript:alert(1)"));
        assert!(!is_safe_href("JaVaScRiPt:alert(1)"));
        assert!(!is_safe_href("data:text/html,<script>"));
        assert!(!is_safe_href("not a url"));
    }
}
