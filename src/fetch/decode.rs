//! Turning a response body into UTF-8 text, in browser order: BOM, then the HTTP charset, then
//! `<meta charset>` (or `http-equiv="Content-Type"`) in the first bytes, then detection
//! (`chardetng`); then a body labelled UTF-8 with more invalid bytes than UTF-8 characters is
//! taken as the legacy encoding `chardetng` sees in it (windows-1252 failing that), and one labelled otherwise that is well-formed UTF-8 beyond ASCII as
//! UTF-8 (see [`decode_text`]). Decoding itself is `encoding_rs`, which maps labels the way browsers do
//! (`latin1` and `iso-8859-1` mean windows-1252, for instance).
//!
//! This module owns charset choice and decoding, sniffing what kind of body it is
//! ([`BodyKind`]), and choosing how its text is read ([`body_text`]: JSON, XML and feeds,
//! Markdown). It does not decompress (reqwest does) and does not cap sizes (the caller
//! does).

use encoding_rs::Encoding;

use super::markup;

/// How many leading bytes are scanned for `<meta charset>`. The HTML standard says 1024;
/// real pages often put a long `<head>` comment or script first, so we look further.
const META_SCAN_BYTES: usize = 4096;

/// Decodes a body to text, choosing the encoding in browser order, with one correction: a
/// body declared UTF-8 (by the header or `<meta>`, not a BOM) that is not, having more
/// invalid bytes than UTF-8 characters beyond ASCII, is the legacy encoding its bytes show,
/// windows-1252 failing that (a legacy page behind
/// a server's default `charset=utf-8`: `\x92`, `\xE9` would become U+FFFD, and every word
/// holding one a false misquote); and the other way round, a body declared in another
/// encoding that is well-formed UTF-8 with characters beyond ASCII is UTF-8.
#[must_use]
pub fn decode_text(bytes: &[u8], content_type: Option<&str>) -> String {
    let mut encoding = choose_encoding(bytes, content_type);
    if Encoding::for_bom(bytes).is_none() {
        let (invalid, valid) = utf8_counts(bytes);
        if encoding == encoding_rs::UTF_8 && invalid > valid {
            // Said to be UTF-8 (or said nothing) but mostly not: the legacy encoding its
            // bytes show, not always Latin-1 (thirty-ninth session: a Russian page in
            // windows-1251 behind a server's default `charset=utf-8` read as Latin
            // letters, and its quotes were `not_found`).
            let guess = detect(bytes, false);
            // (A few bytes are too little to tell by: Latin-1, as before.)
            encoding = if invalid >= 8 && guess.is_ascii_compatible() && guess != encoding_rs::UTF_8
            {
                guess
            } else {
                encoding_rs::WINDOWS_1252
            };
        } else if encoding != encoding_rs::UTF_8
            && !matches!(encoding.name(), "UTF-16LE" | "UTF-16BE")
            && invalid == 0
            && valid > 0
        {
            // The other way round: UTF-8 labelled Latin-1 (or any legacy encoding). Its
            // characters beyond ASCII are well-formed UTF-8 sequences, which text in a
            // legacy encoding almost never is (`Ã©` is how `é` reads in Latin-1): decoded
            // as labelled, every accent and `€` would read as two or three wrong letters.
            encoding = encoding_rs::UTF_8;
        }
    }
    // `decode` strips a BOM that matches and replaces malformed sequences with U+FFFD.
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// How many invalid UTF-8 sequences `bytes` holds, and how many valid characters beyond
/// ASCII. Bytes said to be UTF-8 are really a legacy encoding when the first is larger (a
/// page that is UTF-8 with a stray bad byte keeps UTF-8). A sequence cut off at the end (a
/// body cut at the size limit) does not count.
fn utf8_counts(bytes: &[u8]) -> (usize, usize) {
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
    (invalid, valid)
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
    detect(bytes, true)
}

/// The encoding `chardetng` sees in `bytes` (UTF-8 among the answers only with `allow_utf8`).
#[must_use]
pub(crate) fn detect(bytes: &[u8], allow_utf8: bool) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    det.guess(None, allow_utf8)
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

/// The text of a body as a page: [`decode_text`], then read by what it is: a JSON body (see
/// [`is_json`]) as its string values ([`json_text`]); an XML document or feed (see
/// [`is_xml`]) as its elements' text, the HTML a feed carries read as HTML
/// ([`markup::xml_text`]); Markdown (see [`is_markdown`]) as it renders
/// ([`markup::markdown_text`]). `path` is the path of the URL (or file) it was read from.
#[must_use]
pub fn body_text(bytes: &[u8], content_type: Option<&str>, path: &str) -> String {
    let text = decode_text(bytes, content_type);
    if is_json(content_type) {
        if let Some(t) = json_text(&text) {
            return t;
        }
    }
    if is_xml(content_type, &text) {
        return markup::xml_text(&text);
    }
    if is_markdown(content_type, path) {
        return markup::markdown_text(&text);
    }
    text
}

/// The essence of a content type, lower-cased (`text/html; charset=utf-8` → `text/html`).
pub(super) fn essence(content_type: Option<&str>) -> String {
    content_type
        .and_then(|c| c.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Whether a body is an XML document: an XML content type (`application/xml`, `text/xml`,
/// any `+xml` type such as `application/rss+xml` and `application/atom+xml`; XHTML is read
/// as HTML), or none at all and an XML declaration.
#[must_use]
pub fn is_xml(content_type: Option<&str>, text: &str) -> bool {
    let ct = essence(content_type);
    if ct.is_empty() {
        return text.trim_start_matches('\u{feff}').starts_with("<?xml");
    }
    (ct.ends_with("/xml") || ct.ends_with("+xml")) && ct != "application/xhtml+xml"
}

/// Whether a body is Markdown: `text/markdown` (or `text/x-markdown`), or plain text (or
/// no type) read from a path ending `.md`, `.markdown`, `.mkd` or `.mdx`, as raw files on a
/// code host are served. Other plain text is never reread as Markdown.
#[must_use]
pub fn is_markdown(content_type: Option<&str>, path: &str) -> bool {
    let ct = essence(content_type);
    if ct == "text/markdown" || ct == "text/x-markdown" {
        return true;
    }
    if !(ct.is_empty() || ct == "text/plain") {
        return false;
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && ["md", "markdown", "mkd", "mdx"]
                .iter()
                .any(|e| ext.eq_ignore_ascii_case(e))
    })
}

/// Whether a content type is JSON: `application/json`, `text/json`, or any `+json` type
/// (`application/ld+json`, `application/problem+json`) or `ndjson`.
#[must_use]
pub fn is_json(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|ct| {
        let essence = ct.split(';').next().unwrap_or("").trim();
        let lower = essence.to_ascii_lowercase();
        lower.ends_with("/json") || lower.ends_with("+json") || lower.ends_with("ndjson")
    })
}

/// How many string values of a JSON body are read at most: the body is capped already
/// (`--max-body`); this only bounds the work on a body of a million tiny strings.
const MAX_JSON_STRINGS: usize = 200_000;

/// What a reader of a JSON API response reads: its string values, decoded (`M\u00e4rz` is
/// `März`, `\n` a line break, `\"` a quotation mark, a surrogate pair one character), in
/// document order, one per line. Keys, numbers, booleans and nulls are structure, not text.
/// A value that is HTML markup (a CMS's `"rendered": "<p>…</p>"`) is read as the text a
/// reader of that HTML sees.
///
/// Read by a scan of the string literals rather than a parse into `serde_json::Value`: its
/// objects sort their keys (the crate is built without `preserve_order`), which would put a
/// `"body"` before its `"title"`; and a body cut at `--max-body`, or JSON Lines, does not
/// parse but reads the same way. On valid JSON the scan is exact (a literal followed by `:`
/// is a key, any other a value). `None` for a body that does not start like JSON (`{`, `[`
/// or `"`) or holds no string: the raw text is read then.
#[must_use]
pub fn json_text(text: &str) -> Option<String> {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if !body.starts_with(['{', '[', '"']) {
        return None;
    }
    let mut strings: Vec<String> = Vec::new();
    scan_json_strings(body, &mut strings);
    let mut out = String::with_capacity(text.len());
    for s in &strings {
        let s = if markup::looks_like_html(s) {
            crate::verify::visible_text::html_to_text(s).text
        } else {
            s.clone()
        };
        let s = s.trim();
        if s.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(s);
    }
    (!out.is_empty()).then_some(out)
}

/// The string values of JSON (or of text that is almost JSON: cut short, several documents,
/// a stray comma): every string literal that is not a key (followed by `:`), decoded; one
/// cut off at the end is kept as far as it goes. A lone surrogate becomes U+FFFD.
fn scan_json_strings(body: &str, out: &mut Vec<String>) {
    let mut chars = body.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        // A high surrogate waiting for its low half.
        let mut high: Option<u32> = None;
        while let Some((_, c)) = chars.next() {
            match c {
                '"' => break,
                '\\' => {
                    let Some((_, e)) = chars.next() else { break };
                    let unit = match e {
                        'u' => {
                            let mut hex = String::new();
                            while hex.len() < 4 {
                                match chars.peek() {
                                    Some(&(_, h)) if h.is_ascii_hexdigit() => {
                                        hex.push(h);
                                        chars.next();
                                    }
                                    _ => break,
                                }
                            }
                            if hex.len() == 4 {
                                u32::from_str_radix(&hex, 16).ok()
                            } else {
                                None
                            }
                        }
                        _ => None,
                    };
                    if let Some(u) = unit {
                        match (high.take(), u) {
                            (None, 0xD800..=0xDBFF) => high = Some(u),
                            (Some(h), 0xDC00..=0xDFFF) => {
                                let cp = 0x10000 + ((h - 0xD800) << 10) + (u - 0xDC00);
                                s.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                            }
                            (Some(_), 0xD800..=0xDBFF) => {
                                s.push('\u{fffd}');
                                high = Some(u);
                            }
                            (Some(_), _) => {
                                s.push('\u{fffd}');
                                s.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                            }
                            (None, _) => s.push(char::from_u32(u).unwrap_or('\u{fffd}')),
                        }
                        continue;
                    }
                    if high.take().is_some() {
                        s.push('\u{fffd}');
                    }
                    s.push(match e {
                        'n' | 'r' => '\n',
                        't' => '\t',
                        'b' | 'f' => ' ',
                        'u' => '\u{fffd}',
                        other => other,
                    });
                }
                c => {
                    if high.take().is_some() {
                        s.push('\u{fffd}');
                    }
                    s.push(c);
                }
            }
        }
        if high.is_some() {
            s.push('\u{fffd}');
        }
        while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek().is_some_and(|&(_, c)| c == ':') {
            continue;
        }
        out.push(s);
        if out.len() >= MAX_JSON_STRINGS {
            return;
        }
    }
}

/// Whether an XML body is an XHTML page: its first element (after the declaration, a
/// doctype, comments) is `<html`.
fn xhtml_root(bytes: &[u8]) -> bool {
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let mut rest = start.trim_start_matches('\u{feff}').trim_start();
    loop {
        let skip = if rest.starts_with("<?") {
            rest.find("?>").map(|k| k + 2)
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|k| k + 3)
        } else if rest.starts_with("<!doctype") {
            rest.find('>').map(|k| k + 1)
        } else {
            return rest.starts_with("<html");
        };
        let Some(k) = skip else { return false };
        rest = rest[k..].trim_start();
    }
}

/// What a body sent as text (HTML, plain text) is when its bytes are binary data: said
/// where a page is read for quotes, and after the link's status.
pub const BINARY_BODY: &str = "binary data, not readable text";

/// Whether text decoded from a body sent as text is binary data (random bytes, an image or
/// an archive under `text/html`): more than one control character (line breaks, tabs and
/// form feeds aside; NUL included) in a hundred among its first 8 KiB, as an input file's
/// stray NULs are judged. Real text has next to none; decoded binary data, about one
/// character in ten.
#[must_use]
pub fn is_binary_text(text: &str) -> bool {
    let mut end = text.len().min(8192);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text.get(..end).unwrap_or(text);
    // Most pages are ASCII text without a control character: one byte scan settles them.
    if !head
        .bytes()
        .any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b >= 0x80)
    {
        return false;
    }
    let (mut chars, mut controls) = (0usize, 0usize);
    for c in head.chars() {
        chars += 1;
        controls += usize::from(c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'));
    }
    controls > 1 + chars / 100
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
    /// A Word or OpenDocument text file (see [`crate::office::fetched_kind`]).
    Office,
    /// Anything else (images, archives, …).
    Other,
}

/// [`body_kind`] of a body fetched from `path` (a URL's path or a file's): a Word or
/// OpenDocument text file is told by its content type, or by its ZIP magic and its name when
/// the type says nothing more (`application/octet-stream`, none).
#[must_use]
pub fn body_kind_at(bytes: &[u8], content_type: Option<&str>, path: &str) -> BodyKind {
    if crate::office::fetched_kind(bytes, content_type, path).is_some() {
        return BodyKind::Office;
    }
    body_kind(bytes, content_type)
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
        // A page sent as a PDF (a report's URL now serving a notice, an error page under
        // the PDF's type) is read as the page it is.
        "application/pdf" if looks_like_html(bytes) => return BodyKind::Html,
        "application/pdf" => return BodyKind::Pdf,
        _ => {}
    }
    if (ct.ends_with("/xml") || ct.ends_with("+xml")) && xhtml_root(bytes) {
        return BodyKind::Html;
    }
    if ct.starts_with("text/")
        || ct.ends_with("+xml")
        || ct.ends_with("/xml")
        || ct.ends_with("json")
    {
        return BodyKind::Text;
    }
    if ct.is_empty() || ct == "application/octet-stream" {
        if looks_like_html(bytes) {
            return BodyKind::Html;
        }
        if !bytes.contains(&0) && ct.is_empty() {
            return BodyKind::Text;
        }
    }
    BodyKind::Other
}

/// Whether a body starts as an HTML document does (`<!DOCTYPE html`, `<html`, a `<head`
/// in its first 512 bytes).
fn looks_like_html(bytes: &[u8]) -> bool {
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    let start = start.trim_start();
    start.starts_with("<!doctype html") || start.starts_with("<html") || start.contains("<head")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_data_sent_as_text_is_told_from_text() {
        // Bytes of every value, as random data or an image has them, decoded as a page.
        let junk: Vec<u8> = (0..4096u32)
            .map(|i| u8::try_from(i.wrapping_mul(2_654_435_761) >> 24).unwrap_or(0))
            .collect();
        assert!(is_binary_text(&decode_text(&junk, Some("text/html"))));
        assert!(is_binary_text(&decode_text(
            &junk,
            Some("text/html; charset=utf-8")
        )));
        assert!(is_binary_text(&"\0".repeat(300)));
        // Text with a stray control character or two, tabs and form feeds is text.
        assert!(!is_binary_text("<p>caf\u{e9}\tau lait</p>\u{c}\r\n"));
        assert!(!is_binary_text(&format!(
            "{}\u{1}{}",
            "word ".repeat(40),
            "more ".repeat(40)
        )));
        assert!(!is_binary_text("\u{1}"));
        assert!(!is_binary_text(""));
    }

    /// A Russian page in windows-1251 behind a server's default `charset=utf-8` is read in
    /// the encoding its bytes show, not as Latin-1 (thirty-ninth session: its quotes were
    /// `not_found`); a Latin-1 page so labelled stays Latin-1.
    #[test]
    fn a_legacy_page_labelled_utf8_is_read_in_the_encoding_its_bytes_show() {
        let ru = "<html><body><p>Правительство заявило, что строительство порта будет \
                  завершено через три года, несмотря на задержки.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(ru);
        assert_eq!(decode_text(&bytes, Some("text/html; charset=utf-8")), ru);
        let fr = "<html><body><p>Le café était fermé pendant l'été, a déclaré le maire \
                  à la presse régionale.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(fr);
        assert_eq!(decode_text(&bytes, Some("text/html; charset=utf-8")), fr);
    }

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

    /// Thirty-seventh session: UTF-8 sent as `charset=iso-8859-1` read as labelled made a
    /// faithful quote `altered`, `Café` against the page's `CafÃ©`, `€` a "currency changed".
    #[test]
    fn a_utf8_body_behind_a_legacy_label_is_utf8() {
        let body = "<p>\u{201C}Caf\u{e9} owners on Rue \u{c9}mile pay \u{20ac}1,200\u{201D}</p>";
        for ct in [
            "text/html; charset=iso-8859-1",
            "text/html; charset=windows-1252",
            "text/html; charset=shift_jis",
        ] {
            assert_eq!(decode_text(body.as_bytes(), Some(ct)), body, "{ct}");
        }
        // A real Latin-1 body stays Latin-1, and so does plain ASCII.
        let latin = b"<p>Caf\xe9 owners on Rue \xc9mile</p>";
        assert_eq!(
            decode_text(latin, Some("text/html; charset=iso-8859-1")),
            "<p>Caf\u{e9} owners on Rue \u{c9}mile</p>"
        );
        assert_eq!(
            decode_text(b"<p>plain</p>", Some("text/html; charset=iso-8859-1")),
            "<p>plain</p>"
        );
    }

    #[test]
    fn json_bodies_are_read_as_their_string_values() {
        let body = r#"{"title": "M\u00e4rz", "n": 7, "list": ["a \"b\"\nc", "\ud83c\udfdb", null],
                      "html": "<p>One &amp; <em>two</em></p>", "empty": "  "}"#;
        assert_eq!(
            json_text(body).as_deref(),
            Some("März\na \"b\"\nc\n\u{1F3DB}\nOne & two")
        );
        // Document order, not key order.
        assert_eq!(
            json_text(r#"{"z": "first", "a": "second"}"#).as_deref(),
            Some("first\nsecond")
        );
        // Cut at the size limit, or JSON Lines: read as far as it goes.
        assert_eq!(
            json_text("{\"a\": \"caf\\u00e9 ok\"}\n{\"b\": \"cut \\u00e").as_deref(),
            Some("café ok\ncut \u{fffd}")
        );
        // Lone surrogates are replaced, never a panic.
        assert_eq!(
            json_text(r#"["\ud800x", "\udc00", "\ud800"#).as_deref(),
            Some("\u{fffd}x\n\u{fffd}\n\u{fffd}")
        );
        // Not JSON, or JSON without text: the raw text is read.
        assert_eq!(json_text("plain words"), None);
        assert_eq!(json_text("[1, 2, true]"), None);
        assert_eq!(json_text("{ not json"), None);
        for junk in ["\"", "\"\\", "\"\\u", "\"\\u12", "{\"a\":", "[\"\\ud83c\\u"] {
            let _ = json_text(junk);
        }
        assert!(is_json(Some("application/json; charset=utf-8")));
        assert!(is_json(Some("application/ld+json")));
        assert!(is_json(Some("Text/JSON")));
        assert!(!is_json(Some("text/html")) && !is_json(None));
        assert_eq!(
            body_text(br#"{"t": "M\u00e4rz"}"#, Some("application/json"), "/"),
            "März"
        );
        assert_eq!(
            body_text(br#"{"t": "M\u00e4rz"}"#, Some("text/plain"), "/"),
            r#"{"t": "M\u00e4rz"}"#
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
        // Thirty-seventh session: a page sent as a PDF is read as a page ("no %PDF header"
        // before); a PDF is a PDF.
        let notice = b"<!DOCTYPE html><html><head><title>Withdrawn</title></head></html>";
        assert_eq!(body_kind(notice, Some("application/pdf")), BodyKind::Html);
        assert_eq!(
            body_kind(b"%PDF-1.4", Some("application/pdf")),
            BodyKind::Pdf
        );
        // XHTML served as XML is a page; a feed is text.
        let xhtml =
            b"<?xml version=\"1.0\"?>\n<!-- c --><!DOCTYPE html><html xmlns=\"x\"><p>a</p></html>";
        assert_eq!(body_kind(xhtml, Some("text/xml")), BodyKind::Html);
        assert_eq!(
            body_kind(b"<rss><channel/></rss>", Some("application/rss+xml")),
            BodyKind::Text
        );
    }

    #[test]
    fn xml_and_markdown_are_read_by_type_and_path() {
        let feed = b"<rss><item><description>&lt;p&gt;Quay &lt;em&gt;closed&lt;/em&gt;&lt;/p&gt;</description></item></rss>";
        for ct in [
            "application/rss+xml",
            "text/xml; charset=utf-8",
            "application/xml",
        ] {
            assert_eq!(body_text(feed, Some(ct), "/feed"), "Quay closed", "{ct}");
        }
        assert!(is_xml(None, "<?xml version=\"1.0\"?><a/>"));
        assert!(!is_xml(None, "<p>x</p>") && !is_xml(Some("application/xhtml+xml"), ""));
        let md = b"See [the quay](/quay/north) *now*.\n";
        assert_eq!(
            body_text(md, Some("text/markdown"), "/notes"),
            "See the quay now."
        );
        assert_eq!(
            body_text(md, Some("text/plain"), "/o/r/main/NOTES.MD"),
            "See the quay now."
        );
        assert_eq!(body_text(md, None, "/notes.markdown"), "See the quay now.");
        // Plain text elsewhere stays as written.
        for (ct, path) in [
            (Some("text/plain"), "/notes"),
            (Some("text/plain"), "/a.md/x"),
            (Some("text/html"), "/a.md"),
        ] {
            assert!(!is_markdown(ct, path), "{ct:?} {path}");
        }
        assert!(!is_markdown(Some("text/plain"), "/.md"));
    }
}
