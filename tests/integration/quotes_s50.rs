//! Regressions found by the fiftieth session's held-out evaluation of quotation attribution:
//! a rebuttal clause wrapped over lines, a paragraph naming the document a block quotation
//! came from (`That report … ran on the front page`), where a record can be heard, a dash
//! credit naming a body, `That was <someone>, writing on …`, a `Label: URL` credit line in
//! plain text, a quoted title in a list of sources, and a newsletter item's lead-in under its
//! heading link. Each rule has its negative cases beside it.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, extract_markdown, quote, urls_of};

const PLAN: &str = "https://company.example.com/plan";
const EA: &str = "https://environment.example.gov.uk/storm-overflows/southvale";

/// Regression: a clause after `although` with its own subject (`…”,⏎although the figure
/// includes …, as the [Environment Agency's data](…) makes clear`) backed the quotation
/// when the sentence was wrapped after the comma: the clause cues were matched with a
/// space, and the line break is none. Wrapped or on one line, the agency's link backs the
/// clause; the quotation keeps its own link (in the sentence, or in the paragraph before).
#[test]
fn a_rebuttal_clause_reads_the_same_wrapped_over_lines() {
    let tail = "although the figure includes money already committed under the previous price \
                review, as the [Environment Agency's data][ea] makes clear.\n\n[ea]: ";
    for sep in [" ", "\n"] {
        let own_link = format!(
            "The company [says]({PLAN}) it is \"investing a record £1.1bn in storm overflows \
             between 2025 and 2030\",{sep}{}{EA}\n",
            tail.replace("price review", &format!("price{sep}review"))
        );
        let e = extract_markdown(&own_link);
        assert_eq!(urls_of(&e, "investing a record"), [PLAN], "{sep:?}");
        let link_before = format!(
            "The water company has a [plan]({PLAN}).\n\nThe company says it is \"investing a \
             record £1.1bn in storm overflows between 2025 and 2030\",{sep}{tail}{EA}\n"
        );
        let e = extract_markdown(&link_before);
        assert!(
            !urls_of(&e, "investing a record").contains(&EA.to_string()),
            "{sep:?}"
        );
        assert_eq!(urls_of(&e, "investing a record"), [PLAN], "{sep:?}");
    }
    // Without a clause of its own, the link after the quotation is still its source.
    let e = extract_markdown(
        "The company says it is \"investing a record £1.1bn in storm overflows between 2025 \
         and 2030\",\naccording to [its plan](https://company.example.com/plan).\n",
    );
    assert_eq!(urls_of(&e, "investing a record"), [PLAN]);
}

const SHED: &str = "> The weaving shed was silent yesterday for the first time in living memory. \
                    Four hundred people had worked there.\n\n";

/// Regression: a paragraph naming the document a block quotation came from with a
/// demonstrative and saying where it appeared (`That report, by Joan Whitby, ran on the
/// front page of the *Ashcombe Advertiser* …[^advertiser]`, `That report was published in
/// June.`, `The association issued that report in June.`) did not source it: only words
/// for a quotation (`passage`, `statement`) were read so. Any document noun (report,
/// article, letter, piece, speech, memo, …) after `That`, `Those` or `The same` now does,
/// with a verb of appearing in the first clause. `This article …` is the writer's own page,
/// and `That report also found …` may have moved on: neither cites the quotation.
#[test]
fn a_paragraph_naming_the_document_back_sources_the_block_quote() {
    let note = "\n\n[^adv]: Joan Whitby, \"Shed falls silent\", *Ashcombe Advertiser*, 1 April \
                1987, https://archive.example.org/adv/1987-04-01\n";
    let intro = "The local paper's report at the time was more sympathetic than the letter. \
                 Its\nreporter wrote:\n\n";
    for after in [
        "That report, by Joan Whitby, ran on the front page of the *Ashcombe Advertiser* \
         on\n1 April 1987.[^adv]",
        "That report was published in June.[^adv]",
        "The association issued that report in June.[^adv]",
        "The same article appeared in two other papers that week.[^adv]",
        "That letter was read out at the union meeting.[^adv]",
    ] {
        let e = extract_markdown(&format!("{intro}{SHED}{after}{note}"));
        assert_eq!(
            cited(&e, "The weaving shed"),
            [(
                Some("adv".to_string()),
                Some("https://archive.example.org/adv/1987-04-01".to_string()),
                Attribution::Following
            )],
            "{after}"
        );
    }
    for after in [
        "This article was amended on 3 May to correct a date.[^adv]",
        "That report also found that wages had fallen.[^adv]",
        "This week the mill's owners announced a sale.[^adv]",
    ] {
        let e = extract_markdown(&format!("{intro}{SHED}{after}{note}"));
        assert!(cited(&e, "The weaving shed").is_empty(), "{after}");
    }
}

const MILL: &str = "He recorded the mill hands in 1962.\n\n\
    > I started at the mill when I was fourteen, and my mother before me, and her mother.\n\
    > We knew every loom by its sound.\n>\n\
    > > You could tell when one was going wrong before the tackler could.\n>\n\
    > That's how it was, all of us together.\n\n";

/// Regression: `Arkwright's recordings are now in the county sound archive, and most of them
/// can be heard on its [website](…)` under a block quotation did not source it (a name's
/// possessive, and `are now in`, were not read as saying where the record is kept). It now
/// cites it, and the block nested inside takes the same citation.
#[test]
fn where_the_recordings_can_be_heard_sources_the_block_and_its_nested_block() {
    let url = "https://soundarchive.example.org.uk/collections/arkwright-ashcombe";
    let e = extract_markdown(&format!(
        "{MILL}Arkwright's recordings are now in the county sound archive, and most of them \
         can be\nheard on its [website]({url}).\n"
    ));
    for q in ["I started at the mill", "You could tell"] {
        assert_eq!(
            cited(&e, q),
            [(None, Some(url.to_string()), Attribution::Following)],
            "{q}"
        );
    }
    // A name's possessive that is no record kept anywhere moves on.
    let e = extract_markdown(&format!(
        "{MILL}Arkwright's mill closed in 1971, and the [site](https://mill.example.org/) \
         is now flats.\n"
    ));
    assert!(cited(&e, "I started at the mill").is_empty());
}

const RMT: &str = "The union's statement was short.\n\n\
    > Our members have kept this railway running through strikes, storms and a pandemic,\n\
    > with no thanks from the people who were taking the profits. Today is their day.\n\n";

/// Regression: a credit paragraph under a block quotation naming a body, not a person (`—
/// RMT press office, [rmt.example.org.uk](…)`), did not cite it, though the same line inside
/// the quotation did and `— Mick Lynch, [statement](…)` under it did. A dash line of a few
/// words with its link is now a credit there too; a sentence after a dash is not.
#[test]
fn a_dash_credit_naming_a_body_under_a_block_quote_cites_it() {
    let url = "https://www.rmt.example.org.uk/news/northern-lines-welcome";
    let e = extract_markdown(&format!(
        "{RMT}— RMT press office, [rmt.example.org.uk]({url})\n"
    ));
    assert_eq!(
        cited(&e, "Our members"),
        [(None, Some(url.to_string()), Attribution::Following)]
    );
    let e = extract_markdown(&format!(
        "{RMT}— and then the trains came back, as [we reported]({url}) last week.\n"
    ));
    assert!(cited(&e, "Our members").is_empty());
}

/// Regression: `That was a retired service engineer, writing on a [repair forum](…) in
/// 2019.` under a block quotation did not source it (`That was` then a person was read only
/// for a name or a title). Who said it, a comma and how they wrote or spoke it (`writing
/// on`, `speaking to`, `posting in`) now does; `That was a mistake, in hindsight` does not.
#[test]
fn that_was_someone_writing_on_a_forum_sources_the_block_quote() {
    let url = "https://forum.fixitclub.example.org/t/e21-drain-fault/2291";
    let page = |after: &str| {
        format!(
            "<html><body><article><p>One reader put it best.</p><blockquote><p>The E21 code \
             nearly always means the drain pump filter is blocked, not that the pump has \
             failed.</p></blockquote><p>{after}</p></article></body></html>"
        )
    };
    let e = extract_as(
        DocKind::Html,
        &page(&format!(
            "That was a retired service engineer, writing on a <a href=\"{url}\">repair \
             forum</a> in 2019."
        )),
    );
    assert_eq!(
        cited(&e, "The E21 code"),
        [(None, Some(url.to_string()), Attribution::Following)]
    );
    let e = extract_as(
        DocKind::Html,
        &page(&format!(
            "That was a mistake, in hindsight: the <a href=\"{url}\">pump</a> was fine."
        )),
    );
    assert!(cited(&e, "The E21 code").is_empty());
}

const CABINET: &str = "The council will close two libraries, according to the cabinet report:\n\n\
    \x20   Savings of £1.2m will be made by closing the Northgate and Eastfield\n\
    \x20   branches from April, with mobile services covering both areas.\n\n";
const ITEM7: &str = "https://council.example.gov/documents/cabinet-2024-02-27-item7.pdf";

/// Regression: in plain text, an indented passage under `… according to the cabinet
/// report:` was no quotation (`according to` was not read as introducing one), and a short
/// label and a colon before a lone web address under a block quotation (`Cabinet report,
/// item 7: https://…`, `Full cabinet report: https://…`) did not credit it as `Source:` did.
/// Under an inline quotation ending its paragraph, such a label credits it when it names a
/// record (`Full written evidence: https://…`); `Tickets: https://…` leads on.
#[test]
fn a_label_and_a_web_address_credit_the_quotation_before() {
    for label in ["Cabinet report, item 7", "Full cabinet report", "Source"] {
        let e = extract_as(
            DocKind::Text,
            &format!("{CABINET}{label}: {ITEM7}\n\nMore next week.\n"),
        );
        assert_eq!(
            cited(&e, "Savings of"),
            [(None, Some(ITEM7.to_string()), Attribution::Following)],
            "{label}"
        );
    }
    // A picture's credit under a block quotation is none of the words'.
    for after in [
        "Photo: [Jane Doe](https://photos.example.org/jane-doe)",
        "Photo: https://photos.example.org/jane-doe",
    ] {
        let e = extract_markdown(&format!(
            "> Savings of £1.2m will be made by closing the Northgate and Eastfield branches \
             from April.\n\n{after}\n"
        ));
        assert!(cited(&e, "Savings of").is_empty(), "{after}");
    }
    let para = "The committee heard from the trust, whose chief executive said the wards were \
                \"running at one hundred and four per cent of capacity every night this \
                winter\".\n\n";
    let evidence = "https://committees.example.gov/evidence/trust-2024.pdf";
    for label in [
        "Full written evidence",
        "Webcast (the debate starts at 1:14:20)",
    ] {
        let e = extract_as(DocKind::Text, &format!("{para}{label}: {evidence}\n"));
        assert_eq!(
            cited(&e, "running at one hundred"),
            [(None, Some(evidence.to_string()), Attribution::Following)],
            "{label}"
        );
    }
    for after in [
        "Tickets: https://tickets.example.org/winter-gala\n",
        "The trust said more beds would open: https://trust.example.org/beds\n",
    ] {
        let e = extract_as(DocKind::Text, &format!("{para}{after}"));
        assert!(cited(&e, "running at one hundred").is_empty(), "{after}");
    }
}

/// Regression: in a plain-text list of sources, a quoted title (`- Education Policy Unit,
/// "Free school meals and child poverty", January 2024: https://…`) was a quotation cited by
/// its own link and by the next item's (the list is one paragraph). A title in a source
/// list's entry is no quotation, in plain text and Markdown alike; a quotation in one item of
/// a plain-text list is never cited by another item's link.
#[test]
fn a_quoted_title_in_a_list_of_sources_is_no_quotation() {
    let list = "LINKS MENTIONED IN THIS EPISODE\n\n\
        - Education Policy Unit, \"Free school meals and child poverty\", January 2024: \
        https://educationpolicyunit.example.org/briefings/fsm-child-poverty-2024\n\
        - Dev Anand's reporting: https://devanand.example.net/school-meals/\n";
    for kind in [DocKind::Text, DocKind::Markdown] {
        let e = extract_as(kind, list);
        assert!(e.quotes.is_empty(), "{kind:?}: {:#?}", e.quotes);
    }
    let e = extract_as(
        DocKind::Text,
        "What we covered:\n\n\
         - The minister said the plan was \"a disgrace to the whole of the city and its \
         people\"\n\
         - Council statement: https://council.example.gov/statement\n",
    );
    assert!(
        urls_of(&e, "a disgrace").is_empty(),
        "{:?}",
        quote(&e, "a disgrace").citations
    );
}

/// Regression: a newsletter's item under a heading that is one link, with a lead-in
/// paragraph ending with a colon before its block quotation (`The airport's barrister told
/// the inspector:`), left the quotation uncited, though with no lead-in the heading's link
/// cites it. A short lead-in with no link or marker of its own now passes it; one citing a
/// source of its own keeps it.
#[test]
fn a_lead_in_under_a_heading_link_passes_the_link_to_the_block_quote() {
    let head =
        "### 4. [Airport expansion: inquiry opens](https://news.example.org/airport-inquiry)\n\n";
    let quote_md = "> This expansion is essential to the regional economy and will create \
                    thousands of jobs over the next decade.\n";
    let e = extract_markdown(&format!(
        "{head}The public inquiry into the second runway opened on Tuesday. The airport's \
         barrister told the inspector:\n\n{quote_md}"
    ));
    assert_eq!(
        cited(&e, "This expansion"),
        [(
            None,
            Some("https://news.example.org/airport-inquiry".to_string()),
            Attribution::Link
        )]
    );
    let e = extract_markdown(&format!(
        "{head}The inquiry opened on Tuesday. The airport's barrister told the \
         [inspector](https://inquiry.example.gov/day-1):\n\n{quote_md}"
    ));
    assert_eq!(
        urls_of(&e, "This expansion"),
        ["https://inquiry.example.gov/day-1"]
    );
}

const FOREWORD: &str = "> Nobody who reads these figures can believe the present system is \
                        working for the families it was built to serve.\n\n";

/// Regression: a block quotation introduced by a paragraph ending with a marker (`The
/// survey's foreword was blunt.[^3]`) and followed by a paragraph referring back to it with
/// no citation of its own (`That line, from the survey's foreword, has been quoted …`) was
/// uncited: a paragraph under a quotation naming its source takes the marker above from it.
/// When that paragraph names the source again in the words of the sentence citing it, the
/// marker above is the quotation's; `That was the chief executive, in a memo to staff.`
/// under `The council said it would act.[1]` still leaves it uncited.
#[test]
fn a_paragraph_naming_the_cited_source_again_keeps_the_marker_above() {
    let note = "\n\n[^3]: Family Survey 2023, https://survey.example.org/2023\n";
    let e = extract_markdown(&format!(
        "The survey's foreword was blunt.[^3]\n\n{FOREWORD}That line, from the survey's \
         foreword, has been quoted by every campaign since.{note}"
    ));
    assert_eq!(
        cited(&e, "Nobody who reads"),
        [(
            Some("3".to_string()),
            Some("https://survey.example.org/2023".to_string()),
            Attribution::IntroMarker
        )]
    );
    let e = extract_markdown(&format!(
        "The council said it would act.[^3]\n\n{FOREWORD}That was the chief executive, in a \
         memo to staff.{note}"
    ));
    assert!(cited(&e, "Nobody who reads").is_empty());
}
