//! The twenty-third session's held-out evaluation of scholarly articles: reference URLs
//! broken over two lines, Vancouver (ICMJE) entries, MLA short titles inside parenthetical
//! citations.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, note, quote};

fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

fn link_urls(e: &Extraction) -> Vec<&str> {
    e.links.iter().map(|l| l.url.as_str()).collect()
}

/// A reference URL hard-wrapped after a `/` (a PDF copy, an editor's wrap) is one URL: the
/// entry's link and every quote citing it get the whole address, in plain text and Markdown.
/// Inside an entry, a break after a `.` followed by a number and the access date is joined too.
#[test]
fn a_reference_url_broken_over_two_lines_is_one_url() {
    let text = "Attention in shared rooms\n\n\
                Ahmed (2019, p. 12) observed that 'readers in shared rooms moved seats more often\n\
                than readers in carrels'. Bright (2021, p. 4) adds that 'booking systems cut\n\
                the walking between floors'.\n\n\
                References\n\n\
                Ahmed, R. (2019) 'Seat changes in the shared reading room', Journal of Study\n    \
                Spaces, 7(2), pp. 1-20. Available at: https://doi.org/10.5555/\n    \
                jss.2019.0712 (Accessed: 2 May 2024).\n\n\
                Bright, T. (2021) 'Booking the library', Journal of Study Spaces, 9(1),\n    \
                pp. 3-9. Available at: https://journals.example.org/article/jss.2021.\n    \
                041 (Accessed: 2 May 2024).\n";
    let e = extract_as(DocKind::Text, text);
    assert_eq!(
        note(&e, "Ahmed 2019").urls,
        ["https://doi.org/10.5555/jss.2019.0712"]
    );
    assert_eq!(
        note(&e, "Bright 2021").urls,
        ["https://journals.example.org/article/jss.2021.041"]
    );
    assert_eq!(
        quote(&e, "readers in shared rooms")
            .citations
            .first()
            .and_then(|c| c.url.as_deref()),
        Some("https://doi.org/10.5555/jss.2019.0712")
    );
    assert_eq!(
        note(&e, "Ahmed 2019").title.as_deref(),
        Some("Seat changes in the shared reading room")
    );

    let md = "Ahmed found that \"readers in shared rooms moved seats more often\" (Ahmed, 2019).\n\n\
              ## References\n\n\
              Ahmed, R. (2019). Seat changes in the shared reading room. *Journal of Study Spaces*, \
              7(2), 1–20. https://journals.example.org/files/seat_\nchanges-2019.pdf\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(
        note(&e, "Ahmed 2019").urls,
        ["https://journals.example.org/files/seat_changes-2019.pdf"]
    );
}

/// A URL at a line's end followed by prose stays as written: a sentence's next word, a `.`
/// ending the sentence before a number, a list's next label.
#[test]
fn a_url_at_a_line_end_before_prose_is_not_joined() {
    let text = "The archive is at https://archive.example.org/\n\
                and it opens at nine. The scans are at https://archive.example.org/scans/v2.\n\
                2019 was the year they began (as the preface says).\n\n\
                1. https://archive.example.org/\n\
                2. Second entry\n";
    let e = extract_as(DocKind::Text, text);
    assert_eq!(
        link_urls(&e),
        [
            "https://archive.example.org/",
            "https://archive.example.org/scans/v2",
            "https://archive.example.org/"
        ]
    );
}

/// Vancouver (ICMJE) entries give their authors (surname and initials), title and journal,
/// in a Markdown list and an HTML list alike; `et al.` closes the names; an organisation as
/// author and other styles read as before.
#[test]
fn vancouver_entries_have_authors_and_titles() {
    let md = "Dosing \"halved the rate of relapse at one year\" [1] and \"did not change mortality\" [2].\n\n\
              ## References\n\n\
              1. Okonjo AB, van der Berg L, Haddad M-J. Weekly dosing of vitamin D in adults with asthma: a \
              pragmatic trial. Clin Resp Rev. 2019;8(2):101-9. doi:10.5555/crr.2019.101\n\
              2. Lindqvist E, Moreau P, et al. Does early oxygen change outcomes? Acta Pulm Scand. \
              2020 Mar;14:220-7.\n\
              3. Pettersen HK. Respiratory care at home. 2nd ed. Oslo: Fjord Medical; 2018.\n\
              4. Health Protection Board. Asthma in adults [Internet]. Leeds: HPB; 2022 [cited 2024 Jan 5]. \
              Available from: https://hpb.example.org/asthma\n";
    let e = extract_as(DocKind::Markdown, md);
    let n1 = note(&e, "1");
    assert_eq!(n1.authors, ["Okonjo AB", "van der Berg L", "Haddad M-J"]);
    assert_eq!(
        n1.title.as_deref(),
        Some("Weekly dosing of vitamin D in adults with asthma: a pragmatic trial")
    );
    assert_eq!(n1.publisher.as_deref(), Some("Clin Resp Rev"));
    assert_eq!(n1.date.as_deref(), Some("2019"));
    let n2 = note(&e, "2");
    assert_eq!(n2.authors, ["Lindqvist E", "Moreau P"]);
    assert_eq!(
        n2.title.as_deref(),
        Some("Does early oxygen change outcomes?")
    );
    assert_eq!(n2.publisher.as_deref(), Some("Acta Pulm Scand"));
    let n3 = note(&e, "3");
    assert_eq!(n3.authors, ["Pettersen HK"]);
    assert_eq!(n3.title.as_deref(), Some("Respiratory care at home"));
    assert_eq!(n3.date.as_deref(), Some("2018"));
    // A body's name has no initials: it is the one author (since the thirty-sixth session).
    let n4 = note(&e, "4");
    assert_eq!(n4.authors, ["Health Protection Board"]);
    assert_eq!(n4.title.as_deref(), Some("Asthma in adults"));
    assert_eq!(n4.publisher.as_deref(), Some("HPB"));

    let html = "<html><body><p>Dosing \"halved the rate of relapse at one year\"<sup>1</sup>.</p>\
                <h2>References</h2><ol><li>Okonjo AB, Haddad M. Weekly dosing of vitamin D: a \
                pragmatic trial. Clin Resp Rev. 2019;8(2):101-9. \
                <a href=\"https://doi.org/10.5555/crr.2019.101\">doi:10.5555/crr.2019.101</a></li></ol>\
                </body></html>";
    let e = extract_as(DocKind::Html, html);
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Okonjo AB", "Haddad M"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Weekly dosing of vitamin D: a pragmatic trial")
    );
}

/// An MLA short title inside a parenthetical citation (`(Mensah, "Ledgers" 41)`, or a title
/// alone when the sentence names the author, `("Kin and Credit" 12)`) is part of the
/// citation, not a quotation; the quotation before it is cited by the work the short title
/// names. A title in a citation of a work the list lacks is no quotation either.
#[test]
fn an_mla_short_title_in_a_citation_is_no_quotation() {
    let md = "Mensah holds that \"ledgers were kept for creditors, never for the historian\" \
              (Mensah, \"Ledgers\" 41), and later that \"kin were the only collateral a trader \
              could offer\" (Mensah, *Kin and Credit* 7). Mensah also notes that \
              \"no court heard a debt dispute in Yoruba\" (\"Kin and Credit\" 12). A gazette \
              reported \"the brig was lost with all hands\" (\"Voyage of the Esther\" 3).\n\n\
              ## Works Cited\n\n\
              Mensah, Kwame. \"Ledgers and Their Keepers.\" *Journal of Coastal History*, vol. 3, \
              no. 2, 2019, pp. 30–55, https://coast.example.org/ledgers.\n\n\
              Mensah, Kwame. *Kin and Credit on the Gold Coast*. Harbour Press, 2021, \
              https://coast.example.org/kin.\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(
        texts(&e),
        [
            "ledgers were kept for creditors, never for the historian",
            "kin were the only collateral a trader could offer",
            "no court heard a debt dispute in Yoruba",
            "the brig was lost with all hands"
        ]
    );
    let url = |start: &str| {
        quote(&e, start)
            .citations
            .iter()
            .filter_map(|c| c.url.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(url("ledgers were"), ["https://coast.example.org/ledgers"]);
    assert_eq!(url("kin were"), ["https://coast.example.org/kin"]);
    assert_eq!(url("no court"), ["https://coast.example.org/kin"]);
}
