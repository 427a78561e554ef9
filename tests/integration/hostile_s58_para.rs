//! Session 58's hostile-input evaluation of paragraphs: a paragraph of many sentences each
//! quoting and linking (its quotations' search for a note number written as a link walked
//! every link of the paragraph per quotation, quadratic in the paragraph; now two binary
//! searches, the result unchanged), and an `<a>` whose `href` came after 256 other
//! attributes (dropped: the quotation it backed was uncited, with no warning).

use citecheck::model::{Attribution, DocKind};

use crate::support::{extract_as, url_ties};

/// Seven words for sentence `i`, from a small vocabulary (deterministic, no two sentences
/// alike in a row).
fn words(i: usize, n: usize) -> String {
    const W: [&str; 10] = [
        "harbour", "council", "ferry", "quay", "survey", "budget", "tunnel", "bridge", "river",
        "storm",
    ];
    let mut x = i.wrapping_mul(2_654_435_761).wrapping_add(12_345);
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            W[(x >> 33) % W.len()]
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sentence `i`: a quotation and the link backing it, every fifth one a quotation ending in
/// a note number written as a link (`… vote.[[3]](…)”`), which cites it and is no word of
/// it.
fn sentence(i: usize, html: bool) -> (String, String, String) {
    let said = words(i, 7);
    let url = format!("https://sources.example.org/s/{i}");
    let s = match (i % 5 == 0, html) {
        (false, false) => {
            format!("The clerk said \u{201C}{said}\u{201D} ([notice]({url})) and left.")
        }
        (true, false) => format!("The clerk wrote \u{201C}{said}.[[{i}]]({url})\u{201D} and left."),
        (false, true) => {
            format!(
                "The clerk said \u{201C}{said}\u{201D} (<a href=\"{url}\">notice</a>) and left."
            )
        }
        (true, true) => {
            format!("The clerk wrote \u{201C}{said}.<a href=\"{url}\">[{i}]</a>\u{201D} and left.")
        }
    };
    let text = if i % 5 == 0 { format!("{said}.") } else { said };
    (s, text, url)
}

/// One paragraph of 600 quoting and linking sentences ties each quotation to its own link,
/// as the same sentences as separate paragraphs do, in Markdown and HTML alike; the note
/// numbers written as links are cut from the quotations' text.
#[test]
fn a_paragraph_of_many_quotes_and_links_ties_each_to_its_own() {
    const N: usize = 600;
    for html in [false, true] {
        let sentences: Vec<(String, String, String)> = (0..N).map(|i| sentence(i, html)).collect();
        let join = |sep: &str| {
            let body = sentences
                .iter()
                .map(|s| s.0.as_str())
                .collect::<Vec<_>>()
                .join(sep);
            if html {
                format!("<!doctype html><html><body><p>{body}</p></body></html>")
            } else {
                body
            }
        };
        let kind = if html {
            DocKind::Html
        } else {
            DocKind::Markdown
        };
        let one = extract_as(kind, &join("\n"));
        let apart = extract_as(
            kind,
            &if html {
                let body = sentences
                    .iter()
                    .map(|s| format!("<p>{}</p>", s.0))
                    .collect::<String>();
                format!("<!doctype html><html><body>{body}</body></html>")
            } else {
                join("\n\n")
            },
        );
        for e in [&one, &apart] {
            assert_eq!(e.quotes.len(), N, "html {html}");
            for (q, (_, text, url)) in e.quotes.iter().zip(&sentences) {
                assert_eq!(&q.text, text, "html {html}");
                let ties: Vec<_> = q
                    .citations
                    .iter()
                    .map(|c| (c.url.as_deref(), c.attribution))
                    .collect();
                assert_eq!(
                    ties,
                    [(Some(url.as_str()), Attribution::Link)],
                    "html {html}: {text}"
                );
            }
        }
    }
}

/// A link whose `href` follows 256 or more other attributes backs its quotation (it was
/// dropped with them); so does a block quotation's `cite` there. The first `href` of a tag
/// still wins over a later one, however many attributes stand between.
#[test]
fn a_link_whose_href_follows_hundreds_of_attributes_still_cites() {
    let attrs = |n: usize| {
        (0..n)
            .map(|j| format!("data-x{j}=\"v{j}\""))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for n in [255, 256, 300, 1200] {
        let page = format!(
            "<!doctype html><html><body><p>The ferry captain said \u{201C}the new pontoon \
             held through the winter gales\u{201D} (<a {} href=\"https://sources.example.org/\
             pontoon\">interview</a>).</p></body></html>",
            attrs(n)
        );
        let e = extract_as(DocKind::Html, &page);
        assert_eq!(
            url_ties(&e, "the new pontoon"),
            [(
                Some("https://sources.example.org/pontoon".to_string()),
                Attribution::Link
            )],
            "{n} attributes before the href"
        );
    }
    // The first `href` wins: one before the flood of attributes, another after it.
    let page = format!(
        "<!doctype html><html><body><p>The ferry captain said \u{201C}the new pontoon held \
         through the winter gales\u{201D} (<a href=\"https://sources.example.org/first\" {} \
         href=\"https://sources.example.org/second\">interview</a>).</p></body></html>",
        attrs(400)
    );
    let e = extract_as(DocKind::Html, &page);
    assert_eq!(
        url_ties(&e, "the new pontoon"),
        [(
            Some("https://sources.example.org/first".to_string()),
            Attribution::Link
        )]
    );
    // A block quotation's `cite` after 300 attributes.
    let page = format!(
        "<!doctype html><html><body><p>From the harbour report:</p><blockquote {} \
         cite=\"https://sources.example.org/report\"><p>The pontoon was inspected twice and \
         found sound after every storm of the season.</p></blockquote></body></html>",
        attrs(300)
    );
    let e = extract_as(DocKind::Html, &page);
    assert_eq!(
        url_ties(&e, "The pontoon was inspected"),
        [(
            Some("https://sources.example.org/report".to_string()),
            Attribution::CiteAttribute
        )]
    );
}
