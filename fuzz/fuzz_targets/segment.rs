#![no_main]

use claimdiff::ingest::{Document, InputFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if claimdiff_fuzz::known_ingest_panic(data) {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = Document::from_text("fuzz.txt", 0, text.to_string(), InputFormat::Text);
    claimdiff_fuzz::check_document(&doc);
    let seg = claimdiff::segment::segment(&doc);
    claimdiff_fuzz::check_segmentation(&doc, &seg);
});
