//! Fetching: unique [`SourceRequest`]s in, [`LinkResult`]s (and [`Page`]s where the body is
//! needed) out. The only async stage.

pub mod decode;

use crate::model::{LinkResult, Page, SourceRequest};

/// One checked source: its result, and its page when the body was read.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The classification and evidence.
    pub result: LinkResult,
    /// The page, when the body was needed and could be read.
    pub page: Option<Page>,
}

/// Options for fetching (placeholder until the fetch stage lands).
#[derive(Debug, Clone, Default)]
pub struct FetchOptions {}

/// Checks every request concurrently.
pub async fn check_all(_requests: Vec<SourceRequest>, _opts: &FetchOptions) -> Vec<Fetched> {
    Vec::new()
}
