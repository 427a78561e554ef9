//! Data parallelism for the stages of a large extraction: a list is cut into contiguous
//! pieces, a few per core, which the scoped threads take one at a time, and the results
//! joined in order, so the output is exactly what one thread would give. Small lists stay on the
//! calling thread (a thread costs tens of microseconds).

use std::cell::Cell;
use std::sync::OnceLock;

/// Below this many items per thread, one thread does it all.
const MIN_PER_THREAD: usize = 1024;

thread_local! {
    /// Tests pin the thread count here; `Some(0)` means the plain one-thread, one-pass path
    /// (no chunked Markdown either), the reference the parallel paths are compared with.
    static FORCED: Cell<Option<usize>> = const { Cell::new(None) };
    /// While an item of [`for_each_ordered`] is pinned to one thread: the count it was pinned
    /// from, which [`unpinned`] gives back (an item found large only once read).
    static PINNED_FROM: Cell<Option<Option<usize>>> = const { Cell::new(None) };
}

/// The number of threads to use (the machine's cores, at most 4).
pub(crate) fn threads() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    FORCED
        .with(Cell::get)
        .unwrap_or_else(|| {
            *N.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(4)))
        })
        .max(1)
}

/// Whether the plain one-pass path is asked for (tests only).
pub(crate) fn serial() -> bool {
    FORCED.with(Cell::get) == Some(0)
}

/// Runs `f` with the thread count pinned (`0`: the plain one-pass path) on this thread
/// (tests compare every count with the plain path).
#[cfg(test)]
pub(crate) fn with_threads<R>(n: usize, f: impl FnOnce() -> R) -> R {
    with_state(Some(n), PINNED_FROM.with(Cell::get), f)
}

/// Runs `f` on one thread, as an item of [`for_each_ordered`] that shares the cores with
/// the others; [`unpinned`] inside it lifts that.
fn pinned<R>(f: impl FnOnce() -> R) -> R {
    with_state(Some(1), Some(FORCED.with(Cell::get)), f)
}

/// Runs `f` with the threads this item was pinned from, if it was: for an item that turns
/// out, once read, to be large enough to split itself (a file's size is known only when it
/// is opened; asking the file system beforehand cost a second look-up per file).
pub(crate) fn unpinned<R>(f: impl FnOnce() -> R) -> R {
    match PINNED_FROM.with(Cell::get) {
        Some(from) => with_state(from, None, f),
        None => f(),
    }
}

/// Runs `f` with this thread's [`FORCED`] and [`PINNED_FROM`] set as given, and puts them
/// back afterwards, even if `f` panics (a thread that goes on after a caught panic must not
/// keep another item's thread count).
fn with_state<R>(
    forced: Option<usize>,
    pinned_from: Option<Option<usize>>,
    f: impl FnOnce() -> R,
) -> R {
    struct Restore(Option<usize>, Option<Option<usize>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            FORCED.with(|c| c.set(self.0));
            PINNED_FROM.with(|c| c.set(self.1));
        }
    }
    let _restore = Restore(
        FORCED.with(|c| c.replace(forced)),
        PINNED_FROM.with(|c| c.replace(pinned_from)),
    );
    f()
}

/// Maps every item with `f` on every core, as [`for_each_ordered`] schedules them (a queue:
/// items differ in cost; each pinned to one thread unless it lifts the pin); results in
/// input order.
pub(crate) fn map_queue<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    let mut out = Vec::with_capacity(items.len());
    let done = for_each_ordered(items, f, |u| {
        out.push(u);
        Ok::<(), std::convert::Infallible>(())
    });
    match done {
        Ok(()) => out,
        Err(never) => match never {},
    }
}

/// Maps every item with `f` on every core (each thread taking the next item not yet taken,
/// pinned to one thread; an item that should split itself lifts the pin with [`unpinned`]),
/// and hands the results to `each` on the calling thread in input order, as soon as each
/// one and all before it are done. The calling thread works too and hands over what is ready between
/// its own items, so it is not woken for every result (on a small VM each wake-up costs a
/// context switch). The other threads run at most `64 × cores` items ahead of the one being
/// handed over, so only those results are ever held. The first error from `each` stops the
/// other threads (each finishes its item) and is returned.
pub(crate) fn for_each_ordered<T: Sync, U: Send, E>(
    items: &[T],
    f: impl Fn(&T) -> U + Sync,
    mut each: impl FnMut(U) -> Result<(), E>,
) -> Result<(), E> {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Condvar, Mutex, PoisonError};

    let n = threads();
    if n == 1 || items.len() <= 1 {
        for item in items {
            each(f(item))?;
        }
        return Ok(());
    }
    let window = 64 * n;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // Results handed over so far; helpers too far ahead wait on it (and say so, so that the
    // caller only signals when someone waits).
    let handed = (Mutex::new(0usize), Condvar::new());
    let waiting_helpers = AtomicUsize::new(0);
    let run = |item: &T| pinned(|| f(item));
    // A helper's result, or the panic it raised (re-raised by the caller: a helper that just
    // died would leave the others waiting for its result forever).
    type Sent<U> = (usize, std::thread::Result<U>);
    let (tx, rx) = std::sync::mpsc::channel::<Sent<U>>();
    let (run, next, stop, handed, waiting_helpers) =
        (&run, &next, &stop, &handed, &waiting_helpers);
    // Helpers see the thread count the caller sees (tests pin it).
    let forced = FORCED.with(Cell::get);
    std::thread::scope(|s| {
        for _ in 1..n {
            let tx = tx.clone();
            s.spawn(move || {
                FORCED.with(|c| c.set(forced));
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(k) else { break };
                    let mut h = handed.0.lock().unwrap_or_else(PoisonError::into_inner);
                    while k >= *h + window && !stop.load(Ordering::Relaxed) {
                        waiting_helpers.fetch_add(1, Ordering::SeqCst);
                        h = handed.1.wait(h).unwrap_or_else(PoisonError::into_inner);
                        waiting_helpers.fetch_sub(1, Ordering::SeqCst);
                    }
                    drop(h);
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let u = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(item)));
                    if tx.send((k, u)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // The caller's part: any panic in it (or re-raised from a helper) must still release
        // the helpers before the scope waits for them.
        let caller = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut ready: BTreeMap<usize, U> = BTreeMap::new();
            let mut want = 0;
            let take = |ready: &mut BTreeMap<usize, U>, (k, u): Sent<U>| match u {
                Ok(u) => {
                    ready.insert(k, u);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            };
            // Hands over every result that is next in order.
            let mut deliver = |ready: &mut BTreeMap<usize, U>| -> Result<(), E> {
                let before = want;
                while let Some(u) = ready.remove(&want) {
                    each(u)?;
                    want += 1;
                }
                if want != before {
                    *handed.0.lock().unwrap_or_else(PoisonError::into_inner) = want;
                    if waiting_helpers.load(Ordering::SeqCst) > 0 {
                        handed.1.notify_all();
                    }
                }
                Ok(())
            };
            // Work, and between items hand over whatever is ready.
            loop {
                for sent in rx.try_iter() {
                    take(&mut ready, sent);
                }
                deliver(&mut ready)?;
                let k = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(k) else { break };
                ready.insert(k, run(item));
            }
            // The rest, as the helpers finish.
            for sent in &rx {
                take(&mut ready, sent);
                deliver(&mut ready)?;
            }
            Ok(())
        }));
        if !matches!(caller, Ok(Ok(()))) {
            stop.store(true, Ordering::Relaxed);
            // Taking the lock orders the store before any waiter's next check.
            drop(handed.0.lock().unwrap_or_else(PoisonError::into_inner));
            handed.1.notify_all();
        }
        // Helpers still running find the channel closed once this is dropped.
        drop(rx);
        caller.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Runs `a` and `b`, side by side when `parallel` asks for it and there is more than one
/// core; results as if run one after the other.
pub(crate) fn join<A: Send, B>(
    parallel: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B,
) -> (A, B) {
    if !parallel || threads() == 1 {
        return (a(), b());
    }
    std::thread::scope(|s| {
        let a = s.spawn(a);
        let b = b();
        (joined(a), b)
    })
}

/// A scoped thread's result; a worker that panicked re-raises here, exactly as on one thread.
fn joined<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
    h.join()
        .unwrap_or_else(|payload| std::panic::resume_unwind(payload))
}

/// Pieces a parallel list is cut into per thread. The threads take pieces one at a time
/// until none is left, so a thread whose pieces were cheap takes more of them: items differ
/// in cost (a note of one line beside one of twenty), and one run per thread left a core
/// idle while the other finished its half (tens of milliseconds on a 10 MB document).
const PIECES_PER_THREAD: usize = 8;

/// How many items each piece of a list of `n` holds, when it is worth splitting (at least
/// [`MIN_PER_THREAD`] items per thread); `None`: one thread does it all.
fn piece_size(n: usize) -> Option<usize> {
    let t = threads();
    if t.min(n / MIN_PER_THREAD) <= 1 {
        return None;
    }
    Some(
        n.div_ceil(t * PIECES_PER_THREAD)
            .max(MIN_PER_THREAD / PIECES_PER_THREAD),
    )
}

/// Calls `f` on every unit of work, the calling thread and the others each taking the next
/// unit not yet taken; results in the units' order.
fn claim_each<W: Send, R: Send>(work: Vec<W>, f: impl Fn(W) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Mutex, PoisonError};
    let helpers = threads().min(work.len()).saturating_sub(1);
    // Each unit and its result behind a lock that only the thread taking the unit ever
    // holds (so never waited on): the safe way to hand each unit to one thread.
    let slots: Vec<Mutex<(Option<W>, Option<R>)>> = work
        .into_iter()
        .map(|w| Mutex::new((Some(w), None)))
        .collect();
    let next = AtomicUsize::new(0);
    let worker = || {
        while let Some(slot) = slots.get(next.fetch_add(1, Ordering::Relaxed)) {
            let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(w) = slot.0.take() {
                slot.1 = Some(f(w));
            }
        }
    };
    std::thread::scope(|s| {
        let others: Vec<_> = (0..helpers).map(|_| s.spawn(worker)).collect();
        worker();
        for h in others {
            joined(h);
        }
    });
    // Every unit was taken and done (a panic in `f` was re-raised above).
    slots
        .into_iter()
        .filter_map(|m| m.into_inner().unwrap_or_else(PoisonError::into_inner).1)
        .collect()
}

/// The ranges of `0..n` in pieces of `size`.
fn ranges(n: usize, size: usize) -> Vec<(usize, usize)> {
    (0..n)
        .step_by(size.max(1))
        .map(|lo| (lo, (lo + size).min(n)))
        .collect()
}

/// Calls `f(lo, hi)` on contiguous runs covering `0..n` (in parallel when `n` is large) and
/// joins the returned lists in order.
pub(crate) fn runs<U: Send>(n: usize, f: impl Fn(usize, usize) -> Vec<U> + Sync) -> Vec<U> {
    match piece_size(n) {
        None => f(0, n),
        Some(size) => concat(claim_each(ranges(n, size), |(lo, hi)| f(lo, hi))),
    }
}

/// [`runs`] with one run per thread, for work whose runs each pay a start-up (the inline
/// quote scan reads some blocks before its run's first): fewer, longer runs.
pub(crate) fn runs_per_thread<U: Send>(
    n: usize,
    f: impl Fn(usize, usize) -> Vec<U> + Sync,
) -> Vec<U> {
    match piece_size(n) {
        None => f(0, n),
        Some(_) => concat(claim_each(ranges(n, n.div_ceil(threads())), |(lo, hi)| {
            f(lo, hi)
        })),
    }
}

/// Maps every item of `items` with a per-run state from `init` (a cursor, say), in parallel
/// when there are many; results in input order.
pub(crate) fn map_with<T: Sync, S, U: Send>(
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> U + Sync,
) -> Vec<U> {
    let run = |run: &[T]| -> Vec<U> {
        let mut state = init();
        run.iter().map(|t| f(&mut state, t)).collect()
    };
    match piece_size(items.len()) {
        None => run(items),
        Some(size) => concat(claim_each(items.chunks(size).collect(), run)),
    }
}

/// Maps every item of `items`, each lent mutably (to move its parts into the result), in
/// parallel when there are many; results in input order.
pub(crate) fn map_mut<T: Send, U: Send>(items: &mut [T], f: impl Fn(&mut T) -> U + Sync) -> Vec<U> {
    match piece_size(items.len()) {
        None => items.iter_mut().map(f).collect(),
        Some(size) => concat(claim_each(items.chunks_mut(size).collect(), |run| {
            run.iter_mut().map(&f).collect::<Vec<U>>()
        })),
    }
}

/// Calls `f` on contiguous runs of `items` (in parallel when there are many).
pub(crate) fn runs_mut<T: Send>(items: &mut [T], f: impl Fn(&mut [T]) + Sync) {
    match piece_size(items.len()) {
        None => f(items),
        Some(size) => {
            claim_each(items.chunks_mut(size).collect(), f);
        }
    }
}

fn concat<U>(lists: Vec<Vec<U>>) -> Vec<U> {
    let mut out = Vec::with_capacity(lists.iter().map(Vec::len).sum());
    for mut l in lists {
        out.append(&mut l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_threads_take_small_pieces_in_turn() {
        // More pieces than threads, so that a thread done with cheap items takes more
        // (one run per thread left a core idle while the other finished its half), and
        // the pieces cover the list in order.
        let n = MIN_PER_THREAD * 16;
        let pieces = with_threads(2, || runs(n, |lo, hi| vec![(lo, hi)]));
        assert!(pieces.len() > 2, "{pieces:?}");
        assert_eq!(pieces.first().map(|p| p.0), Some(0));
        assert_eq!(pieces.last().map(|p| p.1), Some(n));
        assert!(pieces.windows(2).all(|w| w[0].1 == w[1].0), "{pieces:?}");
        // Each piece's state starts afresh, and every item is mapped once, in order.
        let items: Vec<usize> = (0..n).collect();
        let got = with_threads(2, || {
            map_with(&items, Vec::new, |seen, &i| {
                seen.push(i);
                (i, seen.len())
            })
        });
        assert!(got.iter().enumerate().all(|(k, &(i, _))| i == k));
        assert!(got.iter().filter(|&&(_, run)| run == 1).count() > 2);
    }

    #[test]
    fn results_keep_input_order_at_every_size() {
        for n in [
            0,
            1,
            5,
            MIN_PER_THREAD,
            MIN_PER_THREAD * 2 + 1,
            MIN_PER_THREAD * 9 + 7,
        ] {
            let items: Vec<usize> = (0..n).collect();
            let got = runs(n, |lo, hi| (lo..hi).collect());
            assert_eq!(got, items, "runs, n = {n}");
            let mut lent = items.clone();
            let got = map_mut(&mut lent, |i| {
                *i += 1;
                *i * 2
            });
            assert_eq!(got, items.iter().map(|i| (i + 1) * 2).collect::<Vec<_>>());
            assert_eq!(lent, items.iter().map(|i| i + 1).collect::<Vec<_>>());
            let got = map_with(
                &items,
                || 10,
                |k, &i| {
                    *k += 1;
                    i + *k
                },
            );
            assert_eq!(got.len(), n);
            assert!(
                got.iter().zip(&items).all(|(g, i)| g > i),
                "state per run, n = {n}"
            );
            // The queue: items in order, each pinned to one thread unless it lifts the pin
            // (then it has every core).
            let got = with_threads(3, || {
                map_queue(&items, |&i| {
                    if i % 7 == 0 {
                        unpinned(|| (i, threads()))
                    } else {
                        (i, threads())
                    }
                })
            });
            assert_eq!(got.len(), n);
            for (k, &(i, t)) in got.iter().enumerate() {
                assert_eq!(i, k, "order, n = {n}");
                let want = if i % 7 == 0 || n == 1 { 3 } else { 1 };
                assert_eq!(t, want, "threads seen by item {i}, n = {n}");
            }
            // An item found large only once it is running (a file once read) lifts its pin:
            // inside `unpinned` it sees the caller's count, after it one thread again.
            let got = with_threads(3, || {
                map_queue(&items, |&i| {
                    let inside = if i % 5 == 0 { unpinned(threads) } else { 0 };
                    (threads(), inside, unpinned(|| unpinned(threads)))
                })
            });
            for (i, &(after, inside, nested)) in got.iter().enumerate() {
                let pinned = if n == 1 { 3 } else { 1 };
                assert_eq!(after, pinned, "item {i}, n = {n}");
                assert_eq!(inside, if i % 5 == 0 { 3 } else { 0 }, "item {i}, n = {n}");
                assert_eq!(nested, 3, "item {i}, n = {n}");
            }
            assert_eq!(
                with_threads(2, || unpinned(threads)),
                2,
                "not pinned: no change"
            );
            // A panic inside leaves this thread's count as it was.
            let caught = std::panic::catch_unwind(|| {
                with_threads(3, || pinned(|| unpinned(|| panic!("inside"))))
            });
            assert!(caught.is_err());
            assert_eq!(
                (FORCED.with(Cell::get), PINNED_FROM.with(Cell::get)),
                (None, None)
            );
            // Ordered hand-over: every result once, in order, whatever the thread count.
            for threads_here in [1, 2, 3] {
                let mut seen = Vec::new();
                let got: Result<(), ()> = with_threads(threads_here, || {
                    for_each_ordered(
                        &items,
                        |&i| {
                            if i % 7 == 0 {
                                unpinned(|| (i, threads()))
                            } else {
                                (i, threads())
                            }
                        },
                        |(i, t)| {
                            seen.push((i, t));
                            Ok(())
                        },
                    )
                });
                assert!(got.is_ok());
                assert_eq!(seen.len(), n);
                for (k, &(i, t)) in seen.iter().enumerate() {
                    assert_eq!(i, k, "order, n = {n}, {threads_here} threads");
                    let pinned = threads_here > 1 && n > 1 && i % 7 != 0;
                    assert_eq!(t, if pinned { 1 } else { threads_here }, "item {i}");
                }
                // An error from the receiver stops the run and is returned.
                let mut count = 0;
                let got = with_threads(threads_here, || {
                    for_each_ordered(
                        &items,
                        |&i| i,
                        |i| {
                            count += 1;
                            if i == 3 {
                                Err(i)
                            } else {
                                Ok(())
                            }
                        },
                    )
                });
                if n > 3 {
                    assert_eq!(got, Err(3));
                    assert_eq!(count, 4, "nothing handed over after the error");
                } else {
                    assert_eq!(got, Ok(()));
                }
            }
            // A panic on any thread comes out of the call (never a hang).
            if n > 0 {
                for threads_here in [2, 3] {
                    let (done_tx, done_rx) = std::sync::mpsc::channel();
                    let items = items.clone();
                    std::thread::spawn(move || {
                        let caught = std::panic::catch_unwind(|| {
                            with_threads(threads_here, || {
                                for_each_ordered(
                                    &items,
                                    |&i| assert!(i != items.len() / 2, "item {i} fails"),
                                    |()| Ok::<(), ()>(()),
                                )
                            })
                        });
                        let _ = done_tx.send(caught.is_err());
                    });
                    let panicked = done_rx
                        .recv_timeout(std::time::Duration::from_secs(20))
                        .expect("no hang");
                    assert!(panicked, "n = {n}, {threads_here} threads");
                }
            }
            let mut runs_seen = items.clone();
            runs_mut(&mut runs_seen, |run| run.iter_mut().for_each(|i| *i *= 5));
            assert_eq!(runs_seen, items.iter().map(|i| i * 5).collect::<Vec<_>>());
        }
    }
}
