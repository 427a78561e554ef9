//! The JUnit XML report (`--format junit`), for CI systems that show test results.
//!
//! One `<testsuite>` for links (one `<testcase>` per unique URL), one for quotes (one per
//! quote) and, when there are any, one for metadata mismatches. A case fails (`<failure>`)
//! when its status or verdict is in the fail policy, or under `--fail-on warnings` when it
//! carries a warning (a link's missing `#fragment`, type `local_fragment` for a local file's
//! or the article's own, `missing_fragment` for another page's, as `--fail-on` names them; a quote's
//! warning; a document's warning), exactly as the finding is an error in every format; a
//! case that is not checked at all (excluded, unsupported, a quote `unverifiable` or
//! `uncited` that does not fail the run) is `<skipped>`; another warning (blocked, …)
//! passes with the reason in `<system-out>`. Case names are unique
//! within a suite (a ` (2)` suffix is added when needed). Each case names its article in
//! `file` and `line` attributes (a link's first occurrence), the path as GitHub annotations
//! give it (relative to the working folder, no leading `./`), which is also in its class
//! name (`links.content/post.md`). Text is escaped, and characters XML 1.0 forbids are
//! dropped.
//!
//! ```xml
//! <testsuites name="citecheck" tests="3" failures="1" skipped="0" errors="0" time="1.234">
//!   <testsuite name="links" tests="2" failures="1" skipped="0" errors="0" time="1.234">
//!     <testcase name="https://example.org/gone" classname="links.article.md" file="article.md" line="12" time="0.040">
//!       <failure type="dead" message="dead: 404 Not Found">article.md:12:5 …</failure>
//!     </testcase>
//!   </testsuite>
//! </testsuites>
//! ```

use std::fmt::Write as _;
use std::io::{self, Write};

use super::github::annotation_path;
use super::{clean, difference_text, ReportOptions};
use crate::model::{FragmentStatus, LinkStatus, Report, Verdict};

#[derive(Clone)]
enum Outcome {
    Pass,
    Fail {
        kind: String,
        message: String,
    },
    Skip(String),
    /// The run could not do its work here (an input that could not be read).
    Error(String),
}

struct Case {
    name: String,
    classname: String,
    /// The article's path as CI tools read it (`file` and `line` attributes: GitLab,
    /// Jenkins, CircleCI link a case to its source by them), `None` when not a local file.
    file: Option<String>,
    line: usize,
    time_ms: u64,
    outcome: Outcome,
    body: String,
}

/// Writes the JUnit report.
///
/// # Errors
/// Writing fails.
pub fn write(report: &Report, opts: &ReportOptions, out: &mut dyn Write) -> io::Result<()> {
    let policy = &opts.fail_policy;
    // One case per place a link is cited, as every other format counts a link's findings
    // (the first place carries the time the check took).
    let mut links = Vec::new();
    let in_page = super::in_page_urls(report);
    for l in &report.links {
        let places: Vec<String> = l
            .occurrences
            .iter()
            .map(|o| format!("{}:{}:{}", o.file, o.line, o.column))
            .collect();
        // Local files relative to the working folder: a test's name is its identity in a
        // CI's history, the same in every checkout (it held the runner's absolute path).
        let url = opts.shown(&l.url);
        let detail = opts.shown(&l.detail);
        // Each case names its own place (and how many others cite the URL): listing them all
        // in every case made the report grow with the square of a URL's citations.
        let others = places.len().saturating_sub(1);
        let mut rest = String::new();
        if let Some(instead) = super::use_instead_unsaid(l) {
            rest.push_str(&format!("\nuse instead: {instead}"));
        }
        let message = format!("{}: {detail}", l.status.as_str());
        // A `#fragment` the page lacks fails the run (and this case) as the policy says
        // (`local_fragment`, `missing_fragment`, `warnings`), as in every other format.
        let fragment_fails = policy.fails_on_link_fragment(&l.url, &in_page)
            && l.fragment == Some(FragmentStatus::Missing);
        let outcome = if policy.is_failure_status(l.status) {
            Outcome::Fail {
                kind: l.status.as_str().into(),
                message,
            }
        } else if fragment_fails {
            // Named as `--fail-on` names it: `local_fragment` for a local file's or the
            // article's own, `missing_fragment` for another page's; the status (`ok`: the
            // page itself was found) is no part of it.
            let local = in_page.contains(l.url.as_str())
                || l.url
                    .get(..5)
                    .is_some_and(|s| s.eq_ignore_ascii_case("file:"));
            Outcome::Fail {
                kind: if local {
                    "local_fragment"
                } else {
                    "missing_fragment"
                }
                .into(),
                message: format!("missing fragment: {detail}"),
            }
        } else if matches!(l.status, LinkStatus::Excluded | LinkStatus::Unsupported) {
            Outcome::Skip(message)
        } else {
            Outcome::Pass
        };
        let status = l.status.as_str();
        let places: Vec<Option<&crate::model::Occurrence>> = if l.occurrences.is_empty() {
            vec![None]
        } else {
            l.occurrences.iter().map(Some).collect()
        };
        for (i, o) in places.into_iter().enumerate() {
            links.push(Case {
                name: match o {
                    Some(o) => format!("{}:{}:{} {url}", o.file, o.line, o.column),
                    None => url.to_string(),
                },
                classname: classname("links", o.map_or("", |o| o.file.as_str()), opts),
                file: o.and_then(|o| annotation_path(&o.file, opts)),
                line: o.map_or(0, |o| o.line),
                time_ms: if i == 0 { l.elapsed_ms } else { 0 },
                outcome: outcome.clone(),
                body: {
                    let here = o.map_or_else(
                        || "nowhere in the documents".to_string(),
                        |o| format!("{}:{}:{}", o.file, o.line, o.column),
                    );
                    let more = match others {
                        0 => String::new(),
                        1 => " (and 1 other place)".to_string(),
                        n => format!(" (and {n} other places)"),
                    };
                    format!("{status}: {detail}\ncited at: {here}{more}{rest}")
                },
            });
        }
    }
    let mut quotes = Vec::new();
    for q in &report.quotes {
        let mut body = format!("{}: {}", q.verdict.as_str(), q.detail);
        if let Some(why) = policy.short_quote_exemption(q) {
            body.push_str(&format!("\nshort quote ({why})"));
        }
        for d in &q.differences {
            body.push_str(&format!("\n{}", difference_text(d)));
        }
        for w in &q.warnings {
            let label = if q.is_dispute(w) {
                "disputed"
            } else {
                "warning"
            };
            body.push_str(&format!("\n{label}: {w}"));
        }
        if let Some(m) = &q.matched_text {
            body.push_str(&format!("\nsource says: {m}"));
        }
        if let Some(link) = &q.fragment_link {
            body.push_str(&format!("\n{}: {link}", super::link_label(q)));
        } else if let Some(url) = &q.checked_url {
            body.push_str(&format!("\nchecked: {url}"));
        }
        let disputed = policy.fails_on_disputed() && !q.disputes.is_empty();
        let fails = policy.is_failure_quote(q)
            || disputed
            || (policy.fails_on_warnings() && !q.warnings.is_empty());
        let outcome = if fails {
            // A quote failing only because its page disputes it says so, not `verified`.
            let kind = if disputed && !policy.is_failure_quote(q) {
                "disputed"
            } else {
                q.verdict.as_str()
            };
            Outcome::Fail {
                kind: kind.into(),
                message: format!("{kind}: {}", q.detail),
            }
        } else if matches!(q.verdict, Verdict::Unverifiable | Verdict::Uncited) {
            // Not checked: its page could not be read or it is a translation (or it cites
            // nothing to check it against). A pass read as checked on a CI dashboard.
            Outcome::Skip(format!("{}: {}", q.verdict.as_str(), q.detail))
        } else {
            Outcome::Pass
        };
        quotes.push(Case {
            name: format!(
                "{}:{}:{} {}",
                q.file,
                q.line,
                q.column,
                super::short_quote(&q.text, 60)
            ),
            classname: classname("quotes", &q.file, opts),
            file: annotation_path(&q.file, opts),
            line: q.line,
            time_ms: 0,
            outcome,
            body,
        });
    }
    let mut metadata = Vec::new();
    for m in &report.metadata_warnings {
        let outcome = if policy.fails_on_metadata() {
            Outcome::Fail {
                kind: "metadata".into(),
                message: m.message.clone(),
            }
        } else {
            Outcome::Pass
        };
        metadata.push(Case {
            name: format!(
                "{}:{}:{} note {} {}",
                m.file, m.line, m.column, m.footnote, m.field
            ),
            classname: classname("metadata", &m.file, opts),
            file: annotation_path(&m.file, opts),
            line: m.line,
            time_ms: 0,
            outcome,
            body: format!("{}\nurl: {}", m.message, m.url),
        });
    }
    // A document's own warnings (a marker with no note, a file that could not be read): a
    // test case each, failing as `--fail-on warnings` makes them fail the run; an unreadable
    // input is an error (the run exits 2).
    let mut documents = Vec::new();
    for doc in &report.documents {
        for w in &doc.warnings {
            let outcome = if super::is_unreadable_input(w) {
                Outcome::Error(w.message.clone())
            } else if policy.fails_on_warnings() {
                Outcome::Fail {
                    kind: "warning".into(),
                    message: w.message.clone(),
                }
            } else {
                Outcome::Pass
            };
            documents.push(Case {
                name: format!("{}:{}:{} {}", doc.file, w.line, w.column, w.message),
                classname: classname("documents", &doc.file, opts),
                file: annotation_path(&doc.file, opts),
                line: w.line,
                time_ms: 0,
                outcome,
                body: w.message.clone(),
            });
        }
    }
    let mut suites = vec![("links", links), ("quotes", quotes)];
    if !metadata.is_empty() {
        suites.push(("metadata", metadata));
    }
    if !documents.is_empty() {
        suites.push(("documents", documents));
    }
    for (_, cases) in &mut suites {
        make_unique(cases);
    }

    let secs = |ms: u64| format!("{:.3}", ms as f64 / 1000.0);
    let total = |f: &dyn Fn(&Case) -> bool| -> usize {
        suites
            .iter()
            .map(|(_, c)| c.iter().filter(|x| f(x)).count())
            .sum()
    };
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        x,
        "<testsuites name=\"citecheck\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" errors=\"{}\" time=\"{}\">",
        total(&|_| true),
        total(&|c| matches!(c.outcome, Outcome::Fail { .. })),
        total(&|c| matches!(c.outcome, Outcome::Skip(_))),
        total(&|c| matches!(c.outcome, Outcome::Error(_))),
        secs(report.summary.elapsed_ms)
    );
    for (name, cases) in &suites {
        let failures = cases
            .iter()
            .filter(|c| matches!(c.outcome, Outcome::Fail { .. }))
            .count();
        let skipped = cases
            .iter()
            .filter(|c| matches!(c.outcome, Outcome::Skip(_)))
            .count();
        let errors = cases
            .iter()
            .filter(|c| matches!(c.outcome, Outcome::Error(_)))
            .count();
        let _ = writeln!(
            x,
            "  <testsuite name=\"{name}\" tests=\"{}\" failures=\"{failures}\" skipped=\"{skipped}\" errors=\"{errors}\" time=\"{}\">",
            cases.len(),
            secs(if *name == "links" { report.summary.elapsed_ms } else { 0 })
        );
        for c in cases {
            let _ = write!(
                x,
                "    <testcase name=\"{}\" classname=\"{}\"",
                attr(&c.name),
                attr(&c.classname),
            );
            if let Some(file) = &c.file {
                let _ = write!(x, " file=\"{}\"", attr(file));
                if c.line > 0 {
                    let _ = write!(x, " line=\"{}\"", c.line);
                }
            }
            let _ = write!(x, " time=\"{}\">", secs(c.time_ms));
            match &c.outcome {
                Outcome::Pass => {}
                Outcome::Fail { kind, message } => {
                    let _ = write!(
                        x,
                        "\n      <failure type=\"{}\" message=\"{}\">{}</failure>",
                        attr(kind),
                        attr(&clean(message)),
                        text(&c.body)
                    );
                }
                Outcome::Error(message) => {
                    let _ = write!(
                        x,
                        "\n      <error type=\"unreadable\" message=\"{}\">{}</error>",
                        attr(&clean(message)),
                        text(&c.body)
                    );
                }
                Outcome::Skip(message) => {
                    let _ = write!(
                        x,
                        "\n      <skipped message=\"{}\"/>",
                        attr(&clean(message))
                    );
                }
            }
            if !matches!(c.outcome, Outcome::Fail { .. }) {
                let _ = write!(x, "\n      <system-out>{}</system-out>", text(&c.body));
            }
            x.push_str("\n    </testcase>\n");
        }
        x.push_str("  </testsuite>\n");
    }
    x.push_str("</testsuites>\n");
    out.write_all(x.as_bytes())
}

/// A case's class name: the suite's name, a dot, and the article's path as in the `file`
/// attribute, its dots written `_` (`links.content/post_md`, not `links.._/content/post_md`
/// for an input named `./content`), or as the report names it when it is no local file.
fn classname(suite: &str, file: &str, opts: &ReportOptions) -> String {
    let path = annotation_path(file, opts);
    // Jenkins splits a class name at its last dot (package, class): the path's own dots
    // are `_`, so the class is the whole path (`links.content/post_md`), not `md`.
    format!(
        "{suite}.{}",
        path.as_deref().unwrap_or(file).replace('.', "_")
    )
}

/// Appends ` (2)`, ` (3)`, … to repeated names so every case name is unique.
fn make_unique(cases: &mut [Case]) {
    let mut used = std::collections::BTreeSet::new();
    for c in cases.iter_mut() {
        if used.insert(c.name.clone()) {
            continue;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{} ({n})", c.name);
            if used.insert(candidate.clone()) {
                c.name = candidate;
                break;
            }
            n += 1;
        }
    }
}

/// Whether XML 1.0 allows this character at all.
fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes element text.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| xml_allowed(*c)) {
        match c {
            // Written as escapes, as in every report people read (see `report::clean`).
            c if super::is_bidi_control(c) => out.push_str(&c.escape_unicode().to_string()),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // A bare CR would be normalised away by parsers.
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes an attribute value; line breaks and tabs as references so parsers keep them.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| xml_allowed(*c)) {
        match c {
            // Written as escapes, as in every report people read (see `report::clean`).
            c if super::is_bidi_control(c) => out.push_str(&c.escape_unicode().to_string()),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Verdict;
    use crate::report::{sample, write_report, FailPolicy, Format};

    #[test]
    fn snapshot() {
        let xml = sample::render(Format::Junit);
        sample::save_sample("report.xml", &xml);
        sample::assert_snapshot("report.xml", &xml);
    }

    #[test]
    fn one_case_per_link_place_and_quote_with_unique_names() {
        let report = sample::report();
        let xml = sample::render(Format::Junit);
        let cases = xml.matches("<testcase ").count();
        let document_warnings: usize = report.documents.iter().map(|d| d.warnings.len()).sum();
        assert!(document_warnings > 0);
        let places: usize = report
            .links
            .iter()
            .map(|l| l.occurrences.len().max(1))
            .sum();
        assert!(places > report.links.len(), "the sample cites a link twice");
        assert_eq!(
            cases,
            places + report.quotes.len() + report.metadata_warnings.len() + document_warnings
        );
        let names: Vec<&str> = xml
            .split("<testcase name=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect();
        let unique: std::collections::BTreeSet<&&str> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        // dead (cited twice), error, timeout, soft_404 + altered x2, partial, not_found:
        // the 9 findings the terminal report says fail the run.
        let head = format!(
            // Skipped: the excluded and unsupported links, the unverifiable and uncited
            // quotes (not checked).
            "<testsuites name=\"citecheck\" tests=\"{}\" failures=\"9\" skipped=\"4\"",
            20 + document_warnings
        );
        assert!(xml.contains(&head), "{xml}");
    }

    /// A document's own warnings are test cases: failing under `--fail-on warnings` (the
    /// JUnit report said `failures="0"` while the run failed on them), an unreadable input
    /// an error.
    #[test]
    fn document_warnings_are_cases() {
        let mut report = sample::report();
        report.links.clear();
        report.quotes.clear();
        report.metadata_warnings.clear();
        report.documents.truncate(1);
        report.documents[0].warnings = vec![
            crate::model::Warning {
                line: 3,
                column: 31,
                message: "footnote marker `3` has no matching note".into(),
            },
            crate::model::Warning {
                line: 1,
                column: 1,
                message: format!(
                    "cannot read gone.md: Permission denied{}",
                    crate::report::UNREADABLE_NOTE
                ),
            },
        ];
        let render = |opts: ReportOptions| {
            let mut out = Vec::new();
            write_report(&report, Format::Junit, &opts, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let warnings = FailPolicy::from_names(&["warnings".to_string()]).unwrap();
        let xml = render(ReportOptions {
            fail_policy: warnings,
            unreadable: 1,
            ..ReportOptions::default()
        });
        assert!(
            xml.contains("tests=\"2\" failures=\"1\" skipped=\"0\" errors=\"1\""),
            "{xml}"
        );
        assert!(
            xml.contains("<failure type=\"warning\" message=\"footnote marker"),
            "{xml}"
        );
        assert!(xml.contains("<error type=\"unreadable\""), "{xml}");
        let xml = render(ReportOptions::default());
        assert!(xml.contains("tests=\"2\" failures=\"0\""), "{xml}");
    }

    /// Regression: every case of a URL cited in many places listed all of them, so the
    /// report grew with the square of the citations (16 MB for one URL cited by 1,000
    /// articles). Each case names its own place and counts the others.
    #[test]
    fn each_case_names_only_its_own_place() {
        let mut report = sample::report();
        let link = report
            .links
            .iter_mut()
            .find(|l| l.url == "https://example.org/gone")
            .expect("sample link");
        let first = link.occurrences[0].clone();
        link.occurrences = (1..=300)
            .map(|n| crate::model::Occurrence {
                line: n,
                ..first.clone()
            })
            .collect();
        let mut out = Vec::new();
        write_report(&report, Format::Junit, &ReportOptions::default(), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert_eq!(xml.matches("(and 299 other places)").count(), 300);
        let line_200 = format!("{}:200:{}", first.file, first.column);
        // Its case's name, `file` attribute's line, and its own body: never another's.
        assert_eq!(xml.matches(&line_200).count(), 2, "{xml}");
    }

    /// Regression: a local `#fragment` missing failed its case as `missing_fragment: ok:
    /// file exists, …` (the page's status as if it were the finding) and under another name
    /// than `--fail-on`'s `local_fragment`.
    #[test]
    fn a_missing_local_fragment_is_named_as_fail_on_names_it() {
        let mut report = sample::report();
        let link = report
            .links
            .iter_mut()
            .find(|l| l.url == "https://example.org/report#results")
            .expect("sample link");
        link.url = "file:///site/guide.md#instal".into();
        link.detail = "file exists, but anchor #instal is missing".into();
        let mut out = Vec::new();
        write_report(&report, Format::Junit, &ReportOptions::default(), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(
            xml.contains(
                "<failure type=\"local_fragment\" message=\"missing fragment: file exists, \
                 but anchor #instal is missing\""
            ),
            "{xml}"
        );
        assert!(!xml.contains("missing fragment: ok:"), "{xml}");
    }

    #[test]
    fn failures_follow_the_policy() {
        let mut out = Vec::new();
        let opts = ReportOptions {
            fail_policy: FailPolicy::never(),
            ..ReportOptions::default()
        };
        write_report(&sample::report(), Format::Junit, &opts, &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(!xml.contains("<failure"));
        assert!(xml.contains("failures=\"0\""));
    }

    #[test]
    fn output_is_well_formed_xml_text() {
        // Bidirectional overrides are written as escapes, in text and attributes alike.
        assert_eq!(text("the \u{202E}evil"), "the \\u{202e}evil");
        assert_eq!(attr("\u{2066}x"), "\\u{2066}x");
        let xml = sample::render(Format::Junit);
        assert!(
            !xml.chars().any(|c| !xml_allowed(c)),
            "illegal XML character"
        );
        assert!(!xml.contains("<script") && !xml.contains("<img") && !xml.contains("<b>"));
        assert!(xml.contains("]]&gt;"));
        // Every element opened is closed, in order (a tiny structural check; CI also parses
        // the file with junitparser).
        let mut stack: Vec<String> = Vec::new();
        for tag in xml
            .split('<')
            .skip(1)
            .map(|t| t.split('>').next().unwrap_or(""))
        {
            if tag.starts_with('?') || tag.ends_with('/') {
                continue;
            }
            let name: String = tag
                .trim_start_matches('/')
                .split([' ', '\n'])
                .next()
                .unwrap_or("")
                .to_string();
            if tag.starts_with('/') {
                assert_eq!(
                    stack.pop().as_deref(),
                    Some(name.as_str()),
                    "mismatched </{name}>"
                );
            } else {
                stack.push(name);
            }
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
    }

    #[test]
    fn unique_names() {
        let mk = |n: &str| Case {
            name: n.into(),
            classname: String::new(),
            file: None,
            line: 0,
            time_ms: 0,
            outcome: Outcome::Pass,
            body: String::new(),
        };
        let mut cases = vec![mk("a"), mk("a"), mk("a (2)"), mk("a")];
        make_unique(&mut cases);
        let names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
        let set: std::collections::BTreeSet<&&str> = names.iter().collect();
        assert_eq!(set.len(), 4, "{names:?}");
    }

    #[test]
    fn verdict_names_are_failure_types() {
        let xml = sample::render(Format::Junit);
        for v in [Verdict::Altered, Verdict::Partial, Verdict::NotFound] {
            assert!(xml.contains(&format!("<failure type=\"{}\"", v.as_str())));
        }
    }
}
