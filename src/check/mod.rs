//! Check: hold drafts against their sources, claim by claim.
//!
//! ```text
//! draft + sources ──► compare (alignment, typed findings) ──┐
//! draft quotes ──► word-for-word search in source quotes ───┴─► verdict per draft claim
//! ```
//!
//! Every claim of a draft ends as **supported** (a source carries it and none
//! contradicts it), **contradicted** (a finding sets a source against it) or
//! **unsupported** (no source carries it). Quotes are held to the letter (see
//! [`quotes`]); numbers, dates, polarity, stance and roles use the compare rules, with
//! the draft always on the primary side. Suppression comments and a baseline hide known
//! findings. Results come in draft order and do not depend on the thread count.

pub mod quotes;
pub mod suppress;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::compare::classify::{
    Finding, Location, Piece, Quote, QuoteRelation, cite, relation_of, word_diff,
};
use crate::compare::rules::{Rule, Severity};
use crate::compare::speakers::Speakers;
use crate::config::Config;
use crate::extract::{ClaimKind, SpeakerKind};
use crate::pipeline::Extracted;

/// Which draft claims must be carried by a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unsupported {
    /// Every claim.
    #[default]
    All,
    /// Direct and partial quotes only.
    Quotes,
    /// None: unsupported claims are listed but not reported.
    Off,
}

/// A place in a draft or source, with where it ends.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// The file.
    pub path: String,
    /// Its outlet.
    pub outlet: String,
    /// The claim id there, if the place is in a claim.
    pub claim: Option<String>,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// 1-based line of the last character.
    pub end_line: usize,
    /// 1-based column one past the last character, in characters.
    pub end_column: usize,
    /// The words as written.
    pub text: String,
    /// The whole claim (or sentence).
    pub claim_text: String,
    /// Whether the file's text was extracted (an HTML page, a JSON record): `line` and
    /// `column` then count lines of the extracted text, not of the file.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub extracted: bool,
    /// For extracted text, the line of the file this text comes from, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<usize>,
}

impl Place {
    /// The position to give tools that open the file (editors, code-scanning
    /// annotations): the place itself, or for extracted text the file line it came from
    /// (line 1 when unknown) with no column.
    pub fn file_position(&self) -> (usize, Option<usize>) {
        if self.extracted {
            (self.source_line.unwrap_or(1), None)
        } else {
            (self.line, Some(self.column))
        }
    }
}

/// A problem with a draft claim.
#[derive(Debug, Clone, Serialize)]
pub struct CheckFinding {
    /// The rule.
    #[serde(serialize_with = "ser_rule")]
    pub rule: Rule,
    /// Its name.
    pub name: &'static str,
    /// Severity after configuration.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where in the draft.
    pub draft: Place,
    /// The source places that say otherwise (or come closest).
    pub sources: Vec<Place>,
    /// A word diff from the draft's words to the source's (quotes).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<Piece>,
    /// A hash that stays the same across runs, line moves and edits elsewhere in the
    /// claim: rule, draft path, draft words, and the first source's words and claim.
    pub fingerprint: String,
}

fn ser_rule<S: serde::Serializer>(r: &Rule, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(r.id())
}

/// What became of a draft claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// A source carries it and none contradicts it.
    Supported,
    /// A source says otherwise.
    Contradicted,
    /// No source carries it.
    Unsupported,
}

/// One draft claim and its verdict.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimCheck {
    /// The claim id in the draft.
    pub claim: String,
    /// Its kind.
    pub kind: ClaimKind,
    /// Where it is.
    pub place: Place,
    /// The verdict.
    pub verdict: Verdict,
    /// Source claims that carry it.
    pub evidence: Vec<Place>,
    /// Indices into the draft's findings that concern it.
    pub findings: Vec<usize>,
}

/// A suppression comment and whether it was used.
#[derive(Debug, Clone, Serialize)]
pub struct SuppressionUse {
    /// 1-based line.
    pub line: usize,
    /// The directive.
    pub text: String,
    /// Findings it hid.
    pub suppressed: usize,
}

/// One draft's results.
#[derive(Debug, Clone, Serialize)]
pub struct DraftReport {
    /// The draft's path.
    pub path: String,
    /// Its outlet (or file stem).
    pub outlet: String,
    /// Every claim with its verdict, in order.
    pub claims: Vec<ClaimCheck>,
    /// Findings that are reported, sorted by line, column and rule.
    pub findings: Vec<CheckFinding>,
    /// Findings hidden by suppression comments.
    pub suppressed: usize,
    /// Findings hidden by the baseline.
    pub baselined: usize,
    /// The draft's suppression comments.
    pub suppressions: Vec<SuppressionUse>,
}

/// A source document.
#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    /// Path as given.
    pub path: String,
    /// Outlet.
    pub outlet: String,
    /// Publication date.
    pub date: Option<String>,
    /// Number of claims.
    pub claims: usize,
}

/// Totals over all drafts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CheckStats {
    /// Draft claims.
    pub claims: usize,
    /// Supported claims.
    pub supported: usize,
    /// Contradicted claims.
    pub contradicted: usize,
    /// Unsupported claims.
    pub unsupported: usize,
    /// Reported findings by severity.
    pub errors: usize,
    /// Reported warnings.
    pub warnings: usize,
    /// Reported info findings.
    pub infos: usize,
    /// Findings hidden by suppression comments.
    pub suppressed: usize,
    /// Findings hidden by the baseline.
    pub baselined: usize,
}

/// The result of a check run.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    /// The sources, in input order.
    pub sources: Vec<SourceInfo>,
    /// The drafts, in input order.
    pub drafts: Vec<DraftReport>,
    /// Totals.
    pub stats: CheckStats,
}

impl CheckReport {
    /// The highest severity reported, if any.
    pub fn max_severity(&self) -> Option<Severity> {
        self.drafts
            .iter()
            .flat_map(|d| d.findings.iter().map(|f| f.severity))
            .max()
    }

    /// Every reported finding with its draft.
    pub fn findings(&self) -> impl Iterator<Item = (&DraftReport, &CheckFinding)> {
        self.drafts
            .iter()
            .flat_map(|d| d.findings.iter().map(move |f| (d, f)))
    }
}

/// Options of a check run.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Fingerprints to hide (from `--baseline`).
    pub baseline: BTreeSet<String>,
}

/// Check every draft against the sources.
pub fn check(
    drafts: &[Extracted],
    sources: &[Extracted],
    cfg: &Config,
    opts: &CheckOptions,
) -> CheckReport {
    let reports: Vec<DraftReport> = drafts
        .par_iter()
        .map(|d| check_draft(d, sources, cfg, opts))
        .collect();
    let mut stats = CheckStats::default();
    for d in &reports {
        stats.claims += d.claims.len();
        for c in &d.claims {
            match c.verdict {
                Verdict::Supported => stats.supported += 1,
                Verdict::Contradicted => stats.contradicted += 1,
                Verdict::Unsupported => stats.unsupported += 1,
            }
        }
        for f in &d.findings {
            match f.severity {
                Severity::Error => stats.errors += 1,
                Severity::Warning => stats.warnings += 1,
                Severity::Info => stats.infos += 1,
            }
        }
        stats.suppressed += d.suppressed;
        stats.baselined += d.baselined;
    }
    CheckReport {
        sources: sources
            .iter()
            .map(|s| SourceInfo {
                path: s.doc.path.clone(),
                outlet: s.doc.outlet.clone(),
                date: s.doc.date.map(|d| d.to_string()),
                claims: s.claims.len(),
            })
            .collect(),
        drafts: reports,
        stats,
    }
}

/// Documents of one check: the draft at 0, then the sources.
struct Run<'a> {
    docs: Vec<&'a Extracted>,
    speakers: Speakers,
}

impl Run<'_> {
    fn place(&self, d: usize, start: usize, end: usize, text: &str) -> Place {
        let e = self.docs[d];
        let s = e.doc.span(start, end);
        let last = e.doc.span(end, end);
        let claim = e
            .claims
            .iter()
            .find(|c| c.range().start <= start && end <= c.range().end);
        Place {
            path: e.doc.path.clone(),
            outlet: e.doc.outlet.clone(),
            claim: claim.map(|c| c.id.to_string()),
            start: s.start,
            end: s.end,
            line: s.line,
            column: s.column,
            end_line: last.line,
            end_column: last.column,
            text: text.to_string(),
            claim_text: claim.map(|c| c.text.to_string()).unwrap_or_default(),
            extracted: e.doc.origin != crate::ingest::TextOrigin::File,
            source_line: s.source_line,
        }
    }

    fn location_place(&self, l: &Location) -> Place {
        let span = l.span();
        let mut p = self.place(l.document(), span.start, span.end, l.text());
        p.claim = l.claim().map(str::to_string);
        p.claim_text = l.claim_text().to_string();
        p
    }

    fn claim_place(&self, d: usize, ci: usize) -> Place {
        let c = &self.docs[d].claims[ci];
        self.place(d, c.range().start, c.range().end, &c.text)
    }

    fn speaker(&self, d: usize, ci: usize) -> Option<usize> {
        let s = self.docs[d].claims[ci].speaker.as_ref()?;
        if s.kind == SpeakerKind::Unnamed || !s.resolved {
            return None;
        }
        self.speakers.id(d, s)
    }

    fn speaker_name(&self, d: usize, ci: usize) -> String {
        self.docs[d].claims[ci]
            .speaker
            .as_ref()
            .map_or_else(|| "no one".to_string(), |s| s.name.to_string())
    }
}

/// A quotation of a claim with where it is: the direct quote, or each quoted part.
fn quotations(e: &Extracted, ci: usize) -> Vec<(String, usize, usize)> {
    let c = &e.claims[ci];
    let view = e.doc.view();
    let slice = &view[c.range()];
    let locate = |q: &str| -> (usize, usize) {
        let words = quotes::cased_words(q);
        let hay = quotes::cased_words(slice);
        // The first and last word of the quote inside the claim, when they can be found.
        let first = words
            .first()
            .and_then(|w| hay.iter().find(|h| h.text == w.text));
        let last = words
            .last()
            .and_then(|w| hay.iter().rev().find(|h| h.text == w.text));
        match (first, last) {
            (Some(a), Some(b)) if a.range.start < b.range.end => (
                c.range().start + a.range.start,
                c.range().start + b.range.end,
            ),
            _ => (c.range().start, c.range().end),
        }
    };
    match c.kind {
        ClaimKind::DirectQuote => c
            .quote()
            .iter()
            .map(|q| {
                let (s, e) = locate(q);
                (q.to_string(), s, e)
            })
            .collect(),
        ClaimKind::PartialQuote => c
            .quoted_parts()
            .map(|q| {
                let (s, e) = locate(q);
                (q.to_string(), s, e)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A quotation without the punctuation that closes it (“…,” against “….”).
fn trim_end_punct(s: &str) -> &str {
    s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':'))
}

/// FNV-1a, 64 bits: a hash that does not change between builds or platforms.
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A path as the baseline knows it: `./a/b.md`, `a//b.md` and `a\\b.md` are `a/b.md`.
fn path_key(path: &str) -> String {
    let p = path.replace('\\', "/");
    p.split('/')
        .filter(|seg| !seg.is_empty() && *seg != ".")
        .collect::<Vec<_>>()
        .join("/")
}

// The draft side contributes only the words the finding points at, not the whole draft
// claim: editing "the seventh" in "after a two-hour phone call, the seventh …" must bring
// back the seventh finding and leave the accepted "two-hour" one hidden. The first
// source's claim tells apart the same words contradicted by different statements
// ("admitted" against "Putin told …" and against "Peskov told …"). Line numbers stay out,
// so inserting lines above a finding changes nothing.
fn fingerprint(rule: Rule, draft: &Place, sources: &[Place]) -> String {
    let (words, claim) = sources
        .first()
        .map(|p| (norm(&p.text), norm(&p.claim_text)))
        .unwrap_or_default();
    let key = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        rule.id(),
        path_key(&draft.path),
        norm(&draft.text),
        words,
        claim
    );
    format!("{:016x}", fnv(&key))
}

/// Build a finding if the rule is on.
fn finding(
    cfg: &Config,
    rule: Rule,
    message: String,
    draft: Place,
    sources: Vec<Place>,
    diff: Vec<Piece>,
) -> Option<CheckFinding> {
    let severity = cfg.severity(rule)?;
    let fingerprint = fingerprint(rule, &draft, &sources);
    Some(CheckFinding {
        rule,
        name: rule.name(),
        severity,
        message,
        draft,
        sources,
        diff,
        fingerprint,
    })
}

/// The outcome of looking a draft quotation up in the sources.
enum QuoteOutcome {
    /// Verbatim in a source quotation of the same speaker (or an unnamed one).
    Verbatim(Vec<(usize, usize)>),
    /// Verbatim, but only under other speakers.
    OtherSpeaker(Vec<(usize, usize)>),
    /// Not verbatim; the closest source quotation and its window.
    Altered((usize, usize), String),
    /// Nothing like it.
    Missing,
}

fn look_up_quote(run: &Run, ci: usize, q: &str) -> QuoteOutcome {
    let mine = run.speaker(0, ci);
    let mut same = Vec::new();
    let mut other = Vec::new();
    let mut closest: Option<(f32, (usize, usize), String)> = None;
    // The draft's quotation split into words once, when a source quotation is first
    // compared with it, not again for each one.
    let mut prepared: Option<Quote> = None;
    for d in 1..run.docs.len() {
        for (si, sc) in run.docs[d].claims.iter().enumerate() {
            for cand in sc.quoted() {
                if quotes::verbatim(q, cand) {
                    let theirs = run.speaker(d, si);
                    if mine.is_none() || theirs.is_none() || mine == theirs {
                        same.push((d, si));
                    } else {
                        other.push((d, si));
                    }
                    continue;
                }
                if matches!(
                    relation_of(
                        prepared.get_or_insert_with(|| Quote::new(q)),
                        &Quote::new(cand)
                    ),
                    QuoteRelation::Altered | QuoteRelation::Shifted
                ) {
                    let win = quotes::window(q, cand);
                    let a: BTreeSet<String> = quotes::cased_words(q)
                        .into_iter()
                        .map(|w| w.text.to_lowercase())
                        .collect();
                    let b: BTreeSet<String> = quotes::cased_words(win)
                        .into_iter()
                        .map(|w| w.text.to_lowercase())
                        .collect();
                    let overlap = a.intersection(&b).count() as f32 / a.len().max(1) as f32;
                    if closest.as_ref().is_none_or(|c| overlap > c.0) {
                        closest = Some((overlap, (d, si), win.to_string()));
                    }
                }
            }
        }
    }
    if !same.is_empty() {
        QuoteOutcome::Verbatim(same)
    } else if !other.is_empty() {
        QuoteOutcome::OtherSpeaker(other)
    } else if let Some((_, at, win)) = closest {
        QuoteOutcome::Altered(at, win)
    } else {
        QuoteOutcome::Missing
    }
}

/// Rules compare reports that check decides itself (quotes) or does not report (coverage).
fn handled_by_check(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::QuoteAltered
            | Rule::WordingShift
            | Rule::OnlyIn
            | Rule::LessPrecise
            | Rule::Unsupported
            | Rule::UnusedSuppression
    )
}

/// The compare findings that set a source against the draft, re-aimed at the draft.
fn against_draft(f: &Finding) -> Option<(Location, Vec<Location>)> {
    if f.primary.document() == 0 {
        let sources: Vec<Location> = f
            .related
            .iter()
            .filter(|l| l.document() != 0)
            .cloned()
            .collect();
        return (!sources.is_empty()).then(|| (f.primary.clone(), sources));
    }
    // A source is the odd one out: the draft is wrong only if no other source sides
    // with it.
    let draft = f.related.iter().find(|l| l.document() == 0)?;
    let allies = f.related.iter().filter(|l| l.document() != 0).count();
    (allies == 0).then(|| (draft.clone(), vec![f.primary.clone()]))
}

fn check_draft(
    draft: &Extracted,
    sources: &[Extracted],
    cfg: &Config,
    opts: &CheckOptions,
) -> DraftReport {
    let mut docs: Vec<&Extracted> = vec![draft];
    docs.extend(sources.iter());
    let (cmp, speakers) = crate::compare::compare_linked(&docs, cfg);
    let run = Run { docs, speakers };
    let policy = cfg.check.unsupported;

    let mut findings: Vec<CheckFinding> = Vec::new();
    // Per claim: its findings (indices) and whether a quote was verified.
    let mut per_claim: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut verified: BTreeMap<usize, Vec<Place>> = BTreeMap::new();
    // Claims with a quotation no source quotes at all (a paraphrase put in quote marks).
    let mut unquoted: BTreeSet<usize> = BTreeSet::new();
    let claim_index = |id: Option<&str>| -> Option<usize> {
        let id = id?;
        draft.claims.iter().position(|c| &*c.id == id)
    };

    // Quotes, word for word. Each claim's quotations are located once.
    let quotes_of: Vec<Vec<(String, usize, usize)>> = (0..draft.claims.len())
        .map(|ci| quotations(draft, ci))
        .collect();
    for (ci, quotes) in quotes_of.iter().enumerate() {
        for (q, s, e) in quotes.iter().cloned() {
            let at = run.place(0, s, e, &q);
            let outcome = look_up_quote(&run, ci, &q);
            let made = match outcome {
                QuoteOutcome::Verbatim(hits) => {
                    verified
                        .entry(ci)
                        .or_default()
                        .extend(hits.iter().map(|&(d, si)| run.claim_place(d, si)));
                    None
                }
                QuoteOutcome::OtherSpeaker(hits) => {
                    let names: BTreeSet<String> = hits
                        .iter()
                        .map(|&(d, si)| run.speaker_name(d, si))
                        .collect();
                    let message = format!(
                        "the draft credits these words to {}; the sources give them to {}",
                        run.speaker_name(0, ci),
                        names.into_iter().collect::<Vec<_>>().join(" and ")
                    );
                    finding(
                        cfg,
                        Rule::AttributionMismatch,
                        message,
                        at,
                        hits.iter().map(|&(d, si)| run.claim_place(d, si)).collect(),
                        Vec::new(),
                    )
                }
                QuoteOutcome::Altered((d, si), win) => {
                    let src = run.docs[d];
                    let message = format!(
                        "the quote is not word for word what {} quotes",
                        src.doc.outlet
                    );
                    let mut p = run.claim_place(d, si);
                    p.text = win.clone();
                    // Altered and credited to someone else: both are reported.
                    let (mine, theirs) = (run.speaker(0, ci), run.speaker(d, si));
                    if mine.is_some() && theirs.is_some() && mine != theirs {
                        let message = format!(
                            "the draft credits this quote to {}; {} gives it to {}",
                            run.speaker_name(0, ci),
                            src.doc.outlet,
                            run.speaker_name(d, si)
                        );
                        if let Some(f) = finding(
                            cfg,
                            Rule::AttributionMismatch,
                            message,
                            at.clone(),
                            vec![run.claim_place(d, si)],
                            Vec::new(),
                        ) {
                            per_claim.entry(ci).or_default().push(findings.len());
                            findings.push(f);
                        }
                    }
                    finding(
                        cfg,
                        Rule::QuoteAltered,
                        message,
                        at,
                        vec![p],
                        word_diff(trim_end_punct(&q), trim_end_punct(&win)),
                    )
                }
                QuoteOutcome::Missing => {
                    unquoted.insert(ci);
                    None
                }
            };
            if let Some(f) = made {
                per_claim.entry(ci).or_default().push(findings.len());
                findings.push(f);
            }
        }
    }

    // Numbers, dates, attribution of reported speech, polarity, stance, roles.
    for f in &cmp.findings {
        if handled_by_check(f.rule) {
            continue;
        }
        let Some((d, srcs)) = against_draft(f) else {
            continue;
        };
        let ci = claim_index(d.claim());
        // Quotes already checked word for word carry their own attribution verdict.
        if f.rule == Rule::AttributionMismatch && ci.is_some_and(|ci| !quotes_of[ci].is_empty()) {
            continue;
        }
        let message = match f.rule {
            Rule::NumberMismatch | Rule::DateMismatch | Rule::ConversionMismatch => {
                format!("“{}” cannot be true with {}", d.text(), cite(&srcs))
            }
            _ => f.message.clone(),
        };
        let Some(cf) = finding(
            cfg,
            f.rule,
            message,
            run.location_place(&d),
            srcs.iter().map(|l| run.location_place(l)).collect(),
            Vec::new(),
        ) else {
            continue;
        };
        if let Some(ci) = ci {
            per_claim.entry(ci).or_default().push(findings.len());
        }
        findings.push(cf);
    }

    // Verdicts.
    let cluster_of: BTreeMap<usize, usize> = cmp
        .clusters
        .iter()
        .flat_map(|c| {
            c.members
                .iter()
                .filter(|m| m.document == 0)
                .map(move |m| (m.index, c.id))
        })
        .collect();
    let mut claims: Vec<ClaimCheck> = Vec::new();
    for (ci, c) in draft.claims.iter().enumerate() {
        let mut evidence: Vec<Place> = verified.remove(&ci).unwrap_or_default();
        if let Some(&cl) = cluster_of.get(&ci) {
            for m in &cmp.clusters[cl].members {
                if m.document != 0 {
                    let p = run.claim_place(m.document, m.index);
                    if !evidence.contains(&p) {
                        evidence.push(p);
                    }
                }
            }
        }
        let mine = per_claim.get(&ci).cloned().unwrap_or_default();
        let contradicted = mine
            .iter()
            .any(|&i| findings[i].severity >= Severity::Warning);
        let has_quotes = !quotes_of[ci].is_empty();
        let verdict = if contradicted {
            Verdict::Contradicted
        } else if !evidence.is_empty() && !unquoted.contains(&ci) {
            Verdict::Supported
        } else {
            Verdict::Unsupported
        };
        let mut idx = mine;
        if verdict == Verdict::Unsupported {
            let required = match policy {
                Unsupported::All => true,
                Unsupported::Quotes => has_quotes,
                Unsupported::Off => false,
            };
            let message = if unquoted.contains(&ci) && !evidence.is_empty() {
                "no source quotes these words; the sources only report the statement".to_string()
            } else if has_quotes {
                "no source carries this quote".to_string()
            } else {
                "no source carries this claim".to_string()
            };
            if required
                && let Some(f) = finding(
                    cfg,
                    Rule::Unsupported,
                    message,
                    run.claim_place(0, ci),
                    Vec::new(),
                    Vec::new(),
                )
            {
                idx.push(findings.len());
                findings.push(f);
            }
        }
        claims.push(ClaimCheck {
            claim: c.id.to_string(),
            kind: c.kind,
            place: run.claim_place(0, ci),
            verdict,
            evidence,
            findings: idx,
        });
    }

    // Suppressions and baseline.
    let mut sups = suppress::parse(&draft.doc.text);
    // A finding is on its own line and on the line its claim starts: a comment above a
    // hard-wrapped paragraph covers a number on the paragraph's second line.
    let claim_line = |f: &CheckFinding| -> usize {
        f.draft
            .claim
            .as_ref()
            .and_then(|id| draft.claims.iter().find(|c| *c.id == **id))
            .map_or(f.draft.line, |c| {
                draft.doc.span(c.range().start, c.range().start).line
            })
    };
    let hides = |s: &suppress::Suppression, f: &CheckFinding| {
        s.covers(f.rule, f.draft.line) || s.covers(f.rule, claim_line(f))
    };
    let mut keep = vec![true; findings.len()];
    let (mut suppressed, mut baselined) = (0, 0);
    for (i, f) in findings.iter().enumerate() {
        if let Some(s) = sups.iter_mut().find(|s| hides(s, f)) {
            s.used = true;
            keep[i] = false;
            suppressed += 1;
        } else if opts.baseline.contains(&f.fingerprint) {
            keep[i] = false;
            baselined += 1;
        }
    }
    let mut uses: Vec<SuppressionUse> = Vec::new();
    for s in &sups {
        let n = findings
            .iter()
            .zip(&keep)
            .filter(|(f, k)| !**k && hides(s, f))
            .count();
        uses.push(SuppressionUse {
            line: s.line,
            text: s.text.clone(),
            suppressed: n,
        });
    }
    let mut extra: Vec<CheckFinding> = Vec::new();
    // Unused directives, and directives that name an unknown rule (a typo beside a rule
    // that did suppress something would otherwise go unnoticed).
    for s in sups.iter().filter(|s| !s.used || !s.unknown.is_empty()) {
        let unknown = s.unknown.join(", ");
        let message = match (s.used, s.unknown.is_empty()) {
            (false, true) => format!("`{}` suppressed nothing", s.text),
            (false, false) => format!(
                "`{}` suppressed nothing (unknown rule {unknown}; see docs/RULES.md)",
                s.text
            ),
            (true, _) => format!(
                "`{}` names unknown rule {unknown}; see docs/RULES.md",
                s.text
            ),
        };
        let at = Place {
            claim: None,
            claim_text: String::new(),
            ..run.place(0, s.start, s.start + s.text.len(), &s.text)
        };
        extra.extend(finding(
            cfg,
            Rule::UnusedSuppression,
            message,
            at,
            Vec::new(),
            Vec::new(),
        ));
    }
    // Renumber the kept findings and point claims at them.
    let mut new_index: Vec<Option<usize>> = vec![None; findings.len()];
    let mut kept: Vec<CheckFinding> = Vec::new();
    for (i, f) in findings.into_iter().enumerate() {
        if keep[i] {
            new_index[i] = Some(kept.len());
            kept.push(f);
        }
    }
    kept.extend(extra);
    // Sorted by place and rule; claims' indices follow.
    let mut order: Vec<usize> = (0..kept.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&kept[a], &kept[b]);
        (x.draft.line, x.draft.column, x.rule.id(), &x.message).cmp(&(
            y.draft.line,
            y.draft.column,
            y.rule.id(),
            &y.message,
        ))
    });
    let mut rank = vec![0usize; kept.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    let mut sorted: Vec<Option<CheckFinding>> = kept.into_iter().map(Some).collect();
    let findings: Vec<CheckFinding> = order.iter().filter_map(|&i| sorted[i].take()).collect();
    for c in &mut claims {
        c.findings = c
            .findings
            .iter()
            .filter_map(|&i| new_index[i].map(|k| rank[k]))
            .collect();
        c.findings.sort_unstable();
    }

    DraftReport {
        path: draft.doc.path.clone(),
        outlet: draft.doc.outlet.clone(),
        claims,
        findings,
        suppressed,
        baselined,
        suppressions: uses,
    }
}

/// Drafts whose path matches a `[check] ignore` pattern are left out.
pub fn skip_ignored(drafts: Vec<String>, cfg: &Config) -> Vec<String> {
    let base = cfg
        .source
        .as_ref()
        .and_then(|p| p.parent())
        .map(std::path::Path::to_path_buf);
    let patterns: Vec<glob::Pattern> = cfg
        .check
        .ignore
        .iter()
        .filter_map(|p| glob::Pattern::new(p).ok())
        .collect();
    if patterns.is_empty() {
        return drafts;
    }
    drafts
        .into_iter()
        .filter(|d| {
            let path = std::path::Path::new(d);
            let rel = base
                .as_ref()
                .and_then(|b| {
                    let abs = std::fs::canonicalize(path).ok()?;
                    let b = std::fs::canonicalize(b).ok()?;
                    abs.strip_prefix(b).ok().map(std::path::Path::to_path_buf)
                })
                .unwrap_or_else(|| path.to_path_buf());
            !patterns
                .iter()
                .any(|p| p.matches_path(&rel) || p.matches_path(path))
        })
        .collect()
}

pub mod baseline {
    //! `--write-baseline` / `--baseline`: fingerprints of accepted findings.
    //!
    //! ```json
    //! {"schema_version": 1, "findings": [{"fingerprint": "…", "rule": "CD201",
    //!   "path": "draft.md", "line": 12, "text": "two-hour"}]}
    //! ```
    //! Only `fingerprint` is used when reading; the rest is for people reviewing the file.

    use std::collections::BTreeSet;
    use std::path::Path;

    use super::CheckReport;

    /// A baseline that cannot be used.
    #[derive(Debug, thiserror::Error)]
    pub enum BaselineError {
        /// Unreadable.
        #[error("{path}: cannot read the baseline: {source}")]
        Io {
            /// The file.
            path: String,
            /// Why.
            #[source]
            source: std::io::Error,
        },
        /// Not a baseline.
        #[error("{path}:{line}:{column}: not a claimdiff baseline: {message}")]
        Invalid {
            /// The file.
            path: String,
            /// 1-based line.
            line: usize,
            /// 1-based column.
            column: usize,
            /// What is wrong.
            message: String,
        },
    }

    #[derive(serde::Deserialize)]
    struct File {
        #[allow(dead_code)]
        schema_version: u32,
        findings: Vec<Entry>,
    }

    #[derive(serde::Deserialize)]
    struct Entry {
        fingerprint: String,
    }

    /// The fingerprints of a baseline file.
    pub fn read(path: &Path) -> Result<BTreeSet<String>, BaselineError> {
        let p = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| BaselineError::Io {
            path: p.clone(),
            source: e,
        })?;
        let f: File = serde_json::from_str(&text).map_err(|e| {
            // serde_json ends its message with the place, which the error already leads with.
            let place = format!(" at line {} column {}", e.line(), e.column());
            let message = e.to_string();
            BaselineError::Invalid {
                path: p,
                line: e.line(),
                column: e.column(),
                message: message.strip_suffix(&place).unwrap_or(&message).to_string(),
            }
        })?;
        Ok(f.findings.into_iter().map(|e| e.fingerprint).collect())
    }

    /// Write the fingerprints of every reported finding.
    pub fn write(path: &Path, r: &CheckReport) -> std::io::Result<()> {
        let findings: Vec<serde_json::Value> = r
            .findings()
            .map(|(d, f)| {
                serde_json::json!({
                    "fingerprint": f.fingerprint,
                    "rule": f.rule.id(),
                    "path": d.path,
                    "line": f.draft.line,
                    "text": f.draft.text,
                })
            })
            .collect();
        let v = serde_json::json!({"schema_version": 1, "findings": findings});
        let mut s = serde_json::to_string_pretty(&v).map_err(std::io::Error::from)?;
        s.push('\n');
        std::fs::write(path, s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(line: usize, text: &str, claim_text: &str) -> Place {
        Place {
            path: "draft.md".to_string(),
            outlet: "Desk".to_string(),
            claim: Some("c1".to_string()),
            start: line * 10,
            end: line * 10 + text.len(),
            line,
            column: 1,
            end_line: line,
            end_column: 1 + text.chars().count(),
            text: text.to_string(),
            claim_text: claim_text.to_string(),
            extracted: false,
            source_line: None,
        }
    }

    #[test]
    fn fingerprints_ignore_lines_and_the_rest_of_the_draft_claim() {
        let src = [place(
            16,
            "eighth",
            "Ushakov said the call, the eighth this year, …",
        )];
        let a = fingerprint(
            Rule::NumberMismatch,
            &place(8, "seventh", "after a two-hour call, the seventh"),
            &src,
        );
        let moved = fingerprint(
            Rule::NumberMismatch,
            &place(9, "seventh", "after a three-hour  call, the Seventh"),
            &src,
        );
        assert_eq!(a, moved, "line and the claim's other words do not count");
        assert_eq!(a.len(), 16);
        let changed = fingerprint(
            Rule::NumberMismatch,
            &place(8, "sixth", "after a two-hour call, the sixth"),
            &src,
        );
        assert_ne!(a, changed, "the draft words count");
        let other_source = [place(20, "eighth", "Peskov said it was the eighth")];
        assert_ne!(
            a,
            fingerprint(
                Rule::NumberMismatch,
                &place(8, "seventh", "after a two-hour call, the seventh"),
                &other_source
            ),
            "the source statement counts"
        );
        assert_ne!(
            a,
            fingerprint(
                Rule::DateMismatch,
                &place(8, "seventh", "after a two-hour call, the seventh"),
                &src
            )
        );
    }
}
