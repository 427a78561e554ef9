//! Regressions from the eighteenth session's held-out evaluation of `check` (how a fetched
//! body becomes page text): each article is checked by the real binary against pages served
//! on a loopback server, and each case gave a wrong verdict before its fix.

use citecheck::model::{LinkStatus, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_result as quote};

fn json(body: &str) -> Response {
    Response::status(200)
        .header("content-type", "application/json; charset=utf-8")
        .body(body.as_bytes().to_vec())
}

/// A JSON API source is read as its string values, decoded: `M\u00e4rz` is `März`, `\u201c`
/// a curly quotation mark, `\n` a line break, a surrogate pair one character; keys are not
/// text. Read raw, the escapes made `März` a "number changed" and the quote altered.
#[test]
fn a_json_source_is_read_as_its_decoded_string_values() {
    let report = check_article(
        vec![
            (
                "/api",
                json(
                    r#"{"statement": {"text": "Shareholders will be consulted in M\u00e4rz about the \u201cnew\u201d merger.",
                        "other": "The board said \"yes\" to the plan.\nIt met at the \ud83c\udfdb hall.",
                        "count": 7, "ok": true}}"#,
                ),
            ),
            (
                "/problem",
                Response::status(200)
                    .header("content-type", "application/problem+json")
                    .body(br#"{"title": "Stra\u00dfe gesperrt", "detail": "Die Stra\u00dfe bleibt bis Montag gesperrt."}"#.to_vec()),
            ),
        ],
        "The page says that “Shareholders will be consulted in März about the new merger”.[^1]\n\n\
         It adds that “The board said \"yes\" to the plan”.[^1]\n\n\
         And that “It met at the 🏛 hall”.[^1]\n\n\
         The notice says “Die Straße bleibt bis Montag gesperrt”.[^2]\n\n\
         The key is no text: “statement text other count”.[^1]\n\n\
         [^1]: Source. <BASE/api>\n\
         [^2]: Notice. <BASE/problem>\n",
    );
    for q in [
        "Shareholders will be consulted",
        "The board said",
        "It met at the",
        "Die Straße bleibt",
    ] {
        let q = quote(&report, q);
        assert_eq!(q.verdict, Verdict::Verified, "{q:#?}");
        assert!(
            q.differences.iter().all(|d| d.note.is_none()),
            "no note on an equal text: {q:#?}"
        );
    }
    let keys = quote(&report, "statement text other");
    assert_ne!(keys.verdict, Verdict::Verified, "{keys:#?}");
    let link = report
        .links
        .iter()
        .find(|l| l.url.ends_with("/api"))
        .unwrap();
    assert_eq!(link.status, LinkStatus::Ok);
}

/// A ruby annotation's reading (`<rt>`, `<rp>`) is not the page's text, and text marked
/// removed (`<del>`) is no longer what the page says: a quote of the text a reader reads
/// runs across both and is verified; a quote of the removed words is not.
#[test]
fn ruby_readings_and_deleted_text_are_not_the_page_text() {
    let report = check_article(
        vec![(
            "/page.html",
            Response::html(
                "<html lang=ja><body><article>\
                 <p>市は<ruby>新<rp>(</rp><rt>しん</rt><rp>)</rp>図<rp>(</rp><rt>と</rt><rp>)</rp>\
                 書<rp>(</rp><rt>しょ</rt><rp>)</rp>館<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>\
                 を来年四月に開館すると発表しました。</p>\
                 <p>The council said the new bridge would carry <del>8,000</del> <ins>12,000</ins> \
                 vehicles a day once it opens next spring.</p>\
                 </article></body></html>",
            ),
        )],
        "The city said that “市は新図書館を来年四月に開館すると発表しました”.[^1]\n\n\
         The council said “the new bridge would carry 12,000 vehicles a day once it opens”.[^1]\n\n\
         An older version said “the new bridge would carry 8,000 vehicles a day once it opens”.[^1]\n\n\
         [^1]: Source. <BASE/page.html>\n",
    );
    for q in ["市は新図書館", "the new bridge would carry 12,000"] {
        let q = quote(&report, q);
        assert_eq!(q.verdict, Verdict::Verified, "{q:#?}");
    }
    let old = quote(&report, "the new bridge would carry 8,000");
    assert_eq!(old.verdict, Verdict::Altered, "{old:#?}");
}
