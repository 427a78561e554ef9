//! Regressions from the held-out evaluations of extraction that the forty-fourth session
//! took up: each case was extracted wrongly before its fix.

use citecheck::model::{Attribution, DocKind};

use crate::support::{extract_as, extract_markdown, quote};

/// Regression: a quotation in single marks ended at an apostrophe inside it: `‘rock ’n’
/// roll at its most honest’` gave `rock ’n`, `‘the players’ trust in one another as the
/// real engine’ of the record` gave `the players`. The second mark of `’n’` closes
/// nothing, and a plural's apostrophe (or a dropped `g`) gives way to a later closer in
/// the sentence that neither could be. A one-word scare quote before a later plural's
/// apostrophe (`the ‘workers’ movement … the owners’ profits`) still ends at its own mark.
#[test]
fn a_single_mark_quotation_runs_past_the_apostrophes_inside_it() {
    let e = extract_markdown(
        "# Music\n\nThe critic called it \u{2018}rock \u{2019}n\u{2019} roll at its most \
         honest\u{2019} in her column.\n\nOthers wrote of \u{2018}the players\u{2019} trust in \
         one another as the real engine\u{2019} of the record.\n\nShe called it \
         \u{2018}talkin\u{2019} about a revolution\u{2019} on air.\n\nIt was said to be \
         \u{2018}the bosses\u{2019} pay and the workers\u{2019} rights\u{2019} \u{2014} not one \
         thing.\n\nThe critic called it 'fish 'n' chips for the ears' in print.\n\nThe \
         \u{2018}workers\u{2019} movement was strong in the valley, and the owners\u{2019} \
         profits grew all the same.\n",
    );
    for (starts, text) in [
        ("rock", "rock \u{2019}n\u{2019} roll at its most honest"),
        (
            "the players",
            "the players\u{2019} trust in one another as the real engine",
        ),
        ("talkin", "talkin\u{2019} about a revolution"),
        (
            "the bosses",
            "the bosses\u{2019} pay and the workers\u{2019} rights",
        ),
        ("fish", "fish 'n' chips for the ears"),
        ("workers", "workers"),
    ] {
        assert_eq!(quote(&e, starts).text, text);
    }
}

/// Regression: a footnote marker inside a quotation, before its end (`"a failure of
/// imagination[1] and of nerve"`), was dropped from the quote's text and tied to nothing:
/// the quote was uncited. The writer set it where the claim it backs is made.
#[test]
fn a_marker_inside_a_quotation_cites_it() {
    let e = extract_markdown(
        "# Courage\n\nThe minister said the plan was \"a failure of imagination[1] and of \
         nerve, which we will not repeat\" before leaving.\n\n## Notes\n\n1. Smith, Jane. \
         \"Plans and Failures\". The Daily Record, March 2021, \
         <https://record.example/plans>.\n",
    );
    let q = quote(&e, "a failure");
    assert_eq!(
        q.text,
        "a failure of imagination and of nerve, which we will not repeat"
    );
    assert_eq!(q.citations.len(), 1, "{q:#?}");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("1"));
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://record.example/plans")
    );
    assert_eq!(q.citations[0].attribution, Attribution::MarkerInSentence);
}

/// Regression: an HTML `<q>` with no `cite` took the `cite` of another `<q>` later in its
/// sentence, and would have been checked against that quotation's source. A `cite` is its
/// own quotation's alone.
#[test]
fn a_q_without_cite_borrows_no_other_q_s_cite() {
    let e = extract_as(
        DocKind::Html,
        "<article><p>She said <q>the harbour works ran three years late and over budget</q> \
         and then <q cite=\"https://council.example/q2\">nobody was held to account for any \
         of it</q>.</p></article>",
    );
    let first = quote(&e, "the harbour");
    assert!(first.citations.is_empty(), "{first:#?}");
    let second = quote(&e, "nobody");
    assert_eq!(second.citations.len(), 1, "{second:#?}");
    assert_eq!(
        second.citations[0].url.as_deref(),
        Some("https://council.example/q2")
    );
    assert_eq!(second.citations[0].attribution, Attribution::CiteAttribute);
}

/// The footnote labelled `label`.
fn note<'e>(e: &'e citecheck::model::Extraction, label: &str) -> &'e citecheck::model::Footnote {
    e.footnotes
        .iter()
        .find(|n| n.label == label)
        .unwrap_or_else(|| panic!("no note {label} in {:#?}", e.footnotes))
}

/// Regression: a note citing where a passage was quoted (`Tom Reilly, quoted in Sarah
/// Lyle, "Harbour Dredging Runs Late", *The Valley Times*, …`) gave the periodical as its
/// title and no authors, and its quoted title was read as a quotation of the article; the
/// short note after it (`Quoted in Lyle, "Harbour Dredging".`) then found no work to take
/// its URL from. The work cited is Lyle's article.
#[test]
fn a_quoted_in_note_cites_the_work_the_words_were_quoted_in() {
    let e = extract_markdown(
        "# Harbour\n\nThe harbourmaster said the dredging was \"the worst-run job I have seen \
         in forty years\".[1] The mayor said it was \"a job done as well as the weather \
         allowed\".[2] A pilot agreed.[3]\n\n## Notes\n\n1. Tom Reilly, quoted in Sarah Lyle, \
         \"Harbour Dredging Runs Late\", *The Valley Times*, 3 May 2021, \
         <https://valley.example/harbour>.\n2. Quoted in Lyle, \"Harbour Dredging\".\n3. Reilly, \
         Tom. Qtd. in Dan Ober, \"Pilots and the Tide\", *Coast Weekly*, 9 May 2021, \
         <https://coast.example/pilots>.\n",
    );
    let n1 = note(&e, "1");
    assert_eq!(n1.title.as_deref(), Some("Harbour Dredging Runs Late"));
    assert_eq!(n1.authors, ["Sarah Lyle"]);
    assert_eq!(n1.publisher.as_deref(), Some("The Valley Times"));
    assert_eq!(n1.date.as_deref(), Some("3 May 2021"));
    let n3 = note(&e, "3");
    assert_eq!(n3.title.as_deref(), Some("Pilots and the Tide"));
    assert_eq!(n3.authors, ["Dan Ober"]);
    assert_eq!(n3.publisher.as_deref(), Some("Coast Weekly"));
    assert!(
        e.quotes
            .iter()
            .all(|q| !q.text.starts_with("Harbour Dredging") && !q.text.starts_with("Pilots")),
        "{:#?}",
        e.quotes
    );
    assert_eq!(e.quotes.len(), 2, "{:#?}", e.quotes);
    let q = quote(&e, "a job done");
    assert_eq!(q.citations.len(), 1, "{q:#?}");
    assert_eq!(
        q.citations[0].url.as_deref(),
        Some("https://valley.example/harbour")
    );
}

/// Regression: a review's note gave the book reviewed as its publisher (`review of *The
/// Long Canal*, by Peter Hale, *Canal Review*`), and an organisation with `&` in its name
/// (`Calder & Hebble Navigation Company`) as two authors. Two names either side of an `&`
/// (`Smith & Jones`, `Okafor, A. & Tidal Research Council`) stay two.
#[test]
fn a_review_s_periodical_and_an_ampersand_company_are_read_whole() {
    let e = extract_markdown(
        "# Canal\n\nOne.[1] Two.[2] Three.[3] Four.[4]\n\n## Notes\n\n1. Ana Ruiz, \"Water \
         Under the Bridge\", review of *The Long Canal*, by Peter Hale, *Canal Review*, 4 June \
         2020, <https://canal.example/review>.\n2. Calder & Hebble Navigation Company, \
         \"Annual Report 1921\", 1922, <https://archive.example/ch1921>.\n3. Smith & Jones, \
         \"Tolls and Traffic\", 1923, <https://archive.example/tolls>.\n4. Okafor, A. & Tidal \
         Research Council, \"Locks\", 2019, <https://archive.example/locks>.\n",
    );
    let n1 = note(&e, "1");
    assert_eq!(n1.title.as_deref(), Some("Water Under the Bridge"));
    assert_eq!(n1.publisher.as_deref(), Some("Canal Review"));
    assert_eq!(
        note(&e, "2").authors,
        ["Calder & Hebble Navigation Company"]
    );
    assert_eq!(note(&e, "3").authors, ["Smith", "Jones"]);
    assert_eq!(
        note(&e, "4").authors,
        ["Okafor, A.", "Tidal Research Council"]
    );
}

/// Regression: a Markdown image's alt text quoting a sign (`![The sign reads "no swimming
/// in the harbour after dark, by order"](sign.jpg)`) was read as a quotation of the
/// article, uncited; the HTML front end never reads `alt`. The image stays a link, its alt
/// text its text, and a quotation beside it is still found.
#[test]
fn an_image_s_alt_text_quotes_nothing() {
    let e = extract_markdown(
        "# Harbour\n\n![The sign reads \"no swimming in the harbour after dark, by \
         order\"](sign.jpg) The council said the harbour was \"closed to swimmers for the \
         whole of the coming summer\".\n",
    );
    assert_eq!(e.quotes.len(), 1, "{:#?}", e.quotes);
    assert!(e.quotes[0].text.starts_with("closed to swimmers"));
    let img = e
        .links
        .iter()
        .find(|l| l.url.ends_with("sign.jpg"))
        .expect("the image's link");
    assert!(img.text.contains("no swimming"), "{img:#?}");
}

/// Regression (held-out evaluation of `check`): a quotation in straight marks opening with
/// three typed dots (`"... senior managers had ignored …"`) was never found, so `check`
/// passed a misquote unread; with `…` it was found. A mark before a full stop that ends a
/// phrase (`the string ". This"`) still opens nothing.
#[test]
fn a_quotation_opening_with_three_dots_is_found() {
    let e = extract_markdown(
        "# Pier\n\nThe review said that \"... senior managers had ignored occasional warnings \
         from their own lawyers\".[1] It added \". . . and nobody asked why the pier was \
         closed\" in its summary.[1]\n\nA line may begin with the string \". This\" in the \
         log.\n\n## Notes\n\n1. Ana Lopes, \"Review condemns pier maintenance\", The Harbour \
         Gazette, 3 July 2025, <https://gazette.example/review>.\n",
    );
    let q = quote(&e, "... senior");
    assert_eq!(
        q.text,
        "... senior managers had ignored occasional warnings from their own lawyers"
    );
    assert_eq!(q.citations.len(), 1, "{q:#?}");
    assert_eq!(q.citations[0].footnote.as_deref(), Some("1"));
    quote(&e, ". . . and nobody");
    assert!(
        e.quotes.iter().all(|q| !q.text.contains("This")),
        "{:#?}",
        e.quotes
    );
}

/// Regression: a quotation took, besides its own marker later in the sentence, the marker
/// right after the next quotation (`"…roast beef," as one historian puts it,[^a] and by
/// 1900 it was "…country."[^b]`): `b` is the second quotation's alone.
#[test]
fn a_later_quotation_s_marker_is_its_own() {
    let e = extract_markdown(
        "# Papers\n\nBy 1850 \"the Sunday paper had become as English as roast beef,\" as one \
         historian puts it,[^a] and by 1900 it was \"the most widely read thing printed in the \
         country.\"[^b]\n\n[^a]: Virginia Berridge, \"Popular Sunday Papers,\" 1978, \
         <https://press.example/berridge>.\n[^b]: Raymond Williams, *The Long Revolution*, \
         1961, <https://press.example/williams>.\n",
    );
    let first = quote(&e, "the Sunday paper");
    assert_eq!(
        first
            .citations
            .iter()
            .map(|c| c.footnote.as_deref())
            .collect::<Vec<_>>(),
        [Some("a")],
        "{first:#?}"
    );
    let second = quote(&e, "the most widely");
    assert_eq!(second.citations.len(), 1, "{second:#?}");
    assert_eq!(second.citations[0].footnote.as_deref(), Some("b"));
    assert_eq!(second.citations[0].attribution, Attribution::MarkerAfter);
}

/// Regression: a quotation whose sentence names again the subject of the sentence before
/// (`The minister insisted …`) took that sentence's link though the link backed another
/// clause, someone else's (`The minister defended the scheme, but [a report by the audit
/// office](…) said …`): the minister's words were to be checked against the auditors'
/// report. A sentence naming the report again still takes it.
#[test]
fn a_quote_takes_no_link_from_another_speaker_s_clause_before_it() {
    let e = extract_markdown(
        "# Homes\n\nThe minister defended the scheme on Monday, but [a report by the audit \
         office](https://audit.example/homes) said it had \"failed to achieve its \
         objectives\".\n\nThe minister insisted the scheme was \"a success by any reasonable \
         measure\".\n\nThe audit office published [its report](https://audit.example/ports) \
         on Friday. The report said the port scheme \"had no plan for its own maintenance\" \
         at all.\n",
    );
    let q = quote(&e, "a success");
    assert!(q.citations.is_empty(), "{q:#?}");
    let q = quote(&e, "had no plan");
    assert_eq!(
        q.citations
            .iter()
            .filter_map(|c| c.url.as_deref())
            .collect::<Vec<_>>(),
        ["https://audit.example/ports"],
        "{q:#?}"
    );
}

/// Regression: a note's title in straight single marks, as British house style is typed
/// (`CAMRA, 'Pub Closures Report 2023', 12 January 2023, …`), was no title: the note had
/// none (or its italic periodical as one), and the title was read as a quotation of the
/// article. Curly marks were read already; an apostrophe in a name (`O'Neill`) opens none.
#[test]
fn a_note_title_in_straight_single_marks_is_its_title() {
    let e = extract_markdown(
        "# Pubs\n\nThe charity called closures 'a slow-motion cultural catastrophe'.[1] The BBC \
         said 'fifty pubs a week are closing their doors'.[2] A brewer agreed.[3]\n\n\
         ## References\n\n[1] CAMRA, 'Pub Closures Report 2023', 12 January 2023, \
         https://camra.example/closures.\n\n[2] 'Pubs closing at rate of 50 a week', *BBC \
         News*, 3 February 2023, https://bbc.example/pubs.\n\n[3] O'Neill, Sean, 'Brewing \
         in Hard Times', *Ale Weekly*, 2022, https://ale.example/oneill.\n",
    );
    let n1 = note(&e, "1");
    assert_eq!(n1.title.as_deref(), Some("Pub Closures Report 2023"));
    assert_eq!(n1.authors, ["CAMRA"]);
    let n2 = note(&e, "2");
    assert_eq!(
        n2.title.as_deref(),
        Some("Pubs closing at rate of 50 a week")
    );
    assert_eq!(n2.publisher.as_deref(), Some("BBC News"));
    let n3 = note(&e, "3");
    assert_eq!(n3.title.as_deref(), Some("Brewing in Hard Times"));
    assert_eq!(n3.authors, ["O'Neill, Sean"]);
    assert_eq!(e.quotes.len(), 2, "{:#?}", e.quotes);
}
