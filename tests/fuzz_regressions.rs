//! Inputs the fuzz targets (fuzz/, docs/FUZZING.md) found problems with, replayed through
//! the targets' own bodies: `fuzz/src/lib.rs` is compiled into this test, so a saved input
//! is checked against the same invariants it failed (every span inside the document text,
//! on character boundaries). Each input is a file in `tests/fuzz-regressions/` named
//! `<target>-<short-name>`; the seed corpora in `fuzz/corpus/` are replayed too.

use std::path::{Path, PathBuf};

use claimdiff::ingest::{Document, InputFormat};

#[path = "../fuzz/src/lib.rs"]
mod harness;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn saved(name: &str) -> Vec<u8> {
    let path = root().join("tests/fuzz-regressions").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

// Run `data` through the body of fuzz target `target`.
fn replay(target: &str, data: &[u8]) {
    match target {
        "ingest_txt" => harness::ingest(data, InputFormat::Text),
        "ingest_md" => harness::ingest(data, InputFormat::Markdown),
        "ingest_html" => harness::ingest(data, InputFormat::Html),
        "ingest_json" => harness::ingest(data, InputFormat::Json),
        "ingest_jsonl" => harness::ingest(data, InputFormat::Jsonl),
        "segment" => harness::segment(data),
        "quantities" => harness::quantities(data),
        "extract" => harness::extract(data),
        other => panic!("no fuzz target {other}"),
    }
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    out.sort();
    out
}

#[test]
fn every_saved_input_passes_its_target() {
    for path in files(&root().join("tests/fuzz-regressions")) {
        let name = path.file_name().unwrap().to_str().unwrap();
        let target = name.split('-').next().unwrap();
        replay(target, &std::fs::read(&path).unwrap());
    }
}

#[test]
fn seed_corpora_pass_their_targets() {
    for target in [
        "ingest_txt",
        "ingest_md",
        "ingest_html",
        "ingest_json",
        "ingest_jsonl",
        "segment",
        "quantities",
        "extract",
    ] {
        let seeds: Vec<PathBuf> = files(&root().join("fuzz/corpus").join(target))
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .starts_with("seed-")
            })
            .collect();
        assert!(!seeds.is_empty(), "{target} has no seeds");
        for seed in seeds {
            replay(target, &std::fs::read(&seed).unwrap());
        }
    }
}

// `parse_date` cut a header date at byte 10 whatever character was there; a date whose
// tenth byte fell inside "é" panicked.
#[test]
fn header_date_cut_inside_a_character_is_no_date() {
    let data = saved("ingest_txt-date-char-boundary");
    let doc = Document::from_bytes("fuzz.txt", 0, data, InputFormat::Text).expect("readable");
    assert_eq!(doc.date, None);
    assert_eq!(doc.meta["date"], "2025-10-1é");
}

// A paragraph that is only an opening mark: the quotation had no text and no closing mark,
// and its `end()` fell back to 0, before its start.
#[test]
fn stray_opening_mark_is_no_quotation() {
    let data = saved("ingest_txt-stray-open-quote");
    let doc = Document::from_bytes("fuzz.txt", 0, data, InputFormat::Text).expect("readable");
    let seg = claimdiff::segment::segment(&doc);
    assert!(seg.quotes.is_empty(), "{:?}", seg.quotes);
    let doc = Document::from_text(
        "fuzz.txt",
        0,
        "The minister said: “\n\nNothing followed.\n".to_string(),
        InputFormat::Text,
    );
    let seg = claimdiff::segment::segment(&doc);
    assert!(seg.quotes.iter().all(|q| q.start() <= q.end()));
}
