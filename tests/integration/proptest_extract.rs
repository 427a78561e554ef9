//! Property tests: extraction never panics on arbitrary input, in every format, and every
//! position it reports lies inside the input.

use citecheck::extract::{extract, ExtractOptions};
use citecheck::model::{DocKind, Document, InputSource};
use proptest::prelude::*;

fn check(text: String, kind: DocKind) -> Result<(), TestCaseError> {
    let doc = Document {
        source: InputSource::Stdin,
        kind,
        text,
        base_url: url::Url::parse("https://base.example.org/a/").ok(),
        warnings: Vec::new(),
        bibliographies: Vec::new(),
    };
    let e = extract(&doc, &ExtractOptions::default());
    e.check_positions(&doc.text).map_err(TestCaseError::fail)
}

/// Inputs made of the pieces the parsers care about, so the interesting paths are reached.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("(1)".to_string()),
        Just("[1]".to_string()),
        Just("[^a]".to_string()),
        Just("[^a]: note".to_string()),
        Just("¹".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("Notes\n".to_string()),
        Just("1. ".to_string()),
        Just("> ".to_string()),
        Just("<blockquote cite=\"x\">".to_string()),
        Just("<q>".to_string()),
        Just("</q>".to_string()),
        Just("<a href=\"#fn1\">".to_string()),
        Just("<sup>2</sup>".to_string()),
        Just("&amp;".to_string()),
        Just("<!-- citecheck-ignore-next -->".to_string()),
        Just("`code`".to_string()),
        Just("[t](#)".to_string()),
        Just("https://x.example.org/a_(b)).".to_string()),
        Just("a@b.example.com".to_string()),
        Just("「".to_string()),
        Just("」".to_string()),
        Just("『".to_string()),
        Just("』".to_string()),
        Just("。".to_string()),
        Just("：".to_string()),
        Just("漢字".to_string()),
        Just("《书》".to_string()),
        Just("[2a]".to_string()),
        Just("[see][missing]".to_string()),
        Just("[x][]".to_string()),
        Just("Lind, T. R. ".to_string()),
        Just("References\n\n".to_string()),
        Just("Okafor, N. (2021a). ".to_string()),
        Just("Lind, T., and J. Ruiz. 2023. ".to_string()),
        Just("(Okafor 2021a, 14; see Lind & Ruiz, 2023)".to_string()),
        Just("Lind and Ruiz (2023)".to_string()),
        Just("(n.d.)".to_string()),
        Just("é (2021)".to_string()),
        // reStructuredText.
        Just("[1]_".to_string()),
        Just("[#]_".to_string()),
        Just("[#x]_ ".to_string()),
        Just("[*]_".to_string()),
        Just(".. [1] ".to_string()),
        Just(".. [#] ".to_string()),
        Just(".. [*]".to_string()),
        Just(".. _x: https://t.example.org/\n".to_string()),
        Just("__ https://a.example.org/\n".to_string()),
        Just("`t <https://e.example.org/>`_".to_string()),
        Just("`x`_".to_string()),
        Just("`y`__".to_string()),
        Just("x_ ".to_string()),
        Just("``lit``".to_string()),
        Just(":code:`c`".to_string()),
        Just("::".to_string()),
        Just("    ".to_string()),
        Just("   ".to_string()),
        Just("\t".to_string()),
        Just("=====".to_string()),
        Just("-- Name".to_string()),
        Just(".. epigraph::\n".to_string()),
        Just(".. pull-quote::\n".to_string()),
        Just(".. code-block:: py\n".to_string()),
        Just(".. note:: ".to_string()),
        Just(":field: ".to_string()),
        Just("- ".to_string()),
        Just("#. ".to_string()),
        Just("*em*".to_string()),
        Just("\\ ".to_string()),
        // Org-mode.
        Just("[[https://o.example.org/][t]]".to_string()),
        Just("[[x]]".to_string()),
        Just("[[".to_string()),
        Just("]]".to_string()),
        Just("[fn:1]".to_string()),
        Just("[fn:: n]".to_string()),
        Just("[fn:a: n]".to_string()),
        Just("\n[fn:1] ".to_string()),
        Just("#+BEGIN_QUOTE\n".to_string()),
        Just("#+END_QUOTE\n".to_string()),
        Just("#+begin_src\n".to_string()),
        Just("#+end_src\n".to_string()),
        Just("#+TITLE: ".to_string()),
        Just("* ".to_string()),
        Just(": ".to_string()),
        Just(":PROPERTIES:\n".to_string()),
        Just(":END:\n".to_string()),
        Just("=v=".to_string()),
        Just("~c~".to_string()),
        "[a-zé ]{0,12}".prop_map(|s| s),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn markdown_never_panics(s in article()) { check(s, DocKind::Markdown)?; }

    #[test]
    fn html_never_panics(s in article()) { check(s, DocKind::Html)?; }

    #[test]
    fn text_never_panics(s in article()) { check(s, DocKind::Text)?; }

    #[test]
    fn rst_never_panics(s in article()) { check(s, DocKind::Rst)?; }

    #[test]
    fn org_never_panics(s in article()) { check(s, DocKind::Org)?; }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>(), k in 0u8..5) {
        let kind = [DocKind::Markdown, DocKind::Html, DocKind::Text, DocKind::Rst, DocKind::Org]
            [usize::from(k)];
        check(s, kind)?;
    }
}
