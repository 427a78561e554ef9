//! The twenty-third session's check-stage cases from the held-out evaluation of scholarly
//! articles, each run by the real binary against pages served on a loopback server.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{check_article, quote_result as quote};

fn article_page(title: &str, body: &str) -> Response {
    Response::html(format!(
        "<html><head><title>{title}</title>\
         <meta name=\"citation_title\" content=\"{title}\">\
         <meta name=\"citation_author\" content=\"Eleanor Hale\"></head>\
         <body><article><h1>{title}</h1><p>Eleanor Hale</p>{body}</article></body></html>"
    ))
}

/// A reference URL broken after its `/` is checked whole: the quote is verified against the
/// page, not reported unverifiable behind a dead link.
#[test]
fn a_quote_cited_to_a_broken_reference_url_is_checked() {
    let report = check_article(
        vec![(
            "/doi/10.5555/rrq.2017.021",
            article_page(
                "Reading Rooms and Quiet",
                "<p>Most readers chose a seat facing a wall when one was free, and few moved once seated.</p>",
            ),
        )],
        "Hale (2017) found that \"most readers chose a seat facing a wall when one was free\".\n\n\
         ## References\n\n\
         Hale, E. (2017). Reading rooms and quiet. *Reading Rooms Quarterly*, 4(1), 1–9. BASE/doi/10.5555/\n\
         rrq.2017.021\n",
    );
    assert_eq!(
        quote(&report, "most readers").verdict,
        Verdict::Verified,
        "{report:#?}"
    );
    assert!(
        report.links.iter().all(|l| l.url.ends_with("rrq.2017.021")),
        "{:?}",
        report.links
    );
}

/// A Chicago short note's title (`Hale, "Reading Room," 141.`) is the leading words of the
/// full title on the page: no metadata warning. A short title that is not the page's still
/// warns.
#[test]
fn a_short_note_title_matches_the_full_title() {
    let page = article_page(
        "The Reading Room and Its Discontents, 1850–1914",
        "<p>The reading room promised a democracy of print to every reader with a ticket.</p>",
    );
    let report = check_article(
        vec![("/jlh", page.clone())],
        "Hale wrote that \"the reading room promised a democracy of print\".[^1] \
         Again: \"a democracy of print to every reader\".[^2]\n\n\
         [^1]: Eleanor Hale, \"The Reading Room and Its Discontents, 1850–1914,\" *Journal of \
         Library History* 33, no. 2 (1998): 141, BASE/jlh.\n\
         [^2]: Hale, \"Reading Room,\" 141.\n",
    );
    assert_eq!(quote(&report, "a democracy").verdict, Verdict::Verified);
    assert!(
        report.metadata_warnings.is_empty(),
        "{:?}",
        report.metadata_warnings
    );
    let report = check_article(
        vec![("/jlh", page)],
        "Hale wrote that \"the reading room promised a democracy of print\".[^1]\n\n\
         [^1]: Eleanor Hale, \"Lending Libraries,\" *Journal of Library History* 33, no. 2 \
         (1998): 141, BASE/jlh.\n",
    );
    assert_eq!(
        report
            .metadata_warnings
            .iter()
            .map(|w| w.field.as_str())
            .collect::<Vec<_>>(),
        ["title"]
    );
}

/// A journal's abstract page with an access box ("Access through your institution",
/// "Purchase PDF") but no word of subscribing withholds the article: a quote from its body
/// is unverifiable, not not_found. A short page whose prose speaks of purchasing access in a
/// sentence is an article: a quote not on it stays not_found.
#[test]
fn a_publisher_access_box_is_a_paywall() {
    let landing = Response::html(
        "<html><head><title>Tenancy and Mobility</title></head><body>\
         <header><nav><a href=\"/\">Journal of Housing Studies</a> | <a href=\"/login\">Log in</a></nav></header>\
         <main><article><h1>Tenancy and Mobility</h1><p>Eleanor Hale</p>\
         <section><h2>Abstract</h2><p>Using lease records from two towns, this paper estimates \
         how often tenants move. Regulated tenants moved less often.</p></section>\
         <div class=\"access\"><h2>Get access to this article</h2>\
         <p><a href=\"/inst\">Access through your institution</a></p>\
         <p><a href=\"/buy\">Purchase PDF</a></p></div></article></main></body></html>",
    );
    let essay = Response::html(
        "<html><head><title>Paying for Papers</title></head><body><main><article>\
         <h1>Paying for Papers</h1><p>Libraries that purchase access to single articles for \
         their readers spend more each year than the publishers admit in their reports.</p>\
         <p>Some readers buy this article or that one themselves when the library will not \
         pay for it.</p></article></main></body></html>",
    );
    let report = check_article(
        vec![("/tenancy", landing), ("/paying", essay)],
        "Hale notes that \"the estimates cannot be extended to towns without leases\".[^1] \
         An essay claims \"publishers always refund unread articles\".[^2]\n\n\
         [^1]: Eleanor Hale, \"Tenancy and Mobility,\" *Journal of Housing Studies* 3 (2016), BASE/tenancy.\n\
         [^2]: \"Paying for Papers,\" BASE/paying.\n",
    );
    let q = quote(&report, "the estimates");
    assert_eq!(q.verdict, Verdict::Unverifiable, "{q:#?}");
    assert!(q.detail.contains("paywall"), "{}", q.detail);
    assert_eq!(
        quote(&report, "publishers always").verdict,
        Verdict::NotFound
    );
}
