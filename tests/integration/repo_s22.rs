//! Extraction regressions from the twenty-second session's held-out evaluation of
//! citecheck in CI on documentation repositories: heading attribute lists, Hugo's `figure`
//! shortcode, `srcset` candidates.

use citecheck::model::{DocKind, LinkKind};

use crate::support::{extract_as, extract_markdown, note};

/// Pandoc's `# References {#references .unnumbered}` was no references heading (its text
/// kept the braces), so the list under it was not read as the article's references. The
/// attribute list is cut off a heading's text; braces that are no attribute list stay.
#[test]
fn a_heading_attribute_list_is_not_heading_text() {
    let e = extract_markdown(
        "A claim (Smith 2020).\n\n# References {#references .unnumbered}\n\n\
         Smith, J. (2020). A title. https://example.org/smith\n",
    );
    assert_eq!(note(&e, "Smith 2020").urls, ["https://example.org/smith"]);
    let h = citecheck::extract::markdown::heading_attributes;
    assert_eq!(h("Troubleshooting {#trouble}"), Some((15, Some("trouble"))));
    assert_eq!(h("Install {: #i .x key=v }"), Some((7, Some("i"))));
    assert_eq!(h("Unnumbered {-}"), Some((10, None)));
    for plain in ["Sets {x}", "Empty {}", "No braces", "Hash {#}"] {
        assert_eq!(h(plain), None, "{plain}");
    }
}

/// Hugo's `{{< figure src="…" >}}` gave no link: its `src` is an image link at the
/// shortcode's `{{` (with its `alt` as text), read once (not again as a bare URL), and not
/// in code.
#[test]
fn figure_shortcode_src_is_an_image_link() {
    let text = "Intro.\n\n{{< figure src=\"/img/storm.jpg\" alt=\"Flooded lane\" >}}\n\n\
                Also {{% figure class=\"wide\" src=\"https://example.org/a.png\" %}} here.\n\n\
                `{{< figure src=\"/img/code.jpg\" >}}` and {{< gallery src=\"/img/g.jpg\" >}}\n";
    let e = extract_markdown(text);
    let got: Vec<(&str, LinkKind, &str, usize, usize)> = e
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.kind, l.text.as_str(), l.line, l.column))
        .collect();
    assert_eq!(
        got,
        [
            ("/img/storm.jpg", LinkKind::Image, "Flooded lane", 3, 1),
            ("https://example.org/a.png", LinkKind::Image, "", 5, 6),
        ]
    );
}

/// `srcset` candidates (on `<img>` and `<source>`) were ignored: each is an image link at
/// its tag, once, in HTML pages and in HTML inside Markdown; commas inside a URL and
/// descriptors are read as the HTML standard says.
#[test]
fn srcset_candidates_are_image_links() {
    let html =
        "<!doctype html><html><body>\n<picture>\n<source srcset=\"b.webp 1x, b2.webp 2x\">\n\
                <img src=\"a.png\" srcset=\"a.png 800w,\n  a-1600.png 1600w\" alt=\"x\">\n\
                </picture></body></html>";
    let e = extract_as(DocKind::Html, html);
    let got: Vec<(&str, LinkKind, usize)> = e
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.kind, l.line))
        .collect();
    assert_eq!(
        got,
        [
            ("b.webp", LinkKind::Image, 3),
            ("b2.webp", LinkKind::Image, 3),
            ("a.png", LinkKind::Image, 4),
            ("a-1600.png", LinkKind::Image, 4),
        ]
    );
    let e = extract_markdown("Text <img src=\"a.png\" srcset=\"a.png 1x, a@2x.png 2x\"> more.\n");
    let urls: Vec<&str> = e.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(urls, ["a.png", "a@2x.png"]);
    let s = citecheck::extract::html::srcset_urls;
    assert_eq!(s("x,1.png 1x,y.png 2x"), ["x,1.png", "y.png"]);
    assert_eq!(
        s(" a.png, b.png 2x , c.png (w) 3x,,"),
        ["a.png", "b.png", "c.png"]
    );
    assert_eq!(s("a.png 1x, a.png 2x"), ["a.png"]);
    assert!(s("").is_empty());
}
