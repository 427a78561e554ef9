//! Inputs: turning command-line operands (files, folders, `-`, `http(s)://` URLs) into
//! [`Document`]s.
//!
//! This module owns walking folders (honouring `.gitignore`, `--glob`, `--exclude-path`),
//! decoding bytes to text (lossily, with a warning), detecting the document kind, and fetching
//! a live article. It does not extract anything.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use url::Url;

use crate::error::{Error, Result};
use crate::extract::detect_kind;
use crate::model::{DocKind, Document, InputSource, Warning};

/// File name endings read when walking a folder (an explicit file is always read).
pub const DOCUMENT_EXTENSIONS: &[&str] = &[
    "md", "markdown", "mdx", "mkd", "html", "htm", "xhtml", "txt", "text",
];

/// Largest input document read; a larger one is read up to this size, with a warning.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// One command-line operand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a folder.
    Path(PathBuf),
    /// A live article.
    Url(Url),
    /// `-`: standard input.
    Stdin,
}

impl Input {
    /// Parses an operand: `-` is stdin, `http://`/`https://` a URL, anything else a path.
    ///
    /// # Errors
    /// An operand that starts with `http(s)://` but is not a valid URL.
    pub fn parse(s: &str) -> Result<Input> {
        if s == "-" {
            return Ok(Input::Stdin);
        }
        let lower = s.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            return Url::parse(s).map(Input::Url).map_err(|e| Error::Option {
                option: "INPUT".into(),
                message: format!("{s}: {e}"),
            });
        }
        Ok(Input::Path(PathBuf::from(s)))
    }
}

/// How inputs are read.
#[derive(Debug, Clone, Default)]
pub struct InputOptions {
    /// Only files matching one of these globs are read from folders (all document types
    /// when empty).
    pub globs: Vec<String>,
    /// Paths matching one of these globs are skipped.
    pub exclude_paths: Vec<String>,
    /// Force a document kind instead of detecting it.
    pub format: Option<DocKind>,
    /// Base URL for relative links (overrides the file's folder or the article's URL).
    pub base_url: Option<Url>,
    /// Timeout for fetching a live article.
    pub timeout: Option<Duration>,
    /// User agent for fetching a live article.
    pub user_agent: Option<String>,
}

/// Expands the operands into the list of files and URLs to read, in a stable order.
///
/// # Errors
/// A path that does not exist, or a bad glob.
pub fn expand(inputs: &[Input], opts: &InputOptions) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    let excludes = build_globset(&opts.exclude_paths, "--exclude-path")?;
    let includes = build_globset(&opts.globs, "--glob")?;
    for input in inputs {
        match input {
            Input::Path(p) if p.is_dir() => {
                let keep = |path: &Path| {
                    if excludes.as_ref().is_some_and(|g| g.is_match(path)) {
                        return false;
                    }
                    match &includes {
                        Some(g) => {
                            g.is_match(path) || path.file_name().is_some_and(|n| g.is_match(n))
                        }
                        None => path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                            DOCUMENT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str())
                        }),
                    }
                };
                let mut found = walk(p, &keep)?;
                found.sort();
                out.extend(found.into_iter().map(Input::Path));
            }
            Input::Path(p) => {
                if !p.exists() {
                    return Err(Error::MissingPath(p.clone()));
                }
                out.push(input.clone());
            }
            other => out.push(other.clone()),
        }
    }
    Ok(out)
}

/// The files under `dir` that `keep` accepts (hidden and ignored ones left out), in no
/// particular order. Walked on every core: the walk (a directory read and several ignore-file
/// look-ups per folder) otherwise ran alone before any file could be read.
fn walk(dir: &Path, keep: &(dyn Fn(&Path) -> bool + Sync)) -> Result<Vec<PathBuf>> {
    use std::sync::{Mutex, PoisonError};
    let found = Mutex::new(Vec::new());
    let failed = Mutex::new(None);
    ignore::WalkBuilder::new(dir)
        .hidden(true)
        .require_git(false)
        .threads(crate::extract::par::threads())
        .build_parallel()
        .run(|| {
            let (found, failed) = (&found, &failed);
            Box::new(move |entry| match entry {
                Ok(entry) => {
                    if entry.file_type().is_some_and(|t| t.is_file()) && keep(entry.path()) {
                        found
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .push(entry.into_path());
                    }
                    ignore::WalkState::Continue
                }
                Err(e) => {
                    failed
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .get_or_insert(e);
                    ignore::WalkState::Quit
                }
            })
        });
    if let Some(e) = failed.into_inner().unwrap_or_else(PoisonError::into_inner) {
        return Err(Error::Io {
            context: format!("cannot walk {}", dir.display()),
            source: std::io::Error::other(e.to_string()),
        });
    }
    Ok(found.into_inner().unwrap_or_else(PoisonError::into_inner))
}

fn build_globset(globs: &[String], option: &str) -> Result<Option<globset::GlobSet>> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut b = globset::GlobSetBuilder::new();
    for g in globs {
        let glob = globset::Glob::new(g).map_err(|e| Error::Option {
            option: option.into(),
            message: format!("{g}: {e}"),
        })?;
        b.add(glob);
    }
    b.build().map(Some).map_err(|e| Error::Option {
        option: option.into(),
        message: e.to_string(),
    })
}

/// Decodes bytes to text: UTF-8 (BOM stripped) when valid; UTF-16 with its BOM; the encoding
/// a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">` within its first
/// 1024 bytes, when the bytes are not UTF-8 (a `windows-1252` or `Shift_JIS` page saved to
/// disk); otherwise UTF-8, lossily, with a warning. NUL bytes mark a binary file, which is
/// also reported.
#[must_use]
pub fn decode_document(bytes: &[u8], warnings: &mut Vec<Warning>) -> String {
    decode_owned(bytes.to_vec(), warnings)
}

/// How many leading bytes are searched for a declared charset, as browsers do.
const META_SNIFF_BYTES: usize = 1024;

/// The encoding the first bytes declare in a `<meta>` tag, if not UTF-8. The fetch side's
/// decoder reads the declaration; it is shown the bytes with every non-ASCII byte masked, so
/// that, finding none, it answers UTF-8 rather than guessing (a label is ASCII).
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes
        .get(..bytes.len().min(META_SNIFF_BYTES))
        .unwrap_or(&[]);
    if !head.windows(5).any(|w| w.eq_ignore_ascii_case(b"<meta")) {
        return None;
    }
    let masked: Vec<u8> = head
        .iter()
        .map(|&b| if b.is_ascii() { b } else { b'?' })
        .collect();
    let enc = crate::fetch::decode::choose_encoding(&masked, Some("text/html"));
    (enc != encoding_rs::UTF_8).then_some(enc)
}

/// Decodes `bytes` as `enc` (a BOM of it stripped), with a warning where bytes were invalid.
fn decode_as(
    enc: &'static encoding_rs::Encoding,
    bytes: &[u8],
    warnings: &mut Vec<Warning>,
) -> String {
    let (text, _, bad) = enc.decode(bytes);
    if bad {
        let first = text.find('\u{FFFD}').unwrap_or(0);
        let (line, column) = position_after(text.get(..first).unwrap_or("").as_bytes());
        warnings.push(Warning {
            line,
            column,
            message: format!(
                "invalid {}: decoded lossily (bad bytes shown as {})",
                enc.name(),
                '\u{FFFD}'
            ),
        });
    }
    text.into_owned()
}

/// [`decode_document`] taking the bytes: valid UTF-8 without NUL bytes (nearly every
/// article) becomes the text as it is, without a copy.
#[must_use]
pub fn decode_owned(mut bytes: Vec<u8>, warnings: &mut Vec<Warning>) -> String {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        // UTF-16 with its byte order mark (Windows tools save "Unicode" so).
        let enc = if bytes.first() == Some(&0xFF) {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        return decode_as(enc, &bytes, warnings);
    }
    let has_nul = memchr::memchr(0, &bytes).is_some();
    if has_nul {
        warnings.push(Warning {
            line: 1,
            column: 1,
            message: "this looks like a binary file (it contains NUL bytes); read as text anyway"
                .into(),
        });
    }
    let text = match String::from_utf8(bytes) {
        // A page in an encoding that is not ASCII-compatible (ISO-2022-JP) is valid UTF-8 too.
        Ok(s) => match declared_encoding(s.as_bytes()).filter(|e| !e.is_ascii_compatible()) {
            Some(enc) => decode_as(enc, s.as_bytes(), warnings),
            None => s,
        },
        Err(e) if declared_encoding(e.as_bytes()).is_some() => {
            let bytes = e.into_bytes();
            let enc = declared_encoding(&bytes).unwrap_or(encoding_rs::UTF_8);
            decode_as(enc, &bytes, warnings)
        }
        Err(e) => {
            let bytes = e.into_bytes();
            let valid = std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), str::len);
            let (line, column) = position_after(bytes.get(..valid).unwrap_or(&[]));
            warnings.push(Warning {
                line,
                column,
                message: "invalid UTF-8: decoded lossily (bad bytes shown as \u{FFFD})".into(),
            });
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    if has_nul {
        text.replace('\0', "\u{FFFD}")
    } else {
        text
    }
}

/// Line and column (1-based, characters) just after `prefix`.
fn position_after(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() + 1;
    let last = text.rsplit('\n').next().unwrap_or("");
    (line, last.chars().count() + 1)
}

/// Reads one local file into a document.
///
/// # Errors
/// The file cannot be opened or read.
pub fn read_path(path: &Path, opts: &InputOptions) -> Result<Document> {
    let file = std::fs::File::open(path).map_err(|source| Error::ReadPath {
        path: path.to_path_buf(),
        source,
    })?;
    // Sized from the file's length: no regrowing (and copying) a large buffer while reading.
    let len = file
        .metadata()
        .map_or(0, |m| m.len())
        .min(DEFAULT_MAX_INPUT_BYTES + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0).saturating_add(1));
    file.take(DEFAULT_MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::ReadPath {
            path: path.to_path_buf(),
            source,
        })?;
    let mut warnings = Vec::new();
    if bytes.len() as u64 > DEFAULT_MAX_INPUT_BYTES {
        bytes.truncate(usize::try_from(DEFAULT_MAX_INPUT_BYTES).unwrap_or(usize::MAX));
        warnings.push(Warning {
            line: 1,
            column: 1,
            message: format!(
                "file larger than {DEFAULT_MAX_INPUT_BYTES} bytes: only the start was read"
            ),
        });
    }
    let text = decode_owned(bytes, &mut warnings);
    let kind = opts
        .format
        .unwrap_or_else(|| detect_kind(path.to_str(), None, &text));
    let base_url = opts.base_url.clone().or_else(|| file_base_url(path));
    Ok(Document {
        source: InputSource::Path(path.to_path_buf()),
        kind,
        text,
        base_url,
        warnings,
    })
}

/// The `file://` URL of a file's folder, for resolving its relative links.
#[must_use]
pub fn file_base_url(path: &Path) -> Option<Url> {
    let abs = std::path::absolute(path).ok()?;
    Url::from_file_path(abs).ok()
}

/// Reads standard input into a document.
///
/// # Errors
/// Standard input cannot be read.
pub fn read_stdin(opts: &InputOptions) -> Result<Document> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(DEFAULT_MAX_INPUT_BYTES)
        .read_to_end(&mut bytes)
        .map_err(Error::Stdin)?;
    let mut warnings = Vec::new();
    let text = decode_owned(bytes, &mut warnings);
    let kind = opts
        .format
        .unwrap_or_else(|| detect_kind(None, None, &text));
    Ok(Document {
        source: InputSource::Stdin,
        kind,
        text,
        base_url: opts.base_url.clone(),
        warnings,
    })
}

/// Fetches a live article.
///
/// # Errors
/// The request fails or the server answers with an error status.
pub async fn read_url(
    url: &Url,
    opts: &InputOptions,
    client: &reqwest::Client,
) -> Result<Document> {
    let fail = |reason: String| Error::FetchInput {
        url: url.to_string(),
        reason,
    };
    let mut req = client.get(url.clone());
    if let Some(t) = opts.timeout {
        req = req.timeout(t);
    }
    let resp = req.send().await.map_err(|e| fail(error_chain(&e)))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(fail(format!("HTTP {status}")));
    }
    let final_url = resp.url().clone();
    let content_type = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let mut bytes = Vec::new();
    let mut resp = resp;
    while let Some(chunk) = resp.chunk().await.map_err(|e| fail(error_chain(&e)))? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() as u64 > DEFAULT_MAX_INPUT_BYTES {
            return Err(fail(format!(
                "article larger than {DEFAULT_MAX_INPUT_BYTES} bytes"
            )));
        }
    }
    let mut warnings = Vec::new();
    let text = crate::fetch::decode::decode_text(&bytes, content_type.as_deref());
    if text.contains('\u{FFFD}') && std::str::from_utf8(&bytes).is_err() {
        let _ = decode_document(&bytes, &mut warnings);
    }
    let kind = opts
        .format
        .unwrap_or_else(|| detect_kind(Some(final_url.path()), content_type.as_deref(), &text));
    Ok(Document {
        source: InputSource::Url(url.clone()),
        kind,
        text,
        base_url: opts.base_url.clone().or(Some(final_url)),
        warnings,
    })
}

/// An error and its causes, joined, for a one-line message.
#[must_use]
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let m = c.to_string();
        if !s.contains(&m) {
            s.push_str(": ");
            s.push_str(&m);
        }
        cur = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::{decode_document, decode_owned};

    #[test]
    fn valid_utf8_is_taken_as_it_is() {
        let bytes = "Quoted “text” here.\n".as_bytes().to_vec();
        let at = bytes.as_ptr();
        let mut w = Vec::new();
        let s = decode_owned(bytes, &mut w);
        assert_eq!(s, "Quoted “text” here.\n");
        assert_eq!(s.as_ptr(), at, "no copy of valid text");
        assert!(w.is_empty());
    }

    #[test]
    fn bom_nul_and_bad_bytes() {
        let mut w = Vec::new();
        assert_eq!(decode_owned(b"\xEF\xBB\xBFHi".to_vec(), &mut w), "Hi");
        assert!(w.is_empty());

        let s = decode_owned(b"a\0b".to_vec(), &mut w);
        assert_eq!(s, "a\u{FFFD}b");
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("binary"), "{}", w[0].message);

        w.clear();
        let s = decode_document(b"ok\nx\xFFy\0", &mut w);
        assert_eq!(s, "ok\nx\u{FFFD}y\u{FFFD}");
        let bad = w.iter().find(|w| w.message.contains("invalid UTF-8"));
        let bad = bad.map(|w| (w.line, w.column));
        assert_eq!(bad, Some((2, 2)));
        assert_eq!(w.len(), 2);
    }

    /// The folder walk: documents only, recursively, in path order; `.gitignore` (also
    /// nested, without a git repository) and hidden files honoured; `--glob` keeps by path or
    /// by name; `--exclude-path` drops; a folder named through a symbolic link is walked, a
    /// link inside is not followed. The same at one and at several threads.
    #[test]
    fn folder_walk_filters_and_order() {
        use super::{expand, Input, InputOptions};
        use std::path::Path;
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path().join("site");
        let files = [
            "a.md",
            "b.html",
            "notes.txt",
            "image.png",
            "build/out.md",
            "drafts/keep.md",
            "drafts/skip.md",
            ".hidden/x.md",
            ".secret.md",
            "z/deep/er/c.markdown",
            "z/deep/er/d.MD",
        ];
        for f in files {
            let p = d.join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(&p, "# x\n").expect("write");
        }
        std::fs::write(d.join(".gitignore"), "build/\n").expect("write");
        std::fs::write(d.join("drafts/.gitignore"), "skip.md\n").expect("write");
        let names = |got: Vec<Input>, root: &Path| -> Vec<String> {
            got.into_iter()
                .map(|i| match i {
                    Input::Path(p) => p
                        .strip_prefix(root)
                        .expect("under the root")
                        .to_string_lossy()
                        .replace('\\', "/"),
                    other => panic!("{other:?}"),
                })
                .collect()
        };
        let walk = |root: &Path, opts: &InputOptions, threads: usize| {
            let got = crate::extract::par::with_threads(threads, || {
                expand(&[Input::Path(root.to_path_buf())], opts)
            });
            names(got.expect("walk"), root)
        };
        let all = [
            "a.md",
            "b.html",
            "drafts/keep.md",
            "notes.txt",
            "z/deep/er/c.markdown",
            "z/deep/er/d.MD",
        ];
        for threads in [1, 2, 4] {
            let opts = InputOptions::default();
            assert_eq!(walk(&d, &opts, threads), all, "threads {threads}");
            let globbed = InputOptions {
                globs: vec!["*.html".into(), "**/er/*.markdown".into()],
                ..InputOptions::default()
            };
            assert_eq!(
                walk(&d, &globbed, threads),
                ["b.html", "z/deep/er/c.markdown"]
            );
            let excluded = InputOptions {
                exclude_paths: vec!["**/z/**".into(), "**/notes.txt".into()],
                ..InputOptions::default()
            };
            assert_eq!(
                walk(&d, &excluded, threads),
                ["a.md", "b.html", "drafts/keep.md"]
            );
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(&d, &link).expect("symlink");
            std::os::unix::fs::symlink(d.join("z"), d.join("zlink")).expect("symlink");
            for threads in [1, 2] {
                let opts = InputOptions::default();
                assert_eq!(walk(&link, &opts, threads), all, "threads {threads}");
            }
        }
    }
}
