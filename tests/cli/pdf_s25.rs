//! Hostile PDFs end their reader, not the run (twenty-fifth session): each one aborted the
//! whole `citecheck` process before PDFs were read in a child process (a stack overflow in
//! the parser, or an allocation that failed), so no report was written at all.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{
    check_article, check_on_with, one_page_pdf, pdf_of, pdf_stream, quote_result as quote,
};

fn pdf(body: Vec<u8>) -> Response {
    Response::status(200)
        .header("Content-Type", "application/pdf")
        .body(body)
}

/// A page whose dictionary holds an array nested `depth` deep (`lopdf` parses it by
/// recursion, one stack frame per level).
fn deeply_nested_pdf(depth: usize) -> Vec<u8> {
    let text = "BT /F1 12 Tf 72 720 Td (The tide tables were printed again in June.) Tj ET\n";
    pdf_of(&[
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> >> /PieceInfo {}{} >>",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
        pdf_stream("", text),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
    ])
}

/// A page that draws a form which draws itself (`pdf-extract` follows `Do` by recursion).
fn self_drawing_form_pdf() -> Vec<u8> {
    pdf_of(&[
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> >>"
            .into(),
        pdf_stream(
            "",
            "BT /F1 12 Tf 72 720 Td (The ferry timetable changed in spring.) Tj ET /Fm1 Do\n",
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
        pdf_stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792]",
            "BT /F1 12 Tf 72 700 Td (Drawn again.) Tj ET /Fm1 Do\n",
        ),
    ])
}

#[test]
fn a_pdf_that_overflows_its_readers_stack_is_unverifiable_and_the_run_goes_on() {
    let good = "The harbour master counted forty boats on the first morning.";
    let report = check_article(
        vec![
            ("/deep.pdf", pdf(deeply_nested_pdf(400_000))),
            ("/self.pdf", pdf(self_drawing_form_pdf())),
            ("/good.pdf", pdf(one_page_pdf(&[good]))),
        ],
        "The tables say “The tide tables were printed again in June” ([tables](BASE/deep.pdf)).\n\n\
         The notice says “The ferry timetable changed in spring” ([notice](BASE/self.pdf)).\n\n\
         The log says “The harbour master counted forty boats on the first morning” \
         ([log](BASE/good.pdf)).\n",
    );
    for start in ["The tide tables", "The ferry timetable"] {
        let r = quote(&report, start);
        assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
        assert!(r.detail.contains("unreadable"), "{r:#?}");
    }
    assert_eq!(
        quote(&report, "The harbour master").verdict,
        Verdict::Verified
    );
}

/// A cross-reference stream whose field widths ask for a hundred terabytes: `lopdf` set
/// that much aside before reading a byte, and the failed allocation aborted the process.
#[test]
fn a_pdf_whose_cross_reference_widths_are_absurd_is_unverifiable() {
    let text = "BT /F1 12 Tf 72 720 Td (The lock gates were repainted.) Tj ET\n";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .into(),
        pdf_stream("", text),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
    ];
    let mut body = String::from("%PDF-1.5\n");
    for (i, o) in objects.iter().enumerate() {
        body.push_str(&format!("{} 0 obj\n{o}\nendobj\n", i + 1));
    }
    let xref = body.len();
    body.push_str(&format!(
        "6 0 obj\n{}\nendobj\nstartxref\n{xref}\n%%EOF\n",
        pdf_stream(
            "/Type /XRef /Size 7 /W [1 99999999999999 1] /Root 1 0 R",
            "abc"
        )
    ));
    let report = check_article(
        vec![
            ("/locks.pdf", pdf(body.into_bytes())),
            ("/log.txt", Response::text("The lock keeper opened the gates at dawn.")),
        ],
        "The notice says “The lock gates were repainted last summer” ([notice](BASE/locks.pdf)).\n\n\
         The log says “The lock keeper opened the gates at dawn” ([log](BASE/log.txt)).\n",
    );
    let r = quote(&report, "The lock gates");
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert_eq!(quote(&report, "The lock keeper").verdict, Verdict::Verified);
}

/// A page drawing a form that draws the next twice, thirty deep: 2^30 drawings, minutes of
/// work that neither overflows nor allocates.
#[cfg(target_os = "linux")]
fn endless_pdf() -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>"
            .into(),
        pdf_stream("", "/X Do\n"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
    ];
    for level in 0..30 {
        let id = 6 + level;
        let (resources, content) = if level == 29 {
            (
                "/Resources << /Font << /F1 5 0 R >> >>".to_string(),
                "BT /F1 12 Tf 72 700 Td (Again.) Tj ET\n".to_string(),
            )
        } else {
            (
                format!(
                    "/Resources << /Font << /F1 5 0 R >> /XObject << /X {} 0 R >> >>",
                    id + 1
                ),
                "/X Do /X Do\n".to_string(),
            )
        };
        objects.push(pdf_stream(
            &format!("/Type /XObject /Subtype /Form /BBox [0 0 612 792] {resources}"),
            &content,
        ));
    }
    pdf_of(&objects)
}

/// The processes whose parent is `parent` and whose command line holds `arg`.
#[cfg(target_os = "linux")]
fn children_with(parent: u32, arg: &str) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        // `pid (name) state ppid …`; the name may hold spaces, so fields follow the `)`.
        let mut after = stat
            .rsplit_once(')')
            .map_or("", |(_, r)| r)
            .split_whitespace();
        let (state, ppid) = (after.next(), after.next());
        if String::from_utf8_lossy(&cmdline).contains(arg)
            && ppid == Some(parent.to_string().as_str())
            && state != Some("Z")
        {
            found.push(pid);
        }
    }
    found
}

/// Waits (at most `secs` seconds, checking every 50 ms) for `done`.
#[cfg(target_os = "linux")]
fn eventually(secs: u64, mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..secs * 20 {
        if done() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    done()
}

/// A run killed while its child reads a PDF (a CI job's timeout kills the one process it
/// started) took the child with it: the child went on reading for minutes, orphaned.
#[cfg(target_os = "linux")]
#[test]
fn a_pdf_readers_child_dies_with_its_parent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("endless.pdf");
    std::fs::write(&path, endless_pdf()).expect("write");
    let mut run = std::process::Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .args(["extract", "--no-config"])
        .arg(&path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start citecheck");
    let parent = run.id();
    let mut child = Vec::new();
    let started = eventually(20, || {
        child = children_with(parent, citecheck::verify::pdf::CHILD_ARG);
        !child.is_empty()
    });
    assert!(started, "no PDF reader was started");
    run.kill().expect("kill the run");
    run.wait().expect("reap the run");
    // The orphan is re-parented (to init or a subreaper): look for it by its own id.
    let gone = eventually(20, || {
        child.iter().all(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/stat")).map_or(true, |s| {
                s.rsplit_once(')')
                    .is_some_and(|(_, r)| r.trim_start().starts_with('Z'))
            })
        })
    });
    assert!(gone, "the PDF reader {child:?} outlived its parent");
}

/// The same PDFs, under a small `--max-body`: the reader capped its address space below
/// what it had mapped at start (the allocator's arena), so any mapping after that failed,
/// even its stack's growth, and it died at random (8 of 20 runs at 5 MiB).
#[test]
fn pdfs_are_read_under_a_small_max_body() {
    let mut pages = Vec::new();
    let mut article = String::new();
    for i in 0..6 {
        let line = format!("The survey of bay {i} found nesting terns on the shingle.");
        pages.push((format!("/bay{i}.pdf"), pdf(one_page_pdf(&[&line]))));
        article.push_str(&format!(
            "It says “{line}” ([survey](BASE/bay{i}.pdf)).\n\n"
        ));
    }
    let report = check_with_max_body(pages, &article, "1MiB");
    for i in 0..6 {
        let r = quote(&report, &format!("The survey of bay {i}"));
        assert_eq!(r.verdict, Verdict::Verified, "{r:#?}");
    }
}

/// Checks `article` (naming the server as `BASE`) against `pages` under `--max-body`.
fn check_with_max_body(
    pages: Vec<(String, Response)>,
    article: &str,
    max_body: &str,
) -> citecheck::model::Report {
    let mut server = citecheck::server::Server::builder();
    for (path, response) in pages {
        server = server.route(&path, response);
    }
    let server = server.bind("127.0.0.1:0").expect("bind loopback");
    check_on_with(&server, article, &["--max-body", max_body])
}

/// A page whose text is longer than the budget (a 50 KB form drawn 25 times) makes the PDF
/// read in part, and its reader is stopped: it was waited for until it had read the whole
/// file (82 s for 240 such pages), and reported as having ended early.
#[test]
fn a_page_whose_text_passes_the_budget_makes_the_pdf_read_in_part() {
    let mut content = String::from("BT /F1 1 Tf 0 0 Td (");
    content.push_str(&"a ".repeat(25_000));
    content.push_str(") Tj ET\n");
    let long = pdf_of(&[
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>"
            .into(),
        pdf_stream("", &"/X Do ".repeat(25)),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
        pdf_stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792] \
             /Resources << /Font << /F1 5 0 R >> >>",
            &content,
        ),
    ]);
    // 100 KB: a budget of 800 KB decoded, and so of 1 MiB of text (the least).
    let report = check_with_max_body(
        vec![("/long.pdf".into(), pdf(long))],
        "It says “The gulls returned to the harbour wall in April” ([notes](BASE/long.pdf)).\n",
        "100KB",
    );
    let r = quote(&report, "The gulls returned");
    assert_eq!(r.verdict, Verdict::Unverifiable, "{r:#?}");
    assert!(r.detail.contains("longer than"), "{r:#?}");
}

/// An argument that is not UTF-8 is a usage error (exit 2), as clap reports it: the look
/// for the PDF reader's argument read the arguments as UTF-8 and panicked (exit 101).
#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .arg(std::ffi::OsStr::from_bytes(b"\xff"))
        .output()
        .expect("run citecheck");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{out:?}"
    );
}
