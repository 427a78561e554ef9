//! The addresses a Markdown document's front matter gives: the source it was clipped from or
//! is about (`source:`, `via:`, `original_url:`, a link post's `link:`) is a link to check,
//! as a link in the text is; the article's own address (`canonical_url:`, `permalink:`,
//! `url:`) is no link (it may not be published yet) but the page's own, as HTML's canonical
//! link is. Other values (a `cover:` image, `redirect_from:` paths, tags) are the site's
//! settings: neither.
//!
//! YAML (`---`) is read with [`crate::extract::yaml`], TOML (`+++`, Hugo's and Zola's) line
//! by line: `key = "value"` and one-line arrays of strings. Keys count at the top level and
//! under Hugo's `params` and Zola's `extra`, whatever their case and `_`/`-`
//! (`originalURL`, `source-url`). Only absolute `http`/`https` addresses are taken.

use crate::extract::yaml::{self, Value};
use crate::extract::{Parsed, RawLink};
use crate::model::LinkKind;

/// Keys (lower case, without `_` and `-`) whose addresses are the source the article cites.
const SOURCE_KEYS: &[&str] = &[
    "source",
    "sources",
    "sourceurl",
    "sourcelink",
    "via",
    "viaurl",
    "original",
    "originalurl",
    "originallink",
    "link",
    "linkurl",
    "externalurl",
    "externallink",
    "clippedfrom",
];

/// Keys whose address is the article's own.
const OWN_KEYS: &[&str] = &[
    "canonical",
    "canonicalurl",
    "canonicallink",
    "permalink",
    "url",
    "ogurl",
];

/// Tables whose keys are read as the top level's.
const NESTED: &[&str] = &["params", "extra"];

/// What a key is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Source,
    Own,
}

fn role(key: &str) -> Option<Role> {
    let k: String = key
        .chars()
        .filter(|c| !matches!(c, '_' | '-'))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if SOURCE_KEYS.contains(&k.as_str()) {
        Some(Role::Source)
    } else if OWN_KEYS.contains(&k.as_str()) {
        Some(Role::Own)
    } else {
        None
    }
}

/// Whether `s` is one absolute web address and nothing else.
fn is_web(s: &str) -> bool {
    crate::extract::is_web_url(s)
        && !matches!(s.to_ascii_lowercase().as_str(), "http://" | "https://")
        && !s.contains(char::is_whitespace)
}

/// Adds the front matter's links and own addresses to `p`. `src` is the whole document,
/// `len` the front matter's length ([`super::front_matter_len`]); the links go first, as
/// they stand first.
pub(crate) fn read(src: &str, len: usize, p: &mut Parsed) {
    let Some(fm) = src.get(..len).filter(|s| !s.is_empty()) else {
        return;
    };
    // Nothing to read without an address.
    if memchr::memmem::find(fm.as_bytes(), b"http").is_none() {
        return;
    }
    let mut found: Vec<(Role, String, String, usize)> = Vec::new();
    if fm.starts_with("+++") {
        toml(fm, &mut found);
    } else {
        let doc = yaml::parse(fm, 0);
        if let Value::Map(m) = &doc {
            for (key, _, v) in m {
                let lower = key.to_ascii_lowercase();
                if NESTED.contains(&lower.as_str()) {
                    if let Value::Map(inner) = v {
                        for (k, _, v) in inner {
                            from_yaml(fm, k, v, &mut found);
                        }
                    }
                } else {
                    from_yaml(fm, key, v, &mut found);
                }
            }
        }
    }
    found.sort_by_key(|f| f.3);
    let mut links = Vec::new();
    for (role, key, url, at) in found {
        match role {
            Role::Own => p.own_urls.push(url),
            Role::Source => links.push(RawLink {
                raw: url,
                kind: LinkKind::FrontMatter,
                text: key,
                offset: at,
                span: None,
                group: None,
            }),
        }
    }
    if !links.is_empty() {
        links.append(&mut p.links);
        p.links = links;
    }
}

/// The addresses under the YAML key `key`: a scalar, a list's items, a mapping's values
/// (`sources: [{title: …, url: …}]`).
fn from_yaml(fm: &str, key: &str, v: &Value, out: &mut Vec<(Role, String, String, usize)>) {
    let Some(role) = role(key) else { return };
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Str(s, at) => {
                let s = s.trim();
                if is_web(s) {
                    out.push((role, key.to_string(), s.to_string(), place(fm, s, *at)));
                }
            }
            Value::List(items) => stack.extend(items.iter().rev()),
            // Only the own address itself: a mapping under `url:` is something else.
            Value::Map(m) if role == Role::Source => {
                stack.extend(m.iter().rev().map(|(_, _, v)| v));
            }
            _ => {}
        }
    }
}

/// Where `url` is written, from the scalar's offset `at` (its opening quote, or a block
/// scalar's `|`): its first byte.
fn place(fm: &str, url: &str, at: usize) -> usize {
    fm.get(at..)
        .and_then(|rest| rest.find(url))
        .map_or(at, |i| at + i)
}

/// TOML front matter: `key = "…"` and `key = ["…", "…"]` lines of the top-level table or of
/// `[params]`/`[extra]`.
fn toml(fm: &str, out: &mut Vec<(Role, String, String, usize)>) {
    let mut at = 0;
    let mut table_ok = true;
    for raw in fm.split_inclusive('\n') {
        let line_at = at;
        at += raw.len();
        let t = raw.trim();
        if let Some(name) = t.strip_prefix('[') {
            let name = name.trim_start_matches('[').trim_end_matches(']').trim();
            table_ok = NESTED.iter().any(|n| n.eq_ignore_ascii_case(name));
            continue;
        }
        if !table_ok {
            continue;
        }
        let Some((key, value)) = t.split_once('=') else {
            continue;
        };
        let key = key.trim().trim_matches(['"', '\'']);
        let Some(role) = role(key) else { continue };
        let vstart = line_at + raw.len() - raw.trim_start().len() + t.len() - value.len();
        // Each quoted string of the value.
        let mut rest = value;
        let mut off = vstart;
        while let Some(q) = rest.find(['"', '\'']) {
            let quote = rest.get(q..q + 1).unwrap_or("\"");
            let inner = rest.get(q + 1..).unwrap_or("");
            let Some(close) = inner.find(quote) else {
                break;
            };
            let s = inner.get(..close).unwrap_or("");
            if is_web(s) {
                out.push((role, key.to_string(), s.to_string(), off + q + 1));
            }
            let used = q + 1 + close + 1;
            rest = rest.get(used..).unwrap_or("");
            off += used;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(src: &str) -> (Vec<(String, String, usize)>, Vec<String>) {
        let mut p = Parsed::default();
        read(src, super::super::front_matter_len(src), &mut p);
        let l = p
            .links
            .iter()
            .map(|l| (l.text.clone(), l.raw.clone(), l.offset))
            .collect();
        (l, p.own_urls)
    }

    #[test]
    fn yaml_sources_are_links_and_the_own_address_is_not() {
        let src = "---\ntitle: T\nsource: \"https://a.example.org/x\"\nurl: https://me.example.org/p/\ncover: https://me.example.org/c.jpg\nsources:\n  - title: B\n    url: https://b.example.org/\n---\nbody https://c.example.org\n";
        let (l, own) = links(src);
        let a = src.find("https://a.").unwrap_or(0);
        let b = src.find("https://b.").unwrap_or(0);
        assert_eq!(
            l,
            [
                ("source".into(), "https://a.example.org/x".into(), a),
                ("sources".into(), "https://b.example.org/".into(), b),
            ]
        );
        assert_eq!(own, ["https://me.example.org/p/"]);
    }

    #[test]
    fn toml_sources_and_params() {
        let src = "+++\ntitle = \"T\"\nvia = 'https://a.example.org/'\n[params]\noriginal_url = [\"https://b.example.org/\", \"x\"]\n[[menu.main]]\nlink = \"https://c.example.org/\"\n+++\n";
        let (l, _) = links(src);
        let urls: Vec<&str> = l.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(urls, ["https://a.example.org/", "https://b.example.org/"]);
        let b = src.find("https://b.").unwrap_or(0);
        assert_eq!(l.get(1).map(|x| x.2), Some(b));
    }

    #[test]
    fn odd_front_matter_never_panics() {
        for src in [
            "---\nsource: http://\n---\n",
            "---\nsource:\n---\n",
            "+++\nsource = \"https://a.example.org\n+++\n",
            "+++\n= \"https://a.example.org\"\n+++\n",
            "---\nsource: [https://a.example.org, {url: https://b.example.org}]\n---\n",
        ] {
            let _ = links(src);
        }
    }
}
