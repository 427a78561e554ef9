//! Articles split over several pages: where a page's "next page" is.
//!
//! A quote cited to page 1 of a long article is often on page 2. The verifier follows a page's
//! `rel="next"` link (`<link rel="next">` in the head, or `<a rel="next">` in the pager) for a
//! quote it cannot find, but only to a *later page of the same article*: blogs mark the link
//! to the next post `rel="next"` too, and a quote must never be checked against another
//! article. A next page is the same URL with a page number added or changed: a query
//! parameter (`?page=2`, `?p=2`, `?pg=2`, `?start=20`), a last path segment (`/2`, `/2/`,
//! `/page/2`, `/page-2`), or a number at the end of the file name (`story-2.html`,
//! `story_p2.html`).

use url::Url;

use crate::extract::html_tok::{self, Raw, Sink};

/// The highest `?p=` taken for a page number (above it, a post's id).
const MAX_P_PAGE: u64 = 20;

/// Query parameters that number pages.
const PAGE_PARAMS: &[&str] = &[
    "page",
    "p",
    "pg",
    "pagenum",
    "page_num",
    "pagenumber",
    "currentpage",
    "start",
    "offset",
    "seite",
    "pagina",
    "strona",
];

/// The next page of the article at `base` (its final URL), if its HTML names one that is a
/// later page of the same article.
#[must_use]
pub fn next_page(html: &str, base: &str) -> Option<String> {
    let base = Url::parse(base).ok()?;
    let mut sink = NextLink {
        hrefs: Vec::new(),
        done: false,
    };
    html_tok::tokenize(html, &mut sink);
    sink.hrefs
        .iter()
        .filter_map(|h| base.join(h.trim()).ok())
        .map(|mut u| {
            u.set_fragment(None);
            u
        })
        .find(|next| same_article(&base, next))
        .map(String::from)
}

/// Collects the `href` of every `link` or `a` whose `rel` holds `next`.
struct NextLink {
    hrefs: Vec<String>,
    done: bool,
}

impl Sink for NextLink {
    fn text(&mut self, _t: &str) {}

    fn start(
        &mut self,
        name: &str,
        attrs: &[(String, String)],
        _self_closing: bool,
    ) -> Option<Raw> {
        if self.done || !matches!(name, "link" | "a") {
            return html_tok::raw_content(name);
        }
        let attr = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        let next = attr("rel").is_some_and(|rel| {
            rel.split_ascii_whitespace()
                .any(|r| r.eq_ignore_ascii_case("next"))
        });
        if let Some(href) = attr("href").filter(|_| next) {
            self.hrefs.push(href.to_string());
            // A pager repeats itself at the foot of the page; a few candidates are enough.
            self.done = self.hrefs.len() >= 4;
        }
        None
    }

    fn end(&mut self, _name: &str) {}

    fn comment(&mut self) {}
}

/// Whether `next` is `page` with a page number added or changed (so another page of the same
/// article), and not `page` itself.
fn same_article(page: &Url, next: &Url) -> bool {
    if page.scheme() != next.scheme()
        || page.host_str() != next.host_str()
        || page.port_or_known_default() != next.port_or_known_default()
    {
        return false;
    }
    let (a_path, a_num) = strip_page(page);
    let (b_path, b_num) = strip_page(next);
    // Later, not earlier: a page without a number is the first.
    if a_path == b_path && b_num.is_some_and(|b| b > a_num.unwrap_or(0)) {
        return true;
    }
    // WordPress's `?p=41` → `?p=42`: a post's id and the next post's.
    let post_id = |u: &Url| {
        u.query_pairs()
            .any(|(k, v)| k == "p" && v.parse::<u64>().is_ok_and(|n| n > MAX_P_PAGE))
    };
    if post_id(page) || post_id(next) {
        return false;
    }
    one_number_up(page.as_str(), next.as_str())
}

/// Whether `b` is `a` with one number of at most three digits made larger and nothing else
/// changed (`/p1.html` → `/p2.html`, `/story/1/` → `/story/2/`). Such a rule alone would also
/// take `/posts/123` → `/posts/124`, the next post of a blog: callers also compare titles
/// ([`same_title`]).
fn one_number_up(a: &str, b: &str) -> bool {
    let split = |s: &str| -> Vec<(bool, String)> {
        let mut parts: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let d = c.is_ascii_digit();
            match parts.last_mut() {
                Some((pd, p)) if *pd == d => p.push(c),
                _ => parts.push((d, c.to_string())),
            }
        }
        parts
    };
    let (pa, pb) = (split(a), split(b));
    if pa.len() != pb.len() {
        return false;
    }
    let mut changed = 0;
    for ((da, x), (_, y)) in pa.iter().zip(&pb) {
        if x == y {
            continue;
        }
        let up =
            *da && x.len() <= 3 && y.len() <= 3 && x.parse::<u64>().ok() < y.parse::<u64>().ok();
        if !up {
            return false;
        }
        changed += 1;
    }
    changed == 1
}

/// Whether two pages' titles are one article's: the words of the shorter (numbers left out,
/// `Page 2 of 3` says nothing) are nearly all in the other, once the parts both titles
/// share whole (a site's name after ` | `) are set aside: a long site name made the next
/// post's title "nearly all" the same. Two pages without a title pass (their URLs decided).
#[must_use]
pub fn same_title(a: Option<&str>, b: Option<&str>) -> bool {
    let parts = |t: &str| -> Vec<String> {
        t.split(['|', '–', '—', '·', '»'])
            .flat_map(|p| p.split(" - "))
            .flat_map(|p| p.split(" :: "))
            .map(|p| p.trim().to_lowercase())
            .filter(|p| !p.is_empty())
            .collect()
    };
    if let (Some(a), Some(b)) = (a, b) {
        let (pa, pb) = (parts(a), parts(b));
        let rest = |x: &[String], y: &[String]| -> String {
            x.iter()
                .filter(|p| !y.contains(p))
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (ra, rb) = (rest(&pa, &pb), rest(&pb, &pa));
        if ra.len() < a.len() || rb.len() < b.len() {
            // All of one title is in the other (`Headline` and `Headline | Site`; `Headline
            // – Page 2 | Site`, whose page number says nothing), or what is left agrees.
            return ra.trim().is_empty()
                || rb.trim().is_empty()
                || same_words(Some(&ra), Some(&rb));
        }
    }
    same_words(a, b)
}

/// [`same_title`] on the words alone.
fn same_words(a: Option<&str>, b: Option<&str>) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
            .map(str::to_lowercase)
            .filter(|w| !matches!(w.as_str(), "page" | "of" | "part"))
            .collect()
    };
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            let (wa, wb) = (words(a), words(b));
            let (short, long) = if wa.len() <= wb.len() {
                (&wa, &wb)
            } else {
                (&wb, &wa)
            };
            if short.is_empty() {
                return long.is_empty();
            }
            let shared = short.iter().filter(|w| long.contains(w)).count();
            shared * 5 >= short.len() * 4
        }
        _ => false,
    }
}

/// A URL's path and query (sorted) without its page number.
type Unnumbered = (String, Vec<(String, String)>);

/// A URL without its page number (path and the query without page parameters), and that
/// number.
fn strip_page(u: &Url) -> (Unnumbered, Option<u64>) {
    let mut num = None;
    let mut query: Vec<(String, String)> = Vec::new();
    for (k, v) in u.query_pairs() {
        let key = k.to_ascii_lowercase();
        if PAGE_PARAMS.contains(&key.as_str()) {
            // WordPress's `?p=41` is a post's id, and `?p=42` the next post: a `p` numbers
            // pages only while it is small.
            if let Ok(n) = v.parse::<u64>().map_err(|_| ()).and_then(|n| {
                if key == "p" && n > MAX_P_PAGE {
                    Err(())
                } else {
                    Ok(n)
                }
            }) {
                num = Some(n);
                continue;
            }
        }
        query.push((k.into_owned(), v.into_owned()));
    }
    query.sort();
    let path = u.path().trim_end_matches('/');
    let (rest, last) = path.rsplit_once('/').unwrap_or(("", path));
    // A page number in a path has at most three digits: `report-2024.html` is a year.
    let digits = |s: &str| -> Option<u64> {
        (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let mut stripped = path.to_string();
    if num.is_none() {
        if let Some(n) = digits(last) {
            // `/story/2`, `/story/page/2`.
            num = Some(n);
            stripped = rest
                .strip_suffix("/page")
                .or_else(|| rest.strip_suffix("/seite"))
                .unwrap_or(rest)
                .to_string();
        } else {
            // `/story/page-2`, `story-2.html`, `story_p2.html`, `story,2.html`.
            let (stem, ext) = match last.rsplit_once('.') {
                Some((s, e)) if !e.is_empty() && e.len() <= 5 => (s, Some(e)),
                _ => (last, None),
            };
            let end = stem.trim_end_matches(|c: char| c.is_ascii_digit());
            if let Some(n) = digits(&stem[end.len()..]) {
                let head = end
                    .strip_suffix("page-")
                    .or_else(|| end.strip_suffix("_p"))
                    .or_else(|| end.strip_suffix("-p"))
                    .or_else(|| end.strip_suffix(['-', '_', ',']));
                if let Some(head) = head.filter(|h| !h.is_empty() || end.ends_with("page-")) {
                    num = Some(n);
                    let head = head.trim_end_matches(['-', '_', '/']);
                    stripped = match ext {
                        Some(e) => format!("{rest}/{head}.{e}"),
                        None if head.is_empty() => rest.to_string(),
                        None => format!("{rest}/{head}"),
                    };
                }
            }
        }
    }
    ((stripped, query), num)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn next(html: &str, base: &str) -> Option<String> {
        next_page(html, base)
    }

    #[test]
    fn later_pages_of_the_same_article() {
        let cases = [
            (
                "https://n.example/story",
                "?page=2",
                "https://n.example/story?page=2",
            ),
            (
                "https://n.example/story?page=2",
                "?page=3",
                "https://n.example/story?page=3",
            ),
            (
                "https://n.example/a?id=7",
                "/a?id=7&p=2",
                "https://n.example/a?id=7&p=2",
            ),
            (
                "https://n.example/story/",
                "2/",
                "https://n.example/story/2/",
            ),
            (
                "https://n.example/story/",
                "page/2/",
                "https://n.example/story/page/2/",
            ),
            (
                "https://n.example/story/2",
                "3",
                "https://n.example/story/3",
            ),
            (
                "https://n.example/x/story.html",
                "story-2.html",
                "https://n.example/x/story-2.html",
            ),
            (
                "https://n.example/x/story-2.html",
                "story-3.html",
                "https://n.example/x/story-3.html",
            ),
            (
                "https://n.example/x/story.html",
                "story_p2.html",
                "https://n.example/x/story_p2.html",
            ),
            (
                "https://n.example/x/story",
                "story/page-2",
                "https://n.example/x/story/page-2",
            ),
            (
                "https://n.example/p1.html",
                "/p2.html",
                "https://n.example/p2.html",
            ),
            (
                "https://n.example/s/1/intro",
                "/s/2/intro",
                "https://n.example/s/2/intro",
            ),
        ];
        for (base, href, want) in cases {
            let html = format!("<head><link rel=\"next\" href=\"{href}\"></head>");
            assert_eq!(next(&html, base).as_deref(), Some(want), "{base} -> {href}");
            let html = format!(
                "<p>…</p><nav><a class=pager rel='nofollow next' href='{href}#top'>Next</a></nav>"
            );
            assert_eq!(
                next(&html, base).as_deref(),
                Some(want),
                "{base} -> {href} (a)"
            );
        }
    }

    #[test]
    fn titles_of_one_article() {
        let t = |a: &str, b: &str| same_title(Some(a), Some(b));
        assert!(t(
            "The last keepers (page 1 of 2)",
            "The last keepers (page 2 of 2)"
        ));
        assert!(t(
            "The last keepers | Coast News",
            "The last keepers – Page 2 | Coast News"
        ));
        assert!(!t(
            "The last keepers | Coast News",
            "Harbour fees rise | Coast News"
        ));
        assert!(same_title(None, None));
        assert!(!same_title(Some("The last keepers"), None));
        // A long site name shared by two posts made their titles "nearly all" the same.
        assert!(!t(
            "Harbour fees rise | The Northern Coast Weekly Community News and Views from the Harbour Towns",
            "Ferry strike ends | The Northern Coast Weekly Community News and Views from the Harbour Towns"
        ));
        assert!(t(
            "Harbour fees rise",
            "Harbour fees rise | The Northern Coast Weekly Community News and Views from the Harbour Towns"
        ));
        assert!(t(
            "Harbour fees rise - Coast Weekly",
            "Harbour fees rise (page 2) - Coast Weekly"
        ));
    }

    /// WordPress's `?p=41` is a post id: `?p=42` is the next post, not page 2.
    #[test]
    fn a_post_id_is_no_page_number() {
        let html = "<head><link rel=\"next\" href=\"/?p=42\"></head>";
        assert_eq!(next(html, "https://n.example/?p=41"), None);
        let html = "<head><link rel=\"next\" href=\"/story?p=2\"></head>";
        assert_eq!(
            next(html, "https://n.example/story").as_deref(),
            Some("https://n.example/story?p=2")
        );
    }

    #[test]
    fn never_another_article() {
        for (base, href) in [
            // The next post of a blog, a category's next page, another site.
            (
                "https://b.example/2024/05/river-walk/",
                "https://b.example/2024/05/bridge-day/",
            ),
            ("https://b.example/river-walk/", "/category/walks/page/2/"),
            (
                "https://n.example/story?page=1",
                "https://other.example/story?page=2",
            ),
            ("https://n.example/story", "https://n.example/story"),
            ("https://n.example/story?page=2", "?page=2"),
            ("https://n.example/report-2023.html", "report-2024.html"),
            ("https://n.example/story", "mailto:x@n.example"),
            ("https://n.example/p2.html", "/p1.html"),
            ("https://n.example/s/1/a1", "/s/2/a2"),
            ("https://n.example/posts/1200", "/posts/1201"),
        ] {
            let html = format!("<a rel=next href=\"{href}\">Next</a>");
            assert_eq!(next(&html, base), None, "{base} -> {href}");
        }
        // No rel=next at all: a "Next" link by its text is not followed.
        assert_eq!(
            next(
                "<a href=\"?page=2\">Next page</a>",
                "https://n.example/story"
            ),
            None
        );
        // A `rel` inside a script is no link.
        assert_eq!(
            next(
                "<script>x = '<a rel=next href=\"?page=2\">';</script>",
                "https://n.example/story"
            ),
            None
        );
    }
}
