//! Regressions from the forty-eighth session's work on extraction: each case was extracted
//! wrongly before its fix.

use citecheck::model::Attribution;

use crate::support::{cites, extract_markdown, note, notes_of, urls_of};

/// Regression: `She calls it “…”` after a sentence in which she is named and her own work
/// linked (`Osei set out her objections in a [letter](…).`) was uncited, so a misquote of
/// the letter passed `check`. A pronoun after a sentence citing someone else's work (no
/// `her` before the link) still cites nothing.
#[test]
fn a_pronoun_after_a_sentence_citing_the_speakers_own_work_takes_its_link() {
    let e = extract_markdown(
        "Councillor Ines Moreau set out her case against the quarry in a \
         [letter to the parish](https://parish.example.org/letter). She calls it \
         \u{201C}an application that treats the valley as an empty space on a map.\u{201D}\n\n\
         The quarry company answered in a [statement](https://quarry.example.com/reply). \
         She calls it \u{201C}a company that has never once walked the footpaths here.\u{201D}\n",
    );
    assert_eq!(
        urls_of(&e, "an application that treats"),
        ["https://parish.example.org/letter"]
    );
    assert_eq!(
        cites(&e, "an application that treats"),
        [(None, Attribution::Preceding)]
    );
    assert!(urls_of(&e, "a company that has never").is_empty());
}

/// Regression: `saying “…,” while noting that “…”[^4]`: the same speaker goes on, but
/// `while` was read as a contrast, another speaker's clause, and the first quotation was
/// left uncited. A `while` clause with a new subject still keeps the note from it.
#[test]
fn while_noting_that_joins_two_quotations_of_one_speaker() {
    let e = extract_markdown(
        "The inspectorate praised the ward, saying \u{201C}staffing has recovered faster than \
         anyone predicted last winter,\u{201D} while noting that \u{201C}night cover remains \
         thin on two of the wards.\u{201D}[^4]\n\n\
         The trust called the report \u{201C}a fair account of a difficult year for every \
         team,\u{201D} while the union said \u{201C}nurses are still leaving faster than they \
         can be replaced.\u{201D}[^5]\n\n\
         [^4]: Care Inspectorate, \"Ward inspection\", 2024, https://inspect.example.org/ward.\n\
         [^5]: Nursing Union, \"Response\", 2024, https://union.example.org/response.\n",
    );
    assert_eq!(notes_of(&e, "staffing has recovered"), ["4"]);
    assert_eq!(notes_of(&e, "night cover remains"), ["4"]);
    assert!(notes_of(&e, "a fair account").is_empty());
}

/// Regression: a note `Quoted in ibid., 160.` cites the work of the note before it, but only
/// a note opening with `Ibid.` took that note's URL: the quotation had no page to be checked
/// against.
#[test]
fn quoted_in_ibid_takes_the_previous_notes_url() {
    let e = extract_markdown(
        "The foundry's closure is well documented.[^1] One moulder remembered that \
         \u{201C}the furnace went cold on a Friday and nobody came back on the Monday.\u{201D}[^2]\n\n\
         [^1]: Ruth Adeyemi, *Cold Iron* (Sheffield: Hallam Press, 2001), 88, \
         https://press.example.org/cold-iron.\n\
         [^2]: Quoted in ibid., 93.\n",
    );
    assert_eq!(
        urls_of(&e, "the furnace went cold"),
        ["https://press.example.org/cold-iron"]
    );
}

/// Regression: an MLA Works Cited entry with an organisation as its author (`Library
/// Trust. *Open Doors*. …, 2021, https://….`) was not read as an entry when an address
/// followed its year: `(Library Trust 14)` was warned about as having no entry and its
/// quotation was uncited.
#[test]
fn an_mla_entry_by_an_organisation_with_an_address_is_read() {
    let e = extract_markdown(
        "The trust's review admits that \u{201C}branch closures fell hardest on families \
         without a car\u{201D} (Reading Trust 14).\n\n\
         ## Works Cited\n\n\
         Reading Trust. *Open Doors: Branch Services Reviewed*. Reading Trust, 2021, \
         https://trust.example.org/open-doors.\n",
    );
    assert_eq!(
        urls_of(&e, "branch closures fell"),
        ["https://trust.example.org/open-doors"]
    );
    let n = note(&e, "Reading Trust 2021");
    assert_eq!(n.authors, ["Reading Trust"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Open Doors: Branch Services Reviewed")
    );
    assert!(
        !e.warnings.iter().any(|w| w.message.contains("no entry")),
        "{:?}",
        e.warnings
    );
}

/// Regression: MLA prints a work's address without its scheme
/// (`review.example.net/33/mensah.`); such an entry had no URL, so its quotation could not
/// be checked. A word with a slash in prose (`and/or`, `2021/22`) is no address.
#[test]
fn an_mla_address_without_its_scheme_is_the_entrys_url() {
    let e = extract_markdown(
        "Mensah holds that \u{201C}no digital service replaces a warm room in winter\u{201D} \
         (22).\n\n\
         ## Works Cited\n\n\
         Mensah, Kofi. \"Reading Rooms and/or Warm Rooms.\" *Transition Review*, vol. 33, \
         2021/22, pp. 10-30, transition-review.example.net/33/mensah.\n",
    );
    assert_eq!(
        urls_of(&e, "no digital service"),
        ["https://transition-review.example.net/33/mensah"]
    );
    let links: Vec<&str> = e.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(links, ["https://transition-review.example.net/33/mensah"]);
}

/// Regression: an APA block quotation introduced by `She concluded:` after a sentence whose
/// subject is a narrative citation (`Nguyen (2021) studied …`) was uncited; with the
/// citation in the introducing sentence itself it was already cited.
#[test]
fn a_pronoun_introducing_a_block_takes_the_narrative_citation_before() {
    let e = extract_markdown(
        "Okoye (2022) followed rural bus routes for three years. She concluded:\n\n\
         > Where a route was withdrawn, the share of residents who had missed a medical \
         appointment rose within a year and did not fall again. (p. 19)\n\n\
         The council disputes this. It concluded:\n\n\
         > Every withdrawn route was replaced by a demand-responsive service within the \
         same year, at no cost to passengers.\n\n\
         ## References\n\n\
         Okoye, T. (2022). *Routes and reach*. Transport Press. https://press.example.org/routes\n",
    );
    assert_eq!(
        cites(&e, "Where a route was withdrawn"),
        [(Some("Okoye 2022"), Attribution::IntroMarker)]
    );
    assert!(notes_of(&e, "Every withdrawn route").is_empty());
}
