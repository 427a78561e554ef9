//! Extraction throughput on large generated corpora (≥ 10 MB of Markdown and of HTML), built
//! in memory from realistic article shapes: prose paragraphs with quotes and markers, links of
//! every kind, block quotes, code, and a notes section.
//!
//! Each corpus is measured as one document and as a folder of files of twelve articles each
//! (`extract_many`, several documents at a time).
//!
//! `cargo bench --bench extract -- --warm-up-time 1 --measurement-time 3`; with
//! `CITECHECK_WRITE_CORPUS=DIR` the corpora are also written to `DIR/corpus.{md,html}` and
//! the folders `DIR/corpus-md/`, `DIR/corpus-html/` (see `scripts/bench-extract.sh`, which
//! times lychee on the same files).

use std::fmt::Write as _;

use citecheck::extract::{extract, extract_many, ExtractOptions};
use citecheck::model::{DocKind, Document, InputSource};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const TARGET: usize = 10 * 1024 * 1024 + 1;

fn markdown_article(i: usize) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "# Article {i}: harbours, ledgers and trade\n\n\
By [A. Writer](#) · [Share](#)\n\n\
The harbour ledgers for year {i} record a steady trade, and the archivist described them as \
“a diary of weather written by people who could not afford to be wrong”[^{i}a]. Further \
detail is in the [survey](https://survey.example.org/{i}/report) and at \
https://archive.example.org/ledgers/{i}_(scan).\n\n\
Critics called the programme \"theatrical\" and \"unhelpful\" (1), while supporters said it was \
the only plan on the table. See also the [ministry][m{i}] and <https://gov.example.org/{i}>.\n\n\
As the review's authors put it[^{i}b]:\n\n\
> Automation removes the keeper, but it does not remove the need for someone who knows the\n\
> difference between a squall and a storm.\n\n\
Write to desk{i}@example.com, or use `curl https://not.example.org/{i}` in a terminal.\n\n\
```\nhttps://code.example.org/{i}\n```\n\n\
![chart](img/chart-{i}.png)\n\n\
[m{i}]: https://ministry.example.org/{i}\n\n\
[^{i}a]: Mendes, Paulo. \"Logbooks of the Western Cape\". *Maritime Bulletin*, 14 June 2021, <https://bulletin.example.org/{i}>.\n\n\
[^{i}b]: Coastal Board. \"Review of Automation\". Ministry of Transport, November 1997.\n\n\
Notes\n\n1. Halvorsen, Tove K. \"Salt and Boats\". Institute for Coastal Research (ICR), May 2019, <https://research.example.org/{i}>.\n\n"
    );
    s
}

fn html_article(i: usize) -> String {
    format!(
        "<article><h1>Night trains, part {i}</h1>\
<p class=\"byline\">By <a href=\"/authors/{i}\">Lena Brandt</a> &middot; <a href=\"javascript:void(0)\">Share</a></p>\
<p>A network manager told the trade press that &ldquo;every couchette we add sells out within a month of the timetable going live&rdquo;<sup id=\"fnref{i}\"><a href=\"#fn{i}\">{i}</a></sup>. \
The full timetable is at https://timetables.example.org/{i} (updated weekly).</p>\
<p>A rail economist warned that <q cite=\"https://economics.example.org/{i}\">the sleeper is a hotel that moves, and hotels are expensive</q>.</p>\
<blockquote cite=\"https://operators.example.org/{i}\"><p>We do not expect every route to pay for itself in its first year.</p></blockquote>\
<figure><img src=\"img/{i}.jpg\" alt=\"A compartment\"><iframe src=\"https://maps.example.org/{i}\"></iframe></figure>\
<pre><code>https://code.example.org/{i}</code></pre>\
<section class=\"footnotes\"><ol><li id=\"fn{i}\"><p>Adler, Jonas. &ldquo;Sleeper Demand&rdquo;. <i>Rail Weekly</i>, 12 February 2024, \
<a href=\"https://railbusiness.example.org/{i}\">railbusiness.example.org</a>. <a href=\"#fnref{i}\" class=\"footnote-back\">&#8617;</a></p></li></ol></section>\
</article>\n"
    )
}

fn corpus(gen: fn(usize) -> String, head: &str, tail: &str) -> String {
    let mut s = String::with_capacity(TARGET + 4096);
    s.push_str(head);
    let mut i = 0;
    while s.len() < TARGET {
        s.push_str(&gen(i));
        i += 1;
    }
    s.push_str(tail);
    s
}

/// The same articles as a folder of files, `per_file` articles each (a content repository
/// rather than one huge page), written to `dir`; returns the files' texts in order.
fn folder(
    gen: fn(usize) -> String,
    head: &str,
    tail: &str,
    per_file: usize,
    dir: Option<(&std::path::Path, &str)>,
) -> Vec<String> {
    let mut files = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < TARGET {
        let mut s = String::from(head);
        for _ in 0..per_file {
            s.push_str(&gen(i));
            i += 1;
        }
        s.push_str(tail);
        total += s.len();
        files.push(s);
    }
    if let Some((dir, ext)) = dir {
        std::fs::create_dir_all(dir).expect("corpus folder");
        for (k, text) in files.iter().enumerate() {
            std::fs::write(dir.join(format!("article-{k:04}.{ext}")), text).expect("write");
        }
    }
    files
}

fn bench(c: &mut Criterion) {
    let md = corpus(markdown_article, "", "");
    let html = corpus(
        html_article,
        "<!DOCTYPE html><html><head><title>Corpus</title></head><body>",
        "</body></html>",
    );
    // scripts/bench-extract.sh asks for the corpora on disk, to time lychee on the same files.
    if let Some(dir) = std::env::var_os("CITECHECK_WRITE_CORPUS") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("corpus folder");
        std::fs::write(dir.join("corpus.md"), &md).expect("write corpus.md");
        std::fs::write(dir.join("corpus.html"), &html).expect("write corpus.html");
    }
    let out = std::env::var_os("CITECHECK_WRITE_CORPUS").map(std::path::PathBuf::from);
    let md_dir = out.as_ref().map(|d| d.join("corpus-md"));
    let html_dir = out.as_ref().map(|d| d.join("corpus-html"));
    let md_files = folder(
        markdown_article,
        "",
        "",
        12,
        md_dir.as_deref().map(|d| (d, "md")),
    );
    let html_files = folder(
        html_article,
        "<!DOCTYPE html><html><head><title>Articles</title></head><body>",
        "</body></html>",
        12,
        html_dir.as_deref().map(|d| (d, "html")),
    );
    let opts = ExtractOptions::default();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    for (name, kind, text) in [
        ("markdown", DocKind::Markdown, md),
        ("html", DocKind::Html, html),
    ] {
        let doc = Document {
            source: InputSource::Stdin,
            kind,
            text,
            base_url: url::Url::parse("https://articles.example.org/").ok(),
            warnings: Vec::new(),
        };
        g.throughput(Throughput::Bytes(doc.text.len() as u64));
        g.bench_function(name, |b| b.iter(|| extract(&doc, &opts)));
    }
    // A folder's worth of articles, several documents at a time (as `extract DIR` does).
    for (name, kind, files) in [
        ("markdown-folder", DocKind::Markdown, md_files),
        ("html-folder", DocKind::Html, html_files),
    ] {
        let docs: Vec<Document> = files
            .into_iter()
            .map(|text| Document {
                source: InputSource::Stdin,
                kind,
                text,
                base_url: url::Url::parse("https://articles.example.org/").ok(),
                warnings: Vec::new(),
            })
            .collect();
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(name, |b| b.iter(|| extract_many(&docs, &opts)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
