//! Quantities: every number in a sentence, with its normalized value.
//!
//! Contradictions between outlets are most often about numbers ("almost two and a half
//! hours" vs "a two-hour call", "the eighth call" vs "the seventh", "on Thursday" vs "on
//! Wednesday"). [`scan`] finds cardinals, ordinals, fractions, percentages, money,
//! physical quantities, durations, dates and ranges in one left-to-right pass over the
//! text, normalizes each to a canonical unit, and turns its qualifier ("about", "more
//! than", …) and rounding into an interval so that later stages can test overlap with
//! [`overlaps`]. Conventions are documented in `docs/QUANTITIES.md`.
//!
//! ```
//! use claimdiff::quantities::{scan, ScanContext, QuantityKind, Value};
//! let ctx = ScanContext { doc_date: chrono::NaiveDate::from_ymd_opt(2025, 10, 17) };
//! let q = scan("The call lasted almost two and a half hours.", &ctx);
//! assert_eq!(q[0].kind, QuantityKind::Duration);
//! assert_eq!(q[0].value, Some(Value::Number(9000.0)));
//! ```
//!
//! Layout: `tokenize` (one pass over bytes, lexicon lookup per word), `numbers`
//! (digits and number words), `parse` (units, money, qualifiers, ranges, objects,
//! linked conversions, what is not a quantity), `dates` (calendar expressions and their
//! resolution against the document date), `interval` (qualifier and rounding →
//! interval). Lexicons are the data files under `lexicon/`.

mod dates;
mod interval;
mod lexicon;
mod numbers;
mod parse;
mod tokenize;

use serde::{Deserialize, Serialize};

pub use numbers::{format_number, number_to_words};

/// What the scanner knows about the document a text comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanContext {
    /// Publication date, from the document's header; relative dates ("on Thursday",
    /// "last week") are resolved against it. Without it they stay unresolved.
    pub doc_date: Option<chrono::NaiveDate>,
}

/// The kind of a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A count or plain number, fractions included ("eight", "2½", "two-thirds").
    Cardinal,
    /// A rank ("eighth", "21st").
    Ordinal,
    /// Percent (`unit` "%") or percentage points (`unit` "pp").
    Percent,
    /// An amount of money in major units; `unit` is the ISO 4217 code.
    Money,
    /// A physical quantity in its canonical SI unit, or an age (`unit` "years_old").
    Quantity,
    /// A length of time, in seconds.
    Duration,
    /// A calendar date; `value` is an ISO string at the stated granularity.
    Date,
    /// Two endpoints; `value` is null, `low`/`high` hold the endpoints, `range_of` the
    /// kind of the endpoints.
    Range,
}

/// A qualifier, turned into an interval (see `docs/QUANTITIES.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// about, around, approximately, roughly, some, ~, or so, -odd.
    About,
    /// nearly, almost, close to, just under.
    Nearly,
    /// more than, over, above, exceeding.
    MoreThan,
    /// at least, no less than, or more, -plus.
    AtLeast,
    /// up to, at most, as many as, no more than.
    AtMost,
    /// less than, fewer than, under, below.
    LessThan,
}

/// A number, or an ISO date string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// A number in the canonical unit.
    Number(f64),
    /// An ISO 8601 date at the stated granularity: `YYYY`, `YYYY-MM`, `YYYY-Www`,
    /// `YYYY-MM-DD`.
    Iso(String),
}

impl Value {
    /// The number, if this is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(v) => Some(*v),
            Value::Iso(_) => None,
        }
    }
}

/// Another rendering of the same quantity written beside it: "2,500km (1,550 miles)".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rendering {
    /// The surface of the other rendering.
    pub text: String,
    /// Byte range in the scanned text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// Its value in the canonical unit.
    pub value: Option<Value>,
    /// Low end of the interval its qualifier and rounding imply.
    pub low: Option<Value>,
    /// High end of that interval.
    pub high: Option<Value>,
    /// Canonical unit.
    pub unit: Option<String>,
    /// Its own qualifier, if any.
    pub approx: Option<Approx>,
    /// Whether the two renderings agree within rounding (`None` when they cannot be
    /// compared, such as two currencies). A `false` here is a finding for later stages.
    pub consistent: Option<bool>,
}

/// One quantity found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Start of the byte range of the surface in the scanned text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// The surface, qualifier, currency, scale and unit included.
    pub text: String,
    /// What kind of quantity this is.
    pub kind: QuantityKind,
    /// The value in the canonical unit; `None` for ranges and unresolved dates.
    pub value: Option<Value>,
    /// Low end of the interval the qualifier and rounding imply (`None`: unbounded).
    pub low: Option<Value>,
    /// High end of that interval (`None`: unbounded).
    pub high: Option<Value>,
    /// Canonical unit: "%", "pp", an ISO 4217 code, an SI symbol ("m", "m2", "m3",
    /// "kg", "m/s", "degC", "B", "W", "J", "s") or "years_old"; `None` for counts,
    /// ordinals and dates.
    pub unit: Option<String>,
    /// The qualifier.
    pub approx: Option<Approx>,
    /// The counted object, where there is one ("the eighth *call*").
    pub object: Option<String>,
    /// Linked renderings of the same quantity ("2,500km (1,550 miles)").
    pub also: Vec<Rendering>,
    /// `false` only for relative dates without a document date.
    pub resolved: bool,
    /// For ranges: the kind of the endpoints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range_of: Option<QuantityKind>,
    /// For dates: "year", "month", "week" or "day".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<String>,
    /// For relative dates, the expression as understood, e.g. "weekday 4 past",
    /// "week -1", "day -1", so unresolved dates can still be compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative: Option<String>,
}

/// Every quantity in `text` (typically one sentence; tense is judged within the text
/// given), sorted by start, non-overlapping; byte offsets relative to `text`.
pub fn scan(text: &str, ctx: &ScanContext) -> Vec<Quantity> {
    parse::scan(text, ctx)
}

impl Quantity {
    /// Add `base` to all offsets (including those of `also`).
    pub fn shift(&mut self, base: usize) {
        self.start += base;
        self.end += base;
        for r in &mut self.also {
            r.start += base;
            r.end += base;
        }
    }

    /// The numeric interval in canonical units for comparison. Dates are day numbers
    /// (days since 1970-01-01; low = first day, high = last day of the stated
    /// granularity). An unbounded side is ±infinity. `None` for unresolved dates.
    pub fn interval(&self) -> Option<(f64, f64)> {
        if !self.resolved
            || (self.value.is_none() && self.low.is_none() && self.high.is_none())
        {
            return None;
        }
        let lo = match &self.low {
            Some(v) => value_low(v)?,
            None => f64::NEG_INFINITY,
        };
        let hi = match &self.high {
            Some(v) => value_high(v)?,
            None => f64::INFINITY,
        };
        Some((lo, hi))
    }

    /// The dimension this quantity measures: kind of endpoint plus canonical unit.
    fn dimension(&self) -> (QuantityKind, Option<&str>) {
        let kind = if self.kind == QuantityKind::Range {
            self.range_of.unwrap_or(QuantityKind::Cardinal)
        } else {
            self.kind
        };
        match kind {
            QuantityKind::Cardinal | QuantityKind::Ordinal | QuantityKind::Date => (kind, None),
            // A duration is a quantity in seconds.
            QuantityKind::Duration => (QuantityKind::Quantity, Some("s")),
            _ => (kind, self.unit.as_deref()),
        }
    }

    /// Whether two quantities measure the same dimension (both durations, both money in
    /// the same currency, both lengths, both dates, both ordinals, …) so compare may test
    /// overlap.
    pub fn comparable(&self, other: &Quantity) -> bool {
        self.dimension() == other.dimension()
    }
}

fn value_low(v: &Value) -> Option<f64> {
    match v {
        Value::Number(x) => Some(*x),
        Value::Iso(s) => dates::iso_day_range(s).map(|(a, _)| a as f64),
    }
}

fn value_high(v: &Value) -> Option<f64> {
    match v {
        Value::Number(x) => Some(*x),
        Value::Iso(s) => dates::iso_day_range(s).map(|(_, b)| b as f64),
    }
}

/// Whether `a` and `b` are comparable and their intervals overlap (touching counts).
pub fn overlaps(a: &Quantity, b: &Quantity) -> bool {
    if !a.comparable(b) {
        return false;
    }
    match (a.interval(), b.interval()) {
        (Some((a0, a1)), Some((b0, b1))) => {
            let eps = 1e-9 * (a0.abs().max(a1.abs()).max(b0.abs()).max(b1.abs())).min(1e300);
            a0 <= b1 + eps && b0 <= a1 + eps
        }
        _ => false,
    }
}
