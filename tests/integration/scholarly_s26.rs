//! The twenty-sixth session's evaluation of scholarly article HTML: Springer's parenthesised
//! link markers and its two-paragraph entries, PLOS's lists mixing numbers and ranges, a
//! range's middle entry, bare DOIs ending an entry.

use citecheck::model::{DocKind, Extraction};

use crate::support::{extract_as, note, quote};

fn cited_at(e: &Extraction, label: &str) -> usize {
    note(e, label).referenced_at.len()
}

fn warnings(e: &Extraction) -> Vec<&str> {
    e.warnings.iter().map(|w| w.message.as_str()).collect()
}

/// A Springer entry: the text in one paragraph (its id the links' target), the publisher's
/// links in another.
fn springer_entry(n: u32, text: &str, doi: &str) -> String {
    format!(
        "<li class=\"c-article-references__item\" data-counter=\"{n}.\"><p \
         class=\"c-article-references__text\" id=\"ref-CR{n}\">{text}</p><p \
         class=\"c-article-references__links\"><a href=\"https://doi.org/{doi}\">Article</a> \
         <a href=\"https://scholar.google.com/scholar_lookup?title=t{n}\">Google Scholar</a> \
         <a href=\"https://pubmed.ncbi.nlm.nih.gov/1000{n}/\">PubMed</a></p></li>\n"
    )
}

fn springer_list() -> String {
    let mut s = String::from(
        "<section data-title=\"References\"><h2>References</h2>\n<ol class=\"c-article-references\">\n",
    );
    s += &springer_entry(
        1,
        "Okonkwo P, Varga L (2019) Hedgerow loss and pollinator visits. Ecol Lett 22:1-9",
        "10.5555/el.2019.01",
    );
    s += &springer_entry(
        2,
        "Marsh D (2020) Field margins in upland farms. J Appl Ecol 57:10-18",
        "10.5555/jae.2020.02",
    );
    s += &springer_entry(
        3,
        "Ito K, Brandt S (2021) Bumblebee foraging range. Oecologia 195:3-11",
        "10.5555/oec.2021.03",
    );
    s += "</ol></section>\n";
    s
}

/// Springer cites with in-page links in parentheses (`(<a href="#ref-CR1">1</a>; <a
/// href="#ref-CR3">3</a>)`), or brackets: each is a marker of its entry, and the entry is its
/// whole list item, the DOI of the links paragraph its URL (the Google Scholar search is
/// none of the work's; PubMed's record comes after the DOI). Only one note was found, with
/// "marker 2 has no matching note".
#[test]
fn springer_parenthesised_links_cite_whole_list_items() {
    for (open, sep, close) in [("(", "; ", ")"), ("[", "; ", "]"), ("(", ", ", ")")] {
        let html = format!(
            "<html><body><main><article><h1>Margins</h1>\n<p>Hedgerows draw more visits \
             {open}<a data-track=\"click\" href=\"#ref-CR1\">1</a>{sep}<a data-track=\"click\" \
             href=\"#ref-CR3\">3</a>{close}. Field margins help less {open}<a \
             href=\"#ref-CR2\">2</a>{close}.</p>\n{}</article></main></body></html>\n",
            springer_list()
        );
        let e = extract_as(DocKind::Html, &html);
        assert_eq!(
            e.footnotes.len(),
            3,
            "{open}{sep}{close}: {:?}",
            e.footnotes
        );
        for l in ["1", "2", "3"] {
            assert_eq!(cited_at(&e, l), 1, "{open}{sep}{close}: note {l}");
        }
        assert_eq!(
            note(&e, "1").urls,
            [
                "https://doi.org/10.5555/el.2019.01",
                "https://pubmed.ncbi.nlm.nih.gov/10001/"
            ]
        );
        assert!(
            !note(&e, "2").text.contains("Google Scholar"),
            "{}",
            note(&e, "2").text
        );
        assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
    }
    // The same list cited with `<sup>` markers: the note is the whole item there too.
    let html = format!(
        "<html><body><main><article><h1>Margins</h1>\n<p>Hedgerows draw more visits<sup><a \
         href=\"#ref-CR1\">1</a>,<a href=\"#ref-CR2\">2</a>,<a \
         href=\"#ref-CR3\">3</a></sup>.</p>\n{}</article></main></body></html>\n",
        springer_list()
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(
        note(&e, "2").urls,
        [
            "https://doi.org/10.5555/jae.2020.02",
            "https://pubmed.ncbi.nlm.nih.gov/10002/"
        ]
    );
    assert!(
        !note(&e, "2").text.contains("Article"),
        "{}",
        note(&e, "2").text
    );
}

/// A sup range linking only its ends (`<sup><a #ref-CR1>1</a>–<a #ref-CR3>3</a></sup>`) cites
/// the entry between, whose id no link names: it was missing from the notes, with a false
/// "marker 2 has no matching note". In a list with a range (`1–3,5`) too.
#[test]
fn a_sup_range_reaches_the_entry_it_passes_through() {
    let html = format!(
        "<html><body><main><article><h1>Margins</h1>\n<p>Margins matter<sup><a \
         href=\"#ref-CR1\">1</a>–<a href=\"#ref-CR3\">3</a></sup>.</p>\n{}</article></main></body></html>\n",
        springer_list()
    );
    let e = extract_as(DocKind::Html, &html);
    assert_eq!(e.footnotes.len(), 3, "{:?}", e.footnotes);
    assert_eq!(cited_at(&e, "2"), 1);
    assert_eq!(
        note(&e, "2").urls.first().map(String::as_str),
        Some("https://doi.org/10.5555/jae.2020.02")
    );
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));

    let mut entries = String::new();
    for n in 1..=5 {
        entries += &format!(
            "<li><a id=\"art.ref00{n}\"></a>Author{n} Q. Title number {n}. J Test. 201{n};{n}:1-2.</li>\n"
        );
    }
    let html = format!(
        "<html><body><main><article><h1>T</h1>\n<p>Claim<sup><a href=\"#art.ref001\">1</a>–<a \
         href=\"#art.ref003\">3</a>,<a href=\"#art.ref005\">5</a></sup>.</p>\n<h2>References</h2><ol>\n{entries}</ol></article></main></body></html>\n"
    );
    let e = extract_as(DocKind::Html, &html);
    for l in ["1", "2", "3", "5"] {
        assert_eq!(cited_at(&e, l), 1, "note {l}: {:?}", e.footnotes);
    }
}

/// PLOS writes `[<a>4</a>,<a>6</a>–<a>8</a>]`: a list mixing a number and a range gave no
/// markers at all.
#[test]
fn a_bracket_mixing_a_list_and_a_range_cites_each_note() {
    let mut entries = String::new();
    for n in 1..=8 {
        entries += &format!(
            "<li><a id=\"r{n}\"></a>Writer{n} J. Study number {n}. J Test. 201{n};1(1):1-2.</li>\n"
        );
    }
    let html = format!(
        "<html><body><main><article><h1>T</h1>\n<p>First [<a href=\"#r1\">1</a>], then [<a \
         href=\"#r2\">2</a>,<a href=\"#r4\">4</a>–<a href=\"#r6\">6</a>] and [<a \
         href=\"#r3\">3</a>; <a href=\"#r7\">7</a>,<a href=\"#r8\">8</a>].</p>\n<h2>References</h2><ol>\n{entries}</ol></article></main></body></html>\n"
    );
    let e = extract_as(DocKind::Html, &html);
    for n in 1..=8 {
        assert_eq!(cited_at(&e, &n.to_string()), 1, "note {n}");
    }
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
    // In plain text too.
    let md = "Shown twice [2,4-6].\n\n## References\n\n1. Aa B. One. J X. 2001.\n2. Bb C. Two. J X. 2002.\n\
              3. Cc D. Three. J X. 2003.\n4. Dd E. Four. J X. 2004.\n5. Ee F. Five. J X. 2005.\n\
              6. Ff G. Six. J X. 2006.\n";
    let e = extract_as(DocKind::Markdown, md);
    for l in ["2", "4", "5", "6"] {
        assert_eq!(cited_at(&e, l), 1, "note {l}");
    }
}

/// A bare DOI ending an entry (`… 2017;12:40-9. 10.5555/…`) is the entry's URL, in a note
/// only: the same shape in prose is no link.
#[test]
fn a_bare_doi_ending_an_entry_is_its_url() {
    let md = "Rotas matter [1]. The prose names 10.5555/not.a.link too.\n\n## References\n\n\
              1. Halloran M, Obi T. Night rotas and sleep debt. Occup Med. 2017;12(3):40-9. \
              10.5555/om.2017.0040\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(note(&e, "1").urls, ["https://doi.org/10.5555/om.2017.0040"]);
    assert!(e.links.iter().all(|l| !l.url.contains("not.a.link")));
    // Inside a URL it is that URL's.
    let md = "Rotas matter [1].\n\n## References\n\n1. Halloran M. Night rotas. \
              https://doi.org/10.5555/om.2017.0041\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(note(&e, "1").urls, ["https://doi.org/10.5555/om.2017.0041"]);
}

/// Nature's author lists: inverted names, initials only, joined by commas and `&`, or ended
/// by `et al.` (the evaluation found the title opening with `& Laufkötter, C.` or
/// `M., Baker, A. C. & Wilson, B.`). A list in reading order keeps its names.
#[test]
fn nature_style_author_lists_end_before_the_title() {
    let e = extract_as(
        DocKind::Markdown,
        "# Reefs\n\nSee [^1], [^2], [^3] and [^4].\n\n\
         [^1]: Okonjo, T. L. & Varga, C. Warm water stresses kelp forests. *Mar. Ecol.* 9, \
         650 (2018).\n\
         [^2]: Lindqvist, K. M., Abebe, A. C. & Moreno, B. Heat tolerance passes to coral \
         larvae. *Reef Sci.* 39, 12–20 (2020).\n\
         [^3]: Haugen, T. P. et al. Bleaching reshapes reef fish communities. *Ocean Lett.* \
         556, 492–496 (2018).\n\
         [^4]: J. Okafor, A. B. Lind. Tides. *Coastal Notes* 4, 1–9 (2019).\n",
    );
    let authors_title = |label: &str| {
        let n = note(&e, label);
        (n.authors.clone(), n.title.clone().unwrap_or_default())
    };
    assert_eq!(
        authors_title("1"),
        (
            vec!["Okonjo, T. L.".to_string(), "Varga, C.".to_string()],
            "Warm water stresses kelp forests".to_string()
        )
    );
    assert_eq!(
        authors_title("2"),
        (
            vec![
                "Lindqvist, K. M.".to_string(),
                "Abebe, A. C.".to_string(),
                "Moreno, B.".to_string()
            ],
            "Heat tolerance passes to coral larvae".to_string()
        )
    );
    let (_, title) = authors_title("3");
    assert_eq!(title, "Bleaching reshapes reef fish communities");
    let (authors, _) = authors_title("4");
    assert_eq!(authors, ["J. Okafor", "A. B. Lind"]);
}

/// Springer's and BMC's entries (`Okonkwo P, Varga L (2019) Title. Ecol Lett 22:1-9`): names
/// as surnames and initials without full stops, the year in brackets, the title up to its
/// full stop, the journal's abbreviation before the volume; `et al` after the last name. No
/// authors, title or publisher were read from them (only the year).
#[test]
fn springer_entries_have_authors_title_and_journal() {
    let md = "Hedgerows draw more visits [1], field margins fewer [2] and bees forage far [3].\n\n\
              ## References\n\n\
              1. Okonkwo P, van Dijk L, Haddad M-J (2019) Hedgerow loss and pollinator visits. \
              Ecol Lett 22(4):1-9\n\
              2. Marsh DA, Tull B, Ferro C et al (2020b) Do field margins pay? J Appl Ecol 57:10-18\n\
              3. Ito K (2021) Foraging range of bumblebees on farmland. In: Brandt S (ed) Bees \
              in fields. Springer, Cham, pp 3-11\n";
    let e = extract_as(DocKind::Markdown, md);
    let n1 = note(&e, "1");
    assert_eq!(n1.authors, ["Okonkwo P", "van Dijk L", "Haddad M-J"]);
    assert_eq!(
        n1.title.as_deref(),
        Some("Hedgerow loss and pollinator visits")
    );
    assert_eq!(n1.publisher.as_deref(), Some("Ecol Lett"));
    assert_eq!(n1.date.as_deref(), Some("2019"));
    let n2 = note(&e, "2");
    assert_eq!(n2.authors, ["Marsh DA", "Tull B", "Ferro C"]);
    assert_eq!(n2.title.as_deref(), Some("Do field margins pay?"));
    assert_eq!(n2.publisher.as_deref(), Some("J Appl Ecol"));
    let n3 = note(&e, "3");
    assert_eq!(n3.authors, ["Ito K"]);
    assert_eq!(
        n3.title.as_deref(),
        Some("Foraging range of bumblebees on farmland")
    );
    // In HTML, as Springer's pages write them.
    let html = format!(
        "<html><body><main><article><h1>Margins</h1>\n<p>Hedgerows draw more visits (<a \
         href=\"#ref-CR1\">1</a>; <a href=\"#ref-CR2\">2</a>; <a href=\"#ref-CR3\">3</a>).</p>\n\
         {}</article></main></body></html>\n",
        springer_list()
    );
    let e = extract_as(DocKind::Html, &html);
    let n3 = note(&e, "3");
    assert_eq!(n3.authors, ["Ito K", "Brandt S"]);
    assert_eq!(n3.title.as_deref(), Some("Bumblebee foraging range"));
    assert_eq!(n3.publisher.as_deref(), Some("Oecologia"));
}

/// Springer writes some markers with the article's own address before the fragment
/// (`href="/article/10.5555/xyz#ref-CR1"`): on the page that address is (its canonical
/// link, `og:url` or `<base>`), the link is one within the page, a marker of its entry. It
/// was a link elsewhere: the note was "never referenced". A link to another article's entry
/// stays a link.
#[test]
fn a_link_to_the_pages_own_address_and_a_fragment_is_a_marker() {
    let heads = [
        "<link rel=\"canonical\" href=\"https://pub.example.org/article/10.5555/mg.77\">",
        "<meta property=\"og:url\" content=\"http://pub.example.org/article/10.5555/mg.77/\">",
        "<base href=\"https://pub.example.org/article/10.5555/mg.77\">",
        "<link rel=\"canonical\" href=\"/article/10.5555/mg.77\">",
    ];
    for head in heads {
        // (A root-relative canonical link names no host: a full address is not known to
        // be the page's.)
        let owns: &[&str] = if head.contains("\"/article") {
            &["/article/10.5555/mg.77"]
        } else {
            &[
                "/article/10.5555/mg.77",
                "https://pub.example.org/article/10.5555/mg.77",
            ]
        };
        for own in owns {
            let html = format!(
                "<html><head>{head}</head><body><main><article><h1>Margins</h1>\n<p>Hedgerows \
                 draw more visits (<a href=\"{own}#ref-CR1\">1</a>; <a \
                 href=\"#ref-CR3\">3</a>). Field margins help less (<a href=\"#ref-CR2\">2</a>), \
                 as an <a href=\"/article/10.5555/other.12#ref-CR1\">earlier study</a> \
                 found.</p>\n{}</article></main></body></html>\n",
                springer_list()
            );
            let e = extract_as(DocKind::Html, &html);
            for l in ["1", "2", "3"] {
                assert_eq!(cited_at(&e, l), 1, "{head} {own}: note {l}");
            }
            assert!(warnings(&e).is_empty(), "{head} {own}: {:?}", warnings(&e));
            assert!(
                e.links.iter().any(|l| l.url.contains("other.12")),
                "{head} {own}: {:?}",
                e.links
            );
        }
    }
}

/// A note's own text citing an entry of the reference list by its number in square brackets
/// (`[^m]: … Pike and Ross [1] write that "…".`) cites it: the quotation there is the
/// entry's, and the entry is referenced from the note. Markers in notes were never read, so
/// the quotation was uncited. A reference entry's volume and issue (`12(3)`) and a note's
/// own number stay no markers.
#[test]
fn a_bracketed_number_in_a_notes_text_cites_that_entry() {
    let md = "Harbour tides rose [1] and fell [2].[^m]\n\n\
              [^m]: Their chart merges both seasons. Pike and Ross [1] write that \"the tide \
              was higher in the third month\".\n\n\
              ## References\n\n\
              1. Pike A, Ross B. Tidal records of a small harbour. Mar Geol. 2020;12(3):1-9. \
              doi:10.5555/mg.2020.1\n\
              2. Lund C. Harbour silting after storms. Coast Eng. 2019;3(2):40-9.\n";
    let e = extract_as(DocKind::Markdown, md);
    let q = quote(&e, "the tide was higher");
    let notes: Vec<_> = q
        .citations
        .iter()
        .filter_map(|c| c.footnote.as_deref())
        .collect();
    assert_eq!(notes, ["1"], "{:?}", q.citations);
    assert_eq!(cited_at(&e, "1"), 2);
    assert_eq!(cited_at(&e, "2"), 1);
    assert!(warnings(&e).is_empty(), "{:?}", warnings(&e));
}
