//! Regressions from the fifty-seventh session's held-out evaluation of link classification:
//! a 200 page whose only text says, in German, French, Spanish, Italian or Dutch, that the
//! page does not exist was `ok` (the English sentence was already a soft 404). Each test
//! failed on the code before its fix.

use citecheck::model::LinkStatus;
use citecheck::server::{Response, Server};

use crate::support::{check, expect};

/// A tiny page under the site's name, its one paragraph `text`.
fn tiny(text: &str) -> Response {
    Response::html(format!(
        "<html><head><title>Stadtbote</title></head><body><p>{text}</p>\
         <p><a href='/'>Start</a></p></body></html>"
    ))
}

#[tokio::test]
async fn a_tiny_page_saying_it_does_not_exist_in_another_language_is_a_soft_404() {
    let gone = [
        ("/de", "Diese Seite existiert leider nicht."),
        ("/de2", "Die angeforderte Seite wurde nicht gefunden."),
        ("/fr", "Désolé, cette page n\u{2019}existe pas."),
        ("/es", "Lo sentimos, esta página no existe."),
        ("/it", "Spiacenti, questa pagina non esiste."),
        ("/nl", "Helaas, deze pagina bestaat niet."),
    ];
    // Small pages reporting that something else does not exist stay `ok`.
    let kept = [
        (
            "/de-brief",
            "Die alte Seite existiert nicht mehr, sagte der Betreiber der Plattform am Montag.",
        ),
        (
            "/es-brief",
            "El alcalde dijo que la página no existe porque el archivo municipal se perdió.",
        ),
    ];
    let mut b = Server::builder();
    for (path, text) in gone.iter().chain(&kept) {
        b = b.route(path, tiny(text));
    }
    let s = b.bind("127.0.0.1:0").unwrap();
    for (path, _) in gone {
        expect(
            &check(&s.url(path)).await,
            LinkStatus::Soft404,
            "the page's only text says",
            0,
        );
    }
    for (path, _) in kept {
        expect(&check(&s.url(path)).await, LinkStatus::Ok, "HTTP 200", 0);
    }
}
