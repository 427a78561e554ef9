//! The document's own address: a link to it cites nothing.
//!
//! A quote whose only link is the article's permalink (`“…” <a href="…/story">Permalink</a>`),
//! its comments (`…/story#comments`) or a share link (`…/story?utm_source=share`) would
//! otherwise be checked against the article quoting it, and found there: verified by itself.
//! The article's addresses are the URL it was read from, where that led (redirects, a meta
//! refresh), the `<link rel="canonical">` and `og:url` it declares, and a local file's own
//! path; a link is one of them when it differs only by its fragment, a trailing `/`,
//! `http`/`https`, a `www.` before the host, or tracking parameters ([`TRACKING`]). Another query (`?page=2`) may be
//! another page: it cites.

use url::Url;

use crate::model::{Document, InputSource};

/// Query parameters that only say where a reader came from (analytics, ad clicks, share
/// buttons): a link that adds or changes them leads to the same page. `utm_*` too.
const TRACKING: &[&str] = &[
    "_ga", "_gl", "_hsenc", "_hsmi", "cmpid", "dclid", "fbclid", "gbraid", "gclid", "gclsrc",
    "igsh", "igshid", "mc_cid", "mc_eid", "mkt_tok", "msclkid", "ncid", "ref", "ref_src",
    "ref_url", "referrer", "share", "smid", "sr_share", "ttclid", "twclid", "wbraid", "yclid",
];

/// Whether a query parameter's name (as written) only says where a reader came from:
/// `utm_*` or one of [`TRACKING`], in any case.
pub(crate) fn is_tracking(name: &str) -> bool {
    let utm = name.len() > 4
        && name
            .get(..4)
            .is_some_and(|s| s.eq_ignore_ascii_case("utm_"));
    utm || TRACKING.iter().any(|t| t.eq_ignore_ascii_case(name))
}

/// The document's own addresses, each as [`key`] reads it.
#[derive(Debug, Default)]
pub(crate) struct OwnPage {
    keys: Vec<String>,
    /// What a link to one of them holds as written (its last path segment, or its host):
    /// checked first, so the links of a long document are not each parsed again.
    needles: Vec<String>,
    /// The work's other identifiers the page declares (a journal's DOI and PDF,
    /// [`OwnPage::with_ids`]): DOIs as [`super::doi_key`] reads them, other addresses as
    /// [`key`] does. Not the page's addresses: only [`OwnPage::is_id`] reads them.
    dois: Vec<String>,
    id_keys: Vec<String>,
    /// The work's PubMed identifiers (`citation_pmid`): a link to its record on PubMed
    /// ([`pubmed_record`]) is the article's own.
    pmids: Vec<String>,
}

impl OwnPage {
    /// The addresses of `doc`: its source URL (or a local file's `file:` URL), the URL it
    /// was read at in the end (its base URL, unless that is the `--base-url` given), and
    /// those its page declares (`declared`: canonical, `og:url`, resolved against `base`).
    /// A declared address that is a site's front page, where the document is not, is taken
    /// for a template's mistake and left out.
    pub(crate) fn new(
        doc: &Document,
        forced_base: Option<&Url>,
        declared: &[String],
        base: Option<&Url>,
    ) -> OwnPage {
        let mut urls: Vec<Url> = Vec::new();
        match &doc.source {
            InputSource::Url(u) => {
                urls.push(u.clone());
                if let Some(b) = doc.base_url.as_ref().filter(|b| Some(*b) != forced_base) {
                    urls.push(b.clone());
                }
            }
            InputSource::Path(p) => {
                if let Some(u) = crate::input::file_base_url(p) {
                    urls.push(u);
                }
            }
            InputSource::Stdin => {}
        }
        let mut keys: Vec<String> = urls.iter().filter_map(key).collect();
        for d in declared {
            let Some(u) = base
                .map_or_else(|| Url::parse(d.trim()), |b| b.join(d.trim()))
                .ok()
            else {
                continue;
            };
            let Some(k) = key(&u) else { continue };
            let front = u.path().trim_end_matches('/').is_empty() && u.query().is_none();
            if front && !keys.contains(&k) {
                continue;
            }
            keys.push(k);
        }
        keys.dedup();
        let needles = keys.iter().map(|k| needle(k).to_string()).collect();
        OwnPage {
            keys,
            needles,
            ..OwnPage::default()
        }
    }

    /// Adds the identifiers of the work the page declares for indexers (`ids`: its DOI as a
    /// `https://doi.org/…` URL, its PDF's address, resolved against `base`): a link to one is
    /// the article itself, though it is not this page.
    pub(crate) fn with_ids(mut self, ids: &[String], base: Option<&Url>) -> OwnPage {
        for id in ids {
            if let Some(p) = id.strip_prefix("pmid:") {
                self.pmids.push(p.to_string());
                continue;
            }
            if let Some(d) = super::doi_key(id) {
                self.dois.push(d);
                continue;
            }
            let Some(u) = base
                .map_or_else(|| Url::parse(id.trim()), |b| b.join(id.trim()))
                .ok()
            else {
                continue;
            };
            // A site's front page is no work's file.
            if u.path().trim_end_matches('/').is_empty() && u.query().is_none() {
                continue;
            }
            self.id_keys.extend(key(&u));
        }
        self
    }

    /// Whether the link `url` (resolved) is one of the work's identifiers
    /// ([`OwnPage::with_ids`]): its DOI however the resolver's URL is spelt
    /// (`http://dx.doi.org/10.5555/ABC`), or its PDF.
    pub(crate) fn is_id(&self, url: &str) -> bool {
        if self.dois.is_empty() && self.id_keys.is_empty() && self.pmids.is_empty() {
            return false;
        }
        if let Some(p) = pubmed_record(url) {
            return self.pmids.iter().any(|m| m == p);
        }
        if let Some(d) = super::doi_key(url) {
            return self.dois.contains(&d);
        }
        !self.id_keys.is_empty()
            && Url::parse(url)
                .ok()
                .and_then(|u| key(&u))
                .is_some_and(|k| self.id_keys.contains(&k))
    }

    /// Whether the link `url` (resolved) is the document itself.
    pub(crate) fn is(&self, url: &str) -> bool {
        !self.keys.is_empty()
            && self.needles.iter().any(|n| url.contains(n.as_str()))
            && Url::parse(url)
                .ok()
                .and_then(|u| key(&u))
                .is_some_and(|k| self.keys.contains(&k))
    }
}

/// The PubMed identifier a link to a record on PubMed names: `https://pubmed.…/31900001/`
/// (any host whose name starts `pubmed.`), NCBI's older `…/pubmed/31900001`, Europe PMC's
/// `…/article/MED/31900001`. `None` for a search (`?term=…`) or any other address.
fn pubmed_record(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    let (host, path) = rest.get(..end)?.split_once('/')?;
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let id = match segs.as_slice() {
        [id] if host.starts_with("pubmed.") => *id,
        [.., p, id] if p.eq_ignore_ascii_case("pubmed") => *id,
        [.., a, m, id]
            if host.starts_with("europepmc.")
                && (a.eq_ignore_ascii_case("article") || a.eq_ignore_ascii_case("abstract"))
                && m.eq_ignore_ascii_case("med") =>
        {
            *id
        }
        _ => return None,
    };
    (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())).then_some(id)
}

/// What every spelling of the address `key` holds: its last path segment (a link's path is
/// serialised as the key's is; a query or fragment only follows it), or its host for a
/// front page (hosts are serialised in lower case).
fn needle(key: &str) -> &str {
    let key = key.split('?').next().unwrap_or(key);
    let after_scheme = key.split_once("://").map_or(key, |(_, r)| r);
    match after_scheme.rsplit_once('/') {
        Some((_, last)) if !last.is_empty() => last,
        _ => after_scheme
            .split([':', '/'])
            .next()
            .unwrap_or(after_scheme),
    }
}

/// An address as compared: no fragment, `http` read as `https`, the host without `www.`, no
/// trailing `/`, the query's parameters without tracking ones, sorted. `None` for what is no web page or file.
fn key(u: &Url) -> Option<String> {
    let scheme = match u.scheme() {
        "http" | "https" => "https",
        "file" => "file",
        _ => return None,
    };
    let mut params: Vec<&str> = u
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| !is_tracking(p.split('=').next().unwrap_or(p)))
        .collect();
    params.sort_unstable();
    // `www.` or not is one site's two spellings (each usually redirects to the other).
    let host = u.host_str().unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
    let path = u.path().trim_end_matches('/');
    let query = if params.is_empty() {
        String::new()
    } else {
        format!("?{}", params.join("&"))
    };
    Some(format!("{scheme}://{host}{port}{path}{query}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocKind;

    fn doc(source: InputSource, base: Option<&str>) -> Document {
        Document {
            source,
            kind: DocKind::Html,
            text: String::new(),
            base_url: base.map(|b| Url::parse(b).expect("url")),
            warnings: Vec::new(),
            bibliographies: Vec::new(),
        }
    }

    #[test]
    fn the_page_itself_under_other_spellings() {
        let given = Url::parse("http://news.example/old/quay").expect("url");
        let d = doc(
            InputSource::Url(given),
            Some("https://news.example/2024/quay-wall"),
        );
        let own = OwnPage::new(&d, None, &[], None);
        for same in [
            "http://news.example/old/quay",
            "https://news.example/old/quay#comments",
            "https://news.example/2024/quay-wall/",
            "https://NEWS.example/2024/quay-wall?utm_source=share&utm_medium=x",
            "https://news.example/2024/quay-wall?fbclid=abc#top",
            "https://news.example/2024/quay-wall?ref=home",
            "https://www.news.example/2024/quay-wall",
        ] {
            assert!(own.is(same), "{same}");
        }
        for other in [
            "https://news.example/2024/quay-wall?page=2",
            "https://news.example/2024/quay-wall/sources.html",
            "https://news.example/",
            "https://mirror.example/2024/quay-wall",
            "mailto:desk@news.example",
            "#comments",
        ] {
            assert!(!own.is(other), "{other}");
        }
        // The --base-url given is no address of the article.
        let forced = Url::parse("https://news.example/2024/quay-wall").expect("url");
        let own = OwnPage::new(&d, Some(&forced), &[], None);
        assert!(!own.is("https://news.example/2024/quay-wall"));
        assert!(own.is("http://news.example/old/quay"));
    }

    #[test]
    fn declared_addresses_but_a_front_page() {
        let base = Url::parse("https://mirror.example/copy.html").expect("url");
        let d = doc(InputSource::Stdin, None);
        let declared = [
            "/story/quay".to_string(),
            "https://mirror.example/".to_string(),
        ];
        let own = OwnPage::new(&d, None, &declared, Some(&base));
        assert!(own.is("https://mirror.example/story/quay?utm_campaign=a"));
        assert!(!own.is("https://mirror.example/"));
        assert!(!own.is("https://www.mirror.example/"));
        // A front page given as the article's address, with `www.` or without.
        let front = doc(
            InputSource::Url(Url::parse("https://www.quay.example/").expect("url")),
            None,
        );
        let own = OwnPage::new(&front, None, &[], None);
        assert!(own.is("https://quay.example/#top"));
        assert!(own.is("http://www.quay.example"));
        assert!(!own.is("https://docs.quay.example/"));
        assert!(!OwnPage::default().is("https://mirror.example/story/quay"));
    }
}
