//! Content-repo Markdown dialects found misread by the fifty-sixth session's evaluation:
//! Vue/VitePress bound attributes (`:href="expr"`) as no address, an MDX quotation
//! component's `cite` prop, Hugo's `quote`/`blockquote` shortcodes. Each rule has its
//! negative cases beside it.

use citecheck::model::{Attribution, Extraction, LinkKind, QuoteKind};

use crate::support::{
    extract_markdown, extract_named, link_urls as urls, only_link, quote, url_ties,
};

/// Extracts `text` as the MDX file `page.mdx`.
fn extract_mdx(text: &str) -> Extraction {
    extract_named("page.mdx", text)
}

/// The quotation cited by `url` through its fence, as `<blockquote cite>` is.
fn by_fence(url: &str) -> Vec<(Option<String>, Attribution)> {
    vec![(Some(url.to_string()), Attribution::CiteAttribute)]
}

/// A Vue binding (`:href`, `v-bind:href`, `:src`) holds a JavaScript expression evaluated
/// when the site is built: never an address, so never a link (a local file reported
/// dead). A plain `href` beside it is still read, and so is `src` after a binding; so is
/// SVG's `xlink:href`. A JSX expression (`href={cardLink}`) is no address either.
#[test]
fn vue_bound_attributes_are_no_links() {
    let md = "# Deploying\n\n\
              See <a :href=\"siteRoot + '/deploy/cloud'\">the cloud guide</a> first, then \
              <a v-bind:href=\"mirrorUrl\">a mirror</a>.\n\n\
              The logo <img :src=\"theme.logo\" alt=\"logo\"> sits beside \
              <img v-bind:src='banner' src=\"https://static.example.org/banner.png\">.\n\n\
              Read <a :title=\"tip\" href=\"https://guides.example.org/deploy\">the guide</a>.\n\n\
              A card: <Card :href=\"cardLink\" />, a tile: <Tile href={tileLink} />, \
              a button: <a x-bind:href=\"next\">next</a>.\n\n\
              <Card :href=\"blockCard\" title=\"On its own line\" />\n\n\
              <div class=\"links\"><a :href=\"docsBase\">docs</a> \
              <a href=\"https://plain.example.org/\">plain</a></div>\n\n\
              A diagram: <svg><a xlink:href=\"https://svg.example.org/part\">part</a></svg>.\n\n\
              Write `<a :href=\"base\">` in the template, as in:\n\n\
              ```vue\n<a :href=\"base\" href=\"https://in-code.example.org/\">x</a>\n```\n";
    let e = extract_markdown(md);
    assert_eq!(
        urls(&e),
        vec![
            "https://static.example.org/banner.png",
            "https://guides.example.org/deploy",
            "https://plain.example.org/",
            "https://svg.example.org/part",
        ],
        "{:#?}",
        e.links
    );
    assert_eq!(
        only_link(&e, "https://guides.example.org/deploy"),
        (LinkKind::Link, 7, 6)
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// An MDX quotation component (`<Quote>`, `<Blockquote>`, `<PullQuote>`) with a `cite` (or
/// `source`) prop holding an address: its body is a block quotation cited by it, as HTML's
/// `<blockquote cite>` is, and the prop is one link. A `cite` that is the credit's words
/// (a component library's `cite="– Ada Byron"`) is no address; a component without the
/// prop holds an uncited quotation; another component's `cite` is left alone.
#[test]
fn mdx_quotation_component_cites_its_prop() {
    let mdx = "# Field notes\n\n\
               <Quote cite=\"https://letters.example.org/ferrante-1998\">\n  \
               The river kept its own calendar, and we learned to read it late.\n\
               </Quote>\n\n\
               <PullQuote source=\"https://press.example.com/interview\">\n\
               Nobody maps a delta twice the same way, not even the one who drew it.\n\
               </PullQuote>\n\n\
               <Blockquote cite=\"https://archive.example.net/talks/okoro\">\n\
               The survey lines we drew in spring were under water by June.\n\n\
               — Adaeze Okoro\n\
               </Blockquote>\n\n\
               <Quote>\n\
               An uncited line of verse that stands here on its own.\n\
               </Quote>\n\n\
               <Blockquote cite=\"– Ada Byron\">\n\
               Words credited by name only, with no address at all.\n\
               </Blockquote>\n\n\
               <Card cite=\"https://cards.example.org/c\">\n\
               A card holds the writer's own prose about the delta.\n\
               </Card>\n";
    let e = extract_mdx(mdx);
    let letters = "https://letters.example.org/ferrante-1998";
    let q = quote(&e, "The river kept its own calendar");
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Block, 4, 3));
    assert_eq!(url_ties(&e, "The river kept"), by_fence(letters));
    assert_eq!(only_link(&e, letters), (LinkKind::Cite, 3, 14));

    let press = "https://press.example.com/interview";
    assert_eq!(quote(&e, "Nobody maps a delta").kind, QuoteKind::Block);
    assert_eq!(url_ties(&e, "Nobody maps a delta"), by_fence(press));
    assert_eq!(only_link(&e, press).0, LinkKind::Cite);

    let talks = "https://archive.example.net/talks/okoro";
    let q = quote(&e, "The survey lines");
    assert!(!q.text.contains("Okoro"), "{}", q.text);
    assert_eq!(url_ties(&e, "The survey lines"), by_fence(talks));
    assert_eq!(only_link(&e, talks).0, LinkKind::Cite);

    let q = quote(&e, "An uncited line of verse");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(q.citations.is_empty(), "{:#?}", q.citations);
    let q = quote(&e, "Words credited by name only");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(q.citations.is_empty(), "{:#?}", q.citations);

    assert!(
        !e.quotes
            .iter()
            .any(|q| q.text.contains("writer's own prose")),
        "{:#?}",
        e.quotes
    );
    assert_eq!(urls(&e), vec![letters, press, talks], "{:#?}", e.links);
}

/// Hugo's quotation shortcodes (`{{< quote >}}`, `{{< blockquote >}}`, `{{% … %}}`) around
/// Markdown: the body is a block quotation, cited by the shortcode's `source`, `link` or
/// `cite` argument (or, Octopress' order, a positional address) as `<blockquote cite>` is,
/// uncited when it gives none. Other shortcodes (`figure`, `notice`) and shortcodes in
/// code are as before.
#[test]
fn hugo_quotation_shortcodes() {
    let md = "# Notes from the delta\n\n\
              {{< quote source=\"https://journal.example.org/2019/tides\" >}}\n\
              The tide tables are promises the sea has never signed.\n\
              {{< /quote >}}\n\n\
              {{< blockquote author=\"Mira Castell\" link=\"https://mira.example.net/essays/salt\" \
              title=\"Salt\" >}}\n\
              We salted the fields by accident and blamed the weather for a decade.\n\
              {{< /blockquote >}}\n\n\
              {{% blockquote \"Tomas Reyes\" \"https://reyes.example.com/notes\" \"Field Notes\" %}}\n\
              Every map is a guess that someone agreed to print and sell.\n\
              {{% /blockquote %}}\n\n\
              {{< quote >}}\n\
              An uncited saying that nobody ever wrote down anywhere.\n\
              {{< /quote >}}\n\n\
              {{< blockquote author=\"Lena Ortiz\" title=\"https://not-a-link-arg.example.org\" >}}\n\
              A credit by name gives the quotation no source to check.\n\
              {{< /blockquote >}}\n\n\
              {{< figure src=\"/img/delta.jpg\" caption=\"The delta at low tide\" >}}\n\n\
              {{< notice tip >}}\n\
              Bring boots: the warden calls the lower path \"a bog with ambitions and no map\" in spring.\n\
              {{< /notice >}}\n\n\
              ```go-html-template\n\
              {{< quote source=\"https://code.example.org/x\" >}}\n\
              Text inside a code sample is never a quotation of anyone.\n\
              {{< /quote >}}\n\
              ```\n";
    let e = extract_markdown(md);
    let tides = "https://journal.example.org/2019/tides";
    let q = quote(&e, "The tide tables");
    assert_eq!((q.kind, q.line, q.column), (QuoteKind::Block, 4, 1));
    assert!(!q.text.contains("{{"), "{}", q.text);
    assert_eq!(url_ties(&e, "The tide tables"), by_fence(tides));
    assert_eq!(only_link(&e, tides), (LinkKind::Cite, 3, 19));

    let salt = "https://mira.example.net/essays/salt";
    assert_eq!(quote(&e, "We salted the fields").kind, QuoteKind::Block);
    assert_eq!(url_ties(&e, "We salted the fields"), by_fence(salt));
    assert_eq!(only_link(&e, salt).0, LinkKind::Cite);

    let notes = "https://reyes.example.com/notes";
    assert_eq!(quote(&e, "Every map is a guess").kind, QuoteKind::Block);
    assert_eq!(url_ties(&e, "Every map is a guess"), by_fence(notes));

    for uncited in ["An uncited saying", "A credit by name"] {
        let q = quote(&e, uncited);
        assert_eq!(q.kind, QuoteKind::Block, "{uncited}");
        assert!(q.citations.is_empty(), "{:#?}", q.citations);
    }

    // Other shortcodes: the figure's image, the notice's prose with its quotation in marks.
    assert_eq!(only_link(&e, "/img/delta.jpg").0, LinkKind::Image);
    assert_eq!(quote(&e, "a bog with ambitions").kind, QuoteKind::Inline);
    assert!(
        !e.quotes.iter().any(|q| q.text.contains("code sample")),
        "{:#?}",
        e.quotes
    );
    assert!(!urls(&e).iter().any(|u| u.contains("code.example")));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// An indented quotation component (one to three spaces, still a box at the top level)
/// keeps its address: the prop's place was read from the tag's start as if it were the
/// line's (the review of the fifty-seventh session), and the citation was lost. A Hugo
/// shortcode naming a non-address first (`link="…"` with words) still finds its `source`.
#[test]
fn an_indented_quotation_component_keeps_its_address() {
    let mdx = "# Field notes\n\n  \
               <Quote cite=\"https://letters.example.org/tide-tables\">\n  \
               The tide tables were printed a week late and nobody trusted them.\n  \
               </Quote>\n";
    let e = extract_mdx(mdx);
    let letters = "https://letters.example.org/tide-tables";
    assert_eq!(
        url_ties(&e, "The tide tables were printed"),
        by_fence(letters)
    );
    let md = "# Notes\n\n\
              {{< quote link=\"see the archive\" source=\"https://archive.example.org/t\" >}}\n\
              The harbour lights were switched off for the whole of that winter.\n\
              {{< /quote >}}\n";
    let e = extract_markdown(md);
    assert_eq!(
        url_ties(&e, "The harbour lights were"),
        by_fence("https://archive.example.org/t")
    );
}
