//! The command line, declared with clap derive.
//!
//! House rules: help text comes from the `///` comments; no defaults live here (they are the
//! `DEFAULT_*` constants in `citecheck::config`, applied after merging with the config file);
//! every flag maps onto a `Config` field in [`CommonArgs::to_config`] / [`CheckArgs::to_config`].

use std::path::PathBuf;

use citecheck::config::Config;
use clap::{Args, Parser, Subcommand};

/// Checks an article's citations: links, footnotes, and whether each quote really appears on
/// the page it cites.
///
/// Exit status: 0 nothing wrong, 1 findings (see --fail-on), 2 usage, config or input error.
#[derive(Debug, Parser)]
#[command(name = "citecheck", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// What `check --help` ends with: the exit statuses, and how the command line and
/// citecheck.toml combine (held-out evaluation, thirty-ninth session: neither was said).
const CHECK_AFTER_HELP: &str = "Exit status: 0 nothing --fail-on names was found, 1 \
    findings that fail the run, 2 a usage, config or input error.\n\nAn option given on the \
    command line replaces the config file's value for it, lists too (--exclude replaces the \
    file's `exclude` list, it does not add to it). The file's keys are the long options' \
    names (`exclude-path`, `host-concurrency`, `header`): see docs/configuration.md or \
    citecheck.example.toml.";

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every link, footnote and quote found in the inputs, without fetching anything
    /// they cite.
    ///
    /// Exit status 1 when a document has a warning (a marker with no note, a note never
    /// referenced, undecodable bytes, an input cut at 64 MiB), 2 for a usage, config or input
    /// error.
    #[command(args_override_self = true)]
    Extract(Box<ExtractArgs>),
    /// Fetch every cited source, classify each link, and verify each quote against the page
    /// it cites.
    // An option given twice takes its last value (`--timeout 5s … --timeout 30s`), as a CI
    // wrapper appending its overrides to a base command line expects; it was a usage error.
    // Repeatable options (`--exclude`, `--header`) still add up.
    #[command(after_help = CHECK_AFTER_HELP, args_override_self = true)]
    Check(Box<CheckArgs>),
    /// Run a full check of a bundled example article against bundled sources served on
    /// loopback (offline), and write citecheck-report.html.
    Demo(DemoArgs),
}

/// Options shared by every subcommand that reads articles.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Files, folders (walked recursively, honouring .gitignore), `-` for standard input, or
    /// http(s):// URLs of live articles.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<String>,

    /// Parse inputs as this format instead of detecting it from the name or content.
    #[arg(long, value_name = "auto|markdown|html|text|rst|org")]
    pub input_format: Option<String>,

    /// Base URL for resolving relative links (default: the file's folder or the article's URL).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,

    /// The folder that root-relative links (`/img/logo.png`) in local files point into, such
    /// as a static site's source folder (default: none; such links are left unresolved).
    #[arg(long, value_name = "DIR")]
    pub root_dir: Option<PathBuf>,

    /// Only read files matching this glob from folders (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,

    /// Skip paths matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude_path: Vec<String>,

    /// Quotes with fewer words are flagged `short` [default: 5].
    #[arg(long, value_name = "N")]
    pub min_quote_words: Option<usize>,

    /// Write the main report to this file instead of standard output (`-`: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Read options from this file (default: citecheck.toml in this folder or above).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Do not read any citecheck.toml, nor a .citecheckignore (a hermetic run: only the
    /// command line counts; not with --config).
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

impl CommonArgs {
    /// The options given on the command line, as a config layer.
    pub fn to_config(&self) -> Config {
        Config {
            input_format: self.input_format.clone(),
            base_url: self.base_url.clone(),
            root_dir: self
                .root_dir
                .as_ref()
                .map(|p| p.to_string_lossy().into_owned()),
            glob: non_empty(&self.glob),
            exclude_path: non_empty(&self.exclude_path),
            min_quote_words: self.min_quote_words,
            ..Config::default()
        }
    }
}

/// `citecheck extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub common: CommonArgs,

    /// Output format: text (or terminal) or json [default: text, or the config's format
    /// when it is one of these].
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Timeout for fetching an article given as a URL, its redirects included [default:
    /// 20s].
    #[arg(long, value_name = "DURATION")]
    pub timeout: Option<String>,
}

/// `citecheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub common: CommonArgs,

    /// Output format: terminal (or text), json, markdown, html, junit, sarif, github
    /// [default: terminal].
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Also write a report in another format from the same run, e.g. json=out.json
    /// (repeatable).
    #[arg(long, value_name = "FORMAT=PATH")]
    pub report: Vec<String>,

    /// Statuses and verdicts that make the exit status 1, comma-separated
    /// [default: dead,error,timeout,soft_404,altered,partial,not_found,disputed,local_fragment]
    /// (disputed: a quote whose page disputes its words; local_fragment: a #fragment missing
    /// from a local file or the article); also missing_fragment (any page's), metadata,
    /// warnings (the documents' and the quotes' warnings and missing fragments; a link
    /// status such as blocked or invalid is named itself), and short_quotes (a short quote
    /// not found fails too). The list replaces the
    /// default one; `default` stands for it, so default,short_quotes adds to it. '' never
    /// fails; ok, excluded, unsupported and verified are never problems, and not accepted.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub fail_on: Vec<String>,

    /// When to use colour: auto, always, never [default: auto; a non-empty NO_COLOR turns it
    /// off].
    #[arg(long, value_name = "WHEN")]
    pub color: Option<String>,

    /// Never show the progress bar.
    #[arg(long)]
    pub no_progress: bool,

    /// Terminal report: also list every link that passed (ok, or excluded and not
    /// checked), each where it is cited, not only the problems and a count.
    #[arg(short, long)]
    pub verbose: bool,

    /// Write nothing to standard output and show no progress bar: the exit status says the
    /// result, errors and warnings still go to standard error, and the reports named with
    /// --output FILE and --report FORMAT=FILE are still written (--format and --verbose only
    /// with --output FILE).
    #[arg(short, long)]
    pub quiet: bool,

    #[command(flatten, next_help_heading = "Fetching")]
    pub fetch: FetchArgs,
}

/// Fetching options.
#[derive(Debug, Args)]
pub struct FetchArgs {
    /// Requests in flight at once, all hosts together [default: 128].
    #[arg(long, value_name = "N")]
    pub max_concurrency: Option<usize>,

    /// Requests in flight at once to one host [default: 8].
    #[arg(long, value_name = "N")]
    pub host_concurrency: Option<usize>,

    /// Minimum time between two requests to one host, e.g. 200ms [default: none].
    #[arg(long, value_name = "DURATION")]
    pub host_interval: Option<String>,

    /// Timeout for each request, e.g. 20s [default: 20s].
    #[arg(long, value_name = "DURATION")]
    pub timeout: Option<String>,

    /// Retries for resets, 408, 429 and 5xx [default: 2], at most 10; a timeout is retried
    /// once at most (not at all with 0).
    #[arg(long, value_name = "N")]
    pub max_retries: Option<u32>,

    /// Longest Retry-After to honour; a longer one is reported as blocked [default: 60s].
    #[arg(long, value_name = "DURATION")]
    pub max_retry_wait: Option<String>,

    /// Redirects to follow at most [default: 10].
    #[arg(long, value_name = "N")]
    pub max_redirects: Option<usize>,

    /// Most bytes to read of one body, after decompression [default: 10MiB].
    #[arg(long, value_name = "SIZE")]
    pub max_body: Option<String>,

    /// User agent to send [default: citecheck/VERSION (citation checker)].
    #[arg(long, value_name = "UA")]
    pub user_agent: Option<String>,

    /// Extra header "Name: value", or "host=Name: value" for one host (or "host:port=…" for
    /// one port of it; repeatable).
    #[arg(long, short = 'H', value_name = "HEADER")]
    pub header: Vec<String>,

    /// Statuses to accept as ok besides 2xx, e.g. 403,500..=599 (also 500-599, or 500..600
    /// without its end; repeatable or comma-separated).
    #[arg(long, value_name = "RANGES", value_delimiter = ',')]
    pub accept: Vec<String>,

    /// Do not check URLs matching this regex (repeatable).
    #[arg(long, value_name = "REGEX")]
    pub exclude: Vec<String>,

    /// Check URLs matching this regex even if excluded (repeatable).
    #[arg(long, value_name = "REGEX")]
    pub include: Vec<String>,

    /// Refuse private, loopback and link-local addresses (checked on the resolved address).
    #[arg(long)]
    pub exclude_private: bool,

    /// Check the links in a live article's furniture too (navigation, header and footer,
    /// sharing buttons, related stories): by default they are the site's, not the article's,
    /// and are reported as excluded.
    #[arg(long)]
    pub include_furniture: bool,

    /// Rewrite URLs before fetching: 'REGEX REPLACEMENT' (repeatable).
    #[arg(long, value_name = "'REGEX REPLACEMENT'")]
    pub remap: Vec<String>,

    /// Keep results between runs in the cache file, with the pages quotes are checked against
    /// (`cache = true` in citecheck.toml has no command-line undo: use --no-config, or
    /// --config another file).
    #[arg(long)]
    pub cache: bool,

    /// Where the cache lives [default: .citecheck-cache].
    #[arg(long, value_name = "FILE")]
    pub cache_path: Option<String>,

    /// How long cached results stay fresh, to the millisecond; 0 reuses none [default: 1d].
    #[arg(long, value_name = "DURATION")]
    pub max_cache_age: Option<String>,

    /// Ask an archive (the Internet Archive's availability API, or --archive-api) for a copy
    /// of each dead, soft 404, failed or timed-out page, and check quotes citing it there.
    #[arg(long)]
    pub suggest_archive: bool,

    /// The availability API --suggest-archive asks
    /// [default: https://archive.org/wayback/available].
    #[arg(long, value_name = "URL")]
    pub archive_api: Option<String>,

    /// Smallest similarity (0 to 1) for a near match to be reported as altered rather than
    /// not found [default: 0.6].
    #[arg(long, value_name = "SCORE")]
    pub min_similarity: Option<f64>,
}

impl CheckArgs {
    /// The options given on the command line, as a config layer.
    pub fn to_config(&self) -> Config {
        let f = &self.fetch;
        Config {
            format: self.format.clone(),
            fail_on: non_empty(&self.fail_on),
            color: self.color.clone(),
            no_progress: self.no_progress.then_some(true),
            verbose: self.verbose.then_some(true),
            max_concurrency: f.max_concurrency,
            host_concurrency: f.host_concurrency,
            host_interval: f.host_interval.clone(),
            timeout: f.timeout.clone(),
            max_retries: f.max_retries,
            max_retry_wait: f.max_retry_wait.clone(),
            max_redirects: f.max_redirects,
            max_body: f.max_body.clone(),
            user_agent: f.user_agent.clone(),
            header: non_empty(&f.header),
            accept: non_empty(&f.accept),
            exclude: non_empty(&f.exclude),
            include: non_empty(&f.include),
            exclude_private: f.exclude_private.then_some(true),
            include_furniture: f.include_furniture.then_some(true),
            remap: non_empty(&f.remap),
            cache: f.cache.then_some(true),
            cache_path: f.cache_path.clone(),
            max_cache_age: f.max_cache_age.clone(),
            suggest_archive: f.suggest_archive.then_some(true),
            archive_api: f.archive_api.clone(),
            min_similarity: f.min_similarity,
            // Only `check` takes `output` from the config file: `extract` writes to its own
            // `--output` alone (the file's is a `check` report).
            output: self
                .common
                .output
                .as_ref()
                .map(|p| p.to_string_lossy().into_owned()),
            report: non_empty(&self.report),
            ..self.common.to_config()
        }
    }
}

/// `citecheck demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where to write the HTML report.
    #[arg(long, value_name = "FILE", default_value = "citecheck-report.html")]
    pub html: PathBuf,

    /// When to use colour: auto, always, never.
    #[arg(long, value_name = "WHEN")]
    pub color: Option<String>,
}

fn non_empty(v: &[String]) -> Option<Vec<String>> {
    (!v.is_empty()).then(|| v.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Defaults live in `citecheck::config`; the help text states them in words, so this pins
    /// the words to the constants.
    #[test]
    fn help_states_the_library_defaults() {
        use citecheck::config as c;
        let mut cmd = Cli::command();
        let check = cmd.find_subcommand_mut("check").expect("check subcommand");
        let help = check
            .render_long_help()
            .to_string()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for expected in [
            format!("[default: {}]", c::DEFAULT_MAX_CONCURRENCY),
            format!("[default: {}]", c::DEFAULT_HOST_CONCURRENCY),
            format!("[default: {}s]", c::DEFAULT_TIMEOUT.as_secs()),
            format!("[default: {}]", c::DEFAULT_MAX_RETRIES),
            format!("[default: {}s]", c::DEFAULT_MAX_RETRY_WAIT.as_secs()),
            format!("[default: {}]", c::DEFAULT_MAX_REDIRECTS),
            format!("[default: {}MiB]", c::DEFAULT_MAX_BODY / (1024 * 1024)),
            format!("[default: {}]", c::DEFAULT_FAIL_ON.join(",")),
            format!("[default: {}]", citecheck::extract::DEFAULT_MIN_QUOTE_WORDS),
            format!("[default: {}]", citecheck::verify::DEFAULT_MIN_SIMILARITY),
            "Exit status: 0 nothing --fail-on names was found".to_string(),
            "replaces the config file's value for it, lists too".to_string(),
        ] {
            assert!(help.contains(&expected), "`check --help` lacks {expected}");
        }
    }
}
