//! The twenty-second session's check-stage cases, each run by the real binary against pages
//! served on a loopback server.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{check_article, quote_result as quote};

/// A subsequent note in short form points back to the work an earlier note cites in full, and
/// a quotation cited to it is checked against that work's page: Chicago's `Hillman, "China and
/// Russia," 4.` and `Ortiz, 41.`, the Bluebook's `supra note 1`, and a title alone. Before,
/// such notes had no URL and their quotes were unverifiable. A name that two works share,
/// and a title no earlier note has, point nowhere (unverifiable, never the wrong page), and a
/// short note's own title and author, being the start of the page's, raise no metadata warning.
#[test]
fn short_form_notes_are_checked_against_the_work_they_point_back_to() {
    let page = |title: &str, text: &str| {
        Response::html(format!(
            "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
             <p class=\"byline\">By {}</p><p>{text}</p></article></body></html>",
            if title.starts_with("China") {
                "Jonathan E. Hillman"
            } else {
                "Maria Ortiz"
            }
        ))
    };
    let report = check_article(
        vec![
            (
                "/unequals",
                page(
                    "China and Russia: Economic Unequals",
                    "The partnership of unequals will grow more lopsided over time. China already \
                     towers over Russia in nearly every dimension. No country is better placed to \
                     spoil these ambitions.",
                ),
            ),
            (
                "/energy",
                page(
                    "Energy and Empire",
                    "Energy trade binds the two economies closer every year. The pipeline deal \
                     was signed in haste and repented at leisure.",
                ),
            ),
            (
                "/water",
                page("Water Wars", "Rivers that cross borders are the next flashpoint of the region."),
            ),
        ],
        "# Partners\n\n\
         The report said “the partnership of unequals will grow more lopsided over time”.[^1] \
         A book argued “energy trade binds the two economies closer every year”.[^2] \
         It went on: “China already towers over Russia in nearly every dimension”.[^3] \
         And “the pipeline deal was signed in haste”.[^4] \
         Then “no country is better placed to spoil these ambitions”.[^5] \
         The book again: “energy trade binds the two economies closer every year”.[^6]\n\n\
         [^1]: Jonathan E. Hillman, \"China and Russia: Economic Unequals,\" CSIS, July 2020, <BASE/unequals>.\n\
         [^2]: Maria Ortiz, *Energy and Empire* (Boston: Harbor Press, 2019), 12, <BASE/energy>.\n\
         [^3]: Hillman, \"China and Russia,\" 4.\n\
         [^4]: Ortiz, 41.\n\
         [^5]: Hillman, supra note 1, at 7.\n\
         [^6]: *Energy and Empire*, 33.\n",
    );
    for start in [
        "China already towers",
        "the pipeline deal",
        "no country is better",
    ] {
        assert_eq!(
            quote(&report, start).verdict,
            Verdict::Verified,
            "{report:#?}"
        );
    }
    let again = report
        .quotes
        .iter()
        .filter(|q| q.text.starts_with("energy trade"))
        .collect::<Vec<_>>();
    assert_eq!(again.len(), 2);
    assert!(
        again.iter().all(|q| q.verdict == Verdict::Verified),
        "{again:#?}"
    );
    assert!(
        report.metadata_warnings.is_empty(),
        "{:#?}",
        report.metadata_warnings
    );

    // Two works by one author: `Ortiz, 41.` could be either, so it points to neither.
    let report = check_article(
        vec![
            (
                "/energy",
                page(
                    "Energy and Empire",
                    "Energy trade binds the two economies closer every year.",
                ),
            ),
            (
                "/water",
                page(
                    "Water Wars",
                    "Rivers that cross borders are the next flashpoint of the region.",
                ),
            ),
        ],
        "# Rivers\n\n\
         She wrote “energy trade binds the two economies closer every year”.[^1] \
         Later “rivers that cross borders are the next flashpoint”.[^2] \
         And “rivers that cross borders are the next flashpoint of the region”.[^3] \
         Then “energy trade binds the two economies closer”.[^4]\n\n\
         [^1]: Maria Ortiz, *Energy and Empire* (Boston: Harbor Press, 2019), <BASE/energy>.\n\
         [^2]: Maria Ortiz, *Water Wars* (Boston: Harbor Press, 2021), <BASE/water>.\n\
         [^3]: Ortiz, 41.\n\
         [^4]: Ortiz, *Coal and Steel*, 9.\n",
    );
    let unverifiable: Vec<_> = report
        .quotes
        .iter()
        .filter(|q| q.verdict == Verdict::Unverifiable)
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(
        unverifiable,
        [
            "rivers that cross borders are the next flashpoint of the region",
            "energy trade binds the two economies closer"
        ],
        "{report:#?}"
    );
}

/// A negation the page puts just before the quoted words (`not merely incomplete but
/// fundamentally flawed`) that the article's sentence leaves out (`the judge found the permit
/// “merely incomplete but …”`) inverts the source's meaning with every quoted word on the
/// page: it was `verified` with no caveat, and is now verified with a warning naming the
/// word. An article that keeps the negation outside its quote, or a page with none, has no
/// warning.
#[test]
fn a_negation_left_outside_the_quote_is_warned_about() {
    let report = check_article(
        vec![(
            "/ruling",
            Response::html(
                "<html><body><article><p>The judge said the permit was not merely incomplete \
                 but fundamentally flawed, and quashed it.</p><p>The council said the ruling \
                 was a careful and thorough piece of work.</p></article></body></html>",
            ),
        )],
        "# The ruling\n\n\
         The judge found the permit “merely incomplete but fundamentally flawed”.[^1] \
         Critics agree it was not “merely incomplete but fundamentally flawed”.[^1] \
         The council called it “a careful and thorough piece of work”.[^1]\n\n\
         [^1]: Court report, <BASE/ruling>.\n",
    );
    let warned: Vec<(&str, &Vec<String>)> = report
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), &q.warnings))
        .collect();
    assert!(
        report.quotes.iter().all(|q| q.verdict == Verdict::Verified),
        "{report:#?}"
    );
    let with: Vec<&str> = warned
        .iter()
        .filter(|(_, w)| w.iter().any(|w| w.contains("just before the quoted words")))
        .map(|(t, _)| *t)
        .collect();
    assert_eq!(
        with,
        ["merely incomplete but fundamentally flawed"],
        "{warned:#?}"
    );
    let first = warned.first().expect("a quote");
    assert!(
        first.1.iter().any(|w| w.contains("\u{201C}not\u{201D}")),
        "{first:#?}"
    );
}
