//! PDFs (fifty-sixth session): a word hyphenated over a page break past a small running
//! header on a page of one body line.

use citecheck::model::{Body, Page, Quote, Verdict};
use citecheck::verify::{read_page_with, verify_quote, Candidate, VerifyOptions};

const URL: &str = "https://archive.example.org/parish-council-notes.pdf";

/// A line of text at (`x`, `y`) in Helvetica of `size` points.
struct Line<'a>(f64, f64, f64, &'a str);

fn content(lines: &[Line]) -> String {
    let mut s = String::new();
    for Line(x, y, size, text) in lines {
        s.push_str(&format!(
            "BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET\n"
        ));
    }
    s
}

/// A PDF with one page per entry, each drawing its lines in the order given.
fn build_pdf(pages: &[&[Line]]) -> Vec<u8> {
    let n = pages.len();
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    for (i, lines) in pages.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << \
                 /F1 3 0 R >> >> /Contents {} 0 R >>",
                5 + 2 * i
            )
            .into_bytes(),
        );
        let data = content(lines);
        objects
            .push(format!("<< /Length {} >>\nstream\n{data}\nendstream", data.len()).into_bytes());
    }
    let mut pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
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

fn check(pdf: &[u8], quote: &str) -> (Verdict, String) {
    let opts = VerifyOptions::default();
    let page = Page {
        final_url: URL.into(),
        status: 200,
        content_type: Some("application/pdf".into()),
        body: Body::Pdf(pdf.to_vec()),
        truncated: false,
    };
    let source = read_page_with(&page, &opts);
    let q = Quote::citing(quote, URL);
    let r = verify_quote(
        &q,
        "parish-notes.md",
        &[Candidate {
            url: URL,
            source: source.as_ref().map_err(Clone::clone),
        }],
        &opts,
    );
    (r.verdict, r.detail)
}

#[test]
fn a_word_hyphenated_over_a_page_break_reads_past_a_small_header_on_the_next_page() {
    for header in [
        "Parish Council  |  Notes of the spring meeting",
        "Parish Council of Lower Wickham  |  Notes of the spring meeting  |  Draft for comment only",
    ] {
        let pdf = build_pdf(&[
            &[Line(
                60.,
                750.,
                10.,
                "The clerk reported that the bus shelter on Mill Lane will be refurb-",
            )],
            &[
                Line(60., 805., 7.5, header),
                Line(60., 770., 10., "ished once the grant from the county has been paid."),
            ],
        ]);
        let (verdict, detail) = check(
            &pdf,
            "the bus shelter on Mill Lane will be refurbished once the grant from the county has \
             been paid.",
        );
        assert_eq!(verdict, Verdict::Verified, "{header}: {detail}");
    }
}
