//! Extraction throughput on large generated corpora (≥ 10 MB each), built in memory:
//! - `corpus.md` / `corpus.html`: short, citation-dense articles (a quote, notes, links of
//!   every kind, a block quote, code and a notes section every 1.3 KB): the stress case;
//! - `prose.md`: long-form articles in the shape of the ones the tool is for (mostly prose,
//!   a quoted paragraph introduced by a sentence ending `(1):`, a short "Notes" section).
//!
//! The dense corpora are measured as one document and as a folder of files of twelve
//! articles each (`extract_many`, several documents at a time).
//!
//! `cargo bench --bench extract -- --warm-up-time 1 --measurement-time 3`; with
//! `CITECHECK_WRITE_CORPUS=DIR` the corpora are also written to `DIR/corpus.{md,html}`,
//! `DIR/prose.md` and the folders `DIR/corpus-md/`, `DIR/corpus-html/` (see
//! `scripts/bench-extract.sh`, which times lychee on the same files).

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

/// One part of the generated HTML: an `article` headed `h2`, so the corpus is one long page
/// of parts (headed `h1`, every part after the first would be another story appended to
/// the page, furniture whose quotations are not read: thirty-ninth session).
fn html_article(i: usize) -> String {
    format!(
        "<article><h2>Night trains, part {i}</h2>\
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

/// Words for generated prose: no real text, just English-shaped sentences.
const WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "is",
    "was",
    "for",
    "on",
    "as",
    "with",
    "by",
    "it",
    "from",
    "at",
    "be",
    "this",
    "have",
    "which",
    "an",
    "are",
    "not",
    "or",
    "had",
    "but",
    "were",
    "their",
    "has",
    "been",
    "its",
    "more",
    "they",
    "will",
    "would",
    "there",
    "who",
    "than",
    "other",
    "some",
    "into",
    "most",
    "trade",
    "harbour",
    "ministry",
    "survey",
    "council",
    "policy",
    "economy",
    "region",
    "treaty",
    "market",
    "energy",
    "coastal",
    "archive",
    "ledger",
    "shipping",
    "winter",
    "fleet",
    "season",
    "budget",
    "reform",
    "tariff",
    "governor",
    "province",
    "decade",
    "investment",
    "railway",
    "network",
    "pipeline",
    "export",
    "agreement",
    "research",
    "institute",
    "committee",
    "election",
    "analysts",
    "officials",
    "observers",
    "critics",
    "supporters",
    "figures",
    "evidence",
    "records",
    "century",
    "growth",
    "decline",
    "island",
    "ferry",
    "timetable",
    "harvest",
];

fn word(r: &mut fastrand::Rng) -> &'static str {
    WORDS[r.usize(..WORDS.len())]
}

fn sentence(r: &mut fastrand::Rng, s: &mut String, scare: bool) {
    let n = r.usize(8..28);
    for k in 0..n {
        let w = word(r);
        if k == 0 {
            let mut c = w.chars();
            s.extend(c.next().map(|c| c.to_ascii_uppercase()));
            s.push_str(c.as_str());
        } else {
            s.push(' ');
            match r.u8(..200) {
                0..=3 => {
                    let _ = write!(s, "{}", r.u32(1900..2025));
                }
                10..=14 if w.len() > 4 => {
                    let _ = write!(s, "{w}’s");
                }
                15 | 16 => s.push('–'),
                17 | 18 => {
                    let _ = write!(s, "({w} {})", word(r));
                }
                4 | 5 if scare => {
                    let _ = write!(s, "“{w}”");
                }
                6..=9 => {
                    let _ = write!(s, "*{w}*");
                }
                _ => s.push_str(w),
            }
        }
    }
    s.push_str(if r.u8(..10) == 0 { "?" } else { "." });
}

fn paragraph(r: &mut fastrand::Rng, sentences: usize, s: &mut String, scare: bool) {
    for k in 0..sentences {
        if k > 0 {
            s.push(' ');
        }
        sentence(r, s, scare);
    }
}

/// A long-form article in the shape of the ones the tool is for (the brief's seed): mostly
/// prose, a byline of placeholder links, a quoted paragraph introduced by a sentence ending
/// `(1):`, a few scare quotes, inline quotes and links, an e-mail address, a "Notes" section
/// of one to four numbered notes with their URLs in `<…>`, and boilerplate after it. About
/// 7 KB; every article differs (seeded by its number).
fn prose_article(i: usize) -> String {
    let mut r = fastrand::Rng::with_seed(i as u64);
    let mut s = String::with_capacity(9000);
    s.push_str("# ");
    paragraph(&mut r, 1, &mut s, false);
    s.pop();
    let _ = write!(
        s,
        "\n\nBy [{} {}](#) · [Share](#)\n\nRegion: [{}](#), [{}](#)\n\n",
        word(&mut r),
        word(&mut r),
        word(&mut r),
        word(&mut r)
    );
    let notes = r.usize(1..5);
    let paragraphs = r.usize(7..14);
    let quoted = r.usize(1..paragraphs);
    for p in 0..paragraphs {
        let k = r.usize(2..7);
        paragraph(&mut r, k, &mut s, true);
        // Notes 2 and up back inline quotes in the paragraphs after the quoted one.
        let cites = (2..=notes).find(|n| (quoted + n - 1) % paragraphs == p);
        if cites.is_some() || r.u8(..10) == 0 {
            s.push_str(" One of them put it plainly: “");
            paragraph(&mut r, 1, &mut s, false);
            s.push('”');
            if let Some(n) = cites {
                let _ = write!(s, " ({n})");
            }
            s.push('.');
        } else if r.u8(..5) == 0 {
            let _ = write!(
                s,
                " See the [{} {}](https://{}.example.org/{i}/{p}).",
                word(&mut r),
                word(&mut r),
                word(&mut r)
            );
        }
        if p + 1 == quoted {
            s.push_str(" As the report’s authors wrote (1):\n\n“");
            let k = r.usize(3..7);
            paragraph(&mut r, k, &mut s, false);
            s.push('”');
        }
        s.push_str("\n\n");
    }
    let _ = write!(
        s,
        "Corrections can be sent to desk{i}@example.org.\n\nNotes\n\n"
    );
    for n in 1..=notes {
        let _ = writeln!(
            s,
            "{n}. {}, {}. \"{} {} {}\". {} Institute, May {}, <https://{}.example.org/{i}/{n}>.",
            word(&mut r),
            word(&mut r),
            word(&mut r),
            word(&mut r),
            word(&mut r),
            word(&mut r),
            r.u32(1990..2025),
            word(&mut r)
        );
    }
    s.push_str("\n[Comment on this article](#)\n\nDisclaimer: ");
    paragraph(&mut r, 3, &mut s, true);
    s.push_str("\n\n");
    s
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
    let prose = corpus(prose_article, "", "");
    let html = corpus(
        html_article,
        "<!DOCTYPE html><html><head><title>Corpus</title></head><body>",
        "</body></html>",
    );
    // scripts/bench-extract.sh asks for the corpora on disk, to time lychee on the same files.
    let out = std::env::var_os("CITECHECK_WRITE_CORPUS").map(std::path::PathBuf::from);
    if let Some(dir) = &out {
        std::fs::create_dir_all(dir).expect("corpus folder");
        for (name, text) in [
            ("corpus.md", &md),
            ("prose.md", &prose),
            ("corpus.html", &html),
        ] {
            std::fs::write(dir.join(name), text).expect("write corpus");
        }
    }
    let html_head = "<!DOCTYPE html><html><head><title>Articles</title></head><body>";
    let [md_files, html_files] = [
        (
            markdown_article as fn(usize) -> String,
            "",
            "",
            "corpus-md",
            "md",
        ),
        (
            html_article,
            html_head,
            "</body></html>",
            "corpus-html",
            "html",
        ),
    ]
    .map(|(gen, head, tail, sub, ext)| {
        let dir = out.as_ref().map(|d| d.join(sub));
        folder(gen, head, tail, 12, dir.as_deref().map(|d| (d, ext)))
    });
    let opts = ExtractOptions::default();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    for (name, kind, text) in [
        ("markdown", DocKind::Markdown, md),
        ("markdown-prose", DocKind::Markdown, prose),
        ("html", DocKind::Html, html),
    ] {
        let doc = Document {
            source: InputSource::Stdin,
            kind,
            text,
            base_url: url::Url::parse("https://articles.example.org/").ok(),
            warnings: Vec::new(),
            bibliographies: Vec::new(),
        };
        g.throughput(Throughput::Bytes(doc.text.len() as u64));
        g.bench_function(name, |b| b.iter(|| extract(&doc, &opts)));
        if kind == DocKind::Markdown {
            // The floor: pulldown-cmark alone (the parse every Markdown extraction starts
            // with, same options, source offsets), on one thread and on the document's two
            // halves side by side; what extraction costs beyond it is citecheck's own.
            let text = doc.text.as_str();
            g.bench_function(format!("{name}: pulldown-cmark alone"), |b| {
                b.iter(|| pulldown_events(text))
            });
            let (x, y) = halves(text);
            g.bench_function(format!("{name}: pulldown-cmark alone, 2 threads"), |b| {
                b.iter(|| {
                    std::thread::scope(|s| {
                        let other = s.spawn(|| pulldown_events(y));
                        pulldown_events(x) + other.join().unwrap_or(0)
                    })
                })
            });
        }
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
                bibliographies: Vec::new(),
            })
            .collect();
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(name, |b| b.iter(|| extract_many(&docs, &opts)));
    }
    g.finish();
}

/// Events pulldown-cmark gives for `text`, with the options citecheck's Markdown front end
/// uses.
fn pulldown_events(text: &str) -> usize {
    let options = pulldown_cmark::Options::ENABLE_FOOTNOTES
        | pulldown_cmark::Options::ENABLE_TABLES
        | pulldown_cmark::Options::ENABLE_STRIKETHROUGH
        | pulldown_cmark::Options::ENABLE_TASKLISTS
        | pulldown_cmark::Options::ENABLE_GFM;
    let mut n = 0;
    for item in pulldown_cmark::Parser::new_ext(text, options).into_offset_iter() {
        std::hint::black_box(item);
        n += 1;
    }
    n
}

/// The text cut in two at the first blank line after its middle.
fn halves(text: &str) -> (&str, &str) {
    let mid = (text.len() / 2..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let cut = text[mid..].find("\n\n").map_or(text.len(), |i| mid + i + 2);
    text.split_at(cut)
}

criterion_group!(benches, bench);
criterion_main!(benches);
