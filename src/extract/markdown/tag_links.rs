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
fn lexically_under(path: &Path, root: &Path) -> bool {
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
/// of the Jekyll site folder `dir` is in.
fn jekyll_post(dir: &Path, name: &str) -> Option<PathBuf> {
    let posts = dir.ancestors().find_map(|d| {
        if d.file_name().is_some_and(|n| n == "_posts") {
            Some(d.to_path_buf())
        } else {
            let p = d.join("_posts");
            p.is_dir().then_some(p)
        }
    })?;
    ["md", "markdown", "html"]
        .iter()
        .find_map(|ext| file(posts.join(format!("{name}.{ext}"))))
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
