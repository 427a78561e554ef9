//! Data parallelism for the stages of a large extraction: a list is cut into one contiguous
//! run per core, each run processed on its own scoped thread, and the results joined in
//! order, so the output is exactly what one thread would give. Small lists stay on the
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

/// Calls `f(lo, hi)` on contiguous runs covering `0..n` (in parallel when `n` is large) and
/// joins the returned lists in order.
pub(crate) fn runs<U: Send>(n: usize, f: impl Fn(usize, usize) -> Vec<U> + Sync) -> Vec<U> {
    let parts = threads().min(n / MIN_PER_THREAD).max(1);
    if parts == 1 {
        return f(0, n);
    }
    let step = n.div_ceil(parts);
    let f = &f;
    let lists: Vec<Vec<U>> = std::thread::scope(|s| {
        let handles: Vec<_> = (1..parts)
            .map(|p| s.spawn(move || f(p * step, ((p + 1) * step).min(n))))
            .collect();
        let mut lists = vec![f(0, step.min(n))];
        lists.extend(handles.into_iter().map(joined));
        lists
    });
    concat(lists)
}

/// Maps every item of `items` with a per-run state from `init` (a cursor, say), in parallel
/// when there are many; results in input order.
pub(crate) fn map_with<T: Sync, S, U: Send>(
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> U + Sync,
) -> Vec<U> {
    let n = items.len();
    let parts = threads().min(n / MIN_PER_THREAD).max(1);
    let run = |lo: usize, hi: usize, out: &mut Vec<U>| {
        let mut state = init();
        out.extend(
            items
                .get(lo..hi)
                .unwrap_or(&[])
                .iter()
                .map(|t| f(&mut state, t)),
        );
    };
    if parts == 1 {
        let mut out = Vec::with_capacity(n);
        run(0, n, &mut out);
        return out;
    }
    let step = n.div_ceil(parts);
    let run = &run;
    std::thread::scope(|s| {
        let handles: Vec<_> = (1..parts)
            .map(|p| {
                s.spawn(move || {
                    let mut out = Vec::new();
                    run(p * step, ((p + 1) * step).min(n), &mut out);
                    out
                })
            })
            .collect();
        into_whole(n, |out| run(0, step.min(n), out), handles)
    })
}

/// Maps every item of `items`, each lent mutably (to move its parts into the result), in
/// parallel when there are many; results in input order.
pub(crate) fn map_mut<T: Send, U: Send>(items: &mut [T], f: impl Fn(&mut T) -> U + Sync) -> Vec<U> {
    let n = items.len();
    let parts = threads().min(n / MIN_PER_THREAD).max(1);
    if parts == 1 {
        return items.iter_mut().map(f).collect();
    }
    let f = &f;
    std::thread::scope(|s| {
        let mut runs = items.chunks_mut(n.div_ceil(parts));
        let first = runs.next().unwrap_or_default();
        let handles: Vec<_> = runs
            .map(|run| s.spawn(move || run.iter_mut().map(f).collect::<Vec<U>>()))
            .collect();
        into_whole(n, |out| out.extend(first.iter_mut().map(f)), handles)
    })
}

/// The result of `n` items: the first run's mapped by `first` straight into it, the other
/// threads' appended. (Joining every run's list into a new one copied the whole result
/// into fresh memory after the work, on one thread: a large page's links and positions.)
fn into_whole<U>(
    n: usize,
    first: impl FnOnce(&mut Vec<U>),
    others: Vec<std::thread::ScopedJoinHandle<'_, Vec<U>>>,
) -> Vec<U> {
    let mut out = Vec::with_capacity(n);
    first(&mut out);
    for h in others {
        out.append(&mut joined(h));
    }
    out
}

/// Calls `f` on contiguous runs of `items` (in parallel when there are many).
pub(crate) fn runs_mut<T: Send>(items: &mut [T], f: impl Fn(&mut [T]) + Sync) {
    on_runs_mut(items, f);
}

/// `f` on contiguous runs of `items`, one per thread when there are many; results in order.
fn on_runs_mut<T: Send, R: Send>(items: &mut [T], f: impl Fn(&mut [T]) -> R + Sync) -> Vec<R> {
    let n = items.len();
    let parts = threads().min(n / MIN_PER_THREAD).max(1);
    if parts == 1 {
        return vec![f(items)];
    }
    let f = &f;
    std::thread::scope(|s| {
        let mut runs = items.chunks_mut(n.div_ceil(parts));
        let first = runs.next();
        let handles: Vec<_> = runs.map(|run| s.spawn(move || f(run))).collect();
        let mut out: Vec<R> = first.map(f).into_iter().collect();
        out.extend(handles.into_iter().map(joined));
        out
    })
}

fn concat<U>(mut lists: Vec<Vec<U>>) -> Vec<U> {
    let mut out = Vec::with_capacity(lists.iter().map(Vec::len).sum());
    for l in &mut lists {
        out.append(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
