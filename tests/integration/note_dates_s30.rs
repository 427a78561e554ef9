//! The thirtieth session's evaluation of articles in eleven languages: a note's date in
//! each language's own shapes (never the day the page was read), Wikipedia's entries with
//! the date in brackets after the names, and a periodical named in quotation marks.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, note};

fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// Wikipedia's entries in Spanish, `Names (day de month de year). «Title». Periodical.
/// Consultado el …`: the date is the one after the names, not the day the page was read;
/// the title is the quoted one, not the italic periodical; and that title is no quotation
/// of the article (in HTML as in Markdown).
#[test]
fn wikipedia_entry_with_its_date_after_the_names() {
    let html = "<!DOCTYPE html><html lang=\"es\"><body>\
        <p>El concejal dijo que «el tranvía llegará al puerto antes del verano»\
        <sup id=\"cite_ref-1\" class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup>.</p>\
        <h2>Referencias</h2><ol class=\"references\">\
        <li id=\"cite_note-1\"><a href=\"#cite_ref-1\">↑</a> <span class=\"reference-text\">\
        Ruiz, Ana (12 de junio de 2023). <a class=\"external text\" \
        href=\"https://gaceta.example.es/tranvia\">«El tranvía del puerto, en verano»</a>. \
        <i>Gaceta del Sur</i>. Consultado el 2 de julio de 2023.</span></li>\
        <li id=\"cite_note-2\"><span class=\"reference-text\">Autoridad Portuaria \
        (3 de mayo de 2023). <a href=\"https://puerto.example.es/plan\">Plan de movilidad</a>. \
        Consultado el 4 de julio de 2023.</span></li>\
        </ol></body></html>";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(texts(&e), ["el tranvía llegará al puerto antes del verano"]);
    let n = note(&e, "1");
    assert_eq!(n.date.as_deref(), Some("12 de junio de 2023"));
    assert_eq!(n.title.as_deref(), Some("El tranvía del puerto, en verano"));
    assert_eq!(n.authors, ["Ruiz, Ana"]);
    assert_eq!(note(&e, "2").date.as_deref(), Some("3 de mayo de 2023"));
}

/// Full dates in each language's own shape, kept as written; the day the page was read,
/// whatever the language says it with, is passed over; and a year in a title gives way to
/// the full date of that year later in the note.
#[test]
fn full_note_dates_in_many_languages() {
    let md = "Texto citado aqui.[^pt1][^pt2][^pl][^nl][^it][^sv][^ru1][^ru2][^ja][^ar1][^ar2][^de][^pt3]\n\n\
        [^pt1]: COSTA, Rui. Novo cais em Olinda. **Folha do Porto**, Olinda, 9 set. 2023. Acesso em: 2 out. 2023.\n\
        [^pt2]: «Cais reaberto». Rádio Maré. 14 de fevereiro de 2023. Consultado em 1 de março de 2023.\n\
        [^pl]: Anna Lis, Nowy przystanek przy rynku, Kurier Miejski, 5 października 2023 [dostęp 2023-11-02].\n\
        [^nl]: Gemeente Venlo, Nieuwe kademuur, 21 augustus 2023. Geraadpleegd op 3 september 2023.\n\
        [^it]: Comune di Lecco, Lavori sul lungolago, 1º luglio 2023. URL consultato il 9 luglio 2023.\n\
        [^sv]: Berg, Eva (17 oktober 2023). Ny färja till ön. Läst 20 oktober 2023.\n\
        [^ru1]: Орлов П. Новая пристань // Речной вестник. — 2023. — 12 сентября. (Дата обращения: 1 октября 2023)\n\
        [^ru2]: План 2023: причал. Управление порта (4 декабря 2023). Дата обращения: 6 декабря 2023.\n\
        [^ja]: 港湾局「新しい桟橋の計画」2023年8月9日。2023年9月1日閲覧。\n\
        [^ar1]: «رصيف جديد في الميناء»، هيئة الميناء، ٩ يوليو ٢٠٢٣، اطلع عليه بتاريخ ١ أغسطس ٢٠٢٣.\n\
        [^ar2]: سعاد كمال، «الرصيف القديم»، جريدة الساحل، 22 نوفمبر 2023، اطلع عليه بتاريخ 1 ديسمبر 2023.\n\
        [^de]: Hafenplan 2023: Kosten. Stadt Emden, 07.03.2023, abgerufen am 14.04.2023.\n\
        [^pt3]: DNIT. Laudo 2023: ponte. Brasília, 15 jan. 2023.\n";
    let e = extract_as(DocKind::Markdown, md);
    let dates = [
        ("pt1", "9 set. 2023"),
        ("pt2", "14 de fevereiro de 2023"),
        ("pl", "5 października 2023"),
        ("nl", "21 augustus 2023"),
        ("it", "1º luglio 2023"),
        ("sv", "17 oktober 2023"),
        ("ru1", "2023. — 12 сентября"),
        ("ru2", "4 декабря 2023"),
        ("ja", "2023年8月9日"),
        ("ar1", "٩ يوليو ٢٠٢٣"),
        ("ar2", "22 نوفمبر 2023"),
        ("de", "07.03.2023"),
        ("pt3", "15 jan. 2023"),
    ];
    for (label, date) in dates {
        assert_eq!(note(&e, label).date.as_deref(), Some(date), "note {label}");
    }
}

/// A notes list that names each periodical in quotation marks after the piece's title, as
/// Polish notes do: the quoted name is the note's periodical, no quotation of the article,
/// however long the title before it.
#[test]
fn quoted_periodical_in_a_notes_list_is_no_quotation() {
    let md = "Burmistrz zapowiedział, że „nowy przystanek powstanie jeszcze w tym roku”[1].\n\n\
        ## Przypisy\n\n\
        1. Anna Lis, [Nowy przystanek autobusowy przy rynku powstanie jesienią](https://kurier.example.pl/a), „Kurier Miejski”, 5 października 2023 [dostęp 2023-11-02].\n\
        2. Marek Wróbel, [Remont mostu na rzece potrwa dłużej niż zakładano](https://tyg.example.pl/b), „Tygodnik Rzeczny”, 2 listopada 2023.\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(texts(&e), ["nowy przystanek powstanie jeszcze w tym roku"]);
    let n = note(&e, "1");
    assert_eq!(n.publisher.as_deref(), Some("Kurier Miejski"));
    assert_eq!(
        n.title.as_deref(),
        Some("Nowy przystanek autobusowy przy rynku powstanie jesienią")
    );
    assert_eq!(n.authors, ["Anna Lis"]);
    assert_eq!(n.date.as_deref(), Some("5 października 2023"));
    assert_eq!(note(&e, "2").publisher.as_deref(), Some("Tygodnik Rzeczny"));
}
