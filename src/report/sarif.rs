//! The SARIF 2.1.0 report (`--format sarif`), for code scanning (e.g. GitHub's
//! `upload-sarif`).
//!
//! One run; `tool.driver.rules` holds one rule per finding kind ([`Rule::ALL`]: `dead-link`,
//! `soft-404`, `blocked-link`, `redirected-link`, `misquote`, `partial-quote`,
//! `quote-not-found`, `unverifiable-quote`, `uncited-quote`, `metadata-mismatch`, …), and
//! every finding is a result with its `ruleId` and `ruleIndex`, a `level` from the fail policy
//! (`error` when it fails the run, else `warning`, or `note` for redirects), a message, and a
//! location **in the article** (never the cited web URL): `artifactLocation.uri` is the
//! article's path, relative to [`ReportOptions::base_dir`] when it lies inside it (with
//! `uriBaseId` `%SRCROOT%`), and `region` gives `startLine`/`startColumn` (columns count
//! Unicode code points, as `columnKind` says). Articles read from a URL or standard input
//! have no file to point at, so their results carry no location.
//!
//! The run always has `invocations[0]` with `executionSuccessful`: `true` when every input
//! was read, whether or not there are findings. An input that could not be read (the run
//! exits 2) is an `error` result of rule `unreadable-input`, and `invocations[0]` then has
//! `executionSuccessful: false` and a `toolExecutionNotifications` entry (level `error`) per
//! such input.
//!
//! `partialFingerprints["citecheck/v1"]` lets code scanning follow a finding across commits
//! even when lines move: the 64-bit FNV-1a hash (hex) of the rule id, the article path and
//! the cited URL or the quote's text, separated by NUL bytes. It deliberately leaves out the
//! line number. A second result with the same hash (the same quote twice in an article)
//! gets the hash of that hash and `2`, a third of it and `3`: no two results share one.
//!
//! Hand-built with `serde_json`: the format is small, and a SARIF crate would be a heavy
//! dependency for it.

use std::io::{self, Write};
use std::path::Path;

use serde_json::{json, Map, Value};

use super::{findings, Finding, Level, ReportOptions, Rule, Subject};
use crate::model::{Report, Verdict};

/// The schema the output declares.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Writes the SARIF report.
///
/// # Errors
/// Writing fails.
pub fn write(report: &Report, opts: &ReportOptions, out: &mut dyn Write) -> io::Result<()> {
    let value = to_value(report, opts);
    // serde_json writes token by token: a local buffer keeps those small writes off the
    // `dyn Write` (a virtual call each), which is most of the cost on large reports.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, &mut *out);
    serde_json::to_writer_pretty(&mut buffered, &value).map_err(io::Error::other)?;
    buffered.flush()?;
    drop(buffered);
    writeln!(out)
}

/// The SARIF log as a JSON value.
#[must_use]
pub fn to_value(report: &Report, opts: &ReportOptions) -> Value {
    let rules: Vec<Value> = Rule::ALL
        .iter()
        .map(|r| {
            json!({
                "id": r.id(),
                "name": pascal(r.id()),
                "shortDescription": { "text": format!("{}.", r.title()) },
                "fullDescription": { "text": r.description() },
                "help": { "text": r.description() },
                "defaultConfiguration": { "level": default_level(*r, opts).as_str() },
            })
        })
        .collect();
    let all = findings(report, &opts.fail_policy);
    let mut results: Vec<Value> = all.iter().map(|f| result(f, opts)).collect();
    distinct_fingerprints(&mut results);
    // An input that could not be read leaves the run incomplete: say so where SARIF says
    // whether the tool did its work, besides the `error` result.
    let notifications: Vec<Value> = all
        .iter()
        .filter(|f| f.rule == Rule::UnreadableInput)
        .map(|f| {
            let mut n = json!({
                "level": "error",
                "message": { "text": super::clean(&f.message) },
                "associatedRule": {
                    "id": f.rule.id(),
                    "index": Rule::ALL.iter().position(|r| *r == f.rule).unwrap_or(0),
                },
            });
            if let Some(location) = location(f, opts) {
                n["locations"] = json!([location]);
            }
            n
        })
        .collect();
    let mut run = Map::new();
    run.insert(
        "tool".into(),
        json!({ "driver": {
            "name": "citecheck",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "rules": rules,
        }}),
    );
    if let Some(base) = &opts.base_dir {
        if let Some(uri) = dir_uri(base) {
            run.insert(
                "originalUriBaseIds".into(),
                json!({ "%SRCROOT%": { "uri": uri } }),
            );
        }
    }
    // Always there, so a consumer can read `invocations[0].executionSuccessful` whatever
    // happened: `true` when every input was read (findings or not), `false` otherwise.
    let mut invocation = Map::new();
    invocation.insert(
        "executionSuccessful".into(),
        Value::Bool(notifications.is_empty()),
    );
    if !notifications.is_empty() {
        invocation.insert(
            "toolExecutionNotifications".into(),
            Value::Array(notifications),
        );
    }
    run.insert("invocations".into(), json!([Value::Object(invocation)]));
    run.insert("columnKind".into(), json!("unicodeCodePoints"));
    // Lines are counted as the articles were read: a lone `\r` ends one too.
    run.insert("newlineSequences".into(), json!(["\r\n", "\n", "\r"]));
    run.insert("results".into(), Value::Array(results));
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [Value::Object(run)],
    })
}

/// The level a rule has under the policy when nothing else is known.
fn default_level(rule: Rule, opts: &ReportOptions) -> Level {
    use crate::model::{LinkStatus, Verdict};
    let p = &opts.fail_policy;
    let failing = match rule {
        Rule::DeadLink => p.is_failure_status(LinkStatus::Dead),
        Rule::ErrorLink => p.is_failure_status(LinkStatus::Error),
        Rule::TimeoutLink => p.is_failure_status(LinkStatus::Timeout),
        Rule::Soft404 => p.is_failure_status(LinkStatus::Soft404),
        Rule::BlockedLink => p.is_failure_status(LinkStatus::Blocked),
        Rule::InvalidLink => p.is_failure_status(LinkStatus::Invalid),
        Rule::RedirectedLink => p.is_failure_status(LinkStatus::Redirected),
        Rule::Misquote => p.is_failure_verdict(Verdict::Altered),
        Rule::PartialQuote => p.is_failure_verdict(Verdict::Partial),
        Rule::QuoteNotFound => p.is_failure_verdict(Verdict::NotFound),
        Rule::UnverifiableQuote => p.is_failure_verdict(Verdict::Unverifiable),
        Rule::UncitedQuote => p.is_failure_verdict(Verdict::Uncited),
        Rule::MetadataMismatch => p.fails_on_metadata(),
        Rule::DisputedQuote => p.fails_on_disputed() || p.fails_on_warnings(),
        Rule::MissingFragment => p.fails_on_every_fragment(),
        Rule::QuoteWarning | Rule::DocumentWarning => p.fails_on_warnings(),
        Rule::UnreadableInput => true,
    };
    if failing {
        Level::Error
    } else if rule == Rule::RedirectedLink {
        Level::Note
    } else {
        Level::Warning
    }
}

fn result(f: &Finding<'_>, opts: &ReportOptions) -> Value {
    let index = Rule::ALL.iter().position(|r| *r == f.rule).unwrap_or(0);
    let mut text = super::clean(&opts.shown(&f.message));
    if !text.ends_with('.') {
        text.push('.');
    }
    let mut r = Map::new();
    r.insert("ruleId".into(), json!(f.rule.id()));
    r.insert("ruleIndex".into(), json!(index));
    r.insert("level".into(), json!(f.level.as_str()));
    r.insert("message".into(), json!({ "text": text }));
    if let Some(location) = location(f, opts) {
        r.insert("locations".into(), json!([location]));
    }
    let key = match f.subject {
        Subject::Quote(q) => q.text.as_str(),
        Subject::Document(w) => w.message.as_str(),
        Subject::Metadata(m) => m.field.as_str(),
        Subject::Link(l) => l.url.as_str(),
    };
    let extra = match f.subject {
        Subject::Metadata(m) => m.url.as_str(),
        _ => "",
    };
    r.insert(
        "partialFingerprints".into(),
        json!({ "citecheck/v1": format!("{:016x}", fnv1a(&[f.rule.id(), f.file, key, extra])) }),
    );
    let mut props = Map::new();
    if let Some(url) = f.url {
        props.insert("url".into(), json!(url));
    }
    if let Subject::Quote(q) = f.subject {
        props.insert("verdict".into(), json!(q.verdict.as_str()));
        props.insert("score".into(), json!(q.score));
        if let Some(link) = &q.fragment_link {
            let key = if q.verdict == Verdict::NotFound {
                "nearest_passage"
            } else {
                "evidence"
            };
            props.insert(key.into(), json!(link));
        }
    }
    if let Subject::Link(l) = f.subject {
        props.insert("status".into(), json!(l.status.as_str()));
    }
    if !props.is_empty() {
        r.insert("properties".into(), Value::Object(props));
    }
    Value::Object(r)
}

/// Makes every result's fingerprint its own: the second result with the same one (the same
/// quote twice in an article, a URL cited twice) gets the hash of it and `2`, the third of
/// it and `3`, in report order. Code scanning folds results that share a fingerprint into
/// one alert, and one of two real problems would vanish.
fn distinct_fingerprints(results: &mut [Value]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for r in results.iter_mut() {
        let Some(fp) = r["partialFingerprints"]["citecheck/v1"]
            .as_str()
            .map(str::to_string)
        else {
            continue;
        };
        let n = seen.entry(fp.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            let again = format!("{:016x}", fnv1a(&[&fp, &n.to_string()]));
            r["partialFingerprints"]["citecheck/v1"] = json!(again);
        }
    }
}

/// Where a finding is, in the article: a local file by its path, a live article by its
/// URL, standard input as `<stdin>` (code scanning refuses a result without a location).
fn location(f: &Finding<'_>, opts: &ReportOptions) -> Option<Value> {
    let (uri, relative) = article_uri(f.file, opts)?;
    let mut artifact = json!({ "uri": uri });
    if relative && opts.base_dir.is_some() {
        artifact["uriBaseId"] = json!("%SRCROOT%");
    }
    Some(json!({ "physicalLocation": {
        "artifactLocation": artifact,
        "region": { "startLine": f.line.max(1), "startColumn": f.column.max(1) },
    }}))
}

/// 64-bit FNV-1a over the parts, each followed by a NUL byte (so `("ab","c")` and
/// `("a","bc")` differ). Stable across versions and platforms, which is all a fingerprint
/// needs; it is not a security hash.
#[must_use]
pub fn fnv1a(parts: &[&str]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(PRIME);
        }
    }
    h
}

/// The article's URI for SARIF, and whether it is relative: a local file's path, a live
/// article's URL, `%3Cstdin%3E` for standard input.
fn article_uri(file: &str, opts: &ReportOptions) -> Option<(String, bool)> {
    if file.contains("://") {
        return Some((file.to_string(), false));
    }
    if file == "<stdin>" {
        return Some((encode_path(file), true));
    }
    let path = Path::new(file);
    let rel = match &opts.base_dir {
        Some(base) if path.is_absolute() => path.strip_prefix(base).ok(),
        _ => None,
    };
    if let Some(rel) = rel {
        return Some((encode_path(&rel.to_string_lossy()), true));
    }
    if path.is_absolute() {
        return url::Url::from_file_path(path)
            .ok()
            .map(|u| (u.to_string(), false));
    }
    let trimmed = file.strip_prefix("./").unwrap_or(file);
    Some((encode_path(trimmed), true))
}

/// A `file://` URI for a folder, ending in `/` as SARIF requires for base ids.
fn dir_uri(dir: &Path) -> Option<String> {
    url::Url::from_directory_path(dir)
        .ok()
        .map(|u| u.to_string())
}

/// Percent-encodes a relative path for a URI reference: `/` separators kept, backslashes
/// turned into `/` on Windows, and everything but unreserved characters encoded.
fn encode_path(p: &str) -> String {
    const KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~')
        .remove(b'/');
    // Windows' separators are `/` in a URI; elsewhere `\` is a letter of a file's name,
    // encoded (`%5C`).
    let p = if cfg!(windows) {
        p.replace('\\', "/")
    } else {
        p.to_string()
    };
    percent_encoding::utf8_percent_encode(&p, KEEP).to_string()
}

/// `dead-link` → `DeadLink` (SARIF's `name` is conventionally PascalCase). SARIF1001 wants
/// `name` to differ from `id` even ignoring case, hence the one rename.
fn pascal(id: &str) -> String {
    if id == "misquote" {
        return "AlteredQuote".into();
    }
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{sample, Format};

    fn log() -> Value {
        let text = sample::render(Format::Sarif);
        sample::save_sample("report.sarif", &text);
        serde_json::from_str(&text).expect("valid JSON")
    }

    #[test]
    fn structure() {
        let v = log();
        assert_eq!(v["version"], "2.1.0");
        assert_eq!(v["$schema"], SCHEMA);
        let run = &v["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        for id in [
            "dead-link",
            "soft-404",
            "blocked-link",
            "redirected-link",
            "misquote",
            "partial-quote",
            "quote-not-found",
            "unverifiable-quote",
            "uncited-quote",
            "metadata-mismatch",
        ] {
            assert!(rules.iter().any(|r| r["id"] == id), "rule {id} missing");
        }
        // Every input was read: the run says it succeeded (findings or not), so a consumer
        // reading `invocations[0].executionSuccessful` finds it (it was absent).
        assert_eq!(run["invocations"][0]["executionSuccessful"], true);
        assert!(run["invocations"][0]
            .get("toolExecutionNotifications")
            .is_none());
        let results = run["results"].as_array().unwrap();
        assert!(!results.is_empty());
        for r in results {
            let i = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(
                rules[i]["id"], r["ruleId"],
                "ruleIndex points at the wrong rule"
            );
            assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()));
            let loc = &r["locations"][0]["physicalLocation"];
            let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
            assert!(
                uri == "article.md" || uri == "notes/q%26a%2C%20part%201.md",
                "{uri}"
            );
            assert!(!uri.contains("example.org"), "a web URL used as a location");
            assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
            assert!(
                r["partialFingerprints"]["citecheck/v1"]
                    .as_str()
                    .unwrap()
                    .len()
                    == 16
            );
        }
    }

    #[test]
    fn levels_follow_the_policy() {
        let v = log();
        let results = v["runs"][0]["results"].as_array().unwrap();
        let level = |rule: &str| {
            results
                .iter()
                .find(|r| r["ruleId"] == rule)
                .map(|r| r["level"].as_str().unwrap().to_string())
        };
        assert_eq!(level("dead-link").as_deref(), Some("error"));
        assert_eq!(level("misquote").as_deref(), Some("error"));
        assert_eq!(level("blocked-link").as_deref(), Some("warning"));
        assert_eq!(level("redirected-link").as_deref(), Some("note"));
        assert_eq!(level("metadata-mismatch").as_deref(), Some("warning"));
    }

    #[test]
    fn fingerprints_are_stable_and_distinct() {
        assert_eq!(fnv1a(&[]), 0xcbf2_9ce4_8422_2325);
        // FNV-1a of "a\0": a published test vector is for "a" = af63dc4c8601ec8c; we add NUL.
        assert_ne!(fnv1a(&["ab", "c"]), fnv1a(&["a", "bc"]));
        let v = log();
        let results = v["runs"][0]["results"].as_array().unwrap();
        let fps: std::collections::BTreeSet<&str> = results
            .iter()
            .map(|r| r["partialFingerprints"]["citecheck/v1"].as_str().unwrap())
            .collect();
        // The dead link is cited from two files: two results, two fingerprints.
        assert_eq!(fps.len(), results.len());
        assert_eq!(log(), v, "deterministic");
    }

    #[test]
    fn fnv1a_matches_the_reference_vector() {
        // The reference FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c; ours appends a NUL byte
        // (xor with 0 is a no-op, so only the multiply remains).
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        h ^= u64::from(b'a');
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        assert_eq!(h, 0xaf63_dc4c_8601_ec8c);
        let with_nul = h.wrapping_mul(0x0000_0100_0000_01b3);
        assert_eq!(fnv1a(&["a"]), with_nul);
    }

    #[test]
    fn uris() {
        let opts = ReportOptions {
            base_dir: Some("/repo".into()),
            ..ReportOptions::default()
        };
        assert_eq!(
            article_uri("/repo/docs/a b.md", &opts),
            Some(("docs/a%20b.md".into(), true))
        );
        assert_eq!(article_uri("./x.md", &opts), Some(("x.md".into(), true)));
        // A live article by its URL, standard input by its name: code scanning refuses a
        // result without a location (thirty-seventh session: they had none).
        assert_eq!(
            article_uri("https://example.org/post", &opts),
            Some(("https://example.org/post".into(), false))
        );
        assert_eq!(
            article_uri("<stdin>", &opts),
            Some(("%3Cstdin%3E".into(), true))
        );
        assert_eq!(
            article_uri("/elsewhere/x.md", &opts),
            Some(("file:///elsewhere/x.md".into(), false))
        );
        let v = to_value(&sample::report(), &opts);
        assert_eq!(
            v["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"],
            "file:///repo/"
        );
        assert_eq!(pascal("quote-not-found"), "QuoteNotFound");
    }
}
