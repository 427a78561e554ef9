//! Regressions of the twenty-third session's evaluations of the check stage (quotes on hard
//! pages, and in other languages): each test failed on the code before its fix. Pages are
//! built in memory (no network).

use citecheck::extract::{extract, ExtractOptions};
use citecheck::model::{Body, DocKind, Document, InputSource, Page, Quote, QuoteResult, Verdict};
use citecheck::verify::{read_page, verify_quote, Candidate, SourceText, VerifyOptions};

use super::evaluation2::{check, html};

const URL: &str = "http://127.0.0.1:9/source";

fn plain_text(text: &str) -> SourceText {
    read_page(&Page {
        final_url: URL.into(),
        status: 200,
        content_type: Some("text/plain".into()),
        body: Body::Text(text.into()),
        truncated: false,
    })
    .expect("readable")
}

fn verdict(quote: &str, src: &SourceText) -> (Verdict, QuoteResult) {
    let r = check(quote, src);
    (r.verdict, r)
}

/// The page's own `[sic]` was a word the quote "leaves out": a quote copied exactly from a
/// court opinion, `[sic]` and all, was `altered`, because the quote's `[sic]` was dropped as
/// the writer's mark and the page's was not. Now `[sic]`, `[sic!]` and `(sic)`, in any case,
/// are no words on either side: the quote verifies with the page's mark kept, left out, or
/// added by the writer, and the words around it must still be the page's.
#[test]
fn sic_reads_the_same_on_the_page_and_in_the_quote() {
    let src = html(
        "<p>The tribunal noted that the tenant's lisence [sic] had lapsed before the hearing \
         was listed.</p>\
         <p>The landlord wrote that the boiler was \u{201C}servised (SIC) every winter\u{201D} \
         without fail.</p>\
         <p>Counsel argued the notice was served on the wrong adress [sic!] twice.</p>\
         <p>The lease was renewed on the usual terms in March.</p>",
    );
    for quote in [
        "the tenant's lisence [sic] had lapsed before the hearing was listed",
        "the tenant's lisence had lapsed before the hearing was listed",
        "the tenant's lisence (sic) had lapsed before the hearing was listed",
        "the boiler was servised (sic) every winter",
        "the boiler was servised [sic] every winter",
        "the notice was served on the wrong adress [sic!] twice",
        "the notice was served on the wrong adress twice",
        // A `[sic]` the writer adds where the page has none.
        "The lease was renewed [sic] on the usual terms in March",
    ] {
        let (v, r) = verdict(quote, &src);
        assert_eq!(v, Verdict::Verified, "{quote}: {r:#?}");
        assert!(r.differences.is_empty(), "{quote}: {:?}", r.differences);
    }
    let (v, r) = verdict(
        "the tenant's lisence [sic] had lapsed before the hearing was listed",
        &src,
    );
    assert_eq!(v, Verdict::Verified);
    assert_eq!(
        r.match_kind,
        Some(citecheck::model::MatchKind::Exact),
        "{r:#?}"
    );
    // The word `[sic]` marks is still the page's word.
    let (v, r) = verdict(
        "the tenant's licence [sic] had lapsed before the hearing was listed",
        &src,
    );
    assert_eq!(v, Verdict::Altered, "{r:#?}");
    // `sic` as a word of the text (not an editor's mark) is a word.
    let (v, _) = verdict(
        "the lease was renewed sic on the usual terms in March",
        &src,
    );
    assert_eq!(v, Verdict::Altered);
}

/// A word hyphenated across line breaks at two different places on one page
/// (`vaccin-⏎ation` and, further on, `vacci-⏎nation`): the page's index kept only the first
/// break, so a correct quote of the second was `altered` ("vaccination" against
/// "vacci- nation"). Each break now gives its own reading.
#[test]
fn a_word_broken_at_two_places_on_one_page_verifies() {
    let src = plain_text(
        "Uptake of childhood vaccin-\nation fell in the two northern districts.\n\
         The survey found that school-based vacci-\nnation reached 91 percent of pupils,\n\
         and that vaccination by family doctors lagged behind.\n\
         A second campaign of vaccina-\ntion is planned for the spring of next year.\n",
    );
    for quote in [
        "Uptake of childhood vaccination fell in the two northern districts",
        "school-based vaccination reached 91 percent of pupils",
        "A second campaign of vaccination is planned for the spring",
        // Two broken words in one quote, each at its own place.
        "childhood vaccination fell in the two northern districts. The survey found that school-based vaccination reached 91 percent",
    ] {
        let (v, r) = verdict(quote, &src);
        assert_eq!(v, Verdict::Verified, "{quote}: {r:#?}");
    }
    let (v, r) = verdict(
        "school-based vaccination reached 19 percent of pupils",
        &src,
    );
    assert_eq!(v, Verdict::Altered, "{r:#?}");
}

/// A Korean quote ends before the particle Korean grammar puts after the closing mark
/// (`“…늘리겠다”고 밝혔다`); a page that does not mark the quotation writes the particle
/// on the word (`…늘리겠다고 밝혔다`). The quote was `altered` ("늘리겠다" against
/// "늘리겠다고"). A Hangul quote's last word now matches the page's word with a particle
/// after it (quotative `고`, `라고`, `며`, `라며`, `면서`, `는`, case particles), and the
/// quote's words the page spaces apart while a heading writes them as one still read as
/// one spacing. An ending that is no particle (`했다면`, "if it had") is still a change, and
/// so is a Latin-script word that is only the start of the page's (`permit`,
/// `permitted`).
#[test]
fn a_korean_quote_ends_before_the_particle_after_it() {
    let src = html(
        "<h1>공공보육 확대 방안</h1>\
         <p>교육부는 공공 보육 교사를 2028년까지 5천 명 늘리겠다고 밝혔다. 이를 위해 \
         예산을 확대한다.</p>\
         <p>시장은 \u{201C}주민의 목소리를 먼저 듣겠다\u{201D}며 계획을 미뤘다.</p>\
         <p>위원장은 재정이 허락한다면 노선을 연장했을 것이라고 말했다. 그는 노선을 \
         연장했다면 승객이 늘었을 것이라고 덧붙였다.</p>\
         <p>The council said the permit was granted on appeal in May.</p>",
    );
    for quote in [
        "공공 보육 교사를 2028년까지 5천 명 늘리겠다",
        "공공보육 교사를 2028년까지 5천 명 늘리겠다",
        "주민의 목소리를 먼저 듣겠다",
        "교육부는 공공 보육 교사를 2028년까지 5천 명 늘리겠다고 밝혔다",
    ] {
        let (v, r) = verdict(quote, &src);
        assert_eq!(v, Verdict::Verified, "{quote}: {r:#?}");
    }
    let (v, r) = verdict("공공 보육 교사를 2028년까지 5천 명 늘리겠다", &src);
    assert_eq!(v, Verdict::Verified);
    assert_ne!(
        r.match_kind,
        Some(citecheck::model::MatchKind::Minor),
        "the particle is no difference: {r:#?}"
    );
    // `연장했` + `다면` ("if it had"): no particle, a change of meaning.
    let (v, r) = verdict("그는 노선을 연장했 승객이 늘었을 것이라고", &src);
    assert_ne!(v, Verdict::Verified, "{r:#?}");
    let (v, r) = verdict("그는 노선을 연장했다 승객이 늘었을 것이라고 덧붙였다", &src);
    assert_ne!(v, Verdict::Verified, "{r:#?}");
    // Latin script: a word's start is no word.
    let (v, r) = verdict("The council said the permit was grant", &src);
    assert_ne!(v, Verdict::Verified, "{r:#?}");

    // Japanese: a quote cut before `と` (the page's `」と述べた`) was and stays verified.
    let ja =
        html("<p>市長は「駅前の再開発を来年度から始める」と述べた。住民説明会は来月開かれる。</p>");
    let (v, r) = verdict("駅前の再開発を来年度から始める", &ja);
    assert_eq!(v, Verdict::Verified, "{r:#?}");
}

fn markdown(text: &str) -> Vec<Quote> {
    let doc = Document {
        source: InputSource::Stdin,
        kind: DocKind::Markdown,
        text: text.to_string(),
        base_url: None,
        warnings: Vec::new(),
        bibliographies: Vec::new(),
    };
    extract(&doc, &ExtractOptions::default()).quotes
}

fn check_quote(q: &Quote, src: &SourceText) -> QuoteResult {
    let candidates = [Candidate {
        url: URL,
        source: Ok(src),
    }];
    verify_quote(q, "a.md", &candidates, &VerifyOptions::default())
}

const SPANISH: &str = "<p>El ayuntamiento de Valdemora informó el martes de que el agua del \
    embalse no es apta para el consumo humano hasta nuevo aviso. Según el comunicado, los \
    análisis del laboratorio regional detectaron niveles de nitratos por encima del límite \
    legal en tres de las cinco muestras tomadas la semana pasada.</p>\
    <p>La alcaldesa pidió a los vecinos que usen agua embotellada para beber y cocinar, y \
    anunció que la empresa municipal repartirá garrafas en los barrios más afectados desde \
    el miércoles. Los colegios y el centro de salud recibirán suministro por camiones \
    cisterna mientras dure la restricción.</p>\
    <p>Los agricultores de la comarca atribuyen la contaminación al uso de fertilizantes en \
    las fincas cercanas, aunque la consejería todavía no ha confirmado el origen.</p>";

/// An English quote of a Spanish page, in the writer's own translation, was `not_found`,
/// which tells an editor the quote is made up. Now a quote not found is `unverifiable`
/// when the article says it is a translation (its note or its sentence: `our translation`,
/// `translated by`, `(trans.)`, `traducción propia`, `Übersetzung`, …) or when the page
/// is plainly in another language than the quote (its little words, or its script); the
/// reason says so. A quote in the page's language that is not there is still `not_found`,
/// and a quote that matches keeps its verdict.
#[test]
fn a_translated_quote_not_on_its_page_is_unverifiable() {
    let src = html(SPANISH);
    // Said in the note, and in the sentence; in other languages too.
    for article in [
        "The mayor said the water \u{201C}is not safe for people to drink until further \
         notice\u{201D}.[^1]\n\n[^1]: Ayuntamiento de Valdemora, press release (our \
         translation), http://127.0.0.1:9/source\n",
        "The mayor said the water \u{201C}is not safe for people to drink until further \
         notice\u{201D} (translated by the author).[^1]\n\n[^1]: Ayuntamiento de \
         Valdemora, http://127.0.0.1:9/source\n",
        "Die Bürgermeisterin sagte, das Wasser sei \u{201E}bis auf Weiteres nicht zum \
         Trinken geeignet\u{201C}.[^1]\n\n[^1]: Ayuntamiento de Valdemora, Pressemitteilung \
         (eigene Übersetzung), http://127.0.0.1:9/source\n",
    ] {
        let quotes = markdown(article);
        assert_eq!(quotes.len(), 1, "{article}");
        let r = check_quote(&quotes[0], &src);
        assert_eq!(r.verdict, Verdict::Unverifiable, "{article}: {r:#?}");
        assert!(r.detail.contains("translation"), "{}", r.detail);
    }
    // Nothing says so, but the page is Spanish and the quote English.
    let quotes = markdown(
        "The mayor said the water \u{201C}is not safe for people to drink until further \
         notice\u{201D}.[^1]\n\n[^1]: Ayuntamiento de Valdemora, http://127.0.0.1:9/source\n",
    );
    let r = check_quote(&quotes[0], &src);
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(
        r.detail.contains("Spanish") && r.detail.contains("English"),
        "{}",
        r.detail
    );
    // The quote in the page's own words keeps its verdict, said to be a translation or not.
    let quotes = markdown(
        "La alcaldesa dijo que el agua \u{201C}no es apta para el consumo humano hasta \
         nuevo aviso\u{201D}.[^1] Y que \u{201C}los colegios recibirán suministro por \
         barcos\u{201D}.[^1]\n\n[^1]: Ayuntamiento de Valdemora (our translation), \
         http://127.0.0.1:9/source\n",
    );
    assert_eq!(check_quote(&quotes[0], &src).verdict, Verdict::Verified);
    assert_eq!(check_quote(&quotes[1], &src).verdict, Verdict::Altered);
    // A Spanish quote the Spanish page does not have is not found.
    let r = check(
        "el alcalde prometió construir una nueva planta potabilizadora",
        &src,
    );
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");

    // An English quote missing from an English page is not found, whatever its note's
    // journal abbreviations (`IEEE Trans.` is no translator).
    let en = html(
        "<p>The regional water board said on Tuesday that the reservoir remains safe and \
         that tests carried out by its laboratory found no trace of nitrates above the \
         legal limit. The board will publish the full results on its website, and it has \
         asked residents to report any change in the taste or colour of their water.</p>\
         <p>Farmers in the valley said they had not changed the way they use fertiliser \
         for several years, and that they would cooperate with any inquiry into the \
         quality of the water that the board decides to open.</p>",
    );
    let quotes = markdown(
        "The board said the water \u{201C}is not safe for people to drink until further \
         notice\u{201D}.[^1]\n\n[^1]: A. Moreno, \u{201C}Nitrate monitoring in reservoirs\
         ,\u{201D} IEEE Trans. Geosci. Remote Sens., 2021, http://127.0.0.1:9/source\n",
    );
    let r = check_quote(&quotes[0], &en);
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");

    // Another script: an English quote of a Russian page.
    let ru = html(
        "<p>Городская администрация сообщила во вторник, что вода из водохранилища не \
         пригодна для питья до особого распоряжения. По данным лаборатории, уровень \
         нитратов превысил допустимую норму в трёх пробах из пяти, взятых на прошлой \
         неделе. Жителям рекомендовано пользоваться бутилированной водой, а школы и \
         поликлиника будут получать воду из цистерн, пока действует ограничение. \
         Фермеры района считают, что причиной загрязнения стали удобрения, которые \
         используются на соседних полях, однако министерство пока не подтвердило это. \
         Результаты повторных анализов обещают опубликовать в течение недели.</p>",
    );
    let r = check("is not fit to drink until further notice", &ru);
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(r.detail.contains("Cyrillic"), "{}", r.detail);
}

/// A quote missing from a page of lorem ipsum was `unverifiable` ("the page is in Czech"):
/// the page's only little word, `do` (a twelfth of its words), was taken for Czech. A page
/// is in a language only when several of its little words are there, none most of them; a
/// real page in another language still is.
#[test]
fn one_repeated_little_word_makes_no_language() {
    let filler: Vec<&str> =
        "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"
            .split(' ')
            .collect();
    let page: Vec<&str> = (0..600)
        .map(|i| filler[(i * 7 + i / 5) % filler.len()])
        .collect();
    let src = html(&format!("<p>{}</p>", page.join(" ")));
    let r = check(
        "the record of the harbour and the tide was kept by the crew of the ship",
        &src,
    );
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    // The Spanish page is still Spanish.
    let r = check(
        "the mayor promised that the new plant would be built by the end of the year",
        &html(SPANISH),
    );
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
}
