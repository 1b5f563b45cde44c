//! A damaged claims record never crashes the comparison: any offset set to any value, or
//! the text cut or shifted, either reads as a record whose offsets all fit or is refused
//! with an error naming its line.

use std::io::Cursor;

use claimdiff::claims_io;
use claimdiff::config::Config;
use claimdiff::ingest::IngestOptions;
use claimdiff::pipeline::extract_paths;
use proptest::prelude::*;
use serde_json::Value;

/// The claims records of the quake fixtures, one JSON value per document.
fn records() -> Vec<Value> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/quake");
    let mut paths: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for e in extract_paths(&paths, &IngestOptions::default()) {
        let mut buf = Vec::new();
        claims_io::write(&mut buf, &e.expect("fixture reads")).expect("write");
        out.push(serde_json::from_slice(&buf).expect("record"));
    }
    out
}

/// Every numeric leaf of `v`, as a JSON pointer.
fn numbers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Number(_) => out.push(at),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| numbers(x, format!("{at}/{i}"), out)),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, x)| numbers(x, format!("{at}/{k}"), out)),
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Damage {
    /// Set the `pick`-th numeric field to `value`.
    Number { pick: usize, value: u64 },
    /// Cut the text to `keep` of its characters.
    Cut { keep: usize },
    /// Put a two-byte character at the front of the text (every offset is off by two).
    Shift,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        6 => (any::<usize>(), 0u64..40_000).prop_map(|(pick, value)| Damage::Number { pick, value }),
        1 => any::<usize>().prop_map(|keep| Damage::Cut { keep }),
        1 => Just(Damage::Shift),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]

    #[test]
    fn damaged_records_are_refused_or_compared(which in 0usize..5, how in damage()) {
        let mut recs = records();
        let which = which % recs.len();
        let r = &mut recs[which];
        match how {
            Damage::Number { pick, value } => {
                let mut paths = Vec::new();
                numbers(r, String::new(), &mut paths);
                let p = &paths[pick % paths.len()];
                *r.pointer_mut(p).expect("path") = Value::from(value);
            }
            Damage::Cut { keep } => {
                let text = r["text"].as_str().expect("text").to_string();
                let n = text.chars().count();
                r["text"] = Value::from(text.chars().take(keep % (n + 1)).collect::<String>());
            }
            Damage::Shift => {
                let text = r["text"].as_str().expect("text").to_string();
                r["text"] = Value::from(format!("é{text}"));
            }
        }
        let file: String = recs.iter().map(|v| v.to_string() + "\n").collect();
        let read = claims_io::read("claims.jsonl", Cursor::new(file), u64::MAX);
        let mut docs = Vec::new();
        for (i, d) in read.into_iter().enumerate() {
            match d {
                Ok(d) => docs.push(d),
                Err(e) => {
                    // Only the damaged line may be refused, and the error names it.
                    prop_assert_eq!(i, which);
                    let msg = e.to_string();
                    let prefix = format!("claims.jsonl:{}:", which + 1);
                    prop_assert!(msg.starts_with(&prefix), "{}", msg);
                }
            }
        }
        prop_assert!(docs.len() >= recs.len() - 1);
        for (i, d) in docs.iter_mut().enumerate() {
            d.doc.id = i;
        }
        // Must not panic, whatever was accepted.
        let c = claimdiff::compare::compare(&docs, &Config::default());
        prop_assert_eq!(c.documents.len(), docs.len());
    }
}
