use citecheck::fetch::FetchOptions;
use citecheck::model::{Body, FragmentStatus, LinkStatus};
use citecheck::server::{Encoding, Response, Server};

use crate::support::{check_with, expect, opts};

fn html_of(f: &citecheck::fetch::Fetched) -> String {
    match &f.page.as_ref().expect("a page").body {
        Body::Html(t) | Body::Text(t) => t.clone(),
        other => panic!("not text: {other:?}"),
    }
}

#[tokio::test]
async fn gzip_and_brotli_bodies_are_decompressed() {
    let page = "<title>Compressed</title><p>The committee said the budget would double.</p>";
    let s = Server::builder()
        .route("/gz", Response::html(page).encoding(Encoding::Gzip))
        .route("/br", Response::html(page).encoding(Encoding::Brotli))
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/gz", "/br"] {
        let f = check_with(opts(), &s.url(path), true).await;
        expect(&f, LinkStatus::Ok, "HTTP 200", 0);
        assert!(html_of(&f).contains("budget would double"), "{path}");
        assert!(!f.page.as_ref().unwrap().truncated);
    }
}

#[tokio::test]
async fn deflate_bodies_are_read_with_and_without_the_zlib_wrapper() {
    // Some servers send `Content-Encoding: deflate` as bare deflate data, which browsers
    // read; it was an "error" (reqwest reads only zlib-wrapped data).
    let page = "<title>Deflated</title><p>The committee said the budget would double.</p>";
    let s = Server::builder()
        .route("/zlib", Response::html(page).encoding(Encoding::Deflate))
        .route("/raw", Response::html(page).encoding(Encoding::RawDeflate))
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/zlib", "/raw"] {
        let f = check_with(opts(), &s.url(path), true).await;
        expect(&f, LinkStatus::Ok, "HTTP 200", 0);
        assert!(html_of(&f).contains("budget would double"), "{path}");
    }
}

/// (Review) An empty body is empty whatever coding it names, as an empty gzip body is; a
/// broken `deflate` or `x-gzip` body could not be read, as a broken `gzip` one (the link is
/// an error), where the first was "broken data" and the second an `ok` link.
#[tokio::test]
async fn empty_and_broken_bodies_read_alike_in_every_coding() {
    let raw = |coding: &str, body: &[u8]| {
        Response::status(200)
            .header("Content-Type", "text/html; charset=utf-8")
            .header("Content-Encoding", coding)
            .body(body.to_vec())
    };
    let s = Server::builder()
        .route("/empty-deflate", raw("deflate", b""))
        .route("/empty-gzip", raw("gzip", b""))
        .route("/broken-deflate", raw("deflate", b"x"))
        .route("/broken-x-gzip", raw("x-gzip", b"not gzip at all"))
        .route("/broken-gzip", raw("gzip", b"not gzip at all"))
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/empty-deflate", "/empty-gzip"] {
        let f = check_with(opts(), &s.url(path), true).await;
        expect(&f, LinkStatus::Ok, "HTTP 200", 0);
        // An empty page, not one "compressed as … (broken data)".
        assert_eq!(html_of(&f), "", "{path}");
    }
    for path in ["/broken-deflate", "/broken-x-gzip", "/broken-gzip"] {
        let f = check_with(opts(), &s.url(path), true).await;
        expect(&f, LinkStatus::Error, "could not be read", 0);
    }
}

#[tokio::test]
async fn body_over_the_cap_is_cut_and_flagged_even_when_compressed() {
    let big = format!("<title>Big</title><p>{}</p>", "word ".repeat(20_000));
    let s = Server::builder()
        .route("/big", Response::html(big.clone()))
        .route("/bomb", Response::html(big).encoding(Encoding::Gzip))
        .bind("127.0.0.1:0")
        .unwrap();
    let o = FetchOptions {
        max_body: 4096,
        ..opts()
    };
    for path in ["/big", "/bomb"] {
        let f = check_with(o.clone(), &s.url(path), true).await;
        expect(&f, LinkStatus::Ok, "body cut at --max-body (4096 bytes)", 0);
        let p = f.page.as_ref().unwrap();
        assert!(p.truncated, "{path}");
        // The cap applies to the decompressed size.
        assert!(html_of(&f).len() <= 4096 + 64, "{path}");
    }
}

#[tokio::test]
async fn charsets_from_http_header_and_from_meta() {
    // “Zoë’s café” in windows-1252.
    let cp1252 =
        b"<html><head><title>x</title></head><p>\x93Zo\xeb\x92s caf\xe9\x94</p></html>".to_vec();
    let meta =
        b"<html><head><meta charset=\"windows-1252\"><title>x</title></head><p>na\xefve \x85</p>"
            .to_vec();
    let s = Server::builder()
        .route(
            "/cp",
            Response::status(200)
                .header("content-type", "text/html; charset=windows-1252")
                .body(cp1252),
        )
        .route(
            "/meta",
            Response::status(200)
                .header("content-type", "text/html")
                .body(meta),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check_with(opts(), &s.url("/cp"), true).await;
    expect(&f, LinkStatus::Ok, "HTTP 200", 0);
    assert!(html_of(&f).contains("“Zoë’s café”"), "{}", html_of(&f));
    let m = check_with(opts(), &s.url("/meta"), true).await;
    assert!(html_of(&m).contains("naïve …"), "{}", html_of(&m));
}

#[tokio::test]
async fn fragments_found_and_missing_never_make_a_page_dead() {
    let s = Server::builder()
        .route(
            "/doc",
            Response::html("<h2 id=\"methods\">Methods</h2><a name=\"legacy\"></a>"),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check_with(opts(), &s.url("/doc#methods"), false).await;
    expect(&f, LinkStatus::Ok, "HTTP 200", 0);
    assert_eq!(f.result.fragment, Some(FragmentStatus::Found));
    assert!(f.result.url.ends_with("/doc#methods"));
    let l = check_with(opts(), &s.url("/doc#legacy"), false).await;
    assert_eq!(l.result.fragment, Some(FragmentStatus::Found));
    let m = check_with(opts(), &s.url("/doc#results"), false).await;
    expect(&m, LinkStatus::Ok, "anchor #results is missing", 0);
    assert_eq!(m.result.fragment, Some(FragmentStatus::Missing));
}

#[tokio::test]
async fn body_not_needed_means_no_page() {
    let s = Server::builder()
        .route(
            "/pdf",
            Response::status(200)
                .header("content-type", "application/pdf")
                .body(b"%PDF-1.4 ...".to_vec()),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check_with(opts(), &s.url("/pdf"), false).await;
    expect(&f, LinkStatus::Ok, "HTTP 200", 0);
    assert!(f.page.is_none());
    let g = check_with(opts(), &s.url("/pdf"), true).await;
    assert!(matches!(g.page.unwrap().body, Body::Pdf(_)));
}

/// A page whose connection drops mid-body is retried (the next answer may be whole); one
/// that always breaks off is an `error`, not `ok`, and its fragment is not judged from the
/// part read. A fragment absent from a page cut at `--max-body`, and a client-side route
/// (`#/settings`), are not checked: absence there proves nothing.
#[tokio::test]
async fn bodies_broken_off_or_cut_prove_no_fragment_missing() {
    let page = format!(
        "<html><body><p>{}</p><h2 id=\"appendix\">Appendix</h2></body></html>",
        "words ".repeat(4000)
    );
    let s = Server::builder()
        .sequence(
            "/flaky",
            vec![
                Response::html(page.clone()).abort_after(100),
                Response::html(page.clone()),
            ],
        )
        .route("/broken", Response::html(page.clone()).abort_after(100))
        .route("/big", Response::html(page.clone()))
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check_with(opts(), &s.url("/flaky#appendix"), false).await;
    expect(&f, LinkStatus::Ok, "HTTP 200", 1);
    assert_eq!(f.result.fragment, Some(FragmentStatus::Found));
    let b = check_with(opts(), &s.url("/broken#appendix"), false).await;
    expect(&b, LinkStatus::Error, "the body could not be read", 2);
    assert_eq!(b.result.fragment, None);
    assert!(b.result.missing_fragments.is_empty());
    let small = FetchOptions {
        max_body: 1000,
        ..opts()
    };
    let c = check_with(small, &s.url("/big#appendix"), false).await;
    expect(&c, LinkStatus::Ok, "fragment not checked", 0);
    assert!(
        c.result.detail.contains("cut at --max-body"),
        "{}",
        c.result.detail
    );
    assert_eq!(c.result.fragment, None);
    // A 404 whose body breaks off is dead at once: no retry of an answer already final.
    let gone = Server::builder()
        .route(
            "/gone",
            Response::html(page.clone())
                .with_status(404)
                .abort_after(100),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check_with(opts(), &gone.url("/gone"), false).await,
        LinkStatus::Dead,
        "404",
        0,
    );
    let r = check_with(opts(), &s.url("/big#/settings/profile"), false).await;
    expect(
        &r,
        LinkStatus::Ok,
        "a route or line the page's script reads",
        0,
    );
    assert_eq!(r.result.fragment, None);
}
