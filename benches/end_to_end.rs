//! The library path the `claimdiff` binary takes, end to end, on files on disk.
//!
//! - `compare_100_files`: 100 generated reports of one event (`benches/corpus`, seed 7)
//!   written as .txt files to a temporary directory; each iteration lists the directory,
//!   looks for claimdiff.toml, reads and extracts every file (`pipeline::extract_paths`,
//!   on rayon's global pool, one worker per core), compares, and renders the JSON report
//!   into a `Vec<u8>` — the sequence of `run_compare` in src/main.rs, without process
//!   start-up and without writing the output.
//! - `extract_one_article`: read and extract one of those files and render its JSON, the
//!   per-call cost of `claimdiff extract FILE` without process start-up
//!   (`scripts/scale.sh` times the real binary for that).
//!
//! Run with `cargo bench --bench end_to_end`.

#[path = "corpus/mod.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use claimdiff::config::Config;
use claimdiff::ingest::IngestOptions;
use claimdiff::pipeline::{Extracted, extract_paths};
use divan::counter::BytesCount;

static DIR: OnceLock<PathBuf> = OnceLock::new();

fn main() {
    let tmp = tempfile::Builder::new()
        .prefix("claimdiff-e2e-")
        .tempdir()
        .unwrap_or_else(|e| panic!("temporary directory: {e}"));
    let mut bytes = 0;
    for a in corpus::generate(7, 1, 100) {
        let text = a.to_txt();
        bytes += text.len();
        std::fs::write(tmp.path().join(a.file_name()), text)
            .unwrap_or_else(|e| panic!("writing the corpus: {e}"));
    }
    eprintln!(
        "end_to_end corpus: 100 reports, {bytes} bytes in {}",
        tmp.path().display()
    );
    let _ = DIR.set(tmp.path().to_path_buf());
    divan::main();
    drop(tmp);
}

fn dir() -> &'static Path {
    DIR.get().map(PathBuf::as_path).unwrap_or(Path::new("."))
}

/// The directory's .txt files, sorted (what `expand_inputs` gives for a directory).
fn files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .map(|p| p.to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn total_bytes(files: &[String]) -> usize {
    files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len() as usize))
        .sum()
}

fn readable(results: Vec<Result<Extracted, claimdiff::error::InputError>>) -> Vec<Extracted> {
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn compare_100_files(bencher: divan::Bencher) {
    let bytes = total_bytes(&files());
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let files = files();
        let first = files.first().map(Path::new);
        let cfg = Config::for_run(None, first).unwrap_or_else(|e| panic!("{e}"));
        let docs = readable(extract_paths(&files, &IngestOptions::default()));
        let comparison = claimdiff::compare::compare(&docs, &cfg);
        let mut out = Vec::new();
        claimdiff::report::compare::json(&mut out, &comparison).unwrap_or_else(|e| panic!("{e}"));
        out
    });
}

#[divan::bench(sample_count = 50, sample_size = 1)]
fn extract_one_article(bencher: divan::Bencher) {
    let one = files().into_iter().take(1).collect::<Vec<_>>();
    bencher
        .counter(BytesCount::new(total_bytes(&one)))
        .bench(|| {
            let docs = readable(extract_paths(&one, &IngestOptions::default()));
            let refs: Vec<&Extracted> = docs.iter().collect();
            let mut out = Vec::new();
            claimdiff::report::extract::json(&mut out, &refs).unwrap_or_else(|e| panic!("{e}"));
            out
        });
}
