//! Regressions from the nineteenth session (the check stage): each article is checked by the
//! real binary against pages served on a loopback server, and each case gave a wrong verdict
//! before its fix.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{check_article, quote_containing as containing, quote_result as quote};

/// The marks that are letters of their script make other words when changed: a Hindi vowel
/// sign (`होगा`, "will be", masculine, against `होगी`), a Thai tone mark (`ข่าว`, "news",
/// against `ขาว`, "white"). Normalisation dropped every combining mark, as it does accents,
/// so both were `verified` (`minor`). Accents, Arabic vowel points and the Hindi nukta
/// (`जमीन` for `ज़मीन`, as writers often type it) still fold.
#[test]
fn indic_vowel_signs_and_thai_tone_marks_are_letters_not_accents() {
    let report = check_article(
        vec![
            (
                "/hi.html",
                Response::html(
                    "<html><body><article>\
                     <p>समिति ने कहा कि नया पुल अगले साल तक तैयार होगा और यातायात में भारी कमी आएगी।</p>\
                     <p>मंत्री ने कहा कि सरकार इस योजना को नहीं रोकेगी।</p>\
                     <p>क्षेत्र के किसानों को ज़मीन का उचित मुआवज़ा मिलेगा, हाँ।</p>\
                     </article></body></html>",
                ),
            ),
            (
                "/th.html",
                Response::html(
                    "<html><body><article>\
                     <p>รัฐบาลประกาศว่าข่าวลือเรื่องการขึ้นภาษีนั้นไม่เป็นความจริง</p>\
                     </article></body></html>",
                ),
            ),
            (
                "/ar.html",
                Response::html(
                    "<html><body><article>\
                     <p>قالت الوزارة إن المشروع سيكتمل في نهاية العام المقبل.</p>\
                     <p>Le comité a précisé que la décision était définitive.</p>\
                     </article></body></html>",
                ),
            ),
        ],
        "Same: “समिति ने कहा कि नया पुल अगले साल तक तैयार होगा और यातायात में भारी कमी आएगी।”[^1]\n\n\
         Sign: “समिति ने कहा कि नया पुल अगले साल तक तैयार होगी और यातायात में भारी कमी आएगी।”[^1]\n\n\
         Negation: “मंत्री ने कहा कि सरकार इस योजना को रोकेगी।”[^1]\n\n\
         Nukta: “क्षेत्र के किसानों को जमीन का उचित मुआवजा मिलेगा, हां।”[^1]\n\n\
         Thai same: “รัฐบาลประกาศว่าข่าวลือเรื่องการขึ้นภาษีนั้นไม่เป็นความจริง”[^2]\n\n\
         Thai tone: “รัฐบาลประกาศว่าขาวลือเรื่องการขึ้นภาษีนั้นไม่เป็นความจริง”[^2]\n\n\
         Arabic: “قَالَتِ الوِزَارَةُ إِنَّ المَشْرُوعَ سَيَكْتَمِلُ فِي نِهَايَةِ العَامِ المُقْبِلِ”[^3]\n\n\
         French: “Le comite a precise que la decision etait definitive.”[^3]\n\n\
         [^1]: Report. <BASE/hi.html>\n\
         [^2]: News. <BASE/th.html>\n\
         [^3]: Ministry. <BASE/ar.html>\n",
    );
    for same in ["तैयार होगा", "ว่าข่าวลือ"] {
        let r = containing(&report, same);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    }
    let sign = containing(&report, "तैयार होगी");
    assert_eq!(sign.verdict, Verdict::Altered, "{sign:#?}");
    assert!(
        sign.differences
            .iter()
            .any(|d| d.quote == "होगी" && d.source == "होगा"),
        "{sign:#?}"
    );
    let negation = quote(&report, "मंत्री ने कहा");
    assert_eq!(negation.verdict, Verdict::Altered, "{negation:#?}");
    assert!(
        negation
            .differences
            .iter()
            .any(|d| d.source == "नहीं" && d.note.as_deref() == Some("negation removed")),
        "{negation:#?}"
    );
    let tone = containing(&report, "ว่าขาวลือ");
    assert_eq!(tone.verdict, Verdict::Altered, "{tone:#?}");
    assert!(
        tone.differences.iter().any(|d| d.source == "ข่"),
        "{tone:#?}"
    );
    for folded in ["क्षेत्र", "قَالَتِ", "Le comite"] {
        let r = quote(&report, folded);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    }
}

/// From the session's review of the new check-stage rules, each wrong before its fix:
///
/// - a short German news article about data protection, with a cookie banner above it,
///   was taken for a consent gate (its paragraphs say `ihre`, "their", which was read as the
///   banner's "your"), so a quote it does not hold was `unverifiable`, not `not_found`;
/// - a short article whose last line mentions subscription prices and "the full report"
///   was taken for a paywall teaser;
/// - in a text in pages, a sentence repeated at the head or foot of every page with its
///   numbers counting up (`In 2019, 45 people were injured …`) was taken for a running
///   header and dropped, so a faithful quote of it was `not_found`; a real running header
///   (`ROAD SAFETY REPORT 2025    2`) still goes;
/// - Hindi `नही`, `नहीं` written without its nasal mark, lost its negation note.
#[test]
fn gates_running_lines_and_negations_hold_back_where_they_should() {
    let pages = vec![
        (
            "/de.html",
            Response::html(
                "<html lang=de><body>\
                 <div class=\"cookie-banner\"><p>Wir verwenden Cookies.</p>\
                 <button>Alle akzeptieren</button><button>Ablehnen</button></div>\
                 <article><h1>Amt rügt Kliniken wegen Datenschutz</h1>\
                 <p>Das Landesamt für Datenschutz hat zwei Kliniken gerügt, weil sie die Akten ihrer \
                 Patienten ohne Einwilligung an einen Dienstleister gegeben haben.</p>\
                 <p>Die Kliniken müssen ihre Abläufe nun bis zum Herbst ändern und ihre Patienten \
                 über die Weitergabe unterrichten, teilte das Amt mit.</p></article></body></html>",
            ),
        ),
        (
            "/brief.html",
            Response::html(
                "<html><body><article><h1>Bus fares rise again</h1>\
                 <p>Bus fares in the region rose by nine percent this year, according to a survey \
                 published on Monday by the passenger council.</p>\
                 <p>The council said families now spend more on buses than on trains for the first \
                 time, and asked the operators to publish simpler fares.</p>\
                 <p>Read the full report on subscription fares on the council's website.</p>\
                 </article></body></html>",
            ),
        ),
        (
            "/paged.txt",
            Response::status(200)
                .header("content-type", "text/plain; charset=utf-8")
                .body(
                    "Harbour works review, part 1\n\
                     The dredging of the outer basin went on through the year.\n\
                     In 2019, 45 ships waited for a berth at the north quay.\n\
                     \x0cHarbour works review, part 2\n\
                     The dredging of the outer basin went on through the year.\n\
                     In 2020, 52 ships waited for a berth at the north quay.\n\
                     \x0cROAD SAFETY REPORT 2025    3\n\
                     The dredging of the outer basin went on through the year.\n\
                     In 2021, 61 ships waited for a berth at the north quay.\n"
                        .as_bytes()
                        .to_vec(),
                ),
        ),
        (
            "/hi.html",
            Response::html(
                "<html><body><article>\
                 <p>उन्होंने कहा कि वह इस फैसले से खुश नही हैं और अदालत में अपील करेंगे।</p>\
                 </article></body></html>",
            ),
        ),
    ];
    let report = check_article(
        pages,
        "Made up: “Die Kliniken dürfen ihre Abläufe behalten und müssen nichts ändern”.[^1]\n\n\
         Made up too: “The operators promised to halve every fare by next spring”.[^2]\n\n\
         Repeated: “In 2020, 52 ships waited for a berth at the north quay”.[^3]\n\n\
         Negation: “वह इस फैसले से खुश हैं और अदालत में अपील करेंगे”.[^4]\n\n\
         [^1]: Amt. <BASE/de.html>\n\
         [^2]: Council. <BASE/brief.html>\n\
         [^3]: Review. <BASE/paged.txt>\n\
         [^4]: Court. <BASE/hi.html>\n",
    );
    for q in ["Die Kliniken", "The operators"] {
        let r = quote(&report, q);
        assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    }
    let repeated = quote(&report, "In 2020");
    assert_eq!(repeated.verdict, Verdict::Verified, "{repeated:#?}");
    let negation = quote(&report, "वह इस फैसले");
    assert_eq!(negation.verdict, Verdict::Altered, "{negation:#?}");
    assert!(
        negation
            .differences
            .iter()
            .any(|d| d.note.as_deref() == Some("negation removed")),
        "{negation:#?}"
    );
}
