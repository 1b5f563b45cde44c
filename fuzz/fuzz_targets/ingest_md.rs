#![no_main]

use claimdiff::ingest::{Document, InputFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if claimdiff_fuzz::known_ingest_panic(data) {
        return;
    }
    if let Ok(doc) = Document::from_bytes("fuzz.md", 0, data.to_vec(), InputFormat::Markdown) {
        claimdiff_fuzz::run_document(doc);
    }
});
