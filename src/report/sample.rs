//! A sample [`Report`] for the reporters' tests: every link status and quote verdict, a
//! metadata mismatch, a document warning, two documents (one with `&`, `,` and a space in its
//! name), and hostile strings that a careless reporter would turn into markup, broken XML or
//! broken workflow commands.

use std::collections::BTreeMap;

use crate::model::{
    DiffKind, Difference, DocKind, Extraction, FragmentStatus, LinkResult, LinkStatus, MatchKind,
    MetadataWarning, Occurrence, PageRegion, QuoteKind, QuoteResult, Redirect, Report, Summary,
    Verdict, Warning, SCHEMA_VERSION,
};

/// The main article.
pub(crate) const ARTICLE: &str = "article.md";
/// The second article: a name that needs escaping in URIs and workflow-command properties.
pub(crate) const NOTES: &str = "notes/q&a, part 1.md";
/// Markup that changes the page's title if it ever runs.
pub(crate) const HOSTILE_SCRIPT: &str = "<script>document.title='PWNED'</script>";
/// Markup that marks the body if it ever becomes an element.
pub(crate) const HOSTILE_IMG: &str =
    "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

fn occ(file: &str, line: usize, column: usize) -> Occurrence {
    Occurrence {
        file: file.into(),
        line,
        column,
    }
}

fn link(
    url: &str,
    status: LinkStatus,
    http: Option<u16>,
    detail: &str,
    at: Vec<Occurrence>,
) -> LinkResult {
    LinkResult {
        url: url.into(),
        final_url: http.map(|_| url.to_string()),
        status,
        http_status: http,
        detail: detail.into(),
        redirects: Vec::new(),
        fragment: None,
        retries: 0,
        elapsed_ms: 40,
        occurrences: at,
        use_instead: None,
        cached: false,
        checked_at: None,
        failing_since: None,
        missing_fragments: Vec::new(),
        unchecked_fragments: Vec::new(),
        nearest_anchors: std::collections::BTreeMap::new(),
        archive_of: None,
        archived_at: None,
        archived_copy: None,
    }
}

fn quote(file: &str, line: usize, text: &str, verdict: Verdict, url: Option<&str>) -> QuoteResult {
    QuoteResult {
        file: file.into(),
        line,
        column: 3,
        text: text.into(),
        kind: QuoteKind::Inline,
        words: text.split_whitespace().count(),
        short: false,
        cited_urls: url.map(|u| vec![u.to_string()]).unwrap_or_default(),
        citations: url
            .map(|u| {
                vec![crate::model::QuoteCitation {
                    footnote: Some("1".into()),
                    url: Some(u.to_string()),
                    attribution: crate::model::Attribution::MarkerAfter,
                }]
            })
            .unwrap_or_default(),
        verdict,
        match_kind: None,
        score: 0.0,
        checked_url: None,
        matched_text: None,
        context_before: None,
        context_after: None,
        differences: Vec::new(),
        fragment_link: None,
        detail: String::new(),
        region: None,
        warnings: Vec::new(),
        disputes: Vec::new(),
        nearest_passage: None,
    }
}

/// The sample report, with its summary computed from its contents.
pub(crate) fn report() -> Report {
    let mut links = vec![
        link(
            "https://example.org/ok",
            LinkStatus::Ok,
            Some(200),
            "200 OK",
            vec![occ(ARTICLE, 3, 10)],
        ),
        {
            let mut l = link(
                "http://example.org/moved",
                LinkStatus::Redirected,
                Some(200),
                "permanently redirected (301) to https://example.org/new-home",
                vec![occ(ARTICLE, 8, 1)],
            );
            l.final_url = Some("https://example.org/new-home".into());
            l.redirects = vec![Redirect {
                url: "http://example.org/moved".into(),
                status: 301,
                by: None,
            }];
            l.use_instead = Some("https://example.org/new-home".into());
            l
        },
        link(
            "https://example.org/gone",
            LinkStatus::Dead,
            Some(404),
            "404 Not Found",
            vec![occ(ARTICLE, 12, 5), occ(NOTES, 4, 1)],
        ),
        {
            let mut l = link(
                "https://example.org/broken",
                LinkStatus::Error,
                Some(503),
                "503 Service Unavailable after 2 retries",
                vec![occ(ARTICLE, 14, 22)],
            );
            l.retries = 2;
            l
        },
        link(
            "https://example.org/slow",
            LinkStatus::Timeout,
            None,
            "no answer within 20 s",
            vec![occ(ARTICLE, 15, 1)],
        ),
        link(
            "https://example.org/soft",
            LinkStatus::Soft404,
            Some(200),
            "the page's title says \"Page not found\"",
            vec![occ(ARTICLE, 16, 1)],
        ),
        link(
            "https://example.org/paywall",
            LinkStatus::Blocked,
            Some(403),
            "403 Forbidden: the server refuses automated requests",
            vec![occ(ARTICLE, 17, 1)],
        ),
        link(
            "https://excluded.example/",
            LinkStatus::Excluded,
            None,
            "matches --exclude",
            vec![occ(ARTICLE, 18, 1)],
        ),
        link(
            "javascript:alert(document.domain)",
            LinkStatus::Unsupported,
            None,
            "the javascript: scheme is not checked",
            vec![occ(ARTICLE, 19, 1)],
        ),
        link(
            &format!("htp:/bad{HOSTILE_IMG}"),
            LinkStatus::Invalid,
            None,
            // Everything a reporter must survive: markup, CDATA end, control characters,
            // a percent sign and line breaks.
            &format!("not a URL: {HOSTILE_SCRIPT} ]]> \u{1}\u{8}bell 100% sure\r\nsecond line"),
            vec![occ(NOTES, 9, 2)],
        ),
        {
            let mut l = link(
                "https://example.org/report#results",
                LinkStatus::Ok,
                Some(200),
                "200 OK",
                vec![occ(NOTES, 2, 7)],
            );
            l.fragment = Some(FragmentStatus::Missing);
            l
        },
    ];
    links.sort_by(|a, b| a.url.cmp(&b.url));

    let mut quotes = vec![
        {
            let mut q = quote(
                ARTICLE,
                5,
                "Our harbour will be rebuilt … before the winter storms",
                Verdict::Verified,
                Some("https://example.org/ok"),
            );
            q.match_kind = Some(MatchKind::Typography);
            q.score = 1.0;
            q.checked_url = Some("https://example.org/ok".into());
            q.matched_text = Some(
                "our harbour will be rebuilt, though not in full, before the winter storms".into(),
            );
            q.context_before = Some("The mayor said that ".into());
            q.context_after = Some(" arrive.".into());
            q.fragment_link = Some(
                "https://example.org/ok#:~:text=our%20harbour%20will%20be%20rebuilt,before%20the%20winter%20storms".into(),
            );
            q.region = Some(PageRegion::Main);
            q.detail = "found after normalising quote marks and dashes".into();
            q.warnings =
                vec!["the ellipsis omits “not”: the omission may reverse the meaning".into()];
            q
        },
        {
            let mut q = quote(
                ARTICLE,
                21,
                "Unemployment in the region fell by 12 percent in 2023",
                Verdict::Altered,
                Some("https://example.org/ok"),
            );
            q.match_kind = Some(MatchKind::Fuzzy);
            q.score = 0.91;
            q.checked_url = Some("https://example.org/ok".into());
            q.matched_text = Some("unemployment in the region fell by 21 percent in 2023".into());
            q.context_before = Some("Figures released on Monday show that ".into());
            q.context_after = Some(", the steepest drop in a decade.".into());
            q.differences = vec![Difference {
                kind: DiffKind::Changed,
                quote: "12".into(),
                source: "21".into(),
                note: Some("number changed".into()),
            }];
            q.fragment_link = Some(
                "https://example.org/ok#:~:text=unemployment%20in%20the%20region%20fell%20by%2021%20percent%20in%202023".into(),
            );
            q.detail = "a close passage differs in 1 word".into();
            q
        },
        {
            let mut q = quote(
                ARTICLE,
                25,
                "We will widen the bridge … and open ten new schools",
                Verdict::Partial,
                Some("https://example.org/ok"),
            );
            q.score = 0.5;
            q.checked_url = Some("https://example.org/ok".into());
            q.matched_text = Some("we will widen the bridge".into());
            q.detail = "1 of 2 parts found; not found: “and open ten new schools”".into();
            q.fragment_link =
                Some("https://example.org/ok#:~:text=we%20will%20widen%20the%20bridge".into());
            q
        },
        {
            let mut q = quote(
                ARTICLE,
                27,
                &format!("{HOSTILE_SCRIPT} said \"hello\" & <b>goodbye</b> | `tick` *star* ]]>"),
                Verdict::NotFound,
                Some("https://example.org/ok"),
            );
            q.score = 0.12;
            q.checked_url = Some("https://example.org/ok".into());
            q.detail = "nothing close on the page".into();
            q
        },
        {
            let mut q = quote(
                ARTICLE,
                29,
                "Access to the archive will stay free for everyone",
                Verdict::Unverifiable,
                Some("https://example.org/paywall"),
            );
            q.detail = "the cited page could not be read: blocked (403 Forbidden)".into();
            q
        },
        quote(
            ARTICLE,
            33,
            "a quote that nobody cited at all",
            Verdict::Uncited,
            None,
        ),
        {
            let mut q = quote(
                NOTES,
                6,
                "The board did approve the merger",
                Verdict::Altered,
                Some("https://example.org/report#results"),
            );
            q.kind = QuoteKind::Block;
            q.match_kind = Some(MatchKind::Fuzzy);
            q.score = 0.86;
            q.checked_url = Some("https://example.org/report".into());
            q.matched_text = Some("The board did not approve the merger".into());
            q.differences = vec![Difference {
                kind: DiffKind::Dropped,
                quote: String::new(),
                source: "not".into(),
                note: Some("negation removed".into()),
            }];
            q.fragment_link = Some(
                "https://example.org/report#:~:text=The%20board%20did%20not%20approve%20the%20merger".into(),
            );
            q.detail = "a close passage differs in 1 word".into();
            q
        },
    ];
    quotes.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));

    let metadata_warnings = vec![MetadataWarning {
        file: ARTICLE.into(),
        line: 40,
        column: 1,
        footnote: "2".into(),
        url: "https://example.org/ok".into(),
        field: "title".into(),
        note_value: "Annual Report 2023".into(),
        page_value: "Annual Report 2022".into(),
        message:
            "note [^2] gives the title “Annual Report 2023”; the page says “Annual Report 2022”"
                .into(),
    }];

    let documents = vec![
        Extraction {
            file: ARTICLE.into(),
            format: DocKind::Markdown,
            links: Vec::new(),
            footnotes: Vec::new(),
            quotes: Vec::new(),
            warnings: vec![Warning {
                line: 35,
                column: 14,
                message: "footnote marker [^9] has no note".into(),
            }],
            uncited_markers: Vec::new(),
            own_anchors: None,
        },
        Extraction {
            file: NOTES.into(),
            format: DocKind::Markdown,
            links: Vec::new(),
            footnotes: Vec::new(),
            quotes: Vec::new(),
            warnings: Vec::new(),
            uncited_markers: Vec::new(),
            own_anchors: None,
        },
    ];

    let mut report = Report {
        schema_version: SCHEMA_VERSION,
        summary: Summary::default(),
        links,
        quotes,
        metadata_warnings,
        documents,
    };
    report.summary = summary_of(&report, 1234);
    report
}

/// The summary the run would compute (the reporters only render it).
pub(crate) fn summary_of(report: &Report, elapsed_ms: u64) -> Summary {
    let mut statuses: BTreeMap<String, usize> = LinkStatus::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), 0))
        .collect();
    for l in &report.links {
        *statuses.entry(l.status.as_str().to_string()).or_default() += 1;
    }
    let mut verdicts: BTreeMap<String, usize> = Verdict::ALL
        .iter()
        .map(|v| (v.as_str().to_string(), 0))
        .collect();
    for q in &report.quotes {
        *verdicts.entry(q.verdict.as_str().to_string()).or_default() += 1;
    }
    Summary {
        documents: report.documents.len(),
        links: report.links.len(),
        quotes: report.quotes.len(),
        statuses,
        verdicts,
        disputed: super::disputed_count(report),
        missing_fragments: super::missing_fragments(&report.links),
        warnings: report
            .documents
            .iter()
            .map(|d| d.warnings.len())
            .sum::<usize>()
            + report.metadata_warnings.len(),
        findings: None,
        elapsed_ms,
    }
}

/// Compares `actual` with `fixtures/expected/report/<name>`; with `CITECHECK_BLESS=1`, writes
/// it there instead. Review a blessed snapshot by eye before committing it.
#[track_caller]
pub(crate) fn assert_snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/expected/report")
        .join(name);
    if std::env::var_os("CITECHECK_BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("the path has a parent"))
            .expect("create the snapshot folder");
        std::fs::write(&path, actual).expect("write the snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; run with CITECHECK_BLESS=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the output, first at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             (run with CITECHECK_BLESS=1 to accept the new output)",
            path.display(),
            first + 1,
            expected.lines().nth(first).unwrap_or("<end>"),
            actual.lines().nth(first).unwrap_or("<end>"),
        );
    }
}

/// With `CITECHECK_REPORT_SAMPLES=1`, writes `contents` to `target/report-samples/<name>` so
/// external validators (SARIF multitool, junitparser, Chromium) can read it.
pub(crate) fn save_sample(name: &str, contents: &str) {
    if std::env::var_os("CITECHECK_REPORT_SAMPLES").is_some_and(|v| v == "1") {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-samples");
        std::fs::create_dir_all(&dir).expect("create target/report-samples");
        std::fs::write(dir.join(name), contents).expect("write the sample");
    }
}

/// Renders the sample report in `format` with default options (no colour).
pub(crate) fn render(format: super::Format) -> String {
    let mut out = Vec::new();
    super::write_report(
        &report(),
        format,
        &super::ReportOptions::default(),
        &mut out,
    )
    .expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("reports are UTF-8")
}
