//! The sixty-fifth session's review of its own verification rules: `sponsor` and
//! `sponsored` as names of the site's boxes hid a cited sponsored story's text (and a
//! section about sponsorship) as page furniture; only a paid slot (`email_sponsor`,
//! `sponsor-slot`, `ad-sponsor`) is the site's.

use citecheck::model::{PageRegion, Verdict};
use citecheck::server::Response;

use super::eval_s63::check_served;

fn page(wrapper: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><title>The future of farming</title></head>\
         <body><header><nav><a href=\"/\">Home</a></nav></header><main>\
         <h1>The future of farming</h1>{wrapper}\
         <p class=\"label\">Paid content from GreenCo</p>\
         <p>Vertical farms could feed a city of a million people from a few warehouses, the \
         company's chief scientist said. \"We grow lettuce in eleven days, with a tenth of \
         the water a field needs,\" she said.</p>\
         <p>The company plans to open four more sites next year.</p></div>\
         <section id=\"sponsored-content\" class=\"level2\"><h2>Sponsored content</h2>\
         <p>A paid post must say so clearly at the start of the post, in words any reader \
         understands.</p></section>\
         <table><tr><td class=\"email_sponsor\"><p>Together with GreenCo: fresh salad boxes \
         delivered to your door every single week.</p></td></tr></table>\
         </main><footer><p>Copyright 2024</p></footer></body></html>"
    )
}

/// A sponsored story's own text (`div.sponsored-content`) and a section about sponsorship
/// are the page's main text; a newsletter's paid slot (`td.email_sponsor`) is the site's.
#[test]
fn a_sponsored_story_is_the_pages_own_text() {
    let results = check_served(
        vec![(
            "/farm",
            Response::html(page("<div class=\"sponsored-content\">")),
        )],
        "# Farms\n\n\
         The company says \"we grow lettuce in eleven days, with a tenth of the water a field \
         needs\".[^f]\n\n\
         Its rules say \"a paid post must say so clearly at the start of the post\".[^f]\n\n\
         Its mailing said \"fresh salad boxes delivered to your door every single week\".[^f]\n\n\
         [^f]: [GreenCo](BASE/farm).\n",
    );
    assert_eq!(results.len(), 3, "{results:#?}");
    for r in results.iter().take(2) {
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
        assert_eq!(r.region, Some(PageRegion::Main), "{r:#?}");
        assert!(r.warnings.is_empty(), "{r:#?}");
    }
    assert_eq!(results[2].verdict, Verdict::Verified, "{:#?}", results[2]);
    assert_eq!(
        results[2].region,
        Some(PageRegion::Furniture),
        "{:#?}",
        results[2]
    );
}
