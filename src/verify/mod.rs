//! Verification: does each quote appear on the page it cites? Synchronous and pure.
