//! Markdown dialects found misread by the thirtieth session's evaluation: MDX components
//! holding Markdown (Docusaurus' `<Tabs>`/`<TabItem>`), GitLab's `>>>` block quotations,
//! Pandoc's fenced divs (and Docusaurus' `:::note` admonitions), Obsidian's wikilinks. Every
//! rule has its negative cases beside it.

use citecheck::model::{Attribution, Extraction, QuoteKind};

use crate::support::{cited, extract_markdown, quote};

/// Whether some quote's text contains `part`.
fn has_quote(e: &Extraction, part: &str) -> bool {
    e.quotes.iter().any(|q| q.text.contains(part))
}

/// The (line, column) of the link to `url` (panics, listing the links, if none).
fn link_at(e: &Extraction, url: &str) -> (usize, usize) {
    let l = e
        .links
        .iter()
        .find(|l| l.url == url)
        .unwrap_or_else(|| panic!("no link {url} in {:#?}", e.links));
    (l.line, l.column)
}

/// An MDX component's body is Markdown (MDX has no indented code, and a tag's line starts
/// no HTML block holding the text after it): its links, quotations and note markers are
/// found where they are. The components' tags and props are never text.
#[test]
fn mdx_tab_items_hold_markdown() {
    let md = "# Installing the relay\n\n\
              <Tabs groupId=\"platform\">\n  \
              <TabItem value=\"deb\" label=\"From the Debian archive\" default>\n    \
              The packagers warn that \"the archive build lags upstream by a release\" in \
              [their wiki](https://wiki.relay.example/debian).[^pkg]\n\n    \
              > Never run the relay as root, even for a quick test of the setup.\n  \
              </TabItem>\n  \
              <TabItem value=\"src\" label=\"Built from the source tree\">\n    \
              Run [the build script](https://relay.example/build.sh) twice.\n  \
              </TabItem>\n  \
              <TabItem value=\"one\" label=\"One\">See [the notes](https://relay.example/notes).</TabItem>\n\
              </Tabs>\n\n\
              [^pkg]: Debian packaging notes, https://wiki.relay.example/notes\n";
    let e = extract_markdown(md);
    assert_eq!(link_at(&e, "https://wiki.relay.example/debian"), (5, 79));
    assert_eq!(link_at(&e, "https://relay.example/build.sh"), (10, 9));
    assert_eq!(link_at(&e, "https://relay.example/notes"), (12, 40));
    let q = quote(&e, "the archive build lags");
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Inline, 5, 29));
    assert_eq!(
        cited(&e, "the archive build lags")[0].0.as_deref(),
        Some("pkg")
    );
    let q = quote(&e, "Never run the relay as root");
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Block, 7, 5));
    // The tabs' labels are props, not quotations.
    assert!(!has_quote(&e, "Debian archive"), "{:#?}", e.quotes);
    assert!(!has_quote(&e, "source tree"), "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// GitLab's multi-line block quotation: a `>>>` line opens it, the next `>>>` line closes
/// it, and what lies between is a block quotation like `>` lines (its credit line cites
/// it). In code, or with no closing line, `>>>` is what CommonMark makes of it.
#[test]
fn gitlab_fenced_block_quotation() {
    let md = "# Retro\n\nThe release manager wrote:\n\n>>>\n\
              We cut the branch on Monday and nothing lands after that,\n\
              whoever asks and whatever the reason.\n\n\
              — Release notes, [the handbook](https://handbook.example/release)\n>>>\n\n\
              Afterwards we agreed.\n\n\
              ```\n>>>\n\"a string in a code sample\"\n>>>\n```\n";
    let e = extract_markdown(md);
    let q = quote(&e, "We cut the branch");
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Block, 6, 1));
    assert!(q.text.ends_with("whatever the reason."), "{}", q.text);
    assert_eq!(
        cited(&e, "We cut the branch")[0].1.as_deref(),
        Some("https://handbook.example/release")
    );
    assert!(!has_quote(&e, "code sample"), "{:#?}", e.quotes);

    // Unclosed: the lines after it are a paragraph, as before.
    let e = extract_markdown("Intro.\n\n>>>\nJust a line of prose that follows.\n");
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
}

/// Pandoc's fenced divs: an `epigraph`, `quote` or `blockquote` div is a block quotation
/// (a closing `— Name` line is its attribution, as under `>`), a callout div (Docusaurus'
/// `:::note`, Quarto's `{.callout-tip}`) is prose in a box, and any other div's body is
/// read where it stands. The fences are never text.
#[test]
fn pandoc_fenced_divs() {
    let md = "# Essay\n\n\
              ::: epigraph\n\
              Every harbour keeps the memory of the ships that never came home.\n\n\
              — Ines Okafor, [Salt Roads](https://books.example/salt-roads)\n\
              :::\n\n\
              :::: {.columns}\n\
              ::: {.column width=\"40%\"}\n\
              The surveyor called it \"a coast that moves every winter\" in [her report](https://survey.example/r).\n\
              :::\n\
              ::: {.quote}\n\
              We mapped the same sandbar three times and it was never in the same place.\n\
              :::\n\
              ::::\n\n\
              :::note[Before you go]\n\
              > A quotation set in a note box is part of the box, not a citation.\n\
              :::\n\n\
              ::: blockquote\n\
              The tide tables are a promise the sea does not sign.\n\
              :::\n";
    let e = extract_markdown(md);
    let q = quote(&e, "Every harbour keeps");
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Block, 4, 1));
    assert!(!q.text.contains("Okafor"), "{}", q.text);
    assert_eq!(
        cited(&e, "Every harbour keeps")[0].1.as_deref(),
        Some("https://books.example/salt-roads")
    );
    let q = quote(&e, "a coast that moves");
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Inline, 11, 24));
    assert_eq!(
        cited(&e, "a coast that moves")[0],
        (
            None,
            Some("https://survey.example/r".to_string()),
            Attribution::Link
        )
    );
    let q = quote(&e, "We mapped the same sandbar");
    assert_eq!((q.kind, q.line), (QuoteKind::Block, 14));
    let q = quote(&e, "The tide tables");
    assert_eq!((q.kind, q.line), (QuoteKind::Block, 23));
    assert!(!has_quote(&e, "note box"), "{:#?}", e.quotes);
    assert!(!e.quotes.iter().any(|q| q.text.contains(":::")));

    // A fence right after a paragraph line is not read into it.
    let e = extract_markdown(
        "Lead in.\n::: {.quote}\n\"Held over the same line as the fence,\" she said, twice.\n:::\n",
    );
    assert!(
        e.quotes.iter().all(|q| !q.text.contains(":::")),
        "{:#?}",
        e.quotes
    );
}

/// Obsidian's wikilinks name notes of a vault: no link to check, no note marker, no
/// quotation; `[[1]](https://…)` elsewhere keeps its ordinary reading (a link). Callouts:
/// `> [!quote]` holds a block quotation without its title, `> [!note]` is a note box.
#[test]
fn obsidian_wikilinks_and_callouts() {
    let md = "# Harbour log\n\n\
              See [[Project Plan]], [[Meeting Notes|the weekly meeting]] and [[12]] for \
              the schedule.[^a]\n\n\
              ![[chart.png]]\n\n\
              As [[The \"Quiet\" Harbour]] puts it, the keeper said \"the lamp was relit \
              every night at dusk\".[^a]\n\n\
              > [!quote] Harbourmaster\n\
              > The sea gives back what it takes, but never to the same shore.\n\n\
              > [!note] Reminder\n\
              > Check the mooring lines before the storm season begins.\n\n\
              [^a]: The keeper's diary, https://archive.example/diary\n";
    let e = extract_markdown(md);
    let urls: Vec<&str> = e.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(urls, ["https://archive.example/diary"], "{:#?}", e.links);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert!(!has_quote(&e, "Quiet"), "{:#?}", e.quotes);
    assert_eq!(cited(&e, "the lamp was relit")[0].0.as_deref(), Some("a"));
    let q = quote(&e, "The sea gives back");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(!q.text.contains("Harbourmaster"), "{}", q.text);
    assert!(!has_quote(&e, "mooring lines"), "{:#?}", e.quotes);

    // Written with `[[1]](…)`, a document is ordinary Markdown: that is a link.
    let e = extract_markdown("The audit [[1]](https://audit.example/a) and [[Page]].\n");
    let urls: Vec<&str> = e.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(urls, ["https://audit.example/a"]);
}
