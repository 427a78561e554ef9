//! Fetching: unique [`SourceRequest`]s in, [`LinkResult`]s (and [`Page`]s where the body is
//! needed) out. The only async stage.
//!
//! This module owns the run over all requests ([`Fetcher::check_all`]) and the decisions made
//! before any network traffic: exclusion, `--remap`, scheme dispatch, the cache. The pieces:
//!
//! - [`options`]: every setting, validated ([`FetchOptions::from_config`]);
//! - [`mod@plan`]: one request per normalised URL ([`plan()`], [`normalize_url`]);
//! - [`client`]: the shared reqwest client and transport-error classification;
//! - [`limit`]: per-host concurrency, interval and 429 back-off;
//! - [`retry`]: what to retry and how long to wait;
//! - `http`: one URL over HTTP — retries, redirects, body, status mapping;
//! - [`classify`]: soft-404, bot-challenge and anchor heuristics;
//! - [`local`]: `file://` links on disk;
//! - [`decode`]: bytes to UTF-8 text in browser order;
//! - [`markup`]: XML, feeds and Markdown read as the text a reader sees;
//! - [`cache`]: keeping results between runs (`--cache`).
//!
//! Placeholder and e-mail links are not planned (see [`plan()`]); a URL that does not parse
//! is `invalid` (a template link left as written, `{{< ref "x.md" >}}`, is `unsupported`),
//! a scheme other than `http`, `https` or `file` is `unsupported`.

pub mod cache;
pub mod classify;
pub mod client;
pub mod coding;
pub mod decode;
pub(crate) mod http;
pub mod limit;
pub mod local;
pub mod markup;
pub mod options;
pub mod paging;
pub mod plan;
pub mod retry;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use futures::StreamExt;
use url::Url;

use crate::error::Result;
use crate::model::{Body, LinkResult, LinkStatus, Page, SourceRequest};

pub use options::FetchOptions;
pub use plan::{is_web, normalize_url, plan, set_aside_furniture, FURNITURE};

/// One checked source: its result, and its page when the body was read.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The classification and evidence.
    pub result: LinkResult,
    /// The page, when the body was needed and could be read.
    pub page: Option<Page>,
}

/// Progress reporting for a run. The binary implements it with a progress bar; the library
/// only calls it.
pub trait Progress: Send + Sync {
    /// The run starts with `total` requests.
    fn start(&self, total: usize);
    /// One request is done.
    fn done(&self, url: &str, status: LinkStatus);
    /// The run is over.
    fn finish(&self);
}

/// A [`Progress`] that does nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _total: usize) {}
    fn done(&self, _url: &str, _status: LinkStatus) {}
    fn finish(&self) {}
}

/// Checks sources: one shared client, per-host limits, an optional cache.
#[derive(Debug)]
pub struct Fetcher {
    opts: FetchOptions,
    client: reqwest::Client,
    limiter: limit::HostLimiter,
    cache: Option<Mutex<cache::Cache>>,
    /// Why the cache file could not be written at the end of [`Fetcher::check_all`] (or that
    /// it was damaged).
    cache_error: Mutex<Option<crate::error::Error>>,
    /// The answers of the run under way, one per URL asked ([`Fetcher::check_all`]).
    answers: http::Answers,
}

/// Why `url` is `excluded` (`matches --exclude `…``, `matches `…` (line 2 of
/// .citecheckignore)`), if a rule of `--exclude` or the ignore file matches it and none of
/// `--include` does.
pub(crate) fn exclusion(opts: &FetchOptions, url: &str) -> Option<String> {
    let why = opts
        .exclude
        .iter()
        .find(|re| re.is_match(url))
        .map(|re| format!("matches --exclude `{}`", re.as_str()))
        .or_else(|| {
            let (re, place) = opts.ignore.iter().find(|(re, _)| re.is_match(url))?;
            Some(format!("matches `{}` ({place})", re.as_str()))
        })?;
    (!opts.include.iter().any(|inc| inc.is_match(url))).then_some(why)
}

impl Fetcher {
    /// Builds the client and loads the cache (a corrupt cache file is ignored).
    ///
    /// # Errors
    /// The HTTP client cannot be built.
    pub fn new(opts: FetchOptions) -> Result<Fetcher> {
        let client = client::build(&opts)?;
        let cache = opts.cache.as_deref().map(|p| {
            Mutex::new(cache::Cache::load(
                p,
                opts.max_cache_age,
                opts.result_fingerprint(),
            ))
        });
        let limiter = limit::HostLimiter::with_global_cap(opts.max_concurrency);
        Ok(Fetcher {
            opts,
            client,
            limiter,
            cache,
            cache_error: Mutex::new(None),
            answers: http::Answers::default(),
        })
    }

    /// The options in use.
    #[must_use]
    pub fn options(&self) -> &FetchOptions {
        &self.opts
    }

    /// Why the cache file could not be written by the last [`Fetcher::check_all`], if it
    /// could not, or that it was found damaged and started again (taken: asked again,
    /// `None`). The run's results are whole all the same; only the next run cannot reuse
    /// them. The library does not print: the caller warns.
    pub fn take_cache_error(&self) -> Option<crate::error::Error> {
        self.cache_error.lock().ok()?.take()
    }

    /// Checks every request and returns one [`Fetched`] per request, in the input order.
    /// Writes the cache file at the end when `--cache` is on (a write failure does not fail
    /// the run: see [`Fetcher::take_cache_error`]).
    pub async fn check_all(
        &self,
        requests: Vec<SourceRequest>,
        progress: &dyn Progress,
    ) -> Vec<Fetched> {
        progress.start(requests.len());
        let order = interleave_by_host(&requests);
        let mut slots: Vec<Option<Fetched>> = vec![None; requests.len()];
        let reqs = &requests;
        // Every check is under way at once: each waits for its host's slot and turn, then
        // for one of the `max_concurrency` global slots, taken only while a request is
        // sent (limit.rs). A window of `max_concurrency` checks, as before, filled with
        // checks waiting out one host's `429` and starved the others. Requests are
        // interleaved by host, so the first slots go to many hosts.
        let window = self.opts.max_concurrency.max(requests.len()).max(1);
        let mut stream = futures::stream::iter(order)
            .map(|i| async move { (i, self.check_one(reqs.get(i)).await) })
            .buffer_unordered(window);
        while let Some((i, fetched)) = stream.next().await {
            progress.done(&fetched.result.url, fetched.result.status);
            if let Some(slot) = slots.get_mut(i) {
                *slot = Some(fetched);
            }
        }
        drop(stream);
        self.answers.clear();
        self.save_cache();
        progress.finish();
        slots.into_iter().flatten().collect()
    }

    /// Writes the cache file when `--cache` is on and anything changed (a write failure
    /// does not fail the run: see [`Fetcher::take_cache_error`]).
    pub fn save_cache(&self) {
        if let Some(c) = &self.cache {
            if let Ok(c) = c.lock() {
                let saved = c.save();
                if saved.is_ok() && c.was_damaged() {
                    if let Ok(mut slot) = self.cache_error.lock() {
                        *slot = Some(crate::error::Error::CacheDamaged {
                            path: c.path().to_path_buf(),
                        });
                    }
                }
                if let Err(source) = saved {
                    if let Ok(mut slot) = self.cache_error.lock() {
                        *slot = Some(crate::error::Error::CacheWrite {
                            path: c.path().to_path_buf(),
                            source,
                        });
                    }
                }
            }
        }
    }

    /// [`Fetcher::get_text`] through the cache when `--cache` is on: an API's answer (the
    /// archive's availability API for `--suggest-archive`) is kept for `--max-cache-age` as
    /// a page is, so a CI job's runs on one cache ask the archive once, not every run. The
    /// caller saves the cache ([`Fetcher::save_cache`]).
    pub async fn get_text_kept(&self, url: &Url) -> Option<String> {
        let key = url.as_str();
        if let Some(mut c) = self.cache.as_ref().and_then(|c| c.lock().ok()) {
            if let Some((_, page)) = c.get_page(key, self.opts.max_body) {
                if let Body::Text(text) = page.body {
                    return Some(text);
                }
            }
        }
        let text = self.get_text(url).await?;
        if let Some(mut c) = self.cache.as_ref().and_then(|c| c.lock().ok()) {
            let result = LinkResult {
                status: LinkStatus::Ok,
                http_status: Some(200),
                ..blank_result(key.to_string())
            };
            let page = Page {
                final_url: key.to_string(),
                status: 200,
                content_type: None,
                body: Body::Text(text.clone()),
                truncated: false,
            };
            c.put(key, &result, Some(&page), self.opts.max_body);
        }
        Some(text)
    }

    /// Checks one request (never fails: every problem is a status).
    async fn check_one(&self, req: Option<&SourceRequest>) -> Fetched {
        let started = Instant::now();
        let Some(req) = req else {
            return Fetched {
                result: result_for(&SourceRequest {
                    url: String::new(),
                    fragments: Vec::new(),
                    needs_body: false,
                    occurrences: Vec::new(),
                    skip: None,
                }),
                page: None,
            };
        };
        let mut result = result_for(req);
        let page = self.check_inner(req, &mut result).await;
        result.elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        Fetched { result, page }
    }

    async fn check_inner(&self, req: &SourceRequest, result: &mut LinkResult) -> Option<Page> {
        let opts = &self.opts;
        let raw = req.url.trim();
        if let Some(why) = &req.skip {
            result.status = LinkStatus::Excluded;
            result.detail.clone_from(why);
            return None;
        }
        if let Some(why) = exclusion(opts, raw) {
            result.status = LinkStatus::Excluded;
            result.detail = why;
            return None;
        }
        let mut target = raw.to_string();
        for (re, rep) in &opts.remap {
            target = re.replace_all(&target, rep.as_str()).into_owned();
        }
        let remapped = (target != raw).then(|| format!(" (checked as {target} by --remap)"));
        let url = match Url::parse(&target) {
            Ok(u) => u,
            Err(_) if crate::extract::markdown::tag_links::is_template(raw) => {
                result.status = LinkStatus::Unsupported;
                result.detail =
                    "a site generator's template link (made into a URL when the site is \
                                 built): not checked, no file of the site found for it"
                        .to_string();
                return None;
            }
            Err(e) => {
                result.status = LinkStatus::Invalid;
                result.detail = match e {
                    // Left unresolved by extraction: say what would resolve it.
                    url::ParseError::RelativeUrlWithoutBase if raw.starts_with('/') => {
                        "not a valid URL: a root-relative link; give --root-dir (the folder the site's `/` \
                         is) or --base-url to check it"
                            .to_string()
                    }
                    url::ParseError::RelativeUrlWithoutBase => {
                        "not a valid URL: a relative link with no base (standard input has no \
                         folder; or under a root-relative `<base href>`); give --base-url to check \
                         it (`file:///path/to/its/folder/` for local files); --root-dir resolves \
                         only links that begin with `/`"
                            .to_string()
                    }
                    e => format!("not a valid URL: {e}"),
                };
                return None;
            }
        };
        let key = cache_key(raw, &req.fragments);
        if let Some(mut cache) = self.cache.as_ref().and_then(|c| c.lock().ok()) {
            // A page a quote needs comes from the cache only with its body; a page that was
            // dead or a not-found page has no body to give (no quote is checked against it),
            // and its result is as definitive as a plain link's.
            let hit = if req.needs_body {
                cache
                    .get_page(&key, opts.max_body)
                    .map(|(r, page)| (r, Some(page)))
                    .or_else(|| {
                        cache
                            .get(&key)
                            .filter(|r| matches!(r.status, LinkStatus::Dead | LinkStatus::Soft404))
                            .map(|r| (r, None))
                    })
            } else {
                cache.get(&key).map(|r| (r, None))
            };
            if let Some((hit, page)) = hit {
                let occurrences = std::mem::take(&mut result.occurrences);
                *result = hit;
                result.occurrences = occurrences;
                return page;
            }
        }
        let page = match url.scheme() {
            "http" | "https" => {
                if url.host_str().is_none_or(str::is_empty) {
                    result.status = LinkStatus::Invalid;
                    result.detail = "URL without a host".into();
                    return None;
                }
                let out = self.check_web(url, &req.fragments, req.needs_body).await;
                result.status = out.status;
                result.detail = out.detail;
                result.http_status = out.http_status;
                result.final_url = out.final_url;
                result.redirects = out.redirects;
                result.fragment = out.fragment;
                result.missing_fragments = out.missing_fragments;
                result.unchecked_fragments = out.unchecked_fragments;
                result.nearest_anchors = out.nearest_anchors;
                result.retries = out.retries;
                result.use_instead = out.use_instead;
                out.page
            }
            "file" => {
                let out = local::check_file(&url, &req.fragments, req.needs_body, opts.max_body);
                result.status = out.status;
                result.detail = out.detail;
                result.fragment = out.fragment;
                result.missing_fragments = out.missing_fragments;
                result.unchecked_fragments = out.unchecked_fragments;
                result.nearest_anchors = out.nearest_anchors;
                result.final_url = Some(url.to_string());
                out.page
            }
            other => {
                result.status = LinkStatus::Unsupported;
                result.detail = format!("`{other}:` links are not checked");
                return None;
            }
        };
        if let Some(note) = remapped {
            // Where the remapped server redirected us, say it on the article's own host, so
            // the report's "use instead" is a URL the author can cite.
            let back = |u: &mut String| {
                if let Some(orig) = unmap(&opts.remap, u) {
                    *u = orig;
                }
            };
            let mapped: Vec<String> = result
                .final_url
                .iter()
                .chain(&result.use_instead)
                .chain(result.redirects.iter().map(|h| &h.url))
                .cloned()
                .collect();
            result.final_url.as_mut().map(back);
            result.use_instead.as_mut().map(back);
            for hop in &mut result.redirects {
                back(&mut hop.url);
            }
            result.detail = unmap_text(&opts.remap, &result.detail);
            // The URLs the detail names, undone as above (a rule with capture groups).
            for m in mapped {
                if let Some(orig) = unmap(&opts.remap, &m) {
                    result.detail = result.detail.replace(&m, &orig);
                }
            }
            result.detail.push_str(&note);
        }
        if let Some(mut c) = self.cache.as_ref().and_then(|c| c.lock().ok()) {
            let keep = page.as_ref().filter(|_| req.needs_body);
            c.put(&key, result, keep, opts.max_body);
            // Only a result stored now says since when it fails: one the cache does not
            // store (a timeout) leaves an older entry's mark aside.
            if cache::cacheable(result) {
                result.failing_since = c.failing_since(&key);
            }
        }
        page
    }
}

/// The cache key of a request: its URL, and the fragments it was checked at (a page's result
/// says whether each was found, so it is kept apart from the page's plain result).
fn cache_key(url: &str, fragments: &[String]) -> String {
    let mut key = normalize_url(url);
    let mut fragments: Vec<&str> = fragments.iter().map(String::as_str).collect();
    fragments.sort_unstable();
    fragments.dedup();
    for f in fragments {
        key.push_str(" #");
        key.push_str(f);
    }
    key
}

/// A blank result for a request: the URL shown is the request's, with its fragment when it
/// has exactly one.
pub(crate) fn result_for(req: &SourceRequest) -> LinkResult {
    let url = match req.fragments.as_slice() {
        [one] => format!("{}#{one}", req.url),
        _ => req.url.clone(),
    };
    LinkResult {
        occurrences: req.occurrences.clone(),
        ..blank_result(url)
    }
}

/// A blank result for `url`: an error until it is checked.
fn blank_result(url: String) -> LinkResult {
    LinkResult {
        url,
        final_url: None,
        status: LinkStatus::Error,
        http_status: None,
        detail: String::new(),
        redirects: Vec::new(),
        fragment: None,
        retries: 0,
        elapsed_ms: 0,
        occurrences: Vec::new(),
        use_instead: None,
        cached: false,
        checked_at: None,
        failing_since: None,
        missing_fragments: Vec::new(),
        unchecked_fragments: Vec::new(),
        nearest_anchors: std::collections::BTreeMap::new(),
        archive_of: None,
        archived_at: None,
        archived_copy: None,
    }
}

/// Indices of `requests` in round-robin order over hosts: first link of each host, then the
/// second of each, … So the global window holds many hosts at once.
fn interleave_by_host(requests: &[SourceRequest]) -> Vec<usize> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut by_host: HashMap<String, usize> = HashMap::new();
    for (i, r) in requests.iter().enumerate() {
        let host = Url::parse(&r.url)
            .ok()
            .map(|u| {
                format!(
                    "{}:{:?}",
                    u.host_str().unwrap_or(""),
                    u.port_or_known_default()
                )
            })
            .unwrap_or_default();
        let g = *by_host.entry(host).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(g) {
            group.push(i);
        }
    }
    let mut out = Vec::with_capacity(requests.len());
    let mut round = 0;
    while out.len() < requests.len() {
        for g in &groups {
            if let Some(i) = g.get(round) {
                out.push(*i);
            }
        }
        round += 1;
    }
    out
}

/// Shared handle so callers can keep a fetcher alive across tasks.
pub type SharedFetcher = Arc<Fetcher>;

/// The `--remap` rules that can be undone: prefix rules (`^LITERAL REPLACEMENT`, LITERAL a
/// plain literal, REPLACEMENT without capture references), as (LITERAL, REPLACEMENT).
fn invertible(rules: &[(regex::Regex, String)]) -> impl Iterator<Item = (String, &str)> {
    rules.iter().filter_map(|(re, rep)| {
        let pattern = re.as_str().strip_prefix('^')?;
        if rep.contains('$') || rep.is_empty() {
            return None;
        }
        // Unescape the pattern and check it escapes back: then it is a plain literal.
        let mut literal = String::new();
        let mut chars = pattern.chars();
        while let Some(c) = chars.next() {
            literal.push(if c == '\\' { chars.next()? } else { c });
        }
        (regex::escape(&literal) == pattern).then_some((literal, rep.as_str()))
    })
}

/// Undoes a `--remap` on a URL the remapped server produced: a prefix rule, or a rule of
/// literal text and capture groups (`^https://([^/]+)/(.*)$` to `http://127.0.0.1:8080/$1/$2`)
/// whose replacement names every group ([`invert_groups`]).
fn unmap(rules: &[(regex::Regex, String)], url: &str) -> Option<String> {
    invertible(rules)
        .find_map(|(literal, rep)| url.strip_prefix(rep).map(|rest| format!("{literal}{rest}")))
        .or_else(|| {
            rules
                .iter()
                .find_map(|(re, rep)| invert_groups(re, rep, url))
        })
}

/// The URL that rule `re` → `rep` maps to `url`, for a pattern of literal text and capture
/// groups between optional `^` and `$`, and a replacement of literal text and `$N`/`${N}`
/// naming each group: the replacement read backwards gives each group's text, put back
/// into the pattern's literals. Checked by mapping it forward again; `None` for any other
/// rule (alternation, classes or quantifiers outside the groups, named groups).
fn invert_groups(re: &regex::Regex, rep: &str, url: &str) -> Option<String> {
    // The pattern: literals and groups, in order.
    enum Piece {
        Lit(String),
        Group(usize),
    }
    let pat = re.as_str();
    let pat = pat.strip_prefix('^').unwrap_or(pat);
    let pat = pat
        .strip_suffix('$')
        .filter(|p| !p.ends_with('\\'))
        .unwrap_or(pat);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut lit = String::new();
    let mut groups = 0usize;
    let mut chars = pat.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let e = chars.next()?;
                if e.is_alphanumeric() {
                    return None;
                }
                lit.push(e);
            }
            '(' => {
                let mut depth = 1usize;
                let mut first = true;
                while depth > 0 {
                    let g = chars.next()?;
                    if first && g == '?' {
                        return None;
                    }
                    first = false;
                    match g {
                        '\\' => {
                            chars.next()?;
                        }
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                }
                groups += 1;
                pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                pieces.push(Piece::Group(groups));
            }
            '.' | '*' | '+' | '?' | '[' | '|' | '{' | ')' | '^' | '$' => return None,
            c => lit.push(c),
        }
    }
    pieces.push(Piece::Lit(lit));
    if groups == 0 {
        return None;
    }
    // The replacement, read backwards into a pattern.
    let mut back = String::from("^");
    let mut order: Vec<usize> = Vec::new();
    let mut rc = rep.chars().peekable();
    while let Some(c) = rc.next() {
        if c != '$' {
            back.push_str(&regex::escape(c.encode_utf8(&mut [0u8; 4])));
            continue;
        }
        if rc.peek() == Some(&'$') {
            rc.next();
            back.push_str(&regex::escape("$"));
            continue;
        }
        let braced = rc.peek() == Some(&'{');
        if braced {
            rc.next();
        }
        let mut digits = String::new();
        while let Some(d) = rc.peek().copied().filter(char::is_ascii_digit) {
            digits.push(d);
            rc.next();
        }
        if braced && rc.next() != Some('}') {
            return None;
        }
        let n: usize = digits.parse().ok()?;
        if n == 0 || n > groups || order.contains(&n) {
            return None;
        }
        order.push(n);
        back.push_str("(.*)");
    }
    back.push('$');
    if order.len() != groups {
        return None;
    }
    let caps = regex::Regex::new(&back).ok()?.captures(url)?;
    let mut value = vec![String::new(); groups + 1];
    for (i, n) in order.iter().enumerate() {
        value[*n] = caps.get(i + 1)?.as_str().to_string();
    }
    let original: String = pieces
        .iter()
        .map(|p| match p {
            Piece::Lit(l) => l.as_str(),
            Piece::Group(n) => value[*n].as_str(),
        })
        .collect();
    (re.replace_all(&original, rep) == url).then_some(original)
}

/// Undoes prefix `--remap`s on every URL in a sentence.
fn unmap_text(rules: &[(regex::Regex, String)], text: &str) -> String {
    invertible(rules).fold(text.to_string(), |t, (literal, rep)| {
        t.replace(rep, &literal)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture_group_remaps_are_undone_where_they_can_be() {
        let rule = |p: &str, r: &str| (regex::Regex::new(p).expect("regex"), r.to_string());
        let rules = [rule(
            r"^https://([^/]+)/(.*)$",
            "http://127.0.0.1:9/$1/${2}",
        )];
        assert_eq!(
            unmap(&rules, "http://127.0.0.1:9/new.example.org/a/b?x=1").as_deref(),
            Some("https://new.example.org/a/b?x=1")
        );
        assert_eq!(unmap(&rules, "https://elsewhere.org/x"), None);
        // A group the replacement drops, or a pattern with more than groups and literals,
        // cannot be undone.
        for (p, r) in [
            (r"^https://([^/]+)/(.*)$", "http://127.0.0.1:9/$2"),
            (r"^https?://(.*)$", "http://127.0.0.1:9/$1"),
        ] {
            assert_eq!(unmap(&[rule(p, r)], "http://127.0.0.1:9/x/y"), None, "{p}");
        }
    }

    #[test]
    fn interleaves_hosts() {
        let r = |u: &str| SourceRequest {
            url: u.into(),
            fragments: vec![],
            needs_body: false,
            occurrences: vec![],
            skip: None,
        };
        let reqs = vec![
            r("http://a/1"),
            r("http://a/2"),
            r("http://a/3"),
            r("http://b/1"),
            r("x"),
        ];
        assert_eq!(interleave_by_host(&reqs), vec![0, 3, 4, 1, 2]);
    }
}
