//! The JSON report (`--format json`): pretty JSON of [`Report`], the tool's public contract.
//!
//! The documentation below is `docs/json-report.md`, included verbatim so the two never drift.
//!
#![doc = include_str!("../../docs/json-report.md")]

use std::io::{self, Write};

use crate::model::Report;

/// Writes `report` as pretty JSON followed by a newline.
///
/// # Errors
/// Writing fails.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // serde_json writes token by token: a local buffer keeps those small writes off the
    // `dyn Write` (a virtual call each), which is most of the cost on large reports.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, &mut *out);
    serde_json::to_writer_pretty(&mut buffered, report).map_err(io::Error::other)?;
    buffered.flush()?;
    drop(buffered);
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use crate::model::{LinkStatus, Report, Verdict, SCHEMA_VERSION};
    use crate::report::{sample, Format};

    #[test]
    fn reads_back_into_the_typed_report() {
        let text = sample::render(Format::Json);
        sample::save_sample("report.json", &text);
        // Pinned: the contract's shape, and the input of the Chromium test
        // (tests/html_report), which cannot reach this crate's test-only sample builder.
        sample::assert_snapshot("sample.json", &text);
        let back: Report = serde_json::from_str(&text).expect("the JSON report parses");
        assert_eq!(back, sample::report());
        assert_eq!(back.schema_version, SCHEMA_VERSION);
    }

    #[test]
    fn uses_the_documented_names() {
        let v: serde_json::Value = serde_json::from_str(&sample::render(Format::Json)).unwrap();
        assert_eq!(v["schema_version"], 1);
        let statuses: Vec<&str> = v["links"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|l| l["status"].as_str())
            .collect();
        for s in LinkStatus::ALL {
            assert!(
                statuses.contains(&s.as_str()),
                "{s:?} missing from {statuses:?}"
            );
        }
        let q = &v["quotes"].as_array().unwrap()[0];
        for key in [
            "file",
            "line",
            "column",
            "text",
            "cited_urls",
            "verdict",
            "match",
            "score",
            "checked_url",
            "matched_text",
            "context_before",
            "context_after",
            "differences",
            "fragment_link",
            "detail",
        ] {
            assert!(q.get(key).is_some(), "quote field {key} missing");
        }
        let verdicts: Vec<&str> = v["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|q| q["verdict"].as_str())
            .collect();
        for verdict in Verdict::ALL {
            assert!(verdicts.contains(&verdict.as_str()));
        }
        // Every documented top-level and summary key exists, and the docs mention each.
        let doc = include_str!("../../docs/json-report.md");
        for key in v
            .as_object()
            .unwrap()
            .keys()
            .chain(v["summary"].as_object().unwrap().keys())
        {
            assert!(
                doc.contains(&format!("`{key}`")),
                "docs/json-report.md does not document `{key}`"
            );
        }
        for key in v["links"][0]
            .as_object()
            .unwrap()
            .keys()
            .chain(q.as_object().unwrap().keys())
        {
            assert!(
                doc.contains(&format!("`{key}`")),
                "docs/json-report.md does not document `{key}`"
            );
        }
    }
}
