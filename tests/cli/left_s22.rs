//! Leftovers of the twenty-second session's docs review: the cache's max age to the
//! millisecond, config errors naming the key and file, the Markdown verdict mark of a short
//! quote, and `extract`'s exit status on a truncated input.

use citecheck::server::{Response, Server};

use crate::support::{json, write, Cli};

/// Regression: cache entries were dated in whole seconds, so `--max-cache-age 100ms` (0 s)
/// or `0` reused a result checked earlier in the same second. An entry half a second old is
/// stale for a max age of 100 ms, and `0` reuses nothing.
#[test]
fn max_cache_age_is_exact_to_the_millisecond() {
    let server = Server::builder()
        .route(
            "/page",
            Response::html("<html><body><p>Hi.</p></body></html>"),
        )
        .bind("127.0.0.1:0")
        .expect("bind loopback");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", format!("A [link]({}).\n", server.url("/page")));
    let run = |max_age: &str| {
        let out = Cli::in_dir(
            d,
            &[
                "check",
                "a.md",
                "--no-config",
                "--cache",
                "--cache-path",
                "cache.json",
                "--format",
                "json",
                "--max-retries",
                "0",
                "--max-cache-age",
                max_age,
            ],
        )
        .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        json(&out)["links"][0]["cached"].as_bool().unwrap_or(false)
    };
    assert!(!run("1d"));
    assert_eq!(server.hits("/page"), 1);
    // However soon after: a max age of 0 reuses nothing.
    assert!(!run("0"));
    assert_eq!(server.hits("/page"), 2);
    // Date the entry half a second back (as this build writes it: seconds and milliseconds).
    let path = d.join("cache.json");
    let mut cache: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("cache written")).expect("JSON");
    let now_ms = u64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_millis(),
    )
    .expect("u64");
    let at = now_ms - 500;
    for e in cache["entries"]
        .as_object_mut()
        .expect("entries")
        .values_mut()
    {
        e["checked_at"] = (at / 1000).into();
        e["checked_at_ms"] = at.into();
    }
    std::fs::write(&path, serde_json::to_vec(&cache).expect("JSON")).expect("write cache");
    assert!(!run("100ms"), "half a second old is stale for 100ms");
    assert_eq!(server.hits("/page"), 3);
    assert!(run("1h"), "and fresh for an hour");
    assert_eq!(server.hits("/page"), 3);
}
