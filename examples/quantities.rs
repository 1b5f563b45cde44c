//! Prints the quantities of each line of stdin (or of the arguments) as JSON lines.
//! `cargo run --example quantities -- --date 2025-10-17 "The call lasted two hours."`
use std::io::BufRead;

use claimdiff::quantities::{ScanContext, scan};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut ctx = ScanContext::default();
    if args.first().map(String::as_str) == Some("--date") && args.len() > 1 {
        ctx.doc_date = chrono::NaiveDate::parse_from_str(&args[1], "%Y-%m-%d").ok();
        args.drain(..2);
    }
    let lines: Vec<String> = if args.is_empty() {
        std::io::stdin()
            .lock()
            .lines()
            .map_while(Result::ok)
            .collect()
    } else {
        args
    };
    for line in lines {
        println!("{line}");
        for q in scan(&line, &ctx) {
            println!("  {}", serde_json::to_string(&q).unwrap_or_default());
        }
    }
}
