//! Word (`.docx`) and OpenDocument text (`.odt`) files (twenty-ninth session): a cited one is
//! read for its text, so quotes verify against it; an article written in one is read as
//! plain text, its hyperlinks and footnotes tied to its quotes. The files are built here by a
//! tiny ZIP writer (stored entries, and deflated ones through `flate2`).

use std::io::Write;

use citecheck::model::Verdict;
use citecheck::server::{Response, Server};

use crate::support::{check_on_with, files, json, quote_result as quote, write, Cli};

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ODT: &str = "application/vnd.oasis.opendocument.text";

/// A ZIP archive of `entries` (name, data, deflated?).
fn zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut cd = Vec::new();
    let le16 = |v: usize| u16::try_from(v).unwrap().to_le_bytes();
    let le32 = |v: usize| u32::try_from(v).unwrap().to_le_bytes();
    for (name, data, deflate) in entries {
        let stored = if *deflate {
            let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        } else {
            data.to_vec()
        };
        let method = if *deflate { 8 } else { 0 };
        let offset = out.len();
        out.extend_from_slice(b"PK\x03\x04");
        out.extend_from_slice(&le16(20));
        out.extend_from_slice(&le16(0));
        out.extend_from_slice(&le16(method));
        out.extend_from_slice(&[0; 8]); // time, date, CRC (not checked)
        out.extend_from_slice(&le32(stored.len()));
        out.extend_from_slice(&le32(data.len()));
        out.extend_from_slice(&le16(name.len()));
        out.extend_from_slice(&le16(0));
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&stored);
        cd.extend_from_slice(b"PK\x01\x02");
        cd.extend_from_slice(&le16(20));
        cd.extend_from_slice(&le16(20));
        cd.extend_from_slice(&le16(0));
        cd.extend_from_slice(&le16(method));
        cd.extend_from_slice(&[0; 8]);
        cd.extend_from_slice(&le32(stored.len()));
        cd.extend_from_slice(&le32(data.len()));
        cd.extend_from_slice(&le16(name.len()));
        cd.extend_from_slice(&[0; 12]);
        cd.extend_from_slice(&le32(offset));
        cd.extend_from_slice(name.as_bytes());
    }
    let cd_offset = out.len();
    out.extend_from_slice(&cd);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&le16(entries.len()));
    out.extend_from_slice(&le16(entries.len()));
    out.extend_from_slice(&le32(cd.len()));
    out.extend_from_slice(&le32(cd_offset));
    out.extend_from_slice(&le16(0));
    out
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

/// A run of text.
fn run(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

/// A Word document of `paragraphs` (their inner XML), with hyperlink relationships
/// `links` (id, URL) and footnotes (id, inner XML of its paragraph).
fn docx(paragraphs: &[String], links: &[(&str, &str)], notes: &[(u32, String)]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p>{p}</w:p>"))
        .collect();
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let rel = |links: &[(&str, &str)]| -> String {
        let r: String = links
            .iter()
            .map(|(id, url)| {
                format!(
                    r#"<Relationship Id="{id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url}" TargetMode="External"/>"#
                )
            })
            .collect();
        format!(
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{r}</Relationships>"#
        )
    };
    let feet: String = notes
        .iter()
        .map(|(id, p)| {
            format!(
                r#"<w:footnote w:id="{id}"><w:p><w:r><w:footnoteRef/></w:r>{p}</w:p></w:footnote>"#
            )
        })
        .collect();
    let footnotes = format!(
        r#"<?xml version="1.0"?><w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{feet}</w:footnotes>"#
    );
    let rels = rel(links);
    zip(&[
        (
            "[Content_Types].xml",
            b"<?xml version=\"1.0\"?><Types/>",
            false,
        ),
        ("word/document.xml", doc.as_bytes(), true),
        ("word/_rels/document.xml.rels", rels.as_bytes(), false),
        ("word/footnotes.xml", footnotes.as_bytes(), true),
        ("word/_rels/footnotes.xml.rels", rels.as_bytes(), false),
    ])
}

/// An OpenDocument text of `paragraphs` (inner XML of `text:p`).
fn odt(paragraphs: &[String]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<text:p>{p}</text:p>"))
        .collect();
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    zip(&[
        ("mimetype", ODT.as_bytes(), false),
        ("content.xml", content.as_bytes(), true),
    ])
}

fn report_docx() -> Vec<u8> {
    docx(
        &[
            run("Harbour Board annual report"),
            format!(
                "{}{}",
                run("Crossings on the northern route fell by a third after the bridge"),
                run(" opened, and fares rose twice in the same year.")
            ),
            run("The board expects the ferry to close by &quot;the end of the decade&quot;."),
        ],
        &[],
        &[],
    )
}

/// A cited Word document is read for its text: a quote in it is verified, a changed one
/// is altered (before, the page was `unverifiable`: content not read).
#[test]
fn a_quote_from_a_cited_docx_is_verified_and_a_changed_one_altered() {
    let server = Server::builder()
        .route(
            "/report.docx",
            Response::status(200)
                .header("Content-Type", DOCX)
                .body(report_docx()),
        )
        // A server that says nothing more than octet-stream: the name and magic tell.
        .route(
            "/files/report.docx",
            Response::status(200)
                .header("Content-Type", "application/octet-stream")
                .body(report_docx()),
        )
        .route(
            "/minutes.odt",
            Response::status(200)
                .header("Content-Type", ODT)
                .body(odt(&[
                "The harbour master said the tide <text:span>came early</text:span> on Tuesday."
                    .into(),
            ])),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let article = "# Ferries\n\n\
        The board found that \"crossings on the northern route fell by a third after the bridge \
        opened, and fares rose twice in the same year\" ([report](BASE/report.docx)).\n\n\
        It also said \"crossings on the southern route fell by a third after the bridge \
        opened\" ([report](BASE/report.docx)).\n\n\
        It expects closure by \"the end of the decade\" ([file](BASE/files/report.docx)).\n\n\
        The minutes say \"the tide came early on Tuesday\" ([minutes](BASE/minutes.odt)).\n";
    let report = check_on_with(&server, article, &[]);
    let q = quote(&report, "crossings on the northern");
    assert_eq!(q.verdict, Verdict::Verified, "{q:?}");
    let q = quote(&report, "crossings on the southern");
    assert_eq!(q.verdict, Verdict::Altered, "{q:?}");
    let q = quote(&report, "the end of the decade");
    assert_eq!(q.verdict, Verdict::Verified, "{q:?}");
    let q = quote(&report, "the tide came early");
    assert_eq!(q.verdict, Verdict::Verified, "{q:?}");
}

/// A cited Word document that cannot be read (damaged, a zip bomb past 8 × `--max-body`)
/// makes its quotes `unverifiable` with the reason, and the run goes on.
#[test]
fn a_damaged_or_bombed_cited_docx_is_unverifiable_with_the_reason() {
    let good = report_docx();
    let cut = good[..good.len() - 30].to_vec();
    let big = format!(
        "<w:document {W}><w:body><w:p>{}</w:p>{}</w:body></w:document>",
        run("Crossings fell."),
        " ".repeat(3 << 20)
    );
    let bomb = zip(&[("word/document.xml", big.as_bytes(), true)]);
    assert!(bomb.len() < 64 << 10);
    let server = Server::builder()
        .route(
            "/cut.docx",
            Response::status(200).header("Content-Type", DOCX).body(cut),
        )
        .route(
            "/bomb.docx",
            Response::status(200)
                .header("Content-Type", DOCX)
                .body(bomb),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let article = "The report says \"crossings on the northern route fell by a third\" \
        ([cut](BASE/cut.docx)).\n\nIt says \"crossings fell\" ([bomb](BASE/bomb.docx)).\n";
    let report = check_on_with(&server, article, &["--max-body", "262144"]);
    let q = quote(&report, "crossings on the northern");
    assert_eq!(q.verdict, Verdict::Unverifiable, "{q:?}");
    assert!(q.detail.contains("Word document"), "{}", q.detail);
    let q = quote(&report, "crossings fell");
    assert_eq!(q.verdict, Verdict::Unverifiable, "{q:?}");
    assert!(q.detail.contains("zip bomb"), "{}", q.detail);
}

/// A draft in Word: a quote whose footnote gives the source's URL, one in a sentence with a
/// hyperlink. Returns the document's bytes.
fn draft_docx(base: &str) -> Vec<u8> {
    docx(
        &[
            run("Ferries after the bridge"),
            format!(
                "{}<w:r><w:footnoteReference w:id=\"4\"/></w:r>{}<w:hyperlink r:id=\"rId7\">{}</w:hyperlink>{}",
                run("The harbour board reported that &#8220;crossings on the northern route fell by a third&#8221;."),
                run(" Fares went up as well, according to "),
                run("the ferry company"),
                run(", which said fares &#8220;rose twice in the same year&#8221;."),
            ),
        ],
        &[
            ("rId7", &format!("{base}/fares.html")),
            ("rId9", &format!("{base}/report.html")),
        ],
        &[(
            4,
            format!(
                "{}<w:hyperlink r:id=\"rId9\">{}</w:hyperlink>{}",
                run(" Harbour Board, "),
                run("Annual report"),
                run(", p. 4.")
            ),
        )],
    )
}

fn sources() -> citecheck::server::RunningServer {
    Server::builder()
        .route(
            "/report.html",
            Response::html(
                "<html><body><p>Crossings on the northern route fell by a third after the \
                 bridge opened.</p></body></html>",
            ),
        )
        .route(
            "/fares.html",
            Response::html(
                "<html><body><p>Our fares rose twice in the same year.</p></body></html>",
            ),
        )
        .bind("127.0.0.1:0")
        .unwrap()
}

/// An article written in Word is read as plain text: its footnote ties the quote before
/// it to the URL in the note, its hyperlink the quote beside it, and both verify.
#[test]
fn a_docx_article_ties_quotes_to_its_footnote_and_hyperlink() {
    let server = sources();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "draft.docx", draft_docx(&server.base_url()));
    let out = Cli::in_dir(
        dir.path(),
        &["extract", "--no-config", "draft.docx", "--format", "json"],
    )
    .run();
    let v = json(&out);
    let doc = &v["documents"][0];
    assert_eq!(doc["format"], "text", "{v}");
    let q = &doc["quotes"][0];
    assert_eq!(
        q["text"], "crossings on the northern route fell by a third",
        "{v}"
    );
    assert_eq!(q["citations"][0]["footnote"], "1", "{v}");
    assert_eq!(q["citations"][0]["attribution"], "marker_after", "{v}");
    assert_eq!(doc["footnotes"][0]["label"], "1", "{v}");
    assert!(
        doc["footnotes"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Harbour Board, Annual report ("),
        "{v}"
    );
    let out = Cli::in_dir(
        dir.path(),
        &["check", "--no-config", "draft.docx", "--format", "json"],
    )
    .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let report = out.report();
    let q = quote(&report, "crossings on the northern");
    assert_eq!(q.verdict, Verdict::Verified, "{q:?}");
    assert_eq!(
        q.checked_url.as_deref(),
        Some(&*format!("{}/report.html", server.base_url()))
    );
    let q = quote(&report, "rose twice");
    assert_eq!(q.verdict, Verdict::Verified, "{q:?}");
    assert!(
        q.checked_url.as_deref().unwrap().ends_with("/fares.html"),
        "{q:?}"
    );
    // So is one at a URL, sent as octet-stream under its name.
    let drafts = Server::builder()
        .route(
            "/drafts/ferries.docx",
            Response::status(200)
                .header("Content-Type", "application/octet-stream")
                .body(draft_docx(&server.base_url())),
        )
        .bind("127.0.0.1:0")
        .unwrap();
    let url = drafts.url("/drafts/ferries.docx");
    let out = Cli::new(&["extract", "--no-config", &url, "--format", "json"]).run();
    assert_eq!(
        json(&out)["documents"][0]["quotes"][0]["citations"][0]["footnote"],
        "1",
        "{}",
        out.stderr
    );
    // Standard input holding a Word document is read as one.
    let out = Cli::new(&["extract", "--no-config", "-", "--format", "json"])
        .stdin_bytes(&draft_docx(&server.base_url()))
        .run();
    assert_eq!(
        json(&out)["documents"][0]["quotes"][0]["citations"][0]["footnote"],
        "1"
    );
}

/// An OpenDocument text article: its note and its link are found as a Word document's.
#[test]
fn an_odt_article_ties_a_quote_to_its_note() {
    let server = sources();
    let base = server.base_url();
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "draft.odt",
        odt(&[
            "Ferries after the bridge".into(),
            format!(
                "The board reported that “crossings on the northern route fell by a third”.<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>Harbour Board, <text:a xlink:type=\"simple\" xlink:href=\"{base}/report.html\">annual report</text:a>.</text:p></text:note-body></text:note> Fares <text:a xlink:type=\"simple\" xlink:href=\"{base}/fares.html\">“rose twice in the same year”</text:a>."
            ),
        ]),
    );
    let out = Cli::in_dir(
        dir.path(),
        &["check", "--no-config", "draft.odt", "--format", "json"],
    )
    .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let report = out.report();
    let q = quote(&report, "crossings on the northern");
    assert_eq!(q.verdict, Verdict::Verified, "{q:?}");
    assert!(
        q.checked_url.as_deref().unwrap().ends_with("/report.html"),
        "{q:?}"
    );
    let q = quote(&report, "rose twice");
    assert_eq!(q.verdict, Verdict::Verified, "{q:?}");
}

/// A damaged Word document named on the command line is an input that cannot be read
/// (exit 2, the reason said); one whose parts would inflate past the cap is refused as a
/// zip bomb; a ZIP archive that is no office document is skipped as a binary file is.
#[test]
fn a_damaged_docx_article_is_an_unreadable_input() {
    let dir = tempfile::tempdir().unwrap();
    let good = draft_docx("https://example.org");
    write(dir.path(), "cut.docx", &good[..good.len() / 2]);
    let out = Cli::in_dir(dir.path(), &["extract", "--no-config", "cut.docx"]).run();
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stderr
            .contains("a Word document whose text cannot be read"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("cut.docx (text)"), "{}", out.stdout);
    // A central directory declaring a 100 MiB document.xml.
    let mut bomb = zip(&[("word/document.xml", b"<w:document/>", true)]);
    let cd = bomb.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    bomb[cd + 24..cd + 28].copy_from_slice(&(100u32 << 20).to_le_bytes());
    write(dir.path(), "bomb.docx", &bomb);
    let out = Cli::in_dir(dir.path(), &["extract", "--no-config", "bomb.docx"]).run();
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("zip bomb"), "{}", out.stderr);
    // A plain archive is no article: skipped with a warning, and with nothing else read,
    // exit 2 as for any binary file.
    write(dir.path(), "photos.zip", zip(&[("a.txt", b"hello", false)]));
    let out = Cli::in_dir(dir.path(), &["extract", "--no-config", "photos.zip"]).run();
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("ZIP archive"), "{}", out.stderr);
}

/// A folder walk reads Word and OpenDocument files with the Markdown ones, and skips a
/// plain ZIP archive.
#[test]
fn a_folder_walk_reads_docx_and_odt_files() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "site/a.md",
        "A [link](https://example.org/a).\n",
    );
    write(
        dir.path(),
        "site/drafts/b.docx",
        draft_docx("https://example.org"),
    );
    write(
        dir.path(),
        "site/drafts/c.odt",
        odt(&["See <text:a xlink:href=\"https://example.org/c\">c</text:a>.".into()]),
    );
    write(dir.path(), "site/d.zip", zip(&[("x.txt", b"x", false)]));
    let out = Cli::in_dir(
        dir.path(),
        &["extract", "--no-config", "site", "--format", "json"],
    )
    .run();
    assert_eq!(
        files(&out),
        ["site/a.md", "site/drafts/b.docx", "site/drafts/c.odt"],
        "{}",
        out.stderr
    );
    let v = json(&out);
    assert_eq!(
        v["documents"][2]["links"][0]["url"],
        "https://example.org/c"
    );
}
