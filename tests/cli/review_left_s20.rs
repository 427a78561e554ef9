//! Regressions from the twentieth session's review, its leftover small items: each test
//! failed before its fix.

use citecheck::model::{MatchKind, Verdict};
use citecheck::server::Response;

use crate::support::{check_article, quote_result as quote};

/// French numbers opening with `six` (`six cents`, `six mille`) were read as English `six`
/// and a quote giving them in digits was `altered` with a false "number changed".
#[test]
fn french_six_hundred_and_six_thousand_are_their_value() {
    let report = check_article(
        vec![(
            "/page.html",
            Response::html(
                "<html lang=\"fr\"><body><article>\
                 <p>La ville compte six cents habitants et six mille visiteurs par an.</p>\
                 <p>Le budget est de six cent vingt euros par habitant.</p>\
                 </article></body></html>",
            ),
        )],
        "La mairie précise que « la ville compte 600 habitants et 6000 visiteurs par an » \
         ([mairie](BASE/page.html)).\n\n\
         Elle ajoute : « le budget est de 620 euros par habitant » ([mairie](BASE/page.html)).\n",
    );
    for start in ["la ville compte", "le budget"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.match_kind, Some(MatchKind::Minor), "{r:#?}");
    }
}
