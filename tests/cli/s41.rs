//! The forty-first session: a live article's `--timeout` is one budget for the whole read.

use crate::support::Cli;

/// A raw loopback server whose every answer comes after `delay_ms`: `/a` redirects to
/// `/b`, `/b` to `/c`, and `/c` is the article. Returns the port.
fn slow_hops_server(delay_ms: u64) -> u16 {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(64) {
            let Ok(mut stream) = stream else { continue };
            let (path, _) = crate::s40::read_request(&stream, "host");
            std::thread::sleep(std::time::Duration::from_millis(delay_ms));
            let redirect = |to: &str| {
                format!(
                    "HTTP/1.1 302 Found\r\nlocation: {to}\r\ncontent-length: 0\r\n\
                     connection: close\r\n\r\n"
                )
            };
            let answer = match path.as_str() {
                "/a" => redirect("/b"),
                "/b" => redirect("/c"),
                _ => {
                    let body = "<html><body><main><h1>Tides</h1><p>The harbour master \
                                said “the spring tides reached the quay twice this \
                                month”.</p></main></body></html>";
                    format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: \
                         {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    )
                }
            };
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    port
}

/// Review, fortieth session: the article reader follows redirects itself, and each hop
/// had the whole `--timeout`, so a chain of slow hops took several times as long as asked
/// (eleven hops, eleven times; meta refreshes multiplied that again). The timeout is now
/// the whole read's: three hops of 700 ms each fail a one-second timeout (each alone is
/// within it) and pass a generous one.
#[test]
fn a_live_articles_timeout_covers_its_redirects_together() {
    let port = slow_hops_server(700);
    let start = format!("http://127.0.0.1:{port}/a");
    let out = Cli::new(&["extract", "--no-config", "--timeout", "1s", &start]).run();
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("no answer in time"), "{}", out.stderr);
    assert!(out.stderr.contains(&start), "{}", out.stderr);

    let out = Cli::new(&[
        "extract",
        "--no-config",
        "--timeout",
        "30s",
        "--format",
        "json",
        &start,
    ])
    .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let quotes = v["documents"][0]["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), 1, "{}", out.stdout);
}
