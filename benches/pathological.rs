//! Time of the pipeline on pathological inputs (`tests/common/pathological.rs`: a
//! paragraph without punctuation, 100,000 unbalanced quotation marks, quotations nested
//! 10,000 deep, a megabyte on one line, …) at 1 MB and 4 MB, so that linearity can be read
//! off: a linear stage takes about four times as long at 4 MB. docs/PATHOLOGICAL.md has
//! the figures. Run with `cargo bench --bench pathological` (a filter such as
//! `cargo bench --bench pathological -- extract` runs one group).

#[path = "../tests/common/pathological.rs"]
mod pathological;

use claimdiff::config::Config;
use claimdiff::ingest::{Document, InputFormat};
use claimdiff::pipeline::{document_quantities, extract_document};
use divan::Bencher;
use divan::counter::BytesCount;
use pathological::Input;

fn main() {
    divan::main();
}

const MB: usize = 1_000_000;

fn doc(input: Input, mb: usize, seed: u64) -> Document {
    let text = input.generate(mb * MB, seed);
    Document::from_text("p.txt", 0, text, InputFormat::Text)
}

/// Segment, extract and resolve speakers (what `claimdiff extract` does per document).
#[divan::bench(args = Input::ALL, consts = [1, 4], sample_count = 3, sample_size = 1)]
fn extract<const MB_: usize>(bencher: Bencher, input: Input) {
    let d = doc(input, MB_, 0);
    bencher
        .counter(BytesCount::new(d.text.len()))
        .with_inputs(|| d.clone())
        .bench_values(extract_document);
}

/// Segment and list the quantities (what `claimdiff quantities` does per document).
#[divan::bench(args = Input::ALL, consts = [1, 4], sample_count = 3, sample_size = 1)]
fn quantities<const MB_: usize>(bencher: Bencher, input: Input) {
    let d = doc(input, MB_, 0);
    bencher.counter(BytesCount::new(d.text.len())).bench(|| {
        let seg = claimdiff::segment::segment(&d);
        document_quantities(&d, &seg, None).len()
    });
}

/// Compare two extracted reports of the same shape (different words).
#[divan::bench(args = Input::ALL, consts = [1, 4], sample_count = 3, sample_size = 1)]
fn compare<const MB_: usize>(bencher: Bencher, input: Input) {
    let docs = [
        extract_document(doc(input, MB_, 0)),
        extract_document(doc(input, MB_, 1)),
    ];
    let cfg = Config::default();
    bencher
        .counter(BytesCount::new(docs[0].doc.text.len() * 2))
        .bench(|| claimdiff::compare::compare(&docs, &cfg).clusters.len());
}
