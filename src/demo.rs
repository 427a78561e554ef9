//! `citecheck demo`: a bundled article and its bundled sources, served on loopback.
//!
//! This module owns the demo's content and its server. The article cites pages on made-up
//! hosts (`*.riverton.example`); `--remap` rules send those to a [`crate::server`] bound to
//! 127.0.0.1, so the demo runs offline yet exercises the real fetcher: a verified quote, a
//! misquote with a changed number, a partial quote, a redirect, a dead link and a blocked
//! source.

use crate::error::Result;
use crate::model::{DocKind, Document, InputSource};
use crate::server::{Response, RunningServer, Server};

/// The bundled article (Markdown).
pub const ARTICLE: &str = include_str!("../fixtures/demo/article.md");
/// The name the article is reported under.
pub const ARTICLE_NAME: &str = "demo/riverton-bike-lanes.md";

const REPORT_PAGE: &str = include_str!("../fixtures/demo/pages/cycling-2025.html");
const SURVEY_PAGE: &str = include_str!("../fixtures/demo/pages/survey-2024.html");
const NOT_FOUND_PAGE: &str = "<!DOCTYPE html><title>Page not found</title><h1>Page not found</h1>";
const LOGIN_PAGE: &str =
    "<!DOCTYPE html><title>Members only</title><h1>Please sign in</h1><p>This paper is for members.</p>";

/// Starts the demo's source server on 127.0.0.1 (a free port).
///
/// # Errors
/// The loopback address cannot be bound.
pub fn start_server() -> Result<RunningServer> {
    Server::builder()
        .route(
            "/transport/reports/cycling-2025.html",
            Response::html(REPORT_PAGE),
        )
        .route(
            "/transport/survey-2024",
            Response::redirect(301, "/transport/news/survey-2024"),
        )
        .route("/transport/news/survey-2024", Response::html(SURVEY_PAGE))
        .route(
            "/transport/consultation/kerbs.pdf",
            Response::html(NOT_FOUND_PAGE).with_status(404),
        )
        .route(
            "/freight/members/position-paper",
            Response::html(LOGIN_PAGE).with_status(403),
        )
        .fallback(Response::html(NOT_FOUND_PAGE).with_status(404))
        .bind("127.0.0.1:0")
}

/// The `--remap` rules that send the article's hosts to the demo server.
#[must_use]
pub fn remaps(server: &RunningServer) -> Vec<String> {
    let base = server.base_url();
    vec![
        format!(r"^https://transport\.riverton\.example/ {base}/transport/"),
        format!(r"^https://freight\.riverton\.example/ {base}/freight/"),
    ]
}

/// The bundled article as a document.
#[must_use]
pub fn document() -> Document {
    Document {
        source: InputSource::Path(ARTICLE_NAME.into()),
        kind: DocKind::Markdown,
        text: ARTICLE.to_string(),
        base_url: None,
        warnings: Vec::new(),
        bibliographies: Vec::new(),
    }
}
