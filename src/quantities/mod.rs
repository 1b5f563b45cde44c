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
//! let ctx = ScanContext {
//!     doc_date: chrono::NaiveDate::from_ymd_opt(2025, 10, 17),
//!     ..ScanContext::default()
//! };
//! let q = scan("The call lasted almost two and a half hours.", &ctx);
//! assert_eq!(q[0].kind, QuantityKind::Duration);
//! assert_eq!(q[0].value(), Some(&Value::Number(9000.0)));
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

use std::borrow::Cow;
use std::sync::LazyLock;

use compact_str::CompactString;

use serde::{Deserialize, Serialize};

pub use numbers::{format_number, number_to_words};

/// What the scanner knows about the document a text comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanContext {
    /// Publication date, from the document's header; relative dates ("on Thursday",
    /// "last week") are resolved against it. Without it they stay unresolved.
    pub doc_date: Option<chrono::NaiveDate>,
    /// The currency "P" stands for before an amount ("P18.4 billion") where it is not
    /// the lexicon's Philippine peso: the pula in a document about Botswana.
    pub letter_p: Option<&'static str>,
    /// The currency "K" stands for before an amount ("K2.4 billion") where it is not the
    /// lexicon's Zambian kwacha: Malawi's kwacha, Papua New Guinea's kina or Myanmar's
    /// kyat, by the country the document names.
    pub letter_k: Option<&'static str>,
    /// The currency letters ([`letter_bit`]) whose country the document names: after
    /// them a bare amount is money too ("P45 per kilo", "N617 a litre"), where elsewhere
    /// only one that reads as money is ("N50,000", "R2.3bn"; "N95" is a mask).
    pub letter_named: u8,
    /// The currency cents are of ("470c/kg", "50 cents") where they are not the
    /// lexicon's US cents: the euro in a document that writes amounts in euros and none
    /// in dollars, the rand in one about South Africa with no dollars.
    pub cents: Option<&'static str>,
}

/// The bit of a currency letter written before its amount in [`ScanContext::letter_named`]
/// ("N", "R", "P", "K"); 0 for any other byte.
pub(crate) fn letter_bit(c: u8) -> u8 {
    match c {
        b'N' => 1,
        b'R' => 2,
        b'P' => 4,
        b'K' => 8,
        _ => 0,
    }
}

/// The words that name each currency letter's countries, with the currency they make of
/// "P" and "K" (`None`: the lexicon's).
const LETTER_COUNTRIES: [(u8, Option<&str>, &[&str]); 8] = [
    (
        b'N',
        None,
        &["Nigeria", "Nigerian", "naira", "Lagos", "Abuja"],
    ),
    (
        b'R',
        None,
        &[
            "South Africa",
            "South African",
            "rand",
            "Johannesburg",
            "Pretoria",
            "Cape Town",
            "Durban",
        ],
    ),
    (b'P', Some("BWP"), &["Botswana", "pula", "Gaborone"]),
    (
        b'P',
        None,
        &[
            "Philippines",
            "Philippine",
            "Filipino",
            "Filipinos",
            "peso",
            "pesos",
            "Manila",
        ],
    ),
    (
        b'K',
        Some("MWK"),
        &["Malawi", "Malawian", "Lilongwe", "Blantyre"],
    ),
    (
        b'K',
        Some("PGK"),
        &["Papua New Guinea", "kina", "Port Moresby"],
    ),
    (b'K', Some("MMK"), &["Myanmar", "kyat", "kyats", "Yangon"]),
    (b'K', None, &["Zambia", "Zambian", "kwacha", "Lusaka"]),
];

impl ScanContext {
    /// The context of a document dated `doc_date` whose whole text is `text`: which
    /// country's currency a one-letter prefix ("N", "R", "P", "K") stands for, and
    /// whether the document names that country.
    pub fn for_document(doc_date: Option<chrono::NaiveDate>, text: &str) -> Self {
        let mut ctx = ScanContext {
            doc_date,
            ..ScanContext::default()
        };
        let b = text.as_bytes();
        let dollars = memchr::memchr(b'$', b).is_some();
        if !dollars && text.contains('€') {
            ctx.cents = Some("EUR");
        }
        // The letters written before a digit at a word's start; most documents have none
        // of these, and are read no further.
        let mut written = 0u8;
        let mut mark = |i: usize| {
            if b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            {
                written |= letter_bit(b[i]);
            }
        };
        memchr::memchr3_iter(b'N', b'R', b'P', b).for_each(&mut mark);
        memchr::memchr_iter(b'K', b).for_each(&mut mark);
        if written == 0 {
            return ctx;
        }
        for &(letter, code, words) in &LETTER_COUNTRIES {
            let bit = letter_bit(letter);
            if written & bit == 0
                || ctx.letter_named & bit != 0
                || !words.iter().any(|w| names_word(text, w))
            {
                continue;
            }
            ctx.letter_named |= bit;
            if letter == b'R' && !dollars && ctx.cents.is_none() {
                ctx.cents = Some("ZAR");
            }
            match letter {
                b'P' => ctx.letter_p = code,
                b'K' => ctx.letter_k = code,
                _ => {}
            }
        }
        ctx
    }
}

/// Whether `word` stands in `text` as a word of its own ("pula", not "population").
fn names_word(text: &str, word: &str) -> bool {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, word.as_bytes()).any(|i| {
        let before = i.checked_sub(1).map(|j| b[j]);
        let after = b.get(i + word.len()).copied();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
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
    /// A clock time; `value` is "HH:MM" (24-hour), `low`/`high` are minutes after
    /// midnight, `zone` the time zone when one is written.
    Time,
    /// Two endpoints; `value` is null, `low`/`high` hold the endpoints, `range_of` the
    /// kind of the endpoints.
    Range,
}

impl QuantityKind {
    /// Every kind, in declaration order.
    pub const ALL: [QuantityKind; 9] = [
        QuantityKind::Cardinal,
        QuantityKind::Ordinal,
        QuantityKind::Percent,
        QuantityKind::Money,
        QuantityKind::Quantity,
        QuantityKind::Duration,
        QuantityKind::Date,
        QuantityKind::Time,
        QuantityKind::Range,
    ];

    /// The kind's name as JSON writes it ("cardinal", "money", …), without going
    /// through serde (alignment names a slot after it for every quantity of every claim).
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Cardinal => "cardinal",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Percent => "percent",
            QuantityKind::Money => "money",
            QuantityKind::Quantity => "quantity",
            QuantityKind::Duration => "duration",
            QuantityKind::Date => "date",
            QuantityKind::Time => "time",
            QuantityKind::Range => "range",
        }
    }
}

/// What a rate is counted per: "$15 an hour", "$80 a barrel", "N617 per litre",
/// "1.2 million barrels per day". Two quantities per different things are not compared
/// ([`Quantity::comparable`]); one written without its "per" is compared with one with it
/// ("Brent rose to $82" and "$80 a barrel").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    Hour,
    Day,
    Week,
    Month,
    Year,
    Litre,
    Gallon,
    Barrel,
    Kilogram,
    Tonne,
    Pound,
    Ounce,
    Share,
    Person,
    Night,
    Trip,
    KilowattHour,
    MegawattHour,
}

impl Per {
    /// Every denominator, in declaration order.
    pub const ALL: [Per; 18] = [
        Per::Hour,
        Per::Day,
        Per::Week,
        Per::Month,
        Per::Year,
        Per::Litre,
        Per::Gallon,
        Per::Barrel,
        Per::Kilogram,
        Per::Tonne,
        Per::Pound,
        Per::Ounce,
        Per::Share,
        Per::Person,
        Per::Night,
        Per::Trip,
        Per::KilowattHour,
        Per::MegawattHour,
    ];

    /// The name as JSON writes it ("hour", "kilowatt_hour", …).
    pub fn as_str(self) -> &'static str {
        match self {
            Per::Hour => "hour",
            Per::Day => "day",
            Per::Week => "week",
            Per::Month => "month",
            Per::Year => "year",
            Per::Litre => "litre",
            Per::Gallon => "gallon",
            Per::Barrel => "barrel",
            Per::Kilogram => "kilogram",
            Per::Tonne => "tonne",
            Per::Pound => "pound",
            Per::Ounce => "ounce",
            Per::Share => "share",
            Per::Person => "person",
            Per::Night => "night",
            Per::Trip => "trip",
            Per::KilowattHour => "kilowatt_hour",
            Per::MegawattHour => "megawatt_hour",
        }
    }

    /// Whether it is a span of time ("a day", "per year"): a physical quantity is read
    /// per these only ("40,000 barrels per day"; "5 km a litre" is no rate here).
    pub fn is_time(self) -> bool {
        matches!(
            self,
            Per::Hour | Per::Day | Per::Week | Per::Month | Per::Year
        )
    }
}

/// The words that name what a rate is per, in lower case: "hour", "hr", "litre", "kilo",
/// "bbl".
pub(crate) const PER_WORDS: [(&str, Per); 37] = [
    ("hour", Per::Hour),
    ("hr", Per::Hour),
    ("h", Per::Hour),
    ("day", Per::Day),
    ("week", Per::Week),
    ("month", Per::Month),
    ("year", Per::Year),
    ("annum", Per::Year),
    ("yr", Per::Year),
    ("litre", Per::Litre),
    ("liter", Per::Litre),
    ("l", Per::Litre),
    ("gallon", Per::Gallon),
    ("gal", Per::Gallon),
    ("barrel", Per::Barrel),
    ("bbl", Per::Barrel),
    ("kilo", Per::Kilogram),
    ("kilogram", Per::Kilogram),
    ("kilogramme", Per::Kilogram),
    ("kg", Per::Kilogram),
    ("tonne", Per::Tonne),
    ("ton", Per::Tonne),
    ("t", Per::Tonne),
    ("pound", Per::Pound),
    ("lb", Per::Pound),
    ("ounce", Per::Ounce),
    ("oz", Per::Ounce),
    ("share", Per::Share),
    ("person", Per::Person),
    ("head", Per::Person),
    ("capita", Per::Person),
    ("night", Per::Night),
    ("trip", Per::Trip),
    ("ride", Per::Trip),
    ("journey", Per::Trip),
    ("kwh", Per::KilowattHour),
    ("mwh", Per::MegawattHour),
];

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

impl Approx {
    /// Every qualifier, in declaration order.
    pub const ALL: [Approx; 6] = [
        Approx::About,
        Approx::Nearly,
        Approx::MoreThan,
        Approx::AtLeast,
        Approx::AtMost,
        Approx::LessThan,
    ];

    /// The qualifier's name as JSON writes it ("about", "more_than", …).
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::About => "about",
            Approx::Nearly => "nearly",
            Approx::MoreThan => "more_than",
            Approx::AtLeast => "at_least",
            Approx::AtMost => "at_most",
            Approx::LessThan => "less_than",
        }
    }
}

/// How fine a date is: the year, month, ISO week or day its ISO string gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// `YYYY`.
    Year,
    /// `YYYY-MM`.
    Month,
    /// `YYYY-Www`.
    Week,
    /// `YYYY-MM-DD`.
    Day,
}

impl Granularity {
    /// Every granularity, in declaration order.
    pub const ALL: [Granularity; 4] = [
        Granularity::Year,
        Granularity::Month,
        Granularity::Week,
        Granularity::Day,
    ];

    /// The granularity's name as JSON writes it ("year", "month", "week", "day").
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Year => "year",
            Granularity::Month => "month",
            Granularity::Week => "week",
            Granularity::Day => "day",
        }
    }
}

/// A number, or an ISO date or time string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// A number in the canonical unit.
    Number(f64),
    /// An ISO 8601 date at the stated granularity: `YYYY`, `YYYY-MM`, `YYYY-Www`,
    /// `YYYY-MM-DD`; or a clock time `HH:MM`.
    Iso(CompactString),
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
    pub text: CompactString,
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
    pub unit: Option<CompactString>,
    /// Its own qualifier, if any.
    pub approx: Option<Approx>,
    /// Whether the two renderings agree within rounding (`None` when they cannot be
    /// compared, such as two currencies). A `false` here is a finding for later stages.
    pub consistent: Option<bool>,
}

/// One quantity found in a text. Serialized with the fields of [`QuantityRecord`], in
/// its order: the rarely set `also`, `relative` and `zone` are read through
/// [`Quantity::also`], [`Quantity::relative`] and [`Quantity::zone`] and kept apart, and
/// the interval's ends ([`Quantity::low`], [`Quantity::high`]) are held only when they
/// are not the value, and the unit is a two-byte code ([`Quantity::unit`]), so that a
/// quantity is smaller (112 bytes, not 264: at 1,000 reports a comparison holds 29,000).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(into = "QuantityRecord", from = "QuantityRecord")]
pub struct Quantity {
    /// Start of the byte range of the surface in the scanned text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// The surface, qualifier, currency, scale and unit included.
    pub text: CompactString,
    /// What kind of quantity this is.
    pub kind: QuantityKind,
    /// [`Quantity::value`].
    value: Option<Value>,
    /// [`Quantity::low`] and [`Quantity::high`] when either is not the value: boxed,
    /// since most quantities are exact (at 1,000 reports 3,553 of 29,038 are not), and
    /// two more values held in place were 48 bytes of every quantity.
    bounds: Option<Box<[Option<Value>; 2]>>,
    /// [`Quantity::unit`].
    unit: UnitCode,
    /// The qualifier.
    pub approx: Option<Approx>,
    /// The counted object, where there is one ("the eighth *call*").
    pub object: Option<CompactString>,
    /// `false` only for relative dates without a document date.
    pub resolved: bool,
    /// For ranges: the kind of the endpoints.
    pub range_of: Option<QuantityKind>,
    /// For dates: "year", "month", "week" or "day".
    pub granularity: Option<Granularity>,
    /// For rates: what the amount is per ("$15 an hour", "N617 a litre", "1.2 million
    /// barrels per day"); absent when none is written.
    pub per: Option<Per>,
    /// `also`, `relative`, `zone` and a unit of its own, when any is set.
    rare: Option<Box<RareFields>>,
}

/// The rarely set fields of a [`Quantity`].
#[derive(Debug, Clone, PartialEq, Default)]
struct RareFields {
    also: Vec<Rendering>,
    relative: Option<CompactString>,
    zone: Option<CompactString>,
    /// A unit none of the scanner's ([`UnitCode::OWN`]), read from a claims file.
    unit: Option<Box<str>>,
}

/// A [`Quantity`]'s unit in two bytes, where its string took 24: 0 for none, `k + 1`
/// for the `k`th of the units the scanner gives ([`UNITS`]), [`UnitCode::OWN`] for a
/// unit of its own, held in the rare fields. At 1,000 reports 12,743 of 29,038
/// quantities have a unit, every one the scanner's; the strings were 0.70 MB.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
struct UnitCode(u16);

impl UnitCode {
    const NONE: UnitCode = UnitCode(0);
    const OWN: UnitCode = UnitCode(u16::MAX);

    /// The code of `unit` when it is one of the scanner's units. Looked up by hash: a
    /// binary search of [`UNITS`] cost extraction 0.35% more instructions, this 0.23%.
    fn of(unit: &str) -> Option<UnitCode> {
        UNIT_CODES.get(unit).copied()
    }
}

impl std::fmt::Debug for UnitCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            0 => f.write_str("None"),
            k if *self == Self::OWN => write!(f, "Own({k})"),
            k => write!(f, "{:?}", UNITS.get(usize::from(k) - 1)),
        }
    }
}

/// Every unit the scanner gives, sorted: the measures', currencies' and percentages'
/// of its lexicon, and those its grammar names ("s" of a duration, "years_old" of an
/// age, "magnitude").
static UNITS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut units: Vec<&'static str> = lexicon::LEXICON
        .entries
        .iter()
        .filter_map(|e| match e.payload {
            lexicon::Payload::Unit(u) => Some(u.unit),
            lexicon::Payload::Currency(c) => Some(c.code),
            lexicon::Payload::Percent(u, ..) => Some(u),
            _ => None,
        })
        .chain(parse::GRAMMAR_UNITS)
        .collect();
    units.sort_unstable();
    units.dedup();
    units
});

/// Each of [`UNITS`] with its code (the codes stop short of [`UnitCode::OWN`]).
static UNIT_CODES: LazyLock<rustc_hash::FxHashMap<&'static str, UnitCode>> = LazyLock::new(|| {
    (1..UnitCode::OWN.0)
        .zip(UNITS.iter())
        .map(|(k, &u)| (u, UnitCode(k)))
        .collect()
});

/// A [`Quantity`] as it is serialized: every field in its place (documented on
/// [`Quantity`] and its accessors).
#[derive(Serialize, Deserialize)]
struct QuantityRecord {
    start: usize,
    end: usize,
    text: CompactString,
    kind: QuantityKind,
    value: Option<Value>,
    low: Option<Value>,
    high: Option<Value>,
    unit: Option<Cow<'static, str>>,
    approx: Option<Approx>,
    object: Option<CompactString>,
    also: Vec<Rendering>,
    resolved: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    range_of: Option<QuantityKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    granularity: Option<Granularity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    relative: Option<CompactString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    zone: Option<CompactString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    per: Option<Per>,
}

impl From<Quantity> for QuantityRecord {
    fn from(q: Quantity) -> Self {
        let (low, high) = (q.low().cloned(), q.high().cloned());
        let unit = q.unit_cow();
        let rare = q.rare.map(|r| *r).unwrap_or_default();
        QuantityRecord {
            start: q.start,
            end: q.end,
            text: q.text,
            kind: q.kind,
            value: q.value,
            low,
            high,
            unit,
            approx: q.approx,
            object: q.object,
            also: rare.also,
            resolved: q.resolved,
            range_of: q.range_of,
            granularity: q.granularity,
            relative: rare.relative,
            zone: rare.zone,
            per: q.per,
        }
    }
}

impl From<QuantityRecord> for Quantity {
    fn from(r: QuantityRecord) -> Self {
        let mut q = Quantity {
            start: r.start,
            end: r.end,
            text: r.text,
            kind: r.kind,
            value: None,
            bounds: None,
            unit: UnitCode::NONE,
            approx: r.approx,
            object: r.object,
            resolved: r.resolved,
            range_of: r.range_of,
            granularity: r.granularity,
            per: r.per,
            rare: None,
        };
        q.set_values(r.value, r.low, r.high);
        q.set_unit(r.unit.as_deref());
        q.set_also(r.also);
        q.set_relative(r.relative);
        q.set_zone(r.zone);
        q
    }
}

/// Whether `word` is a one-word qualifier that stands before a number: "about 26,000",
/// "over 300".
pub(crate) fn is_pre_qualifier(word: &str) -> bool {
    lexicon::is_pre_qualifier(word)
}

/// How many of `words` (lower-cased) a half of the day or a time zone spans after a
/// clock time ("p.m.", "ET", "local time"); `first` is the first as written.
pub(crate) fn clock_suffix_len(first: &str, words: &[&str]) -> usize {
    lexicon::clock_suffix_len(first, words)
}

/// Whether `lower` (in lower case) is a number written as one word: "nine", "twelve",
/// "dozens".
pub(crate) fn is_number_word(lower: &str) -> bool {
    lexicon::LEXICON
        .lookup(lower)
        .iter()
        .any(|e| e.rest.is_empty() && matches!(e.payload, lexicon::Payload::Num(..)))
}

/// Every quantity in `text` (typically one sentence; tense is judged within the text
/// given), sorted by start, non-overlapping; byte offsets relative to `text`.
pub fn scan(text: &str, ctx: &ScanContext) -> Vec<Quantity> {
    parse::scan(text, ctx)
}

impl Quantity {
    /// The value in the canonical unit; `None` for ranges and unresolved dates.
    pub fn value(&self) -> Option<&Value> {
        self.value.as_ref()
    }

    /// Low end of the interval the qualifier and rounding imply (`None`: unbounded).
    pub fn low(&self) -> Option<&Value> {
        match &self.bounds {
            Some(b) => b[0].as_ref(),
            None => self.value.as_ref(),
        }
    }

    /// High end of that interval (`None`: unbounded).
    pub fn high(&self) -> Option<&Value> {
        match &self.bounds {
            Some(b) => b[1].as_ref(),
            None => self.value.as_ref(),
        }
    }

    /// Canonical unit: "%", "pp", an ISO 4217 code, an SI symbol ("m", "m2", "m3",
    /// "kg", "m/s", "degC", "B", "W", "J", "s"), "years_old" or "magnitude"; `None` for
    /// counts, ordinals, dates and times.
    pub fn unit(&self) -> Option<&str> {
        match self.unit {
            UnitCode::NONE => None,
            UnitCode::OWN => self.rare.as_ref()?.unit.as_deref(),
            UnitCode(k) => UNITS.get(usize::from(k) - 1).copied(),
        }
    }

    /// [`Quantity::unit`] as the serialized record holds it.
    fn unit_cow(&self) -> Option<Cow<'static, str>> {
        match self.unit {
            UnitCode::NONE => None,
            UnitCode::OWN => self.unit().map(|u| Cow::Owned(u.to_string())),
            UnitCode(k) => UNITS.get(usize::from(k) - 1).map(|u| Cow::Borrowed(*u)),
        }
    }

    /// The quantity with [`Quantity::set_unit`] applied.
    pub(crate) fn with_unit(mut self, unit: Option<&str>) -> Quantity {
        self.set_unit(unit);
        self
    }

    /// Set [`Quantity::unit`]: one of the scanner's units is held as its code, any other
    /// in the rare fields.
    pub fn set_unit(&mut self, unit: Option<&str>) {
        let code = match unit {
            None => UnitCode::NONE,
            Some(u) => UnitCode::of(u).unwrap_or(UnitCode::OWN),
        };
        self.unit = code;
        let own = unit.filter(|_| code == UnitCode::OWN);
        self.set_rare(own.is_none(), |r| r.unit = own.map(Box::from));
    }

    /// Set [`Quantity::value`], [`Quantity::low`] and [`Quantity::high`] together.
    pub fn set_values(&mut self, value: Option<Value>, low: Option<Value>, high: Option<Value>) {
        self.bounds = bounds_unless_exact(&value, low, high);
        self.value = value;
    }

    /// Linked renderings of the same quantity ("2,500km (1,550 miles)").
    pub fn also(&self) -> &[Rendering] {
        self.rare.as_ref().map_or(&[], |r| &r.also)
    }

    /// Set [`Quantity::also`].
    pub fn set_also(&mut self, also: Vec<Rendering>) {
        self.set_rare(also.is_empty(), |r| r.also = also);
    }

    /// Add a linked rendering to [`Quantity::also`].
    pub fn push_also(&mut self, rendering: Rendering) {
        self.set_rare(false, |r| r.also.push(rendering));
    }

    /// For relative dates, the expression as understood, e.g. "weekday 4 past",
    /// "week -1", "day -1", so unresolved dates can still be compared.
    pub fn relative(&self) -> Option<&str> {
        self.rare.as_ref()?.relative.as_deref()
    }

    /// Set [`Quantity::relative`].
    pub fn set_relative(&mut self, relative: Option<CompactString>) {
        self.set_rare(relative.is_none(), |r| r.relative = relative);
    }

    /// For times: the time zone as written, by its abbreviation ("GMT", "UTC", "ET",
    /// "CET"), or "local" for "local time"; absent when none is written.
    pub fn zone(&self) -> Option<&str> {
        self.rare.as_ref()?.zone.as_deref()
    }

    /// Set [`Quantity::zone`].
    pub fn set_zone(&mut self, zone: Option<CompactString>) {
        self.set_rare(zone.is_none(), |r| r.zone = zone);
    }

    // Set one rare field (`empty`: to nothing). No rare field set is no box, so that
    // equal quantities are equal as values.
    fn set_rare(&mut self, empty: bool, set: impl FnOnce(&mut RareFields)) {
        if empty && self.rare.is_none() {
            return;
        }
        set(self.rare.get_or_insert_default());
        if self.rare.as_deref() == Some(&RareFields::default()) {
            self.rare = None;
        }
    }

    /// Add `base` to all offsets (including those of `also`).
    pub fn shift(&mut self, base: usize) {
        self.start += base;
        self.end += base;
        if let Some(r) = &mut self.rare {
            for a in &mut r.also {
                a.start += base;
                a.end += base;
            }
        }
    }

    /// The numeric interval in canonical units for comparison. Dates are day numbers
    /// (days since 1970-01-01; low = first day, high = last day of the stated
    /// granularity). Times are minutes after midnight, in UTC when the zone has a fixed
    /// offset ("19:00 CET" is 1080), else as written. An unbounded side is ±infinity.
    /// `None` for unresolved dates.
    pub fn interval(&self) -> Option<(f64, f64)> {
        if !self.resolved || (self.value.is_none() && self.low().is_none() && self.high().is_none())
        {
            return None;
        }
        if self.kind == QuantityKind::Time {
            let shift = f64::from(self.utc_offset().unwrap_or(0));
            let lo = self.low().and_then(Value::as_f64);
            let hi = self.high().and_then(Value::as_f64);
            return Some((
                lo.map_or(f64::NEG_INFINITY, |x| x - shift),
                hi.map_or(f64::INFINITY, |x| x - shift),
            ));
        }
        let lo = match self.low() {
            Some(v) => value_low(v)?,
            None => f64::NEG_INFINITY,
        };
        let hi = match self.high() {
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
            _ => (kind, self.unit()),
        }
    }

    /// Whether two quantities measure the same dimension (both durations, both money in
    /// the same currency, both lengths, both dates, both ordinals, …) so compare may test
    /// overlap. Two times are comparable when their zones are the same, when neither
    /// states one (or both say "local time"), or when both zones have a fixed offset
    /// ([`interval`](Self::interval) then gives both in UTC): "19:00 GMT" and "20:00
    /// CET" are, "3 a.m. local time" and "0114 GMT" are not.
    pub fn comparable(&self, other: &Quantity) -> bool {
        if self.kind == QuantityKind::Time || other.kind == QuantityKind::Time {
            if self.kind != other.kind {
                return false;
            }
            let local = |z: Option<&str>| z.is_none_or(|z| z == "local");
            let (a, b) = (self.zone(), other.zone());
            return a == b
                || (local(a) && local(b))
                || (self.utc_offset().is_some() && other.utc_offset().is_some());
        }
        self.dimension() == other.dimension()
            // "$15 an hour" and "$600 a week" are not compared; "$80 a barrel" and "$82"
            // are.
            && (self.per.is_none() || other.per.is_none() || self.per == other.per)
    }

    /// The fixed UTC offset of a time's zone, in minutes.
    fn utc_offset(&self) -> Option<i32> {
        self.zone().and_then(lexicon::zone_offset)
    }
}

/// A [`Quantity`]'s boxed bounds: none when `low` and `high` are both `value`.
fn bounds_unless_exact(
    value: &Option<Value>,
    low: Option<Value>,
    high: Option<Value>,
) -> Option<Box<[Option<Value>; 2]>> {
    (!same(&low, value) || !same(&high, value)).then(|| Box::new([low, high]))
}

/// Whether two values are the same to the bit: a bound of -0.0 beside a value of 0.0,
/// or a NaN, is kept as it was set.
fn same(a: &Option<Value>, b: &Option<Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(Value::Number(x)), Some(Value::Number(y))) => x.to_bits() == y.to_bits(),
        (Some(Value::Iso(x)), Some(Value::Iso(y))) => x == y,
        _ => false,
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
/// Times wrap at midnight: "just before midnight" (23:45–00:00) overlaps "23:50".
pub fn overlaps(a: &Quantity, b: &Quantity) -> bool {
    if !a.comparable(b) {
        return false;
    }
    let touch = |(a0, a1): (f64, f64), (b0, b1): (f64, f64)| {
        let eps = 1e-9 * (a0.abs().max(a1.abs()).max(b0.abs()).max(b1.abs())).min(1e300);
        a0 <= b1 + eps && b0 <= a1 + eps
    };
    match (a.interval(), b.interval()) {
        (Some(x), Some((b0, b1))) if a.kind == QuantityKind::Time => {
            let day = 24.0 * 60.0;
            [-day, 0.0, day].iter().any(|d| touch(x, (b0 + d, b1 + d)))
        }
        (Some(x), Some(y)) => touch(x, y),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A unit is two bytes of a quantity: the scanner's by their code, any other in the
    /// rare fields, and each reads back as set.
    #[test]
    fn units_read_back_as_set() {
        assert_eq!(std::mem::size_of::<super::Quantity>(), 112);
        let ctx = ScanContext::default();
        let mut q = scan("It cost $5 and lasted 3 minutes.", &ctx).remove(0);
        assert_eq!(q.unit(), Some("USD"));
        assert!(q.rare.is_none());
        for unit in [
            Some("furlong/fortnight"),
            Some("%"),
            Some(""),
            None,
            Some("kg"),
        ] {
            q.set_unit(unit);
            assert_eq!(q.unit(), unit);
            let own = unit.is_some_and(|u| UnitCode::of(u).is_none());
            assert_eq!(q.rare.is_some(), own, "{unit:?}");
            let read: super::Quantity =
                serde_json::from_value(serde_json::to_value(&q).unwrap()).unwrap();
            assert_eq!(read, q);
        }
        assert!(UNITS.windows(2).all(|w| w[0] < w[1]));
        for u in ["s", "years_old", "%", "pp", "magnitude", "EUR", "m", "degC"] {
            assert!(UnitCode::of(u).is_some(), "{u}");
        }
    }

    #[test]
    fn rare_fields_set_and_cleared_leave_the_quantity_equal() {
        let plain = scan("The vote was at 3pm.", &ctx())[0].clone();
        assert_eq!(plain.zone(), None);
        let linked = scan("The range is 2,500km (1,550 miles).", &ctx())[0].clone();
        let mut q = plain.clone();
        q.set_zone(Some("GMT".into()));
        assert_eq!(q.zone(), Some("GMT"));
        assert_ne!(q, plain);
        q.set_relative(Some("day -1".into()));
        q.push_also(linked.also()[0].clone());
        assert_eq!(q.also().len(), 1);
        q.set_zone(None);
        q.set_relative(None);
        assert_ne!(q, plain);
        q.set_also(Vec::new());
        assert_eq!(q, plain);
        // Nothing set on a quantity without rare fields keeps it as it was.
        q.set_also(Vec::new());
        q.set_zone(None);
        assert_eq!(q, plain);
    }

    #[test]
    fn bounds_are_held_apart_only_when_they_are_not_the_value() {
        let exact = scan("The vote was 62%.", &ctx())[0].clone();
        let v = Some(Value::Number(62.0));
        assert_eq!(
            (exact.value(), exact.low(), exact.high()),
            (v.as_ref(), v.as_ref(), v.as_ref())
        );
        assert!(exact.bounds.is_none(), "an exact quantity boxes no bounds");
        let mut q = exact.clone();
        // Bounds apart from the value, one of them unbounded, then the value alone.
        q.set_values(v.clone(), Some(Value::Number(60.0)), None);
        assert_eq!((q.low(), q.high()), (Some(&Value::Number(60.0)), None));
        assert_ne!(q, exact);
        q.set_values(v.clone(), v.clone(), v.clone());
        assert!(q.bounds.is_none());
        assert_eq!(q, exact);
        // Equal as numbers is not enough: -0.0 and NaN bounds read back as set.
        q.set_values(
            Some(Value::Number(0.0)),
            Some(Value::Number(-0.0)),
            Some(Value::Number(f64::NAN)),
        );
        assert!(
            q.low()
                .and_then(Value::as_f64)
                .is_some_and(|x| x.is_sign_negative())
        );
        assert!(q.high().and_then(Value::as_f64).is_some_and(f64::is_nan));
        // A range has no value and both ends.
        q.set_values(None, Some(Value::Number(1.0)), Some(Value::Number(2.0)));
        assert_eq!(
            (q.value(), q.low(), q.high()),
            (None, Some(&Value::Number(1.0)), Some(&Value::Number(2.0)))
        );
        let json = serde_json::to_string(&q).expect("serializes");
        assert_eq!(serde_json::from_str::<super::Quantity>(&json).ok(), Some(q));
    }

    #[test]
    fn a_granularity_reads_back_by_its_name_and_json() {
        for g in Granularity::ALL {
            let json = serde_json::to_string(&g).expect("serializes");
            assert_eq!(json, format!("\"{}\"", g.as_str()));
            assert_eq!(serde_json::from_str::<Granularity>(&json).ok(), Some(g));
        }
        // Only the four the schema names.
        assert!(serde_json::from_str::<Granularity>("\"decade\"").is_err());
        let dated = &scan("The vote is on 12 September 2025.", &ctx())[0];
        assert_eq!(dated.granularity, Some(Granularity::Day));
        let year = &scan("Turnout fell in 2019.", &ctx())[0];
        assert_eq!(year.granularity, Some(Granularity::Year));
    }

    #[test]
    fn kind_names_are_the_json_names() {
        for k in QuantityKind::ALL {
            assert_eq!(
                serde_json::to_value(k).unwrap(),
                serde_json::Value::from(k.as_str())
            );
        }
    }

    fn ctx() -> ScanContext {
        ScanContext {
            doc_date: chrono::NaiveDate::from_ymd_opt(2025, 10, 17),
            ..ScanContext::default()
        }
    }

    /// The first quantity of `text` as (surface, kind, value, unit, approx).
    fn first(
        text: &str,
    ) -> (
        String,
        QuantityKind,
        Option<Value>,
        Option<String>,
        Option<Approx>,
    ) {
        let q = scan(text, &ctx());
        let q = q
            .first()
            .unwrap_or_else(|| panic!("no quantity in {text:?}"));
        (
            q.text.to_string(),
            q.kind,
            q.value.clone(),
            q.unit().map(str::to_string),
            q.approx,
        )
    }

    fn num(text: &str) -> (QuantityKind, f64, Option<String>) {
        let (_, k, v, u, _) = first(text);
        (k, v.and_then(|v| v.as_f64()).unwrap_or(f64::NAN), u)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
    }

    #[track_caller]
    fn check(text: &str, kind: QuantityKind, value: f64, unit: Option<&str>) {
        let (k, v, u) = num(text);
        assert_eq!(k, kind, "{text}");
        assert!(close(v, value), "{text}: {v} != {value}");
        assert_eq!(u.as_deref(), unit, "{text}");
    }

    use QuantityKind::*;

    #[test]
    fn cardinals() {
        check("Police arrested 8 people.", Cardinal, 8.0, None);
        check(
            "The airline cancelled 1,000 flights.",
            Cardinal,
            1000.0,
            None,
        );
        check("Officials recounted 1 000 ballots.", Cardinal, 1000.0, None);
        check("Eight people died.", Cardinal, 8.0, None);
        check("Twenty-one miners are trapped.", Cardinal, 21.0, None);
        check(
            "He heard three hundred and forty-two witnesses.",
            Cardinal,
            342.0,
            None,
        );
        check("A dozen protesters gathered.", Cardinal, 12.0, None);
        check("She met a couple of friends.", Cardinal, 2.0, None);
        check(
            "She waited a couple of days.",
            Duration,
            172_800.0,
            Some("s"),
        );
        check("Half a million people marched.", Cardinal, 500_000.0, None);
        check(
            "The city has 3.5 million residents.",
            Cardinal,
            3_500_000.0,
            None,
        );
        check("The app has 2.3m users.", Cardinal, 2_300_000.0, None);
        check(
            "Net migration was -4,200 last year.",
            Cardinal,
            -4200.0,
            None,
        );
    }

    #[test]
    fn ordinals() {
        check("It was the eighth call.", Ordinal, 8.0, None);
        check("It was the 8th call.", Ordinal, 8.0, None);
        check(
            "Mexico became the twenty-first country to sign.",
            Ordinal,
            21.0,
            None,
        );
        check("It was the second round of talks.", Ordinal, 2.0, None);
    }

    #[test]
    fn fractions() {
        check(
            "They talked for two and a half hours.",
            Duration,
            9000.0,
            Some("s"),
        );
        check("The rate is 2 1/2 per cent.", Percent, 2.5, Some("%"));
        check(
            "The course is 2½ miles long.",
            Quantity,
            2.5 * 1609.344,
            Some("m"),
        );
        check(
            "Three quarters of the budget goes on salaries.",
            Cardinal,
            0.75,
            None,
        );
        check(
            "A two-thirds majority is needed.",
            Cardinal,
            2.0 / 3.0,
            None,
        );
        check(
            "One in five children lives in poverty.",
            Percent,
            20.0,
            Some("%"),
        );
        // A fraction glyph alone, as some outlets' style sheets write it.
        check("About ¾ of the harvest was lost.", Cardinal, 0.75, None);
        check(
            "The sinkhole swallowed a ½-mile stretch of road.",
            Quantity,
            0.5 * 1609.344,
            Some("m"),
        );
    }

    #[test]
    fn percentages() {
        check("Turnout was 45%.", Percent, 45.0, Some("%"));
        check("Turnout was 45 per cent.", Percent, 45.0, Some("%"));
        check(
            "Forty-five percent of voters agreed.",
            Percent,
            45.0,
            Some("%"),
        );
        check(
            "The lead narrowed by 3.5 percentage points.",
            Percent,
            3.5,
            Some("pp"),
        );
        check(
            "The bank cut rates by 25 basis points.",
            Percent,
            0.25,
            Some("pp"),
        );
    }

    #[test]
    fn money() {
        check("It posted a $1.2bn loss.", Money, 1.2e9, Some("USD"));
        check("It raised US$ 75 million.", Money, 75e6, Some("USD"));
        check("It costs USD 200.", Money, 200.0, Some("USD"));
        check("An order worth €88m was won.", Money, 88e6, Some("EUR"));
        check("He was paid £76 million.", Money, 76e6, Some("GBP"));
        check("The fine was 88 million euros.", Money, 88e6, Some("EUR"));
        check("It spent Rs 200 crore.", Money, 2e9, Some("INR"));
        check("Petrol costs Rs. 368 a litre.", Money, 368.0, Some("INR"));
        // The taka and the rupiah before the amount, with or without a period.
        check(
            "The wage rose to Tk 12,900 a month.",
            Money,
            12_900.0,
            Some("BDT"),
        );
        check("Rice costs Tk. 80 a kilo.", Money, 80.0, Some("BDT"));
        check("A litre of oil is Rp 15,000.", Money, 15_000.0, Some("IDR"));
        check(
            "A litre of oil is Rp. 15,000.",
            Money,
            15_000.0,
            Some("IDR"),
        );
        // East African shillings before the amount, as each country's papers write them:
        // Kenya's "Sh" and "KSh", Uganda's "Shs" and "USh", Tanzania's "TSh".
        check(
            "Motorcycles pay Shs1,000 each way.",
            Money,
            1_000.0,
            Some("UGX"),
        );
        check("The fee is USh 5,000.", Money, 5_000.0, Some("UGX"));
        check("Tea fetched Sh250 a kilo.", Money, 250.0, Some("KES"));
        check("The levy is KSh 3 billion.", Money, 3e9, Some("KES"));
        // Every ISO 4217 code that is no English word, before or after the amount.
        check("The plot cost MVR 3,150.", Money, 3150.0, Some("MVR"));
        check(
            "Cocoa sold at XAF 3,150 a kilo.",
            Money,
            3150.0,
            Some("XAF"),
        );
        check("Farmers were paid 20 million GHS.", Money, 2e7, Some("GHS"));
        check("Fares rose to TSh 2,500.", Money, 2_500.0, Some("TZS"));
        // Letters straight before the digits are the currency, not a code ("G7").
        check("Petrol costs Rs368 a litre.", Money, 368.0, Some("INR"));
        check("The fee is USD500.", Money, 500.0, Some("USD"));
        check("A loaf rose by 5p.", Money, 0.05, Some("GBP"));
        check("Debt hit $4tn.", Money, 4e12, Some("USD"));
        check(
            "The budget is 1.2 billion dollars.",
            Money,
            1.2e9,
            Some("USD"),
        );
    }

    #[test]
    fn physical_quantities() {
        check(
            "The missiles fly 2,500km.",
            Quantity,
            2_500_000.0,
            Some("m"),
        );
        check(
            "The park covers 30 square miles.",
            Quantity,
            30.0 * 2_589_988.110336,
            Some("m2"),
        );
        check(
            "They drew 3,000 gallons.",
            Quantity,
            3000.0 * 0.003785411784,
            Some("m3"),
        );
        check(
            "The pumpkin weighed 2,749 lb.",
            Quantity,
            2749.0 * 0.45359237,
            Some("kg"),
        );
        check("The car was doing 30 mph.", Quantity, 13.4112, Some("m/s"));
        check("It was 30C in Madrid.", Quantity, 30.0, Some("degC"));
        check("It was 86°F in Texas.", Quantity, 30.0, Some("degC"));
        check("The update is a 500MB download.", Quantity, 5e8, Some("B"));
        check(
            "A 30-year-old man was arrested.",
            Quantity,
            30.0,
            Some("years_old"),
        );
        check(
            "A woman aged 30 was arrested.",
            Quantity,
            30.0,
            Some("years_old"),
        );
        check("The suspect is 6ft 2in tall.", Quantity, 1.8796, Some("m"));
    }

    #[test]
    fn durations() {
        check("The call took 150 minutes.", Duration, 9000.0, Some("s"));
        check("Trump held a two-hour call.", Duration, 7200.0, Some("s"));
        check(
            "The flight was delayed by an hour and a half.",
            Duration,
            5400.0,
            Some("s"),
        );
        check(
            "The union called a three-day strike.",
            Duration,
            259_200.0,
            Some("s"),
        );
        check(
            "The talks lasted a fortnight.",
            Duration,
            1_209_600.0,
            Some("s"),
        );
        check("Sawe won in 2:02:27.", Duration, 7347.0, Some("s"));
    }

    #[track_caller]
    fn date(text: &str, iso: &str) {
        let (_, k, v, _, _) = first(text);
        assert_eq!(k, Date, "{text}");
        assert_eq!(v, Some(Value::Iso(iso.into())), "{text}");
    }

    #[test]
    fn dates() {
        date("The leaders spoke on Thursday.", "2025-10-16");
        date("The leaders will meet on Thursday.", "2025-10-23");
        date("Prices rose last week.", "2025-W41");
        date("Exports fell in August.", "2025-08");
        date("Talks resume next month.", "2025-11");
        date("The report was published on 16 October.", "2025-10-16");
        date("The report was published Oct. 16, 2025.", "2025-10-16");
        date("The report was published on 2025-10-16.", "2025-10-16");
        date("The shah fled in 1979.", "1979");
        date("The elections will be held in March.", "2026-03");
    }

    #[test]
    fn unresolved_dates_say_so() {
        let q = scan("The leaders spoke on Thursday.", &ScanContext::default());
        assert_eq!(q.len(), 1);
        assert!(!q[0].resolved);
        assert_eq!(q[0].value, None);
        assert!(q[0].relative().is_some());
        let q = scan("The shah fled in 1979.", &ScanContext::default());
        assert!(q[0].resolved);
    }

    #[track_caller]
    fn range(text: &str, low: f64, high: f64, unit: Option<&str>) {
        let q = scan(text, &ctx());
        let q = q
            .iter()
            .find(|q| q.kind == Range)
            .unwrap_or_else(|| panic!("no range in {text}"));
        let lo = q.low().and_then(Value::as_f64).unwrap_or(f64::NAN);
        let hi = q.high().and_then(Value::as_f64).unwrap_or(f64::NAN);
        assert!(close(lo, low) && close(hi, high), "{text}: {lo}..{hi}");
        assert_eq!(q.unit(), unit, "{text}");
    }

    #[test]
    fn ranges() {
        range("Crowds of 10-15 people gathered.", 10.0, 15.0, None);
        range(
            "Forecasters predict 10 to 15 inches of snow.",
            0.254,
            0.381,
            Some("m"),
        );
        range("Between 10 and 15 people were hurt.", 10.0, 15.0, None);
        range(
            "Lows will range from -18 °C to -34 °C.",
            -34.0,
            -18.0,
            Some("degC"),
        );
        range(
            "The 8- to 16-metre waves hit the coast.",
            8.0,
            16.0,
            Some("m"),
        );
        range("Revenue will be $3.4bn-$3.6bn.", 3.4e9, 3.6e9, Some("USD"));
        range("It will cost $10-15 million.", 10e6, 15e6, Some("USD"));
    }

    #[test]
    fn qualifiers() {
        let cases = [
            ("It took about 2,500 hours.", Approx::About),
            ("It took around 20 days.", Approx::About),
            ("It took nearly two and a half hours.", Approx::Nearly),
            ("It took almost 3 days.", Approx::Nearly),
            ("It cost more than $5m.", Approx::MoreThan),
            ("It cost over $5m.", Approx::MoreThan),
            ("It cost at least $5m.", Approx::AtLeast),
            ("It cost up to $5m.", Approx::AtMost),
            ("It cost less than $5m.", Approx::LessThan),
            ("It drew 20,000-odd fans.", Approx::About),
        ];
        for (text, a) in cases {
            assert_eq!(first(text).4, Some(a), "{text}");
        }
        // "20% more than a year earlier" is a comparative.
        let q = scan("Sales were 20% more than a year earlier.", &ctx());
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].approx, None);
    }

    #[test]
    fn nearly_and_more_than_overlap_but_exact_hours_do_not() {
        let a = &scan("It took nearly two and a half hours.", &ctx())[0];
        let b = &scan("It took more than two hours.", &ctx())[0];
        let c = &scan("It took two hours.", &ctx())[0];
        let d = &scan("It took two and a half hours.", &ctx())[0];
        assert!(overlaps(a, b));
        assert!(!overlaps(c, d));
        assert!(!overlaps(c, &scan("It cost $2.", &ctx())[0]));
    }

    #[test]
    fn about_follows_rounding() {
        let width = |t: &str| {
            let (lo, hi) = scan(t, &ctx())[0].interval().unwrap_or((0.0, 0.0));
            hi - lo
        };
        assert!(width("about 2,500 km") > width("about 2,537 km"));
    }

    #[test]
    fn objects() {
        let obj = |t: &str| scan(t, &ctx())[0].object.clone();
        assert_eq!(
            obj("It was the eighth call this year.").as_deref(),
            Some("call")
        );
        assert_eq!(obj("Four thieves fled.").as_deref(), Some("thieves"));
        assert_eq!(
            obj("They stole nine pieces of jewellery.").as_deref(),
            Some("pieces of jewellery")
        );
        assert_eq!(
            obj("Markets price a 71% chance of a cut.").as_deref(),
            Some("chance of a cut")
        );
        assert_eq!(
            obj("The council will hire forty new teachers.").as_deref(),
            Some("teachers")
        );
    }

    #[test]
    fn linked_conversions() {
        let q = &scan("The range is 2,500km (1,550 miles).", &ctx())[0];
        assert_eq!(q.also().len(), 1);
        assert_eq!(q.also()[0].unit.as_deref(), Some("m"));
        assert_eq!(q.also()[0].consistent, Some(true));
        let q = &scan("The range is 2,500km (1,000 miles).", &ctx())[0];
        assert_eq!(q.also()[0].consistent, Some(false));
    }

    #[test]
    fn not_quantities() {
        let none = [
            "Call the newsroom on +1 202 555 0143.",
            "The server is at 192.168.0.1.",
            "Ukraine wants more F-16 jets.",
            "The Boeing 737 is popular.",
            "The Covid-19 pandemic ended.",
            "He upgraded to Windows 11.",
            "The G7 met in Canada.",
            "One of them was injured.",
            "No one was hurt.",
            "Spain won Euro 2024 in Berlin.",
            "The Second World War ended.",
            "The hotline operates 24/7.",
            "At first, officials denied it.",
            "A spokesman for No 10 declined to comment.",
            "Operators rolled out 5G networks.",
            // A year that names a law or a treaty.
            "It is within the meaning of the Securities Litigation Reform Act of 1995.",
            "They cited the Refugee Convention of 1951.",
            // A numbered conference, not pesos: COP is left out of the currency codes.
            "Negotiators at COP30 agreed on a draft text.",
        ];
        for text in none {
            assert!(
                scan(text, &ctx()).is_empty(),
                "{text}: {:?}",
                scan(text, &ctx())
            );
        }
    }

    #[test]
    fn scores_are_two_cardinals() {
        let q = scan("The Senate voted 52-48.", &ctx());
        assert_eq!(q.len(), 2);
        assert!(q.iter().all(|q| q.kind == Cardinal));
    }

    #[test]
    fn changes_are_two_values() {
        let q = scan("Washington raised the tariff from 10% to 39%.", &ctx());
        assert_eq!(q.len(), 2);
        assert!(q.iter().all(|q| q.kind == Percent));
    }

    #[test]
    fn shift_moves_all_offsets() {
        let mut q = scan("It is 2,500km (1,550 miles) away.", &ctx())[0].clone();
        let (s, e, a) = (q.start, q.end, q.also()[0].start);
        q.shift(100);
        assert_eq!(
            (q.start, q.end, q.also()[0].start),
            (s + 100, e + 100, a + 100)
        );
    }

    #[test]
    fn comparable_dimensions() {
        let km = &scan("It is 2,500km away.", &ctx())[0];
        let mi = &scan("It is 1,550 miles away.", &ctx())[0];
        let usd = &scan("It cost $5.", &ctx())[0];
        let eur = &scan("It cost €5.", &ctx())[0];
        assert!(km.comparable(mi));
        assert!(!usd.comparable(eur));
        assert!(!km.comparable(usd));
    }

    #[test]
    fn date_intervals_are_day_numbers() {
        let q = &scan("Prices rose in 1970.", &ctx())[0];
        assert_eq!(q.interval(), Some((0.0, 364.0)));
    }

    /// The money a document's sentence gives: (text, value, currency code).
    fn money_in(doc: &str, sentence: &str) -> Vec<(String, f64, String)> {
        let ctx = ScanContext::for_document(None, doc);
        scan(sentence, &ctx)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Money || q.kind == QuantityKind::Range)
            .map(|q| {
                let v = q.value().or(q.low()).and_then(Value::as_f64);
                let unit = q.unit().unwrap_or_default().to_string();
                (q.text.to_string(), v.unwrap_or(f64::NAN), unit)
            })
            .collect()
    }

    #[test]
    fn a_currency_letter_joined_to_money() {
        let s = "Unions want N50,000, the state offers N5bn and R2.3bn, R850-million, P20 billion and K95,000.";
        let got = money_in(s, s);
        let want = [
            ("N50,000", 50_000.0, "NGN"),
            ("N5bn", 5e9, "NGN"),
            ("R2.3bn", 2.3e9, "ZAR"),
            ("R850-million", 8.5e8, "ZAR"),
            ("P20 billion", 2e10, "PHP"),
            ("K95,000", 95_000.0, "ZMW"),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((t, v, u), (wt, wv, wu)) in got.iter().zip(want) {
            assert_eq!((t.as_str(), u.as_str()), (wt, wu));
            assert!((v - wv).abs() < 1e-6 * wv, "{t}: {v}");
        }
    }

    /// The scales after a currency letter are the lexicon's: its abbreviations ("bln",
    /// "trn", "m" joined to the digits) and scale words; "K5 m" is no amount.
    #[test]
    fn a_currency_letter_takes_the_lexicon_s_scales() {
        let s = "It cost P3 bln, N1.2trn and K5m, and the site is K5 m wide.";
        let got: Vec<(String, String)> =
            money_in(s, s).into_iter().map(|(t, _, u)| (t, u)).collect();
        let want = [("P3 bln", "PHP"), ("N1.2trn", "NGN"), ("K5m", "ZMW")];
        assert_eq!(
            got.iter()
                .map(|(t, u)| (t.as_str(), u.as_str()))
                .collect::<Vec<_>>(),
            want
        );
    }

    #[test]
    fn a_currency_letter_is_the_named_country_s() {
        let s = "Reserves fell to P62.1 billion and the miner owes K2.4 billion.";
        let codes = |doc: &str| -> Vec<String> {
            money_in(doc, s).into_iter().map(|(_, _, u)| u).collect()
        };
        assert_eq!(codes(s), ["PHP", "ZMW"]);
        assert_eq!(
            codes(&format!("In Botswana and Malawi. {s}")),
            ["BWP", "MWK"]
        );
        assert_eq!(codes(&format!("Port Moresby. {s}")), ["PHP", "PGK"]);
        assert_eq!(codes(&format!("Myanmar. {s}")), ["PHP", "MMK"]);
        // "pula" and "kina" as words, not inside "population" or "Kinabalu".
        assert_eq!(
            codes(&format!("The population of Kinabalu. {s}")),
            ["PHP", "ZMW"]
        );
    }

    #[test]
    fn a_bare_amount_after_a_letter_is_money_where_the_country_is_named() {
        let s = "Rice sells at P45 a kilo, petrol at N617 a litre and the fare is K30.";
        assert!(money_in(s, s).is_empty(), "{:?}", money_in(s, s));
        let doc = format!("Traders in Manila, Lagos and Lusaka. {s}");
        let got: Vec<String> = money_in(&doc, s)
            .into_iter()
            .map(|(t, _, u)| format!("{t} {u}"))
            .collect();
        assert_eq!(got, ["P45 a kilo PHP", "N617 a litre NGN", "K30 ZMW"]);
        // The mask, the dog unit and the index stay names wherever the story is.
        let s = "Lagos nurses want N95 masks; a K9 unit in Lusaka; the S&P 500 in Manila.";
        let q: Vec<String> = scan(s, &ScanContext::for_document(None, s))
            .into_iter()
            .map(|q| q.text.to_string())
            .collect();
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn the_bolivar_written_before_its_amount() {
        let got = money_in("", "The dollar traded at Bs. 372 and Bs. 52.4.");
        let codes: Vec<(&str, &str)> = got
            .iter()
            .map(|(t, _, u)| (t.as_str(), u.as_str()))
            .collect();
        assert_eq!(codes, [("Bs. 372", "VES"), ("Bs. 52.4", "VES")]);
    }
}
