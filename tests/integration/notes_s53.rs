//! The fifty-third session's note fields: an IEEE book written in plain text (no italics
//! mark its title) and an American court's case cited by its reporter.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note};

/// IEEE's book without italics (`T. Nakagawa, Embedded Radios for Coastal Sensing, 2nd ed.
/// Osaka, Japan: Kaiyo Press, 2018.`): the names initials first, the title up to the
/// edition or its full stop, the press after the place's colon. Before, no author, title or
/// publisher was read.
#[test]
fn an_ieee_book_in_plain_text() {
    let notes = "1. T. Nakagawa, Embedded Radios for Coastal Sensing, 2nd ed. Osaka, Japan: \
                 Kaiyo Press, 2018.\n\
                 2. A. Reyes and B. Cole, Harbour Works. Lagos, Nigeria: Delta Press, 2019.\n\
                 3. K. Ito, M. Sato, and R. Okafor, Tidal Power Systems, 3rd ed. New York, NY: \
                 Harlow Books, 2021.\n";
    let md = format!("Text [1] [2] [3].\n\n## References\n\n{notes}");
    let text = format!("Text [1] [2] [3].\n\nReferences\n\n{notes}");
    for e in [extract_markdown(&md), extract_as(DocKind::Text, &text)] {
        let n = note(&e, "1");
        assert_eq!(n.authors, ["T. Nakagawa"], "{n:#?}");
        assert_eq!(
            n.title.as_deref(),
            Some("Embedded Radios for Coastal Sensing")
        );
        assert_eq!(n.publisher.as_deref(), Some("Kaiyo Press"));
        assert_eq!(n.date.as_deref(), Some("2018"));
        let n = note(&e, "2");
        assert_eq!(n.authors, ["A. Reyes", "B. Cole"], "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("Harbour Works"));
        assert_eq!(n.publisher.as_deref(), Some("Delta Press"));
        let n = note(&e, "3");
        assert_eq!(n.authors, ["K. Ito", "M. Sato", "R. Okafor"], "{n:#?}");
        assert_eq!(n.title.as_deref(), Some("Tidal Power Systems"));
        assert_eq!(n.publisher.as_deref(), Some("Harlow Books"));
        assert_eq!(n.date.as_deref(), Some("2021"));
    }
}

/// An American case (`Alvarez v. Skyward Parcel, Inc., 412 F. Supp. 3d 118, 125 (S.D.N.Y.
/// 2019).`): the parties are the title, `Inc.` with its full stop, and the year in the
/// court's bracket is the date. Before, the reporter's volume after the comma was not taken
/// as the end of the name and no title was read.
#[test]
fn an_american_case_cited_by_its_reporter() {
    let e = extract_markdown(
        "Held so.[^1] And so.[^2]\n\n\
         [^1]: Alvarez v. Skyward Parcel, Inc., 412 F. Supp. 3d 118, 125 (S.D.N.Y. 2019).\n\
         [^2]: Brown v. Board of Harbour Commissioners, 347 U.S. 483 (1954).\n",
    );
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("Alvarez v. Skyward Parcel, Inc."),
        "{n:#?}"
    );
    assert!(n.authors.is_empty(), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2019"));
    let n = note(&e, "2");
    assert_eq!(
        n.title.as_deref(),
        Some("Brown v. Board of Harbour Commissioners"),
        "{n:#?}"
    );
    assert_eq!(n.date.as_deref(), Some("1954"));
}
