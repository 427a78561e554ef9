//! PDFs (fifty-sixth session): a word hyphenated over a page break past a small running
//! header on a page of one body line; lines drawn in any order read top to bottom; two
//! columns written row by row read column by column (and tables, indented lines, left as
//! they are); a PDF cut short before its cross-reference table read from its objects.

use citecheck::model::{Body, Page, Quote, Verdict};
use citecheck::verify::pdf::{pdf_pages, PdfLimits};
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

/// The page's words, one space between them.
fn words(pdf: &[u8], page: usize) -> String {
    let text = pdf_pages(pdf, PdfLimits::default()).unwrap();
    text.pages[page]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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

#[test]
fn lines_drawn_bottom_up_read_top_to_bottom() {
    let pdf = build_pdf(&[&[
        Line(
            60.,
            711.,
            10.,
            "before the autumn half term, weather permitting.",
        ),
        Line(
            60.,
            724.,
            10.,
            "the footpath behind the allotments will be resurfaced",
        ),
        Line(
            60.,
            737.,
            10.,
            "Members heard from the volunteer wardens that",
        ),
        Line(60., 750., 10., "Item 4: rights of way"),
    ]]);
    assert_eq!(
        words(&pdf, 0),
        "Item 4: rights of way Members heard from the volunteer wardens that the footpath \
         behind the allotments will be resurfaced before the autumn half term, weather \
         permitting."
    );
    let (verdict, detail) = check(
        &pdf,
        "the footpath behind the allotments will be resurfaced before the autumn half term",
    );
    assert_eq!(verdict, Verdict::Verified, "{detail}");
}

#[test]
fn two_columns_written_row_by_row_read_column_by_column() {
    let pdf = build_pdf(&[&[
        Line(60., 750., 10., "Residents on Church Row asked for"),
        Line(310., 750., 10., "The treasurer confirmed that the"),
        Line(60., 737., 10., "a speed limit of twenty miles an"),
        Line(310., 737., 10., "precept will rise by four per cent"),
        Line(60., 724., 10., "hour outside the primary school."),
        Line(310., 724., 10., "to cover the cost of grass cutting."),
    ]]);
    assert_eq!(
        words(&pdf, 0),
        "Residents on Church Row asked for a speed limit of twenty miles an hour outside the \
         primary school. The treasurer confirmed that the precept will rise by four per cent \
         to cover the cost of grass cutting."
    );
    for quote in [
        "Residents on Church Row asked for a speed limit of twenty miles an hour outside the \
         primary school.",
        "the precept will rise by four per cent to cover the cost of grass cutting.",
    ] {
        let (verdict, detail) = check(&pdf, quote);
        assert_eq!(verdict, Verdict::Verified, "{quote}: {detail}");
    }

    // The same columns written one after the other, under a small header: as drawn.
    let in_turn = build_pdf(&[&[
        Line(60., 800., 7., "Lower Wickham Parish Council"),
        Line(60., 750., 10., "Residents on Church Row asked for"),
        Line(60., 737., 10., "a speed limit of twenty miles an"),
        Line(60., 724., 10., "hour outside the primary school."),
        Line(310., 750., 10., "The treasurer confirmed that the"),
        Line(310., 737., 10., "precept will rise by four per cent"),
        Line(310., 724., 10., "to cover the cost of grass cutting."),
    ]]);
    assert_eq!(
        words(&in_turn, 0),
        "Lower Wickham Parish Council Residents on Church Row asked for a speed limit of twenty \
         miles an hour outside the primary school. The treasurer confirmed that the precept \
         will rise by four per cent to cover the cost of grass cutting."
    );

    // Not a table's cells, nor one column of indented lines.
    // A table: short cells at two x starts, row by row.
    let table = build_pdf(&[&[
        Line(60., 750., 10., "Grass cutting"),
        Line(310., 750., 10., "1,200"),
        Line(60., 737., 10., "Street lighting"),
        Line(310., 737., 10., "860"),
        Line(60., 724., 10., "Bus shelter repairs"),
        Line(310., 724., 10., "2,450"),
    ]]);
    assert_eq!(
        words(&table, 0),
        "Grass cutting 1,200 Street lighting 860 Bus shelter repairs 2,450"
    );
    // One column whose paragraphs start indented.
    let indented = build_pdf(&[&[
        Line(
            80.,
            750.,
            10.,
            "The meeting opened with apologies from two members.",
        ),
        Line(
            60.,
            737.,
            10.,
            "The minutes of the previous meeting were agreed.",
        ),
        Line(
            80.,
            724.,
            10.,
            "The chair thanked the wardens for their work.",
        ),
        Line(
            60.,
            711.,
            10.,
            "No other business was raised before the close.",
        ),
    ]]);
    assert_eq!(
        words(&indented, 0),
        "The meeting opened with apologies from two members. The minutes of the previous \
         meeting were agreed. The chair thanked the wardens for their work. No other business \
         was raised before the close."
    );
}

/// A PDF of two pages, a sentence on each: the village hall's roof, then the quotes for it.
fn village_hall_pdf() -> Vec<u8> {
    build_pdf(&[
        &[Line(
            60.,
            750.,
            10.,
            "The village hall roof will be replaced in the spring.",
        )],
        &[Line(
            60.,
            750.,
            10.,
            "Quotes for the work were invited from three firms.",
        )],
    ])
}

#[test]
fn a_pdf_cut_short_before_its_cross_reference_table_is_read_as_far_as_it_goes() {
    let whole = village_hall_pdf();
    // Cut inside the second page's content: no cross-reference table, no trailer.
    let at = whole.windows(6).rposition(|w| w == b"Quotes").unwrap();
    let cut = &whole[..at];
    let text = pdf_pages(cut, PdfLimits::default()).unwrap();
    assert!(text.pages[0].contains("village hall roof"), "{text:?}");
    assert!(text.cut.is_some(), "{text:?}");
    let (verdict, detail) = check(cut, "The village hall roof will be replaced in the spring.");
    assert_eq!(verdict, Verdict::Verified, "{detail}");
    // The second page's stream, cut off, is not read in part.
    let (verdict, detail) = check(cut, "Quotes for the work were invited from three firms.");
    assert_eq!(verdict, Verdict::Unverifiable, "{detail}");
}

/// Review of the sixty-second session: a quote whose first part is on a PDF read in part and
/// whose second is in the part not read is `partial`, and its detail says why the second may
/// be missing (as a quote not found there at all is `unverifiable`); it said only "not found".
#[test]
fn a_partial_quote_on_a_pdf_read_in_part_says_the_rest_may_be_in_the_part_not_read() {
    let whole = village_hall_pdf();
    let at = whole.windows(6).rposition(|w| w == b"Quotes").unwrap();
    let (verdict, detail) = check(
        &whole[..at],
        "The village hall roof will be replaced … Quotes for the work were invited from three \
         firms.",
    );
    assert_eq!(verdict, Verdict::Partial, "{detail}");
    assert!(
        detail.contains("so they may be in the part not read"),
        "{detail}"
    );
}
