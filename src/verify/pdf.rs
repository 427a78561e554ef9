//! PDF → text, page by page, without ever bringing the run down.
//!
//! `pdf-extract` can panic or loop on hostile files, so extraction runs apart, under
//! `catch_unwind`, and the caller waits at most [`PdfLimits::time`]: in a child process
//! when the binary has set one up ([`read_in_child_process`]; it is killed at the limit),
//! otherwise on a thread of its own. A thread that overruns cannot be killed from safe
//! Rust; it is left to finish on its own while the quote is reported unverifiable. (The default panic hook may still
//! print the panic message to stderr; replacing a process-wide hook is not a library's call.)
//!
//! Memory is bounded too: a few MB of deflated stream can inflate to gigabytes, and neither
//! `lopdf` nor `pdf-extract` caps that. So every compressed stream is decoded here, once,
//! against a budget ([`PdfLimits::decoded`]) once the file is parsed (and decrypted), and
//! handed on uncompressed (object streams too, which `lopdf` is kept from unpacking); a
//! stream over the budget is emptied and the text is marked as cut ([`PdfText::cut`]).
//! Image streams are emptied unread (text extraction never needs them).
//!
//! What cannot be contained in a thread (a stack overflow aborts the process, a thread
//! cannot be stopped, `lopdf` allocates before our budget applies) is contained by reading in
//! a child process instead, which the binary sets up: see [`read_in_child_process`].
//!
//! Text shown with the `'` and `"` operators (next line, then show) is rewritten into
//! `T*`/`Tw`/`Tc` + `Tj`, which `pdf-extract` reads (it ignores the two operators).

use std::cell::Cell;
use std::io::{Read, Write};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use pdf_extract::content::{Content, Operation};
use pdf_extract::{Document, Object, ObjectId, Stream};

mod child;
pub use child::{read_in_child_process, serve, CHILD_ARG};

/// The longest a PDF may take to read.
pub const PDF_TIME_LIMIT: Duration = Duration::from_secs(20);

/// The default budget of decompressed stream bytes per PDF: 8 × the default `--max-body`.
pub const PDF_DECODED_LIMIT: u64 = 8 * crate::config::DEFAULT_MAX_BODY;

/// How much time and memory reading one PDF may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdfLimits {
    /// The longest the reading may take.
    pub time: Duration,
    /// The most bytes all the PDF's streams may come to once decompressed; one stream may
    /// take at most a quarter of it (its parsed operators take many times its size).
    pub decoded: u64,
}

impl Default for PdfLimits {
    fn default() -> Self {
        PdfLimits {
            time: PDF_TIME_LIMIT,
            decoded: PDF_DECODED_LIMIT,
        }
    }
}

/// A PDF's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfText {
    /// Text of each page read, in order.
    pub pages: Vec<String>,
    /// Why not all of the PDF was read, if it was not (the text of some pages, or of the
    /// pages after the last one given, is missing).
    pub cut: Option<String>,
    /// For each page in `pages`, the byte ranges of its lines of furniture: set smaller
    /// than the page's body text and above or below all of it (a running header, the
    /// footnotes, a footer). Empty when none is known.
    pub furniture: Vec<Vec<std::ops::Range<usize>>>,
}

/// Text of each page, in order.
///
/// # Errors
/// A broken PDF, a panic inside the extractor before any page was read, or a timeout
/// before any page was read, as a reason for a person.
pub fn pdf_pages(bytes: &[u8], limits: PdfLimits) -> Result<PdfText, String> {
    if !bytes.starts_with(b"%PDF")
        && !bytes
            .get(..1024)
            .is_some_and(|h| h.windows(4).any(|w| w == b"%PDF"))
    {
        return Err("the PDF is unreadable: no %PDF header".into());
    }
    if let Some((pages, outcome)) = child::program().and_then(|p| child::read(p, bytes, limits)) {
        return finish(pages, outcome, limits);
    }
    let owned = bytes.to_vec();
    // Pages are handed over as they are read, so that a timeout or a panic on page 900
    // still leaves pages 1–899 to check quotes against.
    let done: Arc<Mutex<Vec<String>>> = Arc::default();
    let shared = Arc::clone(&done);
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("citecheck-pdf".into())
        .spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let mut sink = |page| shared.lock().unwrap_or_else(|p| p.into_inner()).push(page);
                extract(&owned, limits.decoded, &mut sink)
            }));
            // The receiver may have given up; nothing to do then.
            let _ = tx.send(r);
        });
    if let Err(e) = spawned {
        return Err(format!("the PDF could not be read: {e}"));
    }
    let outcome = match rx.recv_timeout(limits.time) {
        Ok(Ok(r)) => Outcome::Read(r),
        Ok(Err(_)) => Outcome::Panicked,
        Err(_) => Outcome::TimedOut,
    };
    let pages = std::mem::take(&mut *done.lock().unwrap_or_else(|p| p.into_inner()));
    finish(pages, outcome, limits)
}

/// How the reading of a PDF ended.
#[derive(Debug)]
enum Outcome {
    /// Read to the end (`Ok`, with the reason when part was left unread) or given up on as
    /// unreadable (`Err`).
    Read(Result<Option<String>, String>),
    /// The extractor panicked.
    Panicked,
    /// The child process reading it died (`child`): out of stack or memory, killed.
    Died(String),
    /// Not done within the time limit.
    TimedOut,
}

/// The text of the pages read, with what became of the rest.
fn finish(pages: Vec<String>, outcome: Outcome, limits: PdfLimits) -> Result<PdfText, String> {
    let (pages, furniture): (Vec<String>, Vec<_>) = pages.into_iter().map(take_marks).unzip();
    // `whole` when nothing was read; otherwise the pages read, and `rest` on the others.
    let partial = |pages: Vec<String>, whole: String, rest: String| {
        if pages.is_empty() {
            return Err(whole);
        }
        let n = pages.len();
        let cut = format!(
            "only the first {n} page{} of the PDF could be read: {rest}",
            if n == 1 { "" } else { "s" }
        );
        Ok(PdfText {
            pages,
            cut: Some(cut),
            furniture: Vec::new(),
        })
    };
    let with_furniture = move |r: Result<PdfText, String>| {
        r.map(|mut t| {
            let mut furniture = furniture;
            furniture.truncate(t.pages.len());
            t.furniture = furniture;
            t
        })
    };
    with_furniture(match outcome {
        // Words hyphenated across line ends are left as they are: matching accepts either
        // joining there (`infor-⏎mation` = "information", `long-⏎term` = "long-term").
        Outcome::Read(Ok(cut)) => Ok(PdfText {
            pages,
            cut,
            furniture: Vec::new(),
        }),
        Outcome::Read(Err(e)) => partial(
            pages,
            format!("the PDF is unreadable: {e}"),
            format!("the next is unreadable ({e})"),
        ),
        Outcome::Panicked => partial(
            pages,
            "the PDF is unreadable: the extractor failed on it".into(),
            "the extractor failed on the next".into(),
        ),
        Outcome::Died(how) => partial(
            pages,
            format!("the PDF is unreadable: its reader {how}"),
            format!("its reader {how} on the next"),
        ),
        Outcome::TimedOut => {
            let secs = limits.time.as_secs();
            partial(
                pages,
                format!("the PDF took longer than {secs} s to read; gave up"),
                format!("reading it took longer than {secs} s"),
            )
        }
    })
}

/// Reads the PDF, handing each page's text to `sink` as it is read; `Ok(Some(reason))`
/// when part of it was left unread.
fn extract(
    bytes: &[u8],
    budget: u64,
    sink: &mut dyn FnMut(String),
) -> Result<Option<String>, String> {
    BUDGET.with(|b| b.set(Budget::new(budget)));
    // `lopdf` inflates object streams whole, with no limit, both as it reads a file and
    // when it decrypts one (which it does by itself when the empty password opens it). It
    // only unpacks streams typed `ObjStm`, so they are retyped while it reads, and unpacked
    // here once decrypted, within the budget. Nothing else is decoded during the read, so
    // whether the file is encrypted (known only from its trailer) need not be known then.
    let read = |buffer: &[u8]| {
        pdf_extract::Reader {
            buffer,
            document: Document::new(),
        }
        .read(Some(hide_object_stream))
    };
    // A file without a usable cross-reference table (cut short before it, as a download
    // that stopped) is read again with one made from a scan for its objects, as viewers
    // do; what was read is then marked as possibly incomplete.
    let rebuilt;
    let (mut doc, bytes, damaged) = match read(bytes) {
        Ok(doc) => (doc, bytes, false),
        Err(e) => {
            let xref = matches!(e, pdf_extract::Error::Xref(_))
                || e.to_string().contains("cross reference");
            rebuilt = xref.then(|| with_rebuilt_xref(bytes)).flatten();
            match rebuilt.as_deref().map(|b| (read(b), b)) {
                Some((Ok(doc), b)) => (doc, b, true),
                _ => return Err(e.to_string()),
            }
        }
    };
    if doc.is_encrypted() {
        // The empty password did not open it: it needs one (the library's own words,
        // `invalid key length` for AES-256, say nothing of a password).
        doc.decrypt("").map_err(|e| {
            format!("it is password-protected (it cannot be read without its password: {e})")
        })?;
    }
    unpack_object_streams(&mut doc);
    read_unread_streams(&mut doc, bytes);
    for obj in doc.objects.values_mut() {
        if let Object::Stream(s) = obj {
            bound_stream(s);
        }
    }
    rewrite_quote_operators(&mut doc);
    let over = BUDGET.with(|b| b.get().over);
    let mut out = PageText {
        sink,
        page: String::new(),
        state: CharState::default(),
        mark: String::new(),
        lines: Vec::new(),
        pieces: Vec::new(),
        sizes: Vec::new(),
        doc_sizes: Vec::new(),
    };
    // One walk over the page tree for the whole document: `pdf-extract`'s page-by-page
    // calls walk it again for every page (quadratic in the page count).
    pdf_extract::output_doc(&doc, &mut out).map_err(|e| e.to_string())?;
    let damaged = damaged.then(|| {
        "the PDF is damaged (it has no usable cross-reference table, as a file cut short \
         has not) and was read from the objects found in it, so part of it may be missing"
            .to_string()
    });
    Ok(over
        .then(|| {
            format!(
                "the PDF's content is larger than {} when decompressed, and only part of it \
                 was read",
                size(budget)
            )
        })
        .or(damaged))
}

/// The PDF with a cross-reference table and trailer made from a scan for its objects
/// (`12 0 obj` at the start of a line) appended, the catalog the last object typed
/// `/Catalog`; `None` when it has none. A later object of a number replaces an earlier
/// one, as an update would. An object cut short (no `endobj` before the next object or
/// the end) is left out: a content stream cut off part way would give part of a page's
/// text, perhaps ending inside a word, as if it were all of it.
fn with_rebuilt_xref(bytes: &[u8]) -> Option<Vec<u8>> {
    // `lopdf` counts positions from the header.
    let base = memchr::memmem::find(bytes, b"%PDF-")?;
    let buf = &bytes[base..];
    let mut objects: Vec<(u32, u16, usize)> = Vec::new();
    for at in memchr::memmem::find_iter(buf, b" obj") {
        if !buf
            .get(at + 4)
            .is_some_and(|&b| b.is_ascii_whitespace() || b == b'<' || b == b'[')
        {
            continue;
        }
        // `<number> <generation>` before it, at the start of a line.
        let head = &buf[..at];
        let gen_len = head.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let rest = &head[..head.len() - gen_len];
        let Some(rest) = rest.strip_suffix(b" ") else {
            continue;
        };
        let num_len = rest.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let start = rest.len() - num_len;
        if gen_len == 0 || num_len == 0 || !(start == 0 || matches!(rest[start - 1], b'\n' | b'\r'))
        {
            continue;
        }
        let digits = |d: &[u8]| std::str::from_utf8(d).ok()?.parse::<u32>().ok();
        let (Some(num), Some(gen)) = (
            digits(&rest[start..]),
            digits(&head[head.len() - gen_len..]).and_then(|g| u16::try_from(g).ok()),
        ) else {
            continue;
        };
        objects.push((num, gen, start));
    }
    let catalog = objects
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, &(num, gen, start))| {
            let end = objects.get(i + 1).map_or(buf.len(), |o| o.2);
            let body = &buf[start..end];
            let typed = memchr::memmem::find(body, b"/Catalog").is_some()
                && memchr::memmem::find(body, b"/Pages").is_some();
            typed.then_some((num, gen))
        })?;
    let size = objects.iter().map(|o| o.0).max()?.checked_add(1)?;
    // Past any bound a real file's object numbers keep to.
    if size > 8_388_608 {
        return None;
    }
    // An encrypted file's trailer names its key (`/Encrypt`, `/ID`): a trailer made
    // without them would read it as plain, and say it has no text rather than that it is
    // locked.
    if memchr::memmem::find(buf, b"/Encrypt").is_some() {
        return None;
    }
    // The objects whole, by number (a later one replacing an earlier): one table section
    // each, so a stray large number costs a line, not a table as long as the number.
    let mut table: std::collections::BTreeMap<u32, (u16, usize)> =
        std::collections::BTreeMap::new();
    for (i, &(num, gen, start)) in objects.iter().enumerate() {
        let end = objects.get(i + 1).map_or(buf.len(), |o| o.2);
        if memchr::memmem::find(&buf[start..end], b"endobj").is_some() {
            table.insert(num, (gen, start));
        }
    }
    let mut out = bytes.to_vec();
    out.extend_from_slice(b"\nendstream\nendobj\n");
    let xref = out.len() - base;
    out.extend_from_slice(b"xref\n0 1\n0000000000 65535 f\r\n");
    for (num, (gen, start)) in &table {
        if *num == 0 {
            continue;
        }
        out.extend_from_slice(format!("{num} 1\n{start:010} {gen:05} n\r\n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {size} /Root {} {} R >>\nstartxref\n{xref}\n%%EOF\n",
            catalog.0, catalog.1
        )
        .as_bytes(),
    );
    Some(out)
}

/// `80 MiB`, `512 KiB`, `700 bytes`.
fn size(n: u64) -> String {
    match n {
        n if n >= 1 << 20 && n % (1 << 20) == 0 => format!("{} MiB", n >> 20),
        n if n >= 1 << 20 => format!("{:.1} MiB", n as f64 / f64::from(1u32 << 20)),
        n if n >= 1 << 10 => format!("{} KiB", n >> 10),
        n => format!("{n} bytes"),
    }
}

/// What is left of the decoding budget of the PDF being read on this thread. `lopdf`'s
/// object filter is a plain `fn`, so the budget cannot travel in a closure.
#[derive(Debug, Clone, Copy)]
struct Budget {
    left: u64,
    per_stream: u64,
    over: bool,
}

impl Budget {
    fn new(total: u64) -> Budget {
        Budget {
            left: total,
            per_stream: (total / 4).max(1),
            over: false,
        }
    }
}

thread_local! {
    static BUDGET: Cell<Budget> = const { Cell::new(Budget { left: 0, per_stream: 0, over: false }) };
}

/// The type object streams carry while `lopdf` reads the file, so that it leaves them packed.
const HIDDEN_OBJSTM: &[u8] = b"CitecheckObjStm";

/// Where a stream `lopdf` could not read keeps its `/Length`: decrypting the (empty)
/// stream sets `/Length` to 0.
const UNREAD_LENGTH: &[u8] = b"CitecheckLength";

/// `lopdf`'s object filter: runs on each object as it is parsed. Its return value is used
/// only for objects inside object streams, which `lopdf` no longer unpacks.
fn hide_object_stream(id: ObjectId, obj: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(s) = obj {
        if s.dict.has_type(b"ObjStm") {
            s.dict.set("Type", Object::Name(HIDDEN_OBJSTM.to_vec()));
        }
        // A position and no content: the `/Length` could not be resolved yet.
        if s.start_position.is_some() && s.content.is_empty() {
            if let Ok(l) = s.dict.get(b"Length") {
                let l = l.clone();
                s.dict.set(UNREAD_LENGTH, l);
            }
        }
    }
    Some((id, Object::Null))
}

/// Unpacks the object streams hidden from `lopdf` (decrypted by now), each decoded within
/// the budget. As in `lopdf`, an object in a later stream replaces one of the same number
/// in an earlier stream, and none replaces an object stored on its own.
fn unpack_object_streams(doc: &mut Document) {
    let mut unpacked = std::collections::BTreeMap::new();
    for obj in doc.objects.values_mut() {
        let Object::Stream(s) = obj else { continue };
        if !s.dict.has_type(HIDDEN_OBJSTM) {
            continue;
        }
        s.dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        bound_stream(s);
        if let Ok(o) = pdf_extract::ObjectStream::new(s) {
            unpacked.extend(o.objects);
        }
    }
    for (id, obj) in unpacked {
        doc.objects.entry(id).or_insert(obj);
    }
}

/// Reads the streams whose `/Length` `lopdf` could not resolve as it read them: a
/// reference to an object inside an object stream (writers that pack every object do
/// this), which is unpacked only now. As `lopdf` would have, they are decrypted.
fn read_unread_streams(doc: &mut Document, bytes: &[u8]) {
    // `lopdf` counts positions from the header, as in `Reader::read`.
    let buf = &bytes[bytes.windows(5).position(|w| w == b"%PDF-").unwrap_or(0)..];
    let unread: Vec<(ObjectId, &[u8])> = doc
        .objects
        .iter()
        .filter_map(|(&id, obj)| {
            let Object::Stream(s) = obj else { return None };
            let start = s.start_position.filter(|_| s.content.is_empty())?;
            let len = s
                .dict
                .get(UNREAD_LENGTH)
                .or_else(|_| s.dict.get(b"Length"))
                .and_then(|l| doc.dereference(l))
                .and_then(|(_, l)| l.as_i64())
                .ok()?;
            let end = start.checked_add(usize::try_from(len).ok()?)?;
            Some((id, buf.get(start..end)?))
        })
        .collect();
    for (id, data) in unread {
        let Some(obj) = doc.objects.get_mut(&id) else {
            continue;
        };
        if let Object::Stream(s) = obj {
            s.dict.remove(UNREAD_LENGTH);
            s.set_content(data.to_vec());
        }
        if let Some(state) = &doc.encryption_state {
            if pdf_extract::encryption::decrypt_object(state, id, obj).is_err() {
                if let Object::Stream(s) = obj {
                    s.set_plain_content(Vec::new());
                }
            }
        }
    }
}

/// Decodes a stream's filters within the budget and stores it uncompressed, so nothing
/// downstream inflates it again; over the budget, the stream is emptied.
fn bound_stream(s: &mut Stream) {
    if s.dict
        .get(b"Subtype")
        .and_then(Object::as_name)
        .is_ok_and(|n| n == b"Image")
    {
        s.set_plain_content(Vec::new());
        return;
    }
    let Ok(filters) = s.filters() else { return };
    if filters.is_empty() {
        return;
    }
    // What `lopdf` decodes; with any other filter in the chain it hands over the raw
    // bytes, so that is what is stored, undecoded.
    if filters
        .iter()
        .any(|f| !matches!(*f, b"FlateDecode" | b"LZWDecode" | b"ASCII85Decode"))
    {
        let raw = std::mem::take(&mut s.content);
        s.set_plain_content(raw);
        return;
    }
    let filters: Vec<Vec<u8>> = filters.iter().map(|f| f.to_vec()).collect();
    let mut budget = BUDGET.with(Cell::get);
    let cap = budget.left.min(budget.per_stream);
    let params = s
        .dict
        .get(b"DecodeParms")
        .and_then(Object::as_dict)
        .ok()
        .cloned();
    let mut data = std::mem::take(&mut s.content);
    let mut ok = true;
    for f in &filters {
        let next = match f.as_slice() {
            b"FlateDecode" => inflate(&data, cap).and_then(|d| predict(d, params.as_ref())),
            b"LZWDecode" => unlzw(&data, cap, params.as_ref()),
            _ => Some(ascii85(&data)),
        };
        match next {
            Some(d) if d.len() as u64 <= cap => data = d,
            _ => {
                ok = false;
                break;
            }
        }
    }
    if ok {
        budget.left -= data.len() as u64;
        s.set_plain_content(data);
    } else {
        budget.over = true;
        s.set_plain_content(Vec::new());
    }
    BUDGET.with(|b| b.set(budget));
}

/// Inflates at most `cap` bytes; `None` past it. A corrupt tail keeps what came before
/// it, as `lopdf` does.
fn inflate(input: &[u8], cap: u64) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    if !input.is_empty() {
        let _ = flate2::read::ZlibDecoder::new(input)
            .take(cap.saturating_add(1))
            .read_to_end(&mut out);
    }
    (out.len() as u64 <= cap).then_some(out)
}

/// A writer that refuses to grow past its cap.
struct Capped {
    out: Vec<u8>,
    cap: u64,
    hit: bool,
}

impl Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if (self.out.len() + buf.len()) as u64 > self.cap {
            self.hit = true;
            return Err(std::io::Error::other("over the decoding budget"));
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// LZW as `lopdf` decodes it (`EarlyChange` defaults to on), within `cap`.
fn unlzw(input: &[u8], cap: u64, params: Option<&pdf_extract::Dictionary>) -> Option<Vec<u8>> {
    use weezl::{decode::Decoder, BitOrder};
    let early = params
        .and_then(|p| p.get(b"EarlyChange").ok())
        .and_then(|v| v.as_i64().ok())
        .is_none_or(|v| v != 0);
    let mut decoder = if early {
        Decoder::with_tiff_size_switch(BitOrder::Msb, 8)
    } else {
        Decoder::new(BitOrder::Msb, 8)
    };
    let mut w = Capped {
        out: Vec::new(),
        cap,
        hit: false,
    };
    // A corrupt code ends the data, as in `lopdf`; only the cap makes it fail.
    let _ = decoder.into_stream(&mut w).decode_all(input).status;
    if w.hit {
        return None;
    }
    predict(w.out, params)
}

/// The PNG predictors (`Predictor` 10–15), as `lopdf` applies them; they only shrink.
/// `None` when the data holds no whole row: `lopdf` fails on a cut row, and sets aside
/// two rows' worth of memory before it looks at the data, which a forged `/Columns`
/// would make gigabytes.
fn predict(data: Vec<u8>, params: Option<&pdf_extract::Dictionary>) -> Option<Vec<u8>> {
    let Some(p) = params else { return Some(data) };
    let num = |k: &[u8], d: i64| p.get(k).and_then(Object::as_i64).unwrap_or(d);
    if !(10..=15).contains(&num(b"Predictor", 1)) {
        return Some(data);
    }
    let columns = usize::try_from(num(b"Columns", 1).max(1)).ok()?;
    let colors = usize::try_from(num(b"Colors", 1).max(1)).ok()?;
    let bits = usize::try_from(num(b"BitsPerComponent", 8).max(8)).ok()?;
    let pixel = colors.checked_mul(bits)? / 8;
    // Each row is a filter-type byte and then the row.
    let row = pixel.checked_mul(columns)?;
    if row >= data.len() {
        return None;
    }
    pdf_extract::filters::png::decode_frame(&data, pixel, columns).ok()
}

/// ASCII85, as `lopdf` decodes it (it never grows more than 5 bytes for 4).
fn ascii85(input: &[u8]) -> Vec<u8> {
    let body = input.strip_suffix(b"~>").unwrap_or(input);
    let mut out = Vec::with_capacity(body.len() / 5 * 4 + 4);
    let (mut acc, mut count) = (0u32, 0usize);
    for &c in body {
        if c == b'z' && count == 0 {
            out.extend_from_slice(&[0; 4]);
            continue;
        }
        if c.is_ascii_whitespace() {
            continue;
        }
        if !(b'!'..=b'u').contains(&c) {
            break;
        }
        let Some(a) = acc
            .checked_mul(85)
            .and_then(|a| a.checked_add(u32::from(c - b'!')))
        else {
            return out;
        };
        acc = a;
        count += 1;
        if count == 5 {
            out.extend_from_slice(&acc.to_be_bytes());
            (acc, count) = (0, 0);
        }
    }
    if count > 0 {
        for _ in count..5 {
            match acc.checked_mul(85).and_then(|a| a.checked_add(84)) {
                Some(a) => acc = a,
                None => return out,
            }
        }
        out.extend_from_slice(&acc.to_be_bytes()[..count - 1]);
    }
    out
}

/// Rewrites `string '` as `T* string Tj` and `aw ac string "` as `aw Tw ac Tc T* string
/// Tj` (PDF 32000-1 §9.4.3) in page and form content, which `pdf-extract` then reads.
fn rewrite_quote_operators(doc: &mut Document) {
    let mut ids: Vec<ObjectId> = doc
        .page_iter()
        .flat_map(|p| doc.get_page_contents(p))
        .collect();
    ids.extend(doc.objects.iter().filter_map(|(id, o)| {
        match o {
            Object::Stream(s)
                if s.dict
                    .get(b"Subtype")
                    .and_then(Object::as_name)
                    .is_ok_and(|n| n == b"Form") =>
            {
                Some(*id)
            }
            _ => None,
        }
    }));
    for id in ids {
        let Some(Object::Stream(s)) = doc.objects.get_mut(&id) else {
            continue;
        };
        // Streams are plain by now (`bound_stream`); a cheap look first, since the operand
        // of either operator is a string, which ends in `)` or `>`.
        if s.filters().is_ok_and(|f| !f.is_empty()) || !may_show_quoted(&s.content) {
            continue;
        }
        let Ok(content) = Content::decode(&s.content) else {
            continue;
        };
        let mut ops = Vec::with_capacity(content.operations.len() + 8);
        let mut changed = false;
        for op in content.operations {
            match (op.operator.as_str(), op.operands.as_slice()) {
                ("'", [text]) => {
                    ops.push(Operation::new("T*", vec![]));
                    ops.push(Operation::new("Tj", vec![text.clone()]));
                    changed = true;
                }
                ("\"", [aw, ac, text]) => {
                    ops.push(Operation::new("Tw", vec![aw.clone()]));
                    ops.push(Operation::new("Tc", vec![ac.clone()]));
                    ops.push(Operation::new("T*", vec![]));
                    ops.push(Operation::new("Tj", vec![text.clone()]));
                    changed = true;
                }
                _ => ops.push(op),
            }
        }
        if changed {
            if let Ok(bytes) = (Content { operations: ops }).encode() {
                s.set_plain_content(bytes);
            }
        }
    }
}

/// Whether a `'` or `"` follows the end of a string (white space between allowed).
fn may_show_quoted(content: &[u8]) -> bool {
    let mut last = 0u8;
    for &b in content {
        if (b == b'\'' || b == b'"') && (last == b')' || last == b'>') {
            return true;
        }
        if !b.is_ascii_whitespace() {
            last = b;
        }
    }
    false
}

/// Marks the start and the end of each line of page furniture in a page's text as the
/// reader hands it over (see [`PageText`]); [`finish`] takes the marks out into
/// [`PdfText::furniture`].
const FURNITURE_MARK: char = '\u{1D}';

/// `pdf-extract`'s plain-text output, one string per page. The spacing rules are its
/// `PlainTextOutput`'s, which started afresh on each page when pages were read one by one.
///
/// Two things it reads from the type that the plain text loses:
/// - digits set smaller than the text before them and above its baseline, right after it
///   (a footnote marker, raised by `Ts` or set on a higher baseline) are a note mark, not
///   text, and are left out (`percent³ over` reads `percent over`, where the plain text
///   had `percent⏎3 over`), as an HTML page's `<sup>` mark is: one to three digits, and
///   not after a word of one or two letters or a number of one or two digits (`m²`,
///   `10⁶`: an exponent, kept as before);
/// - lines set smaller than the page's body text (the size most of its characters have)
///   and wholly above or below every body line (a running header, the footnotes, a footer)
///   are page furniture, marked with [`FURNITURE_MARK`].
///
/// And it puts the page's text in reading order where the content stream does not draw
/// it so (see [`PageText::reading_order`]): lines drawn bottom-up or out of order read top
/// to bottom, and two columns written row by row read column by column.
struct PageText<'a> {
    sink: &'a mut dyn FnMut(String),
    page: String,
    state: CharState,
    /// The note mark being read: its characters, and the line state before it.
    mark: String,
    /// The lines of the page so far.
    lines: Vec<LineInfo>,
    /// The pieces of the page's lines so far: a line's text split where a wide gap (or a
    /// step back) parts it.
    pieces: Vec<Piece>,
    /// Characters per font size (rounded to a tenth of a point) on the page.
    sizes: Vec<(i64, usize)>,
    /// The same for the pages so far, this one included once it has ended.
    doc_sizes: Vec<(i64, usize)>,
}

/// A page with fewer characters than this takes its body size from the pages so far: a
/// line or two of body text may have fewer characters than its running header.
const FEW_CHARACTERS: usize = 500;

/// A line of a page's text: where it starts in the text, its baseline (y growing
/// downwards) and its largest type.
#[derive(Debug, Clone, Copy)]
struct LineInfo {
    start: usize,
    y: f64,
    size: f64,
}

/// A stretch of a line's text drawn without a wide gap: where it starts in the text, its
/// baseline, its largest type and how far it runs across the page.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    y: f64,
    size: f64,
    x0: f64,
    x1: f64,
}

/// The piece's place in a sort by height: a quarter of a point apart is the same baseline.
fn height_key(p: &Piece) -> i64 {
    (p.y * 4.).round() as i64
}

#[derive(Debug, Clone, Copy)]
struct CharState {
    last_end: f64,
    last_y: f64,
    /// The size of the last character not in a note mark.
    last_size: f64,
    first_char: bool,
    /// The page's height: y is flipped to grow downwards.
    height: f64,
}

impl Default for CharState {
    fn default() -> Self {
        CharState {
            last_end: 100_000.,
            last_y: 0.,
            last_size: 0.,
            first_char: false,
            height: 0.,
        }
    }
}

impl PageText<'_> {
    /// Decides the note mark read so far: left out, or (an exponent, or no mark after all)
    /// written where it stands, glued to the word before it.
    fn settle_mark(&mut self) {
        if self.mark.is_empty() {
            return;
        }
        let mark = std::mem::take(&mut self.mark);
        let digits = mark.len() <= 3 && mark.bytes().all(|b| b.is_ascii_digit());
        let word: String = {
            let before = self.page.trim_end_matches(FURNITURE_MARK);
            let n = before
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .count();
            before.chars().skip(before.chars().count() - n).collect()
        };
        let n = word.chars().count();
        let exponent = (1..=2).contains(&n)
            && (word.bytes().all(|b| b.is_ascii_digit()) || word.chars().all(char::is_alphabetic));
        if !digits || exponent || word.is_empty() {
            self.page.push_str(&mark);
        }
    }

    /// The size of the page's body text: the size most of its characters have (of the
    /// pages so far, on a page of few characters).
    fn body_size(&self) -> Option<f64> {
        let few = self.sizes.iter().map(|(_, n)| n).sum::<usize>() < FEW_CHARACTERS;
        let sizes = if few { &self.doc_sizes } else { &self.sizes };
        let &(body, _) = sizes.iter().max_by_key(|(s, n)| (*n, *s))?;
        Some(body as f64 / 10.)
    }

    /// Puts the page's pieces of text in reading order where the stream does not draw them
    /// so, rebuilding the text and its lines; a page drawn top-down (most) is left as it is.
    ///
    /// Only a page whose stream steps up it (to text above what it left, not beside it: the
    /// next column of a page written column by column, which stream order reads right) or
    /// sets two pieces of text on one line is looked at:
    /// - two columns (see [`PageText::column_order`]): what is above them, the left
    ///   column, the right one, then what is below, each top to bottom;
    /// - otherwise, when the stream steps up the page for at least a third of its moves
    ///   from line to line (lines drawn bottom-up, or in no order), and never to text
    ///   beside, top to bottom; not for one caption or box drawn last.
    fn reading_order(&mut self) {
        if self.pieces.len() < 2 {
            return;
        }
        let (mut up, mut moves, mut beside) = (0usize, 0usize, false);
        for w in self.pieces.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if (b.y - a.y).abs() <= b.size * 0.5 {
                continue;
            }
            moves += 1;
            if b.y < a.y {
                if b.x0 >= a.x1 || b.x1 <= a.x0 {
                    beside = true;
                } else {
                    up += 1;
                }
            }
        }
        if up == 0 && self.pieces.len() == self.lines.len() {
            return;
        }
        let order = match self.column_order() {
            Some(order) => order,
            None if up > 0 && !beside && up * 3 >= moves => {
                let mut order: Vec<usize> = (0..self.pieces.len()).collect();
                order.sort_by_key(|&i| height_key(&self.pieces[i]));
                order
            }
            None => return,
        };
        if order.iter().enumerate().all(|(k, &i)| k == i) {
            return;
        }
        let text = std::mem::take(&mut self.page);
        let pieces = std::mem::take(&mut self.pieces);
        let slice = |i: usize| {
            let end = pieces.get(i + 1).map_or(text.len(), |p| p.start);
            text.get(pieces[i].start..end)
                .unwrap_or("")
                .trim_end_matches([' ', '\n'])
        };
        self.lines.clear();
        let mut page = String::with_capacity(text.len());
        let mut last: Option<&Piece> = None;
        for i in order {
            let s = slice(i);
            if s.trim().is_empty() {
                continue;
            }
            let p = &pieces[i];
            let mut new_line = true;
            if let Some(l) = last {
                let dy = (p.y - l.y).abs();
                if dy > p.size * 1.5 {
                    page.push('\n');
                }
                if dy > p.size * 0.5 {
                    page.push('\n');
                } else {
                    page.push(' ');
                    new_line = false;
                }
            }
            let start = page.len();
            page.push_str(s);
            match self.lines.last_mut() {
                Some(line) if !new_line => line.size = line.size.max(p.size),
                _ => self.lines.push(LineInfo {
                    start,
                    y: p.y,
                    size: p.size,
                }),
            }
            self.pieces.push(Piece { start, ..*p });
            last = Some(p);
        }
        self.page = page;
    }

    /// Column by column, for a page that plainly has two: its body pieces part into two
    /// groups at a gutter no body piece crosses, each starting (most of its pieces) at one x
    /// and running down most of the body's height, with lines of prose (four words or more
    /// on average: a table's cells are shorter) in both. Text of smaller type beside a
    /// column goes with it; any text above or below the columns comes before or after.
    fn column_order(&self) -> Option<Vec<usize>> {
        let body = self.body_size()?;
        let ps = &self.pieces;
        let mut idx: Vec<usize> = (0..ps.len())
            .filter(|&i| ps[i].size >= body * 0.9)
            .collect();
        if idx.len() < 4 {
            return None;
        }
        idx.sort_by(|&a, &b| ps[a].x0.total_cmp(&ps[b].x0));
        // The first x where every piece starting left of it has ended: the gutter.
        let mut reach = f64::MIN;
        let mut split = None;
        for (k, &i) in idx.iter().enumerate() {
            if k >= 2 && ps[i].x0 > reach + body * 0.5 {
                split = Some(k);
                break;
            }
            reach = reach.max(ps[i].x1);
        }
        let split = split?;
        let (left, right) = idx.split_at(split);
        if right.len() < 2 {
            return None;
        }
        let gutter = ps[right[0]].x0;
        let text = &self.page;
        let words = |i: usize| {
            let end = ps.get(i + 1).map_or(text.len(), |p| p.start);
            text.get(ps[i].start..end)
                .map_or(0, |t| t.split_whitespace().count())
        };
        let (top, bottom) = idx.iter().fold((f64::MAX, f64::MIN), |(t, b), &i| {
            (t.min(ps[i].y), b.max(ps[i].y))
        });
        let column = |g: &[usize]| {
            let x = ps[g[0]].x0;
            let at_x = g.iter().filter(|&&i| ps[i].x0 <= x + body * 2.5).count();
            let (t, b) = g.iter().fold((f64::MAX, f64::MIN), |(t, b), &i| {
                (t.min(ps[i].y), b.max(ps[i].y))
            });
            let n_words: usize = g.iter().map(|&i| words(i)).sum();
            at_x * 3 >= g.len() * 2 && (b - t) >= (bottom - top) * 0.6 && n_words >= 4 * g.len()
        };
        if !column(left) || !column(right) {
            return None;
        }
        let group = |p: &Piece| {
            if p.y < top - p.size * 0.5 {
                0
            } else if p.y > bottom + p.size * 0.5 {
                3
            } else if p.x0 < gutter - body * 0.5 {
                1
            } else {
                2
            }
        };
        let mut order: Vec<usize> = (0..ps.len()).collect();
        order.sort_by_key(|&i| (group(&ps[i]), height_key(&ps[i])));
        Some(order)
    }

    /// Marks the lines of furniture in the page's text.
    fn mark_furniture(&mut self) {
        let Some(body) = self.body_size() else {
            return;
        };
        let is_body = |l: &LineInfo| l.size >= body * 0.9;
        // One line of body text is enough: the last page of a report may hold only the end
        // of a sentence run on from the page before, under its running header.
        let body_lines = self.lines.iter().filter(|l| is_body(l)).count();
        if body_lines < 1 {
            return;
        }
        let top = self
            .lines
            .iter()
            .filter(|l| is_body(l))
            .map(|l| l.y)
            .fold(f64::MAX, f64::min);
        let bottom = self
            .lines
            .iter()
            .filter(|l| is_body(l))
            .map(|l| l.y)
            .fold(f64::MIN, f64::max);
        let furniture: Vec<usize> = (0..self.lines.len())
            .filter(|&i| {
                let l = &self.lines[i];
                !is_body(l) && (l.y < top || l.y > bottom)
            })
            .collect();
        if furniture.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.page);
        let mut out = String::with_capacity(text.len() + 2 * furniture.len());
        let mut at = 0;
        for i in furniture {
            let start = self.lines[i].start;
            let end = self.lines.get(i + 1).map_or(text.len(), |l| l.start);
            let end = start + text[start..end].trim_end_matches('\n').len();
            out.push_str(&text[at..start]);
            out.push(FURNITURE_MARK);
            out.push_str(&text[start..end]);
            out.push(FURNITURE_MARK);
            at = end;
        }
        out.push_str(&text[at..]);
        self.page = out;
    }
}

impl pdf_extract::OutputDev for PageText<'_> {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &pdf_extract::MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.page.clear();
        self.mark.clear();
        self.lines.clear();
        self.pieces.clear();
        self.sizes.clear();
        self.state = CharState {
            height: media_box.ury - media_box.lly,
            ..CharState::default()
        };
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.settle_mark();
        for &(key, n) in &self.sizes {
            match self.doc_sizes.iter_mut().find(|(s, _)| *s == key) {
                Some((_, m)) => *m += n,
                None => self.doc_sizes.push((key, n)),
            }
        }
        self.reading_order();
        self.mark_furniture();
        (self.sink)(std::mem::take(&mut self.page));
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        let st = &mut self.state;
        // The arithmetic of `trm.post_transform(flip)` and `trm.transform_vector`, in the
        // same order, so the text is byte for byte what `PlainTextOutput` wrote.
        let x = trm.m31 * 1. + trm.m32 * 0. + 0.;
        let y = trm.m31 * 0. + -trm.m32 + st.height;
        let vx = font_size * trm.m11 + font_size * trm.m21;
        let vy = font_size * trm.m12 + font_size * trm.m22;
        let size = (vx * vy).sqrt();
        // A note mark: a digit smaller than the text before it, right after it, above its
        // baseline but within its line.
        let raised = st.last_size > 0.
            && size < st.last_size * 0.85
            && y < st.last_y - st.last_size * 0.15
            && y > st.last_y - st.last_size
            && x > st.last_end - st.last_size * 0.5
            && x < st.last_end + st.last_size * 0.5;
        if raised && char.len() == 1 && char.as_bytes()[0].is_ascii_digit() {
            self.mark.push_str(char);
            st.first_char = false;
            st.last_end = x + width * size;
            return Ok(());
        }
        self.settle_mark();
        let st = &mut self.state;
        let line_start = self.page.len();
        let (prev_end, prev_y) = (st.last_end, st.last_y);
        if st.first_char {
            if (y - st.last_y).abs() > size * 1.5 {
                self.page.push('\n');
            }
            if x < st.last_end && (y - st.last_y).abs() > size * 0.5 {
                self.page.push('\n');
            }
            if x > st.last_end + size * 0.1 {
                self.page.push(' ');
            }
        }
        let new_line = self.lines.is_empty() || self.page[line_start..].contains('\n');
        // The character itself is no line's text (a stray mark is a space).
        if char.contains(FURNITURE_MARK) {
            self.page.push_str(&char.replace(FURNITURE_MARK, " "));
        } else {
            self.page.push_str(char);
        }
        if new_line {
            self.lines.push(LineInfo {
                start: self.page.len() - char.len(),
                y,
                size,
            });
        } else if let Some(l) = self.lines.last_mut() {
            l.size = l.size.max(size);
        }
        let end = x + width * size;
        let gap = x > prev_end + size * 1.5
            || x < prev_end - size * 2.
            || (y - prev_y).abs() > size * 0.5;
        match self.pieces.last_mut() {
            Some(p) if !new_line && !gap => {
                p.size = p.size.max(size);
                p.x1 = p.x1.max(end);
            }
            _ => self.pieces.push(Piece {
                start: self.page.len() - char.len(),
                y,
                size,
                x0: x,
                x1: end,
            }),
        }
        if !char.trim().is_empty() {
            let key = (size * 10.).round() as i64;
            match self.sizes.iter_mut().find(|(s, _)| *s == key) {
                Some((_, n)) => *n += 1,
                None => self.sizes.push((key, 1)),
            }
        }
        st.first_char = false;
        st.last_y = y;
        st.last_size = size;
        st.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.state.first_char = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

/// Takes the furniture marks out of a page's text: the text, and the byte ranges of its
/// furniture lines.
fn take_marks(page: String) -> (String, Vec<std::ops::Range<usize>>) {
    if !page.contains(FURNITURE_MARK) {
        return (page, Vec::new());
    }
    let mut out = String::with_capacity(page.len());
    let mut ranges = Vec::new();
    let mut open = None;
    for (i, piece) in page.split(FURNITURE_MARK).enumerate() {
        if i > 0 {
            match open.take() {
                None => open = Some(out.len()),
                Some(s) => ranges.push(s..out.len()),
            }
        }
        out.push_str(piece);
    }
    if let Some(s) = open {
        ranges.push(s..out.len());
    }
    (out, ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(pdf_pages(b"not a pdf", PdfLimits::default()).is_err());
        assert!(pdf_pages(b"%PDF-1.4\n garbage garbage", PdfLimits::default()).is_err());
    }

    #[test]
    fn page_text_is_what_pdf_extract_writes() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/pages/verify-briefing.pdf"
        );
        let bytes = std::fs::read(path).unwrap();
        let theirs = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap();
        let ours = pdf_pages(&bytes, PdfLimits::default()).unwrap();
        assert_eq!(ours.pages, theirs);
        assert_eq!(ours.cut, None);
    }

    fn stream(filter: &str, data: Vec<u8>) -> Stream {
        let mut dict = pdf_extract::Dictionary::new();
        dict.set("Filter", Object::Name(filter.as_bytes().to_vec()));
        Stream::new(dict, data)
    }

    fn bounded(mut s: Stream, total: u64) -> (Vec<u8>, bool) {
        BUDGET.with(|b| b.set(Budget::new(total)));
        bound_stream(&mut s);
        assert!(s.filters().is_err(), "stored uncompressed");
        (s.content, BUDGET.with(|b| b.get().over))
    }

    #[test]
    fn streams_decode_within_the_budget_and_no_further() {
        let text = b"BT (Within the budget.) Tj ET ".repeat(100);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&text).unwrap();
        let deflated = z.finish().unwrap();
        assert_eq!(
            bounded(stream("FlateDecode", deflated.clone()), 1 << 20),
            (text.clone(), false)
        );
        // One stream may take a quarter of the budget.
        assert_eq!(
            bounded(stream("FlateDecode", deflated), 4 * 2000),
            (Vec::new(), true)
        );

        let lzw = |data: &[u8]| {
            weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8)
                .encode(data)
                .unwrap()
        };
        assert_eq!(
            bounded(stream("LZWDecode", lzw(&text)), 1 << 20),
            (text.clone(), false)
        );
        let big = vec![b'x'; 3 << 20];
        let packed = lzw(&big);
        assert!(packed.len() < 64 << 10);
        assert_eq!(
            bounded(stream("LZWDecode", packed), 4 << 20),
            (Vec::new(), true)
        );

        // ASCII85 as lopdf reads it.
        let a85 = stream("ASCII85Decode", b"87cURD]i,\"Ebo80~>".to_vec());
        let theirs = a85.decompressed_content().unwrap();
        assert_eq!(bounded(a85, 1 << 20), (theirs, false));

        // Images are never read for text.
        let mut image = stream("DCTDecode", vec![0xff; 1000]);
        image.dict.set("Subtype", Object::Name(b"Image".to_vec()));
        assert_eq!(bounded(image, 1 << 20), (Vec::new(), false));
    }
}
