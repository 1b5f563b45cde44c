//! Classify: typed findings for each group of aligned claims, and for speakers across
//! documents. Every finding names every document involved with its span and exact text.
//!
//! How each rule decides (the table of ids and severities is in docs/RULES.md):
//! - quotes (quote-altered, wording-shift): the members' quoted words are compared with
//!   the quotation most members agree with. A contiguous excerpt, fragments joined by an
//!   ellipsis in order, and `[bracketed]` editorial insertions are legitimate. Otherwise a
//!   word diff decides: words dropped, added or moved make a quote-altered finding; words
//!   replaced in place make a wording-shift ("shameful" for "disgraceful").
//! - numbers and dates (number-mismatch, date-mismatch): quantities of the same kind and
//!   counted object (or the only one of that kind in each claim) are compared as intervals
//!   after unit conversion; intervals that overlap agree ("nearly 2.5 hours" and "more than
//!   two hours"), so only values that cannot both be true are reported.
//! - conversions: a linked conversion inconsistent with its own value, or two outlets
//!   converting the same value to different figures.
//! - attribution: the same words (shared quoted 3-grams or most content words) credited to
//!   different named speakers.
//! - polarity: a content word both claims share is negated in one ("no date had been set")
//!   and not in the other ("a date had already been set"); the negators include "without"
//!   and "failed to", so "no agreement" and "without reaching an agreement" agree.
//! - stance: the same speaker under verbs of different stance classes.
//! - entity attributes: a speaker's role differs in its head noun (spokesman vs aide) or
//!   rank (deputy, former, acting) between outlets.
//! - only-in: a group not carried by every document.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use similar::{Algorithm, DiffOp};

use super::align::{ClaimRef, Group, containment, content_stems, paraphrase, shingles, words};
use super::rules::{Rule, Severity};
use super::speakers::{SpeakerId, Speakers};
use crate::config::Config;
use crate::extract::{Claim, SpeakerKind};
use crate::ingest::TextLines;
use crate::pipeline::Extracted;
use crate::quantities::{Approx, Granularity, Quantity, QuantityKind, Value, overlaps};
use crate::span::Span;
use crate::text::SharedText;

/// What every place in one document shares: its index, path and outlet, its text as the
/// spans count it, and each claim's id and whole text (shared with the claims, not
/// copied). A place holds one pointer to it and its offsets: at 1,000 reports the
/// findings hold about 110,000 places, which took 128 bytes each when every place held
/// its own pointers to five strings and a span of five machine words.
#[derive(Debug)]
struct DocPlaces {
    document: usize,
    path: Box<str>,
    outlet: Box<str>,
    /// The text the spans count ([`crate::ingest::Document::view`]).
    view: Arc<str>,
    /// Each claim's id and whole text, in the document's order.
    claims: PlaceClaims,
    /// The document's text and lines, which make a place's [`Span`] when it is read
    /// ([`Location::span`]); `None` for a place of its own ([`Location::new`]).
    lines: Option<(Arc<str>, Arc<TextLines>)>,
}

impl DocPlaces {
    /// The span of a byte range, when the lines are known.
    fn span(&self, start: usize, end: usize) -> Option<Span> {
        let (text, lines) = self.lines.as_ref()?;
        Some(lines.span(text, start, end))
    }

    /// [`DocPlaces::span`], or the bare range (line and column 0) without the lines.
    fn span_or_range(&self, start: usize, end: usize) -> Span {
        self.span(start, end).unwrap_or(Span {
            start,
            end,
            line: 0,
            column: 0,
            source_line: None,
        })
    }
}

/// Each claim's id and whole text for a document's places, in 8 bytes a claim where a
/// claim's id is the `c{n}` extraction gives the `n`th and its text is a range of the
/// document's text (all but claims read from a file with ids of their own, and texts
/// whose whitespace was collapsed); the others kept whole. Shared with the claims, a
/// claim's id and text were 40 bytes, 1.4 MB for 36,000 claims at 1,000 reports.
#[derive(Debug)]
struct PlaceClaims {
    /// Per claim: the range of its text in the view, or ([`ODD`], index into `odd`).
    ranges: Box<[(u32, u32)]>,
    odd: Box<[(Arc<str>, SharedText)]>,
}

/// In [`PlaceClaims::ranges`]: the claim is kept whole in `odd`.
const ODD: u32 = u32::MAX;

impl PlaceClaims {
    fn new(claims: &[Claim], view: &Arc<str>) -> Self {
        let mut odd = Vec::new();
        let ranges = claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let canonical = crate::extract::shared_claim_id_str(i + 1) == Some(&*c.id);
                let range = c
                    .text
                    .range_in(view)
                    .and_then(|r| Some((u32::try_from(r.start).ok()?, u32::try_from(r.end).ok()?)));
                match range.filter(|&(s, _)| canonical && s != ODD) {
                    Some(r) => r,
                    None => {
                        odd.push((Arc::clone(&c.id), c.text.clone()));
                        (ODD, (odd.len() - 1) as u32)
                    }
                }
            })
            .collect();
        PlaceClaims {
            ranges,
            odd: odd.into(),
        }
    }

    /// Claims kept whole, each its id and text.
    fn whole(claims: Vec<(Arc<str>, SharedText)>) -> Self {
        PlaceClaims {
            ranges: (0..claims.len() as u32).map(|k| (ODD, k)).collect(),
            odd: claims.into(),
        }
    }

    /// The id and whole text of claim `i`, read against the document's `view`.
    fn get<'a>(&'a self, i: usize, view: &'a str) -> Option<(&'a str, &'a str)> {
        match *self.ranges.get(i)? {
            (ODD, k) => self.odd.get(k as usize).map(|(id, t)| (&**id, &**t)),
            (s, e) => Some((
                crate::extract::shared_claim_id_str(i + 1)?,
                view.get(s as usize..e as usize)?,
            )),
        }
    }
}

/// In [`Location::claim`]: the place's text is its claim's whole text.
const WHOLE_CLAIM: u32 = 1 << 31;
/// In [`Location::claim`]: the place lies outside every claim.
const NO_CLAIM: u32 = u32::MAX;

/// A place in one document: which document, claim and words. Serialized with the
/// fields `document`, `path`, `outlet`, `claim`, `span`, `text` and `claim_text`, which
/// the methods of the same names give.
#[derive(Clone)]
pub struct Location {
    doc: Arc<DocPlaces>,
    // The byte range in 32 bits a field; its line and column are made when read
    // ([`Location::span`]): held, they were 12 of 40 bytes, for some 100,000 places at
    // 1,000 reports. A range that does not fit, or a place without its document's lines,
    // keeps its span whole in `own`.
    start: u32,
    end: u32,
    /// The claim's index in its document, with [`WHOLE_CLAIM`] set when the place's
    /// words are the claim's whole text; [`NO_CLAIM`] outside every claim.
    claim: u32,
    /// What the fields above cannot say, rarely needed: words that are neither the
    /// document's bytes at the place nor the claim's text (a quotation with its
    /// whitespace collapsed), the sentence of a place outside every claim, a span past
    /// 4 GiB.
    own: Option<Box<Own>>,
}

/// The rare parts of a [`Location`].
#[derive(Debug, Clone, Default)]
struct Own {
    span: Option<Span>,
    text: Option<Box<str>>,
    claim_text: Option<Box<str>>,
    /// A claim whose index does not fit beside [`WHOLE_CLAIM`]: its id and text.
    claim: Option<(Arc<str>, SharedText)>,
}

impl Location {
    /// A place in a document of its own: for findings made outside a comparison (a
    /// comparison's places share their document's path, outlet, text and claims).
    pub fn new(
        document: usize,
        path: &str,
        outlet: &str,
        claim: Option<&str>,
        span: Span,
        text: &str,
        claim_text: &str,
    ) -> Location {
        let doc = Arc::new(DocPlaces {
            document,
            path: path.into(),
            outlet: outlet.into(),
            view: Arc::from(""),
            claims: PlaceClaims::whole(
                claim
                    .map(|id| (Arc::from(id), SharedText::from(claim_text)))
                    .into_iter()
                    .collect(),
            ),
            lines: None,
        });
        let sentence = claim.is_none().then_some(claim_text);
        Location::of(&doc, claim.map(|_| 0), span, text, sentence)
    }

    /// The place `span` of `doc` whose words are `text`, in claim `claim` or, outside
    /// every claim, in the sentence `sentence`.
    fn of(
        doc: &Arc<DocPlaces>,
        claim: Option<usize>,
        span: Span,
        text: &str,
        sentence: Option<&str>,
    ) -> Location {
        // Kept whole unless the document's lines make it again.
        let own_span = (doc.span(span.start, span.end) != Some(span)).then_some(span);
        Location::build(doc, claim, span.start..span.end, own_span, text, sentence)
    }

    /// The place `range` of `doc`, whose span its document's lines make.
    fn at(
        doc: &Arc<DocPlaces>,
        claim: Option<usize>,
        range: std::ops::Range<usize>,
        text: &str,
        sentence: Option<&str>,
    ) -> Location {
        Location::build(doc, claim, range, None, text, sentence)
    }

    /// The place `range` of `doc` whose words are `text` (see [`Location::of`]), with
    /// `own_span` its span when its document's lines would not make it.
    fn build(
        doc: &Arc<DocPlaces>,
        claim: Option<usize>,
        range: std::ops::Range<usize>,
        own_span: Option<Span>,
        text: &str,
        sentence: Option<&str>,
    ) -> Location {
        let mut own = Own::default();
        let (start, end) = match (u32::try_from(range.start), u32::try_from(range.end)) {
            (Ok(start), Ok(end)) if own_span.is_none() && doc.lines.is_some() => (start, end),
            _ => {
                own.span =
                    Some(own_span.unwrap_or_else(|| doc.span_or_range(range.start, range.end)));
                (0, 0)
            }
        };
        let mut index = match claim {
            None => NO_CLAIM,
            Some(i) => match u32::try_from(i).ok().filter(|&i| i < WHOLE_CLAIM) {
                Some(i) => i,
                None => {
                    own.claim = doc
                        .claims
                        .get(i, &doc.view)
                        .map(|(id, t)| (Arc::from(id), SharedText::from(t)));
                    NO_CLAIM
                }
            },
        };
        let claim_text = claim
            .and_then(|i| doc.claims.get(i, &doc.view))
            .map(|(_, t)| t);
        if claim_text.is_some_and(|t| t == text) && index != NO_CLAIM {
            index |= WHOLE_CLAIM;
        } else if doc.view.get(range) != Some(text) {
            own.text = Some(text.into());
        }
        if let Some(s) = sentence.filter(|s| !s.is_empty()) {
            own.claim_text = Some(s.into());
        }
        let own = (own.span.is_some()
            || own.text.is_some()
            || own.claim_text.is_some()
            || own.claim.is_some())
        .then(|| Box::new(own));
        Location {
            doc: Arc::clone(doc),
            start,
            end,
            claim: index,
            own,
        }
    }

    /// Document index in the input order.
    pub fn document(&self) -> usize {
        self.doc.document
    }

    /// The document's path.
    pub fn path(&self) -> &str {
        &self.doc.path
    }

    /// The document's outlet.
    pub fn outlet(&self) -> &str {
        &self.doc.outlet
    }

    /// The claim's id and whole text, if the place is in a claim.
    fn claim_entry(&self) -> Option<(&str, &str)> {
        if self.claim == NO_CLAIM {
            return self
                .own
                .as_ref()?
                .claim
                .as_ref()
                .map(|(id, t)| (&**id, &**t));
        }
        self.doc
            .claims
            .get((self.claim & !WHOLE_CLAIM) as usize, &self.doc.view)
    }

    /// The claim id in that document; `None` for a place outside every claim (a role
    /// given in a sentence that attributes nothing).
    pub fn claim(&self) -> Option<&str> {
        self.claim_entry().map(|(id, _)| id)
    }

    /// Where the relevant words are (a quantity, a quote, a cue, or the claim).
    pub fn span(&self) -> Span {
        if let Some(span) = self.own.as_ref().and_then(|o| o.span) {
            return span;
        }
        // A place without its own span has its document's lines (`Location::build`).
        self.doc
            .span_or_range(self.start as usize, self.end as usize)
    }

    /// The relevant words as written.
    pub fn text(&self) -> &str {
        if let Some(text) = self.own.as_ref().and_then(|o| o.text.as_deref()) {
            return text;
        }
        if self.is_whole_claim() {
            return self.claim_text();
        }
        let range = match self.own.as_ref().and_then(|o| o.span) {
            Some(span) => span.start..span.end,
            None => self.start as usize..self.end as usize,
        };
        self.doc.view.get(range).unwrap_or_default()
    }

    /// The whole claim, or the sentence when the place is in no claim.
    pub fn claim_text(&self) -> &str {
        if let Some(text) = self.own.as_ref().and_then(|o| o.claim_text.as_deref()) {
            return text;
        }
        self.claim_entry().map_or("", |(_, t)| t)
    }

    /// Whether the place's words are its claim's whole text (a place of the claim).
    pub fn is_whole_claim(&self) -> bool {
        self.claim != NO_CLAIM && self.claim & WHOLE_CLAIM != 0
    }
}

impl PartialEq for Location {
    fn eq(&self, other: &Location) -> bool {
        self.document() == other.document()
            && self.path() == other.path()
            && self.outlet() == other.outlet()
            && self.claim() == other.claim()
            && self.span() == other.span()
            && self.text() == other.text()
            && self.claim_text() == other.claim_text()
    }
}

/// A place as it is written: the fields in their order.
#[derive(Debug, Serialize)]
struct Wire<'a> {
    document: usize,
    path: &'a str,
    outlet: &'a str,
    claim: Option<&'a str>,
    span: Span,
    text: &'a str,
    claim_text: &'a str,
}

impl Location {
    fn wire(&self) -> Wire<'_> {
        Wire {
            document: self.document(),
            path: self.path(),
            outlet: self.outlet(),
            claim: self.claim(),
            span: self.span(),
            text: self.text(),
            claim_text: self.claim_text(),
        }
    }
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.wire().fmt(f)
    }
}

impl Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.wire().serialize(s)
    }
}

/// One piece of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum Piece {
    /// In both.
    Equal(String),
    /// Only in the primary location's text.
    Delete(String),
    /// Only in the related location's text.
    Insert(String),
}

/// A finding's list of places. The findings of one group often cite the same places
/// (every odd member is set against the same majority), so a list is shared between
/// them, not copied: at 1,000 reports that is 112,000 places held instead of 441,000.
pub type Places = Arc<[Location]>;

fn places_empty(p: &Places) -> bool {
    p.is_empty()
}

/// A typed finding.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The rule.
    #[serde(serialize_with = "ser_rule_id")]
    pub rule: Rule,
    /// The rule's name.
    pub name: &'static str,
    /// Severity after configuration.
    pub severity: Severity,
    /// What differs, in one sentence.
    pub message: String,
    /// The group of aligned claims it is about, if any.
    pub cluster: Option<usize>,
    /// The odd one out.
    pub primary: Location,
    /// Where other documents say otherwise.
    pub related: Places,
    /// Where other documents agree with the primary location (same value or wording).
    #[serde(skip_serializing_if = "places_empty")]
    pub supporting: Places,
    /// A word diff from the primary text to the first related text (quote findings).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<Piece>,
}

/// How many places or outlets a message names; the rest are counted ("… and 212
/// more"). A date conflict among a thousand reports named every one of them, a 40 KB
/// message that no reader reads and that every report format repeated; the finding's
/// places still list them all.
const NAMED: usize = 10;

/// Places cited in a message: “words” (outlet), in the order given, a place repeated
/// next to itself cited once, at most [`NAMED`] of them named.
pub(crate) fn cite(places: &[Location]) -> String {
    let mut named = Vec::new();
    let mut more = 0;
    let mut last: Option<(&str, &str)> = None;
    for l in places {
        let place = (l.text(), l.outlet());
        if last == Some(place) {
            continue;
        }
        last = Some(place);
        if named.len() < NAMED {
            named.push(format!("“{}” ({})", l.text(), l.outlet()));
        } else {
            more += 1;
        }
    }
    with_more(named.join(", "), more)
}

/// `items` joined by ", ", at most [`NAMED`] of them named.
fn join_named(items: &[&str]) -> String {
    let shown = items.len().min(NAMED);
    with_more(items[..shown].join(", "), items.len() - shown)
}

/// `list`, then " and N more" when `more` items were left out.
fn with_more(mut list: String, more: usize) -> String {
    if more > 0 {
        list.push_str(&format!(" and {more} more"));
    }
    list
}

fn ser_rule_id<S: serde::Serializer>(r: &Rule, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(r.id())
}

pub(crate) struct Ctx<'a> {
    pub docs: &'a [&'a Extracted],
    pub speakers: &'a Speakers,
    pub cfg: &'a Config,
    /// What the places in each document share (see [`DocPlaces`]).
    places: Vec<Arc<DocPlaces>>,
    /// The speakers that are a compared report's outlet (by its name, or the initials
    /// its name gives in brackets: "Global Press Wire (GPW)") or a news medium of the
    /// lexicon: read once per comparison, as `attribution` asks it of every member.
    outlet_speakers: FxHashSet<SpeakerId>,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(docs: &'a [&'a Extracted], speakers: &'a Speakers, cfg: &'a Config) -> Self {
        let places = docs
            .iter()
            .enumerate()
            .map(|(document, e)| {
                Arc::new(DocPlaces {
                    document,
                    path: e.doc.path.as_str().into(),
                    outlet: e.doc.outlet.as_str().into(),
                    view: Arc::clone(e.doc.view_shared()),
                    claims: PlaceClaims::new(&e.claims, e.doc.view_shared()),
                    lines: Some((Arc::clone(&e.doc.text), Arc::clone(e.doc.text_lines()))),
                })
            })
            .collect();
        let mut outlets: FxHashSet<String> = FxHashSet::default();
        for e in docs {
            let o = e.doc.outlet.as_str();
            let (name, initials) = match o.split_once('(') {
                Some((name, rest)) => (name, Some(rest.trim_end_matches(')').trim())),
                None => (o, None),
            };
            outlets.insert(crate::resolve::fold(name.trim()));
            // Initials only: "(English Service)" after an agency's name is no name of it.
            if let Some(i) = initials.filter(|i| crate::resolve::is_initials(i)) {
                outlets.insert(crate::resolve::fold(i));
            }
        }
        let outlet_speakers = speakers
            .list
            .iter()
            .filter(|s| {
                s.spellings.iter().any(|n| {
                    outlets.contains(&crate::resolve::fold(n))
                        || crate::lexicon::NEWS_MEDIA.contains(n.as_str())
                })
            })
            .map(|s| s.id)
            .collect();
        Ctx {
            docs,
            speakers,
            cfg,
            outlet_speakers,
            places,
        }
    }

    fn claim(&self, r: ClaimRef) -> &Claim {
        &self.docs[r.0].claims[r.1]
    }

    fn path(&self, r: ClaimRef) -> &str {
        &self.docs[r.0].doc.path
    }

    fn outlet(&self, d: usize) -> &str {
        &self.docs[d].doc.outlet
    }

    fn loc(&self, r: ClaimRef, start: usize, end: usize, text: &str) -> Location {
        Location::at(&self.places[r.0], Some(r.1), start..end, text, None)
    }

    /// A place in document `d` that may lie outside every claim: a role the document
    /// gives a person ([`crate::resolve::Person::roles`]), whose sentence a comparison
    /// keeps ([`Extracted::drop_unread_by_compare`]).
    fn doc_loc(&self, d: usize, start: usize, end: usize, text: &str) -> Location {
        let e = self.docs[d];
        if let Some(ci) = e
            .claims
            .iter()
            .position(|c| c.range().start <= start && end <= c.range().end)
        {
            return self.loc((d, ci), start, end, text);
        }
        let view = e.doc.view();
        let sentence = e
            .seg
            .sentences
            .iter()
            .find(|s| s.span.start <= start && start < s.span.end)
            .map(|s| {
                view[s.span.clone()]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        Location::at(&self.places[d], None, start..end, text, Some(&sentence))
    }

    fn claim_loc(&self, r: ClaimRef) -> Location {
        let c = self.claim(r);
        self.loc(r, c.range().start, c.range().end, &c.text)
    }

    fn quantity_loc(&self, r: ClaimRef, q: &Quantity) -> Location {
        self.loc(r, q.start, q.end, &q.text)
    }

    fn speaker(&self, r: ClaimRef) -> Option<SpeakerId> {
        let c = self.claim(r);
        let s = c.speaker.as_ref()?;
        if s.kind == SpeakerKind::Unnamed {
            return None;
        }
        self.speakers.id(r.0, s)
    }

    fn finding(
        &self,
        rule: Rule,
        mut message: String,
        cluster: Option<usize>,
        primary: Location,
        related: impl Into<Places>,
        diff: Vec<Piece>,
    ) -> Option<Finding> {
        let severity = self.cfg.severity(rule)?;
        // A message that cites every place of a thousand reports runs to tens of
        // kilobytes, and `format!` leaves up to as much again spare.
        message.shrink_to_fit();
        Some(Finding {
            rule,
            name: rule.name(),
            severity,
            message,
            cluster,
            primary,
            related: related.into(),
            supporting: Places::default(),
            diff,
        })
    }
}

/// A group's findings and, for groups of two or more, its compared quantities.
type GroupResult = (Vec<Finding>, Option<(usize, ClassGraph)>);

/// Findings for every group and every speaker.
pub(crate) fn classify(ctx: &Ctx, groups: &[Group]) -> Vec<Finding> {
    let feats = Feats::new(ctx);
    let relays = first_relays(ctx);
    // Groups are independent: each is classified on its own thread, and the findings
    // are put back in group order.
    let per_group: Vec<GroupResult> = groups
        .par_iter()
        .enumerate()
        .map(|(gi, g)| {
            let mut out = Vec::new();
            let mut graph = None;
            if g.members.len() >= 2 {
                quotes(ctx, gi, g, &mut out);
                graph = Some((gi, numbers(ctx, &feats, gi, g, &mut out)));
                conversions_across(ctx, gi, g, &mut out);
                attribution(ctx, gi, g, &relays, &mut out);
                polarity(ctx, gi, g, &mut out);
                stance(ctx, gi, g, &mut out);
            }
            conversions_within(ctx, gi, g, &mut out);
            only_in(ctx, gi, g, &mut out);
            (out, graph)
        })
        .collect();
    let mut out = Vec::new();
    let mut graphs = Vec::new();
    for (findings, graph) in per_group {
        out.extend(findings);
        graphs.extend(graph);
    }
    // The groups' graphs are read once, into the compact `Compared`, and freed as they
    // are read: at 1,000 reports they held 3 MB through the rest of classification.
    let compared = Compared::new(graphs);
    entity_attributes(ctx, &mut out);
    event_facts(ctx, groups, &feats, Facts::Dates, &mut out);
    event_facts(ctx, groups, &feats, Facts::Figures, &mut out);
    event_numbers(ctx, &feats, &compared, &mut out);
    out
}

// ---------------------------------------------------------------------------------------
// Quotes
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum QuoteRelation {
    /// The same words, or an excerpt of them.
    Consistent,
    /// Words dropped, added or moved.
    Altered,
    /// Words replaced in place.
    Shifted,
    /// Not the same passage.
    Unrelated,
}

// Quote words with ellipses as fragment breaks and [bracketed] insertions as wildcards.
fn quote_fragments(q: &str) -> Vec<Vec<String>> {
    let mut frags = Vec::new();
    let q = q.replace("...", "…");
    for part in q.split('…') {
        let mut cur = Vec::new();
        let mut rest = part;
        while let Some(open) = rest.find('[') {
            cur.extend(words(&rest[..open]));
            cur.push("\u{0}".to_string());
            rest = rest[open..].find(']').map_or("", |c| &rest[open + c + 1..]);
        }
        cur.extend(words(rest));
        if !cur.is_empty() {
            frags.push(cur);
        }
    }
    frags
}

// Whether `frag` occurs contiguously in `hay` from `from`; "\0" matches one to four words.
pub(crate) fn find_frag(hay: &[String], frag: &[String], from: usize) -> Option<usize> {
    fn matches_at(hay: &[String], frag: &[String], at: usize) -> Option<usize> {
        let mut i = at;
        let mut k = 0;
        while k < frag.len() {
            if frag[k] == "\u{0}" {
                // Wildcard: try the shortest stretch that lets the rest match.
                let rest = &frag[k + 1..];
                for skip in 0..=4 {
                    if let Some(end) = matches_at(hay, rest, i + skip) {
                        return Some(end);
                    }
                }
                return None;
            }
            if hay.get(i) != Some(&frag[k]) {
                return None;
            }
            i += 1;
            k += 1;
        }
        Some(i)
    }
    (from..=hay
        .len()
        .saturating_sub(frag.iter().filter(|w| *w != "\u{0}").count()))
        .find_map(|at| matches_at(hay, frag, at))
}

/// Quote `a` without the fragments that quote other parts of the statement than `b` does:
/// when `a` has more fragments than `b` ("highly productive" … "real progress" against
/// "Real progress was made"), up to that many fragments sharing no word with `b` are left
/// out. With as many fragments on both sides, a fragment with other words is a change
/// ("grave damage" where the others quote "serious harm") and stays.
fn extra_fragments_dropped(a: &str, b: &str) -> String {
    let a_parts: Vec<&str> = ellipsis_parts(a).collect();
    let b_parts = ellipsis_parts(b).count();
    if a_parts.len() <= b_parts {
        return a.to_string();
    }
    let b_words: BTreeSet<String> = words(b).into_iter().collect();
    let mut spare = a_parts.len() - b_parts;
    let kept: Vec<&str> = a_parts
        .into_iter()
        .filter(|p| {
            let unrelated = words(p).iter().all(|w| !b_words.contains(w));
            if unrelated && spare > 0 {
                spare -= 1;
                false
            } else {
                true
            }
        })
        .collect();
    kept.join(" … ")
}

/// The parts of a quotation between its ellipses ("…" or "...").
fn ellipsis_parts(q: &str) -> impl Iterator<Item = &str> {
    q.split('…').flat_map(|p| p.split("..."))
}

/// Whether the quotation of these [`quote_fragments`] is the same passage as the one of
/// these [`words`] or an excerpt of it (fragments in order).
fn is_excerpt_of(fragments: &[Vec<String>], hay: &[String]) -> bool {
    let mut from = 0;
    for frag in fragments {
        match find_frag(hay, frag, from) {
            Some(end) => from = end,
            None => return false,
        }
    }
    true
}

/// Quotations longer than this many words are compared only for being word for word the
/// same: finding an excerpt, the best window and the word diff cost the product of the
/// two lengths, which for two megabyte-long quotations is minutes. A news quotation is a
/// few dozen words; a speech quoted whole over many paragraphs stays far below this.
const MAX_QUOTE_WORDS: usize = 5_000;

/// A quotation's text with its words and fragments worked out once: a cluster compares
/// each of its distinct quotations with every other, and splitting the texts into words
/// again for each pair (five times per pair, a string per word) was 15% of the work of a
/// run over many small events.
pub(crate) struct Quote<'t> {
    text: Cow<'t, str>,
    /// [`words`] of the text.
    words: Vec<String>,
    /// [`quote_fragments`] of the text.
    fragments: Vec<Vec<String>>,
    /// How many parts the ellipses cut the text into.
    parts: usize,
}

impl<'t> Quote<'t> {
    pub(crate) fn new(text: impl Into<Cow<'t, str>>) -> Self {
        let text = text.into();
        Quote {
            words: words(&text),
            fragments: quote_fragments(&text),
            parts: ellipsis_parts(&text).count(),
            text,
        }
    }

    /// The number of words.
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }
}

/// How quotation `a` relates to quotation `b` (each prepared once, as [`Quote`]).
pub(crate) fn relation_of(a: &Quote, b: &Quote) -> QuoteRelation {
    let (wa, wb) = (&a.words, &b.words);
    if wa.len() > MAX_QUOTE_WORDS || wb.len() > MAX_QUOTE_WORDS {
        return if !wa.is_empty() && wa == wb {
            QuoteRelation::Consistent
        } else {
            QuoteRelation::Unrelated
        };
    }
    // Most pairs have as many fragments on both sides, and nothing is dropped.
    let dropped = |x: &Quote, y: &Quote| {
        (x.parts > y.parts).then(|| Quote::new(extra_fragments_dropped(&x.text, &y.text)))
    };
    let (da, db) = (dropped(a, b), dropped(b, a));
    let (a, b) = (da.as_ref().unwrap_or(a), db.as_ref().unwrap_or(b));
    if a.text.is_empty() || b.text.is_empty() {
        return QuoteRelation::Unrelated;
    }
    if is_excerpt_of(&a.fragments, &b.words) || is_excerpt_of(&b.fragments, &a.words) {
        return QuoteRelation::Consistent;
    }
    let (wa, wb) = (&a.words, &b.words);
    if wa.is_empty() || wb.is_empty() {
        return QuoteRelation::Unrelated;
    }
    // Compare the shorter with the best window of the longer (a fragment against a full
    // quote), then count how the words differ.
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    let window = best_window(short, long);
    let ops = similar::capture_diff_slices(Algorithm::Myers, short, window);
    let (mut equal, mut replaced, mut indel) = (0usize, 0usize, 0usize);
    // Words of the longer quote before or after the shorter one are context, not edits.
    let trimmed: &[DiffOp] = {
        let mut s = 0;
        let mut e = ops.len();
        while s < e && matches!(ops[s], DiffOp::Insert { .. }) {
            s += 1;
        }
        while e > s && matches!(ops[e - 1], DiffOp::Insert { .. }) {
            e -= 1;
        }
        &ops[s..e]
    };
    for op in trimmed {
        match *op {
            DiffOp::Equal { len, .. } => equal += len,
            DiffOp::Delete { old_len, .. } => indel += old_len,
            DiffOp::Insert { new_len, .. } => indel += new_len,
            DiffOp::Replace {
                old_len, new_len, ..
            } => replaced += old_len.max(new_len),
        }
    }
    let ratio = equal as f32 / short.len().max(1) as f32;
    if ratio < 0.4 {
        return QuoteRelation::Unrelated;
    }
    if replaced >= indel {
        QuoteRelation::Shifted
    } else {
        QuoteRelation::Altered
    }
}

// The stretch of `long` around the run that shares the most words with `short`, widened
// by half the short quote's length on each side so that words left out of the middle of
// a quotation still fall inside it (leading and trailing extra words are trimmed later).
pub(crate) fn best_window<'a>(short: &[String], long: &'a [String]) -> &'a [String] {
    &long[best_window_range(short, long)]
}

/// [`best_window`] as a range of `long`.
pub(crate) fn best_window_range(short: &[String], long: &[String]) -> std::ops::Range<usize> {
    let n = short.len();
    let slack = n / 2 + 2;
    if long.len() <= n + 2 * slack {
        return 0..long.len();
    }
    // Hits of each window of `n` words, by a running sum over which words of `long` occur
    // in `short` (one pass, where counting each window afresh cost `n` per window).
    let in_short: Vec<bool> = {
        let set: std::collections::HashSet<&String> = short.iter().collect();
        long.iter().map(|w| set.contains(w)).collect()
    };
    let mut hits = in_short[..n].iter().filter(|&&h| h).count();
    let mut best = (0usize, 0usize);
    for start in 0..=long.len() - n {
        if start > 0 {
            hits = hits + usize::from(in_short[start + n - 1]) - usize::from(in_short[start - 1]);
        }
        if hits > best.0 {
            best = (hits, start);
        }
    }
    let s = best.1.saturating_sub(slack);
    let e = (best.1 + n + slack).min(long.len());
    s..e
}

/// A word diff for display, from `a` to `b`, on Unicode word boundaries. Curly and
/// straight quote marks count as the same character (typography is not wording);
/// unchanged stretches are shown as `b` writes them.
pub fn word_diff(a: &str, b: &str) -> Vec<Piece> {
    use unicode_segmentation::UnicodeSegmentation;
    let ta: Vec<&str> = a.split_word_bounds().collect();
    let tb: Vec<&str> = b.split_word_bounds().collect();
    let key = |t: &&str| -> String { t.chars().map(fold_mark).collect() };
    let ka: Vec<String> = ta.iter().map(key).collect();
    let kb: Vec<String> = tb.iter().map(key).collect();
    let mut diff: Vec<(similar::ChangeTag, &str)> = Vec::with_capacity(ta.len() + tb.len());
    for op in similar::capture_diff_slices(Algorithm::Myers, &ka, &kb) {
        let (tag, old, new) = op.as_tag_tuple();
        match tag {
            similar::DiffTag::Equal => {
                diff.extend(tb[new].iter().map(|t| (similar::ChangeTag::Equal, *t)));
            }
            similar::DiffTag::Delete => {
                diff.extend(ta[old].iter().map(|t| (similar::ChangeTag::Delete, *t)));
            }
            similar::DiffTag::Insert => {
                diff.extend(tb[new].iter().map(|t| (similar::ChangeTag::Insert, *t)));
            }
            similar::DiffTag::Replace => {
                diff.extend(ta[old].iter().map(|t| (similar::ChangeTag::Delete, *t)));
                diff.extend(tb[new].iter().map(|t| (similar::ChangeTag::Insert, *t)));
            }
        }
    }
    // A changed stretch reads as one deletion followed by one insertion: the spaces
    // between changed words are shared by both sides and would otherwise split
    // "[-rushes back-]{+hears about+}" into alternating one-word pieces.
    let mut out: Vec<Piece> = Vec::new();
    let (mut del, mut ins) = (String::new(), String::new());
    // Shared spaces appended to both sides since the last changed word.
    let mut tail = String::new();
    let flush = |out: &mut Vec<Piece>, del: &mut String, ins: &mut String, tail: &mut String| {
        del.truncate(del.len() - tail.len());
        ins.truncate(ins.len() - tail.len().min(ins.len()));
        if !del.is_empty() {
            out.push(Piece::Delete(std::mem::take(del)));
        }
        if !ins.is_empty() {
            out.push(Piece::Insert(std::mem::take(ins)));
        }
        if !tail.is_empty() {
            push_piece(out, Piece::Equal(std::mem::take(tail)));
        }
    };
    for (tag, v) in diff {
        match tag {
            similar::ChangeTag::Equal => {
                if !del.is_empty() && !ins.is_empty() && v.trim().is_empty() {
                    del.push_str(v);
                    ins.push_str(v);
                    tail.push_str(v);
                } else {
                    flush(&mut out, &mut del, &mut ins, &mut tail);
                    push_piece(&mut out, Piece::Equal(v.to_string()));
                }
            }
            similar::ChangeTag::Delete => {
                tail.clear();
                del.push_str(v);
            }
            similar::ChangeTag::Insert => {
                tail.clear();
                ins.push_str(v);
            }
        }
    }
    flush(&mut out, &mut del, &mut ins, &mut tail);
    out
}

/// One spelling for every quote mark and apostrophe: typography, not wording.
fn fold_mark(c: char) -> char {
    match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' => '\'',
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        c => c,
    }
}

fn push_piece(out: &mut Vec<Piece>, piece: Piece) {
    match (out.last_mut(), &piece) {
        (Some(Piece::Equal(x)), Piece::Equal(y))
        | (Some(Piece::Delete(x)), Piece::Delete(y))
        | (Some(Piece::Insert(x)), Piece::Insert(y)) => x.push_str(y),
        _ => out.push(piece),
    }
}

fn quote_span(ctx: &Ctx, r: ClaimRef) -> (usize, usize, String) {
    let c = ctx.claim(r);
    let parts: Vec<&str> = c.quoted().collect();
    parts_span(ctx, r, &parts)
}

/// [`quote_span`] narrowed to the quoted parts of claim `r` that the reference quotation
/// (its [`words`], `reference`) does not hold: "“The growth forecast looks ambitious …,”
/// he said. “If growth comes in a point lower, the deficit target is gone.”" differs in
/// its first part only, and the finding points there. `None` when every part or none
/// differs, or the claim has one part.
fn changed_parts_span(
    ctx: &Ctx,
    r: ClaimRef,
    reference: &[String],
) -> Option<(usize, usize, String)> {
    // The parts' sentences: "The institutions have done their duty. It is time for
    // Pelmora to move on" differs in its first sentence only.
    let parts: Vec<&str> = ctx
        .claim(r)
        .quoted_parts()
        .flat_map(|p| {
            crate::segment::split_sentences(p, 0..p.len())
                .into_iter()
                .map(|s| &p[s])
        })
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let changed: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| {
            let w = words(p);
            !w.is_empty() && find_frag(reference, &w, 0).is_none()
        })
        .collect();
    (!changed.is_empty() && changed.len() < parts.len()).then(|| parts_span(ctx, r, &changed))
}

/// The span from the first of `parts` to the last in claim `r`'s text (the claim's span
/// when they are not found), and the parts joined with an ellipsis.
fn parts_span(ctx: &Ctx, r: ClaimRef, parts: &[&str]) -> (usize, usize, String) {
    let c = ctx.claim(r);
    let text = parts.join(" … ");
    let view = ctx.docs[r.0].doc.view();
    // The span of the quoted words: from the first part to the last, when found.
    let slice = &view[c.range()];
    let first = parts.first().and_then(|p| {
        let head: String = p.chars().take(12).collect();
        slice.find(head.trim()).map(|i| c.range().start + i)
    });
    let last = parts.last().and_then(|p| {
        let tail: String = p
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        slice
            .rfind(tail.trim())
            .map(|i| c.range().start + i + tail.trim().len())
    });
    match (first, last) {
        (Some(s), Some(e)) if e > s => (s, e, text),
        _ => (c.range().start, c.range().end, text),
    }
}

fn quotes(ctx: &Ctx, gi: usize, g: &Group, out: &mut Vec<Finding>) {
    let quoted: Vec<(ClaimRef, String)> = g
        .members
        .iter()
        .map(|&r| (r, ctx.claim(r).quoted().collect::<Vec<_>>().join(" … ")))
        .filter(|(_, q)| !q.trim().is_empty())
        .collect();
    if quoted.len() < 2 {
        return;
    }
    // The reference: a quotation credited to the speaker most members name (a quote
    // given to someone else is an attribution question), then the one most others are
    // consistent with, then the longest.
    // Outlets often carry the very same quotation: relations are worked out once per
    // distinct text (counts weigh them), so a cluster of a hundred copies costs little.
    let mut distinct: Vec<&str> = quoted.iter().map(|(_, q)| q.as_str()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let text_id = |q: &str| distinct.binary_search(&q).unwrap_or(0);
    let ids: Vec<usize> = quoted.iter().map(|(_, q)| text_id(q)).collect();
    let mut copies = vec![0usize; distinct.len()];
    for &t in &ids {
        copies[t] += 1;
    }
    let prepared: Vec<Quote> = distinct.iter().map(|&t| Quote::new(t)).collect();
    // An excerpt that every other version contains ("This is a budget that keeps its
    // promises … without sending the bill", "We are not raising taxes on work") agrees
    // with each of them, and so says nothing of which is the quotation as spoken: it
    // neither votes nor stands as the reference while versions disagree among themselves.
    // Each pair of versions is read once: `relation_of` finds them consistent both ways
    // round or neither (an excerpt of either, after the same fragments dropped).
    let n = distinct.len();
    let mut agree = vec![false; n * n];
    for t in 0..n {
        for u in t + 1..n {
            let c = relation_of(&prepared[t], &prepared[u]) == QuoteRelation::Consistent;
            agree[t * n + u] = c;
            agree[u * n + t] = c;
        }
    }
    let consistent = |t: usize, u: usize| agree[t * n + u];
    // Per version, the others it disagrees with; the pairs that disagree, once each.
    let against: Vec<usize> = (0..n)
        .map(|t| (0..n).filter(|&u| u != t && !consistent(t, u)).count())
        .collect();
    let disagreeing_pairs = against.iter().sum::<usize>() / 2;
    // One that disagrees with none, while some pair (not with it, then) disagrees.
    let uninformative: Vec<bool> = (0..n)
        .map(|t| n > 2 && against[t] == 0 && disagreeing_pairs > 0)
        .collect();
    let consistent_counts: Vec<usize> = (0..n)
        .map(|t| {
            (0..n)
                .map(|u| {
                    if u == t {
                        copies[u] - 1
                    } else if !uninformative[u] && consistent(t, u) {
                        copies[u]
                    } else {
                        0
                    }
                })
                .sum()
        })
        .collect();
    let consistent_with = |i: usize| consistent_counts[ids[i]];
    let speakers: Vec<Option<SpeakerId>> = quoted.iter().map(|(r, _)| ctx.speaker(*r)).collect();
    let mut speaker_counts: BTreeMap<SpeakerId, usize> = BTreeMap::new();
    for s in speakers.iter().flatten() {
        *speaker_counts.entry(*s).or_default() += 1;
    }
    let same_speaker =
        |i: usize| speakers[i].map_or(0, |s| speaker_counts.get(&s).copied().unwrap_or(0));
    let reference = (0..quoted.len())
        .max_by(|&a, &b| {
            same_speaker(a)
                .cmp(&same_speaker(b))
                .then(uninformative[ids[b]].cmp(&uninformative[ids[a]]))
                .then(consistent_with(a).cmp(&consistent_with(b)))
                .then(prepared[ids[a]].len().cmp(&prepared[ids[b]].len()))
                .then(ctx.path(quoted[b].0).cmp(ctx.path(quoted[a].0)))
        })
        .unwrap_or(0);
    let ref_r = &quoted[reference].0;
    let ref_quote = &prepared[ids[reference]];
    let ref_words = words(&quoted[reference].1);
    let to_ref: Vec<QuoteRelation> = prepared.iter().map(|t| relation_of(t, ref_quote)).collect();
    // Every finding cites the reference, then the members consistent with it: placed
    // once, at the first finding, and cloned into each (a member with a finding is never
    // consistent itself).
    let mut agreeing: Option<(Places, String)> = None;
    for (i, (r, _)) in quoted.iter().enumerate() {
        if i == reference {
            continue;
        }
        // Different speakers are an attribution question, not a wording one.
        let (sa, sb) = (ctx.speaker(*r), ctx.speaker(*ref_r));
        if sa.is_some() && sb.is_some() && sa != sb {
            continue;
        }
        let rule = match &to_ref[ids[i]] {
            QuoteRelation::Altered => Rule::QuoteAltered,
            QuoteRelation::Shifted => Rule::WordingShift,
            _ => continue,
        };
        let (s, e, text) = quote_span(ctx, *r);
        // The finding points at the parts that differ; the diff reads the whole.
        let (ps, pe, ptext) =
            changed_parts_span(ctx, *r, &ref_words).unwrap_or_else(|| (s, e, text.clone()));
        let primary = ctx.loc(*r, ps, pe, &ptext);
        let (related, rtext) = agreeing.get_or_insert_with(|| {
            let (rs, re, rtext) = quote_span(ctx, *ref_r);
            let mut places = vec![ctx.loc(*ref_r, rs, re, &rtext)];
            // Not an excerpt every version contains: it takes neither side.
            for (j, (o, _)) in quoted.iter().enumerate() {
                if j != reference
                    && to_ref[ids[j]] == QuoteRelation::Consistent
                    && !uninformative[ids[j]]
                {
                    let (s2, e2, t2) = quote_span(ctx, *o);
                    places.push(ctx.loc(*o, s2, e2, &t2));
                }
            }
            (places.into(), rtext)
        });
        let message = match rule {
            Rule::QuoteAltered => format!(
                "{} quotes different words than {}",
                ctx.outlet(r.0),
                ctx.outlet(ref_r.0)
            ),
            _ => format!(
                "{} quotes other words inside the same quotation as {}",
                ctx.outlet(r.0),
                ctx.outlet(ref_r.0)
            ),
        };
        let diff = word_diff(&text, rtext);
        out.extend(ctx.finding(rule, message, Some(gi), primary, Arc::clone(related), diff));
    }
}

// ---------------------------------------------------------------------------------------
// Numbers and dates
// ---------------------------------------------------------------------------------------

fn base_kind(q: &Quantity) -> QuantityKind {
    if q.kind == QuantityKind::Range {
        q.range_of.unwrap_or(QuantityKind::Cardinal)
    } else {
        q.kind
    }
}

fn object_stem(q: &Quantity) -> Option<String> {
    q.object
        .as_ref()
        .and_then(|o| o.split_whitespace().next())
        .map(|w| match super::align::stem(&crate::resolve::fold(w)) {
            // "63 persons were injured" counts what "63 people" does.
            s if s == "person" => "people".to_string(),
            s => s.into_owned(),
        })
}

/// The index of the quantity of claim `b` that stands for the same slot as `a[ia]`, if
/// there is exactly one: same dimension and, when both name one, the same counted object.
/// `objects_a` and `objects_b` are the quantities' [`object_stem`]s.
fn counterpart(
    ia: usize,
    (a, pa): (&[Quantity], &PairPrep),
    (b, pb): (&[Quantity], &PairPrep),
) -> Option<usize> {
    let (objects_a, objects_b) = (&pa.objects, &pb.objects);
    let qa = &a[ia];
    // Dates compare only at the same granularity: "in August" and "on Friday" are not the
    // same event at two precisions but two events.
    if pa.frame[ia] {
        return None;
    }
    let same_dim = |(i, x): (usize, &Quantity), frame: &[bool]| {
        !frame[i]
            && x.comparable(qa)
            && base_kind(x) == base_kind(qa)
            && (base_kind(qa) != QuantityKind::Date || x.granularity == qa.granularity)
    };
    // "growth of 1.8 percent next year, up from an expected 1.2 percent in 2026": of
    // figures dated by years, only those of an overlapping year are candidates.
    let anchor_a = pa.anchor(ia);
    let same_year = |anchor: Option<(f64, f64)>| match (anchor_a, anchor) {
        (Some(x), Some(y)) => !(x.1 < y.0 || y.1 < x.0),
        _ => true,
    };
    let oa = &objects_a[ia];
    // "12 people … two in a critical condition": of the candidates, the one quantity
    // counting the same thing is the counterpart, even beside one that names nothing —
    // when it is the only quantity of its object on both sides.
    if oa.is_some() {
        let same_object = |q: &[Quantity], objects: &[Option<String>], frame: &[bool]| {
            let mut it = q
                .iter()
                .zip(objects)
                .enumerate()
                .filter(|&(i, (x, ox))| same_dim((i, x), frame) && ox == oa)
                .map(|(i, _)| i);
            match (it.next(), it.next()) {
                (Some(i), None) => Some(i),
                _ => None,
            }
        };
        if let Some(ib) = same_object(b, objects_b, &pb.frame)
            && same_object(a, objects_a, &pa.frame) == Some(ia)
        {
            return Some(ib);
        }
    }
    let mut cands = b
        .iter()
        .zip(objects_b)
        .enumerate()
        .filter(|&(i, (x, _))| same_dim((i, x), &pb.frame) && same_year(pb.anchor(i)))
        .filter(|(_, (_, ox))| match (oa, ox) {
            (Some(p), Some(q)) => p == q,
            // "two days of talks" is no length of "a pay rise over two years".
            (Some(p), None) | (None, Some(p)) => !p.starts_with(WORDED),
            (None, None) => true,
        })
        .map(|(i, _)| i);
    let (Some(only), None) = (cands.next(), cands.next()) else {
        return None;
    };
    // Without objects on either side, the slot must be unambiguous in both claims.
    let ambiguous_a = a
        .iter()
        .enumerate()
        .filter(|&(i, x)| same_dim((i, x), &pa.frame) && same_year(pa.anchor(i)))
        .count()
        > 1;
    if (oa.is_none() || objects_b[only].is_none()) && ambiguous_a {
        return None;
    }
    Some(only)
}

/// Disjoint sets over `0..n`.
struct Dsu(Vec<usize>);

impl Dsu {
    fn new(n: usize) -> Self {
        Dsu((0..n).collect())
    }

    fn find(&mut self, x: usize) -> usize {
        let mut x = x;
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        self.0[a.max(b)] = a.min(b);
    }
}

/// A quantity of a claim: (claim, index in its quantities).
type QNode = (ClaimRef, usize);

/// A quantity's node as three `u32`: documents, claims and a claim's quantities are
/// counted in `u32` wherever a comparison holds many of them (alignment's postings too).
fn packed(((d, c), q): QNode) -> (u32, u32, u32) {
    (d as u32, c as u32, q as u32)
}

/// Claims with more quantities than this take no part in the number and date checks. Each
/// quantity of a claim is matched against the others of its claim and of the aligned
/// claim (`counterpart`, `figure_slot`, `figure_anchor`, `event_context`), so a claim
/// holding a whole table of figures (a megabyte of "1,2,3,…" is one claim with 150,000)
/// would cost the square of its size. A news sentence or quotation carries a handful of
/// figures; 64 is far above any claim of the fixtures.
const MAX_CLAIM_QUANTITIES: usize = 64;

/// The cross-group checks (`event_numbers`, `event_facts`) compare every figure or date of
/// a slot with every other of the other reports; each report takes part with its first
/// this many figures of a slot (and this many day-precise dates), in document order. A
/// report gives a death toll or an event's day a few times, not hundreds; a document
/// of thousands ("…, 20 people were evacuated." on every line) would make the pairs
/// quadratic in its size.
const MAX_SLOT_FACTS: usize = 200;

fn many_quantities(c: &Claim) -> bool {
    c.quantities.len() > MAX_CLAIM_QUANTITIES
}

/// What the number checks need of each quantity, worked out once per comparison (one
/// quantity takes part in many pairs): its figure slot, and a key that quantities share
/// exactly when every number check treats them alike.
struct QFeat {
    slot: Option<&'static str>,
    key: u32,
}

/// [`QFeat`] per document, claim and quantity. Claims with too many quantities to take
/// part in the number checks have none. Held flat (a vector per claim cost 24 bytes and
/// an allocation for each of 35,000 claims at 1,000 reports): claim `n` of the whole
/// comparison (`doc_base[d] + ci`) owns `feats[claim_start[n]..claim_start[n + 1]]`;
/// `doc_base` ends with the number of claims.
pub(crate) struct Feats {
    doc_base: Vec<usize>,
    claim_start: Vec<usize>,
    feats: Vec<QFeat>,
}

impl Feats {
    pub(crate) fn new(ctx: &Ctx) -> Self {
        // Per document: each claim's number of features, then the slot and the unshared
        // key of every quantity in order.
        type Raw<'a> = (Vec<usize>, Vec<(Option<&'static str>, BehaviourKey<'a>)>);
        let raw: Vec<Raw> = ctx
            .docs
            .par_iter()
            .enumerate()
            .map(|(d, e)| {
                let mut counts = Vec::with_capacity(e.claims.len());
                let mut feats = Vec::new();
                for (ci, c) in e.claims.iter().enumerate() {
                    if many_quantities(c) {
                        counts.push(0);
                        continue;
                    }
                    counts.push(c.quantities.len());
                    feats.extend((0..c.quantities.len()).map(|qi| {
                        let slot = figure_slot(ctx, (d, ci), qi);
                        (slot, behaviour_key(&c.quantities[qi], slot))
                    }));
                }
                (counts, feats)
            })
            .collect();
        let claims: usize = raw.iter().map(|(counts, _)| counts.len()).sum();
        let quantities: usize = raw.iter().map(|(_, feats)| feats.len()).sum();
        let mut doc_base = Vec::with_capacity(raw.len());
        let mut claim_start = Vec::with_capacity(claims + 1);
        let mut feats = Vec::with_capacity(quantities);
        let mut ids: FxHashMap<BehaviourKey, u32> = FxHashMap::default();
        for (counts, doc) in raw {
            doc_base.push(claim_start.len());
            let mut at = feats.len();
            for n in counts {
                claim_start.push(at);
                at += n;
            }
            for (slot, k) in doc {
                let next = ids.len() as u32;
                feats.push(QFeat {
                    slot,
                    key: *ids.entry(k).or_insert(next),
                });
            }
        }
        doc_base.push(claim_start.len());
        claim_start.push(feats.len());
        Feats {
            doc_base,
            claim_start,
            feats,
        }
    }

    fn get(&self, n: QNode) -> Option<&QFeat> {
        let ((d, ci), qi) = n;
        let claim = self.doc_base.get(d)? + ci;
        if claim >= *self.doc_base.get(d + 1)? {
            return None;
        }
        let (start, end) = (
            *self.claim_start.get(claim)?,
            *self.claim_start.get(claim + 1)?,
        );
        self.feats.get(start..end)?.get(qi)
    }

    fn slot(&self, n: QNode) -> Option<&'static str> {
        self.get(n).and_then(|f| f.slot)
    }
}

/// Everything of a quantity that `counterpart`, `agree` and the slot test read, and
/// nothing else (not its offsets or surface): two quantities with the same key compare
/// alike with every other. Borrowed from the quantity; numbers by their bits (every NaN
/// as one), so equal keys mean equal values.
#[derive(PartialEq, Eq, Hash)]
struct BehaviourKey<'a> {
    kind: QuantityKind,
    value: Option<ValueKey<'a>>,
    low: Option<ValueKey<'a>>,
    high: Option<ValueKey<'a>>,
    unit: Option<&'a str>,
    approx: Option<Approx>,
    object: Option<&'a str>,
    resolved: bool,
    range_of: Option<QuantityKind>,
    granularity: Option<Granularity>,
    zone: Option<&'a str>,
    slot: Option<&'a str>,
}

#[derive(PartialEq, Eq, Hash)]
enum ValueKey<'a> {
    Number(u64),
    Iso(&'a str),
}

impl<'a> ValueKey<'a> {
    fn of(v: Option<&'a Value>) -> Option<Self> {
        v.map(|v| match v {
            Value::Number(x) if x.is_nan() => ValueKey::Number(f64::NAN.to_bits()),
            Value::Number(x) => ValueKey::Number(x.to_bits()),
            Value::Iso(s) => ValueKey::Iso(s),
        })
    }
}

fn behaviour_key<'a>(q: &'a Quantity, slot: Option<&'a str>) -> BehaviourKey<'a> {
    BehaviourKey {
        kind: q.kind,
        value: ValueKey::of(q.value()),
        low: ValueKey::of(q.low()),
        high: ValueKey::of(q.high()),
        unit: q.unit(),
        approx: q.approx,
        object: q.object.as_deref(),
        resolved: q.resolved,
        range_of: q.range_of,
        granularity: q.granularity,
        zone: q.zone(),
        slot,
    }
}

/// What [`pair_edges`] reads of a claim's quantities: their counted objects' stems and
/// their intervals, worked out once per claim rather than once per pair it is in.
struct PairPrep {
    objects: Vec<Option<String>>,
    intervals: Vec<Option<(f64, f64)>>,
    /// Per quantity, the nearest quantity of the other sort in its claim: for a figure
    /// the year that dates it ("3.6 percent of GDP this year"), for a year the figure it
    /// dates. Claims without both sorts have none.
    partner: Vec<Option<usize>>,
    /// Per quantity, whether it is the span a superlative is measured over ("the
    /// country's biggest corruption case in a decade"): no figure of the event.
    frame: Vec<bool>,
}

/// Whether duration `q` of a claim in `view` is the span a superlative is measured over:
/// "in" before it, and a superlative in the few words before that, within the clause
/// ("the biggest corruption case in a decade", "the first time in 20 years", "its
/// lowest level in more than a decade"). "Jailed for nine years" and "will be finished
/// in two years" are figures of the event.
fn superlative_frame(view: &str, c: &Claim, q: &Quantity) -> bool {
    if base_kind(q) != QuantityKind::Duration {
        return false;
    }
    let Some(before) = view.get(c.range().start..q.start) else {
        return false;
    };
    let mut words = before
        .rsplit(|ch: char| !(ch.is_alphanumeric() || ch == ',' || ch == ';'))
        .filter(|w| !w.is_empty());
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("in")) {
        return false;
    }
    words
        .take(8)
        .take_while(|w| !w.contains([',', ';']))
        .any(|w| crate::resolve::with_folded(w, is_superlative))
}

/// Whether a folded word is a superlative: "first", "worst", "most", or an "-est" form
/// that is no noun or verb of that ending ("protest", "interest", "arrest").
fn is_superlative(w: &str) -> bool {
    const NOT: &[&str] = &[
        "arrest",
        "behest",
        "bequest",
        "conquest",
        "contest",
        "digest",
        "earnest",
        "forest",
        "harvest",
        "honest",
        "inquest",
        "interest",
        "invest",
        "manifest",
        "midwest",
        "modest",
        "northwest",
        "protest",
        "request",
        "southwest",
        "suggest",
        "unrest",
    ];
    matches!(w, "first" | "most" | "least" | "worst" | "best")
        || w.len() >= 6 && w.ends_with("est") && !NOT.contains(&w)
}

/// How the objects read from a figure's words begin ([`what_lasted`],
/// [`population_of`]): unlike a counted object, one is never set against a figure that
/// names none.
const WORDED: &str = "of:";

/// A place's population: "population" for a count right after "a city of", "a town
/// of", "a country of" ("the city of 410,000"), marked [`WORDED`]; it is no count of
/// the people a report is about ("More than 6,000 residents have been evacuated").
fn population_of(view: &str, q: &Quantity) -> Option<String> {
    if base_kind(q) != QuantityKind::Cardinal || q.object.is_some() {
        return None;
    }
    let before = view.get(..q.start)?.trim_end().strip_suffix(" of")?;
    let place = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
    crate::resolve::with_folded(place, |p| {
        matches!(
            p,
            "city"
                | "town"
                | "village"
                | "country"
                | "nation"
                | "region"
                | "province"
                | "island"
                | "state"
                | "district"
                | "municipality"
        )
    })
    .then(|| format!("{WORDED}population"))
}

/// What a length of time `q` is the length of, when "of" and a noun follow it: "talk"
/// of "two days of talks", "fight" of "a week of fighting", marked [`WORDED`]. `None`
/// for any other quantity, and for "nine years in prison".
fn what_lasted(view: &str, q: &Quantity) -> Option<String> {
    if base_kind(q) != QuantityKind::Duration {
        return None;
    }
    let rest = view.get(q.end..)?.trim_start().strip_prefix("of ")?;
    let noun: &str = rest.split(|c: char| !c.is_alphabetic()).next()?;
    (noun.len() > 2 && noun.starts_with(|c: char| c.is_lowercase())).then(|| {
        format!(
            "{WORDED}{}",
            super::align::stem(&crate::resolve::fold(noun))
        )
    })
}

/// Whether `q` is a year of the calendar ("this year", "in 2027"), resolved.
fn is_year(q: &Quantity) -> bool {
    base_kind(q) == QuantityKind::Date && q.resolved && q.granularity == Some(Granularity::Year)
}

impl PairPrep {
    /// The nearest quantity of the other sort to quantity `i` (see `partner`).
    fn partner(&self, i: usize) -> Option<usize> {
        self.partner.get(i).copied().flatten()
    }

    /// The interval of the year that dates figure `i`, if one does.
    fn anchor(&self, i: usize) -> Option<(f64, f64)> {
        let p = self.partner(i)?;
        // A year's partner is a figure, which has no year of its own to give.
        self.partner(p)
            .filter(|&back| back == i)
            .and(self.intervals[p])
    }

    fn of(ctx: &Ctx, r: ClaimRef) -> Self {
        let c = ctx.claim(r);
        let view = ctx.docs[r.0].doc.view();
        let qs = &c.quantities;
        let figure = |q: &Quantity| base_kind(q) != QuantityKind::Date;
        // Most claims name no year: no list then (`partner` reads none).
        let has_years = qs.iter().any(is_year);
        let partner = qs
            .iter()
            .take(if has_years { qs.len() } else { 0 })
            .map(|q| {
                if !(figure(q) || is_year(q)) {
                    return None;
                }
                qs.iter()
                    .enumerate()
                    .filter(|(_, x)| if figure(q) { is_year(x) } else { figure(x) })
                    .min_by_key(|(_, x)| x.start.abs_diff(q.start).min(x.end.abs_diff(q.end)))
                    .map(|(i, _)| i)
            })
            .collect();
        PairPrep {
            objects: qs
                .iter()
                .map(|q| {
                    object_stem(q)
                        .or_else(|| what_lasted(view, q))
                        .or_else(|| population_of(view, q))
                })
                .collect(),
            intervals: qs.iter().map(Quantity::interval).collect(),
            partner,
            frame: qs.iter().map(|q| superlative_frame(view, c, q)).collect(),
        }
    }
}

/// The quantities of claims `ra` and `rb` that stand for the same slot, as (index in
/// `ra`, index in `rb`, whether they conflict).
fn pair_edges(
    ctx: &Ctx,
    feats: &Feats,
    (ra, pa): (ClaimRef, &PairPrep),
    (rb, pb): (ClaimRef, &PairPrep),
) -> Vec<(usize, usize, bool)> {
    let (ca, cb) = (ctx.claim(ra), ctx.claim(rb));
    let (iva, ivb) = (&pa.intervals, &pb.intervals);
    let mut edges = Vec::new();
    for (ia, qa) in ca.quantities.iter().enumerate() {
        if qa.kind == QuantityKind::Date && !qa.resolved {
            continue;
        }
        let Some(ib) = counterpart(ia, (&ca.quantities, pa), (&cb.quantities, pb)) else {
            continue;
        };
        let qb = &cb.quantities[ib];
        // Symmetric: the counterpart must point back.
        if counterpart(ib, (&cb.quantities, pb), (&ca.quantities, pa)) != Some(ia) {
            continue;
        }
        if iva[ia].is_none() || ivb[ib].is_none() {
            continue;
        }
        // "“… and today they have been heard,” he said" in reports of two days: a date
        // inside the same quoted words is the speaker's day, which neither report's date
        // tells; the words agree, and the quotation checks compare them.
        if base_kind(qa) == QuantityKind::Date
            && qa.text.eq_ignore_ascii_case(&qb.text)
            && in_quoted(ca, qa)
            && in_quoted(cb, qb)
        {
            continue;
        }
        // "2.9% of GDP in 2027" and "3.6 percent of GDP this year": figures dated by
        // different years are no one slot; and the years of two figures that differ
        // ("2.9 per cent next year", "3.6 percent this year") are those figures' dates,
        // not one date told two ways. Figures that agree keep their years compared.
        if is_year(qa)
            && let (Some(fa), Some(fb)) = (pa.partner(ia), pb.partner(ib))
        {
            let (xa, xb) = (&ca.quantities[fa], &cb.quantities[fb]);
            let (ja, jb) = (iva[fa], ivb[fb]);
            if !(xa.comparable(xb) && ja.is_some() && jb.is_some() && agree_at(xa, ja, xb, jb)) {
                continue;
            }
        } else if let (Some(x), Some(y)) = (pa.anchor(ia), pb.anchor(ib))
            && (x.1 < y.0 || y.1 < x.0)
        {
            continue;
        }
        // Figures that count different things are not one slot: "at least 340
        // dead" and "five villages".
        let (sa, sb) = (feats.slot((ra, ia)), feats.slot((rb, ib)));
        if sa != sb
            && (sa.is_some() && sb.is_some()
                || sa.is_some() && qb.object.is_some()
                || sb.is_some() && qa.object.is_some())
        {
            continue;
        }
        edges.push((ia, ib, !agree_at(qa, iva[ia], qb, ivb[ib])));
    }
    edges
}

/// Whether quantity `q`'s words are among claim `c`'s quoted words.
fn in_quoted(c: &Claim, q: &Quantity) -> bool {
    c.quoted().any(|p| p.contains(q.text.as_str()))
}

/// Compared quantities, with the quantities that behave alike gathered into one node: a
/// cluster of a hundred copies of one sentence, or a hundred outlets giving one death
/// toll, is one node compared once with each other node, not ten thousand pairs. Every
/// member of a node is compared with every member of each node it has an edge to.
#[derive(Default)]
struct ClassGraph {
    /// The quantities of each node, sorted.
    members: Vec<Vec<QNode>>,
    /// Whether the members of a node are compared with each other (they agree).
    linked: Vec<bool>,
    /// Compared nodes `(u, v)`, `u < v`, and whether they conflict; node indices in
    /// `u32` (a node holds at least one quantity), as every group's graph is held until
    /// all are classified: 106,477 edges at 1,000 reports, 2.6 MB in `usize`.
    edges: Vec<(u32, u32, bool)>,
}

impl ClassGraph {
    /// Record that nodes `u` and `v` are compared, and whether they conflict.
    fn edge(&mut self, u: usize, v: usize, conflict: bool) {
        self.edges
            .push((u.min(v) as u32, u.max(v) as u32, conflict));
    }

    /// The compared node pairs, `u < v`, and whether they conflict.
    fn edges(&self) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
        self.edges
            .iter()
            .map(|&(u, v, conflict)| (u as usize, v as usize, conflict))
    }

    /// Each node's neighbours, with whether the edge is a conflict.
    fn adjacency(&self) -> Vec<Vec<(usize, bool)>> {
        let mut adj = vec![Vec::new(); self.members.len()];
        for (u, v, conflict) in self.edges() {
            adj[u].push((v, conflict));
            adj[v].push((u, conflict));
        }
        adj
    }
}

/// Member pairs of a [`ClassGraph`] that are not compared after all: pairs from one
/// report, or already compared inside a group (see `event_numbers`).
trait Exclusions {
    /// Whether `a` and `b` are not compared.
    fn excluded(&self, a: QNode, b: QNode) -> bool;
    /// How many members of node `v`, `a` itself aside, are not compared with `a`.
    fn excluded_in(&self, a: QNode, v: usize) -> usize;
}

/// Every member pair is compared.
struct NoExclusions;

impl Exclusions for NoExclusions {
    fn excluded(&self, _: QNode, _: QNode) -> bool {
        false
    }

    fn excluded_in(&self, _: QNode, _: usize) -> usize {
        0
    }
}

fn numbers(ctx: &Ctx, feats: &Feats, gi: usize, g: &Group, out: &mut Vec<Finding>) -> ClassGraph {
    // Members whose quantities all share their keys compare alike with every other
    // member: they form one class, compared once through its first member.
    let mut classes: Vec<Vec<ClaimRef>> = Vec::new();
    let mut by_key: FxHashMap<Vec<u32>, usize> = FxHashMap::default();
    for &r in &g.members {
        let c = ctx.claim(r);
        if many_quantities(c) || c.quantities.is_empty() {
            continue;
        }
        let key: Vec<u32> = (0..c.quantities.len())
            .map(|qi| feats.get((r, qi)).map_or(u32::MAX, |f| f.key))
            .collect();
        let next = classes.len();
        let k = *by_key.entry(key).or_insert(next);
        if k == next {
            classes.push(Vec::new());
        }
        classes[k].push(r);
    }
    // Within a class each quantity is its own counterpart, and agrees with itself; a
    // class where that fails (a quantity with no interval, an ambiguous slot) is not
    // linked at that quantity, and one where a quantity would pair with another of the
    // same claim or conflict with itself is split, so the shortcut never guesses.
    let mut linked_at: Vec<Vec<usize>> = vec![Vec::new(); classes.len()];
    let mut split: Vec<Vec<ClaimRef>> = Vec::new();
    for (k, class) in classes.iter_mut().enumerate() {
        if class.len() < 2 {
            continue;
        }
        let prep = PairPrep::of(ctx, class[0]);
        let own = pair_edges(ctx, feats, (class[0], &prep), (class[0], &prep));
        if own.iter().all(|&(i, j, conflict)| i == j && !conflict) {
            linked_at[k] = own.iter().map(|e| e.0).collect();
        } else {
            split.extend(class.drain(1..).map(|r| vec![r]));
        }
    }
    linked_at.extend(split.iter().map(|_| Vec::new()));
    classes.extend(split);

    let mut graph = ClassGraph::default();
    let mut node_of: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    let mut node = |graph: &mut ClassGraph, k: usize, qi: usize| -> usize {
        *node_of.entry((k, qi)).or_insert_with(|| {
            graph
                .members
                .push(classes[k].iter().map(|&r| (r, qi)).collect());
            graph.linked.push(false);
            graph.members.len() - 1
        })
    };
    for (k, qis) in linked_at.iter().enumerate() {
        for &qi in qis {
            let u = node(&mut graph, k, qi);
            graph.linked[u] = true;
        }
    }
    let preps: Vec<PairPrep> = classes.iter().map(|c| PairPrep::of(ctx, c[0])).collect();
    for x in 0..classes.len() {
        for y in x + 1..classes.len() {
            let (a, b) = ((classes[x][0], &preps[x]), (classes[y][0], &preps[y]));
            for (ia, ib, conflict) in pair_edges(ctx, feats, a, b) {
                let (u, v) = (node(&mut graph, x, ia), node(&mut graph, y, ib));
                graph.edge(u, v, conflict);
            }
        }
    }
    report_conflicts(ctx, Some(gi), &graph, &NoExclusions, None, out);
    // Every group's graph is held until all are classified: kept without the spare
    // room of its pushes.
    graph.members.shrink_to_fit();
    graph.linked.shrink_to_fit();
    graph.edges.shrink_to_fit();
    graph
}

/// The interval a figure stands for when outlets compare it. A lower bound on a count
/// ("at least 312 dead", "more than 500 feared dead") is how copy gives the figure as
/// it stands, not an open-ended claim: it is read as up to half again as much, so "at
/// least 340" a day later agrees with "at least 312" and "more than 500" does not.
fn reported_interval(q: &Quantity) -> Option<(f64, f64)> {
    reported(q, q.interval())
}

/// [`reported_interval`] of `q` from its interval `iv` ([`Quantity::interval`]).
fn reported(q: &Quantity, iv: Option<(f64, f64)>) -> Option<(f64, f64)> {
    let (lo, hi) = iv?;
    let lower_bound = matches!(
        q.approx,
        Some(crate::quantities::Approx::AtLeast | crate::quantities::Approx::MoreThan)
    );
    if lower_bound && base_kind(q) == QuantityKind::Cardinal && hi.is_infinite() && lo > 0.0 {
        return Some((lo, lo * 1.5));
    }
    Some((lo, hi))
}

/// Whether two quantities of one slot can both be true.
fn agree(a: &Quantity, b: &Quantity) -> bool {
    agree_at(a, a.interval(), b, b.interval())
}

/// [`agree`], given each quantity's interval ([`Quantity::interval`]).
fn agree_at(a: &Quantity, ia: Option<(f64, f64)>, b: &Quantity, ib: Option<(f64, f64)>) -> bool {
    if !a.comparable(b) {
        return false;
    }
    match (reported(a, ia), reported(b, ib)) {
        (Some((a0, a1)), Some((b0, b1))) => {
            let eps = 1e-9
                * a0.abs()
                    .max(a1.abs())
                    .max(b0.abs())
                    .max(b1.abs())
                    .min(1e300);
            a0 <= b1 + eps && b0 <= a1 + eps
        }
        _ => overlaps(a, b),
    }
}

/// One finding per connected set of compared quantities that holds a conflict: the
/// quantity in the most conflicts is the odd one out. `what` names the slot in the
/// message when the quantities come from different groups ("deaths").
fn report_conflicts(
    ctx: &Ctx,
    cluster: Option<usize>,
    graph: &ClassGraph,
    ex: &dyn Exclusions,
    what: Option<&str>,
    out: &mut Vec<Finding>,
) {
    let n = graph.members.len();
    let adj = graph.adjacency();
    // Per member: how many quantities it is compared with, and in conflict with. A node
    // joins the set of a neighbour it has a compared pair with.
    let mut dsu = Dsu::new(n);
    let mut compared_with: Vec<Vec<usize>> = Vec::with_capacity(n);
    let mut conflicts: Vec<Vec<usize>> = Vec::with_capacity(n);
    let size = |v: usize| graph.members[v].len();
    for (u, neighbours) in adj.iter().enumerate() {
        let (mut cw, mut cf) = (Vec::new(), Vec::new());
        for &a in &graph.members[u] {
            let mut partners = if graph.linked[u] {
                (size(u) - 1).saturating_sub(ex.excluded_in(a, u))
            } else {
                0
            };
            let mut degree = 0;
            for &(v, conflict) in neighbours {
                let w = size(v).saturating_sub(ex.excluded_in(a, v));
                if w > 0 {
                    dsu.union(u, v);
                }
                partners += w;
                if conflict {
                    degree += w;
                }
            }
            cw.push(partners);
            cf.push(degree);
        }
        compared_with.push(cw);
        conflicts.push(cf);
    }
    // Sets in the order of their first quantity.
    let mut sets: BTreeMap<QNode, Vec<usize>> = BTreeMap::new();
    let mut firsts: BTreeMap<usize, QNode> = BTreeMap::new();
    for (u, partners) in compared_with.iter().enumerate() {
        let root = dsu.find(u);
        for (&a, &p) in graph.members[u].iter().zip(partners) {
            if p > 0 {
                let f = firsts.entry(root).or_insert(a);
                *f = (*f).min(a);
            }
        }
    }
    for u in 0..n {
        if let Some(f) = firsts.get(&dsu.find(u)) {
            sets.entry(*f).or_default().push(u);
        }
    }
    let quantity = |a: QNode| &ctx.claim(a.0).quantities[a.1];
    let set_nodes = |us: &[usize]| -> BTreeSet<QNode> {
        us.iter()
            .flat_map(|&u| {
                graph.members[u]
                    .iter()
                    .zip(&compared_with[u])
                    .filter(|(_, c)| **c > 0)
                    .map(|(a, _)| *a)
            })
            .collect()
    };
    let in_conflict = |us: &[usize]| us.iter().any(|&u| conflicts[u].iter().any(|d| *d > 0));
    if let Some(gi) = cluster {
        for us in sets.values().filter(|us| !in_conflict(us)) {
            less_precise(ctx, gi, &set_nodes(us), out);
        }
    }
    for us in sets.values().filter(|us| in_conflict(us)) {
        // The odd one out: the quantity in the most conflicts (ties: path order, then
        // the last in document order).
        let Some((pu, primary)) = us
            .iter()
            .flat_map(|&u| {
                graph.members[u]
                    .iter()
                    .zip(&conflicts[u])
                    .filter(|(_, d)| **d > 0)
                    .map(move |(a, d)| (u, *a, *d))
            })
            .max_by(|x, y| {
                x.2.cmp(&y.2)
                    .then(ctx.path(y.1.0).cmp(ctx.path(x.1.0)))
                    .then(x.1.cmp(&y.1))
            })
            .map(|(u, a, _)| (u, a))
        else {
            continue;
        };
        let qp = quantity(primary);
        let rule = if base_kind(qp) == QuantityKind::Date {
            Rule::DateMismatch
        } else {
            Rule::NumberMismatch
        };
        let against: BTreeSet<QNode> = adj[pu]
            .iter()
            .filter(|(_, conflict)| *conflict)
            .flat_map(|&(v, _)| graph.members[v].iter().copied())
            .filter(|b| !ex.excluded(primary, *b))
            .collect();
        if against.is_empty() {
            continue;
        }
        let mut related: Vec<Location> = against
            .iter()
            .map(|(r, i)| ctx.quantity_loc(*r, &ctx.claim(*r).quantities[*i]))
            .collect();
        // Those that agree with the primary are listed too, so a reader sees both sides.
        let agreeing: Vec<Location> = set_nodes(us)
            .iter()
            .filter(|n| **n != primary && !against.contains(n))
            .filter(|n| agree(qp, quantity(**n)))
            .map(|(r, i)| ctx.quantity_loc(*r, &ctx.claim(*r).quantities[*i]))
            .collect();
        related.sort_by(|a, b| a.path().cmp(b.path()));
        let others = cite(&related);
        let message = format!(
            "“{}” ({}) cannot be true with {}{}",
            qp.text,
            ctx.outlet(primary.0.0),
            others,
            what.map(|w| format!(" ({w})")).unwrap_or_default()
        );
        if let Some(mut f) = ctx.finding(
            rule,
            message,
            cluster,
            ctx.quantity_loc(primary.0, qp),
            related,
            Vec::new(),
        ) {
            f.supporting = agreeing.into();
            out.push(f);
        }
    }
}

/// Figures of one slot that all agree but not equally precisely ("more than two hours"
/// and "two hours and 28 minutes"): an info finding naming the vaguest figure and the
/// most precise ones, so a reader sees the agreement is not word for word.
fn less_precise(ctx: &Ctx, gi: usize, nodes: &BTreeSet<QNode>, out: &mut Vec<Finding>) {
    let width = |n: &QNode| -> f64 {
        let q = &ctx.claim(n.0).quantities[n.1];
        reported_interval(q).map_or(f64::INFINITY, |(lo, hi)| hi - lo)
    };
    let docs: BTreeSet<usize> = nodes.iter().map(|n| n.0.0).collect();
    if docs.len() < 2 {
        return;
    }
    let widths: Vec<(QNode, f64)> = nodes.iter().map(|n| (*n, width(n))).collect();
    let narrow = widths.iter().map(|w| w.1).fold(f64::INFINITY, f64::min);
    let Some(&(primary, wide)) = widths.iter().filter(|w| w.1 > narrow).max_by(|a, b| {
        a.1.total_cmp(&b.1)
            .then(ctx.path(b.0.0).cmp(ctx.path(a.0.0)))
    }) else {
        return;
    };
    let scale = {
        let q = &ctx.claim(primary.0).quantities[primary.1];
        q.interval().map_or(1.0, |(lo, hi)| {
            let m = lo.abs().max(if hi.is_finite() { hi.abs() } else { 0.0 });
            m.max(1e-12)
        })
    };
    // Precision must differ plainly: "about 2,500 km" and "around 1,550 miles" are
    // equally rough.
    if wide.is_finite() && (wide - narrow <= 1e-9 * scale || wide < 2.0 * narrow) {
        return;
    }
    let mut related: Vec<Location> = widths
        .iter()
        .filter(|(n, w)| *w == narrow && n.0.0 != primary.0.0)
        .map(|(n, _)| ctx.quantity_loc(n.0, &ctx.claim(n.0).quantities[n.1]))
        .collect();
    if related.is_empty() {
        return;
    }
    related.sort_by(|a, b| {
        a.path()
            .cmp(b.path())
            .then(a.span().start.cmp(&b.span().start))
    });
    let qp = &ctx.claim(primary.0).quantities[primary.1];
    let others = cite(&related);
    let message = format!(
        "“{}” ({}) is less precise than {}; both can be true",
        qp.text,
        ctx.outlet(primary.0.0),
        others
    );
    if let Some(f) = ctx.finding(
        Rule::LessPrecise,
        message,
        Some(gi),
        ctx.quantity_loc(primary.0, qp),
        related,
        Vec::new(),
    ) {
        out.push(f);
    }
}

// ---------------------------------------------------------------------------------------
// Event figures across groups
// ---------------------------------------------------------------------------------------

/// Slot words (`slots.tsv`): word → (slot, dimension).
static SLOTS: std::sync::LazyLock<BTreeMap<&'static str, (&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../lexicon/slots.tsv"))
            .filter_map(|r| Some((*r.first()?, (*r.get(1)?, *r.get(2)?))))
            .collect()
    });

/// The slot dimension a figure can fill: a whole count, an earthquake magnitude, money.
fn slot_dimension(q: &Quantity) -> Option<&'static str> {
    let (lo, _) = q.interval()?;
    match base_kind(q) {
        QuantityKind::Cardinal if lo.fract() == 0.0 && lo >= 0.0 => Some("count"),
        QuantityKind::Quantity if q.unit() == Some("magnitude") => Some("magnitude"),
        QuantityKind::Money => Some("money"),
        _ => None,
    }
}

/// How far from its figure a slot word may be, in words.
const SLOT_REACH: usize = 25;

/// The slot of figure `qi` of claim `r`: its counted object when that is a slot word,
/// else the nearest slot word of the figure's dimension in the same sentence of the claim,
/// not past another figure of that dimension ("312 people were killed and 1,450 injured").
/// `None` for an earlier value in a change ("rose from 200 to 312").
fn figure_slot(ctx: &Ctx, r: ClaimRef, qi: usize) -> Option<&'static str> {
    let c = ctx.claim(r);
    let q = &c.quantities[qi];
    let dim = slot_dimension(q)?;
    let fits = |w: &str| {
        crate::resolve::with_folded(w, |f| {
            SLOTS.get(f).filter(|(_, d)| *d == dim).map(|(s, _)| *s)
        })
    };
    if let Some(s) = q
        .object
        .as_deref()
        .and_then(|o| o.split_whitespace().last())
        .and_then(fits)
    {
        return Some(s);
    }
    let view = ctx.docs[r.0].doc.view();
    // "About 6,200 people were evacuated from … the city of 410,000": a place's
    // population is no figure of the slot.
    if population_of(view, q).is_some() {
        return None;
    }
    let tokens = claim_tokens(view, c);
    let (first, last) = figure_tokens(&tokens, q)?;
    if not_the_figure(&tokens, first, last) {
        return None;
    }
    let blocked = |pos: usize| {
        c.quantities.iter().enumerate().any(|(i, x)| {
            i != qi && x.start <= pos && pos < x.end && slot_dimension(x) == Some(dim)
        })
    };
    let sentence_break = |a: usize, b: usize| {
        view.get(a..b).is_some_and(|gap| {
            gap.contains(['.', '!', '?', ';']) && !gap.trim_start().starts_with(['.'])
        })
    };
    // A coordinator starts another clause: in "1,450 were injured and some 20,000 have
    // been displaced" the 20,000 are displaced, not injured.
    let coordinator = |w: &str| {
        crate::resolve::with_folded(w, |f| matches!(f, "and" | "but" | "while" | "whereas"))
    };
    let mut best: Option<(usize, &'static str)> = None;
    // Leftwards.
    let mut next = tokens[first].0;
    for (d, &(pos, w)) in tokens[..first].iter().rev().enumerate().take(SLOT_REACH) {
        if blocked(pos) || sentence_break(pos + w.len(), next) || coordinator(w) {
            break;
        }
        if let Some(s) = fits(w) {
            best = Some((d + 1, s));
            break;
        }
        next = pos;
    }
    // Rightwards.
    let mut prev = tokens[last].0 + tokens[last].1.len();
    for (d, &(pos, w)) in tokens[last + 1..].iter().enumerate().take(SLOT_REACH) {
        if blocked(pos) || sentence_break(prev, pos) || coordinator(w) {
            break;
        }
        if let Some(s) = fits(w) {
            if best.is_none_or(|(bd, _)| d + 1 < bd) {
                best = Some((d + 1, s));
            }
            break;
        }
        prev = pos + w.len();
    }
    best.map(|(_, s)| s)
}

/// The first and last of `tokens` (a claim's, [`claim_tokens`]) that figure `q` spans.
fn figure_tokens(tokens: &[(usize, &str)], q: &Quantity) -> Option<(usize, usize)> {
    let first = tokens.iter().position(|(p, _)| *p >= q.start)?;
    let last = tokens.iter().rposition(|(p, _)| *p < q.end)?;
    Some((first, last))
}

/// Whether the figure at `tokens[first..=last]` is no figure of the event as reported
/// now: a part of a count already given ("63 people were injured, nine of them
/// seriously"), or an earlier value ("rose from 200 to 312", "the previous estimate of
/// 200").
fn not_the_figure(tokens: &[(usize, &str)], first: usize, last: usize) -> bool {
    // Each word folded in place: this is asked of every figure of a slot and every
    // figure matched across groups, and a string per word was most of its cost.
    let is = |k: usize, test: fn(&str) -> bool| {
        tokens
            .get(k)
            .is_some_and(|(_, w)| crate::resolve::with_folded(w, test))
    };
    if is(last + 1, |f| f == "of") && is(last + 2, |f| matches!(f, "them" | "whom" | "those")) {
        return true;
    }
    let before = first.saturating_sub(3)..first;
    first > 0 && is(first - 1, |f| f == "from")
        || before.into_iter().any(|k| {
            is(k, |f| {
                matches!(
                    f,
                    "earlier" | "previous" | "previously" | "initial" | "initially"
                )
            })
        })
}

/// The days a figure is stated for: the nearest resolved date of its claim, else the
/// report's publication day, else unknown.
fn figure_anchor(ctx: &Ctx, r: ClaimRef, q: &Quantity) -> Option<(f64, f64)> {
    let c = ctx.claim(r);
    let nearest = c
        .quantities
        .iter()
        .filter(|x| base_kind(x) == QuantityKind::Date)
        .filter_map(|x| {
            Some((
                x.interval()?,
                x.start.abs_diff(q.start).min(x.end.abs_diff(q.end)),
            ))
        })
        .min_by_key(|(_, d)| *d)
        .map(|(i, _)| i);
    nearest.or_else(|| {
        let d = ctx.docs[r.0].doc.date?;
        let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
        let n = (d - epoch).num_days() as f64;
        Some((n, n))
    })
}

/// The pairs `numbers` compared inside groups, by node of each group's [`ClassGraph`].
struct Compared {
    /// The group and node of each compared quantity, keyed by [`packed`]: with keys and
    /// values of 64-bit numbers this table was 1.34 MB of the peak at 1,000 reports.
    node_of: FxHashMap<(u32, u32, u32), (u32, u32)>,
    /// Per group: each node's compared neighbours. A list of neighbours per node was
    /// the last spike of a comparison's memory (4 MB at 1,000 reports), and the node
    /// pairs both ways round in one sorted list 1.7 MB.
    edges: Vec<Adjacency>,
    /// Per group: whether each node's members are compared with each other.
    linked: Vec<Vec<bool>>,
}

/// The neighbours of each node of a graph, sorted: node `u`'s are
/// `targets[offsets[u]..offsets[u + 1]]` (4 bytes an edge each way, not 8).
struct Adjacency {
    offsets: Box<[u32]>,
    targets: Box<[u32]>,
}

impl Adjacency {
    /// The graph of `nodes` nodes and these undirected `edges`.
    fn new(nodes: usize, edges: &[(u32, u32, bool)]) -> Self {
        let mut offsets = vec![0u32; nodes + 1];
        for &(u, v, _) in edges {
            offsets[u as usize + 1] += 1;
            offsets[v as usize + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut next: Vec<u32> = offsets[..nodes].to_vec();
        let mut targets = vec![0u32; 2 * edges.len()];
        for &(u, v, _) in edges {
            for (a, b) in [(u, v), (v, u)] {
                targets[next[a as usize] as usize] = b;
                next[a as usize] += 1;
            }
        }
        for u in 0..nodes {
            targets[offsets[u] as usize..offsets[u + 1] as usize].sort_unstable();
        }
        Adjacency {
            offsets: offsets.into(),
            targets: targets.into(),
        }
    }

    /// The neighbours of node `u`, sorted.
    fn of(&self, u: usize) -> &[u32] {
        match (self.offsets.get(u), self.offsets.get(u + 1)) {
            (Some(&a), Some(&b)) => self.targets.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

impl Compared {
    /// Built from the groups' graphs, each freed once it is read.
    fn new(graphs: Vec<(usize, ClassGraph)>) -> Self {
        let mut c = Compared {
            node_of: FxHashMap::default(),
            edges: Vec::with_capacity(graphs.len()),
            linked: Vec::with_capacity(graphs.len()),
        };
        for (k, (_, g)) in graphs.into_iter().enumerate() {
            // Node indices fit in u32: a node holds at least one quantity.
            let edges = Adjacency::new(g.members.len(), &g.edges);
            for (u, ms) in g.members.iter().enumerate() {
                if g.linked[u] || !edges.of(u).is_empty() {
                    c.node_of
                        .extend(ms.iter().map(|&a| (packed(a), (k as u32, u as u32))));
                }
            }
            c.edges.push(edges);
            c.linked.push(g.linked);
        }
        c
    }

    /// The group and node of quantity `a`, if it is compared.
    fn node(&self, a: QNode) -> Option<(usize, usize)> {
        let &(g, u) = self.node_of.get(&packed(a))?;
        Some((g as usize, u as usize))
    }

    /// The neighbours of node `u` of group `g`.
    fn neighbours(&self, g: usize, u: usize) -> impl Iterator<Item = usize> + '_ {
        self.edges[g].of(u).iter().map(|&v| v as usize)
    }

    fn pair(&self, a: QNode, b: QNode) -> bool {
        match (self.node(a), self.node(b)) {
            (Some((ga, u)), Some((gb, v))) if ga == gb => {
                if u == v {
                    self.linked[ga][u] && a != b
                } else {
                    self.edges[ga].of(u).binary_search(&(v as u32)).is_ok()
                }
            }
            _ => false,
        }
    }
}

/// The pairs `event_numbers` leaves out: figures of one report, and pairs `numbers`
/// already compared.
struct EventExclusions<'a> {
    compared: &'a Compared,
    /// The node of each figure in the slot's graph.
    node_of: FxHashMap<QNode, usize>,
    /// Figures per (document, node).
    per_doc: FxHashMap<(usize, usize), usize>,
    /// Figures per (group, group node, node): how many members of a node of a group's
    /// graph are figures of each node of the slot's graph.
    per_group_node: FxHashMap<(usize, usize, usize), usize>,
}

impl<'a> EventExclusions<'a> {
    fn new(compared: &'a Compared, graph: &ClassGraph) -> Self {
        let mut ex = EventExclusions {
            compared,
            node_of: FxHashMap::default(),
            per_doc: FxHashMap::default(),
            per_group_node: FxHashMap::default(),
        };
        for (v, ms) in graph.members.iter().enumerate() {
            for &a in ms {
                ex.node_of.insert(a, v);
                *ex.per_doc.entry((a.0.0, v)).or_default() += 1;
                if let Some((g, u)) = compared.node(a) {
                    *ex.per_group_node.entry((g, u, v)).or_default() += 1;
                }
            }
        }
        ex
    }
}

impl Exclusions for EventExclusions<'_> {
    fn excluded(&self, a: QNode, b: QNode) -> bool {
        a.0.0 == b.0.0 || self.compared.pair(a, b)
    }

    fn excluded_in(&self, a: QNode, v: usize) -> usize {
        let own = usize::from(self.node_of.get(&a) == Some(&v));
        // Same report (`a` itself aside); pairs compared inside a group are always from
        // two reports, so the two counts never overlap.
        let same_doc = self.per_doc.get(&(a.0.0, v)).copied().unwrap_or(0) - own;
        let Some((g, u)) = self.compared.node(a) else {
            return same_doc;
        };
        let count = |w: usize| self.per_group_node.get(&(g, w, v)).copied().unwrap_or(0);
        let mut compared: usize = self.compared.neighbours(g, u).map(count).sum();
        if self.compared.linked[g][u] {
            compared += count(u) - own;
        }
        same_doc + compared
    }
}

/// Figures of one slot ("deaths", "injured", the main shock's magnitude) given by outlets
/// in sentences that were not aligned with each other, stated for the same days, that
/// cannot both be true. Pairs already compared inside a group are left to `numbers`.
/// Figures of a slot with the same value stated for the same days form one node of a
/// [`ClassGraph`], so a hundred outlets giving one toll cost one comparison.
fn event_numbers(ctx: &Ctx, feats: &Feats, compared: &Compared, out: &mut Vec<Finding>) {
    // Per slot: the nodes by (key, anchor), and each node's first figure.
    #[derive(Default)]
    struct Slot {
        graph: ClassGraph,
        nodes: FxHashMap<(u32, Option<(u64, u64)>), usize>,
        first: Vec<(QNode, Option<(f64, f64)>)>,
    }
    let mut slots: BTreeMap<&str, Slot> = BTreeMap::new();
    for (d, e) in ctx.docs.iter().enumerate() {
        let mut per_slot: BTreeMap<&str, usize> = BTreeMap::new();
        for (ci, c) in e.claims.iter().enumerate() {
            if many_quantities(c) {
                continue;
            }
            for (qi, q) in c.quantities.iter().enumerate() {
                let Some(f) = feats.get(((d, ci), qi)) else {
                    continue;
                };
                let Some(slot) = f.slot else {
                    continue;
                };
                let n = per_slot.entry(slot).or_default();
                *n += 1;
                if *n > MAX_SLOT_FACTS {
                    continue;
                }
                let anchor = figure_anchor(ctx, (d, ci), q);
                let s = slots.entry(slot).or_default();
                // A figure that does not agree with itself (no interval) is its own
                // node: the members of a node are compared with each other.
                let alike = q.comparable(q) && agree(q, q);
                let key = (
                    if alike { f.key } else { u32::MAX },
                    anchor.map(|(a, b)| (a.to_bits(), b.to_bits())),
                );
                let next = s.graph.members.len();
                let v = if alike {
                    *s.nodes.entry(key).or_insert(next)
                } else {
                    next
                };
                if v == next {
                    s.graph.members.push(Vec::new());
                    s.graph.linked.push(alike);
                    s.first.push((((d, ci), qi), anchor));
                }
                s.graph.members[v].push(((d, ci), qi));
            }
        }
    }
    let q = |n: QNode| &ctx.claim(n.0).quantities[n.1];
    for (slot, mut s) in slots {
        for (u, &(a, aa)) in s.first.iter().enumerate() {
            for (v, &(b, ba)) in s.first.iter().enumerate().skip(u + 1) {
                if !q(a).comparable(q(b)) {
                    continue;
                }
                let same_days = match (aa, ba) {
                    (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
                    _ => true,
                };
                if same_days {
                    s.graph.edge(u, v, !agree(q(a), q(b)));
                }
            }
        }
        let ex = EventExclusions::new(compared, &s.graph);
        report_conflicts(ctx, None, &s.graph, &ex, Some(slot), out);
    }
}

// ---------------------------------------------------------------------------------------
// Event dates across groups
// ---------------------------------------------------------------------------------------

/// The words of a claim as (byte offset in the document, word).
fn claim_tokens<'v>(view: &'v str, c: &Claim) -> Vec<(usize, &'v str)> {
    let mut tokens = Vec::new();
    let slice = &view[c.range()];
    let mut start = None;
    for (i, ch) in slice
        .char_indices()
        .chain(std::iter::once((slice.len(), ' ')))
    {
        let word_char = ch.is_alphanumeric() || ch == '\'' || ch == '’';
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.push((c.range().start + s, &slice[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    tokens
}

// Words that open a clause: the event a date belongs to is named inside its own clause.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "that", "who", "which", "whom", "whose", "after", "before", "when", "while",
    "because", "since", "until", "as", "although", "though", "where",
];

/// The content terms of the clause a day-precise date sits in: the words before it back to
/// the clause's start, or, when the date opens its clause ("On Thursday, …"), the words
/// after it. Names (capitalised words inside the clause), speech verbs, stop words and the
/// claim's other quantities are left out, so what remains names the event: "spoke by
/// phone", "arrived in", "a phone call between".
///
/// A figure's clause is read on both sides (`both`): what it is of mostly follows it ("a
/// 15 per cent cut of every payment").
/// `tokens` are the claim's ([`claim_tokens`]), read once for all its quantities.
fn event_context(
    ctx: &Ctx,
    r: ClaimRef,
    q: &Quantity,
    tokens: &[(usize, &str)],
    both: bool,
) -> BTreeSet<String> {
    let c = ctx.claim(r);
    let view = ctx.docs[r.0].doc.view();
    let in_quantity = |pos: usize| c.quantities.iter().any(|x| x.start <= pos && pos < x.end);
    // Punctuation between two words that ends a clause; a colon inside "3:14" does not.
    let boundary_between = |a: usize, b: usize| {
        view.get(a..b).is_some_and(|gap| {
            gap.chars()
                .any(|ch| matches!(ch, ',' | ';' | '—' | '–' | '(' | ')' | '“' | '”' | '"'))
                || gap.starts_with(':') && gap.len() > 1
        })
    };
    let terms_of = |toks: &[(usize, &str)]| -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for &(pos, w) in toks {
            let lower = crate::resolve::fold(w);
            if in_quantity(pos)
                || w.chars()
                    .next()
                    .is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit())
                || crate::lexicon::cue_forms(&lower).is_some()
            {
                continue;
            }
            // Paraphrases as alignment reads them: "a deal announced … on Friday night"
            // and "the agreement announced … on Saturday" name one event.
            out.extend(content_stems(&lower).map(|t| paraphrase(t).into_owned()));
        }
        out
    };
    let before: Vec<(usize, &str)> = {
        let mut v = Vec::new();
        let mut next = q.start;
        for &(pos, w) in tokens.iter().rev().filter(|(p, _)| *p < q.start) {
            if boundary_between(pos + w.len(), next)
                || CLAUSE_OPENERS.contains(&crate::resolve::fold(w).as_str())
            {
                break;
            }
            // An earlier date belongs to an earlier event ("arrived on Thursday ahead of a
            // meeting on Friday").
            if c.quantities
                .iter()
                .any(|x| x.start <= pos && pos < x.end && base_kind(x) == QuantityKind::Date)
            {
                break;
            }
            v.push((pos, w));
            next = pos;
        }
        v
    };
    let mut terms = terms_of(&before);
    if terms.len() >= 2 && !both {
        return terms;
    }
    let after: Vec<(usize, &str)> = {
        let mut v = Vec::new();
        let mut prev = q.end;
        for &(pos, w) in tokens.iter().filter(|(p, _)| *p >= q.end) {
            // The punctuation right after an opening date ("On Thursday, …") is skipped.
            if (!v.is_empty() && boundary_between(prev, pos))
                || CLAUSE_OPENERS.contains(&crate::resolve::fold(w).as_str())
            {
                break;
            }
            // A later date owns the words nearer to it: "voted on Sunday to accept a
            // wage agreement announced by the ministry late on Saturday" — the
            // announcement is Saturday's.
            if c.quantities
                .iter()
                .any(|x| x.start <= pos && pos < x.end && base_kind(x) == QuantityKind::Date)
            {
                v.truncate(v.len() / 2);
                break;
            }
            v.push((pos, w));
            prev = pos + w.len();
        }
        v
    };
    if both {
        terms.extend(terms_of(&after));
        return terms;
    }
    terms_of(&after)
}

/// What `event_facts` matches across groups: day-precise dates, or figures.
#[derive(Clone, Copy)]
enum Facts {
    Dates,
    Figures,
}

impl Facts {
    /// How many event words two facts share at least to be one event's: a figure's
    /// clause is read on both sides, and a story holds more figures than days.
    fn min_shared(self) -> u32 {
        match self {
            Facts::Dates => 2,
            Facts::Figures => 3,
        }
    }
}

/// The class of quantity `qi` of claim `r` as an event's figure: its kind, its unit
/// and the head of its counted object ("percent:%", "money:EUR", "cardinal::worker").
/// `None` for a quantity that is no such figure: a date, a length of time, a rank, a
/// range, a figure of a slot (`event_numbers` compares those), a count of one or one of
/// two figures of a unit. (Parts of a count and earlier values are `not_the_figure`'s,
/// asked of the claim's words.)
fn figure_class(ctx: &Ctx, feats: &Feats, r: ClaimRef, qi: usize) -> Option<String> {
    let c = ctx.claim(r);
    let q = &c.quantities[qi];
    let kind = q.kind;
    if !matches!(
        kind,
        QuantityKind::Cardinal
            | QuantityKind::Percent
            | QuantityKind::Money
            | QuantityKind::Quantity
    ) || feats.get((r, qi)).is_none_or(|f| f.slot.is_some())
    {
        return None;
    }
    // "one crew member, who asked not to be named": one is no total of anything; nor is
    // a place's population ("the city of 410,000") a figure of the story.
    if kind == QuantityKind::Cardinal
        && (q.interval().is_none_or(|(lo, _)| lo < 2.0)
            || population_of(ctx.docs[r.0].doc.view(), q).is_some())
    {
        return None;
    }
    // "about 40 km north-east of Varda at a depth of 10 km": which of two figures of one
    // unit another report's figure is, its words do not tell.
    let twin = |x: &Quantity| x.kind == kind && x.unit() == q.unit();
    if c.quantities.iter().filter(|x| twin(x)).count() > 1 {
        return None;
    }
    // A count is of its thing; a share or an amount's object is what it buys or
    // measures ("a 15 per cent cut", "a 12 percent kickback"), worded freely.
    let object = q
        .object
        .as_deref()
        .filter(|_| kind == QuantityKind::Cardinal)
        .and_then(|o| o.split_whitespace().last())
        .map(|w| super::align::stem(&crate::resolve::fold(w)).into_owned())
        .unwrap_or_default();
    Some(format!(
        "{}:{}:{object}",
        kind.as_str(),
        q.unit().unwrap_or("")
    ))
}

/// A resolved day-precise date, or a figure, with its event words (ids in `event_facts`'
/// term table, sorted and distinct).
struct EventFact {
    r: ClaimRef,
    qi: usize,
    terms: Vec<u32>,
}

/// Documents read at once by `event_facts` (for their facts, then for their mutual
/// matches): what is held in between is bounded by the batch, not the corpus.
const FACT_BATCH: usize = 64;

/// Day-precise dates of one event given differently by outlets whose claims were not
/// aligned with each other: a report's own statement "they spoke by phone on Wednesday"
/// and another's "the two spoke by phone for almost 2.5 hours on Thursday" share the
/// event's words but not the rest of the sentence. Two dates stand for one event when the
/// content words of their clauses share at least two terms, each is the other's best match
/// in its document, and they are not in one group already (that is `numbers`' job).
///
/// Figures are matched so too (`Facts::Figures`): "a 15 per cent cut of every payment to
/// the companies building the road" against "a 12 percent kickback on every payment made
/// to the contractors building the A7", in sentences aligned with others. A figure is
/// matched only with figures of its kind, unit and counted thing, through three shared
/// words ([`Facts::min_shared`]), and not with one its slot or group compares already.
fn event_facts(ctx: &Ctx, groups: &[Group], feats: &Feats, sort: Facts, out: &mut Vec<Finding>) {
    let figures = matches!(sort, Facts::Figures);
    // The group of each claim, by document and claim (`usize::MAX`: none).
    let mut group_of: Vec<Vec<usize>> = ctx
        .docs
        .iter()
        .map(|e| vec![usize::MAX; e.claims.len()])
        .collect();
    for (gi, g) in groups.iter().enumerate() {
        for &(d, c) in &g.members {
            if let Some(slot) = group_of.get_mut(d).and_then(|v| v.get_mut(c)) {
                *slot = gi;
            }
        }
    }
    // Documents are read on all threads, a batch at a time, their facts kept in
    // document order. Each fact's event words are kept as ids of one term table: as
    // strings they took 16 MB at 1,000 reports.
    let mut facts: Vec<EventFact> = Vec::new();
    let mut term_ids: FxHashMap<String, u32> = FxHashMap::default();
    for (b, docs) in ctx.docs.chunks(FACT_BATCH).enumerate() {
        let per_doc: Vec<Vec<(ClaimRef, usize, BTreeSet<String>)>> = docs
            .par_iter()
            .enumerate()
            .map(|(k, e)| {
                let d = b * FACT_BATCH + k;
                let mut facts = Vec::new();
                let mut taken = 0;
                for (ci, c) in e.claims.iter().enumerate() {
                    if many_quantities(c) {
                        continue;
                    }
                    // A figure whose group holds most reports is compared inside it with
                    // theirs: only the figures of smaller groups, and of claims aligned
                    // with none, are looked for in other groups. At 1,000 reports of one
                    // event, matching every figure took 0.8 s.
                    if figures
                        && group_of[d]
                            .get(ci)
                            .and_then(|&g| groups.get(g))
                            .is_some_and(|g| g.members.len() > (ctx.docs.len() / 2).max(3))
                    {
                        continue;
                    }
                    // The claim's words, read at its first fact and kept for the rest.
                    let mut tokens: Option<Vec<(usize, &str)>> = None;
                    for (qi, q) in c.quantities.iter().enumerate() {
                        let class = match sort {
                            Facts::Dates => (base_kind(q) == QuantityKind::Date
                                && q.granularity == Some(Granularity::Day))
                            .then(String::new),
                            Facts::Figures => figure_class(ctx, feats, (d, ci), qi),
                        };
                        let Some(class) = class else {
                            continue;
                        };
                        if q.interval().is_none() || taken >= MAX_SLOT_FACTS {
                            continue;
                        }
                        let tokens = tokens.get_or_insert_with(|| claim_tokens(e.doc.view(), c));
                        if figures
                            && figure_tokens(tokens, q)
                                .is_none_or(|(first, last)| not_the_figure(tokens, first, last))
                        {
                            continue;
                        }
                        taken += 1;
                        let mut terms = event_context(ctx, (d, ci), q, tokens, figures);
                        if figures {
                            // Who acts is no word of what a figure is ("the former
                            // minister had taken 86.4m florins", "the ex-minister bought a
                            // villa … for 2.3 million florins"); and a figure's terms are
                            // of its class: figures of two classes share none.
                            terms = terms
                                .into_iter()
                                .filter(|t| {
                                    !crate::lexicon::one_person_post(t)
                                        && !crate::lexicon::ROLE_MODIFIERS.contains(t.as_str())
                                })
                                .map(|t| format!("{class}\u{1}{t}"))
                                .collect();
                        }
                        if terms.len() >= 2 {
                            facts.push(((d, ci), qi, terms));
                        }
                    }
                }
                facts
            })
            .collect();
        for (r, qi, words) in per_doc.into_iter().flatten() {
            let mut terms: Vec<u32> = words
                .into_iter()
                .map(|w| {
                    let next = term_ids.len() as u32;
                    *term_ids.entry(w).or_insert(next)
                })
                .collect();
            terms.sort_unstable();
            facts.push(EventFact { r, qi, terms });
        }
    }
    drop(term_ids);
    // Shared event terms are counted through an index of term → facts, so each fact
    // meets only the facts it shares a term with.
    let mut postings: Vec<Vec<usize>> = Vec::new();
    for (j, f) in facts.iter().enumerate() {
        for &t in &f.terms {
            let t = t as usize;
            if postings.len() <= t {
                postings.resize_with(t + 1, Vec::new);
            }
            postings[t].push(j);
        }
    }
    let fact_group: Vec<Option<usize>> = facts
        .iter()
        .map(|f| {
            let (d, c) = f.r;
            group_of
                .get(d)
                .and_then(|v| v.get(c))
                .copied()
                .filter(|&g| g != usize::MAX)
        })
        .collect();
    // The facts of document d are facts[doc_start[d]..doc_start[d + 1]] (facts are in
    // document order).
    let mut doc_start = vec![0usize; ctx.docs.len() + 1];
    for f in &facts {
        doc_start[f.r.0 + 1] += 1;
    }
    for d in 0..ctx.docs.len() {
        doc_start[d + 1] += doc_start[d];
    }
    // Two facts of different documents are one event when each is the other's best match
    // in its document: most shared event terms (at least two), then the earliest fact;
    // pairs within one group of aligned claims are not joined again. Shared-term counts
    // are symmetric, so counting one document's facts against all others gives both
    // directions: each own fact's best match in every other document, and every other
    // fact's best match here. Documents are read on all threads, a batch at a time, and
    // only their mutual pairs are kept: the best matches of every fact in every other
    // report (40 MB at 1,000 reports) are never held at once.
    let mut dsu = Dsu::new(facts.len());
    for batch in (0..ctx.docs.len()).step_by(FACT_BATCH) {
        let end = (batch + FACT_BATCH).min(ctx.docs.len());
        let pairs: Vec<Vec<(u32, u32)>> = (batch..end)
            .into_par_iter()
            .map_init(
                || (vec![0u32; facts.len()], vec![(0u32, u32::MAX); facts.len()]),
                |(count, back), d| {
                    mutual_pairs(
                        &facts,
                        &postings,
                        &fact_group,
                        doc_start[d]..doc_start[d + 1],
                        sort.min_shared(),
                        count,
                        back,
                    )
                },
            )
            .collect();
        // A set's root is its smallest fact, whatever the order of the unions, so the
        // events below come out in one order.
        for (i, j) in pairs.into_iter().flatten() {
            dsu.union(i as usize, j as usize);
        }
    }
    let mut events: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..facts.len() {
        let root = dsu.find(i);
        events.entry(root).or_default().push(i);
    }
    // Events are independent: each is weighed on its own thread, its findings kept in
    // event order.
    let events: Vec<&Vec<usize>> = events.values().collect();
    let found: Vec<Vec<Finding>> = events
        .par_iter()
        .map(|members| {
            // One date per document; a document that gives two is not counted.
            let docs: BTreeSet<usize> = members.iter().map(|&i| facts[i].r.0).collect();
            if docs.len() < 2 || docs.len() != members.len() {
                return Vec::new();
            }
            let q = |i: usize| &ctx.claim(facts[i].r).quantities[facts[i].qi];
            // Members by value; the odd one out is a value fewer documents give.
            let mut by_value: Vec<Vec<usize>> = Vec::new();
            for &i in members.iter() {
                match by_value.iter_mut().find(|v| agree(q(v[0]), q(i))) {
                    Some(v) => v.push(i),
                    None => by_value.push(vec![i]),
                }
            }
            if by_value.len() < 2 {
                return Vec::new();
            }
            // Which value is the odd one out: the members' votes, plus one vote from each other
            // document with a date of that value in a clause sharing a word with the event
            // ("a phone call between the pair on Thursday"); ties go to path order.
            let event_terms: FxHashSet<u32> = members
                .iter()
                .flat_map(|&i| facts[i].terms.iter().copied())
                .collect();
            let witnesses: Vec<&EventFact> = facts
                .iter()
                .filter(|f| !docs.contains(&f.r.0))
                .filter(|f| f.terms.iter().any(|t| event_terms.contains(t)))
                .collect();
            let votes: Vec<usize> = by_value
                .iter()
                .map(|v| {
                    let weak: BTreeSet<usize> = witnesses
                        .iter()
                        .filter(|f| agree(&ctx.claim(f.r).quantities[f.qi], q(v[0])))
                        .map(|f| f.r.0)
                        .collect();
                    v.len() + weak.len()
                })
                .collect();
            let mut order: Vec<usize> = (0..by_value.len()).collect();
            order.sort_by(|&a, &b| {
                votes[b].cmp(&votes[a]).then_with(|| {
                    ctx.path(facts[by_value[a][0]].r)
                        .cmp(ctx.path(facts[by_value[b][0]].r))
                })
            });
            let by_value: Vec<&Vec<usize>> = order.iter().map(|&k| &by_value[k]).collect();
            // Every odd member is set against the same places, built and cited once.
            let mut related: Vec<Location> = by_value[0]
                .iter()
                .map(|&i| ctx.quantity_loc(facts[i].r, q(i)))
                .collect();
            related.sort_by(|a, b| a.path().cmp(b.path()));
            let others = cite(&related);
            let related = Places::from(related);
            let mut found = Vec::new();
            for odd in &by_value[1..] {
                for &p in odd.iter() {
                    let qp = q(p);
                    let message = format!(
                        "“{}” ({}) cannot be true with {} for the same event",
                        qp.text,
                        ctx.outlet(facts[p].r.0),
                        others
                    );
                    found.extend(ctx.finding(
                        match sort {
                            Facts::Dates => Rule::DateMismatch,
                            Facts::Figures => Rule::NumberMismatch,
                        },
                        message,
                        fact_group[p],
                        ctx.quantity_loc(facts[p].r, qp),
                        Arc::clone(&related),
                        Vec::new(),
                    ));
                }
            }
            found
        })
        .collect();
    out.extend(found.into_iter().flatten());
}

/// The mutual best matches (i, j), i < j, of the facts `own` of one document (see
/// `event_facts`) that share `min_shared` terms or more. `count` (zeros) and `back`
/// (`(0, u32::MAX)`) are scratch space of one entry per fact, left as they were found.
fn mutual_pairs(
    facts: &[EventFact],
    postings: &[Vec<usize>],
    fact_group: &[Option<usize>],
    own: Range<usize>,
    min_shared: u32,
    count: &mut [u32],
    back: &mut [(u32, u32)],
) -> Vec<(u32, u32)> {
    let Some(d) = own.clone().next().map(|i| facts[i].r.0) else {
        return Vec::new();
    };
    // Each own fact's counts against the facts of other documents (two shared terms or
    // more), and every other fact's best own fact: most shared terms, then the earliest
    // (own facts are visited in order, so a tie keeps the first).
    let mut lists: Vec<Vec<(usize, u32)>> = Vec::with_capacity(own.len());
    let mut back_touched = Vec::new();
    for i in own.clone() {
        let mut touched = Vec::new();
        for &t in &facts[i].terms {
            for &j in &postings[t as usize] {
                if facts[j].r.0 != d {
                    if count[j] == 0 {
                        touched.push(j);
                    }
                    count[j] += 1;
                }
            }
        }
        let mut list = Vec::with_capacity(touched.len());
        for j in touched {
            let n = std::mem::take(&mut count[j]);
            if n >= min_shared {
                list.push((j, n));
                let b = &mut back[j];
                if b.1 == u32::MAX {
                    back_touched.push(j);
                    *b = (n, i as u32);
                } else if n > b.0 {
                    *b = (n, i as u32);
                }
            }
        }
        lists.push(list);
    }
    let mut pairs = Vec::new();
    for (i, list) in own.zip(lists) {
        // i's best match in each other document: the first of its run when sorted by
        // (document, most shared terms, earliest fact).
        let mut cands: Vec<(usize, std::cmp::Reverse<u32>, usize)> = list
            .into_iter()
            .map(|(j, n)| (facts[j].r.0, std::cmp::Reverse(n), j))
            .collect();
        cands.sort_unstable();
        let mut last = usize::MAX;
        for (dj, _, j) in cands {
            if dj == last {
                continue;
            }
            last = dj;
            // Mutual, counted once (from the side of the smaller index), and not two
            // claims of one group.
            if i < j
                && back[j].1 as usize == i
                && !(fact_group[i].is_some() && fact_group[i] == fact_group[j])
            {
                pairs.push((i as u32, j as u32));
            }
        }
    }
    for j in back_touched {
        back[j] = (0, u32::MAX);
    }
    pairs
}

fn conversions_within(ctx: &Ctx, gi: usize, g: &Group, out: &mut Vec<Finding>) {
    for &r in &g.members {
        for q in &ctx.claim(r).quantities {
            for a in q.also() {
                if a.consistent == Some(false) {
                    let message = format!("“{}” is not a conversion of “{}”", a.text, q.text);
                    out.extend(ctx.finding(
                        Rule::ConversionMismatch,
                        message,
                        Some(gi),
                        ctx.loc(r, a.start, a.end, &a.text),
                        vec![ctx.quantity_loc(r, q)],
                        Vec::new(),
                    ));
                }
            }
        }
    }
}

fn also_value(a: &crate::quantities::Rendering) -> Option<f64> {
    match a.value {
        Some(crate::quantities::Value::Number(v)) => Some(v),
        _ => None,
    }
}

fn conversions_across(ctx: &Ctx, gi: usize, g: &Group, out: &mut Vec<Finding>) {
    // Every conversion of the same value: (member, quantity, rendering).
    let mut conv: Vec<(ClaimRef, usize, usize)> = Vec::new();
    for &r in &g.members {
        for (qi, q) in ctx.claim(r).quantities.iter().enumerate() {
            for ai in 0..q.also().len() {
                conv.push((r, qi, ai));
            }
        }
    }
    if conv.len() < 2 {
        return;
    }
    let get = |(r, qi, ai): (ClaimRef, usize, usize)| {
        let q = &ctx.claim(r).quantities[qi];
        (q, &q.also()[ai])
    };
    // Group by converted value (1 % apart or less is the same figure).
    let mut groups: Vec<Vec<(ClaimRef, usize, usize)>> = Vec::new();
    for &c in &conv {
        let (q, a) = get(c);
        let Some(v) = also_value(a) else { continue };
        let found = groups.iter_mut().find(|grp| {
            let (q0, a0) = get(grp[0]);
            overlaps(q, q0)
                && a.unit == a0.unit
                && also_value(a0).is_some_and(|w| (v - w).abs() <= 0.01 * v.abs().max(w.abs()))
        });
        match found {
            Some(grp) => grp.push(c),
            None => groups.push(vec![c]),
        }
    }
    // Only groups converting overlapping primary values conflict.
    let conflicting: Vec<&Vec<(ClaimRef, usize, usize)>> = groups
        .iter()
        .filter(|grp| {
            groups.iter().any(|o| {
                !std::ptr::eq(*grp, o) && {
                    let (q, a) = get(grp[0]);
                    let (q2, a2) = get(o[0]);
                    overlaps(q, q2) && a.unit == a2.unit && grp[0].0.0 != o[0].0.0
                }
            })
        })
        .collect();
    if conflicting.len() < 2 {
        return;
    }
    // Primary: the smallest group (the outlier), ties by path.
    let primary_group = conflicting
        .iter()
        .min_by(|a, b| {
            a.len()
                .cmp(&b.len())
                .then(ctx.path(a[0].0).cmp(ctx.path(b[0].0)))
        })
        .copied()
        .unwrap_or(conflicting[0]);
    let p = primary_group[0];
    let (pq, pa) = get(p);
    let mut related: Vec<Location> = Vec::new();
    let mut supporting: Vec<Location> = Vec::new();
    for grp in &conflicting {
        for &c in grp.iter() {
            if c != p {
                let (_, a) = get(c);
                let l = ctx.loc(c.0, a.start, a.end, &a.text);
                if std::ptr::eq(*grp, primary_group) {
                    supporting.push(l);
                } else {
                    related.push(l);
                }
            }
        }
    }
    related.sort_by(|a, b| a.path().cmp(b.path()).then(a.text().cmp(b.text())));
    let others = cite(&related);
    let message = format!(
        "“{}” converted as “{}” ({}) but as {} elsewhere",
        pq.text,
        pa.text,
        ctx.outlet(p.0.0),
        others
    );
    if let Some(mut f) = ctx.finding(
        Rule::ConversionMismatch,
        message,
        Some(gi),
        ctx.loc(p.0, pa.start, pa.end, &pa.text),
        related,
        Vec::new(),
    ) {
        f.supporting = supporting.into();
        out.push(f);
    }
}

// ---------------------------------------------------------------------------------------
// Attribution, polarity, stance
// ---------------------------------------------------------------------------------------

/// The words of a speaker given first-hand by one outlet while most outlets carry them
/// through a named person ("Putin told Trump …, Ushakov said"): the dropped intermediary
/// makes a relayed account read as the speaker's own. Only people count as
/// intermediaries (not "state media" or an agency), and only when the outlets that name
/// one outnumber those that do not, so a statement the speaker also made in public does
/// not trip it.
/// Per document, the first claim of each speaker that names an intermediary: whether a
/// document "has already said whose account it follows" is then one look-up, where
/// scanning the claims before each member made a document with thousands of claims
/// quadratic.
fn first_relays(ctx: &Ctx) -> Vec<BTreeMap<SpeakerId, usize>> {
    ctx.docs
        .par_iter()
        .enumerate()
        .map(|(d, e)| {
            let mut first: BTreeMap<SpeakerId, usize> = BTreeMap::new();
            for (i, c) in e.claims.iter().enumerate() {
                if !c.via().is_empty()
                    && let Some(s) = ctx.speaker((d, i))
                {
                    first.entry(s).or_insert(i);
                }
            }
            first
        })
        .collect()
}

fn dropped_intermediary(
    ctx: &Ctx,
    gi: usize,
    named: &[(ClaimRef, SpeakerId)],
    relays: &[BTreeMap<SpeakerId, usize>],
    out: &mut Vec<Finding>,
) {
    let person_via = |r: ClaimRef| -> Option<SpeakerId> {
        ctx.claim(r)
            .via()
            .iter()
            .filter(|v| v.kind == SpeakerKind::Person)
            .find_map(|v| ctx.speakers.id(r.0, v))
    };
    let mut by_speaker: BTreeMap<SpeakerId, Vec<ClaimRef>> = BTreeMap::new();
    for (r, s) in named {
        by_speaker.entry(*s).or_default().push(*r);
    }
    for (speaker, members) in by_speaker {
        // A document that has already said whose account it follows ("According to
        // Ushakov, Putin …" earlier on) carries the intermediary into later sentences.
        let earlier_relay =
            |r: ClaimRef| relays[r.0].get(&speaker).is_some_and(|&first| first < r.1);
        let relayed: Vec<ClaimRef> = members
            .iter()
            .copied()
            .filter(|r| person_via(*r).is_some())
            .collect();
        // Direct: no intermediary of any kind, here or earlier in the document.
        let direct: Vec<ClaimRef> = members
            .iter()
            .copied()
            .filter(|r| ctx.claim(*r).via().is_empty() && !earlier_relay(*r))
            .collect();
        let relayed_docs: BTreeSet<usize> = relayed.iter().map(|r| r.0).collect();
        let direct_docs: BTreeSet<usize> = direct.iter().map(|r| r.0).collect();
        if direct.is_empty()
            || relayed_docs.len() < 2
            || relayed_docs.len() <= direct_docs.len()
            || !direct_docs.is_disjoint(&relayed_docs)
        {
            continue;
        }
        let Some(&primary) = direct.iter().min_by_key(|r| (ctx.path(**r), r.1)) else {
            continue;
        };
        let vias: BTreeSet<String> = relayed
            .iter()
            .filter_map(|r| person_via(*r))
            .map(|v| ctx.speakers.list[v].name.clone())
            .collect();
        let mut related: Vec<Location> = relayed
            .iter()
            .chain(direct.iter().filter(|r| **r != primary))
            .map(|r| ctx.claim_loc(*r))
            .collect();
        related.sort_by(|a, b| {
            a.path()
                .cmp(b.path())
                .then(a.span().start.cmp(&b.span().start))
        });
        let message = format!(
            "{} gives {}’s words first-hand; elsewhere they come through {}",
            ctx.outlet(primary.0),
            ctx.speakers.list[speaker].name,
            vias.into_iter().collect::<Vec<_>>().join(" and ")
        );
        out.extend(ctx.finding(
            Rule::AttributionMismatch,
            message,
            Some(gi),
            ctx.claim_loc(primary),
            related,
            Vec::new(),
        ));
    }
}

/// What `same_words` reads of a claim, worked out once per claim.
struct Wording {
    shingles: Vec<u64>,
    /// Content terms, sorted and distinct.
    terms: Vec<String>,
}

impl Wording {
    fn of(c: &Claim) -> Self {
        // Stems borrowed from the folded text; only the distinct ones are copied.
        let folded = crate::resolve::fold(&c.text);
        let mut terms: Vec<Cow<str>> = content_stems(&folded).collect();
        terms.sort_unstable();
        terms.dedup();
        Wording {
            shingles: shingles(c.quoted()),
            terms: terms.into_iter().map(Cow::into_owned).collect(),
        }
    }
}

/// Whether two claims report the same words: shared quoted 3-grams, or most content words.
fn same_words(a: &Wording, b: &Wording) -> bool {
    if !a.shingles.is_empty() && !b.shingles.is_empty() {
        return containment(&a.shingles, &b.shingles) >= 0.5;
    }
    // Without quotations only near-identical reports count: two people saying similar
    // things is not a misattribution.
    let inter = super::align::shared(&a.terms, &b.terms) as f32;
    let small = a.terms.len().min(b.terms.len()).max(1) as f32;
    inter / small >= 0.8
}

/// Whether the speaker of `a` is named inside `b`'s text ("Ushakov said Lavrov would
/// lead …" is about Lavrov, not by him).
fn mentions_speaker(a: &Claim, b: &Claim) -> bool {
    let Some(s) = &a.speaker else { return false };
    let surname = s.name.split_whitespace().last().unwrap_or("");
    // Two people who share a surname: the name in `b` is `b`'s own speaker.
    let own = b
        .speaker
        .as_ref()
        .and_then(|t| t.name.split_whitespace().last())
        .is_some_and(|t| t == surname);
    !own && surname.chars().count() > 2 && b.text.contains(surname)
}

/// Members grouped by a key; the primary is from the smallest group (ties: path order).
fn odd_one_out<K: Ord + Clone>(
    ctx: &Ctx,
    keyed: &[(ClaimRef, K)],
) -> Option<(ClaimRef, Vec<ClaimRef>)> {
    let mut by: BTreeMap<K, Vec<ClaimRef>> = BTreeMap::new();
    for (r, k) in keyed {
        by.entry(k.clone()).or_default().push(*r);
    }
    if by.len() < 2 {
        return None;
    }
    let minority = by
        .values()
        .min_by(|a, b| {
            a.len().cmp(&b.len()).then_with(|| {
                let pa = a.iter().map(|r| ctx.path(*r)).min();
                let pb = b.iter().map(|r| ctx.path(*r)).min();
                pa.cmp(&pb)
            })
        })?
        .clone();
    let primary = *minority.iter().min_by_key(|r| ctx.path(**r))?;
    let others: Vec<ClaimRef> = keyed
        .iter()
        .map(|(r, _)| *r)
        .filter(|r| *r != primary)
        .collect();
    Some((primary, others))
}

/// What the attribution test reads of a claim: speaker id and name, text, quote, parts.
type WordingKey<'a> = (
    SpeakerId,
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
    crate::extract::QuotedParts<'a>,
);

fn attribution(
    ctx: &Ctx,
    gi: usize,
    g: &Group,
    relays: &[BTreeMap<SpeakerId, usize>],
    out: &mut Vec<Finding>,
) {
    // "…, GPW reports" in a digest where the wire it cites quotes a spokeswoman: a
    // report crediting a compared outlet (or a news medium) relays the words, and gives
    // them to no other speaker.
    let named: Vec<(ClaimRef, SpeakerId)> = g
        .members
        .iter()
        .filter_map(|&r| ctx.speaker(r).map(|s| (r, s)))
        .filter(|(_, s)| !ctx.outlet_speakers.contains(s))
        .collect();
    if named.len() < 2 {
        return;
    }
    // Only members that report the same words as another member with another speaker.
    // The test depends only on each claim's speaker and words, so it runs once per pair
    // of distinct variants: a statement carried by a thousand outlets in a handful of
    // wordings costs a handful² tests, not a thousand².
    let mut variant_of: BTreeMap<WordingKey, usize> = BTreeMap::new();
    let mut variants: Vec<(ClaimRef, SpeakerId)> = Vec::new();
    let member_variant: Vec<usize> = named
        .iter()
        .map(|&(r, s)| {
            let c = ctx.claim(r);
            let key = (
                s,
                c.speaker.as_ref().map(|sp| sp.name.as_str()),
                &*c.text,
                c.quote(),
                c.quoted_parts(),
            );
            *variant_of.entry(key).or_insert_with(|| {
                variants.push((r, s));
                variants.len() - 1
            })
        })
        .collect();
    let wordings: Vec<Wording> = variants
        .iter()
        .map(|(r, _)| Wording::of(ctx.claim(*r)))
        .collect();
    let variant_involved: Vec<bool> = variants
        .iter()
        .zip(&wordings)
        .map(|((r, s), wa)| {
            variants.iter().zip(&wordings).any(|((o, t), wb)| {
                let (a, b) = (ctx.claim(*r), ctx.claim(*o));
                t != s && same_words(wa, wb) && !mentions_speaker(a, b) && !mentions_speaker(b, a)
            })
        })
        .collect();
    let involved: Vec<(ClaimRef, SpeakerId)> = named
        .iter()
        .zip(&member_variant)
        .filter(|(_, v)| variant_involved[**v])
        .map(|(m, _)| *m)
        .collect();
    let Some((primary, others)) = odd_one_out(ctx, &involved) else {
        dropped_intermediary(ctx, gi, &named, relays, out);
        return;
    };
    let sp = |r: ClaimRef| {
        ctx.speaker(r)
            .map(|s| ctx.speakers.list[s].name.clone())
            .unwrap_or_default()
    };
    let p_speaker = sp(primary);
    let other_names: BTreeSet<String> = others
        .iter()
        .map(|r| sp(*r))
        .filter(|n| *n != p_speaker)
        .collect();
    let message = format!(
        "{} credits these words to {}; elsewhere they are {}’s",
        ctx.outlet(primary.0),
        p_speaker,
        other_names.into_iter().collect::<Vec<_>>().join(" and ")
    );
    let speaker_loc = |r: ClaimRef| {
        let c = ctx.claim(r);
        let s = c.speaker.as_ref();
        let text = s.map(|s| s.surface.clone()).unwrap_or_default();
        let view = ctx.docs[r.0].doc.view();
        let slice = &view[c.range()];
        match slice.find(text.as_str()) {
            Some(i) if !text.is_empty() => ctx.loc(
                r,
                c.range().start + i,
                c.range().start + i + text.len(),
                &text,
            ),
            _ => ctx.claim_loc(r),
        }
    };
    let mut related: Vec<Location> = others.iter().map(|r| speaker_loc(*r)).collect();
    related.sort_by(|a, b| a.path().cmp(b.path()));
    out.extend(ctx.finding(
        Rule::AttributionMismatch,
        message,
        Some(gi),
        speaker_loc(primary),
        related,
        Vec::new(),
    ));
}

// Negators for comparing the polarity of a shared word: the annotation list plus
// "without", "failed", "lack", "unable", "refused" ("without reaching an agreement" is as
// negative as "no agreement").
const NEGATORS: &[&str] = &[
    "no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    "failed", "fail", "fails", "lack", "lacked", "unable", "refused",
];

// Words a negator reaches over to the word it negates: "failed to reach a deal",
// "without reaching an agreement", "no specific dates".
const NEGATION_BRIDGE: &[&str] = &[
    "to", "a", "an", "the", "any", "reach", "reaching", "reached", "make", "making", "get",
    "getting", "be", "been", "being", "have", "had", "yet", "longer", "single",
];

// Verbs whose negation is understood in their complement ("I don't think it will work").
const NEG_RAISING: &[&str] = &[
    "expect",
    "expected",
    "expects",
    "think",
    "thought",
    "thinks",
    "believe",
    "believed",
    "believes",
    "anticipate",
    "anticipated",
    "anticipates",
    "foresee",
    "foresaw",
    "want",
    "wanted",
    "wants",
    "seem",
    "seemed",
    "seems",
    "appear",
    "appeared",
    "appears",
    "likely",
];

/// Each content word of a text (stemmed) with how often it occurs and whether a negator
/// governs it: the first content word after a negator, and the next one if it follows
/// directly ("no specific dates").
/// Content word → (occurrences, negated).
type Polarities = BTreeMap<String, (usize, bool)>;

/// One more occurrence of the stem `s` in `out`, negated or not; the stem is copied into
/// a key only the first time.
fn tally(out: &mut Polarities, s: Cow<str>, negated: bool) {
    match out.get_mut(s.as_ref()) {
        Some(e) => {
            e.0 += 1;
            e.1 |= negated;
        }
        None => {
            out.insert(s.into_owned(), (1, negated));
        }
    }
}

/// The clauses of `text`, each folded ([`crate::resolve::fold`]). A negator governs words
/// of its own clause only: "we are in no hurry,” Kremlin spokesman … does not negate
/// "Kremlin".
fn folded_clauses(text: &str) -> Vec<String> {
    text.split(|c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '.' | '!' | '?' | '—' | '–' | '(' | ')' | '"' | '“' | '”' | '«' | '»'
        )
    })
    .map(crate::resolve::fold)
    .collect()
}

/// The stem polarity compares words by: [`super::align::stem`] of the word's base form,
/// an irregular past tense read as its verb ("fell" → "fall", "won" → "win") and a final
/// "e" dropped, so that "did not increase" meets "increased" and "did not fall" meets
/// "fell".
fn polar_stem(w: &str) -> Cow<'_, str> {
    // `stem` makes a new string only for "-ies" (ending in "y"): the "e" to drop is in a
    // borrowed one.
    match super::align::stem(crate::lexicon::irregular_base(w).unwrap_or(w)) {
        Cow::Borrowed(b) if b.len() > 3 && b.ends_with('e') && !b.ends_with("ee") => {
            Cow::Borrowed(&b[..b.len() - 1])
        }
        other => other,
    }
}

fn negated_terms(text: &str) -> Polarities {
    use super::align::{folded_words, is_content_word};
    let stem = polar_stem;
    let clauses = folded_clauses(text);
    // The words of each clause, borrowed. Clause breaks are never inside a word, and
    // folding works a character at a time, so these are the words of the whole text
    // and the content terms below are `content_terms(text)`.
    let words: Vec<Vec<&str>> = clauses.iter().map(|c| folded_words(c).collect()).collect();
    let content: FxHashSet<Cow<str>> = words
        .iter()
        .flatten()
        .filter(|w| is_content_word(w))
        .map(|w| stem(w))
        .collect();
    let is_content = |w: &str| content.contains(stem(w).as_ref());
    let mut out: Polarities = BTreeMap::new();
    for ws in &words {
        let negated = negated_in_clause(ws, &is_content);
        for (w, neg) in ws.iter().zip(negated) {
            let s = stem(w);
            if !content.contains(s.as_ref()) {
                continue;
            }
            tally(&mut out, s, neg);
        }
    }
    out
}

/// [`negated_terms`] of a text without a negator ([`has_negator`] is false), kept to the
/// words of `wanted`: none is negated, and each is counted as `negated_terms` counts it —
/// every word with that stem, when one of them is a content word.
/// `folded` is the text folded ([`crate::resolve::fold`]).
fn plain_terms(folded: &str, wanted: &BTreeSet<String>) -> Polarities {
    let mut out: Polarities = BTreeMap::new();
    let mut content: BTreeSet<String> = BTreeSet::new();
    for w in super::align::folded_words(folded) {
        let s = polar_stem(w);
        if !wanted.contains(s.as_ref()) {
            continue;
        }
        if super::align::is_content_word(w) && !content.contains(s.as_ref()) {
            content.insert(s.to_string());
        }
        tally(&mut out, s, false);
    }
    out.retain(|s, _| content.contains(s));
    out
}

/// Which words of one clause a negator governs.
fn negated_in_clause(ws: &[&str], is_content: &dyn Fn(&str) -> bool) -> Vec<bool> {
    let mut negated = vec![false; ws.len()];
    for (i, w) in ws.iter().enumerate() {
        if !is_negator(w) {
            continue;
        }
        let mut k = i + 1;
        while k < ws.len() && NEGATION_BRIDGE.contains(&ws[k]) {
            k += 1;
        }
        if k < ws.len() && is_content(ws[k]) {
            negated[k] = true;
            if k + 1 < ws.len() && is_content(ws[k + 1]) {
                negated[k + 1] = true;
            }
            // "did not expect the figure to rise" denies the rise: the negation of a
            // verb of expectation or belief carries into its complement.
            if NEG_RAISING.contains(&ws[k]) {
                for n in negated.iter_mut().take((k + 6).min(ws.len())).skip(k + 1) {
                    *n = true;
                }
            }
        }
    }
    negated
}

/// Whether `text` may hold a negator: `false` means surely not. A negator word (or a
/// word ending in "n't") is a substring of the folded text the words are cut from, so
/// most claims are ruled out without splitting them into clauses and words. `folded` is
/// the text folded ([`crate::resolve::fold`]).
fn may_negate(folded: &str) -> bool {
    folded.contains("n't") || folded.contains("n’t") || NEGATORS.iter().any(|n| folded.contains(n))
}

/// Whether a folded word negates what follows it: a negator, or a contraction in "n't".
fn is_negator(w: &str) -> bool {
    NEGATORS.contains(&w) || w.ends_with("n't")
}

/// Whether `folded` holds a negator word ([`is_negator`]): without one,
/// [`negated_terms`] negates nothing. [`may_negate`] rules most texts out first, but
/// "no" is a substring of "now", "know" and "economy", so most texts it lets through
/// hold no negator at all. `folded` is the text folded ([`crate::resolve::fold`]).
fn has_negator(folded: &str) -> bool {
    may_negate(folded) && super::align::folded_words(folded).any(is_negator)
}

fn polarity(ctx: &Ctx, gi: usize, g: &Group, out: &mut Vec<Finding>) {
    // A finding needs a member that negates a word used once: only such words are
    // looked up in the members without a negator.
    let folded: Vec<String> = g
        .members
        .iter()
        .map(|&r| crate::resolve::fold(&ctx.claim(r).text))
        .collect();
    let negating: Vec<Option<Polarities>> = g
        .members
        .iter()
        .zip(&folded)
        .map(|(&r, f)| has_negator(f).then(|| negated_terms(&ctx.claim(r).text)))
        .collect();
    let wanted: BTreeSet<String> = negating
        .iter()
        .flatten()
        .flat_map(|t| t.iter())
        .filter(|(_, (n, neg))| *n == 1 && *neg)
        .map(|(w, _)| w.clone())
        .collect();
    if wanted.is_empty() {
        return;
    }
    let terms: Vec<(ClaimRef, Polarities)> = g
        .members
        .iter()
        .zip(negating)
        .zip(&folded)
        .map(|((&r, t), f)| (r, t.unwrap_or_else(|| plain_terms(f, &wanted))))
        .collect();
    // Words used exactly once by at least two members, negated by some and not others.
    let mut by_word: BTreeMap<&str, Vec<(ClaimRef, bool)>> = BTreeMap::new();
    for (r, t) in &terms {
        for (w, (n, neg)) in t {
            if *n == 1 {
                by_word.entry(w.as_str()).or_default().push((*r, *neg));
            }
        }
    }
    // Each member's negated words: two members that negate one word alike differ in how
    // far their negation reaches, not in what they say ("urged residents not to return
    // home" and "not to return to their homes"), and are not set against each other.
    // Read at the first word in conflict: most groups with a negated word have none.
    let negated: std::cell::OnceCell<FxHashMap<ClaimRef, BTreeSet<&str>>> =
        std::cell::OnceCell::new();
    let negated = || {
        negated.get_or_init(|| {
            terms
                .iter()
                .map(|(r, t)| {
                    let words = t
                        .iter()
                        .filter(|(_, (_, neg))| *neg)
                        .map(|(w, _)| w.as_str())
                        .collect();
                    (*r, words)
                })
                .collect()
        })
    };
    let mut reported: BTreeSet<ClaimRef> = BTreeSet::new();
    for (w, uses) in by_word {
        if uses.len() < 2 || uses.iter().all(|u| u.1) || uses.iter().all(|u| !u.1) {
            continue;
        }
        let Some((primary, _)) = odd_one_out(ctx, &uses) else {
            continue;
        };
        if !reported.insert(primary) {
            continue;
        }
        let p_neg = uses.iter().find(|u| u.0 == primary).is_some_and(|u| u.1);
        let negated = negated();
        let primary_negates = negated.get(&primary);
        let against: Vec<ClaimRef> = uses
            .iter()
            .filter(|u| u.1 != p_neg)
            .map(|u| u.0)
            .filter(|r| *r != primary)
            .filter(|r| match (negated.get(r), primary_negates) {
                (Some(a), Some(b)) => a.is_disjoint(b),
                _ => true,
            })
            .collect();
        if against.is_empty() {
            continue;
        }
        let message = format!(
            "{} {} what {} {} (“{}”)",
            ctx.outlet(primary.0),
            if p_neg { "negates" } else { "asserts" },
            against
                .iter()
                .map(|r| ctx.outlet(r.0))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
                .join(", "),
            if p_neg { "asserts" } else { "negates" },
            surface_word(&ctx.claim(primary).text, w)
        );
        let mut related: Vec<Location> = against.iter().map(|r| ctx.claim_loc(*r)).collect();
        related.sort_by(|a, b| a.path().cmp(b.path()));
        out.extend(ctx.finding(
            Rule::PolarityMismatch,
            message,
            Some(gi),
            ctx.claim_loc(primary),
            related,
            Vec::new(),
        ));
    }
}

/// The word of `text` as written (outer punctuation trimmed) holding a word whose stem
/// is `stem`: "co-operate" for the stem "co", "rising" for "ris". The stem itself when
/// none does.
fn surface_word<'t>(text: &'t str, stem: &'t str) -> &'t str {
    use super::align::folded_words;
    let stem_of = polar_stem;
    text.split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|t| {
            let f = crate::resolve::fold(t);
            folded_words(&f).any(|w| stem_of(w) == stem)
        })
        .unwrap_or(stem)
}

/// How a cue frames its content, for comparison: `None` for plain reporting (neutral
/// speech, thought, directives, and emphasis that follows from the content such as
/// "stressed" or "warned"), else the marked stance (endorsing "confirmed", distancing
/// "claimed", admission, denial, and loaded verbs such as "fumed").
fn marked_stance(cue: &crate::extract::Cue) -> Option<crate::Stance> {
    use crate::Stance;
    match cue.stance {
        Stance::Neutral | Stance::Cognition | Stance::Directive => None,
        Stance::Emphatic if !crate::lexicon::cue_is_loaded(&cue.lemma) => None,
        s => Some(s),
    }
}

fn stance(ctx: &Ctx, gi: usize, g: &Group, out: &mut Vec<Finding>) {
    // Per speaker, members with a cue.
    let mut by_speaker: BTreeMap<SpeakerId, Vec<(ClaimRef, Option<crate::Stance>)>> =
        BTreeMap::new();
    for &r in &g.members {
        let c = ctx.claim(r);
        if let (Some(s), Some(cue)) = (ctx.speaker(r), &c.cue) {
            by_speaker
                .entry(s)
                .or_default()
                .push((r, marked_stance(cue)));
        }
    }
    let cue_loc = |r: ClaimRef| {
        let c = ctx.claim(r);
        let cue = c.cue.as_ref().map(|c| c.text.clone()).unwrap_or_default();
        let view = ctx.docs[r.0].doc.view();
        let slice = &view[c.range()];
        match slice.find(cue.as_str()) {
            Some(i) if !cue.is_empty() => ctx.loc(
                r,
                c.range().start + i,
                c.range().start + i + cue.len(),
                &cue,
            ),
            _ => ctx.claim_loc(r),
        }
    };
    for (_, members) in by_speaker {
        let mut by: BTreeMap<Option<crate::Stance>, Vec<ClaimRef>> = BTreeMap::new();
        for (r, k) in &members {
            by.entry(*k).or_default().push(*r);
        }
        if by.len() < 2 {
            continue;
        }
        for v in by.values_mut() {
            v.sort_by(|a, b| ctx.path(*a).cmp(ctx.path(*b)));
        }
        // The baseline: plain reporting when some outlet uses it, else the most common
        // stance (ties: the one whose first outlet sorts first).
        let baseline = if by.contains_key(&None) {
            None
        } else {
            by.iter()
                .max_by(|a, b| {
                    a.1.len()
                        .cmp(&b.1.len())
                        .then_with(|| ctx.path(b.1[0]).cmp(ctx.path(a.1[0])))
                })
                .map(|(k, _)| *k)
                .unwrap_or(None)
        };
        let mut related: Vec<Location> = by[&baseline].iter().map(|r| cue_loc(*r)).collect();
        related.sort_by(|a, b| a.path().cmp(b.path()));
        let baseline_words = related
            .iter()
            .map(|l| format!("“{}”", l.text()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
            .join(", ");
        let related = Places::from(related);
        for (k, group) in &by {
            if *k == baseline {
                continue;
            }
            let p = cue_loc(group[0]);
            let message = format!(
                "{} reports this with “{}” ({}); {} with {}",
                ctx.outlet(group[0].0),
                p.text(),
                stance_name(*k),
                if baseline.is_none() {
                    "others report it plainly"
                } else {
                    "others"
                },
                baseline_words
            );
            if let Some(mut f) = ctx.finding(
                Rule::StanceShift,
                message,
                Some(gi),
                p,
                Arc::clone(&related),
                Vec::new(),
            ) {
                f.supporting = group[1..].iter().map(|r| cue_loc(*r)).collect();
                out.push(f);
            }
        }
    }
}

fn stance_name(s: Option<crate::Stance>) -> String {
    s.and_then(|s| serde_json::to_value(s).ok())
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "plain".to_string())
}

fn only_in(ctx: &Ctx, gi: usize, g: &Group, out: &mut Vec<Finding>) {
    let n = ctx.docs.len();
    let carriers: BTreeSet<usize> = g.members.iter().map(|r| r.0).collect();
    if carriers.len() == n || n < 2 {
        return;
    }
    let primary = *g
        .members
        .iter()
        .min_by_key(|r| ctx.path(**r))
        .unwrap_or(&g.members[0]);
    let mut related: Vec<Location> = g
        .members
        .iter()
        .filter(|r| **r != primary)
        .map(|r| ctx.claim_loc(*r))
        .collect();
    related.sort_by(|a, b| a.path().cmp(b.path()));
    let mut carried: Vec<&str> = carriers.iter().map(|d| ctx.outlet(*d)).collect();
    carried.sort_unstable();
    let mut missing: Vec<&str> = (0..n)
        .filter(|d| !carriers.contains(d))
        .map(|d| ctx.outlet(d))
        .collect();
    missing.sort_unstable();
    let message = format!(
        "only in {}; not in {}",
        join_named(&carried),
        join_named(&missing)
    );
    out.extend(ctx.finding(
        Rule::OnlyIn,
        message,
        Some(gi),
        ctx.claim_loc(primary),
        related,
        Vec::new(),
    ));
}

// ---------------------------------------------------------------------------------------
// Entity attributes
// ---------------------------------------------------------------------------------------

const RANKS: &[&str] = &[
    "deputy",
    "vice",
    "former",
    "acting",
    "assistant",
    "interim",
    "ex",
];

static OFFICES: std::sync::LazyLock<BTreeMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../lexicon/offices.tsv"))
            .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
            .collect()
    });

/// (office family, rank words) of a role, or `None` when the role names no office
/// (`offices.tsv`). The head is the last office word before a prepositional tail
/// ("director of the institute", "spokeswoman for the organisation").
fn role_signature(role: &str) -> Option<(String, BTreeSet<String>)> {
    let ws: Vec<String> = crate::resolve::fold(role)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let ranks: BTreeSet<String> = ws
        .iter()
        .flat_map(|w| w.split('-'))
        .filter(|w| RANKS.contains(w))
        .map(|w| {
            if w == "vice" {
                "deputy".to_string()
            } else {
                w.to_string()
            }
        })
        .collect();
    let mut family = None;
    let mut i = 0;
    // Whether the words since the office are military ranks: the person's own, not their
    // office ("Communication Minister Colonel", "Minister Lieutenant General"; see
    // `resolve::rank_after_post`).
    let mut ranked = false;
    while i < ws.len() {
        if family.is_some() && crate::resolve::rank_after_post(&ws[i], ranked) {
            ranked = true;
            i += 1;
            continue;
        }
        ranked = false;
        // Longest office first: "secretary of state", "press secretary", "secretary".
        let found = (1..=3).rev().find_map(|n| {
            let phrase = ws.get(i..i + n)?.join(" ");
            OFFICES.get(phrase.as_str()).map(|f| (n, *f))
        });
        if let Some((n, f)) = found {
            family = Some(f.to_string());
            i += n;
            continue;
        }
        if family.is_some() && matches!(ws[i].as_str(), "of" | "for" | "at" | "to" | "in") {
            break;
        }
        i += 1;
    }
    Some((family?, ranks))
}

/// One document's people or claims by global speaker: (speaker, index) pairs sorted, so a
/// speaker's indexes are one run in document order. A map of a vector per speaker was
/// 2.5 MB of a comparison's peak at 1,000 reports (a node and an allocation per speaker
/// and document). Both numbers fit in `u32`, as alignment already holds them.
struct BySpeaker(Vec<(u32, u32)>);

impl BySpeaker {
    fn new(pairs: impl Iterator<Item = (SpeakerId, usize)>) -> Self {
        let mut v: Vec<(u32, u32)> = pairs.map(|(s, i)| (s as u32, i as u32)).collect();
        v.sort_unstable();
        v.dedup();
        v.shrink_to_fit();
        BySpeaker(v)
    }

    /// The indexes of speaker `id`, in order.
    fn of(&self, id: SpeakerId) -> impl Iterator<Item = usize> + '_ {
        run_of(&self.0, id)
    }
}

/// The second numbers of the pairs whose first is `key`, in order: `pairs` sorted, so
/// they are one run, found by binary search.
fn run_of(pairs: &[(u32, u32)], key: usize) -> impl Iterator<Item = usize> + '_ {
    let from = pairs.partition_point(|&(k, _)| (k as usize) < key);
    pairs[from..]
        .iter()
        .take_while(move |&&(k, _)| k as usize == key)
        .map(|&(_, v)| v as usize)
}

fn entity_attributes(ctx: &Ctx, out: &mut Vec<Finding>) {
    // Per document, the people and the claims (speaker or intermediary) of each global
    // speaker, in document order: found once here, where looking them up for each speaker
    // with a conflicting role scanned every person and claim of the document (quadratic
    // with thousands of speakers).
    let mut people_of: Vec<BySpeaker> = Vec::with_capacity(ctx.docs.len());
    let mut claims_of: Vec<BySpeaker> = Vec::with_capacity(ctx.docs.len());
    for (d, e) in ctx.docs.iter().enumerate() {
        let people = e
            .people
            .iter()
            .enumerate()
            .filter_map(|(pi, p)| Some((ctx.speakers.id_of(d, p)?, pi)));
        people_of.push(BySpeaker::new(people));
        let claims = e.claims.iter().enumerate().flat_map(|(ci, c)| {
            c.sources()
                .filter_map(move |s| Some((ctx.speakers.id(d, s)?, ci)))
        });
        claims_of.push(BySpeaker::new(claims));
    }
    for sp in &ctx.speakers.list {
        // One role per document: the first given.
        let mut per_doc: BTreeMap<usize, (&str, (String, BTreeSet<String>))> = BTreeMap::new();
        for (d, role) in &sp.roles {
            if let Some(sig) = role_signature(role) {
                per_doc.entry(*d).or_insert((role.as_str(), sig));
            }
        }
        if per_doc.len() < 2 {
            continue;
        }
        let docs: Vec<usize> = per_doc.keys().copied().collect();
        // The document whose role conflicts with the most others: those whose role has
        // another signature.
        let mut same: BTreeMap<&(String, BTreeSet<String>), usize> = BTreeMap::new();
        for (_, sig) in per_doc.values() {
            *same.entry(sig).or_default() += 1;
        }
        let degree = |d: usize| docs.len() - same[&per_doc[&d].1];
        let Some(&primary_doc) = docs.iter().max_by(|&&a, &&b| {
            degree(a)
                .cmp(&degree(b))
                .then(ctx.docs[b].doc.path.cmp(&ctx.docs[a].doc.path))
        }) else {
            continue;
        };
        if degree(primary_doc) == 0 || degree(primary_doc) * 2 < docs.len() - 1 {
            continue;
        }
        let loc_of = |d: usize| -> Option<Location> {
            let role = &per_doc[&d].0;
            let e = ctx.docs[d];
            // Where the document gives the role, when the resolver recorded it.
            if let Some(m) = people_of[d]
                .of(sp.id)
                .flat_map(|pi| &e.people[pi].roles)
                .find(|m| m.role == role && m.end > m.start)
            {
                return Some(ctx.doc_loc(d, m.start, m.end, role));
            }
            let (ci, c) = claims_of[d]
                .of(sp.id)
                .map(|ci| (ci, &e.claims[ci]))
                .find(|(_, c)| {
                    c.sources().any(|s| {
                        ctx.speakers.id(d, s) == Some(sp.id) && s.role.as_deref() == Some(role)
                    })
                })?;
            let view = e.doc.view();
            let slice = &view[c.range()];
            Some(match slice.find(*role) {
                Some(i) => ctx.loc(
                    (d, ci),
                    c.range().start + i,
                    c.range().start + i + role.len(),
                    role,
                ),
                // The role as the claim names it, at the whole claim.
                None => ctx.loc((d, ci), c.range().start, c.range().end, role),
            })
        };
        let Some(primary) = loc_of(primary_doc) else {
            continue;
        };
        let related: Vec<Location> = docs
            .iter()
            .filter(|&&d| per_doc[&d].1 != per_doc[&primary_doc].1)
            .filter_map(|&d| loc_of(d))
            .collect();
        if related.is_empty() {
            continue;
        }
        let message = format!(
            "{} calls {} “{}”; elsewhere {}",
            ctx.outlet(primary_doc),
            sp.name,
            per_doc[&primary_doc].0,
            related
                .iter()
                .map(|l| format!("“{}”", l.text()))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
                .join(", ")
        );
        out.extend(ctx.finding(
            Rule::EntityAttributeMismatch,
            message,
            None,
            primary,
            related,
            Vec::new(),
        ));
    }
}

#[cfg(test)]
mod tests {

    /// A speaker's indexes come back in order, once each, and a speaker with none gives
    /// none, whatever order the pairs were given in.
    #[test]
    fn by_speaker_runs() {
        let by = BySpeaker::new([(3, 7), (1, 2), (3, 1), (3, 7), (0, 5)].into_iter());
        assert_eq!(by.of(3).collect::<Vec<_>>(), vec![1, 7]);
        assert_eq!(by.of(1).collect::<Vec<_>>(), vec![2]);
        assert_eq!(by.of(0).collect::<Vec<_>>(), vec![5]);
        assert_eq!(by.of(2).count(), 0);
        assert_eq!(by.of(9).count(), 0);
    }
    use super::*;

    /// A polarity finding names the word as the claim writes it, not its stem.
    #[test]
    fn surface_word_names_the_word_as_written() {
        assert_eq!(
            surface_word("the council would not co-operate with it", "co"),
            "co-operate"
        );
        assert_eq!(
            surface_word("Rates are not rising, he said.", "ris"),
            "rising"
        );
        assert_eq!(
            surface_word("no aftershocks were felt", "aftershock"),
            "aftershocks"
        );
        assert_eq!(surface_word("nothing here", "zzz"), "zzz");
    }

    fn relation(a: &str, b: &str) -> QuoteRelation {
        relation_of(&Quote::new(a), &Quote::new(b))
    }

    fn cited(text: &str, outlet: &str) -> Location {
        let span = Span {
            start: 0,
            end: 1,
            line: 1,
            column: 1,
            source_line: None,
        };
        Location::new(0, "a.txt", outlet, None, span, text, text)
    }

    /// A place keeps every field it was given: in 32-bit fields, in the document's bytes,
    /// as its claim's text, or (what fits none of them) in a box of its own.
    #[test]
    fn places_give_back_what_they_were_given() {
        let span = |start: usize, line: usize, source_line: Option<usize>| Span {
            start,
            end: start + 5,
            line,
            column: 3,
            source_line,
        };
        let cases = [
            (Some("c7"), span(10, 2, None), "words", "He said words."),
            (Some("c7"), span(10, 2, Some(40)), "He said", "He said"),
            (
                None,
                span(10, 2, Some(1)),
                "Sept.",
                "The sentence of Sept. 12.",
            ),
            (None, span(10, 2, None), "Sept.", ""),
            (Some("c1"), span(1 << 33, 2, None), "far", "far away"),
            (Some("c1"), span(0, 1 << 33, None), "tall", "a tall text"),
            (Some("c1"), span(0, 1, Some(1 << 33)), "deep", "deep page"),
            (Some("c1"), span(0, 1, Some(0)), "zero", "zero line"),
        ];
        for (claim, span, text, claim_text) in cases {
            let l = Location::new(4, "p.txt", "Wire", claim, span, text, claim_text);
            assert_eq!(
                (l.document(), l.path(), l.outlet(), l.claim(), l.span()),
                (4, "p.txt", "Wire", claim, span)
            );
            assert_eq!((l.text(), l.claim_text()), (text, claim_text));
            assert_eq!(l.is_whole_claim(), claim.is_some() && text == claim_text);
        }
    }

    /// A document's claims as its places read them: ids and texts as the claims have
    /// them, whether they are the ids extraction gives and ranges of the text, or not.
    #[test]
    fn places_read_each_claims_id_and_text() {
        let view: Arc<str> = Arc::from("Lee said the deal was done. Rain fell. Kim  agreed.");
        let claim = |id: &str, text: SharedText| Claim::statement(id, text);
        let slice = |r: std::ops::Range<usize>| SharedText::slice(&view, r).expect("in the text");
        let claims = [
            claim("c1", slice(0..27)),
            // A claims file's own id; a text of its own (whitespace collapsed).
            claim("lead", slice(28..38)),
            claim("c3", SharedText::from("Kim agreed.")),
            claim("c4", slice(39..51)),
        ];
        let places = PlaceClaims::new(&claims, &view);
        assert_eq!(places.odd.len(), 2);
        for (i, c) in claims.iter().enumerate() {
            assert_eq!(places.get(i, &view), Some((&*c.id, &*c.text)), "claim {i}");
        }
        assert_eq!(places.get(4, &view), None);
    }

    /// Places in a comparison point into their document: words that are the document's
    /// bytes at the place, or the claim's whole text, are not copied.
    #[test]
    fn places_share_their_documents_words() {
        let text: Arc<str> = Arc::from("Lee said  the   deal was done. Rain fell.");
        let doc = Arc::new(DocPlaces {
            document: 1,
            path: "a.txt".into(),
            outlet: "Wire".into(),
            view: Arc::clone(&text),
            claims: PlaceClaims::whole(vec![(
                Arc::from("c1"),
                SharedText::from("Lee said the deal was done."),
            )]),
            lines: Some((Arc::clone(&text), Arc::new(TextLines::new(&text)))),
        });
        let at = |start: usize, end: usize| Span {
            start,
            end,
            line: 1,
            column: start + 1,
            source_line: None,
        };
        let said = Location::of(&doc, Some(0), at(4, 8), "said", None);
        let whole = Location::of(
            &doc,
            Some(0),
            at(0, 30),
            "Lee said the deal was done.",
            None,
        );
        let collapsed = Location::of(&doc, Some(0), at(4, 16), "said the", None);
        let outside = Location::of(&doc, None, at(31, 35), "Rain", Some("Rain fell."));
        assert!(said.own.is_none() && whole.own.is_none());
        assert!(whole.is_whole_claim() && !said.is_whole_claim());
        assert_eq!((said.text(), said.claim()), ("said", Some("c1")));
        assert_eq!(whole.text(), "Lee said the deal was done.");
        assert_eq!(collapsed.text(), "said the");
        assert_eq!(
            (outside.text(), outside.claim_text()),
            ("Rain", "Rain fell.")
        );
        assert_eq!(outside.claim(), None);
        // The span is made again from the document's lines; one they do not make is
        // kept whole.
        assert_eq!((said.span(), outside.span()), (at(4, 8), at(31, 35)));
        let odd = Span {
            line: 7,
            ..at(4, 8)
        };
        let kept = Location::of(&doc, Some(0), odd, "said", None);
        assert_eq!(kept.span(), odd);
        assert!(kept.own.is_some());
        // A pointer, two offsets, a claim index and an optional box.
        assert!(std::mem::size_of::<Location>() <= 32);
    }

    #[test]
    fn messages_name_ten_places_and_count_the_rest() {
        let few: Vec<Location> = ["Friday", "Friday", "Sept. 12"]
            .iter()
            .map(|t| cited(t, "Wire"))
            .collect();
        // A place repeated next to itself is cited once.
        assert_eq!(cite(&few), "“Friday” (Wire), “Sept. 12” (Wire)");
        let outlets: Vec<String> = (1..=25).map(|k| format!("Outlet {k}")).collect();
        let mut many: Vec<Location> = outlets.iter().map(|o| cited("Friday", o)).collect();
        // Repeats are not counted among the rest either.
        many.insert(12, cited("Friday", "Outlet 12"));
        let named: Vec<String> = outlets[..10]
            .iter()
            .map(|o| format!("“Friday” ({o})"))
            .collect();
        assert_eq!(cite(&many), format!("{} and 15 more", named.join(", ")));
        assert_eq!(cite(&many[..10]), named.join(", "));
        let names: Vec<&str> = outlets.iter().map(String::as_str).collect();
        assert_eq!(join_named(&names[..10]), names[..10].join(", "));
        assert_eq!(
            join_named(&names[..11]),
            format!("{} and 1 more", names[..10].join(", "))
        );
        assert_eq!(join_named(&[]), "");
    }

    fn render(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Equal(t) => t.clone(),
                Piece::Delete(t) => format!("[-{t}-]"),
                Piece::Insert(t) => format!("{{+{t}+}}"),
            })
            .collect()
    }

    #[test]
    fn word_diff_keeps_changed_stretches_whole() {
        let d = word_diff(
            "a very productive call with Putin",
            "a lengthy and highly productive call with Mr Putin",
        );
        assert_eq!(
            render(&d),
            "a [-very-]{+lengthy and highly+} productive call with {+Mr +}Putin"
        );
        let d = word_diff(
            "we will bring this shameful war to a close",
            "we will end this war",
        );
        assert_eq!(
            render(&d),
            "we will [-bring-]{+end+} this [-shameful -]war[- to a close-]"
        );
        // Both sides read back from the pieces.
        let a = "one two three four";
        let b = "one 2 3 four five";
        let d = word_diff(a, b);
        let left: String = d
            .iter()
            .filter_map(|p| match p {
                Piece::Equal(t) | Piece::Delete(t) => Some(t.as_str()),
                Piece::Insert(_) => None,
            })
            .collect();
        assert_eq!(left, a);
        let right: String = d
            .iter()
            .filter_map(|p| match p {
                Piece::Equal(t) | Piece::Insert(t) => Some(t.as_str()),
                Piece::Delete(_) => None,
            })
            .collect();
        assert_eq!(right, b);
        assert_eq!(render(&d), "one [-two three-]{+2 3+} four{+ five+}");
    }

    #[test]
    fn excerpts_and_ellipses_are_consistent() {
        let full = "Every time Moscow hears about Tomahawks, it suddenly rushes back to the negotiating table";
        assert_eq!(
            relation("suddenly rushes back to the negotiating table", full),
            QuoteRelation::Consistent
        );
        assert_eq!(
            relation(
                "Every time Moscow hears … rushes back to the negotiating table",
                full
            ),
            QuoteRelation::Consistent
        );
        assert_eq!(
            relation("Every time [the Kremlin] hears about Tomahawks", full),
            QuoteRelation::Consistent
        );
        assert_eq!(
            relation(
                "Every time Moscow hears about Tomahawks, it rushes back to the negotiating table",
                full
            ),
            QuoteRelation::Altered
        );
    }

    #[test]
    fn replaced_words_are_a_wording_shift() {
        assert_eq!(
            relation(
                "to see whether we can bring this shameful War to a close",
                "Our top advisers will meet next week, after which President Putin and I will meet in Budapest, Hungary, to see whether we can bring this disgraceful War to a close."
            ),
            QuoteRelation::Shifted
        );
        assert_eq!(
            relation("grave damage", "serious harm"),
            QuoteRelation::Unrelated
        );
    }

    #[test]
    fn words_left_out_of_the_middle_are_an_alteration() {
        let full = "I just finished a long call with him, and we covered a lot of ground. Our top \
                    advisers will meet next week, with the Secretary of State leading our side, \
                    after which he and I will meet in the capital to see whether we can end this war.";
        let cut = "Our top advisers will meet next week, after which he and I will meet in the \
                   capital to see whether we can end this war";
        assert_eq!(relation(cut, full), QuoteRelation::Altered);
    }

    #[test]
    fn role_heads_and_ranks() {
        assert_eq!(
            role_signature("Kremlin foreign policy aide").map(|s| s.0),
            Some("aide".into())
        );
        assert_eq!(
            role_signature("Mr Putin’s foreign policy adviser").map(|s| s.0),
            Some("aide".into())
        );
        assert_eq!(
            role_signature("Kremlin spokesman").map(|s| s.0),
            Some("spokesperson".into())
        );
        let dep = role_signature("Russian Deputy Foreign Minister").expect("sig");
        let full = role_signature("Foreign Minister").expect("sig");
        assert_eq!(dep.0, full.0);
        assert_ne!(dep.1, full.1);
        assert_eq!(
            role_signature("deputy director of the National Seismological Institute"),
            Some(("director".into(), ["deputy".to_string()].into()))
        );
        assert_eq!(
            role_signature("spokeswoman for the Kestrian Red Cross").map(|s| s.0),
            Some("spokesperson".into())
        );
        assert_eq!(
            role_signature("Former interior minister"),
            Some(("minister".into(), ["former".to_string()].into()))
        );
        assert_eq!(
            role_signature("White House press secretary").map(|s| s.0),
            Some("spokesperson".into())
        );
        // A military rank after a civilian post is the person's, not the office.
        assert_eq!(
            role_signature("Communication Minister Colonel").map(|s| s.0),
            Some("minister".into())
        );
        assert_eq!(
            role_signature("Interior Minister Lieutenant General").map(|s| s.0),
            Some("minister".into())
        );
        assert_eq!(
            role_signature("Colonel").map(|s| s.0),
            Some("colonel".into())
        );
        // Descriptions, not offices: compatible with any office.
        assert_eq!(role_signature("UN coordinator"), None);
        assert_eq!(role_signature("Seismologist"), None);
        assert_eq!(role_signature("Opposition lawmaker"), None);
    }

    proptest::proptest! {
        /// `negated_terms` reads the content terms off its folded clauses: they must be
        /// the whole text's, in order, whatever the text (Greek question marks, which
        /// fold to ';', curly quotes, letters that fold to two).
        #[test]
        fn clause_words_are_the_texts_words(
            text in "([a-zA-Z' ,;:.!?()\"“”«»—–’]|[ÆŒßİΣσς\u{37e}\u{301}Łø]|\\PC){0,60}"
        ) {
            let by_clause: Vec<String> = folded_clauses(&text)
                .iter()
                .flat_map(|c| {
                    super::super::align::folded_words(c)
                        .filter(|w| super::super::align::is_content_word(w))
                        .map(|w| super::super::align::stem(w).into_owned())
                        .collect::<Vec<_>>()
                })
                .collect();
            proptest::prop_assert_eq!(by_clause, super::super::align::content_terms(&text));
        }

        /// A text in which `has_negator` finds no negator word has nothing negated, and
        /// `plain_terms` counts its words as `negated_terms` does: polarity may take
        /// the one for the other.
        #[test]
        fn without_a_negator_word_plain_terms_are_the_negated_terms(
            text in "((no|not|don't|don’t|never|nor|now|know|economy|notice|rate|rates|rise|rising|failed|to|the|[a-zA-Z]{1,6})[ ,.;’']{1,2}){0,14}"
        ) {
            let folded = crate::resolve::fold(&text);
            let full = negated_terms(&text);
            if !has_negator(&folded) {
                proptest::prop_assert!(full.values().all(|(_, negated)| !negated));
                let wanted: BTreeSet<String> = full.keys().cloned().collect();
                proptest::prop_assert_eq!(plain_terms(&folded, &wanted), full);
            }
        }
    }
}
