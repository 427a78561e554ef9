//! PDFs (twenty-third session, eval-hostile): a stream that inflates past the decoding
//! budget leaves the rest of the PDF read and the quote `unverifiable` rather than the
//! process out of memory; text drawn with the `'` and `"` operators is read; thousands of
//! pages are read in time.

use std::io::Write;

use citecheck::model::{Body, Page, Quote, Verdict};
use citecheck::verify::pdf::PdfLimits;
use citecheck::verify::{read_page_with, verify_quote, Candidate, VerifyOptions};

const URL: &str = "https://records.example.net/harbour-survey.pdf";

/// One page's content stream, stored deflated or as it is.
struct PageContent {
    content: Vec<u8>,
    deflate: bool,
}

fn plain(content: &str) -> PageContent {
    PageContent {
        content: content.as_bytes().to_vec(),
        deflate: false,
    }
}

fn deflated(content: Vec<u8>) -> PageContent {
    PageContent {
        content,
        deflate: true,
    }
}

fn lines_page(lines: &[&str]) -> String {
    let mut s = String::from("BT /F1 10 Tf 60 740 Td 13 TL\n");
    for l in lines {
        s.push_str(&format!("({l}) Tj T*\n"));
    }
    s.push_str("ET");
    s
}

/// A PDF of `pages`, all in Helvetica.
fn build_pdf(pages: &[PageContent]) -> Vec<u8> {
    let n = pages.len();
    // 1 catalog, 2 page tree, 3 font, then a page and its content for each page.
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    for (i, p) in pages.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << \
                 /F1 3 0 R >> >> /Contents {} 0 R >>",
                5 + 2 * i
            )
            .into_bytes(),
        );
        let (data, filter) = if p.deflate {
            let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
            z.write_all(&p.content).unwrap();
            (z.finish().unwrap(), " /Filter /FlateDecode")
        } else {
            (p.content.clone(), "")
        };
        let mut o = format!("<< /Length {}{filter} >>\nstream\n", data.len()).into_bytes();
        o.extend_from_slice(&data);
        o.extend_from_slice(b"\nendstream");
        objects.push(o);
    }
    let mut pdf = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        pdf.extend_from_slice(o);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

fn page(pdf: Vec<u8>) -> Page {
    Page {
        final_url: URL.into(),
        status: 200,
        content_type: Some("application/pdf".into()),
        body: Body::Pdf(pdf),
        truncated: false,
    }
}

fn check(pdf: &[u8], quote: &str, opts: &VerifyOptions) -> (Verdict, String) {
    let source = read_page_with(&page(pdf.to_vec()), opts);
    let q = Quote::citing(quote, URL);
    let r = verify_quote(
        &q,
        "survey-notes.md",
        &[Candidate {
            url: URL,
            source: source.as_ref().map_err(Clone::clone),
        }],
        opts,
    );
    (r.verdict, r.detail)
}

/// A content stream showing one string of `n` letters: a few KiB deflated.
fn bomb(n: usize) -> Vec<u8> {
    let mut c = b"BT /F1 10 Tf 60 740 Td (".to_vec();
    c.resize(c.len() + n, b'W');
    c.extend_from_slice(b") Tj ET");
    c
}

fn small_budget() -> VerifyOptions {
    VerifyOptions {
        pdf: PdfLimits {
            decoded: 1 << 20,
            ..PdfLimits::default()
        },
        ..VerifyOptions::default()
    }
}

#[test]
fn a_stream_inflating_past_the_budget_leaves_the_rest_read() {
    let pdf = build_pdf(&[
        deflated(
            lines_page(&[
                "Harbour sediment survey, spring sampling round.",
                "The dredged channel held twice the silt recorded in the previous survey.",
            ])
            .into_bytes(),
        ),
        deflated(bomb(12 << 20)),
        plain(&lines_page(&[
            "Appendix: sampling stations and their depths.",
        ])),
    ]);
    assert!(pdf.len() < 64 << 10, "{}", pdf.len());
    let opts = small_budget();

    // The deflated first page fits the budget and is read; so is the plain third.
    let (v, d) = check(
        &pdf,
        "The dredged channel held twice the silt recorded in the previous survey",
        &opts,
    );
    assert_eq!(v, Verdict::Verified, "{d}");
    let (v, d) = check(&pdf, "sampling stations and their depths", &opts);
    assert_eq!(v, Verdict::Verified, "{d}");

    // A quote not on the pages read may be on the one left unread: not "not found".
    let (v, d) = check(
        &pdf,
        "The dredged channel was found to be entirely free of silt this spring",
        &opts,
    );
    assert_eq!(v, Verdict::Unverifiable, "{d}");
    assert!(
        d.contains("larger than 1 MiB when decompressed") && d.contains("part not read"),
        "{d}"
    );
}

#[test]
fn a_pdf_that_is_all_bomb_is_unverifiable_with_the_reason() {
    let pdf = build_pdf(&[deflated(bomb(4 << 20))]);
    let source = read_page_with(&page(pdf), &small_budget());
    let err = source.expect_err("no text to read");
    assert!(err.contains("larger than 1 MiB when decompressed"), "{err}");
}

#[test]
fn text_shown_with_the_quote_operators_is_read() {
    // `'` = next line, show; `"` = set word and character spacing, next line, show.
    let content = "BT /F1 10 Tf 60 740 Td 13 TL\n\
        (Minutes of the moorings committee.) Tj\n\
        (Members agreed to raise the winter mooring fee) '\n\
        (by four pounds a month from November.)'\n\
        0 0 (The harbour master will write to every berth holder.) \"\n\
        ET";
    let pdf = build_pdf(&[plain(content)]);
    let opts = VerifyOptions::default();
    for q in [
        "Members agreed to raise the winter mooring fee by four pounds a month from November",
        "The harbour master will write to every berth holder",
    ] {
        let (v, d) = check(&pdf, q, &opts);
        assert_eq!(v, Verdict::Verified, "{q}: {d}");
    }
    // The same inside a deflated stream and a page of only `'` lines.
    let only = "BT /F1 10 Tf 60 740 Td 13 TL (Tide tables are posted weekly at the slipway.) ' \
                (Visitors must report to the office on arrival.) ' ET";
    let pdf = build_pdf(&[deflated(only.as_bytes().to_vec())]);
    let (v, d) = check(&pdf, "Visitors must report to the office on arrival", &opts);
    assert_eq!(v, Verdict::Verified, "{d}");
}

#[test]
fn thousands_of_pages_are_read_to_the_last() {
    // Reading page by page walked the page tree once per page: 3,000 pages took over 20 s
    // (the reading's time limit) in a debug build, and the last pages were never read; one
    // walk takes a few. The limit is lifted here so that a loaded machine cannot fail the
    // test: it checks that every page is read, not how fast (speed is for benchmarks).
    let n = 3000;
    let pages: Vec<PageContent> = (1..=n)
        .map(|i| {
            let last = if i == n {
                "The final register lists forty-one vessels laid up for the winter."
            } else {
                "Register of vessels, continued from the previous page."
            };
            plain(&lines_page(&[
                &format!("Page {i} of the harbour register."),
                last,
            ]))
        })
        .collect();
    let pdf = build_pdf(&pages);
    let (v, d) = check(
        &pdf,
        "The final register lists forty-one vessels laid up for the winter",
        &VerifyOptions {
            pdf: citecheck::verify::pdf::PdfLimits {
                time: std::time::Duration::from_secs(600),
                ..Default::default()
            },
            ..VerifyOptions::default()
        },
    );
    assert_eq!(v, Verdict::Verified, "{d}");
}
