//! Reading a PDF in a child process, which can be stopped.
//!
//! Some damage cannot be contained inside the process: `lopdf` and `pdf-extract` parse
//! nested arrays and dictionaries, and draw forms inside forms, by recursion with no depth
//! limit, so a few hundred kilobytes of `[[[[…` or a form that draws itself overflow the
//! reading thread's stack, and Rust aborts the whole process on a stack overflow (no
//! `catch_unwind` sees it). `lopdf` also inflates cross-reference streams, and fills its
//! table from their index, before any budget of ours applies (a 2 MB file took 3.6 GB), and
//! a reading thread that overruns its time cannot be stopped: it went on using the CPU.
//!
//! So the binary registers itself ([`read_in_child_process`]) and each PDF is then read by
//! the same program started again with the hidden first argument [`CHILD_ARG`]: the PDF's
//! bytes on its standard input, each page's text back on its standard output as soon as it
//! is read ([`serve`]). The parent kills it at the time limit; its address space is capped
//! (a quarter of a gigabyte plus twelve times the decoding budget; 1.2 GiB by default), so a
//! blow-up ends it; and whatever happens to it, the pages it sent are kept and the quote is
//! checked against them or reported unverifiable with the reason. The library, used on its
//! own, reads PDFs on a thread of its own process as before.
//!
//! The pipe carries frames: a tag byte, a little-endian `u64` length and that many bytes of
//! UTF-8. `p` is a page; the last frame is `k` (read to the end), `c` (read in part, the
//! reason), `e` (unreadable, the reason) or `x` (the extractor panicked).

use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{mpsc, OnceLock};
use std::time::{Duration, Instant};

use super::{extract, Outcome, PdfLimits};

/// The first argument that makes the program a PDF reader for its parent ([`serve`]).
pub const CHILD_ARG: &str = "__citecheck-read-pdf";

/// The program that reads PDFs, when one is registered.
static PROGRAM: OnceLock<PathBuf> = OnceLock::new();

/// Reads every PDF from now on by running `program` (the calling binary itself, which must
/// hand [`CHILD_ARG`] to [`serve`]) as a child process. Set once; later calls are ignored.
pub fn read_in_child_process(program: PathBuf) {
    let _ = PROGRAM.set(program);
}

pub(super) fn program() -> Option<&'static Path> {
    PROGRAM.get().map(PathBuf::as_path)
}

/// The address space a reading child may use: what it has mapped already (the program,
/// and the allocator's arena, reserved at start-up: about a gigabyte), a quarter of a
/// gigabyte more for the stack to grow and the rest to run, and the budget's decoded
/// streams many times over (parsed operators take many times the bytes they came from).
/// A cap below what is already mapped made every later mapping fail, even the stack's
/// growth, and the child died at random under a small `--max-body`.
fn address_space_cap(mapped: u64, decoded: u64) -> u64 {
    mapped
        .saturating_add(256 << 20)
        .saturating_add(decoded.saturating_mul(12))
}

/// The address space this process has mapped (`VmSize` in `/proc/self/status`); `None`
/// where that cannot be read, and then no cap is set.
fn mapped_now() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmSize:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

/// The child's side, its whole life: reads a PDF from `input` and writes its pages to
/// `output` as they are read. `args` are the ones after [`CHILD_ARG`]: the decoding budget
/// in bytes, the time limit in milliseconds and the parent's process id. The process ends
/// itself (exit status 3) if the parent goes first (a parent killed before it could stop
/// its child, as by a CI job's timeout) or once the time limit is well past.
///
/// # Errors
/// The input or output failed (the parent went away): nothing more can be said to it.
pub fn serve(input: impl Read, output: impl Write, args: &[String]) -> io::Result<()> {
    let arg = |i: usize| args.get(i).and_then(|a| a.parse::<u64>().ok());
    let decoded = arg(0).unwrap_or(super::PDF_DECODED_LIMIT);
    let time = arg(1).map_or(super::PDF_TIME_LIMIT, Duration::from_millis);
    outlive_no_parent(arg(2), time);
    let mut bytes = Vec::new();
    BufReader::new(input).read_to_end(&mut bytes)?;
    // Measured once the input is read: the allocator reserves its arena (about a gigabyte
    // of address space) at its first allocations, which may come after start-up.
    if let Some(mapped) = mapped_now() {
        cap_address_space(address_space_cap(mapped, decoded));
    }
    answer(&bytes, output, decoded)
}

/// Reads the PDF in `bytes`, its pages and its end as frames on `output`.
fn answer(bytes: &[u8], output: impl Write, decoded: u64) -> io::Result<()> {
    let mut out = BufWriter::new(output);
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut sink = |page: String| {
            if frame(&mut out, b'p', &page)
                .and_then(|()| out.flush())
                .is_err()
            {
                // The parent stopped listening (it took what it wanted, or went): reading
                // on would be work for no one.
                std::process::exit(2);
            }
        };
        extract(bytes, decoded, &mut sink)
    }));
    match read {
        Ok(Ok(None)) => frame(&mut out, b'k', ""),
        Ok(Ok(Some(cut))) => frame(&mut out, b'c', &cut),
        Ok(Err(e)) => frame(&mut out, b'e', &e),
        Err(_) => frame(&mut out, b'x', ""),
    }?;
    out.flush()
}

/// Ends this process when its parent dies (Linux), or in any case once `time` and a few
/// seconds more have passed: the parent has given up on it by then.
fn outlive_no_parent(parent: Option<u64>, time: Duration) {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{getppid, set_parent_process_death_signal, Signal};
        if set_parent_process_death_signal(Some(Signal::KILL)).is_ok() {
            // The parent may have gone before the signal was asked for.
            let now = getppid().map(|p| u64::from(p.as_raw_nonzero().get().unsigned_abs()));
            if parent.is_some_and(|p| now != Some(p)) {
                std::process::exit(3);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = parent;
    let _ = std::thread::Builder::new()
        .name("citecheck-pdf-watchdog".into())
        .spawn(move || {
            std::thread::sleep(time + Duration::from_secs(5));
            std::process::exit(3);
        });
}

#[cfg(unix)]
fn cap_address_space(bytes: u64) {
    use rustix::process::{setrlimit, Resource, Rlimit};
    // Without the cap the child still reads; the parent's time limit still holds.
    let _ = setrlimit(
        Resource::As,
        Rlimit {
            current: Some(bytes),
            maximum: Some(bytes),
        },
    );
}

#[cfg(not(unix))]
fn cap_address_space(_bytes: u64) {}

fn frame(out: &mut impl Write, tag: u8, text: &str) -> io::Result<()> {
    out.write_all(&[tag])?;
    out.write_all(&(text.len() as u64).to_le_bytes())?;
    out.write_all(text.as_bytes())
}

/// One frame from the child.
enum Frame {
    Page(String),
    End(Outcome),
    /// A frame longer than the text still allowed.
    TooLong,
}

/// Reads the next frame; `None` at the end of the pipe or on a malformed frame. A frame
/// longer than `most` bytes is not read ([`Frame::TooLong`]).
fn next_frame(input: &mut impl Read, most: u64) -> Option<Frame> {
    let mut head = [0u8; 9];
    input.read_exact(&mut head).ok()?;
    let len = u64::from_le_bytes(head[1..].try_into().ok()?);
    if len > most {
        return Some(Frame::TooLong);
    }
    let mut text = Vec::new();
    input.take(len).read_to_end(&mut text).ok()?;
    if text.len() as u64 != len {
        return None;
    }
    let text = String::from_utf8(text).ok()?;
    Some(match head[0] {
        b'p' => Frame::Page(text),
        b'k' => Frame::End(Outcome::Read(Ok(None))),
        b'c' => Frame::End(Outcome::Read(Ok(Some(text)))),
        b'e' => Frame::End(Outcome::Read(Err(text))),
        b'x' => Frame::End(Outcome::Panicked),
        _ => return None,
    })
}

/// Reads `bytes` with `program` as a child process, within `limits`: the pages it sent and
/// how it ended; `None` when the program could not be started (it was removed or replaced
/// since this run began, or the system forbids it), for the caller to read in a thread.
/// The pages' text comes to at most the decoding budget (1 MiB at least): past it the
/// child is stopped and the PDF counts as read in part.
pub(super) fn read(
    program: &Path,
    bytes: &[u8],
    limits: PdfLimits,
) -> Option<(Vec<String>, Outcome)> {
    let mut child = Command::new(program)
        .arg(CHILD_ARG)
        .arg(limits.decoded.to_string())
        .arg(limits.time.as_millis().to_string())
        .arg(std::process::id().to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        // A panic's message, or the runtime's word on a stack overflow: the outcome says it.
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let (Some(mut stdin), Some(mut stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return None;
    };
    let deadline = Instant::now() + limits.time;
    let most = limits.decoded.max(1 << 20);
    let mut pages = Vec::new();
    let mut end = None;
    std::thread::scope(|s| {
        // The child reads all its input before it writes, so the two never wait on each
        // other; a child that died early makes the write fail, which changes nothing.
        s.spawn(move || {
            let _ = stdin.write_all(bytes);
        });
        let (tx, rx) = mpsc::channel();
        s.spawn(move || {
            let mut input = BufReader::new(&mut stdout);
            let mut total = 0u64;
            while let Some(f) = next_frame(&mut input, most - total) {
                if let Frame::Page(p) = &f {
                    total += p.len() as u64;
                }
                let last = !matches!(f, Frame::Page(_));
                if tx.send(f).is_err() || last {
                    break;
                }
            }
        });
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(Frame::Page(p)) => pages.push(p),
                Ok(Frame::End(o)) => {
                    end = Some(o);
                    break;
                }
                Ok(Frame::TooLong) => {
                    let cut = format!("its text is longer than {}", super::size(most));
                    end = Some(Outcome::Read(Ok(Some(cut))));
                    break;
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    end = Some(Outcome::TimedOut);
                    break;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        // Unless it said it was done, the child is stopped here, which also ends both
        // threads' pipes: one that sent a page too long, ran out of time, or broke its
        // output would otherwise be waited for until it finished the whole file.
        if !matches!(
            end,
            Some(Outcome::Read(Ok(None) | Err(_)) | Outcome::Panicked)
        ) {
            let _ = child.kill();
        }
    });
    let status = child.wait();
    let outcome = end.unwrap_or_else(|| Outcome::Died(died(status)));
    Some((pages, outcome))
}

/// How a child that ended without its last frame died.
fn died(status: io::Result<std::process::ExitStatus>) -> String {
    #[cfg(unix)]
    if let Ok(s) = &status {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = s.signal() {
            // SIGABRT is the runtime's end on a stack overflow or a failed allocation.
            return if sig == 6 {
                "ran out of stack or memory".into()
            } else {
                format!("was stopped (signal {sig})")
            };
        }
    }
    match status {
        Ok(s) => format!("ended early ({s})"),
        Err(e) => format!("ended early ({e})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(pdf: &[u8]) -> (Vec<String>, Outcome) {
        let mut out = Vec::new();
        answer(pdf, &mut out, 1 << 20).expect("answer");
        let mut input = out.as_slice();
        let mut pages = Vec::new();
        loop {
            match next_frame(&mut input, 1 << 20) {
                Some(Frame::Page(p)) => pages.push(p),
                Some(Frame::End(o)) => {
                    assert!(input.is_empty(), "bytes after the last frame");
                    return (pages, o);
                }
                Some(Frame::TooLong) | None => panic!("no last frame"),
            }
        }
    }

    #[test]
    fn pages_and_the_end_cross_the_pipe_as_frames() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/pages/verify-briefing.pdf"
        );
        let bytes = std::fs::read(path).expect("fixture");
        let theirs = pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("pages");
        let (pages, end) = frames(&bytes);
        assert_eq!(pages, theirs);
        assert!(matches!(end, Outcome::Read(Ok(None))), "{end:?}");
        // `lopdf` gives up on this one, and the reason crosses the pipe.
        let (pages, end) = frames(b"%PDF-1.4\nnothing else");
        assert!(pages.is_empty());
        assert!(
            matches!(end, Outcome::Read(Err(ref e)) if !e.is_empty()),
            "{end:?}"
        );
    }

    #[test]
    fn a_frame_longer_than_allowed_or_cut_short_ends_the_reading() {
        let mut out = Vec::new();
        frame(&mut out, b'p', "a page of text").expect("frame");
        assert!(matches!(
            next_frame(&mut out.as_slice(), 4),
            Some(Frame::TooLong)
        ));
        assert!(next_frame(&mut &out[..out.len() - 1], 1 << 20).is_none());
        let Some(Frame::Page(p)) = next_frame(&mut out.as_slice(), 1 << 20) else {
            panic!("a page");
        };
        assert_eq!(p, "a page of text");
        out[0] = b'?';
        assert!(next_frame(&mut out.as_slice(), 1 << 20).is_none());
    }
}
