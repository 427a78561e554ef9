//! Regressions from the forty-sixth session's held-out evaluation of the disputes: pages
//! that report the quoted words only to deny them in wordings the checks did not read
//! (`did not say that the ferry “…”`, `denied that the ferry “…”`, `“…”. This claim is
//! false.`, `falsely claims Quist said …`, `“…”, but she said no such thing`, `“…”. Her
//! deputy said she never said it.`), fact checks laid out otherwise than `Claim:` over
//! `Rating: False` (a rating meter's picture, a `Verdict` heading, `“…”, but this is
//! false`), a speaker named after `According to` and a role, a commenter's handle holding
//! the article speaker's name, and an English quote on a page wholly in German or Spanish.
//! Each verified with no dispute (or was `not_found`, or named the commenter as another
//! speaker) before its fix. Pages are built in memory; every case has its negative beside
//! it.

use citecheck::model::{DisputeKind, Quote, QuoteResult, Verdict};
use citecheck::verify::{verify_quote, Candidate, SourceText, VerifyOptions};

use crate::s27_brackets::page as html_page;

const A: &str = "https://example.org/a";

/// A news page around `body`, with a paragraph of other news after it.
fn page(body: &str) -> SourceText {
    html_page(&format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour ferry</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">The Estuary Post</a></header>\
         <main><article><h1>The harbour ferry</h1><p>The new ferry between the two quays \
         has cost twice what was planned, papers seen by the Post show.</p>{body}\
         <p>The service is due to start in the autumn, with a fare of two pounds and half \
         price for pupils and pensioners.</p></article></main>\
         <footer class=\"site-footer\"><p>All rights reserved.</p></footer></body></html>"
    ))
}

/// Checks `text`, which the article gives to `speaker` (its words before the quote
/// `lead`), against `src`.
fn check_said(text: &str, lead: &str, speaker: &str, src: &SourceText) -> QuoteResult {
    let mut quote = Quote::citing(text, A);
    quote.citations[0].url = Some(A.to_string());
    quote.lead = lead.to_string();
    quote.speaker = Some(speaker.to_string());
    let candidates = [Candidate {
        url: A,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

fn kinds(r: &QuoteResult) -> Vec<DisputeKind> {
    r.disputes.iter().map(|d| d.kind).collect()
}

const PAYS: &str = "would pay for itself within three years";
const LEAD: &str = "Harbourmaster Ada Quist said the ferry";
const QUIST: &str = "Ada Quist";

/// Each sentence reports the words only to deny them: verified, with a `denied` dispute
/// (and only that); each `false` one quotes them and agrees, stands by them, or denies
/// something else, and disputes nothing.
#[test]
fn words_reported_only_to_be_denied_are_disputed() {
    let q = "\u{201C}would pay for itself within three years\u{201D}";
    let cases = [
        // A `that` with a subject of its own between it and the words.
        (
            format!("<p>Ada Quist did not say that the new ferry {q}, her deputy said.</p>"),
            true,
        ),
        (
            format!("<p>The harbourmaster denied that the new ferry {q}.</p>"),
            true,
        ),
        (
            format!("<p>Officials found no evidence that the new ferry {q}.</p>"),
            true,
        ),
        // A next sentence calling the claim false, with its noun.
        (
            format!("<p>Leaflets claimed Quist said the ferry {q}. This claim is false.</p>"),
            true,
        ),
        (
            format!("<p>Leaflets claimed Quist said the ferry {q}. The quote is fabricated.</p>"),
            true,
        ),
        // The claim that she said them is called false before them.
        (
            format!("<p>A widely shared video falsely claims Quist said the ferry {q}.</p>"),
            true,
        ),
        (
            format!("<p>One leaflet wrongly suggests that Quist said the ferry {q}.</p>"),
            true,
        ),
        // After a comma.
        (
            format!(
                "<p>Leaflets claimed Quist said the ferry {q}, but she said no such thing.</p>"
            ),
            true,
        ),
        (
            format!("<p>Leaflets claimed Quist said the ferry {q}, which is untrue.</p>"),
            true,
        ),
        // A next sentence whose reported clause denies them.
        (
            format!(
                "<p>Leaflets claimed Quist said the ferry {q}. Her deputy said she never said \
                 it.</p>"
            ),
            true,
        ),
        // Agreeing, standing by the words, or rejecting something else.
        (
            format!("<p>Quist confirmed that the new ferry {q}.</p>"),
            false,
        ),
        (
            format!("<p>Quist did not deny that the new ferry {q}.</p>"),
            false,
        ),
        (
            format!("<p>Nobody doubts that the new ferry {q}.</p>"),
            false,
        ),
        (
            format!("<p>It is no secret that the new ferry {q}.</p>"),
            false,
        ),
        (
            format!("<p>Quist said the ferry {q}. This claim is accurate.</p>"),
            false,
        ),
        (
            format!("<p>Quist said the ferry {q}. Another claim, about the fares, is false.</p>"),
            false,
        ),
        (
            format!("<p>Quist said the ferry {q}, but she said no date had been set.</p>"),
            false,
        ),
        (
            format!("<p>Quist said the ferry {q}. Her deputy said she stood by it.</p>"),
            false,
        ),
        (
            format!(
                "<p>Quist said the ferry {q}. The council, which has never said so, disagrees \
                 with her.</p>"
            ),
            false,
        ),
        (
            format!(
                "<p>Quist did not say that the old ferry was cheap; she said the new one \
                 {q}.</p>"
            ),
            false,
        ),
        // Her own words called false by the page are hers still: no denial that she said
        // them.
        (
            format!("<p>Quist falsely claimed the ferry {q}.</p>"),
            false,
        ),
    ];
    for (body, denied) in &cases {
        let src = page(body);
        let r = check_said(PAYS, LEAD, QUIST, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{body}: {}", r.detail);
        if *denied {
            assert_eq!(kinds(&r), [DisputeKind::Denied], "{body}: {:?}", r.warnings);
        } else {
            assert!(r.disputes.is_empty(), "{body}: {:?}", r.disputes);
        }
    }
}

