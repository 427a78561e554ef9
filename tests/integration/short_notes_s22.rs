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
