//! Quote verification against the fixture pages in `fixtures/pages/`, with the quotes of
//! `fixtures/articles/verify-quotes.md`: every verdict, the differences, the evidence and the
//! fragment links. Pages are read from disk into `Page` values the way the fetch stage hands
//! them over (the windows-1252 page is decoded with `encoding_rs`).

/// Session 60: a held-out evaluation of `check`.
mod eval_s60;
/// Session 61: words run on past a quotation, a word a letter apart, a paraphrase's link.
mod eval_s61;
/// Session 62: poems, tables, numbers written two ways, spelling, pages whose text is elsewhere.
mod eval_s62;
/// Session 63: editorial brackets, struck-out text, archive copies, paged articles, encodings.
mod eval_s63;
/// Session 64: invisible characters, struck text, hidden text, typos, quotes cited to the wrong page.
mod eval_s64;
/// Session 65: accents, brackets, ellipses, alt text and titles, list items, a page cut at max_body.
mod eval_s65;
mod evaluation;
mod evaluation2;
mod evaluation3;
/// Session 58: an English quote taken for Dutch, speakers named by `was more ADJ:`, an aside or a pronoun.
mod near_s60;
mod pdf_s23;
mod pdf_s24;
/// Session 56 (PDF): a hyphen over a page break, lines in any order, columns row by row.
mod pdf_s56_pdf;
mod properties;
mod review_s18;
mod review_s22;
mod s23;
mod s24_match;
mod s24_pages;
mod s25_markup;
mod s25_standin;
mod s26_nearmiss;
mod s27_brackets;
mod s28_numbers;
mod s29_notices;
mod s31_disputes;
mod s37;
mod s44;
mod s46_disputes;
mod s47_splice;
/// Session 48: passages joined far apart, a whole clause left out, an ellipsis over a sentence.
mod s48_check;
/// Session 49: a translation amid English furniture, an ordinal changed, list items swapped.
mod s49_check;
/// Session 50: a word added before the matched span, an ellipsis before a condition, a softener dropped.
mod s50_check;
mod s51_check;
mod s52_check;
mod s52_speakers;
/// Session 53: a word moved, numbers swapped beside a changed verb.
mod s53_order;
mod s54_attr2;
mod s54_eval;
/// Session 55: a phrase left out after the first word, timestamps, quantifiers, answers.
mod s55_verify;
mod s56_lang;
mod s56_sch;
mod s56_social;
mod s56_titles;
/// Session 57's review: a newsletter box's `see more`, an English `falls`.
mod s57_review;
/// Session 58: a page repeating every word of a quote over 50,000 times.
mod s58_repetitive;
mod s58_speaker;
/// Session 62: furniture named, a quote past a paywall teaser, `second` and `2nd`, `<noscript>` copies.
mod s62_more;
mod s63_more;
mod s63_review;
mod s64_more;
mod s64_review;
mod s65_review;
/// Session 65: a long quote with many changed words (the scale hunt).
mod scale_s65;

use std::collections::HashMap;
use std::path::Path;

use citecheck::model::{Body, DiffKind, MatchKind, Page, PageRegion, Quote, QuoteResult, Verdict};
use citecheck::verify::{read_page, verify_quote, Candidate, SourceText, VerifyOptions};

const HOST: &str = "https://sources.example.org/";
const DEAD: &str = "verify-gone.html";

fn fixture(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

fn load(name: &str) -> Page {
    let bytes = std::fs::read(fixture(&format!("pages/{name}"))).expect("fixture page");
    let (body, ct) = if name.ends_with(".pdf") {
        (Body::Pdf(bytes), "application/pdf")
    } else if name.ends_with(".txt") {
        (
            Body::Text(String::from_utf8(bytes).expect("utf-8")),
            "text/plain",
        )
    } else if name.contains("1252") {
        let (text, _, bad) = encoding_rs::WINDOWS_1252.decode(&bytes);
        assert!(!bad);
        (
            Body::Html(text.into_owned()),
            "text/html; charset=windows-1252",
        )
    } else {
        (
            Body::Html(String::from_utf8(bytes).expect("utf-8")),
            "text/html",
        )
    };
    Page {
        final_url: format!("{HOST}{name}"),
        status: 200,
        content_type: Some(ct.into()),
        body,
        truncated: false,
    }
}

struct Pages(HashMap<&'static str, SourceText>);

impl Pages {
    fn new() -> Pages {
        let names = [
            "verify-report.html",
            "verify-news.html",
            "verify-stats-1252.html",
            "verify-notes.txt",
            "verify-briefing.pdf",
        ];
        Pages(
            names
                .iter()
                .map(|n| (*n, read_page(&load(n)).expect(n)))
                .collect(),
        )
    }

    fn check(&self, text: &str, page: Option<&str>) -> QuoteResult {
        let url = page.map(|p| format!("{HOST}{p}"));
        let mut quote = Quote::citing(text, url.as_deref().unwrap_or_default());
        if url.is_none() {
            // No page: an uncited quote.
            quote.citations.clear();
        }
        let candidates: Vec<Candidate<'_>> = match (page, url.as_deref()) {
            (Some(p), Some(u)) => vec![Candidate {
                url: u,
                source: self
                    .0
                    .get(p)
                    .ok_or_else(|| "the cited page is dead (404)".to_string()),
            }],
            _ => Vec::new(),
        };
        verify_quote(
            &quote,
            "verify-quotes.md",
            &candidates,
            &VerifyOptions::default(),
        )
    }
}

/// (quote, page, verdict, match kind)
type Case = (
    &'static str,
    Option<&'static str>,
    Verdict,
    Option<MatchKind>,
);

const R: Option<&str> = Some("verify-report.html");
const N: Option<&str> = Some("verify-news.html");
const S: Option<&str> = Some("verify-stats-1252.html");
const T: Option<&str> = Some("verify-notes.txt");
const P: Option<&str> = Some("verify-briefing.pdf");

const VERIFIED: &[Case] = &[
    ("Groundwater levels across the Lower Vale fell by an average of 1.8 metres between 2019 and 2023", R, Verdict::Verified, Some(MatchKind::Exact)),
    ("Farmers & water companies told us that metering - long resisted - is now \"broadly accepted\" across the district", R, Verdict::Verified, Some(MatchKind::Typography)),
    ("the decline was not uniform", R, Verdict::Verified, Some(MatchKind::Minor)),
    ("the main driver of the unsustainable abstraction rates", R, Verdict::Verified, Some(MatchKind::Exact)),
    ("that abstraction licences be reviewed every five years and that no new licences be issued on the eastern plateau", R, Verdict::Verified, Some(MatchKind::Exact)),
    ("Groundwater levels across the Lower Vale fell … the steepest decline recorded since monitoring began in 1974", R, Verdict::Verified, Some(MatchKind::Exact)),
    ("The institute will publish revised figures in the spring … if the regional authority releases its own borehole data", R, Verdict::Verified, Some(MatchKind::Exact)),
    ("[T]he aquifer could still recover within a decade if abstraction were cut by a third", R, Verdict::Verified, Some(MatchKind::Minor)),
    ("the report finds that [irrigation demand], rather than reduced rainfall, was the main driver", R, Verdict::Verified, Some(MatchKind::Minor)),
    ("Employment in the café and hospitality sector grew by 2.3 per cent in the third quarter", S, Verdict::Verified, Some(MatchKind::Exact)),
    ("The unemployment rate fell to 4.1 per cent — its lowest level since the bulletin began", S, Verdict::Verified, Some(MatchKind::Typography)),
    ("plots left untended for two seasons will be reassigned", T, Verdict::Verified, Some(MatchKind::Exact)),
    ("The parish council has requested additional funding for sea defences", P, Verdict::Verified, Some(MatchKind::Exact)),
    ("Levels in my own well have never been lower", R, Verdict::Verified, Some(MatchKind::Exact)),
];

const MISQUOTES: &[Case] = &[
    ("wells on the eastern plateau continued to rise", R, Verdict::Altered, Some(MatchKind::Fuzzy)),
    ("Irrigation demand rose by 41 per cent over the period", R, Verdict::Altered, Some(MatchKind::Fuzzy)),
    ("Residents' groups did not welcome the news but warned that the timetable leaves early-shift workers without a morning crossing", N, Verdict::Altered, Some(MatchKind::Fuzzy)),
    ("We are going to run a half-hearted service", N, Verdict::Altered, Some(MatchKind::Fuzzy)),
    ("The ferry linking Eastwick and the harbour will resume sailings on 6 May", N, Verdict::Altered, Some(MatchKind::Fuzzy)),
    ("while wells on the eastern plateau continued to fall, wells near the river recovered partially after the wet winter of 2021", R, Verdict::Altered, Some(MatchKind::Fuzzy)),
    ("Cliff retreat at Marlow Head averaged 0.8 metres a year over the last decade", P, Verdict::Altered, Some(MatchKind::Fuzzy)),
    ("The institute expects groundwater to return to normal levels by the end of the decade", R, Verdict::NotFound, None),
    ("Groundwater levels across the Lower Vale rose sharply after record rainfall", R, Verdict::NotFound, None),
    ("Fares will rise to £3.40 for a single crossing … and season tickets will be scrapped entirely", N, Verdict::Partial, None),
    ("Either the boats run every thirty minutes or they do not run at all", R, Verdict::NotFound, None),
    ("The ferry will run every thirty minutes from the first of May", Some(DEAD), Verdict::Unverifiable, None),
    ("Nobody reads the small print any more", None, Verdict::Uncited, None),
    ("Groundwater levels across the Lower Vale fell by an average of 9 metres", R, Verdict::Altered, Some(MatchKind::Fuzzy)),
];

fn article() -> String {
    std::fs::read_to_string(fixture("articles/verify-quotes.md")).expect("article")
}

#[test]
fn every_verdict() {
    let pages = Pages::new();
    let article = article();
    for (q, page, verdict, kind) in VERIFIED.iter().chain(MISQUOTES) {
        let r = pages.check(q, *page);
        assert_eq!(
            (r.verdict, r.match_kind),
            (*verdict, *kind),
            "{q}\n{}",
            r.detail
        );
        assert!(!r.detail.is_empty(), "{q}");
        // Cases mirror the fixture article (the template case is the only test-only one).
        if !q.contains("9 metres") {
            assert!(article.contains(q), "not in the article: {q}");
        }
    }
}

#[test]
fn no_misquote_is_ever_verified() {
    let pages = Pages::new();
    for (q, page, _, _) in MISQUOTES {
        let r = pages.check(q, *page);
        assert_ne!(r.verdict, Verdict::Verified, "{q}: {}", r.detail);
        assert!(r.score < 1.0 || r.verdict != Verdict::Altered, "{q}");
    }
}

/// (quote, page, kind, quote words, source words, note)
type DiffCase = (
    &'static str,
    Option<&'static str>,
    DiffKind,
    &'static str,
    &'static str,
    Option<&'static str>,
);

#[test]
fn differences_are_named() {
    let pages = Pages::new();
    let cases: &[DiffCase] = &[
        ("wells on the eastern plateau continued to rise", R, DiffKind::Changed, "rise", "fall", None),
        ("Irrigation demand rose by 41 per cent over the period", R, DiffKind::Changed, "41", "14", Some("number changed")),
        ("Residents' groups did not welcome the news but warned that the timetable leaves early-shift workers without a morning crossing", N, DiffKind::Changed, "did not welcome", "welcomed", Some("negation added")),
        ("We are going to run a half-hearted service", N, DiffKind::Dropped, "", "not", Some("negation removed")),
        ("The ferry linking Eastwick and the harbour will resume sailings on 6 May", N, DiffKind::Dropped, "", "old", None),
        ("Cliff retreat at Marlow Head averaged 0.8 metres a year over the last decade", P, DiffKind::Changed, "0.8", "0.6", Some("number changed")),
    ];
    for (q, page, kind, qw, sw, note) in cases {
        let r = pages.check(q, *page);
        assert_eq!(r.differences.len(), 1, "{q}: {:?}", r.differences);
        let d = &r.differences[0];
        assert_eq!(
            (
                d.kind,
                d.quote.as_str(),
                d.source.as_str(),
                d.note.as_deref()
            ),
            (*kind, *qw, *sw, *note),
            "{q}"
        );
    }
    let r = pages.check("while wells on the eastern plateau continued to fall, wells near the river recovered partially after the wet winter of 2021", R);
    assert!(r.detail.contains("different order"), "{}", r.detail);
}

#[test]
fn evidence_and_regions() {
    let pages = Pages::new();
    let r = pages.check("the decline was not uniform", R);
    assert_eq!(
        r.matched_text.as_deref(),
        Some("The decline was not uniform")
    );
    assert_eq!(
        r.context_after
            .as_deref()
            .map(|c| c.starts_with(": wells near the river")),
        Some(true),
        "{:?}",
        r.context_after
    );
    assert_eq!(r.region, Some(PageRegion::Main));

    let r = pages.check("Levels in my own well have never been lower", R);
    assert_eq!(r.region, Some(PageRegion::Furniture));

    let r = pages.check("The institute will publish revised figures in the spring … if the regional authority releases its own borehole data", R);
    assert!(
        r.warnings.iter().any(|w| w.contains("only")),
        "{:?}",
        r.warnings
    );

    let r = pages.check("Fares will rise to £3.40 for a single crossing … and season tickets will be scrapped entirely", N);
    assert!(r.detail.contains("season tickets"), "{}", r.detail);
    assert!(r.score > 0.3 && r.score < 0.8, "{}", r.score);

    let r = pages.check(
        "The ferry will run every thirty minutes from the first of May",
        Some(DEAD),
    );
    assert!(r.detail.contains("dead (404)"));
}

/// Checks a text fragment link: `#:~:text=` directives joined by `&`, each
/// `[prefix-,]start[,end][,-suffix]`, each term percent-encoded (no raw `-`, `&`, `,`).
fn assert_fragment(link: &str, terms_per_directive: &[usize]) {
    let url = url::Url::parse(link).expect("fragment link parses");
    let frag = url.fragment().expect("has fragment");
    let dirs = frag.strip_prefix(":~:").expect(":~: directive");
    let dirs: Vec<&str> = dirs.split('&').collect();
    assert_eq!(dirs.len(), terms_per_directive.len(), "{link}");
    for (d, want) in dirs.iter().zip(terms_per_directive) {
        let body = d.strip_prefix("text=").expect("text=");
        let terms: Vec<&str> = body.split(',').collect();
        let core: Vec<&&str> = terms
            .iter()
            .filter(|t| !t.ends_with('-') && !t.starts_with('-'))
            .collect();
        assert_eq!(core.len(), *want, "{link}");
        for t in terms {
            let t = t.trim_start_matches('-').trim_end_matches('-');
            assert!(!t.is_empty(), "{link}");
            assert!(
                t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"%._~".contains(&b)),
                "{link}"
            );
            let decoded = percent_decode(t);
            assert!(!decoded.trim().is_empty(), "{link}");
        }
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let h = std::str::from_utf8(&b[i + 1..i + 3]).expect("two hex digits");
            out.push(u8::from_str_radix(h, 16).expect("hex"));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf-8 after decoding")
}

#[test]
fn fragment_links_are_well_formed() {
    let pages = Pages::new();
    for (q, page, verdict, _) in VERIFIED.iter().chain(MISQUOTES) {
        let r = pages.check(q, *page);
        let Some(link) = r.fragment_link.as_deref() else {
            assert!(
                matches!(
                    verdict,
                    Verdict::NotFound | Verdict::Unverifiable | Verdict::Uncited
                ),
                "{q}"
            );
            continue;
        };
        // A quote not found links only the nearest passage it names (its one text
        // directive, not a found passage's).
        if r.verdict == Verdict::NotFound {
            assert!(r.nearest_passage.is_some(), "{q}: {link}");
            assert_eq!(link.matches("text=").count(), 1, "{link}");
            continue;
        }
        if *page == P {
            assert!(
                link.ends_with("#page=1") || link.ends_with("#page=2"),
                "{link}"
            );
            continue;
        }
        // An ellipsis hiding a negation or a limiter: one link spans it, so the highlight
        // shows what the ellipsis leaves out.
        let hides = r
            .warnings
            .iter()
            .any(|w| w.contains("left out by an ellipsis"));
        let parts = if q.contains('…') && *verdict != Verdict::Partial && !hides {
            2
        } else {
            1
        };
        let words = r
            .matched_text
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
            .count();
        let per = if parts == 1 && words > 10 { 2 } else { 0 };
        if per == 2 {
            assert_fragment(link, &[2]);
        } else if parts == 1 {
            assert_fragment(link, &[1]);
        } else {
            assert_eq!(link.matches("text=").count(), 2, "{link}");
        }
    }
    let r = pages.check(
        "Employment in the café and hospitality sector grew by 2.3 per cent in the third quarter",
        S,
    );
    let link = r.fragment_link.unwrap_or_default();
    assert!(link.contains("caf%C3%A9"), "{link}");
    let r = pages.check(
        "The parish council has requested additional funding for sea defences",
        P,
    );
    assert_eq!(
        r.fragment_link.as_deref(),
        Some("https://sources.example.org/verify-briefing.pdf#page=2")
    );
    let r = pages.check(
        "Cliff retreat at Marlow Head averaged 0.6 metres a year over the last decade",
        P,
    );
    assert_eq!(
        r.fragment_link.as_deref(),
        Some("https://sources.example.org/verify-briefing.pdf#page=1")
    );
}
mod s42;
mod s43;
