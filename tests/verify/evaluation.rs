//! Regressions from a ground-truth evaluation of verification: each test failed on the code
//! before its fix. Pages are built in memory (no network).

use citecheck::model::{MatchKind, PageRegion, Quote, QuoteResult, Verdict};
use citecheck::verify::visible_text::html_to_text;
use citecheck::verify::{
    verify_quote, Candidate, SourceText, VerifyOptions, PARTS_OUT_OF_ORDER, WORD_ORDER_CHANGED,
};

const A: &str = "https://sources.example.org/a.html";
const B: &str = "https://sources.example.org/b.html";

fn html(body: &str) -> SourceText {
    SourceText::from_html(&format!(
        "<!DOCTYPE html><html><head><title>T</title></head><body><main><article>{body}\
         </article></main></body></html>"
    ))
}

fn check_on(text: &str, pages: &[(&str, &SourceText)]) -> QuoteResult {
    let mut quote = Quote::citing(text, pages[0].0);
    quote.citations[0].url = Some(pages[0].0.to_string());
    let candidates: Vec<Candidate<'_>> = pages
        .iter()
        .map(|&(url, src)| Candidate {
            url,
            source: Ok(src),
        })
        .collect();
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

fn check(text: &str, src: &SourceText) -> QuoteResult {
    check_on(text, &[(A, src)])
}

/// `9pm` quoted `9 pm` (and `3.5 km` as `3.5km`, …) differs by a space: it was `altered`
/// with a false "number changed".
#[test]
fn a_space_between_a_number_and_its_unit_is_typography() {
    let src = html(
        "<p>The library will close at 9pm on weekdays from March, the council said.</p>\
         <p>The new cycle lane runs for 3.5 km along the seafront and cost \u{a3}2.4m to build.</p>\
         <p>The bell weighs 410kg and its clapper is 14cm across at the widest point.</p>\
         <p>Kick-off was moved to 7.45pm because of a floodlight failure.</p>",
    );
    for (quote, page_words) in [
        ("The library will close at 9 pm on weekdays", "9pm"),
        ("runs for 3.5km along the seafront", "3.5 km"),
        (
            "The bell weighs 410 kg and its clapper is 14 cm across",
            "410kg",
        ),
        (
            "Kick-off was moved to 7.45 pm because of a floodlight failure",
            "7.45pm",
        ),
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
        assert_eq!(r.match_kind, Some(MatchKind::Typography), "{quote}");
        let shown = r.matched_text.unwrap_or_default();
        assert!(shown.contains(page_words), "{quote}: {shown}");
    }
    // A real change of the number is still one, and only the number is shown changed.
    for (quote, quoted, page) in [
        ("The library will close at 10pm on weekdays", "10", "9"),
        ("The library will close at 10 pm on weekdays", "10", "9"),
        ("runs for 35 km along the seafront and cost", "35", "3.5"),
        ("runs for 35km along the seafront and cost", "35", "3.5"),
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}: {}", r.detail);
        let d: Vec<(&str, &str, Option<&str>)> = r
            .differences
            .iter()
            .map(|d| (d.quote.as_str(), d.source.as_str(), d.note.as_deref()))
            .collect();
        assert_eq!(d, [(quoted, page, Some("number changed"))], "{quote}");
    }
}

/// A Wikipedia footnote call inside the quoted sentence made the quote `altered`, with the
/// "3" of `[3]` a dropped number.
#[test]
fn reference_calls_are_not_page_text() {
    let src = html(
        "<p>A proposal to demolish it was defeated in 1971 after a campaign led by local \
         residents,<sup id=\"cite_ref-3\" class=\"reference\"><a href=\"#cite_note-3\">[3]</a></sup> \
         and it was designated a listed structure two years later.</p>\
         <ol class=\"references\"><li id=\"cite_note-3\">Dunn, P. (2001).</li></ol>",
    );
    let r = check(
        "A proposal to demolish it was defeated in 1971 after a campaign led by local \
         residents, and it was designated a listed structure two years later.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.match_kind, Some(MatchKind::Exact), "{}", r.detail);
    assert!(!r.matched_text.unwrap_or_default().contains("[3]"));

    // Each kind of call goes; exponents and ordinals stay.
    let cases: &[(&str, &str)] = &[
        (
            "<p>residents,<sup class=\"reference\"><a href=\"#cite_note-3\">[3]</a></sup> and</p>",
            "residents, and",
        ),
        (
            "<p>a claim<sup class=\"noprint Inline-Template Template-Fact\">[<i><a \
             href=\"/wiki/Wikipedia:Citation_needed\">citation needed</a></i>]</sup> here</p>",
            "a claim here",
        ),
        (
            "<p>said so<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\">1</a></sup> \
             today</p>",
            "said so today",
        ),
        (
            "<p>said so<a href=\"#fn1\" class=\"footnote-ref\"><sup>1</sup></a> today</p>",
            "said so today",
        ),
        ("<p>as noted<sup>[a]</sup> before</p>", "as noted before"),
        (
            "<p>an area of 40 m<sup>2</sup> in all</p>",
            "an area of 40 m2 in all",
        ),
        ("<p>about 10<sup>6</sup> cells</p>", "about 10^6 cells"),
        ("<p>the 1<sup>st</sup> floor</p>", "the 1st floor"),
        (
            "<p>see<sup><a href=\"https://example.org/x\">x</a></sup> it</p>",
            "seex it",
        ),
    ];
    for (page, want) in cases {
        assert_eq!(html_to_text(page).text, *want, "{page}");
    }
}

/// A quote citing two pages, word for word in one's comments and in the other's main text,
/// rested on the comments (the first URL).
#[test]
fn a_main_text_match_beats_an_equal_furniture_match() {
    let a = html(
        "<p>The harbour board voted on Tuesday to approve a dredging programme, ending a \
         two-year dispute over who should pay for clearing silt from the channel.</p>\
         </article><section id=\"comments\" class=\"comments\"><p>HarbourWatcher: The last \
         dredge in 2009 ran a full year over schedule and nobody was held to account.</p>\
         </section><article>",
    );
    let b = html(
        "<p>Dredging has always been contentious. The last dredge in 2009 ran a full year \
         over schedule and nobody was held to account for the overrun.</p>",
    );
    let quote = "ran a full year over schedule and nobody was held to account";
    let r = check_on(quote, &[(A, &a), (B, &b)]);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.checked_url.as_deref(), Some(B));
    assert_eq!(r.region, Some(PageRegion::Main));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    // Either order.
    let r = check_on(quote, &[(B, &b), (A, &a)]);
    assert_eq!(r.checked_url.as_deref(), Some(B));
    // A furniture match still wins when it is strictly better.
    let altered = "ran a full year over budget and nobody was held to account";
    let c = html(&format!("<p>The dredge {altered} for it.</p>"));
    let r = check_on(quote, &[(B, &c), (A, &a)]);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.checked_url.as_deref(), Some(A));
    assert_eq!(r.region, Some(PageRegion::Furniture));
}

/// `--` typed for a dash and the page's inner quotation marks left out are typography; a
/// soft hyphen, invisible, is no difference at all.
#[test]
fn match_kinds_of_dashes_inner_quotes_and_soft_hyphens() {
    let src = html(
        "<p>It is tempting to call the new bus timetable a failure&mdash;but that would be \
         unfair to failures.</p>\
         <p>The spokesman said that routes 10&ndash;12 would be &ldquo;reviewed in the \
         spring&rdquo; by the board.</p>\
         <p>Inside, the collec&shy;tion of coastal paintings is hung chrono&shy;logically.</p>\
         <p>Prices rose because of higher wholesale costs &ndash; not higher supplier profits.</p>",
    );
    let cases: &[(&str, MatchKind)] = &[
        (
            "call the new bus timetable a failure -- but that would be unfair",
            MatchKind::Typography,
        ),
        (
            "call the new bus timetable a failure \u{2014} but that would be unfair",
            MatchKind::Typography,
        ),
        (
            "routes 10\u{2013}12 would be reviewed in the spring by the board",
            MatchKind::Typography,
        ),
        (
            "the collection of coastal paintings is hung chronologically",
            MatchKind::Exact,
        ),
        (
            "higher wholesale costs -- not higher supplier profits",
            MatchKind::Typography,
        ),
        // Control: a comma left out is punctuation.
        (
            "Inside the collection of coastal paintings is hung",
            MatchKind::Minor,
        ),
    ];
    for (quote, kind) in cases {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
        assert_eq!(r.match_kind, Some(*kind), "{quote}: {}", r.detail);
    }
}

/// Two fragments of one speaker's words joined into one quotation, the attribution between
/// them left out: every quoted word is on the page, in order, yet it was `not_found`; then
/// `altered`. Since the twenty-second session a quotation joined over words the page sets
/// outside its quotation marks is `verified`, with a warning naming them (print joins a
/// speaker's words over the reporter's: see docs/design.md, Verification).
#[test]
fn fragments_joined_across_left_out_words_are_altered_not_missing() {
    let src = html(
        "<p>The post office closed in 2014, and the bus stopped coming the year after.</p>\
         <p>&ldquo;You don&rsquo;t notice a place dying,&rdquo; said Alan Birkett, who has \
         lived on the green for sixty years. &ldquo;You notice one day that it&rsquo;s \
         dead.&rdquo;</p>\
         <p>The parish council has since bought the old shop and plans to reopen it as a \
         community caf\u{e9} with a small library.</p>",
    );
    let r = check(
        "You don't notice a place dying. You notice one day that it's dead.",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(
        r.warnings,
        [
            "joins the page's quotation over words outside its quotation marks (\u{201C}said \
          Alan Birkett, who has lived on the green for sixty years\u{201D}): the page \
          interrupts the quotation there"
        ]
    );
    // A paraphrase, and words of another passage, stay not found.
    for quote in [
        "Alan Birkett said you only notice that a place has died one day",
        "the council closed the shop and the library after the bus stopped",
    ] {
        let r = check(quote, &src);
        assert_eq!(
            r.verdict,
            Verdict::NotFound,
            "{quote}: {} {}",
            r.score,
            r.detail
        );
    }
}

/// Parts out of order were reported as a "change" from a text to itself, with a note the
/// report's documentation did not list.
#[test]
fn parts_out_of_order_show_both_orders_and_notes_are_documented() {
    let src = html(
        "<p>First, the council will close the old depot. Second, it will sell the site to \
         the housing association.</p>",
    );
    let r = check(
        "it will sell the site ... the council will close the old depot",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert_eq!(r.differences.len(), 1, "{:?}", r.differences);
    let d = &r.differences[0];
    assert_ne!(d.quote, d.source);
    assert_eq!(
        (d.quote.as_str(), d.source.as_str(), d.note.as_deref()),
        (
            "it will sell the site \u{2026} the council will close the old depot",
            "the council will close the old depot \u{2026} it will sell the site",
            Some(PARTS_OUT_OF_ORDER)
        )
    );
    let r = check(
        "it will sell the site to the housing association. First, the council will close \
         the old depot",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert_eq!(
        r.differences
            .iter()
            .map(|d| d.note.as_deref())
            .collect::<Vec<_>>(),
        [Some(WORD_ORDER_CHANGED)]
    );
    // Every note is in the report's documentation, in the list of `note` values.
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json-report.md"),
    )
    .expect("docs/json-report.md");
    let row = docs
        .lines()
        .find(|l| l.starts_with("| `note` |"))
        .expect("the note row");
    for note in [
        "number changed",
        "sign changed",
        "currency changed",
        "negation added",
        "negation removed",
        WORD_ORDER_CHANGED,
        PARTS_OUT_OF_ORDER,
    ] {
        assert!(row.contains(&format!("`{note}`")), "{note} in {row}");
    }
}
