//! Regressions from a second held-out evaluation of the check stage: each test failed on
//! the code before its fix. Pages are built in memory (no network).

use citecheck::model::{Quote, QuoteResult, Verdict};
use citecheck::verify::{verify_quote, Candidate, SourceText, VerifyOptions};

const A: &str = "https://sources.example.org/a.html";

pub(crate) fn html(body: &str) -> SourceText {
    SourceText::from_html(&format!(
        "<!DOCTYPE html><html><head><title>T</title></head><body><main><article>{body}\
         </article></main></body></html>"
    ))
}

pub(crate) fn check(text: &str, src: &SourceText) -> QuoteResult {
    let mut quote = Quote::citing(text, A);
    quote.citations[0].url = Some(A.to_string());
    let candidates = [Candidate {
        url: A,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

/// `10<sup>6</sup>` was read as `106`, so a quote saying "106" was verified verbatim.
#[test]
fn a_superscript_power_is_not_read_as_one_number() {
    let src = html(
        "<p>The reservoir holds about 10<sup>6</sup> litres when full, the engineers said.</p>\
         <p>Each tile covers 2 m<sup>2</sup> of the roof.</p>",
    );
    let r = check("holds about 106 litres when full", &src);
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    for quote in [
        "holds about 10^6 litres when full",
        "holds about 10\u{2076} litres when full",
        "Each tile covers 2 m\u{b2} of the roof.",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
    }
}

/// A number written in words against the same number in digits was `not_found` (several
/// words against one) or `altered` with a false "number changed" (one word against one).
#[test]
fn numbers_in_words_are_the_same_numbers_in_digits() {
    let src = html(
        "<p>The parish council received two hundred and fourteen letters about the bypass.</p>\
         <p>The bakery employs nineteen people and sold 7 of its 12 ovens.</p>\
         <p>Some passengers waited for three and a half hours at the border.</p>\
         <p>The lease runs for twenty-four years, and the rent is \u{a3}6m a year.</p>\
         <p>The upgrade will cost \u{a3}2.5 billion, of which $3 million is federal money.</p>",
    );
    for quote in [
        "received 214 letters about the bypass",
        "The bakery employs 19 people",
        "sold seven of its twelve ovens",
        "waited for 3.5 hours at the border",
        "The lease runs for 24 years, and the rent is \u{a3}6 million a year.",
        "The upgrade will cost \u{a3}2.5bn, of which $3,000,000 is federal money.",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
    }
    // A different value is still a changed number.
    // Both sides are shown in their own words, whole.
    for (quote, quoted, page) in [
        ("The bakery employs 18 people", "18", "nineteen"),
        ("The bakery employs eighteen people", "eighteen", "nineteen"),
        (
            "received two hundred and forty-one letters about the bypass",
            "two hundred and forty-one",
            "two hundred and fourteen",
        ),
        (
            "received 241 letters about the bypass",
            "241",
            "two hundred and fourteen",
        ),
        ("and sold eight of its 12 ovens", "eight", "7"),
        (
            "The upgrade will cost \u{a3}2.5 million, of which",
            "\u{a3}2.5 million",
            "\u{a3}2.5 billion",
        ),
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}: {}", r.detail);
        let d = notes(&r);
        assert_eq!(d.len(), 1, "{quote}: {d:?}");
        assert_eq!(
            (d[0].0.as_str(), d[0].1.as_str()),
            (quoted, page),
            "{quote}: {d:?}"
        );
        assert_eq!(d[0].2.as_deref(), Some("number changed"), "{quote}: {d:?}");
    }
    // `6m` with no currency may be metres: not a million.
    let r = check(
        "The lease runs for 24 years",
        &html("<p>The wall is 6m high.</p>"),
    );
    assert_eq!(r.verdict, Verdict::NotFound, "{}", r.detail);
}

/// `6:40 a.m.` against `6.40 am` was `not_found`; `11:15 pm` against `11.15pm` was
/// `altered`, "number changed".
#[test]
fn a_time_written_with_a_colon_or_a_point_is_the_same_time() {
    let src = html(
        "<p>The first ferry will now leave at 6.40 am rather than 7.10 am.</p>\
         <p>The last tram leaves at 11.15pm on Sundays.</p>",
    );
    for quote in [
        "The first ferry will now leave at 6:40 a.m. rather than 7:10 a.m.",
        "The last tram leaves at 11:15 pm on Sundays.",
        "The last tram leaves at 11:15 P.M. on Sundays.",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
    }
    let r = check("The last tram leaves at 11:45 pm on Sundays.", &src);
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert_eq!(notes(&r)[0].2.as_deref(), Some("number changed"));
}

fn notes(r: &QuoteResult) -> Vec<(String, String, Option<String>)> {
    r.differences
        .iter()
        .map(|d| (d.quote.clone(), d.source.clone(), d.note.clone()))
        .collect()
}

fn page(url: &str, html: &str) -> SourceText {
    citecheck::verify::read_page(&citecheck::model::Page {
        final_url: url.to_string(),
        status: 200,
        content_type: Some("text/html".into()),
        body: citecheck::model::Body::Html(html.to_string()),
        truncated: false,
    })
    .expect("readable")
}

/// A quote checked against a consent gate or a paywall teaser (the page a link redirected
/// to, or the start of an article) was `not_found`, as if the writer had made it up; the
/// page is not the article, so absence proves nothing.
#[test]
fn a_quote_not_on_a_consent_gate_or_paywall_teaser_is_unverifiable() {
    let quote = "The harbour board will vote on the dredging plan in the spring.";
    let gate = "<html><head><title>A word about cookies</title><script>1</script></head><body>\
        <h1>A word about cookies</h1><p>We and 312 partners store cookies on your device to \
        measure visits and show adverts. You can change your mind at any time.</p>\
        <button>Accept all</button><button>Reject all</button></body></html>";
    let teaser = "<html><head><title>Dredging row</title></head><body><main><article>\
        <h1>Dredging row deepens</h1><p>Fishermen have objected to the board's latest \
        proposal for the inner harbour, saying it would ruin the mussel beds.</p>\
        <div class=\"paywall-box\"><p>Subscribe to continue reading.</p></div>\
        </article></main></body></html>";
    let plain_gate = "<html><head><title>Before you go on</title></head><body><p>Choose how we \
        may use your data.</p><a href=\"/story\">Continue</a></body></html>";
    for (what, src) in [
        ("gate", page(A, gate)),
        ("teaser", page(A, teaser)),
        (
            "gate by its URL",
            page(
                "https://sources.example.org/consent?next=%2Fstory",
                plain_gate,
            ),
        ),
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Unverifiable, "{what}: {}", r.detail);
        assert!(r.detail.contains("not the article"), "{what}: {}", r.detail);
    }
    // A quote found on the teaser is verified; an article with a cookie banner is the
    // article, and a quote not on it is not found.
    let r = check("saying it would ruin the mussel beds", &page(A, teaser));
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    let article = format!(
        "<html><head><title>Dredging</title></head><body><main><article><p>{}</p></article>\
         </main><div class=\"cookie-banner\">We use cookies. <button>Accept all</button></div>\
         </body></html>",
        "The board met on Tuesday and heard from residents about the plan. ".repeat(40)
    );
    let r = check(quote, &page(A, &article));
    assert_eq!(r.verdict, Verdict::NotFound, "{}", r.detail);
    let short = "<html><head><title>Dredging</title><script>1</script></head><body><main>        <article><p>The board met on Tuesday and heard from residents about the plan for the         inner harbour. Most of them asked for the work to wait until the autumn, when the         mussel season is over and the boats are laid up.</p></article></main>        <div role=\"dialog\">We use cookies. Accept all cookies to continue.</div></body></html>";
    let r = check(quote, &page(A, short));
    assert_eq!(r.verdict, Verdict::NotFound, "{}", r.detail);
}

/// A negating prefix taken away or added (`likely` for `unlikely`, `treated` for
/// `untreated`) got no "negation" note, though `not` for `now` did.
#[test]
fn a_negating_prefix_changed_is_a_negation() {
    let src = html(
        "<p>The inspectors said a second collapse was unlikely before the spring.</p>\
         <p>Most of the wells were treated within a month of the flood.</p>",
    );
    for (quote, note) in [
        (
            "a second collapse was likely before the spring",
            "negation removed",
        ),
        (
            "Most of the wells were untreated within a month",
            "negation added",
        ),
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}: {}", r.detail);
        let d = notes(&r);
        assert_eq!(d.len(), 1, "{quote}: {d:?}");
        assert_eq!(d[0].2.as_deref(), Some(note), "{quote}: {d:?}");
    }
    // A word that only starts like a prefix is no negation (`informed` for `formed`).
    let r = check(
        "Most of the wells were formed within a month",
        &html("<p>Most of the wells were informed within a month of the flood.</p>"),
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert_eq!(notes(&r)[0].2, None, "{:?}", notes(&r));
}

/// A quote with an invented tail was aligned into the sidebar or footer after the passage:
/// "weather permitting" shown changed into the sidebar's "Related Ten", with a false
/// "number changed". The tail is added words.
#[test]
fn an_added_tail_is_not_aligned_into_the_furniture_after_it() {
    let src = SourceText::from_html(
        "<!DOCTYPE html><html><head><title>T</title></head><body><main><article>\
         <p>The council confirmed the pool will reopen on Monday.</p></article></main>\
         <aside><h2>Related</h2><ul><li>Ten things to do this weekend</li></ul></aside>\
         <footer><p>Copyright 2025 The Gazette</p></footer></body></html>",
    );
    let r = check(
        "The council confirmed the pool will reopen on Monday, staff permitting.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    let d = notes(&r);
    assert_eq!(
        d,
        [("staff permitting".to_string(), String::new(), None)],
        "{}",
        r.detail
    );
    // An invented sentence after it likewise, not one changed into the footer's words.
    let r = check(
        "The council confirmed the pool will reopen on Monday. Thank you all.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    let d = notes(&r);
    assert_eq!(
        d,
        [("Thank you all".to_string(), String::new(), None)],
        "{}",
        r.detail
    );
}
