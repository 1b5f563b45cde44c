//! Throughput of `quantities::scan` on a news-like corpus, with a naive regex digit
//! finder over the same text as a baseline measured in the same run.
//!
//! The corpus is built deterministically: the gold sentences of
//! `fixtures/quantities/gold.jsonl` interleaved with number-free filler prose (news text
//! is mostly words), repeated to about 5 MB. `scan` runs sentence by sentence, as the
//! pipeline does. Run with `cargo bench --bench quantities`; divan reports bytes/s.

use std::sync::LazyLock;

use claimdiff::quantities::{ScanContext, scan};
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

const GOLD: &str = include_str!("../fixtures/quantities/gold.jsonl");

/// Filler sentences without numbers, in the style of a wire report.
const FILLER: &[&str] = &[
    "The Kremlin said the conversation had been frank and businesslike, and that both sides agreed to keep talking.",
    "Officials in Kyiv said they had not been consulted before the announcement, which caught many diplomats by surprise.",
    "Analysts cautioned that the statement left most of the difficult questions unanswered, including the future of occupied territory.",
    "The president told reporters at the White House that he believed a settlement was possible, though he declined to give details.",
    "European leaders welcomed the talks but warned against any agreement reached over the heads of the people most affected.",
    "Markets reacted calmly to the news, with traders saying they would wait for concrete steps before changing their positions.",
    "Opposition politicians accused the government of hiding the true cost of the programme from parliament and the public.",
    "The ministry did not respond to a request for comment on the report, which was first published by a regional newspaper.",
    "Residents described hearing explosions overnight and said power had been cut across several districts of the city.",
    "The company said it remained committed to the project and would continue to work closely with regulators and local communities.",
];

fn gold_sentences() -> Vec<String> {
    GOLD.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

/// About 5 MB of sentences: each gold sentence followed by three filler sentences.
static CORPUS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let gold = gold_sentences();
    let mut out = Vec::new();
    let mut bytes = 0;
    let mut k = 0usize;
    while bytes < 5_000_000 && !gold.is_empty() {
        let g = &gold[k % gold.len()];
        bytes += g.len() + 1;
        out.push(g.clone());
        for j in 0..3 {
            let f = FILLER[(k * 3 + j) % FILLER.len()];
            bytes += f.len() + 1;
            out.push(f.to_string());
        }
        k += 1;
    }
    out
});

static JOINED: LazyLock<String> = LazyLock::new(|| CORPUS.join("\n"));

fn corpus_bytes() -> usize {
    CORPUS.iter().map(|s| s.len()).sum()
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn scan_sentences(bencher: divan::Bencher) {
    let ctx = ScanContext {
        doc_date: chrono::NaiveDate::from_ymd_opt(2025, 10, 17),
        ..ScanContext::default()
    };
    let corpus = &*CORPUS;
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        let mut n = 0;
        for s in corpus {
            n += scan(divan::black_box(s), &ctx).len();
        }
        n
    });
}

/// Baseline: a naive regex digit-sequence finder over the same text.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn baseline_regex_digits(bencher: divan::Bencher) {
    let re = regex::Regex::new(r"\d+(?:[.,]\d+)*").unwrap_or_else(|e| panic!("regex: {e}"));
    let text = &*JOINED;
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| re.find_iter(divan::black_box(text)).count());
}
