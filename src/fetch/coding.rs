//! Content codings the HTTP client leaves to us: reqwest decodes `gzip`, `br` and `zstd` as
//! written, but not `x-gzip` (which RFC 9110 §8.4.1.3 says to read as `gzip`), nor a coding
//! written in capitals (`GZIP`). Nor `deflate`, which is decoded here too: the standard
//! makes it zlib data, but some servers send bare deflate data under that name, and browsers
//! read both (reqwest reads only zlib). These are decoded here, a chunk at a time, under
//! the same cap on the decoded bytes as any body. A coding nobody can decode (`compress`,
//! two codings stacked) makes the body unreadable: its bytes are no text.

use std::io::Write;

/// What to do with a body, from its remaining `Content-Encoding`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Coding {
    /// No coding (none, or `identity`): the bytes are the body.
    Identity,
    /// `gzip` in another spelling (`x-gzip`, `GZIP`).
    Gzip,
    /// `deflate` (also `x-deflate`, `DEFLATE`): zlib data, or bare deflate data.
    Deflate,
    /// `br` in another spelling (`BR`).
    Brotli,
    /// A coding that cannot be decoded, as the server wrote it.
    Unknown(String),
}

/// The coding of a `Content-Encoding` value the HTTP client left in place.
#[must_use]
pub fn coding_of(value: Option<&str>) -> Coding {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Coding::Identity;
    };
    match v.to_ascii_lowercase().as_str() {
        "identity" => Coding::Identity,
        "gzip" | "x-gzip" => Coding::Gzip,
        "deflate" | "x-deflate" => Coding::Deflate,
        "br" => Coding::Brotli,
        _ => Coding::Unknown(v.chars().take(40).collect()),
    }
}

/// Decoded bytes, kept up to a limit; the rest is counted as cut and dropped.
#[derive(Debug, Default)]
struct Capped {
    buf: Vec<u8>,
    limit: usize,
    cut: bool,
}

impl Write for Capped {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let room = self.limit.saturating_sub(self.buf.len());
        if data.len() > room {
            self.buf.extend_from_slice(data.get(..room).unwrap_or(&[]));
            self.cut = true;
        } else {
            self.buf.extend_from_slice(data);
        }
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

enum Inner {
    Gzip(flate2::write::MultiGzDecoder<Capped>),
    /// `deflate` before its first two bytes are in: which of the two it is is not known yet.
    DeflateStart(Vec<u8>, Capped),
    Deflate(flate2::write::ZlibDecoder<Capped>),
    RawDeflate(flate2::write::DeflateDecoder<Capped>),
    Brotli(Box<brotli::DecompressorWriter<Capped>>),
}

/// Whether a `deflate` body opens with a zlib header (RFC 1950: compression method 8, a
/// window of at most 32 KiB, and a check that makes the first two bytes a multiple of 31);
/// otherwise it is bare deflate data (RFC 1951), whose first bytes never pass that check
/// with method 8 … except by chance, which browsers accept the same way.
fn zlib_header(b0: u8, b1: u8) -> bool {
    b0 & 0x0f == 8 && b0 >> 4 <= 7 && (u16::from(b0) << 8 | u16::from(b1)) % 31 == 0
}

/// A streaming decoder for one body: feed it the bytes as they come, at most `limit`
/// decoded bytes are kept.
pub struct Decoder {
    inner: Inner,
    /// Compressed bytes fed so far.
    fed: usize,
    limit: usize,
    failed: bool,
}

impl Decoder {
    /// A decoder for `coding` (`None` for identity and unknown codings), keeping at most
    /// `limit` decoded bytes.
    #[must_use]
    pub fn new(coding: &Coding, limit: usize) -> Option<Decoder> {
        let sink = Capped {
            buf: Vec::new(),
            limit,
            cut: false,
        };
        let inner = match coding {
            Coding::Gzip => Inner::Gzip(flate2::write::MultiGzDecoder::new(sink)),
            Coding::Deflate => Inner::DeflateStart(Vec::new(), sink),
            Coding::Brotli => Inner::Brotli(Box::new(brotli::DecompressorWriter::new(sink, 4096))),
            Coding::Identity | Coding::Unknown(_) => return None,
        };
        Some(Decoder {
            inner,
            fed: 0,
            limit,
            failed: false,
        })
    }

    fn sink(&self) -> &Capped {
        match &self.inner {
            Inner::Gzip(d) => d.get_ref(),
            Inner::DeflateStart(_, sink) => sink,
            Inner::Deflate(d) => d.get_ref(),
            Inner::RawDeflate(d) => d.get_ref(),
            Inner::Brotli(d) => d.get_ref(),
        }
    }

    /// A `deflate` body's decoder once its first two bytes are known (or the body ended
    /// before them: zlib, whose stream that short is broken either way).
    fn settle_deflate(&mut self, ended: bool) -> std::io::Result<()> {
        let Inner::DeflateStart(head, sink) = &mut self.inner else {
            return Ok(());
        };
        let zlib = match (head.first(), head.get(1)) {
            (Some(&b0), Some(&b1)) => zlib_header(b0, b1),
            _ if ended => true,
            _ => return Ok(()),
        };
        let (head, sink) = (std::mem::take(head), std::mem::take(sink));
        if zlib {
            let mut d = flate2::write::ZlibDecoder::new(sink);
            let r = d.write_all(&head);
            self.inner = Inner::Deflate(d);
            r
        } else {
            let mut d = flate2::write::DeflateDecoder::new(sink);
            let r = d.write_all(&head);
            self.inner = Inner::RawDeflate(d);
            r
        }
    }

    /// Feeds compressed bytes. Returns whether to go on reading: not once the decoded
    /// bytes reach the limit, nor once the compressed ones pass twice the limit, nor after
    /// broken data.
    pub fn feed(&mut self, data: &[u8]) -> bool {
        if self.failed || self.done() {
            return false;
        }
        self.fed = self.fed.saturating_add(data.len());
        let r = match &mut self.inner {
            Inner::Gzip(d) => d.write_all(data),
            Inner::DeflateStart(head, _) => {
                head.extend_from_slice(data);
                self.settle_deflate(false)
            }
            Inner::Deflate(d) => d.write_all(data),
            Inner::RawDeflate(d) => d.write_all(data),
            Inner::Brotli(d) => d.write_all(data),
        };
        if r.is_err() {
            self.failed = true;
        }
        !self.failed && !self.done()
    }

    /// Whether reading should stop for size: the decoded bytes were cut at the limit, or
    /// the compressed ones pass twice the limit.
    fn done(&self) -> bool {
        self.sink().cut || self.fed > self.limit.saturating_mul(2)
    }

    /// The decoded bytes, whether they were cut at the limit, and whether the data was
    /// broken (not a stream of this coding, or one that ends before its end without being
    /// cut at the limit).
    #[must_use]
    pub fn finish(mut self) -> (Vec<u8>, bool, bool) {
        // An empty body is empty whatever coding it names (as reqwest reads an empty gzip
        // body): no stream, no broken one.
        if self.fed == 0 {
            return (Vec::new(), false, false);
        }
        let over = self.done();
        if self.settle_deflate(true).is_err() {
            self.failed = true;
        }
        let end_ok = match &mut self.inner {
            Inner::Gzip(d) => d.try_finish().is_ok(),
            Inner::DeflateStart(..) => false,
            Inner::Deflate(d) => d.try_finish().is_ok(),
            Inner::RawDeflate(d) => d.try_finish().is_ok(),
            Inner::Brotli(d) => d.close().is_ok(),
        };
        let sink = match &mut self.inner {
            Inner::Gzip(d) => d.get_mut(),
            Inner::DeflateStart(_, sink) => sink,
            Inner::Deflate(d) => d.get_mut(),
            Inner::RawDeflate(d) => d.get_mut(),
            Inner::Brotli(d) => d.get_mut(),
        };
        let cut = over || sink.cut;
        // A stream cut at the limit ends mid-way: that is no broken data.
        let broken = self.failed || (!cut && !end_ok);
        (std::mem::take(&mut sink.buf), cut, broken)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn codings_by_name() {
        assert_eq!(coding_of(None), Coding::Identity);
        assert_eq!(coding_of(Some("identity")), Coding::Identity);
        assert_eq!(coding_of(Some(" x-gzip ")), Coding::Gzip);
        assert_eq!(coding_of(Some("GZIP")), Coding::Gzip);
        assert_eq!(
            coding_of(Some("compress")),
            Coding::Unknown("compress".into())
        );
    }

    #[test]
    fn decodes_in_chunks_under_the_cap() {
        let page = b"<p>hello</p>".repeat(1000);
        let z = gzip(&page);
        let mut d = Decoder::new(&Coding::Gzip, 1 << 20).unwrap();
        for c in z.chunks(7) {
            assert!(d.feed(c));
        }
        let (body, cut, broken) = d.finish();
        assert_eq!(body, page);
        assert!(!cut && !broken);
        // Cut at the limit.
        let mut d = Decoder::new(&Coding::Gzip, 100).unwrap();
        for c in z.chunks(64) {
            if !d.feed(c) {
                break;
            }
        }
        let (body, cut, broken) = d.finish();
        assert_eq!(body.len(), 100);
        assert!(cut && !broken);
        // Not gzip at all.
        let mut d = Decoder::new(&Coding::Gzip, 1 << 20).unwrap();
        d.feed(b"plain text, no gzip header here");
        let (_, _, broken) = d.finish();
        assert!(broken);
    }

    #[test]
    fn deflate_is_read_with_and_without_the_zlib_wrapper() {
        let page = b"<p>The committee said the budget would double.</p>".repeat(200);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&page).unwrap();
        let mut raw =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        raw.write_all(&page).unwrap();
        for data in [z.finish().unwrap(), raw.finish().unwrap()] {
            // One byte at a time: the first two decide which of the two it is.
            let mut d = Decoder::new(&Coding::Deflate, 1 << 20).unwrap();
            for c in data.chunks(1) {
                assert!(d.feed(c));
            }
            let (body, cut, broken) = d.finish();
            assert_eq!(body, page);
            assert!(!cut && !broken);
        }
        // A body of one byte is broken, not a panic; an empty one is empty.
        let mut d = Decoder::new(&Coding::Deflate, 1 << 20).unwrap();
        d.feed(b"x");
        assert!(d.finish().2);
        for coding in [Coding::Deflate, Coding::Gzip, Coding::Brotli] {
            let d = Decoder::new(&coding, 1 << 20).unwrap();
            assert_eq!(d.finish(), (Vec::new(), false, false), "{coding:?}");
        }
        assert!(zlib_header(0x78, 0x9c) && zlib_header(0x78, 0x01) && !zlib_header(0xed, 0x9c));
    }
}
