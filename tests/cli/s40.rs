//! The fortieth session: a live article's page furniture (navigation, sharing buttons,
//! footer) is the site's, not the article's citations.

use crate::support::{write, Cli};
use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

/// A news page: a header with navigation, sharing buttons, the story (a quotation citing a
/// review, and a link into the site's archive that the navigation repeats), a related
/// stories box and a site footer. Every link but the review and home is a 404.
const STORY: &str = "<!doctype html><html><head><title>Dredging row</title></head><body>\n\
<header class=\"site-header\"><nav class=\"main-nav\"><a href=\"/\">Home</a> \
<a href=\"/subscribe-now\">Subscribe</a> <a href=\"/archive\">Archive</a></nav></header>\n\
<div class=\"share-buttons\"><a href=\"/share/x?u=story\">Share on X</a></div>\n\
<article><h1>Dredging row deepens</h1>\n\
<p>The council's review found that “the dredging contract was awarded without any \
competitive tender” (<a href=\"/review\">review</a>); older reports are in \
<a href=\"/archive\">the archive</a>.</p></article>\n\
<aside class=\"related\"><h3>Related</h3><a href=\"/old-story\">An old story</a></aside>\n\
<footer class=\"site-footer\"><a href=\"/privacy\">Privacy</a></footer>\n\
</body></html>\n";

fn news_site() -> citecheck::server::RunningServer {
    Server::builder()
        .route("/story", Response::html(STORY))
        .route(
            "/review",
            Response::html(
                "<html><body><h1>Review</h1><p>We found the dredging contract was awarded \
                 without any competitive tender, in breach of policy.</p></body></html>",
            ),
        )
        .route(
            "/",
            Response::html("<html><body><h1>Front page</h1><p>News.</p></body></html>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind")
}

/// An editor checking a live article had every dead `Subscribe`, `Share on X`, related
/// story and footer link of the site fail the run (held-out evaluation, thirty-ninth
/// session). Those links are marked `furniture` by `extract`, and `check` reports them
/// `excluded`, unrequested, unless `--include-furniture` (or the config key) asks; a URL
/// the article itself links (the archive, also in the navigation) is still checked.
#[test]
fn a_live_articles_furniture_is_not_its_citations() {
    let server = news_site();
    let story = server.url("/story");

    let out = Cli::new(&["extract", "--no-config", "--format", "json", &story]).run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let furniture = |url: &str, line: u64| {
        v["documents"][0]["links"]
            .as_array()
            .expect("links")
            .iter()
            .find(|l| l["url"] == server.url(url) && l["line"] == line)
            .unwrap_or_else(|| panic!("{url} on line {line}: {}", out.stdout))["furniture"]
            .as_bool()
            .unwrap_or(false)
    };
    assert!(furniture("/subscribe-now", 2));
    assert!(furniture("/archive", 2));
    assert!(furniture("/share/x?u=story", 3));
    assert!(furniture("/old-story", 6));
    assert!(furniture("/privacy", 7));
    assert!(!furniture("/review", 5));
    assert!(!furniture("/archive", 5));

    let out = Cli::new(&["check", "--no-config", "--format", "json", &story]).run();
    let report = out.report();
    let status = |url: &str| {
        report
            .links
            .iter()
            .find(|l| l.url == server.url(url))
            .unwrap_or_else(|| panic!("{url}: {}", out.stdout))
    };
    for url in [
        "/subscribe-now",
        "/share/x?u=story",
        "/old-story",
        "/privacy",
    ] {
        assert_eq!(status(url).status, LinkStatus::Excluded, "{url}");
        assert!(status(url).detail.contains("furniture"), "{url}");
    }
    // In the navigation and in the story: the article's link, checked (a 404).
    assert_eq!(status("/archive").status, LinkStatus::Dead);
    assert_eq!(status("/review").status, LinkStatus::Ok);
    assert_eq!(out.code, 1, "the article's own dead link fails");
    let ok = Cli::new(&[
        "check",
        "--no-config",
        "--no-progress",
        "--exclude",
        "/archive$",
        &story,
    ])
    .run();
    assert_eq!(ok.code, 0, "{}{}", ok.stdout, ok.stderr);
    assert!(ok.stdout.contains("verified quote"), "{}", ok.stdout);
    assert!(
        ok.stdout
            .contains("5 of them the live page's furniture (--include-furniture checks them)"),
        "{}",
        ok.stdout
    );

    let all = Cli::new(&[
        "check",
        "--no-config",
        "--format",
        "json",
        "--include-furniture",
        &story,
    ])
    .run()
    .report();
    let dead = all
        .links
        .iter()
        .filter(|l| l.status == LinkStatus::Dead)
        .count();
    assert_eq!(dead, 5, "{:?}", all.links);

    // The config key does what the flag does.
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "citecheck.toml", "include-furniture = true\n");
    let cfg = Cli::in_dir(dir.path(), &["check", "--format", "json", &story])
        .run()
        .report();
    assert_eq!(
        cfg.links
            .iter()
            .filter(|l| l.status == LinkStatus::Excluded)
            .count(),
        0
    );
}

/// A local HTML file's furniture is the team's own site: every link is checked.
#[test]
fn a_local_pages_furniture_is_checked() {
    let server = news_site();
    let dir = tempfile::tempdir().expect("temp dir");
    let base = server.url("/");
    write(
        dir.path(),
        "story.html",
        STORY.replace("<head>", &format!("<head><base href=\"{base}\">")),
    );
    let report = Cli::in_dir(
        dir.path(),
        &["check", "--no-config", "--format", "json", "story.html"],
    )
    .run()
    .report();
    assert!(
        report
            .links
            .iter()
            .all(|l| l.status != LinkStatus::Excluded),
        "{:?}",
        report.links
    );
    assert_eq!(
        report
            .links
            .iter()
            .filter(|l| l.status == LinkStatus::Dead)
            .count(),
        5
    );
}

/// A draft piped in (`cat draft.md | citecheck check -`) had every link to its own sections
/// reported `invalid` ("a relative link with no base"), and a link to a section renamed
/// passed (held-out evaluation, thirty-ninth session). Such links are checked against the
/// document's own headings and ids, as a local file's are.
#[test]
fn standard_inputs_links_to_its_own_sections_are_checked() {
    let md = "# Draft\n\nSee [the methods](#methods) and [the results](#results), [not \
              yet](#).\n\n## Methods\n\nText.\n";
    let out = Cli::new(&["check", "--no-config", "--format", "json", "-"])
        .stdin(md)
        .run();
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let report = out.report();
    let link = |url: &str| {
        report
            .links
            .iter()
            .find(|l| l.url == url)
            .unwrap_or_else(|| panic!("{url}: {:?}", report.links))
    };
    assert_eq!(link("#methods").status, LinkStatus::Ok);
    assert_eq!(
        link("#methods").fragment,
        Some(citecheck::model::FragmentStatus::Found)
    );
    assert_eq!(link("#results").status, LinkStatus::Ok);
    assert_eq!(
        link("#results").fragment,
        Some(citecheck::model::FragmentStatus::Missing)
    );
    assert!(link("#results").detail.contains("#results"));
    // The placeholder is no link checked (it made a result for the empty address).
    assert_eq!(report.links.len(), 2, "{:?}", report.links);

    let fixed = md.replace("## Methods", "## Methods\n\n## Results");
    let out = Cli::new(&["check", "--no-config", "--no-progress", "-"])
        .stdin(&fixed)
        .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(!out.stdout.contains("invalid"), "{}", out.stdout);

    let html = "<h1>Draft</h1><p><a href=\"#sec\">a</a> <a href=\"#gone\">b</a></p>\
                <h2 id=\"sec\">Section</h2>";
    let out = Cli::new(&[
        "check",
        "--no-config",
        "--format",
        "github",
        "--input-format",
        "html",
        "-",
    ])
    .stdin(html)
    .run();
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("::error") && l.contains("#gone")),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("#sec"), "{}", out.stdout);
}

/// A result reused from the cache looked like a fresh check in the reports for people (only
/// JSON's `cached` told): a page mended since still showed as dead, with nothing to say the
/// check was old (held-out evaluation, thirty-ninth session). Each report now says so, and
/// when the check was made; JSON has `checked_at`.
#[test]
fn a_cached_result_says_so_and_when() {
    let server = Server::builder()
        .route("/gone", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind");
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "a.md",
        format!("# A\n\nSee [the report]({}).\n", server.url("/gone")),
    );
    let run = |format: &str| {
        Cli::in_dir(
            dir.path(),
            &[
                "check",
                "--no-config",
                "--cache",
                "--format",
                format,
                "a.md",
            ],
        )
        .run()
    };
    let first = run("json").report();
    assert!(!first.links[0].cached);
    assert_eq!(first.links[0].checked_at, None);
    let again = run("json").report();
    assert!(again.links[0].cached);
    let at = again.links[0].checked_at.clone().expect("checked_at");
    assert!(
        at.len() == 20 && at.starts_with("20") && at.ends_with('Z') && at.as_bytes()[10] == b'T',
        "{at}"
    );
    let shown = at.trim_end_matches('Z').replace('T', " ");
    for format in ["terminal", "markdown", "github", "html"] {
        let out = run(format);
        assert_eq!(out.code, 1, "{format}");
        assert!(
            out.stdout
                .contains(&format!("result from the cache, checked {shown} UTC")),
            "{format}: {}",
            out.stdout
        );
    }
}

/// Two people's sentences joined by an ellipsis into one quotation verified, exact, and
/// passed (held-out evaluation, this session): only the speaker of the span as a whole was
/// asked. Each part's speaker on the page is now compared, with the article's speaker and
/// with each other; one speaker's sentences joined so still verify.
#[test]
fn an_ellipsis_joining_two_speakers_is_disputed() {
    let page = "<html><body><main><article><h1>Bridge vote</h1>\
        <p>“In a decade we will be back in this chamber having the same row,” said \
        councillor Dev Hallam.</p>\
        <p>“Our reserves will drop to their lowest level since 2011,” said finance officer \
        Tomasz Reyes.</p>\
        <p>“The deck needs replacing within five years,” said engineer Ana Lind. “Patching \
        it again would waste the money we have left.”</p></article></main></body></html>";
    let report = crate::support::check_article(
        vec![("/vote", Response::html(page))],
        "# Vote\n\nReyes said “In a decade we will be back in this chamber … Our reserves \
         will drop to their lowest level since 2011.”[^1]\n\n\
         Another reading: “In a decade we will be back in this chamber … Our reserves will \
         drop to their lowest level since 2011.”[^1]\n\n\
         Lind said “The deck needs replacing within five years … Patching it again would \
         waste the money we have left.”[^1]\n\n[^1]: Courier, BASE/vote\n",
    );
    let named = crate::support::quote_result(&report, "In a decade");
    assert_eq!(named.disputes.len(), 1, "{named:#?}");
    let unnamed = &report
        .quotes
        .iter()
        .filter(|q| q.text.starts_with("In a decade"))
        .nth(1)
        .expect("second quote");
    assert_eq!(unnamed.disputes.len(), 1, "{unnamed:#?}");
    let said = &unnamed.disputes[0].message;
    assert!(
        said.contains("Dev Hallam") && said.contains("Tomasz Reyes"),
        "{said}"
    );
    let one = crate::support::quote_result(&report, "The deck needs");
    assert_eq!(one.verdict, citecheck::model::Verdict::Verified);
    assert!(one.disputes.is_empty(), "{one:#?}");
}

/// The links of a page given on standard input as HTML, each with whether it is furniture.
fn furniture_of(html: &str) -> Vec<(String, bool)> {
    let out = Cli::new(&[
        "extract",
        "--no-config",
        "--format",
        "json",
        "--input-format",
        "html",
        "--base-url",
        "https://news.example.org/story",
        "-",
    ])
    .stdin(html)
    .run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    v["documents"][0]["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| {
            (
                l["raw"].as_str().unwrap_or("").to_string(),
                l["furniture"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

fn is_furniture(links: &[(String, bool)], raw: &str) -> bool {
    links
        .iter()
        .find(|(r, _)| r == raw)
        .unwrap_or_else(|| panic!("{raw}: {links:?}"))
        .1
}

/// Layouts that made a whole article furniture (held-out evaluation of live news pages,
/// this session): a layout wrapper named like furniture around `main` under a menu longer
/// than the story (WordPress Genesis' `content-sidebar-wrap`), and one inside `main` around
/// the story (`content-nav-wrapper`). Their citations were reported `excluded`, their
/// quotations lost, and a dead citation passed. And an embedded post or a bookmark card
/// the writer set in the story keeps its links the article's.
#[test]
fn layout_wrappers_and_embeds_are_not_furniture() {
    let menu: String = (1..=20)
        .map(|i| format!("<li><a href=\"/section-{i}\">Section number {i} of the site</a></li>"))
        .collect();
    let genesis = format!(
        "<html><body><header><nav><ul>{menu}</ul></nav></header>\
         <div class=\"content-sidebar-wrap\"><main class=\"content\"><article><h1>Bridge \
         shut</h1><p>An <a href=\"/src/inspection\">inspection summary</a> found “significant \
         section loss in the main girders”.</p></article></main>\
         <aside class=\"sidebar\"><a href=\"/most-read\">Most read</a></aside></div>\
         </body></html>"
    );
    let links = furniture_of(&genesis);
    assert!(!is_furniture(&links, "/src/inspection"));
    assert!(is_furniture(&links, "/section-3"));
    assert!(is_furniture(&links, "/most-read"));

    let inner = "<html><body><main><div class=\"content-nav-wrapper\"><nav><a \
                 href=\"#ban\">The ban</a></nav><div class=\"post-body\"><h1>Hosepipe \
                 ban</h1><p>The company said in a <a href=\"/src/notice\">drought \
                 notice</a> that “a temporary use ban on hosepipes will come into \
                 force”.</p></div></div></main></body></html>";
    let links = furniture_of(inner);
    assert!(!is_furniture(&links, "/src/notice"));
    // On a page without an `article`, what is inside `main` is the story's: checked.
    assert!(!is_furniture(&links, "#ban"));

    let embeds = "<html><body><main><article><h1>Storm</h1><p>The rail operator posted \
                  this warning:</p><blockquote class=\"twitter-tweet\"><p>Tree on the \
                  line.</p>&mdash; Rail Ops <a href=\"/railops/status/555\">January 18, \
                  2025</a></blockquote><p>The union set out its position:</p><figure \
                  class=\"kg-card kg-bookmark-card\"><a class=\"kg-bookmark-container\" \
                  href=\"/src/briefing\"><div class=\"kg-bookmark-title\">Union \
                  briefing</div></a></figure><div class=\"share-buttons\"><a \
                  href=\"/share/x\">Share</a></div></article></main></body></html>";
    let links = furniture_of(embeds);
    assert!(!is_furniture(&links, "/railops/status/555"));
    assert!(!is_furniture(&links, "/src/briefing"));

    // Inside the story, boxes named like furniture hold the article's citations (a second
    // held-out evaluation this session: 41 dead citations in them were excluded): their
    // links are checked. The site's around the story, a post's comments after it, are
    // still furniture.
    let boxes = "<html><body><header><nav><a href=\"/news\">News</a></nav></header><main>\
                 <article><h1>Bus cuts</h1><p>See the <a href=\"/src/timetable\">timetable</a>.\
                 </p><p class=\"cta\">The operator's <a href=\"/src/letter\">letter</a> sets out \
                 the cuts.</p><p><a class=\"read-more\" href=\"/src/report\">Read the full \
                 report</a></p><aside class=\"sidebar\"><h3>Sources</h3><a \
                 href=\"/src/notice\">Route notice</a></aside><aside class=\"pullquote\">\
                 <p>“Six routes will end in May.”</p><p><a href=\"/src/minutes\">Board \
                 minutes</a></p></aside><div class=\"share-buttons\"><a \
                 href=\"/share/x\">Share</a></div></article><div id=\"comments\" \
                 class=\"comments-area\"><p>A reader: <a href=\"/readers/site\">my \
                 blog</a></p></div></main><footer class=\"site-footer\"><a \
                 href=\"/privacy\">Privacy</a></footer></body></html>";
    let links = furniture_of(boxes);
    for raw in [
        "/src/timetable",
        "/src/letter",
        "/src/report",
        "/src/notice",
        "/src/minutes",
        "/share/x",
    ] {
        assert!(!is_furniture(&links, raw), "{raw}");
    }
    for raw in ["/news", "/readers/site", "/privacy"] {
        assert!(is_furniture(&links, raw), "{raw}");
    }
}

/// A live page where nothing but furniture was found is a page whose layout was misread:
/// none of its links is set aside, so a citation among them is still checked.
#[test]
fn a_page_of_nothing_but_furniture_is_checked_whole() {
    let server = Server::builder()
        .route(
            "/odd",
            Response::html(
                "<html><body><main><p>Intro.</p></main><div class=\"sidebar\"><p>The \
                 <a href=\"/src/gone\">inspection report</a> is out.</p></div></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .expect("bind");
    let report = Cli::new(&[
        "check",
        "--no-config",
        "--format",
        "json",
        &server.url("/odd"),
    ])
    .run()
    .report();
    let link = report
        .links
        .iter()
        .find(|l| l.url.ends_with("/src/gone"))
        .expect("link");
    assert_eq!(link.status, LinkStatus::Dead, "{link:?}");
}

/// A cited story moved and its address sent, by a permanent redirect, to an unrelated page:
/// the link's advice was to cite the new address, and the quote's detail named only the old
/// one (held-out evaluation, this session). The quote now says where the link went, and
/// the advice says the quote is not there.
#[test]
fn a_redirect_to_a_page_without_the_quote_is_said() {
    let report = crate::support::check_article(
        vec![
            ("/moved", Response::redirect(301, "/unrelated")),
            (
                "/unrelated",
                Response::html(
                    "<html><head><title>Parking charges</title></head><body><main><p>Drivers \
                     using the market car park will pay a pound an hour from April, the \
                     council confirmed on Friday.</p></main></body></html>",
                ),
            ),
        ],
        "# Bridge\n\nMarlowe said “we cannot keep patching a structure built for horses and \
         carts” ([Courier](BASE/moved)).\n",
    );
    let q = crate::support::quote_result(&report, "we cannot keep");
    assert_eq!(q.verdict, citecheck::model::Verdict::NotFound);
    assert!(
        q.detail.contains("now redirects to") && q.detail.contains("/unrelated"),
        "{}",
        q.detail
    );
    let link = &report.links[0];
    assert_eq!(link.status, LinkStatus::Redirected);
    assert!(link.detail.contains("not on that page"), "{}", link.detail);

    // A slash added is the same page: nothing said of where it went.
    let report = crate::support::check_article(
        vec![
            ("/story", Response::redirect(301, "/story/")),
            (
                "/story/",
                Response::html("<html><body><main><p>Other words.</p></main></body></html>"),
            ),
        ],
        "# Bridge

Marlowe said “we cannot keep patching a structure built for horses and \
         carts” ([Courier](BASE/story)).\n",
    );
    let q = crate::support::quote_result(&report, "we cannot keep");
    assert_eq!(q.verdict, citecheck::model::Verdict::NotFound);
    assert!(!q.detail.contains("redirects"), "{}", q.detail);
}

/// A sharing button styled by utility classes alone (`rounded-md bg-sky-500`) is known by
/// its address (`twitter.com/intent/tweet`): furniture, whatever the markup says.
#[test]
fn a_share_intent_is_furniture_by_its_address() {
    let links = furniture_of(
        "<html><body><main><article><h1>Floods</h1><p>See <a \
         href=\"https://agency.example.org/warning\">the warning</a>.</p><div class=\"mt-8 \
         flex gap-2\"><a class=\"rounded-md bg-sky-500 px-3\" \
         href=\"https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fstory\">\
         Post</a> <a class=\"rounded-md\" \
         href=\"https://twitter.com/agency/status/123\">the agency's post</a></div>\
         </article></main></body></html>",
    );
    assert!(is_furniture(
        &links,
        "https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fstory"
    ));
    assert!(!is_furniture(
        &links,
        "https://twitter.com/agency/status/123"
    ));
    assert!(!is_furniture(&links, "https://agency.example.org/warning"));
}

/// Reads a request from `stream`: its path, and the value of header `name` (lower case;
/// empty when absent).
pub(crate) fn read_request(stream: &std::net::TcpStream, name: &str) -> (String, String) {
    use std::io::{BufRead, BufReader};
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let (mut path, mut value) = (String::new(), String::new());
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
        if line == "\r\n" {
            break;
        }
        if path.is_empty() {
            path = line.split(' ').nth(1).unwrap_or("").to_string();
        } else if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case(name) {
                value = v.trim().to_string();
            }
        }
        line.clear();
    }
    (path, value)
}

/// A raw loopback server for a consent bounce: `/story` without the `consent=yes` cookie
/// redirects to `/consent`, which sets the cookie and sends the reader back; with it,
/// `/story` is the article. `/stubborn` redirects to itself, setting a cookie that changes
/// nothing. Returns the port.
fn consent_server() -> u16 {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(64) {
            let Ok(mut stream) = stream else { continue };
            let (path, cookie) = read_request(&stream, "cookie");
            let consented = cookie.split("; ").any(|c| c == "consent=yes");
            let redirect = |to: &str, set: &str| {
                format!(
                    "HTTP/1.1 302 Found\r\nlocation: {to}\r\nset-cookie: {set}; Path=/\r\n\
                     content-length: 0\r\nconnection: close\r\n\r\n"
                )
            };
            let answer = match path.as_str() {
                "/story" if consented => {
                    let body = "<html><body><main><h1>Dunes</h1><p>The trust said “the \
                                dunes have moved forty metres inland since the survey \
                                began”.</p></main></body></html>";
                    format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: \
                         {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    )
                }
                "/story" => redirect("/consent", "visit=1"),
                "/consent" => redirect("/story", "consent=yes"),
                _ => redirect("/stubborn", "other=1"),
            };
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    port
}

/// A live article behind a consent bounce (a redirect to a consent page that sets a cookie
/// and sends the reader back) was "a redirect loop" and could not be checked at all: the
/// article's reader kept no cookies (cited pages' chains did). It follows redirects with
/// the cookies they set; a page that sets a cookie and still sends the reader round is a
/// loop, said so.
#[test]
fn a_live_article_behind_a_consent_bounce_is_read() {
    let port = consent_server();
    let story = format!("http://127.0.0.1:{port}/story");
    let out = Cli::new(&["extract", "--no-config", "--format", "json", &story]).run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let quotes = v["documents"][0]["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), 1, "{}", out.stdout);

    let stubborn = format!("http://127.0.0.1:{port}/stubborn");
    let out = Cli::new(&["extract", "--no-config", &stubborn]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("redirect loop"), "{}", out.stderr);
}

/// Review of the session's diff: a teaser `article` elsewhere on the page made a story
/// written in `main` without one furniture for its boxes (a sources sidebar's dead link
/// excluded); and a sidenote moved after the text took a footer's furniture mark.
#[test]
fn a_teaser_article_or_a_moved_sidenote_hides_no_citation() {
    let links = furniture_of(
        "<html><body><main><h1>Trust accounts</h1><p>The trust's accounts were late again \
         this year, the third time running.</p><div class=\"sidebar\"><h3>Sources</h3><a \
         href=\"/src/accounts\">Accounts</a></div></main><div class=\"feed\"><article \
         class=\"card\"><h2><a href=\"/other\">Other story</a></h2></article></div>\
         </body></html>",
    );
    assert!(!is_furniture(&links, "/src/accounts"));
    let links = furniture_of(
        "<html><body><main><p>Claim<label class=\"sidenote-number\"></label><span \
         class=\"sidenote\">See <a href=\"/src/report\">report</a>.</span> more words \
         here.</p><p>And <a href=\"/src/x\">x</a> too.</p></main><footer><p><a \
         href=\"/about\">About</a></p></footer></body></html>",
    );
    assert!(!is_furniture(&links, "/src/report"));
    assert!(!is_furniture(&links, "/src/x"));
}

/// Review: the article reader's own redirects sent a `--header 'Authorization: …'` given
/// for every host to the host a redirect led to (the HTTP client's redirects dropped it).
#[test]
fn an_articles_credentials_stay_with_its_host_across_redirects() {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let (tx, rx) = std::sync::mpsc::channel::<(String, String)>();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(8) {
            let Ok(mut stream) = stream else { continue };
            let (path, auth) = read_request(&stream, "authorization");
            let _ = tx.send((path.clone(), auth));
            let answer = if path == "/x" {
                format!(
                    "HTTP/1.1 302 Found\r\nlocation: http://localhost:{port}/b\r\n\
                     content-length: 0\r\nconnection: close\r\n\r\n"
                )
            } else {
                let body = "<html><body><main><p>Words.</p></main></body></html>";
                format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\
                     connection: close\r\n\r\n{body}",
                    body.len()
                )
            };
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    let url = format!("http://127.0.0.1:{port}/x");
    let out = Cli::new(&[
        "check",
        "--no-config",
        "--header",
        "Authorization: Bearer SECRET",
        &url,
    ])
    .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let seen: Vec<(String, String)> = rx.try_iter().collect();
    assert!(
        seen.iter().any(|(p, a)| p == "/x" && a == "Bearer SECRET"),
        "{seen:?}"
    );
    assert!(
        seen.iter().any(|(p, a)| p == "/b" && a.is_empty()),
        "{seen:?}"
    );
}
