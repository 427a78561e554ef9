//! A small, real HTTP/1.1 server on loopback, for tests, `citecheck demo` and benchmarks.
//!
//! This module owns serving canned [`Response`]s (status, headers, body, delays, trickled
//! bodies, compression, sequences, dropped connections) and static files on `127.0.0.1` (or
//! any loopback address). It refuses every non-loopback address, so nothing built on it can
//! expose a port to the network. It runs on its own thread with its own Tokio runtime, so it
//! works from synchronous tests (that run the real binary) as well as async ones, and stops
//! when the [`RunningServer`] is dropped.
//!
//! ```
//! use citecheck::server::{Response, Server};
//!
//! let server = Server::builder()
//!     .route("/ok", Response::html("<title>Fine</title>"))
//!     .route("/gone", Response::status(410))
//!     .bind("127.0.0.1:0")
//!     .unwrap();
//! assert!(server.url("/ok").starts_with("http://127.0.0.1:"));
//! assert_eq!(server.hits("/ok"), 0);
//! ```

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::Frame;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::sync::watch;

use crate::error::{Error, Result};

/// How a response body is compressed on the wire (and the `Content-Encoding` sent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `Content-Encoding: gzip`.
    Gzip,
    /// `Content-Encoding: br`.
    Brotli,
    /// `Content-Encoding: deflate`, as the standard has it: zlib data.
    Deflate,
    /// `Content-Encoding: deflate` sent as bare deflate data without the zlib wrapper, as
    /// some servers do (browsers read it).
    RawDeflate,
}

/// A canned response. Build with [`Response::status`], [`Response::html`], … and the
/// chainable setters.
#[derive(Debug, Clone)]
pub struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    delay: Duration,
    trickle: Option<(usize, Duration)>,
    encoding: Option<Encoding>,
    close: bool,
    abort_after: Option<usize>,
}

impl Response {
    /// An empty response with this status code.
    #[must_use]
    pub fn status(code: u16) -> Response {
        Response {
            status: code,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
            trickle: None,
            encoding: None,
            close: false,
            abort_after: None,
        }
    }

    /// `200` with an HTML body (`text/html; charset=utf-8`).
    #[must_use]
    pub fn html(body: impl Into<String>) -> Response {
        Response::status(200)
            .header("content-type", "text/html; charset=utf-8")
            .body(body.into().into_bytes())
    }

    /// `200` with a plain-text body.
    #[must_use]
    pub fn text(body: impl Into<String>) -> Response {
        Response::status(200)
            .header("content-type", "text/plain; charset=utf-8")
            .body(body.into().into_bytes())
    }

    /// A redirect with this status (301, 302, 303, 307, 308) to `location`.
    #[must_use]
    pub fn redirect(code: u16, location: &str) -> Response {
        Response::status(code).header("location", location)
    }

    /// Closes the connection without answering.
    #[must_use]
    pub fn close() -> Response {
        Response {
            close: true,
            ..Response::status(500)
        }
    }

    /// Sets the status code.
    #[must_use]
    pub fn with_status(mut self, code: u16) -> Response {
        self.status = code;
        self
    }

    /// Adds a header.
    #[must_use]
    pub fn header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// Sets the body bytes (uncompressed; see [`Response::encoding`]).
    #[must_use]
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Response {
        self.body = body.into();
        self
    }

    /// Waits this long before sending the headers.
    #[must_use]
    pub fn delay(mut self, delay: Duration) -> Response {
        self.delay = delay;
        self
    }

    /// Sends the body in pieces of `chunk` bytes with `pause` between them.
    #[must_use]
    pub fn trickle(mut self, chunk: usize, pause: Duration) -> Response {
        self.trickle = Some((chunk.max(1), pause));
        self
    }

    /// Sends the headers (with the whole body's `Content-Length`) and the first `n` bytes of
    /// the body, then drops the connection: a server that dies mid-answer.
    #[must_use]
    pub fn abort_after(mut self, n: usize) -> Response {
        self.abort_after = Some(n);
        self
    }

    /// Compresses the body and sets `Content-Encoding`.
    #[must_use]
    pub fn encoding(mut self, encoding: Encoding) -> Response {
        self.encoding = Some(encoding);
        self
    }

    fn wire_body(&self) -> Vec<u8> {
        match self.encoding {
            None => self.body.clone(),
            Some(Encoding::Gzip) => compressed(
                flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default()),
                &self.body,
                flate2::write::GzEncoder::finish,
            ),
            Some(Encoding::Brotli) => {
                let mut out = Vec::new();
                let params = brotli::enc::BrotliEncoderParams::default();
                let _ = brotli::BrotliCompress(&mut &self.body[..], &mut out, &params);
                out
            }
            Some(Encoding::Deflate) => compressed(
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default()),
                &self.body,
                flate2::write::ZlibEncoder::finish,
            ),
            Some(Encoding::RawDeflate) => compressed(
                flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default()),
                &self.body,
                flate2::write::DeflateEncoder::finish,
            ),
        }
    }
}

/// `body` through a flate2 encoder (writing to memory cannot fail).
fn compressed<E: std::io::Write>(
    mut encoder: E,
    body: &[u8],
    finish: impl FnOnce(E) -> std::io::Result<Vec<u8>>,
) -> Vec<u8> {
    let _ = encoder.write_all(body);
    finish(encoder).unwrap_or_default()
}

/// What a path answers: one response, or a sequence (the last one repeats).
#[derive(Debug, Clone)]
enum Route {
    Fixed(Response),
    Sequence(Vec<Response>),
}

/// Builds a [`Server`]: routes, static folders, a fallback.
#[derive(Debug, Default)]
pub struct ServerBuilder {
    routes: HashMap<String, Route>,
    dirs: Vec<(String, PathBuf)>,
    fallback: Option<Response>,
    workers: usize,
}

/// Entry point: `Server::builder()`.
#[derive(Debug)]
pub struct Server;

impl Server {
    /// A builder with no routes (every path answers 404).
    #[must_use]
    pub fn builder() -> ServerBuilder {
        ServerBuilder::default()
    }
}

impl ServerBuilder {
    /// Answers `path` (exact match, query string included if it has one) with `response`.
    #[must_use]
    pub fn route(mut self, path: &str, response: Response) -> ServerBuilder {
        self.routes.insert(path.to_string(), Route::Fixed(response));
        self
    }

    /// Answers `path` with each response in turn; the last one repeats. E.g. 503 then 200.
    #[must_use]
    pub fn sequence(mut self, path: &str, responses: Vec<Response>) -> ServerBuilder {
        let route = if responses.is_empty() {
            Route::Fixed(Response::status(404))
        } else {
            Route::Sequence(responses)
        };
        self.routes.insert(path.to_string(), route);
        self
    }

    /// Serves the files under `folder` at `prefix` (e.g. `/pages/`), with a content type
    /// from the file name's extension. Paths with `..` are refused.
    #[must_use]
    pub fn dir(mut self, prefix: &str, folder: impl AsRef<Path>) -> ServerBuilder {
        self.dirs
            .push((prefix.to_string(), folder.as_ref().to_path_buf()));
        self
    }

    /// Answers every path without a route with `response` (instead of 404).
    #[must_use]
    pub fn fallback(mut self, response: Response) -> ServerBuilder {
        self.fallback = Some(response);
        self
    }

    /// Worker threads of the server's runtime (default 1; more for benchmarks).
    #[must_use]
    pub fn workers(mut self, n: usize) -> ServerBuilder {
        self.workers = n;
        self
    }

    /// Binds `addr` (e.g. `"127.0.0.1:0"`) and starts serving on a thread of its own.
    ///
    /// # Errors
    /// The address is not a loopback address, cannot be parsed, or cannot be bound.
    pub fn bind(self, addr: &str) -> Result<RunningServer> {
        let addr: SocketAddr = addr.parse().map_err(|e| Error::Option {
            option: "server address".into(),
            message: format!("{addr}: {e}"),
        })?;
        if !addr.ip().is_loopback() {
            return Err(Error::Option {
                option: "server address".into(),
                message: format!("{addr} is not a loopback address; the server binds only those"),
            });
        }
        let io_err = |source| Error::Io {
            context: format!("cannot bind {addr}"),
            source,
        };
        let std_listener = std::net::TcpListener::bind(addr).map_err(io_err)?;
        std_listener.set_nonblocking(true).map_err(io_err)?;
        let local = std_listener.local_addr().map_err(io_err)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(self.workers.max(1))
            .enable_all()
            .build()
            .map_err(io_err)?;
        let state = Arc::new(State {
            routes: self.routes,
            counters: Mutex::new(HashMap::new()),
            dirs: self.dirs,
            fallback: self.fallback,
        });
        let (stop_tx, stop_rx) = watch::channel(false);
        let st = Arc::clone(&state);
        let thread = std::thread::Builder::new()
            .name(format!("citecheck-server-{local}"))
            .spawn(move || runtime.block_on(serve(std_listener, st, stop_rx)))
            .map_err(io_err)?;
        Ok(RunningServer {
            addr: local,
            state,
            stop: stop_tx,
            thread: Some(thread),
        })
    }
}

struct State {
    routes: HashMap<String, Route>,
    /// Requests seen per path (the sequence index is the count before this request).
    counters: Mutex<HashMap<String, usize>>,
    dirs: Vec<(String, PathBuf)>,
    fallback: Option<Response>,
}

/// A server that is running. Dropping it stops the server and waits for its thread.
#[derive(Debug)]
pub struct RunningServer {
    /// The bound address (the real port when bound to port 0).
    pub addr: SocketAddr,
    state: Arc<State>,
    stop: watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("State")
            .field("routes", &self.routes.len())
            .finish_non_exhaustive()
    }
}

impl RunningServer {
    /// `http://127.0.0.1:PORT` (no trailing slash).
    #[must_use]
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `base_url()` followed by `path` (which should start with `/`).
    #[must_use]
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_url(), path)
    }

    /// How many requests `path` has received (query string included when it had one).
    #[must_use]
    pub fn hits(&self, path: &str) -> usize {
        self.state
            .counters
            .lock()
            .map(|c| c.get(path).copied().unwrap_or(0))
            .unwrap_or(0)
    }

    /// Requests received in total.
    #[must_use]
    pub fn total_hits(&self) -> usize {
        self.state
            .counters
            .lock()
            .map(|c| c.values().sum())
            .unwrap_or(0)
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

type Body = BoxBody<Bytes, std::io::Error>;

async fn serve(
    listener: std::net::TcpListener,
    state: Arc<State>,
    mut stop: watch::Receiver<bool>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let live = Arc::new(AtomicUsize::new(0));
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let st = Arc::clone(&state);
                let mut conn_stop = stop.clone();
                let live = Arc::clone(&live);
                live.fetch_add(1, Ordering::Relaxed);
                tokio::spawn(async move {
                    let svc = service_fn(move |req| handle(Arc::clone(&st), req));
                    let conn = http1::Builder::new()
                        .keep_alive(true)
                        .serve_connection(TokioIo::new(stream), svc);
                    tokio::select! {
                        _ = conn => {}
                        _ = conn_stop.changed() => {}
                    }
                    live.fetch_sub(1, Ordering::Relaxed);
                });
            }
        }
    }
}

/// Marker error: makes hyper drop the connection without writing a response.
#[derive(Debug)]
struct CloseConnection;

impl std::fmt::Display for CloseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection closed on purpose")
    }
}

impl std::error::Error for CloseConnection {}

async fn handle(
    state: Arc<State>,
    req: hyper::Request<hyper::body::Incoming>,
) -> std::result::Result<hyper::Response<Body>, CloseConnection> {
    let key = req.uri().path_and_query().map_or_else(
        || req.uri().path().to_string(),
        |pq| pq.as_str().to_string(),
    );
    let path = req.uri().path().to_string();
    let seen = {
        let mut c = state.counters.lock().map_err(|_| CloseConnection)?;
        let n = c.entry(key.clone()).or_insert(0);
        *n += 1;
        *n - 1
    };
    let route = state.routes.get(&key).or_else(|| state.routes.get(&path));
    let response = match route {
        Some(Route::Fixed(r)) => r.clone(),
        Some(Route::Sequence(rs)) => rs
            .get(seen)
            .or_else(|| rs.last())
            .cloned()
            .unwrap_or_else(|| Response::status(404)),
        None => match static_file(&state.dirs, &path).await {
            Some(r) => r,
            None => state
                .fallback
                .clone()
                .unwrap_or_else(|| Response::status(404).header("content-type", "text/plain")),
        },
    };
    if !response.delay.is_zero() {
        tokio::time::sleep(response.delay).await;
    }
    if response.close {
        return Err(CloseConnection);
    }
    let wire = response.wire_body();
    let mut builder = hyper::Response::builder().status(response.status);
    for (name, value) in &response.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    match response.encoding {
        Some(Encoding::Gzip) => builder = builder.header("content-encoding", "gzip"),
        Some(Encoding::Brotli) => builder = builder.header("content-encoding", "br"),
        Some(Encoding::Deflate | Encoding::RawDeflate) => {
            builder = builder.header("content-encoding", "deflate");
        }
        None => {}
    }
    if let Some(n) = response.abort_after {
        builder = builder.header("content-length", wire.len().to_string());
        let head = Bytes::copy_from_slice(wire.get(..n.min(wire.len())).unwrap_or(&[]));
        // The break comes a moment later, so the headers and the first bytes are on the wire
        // (hyper would otherwise drop them unsent with the connection).
        let pieces = futures::stream::iter([true, false]).then(move |first| {
            let head = head.clone();
            async move {
                if first {
                    Ok(Frame::data(head))
                } else {
                    tokio::time::sleep(Duration::from_millis(30)).await;
                    Err(std::io::Error::other("aborted on purpose"))
                }
            }
        });
        let body: Body = BodyExt::boxed(StreamBody::new(pieces));
        return builder.body(body).map_err(|_| CloseConnection);
    }
    let body: Body = match response.trickle {
        None => Full::new(Bytes::from(wire))
            .map_err(|never: Infallible| match never {})
            .boxed(),
        Some((chunk, pause)) => {
            let pieces: Vec<Bytes> = wire.chunks(chunk).map(Bytes::copy_from_slice).collect();
            let stream = futures::stream::iter(pieces).then(move |piece| async move {
                tokio::time::sleep(pause).await;
                Ok::<_, std::io::Error>(Frame::data(piece))
            });
            BodyExt::boxed(StreamBody::new(stream))
        }
    };
    builder.body(body).map_err(|_| CloseConnection)
}

use futures::StreamExt as _;

async fn static_file(dirs: &[(String, PathBuf)], path: &str) -> Option<Response> {
    for (prefix, folder) in dirs {
        let Some(rest) = path.strip_prefix(prefix.as_str()) else {
            continue;
        };
        if rest.split('/').any(|seg| seg == "..") {
            return Some(Response::status(403));
        }
        let mut file = folder.join(rest.trim_start_matches('/'));
        if file.is_dir() {
            file = file.join("index.html");
        }
        let bytes = tokio::fs::read(&file).await.ok()?;
        let ctype = content_type_for(&file);
        return Some(
            Response::status(200)
                .header("content-type", ctype)
                .body(bytes),
        );
    }
    None
}

/// The content type served for a file name's extension.
///
/// Text types carry no `charset`: a file's encoding is not known from its name, and a
/// charset here would override the page's own `<meta charset>` (a windows-1252 page would be
/// misread as UTF-8), so the reader falls back to BOM, `<meta>` and detection as browsers do.
#[must_use]
pub fn content_type_for(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => "text/html",
        Some("xhtml") => "application/xhtml+xml",
        Some("txt") => "text/plain",
        Some("md" | "markdown") => "text/markdown",
        Some("json") => "application/json",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("pdf") => "application/pdf",
        Some("docx") => crate::office::DOCX_TYPE,
        Some("odt") => crate::office::ODT_TYPE,
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: static `.html` files were served as `charset=utf-8`, so a windows-1252
    /// page (whose `<meta charset>` says so) was decoded as UTF-8 and its accents mangled.
    #[test]
    fn static_text_types_do_not_claim_a_charset() {
        for name in ["a.html", "a.HTM", "a.txt", "a.md"] {
            let ct = content_type_for(Path::new(name));
            assert!(
                ct.starts_with("text/") && !ct.contains("charset"),
                "{name}: {ct}"
            );
        }
        assert_eq!(content_type_for(Path::new("a.pdf")), "application/pdf");
    }

    #[test]
    fn refuses_non_loopback_addresses() {
        let err = Server::builder().bind("0.0.0.0:0").unwrap_err().to_string();
        assert!(err.contains("loopback"), "{err}");
        assert!(Server::builder().bind("not an address").is_err());
    }

    #[test]
    fn counts_hits_and_serves_sequences() {
        let server = Server::builder()
            .sequence("/s", vec![Response::status(503), Response::text("ok")])
            .bind("127.0.0.1:0")
            .unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let codes = rt.block_on(async {
            let client = reqwest::Client::new();
            let mut codes = Vec::new();
            for _ in 0..3 {
                let r = client.get(server.url("/s")).send().await.unwrap();
                codes.push(r.status().as_u16());
            }
            codes
        });
        assert_eq!(codes, vec![503, 200, 200]);
        assert_eq!(server.hits("/s"), 3);
    }
}
