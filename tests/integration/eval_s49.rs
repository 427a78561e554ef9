//! Regressions from the forty-ninth session's held-out evaluations of extraction: each case
//! was extracted wrongly before its fix.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as, extract_markdown, notes_of, urls_of};

/// Regression: `She added that …` after a sentence whose link stands in a fronted phrase
/// (`In a [judgment](…), Lady Justice Marwood said …`) was uncited: the sentence's subject
/// was read as `In`, no one named. The same after a sentence about someone else's work
/// still takes nothing.
#[test]
fn the_speaker_going_on_after_a_fronted_phrase_takes_its_link() {
    let e = extract_markdown(
        "In a [ruling](https://courts.example.org/r), Judge Ama Quist said the board had \
         acted unlawfully. She added that the tenants \u{201C}were owed a hearing before any \
         decision was taken.\u{201D}\n\n\
         In a [column](https://paper.example.com/c), the editor attacked the board. She added \
         that the tenants \u{201C}had waited long enough for anyone to listen to them.\u{201D}\n",
    );
    assert_eq!(
        urls_of(&e, "were owed a hearing"),
        ["https://courts.example.org/r"]
    );
    assert_eq!(
        cites(&e, "were owed a hearing"),
        [(None, Attribution::Preceding)]
    );
    assert!(urls_of(&e, "had waited long enough").is_empty());
    // Review: a clause of its own before the comma is no fronted phrase; `Speaking to …` is.
    let e = extract_markdown(
        "In 2019 the council said rents rose, as [a survey](https://survey.example.org/s) \
         showed. She added that the cap \u{201C}would be reviewed every year by the board\u{201D}.\n\n\
         Speaking to the [Post](https://post.example.com/i), Mayor Jo Lin said the scheme had \
         failed. She added that the council \u{201C}will try again next spring with less\u{201D}.\n",
    );
    assert!(urls_of(&e, "would be reviewed").is_empty());
    assert_eq!(
        urls_of(&e, "will try again"),
        ["https://post.example.com/i"]
    );
}

/// Regression: a timeline's entry (`- 13:41 — Config change [CFG-2291](…) merged. The
/// change description says …`) broke `preceding`: the time was read as the sentence's
/// subject.
#[test]
fn a_timelines_time_is_not_the_subject_of_the_sentence_before() {
    let e = extract_markdown(
        "- 09:12 \u{2014} Queue change [REL-88](https://tracker.example.com/REL-88) shipped. \
         The change notes say it was meant to \u{201C}retire the old queue before the holiday \
         freeze\u{201D}.\n",
    );
    assert_eq!(
        urls_of(&e, "retire the old queue"),
        ["https://tracker.example.com/REL-88"]
    );
}

/// Regression: the next sentence saying where the whole interview is (`The full interview
/// is on [Rovers TV](…).`), and one naming the passage's place in its source (`That's
/// paragraph 41 of the judgment [1].`), left the quotation uncited.
#[test]
fn the_next_sentence_naming_where_the_words_are_cites_them() {
    let e = extract_markdown(
        "Pike said: \u{201C}I shut my eyes, hit it hard and hoped for the best.\u{201D} The \
         full interview is on [City Radio](https://radio.example.com/pike).\n",
    );
    assert_eq!(
        cites(&e, "I shut my eyes"),
        [(None, Attribution::Following)]
    );
    let e = extract_as(
        DocKind::Text,
        "The court held that \"a landlord's silence cannot by itself amount to consent.\" \
         That's paragraph 17 of the judgment [1].\n\nNotes\n\n\
         1. Ward v Castle Homes, judgment, https://courts.example.org/ward\n",
    );
    assert_eq!(notes_of(&e, "a landlord's silence"), ["1"]);
}

/// Regression: a link in a parenthesis after a quotation, after other words and a semicolon
/// (`“…” (our translation; [interview](…))`), was read as in another clause: the quotation
/// was uncited and went unchecked. A semicolon outside the parenthesis still parts clauses.
#[test]
fn a_semicolon_inside_a_parenthesis_parts_no_clauses() {
    let e = extract_markdown(
        "Albers said the district \u{201C}cannot run a bus to every village every hour\u{201D} \
         (our translation; [interview](https://radio.example.de/albers)).\n\n\
         Albers said the district \u{201C}cannot run a bus to every hamlet every hour\u{201D}; \
         the ministry has published [its own figures](https://ministry.example.de/figures).\n",
    );
    assert_eq!(
        urls_of(&e, "cannot run a bus to every village"),
        ["https://radio.example.de/albers"]
    );
    assert!(urls_of(&e, "cannot run a bus to every hamlet").is_empty());
}

/// Regression: a link describing the speaker was taken as the quotation's source: the
/// group of a relative clause after the speech tag (`said Aisha Bello, whose group [Save
/// Riverside Meadows](…) brought the case`), and a body after the speaker's name (`Dr Sam
/// Oyelaran of the [Bioscience Research Council](…), which funded the work, said:`). A
/// `who` clause naming the speaker's own writing still cites it.
#[test]
fn a_link_describing_the_speaker_is_no_source() {
    let e = extract_as(
        DocKind::Html,
        "<article>\
         <p>\u{201C}This is a win for people who were told their knowledge did not count,\u{201D} \
         said campaigner Mira Vance, whose group <a href=\"https://friends.example.org/\">Friends \
         of Holt Marsh</a> brought the case.</p>\
         <p>Dr Tom Hale of the <a href=\"https://council.example.org/\">Marine Science \
         Council</a>, which funded the survey, said: \u{201C}This is exactly the patient work \
         we exist to support.\u{201D}</p>\
         <p>\u{201C}The marsh has never held more birds than it does this spring,\u{201D} said \
         Jo Hart, who wrote about it in a <a href=\"https://blog.example.com/marsh\">blog \
         post</a>.</p>\
         <p>The report of the <a href=\"https://audit.example.org/report\">Audit \
         Commission</a> said: \u{201C}The survey was done well and on a modest budget.\u{201D}</p>\
         <p>A review by Dr Ana Price of the <a href=\"https://fiscal.example.org/pubs/2024/review\">\
         Fiscal Studies Institute</a> found that \u{201C}the grant paid for itself within three \
         years.\u{201D}</p>\
         </article>",
    );
    assert!(urls_of(&e, "This is a win").is_empty());
    assert!(urls_of(&e, "This is exactly the patient").is_empty());
    assert_eq!(
        urls_of(&e, "The marsh has never"),
        ["https://blog.example.com/marsh"]
    );
    assert_eq!(
        urls_of(&e, "The survey was done well"),
        ["https://audit.example.org/report"]
    );
    // A page deep in the body's site may be where the words are.
    assert_eq!(
        urls_of(&e, "the grant paid for itself"),
        ["https://fiscal.example.org/pubs/2024/review"]
    );
}

/// Regression: in plain text, a bracketed note number the wrap carried to a line of its own
/// before an indented block quotation (`… as the 1964 committee report put it⏎(3):`) was no
/// marker: the block was uncited and note 3 warned about as never referenced. A numbered
/// item opening a line (`(2) Book the room.`) is still no marker.
#[test]
fn a_wrapped_bracketed_marker_introduces_the_block_below() {
    let e = extract_as(
        DocKind::Text,
        "The principle is older than the building. As the 1971 trustees' report put it\n\
         (2):\n\n\
         \x20   The reading room exists for the visitor who does not yet know what\n\
         \x20   she is looking for, and must never be made to explain herself.\n\n\
         Steps:\n\
         (1) Book the room.\n\
         (2) Bring a pencil.\n\n\
         Notes\n\n\
         1. Library history, https://library.example.org/history\n\
         2. Trustees' report, 1971, https://library.example.org/1971\n",
    );
    assert_eq!(notes_of(&e, "The reading room exists"), ["2"]);
    let markers: Vec<_> = e
        .footnotes
        .iter()
        .find(|n| n.label == "2")
        .map(|n| n.referenced_at.iter().map(|r| r.line).collect())
        .unwrap_or_default();
    assert_eq!(markers, [2], "{:?}", e.footnotes);
}

/// Regression: a shell command at its prompt in a plain-text README (`    $ fluxlog --tag
/// "release candidate build" app.log`) gave its quoted argument as a quotation.
#[test]
fn a_shell_commands_quoted_argument_is_no_quotation() {
    let e = extract_as(
        DocKind::Text,
        "Install\n-------\n\n\
         \x20   $ tidelog --label \"nightly build for testing\" --format json run.log\n\n\
         $ tidelog --label \"the second nightly build for testers\"\n\n\
         The maintainer wrote that the tool \"was never meant to be clever, only reliable\".\n",
    );
    let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        ["was never meant to be clever, only reliable"],
        "{texts:?}"
    );
}

/// Regression: titles after a noun naming the work were taken as quotations: one in
/// sentence case with a subtitle (`Her 2021 paper, "Patching as practice: temporal
/// politics of road repair", [open access](…)`, cited by the link as a quotation of the
/// paper) and one after `the guidance`. A quotation after such a noun stays one.
#[test]
fn subtitled_titles_and_guidance_titles_are_no_quotations() {
    let e = extract_markdown(
        "His 2019 paper, \"Mending as method: the quiet politics of pothole repair\", \
         [open access](https://journals.example.org/p), argues the opposite.\n\n\
         Organisers should read the guidance \u{201C}Temporary Street Closures: A Guide for \
         Event Organisers\u{201D} before applying.\n\n\
         The paper, \"Roads are repaired when someone complains, not when they fail\", \
         says it plainly.\n",
    );
    let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Roads are repaired when someone complains, not when they fail"],
        "{texts:?}"
    );
}

/// Regression: a marker on the subject that says the words, more than ten words before
/// them (`Our response (3) states that the proposed 40 new homes at Hollins Field are
/// “…”`), was too far: the quotation was uncited.
#[test]
fn a_marker_on_the_subject_saying_the_words_reaches_its_that_clause() {
    let e = extract_markdown(
        "Our objection (2) states that the planned 60 new flats on the old dairy site are \
         \u{201C}far beyond what the lanes and the surgery can take\u{201D}.\n\n\
         Notes\n\n\
         1. Parish council, minutes, 2024, https://parish.example.org/1\n\
         2. Parish council, objection, 2024, https://parish.example.org/2\n",
    );
    assert_eq!(notes_of(&e, "far beyond what"), ["2"]);
}

/// Regression: `The release also quotes …` after a block quotation that a paragraph
/// introduces with its link (`… in a [press release](…):`) was uncited: the paragraph
/// before it was the block quotation. A sentence naming another work takes nothing.
#[test]
fn a_work_named_again_after_a_block_quotation_takes_the_introducing_link() {
    let e = extract_markdown(
        "The lead author was blunt in a [press release](https://uni.example.org/pr):\n\n\
         > \u{201C}We expected the hedgerows to change. We did not expect the drought.\u{201D}\n\n\
         The release also quotes co-author Ana Lund, who says the results \u{201C}should \
         worry anyone who assumes hedges alone will protect the bees.\u{201D}\n\n\
         The minister answered in a [post](https://gov.example.org/post):\n\n\
         > \u{201C}We are funding more hedgerows than any government before us.\u{201D}\n\n\
         The report also quotes a farmer, who says the payments \u{201C}arrive two years \
         after the work has to be paid for.\u{201D}\n",
    );
    assert_eq!(
        urls_of(&e, "should worry anyone"),
        ["https://uni.example.org/pr"]
    );
    assert!(urls_of(&e, "arrive two years").is_empty());
}

/// Regression: MediaWiki's navigation box (`div.navbox`) and category box (`div#catlinks`)
/// inside the page's `#content` were the article's: their links would be checked as the
/// article's citations. The article's own wiki links are not furniture.
#[test]
fn a_wikis_navigation_and_category_boxes_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div id=\"content\" class=\"mw-body\"><div id=\"mw-content-text\">\
         <p>The <a href=\"https://wiki.example.org/wiki/Tor_Light\">Tor Light</a> was first \
         lit in 1881.</p>\
         <div role=\"navigation\" class=\"navbox\"><div class=\"navbox-title\">Lighthouses \
         of the coast</div><ul><li><a href=\"https://wiki.example.org/wiki/Skerry_Light\">\
         Skerry Light</a></li></ul></div></div>\
         <div id=\"catlinks\" class=\"catlinks\"><a href=\"https://wiki.example.org/wiki/Help:Category\">\
         Categories</a>: <ul><li><a href=\"https://wiki.example.org/wiki/Category:Lighthouses\">\
         Lighthouses</a></li></ul></div></div></body></html>",
    );
    let flag = |tail: &str| {
        e.links
            .iter()
            .find(|l| l.url.ends_with(tail))
            .map(|l| l.furniture)
            .unwrap_or_else(|| panic!("{tail} in {:?}", e.links))
    };
    assert!(!flag("/wiki/Tor_Light"));
    assert!(flag("/wiki/Skerry_Light"));
    assert!(flag("/wiki/Help:Category"));
    assert!(flag("/wiki/Category:Lighthouses"));
}

/// Regression: a note citing a case by its name (`R v Calloway [2024] EWCA Crim 512`) had
/// no title: the case's name is what the note cites. A note that only mentions a case in
/// prose takes no title from it.
#[test]
fn a_case_cited_by_its_name_is_the_notes_title() {
    let e = extract_as(
        DocKind::Text,
        "The court said so plainly [1], as it had before [2], and the commentary agrees [3].\n\n\
         Notes\n\n\
         1. R v Hallam [2023] EWCA Crim 118, https://courts.example.org/hallam\n\
         2. Pryce v. Northgate Estates Ltd (2019) 3 WLR 44, https://law.example.org/pryce\n\
         3. See the discussion of Pryce v Northgate (2019) in chapter 4, https://books.example.org/c4\n",
    );
    let note = |label: &str| {
        e.footnotes
            .iter()
            .find(|n| n.label == label)
            .unwrap_or_else(|| panic!("note {label} in {:?}", e.footnotes))
    };
    assert_eq!(note("1").title.as_deref(), Some("R v Hallam"));
    assert_eq!(note("1").date.as_deref(), Some("2023"));
    assert_eq!(
        note("2").title.as_deref(),
        Some("Pryce v. Northgate Estates Ltd")
    );
    assert_ne!(note("3").title.as_deref(), Some("Pryce v Northgate"));
}

/// Regression: a note by one person named with initials, then a plain title and its date
/// (`J. Whitlock KC, Opinion on the Tanners Lane closure order, 28 February 2025`), had no
/// author and no title. The letters of an office after the name are not the name's.
#[test]
fn an_initialled_author_before_a_plain_title_is_read() {
    let e = extract_as(
        DocKind::Text,
        "Counsel's view is blunt [1], and the survey agrees [2].\n\n\
         Notes\n\n\
         1. R. Hallam KC, Opinion on the Mill Lane closure order, 3 March 2025, https://a.example.org/o\n\
         2. A. M. Osei, Survey of the Lower Dale hedgerows, 2021, https://a.example.org/s\n",
    );
    let note = |label: &str| {
        e.footnotes
            .iter()
            .find(|n| n.label == label)
            .unwrap_or_else(|| panic!("note {label} in {:?}", e.footnotes))
    };
    assert_eq!(note("1").authors, ["R. Hallam"]);
    assert_eq!(
        note("1").title.as_deref(),
        Some("Opinion on the Mill Lane closure order")
    );
    assert_eq!(note("2").authors, ["A. M. Osei"]);
    assert_eq!(
        note("2").title.as_deref(),
        Some("Survey of the Lower Dale hedgerows")
    );
}
