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

/// Runs `f` with the thread count pinned (`0`: the plain one-pass path) on this thread.
pub(crate) fn with_threads<R>(n: usize, f: impl FnOnce() -> R) -> R {
    let before = FORCED.with(|c| c.replace(Some(n)));
    let out = f();
    FORCED.with(|c| c.set(before));
    out
}

/// Maps every item with `f`, items spread over the cores: each worker takes the next item
/// not yet taken (items differ in cost: a queue, not fixed runs) and runs `f` pinned to one
/// thread, so work inside an item never adds threads of its own. Items for which `alone`
/// holds are mapped one after the other on the calling thread instead, with every core
/// for each (a document large enough to be split itself). Results in input order.
pub(crate) fn map_queue<T: Sync, U: Send>(
    items: &[T],
    alone: impl Fn(&T) -> bool,
    f: impl Fn(&T) -> U + Sync,
) -> Vec<U> {
    let n = threads();
    let mut out: Vec<Option<U>> = (0..items.len()).map(|_| None).collect();
    let (big, small): (Vec<usize>, Vec<usize>) =
        (0..items.len()).partition(|&i| n == 1 || items.get(i).is_some_and(&alone));
    for i in big {
        if let (Some(item), Some(slot)) = (items.get(i), out.get_mut(i)) {
            *slot = Some(f(item));
        }
    }
    let workers = n.min(small.len());
    if workers <= 1 {
        for i in small {
            if let (Some(item), Some(slot)) = (items.get(i), out.get_mut(i)) {
                *slot = Some(f(item));
            }
        }
    } else {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let (f, small, next) = (&f, &small, &next);
        let work = move || {
            let mut done = Vec::new();
            loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&i) = small.get(k) else { break };
                if let Some(item) = items.get(i) {
                    done.push((i, with_threads(1, || f(item))));
                }
            }
            done
        };
        let results: Vec<Vec<(usize, U)>> = std::thread::scope(|s| {
            let handles: Vec<_> = (1..workers).map(|_| s.spawn(work)).collect();
            let mut all = vec![work()];
            all.extend(handles.into_iter().map(joined));
            all
        });
        for (i, u) in results.into_iter().flatten() {
            if let Some(slot) = out.get_mut(i) {
                *slot = Some(u);
            }
        }
    }
    out.into_iter().flatten().collect()
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
    runs(items.len(), |lo, hi| {
        let mut state = init();
        let run = items.get(lo..hi).unwrap_or(&[]);
        run.iter().map(|t| f(&mut state, t)).collect()
    })
}

/// Maps every item of `items`, each lent mutably (to move its parts into the result), in
/// parallel when there are many; results in input order.
pub(crate) fn map_mut<T: Send, U: Send>(items: &mut [T], f: impl Fn(&mut T) -> U + Sync) -> Vec<U> {
    concat(on_runs_mut(items, |run| run.iter_mut().map(&f).collect()))
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
            // The queue: items in order, "alone" ones on the calling thread with every
            // core, the others on workers pinned to one thread each.
            let got = with_threads(3, || {
                map_queue(&items, |&i| i % 7 == 0, |&i| (i, threads()))
            });
            assert_eq!(got.len(), n);
            for (k, &(i, t)) in got.iter().enumerate() {
                assert_eq!(i, k, "order, n = {n}");
                let want = if i % 7 == 0 || n == 1 { 3 } else { 1 };
                assert_eq!(t, want, "threads seen by item {i}, n = {n}");
            }
            let mut runs_seen = items.clone();
            runs_mut(&mut runs_seen, |run| run.iter_mut().for_each(|i| *i *= 5));
            assert_eq!(runs_seen, items.iter().map(|i| i * 5).collect::<Vec<_>>());
        }
    }
}
