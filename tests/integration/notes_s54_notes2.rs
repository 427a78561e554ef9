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

/// A year closing a title's words (`Hamnplan 2040`, `Rapport d'activité 2021`,
/// `‘Groene kades 2030’`) is what the title is about: a date opening a later segment is the
/// note's. A body's name before the title is the author (a Swedish office named in one
/// word, a French association), and a French access date is no publisher. Before, the year
/// in the title was the date and no title was read.
#[test]
fn a_year_inside_a_title_is_not_the_notes_date() {
    let e = extract_markdown(
        "Ett.[^1] Deux.[^2] Drie.[^3]\n\n\
         [^1]: Hamnkontoret, Hamnplan 2040, 2021.\n\
         [^2]: Association des pêcheurs de Port-Joli, Rapport d'activité 2021, juin 2022, \
         https://peche.example.org/rapport.pdf, consulté le 2 juillet 2022.\n\
         [^3]: Gemeente Zwolle, raadsbrief ‘Groene kades 2030’, 9 april 2023\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Hamnkontoret"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Hamnplan 2040"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2021"), "{n:#?}");
    let n = note(&e, "2");
    assert_eq!(
        n.authors,
        ["Association des pêcheurs de Port-Joli"],
        "{n:#?}"
    );
    assert_eq!(
        n.title.as_deref(),
        Some("Rapport d'activité 2021"),
        "{n:#?}"
    );
    assert_eq!(n.date.as_deref(), Some("juin 2022"), "{n:#?}");
    assert_eq!(n.publisher, None, "{n:#?}");
    let n = note(&e, "3");
    assert_eq!(n.date.as_deref(), Some("9 april 2023"), "{n:#?}");
}

/// A body named in one compound word before a kind of document or a title
/// (`Landesverwaltungsgericht, Urteil vom …`, `Skånetrafiken, pressmeddelande, …`), a
/// Swedish forum, and a German firm closing with `& Partner`: the author. Before, no
/// author was read.
#[test]
fn bodies_named_in_other_languages_before_a_document() {
    let e = extract_markdown(
        "Eins.[^1] Två.[^2] Tre.[^3] Vier.[^4]\n\n\
         [^1]: Landesverwaltungsgericht, Urteil vom 3. Mai 2019, 4 K 88/18, Rn. 12.\n\
         [^2]: Skånetrafiken, pressmeddelande, 3 juni 2023\n\
         [^3]: Cykelforum Syd, Enkät om cykelparkering 2023, oktober 2023\n\
         [^4]: Ingenieurbüro Lange & Partner, Gutachten Uferweg Süd, 2. Juni 2020, S. 4.\n",
    );
    for (label, name) in [
        ("1", "Landesverwaltungsgericht"),
        ("2", "Skånetrafiken"),
        ("3", "Cykelforum Syd"),
        ("4", "Ingenieurbüro Lange & Partner"),
    ] {
        let n = note(&e, label);
        assert_eq!(n.authors, [name], "{n:#?}");
    }
    assert_eq!(
        note(&e, "3").title.as_deref(),
        Some("Enkät om cykelparkering 2023")
    );
    assert_eq!(note(&e, "3").date.as_deref(), Some("oktober 2023"));
    let n = note(&e, "4");
    assert_eq!(n.title.as_deref(), Some("Gutachten Uferweg Süd"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2. Juni 2020"), "{n:#?}");
}

/// Czech notes: ISO 690's `[cit. 2023-11-20]` is when the page was read, never the work's
/// date; months in the genitive (`12. října 2023`, `3. září 2022`) are dates; a town's
/// office (`Statutární město Olomouc`) before a kind of document is the author. Before,
/// the reading day or the bare year was the date and no author was read.
#[test]
fn czech_dates_and_reading_days() {
    let e = extract_markdown(
        "Jedna.[^1] Dvě.[^2] Tři.[^3]\n\n\
         [^1]: Statutární město Olomouc, tisková zpráva, 12. října 2023, \
         https://olomouc.example.org/zpravy/1 [cit. 2023-11-20].\n\
         [^2]: DVOŘÁK, Petr. Lávka přes Moravu. *Hanácký týdeník*. 3. září 2022, s. 7.\n\
         [^3]: Obec Lhota, zpravodaj, 1. prosince 2021, https://lhota.example.org/z \
         [citováno 2022-01-05].\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.date.as_deref(), Some("12. října 2023"), "{n:#?}");
    assert_eq!(n.authors, ["Statutární město Olomouc"], "{n:#?}");
    let n = note(&e, "2");
    assert_eq!(n.date.as_deref(), Some("3. září 2022"), "{n:#?}");
    let n = note(&e, "3");
    assert_eq!(n.date.as_deref(), Some("1. prosince 2021"), "{n:#?}");
}

/// The city where a book came out, between commas as notes in other languages give it
/// (`Lyon, Presses du Rhône, 2016`, `Den Haag, 2021`), is no publisher: the name after it
/// is, or none; ABNT's place followed by the date (`Itajubá, 3 de maio de 2023`) names
/// none. A Dutch body's name before the italic title is the author. Before, the city was
/// the publisher and the body no author.
#[test]
fn places_of_publication_are_no_publishers() {
    let e = extract_markdown(
        "Un.[^1] Twee.[^2] Três.[^3]\n\n\
         [^1]: Claire Morel et Hugo Baptiste, *Les halles couvertes*, Lyon, Presses du Rhône, \
         2016.\n\
         [^2]: Rijksbureau voor de Binnenvaart, *Varen in de stad: een overzicht*, Den Haag, \
         2021, p. 8\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.publisher.as_deref(), Some("Presses du Rhône"), "{n:#?}");
    let n = note(&e, "2");
    assert_eq!(n.publisher, None, "{n:#?}");
    assert_eq!(n.authors, ["Rijksbureau voor de Binnenvaart"], "{n:#?}");
    let e = extract_as(
        DocKind::Text,
        "Texto [1].\n\nReferências\n\n\
         [1] ASSOCIAÇÃO DOS PRODUTORES DE LEITE. Relatório de seca 2023. Itajubá, 3 de maio \
         de 2023.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.publisher, None, "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("3 de maio de 2023"), "{n:#?}");
}

/// A Romance newspaper's name opening with its head word (`Diario de la Vega`, `Jornal do
/// Vale`, `Gazzetta di Parma`) before the quoted title is its publisher, not its author.
/// Before, it was the author, or neither.
#[test]
fn romance_newspapers_before_a_quoted_title() {
    let e = extract_markdown(
        "Uno.[^1] Dois.[^2] Tre.[^3]\n\n\
         [^1]: Diario de la Vega, «La biblioteca municipal amplía su horario», 2 de mayo de \
         2022.\n\
         [^2]: Jornal do Vale, “Ponte nova abre em julho”, 3 de junho de 2023.\n\
         [^3]: Gazzetta di Parma, «Il mercato coperto riapre», 9 marzo 2021.\n",
    );
    for (label, paper) in [
        ("1", "Diario de la Vega"),
        ("2", "Jornal do Vale"),
        ("3", "Gazzetta di Parma"),
    ] {
        let n = note(&e, label);
        assert!(n.authors.is_empty(), "{n:#?}");
        assert_eq!(n.publisher.as_deref(), Some(paper), "{n:#?}");
    }
}

/// GB/T 7714 entries (Chinese reference lists): the names before the first stop, the title
/// glued to its type code (`[J]`, `[M]`, `[EB/OL]`), the journal after a `[J]` and the
/// publisher after a book's place as the publisher, an online item's date in brackets.
/// Before, only the year was read.
#[test]
fn gbt_7714_entries() {
    let e = extract_markdown(
        "一。[^1] 二。[^2] 三。[^3]\n\n\
         [^1]: 陈静. 老旧小区改造中的停车难题[J]. 城市交通研究, 2021, 9(2): 12-20.\n\
         [^2]: 赵刚, 孙梅. 河道景观设计[M]. 上海: 同济大学出版社, 2019.\n\
         [^3]: 杭州市园林文物局. 关于开展湖滨绿道养护的通告[EB/OL]. (2023-06-01)[2023-07-15].\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["陈静"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("老旧小区改造中的停车难题"),
        "{n:#?}"
    );
    assert_eq!(n.publisher.as_deref(), Some("城市交通研究"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2021"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["赵刚", "孙梅"], "{n:#?}");
    assert_eq!(n.publisher.as_deref(), Some("同济大学出版社"), "{n:#?}");
    let n = note(&e, "3");
    assert_eq!(n.authors, ["杭州市园林文物局"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("关于开展湖滨绿道养护的通告"),
        "{n:#?}"
    );
    assert_eq!(n.publisher, None, "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2023-06-01"), "{n:#?}");
}

/// German books cited with a colon after the names: a person's (`Vgl. Anna Roth: Der
/// Hafen bei Nacht. Eine Stadtgeschichte. Hamburg: Möwen Verlag 2015.`), the title with
/// its subtitle, the publisher after the place's colon; a body's as editor (`… (Hrsg.):
/// Radwege im Wandel. Kassel 2019, S. 4–6.`), only its town after the title. Before, only
/// the year was read.
#[test]
fn german_books_with_a_colon_after_the_names() {
    let e = extract_markdown(
        "Eins.[^1] Zwei.[^2]\n\n\
         [^1]: Vgl. Anna Roth: Der Hafen bei Nacht. Eine Stadtgeschichte. Hamburg: Möwen \
         Verlag 2015.\n\
         [^2]: Landesamt für Radverkehr (Hrsg.): Radwege im Wandel. Kassel 2019, S. 4–6.\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.authors, ["Anna Roth"], "{n:#?}");
    assert_eq!(
        n.title.as_deref(),
        Some("Der Hafen bei Nacht. Eine Stadtgeschichte"),
        "{n:#?}"
    );
    assert_eq!(n.publisher.as_deref(), Some("Möwen Verlag"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2015"));
    let n = note(&e, "2");
    assert_eq!(n.authors, ["Landesamt für Radverkehr"], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Radwege im Wandel"), "{n:#?}");
    assert_eq!(n.publisher, None, "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2019"));
}
