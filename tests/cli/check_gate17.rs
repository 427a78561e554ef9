//! Consent gates, paywall teasers and clock times, checked by the real binary against pages
//! served on a loopback server: a quote invented for an ordinary short article must stay
//! `not_found` (the review of the gate rule found articles taken for gates), while a real
//! gate or teaser stays `unverifiable`.

use citecheck::model::{Report, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_result};

fn verdict(report: &Report, starts: &str) -> (Verdict, String) {
    let q = quote_result(report, starts);
    (q.verdict, q.detail.clone())
}

const HAWAII: &str = "<html><head><title>Water rights deal</title></head><body>\
    <article><h1>Water rights deal</h1>\
    <p>Farmers and their partners in Hawaii agreed on Monday to share the river's water.</p>\
    <p>\"We will share the water fairly between all the valleys,\" said the mayor.</p>\
    </article></body></html>";

const PRIVTITLE: &str = "<html><head><title>Privacy watchdog fines bank</title></head><body>\
    <div id=\"cookie-banner\" class=\"cookie-banner\"><p>We use cookies.</p>\
    <button>Accept all</button></div>\
    <article><h1>Privacy watchdog fines bank</h1>\
    <p>The regulator fined the bank two million pounds on Tuesday for losing customer \
    records.</p>\
    <p>\"This was a serious and avoidable failure,\" the commissioner said.</p>\
    </article></body></html>";

const SUBFOOT: &str = "<html><head><title>Bridge to close for repairs</title></head><body>\
    <nav><a href=\"/\">Home</a> <a href=\"/login\">Already a subscriber? Log in</a></nav>\
    <article><h1>Bridge to close for repairs</h1>\
    <p>The old bridge will close for repairs next month, the council said on Monday.</p>\
    <p>\"We will reopen it by the summer,\" said the council leader, Amir Khan.</p>\
    </article></body></html>";

const PAYWALL_CLASS: &str = "<html><head><title>Bridge to close</title></head><body>\
    <article class=\"story paywall\"><h1>Bridge to close</h1>\
    <p>The old bridge will close for repairs next month, the council said.</p>\
    <p>\"We will reopen it by the summer,\" said the council leader.</p>\
    </article></body></html>";

/// A short article with a whole consent banner (accept and reject) over it: the article's
/// own prose is more than the banner's.
const BANNER_ARTICLE: &str = "<html><head><title>Ferry fares rise</title></head><body>\
    <div role=\"dialog\" class=\"consent\"><p>We use cookies.</p><button>Accept all</button>\
    <button>Reject all</button></div>\
    <article><h1>Ferry fares rise</h1>\
    <p>Ferry fares to the islands will rise by a tenth in April, the operator said today.</p>\
    <p>\"Fuel has never cost us more than it does this year,\" said its director.</p>\
    </article></body></html>";

const GATE: &str = "<html><head><title>A word about cookies</title><script>1</script></head>\
    <body><h1>A word about cookies</h1><p>We and 312 partners store cookies on your device \
    to measure visits and show adverts. You can change your mind at any time.</p>\
    <button>Accept all</button><button>Reject all</button></body></html>";

const TEASER: &str = "<html><head><title>Dredging row</title></head><body><main><article>\
    <h1>Dredging row deepens</h1><p>Fishermen have objected to the board's latest proposal \
    for the inner harbour, saying it would ruin the mussel beds.</p>\
    <div class=\"paywall-box\"><p>Subscribe to continue reading.</p></div>\
    </article></main></body></html>";

const PLAIN_GATE: &str = "<html><head><title>Before you go on</title></head><body><p>Choose \
    how we may use your data.</p><a href=\"/story\">Continue</a></body></html>";

const QUOTES: &str = "# Notes\n\n\
    The mayor said \u{201c}we will take all the water for the city and nobody else\u{201d}.[^1]\n\n\
    The commissioner said \u{201c}the bank did nothing wrong at all\u{201d}.[^2]\n\n\
    Amir Khan said \u{201c}the bridge will stay open all summer long\u{201d}.[^3]\n\n\
    The council leader said \u{201c}we will never reopen the bridge for cars again\u{201d}.[^4]\n\n\
    The director said \u{201c}fares will fall for everyone next winter\u{201d}.[^5]\n\n\
    The board said \u{201c}the harbour board will vote on the plan in spring\u{201d}.[^6]\n\n\
    The paper said \u{201c}the dredging plan was approved without objection\u{201d}.[^7]\n\n\
    The council said \u{201c}the vote on the new harbour wall was unanimous\u{201d}.[^8]\n\n\
    [^1]: BASE/hawaii\n[^2]: BASE/privtitle\n[^3]: BASE/subfoot\n[^4]: BASE/paywallclass\n\
    [^5]: BASE/banner\n[^6]: BASE/gate\n[^7]: BASE/teaser\n[^8]: BASE/story\n";

/// Every page of the review's reproducers, the real gates and teaser, checked at once.
fn report() -> Report {
    check_article(
        vec![
            ("/hawaii", Response::html(HAWAII)),
            ("/privtitle", Response::html(PRIVTITLE)),
            ("/subfoot", Response::html(SUBFOOT)),
            ("/paywallclass", Response::html(PAYWALL_CLASS)),
            ("/banner", Response::html(BANNER_ARTICLE)),
            ("/gate", Response::html(GATE)),
            ("/teaser", Response::html(TEASER)),
            (
                "/story",
                Response::redirect(302, "/consent?next=%2Fstory-page"),
            ),
            ("/consent", Response::html(PLAIN_GATE)),
        ],
        QUOTES,
    )
}

#[track_caller]
fn assert_not_found(report: &Report, starts: &str) {
    let (v, detail) = verdict(report, starts);
    assert_eq!(v, Verdict::NotFound, "{starts}: {detail}");
}

/// Review defect 1: button phrases were matched inside words ("Hawaii agreed" holds "i
/// agree") and everyday words ("partners") made a consent gate of a plain short story.
#[test]
fn a_short_story_with_consent_like_words_is_no_gate() {
    assert_not_found(&report(), "we will take all the water");
}

/// Review defect 2: a privacy title and a cookie banner (even one with accept and reject)
/// over an article made a gate; the article's own prose wins.
#[test]
fn a_cookie_banner_over_an_article_is_no_gate_whatever_its_title() {
    let report = report();
    assert_not_found(&report, "the bank did nothing");
    assert_not_found(&report, "fares will fall");
}

/// Review defect 3: "Already a subscriber?" in the navigation, or a `paywall` class on a
/// whole article, made a paywall teaser.
#[test]
fn a_whole_article_on_a_paywalled_site_is_no_teaser() {
    let report = report();
    assert_not_found(&report, "the bridge will stay open");
    assert_not_found(&report, "we will never reopen");
}

/// A short story about a privacy fine, each paragraph saying "privacy", under a whole
/// consent banner (accept and reject): its prose is the article's, not the gate's.
const PRIVACY_STORY: &str = "<html><head><title>Privacy fine</title></head><body>\
    <div class=\"cookie-banner\"><p>We use cookies.</p><button>Accept all</button>\
    <button>Reject all</button></div>\
    <article><h1>Privacy fine for clinic</h1>\
    <p>The privacy regulator fined the clinic on Tuesday for leaving patient files online.</p>\
    <p>The clinic said it had changed its privacy rules and trained all of its staff.</p>\
    </article></body></html>";

#[test]
fn a_story_about_privacy_under_a_consent_banner_is_no_gate() {
    let report = check_article(
        vec![("/fine", Response::html(PRIVACY_STORY))],
        "# Fine\n\nThe clinic said \u{201c}no patient was ever harmed by the leak\u{201d}.[^1]\n\n\
         [^1]: BASE/fine\n",
    );
    assert_not_found(&report, "no patient was ever");
}

/// A real consent gate (cookie words, accept and reject buttons, nothing else), a short
/// teaser ending in a subscribe prompt and a gate a redirect reached at `/consent?next=`
/// stay `unverifiable`.
#[test]
fn real_gates_and_teasers_stay_unverifiable() {
    let report = report();
    for starts in [
        "the harbour board will vote",
        "the dredging plan",
        "the vote on the new harbour",
    ] {
        let (v, detail) = verdict(&report, starts);
        assert_eq!(v, Verdict::Unverifiable, "{starts}: {detail}");
        assert!(detail.contains("not the article"), "{starts}: {detail}");
    }
}

/// Review defect 4: a ratio `1:10` verified against the decimal `1.10`, its colon read as a
/// time's; a time with a clock word still matches its point form.
#[test]
fn a_ratio_is_no_time_but_a_clock_time_is() {
    let report = check_article(
        vec![(
            "/model",
            Response::html(
                "<html><head><title>Model</title></head><body><article><p>The model was \
                 built at a scale of 1.10 and tested over 2 weeks in the lab.</p><p>The \
                 ferry leaves at 6.40 pm every day from the old pier.</p></article></body>\
                 </html>",
            ),
        )],
        "# Model\n\nThe team said it was \u{201c}built at a scale of 1:10\u{201d}.[^1]\n\n\
         The timetable says \u{201c}the ferry leaves at 6:40 pm every day\u{201d}.[^1]\n\n\
         [^1]: BASE/model\n",
    );
    let (v, detail) = verdict(&report, "built at a scale");
    assert_eq!(v, Verdict::Altered, "{detail}");
    let (v, detail) = verdict(&report, "the ferry leaves");
    assert_eq!(v, Verdict::Verified, "{detail}");
}
