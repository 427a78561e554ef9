//! Regressions from the fifty-third session: a single word a quote moves within its sentence
//! was listed as dropped in one place and added in another, with no word order changed; and
//! two numbers swapped beside a changed verb folded the verb into the number's change (`rise
//! 12` for "rose 8").

use citecheck::model::{DiffKind, QuoteResult, Verdict};

use super::s24_match::diffs;
use super::s49_check::check_served;

/// A page of three paragraphs, the middle one `sentence`.
fn page(sentence: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Council \
         news</title></head><body><main><article><h1>Council news</h1>\
         <p>Officials met on Tuesday to discuss the plans for the year ahead in the town.</p>\
         <p>{sentence}</p>\
         <p>The meeting closed after an hour with no further business raised by anyone.</p>\
         </article></main></body></html>"
    )
}

/// Each quote checked against a page holding its sentence.
fn check_each(cases: &[(&str, &str)]) -> Vec<QuoteResult> {
    let pages: Vec<(String, String)> = cases
        .iter()
        .enumerate()
        .map(|(i, (sentence, _))| (format!("/p{i}"), page(sentence)))
        .collect();
    let routes: Vec<(&str, String)> = pages.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let mut article = String::from("# Council\n\n");
    for (i, (_, quote)) in cases.iter().enumerate() {
        article.push_str(&format!(
            "The report said \u{201C}{quote}\u{201D} ([minutes](BASE/p{i})).\n\n"
        ));
    }
    let quotes = check_served(&routes, &article);
    assert_eq!(quotes.len(), cases.len(), "{quotes:#?}");
    quotes
}

const MOVED: &str = "word order changed";

/// One word moved within its sentence is one difference, `word order changed`, showing the
/// words it moved over on both sides: not the word dropped in one place and added in another.
#[test]
fn a_word_moved_within_its_sentence_is_a_word_order_change() {
    let quotes = check_each(&[
        (
            "The council quietly approved the budget on Monday.",
            "the council approved the budget quietly on Monday",
        ),
        // Moved to the quote's end or start, past the words the page has there.
        (
            "The council quietly approved the budget on Monday.",
            "the council approved the budget on Monday quietly",
        ),
        (
            "The council quietly approved the budget on Monday.",
            "quietly the council approved the budget on Monday",
        ),
        // In a longer sentence, farther on.
        (
            "The council quietly approved the new budget on Monday after a long debate.",
            "the council approved the new budget on Monday quietly after a long debate",
        ),
    ]);
    assert_eq!(
        diffs(&quotes[0]),
        [(
            DiffKind::Changed,
            "approved the budget quietly",
            "quietly approved the budget",
            Some(MOVED)
        )],
        "{:#?}",
        quotes[0]
    );
    assert_eq!(
        diffs(&quotes[1]),
        [(
            DiffKind::Changed,
            "approved the budget on Monday quietly",
            "quietly approved the budget on Monday",
            Some(MOVED)
        )],
        "{:#?}",
        quotes[1]
    );
    assert_eq!(
        diffs(&quotes[2]),
        [(
            DiffKind::Changed,
            "quietly the council",
            "The council quietly",
            Some(MOVED)
        )],
        "{:#?}",
        quotes[2]
    );
    assert_eq!(
        diffs(&quotes[3]),
        [(
            DiffKind::Changed,
            "approved the new budget on Monday quietly",
            "quietly approved the new budget on Monday",
            Some(MOVED)
        )],
        "{:#?}",
        quotes[3]
    );
    for r in &quotes {
        assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
        assert!(r.detail.contains("(word order changed)"), "{}", r.detail);
        assert!(!r.detail.contains("leaves out"), "{}", r.detail);
    }
}

/// A moved word beside a word that really changed, or a number that did: the move is one
/// difference, the change another, with its note. A word in another place that is another
/// word (`loudly` for "quietly") is no move: dropped and added, as before.
#[test]
fn a_moved_word_leaves_a_real_change_beside_it_a_change() {
    let quotes = check_each(&[
        (
            "The council quietly approved the new budget on Monday.",
            "the council approved the old budget quietly on Monday",
        ),
        (
            "The council quietly approved a budget of 5 million on Monday.",
            "the council approved a budget of 6 million quietly on Monday",
        ),
        (
            "The council quietly approved the budget on Monday.",
            "the council approved the budget loudly on Monday",
        ),
    ]);
    assert_eq!(
        diffs(&quotes[0]),
        [
            (
                DiffKind::Changed,
                "approved the old budget quietly",
                "quietly approved the new budget",
                Some(MOVED)
            ),
            (DiffKind::Changed, "old", "new", None),
        ],
        "{:#?}",
        quotes[0]
    );
    let d = diffs(&quotes[1]);
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(
        d[0],
        (
            DiffKind::Changed,
            "approved a budget of 6 million quietly",
            "quietly approved a budget of 5 million",
            Some(MOVED)
        ),
        "{d:?}"
    );
    assert_eq!(
        (d[1].0, d[1].3),
        (DiffKind::Changed, Some("number changed")),
        "{d:?}"
    );
    assert!(!d[1].1.contains("quietly"), "{d:?}");
    assert_eq!(
        diffs(&quotes[2]),
        [
            (DiffKind::Dropped, "", "quietly", None),
            (DiffKind::Added, "loudly", "", None),
        ],
        "{:#?}",
        quotes[2]
    );
}

/// Numbers swapped where the quote also changes the verb before the first: the verb's change
/// is a difference of its own, and each number's is a `number changed`.
#[test]
fn swapped_numbers_beside_a_changed_verb_are_changes_of_their_own() {
    let quotes = check_each(&[
        (
            "Prices rose 8 percent in March and 12 percent in April.",
            "prices rise 12 percent in March and 8 percent in April",
        ),
        (
            "Prices rose 8% in March and 12% in April.",
            "prices rise 12% in March and 8% in April",
        ),
        // One number changed beside a changed verb: the same.
        (
            "Sales fell 40 percent last year, the company said.",
            "sales dropped 45 percent last year, the company said",
        ),
    ]);
    // With `percent` and with `%`.
    for q in &quotes[..2] {
        assert_eq!(
            diffs(q),
            [
                (DiffKind::Changed, "rise", "rose", None),
                (DiffKind::Changed, "12", "8", Some("number changed")),
                (DiffKind::Changed, "8", "12", Some("number changed")),
            ],
            "{q:#?}"
        );
    }
    assert_eq!(
        diffs(&quotes[2]),
        [
            (DiffKind::Changed, "dropped", "fell", None),
            (DiffKind::Changed, "45", "40", Some("number changed")),
        ],
        "{:#?}",
        quotes[2]
    );
    for r in &quotes {
        assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    }
}
