//! A large page's walk on two threads. The tokenizer and the tree construction
//! ([`SinkState`]) run on a thread of their own and hand what they tell the walk
//! ([`WalkSink`]: an element opened, closed, a text node) over in batches; the walk
//! ([`Walk`]) replays them on the calling thread as they come. The construction never asks
//! the walk anything, so the walk sees exactly the calls it would see on one thread, in
//! the same order: the result is the one-thread result (a test compares them on every
//! fixture page, at several batch sizes).
//!
//! Why: the walk of one page was the one long serial stage of extraction (the Markdown
//! front end cuts a large document into chunks; the walk's state, some eighty fields, has
//! no such cut). Tokenizing and building the stack are about a third of it; beside the walk
//! they cost no wall time. Batches are recycled, so a long page does not allocate (and
//! fault in) fresh memory for every batch.

use std::ops::Range;
use std::sync::{mpsc, Arc};

use super::{Attribute, Attrs, El, Piece, SinkState, Walk, WalkSink};
use crate::extract::par;

/// Pages from this size are walked on two threads (a thread costs tens of microseconds;
/// a small page is walked before one would start). Every page but an empty one in the
/// library's own tests, so that the tests walk both ways.
const MIN_BYTES: usize = if cfg!(test) { 1 } else { 256 << 10 };

/// Calls per batch handed over at most (each hand-over wakes the other thread), and at
/// least: a page is cut into some dozens of batches at least (about a call per 9 bytes
/// of markup), or a page of a few hundred KiB would be one batch, walked only once it was
/// all built.
const BATCH: usize = 32768;
const MIN_BATCH: usize = 512;

/// A batch is handed over once its strings pass this size, however few its calls (a
/// huge attribute on many elements).
const MAX_BATCH_BYTES: usize = 4 << 20;

/// Batches waiting for the walk at most (the construction runs ahead by that much).
const AHEAD: usize = 4;

#[cfg(test)]
thread_local! {
    /// Tests set the batch size here (and so walk on two threads whatever the page).
    static FORCED_BATCH: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
    /// Tests make the walk panic at its first call here.
    static PANIC_IN_WALK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// One call of [`WalkSink`], its strings in the batch's [`Batch::strs`].
enum Call {
    Open {
        name: Range<usize>,
        attrs: Range<usize>,
        kinds: u16,
    },
    /// A formatting element reopened: its attributes shared, not copied.
    Reopen {
        name: Range<usize>,
        attrs: Arc<[Attribute]>,
        kinds: u16,
    },
    Pop,
    Remove(usize),
    NextText(Range<usize>),
    Text(Range<usize>),
    SkipTag(Range<usize>),
    Pending(Option<Range<usize>>),
}

/// Calls handed over together.
#[derive(Default)]
struct Batch {
    calls: Vec<Call>,
    /// The names, attributes and texts of the calls, one after another.
    strs: String,
    /// Each attribute's name and value in `strs`.
    attrs: Vec<(Range<usize>, Range<usize>)>,
    /// The text nodes' pieces.
    pieces: Vec<Piece>,
}

impl Batch {
    fn clear(&mut self) {
        self.calls.clear();
        self.strs.clear();
        self.attrs.clear();
        self.pieces.clear();
    }

    fn keep(&mut self, s: &str) -> Range<usize> {
        let at = self.strs.len();
        self.strs.push_str(s);
        at..self.strs.len()
    }

    fn str(&self, r: &Range<usize>) -> &str {
        self.strs.get(r.clone()).unwrap_or("")
    }
}

/// The construction's side: records the calls and hands them over.
struct Recorder {
    batch: Batch,
    limit: usize,
    to_walk: mpsc::SyncSender<Batch>,
    /// Batches the walk is done with, for reuse.
    spare: mpsc::Receiver<Batch>,
    /// The walk has stopped (it panicked; its panic is raised when the threads join).
    gone: bool,
}

impl Recorder {
    fn push(&mut self, call: Call) {
        self.batch.calls.push(call);
        if self.batch.calls.len() >= self.limit || self.batch.strs.len() >= MAX_BATCH_BYTES {
            self.hand_over();
        }
    }

    fn hand_over(&mut self) {
        if self.gone {
            self.batch.clear();
            return;
        }
        // (The walk clears a batch before giving it back.)
        let next = self.spare.try_recv().unwrap_or_default();
        let full = std::mem::replace(&mut self.batch, next);
        self.gone = self.to_walk.send(full).is_err();
    }
}

impl WalkSink for Recorder {
    fn open(&mut self, name: &str, attrs: &[Attribute], kinds: u16) {
        let name = self.batch.keep(name);
        let from = self.batch.attrs.len();
        for (n, v) in attrs {
            let n = self.batch.keep(n);
            let v = self.batch.keep(v);
            self.batch.attrs.push((n, v));
        }
        let attrs = from..self.batch.attrs.len();
        self.push(Call::Open { name, attrs, kinds });
    }

    fn reopen(&mut self, name: &str, attrs: &Arc<[Attribute]>, kinds: u16) {
        let name = self.batch.keep(name);
        let attrs = Arc::clone(attrs);
        self.push(Call::Reopen { name, attrs, kinds });
    }

    fn pop(&mut self) {
        self.push(Call::Pop);
    }

    fn remove(&mut self, i: usize) {
        self.push(Call::Remove(i));
    }

    fn next_text(&mut self, pieces: &mut Vec<Piece>) {
        let from = self.batch.pieces.len();
        self.batch.pieces.append(pieces);
        let to = self.batch.pieces.len();
        self.push(Call::NextText(from..to));
    }

    fn text(&mut self, t: &str) {
        let t = self.batch.keep(t);
        self.push(Call::Text(t));
    }

    fn skip_tag(&mut self, name: &str) {
        let name = self.batch.keep(name);
        self.push(Call::SkipTag(name));
    }

    fn pending_tag(&mut self, at: Option<Range<usize>>) {
        self.push(Call::Pending(at));
    }
}

/// Makes the calls of `batch` on `walk`; `pieces` is a buffer kept from batch to batch.
fn replay(walk: &mut Walk<'_>, batch: &Batch, pieces: &mut Vec<Piece>) {
    for call in &batch.calls {
        #[cfg(test)]
        assert!(!PANIC_IN_WALK.with(std::cell::Cell::get), "the walk panics");
        match call {
            Call::Open { name, attrs, kinds } => {
                let attrs = batch.attrs.get(attrs.clone()).unwrap_or(&[]);
                walk.open_el(&El {
                    name: batch.str(name),
                    attrs: Attrs::Ranged(&batch.strs, attrs),
                    kinds: *kinds,
                });
            }
            Call::Reopen { name, attrs, kinds } => walk.open_el(&El {
                name: batch.str(name),
                attrs: Attrs::Given(attrs),
                kinds: *kinds,
            }),
            Call::Pop => walk.pop(),
            Call::Remove(i) => walk.remove(*i),
            Call::NextText(r) => {
                pieces.clear();
                pieces.extend_from_slice(batch.pieces.get(r.clone()).unwrap_or(&[]));
                walk.next_text(pieces);
            }
            Call::Text(t) => walk.text(batch.str(t)),
            Call::SkipTag(name) => walk.skip_tag(batch.str(name)),
            Call::Pending(at) => walk.pending_tag(at.clone()),
        }
    }
}

/// Walks `src` into `walk` with the tokenizer and tree construction on another thread,
/// when the page is large and a second core is there; otherwise leaves `walk` untouched
/// and returns false, for the walk to be done on this thread.
pub(super) fn beside(src: &str, walk: &mut Walk<'_>) -> bool {
    #[cfg(test)]
    let forced = FORCED_BATCH.with(std::cell::Cell::get);
    #[cfg(not(test))]
    let forced: Option<usize> = None;
    let limit = match forced {
        Some(n) => n.max(1),
        None if src.len() >= MIN_BYTES && par::threads() > 1 && !par::serial() => {
            (src.len() / 256).clamp(MIN_BATCH, BATCH)
        }
        None => return false,
    };
    std::thread::scope(|s| {
        // The channels live in the scope: if the walk panics, its end is dropped as the
        // panic unwinds, the construction's sends fail and it stops, and the scope ends
        // (held outside it, the construction waited on a full channel for ever).
        let (to_walk, from_tree) = mpsc::sync_channel::<Batch>(AHEAD);
        let (give_back, spare) = mpsc::channel::<Batch>();
        let tree = std::thread::Builder::new()
            .name("citecheck-html".into())
            .spawn_scoped(s, move || {
                let recorder = Recorder {
                    batch: Batch::default(),
                    limit,
                    to_walk,
                    spare,
                    gone: false,
                };
                let mut recorder = SinkState::new(recorder).run(src);
                // The last batch; the sender then goes, which ends the walk's loop.
                recorder.hand_over();
            });
        // No thread to be had: the walk is done here, on one.
        let Ok(tree) = tree else {
            return false;
        };
        let mut pieces = Vec::new();
        for mut batch in &from_tree {
            replay(walk, &batch, &mut pieces);
            batch.clear();
            // (The construction may be done and gone: the batch is dropped then.)
            let _ = give_back.send(batch);
        }
        if let Err(panic) = tree.join() {
            std::panic::resume_unwind(panic);
        }
        true
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `src` on one thread, then on two with each batch size: the same result.
    fn same_both_ways(src: &str, what: &str) {
        let one = par::with_threads(0, || format!("{:?}", super::super::parse(src)));
        for batch in [1, 2, 7, 64, BATCH] {
            FORCED_BATCH.with(|c| c.set(Some(batch)));
            let two = format!("{:?}", super::super::parse(src));
            FORCED_BATCH.with(|c| c.set(None));
            assert!(
                one == two,
                "{what}: the walk on two threads (batches of {batch}) differs"
            );
        }
    }

    fn html_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                html_files(&p, out);
            } else if p
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("html") || x.eq_ignore_ascii_case("htm"))
            {
                out.push(p);
            }
        }
    }

    #[test]
    fn every_fixture_page_walks_the_same_on_two_threads() {
        let mut files = Vec::new();
        html_files(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
            &mut files,
        );
        assert!(files.len() >= 10, "fixture pages found: {}", files.len());
        for f in files {
            let src = std::fs::read_to_string(&f).unwrap_or_default();
            same_both_ways(&src, &f.display().to_string());
        }
    }

    /// Review, forty-first session: a panic in the walk left the construction waiting on a
    /// full channel the walk's end of which outlived the panic, and the scope waited for it:
    /// the run hung instead of failing the document. The panic now comes out.
    #[test]
    fn a_panic_in_the_walk_comes_out() {
        let (done, finished) = mpsc::channel();
        std::thread::spawn(move || {
            FORCED_BATCH.with(|c| c.set(Some(1)));
            PANIC_IN_WALK.with(|c| c.set(true));
            let page = "<p>a</p>".repeat(2000);
            let outcome = std::panic::catch_unwind(|| super::super::parse(&page).blocks.len());
            let _ = done.send(outcome.is_err());
        });
        // (A hang is what failed: a minute is more than the page ever takes.)
        let panicked = finished
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the walk's panic hung the parse");
        assert!(panicked, "the walk's panic was lost");
    }

    /// Reopened formatting elements share their attributes: a huge one on an element
    /// reopened in every paragraph is not copied each time (it was, into every batch:
    /// gigabytes for a 280 KB page). Same result both ways.
    #[test]
    fn reopened_elements_walk_the_same_on_two_threads() {
        let big = "x".repeat(20_000);
        let page = format!("<p><b title=\"{big}\" class=\"k\">x{}", "<p>y".repeat(500));
        same_both_ways(&page, "a reopened element with a huge attribute");
    }

    #[test]
    fn tricky_markup_walks_the_same_on_two_threads() {
        // Implied ends, reopened formatting elements, an `a` ending another across a block,
        // foreign content, raw text, a superscript note at a paragraph's start, a heading
        // opening a chrome box, stray end tags, uppercase names, an unclosed document.
        let pages = [
            "<p>one<p>two<div>three</div><li>a<li>b</ul>",
            "<b>bold <i>both</p>after<p>more</b> text</i>",
            "<a href=\"https://a.example/1\">one <div>block <a href=\"https://a.example/2\">two</a></div>",
            "<svg><style>x</style><title>t</title></svg><style>p{}</style><script>if (a<b) {}</script>",
            "<p><sup id=\"fn1\">1</sup> A note.</p><p><sup><a href=\"#fn1\">1</a></sup></p>",
            "<header><h2>Related</h2><a href=\"https://b.example/\">x</a></header><article><h1>T</h1><p>“Said words in a quote here,” she said.</p></article>",
            "</p></div><P CLASS=\"x\">Upper &amp; case &copy;</P><table><tr><td>a<td>b<tr><td>c</table>",
            "<html><head><title>T</title><base href=\"https://c.example/d/\"></head><body><body class=x><p><a href=\"e\">e</a>",
            "<blockquote cite=\"https://q.example/\"><p>A quoted passage of several words</p></blockquote><ol class=\"footnotes\"><li id=\"fn1\">Note <a href=\"https://n.example/\">n</a></li></ol>",
            "<p>text\r\nwith\rline ends &#x41; &notanentity; <!-- comment --> <? pi ?> <!doctype x></p><plaintext><p>all text",
        ];
        for (i, page) in pages.iter().enumerate() {
            same_both_ways(page, &format!("page {i}"));
        }
    }
}
