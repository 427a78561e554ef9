//! [`FetchOptions`]: every fetch setting, validated, with the defaults applied.
//!
//! This module owns turning the strings of a [`Config`] (durations, sizes, regexes, header
//! lines, status ranges) into typed values, and naming the option when one is wrong. It does
//! not build the client ([`super::client`] does).

use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::path::PathBuf;
use std::time::Duration;

use regex::Regex;
use reqwest::header::{HeaderName, HeaderValue};

use crate::config::{self, Config};
use crate::error::{Error, Result};

/// Default base of the exponential retry backoff (the first retry waits about this long).
pub const DEFAULT_RETRY_BACKOFF: Duration = Duration::from_millis(500);

/// Default number of body bytes read when nothing needs the body, to recognise not-found and
/// bot-challenge pages served with 200. Titles sit near the top; 64 KiB covers heavy `<head>`s.
pub const DEFAULT_SNIFF_BYTES: u64 = 64 * 1024;

/// An extra request header, for every host or one host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderRule {
    /// `None` for every host; otherwise the host (and its subdomains) it is sent to.
    pub host: Option<String>,
    /// Header name.
    pub name: HeaderName,
    /// Header value.
    pub value: HeaderValue,
}

/// Per-host limits overriding the global ones (`[hosts."example.org"]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HostLimits {
    /// Requests in flight at once to this host.
    pub concurrency: Option<usize>,
    /// Minimum time between two requests to this host.
    pub interval: Option<Duration>,
}

/// Every fetch setting, validated. Build with [`FetchOptions::from_config`] or start from
/// [`FetchOptions::default`] (the documented defaults) and change fields.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Requests in flight at once, all hosts together.
    pub max_concurrency: usize,
    /// Requests in flight at once to one host.
    pub host_concurrency: usize,
    /// Minimum time between two requests to one host.
    pub host_interval: Option<Duration>,
    /// Per-host overrides, keyed by host name (a key also matches its subdomains).
    pub hosts: BTreeMap<String, HostLimits>,
    /// Total time for one request (connect, headers and body).
    pub timeout: Duration,
    /// Time to establish a connection.
    pub connect_timeout: Duration,
    /// Retries for retryable failures (timeouts are retried at most once).
    pub max_retries: u32,
    /// Longest `Retry-After` honoured; a longer one makes the link `blocked`.
    pub max_retry_wait: Duration,
    /// Base of the exponential backoff between retries.
    pub retry_backoff: Duration,
    /// Redirects followed at most.
    pub max_redirects: usize,
    /// Body bytes read at most, after decompression.
    pub max_body: u64,
    /// Body bytes read when nothing needs the body (for soft-404 and challenge detection).
    pub sniff_bytes: u64,
    /// `User-Agent` header.
    pub user_agent: String,
    /// Extra headers.
    pub headers: Vec<HeaderRule>,
    /// Statuses that count as success besides 200–299 (`--accept 403` adds 403).
    pub accept: Vec<RangeInclusive<u16>>,
    /// URLs matching one of these are `excluded`...
    pub exclude: Vec<Regex>,
    /// ...as are URLs matching a rule of `.citecheckignore`, each with where it is written
    /// (`line 3 of .citecheckignore`; kept apart so that the report names the file and the
    /// rule's line, not `--exclude`)...
    pub ignore: Vec<(Regex, String)>,
    /// ...unless they match one of these (include wins, as in lychee).
    pub include: Vec<Regex>,
    /// Refuse private, loopback and link-local addresses (checked on the resolved IP).
    pub exclude_private: bool,
    /// `(regex, replacement)` rewrites applied in order before fetching.
    pub remap: Vec<(Regex, String)>,
    /// Cache file, when `--cache` is on.
    pub cache: Option<PathBuf>,
    /// How long a cached result stays fresh.
    pub max_cache_age: Duration,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            max_concurrency: config::DEFAULT_MAX_CONCURRENCY,
            host_concurrency: config::DEFAULT_HOST_CONCURRENCY,
            host_interval: None,
            hosts: BTreeMap::new(),
            timeout: config::DEFAULT_TIMEOUT,
            connect_timeout: config::DEFAULT_CONNECT_TIMEOUT,
            max_retries: config::DEFAULT_MAX_RETRIES,
            max_retry_wait: config::DEFAULT_MAX_RETRY_WAIT,
            retry_backoff: DEFAULT_RETRY_BACKOFF,
            max_redirects: config::DEFAULT_MAX_REDIRECTS,
            max_body: config::DEFAULT_MAX_BODY,
            sniff_bytes: DEFAULT_SNIFF_BYTES,
            user_agent: config::DEFAULT_USER_AGENT.to_string(),
            headers: Vec::new(),
            accept: Vec::new(),
            exclude: Vec::new(),
            ignore: Vec::new(),
            include: Vec::new(),
            exclude_private: false,
            remap: Vec::new(),
            cache: None,
            max_cache_age: config::DEFAULT_MAX_CACHE_AGE,
        }
    }
}

fn opt_err(option: &str, message: impl Into<String>) -> Error {
    Error::Option {
        option: option.to_string(),
        message: message.into(),
    }
}

fn duration(option: &str, v: Option<&str>) -> Result<Option<Duration>> {
    v.map(|s| config::parse_duration(s).map_err(|m| opt_err(option, m)))
        .transpose()
}

fn regexes(option: &str, v: Option<&Vec<String>>) -> Result<Vec<Regex>> {
    v.into_iter()
        .flatten()
        .map(|s| {
            Regex::new(s).map_err(|e| {
                opt_err(
                    option,
                    format!("`{s}`: {}", crate::error::regex_message(&e)),
                )
            })
        })
        .collect()
}

impl FetchOptions {
    /// Validates a merged configuration and applies the defaults.
    ///
    /// # Errors
    /// [`Error::Option`] naming the option, for a bad duration, size, regex, header, status
    /// range or remap rule, a zero concurrency, or a header value naming an unset variable.
    pub fn from_config(cfg: &Config) -> Result<FetchOptions> {
        let d = FetchOptions::default();
        let positive = |option: &str, v: Option<usize>, default: usize| match v {
            Some(0) => Err(opt_err(option, "must be at least 1")),
            Some(n) => Ok(n),
            None => Ok(default),
        };
        let timeout = duration("--timeout", cfg.timeout.as_deref())?.unwrap_or(d.timeout);
        if timeout.is_zero() {
            return Err(opt_err("--timeout", "must be more than 0"));
        }
        let (headers, hosts) = headers_and_hosts(cfg)?;
        let mut accept = Vec::new();
        for s in cfg.accept.iter().flatten() {
            for part in s.split(',').filter(|p| !p.trim().is_empty()) {
                accept.push(parse_status_range(part).map_err(|m| opt_err("--accept", m))?);
            }
        }
        let mut remap = Vec::new();
        for rule in cfg.remap.iter().flatten() {
            let (re, rep) = rule.trim().split_once(char::is_whitespace).ok_or_else(|| {
                opt_err("--remap", format!("`{rule}`: write 'REGEX REPLACEMENT'"))
            })?;
            let re = Regex::new(re).map_err(|e| {
                opt_err(
                    "--remap",
                    format!("`{re}`: {}", crate::error::regex_message(&e)),
                )
            })?;
            let rep = rep.trim();
            if rep.contains(char::is_whitespace) {
                return Err(opt_err(
                    "--remap",
                    format!(
                        "`{rule}`: write 'REGEX REPLACEMENT', one space between and none in either"
                    ),
                ));
            }
            if let Some(m) = missing_group(&re, rep) {
                return Err(opt_err("--remap", format!("`{rule}`: {m}")));
            }
            remap.push((re, rep.to_string()));
        }
        let max_body = cfg
            .max_body
            .as_deref()
            .map(|s| config::parse_size(s).map_err(|m| opt_err("--max-body", m)))
            .transpose()?
            .unwrap_or(d.max_body);
        if max_body == 0 {
            return Err(opt_err("--max-body", "must be more than 0"));
        }
        let user_agent = cfg.user_agent.clone().unwrap_or(d.user_agent);
        HeaderValue::from_str(&user_agent).map_err(|_| {
            opt_err(
                "--user-agent",
                "contains characters not allowed in a header",
            )
        })?;
        Ok(FetchOptions {
            max_concurrency: positive("--max-concurrency", cfg.max_concurrency, d.max_concurrency)?,
            host_concurrency: positive(
                "--host-concurrency",
                cfg.host_concurrency,
                d.host_concurrency,
            )?,
            host_interval: duration("--host-interval", cfg.host_interval.as_deref())?,
            hosts,
            timeout,
            connect_timeout: d.connect_timeout.min(timeout),
            max_retries: match cfg.max_retries {
                Some(n) if n > MAX_RETRIES => {
                    return Err(opt_err(
                        "--max-retries",
                        format!(
                            "{n} is more than {MAX_RETRIES}: a failing link must not hold the run"
                        ),
                    ))
                }
                n => n.unwrap_or(d.max_retries),
            },
            max_retry_wait: duration("--max-retry-wait", cfg.max_retry_wait.as_deref())?
                .unwrap_or(d.max_retry_wait),
            retry_backoff: d.retry_backoff,
            max_redirects: cfg.max_redirects.unwrap_or(d.max_redirects),
            max_body,
            sniff_bytes: d.sniff_bytes.min(max_body),
            user_agent,
            headers,
            accept,
            exclude: regexes("--exclude", cfg.exclude.as_ref())?,
            ignore: Vec::new(),
            include: regexes("--include", cfg.include.as_ref())?,
            exclude_private: cfg.exclude_private.unwrap_or(false),
            remap,
            cache: cfg.cache.unwrap_or(false).then(|| {
                PathBuf::from(
                    cfg.cache_path
                        .clone()
                        .unwrap_or_else(|| config::DEFAULT_CACHE_PATH.to_string()),
                )
            }),
            max_cache_age: duration("--max-cache-age", cfg.max_cache_age.as_deref())?
                .unwrap_or(d.max_cache_age),
        })
    }

    /// Whether a final status counts as success: any 2xx, and what `--accept` adds.
    #[must_use]
    pub fn accepts(&self, status: u16) -> bool {
        (200..=299).contains(&status) || self.accept.iter().any(|r| r.contains(&status))
    }

    /// A fingerprint of the settings that decide a link's result besides its URL: accepted
    /// statuses, rewrites, headers, user agent, redirect limit, private addresses. The cache
    /// keeps a result under it, so a result is only reused under the settings that produced
    /// it (a 404 taken as ok under `--accept 400..=499` is no ok for a run without it).
    /// Stable across runs and builds (64-bit FNV-1a); header values go in only hashed.
    #[must_use]
    pub fn result_fingerprint(&self) -> u64 {
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        for r in &self.accept {
            h.part(format!("accept {}..={}", r.start(), r.end()).as_bytes());
        }
        for (re, rep) in &self.remap {
            h.part(b"remap");
            h.part(re.as_str().as_bytes());
            h.part(rep.as_bytes());
        }
        for rule in &self.headers {
            h.part(b"header");
            h.part(rule.host.as_deref().unwrap_or("*").as_bytes());
            h.part(rule.name.as_str().as_bytes());
            h.part(rule.value.as_bytes());
        }
        h.part(b"user-agent");
        h.part(self.user_agent.as_bytes());
        h.part(format!("max-redirects {}", self.max_redirects).as_bytes());
        h.part(format!("exclude-private {}", self.exclude_private).as_bytes());
        h.0
    }

    /// Limits for `host` (its `authority`, `host:port`, then its exact name, then the nearest
    /// parent domain with settings).
    #[must_use]
    pub fn host_limits(&self, authority: &str, host: &str) -> (usize, Option<Duration>) {
        let o = self
            .hosts
            .get(authority)
            .or_else(|| host_lookup(&self.hosts, host));
        (
            o.and_then(|h| h.concurrency)
                .unwrap_or(self.host_concurrency),
            o.and_then(|h| h.interval).or(self.host_interval),
        )
    }
}

/// The most retries `--max-retries` may ask for: with waits of at most
/// [`super::retry::MAX_BACKOFF`], a link that keeps failing is given up within two minutes.
pub const MAX_RETRIES: u32 = 10;

/// The header rules (`--header`, and the `[hosts]` tables' headers) with the per-host
/// limits.
fn headers_and_hosts(cfg: &Config) -> Result<(Vec<HeaderRule>, BTreeMap<String, HostLimits>)> {
    let mut headers = Vec::new();
    for line in cfg.header.iter().flatten() {
        headers.push(parse_header_rule(line)?);
    }
    let hosts = host_settings(cfg, &mut headers).map_err(|e| match (e, &cfg.source) {
        // `[hosts]` is only ever written in a file: name it.
        (Error::Option { option, message }, Some(path)) => Error::Config {
            path: path.clone(),
            message: format!("`{option}`: {message}"),
        },
        (e, _) => e,
    })?;
    Ok((headers, hosts))
}

/// The header rules a configuration gives (`--header`, the `[hosts]` tables' headers):
/// what a live article is fetched with, by `extract` as by `check`.
///
/// # Errors
/// As [`FetchOptions::from_config`] for a bad header or host table.
pub fn header_rules(cfg: &Config) -> Result<Vec<HeaderRule>> {
    headers_and_hosts(cfg).map(|(h, _)| h)
}

/// The `[hosts]` tables: per-host limits, and their headers added to `headers`.
fn host_settings(
    cfg: &Config,
    headers: &mut Vec<HeaderRule>,
) -> Result<BTreeMap<String, HostLimits>> {
    let mut hosts = BTreeMap::new();
    for (spec, hc) in &cfg.hosts {
        let option = format!("hosts.\"{spec}\"");
        // `https://x.org/` is `x.org`; a table that could never match is an error, not a
        // setting that silently does nothing.
        let host = host_key(spec).ok_or_else(|| opt_err(&option, "not a host name"))?;
        if hc.concurrency == Some(0) {
            return Err(opt_err(
                &format!("{option}.concurrency"),
                "must be at least 1",
            ));
        }
        let interval = duration(&format!("{option}.interval"), hc.interval.as_deref())?;
        for (name, value) in &hc.headers {
            let opt = format!("{option}.headers");
            headers.push(HeaderRule {
                host: Some(host.to_ascii_lowercase()),
                name: HeaderName::from_bytes(name.as_bytes())
                    .map_err(|e| opt_err(&opt, format!("`{name}`: {e}")))?,
                value: header_value(&opt, value)?,
            });
        }
        hosts.insert(
            host.to_ascii_lowercase(),
            HostLimits {
                concurrency: hc.concurrency,
                interval,
            },
        );
    }
    Ok(hosts)
}

/// 64-bit FNV-1a, each part followed by a NUL byte (so `("ab", "c")` and `("a", "bc")`
/// differ).
struct Fnv(u64);

impl Fnv {
    fn part(&mut self, bytes: &[u8]) {
        for &b in bytes.iter().chain(&[0]) {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Finds the settings for `host`, trying `a.b.c`, then `b.c`, then `c`; a key with a port
/// (`host:8080`) matches the authority exactly.
fn host_lookup<'a, T>(map: &'a BTreeMap<String, T>, host: &str) -> Option<&'a T> {
    if map.is_empty() {
        return None;
    }
    let mut h = host;
    loop {
        if let Some(v) = map.get(h) {
            return Some(v);
        }
        h = h.split_once('.')?.1;
    }
}

/// Whether a header rule is for `url`'s host (a rule for every host is).
#[must_use]
pub fn rule_applies(rule: &HeaderRule, url: &url::Url) -> bool {
    let host = url.host_str().unwrap_or("").to_ascii_lowercase();
    let authority = format!("{host}:{}", url.port_or_known_default().unwrap_or(0));
    rule.host
        .as_deref()
        .is_none_or(|h| host_matches(h, &host, &authority))
}

/// Whether a header rule's host applies to `host` (`authority` is `host:port`).
#[must_use]
pub fn host_matches(rule_host: &str, host: &str, authority: &str) -> bool {
    rule_host == authority
        || rule_host == host
        || host
            .strip_suffix(rule_host)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// What is wrong with a replacement's references to the pattern's groups, if anything: a
/// `$name` or `${name}` the pattern has no group for. The regex crate reads the longest
/// name after `$` (`$1_x` is the group `1_x`, not group 1 then `_x`), and a missing group
/// is replaced by nothing: the URL checked was silently another.
fn missing_group(re: &Regex, rep: &str) -> Option<String> {
    let names: Vec<&str> = re.capture_names().flatten().collect();
    let groups = re.captures_len();
    let b = rep.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'$' {
            i += 1;
            continue;
        }
        if b.get(i + 1) == Some(&b'$') {
            i += 2;
            continue;
        }
        let (name, braced, end) = if b.get(i + 1) == Some(&b'{') {
            match rep[i + 2..].find('}') {
                Some(k) => (&rep[i + 2..i + 2 + k], true, i + 3 + k),
                None => return Some(format!("`{}` is not closed with `}}`", &rep[i..])),
            }
        } else {
            let n = rep[i + 1..]
                .bytes()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
                .count();
            (&rep[i + 1..i + 1 + n], false, i + 1 + n)
        };
        let known = match name.parse::<usize>() {
            Ok(n) => n < groups,
            Err(_) => names.contains(&name),
        };
        if !name.is_empty() && !known {
            let digits = name.bytes().take_while(u8::is_ascii_digit).count();
            let hint = if !braced && digits > 0 && digits < name.len() {
                format!(
                    " (write `${{{}}}{}` for group {} then `{}`)",
                    &name[..digits],
                    &name[digits..],
                    &name[..digits],
                    &name[digits..]
                )
            } else {
                String::new()
            };
            return Some(format!(
                "`${name}` refers to a group `{name}` the pattern does not have{hint}"
            ));
        }
        i = end;
    }
    None
}

/// A host as a rule or a `[hosts]` table names it, the way matching compares it: lower
/// case, without a scheme or a trailing `/` (`https://Docs.example.org/` is
/// `docs.example.org`), a port kept (`localhost:8080` matches that authority only). `None`
/// when it is no host name (`X-Token: abc`).
#[must_use]
pub fn host_key(spec: &str) -> Option<String> {
    let h = spec.trim();
    let h = h.split_once("://").map_or(h, |(_, rest)| rest);
    let h = h.trim_end_matches('/');
    let name = match h.rsplit_once(':') {
        Some((n, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => h,
    };
    let ipv6 = name.starts_with('[') && name.ends_with(']');
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '*'));
    (ipv6 || plain).then(|| h.to_ascii_lowercase())
}

/// Parses `Name: value` or `host=Name: value`.
fn parse_header_rule(line: &str) -> Result<HeaderRule> {
    let bad = |m: &str| opt_err("--header", format!("`{line}`: {m}"));
    // A host first, with a port or a scheme too (`localhost:8080=`, `https://x.org=`): its
    // colon is not the header's. Read as a header, `docs.internal:8443=Authorization: …`
    // was a header named `docs.internal` sent to every host, credential and all.
    let hosted = line.split_once('=').and_then(|(h, rest)| {
        let key = host_key(h)?;
        rest.contains(':').then_some((key, rest))
    });
    let (host, rest) = match hosted {
        Some((h, rest)) => (Some(h), rest),
        None => (None, line),
    };
    let (left, value) = rest
        .split_once(':')
        .ok_or_else(|| bad("write `Name: value` or `host=Name: value`"))?;
    // Header names cannot contain `=`, so one before the colon introduces a host.
    let (host, name) = match (host, left.split_once('=')) {
        (Some(h), _) => (Some(h), left.trim()),
        (None, Some((h, n))) => {
            let key = host_key(h).ok_or_else(|| bad(&format!("`{}` is no host name", h.trim())))?;
            (Some(key), n.trim())
        }
        (None, None) => (None, left.trim()),
    };
    Ok(HeaderRule {
        host,
        name: HeaderName::from_bytes(name.as_bytes()).map_err(|e| bad(&e.to_string()))?,
        value: header_value("--header", value.trim())?,
    })
}

/// A header value; `$NAME` or `${NAME}` is read from the environment (so secrets stay out of
/// config files).
fn header_value(option: &str, raw: &str) -> Result<HeaderValue> {
    let var = raw
        .strip_prefix("${")
        .and_then(|r| r.strip_suffix('}'))
        .or_else(|| raw.strip_prefix('$'))
        .filter(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    let value = match var {
        Some(v) => std::env::var(v)
            .map_err(|_| opt_err(option, format!("environment variable `{v}` is not set")))?,
        None => raw.to_string(),
    };
    let mut hv = HeaderValue::from_str(&value)
        .map_err(|_| opt_err(option, "value contains characters not allowed in a header"))?;
    if var.is_some() {
        hv.set_sensitive(true);
    }
    Ok(hv)
}

/// Parses `200`, `200..=299`, `200..300`, `200-299`.
fn parse_status_range(s: &str) -> std::result::Result<RangeInclusive<u16>, String> {
    let t = s.trim();
    let num = |x: &str| {
        x.trim()
            .parse::<u16>()
            .ok()
            .filter(|n| (100..=999).contains(n))
            .ok_or_else(|| {
                format!("`{t}`: expected a status code (100-999) or a range like 200..=299")
            })
    };
    let r = if let Some((a, b)) = t.split_once("..=") {
        num(a)?..=num(b)?
    } else if let Some((a, b)) = t.split_once("..") {
        let end = num(b)?;
        num(a)?..=end.saturating_sub(1)
    } else if let Some((a, b)) = t.split_once('-') {
        num(a)?..=num(b)?
    } else {
        let n = num(t)?;
        n..=n
    };
    if r.is_empty() {
        return Err(format!("`{t}` is an empty range"));
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_apply() {
        let o = FetchOptions::from_config(&Config::default()).unwrap();
        assert_eq!(o.max_concurrency, config::DEFAULT_MAX_CONCURRENCY);
        assert_eq!(o.max_body, config::DEFAULT_MAX_BODY);
        assert!(o.accepts(204) && !o.accepts(301) && !o.accepts(404));
        assert!(o.cache.is_none());
    }

    #[test]
    fn bad_values_name_the_option() {
        let cases: Vec<(Config, &str)> = vec![
            (
                Config {
                    timeout: Some("soon".into()),
                    ..Config::default()
                },
                "--timeout",
            ),
            (
                Config {
                    max_body: Some("lots".into()),
                    ..Config::default()
                },
                "--max-body",
            ),
            (
                Config {
                    exclude: Some(vec!["(".into()]),
                    ..Config::default()
                },
                "--exclude",
            ),
            (
                Config {
                    remap: Some(vec!["onlyregex".into()]),
                    ..Config::default()
                },
                "--remap",
            ),
            (
                Config {
                    header: Some(vec!["NoColon".into()]),
                    ..Config::default()
                },
                "--header",
            ),
            (
                Config {
                    header: Some(vec!["Bad Name: x".into()]),
                    ..Config::default()
                },
                "--header",
            ),
            (
                Config {
                    accept: Some(vec!["2xx".into()]),
                    ..Config::default()
                },
                "--accept",
            ),
            (
                Config {
                    max_concurrency: Some(0),
                    ..Config::default()
                },
                "--max-concurrency",
            ),
            (
                Config {
                    header: Some(vec!["X-T: $CITECHECK_SURELY_UNSET_VAR".into()]),
                    ..Config::default()
                },
                "CITECHECK_SURELY_UNSET_VAR",
            ),
        ];
        for (cfg, needle) in cases {
            let err = FetchOptions::from_config(&cfg).unwrap_err().to_string();
            assert!(err.contains(needle), "{err} should mention {needle}");
        }
    }

    #[test]
    fn headers_ranges_and_hosts() {
        let cfg = Config {
            header: Some(vec![
                "api.example.org=Authorization: Bearer x".into(),
                "X-A: b=c".into(),
            ]),
            accept: Some(vec!["200..=299, 403".into(), "500..502".into()]),
            ..Config::default()
        };
        let o = FetchOptions::from_config(&cfg).unwrap();
        assert_eq!(o.headers[0].host.as_deref(), Some("api.example.org"));
        assert_eq!(o.headers[1].host, None);
        assert_eq!(o.headers[1].value, "b=c");
        assert!(o.accepts(403) && o.accepts(501) && !o.accepts(502) && !o.accepts(404));
        // `accept` adds to 2xx (regression: `--accept 403` made every 200 an error).
        let only = FetchOptions::from_config(&Config {
            accept: Some(vec!["403".into()]),
            ..Config::default()
        })
        .unwrap();
        assert!(only.accepts(200) && only.accepts(204) && only.accepts(403));
        assert!(!only.accepts(404));
        // The cache tells settings apart by what decides a result.
        assert_ne!(only.result_fingerprint(), o.result_fingerprint());
        let default = FetchOptions::from_config(&Config::default()).unwrap();
        assert_eq!(
            default.result_fingerprint(),
            FetchOptions::default().result_fingerprint()
        );
        assert_ne!(only.result_fingerprint(), default.result_fingerprint());
        assert!(host_matches(
            "example.org",
            "docs.example.org",
            "docs.example.org:443"
        ));
        assert!(!host_matches(
            "example.org",
            "badexample.org",
            "badexample.org:443"
        ));
    }

    /// Thirty-seventh session: a host written with its port or scheme before `=` made the
    /// whole rule a header for every host (`docs.internal:8443=Authorization: Bearer …`
    /// was a header named `docs.internal`), a credential sent to every cited site; and a
    /// `[hosts]` table keyed so never matched.
    #[test]
    fn a_host_with_a_port_or_scheme_keeps_its_header_to_itself() {
        let rule = |line: &str| parse_header_rule(line).unwrap();
        let r = rule("docs.internal:8443=Authorization: Bearer s3cr3t");
        assert_eq!(r.host.as_deref(), Some("docs.internal:8443"));
        assert_eq!(r.name.as_str(), "authorization");
        assert_eq!(r.value, "Bearer s3cr3t");
        let r = rule("https://Docs.Example.org/=X-Token: a");
        assert_eq!(r.host.as_deref(), Some("docs.example.org"));
        let r = rule("127.0.0.1:8080=X-Token: a");
        assert_eq!(r.host.as_deref(), Some("127.0.0.1:8080"));
        // Global headers whose values hold `=` or `:` stay global.
        for line in [
            "X-Token:abc=def",
            "Authorization: Bearer abc=",
            "X-Token:123=abc",
        ] {
            assert_eq!(rule(line).host, None, "{line}");
        }
        let url = |u: &str| url::Url::parse(u).unwrap();
        let r = rule("docs.internal:8443=Authorization: Bearer s3cr3t");
        assert!(rule_applies(&r, &url("https://docs.internal:8443/a")));
        assert!(!rule_applies(&r, &url("https://docs.internal/a")));
        assert!(!rule_applies(&r, &url("https://elsewhere.org/a")));
        // A `[hosts]` table with a port or scheme applies; one naming no host is an error.
        let cfg = |key: &str| Config {
            hosts: BTreeMap::from([(
                key.to_string(),
                config::HostConfig {
                    interval: Some("300ms".into()),
                    ..config::HostConfig::default()
                },
            )]),
            ..Config::default()
        };
        let o = FetchOptions::from_config(&cfg("127.0.0.1:8080")).unwrap();
        let limit = Some(Duration::from_millis(300));
        assert_eq!(o.host_limits("127.0.0.1:8080", "127.0.0.1").1, limit);
        assert_eq!(o.host_limits("127.0.0.1:9090", "127.0.0.1").1, None);
        let o = FetchOptions::from_config(&cfg("https://x.org/")).unwrap();
        assert_eq!(o.host_limits("x.org:443", "x.org").1, limit);
        assert!(FetchOptions::from_config(&cfg("not a host")).is_err());
    }

    /// Thirty-seventh session: `$1_x` in a replacement is the group `1_x` to the regex
    /// crate, replaced by nothing: the URL checked was silently another. A reference to a
    /// group the pattern lacks, a space in the replacement, and more retries than the cap
    /// are errors.
    #[test]
    fn remap_references_and_retries_are_checked() {
        let remap = |rule: &str| {
            FetchOptions::from_config(&Config {
                remap: Some(vec![rule.into()]),
                ..Config::default()
            })
            .map(|_| ())
            .map_err(|e| e.to_string())
        };
        let err = remap(r"^https://a\.org/(.*)\.html http://127.0.0.1/$1_x.html").unwrap_err();
        assert!(
            err.contains("`$1_x`") && err.contains("write `${1}_x`"),
            "{err}"
        );
        assert!(remap(r"^https://a\.org/(.*) http://b/$3").is_err());
        assert!(remap(r"^https://a\.org/(.*) http://b/$1 extra").is_err());
        assert!(remap(r"^https://a\.org/(?P<rest>.*) http://b/$rest").is_ok());
        assert!(remap(r"^https://a\.org/(.*)\.html http://b/${1}_x.html$$").is_ok());
        let retries = |n: u32| {
            FetchOptions::from_config(&Config {
                max_retries: Some(n),
                ..Config::default()
            })
            .is_ok()
        };
        assert!(retries(MAX_RETRIES) && !retries(MAX_RETRIES + 1) && !retries(99_999));
    }
}
