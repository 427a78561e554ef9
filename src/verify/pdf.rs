//! PDF → text, page by page, without ever bringing the run down.
//!
//! `pdf-extract` can panic or loop on hostile files, so extraction runs on its own thread
//! under `catch_unwind`, and the caller waits at most [`PDF_TIME_LIMIT`]. A thread that
//! overruns cannot be killed from safe Rust; it is left to finish on its own while the quote
//! is reported unverifiable, which is the honest outcome. (The default panic hook may still
//! print the panic message to stderr; replacing a process-wide hook is not a library's call.)

use std::sync::mpsc;
use std::time::Duration;

/// The longest a PDF may take to read.
pub const PDF_TIME_LIMIT: Duration = Duration::from_secs(20);

/// Text of each page, in order.
///
/// # Errors
/// A broken PDF, a panic inside the extractor, or a timeout, as a reason for a person.
pub fn pdf_pages(bytes: &[u8], limit: Duration) -> Result<Vec<String>, String> {
    if !bytes.starts_with(b"%PDF")
        && !bytes
            .get(..1024)
            .is_some_and(|h| h.windows(4).any(|w| w == b"%PDF"))
    {
        return Err("the PDF is unreadable: no %PDF header".into());
    }
    let owned = bytes.to_vec();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("citecheck-pdf".into())
        .spawn(move || {
            let r =
                std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem_by_pages(&owned));
            // The receiver may have given up; nothing to do then.
            let _ = tx.send(r);
        });
    if let Err(e) = spawned {
        return Err(format!("the PDF could not be read: {e}"));
    }
    match rx.recv_timeout(limit) {
        Ok(Ok(Ok(pages))) => Ok(pages.into_iter().map(|p| join_hyphenated(&p)).collect()),
        Ok(Ok(Err(e))) => Err(format!("the PDF is unreadable: {e}")),
        Ok(Err(_)) => Err("the PDF is unreadable: the extractor failed on it".into()),
        Err(_) => Err(format!(
            "the PDF took longer than {} s to read; gave up",
            limit.as_secs()
        )),
    }
}

/// Joins words hyphenated across line ends (`infor-\nmation` → `information`) when the next
/// line starts with a lower-case letter; other line ends become spaces' business later.
#[must_use]
pub fn join_hyphenated(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("-\n") {
        let (head, tail) = rest.split_at(i);
        let after = tail[2..].trim_start_matches([' ', '\t', '\r']);
        let prev_letter = head.chars().next_back().is_some_and(char::is_alphabetic);
        if prev_letter && after.chars().next().is_some_and(char::is_lowercase) {
            out.push_str(head);
            rest = after;
        } else {
            out.push_str(head);
            out.push_str("-\n");
            rest = &tail[2..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenation() {
        let cases = [
            ("infor-\nmation", "information"),
            ("infor-\n  mation", "information"),
            ("1990-\n2000", "1990-\n2000"),
            ("Anglo-\nSaxon", "Anglo-\nSaxon"),
            ("plain", "plain"),
        ];
        for (a, b) in cases {
            assert_eq!(join_hyphenated(a), b, "{a:?}");
        }
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(pdf_pages(b"not a pdf", PDF_TIME_LIMIT).is_err());
        assert!(pdf_pages(b"%PDF-1.4\n garbage garbage", PDF_TIME_LIMIT).is_err());
    }
}
