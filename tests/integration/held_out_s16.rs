//! Regressions found by the sixteenth session's held-out evaluations (articles written by
//! people who never read the code): each input lost a source, gave a wrong one, a false
//! quotation or a false warning before its fix.

use citecheck::model::{Attribution, DocKind, Extraction};

use crate::support::{cited, extract_as, note};

fn url(u: &str, how: Attribution) -> (Option<String>, Option<String>, Attribution) {
    (None, Some(u.to_string()), how)
}

fn label(l: &str, how: Attribution) -> (Option<String>, Attribution) {
    (Some(l.to_string()), how)
}

/// The notes (labels) backing the first quote starting with `starts`, and how.
fn by_notes(e: &Extraction, starts: &str) -> Vec<(Option<String>, Attribution)> {
    cited(e, starts)
        .into_iter()
        .map(|(n, _, how)| (n, how))
        .collect()
}

/// A document linked or footnoted in one sentence and taken up again in the next (`The
/// report found`, `That draft warned`, `In that release, the office says`, `It describes`)
/// backs the quote there, across a paragraph break too.
#[test]
fn preceding_reaches_markers_demonstratives_and_the_paragraph_before() {
    let e = extract_as(
        DocKind::Markdown,
        "Repairs will cost more, according to [a consultant's report](https://c.example/r.pdf).\n\n\
         The report found that corrosion was \"more advanced than any previous inspection had \
         recorded\" and urged a weight limit.\n\n\
         Prices rose, according to [the office's release](https://s.example/rel). In that \
         release, the office says the rise was \"driven by a late harvest in several regions\".\n\n\
         The figure comes from a [draft from 2019](https://x.example/d.pdf). That draft warned \
         that owners \"who keep roosters within the town limits may face a penalty\".\n\n\
         The council has published its allotment strategy [3]. It describes allotments as \"a \
         statutory duty and a public health asset\".\n\n\
         ## Notes\n\n3. https://council.example/allotments\n",
    );
    assert_eq!(
        cited(&e, "more advanced"),
        [url("https://c.example/r.pdf", Attribution::Preceding)]
    );
    assert_eq!(
        cited(&e, "driven by a late"),
        [url("https://s.example/rel", Attribution::Preceding)]
    );
    assert_eq!(
        cited(&e, "who keep roosters"),
        [url("https://x.example/d.pdf", Attribution::Preceding)]
    );
    assert_eq!(
        by_notes(&e, "a statutory duty"),
        [label("3", Attribution::Preceding)]
    );
}

/// Not across a heading, not when the paragraph before ends with two citations, and not
/// when the quote's sentence names someone else.
#[test]
fn preceding_across_paragraphs_needs_one_citation_and_the_same_thing() {
    let e = extract_as(
        DocKind::Markdown,
        "Repairs will cost more, according to [a consultant's report](https://c.example/r.pdf).\n\n\
         ## Reaction\n\n\
         The report found that corrosion was \"more advanced than any previous inspection had \
         recorded\" at the site.\n\n\
         Both the [council's report](https://c.example/a) and the [operator's \
         report](https://c.example/b) came out on Monday.\n\n\
         The report found that the bearings were \"worn beyond any safe limit for heavy \
         traffic\" last spring.\n\n\
         The mayor announced the plan [in a speech](https://c.example/speech).\n\n\
         The minister said the plan was \"a gamble with money the town does not have\".\n",
    );
    assert_eq!(cited(&e, "more advanced"), []);
    assert_eq!(cited(&e, "worn beyond"), []);
    assert_eq!(cited(&e, "a gamble with"), []);
}

/// LaTeXML's HTML (arXiv): a bibliography in `<ul class="ltx_biblist">` whose entries are
/// `li.ltx_bibitem`, citations `<cite class="ltx_cite">[<a href="#bib.bib2">2</a>]</cite>`,
/// ranges drawn as two links (`[2–4]`); the entry's `[2]` tag is no part of its text, and
/// its names, title and journal are read in ACM's order.
#[test]
fn latexml_bibliography() {
    let cite = |n: u32| format!("<a href=\"#bib.bib{n}\" title=\"\" class=\"ltx_ref\">{n}</a>");
    let item = |n: u32, body: &str| {
        format!(
            "<li id=\"bib.bib{n}\" class=\"ltx_bibitem\"><span class=\"ltx_tag ltx_role_refnum \
             ltx_tag_bibitem\">[{n}]</span>\n{body}\n<span class=\"ltx_bibblock\"><a \
             href=\"https://doi.org/10.1/{n}\" class=\"ltx_ref ltx_url\">https://doi.org/10.1/{n}\
             </a></span></li>\n"
        )
    };
    let html = format!(
        "<article class=\"ltx_document\"><section class=\"ltx_section\">\
         <div class=\"ltx_para\"><p class=\"ltx_p\">Audits found that “between eight and fifteen \
         percent of recordings carry a wrong label” <cite class=\"ltx_cite ltx_citemacro_cite\">\
         [{c1}]</cite>. Networks are “robust to massive label noise” when the signal is clear \
         <cite class=\"ltx_cite\">[{c2}]</cite>, and later studies agreed for audio \
         <cite class=\"ltx_cite\">[{c3}, {c4}]</cite>.</p>\n\
         <p class=\"ltx_p\">Surveys of the field <cite class=\"ltx_cite\">[{c2}–{c4}]</cite> agree \
         that “the cost of noise depends more on its structure than on its rate.”</p></div>\
         </section>\n<section id=\"bib\" class=\"ltx_bibliography\"><h2>References</h2>\n\
         <ul class=\"ltx_biblist\">\n{i1}{i2}{i3}{i4}</ul></section></article>\n",
        c1 = cite(1),
        c2 = cite(2),
        c3 = cite(3),
        c4 = cite(4),
        i1 = item(
            1,
            "<span class=\"ltx_bibblock\">H. Vellinga and W.-P. Planqué.</span>\n<span \
             class=\"ltx_bibblock\">Auditing sound labels at scale.</span>\n<span \
             class=\"ltx_bibblock\"><em class=\"ltx_emph\">Bioacoustics</em>, 2021.</span>"
        ),
        i2 = item(
            2,
            "<span class=\"ltx_bibblock\">D. Rolnick et al. Deep learning.</span>"
        ),
        i3 = item(
            3,
            "<span class=\"ltx_bibblock\">S. Kahl et al. Noise.</span>"
        ),
        i4 = item(
            4,
            "<span class=\"ltx_bibblock\">J. Salamon. Weak labels.</span>"
        ),
    );
    let e = extract_as(DocKind::Html, &html);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(
        by_notes(&e, "between eight"),
        [label("1", Attribution::MarkerInSentence)]
    );
    // The later markers back the clause of their own after `, and`.
    assert_eq!(
        by_notes(&e, "robust to massive"),
        [label("2", Attribution::MarkerInSentence)]
    );
    // The whole range, not its nearest end.
    assert_eq!(
        by_notes(&e, "the cost of noise"),
        [
            label("2", Attribution::MarkerBefore),
            label("3", Attribution::MarkerBefore),
            label("4", Attribution::MarkerBefore),
        ]
    );
    let n1 = note(&e, "1");
    assert!(n1.text.starts_with("H. Vellinga"), "{}", n1.text);
    assert_eq!(n1.title.as_deref(), Some("Auditing sound labels at scale"));
    assert_eq!(n1.authors, ["H. Vellinga", "W.-P. Planqué"]);
    assert_eq!(n1.publisher.as_deref(), Some("Bioacoustics"));
    assert_eq!(n1.urls, ["https://doi.org/10.1/1"]);
}

/// A marker group before a quote (`[2][3]`, `¹˒²`, `[3, 4]`) backs it whole.
#[test]
fn a_marker_group_before_a_quote_backs_it_whole() {
    let e = extract_as(
        DocKind::Markdown,
        "Two reviews [1][2] conclude that \"the rate of change in nature is unprecedented in \
         human history\".\n\n\
         Two surveys¹˒² agree that \"most of the decline happened after the year 1970\".\n\n\
         1. https://a.example/1\n2. https://a.example/2\n",
    );
    assert_eq!(
        by_notes(&e, "the rate of change"),
        [
            label("1", Attribution::MarkerBefore),
            label("2", Attribution::MarkerBefore)
        ]
    );
    assert_eq!(
        by_notes(&e, "most of the decline"),
        [
            label("1", Attribution::MarkerBefore),
            label("2", Attribution::MarkerBefore)
        ]
    );
}

/// `³˒⁴` (raised commas between the numbers, as typeset text has them) is one group.
#[test]
fn superscript_markers_with_raised_commas() {
    let e = extract_as(
        DocKind::Markdown,
        "Scientists warned that \"the rate of global change in nature is unprecedented\"³˒⁴, \
         and eels are a case.\n\n## Notes\n\n1. A. https://a.example/1\n2. B. \
         https://a.example/2\n3. C. https://a.example/3\n4. D. https://a.example/4\n\n\
         Earlier: \"x y z w v\"¹ and \"p q r s t\"².\n",
    );
    assert_eq!(
        by_notes(&e, "the rate of global"),
        [
            label("3", Attribution::MarkerAfter),
            label("4", Attribution::MarkerAfter)
        ]
    );
}

/// MLA puts a block quotation's page after its last full stop (`… changed. (91)`): the
/// page cites the work, as after an inline quotation, and is no note marker (it warned
/// that note 91 was missing, so `extract` exited 1).
#[test]
fn mla_page_after_a_block_quotation() {
    let e = extract_as(
        DocKind::Markdown,
        "# Review\n\nOsei lets one of them speak:\n\n> We cut the slabs the way our fathers \
         cut them. Only the buyers have changed. (91)\n\nShe also writes that \"the mine is \
         older than the town\" (92).\n\n## Works cited\n\nOsei, Miriam. *The Salt Road*. \
         Hachette, 2025. https://publisher.example/salt-road\n",
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let q = crate::support::quote(&e, "We cut the slabs");
    assert!(q.text.ends_with("changed."), "{}", q.text);
    assert_eq!(
        by_notes(&e, "We cut the slabs"),
        [label("Osei 2025", Attribution::MarkerAfter)]
    );
}

/// Plain text wraps a credit onto the next line of its paragraph: `… calendar".` then
/// `(https://…)` or the bare address.
#[test]
fn a_credit_wrapped_onto_the_next_line() {
    let e = extract_as(
        DocKind::Text,
        "DIGEST\n\nThe paper wrote that \"rates will follow inflation, not the election \
         calendar\".\n(https://news.example/x)\n\nThe paper wrote that \"prices will follow \
         wages, not the election calendar\".\nhttps://news.example/y\n\nThe paper wrote that \
         \"rents will follow rates, not the calendar\".\nhttps://news.example/z has more.\n",
    );
    assert_eq!(
        cited(&e, "rates will follow"),
        [url("https://news.example/x", Attribution::Link)]
    );
    assert_eq!(
        cited(&e, "prices will follow"),
        [url("https://news.example/y", Attribution::Link)]
    );
    // A line that goes on after the address is a sentence of its own.
    assert_eq!(cited(&e, "rents will follow"), []);
}

/// Two quotes joined in one saying (`says that “…” and that “…”`, `calls it “…” and says
/// … “…”`) share the source the sentence takes from the one before, or from a credit after
/// it; a quote after a semicolon or of someone else's does not.
#[test]
fn quotes_joined_in_one_saying_share_their_source() {
    let e = extract_as(
        DocKind::Markdown,
        "The ordinance was adopted on [12 March](https://city.example/m.pdf) after two \
         readings. The ordinance says that \"a coop shall stand no less than three metres \
         away\" and that \"no more than six hens may be kept per household.\"\n\n\
         Aftenposten calls it \"a mandate for caution, not for change\" and says the \
         coalition will be \"fragile from the first day\". ([Aftenposten](https://ap.example/x))\n\n\
         The plan was published [in May](https://city.example/plan). The plan says that \
         \"every street will have a bin within fifty metres\"; residents called it \"a \
         promise nobody believes any more\".\n",
    );
    assert_eq!(
        cited(&e, "no more than six"),
        [url("https://city.example/m.pdf", Attribution::Preceding)]
    );
    assert_eq!(
        cited(&e, "a mandate for caution"),
        [url("https://ap.example/x", Attribution::Link)]
    );
    assert_eq!(
        cited(&e, "every street"),
        [url("https://city.example/plan", Attribution::Preceding)]
    );
    assert_eq!(cited(&e, "a promise nobody"), []);
}

/// Related-story lists named in other languages (`relacionados`, `leia-tambem`,
/// `articles-connexes`) and `more-stories` are page furniture: their headlines are no
/// quotations of the article.
#[test]
fn related_lists_named_in_other_languages_are_furniture() {
    for class in [
        "relacionados",
        "leia-tambem",
        "articles-connexes",
        "more-stories",
        "box-lire-aussi",
    ] {
        let e = extract_as(
            DocKind::Html,
            &format!(
                "<main><article><h1>Escolas</h1><p>O ministro disse que “os exames vão voltar \
                 no próximo ano letivo”.</p></article><aside class=\"{class}\"><ul><li><a \
                 href=\"/educacao/exames\">“Exames nacionais voltam a ser obrigatórios”, \
                 anuncia ministro</a></li></ul></aside></main>"
            ),
        );
        let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            texts,
            ["os exames vão voltar no próximo ano letivo"],
            "{class}"
        );
    }
}

/// After a link to an issue or pull request, its reporter and maintainers are what the next
/// sentence names (`The reporter wrote that …`, `The maintainers declined, noting that …`).
#[test]
fn an_issue_link_is_taken_up_by_its_reporter_and_maintainers() {
    let e = extract_as(
        DocKind::Markdown,
        "- Fixed a panic on an empty header ([#1842](https://git.example.com/p/issues/1842)). \
         The reporter wrote that it \"panics every time our corporate proxy redirects to \
         itself\".\n\
         - Caching stays off by default ([#311](https://git.example.com/p/pull/311)).\n\n\
         The maintainers declined, noting that it \"would make the common case slower to \
         speed up the rare one\".\n\n\
         Sales rose, according to [the survey](https://stats.example/s). The reporter wrote \
         that shops were \"busier than at any time since the spring of 2019\".\n",
    );
    assert_eq!(
        cited(&e, "panics every time"),
        [url(
            "https://git.example.com/p/issues/1842",
            Attribution::Preceding
        )]
    );
    // Not across a list item into a paragraph.
    assert_eq!(cited(&e, "would make the common"), []);
    // A reporter of a survey is someone else.
    assert_eq!(cited(&e, "busier than at any"), []);
}
