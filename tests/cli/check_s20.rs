//! Regressions from the twentieth session's held-out evaluation of the check stage: each
//! article is checked by the real binary against pages served on a loopback server, and each
//! case gave a wrong verdict or status before its fix.

use citecheck::model::{LinkStatus, MatchKind, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, one_page_pdf, quote_result as quote};

/// A short PDF or plain-text source runs no script: a quote not on it is `not_found`. It
/// was `unverifiable` as if the page were an app shell whose text JavaScript fills in.
#[test]
fn a_short_pdf_or_text_source_is_the_whole_page() {
    let notice = "The ferry will stop for repairs in the second week of May.";
    let report = check_article(
        vec![
            (
                "/notice.pdf",
                Response::status(200)
                    .header("Content-Type", "application/pdf")
                    .body(one_page_pdf(&[notice])),
            ),
            ("/notice.txt", Response::text(notice)),
        ],
        "The PDF says “The museum will open a new wing for local history next spring” \
         ([PDF](BASE/notice.pdf)).\n\n\
         The text says “The lighthouse keeper retired after forty years of service” \
         ([text](BASE/notice.txt)).\n\n\
         Both say “The ferry will stop for repairs in the second week of May” \
         ([text](BASE/notice.txt)).\n",
    );
    for start in ["The museum will open", "The lighthouse"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
        assert!(!r.detail.contains("JavaScript"), "{r:#?}");
    }
    assert_eq!(
        quote(&report, "The ferry will stop for repairs in the second").verdict,
        Verdict::Verified
    );
}

/// A note call written without `<sup>` (`the plan.<a href="#cite-3">[3]</a> It added`,
/// `<a class="footnote-ref" href="#fn4">[4]</a>`) is no part of the sentence: a quote
/// leaving it out was `altered` ("number changed").
#[test]
fn note_calls_without_superscript_are_not_page_text() {
    let report = check_article(
        vec![(
            "/minutes.html",
            Response::html(
                "<html><body><article>\
                 <p>The board agreed to reopen the library.<a href=\"#cite-3\">[3]</a> It \
                 promised that opening hours would be extended in winter.</p>\
                 <p>Fees will fall by 30p<a class=\"footnote-ref\" href=\"#fn4\">[4]</a> \
                 from March, the board said.</p>\
                 </article><ol><li id=\"cite-3\">Board minutes.</li>\
                 <li id=\"fn4\">Fee schedule.</li></ol></body></html>",
            ),
        )],
        "“The board agreed to reopen the library. It promised that opening hours would be \
         extended in winter” ([minutes](BASE/minutes.html)).\n\n\
         “Fees will fall by 30p from March, the board said” ([minutes](BASE/minutes.html)).\n",
    );
    for start in ["The board agreed", "Fees will fall"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    }
}

/// British and American spellings that follow no suffix rule are one word: `paediatric`
/// and `pediatric`, `grey` and `gray`, `jewellery` and `jewelry` (`minor`, as `colour` and
/// `color` are). They were `altered`.
#[test]
fn more_british_and_american_spellings_are_minor() {
    let report = check_article(
        vec![(
            "/ward.html",
            Response::html(
                "<html><body><article>\
                 <p>The paediatric ward was painted grey and the anaesthetic room was moved.</p>\
                 <p>Stolen jewellery and woollen blankets were found in the mould-stained shed.</p>\
                 </article></body></html>",
            ),
        )],
        "“The pediatric ward was painted gray and the anesthetic room was moved” \
         ([report](BASE/ward.html)).\n\n\
         “Stolen jewelry and woolen blankets were found in the mold-stained shed” \
         ([report](BASE/ward.html)).\n",
    );
    for start in ["The pediatric", "Stolen jewelry"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.match_kind, Some(MatchKind::Minor), "{r:#?}");
    }
}

/// A page that sends its reader on with an HTTP `Refresh` header (`0; url=/new.html`) is
/// followed as a `<meta http-equiv="refresh">` is: the link is `redirected` and the quote
/// checked on the page it lands on. The stub was read as the page (`not_found`).
#[test]
fn a_refresh_header_is_followed() {
    let report = check_article(
        vec![
            (
                "/old.html",
                Response::html("<p>This page has moved.</p>").header("Refresh", "0; url=/new.html"),
            ),
            (
                "/new.html",
                Response::html(
                    "<html><body><article><p>The harbour master retired after thirty years \
                     at the port.</p></article></body></html>",
                ),
            ),
        ],
        "“The harbour master retired after thirty years at the port” ([news](BASE/old.html)).\n",
    );
    let link = report
        .links
        .iter()
        .find(|l| l.url.ends_with("/old.html"))
        .expect("link");
    assert_eq!(link.status, LinkStatus::Redirected, "{link:#?}");
    assert_eq!(
        quote(&report, "The harbour master").verdict,
        Verdict::Verified
    );
}

/// A number the page writes in French or Spanish words and the quote in digits is the same
/// number (`minor`, as `twenty-four`/`24` is): `Quarante-deux` was read as `deux`, and the
/// quote was `altered` with a false "number changed". A different number still is one.
#[test]
fn french_and_spanish_numbers_in_words_are_their_value() {
    let report = check_article(
        vec![
            (
                "/marche.html",
                Response::html(
                    "<html lang=\"fr\"><body><article>\
                     <p>Quarante-deux commerçants ont signé leur bail pour le nouveau marché.</p>\
                     <p>Le chantier durera dix-huit mois et coûtera trois millions d'euros.</p>\
                     </article></body></html>",
                ),
            ),
            (
                "/mercado.html",
                Response::html(
                    "<html lang=\"es\"><body><article>\
                     <p>El ayuntamiento abrirá cuarenta y dos puestos nuevos en el mercado \
                     central.</p></article></body></html>",
                ),
            ),
        ],
        "Selon la mairie, « 42 commerçants ont signé leur bail pour le nouveau marché » \
         ([article](BASE/marche.html)).\n\n\
         Elle ajoute : « Le chantier durera 18 mois et coûtera 3 millions d'euros » \
         ([article](BASE/marche.html)).\n\n\
         Un autre article affirme que « 43 commerçants ont signé leur bail pour le nouveau \
         marché » ([article](BASE/marche.html)).\n\n\
         Según el diario, «El ayuntamiento abrirá 42 puestos nuevos en el mercado central» \
         ([nota](BASE/mercado.html)).\n",
    );
    for start in ["42 commerçants", "Le chantier", "El ayuntamiento"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.match_kind, Some(MatchKind::Minor), "{r:#?}");
    }
    let r = quote(&report, "43 commerçants");
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        r.differences
            .iter()
            .any(|d| d.note.as_deref() == Some("number changed")),
        "{r:#?}"
    );
}

/// A negating `in-`/`im-` taken off an adjective (`insuficiente` → `suficiente`,
/// `impossible` → `possible`) reverses the claim as a dropped `not` does: the difference is
/// noted "negation removed". The quote was `altered` with no note.
#[test]
fn a_dropped_in_prefix_is_a_removed_negation() {
    let report = check_article(
        vec![(
            "/obra.html",
            Response::html(
                "<html><body><article>\
                 <p>El informe concluye que el presupuesto es insuficiente para terminar la obra.</p>\
                 <p>The engineers said that finishing the bridge this year was impossible.</p>\
                 </article></body></html>",
            ),
        )],
        "«El informe concluye que el presupuesto es suficiente para terminar la obra» \
         ([informe](BASE/obra.html)).\n\n\
         “The engineers said that finishing the bridge this year was possible” \
         ([report](BASE/obra.html)).\n",
    );
    for start in ["El informe", "The engineers"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
        assert!(
            r.differences
                .iter()
                .any(|d| d.note.as_deref() == Some("negation removed")),
            "{r:#?}"
        );
    }
}
