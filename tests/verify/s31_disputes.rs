//! Regressions from the disputes evaluation (session 30): pages that dispute the quoted
//! words in ways the checks did not read. A transcript whose speakers' names stand over
//! their words (a `<dt>` over its `<dd>`, a table row's first cell, a podcast's name in a
//! paragraph of its own) with each speaker named once; a retraction notice worded `The
//! journal has retracted this article` or `This article was retracted on …`; corrections
//! worded `not “…” as originally reported`, `corrected to reflect … rather than “…”`, `“…”,
//! has been deleted from this story` and `incorrectly attributed a quote to …` with the
//! quotation in the next sentence; `denied that she had described … as “…”`; and a fact
//! check's `Claim:` under its `Rating: False`. Each verified with no dispute before its fix.
//! Pages are built in memory.

use citecheck::model::{DisputeKind, Quote, QuoteResult, Verdict};
use citecheck::verify::{verify_quote, Candidate, SourceText, VerifyOptions};

use crate::s27_brackets::{check_led, page as html_page};

const A: &str = "https://example.org/a";

fn page(title: &str, body: &str) -> SourceText {
    html_page(&format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">The Harbour Courier</a></header>\
         <main><article>{body}</article></main>\
         <footer class=\"site-footer\"><p>All rights reserved.</p></footer></body></html>"
    ))
}

/// Checks `text`, which the article gives to `speaker`, against `src`.
fn check_said(text: &str, speaker: &str, src: &SourceText) -> QuoteResult {
    let mut quote = Quote::citing(text, A);
    quote.citations[0].url = Some(A.to_string());
    quote.lead = format!("{speaker} said");
    quote.speaker = Some(speaker.to_string());
    let candidates = [Candidate {
        url: A,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

fn disputed(r: &QuoteResult, kind: DisputeKind) -> bool {
    r.disputes.iter().any(|d| d.kind == kind)
}

/// A transcript whose names stand over their words, each speaker named once: the words are
/// the speaker's over them, whoever the article names. The named speaker's own words, and a
/// glossary whose terms stand over their definitions, dispute nothing.
#[test]
fn labels_standing_over_their_words_name_their_speaker() {
    const WORDS: &str = "the dredging budget was cut in half last spring";
    let layouts = [
        "<h1>Harbour committee, 4 March</h1><p>A transcript of the session.</p><dl>\
         <dt>Ines Varga</dt><dd>Thank you for having me here today.</dd>\
         <dt>Tom Riley</dt><dd>The dredging budget was cut in half last spring and nobody \
         told the pilots.</dd></dl>",
        "<h1>Council minutes</h1><p>Statements made on 9 May.</p><table>\
         <tr><th>Speaker</th><th>Statement</th></tr>\
         <tr><td>Ines Varga</td><td>The pool should stay open all summer long.</td></tr>\
         <tr><td>Tom Riley</td><td>The dredging budget was cut in half last spring.</td></tr>\
         </table>",
        "<h1>Episode 12: the harbour</h1><p>Ines Varga</p><p>Welcome back to the show, \
         everyone.</p><p>Tom Riley</p><p>The dredging budget was cut in half last spring, \
         you know.</p><p>Ines Varga</p><p>Strong words.</p>",
    ];
    for body in layouts {
        let src = page("Harbour", body);
        let r = check_said(WORDS, "Ines Varga", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{body}: {}", r.detail);
        assert!(
            disputed(&r, DisputeKind::OtherSpeaker),
            "{body}: {:?}",
            r.warnings
        );
        assert!(
            r.warnings.iter().any(|w| w.contains("Tom Riley's")),
            "{:?}",
            r.warnings
        );
        let r = check_said(WORDS, "Tom Riley", &src);
        assert!(r.disputes.is_empty(), "{body}: {:?}", r.disputes);
    }
    let glossary = page(
        "Harbour terms",
        "<h1>Harbour terms</h1><dl><dt>Dredging</dt><dd>Digging out a channel to keep it \
         deep enough for boats.</dd><dt>tidal lock</dt><dd>a gate that closes at high water \
         to keep the basin full.</dd></dl>",
    );
    for words in [
        "digging out a channel to keep it deep enough",
        "a gate that closes at high water",
    ] {
        let r = check_said(words, "Ines Varga", &glossary);
        assert_eq!(r.verdict, Verdict::Verified, "{words}: {}", r.detail);
        assert!(r.disputes.is_empty(), "{words}: {:?}", r.disputes);
    }
}

const PAPER: &str = "<h1>Hedgerows and farmland birds</h1>\
    <p class=\"authors\">T. Moss and J. Carew</p>\
    <p>Hedgerows planted with hawthorn and blackthorn held three times as many nesting birds \
    as wire fences across the study farms in both seasons of the survey.</p>";

/// A retraction notice in the words publishers use: the journal `has retracted this
/// article`, the article `was retracted on` a date. A page that says why another paper was
/// retracted is not itself retracted.
#[test]
fn a_retraction_in_other_words_is_read() {
    const Q: &str = "held three times as many nesting birds as wire fences";
    for banner in [
        "<div class=\"notice\"><p>The Journal of Field Ecology has retracted this article at \
         the request of the editors.</p></div>",
        "<p><strong>This article was retracted on 12 May 2024.</strong></p>",
        "<p>The editors have formally retracted this paper.</p>",
    ] {
        let src = page("Hedgerows and farmland birds", &format!("{banner}{PAPER}"));
        let r = check_led(Q, "a study found that hedgerows", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
        assert!(
            disputed(&r, DisputeKind::Retracted),
            "{banner}: {:?}",
            r.warnings
        );
    }
    let src = page(
        "Hedgerows and farmland birds",
        &format!("<p>This article explains why the earlier paper was retracted.</p>{PAPER}"),
    );
    let r = check_led(Q, "a study found that hedgerows", &src);
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);
}

/// Corrections in other words: `not “…” as originally reported`, `corrected to reflect …
/// rather than “…”`, `“…”, has been deleted from this story`, and `incorrectly attributed a
/// quote to …` with the quotation in the next sentence. A sentence that merely prefers one
/// phrase to another, or says words were reported first elsewhere, corrects nothing.
#[test]
fn corrections_in_other_words_are_read() {
    let src = page(
        "Marina vote",
        "<h1>Marina vote delayed</h1>\
         <p>The council delayed its vote on the marina for a month.</p>\
         <p><em>Correction: Councillor Marsh said the scheme would be finished in two \
         phases, not &ldquo;finished in one summer with no disruption&rdquo; as originally \
         reported.</em></p>\
         <p>This article has been corrected to reflect that Mr Pike called the design \
         &ldquo;bold&rdquo; rather than &ldquo;a waste of public money from start to \
         finish&rdquo;.</p>\
         <p>A quote attributed to Ms Lund, &ldquo;the yacht club will never accept these \
         fees&rdquo;, has been deleted from this story.</p>\
         <p>An earlier version of this article incorrectly attributed a quote to Ivo Lund. \
         The remark, &ldquo;the channel will silt up within a decade&rdquo;, was made by a \
         resident at the meeting.</p>\
         <p>Members preferred &ldquo;steady progress on every front&rdquo; rather than \
         &ldquo;grand plans that never get built&rdquo;, one said.</p>\
         <p>The mayor called it &ldquo;a harbour for the whole town&rdquo;, as originally \
         reported in the Courier.</p>",
    );
    for (quote, kind) in [
        (
            "finished in one summer with no disruption",
            DisputeKind::Misquote,
        ),
        (
            "a waste of public money from start to finish",
            DisputeKind::Misquote,
        ),
        (
            "the yacht club will never accept these fees",
            DisputeKind::Removed,
        ),
        (
            "the channel will silt up within a decade",
            DisputeKind::Misquote,
        ),
    ] {
        let r = check_led(quote, "she said", &src);
        assert!(disputed(&r, kind), "{quote}: {kind:?}: {:?}", r.warnings);
    }
    for quote in [
        "grand plans that never get built",
        "a harbour for the whole town",
        "the council delayed its vote on the marina",
    ] {
        let r = check_led(quote, "she said", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
        assert!(r.disputes.is_empty(), "{quote}: {:?}", r.disputes);
    }
}

/// `denied that she had described the plan as “…”` reports the words only to deny them, as
/// `denied that she said “…”` does; `confirmed that she had described …` does not.
#[test]
fn a_denied_description_is_a_dispute() {
    let src = page(
        "Harbour plan",
        "<h1>Harbour plan</h1>\
         <p>Ms Varga denied that she had described the harbour plan as &ldquo;a disaster for \
         every family in town&rdquo; at the meeting.</p>\
         <p>Mr Riley confirmed that he had described the budget as &ldquo;the leanest in \
         twenty years of trading&rdquo; on Monday.</p>",
    );
    let r = check_led(
        "a disaster for every family in town",
        "Varga described the plan as",
        &src,
    );
    assert!(disputed(&r, DisputeKind::Denied), "{:?}", r.warnings);
    let r = check_led(
        "the leanest in twenty years of trading",
        "Riley described the budget as",
        &src,
    );
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);
}

/// A fact check's `Claim:` line under its `Rating: False` (or `Our ruling` over `Pants on
/// Fire`) gives the claim's words only to reject them; a claim rated true does not.
#[test]
fn a_claim_a_fact_check_rates_false_is_a_dispute() {
    const CLAIM: &str = "<h1>Did the mayor promise free parking?</h1>\
        <p>Claim: Mayor Ines Varga said &ldquo;parking in the town centre will be free for \
        every resident from June&rdquo;.</p>\
        <p>A video shared widely last week puts these words in the mayor's mouth.</p>\
        <p>{RATING}</p>\
        <p>We found no recording of the speech in which she is said to have made it.</p>";
    for rating in [
        "Rating: False",
        "Our ruling: Pants on Fire",
        "Verdict: Misattributed",
    ] {
        let src = page("Fact check", &CLAIM.replace("{RATING}", rating));
        let r = check_led(
            "parking in the town centre will be free for every resident",
            "Varga said",
            &src,
        );
        assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
        assert!(
            disputed(&r, DisputeKind::Denied),
            "{rating}: {:?}",
            r.warnings
        );
        assert!(
            r.warnings.iter().any(|w| w.contains(rating)),
            "{:?}",
            r.warnings
        );
    }
    let src = page("Fact check", &CLAIM.replace("{RATING}", "Rating: True"));
    let r = check_led(
        "parking in the town centre will be free for every resident",
        "Varga said",
        &src,
    );
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);
}

/// A second round of the evaluation: denials, withdrawals, removals and questions in more
/// of the wordings pages use, and the honest look-alikes that must stay clean.
#[test]
fn more_wordings_that_dispute_the_words() {
    let src = page(
        "Council week",
        "<h1>Council week</h1>\
         <p>Ms Hart denied that she had called the ferry contract &ldquo;the worst deal this \
         island has ever signed&rdquo; during the debate.</p>\
         <p>Mr Dunn denied calling the new depot &ldquo;a monument to bad planning and worse \
         luck&rdquo; on local radio.</p>\
         <p>There is no record of Councillor Bryn Moss saying that &ldquo;every lifeboat \
         station on the coast will close&rdquo; at any meeting.</p>\
         <p>Ada Quist never said the harbour wall would be &ldquo;finished before the winter \
         storms arrive&rdquo;, her office said.</p>\
         <p>&ldquo;The pier is rotten from one end to the other,&rdquo; the harbour master \
         told the meeting.</p>\
         <p>On Tuesday the harbour master retracted the comment, saying he had \
         misspoken.</p>\
         <p>Mr Vail said the old ferry &ldquo;will be sold for scrap before the summer&rdquo; \
         at the meeting.</p>\
         <p>He later took back that statement in a letter to residents.</p>\
         <p><em>The quote &ldquo;the island school is not worth saving at any price&rdquo; \
         has been taken out of an earlier version of this story.</em></p>\
         <p>An earlier version of this article incorrectly attributed a quote to Nils Berg. \
         &ldquo;The channel is too shallow for the new ferry&rdquo; was said by a pilot at the \
         meeting.</p>\
         <p>Councillor Joan Pryce has refused to withdraw her remark that &ldquo;the ferry \
         timetable is a disgrace to the council&rdquo;.</p>\
         <p>Mr Hale has not withdrawn his claim that &ldquo;the budget was never properly \
         audited&rdquo; either.</p>\
         <p>Isn't it true that the depot lost three drivers in a single month, the reporter \
         asked.</p>\
         <p>Ms Okoye did not hesitate to call the closure &ldquo;an act of vandalism against \
         the whole coast&rdquo; in her speech.</p>\
         <p>Mr Tate was not the first to say that &ldquo;the bridge tolls punish the people \
         who can least afford them&rdquo; this year.</p>",
    );
    for (quote, lead, kind) in [
        (
            "the worst deal this island has ever signed",
            "Hart called the contract",
            DisputeKind::Denied,
        ),
        (
            "a monument to bad planning and worse luck",
            "Dunn called the depot",
            DisputeKind::Denied,
        ),
        (
            "every lifeboat station on the coast will close",
            "Moss said",
            DisputeKind::Denied,
        ),
        (
            "finished before the winter storms arrive",
            "Quist said the wall would be",
            DisputeKind::Denied,
        ),
        (
            "the pier is rotten from one end to the other",
            "the harbour master said",
            DisputeKind::Withdrawn,
        ),
        (
            "will be sold for scrap before the summer",
            "Vail said the ferry",
            DisputeKind::Withdrawn,
        ),
        (
            "the island school is not worth saving at any price",
            "a spokesperson said",
            DisputeKind::Removed,
        ),
        (
            "the channel is too shallow for the new ferry",
            "Berg said",
            DisputeKind::Misquote,
        ),
    ] {
        let r = check_led(quote, lead, &src);
        assert!(disputed(&r, kind), "{quote}: {kind:?}: {:?}", r.warnings);
    }
    for (quote, lead) in [
        (
            "the ferry timetable is a disgrace to the council",
            "Pryce said",
        ),
        ("the budget was never properly audited", "Hale said"),
        (
            "the depot lost three drivers in a single month",
            "the reporter asked whether",
        ),
        (
            "an act of vandalism against the whole coast",
            "Okoye called the closure",
        ),
        (
            "the bridge tolls punish the people who can least afford them",
            "Tate said",
        ),
    ] {
        let r = check_led(quote, lead, &src);
        assert_eq!(r.verdict, Verdict::Verified, "{quote}: {}", r.detail);
        assert!(r.disputes.is_empty(), "{quote}: {:?}", r.disputes);
    }
}

/// A retraction notice behind a label (`Editor's note: This article was retracted on …`);
/// an introduction whose speaker has an aside after the name (`Tom Riley, who has run the
/// shop for twenty years, put it bluntly:`); and a `Q.` question over `A.` answers (a `Q.`
/// with no `A.` on the page may be an initial).
#[test]
fn labels_asides_and_stops() {
    const Q: &str = "held three times as many nesting birds as wire fences";
    let src = page(
        "Hedgerows and farmland birds",
        &format!("<p><strong>Editor's note:</strong> This article was retracted on 3 May 2024.</p>{PAPER}"),
    );
    let r = check_led(Q, "a study found that hedgerows", &src);
    assert!(disputed(&r, DisputeKind::Retracted), "{:?}", r.warnings);

    let src = page(
        "Island shop",
        "<h1>Island shop</h1><p>The shop may close in spring.</p>\
         <p>Tom Riley, who has run the island shop for twenty years, put it bluntly:</p>\
         <blockquote><p>Without the ferry there is no shop and no village either.</p>\
         </blockquote><p>The council meets on Friday.</p>",
    );
    let r = check_said(
        "Without the ferry there is no shop and no village either",
        "Sara Vance",
        &src,
    );
    assert!(disputed(&r, DisputeKind::OtherSpeaker), "{:?}", r.warnings);
    let r = check_said(
        "Without the ferry there is no shop and no village either",
        "Tom Riley",
        &src,
    );
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);

    let interview = "<h1>Five questions for the harbour master</h1>\
        <p><strong>Q.</strong> Will the new pontoon be ready for the sailing season \
        this year?</p>\
        <p><strong>A.</strong> We expect so, weather permitting.</p>";
    let src = page("Interview", interview);
    let r = check_led(
        "will the new pontoon be ready for the sailing season",
        "the harbour master said",
        &src,
    );
    assert!(disputed(&r, DisputeKind::Interviewer), "{:?}", r.warnings);
    let src = page("Interview", &interview.replace("<strong>A.</strong> ", ""));
    let r = check_led(
        "will the new pontoon be ready for the sailing season",
        "the harbour master said",
        &src,
    );
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);
}

/// The false-alarm evaluation: a colon that opens the speaker's own words after a rebuttal (`I do not accept
/// that nothing has been done: we have …`). And the miss: `told the interviewer that “…”`
/// gives a question's words to the one answering.
#[test]
fn asked_rebutted_and_told_the_interviewer() {
    let src = page(
        "Q&A",
        "<h1>Q&amp;A with the senator</h1>\
         <p><strong>Reporter:</strong> You have been called the most stubborn person in the \
         chamber. Is that fair?</p>\
         <p><strong>Ambani:</strong> I take it as a compliment, frankly.</p>\
         <p><strong>Reporter:</strong> Is it fair to say the state's finances have never \
         been in better shape?</p>\
         <p><strong>Ambani:</strong> They have not. We still owe too much.</p>\
         <h4>Gareth Lyle</h4>\
         <p>I do not accept that nothing has been done: we have put three hundred million \
         into bus fares since the election.</p>",
    );
    let r = check_led(
        "we have put three hundred million into bus fares since the election",
        "The minister replied that",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(r.disputes.is_empty(), "{:?}", r.disputes);
    let r = check_led(
        "the state's finances have never been in better shape",
        "Ambani told the interviewer that",
        &src,
    );
    assert!(disputed(&r, DisputeKind::Interviewer), "{:?}", r.warnings);
}
