//! Quote verification at scale: 1,000 quotes (half present verbatim, half with one word
//! changed) against a generated 5 MB page, timed as one batch; plus reading and indexing
//! the page.

use criterion::{criterion_group, criterion_main, Criterion};

use citecheck::model::{Quote, Verdict};
use citecheck::verify::{verify_quote, Candidate, SourceText, VerifyOptions};

const URL: &str = "https://sources.example.org/big.html";

/// Prose-like text: a vocabulary of 40,000 made-up words drawn with a Zipf-like skew, in
/// sentences of 8–30 words.
fn generate(bytes: usize, rng: &mut fastrand::Rng) -> String {
    const SYL: [&str; 24] = [
        "ka", "lo", "mi", "ter", "ran", "sol", "ve", "tu", "pra", "den", "quo", "bel", "is", "an",
        "or", "um", "el", "ast", "ing", "ed", "com", "pre", "tion", "al",
    ];
    let mut vocab = Vec::with_capacity(40_000);
    for i in 0..40_000usize {
        let mut w = String::new();
        let mut n = i;
        loop {
            w.push_str(SYL[n % SYL.len()]);
            n /= SYL.len();
            if n == 0 {
                break;
            }
        }
        vocab.push(w);
    }
    let mut s = String::with_capacity(bytes + 200);
    while s.len() < bytes {
        let len = rng.usize(8..30);
        for k in 0..len {
            // Squaring a uniform draw skews towards common words.
            let f = rng.f64();
            let w = &vocab[((f * f * f) * vocab.len() as f64) as usize % vocab.len()];
            if k == 0 {
                let mut c = w.chars();
                if let Some(first) = c.next() {
                    s.extend(first.to_uppercase());
                    s.push_str(c.as_str());
                }
            } else {
                s.push_str(w);
            }
            s.push(if k + 1 == len { '.' } else { ' ' });
        }
        s.push(if rng.u8(..) < 30 { '\n' } else { ' ' });
    }
    s
}

fn quotes(text: &str, rng: &mut fastrand::Rng) -> Vec<Quote> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (0..1000)
        .map(|i| {
            let len = rng.usize(8..25);
            let at = rng.usize(0..words.len() - len);
            let mut q: Vec<String> = words[at..at + len]
                .iter()
                .map(|w| w.trim_matches('.').to_string())
                .collect();
            if i % 2 == 1 {
                let k = rng.usize(1..len - 1);
                q[k] = "fabricatedword".to_string();
            }
            Quote::citing(&q.join(" "), URL)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut rng = fastrand::Rng::with_seed(7);
    let text = generate(5 * 1024 * 1024, &mut rng);
    let qs = quotes(&text, &mut rng);
    let src = SourceText::from_text(text.clone());
    let opts = VerifyOptions::default();
    let cands = [Candidate {
        url: URL,
        source: Ok(&src),
    }];
    // Sanity: present quotes verify, altered ones never do.
    for (i, q) in qs.iter().enumerate() {
        let r = verify_quote(q, "bench.md", &cands, &opts);
        let ok = if i % 2 == 0 {
            r.verdict == Verdict::Verified
        } else {
            r.verdict == Verdict::Altered
        };
        assert!(ok, "quote {i}: {:?} {}", r.verdict, r.detail);
    }
    let mut g = c.benchmark_group("verify");
    g.sample_size(10);
    g.bench_function("1000 quotes vs 5 MB page", |b| {
        b.iter(|| {
            qs.iter()
                .map(|q| verify_quote(q, "bench.md", &cands, &opts))
                .filter(|r| r.verdict == Verdict::Verified)
                .count()
        });
    });
    g.bench_function("read and index a 5 MB page", |b| {
        b.iter(|| SourceText::from_text(text.clone()).index.len());
    });
    // One very long quote (a whole chapter in a block quote) with one word changed: the
    // alignment's cost grows with its length (it grew with its square, and took 2.5 GB, until
    // parts over 1,000 words were aligned a stretch at a time).
    let words: Vec<&str> = text.split_whitespace().skip(1_000).take(20_000).collect();
    let mut long_words: Vec<String> = words
        .iter()
        .map(|w| w.trim_matches('.').to_string())
        .collect();
    long_words[10_000] = "fabricatedword".to_string();
    let long = Quote::citing(&long_words.join(" "), URL);
    let r = verify_quote(&long, "bench.md", &cands, &opts);
    assert_eq!(r.verdict, Verdict::Altered, "{}", r.detail);
    g.bench_function("one 20,000-word quote, one word changed", |b| {
        b.iter(|| verify_quote(&long, "bench.md", &cands, &opts).score);
    });
    // A sentence repeated 3,000 times in the comments before the body: the match must move
    // from the first copy (furniture) to the body's, past the matcher's usual 256
    // occurrences of a word.
    let sentence = "the reservoir will be full again by the end of the summer";
    let html = format!(
        "<html><body><main><p>The board met on Monday.</p>\
         <section class=\"comments\"><ul>{}</ul></section>\
         <p>The chair said: “{sentence}.”</p></main></body></html>",
        format!("<li>{sentence}!</li>").repeat(3000)
    );
    let repeated = SourceText::from_html(&html);
    let q = Quote::citing(sentence, URL);
    let rc = [Candidate {
        url: URL,
        source: Ok(&repeated),
    }];
    let r = verify_quote(&q, "bench.md", &rc, &opts);
    assert_eq!(r.verdict, Verdict::Verified, "{}", r.detail);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    g.bench_function(
        "a quote repeated 3,000 times in comments before the body",
        |b| {
            b.iter(|| verify_quote(&q, "bench.md", &rc, &opts).score);
        },
    );
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
