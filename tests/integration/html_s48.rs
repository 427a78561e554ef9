//! Regressions found by the forty-eighth session's held-out evaluation of web pages and
//! plain text: lists of other stories after the article (`Latest …`, `More reviews`), a
//! shop's box, an author's `Written by …` box, a credit paragraph inside a block quotation,
//! a wiki's identifier pages in a citation, Jetpack's sharing buttons, a plain-text block
//! quotation closed by its page alone. Each rule has its negative cases beside it.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cited, extract_as, furniture, note, quote, texts};

/// A box after the story listing the site's other stories, headed `Latest …` or `More
/// reviews` (in `main`, after the `article`, with or without a headline on the page): its
/// headlines' quotations are no quotations of the article, its links the site's. The same
/// heading inside the story (a live blog's `Latest updates`) heads the article's own text.
#[test]
fn latest_and_more_boxes_after_the_story_are_furniture() {
    let teaser = "https://checks.example.org/2025/tram-fares";
    let page = |h1: &str, tag: &str, heading: &str| {
        format!(
            "<html><body><main><article>{h1}<p>Library opening hours were cut by a fifth \
             between 2019 and 2024, not halved.</p></article>\
             <{tag} class=\"box\"><h2>{heading}</h2><ul><li><a href=\"{teaser}\">Did tram \
             fares \u{201c}triple in a year\u{201d}?</a></li></ul></{tag}></main></body></html>"
        )
    };
    for h1 in ["<h1>Fact check: library hours</h1>", ""] {
        for tag in ["aside", "section"] {
            for heading in ["Latest fact checks", "More reviews", "More fact checks"] {
                let e = extract_as(DocKind::Html, &page(h1, tag, heading));
                assert!(
                    !texts(&e).contains(&"triple in a year"),
                    "{h1:?} {tag} {heading}: {:#?}",
                    e.quotes
                );
                assert!(furniture(&e, teaser), "{h1:?} {tag} {heading}");
            }
        }
    }
    // Inside the story, `Latest updates` heads a live blog's posts: their quotations are
    // the article's.
    let live = format!(
        "<html><body><main><article><h1>Tram strike: live</h1><section><h2>Latest \
         updates</h2><p>The union said fares would \u{201c}triple in a year\u{201d} \
         (<a href=\"{teaser}\">statement</a>).</p></section></article></main></body></html>"
    );
    let e = extract_as(DocKind::Html, &live);
    assert_eq!(cited(&e, "triple in a year").len(), 1, "{:#?}", e.quotes);
    assert!(!furniture(&e, teaser));
}

/// A shop's box in a review (`aside.buy-box`, or any box headed `Buy the book`): the label
/// of its button in quotation marks is no block quotation citing the shop. A quotation in
/// the review's own paragraph is still read.
#[test]
fn buy_box_button_label_is_no_quotation() {
    let shop = "https://books.example/shop/tidewater";
    let page = |class: &str, heading: &str| {
        format!(
            "<html><body><main><article><h1>Tidewater, reviewed</h1>\
             <p>The narrator calls the estuary \u{201c}a clock that only the birds can \
             read\u{201d}.</p><aside class=\"{class}\"><h3>{heading}</h3>\
             <a class=\"btn\" href=\"{shop}\">\u{201c}Pre-order now\u{201d}</a></aside>\
             </article></main></body></html>"
        )
    };
    for (class, heading) in [
        ("buy-box", "Get your copy"),
        ("panel", "Buy the book"),
        ("affiliate-links", "Stockists"),
    ] {
        let e = extract_as(DocKind::Html, &page(class, heading));
        assert!(
            !texts(&e).contains(&"Pre-order now"),
            "{class} {heading}: {:#?}",
            e.quotes
        );
        assert!(
            texts(&e).contains(&"a clock that only the birds can read"),
            "{class}: {:#?}",
            e.quotes
        );
    }
}

/// Medium's author box after the story (`Written by …` over a biography, outside the
/// `article`): the biography's words in quotation marks are not the article's. The same
/// words in the article are.
#[test]
fn written_by_box_after_the_story_is_furniture() {
    let page = |bio_in_article: bool| {
        let bio = "<div class=\"ab\"><h2 class=\"pw-author-name\">Written by Tomas Berg</h2>\
                   <p>Platform lead. Writes about \u{201c}dull\u{201d} databases.</p></div>";
        let (inside, after) = if bio_in_article { (bio, "") } else { ("", bio) };
        format!(
            "<html><body><article><h1>Why we stopped sharding</h1><p>We ran forty shards \
             for six years and regretted most of them.</p>{inside}</article>\
             <div class=\"speechify-ignore\">{after}</div></body></html>"
        )
    };
    let e = extract_as(DocKind::Html, &page(false));
    assert!(!texts(&e).contains(&"dull"), "{:#?}", e.quotes);
    // Inside the story, a heading so worded may be the article's own.
    let e = extract_as(DocKind::Html, &page(true));
    assert!(texts(&e).contains(&"dull"), "{:#?}", e.quotes);
}

/// A credit paragraph inside a block quotation (`<p class="attrib">(Respondent 9)</p>`,
/// a theme's `quote-credit`) is no part of the quotation's text, as a `<footer>` or
/// `<cite>` there is not. A second paragraph of another class is the quotation's.
#[test]
fn credit_paragraph_inside_a_block_quote_is_left_out() {
    let page = |class: &str| {
        format!(
            "<html><body><article><p>One warehouse picker described the scanners:</p>\
             <blockquote><p>It beeps if you stop for more than a minute, so you never \
             stop.</p><p class=\"{class}\">(Respondent 9)</p></blockquote></article>\
             </body></html>"
        )
    };
    for class in ["attrib", "quote-credit", "wp-block-quote__attribution"] {
        let e = extract_as(DocKind::Html, &page(class));
        assert_eq!(
            quote(&e, "It beeps").text,
            "It beeps if you stop for more than a minute, so you never stop.",
            "{class}"
        );
    }
    let e = extract_as(DocKind::Html, &page("second"));
    assert!(
        quote(&e, "It beeps").text.ends_with("(Respondent 9)"),
        "{:#?}",
        e.quotes
    );
}

/// A MediaWiki citation links the wiki's page about the identifier beside it (`ISBN`,
/// `doi`) and, for a book, its book-sources page: neither is a URL of the cited work, on
/// the wiki's host or as written. A book with only those has no URL; its quotation cites
/// the note alone. A DOI linked percent-encoded and written out plainly is one URL.
#[test]
fn wiki_identifier_pages_are_no_note_urls() {
    let page = |host: &str| {
        format!(
            "<html><body><main><div class=\"mw-parser-output\">\
             <p>The pilot recalled that the harbour was \u{201c}lit like a fairground every \
             night of the season\u{201d}.<sup id=\"cite_ref-1\" class=\"reference\">\
             <a href=\"#cite_note-1\">[1]</a></sup> The boat was \u{201c}built to outlast its \
             crew\u{201d}.<sup id=\"cite_ref-2\" class=\"reference\"><a href=\"#cite_note-2\">\
             [2]</a></sup></p><ol class=\"references\"><li id=\"cite_note-1\">\
             <span class=\"mw-cite-backlink\"><a href=\"#cite_ref-1\">^</a></span> \
             <span class=\"reference-text\"><cite class=\"citation book cs1\">Orme, Jean \
             (2001). <i>Harbour Lights</i>. Kestrel Books. \
             <a href=\"{host}/wiki/ISBN_(identifier)\">ISBN</a>&#160;\
             <a href=\"{host}/wiki/Special:BookSources/978-0-00-000001-9\">\
             <bdi>978-0-00-000001-9</bdi></a>.</cite></span></li>\
             <li id=\"cite_note-2\"><span class=\"mw-cite-backlink\">\
             <a href=\"#cite_ref-2\">^</a></span> <span class=\"reference-text\">\
             <cite class=\"citation journal cs1\">Pike, Ola (2010). \
             <a href=\"https://journal.example.org/boats/pike\">\"Boats of the firth\"</a>. \
             <i>Maritime Notes</i>. <a href=\"{host}/wiki/Doi_(identifier)\">doi</a>:\
             <a href=\"https://doi.org/10.5555%2Fmn.2010.7\">10.5555/mn.2010.7</a>.</cite>\
             </span></li></ol></div></main></body></html>"
        )
    };
    for host in ["", "https://en.wiki.example.org"] {
        let e = extract_as(DocKind::Html, &page(host));
        assert!(
            note(&e, "1").urls.is_empty(),
            "{host}: {:?}",
            note(&e, "1").urls
        );
        assert_eq!(
            cited(&e, "lit like a fairground"),
            [(Some("1".to_string()), None, Attribution::MarkerAfter)],
            "{host}"
        );
        assert_eq!(
            note(&e, "2").urls,
            [
                "https://journal.example.org/boats/pike",
                "https://doi.org/10.5555%2Fmn.2010.7"
            ],
            "{host}"
        );
    }
}

/// Jetpack's sharing buttons inside a WordPress post (`li.share-facebook > a.sd-button`,
/// `?share=facebook`, a `mailto:` to a friend) are page furniture, as sharing intents are;
/// a box of further reading in the post keeps its links the article's.
#[test]
fn jetpack_share_buttons_are_furniture() {
    let post = "https://courier.example/2025/05/pier-repairs/";
    let src = format!(
        "<html><body><main><article class=\"post type-post\"><h1>Pier repairs delayed</h1>\
         <div class=\"sharedaddy sd-sharing-enabled\"><div class=\"sd-block sd-sharing\">\
         <h3 class=\"sd-title\">Share this:</h3><ul>\
         <li class=\"share-facebook\"><a class=\"share-facebook sd-button\" \
         href=\"{post}?share=facebook\"><span>Facebook</span></a></li>\
         <li class=\"share-email\"><a class=\"share-email sd-button\" \
         href=\"mailto:?subject=Pier%20repairs\"><span>Email</span></a></li></ul></div></div>\
         <div class=\"entry-content\"><p>The <a href=\"https://council.example/pier-report\">\
         engineers' report</a> found the deck sound.</p>\
         <div class=\"related-reading\"><a href=\"https://council.example/pier-2019\">The \
         2019 survey</a></div></div></article></main></body></html>"
    );
    let e = extract_as(DocKind::Html, &src);
    assert!(furniture(&e, &format!("{post}?share=facebook")));
    assert!(furniture(&e, "mailto:?subject=Pier%20repairs"));
    assert!(!furniture(&e, "https://council.example/pier-report"));
    assert!(!furniture(&e, "https://council.example/pier-2019"));
}

/// A plain-text block quotation, indented under the paragraph introducing it, whose last
/// line closes with its page alone (APA's `(p. 31)` after a narrative citation): the
/// quotation is found, without the locator. A bracket that is the sentence's own still
/// makes the lines no quotation (code or a list).
#[test]
fn text_block_quote_closed_by_a_page_locator() {
    let doc = |tail: &str| {
        format!(
            "The audit summed it up:\n\n    Branches that open in the evening are used by \
             more people\n    than branches that open longer in the morning. Timing, not\n    \
             length, decides who comes in.{tail}\n\nWe tested that finding.\n"
        )
    };
    for tail in [" (p. 12)", " (pp. 12-13)", "\n    (p. 12)"] {
        let e = extract_as(DocKind::Text, &doc(tail));
        let q = quote(&e, "Branches that open");
        assert_eq!(
            q.text,
            "Branches that open in the evening are used by more people than branches that \
             open longer in the morning. Timing, not length, decides who comes in.",
            "{tail:?}"
        );
    }
    // A bracket ending a line mid-sentence is not a locator.
    let e = extract_as(DocKind::Text, &doc(" We call this rule (p. 12)"));
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
}
