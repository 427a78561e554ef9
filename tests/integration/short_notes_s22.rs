//! Short-form notes (the twenty-second session's held-out evaluations of exported articles
//! and of the check stage): a subsequent note that points back to a work cited in full
//! earlier gets that work's URLs, in every input format, so its quotations can be checked.

use citecheck::model::DocKind;

use crate::support::{extract_as, note, quote};

/// The URLs of the first citation of the quote starting with `starts`.
fn cited_url(e: &citecheck::model::Extraction, starts: &str) -> Option<String> {
    quote(e, starts)
        .citations
        .first()
        .and_then(|c| c.url.clone())
}

/// Word's "Save as Web Page" endnotes, with a key-word short title (`“Full Business Case”`
/// for `“Hallbridge Light Rail: Full Business Case”`), an untitled work described
/// (`written evidence`), an organisation's initials (`CLA`) and an `Ibid.` after a short
/// note.
#[test]
fn word_html_short_notes_take_the_full_notes_urls() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div class=WordSection1>\
         <p>The case said “patronage will exceed forecasts by the third year”<a href=\"#_edn1\" name=\"_ednref1\"><sup>[i]</sup></a>. \
         A witness wrote that “hives collapse where the hedges are cut”<a href=\"#_edn2\" name=\"_ednref2\"><sup>[ii]</sup></a>. \
         The guidance held that “a lease should outlast the panels it covers”<a href=\"#_edn3\" name=\"_ednref3\"><sup>[iii]</sup></a>.</p>\
         <p>Later the case admitted “the forecasts assume a level of car restraint”<a href=\"#_edn4\" name=\"_ednref4\"><sup>[iv]</sup></a>, \
         the witness that “no farm can afford a second bad winter”<a href=\"#_edn5\" name=\"_ednref5\"><sup>[v]</sup></a>, \
         the guidance that “every lease needs a removal bond up front”<a href=\"#_edn6\" name=\"_ednref6\"><sup>[vi]</sup></a>, \
         and again “the removal bond protects the landowner first”<a href=\"#_edn7\" name=\"_ednref7\"><sup>[vii]</sup></a>.</p>\
         </div><div style='mso-element:endnote-list'>\
         <div id=edn1><p><a href=\"#_ednref1\" name=\"_edn1\">[i]</a> Hallbridge City Council, “Hallbridge Light Rail: Full Business Case,” January 2024, <a href=\"https://council.example.org/fbc.pdf\">https://council.example.org/fbc.pdf</a>.</p></div>\
         <div id=edn2><p><a href=\"#_ednref2\" name=\"_edn2\">[ii]</a> Samuel Adeyemi, written evidence to the Environment Committee, 12 September 2023, <a href=\"https://committees.example.org/ev/42\">https://committees.example.org/ev/42</a>.</p></div>\
         <div id=edn3><p><a href=\"#_ednref3\" name=\"_edn3\">[iii]</a> Country Land and Business Association, “Solar Leases: Guidance Note 7,” July 2023, <a href=\"https://cla.example.org/gn7\">https://cla.example.org/gn7</a>.</p></div>\
         <div id=edn4><p><a href=\"#_ednref4\" name=\"_edn4\">[iv]</a> Hallbridge City Council, “Full Business Case,” 87.</p></div>\
         <div id=edn5><p><a href=\"#_ednref5\" name=\"_edn5\">[v]</a> Adeyemi, written evidence, 4.</p></div>\
         <div id=edn6><p><a href=\"#_ednref6\" name=\"_edn6\">[vi]</a> CLA, “Solar Leases,” 2.</p></div>\
         <div id=edn7><p><a href=\"#_ednref7\" name=\"_edn7\">[vii]</a> Ibid., 3.</p></div>\
         </div></body></html>",
    );
    for (starts, url) in [
        (
            "the forecasts assume",
            "https://council.example.org/fbc.pdf",
        ),
        ("no farm can afford", "https://committees.example.org/ev/42"),
        ("every lease needs", "https://cla.example.org/gn7"),
        ("the removal bond", "https://cla.example.org/gn7"),
    ] {
        assert_eq!(
            cited_url(&e, starts).as_deref(),
            Some(url),
            "{starts}: {e:#?}"
        );
    }
    assert_eq!(note(&e, "iv").urls, ["https://council.example.org/fbc.pdf"]);
}

/// A pasted article's numbered "Notes" list: `Hillman, "China and Russia," 7.` and
/// `Ortiz, 41.` point back to notes 1 and 3; `Okafor, 12.` names nobody cited before and
/// keeps no URL; `Ortiz, 9.` after two works of Ortiz's could be either and keeps none.
#[test]
fn plain_text_notes_list_short_forms() {
    let e = extract_as(
        DocKind::Text,
        "Partners\n\n\
         The author added that “no country is better placed to spoil these ambitions” (2), \
         a book said “the pipeline deal was signed in haste” (4), and a third writer said \
         “the river trade will double within a decade” (5).\n\n\
         Notes\n\n\
         1. Hillman, Jonathan E. \"China and Russia: Economic Unequals\". CSIS, July 2020, <https://csis.example.org/unequals>.\n\
         2. Hillman, \"China and Russia,\" 7.\n\
         3. Maria Ortiz, Energy and Empire (Boston: Harbor Press, 2019), 12, <https://books.example.org/energy>.\n\
         4. Ortiz, 41.\n\
         5. Okafor, 12.\n",
    );
    assert_eq!(
        cited_url(&e, "no country").as_deref(),
        Some("https://csis.example.org/unequals")
    );
    assert_eq!(
        cited_url(&e, "the pipeline deal").as_deref(),
        Some("https://books.example.org/energy")
    );
    assert_eq!(cited_url(&e, "the river trade"), None);

    let e = extract_as(
        DocKind::Markdown,
        "She wrote “energy binds the two economies closer every year”.[^3]\n\n\
         [^1]: Maria Ortiz, *Energy and Empire* (2019), <https://books.example.org/energy>.\n\
         [^2]: Maria Ortiz, *Water Wars* (2021), <https://books.example.org/water>.\n\
         [^3]: Ortiz, 9.\n",
    );
    assert!(note(&e, "3").urls.is_empty(), "{e:#?}");
}

/// From a held-out evaluation of short forms in both directions. Must not point back: a name
/// alone when the author's other work (a book without a URL) is cited too, a `supra note 1`
/// whose note 1 is another author's, an organisation's initials alone for two of its works.
/// Must: a lower-case particle (`de la Cruz, 22.`), co-authors (`Lind and Ruiz, 4.` when Lind
/// also wrote alone), a curly apostrophe against a straight one, a family name written first
/// (`Wang Hui`), initials the first note gives in brackets (`(HUD)`), German `a.a.O.` and
/// `(Anm. 2)`.
#[test]
fn short_forms_in_both_directions() {
    let e = extract_as(
        DocKind::Markdown,
        "Text “one two three four five”[^3] and “six seven eight nine ten”[^5] and \
         “eleven twelve thirteen fourteen fifteen”[^8] and “alpha beta gamma delta \
         epsilon”[^10] and “zeta eta theta iota kappa”[^12] and “lambda mu nu xi \
         omicron”[^14] and “pi rho sigma tau upsilon”[^16] and “phi chi psi omega \
         end”[^17] and “red orange yellow green blue”[^18] and “one more quote for \
         luck”[^19].\n\n\
         [^1]: Jonathan E. Hillman, \"China and Russia: Economic Unequals,\" CSIS, 2020, https://n.example/hillman.\n\
         [^2]: Jonathan E. Hillman, *The Emperor’s New Road* (New Haven: Yale University Press, 2020), 3.\n\
         [^3]: Hillman, 5.\n\
         [^4]: Priya Kaur, \"Port Loans,\" 2021, https://n.example/kaur.\n\
         [^5]: Kaur, supra note 1, at 4.\n\
         [^6]: OECD, *Pensions at a Glance 2021* (Paris: OECD Publishing, 2021), https://n.example/oecd.\n\
         [^7]: OECD, *Employment Outlook 2020* (Paris: OECD Publishing, 2020), 44.\n\
         [^8]: OECD, 12.\n\
         [^9]: María de la Cruz, \"Water Boards of the Delta,\" 2019, https://n.example/cruz.\n\
         [^10]: de la Cruz, 22.\n\
         [^11]: Tove Lind and Javier Ruiz, \"Heat and Health,\" 2023, https://n.example/lind-ruiz.\n\
         [^12]: Lind and Ruiz, 4.\n\
         [^13]: Seán O’Brien, \"Harbour Dues,\" 2018, https://n.example/obrien.\n\
         [^14]: O'Brien, 7.\n\
         [^15]: Wang Hui, \"Depoliticized Politics,\" 2006, https://n.example/wang.\n\
         [^16]: Wang, \"Depoliticized Politics,\" 31.\n\
         [^17]: Anna Keller, \"Deichverbände im Wandel,\" 2015, https://n.example/keller. Keller, a.a.O.\n\
         [^18]: U.S. Department of Housing and Urban Development (HUD), \"Worst Case Needs,\" 2023, https://n.example/hud.\n\
         [^19]: HUD, \"Worst Case Needs,\" 12.\n",
    );
    for label in ["3", "5", "8"] {
        assert!(
            note(&e, label).urls.is_empty(),
            "{label}: {:#?}",
            note(&e, label)
        );
    }
    for (label, url) in [
        ("10", "https://n.example/cruz"),
        ("12", "https://n.example/lind-ruiz"),
        ("14", "https://n.example/obrien"),
        ("16", "https://n.example/wang"),
        ("19", "https://n.example/hud"),
    ] {
        assert_eq!(note(&e, label).urls, [url], "{label}");
    }
    let e = extract_as(
        DocKind::Markdown,
        "Sie schreibt „eins zwei drei vier fünf“[^3] und „sechs sieben acht neun zehn“[^4].\n\n\
         [^1]: Otto Brandt, Flussarbeit, https://n.example/brandt.\n\
         [^2]: Anna Keller, „Deichverbände im Wandel“, 2015, https://n.example/keller.\n\
         [^3]: Keller, a.a.O., S. 12.\n\
         [^4]: Keller (Anm. 2), S. 14.\n",
    );
    assert_eq!(note(&e, "3").urls, ["https://n.example/keller"]);
    assert_eq!(note(&e, "4").urls, ["https://n.example/keller"]);
}

/// Chicago's short notes with only a bibliography after them, its entries paragraphs of
/// their own under the heading (as a word processor writes them): each short note takes its
/// entry's URL (a book without one gives none), and an `Ibid.` after one takes it too.
/// Paragraphs under a references heading that also has a list stay remarks (a closing
/// "Spotted something wrong?" is no entry).
#[test]
fn short_notes_with_a_bibliography_of_paragraphs() {
    let e = extract_as(
        DocKind::Markdown,
        "She calls it “a bet that has not paid off in any port”.[^1] They find “port loans \
         carry hidden collateral clauses”.[^2] And “the clauses are never published”.[^3] \
         He adds “the city grew faster than its plan”.[^4]\n\n\
         [^1]: Hillman, \"Belt and Road,\" 12.\n\
         [^2]: Nakamura and Singh, \"Port Finance,\" 7.\n\
         [^3]: Ibid., 9.\n\
         [^4]: Park, *Seoul Rising*, 3.\n\n\
         ## Bibliography\n\n\
         Hillman, Jonathan E. \"The Belt and Road Reckoning.\" CSIS, 2021. https://b.example/hillman.\n\n\
         Nakamura, Yuki, and Arjun Singh. \"Port Finance in the Indian Ocean.\" *Maritime Affairs* 16 (2020): 1–22. https://b.example/port.\n\n\
         Park, Min-ho. *Seoul Rising*. Seoul: Hanul, 2017.\n",
    );
    assert_eq!(note(&e, "1").urls, ["https://b.example/hillman"]);
    assert_eq!(note(&e, "2").urls, ["https://b.example/port"]);
    assert_eq!(note(&e, "3").urls, ["https://b.example/port"]);
    assert!(note(&e, "4").urls.is_empty(), "{e:#?}");

    let e = extract_as(
        DocKind::Markdown,
        "A claim.\n\n## Sources\n\n\
         - Gov.uk, \"Transport minister's remarks at press conference,\" 4 March 2025, https://gov.example.uk/speech\n\
         - Road Alliance, \"Annual Road Maintenance Survey 2025,\" https://roads.example.com/alarm\n\
         - Department for Transport, email to the desk, 6 March 2025.\n\n\
         *Spotted something wrong? Write to us.*\n",
    );
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
}

/// From the review of the short forms: `fn. 1` inside a note's prose (a German court
/// citation's `… 125 Fn. 1.`, "the court's opinion at fn. 1") points to no note of the
/// article; a name with no earlier work takes no later note's URL unless that note is a
/// bibliography's entry (a later `Jane Smith` article is another citation).
#[test]
fn no_pointer_in_prose_and_no_later_citation() {
    let e = extract_as(
        DocKind::Markdown,
        "Critics said “the doctrine is incoherent at its core”.[^1] Later “the footnote \
         swallowed the holding entirely”.[^2] And “the court read it carelessly”.[^3] \
         Smith found “the harbour trade collapsed within a decade”.[^4] Another Smith \
         wrote “container shipping rewrote every coast”.[^5]\n\n\
         [^1]: Jane Okoro, \"The Paradox of Standing,\" 2019, https://r.example/okoro.\n\
         [^2]: For the earlier history, see the discussion in the court's opinion at fn. 1.\n\
         [^3]: Vgl. BGH NJW 2010, 123, 125 Fn. 1.\n\
         [^4]: Smith, 41.\n\
         [^5]: Jane Smith, \"Containers and Coasts,\" Maritime Review, 2020, https://r.example/smith.\n",
    );
    for label in ["2", "3", "4"] {
        assert!(
            note(&e, label).urls.is_empty(),
            "{label}: {:#?}",
            note(&e, label)
        );
    }
}

/// From the review: a periodical or a record of debates before a lower-case description is
/// no author (`Dunmore Ferry Ledger, report of the meeting, …`, `Hansard HC Deb, …`,
/// `Supreme Court Reports, …`); a person still is (`Samuel Adeyemi, written evidence, …`).
#[test]
fn records_and_periodicals_are_no_authors() {
    let e = extract_as(
        DocKind::Markdown,
        "Text.[^1] More.[^2] And.[^3] Then.[^4]\n\n\
         [^1]: Dunmore Ferry Ledger, report of the harbour meeting, 3 May 2021.\n\
         [^2]: Hansard HC Deb, debate on ferries, 3 May 2021, col 45.\n\
         [^3]: Supreme Court Reports, judgment of the full bench, 2019.\n\
         [^4]: Samuel Adeyemi, written evidence to the committee, 2023.\n",
    );
    for label in ["1", "2", "3"] {
        assert!(
            note(&e, label).authors.is_empty(),
            "{label}: {:#?}",
            note(&e, label)
        );
    }
    assert_eq!(note(&e, "4").authors, ["Samuel Adeyemi"]);
}

/// An initial tells two authors of one surname apart (`R. Hillman, p. 9.` is Ruth's, not
/// Jonathan's); French `préc.` is a locator; a name alone after a short note with a title,
/// the work's full entry only in the bibliography after, points to that entry.
#[test]
fn initials_french_locators_and_a_bibliography_after_a_short_note() {
    let e = extract_as(
        DocKind::Markdown,
        "One “first words of the quote here”[^3] and “second words of the quote here”[^4] \
         and “third words of the quote here”[^5] and “fourth words of the quote here”[^7].\n\n\
         [^1]: Jonathan E. Hillman, \"China and Russia,\" 2020, https://h.example/jonathan.\n\
         [^2]: Ruth Hillman, \"Harbours of the North,\" 2018, https://h.example/ruth.\n\
         [^3]: R. Hillman, p. 9.\n\
         [^4]: J. Hillman, p. 4.\n\
         [^5]: Dupont, 3.\n\
         [^6]: Okafor, \"Belt and Road,\" 12.\n\
         [^7]: Okafor, 14.\n\n\
         ## Bibliography\n\n\
         Okafor, Nkem. \"The Belt and Road Reckoning.\" CSIS, 2021. https://h.example/okafor.\n",
    );
    assert_eq!(note(&e, "3").urls, ["https://h.example/ruth"]);
    assert_eq!(note(&e, "4").urls, ["https://h.example/jonathan"]);
    assert_eq!(note(&e, "6").urls, ["https://h.example/okafor"]);
    assert_eq!(note(&e, "7").urls, ["https://h.example/okafor"]);
    let e = extract_as(
        DocKind::Markdown,
        "Elle écrit « le ratio continuera de se dégrader »[^2].\n\n\
         [^1]: Aline Dupont, « Les retraites en France », 2021, https://h.example/dupont.\n\
         [^2]: Dupont, préc., p. 5.\n",
    );
    assert_eq!(note(&e, "2").urls, ["https://h.example/dupont"]);
}
