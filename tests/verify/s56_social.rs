//! Regressions from the fifty-sixth session's held-out evaluation of quotations citing
//! social networks: a professional network's sign-in wall ("Sign in to view more content",
//! a join form with a password field) was read as the post, so a faithful quote was
//! `not_found`; and a forum thread whose page names itself by its `<body>` class
//! (`listing-page comments-page`, old Reddit's) had all its text, the opening post too, taken
//! for the page's furniture.

use citecheck::model::{PageRegion, Quote, QuoteResult, Verdict};
use citecheck::verify::{read_page, verify_quote, Candidate, SourceText, VerifyOptions};

const URL: &str = "https://network.example.com/posts/harbour-volumes";

fn page(html: &str) -> SourceText {
    read_page(&citecheck::model::Page {
        final_url: URL.to_string(),
        status: 200,
        content_type: Some("text/html".into()),
        body: citecheck::model::Body::Html(html.to_string()),
        truncated: false,
    })
    .expect("readable")
}

fn check(text: &str, src: &SourceText) -> QuoteResult {
    let quote = Quote::citing(text, URL);
    let candidates = [Candidate {
        url: URL,
        source: Ok(src),
    }];
    verify_quote(&quote, "a.md", &candidates, &VerifyOptions::default())
}

#[test]
fn a_sign_in_wall_asking_to_view_more_is_a_wall() {
    let src = page(
        "<!DOCTYPE html><html><head><title>Join the network</title></head>\
         <body class=\"authwall\"><main><section>\
         <h1>Join the network</h1><p>Sign in to view more content</p>\
         <form action=\"/signup\" method=\"post\"><label>Email</label>\
         <input type=\"email\" name=\"email\"><label>Password</label>\
         <input type=\"password\" name=\"password\"><button>Join now</button></form>\
         <p>Already a member? <a href=\"/login\">Sign in</a></p></section></main>\
         </body></html>",
    );
    let r = check(
        "container volumes at the north quay are back above their old levels",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Unverifiable, "{}", r.detail);
    assert!(r.detail.contains("login wall"), "{}", r.detail);
}

#[test]
fn a_threads_page_class_on_the_body_is_no_furniture() {
    let src = page(
        "<!doctype html><html><head><title>Night bus cuts : r/harbourtown</title></head>\
         <body class=\"listing-page comments-page\">\
         <div id=\"header\" role=\"banner\"><a href=\"/\">forum</a></div>\
         <div class=\"content\" role=\"main\"><div class=\"thing link self\">\
         <p class=\"title\">Night bus cuts from May</p><div class=\"usertext-body\">\
         <p>I have taken the N4 home from the hospital for six years. From May the last bus \
         leaves at half eleven, an hour before my shift ends.</p></div></div></div>\
         <div class=\"footer-parent\"><p>All rights reserved.</p></div></body></html>",
    );
    let r = check(
        "From May the last bus leaves at half eleven, an hour before my shift ends",
        &src,
    );
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert_eq!(r.region, Some(PageRegion::Main), "{:?}", r.warnings);
}
