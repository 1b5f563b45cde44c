//! Time the pipeline stages on the pathological inputs of `tests/common/pathological.rs`,
//! or write them to files for timing the CLI.
//!
//! ```text
//! cargo run --release --example pathological                  # every input at 0.5, 1, 2, 4 MB
//! cargo run --release --example pathological -- nested_quotes 1 4
//! cargo run --release --example pathological -- --write DIR   # files DIR/NAME-SIZE.txt
//! ```
//!
//! Each line gives the input, its size, the seconds of ingest, segment, extract (claims
//! and speaker resolution) and the quantities listing, and the ratio of the total to the
//! total at half the size (about 2 is linear).

#[path = "../tests/common/pathological.rs"]
mod pathological;

use std::time::Instant;

use claimdiff::ingest::{Document, InputFormat};
use pathological::Input;

const MB: usize = 1_000_000;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--write") {
        let dir = args.get(1).map_or("pathological", String::as_str);
        std::fs::create_dir_all(dir).expect("create the directory");
        for input in Input::ALL {
            for size in [0.5, 1.0, 2.0, 4.0] {
                for seed in [0, 1] {
                    let text = input.generate((size * MB as f64) as usize, seed);
                    let path = format!("{dir}/{}-{size}-{seed}.txt", input.name());
                    std::fs::write(&path, text).expect("write the input");
                }
            }
        }
        return;
    }
    let inputs: Vec<Input> = match args.first() {
        Some(name) => Input::ALL
            .into_iter()
            .filter(|i| i.name() == name)
            .collect(),
        None => Input::ALL.to_vec(),
    };
    let sizes: Vec<f64> = if args.len() > 1 {
        args[1..].iter().filter_map(|s| s.parse().ok()).collect()
    } else {
        vec![0.5, 1.0, 2.0, 4.0]
    };
    println!(
        "{:<18} {:>5} {:>8} {:>8} {:>8} {:>8} {:>8} {:>6}",
        "input", "MB", "ingest", "segment", "extract", "quant", "total", "ratio"
    );
    for input in inputs {
        let mut prev: Option<f64> = None;
        for &size in &sizes {
            let text = input.generate((size * MB as f64) as usize, 0);
            let t0 = Instant::now();
            let doc = Document::from_text("p.txt", 0, text, InputFormat::Text);
            let t1 = Instant::now();
            let seg = claimdiff::segment::segment(&doc);
            let t2 = Instant::now();
            let (claims, _people) = claimdiff::extract::extract_with_people(&doc, &seg);
            let t3 = Instant::now();
            let found = claimdiff::pipeline::document_quantities(&doc, &seg, None);
            let t4 = Instant::now();
            let total = (t4 - t0).as_secs_f64();
            let ratio = prev.map_or(String::new(), |p| format!("{:.2}", total / p));
            println!(
                "{:<18} {:>5} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>6}   ({} claims, {} quantities)",
                input.name(),
                size,
                (t1 - t0).as_secs_f64(),
                (t2 - t1).as_secs_f64(),
                (t3 - t2).as_secs_f64(),
                (t4 - t3).as_secs_f64(),
                total,
                ratio,
                claims.len(),
                found.len()
            );
            prev = Some(total);
        }
    }
}
