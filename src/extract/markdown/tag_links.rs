//! Links written with a static-site generator's template tag as their destination
//! (`[text]({{< ref "roadmap.md" >}})`, `[text]({% post_url 2024-01-05-first %})`): the
//! generator turns the tag into a URL when it builds the site. Where the tag names a file
//! of the site that is on disk, the link is that file, checked like any local link (its
//! `#fragment` too); otherwise it stays as written, a template link that is not checked
//! (`fetch` reports it `unsupported`, see [`is_template`]). A target that is not found is
//! never called dead: Hugo also finds a page by its name alone anywhere in the site, and
//! Jekyll a post in a sub-folder of `_posts`; both fail their build on a broken reference.
//!
//! What is looked for, from the folder of the document:
//! - Hugo's `ref` and `relref` shortcodes (the path as first argument or `path=`): a
//!   relative path beside the page, then under the content folder (the nearest folder
//!   above named `content`, Hugo's default); a path opening with `/` under the content
//!   folder. A path without an extension may be a page (`x.md`) or a bundle
//!   (`x/index.md`, `x/_index.md`).
//! - Jekyll's `{% post_url NAME %}`: `NAME.md` (or `.markdown`, `.html`) in `_posts` (the
//!   folder the document is in or the nearest one above that has it).
//! - Jekyll's `{% link PATH %}`: `PATH` under the site's source folder, the nearest folder
//!   above the document with a `_config.yml`.
//! - Jekyll's site address before a path or a tag (`{{ site.baseurl }}/about/`, `{{
//!   site.baseurl }}{% post_url … %}`, `{{ site.url }}{{ site.baseurl }}…`): the address is
//!   the site's root; a path is then a file under the site's source folder (`/about.html`
//!   may be written `about.md`; `/about/` is `about/index.*` or `about.md`).

use std::path::{Path, PathBuf};

use url::Url;

/// Whether a link's destination, as written, starts with a template tag (`{{…}}`, `{%…%}`).
#[must_use]
pub fn is_template(raw: &str) -> bool {
    raw.starts_with("{{") || raw.starts_with("{%")
}

/// The local file a template link of a document at `base` (a `file:` URL) points to, with
/// the `#fragment` it names; `None` when the tag is not one of those read here or its
/// target is not on disk.
#[must_use]
pub fn template_target(raw: &str, base: &Url) -> Option<Url> {
    if base.scheme() != "file" {
        return None;
    }
    let doc = base.to_file_path().ok()?;
    let dir = doc.parent()?;
    let raw = match strip_site_address(raw) {
        Some(rest) if rest.starts_with('/') => return jekyll_path(dir, rest),
        Some(rest) => rest,
        None => raw,
    };
    let (name, args, after) = tag_parts(raw)?;
    // What follows the tag in the destination: only a fragment keeps the target a file.
    if !(after.is_empty() || after.starts_with('#')) {
        return None;
    }
    let (path, frag) = match name {
        "ref" | "relref" => {
            let arg = hugo_path(args)?;
            let (p, f) = arg
                .split_once('#')
                .map_or((arg, None), |(p, f)| (p, Some(f)));
            (hugo_file(dir, p)?, f)
        }
        "post_url" => (jekyll_post(dir, args.split_whitespace().next()?)?, None),
        "link" => {
            let p = args.split_whitespace().next()?;
            let root = dir.ancestors().find(|d| d.join("_config.yml").is_file())?;
            let at = root.join(p.trim_start_matches('/'));
            (file(at).filter(|f| lexically_under(f, root))?, None)
        }
        _ => return None,
    };
    // Parsed again: a URL made from a path keeps its `..` segments.
    let mut url = Url::parse(Url::from_file_path(path).ok()?.as_str()).ok()?;
    let frag = after.strip_prefix('#').filter(|f| !f.is_empty()).or(frag);
    url.set_fragment(frag.filter(|f| !f.is_empty()));
    Some(url)
}

/// What follows Jekyll's site address (`{{ site.baseurl }}`, `{{ site.url }}`, one or both,
/// blanks and `-` inside the braces as written) at the start of `raw`; `None` when it does
/// not start with one.
fn strip_site_address(raw: &str) -> Option<&str> {
    let mut rest = raw;
    let mut any = false;
    while let Some(r) = rest.strip_prefix("{{") {
        let (inner, after) = r.split_once("}}")?;
        let name = inner.trim_matches(|c: char| c == '-' || c.is_whitespace());
        if !matches!(name, "site.baseurl" | "site.url") {
            break;
        }
        rest = after;
        any = true;
    }
    any.then_some(rest)
}

/// The file of the Jekyll site (the nearest folder above `dir` with a `_config.yml`) a
/// root-relative path with an optional `#fragment` names, as its source is written: the
/// file itself, the Markdown page an `.html` path is made from, or a folder's index page.
fn jekyll_path(dir: &Path, p: &str) -> Option<Url> {
    let (path, frag) = p.split_once('#').map_or((p, None), |(a, f)| (a, Some(f)));
    let path = path.split(['?']).next().unwrap_or(path);
    let root = dir.ancestors().find(|d| d.join("_config.yml").is_file())?;
    let at = root.join(path.trim_start_matches('/'));
    if !lexically_under(&at, root) {
        return None;
    }
    let found = if path.ends_with('/') {
        ["index.md", "index.markdown", "index.html"]
            .iter()
            .find_map(|n| file(at.join(n)))
            .or_else(|| {
                let stem = at.file_name()?.to_str()?.to_string();
                file(at.with_file_name(format!("{stem}.md")))
            })
    } else {
        file(at.clone()).or_else(|| {
            let html = at.extension().is_some_and(|e| e == "html");
            html.then(|| {
                ["md", "markdown"]
                    .iter()
                    .find_map(|e| file(at.with_extension(e)))
            })
            .flatten()
        })
    }?;
    let mut url = Url::parse(Url::from_file_path(found).ok()?.as_str()).ok()?;
    url.set_fragment(frag.filter(|f| !f.is_empty()));
    Some(url)
}

/// A tag's name, its arguments and what follows its end in the destination.
fn tag_parts(raw: &str) -> Option<(&str, &str, &str)> {
    let (inner, after) = if let Some(r) = raw.strip_prefix("{{<") {
        r.split_once(">}}")?
    } else if let Some(r) = raw.strip_prefix("{{%") {
        r.split_once("%}}")?
    } else if let Some(r) = raw.strip_prefix("{%") {
        r.split_once("%}")?
    } else {
        return None;
    };
    let inner = inner.trim_matches(|c: char| c == '-' || c.is_whitespace());
    let (name, args) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
    Some((name, args.trim(), after))
}

/// The path of a Hugo `ref`/`relref`: its first positional argument or `path=`, unquoted.
fn hugo_path(args: &str) -> Option<&str> {
    let v = if let Some(at) = args
        .match_indices("path")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || args[..i].ends_with(char::is_whitespace))
        .filter(|&i| args[i + 4..].trim_start().starts_with('='))
    {
        unquote(args[at + 4..].trim_start()[1..].trim_start())?
    } else if args.contains('=') {
        return None;
    } else {
        unquote(args)?
    };
    (!v.is_empty()).then_some(v)
}

/// The value a shortcode argument starting `v` holds: quoted, or up to a blank.
fn unquote(v: &str) -> Option<&str> {
    match v.chars().next()? {
        q @ ('"' | '`' | '\'') => v.get(1..)?.split(q).next(),
        _ => v.split_whitespace().next(),
    }
}

/// The page a Hugo reference `p` (without its fragment) names, seen from folder `dir`.
fn hugo_file(dir: &Path, p: &str) -> Option<PathBuf> {
    let content = dir
        .ancestors()
        .find(|d| d.file_name().is_some_and(|n| n == "content"));
    let dirs: Vec<&Path> = match p.strip_prefix('/') {
        Some(_) => content.into_iter().collect(),
        None => std::iter::once(dir).chain(content).collect(),
    };
    let p = p.trim_start_matches('/');
    dirs.into_iter().find_map(|d| {
        let at = d.join(p);
        // Hugo finds pages in its `content` folder only: a `../` that climbs out of it
        // names no page (`{{< ref "../../../etc/passwd" >}}`).
        if content.is_some_and(|c| !lexically_under(&at, c)) {
            return None;
        }
        file(at.clone())
            .or_else(|| file(at.with_extension("md")).filter(|_| at.extension().is_none()))
            .or_else(|| file(at.join("index.md")))
            .or_else(|| file(at.join("_index.md")))
    })
}

/// Whether `path`, its `.` and `..` components applied as written (no link followed), is in
/// folder `root`.
pub(super) fn lexically_under(path: &Path, root: &Path) -> bool {
    use std::path::Component;
    let mut parts: Vec<Component<'_>> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return false;
                }
            }
            c => parts.push(c),
        }
    }
    parts.iter().collect::<PathBuf>().starts_with(root)
}

/// The post `name` (`2024-01-05-first`, or `sub/2024-01-05-first`) in the `_posts` folder
/// of the Jekyll site folder `dir` is in, or in a folder below it (Jekyll finds it there
/// too). A post found nowhere in it is the path it would have (`_posts/NAME.md`), which
/// is then checked and found missing: Jekyll fails its build on it ("Could not find post").
fn jekyll_post(dir: &Path, name: &str) -> Option<PathBuf> {
    let posts = dir.ancestors().find_map(|d| {
        if d.file_name().is_some_and(|n| n == "_posts") {
            Some(d.to_path_buf())
        } else {
            let p = d.join("_posts");
            p.is_dir().then_some(p)
        }
    })?;
    let exts = ["md", "markdown", "html"];
    if let Some(f) = exts
        .iter()
        .find_map(|ext| file(posts.join(format!("{name}.{ext}"))))
    {
        return Some(f);
    }
    // A post in a sub-folder, named by its file name alone; the walk is bounded.
    let leaf = Path::new(name).file_name()?.to_str()?;
    let mut stack = vec![(posts.clone(), 0usize)];
    let mut seen = 0usize;
    while let Some((d, depth)) = stack.pop() {
        for entry in std::fs::read_dir(&d).ok()?.flatten() {
            seen += 1;
            if seen > 20_000 {
                return None;
            }
            let p = entry.path();
            if p.is_dir() {
                if depth < 8 {
                    stack.push((p, depth + 1));
                }
            } else if exts
                .iter()
                .any(|e| p.file_name().and_then(|n| n.to_str()) == Some(&format!("{leaf}.{e}")))
            {
                return Some(p);
            }
        }
    }
    Some(posts.join(format!("{name}.md")))
}

/// `p` if it is a file.
fn file(p: PathBuf) -> Option<PathBuf> {
    p.is_file().then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tag's path that climbs out of the site names nothing (review, twenty-sixth
    /// session: `{{< ref "../../../etc/passwd" >}}` was read as that file).
    #[test]
    fn tag_paths_stay_in_the_site() {
        let site = tempfile::tempdir().expect("temp dir");
        let posts = site.path().join("content/posts");
        std::fs::create_dir_all(&posts).expect("dirs");
        std::fs::write(posts.join("a.md"), "# A\n").expect("write");
        std::fs::write(site.path().join("content/b.md"), "# B\n").expect("write");
        std::fs::write(site.path().join("secret.md"), "# S\n").expect("write");
        std::fs::write(site.path().join("_config.yml"), "").expect("write");
        let base = Url::from_file_path(posts.join("a.md")).expect("url");
        assert!(template_target("{{< ref \"../b.md\" >}}", &base).is_some());
        for climbing in [
            "{{< ref \"../../secret.md\" >}}",
            "{{< ref \"../../../../../../../../etc/passwd\" >}}",
            "{% link ../secret.md %}",
        ] {
            assert!(template_target(climbing, &base).is_none(), "{climbing}");
        }
        assert!(template_target("{% link secret.md %}", &base).is_some());
    }

    #[test]
    fn tag_parts_read_hugo_and_liquid_tags() {
        assert_eq!(
            tag_parts(r#"{{< ref "a.md" >}}#x"#),
            Some(("ref", r#""a.md""#, "#x"))
        );
        assert_eq!(
            tag_parts("{%- post_url 2020-01-01-a -%}"),
            Some(("post_url", "2020-01-01-a", ""))
        );
        assert_eq!(tag_parts("{{ site.baseurl }}/x"), None);
    }

    #[test]
    fn hugo_path_reads_positional_and_named_forms() {
        assert_eq!(hugo_path(r#""a/b.md""#), Some("a/b.md"));
        assert_eq!(hugo_path(r#"path="a.md" lang="fr""#), Some("a.md"));
        assert_eq!(hugo_path(r#"lang="fr" path='a.md'"#), Some("a.md"));
        assert_eq!(hugo_path("a.md"), Some("a.md"));
        assert_eq!(hugo_path(r#"lang="fr""#), None);
        assert_eq!(hugo_path(r#""""#), None);
    }
}
