//! The thirty-first session's evaluation of articles as publishing systems emit them: a
//! note's date written with slashes or hyphens, day and month either way round, kept as
//! written (it came out as the year alone); and the chrome such pages put round an article
//! (a sponsored feed, a post's closing call to action, webmentions, a paper's cited-by
//! list), whose quotations are none of the article's.

use citecheck::model::DocKind;

use crate::support::{extract_as, note};

#[test]
fn numeric_dates_with_slashes_or_hyphens_are_kept_whole() {
    let md = "The council said so.[^a][^b][^c][^d][^e]\n\n\
        [^a]: Hale, Ruth. \"Bridge works\". Harbour Courier, 12/05/2024. <https://example.org/a>\n\
        [^b]: Lund, Ivo. \"Ferry times\". Island News, 5/12/2024, accessed 6/1/2025. <https://example.org/c>\n\
        [^c]: Varga, Ines. \"Depot\". Coast Post, 31/12/2023. <https://example.org/d>\n\
        [^d]: Pike, Tom. \"Tolls\". Town Herald, 14-03-2022. <https://example.org/e>\n\
        [^e]: Moss, Bryn. \"Report 7/2/2023 series\". Harbour Board, 2023. <https://example.org/f>\n";
    let e = extract_as(DocKind::Markdown, md);
    for (label, date) in [
        ("a", "12/05/2024"),
        ("b", "5/12/2024"),
        ("c", "31/12/2023"),
        ("d", "14-03-2022"),
    ] {
        assert_eq!(note(&e, label).date.as_deref(), Some(date), "note {label}");
    }
    // Not a date: a day or month past 31 or 12 both ways, or a run of numbers.
    let e = extract_as(
        DocKind::Markdown,
        "Said.[^x][^y]\n\n[^x]: Table 13/14/2024. Harbour Board.\n\
         [^y]: Series 1/2/3/2024. Harbour Board.\n",
    );
    for label in ["x", "y"] {
        assert_eq!(
            note(&e, label).date.as_deref(),
            Some("2024"),
            "note {label}"
        );
    }
}

#[test]
fn quotations_in_a_pages_feeds_and_appeals_are_not_the_articles() {
    let html = "<!DOCTYPE html><html><body><main><article>\
        <h1>The harbour wall</h1>\
        <p>The engineer said the wall was &ldquo;sound for another fifty years at \
        least&rdquo; <a href=\"https://example.org/survey\">in her survey</a>.</p>\
        <div class=\"post-end-cta\"><p>&ldquo;The best newsletter about harbours I have \
        ever read,&rdquo; says one reader. Subscribe now.</p></div>\
        <section class=\"webmentions\"><div class=\"h-cite\"><p>Reply from another site: \
        &ldquo;I walked that wall last summer and loved it&rdquo;.</p></div></section>\
        <div class=\"cited-by\"><h2>Cited by</h2><p>Moss (2025) &ldquo;Sea walls of the \
        east coast compared&rdquo;.</p></div>\
        <div class=\"taboola-feed\"><a href=\"https://ads.example.com/x\">&ldquo;Doctors \
        hate this one simple trick for your knees&rdquo;</a></div>\
        </article></main></body></html>";
    let e = extract_as(DocKind::Html, html);
    let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["sound for another fifty years at least"]);
}

/// Regression: a marker in brackets of its own round its link, inside a block quotation
/// (`… night-time noise [<a href="#fn1">1</a>].`), left `[]` in the quote's text.
#[test]
fn a_bracketed_marker_leaves_no_brackets_in_the_quote() {
    let html = "<!DOCTYPE html><html><body><main><article>\
        <p>The study put it plainly:</p>\
        <blockquote><p>Green space went with better sleep only where the streets were \
        quiet at night [<a href=\"#fn1\" id=\"r1\">1</a>].</p></blockquote>\
        <p>Readers wrote in [<a href=\"#fn1\">1</a>], and \u{201C}the streets were quiet \
        [<a href=\"#fn1\">1</a>] at night\u{201D} was the line they quoted.</p>\
        <ol><li id=\"fn1\">Okafor, Ruth. <a href=\"https://example.org/sleep\">Sleep and \
        streets</a>. 2021.</li></ol></article></main></body></html>";
    let e = extract_as(DocKind::Html, html);
    let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Green space went with better sleep only where the streets were quiet at night.",
            "the streets were quiet at night",
        ]
    );
    assert!(
        e.quotes[0]
            .citations
            .iter()
            .any(|c| c.footnote.as_deref() == Some("1")),
        "{:?}",
        e.quotes[0].citations
    );
}

/// A block quotation's introduction that ends with a colon takes no marker of the sentence
/// before it (`… scarce”.[1] The association rejects even that:`); and the paragraph after
/// it refers back in more of the ways writers do: `The association issued that statement
/// …[2]`, `That was the verdict of …[1]`, `That is how one reporter summed up …[1]`,
/// `That recommendation was recorded in the minutes.[1]`. A paragraph that moves on cites
/// nothing of it.
#[test]
fn introductions_and_back_references_in_cms_markup() {
    let quote = "<blockquote><p>There is no evidence that careful hobby beekeeping harms \
        wild bees in any way.</p></blockquote>";
    let notes = "<section class=\"footnotes\"><ol>\
        <li id=\"fn1\"><p>Survey, <a href=\"https://example.org/one\">One</a>.</p></li>\
        <li id=\"fn2\"><p>Guild, <a href=\"https://example.org/two\">Two</a>.</p></li>\
        </ol></section>";
    let sup = |n: u8| format!("<a href=\"#fn{n}\" class=\"footnote-ref\"><sup>{n}</sup></a>");
    let cases = [
        (
            format!(
                "<p>The survey says only that &ldquo;bees may compete where forage is \
                 scarce&rdquo;.{} The association rejects even that:</p>{quote}<p>The \
                 association issued that statement in the summer.{}</p>",
                sup(1),
                sup(2)
            ),
            Some("2"),
        ),
        (
            format!("{quote}<p>That was the verdict of the keepers' guild last autumn,{} which met in May.</p>", sup(1)),
            Some("1"),
        ),
        (
            format!("{quote}<p>That is how one keeper summed up the mood.{}</p>", sup(1)),
            Some("1"),
        ),
        (
            format!("{quote}<p>That recommendation was recorded in the minutes.{}</p>", sup(1)),
            Some("1"),
        ),
        (
            format!("{quote}<p>The guild meets again in May to elect a chair.{}</p>", sup(1)),
            None,
        ),
    ];
    for (body, want) in cases {
        let html = format!("<!DOCTYPE html><html><body><main><article>{body}{notes}</article></main></body></html>");
        let e = extract_as(DocKind::Html, &html);
        let q = e
            .quotes
            .iter()
            .find(|q| q.text.starts_with("There is no evidence"))
            .expect("the block quote");
        let got: Vec<Option<&str>> = q.citations.iter().map(|c| c.footnote.as_deref()).collect();
        match want {
            Some(n) => assert_eq!(got, [Some(n)], "{body}"),
            None => assert!(got.is_empty(), "{body}: {got:?}"),
        }
    }
}

/// PubMed Central's reference list (`<ul class="back-ref-list">`, each `<li id="R1">`
/// cited by `[<a href="#R1" class="bibr">1</a>]`) is a notes list: the quote is tied to
/// its reference, and no marker is reported without a note. A body named `… of X and Y`
/// (`Office of Rail and Road`) is one author, not two.
#[test]
fn a_pmc_reference_list_and_an_organisation_with_and() {
    let html = "<!DOCTYPE html><html><body><article>\
        <div class=\"tsec sec\"><h2>Introduction</h2><p>Okafor and Lind reported that \
        &ldquo;each extra hundred metres to the nearest park went with lower \
        wellbeing&rdquo; [<a href=\"#R1\" rid=\"R1\" class=\" bibr popnode\">1</a>].</p></div>\
        <div id=\"ref-list-a\" class=\"tsec sec\"><h2>References</h2>\
        <div class=\"ref-list-sec sec\"><ul class=\"back-ref-list\">\
        <li id=\"R1\"><span class=\"element-citation\">Okafor C, Lind T. Distance to green \
        space and wellbeing. <span class=\"ref-journal\">J Public Health. </span>2019;41(3):\
        112&ndash;9. [<a href=\"https://doi.org/10.5555/jph.2019.112\">DOI</a>]</span></li>\
        </ul></div></div></article></body></html>";
    let e = extract_as(DocKind::Html, html);
    let n = note(&e, "1");
    assert_eq!(n.urls, ["https://doi.org/10.5555/jph.2019.112"]);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(e.quotes.len(), 1);
    assert_eq!(e.quotes[0].citations[0].footnote.as_deref(), Some("1"));

    let md = "Usage rose.[^1]\n\n[^1]: Office of Rail and Road, \u{201C}Passenger rail \
        usage,\u{201D} 7 December 2023, <https://example.org/orr>\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(note(&e, "1").authors, ["Office of Rail and Road"]);
}
