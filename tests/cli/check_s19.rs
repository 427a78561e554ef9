//! Regressions from the nineteenth session (the check stage): each article is checked by the
//! real binary against pages served on a loopback server, and each case gave a wrong verdict
//! before its fix.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{check_article, quote_result as quote};

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

/// The result of the quote whose text contains `part` (panics if none).
fn containing<'a>(
    report: &'a citecheck::model::Report,
    part: &str,
) -> &'a citecheck::model::QuoteResult {
    report
        .quotes
        .iter()
        .find(|q| q.text.contains(part))
        .unwrap_or_else(|| panic!("no quote with {part:?} in {:#?}", report.quotes))
}
