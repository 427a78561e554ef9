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
        // Words hyphenated across line ends are left as they are: matching accepts either
        // joining there (`infor-⏎mation` = "information", `long-⏎term` = "long-term").
        Ok(Ok(Ok(pages))) => Ok(pages),
        Ok(Ok(Err(e))) => Err(format!("the PDF is unreadable: {e}")),
        Ok(Err(_)) => Err("the PDF is unreadable: the extractor failed on it".into()),
        Err(_) => Err(format!(
            "the PDF took longer than {} s to read; gave up",
            limit.as_secs()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(pdf_pages(b"not a pdf", PDF_TIME_LIMIT).is_err());
        assert!(pdf_pages(b"%PDF-1.4\n garbage garbage", PDF_TIME_LIMIT).is_err());
    }
}
