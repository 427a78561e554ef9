//! Regressions the review of the eighteenth session's check stage found: each test failed
//! on the code before its fix. Pages are built in memory (no network).

use citecheck::model::Verdict;

use super::evaluation2::{check, html};

/// On an English page `3,5` is a list, `2.000` is `2.0`, `40 pounds` a weight and `us` a
/// pronoun: quoting them as `3.5`, `2000`, `£40` and `U.S.` was `verified`.
#[test]
fn english_numbers_keep_their_english_reading() {
    let src = html(
        "<p>The team scored in minutes 3,5 and 7 of the first half, the club said.</p>\
         <p>The interest rate is 2.000 percent for the current quarter, the bank said.</p>\
         <p>She said the patient lost 40 pounds in weight over six months.</p>\
         <p>They told us the capital was ready for the treaty last week.</p>",
    );
    for quote in [
        "in minutes 3.5 and 7 of the first half",
        "the interest rate is 2000 percent for the current quarter",
        "lost \u{A3}40 in weight over six months",
        "They told U.S. the capital was ready for the treaty last week",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}: {}", r.detail);
    }
}

/// Money stays money: `6 million pounds` is `£6 million`, and a German page's `3,5` and
/// `2.000` are `3.5` and `2000`.
#[test]
fn money_and_other_languages_numbers_still_fold() {
    let src = html(
        "<p>The council spent 6 million pounds on the new bridge last year.</p>\
         <p>Die Inflation lag im März bei 3,5 Prozent, und 2.000 Menschen kamen zur Demo.</p>",
    );
    for quote in [
        "spent \u{A3}6 million on the new bridge",
        "Die Inflation lag im März bei 3.5 Prozent",
        "und 2000 Menschen kamen zur Demo",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
    }
}

/// A changed word that only looks like another language's negation got "negation added":
/// English `woman`/`won` and `comet`/`cot` (Turkish `-ma-`, `-me-`), Arabic `نعمل` (we work)
/// for `عمل` (Persian `ن`), Turkish `demek` for `dek`, Hindi `नहा` (bathe, which normalises
/// as `नहीं` does) and Korean `안` meaning "plan" before a particle.
#[test]
fn look_alike_negations_are_no_negation() {
    let src = html(
        "<p>Our hero won the race and the crowd went wild that day.</p>\
         <p>The astronomers saw a cot in the northern sky last night.</p>\
         <p>إن العمال عمل بجد طوال العام الماضي في المصنع</p>\
         <p>Akşam saat dokuza dek açık kalacak dükkânlar çoğaldı.</p>\
         <p>वह हर दिन सुबह नदी में गया और फिर घर लौटा।</p>\
         <p>정부는 새로운 법 을 발표했다고 밝혔다.</p>",
    );
    for quote in [
        "Our hero woman the race and the crowd went wild that day",
        "The astronomers saw a comet in the northern sky last night",
        "إن العمال نعمل بجد طوال العام الماضي في المصنع",
        "Akşam saat dokuza demek açık kalacak dükkânlar çoğaldı",
        "वह हर दिन सुबह नदी में नहा और फिर घर लौटा",
        "정부는 새로운 안 을 발표했다고 밝혔다",
    ] {
        let r = check(quote, &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}: {}", r.detail);
        assert!(
            r.differences
                .iter()
                .all(|d| d.note.as_deref().is_none_or(|n| !n.contains("negation"))),
            "{quote}: {:?}",
            r.differences
        );
    }
}

/// Thai is matched letter by letter, and any Thai text holds most of a quote's letters: an
/// unrelated Thai quote was `altered`, "the words on the page but in a different order".
#[test]
fn an_unrelated_thai_quote_is_not_found() {
    let src = html(
        "<p>รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้งในภาคตะวันออกเฉียงเหนือ ครั้งที่ 1</p>\
         <p>รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้งในภาคตะวันออกเฉียงเหนือ ครั้งที่ 2</p>",
    );
    let r = check("นักเรียนทุกคนต้องสอบให้ผ่านก่อนจบการศึกษา", &src);
    assert_eq!(r.verdict, Verdict::NotFound, "{}", r.detail);
}
