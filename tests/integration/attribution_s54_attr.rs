//! The fifty-fourth session's quote attribution, from misses of a held-out evaluation of
//! news articles: a block quotation introduced by `In it she wrote:` after the sentence
//! linking the work; `told the audience` (`the paper`, `reporters`) pointing back at the
//! occasion the sentence before cites; a speaker named after a fronted link (`In a
//! [memo](…), site manager Ines Varga said …`) or after capitalised roles (`Harbour Master
//! Jonas Ekdahl said`) going on; a pronoun of the other gender not going on; a link named
//! in a main clause as what the speaker answers (`Varga responded to the union’s
//! [leaflet](…): “…”`); a bare `“…,” Varga said.` after `Varga said in a [memo](…) that …`;
//! the speaker of a quotation read past a bracket or an affiliation (`Dr Kenji Sato of the
//! Institute for Soil Science wrote`); a block quotation under `Sato went on:` after `… an
//! essay by Kenji Sato,[^1] who argues …`. Each rule has its negative cases beside it.

use citecheck::model::Attribution;

use crate::support::{extract_markdown, url_ties};

const URL: &str = "https://example.org/memo";

fn link() -> Vec<(Option<String>, Attribution)> {
    vec![(Some(URL.to_string()), Attribution::Link)]
}

fn inherited() -> Vec<(Option<String>, Attribution)> {
    vec![(Some(URL.to_string()), Attribution::Preceding)]
}

/// Regression: a block quotation under `… sent a [memo](…) to staff. In it she wrote:` was
/// uncited: the lead-in names no work, only `it`, the work the sentence before links.
#[test]
fn in_it_she_wrote_takes_the_link_before() {
    for lead in [
        "In it she wrote:",
        "In it, she wrote:",
        "In it Varga wrote:",
        "In the memo, Ines Varga said:",
        "In that memo she warned:",
    ] {
        let md = format!(
            "# Depot\n\nInes Varga sent a [memo]({URL}) to depot staff on Friday. {lead}\n\n\
             > Every forklift on the north apron stays parked until the brakes have been \
             tested by someone who does not work for us.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "Every forklift"), link(), "{lead}");
    }
    // Another work named, or no speaker saying anything: nothing.
    for lead in [
        "In the leaflet, she wrote:",
        "In it:",
        "In March she wrote:",
    ] {
        let md = format!(
            "# Depot\n\nInes Varga sent a [memo]({URL}) to depot staff on Friday. {lead}\n\n\
             > Every forklift on the north apron stays parked until the brakes have been \
             tested by someone who does not work for us.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "Every forklift"), vec![], "{lead}");
    }
}

/// Regression: `“…,” she told the audience.` after `Varga set out the plan in a
/// [talk](…).` was uncited: `told the audience` was no verb of going on, though the
/// audience is the talk's.
#[test]
fn told_the_audience_of_the_cited_talk() {
    for (prev, tag) in [
        (
            "Varga set out the plan in a [talk](URL) at the depot.",
            "she told the audience",
        ),
        (
            "Varga set out the plan in a [speech](URL) at the depot.",
            "Varga told the crowd",
        ),
        (
            "Varga gave an [interview](URL) to the Gazette.",
            "she told the paper",
        ),
        (
            "Varga held a [briefing](URL) at the depot.",
            "she told reporters",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!(
            "# Depot\n\n{prev} “The north apron will be closed until every brake has been \
             tested,” {tag}.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "The north apron"), inherited(), "{tag}");
        // As a lead-in before the quotation too.
        let md = format!(
            "# Depot\n\n{prev} {}: “The north apron will be closed until every brake has \
             been tested.”\n",
            tag.replacen('s', "S", usize::from(tag.starts_with("she")))
        );
        let e = extract_markdown(&md);
        assert_eq!(
            url_ties(&e, "The north apron"),
            inherited(),
            "{tag} (lead-in)"
        );
    }
    // Not an audience of the work cited: a statement has none; a paper is not a talk's.
    for (prev, tag) in [
        (
            "Varga said in a [statement](URL) that the depot was unsafe.",
            "she told the audience",
        ),
        (
            "Varga set out the plan in a [talk](URL) at the depot.",
            "she told the paper",
        ),
        (
            "Varga said in a [statement](URL) that the depot was unsafe.",
            "she told reporters",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!(
            "# Depot\n\n{prev} “The north apron will be closed until every brake has been \
             tested,” {tag}.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "The north apron"), vec![], "{tag}");
    }
}

/// Regression: `“…,” Varga added.` after `In a [memo](…), site manager Ines Varga said …`
/// was uncited: the speaker was read only before the citation, where the fronted phrase
/// stands; and after `Harbour Master Jonas Ekdahl said in a [memo](…)` the name lay past
/// the sentence's first three words.
#[test]
fn a_speaker_after_a_fronted_link_or_capitalised_roles_goes_on() {
    for (prev, tag) in [
        (
            "In a [memo](URL), site manager Ines Varga said the audit was overdue.",
            "Varga added",
        ),
        (
            "Harbour Master Jonas Ekdahl said in a [memo](URL) that the audit was overdue.",
            "Ekdahl added",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!(
            "# Depot\n\n{prev} “Nobody drives a forklift on the apron until the brakes are \
             signed off,” {tag}.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "Nobody drives"), inherited(), "{tag}");
    }
    // Someone else goes on; the name is an object, not the subject.
    for (prev, tag) in [
        (
            "In a [memo](URL), site manager Ines Varga said the audit was overdue.",
            "Ekdahl added",
        ),
        (
            "Harbour Master Jonas Ekdahl said in a [memo](URL) that the audit was overdue.",
            "Varga added",
        ),
        (
            "The Harbour Board thanked Jonas Ekdahl in a [memo](URL) for the audit.",
            "Ekdahl added",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!(
            "# Depot\n\n{prev} “Nobody drives a forklift on the apron until the brakes are \
             signed off,” {tag}.\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "Nobody drives"), vec![], "{tag}");
    }
}

/// Regression: `“…,” she added.` after `Mr Jonas Ekdahl said in a [memo](…)` went on from
/// his memo: the pronoun is someone else's when the speaker's gender is known for sure (a
/// title, or a pronoun the sentence already gave him); a given name tells nothing.
#[test]
fn a_pronoun_of_the_other_gender_does_not_go_on() {
    let quote = "“Nobody drives a forklift on the apron until the brakes are signed off,”";
    for (prev, tag) in [
        (
            "Mr Jonas Ekdahl said in a [memo](URL) that the audit was overdue.",
            "she added",
        ),
        (
            "Ms Ines Varga said in a [memo](URL) that the audit was overdue.",
            "he added",
        ),
        (
            "Jonas Ekdahl spoke at the [inquiry](URL), where he said the audit was overdue.",
            "she added",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!("# Depot\n\n{prev} {quote} {tag}.\n");
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "Nobody drives"), vec![], "{tag}");
    }
    for (prev, tag) in [
        (
            "Mr Jonas Ekdahl said in a [memo](URL) that the audit was overdue.",
            "he added",
        ),
        (
            "Ms Ines Varga said in a [memo](URL) that the audit was overdue.",
            "she added",
        ),
        // A given name is no proof: `Jonas` may be anyone's.
        (
            "Jonas Ekdahl said in a [memo](URL) that the audit was overdue.",
            "she added",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!("# Depot\n\n{prev} {quote} {tag}.\n");
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "Nobody drives"), inherited(), "{tag}");
    }
}

/// Regression: in `Varga responded to the union’s [leaflet](…): “…”` the leaflet backed
/// Varga's words, though it is what she answers (as in `Responding to the union’s
/// [leaflet](…), Varga said:`); her own medium (`replied in a [post](…)`) backs them still.
#[test]
fn a_link_answered_in_the_main_clause_backs_nothing() {
    for head in [
        "Varga responded to the union’s",
        "Varga replied to the union’s",
        "Varga hit back at the union’s",
    ] {
        let md = format!(
            "# Depot\n\n{head} [leaflet]({URL}): “The brakes were tested twice and the \
             records are on the notice board.”\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "The brakes were"), vec![], "{head}");
    }
    for head in ["Varga replied in a", "Varga responded to the union in a"] {
        let md = format!(
            "# Depot\n\n{head} [post]({URL}): “The brakes were tested twice and the \
             records are on the notice board.”\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "The brakes were"), link(), "{head}");
    }
}

/// Regression: `“…,” Varga said.` (nothing more) after `Ines Varga said in a [memo](…) that
/// …` was uncited: only `added`, `continued` and `went on` went on. A bare `said` goes on
/// when the citation before is the speaker's own medium, a few words after the verb; not
/// `said at a depot meeting on Monday` (another occasion), nor after a sentence whose link
/// is what the speaker speaks about.
#[test]
fn a_bare_said_goes_on_from_the_speakers_own_medium() {
    let quote = "“Nobody drives a forklift on the apron until the brakes are signed off,”";
    for (prev, tag) in [
        (
            "Ines Varga said in a [memo](URL) that the audit was overdue.",
            "Varga said",
        ),
        (
            "Ines Varga said in a [memo](URL) that the audit was overdue.",
            "she said",
        ),
        (
            "The site manager, Ines Varga, wrote in a [memo](URL) that the audit was late.",
            "Varga said",
        ),
        (
            "Varga told the [depot newsletter](URL) that the audit was overdue.",
            "she said",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!("# Depot\n\n{prev} {quote} {tag}.\n");
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "Nobody drives"), inherited(), "{prev} {tag}");
        // In a paragraph of its own.
        let md = format!("# Depot\n\n{prev}\n\n{quote} {tag}.\n");
        let e = extract_markdown(&md);
        assert_eq!(
            url_ties(&e, "Nobody drives"),
            inherited(),
            "{prev} {tag} (own paragraph)"
        );
    }
    for (prev, tag) in [
        (
            "Ines Varga said in a [memo](URL) that the audit was overdue.",
            "Varga said at a depot meeting on Monday",
        ),
        (
            "Ines Varga said in a [memo](URL) that the audit was overdue.",
            "Ekdahl said",
        ),
        (
            "Mr Jonas Ekdahl said in a [memo](URL) that the audit was overdue.",
            "she said",
        ),
        (
            "Ines Varga said that the [audit report](URL) was overdue.",
            "Varga said",
        ),
        (
            "Ines Varga criticised the [audit report](URL) on Friday.",
            "Varga said",
        ),
        (
            "Ines Varga said the [audit report](URL) was overdue.",
            "Varga said",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!("# Depot\n\n{prev} {quote} {tag}.\n");
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, "Nobody drives"), vec![], "{prev} {tag}");
    }
}

/// Regression: `Dr Arai went on: “…”` after `“…,” lead author Dr Keiko Arai of the
/// University of Nara wrote in a [summary](…).` was uncited, and `Dumont added that … “…”`
/// after `“…” (translated from French), Mayor Claire Dumont wrote in a [post](…).`: the
/// speaker of the quotation before was not read past an affiliation or a bracket.
#[test]
fn a_quoted_speaker_read_past_an_affiliation_or_a_bracket_goes_on() {
    for (credit, next) in [
        (
            "”, lead author Dr Kenji Sato of the Institute for Soil Science wrote in a",
            "Dr Sato went on: “The harder question is whether the fungus spreads in wet years.”",
        ),
        (
            "” (translated from Italian), Mayor Lucia Bruni wrote in a",
            "Bruni added that the plan would be “looked at again in the spring with residents”.",
        ),
    ] {
        let md = format!(
            "# Soil\n\n“We never expected the roots to recover within a single season{credit} \
             [post]({URL}).\n\n{next}\n"
        );
        let e = extract_markdown(&md);
        let start = if next.starts_with("Dr") {
            "The harder"
        } else {
            "looked at again"
        };
        assert_eq!(url_ties(&e, start), inherited(), "{credit}");
        // Someone else goes on.
        let other = next.replace("Sato", "Okafor").replace("Bruni", "Okafor");
        let md = format!(
            "# Soil\n\n“We never expected the roots to recover within a single season{credit} \
             [post]({URL}).\n\n{other}\n"
        );
        let e = extract_markdown(&md);
        assert_eq!(url_ties(&e, start), vec![], "{credit} (someone else)");
    }
}

/// Regression: a block quotation under a paragraph `Sato went on:` was uncited after `… a
/// long essay by Kenji Sato,[^1] who argues that “…”.`: only inline quotations went on from
/// the sentence before.
#[test]
fn a_block_under_a_speaker_going_on_takes_the_citation_before() {
    let block = "> Soil that is left alone for a season rebuilds more than any treatment we \
                 tried. The plots we never touched did best.";
    for (prev, lead) in [
        (
            "The best account is a long essay by Kenji Sato,[^1] who argues that “a field \
             heals faster than any of us expect.”",
            "Sato went on:",
        ),
        (
            "Dr Kenji Sato wrote in a [post](URL) that fallow fields recover quickly.",
            "Dr Sato added:",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!("# Soil\n\n{prev}\n\n{lead}\n\n{block}\n\n[^1]: Sato, an essay.\n");
        let e = extract_markdown(&md);
        let got = crate::support::cited(&e, "Soil that is left");
        assert_eq!(got.len(), 1, "{lead}: {got:?}");
        assert_eq!(got[0].2, Attribution::Preceding, "{lead}");
    }
    for (prev, lead) in [
        // Someone else goes on.
        (
            "The best account is a long essay by Kenji Sato,[^1] who argues that “a field \
             heals faster than any of us expect.”",
            "Okafor went on:",
        ),
        // The link is what he speaks of, not where.
        (
            "Dr Kenji Sato said the [report](URL) was wrong about fallow fields.",
            "Sato went on:",
        ),
        // He is the object of the sentence that cites.
        (
            "The essay[^1] takes issue with Kenji Sato and his plots.",
            "Sato went on:",
        ),
    ] {
        let prev = prev.replace("URL", URL);
        let md = format!("# Soil\n\n{prev}\n\n{lead}\n\n{block}\n\n[^1]: Sato, an essay.\n");
        let e = extract_markdown(&md);
        assert!(
            crate::support::cited(&e, "Soil that is left").is_empty(),
            "{prev} {lead}"
        );
    }
}
