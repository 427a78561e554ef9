//! The terminal report (the default format), for an editor reading it at a terminal.
//!
//! Grouped by document, problems first (failures, then warnings, then notes), each with its
//! `file:line:column` so terminals and editors can jump to it; each quote with its verdict, the
//! words that differ marked on both sides, and the evidence link; then the verified quotes,
//! and a summary with counts and the elapsed time.
//!
//! Without colour, differing words are marked wdiff-style: `[-what the article says-]` and
//! `{+what the source says+}`. With colour they are shown in red and green instead. Text is
//! wrapped to [`ReportOptions::width`] columns; a URL is never broken (it must stay
//! clickable), so a very long one may overflow.
//!
//! A sample (no colour):
//!
//! ```text
//! article.md
//!   ✗ article.md:21:3  altered quote (score 0.91)
//!       article: Unemployment in the region fell by [-12-] percent in 2023
//!       source:  …unemployment in the region fell by {+21+} percent in 2023…
//!       • article says “12”, source says “21” [number changed]
//!       evidence: https://example.org/ok#:~:text=unemployment…
//! ```

use std::io::{self, Write};

use super::{
    clean, difference_text, files, findings, human_duration, marked_sides, status_count, Finding,
    Level, ReportOptions, Subject, A_CLOSE, A_OPEN, S_CLOSE, S_OPEN,
};
use crate::model::{LinkResult, LinkStatus, QuoteResult, Report, Verdict};

/// The longest quote or passage shown, in characters; longer ones are cut with `…`.
const MAX_PASSAGE: usize = 600;

/// ANSI styles, written by hand (no dependency needed for six codes).
struct Style {
    on: bool,
    /// Whether differing words were marked without colour (`[-…-]`, `{+…+}`): the report
    /// then explains the markers once, before its summary.
    marked: std::cell::Cell<bool>,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn level(&self, level: Level, text: &str) -> String {
        match level {
            Level::Error => self.paint("1;31", text),
            Level::Warning => self.paint("33", text),
            Level::Note => self.paint("36", text),
        }
    }
    fn ok(&self, text: &str) -> String {
        self.paint("32", text)
    }
    fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }
    fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }
    /// Replaces the sentinels by markers (no colour) or colour codes.
    fn marks(&self, text: &str) -> String {
        let (ao, ac, so, sc) = if self.on {
            ("\x1b[1;4;31m", "\x1b[0m", "\x1b[1;4;32m", "\x1b[0m")
        } else {
            ("[-", "-]", "{+", "+}")
        };
        text.replace(A_OPEN, ao)
            .replace(A_CLOSE, ac)
            .replace(S_OPEN, so)
            .replace(S_CLOSE, sc)
    }
}

fn symbol(level: Level) -> &'static str {
    match level {
        Level::Error => "✗",
        Level::Warning => "!",
        Level::Note => "→",
    }
}

/// Writes the terminal report.
///
/// # Errors
/// Writing fails.
pub fn write(report: &Report, opts: &ReportOptions, out: &mut dyn Write) -> io::Result<()> {
    let style = Style {
        on: opts.color,
        marked: std::cell::Cell::new(false),
    };
    let width = opts.width.max(40);
    let all = findings(report, &opts.fail_policy);
    for file in files(report) {
        writeln!(out, "{}", style.bold(&clean(file)))?;
        let here: Vec<&Finding<'_>> = all.iter().filter(|f| f.file == file).collect();
        // A link cited again in the same document with the same finding is shown whole
        // once; its later places name the first (a redirected link cited three times had
        // its "use … instead" said three times over).
        let mut shown_links: Vec<(&str, super::Rule, usize)> = Vec::new();
        for f in super::one_block_per_quote(&here) {
            if let Subject::Link(link) = f.subject {
                if let Some(&(_, _, first)) = shown_links
                    .iter()
                    .find(|(url, rule, _)| *url == link.url.as_str() && *rule == f.rule)
                {
                    writeln!(
                        out,
                        "  {} {}  {}",
                        style.level(f.level, symbol(f.level)),
                        style.bold(&format!("{}:{}:{}", clean(f.file), f.line, f.column)),
                        style.level(f.level, &f.rule.title().to_lowercase())
                    )?;
                    writeln!(out, "      the same link as at line {first}, above")?;
                    continue;
                }
                shown_links.push((link.url.as_str(), f.rule, f.line));
            }
            write_finding(f, opts, &style, width, out)?;
        }
        let verified: Vec<&QuoteResult> = report
            .quotes
            .iter()
            .filter(|q| q.file == file && q.verdict == Verdict::Verified && q.warnings.is_empty())
            .collect();
        for q in &verified {
            write_verified(q, &style, width, out)?;
        }
        if opts.verbose {
            write_passed_links(report, file, opts, &style, out)?;
        }
        let ok_links = report
            .links
            .iter()
            .filter(|l| {
                matches!(l.status, LinkStatus::Ok)
                    && l.fragment != Some(crate::model::FragmentStatus::Missing)
                    && l.occurrences.iter().any(|o| o.file == file)
            })
            .count();
        let verified_here = report
            .quotes
            .iter()
            .filter(|q| q.file == file && q.verdict == Verdict::Verified && q.disputes.is_empty())
            .count();
        // What passed, with a tick: nothing at zero ("✓ 0 links ok" under a document whose
        // only link is dead read as a pass), and no line at all when nothing passed.
        let mut tally = Vec::new();
        if ok_links > 0 {
            tally.push(super::plural(ok_links, "link", "links") + " ok");
        }
        if verified_here > 0 {
            tally.push(super::plural(verified_here, "quote", "quotes") + " verified");
        }
        if here.is_empty() {
            tally.push("no problems".into());
        }
        if !tally.is_empty() {
            writeln!(out, "  {} {}", style.ok("✓"), tally.join(" · "))?;
        }
        writeln!(out)?;
    }
    if style.marked.get() {
        writeln!(out, "{MARKERS_KEY}")?;
        writeln!(out)?;
    }
    write_summary(report, opts, &all, &style, width, out)
}

/// The line explaining the markers of differing words, when there is no colour to show
/// them.
const MARKERS_KEY: &str = "Key: [-…-] the article's words, {+…+} the source's, where they differ";

fn write_finding(
    f: &Finding<'_>,
    opts: &ReportOptions,
    style: &Style,
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let policy = &opts.fail_policy;
    let pos = format!("{}:{}:{}", clean(f.file), f.line, f.column);
    let indent = "      ";
    match f.subject {
        Subject::Link(link) if f.rule != super::Rule::MissingFragment => {
            let mut head = f.rule.title().to_lowercase();
            if let Some(problem) = super::redirect_heading(link) {
                head.push_str(&format!(" ({problem})"));
            } else if let Some(code) = link.http_status {
                head.push_str(&format!(" (HTTP {code})"));
            }
            if link.retries > 0 {
                let n = link.retries;
                head.push_str(&format!(
                    ", {n} {}",
                    if n == 1 { "retry" } else { "retries" }
                ));
            }
            writeln!(
                out,
                "  {} {}  {}",
                style.level(f.level, symbol(f.level)),
                style.bold(&pos),
                style.level(f.level, &head)
            )?;
            writeln!(out, "{indent}{}", clean(&opts.shown(&link.url)))?;
            if !link.detail.is_empty() {
                for line in wrap(&clean(&opts.shown(&link.detail)), width, indent) {
                    writeln!(out, "{line}")?;
                }
            }
            if let Some(instead) = super::use_instead_unsaid(link) {
                writeln!(out, "{indent}use instead: {}", clean(instead))?;
            }
            if let Some(note) = super::failing_since_note(link) {
                writeln!(out, "{indent}{note}")?;
            }
            if let Some(note) = super::cached_note(link) {
                writeln!(out, "{indent}{}", style.dim(&note))?;
            }
        }
        // A failing quote's warnings are shown with it; a verified quote with a warning is
        // shown here, among the problems, rather than with the verified ones.
        Subject::Quote(q)
            if matches!(
                f.rule,
                super::Rule::QuoteWarning | super::Rule::DisputedQuote
            ) && q.verdict != Verdict::Verified => {}
        Subject::Quote(q) => {
            let exemption = policy.short_quote_exemption(q);
            let mut head = match q.verdict {
                Verdict::Verified if !q.disputes.is_empty() => {
                    "disputed quote (its words are on the page, which disputes them)".to_string()
                }
                Verdict::Verified => "verified quote, with a warning".to_string(),
                _ if exemption.is_some() => "short quote not found".to_string(),
                _ => f.rule.title().to_lowercase(),
            };
            // Not a score of 1.00 beside "not found": words found whole only where the page
            // hides them (a `display:none` draft) are not found, as the detail says.
            if matches!(q.verdict, Verdict::Altered | Verdict::Partial)
                || (q.verdict == Verdict::NotFound && q.score < 0.995)
            {
                head.push_str(&format!(" (score {:.2})", q.score));
            }
            // The note to look at, in an article of many (`note 7`, `notes 3, 4`).
            head.push_str(&notes_cited(q));
            writeln!(
                out,
                "  {} {}  {}",
                style.level(f.level, symbol(f.level)),
                style.bold(&pos),
                style.level(f.level, &head)
            )?;
            if let Some(why) = exemption {
                let line = format!("short quote ({why})");
                for line in wrap(&line, width, "      ") {
                    writeln!(out, "{}", style.level(f.level, &line))?;
                }
            }
            write_quote_body(q, policy, style, width, out)?;
        }
        _ => {
            writeln!(
                out,
                "  {} {}  {}",
                style.level(f.level, symbol(f.level)),
                style.bold(&pos),
                style.level(f.level, &f.rule.title().to_lowercase())
            )?;
            for line in wrap(&clean(&opts.shown(&f.message)), width, indent) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// A quote's detail as shown under its difference bullets: an altered quote's detail names
/// the differences again in a parenthesis (`… but the words differ (quote has “2027” where
/// the source has “2026” (number changed)): score 0.94 on URL`), which the bullets right
/// above it say already, a third time with the marked passages; the rest of it (the score,
/// the page, other pages it names) is kept. The JSON report keeps the whole detail.
fn detail_under_bullets(q: &QuoteResult) -> std::borrow::Cow<'_, str> {
    if !q.differences.is_empty() {
        if let Some(rest) = q
            .detail
            .strip_prefix(crate::verify::WORDS_DIFFER)
            .and_then(|r| r.strip_prefix(" ("))
        {
            if let Some(k) = rest.find("): score ") {
                return format!(
                    "a close passage is on the page, with the differences above{}",
                    &rest[k + 1..]
                )
                .into();
            }
        }
    }
    q.detail.as_str().into()
}

/// ` · note 7` (` · notes 3, 4`) for a quote citing notes, else nothing.
fn notes_cited(q: &QuoteResult) -> String {
    let mut labels: Vec<&str> = Vec::new();
    for c in &q.citations {
        if let Some(l) = c.footnote.as_deref() {
            if !labels.contains(&l) {
                labels.push(l);
            }
        }
    }
    match labels.as_slice() {
        [] => String::new(),
        [one] => format!(" · note {one}"),
        many => format!(" · notes {}", many.join(", ")),
    }
}

fn write_quote_body(
    q: &QuoteResult,
    policy: &super::FailPolicy,
    style: &Style,
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let indent = "      ";
    let cont = "               ";
    let (article, source) = marked_sides(q, MAX_PASSAGE);
    emit_labelled(out, style, width, indent, "article: ", cont, &article)?;
    if let Some(source) = source {
        let before = if q
            .context_before
            .as_deref()
            .is_some_and(|c| !c.trim().is_empty())
        {
            "…"
        } else {
            ""
        };
        // (Not after a passage cut short, which ends with one already.)
        let after = if q
            .context_after
            .as_deref()
            .is_some_and(|c| !c.trim().is_empty())
            && !source.ends_with('…')
        {
            "…"
        } else {
            ""
        };
        emit_labelled(
            out,
            style,
            width,
            indent,
            "source:  ",
            cont,
            &format!("{before}{source}{after}"),
        )?;
    }
    for d in &q.differences {
        for line in wrap(&clean(&format!("• {}", difference_text(d))), width, indent) {
            writeln!(out, "{line}")?;
        }
    }
    if !q.detail.is_empty() {
        for line in wrap(&clean(&detail_under_bullets(q)), width, indent) {
            writeln!(out, "{line}")?;
        }
    }
    write_quote_warnings(q, policy, style, width, indent, out)?;
    // Only a text-fragment link is evidence; a quote not found has at most a link to the
    // nearest passage it names.
    if let Some(link) = &q.fragment_link {
        let label = super::link_label(q);
        writeln!(out, "{indent}{label}: {}", style.dim(&clean(link)))?;
    } else if let Some(url) = &q.checked_url {
        writeln!(out, "{indent}checked: {}", clean(url))?;
    } else if !q.cited_urls.is_empty() {
        writeln!(out, "{indent}cites: {}", clean(&q.cited_urls.join(" ")))?;
    }
    Ok(())
}

/// A quote's warnings, each on its lines: a dispute (`disputed: …`) at the level the fail
/// policy gives it, any other warning as a warning.
fn write_quote_warnings(
    q: &QuoteResult,
    policy: &super::FailPolicy,
    style: &Style,
    width: usize,
    indent: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    for w in &q.warnings {
        let (label, level) = if q.is_dispute(w) && policy.fails_on_disputed() {
            ("disputed", Level::Error)
        } else if q.is_dispute(w) {
            ("disputed", Level::Warning)
        } else {
            ("warning", Level::Warning)
        };
        for line in wrap(&clean(&format!("{label}: {w}")), width, indent) {
            writeln!(out, "{}", style.level(level, &line))?;
        }
    }
    Ok(())
}

fn write_verified(
    q: &QuoteResult,
    style: &Style,
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let how = q
        .match_kind
        .map(|m| {
            format!(
                " ({})",
                serde_json::to_value(m)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            )
        })
        .unwrap_or_default();
    writeln!(
        out,
        "  {} {}:{}:{}  {}",
        style.ok("✓"),
        clean(&q.file),
        q.line,
        q.column,
        style.ok(&format!("verified quote{how}"))
    )?;
    let text = super::short_quote(&clean(&q.text), width.saturating_sub(8));
    writeln!(out, "      {text}")?;
    for w in &q.warnings {
        for line in wrap(&clean(&format!("warning: {w}")), width, "      ") {
            writeln!(out, "{}", style.level(Level::Warning, &line))?;
        }
    }
    if let Some(link) = &q.fragment_link {
        writeln!(out, "      evidence: {}", style.dim(&clean(link)))?;
    } else if let Some(url) = &q.checked_url {
        writeln!(out, "      checked: {}", clean(url))?;
    }
    Ok(())
}

/// `--verbose`: every link of `file` that is no finding (ok, excluded, unsupported), one
/// line per place it is cited, in the order of the document.
fn write_passed_links(
    report: &Report,
    file: &str,
    opts: &ReportOptions,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut passed: Vec<(usize, usize, &LinkResult)> = report
        .links
        .iter()
        .filter(|l| super::Rule::for_status(l.status).is_none())
        .flat_map(|l| {
            l.occurrences
                .iter()
                .filter(|o| o.file == file)
                .map(move |o| (o.line, o.column, l))
        })
        .collect();
    passed.sort_by_key(|&(line, column, l)| (line, column, l.url.as_str()));
    for (line, column, l) in passed {
        let (mark, status) = if l.status == LinkStatus::Ok {
            let code = l.http_status.map(|c| format!(" {c}")).unwrap_or_default();
            (style.ok("✓"), style.ok(&format!("ok{code}")))
        } else {
            (style.dim("·"), style.dim(l.status.as_str()))
        };
        writeln!(
            out,
            "  {mark} {}:{line}:{column}  {status}  {}",
            clean(file),
            clean(&opts.shown(&l.url))
        )?;
        // Why a link was not checked (the `.citecheckignore` rule and its line, page
        // furniture, a scheme not fetched), as the HTML report says it: an editor's
        // evaluation found `excluded` alone, with nothing to tell a rule from a mistake.
        if l.status != LinkStatus::Ok && !l.detail.is_empty() {
            writeln!(out, "      {}", style.dim(&clean(&l.detail)))?;
        }
    }
    Ok(())
}

fn write_summary(
    report: &Report,
    opts: &ReportOptions,
    all: &[Finding<'_>],
    style: &Style,
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let s = &report.summary;
    writeln!(
        out,
        "{} {} · {} · {} · {}",
        style.bold("Summary:"),
        super::plural(s.documents, "document", "documents"),
        super::links_phrase(report),
        super::plural(s.quotes, "quote", "quotes"),
        human_duration(s.elapsed_ms)
    )?;
    // "3 dead", "1 altered", …: counts above zero, failing ones in the error colour (short
    // quotes not found, only warned about, in the warning colour).
    let tally = |n: usize, name: &str, level: Option<Level>| {
        (n > 0).then(|| {
            let text = format!("{n} {name}");
            match level {
                Some(level) => style.level(level, &text),
                None => text,
            }
        })
    };
    let mut links: Vec<String> = LinkStatus::ALL
        .iter()
        .filter_map(|st| {
            tally(
                status_count(report, *st),
                st.as_str(),
                opts.fail_policy
                    .is_failure_status(*st)
                    .then_some(Level::Error),
            )
        })
        .collect();
    // Why most of a live article's links went unchecked, and how to check them.
    let furniture = report
        .links
        .iter()
        .filter(|l| l.status == LinkStatus::Excluded && l.detail == crate::fetch::FURNITURE)
        .count();
    links.extend(tally(
        furniture,
        "of them the live page's furniture (--include-furniture checks them)",
        None,
    ));
    // A link found whose `#fragment` is not on its page is counted among its status (the
    // page answered), and said apart as some of those, as disputed quotes are: the summary
    // read `2 ok` over a missing fragment that failed the run.
    let fragments = report.summary.missing_fragments;
    let (failing, warned) = super::fragment_split(all, fragments);
    let fragments = (fragments > 0).then(|| {
        style.level(
            if failing > 0 {
                Level::Error
            } else {
                Level::Warning
            },
            &format!(
                "of these, {fragments} without {} #fragment on the page{}",
                if fragments == 1 { "its" } else { "their" },
                // Some fail the run, some are only warned about: which are which.
                if failing > 0 && warned > 0 {
                    format!(" ({failing} failing, {warned} warned about)")
                } else {
                    String::new()
                }
            ),
        )
    });
    // A verdict that fails the run: its failing quotes, and apart its short quotes not
    // found, only warned about.
    let mut quotes: Vec<String> = Vec::new();
    for v in Verdict::ALL {
        if opts.fail_policy.is_failure_verdict(v) {
            let (failing, other) = opts.fail_policy.verdict_counts(report, v);
            quotes.extend(tally(failing, v.as_str(), Some(Level::Error)));
            let short = format!("{} (short, warnings)", v.as_str());
            quotes.extend(tally(other, &short, Some(Level::Warning)));
        } else {
            let (listed, unlisted) = opts.fail_policy.listed_counts(report, v);
            quotes.extend(tally(listed, v.as_str(), None));
            let short = format!("{} (short, not listed)", v.as_str());
            quotes.extend(tally(unlisted, &short, None));
        }
    }
    // Counted among their verdicts too: said apart, as they fail by default, after a
    // semicolon and with their verdicts, as some of the quotes counted before it (`1
    // altered, 5 verified; of these, 5 disputed by their pages (1 altered, 4 verified)`):
    // `5 verified, 5 of them disputed` read as all five verified quotes disputed.
    let disputed = super::disputed_count(report);
    let disputed = (disputed > 0).then(|| {
        let by_verdict: Vec<String> = Verdict::ALL
            .iter()
            .filter_map(|&v| {
                let n = report
                    .quotes
                    .iter()
                    .filter(|q| q.verdict == v && !q.disputes.is_empty())
                    .count();
                (n > 0).then(|| format!("{n} {}", v.as_str()))
            })
            .collect();
        let text = format!(
            "of these, {disputed} disputed by {} ({})",
            if disputed == 1 {
                "its page"
            } else {
                "their pages"
            },
            by_verdict.join(", ")
        );
        style.level(
            if opts.fail_policy.fails_on_disputed() {
                Level::Error
            } else {
                Level::Warning
            },
            &text,
        )
    });
    // Wrap on the uncoloured text so colour codes do not count as width.
    let mut links: Vec<(&str, String)> = links.into_iter().map(|l| (", ", l)).collect();
    links.extend(fragments.map(|f| ("; ", f)));
    let mut quotes: Vec<(&str, String)> = quotes.into_iter().map(|q| (", ", q)).collect();
    quotes.extend(disputed.map(|d| ("; ", d)));
    for (label, items) in [("  links:  ", links), ("  quotes: ", quotes)] {
        if items.is_empty() {
            continue;
        }
        let mut line = label.to_string();
        let mut visible = label.chars().count();
        for (i, (sep, item)) in items.iter().enumerate() {
            let sep = if i == 0 { "" } else { *sep };
            let w = visible_width(item) + sep.len();
            if i > 0 && visible + w > width {
                writeln!(out, "{line}{}", sep.trim_end())?;
                line = " ".repeat(label.len());
                visible = label.len();
                line.push_str(item);
                visible += visible_width(item);
            } else {
                line.push_str(sep);
                line.push_str(item);
                visible += w;
            }
        }
        writeln!(out, "{line}")?;
    }
    let failing = all.iter().filter(|f| super::fails_by_policy(f)).count();
    let warnings = all.iter().filter(|f| f.level == Level::Warning).count();
    let hint = if opts.fail_policy.fails(report) {
        " (see --fail-on)"
    } else {
        ""
    };
    let result = match super::failure_phrase(report, opts, failing) {
        Some(phrase) => style.level(Level::Error, &format!("FAILED: {phrase}{hint}")),
        None => style.ok("PASSED"),
    };
    let tail = if warnings > 0 {
        format!(", {}", super::plural(warnings, "warning", "warnings"))
    } else {
        String::new()
    };
    writeln!(out, "{} {result}{tail}", style.bold("Result:"))?;
    // Cited web pages that are gone and have no archived copy named: an archive may have
    // kept them. Said once, under the result, rather than under each dead link (an
    // editor's evaluation found it only under quotes citing one).
    let gone = report
        .links
        .iter()
        .filter(|l| {
            matches!(l.status, LinkStatus::Dead | LinkStatus::Soft404)
                && l.archived_copy.is_none()
                && l.archive_of.is_none()
                && crate::fetch::is_web(&l.url)
        })
        .count();
    if opts.archive_hint && gone > 0 {
        let pages = if gone == 1 {
            "the cited page that is gone (dead or a soft 404)".to_string()
        } else {
            format!("the {gone} cited pages that are gone (dead or soft 404s)")
        };
        let text = format!("--suggest-archive asks the Wayback Machine for copies of {pages}");
        for line in wrap_with(&text, width, "Hint: ", "      ") {
            writeln!(out, "{}", style.dim(&line))?;
        }
    }
    // Uncited quotes listed: some may be examples, no quotations (a style guide's sample
    // sentence was listed on every run, and nothing said how to leave it out).
    // Not for a quote whose marker points to no note: the fix there is the note (a
    // held-out review found the hint nudging an editor to hide a real quotation).
    if all.iter().any(|f| {
        f.rule == super::Rule::UncitedQuote
            && !matches!(f.subject, super::Subject::Quote(q) if super::is_dangling_marker_detail(&q.detail))
    }) {
        // The comment on a line of its own, never cut by the wrapping.
        let text = "a quoted example that is no quotation is left out by this comment \
                    before it (or by a `quote:REGEX` line in .citecheckignore):";
        for line in wrap_with(text, width, "Hint: ", "      ") {
            writeln!(out, "{}", style.dim(&line))?;
        }
        writeln!(out, "{}", style.dim("      <!-- citecheck-ignore-next -->"))?;
    }
    Ok(())
}

fn emit_labelled(
    out: &mut dyn Write,
    style: &Style,
    width: usize,
    indent: &str,
    label: &str,
    cont: &str,
    text: &str,
) -> io::Result<()> {
    let prefix = format!("{indent}{label}");
    let marked_plain = if style.on {
        text.to_string()
    } else {
        if text.contains([A_OPEN, S_OPEN]) {
            style.marked.set(true);
        }
        style.marks(text)
    };
    for line in wrap_with(&marked_plain, width, &prefix, cont) {
        writeln!(out, "{}", style.marks(&line))?;
    }
    Ok(())
}

/// Width on screen, ignoring sentinels and ANSI escapes.
fn visible_width(s: &str) -> usize {
    let mut n = 0;
    let mut in_escape = false;
    for c in s.chars() {
        if in_escape {
            if c == 'm' {
                in_escape = false;
            }
        } else if c == '\x1b' {
            in_escape = true;
        } else if !(A_OPEN..=S_CLOSE).contains(&c) {
            n += 1;
        }
    }
    n
}

fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    wrap_with(text, width, indent, indent)
}

/// Greedy word wrap: `first` prefixes the first line, `rest` the others. A word longer than
/// the line (a URL) gets a line of its own rather than being broken.
fn wrap_with(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut used = visible_width(first);
    let mut empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = visible_width(word);
        if !empty && used + 1 + w > width {
            lines.push(std::mem::replace(&mut line, rest.to_string()));
            used = visible_width(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += w;
        empty = false;
    }
    if !empty || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{mark, sample, write_report, Format, ReportOptions};

    #[test]
    fn snapshot_without_colour() {
        let text = sample::render(Format::Terminal);
        assert!(!text.contains('\x1b'), "no colour codes without colour");
        sample::assert_snapshot("terminal.txt", &text);
    }

    #[test]
    fn fits_80_columns_except_unbreakable_urls() {
        for line in sample::render(Format::Terminal).lines() {
            let n = line.chars().count();
            let has_url = line.split(' ').any(|w| w.chars().count() > 40);
            assert!(n <= 80 || has_url, "{n} columns: {line}");
        }
    }

    #[test]
    fn shows_positions_differences_and_evidence() {
        let text = sample::render(Format::Terminal);
        assert!(
            text.contains("article.md:12:5  dead link (HTTP 404)"),
            "{text}"
        );
        assert!(
            text.contains("notes/q&a, part 1.md:4:1  dead link"),
            "{text}"
        );
        assert!(text.contains("[-12-]") && text.contains("{+21+}"), "{text}");
        assert!(
            text.contains("{+not+}"),
            "dropped negation marked on the source side"
        );
        assert!(text.contains("evidence: https://example.org/ok#:~:text=unemployment"));
        assert!(text.contains("FAILED"));
        assert!(text.contains("1.2 s"));
        // Problems come before verified quotes in each document.
        let dead = text.find("article.md:12:5").unwrap();
        let verified = text.find("verified quote").unwrap();
        assert!(dead < verified);
    }

    #[test]
    fn strips_control_characters() {
        let text = sample::render(Format::Terminal);
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "control characters leak"
        );
    }

    #[test]
    fn colour_only_when_asked() {
        let mut out = Vec::new();
        let opts = ReportOptions {
            color: true,
            ..ReportOptions::default()
        };
        write_report(&sample::report(), Format::Terminal, &opts, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("\x1b[1;31m"));
        assert!(!text.contains("[-12-]"), "colour replaces the markers");
        assert!(text.contains("\x1b[1;4;31m12\x1b[0m"));
    }

    #[test]
    fn wrap_keeps_long_words_whole() {
        let lines = wrap_with(
            "a b https://example.org/very/long/path/that/does/not/fit c",
            20,
            "> ",
            "  ",
        );
        assert!(lines
            .iter()
            .any(|l| l.contains("https://example.org/very/long/path/that/does/not/fit")));
        assert!(lines
            .iter()
            .all(|l| l.chars().count() <= 20 || l.contains("https://")));
    }

    #[test]
    fn mark_finds_whole_words_only() {
        let m = mark("in 2012 it rose 12 points", &["12"], '[', ']');
        assert_eq!(m, "in 2012 it rose [12] points");
        assert_eq!(mark("abc", &["zzz"], '[', ']'), "abc");
    }

    #[test]
    fn passes_when_clean() {
        let mut r = sample::report();
        r.links.retain(|l| l.status == LinkStatus::Ok);
        r.quotes.retain(|q| q.verdict == Verdict::Verified);
        r.metadata_warnings.clear();
        r.documents.iter_mut().for_each(|d| d.warnings.clear());
        let mut out = Vec::new();
        write_report(&r, Format::Terminal, &ReportOptions::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("Result: PASSED"), "{text}");
        // An input that could not be read (the run exits 2) is no pass.
        let opts = ReportOptions {
            unreadable: 1,
            ..ReportOptions::default()
        };
        for format in [Format::Terminal, Format::Markdown, Format::Html] {
            let mut out = Vec::new();
            write_report(&r, format, &opts, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(text.contains("1 input could not be read"), "{text}");
            assert!(
                !text.contains("PASSED") && !text.contains("passed") && !text.contains("Passed"),
                "{text}"
            );
        }
    }

    /// Bidirectional overrides and isolates in an article or a page are shown as escapes,
    /// never as what they would make the terminal show (text read backwards).
    #[test]
    fn bidi_controls_are_escaped() {
        assert_eq!(
            super::super::clean("the \u{202E}evil\u{2066} end"),
            "the \\u{202e}evil\\u{2066} end"
        );
        assert_eq!(
            super::super::clean("שלום \u{200F}עולם"),
            "שלום \u{200F}עולם"
        );
    }
}
