//! Quotation components and shortcodes whose words share a line with their tags, read as
//! the multi-line forms of `md_dialects_s57` are: MDX's `<Quote cite="…">Words.</Quote>` on
//! one line (or opened on a line with its first words and closed on a later one), Hugo's
//! `{{< quote source="…" >}}Words.{{< /quote >}}`. Each rule has its negative cases beside
//! it: a component inline in running text is no block.

use citecheck::model::{Attribution, Extraction, LinkKind, QuoteKind};

use crate::support::{
    extract_markdown, extract_named, link_urls as urls, only_link, quote, url_ties,
};

/// Extracts `text` as the MDX file `notes.mdx`.
fn extract_mdx(text: &str) -> Extraction {
    extract_named("notes.mdx", text)
}

/// The quotation cited by `url` through its tag, as `<blockquote cite>` is.
fn by_tag(url: &str) -> Vec<(Option<String>, Attribution)> {
    vec![(Some(url.to_string()), Attribution::CiteAttribute)]
}

/// Whether any quote's text holds `words`.
fn any_quote(e: &Extraction, words: &str) -> bool {
    e.quotes.iter().any(|q| q.text.contains(words))
}

/// An MDX quotation component written on one line is the block quotation its multi-line
/// form is: its text the words between the tags, placed at the first word, cited by its
/// `cite` (or `source`) prop. So is one opened on a line with its first words and closed on
/// a later line, alone or after the last words; and one without the prop, uncited.
#[test]
fn mdx_quotation_component_on_one_line() {
    let mdx = "# Harbour notes\n\n\
               <Quote cite=\"https://letters.example.org/harbour-1987\">The pilots knew every \
               sandbar by the colour of the water above it.</Quote>\n\n\
               <PullQuote source=\"https://press.example.com/pilots\">We steered by gulls when \
               the fog came down, and the gulls were rarely wrong.</PullQuote>\n\n\
               <Quote cite=\"https://letters.example.org/winter\">The winter the harbour froze\n\
               we walked to the lighthouse and back for a bet.\n\
               </Quote>\n\n\
               <PullQuote source=\"https://press.example.com/nets\">Mending nets is slow work\n\
               that nobody has ever managed to hurry along.</PullQuote>\n\n\
               <Quote>A dock without boats is only a long wooden shelf.</Quote>\n";
    let e = extract_mdx(mdx);

    let harbour = "https://letters.example.org/harbour-1987";
    let q = quote(&e, "The pilots knew");
    assert_eq!(
        q.text,
        "The pilots knew every sandbar by the colour of the water above it."
    );
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Block, 3, 56));
    assert_eq!(url_ties(&e, "The pilots knew"), by_tag(harbour));
    assert_eq!(only_link(&e, harbour), (LinkKind::Cite, 3, 14));

    let pilots = "https://press.example.com/pilots";
    let q = quote(&e, "We steered by gulls");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(!q.text.contains('<'), "{}", q.text);
    assert_eq!(url_ties(&e, "We steered by gulls"), by_tag(pilots));
    assert_eq!(only_link(&e, pilots).0, LinkKind::Cite);

    // Opened with its first words, closed alone on a later line.
    let winter = "https://letters.example.org/winter";
    let q = quote(&e, "The winter the harbour froze");
    assert_eq!(
        q.text,
        "The winter the harbour froze we walked to the lighthouse and back for a bet."
    );
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Block, 7, 50));
    assert_eq!(url_ties(&e, "The winter the"), by_tag(winter));

    // Closed after its last words.
    let nets = "https://press.example.com/nets";
    let q = quote(&e, "Mending nets is slow work");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(q.text.ends_with("hurry along."), "{}", q.text);
    assert_eq!(url_ties(&e, "Mending nets"), by_tag(nets));

    let q = quote(&e, "A dock without boats");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(q.citations.is_empty(), "{:#?}", q.citations);

    assert_eq!(
        urls(&e),
        vec![harbour, pilots, winter, nets],
        "{:#?}",
        e.links
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Negative cases: a quotation component inline in running text (in a sentence, at a
/// line's start with the sentence going on after it, or on a line of its own inside a
/// paragraph) is no block; another component on one line (`<Tooltip title="…">`, a card
/// with a `cite`) holds no quotation, nor does one opened before its words and left open
/// over a blank line (MDX ends it with the paragraph); a component in code is code.
#[test]
fn inline_components_on_one_line_are_no_blocks() {
    let mdx = "# Harbour notes\n\n\
               The pilots called it <Quote>reading the water by eye</Quote> in their logs.\n\n\
               <Quote>Reading the water</Quote> was how the old pilots described the job to us.\n\n\
               As the harbour master liked to say,\n\
               <Quote>a tide waits for no clerk at any desk</Quote>\n\
               and he said it every single morning.\n\n\
               <Tooltip title=\"https://tips.example.org/tide\">Hover here for the tide tables \
               of the week.</Tooltip>\n\n\
               <Card cite=\"https://cards.example.org/ferry\">The ferry card holds the writer's \
               own timetable notes.</Card>\n\n\
               <Quote cite=\"https://broken.example.org/\">Words of a component left open\n\n\
               over a blank line, which MDX refuses to read.\n\
               </Quote>\n\n\
               ```mdx\n\
               <Quote cite=\"https://code.example.org/q\">Text in a code sample quotes nobody \
               at all here.</Quote>\n\
               ```\n";
    let e = extract_mdx(mdx);
    for words in [
        "reading the water by eye",
        "Reading the water",
        "a tide waits for no clerk",
        "Hover here for the tide",
        "ferry card",
        "left open",
        "over a blank line",
        "code sample",
    ] {
        assert!(!any_quote(&e, words), "{words}: {:#?}", e.quotes);
    }
    assert!(
        !e.links.iter().any(|l| l.kind == LinkKind::Cite),
        "{:#?}",
        e.links
    );
    assert!(!urls(&e).iter().any(|u| u.contains("code.example")));
}

/// Hugo's quotation shortcodes around their words on one line (`{{< … >}}` and `{{% … %}}`)
/// are the block quotation their multi-line form is, cited by their `source` or `link`
/// argument (or a positional address), uncited without one.
#[test]
fn hugo_quotation_shortcode_on_one_line() {
    let md = "# Notes from the quay\n\n\
              {{< quote source=\"https://journal.example.org/2021/quay\" >}}The quay was rebuilt \
              three times and flooded every single time.{{< /quote >}}\n\n\
              {{% blockquote link=\"https://mira.example.net/essays/ropes\" %}}Rope remembers \
              every knot you ever tied in it, and some you never did.{{% /blockquote %}}\n\n\
              {{< blockquote \"Tomas Reyes\" \"https://reyes.example.com/tides\" >}}Low water \
              shows the town what it threw away.{{< /blockquote >}}\n\n\
              {{< quote >}}An old saying of the quay that nobody ever wrote down.{{< /quote >}}\n";
    let e = extract_markdown(md);
    let quay = "https://journal.example.org/2021/quay";
    let q = quote(&e, "The quay was rebuilt");
    assert_eq!(
        q.text,
        "The quay was rebuilt three times and flooded every single time."
    );
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Block, 3, 61));
    assert_eq!(url_ties(&e, "The quay was"), by_tag(quay));
    assert_eq!(only_link(&e, quay), (LinkKind::Cite, 3, 19));

    let ropes = "https://mira.example.net/essays/ropes";
    assert_eq!(quote(&e, "Rope remembers").kind, QuoteKind::Block);
    assert!(!quote(&e, "Rope remembers").text.contains('{'));
    assert_eq!(url_ties(&e, "Rope remembers"), by_tag(ropes));

    let tides = "https://reyes.example.com/tides";
    assert_eq!(url_ties(&e, "Low water shows"), by_tag(tides));

    let q = quote(&e, "An old saying of the quay");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(q.citations.is_empty(), "{:#?}", q.citations);
    assert_eq!(urls(&e), vec![quay, ropes, tides], "{:#?}", e.links);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Negative cases: another shortcode around words (`notice`), a quotation shortcode whose
/// closing names another (or is of the other kind, `%` for `<`), one inline in a sentence or
/// on a line of its own inside a paragraph, and one in code hold no block quotation.
#[test]
fn other_one_line_shortcodes_are_no_quotations() {
    let md = "# Notes from the quay\n\n\
              {{< notice source=\"https://notice.example.org/n\" >}}Mind the gap between the \
              quay and the boat at low tide.{{< /notice >}}\n\n\
              {{< quote source=\"https://mismatch.example.org/a\" >}}Words of a quotation that \
              the wrong shortcode closes.{{< /blockquote >}}\n\n\
              {{< quote source=\"https://mismatch.example.org/b\" >}}Words of a quotation \
              closed by the other delimiter.{{% /quote %}}\n\n\
              The guide says {{< quote >}}keep left on the quay steps{{< /quote >}} in bold.\n\n\
              The harbour master's rule,\n\
              {{< quote >}}never tie up on the north wall in winter{{< /quote >}}\n\
              is painted on the wall.\n\n\
              ```go-html-template\n\
              {{< quote source=\"https://code.example.org/x\" >}}Text of a code sample, \
              never a quotation.{{< /quote >}}\n\
              ```\n";
    let e = extract_markdown(md);
    for words in [
        "Mind the gap",
        "the wrong shortcode closes",
        "closed by the other delimiter",
        "keep left on the quay steps",
        "never tie up on the north wall",
        "code sample",
    ] {
        assert!(!any_quote(&e, words), "{words}: {:#?}", e.quotes);
    }
    assert!(
        !e.links.iter().any(|l| l.kind == LinkKind::Cite),
        "{:#?}",
        e.links
    );
}
