//! Regressions from the forty-fourth session's held-out evaluation of `check`: pages that
//! reject the quoted words, which verified with no dispute before the fix, and a "read
//! more" teaser paragraph read as the page's main text. Pages are built in memory.

use citecheck::model::{DisputeKind, PageRegion, Verdict};

use crate::s27_brackets::{check_led, page};

fn fact_check(body: &str) -> citecheck::verify::SourceText {
    page(&format!(
        "<!DOCTYPE html><html><head><title>Fact check: the lighthouse museum</title></head>\
         <body><header><a href=\"/\">The Harbour Gazette</a></header><main><article>\
         <h1>Fact check: the lighthouse museum</h1><p>By the Fact Check Team, 9 May \
         2025</p>{body}</article></main><footer><p>All rights reserved.</p></footer></body>\
         </html>"
    ))
}

const WORDS: &str = "the council voted to close the lighthouse museum";

/// A fact check setting its labels in capitals, as the AP does (`CLAIM: …` over `RATING:
/// False`), was read as no fact check at all: a byte pre-check looked for `laim` only.
#[test]
fn a_claim_rated_false_in_capitals_is_disputed() {
    let src = fact_check(
        "<p>CLAIM: The council voted to close the lighthouse museum.</p><p>RATING: False</p>\
         <p>Minutes show the council voted to extend the museum\u{2019}s lease by ten \
         years.</p>",
    );
    let r = check_led(WORDS, "The fact check found that", &src);
    assert!(
        r.disputes.iter().any(|d| d.kind == DisputeKind::Denied),
        "{r:#?}"
    );
}

/// A page naming the words in a `that` clause it calls false (`Claims that … are false`,
/// `Reports that … were wrong, officials said`) rejects them; the same words stated, or a
/// report that is true (`Reports that … are accurate`), dispute nothing.
#[test]
fn a_that_clause_the_page_calls_false_disputes_the_words() {
    for (sentence, denied) in [
        (
            "Claims that the council voted to close the lighthouse museum are false.",
            true,
        ),
        (
            "Reports that the council voted to close the lighthouse museum in July were \
             wrong, officials said.",
            true,
        ),
        (
            "Suggestions that the council voted to close the lighthouse museum are not true.",
            true,
        ),
        (
            "Reports that the council voted to close the lighthouse museum are accurate.",
            false,
        ),
        (
            "On Monday the council voted to close the lighthouse museum for good.",
            false,
        ),
    ] {
        let src = fact_check(&format!(
            "<p>{sentence}</p><p>Minutes show the council met on Monday.</p>"
        ));
        let r = check_led(WORDS, "The paper reported that", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{sentence}: {r:#?}");
        assert_eq!(
            r.disputes.iter().any(|d| d.kind == DisputeKind::Denied),
            denied,
            "{sentence}: {r:#?}"
        );
    }
}

/// A paragraph that is a teaser for another story (`<strong>READ MORE:</strong> <a>…</a>`,
/// `Related: <a>…</a>`) is furniture: words found only in its headline verified as the
/// page's own main text. A paragraph of prose holding a link is the page's text still.
#[test]
fn a_read_more_paragraph_is_furniture() {
    const WORDS: &str = "the engineers privately admit the wall will fail within ten years";
    for (para, furniture) in [
        (
            "<p><strong>READ MORE:</strong> <a href=\"/news/pier\">The engineers privately \
             admit the wall will fail within ten years</a></p>",
            true,
        ),
        (
            "<p>Related: <a href=\"/news/pier\">The engineers privately admit the wall will \
             fail within ten years</a></p>",
            true,
        ),
        (
            "<p>Read more: the engineers privately admit the wall will fail within ten years, \
             according to <a href=\"/news/pier\">a leaked memo</a>.</p>",
            false,
        ),
    ] {
        let src = page(&format!(
            "<!DOCTYPE html><html><head><title>Sea wall approved</title></head><body><main>\
             <article><h1>Sea wall approved</h1><p>The council approved a new sea wall for \
             the promenade on Wednesday night.</p>{para}<p>Engineers said the wall would \
             protect around 1,200 homes from flooding.</p></article></main></body></html>"
        ));
        let r = check_led(WORDS, "A source said", &src);
        assert_eq!(r.verdict, Verdict::Verified, "{para}: {r:#?}");
        assert_eq!(
            r.region == Some(PageRegion::Furniture),
            furniture,
            "{para}: {r:#?}"
        );
    }
}
