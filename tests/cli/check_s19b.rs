//! Regressions from the nineteenth session's second round (the check stage): each article is
//! checked by the real binary against pages served on a loopback server, and each case gave a
//! wrong verdict, status or note before its fix.

use std::io::Write;

use citecheck::model::{LinkStatus, MatchKind, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_result as quote};

/// The note of the first difference whose page side is `source`.
fn note_on<'a>(r: &'a citecheck::model::QuoteResult, source: &str) -> Option<&'a str> {
    r.differences
        .iter()
        .find(|d| d.source == source || d.quote == source)
        .and_then(|d| d.note.as_deref())
}

/// The Arabic tatweel (kashida, U+0640) only stretches a word: a page that writes
/// `الـسـوق` and a quote that writes `السوق` have the same words. The tatweel was kept as a
/// letter and cut every word it sat in, so the quote was `not_found`.
#[test]
fn arabic_tatweel_is_ignored_on_both_sides() {
    let report = check_article(
        vec![(
            "/ar.html",
            Response::html(
                "<html><body><article>\
                 <p>أعلنت البلدية أن الـسـوق الـقـديـم سيغلق أبوابه خلال شهر الصيف للترميم.</p>\
                 <p>وقال المهندس إن العمل في المبنى الجديد سيبدأ قريبا.</p>\
                 </article></body></html>",
            ),
        )],
        "Plain: “أعلنت البلدية أن السوق القديم سيغلق أبوابه خلال شهر الصيف”[^1]\n\n\
         Stretched: “وقال المـهـنـدس إن العمل في المبنى الجديد سيبدأ قريبا”[^1]\n\n\
         [^1]: Town hall. <BASE/ar.html>\n",
    );
    for start in ["أعلنت البلدية", "وقال المـهـنـدس"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

/// `Content-Encoding: x-gzip` is gzip (RFC 9110 §8.4.1.3), and a coding written in capitals
/// is the same coding: the HTTP client decodes neither, so the compressed bytes were read as
/// the page and every quote was `not_found` on a link reported `ok`. A coding nobody decodes
/// (`compress`) makes the page unreadable: `unverifiable`, not a false `not_found`.
#[test]
fn x_gzip_bodies_are_decoded_and_unknown_codings_are_unreadable() {
    let page = "<html><body><article>\
                <p>The ferry timetable changes on the first of June, with two extra crossings \
                on weekday evenings.</p></article></body></html>";
    let report = check_article(
        vec![
            (
                "/x.html",
                Response::html("")
                    .header("Content-Encoding", "x-gzip")
                    .body(gzip(page.as_bytes())),
            ),
            (
                "/caps.html",
                Response::html("")
                    .header("Content-Encoding", "GZIP")
                    .body(gzip(page.as_bytes())),
            ),
            (
                "/z.html",
                Response::html("")
                    .header("Content-Encoding", "compress")
                    .body(b"\x1f\x9d\x90\x54\x68\x65\x20\x66".to_vec()),
            ),
        ],
        "X: “The ferry timetable changes on the first of June”[^1]\n\n\
         Caps: “with two extra crossings on weekday evenings”[^2]\n\n\
         Unknown: “The ferry timetable changes on the first of July”[^3]\n\n\
         [^1]: Ferries. <BASE/x.html>\n\
         [^2]: Ferries. <BASE/caps.html>\n\
         [^3]: Ferries. <BASE/z.html>\n",
    );
    for start in [
        "The ferry timetable changes on the first of June",
        "with two",
    ] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    }
    let r = quote(&report, "The ferry timetable changes on the first of July");
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(r.detail.contains("compress"), "{r:#?}");
}

/// Georgian and Armenian "page not found" titles are soft 404s, as the other languages'
/// are; an article's title that says something was not found is none.
#[test]
fn georgian_and_armenian_not_found_titles_are_soft_404s() {
    let page = |title: &str| {
        Response::html(format!(
            "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
             <p>{}</p></article></body></html>",
            "ტექსტი ტექსტი ტექსტი. ".repeat(20)
        ))
    };
    let report = check_article(
        vec![
            ("/ka", page("გვერდი ვერ მოიძებნა")),
            ("/hy", page("Էջը չի գտնվել")),
            ("/ka-news", page("დაკარგული მთამსვლელი ჯერ ვერ მოიძებნა")),
            ("/hy-news", page("Կորած շունը դեռ չի գտնվել")),
        ],
        "Links: <BASE/ka>, <BASE/hy>, <BASE/ka-news> and <BASE/hy-news>.\n",
    );
    let status = |path: &str| {
        report
            .links
            .iter()
            .find(|l| l.url.ends_with(path))
            .unwrap_or_else(|| panic!("no link {path} in {:#?}", report.links))
            .status
    };
    assert_eq!(status("/ka"), LinkStatus::Soft404);
    assert_eq!(status("/hy"), LinkStatus::Soft404);
    assert_eq!(status("/ka-news"), LinkStatus::Ok);
    assert_eq!(status("/hy-news"), LinkStatus::Ok);
}

/// A teaser that ends "Subscribe now to keep reading" (not the exact "Subscribe to continue
/// reading") and a consent gate in German ("Alle akzeptieren" / "Alle ablehnen") stand in
/// front of the article: a quote not found there is `unverifiable`, not `not_found`. A full
/// German article with a cookie banner and the same buttons is the article.
#[test]
fn teaser_and_german_consent_gates_make_quotes_unverifiable() {
    let article = format!(
        "<html><body><article><h1>Neuer Radweg</h1>{}</article>\
         <div class=\"cookie-banner\"><p>Wir verwenden Cookies.</p>\
         <button>Alle akzeptieren</button><button>Alle ablehnen</button></div></body></html>",
        "<p>Der neue Radweg entlang des Kanals wird im Herbst eröffnet, sagte die \
         Stadtverwaltung am Montag bei einer Pressekonferenz im Rathaus.</p>"
            .repeat(12)
    );
    let report = check_article(
        vec![
            (
                "/teaser",
                Response::html(
                    "<html><body><article><h1>Mill to close</h1>\
                     <p>The old paper mill at Exbridge will close in the spring, the owners said.</p>\
                     <p>Subscribe now to keep reading this article.</p>\
                     </article></body></html>",
                ),
            ),
            (
                "/gate",
                Response::html(
                    "<html><head><title>Bevor Sie fortfahren</title></head><body>\
                     <div class=\"consent\"><h1>Bevor Sie fortfahren</h1>\
                     <p>Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren.</p>\
                     <button>Alle akzeptieren</button> <button>Alle ablehnen</button>\
                     </div></body></html>",
                ),
            ),
            ("/radweg", Response::html(article)),
        ],
        "Teaser: “the union had asked for a delay of two more years”[^1]\n\n\
         Gate: “Der Radweg wird im Herbst eröffnet und kostet vier Millionen”[^2]\n\n\
         Banner: “Die Brücke über den Kanal wird im Winter abgerissen”[^3]\n\n\
         [^1]: Mill. <BASE/teaser>\n\
         [^2]: Radweg. <BASE/gate>\n\
         [^3]: Radweg. <BASE/radweg>\n",
    );
    let teaser = quote(&report, "the union");
    assert_eq!(teaser.verdict, Verdict::Unverifiable, "{teaser:#?}");
    assert!(teaser.detail.contains("paywall"), "{teaser:#?}");
    let gate = quote(&report, "Der Radweg");
    assert_eq!(gate.verdict, Verdict::Unverifiable, "{gate:#?}");
    assert!(gate.detail.contains("consent"), "{gate:#?}");
    let banner = quote(&report, "Die Brücke");
    assert_eq!(banner.verdict, Verdict::NotFound, "{banner:#?}");
}

/// Korean spacing (띄어쓰기) varies from writer to writer: `할수` for `할 수`, `갈수있다` for
/// `갈 수 있다`, `줄 이라고` for `줄이라고` are the same letters, typography as `9pm` for
/// `9 pm` is. They were `altered`, and the evidence cut at `갈`. Other changed words stay
/// changed.
#[test]
fn korean_spacing_is_typography() {
    let report = check_article(
        vec![(
            "/ko.html",
            Response::html(
                "<html><body><article>\
                 <p>공사 기간에는 북쪽 주차장을 이용할 수 없다고 구청은 밝혔다.</p>\
                 <p>새 다리가 열리면 시내까지 20분 만에 갈 수 있다.</p>\
                 <p>당국은 주민들에게 물 사용을 줄이라고 요청했다.</p>\
                 </article></body></html>",
            ),
        )],
        "Joined: “공사 기간에는 북쪽 주차장을 이용할수 없다고 구청은 밝혔다”[^1]\n\n\
         Three: “새 다리가 열리면 시내까지 20분 만에 갈수있다”[^1]\n\n\
         Apart: “당국은 주민들에게 물 사용을 줄 이라고 요청했다”[^1]\n\n\
         Changed: “공사 기간에는 남쪽 주차장을 이용할수 없다고 구청은 밝혔다”[^1]\n\n\
         [^1]: District office. <BASE/ko.html>\n",
    );
    for start in ["공사 기간에는 북쪽", "새 다리가", "당국은"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.match_kind, Some(MatchKind::Typography), "{r:#?}");
    }
    let three = quote(&report, "새 다리가");
    assert!(
        three
            .matched_text
            .as_deref()
            .is_some_and(|t| t.ends_with("갈 수 있다")),
        "{three:#?}"
    );
    let changed = quote(&report, "공사 기간에는 남쪽");
    assert_eq!(changed.verdict, Verdict::Altered, "{changed:#?}");
    assert!(
        changed
            .differences
            .iter()
            .any(|d| d.quote == "남쪽" && d.source == "북쪽"),
        "{changed:#?}"
    );
}

/// The Hawaiian ʻokina (U+02BB) is typed as `'` or `‘`: typography, as U+02BC against `'`
/// already was. Leaving it out is still a changed word.
#[test]
fn okina_against_an_apostrophe_is_typography() {
    let report = check_article(
        vec![(
            "/hi.html",
            Response::html(
                "<html><body><article>\
                 <p>The new clinic on Molokaʻi opens in March, the state said.</p>\
                 </article></body></html>",
            ),
        )],
        "Ascii: “The new clinic on Moloka'i opens in March”[^1]\n\n\
         Turned: “The new clinic on Moloka\u{2018}i opens in March”[^1]\n\n\
         Left out: “The new clinic on Molokai opens in March”[^1]\n\n\
         [^1]: State. <BASE/hi.html>\n",
    );
    for text in [
        "The new clinic on Moloka'i",
        "The new clinic on Moloka\u{2018}i",
    ] {
        let r = quote(&report, text);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.match_kind, Some(MatchKind::Typography), "{r:#?}");
    }
    let r = quote(&report, "The new clinic on Molokai");
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
}

/// A negation added or taken away in Hebrew (`לא`), Georgian (`არ`), Armenian (`չեն`),
/// Tamil (`-வில்லை`), Czech (`ne-` on the verb), Romanian (`nu`) and Dutch (`niet`, `geen`)
/// is noted, as in the languages before. French `nu` ("naked") is no negation.
#[test]
fn negations_in_more_languages_are_noted() {
    let report = check_article(
        vec![
            (
                "/n.html",
                Response::html(
                    "<html><body><article>\
                 <p>הוועדה אמרה כי הגשר לא ייפתח בחורף הקרוב.</p>\
                 <p>მინისტრის თქმით, ხიდი ზამთარში არ გაიხსნება.</p>\
                 <p>Ֆերմերները չեն ստացել փոխհատուցումը այս տարի։</p>\
                 <p>புதிய பாலம் இந்த ஆண்டு திறக்கப்படவில்லை என்று அமைச்சர் கூறினார்.</p>\
                 <p>Podle starosty nebude most v zimě otevřen pro nákladní auta.</p>\
                 <p>Podul nu va fi deschis în această iarnă, a spus primarul orașului.</p>\
                 <p>Volgens de gemeente is er geen geld voor een nieuwe brug over de rivier.</p>\
                 </article></body></html>",
                ),
            ),
            (
                "/fr.html",
                Response::html(
                    "<html><body><article>\
                 <p>Le modèle posait nu devant les élèves de l’atelier du soir.</p>\
                 </article></body></html>",
                ),
            ),
        ],
        "He: “הוועדה אמרה כי הגשר ייפתח בחורף הקרוב”[^1]\n\n\
         Ka: “მინისტრის თქმით, ხიდი ზამთარში გაიხსნება”[^1]\n\n\
         Hy: “Ֆերմերները ստացել են փոխհատուցումը այս տարի”[^1]\n\n\
         Ta: “புதிய பாலம் இந்த ஆண்டு திறக்கப்பட்டது என்று அமைச்சர் கூறினார்”[^1]\n\n\
         Cs: “Podle starosty bude most v zimě otevřen pro nákladní auta”[^1]\n\n\
         Ro: “Podul va fi deschis în această iarnă, a spus primarul orașului”[^1]\n\n\
         Nl: “Volgens de gemeente is er geld voor een nieuwe brug over de rivier”[^1]\n\n\
         Fr: “Le modèle posait devant les élèves de l’atelier du soir”[^2]\n\n\
         [^1]: Ministry. <BASE/n.html>\n\
         [^2]: Atelier. <BASE/fr.html>\n",
    );
    for (start, word) in [
        ("הוועדה", "לא"),
        ("მინისტრის", "არ"),
        ("Ֆերմերները", "չեն"),
        ("புதிய", "திறக்கப்படவில்லை"),
        ("Podle", "nebude"),
        ("Podul", "nu"),
        ("Volgens", "geen"),
    ] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
        assert_eq!(note_on(r, word), Some("negation removed"), "{r:#?}");
    }
    let fr = quote(&report, "Le modèle");
    assert_eq!(fr.verdict, Verdict::Altered, "{fr:#?}");
    assert_eq!(note_on(fr, "nu"), None, "{fr:#?}");
}

/// `50万` for `五十万` is the same number (as `fifty` for `50` is), and a text in pages
/// (a form feed between them, as PDF tools write) has a running header with a page number
/// in the middle of a sentence that runs on: layout, not a number the quote changed. Both
/// gave "number changed". Single numerals inside words stay words (`统一`).
#[test]
fn kanji_numerals_and_running_page_headers_are_no_changed_numbers() {
    let pages = "PORT OF WESTHAVEN ANNUAL REVIEW 2025                 3\n\n\
                 Dredging of the inner basin finished in October, and the board expects\n\
                 that container traffic will grow\n\u{c}\n\
                 PORT OF WESTHAVEN ANNUAL REVIEW 2025                 4\n\n\
                 by a fifth once the new crane is working.\n\n\
                 The board met eleven times during the year.\n";
    let report = check_article(
        vec![
            (
                "/ja.html",
                Response::html(
                    "<html><body><article>\
                     <p>新しい図書館は年間三十万人の利用者を見込んでいる。</p>\
                     <p>二〇二五年に開館した美術館は二十一の展示室を持つ。</p>\
                     </article></body></html>",
                ),
            ),
            ("/review.txt", Response::text(pages)),
        ],
        "Kanji: “新しい図書館は年間30万人の利用者を見込んでいる”[^1]\n\n\
         Year: “2025年に開館した美術館は21の展示室を持つ”[^1]\n\n\
         Other: “新しい図書館は年間40万人の利用者を見込んでいる”[^1]\n\n\
         Header: “the board expects that container traffic will grow by a fifth once the new crane is working”[^2]\n\n\
         [^1]: City. <BASE/ja.html>\n\
         [^2]: Port. <BASE/review.txt>\n",
    );
    for start in ["新しい図書館は年間30", "2025年", "the board expects"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    }
    let other = quote(&report, "新しい図書館は年間40");
    assert_eq!(other.verdict, Verdict::Altered, "{other:#?}");
    assert_eq!(note_on(other, "三十"), Some("number changed"), "{other:#?}");
}

/// After a weekday, a month before its day (`Tuesday, April 14`) is a date beyond doubt,
/// and the same date as `Tuesday 14 April`: it was `altered` ("adds April") with the
/// evidence cut at `14`. Without a weekday or year, `April 14` against `14 April` is still
/// words in another order; another day is still a changed number.
#[test]
fn a_weekday_date_folds_whatever_the_order_of_month_and_day() {
    let report = check_article(
        vec![(
            "/p.html",
            Response::html(
                "<html><body><article>\
                 <p>The ferry resumes on Tuesday 14 April after repairs to the ramp.</p>\
                 </article></body></html>",
            ),
        )],
        "Us: “The ferry resumes on Tuesday, April 14 after repairs”[^1]\n\n\
         Other day: “The ferry resumes on Tuesday, April 15 after repairs”[^1]\n\n\
         [^1]: Port. <BASE/p.html>\n",
    );
    let us = quote(&report, "The ferry resumes on Tuesday, April 14");
    assert_eq!(us.verdict, Verdict::Verified, "{us:#?}");
    assert!(
        us.matched_text
            .as_deref()
            .is_some_and(|t| t.ends_with("after repairs")),
        "{us:#?}"
    );
    let other = quote(&report, "The ferry resumes on Tuesday, April 15");
    assert_eq!(other.verdict, Verdict::Altered, "{other:#?}");
}
