//! The fifty-ninth session's note fields: clauses naming who kept, hosted or updated the work
//! (`maintained by Tarn Council`, `updated by Tom Hill`), an italic site's name between the
//! names and a quoted title, a site's name before a quoted title in sentence case, `by`
//! names after an italic title, a body in sentence case before one, and descriptions of
//! how a work came out (`self-published`, `via …`, `a Harbour Trust publication`).

use citecheck::model::DocKind;

use crate::support::{extract_as, one_footnote as footnote, only_note as only};

/// `Ann Reid, *Ferry Log*, maintained by Tarn Council, 2024.`: the whole clause was the
/// publisher. A body said to maintain, host, run or publish the work is its publisher,
/// without the verb (and a lower-case lead such as `a blog`); a body that compiled or
/// updated it answers for it too. A person said to update, compile or curate it is an
/// editor of sorts, a field the JSON has not: no publisher; nor is whoever wrote its
/// foreword or took its photographs. A publisher named after such a clause is still found.
#[test]
fn a_clause_naming_who_kept_the_work() {
    for (note, publisher) in [
        (
            "Ann Reid, *Ferry Log*, maintained by Tarn Council, 2024.",
            Some("Tarn Council"),
        ),
        (
            "Ann Reid, *Ferry Log*, hosted by the Harbour Trust, 2024.",
            Some("Harbour Trust"),
        ),
        (
            "Ann Reid, *Ferry Log*, published by Tarn Council, 2024.",
            Some("Tarn Council"),
        ),
        (
            "Ann Reid, *Ferry Log*, a blog run by the Harbour Trust, 2024.",
            Some("Harbour Trust"),
        ),
        (
            "Ann Reid, *Ferry Log*, compiled by the Harbour Trust, 2024.",
            Some("Harbour Trust"),
        ),
        (
            "Ann Reid, *Ferry Log*, updated by Tarn Records Office, 2024.",
            Some("Tarn Records Office"),
        ),
        ("Ann Reid, *Ferry Log*, updated by Tom Hill, 2024.", None),
        ("Ann Reid, *Ferry Log*, compiled by Tom Hill, 2024.", None),
        ("Ann Reid, *Ferry Log*, curated by Tom Hill, 2024.", None),
        (
            "Ann Reid, *Ferry Log*, with photographs by Tom Hill, 2024.",
            None,
        ),
        ("Ann Reid, *Ferry Log*, foreword by Tom Hill, 2024.", None),
        (
            "Ann Reid, *Ferry Log*, illustrated by Tom Hill, 2024.",
            None,
        ),
        (
            "Ann Reid, *Ferry Log*, updated by Tom Hill, Tarn Press, 2024.",
            Some("Tarn Press"),
        ),
    ] {
        let e = footnote(note);
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some("Ferry Log"), "{note}");
        assert_eq!(f.authors, ["Ann Reid"], "{note}");
        assert_eq!(f.publisher.as_deref(), publisher, "{note}");
        assert_eq!(f.date.as_deref(), Some("2024"), "{note}");
    }
    // After a quoted title too.
    let e = footnote("Ann Reid, “Updated list”, published by Tarn Council, 2024.");
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Updated list"));
    assert_eq!(f.publisher.as_deref(), Some("Tarn Council"));

    // Negatives: publishers' names holding `by`, or a capitalised word before it.
    for name in ["Stand by Me Press", "Harbour Trust by the Sea"] {
        let e = footnote(&format!("Ann Reid, *Ferry Log*, {name}, 2024."));
        assert_eq!(only(&e).publisher.as_deref(), Some(name));
    }
}

/// `Ann Reid, *Ferry Log*, [“Updated list”](https://…)`: the author was read as `Ann Reid,
/// Ferry Log`. The italic name between the names and the quoted title is the larger work
/// (the site, blog or periodical), the quoted words the title, as when the italics come
/// after the title (MLA's container); linked or not, in HTML too, with MLA's stops, with no
/// names before it.
#[test]
fn an_italic_before_a_quoted_title_is_its_site() {
    for (note, authors) in [
        (
            "Ann Reid, *Ferry Log*, [“Updated list”](https://tarn.example.org/list)",
            vec!["Ann Reid"],
        ),
        (
            "Ann Reid, *Ferry Log*, “Updated list”, 2024.",
            vec!["Ann Reid"],
        ),
        (
            "Ann Reid and Tom Hill, *Ferry Log*, “Updated list”, 2024.",
            vec!["Ann Reid", "Tom Hill"],
        ),
        (
            "Tarn Council, *Ferry Log*, “Updated list”, 2024.",
            vec!["Tarn Council"],
        ),
        (
            "Reid, Ann. *Ferry Log*. “Updated list.” 2024.",
            vec!["Reid, Ann"],
        ),
        ("*Ferry Log*, “Updated list”, 2024.", vec![]),
    ] {
        let e = footnote(note);
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some("Updated list"), "{note}");
        assert_eq!(f.authors, authors, "{note}");
        assert_eq!(f.publisher.as_deref(), Some("Ferry Log"), "{note}");
    }
    let html = "<p>The counts went up.<sup id=\"fnref:1\"><a class=\"footnote-ref\" \
        href=\"#fn:1\">1</a></sup></p>\n<div class=\"footnote\"><hr /><ol>\n<li id=\"fn:1\"><p>\
        Ann Reid, <em>Ferry Log</em>, <a href=\"https://tarn.example.org/list\">&ldquo;Updated \
        list&rdquo;</a>, 3 March 2023.&#160;<a class=\"footnote-backref\" \
        href=\"#fnref:1\">&#8617;</a></p></li>\n</ol></div>\n";
    let e = extract_as(DocKind::Html, html);
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Updated list"));
    assert_eq!(f.authors, ["Ann Reid"]);
    assert_eq!(f.publisher.as_deref(), Some("Ferry Log"));
    assert_eq!(f.date.as_deref(), Some("3 March 2023"));

    // Negatives: the italics after the title, and an italic title with no quotation.
    let e = footnote("Ann Reid, “Updated list”, *Ferry Log*, 2024.");
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Updated list"));
    assert_eq!(f.publisher.as_deref(), Some("Ferry Log"));
    let e = footnote("Ann Reid, *Ferry Log*, 2024.");
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Ferry Log"));
    assert_eq!(f.authors, ["Ann Reid"]);
}

/// `Harbour archive blog, “Boxes on the move”, 3 March 2023.`: with no link around the
/// quotation, the blog's name was the title and the quoted words a periodical's name (as
/// Polish notes quote their newspapers). A title in sentence case after a site's name is
/// the title, the site the publisher, names before the site its authors, and `posted by`
/// names after the title its authors.
#[test]
fn a_site_before_a_quoted_title_in_sentence_case() {
    for (note, authors, site) in [
        (
            "Harbour archive blog, “Boxes on the move”, 3 March 2023.",
            vec![],
            "Harbour archive blog",
        ),
        (
            "Ann Reid, Harbour archive blog, “Boxes on the move”, 3 March 2023.",
            vec!["Ann Reid"],
            "Harbour archive blog",
        ),
        (
            "Ann Reid, Harbour Archive Blog, “Boxes on the move”, 3 March 2023.",
            vec!["Ann Reid"],
            "Harbour Archive Blog",
        ),
        (
            "Harbour archive blog, “Boxes on the move”, posted by Ann Reid, 3 March 2023.",
            vec!["Ann Reid"],
            "Harbour archive blog",
        ),
    ] {
        let e = footnote(note);
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some("Boxes on the move"), "{note}");
        assert_eq!(f.authors, authors, "{note}");
        assert_eq!(f.publisher.as_deref(), Some(site), "{note}");
        assert_eq!(f.date.as_deref(), Some("3 March 2023"), "{note}");
    }
    // Negatives: a title ending in a site's word before a periodical's name; a Polish
    // note's newspaper; a person whose surname is a site's word.
    let e = footnote("Ann Reid, Notes from my blog, “Tarn Weekly”, 4 May 2024.");
    let f = only(&e);
    assert_eq!(f.title.as_deref(), Some("Notes from my blog"));
    assert_eq!(f.publisher.as_deref(), Some("Tarn Weekly"));
    let e = footnote("Ewa Kowal, Nowy most na rzece, „Gazeta Dolna”, 4 maja 2024.");
    assert_eq!(only(&e).publisher.as_deref(), Some("Gazeta Dolna"));
    let e = footnote("Ann Portal, “Boxes on the move”, 3 March 2023.");
    let f = only(&e);
    assert_eq!(f.authors, ["Ann Portal"]);
    assert_eq!(f.publisher, None);
}

/// `*Ferry Log*, by Tom Hill, 2024.`: the names after the italic title's `by` (or `written
/// by`) were the publisher, `by` and all. With no names before the title they are its
/// authors; `Tarn records office, *Ferry Log*`, a body's name in sentence case before the
/// italic title, is its author as it is capitalised.
#[test]
fn names_around_an_italic_title() {
    for note in [
        "*Ferry Log*, by Tom Hill, 2024.",
        "*Ferry Log*, written by Tom Hill, 2024.",
    ] {
        let e = footnote(note);
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some("Ferry Log"), "{note}");
        assert_eq!(f.authors, ["Tom Hill"], "{note}");
        assert_eq!(f.publisher, None, "{note}");
    }
    for body in ["Tarn records office", "Department for education"] {
        let e = footnote(&format!("{body}, *Ferry Log*, 2024."));
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some("Ferry Log"), "{body}");
        assert_eq!(f.authors, [body]);
    }
    // Negatives: an author before the title keeps the work; a title in sentence case is
    // no body's name.
    let e = footnote("Ann Reid, *Ferry Log*, written by Tom Hill, 2024.");
    let f = only(&e);
    assert_eq!(f.authors, ["Ann Reid"]);
    assert_eq!(f.publisher, None);
    let e = footnote("Closing the records office, *Ferry Log*, 2024.");
    assert!(only(&e).authors.is_empty(), "{:?}", only(&e).authors);
}

/// `self-published`, `privately printed`, `via Tarn Council` and `Tarn: published by the
/// author` were publishers: they say how or where the work came out, no one's name (a site
/// it was read `via` is where, not who). `a Harbour Trust publication` and `the blog of
/// the Harbour Trust` name the body that put it out.
#[test]
fn how_a_work_came_out() {
    for (seg, publisher) in [
        ("self-published", None),
        ("privately printed", None),
        ("via Tarn Council", None),
        ("Tarn: published by the author", None),
        ("a Harbour Trust publication", Some("Harbour Trust")),
        ("the blog of the Harbour Trust", Some("Harbour Trust")),
    ] {
        let e = footnote(&format!("Ann Reid, *Ferry Log*, {seg}, 2024."));
        let f = only(&e);
        assert_eq!(f.title.as_deref(), Some("Ferry Log"), "{seg}");
        assert_eq!(f.publisher.as_deref(), publisher, "{seg}");
    }
    // Negatives: a name that is a kind of work's (no article), and an imprint's place
    // before its publisher.
    let e = footnote("Ann Reid, *Ferry Log*, Harbour Trust Publications, 2024.");
    assert_eq!(
        only(&e).publisher.as_deref(),
        Some("Harbour Trust Publications")
    );
    let e = footnote("Ann Reid, *Ferry Log*, Tarn: Harbour Press, 2024.");
    assert_eq!(only(&e).publisher.as_deref(), Some("Harbour Press"));
}
