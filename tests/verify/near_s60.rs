//! Session 60: a quote that puts the page's statement in other words (a paraphrase
//! presented as a direct quote) is `not_found`, as before, but its detail said "nothing
//! close to the quote", though most of its main words stand together in one passage of the
//! page: that passage is named (in the detail, and in the result's `nearest_passage`), so
//! the quote can be fixed. A quote sharing too few words is still "nothing close". Pages are
//! served on 127.0.0.1 and checked through the whole `check` pipeline. Each test failed on
//! the code before.

use citecheck::model::{QuoteResult, Verdict};

use super::s49_check::check_served;

/// The page's passage the paraphrase below puts in other words.
const STATEMENT: &str = "The trust will open the new maternity unit at Ashford General in \
    the spring of 2027, two years later than planned, because the builder went bust.";

/// The paraphrase, presented as a quote.
const PARAPHRASE: &str = "the maternity unit at Ashford General will not open until spring \
    2027 after the builder collapsed";

/// A page of paragraphs, `STATEMENT` among them.
fn page(paragraphs: &[String]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!doctype html><html lang=\"en\"><head><title>Hospital update</title></head>\
         <body><main><article><h1>Hospital update</h1>\n{body}</article></main></body></html>"
    )
}

/// The result's `nearest_passage`, read from its JSON (the public contract).
fn nearest(r: &QuoteResult) -> Option<String> {
    serde_json::to_value(r).expect("json")["nearest_passage"]
        .as_str()
        .map(str::to_string)
}

/// A paraphrase is `not_found`, its detail and `nearest_passage` naming the page's
/// passage it puts in other words (not another sentence sharing a word or two); a sentence
/// sharing too few of the page's words is still "nothing close to the quote", with no
/// passage named.
#[test]
fn a_paraphrase_names_the_passage_it_paraphrases() {
    let html = page(&[
        "The hospital trust met on Tuesday to review its building programme.".into(),
        "Work on the car park at Ashford General finished in March.".into(),
        STATEMENT.into(),
        "Patients will be told of any change to their appointments by letter.".into(),
    ]);
    let article = format!(
        "The trust's chief said: \u{201C}{PARAPHRASE}\u{201D} ([update](BASE/update)).\n\n\
         She added: \u{201C}ministers have promised a review of parking charges for \
         nurses next year\u{201D} ([update](BASE/update)).\n"
    );
    let quotes = check_served(&[("/update", html)], &article);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");

    let r = &quotes[0];
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    let passage = nearest(r).unwrap_or_else(|| panic!("no nearest passage: {r:#?}"));
    assert!(
        passage.contains("open the new maternity unit at Ashford General in the spring of 2027")
            && passage.contains("because the builder went bust"),
        "{passage}"
    );
    assert!(!passage.contains("car park"), "{passage}");
    assert!(
        r.detail.contains("the nearest passage there")
            && r.detail
                .contains(&format!("reads \u{201C}{passage}\u{201D}"))
            && !r.detail.contains("nothing close"),
        "{}",
        r.detail
    );

    let r = &quotes[1];
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    assert!(
        r.detail.contains("nothing close to the quote"),
        "{}",
        r.detail
    );
    assert_eq!(nearest(r), None, "{r:#?}");
}

/// On a page of 2 MB, the paraphrased passage at its very end is found (the search votes
/// with the quote's words' places from the page's index, never reading the page's text
/// quote by quote), and a passage cut short of its sentence is shown with `…`.
#[test]
fn a_paraphrase_at_the_end_of_a_two_megabyte_page_is_named() {
    let mut paragraphs: Vec<String> = (0..26_000)
        .map(|n| {
            format!(
                "Item {n} of the minutes records routine business of the parish committee, \
                 noted and agreed without a vote."
            )
        })
        .collect();
    paragraphs.push(format!(
        "In a statement issued late on Friday night after a long meeting of its board, and \
         to the dismay of local campaigners, {}",
        STATEMENT.replacen("The trust", "the trust", 1)
    ));
    let html = page(&paragraphs);
    assert!(html.len() > 2_000_000, "{}", html.len());
    let article = format!("The chief said: \u{201C}{PARAPHRASE}\u{201D} ([minutes](BASE/m)).\n");
    let quotes = check_served(&[("/m", html)], &article);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    let r = &quotes[0];
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    let passage = nearest(r).unwrap_or_else(|| panic!("no nearest passage: {}", r.detail));
    assert!(
        passage.starts_with('\u{2026}')
            && passage.contains("maternity unit at Ashford General in the spring of 2027")
            && !passage.contains("Item"),
        "{passage}"
    );
    assert!(r.detail.contains(&passage), "{}", r.detail);
}

/// A bracket opening a quote that stands for the page's word (`[The trust] will open …`
/// for "It will open …") is an editorial fit: the quote is verified, as before, but the
/// page's passage shown as evidence began after the word the bracket replaced, so the
/// reader could not see what it stood for. The page's word is shown, the passage from it;
/// a bracket closing a quote (`… would open [the unit]` for "… would open it") likewise,
/// but not a word past a comma (`would open [the unit]` of "would open, and").
#[test]
fn the_page_words_a_bracket_replaces_are_in_the_evidence() {
    let html = page(&[
        "The hospital trust met on Tuesday to review its building programme.".into(),
        "It will open the new maternity unit at Ashford General in the spring of 2027.".into(),
        "Patients asked when the unit would open, and the board said it would open it \
         in the spring."
            .into(),
    ]);
    let article = "The chief said: \u{201C}[The trust] will open the new maternity unit at \
         Ashford General in the spring\u{201D} ([update](BASE/update)).\n\n\
         She said \u{201C}the board said it would open [the unit]\u{201D} ([update](BASE/update)).\n\n\
         And: \u{201C}the board said [they] would open it in the spring\u{201D} \
         ([update](BASE/update)).\n\n\
         Then: \u{201C}when the unit would open [the unit]\u{201D} ([update](BASE/update)).\n";
    let quotes = check_served(&[("/update", html)], article);
    assert_eq!(quotes.len(), 4, "{quotes:#?}");
    for r in &quotes {
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    }
    let shown = |r: &QuoteResult| r.matched_text.clone().unwrap_or_default();
    assert!(
        shown(&quotes[0]).starts_with("It will open the new maternity unit"),
        "{:#?}",
        quotes[0]
    );
    assert!(
        shown(&quotes[1]).ends_with("would open it"),
        "{:#?}",
        quotes[1]
    );
    // A bracket inside the quote: its page word was in the evidence already.
    assert!(
        shown(&quotes[2]).contains("said it would open it"),
        "{:#?}",
        quotes[2]
    );
    // Nor is a word past a comma one a closing bracket stands for.
    assert!(
        shown(&quotes[3]).ends_with("would open"),
        "{:#?}",
        quotes[3]
    );
}
