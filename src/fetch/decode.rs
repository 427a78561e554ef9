//! Turning a response body into UTF-8 text, in browser order: BOM, then the HTTP charset, then
//! `<meta charset>`, then detection.

/// Decodes a body to text (placeholder: UTF-8, lossily).
#[must_use]
pub fn decode_text(bytes: &[u8], _content_type: Option<&str>) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
