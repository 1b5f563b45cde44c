#![no_main]

use claimdiff::config::Config;
use claimdiff::ingest::{Document, InputFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if claimdiff_fuzz::known_ingest_panic(data) {
        return;
    }
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (format, paths) = if first & 1 == 0 {
        (InputFormat::Text, ["a.txt", "b.txt"])
    } else {
        (InputFormat::Markdown, ["a.md", "b.md"])
    };
    let docs: Vec<_> = text
        .splitn(2, '\0')
        .enumerate()
        .map(|(id, t)| {
            let doc = Document::from_text(paths[id], id, t.to_string(), format);
            claimdiff_fuzz::run_document(doc)
        })
        .collect();
    if docs.len() == 2 {
        let cmp = claimdiff::compare::compare(&docs, &Config::default());
        claimdiff_fuzz::check_comparison(&docs, &cmp);
    }
});
