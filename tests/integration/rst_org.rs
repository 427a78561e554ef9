//! reStructuredText and Org-mode: the two fixture articles' extraction, each construct of
//! both front ends (and what must yield nothing: code, comments, literal blocks), positions,
//! format detection and a folder walk.

use citecheck::extract::{detect_kind, BlockKind};
use citecheck::model::{Attribution, DocKind, Extraction, LinkKind, QuoteKind};

use crate::support::{citecheck, code, extract_as, extract_fixture, note, quote};

fn rst(text: &str) -> Extraction {
    extract_as(DocKind::Rst, text)
}

fn org(text: &str) -> Extraction {
    extract_as(DocKind::Org, text)
}

fn urls(e: &Extraction) -> Vec<&str> {
    e.links.iter().map(|l| l.url.as_str()).collect()
}

fn quote_texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// The labels of a quote's notes, and its attributions.
fn cited(q: &citecheck::model::Quote) -> Vec<(Option<&str>, Attribution)> {
    q.citations
        .iter()
        .map(|c| (c.footnote.as_deref(), c.attribution))
        .collect()
}

// ---- The fixtures -------------------------------------------------------------------

#[test]
fn sphinx_page_fixture() {
    let e = extract_fixture("fixtures/articles/sphinx-page.rst");
    assert_eq!(e.format, DocKind::Rst);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    // The quoted paragraph, introduced by `… puts it [1]_:`, without its attribution.
    let q = quote(&e, "Thermistors mounted");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(q.text.ends_with("thirty degrees."), "{}", q.text);
    assert_eq!((q.line, q.column), (21, 5));
    assert_eq!(cited(q), vec![(Some("1"), Attribution::IntroMarker)]);
    // Inline quotes with markers: an auto-numbered note and a citation.
    let q = quote(&e, "the error grows");
    assert_eq!(cited(q), vec![(Some("2"), Attribution::MarkerAfter)]);
    let q = quote(&e, "move the probe");
    assert_eq!(
        cited(q),
        vec![(Some("Lindqvist2024"), Attribution::MarkerAfter)]
    );
    // The scare quote is short and cites nothing; the pull quote and code quote nothing.
    let scare = quote(&e, "sea spray");
    assert!(scare.short && scare.citations.is_empty());
    assert_eq!(e.quotes.len(), 4, "{:#?}", quote_texts(&e));
    // Links: embedded, named through a target, anonymous, and the notes' URLs; none from
    // the comment, the literal block or the code block.
    assert_eq!(
        urls(&e),
        vec![
            "https://observatory.example.org/reports/2023-buoys",
            "https://data.example.org/harbour/buoys",
            "https://docs.example.org/tooling/compare",
            "https://aquaterm.example.com/guides/moored-sensors.pdf",
            "https://observatory.example.org/reports/2023-buoys",
        ]
    );
    let named = e
        .links
        .iter()
        .find(|l| l.url.starts_with("https://data."))
        .expect("named reference");
    assert_eq!(
        (named.kind, named.text.as_str()),
        (LinkKind::Reference, "harbour archive")
    );
    assert_eq!((named.line, named.column), (29, 29));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "Lindqvist2024"]);
    let n1 = note(&e, "1");
    assert_eq!(n1.title.as_deref(), Some("Field Guide to Moored Sensors"));
    assert_eq!(
        n1.urls,
        ["https://aquaterm.example.com/guides/moored-sensors.pdf"]
    );
    // The marker `[1]_` closing line 19.
    assert_eq!(
        n1.referenced_at
            .iter()
            .map(|p| (p.line, p.column))
            .collect::<Vec<_>>(),
        [(19, 17)]
    );
}

#[test]
fn org_notes_fixture() {
    let e = extract_fixture("fixtures/articles/org-notes.org");
    assert_eq!(e.format, DocKind::Org);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    let q = quote(&e, "Waiting lists have lengthened");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(q.text.ends_with("seven years."), "{}", q.text);
    assert_eq!((q.line, q.column), (17, 1));
    assert_eq!(cited(q), vec![(Some("1"), Attribution::IntroMarker)]);
    let q = quote(&e, "every site now has");
    assert_eq!(cited(q), vec![(Some("courier"), Attribution::MarkerAfter)]);
    let q = quote(&e, "waiting lists have lengthened");
    assert_eq!(q.citations.len(), 1);
    assert_eq!(q.citations[0].attribution, Attribution::Link);
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://weekly.example.org/allotments")
    );
    let scare = quote(&e, "crisis");
    assert!(scare.short);
    assert_eq!(e.quotes.len(), 4, "{:#?}", quote_texts(&e));
    assert_eq!(
        urls(&e),
        vec![
            "https://weekly.example.org/allotments",
            "https://data.example.org/allotments",
            "https://council.example.gov/allotments/survey-2024.pdf",
            "https://courier.example.co.uk/news/allotments-waits",
        ]
    );
    let gazette = e
        .links
        .iter()
        .find(|l| l.url.starts_with("https://weekly."))
        .expect("link");
    assert_eq!(
        (gazette.kind, gazette.text.as_str()),
        (LinkKind::Link, "Weekly Gazette")
    );
    assert_eq!((gazette.line, gazette.column), (26, 55));
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "courier", "3"]);
    assert_eq!(
        note(&e, "3").text,
        "The word appears once, in a quoted letter from a resident, page 14."
    );
    assert_eq!(
        note(&e, "courier").urls,
        ["https://courier.example.co.uk/news/allotments-waits"]
    );
    // `[fn:1]` cited twice, at 12:8 and 15:7.
    let at: Vec<_> = note(&e, "1")
        .referenced_at
        .iter()
        .map(|p| (p.line, p.column))
        .collect();
    assert_eq!(at, [(12, 8), (15, 7)]);
}

// ---- Detection, the command line, folders ---------------------------------------------

#[test]
fn formats_detected_from_extensions() {
    for (name, kind) in [
        ("a.rst", DocKind::Rst),
        ("A.REST", DocKind::Rst),
        ("notes.org", DocKind::Org),
        ("readme.txt", DocKind::Text),
        ("a.md", DocKind::Markdown),
    ] {
        assert_eq!(detect_kind(Some(name), None, "text"), kind, "{name}");
    }
}

#[test]
fn folder_walk_reads_rst_and_org() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.rst"),
        "See `x <https://a.example.org/>`_.\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("b.org"),
        "See [[https://b.example.org/][b]].\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("c.md"), "See <https://c.example.org/>.\n").expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let out = citecheck(&["extract", "--no-config", "--format", "json", &d]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let docs = v["documents"].as_array().expect("documents");
    let mut got: Vec<(String, String, String)> = docs
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap_or("").to_string();
            let name = file.rsplit(['/', '\\']).next().unwrap_or("").to_string();
            (
                name,
                d["format"].as_str().unwrap_or("").to_string(),
                d["links"][0]["url"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            (
                "a.rst".into(),
                "rst".into(),
                "https://a.example.org/".into()
            ),
            (
                "b.org".into(),
                "org".into(),
                "https://b.example.org/".into()
            ),
            (
                "c.md".into(),
                "markdown".into(),
                "https://c.example.org/".into()
            ),
        ]
    );
}

#[test]
fn input_format_option_accepts_rst_and_org() {
    for (fmt, text) in [
        ("rst", "A [1]_ marker.\n\n.. [1] Note.\n"),
        ("org", "A [fn:1] marker.\n\n[fn:1] Note.\n"),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("article.txt");
        std::fs::write(&path, text).expect("write");
        let p = path.to_string_lossy().into_owned();
        let out = citecheck(&[
            "extract",
            "--no-config",
            "--input-format",
            fmt,
            "--format",
            "json",
            &p,
        ]);
        assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["documents"][0]["format"], fmt);
        assert_eq!(v["documents"][0]["footnotes"][0]["label"], "1");
    }
}

// ---- reStructuredText -------------------------------------------------------------------

#[test]
fn rst_footnote_and_citation_references() {
    let e = rst(
        "Manual [2]_, auto [#]_, named [#tide]_, again [#tide]_, auto [#]_,\n\
         symbol [*]_ and a citation [Smith2020]_.\n\n\
         .. [2] Manual note.\n\
         .. [#] First auto, numbered past\n   the manual two: one.\n\
         .. [#tide] Named auto: three.\n\
         .. [#] Second auto: four.\n\
         .. [*] Symbol note.\n\
         .. [Smith2020] Smith, J. (2020). A book.\n",
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["2", "1", "3", "4", "*", "Smith2020"]);
    // Continuation lines belong to their note.
    assert_eq!(
        note(&e, "1").text,
        "First auto, numbered past the manual two: one."
    );
    let cols = |l: &str| -> Vec<(usize, usize)> {
        note(&e, l)
            .referenced_at
            .iter()
            .map(|p| (p.line, p.column))
            .collect()
    };
    assert_eq!(cols("2"), [(1, 8)]);
    assert_eq!(cols("1"), [(1, 19)]);
    assert_eq!(cols("3"), [(1, 31), (1, 47)]);
    assert_eq!(cols("4"), [(1, 62)]);
    assert_eq!(cols("*"), [(2, 8)]);
    assert_eq!(cols("Smith2020"), [(2, 28)]);
    // `[#tide]_` twice: the second reference is the same note's.
    let e2 = rst("One [#tide]_ and two [#tide]_.\n\n.. [#tide] Tides.\n");
    assert_eq!(note(&e2, "1").referenced_at.len(), 2);
}

#[test]
fn rst_marker_after_quote_and_in_sentence() {
    let e = rst(
        "The board said \"we will publish every figure we hold\" [1]_ last week.\n\n\
         .. [1] Board minutes, https://board.example.org/minutes\n",
    );
    let q = quote(&e, "we will publish");
    assert_eq!(cited(q), vec![(Some("1"), Attribution::MarkerAfter)]);
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://board.example.org/minutes")
    );
}

#[test]
fn rst_hyperlinks() {
    let e = rst(
        "Read `the guide <https://guide.example.org/a>`_, the `one-off \
         <https://once.example.org/>`__, `Tide Tables`_, tables_ and\n\
         `again <Tide Tables_>`_, and https://bare.example.org/page.\n\n\
         .. _tide   tables: https://tides.example.org/\n\
         .. _tables: https://tables.example.org/\n",
    );
    let got: Vec<(&str, &str, LinkKind)> = e
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.text.as_str(), l.kind))
        .collect();
    assert_eq!(
        got,
        [
            ("https://guide.example.org/a", "the guide", LinkKind::Link),
            ("https://once.example.org/", "one-off", LinkKind::Link),
            (
                "https://tides.example.org/",
                "Tide Tables",
                LinkKind::Reference
            ),
            ("https://tables.example.org/", "tables", LinkKind::Reference),
            ("https://tides.example.org/", "again", LinkKind::Reference),
            (
                "https://bare.example.org/page",
                "https://bare.example.org/page",
                LinkKind::Bare
            ),
        ]
    );
    assert_eq!((e.links[0].line, e.links[0].column), (1, 6));
    assert_eq!((e.links[3].line, e.links[3].column), (1, 111));
    // A word ending in `_` that no target names is text; a target no reference uses is a
    // link where it is written.
    let e = rst("Use snake_case_ names.\n\n.. _spare: https://spare.example.org/\n");
    assert_eq!(urls(&e), ["https://spare.example.org/"]);
    assert_eq!((e.links[0].line, e.links[0].column), (3, 12));
}

#[test]
fn rst_anonymous_references_in_order() {
    let e = rst("First `a`__ then `b`__.\n\n__ https://one.example.org/\n\n\
         .. __: https://two.example.org/\n");
    let got: Vec<(&str, &str)> = e
        .links
        .iter()
        .map(|l| (l.text.as_str(), l.url.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("a", "https://one.example.org/"),
            ("b", "https://two.example.org/")
        ]
    );
}

#[test]
fn rst_section_titles_are_headings() {
    let p = citecheck::extract::rst::parse(
        "=====\nTitle\n=====\n\nSection [1]_\n-----------\n\nBody text.\n",
    );
    let kinds: Vec<(BlockKind, &str)> =
        p.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (BlockKind::Heading, "Title"),
            (BlockKind::Heading, "Section "),
            (BlockKind::Paragraph, "Body text."),
        ]
    );
    // A notes heading over the definitions (`.. rubric:: Notes` in Sphinx) is a heading.
    let p = citecheck::extract::rst::parse(".. rubric:: Footnotes\n");
    assert_eq!(p.blocks.first().map(|b| b.kind), Some(BlockKind::Heading));
}

#[test]
fn rst_block_quote_introduced_by_marker_with_attribution() {
    for dash in ["--", "---", "—"] {
        let e = rst(&format!(
            "The inspectors were clear [3]_:\n\n    Every valve we opened was seized, and \
             nobody had logged a test in years.\n\n    {dash} Chief Inspector Ruth Amadi\n\n\
             .. [3] Inspection report, https://inspect.example.org/r\n"
        ));
        let q = quote(&e, "Every valve");
        assert_eq!(q.kind, QuoteKind::Block);
        assert_eq!(
            q.text, "Every valve we opened was seized, and nobody had logged a test in years.",
            "{dash}"
        );
        assert_eq!((q.line, q.column), (3, 5));
        assert_eq!(cited(q), vec![(Some("3"), Attribution::IntroMarker)]);
    }
    // An indented paragraph after one that does not end in a colon is a quotation too.
    let e = rst("Some prose here.\n\n  An indented paragraph is a block quotation in rST.\n");
    assert_eq!(quote(&e, "An indented").kind, QuoteKind::Block);
    // An indented list is laid out, not quoted (its items are still read).
    let e = rst(
        "The options are:\n\n  - the first option of several words\n  \
         - the second with https://opt.example.org/\n",
    );
    assert!(e.quotes.is_empty(), "{:#?}", quote_texts(&e));
    assert_eq!(urls(&e), ["https://opt.example.org/"]);
}

#[test]
fn rst_quotation_directives() {
    let e = rst(
        ".. epigraph::\n\n   No harbour is safe from a careless pilot, however deep.\n\n   \
         -- Old Harbour Saying\n\n\
         .. highlights::\n\n   The three findings that matter most are listed here.\n\n\
         .. pull-quote::\n\n   \"A repeated line the article already said.\"\n",
    );
    assert_eq!(
        quote_texts(&e),
        [
            "No harbour is safe from a careless pilot, however deep.",
            "The three findings that matter most are listed here."
        ]
    );
    assert!(e.quotes.iter().all(|q| q.kind == QuoteKind::Block));
}

#[test]
fn rst_code_literals_and_comments_yield_nothing() {
    let e = rst(
        "Run this::\n\n    curl \"https://literal.example.org/a\" \"quoted words of the \
         literal\"\n\n\
         ::\n\n    \"another literal quotation of several words\" https://l2.example.org/\n\n\
         .. code-block:: python\n\n   url = \"https://code.example.org/b and quoted words\"\n\n\
         .. code:: sh\n\n   echo https://code2.example.org/\n\n\
         .. sourcecode:: text\n\n   https://code3.example.org/\n\n\
         .. This comment names https://comment.example.org/ \"in quoted words here\"\n   \
         and continues.\n\n\
         ..\n   An empty comment's block, https://comment2.example.org/\n\n\
         Inline ``https://inline.example.org/ \"quoted literal words\"`` is code.\n",
    );
    assert!(e.links.is_empty(), "{:#?}", urls(&e));
    assert!(e.quotes.is_empty(), "{:#?}", quote_texts(&e));
    // The paragraph before a literal block shows one colon of its `::`.
    let p = citecheck::extract::rst::parse("Run this::\n\n    code\n\nAnd this ::\n\n    code\n");
    let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, ["Run this:", "And this"]);
}

#[test]
fn rst_field_lists_and_directive_options_are_no_prose() {
    let e = rst(
        ":author: \"A quoted field value of words\"\n:url: https://field.example.org/\n\n\
         .. figure:: https://img.example.org/a.png\n   \
         :alt: \"alt text quoted in several words\"\n   \
         :target: https://target.example.org/\n\n   \
         The caption says \"a quotation in a caption of words\".\n",
    );
    assert_eq!(urls(&e), ["https://img.example.org/a.png"]);
    assert_eq!(e.links[0].kind, LinkKind::Image);
    assert_eq!(quote_texts(&e), ["a quotation in a caption of words"]);
}

#[test]
fn rst_table_rows_cite_only_their_own_quotes() {
    let e = rst("+------------+----------------------------------+\n\
         | Said       | \"a quotation in a cell of words\" |\n\
         +------------+----------------------------------+\n\
         | Source     | https://row.example.org/         |\n\
         +------------+----------------------------------+\n\n\
         =====  ==========================================\n\
         Who    What\n\
         =====  ==========================================\n\
         Ana    \"the simple table's quotation of words\"\n\
         Ben    https://simple.example.org/\n\
         =====  ==========================================\n");
    assert_eq!(
        urls(&e),
        ["https://row.example.org/", "https://simple.example.org/"]
    );
    assert_eq!(e.quotes.len(), 2, "{:#?}", quote_texts(&e));
    assert!(
        e.quotes.iter().all(|q| q.citations.is_empty()),
        "{:#?}",
        e.quotes
    );
    assert_eq!((e.quotes[1].line, e.quotes[1].column), (10, 8));
}

#[test]
fn rst_roles_and_titles() {
    let e = rst(
        "The :code:`\"quoted code words here\" https://role.example.org/` role, \
         :ref:`\"quoted reference words\" <label>` and a `Title Reference`.\n",
    );
    assert!(e.links.is_empty(), "{:#?}", urls(&e));
    assert_eq!(quote_texts(&e), ["quoted reference words"]);
}

// ---- Org-mode ---------------------------------------------------------------------------

#[test]
fn org_links() {
    let e = org(
        "See [[https://a.example.org/x][the report]], [[https://b.example.org/]],\n\
         [[*Heading][a heading]], <https://c.example.org/> and https://d.example.org/.\n",
    );
    let got: Vec<(&str, &str, LinkKind)> = e
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.text.as_str(), l.kind))
        .collect();
    assert_eq!(
        got,
        [
            ("https://a.example.org/x", "the report", LinkKind::Link),
            (
                "https://b.example.org/",
                "https://b.example.org/",
                LinkKind::Autolink
            ),
            (
                "https://c.example.org/",
                "https://c.example.org/",
                LinkKind::Autolink
            ),
            (
                "https://d.example.org/",
                "https://d.example.org/",
                LinkKind::Bare
            ),
        ]
    );
    assert_eq!((e.links[0].line, e.links[0].column), (1, 5));
    assert_eq!((e.links[2].line, e.links[2].column), (2, 26));
}

#[test]
fn org_footnotes() {
    let e = org(
        "Plain[fn:1], named[fn:src], inline[fn:: An inline note.] and named \
         inline[fn:aside: An aside with https://aside.example.org/.].\n\n\
         * Footnotes\n\n\
         [fn:1] First note,\ncontinued on a second line.\n\n\
         [fn:src] Source note https://src.example.org/\n",
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "src", "3", "aside"]);
    assert_eq!(
        note(&e, "1").text,
        "First note, continued on a second line."
    );
    assert_eq!(note(&e, "3").text, "An inline note.");
    assert_eq!(note(&e, "aside").urls, ["https://aside.example.org/"]);
    let at = |l: &str| {
        let n = note(&e, l);
        n.referenced_at
            .iter()
            .map(|p| (p.line, p.column))
            .collect::<Vec<_>>()
    };
    assert_eq!(at("1"), [(1, 6)]);
    assert_eq!(at("src"), [(1, 19)]);
    assert_eq!(at("3"), [(1, 35)]);
}

#[test]
fn org_quote_block_introduced_by_marker() {
    let e = org(
        "The ministry was plain[fn:4]:\n\n#+begin_QUOTE\nEvery school will have a \
         counsellor by the end of the decade.\n— Education Minister\n#+END_quote\n\n\
         [fn:4] Ministry statement, https://gov.example.org/s\n",
    );
    let q = quote(&e, "Every school");
    assert_eq!(q.kind, QuoteKind::Block);
    assert_eq!(
        q.text,
        "Every school will have a counsellor by the end of the decade."
    );
    assert_eq!((q.line, q.column), (3, 1));
    assert_eq!(cited(q), vec![(Some("4"), Attribution::IntroMarker)]);
    let q = org("A \"quoted phrase of a good length\"[fn:1] here.\n\n[fn:1] Note.\n");
    assert_eq!(
        cited(&q.quotes[0]),
        vec![(Some("1"), Attribution::MarkerAfter)]
    );
}

#[test]
fn org_code_and_furniture_yield_nothing() {
    let e = org("#+TITLE: \"A quoted title of many words\" https://title.example.org/\n\
         # A comment \"with quoted words in it\" https://comment.example.org/\n\
         #+BEGIN_SRC python\nurl = \"https://src.example.org/ quoted words here\"\n#+END_SRC\n\
         #+begin_example\n\"example quoted words of a line\" https://ex.example.org/\n#+end_example\n\
         : \"fixed width quoted words\" https://fixed.example.org/\n\
         :PROPERTIES:\n:URL: https://drawer.example.org/\n:END:\n\
         Text with =\"verbatim quoted words\" https://v.example.org/= and \
         ~\"code quoted words\" https://c.example.org/~.\n");
    assert!(e.links.is_empty(), "{:#?}", urls(&e));
    assert!(e.quotes.is_empty(), "{:#?}", quote_texts(&e));
    // A block that never ends is no block: what follows is text.
    let e = org("#+BEGIN_SRC\nSee https://after.example.org/ here.\n");
    assert_eq!(urls(&e), ["https://after.example.org/"]);
}

#[test]
fn org_headings_and_keywords_are_not_prose() {
    let p = citecheck::extract::org::parse(
        "#+TITLE: Report\n#+AUTHOR: Me\n* Top heading\n** TODO Sub heading\nBody.\n",
    );
    let kinds: Vec<(BlockKind, &str)> =
        p.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (BlockKind::Heading, "Top heading"),
            (BlockKind::Heading, "TODO Sub heading"),
            (BlockKind::Paragraph, "Body."),
        ]
    );
}

#[test]
fn deep_nesting_is_read_without_overflow() {
    // Org quotation blocks opened 20,000 deep, one end line.
    let text = "#+begin_quote\nSaid \"a few words in a quote\".\n".repeat(20_000) + "#+end_quote\n";
    let e = org(&text);
    assert!(!e.quotes.is_empty());
    // rST blocks indented one more space each, 1,500 deep.
    let text: String = (0..1500)
        .map(|i| format!("{}para {i}\n\n", " ".repeat(i)))
        .collect();
    let e = rst(&text);
    assert!(e.warnings.is_empty());
}

/// An empty comment (`..` then a blank line) takes no indented text: the block after it is a
/// quotation (docutils); `..` with text indented right under it is a comment.
#[test]
fn rst_empty_comment_leaves_the_block_quote_after_it() {
    let e = rst(
        "The council met on Monday.\n\n..\n\n   The chair told members that \"the budget \
         cannot absorb another cut this year\".\n\nText.\n\n..\n   A comment holding \"words \
         nobody should ever read as a quote\".\n",
    );
    let q = quote(&e, "The chair told members");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(
        !quote_texts(&e).iter().any(|t| t.contains("nobody should")),
        "{:?}",
        quote_texts(&e)
    );
}

/// Org's `/italics/` are italics (a note's title), but never inside a web address.
#[test]
fn org_italics_give_a_notes_title_and_leave_addresses_whole() {
    let e = org(
        "The survey[fn:1] found that \"most plots have a waiting list of several years\".\n\n\
         See https://council.example.gov/allotments/ for the list.\n\n\
         * Footnotes\n\n\
         [fn:1] Borough Council, /Allotment Provision Survey 2024/, May 2024, \
         https://council.example.gov/survey.pdf\n",
    );
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Allotment Provision Survey 2024"));
    assert!(
        !n.text.contains('/') || n.text.contains("https://"),
        "{}",
        n.text
    );
    let urls: Vec<&str> = e.links.iter().map(|l| l.url.as_str()).collect();
    assert!(
        urls.contains(&"https://council.example.gov/allotments/"),
        "{urls:?}"
    );
}

/// Subtrees Org never exports (`* COMMENT …`, a heading tagged `:noexport:`) are no part of
/// the article: their quotes and links are not reported, up to the next heading of their
/// level or above; a deeper heading inside stays skipped.
#[test]
fn org_comment_and_noexport_subtrees_are_skipped() {
    let e = org(
        "* Findings\nThe mayor said \"the depot will reopen before the winter\" at \
         https://news.example.org/depot.\n\
         * COMMENT Draft notes\nShe told me \"nothing here should ever be published\" \
         https://draft.example.org/.\n** Deeper heading\n\"Still inside the skipped draft\" \
         https://deeper.example.org/.\n\
         * TODO [#A] COMMENT Another draft\n\"A second skipped draft passage\".\n\
         * Sources :refs:\nhttps://sources.example.org/list\n\
         ** Private aside :private:noexport:\n\"An aside the author keeps to herself\" \
         https://aside.example.org/.\n\
         ** Reading\nThe report warned that \"costs will rise for a decade\".\n\
         * A COMMENT on the budget\n\"Words under a heading that merely says comment\".\n",
    );
    assert_eq!(
        urls(&e),
        [
            "https://news.example.org/depot",
            "https://sources.example.org/list"
        ]
    );
    assert_eq!(
        quote_texts(&e),
        [
            "the depot will reopen before the winter",
            "costs will rise for a decade",
            "Words under a heading that merely says comment"
        ]
    );
}
