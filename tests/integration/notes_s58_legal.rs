//! The fifty-eighth session's held-out evaluation of note fields, legal shapes: Bluebook's
//! signals before a citation (`*See generally*`, `*Cf.*`, `E.g.,`), a book with its year in
//! brackets, a press release by a body whose name is abbreviated, a case named in italics
//! before its reporter, a statute named before its code; and MLA's page after a quotation
//! from two authors who `describe` (a plural verb), or from no one the list names.

use crate::support::{extract_markdown, note, quote};

/// Footnotes `[^1]`, `[^2]`, … holding `notes`, each cited once.
fn notes_doc(notes: &[&str]) -> String {
    let mut s = String::from("# Tidal law\n\n");
    for i in 1..=notes.len() {
        s.push_str(&format!("Point {i} was argued.[^{i}]\n\n"));
    }
    for (i, n) in notes.iter().enumerate() {
        s.push_str(&format!("[^{}]: {n}\n", i + 1));
    }
    s
}

/// (title, authors, publisher, date) of note `label`.
fn fields(
    e: &citecheck::model::Extraction,
    label: &str,
) -> (Option<String>, Vec<String>, Option<String>, Option<String>) {
    let n = note(e, label);
    (
        n.title.clone(),
        n.authors.clone(),
        n.publisher.clone(),
        n.date.clone(),
    )
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

/// A signal is no title, and the book after it is read: its author, its title in plain
/// text (small caps in print), the year closing its bracket. It was `See generally` as the
/// title and the author as the publisher.
#[test]
fn a_signal_before_a_book_is_no_title() {
    let e = extract_markdown(&notes_doc(&[
        "*See generally* Ines Calder, Tidewater Property 212 (3d ed. 2011).",
        "*Cf.* Ann Lee & Bo Ray, Tidal Law (Jane Roe ed., 2015).",
        "E.g., Tomas Varga, Salt Marsh Tenure: A Survey (2009).",
        "*But see* Dana Oyelaran, *Levees and Liability*, 71 Stan. L. Rev. 455, 460 (2019).",
    ]));
    let calder = (
        some("Tidewater Property"),
        vec!["Ines Calder".to_string()],
        None,
        some("2011"),
    );
    assert_eq!(fields(&e, "1"), calder);
    let lee = fields(&e, "2");
    assert_eq!(lee.0.as_deref(), Some("Tidal Law"));
    assert_eq!(lee.1, ["Ann Lee", "Bo Ray"]);
    assert_eq!((lee.2, lee.3.as_deref()), (None, Some("2015")));
    let varga = fields(&e, "3");
    assert_eq!(varga.0.as_deref(), Some("Salt Marsh Tenure: A Survey"));
    assert_eq!(varga.1, ["Tomas Varga"]);
    // An article after an italic signal: its italic title, not the signal's.
    let oyelaran = fields(&e, "4");
    assert_eq!(oyelaran.0.as_deref(), Some("Levees and Liability"));
    assert_eq!(oyelaran.1, ["Dana Oyelaran"]);
    assert_eq!(oyelaran.2.as_deref(), Some("Stan. L. Rev."));
}

/// What follows `See` in lower case is a pointer or prose, read as before; `Contra` in
/// plain text opens a county's name, no signal; a Chicago note's place and publisher in the
/// bracket are not Bluebook's year.
#[test]
fn signals_and_brackets_that_are_not_bluebooks() {
    let e = extract_markdown(&notes_doc(&[
        "See the appendix for the full tables.",
        "*See* *supra* note 2.",
        "Contra Costa County, Delta Levee Survey (2019).",
        "Ines Calder, Tidewater Property (Boston: Harbor Press, 2011), 212.",
        "Mora v. Pike County, 88 F.4th 101 (5th Cir. 2023).",
    ]));
    assert_eq!(fields(&e, "1"), (None, vec![], None, None));
    assert_eq!(fields(&e, "2"), (None, vec![], None, None));
    let county = fields(&e, "3");
    assert_eq!(county.1, ["Contra Costa County"]);
    assert_eq!(county.0.as_deref(), Some("Delta Levee Survey"));
    let chicago = fields(&e, "4");
    assert_eq!(chicago.0.as_deref(), Some("Tidewater Property"));
    assert_eq!(chicago.2.as_deref(), Some("Harbor Press"));
    // A case is no book: its parties are no authors.
    let case = fields(&e, "5");
    assert_eq!(case.0.as_deref(), Some("Mora v. Pike County"));
    assert!(case.1.is_empty() && case.2.is_none(), "{case:?}");
}

/// A press release: the body's abbreviated name is the author whole (its full stops end no
/// field), the last part before the date the title. It was `Env't Prot` as the title and
/// `Agency` as the publisher. A body's report with its year in brackets likewise.
#[test]
fn a_press_release_by_an_abbreviated_body() {
    let e = extract_markdown(&notes_doc(&[
        "Press Release, U.S. Dep't of Transp., Rail Grants Go to Twelve States (Sept. 9, \
         2022), https://transport.example.gov/news/rail-grants.",
        "Press Release, Off. of the Att'y Gen., State of Or., Settlement Reached With Mill \
         Owner (June 1, 2021).",
        "Press Release, Harbor Board, Dredging Resumes, Board Says (May 2, 2020).",
        "U.S. Gov't Accountability Off., Levee Upkeep: Costs and Gaps 14 (2020).",
    ]));
    assert_eq!(
        fields(&e, "1"),
        (
            some("Rail Grants Go to Twelve States"),
            vec!["U.S. Dep't of Transp.".to_string()],
            None,
            some("Sept. 9, 2022"),
        )
    );
    assert_eq!(
        note(&e, "1").urls,
        ["https://transport.example.gov/news/rail-grants"]
    );
    let ag = fields(&e, "2");
    assert_eq!(ag.1, ["Off. of the Att'y Gen., State of Or."]);
    assert_eq!(ag.0.as_deref(), Some("Settlement Reached With Mill Owner"));
    // A part in full words after the body's name is the title's (a comma in a headline).
    let board = fields(&e, "3");
    assert_eq!(board.1, ["Harbor Board"]);
    assert_eq!(board.0.as_deref(), Some("Dredging Resumes, Board Says"));
    assert_eq!(board.2, None);
    let gao = fields(&e, "4");
    assert_eq!(gao.1, ["U.S. Gov't Accountability Off."]);
    assert_eq!(gao.0.as_deref(), Some("Levee Upkeep: Costs and Gaps"));
    assert_eq!(gao.3.as_deref(), Some("2020"));
}

/// A case named in italics, then its reporter: the reporter is no publisher (it was `88
/// F.4th 101`), as for the same case in plain text; an article's journal after its italic
/// title still is.
#[test]
fn an_italic_cases_reporter_is_no_publisher() {
    let e = extract_markdown(&notes_doc(&[
        "*Mora v. Pike County*, 88 F.4th 101, 105 (5th Cir. 2023).",
        "*See* *Mora v. Pike County*, 88 F.4th 101, 107 (5th Cir. 2023).",
        "Dana Oyelaran, *Levees and Liability*, 71 Stan. L. Rev. 455, 460 (2019).",
    ]));
    let mora = (some("Mora v. Pike County"), vec![], None, some("2023"));
    assert_eq!(fields(&e, "1"), mora);
    assert_eq!(fields(&e, "2"), mora);
    assert_eq!(note(&e, "3").publisher.as_deref(), Some("Stan. L. Rev."));
}

/// A statute named before where its code prints it: the Act's name is the title (its
/// section left out); a code citation alone has none.
#[test]
fn a_statute_before_its_code_is_titled_by_its_name() {
    let e = extract_markdown(&notes_doc(&[
        "Safe Drinking Water Act, 42 U.S.C. § 300f (2018).",
        "Rivers and Harbors Act § 10, 33 U.S.C. § 403.",
        "Coastal Zone Management Act, Pub. L. No. 92-583, 86 Stat. 1280 (1972).",
        "42 U.S.C. § 300f (2018).",
        "Water Services Act 2019, section 12(3)(b).",
    ]));
    let title = |l: &str| note(&e, l).title.clone();
    assert_eq!(title("1").as_deref(), Some("Safe Drinking Water Act"));
    assert_eq!(title("2").as_deref(), Some("Rivers and Harbors Act"));
    assert_eq!(title("3").as_deref(), Some("Coastal Zone Management Act"));
    assert_eq!(note(&e, "3").date.as_deref(), Some("1972"));
    assert_eq!(title("4"), None);
    assert_eq!(title("5").as_deref(), Some("Water Services Act 2019"));
    assert!(note(&e, "1").authors.is_empty() && note(&e, "1").publisher.is_none());
}

const MLA_LIST: &str = "## Works Cited\n\n\
    Achebe, Ngozi, and Rui Tavares. *Ferry Lines: Crossing the Estuary*. Quayside Press, \
    2016.\n\n\
    Brandt, Sofie. \"The Last Boat Home.\" *Estuary Review*, 3 Mar. 2020.\n";

/// Two authors named before their verb take its plural (`describe`, `write`): the page
/// after the quotation cites their work. It was a marker `61` with no note, or (with more
/// entries) the work warned about as never cited.
#[test]
fn mla_two_authors_with_a_plural_verb_cite_their_work() {
    let e = extract_markdown(&format!(
        "# Crossings\n\n\
         Achebe and Tavares describe the late ferry as \"a parliament of tired people\" \
         (61). Brandt remembers \"the engine's cough at midnight\" (Brandt).\n\n{MLA_LIST}"
    ));
    let cited: Vec<_> = quote(&e, "a parliament")
        .citations
        .iter()
        .filter_map(|c| c.footnote.clone())
        .collect();
    assert_eq!(cited, ["Achebe & Tavares 2016"]);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);

    let e = extract_markdown(&format!(
        "# Crossings\n\n\
         Achebe and Tavares write that the crossing is \"twenty minutes of civic life\" \
         (12).\n\n{MLA_LIST}"
    ));
    let cited: Vec<_> = quote(&e, "twenty minutes")
        .citations
        .iter()
        .filter_map(|c| c.footnote.clone())
        .collect();
    assert_eq!(cited, ["Achebe & Tavares 2016"]);
}

/// A page after a quotation whose sentence names no one on the list (`Deckhands describe
/// …`) cites no work it can tell, and is no note's marker either in an article whose only
/// list is MLA's: no warning. With numbered notes the bracket is a marker as before; and a
/// number in brackets after no quotation is left as it was.
#[test]
fn a_page_after_a_quotation_is_no_note_in_an_mla_article() {
    let e = extract_markdown(&format!(
        "# Crossings\n\n\
         Deckhands describe the late ferry as \"a parliament of tired people\" (61).\n\n\
         {MLA_LIST}"
    ));
    assert!(quote(&e, "a parliament").citations.is_empty());
    assert!(
        !e.warnings
            .iter()
            .any(|w| w.message.contains("has no matching note")),
        "{:#?}",
        e.warnings
    );

    // Numbered notes beside the list: `(2)` after the quotation is note 2's marker.
    let e = extract_markdown(&format!(
        "# Crossings\n\n\
         The pier was rebuilt in 1931 (1). Deckhands describe the late ferry as \"a \
         parliament of tired people\" (2).\n\n\
         ## Notes\n\n\
         1. Harbour board minutes, 4 May 1931.\n\
         2. Interview with a deckhand, 12 June 2019.\n\n{MLA_LIST}"
    ));
    let cited: Vec<_> = quote(&e, "a parliament")
        .citations
        .iter()
        .filter_map(|c| c.footnote.clone())
        .collect();
    assert_eq!(cited, ["2"]);

    // No quotation before the bracket: as before (a marker with no note).
    let e = extract_markdown(&format!(
        "# Crossings\n\n\
         Deckhands describe the late ferry as a floating parliament (61).\n\n{MLA_LIST}"
    ));
    assert!(
        e.warnings
            .iter()
            .any(|w| w.message.contains("`61` has no matching note")),
        "{:#?}",
        e.warnings
    );
}
