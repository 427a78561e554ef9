//! Thirty-fifth session: pages whose words are where a reader sees them but not where the
//! HTML's text has them in order — a transcript that labels every paragraph or caption line
//! of one speaker's turn, and an application page that sends its article in the data it
//! gives its scripts.

use citecheck::model::{QuoteResult, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_containing};

/// The warning of a quote found only in a page's script data, if any.
fn in_script_data(r: &QuoteResult) -> bool {
    r.warnings
        .iter()
        .any(|w| w.contains("data the page gives its scripts"))
}

/// Regression: a quote running over two paragraphs (or caption lines) of one speaker's turn
/// was `altered`, "leaves out “DR. OKAFOR”", because the transcript says the speaker's name
/// again at each; a caption file in `<pre>` says a timestamp at every line. A quote running
/// from one speaker's words into another's still leaves out the other's label.
#[test]
fn a_quote_reads_on_over_its_speakers_labels() {
    let hearing = "<html><body><main><h1>Water board hearing</h1>\
        <p><b>DR. OKAFOR:</b> The new wells were sunk far too close to the old tip.</p>\
        <p><b>DR. OKAFOR:</b> Nobody sampled the water for two whole years after that.</p>\
        <p><b>CHAIR:</b> Why was that?</p>\
        <p><b>MAYOR LUND:</b> The laboratory contract had lapsed in the spring.</p>\
        </main></body></html>";
    let captions = "<html><body><main><h1>Evening bulletin</h1><pre>\
        00:31:02  MARSH  The culvert under the ring road was\n\
        00:31:05  MARSH  never inspected after the floods of\n\
        00:31:09  the winter before last, and it shows.\n\
        00:31:12  HOST   So who signs off on that?\n\
        00:31:15  ODUYA  The county does, on paper.</pre></main></body></html>";
    let article = "# The wells\n\n\
        Dr Okafor told the board: \u{201C}The new wells were sunk far too close to the old \
        tip. Nobody sampled the water for two whole years after that.\u{201D} \
        ([hearing](BASE/hearing))\n\n\
        Okafor said \u{201C}nobody sampled the water for two whole years after that. The \
        laboratory contract had lapsed in the spring.\u{201D} ([hearing](BASE/hearing))\n\n\
        Marsh said \u{201C}the culvert under the ring road was never inspected after the \
        floods of the winter before last\u{201D} ([bulletin](BASE/captions)).\n\n\
        Marsh added that \u{201C}the culvert under the ring road was never inspected after \
        the storms of the winter before last\u{201D} ([bulletin](BASE/captions)).\n";
    let report = check_article(
        vec![
            ("/hearing", Response::html(hearing)),
            ("/captions", Response::html(captions)),
        ],
        article,
    );
    let r = quote_containing(&report, "sunk far too close");
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    let shown = r.matched_text.as_deref().unwrap_or("");
    assert!(
        shown.contains("tip.\nNobody sampled") && !shown.contains("OKAFOR"),
        "the page's words, the label left out: {shown:?}"
    );
    // Another speaker's words joined on: still a changed quote, the label shown.
    let r = quote_containing(&report, "laboratory contract had lapsed");
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(r.detail.contains("MAYOR LUND"), "{}", r.detail);
    // Caption lines: timestamps and the speaker's name said again are layout.
    let r = quote_containing(&report, "floods of the winter");
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(r.differences.is_empty(), "{r:#?}");
    // A changed word across them is still found, and only it differs.
    let r = quote_containing(&report, "storms of the winter");
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert_eq!(r.differences.len(), 1, "{:#?}", r.differences);
    assert_eq!(r.differences[0].source, "floods", "{:#?}", r.differences);
}

/// Regression: a page rendered in the browser (an empty `<div id="__next">` and its article
/// in `__NEXT_DATA__`, a Redux store's `window.__PRELOADED_STATE__ = JSON.parse("…")`, a
/// Nuxt 2 page's `window.__NUXT__=(function(a,b){…}(…))`) made every quote from it
/// `unverifiable` ("no readable text (it may need JavaScript)"), though its words were on
/// the page as sent.
#[test]
fn an_application_page_is_read_from_its_script_data() {
    let next = r#"<!DOCTYPE html><html><head><title>Tip wells</title></head><body>
        <div id="__next"></div>
        <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"_id":"p81","title":"Wells beside the old tip","slug":"wells-tip","body":[{"_type":"block","style":"normal","children":[{"_type":"span","marks":[],"text":"The board sank 14 new wells "},{"_type":"span","marks":["em"],"text":"within"},{"_type":"span","marks":[],"text":" a stone's throw of the old tip."}]},{"_type":"block","children":[{"_type":"span","text":"Samples were not taken until the second summer."}]}]}}},"page":"/news/[slug]","buildId":"b9x"}</script>
        <script src="/_next/static/chunks/main.js"></script></body></html>"#;
    let redux = r#"<html><body><div id="root"></div>
        <script>window.__PRELOADED_STATE__ = JSON.parse("{\"story\":{\"headline\":\"Culvert never inspected\",\"content\":[{\"type\":\"paragraph\",\"html\":\"<p>The culvert under the ring road was <strong>never</strong> inspected after the floods.<\/p>\"}]}}");</script>
        </body></html>"#;
    let nuxt = r#"<html><body><div id="__nuxt"></div>
        <script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{title:"Ferry timetable",body:a}}],state:b}}("The winter timetable cuts the late ferry on weekdays.\nIt returns in April.",{}));</script>
        </body></html>"#;
    let config = r#"<html><body><div id="app"></div>
        <script>window.__CONFIG__={"apiBase":"https://api.example.org/v2","flags":{"beta":true},"locale":"en-GB"};</script>
        </body></html>"#;
    let article = "# Tip wells\n\n\
        \u{201C}The board sank 14 new wells within a stone's throw of the old tip,\u{201D} the \
        paper reported ([post](BASE/next)).\n\n\
        It said \u{201C}the board sank 40 new wells within a stone's throw of the old \
        tip\u{201D} ([post](BASE/next)).\n\n\
        It added that \u{201C}the pumps were switched off every night in August\u{201D} \
        ([post](BASE/next)).\n\n\
        \u{201C}The culvert under the ring road was never inspected after the floods,\u{201D} \
        it found ([story](BASE/redux)).\n\n\
        \u{201C}The winter timetable cuts the late ferry on weekdays. It returns in \
        April.\u{201D} ([timetable](BASE/nuxt))\n\n\
        \u{201C}The settings page lists every flag the beta uses\u{201D} \
        ([app](BASE/config)).\n";
    let report = check_article(
        vec![
            ("/next", Response::html(next)),
            ("/redux", Response::html(redux)),
            ("/nuxt", Response::html(nuxt)),
            ("/config", Response::html(config)),
        ],
        article,
    );
    for part in [
        "sank 14 new wells",
        "culvert under the ring road",
        "winter timetable",
    ] {
        let r = quote_containing(&report, part);
        assert_eq!(r.verdict, Verdict::Verified, "{part}: {r:#?}");
        assert!(in_script_data(r), "{part}: said where: {:?}", r.warnings);
    }
    // A misquote there is one.
    let r = quote_containing(&report, "sank 40 new wells");
    assert_eq!(r.verdict, Verdict::Altered, "{r:#?}");
    assert!(in_script_data(r), "{:?}", r.warnings);
    assert!(
        r.differences
            .iter()
            .any(|d| d.quote == "40" && d.source == "14"),
        "{:#?}",
        r.differences
    );
    // Words not there: the shell shows nothing, so no proof they are invented.
    let r = quote_containing(&report, "pumps were switched off");
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(
        r.detail.contains("the data the page gives its scripts (")
            && r.detail.contains("does not hold it either"),
        "{}",
        r.detail
    );
    // A page's configuration is no text.
    let r = quote_containing(&report, "settings page lists");
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(r.detail.contains("no readable text"), "{}", r.detail);
}

/// A page that shows its article and also sends it to its scripts: the words shown decide,
/// with no caveat; a quote found only in the script data's other stories says where.
#[test]
fn the_text_shown_comes_before_the_script_data() {
    let page = r#"<html><body><main><h1>Harbour dues</h1>
        <p>The harbour board will raise mooring dues by a fifth from March, its chair said on Tuesday, after three years without a rise. Owners of small boats will pay less than the rest, and the board will spend the money on the breakwater that the storms damaged last winter.</p></main>
        <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"body":"The harbour board will raise mooring dues by a fifth from March, its chair said on Tuesday."},"related":[{"title":"Breakwater repairs to start in May, council confirms"}]}}}</script></body></html>"#;
    let article = "# Dues\n\n\
        \u{201C}The harbour board will raise mooring dues by a fifth from March\u{201D} \
        ([report](BASE/page)).\n\n\
        \u{201C}Breakwater repairs to start in May, council confirms\u{201D} \
        ([report](BASE/page)).\n";
    let report = check_article(vec![("/page", Response::html(page))], article);
    let r = quote_containing(&report, "mooring dues");
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(!in_script_data(r), "{:?}", r.warnings);
    let r = quote_containing(&report, "Breakwater repairs");
    assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    assert!(in_script_data(r), "{:?}", r.warnings);
}
