//! Verification: does each quote appear on the page it cites? Synchronous and pure.

pub mod matcher;
pub mod normalize;
pub mod pdf;
pub mod quote_parse;
pub mod visible_text;
