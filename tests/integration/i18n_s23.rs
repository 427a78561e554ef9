//! Quotation marks that close with the mark that opens them (the twenty-third session's
//! held-out evaluation of non-English articles): Finnish and Swedish `»…»` and `”…”` in
//! the text, and note titles in every language's marks.

use citecheck::model::{DocKind, Extraction, QuoteKind};

use crate::support::{extract_as, note, quote};

fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

fn labels(e: &Extraction, starts: &str) -> Vec<String> {
    quote(e, starts)
        .citations
        .iter()
        .filter_map(|c| c.footnote.clone())
        .collect()
}

/// `»…»` (both guillemets pointing the same way) is a quotation, in every input format, cited
/// by its marker; German `»…«` still pairs as before.
#[test]
fn same_direction_guillemets_are_quotations() {
    let md = "# Kuivuus\n\n\
              Viljelijät kuvaavat kesää »pahimmaksi neljäänkymmeneen vuoteen» [1]. \
              Ministeri lupasi »tukea kaikille tiloille ennen syksyä»:n mukaisesti [2].\n\n\
              ## Lähteet\n\n\
              1. Maaseutulehti, 3.8.2024, https://maaseutu.example.fi/kuivuus\n\
              2. Ministeriö, 5.8.2024, https://ministerio.example.fi/tiedote\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(
        texts(&e),
        [
            "pahimmaksi neljäänkymmeneen vuoteen",
            "tukea kaikille tiloille ennen syksyä"
        ]
    );
    assert_eq!(labels(&e, "pahimmaksi"), ["1"]);
    assert_eq!(labels(&e, "tukea"), ["2"]);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);

    let html = "<html><body><p>Bönderna kallar sommaren »den torraste i mannaminne»\
                <sup><a href=\"#n1\">1</a></sup>.</p>\
                <ol><li id=\"n1\">Lantbruksbladet, 2024, \
                <a href=\"https://lb.example.se/torka\">https://lb.example.se/torka</a></li></ol>\
                </body></html>";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(texts(&e), ["den torraste i mannaminne"]);
    assert_eq!(
        quote(&e, "den torraste")
            .citations
            .first()
            .and_then(|c| c.url.as_deref()),
        Some("https://lb.example.se/torka")
    );

    let text = "Han sade »vi klarar oss» och sedan »det blir en bättre höst i år». \
                Sie sagte »Wir bauen weiter« und ging.";
    let e = extract_as(DocKind::Text, text);
    assert_eq!(
        texts(&e),
        [
            "vi klarar oss",
            "det blir en bättre höst i år",
            "Wir bauen weiter"
        ]
    );
}

/// A `»` that only separates or points (`Etusivu » Uutiset`, `Lue lisää »Talous`, a `»`
/// glued between words) opens nothing, and a `»` opening each paragraph of a long quotation
/// (closed only at the end of the last) swallows no other paragraph's text.
#[test]
fn a_lone_or_separating_guillemet_swallows_nothing() {
    let text = "Etusivu » Uutiset » Talous » Kuivuus jatkuu koko maassa tänä vuonna.\n\n\
                Lue lisää »Talous ja muut alueen uutiset tänään täältä.\n\n\
                Valikko: Koti»Uutiset»Urheilu ja muut osastot sivulla.\n\n\
                Sen jälkeen hän jatkoi pitkään.\n\n\
                »Ensimmäinen kappale pitkästä lainauksesta jatkuu vielä.\n\n\
                »Toinen kappale samasta lainauksesta päättyy vihdoin tähän.»\n";
    let e = extract_as(DocKind::Text, text);
    assert_eq!(
        texts(&e),
        ["Toinen kappale samasta lainauksesta päättyy vihdoin tähän."]
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    // A block quotation wholly in `»…»` or `”…”` loses its marks, as one in `“…”` does.
    let e = extract_as(
        DocKind::Markdown,
        "Ministern skrev:\n\n> »Bron byggs före sommaren, det lovar vi alla här.»\n\n\
         Och sedan:\n\n> ”Ingen ska behöva vänta längre på vägen genom skogen.”\n",
    );
    assert_eq!(
        texts(&e),
        [
            "Bron byggs före sommaren, det lovar vi alla här.",
            "Ingen ska behöva vänta längre på vägen genom skogen."
        ]
    );
    assert!(e.quotes.iter().all(|q| q.kind == QuoteKind::Block));
}

/// A note's title is recognised in every language's quotation marks, and is then no
/// quotation: Swedish and Finnish `”…”` and `»…»`, French `«…»`, German `„…“`, `»…«` and
/// `‚…‘`, Polish `„…”` and `‚…’`, Swedish single `’…’`, Japanese `「…」` and `『…』`.
#[test]
fn note_titles_in_any_languages_marks_are_titles() {
    for (open, close) in [
        ("“", "”"),
        ("”", "”"),
        ("»", "»"),
        ("«", "»"),
        ("« ", " »"),
        ("„", "“"),
        ("„", "”"),
        ("»", "«"),
        ("‚", "‘"),
        ("‚", "’"),
        ("‘", "’"),
        ("’", "’"),
        ("「", "」"),
        ("『", "』"),
    ] {
        for (kind, doc) in [
            (
                DocKind::Markdown,
                format!(
                    "# Älgar\n\nVerket skriver att ”stammen är stabil trots årets jakt” [1].\n\n\
                     ## Källor\n\n\
                     1. Länsstyrelsen Jämtland, {open}Beslut om älgjakt i norra länet{close}, \
                     https://lst.example.se/alg\n"
                ),
            ),
            (
                DocKind::Markdown,
                format!(
                    "# Älgar\n\nVerket skriver att ”stammen är stabil trots årets jakt”[^1].\n\n\
                     [^1]: Länsstyrelsen Jämtland, {open}Beslut om älgjakt i norra länet{close}, \
                     2024, https://lst.example.se/alg\n"
                ),
            ),
        ] {
            let e = extract_as(kind, &doc);
            assert_eq!(
                texts(&e),
                ["stammen är stabil trots årets jakt"],
                "{open}…{close}"
            );
            assert_eq!(
                note(&e, "1").title.as_deref(),
                Some("Beslut om älgjakt i norra länet"),
                "{open}…{close}"
            );
        }
    }
}

/// A Finnish article: `”…”` in the text and in its notes' titles, a Swedish `’…’` inside a
/// `”…”` quotation (part of it), and a title opening its note.
#[test]
fn a_finnish_article_with_same_direction_marks() {
    let md = "# Susikanta\n\n\
              Viraston mukaan ”kanta on kasvanut tasaisesti viiden vuoden ajan” [1]. \
              Tutkija totesi: ”Metsästäjät sanovat ’ei enää’, mutta luvut kertovat muuta” [2].\n\n\
              ## Lähteet\n\n\
              1. Luonnonvarakeskus, ”Susikannan arvio 2024”, 1.3.2024, https://luke.example.fi/susi\n\
              2. ”Susi palasi metsiin”, Keskisuomalainen, 2.3.2024, https://ksml.example.fi/susi\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(
        texts(&e),
        [
            "kanta on kasvanut tasaisesti viiden vuoden ajan",
            "Metsästäjät sanovat ’ei enää’, mutta luvut kertovat muuta"
        ]
    );
    assert_eq!(labels(&e, "kanta on"), ["1"]);
    assert_eq!(labels(&e, "Metsästäjät"), ["2"]);
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("Susikannan arvio 2024")
    );
    assert_eq!(note(&e, "2").title.as_deref(), Some("Susi palasi metsiin"));
}
