//! Regressions found by reviewing the sixteenth session's own rules: each input gave a wrong
//! source, lost one, or warned falsely before its fix.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as};

fn labels(e: &citecheck::model::Extraction, starts: &str) -> Vec<Option<String>> {
    cited(e, starts).into_iter().map(|(n, _, _)| n).collect()
}

/// `preceding` keeps away from another document of the same kind (`The report by the
/// opposition`), a verb of saying in a clause about someone else (`disputed by the union,
/// which said`), a thematic break, and a figure's caption or another section.
#[test]
fn preceding_keeps_to_the_same_document_and_its_own_verb() {
    let e = extract_as(
        DocKind::Markdown,
        "The ministry published its annual report in March.[^1]\n\n\
         The report by the opposition, released a week later, said that \"the figures were \
         massaged beyond recognition by officials\".\n\n\
         These findings came from the 2019 survey.[^3] These findings were disputed by the \
         union, which said they were \"cherry-picked from a tiny sample of schools\".\n\n\
         The agency published its figures [online](https://agency.example/figs).\n\n***\n\n\
         The agency said in an unrelated statement that \"staff numbers will be cut by a \
         third\".\n\n\
         The report, which came out on Tuesday, says that \"the service has never been so \
         stretched\".\n\n\
         [^1]: Ministry of Finance, *Annual Report 2023*, March 2024.\n\
         [^3]: Survey, 2019.\n",
    );
    assert_eq!(cited(&e, "the figures were massaged"), []);
    assert_eq!(cited(&e, "cherry-picked"), []);
    assert_eq!(cited(&e, "staff numbers"), []);
    let e = extract_as(
        DocKind::Html,
        "<main><section><h2>Housing</h2><p>The council published its housing review <a \
         href=\"https://council.example/housing\">last week</a>.</p></section>\n<section><p>The \
         council said on Tuesday that “bus fares will rise by ten percent in April”.</p>\
         </section>\n<figure><img src=\"x.png\"><figcaption>The mayor at the launch (<a \
         href=\"https://photos.example/1\">photo</a>).</figcaption></figure>\n<p>The mayor said \
         the launch was “the best day for this city in a decade”.</p>\n<p>The board published \
         its plan <a href=\"https://board.example/plan\">online</a>.</p>\n<p>The board said \
         that “every school will have a nurse by next year”.</p></main>",
    );
    assert_eq!(cited(&e, "bus fares"), []);
    assert_eq!(cited(&e, "the best day"), []);
    assert_eq!(
        cited(&e, "every school"),
        [(
            None,
            Some("https://board.example/plan".to_string()),
            Attribution::Preceding
        )]
    );
}

/// Two quotes share a source only when the same speaker goes on (`and that`, `and says`):
/// not `and opposition MPs called it`, not `and this week he called it`.
#[test]
fn joined_quotes_need_the_same_speaker() {
    let e = extract_as(
        DocKind::Markdown,
        "The agency published its annual figures [online](https://agency.example/figs). The \
         agency said the rise was \"the steepest since records began\" and opposition MPs \
         called it \"a damning verdict on ten years of neglect\".\n\n\
         Last year the minister called the scheme \"a triumph of joined-up government\" and \
         this week he called it \"an expensive mistake we must now undo\". \
         (https://news.example/this-week)\n",
    );
    assert_eq!(cited(&e, "a damning verdict"), []);
    assert_eq!(cited(&e, "a triumph of"), []);
    assert_eq!(cited(&e, "an expensive mistake").len(), 1);
}

/// A year in brackets closing a block quotation's sentence is its text, not MLA's page.
#[test]
fn a_bracket_inside_a_block_quotations_sentence_is_no_page() {
    let e = extract_as(
        DocKind::Markdown,
        "A census officer's report from the period is blunt:\n\n> The population of the \
         village fell from 1,200 to 300 in a single generation (1951)\n\n## Works Cited\n\n\
         Okafor, Chinwe. *Salt and River*. Lagos: Palm Press, 2019.\n",
    );
    let q = crate::support::quote(&e, "The population");
    assert!(q.text.ends_with("(1951)"), "{}", q.text);
    assert!(q.citations.is_empty(), "{:?}", q.citations);
}

/// A bracket's range (`[2–4]`, `[3, 4]`) before a quote backs it whole; a list of markers
/// after it (`as reported by Smith [2], and by Jones [3]`, `(see [2]; [3])`) too.
#[test]
fn marker_lists_and_ranges_stay_whole() {
    let e = extract_as(
        DocKind::Markdown,
        "As several authors [2–4] put it, \"the effect disappears under controlled \
         conditions\".\n\n\
         The effect was \"clearly measurable in every single trial\" as reported by Smith [2], \
         and by Jones [3].\n\n\
         The effect was \"plainly visible in every single trial\" (see [2]; [3]).\n\n\
         ## References\n\n1. A. https://a.example/1\n2. B. https://a.example/2\n\
         3. C. https://a.example/3\n4. D. https://a.example/4\n",
    );
    let some = |l: &[&str]| l.iter().map(|s| Some((*s).to_string())).collect::<Vec<_>>();
    assert_eq!(labels(&e, "the effect disappears"), some(&["2", "3", "4"]));
    assert_eq!(labels(&e, "clearly measurable"), some(&["2", "3"]));
    assert_eq!(labels(&e, "plainly visible"), some(&["2", "3"]));
}

/// LaTeXML: an author–year citation (`Smith et al. (2020)`) does not rename entry 3 to
/// `2020`, which left a range's `3` without its note (a false warning, exit 1).
#[test]
fn latexml_author_year_keeps_entry_numbers() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>As several authors <cite class=\"ltx_cite\">[<a href=\"#bib.bib2\" \
         class=\"ltx_ref\">2</a>–<a href=\"#bib.bib4\" class=\"ltx_ref\">4</a>]</cite> put it, \
         “the effect disappears under controlled conditions”.</p>\n<p>As <cite \
         class=\"ltx_cite ltx_citemacro_citet\">Smith et al. (<a href=\"#bib.bib3\" \
         class=\"ltx_ref\">2020</a>)</cite> argue, “the effect is robust in the field”.</p>\n\
         <ul class=\"ltx_biblist\">\n<li id=\"bib.bib2\" class=\"ltx_bibitem\">M. Lee. Other \
         effects. <em>Journal C</em>, 2019.</li>\n<li id=\"bib.bib3\" class=\"ltx_bibitem\">J. \
         Smith and A. Brown. Big study. <em>Nature</em>, 2020.</li>\n<li id=\"bib.bib4\" \
         class=\"ltx_bibitem\">T. Wu. Still more. <em>Journal D</em>, 2018.</li>\n</ul>\
         </article>",
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    let some = |l: &[&str]| l.iter().map(|s| Some((*s).to_string())).collect::<Vec<_>>();
    assert_eq!(labels(&e, "the effect disappears"), some(&["2", "3", "4"]));
    assert_eq!(labels(&e, "the effect is robust"), some(&["3"]));
}

/// A LaTeXML entry the text never cites (`\nocite`) is listed on purpose: no warning (it
/// made `extract` exit 1 on such a paper).
#[test]
fn latexml_entries_cited_nowhere_are_no_warning() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>Earlier work <cite class=\"ltx_cite\">[<a href=\"#bib.bib1\" \
         class=\"ltx_ref\">1</a>]</cite> found that “the effect is robust across all \
         populations”.</p>\n<ul class=\"ltx_biblist\">\n<li id=\"bib.bib1\" \
         class=\"ltx_bibitem\">K. Jones. Effects of income. <em>Journal B</em>, 2019.</li>\n\
         <li id=\"bib.bib2\" class=\"ltx_bibitem\">T. Wu. Background reading. <em>Journal \
         D</em>, 2018.</li>\n</ul></article>",
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    assert_eq!(e.footnotes.len(), 2);
    assert_eq!(labels(&e, "the effect is robust"), [Some("1".to_string())]);
}

/// One author in reading order, initials first (`K. Jones.`, `J. R. R. Tolkien.`), then the
/// title as a sentence and the italic journal or publisher: LaTeX's plain style, common in
/// arXiv bibliographies.
#[test]
fn a_single_author_in_reading_order() {
    let e = extract_as(
        DocKind::Markdown,
        "Jones found that \"income matters\" [1], and Turing asked [2] whether machines think.\n\n\
         ## References\n\n\
         1. K. Jones. Effects of income. *Journal B*, 2019.\n\
         2. A. Turing. Computing machinery and intelligence. *Mind*, 1950.\n",
    );
    let n1 = crate::support::note(&e, "1");
    assert_eq!(n1.title.as_deref(), Some("Effects of income"));
    assert_eq!(n1.authors, ["K. Jones"]);
    assert_eq!(n1.publisher.as_deref(), Some("Journal B"));
    let n2 = crate::support::note(&e, "2");
    assert_eq!(
        n2.title.as_deref(),
        Some("Computing machinery and intelligence")
    );
    assert_eq!(n2.authors, ["A. Turing"]);
}
