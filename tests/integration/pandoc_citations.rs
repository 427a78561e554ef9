//! Pandoc citations in Markdown source: `[@key]`, `[@key, p. 3]`, `[-@key]`,
//! `[see @a; also @b]` and narrative `@key`, with the works from the front matter's
//! `references:` list or the bibliography files it names; and Org's org-cite citations
//! (`[cite:@key]`) with the files of its `#+bibliography:` keywords.

use citecheck::model::{Attribution, Extraction};

use crate::support::{citecheck, code, extract_markdown, note, quote};

/// A quote's citations as (label, attribution).
fn cited(e: &Extraction, starts: &str) -> Vec<(String, Attribution)> {
    quote(e, starts)
        .citations
        .iter()
        .map(|c| (c.footnote.clone().unwrap_or_default(), c.attribution))
        .collect()
}

fn messages(e: &Extraction) -> Vec<&str> {
    e.warnings.iter().map(|w| w.message.as_str()).collect()
}

const WORKS: &str = r#"---
title: "Tides and ledgers"
references:
  - id: halden2019
    type: article-journal
    author:
      - family: Halden
        given: Ingrid
      - literal: Harbour Trust
    title: "Counting boats at dawn"
    container-title: Maritime Notes
    issued:
      date-parts: [[2019]]
    URL: https://maritime.example.org/halden
  - id: quay:2020
    author: [{family: Brandt, given: Ole}]
    title: The quay in winter
    publisher: Northlight Press
    issued:
      date-parts:
        - [2020, 3, 4]
    DOI: 10.5555/quay.2020
  - id: mirren
    editor:
      - family: Mirren
        given: Sade
    title: 'Salt roads'
    issued: 2018
  - {id: tovey, title: Net lofts, issued: '2017-06-30', author: [{family: Tovey, given: Ann}]}
---
"#;

#[test]
fn front_matter_references_become_notes_labelled_by_key() {
    let text = format!(
        "{WORKS}\nThe survey found that \u{201c}most crews left before the bells rang\u{201d} [@halden2019, p. 12], \
         while @quay:2020 [ch. 2] and @mirren and @tovey say less.\n"
    );
    let e = extract_markdown(&text);
    let n = note(&e, "halden2019");
    assert_eq!(n.title.as_deref(), Some("Counting boats at dawn"));
    assert_eq!(n.authors, ["Ingrid Halden", "Harbour Trust"]);
    assert_eq!(n.date.as_deref(), Some("2019"));
    assert_eq!(n.publisher.as_deref(), Some("Maritime Notes"));
    assert_eq!(n.urls, ["https://maritime.example.org/halden"]);
    // The note sits at its `id:`.
    assert_eq!((n.line, n.column), (4, 5));
    let q = note(&e, "quay:2020");
    assert_eq!(q.authors, ["Ole Brandt"]);
    assert_eq!(q.date.as_deref(), Some("2020-03-04"));
    assert_eq!(q.publisher.as_deref(), Some("Northlight Press"));
    assert_eq!(q.urls, ["https://doi.org/10.5555/quay.2020"]);
    let m = note(&e, "mirren");
    assert_eq!(
        m.authors,
        ["Sade Mirren"],
        "editors when there is no author"
    );
    assert_eq!(m.title.as_deref(), Some("Salt roads"));
    assert_eq!(m.date.as_deref(), Some("2018"));
    let t = note(&e, "tovey");
    assert_eq!(t.date.as_deref(), Some("2017-06-30"));
    assert_eq!(t.authors, ["Ann Tovey"]);
    assert_eq!((t.line, t.column), (29, 6));
    let c = &quote(&e, "most crews left").citations;
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].footnote.as_deref(), Some("halden2019"));
    assert_eq!(
        c[0].url.as_deref(),
        Some("https://maritime.example.org/halden")
    );
    assert_eq!(c[0].attribution, Attribution::MarkerAfter);
    // Every work is cited (narratively too): no warning. The front matter's title is no
    // quotation.
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert_eq!(e.quotes.len(), 1, "{:#?}", e.quotes);
}

#[test]
fn bracket_shapes_attribute_like_note_markers() {
    let text = format!(
        "{WORKS}\n\
         One skipper called it \u{201c}a ledger kept by the tide itself\u{201d} [-@halden2019, 14], which the port records bear out [@mirren].\n\n\
         Brandt puts it plainly: \u{201c}nobody counts what the ice takes back\u{201d} [see @quay:2020, sec. 4; also @tovey].\n\n\
         @halden2019 found that crews \u{201c}trusted the gulls more than the almanac\u{201d} in spring.\n\n\
         As @tovey [p. 33] says, \u{201c}a net loft is a library of knots and weather\u{201d}, and others agree [@mirren].\n\n\
         The harbour master put it this way [@quay:2020]:\n\n\
         > Every winter the quay forgets a little more of what the summer built on it.\n"
    );
    let e = extract_markdown(&text);
    let after = Attribution::MarkerAfter;
    assert_eq!(
        cited(&e, "a ledger kept"),
        [("halden2019".to_string(), after)]
    );
    assert_eq!(
        cited(&e, "nobody counts"),
        [
            ("quay:2020".to_string(), after),
            ("tovey".to_string(), after)
        ]
    );
    assert_eq!(
        cited(&e, "trusted the gulls"),
        [("halden2019".to_string(), Attribution::MarkerBefore)]
    );
    assert_eq!(
        cited(&e, "a net loft"),
        [("tovey".to_string(), Attribution::MarkerBefore)]
    );
    assert_eq!(
        cited(&e, "Every winter the quay"),
        [("quay:2020".to_string(), Attribution::IntroMarker)]
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

#[test]
fn an_undefined_key_cites_without_a_url_and_is_warned_about_once() {
    let e = extract_markdown(
        "---\nbibliography: refs.bib\n---\n\
         The minutes record that \u{201c}the lamp was lit an hour late on both nights\u{201d} [@keeperlog1881].\n\n\
         The same log adds more [@keeperlog1881, p. 9].\n",
    );
    let c = &quote(&e, "the lamp was lit").citations;
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].footnote.as_deref(), Some("keeperlog1881"));
    assert_eq!(c[0].url, None);
    assert_eq!(c[0].attribution, Attribution::MarkerAfter);
    assert_eq!(
        messages(&e),
        ["citation key `keeperlog1881` is not defined"]
    );
    assert_eq!((e.warnings[0].line, e.warnings[0].column), (4, 73));
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    // Without `references:` or a bibliography, `[@name]` is a GitHub mention: no citation,
    // no warning.
    let e = extract_markdown(
        "Thanks [@mhart] for the fix: \u{201c}this release finally makes the importer \
         usable\u{201d} [@oliverb].\n",
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert!(quote(&e, "this release").citations.is_empty());
}

#[test]
fn mail_addresses_handles_code_and_links_are_no_citations() {
    let text = format!(
        "{WORKS}\n\
         Write to crew@halden2019.org or [desk@example.org], ping @jack or @halden, \
         see `[@ghost]` and [@tovey](https://example.org/tovey).\n\n\
         ```\n[@ghostblock] and @mirren\n```\n\n\
         But @mirren and [@quay:2020] are citations, and so is [@halden2019].\n"
    );
    let e = extract_markdown(&text);
    // Only the last paragraph cites: the handle `@halden` is no key (the key is
    // `halden2019`), and a link's text is the link's.
    let refs = |k: &str| {
        note(&e, k)
            .referenced_at
            .iter()
            .map(|p| p.line)
            .collect::<Vec<_>>()
    };
    assert_eq!(refs("mirren"), [38]);
    assert_eq!(refs("quay:2020"), [38]);
    assert_eq!(refs("halden2019"), [38]);
    assert_eq!(
        messages(&e),
        ["reference `tovey` is never cited in the text"],
        "{:#?}",
        e.warnings
    );
}

#[test]
fn marker_positions_are_the_keys() {
    let text = format!("{WORKS}\nA claim [see @tovey; -@mirren] and @halden2019 again.\n");
    let e = extract_markdown(&text);
    let at = |k: &str| {
        let p = &note(&e, k).referenced_at;
        assert_eq!(p.len(), 1, "{k}: {p:?}");
        (p[0].line, p[0].column)
    };
    assert_eq!(at("tovey"), (32, 14));
    assert_eq!(at("mirren"), (32, 23));
    assert_eq!(at("halden2019"), (32, 36));
}

#[test]
fn works_never_cited_are_warned_about_unless_nocite_lists_them() {
    let uncited = "---\nreferences:\n- id: alpha\n  title: A\n- id: beta\n  title: B\n";
    let e = extract_markdown(&format!("{uncited}---\n\nOnly [@alpha] is cited.\n"));
    assert_eq!(
        messages(&e),
        ["reference `beta` is never cited in the text"]
    );
    assert_eq!((e.warnings[0].line, e.warnings[0].column), (5, 3));
    let e = extract_markdown(&format!(
        "{uncited}nocite: |\n  @beta\n---\n\nOnly [@alpha] is cited.\n"
    ));
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    let e = extract_markdown(&format!("{uncited}nocite: '@*'\n---\n\nNothing cited.\n"));
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert_eq!(e.footnotes.len(), 2);
}

#[test]
fn bibliography_files_beside_the_article_are_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("works.bib"),
        "@Article{fenwick2016,\n  author = {Fenwick, Rhian and Otieno, Paul},\n  \
         title = {{Lighthouse} keepers' logs as climate records},\n  journal = {Weather Past},\n  \
         year = {2016},\n  doi = {10.5555/wp.16.3},\n}\n\
         @book{kessel, author = \"Kessel, Mara\", title = \"Harbour Lights\", publisher = {Quayside}, \
         year = 2011, url = {https://quayside.example.org/lights}}\n",
    )
    .expect("bib written");
    let article = dir.path().join("post.md");
    std::fs::write(
        &article,
        "---\ntitle: Lights\nbibliography:\n  - works.bib\n  - gone.bib\nreferences:\n  - id: kessel\n    title: Harbour Lights, second edition\n---\n\n\
         The logs show that \u{201c}fog came earlier every decade after 1850\u{201d} [@fenwick2016, p. 3], \
         as @kessel also notes.\n",
    )
    .expect("article written");
    // Run from elsewhere: the names are the article's folder's.
    let out = citecheck(&[
        "extract",
        "--format",
        "json",
        article.to_str().unwrap_or(""),
    ]);
    assert_eq!(code(&out), 1, "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let doc = &v["documents"][0];
    let notes = doc["footnotes"].as_array().expect("notes");
    let f = notes
        .iter()
        .find(|n| n["label"] == "fenwick2016")
        .expect("the .bib work");
    assert_eq!(f["title"], "Lighthouse keepers' logs as climate records");
    assert_eq!(
        f["authors"],
        serde_json::json!(["Rhian Fenwick", "Paul Otieno"])
    );
    assert_eq!(f["date"], "2016");
    assert_eq!(f["publisher"], "Weather Past");
    assert_eq!(
        f["urls"],
        serde_json::json!(["https://doi.org/10.5555/wp.16.3"])
    );
    // Placed where the front matter names its file.
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(4), Some(5))
    );
    // The front matter's own entry comes first when a key is given twice.
    let k: Vec<_> = notes.iter().filter(|n| n["label"] == "kessel").collect();
    assert_eq!(k.len(), 1);
    assert_eq!(k[0]["title"], "Harbour Lights, second edition");
    let q = &doc["quotes"][0];
    assert_eq!(q["citations"][0]["footnote"], "fenwick2016");
    assert_eq!(q["citations"][0]["url"], "https://doi.org/10.5555/wp.16.3");
    let warnings = doc["warnings"].as_array().expect("warnings");
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    let w = warnings[0]["message"].as_str().unwrap_or("");
    assert!(
        w.starts_with("bibliography `gone.bib` could not be read"),
        "{w}"
    );
    assert_eq!(warnings[0]["line"], 5);
}

/// Org's own citations (org-cite): `[cite:@key]`, `[cite/t:@key]`, `[cite:@a;@b]`, with the
/// works of the files its `#+bibliography:` keywords name. Before, an Org document read none
/// of them: its quotations were uncited. `[cite]` alone and a bracket without a key are no
/// citation; a Markdown document's bracket of the same shape needs its own front matter.
#[test]
fn org_cite_citations_and_bibliography_keywords() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("refs.bib"),
        "@article{okafor2021, author = {Okafor, Ada}, title = {Tolls and Traffic}, \
         year = {2021}, url = {https://refs.example.org/okafor}}\n\
         @book{lind2019, author = {Lind, Per}, title = {City Streets}, year = {2019}, \
         url = {https://refs.example.org/lind}}\n",
    )
    .expect("bib written");
    let article = dir.path().join("notes.org");
    std::fs::write(
        &article,
        "#+title: Reading notes\n#+BIBLIOGRAPHY: refs.bib\n\n\
         Okafor found that \u{201c}traffic fell by a fifth in the first month of the toll\u{201d} \
         [cite:@okafor2021 p. 12].\n\n\
         Both agree that \u{201c}drivers adapt faster than planners expect them to\u{201d} \
         [cite/t:@okafor2021;@lind2019].\n\n\
         A bracket [cite] is no citation, nor \u{201c}a quoted passage with nothing after it\u{201d}.\n",
    )
    .expect("article written");
    let out = citecheck(&[
        "extract",
        "--format",
        "json",
        article.to_str().unwrap_or(""),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let doc = &v["documents"][0];
    let cites = |starts: &str| -> Vec<String> {
        doc["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .find(|q| q["text"].as_str().unwrap_or("").starts_with(starts))
            .map(|q| {
                q["citations"]
                    .as_array()
                    .expect("citations")
                    .iter()
                    .map(|c| c["url"].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_else(|| panic!("no quote {starts:?} in {doc:#}"))
    };
    assert_eq!(cites("traffic fell"), ["https://refs.example.org/okafor"]);
    assert_eq!(
        cites("drivers adapt"),
        [
            "https://refs.example.org/okafor",
            "https://refs.example.org/lind"
        ]
    );
    assert!(cites("a quoted passage").is_empty());
    assert_eq!(doc["warnings"], serde_json::json!([]), "{doc:#}");
}
