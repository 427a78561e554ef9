//! Regressions from the twenty-first session's held-out evaluation of the check stage: each
//! article is checked by the real binary against pages served on a loopback server, and each
//! case gave a wrong verdict before its fix.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{check_article, quote_result as quote};

/// A block quotation's closing credit line that names a role or a kind of source rather
/// than a person (`— Council spokesperson, [source](…)`, `— Press office, [source](…)`) is
/// the credit, not quoted words: the faithful quotes were `altered` ("quote adds “Press
/// office, source”"), and one showed a "number changed" where the quote has no number.
#[test]
fn a_credit_line_naming_a_role_is_no_part_of_the_quote() {
    let page = |text: &str| {
        Response::html(format!(
            "<html><body><article><p>{text}</p></article></body></html>"
        ))
    };
    let report = check_article(
        vec![
            (
                "/budget.html",
                page("Council leader Graham Etherington said the authority faced the toughest financial year in a decade."),
            ),
            (
                "/sensor.html",
                page("The sensor was tested on 320 samples from homes in Newcastle and Gateshead, with 80 per cent agreement."),
            ),
            (
                "/housing.html",
                page("Only a tax system that stops rewarding speculation will bring prices down."),
            ),
        ],
        "# In their own words\n\n\
         > Council leader Graham Etherington said the authority faced\n>\n\
         > — Council spokesperson, [source](BASE/budget.html)\n\n\
         > was tested on 320 samples from homes in Newcastle and Gateshead\n>\n\
         > — Press office, [source](BASE/sensor.html)\n\n\
         > Only a tax system that stops rewarding speculation will\n>\n\
         > — Opinion column, [source](BASE/housing.html)\n\n\
         > tested on 320 samples from homes in Newcastle and Gateshead\n\
         > — a reviewer, speaking to the Courier\n",
    );
    for start in [
        "Council leader Graham",
        "was tested on 320",
        "Only a tax system",
        "tested on 320",
    ] {
        let r = quote(&report, start);
        assert!(
            !r.text.contains("source") && !r.text.contains("reviewer"),
            "{r:#?}"
        );
        if start != "tested on 320" {
            assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        }
    }
}
