//! The `citecheck` binary: arguments in, report out, exit code.
//!
//! It owns standard output, standard error and the exit code; everything else is the library.
//! Exit codes: 0 nothing wrong, 1 findings, 2 usage, config, input or runtime error.

mod cli;

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;

use citecheck::config::Config;
use citecheck::run::{self, Settings};

use cli::{Cli, Command, CommonArgs, ExtractArgs};

/// Findings: exit status 1.
const EXIT_FINDINGS: u8 = 1;
/// Usage, config, input or runtime error: exit status 2.
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
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
                eprintln!("citecheck: {e:#}");
            }
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}

fn real_main(cli: Cli) -> Result<u8> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    match cli.command {
        Command::Extract(args) => runtime.block_on(cmd_extract(args)),
        Command::Check(args) => {
            let file = load_config(&args.common)?;
            let cfg = file.merge(args.to_config());
            runtime.block_on(cmd_check(&args, &cfg))
        }
        Command::Demo(_args) => bail!("`citecheck demo` is not built yet"),
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

/// Opens `--output` or standard output.
fn open_output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("cannot write {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

async fn cmd_extract(args: ExtractArgs) -> Result<u8> {
    let file = load_config(&args.common)?;
    let cfg = file.merge(args.common.to_config());
    let format = args.format.as_deref().unwrap_or("text");
    if !matches!(format, "text" | "json") {
        bail!("invalid value for --format: `{format}` (expected text or json)");
    }
    let settings = Settings::from_config(&cfg)?;
    let report = run::extract_all(&args.common.inputs, &settings).await?;
    let mut out = open_output(args.common.output.as_deref())?;
    match format {
        "json" => citecheck::report::extract::write_json(&report, &mut out)?,
        _ => citecheck::report::extract::write_text(&report, &mut out)?,
    }
    out.flush()?;
    Ok(if run::count_warnings(&report) > 0 {
        EXIT_FINDINGS
    } else {
        0
    })
}

async fn cmd_check(args: &cli::CheckArgs, cfg: &Config) -> Result<u8> {
    let _ = (args, cfg, io::stderr().is_terminal());
    bail!("`citecheck check` is not built yet")
}
