//! `--cache`: results kept between runs in a JSON file (`.citecheck-cache` by default) for
//! `--max-cache-age`.
//!
//! Only definitive results are stored: `ok`, `redirected`, `soft_404`, and `dead` with an
//! HTTP 404 or 410. Anything that may be transient (timeouts, errors, connection refused,
//! DNS failures, `blocked` — a 429 or a bot wall can lift) is never stored, nor are local
//! files (cheap to re-check). A page a quote is checked against is stored with its result
//! (its body compressed, in the same file: one file for CI to keep between runs), so a second
//! run verifies its quotes without fetching them again; a link checked at `#fragments` is
//! stored under its URL and those fragments. A missing, unreadable or corrupt cache file is
//! treated as empty:
//! a cache must never break a run (a file that cannot be written is reported by
//! [`Cache::save`], for the binary to warn about).
//!
//! A result is kept under its URL and a fingerprint of the settings that decided it
//! ([`FetchOptions::result_fingerprint`](super::FetchOptions::result_fingerprint): `--accept`,
//! `--remap`, headers, …), and reused only under the same settings: a 404 that one run
//! accepted as ok with `--accept 400..=499` is `dead` again for a run without it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use std::io::{Read as _, Write as _};

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::model::{Body, LinkResult, LinkStatus, Page};

/// Most bytes of compressed page bodies one cache file holds (a page that would pass it is
/// not stored; its result still is).
const MAX_PAGE_BYTES: usize = 64 << 20;

/// Most compressed bytes of one stored page.
const MAX_ONE_PAGE: usize = 8 << 20;

/// How long the file keeps an entry at least, whatever one run's `--max-cache-age` (the
/// default max age): a run asking for fresher results than that must not take older ones
/// away from the runs that would still reuse them.
const KEEP_AT_LEAST: Duration = Duration::from_secs(24 * 60 * 60);

/// Version 2 keys entries by settings as well as URL; a version 1 file (URL only: its
/// results may come from other settings) is ignored. An entry's `checked_at_ms` was added
/// within version 2 (entries of earlier builds have only the whole seconds of
/// `checked_at`, still written for them), so the version stays.
const CACHE_VERSION: u32 = 2;

#[derive(Debug, Default, Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    entries: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    /// Whole seconds since the Unix epoch (all that builds before `checked_at_ms` wrote and
    /// read).
    checked_at: u64,
    /// Milliseconds since the Unix epoch; absent in entries written by earlier builds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    checked_at_ms: Option<u64>,
    /// For a failing result: when the cache first saw the link failing (milliseconds since
    /// the Unix epoch), kept from the entry it replaces while the link stays failing. Absent
    /// in entries of earlier builds (taken then as the failing entry's own check).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    failing_since_ms: Option<u64>,
    result: LinkResult,
    /// The page read for quotes, when a quote needed it (absent in earlier builds' files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    page: Option<StoredPage>,
}

/// A page body kept for the quotes checked against it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredPage {
    final_url: String,
    status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    content_type: Option<String>,
    truncated: bool,
    /// The `--max-body` it was read under: reused only under the same cap (a page cut at a
    /// smaller one lacks text; one read under a larger one has text this run would not).
    max_body: u64,
    /// `html`, `text`, `pdf`, `office` or `other`.
    kind: String,
    /// For `other`: what the content was.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    what: String,
    /// The body, gzip-compressed, in base64.
    body: String,
}

impl StoredPage {
    /// Stores a page, or `None` if its compressed body is larger than [`MAX_ONE_PAGE`].
    fn new(page: &Page, max_body: u64) -> Option<StoredPage> {
        let (kind, bytes, what): (&str, &[u8], &str) = match &page.body {
            Body::Html(h) => ("html", h.as_bytes(), ""),
            Body::Text(t) => ("text", t.as_bytes(), ""),
            Body::Pdf(b) => ("pdf", b, ""),
            Body::Office(b) => ("office", b, ""),
            Body::Other(w) => ("other", &[], w),
        };
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(bytes).ok()?;
        let gz = gz.finish().ok()?;
        if gz.len() > MAX_ONE_PAGE {
            return None;
        }
        Some(StoredPage {
            final_url: page.final_url.clone(),
            status: page.status,
            content_type: page.content_type.clone(),
            truncated: page.truncated,
            max_body,
            kind: kind.to_string(),
            what: what.to_string(),
            body: base64::engine::general_purpose::STANDARD.encode(gz),
        })
    }

    /// The page again; `None` if the stored body cannot be read back (a damaged file).
    fn page(&self) -> Option<Page> {
        let gz = base64::engine::general_purpose::STANDARD
            .decode(&self.body)
            .ok()?;
        // Bounded: a decoded body is at most four bytes of UTF-8 per byte read.
        let cap = self.max_body.saturating_mul(4).saturating_add(1 << 10);
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(gz.as_slice())
            .take(cap.saturating_add(1))
            .read_to_end(&mut bytes)
            .ok()?;
        if bytes.len() as u64 > cap {
            return None;
        }
        let body = match self.kind.as_str() {
            "html" => Body::Html(String::from_utf8(bytes).ok()?),
            "text" => Body::Text(String::from_utf8(bytes).ok()?),
            "pdf" => Body::Pdf(bytes),
            "office" => Body::Office(bytes),
            "other" => Body::Other(self.what.clone()),
            _ => return None,
        };
        Some(Page {
            final_url: self.final_url.clone(),
            status: self.status,
            content_type: self.content_type.clone(),
            body,
            truncated: self.truncated,
        })
    }
}

impl Entry {
    /// When the entry was checked, in milliseconds since the Unix epoch (an earlier build's
    /// whole seconds taken as the start of their second).
    fn checked_ms(&self) -> u64 {
        self.checked_at_ms
            .unwrap_or_else(|| self.checked_at.saturating_mul(1000))
    }

    /// When the link was first seen failing, for a failing result: its own mark, or for an
    /// entry of an earlier build, its check.
    fn failing_since(&self) -> Option<u64> {
        failing(self.result.status)
            .then(|| self.failing_since_ms.unwrap_or_else(|| self.checked_ms()))
    }

    /// Whether the entry is younger than `max_age` at `now_ms`.
    ///
    /// Both times are whole milliseconds (cut down), so the real age is less than a
    /// millisecond more than their difference: the entry is fresh only if that difference
    /// plus one millisecond is within `max_age`. Any `max_age` shorter than the entry's real
    /// age thus makes it stale, and a `max_age` of zero never finds anything fresh. An entry
    /// of an earlier build (whole seconds only) is taken as written at the start of its
    /// second, which can only make it older. One dated in the future (a clock set back) has
    /// age zero.
    fn fresh(&self, now_ms: u64, max_age: Duration) -> bool {
        let age = now_ms.saturating_sub(self.checked_ms()).saturating_add(1);
        u128::from(age) <= max_age.as_millis()
    }
}

/// A time in milliseconds since the Unix epoch as ISO 8601 in UTC, to the second
/// (`2026-12-04T21:10:05Z`). The days are turned into a date by the civil-calendar
/// algorithm (H. Hinnant's `civil_from_days`): a date crate for one line of a report was
/// not worth it.
#[must_use]
pub fn utc_time(ms: u64) -> String {
    let secs = ms / 1000;
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The cache in memory.
#[derive(Debug)]
pub struct Cache {
    path: PathBuf,
    max_age: Duration,
    /// The settings fingerprint of this run, in hex: the prefix of its keys.
    settings: String,
    entries: BTreeMap<String, Entry>,
    /// Compressed page bytes held, at most `page_budget` ([`MAX_PAGE_BYTES`]).
    page_bytes: usize,
    page_budget: usize,
    /// When this run loaded the cache: entries checked since were stored by this run.
    run_start_ms: u64,
    /// Keys whose stored page this run read.
    pages_used: std::collections::HashSet<String>,
    dirty: bool,
    /// The file at the cache's path is something else (an article, a report, given as
    /// `--cache-path` by mistake): it is never overwritten.
    foreign: bool,
    /// How long the file keeps an entry (the longer of `--max-cache-age` and a day).
    keep: Duration,
    /// The file was this program's cache, damaged ([`Cache::was_damaged`]).
    damaged: bool,
}

/// Milliseconds since the Unix epoch.
fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl Cache {
    /// Loads the cache file; a missing or corrupt file gives an empty cache. Entries older
    /// than `max_age` are not used; the file keeps them up to the longer of `max_age` and a
    /// day, for other runs (a run with `--max-cache-age 1m` does not empty a shared cache). `settings` is the run's settings fingerprint: only results stored under the
    /// same one are read (entries of other settings are kept in the file, for their runs).
    #[must_use]
    pub fn load(path: &Path, max_age: Duration, settings: u64) -> Cache {
        let bytes = std::fs::read(path).ok();
        // Ours, of any version: a JSON object of a numeric `version` and an `entries` object,
        // and nothing else (a `package.json` has a `version` too). An empty file is taken
        // over; anything but a regular file (a device, a pipe) never is.
        let regular = std::fs::metadata(path).map_or(true, |m| m.is_file());
        // Ours but damaged (cut short by a CI cache restore, a full disk): as it starts as
        // only this program writes it, it is started again, not left in place for good.
        let damaged = bytes.as_ref().is_some_and(|b| {
            b.starts_with(br#"{"version":"#)
                && serde_json::from_slice::<serde_json::Value>(b).is_err()
        });
        let foreign = !regular
            || bytes.as_ref().is_some_and(|b| {
                !damaged
                    && !b.iter().all(u8::is_ascii_whitespace)
                    && !serde_json::from_slice::<serde_json::Value>(b)
                        .ok()
                        .and_then(|v| v.as_object().cloned())
                        .is_some_and(|o| {
                            o.len() == 2
                                && o.get("version").is_some_and(serde_json::Value::is_u64)
                                && o.get("entries").is_some_and(serde_json::Value::is_object)
                        })
            });
        let file: CacheFile = bytes
            .and_then(|b| serde_json::from_slice(&b).ok())
            .filter(|f: &CacheFile| f.version == CACHE_VERSION)
            .unwrap_or_default();
        let now = now_ms();
        let keep = max_age.max(KEEP_AT_LEAST);
        let entries: BTreeMap<String, Entry> = file
            .entries
            .into_iter()
            .filter(|(_, e)| e.fresh(now, keep))
            .collect();
        let page_bytes = entries
            .values()
            .filter_map(|e| e.page.as_ref())
            .map(|p| p.body.len())
            .sum();
        Cache {
            path: path.to_path_buf(),
            max_age,
            settings: format!("{settings:016x}"),
            entries,
            page_bytes,
            page_budget: MAX_PAGE_BYTES,
            run_start_ms: now,
            pages_used: std::collections::HashSet::new(),
            // A damaged file is written again even if this run stores nothing.
            dirty: damaged && regular,
            foreign,
            keep,
            damaged,
        }
    }

    /// Whether the file was a cache of this program's, damaged: it was read as empty and is
    /// written again (the binary says so).
    #[must_use]
    pub fn was_damaged(&self) -> bool {
        self.damaged
    }

    /// The entry key of `url` under this run's settings.
    fn key(&self, url: &str) -> String {
        format!("{} {url}", self.settings)
    }

    /// A fresh entry for `url` under this run's settings.
    fn fresh(&self, url: &str) -> Option<&Entry> {
        self.entries
            .get(&self.key(url))
            .filter(|e| e.fresh(now_ms(), self.max_age))
    }

    /// A fresh cached result for `url` (under this run's settings), marked `cached`.
    #[must_use]
    pub fn get(&self, url: &str) -> Option<LinkResult> {
        let e = self.fresh(url)?;
        let mut r = e.result.clone();
        r.cached = true;
        r.checked_at = Some(utc_time(e.checked_ms()));
        r.failing_since = e.failing_since().map(utc_time);
        Some(r)
    }

    /// When the link stored for `url` (under this run's settings, fresh or not) was first
    /// seen failing, in UTC, if its stored result is a failing one.
    #[must_use]
    pub fn failing_since(&self, url: &str) -> Option<String> {
        self.entries
            .get(&self.key(url))
            .and_then(Entry::failing_since)
            .map(utc_time)
    }

    /// A fresh cached result for `url` with the page stored with it, read under the same
    /// `max_body`; `None` if there is none (the page is then fetched again). A page read
    /// keeps its room in the file (see [`Cache::put`]).
    #[must_use]
    pub fn get_page(&mut self, url: &str, max_body: u64) -> Option<(LinkResult, Page)> {
        let e = self.fresh(url)?;
        let page = e.page.as_ref().filter(|p| p.max_body == max_body)?.page()?;
        let mut r = e.result.clone();
        r.cached = true;
        r.checked_at = Some(utc_time(e.checked_ms()));
        r.failing_since = e.failing_since().map(utc_time);
        self.pages_used.insert(self.key(url));
        Some((r, page))
    }

    /// Makes room for `needed` more bytes of pages by dropping the pages (never the results)
    /// of entries this run neither stored nor read, oldest first; whether it fits then.
    fn make_room(&mut self, needed: usize, except: &str) -> bool {
        if self.page_bytes.saturating_add(needed) <= self.page_budget {
            return true;
        }
        let mut old: Vec<(u64, String)> = self
            .entries
            .iter()
            .filter(|(k, e)| {
                e.page.is_some()
                    && k.as_str() != except
                    && !self.pages_used.contains(k.as_str())
                    && e.checked_ms() < self.run_start_ms
            })
            .map(|(k, e)| (e.checked_ms(), k.clone()))
            .collect();
        old.sort_unstable();
        for (_, k) in old {
            if self.page_bytes.saturating_add(needed) <= self.page_budget {
                break;
            }
            if let Some(p) = self.entries.get_mut(&k).and_then(|e| e.page.take()) {
                self.page_bytes = self.page_bytes.saturating_sub(p.body.len());
                self.dirty = true;
            }
        }
        self.page_bytes.saturating_add(needed) <= self.page_budget
    }

    /// Stores the result for `url` (under this run's settings) if it is definitive, with the
    /// page read for quotes when there is one and the result is `ok` or `redirected` (no
    /// quote is checked against another). When the pages would pass 64 MiB (`MAX_PAGE_BYTES`), the
    /// pages of older runs give way, oldest first (the pages this run stored or read never
    /// do): the file holds the pages its latest runs need. A page past the caps even so is
    /// not kept; its result is.
    pub fn put(&mut self, url: &str, result: &LinkResult, page: Option<&Page>, max_body: u64) {
        if !cacheable(result) {
            return;
        }
        let mut r = result.clone();
        r.occurrences.clear();
        r.cached = false;
        r.failing_since = None;
        let now = now_ms();
        let key = self.key(url);
        // Failing still (or again without having answered in between): since the entry it
        // replaces first saw it failing, however old that entry, as long as the file kept it.
        let failing_since_ms = failing(r.status).then(|| {
            self.entries
                .get(&key)
                .and_then(Entry::failing_since)
                .unwrap_or(now)
        });
        if let Some(old) = self.entries.get(&key).and_then(|e| e.page.as_ref()) {
            self.page_bytes = self.page_bytes.saturating_sub(old.body.len());
        }
        let page = page
            .filter(|_| matches!(r.status, LinkStatus::Ok | LinkStatus::Redirected))
            .and_then(|p| StoredPage::new(p, max_body))
            .filter(|p| self.make_room(p.body.len(), &key));
        if let Some(p) = &page {
            self.page_bytes += p.body.len();
        }
        self.entries.insert(
            key,
            Entry {
                checked_at: now / 1000,
                checked_at_ms: Some(now),
                failing_since_ms,
                result: r,
                page,
            },
        );
        self.dirty = true;
    }

    /// Writes the cache file if anything changed (atomically: a temporary file, then a
    /// rename).
    ///
    /// # Errors
    /// The file cannot be written, or the file at the path is not a cache (never
    /// overwritten).
    pub fn save(&self) -> std::io::Result<()> {
        if !self.dirty {
            return Ok(());
        }
        if self.foreign {
            return Err(std::io::Error::other(
                "the file there is not a citecheck cache (or not a regular file): it was left as it is",
            ));
        }
        // A cache in a folder of its own (`cache-path = ".cache/citecheck"`) is made
        // there: caching must not be silently off on a fresh CI machine.
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        // Read, merge and replace under the lock, so that runs saving side by side each
        // keep the other's entries; a temporary file of this run's own, so that two writes
        // never mix in one file.
        let _lock = SaveLock::take(&self.path);
        let file = CacheFile {
            version: CACHE_VERSION,
            entries: self.merged_with_file(),
        };
        let json = serde_json::to_vec(&file).map_err(std::io::Error::other)?;
        let tmp = sibling(
            &self.path,
            &format!(".{}.{}.tmp", std::process::id(), unique()),
        );
        std::fs::write(&tmp, json)?;
        std::fs::rename(&tmp, &self.path).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    }

    /// This run's entries, with those another run sharing the file wrote since this one
    /// loaded it (CI jobs side by side on one cache): an entry of the file that this run
    /// lacks, or holds older, is taken, if fresh; its page too while the pages stay within
    /// [`MAX_PAGE_BYTES`]. Called under the file's [`SaveLock`].
    fn merged_with_file(&self) -> BTreeMap<String, Entry> {
        let mut entries = self.entries.clone();
        let Some(file) = std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice::<CacheFile>(&b).ok())
            .filter(|f| f.version == CACHE_VERSION)
        else {
            return entries;
        };
        let now = now_ms();
        let mut page_bytes = self.page_bytes;
        for (k, mut e) in file.entries {
            let newer = entries
                .get(&k)
                .is_none_or(|mine| e.checked_ms() > mine.checked_ms());
            if !newer || !e.fresh(now, self.keep) {
                continue;
            }
            let mine = entries
                .get(&k)
                .and_then(|m| m.page.as_ref())
                .map_or(0, |p| p.body.len());
            let theirs = e.page.as_ref().map_or(0, |p| p.body.len());
            if page_bytes.saturating_sub(mine).saturating_add(theirs) > self.page_budget {
                e.page = None;
                page_bytes = page_bytes.saturating_sub(mine);
            } else {
                page_bytes = page_bytes.saturating_sub(mine).saturating_add(theirs);
            }
            entries.insert(k, e);
        }
        entries
    }

    /// The cache file.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Whether a stored result is a failing one, whose first failure the cache remembers: of
/// those it stores, `dead` (a 404 or 410) and `soft_404`.
fn failing(status: LinkStatus) -> bool {
    matches!(status, LinkStatus::Dead | LinkStatus::Soft404)
}

/// Whether a result is definitive enough to reuse in a later run.
#[must_use]
pub fn cacheable(r: &LinkResult) -> bool {
    if !r.url.starts_with("http://") && !r.url.starts_with("https://") {
        return false;
    }
    match r.status {
        LinkStatus::Ok | LinkStatus::Redirected | LinkStatus::Soft404 => true,
        LinkStatus::Dead => matches!(r.http_status, Some(404 | 410)),
        _ => false,
    }
}

/// `path` with `suffix` added to its file name.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// A number no other save of this process has used (threads of one process saving side by
/// side get temporary files of their own).
fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// How long a save waits for another run's lock before it writes anyway (the merge still
/// keeps what the file held when read).
const LOCK_WAIT: Duration = Duration::from_secs(5);

/// A lock file older than this was left by a run that died while saving: taken over.
const LOCK_STALE: Duration = Duration::from_secs(60);

/// The cache file's lock while a save reads, merges and replaces it: a file beside it
/// (`cache.json.lock`) created only where none exists (`create_new`, atomic on every
/// platform and on network file systems that honour `O_EXCL`), removed when dropped.
/// Written by hand rather than with an OS file lock: `File::lock` needs a newer Rust than
/// the crate supports, and a lock file needs no extra crate.
struct SaveLock(Option<PathBuf>);

impl SaveLock {
    fn take(cache: &Path) -> SaveLock {
        let path = sibling(cache, ".lock");
        let deadline = std::time::Instant::now() + LOCK_WAIT;
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(_) => return SaveLock(Some(path)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let stale = std::fs::metadata(&path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age > LOCK_STALE);
                    if stale {
                        let _ = std::fs::remove_file(&path);
                        continue;
                    }
                    if std::time::Instant::now() >= deadline {
                        return SaveLock(None);
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
                // A folder that cannot be written to: the save itself says so.
                Err(_) => return SaveLock(None),
            }
        }
    }
}

impl Drop for SaveLock {
    fn drop(&mut self) {
        if let Some(p) = &self.0 {
            let _ = std::fs::remove_file(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(status: LinkStatus, http: Option<u16>) -> LinkResult {
        LinkResult {
            url: "https://a.org/".into(),
            final_url: None,
            status,
            http_status: http,
            detail: String::new(),
            redirects: vec![],
            fragment: None,
            retries: 0,
            elapsed_ms: 1,
            occurrences: vec![],
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

    #[test]
    fn only_definitive_results_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        c.put("ok", &result(LinkStatus::Ok, Some(200)), None, 0);
        c.put("gone", &result(LinkStatus::Dead, Some(404)), None, 0);
        c.put("refused", &result(LinkStatus::Dead, None), None, 0);
        c.put("slow", &result(LinkStatus::Timeout, None), None, 0);
        c.put("limited", &result(LinkStatus::Blocked, Some(429)), None, 0);
        c.save().unwrap();
        let c = Cache::load(&path, Duration::from_secs(60), 1);
        assert!(c.get("ok").unwrap().cached);
        assert!(c.get("gone").is_some());
        for k in ["refused", "slow", "limited"] {
            assert!(c.get(k).is_none(), "{k}");
        }
        // Other settings (another `--accept`, say) see none of them.
        let other = Cache::load(&path, Duration::from_secs(60), 2);
        assert!(other.get("ok").is_none() && other.get("gone").is_none());
    }

    /// Regression: a cache that could not be written was silently dropped; `save` says why,
    /// and leaves no temporary file behind.
    /// Two runs sharing one file (CI jobs side by side), each loaded before the other
    /// wrote: the later writer keeps the earlier one's entries (eval-cache, twenty-sixth
    /// session: half the entries were lost), and of one URL both stored, the newer result.
    #[test]
    fn runs_sharing_a_file_keep_each_others_entries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let mut one = Cache::load(&path, Duration::from_secs(60), 1);
        let mut two = Cache::load(&path, Duration::from_secs(60), 1);
        one.put("a", &result(LinkStatus::Ok, Some(200)), None, 0);
        one.put("both", &result(LinkStatus::Dead, Some(404)), None, 0);
        one.save().unwrap();
        std::thread::sleep(Duration::from_millis(5));
        two.put("b", &result(LinkStatus::Ok, Some(200)), None, 0);
        two.save().unwrap();
        let c = Cache::load(&path, Duration::from_secs(60), 1);
        assert!(c.get("a").is_some() && c.get("b").is_some());
        assert_eq!(c.get("both").map(|r| r.status), Some(LinkStatus::Dead));
        // The later run's own result of a URL wins over the file's older one.
        let mut three = Cache::load(&path, Duration::from_secs(60), 1);
        std::thread::sleep(Duration::from_millis(5));
        three.put("both", &result(LinkStatus::Ok, Some(200)), None, 0);
        three.save().unwrap();
        let c = Cache::load(&path, Duration::from_secs(60), 1);
        assert_eq!(c.get("both").map(|r| r.status), Some(LinkStatus::Ok));
    }

    /// Regression (left alone in the thirtieth session): runs saving one file at the same
    /// moment each wrote the same temporary file, and one could rename the other's half
    /// written file into place, or lose the other's entries. Now each save merges under a
    /// lock file and writes a temporary file of its own: eight threads saving at once keep
    /// every entry, and leave no lock or temporary file behind.
    #[test]
    fn saves_at_the_same_moment_keep_every_entry() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        for round in 0..5 {
            let caches: Vec<Cache> = (0..8)
                .map(|i| {
                    let mut c = Cache::load(&path, Duration::from_secs(60), 1);
                    c.put(
                        &format!("r{round}-{i}"),
                        &result(LinkStatus::Ok, Some(200)),
                        None,
                        0,
                    );
                    c
                })
                .collect();
            let barrier = std::sync::Barrier::new(caches.len());
            std::thread::scope(|s| {
                for c in &caches {
                    let barrier = &barrier;
                    s.spawn(move || {
                        barrier.wait();
                        c.save().unwrap();
                    });
                }
            });
            let c = Cache::load(&path, Duration::from_secs(60), 1);
            assert!(!c.was_damaged(), "round {round}");
            for r in 0..=round {
                for i in 0..8 {
                    assert!(
                        c.get(&format!("r{r}-{i}")).is_some(),
                        "round {round}: r{r}-{i}"
                    );
                }
            }
        }
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("c.json")]);
    }

    /// A lock file a dead run left behind is taken over once stale; a fresh one held past
    /// the wait is written past (the save is never lost).
    #[test]
    fn a_left_lock_does_not_stop_saving() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let lock = sibling(&path, ".lock");
        std::fs::write(&lock, b"").unwrap();
        let old = SystemTime::now() - LOCK_STALE - Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(&lock)
            .unwrap()
            .set_modified(old)
            .unwrap();
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        c.put("a", &result(LinkStatus::Ok, Some(200)), None, 0);
        c.save().unwrap();
        assert!(!lock.exists(), "the stale lock was taken over and released");
        assert!(Cache::load(&path, Duration::from_secs(60), 1)
            .get("a")
            .is_some());
    }

    /// A cache of ours cut short is started again (it was left in place, keeping no results
    /// for good); a file that only looks like JSON of its own is left alone as before.
    #[test]
    fn a_damaged_cache_is_started_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        c.put("a", &result(LinkStatus::Ok, Some(200)), None, 0);
        c.save().unwrap();
        let whole = std::fs::read(&path).unwrap();
        std::fs::write(&path, &whole[..whole.len() / 2]).unwrap();
        let c = Cache::load(&path, Duration::from_secs(60), 1);
        assert!(c.was_damaged());
        assert!(c.get("a").is_none());
        c.save().unwrap();
        let c = Cache::load(&path, Duration::from_secs(60), 1);
        assert!(!c.was_damaged());
        std::fs::write(&path, "{\"name\": \"site\"").unwrap();
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        assert!(!c.was_damaged());
        c.put("a", &result(LinkStatus::Ok, Some(200)), None, 0);
        assert!(c.save().is_err());
    }

    #[test]
    fn an_unwritable_cache_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("file"), "not a folder").unwrap();
        for path in [dir.path().join("file/c.json"), dir.path().to_path_buf()] {
            let mut c = Cache::load(&path, Duration::from_secs(60), 1);
            c.put("ok", &result(LinkStatus::Ok, Some(200)), None, 0);
            assert!(c.save().is_err(), "{}", path.display());
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// Thirty-seventh session: a cache in a folder not yet made (`.cache/citecheck` on a
    /// fresh CI machine) was a warning and no cache; the folder is made.
    #[test]
    fn a_cache_in_a_missing_folder_makes_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".cache/deep/c.json");
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        c.put("ok", &result(LinkStatus::Ok, Some(200)), None, 0);
        c.save().expect("saved");
        assert!(path.is_file());
    }

    /// Regression: entries were dated in whole seconds and a max age compared in whole
    /// seconds, so `--max-cache-age 1ms` (0 s) or `0` found an entry written earlier in the
    /// same second fresh. Now any max age shorter than the entry's age makes it stale.
    #[test]
    fn utc_times_are_calendar_dates() {
        assert_eq!(utc_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_time(951_782_400_000), "2000-02-29T00:00:00Z");
        assert_eq!(utc_time(4_107_542_399_000), "2100-02-28T23:59:59Z");
        assert_eq!(utc_time(1_796_419_805_123), "2026-12-04T21:30:05Z");
    }

    #[test]
    fn freshness_is_exact_to_the_millisecond() {
        let entry = |checked_at_ms: Option<u64>, checked_at: u64| Entry {
            checked_at,
            checked_at_ms,
            failing_since_ms: None,
            result: result(LinkStatus::Ok, Some(200)),
            page: None,
        };
        let ms = Duration::from_millis;
        // Written at 1_000_000_000_400 ms, looked at 300 ms later.
        let e = entry(Some(1_000_000_000_400), 1_000_000_000);
        let now = 1_000_000_000_700;
        assert!(!e.fresh(now, Duration::ZERO));
        assert!(!e.fresh(now, ms(1)));
        assert!(!e.fresh(now, ms(300)), "up to 301 ms old");
        assert!(e.fresh(now, ms(301)));
        assert!(e.fresh(now, Duration::from_secs(1)));
        // Looked at in the same millisecond: still never fresh for a max age of zero.
        assert!(!e.fresh(1_000_000_000_400, Duration::ZERO));
        assert!(e.fresh(1_000_000_000_400, ms(1)));
        // A clock set back: the entry is new, not in error.
        assert!(e.fresh(1_000_000_000_000, ms(1)));
        // An entry of an earlier build (seconds only) counts from the start of its second.
        let old = entry(None, 1_000_000_000);
        assert!(!old.fresh(now, ms(700)));
        assert!(old.fresh(now, ms(701)));
    }

    /// A max age of zero finds nothing fresh, even what this run just stored.
    #[test]
    fn max_age_zero_is_never_fresh() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let mut c = Cache::load(&path, Duration::ZERO, 1);
        c.put("ok", &result(LinkStatus::Ok, Some(200)), None, 0);
        assert!(c.get("ok").is_none());
        c.save().unwrap();
        assert!(Cache::load(&path, Duration::ZERO, 1).get("ok").is_none());
        assert!(Cache::load(&path, Duration::from_secs(60), 1)
            .get("ok")
            .is_some());
    }

    /// A file written before entries had milliseconds (`checked_at` in seconds only) is read,
    /// and entries written now keep the seconds for such builds.
    #[test]
    fn a_file_with_seconds_only_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        c.put("ok", &result(LinkStatus::Ok, Some(200)), None, 0);
        c.save().unwrap();
        let mut v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let entry = v["entries"]
            .as_object_mut()
            .unwrap()
            .values_mut()
            .next()
            .unwrap()
            .as_object_mut()
            .unwrap();
        let ms = entry.remove("checked_at_ms").unwrap().as_u64().unwrap();
        assert_eq!(entry["checked_at"].as_u64(), Some(ms / 1000));
        // Ten seconds old, in the old form.
        entry.insert("checked_at".into(), (ms / 1000 - 10).into());
        std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
        assert!(Cache::load(&path, Duration::from_secs(3600), 1)
            .get("ok")
            .is_some());
        assert!(Cache::load(&path, Duration::from_secs(5), 1)
            .get("ok")
            .is_none());
    }

    fn page(text: &str) -> Page {
        Page {
            final_url: "https://a.org/".into(),
            status: 200,
            content_type: Some("text/html".into()),
            body: Body::Html(text.into()),
            truncated: false,
        }
    }

    /// Pages are kept up to the file's budget; past it a result is kept without its page,
    /// and a page replaced gives its bytes back.
    #[test]
    fn stored_pages_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        let ok = result(LinkStatus::Ok, Some(200));
        let one = StoredPage::new(&page("<p>first page</p>"), 100).unwrap();
        c.page_budget = one.body.len() * 2 + 8;
        c.put("a", &ok, Some(&page("<p>first page</p>")), 100);
        c.put("b", &ok, Some(&page("<p>other page</p>")), 100);
        c.put("c", &ok, Some(&page("<p>third page</p>")), 100);
        assert!(c.get_page("a", 100).is_some() && c.get_page("b", 100).is_some());
        assert!(c.get_page("c", 100).is_none(), "past the budget");
        assert!(c.get("c").is_some(), "its result is kept");
        // `a` again: its old page's bytes are given back, so it fits.
        c.put("a", &ok, Some(&page("<p>first page</p>")), 100);
        assert!(c.get_page("a", 100).is_some());
        // Not under another --max-body; never for a dead page.
        assert!(c.get_page("a", 99).is_none());
        c.put(
            "d",
            &result(LinkStatus::Dead, Some(404)),
            Some(&page("x")),
            100,
        );
        assert!(c.get("d").is_some() && c.get_page("d", 100).is_none());
        c.save().unwrap();
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        let (r, p) = c.get_page("b", 100).unwrap();
        assert!(r.cached);
        assert_eq!(p, page("<p>other page</p>"));
    }

    /// A full file made a second article's pages wait for the first's to expire: every run
    /// of it fetched all its pages again. Now the pages of earlier runs give way, oldest
    /// first; the pages a run stored or read never do.
    #[test]
    fn older_pages_give_way_to_the_latest_runs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let ok = result(LinkStatus::Ok, Some(200));
        let budget = StoredPage::new(&page("<p>page a</p>"), 100)
            .unwrap()
            .body
            .len()
            * 2
            + 8;
        let run = || {
            // Entries of an earlier run are dated at least a millisecond before this one.
            std::thread::sleep(Duration::from_millis(3));
            let mut c = Cache::load(&path, Duration::from_secs(60), 1);
            c.page_budget = budget;
            c
        };
        let mut c = run();
        c.put("a", &ok, Some(&page("<p>page a</p>")), 100);
        std::thread::sleep(Duration::from_millis(3));
        c.put("b", &ok, Some(&page("<p>page b</p>")), 100);
        // Full: within one run, the first pages keep their room.
        c.put("c", &ok, Some(&page("<p>page c</p>")), 100);
        assert!(c.get_page("c", 100).is_none());
        c.save().unwrap();
        // The next run's page takes the oldest page's room; results all stay.
        let mut c = run();
        c.put("c", &ok, Some(&page("<p>page c</p>")), 100);
        assert!(c.get_page("c", 100).is_some());
        assert!(c.get_page("a", 100).is_none() && c.get("a").is_some());
        assert!(c.get_page("b", 100).is_some());
        c.save().unwrap();
        // A page read by this run keeps its room even when it is the oldest.
        let mut c = run();
        assert!(c.get_page("b", 100).is_some());
        c.put("d", &ok, Some(&page("<p>page d</p>")), 100);
        assert!(c.get_page("d", 100).is_some());
        assert!(c.get_page("b", 100).is_some(), "read by this run");
        assert!(
            c.get_page("c", 100).is_none(),
            "the older unused page gave way"
        );
        c.save().unwrap();
        let mut c = run();
        assert!(c.get_page("b", 100).is_some() && c.get_page("d", 100).is_some());
    }

    /// A run with a short `--max-cache-age` emptied a shared cache of the entries it would
    /// not use, though runs with the default age would still have reused them.
    #[test]
    fn a_short_max_age_leaves_other_runs_entries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let mut c = Cache::load(&path, Duration::from_secs(3600), 1);
        c.put("old", &result(LinkStatus::Ok, Some(200)), None, 0);
        c.save().unwrap();
        // Make it ten minutes old.
        let mut v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        for e in v["entries"].as_object_mut().unwrap().values_mut() {
            let ms = e["checked_at_ms"].as_u64().unwrap() - 600_000;
            e["checked_at_ms"] = ms.into();
            e["checked_at"] = (ms / 1000).into();
        }
        std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        assert!(c.get("old").is_none(), "too old for this run");
        c.put("new", &result(LinkStatus::Ok, Some(200)), None, 0);
        c.save().unwrap();
        let c = Cache::load(&path, Duration::from_secs(3600), 1);
        assert!(c.get("old").is_some(), "kept for the runs that reuse it");
        assert!(c.get("new").is_some());
        // Past a day (and past the run's own max age), entries leave the file.
        let mut v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        for e in v["entries"].as_object_mut().unwrap().values_mut() {
            let ms = e["checked_at_ms"].as_u64().unwrap() - 2 * 86_400_000;
            e["checked_at_ms"] = ms.into();
            e["checked_at"] = (ms / 1000).into();
        }
        std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        c.put("newest", &result(LinkStatus::Ok, Some(200)), None, 0);
        c.save().unwrap();
        let c = Cache::load(&path, Duration::from_secs(30 * 86_400), 1);
        assert!(c.get("old").is_none() && c.get("new").is_none());
        assert!(c.get("newest").is_some());
    }

    #[test]
    fn corrupt_file_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        std::fs::write(&path, b"{ not json").unwrap();
        let c = Cache::load(&path, Duration::from_secs(60), 1);
        assert!(c.get("x").is_none());
    }
}
