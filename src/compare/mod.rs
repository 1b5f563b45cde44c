//! Compare: align the claims of several reports of one event and classify how they agree
//! and differ.
//!
//! ```text
//! extracted documents ──► speakers (across documents) ──► align (groups) ──► classify (findings)
//! ```
//!
//! The result is a [`Comparison`]: the documents, the speakers, the groups of aligned claims
//! ("clusters") with their members, and typed findings with stable rule ids
//! ([`rules::Rule`], docs/RULES.md). The output is sorted and does not depend on the order of
//! the inputs' processing or on the thread count.

pub mod align;
pub mod classify;
pub mod rules;
pub mod speakers;

use rayon::prelude::*;
use serde::Serialize;
use std::sync::Arc;

use crate::config::Config;
use crate::pipeline::Extracted;
use classify::{Ctx, Finding};
use rules::{Rule, Severity};
use speakers::{GlobalSpeaker, Speakers};

/// A document in a comparison.
#[derive(Debug, Clone, Serialize)]
pub struct DocInfo {
    /// Index in the input order.
    pub id: usize,
    /// Path as given.
    pub path: String,
    /// Outlet name.
    pub outlet: String,
    /// Publication date.
    pub date: Option<String>,
    /// Number of claims.
    pub claims: usize,
    /// What spans in this document count: the file, or text extracted from it.
    pub text_origin: crate::ingest::TextOrigin,
}

/// A member of a cluster: a claim of one document.
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    /// Document index.
    pub document: usize,
    /// Claim id in that document.
    pub claim: Arc<str>,
    /// Claim index in that document's claim list.
    #[serde(skip)]
    pub index: usize,
}

/// How a cluster's members relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Carried by one document only.
    Single,
    /// Carried by several, no conflicting finding.
    Agree,
    /// At least one warning or error among the members.
    Conflict,
}

/// A group of aligned claims.
#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    /// Index in [`Comparison::clusters`].
    pub id: usize,
    /// Members, one per document at most, in document order.
    pub members: Vec<Member>,
    /// Agreement status.
    pub status: Status,
    /// The alignment score of the weakest pair that joined it, capped at 1 (1.0 for a
    /// single claim).
    pub score: f32,
    /// A short label: the start of the first member's text.
    pub label: String,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    /// Claims in all documents.
    pub claims: usize,
    /// Candidate pairs scored (after blocking).
    pub candidate_pairs: usize,
    /// Clusters.
    pub clusters: usize,
    /// Clusters carried by two or more documents with no conflict.
    pub agreements: usize,
    /// Clusters with a conflict.
    pub conflicts: usize,
    /// Findings per rule id.
    pub findings: std::collections::BTreeMap<String, usize>,
}

/// The result of comparing documents.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The documents, in input order.
    pub documents: Vec<DocInfo>,
    /// Speakers across documents.
    pub speakers: Vec<GlobalSpeaker>,
    /// Groups of aligned claims.
    pub clusters: Vec<Cluster>,
    /// Findings, sorted by path, line, column and rule.
    pub findings: Vec<Finding>,
    /// Summary counts.
    pub stats: Stats,
}

impl Comparison {
    /// The highest severity among the findings, if any.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

/// Compare extracted documents.
pub fn compare(docs: &[Extracted], cfg: &Config) -> Comparison {
    let refs: Vec<&Extracted> = docs.iter().collect();
    compare_refs(&refs, cfg)
}

/// [`compare`] over borrowed documents (a draft and its sources without copying them).
pub fn compare_refs(docs: &[&Extracted], cfg: &Config) -> Comparison {
    let (mut comparison, speakers) = compare_speakers_apart(docs, cfg);
    // Moved, not copied: the linking is not given back.
    comparison.speakers = speakers.list;
    comparison
}

/// How many claims make a comparison large enough to hand alignment's freed memory back
/// before classification: about 300 generated reports.
const TRIM_AFTER_CLAIMS: usize = 10_000;

/// [`compare_refs`], also giving the speaker linking it used (for callers that look up
/// the global speaker of a claim, such as `check`).
pub fn compare_linked(docs: &[&Extracted], cfg: &Config) -> (Comparison, Speakers) {
    let (mut comparison, speakers) = compare_speakers_apart(docs, cfg);
    comparison.speakers = speakers.list.clone();
    (comparison, speakers)
}

/// [`compare_linked`] with the comparison's list of speakers left empty: the caller
/// moves or copies it from the linking.
fn compare_speakers_apart(docs: &[&Extracted], cfg: &Config) -> (Comparison, Speakers) {
    let refs: Vec<&Extracted> = docs.to_vec();
    let speakers = Speakers::link(&refs, cfg);
    let claims: usize = docs.iter().map(|d| d.claims.len()).sum();
    // Keys held by more than this many claims are too common to block on: with N documents
    // a key genuinely shared by one statement appears about N times.
    let max_postings = (docs.len() * 3).max(64);
    let (groups, candidate_pairs) = align::align(
        &refs,
        &speakers,
        align::AlignOptions {
            min_score: cfg.compare.min_score as f32,
            max_postings,
        },
    );
    // Alignment's working memory (postings, scored pairs) is free now: a large comparison
    // hands it back before classification builds the findings (see `crate::memory`). A
    // small one skips the call, which walks every arena, as `--group-by` makes many.
    if claims >= TRIM_AFTER_CLAIMS {
        crate::memory::release_freed();
    }
    let ctx = Ctx::new(&refs, &speakers, cfg);
    let mut findings = classify::classify(&ctx, &groups);
    findings.sort_by(|a, b| {
        (
            &a.primary.path(),
            a.primary.span().line,
            a.primary.span().column,
            a.rule.id(),
            &a.message,
        )
            .cmp(&(
                &b.primary.path(),
                b.primary.span().line,
                b.primary.span().column,
                b.rule.id(),
                &b.message,
            ))
            // Messages name at most ten places, so two findings at one place can read
            // alike: the places they cite decide.
            .then_with(|| {
                let place = |l: &classify::Location| {
                    let s = l.span();
                    (l.document(), s.start, s.end)
                };
                a.related.iter().map(place).cmp(b.related.iter().map(place))
            })
    });
    let conflicted: std::collections::HashSet<usize> = findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning && f.rule != Rule::OnlyIn)
        .filter_map(|f| f.cluster)
        .collect();
    let clusters: Vec<Cluster> = groups
        .par_iter()
        .enumerate()
        .map(|(i, g)| {
            let first = g.members[0];
            let text = &docs[first.0].claims[first.1].text;
            Cluster {
                id: i,
                members: g
                    .members
                    .iter()
                    .map(|&(d, c)| Member {
                        document: d,
                        claim: docs[d].claims[c].id.clone(),
                        index: c,
                    })
                    .collect(),
                status: if conflicted.contains(&i) {
                    Status::Conflict
                } else if g.members.len() == 1 {
                    Status::Single
                } else {
                    Status::Agree
                },
                score: g.score,
                label: label(text),
            }
        })
        .collect();
    let mut stats = Stats {
        claims,
        candidate_pairs,
        clusters: clusters.len(),
        agreements: clusters
            .iter()
            .filter(|c| c.status == Status::Agree)
            .count(),
        conflicts: clusters
            .iter()
            .filter(|c| c.status == Status::Conflict)
            .count(),
        findings: Default::default(),
    };
    for f in &findings {
        *stats.findings.entry(f.rule.id().to_string()).or_default() += 1;
    }
    let comparison = Comparison {
        documents: docs
            .iter()
            .map(|e| DocInfo {
                id: e.doc.id,
                path: e.doc.path.clone(),
                outlet: e.doc.outlet.clone(),
                date: e.doc.date.map(|d| d.to_string()),
                claims: e.claims.len(),
                text_origin: e.doc.origin,
            })
            .collect(),
        speakers: Vec::new(),
        clusters,
        findings,
        stats,
    };
    (comparison, speakers)
}

fn label(text: &str) -> String {
    let mut out: String = text.chars().take(90).collect();
    if text.chars().count() > 90 {
        out.push('…');
    }
    out
}
