//! The sixty-fourth session's held-out evaluation of Markdown and plain-text articles: a
//! Jekyll post in kramdown, a MkDocs Material page, a GitHub issue thread, a Stack Exchange
//! answer with reference links, and a plain-text parliamentary debate.

use citecheck::model::{Attribution, LinkKind, QuoteKind};

use crate::support::{
    cites, extract_fixture, extract_markdown, link_urls, note, one_footnote, only_note, quote,
    texts, url_ties,
};

/// A Jekyll post: Liquid tags and kramdown's attribute lists are no quotations and no text of
/// one; an edition's description (`4th ed. incorporating the first and second addenda`) is
/// no publisher; the idiom `the same way` ties a speaker's words to no work.
#[test]
fn jekyll_kramdown_post() {
    let e = extract_fixture("fixtures/articles/jekyll-kramdown-post.md");
    let agency = note(&e, "agency");
    assert_eq!(
        agency.title.as_deref(),
        Some("State of the Rivers 2023: Summary Report")
    );
    assert_eq!(agency.date.as_deref(), Some("March 2024"));
    let ons = note(&e, "ons");
    assert_eq!(ons.date.as_deref(), Some("15 February 2024"));
    let who = note(&e, "who");
    assert_eq!(
        who.title.as_deref(),
        Some("Guidelines for Drinking-water Quality")
    );
    assert_eq!(who.publisher.as_deref(), Some("WHO"));
    assert_eq!(who.date.as_deref(), Some("2022"));
    assert_eq!(e.quotes.len(), 7, "{:#?}", texts(&e));
    assert_eq!(
        cites(&e, "nitrate concentrations"),
        [(Some("agency"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "the apparent improvement"),
        [(Some("ons"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        url_ties(&e, "only 40 per cent"),
        [(
            Some("https://www.example.org/eea/water-2022".to_string()),
            Attribution::Link
        )]
    );
    let block = quote(&e, "Guideline values are set");
    assert_eq!(block.kind, QuoteKind::Block);
    assert!(!block.text.contains('{'), "{:?}", block.text);
    assert!(quote(&e, "The water looks the same way")
        .citations
        .is_empty());
    assert!(quote(&e, "but the mayfly").citations.is_empty());
    assert!(e.uncited_markers.is_empty(), "{:?}", e.uncited_markers);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// A MkDocs Material page: an admonition's indented body is prose (its quotation cited by
/// its note), a `!!! quote` box is introduced by the paragraph above its header line, a
/// code tab's URL and a snippet line are no links or quotations, and a version number is no
/// publisher.
#[test]
fn mkdocs_material_page() {
    let e = extract_fixture("fixtures/articles/mkdocs-material-page.md");
    let urls = link_urls(&e);
    assert!(
        !urls.iter().any(|u| u.contains("git.example.org")),
        "{urls:?}"
    );
    assert!(
        !urls.iter().any(|u| u.contains("retention-warning")),
        "{urls:?}"
    );
    let pci = note(&e, "pci");
    assert_eq!(pci.authors, ["PCI Security Standards Council"]);
    assert_eq!(pci.publisher, None);
    assert_eq!(pci.date.as_deref(), Some("March 2022"));
    let cloud = note(&e, "cloud");
    assert_eq!(
        cloud.title.as_deref(),
        Some("Best practices for log retention")
    );
    assert_eq!(cloud.date.as_deref(), Some("8 August 2023"));
    assert_eq!(e.quotes.len(), 5, "{:#?}", texts(&e));
    assert_eq!(quote(&e, "Retain audit log history").kind, QuoteKind::Block);
    assert_eq!(
        cites(&e, "Retain audit log history"),
        [(Some("pci"), Attribution::IntroMarker)]
    );
    assert_eq!(
        cites(&e, "must be retained"),
        [(Some("fca"), Attribution::MarkerInSentence)]
    );
    assert_eq!(
        cites(&e, "you must not keep"),
        [(Some("ico"), Attribution::MarkerAfter)]
    );
    assert!(quote(&e, "a year of logs").citations.is_empty());
    assert_eq!(
        cites(&e, "a retention period"),
        [(Some("cloud"), Attribution::MarkerAfter)]
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// A GitHub issue thread: `#1104`, `owner/repo#45` and commit hashes are no notes; the
/// spec's grammar is cited by the linked sentence before it; `At the same time` ties an
/// aphorism to no work; a reply's `>` quotation of an earlier comment is no quotation.
#[test]
fn github_issue_thread() {
    let e = extract_fixture("fixtures/articles/github-issue-thread.md");
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    assert!(e.uncited_markers.is_empty(), "{:?}", e.uncited_markers);
    let n = note(&e, "1");
    assert_eq!(
        n.title.as_deref(),
        Some("HTTP Desync Attacks: Request Smuggling Reborn")
    );
    assert_eq!(n.authors, ["James Kettle"]);
    assert_eq!(n.publisher.as_deref(), Some("PortSwigger Research"));
    assert_eq!(n.date.as_deref(), Some("7 August 2019"));
    assert_eq!(e.links.len(), 4, "{:#?}", link_urls(&e));
    assert_eq!(
        url_ties(&e, "Content-Length = 1*DIGIT"),
        [(
            Some("https://rfc.example.org/rfc9110#section-8.6".to_string()),
            Attribution::Link
        )]
    );
    assert_eq!(
        url_ties(&e, "Requests with a malformed"),
        [(
            Some("https://proxy.example.org/docs/hardening#request-smuggling".to_string()),
            Attribution::Link
        )]
    );
    assert!(quote(&e, "be conservative").citations.is_empty());
    // (The replies quoting earlier comments repeat the thread's own words: no quotations.)
    assert!(
        !texts(&e)
            .iter()
            .any(|t| t.starts_with("I think we should") || t.starts_with("Do we know who")),
        "{:#?}",
        texts(&e)
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// A Stack Exchange answer: reference links (`[the spec][1]`, a bare `[3]`) are links, not
/// notes; a block quotation introduced by `Step 10 is the one that matters here:` is cited
/// by the specification the sentence before links.
#[test]
fn stackexchange_answer() {
    let e = extract_fixture("fixtures/articles/stackexchange-answer.md");
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
    assert!(e.uncited_markers.is_empty(), "{:?}", e.uncited_markers);
    assert_eq!(e.links.len(), 6, "{:#?}", link_urls(&e));
    assert!(e.links.iter().all(|l| l.kind == LinkKind::Reference));
    assert_eq!(
        url_ties(&e, "Let n be an integer"),
        [(
            Some("https://tc39.example.org/ecma262/#sec-number.prototype.tofixed".to_string()),
            Attribution::Link
        )]
    );
    assert_eq!(
        url_ties(&e, "Floating point numbers"),
        [(
            Some(
                "https://developer.example.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Number/toFixed"
                    .to_string()
            ),
            Attribution::Link
        )]
    );
    assert_eq!(
        url_ties(&e, "the result of a conversion"),
        [(
            Some("https://doi.org/10.1145/103162.103163".to_string()),
            Attribution::Link
        )]
    );
    assert!(quote(&e, "tie").short);
    assert!(
        !texts(&e).iter().any(|t| t.contains("1.00")),
        "{:?}",
        texts(&e)
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// A parliamentary debate in plain text: column numbers, `(HC 123, para 47)` and
/// `[Interruption.]` are no notes; a session (`Session 2021-22`) is no publisher.
#[test]
fn hansard_debate() {
    let e = extract_fixture("fixtures/articles/hansard-debate.txt");
    assert_eq!(e.footnotes.len(), 2, "{:#?}", e.footnotes);
    assert!(e.uncited_markers.is_empty(), "{:?}", e.uncited_markers);
    let nao = note(&e, "1");
    assert_eq!(nao.title.as_deref(), Some("Managing flood risk"));
    assert_eq!(nao.authors, ["National Audit Office"]);
    assert_eq!(nao.publisher, None);
    assert_eq!(nao.date.as_deref(), Some("26 November 2021"));
    let ea = note(&e, "2");
    assert_eq!(ea.date.as_deref(), Some("July 2020"));
    assert_eq!(e.quotes.len(), 7, "{:#?}", texts(&e));
    assert!(quote(&e, "the current funding formula")
        .citations
        .is_empty());
    assert!(quote(&e, "Partnership funding").citations.is_empty());
    assert_eq!(
        cites(&e, "the Agency does not know"),
        [(Some("1"), Attribution::MarkerAfter)]
    );
    assert_eq!(
        cites(&e, "by 2050"),
        [(Some("2"), Attribution::MarkerAfter)]
    );
    assert!(e
        .quotes
        .iter()
        .filter(|q| q.text.starts_with("no community"))
        .all(|q| q.citations.is_empty()));
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// What is left of a note's segment once its bracketed date is gone may be a version
/// (`version 4.0 (March 2022)`); a session alone (`Session 2021-22`) numbers a paper; words
/// all in lower case describe an edition: none of them is who published the work.
#[test]
fn versions_sessions_and_descriptions_are_no_publishers() {
    for (text, publisher) in [
        (
            "PCI Council, *Data Standard*, version 4.0 (March 2022), https://pci.example.org/a.",
            None,
        ),
        (
            "National Audit Office, Managing flood risk, HC 962, Session 2021-22, 26 November 2021, https://nao.example.org/a",
            None,
        ),
        (
            "World Health Organization, *Guidelines for Water*, 4th ed. incorporating the first addendum (Geneva: WHO, 2017), https://who.example.org/a.",
            Some("WHO"),
        ),
        // (Still: an edition before its imprint, a press after a second edition.)
        ("Jane Roe, *Book Title*, 2nd ed. (London: Verso, 2019), 45.", Some("Verso")),
        (
            "Jane Roe, *Book Title*, second edition (Oxford: Clarendon Press, 2019).",
            Some("Clarendon Press"),
        ),
    ] {
        let e = one_footnote(text);
        assert_eq!(only_note(&e).publisher.as_deref(), publisher, "{text}");
    }
}

/// A block quotation's introduction that names, after a sentence linking a work, that work
/// again (`The specification says:`) or a numbered part of it (`Its step 10 says:`) takes
/// that link; one naming someone else takes nothing.
#[test]
fn a_lead_in_naming_the_work_or_its_part_again() {
    const BLOCK: &str = "> Let n be an integer for which the value is as close to zero as \
                         possible, and pick the larger one.\n";
    for (lead, tied) in [
        ("Step 10 is the one that matters here:", true),
        ("Its section 4.2 reads:", true),
        ("The specification says:", true),
        ("The minister says:", false),
        ("Here is what I think:", false),
    ] {
        let text = format!(
            "The algorithm is spelled out in [the specification](https://spec.example.org/a), \
             section 21. {lead}\n\n{BLOCK}"
        );
        let e = extract_markdown(&text);
        let want = if tied {
            vec![(
                Some("https://spec.example.org/a".to_string()),
                Attribution::Link,
            )]
        } else {
            vec![]
        };
        assert_eq!(url_ties(&e, "Let n be"), want, "{lead}");
    }
}

/// Idioms with `the same` (`At the same time`, `The same way`, `a lot of the same`) name no
/// work again: a quotation after them stays uncited.
#[test]
fn same_idioms_tie_nothing() {
    let e = extract_markdown(
        "A ten-year study at the farm has now reported.[^1] I read a lot of the same. At the \
         same time, critics say that \"yields rose in every plot we measured over the \
         decade\".\n\nThe same way, they say \"nothing changed in the control plots after \
         the first year\".\n\n[^1]: A. Lind, \"Ten years,\" *Farm Journal*, 2021, \
         https://farm.example.org/a.\n",
    );
    assert_eq!(e.quotes.len(), 2, "{:#?}", texts(&e));
    assert!(
        e.quotes.iter().all(|q| q.citations.is_empty()),
        "{:#?}",
        e.quotes
    );
}

/// A Markdown block quotation credited on the line after it, `— [Name](…), *Title*`, with
/// an em dash: the link in that line cites it.
#[test]
fn an_em_dash_credit_line_with_a_link() {
    let e = extract_markdown(
        "Some words first.\n\n> The river does not forgive those who forget it, and it \
         never has, not once in a thousand years of floods.\n\n— [Jane \
         Roe](https://roe.example.org/essays/river), *The Forgetting River*\n",
    );
    assert_eq!(
        url_ties(&e, "The river does not forgive"),
        [(
            Some("https://roe.example.org/essays/river".to_string()),
            Attribution::Link
        )]
    );
}

/// An MkDocs `!!! quote` box, titled or not, is introduced by the paragraph above its header
/// line as a `>` quotation would be: that paragraph's last marker cites it.
#[test]
fn a_quote_box_is_introduced_by_the_paragraph_above_its_header() {
    for header in [
        "!!! quote",
        "!!! quote \"PCI DSS v4.0, requirement 10.5.1\"",
    ] {
        let e = extract_markdown(&format!(
            "The numbers come from the standard we certify against.[^pci]\n\n{header}\n\n    \
             Retain audit log history for at least 12 months, with at least the most recent \
             three\n    months immediately available for analysis.\n\n[^pci]: PCI Council, \
             *Data Standard*, 2022, https://pci.example.org/a.\n"
        ));
        assert_eq!(
            cites(&e, "Retain audit log"),
            [(Some("pci"), Attribution::IntroMarker)],
            "{header}"
        );
    }
}
