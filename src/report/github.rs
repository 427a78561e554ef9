//! The GitHub Actions report (`--format github`): one workflow command per finding, so each
//! shows as an annotation on the article's line in the pull request.
//!
//! `::error file=…,line=…,col=…,title=…::message` for findings that fail the run (per the
//! fail policy) and for inputs that could not be read, `::warning` for the others and
//! `::notice` for redirects; most severe first, because GitHub shows only the first few
//! annotations of each kind per step. Articles read from a URL or standard input have no
//! file to annotate, so their commands carry no `file`/`line`/`col`. The closing `::notice`
//! sums up, `1 input could not be read; ` first when one could not.
//!
//! Escaping follows the runner: in the message, `%` → `%25`, CR → `%0D`, LF → `%0A`; in
//! property values additionally `:` → `%3A` and `,` → `%2C`. Paths are made relative to
//! [`ReportOptions::base_dir`] when they lie inside it (annotations need repository-relative
//! paths).
//!
//! The step summary: the library never writes files. To fill it, the binary appends the
//! Markdown report ([`super::markdown::write`]) to the file named by `GITHUB_STEP_SUMMARY`
//! when that variable is set.

use std::io::{self, Write};
use std::path::Path;

use super::{findings, Level, ReportOptions};
use crate::model::Report;

/// Writes one workflow command per finding, most severe first, then a `::notice` with the
/// totals.
///
/// # Errors
/// Writing fails.
pub fn write(report: &Report, opts: &ReportOptions, out: &mut dyn Write) -> io::Result<()> {
    let all = findings(report, &opts.fail_policy);
    for f in &all {
        let command = match f.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "notice",
        };
        let mut props = Vec::new();
        // An article that is no file of the repository (standard input, a live article)
        // has no `file=`: its place is said in the message (`<stdin>:1:12: …`).
        let mut place = String::new();
        if let Some(path) = annotation_path(f.file, opts) {
            props.push(format!("file={}", property(&path)));
            props.push(format!("line={}", f.line.max(1)));
            props.push(format!("col={}", f.column.max(1)));
        } else if !f.file.is_empty() {
            place = format!("{}:{}:{}: ", f.file, f.line.max(1), f.column.max(1));
        }
        props.push(format!(
            "title={}",
            property(&format!("citecheck: {}", f.rule.title()))
        ));
        writeln!(
            out,
            "::{command} {}::{}",
            props.join(","),
            data(&format!("{place}{}", opts.shown(&f.message)))
        )?;
    }
    // An input that could not be read is an `::error` but not among the findings that fail
    // (as in every report): the summary says so first, and such a run never passes (it
    // exits 2).
    let errors = all.iter().filter(|f| super::fails_by_policy(f)).count();
    let warnings = all.iter().filter(|f| f.level == Level::Warning).count();
    let s = &report.summary;
    let unread = match opts.unreadable {
        0 => String::new(),
        1 => "1 input could not be read; ".to_string(),
        n => format!("{n} inputs could not be read; "),
    };
    writeln!(
        out,
        "::notice title={}::{}",
        property("citecheck summary"),
        data(&format!(
            "{}, {}: {unread}{errors} failing, {} ({} ms)",
            super::plural(s.links, "link", "links"),
            super::plural(s.quotes, "quote", "quotes"),
            super::plural(warnings, "warning", "warnings"),
            s.elapsed_ms
        ))
    )
}

/// The path to annotate, relative to `base_dir` when inside it; `None` when the article is
/// not a local file.
pub(super) fn annotation_path(file: &str, opts: &ReportOptions) -> Option<String> {
    if file == "<stdin>" || file.contains("://") {
        return None;
    }
    let path = Path::new(file);
    let rel = opts
        .base_dir
        .as_deref()
        .and_then(|b| path.strip_prefix(b).ok())
        .unwrap_or(path);
    // Windows' separators as GitHub writes paths; elsewhere `\` is a letter of a file's
    // name (`back\slash.md`), kept.
    let s = rel.to_string_lossy();
    let s = if cfg!(windows) {
        s.replace('\\', "/")
    } else {
        s.into_owned()
    };
    Some(s.strip_prefix("./").unwrap_or(&s).to_string())
}

/// Escapes a command's message: bidirectional controls and other control characters but
/// line breaks written as escapes, as in every report people read (see `report::clean`): a
/// page's title must not colour, erase or link text in a CI log, nor be shown as other than
/// it is.
pub(crate) fn data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if super::is_bidi_control(c) || (c.is_control() && !matches!(c, '\r' | '\n')) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            push_escaped(&mut out, c, false);
        }
    }
    out
}

/// Escapes a command property's value. A file's name is kept as it is, bidirectional
/// controls too, so the annotation lands on that file; control characters are left out
/// all the same.
pub(crate) fn property(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_escaped(&mut out, c, true);
    }
    out
}

/// Pushes `c` as a workflow command writes it: `%`, line breaks (and in a property `:` and
/// `,`) percent-encoded, other control characters dropped.
fn push_escaped(out: &mut String, c: char, in_property: bool) {
    match c {
        '%' => out.push_str("%25"),
        '\r' => out.push_str("%0D"),
        '\n' => out.push_str("%0A"),
        ':' if in_property => out.push_str("%3A"),
        ',' if in_property => out.push_str("%2C"),
        c if c.is_control() => {}
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{sample, Format};

    #[test]
    fn escaping() {
        assert_eq!(data("100% sure\r\nnext"), "100%25 sure%0D%0Anext");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(data("a::b"), "a::b", "colons are fine in the message");
        assert_eq!(data("the \u{202E}evil"), "the \\u{202e}evil");
        // A hostile page's terminal controls never reach the log.
        assert_eq!(
            data("404 \u{1b}]8;;http://x/\u{7}click\u{1b}]8;;\u{7} \u{1b}[2Kgone\u{8}\u{9b}"),
            "404 \\u{1b}]8;;http://x/\\u{7}click\\u{1b}]8;;\\u{7} \\u{1b}[2Kgone\\u{8}\\u{9b}"
        );
        // A file's name is kept as it is (the annotation must land on it), but for the
        // escapes the format needs and its control characters.
        assert_eq!(property("posts/\u{202E}gnp.md"), "posts/\u{202E}gnp.md");
        assert_eq!(property("a,b:c\u{1b}[31m.md"), "a%2Cb%3Ac[31m.md");
    }

    #[test]
    fn one_command_a_line_most_severe_first() {
        let text = sample::render(Format::Github);
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines.iter().all(|l| l.starts_with("::error ")
                || l.starts_with("::warning ")
                || l.starts_with("::notice ")),
            "{text}"
        );
        let rank = |l: &str| {
            if l.starts_with("::error") {
                0
            } else if l.starts_with("::warning") {
                1
            } else {
                2
            }
        };
        assert!(lines.windows(2).all(|w| rank(w[0]) <= rank(w[1])));
        assert!(text.starts_with("::error file=article.md,line=12,col=5,title=citecheck%3A Dead link::dead link (HTTP 404)"), "{text}");
        // The file name with a comma and the multi-line, percent-bearing detail.
        assert!(text.contains("file=notes/q&a%2C part 1.md,line=4,col=1"));
        assert!(text.contains("100%25 sure%0D%0Asecond line"));
        assert!(text.contains(
            "::notice file=article.md,line=8,col=1,title=citecheck%3A Redirected link::"
        ));
        assert_eq!(lines.iter().filter(|l| l.starts_with("::error")).count(), 9);
    }

    /// Regression: the summary said "1 warnings".
    #[test]
    fn summary_counts_in_the_singular() {
        let mut report = sample::report();
        report.links.clear();
        report.quotes.clear();
        report.documents.clear();
        report.metadata_warnings.truncate(1);
        report.summary = sample::summary_of(&report, 5);
        let mut out = Vec::new();
        write(&report, &ReportOptions::default(), &mut out).expect("written");
        let text = String::from_utf8(out).expect("UTF-8");
        let summary = text.lines().last().unwrap_or_default();
        assert!(
            summary.ends_with("::0 links, 0 quotes: 0 failing, 1 warning (5 ms)"),
            "{text}"
        );
    }

    #[test]
    fn paths_relative_to_base_dir() {
        let opts = ReportOptions {
            base_dir: Some("/repo".into()),
            ..ReportOptions::default()
        };
        assert_eq!(
            annotation_path("/repo/docs/a.md", &opts).as_deref(),
            Some("docs/a.md")
        );
        assert_eq!(annotation_path("./b.md", &opts).as_deref(), Some("b.md"));
        assert_eq!(annotation_path("https://example.org/post", &opts), None);
    }
}
