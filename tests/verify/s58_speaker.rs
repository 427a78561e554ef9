//! Regressions from the fifty-eighth session's held-out end-to-end evaluation of `check`:
//! an English quote whose `is` and `we` are Dutch's little words too was taken for a Dutch
//! translation of the English page it was wrongly cited to (`unverifiable`, not
//! `not_found`); and a quote the page gives to someone else was `verified` with no
//! `other_speaker` dispute when the article named its speaker in a lead-in with a word of
//! degree (`Pryce was more direct:`), an aside (`Pryce, the chair, was blunt:`), or by a
//! pronoun after a sentence naming them (`Owen Pryce spoke next. He said: “…”`).

use citecheck::extract::{extract, ExtractOptions};
use citecheck::model::{DisputeKind, DocKind, Document, InputSource, QuoteResult, Verdict};

use super::s49_check::check_served;

fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}\
         </title></head><body><main><article><h1>{title}</h1>{body}</article></main></body>\
         </html>"
    )
}

/// An English news story that quotes no one.
fn harbour_story() -> String {
    page(
        "en",
        "Harbour car park to close for repairs",
        "<p>The harbour car park in Wrenmouth will close for six weeks from October while its \
         sea wall is rebuilt, the town council has confirmed.</p>\
         <p>Drivers have been told to use the park and ride at the station, which will run \
         every twenty minutes on weekdays and every half hour at weekends.</p>\
         <p>Traders on the quay said that they had not been consulted about the dates.</p>\
         <p>The work was approved by the planning board in July and should cost about \
         £400,000.</p>",
    )
}

/// The same story in Dutch, for quotes that translate it.
fn dutch_story() -> String {
    page(
        "nl",
        "Parkeerplaats aan de haven gaat dicht",
        "<p>De parkeerplaats aan de haven van Wrenmouth gaat in oktober zes weken dicht, \
         omdat de zeewering wordt herbouwd. Dat heeft de gemeente bevestigd.</p>\
         <p>Automobilisten moeten gebruikmaken van de transferium bij het station, waar de \
         bus op werkdagen elke twintig minuten rijdt.</p>\
         <p>Ondernemers aan de kade zeggen dat zij niet over de data zijn geraadpleegd.</p>",
    )
}

fn verdicts(quotes: &[QuoteResult]) -> Vec<(&str, Verdict)> {
    quotes
        .iter()
        .map(|q| (q.text.as_str(), q.verdict))
        .collect()
}

/// An English quote cited to an English page that lacks it is not on the page, even when
/// most of its little words are Dutch's as well (`is`, `we`): it holds English's own (`the`,
/// `can`, `what`), and none of Dutch's that English lacks. It was taken for a translation.
#[test]
fn an_english_quote_with_dutch_looking_words_is_not_a_translation() {
    let article = "# Notes\n\n\
        Her line, \u{201C}Freezing fares is the least we can do\u{201D}, was shared with a link \
        to the [harbour story](BASE/harbour).\n\n\
        His reply, \u{201C}Cutting rents is the least we can do\u{201D}, was shared the same \
        way ([harbour story](BASE/harbour)).\n\n\
        Another, \u{201C}Freezing fares is the minimum we can do\u{201D}, was shared too \
        ([harbour story](BASE/harbour)).\n\n\
        A fourth, \u{201C}Opening the quay is what we promised\u{201D}, was shared as well \
        ([harbour story](BASE/harbour)).\n";
    let quotes = check_served(&[("/harbour", harbour_story())], article);
    assert_eq!(quotes.len(), 4, "{quotes:#?}");
    for q in &quotes {
        assert_eq!(q.verdict, Verdict::NotFound, "{:?}", verdicts(&quotes));
        assert!(!q.detail.contains("translation"), "{}", q.detail);
    }
}

/// Quotes plainly in Dutch, German or French (the writer quoting a source in its own
/// language, with a link to the English story) are still taken for translations of the
/// English page: their little words are their language's own.
#[test]
fn quotes_in_dutch_german_or_french_on_an_english_page_are_still_translations() {
    let article = "# Notes\n\n\
        In Dutch: \u{201C}We kunnen niet wachten tot de zeewering instort\u{201D} \
        ([harbour story](BASE/harbour)).\n\n\
        In Dutch again: \u{201C}Het is de vraag of we dat willen betalen\u{201D} \
        ([harbour story](BASE/harbour)).\n\n\
        In German: \u{201C}Der Parkplatz ist nicht das Problem, sagt die Stadt\u{201D} \
        ([harbour story](BASE/harbour)).\n\n\
        In French: \u{201C}Le parking sera fermé pendant six semaines pour les travaux\u{201D} \
        ([harbour story](BASE/harbour)).\n";
    let quotes = check_served(&[("/harbour", harbour_story())], article);
    assert_eq!(quotes.len(), 4, "{quotes:#?}");
    let languages = ["Dutch", "Dutch", "German", "French"];
    for (q, language) in quotes.iter().zip(languages) {
        assert_eq!(q.verdict, Verdict::Unverifiable, "{:?}", verdicts(&quotes));
        assert!(
            q.detail.contains(&format!(
                "the page is in English and the quote in {language}"
            )),
            "{}",
            q.detail
        );
    }
    // And an English quote of a Dutch page, with `is` and `we`, is a translation of it.
    let quotes = check_served(
        &[("/haven", dutch_story())],
        "# Notes\n\nThe council: \u{201C}The harbour car park is closing because we are \
         rebuilding the sea wall\u{201D} ([story](BASE/haven)).\n",
    );
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].verdict, Verdict::Unverifiable, "{:#?}", quotes[0]);
    assert!(
        quotes[0]
            .detail
            .contains("the page is in Dutch and the quote in English"),
        "{}",
        quotes[0].detail
    );
}

/// A blog post giving a councillor's words to her by name.
fn ferreira_post() -> String {
    page(
        "en",
        "What Ferreira said | Quayside Notes",
        "<p>The committee sat for three hours, most of them about the slipway and the price \
         of diesel.</p>\
         <p>Councillor Marta Ferreira put it best on the way out: \u{201C}We keep talking \
         about the ferry as a cost. It is the only road this island has.\u{201D}</p>\
         <p>Nobody else on the committee said much, and the vote was put off until May.</p>",
    )
}

const WORDS: &str = "\u{201C}We keep talking about the ferry as a cost. It is the only road \
                     this island has.\u{201D}[^1]";

const NOTE: &str = "[^1]: Quayside Notes, 2024, BASE/post";

fn other_speaker(r: &QuoteResult) -> bool {
    r.disputes
        .iter()
        .any(|d| d.kind == DisputeKind::OtherSpeaker)
}

/// Checks one paragraph per lead-in, each quoting the post's words, and returns whether
/// each was disputed as another speaker's (all verified).
fn disputed(paragraphs: &[&str]) -> Vec<bool> {
    let body: Vec<String> = paragraphs
        .iter()
        .map(|p| p.replace("WORDS", WORDS))
        .collect();
    let article = format!("# Who said it?\n\n{}\n\n{NOTE}\n", body.join("\n\n"));
    let quotes = check_served(&[("/post", ferreira_post())], &article);
    assert_eq!(quotes.len(), paragraphs.len(), "{quotes:#?}");
    for q in &quotes {
        assert_eq!(q.verdict, Verdict::Verified, "{q:#?}");
    }
    quotes.iter().map(other_speaker).collect()
}

/// A lead-in naming the speaker before a verb of being, a word of degree and a word of
/// manner (`was more direct:`, `was rather blunt:`, `was more poetic than his colleagues:`),
/// or an aside between the name and the verb (`Owen Pryce, the chair, was blunt:`), gives the
/// words to that name, as `Owen Pryce was blunt:` and `Owen Pryce, the chair, said:` did:
/// the page's speaker is someone else.
#[test]
fn a_lead_in_with_a_degree_or_an_aside_names_the_speaker() {
    let got = disputed(&[
        "Owen Pryce was more direct: WORDS",
        "Owen Pryce was rather blunt: WORDS",
        "Owen Pryce, the chair, was blunt: WORDS",
        "Councillor Owen Pryce, the committee's chair, was more poetic than his colleagues: \
         WORDS",
        "Owen Pryce was blunt: WORDS",
        "Councillor Owen Pryce, the committee's chair, said: WORDS",
    ]);
    assert_eq!(got, [true; 6]);
}

/// The same lead-ins naming the page's speaker, or naming no one (`The mood was more
/// sombre than usual:`, `The chair, Pryce's deputy, was blunt:`), give no dispute.
#[test]
fn a_lead_in_with_a_degree_or_an_aside_naming_the_right_speaker_is_no_dispute() {
    let got = disputed(&[
        "Marta Ferreira was more direct: WORDS",
        "Marta Ferreira, the vice-chair, was blunt: WORDS",
        "Councillor Ferreira, who sits for the north ward, was more poetic than her \
         colleagues: WORDS",
        "The mood was more sombre than usual: WORDS",
        "The chair, Pryce's deputy, was blunt: WORDS",
    ]);
    assert_eq!(got, [false; 5]);
}

/// `He said:`, `he put it …:` and `“…,” he said.` right after a sentence naming one person
/// give the words to that person, for the speaker's check: the page gives them to someone
/// else.
#[test]
fn a_pronoun_after_a_sentence_naming_one_person_names_the_speaker() {
    let got = disputed(&[
        "Owen Pryce spoke next. He said: WORDS",
        "Owen Pryce chairs the committee. Asked about the ferry, he put it more bluntly than \
         any official has: WORDS",
        "Owen Pryce stood up. \u{201C}We keep talking about the ferry as a cost. It is the only \
         road this island has,\u{201D} he said.[^1]",
        "Owen Pryce is rarely sentimental. He was blunt: WORDS",
    ]);
    assert_eq!(got, [true; 4]);
}

/// No dispute when the pronoun's person is the page's speaker, or cannot be told: the
/// sentence before names two people, or someone's someone (`Pryce's deputy`), or someone
/// who is not its subject (`The vice-chair thanked Owen Pryce.`), or the pronoun's own
/// sentence names someone first (`When Ferreira stood up, she said:`), or the person is in
/// another paragraph.
#[test]
fn a_pronoun_naming_the_right_or_no_sure_person_is_no_dispute() {
    let got = disputed(&[
        "Marta Ferreira spoke next. She said: WORDS",
        "Owen Pryce and Marta Ferreira both spoke. She said: WORDS",
        "Owen Pryce's deputy spoke next. She said: WORDS",
        "Owen Pryce spoke first. When Ferreira stood up, she said: WORDS",
        "Owen Pryce spoke first.\n\nHe said: WORDS",
        "The vice-chair thanked Owen Pryce. She said: WORDS",
    ]);
    assert_eq!(got, [false; 6]);
}

/// The pronoun's person is read for the speaker's check only: the quote's `speaker` (which
/// ties a later quote naming the same person to its source) stays unset.
#[test]
fn a_pronouns_person_is_kept_apart_from_the_named_speaker() {
    let text = "# Notes\n\nOwen Pryce spoke next. He said: \u{201C}The ferry is the only road \
                this island has.\u{201D}[^1]\n\nOwen Pryce spoke next. He said:\n\n> The \
                ferry is the only road this island has, and we keep calling it a cost.[^1]\n\n\
                [^1]: Quayside Notes, 2024, https://notes.example.org/post\n";
    let doc = Document {
        source: InputSource::Stdin,
        kind: DocKind::Markdown,
        text: text.to_string(),
        base_url: None,
        warnings: Vec::new(),
        bibliographies: Vec::new(),
    };
    let e = extract(&doc, &ExtractOptions::default());
    assert_eq!(e.quotes.len(), 2, "{:#?}", e.quotes);
    for q in &e.quotes {
        assert_eq!(q.speaker, None, "{q:#?}");
        assert_eq!(q.pronoun_speaker.as_deref(), Some("Owen Pryce"), "{q:#?}");
    }
}
