//! Archived copies of web pages: recognising a link to one, pairing it with the page it
//! copies, and asking an archive for a copy of a page that is gone.
//!
//! Two URL shapes name their original:
//! - the Wayback shape, `/web/<timestamp>[modifier_]/<original>`, used by the Internet
//!   Archive and by every archive running pywb or OpenWayback (national libraries,
//!   Archive-It); some write `/wayback/<timestamp>/…` or put the timestamp after another
//!   prefix (`/all/<timestamp>/…`, `/awa/<timestamp>/…`);
//! - archive.today's dated form, `archive.ph/<timestamp>/<original>` (and its `newest`/`oldest`
//!   forms), on its several hosts.
//!
//! Hand-written rather than a regex: it runs on every link of every document, and nearly all
//! of them are turned away by two byte searches.

use std::borrow::Cow;

/// archive.today's hosts (it moves between them).
const TODAY_HOSTS: [&str; 7] = [
    "archive.today",
    "archive.ph",
    "archive.is",
    "archive.li",
    "archive.vn",
    "archive.fo",
    "archive.md",
];

/// The Internet Archive's availability API, asked by `--suggest-archive` unless
/// `--archive-api` names another.
pub const DEFAULT_API: &str = "https://archive.org/wayback/available";

/// A link to an archived copy of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The page copied, as the archive URL names it (`http://` added to a bare host).
    pub original: String,
    /// The snapshot's time as the URL gives it: 4 to 14 digits, `YYYYMMDDhhmmss` cut short.
    pub timestamp: Option<String>,
}

impl Snapshot {
    /// The snapshot's time in ISO 8601, as far as the timestamp gives it
    /// (`2021-03-02T12:30:00Z`, `2021-03-02`, `2021-03`, `2021`).
    #[must_use]
    pub fn archived_at(&self) -> Option<String> {
        self.timestamp.as_deref().and_then(iso_time)
    }
}

/// The archived copy a link names, if it is one (`None` for every other URL).
#[must_use]
pub fn snapshot_of(url: &str) -> Option<Snapshot> {
    if !may_be_snapshot(url.as_bytes()) {
        return None;
    }
    let rest = strip_prefix_ci(url, "https://").or_else(|| strip_prefix_ci(url, "http://"))?;
    let cut = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(cut);
    if !path.starts_with('/') {
        return None;
    }
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    let today = TODAY_HOSTS.contains(&host.strip_prefix("www.").unwrap_or(&host));
    let path = path.split('#').next().unwrap_or(path);
    let mut prev = "";
    let mut at = 1;
    while at < path.len() {
        let end = path[at..].find('/').map_or(path.len(), |i| at + i);
        let seg = &path[at..end];
        if seg.contains('?') {
            return None;
        }
        let after = path.get(end + 1..).unwrap_or("");
        if today && (seg == "newest" || seg == "oldest") {
            return original_of(after, true).map(|original| Snapshot {
                original,
                timestamp: None,
            });
        }
        if let Some(ts) = timestamp(seg, today) {
            let bare = today || prev == "web" || prev == "wayback";
            if let Some(original) = original_of(after, bare) {
                return Some(Snapshot {
                    original,
                    timestamp: Some(ts),
                });
            }
        }
        prev = seg;
        at = end + 1;
    }
    None
}

/// Whether a URL may name a copy, by one pass over its `/`s, allocating nothing: a segment
/// `web/`, `wayback/` or one starting `http` (any case), or a host with `archive.` in it.
/// Nearly every link of a document fails this, and extraction asks it of every link.
fn may_be_snapshot(b: &[u8]) -> bool {
    // Plain byte loops: a link is a few dozen bytes, too short for `memchr`'s set-up to pay.
    // Past `http://` (a scheme's own slashes are no segment).
    let Some(rest) = b.get(7..) else {
        return false;
    };
    let start = usize::from(rest.first() == Some(&b'/'));
    let host_end = rest
        .iter()
        .skip(start)
        .position(|&c| c == b'/')
        .map_or(rest.len(), |i| start + i);
    let host = rest.get(start..host_end).unwrap_or(&[]);
    let host = host.split(|&c| c == b':').next().unwrap_or(host);
    // archive.today's hosts: the last two labels are `archive` and one of their endings.
    if let Some(dot) = host.iter().rposition(|&c| c == b'.') {
        let (name, ending) = (&host[..dot], &host[dot + 1..]);
        if name.len() >= 7
            && name[name.len() - 7..].eq_ignore_ascii_case(b"archive")
            && (name.len() == 7 || matches!(name[name.len() - 8], b'.' | b'@'))
            && TODAY_HOSTS.iter().any(|h| {
                h.rsplit('.')
                    .next()
                    .is_some_and(|e| e.as_bytes().eq_ignore_ascii_case(ending))
            })
        {
            return true;
        }
    }
    let path = rest.get(host_end..).unwrap_or(&[]);
    path.iter().enumerate().any(|(i, &c)| {
        c == b'/' && {
            let after = &path[i + 1..];
            after.starts_with(b"web/")
                || after.starts_with(b"wayback/")
                || after
                    .get(..4)
                    .is_some_and(|h| h.eq_ignore_ascii_case(b"http"))
        }
    })
}

/// A path segment that is a snapshot's time: 4 to 14 digits (`20210302123000`), with a
/// Wayback modifier (`id_`, `im_`, `if_`: two letters and `_`) or, on archive.today, written
/// `2021.03.02-123000`. The digits, if it is one.
fn timestamp(seg: &str, today: bool) -> Option<String> {
    let digits: String = if today && seg.len() == 17 && seg.as_bytes().get(4) == Some(&b'.') {
        // `2021.03.02-123000`
        let b = seg.as_bytes();
        if b.get(7) != Some(&b'.') || b.get(10) != Some(&b'-') {
            return None;
        }
        seg.chars().filter(char::is_ascii_digit).collect()
    } else {
        let d = seg.trim_end_matches(|c: char| !c.is_ascii_digit());
        let modifier = &seg[d.len()..];
        let ok_modifier = modifier.is_empty()
            || (modifier.len() == 3
                && modifier.ends_with('_')
                && modifier.bytes().take(2).all(|b| b.is_ascii_lowercase()));
        if !ok_modifier || !d.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        d.to_string()
    };
    if !(4..=14).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| digits.get(r).and_then(|s| s.parse::<u32>().ok());
    let year = num(0..4)?;
    let fits =
        |r: std::ops::Range<usize>, lo: u32, hi: u32| num(r).is_none_or(|n| (lo..=hi).contains(&n));
    ((1991..=2100).contains(&year)
        && fits(4..6, 1, 12)
        && fits(6..8, 1, 31)
        && fits(8..10, 0, 23)
        && fits(10..12, 0, 59)
        && fits(12..14, 0, 60))
    .then_some(digits)
}

/// The original URL written after a snapshot's timestamp: `https://x/…`, `http:/x/…` (one
/// slash, as some archives write it), percent-encoded (`https%3A%2F%2Fx`), or, where `bare`
/// allows, a bare host (`x.org/page`).
fn original_of(after: &str, bare: bool) -> Option<String> {
    let decoded: Cow<'_, str> = if strip_prefix_ci(after, "http%3a").is_some()
        || strip_prefix_ci(after, "https%3a").is_some()
    {
        percent_encoding::percent_decode_str(after)
            .decode_utf8()
            .ok()?
    } else {
        Cow::Borrowed(after)
    };
    let after = decoded.as_ref();
    for scheme in ["https:", "http:"] {
        if let Some(rest) = strip_prefix_ci(after, scheme) {
            let host_path = rest.trim_start_matches('/');
            if !looks_like_host(host_path) {
                return None;
            }
            return Some(format!("{scheme}//{host_path}"));
        }
    }
    (bare && looks_like_host(after)).then(|| format!("http://{after}"))
}

/// Whether a URL's remainder starts with a host name: letters, digits, `-` and `.`, a dot
/// in it, a port allowed, then the end or `/`, `?`.
fn looks_like_host(s: &str) -> bool {
    let end = s.find(['/', '?']).unwrap_or(s.len());
    let host = &s[..end];
    let name = host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    let Some((_, tld)) = name.rsplit_once('.') else {
        return name.eq_ignore_ascii_case("localhost");
    };
    // A file name is no host: `/web/2019/story.html` is a news site's page.
    const FILE_ENDINGS: [&str; 24] = [
        "html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cfm", "cgi", "pdf", "doc",
        "docx", "xls", "xlsx", "txt", "xml", "json", "csv", "jpg", "jpeg", "png", "gif", "svg",
    ];
    !name.is_empty()
        && !FILE_ENDINGS.iter().any(|e| tld.eq_ignore_ascii_case(e))
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && !tld.is_empty()
        && (tld.bytes().all(|b| b.is_ascii_alphabetic()) && tld.len() >= 2
            || tld.bytes().all(|b| b.is_ascii_digit()))
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// A timestamp's time in ISO 8601: 14 digits give the second (`2021-03-02T12:30:00Z`),
/// 8 to 13 the day, 6 or 7 the month, 4 or 5 the year.
#[must_use]
pub fn iso_time(ts: &str) -> Option<String> {
    let d = ts.get(..ts.len().min(14))?;
    if d.len() < 4 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let p = |r: std::ops::Range<usize>| &d[r];
    Some(match d.len() {
        14 => format!(
            "{}-{}-{}T{}:{}:{}Z",
            p(0..4),
            p(4..6),
            p(6..8),
            p(8..10),
            p(10..12),
            p(12..14)
        ),
        8..=13 => format!("{}-{}-{}", p(0..4), p(4..6), p(6..8)),
        6 | 7 => format!("{}-{}", p(0..4), p(4..6)),
        _ => p(0..4).to_string(),
    })
}

/// A timestamp's day for a person: `2 March 2021`, `March 2021`, `2021`.
#[must_use]
pub fn date_words(ts: &str) -> Option<String> {
    let iso = iso_time(ts)?;
    let mut parts = iso.split(['-', 'T']);
    let year = parts.next()?;
    let month = parts
        .next()
        .and_then(|m| m.parse::<usize>().ok())
        .and_then(|m| crate::extract::MONTH_NAMES.get(m.checked_sub(1)?));
    let day = parts.next().and_then(|d| d.parse::<u32>().ok());
    Some(match (month, day) {
        (Some(m), Some(d)) => format!("{d} {m} {year}"),
        (Some(m), None) => format!("{m} {year}"),
        _ => year.to_string(),
    })
}

/// "the archived copy of 2 March 2021" (or "an archived copy" when its time is unknown).
#[must_use]
pub fn copy_words(snapshot_url: &str) -> String {
    match snapshot_of(snapshot_url)
        .and_then(|s| s.timestamp)
        .and_then(|t| date_words(&t))
    {
        Some(d) => format!("the archived copy of {d}"),
        None => "an archived copy".to_string(),
    }
}

/// A URL as one page: scheme, `www.`, a default port, a trailing `/` and the fragment aside,
/// host in lower case. Two URLs with one key are one page (an archive writes its original
/// `http://` where the article wrote `https://`, or keeps a `:80`).
#[must_use]
pub fn page_key(url: &str) -> String {
    let Ok(u) = url::Url::parse(url.trim()) else {
        return url.trim().to_ascii_lowercase();
    };
    let host = u.host_str().unwrap_or("").to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    let port = match (u.scheme(), u.port()) {
        (_, None) | ("http", Some(80)) | ("https", Some(443)) => String::new(),
        (_, Some(p)) => format!(":{p}"),
    };
    let path = u.path().trim_end_matches('/');
    match u.query() {
        Some(q) if !q.is_empty() => format!("{host}{port}{path}?{q}"),
        _ => format!("{host}{port}{path}"),
    }
}

/// Whether a redirect from one snapshot to another is the archive's own: the same page
/// copied at another time (the Wayback Machine sends a time it lacks to the nearest one it
/// has), not the page having moved when it was archived.
#[must_use]
pub fn same_page_other_time(from: &str, to: &str) -> bool {
    match (snapshot_of(from), snapshot_of(to)) {
        (Some(a), Some(b)) => page_key(&a.original) == page_key(&b.original),
        _ => false,
    }
}

const TOOLBAR_BEGIN: &str = "<!-- BEGIN WAYBACK TOOLBAR INSERT -->";
const TOOLBAR_END: &str = "<!-- END WAYBACK TOOLBAR INSERT -->";

/// An archived page without the toolbar the Wayback Machine inserts in it (its words are the
/// archive's, not the page's); `None` when it has none.
#[must_use]
pub fn without_toolbar(html: &str) -> Option<String> {
    let start = memchr::memmem::find(html.as_bytes(), TOOLBAR_BEGIN.as_bytes())?;
    let end = memchr::memmem::find(&html.as_bytes()[start..], TOOLBAR_END.as_bytes())?
        + start
        + TOOLBAR_END.len();
    let mut out = String::with_capacity(html.len() - (end - start));
    out.push_str(&html[..start]);
    out.push_str(&html[end..]);
    Some(out)
}

/// The availability API's question for a page: its snapshot nearest `stamp` (`YYYYMMDD`).
#[must_use]
pub fn availability_url(api: &str, original: &str, stamp: Option<&str>) -> String {
    let enc = |s: &str| {
        percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    let sep = if api.contains('?') { '&' } else { '?' };
    let mut q = format!("{api}{sep}url={}", enc(original));
    if let Some(s) = stamp {
        q.push_str("&timestamp=");
        q.push_str(&enc(s));
    }
    q
}

/// The snapshot an availability API's answer offers (`archived_snapshots.closest`, available
/// and with a 2xx status): its URL and timestamp. `None` for no snapshot or an answer that is
/// not the API's.
#[must_use]
pub fn offered_snapshot(answer: &str) -> Option<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(answer.trim()).ok()?;
    let closest = v.get("archived_snapshots")?.get("closest")?;
    let available = match closest.get("available")? {
        serde_json::Value::Bool(b) => *b,
        serde_json::Value::String(s) => s == "true",
        _ => false,
    };
    let status_ok = closest
        .get("status")
        .and_then(serde_json::Value::as_str)
        .is_none_or(|s| s.starts_with('2'));
    let url = closest.get("url")?.as_str()?.trim();
    if !available || !status_ok || snapshot_of(url).is_none() {
        return None;
    }
    let ts = closest
        .get("timestamp")
        .and_then(serde_json::Value::as_str)
        .map(str::to_string)
        .or_else(|| snapshot_of(url).and_then(|s| s.timestamp))?;
    // The Internet Archive answers with `http://`; its copies are served over HTTPS.
    let url = match strip_prefix_ci(url, "http://web.archive.org/") {
        Some(rest) => format!("https://web.archive.org/{rest}"),
        None => url.to_string(),
    };
    Some((url, ts))
}

/// The day a note says its page was read (`Retrieved 5 May 2020`, `accessed 2020-05-05`,
/// `Accessed: May 5, 2020`), else the note's own date, as a timestamp (`20200505`, `202005`,
/// `2020`): the time a copy of the page is best looked for.
#[must_use]
pub fn note_stamp(note_text: &str, note_date: Option<&str>) -> Option<String> {
    let lower = note_text.to_lowercase();
    // The words before the day, in the languages notes are written in (`abgerufen am`,
    // `consulté le`, `consultado el`, `Дата обращения:`: the word after is skipped by
    // `date_stamp`); the note parser passes over the same day as no date of the work.
    let lower = if crate::extract::months::has_arabic_digit(&lower) {
        crate::extract::months::ascii_digits(&lower).0
    } else {
        lower
    };
    for word in crate::extract::notes::READ_ON {
        for (i, _) in lower.match_indices(word) {
            // A word of the note, not of a URL (`/how-we-accessed-data`).
            let before = lower[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || "/-_.=?&%".contains(c)) {
                continue;
            }
            if let Some(s) = date_stamp(&lower[i + word.len()..]) {
                return Some(s);
            }
        }
    }
    note_date.and_then(|d| date_stamp(&d.to_lowercase()))
}

/// A month's number from its name or a short form of it (lower case, accents as written), in
/// the languages `extract::months` knows.
fn month_number(w: &str) -> Option<usize> {
    crate::extract::months::any(w).map(usize::from)
}

/// A date at the start of `s` (lower case) as a timestamp: `5 may 2020`, `may 5, 2020`,
/// `2020-05-05`, `may 2020`, `2020`, `5.5.2020`, `2020年5月5日`, `2020. — 5 мая`.
fn date_stamp(s: &str) -> Option<String> {
    // Connecting words aside: `on`, `am`, `le`, `el`, `de` (`5 de mayo de 2020`), `em`,
    // `op`, `il`, `den`, Arabic `بتاريخ` (`on the date`).
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || ",.;:()[]年月日—–".contains(c))
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    *w,
                    "on" | "am"
                        | "le"
                        | "el"
                        | "de"
                        | "the"
                        | "em"
                        | "op"
                        | "il"
                        | "den"
                        | "بتاريخ"
                )
        })
        .take(3)
        .collect();
    let month = month_number;
    let day = |w: &str| {
        w.trim_end_matches(|c: char| c.is_alphabetic() || c == '°')
            .parse::<usize>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    let year = |w: &str| {
        w.parse::<usize>()
            .ok()
            .filter(|y| (1991..=2100).contains(y))
    };
    let first = *words.first()?;
    // ISO: 2020-05-05, 2020-05.
    let iso: Vec<&str> = first.split('-').collect();
    if iso.len() >= 2 {
        let y = year(iso[0])?;
        let m = iso[1]
            .parse::<usize>()
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        return Some(match iso.get(2).and_then(|d| day(d)) {
            Some(d) => format!("{y:04}{m:02}{d:02}"),
            None => format!("{y:04}{m:02}"),
        });
    }
    let second = words.get(1).copied().unwrap_or("");
    let third = words.get(2).copied().unwrap_or("");
    // A month by its number (`5.5.2020`; `2020年5月5日`).
    let month_no = |w: &str| {
        w.parse::<usize>()
            .ok()
            .filter(|m| w.len() <= 2 && (1..=12).contains(m))
    };
    if let (Some(d), Some(m), Some(y)) =
        (day(first), month(second).or(month_no(second)), year(third))
    {
        return Some(format!("{y:04}{m:02}{d:02}"));
    }
    if let Some(y) = year(first) {
        // `2020年5月5日`, GOST's `2020. — 5 мая`.
        if let (Some(m), Some(d)) = (month_no(second), day(third)) {
            return Some(format!("{y:04}{m:02}{d:02}"));
        }
        if let (Some(d), Some(m)) = (day(second), month(third)) {
            return Some(format!("{y:04}{m:02}{d:02}"));
        }
    }
    if let Some(m) = month(first) {
        if let (Some(d), Some(y)) = (day(second), year(third)) {
            return Some(format!("{y:04}{m:02}{d:02}"));
        }
        if let Some(y) = year(second) {
            return Some(format!("{y:04}{m:02}"));
        }
    }
    year(first).map(|y| format!("{y:04}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wayback_links_name_their_original_and_time() {
        let s = snapshot_of("https://web.archive.org/web/20210302123000/https://example.org/a?b=1")
            .unwrap();
        assert_eq!(s.original, "https://example.org/a?b=1");
        assert_eq!(s.archived_at().as_deref(), Some("2021-03-02T12:30:00Z"));
        let s = snapshot_of("http://web.archive.org/web/20200101id_/http:/example.org/").unwrap();
        assert_eq!(s.original, "http://example.org/");
        assert_eq!(s.archived_at().as_deref(), Some("2020-01-01"));
        let s = snapshot_of("https://web.archive.org/web/2019/example.org/page").unwrap();
        assert_eq!(s.original, "http://example.org/page");
        assert_eq!(s.archived_at().as_deref(), Some("2019"));
        let s = snapshot_of("https://webarchive.nla.gov.au/awa/20150101000000/http://x.gov.au/")
            .unwrap();
        assert_eq!(s.original, "http://x.gov.au/");
        let s = snapshot_of("https://arquivo.pt/wayback/201503/https%3A%2F%2Fx.pt%2Fa").unwrap();
        assert_eq!(s.original, "https://x.pt/a");
        assert_eq!(s.archived_at().as_deref(), Some("2015-03"));
        let s = snapshot_of("http://127.0.0.1:8080/web/20200505000000/http://127.0.0.1:9/a#top")
            .unwrap();
        assert_eq!(s.original, "http://127.0.0.1:9/a");
    }

    #[test]
    fn archive_today_dated_links_name_their_original() {
        let s = snapshot_of("https://archive.ph/2021.03.02-123000/https://example.org/a").unwrap();
        assert_eq!(s.original, "https://example.org/a");
        assert_eq!(s.timestamp.as_deref(), Some("20210302123000"));
        let s = snapshot_of("https://archive.today/newest/example.org/a").unwrap();
        assert_eq!(s.original, "http://example.org/a");
        assert_eq!(s.timestamp, None);
        // A short id names no original.
        assert_eq!(snapshot_of("https://archive.ph/AbC12"), None);
        assert!(may_be_snapshot(b"https://archive.ph/AbC12"));
        assert!(may_be_snapshot(b"http://www.Archive.IS/newest/x.org"));
        // Another archive's own host is an ordinary site.
        assert!(!may_be_snapshot(b"https://archive.example.org/ledgers/1"));
    }

    #[test]
    fn other_links_are_no_snapshots() {
        for u in [
            "https://example.org/web/2020/report",
            "https://blog.example.org/2020/05/example.com-outage",
            "https://example.org/web/2020/notahost",
            // Regression (eval-archives2): a file name after a year is a news site's page.
            "https://paper.example/web/2019/story.html",
            "https://paper.example/web/2018/budget.aspx",
            "https://paper.example/wayback/2019/annual-report.pdf",
            "https://example.org/wayback/1234567/",
            "https://example.org/redirect?to=https://other.org/",
            "https://example.org/web/20201399000000/https://x.org/",
            "https://example.org/web/1850/https://x.org/",
            "https://web.archive.org/web/*/https://example.org/",
            "mailto:someone@example.org",
            "https://example.org/",
        ] {
            assert_eq!(snapshot_of(u), None, "{u}");
        }
        // A URL inside another path after a year: a copy only with a scheme.
        assert!(snapshot_of("https://example.org/2020/https://x.org/a").is_some());
    }

    #[test]
    fn one_page_under_two_spellings() {
        assert_eq!(
            page_key("https://www.Example.org/a/"),
            page_key("http://example.org:80/a")
        );
        assert_ne!(
            page_key("https://example.org/a"),
            page_key("https://example.org/b")
        );
        assert_ne!(
            page_key("https://example.org/a?x=1"),
            page_key("https://example.org/a?x=2")
        );
        assert!(same_page_other_time(
            "https://web.archive.org/web/2020/https://example.org/a",
            "https://web.archive.org/web/20200312000000/http://www.example.org/a/"
        ));
        assert!(!same_page_other_time(
            "https://web.archive.org/web/2020/https://example.org/a",
            "https://web.archive.org/web/20200312000000/https://example.org/b"
        ));
    }

    #[test]
    fn times_for_people() {
        assert_eq!(
            date_words("20210302123000").as_deref(),
            Some("2 March 2021")
        );
        assert_eq!(date_words("202103").as_deref(), Some("March 2021"));
        assert_eq!(date_words("2021").as_deref(), Some("2021"));
        assert_eq!(
            copy_words("https://web.archive.org/web/20200505/https://x.org/"),
            "the archived copy of 5 May 2020"
        );
    }

    #[test]
    fn the_toolbar_is_cut_out() {
        let page = "<html><body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div>Captured 5 times \
                    </div><!-- END WAYBACK TOOLBAR INSERT --><p>Words.</p></body></html>";
        let cut = without_toolbar(page).unwrap();
        assert!(!cut.contains("Captured"));
        assert!(cut.contains("<p>Words.</p>"));
        assert_eq!(without_toolbar("<p>Words.</p>"), None);
        // An opening with no end cuts nothing.
        assert_eq!(
            without_toolbar("<!-- BEGIN WAYBACK TOOLBAR INSERT --><p>Words.</p>"),
            None
        );
    }

    #[test]
    fn availability_answers() {
        let a = r#"{"url": "example.org/a", "archived_snapshots": {"closest": {"status": "200",
            "available": true, "url": "http://web.archive.org/web/20200505010203/https://example.org/a",
            "timestamp": "20200505010203"}}}"#;
        assert_eq!(
            offered_snapshot(a),
            Some((
                "https://web.archive.org/web/20200505010203/https://example.org/a".to_string(),
                "20200505010203".to_string()
            ))
        );
        assert_eq!(
            offered_snapshot(r#"{"url": "x", "archived_snapshots": {}}"#),
            None
        );
        assert_eq!(offered_snapshot("<html>busy</html>"), None);
        let not_ok = a.replace("\"200\"", "\"404\"");
        assert_eq!(offered_snapshot(&not_ok), None);
        assert_eq!(
            availability_url(DEFAULT_API, "https://x.org/a?b=1", Some("20200505")),
            "https://archive.org/wayback/available?url=https%3A%2F%2Fx%2Eorg%2Fa%3Fb%3D1&timestamp=20200505"
        );
    }

    #[test]
    fn the_day_a_note_was_read() {
        let s = |t: &str, d: Option<&str>| note_stamp(t, d);
        assert_eq!(
            s("Report. Retrieved 5 May 2020, from https://x.org/", None).as_deref(),
            Some("20200505")
        );
        assert_eq!(
            s("Report (2019). Accessed: May 5, 2020.", Some("2019")).as_deref(),
            Some("20200505")
        );
        assert_eq!(
            s("Report, accessed on 2020-05-05.", None).as_deref(),
            Some("20200505")
        );
        assert_eq!(
            s("Report, 2018.", Some("March 2018")).as_deref(),
            Some("201803")
        );
        assert_eq!(
            s("Report.", Some("14 July 2017")).as_deref(),
            Some("20170714")
        );
        assert_eq!(s("Report.", None), None);
        // Regression (eval-archives2): the word in a URL is no access date.
        assert_eq!(
            s(
                "Gov, https://x.org/gone-retrieved. Retrieved May 5, 2020.",
                None
            )
            .as_deref(),
            Some("20200505")
        );
        assert_eq!(
            s(
                "https://x.org/how-we-accessed-data, accessed 5 May 2020.",
                None
            )
            .as_deref(),
            Some("20200505")
        );
        assert_eq!(
            s("Bericht. Abgerufen am 5. Mai 2020.", None).as_deref(),
            Some("20200505")
        );
        assert_eq!(
            s("Rapport, consulté le 5 mars 2020.", None).as_deref(),
            Some("20200305")
        );
        assert_eq!(
            s("Informe, consultado el 5 de mayo de 2020.", None).as_deref(),
            Some("20200505")
        );
        assert_eq!(
            s("Bulletin, https://x.org/a (accessed 2019-11-03).", None).as_deref(),
            Some("20191103")
        );
    }

    /// The day a note was read, and its own date, in the other languages notes are read in
    /// (month names, numeric and Japanese dates, Arabic-Indic digits).
    #[test]
    fn the_day_a_note_was_read_in_more_languages() {
        let s = |t: &str, d: Option<&str>| note_stamp(t, d);
        let cases = [
            ("Relatório. Acesso em: 2 out. 2023.", "20231002"),
            ("Raport, [dostęp 2023-11-02].", "20231102"),
            ("Rapport. Geraadpleegd op 3 september 2023.", "20230903"),
            ("Rapporto. URL consultato il 9 luglio 2023.", "20230709"),
            ("Rapport. Läst 20 oktober 2023.", "20231020"),
            ("Отчёт. Дата обращения: 6 декабря 2023.", "20231206"),
            ("تقرير، اطلع عليه بتاريخ ١ أغسطس ٢٠٢٣.", "20230801"),
            ("Bericht, Zugriff am 14.04.2023.", "20230414"),
        ];
        for (text, want) in cases {
            assert_eq!(s(text, None).as_deref(), Some(want), "{text}");
        }
        let dated = [
            ("5 października 2023", "20231005"),
            ("2023年8月9日", "20230809"),
            ("2023. — 12 сентября", "20230912"),
            ("07.03.2023", "20230307"),
            ("15 jan. 2023", "20230115"),
            ("1º luglio 2023", "20230701"),
        ];
        for (date, want) in dated {
            assert_eq!(s("Report.", Some(date)).as_deref(), Some(want), "{date}");
        }
    }
}
