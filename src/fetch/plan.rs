//! Planning: one [`SourceRequest`] per unique URL, with every place it occurs, the fragments
//! to check on it, and whether its body is needed.
//!
//! This module owns URL normalisation (the dedupe key). Links of kind
//! [`LinkKind::Placeholder`] (`#`, empty, `javascript:`) and [`LinkKind::Email`] are *not*
//! planned: they point at no source, so reporting them as "unsupported" for every run would be
//! noise; the extraction report still lists them.

use std::collections::HashMap;

use url::Url;

use crate::model::{Extraction, LinkKind, Occurrence, SourceRequest};

/// The dedupe key of a URL: parsed and re-serialised (scheme and host lower-cased, default
/// port removed, empty path made `/`, dot segments resolved), fragment and empty query
/// removed. Text that does not parse as a URL is returned trimmed, fragment removed.
///
/// ```
/// use citecheck::fetch::normalize_url;
/// assert_eq!(
///     normalize_url("HTTPS://Example.ORG:443/a/../b?#top"),
///     "https://example.org/b"
/// );
/// ```
#[must_use]
pub fn normalize_url(url: &str) -> String {
    let t = url.trim();
    match Url::parse(t) {
        Ok(mut u) => {
            u.set_fragment(None);
            if u.query() == Some("") {
                u.set_query(None);
            }
            u.to_string()
        }
        Err(_) => t.split('#').next().unwrap_or(t).to_string(),
    }
}

/// The fragment worth checking in a URL, if any: not empty, and not a text fragment
/// (`#:~:text=…`, which names a passage, not an anchor).
#[must_use]
pub fn fragment_of(url: &str) -> Option<String> {
    let (_, frag) = url.split_once('#')?;
    anchor_of(frag)
}

/// The anchor a fragment (as written after `#`) names, if any: not empty, and without a
/// text directive (`sec:~:text=…` names `sec`; `:~:text=…` alone names none).
#[must_use]
pub fn anchor_of(fragment: &str) -> Option<String> {
    let anchor = fragment.split(":~:").next().unwrap_or("");
    (!anchor.is_empty()).then(|| anchor.to_string())
}

/// Whether a fragment is a client-side route (`#/settings`, `#!/item/3`), no anchor: the
/// page's script reads it.
#[must_use]
pub fn is_route(fragment: &str) -> bool {
    fragment.starts_with(['/', '!'])
}

/// Whether `fragment` of the page at `url` is read by the page's script rather than being
/// an element's id: a client-side route ([`is_route`]), or a line of a code host's file
/// view (`…/blob/main/src/lib.rs#L10-L20` on GitHub, GitLab's `#L10-20`, Bitbucket's
/// `#lines-10`), which those pages mark by script, with no element of that id in the HTML.
#[must_use]
pub fn is_script_fragment(url: &str, fragment: &str) -> bool {
    if is_route(fragment) {
        return true;
    }
    let Ok(u) = url::Url::parse(url) else {
        return false;
    };
    let path = u.path();
    let file_view = path.contains("/blob/")
        || path.contains("/blame/")
        || (path.contains("/src/") && u.host_str().is_some_and(|h| h.contains("bitbucket")))
        || (path.contains("/src/") && u.host_str().is_some_and(|h| h.contains("codeberg")));
    file_view && is_line_anchor(fragment)
}

/// `L10`, `L10-L20`, `L10-20`, `L10C5-L12C3`, `lines-10`, `lines-10:20`.
fn is_line_anchor(fragment: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // `L10` or `L10C5` (a line, and a column on GitHub).
    let line = |s: &str| {
        s.strip_prefix('L')
            .is_some_and(|n| match n.split_once('C') {
                Some((l, c)) => digits(l) && digits(c),
                None => digits(n),
            })
    };
    if let Some(rest) = fragment.strip_prefix("lines-") {
        return rest.split([':', ',', '-']).all(digits);
    }
    match fragment.split_once('-') {
        Some((a, b)) => line(a) && (line(b) || digits(b)),
        None => line(fragment),
    }
}

/// Plans the requests for a set of extracted documents, in first-seen order.
///
/// A URL is fetched once however often it occurs. `needs_body` is true when a quote cites
/// it (through `Quote.citations[].url`); fragments are checked on the body without it; a URL cited by a
/// quote but not present as a link is planned too, at the quote's position.
#[must_use]
pub fn plan(docs: &[Extraction]) -> Vec<SourceRequest> {
    let mut out: Vec<SourceRequest> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let slot =
        |out: &mut Vec<SourceRequest>, index: &mut HashMap<String, usize>, key: String| -> usize {
            *index.entry(key.clone()).or_insert_with(|| {
                out.push(SourceRequest {
                    url: key,
                    fragments: Vec::new(),
                    needs_body: false,
                    occurrences: Vec::new(),
                    skip: None,
                });
                out.len() - 1
            })
        };
    for doc in docs {
        for link in &doc.links {
            if matches!(link.kind, LinkKind::Placeholder | LinkKind::Email) {
                continue;
            }
            // Checked against the document itself (see `Extraction::own_anchors`).
            if doc.own_anchors.is_some() && link.url.starts_with('#') {
                continue;
            }
            let i = slot(&mut out, &mut index, normalize_url(&link.url));
            let Some(req) = out.get_mut(i) else { continue };
            req.occurrences.push(Occurrence {
                file: doc.file.clone(),
                line: link.line,
                column: link.column,
            });
            // A fragment is looked for in the fetched body without the body being kept as
            // a page to verify quotes against (indexing a 10 MiB page for no quote took
            // fifteen times its size in memory).
            if let Some(f) = fragment_of(&link.url) {
                if !req.fragments.contains(&f) {
                    req.fragments.push(f);
                }
            }
        }
        for quote in &doc.quotes {
            for url in quote.citations.iter().filter_map(|c| c.url.as_deref()) {
                let key = normalize_url(url);
                let known = index.contains_key(&key);
                let i = slot(&mut out, &mut index, key);
                let Some(req) = out.get_mut(i) else { continue };
                req.needs_body = true;
                if !known {
                    req.occurrences.push(Occurrence {
                        file: doc.file.clone(),
                        line: quote.line,
                        column: quote.column,
                    });
                }
            }
        }
    }
    out
}

/// What `check` says of a link it leaves unrequested for standing in a live article's
/// furniture.
pub const FURNITURE: &str = "in the live page's furniture (its navigation, header or footer, \
     sharing buttons, related stories), not the article: not requested (--include-furniture \
     checks it)";

/// Whether a URL is a web (`http(s)`) address, whatever the case of its scheme.
#[must_use]
pub fn is_web(u: &str) -> bool {
    let head = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    head.starts_with("http://") || head.starts_with("https://")
}

/// Sets aside the links that stand only in the furniture of live articles (documents read
/// from an `http(s)` URL; [`crate::model::Link::furniture`]): a site's navigation, sharing
/// buttons and footer are the site's, not the article's citations, and an editor checking
/// an article before it is republished had every dead `Subscribe` or `Share on X` link of
/// the site fail the run. A URL is set aside only when every place it occurs is such a
/// link and no quote cites it; it is reported `excluded`, with [`FURNITURE`] as its
/// detail. A local file's links are all checked: its site's navigation is the team's own
/// (a link-health team checks it). Nor is that of a live page where nothing but furniture
/// was found (no link or quotation of the article outside it): the page's layout was then
/// misread, and its article's citations may be among the furniture.
pub fn set_aside_furniture(requests: &mut [SourceRequest], docs: &[Extraction]) {
    let furniture: std::collections::HashSet<(&str, usize, usize)> = docs
        .iter()
        .filter(|d| is_web(&d.file))
        .filter(|d| {
            !d.quotes.is_empty()
                || d.links.iter().any(|l| {
                    !l.furniture && !matches!(l.kind, LinkKind::Placeholder | LinkKind::Email)
                })
        })
        .flat_map(|d| {
            d.links
                .iter()
                .filter(|l| l.furniture)
                .map(move |l| (d.file.as_str(), l.line, l.column))
        })
        .collect();
    if furniture.is_empty() {
        return;
    }
    for r in requests {
        if !r.needs_body
            && !r.occurrences.is_empty()
            && r.occurrences
                .iter()
                .all(|o| furniture.contains(&(o.file.as_str(), o.line, o.column)))
        {
            r.skip = Some(FURNITURE.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_host_lines_are_read_by_script() {
        let gh = "https://github.com/o/r/blob/main/src/lib.rs";
        for f in ["L10", "L10-L20", "L7C3-L9C1", "L10-20", "/settings"] {
            assert!(is_script_fragment(gh, f), "{f}");
        }
        assert!(is_script_fragment(
            "https://bitbucket.org/o/r/src/main/a.py",
            "lines-3:9"
        ));
        for f in ["usage", "L", "Lx", "L10-", "install-L10"] {
            assert!(!is_script_fragment(gh, f), "{f}");
        }
        assert!(!is_script_fragment("https://example.org/guide", "L10"));
    }
    use crate::model::{Attribution, DocKind, Link, Quote, QuoteCitation, QuoteKind};

    fn link(url: &str, kind: LinkKind, line: usize) -> Link {
        Link {
            url: url.into(),
            kind,
            text: String::new(),
            line,
            column: 1,
            footnote: None,
            raw: url.into(),
            archive_of: None,
            archived_at: None,
            furniture: false,
            offset: 0,
        }
    }

    #[test]
    fn normalisation() {
        assert_eq!(
            normalize_url("http://EXAMPLE.org:80"),
            "http://example.org/"
        );
        assert_eq!(normalize_url("https://a.org/x#frag"), "https://a.org/x");
        assert_eq!(normalize_url(" not a url #x"), "not a url ");
        assert_eq!(fragment_of("https://a.org/#:~:text=hi"), None);
        assert_eq!(
            fragment_of("https://a.org/#sec:~:text=hi").as_deref(),
            Some("sec")
        );
    }

    #[test]
    fn dedupes_and_marks_body_needs() {
        let doc = Extraction {
            file: "a.md".into(),
            uncited_markers: Vec::new(),
            own_anchors: None,
            format: DocKind::Markdown,
            links: vec![
                link("https://Example.org/r#one", LinkKind::Link, 1),
                link("https://example.org/r#two", LinkKind::Bare, 2),
                link("https://example.org/r#one", LinkKind::Bare, 3),
                link("https://b.org/plain", LinkKind::Link, 4),
                link("https://c.org/quoted", LinkKind::Link, 5),
                link("mailto:a@b.org", LinkKind::Email, 6),
                link("#", LinkKind::Placeholder, 7),
            ],
            footnotes: vec![],
            quotes: vec![Quote {
                text: "words".into(),
                kind: QuoteKind::Inline,
                words: 1,
                short: true,
                line: 9,
                column: 2,
                citations: vec![
                    QuoteCitation {
                        footnote: None,
                        url: Some("https://c.org/quoted".into()),
                        attribution: Attribution::Link,
                    },
                    QuoteCitation {
                        footnote: Some("1".into()),
                        url: Some("https://d.org/only-cited".into()),
                        attribution: Attribution::MarkerAfter,
                    },
                ],
                offset: 0,
                lead: String::new(),
                trail: String::new(),
                translation: false,
                asked: false,
                speaker: None,
                pronoun_speaker: None,
            }],
            warnings: vec![],
        };
        let reqs = plan(&[doc]);
        let urls: Vec<&str> = reqs.iter().map(|r| r.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://example.org/r",
                "https://b.org/plain",
                "https://c.org/quoted",
                "https://d.org/only-cited"
            ]
        );
        assert_eq!(reqs[0].fragments, ["one", "two"]);
        assert_eq!(reqs[0].occurrences.len(), 3);
        assert!(!reqs[0].needs_body && !reqs[1].needs_body && reqs[2].needs_body);
        assert_eq!(reqs[2].occurrences.len(), 1);
        assert_eq!(reqs[3].occurrences[0].line, 9);
    }
}
