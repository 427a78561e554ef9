//! Session 65's scale hunt: a long quote with many changed words. Each difference scanned
//! the whole quote again for a language's letters (Turkish, Persian, Czech, Romanian), so a
//! quote of 6,000 words with every seventh word changed took 0.84 s in a release build and
//! each doubling cost 3.3 times more. The letters are now looked for once per quote part.
//! These tests check the result stays right on such quotes (pages built in memory).

use citecheck::model::{DiffKind, Verdict};
use citecheck::verify::SourceText;

use super::evaluation2::check;

/// `n` made-up words, told apart by a counter in letters, as sentences of twelve words.
fn page_words(n: usize) -> Vec<String> {
    let letters = |mut i: usize| {
        let mut w = String::new();
        loop {
            w.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
            if i == 0 {
                break w;
            }
        }
    };
    (0..n)
        .map(|i| format!("w{}", letters(i * 7919 % 100_003)))
        .collect()
}

fn page_of(words: &[String]) -> SourceText {
    let text: Vec<String> = words
        .chunks(12)
        .map(|s| format!("{}.", s.join(" ")))
        .collect();
    SourceText::from_text(text.join("\n"))
}

/// A quote of 1,400 page words with every seventh replaced is `altered`, with one changed
/// word per replacement, each naming the page's word and the quote's.
#[test]
fn a_long_quote_with_many_changed_words_lists_each_change() {
    let words = page_words(3_000);
    let page = page_of(&words);
    let mut quote: Vec<String> = words[120..1_520].to_vec();
    let mut changed = Vec::new();
    for (i, w) in quote.iter_mut().enumerate() {
        if i % 7 == 3 {
            changed.push(w.clone());
            *w = "quorble".to_string();
        }
    }
    let r = check(&quote.join(" "), &page);
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    assert_eq!(r.differences.len(), changed.len(), "{}", r.detail);
    for (d, was) in r.differences.iter().zip(&changed) {
        assert_eq!(d.kind, DiffKind::Changed, "{d:?}");
        assert_eq!(d.quote, "quorble", "{d:?}");
        assert_eq!(&d.source, was, "{d:?}");
    }
}

/// The quote's own Romanian letters, far from its one difference, still make `nu` read as
/// negation: the letters are looked for in the whole quote, as before.
#[test]
fn a_long_quote_s_letters_far_from_a_change_still_tell_its_language() {
    let words = page_words(2_000);
    let mut page_text: Vec<String> = words[..600].to_vec();
    page_text.push("fabrica".into());
    page_text.push("este".into());
    page_text.push("deschisă".into());
    page_text.extend(words[600..1_200].iter().cloned());
    let page = page_of(&page_text);
    // The quote opens with a word in `ș`, hundreds of words before the change.
    let mut quote: Vec<String> = vec!["mulțumiri".into(), "și".into()];
    let mut on_page = page_text[100..700].to_vec();
    let at = on_page.iter().position(|w| w == "este").unwrap();
    on_page.insert(at + 1, "nu".into());
    quote.extend(on_page);
    let r = check(&quote.join(" "), &page);
    let notes: Vec<String> = r
        .differences
        .iter()
        .filter_map(|d| d.note.clone())
        .collect();
    assert!(
        notes.iter().any(|n| n.contains("negation added")),
        "{:?} {}",
        r.differences,
        r.detail
    );
}
