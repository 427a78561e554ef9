//! `--cache`: results kept between runs in a JSON file (`.citecheck-cache` by default) for
//! `--max-cache-age`.
//!
//! Only definitive results are stored: `ok`, `redirected`, `soft_404`, and `dead` with an
//! HTTP 404 or 410. Anything that may be transient (timeouts, errors, connection refused,
//! DNS failures, `blocked` — a 429 or a bot wall can lift) is never stored, nor are local
//! files (cheap to re-check). Pages are not stored, so a URL whose body a quote or fragment
//! needs is always fetched. A missing, unreadable or corrupt cache file is treated as empty:
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

use serde::{Deserialize, Serialize};

use crate::model::{LinkResult, LinkStatus};

/// Version 2 keys entries by settings as well as URL; a version 1 file (URL only: its
/// results may come from other settings) is ignored.
const CACHE_VERSION: u32 = 2;

#[derive(Debug, Default, Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    entries: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    /// Seconds since the Unix epoch.
    checked_at: u64,
    result: LinkResult,
}

/// The cache in memory.
#[derive(Debug)]
pub struct Cache {
    path: PathBuf,
    max_age: Duration,
    /// The settings fingerprint of this run, in hex: the prefix of its keys.
    settings: String,
    entries: BTreeMap<String, Entry>,
    dirty: bool,
    /// The file at the cache's path is something else (an article, a report, given as
    /// `--cache-path` by mistake): it is never overwritten.
    foreign: bool,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl Cache {
    /// Loads the cache file, dropping stale entries; a missing or corrupt file gives an empty
    /// cache. `settings` is the run's settings fingerprint: only results stored under the
    /// same one are read (entries of other settings are kept in the file, for their runs).
    #[must_use]
    pub fn load(path: &Path, max_age: Duration, settings: u64) -> Cache {
        let bytes = std::fs::read(path).ok();
        // Ours, of any version: a JSON object of a numeric `version` and an `entries` object,
        // and nothing else (a `package.json` has a `version` too). An empty file is taken
        // over; anything but a regular file (a device, a pipe) never is.
        let regular = std::fs::metadata(path).map_or(true, |m| m.is_file());
        let foreign = !regular
            || bytes.as_ref().is_some_and(|b| {
                !b.iter().all(u8::is_ascii_whitespace)
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
        let now = now_secs();
        let entries = file
            .entries
            .into_iter()
            .filter(|(_, e)| now.saturating_sub(e.checked_at) <= max_age.as_secs())
            .collect();
        Cache {
            path: path.to_path_buf(),
            max_age,
            settings: format!("{settings:016x}"),
            entries,
            dirty: false,
            foreign,
        }
    }

    /// The entry key of `url` under this run's settings.
    fn key(&self, url: &str) -> String {
        format!("{} {url}", self.settings)
    }

    /// A fresh cached result for `url` (under this run's settings), marked `cached`.
    #[must_use]
    pub fn get(&self, url: &str) -> Option<LinkResult> {
        let e = self.entries.get(&self.key(url))?;
        if now_secs().saturating_sub(e.checked_at) > self.max_age.as_secs() {
            return None;
        }
        let mut r = e.result.clone();
        r.cached = true;
        Some(r)
    }

    /// Stores the result for `url` (under this run's settings) if it is definitive.
    pub fn put(&mut self, url: &str, result: &LinkResult) {
        if !cacheable(result) {
            return;
        }
        let mut r = result.clone();
        r.occurrences.clear();
        r.cached = false;
        self.entries.insert(
            self.key(url),
            Entry {
                checked_at: now_secs(),
                result: r,
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
        let file = CacheFile {
            version: CACHE_VERSION,
            entries: self.entries.clone(),
        };
        let json = serde_json::to_vec(&file).map_err(std::io::Error::other)?;
        let mut tmp = self.path.clone().into_os_string();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        std::fs::write(&tmp, json)?;
        std::fs::rename(&tmp, &self.path).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    }

    /// The cache file.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }
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
            missing_fragments: Vec::new(),
        }
    }

    #[test]
    fn only_definitive_results_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        let mut c = Cache::load(&path, Duration::from_secs(60), 1);
        c.put("ok", &result(LinkStatus::Ok, Some(200)));
        c.put("gone", &result(LinkStatus::Dead, Some(404)));
        c.put("refused", &result(LinkStatus::Dead, None));
        c.put("slow", &result(LinkStatus::Timeout, None));
        c.put("limited", &result(LinkStatus::Blocked, Some(429)));
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
    #[test]
    fn an_unwritable_cache_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        for path in [dir.path().join("missing/c.json"), dir.path().to_path_buf()] {
            let mut c = Cache::load(&path, Duration::from_secs(60), 1);
            c.put("ok", &result(LinkStatus::Ok, Some(200)));
            assert!(c.save().is_err(), "{}", path.display());
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
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
