//! Twenty-ninth session: whose words, in transcripts whose labels stand apart from the words.

use citecheck::model::{QuoteResult, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_containing};

/// The wrong-speaker warning on a quote's result, if any.
fn other_speaker(r: &QuoteResult) -> Option<&String> {
    r.warnings
        .iter()
        .find(|w| w.contains("whose words they are") && w.contains("'s,"))
}

/// Regression (eval-transcripts): a transcript whose speaker labels are not at the start of
/// the words' own paragraph gave no warning when the article put the words in another mouth:
/// a `<dl>`'s `<dt>` over its `<dd>`, a minutes table's first cell, a podcast's timestamped
/// label in a paragraph of its own, a caption file's `<v Name>`, a page sentence naming the
/// speaker in an aside (`His deputy, the harbour master Ilse Brandvold, added:`) and the
/// fourth paragraph of a long turn. A Hansard role label with the member's name in brackets
/// was not read, and the previous speaker was blamed for the minister's words.
#[test]
fn labels_apart_from_the_words_name_their_speaker() {
    let evidence = "<html><body><main><h1>Lighthouse inquiry, day 2</h1><dl>\
        <dt>Commissioner Hal Brodribb (Chair)</dt><dd>Good morning. Our witness keeps the \
        light at Skerry Point.</dd>\
        <dt>Ms Petra Vollmer</dt><dd>The lamp failed twice during the storm week in \
        November.</dd>\
        <dt>Commissioner Hal Brodribb (Chair)</dt><dd>Nobody told this inquiry about the \
        second failure until today.</dd></dl></main></body></html>";
    let minutes = "<html><body><main><h1>Licensing sub-committee</h1><table>\
        <tr><th>Speaker</th><th>Statement</th></tr>\
        <tr><td>Cllr Edith Marchbank</td><td>The licence should be refused outright.</td></tr>\
        <tr><td>Mr Tobias Lund (resident)</td><td>The music carries across the river until \
        three in the morning.</td></tr>\
        <tr><td>Cllr Edith Marchbank</td><td>I move refusal.</td></tr></table></main></body>\
        </html>";
    let podcast = "<html><body><main><h1>Harbour Talk, episode 9</h1>\
        <p>[00:01:10] NOOR HADDAD</p><p>Welcome back. The harbour is silting up again.</p>\
        <p>[00:01:30] EMIL STRAND</p><p>Dredging costs rise every single year and the port \
        cannot keep paying.</p>\
        <p>[00:02:02] NOOR HADDAD</p><p>Then who pays?</p></main></body></html>";
    let captions = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Mirela Danu>The new depot \
        opens in the first week of May.\n\n00:00:04.000 --> 00:00:08.000\n<v Piet Harmsen>Not \
        before the access road is finished, it won't.\n";
    let news = "<html><body><main><h1>Pilots strike</h1>\
        <p>\u{201C}We will not sail without a second pilot,\u{201D} said Rune Falk, a pilot.</p>\
        <p>His deputy, the harbour master Ilse Brandvold, added: \u{201C}The port loses a \
        fortune every day the pilots stay ashore.\u{201D}</p></main></body></html>";
    let radio = "<html><body><main><h1>Morning show</h1>\
        <p><strong>Lars Eide:</strong> Welcome to the programme.</p>\
        <p><strong>Annika Holm:</strong> Thanks, Lars. The dredger arrives late.</p>\
        <p>The quay has not been surveyed since the winter.</p>\
        <p>The tug crews were never consulted about any of it.</p>\
        <p>So the pilots have every reason to stay ashore this week.</p>\
        <p><strong>Lars Eide:</strong> Strong words.</p></main></body></html>";
    let hansard = "<html><body><main><h1>Rail Fares</h1>\
        <p><strong>Mr Oskar Brenn (Eastfield) (Lab):</strong> What will the fare be for \
        commuters next year?</p>\
        <p><strong>The Secretary of State for Transport and the Regions (Ilona \
        Vasquez):</strong> Regulated fares will be frozen for the whole of next year.</p>\
        <p><strong>Mr Brenn:</strong> That is welcome.</p></main></body></html>";
    let article = "# Harbour week\n\n\
        \u{201C}The lamp failed twice during the storm week,\u{201D} said Brodribb \
        ([evidence](BASE/dl)).\n\n\
        Petra Vollmer said: \u{201C}Nobody told this inquiry about the second failure until \
        today.\u{201D} ([evidence](BASE/dl))\n\n\
        Marchbank said \u{201C}the music carries across the river until three in the \
        morning\u{201D} ([minutes](BASE/table)).\n\n\
        \u{201C}Dredging costs rise every single year,\u{201D} said Noor Haddad \
        ([podcast](BASE/pod)).\n\n\
        Emil Strand said \u{201C}the harbour is silting up again\u{201D} ([podcast](BASE/pod)).\n\n\
        \u{201C}The new depot opens in the first week of May,\u{201D} Harmsen said \
        ([captions](BASE/vtt)).\n\n\
        Falk said \u{201C}the port loses a fortune every day the pilots stay ashore\u{201D} \
        ([report](BASE/news)).\n\n\
        \u{201C}The pilots have every reason to stay ashore this week,\u{201D} said Lars Eide \
        ([show](BASE/radio)).\n\n\
        Vasquez told MPs that \u{201C}regulated fares will be frozen for the whole of next \
        year\u{201D} ([Hansard](BASE/hansard)).\n\n\
        Mr Lund said \u{201C}the music carries across the river\u{201D} ([minutes](BASE/table)).\n";
    let report = check_article(
        vec![
            ("/dl", Response::html(evidence)),
            ("/table", Response::html(minutes)),
            ("/pod", Response::html(podcast)),
            ("/vtt", Response::text(captions)),
            ("/news", Response::html(news)),
            ("/radio", Response::html(radio)),
            ("/hansard", Response::html(hansard)),
        ],
        article,
    );
    let warned = |part: &str| {
        let r = quote_containing(&report, part);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        other_speaker(r).cloned()
    };
    for (part, page, article) in [
        ("lamp failed twice", "Petra Vollmer", "Brodribb"),
        ("Nobody told this inquiry", "Hal Brodribb", "Petra Vollmer"),
        (
            "music carries across the river until",
            "Tobias Lund",
            "Marchbank",
        ),
        ("Dredging costs rise", "EMIL STRAND", "Noor Haddad"),
        ("harbour is silting up", "NOOR HADDAD", "Emil Strand"),
        ("new depot opens", "Mirela Danu", "Harmsen"),
        ("port loses a fortune", "Ilse Brandvold", "Falk"),
        ("every reason to stay ashore", "Annika Holm", "Lars Eide"),
    ] {
        let w = warned(part).unwrap_or_else(|| panic!("{part}: no warning"));
        assert!(w.contains(page) && w.contains(article), "{part}: {w}");
    }
    assert_eq!(
        warned("regulated fares will be frozen"),
        None,
        "the minister's own words"
    );
    let lund = report
        .quotes
        .iter()
        .find(|q| q.text == "the music carries across the river")
        .expect("Lund's quote");
    assert_eq!(other_speaker(lund), None, "the resident's own words");
}
