#![no_main]

use claimdiff::quantities::{ScanContext, scan};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let dated = scan(text, &claimdiff_fuzz::doc_date());
    claimdiff_fuzz::check_quantities(text, &dated);
    for q in &dated {
        q.interval();
    }
    let undated = scan(text, &ScanContext::default());
    claimdiff_fuzz::check_quantities(text, &undated);
});
