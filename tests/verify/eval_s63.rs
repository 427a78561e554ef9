//! Regressions from the sixty-third session's held-out evaluation of `check`, the pages
//! served on 127.0.0.1: editorial brackets, a capital the page writes small, words left out
//! or added without an ellipsis, sentences swapped, numbers and dashes written another way,
//! a sentence the page says twice, footnote markers, an edit shown with `<del>` and
//! `<ins>`, struck-out text, a figure, a warning about furniture, a windows-1252 page, an
//! archive copy, an article over two pages and a bilingual notice. Four were wrong: a
//! reference marker copied with the words (`rose[3] sharply`) was a number added; words the
//! page shows struck out as removed (`<del>`) were "nothing close"; the warning that the
//! furniture has a quote's words closer did not say where; and passages of two pages of one
//! article joined with an ellipsis were `partial` with nothing saying the missing part is on
//! the article's next page.

use citecheck::model::{DiffKind, MatchKind, PageRegion, QuoteResult, Verdict};
use citecheck::server::{Response, Server};

/// Checks `article` (its `BASE` the server's address) against the pages served on 127.0.0.1.
pub fn check_served(pages: Vec<(&str, Response)>, article: &str) -> Vec<QuoteResult> {
    check_served_with(pages, article, citecheck::config::Config::default())
}

/// [`check_served`] with settings of the test's own (`max_body`, …) over the defaults.
pub fn check_served_with(
    pages: Vec<(&str, Response)>,
    article: &str,
    base: citecheck::config::Config,
) -> Vec<QuoteResult> {
    let mut builder = Server::builder();
    for (path, response) in pages {
        builder = builder.route(path, response);
    }
    let server = builder.bind("127.0.0.1:0").expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("article.md");
    std::fs::write(&file, article.replace("BASE", &server.base_url())).expect("write article");
    let cfg = citecheck::config::Config {
        timeout: Some("5s".into()),
        max_retries: Some(0),
        cache: Some(false),
        ..base
    };
    let settings =
        citecheck::run::CheckSettings::from_config(&cfg, Default::default()).expect("settings");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (report, problems) = runtime
        .block_on(citecheck::run::check(
            &[file.to_string_lossy().into_owned()],
            &settings,
            &citecheck::fetch::NoProgress,
        ))
        .expect("check");
    assert!(problems.is_empty(), "{problems:?}");
    report.quotes
}

fn html(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}\
         </title></head><body>{body}</body></html>"
    )
}

/// A ministry's statement reported by a news site: numbers, a dash, a footnote marker, an
/// edit shown with `<del>` and `<ins>`, an old price struck out with `<s>`, a figure, a
/// sentence said twice, and a reader's comment close to one of its sentences.
fn ministry() -> String {
    html(
        "en-GB",
        "Ministry to act on review",
        "<header><nav><a href=\"/\">Home</a> <a href=\"/health\">Health</a></nav></header>\
         <main><article><h1>Ministry promises action on waiting times</h1>\n\
         <p>The Ministry of Health said on Tuesday that it will act on the findings of the \
         review within six months.</p>\n\
         <p>Officials said the review found that waiting times in five regions had doubled \
         since 2019.</p>\n\
         <p>Spending on agency staff rose by 12 per cent last year \u{2014} far more than the \
         ministry had planned.</p>\n\
         <p>The minister told MPs that the new hospital in Leeds would open in the spring of \
         2027, a year later than promised.</p>\n\
         <p>Nurses will get a pay rise of four percent. Doctors will have to wait until the \
         autumn.</p>\n\
         <p>\u{201C}We are not going to cut corners,\u{201D} the minister said.</p>\n\
         <p>Waiting lists rose<sup><a href=\"#fn3\">[3]</a></sup> sharply in the winter \
         months, the figures show.</p>\n\
         <p>The chief executive <del>will resign at the end of the month</del> <ins>will stay \
         in post until a successor is found</ins>, the trust said.</p>\n\
         <p>Parking at the hospital <s>costs \u{00A3}4 an hour</s> is now free for \
         patients.</p>\n\
         <figure><img src=\"/march.jpg\" alt=\"Nurses carrying banners outside the ministry \
         in Whitehall\"><figcaption>Nurses marched on the ministry in March, demanding safer \
         staffing levels.</figcaption></figure>\n\
         <p>Asked about the delays, she repeated: \u{201C}We are not going to cut \
         corners.\u{201D}</p>\n\
         </article>\
         <section id=\"comments\" class=\"comments\"><h2>Comments</h2><div class=\"comment\">\
         <p class=\"author\">Sam, York</p><p>They said it will act on every single finding of \
         the review within six months. We will see.</p></div></section></main>\
         <footer>&copy; Health News</footer>",
    )
}

/// A café's news page in windows-1252, with curly quotes and accented letters.
fn cafe() -> Response {
    let page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"windows-1252\">\
        <title>Caf\u{e9} news</title></head><body><main><article><h1>Reopening</h1>\
        <p>\u{201C}Our caf\u{e9} will reopen in June with a new menu,\u{201D} said the owner, \
        Ren\u{e9}e Dubois. \u{2018}It\u{2019}s been a hard year.\u{2019}</p>\
        <p>The caf\u{e9} closed after a fire in the kitchen last winter.</p>\
        </article></main></body></html>";
    let (bytes, _, bad) = encoding_rs::WINDOWS_1252.encode(page);
    assert!(!bad);
    Response::status(200)
        .header("content-type", "text/html; charset=windows-1252")
        .body(bytes.into_owned())
}

/// An archive copy: a toolbar like the Wayback Machine's wrapped around the original page.
fn archived() -> String {
    html(
        "en",
        "Council budget",
        "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp-base\"><div id=\"wm-ipp\">\
         <div id=\"donato\"></div><table><tr><td><a href=\"/web/\">The Wayback Machine</a>\
         </td><td><form><input name=\"url\" value=\"https://news.example.org/budget\"></form>\
         </td><td><a href=\"#\">43 captures</a><div>12 Mar 2019 - 4 Jan 2024</div></td>\
         <td><a href=\"#\">JAN</a> <a href=\"#\">FEB</a> <a href=\"#\">MAR</a></td><td>\
         <a href=\"#\">About this capture</a></td></tr></table></div></div>\
         <!-- END WAYBACK TOOLBAR INSERT -->\
         <header><nav><a href=\"/\">News</a></nav></header><main><article>\
         <h1>Council sets its budget</h1>\
         <p>The council agreed a budget of \u{00A3}310 million on Thursday, cutting spending on \
         libraries by a fifth.</p>\
         <p>The leader said the cuts were painful but unavoidable.</p></article></main>",
    )
}

/// Page 1 of an article split over two pages, with a pager.
fn paged_one() -> String {
    html(
        "en",
        "The long road back (page 1)",
        "<main><article><h1>The long road back</h1>\
         <p>When the factory closed in 2015, a third of the town lost their jobs within a \
         month.</p><p>Many moved away to find work in the cities.</p>\
         <nav class=\"pagination\"><span>Page 1</span> <a href=\"/long/2\">2</a> \
         <a href=\"/long/2\" rel=\"next\">Next page</a></nav></article></main>",
    )
}

fn paged_two() -> String {
    html(
        "en",
        "The long road back (page 2)",
        "<main><article><h1>The long road back</h1>\
         <p>Ten years later, a new battery plant has brought eight hundred jobs back to the \
         valley.</p><p>The mayor called it a second chance for the town.</p>\
         <nav class=\"pagination\"><a href=\"/long\" rel=\"prev\">Previous page</a> \
         <a href=\"/long\">1</a> <span>Page 2</span></nav></article></main>",
    )
}

/// A bilingual notice, English then French; one paragraph only in French.
fn bilingual() -> String {
    html(
        "en",
        "Notice / Avis",
        "<main><article><h1>Notice / Avis</h1>\
         <section lang=\"en\"><h2>Notice</h2><p>The bridge will be closed to traffic from 3 May \
         while the deck is repaired.</p></section>\
         <section lang=\"fr\"><h2>Avis</h2><p>Le pont sera fermé à la circulation à partir du \
         3 mai pendant la réparation du tablier.</p><p>Les cyclistes pourront emprunter le \
         traversier gratuitement pendant toute la durée des travaux.</p></section>\
         </article></main>",
    )
}

fn pages() -> Vec<(&'static str, Response)> {
    vec![
        ("/ministry", Response::html(ministry())),
        ("/cafe", cafe()),
        ("/archived", Response::html(archived())),
        ("/long", Response::html(paged_one())),
        ("/long/2", Response::html(paged_two())),
        ("/bilingual", Response::html(bilingual())),
    ]
}

/// The verdict and how the quote matched, with no differences or warnings.
#[track_caller]
pub fn assert_clean(r: &QuoteResult, kind: MatchKind) {
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(r.match_kind, Some(kind), "{r:#?}");
    assert_eq!(r.region, Some(PageRegion::Main), "{r:#?}");
    assert!(r.differences.is_empty(), "{r:#?}");
    assert!(r.warnings.is_empty(), "{r:#?}");
}

/// The differences of an altered quote: kind, the quote's words, the page's, the note.
#[track_caller]
pub fn altered(r: &QuoteResult) -> Vec<(DiffKind, &str, &str, Option<&str>)> {
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    r.differences
        .iter()
        .map(|d| {
            (
                d.kind,
                d.quote.as_str(),
                d.source.as_str(),
                d.note.as_deref(),
            )
        })
        .collect()
}

/// Brackets an editor puts in (`[the ministry]` for "it", `[T]he`, `[on Tuesday]`), a
/// capital where the page's sentence runs on, numbers and dashes written another way, and a
/// sentence the page says twice are the page's words; reference markers copied with them
/// (`rose[3]`, `sharply[4]`) too, though a figure set apart in brackets is the quoter's own
/// (`[six]` for "five" is changed). Words left out or added without an ellipsis are shown,
/// and two sentences swapped are a changed order.
#[test]
fn brackets_capitals_numbers_dashes_and_markers() {
    let article = "# Health\n\n\
        \"[the ministry] will act on the findings of the review within six months\"[^m].\n\n\
        \"[T]he review found that waiting times in five regions had doubled\"[^m].\n\n\
        \"The review found that waiting times in five regions had doubled\"[^m].\n\n\
        \"The Ministry of Health said [on Tuesday] that it will act\"[^m].\n\n\
        \"waiting times in 5 regions had doubled since 2019\"[^m].\n\n\
        \"Spending on agency staff rose by 12% last year\"[^m].\n\n\
        \"Nurses will get a pay rise of 4%\"[^m].\n\n\
        \"Nurses will get a pay rise of four per cent\"[^m].\n\n\
        \"waiting times in [5] regions had doubled since 2019\"[^m].\n\n\
        \"Waiting lists rose[3] sharply in the winter months\"[^m].\n\n\
        \"Waiting lists rose sharply[4] in the winter months\"[^m].\n\n\
        \"rose by 12 per cent last year -- far more than the ministry had planned\"[^m].\n\n\
        \"rose by 12 per cent last year - far more than the ministry had planned\"[^m].\n\n\
        \"We are not going to cut corners\"[^m].\n\n\
        \"Waiting lists rose sharply in the winter months\"[^m].\n\n\
        \"the new hospital would open in the spring of 2027\"[^m].\n\n\
        \"the new hospital in Leeds would definitely open in the spring of 2027\"[^m].\n\n\
        \"Doctors will have to wait until the autumn. Nurses will get a pay rise of four \
        percent.\"[^m].\n\n\
        \"waiting times in [six] regions had doubled since 2019\"[^m].\n\n\
        [^m]: [Ministry](BASE/ministry).\n";
    let results = check_served(vec![("/ministry", Response::html(ministry()))], article);
    assert_eq!(results.len(), 19, "{results:#?}");
    for r in &results[..11] {
        assert_clean(r, MatchKind::Minor);
    }
    for r in &results[11..13] {
        assert_clean(r, MatchKind::Typography);
    }
    for r in &results[13..15] {
        assert_clean(r, MatchKind::Exact);
    }
    assert_eq!(
        altered(&results[15]),
        [(DiffKind::Dropped, "", "in Leeds", None)]
    );
    assert!(
        results[15]
            .detail
            .contains("quote leaves out \u{201C}in Leeds\u{201D} without an ellipsis"),
        "{}",
        results[15].detail
    );
    assert_eq!(
        altered(&results[16]),
        [(DiffKind::Added, "definitely", "", None)]
    );
    let order = altered(&results[17]);
    assert_eq!(order.len(), 1, "{order:?}");
    assert_eq!(order[0].3, Some("word order changed"));
    assert_eq!(
        altered(&results[18]),
        [(DiffKind::Changed, "[six]", "five", Some("number changed"))]
    );
}

/// Words the page shows struck out as removed (`<del>`) are not found, the detail saying
/// the page took them back; its `<ins>` words are what it says. A figure's caption and alt
/// text are found, the latter warned of; leading and trailing ellipses are the quoter's.
#[test]
fn edits_figures_and_ellipses() {
    let article = "# Health\n\n\
        \"The chief executive will resign at the end of the month\"[^m].\n\n\
        \"The chief executive will stay in post until a successor is found\"[^m].\n\n\
        \"Nurses marched on the ministry in March, demanding safer staffing levels\"[^m].\n\n\
        \"\u{2026} would open in the spring of 2027 \u{2026}\"[^m].\n\n\
        \"...the findings of the review within six months...\"[^m].\n\n\
        \"Nurses carrying banners outside the ministry in Whitehall\"[^m].\n\n\
        \"Parking at the hospital costs \u{00A3}4 an hour\"[^m].\n\n\
        [^m]: [Ministry](BASE/ministry).\n";
    let results = check_served(vec![("/ministry", Response::html(ministry()))], article);
    assert_eq!(results.len(), 7, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::NotFound, "{r:#?}");
    assert!(
        r.detail
            .contains("the page shows these words struck out as removed (a `<del>` edit)"),
        "{}",
        r.detail
    );
    for r in &results[1..5] {
        assert_clean(r, MatchKind::Exact);
    }
    let r = &results[5];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(
        r.warnings.iter().any(|w| w.contains("an image's alt text")),
        "{r:#?}"
    );
    // `<s>` stays text (an old price is often the very thing quoted), the page's striking
    // it through warned of (see `s63_more`).
    let r = &results[6];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert_eq!(r.match_kind, Some(MatchKind::Exact), "{r:#?}");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("struck through on the page")),
        "{r:#?}"
    );
}

/// Where a reader's comment has a quote's words closer than the article, the article
/// decides and the warning says the closer words are in a comment.
#[test]
fn the_furniture_warning_says_where() {
    let article = "# Health\n\n\
        \"it will act on every single finding of the review within six months\"[^m].\n\n\
        [^m]: [Ministry](BASE/ministry).\n";
    let results = check_served(vec![("/ministry", Response::html(ministry()))], article);
    assert_eq!(results.len(), 1, "{results:#?}");
    let r = &results[0];
    assert_eq!(
        altered(r),
        [(
            DiffKind::Changed,
            "every single finding",
            "the findings",
            None
        )]
    );
    assert!(
        r.warnings.iter().any(|w| w.starts_with(
            "the page's furniture, in its comments (readers' words, not the publisher's), has \
             the quote's words closer than its main text does"
        )),
        "{r:#?}"
    );
}

/// A windows-1252 page's curly quotes and accents, and an archive copy whose toolbar wraps
/// the original page: the original's words are its main text.
#[test]
fn an_old_encoding_and_an_archive_copy() {
    let article = "# Caf\u{e9}\n\n\
        \"Our caf\u{e9} will reopen in June with a new menu\"[^c].\n\n\
        \"said the owner, Ren\u{e9}e Dubois\"[^c].\n\n\
        \"It's been a hard year.\"[^c].\n\n\
        \"Our cafe will reopen in June with a new menu\"[^c].\n\n\
        \"The caf\u{e9} closed after a flood in the kitchen last winter\"[^c].\n\n\
        \"The council agreed a budget of \u{00A3}310 million on Thursday\"[^a].\n\n\
        \"The leader said the cuts were painful but necessary\"[^a].\n\n\
        [^c]: [Caf\u{e9}](BASE/cafe).\n\
        [^a]: [Archive](BASE/archived).\n";
    let pages = vec![("/cafe", cafe()), ("/archived", Response::html(archived()))];
    let results = check_served(pages, article);
    assert_eq!(results.len(), 7, "{results:#?}");
    assert_clean(&results[0], MatchKind::Exact);
    assert_clean(&results[1], MatchKind::Exact);
    assert_clean(&results[2], MatchKind::Typography);
    assert_clean(&results[3], MatchKind::Minor);
    assert_eq!(
        altered(&results[4]),
        [(DiffKind::Changed, "flood", "fire", None)]
    );
    assert_clean(&results[5], MatchKind::Exact);
    assert_eq!(
        altered(&results[6]),
        [(DiffKind::Changed, "necessary", "unavoidable", None)]
    );
}

/// A quote on page 2 of an article cited by its page 1 is found there; passages of both
/// pages joined with an ellipsis stay `partial` (no one page holds them), the detail saying
/// the missing part is on the next page. A bilingual notice's French is found as its
/// English is.
#[test]
fn an_article_over_two_pages_and_a_bilingual_notice() {
    let article = "# Town\n\n\
        \"a new battery plant has brought eight hundred jobs back to the valley\"[^l].\n\n\
        \"a third of the town lost their jobs within a month \u{2026} a new battery plant has \
        brought eight hundred jobs back\"[^l].\n\n\
        \"Le pont sera ferm\u{e9} \u{e0} la circulation \u{e0} partir du 3 mai\"[^b].\n\n\
        \"The bridge will be closed to traffic from 5 May while the deck is repaired\"[^b].\n\n\
        [^l]: [Long read](BASE/long).\n\
        [^b]: [Notice](BASE/bilingual).\n";
    let results = check_served(pages(), article);
    assert_eq!(results.len(), 4, "{results:#?}");
    let r = &results[0];
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(r.detail.contains("found on a later page"), "{}", r.detail);
    let r = &results[1];
    assert_eq!(r.verdict, Verdict::Partial, "{r:#?}");
    assert!(
        r.detail
            .contains("the parts not found are on a later page of the cited article")
            && r.detail.contains("/long/2"),
        "{}",
        r.detail
    );
    assert_clean(&results[2], MatchKind::Exact);
    assert_eq!(
        altered(&results[3]),
        [(DiffKind::Changed, "5", "3", Some("number changed"))]
    );
}
