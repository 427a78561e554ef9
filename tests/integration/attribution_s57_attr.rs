//! The fifty-seventh session's quote attribution (area attr), from a held-out evaluation:
//! the same record (`In the same post, …`) lent only by a quotation naming the same person,
//! no word naming nothing (`own`) tying a quotation to the paragraph before, a link in a
//! clause of its own after a colon, a link on a speaker's name to a profile page or on a
//! body's name to its home page, a speaker going on over a block quotation, a labelled web
//! address on the line after a quotation, and a relative clause saying where the speaker
//! wrote.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as, url_ties};

const POST: &str = "https://okafor.example.org/blog/footbridges";

/// Regression: `In the same post, Whitlock promised that “…”` took the post another
/// speaker's quotation two paragraphs up was tied to (the record named in the sentences
/// after that quotation, and nobody's name compared).
#[test]
fn the_same_record_is_lent_only_by_a_quotation_naming_the_same_person() {
    let intro = format!(
        "The mayor, Dana Okafor, set out the plan in a [blog post]({POST}) last week: \
         \"every footbridge in the borough will be inspected before the winter\".\n\n"
    );
    let md = format!(
        "{intro}Councillor Ray Whitlock has written about the footbridges too. In the same \
         post, Whitlock promised that \"no bridge will close without a public meeting \
         first\".\n"
    );
    let e = extract_as(DocKind::Markdown, &md);
    assert!(
        url_ties(&e, "no bridge will close").is_empty(),
        "{:#?}",
        e.quotes
    );

    // The same person again, by name or by a pronoun: still that post; a title before the
    // name, an opener or another outlet after it named otherwise change nothing (the
    // review of the fifty-seventh session: every capitalised word had to be found).
    for next in [
        "In the same post, Okafor promised that",
        "In the same post, she promised that",
        "In the same post, Mayor Okafor promised that",
        "However, in the same post, Dr Okafor promised that",
        "In the same post, Okafor told Radio Borough that",
    ] {
        let md =
            format!("{intro}{next} \"no bridge will close without a public meeting first\".\n");
        let e = extract_as(DocKind::Markdown, &md);
        assert_eq!(
            url_ties(&e, "no bridge will close"),
            vec![(Some(POST.to_string()), Attribution::Preceding)],
            "{next}: {:#?}",
            e.quotes
        );
    }
}

const INQUIRY_NOTES: &str = "<ol class=\"footnotes\"><li id=\"fn3\">Minutes of the quarry \
     inquiry, <a href=\"https://archive.example.org/quarry-inquiry-1911\">\
     https://archive.example.org/quarry-inquiry-1911</a>.</li></ol>";

/// Regression: `The quarrymen's own newspaper said that “…”` took note 3 of the paragraph
/// before (`… being my own property”.³`): `own` was read as naming that sentence's subject
/// again. A quotation naming the record again (`The report also said`) still takes it.
#[test]
fn a_word_naming_nothing_ties_no_quotation_to_the_paragraph_before() {
    let html = format!(
        "<html><body><article>\
<p>Halloran told the inquiry that the quarry was his &#8220;to work or close as I please, being my own property&#8221;.<sup><a href=\"#fn3\">3</a></sup></p>\n\
<p>The quarrymen's own newspaper said that &#8220;no landlord in the valley has ever spoken so plainly&#8221;.</p>\n\
{INQUIRY_NOTES}</article></body></html>"
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(
        cites(&e, "to work or close"),
        vec![(Some("3"), Attribution::MarkerAfter)],
        "{:#?}",
        e.quotes
    );
    assert!(cites(&e, "no landlord").is_empty(), "{:#?}", e.quotes);

    let html = format!(
        "<html><body><article>\
<p>The final report of the inquiry found that the quarry &#8220;was worked without regard for the men's safety&#8221;.<sup><a href=\"#fn3\">3</a></sup></p>\n\
<p>The report also said that &#8220;the owner declined to answer further questions&#8221;.</p>\n\
{INQUIRY_NOTES}</article></body></html>"
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(
        cites(&e, "the owner declined"),
        vec![(Some("3"), Attribution::Preceding)],
        "{:#?}",
        e.quotes
    );
}

/// Regression: `“…” looks optimistic: the auditor's [report](…) puts the cost at …` tied
/// the quotation to the report, whose clause after the colon has its own subject and verb.
/// A colon after the writer's verb of saying still leaves the link the quotation's.
#[test]
fn a_link_in_a_clause_of_its_own_after_a_colon_backs_that_clause() {
    let md = "The council's promise of \"a new pool by the summer of 2026\" looks optimistic: \
              the auditor's [report](https://audit.example.gov/pools-2024) puts the cost at \
              twice the budget.\n";
    let e = extract_as(DocKind::Markdown, md);
    assert!(url_ties(&e, "a new pool").is_empty(), "{:#?}", e.quotes);

    let md = "The auditors write that \"the pool will cost twice its budget\": the \
              [report](https://audit.example.gov/pools-2024) sets out the sums on page nine.\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(
        url_ties(&e, "the pool will cost"),
        vec![(
            Some("https://audit.example.gov/pools-2024".to_string()),
            Attribution::Link
        )],
        "{:#?}",
        e.quotes
    );
}

/// Regression: a link on the speaker's name to a staff or people page (`[Prof. Ana
/// Lind](…/staff/lind), a geologist, said “…”`) was taken for the quotation's source. A link
/// on the name to an article, or to a page deeper than the profile, still is.
#[test]
fn a_link_on_a_speakers_name_to_a_profile_page_is_no_source() {
    for (name, url) in [
        ("Prof. Ana Lind", "https://uni.example.edu/staff/lind"),
        ("Ana Lind", "https://uni.example.edu/people/ana-lind"),
        ("Lind", "https://geology.example.edu/about/team/lind.html"),
    ] {
        let md = format!(
            "[{name}]({url}), a geologist, said \"the cliff has moved two metres in a decade\".\n"
        );
        let e = extract_as(DocKind::Markdown, &md);
        assert!(
            url_ties(&e, "the cliff").is_empty(),
            "{url}: {:#?}",
            e.quotes
        );
    }
    for url in [
        "https://news.example.com/2023/05/lind-interview",
        "https://senate.example.gov/members/lind/press/2024-cliff-statement",
    ] {
        let md = format!(
            "[Ana Lind]({url}), a geologist, said \"the cliff has moved two metres in a decade\".\n"
        );
        let e = extract_as(DocKind::Markdown, &md);
        assert_eq!(
            url_ties(&e, "the cliff"),
            vec![(Some(url.to_string()), Attribution::Link)],
            "{url}: {:#?}",
            e.quotes
        );
    }
}

/// Regression: a link on an organisation's name to its home page (`[Riverside
/// Trust](https://…/) said “…”`) was taken for the quotation's source. One to the
/// statement itself still is.
#[test]
fn a_link_on_a_bodys_name_to_its_home_page_is_no_source() {
    let md = "[Riverside Trust](https://riverside-trust.example.org/) said \"the meadow will \
              flood again this winter\".\n";
    let e = extract_as(DocKind::Markdown, md);
    assert!(url_ties(&e, "the meadow").is_empty(), "{:#?}", e.quotes);

    let md = "[Riverside Trust](https://riverside-trust.example.org/news/meadow-statement) \
              said \"the meadow will flood again this winter\".\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(
        url_ties(&e, "the meadow"),
        vec![(
            Some("https://riverside-trust.example.org/news/meadow-statement".to_string()),
            Attribution::Link
        )],
        "{:#?}",
        e.quotes
    );
}

const PAPER: &str = "https://coastnews.example.com/2024/cliffs";

/// Regression: `She also said that “…”` under a block quotation introduced by `Ana Lind
/// told the [regional paper](…):` was left uncited. Not after a body's introduction, nor
/// when someone else is named going on.
#[test]
fn a_speaker_going_on_over_a_block_quotation_keeps_its_source() {
    let block = "\n\n> The cliff has moved two metres in a decade, and nobody in the county \
                 is measuring it.\n\n";
    let md = format!(
        "Ana Lind told the [regional paper]({PAPER}):{block}She also said that \"the path \
         along the top should close for good\".\n"
    );
    let e = extract_as(DocKind::Markdown, &md);
    assert_eq!(
        url_ties(&e, "The cliff has moved"),
        vec![(Some(PAPER.to_string()), Attribution::Link)],
        "{:#?}",
        e.quotes
    );
    assert_eq!(
        url_ties(&e, "the path along"),
        vec![(Some(PAPER.to_string()), Attribution::Preceding)],
        "{:#?}",
        e.quotes
    );

    for (intro, next) in [
        (
            "The county council said in a [statement]",
            "She also said that",
        ),
        ("Ana Lind told the [regional paper]", "Reyes also said that"),
    ] {
        let md = format!(
            "{intro}({PAPER}):{block}{next} \"the path along the top should close for good\".\n"
        );
        let e = extract_as(DocKind::Markdown, &md);
        assert!(
            url_ties(&e, "the path along").is_empty(),
            "{next}: {:#?}",
            e.quotes
        );
    }
}

const BRIEFING: &str = "https://gov.example.org/briefings/2024-03-fares";

/// Regression: `Full briefing: https://…` on the line right after a quotation, in the same
/// paragraph (a Markdown line break, HTML's `<br>`), or in a paragraph of its own as a
/// page's `<a>` showing the address, left the quotation uncited. A label naming no record
/// (`Photo:`) still cites nothing.
#[test]
fn a_labelled_address_on_the_line_after_a_quotation_cites_it() {
    let said = "\"We will not raise the fare this year, and we will not cut the night service \
                either,\" the minister said.";
    let md = format!("{said}\nFull briefing: {BRIEFING}\n");
    let e = extract_as(DocKind::Markdown, &md);
    assert_eq!(
        url_ties(&e, "We will not raise"),
        vec![(Some(BRIEFING.to_string()), Attribution::Following)],
        "{:#?}",
        e.quotes
    );

    let p = "<p>The minister said that &#8220;we will not raise the fare this year, and we will \
             not cut the night service either&#8221;.";
    for html in [
        format!("<html><body><article>{p}<br>Full briefing: {BRIEFING}</p></article></body></html>"),
        format!(
            "<html><body><article>{p}</p>\n<p>Full briefing: <a href=\"{BRIEFING}\">{BRIEFING}</a></p></article></body></html>"
        ),
    ] {
        let e = extract_as(DocKind::Html, &html);
        assert_eq!(
            url_ties(&e, "we will not raise"),
            vec![(Some(BRIEFING.to_string()), Attribution::Following)],
            "{html}: {:#?}",
            e.quotes
        );
    }

    let md = format!("{said}\nPhoto: https://photos.example.org/minister-2024.jpg\n");
    let e = extract_as(DocKind::Markdown, &md);
    assert!(
        url_ties(&e, "We will not raise").is_empty(),
        "{:#?}",
        e.quotes
    );
}

const OP_ED: &str = "https://coastnews.example.com/2024/03/lind-op-ed";

/// Regression: `Lind, who [wrote in March](…), said “…”` left the quotation uncited: every
/// link in a relative clause about the speaker was the clause's. One saying where the
/// speaker said or wrote it is the quotation's; one about something else (`who [chairs the
/// trust](…)`) or naming another work (`who [wrote a book about the coast](…)`) is not.
#[test]
fn a_relative_clause_saying_where_the_speaker_wrote_cites_the_quotation() {
    for clause in [
        format!("who [wrote in March]({OP_ED})"),
        format!("who [told the regional paper]({OP_ED}) last week"),
    ] {
        let md = format!("Lind, {clause}, said \"the cliff has moved two metres in a decade\".\n");
        let e = extract_as(DocKind::Markdown, &md);
        assert_eq!(
            url_ties(&e, "the cliff"),
            vec![(Some(OP_ED.to_string()), Attribution::Link)],
            "{clause}: {:#?}",
            e.quotes
        );
    }
    for clause in [
        format!("who [chairs the trust]({OP_ED})"),
        format!("who [wrote a book about the coast]({OP_ED})"),
        // The review's cases: a verb with its object, and a topic after the link.
        format!("who [published an article]({OP_ED}) on erosion"),
        format!("who [wrote Coastal Retreat]({OP_ED})"),
        format!("who [wrote]({OP_ED}) on erosion"),
    ] {
        let md = format!("Lind, {clause}, said \"the cliff has moved two metres in a decade\".\n");
        let e = extract_as(DocKind::Markdown, &md);
        assert!(
            url_ties(&e, "the cliff").is_empty(),
            "{clause}: {:#?}",
            e.quotes
        );
    }
}

/// A sentence whose only capitalised word is its opener (`According to the same report`)
/// names nobody: the earlier quotation's record is lent as before the names were compared
/// (the review of the fifty-seventh session found `According` taken for a name).
#[test]
fn an_opener_is_no_name_for_the_same_record() {
    let md = "The [audit report](https://audit.example.gov/2024/roads) found that \"two \
              bridges in five need repairs within the decade\".\n\n\
              According to the same report, \"the repair budget covers barely half of \
              that work\".\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(
        url_ties(&e, "the repair budget"),
        vec![(
            Some("https://audit.example.gov/2024/roads".to_string()),
            Attribution::Preceding
        )],
        "{:#?}",
        e.quotes
    );
}
