//! Citation styles whose labels are words, not numbers: sphinxcontrib-bibtex (Jupyter Book)
//! `[Oka19]`, W3C and WHATWG specs' bibliography references (ReSpec, Bikeshed) `[DOM]`, and
//! RFC / Internet-Draft named references `[RFC8259]` in plain text. Each entry is a note
//! named as its citations show it, and each citation a marker of it.

use citecheck::model::{Attribution, DocKind, Extraction};

use crate::support::{cited, extract_as, note};

fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

fn labels(e: &Extraction) -> Vec<&str> {
    e.footnotes.iter().map(|n| n.label.as_str()).collect()
}

/// sphinxcontrib-bibtex writes the brackets around the link (`[<a class="reference
/// internal" href="#id7">Oka19</a>]`) to a `div.citation` entry: the link is a marker of the
/// entry, named `Oka19` as shown, for a quotation after it and a block quotation its
/// sentence introduces. A bracketed link to a section is no marker.
#[test]
fn sphinxcontrib_bibtex_citations_are_markers_named_as_shown() {
    let e = extract_as(
        DocKind::Html,
        r##"<html><body><main><section id="tides">
<p>Okafor sums up the survey: "the harbour floods twice as often as it did in 1990" <span id="id2">[<a class="reference internal" href="#id7" title="N. Okafor. Tides.">Oka19</a>]</span>.</p>
<p>See the method [<a class="reference internal" href="#method">Method</a>] for details.</p>
<p>She closes with a warning <span id="id3">[<a class="reference internal" href="#id7">Oka19</a>]</span>:</p>
<blockquote><div><p>No wall we can afford will hold back the spring tides of the next century.</p></div></blockquote>
<section id="method"><h2>Method</h2><p>Gauges were read every hour.</p></section>
<div class="docutils container" id="id6">
<div class="citation" id="id7" role="doc-biblioentry"><span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id2">Oka19</a><span class="fn-bracket">]</span></span><p>Nadia Okafor. Rising water. <em>Coastal Review</em>, 12(3):40–52, 2019. URL: <a class="reference external" href="https://example.org/okafor-2019">https://example.org/okafor-2019</a>.</p></div>
</div></section></main></body></html>"##,
    );
    assert_eq!(labels(&e), ["Oka19"]);
    let n = note(&e, "Oka19");
    assert_eq!(n.urls, ["https://example.org/okafor-2019"]);
    assert_eq!(n.date.as_deref(), Some("2019"));
    assert_eq!(n.referenced_at.len(), 2);
    let url = Some("https://example.org/okafor-2019".to_string());
    assert_eq!(
        cited(&e, "the harbour floods"),
        [(Some("Oka19".into()), url.clone(), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cited(&e, "No wall we can afford"),
        [(Some("Oka19".into()), url, Attribution::IntroMarker)]
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    // The link to a section stays a link.
    assert!(e.links.iter().any(|l| l.raw == "#method"), "{:#?}", e.links);
}

/// Several sphinxcontrib-bibtex citations in one pair of brackets (`[<a>Wic14</a>, <a>Smi20</a>]`)
/// are each a marker, both citing the quotation before them; an author–year one (`[<a>Lee, 2019</a>]`) is a marker whose note keeps
/// its id as label; a link to an entry inside other bracketed words (`[see <a>Wic14</a>
/// later]`) or shown as prose is no marker.
#[test]
fn sphinxcontrib_bibtex_groups_and_author_year_citations() {
    let e = extract_as(
        DocKind::Html,
        r##"<html><body><main>
<p>Two surveys agree that "most field sheets encode a variable in the headers" <span id="id1">[<a class="reference internal" href="#id5">Wic14</a>, <a class="reference internal" href="#id6">Smi20</a>]</span>.</p>
<p>Another says "names should never be reused across the tables" <span id="id2">[<a class="reference internal" href="#id7">Lee, 2019</a>]</span>.</p>
<p>Not citations: the <a class="reference internal" href="#id6">survey entry</a>, and [see <a class="reference internal" href="#id5">Wic14</a> later].</p>
<div class="docutils container">
<div class="citation" id="id5" role="doc-biblioentry"><span class="label">[<a role="doc-backlink" href="#id1">Wic14</a>]</span><p>H. Wickham. Tidy data. 2014. URL: <a href="https://a.example/1">https://a.example/1</a>.</p></div>
<div class="citation" id="id6" role="doc-biblioentry"><span class="label">[<a role="doc-backlink" href="#id1">Smi20</a>]</span><p>J. Smith. Sheets. 2020. URL: <a href="https://a.example/2">https://a.example/2</a>.</p></div>
<div class="citation" id="id7" role="doc-biblioentry"><span class="label">[<a role="doc-backlink" href="#id2">Lee, 2019</a>]</span><p>K. Lee. Names. 2019. URL: <a href="https://a.example/3">https://a.example/3</a>.</p></div>
</div></main></body></html>"##,
    );
    assert_eq!(labels(&e), ["Wic14", "Smi20", "id7"]);
    for n in &e.footnotes {
        assert_eq!(n.referenced_at.len(), 1, "{n:#?}");
    }
    let cites: Vec<_> = cited(&e, "most field sheets")
        .into_iter()
        .map(|c| c.0.unwrap_or_default())
        .collect();
    assert_eq!(cites, ["Wic14", "Smi20"]);
    assert_eq!(
        cited(&e, "names should never"),
        [(
            Some("id7".into()),
            Some("https://a.example/3".into()),
            Attribution::MarkerAfter
        )]
    );
    let links: Vec<&str> = e.links.iter().map(|l| l.raw.as_str()).collect();
    assert!(
        links.contains(&"#id5") && links.contains(&"#id6"),
        "{links:?}"
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// ReSpec's `[<cite><a class="bibref" href="#bib-dom">DOM</a></cite>]` and Bikeshed's `<a
/// data-link-type="biblio" href="#biblio-url">[URL]</a>` cite the `dd` after the `dt` they
/// link to in the bibliography: each entry is a note named as the citations show it, with
/// its title and address, and each citation a marker.
#[test]
fn spec_bibliography_references_are_notes_and_markers() {
    let e = extract_as(
        DocKind::Html,
        r##"<html><body><section><h2>Introduction</h2>
<p>A node tree is described as "a finite hierarchical tree structure of nodes and their children" [<cite><a class="bibref" data-link-type="biblio" href="#bib-dom">DOM</a></cite>].</p>
<p>As <a data-link-type="biblio" href="#biblio-url">[URL]</a> defines it, a host is "a domain, an IP address, an opaque host, or an empty host" for every special scheme.</p>
<p>The <a href="#terms">terms</a> follow.</p>
<dl id="terms"><dt id="term-node">node</dt><dd>An object in the tree.</dd></dl>
</section>
<section id="references"><h2>A. References</h2>
<dl class="bibliography">
<dt id="bib-dom">[DOM]</dt><dd><a href="https://dom.example/"><cite>DOM Living Standard</cite></a>. Tree Group. Living Standard. URL: <a href="https://dom.example/">https://dom.example/</a></dd>
</dl>
<dl><dt id="biblio-url">[URL]<dd>Ann Editor. <a href="https://url.example/"><cite>URL Standard</cite></a>. Living Standard. URL: <a href="https://url.example/">https://url.example/</a></dl>
</section></body></html>"##,
    );
    assert_eq!(labels(&e), ["DOM", "URL"]);
    let dom = note(&e, "DOM");
    assert_eq!(dom.urls, ["https://dom.example/"]);
    assert_eq!(dom.title.as_deref(), Some("DOM Living Standard"));
    let url = note(&e, "URL");
    assert_eq!(url.urls, ["https://url.example/"]);
    assert_eq!(url.title.as_deref(), Some("URL Standard"));
    let dom_url = Some("https://dom.example/".to_string());
    let url_url = Some("https://url.example/".to_string());
    assert!(
        cited(&e, "a finite hierarchical")
            .iter()
            .any(|c| c.0.as_deref() == Some("DOM") && c.1 == dom_url),
        "{:#?}",
        e.quotes
    );
    assert_eq!(
        cited(&e, "a domain, an IP address"),
        [(Some("URL".into()), url_url, Attribution::MarkerBefore)]
    );
    // An ordinary definition list is no note.
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// An RFC's named references: `[RFC8259]` in the text cites the entry of that label in the
/// numbered References sections (`7.  References`, `7.1.  Normative References`), on the
/// label's line or on the indented lines under a label alone on its line. The entry's
/// quoted title is its title, not a quotation; a bracketed word with no entry is no marker.
#[test]
fn rfc_named_references_are_notes_and_markers() {
    let e = extract_as(
        DocKind::Text,
        "Internet-Draft            Tiny Widgets              May 2026\n\n\
         2.  Encoding\n\n   \
         Widgets are encoded as JSON [RFC8259].  That document says a name\n   \
         is \"a string that is unique within its object\" [RFC8259], and the\n   \
         registry notes add that \"widget names are never reused once\n   \
         retired\" [WIDGET-REGISTRY-NOTES].  The field is [TBD] and\n   \
         \"it should stay short for every single widget\" [EXAMPLE].\n\n\
         7.  References\n\n\
         7.1.  Normative References\n\n   \
         [RFC8259]  Bray, T., Ed., \"The JavaScript Object Notation (JSON) Data\n              \
         Interchange Format\", STD 90, RFC 8259, December 2017,\n              \
         <https://www.rfc-editor.org/info/rfc8259>.\n\n\
         7.2.  Informative References\n\n   \
         [WIDGET-REGISTRY-NOTES]\n              \
         Widget Registry Team, \"Registry Practice\", March 2025,\n              \
         <https://widgets.example/registry-practice>.\n",
    );
    assert_eq!(labels(&e), ["RFC8259", "WIDGET-REGISTRY-NOTES"]);
    let rfc = note(&e, "RFC8259");
    assert_eq!(rfc.urls, ["https://www.rfc-editor.org/info/rfc8259"]);
    assert_eq!(
        rfc.title.as_deref(),
        Some("The JavaScript Object Notation (JSON) Data Interchange Format")
    );
    assert_eq!(rfc.date.as_deref(), Some("December 2017"));
    let reg = note(&e, "WIDGET-REGISTRY-NOTES");
    assert_eq!(reg.urls, ["https://widgets.example/registry-practice"]);
    assert_eq!(reg.title.as_deref(), Some("Registry Practice"));
    assert_eq!(
        texts(&e),
        [
            "a string that is unique within its object",
            "widget names are never reused once retired",
            "it should stay short for every single widget"
        ]
    );
    assert_eq!(
        cited(&e, "a string that is unique"),
        [(
            Some("RFC8259".into()),
            Some("https://www.rfc-editor.org/info/rfc8259".into()),
            Attribution::MarkerAfter
        )]
    );
    assert_eq!(
        cited(&e, "widget names are never"),
        [(
            Some("WIDGET-REGISTRY-NOTES".into()),
            Some("https://widgets.example/registry-practice".into()),
            Attribution::MarkerAfter
        )]
    );
    // `[EXAMPLE]` and `[TBD]` name no entry: no markers, no citation.
    assert!(cited(&e, "it should stay short").is_empty());
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// The named-label and heading readings are bounded: a long References section of named
/// entries, cited as often, is read quickly and every citation found.
#[test]
fn many_named_references_stay_linear() {
    let mut text = String::from("1.  Text\n\n");
    for i in 0..3000 {
        text.push_str(&format!(
            "   It is \"defined in the document numbered {i} here\" [REF-{i}].\n\n"
        ));
    }
    text.push_str("2.  References\n\n");
    for i in 0..3000 {
        text.push_str(&format!(
            "   [REF-{i}]  Author, A., \"Title {i}\", 2020,\n              <https://r.example/{i}>.\n\n"
        ));
    }
    let start = std::time::Instant::now();
    let e = extract_as(DocKind::Text, &text);
    assert!(start.elapsed().as_secs() < 30, "{:?}", start.elapsed());
    assert_eq!(e.footnotes.len(), 3000);
    assert!(e.quotes.iter().all(|q| q.citations.len() == 1));
}
