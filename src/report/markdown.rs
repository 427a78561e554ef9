//! The Markdown report (`--format markdown`): GitHub-flavoured Markdown for a pull-request
//! comment or `$GITHUB_STEP_SUMMARY`.
//!
//! A heading with the result, a summary table, then the findings most severe first, each
//! with its position; each quote with the words that differ in bold on both sides, a table
//! of the differences and its evidence link. Kept under [`MAX_CHARS`] characters (a
//! pull-request comment's limit, with room to spare): what does not fit is counted, never
//! cut mid-way, and a notice says what was left out.
//!
//! Everything that comes from an article or a page is escaped: Markdown punctuation gets a
//! backslash, `<`, `>`, `&` and `@` become character references (no HTML, no `@mention`
//! pings from a quoted page), control characters are dropped, and only `http`, `https` and
//! `file` URLs become links (with `<`, `>`, spaces, brackets and `|` percent-encoded).
//!
//! The library never writes files: to fill the GitHub step summary, the binary appends this
//! report to the file named by `GITHUB_STEP_SUMMARY`.

use std::io::{self, Write};

use super::{
    clean, files, findings, is_safe_href, marked_sides, status_count, Finding, Level,
    ReportOptions, Subject, A_CLOSE, A_OPEN, S_CLOSE, S_OPEN,
};
use crate::model::{DiffKind, LinkStatus, QuoteResult, Report, Verdict};

/// The longest quote or passage shown, in characters.
const MAX_PASSAGE: usize = 500;

/// The longest Markdown report, in characters. GitHub refuses a pull-request comment over
/// 65,536 characters (and caps a step summary at 1 MiB); this leaves room for what a
/// workflow adds around the report.
pub const MAX_CHARS: usize = 60_000;

/// Room kept for the notice saying what was left out and the closing lines.
const RESERVE: usize = 1_200;

/// Writes the Markdown report, at most [`MAX_CHARS`] characters long.
///
/// What matters comes first and is kept whole: the result, the counts, then the findings
/// (failures, then warnings, then notes), each in full. When the report would be longer than
/// [`MAX_CHARS`], the findings that do not fit are counted (`… and 120 more warnings not
/// shown here`), the verified quotes and the checked files are summed up rather than listed,
/// and a notice under the counts says what was left out and how to get the full report
/// (`--report html=…`, `--report json=…`).
///
/// # Errors
/// Writing fails.
pub fn write(report: &Report, opts: &ReportOptions, out: &mut dyn Write) -> io::Result<()> {
    write_capped(report, opts, MAX_CHARS, out)
}

/// [`write`] with another cap (tests use a small one).
fn write_capped(
    report: &Report,
    opts: &ReportOptions,
    max: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let all = findings(report, &opts.fail_policy);
    let failing = all.iter().filter(|f| super::fails_by_policy(f)).count();
    let warnings = all.iter().filter(|f| f.level == Level::Warning).count();
    let groups = [
        (Level::Error, "❌ Failures", "failure", "failures"),
        (Level::Warning, "⚠️ Warnings", "warning", "warnings"),
        (Level::Note, "ℹ️ Notes", "note", "notes"),
    ];
    let mut shown_quotes = Vec::new();
    let sections: Vec<_> = groups
        .iter()
        .map(|&(level, ..)| section_blocks(&all, level, &mut shown_quotes))
        .collect();
    // Warnings a failing quote's block shows (a misquote's furniture warning): counted
    // among the warnings, and said where they are, so the count under the heading adds up.
    let in_warnings: usize = sections[1].iter().map(|(_, n, _)| n).sum();
    let with_failures = warnings.saturating_sub(in_warnings);
    let s = &report.summary;
    let mut head: Vec<u8> = Vec::new();
    if let Some(phrase) = super::failure_phrase(report, opts, failing) {
        writeln!(head, "## citecheck: ❌ {phrase}")?;
    } else {
        writeln!(head, "## citecheck: ✅ passed")?;
    }
    writeln!(head)?;
    let shown_with = if with_failures > 0 {
        format!(
            " ({with_failures} shown with {})",
            if with_failures == 1 {
                "a failure"
            } else {
                "failures"
            }
        )
    } else {
        String::new()
    };
    // No run time here: the report is a pull request's comment, rewritten on each run, and
    // must not change when the results do not (the text and JSON reports keep the time).
    writeln!(
        head,
        "{} · {} · {} · {}{shown_with}",
        super::plural(s.documents, "document", "documents"),
        super::links_phrase(report),
        super::plural(s.quotes, "quote", "quotes"),
        super::plural(warnings, "warning", "warnings"),
    )?;
    writeln!(head)?;
    write_summary_table(report, opts, &all, &mut head)?;
    let head = text(head)?;
    let budget = max.saturating_sub(chars(&head) + RESERVE);

    let mut body = String::new();
    let mut used = 0;
    // What was left out, for the notice: `120 failures`, `the 1,000 verified quotes`, …
    let mut left_out: Vec<String> = Vec::new();
    for ((_, title, one, many), items) in groups.into_iter().zip(&sections) {
        if items.is_empty() {
            continue;
        }
        // Counted as the summary counts: findings (a quote with two warnings is one block
        // with two).
        let total: usize = items.iter().map(|(_, n, _)| n).sum();
        let mut section = format!("### {title} ({total})\n\n");
        let mut shown = 0;
        let mut shown_findings = 0;
        for (f, n, also) in items {
            let mut block = Vec::new();
            write_finding(f, also, opts, &mut block)?;
            let block = text(block)?;
            if used + chars(&section) + chars(&block) > budget {
                break;
            }
            section.push_str(&block);
            shown += 1;
            shown_findings += n;
        }
        let omitted = total - shown_findings;
        if omitted > 0 {
            let what = super::plural(omitted, one, many);
            section.push_str(&format!(
                "- … and {} not shown here (see the full report)\n",
                if shown == 0 {
                    what.clone()
                } else {
                    format!("{omitted} more")
                }
            ));
            left_out.push(what);
        }
        section.push('\n');
        used += chars(&section);
        body.push_str(&section);
    }

    // A verified quote with a warning (found only in page furniture, an ellipsis hiding a
    // negation) is listed with the warnings above, never with a plain tick.
    let verified: Vec<&QuoteResult> = report
        .quotes
        .iter()
        .filter(|q| q.verdict == Verdict::Verified && q.warnings.is_empty())
        .collect();
    if !verified.is_empty() {
        let mut section = format!("### ✅ Verified quotes ({})\n\n", verified.len());
        let mut list = String::new();
        for q in &verified {
            list.push_str(&verified_line(q));
        }
        if used + chars(&section) + chars(&list) <= budget {
            section.push_str(&list);
        } else {
            section.push_str(&format!(
                "{} verified: listed in the full report.\n",
                super::plural(verified.len(), "quote", "quotes")
            ));
            left_out.push(format!(
                "the list of the {} verified {}",
                verified.len(),
                if verified.len() == 1 {
                    "quote"
                } else {
                    "quotes"
                }
            ));
        }
        section.push('\n');
        used += chars(&section);
        body.push_str(&section);
    }
    let names = files(report);
    if names.len() > 1 {
        let joined = names
            .iter()
            .map(|f| escape(f))
            .collect::<Vec<_>>()
            .join(", ");
        // A folder's hundred names are folded away under their count.
        let list = if names.len() <= 8 {
            format!("<sub>Checked: {joined}</sub>\n")
        } else {
            format!(
                "<details><summary><sub>Checked {} files</sub></summary>\n\n<sub>{joined}</sub>\n\n</details>\n",
                names.len()
            )
        };
        if used + chars(&list) <= budget {
            body.push_str(&list);
        } else {
            body.push_str(&format!("<sub>Checked {} files.</sub>\n", names.len()));
            left_out.push(format!("the names of the {} files checked", names.len()));
        }
    }

    out.write_all(head.as_bytes())?;
    if !left_out.is_empty() {
        writeln!(
            out,
            "> ⚠️ **This report is shortened** to stay under {} characters (GitHub refuses longer \
             comments). Left out here: {}. For everything, write the full report too: \
             `--report html=citecheck-report.html` or `--report json=citecheck-report.json`.\n",
            thousands(max),
            join_and(&left_out)
        )?;
    }
    out.write_all(body.as_bytes())
}

/// The blocks of one level's section, each with how many of the level's findings it
/// shows. A quote is shown once, in the section of its most severe finding, its block
/// listing every warning: a misquote with a warning is a failure, its warning not listed
/// again under the warnings (`shown` holds the quotes earlier sections show).
fn section_blocks<'a, 'b>(
    all: &'b [Finding<'a>],
    level: Level,
    shown: &mut Vec<&'a QuoteResult>,
) -> Vec<(&'b Finding<'a>, usize, Vec<&'b Finding<'a>>)> {
    let about = |f: &Finding<'a>, q: &QuoteResult| matches!(f.subject, Subject::Quote(p) if std::ptr::eq(p, q));
    let mut out = Vec::new();
    for f in all.iter().filter(|f| f.level == level) {
        match f.subject {
            Subject::Quote(q) => {
                if shown.iter().any(|s| std::ptr::eq(*s, q)) {
                    continue;
                }
                shown.push(q);
                let n = all
                    .iter()
                    .filter(|g| g.level == level && about(g, q))
                    .count();
                out.push((f, n, Vec::new()));
            }
            // One link failing the same way wherever it is cited is one entry naming every
            // place (a docs site's dead link cited from forty pages read as forty entries).
            Subject::Link(link) => {
                let same = |g: &Finding<'a>| {
                    g.level == level
                        && g.rule == f.rule
                        && matches!(g.subject, Subject::Link(l) if std::ptr::eq(l, link))
                };
                if out.iter().any(|(g, ..)| same(g)) {
                    continue;
                }
                let also: Vec<&Finding<'a>> = all
                    .iter()
                    .filter(|g| same(g) && !std::ptr::eq(*g, f))
                    .collect();
                out.push((f, 1 + also.len(), also));
            }
            Subject::Metadata(_) | Subject::Document(_) => out.push((f, 1, Vec::new())),
        }
    }
    out
}

/// One verified quote's line.
fn verified_line(q: &QuoteResult) -> String {
    let how = q
        .match_kind
        .map(|m| format!(" ({})", match_name(m)))
        .unwrap_or_default();
    let mut line = format!(
        "- {} — “{}”{how}",
        position(&q.file, q.line, q.column),
        escape(&super::truncate(&clean(&q.text), 120))
    );
    if let Some(link) = &q.fragment_link {
        line.push_str(&format!(" — {}", link_to(super::link_label(q), link)));
    } else if let Some(url) = &q.checked_url {
        line.push_str(&format!(" — {}", link_to("checked page", url)));
    }
    line.push('\n');
    line
}

/// Rendered Markdown as text (the renderers write only UTF-8).
fn text(bytes: Vec<u8>) -> io::Result<String> {
    String::from_utf8(bytes).map_err(io::Error::other)
}

/// Length in characters, as GitHub counts a comment.
fn chars(s: &str) -> usize {
    s.chars().count()
}

/// `60,000`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `a`, `a and b`, `a, b and c`.
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn write_summary_table(
    report: &Report,
    opts: &ReportOptions,
    all: &[Finding<'_>],
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut links: Vec<(String, usize)> = LinkStatus::ALL
        .iter()
        .map(|s| {
            let icon = if opts.fail_policy.is_failure_status(*s) {
                "❌ "
            } else {
                ""
            };
            (format!("{icon}{}", s.as_str()), status_count(report, *s))
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    // Counted among their statuses too, and said apart (the table read `ok | 2` over a
    // missing fragment that failed the run).
    let fragments = report.summary.missing_fragments;
    let (failing, warned) = super::fragment_split(all, fragments);
    if failing > 0 {
        links.push(("❌ of these, #fragment missing".to_string(), failing));
    }
    if warned > 0 {
        let label = if failing > 0 {
            "⚠️ of these, #fragment missing (warnings)"
        } else {
            "⚠️ of these, #fragment missing"
        };
        links.push((label.to_string(), warned));
    }
    // A verdict that fails the run counts its failing quotes beside ❌ and its short quotes
    // not found (only warned about) on a row of their own.
    let mut quotes: Vec<(String, usize)> = Vec::new();
    for v in Verdict::ALL {
        if !opts.fail_policy.is_failure_verdict(v) {
            let (listed, unlisted) = opts.fail_policy.listed_counts(report, v);
            quotes.push((v.as_str().to_string(), listed));
            quotes.push((format!("{} (short, not listed)", v.as_str()), unlisted));
            continue;
        }
        let (failing, other) = opts.fail_policy.verdict_counts(report, v);
        quotes.push((format!("❌ {}", v.as_str()), failing));
        quotes.push((format!("⚠️ {} (short, warnings)", v.as_str()), other));
    }
    quotes.retain(|(_, n)| *n > 0);
    // Counted among their verdicts too, and said apart: they fail by default.
    let disputed = super::disputed_count(report);
    if disputed > 0 {
        let icon = if opts.fail_policy.fails_on_disputed() {
            "❌ "
        } else {
            "⚠️ "
        };
        // Said as a share of the rows above, not a verdict of its own.
        let page = if disputed == 1 {
            "its page"
        } else {
            "their page"
        };
        quotes.push((format!("{icon}of these, disputed by {page}"), disputed));
    }
    if links.is_empty() && quotes.is_empty() {
        return Ok(());
    }
    writeln!(out, "| Link status | Links | Quote verdict | Quotes |")?;
    writeln!(out, "|---|---:|---|---:|")?;
    for i in 0..links.len().max(quotes.len()) {
        let (ls, ln) = links
            .get(i)
            .map_or((String::new(), String::new()), |(s, n)| {
                (escape(s), n.to_string())
            });
        let (qs, qn) = quotes
            .get(i)
            .map_or((String::new(), String::new()), |(s, n)| {
                (escape(s), n.to_string())
            });
        writeln!(out, "| {ls} | {ln} | {qs} | {qn} |")?;
    }
    writeln!(out)
}

/// One finding's entry; `also`, the other places the same link fails the same way, named
/// after its own (`at a.md:3:5 and 2 more places (b.md:1:1, c.md:9:2)`, ten at most).
fn write_finding(
    f: &Finding<'_>,
    also: &[&Finding<'_>],
    opts: &ReportOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let policy = &opts.fail_policy;
    let mut pos = position(f.file, f.line, f.column);
    if !also.is_empty() {
        let shown: Vec<String> = also
            .iter()
            .take(10)
            .map(|g| position(g.file, g.line, g.column))
            .collect();
        let rest = also.len() - shown.len();
        pos.push_str(&format!(
            " and {} ({}{})",
            super::plural(also.len(), "more place", "more places"),
            shown.join(", "),
            if rest > 0 {
                format!(", and {rest} more")
            } else {
                String::new()
            }
        ));
    }
    match f.subject {
        Subject::Link(link) if f.rule != super::Rule::MissingFragment => {
            // A local file is named as the article wrote it, relative to the working
            // folder: a `file:` link in a pull request's comment leads nowhere.
            let shown = opts.shown(&link.url);
            let target = if shown.starts_with("file:") || shown != link.url {
                format!("`{}`", escape(&clean(&shown)))
            } else {
                link_to(&link.url, &link.url)
            };
            let mut line = format!("- **{}** at {pos} — {target}", f.rule.title());
            // A loop's last status (a `302`) is no failure: its detail names the problem.
            if let Some(code) = link
                .http_status
                .filter(|c| !super::says_code(link, *c))
                .filter(|_| super::redirect_heading(link).is_none())
            {
                line.push_str(&format!(" — HTTP {code}"));
            }
            if !link.detail.is_empty() {
                line.push_str(&format!(" — {}", escape(&clean(&opts.shown(&link.detail)))));
            }
            if let Some(instead) = super::use_instead_unsaid(link) {
                line.push_str(&format!(" — use instead: {}", link_to(instead, instead)));
            }
            if let Some(note) = super::cached_note(link) {
                line.push_str(&format!(" — {note}"));
            }
            writeln!(out, "{line}")?;
        }
        Subject::Quote(q) => write_quote(f, q, policy.short_quote_exemption(q), &pos, out)?,
        _ => {
            // The URL the message names is a link there, as every other entry's is (a
            // missing fragment's entry showed it as plain text).
            let shown = opts.shown(&f.message);
            let message = match f
                .url
                .and_then(|u| shown.split_once(u).map(|(a, b)| (u, a, b)))
            {
                Some((url, before, after)) => format!(
                    "{}{}{}",
                    escape(&clean(before)),
                    link_to(url, url),
                    escape(&clean(after))
                ),
                None => escape(&clean(&shown)),
            };
            let mut line = format!("- **{}** at {pos} — {message}", f.rule.title());
            if let (Some(url), false) = (f.url, f.message.contains(f.url.unwrap_or_default())) {
                line.push_str(&format!(" — {}", link_to(url, url)));
            }
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

fn write_quote(
    f: &Finding<'_>,
    q: &QuoteResult,
    exemption: Option<String>,
    pos: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut head = match &exemption {
        Some(why) => format!("- **Short quote not found** at {pos} ({})", escape(why)),
        // A quote listed for its warnings says its verdict too (`Verified quote, with a
        // warning`): "Quote warning" alone left a reader to guess whether it matched.
        None if f.rule == super::Rule::QuoteWarning => {
            let verdict =
                super::Rule::for_verdict(q.verdict).map_or("Verified quote", |r| r.title());
            let which = if q.warnings.len() > 1 {
                "with warnings"
            } else {
                "with a warning"
            };
            format!("- **{verdict}, {which}** at {pos}")
        }
        None => format!("- **{}** at {pos}", f.rule.title()),
    };
    if matches!(
        q.verdict,
        Verdict::Altered | Verdict::Partial | Verdict::NotFound
    ) {
        head.push_str(&format!(" — score {:.2}", q.score));
    }
    // Only a match has evidence; a quote not found links to the page it was looked for on.
    if let Some(link) = &q.fragment_link {
        head.push_str(&format!(" — {}", link_to(super::link_label(q), link)));
    } else if let Some(url) = &q.checked_url {
        head.push_str(&format!(" — {}", link_to("checked page", url)));
    } else if let Some(url) = q.cited_urls.first() {
        head.push_str(&format!(" — cites {}", link_to(url, url)));
    }
    writeln!(out, "{head}")?;
    writeln!(out)?;
    let (article, source) = marked_sides(q, MAX_PASSAGE);
    writeln!(out, "  > **Article:** {}", bolden(&escape(&article)))?;
    if let Some(source) = source {
        writeln!(out, "  >")?;
        writeln!(out, "  > **Source:** {}", bolden(&escape(&source)))?;
    }
    writeln!(out)?;
    if !q.differences.is_empty() {
        writeln!(out, "  | Article says | Source says | Note |")?;
        writeln!(out, "  |---|---|---|")?;
        for d in &q.differences {
            let a = if d.kind == DiffKind::Dropped {
                "—".to_string()
            } else {
                escape(&clean(&d.quote))
            };
            let s = if d.kind == DiffKind::Added {
                "—".to_string()
            } else {
                escape(&clean(&d.source))
            };
            let note = d
                .note
                .as_deref()
                .map(|n| escape(&clean(n)))
                .unwrap_or_default();
            writeln!(out, "  | {a} | {s} | {note} |")?;
        }
        writeln!(out)?;
    }
    let mut notes: Vec<String> = Vec::new();
    if !q.detail.is_empty() && f.rule != super::Rule::QuoteWarning {
        notes.push(escape(&clean(&q.detail)));
    }
    notes.extend(q.warnings.iter().map(|w| {
        if q.is_dispute(w) {
            format!("⛔ **Disputed:** {}", escape(&clean(w)))
        } else {
            format!("⚠️ {}", escape(&clean(w)))
        }
    }));
    for n in notes {
        writeln!(out, "  {n}")?;
        writeln!(out)?;
    }
    Ok(())
}

fn match_name(m: crate::model::MatchKind) -> &'static str {
    use crate::model::MatchKind;
    match m {
        MatchKind::Exact => "exact",
        MatchKind::Typography => "typography",
        MatchKind::Minor => "minor",
        MatchKind::Fuzzy => "fuzzy",
    }
}

/// `file:line:column` in bold, escaped.
fn position(file: &str, line: usize, column: usize) -> String {
    format!("{}:{line}:{column}", escape(&clean(file)))
}

/// Replaces the marking sentinels by bold.
fn bolden(s: &str) -> String {
    s.replace([A_OPEN, S_OPEN], "**")
        .replace([A_CLOSE, S_CLOSE], "**")
}

/// Escapes text for Markdown (inline context and table cells).
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in clean_keep_marks(s).chars().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '|' | '~' | '!' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            // At the start, these would begin a list item or a heading.
            '-' | '+' | '.' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '@' => out.push_str("&#64;"),
            _ => out.push(c),
        }
    }
    out
}

/// Drops control characters and writes bidirectional controls as escapes, as [`clean`]
/// does, but keeps the marking sentinels (already validated by [`clean`] before marking).
/// Every text of the report goes through here, a file name shown as it is too.
fn clean_keep_marks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_whitespace() {
            out.push(' ');
        } else if super::is_bidi_control(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else if !c.is_control() {
            out.push(c);
        }
    }
    out
}

/// A link when the URL is safe to click, else the escaped text.
fn link_to(label: &str, url: &str) -> String {
    let label = escape(&clean(label));
    if !is_safe_href(url) {
        return label;
    }
    let mut target = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '<' | '>' | ' ' | '(' | ')' | '|' | '\\' | '"' | '`' => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    target.push_str(&format!("%{b:02X}"));
                }
            }
            c if c.is_control() => {}
            c => target.push(c),
        }
    }
    format!("[{label}](<{target}>)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{sample, Format};

    #[test]
    fn snapshot() {
        let text = sample::render(Format::Markdown);
        sample::save_sample("report.md", &text);
        sample::assert_snapshot("report.md", &text);
    }

    #[test]
    fn escapes_hostile_text() {
        let text = sample::render(Format::Markdown);
        assert!(!text.contains("<script>"), "raw markup leaked");
        assert!(!text.contains("<img"), "raw markup leaked");
        assert!(text.contains("&lt;script&gt;"));
        assert!(
            !text.contains("](<javascript:"),
            "javascript: became a link"
        );
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
        // A bidirectional override, in a file's name too (the closing list of the files
        // checked), is written as an escape, never as itself.
        assert_eq!(escape("posts/\u{202E}gnp.md"), r"posts/\\u\{202e\}gnp.md");
        // Every table row has the same number of unescaped pipes as its header.
        for line in text.lines().filter(|l| l.trim_start().starts_with('|')) {
            let pipes = line.matches('|').count() - line.matches("\\|").count();
            assert!(pipes == 5 || pipes == 4, "broken table row: {line}");
        }
    }

    #[test]
    fn shows_positions_differences_and_evidence() {
        let text = sample::render(Format::Markdown);
        assert!(text.contains("**Dead link** at article.md:12:5"), "{text}");
        assert!(text.contains("| 12 | 21 | number changed |"), "{text}");
        assert!(text.contains("fell by **12** percent") && text.contains("fell by **21** percent"));
        assert!(text.contains("[evidence](<https://example.org/ok#:~:text=unemployment"));
        assert!(text.starts_with("## citecheck: ❌ 9 findings fail the run"));
    }

    /// Under a small cap the report keeps its head and the first failures whole, counts the
    /// rest, and says what it left out; with room, it is the full report.
    #[test]
    fn capped_report_counts_what_it_leaves_out() {
        let report = sample::report();
        let opts = ReportOptions::default();
        let render = |max: usize| {
            let mut out = Vec::new();
            write_capped(&report, &opts, max, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let full = render(MAX_CHARS);
        assert!(!full.contains("This report is shortened"), "{full}");
        let small = render(3_000);
        assert!(small.chars().count() <= 3_000, "{}", small.chars().count());
        assert!(small.starts_with("## citecheck: ❌ 9 findings fail the run"));
        assert!(small.contains("This report is shortened"), "{small}");
        assert!(small.contains("### ❌ Failures (9)"), "{small}");
        assert!(small.contains("more not shown here") || small.contains("failures not shown here"));
        // What is shown is what the full report shows, in the same order.
        let first = small
            .lines()
            .find(|l| l.starts_with("- **"))
            .expect("a finding is shown");
        assert!(full.contains(first));
        assert_eq!(thousands(60_000), "60,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(
            join_and(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
    }

    #[test]
    fn escape_and_links() {
        assert_eq!(escape("a|b <c> @d *e*"), "a\\|b &lt;c&gt; &#64;d \\*e\\*");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(link_to("x", "javascript:alert(1)"), "x");
        assert_eq!(
            link_to("x", "https://e.org/a b(c)"),
            "[x](<https://e.org/a%20b%28c%29>)"
        );
    }
}
