//! The fifty-first session's fixes: the end-of-session review's list-item check, and the
//! held-out evaluations' cases.

use citecheck::model::{Attribution, DocKind};

use crate::support::{extract_as, extract_markdown, note, notes_of, quote};

/// A plain-text quotation wrapped onto a line that opens with a spaced dash (`- weather
/// permitting -`) was read as a second list item, so the link after the quotation was
/// taken for that item's source and the quote left uncited: the check for another item
/// read the quotation itself, not only the gap between it and the link.
#[test]
fn a_quotation_wrapped_onto_a_dash_line_keeps_its_link() {
    let e = extract_as(
        DocKind::Text,
        "Works update\n\nOfficials said the works \"would finish by the end of spring\n\
         - weather permitting - and cost less than planned\" in the council update at \
         https://example.org/works today.\n\n\
         Sources:\n- \"Parking permits to rise next year\" said the notice\n\
         - the survey said \"most residents back the scheme\" https://example.org/survey\n",
    );
    let q = quote(&e, "would finish");
    assert_eq!(q.citations.len(), 1, "{:?}", q.citations);
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://example.org/works")
    );
    assert_eq!(q.citations[0].attribution, Attribution::Link);
    // A link on the next item is still that item's, not the quotation's above it.
    let q = quote(&e, "Parking permits");
    assert!(q.citations.is_empty(), "{:?}", q.citations);
}

/// `“…”, although no opening date was given.[^1]`: a contrasting qualifier naming no
/// source of its own leaves the sentence's note to the quotation (the misquote it cited,
/// "not yet" dropped, passed the run as an uncited quote). A clause that names a source
/// of its own (`, but the auditors disagree.[^2]`, `as the agency's data makes clear`)
/// still takes the marker.
#[test]
fn a_qualifier_naming_no_source_leaves_the_sentences_note_to_the_quote() {
    let e = extract_markdown(
        "# Winter\n\nBoard papers published this week state that \"The new ward is ready to \
         accept patients\", although no opening date was given.[^1]\n\n\
         The trust says \"the ward will open with its full complement of nurses\", but no \
         opening date was given.[^1]\n\n\
         The trust says \"the ward is fully staffed for the winter months\", but the \
         auditors disagree.[^2]\n\n\
         The trust says \"the ward is fully staffed for the coming year\", although the \
         rota includes agency nurses, as the regulator's figures make clear.[^2]\n\n\
         [^1]: Marlbury Examiner, \"Hospital trust warns of difficult winter\", \
         <https://example.org/h>\n\
         [^2]: Audit Office, \"Ward staffing\", <https://example.org/a>\n",
    );
    assert_eq!(notes_of(&e, "The new ward"), ["1"]);
    assert_eq!(notes_of(&e, "the ward will open"), ["1"]);
    assert!(notes_of(&e, "the ward is fully staffed for the winter").is_empty());
    assert!(notes_of(&e, "the ward is fully staffed for the coming").is_empty());
}

/// A static site's notes end with a link back to their marker (`<a href="#ref1">↩</a>`):
/// it was listed among the note's URLs (as the article's own address and `#ref1`), and a
/// program reading `footnotes[].urls` got the article itself. A link within the article
/// is none of a note's URLs; the note's own stay.
#[test]
fn a_notes_link_back_to_its_marker_is_none_of_its_urls() {
    let e = extract_markdown(
        "# Canal\n\nThe company reported a loss.<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup> \
         Traffic fell.<sup><a href=\"#fn2\" id=\"ref2\">2</a></sup>\n\n## Notes\n\n\
         <a id=\"fn1\"></a>1. Ashdown Canal Company, *Annual Report for 1931*, p. 4. \
         <a href=\"#ref1\">↩</a>\n\
         <a id=\"fn2\"></a>2. Canal Society, \"Traffic returns\", \
         <https://example.org/returns>. <a href=\"#ref2\">↩</a>\n",
    );
    assert!(note(&e, "1").urls.is_empty(), "{:?}", note(&e, "1").urls);
    assert_eq!(note(&e, "2").urls, ["https://example.org/returns"]);
}

/// IEEE writes a range of references as two brackets and a dash, `[3]–[5]`: the reference
/// between them was warned about as "never referenced in the text" (and `extract` exited 1
/// on a clean document). The numbers between two markers joined by a dash are cited there.
#[test]
fn an_ieee_range_of_two_brackets_cites_the_references_between() {
    let e = extract_markdown(
        "# Borehole telemetry\n\nLater deployments were less even [3]–[5]. The first trial \
         covered every pump [1], [2].\n\n## References\n\n\
         [1] K. Obi, \"Pump telemetry,\" *Sensors J.*, vol. 2, 2021.\n\n\
         [2] L. Varga, \"A field trial,\" in *Proc. Conf.*, 2020, pp. 1–6.\n\n\
         [3] M. Sato *et al.*, \"Energy budgets,\" *IoT J.*, vol. 9, 2022.\n\n\
         [4] N. Ruiz, *Rural Water Engineering*, 3rd ed. Cham, Switzerland: Springer, 2019.\n\n\
         [5] O. Berg, \"Coverage gaps,\" 2022.\n",
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert_eq!(note(&e, "4").referenced_at.len(), 1);
    // Two markers with words between them are no range.
    let e = extract_markdown(
        "# T\n\nOne view [1] and another [3].\n\n## References\n\n[1] A. B, \"One,\" 2020.\n\n\
         [2] C. D, \"Two,\" 2021.\n\n[3] E. F, \"Three,\" 2022.\n",
    );
    assert!(note(&e, "2").referenced_at.is_empty());
}
