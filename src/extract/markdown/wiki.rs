//! Obsidian's wikilinks (`[[Note]]`, `[[Folder/Note#Heading|alias]]`, `![[chart.png]]`) as
//! links to the files of the vault they name, so a note renamed or never written is found
//! before the article is published.
//!
//! A wikilink names a note by its name, not by a path: Obsidian looks for it in the whole
//! vault (the nearest folder above the document holding `.obsidian`). Read the same way
//! here: the name as a path from the vault's root, then from the document's folder, then
//! any file of the vault whose path ends with it (the shortest such path, letter case aside,
//! as Obsidian picks one). A name without an extension is a note (`Name.md`). A heading
//! (`#Second call`) is checked as the anchor its heading gets (the GitHub slug the local
//! check computes); a block reference (`#^a1b2`) is not checked.
//!
//! In a vault a name found nowhere is a broken link: the note's would-be file, which the
//! check reports dead. Outside a vault (no `.obsidian` folder: a clone that ignores it, a
//! Foam or Dendron notebook, standard input) only the document's own folder and the folders
//! under it are searched, and a name not found there is left unchecked, as before: the note
//! may well be elsewhere.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use url::Url;

use crate::extract::RawLink;

/// The most files of one folder looked through for notes: a vault larger than this has the
/// rest of its notes left unfound (so unchecked outside a vault, dead inside one is avoided
/// by not calling a name missing when the listing was cut).
const MAX_FILES: usize = 200_000;

/// A wikilink's raw form: its target (`Folder/Note#Heading`, without the alias) in double
/// brackets, which no URL is.
#[must_use]
pub(crate) fn raw(target: &str) -> String {
    format!("[[{target}]]")
}

/// The target of a raw wikilink ([`raw`]), `None` for any other link.
fn target(raw: &str) -> Option<&str> {
    raw.strip_prefix("[[")?.strip_suffix("]]")
}

/// Whether any of `links` is a wikilink.
#[must_use]
pub(crate) fn any(links: &[RawLink]) -> bool {
    links.iter().any(|l| target(&l.raw).is_some())
}

/// Each wikilink of a document at `base` made a link to the file it names (a `file:` URL,
/// with the heading's anchor), or to the note's would-be file in a vault where it is found
/// nowhere; the others (outside a vault, or a document that is no local file) are dropped.
pub(crate) fn resolve(links: &mut Vec<RawLink>, base: Option<&Url>) {
    let doc = base
        .filter(|b| b.scheme() == "file")
        .and_then(|b| b.to_file_path().ok());
    let dir = doc.as_deref().and_then(Path::parent);
    let vault = dir.and_then(|d| d.ancestors().find(|a| a.join(".obsidian").is_dir()));
    links.retain_mut(|l| {
        let Some(t) = target(&l.raw) else {
            return true;
        };
        let (Some(doc), Some(dir)) = (doc.as_deref(), dir) else {
            return false;
        };
        match place(t, doc, dir, vault) {
            Some(url) => {
                l.raw = url;
                true
            }
            None => false,
        }
    });
}

/// The URL wikilink target `t` of document `doc` (in folder `dir`, in `vault` if any) names.
fn place(t: &str, doc: &Path, dir: &Path, vault: Option<&Path>) -> Option<String> {
    let (name, heading) = t.split_once('#').unwrap_or((t, ""));
    let name = name.trim();
    // `[[Note#Part#Section]]` names the last heading; `#^id` a block, not checked.
    let heading = heading.rsplit('#').next().unwrap_or("").trim();
    let anchor = (!heading.is_empty() && !heading.starts_with('^'))
        .then(|| crate::fetch::local::github_slug(heading));
    let root = vault.unwrap_or(dir);
    let file = if name.is_empty() {
        Some(doc.to_path_buf())
    } else {
        find(name, root, dir)
    };
    let (file, found) = match file {
        Some(f) => (f, true),
        None if vault.is_some() && !listing(root).cut => (root.join(note_file(name)), false),
        None => return None,
    };
    let mut url = Url::from_file_path(&file).ok()?;
    // A missing note's anchor says nothing more: the file is dead already.
    url.set_fragment(anchor.as_deref().filter(|_| found));
    Some(url.into())
}

/// The kinds of file Obsidian shows or embeds besides notes: a name ending in one of these
/// is that file, any other name a note (`Meeting 2024.03.01` is `Meeting 2024.03.01.md`).
const ATTACHMENTS: &[&str] = &[
    "md", "png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif", "mp3", "webm", "wav", "m4a",
    "ogg", "3gp", "flac", "mp4", "ogv", "mov", "mkv", "pdf", "canvas", "base",
];

/// `name` as the file it names: itself when it ends with a known extension (`.png`, `.md`),
/// otherwise the note `Name.md`.
fn note_file(name: &str) -> String {
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if ext.is_some_and(|e| ATTACHMENTS.contains(&e.as_str())) {
        name.to_string()
    } else {
        format!("{name}.md")
    }
}

/// The file of `root` (or of `dir`, below it) that note or file `name` is.
fn find(name: &str, root: &Path, dir: &Path) -> Option<PathBuf> {
    let tries = [name.to_string(), note_file(name)];
    for base in [root, dir] {
        for n in &tries {
            let at = base.join(n);
            if super::tag_links::lexically_under(&at, root) && at.is_file() {
                return Some(at);
            }
        }
    }
    // Anywhere in the vault, by the end of its path (`Note`, `Folder/Note`), letter case
    // aside: the shortest path wins.
    let ends: Vec<String> = tries
        .iter()
        .map(|n| format!("/{}", n.trim_start_matches('/').to_lowercase()))
        .collect();
    let list = listing(root);
    // Only files of the name's last part can end with it: those are looked up by that part
    // (a scan of the whole listing per link cost links × files in a large vault), and taken
    // in the listing's order, so that the same file wins a tie.
    let mut candidates: Vec<usize> = ends
        .iter()
        .filter_map(|e| list.by_name.get(base_name(e)))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    candidates
        .into_iter()
        .filter_map(|i| list.files.get(i))
        .filter(|(lower, _)| ends.iter().any(|e| lower.ends_with(e.as_str())))
        .min_by_key(|(lower, _)| (lower.matches('/').count(), lower.len()))
        .map(|(_, p)| p.clone())
}

/// The last part of a lowercased `/`-separated path (`note.md` of `/folder/note.md`).
fn base_name(lower: &str) -> &str {
    lower.rsplit('/').next().unwrap_or(lower)
}

/// The files under a folder: each path lowercased (with a leading `/`, relative to the
/// folder) beside the path itself.
struct Listing {
    files: Vec<(String, PathBuf)>,
    /// The files by the last part of their lowercased path, each in listing order.
    by_name: HashMap<String, Vec<usize>>,
    /// The walk stopped at [`MAX_FILES`].
    cut: bool,
}

/// The files under `root` (hidden ones, `.obsidian` and `.trash` among them, left out), read
/// once per folder and run: every document of a vault shares one walk.
fn listing(root: &Path) -> Arc<Listing> {
    static CACHE: LazyLock<Mutex<HashMap<PathBuf, Arc<Listing>>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(l) = cache.get(root) {
        return Arc::clone(l);
    }
    let mut files = Vec::new();
    let mut cut = false;
    let walk = ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        .build();
    for entry in walk.flatten() {
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        if files.len() >= MAX_FILES {
            cut = true;
            break;
        }
        let p = entry.into_path();
        let rel = p.strip_prefix(root).unwrap_or(&p);
        let lower = format!(
            "/{}",
            rel.to_string_lossy().replace('\\', "/").to_lowercase()
        );
        files.push((lower, p));
    }
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (lower, _)) in files.iter().enumerate() {
        by_name
            .entry(base_name(lower).to_string())
            .or_default()
            .push(i);
    }
    let l = Arc::new(Listing {
        files,
        by_name,
        cut,
    });
    cache.insert(root.to_path_buf(), Arc::clone(&l));
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name is found by the last part of its path: the same file as a scan of the whole
    /// listing picks (the shortest path, letter case aside, the listing's first on a tie),
    /// for bare names, folder-qualified ones, attachments and names found nowhere.
    #[test]
    fn names_found_by_their_last_part_as_by_a_scan() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        for f in [
            "Deep/er/Harbour log.md",
            "Deep/Harbour Log.md",
            "Other/harbour log.md",
            "Other/Tide table.md",
            "Tide Table.md.md",
            "pics/Chart.PNG",
            "a/b/c/Chart.png",
            "Minutes/2024/Harbour log.md",
        ] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(&p, "x").expect("write");
        }
        let scan = |name: &str| -> Option<PathBuf> {
            let ends: Vec<String> = [name.to_string(), note_file(name)]
                .iter()
                .map(|n| format!("/{}", n.trim_start_matches('/').to_lowercase()))
                .collect();
            listing(root)
                .files
                .iter()
                .filter(|(lower, _)| ends.iter().any(|e| lower.ends_with(e.as_str())))
                .min_by_key(|(lower, _)| (lower.matches('/').count(), lower.len()))
                .map(|(_, p)| p.clone())
        };
        let elsewhere = root.join("nowhere");
        let mut found = 0;
        for name in [
            "Harbour log",
            "HARBOUR LOG",
            "er/Harbour log",
            "2024/harbour log",
            "Tide table",
            "Tide Table.md",
            "chart.png",
            "c/Chart.png",
            "Nowhere",
            "/Harbour log",
            "folder/",
        ] {
            let got = find(name, root, &elsewhere);
            assert_eq!(got, scan(name), "{name}");
            found += usize::from(got.is_some());
        }
        assert_eq!(found, 9);
        assert!(find("Harbour log", root, &elsewhere).is_some_and(|p| p
            .ends_with("Deep/Harbour Log.md")
            || p.ends_with("Other/harbour log.md")));
    }
}
