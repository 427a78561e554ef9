//! Turning a response body into UTF-8 text, in browser order: BOM, then the HTTP charset, then
//! `<meta charset>` (or `http-equiv="Content-Type"`) in the first bytes, then detection
//! (`chardetng`); then a body labelled UTF-8 with more invalid bytes than UTF-8 characters is
//! taken as windows-1252 (see [`decode_text`]). Decoding itself is `encoding_rs`, which maps labels the way browsers do
//! (`latin1` and `iso-8859-1` mean windows-1252, for instance).
//!
//! This module owns charset choice and decoding, and sniffing what kind of body it is
//! ([`BodyKind`]). It does not decompress (reqwest does) and does not cap sizes (the caller
//! does).

use encoding_rs::Encoding;

/// How many leading bytes are scanned for `<meta charset>`. The HTML standard says 1024;
/// real pages often put a long `<head>` comment or script first, so we look further.
const META_SCAN_BYTES: usize = 4096;

/// Decodes a body to text, choosing the encoding in browser order, with one correction: a
/// body declared UTF-8 (by the header or `<meta>`, not a BOM) that is not, having more
/// invalid bytes than UTF-8 characters beyond ASCII, is windows-1252 (a legacy page behind
/// a server's default `charset=utf-8`: `\x92`, `\xE9` would become U+FFFD, and every word
/// holding one a false misquote).
#[must_use]
pub fn decode_text(bytes: &[u8], content_type: Option<&str>) -> String {
    let mut encoding = choose_encoding(bytes, content_type);
    if encoding == encoding_rs::UTF_8
        && Encoding::for_bom(bytes).is_none()
        && mislabelled_utf8(bytes)
    {
        encoding = encoding_rs::WINDOWS_1252;
    }
    // `decode` strips a BOM that matches and replaces malformed sequences with U+FFFD.
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// Whether bytes said to be UTF-8 are really a legacy encoding: some bytes are invalid
/// UTF-8, and more of them than valid non-ASCII characters. A page that is UTF-8 with a stray
/// bad byte keeps UTF-8, and a sequence cut off at the end (a body cut at the size limit)
/// does not count.
fn mislabelled_utf8(bytes: &[u8]) -> bool {
    let non_ascii = |b: &[u8]| {
        std::str::from_utf8(b).map_or(0, |s| s.chars().filter(|c| !c.is_ascii()).count())
    };
    let (mut invalid, mut valid) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                valid += non_ascii(good);
                match e.error_len() {
                    Some(n) => {
                        invalid += 1;
                        rest = after.get(n..).unwrap_or_default();
                    }
                    None => break,
                }
            }
        }
    }
    invalid > valid
}

/// The encoding a browser would use for these bytes.
#[must_use]
pub fn choose_encoding(bytes: &[u8], content_type: Option<&str>) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    if let Some(enc) = content_type.and_then(charset_param).and_then(label) {
        return enc;
    }
    let htmlish = content_type.is_none_or(|ct| ct.to_ascii_lowercase().contains("html"));
    if htmlish {
        if let Some(enc) = meta_charset(&bytes[..bytes.len().min(META_SCAN_BYTES)]) {
            return enc;
        }
    }
    if std::str::from_utf8(bytes).is_ok() {
        return encoding_rs::UTF_8;
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    det.guess(None, true)
}

/// Maps a label to an encoding. A page declaring UTF-16 in `<meta>` is really ASCII-compatible
/// (the declaration was readable), so browsers use UTF-8 then; we do the same.
fn label(l: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(l.trim().trim_matches(|c| c == '"' || c == '\'').as_bytes())?;
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(encoding_rs::UTF_8);
    }
    Some(enc)
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_param(ct: &str) -> Option<&str> {
    ct.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(|c| c == '"' || c == '\''))
    })
}

/// Finds `<meta charset=…>` or `<meta http-equiv="content-type" content="…charset=…">`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    // Only ASCII matters here; lossy is fine because labels are ASCII.
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("<meta") {
        rest = &rest[i + 5..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if let Some(j) = tag.find("charset") {
            let after = tag[j + 7..].trim_start();
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start().trim_start_matches(['"', '\'']);
                let stop = v
                    .find(|c: char| {
                        c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace()
                    })
                    .unwrap_or(v.len());
                if let Some(enc) = label(&v[..stop]) {
                    return Some(enc);
                }
            }
        }
    }
    None
}

/// What kind of body a response has, from its content type and first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// HTML or XHTML.
    Html,
    /// Plain text, Markdown, or another text type.
    Text,
    /// A PDF.
    Pdf,
    /// Anything else (images, archives, …).
    Other,
}

/// Sniffs the kind of body: magic bytes first (servers mislabel PDFs often), then the
/// content type, then a look at the first bytes.
#[must_use]
pub fn body_kind(bytes: &[u8], content_type: Option<&str>) -> BodyKind {
    if bytes.starts_with(b"%PDF-") {
        return BodyKind::Pdf;
    }
    let ct = content_type
        .map(|c| {
            c.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    match ct.as_str() {
        "text/html" | "application/xhtml+xml" => return BodyKind::Html,
        "application/pdf" => return BodyKind::Pdf,
        _ => {}
    }
    if ct.starts_with("text/")
        || ct.ends_with("+xml")
        || ct.ends_with("/xml")
        || ct.ends_with("json")
    {
        return BodyKind::Text;
    }
    if ct.is_empty() || ct == "application/octet-stream" {
        let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
        let start = start.trim_start();
        if start.starts_with("<!doctype html")
            || start.starts_with("<html")
            || start.contains("<head")
        {
            return BodyKind::Html;
        }
        if !bytes.contains(&0) && ct.is_empty() {
            return BodyKind::Text;
        }
    }
    BodyKind::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins_over_everything() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("café".as_bytes());
        assert_eq!(
            decode_text(&b, Some("text/html; charset=windows-1252")),
            "café"
        );
    }

    #[test]
    fn http_charset_then_meta_then_detection() {
        let latin = b"<p>caf\xe9</p>";
        assert_eq!(
            decode_text(latin, Some("text/html; charset=ISO-8859-1")),
            "<p>café</p>"
        );
        let meta = b"<html><head><meta charset=\"windows-1252\"></head><p>na\xefve</p>";
        assert!(decode_text(meta, Some("text/html")).contains("naïve"));
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>\xe0 la</p>";
        assert!(decode_text(equiv, None).contains("à la"));
        let utf8 = "déjà vu".as_bytes();
        assert_eq!(decode_text(utf8, None), "déjà vu");
        // No label anywhere: detection picks a legacy encoding for clearly non-UTF-8 French.
        let guessed = decode_text(
            b"Le caf\xe9 \xe9tait ferm\xe9 et la f\xeate \xe9tait finie.",
            Some("text/plain"),
        );
        assert!(guessed.contains("café"), "{guessed}");
    }

    #[test]
    fn a_legacy_body_behind_a_utf8_label_is_windows_1252() {
        let body = b"<p>The harbour\x92s caf\xe9 reopened.</p>";
        for ct in ["text/html; charset=utf-8", "text/plain; charset=UTF-8"] {
            assert_eq!(
                decode_text(body, Some(ct)),
                "<p>The harbour\u{2019}s caf\u{e9} reopened.</p>"
            );
        }
        let meta = b"<meta charset=\"utf-8\"><p>na\xefve</p>";
        assert!(decode_text(meta, Some("text/html")).contains("na\u{ef}ve"));
        // Real UTF-8 with one stray byte stays UTF-8; so does a character cut off at the end.
        let mostly = "caf\u{e9} d\u{e9}j\u{e0} \u{2019}"
            .as_bytes()
            .iter()
            .copied();
        let mostly: Vec<u8> = mostly.chain([b' ', 0xff]).collect();
        assert!(decode_text(&mostly, Some("text/plain; charset=utf-8")).starts_with("caf\u{e9}"));
        let cut = &"caf\u{e9}".as_bytes()[..4];
        assert_eq!(
            decode_text(cut, Some("text/plain; charset=utf-8")),
            "caf\u{fffd}"
        );
    }

    #[test]
    fn kinds() {
        assert_eq!(body_kind(b"%PDF-1.7", Some("text/html")), BodyKind::Pdf);
        assert_eq!(
            body_kind(b"<p>", Some("text/html; charset=utf-8")),
            BodyKind::Html
        );
        assert_eq!(body_kind(b"<!DOCTYPE html>", None), BodyKind::Html);
        assert_eq!(body_kind(b"hello", Some("text/markdown")), BodyKind::Text);
        assert_eq!(body_kind(b"\x89PNG\0", Some("image/png")), BodyKind::Other);
    }
}
