//! One integration-test binary (faster to link than one per file).
//!
//! - `extract`: fixture articles pinned by snapshots and explicit assertions, plus the real
//!   binary on bad inputs (unreadable, binary, invalid UTF-8, empty, deeply nested, huge).
//! - `proptest_extract`: extraction never panics and every position is inside the input.

mod extract;
mod html_pages;
mod proptest_extract;
mod support;
