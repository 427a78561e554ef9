//! Content codings the HTTP client leaves to us: reqwest decodes `gzip`, `deflate`, `br` and
//! `zstd` as written, but not `x-gzip` (which RFC 9110 §8.4.1.3 says to read as `gzip`),
//! nor a coding written in capitals (`GZIP`). Those are decoded here, a chunk at a time,
//! under the same cap on the decoded bytes as any body. A coding nobody can decode
//! (`compress`, two codings stacked) makes the body unreadable: its bytes are no text.

use std::io::Write;

/// What to do with a body, from its remaining `Content-Encoding`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Coding {
    /// No coding (none, or `identity`): the bytes are the body.
    Identity,
    /// `gzip` in another spelling (`x-gzip`, `GZIP`).
    Gzip,
    /// `deflate` in another spelling (`x-deflate`, `DEFLATE`): zlib data.
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
    Deflate(flate2::write::ZlibDecoder<Capped>),
    Brotli(Box<brotli::DecompressorWriter<Capped>>),
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
            Coding::Deflate => Inner::Deflate(flate2::write::ZlibDecoder::new(sink)),
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
            Inner::Deflate(d) => d.get_ref(),
            Inner::Brotli(d) => d.get_ref(),
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
            Inner::Deflate(d) => d.write_all(data),
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
        let over = self.done();
        let end_ok = match &mut self.inner {
            Inner::Gzip(d) => d.try_finish().is_ok(),
            Inner::Deflate(d) => d.try_finish().is_ok(),
            Inner::Brotli(d) => d.close().is_ok(),
        };
        let sink = match &mut self.inner {
            Inner::Gzip(d) => d.get_mut(),
            Inner::Deflate(d) => d.get_mut(),
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
}
