//! Local links (`file://` URLs, which is what relative links in local files resolve to):
//! checked on disk, fragments included.
//!
//! This module owns the disk check and GitHub-style heading slugs for Markdown files. A
//! missing file is `dead`; a folder counts as present.

use std::collections::{BTreeMap, HashSet};
use std::io::Read;
use std::path::Path;

use url::Url;

use super::classify::{has_anchor, html_anchors, nearest_anchors};
use super::decode::{body_kind_at, body_text, decode_text, BodyKind};
use crate::model::{Body, FragmentStatus, LinkStatus, Page};

/// The outcome of checking a local file.
#[derive(Debug)]
pub struct LocalOutcome {
    /// Status.
    pub status: LinkStatus,
    /// Why.
    pub detail: String,
    /// Fragment result, when fragments were asked for.
    pub fragment: Option<FragmentStatus>,
    /// The fragments asked for that the file lacks.
    pub missing_fragments: Vec<String>,
    /// The fragments asked for that are not in the part read of a file cut at `max_body`.
    pub unchecked_fragments: Vec<String>,
    /// For each missing fragment with one: the anchor nearest in spelling.
    pub nearest_anchors: BTreeMap<String, String>,
    /// The file's content, when asked for.
    pub page: Option<Page>,
}

/// Checks a `file://` URL on disk.
#[must_use]
pub fn check_file(
    url: &Url,
    fragments: &[String],
    needs_body: bool,
    max_body: u64,
) -> LocalOutcome {
    let Ok(path) = url.to_file_path() else {
        return LocalOutcome {
            status: LinkStatus::Invalid,
            detail: format!("{url} is not a local path"),
            fragment: None,
            missing_fragments: Vec::new(),
            unchecked_fragments: Vec::new(),
            nearest_anchors: BTreeMap::new(),
            page: None,
        };
    };
    let Ok(meta) = std::fs::metadata(&path) else {
        // A site generator's page link without its extension (`[Setup](guide/setup)`):
        // Docusaurus, Hugo and MkDocs all serve the Markdown page it names.
        if let Some(page) = markdown_page_for(&path) {
            if let Ok(url2) = Url::from_file_path(&page) {
                let mut out = check_file(&url2, fragments, needs_body, max_body);
                out.detail = format!("resolved to {}; {}", page.display(), out.detail);
                return out;
            }
        }
        // A name that differs only in case from a file beside it works on a laptop's
        // file system and breaks on the server's: said, as the fix is one letter.
        // So too a folder on the way (`Guide/install.md` for `guide/install.md`).
        // A page link without its extension (`guide/Setup`) is looked for as the
        // Markdown pages it may name, too (`guide/setup.md`).
        let hint = std::iter::once(path.clone())
            .chain(markdown_page_names(&path))
            .find_map(|p| {
                case_twin(&p)
                    .map(|t| format!(" (there is {t}: the name differs only in case)"))
                    .or_else(|| {
                        case_twin_path(&p).map(|t| {
                            format!(" (there is {t}: a folder's name differs only in case)")
                        })
                    })
            })
            .unwrap_or_default();
        return LocalOutcome {
            status: LinkStatus::Dead,
            detail: format!("no such file: {}{hint}", path.display()),
            fragment: None,
            missing_fragments: Vec::new(),
            unchecked_fragments: Vec::new(),
            nearest_anchors: BTreeMap::new(),
            page: None,
        };
    };
    if meta.is_dir() {
        // A fragment of a folder is one of the page the site serves for it.
        if let Some(page) = folder_page(&path).filter(|_| !fragments.is_empty()) {
            if let Ok(url2) = Url::from_file_path(&page) {
                let mut out = check_file(&url2, fragments, false, max_body);
                out.detail = format!("folder exists, its page {}; {}", page.display(), out.detail);
                return out;
            }
        }
        return LocalOutcome {
            status: LinkStatus::Ok,
            detail: "folder exists".into(),
            fragment: (!fragments.is_empty()).then_some(FragmentStatus::Missing),
            missing_fragments: fragments.to_vec(),
            unchecked_fragments: Vec::new(),
            nearest_anchors: BTreeMap::new(),
            page: None,
        };
    }
    if !needs_body && fragments.is_empty() {
        return LocalOutcome {
            status: LinkStatus::Ok,
            detail: "file exists".into(),
            fragment: None,
            missing_fragments: Vec::new(),
            unchecked_fragments: Vec::new(),
            nearest_anchors: BTreeMap::new(),
            page: None,
        };
    }
    let mut bytes = Vec::new();
    let read = std::fs::File::open(&path)
        .and_then(|f| f.take(max_body.saturating_add(1)).read_to_end(&mut bytes));
    if let Err(e) = read {
        return LocalOutcome {
            status: LinkStatus::Error,
            detail: format!(
                "cannot read {}: {}",
                path.display(),
                crate::error::plain_io(&e)
            ),
            fragment: None,
            missing_fragments: Vec::new(),
            unchecked_fragments: Vec::new(),
            nearest_anchors: BTreeMap::new(),
            page: None,
        };
    }
    let truncated = bytes.len() as u64 > max_body;
    bytes.truncate(usize::try_from(max_body).unwrap_or(usize::MAX));
    let ctype = crate::server::content_type_for(&path);
    let markdown = is_markdown(&path);
    let kind = if markdown {
        BodyKind::Text
    } else {
        body_kind_at(&bytes, Some(ctype), &path.to_string_lossy())
    };
    // A Markdown file's anchors are read from its source, its text as it renders.
    let mut markdown_source = None;
    let body = match kind {
        BodyKind::Html => Body::Html(decode_text(&bytes, Some(ctype))),
        BodyKind::Text if markdown => {
            let src = decode_text(&bytes, Some(ctype));
            let text = super::markup::markdown_text(&src);
            markdown_source = Some(src);
            Body::Text(text)
        }
        BodyKind::Text => Body::Text(body_text(&bytes, Some(ctype), &path.to_string_lossy())),
        BodyKind::Pdf => Body::Pdf(bytes),
        BodyKind::Office => Body::Office(bytes),
        BodyKind::Other => Body::Other(ctype.to_string()),
    };
    let mut detail = "file exists".to_string();
    let mut missing_fragments = Vec::new();
    let mut unchecked_fragments = Vec::new();
    let mut nearest = BTreeMap::new();
    let fragment = if fragments.is_empty() {
        None
    } else if !matches!(&body, Body::Html(_)) && !markdown {
        // A PDF's `#page=2`, `#nameddest=…`, `#zoom=…` are the viewer's parameters, and
        // other files have no anchors: not checked, as for a fetched page that is no HTML.
        detail.push_str(&format!("; {NOT_HTML_NOTE}"));
        None
    } else {
        let anchors = match (&body, &markdown_source) {
            (_, Some(src)) => markdown_anchors_as(src, site_slugs(&path)),
            (Body::Html(t), _) => html_anchors(t),
            _ => HashSet::new(),
        };
        let missing: Vec<&String> = fragments
            .iter()
            .filter(|f| !has_anchor(&anchors, f))
            .collect();
        if missing.is_empty() {
            Some(FragmentStatus::Found)
        } else if truncated {
            // Absence from the part read proves nothing, as for a fetched page.
            detail.push_str(&format!("; {}", cut_note(&missing, max_body)));
            unchecked_fragments = missing.iter().map(|f| (*f).clone()).collect();
            None
        } else {
            nearest = nearest_anchors(&anchors, &missing);
            detail = format!("file exists, but {}", missing_text(&missing, &nearest));
            missing_fragments = missing.iter().map(|f| (*f).clone()).collect();
            Some(FragmentStatus::Missing)
        }
    };
    LocalOutcome {
        status: LinkStatus::Ok,
        detail,
        fragment,
        missing_fragments,
        unchecked_fragments,
        nearest_anchors: nearest,
        page: needs_body.then(|| Page {
            final_url: url.to_string(),
            status: 200,
            content_type: Some(ctype.to_string()),
            body,
            truncated,
        }),
    }
}

/// Why a fragment of a page that is no HTML (a PDF's `#page=2`) is not checked.
pub const NOT_HTML_NOTE: &str = "fragment not checked (not an HTML page)";

/// Why a client-side route (`#/settings`) is not checked as an anchor.
pub const ROUTE_NOTE: &str = "fragment not checked (a route or line the page's script reads)";

/// "anchor #a is missing" / "anchors #a, #b are missing".
#[must_use]
pub fn missing_text(missing: &[&String], nearest: &BTreeMap<String, String>) -> String {
    let text = anchors_are(missing, "missing");
    let hints: Vec<(&String, &String)> = missing
        .iter()
        .filter_map(|f| nearest.get(*f).map(|a| (*f, a)))
        .collect();
    match hints.as_slice() {
        [] => text,
        [(_, a)] if missing.len() == 1 => format!("{text} (did you mean #{a}?)"),
        _ => {
            let each: Vec<String> = hints
                .iter()
                .map(|(f, a)| format!("#{a} for #{f}"))
                .collect();
            format!("{text} (did you mean {}?)", each.join(", "))
        }
    }
}

/// "anchor #a is {what}" / "anchors #a, #b are {what}".
fn anchors_are(anchors: &[&String], what: &str) -> String {
    let list = anchors
        .iter()
        .map(|f| format!("#{f}"))
        .collect::<Vec<_>>()
        .join(", ");
    if anchors.len() == 1 {
        format!("anchor {list} is {what}")
    } else {
        format!("anchors {list} are {what}")
    }
}

/// Where [`cut_note`] ends: what [`find_cut_note`] looks for.
const CUT_END: &str = " bytes read (the page was cut at --max-body)";

/// The note on anchors absent from the part read of a page cut at `--max-body` (absence
/// there proves nothing): "fragment not checked: anchor #a is not in the first N bytes
/// read (the page was cut at --max-body)".
#[must_use]
pub fn cut_note(unchecked: &[&String], max_body: u64) -> String {
    format!(
        "fragment not checked: {} in the first {max_body}{CUT_END}",
        anchors_are(unchecked, "not")
    )
}

/// Where `detail` holds the [`cut_note`] on exactly `unchecked`, and the byte count it
/// names: a result for several fragments is split into one per fragment, each with the
/// note on its own (a cached result may have been checked under another `--max-body`, so
/// the count is read back rather than assumed).
#[must_use]
pub fn find_cut_note(detail: &str, unchecked: &[&String]) -> Option<(std::ops::Range<usize>, u64)> {
    let head = format!(
        "fragment not checked: {} in the first ",
        anchors_are(unchecked, "not")
    );
    let start = detail.find(&head)?;
    let rest = detail.get(start + head.len()..)?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let max_body = rest.get(..digits)?.parse().ok()?;
    let tail = rest.get(digits..)?.strip_prefix(CUT_END)?;
    Some((start..detail.len() - tail.len(), max_body))
}

/// The name of the entry beside `path` whose name equals its name but for case, if one
/// does (`Advanced.md` for `advanced.md`), on a file system that tells them apart.
fn case_twin(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let dir = path.parent()?;
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .take(10_000)
        .filter_map(|e| e.file_name().into_string().ok())
        .find(|n| n != name && n.to_lowercase() == name.to_lowercase())
}

/// Where `path`, whose folder does not exist, is found when the names of the folders on
/// the way that do not exist are matched whatever their case: the part of it from the
/// first name that differs (`guide/install.md` for `docs/Guide/install.md`), if that file
/// or folder exists and each name matched only one entry.
fn case_twin_path(path: &Path) -> Option<String> {
    // The deepest folder above that exists, and the names below it.
    let mut base = path.parent()?;
    let mut below: Vec<&std::ffi::OsStr> = vec![path.file_name()?];
    while !base.is_dir() {
        below.push(base.file_name()?);
        base = base.parent()?;
        if below.len() > 32 {
            return None;
        }
    }
    below.reverse();
    let mut at = base.to_path_buf();
    let mut shown: Vec<String> = Vec::new();
    for name in below {
        let name = name.to_str()?;
        if !shown.is_empty() || !at.join(name).exists() {
            let lower = name.to_lowercase();
            let mut twins = std::fs::read_dir(&at)
                .ok()?
                .flatten()
                .take(10_000)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.to_lowercase() == lower);
            let twin = twins.next()?;
            if twins.next().is_some() {
                return None;
            }
            at.push(&twin);
            shown.push(twin);
        } else {
            at.push(name);
        }
    }
    (!shown.is_empty() && at.exists()).then(|| shown.join("/"))
}

/// The Markdown extensions a page may be written with.
const MARKDOWN_EXTENSIONS: [&str; 6] = ["md", "mdx", "markdown", "mkd", "qmd", "rmd"];

/// The Markdown page an extensionless local link to a missing `path` names, as the site
/// generators resolve it: `PATH.md` (or `.mdx`, `.markdown`, `.mkd`). `None` when `path`
/// has an extension or no such file exists.
fn markdown_page_for(path: &Path) -> Option<std::path::PathBuf> {
    markdown_page_names(path).find(|p| p.is_file())
}

/// The Markdown pages a link without an extension may name (`guide/setup` →
/// `guide/setup.md`, …); none for a link with an extension.
fn markdown_page_names(path: &Path) -> impl Iterator<Item = std::path::PathBuf> + '_ {
    let name = path
        .extension()
        .is_none()
        .then(|| path.file_name().and_then(|n| n.to_str()))
        .flatten();
    name.into_iter().flat_map(move |name| {
        MARKDOWN_EXTENSIONS
            .iter()
            .map(move |e| path.with_file_name(format!("{name}.{e}")))
    })
}

/// The page a site serves for folder `dir`: a built site's `index.html` (`index.htm`), or
/// in its sources `index.md`, `_index.md` (Hugo) or `README.md` (or those names with another
/// Markdown extension).
fn folder_page(dir: &Path) -> Option<std::path::PathBuf> {
    ["index.html", "index.htm"]
        .into_iter()
        .map(|name| dir.join(name))
        .chain(["index", "_index", "README"].into_iter().flat_map(|stem| {
            MARKDOWN_EXTENSIONS
                .iter()
                .map(move |e| dir.join(format!("{stem}.{e}")))
        }))
        .find(|p| p.is_file())
}

fn is_markdown(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "md" | "markdown" | "mdx" | "mkd" | "qmd" | "rmd"
        )
    })
}

/// Anchors of a Markdown file: GitHub-style slugs of its headings (with `-1`, `-2` for
/// repeats) plus any HTML `id`/`name` written in it.
///
/// A heading with an explicit id (`## Troubleshooting {#trouble}`) has two anchors: the id,
/// which is all Docusaurus, Hugo, MkDocs, VitePress and Pandoc give it, and the slug of its
/// text with the braces (`troubleshooting-trouble`), as GitHub shows them as text. Which
/// renderer a link was written for is unknown, and a link that works in one of them is no
/// broken link; but the slug of the text without the braces (`troubleshooting`) is none
/// of them (the id replaces it), so a link to it is broken everywhere. Kramdown's `{:
/// #trouble}` on the line after the heading is a paragraph to the others: there the
/// heading's own slugs stay too.
///
/// Slugs: GitHub's (github-slugger: also Docusaurus, Hugo, Jekyll), MkDocs' (Python-Markdown
/// `toc`) and VitePress' (`@mdit-vue`: `What's new in 2.0?` is `what-s-new-in-2-0`).
#[must_use]
pub fn markdown_anchors(text: &str) -> HashSet<String> {
    markdown_anchors_as(text, Slugs::ANY)
}

/// The heading slugs a Markdown page answers to: those of the renderers its site uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slugs {
    /// GitHub's (github-slugger; Docusaurus, Hugo and Jekyll give the same).
    pub github: bool,
    /// MkDocs' (Python-Markdown's `toc`).
    pub mkdocs: bool,
    /// VitePress'.
    pub vitepress: bool,
}

impl Slugs {
    /// A page whose site names no generator: any renderer's slug is an anchor.
    pub const ANY: Slugs = Slugs {
        github: true,
        mkdocs: true,
        vitepress: true,
    };
}

/// The slugs the Markdown file at `path` answers to, from the site generator its folder or
/// one above it (up to the repository's top, the folder holding `.git`) names: `mkdocs.yml`
/// MkDocs', a `.vitepress` folder VitePress', `docusaurus.config.*` or `hugo.*` GitHub's
/// alone; always GitHub's too, where the repository's pages are also read. With none
/// named, any renderer's (a link that works somewhere is not failed). A held-out
/// evaluation's MkDocs site linked `#out-dir` to `## out_dir`, an anchor only VitePress
/// makes: it passed CI and was broken on the site.
#[must_use]
pub fn site_slugs(path: &Path) -> Slugs {
    const DOCUSAURUS_HUGO: [&str; 7] = [
        "docusaurus.config.js",
        "docusaurus.config.ts",
        "docusaurus.config.mjs",
        "docusaurus.config.cjs",
        "hugo.toml",
        "hugo.yaml",
        "hugo.json",
    ];
    let only = |mkdocs, vitepress| Slugs {
        github: true,
        mkdocs,
        vitepress,
    };
    for dir in path.ancestors().skip(1).take(32) {
        if dir.join("mkdocs.yml").is_file() || dir.join("mkdocs.yaml").is_file() {
            return only(true, false);
        }
        if dir.join(".vitepress").is_dir() {
            return only(false, true);
        }
        if DOCUSAURUS_HUGO.iter().any(|f| dir.join(f).is_file()) {
            return only(false, false);
        }
        if dir.join(".git").exists() {
            break;
        }
    }
    Slugs::ANY
}

/// [`markdown_anchors`] with the slugs of the renderers `slugs` names.
#[must_use]
pub fn markdown_anchors_as(text: &str, slugs: Slugs) -> HashSet<String> {
    use crate::extract::markdown::heading_attributes;
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    // Front matter (YAML `---`, TOML `+++`) is no part of the page: a `# comment` line in
    // it is no heading, and an `id=` in it no anchor (fifty-fifth session).
    let text = text
        .get(crate::extract::markdown::front_matter_len(text)..)
        .unwrap_or(text);
    let mut out = HashSet::new();
    // Code (fenced or indented blocks, code spans) is shown as text: an `id="…"` written in
    // it is no anchor. Their byte ranges, cut out before the HTML is read.
    let mut code: Vec<std::ops::Range<usize>> = Vec::new();
    // The slugs given so far, GitHub's and MkDocs' (see [`unique_slug`]).
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut toc_seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut vp_seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    // The heading's text so far, and whether it ended in a code span.
    let mut heading: Option<(String, bool)> = None;
    for (ev, range) in Parser::new(text).into_offset_iter() {
        match ev {
            Event::Start(Tag::Heading { .. }) => heading = Some((String::new(), false)),
            Event::Start(Tag::CodeBlock(_)) => code.push(range),
            Event::Text(t) => {
                if let Some((h, code)) = heading.as_mut() {
                    h.push_str(&t);
                    *code = false;
                }
            }
            Event::Code(t) => {
                if let Some((h, in_code)) = heading.as_mut() {
                    h.push_str(&t);
                    *in_code = true;
                }
                code.push(range);
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((full, code)) = heading.take() {
                    let attrs = heading_attributes(&full).filter(|_| !code);
                    // With an id, the renderers that read the braces give the id alone; the
                    // others slug the text with the braces in it.
                    let h = match attrs {
                        Some((_, Some(_))) => full.as_str(),
                        Some((at, None)) => full.get(..at).unwrap_or(""),
                        None => full.as_str(),
                    };
                    if let Some((_, id)) = attrs {
                        out.extend(id.map(str::to_string));
                        if id.is_none() {
                            // Classes only (`{ .md-button }`): renderers that read them
                            // slug the text before them, GitHub the whole.
                            out.insert(github_slug(&full));
                        }
                    }
                    // kramdown's attribute list on the line right after the heading.
                    let after = text.get(range.end..).unwrap_or("");
                    let after = if text.get(..range.end).is_some_and(|b| b.ends_with('\n')) {
                        after
                    } else {
                        after.strip_prefix('\n').unwrap_or(after)
                    };
                    let next = after.split('\n').next().unwrap_or("").trim();
                    if next.starts_with("{:") {
                        if let Some((_, Some(id))) = heading_attributes(next) {
                            out.insert(id.to_string());
                        }
                    }
                    if slugs.github {
                        out.insert(unique_slug(&mut seen, github_slug(h), '-'));
                    }
                    if slugs.mkdocs {
                        out.insert(unique_slug(&mut toc_seen, toc_slug(h), '_'));
                    }
                    if slugs.vitepress {
                        out.insert(unique_slug(&mut vp_seen, vitepress_slug(h), '-'));
                    }
                }
            }
            _ => {}
        }
    }
    out.extend(html_anchors(&without_ranges(text, &code)));
    out
}

/// `text` with the byte ranges `cut` (in order, not overlapping) replaced by a blank (a line
/// break where the range held one), borrowed when there is nothing to cut.
fn without_ranges<'a>(text: &'a str, cut: &[std::ops::Range<usize>]) -> std::borrow::Cow<'a, str> {
    if cut.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut kept = String::with_capacity(text.len());
    let mut at = 0;
    for r in cut {
        if r.start < at {
            continue;
        }
        kept.push_str(text.get(at..r.start).unwrap_or(""));
        let gone = text.get(r.clone()).unwrap_or("");
        kept.push(if gone.contains('\n') { '\n' } else { ' ' });
        at = r.end;
    }
    kept.push_str(text.get(at..).unwrap_or(""));
    std::borrow::Cow::Owned(kept)
}

/// `base` made unique among the slugs in `seen` as GitHub (github-slugger) and MkDocs do: a
/// repeat gets the lowest `-1`, `-2` (MkDocs: `_1`, `_2`) that no heading has taken yet, so
/// headings "Example", "Example 1", "Example" are `example`, `example-1`, `example-2`.
/// `seen` counts, for each slug written, how many repeats it has had.
fn unique_slug(
    seen: &mut std::collections::HashMap<String, usize>,
    base: String,
    sep: char,
) -> String {
    let mut slug = base.clone();
    // github-slugger: while the slug is taken, count up the base's repeats.
    while seen.contains_key(&slug) {
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        slug = format!("{base}{sep}{n}");
    }
    seen.insert(slug.clone(), 0);
    slug
}

/// MkDocs' heading slug (Python-Markdown's `toc` extension, its default `slugify`): accents
/// taken off (`é` → `e`), other letters that are not ASCII dropped, then punctuation but `-`
/// and `_` dropped, lower-cased, runs of blanks and `-` turned into one `-`: `Café &
/// Crème` → `cafe-creme`, ``The `--fast` flag`` → `the-fast-flag`.
#[must_use]
pub fn toc_slug(heading: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let kept: String = heading
        .nfkd()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-') || c.is_ascii_whitespace())
        .collect();
    let mut out = String::with_capacity(kept.len());
    for c in kept.trim_matches(|c: char| c.is_ascii_whitespace()).chars() {
        if c == '-' || c.is_ascii_whitespace() {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// VitePress' heading slug (`@mdit-vue/shared`'s `slugify`): accents taken off, control
/// characters dropped, every run of blanks and ASCII punctuation (`-` and `_` among them)
/// one `-`, none at either end, `_` before a leading digit, lower-cased: `What's new in
/// 2.0?` → `what-s-new-in-2-0`, `1.0 release` → `_1-0-release`.
#[must_use]
pub fn vitepress_slug(heading: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let special = |c: char| {
        c.is_whitespace() || c.is_ascii_punctuation() || matches!(c, '“' | '”' | '‘' | '’')
    };
    let mut out = String::with_capacity(heading.len());
    for c in heading.nfkd() {
        if ('\u{300}'..='\u{36f}').contains(&c) || c.is_control() {
            continue;
        }
        if special(c) {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    let t = out.trim_matches('-');
    if t.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{t}")
    } else {
        t.to_string()
    }
}

/// GitHub's heading slug: lower-cased, punctuation dropped (letters, digits, `-` and `_`
/// kept), spaces turned into `-`.
#[must_use]
pub fn github_slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| {
            if c == ' ' {
                Some('-')
            } else if c.is_alphanumeric() || c == '-' || c == '_' {
                Some(c)
            } else {
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: a local windows-1252 HTML file was decoded as UTF-8 (the content type
    /// guessed from its name claimed a charset and overrode its `<meta charset>`).
    #[test]
    fn local_windows_1252_page_is_decoded_by_its_meta_charset() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("page.html");
        let bytes =
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9</p></body></html>";
        std::fs::write(&path, bytes).expect("write");
        let url = Url::from_file_path(&path).expect("file url");
        let out = check_file(&url, &[], true, 1 << 20);
        match out.page.map(|p| p.body) {
            Some(Body::Html(text)) => assert!(text.contains("caf\u{e9}"), "{text}"),
            other => panic!("{other:?}"),
        }
    }

    /// Regression: a repeated heading took `-1` even when a heading "… 1" had it already
    /// (GitHub skips taken slugs), and MkDocs' slugs (`toc`) were unknown.
    #[test]
    fn repeated_headings_skip_taken_slugs_and_mkdocs_slugs_count() {
        let a = markdown_anchors(
            "# Run\n\n## Run 1\n\n## Run\n\n## Crème brûlée & tea\n\n## The `--dry` mode\n",
        );
        for s in [
            "run",
            "run-1",
            "run-2",
            "run_1",
            "creme-brulee-tea",
            "crème-brûlée--tea",
            "the---dry-mode",
            "the-dry-mode",
        ] {
            assert!(a.contains(s), "{s}: {a:?}");
        }
        assert!(!a.contains("run-1-1"), "{a:?}");
        assert_eq!(toc_slug("  Step_2 -- go! "), "step_2-go");
    }

    /// Regression: `[Setup](guide/setup)` beside `guide/setup.md` was a dead link, though
    /// Docusaurus, Hugo and MkDocs serve the page; a fragment of a folder was missing even
    /// when its `index.md` has the heading.
    #[test]
    fn extensionless_link_resolves_to_its_markdown_page() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("guide")).expect("mkdir");
        std::fs::write(dir.path().join("guide/setup.mdx"), "# Setup\n\n## Ports\n").expect("w");
        std::fs::write(dir.path().join("guide/index.md"), "# Guide\n\n## Tour\n").expect("w");
        let url = |p: &str| Url::from_file_path(dir.path().join(p)).expect("file url");
        let out = check_file(&url("guide/setup"), &["ports".to_string()], false, 1 << 20);
        assert_eq!(out.status, LinkStatus::Ok, "{}", out.detail);
        assert_eq!(out.fragment, Some(FragmentStatus::Found), "{}", out.detail);
        assert!(out.detail.contains("setup.mdx"), "{}", out.detail);
        let out = check_file(&url("guide/setup"), &["nope".to_string()], false, 1 << 20);
        assert_eq!(
            out.fragment,
            Some(FragmentStatus::Missing),
            "{}",
            out.detail
        );
        let out = check_file(&url("guide/gone"), &[], false, 1 << 20);
        assert_eq!(out.status, LinkStatus::Dead, "{}", out.detail);
        let out = check_file(&url("guide/setup.txt"), &[], false, 1 << 20);
        assert_eq!(out.status, LinkStatus::Dead, "{}", out.detail);
        let out = check_file(&url("guide"), &["tour".to_string()], false, 1 << 20);
        assert_eq!(out.fragment, Some(FragmentStatus::Found), "{}", out.detail);
    }

    /// Regression (eval-sitehealth): a built site's pretty URL with an anchor (`/guide/#install`,
    /// `guide/index.html` holding `id="install"`) was reported missing, as every anchor on a
    /// folder was; the folder's `index.html` is its page, and an anchor it lacks is missing.
    #[test]
    fn a_folder_anchor_is_looked_for_in_its_index_html() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("guide/advanced")).expect("mkdir");
        std::fs::write(
            dir.path().join("guide/index.html"),
            "<h2 id=\"install\">Install</h2><a name=\"legacy-setup\"></a>",
        )
        .expect("w");
        let url = |p: &str| Url::from_file_path(dir.path().join(p)).expect("file url");
        for anchor in ["install", "legacy-setup"] {
            let out = check_file(&url("guide/"), &[anchor.to_string()], false, 1 << 20);
            assert_eq!(out.status, LinkStatus::Ok, "{}", out.detail);
            assert_eq!(
                out.fragment,
                Some(FragmentStatus::Found),
                "{anchor}: {}",
                out.detail
            );
        }
        let out = check_file(&url("guide/"), &["instal".to_string()], false, 1 << 20);
        assert_eq!(
            out.fragment,
            Some(FragmentStatus::Missing),
            "{}",
            out.detail
        );
        // A folder with no page of its own: its anchors cannot be looked for.
        let out = check_file(&url("guide/advanced/"), &["x".to_string()], false, 1 << 20);
        assert_eq!(out.status, LinkStatus::Ok, "{}", out.detail);
    }

    #[test]
    fn slugs() {
        assert_eq!(github_slug("Hello, World!"), "hello-world");
        assert_eq!(github_slug("Ça va? `code` 2.0"), "ça-va-code-20");
        let a =
            markdown_anchors("# Intro\n\n## Intro\n\nText <a id=\"x\"></a>\n\nSetext\n======\n");
        for s in ["intro", "intro-1", "setext", "x"] {
            assert!(a.contains(s), "{s}: {a:?}");
        }
    }

    /// Regression: VitePress' ids (`what-s-new-in-2-0`: punctuation becomes `-`, where
    /// GitHub drops it) were missing fragments, though that is the id VitePress gives.
    #[test]
    fn vitepress_slugs_are_anchors() {
        assert_eq!(vitepress_slug("What's new in 2.0?"), "what-s-new-in-2-0");
        assert_eq!(vitepress_slug("1.0 release"), "_1-0-release");
        assert_eq!(vitepress_slug("Café — “quoted”"), "cafe-—-quoted");
        assert_eq!(vitepress_slug("--a__b--"), "a-b");
        let a = markdown_anchors("## What's new in 2.0?\n\n## What's new in 2.0?\n");
        for s in [
            "what-s-new-in-2-0",
            "what-s-new-in-2-0-1",
            "whats-new-in-20",
        ] {
            assert!(a.contains(s), "{s}: {a:?}");
        }
    }

    /// Regression: `## Windows { #windows-setup }` also answered to `#windows`, the slug
    /// of its text without the braces, which no renderer gives (those reading the braces
    /// give the id alone, GitHub slugs the braces in): a broken link passed.
    #[test]
    fn an_explicit_id_replaces_the_slug_of_the_text_before_it() {
        let a = markdown_anchors("## Windows { #windows-setup }\n\n## Mac {.wide}\n");
        for s in [
            "windows-setup",
            "windows--windows-setup-",
            "mac",
            "mac-wide",
        ] {
            assert!(a.contains(s), "{s}: {a:?}");
        }
        assert!(!a.contains("windows"), "{a:?}");
    }
}
