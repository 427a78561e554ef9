//! Regressions from the fifty-sixth session's scholarly evaluation: the speaker a passive
//! `was quoted as saying` names, bracket markers with a Roman-numeral section (`[2, Sec.
//! IV]`), Vancouver preprint and proceedings entries, and a citation template's type label
//! (`(Report)`) after a title.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note, notes_of, quote};

/// The passive `X was quoted (by …) as saying that “…”` names X as the quote's speaker, as
/// `X said that “…”` does; a hyphened role before a title (`Co-investigator Dr …`) is no
/// part of the name.
#[test]
fn a_passive_quoted_as_saying_gives_the_quote_its_speaker() {
    let cases = [
        (
            "Wren, in the end, was quoted by the [bulletin](https://news.example.org/m) as \
             warning that \u{201C}the north walls hold most of the moss\u{201D}.",
            "Wren",
        ),
        (
            "Professor Tobias Wren is quoted as saying that \u{201C}the north walls hold \
             most of the moss\u{201D}.",
            "Professor Tobias Wren",
        ),
        (
            "Osei was widely quoted as arguing that \u{201C}the north walls hold most of \
             the moss\u{201D}.",
            "Osei",
        ),
        (
            "Co-investigator Dr Mireille Osei said that \u{201C}the north walls hold most \
             of the moss\u{201D}.",
            "Dr Mireille Osei",
        ),
    ];
    for (text, speaker) in cases {
        let e = extract_markdown(&format!("# Walls\n\n{text}\n"));
        let q = quote(&e, "the north walls");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{text}");
    }
}

/// IEEE numbers a paper's sections in Roman numerals: `[3, Sec. IV]`, `[3, Section II]`,
/// `[3, Sec. III-A]`, a lower-case `[5, Ch. xii]` are markers with their part, as `[3, Sec.
/// 4]` is; a word in capitals is no numeral (`[3, Sec. IVY]`).
#[test]
fn markers_with_a_roman_numeral_section() {
    let e = extract_markdown(
        "The rig \"lost grip on wet skins\" [3, Sec. IV]. It \"slipped twice per crate\" \
         [3, Section II]. Its pads \"wore flat within a week\" [3, Sec. III-A]. The \
         gripper \"closed too slowly for soft fruit\" [5, Ch. xii]. Also \"the arm stalled \
         under load\" [3, Sec. XXIV].\n\n\
         ## References\n\n\
         [3] T. Marr and E. Quist, \"Grip failures in orchard robots,\" 2021. \
         https://papers.example.org/grip\n\n\
         [5] J. Holm, Soft Fruit Handling. Oslo: Fjord Press, 2018. \
         https://books.example.org/soft\n",
    );
    assert_eq!(notes_of(&e, "lost grip"), ["3"]);
    assert_eq!(notes_of(&e, "slipped twice"), ["3"]);
    assert_eq!(notes_of(&e, "wore flat"), ["3"]);
    assert_eq!(notes_of(&e, "closed too slowly"), ["5"]);
    assert_eq!(notes_of(&e, "the arm stalled"), ["3"]);
    assert_eq!(note(&e, "3").referenced_at.len(), 4);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// A Vancouver preprint names its server where a journal would stand, with `[Preprint]`
/// (`arXiv:2204.01123 [Preprint]. 2022 [cited …].`): its authors and title are read as a
/// journal article's are, the server is the publisher, the year the date.
#[test]
fn a_vancouver_preprint_entry_has_its_authors_and_title() {
    for (server, publisher) in [
        ("arXiv:2204.01123 [Preprint]", "arXiv"),
        ("bioRxiv [Preprint]", "bioRxiv"),
    ] {
        let e = extract_markdown(&format!(
            "The model \"misses most flash floods in narrow valleys\" [1].\n\n\
             ## References\n\n\
             1. Okafor T, Lind B, Sato M. Mapping river ice from satellite glints. {server}. \
             2022 [cited 2023 Mar 2].\n"
        ));
        let n = note(&e, "1");
        assert_eq!(
            n.authors,
            ["Okafor T", "Lind B", "Sato M"],
            "{server}: {n:#?}"
        );
        assert_eq!(
            n.title.as_deref(),
            Some("Mapping river ice from satellite glints"),
            "{server}: {n:#?}"
        );
        assert_eq!(n.publisher.as_deref(), Some(publisher), "{server}: {n:#?}");
        assert_eq!(n.date.as_deref(), Some("2022"), "{server}: {n:#?}");
    }
}

/// A Vancouver conference paper (`In: Proceedings of …; 2019. p. 40-7.`): the proceedings'
/// name is the publisher, without the year after its semicolon, which is the date.
#[test]
fn a_vancouver_proceedings_name_leaves_its_year_out() {
    let e = extract_markdown(
        "The drone \"counted nests to within two percent\" [1].\n\n\
         ## References\n\n\
         1. Brandt H, Nwosu C. Counting seabird nests from low altitude. In: Proceedings of \
         the Northern Symposium on Field Ornithology; 2019. p. 40-7.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Brandt H", "Nwosu C"], "{n:#?}");
    assert_eq!(
        n.publisher.as_deref(),
        Some("Proceedings of the Northern Symposium on Field Ornithology"),
        "{n:#?}"
    );
    assert_eq!(n.date.as_deref(), Some("2019"), "{n:#?}");
}

/// MediaWiki's citation templates write the kind of work after its title (`(Report)`,
/// `(Thesis)`, `(Press release)`): dropped from the title's end, as `(PDF)` is; a bracket
/// in the middle of a title stays.
#[test]
fn a_citation_templates_type_label_is_no_part_of_the_title() {
    let item = |n: u32, title: &str, label: &str| {
        format!(
            "<li id=\"cite_note-{n}\"><span class=\"mw-cite-backlink\"><b><a \
             href=\"#cite_ref-{n}\">^</a></b></span> <span class=\"reference-text\"><cite \
             class=\"citation\">Harbour Trust (2021). <a class=\"external text\" \
             href=\"https://trust.example.org/r{n}\">{title}</a> {label}. Kirkwall: Harbour \
             Trust.</cite></span></li>"
        )
    };
    let mut html = String::from("<html><body><p>Tides matter.");
    for n in 1..=4 {
        html.push_str(&format!(
            "<sup id=\"cite_ref-{n}\" class=\"reference\"><a href=\"#cite_note-{n}\">[{n}]</a></sup>"
        ));
    }
    html.push_str("</p><h2>References</h2><ol class=\"references\">");
    html.push_str(&item(1, "Quay Wall Survey 2020", "(Report)"));
    html.push_str(&item(2, "Silt in the Inner Basin", "(Thesis)"));
    html.push_str(&item(3, "New Berth Opens", "(Press release)"));
    html.push_str(&item(4, "Dredging (Phase 2) Plan", "(Technical report)"));
    html.push_str("</ol></body></html>");
    let e = extract_as(DocKind::Html, &html);
    for (label, title) in [
        ("1", "Quay Wall Survey 2020"),
        ("2", "Silt in the Inner Basin"),
        ("3", "New Berth Opens"),
        ("4", "Dredging (Phase 2) Plan"),
    ] {
        let n = note(&e, label);
        assert_eq!(n.title.as_deref(), Some(title), "{n:#?}");
    }
}
