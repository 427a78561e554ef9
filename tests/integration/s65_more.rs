//! The rest of the sixty-fifth session's Markdown and plain-text evaluation: the source a
//! front matter names (`source:`, `via:`) is a link, checked as one, and the article's own
//! address there (`canonical_url:`) is its own; a transcribed book's bracketed note runs
//! over paragraphs to its closing bracket; a pull quote set before the paragraph it
//! repeats is furniture.

use citecheck::model::{Attribution, DocKind, LinkKind, QuoteKind};
use citecheck::server::{Response, Server};

use crate::support::{cites, extract_as, extract_markdown, link_urls, note, quote};

/// A web clipping's and a link post's front matter: `source:`, `via:`, a list of
/// `sources:` and TOML's `original_url` are links of their own kind, placed at their
/// address; the post's own address, its cover image and its old paths are not. Without
/// front matter nothing changes.
#[test]
fn front_matter_sources_are_links() {
    let src = "---\n\
               title: \"Harbour dredging\"\n\
               source: \"https://port.example.org/reports/dredging-2024\"\n\
               via: https://news.example.org/harbour\n\
               canonical_url: https://blog.example.org/posts/harbour/\n\
               permalink: /posts/harbour/\n\
               cover: https://blog.example.org/img/harbour.jpg\n\
               redirect_from:\n  - /old/harbour/\n\
               sources:\n  - title: Tide tables\n    url: https://tides.example.org/2024\n\
               ---\n\n\
               The plan is [in the report](https://port.example.org/plan).\n";
    let e = extract_markdown(src);
    assert_eq!(
        link_urls(&e),
        [
            "https://port.example.org/reports/dredging-2024",
            "https://news.example.org/harbour",
            "https://tides.example.org/2024",
            "https://port.example.org/plan",
        ]
    );
    let place = |url: &str| {
        e.links
            .iter()
            .find(|l| l.url == url)
            .map(|l| (l.kind, l.text.as_str(), l.line, l.column))
    };
    assert_eq!(
        place("https://port.example.org/reports/dredging-2024"),
        Some((LinkKind::FrontMatter, "source", 3, 10))
    );
    assert_eq!(
        place("https://news.example.org/harbour"),
        Some((LinkKind::FrontMatter, "via", 4, 6))
    );
    assert_eq!(
        place("https://tides.example.org/2024"),
        Some((LinkKind::FrontMatter, "sources", 12, 10))
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    // TOML, as Hugo writes it, with the post's parameters.
    let e = extract_markdown(
        "+++\ntitle = \"Harbour\"\nurl = \"https://blog.example.org/h/\"\n[params]\n\
         original_url = \"https://port.example.org/r\"\n+++\n\nText.\n",
    );
    assert_eq!(link_urls(&e), ["https://port.example.org/r"]);
    assert_eq!(
        e.links.first().map(|l| (l.kind, l.line, l.column)),
        Some((LinkKind::FrontMatter, 5, 17))
    );
    // A document without front matter reads as before: a `source:` line of its text is a
    // bare link there, and a `---` block later in it is no front matter.
    let e = extract_markdown(
        "Intro.\n\n---\nsource: https://a.example.org/x\n---\n\nsource: https://b.example.org/y\n",
    );
    assert!(
        e.links.iter().all(|l| l.kind == LinkKind::Bare),
        "{:#?}",
        e.links
    );
    assert_eq!(
        link_urls(&e),
        ["https://a.example.org/x", "https://b.example.org/y"]
    );
}

/// The article's own address in its front matter is its own: a quotation whose link is its
/// permalink cites nothing, as in HTML with a canonical link.
#[test]
fn front_matter_own_address_cites_nothing() {
    let e = extract_markdown(
        "---\ntitle: Harbour\ncanonical_url: https://blog.example.org/posts/harbour/\n---\n\n\
         The harbour master said the dredging was \"a quiet burial of the whole harbour, not \
         merely its moorings\" ([permalink](https://blog.example.org/posts/harbour/)).\n",
    );
    assert!(
        quote(&e, "a quiet burial").citations.is_empty(),
        "{:#?}",
        e.quotes
    );
}

/// `check` requests the front matter's source and reports it dead at the line of its
/// address; the article's own address, not yet published, is never requested.
#[test]
fn check_reports_a_dead_front_matter_source_at_its_line() {
    let server = Server::builder()
        .route("/gone", Response::status(404))
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let base = server.base_url();
    let base = base.trim_end_matches('/');
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("clip.md");
    std::fs::write(
        &file,
        format!(
            "---\ntitle: Clipped\nsource: {base}/gone\ncanonical_url: {base}/mine\n---\n\n\
             Notes on the report.\n"
        ),
    )
    .expect("write");
    let out = crate::support::citecheck(&[
        "check",
        file.to_str().unwrap_or(""),
        "--no-config",
        "--no-progress",
        "--max-retries",
        "0",
        "--format",
        "json",
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON report");
    let links = v["links"].as_array().cloned().unwrap_or_default();
    assert_eq!(links.len(), 1, "{stdout}");
    let l = &links[0];
    assert_eq!(l["url"], format!("{base}/gone"), "{stdout}");
    assert_eq!(l["status"], "dead", "{stdout}");
    assert_eq!(l["occurrences"][0]["line"], 3, "{stdout}");
    assert_eq!(l["occurrences"][0]["column"], 9, "{stdout}");
    assert_eq!(crate::support::code(&out), 1, "{stdout}");
}

const ESSAY: &str = "THE HEDGE\n\n\
    The old labourers held that \"a hedge is worth more to a parish than its church\n\
    wall\",[1] and the records bear them out.\n\n\
    Later surveys agree.[2]\n\n\
    [Footnote 1: William Cobbett, _Cottage Economy_ (London: C. Clement, 1822),\n\
    p. 141.\n\n\
    Cobbett repeats the claim, in almost the same words, in his _Rural Rides_\n\
    (London, 1830), p. 77.]\n\n\
    [Footnote 2: M. D. Hooper, _Hedges and Local History_ (London, 1971).]\n";

/// A transcribed book's bracketed note whose text runs on into a second paragraph before
/// its closing bracket is one note: both paragraphs its text, the first's italic title its
/// title, its marker citing the quotation. Not where the bracket never closes at a
/// paragraph's end, or another note opens first.
#[test]
fn a_bracketed_note_over_two_paragraphs() {
    let e = extract_as(DocKind::Text, ESSAY);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Cottage Economy"));
    assert_eq!(n.authors, ["William Cobbett"]);
    assert_eq!(n.date.as_deref(), Some("1822"));
    assert!(
        n.text.contains("Rural Rides (London, 1830), p. 77."),
        "{:?}",
        n.text
    );
    assert!(!n.text.ends_with(']'), "{:?}", n.text);
    assert_eq!((n.line, n.column), (8, 1));
    assert_eq!(
        cites(&e, "a hedge is worth"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    assert_eq!(note(&e, "2").date.as_deref(), Some("1971"));
    // No note where the bracket never closes at a paragraph's end, closes inside a later
    // paragraph with text after it, or where another note opens first.
    for (from, to) in [
        ("(London, 1830), p. 77.]", "(London, 1830), p. 77."),
        ("(London, 1830), p. 77.]", "(London, 1830)] p. 77."),
        ("\n\nCobbett repeats", "\n\n[Note 3: Cobbett repeats"),
    ] {
        let text = ESSAY.replace(from, to);
        let e = extract_as(DocKind::Text, &text);
        assert!(
            !e.footnotes.iter().any(|n| n.label == "1"),
            "{to}: {:#?}",
            e.footnotes
        );
    }
}

const PULL: &str = "The river is not a drain, and never was one, whatever the water companies \
                    have told their shareholders.";

/// A pull quote set before the paragraph whose words it repeats, marked so by a kramdown
/// attribute list (`{: .pullquote}` closing it or on the line above it), is furniture, as
/// one after its words is. A plain `>` quotation whose words come only later stays one (a
/// source's words the writer goes on to repeat), as does a marked one whose words a later
/// paragraph repeats inside quotation marks, in part or over two paragraphs, or one citing
/// its source (a link in it).
#[test]
fn a_pull_quote_before_the_paragraph_it_repeats() {
    let para = "The engineer told the meeting that the river is not a drain, and never was one, \
                whatever the water companies have told their shareholders.";
    for (above, below) in [("", "\n{: .pullquote}"), ("{: .pull-quote}\n", "")] {
        let e = extract_markdown(&format!(
            "# The river\n\n{above}> {PULL}{below}\n\n{para}\n\nThe vote was unanimous.\n"
        ));
        assert!(e.quotes.is_empty(), "{above:?} {below:?}: {:#?}", e.quotes);
    }
    let block = |e: &citecheck::model::Extraction| {
        e.quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Block)
            .count()
    };
    let e = extract_markdown(&format!("# The river\n\n> {PULL}\n\n{para}\n"));
    assert_eq!(block(&e), 1, "{:#?}", e.quotes);
    for later in [
        format!("As the engineer put it, \"{}\"", PULL.to_lowercase()),
        "As the engineer put it, the river is not a drain, and never was one.".to_string(),
        "The engineer said the river is not a drain, and never was one,\n\nwhatever the \
         water companies have told their shareholders."
            .to_string(),
    ] {
        let e = extract_markdown(&format!(
            "# The river\n\n> {PULL}\n{{: .pullquote}}\n\n{later}\n"
        ));
        assert_eq!(block(&e), 1, "{later}: {:#?}", e.quotes);
    }
    let linked = PULL.replacen(
        "The river is not a drain",
        "[The river is not a drain](https://council.example.org/m)",
        1,
    );
    let e = extract_markdown(&format!(
        "# The river\n\n> {linked}\n{{: .pullquote}}\n\n{para}\n"
    ));
    assert_eq!(block(&e), 1, "{:#?}", e.quotes);
}
