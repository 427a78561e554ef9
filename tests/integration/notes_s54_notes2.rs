//! The fifty-fourth session's second pass on note fields in other languages: GOST reference
//! lists (their headings, page locators and entries), years inside titles, Czech access
//! dates and months, bodies before a kind of document, places that publish nothing, German
//! imprints, Chinese GB/T 7714 entries and Spanish newspapers' names.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_markdown, note};

/// A Russian article's numbered reference list under `Список литературы`, cited with
/// GOST's page locator (`[2, с. 41]`): the list is the notes and the marker cites its
/// second entry. Before, no note was found and the marker was warned about.
#[test]
fn a_gost_reference_list_cited_with_page_locators() {
    let e = extract_as(
        DocKind::Text,
        "Исследователь пишет, что «речные трамваи вернулись в город после долгого перерыва» \
         [2, с. 41]. Набережная строилась долго [1, с. 12–14].\n\n\
         Список литературы\n\n\
         1. Орлова Н. П. Набережные Самары. — Самара : Волжский дом, 2018. — 180 с.\n\
         2. Гусев К. Д. Речной транспорт: новая жизнь. — Нижний Новгород : Кремлёвская \
         книга, 2020. — 96 с.\n",
    );
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
    let n = note(&e, "2");
    assert!(!n.referenced_at.is_empty(), "{n:#?}");
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// GOST's book (`Орлова Н. П. Набережные Самары. — Самара : Волжский дом, 2018. — 180
/// с.`): the surname with its initials, the title before the dash, the publisher between
/// the place and the year; and its article (`… // Журнал. 2019. № 4. С. 5–9.`): the title
/// before ` // `, the journal after it as the publisher. Before, only the year was read.
#[test]
fn gost_entries_fields() {
    let e = extract_markdown(
        "Один.[^1] Два.[^2] Три.[^3]\n\n\
         [^1]: Орлова Н. П. Набережные Самары. — Самара : Волжский дом, 2018. — 180 с.\n\
         [^2]: Гусев К.Д., Лаптева О. В. Паромы Ладоги: история и будущее // Северный \
         морской журнал. 2019. № 4. С. 5–9.\n\
         [^3]: Трамвайные маршруты города в 2019 году // Городской вестник Твери. — URL: \
         https://tver.example.org/tram (дата обращения: 01.03.2024).\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Орлова Н. П."], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Набережные Самары"), "{n:#?}");
    assert_eq!(n.publisher.as_deref(), Some("Волжский дом"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2018"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Гусев К.Д.", "Лаптева О. В."], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Паромы Ладоги: история и будущее"),
        "{n:#?}"
    );
    assert_eq!(
        n.publisher.as_deref(),
        Some("Северный морской журнал"),
        "{n:#?}"
    );
    assert_eq!(n.date.as_deref(), Some("2019"));
    let n = note(&e, "3");
    assert!(n.authors.is_empty(), "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Трамвайные маршруты города в 2019 году"),
        "{n:#?}"
    );
    assert_eq!(n.publisher.as_deref(), Some("Городской вестник Твери"));
}
