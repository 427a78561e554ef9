//! Regressions found by the eighteenth session's held-out evaluations and the items left
//! open before it: each input lost a note, a source or gave a wrong one before its fix.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, note};

/// An rST note whose text puts byte 64 of its line inside a letter (Armenian, Cyrillic) is
/// still a note: the label's `]` is looked for in a prefix cut on a character.
#[test]
fn rst_notes_in_two_byte_scripts_are_read() {
    for text in [
        "Երևանի քաղաքապետարան, մամուլի հաղորդագրություն, 2026 թ.",
        "Алматы Алматы Алматы Алматы Алматы",
    ] {
        let e = extract_as(
            DocKind::Rst,
            &format!(
                "Title\n=====\n\nThe mayor called it \"the most modern cultural centre in \
                 town\" [1]_.\n\n.. [1] {text}\n"
            ),
        );
        assert_eq!(note(&e, "1").text, text);
        assert!(e.warnings.is_empty(), "{:?}", e.warnings);
        assert_eq!(cited(&e, "the most modern")[0].0.as_deref(), Some("1"));
    }
}

/// Blogger's notes, one per line in one element, each opening with its anchor after a
/// `<br />`: each is its own note with its own link.
#[test]
fn notes_split_by_line_breaks_in_one_element_are_separate() {
    let e = extract_as(
        DocKind::Html,
        "<div class=\"post-body\">He wrote of \"a poor man charged with a great family to \
         keep\".<a href=\"#note1\" name=\"ref1\"><sup>1</sup></a><br /><br />The order \
         told him \"to open the said course before the feast of St John\".<a href=\"#note2\" \
         name=\"ref2\"><sup>2</sup></a><br /><br /><hr /><span style=\"font-size: small;\">\
         <a name=\"note1\"></a>1. County Record Office, bundle 414.<br />\n<a name=\"note2\">\
         </a>2. Order book, f. 88. <a href=\"https://records.example.org/ob-1\">catalogue</a>\
         </span></div>",
    );
    assert!(note(&e, "1").urls.is_empty(), "{:?}", note(&e, "1"));
    assert!(!note(&e, "1").text.contains("Order book"));
    assert_eq!(note(&e, "2").urls, ["https://records.example.org/ob-1"]);
    assert_eq!(
        cited(&e, "to open the said"),
        [(
            Some("2".into()),
            Some("https://records.example.org/ob-1".into()),
            Attribution::MarkerAfter
        )]
    );
    assert_eq!(cited(&e, "a poor man")[0].1, None);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Notes marked with symbols in brackets closing a Markdown post (`[*]: text URL`, not a
/// link definition: text comes first) are notes, cited by `[*]` and `[†]`.
#[test]
fn bracketed_symbol_notes_closing_a_post_are_notes() {
    let e = extract_as(
        DocKind::Markdown,
        "The appeal asks each parish to \"give one hour a week to someone who is \
         alone\".[*]\n\nThe letter calls loneliness \"the quiet epidemic of our \
         age\".[†]\n\nA list item [x] and [a] are left alone.\n\n[*]: Diocese of Wenlow, Lent \
         Appeal 2026. https://wenlow.example.org/lent\n[†]: Bishop of Wenlow, Pastoral \
         Letter. https://wenlow.example.org/letter\n",
    );
    assert_eq!(
        cited(&e, "give one hour"),
        [(
            Some("*".into()),
            Some("https://wenlow.example.org/lent".into()),
            Attribution::MarkerAfter
        )]
    );
    assert_eq!(
        cited(&e, "the quiet epidemic"),
        [(
            Some("†".into()),
            Some("https://wenlow.example.org/letter".into()),
            Attribution::MarkerAfter
        )]
    );
}
