//! Regressions from the thirty-seventh session: figures written the way newspapers shorten
//! them, and a share that changed its unit. Pages are built in memory. Each test failed on
//! the code before its fix.

use citecheck::model::{QuoteResult, Verdict};
use citecheck::verify::SourceText;

use crate::s27_brackets::check_led;
use crate::s28_numbers::{notes, page};

/// `12%` where the page says `12 percentage points` is a change of unit (a share against a
/// difference of shares), not of the number: the figure is the same.
#[test]
fn a_share_for_percentage_points_is_a_unit_changed() {
    let src = page(&[
        "Turnout among voters under thirty rose by 12 percentage points over the decade, \
         while older voters stayed home in most wards of the county.",
        "Support for the bypass fell by 4 points in the spring poll, the council said.",
    ]);
    let r = check_led(
        "rose by 12% over the decade, while older voters stayed home",
        "The county said turnout",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["unit changed"], "{r:#?}");
    // The same unit written another way is no change.
    let r = check_led(
        "rose by 12 pp over the decade, while older voters stayed home",
        "The county said turnout",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    // A changed figure is still a number changed.
    let r = check_led(
        "rose by 21 percentage points over the decade, while older voters stayed home",
        "The county said turnout",
        &src,
    );
    assert_eq!(notes(&r), ["number changed"], "{r:#?}");
}

/// `3m households`, as The Economist and the BBC shorten it, is `3 million households`;
/// `3m` before a measure (`a 3m wall`, `3m high`) stays three metres.
#[test]
fn a_count_in_millions_written_with_m_is_the_same_figure() {
    let src = page(&[
        "Officials added that 3 million households would receive the payment before the \
         winter began in earnest.",
        "The new flood wall is 3 metres high along the whole of the river front.",
        "About 2.5 million people use the ferry each year, and 40 thousand cars.",
    ]);
    for quote in [
        "3m households would receive the payment before the winter",
        "About 2.5m people use the ferry each year",
    ] {
        let r = check_led(quote, "The bulletin said", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {r:#?}");
    }
    let r = check_led(
        "The new flood wall is 3m high along the whole of the river front",
        "The bulletin said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    // Millions against metres is a change.
    let r = check_led(
        "4m households would receive the payment before the winter",
        "The bulletin said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["number changed"], "{r:#?}");
}

/// A unit abbreviated (`30km`, `40 mph`, `2kg`) where the page spells it out is the same
/// figure; another unit is still a unit changed, and `tons` is no `tonnes`.
#[test]
fn a_unit_abbreviated_is_the_same_unit() {
    let src = page(&[
        "The new coastal path runs for 30 kilometres between the two harbours.",
        "Each crate of apples weighs 2 kilograms and the orchard ships 40 tonnes a week.",
    ]);
    for quote in [
        "The new coastal path runs for 30km between the two harbours",
        "The new coastal path runs for 30 km between the two harbours",
        "Each crate of apples weighs 2kg and the orchard ships 40 tonnes a week",
    ] {
        let r = check_led(quote, "The council said", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {r:#?}");
    }
    let r = check_led(
        "The new coastal path runs for 30 miles between the two harbours",
        "The council said",
        &src,
    );
    assert_eq!(notes(&r), ["unit changed"], "{r:#?}");
    let r = check_led(
        "Each crate of apples weighs 2 kilograms and the orchard ships 40 tons a week",
        "The council said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
}

/// A hedge the page has and the quote drops or replaces (`will` for `may`, `every` for
/// `nearly every`) is noted: the quote claims more than its source. One the quote adds is
/// noted too; two hedges (`might` for `may`) are not.
#[test]
fn a_hedge_dropped_or_added_inside_a_quote_is_noted() {
    let src = page(&[
        "The council warned that the new toll may reduce traffic on the bridge by a third.",
        "The survey found that nearly every trader on the quay backed the plan in spring.",
        "The harbour will close for repairs during the first two weeks of March.",
    ]);
    let cases: &[(&str, &str)] = &[
        (
            "the new toll will reduce traffic on the bridge by a third",
            "hedge removed",
        ),
        (
            "The survey found that every trader on the quay backed the plan in spring",
            "hedge removed",
        ),
        (
            "The harbour could close for repairs during the first two weeks of March",
            "hedge added",
        ),
    ];
    for (quote, note) in cases {
        let r = check_led(quote, "The council said", &src);
        assert_eq!(r.verdict, Verdict::Altered, "{quote}: {r:#?}");
        assert_eq!(notes(&r), [*note], "{quote}: {r:#?}");
    }
    let r = check_led(
        "the new toll might reduce traffic on the bridge by a third",
        "The council said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(notes(&r).is_empty(), "{r:#?}");
}

/// A PDF's pages as its reader hands them over, with no furniture.
fn pdf(pages: &[&str]) -> SourceText {
    let pages: Vec<String> = pages.iter().map(|p| (*p).to_string()).collect();
    SourceText::from_pdf_pages(&pages)
}

/// Regression: a word split at a line's end after an earlier split word on the line before
/// (`arrange-⏎ments … gov-⏎ernance arrangements`) made a faithful quote `altered`, "quote
/// has “arrangements” where the source has “arrangements”"; and a soft hyphen (U+00AD) at a
/// line's end was not joined (`depart ment`).
#[test]
fn words_split_at_line_ends_join_however_many_and_however_marked() {
    let src = pdf(&[
        "We reviewed its arrange-\nments for securing value for money. In our view the council's gov-\n\
         ernance arrangements have not kept pace with the scale of the financial risks it faces.\n\
         The review concluded that the depart\u{ad}\nment had underestimated the cost and that minis\u{ad}\n\
         ters had been warned twice.",
    ]);
    for quote in [
        "In our view the council's governance arrangements have not kept pace with the scale of \
         the financial risks it faces",
        "The review concluded that the department had underestimated the cost and that \
         ministers had been warned twice",
    ] {
        let r = check_led(quote, "The auditors wrote", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {r:#?}");
    }
}

/// Regression: court pleading paper's margin line numbers, read as words of the sentence
/// that wraps past them, made a faithful quote `altered` with "number changed" for each;
/// a real change was buried among them. They are page furniture now; a changed word is
/// still a change, and numbers in the text are still numbers.
#[test]
fn margin_line_numbers_are_no_words_of_the_text() {
    let mut page1 = String::from("Case 3:23-cv-04417-JD Document 58 Filed 06/12/24 Page 7 of 22\n");
    let lines = [
        "The permits were issued in March.",
        "The agency relied on a study of 12 rivers.",
        "",
        "The Court finds that the agency's decision was arbitrary and",
        "capricious because it failed to consider an important aspect",
        "of the problem, namely the cumulative effect of the permits on",
    ];
    for (i, l) in lines.iter().enumerate() {
        page1.push_str(&format!("{} {l}\n", i + 23));
    }
    let mut page2 = String::from("Case 3:23-cv-04417-JD Document 58 Filed 06/12/24 Page 8 of 22\n");
    for (i, l) in [
        "downstream water quality. The motion is GRANTED.",
        "",
        "The clerk shall enter judgment in 14 days.",
        "",
        "IT IS SO ORDERED.",
    ]
    .iter()
    .enumerate()
    {
        page2.push_str(&format!("{} {l}\n", i + 1));
    }
    let src = pdf(&[&page1, &page2]);
    let quote = "The Court finds that the agency's decision was arbitrary and capricious because \
                 it failed to consider an important aspect of the problem, namely the cumulative \
                 effect of the permits on downstream water quality";
    let r = check_led(quote, "The judge wrote", &src);
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    let r = check_led(
        &quote.replace("downstream", "upstream"),
        "The judge wrote",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(
        r.differences.iter().all(|d| d.note.is_none()),
        "no number changed: {r:#?}"
    );
    let r = check_led(
        "The agency relied on a study of 21 rivers",
        "The judge wrote",
        &src,
    );
    assert_eq!(notes(&r), ["number changed"], "{r:#?}");
}

/// Regression: a running header set in the body's own type (Word's default), the same on
/// every page and with no number counting up, broke every quote running on from one page
/// to the next: "quote leaves out “Independent Office … 2023/24”". It is page furniture
/// now, which such a quote may skip; a quote of the header itself is still found.
#[test]
fn a_header_repeated_word_for_word_on_every_page_is_furniture() {
    let header =
        "Independent Office for Police Conduct  Annual Report and Statement of Accounts 2023/24";
    let src = pdf(&[
        &format!(
            "{header}\nThe report looks at complaints made in the year. Officers who had received \
             the revised training were significantly less likely to be the subject of a\n5"
        ),
        &format!(
            "{header}\ncomplaint about the use of force in the twelve months that followed. The \
             trial will be extended.\n6"
        ),
        &format!("{header}\nAppendix tables follow on the next pages of this report.\n7"),
    ]);
    let r = check_led(
        "Officers who had received the revised training were significantly less likely to be \
         the subject of a complaint about the use of force in the twelve months that followed",
        "The report found",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    let r = check_led(
        "Annual Report and Statement of Accounts 2023/24",
        "The title reads",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
}

/// A quote checked against a page cited by `url`.
fn check_at(text: &str, url: &str, src: &SourceText) -> QuoteResult {
    use citecheck::model::Quote;
    use citecheck::verify::{verify_quote, Candidate, VerifyOptions};
    let mut quote = Quote::citing(text, url);
    quote.citations[0].url = Some(url.to_string());
    quote.lead = "The decision says".to_string();
    let candidates = [Candidate {
        url,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

/// A pinpoint citation of a PDF's page (`#page=3`) that the quoted words are not on gets a
/// warning naming the page they are on; the right page, or no page cited, gets none.
#[test]
fn a_pdf_page_cited_that_the_words_are_not_on_is_warned_about() {
    let src = pdf(&[
        "Decision of the utility regulator on the billing error.",
        "The refunds will be paid by the end of June.",
        "Customers who have since moved house will be contacted by letter before any refund is paid.",
    ]);
    let quote = "Customers who have since moved house will be contacted by letter";
    let base = "https://sources.example.org/decision.pdf";
    let r = check_at(quote, &format!("{base}#page=2"), &src);
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("on page 3 of the PDF, not on page 2")),
        "{r:#?}"
    );
    // Regression (forty-fourth session): the sentence held a run of eighteen spaces, a
    // line of its source code broken without its `\`.
    assert!(
        r.warnings.iter().all(|w| !w.contains("  ")),
        "{:?}",
        r.warnings
    );
    for url in [format!("{base}#page=3"), base.to_string()] {
        let r = check_at(quote, &url, &src);
        assert!(r.warnings.is_empty(), "{url}: {r:#?}");
    }
}

/// `May` the month replaced by another was noted "hedge removed" (held-out evaluation,
/// fortieth session): a month written with its capital is a month, and another month in its
/// place is a date changed. The modal `may` is still a hedge.
#[test]
fn a_month_replaced_is_a_date_changed_not_a_hedge() {
    let src = page(&[
        "Dredging will start in May and should be finished before the sailing season.",
        "The board said the levy may rise again when the accounts are settled in March.",
    ]);
    let r = check_led(
        "Dredging will start in June and should be finished before the sailing season",
        "The authority said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(notes(&r), ["date changed"], "{r:#?}");
    let r = check_led(
        "the levy will rise again when the accounts are settled in March",
        "The board said",
        &src,
    );
    assert_eq!(notes(&r), ["hedge removed"], "{r:#?}");
    let r = check_led(
        "the levy may rise again when the accounts are settled in April",
        "The board said",
        &src,
    );
    assert_eq!(notes(&r), ["date changed"], "{r:#?}");
}

/// Words a quote adds after the end of the page's quotation were aligned with the page's
/// attribution past its closing mark (held-out evaluation, fortieth session): “…each way
/// to the hospital” against `…each way,” said Priya Odum` was "article says ‘to the
/// hospital’, source says ‘said Priya Odum’", with a false warning that the rest of the
/// quote was the page's paraphrase. The page's quotation mark ends what the quote can be
/// changed into: the words are added. And a quote joining a sentence to another speaker's,
/// aligned over the attribution between them, is two passages joined.
#[test]
fn words_past_the_pages_quotation_are_never_the_speakers() {
    let src = page(&[
        "\u{201C}My bus now takes twenty-five minutes longer each way,\u{201D} said Priya \
         Odum, a nurse who lives on the estate.",
        "\u{201C}We cannot keep patching a structure that was built for horses and carts,\u{201D} \
         said councillor Ines Marlowe, who chairs the transport committee.",
        "Marlowe said the work would begin in early September.",
        "Finance officer Tomasz Reyes warned that the project would draw down reserves. \
         \u{201C}Our reserves will fall to their lowest level since 2009, and that leaves \
         very little room for the unexpected,\u{201D} he said.",
    ]);
    let r = check_led(
        "My bus now takes twenty-five minutes longer each way to the hospital.",
        "Odum said",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(r.differences.len(), 1, "{r:#?}");
    assert_eq!(r.differences[0].quote, "to the hospital", "{r:#?}");
    assert!(r.differences[0].source.is_empty(), "{r:#?}");
    assert!(r.warnings.is_empty(), "{r:#?}");

    let r = check_led(
        "We cannot keep patching a structure that was built for horses and carts, and that \
         leaves very little room for the unexpected.",
        "Marlowe said",
        &src,
    );
    assert!(
        r.differences.iter().any(|d| d
            .note
            .as_deref()
            .is_some_and(|n| n.starts_with("passages joined"))),
        "{r:#?}"
    );
}
