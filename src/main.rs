//! The `citecheck` binary: arguments in, report out, exit code.
//!
//! It owns standard output, standard error and the exit code; everything else is the library.
//! Exit codes: 0 nothing wrong, 1 findings, 2 usage, config, input or runtime error.

mod cli;
mod progress;

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{anyhow, bail, Context, Result};
use clap::Parser;

use citecheck::config::Config;
use citecheck::fetch::{NoProgress, Progress};
use citecheck::ignorefile::{IgnoreRules, IGNORE_FILE_NAME};
use citecheck::model::{Extraction, Report};
use citecheck::report::extract as extract_report;
use citecheck::report::{markdown, write_report, FailPolicy, Format, ReportOptions};
use citecheck::run::{self, Settings};
use citecheck::verify::pdf;

use cli::{CheckArgs, Cli, Command, CommonArgs, DemoArgs, ExtractArgs};

/// Extraction and page reading allocate many small strings; mimalloc cut whole-run
/// instructions measurably (see docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Findings: exit status 1.
const EXIT_FINDINGS: u8 = 1;
/// Usage, config, input or runtime error: exit status 2.
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    // Arguments as the system gives them: one that is not UTF-8 is clap's to report.
    let mut args = std::env::args_os();
    if args.nth(1).as_deref() == Some(std::ffi::OsStr::new(pdf::CHILD_ARG)) {
        // This process is a PDF reader for its parent (see `verify::pdf`): its output is
        // the parent's to read, its exit status says nothing the frames do not.
        let rest: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
        let done = pdf::serve(std::io::stdin().lock(), std::io::stdout().lock(), &rest);
        return if done.is_ok() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(EXIT_ERROR)
        };
    }
    quiet_contained_panics();
    // PDFs are read in a child process, which can be stopped (and whose stack overflow or
    // exhausted memory is not this run's end); without the program's path, in a thread.
    if let Ok(exe) = std::env::current_exe() {
        pdf::read_in_child_process(exe);
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_ERROR } else { 0 });
        }
    };
    match real_main(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            #[allow(clippy::print_stderr, reason = "the binary owns stderr")]
            {
                eprintln!("citecheck: {}", one_line(&e));
            }
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// The error and its causes on one line. A cause whose text the message already includes
/// (thiserror messages often embed their source) is not repeated, and any line breaks inside
/// a message are folded, so scripts and CI logs get exactly one line naming the culprit.
fn one_line(e: &anyhow::Error) -> String {
    let mut msg = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        // An I/O cause the message gave in plain words (`no such file or folder`).
        let plain = cause
            .downcast_ref::<std::io::Error>()
            .map(citecheck::error::plain_io);
        if msg.contains(&text) || plain.is_some_and(|p| msg.contains(&p)) {
            continue;
        }
        if !msg.is_empty() {
            msg.push_str(": ");
        }
        msg.push_str(&text);
    }
    msg.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// PDF extraction runs on a thread named `citecheck-pdf` under `catch_unwind`: a panic there is
/// contained and reported as an unverifiable quote, so the default hook's message would only
/// be noise on stderr. Every other panic is still printed.
fn quiet_contained_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() != Some("citecheck-pdf") {
            default(info);
        }
    }));
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    // serde_json wraps the writer's error in its own (itself wrapped in an `io::Error` by
    // the reports) and gives no `source` for it: its kind is asked for (the JSON and SARIF
    // reports exited 2 on `| head`).
    let json_pipe = |j: &serde_json::Error| j.io_error_kind() == Some(io::ErrorKind::BrokenPipe);
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>().is_some_and(|io| {
            io.kind() == io::ErrorKind::BrokenPipe
                || io
                    .get_ref()
                    .and_then(|inner| inner.downcast_ref::<serde_json::Error>())
                    .is_some_and(json_pipe)
        }) || c.downcast_ref::<serde_json::Error>().is_some_and(json_pipe)
    })
}

fn real_main(cli: Cli) -> Result<u8> {
    // One thread drives every connection: checking links is I/O-bound, and a single-threaded
    // runtime avoids cross-thread wake-ups. Measured with scripts/bench-e2e.sh (10,000 URLs,
    // 20 ms latency): the same wall time as the multi-threaded runtime, with CPU time down from
    // ~1.5 s to ~1.2 s. CPU-heavy work (reading fetched pages) goes to the blocking pool.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    match cli.command {
        Command::Extract(args) => runtime.block_on(cmd_extract(*args)),
        Command::Check(args) => {
            let file = load_config(&args.common)?;
            let cfg = file.merge(args.to_config());
            runtime.block_on(cmd_check(&args, &cfg))
        }
        Command::Demo(args) => runtime.block_on(cmd_demo(&args)),
    }
}

/// The config file layer: `--config`, else a discovered `citecheck.toml`, else nothing.
fn load_config(common: &CommonArgs) -> Result<Config> {
    if common.no_config {
        return Ok(Config::default());
    }
    if let Some(path) = &common.config {
        return Ok(Config::from_file(path)?);
    }
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    match Config::discover(&cwd) {
        Some(path) => Ok(Config::from_file(&path)?),
        None => Ok(Config::default()),
    }
}

/// Says which `citecheck.toml` or `.citecheckignore` beside the inputs this run does not
/// read: both are looked for in the working folder and above it, so `citecheck check
/// articles` run from above `articles/` skipped the team's settings there without a word
/// (an editor's evaluation: two more findings, and no clue why). One line a file, naming
/// what to do; nothing with `--config` or `--no-config`, which say what to read.
fn unread_settings(common: &CommonArgs, cwd: &Path, with_ignore: bool) -> Vec<String> {
    if common.no_config || common.config.is_some() {
        return Vec::new();
    }
    let Ok(cwd_abs) = std::fs::canonicalize(cwd) else {
        return Vec::new();
    };
    let used_config = Config::discover(cwd);
    let used_ignore = IgnoreRules::discover(cwd);
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for input in &common.inputs {
        if input == "-" || input.contains("://") {
            continue;
        }
        let path = Path::new(input);
        let dir = if path.is_dir() {
            path
        } else {
            match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => continue,
            }
        };
        // Each folder from the input's own up to the working folder (not above it, which
        // the working folder's search already covers).
        let Ok(abs) = std::fs::canonicalize(dir) else {
            continue;
        };
        for d in abs
            .ancestors()
            .take_while(|d| *d != cwd_abs && d.starts_with(&cwd_abs))
        {
            if !seen.insert(d.to_path_buf()) {
                continue;
            }
            let shown = d.strip_prefix(&cwd_abs).unwrap_or(d).display().to_string();
            let toml = d.join("citecheck.toml");
            let has_toml = toml.is_file();
            if has_toml && used_config.as_deref() != Some(toml.as_path()) {
                out.push(format!(
                    "warning: {shown}/citecheck.toml is not read (citecheck reads the one in \
                     the working folder or above it): run from {shown}, or pass --config \
                     {shown}/citecheck.toml"
                ));
            }
            let ignore = d.join(IGNORE_FILE_NAME);
            if with_ignore && ignore.is_file() && used_ignore.as_deref() != Some(ignore.as_path()) {
                let how = if has_toml {
                    format!(", or pass --config {shown}/citecheck.toml (read beside it)")
                } else {
                    String::new()
                };
                out.push(format!(
                    "warning: {shown}/{IGNORE_FILE_NAME} is not read (citecheck reads the one \
                     in the working folder or above it): run from {shown}{how}"
                ));
            }
        }
    }
    out
}

/// Makes the folder a report file goes in (`out/report.json` in a fresh checkout), as the
/// cache's folder is made: CI jobs write reports into folders nothing else makes.
fn make_parent(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            std::fs::create_dir_all(dir).with_context(|| {
                format!(
                    "cannot make the folder {} for {}",
                    dir.display(),
                    path.display()
                )
            })?;
        }
    }
    Ok(())
}

/// Opens `--output` or standard output.
fn open_output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    if let Some(p) = path {
        make_parent(p)?;
    }
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("cannot write {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

async fn cmd_extract(args: ExtractArgs) -> Result<u8> {
    let file = load_config(&args.common)?;
    if let Ok(cwd) = std::env::current_dir() {
        #[allow(clippy::print_stderr, reason = "the binary owns stderr")]
        for w in unread_settings(&args.common, &cwd, false) {
            eprintln!("citecheck: {w}");
        }
    }
    // `extract --timeout` is a layer of its own over the common options (through `merge`,
    // so that a bad value is blamed on the option, not on the file's `timeout`).
    let cfg = file.merge(args.common.to_config()).merge(Config {
        timeout: args.timeout.clone(),
        ..Config::default()
    });
    // `--format`, else the config file's `format` when it is one `extract` writes (the key
    // is mostly for `check`: its other formats are not `extract`'s).
    let format = match args.format.as_deref() {
        Some(f) => f,
        None => cfg
            .format
            .as_deref()
            .filter(|f| matches!(*f, "text" | "terminal" | "json"))
            .unwrap_or("text"),
    };
    if !matches!(format, "text" | "terminal" | "json") {
        bail!("invalid value for --format: `{format}` (expected text or json)");
    }
    let mut settings = Settings::from_config(&cfg)?;
    // Speakers are read for verification only: the extraction report shows none.
    settings.extract.speakers = false;
    // `-o -` is standard output, as `-` is standard input among the inputs.
    let output = args
        .common
        .output
        .as_deref()
        .filter(|o| *o != std::path::Path::new("-"));
    if let Some(o) = output {
        citecheck::input::refuse_outputs_among_inputs(&args.common.inputs, &[o.to_path_buf()])?;
        settings.input.outputs.push(o.to_path_buf());
    }
    let json = format == "json";
    let target = || {
        output.map_or_else(
            || "standard output".to_string(),
            |p| p.display().to_string(),
        )
    };
    // Each document is rendered (and freed) on the thread that extracted it, and written as
    // soon as it and all before it are done: memory holds only the documents in flight. The
    // output is opened when the first one is ready, so an input error found first leaves no
    // file behind.
    let render = |e: Extraction| {
        let warnings = e.warnings.len();
        if extract_report::is_large(&e) {
            // Written from here in batches: its whole JSON would be several times its text.
            return (Rendered::Whole(e), warnings);
        }
        let bytes = if json {
            extract_report::document_json(&e)
        } else {
            extract_report::document_text(&e)
        };
        (Rendered::Bytes(bytes), warnings)
    };
    let start = || -> Result<Sink> {
        let w = open_output(output)?;
        Ok(if json {
            Sink::Json(
                extract_report::JsonStream::begin(w)
                    .with_context(|| format!("cannot write {}", target()))?,
            )
        } else {
            Sink::Text(w)
        })
    };
    let mut sink: Option<Sink> = None;
    // The last large extraction written, kept until the process ends (see below).
    let mut last_large: Option<Extraction> = None;
    let mut warnings = 0;
    let mut documents = 0usize;
    let unreadable = run::extract_each(&args.common.inputs, &settings, render, |(r, w)| {
        warnings += w;
        documents += 1;
        let s = match &mut sink {
            Some(s) => s,
            None => sink.insert(start()?),
        };
        match (s, r) {
            (Sink::Json(j), Rendered::Bytes(b)) => j.document(&b),
            (Sink::Text(t), Rendered::Bytes(b)) => t.write_all(&b),
            (s, Rendered::Whole(e)) => {
                let written = match s {
                    Sink::Json(j) => j.extraction(&e),
                    Sink::Text(t) => extract_report::write_document_text(&e, t),
                };
                if let Some(previous) = last_large.replace(e) {
                    free_aside(previous);
                }
                written
            }
        }
        .with_context(|| format!("cannot write {}", target()))
    })
    .await?;
    // No document at all (an empty folder): an empty report.
    match sink.map_or_else(start, Ok)? {
        Sink::Json(j) => j.finish(),
        Sink::Text(mut t) => {
            if documents > 1 {
                extract_report::write_text_total(&mut t, documents, warnings)
                    .and_then(|()| t.flush())
            } else {
                t.flush()
            }
        }
    }
    .with_context(|| format!("cannot write {}", target()))?;
    // The process ends next and the OS takes its memory back at once: freeing the last
    // large extraction (hundreds of thousands of small frees), and the allocator then
    // returning those pages one range at a time, only delay the exit.
    std::mem::forget(last_large);
    if report_unreadable(&unreadable) {
        return Ok(EXIT_ERROR);
    }
    Ok(if warnings > 0 { EXIT_FINDINGS } else { 0 })
}

/// Says on standard error which files could not be read (each is also in the report, as a
/// document whose warning says so), and any warning (a cache not written); whether there
/// were files that could not be read.
fn report_unreadable(unreadable: &[citecheck::error::Error]) -> bool {
    #[allow(clippy::print_stderr, reason = "the binary owns stderr")]
    for e in unreadable {
        // A file's name may hold control characters: shown escaped, as in the text report.
        let shown = extract_report::shown(&e.to_string()).into_owned();
        eprintln!("citecheck: {shown}");
    }
    unreadable.iter().any(|e| !e.is_warning())
}

/// A rendered document: its bytes, or (a large one) the extraction to write from.
enum Rendered {
    Bytes(Vec<u8>),
    Whole(Extraction),
}

/// Frees a large value on a thread of its own: hundreds of thousands of small frees (tens of
/// milliseconds for a 10 MB document) off the path to the next document and the exit. The
/// thread is never waited for: when the process ends first, the OS takes the memory back.
fn free_aside<T: Send + 'static>(value: T) {
    // If no thread can be started, the value comes back and is freed here.
    let _ = std::thread::Builder::new()
        .name("citecheck-free".into())
        .spawn(move || drop(value));
}

/// Where `extract` writes its report.
enum Sink {
    Json(extract_report::JsonStream<Box<dyn Write>>),
    Text(Box<dyn Write>),
}

async fn cmd_check(args: &CheckArgs, cfg: &Config) -> Result<u8> {
    let format: Format = cfg.format.as_deref().unwrap_or("terminal").parse()?;
    // Settings that do nothing without the option they belong to: said, not silently kept.
    if cfg.cache != Some(true) {
        let given: Vec<&str> = [
            ("cache-path", cfg.cache_path.is_some()),
            ("max-cache-age", cfg.max_cache_age.is_some()),
        ]
        .iter()
        .filter(|(_, set)| *set)
        .map(|(name, _)| *name)
        .collect();
        if !given.is_empty() {
            #[allow(clippy::print_stderr, reason = "the binary owns stderr")]
            {
                eprintln!(
                    "citecheck: warning: {} {} nothing without --cache (`cache = true`): no cache is read or written",
                    given.join(" and "),
                    if given.len() == 1 { "does" } else { "do" }
                );
            }
        }
    }
    // `--output` and `--report`, or the config file's `output` and `report` (a relative
    // path there is relative to the file's folder, see `Config::from_file`).
    // `-o -` is standard output (also over a config file's `output`).
    let output = cfg
        .output
        .as_deref()
        .filter(|o| *o != "-")
        .map(std::path::PathBuf::from);
    if args.quiet {
        refuse_quiet_conflicts(args, output.is_some())?;
    }
    let report_values = cfg.report.clone().unwrap_or_default();
    let extra = parse_extra_reports(&report_values)?;
    // Where each came from, for messages: the option, or the key and its file.
    let in_file = |key: &str| match &cfg.source {
        Some(file) => format!("{key} ({})", file.display()),
        None => key.to_string(),
    };
    let output_name = if args.common.output.is_some() {
        "--output".to_string()
    } else {
        in_file("`output`")
    };
    let report_name = |v: &str| {
        if args.report.is_empty() {
            in_file(&format!("`report` entry `{v}`"))
        } else {
            format!("--report {v}")
        }
    };
    let fail_policy = match &cfg.fail_on {
        Some(names) => FailPolicy::from_names(names)?,
        None => FailPolicy::default(),
    };
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    #[allow(clippy::print_stderr, reason = "the binary owns stderr")]
    for w in unread_settings(&args.common, &cwd, true) {
        eprintln!("citecheck: {w}");
    }
    // Looked for from the folder of the file `--config` names (a monorepo's job runs from
    // above the site whose rules it names), else from the working folder; each and above.
    // The config file's real folder: `--config ../configs/t.toml` looks in `configs` and
    // above it, never (through the `..`) in the working folder.
    let ignore_from = match (&args.common.config, &cfg.source) {
        (Some(_), Some(file)) => {
            let dir = cwd.join(file.parent().unwrap_or(Path::new("")));
            std::fs::canonicalize(&dir).unwrap_or(dir)
        }
        _ => cwd.clone(),
    };
    let ignore = match IgnoreRules::discover(&ignore_from) {
        // Named from the working folder where it is in or below it, as the reports name
        // files (`line 2 of .citecheckignore`, `line 2 of site/.citecheckignore`).
        Some(p) if !args.common.no_config => {
            IgnoreRules::from_file(p.strip_prefix(&cwd).unwrap_or(&p))?
        }
        _ => IgnoreRules::default(),
    };
    let settings = run::CheckSettings::from_config(cfg, ignore)?;
    let to_terminal = output.is_none() && io::stdout().is_terminal();
    let color = use_color(
        cfg.color.as_deref(),
        to_terminal && format == Format::Terminal,
    )?;
    let opts = ReportOptions {
        color,
        fail_policy,
        base_dir: Some(cwd),
        verbose: cfg.verbose.unwrap_or(false),
        archive_hint: settings.archive_api.is_none(),
        ..ReportOptions::default()
    };
    // No output may be an input (opening it would empty it), nor two outputs one file (the
    // reports would be mixed); one found in a folder is left out of the run. The cache is
    // written too.
    let mut named: Vec<Written> = Vec::new();
    if let Some(o) = &output {
        named.push(Written::report(output_name, o));
    }
    for (v, (_, p)) in report_values.iter().zip(&extra) {
        named.push(Written::report(report_name(v), p));
    }
    if let Some(c) = &settings.fetch.cache {
        named.push(Written {
            option: if cfg.file_keys.contains_key("cache-path") {
                in_file("`cache-path`")
            } else {
                "--cache-path".into()
            },
            path: c.clone(),
            by: "the cache",
        });
    }
    refuse_clashing_outputs(&args.common.inputs, &named)?;
    if output.is_none() {
        refuse_reports_to_stdout(&named)?;
    }
    let written: Vec<std::path::PathBuf> = named.into_iter().map(|w| w.path).collect();
    let mut settings = settings;
    settings.base.input.outputs = written;
    // Open every output before checking: a bad path fails in a second, not after the run.
    let outputs = Outputs {
        quiet: args.quiet,
        ..Outputs::open(output.as_deref(), extra)?
    };
    let progress = make_progress(cfg.no_progress.unwrap_or(false) || args.quiet);
    let (mut report, unreadable) =
        run::check(&args.common.inputs, &settings, progress.as_ref()).await?;
    report.summary.findings = Some(citecheck::report::finding_counts(
        &report,
        &opts.fail_policy,
    ));
    // (A cache that could not be written is a warning among them, no unreadable input.)
    let opts = ReportOptions {
        unreadable: unreadable.iter().filter(|e| !e.is_warning()).count(),
        ..opts
    };
    let code = emit(&report, format, &opts, outputs)?;
    Ok(if report_unreadable(&unreadable) {
        EXIT_ERROR
    } else {
        code
    })
}

/// A file `check` writes: a report or the cache.
struct Written {
    /// Where it was named, for messages: `--output`, `--report json=r.json`, or a key of the
    /// config file.
    option: String,
    path: std::path::PathBuf,
    /// What writes it: `the report` or `the cache`.
    by: &'static str,
}

impl Written {
    fn report(option: String, path: &Path) -> Written {
        Written {
            option,
            path: path.to_path_buf(),
            by: "the report",
        }
    }
}

/// Refuses an output that is also an input (opening it would empty the article) or that
/// another output writes too (the two reports would be mixed into one file), naming the
/// options.
fn refuse_clashing_outputs(inputs: &[String], named: &[Written]) -> Result<()> {
    for Written { option, path, by } in named {
        if citecheck::input::refuse_outputs_among_inputs(inputs, std::slice::from_ref(path))
            .is_err()
        {
            bail!(
                "invalid value for {option}: {} is also an input: it would be overwritten by {by}",
                path.display()
            );
        }
    }
    for (
        i,
        Written {
            option: a,
            path: pa,
            ..
        },
    ) in named.iter().enumerate()
    {
        for Written {
            option: b,
            path: pb,
            ..
        } in named.iter().skip(i + 1)
        {
            // Two reports to the null device, a terminal or a pipe (`-o /dev/stderr --report
            // github=/dev/stderr`) is no clash: only a regular file would be mixed.
            let stream = |p: &Path| std::fs::metadata(p).is_ok_and(|m| !m.is_file());
            if stream(pa) || stream(pb) {
                continue;
            }
            if output_key(pa) == output_key(pb) {
                bail!(
                    "invalid value for {b}: {} is also written by {a} (the two would be mixed in one file)",
                    pb.display()
                );
            }
        }
    }
    Ok(())
}

/// An output's file however written (`r.json`, `./r.json`, `sub/../r.json` with no `sub`, a
/// link to it), to compare two: the file it is when it exists, else the absolute path with
/// `.` and `..` taken out.
fn output_key(p: &Path) -> std::path::PathBuf {
    if let Ok(real) = std::fs::canonicalize(p) {
        return real;
    }
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut out = std::path::PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// Refuses a report written to the file the standard output goes to (`--report
/// json=/dev/stdout > out.txt`, `--report json=r.json > r.json`): the main report is written
/// there too, each from its own start, and one would overwrite the other's beginning. A
/// terminal or a pipe mixes nothing (the reports follow each other), so only a regular file
/// is refused.
fn refuse_reports_to_stdout(named: &[Written]) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let Some(out) = io::stdout()
            .as_fd()
            .try_clone_to_owned()
            .ok()
            .and_then(|fd| File::from(fd).metadata().ok())
            .filter(std::fs::Metadata::is_file)
        else {
            return Ok(());
        };
        for Written { option, path, by } in named {
            let same = std::fs::metadata(output_key(path))
                .is_ok_and(|m| m.dev() == out.dev() && m.ino() == out.ino());
            if same {
                bail!(
                    "invalid value for {option}: {} is where the standard output goes, and \
                     the main report is written there: {by} and the main report would be \
                     mixed in one file (name the main report's file with --output)",
                    path.display()
                );
            }
        }
    }
    #[cfg(not(unix))]
    let _ = named;
    Ok(())
}

/// Refuses what `--quiet` contradicts: `--output -` (standard output, which it silences),
/// and `--format` or `--verbose` given on the command line with no `--output FILE`, which
/// would shape only the main report it does not write. (A config file's `format`,
/// `verbose` or `output = "-"` is the project's default for every run, not a contradiction:
/// a quiet run leaves it aside.)
fn refuse_quiet_conflicts(args: &CheckArgs, to_file: bool) -> Result<()> {
    if args.common.output.as_deref() == Some(Path::new("-")) {
        bail!(
            "--quiet writes nothing to standard output, and --output - asks for the report \
             there: give one of them"
        );
    }
    if to_file {
        return Ok(());
    }
    if let Some(f) = &args.format {
        bail!(
            "--quiet writes no report to standard output: --format {f} needs --output FILE \
             (or write that report with --report {f}=FILE)"
        );
    }
    if args.verbose {
        bail!(
            "--quiet writes no report to standard output: --verbose needs --output FILE (the \
             terminal report's file)"
        );
    }
    Ok(())
}

/// A report file, opened before the run so that a bad path fails at once, but emptied only
/// when the report is written: a run that fails before (a missing input) leaves the last
/// report as it was, and a file it had to create is only made then.
struct ReportFile {
    path: std::path::PathBuf,
    /// The file as it was, or `None` for one the run makes when it writes the report.
    file: Option<File>,
}

impl ReportFile {
    fn open(path: &Path) -> Result<ReportFile> {
        let created = std::fs::symlink_metadata(path).is_err();
        make_parent(path)?;
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        // A file made only to see that it can be: removed again at once, and made anew
        // when the report is written. A run stopped before then (Ctrl-C, a CI job's
        // timeout), whose files are never closed, leaves no empty report behind for the
        // next step to fail on (thirty-ninth session).
        let file = if created {
            drop(file);
            let _ = std::fs::remove_file(path);
            None
        } else {
            Some(file)
        };
        Ok(ReportFile {
            path: path.to_path_buf(),
            file,
        })
    }

    /// The file, emptied, to write the report to.
    fn writer(self) -> Result<Box<dyn Write>> {
        let cannot = || format!("cannot write {}", self.path.display());
        let file = match self.file {
            Some(f) => f,
            None => File::create(&self.path).with_context(cannot)?,
        };
        // Only a regular file is emptied: a device or a pipe (`/dev/null`, `/dev/stdout`)
        // has no length.
        if file.metadata().is_ok_and(|m| m.is_file()) {
            file.set_len(0).with_context(cannot)?;
        }
        Ok(Box::new(BufWriter::new(file)))
    }
}

/// The main output (standard output when `None`) and every `--report FORMAT=PATH`, opened.
struct Outputs {
    main: Option<ReportFile>,
    extra: Vec<(Format, ReportFile)>,
    /// `--quiet`: no main report on standard output (one to `--output FILE` is written).
    quiet: bool,
}

impl Outputs {
    fn open(output: Option<&Path>, extra: Vec<(Format, std::path::PathBuf)>) -> Result<Outputs> {
        let extra = extra
            .into_iter()
            .map(|(fmt, path)| Ok((fmt, ReportFile::open(&path)?)))
            .collect::<Result<Vec<_>>>()?;
        Ok(Outputs {
            main: output.map(ReportFile::open).transpose()?,
            extra,
            quiet: false,
        })
    }
}

/// Writes the main report and every `--report FORMAT=PATH`; returns the exit status.
fn emit(report: &Report, format: Format, opts: &ReportOptions, outputs: Outputs) -> Result<u8> {
    let Outputs { main, extra, quiet } = outputs;
    for (fmt, file) in extra {
        let path = file.path.clone();
        let plain = ReportOptions {
            color: false,
            ..opts.clone()
        };
        let mut w = file.writer()?;
        write_report(report, fmt, &plain, &mut w)
            .and_then(|()| w.flush())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let code = if opts.fail_policy.fails(report) {
        EXIT_FINDINGS
    } else {
        0
    };
    let main_path = main.as_ref().map(|f| f.path.clone());
    let mut out: Box<dyn Write> = match main {
        Some(f) => f.writer()?,
        None if quiet => Box::new(io::sink()),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let written = write_report(report, format, opts, &mut out)
        .and_then(|()| out.flush())
        .with_context(|| match main_path {
            Some(p) => format!("cannot write {}", p.display()),
            None => "cannot write standard output".to_string(),
        });
    if let Err(e) = written {
        // A reader that stopped early (`| head`) is no error, and the run's findings stand:
        // a CI step piping the report on still fails on them.
        return if is_broken_pipe(&e) { Ok(code) } else { Err(e) };
    }
    if format == Format::Github {
        // The job summary is an extra beside the annotations (the main report, written
        // already): one that cannot be written is a warning, as a cache that cannot be
        // written is, and the exit status stays the check's.
        if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
            let path = Path::new(&path);
            if let Err(e) = append_step_summary(path, report, opts) {
                #[allow(clippy::print_stderr, reason = "the binary owns stderr")]
                {
                    eprintln!(
                        "citecheck: warning: cannot append to $GITHUB_STEP_SUMMARY ({}): {e} \
                         (the job summary is not written)",
                        extract_report::shown(&path.display().to_string())
                    );
                }
            }
        }
    }
    Ok(code)
}

/// Appends the Markdown report to the job summary file (`$GITHUB_STEP_SUMMARY`).
fn append_step_summary(path: &Path, report: &Report, opts: &ReportOptions) -> io::Result<()> {
    let file = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)?;
    let mut w = BufWriter::new(file);
    let plain = ReportOptions {
        color: false,
        ..opts.clone()
    };
    markdown::write(report, &plain, &mut w)?;
    w.flush()
}

/// `--report FORMAT=PATH` values.
fn parse_extra_reports(values: &[String]) -> Result<Vec<(Format, std::path::PathBuf)>> {
    values
        .iter()
        .map(|v| {
            let (fmt, path) = v
                .split_once('=')
                .filter(|(f, p)| !f.is_empty() && !p.is_empty())
                .ok_or_else(|| anyhow!("invalid value for --report: `{v}` (expected FORMAT=PATH, e.g. json=report.json)"))?;
            let fmt: Format = fmt.parse().with_context(|| format!("invalid value for --report: `{v}`"))?;
            Ok((fmt, std::path::PathBuf::from(path)))
        })
        .collect()
}

/// Colour for the terminal report: `--color always|never|auto`; `auto` means a terminal and
/// no non-empty `NO_COLOR` (set but empty counts as unset, as no-color.org says).
fn use_color(choice: Option<&str>, terminal: bool) -> Result<bool> {
    Ok(match choice.unwrap_or("auto") {
        "always" => true,
        "never" => false,
        "auto" => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        other => bail!("invalid value for --color: `{other}` (expected auto, always or never)"),
    })
}

fn make_progress(disabled: bool) -> Box<dyn Progress> {
    if !disabled && io::stderr().is_terminal() {
        Box::new(progress::Bar::new())
    } else {
        Box::new(NoProgress)
    }
}

/// `citecheck demo`: the bundled article against its bundled sources on loopback.
async fn cmd_demo(args: &DemoArgs) -> Result<u8> {
    let server = citecheck::demo::start_server()?;
    let cfg = Config {
        remap: Some(citecheck::demo::remaps(&server)),
        timeout: Some("5s".into()),
        max_retries: Some(0),
        ..Config::default()
    };
    let settings = run::CheckSettings::from_config(&cfg, IgnoreRules::default())?;
    let progress = make_progress(false);
    let outputs = Outputs::open(None, vec![(Format::Html, args.html.clone())])?;
    let start = std::time::Instant::now();
    let report = run::check_documents(
        vec![citecheck::demo::document()],
        &settings,
        progress.as_ref(),
        start,
    )
    .await?;
    drop(server);
    let color = use_color(args.color.as_deref(), io::stdout().is_terminal())?;
    let opts = ReportOptions {
        color,
        ..ReportOptions::default()
    };
    emit(&report, Format::Terminal, &opts, outputs)?;
    #[allow(clippy::print_stderr, reason = "the binary owns stderr")]
    {
        eprintln!(
            "\nThe demo checked a bundled article against sources served on 127.0.0.1; \
             HTML report written to {}",
            args.html.display()
        );
    }
    // The demo's findings are the point of the demo, not a failure.
    Ok(0)
}
