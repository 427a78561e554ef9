//! The end-to-end benchmark's server: serves N pages spread over many loopback hosts
//! (127.0.0.1, 127.0.0.2, …, one port each), each answering after an injected latency, and
//! writes a Markdown file linking every page. Runs until killed.
//!
//! ```text
//! cargo run --release --example loopback_server -- \
//!     --urls 10000 --hosts 20 --latency-ms 20 --out /tmp/bench.md
//! ```
//!
//! It prints `ready` on stdout once every host listens and the file is written.

#![allow(clippy::print_stdout, clippy::print_stderr)] // a command-line tool: output is its job

use std::io::Write;
use std::time::Duration;

use citecheck::server::{Response, Server};

fn main() {
    let mut urls = 10_000usize;
    let mut hosts = 20usize;
    let mut latency_ms = 20u64;
    let mut out = String::from("bench.md");
    let mut workers = 2usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_default();
        match a.as_str() {
            "--urls" => urls = val().parse().unwrap_or(urls),
            "--hosts" => hosts = val().parse().unwrap_or(hosts).clamp(1, 250),
            "--latency-ms" => latency_ms = val().parse().unwrap_or(latency_ms),
            "--workers" => workers = val().parse().unwrap_or(workers),
            "--out" => out = val(),
            other => {
                eprintln!("unknown argument {other}; use --urls N --hosts N --latency-ms N --workers N --out FILE");
                std::process::exit(2);
            }
        }
    }
    // A small but realistic page: a title, a heading, a paragraph, about 1 KiB.
    let page = format!(
        "<!doctype html><html><head><title>Benchmark page</title></head><body><h1>Benchmark page</h1><p>{}</p></body></html>",
        "Lorem ipsum dolor sit amet. ".repeat(30)
    );
    let mut servers = Vec::new();
    for h in 0..hosts {
        let addr = format!("127.0.0.{}:0", h + 1);
        let server = Server::builder()
            .fallback(Response::html(page.clone()).delay(Duration::from_millis(latency_ms)))
            .workers(workers)
            .bind(&addr)
            .unwrap_or_else(|e| {
                eprintln!("cannot start a server on {addr}: {e}");
                std::process::exit(1);
            });
        servers.push(server);
    }
    let mut md = String::from("# Benchmark article\n\n");
    for i in 0..urls {
        let s = &servers[i % servers.len()];
        md.push_str(&format!("- [Source {i}]({}/page/{i})\n", s.base_url()));
    }
    if let Err(e) = std::fs::write(&out, md) {
        eprintln!("cannot write {out}: {e}");
        std::process::exit(1);
    }
    println!("ready");
    let _ = std::io::stdout().flush();
    loop {
        std::thread::sleep(Duration::from_secs(3600));
    }
}
