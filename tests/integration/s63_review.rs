//! The sixty-third session's review of its own extraction rules, each found too broad: a
//! tool's label (`Google Scholar`, `EndNote`, `unsubscribe`) made furniture inside a
//! sentence and a reference entry's only address (`View online`) dropped from the checks;
//! any path ending `login` taken for a sign-in page; Bootstrap's `card-deck` read as a
//! standfirst; `as one shopkeeper put it` crediting the quotation above; `The same study`
//! taking the work cited before when another study stood between; a possessive's colon
//! (`The report's critics were scathing:`) giving critics' words to the report; and a
//! translator's initial after a publisher read as Journal's `J.`.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as, extract_markdown, furniture, note, urls_of};

/// A tool's label as words of a sentence is a source: only a button of its own, or one in
/// a row of buttons, is the page's tool. A reference entry's `View online` or `Open in a
/// new tab` is the work's address.
#[test]
fn a_tools_label_in_a_sentence_or_a_reference_is_a_source() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><h1>Reference managers</h1>\n\
         <p>Most of the students started with <a href=\"https://scholar.example.org/\">Google \
         Scholar</a>, which says it aims to “stand on the shoulders of giants” for everyone.</p>\n\
         <p>Two exported to <a href=\"https://endnote.example.org/\">EndNote</a> and readers \
         could <a href=\"https://example.org/unsubscribe-study\">unsubscribe</a> at will.</p>\n\
         <p><a href=\"https://example.org/cite.ris\">RIS</a> | \
         <a href=\"https://example.org/prefs\">Update your preferences</a> \
         <a href=\"https://example.org/tab\">Open in a new tab</a></p>\n\
         <h2>Notes</h2><ol>\n\
         <li id=\"n1\">Environment Agency. <i>Flood review 2024</i>. Bristol, 2024. \
         <a href=\"https://example.org/missing-review.pdf\">View online</a>.</li>\n\
         <li id=\"n2\">Harbour Trust. <i>Annual report</i>. 2023. \
         <a href=\"https://example.org/annual.pdf\">Open in a new tab</a>.</li>\n\
         </ol></article></body></html>\n",
    );
    for url in [
        "https://scholar.example.org/",
        "https://endnote.example.org/",
        "https://example.org/unsubscribe-study",
        "https://example.org/missing-review.pdf",
        "https://example.org/annual.pdf",
    ] {
        assert!(!furniture(&e, url), "{url}");
    }
    // A row of buttons stays the page's tools, a lower-case label after another button too.
    for url in [
        "https://example.org/cite.ris",
        "https://example.org/prefs",
        "https://example.org/tab",
    ] {
        assert!(furniture(&e, url), "{url}");
    }
}

/// A story's own box of subject links may list its sources: only a journal's subject list
/// in the header over the title, or one named as tags, is a kicker.
#[test]
fn a_storys_subject_links_box_holds_sources() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><h1>Harbour story</h1><p>The port grew.</p>\n\
         <ul class=\"story-subject-links\"><li><a href=\"https://example.org/report.pdf\">Port \
         authority report 2024</a></li></ul>\n\
         <div class=\"subject-list\"><a href=\"https://gov.example.org/costs.csv\">Harbour \
         cost data</a></div></article></body></html>\n",
    );
    assert!(!furniture(&e, "https://example.org/report.pdf"));
    assert!(!furniture(&e, "https://gov.example.org/costs.csv"));
}

/// A page named `login` is a site's sign-in page only as the whole path, under an account's
/// folder, or with the page to return to; an encyclopedia's article on logging in, a
/// package called `login` or a report's page are sources.
#[test]
fn only_a_sites_own_sign_in_page_is_a_button() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article><h1>Logins</h1><p>See \
         <a href=\"https://wiki.example.org/wiki/Login\">the encyclopedia</a>, the \
         <a href=\"https://npm.example.org/package/login\">package</a>, \
         <a href=\"https://pypi.example.org/project/signup/\">another</a> and the \
         <a href=\"https://gov.example.org/reviews/2021/login\">review</a>.</p>\n\
         <p><a href=\"https://example.org/login\">Sign in</a> \
         <a href=\"https://example.org/users/sign_in\">Log in</a> \
         <a href=\"https://example.org/start/signup?next=%2Fpost\">Join</a></p>\n\
         </article></body></html>\n",
    );
    for url in [
        "https://wiki.example.org/wiki/Login",
        "https://npm.example.org/package/login",
        "https://pypi.example.org/project/signup/",
        "https://gov.example.org/reviews/2021/login",
    ] {
        assert!(!furniture(&e, url), "{url}");
    }
    for url in [
        "https://example.org/login",
        "https://example.org/users/sign_in",
        "https://example.org/start/signup?next=%2Fpost",
    ] {
        assert!(furniture(&e, url), "{url}");
    }
}

/// Bootstrap's `card-deck` is a row of cards, no standfirst: a quotation in a card goes on
/// from the report cited before it, as in a `card-group`.
#[test]
fn a_deck_of_cards_is_no_standfirst() {
    for class in ["card-deck", "card-group"] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<html><body><article><h1>Rivers</h1>\n\
                 <p>The agency published its <a href=\"https://example.org/rivers-report\">\
                 annual report on rivers</a> on Monday.</p>\n\
                 <div class=\"{class}\"><div class=\"card\"><div class=\"card-body\">It found \
                 that “the salmon are back in every river we surveyed this year”.</div></div>\
                 </div></article></body></html>\n"
            ),
        );
        assert_eq!(
            urls_of(&e, "the salmon are back"),
            ["https://example.org/rivers-report"],
            "{class}"
        );
    }
}

/// `…, as one shopkeeper put it.[2]` cites the shopkeeper for the sentence's own words, not
/// for the quotation in the paragraph above; `as the guide itself put it` and `as the report
/// put it` name the quoted work back.
#[test]
fn as_someone_else_put_it_credits_no_quotation_above() {
    let notes = "\n\n[^2]: Gazette. \"On the front\". 2024.\n";
    let mayor = "At the launch, the mayor promised that “the pier will reopen in June, \
                 whatever the weather”.\n\n";
    for (after, want) in [
        (
            "Few in the town believe it any more, as one shopkeeper on the front put it.[^2]",
            false,
        ),
        (
            "Few in the town believe it any more, as the report itself put it.[^2]",
            true,
        ),
    ] {
        let e = extract_markdown(&format!("{mayor}{after}{notes}"));
        let tied = cites(&e, "the pier will reopen")
            .iter()
            .any(|c| c.0 == Some("2"));
        assert_eq!(tied, want, "{after}");
    }
}

/// `The same study` is the nearest study: when the text since the cited sentence names a
/// study of its own (the critics'), the quotation is not the cited trial's.
#[test]
fn the_same_study_after_another_study_is_not_the_cited_one() {
    let notes = "\n\n[^1]: Farm Institute. \"Ten years untilled\". 2024.\n";
    let trial = "A ten-year trial at the farm[^1] published its results in March.";
    let quote = "\n\nThe same study said that “the untilled plots lost a fifth of their yield \
                 in dry years”.";
    let e = extract_markdown(&format!(
        "{trial} Critics quickly produced a study of their own, which has not been peer \
         reviewed.{quote}{notes}"
    ));
    assert!(cites(&e, "the untilled plots").is_empty());
    let e = extract_markdown(&format!(
        "{trial} Its authors farmed two hundred plots.{quote}{notes}"
    ));
    assert_eq!(
        cites(&e, "the untilled plots"),
        [(Some("1"), Attribution::Preceding)]
    );
}

/// A noun the work owns (`The report's critics`) before a colon names other people: their
/// words are not the report's. `The authors are careful:` still introduces the work's.
#[test]
fn a_possessives_colon_gives_no_one_elses_words_to_the_work() {
    let cited = "A [report by the council](https://example.org/rents) found rents rose by a \
                 third in five years.\n\n";
    let e = extract_markdown(&format!(
        "{cited}The report's critics were scathing: “this is a report written to justify a \
         policy already chosen”."
    ));
    assert!(cites(&e, "this is a report written").is_empty());
    let e = extract_markdown(&format!(
        "{cited}The report is blunt: “rents have outrun wages in every ward we studied”."
    ));
    assert_eq!(
        urls_of(&e, "rents have outrun"),
        ["https://example.org/rents"]
    );
}

/// A translator's initial after the publisher is no Journal's `J.`: the publisher ends at
/// its stop. `IEEE Sens. J.` keeps its `J.`.
#[test]
fn a_persons_initial_after_a_publisher_is_no_journal() {
    let e = extract_markdown(
        "Text.[^3] More.[^4]\n\n[^3]: Ward, Mary. *River Lives*. London: Faber Press. J. Smith, \
         trans. 1990.\n\n[^4]: A. Lund, \"Soil probes,\" *IEEE Sens. J.*, vol. 22, 2022.\n",
    );
    assert_eq!(note(&e, "3").publisher.as_deref(), Some("Faber Press"));
    assert_eq!(note(&e, "4").publisher.as_deref(), Some("IEEE Sens. J."));
}
