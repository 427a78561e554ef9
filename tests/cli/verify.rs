//! Quote verification end to end: `check fixtures/articles/verify-quotes.md --format json`.

use citecheck::model::{DiffKind, MatchKind, QuoteResult, Report, Verdict};

use std::path::Path;

use citecheck::server::RunningServer;

use crate::support::{fixtures, pages_server, remap, Cli, Output};

const HOST: &str = "sources.example.org";

fn run() -> (i32, Report, String) {
    let server = pages_server(|b| b);
    let out = check(&fixtures().join("articles/verify-quotes.md"), &server);
    (out.code, out.report(), out.stderr)
}

/// `check ARTICLE --format json` with the article's placeholder host sent to `server`.
fn check(article: &Path, server: &RunningServer) -> Output {
    Cli::new(&[
        "check",
        "--no-config",
        article.to_str().expect("utf-8 path"),
        "--format",
        "json",
        "--timeout",
        "2s",
        "--max-retries",
        "0",
        "--remap",
        &remap(HOST, server),
    ])
    .run()
}

fn quote<'a>(report: &'a Report, starts: &str) -> &'a QuoteResult {
    let found: Vec<&QuoteResult> = report
        .quotes
        .iter()
        .filter(|q| q.text.starts_with(starts))
        .collect();
    assert_eq!(found.len(), 1, "quotes starting with {starts:?}");
    found[0]
}

/// (start of the quote, line in the article, verdict, match kind)
const EXPECTED: &[(&str, usize, Verdict, Option<MatchKind>)] = &[
    (
        "Groundwater levels across the Lower Vale fell by",
        9,
        Verdict::Verified,
        Some(MatchKind::Exact),
    ),
    (
        "Farmers & water companies",
        11,
        Verdict::Verified,
        Some(MatchKind::Typography),
    ),
    (
        "the decline was not uniform",
        13,
        Verdict::Verified,
        Some(MatchKind::Minor),
    ),
    (
        "the main driver of the unsustainable",
        15,
        Verdict::Verified,
        Some(MatchKind::Exact),
    ),
    (
        "that abstraction licences be reviewed",
        17,
        Verdict::Verified,
        Some(MatchKind::Exact),
    ),
    (
        "Groundwater levels across the Lower Vale fell …",
        21,
        Verdict::Verified,
        Some(MatchKind::Exact),
    ),
    (
        "The institute will publish revised figures",
        23,
        Verdict::Verified,
        Some(MatchKind::Exact),
    ),
    (
        "[T]he aquifer could still recover",
        25,
        Verdict::Verified,
        Some(MatchKind::Minor),
    ),
    (
        "the report finds that [irrigation demand]",
        27,
        Verdict::Verified,
        Some(MatchKind::Minor),
    ),
    (
        "wells on the eastern plateau continued to rise",
        31,
        Verdict::Altered,
        Some(MatchKind::Fuzzy),
    ),
    (
        "Irrigation demand rose by 41",
        33,
        Verdict::Altered,
        Some(MatchKind::Fuzzy),
    ),
    (
        "Residents' groups did not welcome",
        35,
        Verdict::Altered,
        Some(MatchKind::Fuzzy),
    ),
    (
        "We are going to run a half-hearted service",
        37,
        Verdict::Altered,
        Some(MatchKind::Fuzzy),
    ),
    (
        "The ferry linking Eastwick",
        39,
        Verdict::Altered,
        Some(MatchKind::Fuzzy),
    ),
    (
        "while wells on the eastern plateau",
        41,
        Verdict::Altered,
        Some(MatchKind::Fuzzy),
    ),
    (
        "Cliff retreat at Marlow Head",
        43,
        Verdict::Altered,
        Some(MatchKind::Fuzzy),
    ),
    (
        "The institute expects groundwater",
        45,
        Verdict::NotFound,
        None,
    ),
    (
        "Groundwater levels across the Lower Vale rose sharply",
        47,
        Verdict::NotFound,
        None,
    ),
    ("Fares will rise to £3.40", 49, Verdict::Partial, None),
    (
        "Either the boats run every thirty minutes",
        51,
        Verdict::NotFound,
        None,
    ),
    (
        "The ferry will run every thirty minutes",
        53,
        Verdict::Unverifiable,
        None,
    ),
    (
        "Employment in the café",
        57,
        Verdict::Verified,
        Some(MatchKind::Exact),
    ),
    (
        "The unemployment rate fell to 4.1",
        59,
        Verdict::Verified,
        Some(MatchKind::Typography),
    ),
    (
        "plots left untended",
        61,
        Verdict::Verified,
        Some(MatchKind::Exact),
    ),
    (
        "The parish council has requested",
        63,
        Verdict::Verified,
        Some(MatchKind::Exact),
    ),
    (
        "Levels in my own well",
        65,
        Verdict::Verified,
        Some(MatchKind::Exact),
    ),
    ("Nobody reads the small print", 67, Verdict::Uncited, None),
];

#[test]
fn every_quote_gets_its_verdict_through_the_binary() {
    let (code, report, stderr) = run();
    // Altered, partial and not-found quotes and a dead link fail the run.
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(report.schema_version, 1);
    assert_eq!(report.quotes.len(), EXPECTED.len());
    for (start, line, verdict, kind) in EXPECTED {
        let q = quote(&report, start);
        assert_eq!(
            (q.line, q.verdict, q.match_kind),
            (*line, *verdict, *kind),
            "{start}: {}",
            q.detail
        );
        assert!(!q.detail.is_empty(), "{start}");
        assert!(q.file.ends_with("verify-quotes.md"), "{}", q.file);
        // Quotes are reported against the article's own URLs, never the remapped loopback.
        for u in q.cited_urls.iter().chain(&q.checked_url) {
            assert!(
                u.starts_with("https://sources.example.org/"),
                "{start}: {u}"
            );
        }
    }
    let count = |v: Verdict| EXPECTED.iter().filter(|e| e.2 == v).count();
    for v in Verdict::ALL {
        assert_eq!(report.summary.verdicts[v.as_str()], count(v), "{v:?}");
    }
}

/// The worst error the tool can make: a misquote reported as verified.
#[test]
fn no_misquote_is_verified_and_wrong_page_citations_do_not_borrow_other_notes() {
    let (_, report, _) = run();
    for (start, _, verdict, _) in EXPECTED {
        let q = quote(&report, start);
        if *verdict != Verdict::Verified {
            assert_ne!(q.verdict, Verdict::Verified, "{start}: {}", q.detail);
        }
    }
    // Regression: a paragraph that is only a quote and its marker also took the previous
    // paragraph's note, so this quote (cited to the wrong page) was verified on another page.
    let q = quote(&report, "Either the boats run");
    assert_eq!(
        q.cited_urls,
        vec!["https://sources.example.org/verify-report.html".to_string()]
    );
}

#[test]
fn differences_name_the_changed_number_and_negations() {
    let (_, report, _) = run();
    let cases: &[(&str, DiffKind, &str, &str, Option<&str>)] = &[
        (
            "Irrigation demand rose by 41",
            DiffKind::Changed,
            "41",
            "14",
            Some("number changed"),
        ),
        (
            "Cliff retreat at Marlow Head",
            DiffKind::Changed,
            "0.8",
            "0.6",
            Some("number changed"),
        ),
        (
            "Residents' groups did not welcome",
            DiffKind::Changed,
            "did not welcome",
            "welcomed",
            Some("negation added"),
        ),
        (
            "We are going to run",
            DiffKind::Dropped,
            "",
            "not",
            Some("negation removed"),
        ),
        (
            "wells on the eastern plateau continued to rise",
            DiffKind::Changed,
            "rise",
            "fall",
            None,
        ),
    ];
    for (start, kind, quote_words, source_words, note) in cases {
        let q = quote(&report, start);
        assert_eq!(q.differences.len(), 1, "{start}: {:?}", q.differences);
        let d = &q.differences[0];
        assert_eq!(
            (
                d.kind,
                d.quote.as_str(),
                d.source.as_str(),
                d.note.as_deref()
            ),
            (*kind, *quote_words, *source_words, *note),
            "{start}"
        );
        assert!(q.score < 1.0 && q.score > 0.5, "{start}: {}", q.score);
        assert!(q.matched_text.is_some(), "{start}");
    }
    // The changed number is in the detail a person reads, too.
    assert!(quote(&report, "Irrigation demand rose by 41")
        .detail
        .contains("41"));
}

#[test]
fn dead_page_quote_is_unverifiable_with_the_reason() {
    let (_, report, _) = run();
    let q = quote(&report, "The ferry will run every thirty minutes");
    assert_eq!(q.verdict, Verdict::Unverifiable);
    assert!(
        q.detail.contains("dead") && q.detail.contains("404"),
        "{}",
        q.detail
    );
    assert!(q.fragment_link.is_none());
    let link = report
        .links
        .iter()
        .find(|l| l.url.ends_with("/verify-gone.html"))
        .expect("dead link reported");
    assert_eq!(link.http_status, Some(404));
}

/// Every evidence link is the cited URL plus a W3C text fragment (or `#page=N` for the PDF),
/// percent-encoded so that `-`, `&` and `,` inside a term cannot break the directive.
#[test]
fn fragment_links_are_well_formed() {
    let (_, report, _) = run();
    let mut checked = 0;
    for q in &report.quotes {
        let Some(link) = q.fragment_link.as_deref() else {
            assert!(
                matches!(
                    q.verdict,
                    Verdict::NotFound | Verdict::Unverifiable | Verdict::Uncited
                ),
                "{} has no evidence link",
                q.text
            );
            continue;
        };
        let checked_url = q.checked_url.as_deref().expect("checked_url");
        let url = url::Url::parse(link).expect("evidence link parses");
        let frag = url.fragment().expect("fragment");
        assert!(link.starts_with(&format!("{checked_url}#")), "{link}");
        if checked_url.ends_with(".pdf") {
            assert!(
                frag.starts_with("page=") && frag[5..].parse::<u32>().is_ok(),
                "{link}"
            );
            checked += 1;
            continue;
        }
        let directives = frag.strip_prefix(":~:").expect(":~: directive");
        let parts = directives.split('&').count();
        // An ellipsis hiding a negation or a limiter: one link spans it, so the highlight
        // shows what the ellipsis leaves out.
        let hides = q
            .warnings
            .iter()
            .any(|w| w.contains("left out by an ellipsis"));
        let ellipsis = q.text.contains('…') && q.verdict == Verdict::Verified && !hides;
        assert_eq!(parts, if ellipsis { 2 } else { 1 }, "{link}");
        for d in directives.split('&') {
            let body = d.strip_prefix("text=").expect("text=");
            let terms: Vec<&str> = body.split(',').collect();
            assert!((1..=4).contains(&terms.len()), "{link}");
            for t in terms {
                let t = t.trim_start_matches('-').trim_end_matches('-');
                assert!(!t.is_empty(), "{link}");
                assert!(
                    t.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"%._~".contains(&b)),
                    "{link}: raw character in {t}"
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} evidence links");
    let cafe = quote(&report, "Employment in the café");
    assert!(
        cafe.fragment_link
            .as_deref()
            .unwrap_or("")
            .contains("caf%C3%A9"),
        "{:?}",
        cafe.fragment_link
    );
}

/// Chinese and Japanese quotations, in corner brackets `「…」`, are found, tied to their
/// notes (headed `注释`, markers straight after the last character) and checked character
/// by character against the cited page (written without spaces, two characters count as a
/// word).
#[test]
fn chinese_and_japanese_quotes_are_checked_character_by_character() {
    let server = pages_server(|b| b);
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("zh.md");
    std::fs::write(
        &article,
        "港务局的报告指出：「过去十年里，测深数据每年漂移约一米，旧海图已不再可靠。」[1]\
         报告还说「潮汐表自一九九八年以来从未被更正」[1]，\
         但有人转述为「潮汐表自一九九八年以来已经被更正」[1]。\
         日本語の記録では「嵐の後、港に入る船は一隻もなかった」[1]とされる。\
         另有人说「港口明年将彻底关闭并改建为公园」[1]。\n\n\
         ## 注释\n\n\
         1. 港务局，《年度报告》，2019年，<https://sources.example.org/zh-report.html>。\n",
    )
    .expect("article written");
    let out = check(&article, &server);
    let report = out.report();
    let got: Vec<(&str, Verdict, usize)> = report
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.verdict, q.words))
        .collect();
    assert_eq!(
        got,
        [
            (
                "过去十年里，测深数据每年漂移约一米，旧海图已不再可靠。",
                Verdict::Verified,
                13
            ),
            ("潮汐表自一九九八年以来从未被更正", Verdict::Verified, 8),
            ("潮汐表自一九九八年以来已经被更正", Verdict::Altered, 8),
            ("嵐の後、港に入る船は一隻もなかった", Verdict::Verified, 9),
            ("港口明年将彻底关闭并改建为公园", Verdict::NotFound, 8),
        ],
        "{}",
        out.stderr
    );
    let changed: Vec<(&str, &str)> = quote(&report, "潮汐表自一九九八年以来已经")
        .differences
        .iter()
        .map(|d| (d.quote.as_str(), d.source.as_str()))
        .collect();
    assert_eq!(changed, [("已经", "从未")]);
    assert_eq!(out.code, 1, "an altered quote is a finding");
}

/// An article in author–date style (APA): each quote is checked against the page of the
/// reference-list entry its citation names, parenthetical after the quote or narrative
/// before it; a citation with no entry and an entry never cited are findings of their own.
#[test]
fn author_date_quotes_are_checked_against_their_references() {
    const REPORT: &str = "https://sources.example.org/verify-report.html";
    let server = pages_server(|b| b);
    let out = check(&fixtures().join("articles/author-date.md"), &server);
    let report = out.report();
    let got: Vec<(&str, Verdict, Option<&str>)> = report
        .quotes
        .iter()
        .map(|q| {
            (
                q.text.as_str(),
                q.verdict,
                q.cited_urls.first().map(String::as_str),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "fell by an average of 1.8 metres between 2019 and 2023",
                Verdict::Verified,
                Some(REPORT)
            ),
            (
                "wells on the eastern plateau continuing to rise",
                Verdict::Altered,
                Some(REPORT)
            ),
            (
                "was the main driver of the unsustainable abstraction rates",
                Verdict::Verified,
                Some(REPORT)
            ),
            (
                "Either the boats run every thirty minutes or they do not run at all.",
                Verdict::Verified,
                Some("https://sources.example.org/verify-news.html")
            ),
            ("less than a metre", Verdict::Uncited, None),
        ],
        "{}",
        out.stderr
    );
    let changed: Vec<(&str, &str)> = quote(&report, "wells on the eastern")
        .differences
        .iter()
        .map(|d| (d.quote.as_str(), d.source.as_str()))
        .collect();
    assert_eq!(changed, [("continuing", "continued"), ("rise", "fall")]);
    assert_eq!(out.code, 1, "an altered quote is a finding");
}

/// Regression: a note citing two pages (`See the report, URL1, and the news, URL2`) had the
/// quote checked against its first URL only, so a true quote from the second page was "not
/// found". Every web URL of the note is checked, and the best verdict names its page.
#[test]
fn a_note_citing_several_pages_has_the_quote_checked_on_each() {
    const REPORT: &str = "https://sources.example.org/verify-report.html";
    const NEWS: &str = "https://sources.example.org/verify-news.html";
    let server = pages_server(|b| b);
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("two.md");
    std::fs::write(
        &article,
        format!(
            "# Ferries\n\n\
             The chair was blunt: \"Either the boats run every thirty minutes or they do \
             not run at all.\"[^1]\n\n\
             Later he said \"the boats will run every ten minutes from next spring\".[^1]\n\n\
             [^1]: See the institute's report, {REPORT}, and the news story, {NEWS}.\n"
        ),
    )
    .expect("article written");
    let out = check(&article, &server);
    let report = out.report();
    let q = quote(&report, "Either the boats");
    assert_eq!(q.verdict, Verdict::Verified, "{}", q.detail);
    assert_eq!(q.checked_url.as_deref(), Some(NEWS));
    assert_eq!(q.cited_urls, [REPORT, NEWS]);
    assert!(q.detail.contains(NEWS), "{}", q.detail);
    // A quote on neither page is still not found, having been looked for on both.
    let q = quote(&report, "the boats will run");
    assert_eq!(q.verdict, Verdict::NotFound, "{}", q.detail);
    assert!(q.detail.contains("checked 2 cited URLs"), "{}", q.detail);
    assert_eq!(server.hits("/verify-news.html"), 1);
}

/// Regression: a hyphen ending a line was read one way only. Plain text kept the halves
/// apart (`renov-⏎ated` never matched "renovated"), and PDFs always joined them
/// (`long-⏎range` became "longrange", so the quote's "long-range" was a misquote). At a
/// line-break hyphen either joining is the page's; whichever the quote has matches.
#[test]
fn a_hyphen_ending_a_line_joins_either_way() {
    use citecheck::server::Response;
    let pdf = crate::support::one_page_pdf(&[
        "The lighthouse keepers published a long-",
        "range plan for the renov-",
        "ation of the north pier in the spring.",
    ]);
    let server = pages_server(|b| {
        b.route(
            "/keepers.txt",
            Response::text(
                "The lighthouse keepers published a long-\n\
                 range plan for the renov-\n\
                 ated north pier, and a second-\n\
                 hand crane.\n",
            ),
        )
        .route(
            "/keepers.pdf",
            Response::status(200)
                .header("content-type", "application/pdf")
                .body(pdf),
        )
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("pier.md");
    std::fs::write(
        &article,
        "Text: \"published a long-range plan for the renovated north pier\".[^1] \
         \"a longrange plan for the renovated north pier\".[^1] \
         \"a long-range plan for the renovated south pier\".[^1]\n\n\
         PDF: \"published a long-range plan for the renovation of the north pier\".[^2] \
         \"a longrange plan for the renovation of the north pier\".[^2] \
         \"a long-range plan for the renov-ation of the north pier\".[^2]\n\n\
         [^1]: Keepers, https://sources.example.org/keepers.txt\n\
         [^2]: Keepers, https://sources.example.org/keepers.pdf\n",
    )
    .expect("article written");
    let out = check(&article, &server);
    let report = out.report();
    let got: Vec<(&str, Verdict, Option<MatchKind>)> = report
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.verdict, q.match_kind))
        .collect();
    assert_eq!(
        got,
        [
            (
                "published a long-range plan for the renovated north pier",
                Verdict::Verified,
                Some(MatchKind::Exact)
            ),
            (
                "a longrange plan for the renovated north pier",
                Verdict::Verified,
                Some(MatchKind::Exact)
            ),
            (
                "a long-range plan for the renovated south pier",
                Verdict::Altered,
                Some(MatchKind::Fuzzy)
            ),
            (
                "published a long-range plan for the renovation of the north pier",
                Verdict::Verified,
                Some(MatchKind::Exact)
            ),
            (
                "a longrange plan for the renovation of the north pier",
                Verdict::Verified,
                Some(MatchKind::Exact)
            ),
            (
                "a long-range plan for the renov-ation of the north pier",
                Verdict::Verified,
                Some(MatchKind::Exact)
            ),
        ],
        "{}",
        out.stderr
    );
    // The one real change is the only difference named.
    let changed: Vec<(&str, &str)> = quote(&report, "a long-range plan for the renovated south")
        .differences
        .iter()
        .map(|d| (d.quote.as_str(), d.source.as_str()))
        .collect();
    assert_eq!(changed, [("south", "north")]);
}

/// Regression: a page built by JavaScript (an app shell: a "Loading…" placeholder, a
/// `<noscript>` notice) with a static header, menu and footer had enough text in total to
/// count as read, so a quote from it was "not found". What counts is the text outside the
/// page's furniture: almost none here, so the quote is unverifiable. A short page with an
/// article of its own still gives "not found".
#[test]
fn an_app_shell_with_only_furniture_text_leaves_quotes_unverifiable() {
    use citecheck::server::Response;
    let shell = "<!DOCTYPE html><html><head><title>Harbour Records</title>\
        <script type=\"module\" src=\"/app.js\"></script></head><body>\
        <header><a href=\"/\">Harbour Records</a> <a href=\"/tides\">Tide tables</a> \
        <a href=\"/moorings\">Moorings and berths</a> <a href=\"/contact\">Contact the \
        harbour office</a></header>\
        <nav><ul><li>Annual accounts</li><li>Dredging notices</li><li>Pilotage \
        rules</li><li>Visiting yachts</li></ul></nav>\
        <div id=\"root\"><p>Loading…</p></div>\
        <noscript>Please turn on JavaScript to use Harbour Records.</noscript>\
        <footer>Harbour Records is run by the Port Trust · Privacy notice · Accessibility \
        statement · Cookie preferences · Terms of use</footer></body></html>";
    let article = "<!DOCTYPE html><html><body><header>Harbour Records · Tide tables · \
        Moorings · Contact</header><main><p>The harbour master said on Tuesday that the \
        outer channel had silted up faster than at any time in the last twenty years, and \
        that dredging would start before the autumn gales.</p></main></body></html>";
    // Regression: a short page that runs no script is all there is, not an app shell: a
    // quote absent from it is not found (it was unverifiable, and the run passed).
    let statement = "<!DOCTYPE html><html><body><main><h1>Statement</h1><p>The company \
        will close its Leeds plant in March, affecting 300 jobs.</p></main></body></html>";
    let server = pages_server(|b| {
        b.route("/app", Response::html(shell))
            .route("/story", Response::html(article))
            .route("/statement", Response::html(statement))
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("harbour.md");
    std::fs::write(
        &path,
        "The records show \"every mooring fee collected since the year 2010\".[^1]\n\n\
         The harbour master said \"the inner basin will be closed for the whole winter\".[^2]\n\n\
         The company said it would \"keep its Leeds plant open for the foreseeable \
         future\".[^3]\n\n\
         [^1]: Harbour Records, https://sources.example.org/app\n\
         [^2]: Harbour news, https://sources.example.org/story\n\
         [^3]: Company statement, https://sources.example.org/statement\n",
    )
    .expect("article written");
    let out = check(&path, &server);
    let report = out.report();
    let q = quote(&report, "every mooring fee");
    assert_eq!(q.verdict, Verdict::Unverifiable, "{}", q.detail);
    assert!(q.detail.contains("JavaScript"), "{}", q.detail);
    let q = quote(&report, "the inner basin");
    assert_eq!(q.verdict, Verdict::NotFound, "{}", q.detail);
    let q = quote(&report, "keep its Leeds plant");
    assert_eq!(q.verdict, Verdict::NotFound, "{}", q.detail);
}

/// Regression: a quote found only in a page's furniture (here its sidebar) was a plain
/// "✓ verified" in the terminal and Markdown reports; only JSON's `region` and the HTML
/// report carried the caveat. It is a quote warning now, so every format shows it (`!`).
#[test]
fn a_quote_found_only_in_page_furniture_is_a_warning_in_every_format() {
    use citecheck::server::Response;
    let page = "<!DOCTYPE html><html><body><main><p>The lock gates on the old canal were \
        replaced in March after a survey found the timber rotten through.</p></main>\
        <aside class=\"sidebar\"><p>Readers voted the canal towpath the prettiest walk in \
        the county for a third year.</p></aside></body></html>";
    let server = pages_server(|b| b.route("/canal", Response::html(page)));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("canal.md");
    std::fs::write(
        &path,
        "The trust boasts that \"the canal towpath the prettiest walk in the county\".[^1]\n\n\
         It says \"the lock gates on the old canal were replaced in March\".[^1]\n\n\
         [^1]: Canal trust, https://sources.example.org/canal\n",
    )
    .expect("article written");
    let json = check(&path, &server).report();
    let q = quote(&json, "the canal towpath");
    assert_eq!(q.verdict, Verdict::Verified);
    assert_eq!(q.region, Some(citecheck::model::PageRegion::Furniture));
    assert!(q.warnings.iter().any(|w| w.contains("furniture")), "{q:?}");
    assert!(quote(&json, "the lock gates").warnings.is_empty());

    let run = |format: &str| {
        Cli::new(&[
            "check",
            "--no-config",
            path.to_str().expect("utf-8 path"),
            "--format",
            format,
            "--max-retries",
            "0",
            "--remap",
            &remap(HOST, &server),
        ])
        .run()
        .stdout
    };
    let term = run("terminal");
    let line = |text: &str, needle: &str| {
        text.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle} in:\n{text}"))
            .to_string()
    };
    assert!(
        line(&term, "canal.md:1:").trim_start().starts_with('!'),
        "{term}"
    );
    assert!(
        line(&term, "canal.md:3:").trim_start().starts_with('✓'),
        "{term}"
    );
    assert!(term.contains("furniture"), "{term}");
    let md = run("markdown");
    let verified = md.split("Verified quotes").nth(1).unwrap_or_default();
    assert!(!verified.contains("canal.md:1"), "{md}");
    assert!(verified.contains("canal.md:3"), "{md}");
    let before = md.split("Verified quotes").next().unwrap_or_default();
    assert!(
        before.contains("canal.md:1") && before.contains("furniture"),
        "{md}"
    );
}

/// Regression: number formatting counted as a changed number. `12,500`, `12 500` (no-break
/// or thin space) and `12500` are one number, as are `2,000` and `2000`, and `18%`,
/// `18 percent` and `18 per cent`; a real change (15 → 12) is still "number changed".
#[test]
fn number_formatting_is_not_a_changed_number() {
    use citecheck::server::Response;
    let page = "<!DOCTYPE html><html><body><main>\
        <p>The ferry carried 12\u{A0}500 passengers in July and 2,000 cars in August.</p>\
        <p>Fares rose by 18% over the summer, while crossings fell by 15 per cent.</p>\
        <p>The harbour now employs 1\u{202F}250 people on the quays.</p>\
        </main></body></html>";
    let server = pages_server(|b| b.route("/ferry", Response::html(page)));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ferry.md");
    std::fs::write(
        &path,
        "\"The ferry carried 12,500 passengers in July and 2000 cars in August.\"[^1]\n\n\
         \"The ferry carried 12500 passengers in July\".[^1]\n\n\
         \"Fares rose by 18 per cent over the summer\".[^1]\n\n\
         \"Fares rose by 18 percent over the summer, while crossings fell by 15%.\"[^1]\n\n\
         \"The harbour now employs 1,250 people on the quays.\"[^1]\n\n\
         \"Fares rose by 18% over the summer, while crossings fell by 12 per cent.\"[^1]\n\n\
         [^1]: Port report, https://sources.example.org/ferry\n",
    )
    .expect("article written");
    let out = check(&path, &server);
    let report = out.report();
    let got: Vec<(&str, Verdict)> = report
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.verdict))
        .collect();
    assert_eq!(
        got,
        [
            (
                "The ferry carried 12,500 passengers in July and 2000 cars in August.",
                Verdict::Verified
            ),
            (
                "The ferry carried 12500 passengers in July",
                Verdict::Verified
            ),
            (
                "Fares rose by 18 per cent over the summer",
                Verdict::Verified
            ),
            (
                "Fares rose by 18 percent over the summer, while crossings fell by 15%.",
                Verdict::Verified
            ),
            (
                "The harbour now employs 1,250 people on the quays.",
                Verdict::Verified
            ),
            (
                "Fares rose by 18% over the summer, while crossings fell by 12 per cent.",
                Verdict::Altered
            ),
        ],
        "{}",
        out.stderr
    );
    let d: Vec<(&str, &str, Option<&str>)> = quote(&report, "Fares rose by 18% over")
        .differences
        .iter()
        .map(|d| (d.quote.as_str(), d.source.as_str(), d.note.as_deref()))
        .collect();
    assert_eq!(d, [("12", "15", Some("number changed"))]);
}

/// Regressions in naming differences: two sentences quoted in the opposite order, each word
/// for word, came back altered with no difference at all; two words left out of a sentence,
/// or a two-character word changed in Chinese (with its characters found apart nearby), were
/// called "word order changed"; and a moved clause's evidence began in the sentence before.
#[test]
fn differences_name_what_changed_and_only_that() {
    use citecheck::server::Response;
    let page = "<!DOCTYPE html><html><body><main>\
        <p>The old granary will become a library. Its roof will be replaced in the autumn \
        by a local firm.</p>\
        <p>The lighthouse keepers ate well. The warden said the repairs were finished on \
        time and within the agreed budget.</p>\
        <p>The orchard on the northern slope of the estate was replanted with apple and pear \
        trees in the spring of that year.</p>\
        <p>公共交通方面，局长说我们不会提高地铁票价。</p>\
        </main></body></html>";
    let server = pages_server(|b| b.route("/estate", Response::html(page)));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("estate.md");
    std::fs::write(
        &path,
        "\"Its roof will be replaced in the autumn … The old granary will become a library\".[^1]\n\n\
         \"The orchard on the slope of the estate was replanted with apple trees in the \
         spring\".[^1]\n\n\
         \"The warden said the repairs were finished within the agreed budget and on time.\"[^1]\n\n\
         局长说「我们不会提高公交票价」[^1]。\n\n\
         [^1]: Estate records, https://sources.example.org/estate\n",
    )
    .expect("article written");
    let out = check(&path, &server);
    let report = out.report();
    let diffs = |start: &str| -> Vec<(DiffKind, String, String, Option<String>)> {
        let q = quote(&report, start);
        assert_eq!(q.verdict, Verdict::Altered, "{start}: {}", q.detail);
        q.differences
            .iter()
            .map(|d| (d.kind, d.quote.clone(), d.source.clone(), d.note.clone()))
            .collect()
    };
    let swapped = diffs("Its roof will be replaced");
    assert_eq!(swapped.len(), 1, "{swapped:?}");
    // Both parts, in the quote's order and in the page's: never a "change" from a text to
    // itself.
    assert_eq!(
        (swapped[0].1.as_str(), swapped[0].2.as_str()),
        (
            "Its roof will be replaced in the autumn \u{2026} The old granary will become a library",
            "The old granary will become a library \u{2026} Its roof will be replaced in the autumn"
        )
    );
    assert!(
        swapped[0]
            .3
            .as_deref()
            .unwrap_or("")
            .contains("out of order"),
        "{swapped:?}"
    );
    assert_eq!(
        diffs("The orchard on the slope"),
        [
            (DiffKind::Dropped, String::new(), "northern".into(), None),
            (DiffKind::Dropped, String::new(), "and pear".into(), None),
        ]
    );
    assert_eq!(
        diffs("我们不会提高公交票价"),
        [(DiffKind::Changed, "公交".into(), "地铁".into(), None)]
    );
    let moved = diffs("The warden said");
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(moved[0].3.as_deref(), Some("word order changed"));
    assert!(moved[0].2.starts_with("The warden said"), "{moved:?}");
}

/// Regression: a page whose header says `charset=utf-8` but whose body is windows-1252
/// (`\x92` for ’, `\xE9` for é) was decoded with U+FFFD in place of those letters, so a true
/// quote holding them was a misquote. Invalid UTF-8 behind the label is read as
/// windows-1252.
#[test]
fn a_windows_1252_page_labelled_utf8_is_read_as_windows_1252() {
    use citecheck::server::Response;
    let mut body = b"<!DOCTYPE html><html><body><main><p>The harbour master\x92s caf\xe9 on \
        the east quay will reopen in May after the winter repairs to its roof.</p>"
        .to_vec();
    body.extend_from_slice(b"</main></body></html>");
    let server = pages_server(|b| {
        b.route(
            "/quay",
            Response::status(200)
                .header("content-type", "text/html; charset=utf-8")
                .body(body),
        )
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("quay.md");
    std::fs::write(
        &path,
        "\"The harbour master\u{2019}s caf\u{e9} on the east quay will reopen in May\".[^1]\n\n\
         [^1]: Quay news, https://sources.example.org/quay\n",
    )
    .expect("article written");
    let report = check(&path, &server).report();
    let q = quote(&report, "The harbour master");
    assert_eq!(q.verdict, Verdict::Verified, "{}", q.detail);
    assert_eq!(q.match_kind, Some(MatchKind::Exact), "{}", q.detail);
    assert!(
        q.matched_text
            .as_deref()
            .unwrap_or("")
            .contains("caf\u{e9}"),
        "{q:?}"
    );
}

/// Regression: "negation removed/added" and "number changed" were noted in English only.
/// German, French, Spanish and Chinese negations are known, and Chinese numerals are
/// numbers.
#[test]
fn negations_and_numbers_are_noted_in_other_languages() {
    use citecheck::server::Response;
    let page = "<!DOCTYPE html><html><body><main>\
        <p>Der Stadtrat wird die Brücke im kommenden Winter nicht schließen lassen.</p>\
        <p>Le maire n'a jamais promis de fermer la piscine municipale cet été.</p>\
        <p>La alcaldesa dijo que el puerto nunca cerrará durante la temporada alta.</p>\
        <p>市政府表示明年不会提高公交票价，并将投入五千万元改善车站。</p>\
        </main></body></html>";
    let server = pages_server(|b| b.route("/city", Response::html(page)));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("city.md");
    std::fs::write(
        &path,
        "„Der Stadtrat wird die Brücke im kommenden Winter schließen lassen.“[^1]\n\n\
         « Le maire a promis de fermer la piscine municipale cet été. »[^1]\n\n\
         \"La alcaldesa dijo que el puerto cerrará durante la temporada alta.\"[^1]\n\n\
         市政府表示「明年会提高公交票价」[^1]。\n\n\
         报道称「并将投入六千万元改善车站」[^1]。\n\n\
         [^1]: City news, https://sources.example.org/city\n",
    )
    .expect("article written");
    let out = check(&path, &server);
    let report = out.report();
    let notes = |start: &str| -> Vec<String> {
        let q = quote(&report, start);
        assert_eq!(q.verdict, Verdict::Altered, "{start}: {}", q.detail);
        q.differences
            .iter()
            .filter_map(|d| d.note.clone())
            .collect()
    };
    assert_eq!(notes("Der Stadtrat"), ["negation removed"]);
    assert_eq!(notes("Le maire"), ["negation removed"]);
    assert_eq!(notes("La alcaldesa"), ["negation removed"]);
    assert_eq!(notes("明年会提高"), ["negation removed"]);
    assert_eq!(notes("并将投入"), ["number changed"]);
}

/// Regression: a bracketed word standing where the page has its opposite by a negating
/// prefix (`[affordable]` for "unaffordable") verified silently; it carries a warning now,
/// and (since a bracket standing for other words than an editorial fit allows is a change:
/// session 27) it is `altered`. An ordinary bracketed edit is neither.
#[test]
fn a_bracket_reversing_the_meaning_is_a_warning() {
    use citecheck::server::Response;
    let page = "<!DOCTYPE html><html><body><main>\
        <p>The engineers told the trust that the new sluice was unaffordable in its present \
        form.</p><p>They judged it unlikely that the weir would hold another winter.</p>\
        <p>The trust said it would consult the anglers before any work began.</p>\
        </main></body></html>";
    let server = pages_server(|b| b.route("/weir", Response::html(page)));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("weir.md");
    std::fs::write(
        &path,
        "\"The engineers told the trust that the new sluice was [affordable]\".[^1]\n\n\
         \"They judged it [likely] that the weir would hold another winter.\"[^1]\n\n\
         \"[The weir trust] said it would consult the anglers before any work began.\"[^1]\n\n\
         [^1]: Weir report, https://sources.example.org/weir\n",
    )
    .expect("article written");
    let report = check(&path, &server).report();
    for (start, page_word) in [
        ("The engineers told", "unaffordable"),
        ("They judged it", "unlikely"),
    ] {
        let q = quote(&report, start);
        assert_eq!(q.verdict, Verdict::Altered, "{}", q.detail);
        assert!(
            q.warnings
                .iter()
                .any(|w| w.contains(page_word) && w.contains("reverse")),
            "{start}: {q:?}"
        );
    }
    let q = quote(&report, "[The weir trust]");
    assert_eq!(q.verdict, Verdict::Verified, "{}", q.detail);
    assert!(q.warnings.is_empty(), "{:?}", q.warnings);
}

/// Regression: Swiss German writes `ss` for `ß`; a quote doing so was "altered". It is a
/// minor difference (case folding), so verified.
#[test]
fn ss_for_sharp_s_is_a_minor_difference() {
    use citecheck::server::Response;
    let page = "<!DOCTYPE html><html><body><main><p>Die Gemeinde will die Strasse am \
        Seeufer im Frühjahr für den Durchgangsverkehr sperren, sagte der Präsident.</p>\
        <p>Der Bau der großen Brücke beginnt erst im Herbst.</p></main></body></html>";
    let server = pages_server(|b| b.route("/see", Response::html(page)));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("see.md");
    std::fs::write(
        &path,
        "„Die Gemeinde will die Straße am Seeufer im Frühjahr sperren“ – nein: \
         „die Straße am Seeufer im Frühjahr für den Durchgangsverkehr sperren“.[^1]\n\n\
         „Der Bau der grossen Brücke beginnt erst im Herbst.“[^1]\n\n\
         [^1]: Gemeinde, https://sources.example.org/see\n",
    )
    .expect("article written");
    let report = check(&path, &server).report();
    for start in ["die Straße am Seeufer", "Der Bau der grossen"] {
        let q = quote(&report, start);
        assert_eq!(
            (q.verdict, q.match_kind),
            (Verdict::Verified, Some(MatchKind::Minor)),
            "{start}: {}",
            q.detail
        );
    }
}

/// Regression: `--help` said timeouts are retried `--max-retries` times, but a timeout is
/// retried once at most (so a dead host cannot hold a run for minutes), and not at all with
/// `--max-retries 0`; the terminal said "1 retries", and a quote on the page "the cited page
/// is timeout".
#[test]
fn timeouts_are_retried_once_at_most_and_say_so_in_english() {
    use citecheck::server::Response;
    use std::time::Duration;
    let server = pages_server(|b| {
        b.route(
            "/slow",
            Response::html("<p>late</p>").delay(Duration::from_millis(1500)),
        )
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("slow.md");
    std::fs::write(
        &path,
        "\"The slow page says something worth quoting here.\"[^1]\n\n\
         [^1]: Slow, https://sources.example.org/slow\n",
    )
    .expect("article written");
    let run = |retries: &str, format: &str| {
        Cli::new(&[
            "check",
            "--no-config",
            path.to_str().expect("utf-8 path"),
            "--format",
            format,
            "--timeout",
            "400ms",
            "--max-retries",
            retries,
            "--remap",
            &remap(HOST, &server),
        ])
        .run()
    };
    let out = run("0", "json");
    let report = out.report();
    assert_eq!(report.links[0].retries, 0);
    assert_eq!(server.hits("/slow"), 1);
    let q = quote(&report, "The slow page");
    assert_eq!(q.verdict, Verdict::Unverifiable);
    assert!(
        q.detail.contains("the cited page timed out"),
        "{}",
        q.detail
    );
    let term = run("3", "terminal").stdout;
    assert_eq!(server.hits("/slow"), 3, "one try, then one retry");
    assert!(
        term.contains(", 1 retry") && !term.contains("1 retries"),
        "{term}"
    );
    let help = Cli::new(&["check", "--help"]).run().stdout;
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains("a timeout is retried once at most"), "{help}");
}
