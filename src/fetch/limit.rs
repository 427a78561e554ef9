//! Politeness per host: a cap on requests in flight, an optional minimum interval between
//! requests, and a back-off window set by a `429` so one host's rate limit slows only that
//! host.
//!
//! This module owns per-host state. The global cap is not here: it is the single
//! `buffer_unordered` in [`super::Fetcher::check_all`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

use super::options::FetchOptions;

/// One host's state.
#[derive(Debug)]
struct HostState {
    /// Requests in flight to this host (`--host-concurrency`).
    slots: Arc<Semaphore>,
    /// Minimum gap between two request starts (`--host-interval`).
    interval: Option<Duration>,
    /// When the next request may start (interval and 429 back-off both push it forward).
    /// A std mutex: held only to read or bump an `Instant`, never across an `.await`.
    next_start: Mutex<Instant>,
}

/// Per-host limits, created lazily for each host seen.
#[derive(Debug)]
pub struct HostLimiter {
    hosts: Mutex<HashMap<String, Arc<HostState>>>,
}

/// Permission to send one request to a host; dropping it frees the host's slot.
#[derive(Debug)]
pub struct HostPermit {
    _slot: Option<OwnedSemaphorePermit>,
}

impl HostLimiter {
    /// An empty limiter.
    #[must_use]
    pub fn new() -> HostLimiter {
        HostLimiter {
            hosts: Mutex::new(HashMap::new()),
        }
    }

    fn state(&self, key: &str, host: &str, opts: &FetchOptions) -> Arc<HostState> {
        let mut hosts = match self.hosts.lock() {
            Ok(h) => h,
            Err(poisoned) => poisoned.into_inner(),
        };
        Arc::clone(hosts.entry(key.to_string()).or_insert_with(|| {
            let (concurrency, interval) = opts.host_limits(host);
            Arc::new(HostState {
                slots: Arc::new(Semaphore::new(concurrency.max(1))),
                interval,
                next_start: Mutex::new(Instant::now()),
            })
        }))
    }

    /// Waits until a request to `key` (host:port) may start: a free slot, the interval since
    /// the previous start, and any 429 back-off window.
    pub async fn acquire(&self, key: &str, host: &str, opts: &FetchOptions) -> HostPermit {
        let st = self.state(key, host, opts);
        // The semaphore is never closed, so this only fails if it were; then we go on
        // without a slot rather than panic.
        let slot = Arc::clone(&st.slots).acquire_owned().await.ok();
        loop {
            let wait_until = {
                let mut next = lock(&st.next_start);
                let now = Instant::now();
                if *next <= now {
                    *next = now + st.interval.unwrap_or(Duration::ZERO);
                    None
                } else {
                    Some(*next)
                }
            };
            match wait_until {
                None => break,
                // Re-check after sleeping: a 429 may have pushed the window further.
                Some(t) => tokio::time::sleep_until(t).await,
            }
        }
        HostPermit { _slot: slot }
    }

    /// Holds every request to `key` back for `wait` (a 429's `Retry-After`, or the backoff).
    pub fn back_off(&self, key: &str, host: &str, opts: &FetchOptions, wait: Duration) {
        let st = self.state(key, host, opts);
        let mut next = lock(&st.next_start);
        let until = Instant::now() + wait;
        if *next < until {
            *next = until;
        }
    }
}

impl Default for HostLimiter {
    fn default() -> Self {
        HostLimiter::new()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn host_concurrency_and_interval() {
        let opts = FetchOptions {
            host_concurrency: 1,
            host_interval: Some(Duration::from_millis(50)),
            ..FetchOptions::default()
        };
        let lim = HostLimiter::new();
        let start = Instant::now();
        for _ in 0..3 {
            let _p = lim.acquire("a:80", "a", &opts).await;
        }
        // Three starts, two gaps of 50 ms.
        assert!(start.elapsed() >= Duration::from_millis(100));
        // Another host is not held back by the first one's interval.
        let t = Instant::now();
        let _q = lim.acquire("b:80", "b", &opts).await;
        assert!(t.elapsed() < Duration::from_millis(40));
    }

    #[tokio::test]
    async fn back_off_delays_only_that_host() {
        let opts = FetchOptions::default();
        let lim = HostLimiter::new();
        lim.back_off("slow:80", "slow", &opts, Duration::from_millis(120));
        let t = Instant::now();
        drop(lim.acquire("fast:80", "fast", &opts).await);
        assert!(t.elapsed() < Duration::from_millis(60));
        drop(lim.acquire("slow:80", "slow", &opts).await);
        assert!(t.elapsed() >= Duration::from_millis(110));
    }
}
