//! `compare::compare` on K generated reports of one event, K = 2, 10, 100, 1000.
//!
//! The reports come from `benches/corpus` (seed 7, event 0); the first K reports of an
//! event do not depend on how many are generated, so every K compares a prefix of the
//! same 1,000 reports. They are extracted once, outside the timed part; only `compare`
//! (speaker linking, alignment, classification, sorting) is timed, with the default
//! configuration (`Config::default()`, as when no claimdiff.toml is found).
//!
//! Before timing each K, one untimed run counts the claims, the candidate pairs scored
//! after blocking (`Comparison::stats.candidate_pairs`), clusters and findings; they are
//! printed to stderr after divan's table. Run with `cargo bench --bench compare`.
//! K = 1000 takes minutes per run today, so it has its own benchmark with two samples;
//! `cargo bench --bench compare -- compare_small` skips it.

#[path = "corpus/mod.rs"]
mod corpus;

use std::sync::{LazyLock, Mutex};

use claimdiff::compare::compare;
use claimdiff::config::Config;
use claimdiff::ingest::{Document, InputFormat};
use claimdiff::pipeline::{Extracted, extract_document};
use divan::counter::BytesCount;
use rayon::prelude::*;

/// What each K's untimed run found, printed after divan's table.
static NOTES: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn main() {
    divan::main();
    for line in NOTES.lock().map(|n| n.clone()).unwrap_or_default() {
        eprintln!("{line}");
    }
}

const MAX_K: usize = 1000;

/// The 1,000 reports as (text bytes, extraction), extracted in parallel once.
static DOCS: LazyLock<(Vec<usize>, Vec<Extracted>)> = LazyLock::new(|| {
    let arts = corpus::generate(7, 1, MAX_K);
    let sizes = arts.iter().map(|a| a.to_txt().len()).collect();
    let docs = arts
        .into_par_iter()
        .enumerate()
        .map(|(i, a)| {
            let path = format!("corpus/{}", a.file_name());
            extract_document(Document::from_text(&path, i, a.to_txt(), InputFormat::Text))
        })
        .collect();
    (sizes, docs)
});

fn run(bencher: divan::Bencher, k: usize) {
    let (sizes, docs) = &*DOCS;
    let docs = &docs[..k];
    let bytes: usize = sizes[..k].iter().sum();
    let cfg = Config::default();
    // One untimed run for the numbers behind the timing.
    let c = compare(docs, &cfg);
    let findings: usize = c.stats.findings.values().sum();
    let line = format!(
        "compare K={k}: {bytes} bytes, {} claims, {} candidate pairs scored, {} clusters ({} agree, {} conflict), {findings} findings",
        c.stats.claims,
        c.stats.candidate_pairs,
        c.stats.clusters,
        c.stats.agreements,
        c.stats.conflicts
    );
    if let Ok(mut n) = NOTES.lock() {
        n.push(line);
    }
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| compare(divan::black_box(docs), &cfg));
}

/// K = 2, 10, 100 reports.
#[divan::bench(args = [2, 10, 100], sample_count = 10, sample_size = 1)]
fn compare_small(bencher: divan::Bencher, k: usize) {
    run(bencher, k);
}

/// K = 1,000 reports (about 4.3 MB of text). Slow: two samples after the untimed run.
#[divan::bench(args = [1000], sample_count = 2, sample_size = 1)]
fn compare_large(bencher: divan::Bencher, k: usize) {
    run(bencher, k);
}
