use citecheck::fetch::FetchOptions;
use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::support::{check, check_with, closed_port, expect, opts};

#[tokio::test]
async fn each_status_class() {
    let s = Server::builder()
        .route(
            "/ok",
            Response::html("<title>Report</title><h1>Annual report</h1>"),
        )
        .route("/nf", Response::status(404))
        .route("/gone", Response::status(410))
        .route("/login", Response::status(401))
        .route("/forbidden", Response::status(403))
        .route("/linkedin", Response::status(999))
        .route("/bad", Response::status(400))
        .route("/boom", Response::status(500))
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/ok")).await,
        LinkStatus::Ok,
        "HTTP 200 OK",
        0,
    );
    let nf = check(&s.url("/nf")).await;
    expect(&nf, LinkStatus::Dead, "HTTP 404 Not Found", 0);
    assert_eq!(nf.result.http_status, Some(404));
    expect(
        &check(&s.url("/gone")).await,
        LinkStatus::Dead,
        "HTTP 410 Gone",
        0,
    );
    expect(
        &check(&s.url("/login")).await,
        LinkStatus::Blocked,
        "needs a login",
        0,
    );
    expect(
        &check(&s.url("/forbidden")).await,
        LinkStatus::Blocked,
        "HTTP 403 Forbidden",
        0,
    );
    expect(
        &check(&s.url("/linkedin")).await,
        LinkStatus::Blocked,
        "HTTP 999",
        0,
    );
    expect(
        &check(&s.url("/bad")).await,
        LinkStatus::Error,
        "HTTP 400 Bad Request",
        0,
    );
    // 500 is retried (max-retries 2), then reported as an error.
    expect(
        &check(&s.url("/boom")).await,
        LinkStatus::Error,
        "after 2 retries",
        2,
    );
    assert_eq!(s.hits("/boom"), 3);
    // 404 is never retried.
    assert_eq!(s.hits("/nf"), 1);
}

#[tokio::test]
async fn accept_ranges_turn_a_status_into_success() {
    let s = Server::builder()
        .route("/forbidden", Response::status(403))
        .bind("127.0.0.1:0")
        .unwrap();
    let cfg = citecheck::config::Config {
        accept: Some(vec!["200..=299,403".into()]),
        ..Default::default()
    };
    let o = FetchOptions {
        accept: FetchOptions::from_config(&cfg).unwrap().accept,
        ..opts()
    };
    expect(
        &check_with(o, &s.url("/forbidden"), false).await,
        LinkStatus::Ok,
        "accepted by --accept",
        0,
    );
}

#[tokio::test]
async fn closed_port_is_dead() {
    let url = format!("http://127.0.0.1:{}/x", closed_port());
    expect(
        &check(&url).await,
        LinkStatus::Dead,
        "connection refused",
        0,
    );
}

#[tokio::test]
async fn not_found_page_served_with_200_is_soft_404() {
    let s = Server::builder()
        .route(
            "/en",
            Response::html("<title>Page not found | Example News</title><h1>Sorry</h1>"),
        )
        .route(
            "/fr",
            Response::html("<title>Le Monde</title><h1>Page introuvable</h1>"),
        )
        .route("/de", Response::html("<title>Seite nicht gefunden</title>"))
        .route(
            "/fine",
            Response::html("<title>Why the particle was not found</title>"),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/en")).await,
        LinkStatus::Soft404,
        "title says “Page not found",
        0,
    );
    expect(
        &check(&s.url("/fr")).await,
        LinkStatus::Soft404,
        "main heading says “Page introuvable”",
        0,
    );
    expect(
        &check(&s.url("/de")).await,
        LinkStatus::Soft404,
        "although the server answered HTTP 200",
        0,
    );
    expect(&check(&s.url("/fine")).await, LinkStatus::Ok, "HTTP 200", 0);
}

/// A not-found page in Turkish, Polish, Russian, Japanese, Chinese, Korean or Arabic says so
/// in its title or main heading: a soft 404, as in English or French. The same words in an
/// article's own title, or in its prose only, are not; nor is an article about 404 errors.
#[tokio::test]
async fn not_found_pages_in_more_languages_are_soft_404() {
    let page = |lang: &str, title: &str, text: &str| {
        Response::html(format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
             </head><body><main><article><p>{text}</p></article></main></body></html>"
        ))
    };
    let soft = [
        (
            "/tr",
            page("tr", "Sayfa bulunamadı", "Aradığınız sayfa bulunamadı."),
        ),
        (
            "/pl",
            page("pl", "Nie znaleziono strony", "Strona nie istnieje."),
        ),
        (
            "/ru",
            page("ru", "Страница не найдена", "Такой страницы не существует."),
        ),
        (
            "/ja",
            page(
                "ja",
                "ページが見つかりません",
                "お探しのページは見つかりませんでした。",
            ),
        ),
        ("/zh", page("zh", "页面不存在 - 新闻网", "抱歉。")),
        (
            "/ko",
            page("ko", "페이지를 찾을 수 없습니다", "죄송합니다."),
        ),
        ("/ar", page("ar", "الصفحة غير موجودة", "عذرا.")),
        (
            "/sorry",
            Response::html(
                "<title>Example Media</title><h1>Sorry, we couldn't find that page</h1>\
                 <p>The link may be broken.</p>",
            ),
        ),
    ];
    let live = [
        (
            "/story",
            page(
                "tr",
                "Kayıp dağcı hâlâ bulunamadı: arama sürüyor",
                "Ekipler sayfa bulunamadı diyen bir mesaj aldı.",
            ),
        ),
        (
            "/howto",
            page(
                "en",
                "How to fix 404 Not Found errors on your website",
                "A 404 means the server found nothing at the address.",
            ),
        ),
        (
            "/prose",
            page(
                "ru",
                "Новости города",
                "Страница не найдена, сказал он, и ушёл.",
            ),
        ),
    ];
    let mut b = Server::builder();
    for (path, r) in soft.iter().chain(live.iter()) {
        b = b.route(path, r.clone());
    }
    let s = b.bind("127.0.0.1:0").unwrap();
    for (path, _) in &soft {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Soft404,
            "although the server answered HTTP 200",
            0,
        );
    }
    for (path, _) in &live {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
}

#[tokio::test]
async fn challenge_pages_are_blocked_not_dead_and_not_retried() {
    let s = Server::builder()
        .route(
            "/cf",
            Response::status(403)
                .header("cf-mitigated", "challenge")
                .header("content-type", "text/html"),
        )
        .route(
            "/moment",
            Response::html(
                "<html><head><title>Just a moment...</title></head><body>Checking</body></html>",
            )
            .with_status(503),
        )
        .route(
            "/moment200",
            Response::html("<title>Just a moment...</title>"),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    expect(
        &check(&s.url("/cf")).await,
        LinkStatus::Blocked,
        "cf-mitigated: challenge",
        0,
    );
    expect(
        &check(&s.url("/moment")).await,
        LinkStatus::Blocked,
        "bot challenge page (“Just a moment...”)",
        0,
    );
    assert_eq!(s.hits("/moment"), 1, "a challenge is not retried");
    expect(
        &check(&s.url("/moment200")).await,
        LinkStatus::Blocked,
        "HTTP 200",
        0,
    );
}

/// A 451 was explained as "the server refuses us (it may block automated clients)": it is
/// the page withheld for legal reasons, which no other client would get either.
#[tokio::test]
async fn a_451_says_the_page_is_withheld_for_legal_reasons() {
    let s = Server::builder()
        .route("/withheld", Response::status(451))
        .route("/moved", Response::redirect(302, "/withheld"))
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/withheld", "/moved"] {
        let f = check(&s.url(path)).await;
        expect(&f, LinkStatus::Blocked, "withheld for legal reasons", 0);
        assert!(
            !f.result.detail.contains("automated"),
            "{}",
            f.result.detail
        );
    }
}

/// A 200 page titled "Gone" whose text says the story was removed was reported `ok`.
#[tokio::test]
async fn a_page_saying_the_story_was_removed_is_a_soft_404() {
    let s = Server::builder()
        .route(
            "/news/harbour-dispute",
            Response::html(
                "<html><head><title>Gone</title></head><body><main><h1>Gone</h1>\
                 <p>This story is no longer available. It has been removed at the request \
                 of the people it named.</p></main></body></html>",
            ),
        )
        .route(
            "/books/gone",
            Response::html(
                "<html><head><title>Gone</title></head><body><main><h1>Gone</h1>\
                 <p>A short novel about a fishing town after the last boat was sold.</p>\
                 </main></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s.url("/news/harbour-dispute")).await;
    expect(&f, LinkStatus::Soft404, "“Gone”", 0);
    let f = check(&s.url("/books/gone")).await;
    expect(&f, LinkStatus::Ok, "HTTP 200 OK", 0);
}

/// A 200 page saying the story has moved (with a link on to it) and a parked domain's page
/// were `ok`, and a quote checked against them `not_found`; they stand in for what was
/// cited: `soft_404`. An article that speaks of moving or of domains for sale is `ok`.
#[tokio::test]
async fn a_moved_signpost_and_a_parked_domain_are_soft_404() {
    let prose = "<p>The harbour office moved to the old customs house on the quay last \
        spring, and the port authority says the new address has worked well for ferry \
        crews, who no longer cross the town to renew their permits. Staff say the building \
        needed new wiring and a lift before it could open to the public.</p>"
        .repeat(3);
    let s = Server::builder()
        .route(
            "/news/ferry-timetable",
            Response::html(
                "<html><head><title>Page moved | The Courier</title></head><body><main>\
                 <h1>This story has moved</h1><p>It can now be found at our new site.</p>\
                 <p><a href=\"/new/ferry-timetable\">Go to the story</a></p></main></body></html>",
            ),
        )
        .route(
            "/2018/ferry",
            Response::html(
                "<html><head><title>harbour-courier.example</title></head><body>\
                 <h1>harbour-courier.example</h1><p>This domain is for sale.</p>\
                 <p><a href=\"/inquire\">Inquire now</a></p></body></html>",
            ),
        )
        .route(
            "/2019/ferry",
            Response::html(
                "<html><head><title>Welcome</title></head><body>\
                 <p>Buy this domain! Sponsored listings:</p><ul><li><a href=\"/ad\">Ferry \
                 tickets</a></li><li><a href=\"/ad2\">Boat hire</a></li></ul></body></html>",
            ),
        )
        .route(
            "/news/harbour-office",
            Response::html(format!(
                "<html><head><title>We've moved</title></head><body><main><h1>We've moved</h1>\
                 {prose}</main></body></html>"
            )),
        )
        .route(
            "/news/domain-trade",
            Response::html(format!(
                "<html><head><title>Old news sites, new owners</title></head><body><main>\
                 <h1>Old news sites, new owners</h1><p>When a paper closes, its banner often \
                 reads “This domain is for sale” within months. Related searches follow.</p>\
                 {prose}</main></body></html>"
            )),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s.url("/news/ferry-timetable")).await;
    expect(&f, LinkStatus::Soft404, "“Page moved | The Courier”", 0);
    let f = check(&s.url("/2018/ferry")).await;
    expect(&f, LinkStatus::Soft404, "parked domain", 0);
    let f = check(&s.url("/2019/ferry")).await;
    expect(&f, LinkStatus::Soft404, "“Buy this domain”", 0);
    for path in ["/news/harbour-office", "/news/domain-trade"] {
        let f = check(&s.url(path)).await;
        expect(&f, LinkStatus::Ok, "HTTP 200 OK", 0);
    }
}

/// A short trade brief saying a bakery bought back its domain, which had shown "This domain
/// is for sale" beside a "Make an offer" button (the words inside its sentences), was taken
/// for the parked page itself: `soft_404`, and a correct quote `unverifiable`. The sale
/// phrase must be a title, heading or short line of its own, and the offer a link, button,
/// heading or short line of its own.
#[tokio::test]
async fn a_brief_about_a_parked_domain_is_no_parked_page() {
    let s = Server::builder()
        .route(
            "/news/bakery-domain",
            Response::html(
                "<html><head><title>Bakery buys its name back | Trade Notes</title></head>\
                 <body><main><h1>Bakery buys its name back</h1><p>Pell's Bakery has paid \
                 $18,000 for pells.example, after six years in which its name showed a page \
                 reading This domain is for sale next to a Make an offer button.</p><p>“Our \
                 customers thought we had closed,” the owner said.</p></main></body></html>",
            ),
        )
        .route(
            "/old/pells",
            Response::html(
                "<html><head><title>Welcome</title></head><body><main>\
                 <h2>This domain is for sale</h2><p><a href=\"/offer\">Make an offer</a></p>\
                 </main></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let f = check(&s.url("/news/bakery-domain")).await;
    expect(&f, LinkStatus::Ok, "HTTP 200 OK", 0);
    let f = check(&s.url("/old/pells")).await;
    expect(&f, LinkStatus::Soft404, "parked domain", 0);
}

/// A registrar's product page (a short page naming its "Domain parking" product in the menu
/// and a list, beside a plain "Buy now" button) was taken for a parked domain's page:
/// `soft_404`. "Domain parking" alone is a product's name, menus are passed over, and "Buy
/// now" is an offer only beside the sale phrase.
#[tokio::test]
async fn a_registrars_product_page_is_no_parked_page() {
    let s = Server::builder()
        .route(
            "/hosting",
            Response::html(
                "<html><head><title>Web hosting plans | Kestrel Hosting</title></head><body>\
                 <nav><ul><li><a href=\"/domains\">Domains</a></li><li><a href=\"/park\">\
                 Domain Parking</a></li></ul></nav><main><h1>Web hosting for small firms</h1>\
                 <p>Fast servers in three regions, daily backups and a free certificate.</p>\
                 <button>Buy now</button></main></body></html>",
            ),
        )
        .route(
            "/",
            Response::html(
                "<html><head><title>kestrelhost.example</title></head><body><main>\
                 <h1>kestrelhost.example</h1><p>Everything a small site needs.</p><ul>\
                 <li>Domain parking</li><li>Mail boxes</li><li>Site builder</li></ul>\
                 </main></body></html>",
            ),
        )
        .route(
            "/2017/ferry",
            Response::html(
                "<html><head><title>Welcome</title></head><body><main><div>\
                 <h2>This domain is for sale</h2><button>Buy now</button></div>\
                 </main></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    for path in ["/hosting", "/"] {
        let f = check(&s.url(path)).await;
        expect(&f, LinkStatus::Ok, "HTTP 200 OK", 0);
    }
    // A "Buy now" beside the sale phrase is still a parked page's offer.
    let f = check(&s.url("/2017/ferry")).await;
    expect(&f, LinkStatus::Soft404, "parked domain", 0);
}
