//! Claim extraction accuracy over the gold fixtures (docs/ANNOTATION.md §3).
//!
//! Every `fixtures/<set>/gold/<stem>.claims.jsonl` is scored against the extractor's output
//! for `fixtures/<set>/<stem>.{txt,md}` with [`claimdiff::eval`]. Run with
//! `cargo test --test extract_accuracy -- --nocapture` to see the table and every miss.

use std::path::{Path, PathBuf};

use claimdiff::eval::{Tally, score_dir};

fn sets() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut sets: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold").is_dir())
        .collect();
    sets.sort();
    sets
}

#[test]
fn extraction_meets_accuracy_floors() {
    let mut total = Tally::default();
    let mut docs = 0;
    println!(
        "{:<34} {:>4} {:>4} {:>4}",
        "article", "gold", "pred", "match"
    );
    let mut all_misses = Vec::new();
    for set in sets() {
        let (rows, t, misses) = score_dir(&set).expect("set scores");
        let set_name = set
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        for (name, r) in &rows {
            println!("{}", r.row(&format!("{set_name}/{name}")));
        }
        println!("{}", t.row(&format!("{set_name} (all)")));
        docs += rows.len();
        total.add(&t);
        all_misses.extend(misses);
    }
    println!("{}", total.row("TOTAL"));
    for m in &all_misses {
        println!("  {m}");
    }
    assert!(docs >= 6, "expected at least six gold-annotated articles");
    assert!(
        total.gold >= 150,
        "gold set has {} claims, want ≥ 150",
        total.gold
    );
    assert!(
        total.recall() >= 0.90,
        "recall {:.3} < 0.90",
        total.recall()
    );
    assert!(
        total.precision() >= 0.90,
        "precision {:.3} < 0.90",
        total.precision()
    );
    assert!(
        total.speaker() >= 0.92,
        "speaker accuracy {:.3} < 0.92",
        total.speaker()
    );
}
