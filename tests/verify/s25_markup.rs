//! Twenty-fifth session: markup between a cited page's words. A footnote's popup beside its
//! marker, text kept for screen readers only, and invisible characters (soft hyphens,
//! direction marks) inside the sentence a quote is checked against.

use citecheck::model::{MatchKind, Verdict};
use citecheck::verify::SourceText;

use super::evaluation2::check;

const OPENING: &str = "<p>The parish council published its review of the flood defences on \
    Monday, after three public meetings in the village hall and a walk along the river with \
    residents.</p>";

fn page(body: &str) -> SourceText {
    SourceText::from_html(&format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Flood review\
         </title></head><body><main><article><h1>Flood review</h1>{OPENING}{body}\
         <ol class=\"footnotes\"><li id=\"n7\">Hydrology appendix, table 3, page 41.</li>\
         </ol></article></main></body></html>"
    ))
}

/// A footnote's popup (a copy of the note shown on hover) beside its marker was read as page
/// text: a marker in a wrapper with a `role="tooltip"` or popup-classed sibling, or a
/// `<sup>` holding both the marker's link and the popup, put the note's words (and its page
/// number, a "number changed") into the sentence. The marker and its popup are both set
/// aside now; the same classes away from a marker stay text.
#[test]
fn a_footnote_popup_beside_its_marker_is_no_page_text() {
    const NOTE: &str = "Hydrology appendix, table 3, page 41.";
    for call in [
        format!(
            "<span class=\"footnote\"><sup><a href=\"#n7\">7</a></sup><span \
             class=\"footnote-content\" role=\"tooltip\">{NOTE}</span></span>"
        ),
        format!(
            "<span class=\"fn-wrap\"><sup><a href=\"#n7\">7</a></sup> <span \
             class=\"fn-popup\">{NOTE}</span></span>"
        ),
        format!(
            "<span class=\"footnote\"><sup><a href=\"#n7\">7</a></sup><span \
             class=\"footnote-text\">{NOTE}</span></span>"
        ),
        format!("<span><a href=\"#n7\">7</a><span role=\"tooltip\">{NOTE}</span></span>"),
        format!("<sup class=\"fn\"><a href=\"#n7\">7</a><span class=\"popup\">{NOTE}</span></sup>"),
        format!(
            "<sup><a href=\"#n7\">7</a><span class=\"tooltip-body\">{NOTE}</span></sup><span \
             class=\"popover\">{NOTE}</span>"
        ),
        format!("<sup>7<span class=\"popup\">{NOTE}</span></sup>"),
    ] {
        let src = page(&format!(
            "<p>The review found that the river wall{call} had sunk by about 30 centimetres \
             since its repair in 2009.</p>"
        ));
        let r = check(
            "the river wall had sunk by about 30 centimetres since its repair in 2009",
            &src,
        );
        assert_eq!(r.verdict, Verdict::Verified, "{call}: {}", r.detail);
        assert_eq!(
            r.match_kind,
            Some(MatchKind::Exact),
            "{call}: {:?}",
            r.matched_text
        );
        // The note itself is still on the page, in its list.
        let r = check("Hydrology appendix, table 3, page 41", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{call}: {}", r.detail);
    }
    // Away from a marker, a tooltip's words are text.
    let src = page(
        "<p>Officers described the gauge as <span class=\"tooltip\" role=\"tooltip\">a \
         long-range ultrasonic sensor</span> fixed under the bridge.</p>",
    );
    let r = check(
        "described the gauge as a long-range ultrasonic sensor fixed under the bridge",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
}

/// A word linked to an anchor in the page beside a tooltip, or a word that opens a tooltip
/// after a note mark, was dropped as a note's marker: any in-page link of twelve characters
/// or fewer beside a popup counted as a note call, a class holding "tooltip" anywhere
/// (`has-tooltip`) as a popup, and a space between a bare mark and a popup did not count.
/// A link beside a popup is a note call now only with a note's label (`7`, `[b]`, `iv`,
/// `*`), a trigger class is no popup, and after a bare superscript mark only a popup
/// glued to it is.
#[test]
fn a_word_beside_a_tooltip_is_no_note_marker() {
    for (body, quote) in [
        (
            "<p>The survey found that <a href=\"#ead\">EAD</a> <span class=\"tooltip\">\
             (expected annual damage)</span> fell 4% after the repair.</p>",
            "found that EAD (expected annual damage) fell 4% after the repair",
        ),
        (
            "<p>The wall was raised in 2009.<sup>1</sup> <span class=\"has-tooltip\">\
             Sandbags</span> were stored at the church.</p>",
            "Sandbags were stored at the church",
        ),
        (
            "<p>The wall was raised in 2009.<sup>1</sup> <span class=\"tooltip\">\
             Volunteers</span> filled them in an afternoon.</p>",
            "Volunteers filled them in an afternoon",
        ),
        (
            "<p>The gauge reads <span class=\"tooltip-trigger\">above normal</span> \
             <a href=\"#lvl\">here</a> <span class=\"popover-toggle\">levels</span> \
             most winters.</p>",
            "The gauge reads above normal here levels most winters",
        ),
    ] {
        let r = check(quote, &page(body));
        assert_eq!(r.verdict, Verdict::Verified, "{body}: {}", r.detail);
        assert_eq!(
            r.match_kind,
            Some(MatchKind::Exact),
            "{body}: {:?}",
            r.matched_text
        );
    }
    // A note's label beside its popup is still a marker, bracketed or a symbol.
    for call in ["[b]", "iv", "*", "(12)"] {
        let src = page(&format!(
            "<p>The river wall<a href=\"#n7\">{call}</a><span class=\"tooltip\">Hydrology \
             appendix, table 3, page 41.</span> had sunk by about 30 centimetres.</p>"
        ));
        let r = check("The river wall had sunk by about 30 centimetres", &src);
        assert_eq!(r.match_kind, Some(MatchKind::Exact), "{call}: {}", r.detail);
    }
}

/// Text kept for screen readers only (`sr-only`, `visually-hidden`, `screen-reader-text`,
/// and the like, a design system's prefix too) is not on the screen: a quote of the sentence
/// around it, as a reader sees it, was `altered` for leaving it out. It is no page text now,
/// as `display:none` is not: a quote only there is not found.
#[test]
fn screen_reader_only_text_is_not_on_the_page() {
    for class in [
        "sr-only",
        "visually-hidden",
        "screen-reader-text",
        "screenreader-only",
        "a11y-hidden",
        "visuallyhidden",
        "u-visually-hidden",
        "govuk-visually-hidden",
        "assistive-text",
        "hidden-visually",
        "element-invisible",
        "label sr-only",
    ] {
        let src = page(&format!(
            "<p>The full figures are in the <a href=\"/review.pdf\">technical \
             annex<span class=\"{class}\"> (PDF document, 4&nbsp;MB, opens in a new \
             tab)</span></a> that the council released with the review.</p>"
        ));
        let r = check(
            "The full figures are in the technical annex that the council released with the review",
            &src,
        );
        assert_eq!(r.verdict, Verdict::Verified, "{class}: {}", r.detail);
        assert_eq!(r.match_kind, Some(MatchKind::Exact), "{class}");
        let r = check("PDF document, 4 MB, opens in a new tab", &src);
        assert_eq!(r.verdict, Verdict::NotFound, "{class}: {}", r.detail);
    }
    // A class that only contains such a name is no screen-reader class.
    let src = page(
        "<p>The engineers' <span class=\"not-sr-only-ish\">final</span> report is due in \
         the spring.</p>",
    );
    let r = check("The engineers' final report is due in the spring", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
}

/// The page's words shown in `differences[].source` kept its soft hyphens
/// (`prepared\u{AD}ness`), invisible in a report but not in the JSON.
#[test]
fn evidence_leaves_out_soft_hyphens() {
    let src = page(
        "<p>The council called the new wall a test of the village's resil&shy;ience and \
         prepared&shy;ness for winter storms.</p>",
    );
    let r = check(
        "a test of the village's resilience and readiness for winter storms",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    let d = &r.differences[0];
    assert_eq!(
        (d.quote.as_str(), d.source.as_str()),
        ("readiness", "preparedness")
    );
    assert!(
        !r.matched_text.as_deref().unwrap_or("").contains('\u{AD}'),
        "{:?}",
        r.matched_text
    );
}

/// Direction marks and isolates inside the page's sentence (a page mixing scripts writes
/// them around names and dates) made a word-for-word quote `minor`, though invisible
/// characters are no difference.
#[test]
fn direction_marks_are_no_difference() {
    let src = page(
        "<p>The contractor, \u{2067}\u{5D0}\u{5D1}\u{2069} Builders, finished the work on \
         \u{200E}12 March\u{200F} without closing the \u{202A}river\u{202C} path, \
         \u{061C}as\u{202E} promised\u{202C}.</p>",
    );
    let r = check(
        "finished the work on 12 March without closing the river path, as promised",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.match_kind, Some(MatchKind::Exact), "{:?}", r.matched_text);
}
