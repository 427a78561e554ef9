//! Twenty-sixth session: cited bodies that are no HTML page but are read as one is, through
//! the binary against loopback servers with the real headers: news feeds and XML, Markdown,
//! and gzip data sent without a `Content-Encoding`.

use std::io::Write;

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{check_article, quote_result};

fn typed(content_type: &str, body: &str) -> Response {
    Response::status(200)
        .header("content-type", content_type)
        .body(body.as_bytes().to_vec())
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

/// Regression: an RSS or Atom feed, or an XML document, was read as its raw bytes: the HTML
/// an item carries (in CDATA or entity-escaped) gave its tags as words (`em`, `lt;strong`),
/// and `&amp;` read as the word "amp", so faithful quotes were `altered`. Feeds are read as
/// their elements' text now, the HTML in an item read as HTML, the items' words kept apart.
#[test]
fn feeds_and_xml_are_read_as_their_text() {
    const RSS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
        xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\
        <title>Harbour notices</title>\n<item><title>Slipway</title>\n\
        <description><![CDATA[<p>The slipway <em>will</em> stay shut until the winch is \
        replaced.</p>]]></description></item>\n<item><title>Dredging</title>\
        <content:encoded>&lt;p&gt;Dredging of the inner basin takes &lt;strong&gt;three \
        weeks&lt;/strong&gt; longer than planned.&lt;/p&gt;</content:encoded></item>\
        </channel></rss>";
    const ATOM: &str = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
        <title>Budget desk</title><entry><title type=\"text\">Rates</title>\
        <content type=\"html\">&lt;p&gt;Council tax rises by &lt;b&gt;4.9 per \
        cent&lt;/b&gt; from April.&lt;/p&gt;</content></entry><entry><title>Grants</title>\
        <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>The arts \
        grant is <i>frozen</i> for a second year.</p></div></content></entry></feed>";
    const XML: &str = "<?xml version=\"1.0\"?><minutes><item>Roads &amp; bridges \
        committee: the ford&#8217;s gauge is to be moved upstream.</item><item>Next</item>\
        </minutes>";
    let report = check_article(
        vec![
            (
                "/harbour.rss",
                typed("application/rss+xml; charset=utf-8", RSS),
            ),
            ("/harbour-as-xml", typed("text/xml", RSS)),
            ("/budget.atom", typed("application/atom+xml", ATOM)),
            ("/minutes.xml", typed("application/xml; charset=utf-8", XML)),
        ],
        "The notice says \"the slipway will stay shut until the winch is replaced\" \
         ([notices](BASE/harbour.rss)), and \"dredging of the inner basin takes three weeks \
         longer than planned\" ([notices](BASE/harbour-as-xml)).\n\n\
         The desk wrote \"council tax rises by 4.9 per cent from April\" \
         ([desk](BASE/budget.atom)) and \"the arts grant is frozen for a second year\" \
         ([desk](BASE/budget.atom)).\n\n\
         The minutes read \"Roads & bridges committee: the ford's gauge is to be moved \
         upstream\" ([minutes](BASE/minutes.xml)).\n\n\
         A misquote: \"the slipway will stay shut until the crane is replaced\" \
         ([notices](BASE/harbour.rss)).\n",
    );
    for q in [
        "the slipway will stay shut until the winch",
        "dredging of the inner basin",
        "council tax rises",
        "the arts grant",
        "Roads & bridges",
    ] {
        let r = quote_result(&report, q);
        assert_eq!(r.verdict, Verdict::Verified, "{q}: {}", r.detail);
    }
    let r = quote_result(&report, "the slipway will stay shut until the crane");
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
}

/// Regression: a Markdown source (`text/markdown`, or plain text at a `.md` path, as code
/// hosts serve raw files) was read as its source: a link's destination read as words in the
/// sentence, so a faithful quote was `altered`. It is read as it renders now; plain text
/// elsewhere is still read as written.
#[test]
fn markdown_sources_are_read_as_rendered() {
    const MD: &str = "# Ferry timetable\n\nFrom May the ferry runs [two \
        extra](/timetable/summer) sailings on **Saturdays** and public holidays.\n\n\
        See the [fares][f].\n\n[f]: https://example.org/fares\n";
    let report = check_article(
        vec![
            ("/timetable", typed("text/markdown; charset=utf-8", MD)),
            ("/raw/main/TIMETABLE.md", Response::text(MD)),
        ],
        "The operator says \"from May the ferry runs two extra sailings on Saturdays and \
         public holidays\" ([timetable](BASE/timetable)); its file repeats that \"the ferry \
         runs two extra sailings on Saturdays\" ([raw](BASE/raw/main/TIMETABLE.md)).\n",
    );
    for q in ["from May the ferry", "the ferry runs two"] {
        let r = quote_result(&report, q);
        assert_eq!(r.verdict, Verdict::Verified, "{q}: {}", r.detail);
    }
}

/// Regression: a gzip-compressed page sent without a `Content-Encoding` header was read as
/// its compressed bytes, and a faithful quote was `not_found`. Such a body is decompressed
/// as a declared one is (under `--max-body`); gzip data that does not decode makes the quote
/// `unverifiable`, never `not_found`.
#[test]
fn gzip_data_without_a_content_encoding_is_decompressed() {
    let page = "<html><body><p>The reservoir was filled to ninety per cent of its capacity \
                by the end of March.</p></body></html>";
    let mut broken = gzip(page.as_bytes());
    let n = broken.len();
    broken[12..n - 8].fill(0xff);
    let html = |body: Vec<u8>| {
        Response::status(200)
            .header("content-type", "text/html; charset=utf-8")
            .body(body)
    };
    let report = check_article(
        vec![
            ("/reservoir", html(gzip(page.as_bytes()))),
            ("/reservoir-broken", html(broken)),
        ],
        "The board said \"the reservoir was filled to ninety per cent of its capacity\" \
         ([board](BASE/reservoir)). It added \"filled to ninety per cent by the end of \
         March\" ([board](BASE/reservoir-broken)).\n",
    );
    let r = quote_result(&report, "the reservoir was filled");
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    let r = quote_result(&report, "filled to ninety per cent by");
    assert_eq!(r.verdict, Verdict::Unverifiable, "{}", r.detail);
}

/// Regression (review): an XHTML page served as `application/xml` is a page, read as HTML:
/// the feed reader read it as XML text, so a script's words were page text (a misquote
/// found there was `verified`) and `<br/>` ran two words together (a faithful quote was
/// `altered`).
#[test]
fn xhtml_served_as_xml_is_read_as_a_page() {
    const XHTML: &str = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">\
        <head><title>Ferry</title><script>var s = \"the board never approved the new ferry \
        fares for this season\";</script></head><body><p>The board approved<br/>the ferry \
        fares for the coming season without a vote.</p></body></html>";
    let report = check_article(
        vec![("/fares", typed("application/xml", XHTML))],
        "The minutes say \"the board never approved the new ferry fares for this season\" \
         ([minutes](BASE/fares)) and \"approved the ferry fares for the coming season \
         without a vote\" ([minutes](BASE/fares)).\n",
    );
    let r = quote_result(&report, "the board never approved");
    assert_ne!(r.verdict, Verdict::Verified, "{}", r.detail);
    let r = quote_result(&report, "approved the ferry fares");
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
}
