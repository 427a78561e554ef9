//! The fifty-fifth session's quote attribution (area attrib): a MediaWiki `{{quote}}` whose
//! credit holds its own marker, a link in a relative clause of the subject before `found
//! that "…"`, a sentence after the quotation naming its source (`That remark is buried in
//! …`), a superscript digit linking elsewhere, a Ghost pull quote repeating an excerpt, and a
//! wiki link naming the speaker.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as, texts, url_ties};

/// Regression: a MediaWiki `{{quote}}` whose `templatequotecite` holds `[7]` was tied to the
/// paragraph above's last marker `[2]` (`intro_marker`).
#[test]
fn a_wiki_quote_template_is_cited_by_the_marker_in_its_credit() {
    let html = r##"<html><body><div class="mw-parser-output">
<p>The ferry company published its timetable review that spring.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<div class="templatequote"><blockquote class="templatequote"><p>No crossing pays for itself in winter, but every crossing keeps an island school open.</p></blockquote><div class="templatequotecite">&#8212;&#8202;<cite>Tomas Lindqvist, harbour master<sup id="cite_ref-7" class="reference"><a href="#cite_note-7">[7]</a></sup></cite></div></div>
<h2><span class="mw-headline" id="Notes">Notes</span></h2>
<ol class="references">
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text"><a class="external text" href="https://ferries.example.org/review">"Timetable Review"</a>. Skerry Ferries. 2021.</span></li>
<li id="cite_note-7"><span class="mw-cite-backlink"><b><a href="#cite_ref-7">^</a></b></span> <span class="reference-text"><a class="external text" href="https://islands.example.org/hearing">"Hearing on island services"</a>. Island Council. 3 March 2020.</span></li>
</ol></div></body></html>"##;
    let e = extract_as(DocKind::Html, html);
    let c = cites(&e, "No crossing pays");
    assert_eq!(
        c,
        vec![(Some("7"), Attribution::Following)],
        "{:#?}",
        e.quotes
    );
}

/// Regression: `The parish's own survey, which the [residents' association published](…),
/// found that “…”` left the quotation uncited: the relative clause was taken for an aside.
/// A clause naming another work still keeps its link off the quotation.
#[test]
fn a_link_saying_who_published_the_subject_cites_its_finding() {
    let html = r#"<html><body><article>
<p>The parish's own survey, which the <a href="https://residents.example.org/travel-survey">residents' association published</a>, found that &#8220;nearly two thirds of the village drives to the station every weekday&#8221;.</p>
<p>The council's review, which <a href="https://older.example.org/study">draws on an older study</a>, concluded that &#8220;the bus timetable suits nobody who works a late shift in town&#8221;.</p>
</article></body></html>"#;
    let e = extract_as(DocKind::Html, html);
    assert_eq!(
        url_ties(&e, "nearly two thirds"),
        vec![(
            Some("https://residents.example.org/travel-survey".to_string()),
            Attribution::Link
        )],
        "{:#?}",
        e.quotes
    );
    assert!(
        url_ties(&e, "the bus timetable").is_empty(),
        "{:#?}",
        e.quotes
    );
}

/// Regression: `“…”. That concession is buried on page twelve of its [asset plan](…).` and,
/// under a block quotation, `That bluntness comes from Harwick's [housing audit](…)` left
/// the quotation uncited. A sentence placing something else (`That pumping station is in
/// the [north of the county](…)`) still cites nothing.
#[test]
fn a_sentence_after_naming_where_the_words_are_cites_them() {
    let md = "The water board now concedes that \"the old pumping station was never going to \
              meet the summer demand\". That concession is buried on page twelve of its \
              [asset plan](https://water.example.org/asset-plan.pdf).\n\n\
              Residents say \"the new pumping station has been silent since the day it \
              opened\". That station is in the \
              [north of the county](https://maps.example.org/north).\n";
    let e = extract_as(DocKind::Markdown, md);
    assert_eq!(
        url_ties(&e, "the old pumping"),
        vec![(
            Some("https://water.example.org/asset-plan.pdf".to_string()),
            Attribution::Following
        )],
        "{:#?}",
        e.quotes
    );
    assert!(
        url_ties(&e, "the new pumping").is_empty(),
        "{:#?}",
        e.quotes
    );

    let html = r#"<html><body><article>
<blockquote>We have no funded plan for half of the homes on the estate, and we will not claim that we do.</blockquote>
<p>That bluntness comes from Harwick's <a href="https://harwick.example.gov/housing-audit-2022">2022 housing audit</a>, and it is unusual.</p>
</article></body></html>"#;
    let e = extract_as(DocKind::Html, html);
    assert_eq!(
        url_ties(&e, "We have no funded plan"),
        vec![(
            Some("https://harwick.example.gov/housing-audit-2022".to_string()),
            Attribution::Following
        )],
        "{:#?}",
        e.quotes
    );
}

/// Regression: a link to another page shown as a superscript digit (`<a
/// href="https://…/plan.pdf">²</a>`) tied the quotation rightly but also warned `footnote
/// marker 2 has no matching note`.
#[test]
fn a_superscript_digit_linking_elsewhere_is_no_note_marker() {
    let html = r#"<html><body><article>
<p>Northgate's strategy promises that the town will &#8220;plant a street tree for every child born here each year until 2035&#8221;.<a href="https://northgate.example.gov/trees/strategy-2023.pdf">²</a></p>
</article></body></html>"#;
    let e = extract_as(DocKind::Html, html);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    assert_eq!(
        url_ties(&e, "plant a street tree"),
        vec![(
            Some("https://northgate.example.gov/trees/strategy-2023.pdf".to_string()),
            Attribution::Link
        )],
        "{:#?}",
        e.quotes
    );
}

/// Regression: Ghost's `kg-blockquote-alt` pull quote repeating the end of the block
/// quotation above it, its first letter raised, was a second, uncited quotation.
#[test]
fn a_pull_quote_repeating_an_excerpt_of_a_quotation_is_no_quotation() {
    let html = r#"<html><body><article class="post"><section class="gh-content">
<p>Ruth Abara said it plainly in her <a href="https://board.example.org/minutes/2023-11">November remarks</a>:</p>
<blockquote>When the last bus leaves at nine, a night nurse learns exactly how little the county thinks of her work.</blockquote>
<blockquote class="kg-blockquote-alt">A night nurse learns exactly how little the county thinks of her work.</blockquote>
<p>The county did not respond.</p>
</section></article></body></html>"#;
    let e = extract_as(DocKind::Html, html);
    assert_eq!(
        texts(&e),
        vec![
            "When the last bus leaves at nine, a night nurse learns exactly how little the \
             county thinks of her work."
        ],
        "{:#?}",
        e.quotes
    );
}

/// Regression: on a wiki page, `<a href="/wiki/Ada_Brennan">Ada Brennan</a> once said that
/// “…”` tied the quotation to the person's article.
#[test]
fn a_wiki_link_naming_the_speaker_is_not_the_source() {
    let html = r#"<html><body class="mediawiki"><div class="mw-parser-output">
<p>The orchestra's first conductor, <a href="/wiki/Ada_Brennan">Ada Brennan</a>, once said that "a rehearsal is the only concert nobody pays to hear".</p>
</div></body></html>"#;
    let e = extract_as(DocKind::Html, html);
    assert!(url_ties(&e, "a rehearsal is").is_empty(), "{:#?}", e.quotes);
}
