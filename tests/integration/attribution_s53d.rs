//! The fifty-third session's fourth pass on a continuation taking the citation of the
//! sentence before (`preceding`), from misses of a held-out evaluation: a speaker quoted in
//! British single marks (`‘…,’ Priya Shah said in a [statement](…).`) going on by surname;
//! a split quotation's tag (`“…,” he added, “…”`); a speaker named after a role (`Port
//! director Amara Quist said in a [statement](…)`, `The port director, Amara Quist, said`).
//! Each rule has its negative cases beside it: another person going on, the sentence before
//! citing someone else's document.

use citecheck::model::Attribution;

use crate::support::{cited, extract_markdown, url_ties};

const URL: &str = "https://example.org/statement";

fn inherited() -> Vec<(Option<String>, Attribution)> {
    vec![(Some(URL.to_string()), Attribution::Preceding)]
}

/// Regression: `Shah added that the decision was ‘…’.` after `‘We have listened to
/// residents,’ Priya Shah said in a [statement](…).` was uncited (with `“…”` it was
/// cited): the speaker of the quotation before was read in double marks only, and a
/// sentence opening with a quotation has no subject of its own to name her.
#[test]
fn a_speaker_quoted_in_single_marks_goes_on() {
    for who in [
        "Shah added that",
        "Ms Shah added that",
        "Priya Shah went on to say that",
    ] {
        let md = format!(
            "# Ferry\n\n‘We have listened to residents,’ Priya Shah said in a \
             [statement]({URL}).\n\n{who} the decision was ‘not a U-turn but a pause for \
             breath’.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(
            url_ties(&e, "We have listened"),
            vec![(Some(URL.to_string()), Attribution::Link)],
            "{who}"
        );
        assert_eq!(url_ties(&e, "not a U-turn"), inherited(), "{who}");
    }
    // An apostrophe is no closing mark (`We’ve`, `council’s`).
    let md = format!(
        "# Ferry\n\n‘We’ve listened to residents,’ Priya Shah said in the council’s \
         [statement]({URL}).\n\nShah added that the decision was ‘not a U-turn but a pause \
         for breath’.\n"
    );
    let e = extract_markdown(&md);
    assert_eq!(url_ties(&e, "not a U-turn"), inherited());
    // Someone else goes on.
    for who in ["Okafor added that", "Tom Shah added that"] {
        let md = format!(
            "# Ferry\n\n‘We have listened to residents,’ Priya Shah said in a \
             [statement]({URL}).\n\n{who} the decision was ‘not a U-turn but a pause for \
             breath’.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "not a U-turn"), vec![], "{who}");
    }
}

const RELEASE: &str = "https://example.org/release";

/// Regression: `Tom Pike said in a [campaign release](…) that the subsidy had grown. “We
/// are paying for empty boats,” he added, “and half the winter sailings …”` left both parts
/// uncited (`“…,” Pike added. “…”` was cited): the speaker's tag was read up to the end of
/// the sentence, past the second part. It is now read up to the second part's opening mark.
#[test]
fn a_split_quotation_goes_on_from_the_sentence_before() {
    let lead = format!(
        "# Ferry\n\nTom Pike said in a [campaign release]({RELEASE}) that the subsidy had \
         grown."
    );
    for (open, close) in [("“", "”"), ("\"", "\"")] {
        for tag in ["he added", "Pike added", "added Pike", "Pike went on"] {
            let md = format!(
                "{lead} {open}We are paying for empty boats,{close} {tag}, {open}and half the \
                 winter sailings leave with no passengers at all.{close}\n"
            );
            let e = extract_markdown(&md);
            let want = vec![(Some(RELEASE.to_string()), Attribution::Preceding)];
            assert_eq!(url_ties(&e, "We are paying"), want, "{tag}");
            assert_eq!(url_ties(&e, "and half"), want, "{tag}");
        }
    }
    // Another person, another occasion.
    for tag in ["Okafor added", "Jane Pike added", "he later said"] {
        let md = format!(
            "{lead} “We are paying for empty boats,” {tag}, “and half the winter sailings \
             leave with no passengers at all.”\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "We are paying"), vec![], "{tag}");
        assert_eq!(url_ties(&e, "and half"), vec![], "{tag}");
    }
    // `he` does not go on from a body's words.
    let md = format!(
        "# Ferry\n\nThe transport ministry said in a [statement]({RELEASE}) that the subsidy had \
         grown. “We are paying for empty boats,” he added, “and half the winter sailings \
         leave with no passengers at all.”\n"
    );
    let e = extract_markdown(&md);
    assert_eq!(url_ties(&e, "We are paying"), vec![]);
}

const PORT: &str = "We expect the first ships back by the end of the month.";

/// Regression: `Quist added: “…”` after `Port director Amara Quist said in a
/// [statement](…) that …` or `The port director, Amara Quist, said in a [statement](…)
/// that …` was uncited: the sentence's subject was read as its first three words only
/// (`Port director Amara`, `The port director`). The speaker its verb of saying names
/// before the citation is now read too, once the quote's sentence says someone goes on.
#[test]
fn a_speaker_named_after_a_role_in_the_sentence_before_goes_on() {
    for subject in [
        "Port director Amara Quist said",
        "The port director, Amara Quist, said",
        "Amara Quist, the port director, said",
    ] {
        let lead =
            format!("# Port\n\n{subject} in a [statement]({URL}) that the quay would reopen.");
        for who in [
            "Quist added:",
            "Ms Quist added:",
            "Amara Quist went on:",
            "She added:",
        ] {
            let e = extract_markdown(&format!("{lead} {who} “{PORT}”\n"));
            assert_eq!(url_ties(&e, "We expect"), inherited(), "{subject} / {who}");
        }
        for who in ["Okafor added:", "Jan Quist added:", "Quist later said:"] {
            let e = extract_markdown(&format!("{lead} {who} “{PORT}”\n"));
            assert_eq!(url_ties(&e, "We expect"), vec![], "{subject} / {who}");
        }
    }
    // Someone else's statement, naming the one who goes on.
    let e = extract_markdown(&format!(
        "# Port\n\nPort director Lena Okafor said in a [statement]({URL}) that Amara Quist \
         would stand down. Quist added: “{PORT}”\n"
    ));
    assert_eq!(url_ties(&e, "We expect"), vec![]);
    // Another person of the same family name, after a name opening the sentence.
    let e = extract_markdown(&format!(
        "# Port\n\nTom Quist said in a [statement]({URL}) that the quay would reopen. Amara \
         Quist added: “{PORT}”\n"
    ));
    assert_eq!(url_ties(&e, "We expect"), vec![]);
}

const STRATEGY: &str = "https://example.org/strategy";

/// Regression: `It also says that residents will “co-design” the uses.` after `The council
/// published its [digital strategy](…) in May.` was uncited, though a quote of five words or
/// more there took the strategy: a short quote never went on from the sentence before. It
/// does now when its sentence says plainly that it reports the words (a verb of saying and
/// `that`, or a colon), and not otherwise (`It calls residents “co-designers”`: the
/// writer's word as likely as the work's).
#[test]
fn a_short_quote_goes_on_when_its_sentence_reports_it() {
    let lead =
        format!("# Strategy\n\nThe council published its [digital strategy]({STRATEGY}) in May.");
    let want = vec![(Some(STRATEGY.to_string()), Attribution::Preceding)];
    for said in [
        "It also says that residents will “co-design” the uses.",
        "The strategy says that residents will “co-design” the uses.",
        "It adds that residents will “co-design” the uses.",
    ] {
        let e = extract_markdown(&format!("{lead} {said}\n"));
        assert!(cited(&e, "co-design").len() == 1, "{said}");
        assert_eq!(url_ties(&e, "co-design"), want, "{said}");
    }
    for said in [
        "It calls residents “co-designers” of the uses.",
        "It is a “co-design” plan.",
        "Critics say that residents will “co-design” nothing.",
        "The strategy was written by a panel that would “co-design” the uses.",
    ] {
        let e = extract_markdown(&format!("{lead} {said}\n"));
        assert_eq!(url_ties(&e, "co-design"), vec![], "{said}");
    }
}

const TALK: &str = "https://example.org/talk";

/// Regression: `He added: “…”` after `In 2019 Reid gave a [talk](…) on the subject.` was
/// uncited: the sentence's subject was read as its first words (`In`, `Reid`), and `In` is
/// no person. A year fronted with no comma is now passed over, as one with a comma was.
#[test]
fn a_speaker_after_a_fronted_year_goes_on() {
    let quote = "“Nobody in the room had heard of the method before.”";
    let want = vec![(Some(TALK.to_string()), Attribution::Preceding)];
    for who in ["He added:", "Reid added:", "He went on:"] {
        let e = extract_markdown(&format!(
            "# Talk\n\nIn 2019 Reid gave a [talk]({TALK}) on the subject. {who} {quote}\n"
        ));
        assert_eq!(url_ties(&e, "Nobody"), want, "{who}");
    }
    for who in ["Okafor added:", "He later said:"] {
        let e = extract_markdown(&format!(
            "# Talk\n\nIn 2019 Reid gave a [talk]({TALK}) on the subject. {who} {quote}\n"
        ));
        assert_eq!(url_ties(&e, "Nobody"), vec![], "{who}");
    }
    // A body after the year: no `he`.
    let e = extract_markdown(&format!(
        "# Talk\n\nIn 2019 The Council gave a [talk]({TALK}) on the subject. He added: {quote}\n"
    ));
    assert_eq!(url_ties(&e, "Nobody"), vec![]);
}

/// Regression: `“Several lorries have overturned near the summit,” the statement said.`
/// (or `it added.`) after `Police Scotland said in a [statement](…) that the road was
/// closed.` was uncited, though `It added: “…”` was cited: the tag after a quote opening
/// its sentence was read as a person's only (`he added`, `Birkett added`). The work cited
/// before now speaks on after the quote too; not another work (`the report said`).
#[test]
fn a_tag_naming_the_document_goes_on() {
    let lead =
        format!("# Road\n\nPolice Scotland said in a [statement]({URL}) that the road was closed.");
    for tag in ["the statement said", "it added", "the statement added"] {
        let e = extract_markdown(&format!(
            "{lead} “Several lorries have overturned near the summit,” {tag}.\n"
        ));
        assert_eq!(url_ties(&e, "Several lorries"), inherited(), "{tag}");
    }
    for tag in ["the report said", "the minister said"] {
        let e = extract_markdown(&format!(
            "{lead} “Several lorries have overturned near the summit,” {tag}.\n"
        ));
        assert_eq!(url_ties(&e, "Several lorries"), vec![], "{tag}");
    }
    // Nor `The report said:` before the quote (the verb named no work).
    let e = extract_markdown(&format!(
        "{lead} The report said: “Several lorries have overturned near the summit.”\n"
    ));
    assert_eq!(url_ties(&e, "Several lorries"), vec![]);
}

/// A work's part going on in the past tense (`Its abstract put the case plainly: “…”`)
/// after a sentence linking the work: `puts` took the link, `put` did not.
#[test]
fn a_works_part_going_on_in_the_past_tense() {
    let md = "The panel cited the [earlier study by Lund and Ferro](https://s.example.org/lund). \
              Its abstract put the case plainly: “harbour towns that kept their ferries kept \
              their schools”.\n";
    assert_eq!(
        url_ties(&extract_markdown(md), "harbour towns"),
        vec![(
            Some("https://s.example.org/lund".to_string()),
            Attribution::Preceding
        )]
    );
}

/// A dash credit under a block quotation that closes with the page (`— Northern Lights
/// Board, [A Century of Lights](…), p. 212`) credits it, as it did without the page: the
/// page's words made the credit too long to read as one.
#[test]
fn a_dash_credit_closing_with_its_page_credits_the_block() {
    let url = "https://n.example.org/c.pdf";
    for page in ["", ", p. 212", ", pp. 212–14", ", p. 212."] {
        let md = format!(
            "The board history is more matter-of-fact:\n\n> The automation of Skerry Ness was \
             completed on schedule and without incident in 1998.\n\n— Northern Lights Board, \
             [*A Century of Lights*]({url}){page}\n"
        );
        // (`link` without the page, read as the block's own credit line; `following` with
        // it, read as the paragraph under the block: either names the work.)
        let ties = url_ties(&extract_markdown(&md), "The automation");
        assert!(
            matches!(
                ties.as_slice(),
                [(Some(u), Attribution::Link | Attribution::Following)] if u == url
            ),
            "{page:?}: {ties:?}"
        );
    }
    // A sentence after the dash is no credit, page or not.
    let md = "The board history:\n\n> The automation of Skerry Ness was completed on schedule \
              and without incident in 1998.\n\n— We left the island the following spring, as \
              the [board](https://n.example.org/b) had asked us to do, p. 4\n";
    assert_eq!(url_ties(&extract_markdown(md), "The automation"), vec![]);
}
