//! Output of `citecheck extract`: `text` for people, `json` for programs.

use std::io::{self, Write};

use crate::model::{ExtractReport, QuoteKind};

/// Writes the extract report as pretty JSON (the public contract, see README).
///
/// # Errors
/// Writing fails.
pub fn write_json(report: &ExtractReport, out: &mut dyn Write) -> io::Result<()> {
    // serde_json writes token by token: a local buffer keeps those small writes off the
    // `dyn Write` (a virtual call each), which is most of the cost on large reports.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, &mut *out);
    serde_json::to_writer_pretty(&mut buffered, report).map_err(io::Error::other)?;
    buffered.flush()?;
    drop(buffered);
    writeln!(out)
}

/// Writes the extract report as text, one item a line, `file:line:column` first.
///
/// # Errors
/// Writing fails.
pub fn write_text(report: &ExtractReport, out: &mut dyn Write) -> io::Result<()> {
    for doc in &report.documents {
        writeln!(
            out,
            "{} ({:?}): {} links, {} footnotes, {} quotes, {} warnings",
            doc.file,
            doc.format,
            doc.links.len(),
            doc.footnotes.len(),
            doc.quotes.len(),
            doc.warnings.len()
        )?;
        for l in &doc.links {
            let note = l
                .footnote
                .as_deref()
                .map(|n| format!(" [note {n}]"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {}:{}:{}: link ({:?}) {}{}",
                doc.file, l.line, l.column, l.kind, l.url, note
            )?;
        }
        for f in &doc.footnotes {
            writeln!(
                out,
                "  {}:{}:{}: note {}: {}",
                doc.file, f.line, f.column, f.label, f.text
            )?;
        }
        for q in &doc.quotes {
            let kind = match q.kind {
                QuoteKind::Inline => "inline",
                QuoteKind::Block => "block",
            };
            let cites: Vec<String> = q
                .citations
                .iter()
                .map(|c| {
                    let who = c
                        .footnote
                        .as_deref()
                        .map(|n| format!("note {n}"))
                        .or_else(|| c.url.clone());
                    format!("{} ({:?})", who.unwrap_or_default(), c.attribution)
                })
                .collect();
            let cites = if cites.is_empty() {
                "uncited".to_string()
            } else {
                cites.join(", ")
            };
            let short = if q.short { ", short" } else { "" };
            writeln!(
                out,
                "  {}:{}:{}: quote ({kind}, {} words{short}) -> {cites}: {}",
                doc.file, q.line, q.column, q.words, q.text
            )?;
        }
        for w in &doc.warnings {
            writeln!(
                out,
                "  {}:{}:{}: warning: {}",
                doc.file, w.line, w.column, w.message
            )?;
        }
    }
    Ok(())
}
