//! Regressions found by the twentieth session's held-out evaluations of quote attribution:
//! each input lost a source, took a wrong one, or read a quotation wrongly before its fix.
//! Every rule has its negative cases beside it: what the rule must not catch.

use crate::support::{notes_of, urls_of};
use citecheck::model::{Attribution, DocKind, Extraction};

use crate::support::{cited, extract_as, note, quote};

/// The quotes' texts, in order.
fn texts(e: &Extraction) -> Vec<&str> {
    e.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// `Id.` after a quotation points back to the case cited last, also when the case's opinion
/// is given as a web address written out after its citation (not as a link on its name):
/// every quotation of the chain is the opinion's.
#[test]
fn id_points_back_to_a_case_cited_by_a_bare_address() {
    let opinion = "https://appeals.example.gov/op/23-417.pdf";
    let e = extract_as(
        DocKind::Text,
        &format!(
            "The panel in Okoro v. Wexham Lettings, No. 23-417 (Cal. Ct. App. 2023), \
             {opinion}, held that a deposit \"is held in trust for the tenant from the first \
             day.\" Id. at 4. It went on that a landlord \"may not net unpaid rent against \
             the deposit without notice.\" Id. Later it said the rule \"admits of no \
             exception for small sums.\" Id. at 6.\n"
        ),
    );
    for q in ["is held in trust", "may not net unpaid", "admits of no"] {
        assert_eq!(urls_of(&e, q), [opinion], "{q}");
    }
    // A web address that follows no case is no authority `Id.` points back to.
    let e = extract_as(
        DocKind::Text,
        "The council posts its bylaws at https://council.example.gov/bylaws for anyone to \
         read. The judge wrote that the bylaw \"cannot bind a person who never saw it.\" Id. \
         at 9.\n",
    );
    assert_eq!(cited(&e, "cannot bind a person"), []);
}

/// A marker before a quotation reaches it over a semicolon or colon when the clause after
/// it takes up the cited work as its subject and says the quotation (`… minutes [1] are
/// vaguer: they only say …`, `… described in [9]; its authors caution that …`); a clause
/// about someone else, or `they` who may be others, does not.
#[test]
fn a_marker_reaches_over_a_clause_that_resumes_the_cited_work() {
    let refs = "\n\n[1] https://port.example.gov/minutes.pdf\n\
                [2] https://port.example.gov/survey.pdf\n";
    let e = extract_as(
        DocKind::Text,
        &format!(
            "The port authority minutes [1] are less precise: they only say the quay is \
             \"largely finished, pending a last structural survey\".\n\n\
             The dredging method is set out in [2]; its authors caution that silt levels \
             \"may double in a wet winter without any warning\".\n\n\
             The survey [2] is blunt: it says the berth \"cannot take vessels over nine \
             metres\".{refs}"
        ),
    );
    assert_eq!(notes_of(&e, "largely finished"), ["1"]);
    assert_eq!(notes_of(&e, "may double"), ["2"]);
    assert_eq!(notes_of(&e, "cannot take vessels"), ["2"]);
    assert!(cited(&e, "largely finished")
        .iter()
        .all(|c| c.2 == Attribution::MarkerBefore));
    let e = extract_as(
        DocKind::Text,
        &format!(
            "Residents were angry about the minutes [1]: they said the harbour had become \
             \"a building site with no end in sight\".\n\n\
             The dredging method is set out in [2]; the mayor said the plan was \"far too \
             costly for a town this size\".\n\n\
             The minutes [1] were late; they came after the vote, and many called the delay \
             \"an insult to every resident of the town\".{refs}"
        ),
    );
    assert_eq!(cited(&e, "a building site"), []);
    assert_eq!(cited(&e, "far too costly"), []);
    assert_eq!(cited(&e, "an insult to every"), []);
}

/// A work that quotes someone is the source of what it quotes: `The report also quotes a
/// volunteer who says that …` takes the report's link from the sentence before, as `The
/// report also says …` does; a relative clause about someone else still takes nothing.
#[test]
fn a_work_quoting_someone_is_the_source_of_the_quotation() {
    let e = extract_as(
        DocKind::Markdown,
        "We read the [cooperative's yearly review](https://coop.example.org/review-2024), \
         which found that \"bicycles are now half of all repairs\". The review also quotes a \
         mechanic who says that customers come in \"embarrassed by rust they could have \
         stopped with a rag\".\n\n\
         We read the [cooperative's yearly review](https://coop.example.org/review-2024). \
         The review was criticised by the union, which said the figures were \"selected to \
         flatter the board\".\n",
    );
    assert_eq!(
        cited(&e, "embarrassed by rust"),
        [(
            None,
            Some("https://coop.example.org/review-2024".to_string()),
            Attribution::Preceding
        )]
    );
    assert_eq!(cited(&e, "selected to flatter"), []);
}

/// A narrative author–date citation whose names are joined by another language's `and`
/// (`Sutanto dan Wijaya (2021)`, `Lindqvist och Berg`, `Demir ve Kaya`) names the quotation's
/// source, as the bracketed form and `&` already did; joined names are two people, so they
/// do not cite a work of the first author alone.
#[test]
fn narrative_names_joined_by_and_in_other_languages() {
    let refs = "\n\n## Daftar Pustaka\n\n\
                Halim, A., & Nugroho, B. (2022). Banjir rob di pesisir. *Jurnal Air*, 4(1), 1–9.\n\n\
                Lindqvist, K., & Berg, M. (2019). Översvämningar. *Vatten*, 2, 3–8.\n\n\
                Demir, S., & Kaya, E. (2020). Taşkınlar. *Su Dergisi*, 7, 11–19.\n\n\
                Okafor, N. (2018). Floods. *Water*, 1, 1–4.\n";
    let e = extract_as(
        DocKind::Markdown,
        &format!(
            "Kajian Halim dan Nugroho (2022) menyebut air pasang \"naik dua kali lebih sering \
             dibanding satu dekade lalu\".\n\n\
             Enligt Lindqvist och Berg (2019) är vattnet \"högre än någonsin sedan mätningarna \
             började\".\n\n\
             Demir ve Kaya (2020) taşkınların \"her yıl biraz daha erken geldiğini\" yazıyor.\n\n\
             Okafor dan Lind (2018) menulis bahwa banjir \"datang tanpa peringatan sama \
             sekali\".{refs}"
        ),
    );
    assert_eq!(notes_of(&e, "naik dua kali"), ["Halim & Nugroho 2022"]);
    assert_eq!(notes_of(&e, "högre än"), ["Lindqvist & Berg 2019"]);
    assert_eq!(notes_of(&e, "her yıl"), ["Demir & Kaya 2020"]);
    assert_eq!(cited(&e, "datang tanpa"), []);
}

/// MLA: names fronted to a sentence (`For Mensah and Ibe, the refusal is “…” (203)`) or
/// opening it as a verb of saying's subject (`Hartley argues that the late poems “…” (44)`)
/// name the quotation's source; the work the paragraph cited last does not win over them.
#[test]
fn mla_names_fronted_or_opening_the_sentence_win_over_the_last_work() {
    let e = extract_as(
        DocKind::Markdown,
        "Hartwell argues that the last of the river poems \"stop asking the water for \
         anything at all\" (44). For Mensah and Ibe, the poet's late and much-praised \
         refusal is \"less a triumph than a weariness\" (203). In Okonkwo's reading, the \
         quiet of these poems is \"a door left open on purpose\" (12).\n\n\
         ## Works Cited\n\n\
         Hartwell, Simon. *Salt and Syntax*. Northern UP, 2018.\n\n\
         Mensah, Kofi, and Grace Ibe. \"Tired Waters.\" *Poetry Review*, vol. 14, 2020, \
         pp. 197-214.\n\n\
         Okonkwo, Adaeze. *Tidewrack*. Harbour Books, 2012.\n",
    );
    assert_eq!(notes_of(&e, "stop asking the water"), ["Hartwell 2018"]);
    assert_eq!(notes_of(&e, "less a triumph"), ["Mensah & Ibe 2020"]);
    assert_eq!(notes_of(&e, "a door left open"), ["Okonkwo 2012"]);
    // A fronted place is no author, and a name far from the sentence's start with no verb
    // of saying after it does not open the sentence: the last work cited stands.
    let e = extract_as(
        DocKind::Markdown,
        "Hartwell calls the sea \"a grammar without verbs\" (41). In Lagos, as elsewhere, \
         the poems are \"quietly furious about the harbour\" (45).\n\n\
         ## Works Cited\n\n\
         Hartwell, Simon. *Salt and Syntax*. Northern UP, 2018.\n\n\
         Okonkwo, Adaeze. *Tidewrack*. Harbour Books, 2012.\n",
    );
    assert_eq!(notes_of(&e, "quietly furious"), ["Hartwell 2018"]);
    // A verb's words holding a conjunction or an article that may be a surname's particle
    // (`y`, `la`) are still the verb's.
    let e = extract_as(
        DocKind::Markdown,
        "Dupont écrit que la mer est \"une grammaire sans aucun verbe\" (12). García dice y \
         repite que el mar es \"una gramática sin ningún verbo\" (14).\n\n\
         ## Works Cited\n\n\
         Dupont, Marie. *La Mer*. Gallimard, 2019.\n\n\
         García, Ana. *El Mar*. Anagrama, 2018.\n",
    );
    assert_eq!(notes_of(&e, "une grammaire"), ["Dupont 2019"]);
    assert_eq!(notes_of(&e, "una gramática"), ["García 2018"]);
}

/// MLA Works Cited entries hard-wrapped before their year are read whole: cited by author
/// and page, their quoted title no quotation of the article, and a `---.` entry after one
/// takes its authors.
#[test]
fn mla_entries_wrapped_before_their_year() {
    let e = extract_as(
        DocKind::Markdown,
        "The tide is \"a neighbour who leaves the door unlocked\" (Adebayo, *Tidewrack* 12). \
         She said she wrote of the sea \"because it was there every morning\" (Adebayo, \
         \"Interview\" 7). Mensah calls her late style \"tired, and knowing it\" (201).\n\n\
         ## Works Cited\n\n\
         Adebayo, Funmi. \"Interview with Funmi Adebayo.\" Conducted by Lena Marsh. *The \
         Shoreline\nReview*, no. 31, 2016, pp. 5-11.\n\n\
         ---. *Tidewrack: Late Poems*. Harbour Books,\n2012.\n\n\
         Mensah, Kofi. \"Tired Waters: Adebayo and the Late Style.\" *Journal of\nAnglophone \
         Poetry*, vol. 14, no. 2, 2020, pp. 197-214.\n",
    );
    assert_eq!(notes_of(&e, "a neighbour who"), ["Adebayo 2012"]);
    assert_eq!(notes_of(&e, "because it was there"), ["Adebayo 2016"]);
    assert_eq!(notes_of(&e, "tired, and knowing"), ["Mensah 2020"]);
    assert_eq!(
        note(&e, "Adebayo 2016").title.as_deref(),
        Some("Interview with Funmi Adebayo")
    );
    let t = texts(&e);
    assert!(
        !t.iter()
            .any(|q| q.starts_with("Interview with") || q.starts_with("Tired Waters")),
        "{t:?}"
    );
    // A line that is no entry's start is not joined to the next into one.
    let e = extract_as(
        DocKind::Markdown,
        "The sea is \"a grammar without verbs\" (Okafor 3).\n\n\
         ## Works Cited\n\n\
         These works were consulted in the library,\nnot online.\n\n\
         Okafor, Ada. *Rivers*. Lagos UP, 2021.\n",
    );
    assert_eq!(e.footnotes.len(), 1, "{:#?}", e.footnotes);
    assert_eq!(notes_of(&e, "a grammar without"), ["Okafor 2021"]);
}

/// German single low quotes (`‚…‘`) quote at the top level, as `„…“` does; the `‘` closes
/// only a `‚`, and a `‘` elsewhere stays an opener.
#[test]
fn german_single_low_quotes() {
    let e = extract_as(
        DocKind::Markdown,
        "Der frühere Direktor habe den Umbau einmal ‚eine Sache von Wochen, nicht von \
         Monaten‘ genannt.[^1]\n\n\
         Sie sagte: „Er nannte es ‚unmöglich‘, wir nicht.“\n\n\
         [^1]: Leserbrief, https://zeitung.example.ch/brief\n",
    );
    assert_eq!(
        texts(&e),
        [
            "eine Sache von Wochen, nicht von Monaten",
            "Er nannte es ‚unmöglich‘, wir nicht."
        ]
    );
    assert_eq!(notes_of(&e, "eine Sache"), ["1"]);
}

/// Titles in quotation marks that a noun names (`Its strategy “…”`, `Music: “…”`, `the
/// discussion thread “Why …?”`, `the library’s “…” guide`) are no quotations; quotations
/// after such nouns in sentence case, or with a speaker's tag, still are.
#[test]
fn titles_named_by_a_noun_before_or_after_them() {
    let e = extract_as(
        DocKind::Markdown,
        "Its strategy \"Clean Rivers, Clean Towns: Our Plan to 2035\" came out in 2023.\n\n\
         *Music: \"Rivet Blues in A Major\" by The Girders.*\n\n\
         See the forum thread \"Why is everyone switching to slab serifs this year?\" for \
         more.\n\n\
         The library’s “seed saving for complete beginners” guide is free. Its \"Clean \
         Water Everywhere\" campaign ended.\n",
    );
    assert_eq!(texts(&e), Vec::<&str>::new());
    let e = extract_as(
        DocKind::Markdown,
        "The strategy \"will cost more than the council has ever spent\", one member \
         warned.\n\n\
         In the thread, \"we never saw the invoice\" was the first reply.\n\n\
         She called the plan \"a guide for nobody\" guide or not, and left.\n\n\
         The minister said \"we will publish the full results next week\" report writers \
         agreed.\n",
    );
    assert_eq!(
        texts(&e),
        [
            "will cost more than the council has ever spent",
            "we never saw the invoice",
            "a guide for nobody",
            "we will publish the full results next week",
        ]
    );
}

/// Quotes of one saying in a sentence, the link after the last one the sentence's only
/// source (`She called the path “…” and the project “…” ([op-ed](…))`, `“…” — in her words,
/// “…” ([op-ed](…))`), are all cited by it; not when the words between name another speaker
/// or start another clause, nor across a sentence's end.
#[test]
fn quotes_of_one_saying_share_the_link_after_the_last() {
    let url = "https://news.example.org/op-ed";
    let e = extract_as(
        DocKind::Markdown,
        &format!(
            "She called the bridge “a costly answer to a question nobody asked” and the \
             tunnel “a decent idea badly run” ([op-ed]({url})).\n\n\
             The bridge “seemed a costly answer to nothing” — in her words, “It seemed a \
             costly answer to a question nobody had asked” ([op-ed]({url})).\n"
        ),
    );
    for q in [
        "a costly answer to a question nobody asked",
        "a decent idea",
        "seemed a costly",
        "It seemed",
    ] {
        assert_eq!(urls_of(&e, q), [url], "{q}");
    }
    let e = extract_as(
        DocKind::Markdown,
        &format!(
            "The mayor called the bridge “a costly answer to nothing”, while Ruiz called it \
             “the best thing the town has built” ([interview]({url})).\n\n\
             Critics called the bridge “a costly answer to a question”. The tunnel was “a \
             decent idea badly run” ([op-ed]({url})).\n"
        ),
    );
    assert_eq!(cited(&e, "a costly answer to nothing"), []);
    assert_eq!(
        e.quotes
            .iter()
            .filter(|q| q.text.starts_with("a costly answer"))
            .map(|q| q.citations.len())
            .collect::<Vec<_>>(),
        [0, 0]
    );
    assert_eq!(urls_of(&e, "the best thing"), [url]);
    let _ = quote(&e, "a decent idea");
}
