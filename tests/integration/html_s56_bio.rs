//! The fifty-sixth session's held-out evaluation of live pages: a box about the writer
//! inside the story's `article` (`About the author`, its biography and a `More by …` link)
//! had its quotation set aside as furniture but its link checked as a citation, so the
//! writer's dead profile page failed an editor's check of the article.

use citecheck::model::DocKind;

use crate::support::{extract_as, furniture, texts};

#[test]
fn links_in_a_box_about_the_writer_are_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>Ferry timetable cut</h1>\
         <p>The winter timetable drops the last two sailings, according to the \
         <a href=\"https://ferries.example.org/winter-2026\">operator's notice</a>.</p>\
         <section class=\"writer\"><h2>About the author</h2>\
         <p>Ines Harrow covers transport. Her rule: \u{201c}Always ride the route before \
         you write about it, twice if it rains.\u{201d} \
         <a href=\"https://news.example.com/people/ines-harrow\">More by Ines Harrow</a> \
         <a href=\"https://books.example.net/tide-tables\">Her book</a></p></section>\
         </article></main></body></html>",
    );
    assert!(furniture(&e, "https://news.example.com/people/ines-harrow"));
    assert!(furniture(&e, "https://books.example.net/tide-tables"));
    assert!(!furniture(&e, "https://ferries.example.org/winter-2026"));
    assert!(
        !texts(&e).iter().any(|q| q.contains("ride the route")),
        "{:?}",
        texts(&e)
    );
}

/// A part of the story about its subject's writing (`About the author's letters`) or an
/// author's own section of sources is not a box about the writer.
#[test]
fn a_section_on_an_authors_work_holds_citations() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><main><article><h1>Letters from the lighthouse</h1>\
         <p>The keeper wrote every week for thirty years.</p>\
         <section><h2>About the author's letters</h2>\
         <p>The letters are held by the \
         <a href=\"https://archive.example.org/keeper-letters\">county archive</a>.</p>\
         </section></article></main></body></html>",
    );
    assert!(!furniture(&e, "https://archive.example.org/keeper-letters"));
}
