//! Twenty-fourth session, plain-text articles: URLs wrapped inside `<…>`, e-mail replies
//! quoted under their attribution line, legacy-encoded local files.

use citecheck::model::DocKind;

use crate::support::extract_as;

/// The links of an extraction: (URL, line, column).
fn links(e: &citecheck::model::Extraction) -> Vec<(String, usize, usize)> {
    e.links
        .iter()
        .map(|l| (l.url.clone(), l.line, l.column))
        .collect()
}

/// Regression: a URL in angle brackets wrapped over lines after `-` was cut at the break
/// (`…/tram-fares-`), though the `>` closing it makes the continuation certain. Now every
/// line break inside `<…>` is joined (after `-`, `/`, `.`, `?`, `=`, the continuation
/// indented or not, over two breaks), in text and Markdown alike, the link placed at its `<`;
/// a `<` that no `>` closes within a few lines joins nothing of the kind.
#[test]
fn urls_wrapped_inside_angle_brackets_are_joined() {
    let src = "Fares fell, the audit found.[1] Tickets too.[2] Passes.[3] Bikes.[4]\n\n\
               Notes\n\n\
               1. City Audit Office, \"Tram fares,\" 2024. <https://audit.example.net/reports/tram-fares-\n\
               review-2024.pdf>\n\
               2. Transit Board, minutes. <https://board.example.net/minutes/\n\
               \x20\x20\x20march/item-7.html>. Accessed 2 May 2025.\n\
               3. Ledger, \"Passes.\" <https://ledger.example.net/story.\n\
               \x20\x20\x20php?id=\n\
               \x20\x20\x2041&page=2>\n\
               4. Cycle Forum. <https://forum.example.net/threads/\n\
               bike racks at the station were discussed at length there\n";
    for kind in [DocKind::Text, DocKind::Markdown] {
        let e = extract_as(kind, src);
        let got = links(&e);
        let want = [
            (
                "https://audit.example.net/reports/tram-fares-review-2024.pdf",
                5,
                43,
            ),
            ("https://board.example.net/minutes/march/item-7.html", 7, 28),
            ("https://ledger.example.net/story.php?id=41&page=2", 9, 22),
            ("https://forum.example.net/threads/", 12, 18),
        ];
        assert_eq!(got.len(), want.len(), "{kind:?}: {got:?}");
        for ((url, line, col), (wu, wl, wc)) in got.iter().zip(want) {
            assert_eq!(url, wu, "{kind:?}");
            if kind == DocKind::Text {
                // Where the `<` stands (Markdown gives its own positions).
                assert_eq!((*line, *col), (wl, wc), "{kind:?} {url}");
            }
        }
    }
}

/// Regression: a colleague's reply quoted under `Name wrote:` in an e-mail draft was a block
/// quotation cited by the URL inside it (so `check` found it "not found" on that page). An
/// e-mail reply is correspondence: it stays a quotation, cited by nothing, its URLs still
/// links; the same under Gmail's and Apple's `On … wrote:`, other languages' lines, Outlook's
/// headers, and nested `>>`. An article's `As Orwell wrote:` over a blank line and a block
/// quotation keeps its citation.
#[test]
fn email_replies_are_cited_by_nothing() {
    let replies = [
        "Priya Shah wrote:\n> The figure \"one in three riders\" should come from\n> \
         https://stats.example.net/ridership-2024 I think.\n",
        "On Wed, 4 Mar 2026 at 09:15, Priya Shah <priya@desk.example> wrote:\n\n> The figure \
         should come from\n> https://stats.example.net/ridership-2024 I think.\n",
        "Am 04.03.26 um 09:15 schrieb Priya Shah:\n> Die Zahl stammt wohl von\n> \
         https://stats.example.net/ridership-2024 oder?\n",
        "Le mer. 4 mars 2026 à 09:15, Priya Shah <priya@desk.example> a écrit :\n> Le chiffre \
         vient de https://stats.example.net/ridership-2024 je crois.\n",
        "-----Original Message-----\nFrom: Priya Shah\nSent: 4 March 2026 09:15\nTo: Desk\n\
         Subject: Draft\n\n> The figure should come from\n> \
         https://stats.example.net/ridership-2024 I think.\n",
        "Priya Shah wrote:\n> Sam Okoro wrote:\n>> The figure should come from\n>> \
         https://stats.example.net/ridership-2024 I think.\n> Agreed, check it.\n",
    ];
    for reply in replies {
        let src = format!("Thanks, revised below.\n\n{reply}\nRidership rose last year.\n");
        for kind in [DocKind::Text, DocKind::Markdown] {
            let e = extract_as(kind, &src);
            assert!(!e.quotes.is_empty(), "{kind:?} {reply}");
            for q in &e.quotes {
                assert!(q.citations.is_empty(), "{kind:?} {reply}: {q:#?}");
            }
            assert!(
                e.links
                    .iter()
                    .any(|l| l.url == "https://stats.example.net/ridership-2024"),
                "{kind:?} {reply}"
            );
        }
    }
    // A quotation an article introduces keeps the link that cites it.
    for intro in ["As Orwell wrote:\n\n", "Jo Marsh wrote:\n\n"] {
        let src = format!(
            "{intro}> Political language is designed to make lies sound truthful, he \
             argued in https://essays.example.org/politics-english\n"
        );
        for kind in [DocKind::Text, DocKind::Markdown] {
            let e = extract_as(kind, &src);
            let q = crate::support::quote(&e, "Political language");
            assert_eq!(
                q.citations.first().and_then(|c| c.url.as_deref()),
                Some("https://essays.example.org/politics-english"),
                "{kind:?} {intro}"
            );
        }
    }
}

/// A message forwarded whole under Outlook's headers, without `>` (a reader's letter sent on
/// to run), is the material to check, not a reply: its quotations keep their citations; so
/// do an article's under the message's own headers at the top.
#[test]
fn a_message_forwarded_under_outlook_headers_is_still_checked() {
    let src = "From: Sam Okoro <sam@desk.example>\nSent: 5 March 2026 11:20\nTo: Letters\n\
               Subject: Fwd: depot\n\n\
               Worth running?\n\n\
               -----Original Message-----\nFrom: Priya Shah\nSent: 4 March 2026 09:15\n\
               To: Letters\nSubject: The depot\n\n\
               The minister promised \"the depot will reopen in spring\" at\n\
               https://gov.example.net/depot-speech and it has not.\n";
    let e = extract_as(DocKind::Text, src);
    assert_eq!(
        crate::support::urls_of(&e, "the depot"),
        ["https://gov.example.net/depot-speech"]
    );
}

/// Regression: a local Latin-1 (windows-1252) file was decoded as UTF-8 lossily (`caf�`),
/// so its quotations could never verify. Bytes with no valid UTF-8 sequence beyond ASCII
/// that a legacy encoding reads cleanly are read in it, with a warning naming it; a UTF-8
/// file with a few bad bytes is still UTF-8, decoded lossily, with its warning.
#[test]
fn legacy_encoded_files_are_read_in_their_encoding() {
    let mut w = Vec::new();
    let latin1 = b"The owner said \x93the caf\xe9 terrace stays open all winter\x94.\n";
    let text = citecheck::input::decode_document(latin1, &mut w);
    assert_eq!(
        text,
        "The owner said \u{201C}the café terrace stays open all winter\u{201D}.\n"
    );
    assert_eq!(w.len(), 1);
    assert!(w[0].message.contains("windows-1252"), "{}", w[0].message);
    assert_eq!((w[0].line, w[0].column), (1, 16));

    w.clear();
    let mostly = "Zoë said “the café is open” and \u{2014} "
        .as_bytes()
        .to_vec();
    let mut bytes = mostly.clone();
    bytes.extend(b"then \xe9 here.\n");
    let text = citecheck::input::decode_document(&bytes, &mut w);
    assert!(text.contains("Zoë") && text.contains('\u{FFFD}'), "{text}");
    assert!(w[0].message.contains("decoded lossily"), "{}", w[0].message);
}
