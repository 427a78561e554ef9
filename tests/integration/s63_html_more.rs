//! Leftovers of the sixty-third session's evaluation of HTML articles: a link whose only
//! content is a furniture icon is furniture too, a paper's own PubMed record (declared in its
//! `<meta>`) is itself and no source, and a journal's subject link over the title is the
//! journal's page of the field, as a news kicker's is the section's.

use citecheck::model::DocKind;

use crate::support::{extract_as, extract_fixture, furniture, own_urls};

/// An e-mail's `Forward to a friend` icon was furniture (its alt a tool's label) but the link
/// around it was one of the article's, to be checked as a source. A link around an icon that
/// is no furniture, a link with words beside its icon, and an empty link before a furniture
/// icon stay the article's.
#[test]
fn a_link_around_a_furniture_icon_is_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><p>The harbour board met on Tuesday and published \
         <a href=\"https://example.org/papers.pdf\">its papers</a>.</p>\n\
         <p><a href=\"https://click.example.org/fwd\"><img src=\"https://cdn.example.org/fwd.png\" \
         alt=\"Forward to a friend\"></a> \
         <a href=\"https://click.example.org/follow\"><img src=\"https://cdn.example.org/f.png\" \
         alt=\"Follow us\"></a> \
         <a href=\"https://example.org/chart\"><img src=\"https://cdn.example.org/u.png\" \
         alt=\"Unsubscribe\"> the chart</a> \
         <a href=\"https://example.org/empty\"></a><img src=\"https://cdn.example.org/u2.png\" \
         alt=\"Unsubscribe\"></p></body></html>\n",
    );
    assert!(furniture(&e, "https://cdn.example.org/fwd.png"));
    assert!(furniture(&e, "https://click.example.org/fwd"));
    assert_eq!(
        own_urls(&e),
        [
            "https://example.org/papers.pdf",
            "https://click.example.org/follow",
            "https://example.org/chart",
            "https://example.org/empty",
        ]
    );
}

/// The newsletter fixture: its `Forward to a friend` icon's link is furniture, as the icon
/// is; the `Follow us` icon and its link stay as they were.
#[test]
fn the_newsletters_forward_icon_link_is_furniture() {
    let e = extract_fixture("fixtures/articles/email-newsletter.html");
    assert!(furniture(
        &e,
        "https://cdn.estuarybrief.example.org/icons/forward.png"
    ));
    assert!(furniture(
        &e,
        "https://click.example.org/ls/click?upn=u001.Kx9Qm2vLw-2Bforward-3D-3D_kLmN"
    ));
    assert!(!furniture(
        &e,
        "https://click.example.org/ls/click?upn=u001.Kx9Qm2vLw-2Bhttps-3A-2F-2Fsocial.example.org-2Festuarybrief_gHiJ"
    ));
}

/// A paper's page declaring its PubMed identifier (`citation_pmid`, or `dc.identifier` of
/// `pmid:…`) linked its own record beside the title (`PMID: 38112233`): the article itself,
/// no source, as a link to its own DOI already was. The records of the works it cites, and a
/// record on a page declaring none, stay links.
#[test]
fn a_papers_own_pubmed_record_is_furniture() {
    let page = |meta: &str| {
        format!(
            "<html><head><meta name=\"citation_doi\" content=\"10.5555/jsh.2024.0318\">{meta}\
             </head><body><article>\n\
             <div class=\"citation\">J Sch Health. 2024. doi: \
             <a href=\"https://doi.org/10.5555/jsh.2024.0318\">10.5555/jsh.2024.0318</a></div>\n\
             <h1>Hand-washing stations in rural primary schools</h1>\n\
             <div class=\"ids\">PMCID: PMC9900112 PMID: \
             <a href=\"https://pubmed.example.gov/38112233/\">38112233</a> \
             <a href=\"https://www.ncbi.example.gov/pubmed/38112233\">PubMed</a> \
             <a href=\"https://europepmc.example.org/article/MED/38112233\">Europe PMC</a></div>\n\
             <p>Absence fell in schools with stations, as a \
             <a href=\"https://pubmed.example.gov/31900001/\">meta-analysis</a> predicted.</p>\n\
             </article></body></html>\n"
        )
    };
    let ids = [
        "https://pubmed.example.gov/38112233/",
        "https://www.ncbi.example.gov/pubmed/38112233",
        "https://europepmc.example.org/article/MED/38112233",
    ];
    for meta in [
        "<meta name=\"citation_pmid\" content=\"38112233\">",
        "<meta name=\"DC.Identifier\" content=\"pmid:38112233\">",
        "<meta name=\"dc.identifier\" content=\"info:pmid/38112233\">",
    ] {
        let e = extract_as(DocKind::Html, &page(meta));
        assert_eq!(
            own_urls(&e),
            ["https://pubmed.example.gov/31900001/"],
            "{meta}"
        );
    }
    // No PMID declared (only the DOI): the records are links, as before.
    let e = extract_as(DocKind::Html, &page(""));
    let mut expected = ids.to_vec();
    expected.push("https://pubmed.example.gov/31900001/");
    assert_eq!(own_urls(&e), expected);
    // A short identifier, declared as `pmid:…`.
    let e = extract_as(
        DocKind::Html,
        &page("<meta name=\"dc.identifier\" content=\"PMID:381\">").replace("38112233", "381"),
    );
    assert_eq!(own_urls(&e), ["https://pubmed.example.gov/31900001/"]);
    // Another paper's PMID declared: its record is not this one's.
    let e = extract_as(
        DocKind::Html,
        &page("<meta name=\"citation_pmid\" content=\"3811223\">"),
    );
    assert_eq!(own_urls(&e), expected);
}

/// A journal's subject link over the title (eLife's `content-header__subject_list`,
/// `/subjects/ecology`) was one of the article's links, to be checked as a source, while a
/// news kicker's link (`a.article__kicker`) was the site's. A subject named in the text stays
/// a link.
#[test]
fn a_journals_subject_link_is_a_kicker() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article>\n<header>\
         <ul class=\"content-header__subject_list\"><li class=\"content-header__subject_list_item\">\
         <a href=\"https://journal.example.org/subjects/ecology\" \
         class=\"content-header__subject_link\">Ecology</a></li></ul>\n\
         <div class=\"subject-tags\"><a href=\"https://journal.example.org/subjects/birds\">Birds</a></div>\n\
         <h1>Night-time light delays the dawn chorus</h1></header>\n\
         <p>Blackbirds sang earlier under street lights, as \
         <a href=\"https://journal.example.org/subjects/ecology/review\">a review</a> \
         of the subject found.</p>\n\
         <p class=\"subject\"><a href=\"https://example.org/subject\">Subject access requests</a> rose.</p>\n\
         </article></body></html>\n",
    );
    assert!(furniture(
        &e,
        "https://journal.example.org/subjects/ecology"
    ));
    assert!(furniture(&e, "https://journal.example.org/subjects/birds"));
    assert_eq!(
        own_urls(&e),
        [
            "https://journal.example.org/subjects/ecology/review",
            "https://example.org/subject",
        ]
    );
}

/// The eLife fixture: its subject link (`Ecology`) is the journal's, as the news fixture's
/// kicker is the site's.
#[test]
fn the_jats_articles_subject_link_is_furniture() {
    let e = extract_fixture("fixtures/articles/elife-jats-article.html");
    assert!(furniture(
        &e,
        "https://elifesciences.example.org/subjects/ecology"
    ));
    let kicker = extract_fixture("fixtures/articles/news-kicker-byline.html");
    assert!(furniture(
        &kicker,
        "https://post.example.org/news/local/housing"
    ));
}
