#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| claimdiff_fuzz::ingest(data, claimdiff::ingest::InputFormat::Html));
