//! Claim extraction accuracy over the gold fixtures (docs/ANNOTATION.md §3).
//!
//! Every `fixtures/<event>/gold/<stem>.claims.jsonl` is scored against the extractor's
//! output for `fixtures/<event>/<stem>.{txt,md}`. Gold and predicted claims are matched
//! one-to-one, best overlap first, when their spans overlap by at least 50 % of the longer
//! one. Run with `cargo test --test extract_accuracy -- --nocapture` to see the table and
//! every miss.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use claimdiff::extract::Claim;
use claimdiff::ingest::{IngestOptions, read};
use claimdiff::pipeline::extract_document;
use claimdiff::resolve::fold;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Gold {
    text: String,
    #[serde(default = "one")]
    occurrence: usize,
    kind: String,
    speaker: Option<String>,
    #[serde(default)]
    via: Vec<String>,
    cue: Option<String>,
    quote: Option<String>,
    #[serde(default)]
    negated: bool,
}

fn one() -> usize {
    1
}

fn norm_name(s: &str) -> String {
    let f = fold(s);
    let mut words: Vec<&str> = f.split_whitespace().collect();
    while words.first().is_some_and(|w| {
        matches!(
            *w,
            "the" | "a" | "an" | "some" | "several" | "many" | "one" | "two" | "three"
        )
    }) {
        words.remove(0);
    }
    words.join(" ")
}

fn norm_text(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['‘', '’'], "'")
        .replace(['“', '”', '„'], "\"")
}

fn nth_find(hay: &str, needle: &str, n: usize) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    for _ in 0..n {
        let i = hay[from..].find(needle)? + from;
        found = Some(i);
        from = i + needle.len().max(1);
    }
    found
}

#[derive(Default, Debug)]
struct Tally {
    gold: usize,
    pred: usize,
    matched: usize,
    kind_ok: usize,
    speaker_ok: usize,
    speaker_n: usize,
    via_ok: usize,
    cue_ok: usize,
    cue_n: usize,
    quote_ok: usize,
    quote_n: usize,
    neg_ok: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.matched += o.matched;
        self.kind_ok += o.kind_ok;
        self.speaker_ok += o.speaker_ok;
        self.speaker_n += o.speaker_n;
        self.via_ok += o.via_ok;
        self.cue_ok += o.cue_ok;
        self.cue_n += o.cue_n;
        self.quote_ok += o.quote_ok;
        self.quote_n += o.quote_n;
        self.neg_ok += o.neg_ok;
    }
    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 { 1.0 } else { a as f64 / b as f64 }
    }
    fn precision(&self) -> f64 {
        Self::ratio(self.matched, self.pred)
    }
    fn recall(&self) -> f64 {
        Self::ratio(self.matched, self.gold)
    }
    fn speaker(&self) -> f64 {
        Self::ratio(self.speaker_ok, self.speaker_n)
    }
    fn row(&self, name: &str) -> String {
        format!(
            "{name:<34} {:>4} {:>4} {:>4}  P {:.3}  R {:.3}  kind {:.3}  speaker {:.3}  via {:.3}  cue {:.3}  quote {:.3}  neg {:.3}",
            self.gold,
            self.pred,
            self.matched,
            self.precision(),
            self.recall(),
            Self::ratio(self.kind_ok, self.matched),
            self.speaker(),
            Self::ratio(self.via_ok, self.matched),
            Self::ratio(self.cue_ok, self.cue_n),
            Self::ratio(self.quote_ok, self.quote_n),
            Self::ratio(self.neg_ok, self.matched),
        )
    }
}

fn score(article: &Path, gold_path: &Path, misses: &mut Vec<String>) -> Tally {
    let path = article.to_string_lossy().to_string();
    let doc = read(&path, 0, &IngestOptions::default()).expect("fixture reads");
    let text = doc.text.clone();
    let ex = extract_document(doc);
    let gold: Vec<(Gold, std::ops::Range<usize>)> = std::fs::read_to_string(gold_path)
        .expect("gold reads")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let g: Gold = serde_json::from_str(l).expect("gold line parses");
            let start = nth_find(&text, &g.text, g.occurrence).unwrap_or_else(|| {
                panic!("{}: gold text not found: {}", gold_path.display(), g.text)
            });
            let end = start + g.text.len();
            (g, start..end)
        })
        .collect();
    let pred: &[Claim] = &ex.claims;
    // Candidate pairs with overlap ≥ 50 % of the longer span, best first.
    let mut pairs = Vec::new();
    for (gi, (_, gr)) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let inter = gr
                .end
                .min(p.span.end)
                .saturating_sub(gr.start.max(p.span.start));
            let longer = (gr.end - gr.start).max(p.span.end - p.span.start).max(1);
            let ov = inter as f64 / longer as f64;
            if ov >= 0.5 {
                pairs.push((ov, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut gused = vec![None; gold.len()];
    let mut pused = vec![false; pred.len()];
    for (_, gi, pi) in pairs {
        if gused[gi].is_none() && !pused[pi] {
            gused[gi] = Some(pi);
            pused[pi] = true;
        }
    }
    let name = article
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut t = Tally {
        gold: gold.len(),
        pred: pred.len(),
        ..Tally::default()
    };
    for (gi, (g, gr)) in gold.iter().enumerate() {
        let Some(pi) = gused[gi] else {
            misses.push(format!(
                "{name}: MISSED {} [{}] {}",
                g.kind,
                gr.start,
                short(&g.text)
            ));
            continue;
        };
        let p = &pred[pi];
        t.matched += 1;
        if p.kind.as_str() == g.kind {
            t.kind_ok += 1;
        } else {
            misses.push(format!(
                "{name}: KIND {} ≠ gold {}: {}",
                p.kind.as_str(),
                g.kind,
                short(&g.text)
            ));
        }
        if let Some(gs) = &g.speaker {
            t.speaker_n += 1;
            let ps = p
                .speaker
                .as_ref()
                .map(|s| norm_name(&s.name))
                .unwrap_or_default();
            if ps == norm_name(gs) {
                t.speaker_ok += 1;
            } else {
                misses.push(format!(
                    "{name}: SPEAKER {ps:?} ≠ gold {gs:?}: {}",
                    short(&g.text)
                ));
            }
        }
        let pv: Vec<String> = p.via.iter().map(|v| norm_name(&v.name)).collect();
        let gv: Vec<String> = g.via.iter().map(|v| norm_name(v)).collect();
        if pv == gv {
            t.via_ok += 1;
        } else {
            misses.push(format!(
                "{name}: VIA {pv:?} ≠ gold {gv:?}: {}",
                short(&g.text)
            ));
        }
        if let Some(gc) = &g.cue {
            t.cue_n += 1;
            let pc = p.cue.as_ref().map(|c| c.lemma.clone()).unwrap_or_default();
            if &pc == gc {
                t.cue_ok += 1;
            } else {
                misses.push(format!(
                    "{name}: CUE {pc:?} ≠ gold {gc:?}: {}",
                    short(&g.text)
                ));
            }
        }
        if let Some(gq) = &g.quote {
            t.quote_n += 1;
            let pq = p.quote.clone().unwrap_or_default();
            if norm_text(&pq) == norm_text(gq) {
                t.quote_ok += 1;
            } else {
                misses.push(format!(
                    "{name}: QUOTE {:?} ≠ gold {:?}",
                    short(&pq),
                    short(gq)
                ));
            }
        }
        if p.negated == g.negated {
            t.neg_ok += 1;
        } else {
            misses.push(format!(
                "{name}: NEG {} ≠ gold {}: {}",
                p.negated,
                g.negated,
                short(&g.text)
            ));
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        if !pused[pi] {
            misses.push(format!(
                "{name}: EXTRA {} [{}] {}",
                p.kind.as_str(),
                p.span.start,
                short(&p.text)
            ));
        }
    }
    t
}

fn short(s: &str) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() > 110 {
        format!("{}…", s.chars().take(110).collect::<String>())
    } else {
        s
    }
}

/// Every (article, gold file) pair under fixtures/.
fn gold_pairs() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    let mut events: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold").is_dir())
        .collect();
    events.sort();
    for ev in events {
        let mut golds: Vec<PathBuf> = std::fs::read_dir(ev.join("gold"))
            .expect("gold dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(".claims.jsonl"))
            .collect();
        golds.sort();
        for g in golds {
            let stem = g
                .file_name()
                .map(|f| {
                    f.to_string_lossy()
                        .trim_end_matches(".claims.jsonl")
                        .to_string()
                })
                .unwrap_or_default();
            let article = ["txt", "md"]
                .iter()
                .map(|ext| ev.join(format!("{stem}.{ext}")))
                .find(|p| p.exists())
                .unwrap_or_else(|| panic!("no article for {}", g.display()));
            out.push((article, g));
        }
    }
    out
}

#[test]
fn extraction_meets_accuracy_floors() {
    let pairs = gold_pairs();
    assert!(
        pairs.len() >= 6,
        "expected at least six gold-annotated articles"
    );
    let mut total = Tally::default();
    let mut misses = Vec::new();
    let mut rows = BTreeMap::new();
    for (article, gold) in &pairs {
        let t = score(article, gold, &mut misses);
        total.add(&t);
        rows.insert(article.display().to_string(), t);
    }
    println!(
        "{:<34} {:>4} {:>4} {:>4}",
        "article", "gold", "pred", "match"
    );
    for (name, t) in &rows {
        let short_name = name.rsplit("fixtures/").next().unwrap_or(name);
        println!("{}", t.row(short_name));
    }
    println!("{}", total.row("TOTAL"));
    for m in &misses {
        println!("  {m}");
    }
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
