//! The fifty-seventh session's plain-text quotations: a word a PDF or a mail client broke
//! at a line's end with a hyphen written whole in the quote's text (a compound keeping its
//! hyphen), and `>` reply lines answered on the lines right under them.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, quote, texts};

const NOTES: &str = "\n\n[1] https://water.example.org/survey\n\
                     [2] https://water.example.org/minutes\n";

/// Regression: a quotation pasted from a PDF with a word broken at a line's end
/// (`bore-⏎holes`) had the text `bore-holes`, a hyphen the writer never typed. The word is
/// whole now, with a Windows line break, spaces after the hyphen or U+2010 too; the quote
/// still starts where it did (its opening mark).
#[test]
fn a_word_broken_at_a_line_end_in_a_quotation_is_written_whole() {
    for brk in ["-\n", "-\r\n", "-  \n", "\u{2010}\n"] {
        let text = format!(
            "Wells\n\nThe hydrologist told us that \u{201C}the survey found the bore{brk}holes \
             near the river were drying out\nfaster than anyone had\nfeared\u{201D} [1].{NOTES}"
        );
        let e = extract_as(DocKind::Text, &text);
        let q = quote(&e, "the survey");
        assert_eq!(
            q.text,
            "the survey found the boreholes near the river were drying out faster than anyone \
             had feared",
            "{brk:?}"
        );
        assert_eq!((q.line, q.column), (3, 30), "{brk:?}");
        assert_eq!(q.words, 16, "{brk:?}");
    }
}

/// A compound broken at its hyphen keeps it: a first word that opens compounds (`well-`,
/// `self-`, `twenty-`, `co-`, `non-`), a last word that closes them (`-based`), a half of one
/// letter (`e-⏎mail`) or of two after it (`follow-⏎up`), a capitalised word inside a
/// sentence (`Harley-⏎built`), two capitalised words (`Anglo-⏎Saxon`). Not a word's ending
/// after a prefix (`cross-⏎ing` is `crossing`), nor a capitalised first word of a sentence
/// (`Bore-⏎holes`), nor `un-⏎known`.
#[test]
fn a_compound_broken_at_a_line_end_keeps_its_hyphen() {
    for (quoted, want) in [
        ("the well-\nknown springs", "the well-known springs"),
        ("a self-\nstyled expert", "a self-styled expert"),
        ("some twenty-\nfive wells", "some twenty-five wells"),
        ("we co-\noperate with them", "we co-operate with them"),
        ("a non-\nlinear fall", "a non-linear fall"),
        ("the farm-\nbased trials", "the farm-based trials"),
        ("by e-\nmail only", "by e-mail only"),
        ("a follow-\nup visit", "a follow-up visit"),
        ("the old Harley-\nbuilt pumps", "the old Harley-built pumps"),
        ("an Anglo-\nSaxon parish", "an Anglo-Saxon parish"),
        ("the UK-\nbased firm", "the UK-based firm"),
        ("the river cross-\ning failed", "the river crossing failed"),
        ("Bore-\nholes are dry", "Boreholes are dry"),
        ("the un-\nknown wells", "the unknown wells"),
    ] {
        let text =
            format!("Wells\n\nThe hydrologist said \u{201C}{quoted} this year\u{201D} [1].{NOTES}");
        let e = extract_as(DocKind::Text, &text);
        assert_eq!(texts(&e), vec![format!("{want} this year")], "{quoted:?}");
    }
}

/// A hyphen the line's break leaves alone: before a digit (`COVID-⏎19`), a lower-case word's
/// before a capital (the hyphen may be a dash: `plan-⏎Marlow`), one with a space before it
/// (` -⏎`, a dash), one with a space after it inside a line (`bore- holes` is as written).
#[test]
fn a_hyphen_not_inside_a_broken_word_is_left_as_written() {
    for (quoted, want) in [
        ("the COVID-\n19 rules", "the COVID- 19 rules"),
        ("the plan-\nMarlow said", "the plan- Marlow said"),
        ("the plan -\nwhich failed", "the plan - which failed"),
        ("the bore- holes\nnear", "the bore- holes near"),
        ("the well- known\nsprings", "the well- known springs"),
    ] {
        let text =
            format!("Wells\n\nThe hydrologist said \u{201C}{quoted} this year\u{201D} [1].{NOTES}");
        let e = extract_as(DocKind::Text, &text);
        assert_eq!(texts(&e), vec![format!("{want} this year")], "{quoted:?}");
    }
}

/// Regression: a `>` reply line carrying its own marker, answered on the line right under it
/// in the same paragraph (`> The levy … [1].⏎Really? The minutes … [2].`), was no quotation
/// at all. The reply lines are a block quotation of their own, cited by their marker (not
/// by the answer's); also after a line of the answer's own that ends a sentence. The space
/// before the marker is gone from the quote's text (`next year [1].` read `next year .`, in
/// a reply paragraph of its own too).
#[test]
fn a_reply_line_answered_under_it_is_cited_by_its_own_marker() {
    for text in [
        "Re: budget\n\n\
         > The levy will fall by a third next year [1].\n\n\
         Really? The minutes say otherwise [2].",
        "Re: budget\n\n\
         > The levy will fall by a third next year [1].\n\
         Really? The minutes say otherwise [2].",
        "Re: budget\n\n\
         I doubt what you said last week.\n\
         > The levy will fall by a third next year [1].\n\
         Really? The minutes say otherwise [2].",
        "Re: budget\n\n\
         > Councillors meet on Friday.\n\
         > The levy will fall by a third next year [1].\n\
         Really? The minutes say otherwise [2].",
    ] {
        let text = format!("{text}{NOTES}");
        let e = extract_as(DocKind::Text, &text);
        let q = e
            .quotes
            .iter()
            .find(|q| q.text.contains("The levy"))
            .unwrap_or_else(|| panic!("no quote in {text}: {:#?}", e.quotes));
        assert!(q.text.ends_with("by a third next year."), "{}", q.text);
        let line = text.lines().position(|l| l.starts_with('>')).map(|i| i + 1);
        assert_eq!((Some(q.line), q.column), (line, 1), "{text}");
        let ties: Vec<_> = q
            .citations
            .iter()
            .map(|c| (c.footnote.as_deref(), c.attribution))
            .collect();
        assert_eq!(ties, vec![(Some("1"), Attribution::MarkerAfter)], "{text}");
        assert!(
            !e.quotes.iter().any(|q| q.text.contains("Really")),
            "{text}"
        );
    }
}

/// The `>` lines stay as they were: a wrapped line that starts with `>` (`aged⏎> 65 are
/// exempt⏎from …`), a reply sentence going on in lower case under it, a reply without a
/// marker of its own (uncited, not tied to the answer's `[2]`), and a reply under its
/// writer's attribution line (`Sam wrote:`: correspondence, cited by nothing).
#[test]
fn reply_lines_in_a_paragraph_are_not_cut_out_loosely() {
    let e = extract_as(
        DocKind::Text,
        &format!(
            "Re: budget\n\nApplicants aged\n> 65 are exempt\nFrom the levy, the clerk says [1].\n\n\
             > The levy will fall by a third\nnext year [1].{NOTES}"
        ),
    );
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
    let e = extract_as(
        DocKind::Text,
        &format!(
            "Re: budget\n\n> The levy will fall by a third next year.\n\
             The minutes say otherwise [2].{NOTES}"
        ),
    );
    assert!(
        cited(&e, "The levy will fall").is_empty(),
        "{:#?}",
        e.quotes
    );
    let e = extract_as(
        DocKind::Text,
        &format!(
            "Re: budget\n\nSam wrote:\n> The levy will fall by a third next year [1].\n\
             > Councillors meet on Friday.\n\nI doubt it.{NOTES}"
        ),
    );
    assert!(
        cited(&e, "The levy will fall").is_empty(),
        "{:#?}",
        e.quotes
    );
}

/// Markdown's footnote marker written after a space (`next year [^1].`) left `next year .`
/// in the quotation's text, in a `>` quotation and an inline one alike: the marker's space
/// goes with it before a stop. A marker between words keeps the words apart.
#[test]
fn a_markdown_marker_after_a_space_takes_its_space_before_a_stop() {
    let notes = "\n\n[^1]: Budget statement, https://budget.example.org/2025\n";
    for (md, start, want) in [
        (
            "As the treasurer wrote:\n\n> The levy will fall by a third next year [^1].",
            "The levy",
            "The levy will fall by a third next year.",
        ),
        (
            "Officials said \"the levy will fall by a third next year [^1].\" Then more.",
            "the levy",
            "the levy will fall by a third next year.",
        ),
        (
            "Officials said \"the levy [^1] will fall by a third next year\".",
            "the levy",
            "the levy will fall by a third next year",
        ),
    ] {
        let e = extract_as(DocKind::Markdown, &format!("{md}{notes}"));
        let q = e
            .quotes
            .iter()
            .find(|q| q.text.starts_with(start))
            .unwrap_or_else(|| panic!("no quote in {md}: {:#?}", e.quotes));
        assert_eq!(q.text, want, "{md}");
    }
}
