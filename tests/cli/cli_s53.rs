//! Regressions from the fifty-third session.

use std::process::{Command, Stdio};

use crate::support::{files, json, run_unprivileged, skipped_unprivileged, write};

/// A report sent to the file the standard output is redirected to (`--report
/// json=/dev/stdout > out.txt`, or `--report json=out.txt > out.txt`) was written over the
/// main report's beginning: the file was neither report, and the run exited as if all was
/// well. It is refused before the run (exit 2, naming the option); through a pipe, where the
/// two reports follow each other whole, it is allowed.
#[cfg(unix)]
#[test]
fn a_report_to_the_file_the_standard_output_goes_to_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", "# A\n\nSee [the setup](missing.md).\n");
    let run = |report: &str, stdout: Stdio| {
        Command::new(env!("CARGO_BIN_EXE_citecheck"))
            .current_dir(d)
            .env_clear()
            .env("NO_COLOR", "1")
            .args(["check", "a.md", "--no-config", "--format", "markdown"])
            .args(["--report", report])
            .stdout(stdout)
            .stderr(Stdio::piped())
            .output()
            .expect("run citecheck")
    };
    for report in ["json=/dev/stdout", "json=out.txt", "sarif=./sub/../out.txt"] {
        let file = std::fs::File::create(d.join("out.txt")).expect("out.txt");
        let out = run(report, Stdio::from(file));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{report}: {stderr}");
        assert!(
            stderr.contains(&format!("--report {report}"))
                && stderr.contains("is where the standard output goes"),
            "{report}: {stderr}"
        );
    }
    // Another file, or a pipe: both reports are written whole.
    let file = std::fs::File::create(d.join("main.md")).expect("main.md");
    let out = run("json=out.json", Stdio::from(file));
    assert_eq!(out.status.code(), Some(1), "{:?}", out);
    let json = std::fs::read_to_string(d.join("out.json")).expect("out.json");
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    let out = run("json=/dev/stdout", Stdio::piped());
    assert_eq!(out.status.code(), Some(1), "{:?}", out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("missing.md") && stdout.contains("\"schema_version\": 1"),
        "{stdout}"
    );
}

/// A file that cannot be read, found by walking `.`, was named `./content/ref/secret.md` in
/// the JSON `file`, the warning, the JUnit message and the error line, while SARIF and the
/// readable files said `content/…`: one file, two names for a dashboard to group by. It is
/// named without its `./` everywhere now.
#[cfg(unix)]
#[test]
fn an_unreadable_file_found_in_dot_is_named_without_dot_slash() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "content/fine.md", "# Fine\n\nNothing cited.\n");
    write(d, "content/ref/secret.md", "# Secret\n");
    let secret = d.join("content/ref/secret.md");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let out = run_unprivileged(d, &["extract", ".", "--no-config", "--format", "json"]);
    let junit = run_unprivileged(d, &["check", ".", "--no-config", "--format", "junit"]);
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let (Some(out), Some(junit)) = (out, junit) else {
        skipped_unprivileged();
        return;
    };
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(files(&out), ["content/fine.md", "content/ref/secret.md"]);
    let warning = json(&out)["documents"][1]["warnings"][0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(
        warning.starts_with("cannot read content/ref/secret.md"),
        "{warning}"
    );
    for text in [&out.stderr, &junit.stdout, &junit.stderr] {
        assert!(text.contains("content/ref/secret.md"), "{text}");
        assert!(!text.contains("./content"), "{text}");
    }
}
