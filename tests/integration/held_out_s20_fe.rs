//! Regressions in the front ends found by the twentieth session's held-out evaluation: notes
//! and footnote markup that were not read as notes, containers and code shortcodes of static
//! site generators read wrongly, hidden text read as the article's. Every rule has its
//! negative cases beside it: what the rule must not catch.

use citecheck::model::DocKind;

use crate::support::{cited, extract_as, extract_markdown, note};

/// Whether some quote's text contains `part`.
fn has_quote(e: &citecheck::model::Extraction, part: &str) -> bool {
    e.quotes.iter().any(|q| q.text.contains(part))
}

/// Japanese notes written as their markers are (`（注1）…` under `注`), in ASCII or
/// full-width brackets and digits, or `注2　…`: each line is a note, the marker `（注1）` in
/// the text cites it, and the title in corner brackets inside a note is the note's title,
/// not a quotation of the article.
#[test]
fn japanese_notes_written_as_their_markers() {
    let md =
        "# 記事\n\n市の担当者は「来年度中に全ての公園へ照明を追加する予定だ」と話した（注1）。\
              また、住民は「夜の散歩が安心してできるようになってほしい」と述べた(注2)。\n\n\
              ## 注\n\n\
              （注1）市公園課「公園照明整備計画の進捗について」2023年、https://city.example.jp/a\n\
              (注2)住民説明会議事録、https://city.example.jp/b\n";
    let e = extract_markdown(md);
    assert_eq!(cited(&e, "来年度中")[0].0.as_deref(), Some("1"));
    assert_eq!(cited(&e, "夜の散歩")[0].0.as_deref(), Some("2"));
    assert_eq!(note(&e, "1").urls, ["https://city.example.jp/a"]);
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("公園照明整備計画の進捗について")
    );
    assert!(!has_quote(&e, "公園照明整備計画"), "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);

    // `注1　…` and `注 2：…` lines, full-width digits in the marker and the note, in HTML.
    let html = "<p>担当者は「全ての避難所へ蓄電池を配備する予定だ」と説明した（注１）。\
                別の職員は「停電時の連絡手段も見直している最中だ」と話した（注2）。</p>\
                <h2>注</h2><p>注１　県危機管理課「避難所の電源」2024年、\
                <a href=\"https://pref.example.jp/a\">https://pref.example.jp/a</a></p>\
                <p>注 2：県防災会議資料、https://pref.example.jp/b</p>";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(cited(&e, "全ての避難所")[0].0.as_deref(), Some("1"));
    assert_eq!(cited(&e, "停電時")[0].0.as_deref(), Some("2"));
    assert!(!has_quote(&e, "避難所の電源"), "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);

    // Not notes: `注意` (a word), a label with nothing after it, a number without `注`.
    let md = "担当者は「全ての避難所へ蓄電池を配備する予定だ」と説明した。\n\n## 注\n\n\
              注意：これは注ではありません、https://ex.jp/x\n";
    let e = extract_markdown(md);
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
}

/// A document's series and number between a note's names and its quoted title (`Cabinet
/// report 23/118, "…"`) leave the title the note's title: no quotation of the article, and
/// the names before are its authors. A year there is a date, and an initial a name.
#[test]
fn document_number_before_a_notes_title() {
    let md = "The council calls the bus \"a lifeline for villages that lost their last shop\".\
              [^1]\n\n\
              [^1]: Marsh District Council, Committee paper 24/071, \"Rural bus services \
              review\", https://marsh.example.gov.uk/papers/24-071.pdf\n";
    let e = extract_markdown(md);
    assert_eq!(e.quotes.len(), 1, "{:#?}", e.quotes);
    assert_eq!(cited(&e, "a lifeline")[0].0.as_deref(), Some("1"));
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Rural bus services review"));
    assert_eq!(n.authors, ["Marsh District Council"]);

    for (text, author) in [
        (
            "Report No. 45, \"Water quality in the upper basin\", https://ex.org/45",
            None,
        ),
        (
            "Okafor, N. 2019. \"Water quality in the upper basin\". https://ex.org/o",
            Some("Okafor"),
        ),
    ] {
        let md =
            format!("The study found \"little change over the decade\".[^1]\n\n[^1]: {text}\n");
        let e = extract_markdown(&md);
        let n = note(&e, "1");
        assert_eq!(
            n.title.as_deref(),
            Some("Water quality in the upper basin"),
            "{text}"
        );
        assert_eq!(
            n.authors.first().map(|a| a.starts_with("Okafor")),
            author.map(|_| true),
            "{text}: {:?}",
            n.authors
        );
        assert!(!has_quote(&e, "Water quality"), "{text}");
    }
}
