//! More regressions from the sixty-third session's held-out evaluation of `check`, the
//! pages served on 127.0.0.1: words struck through with `<s>` or `<strike>` (the current
//! reading was `altered`, the struck words counted as left out), a figure quoted for the
//! page's article (`two years` for "a year" was a number added), and a reference marker
//! set apart in the quote (`rose [3] sharply`) where the page has that note call (a number
//! added); and on a bilingual page an English translation of its French part was "nothing
//! close" with no word of the French.

use citecheck::model::{DiffKind, MatchKind, Verdict};
use citecheck::server::Response;

use crate::eval_s63::check_served;
use crate::eval_s63::{altered, assert_clean};

pub fn html(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hospital \
         news</title></head><body><main><article><h1>Hospital news</h1>{body}</article>\
         </main></body></html>"
    )
}

/// A hospital's news: prices and hours struck through with `<s>` and `<strike>`, a wing
/// built in "a year", and note calls as a linked `[3]`, a raised `4` and a literal `[6]`.
fn hospital() -> String {
    html(
        "<p>Parking at the hospital <s>costs \u{00A3}4 an hour</s> is now free for \
         patients.</p>\n\
         <p>Visiting hours <strike>end at 6pm</strike> now end at 8pm on weekdays.</p>\n\
         <p>The new wing took a year to build and cost the trust far more than planned.</p>\n\
         <p>The old wing stood for two centuries before it was pulled down.</p>\n\
         <p>Waiting lists rose<sup><a href=\"#fn3\">[3]</a></sup> sharply in the winter \
         months, the figures show.</p>\n\
         <p>Admissions fell<sup>4</sup> slowly over the summer, the report says.</p>\n\
         <ol class=\"notes\"><li id=\"fn3\">NHS figures, March.</li></ol>",
    )
}

/// Words struck through with `<s>` or `<strike>` are no longer what the page says: the
/// sentence as it reads now, without them, is found word for word; the struck words are
/// found too (an old price is often the very thing quoted), with a warning that the page
/// shows them as no longer accurate. A quote changing the current words is still altered.
#[test]
fn struck_through_words() {
    let article = "# Hospital\n\n\
        \"Parking at the hospital is now free for patients\"[^h].\n\n\
        \"Visiting hours now end at 8pm on weekdays\"[^h].\n\n\
        \"Parking at the hospital costs \u{00A3}4 an hour\"[^h].\n\n\
        \"Visiting hours end at 6pm\"[^h].\n\n\
        \"Visiting hours now end at 9pm on weekdays\"[^h].\n\n\
        \"The new wing took a year to build\"[^h].\n\n\
        [^h]: [Hospital](BASE/h).\n";
    let results = check_served(vec![("/h", Response::html(hospital()))], article);
    assert_eq!(results.len(), 6, "{results:#?}");
    assert_clean(&results[0], MatchKind::Exact);
    assert_clean(&results[1], MatchKind::Exact);
    // The evidence reads as the page does now, one space where the struck words were.
    assert_eq!(
        results[0].matched_text.as_deref(),
        Some("Parking at the hospital is now free for patients")
    );
    // The warning names the tag the page strikes them with (sixty-fourth session).
    for (r, tag) in results[2..4].iter().zip(["`<s>`", "`<strike>`"]) {
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.match_kind, Some(MatchKind::Exact), "{r:#?}");
        assert_eq!(
            r.warnings,
            [format!(
                "some of these words are struck through on the page ({tag}): it shows them as \
                 no longer accurate, such as an old price or a plan since changed; quote what \
                 it says now, or say they are its earlier words"
            )],
            "{r:#?}"
        );
    }
    assert_eq!(
        altered(&results[4]),
        [(DiffKind::Changed, "9", "8", Some("number changed"))]
    );
    // Nothing struck in the words quoted: no warning.
    assert_clean(&results[5], MatchKind::Exact);
}

/// A figure quoted where the page has an article before the same noun (`two years` for "a
/// year", `a century` for "two centuries") is a number changed, not one added or left out.
#[test]
fn a_figure_for_the_pages_article() {
    let article = "# Hospital\n\n\
        \"The new wing took two years to build\"[^h].\n\n\
        \"The old wing stood for a century before it was pulled down\"[^h].\n\n\
        \"The new wing took 2 years to build\"[^h].\n\n\
        [^h]: [Hospital](BASE/h).\n";
    let results = check_served(vec![("/h", Response::html(hospital()))], article);
    assert_eq!(results.len(), 3, "{results:#?}");
    assert_eq!(
        altered(&results[0]),
        [(
            DiffKind::Changed,
            "two years",
            "a year",
            Some("number changed")
        )]
    );
    assert_eq!(
        altered(&results[1]),
        [(
            DiffKind::Changed,
            "a century",
            "two centuries",
            Some("number changed")
        )]
    );
    assert_eq!(
        altered(&results[2]),
        [(
            DiffKind::Changed,
            "2 years",
            "a year",
            Some("number changed")
        )]
    );
}

/// A bracketed number set apart in the quote where the page has a note call with that
/// number between the same words (`rose<sup><a href="#fn3">[3]</a></sup> sharply`,
/// `fell<sup>4</sup> slowly`) is the page's marker, copied: minor. One the page has no call
/// for there (`[5]`, or `[4]` after another word) stays the quoter's figure.
#[test]
fn a_spaced_marker_the_page_has() {
    let article = "# Hospital\n\n\
        \"Waiting lists rose [3] sharply in the winter months\"[^h].\n\n\
        \"Admissions fell [4] slowly over the summer\"[^h].\n\n\
        \"Waiting lists rose [5] sharply in the winter months\"[^h].\n\n\
        \"Admissions fell slowly [4] over the summer\"[^h].\n\n\
        [^h]: [Hospital](BASE/h).\n";
    let results = check_served(vec![("/h", Response::html(hospital()))], article);
    assert_eq!(results.len(), 4, "{results:#?}");
    assert_clean(&results[0], MatchKind::Minor);
    assert_clean(&results[1], MatchKind::Minor);
    assert_eq!(
        altered(&results[2]),
        [(DiffKind::Added, "[5]", "", Some("number added"))]
    );
    assert_eq!(
        altered(&results[3]),
        [(DiffKind::Added, "[4]", "", Some("number added"))]
    );
}

/// A bilingual notice, English then French; one paragraph only in French.
fn bilingual() -> String {
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Notice / Avis\
     </title></head><body><main><article><h1>Notice / Avis</h1>\
     <section lang=\"en\"><h2>Notice</h2><p>The bridge will be closed to traffic from 3 May \
     while the deck is repaired.</p></section>\
     <section lang=\"fr\"><h2>Avis</h2><p>Le pont sera ferm\u{e9} \u{e0} la circulation \
     \u{e0} partir du 3 mai pendant la r\u{e9}paration du tablier.</p><p>Les cyclistes \
     pourront emprunter le traversier gratuitement pendant toute la dur\u{e9}e des \
     travaux.</p></section></article></main></body></html>"
        .to_string()
}

/// On a bilingual page, an English quote of a paragraph only its French part has stays not
/// found (the page has English too, and nothing ties the quote to that paragraph), the
/// detail saying part of the page is in French. A French quote not on the page, or an
/// English one on an English page, is "nothing close" as before.
#[test]
fn a_translation_of_a_part_in_another_language() {
    let article = "# Notice\n\n\
        \"Cyclists will be able to use the ferry free of charge for the whole duration of the \
        works\"[^b].\n\n\
        \"Les pi\u{e9}tons pourront traverser sur la passerelle provisoire\"[^b].\n\n\
        \"Ambulances will be able to use the ferry free of charge at all hours\"[^h].\n\n\
        [^b]: [Notice](BASE/bilingual).\n\
        [^h]: [Hospital](BASE/h).\n";
    let pages = vec![
        ("/bilingual", Response::html(bilingual())),
        ("/h", Response::html(hospital())),
    ];
    let results = check_served(pages, article);
    assert_eq!(results.len(), 3, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    assert!(
        r.detail.contains(
            "part of the page is in French (marked lang=\"fr\") and the quote in English: if \
             the quote translates that part, it cannot be checked word for word"
        ),
        "{}",
        r.detail
    );
    for r in &results[1..] {
        assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
        assert!(
            r.detail.starts_with("nothing close to the quote on "),
            "{}",
            r.detail
        );
        assert!(!r.detail.contains("lang="), "{}", r.detail);
    }
}
