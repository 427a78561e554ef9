//! UTF-16 without its byte order mark, a little damaged, on the command line.

use crate::support::{json, write, Cli};

/// Regression: a Windows "Unicode" export without its byte order mark, cut at an odd byte
/// and with a stray surrogate, was skipped as binary data (`extract` exited 2, naming the
/// file "binary"). It is read now, lossily, with the warning the same file with its mark
/// gets; a program's header with UTF-16 strings is still binary.
#[test]
fn damaged_utf16_without_its_mark_is_read_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let prose: String = (0..30)
        .map(|i| format!("Line {i}: the ferry log said \"the quay is closed\" again.\n"))
        .collect();
    let mut units: Vec<u16> = prose.encode_utf16().collect();
    units.insert(700, 0xDC01);
    let mut bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
    bytes.push(b'\n');
    write(d, "notes.md", &bytes);
    let out = Cli::in_dir(
        d,
        &["extract", "--no-config", "--format", "json", "notes.md"],
    )
    .run();
    assert_eq!(out.code, 1, "read, with a warning: {}", out.stderr);
    assert!(!out.stderr.contains("binary"), "{}", out.stderr);
    let v = json(&out);
    assert_eq!(v["documents"][0]["quotes"][0]["text"], "the quay is closed");
    assert_eq!(
        v["documents"][0]["quotes"].as_array().map(Vec::len),
        Some(30)
    );
    let warnings = v["documents"][0]["warnings"].as_array().expect("warnings");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("invalid UTF-16LE: decoded lossily")),
        "{warnings:?}"
    );
    // A program's header and its UTF-16 version strings, each ended by a NUL pair.
    let mut pe = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0".to_vec();
    for _ in 0..100 {
        let s = "FileDescription Timetable viewer for the harbour ferries of the coast";
        pe.extend(s.encode_utf16().chain([0]).flat_map(u16::to_le_bytes));
    }
    pe.push(1);
    write(d, "viewer.md", &pe);
    let out = Cli::in_dir(d, &["extract", "--no-config", "viewer.md"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("viewer.md") && out.stderr.contains("binary"),
        "{}",
        out.stderr
    );
}
