//! The fifty-second session's author–date citations in other languages: a body's entry in
//! the German `Name (Jahr): Titel.` shape (its name with small words, `für`, or one word),
//! and a narrative citation with another language's page locator (`S. 42`, `pág. 7`,
//! `blz. 3`) introducing a block quotation.

use citecheck::model::{Attribution, DocKind, Extraction};

use crate::support::{cites, extract_as, extract_markdown, note, texts};

fn warnings(e: &Extraction) -> Vec<&str> {
    e.warnings.iter().map(|w| w.message.as_str()).collect()
}

/// `Landesamt für Wasserwirtschaft Brennfeld (2021): Jahresbericht …`: the German entry of
/// a body named with a small word, and of one named in one word beside a person's entry,
/// is read, and the quotes citing them are tied to them, with no warning.
#[test]
fn a_german_bodys_entry_with_a_colon_after_its_year_is_read() {
    let md = "Das Landesamt gestand, dass \u{201E}die Pegel an den meisten Messstellen \
              stärker gefallen sind als erwartet\u{201C} (Landesamt für Wasserwirtschaft \
              Brennfeld 2021, S. 9).\n\n\
              Später heißt es, \u{201E}die Brunnen der Hochebene werden im Sommer knapp\u{201C} \
              (Wasseramt Kellfurt 2019, S. 3). Halvorsen nennt das \u{201E}eine stille \
              Krise unter unseren Füßen\u{201C} (Halvorsen 2020, S. 61).\n\n\
              ## Literatur\n\n\
              Halvorsen, Ingrid (2020): Brunnen und Böden. Eine Geschichte des Grundwassers. \
              Kiel: Uferverlag.\n\n\
              Landesamt für Wasserwirtschaft Brennfeld (2021): Jahresbericht zur \
              Grundwasserlage. Brennfeld. https://wasser.brennfeld.example/bericht-2021.pdf\n\n\
              Wasseramt Kellfurt (2019): Versorgungslage der Hochebene. Kellfurt.\n";
    let text = md.replace("## Literatur", "Literatur");
    for (kind, doc) in [(DocKind::Markdown, md), (DocKind::Text, text.as_str())] {
        let e = extract_as(kind, doc);
        assert_eq!(
            texts(&e),
            [
                "die Pegel an den meisten Messstellen stärker gefallen sind als erwartet",
                "die Brunnen der Hochebene werden im Sommer knapp",
                "eine stille Krise unter unseren Füßen",
            ],
            "{kind:?}"
        );
        assert_eq!(
            cites(&e, "die Pegel"),
            [(
                Some("Landesamt für Wasserwirtschaft Brennfeld 2021"),
                Attribution::MarkerAfter
            )],
            "{kind:?}"
        );
        assert_eq!(
            cites(&e, "die Brunnen"),
            [(Some("Wasseramt Kellfurt 2019"), Attribution::MarkerAfter)],
            "{kind:?}"
        );
        assert_eq!(
            cites(&e, "eine stille Krise"),
            [(Some("Halvorsen 2020"), Attribution::MarkerAfter)],
            "{kind:?}"
        );
        // (The colon after the year is no part of the title; the subtitle before the place
        // and publisher is.)
        assert_eq!(
            note(&e, "Halvorsen 2020").title.as_deref(),
            Some("Brunnen und Böden. Eine Geschichte des Grundwassers"),
            "{kind:?}"
        );
        let body = note(&e, "Landesamt für Wasserwirtschaft Brennfeld 2021");
        assert_eq!(
            body.urls,
            ["https://wasser.brennfeld.example/bericht-2021.pdf"],
            "{kind:?}"
        );
        assert!(warnings(&e).is_empty(), "{kind:?}: {:?}", warnings(&e));
    }
}

/// The one-word body's entry beside a person's, alone: no "no entry" warning, so that
/// `extract` succeeds on a clean document.
#[test]
fn a_one_word_bodys_german_entry_is_no_missing_entry() {
    let e = extract_markdown(
        "Die Behörde schrieb, \u{201E}die Brunnen der Hochebene werden im Sommer \
         knapp\u{201C} (Wasseramt Kellfurt 2019, S. 3). Halvorsen nennt das \u{201E}eine \
         stille Krise unter unseren Füßen\u{201C} (Halvorsen 2020, S. 61).\n\n\
         ## Literatur\n\n\
         Halvorsen, Ingrid (2020): Brunnen und Böden. Kiel: Uferverlag.\n\n\
         Wasseramt Kellfurt (2019): Versorgungslage der Hochebene. Kellfurt.\n",
    );
    assert_eq!(
        cites(&e, "die Brunnen"),
        [(Some("Wasseramt Kellfurt 2019"), Attribution::MarkerAfter)]
    );
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
}

/// `Kowalczyk und Brandt (2018, S. 42) beschreiben das so:` over a block quotation: the
/// block is tied to the entry, as with `(2018)` alone or English `(2018, p. 42)`; so with
/// the page locators of other languages.
#[test]
fn a_narrative_citation_with_a_foreign_page_locator_cites_the_block() {
    let cases = [
        ("Kowalczyk und Brandt", "S. 42", "beschreiben das so:"),
        ("Kowalczyk et Brandt", "p. 42", "le résument ainsi :"),
        ("Kowalczyk y Brandt", "pág. 42", "lo resumen así:"),
        ("Kowalczyk y Brandt", "págs. 42–43", "lo resumen así:"),
        ("Kowalczyk en Brandt", "blz. 42", "vatten het zo samen:"),
        ("Kowalczyk och Brandt", "s. 42", "sammanfattar det så här:"),
        ("Kowalczyk i Brandt", "str. 42", "podsumowują to tak:"),
        ("Kowalczyk und Brandt", "Nr. 42", "beschreiben das so:"),
        ("Kowalczyk and Brandt", "pp. 42–43", "put it this way:"),
    ];
    let block = "Wer den Fluss kennt, baut nicht am Ufer, sondern auf dem Hang darüber, \
                 wo das Hochwasser nie hinkommt.";
    for (names, locator, verb) in cases {
        let md = format!(
            "Die Befragung der Anwohner ist aufschlussreich.\n\n\
             {names} (2018, {locator}) {verb}\n\n\
             > {block}\n\n\
             ## Literatur\n\n\
             Kowalczyk, Marta; Brandt, Ole (2018): Leben am Fluss. Eine Befragung. In: \
             Zeitschrift für Flussforschung 12 (3), S. 30–51.\n"
        );
        let text = md.replace("## Literatur", "Literatur");
        for (kind, doc) in [
            (DocKind::Markdown, md.as_str()),
            (DocKind::Text, text.as_str()),
        ] {
            let e = extract_as(kind, doc);
            assert_eq!(texts(&e), [block], "{kind:?} {locator}");
            assert_eq!(
                cites(&e, "Wer den Fluss"),
                [(Some("Kowalczyk & Brandt 2018"), Attribution::IntroMarker)],
                "{kind:?} {locator}"
            );
            assert!(
                warnings(&e).is_empty(),
                "{kind:?} {locator}: {:?}",
                warnings(&e)
            );
        }
    }
}

/// A note that is only a short citation with another language's page (`Kowalczyk und
/// Brandt 2018, S. 42 f.`, `…, blz. 3.`) cites the entry's work: it takes the entry's URL,
/// as with `p. 42`.
#[test]
fn a_short_note_with_a_foreign_page_takes_its_entrys_url() {
    for short in [
        "Kowalczyk und Brandt 2018, S. 42 f.",
        "Kowalczyk und Brandt 2018, S. 42.",
        "Kowalczyk en Brandt 2018, blz. 3.",
        "Kowalczyk y Brandt 2018, pág. 7.",
    ] {
        let e = extract_markdown(&format!(
            "Die Anwohner sagten, \u{201E}man baue nicht am Ufer\u{201C}.[^1]\n\n\
             [^1]: {short}\n\n\
             ## Literatur\n\n\
             Kowalczyk, Marta; Brandt, Ole (2018): Leben am Fluss. Eine Befragung. In: \
             Zeitschrift für Flussforschung 12 (3), S. 30–51. https://fluss.example/leben\n"
        ));
        assert_eq!(
            note(&e, "1").urls,
            ["https://fluss.example/leben"],
            "{short}"
        );
        assert_eq!(
            cites(&e, "man baue"),
            [(Some("1"), Attribution::MarkerAfter)],
            "{short}"
        );
        assert!(warnings(&e).is_empty(), "{short}: {:?}", warnings(&e));
    }
}
