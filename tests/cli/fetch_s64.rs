//! The sixty-fourth session's fetching, end to end: a quote cited to a paywall's teaser, to
//! a maintenance page sent with 200, or to a firewall's 406 is not said to be missing from
//! the page.

use citecheck::model::{LinkStatus, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_result};

#[test]
fn quotes_on_pages_not_served_to_us_are_not_missing() {
    let report = check_article(
        vec![
            (
                "/paywall",
                Response::html(
                    "<html><head><title>Harbour wall repaired</title></head><body>\
                     <h1>Harbour wall repaired</h1><p>The council met on Tuesday.</p>\
                     <div class=paywall><h2>Subscribe to continue reading</h2>\
                     <p>Get unlimited access for $1 a week.</p></div></body></html>",
                ),
            ),
            (
                "/maint",
                Response::html(
                    "<html><head><title>Site under maintenance</title></head><body>\
                     <h1>We'll be back soon!</h1><p>We are performing some maintenance at \
                     the moment.</p></body></html>",
                ),
            ),
            (
                "/waf",
                Response::html("<html><body><h1>Not Acceptable</h1></body></html>")
                    .with_status(406),
            ),
        ],
        "Paywall: “the wall was repaired in the spring after the storm”[^1]\n\n\
         Maintenance: “the works came in under budget this year”[^2]\n\n\
         Firewall: “the board will meet again in the autumn”[^3]\n\n\
         [^1]: Harbour. <BASE/paywall>\n\
         [^2]: Works. <BASE/maint>\n\
         [^3]: Board. <BASE/waf>\n",
    );
    let link = |path: &str| {
        report
            .links
            .iter()
            .find(|l| l.url.ends_with(path))
            .unwrap_or_else(|| panic!("no link {path} in {:#?}", report.links))
    };
    assert_eq!(link("/paywall").status, LinkStatus::Ok);
    assert_eq!(
        link("/maint").status,
        LinkStatus::Blocked,
        "{:#?}",
        link("/maint")
    );
    assert_eq!(
        link("/waf").status,
        LinkStatus::Blocked,
        "{:#?}",
        link("/waf")
    );
    let paywall = quote_result(&report, "the wall");
    assert_eq!(paywall.verdict, Verdict::Unverifiable, "{paywall:#?}");
    assert!(paywall.detail.contains("paywall"), "{paywall:#?}");
    for starts in ["the works", "the board"] {
        let q = quote_result(&report, starts);
        assert_eq!(q.verdict, Verdict::Unverifiable, "{q:#?}");
    }
}
