//! Thirtieth session (eval-splice): a note marker a space after the sentence's full stop.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as};

/// Regression (eval-splice): `… says “…” for the dark months. [1]`, the marker a space after
/// the full stop, left the quote `uncited`, where `months.[1]` and `months [1].` cite it. A
/// marker starts no sentence: it is the sentence's before it, in Markdown and in plain
/// text, after a closing quotation mark too; the next sentence's quote is not its.
#[test]
fn a_marker_a_space_after_the_full_stop_cites_its_sentence() {
    let md = "# Ferries\n\n\
        On the island route the timetable says \u{201C}every crossing runs to the minute\u{201D} \
        in summer. [1] The harbour board says \u{201C}the winter timetable is a guess\u{201D} \
        and nothing more.\n\n\
        The skipper told us: \u{201C}We have never once sailed late in June.\u{201D} [2]\n\n\
        ## Notes\n\n\
        1. Timetable, https://ferries.example.org/timetable\n\
        2. Interview, https://ferries.example.org/skipper\n";
    let txt = md
        .replace("# Ferries", "Ferries")
        .replace("## Notes", "Notes");
    for (kind, text) in [(DocKind::Markdown, md.to_string()), (DocKind::Text, txt)] {
        let e = extract_as(kind, &text);
        assert_eq!(
            cites(&e, "every crossing"),
            [(Some("1"), Attribution::MarkerInSentence)],
            "{kind:?}"
        );
        // After a closing quotation mark it is the marker right after the quote.
        assert_eq!(
            cites(&e, "We have never"),
            [(Some("2"), Attribution::MarkerAfter)],
            "{kind:?}"
        );
        assert!(
            cites(&e, "the winter timetable")
                .iter()
                .all(|(n, _)| *n != Some("1")),
            "{kind:?}: {:#?}",
            e.quotes
        );
    }
}
