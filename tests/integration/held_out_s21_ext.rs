//! Regressions found by the twenty-first session's held-out evaluation of extraction: titles
//! read as quotations, notes missed or misread, attributions left in a quotation's text.
//! Every rule has its negative cases beside it: what the rule must not catch.

use crate::support::notes_of;
use citecheck::model::{DocKind, Extraction, QuoteKind};

use crate::support::{extract_as, extract_markdown, note};

/// The quotes' texts, in order.
fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// A title in quotation marks after a noun naming the kind of work (a memoir, a
/// documentary, a bill, a press release, …) in title case is no quotation; a sentence
/// quoted after such a noun, or a title-case quote after a verb of saying, still is.
#[test]
fn titles_after_nouns_naming_works_are_no_quotations() {
    let e = extract_markdown(
        "Her debut memoir \"Salt Roads and Harbour Lights of the North\" came out in May.\n\n\
         The documentary \"Where the Tidewater Meets the Marsh\" aired last night.\n\n\
         His cookbook, \"Weeknight Dinners From the Allotment Garden\", sold well.\n\n\
         Their second single \"Lanterns Over Quiet Water\" charted.\n\n\
         The council's press release \"Riverside Footbridge Reopens After Repairs\" went out \
         at noon.\n\n\
         A petition \"Keep Our Village Library Open Every Weekday\" has 4,000 names.\n\n\
         The bill \"Renters Protection From Sudden Eviction\" passed its first reading.\n\n\
         A textbook \"Introductory Statistics for Social Science Students\" is set.\n\n\
         She gave the keynote \"Building Trust Through Open Municipal Data\" on Friday.\n\n\
         The bill says \"landlords must give ninety days of written notice before any \
         increase.\"\n\n\
         The memoir \"reads like a long apology to her brother\", one critic wrote.\n\n\
         Of course, \"Nobody Expected The Turnout To Be This High\" was the mood.\n\n\
         In the documentary she says \"Every River Remembers Where It Used To Run\".\n",
    );
    assert_eq!(
        texts(&e),
        [
            "landlords must give ninety days of written notice before any increase.",
            "reads like a long apology to her brother",
            "Nobody Expected The Turnout To Be This High",
            "Every River Remembers Where It Used To Run",
        ],
        "{:#?}",
        e.quotes
    );
}

/// `titled` in French, Spanish, Italian, Portuguese and Dutch names a title in any case,
/// as English `titled` and German `mit dem Titel` do; a sentence quoted after a verb beside
/// them stays a quotation.
#[test]
fn titled_in_other_languages_names_a_title() {
    let e = extract_markdown(
        "La note intitulée « Vers un réseau cyclable continu en banlieue » date de 2022.\n\n\
         Un guide intitulé «\u{a0}Réparer son vélo soi-même en dix étapes\u{a0}» circule.\n\n\
         El estudio titulado «Calidad del aire en los barrios del sur» salió ayer.\n\n\
         La guía, con el título «Cómo ahorrar agua en casa durante el verano», es gratis.\n\n\
         Lo studio intitolato «Il futuro dei porti minori del Tirreno» è uscito.\n\n\
         O relatório intitulado «A qualidade da água nos rios do norte» saiu hoje.\n\n\
         Een notitie getiteld “Fietsen naar school in kleine gemeenten” verscheen.\n\n\
         Le maire a déclaré « nous rouvrirons le pont avant la fin du mois de juin ».\n\n\
         El ministro dijo que «las obras terminarán antes del verano próximo».\n",
    );
    assert_eq!(
        texts(&e),
        [
            "nous rouvrirons le pont avant la fin du mois de juin",
            "las obras terminarán antes del verano próximo",
        ],
        "{:#?}",
        e.quotes
    );
}

/// A bulleted list of sources under a `Sources` heading, each with a quoted title, is a
/// list of references: no quotations, each title the entry's title, and no warning (the
/// text cites none of them, as a fact check's list is not cited).
#[test]
fn a_bulleted_sources_list_is_read_as_references() {
    let e = extract_markdown(
        "# Did the ferry fares really fall?\n\n\
         The operator said fares were lower than a year ago.\n\n\
         ## Sources\n\n\
         - Harbour Ferries Ltd, \"Winter timetable and fares for island routes,\" 2 January \
         2025, https://ferries.example.com/winter-2025\n\
         - Island Transport Forum, \"Fares Monitoring Report for the Second Quarter,\" \
         https://itf.example.org/fares-q2\n",
    );
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
    let a = note(&e, "Harbour Ferries Ltd");
    assert_eq!(
        a.title.as_deref(),
        Some("Winter timetable and fares for island routes")
    );
    assert_eq!(a.urls, ["https://ferries.example.com/winter-2025"]);
    let b = note(&e, "Island Transport Forum");
    assert_eq!(
        b.title.as_deref(),
        Some("Fares Monitoring Report for the Second Quarter")
    );
    // A bulleted list of prose or plain links under such a heading is no list of entries,
    // and a quotation in an article's own bulleted list stays one.
    let e = extract_markdown(
        "Residents were angry. One said the fares \"have doubled since the spring, at \
         least\" on the island.\n\n\
         - The mayor called it \"a scandal that nobody in the ministry will explain,\" and \
         asked for a meeting.\n\n\
         ## Sources\n\n\
         - Interviews with six residents in March\n\
         - [Operator's fare table](https://ferries.example.com/fares)\n",
    );
    assert_eq!(
        texts(&e),
        [
            "have doubled since the spring, at least",
            "a scandal that nobody in the ministry will explain",
        ],
        "{:#?}",
        e.quotes
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
}

/// In a plain-text e-mail, `[1]` entries under the signature line and the signature's own
/// lines are the e-mail's notes: the marker in the text cites the first.
#[test]
fn email_notes_under_a_signature_with_lines_of_its_own() {
    for sig in ["--", "-- "] {
        let e = extract_as(
            DocKind::Text,
            &format!(
                "Hello,\n\nThe trust's notice says the footpath \"will stay closed until the \
                 slope has been surveyed again\" [1].\n\nBest,\nMarta\n\n{sig}\n\
                 Marta Quill | Reporter | Dale Courier\n01234 567890\n\
                 [1] https://trust.example.org/notices/footpath\n"
            ),
        );
        assert!(e.warnings.is_empty(), "{sig:?}: {:#?}", e.warnings);
        assert_eq!(
            note(&e, "1").urls,
            ["https://trust.example.org/notices/footpath"]
        );
        assert_eq!(
            notes_of(&e, "will stay closed"),
            ["1"],
            "{sig:?}: {:#?}",
            e.quotes
        );
    }
    // A signature with no entries under it is no notes section.
    let e = extract_as(
        DocKind::Text,
        "Hello,\n\nSee the notice [1] for details.\n\n--\nMarta Quill | Reporter\n\
         Sent from my phone\n",
    );
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
}

/// In plain text, an indented paragraph under an introduction that sums up, replies or
/// describes (`… who summed up⏎her experiment like this:`, `Her reply was blunt:`) is a
/// block quotation, as under `said:`; an introduction of steps is not one.
#[test]
fn plain_text_block_quotes_under_more_introductions() {
    let e = extract_as(
        DocKind::Text,
        "Readers wrote in. The best letter came from a grower in Kent, who summed up\n\
         her four seasons of trials like this:\n\n\
         \x20   Copper tape slowed them down. Nothing stopped them. I now grow more\n\
         \x20   lettuce than I need and let them have a share.\n\n\
         Her neighbour's reply was blunt:\n\n\
         \x20   I have never lost a lettuce to a slug in thirty years of growing.\n\n\
         The installer described the result:\n\n\
         \x20   The pump ran all winter and the bills fell by about a third in total.\n\n\
         Many of you asked about it. Set the timer\nlike this:\n\n\
         \x20   Open the settings page and choose the evening option at the bottom.\n",
    );
    assert_eq!(
        texts(&e),
        [
            "Copper tape slowed them down. Nothing stopped them. I now grow more lettuce \
             than I need and let them have a share.",
            "I have never lost a lettuce to a slug in thirty years of growing.",
            "The pump ran all winter and the bills fell by about a third in total.",
        ],
        "{:#?}",
        e.quotes
    );
    assert!(e.quotes.iter().all(|q| q.kind == QuoteKind::Block));
}

/// reStructuredText: the paragraph opening with `-- ` that closes a block quote is its
/// attribution, as docutils reads it, whatever its words (a document and a year, a
/// lower-case description), not quoted words; a `--` inside the quoted paragraph, or a
/// paragraph of `-- ` that is not the last, is text.
#[test]
fn rst_attribution_paragraph_is_the_credit_whatever_its_words() {
    let e = extract_as(
        DocKind::Rst,
        "Policy\n======\n\n\
         .. epigraph::\n\n\
         \x20  Backups that nobody has restored are only a hope.\n\n\
         \x20  -- Operations runbook, 2021\n\n\
         The team lead put it plainly:\n\n\
         \x20  Every alert must name the person who will answer it at night.\n\n\
         \x20  --- the on-call rota's own preface\n\n\
         Another reply:\n\n\
         \x20  We kept the old server -- it still runs the payroll -- for one more year.\n\n\
         \x20  -- not a credit, since more follows\n\n\
         \x20  The last paragraph of this quotation is ordinary text.\n",
    );
    assert_eq!(
        texts(&e),
        [
            "Backups that nobody has restored are only a hope.",
            "Every alert must name the person who will answer it at night.",
            "We kept the old server -- it still runs the payroll -- for one more year. \
             -- not a credit, since more follows The last paragraph of this quotation is \
             ordinary text.",
        ],
        "{:#?}",
        e.quotes
    );
}

/// MediaWiki: a named reference cited only in a block quotation's `<cite>` attribution is
/// labelled as the page shows it (`2`), as one cited in a paragraph is, not by its id
/// (`mill-2`); the quotation is tied to it.
#[test]
fn wiki_reference_cited_only_in_a_block_quote_cite_keeps_its_shown_label() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><div class=\"mw-parser-output\">\
         <p>The mill was rebuilt in 1911.<sup id=\"cite_ref-1\" class=\"reference\">\
         <a href=\"#cite_note-1\">[1]</a></sup> The owner wrote:</p>\
         <blockquote><p>We shall grind again by spring, whatever the river does to the \
         wheel this winter.</p><cite>Letter to the parish, 1910<sup id=\"cite_ref-mill_2-0\" \
         class=\"reference\"><a href=\"#cite_note-mill-2\">[2]</a></sup></cite></blockquote>\
         <ol class=\"references\">\
         <li id=\"cite_note-1\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-1\">^\
         </a></b></span> <span class=\"reference-text\"><a class=\"external text\" \
         href=\"https://history.example.org/mill\">\"The Lower Mill\"</a>. Parish \
         Magazine.</span></li>\
         <li id=\"cite_note-mill-2\"><span class=\"mw-cite-backlink\"><b>\
         <a href=\"#cite_ref-mill_2-0\">^</a></b></span> <span class=\"reference-text\">\
         <a class=\"external text\" href=\"https://archive.example.org/letters/1910\">\
         \"Letters of the mill owners\"</a>. County Archive.</span></li>\
         </ol></div></body></html>",
    );
    let labels: Vec<&str> = e.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["1", "2"], "{:#?}", e.footnotes);
    assert_eq!(
        notes_of(&e, "We shall grind again"),
        ["2"],
        "{:#?}",
        e.quotes
    );
    assert!(e.warnings.is_empty(), "{:#?}", e.warnings);
}

/// A note whose author is an organisation named as French (or Spanish, Italian) write it,
/// only its first word capitalised, keeps its quoted title and that author; the title is
/// no quotation of its own.
#[test]
fn note_title_kept_after_an_organisation_named_in_sentence_case() {
    let e = extract_markdown(
        "Selon eux, « la piste ne sera pas terminée avant la rentrée »[^1].\n\n\
         Según el informe, «el agua no llegará a los campos este año»[^2].\n\n\
         [^1]: Fédération des parents d'élèves du second degré, « Les trajets scolaires \
         à vélo », 2023, https://fede.example.fr/trajets.\n\
         [^2]: Asociación de regantes del valle medio, «Campaña de riego 2024», \
         https://regantes.example.es/campana.\n",
    );
    let one = note(&e, "1");
    assert_eq!(one.title.as_deref(), Some("Les trajets scolaires à vélo"));
    assert_eq!(
        one.authors,
        ["Fédération des parents d'élèves du second degré"]
    );
    let two = note(&e, "2");
    assert_eq!(two.title.as_deref(), Some("Campaña de riego 2024"));
    assert_eq!(
        texts(&e),
        [
            "la piste ne sera pas terminée avant la rentrée",
            "el agua no llegará a los campos este año",
        ],
        "{:#?}",
        e.quotes
    );
    // Prose before a quotation in a note is still no author and gives no title.
    let e = extract_markdown(
        "It was reported.[^1]\n\n[^1]: The committee said in its reply that \
         \"the figures were never checked by anyone\".\n",
    );
    assert_eq!(note(&e, "1").title, None);
}

/// An APA entry whose title ends with its own question mark: the title is the question,
/// the italic journal after it the publisher.
#[test]
fn apa_title_ending_with_a_question_mark() {
    let e = extract_markdown(
        "One study found that \"walking buses raise attendance in the first term\" \
         (Adeyemi, 2019, p. 12).\n\n\
         ## References\n\n\
         Adeyemi, T. (2019). Do walking buses get children to school? *Journal of \
         Transport and Health, 14*(3), 10–19. https://doi.org/10.5555/jth.2019.14.3.10\n\n\
         Brandt, L. (2020). Street design for children. *Urban Studies Review, 8*(1), 1–9.\n",
    );
    let n = note(&e, "Adeyemi 2019");
    assert_eq!(
        n.title.as_deref(),
        Some("Do walking buses get children to school?")
    );
    assert_eq!(
        n.publisher.as_deref(),
        Some("Journal of Transport and Health")
    );
    let n = note(&e, "Brandt 2020");
    assert_eq!(n.title.as_deref(), Some("Street design for children"));
}

/// Notes that point back to an earlier one (`Id.`, `Ebd.`, `supra`) name no work of their
/// own: no title `Id` or `supra`, no author `Ebd., S.`; `Id.` and `Ebd.` still take the
/// earlier note's address.
#[test]
fn back_reference_notes_have_no_title_or_author_of_their_own() {
    let e = extract_markdown(
        "The court said a notice \"must be legible on a small screen.\"[^2] Okafor argues \
         that \"most users never scroll.\"[^3] Sie schreibt, „die Frist sei zu kurz“[^4]. \
         Later, \"the burden lies with the seller.\"[^5]\n\n\
         [^1]: *Brennan v. Shoreline Media*, 12 F.4th 301 (9th Cir. 2022), \
         https://law.example.edu/brennan.\n\
         [^2]: *Id.* at 305.\n\
         [^3]: Ada Okafor, \"Reading the Fine Print,\" 41 *Tech. L.J.* 9 (2021), \
         https://tlj.example.edu/okafor.pdf.\n\
         [^4]: Ebd., S. 14.\n\
         [^5]: Okafor, *supra* note 3, at 12.\n",
    );
    for label in ["2", "4", "5"] {
        let n = note(&e, label);
        assert_eq!(n.title, None, "{label}: {n:#?}");
        assert!(n.authors.is_empty(), "{label}: {n:#?}");
    }
    assert_eq!(note(&e, "2").urls, ["https://law.example.edu/brennan"]);
    assert_eq!(note(&e, "4").urls, ["https://tlj.example.edu/okafor.pdf"]);
    assert_eq!(
        note(&e, "3").title.as_deref(),
        Some("Reading the Fine Print")
    );
}
