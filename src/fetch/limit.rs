//! Politeness per host: a cap on requests in flight, an optional minimum interval between
//! requests, and a back-off window set by a `429` so one host's rate limit slows only that
//! host; and a breaker: a host that lets [`SILENT_TRIES`] requests in a row go unanswered
//! is sent no more requests in the run (forty links to a dead server took half a minute,
//! each waiting out its own timeouts).
//!
//! This module owns per-host state, and the global cap (`--max-concurrency`), taken once a
//! request has its host's slot and turn: a request waiting on its host (its cap, its
//! interval, a `429`'s back-off) holds nothing the other hosts need. (Until the
//! thirty-seventh session the global cap was the window of checks in flight, and checks
//! waiting out one host's `Retry-After` filled it: hosts that never answered `429` got no
//! requests for seconds at a time.)

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
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
    /// Tries in a row that got no answer in time (any answer sets it back to 0).
    silent: AtomicU32,
    /// Requests still to be sent, one at a time, to a host that has stopped answering
    /// ([`PROBES`]; any answer restores them).
    probes: AtomicU32,
    /// A probe is in flight.
    probing: std::sync::atomic::AtomicBool,
}

/// Tries in a row a host may leave unanswered (timed out before any status line, the
/// connection too) before its remaining requests are not sent.
pub const SILENT_TRIES: u32 = 3;

/// Requests still sent, one at a time, to a host once it has left [`SILENT_TRIES`] in a row
/// unanswered: a few slow files (a government site's large PDFs) stop a host that answers
/// its other pages at once, whose links were otherwise reported timed out unrequested
/// (thirty-ninth session). A dead host costs these timeouts more.
pub const PROBES: u32 = 2;

/// Per-host limits, created lazily for each host seen, and the global cap.
#[derive(Debug)]
pub struct HostLimiter {
    hosts: Mutex<HashMap<String, Arc<HostState>>>,
    /// Requests in flight, all hosts together (`--max-concurrency`).
    global: Arc<Semaphore>,
}

/// Permission to send one request to a host; dropping it frees the host's slot and the
/// global one.
#[derive(Debug)]
pub struct HostPermit {
    _slot: Option<OwnedSemaphorePermit>,
    _global: Option<OwnedSemaphorePermit>,
}

impl HostLimiter {
    /// An empty limiter with no global cap.
    #[must_use]
    pub fn new() -> HostLimiter {
        HostLimiter::with_global_cap(Semaphore::MAX_PERMITS)
    }

    /// An empty limiter letting at most `cap` requests be in flight, all hosts together.
    #[must_use]
    pub fn with_global_cap(cap: usize) -> HostLimiter {
        HostLimiter {
            hosts: Mutex::new(HashMap::new()),
            global: Arc::new(Semaphore::new(cap.clamp(1, Semaphore::MAX_PERMITS))),
        }
    }

    fn state(&self, key: &str, host: &str, opts: &FetchOptions) -> Arc<HostState> {
        let mut hosts = match self.hosts.lock() {
            Ok(h) => h,
            Err(poisoned) => poisoned.into_inner(),
        };
        Arc::clone(hosts.entry(key.to_string()).or_insert_with(|| {
            let (concurrency, interval) = opts.host_limits(key, host);
            Arc::new(HostState {
                slots: Arc::new(Semaphore::new(concurrency.max(1))),
                interval,
                next_start: Mutex::new(Instant::now()),
                silent: AtomicU32::new(0),
                probes: AtomicU32::new(PROBES),
                probing: std::sync::atomic::AtomicBool::new(false),
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
        // Last: the global slot is held only while the request is sent.
        let global = Arc::clone(&self.global).acquire_owned().await.ok();
        HostPermit {
            _slot: slot,
            _global: global,
        }
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

    /// A try to `key` got no answer in time (no status line). Returns the tries in a row so.
    pub fn no_answer(&self, key: &str, host: &str, opts: &FetchOptions) -> u32 {
        let st = self.state(key, host, opts);
        st.silent.fetch_add(1, Ordering::Relaxed).saturating_add(1)
    }

    /// A try to `key` got an answer (any status): the host is answering.
    pub fn answered(&self, key: &str, host: &str, opts: &FetchOptions) {
        let st = self.state(key, host, opts);
        st.silent.store(0, Ordering::Relaxed);
        st.probes.store(PROBES, Ordering::Relaxed);
    }

    /// A try to `key` is over, whatever came of it (a probe no longer in flight).
    pub fn finished(&self, key: &str, host: &str, opts: &FetchOptions) {
        self.state(key, host, opts)
            .probing
            .store(false, Ordering::Relaxed);
    }

    /// Whether `key` has stopped answering: [`SILENT_TRIES`] tries in a row without an
    /// answer, and its [`PROBES`] spent or one in flight. Its other requests are then not
    /// sent.
    pub fn stopped_answering(&self, key: &str, host: &str, opts: &FetchOptions) -> bool {
        let st = self.state(key, host, opts);
        if st.silent.load(Ordering::Relaxed) < SILENT_TRIES {
            return false;
        }
        if st.probing.swap(true, Ordering::Relaxed) {
            return true;
        }
        let left = st.probes.load(Ordering::Relaxed);
        if left == 0 {
            st.probing.store(false, Ordering::Relaxed);
            return true;
        }
        st.probes.store(left - 1, Ordering::Relaxed);
        false
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

    #[test]
    fn a_host_stops_answering_after_tries_in_a_row_without_an_answer() {
        let opts = FetchOptions::default();
        let lim = HostLimiter::new();
        assert_eq!(lim.no_answer("a:80", "a", &opts), 1);
        assert_eq!(lim.no_answer("a:80", "a", &opts), 2);
        // An answer in between: the count starts again.
        lim.answered("a:80", "a", &opts);
        for n in 1..SILENT_TRIES {
            assert_eq!(lim.no_answer("a:80", "a", &opts), n);
            assert!(!lim.stopped_answering("a:80", "a", &opts));
        }
        assert_eq!(lim.no_answer("a:80", "a", &opts), SILENT_TRIES);
        // Then one probe at a time, `PROBES` in all, each unanswered.
        for _ in 0..PROBES {
            assert!(!lim.stopped_answering("a:80", "a", &opts), "a probe goes");
            assert!(lim.stopped_answering("a:80", "a", &opts), "one at a time");
            lim.no_answer("a:80", "a", &opts);
            lim.finished("a:80", "a", &opts);
        }
        assert!(lim.stopped_answering("a:80", "a", &opts));
        // Another host (or port) is another count.
        assert!(!lim.stopped_answering("a:81", "a", &opts));
    }

    /// A probe answered (the host's other pages are quick; a few large files were slow):
    /// the host is answering again, and its requests go (thirty-ninth session).
    #[test]
    fn a_probe_answered_opens_the_host_again() {
        let opts = FetchOptions::default();
        let lim = HostLimiter::new();
        for _ in 0..SILENT_TRIES + 1 {
            lim.no_answer("a:80", "a", &opts);
        }
        assert!(!lim.stopped_answering("a:80", "a", &opts));
        lim.answered("a:80", "a", &opts);
        lim.finished("a:80", "a", &opts);
        for _ in 0..5 {
            assert!(!lim.stopped_answering("a:80", "a", &opts));
        }
    }

    /// The global cap is taken after the host's turn: requests waiting out one host's
    /// back-off hold no global slot, so another host's request goes at once.
    #[tokio::test]
    async fn a_host_backed_off_holds_no_global_slot() {
        let opts = FetchOptions::default();
        let lim = Arc::new(HostLimiter::with_global_cap(2));
        lim.back_off("slow:80", "slow", &opts, Duration::from_millis(300));
        let waiting: Vec<_> = (0..4)
            .map(|_| {
                let lim = Arc::clone(&lim);
                let opts = opts.clone();
                tokio::spawn(async move { drop(lim.acquire("slow:80", "slow", &opts).await) })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(20)).await;
        let t = Instant::now();
        let a = lim.acquire("fast:80", "fast", &opts).await;
        let b = lim.acquire("fast:80", "fast", &opts).await;
        assert!(
            t.elapsed() < Duration::from_millis(100),
            "{:?}",
            t.elapsed()
        );
        // Both global slots are taken now: a third request waits for one.
        let third = lim.acquire("other:80", "other", &opts);
        assert!(tokio::time::timeout(Duration::from_millis(50), third)
            .await
            .is_err());
        drop((a, b));
        for w in waiting {
            w.await.expect("joined");
        }
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
