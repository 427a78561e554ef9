//! Hostile PDFs end their reader, not the run (twenty-fifth session): each one aborted the
//! whole `citecheck` process before PDFs were read in a child process (a stack overflow in
//! the parser, or an allocation that failed), so no report was written at all.

use citecheck::model::Verdict;
use citecheck::server::Response;

use crate::support::{check_article, one_page_pdf, pdf_of, pdf_stream, quote_result as quote};

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
