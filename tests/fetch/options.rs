use citecheck::config::Config;
use citecheck::fetch::{FetchOptions, Fetcher, NoProgress};
use citecheck::model::{FragmentStatus, LinkStatus};
use citecheck::server::{Response, Server};

use crate::support::{check, check_with, expect, opts, req};

#[tokio::test]
async fn local_files_are_checked_on_disk_with_fragments() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("guide.md"),
        "# Guide\n\n## Getting Started\n\nText.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("page.html"), "<h1 id=\"top-story\">Hi</h1>").unwrap();
    let base = url::Url::from_directory_path(dir.path()).unwrap();
    let u = |p: &str| base.join(p).unwrap().to_string();
    expect(
        &check(&u("guide.md")).await,
        LinkStatus::Ok,
        "file exists",
        0,
    );
    let found = check(&u("guide.md#getting-started")).await;
    assert_eq!(
        found.result.fragment,
        Some(FragmentStatus::Found),
        "{}",
        found.result.detail
    );
    let missing = check(&u("guide.md#installation")).await;
    expect(
        &missing,
        LinkStatus::Ok,
        "anchor #installation is missing",
        0,
    );
    assert_eq!(missing.result.fragment, Some(FragmentStatus::Missing));
    assert_eq!(
        check(&u("page.html#top-story")).await.result.fragment,
        Some(FragmentStatus::Found)
    );
    expect(
        &check(&u("nothing-here.md")).await,
        LinkStatus::Dead,
        "no such file",
        0,
    );
}

#[tokio::test]
async fn exclude_private_refuses_loopback_literals_and_names() {
    let s = Server::builder()
        .route("/x", Response::html("hi"))
        .bind("127.0.0.1:0")
        .unwrap();
    let o = FetchOptions {
        exclude_private: true,
        ..opts()
    };
    expect(
        &check_with(o.clone(), &s.url("/x"), false).await,
        LinkStatus::Excluded,
        "127.0.0.1 is a private address",
        0,
    );
    // A name is checked on the address it resolves to.
    let by_name = format!("http://localhost:{}/x", s.addr.port());
    expect(
        &check_with(o, &by_name, false).await,
        LinkStatus::Excluded,
        "private address (--exclude-private)",
        0,
    );
    assert_eq!(s.hits("/x"), 0, "nothing was sent");
}

/// Regression: a redirect from a remapped server showed the loopback URL as the one to "use
/// instead"; prefix remaps are undone on the chain, so the author sees their own host.
#[tokio::test]
async fn remapped_redirects_are_reported_on_the_original_host() {
    let s = Server::builder()
        .route("/old", Response::redirect(301, "/new"))
        .route("/new", Response::html("<title>New</title>"))
        .bind("127.0.0.1:0")
        .unwrap();
    let cfg = Config {
        remap: Some(vec![format!(
            "^https://docs\\.example\\.org/ {}/",
            s.base_url()
        )]),
        ..Config::default()
    };
    let o = FetchOptions {
        remap: FetchOptions::from_config(&cfg).unwrap().remap,
        ..opts()
    };
    let f = check_with(o, "https://docs.example.org/old", false).await;
    expect(&f, LinkStatus::Redirected, "by --remap", 0);
    assert_eq!(
        f.result.use_instead.as_deref(),
        Some("https://docs.example.org/new")
    );
    assert_eq!(
        f.result.final_url.as_deref(),
        Some("https://docs.example.org/new")
    );
    assert_eq!(f.result.redirects[0].url, "https://docs.example.org/old");
    // Only the note says where the request really went.
    let (detail, note) = f.result.detail.split_once(" (checked as").unwrap();
    assert!(detail.contains("https://docs.example.org/new"), "{detail}");
    assert!(!detail.contains("127.0.0.1"), "{detail}");
    assert!(note.contains("127.0.0.1"), "{note}");
}

#[tokio::test]
async fn remap_sends_a_public_url_to_the_loopback_server() {
    let s = Server::builder()
        .route("/api/v2", Response::html("<title>API</title>"))
        .bind("127.0.0.1:0")
        .unwrap();
    let cfg = Config {
        remap: Some(vec![format!(
            "^https://docs\\.example\\.org/ {}/",
            s.base_url()
        )]),
        exclude: Some(vec!["^https://skip\\.example\\.org/".into()]),
        ..Config::default()
    };
    let base = FetchOptions::from_config(&cfg).unwrap();
    let o = FetchOptions {
        remap: base.remap,
        exclude: base.exclude,
        ..opts()
    };
    let f = check_with(o.clone(), "https://docs.example.org/api/v2", false).await;
    expect(&f, LinkStatus::Ok, "by --remap", 0);
    assert_eq!(f.result.url, "https://docs.example.org/api/v2");
    assert_eq!(s.hits("/api/v2"), 1);
    expect(
        &check_with(o, "https://skip.example.org/a", false).await,
        LinkStatus::Excluded,
        "matches --exclude",
        0,
    );
}

#[tokio::test]
async fn unsupported_and_invalid() {
    let fetcher = Fetcher::new(opts()).unwrap();
    let out = fetcher
        .check_all(
            vec![
                req("ftp://files.example.org/a.txt", false),
                req("tel:+15551234", false),
                req("not a url", false),
            ],
            &NoProgress,
        )
        .await;
    expect(
        &out[0],
        LinkStatus::Unsupported,
        "`ftp:` links are not checked",
        0,
    );
    expect(&out[1], LinkStatus::Unsupported, "`tel:`", 0);
    expect(&out[2], LinkStatus::Invalid, "not a valid URL", 0);
}
