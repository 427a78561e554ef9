//! The rest of the sixty-fourth session's Markdown evaluation: a block quotation's lead-in
//! naming a numbered part takes the work before it only when it names no other work; a
//! reply's `>` quotation of the thread's own earlier words is no quotation of a source.

use citecheck::model::{Attribution, QuoteKind};

use crate::support::{extract_markdown, texts, url_ties};

const BLOCK: &str = "> Let n be an integer for which the value is as close to zero as possible, \
                     and pick the larger one.\n";

fn spec_tie() -> Vec<(Option<String>, Attribution)> {
    vec![(
        Some("https://spec.example.org/a".to_string()),
        Attribution::Link,
    )]
}

/// A lead-in naming a numbered part of another work (`Article 5 of the treaty says:`) after
/// a sentence linking a news story about it gives the quotation no citation; one naming a
/// part of the work linked (`Section 4 of the specification reads:`) still takes it. None
/// takes a link of a sentence linking two works, or one across a paragraph or a heading.
#[test]
fn a_numbered_part_of_another_work_takes_nothing() {
    for (prev, lead, tied) in [
        (
            "A [news story](https://spec.example.org/a) covered the signing of the treaty.",
            "Article 5 of the treaty says:",
            false,
        ),
        (
            "A [news story](https://spec.example.org/a) covered the signing.",
            "Article 5 of the Paris Agreement reads:",
            false,
        ),
        (
            "The algorithm is spelled out in [the specification](https://spec.example.org/a).",
            "Section 4 of the specification reads:",
            true,
        ),
        (
            "The algorithm is spelled out in [the specification](https://spec.example.org/a).",
            "Step 10 is the one that matters here:",
            true,
        ),
    ] {
        let e = extract_markdown(&format!("{prev} {lead}\n\n{BLOCK}"));
        let want = if tied { spec_tie() } else { vec![] };
        assert_eq!(url_ties(&e, "Let n be"), want, "{lead}");
    }
    // Nor after a sentence linking two works, nor across a paragraph break or a heading.
    for text in [
        "The algorithm is in [the specification](https://spec.example.org/a) and [a \
         draft](https://draft.example.org/b). Step 10 is the one that matters here:",
        "The algorithm is spelled out in [the specification](https://spec.example.org/a).\n\n\
         Step 10 is the one that matters here:",
        "The algorithm is spelled out in [the specification](https://spec.example.org/a).\n\n\
         ## Step 10\n\nStep 10 is the one that matters here:",
    ] {
        let e = extract_markdown(&format!("{text}\n\n{BLOCK}"));
        assert_eq!(url_ties(&e, "Let n be"), vec![], "{text}");
    }
}

/// A lead-in naming the work again (`The report says:`) after a sentence linking a story
/// about that work, not the work itself, gives the quotation no citation; a link whose words
/// or address name the work still cites it.
#[test]
fn the_work_named_again_is_not_a_story_about_it() {
    for (prev, tied) in [
        (
            "A [story in the Herald](https://spec.example.org/a) covered the report.",
            None,
        ),
        (
            "The council published [its report](https://spec.example.org/a) on Monday.",
            Some("https://spec.example.org/a"),
        ),
        (
            "The council published its report on Monday, [online](https://spec.example.org/report).",
            Some("https://spec.example.org/report"),
        ),
    ] {
        let e = extract_markdown(&format!("{prev} The report says:\n\n{BLOCK}"));
        let want: Vec<_> = tied
            .map(|u| (Some(u.to_string()), Attribution::Link))
            .into_iter()
            .collect();
        assert_eq!(url_ties(&e, "Let n be"), want, "{prev}");
    }
}

const EARLIER: &str = "**@jlee** commented\n\nThe grammar forbids a sign. I think we should \
                       reject the request with a 400.\n\n";

/// A thread's reply quoting an earlier comment of the same document (`> I think we should
/// …`) repeats the document's own words, as a pull quote does: no quotation of a source,
/// and so nothing `check` reports uncited. Quote marks, case and a trimmed end aside.
#[test]
fn a_reply_quoting_the_threads_own_words_is_no_quotation() {
    for reply in [
        "> I think we should reject the request with a 400.",
        "> “i think WE should reject the request”",
    ] {
        let e = extract_markdown(&format!(
            "{EARLIER}**@mwright** commented\n\n{reply}\n\nAgreed in principle.\n"
        ));
        assert!(
            !e.quotes.iter().any(|q| q.kind == QuoteKind::Block),
            "{reply}: {:#?}",
            texts(&e)
        );
    }
    // A block quotation stays one when its words come only later in the document, only
    // inside another quotation, not wholly (more words than the earlier text, or fewer than
    // six), or under a lead-in ending with a colon (a source's words the writer paraphrased
    // first).
    for text in [
        "> I think we should reject the request with a 400.\n\nI think we should reject \
         the request with a 400.\n"
            .to_string(),
        "Kerr wrote that \"I think we should reject the request with a 400.\"\n\n> I think \
         we should reject the request with a 400.\n"
            .to_string(),
        format!("{EARLIER}> I think we should reject the request with a 400 at once.\n"),
        format!("{EARLIER}> We should reject the request.\n"),
        format!(
            "{EARLIER}As the RFC puts it:\n\n> I think we should reject the request with a 400.\n"
        ),
    ] {
        let e = extract_markdown(&text);
        assert_eq!(
            e.quotes
                .iter()
                .filter(|q| q.kind == QuoteKind::Block)
                .count(),
            1,
            "{text}: {:#?}",
            texts(&e)
        );
    }
}

/// An inline quotation whose sentence names again the work the sentence before cites, by a
/// word of its title (`The guidelines are careful to say that …`, `the same section says
/// …`), takes that citation.
#[test]
fn the_work_named_again_in_an_inline_quotes_sentence() {
    let e = extract_markdown(
        "The value comes from the WHO's guidelines, now in their 4th edition.[^who] The \
         guidelines are careful to say that the value \"is not a target for environmental \
         quality\" and is set for drinking water only.\n\n[^who]: World Health Organization, \
         *Guidelines for Drinking-water Quality*, 2022, https://who.example.org/gdwq.\n",
    );
    assert_eq!(
        crate::support::cites(&e, "is not a target"),
        [(Some("who"), Attribution::Preceding)]
    );
    // (Not when the note cites a story about them.)
    let e = extract_markdown(
        "The value comes from the WHO's guidelines, now in their 4th edition.[^h] The \
         guidelines are careful to say that the value \"is not a target for environmental \
         quality\" and is set for drinking water only.\n\n[^h]: A. Reporter, \"Water rules \
         explained,\" *The Herald*, 2022, https://herald.example.org/water.\n",
    );
    assert!(crate::support::cites(&e, "is not a target").is_empty());
}

/// `the same section says a recipient “MUST NOT” …` after a block quotation cited by a link
/// naming that section takes its link; `the same section` after one whose link names no
/// section takes nothing.
#[test]
fn the_same_section_takes_the_quotation_before_naming_it() {
    for (link, tied) in [
        (
            "[RFC 9110, section 8.6](https://rfc.example.org/rfc9110)",
            true,
        ),
        ("[a blog post](https://rfc.example.org/rfc9110)", false),
    ] {
        let e = extract_markdown(&format!(
            "The spec is explicit about the grammar. From {link}:\n\n> Content-Length is \
             one or more digits and nothing else at all.\n\nand the same section says a \
             recipient \"MUST NOT forward a message with an invalid length\" at all.\n"
        ));
        let want: Vec<_> = if tied {
            vec![(
                Some("https://rfc.example.org/rfc9110".to_string()),
                Attribution::Preceding,
            )]
        } else {
            vec![]
        };
        assert_eq!(url_ties(&e, "MUST NOT"), want, "{link}");
    }
}
