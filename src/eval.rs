//! Scoring claim extraction against gold annotations (docs/ANNOTATION.md §3).
//!
//! A gold file is JSON Lines, one claim per line: `{"text", "occurrence"?, "kind",
//! "speaker", "via", "cue", "quote", "quoted_parts", "negated"}` where `text` is an exact
//! substring of the article. Gold and predicted claims are matched one-to-one, best overlap
//! first, when their spans overlap by at least 50 % of the longer span; matched pairs are
//! then compared field by field. Used by the accuracy test and by
//! `cargo run --example score_claims -- DIR`.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::extract::Claim;
use crate::resolve::fold;

/// One gold claim.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldClaim {
    /// Exact text of the claim's span.
    pub text: String,
    /// Which occurrence of `text` (1-based).
    #[serde(default = "one")]
    pub occurrence: usize,
    /// Claim kind (`direct_quote`, …).
    pub kind: String,
    /// Canonical speaker, `null` for statements.
    pub speaker: Option<String>,
    /// Intermediaries, outermost first.
    #[serde(default)]
    pub via: Vec<String>,
    /// Cue lemma.
    pub cue: Option<String>,
    /// Direct quote text.
    pub quote: Option<String>,
    /// Whether the content is negated.
    #[serde(default)]
    pub negated: bool,
}

fn one() -> usize {
    1
}

/// Counts over one or more documents.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// Gold claims.
    pub gold: usize,
    /// Predicted claims.
    pub pred: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Matched pairs with the right kind.
    pub kind_ok: usize,
    /// Matched pairs with a gold speaker whose speaker is right.
    pub speaker_ok: usize,
    /// Matched pairs with a gold speaker.
    pub speaker_n: usize,
    /// Matched pairs with the right via chain.
    pub via_ok: usize,
    /// Matched pairs with a gold cue whose cue lemma is right.
    pub cue_ok: usize,
    /// Matched pairs with a gold cue.
    pub cue_n: usize,
    /// Matched pairs with a gold quote whose quote text is right.
    pub quote_ok: usize,
    /// Matched pairs with a gold quote.
    pub quote_n: usize,
    /// Matched pairs with the right negation flag.
    pub neg_ok: usize,
}

impl Tally {
    /// Add another tally.
    pub fn add(&mut self, o: &Tally) {
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

    /// Matched / predicted.
    pub fn precision(&self) -> f64 {
        Self::ratio(self.matched, self.pred)
    }

    /// Matched / gold.
    pub fn recall(&self) -> f64 {
        Self::ratio(self.matched, self.gold)
    }

    /// Speaker accuracy on matched claims with a gold speaker.
    pub fn speaker(&self) -> f64 {
        Self::ratio(self.speaker_ok, self.speaker_n)
    }

    /// One table row.
    pub fn row(&self, name: &str) -> String {
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

/// Speaker names compared case-, diacritic- and determiner-insensitively.
pub fn norm_name(s: &str) -> String {
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

fn short(s: &str) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() > 110 {
        format!("{}…", s.chars().take(110).collect::<String>())
    } else {
        s
    }
}

/// Read a gold file and locate every claim's span in `text`.
pub fn load_gold(path: &Path, text: &str) -> Result<Vec<(GoldClaim, Range<usize>)>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, l) in data.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let g: GoldClaim =
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))?;
        let start = nth_find(text, &g.text, g.occurrence).ok_or_else(|| {
            format!(
                "{}:{}: text not found in the article",
                path.display(),
                i + 1
            )
        })?;
        let end = start + g.text.len();
        out.push((g, start..end));
    }
    Ok(out)
}

/// Score predicted claims against gold claims; every miss is described in `misses`.
pub fn score(
    name: &str,
    gold: &[(GoldClaim, Range<usize>)],
    pred: &[Claim],
    misses: &mut Vec<String>,
) -> Tally {
    let mut pairs = Vec::new();
    for (gi, (_, gr)) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let inter = gr
                .end
                .min(p.range().end)
                .saturating_sub(gr.start.max(p.range().start));
            let longer = (gr.end - gr.start).max(p.range().len()).max(1);
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
        let pv: Vec<String> = p.via().iter().map(|v| norm_name(&v.name)).collect();
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
            let pq = p.quote().unwrap_or_default();
            if norm_text(pq) == norm_text(gq) {
                t.quote_ok += 1;
            } else {
                misses.push(format!(
                    "{name}: QUOTE {:?} ≠ gold {:?}",
                    short(pq),
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
                p.range().start,
                short(&p.text)
            ));
        }
    }
    t
}

/// Every (article, gold file) pair in `dir`: each `dir/gold/<stem>.claims.jsonl` with its
/// article `dir/<stem>.txt` or `.md`, sorted.
pub fn gold_pairs(dir: &Path) -> Result<Vec<(PathBuf, PathBuf)>, String> {
    let gold_dir = dir.join("gold");
    let mut golds: Vec<PathBuf> = std::fs::read_dir(&gold_dir)
        .map_err(|e| format!("{}: {e}", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".claims.jsonl"))
        .collect();
    golds.sort();
    let mut out = Vec::new();
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
            .map(|ext| dir.join(format!("{stem}.{ext}")))
            .find(|p| p.exists())
            .ok_or_else(|| format!("no article for {}", g.display()))?;
        out.push((article, g));
    }
    Ok(out)
}

/// Per-article rows, the total, and a description of every miss.
pub type DirScore = (Vec<(String, Tally)>, Tally, Vec<String>);

/// Score every gold-annotated article in `dir`.
pub fn score_dir(dir: &Path) -> Result<DirScore, String> {
    let mut rows = Vec::new();
    let mut total = Tally::default();
    let mut misses = Vec::new();
    for (article, gold_path) in gold_pairs(dir)? {
        let path = article.to_string_lossy().to_string();
        let bytes = crate::ingest::read_bytes(&path, &crate::ingest::IngestOptions::default())
            .map_err(|e| e.to_string())?;
        let format = crate::ingest::InputFormat::from_path(&path);
        let doc = crate::ingest::Document::from_bytes(&path, 0, bytes, format)
            .map_err(|e| e.to_string())?;
        let text = doc.text.clone();
        let ex = crate::pipeline::extract_document(doc);
        let gold = load_gold(&gold_path, &text)?;
        let name = article
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        let t = score(&name, &gold, &ex.claims, &mut misses);
        total.add(&t);
        rows.push((name, t));
    }
    Ok((rows, total, misses))
}
