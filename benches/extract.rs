//! Extraction throughput over about 1 MB of generated reports (`benches/corpus`), with
//! trivial passes over the same bytes as baselines measured in the same run.
//!
//! - `extract_corpus`: `Document::from_text` + `pipeline::extract_document` per article,
//!   one thread — the number the "extract ≥ 20 MB/s per core" target is about.
//! - `extract_devset` and `baseline_devset_sentences`: the same work and the sentence
//!   split over the devset's articles (`fixtures/devset/*.txt`, about 1.1 MB written in
//!   the styles of some three hundred outlets): real-looking copy, whose varied
//!   constructions run more of the grammar than the generated reports do.
//! - `ingest_segment`: only `Document::from_text` + `segment::segment`, to show how the
//!   time splits between reading/segmenting and extraction proper.
//! - `extract_threads`: the same work over a rayon pool of 1 or 2 threads (what
//!   `claimdiff extract -j N` does after reading the files).
//! - `baseline_words`: counting words with `split_whitespace`.
//! - `baseline_sentences`: `unicode_segmentation` sentence split.
//! - `baseline_threads`: the same sentence split over a rayon pool of 1 or 2 threads, and
//!   `baseline_threads_owned` with each sentence copied into a `String` (an allocation per
//!   sentence): what the host gives two threads of work that shares nothing, so the
//!   scaling of `extract_threads` can be read against it in the same run.
//!
//! Run with `cargo bench --bench extract`; divan prints bytes/s for each.

#[path = "corpus/mod.rs"]
mod corpus;

use std::sync::LazyLock;

use claimdiff::ingest::{Document, InputFormat};
use claimdiff::pipeline::extract_document;
use divan::counter::BytesCount;
use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let n = TEXTS.len();
    eprintln!(
        "extract bench corpus: {n} reports, {} bytes ({:.0} bytes per report)",
        corpus_bytes(),
        corpus_bytes() as f64 / n as f64
    );
    eprintln!(
        "devset: {} articles, {} bytes",
        DEVSET.len(),
        devset_bytes()
    );
    divan::main();
}

/// About 1 MB of text files (header block, headline, paragraphs), 20 reports per event.
static TEXTS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    corpus::generate_bytes(7, 1_000_000, 20)
        .into_iter()
        .map(|a| (a.file_name(), a.to_txt()))
        .collect()
});

/// The devset's articles as (path, text), in file-name order.
static DEVSET: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/devset");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
            (p.display().to_string(), text)
        })
        .collect()
});

fn bytes_of(texts: &[(String, String)]) -> usize {
    texts.iter().map(|(_, t)| t.len()).sum()
}

fn devset_bytes() -> usize {
    bytes_of(&DEVSET)
}

fn corpus_bytes() -> usize {
    bytes_of(&TEXTS)
}

/// The UAX #29 sentences of `texts`, on this thread.
fn sentences(texts: &[(String, String)]) -> usize {
    texts
        .iter()
        .map(|(_, t)| divan::black_box(t).unicode_sentences().count())
        .sum()
}

fn extract_all(texts: Vec<(String, String)>) -> usize {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, (path, text))| {
            let doc = Document::from_text(&path, i, text, InputFormat::Text);
            extract_document(doc).claims.len()
        })
        .sum()
}

/// [`extract_all`] over a copy of `texts` per pass, counted in their bytes.
fn bench_extract(bencher: divan::Bencher, texts: &'static [(String, String)]) {
    bencher
        .counter(BytesCount::new(bytes_of(texts)))
        .with_inputs(|| texts.to_vec())
        .bench_values(extract_all);
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn extract_corpus(bencher: divan::Bencher) {
    bench_extract(bencher, &TEXTS);
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn extract_devset(bencher: divan::Bencher) {
    bench_extract(bencher, &DEVSET);
}

/// Baseline for `extract_devset`: Unicode sentence boundaries over the same articles.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn baseline_devset_sentences(bencher: divan::Bencher) {
    bencher
        .counter(BytesCount::new(devset_bytes()))
        .bench(|| sentences(&DEVSET));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn ingest_segment(bencher: divan::Bencher) {
    bencher
        .counter(BytesCount::new(corpus_bytes()))
        .with_inputs(|| TEXTS.clone())
        .bench_values(|texts| {
            texts
                .into_iter()
                .enumerate()
                .map(|(i, (path, text))| {
                    let doc = Document::from_text(&path, i, text, InputFormat::Text);
                    claimdiff::segment::segment(&doc).sentences.len()
                })
                .sum::<usize>()
        });
}

/// The corpus over a rayon pool of `threads` workers, one article per task.
#[divan::bench(args = [1, 2], sample_count = 10, sample_size = 1)]
fn extract_threads(bencher: divan::Bencher, threads: usize) {
    let pool = pool(threads);
    bencher
        .counter(BytesCount::new(corpus_bytes()))
        .with_inputs(|| TEXTS.clone())
        .bench_values(|texts| {
            pool.install(|| {
                texts
                    .into_par_iter()
                    .enumerate()
                    .map(|(i, (path, text))| {
                        let doc = Document::from_text(&path, i, text, InputFormat::Text);
                        extract_document(doc).claims.len()
                    })
                    .sum::<usize>()
            })
        });
}

/// Baseline: count words.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn baseline_words(bencher: divan::Bencher) {
    let texts = &*TEXTS;
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        texts
            .iter()
            .map(|(_, t)| divan::black_box(t).split_whitespace().count())
            .sum::<usize>()
    });
}

/// Baseline: Unicode sentence boundaries (UAX #29).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn baseline_sentences(bencher: divan::Bencher) {
    bencher
        .counter(BytesCount::new(corpus_bytes()))
        .bench(|| sentences(&TEXTS));
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap_or_else(|e| panic!("thread pool: {e}"))
}

/// Baseline for thread scaling: the UAX #29 sentence split over 1 or 2 threads.
#[divan::bench(args = [1, 2], sample_count = 10, sample_size = 1)]
fn baseline_threads(bencher: divan::Bencher, threads: usize) {
    let pool = pool(threads);
    let texts = &*TEXTS;
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        pool.install(|| {
            texts
                .par_iter()
                .map(|(_, t)| divan::black_box(t).unicode_sentences().count())
                .sum::<usize>()
        })
    });
}

/// Baseline for thread scaling with the allocator in the loop: each sentence copied into
/// a `String` and dropped with its document's list.
#[divan::bench(args = [1, 2], sample_count = 10, sample_size = 1)]
fn baseline_threads_owned(bencher: divan::Bencher, threads: usize) {
    let pool = pool(threads);
    let texts = &*TEXTS;
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        pool.install(|| {
            texts
                .par_iter()
                .map(|(_, t)| {
                    divan::black_box(t)
                        .unicode_sentences()
                        .map(str::to_string)
                        .collect::<Vec<String>>()
                        .len()
                })
                .sum::<usize>()
        })
    });
}
