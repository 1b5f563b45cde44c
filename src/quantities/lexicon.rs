//! Lexicons: the data tables under `lexicon/`, parsed once into one index keyed by the
//! lowercased first token of each entry. A word is looked up once, when it is
//! tokenized; multi-token entries ("per cent", "square miles", "more than") are then
//! matched against the following tokens.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::Approx;
use super::tokenize::{Kind, Token, split_raw};

const NUMBERS: &str = include_str!("lexicon/numbers.tsv");
const SCALES: &str = include_str!("lexicon/scales.tsv");
const UNITS: &str = include_str!("lexicon/units.tsv");
const CURRENCIES: &str = include_str!("lexicon/currencies.tsv");
const PERCENT: &str = include_str!("lexicon/percent.tsv");
const QUALIFIERS: &str = include_str!("lexicon/qualifiers.tsv");
const DATES: &str = include_str!("lexicon/dates.tsv");
const WORDS: &str = include_str!("lexicon/words.tsv");
const IDIOMS: &str = include_str!("lexicon/idioms.tsv");
const ADJECTIVES: &str = include_str!("lexicon/adjectives.tsv");
const PEOPLE: &str = include_str!("lexicon/people.tsv");
const SEISMIC: &str = include_str!("lexicon/seismic.tsv");
const TIMES: &str = include_str!("lexicon/times.tsv");

/// The class of a number word (see `numbers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumClass {
    Zero,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
    OrdUnit,
    OrdTeen,
    OrdTens,
    OrdHundred,
    OrdScale,
    Frac,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Quantity,
    Duration,
    Age,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct UnitDef {
    pub kind: UnitKind,
    pub unit: &'static str,
    pub factor: f64,
    pub offset: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CurDef {
    pub code: &'static str,
    pub factor: f64,
    pub pre: bool,
    pub post: bool,
}

/// The class of a word of an earthquake report (see `seismic.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seismic {
    /// "magnitude" before its number.
    Magnitude,
    /// "on the Richter scale" after it.
    Suffix,
    /// "M", "Mw": the symbol glued to or just before the number.
    Prefix,
    /// A quake noun ("quake", "aftershock", "temblor") and the object it gives a
    /// magnitude ("earthquake", "aftershock").
    Quake(&'static str),
    /// "measuring", "registering".
    Cue,
    /// May stand between "magnitude" and its number: "preliminary", "revised".
    Filler,
    /// Makes a sentence about earthquakes: "USGS", "seismic".
    Context,
    /// May follow a magnitude like a function word: "near", "off".
    Place,
}

/// A time zone written after a clock time (see `times.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ZoneDef {
    /// The name in the output: "GMT", "ET", "local".
    pub name: &'static str,
    /// Minutes east of UTC, when fixed (not for "ET", which follows daylight saving).
    pub offset: Option<i32>,
}

/// Which half of the day a word after the hour puts it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Half {
    Am,
    Pm,
    /// "at night": pm from 6 to 11, am otherwise ("3 at night").
    Night,
}

/// The class of a word of a clock time (see `times.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClockWord {
    /// "a.m.", "pm".
    Meridiem(Half),
    /// "noon" (720), "midnight" (0): minutes after midnight.
    Named(i32),
    Zone(ZoneDef),
    /// "shortly after" (30): the window after the time in minutes; `None` unbounded.
    After(Option<i32>),
    /// "just before" (15): the window before the time.
    Before(Option<i32>),
    /// "at", "by", "until": marks a clock time.
    Prep,
    /// "hrs" after a four-digit time.
    Hours,
    /// "in the morning", "at night".
    DayPart(Half),
    /// "deadline" after "midnight".
    Follow,
}

/// Word classes from `words.tsv`, as bits.
pub(crate) mod wc {
    pub const FN: u32 = 1;
    pub const YEARPREV: u32 = 2;
    pub const DET: u32 = 4;
    pub const SCORE: u32 = 8;
    pub const PAST: u32 = 16;
    pub const FUTURE: u32 = 32;
    pub const VERB: u32 = 64;
    pub const PLURAL: u32 = 128;
    pub const STREET: u32 = 256;
    pub const METRE: u32 = 512;
    pub const MONEY: u32 = 1024;
    pub const PARTITIVE: u32 = 2048;
    pub const CHANGE: u32 = 4096;
    pub const PHONE: u32 = 8192;
    pub const DURCUE: u32 = 16384;
    pub const TIMEREF: u32 = 32768;
    pub const LABEL: u32 = 1 << 16;
    pub const ORDNAME: u32 = 1 << 17;
    pub const SCHED: u32 = 1 << 18;
    pub const SPAN: u32 = 1 << 19;
    pub const PARTICLE: u32 = 1 << 20;
    pub const DAYNAME: u32 = 1 << 21;
    pub const AGECOP: u32 = 1 << 22;
    /// From `people.tsv`: nouns and pronouns for people.
    pub const PERSON: u32 = 1 << 23;
    /// From `people.tsv` (second column `kin`): "a mother of two" counts children.
    pub const KIN: u32 = 1 << 24;
    pub const CLAUSE: u32 = 1 << 25;
    pub const ADVERB: u32 = 1 << 26;
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Payload {
    Num(NumClass, f64),
    Scale(f64),
    Unit(UnitDef),
    Currency(CurDef),
    /// Percent unit ("%" or "pp") and factor; `after_percent`: only after "percentage".
    Percent(&'static str, f64, bool),
    Qualifier(Approx, bool),
    Month(u32),
    Weekday(u32),
    Day(i64),
    Period(u32),
    Rel(i32),
    Word(u32),
    /// A phrase that is not a quantity ("at first", "one-off").
    Idiom,
    /// An adjective left out of counted objects.
    Adjective,
    /// A word of an earthquake report (`seismic.tsv`).
    Seismic(Seismic),
    /// A word of a clock time (`times.tsv`).
    Clock(ClockWord),
}

#[derive(Debug)]
pub(crate) struct Entry {
    /// Lowercased tokens after the first.
    pub rest: Box<[Box<str>]>,
    /// For case-sensitive entries: every token as written.
    pub exact: Option<Box<[Box<str>]>>,
    /// Must directly follow the digits, without a space ("5g", "30C", "2.3m").
    pub attached: bool,
    /// A common word as well; needs support from context.
    pub weak: bool,
    pub payload: Payload,
    /// The payload can start a quantity (see [`Entry::starts_quantity`]), decided once
    /// at load: the grammar asks for every candidate word.
    starts: bool,
}

impl Entry {
    /// Whether a case-sensitive entry's first token matches `text` as written.
    pub(crate) fn first_ok(&self, text: &str) -> bool {
        self.exact
            .as_ref()
            .is_none_or(|x| x.first().is_some_and(|f| **f == *text))
    }

    /// Whether a word with this entry can start a quantity or date: number words,
    /// currency prefixes, qualifiers, calendar words, idioms, and the few function words
    /// the grammar starts from ("a dozen", "half a million", "between", "aged", "mid-").
    ///
    /// `text` is a word this entry was found under: it lowercases to the entry's key, so
    /// the answer depends on the entry alone, once a case-sensitive entry's first token
    /// matches as written.
    pub(crate) fn starts_quantity(&self, text: &str) -> bool {
        self.starts && self.first_ok(text)
    }

    /// [`Entry::starts_quantity`] as decided at load, for the key or written first token
    /// `text`.
    fn payload_starts(&self, text: &str) -> bool {
        match self.payload {
            Payload::Num(..)
            | Payload::Qualifier(_, false)
            | Payload::Month(_)
            | Payload::Weekday(_)
            | Payload::Day(_)
            | Payload::Rel(_)
            | Payload::Idiom
            | Payload::Clock(ClockWord::Named(_)) => true,
            Payload::Currency(c) => c.pre,
            Payload::Word(_) => [
                "a", "an", "half", "between", "from", "aged", "age", "ages", "minus", "mid",
                "early", "late",
            ]
            .iter()
            // An ASCII word of another length cannot match (as in `Token::is_word`).
            .any(|w| (w.len() == text.len() || !text.is_ascii()) && eq_lower(text, w)),
            _ => false,
        }
    }

    /// Whether the entry could start a quantity in some spelling.
    fn could_start(&self) -> bool {
        self.exact
            .as_ref()
            .and_then(|x| x.first())
            .is_some_and(|f| self.payload_starts(f))
    }

    /// Number of tokens this entry spans.
    pub(crate) fn len(&self) -> usize {
        1 + self.rest.len()
    }

    /// Whether the entry matches the tokens starting at `i` (the first token is known
    /// to match case-insensitively already).
    pub(crate) fn matches(&self, toks: &[Token<'_>], i: usize) -> bool {
        if i + self.len() > toks.len() {
            return false;
        }
        if let Some(exact) = &self.exact {
            return exact.iter().zip(&toks[i..]).all(|(e, t)| **e == *t.text);
        }
        self.rest
            .iter()
            .zip(&toks[i + 1..])
            .all(|(e, t)| !t.newline && t.eq_lower(e))
    }
}

/// `a` equals the lowercase `lower`, ignoring case.
pub(crate) fn eq_lower(a: &str, lower: &str) -> bool {
    if a.is_ascii() {
        a.eq_ignore_ascii_case(lower)
    } else {
        a.to_lowercase() == lower
    }
}

/// FxHash: a fast, non-cryptographic hash for short keys (lexicon lookups happen once
/// per word of every sentence).
#[derive(Default, Clone, Copy)]
pub(crate) struct Fx(u64);

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
}

/// The entries starting with one lowercased token, and whether that token can start a
/// quantity (computed once here so the tokenizer does not test every word).
#[derive(Default, Clone)]
struct Slot {
    /// Where the entries are in `Lexicon::entries`.
    entries: std::ops::Range<u32>,
    /// Some case-insensitive entry starts a quantity.
    starter: bool,
    /// Some case-sensitive entry might: test the written form.
    cs_starter: bool,
}

pub(crate) struct Lexicon {
    /// Keys borrow the table text when it is lower-case already (most first words).
    index: HashMap<Cow<'static, [u8]>, Slot, BuildHasherDefault<Fx>>,
    /// Every entry, grouped by slot: one vector for the whole lexicon instead of one per
    /// word, which made a good part of the start-up cost.
    entries: Vec<Entry>,
    /// While loading: (slot number, entry) in table order.
    pending: Vec<(u32, Entry)>,
    max_key: usize,
    /// A quick pre-filter on (length, first letter, last letter) of every key: most
    /// words of a sentence are not in any lexicon and are rejected without hashing.
    filter: Vec<u32>,
    /// The same pre-filter over the keys that can start a quantity (number words,
    /// currencies, qualifiers, calendar words), with the second letter too: the
    /// tokenizer asks only this one.
    starter_filter: Vec<u32>,
    starter_second: Vec<u32>,
    /// Every time zone of `times.tsv`, for [`zone_offset`].
    zones: Vec<ZoneDef>,
    /// The slots of the keys of one to eight ASCII letters, by [`short_key`]: most words
    /// of a sentence are short, and one probe here replaces the pre-filter, the copy,
    /// the lowercasing and the hashing of a byte string.
    short: ShortIndex,
}

/// An open-addressing table (linear probing, at most 40% full) from [`short_key`] to
/// a slot. Key 0 marks an empty place: no word packs to 0.
#[derive(Default)]
struct ShortIndex {
    keys: Box<[u64]>,
    slots: Box<[Slot]>,
    /// `64 - log2(keys.len())`: the hash is the top bits of a multiplication.
    shift: u32,
}

impl ShortIndex {
    fn new(keys: impl ExactSizeIterator<Item = (u64, Slot)>) -> ShortIndex {
        let size = (keys.len() * 5 / 2).next_power_of_two().max(16);
        let mut t = ShortIndex {
            keys: vec![0; size].into_boxed_slice(),
            slots: vec![Slot::default(); size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
        };
        for (k, slot) in keys {
            let mut at = t.home(k);
            while t.keys[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            t.keys[at] = k;
            t.slots[at] = slot;
        }
        t
    }

    #[inline]
    fn home(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, k: u64) -> Option<&Slot> {
        let mask = self.keys.len().wrapping_sub(1);
        let mut at = self.home(k);
        loop {
            match self.keys.get(at)? {
                0 => return None,
                &x if x == k => return self.slots.get(at),
                _ => at = (at + 1) & mask,
            }
        }
    }
}

/// A word of one to eight ASCII letters, lowercased and packed little-endian into a
/// `u64` (the unused high bytes zero). Only for such words: other bytes are not
/// lowercased correctly.
pub(crate) fn short_key(word: &[u8]) -> u64 {
    let w = word.iter().rev().fold(0, |k, &c| (k << 8) | u64::from(c));
    short_key_of(w, word.len())
}

/// [`short_key`] of the word of `len` (1 to 8) ASCII letters in the low bytes of `w`
/// (the bytes above it may hold anything).
#[inline]
pub(crate) fn short_key_of(w: u64, len: usize) -> u64 {
    debug_assert!((1..=8).contains(&len));
    let mask = u64::MAX >> (64 - 8 * len.clamp(1, 8));
    (w | 0x2020_2020_2020_2020) & mask
}

fn letter_class(c: u8) -> usize {
    match c.to_ascii_lowercase() {
        c @ b'a'..=b'z' => usize::from(c - b'a'),
        _ => 26,
    }
}

/// Bit of the second character of a key.
fn second_bit(key: &[u8]) -> u32 {
    1 << key.get(1).copied().map_or(26, letter_class)
}

/// Position of a key in the pre-filter: (row, bit).
fn filter_slot(key: &[u8]) -> (usize, u32) {
    let class = |c: u8| match c.to_ascii_lowercase() {
        c @ b'a'..=b'z' => usize::from(c - b'a'),
        _ => 26,
    };
    let first = key.first().copied().map_or(26, class);
    let last = key.last().copied().map_or(26, class);
    (key.len().min(31) * 27 + first, 1 << last)
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// The fixed UTC offset in minutes of a time zone as named in the output ("GMT" 0, "CET"
/// 60), or `None` when it is not fixed ("ET", "local") or not known.
pub(crate) fn zone_offset(name: &str) -> Option<i32> {
    LEXICON
        .zones
        .iter()
        .find(|z| z.name == name)
        .and_then(|z| z.offset)
}

impl Lexicon {
    /// Entries whose first token is `text` (case-insensitively).
    pub(crate) fn lookup(&self, text: &str) -> &[Entry] {
        self.lookup_with_starter(text).0
    }

    /// False when `text` certainly cannot start a quantity (a cheap pre-filter).
    pub(crate) fn maybe_starter(&self, text: &str, ascii: bool) -> bool {
        if !ascii {
            return true;
        }
        let key = text.as_bytes();
        let (row, bit) = filter_slot(key);
        self.starter_filter.get(row).is_some_and(|r| r & bit != 0)
            && self
                .starter_second
                .get(row)
                .is_some_and(|r| r & second_bit(key) != 0)
    }

    /// [`Lexicon::lookup_with_starter`] for a word of one to eight ASCII letters,
    /// given its [`short_key`].
    #[inline]
    pub(crate) fn lookup_short(&self, key: u64, text: &str) -> (&[Entry], bool) {
        match self.short.get(key) {
            None => (&[], false),
            Some(s) => self.slot_entries(s, text),
        }
    }

    fn slot_entries(&self, s: &Slot, text: &str) -> (&[Entry], bool) {
        let entries = &self.entries[s.entries.start as usize..s.entries.end as usize];
        let starter =
            s.starter || (s.cs_starter && entries.iter().any(|e| e.starts_quantity(text)));
        (entries, starter)
    }

    /// Entries whose first token is `text`, and whether `text` can start a quantity.
    pub(crate) fn lookup_with_starter(&self, text: &str) -> (&[Entry], bool) {
        if text.len() > self.max_key {
            return (&[], false);
        }
        let (row, bit) = filter_slot(text.as_bytes());
        if text.is_ascii() && self.filter.get(row).is_none_or(|r| r & bit == 0) {
            return (&[], false);
        }
        let mut buf = [0u8; 64];
        let slot = if text.is_ascii() {
            let b = &mut buf[..text.len()];
            b.copy_from_slice(text.as_bytes());
            b.make_ascii_lowercase();
            self.index.get(&*b)
        } else {
            self.index.get(text.to_lowercase().as_bytes())
        };
        match slot {
            None => (&[], false),
            Some(s) => self.slot_entries(s, text),
        }
    }

    fn load() -> Lexicon {
        let mut lex = Lexicon {
            // Room for every first word of the tables (about 1,700) without rehashing.
            index: HashMap::with_capacity_and_hasher(2048, Default::default()),
            entries: Vec::new(),
            pending: Vec::with_capacity(2048),
            max_key: 0,
            filter: vec![0; 32 * 27],
            starter_filter: vec![0; 32 * 27],
            starter_second: vec![0; 32 * 27],
            zones: Vec::new(),
            short: ShortIndex::default(),
        };
        for (cols, _) in rows(NUMBERS) {
            let class = match cols.get(1).copied().unwrap_or("") {
                "zero" => NumClass::Zero,
                "unit" => NumClass::Unit,
                "teen" => NumClass::Teen,
                "tens" => NumClass::Tens,
                "hundred" => NumClass::Hundred,
                "scale" => NumClass::Scale,
                "dozen" => NumClass::Dozen,
                "ord_unit" => NumClass::OrdUnit,
                "ord_teen" => NumClass::OrdTeen,
                "ord_tens" => NumClass::OrdTens,
                "ord_hundred" => NumClass::OrdHundred,
                "ord_scale" => NumClass::OrdScale,
                _ => NumClass::Frac,
            };
            lex.add(cols[0], "", Payload::Num(class, num(&cols, 2)));
        }
        for (cols, flags) in rows(SCALES) {
            lex.add(cols[0], flags, Payload::Scale(num(&cols, 1)));
        }
        for (cols, flags) in rows(UNITS) {
            let kind = match cols.get(1).copied().unwrap_or("") {
                "duration" => UnitKind::Duration,
                "age" => UnitKind::Age,
                _ => UnitKind::Quantity,
            };
            let def = UnitDef {
                kind,
                unit: cols.get(2).copied().unwrap_or(""),
                factor: num(&cols, 3),
                offset: num(&cols, 4),
            };
            lex.add(cols[0], flags, Payload::Unit(def));
        }
        for (cols, flags) in rows(CURRENCIES) {
            let pos = cols.get(3).copied().unwrap_or("both");
            let def = CurDef {
                code: cols.get(1).copied().unwrap_or(""),
                factor: num(&cols, 2),
                pre: pos != "post",
                post: pos != "pre",
            };
            lex.add(cols[0], flags, Payload::Currency(def));
        }
        for (cols, flags) in rows(PERCENT) {
            let unit = cols.get(1).copied().unwrap_or("%");
            let after = flags.contains("afterpercent");
            lex.add(cols[0], flags, Payload::Percent(unit, num(&cols, 2), after));
        }
        for (cols, _) in rows(QUALIFIERS) {
            let approx = match cols.get(1).copied().unwrap_or("") {
                "nearly" => Approx::Nearly,
                "more_than" => Approx::MoreThan,
                "at_least" => Approx::AtLeast,
                "at_most" => Approx::AtMost,
                "less_than" => Approx::LessThan,
                _ => Approx::About,
            };
            let post = cols.get(2).copied() == Some("post");
            lex.add(cols[0], "", Payload::Qualifier(approx, post));
        }
        for (cols, _) in rows(DATES) {
            let v = num(&cols, 2);
            let p = match cols.get(1).copied().unwrap_or("") {
                "month" => Payload::Month(v as u32),
                "weekday" => Payload::Weekday(v as u32),
                "day" => Payload::Day(v as i64),
                "period" => Payload::Period(v as u32),
                _ => Payload::Rel(v as i32),
            };
            lex.add(cols[0], "", p);
        }
        for (cols, _) in rows(WORDS) {
            let mut bits = 0;
            for c in cols.get(1).copied().unwrap_or("").split(',') {
                bits |= match c.trim() {
                    "fn" => wc::FN,
                    "yearprev" => wc::YEARPREV,
                    "det" => wc::DET,
                    "score" => wc::SCORE,
                    "past" => wc::PAST,
                    "future" => wc::FUTURE,
                    "verb" => wc::VERB,
                    "plural" => wc::PLURAL,
                    "street" => wc::STREET,
                    "metre" => wc::METRE,
                    "money" => wc::MONEY,
                    "partitive" => wc::PARTITIVE,
                    "change" => wc::CHANGE,
                    "phone" => wc::PHONE,
                    "durcue" => wc::DURCUE,
                    "timeref" => wc::TIMEREF,
                    "label" => wc::LABEL,
                    "ordname" => wc::ORDNAME,
                    "sched" => wc::SCHED,
                    "span" => wc::SPAN,
                    "particle" => wc::PARTICLE,
                    "dayname" => wc::DAYNAME,
                    "agecop" => wc::AGECOP,
                    "clause" => wc::CLAUSE,
                    "adverb" => wc::ADVERB,
                    _ => 0,
                };
            }
            lex.add(cols[0], "", Payload::Word(bits));
        }
        for (cols, _) in rows(PEOPLE) {
            let kin = if cols.get(1) == Some(&"kin") {
                wc::KIN
            } else {
                0
            };
            lex.add(cols[0], "", Payload::Word(wc::PERSON | kin));
        }
        for (cols, _) in rows(IDIOMS) {
            lex.add(cols[0], "", Payload::Idiom);
        }
        for (cols, _) in rows(ADJECTIVES) {
            lex.add(cols[0], "", Payload::Adjective);
        }
        for (cols, flags) in rows(SEISMIC) {
            let class = match cols.get(1).copied().unwrap_or("") {
                "magnitude" => Seismic::Magnitude,
                "suffix" => Seismic::Suffix,
                "prefix" => Seismic::Prefix,
                "quake" => Seismic::Quake(cols.get(2).copied().unwrap_or(cols[0])),
                "cue" => Seismic::Cue,
                "filler" => Seismic::Filler,
                "place" => Seismic::Place,
                _ => Seismic::Context,
            };
            lex.add(cols[0], flags, Payload::Seismic(class));
        }
        for (cols, flags) in rows(TIMES) {
            let arg = cols.get(2).copied().unwrap_or("");
            // "-" (or nothing) is no number: an unbounded window, a zone without a fixed
            // offset.
            let minutes = |s: &str| s.trim().parse::<i32>().ok();
            let half = |s: &str| match s {
                "pm" => Half::Pm,
                "night" => Half::Night,
                _ => Half::Am,
            };
            let word = match cols.get(1).copied().unwrap_or("") {
                "meridiem" => ClockWord::Meridiem(half(arg)),
                "clock" => ClockWord::Named(minutes(arg).unwrap_or(0)),
                "zone" => {
                    let z = ZoneDef {
                        name: arg,
                        offset: cols.get(3).copied().and_then(minutes),
                    };
                    if !lex.zones.contains(&z) {
                        lex.zones.push(z);
                    }
                    ClockWord::Zone(z)
                }
                "after" => ClockWord::After(minutes(arg)),
                "before" => ClockWord::Before(minutes(arg)),
                "prep" => ClockWord::Prep,
                "hours" => ClockWord::Hours,
                "daypart" => ClockWord::DayPart(half(arg)),
                _ => ClockWord::Follow,
            };
            lex.add(cols[0], flags, Payload::Clock(word));
        }
        // Longest entries first, so the first match is the longest; the sort is stable,
        // so entries of one length stay in table order.
        // `add` numbered the slots in `Slot::entries.start` and left the entries in table
        // order, each with its slot number. Group them by slot (a counting sort of their
        // indices: moving whole entries around in a comparison sort cost more than the
        // rest of the load), longest first within a slot.
        let pending = std::mem::take(&mut lex.pending);
        let mut ranges = vec![0u32..0u32; lex.index.len()];
        for (slot, _) in &pending {
            ranges[*slot as usize].end += 1;
        }
        let mut at = 0u32;
        for r in &mut ranges {
            let n = r.end;
            *r = at..at;
            at += n;
        }
        let mut order = vec![0u32; pending.len()];
        for (k, (slot, _)) in pending.iter().enumerate() {
            let r = &mut ranges[*slot as usize];
            order[r.end as usize] = k as u32;
            r.end += 1;
        }
        for r in &ranges {
            // Stable: entries of one length stay in table order.
            order[r.start as usize..r.end as usize]
                .sort_by_key(|&k| std::cmp::Reverse(pending[k as usize].1.len()));
        }
        let mut pending: Vec<Option<Entry>> = pending.into_iter().map(|(_, e)| Some(e)).collect();
        lex.entries = order
            .iter()
            .filter_map(|&k| pending[k as usize].take())
            .collect();
        for slot in lex.index.values_mut() {
            slot.entries = ranges[slot.entries.start as usize].clone();
        }
        let short: Vec<(u64, Slot)> = lex
            .index
            .iter()
            .filter(|(k, _)| (1..=8).contains(&k.len()) && k.iter().all(u8::is_ascii_lowercase))
            .map(|(k, slot)| (short_key(k), slot.clone()))
            .collect();
        lex.short = ShortIndex::new(short.into_iter());
        lex
    }

    // `load` runs at start-up of every command that reads a quantity, so `add` avoids
    // work per entry: a one-word surface (most of them) is not run through the
    // tokenizer, and the entries of each slot are sorted once, at the end of `load`.
    fn add(&mut self, surface: &'static str, flags: &str, payload: Payload) {
        let one_word = [surface];
        let split: Vec<&'static str>;
        let toks: &[&'static str] =
            if !surface.is_empty() && surface.bytes().all(|b| b.is_ascii_alphabetic()) {
                // What `split_raw` makes of a run of ASCII letters: that one word.
                &one_word
            } else {
                split = split_raw(surface)
                    .into_iter()
                    .filter(|t| t.kind != Kind::Num || !t.text.is_empty())
                    .map(|t| t.text)
                    .collect();
                &split
            };
        let Some(first) = toks.first() else {
            return;
        };
        let (mut cs, mut attached, mut weak) = (false, false, false);
        for f in flags.split(',') {
            match f.trim() {
                "cs" => cs = true,
                "attached" => attached = true,
                "weak" => weak = true,
                _ => {}
            }
        }
        let mut entry = Entry {
            rest: toks[1..]
                .iter()
                .map(|t| t.to_lowercase().into_boxed_str())
                .collect(),
            exact: cs.then(|| toks.iter().map(|t| (*t).into()).collect()),
            attached,
            weak,
            payload,
            starts: false,
        };
        let key: Cow<'static, str> =
            if !first.bytes().any(|b| b.is_ascii_uppercase()) && first.is_ascii() {
                Cow::Borrowed(first)
            } else if first.is_ascii() {
                Cow::Owned(first.to_ascii_lowercase())
            } else {
                Cow::Owned(first.to_lowercase())
            };
        self.max_key = self.max_key.max(key.len());
        let (row, bit) = filter_slot(key.as_bytes());
        self.filter[row] |= bit;
        let starts = if entry.exact.is_some() {
            entry.could_start()
        } else {
            entry.payload_starts(&key)
        };
        entry.starts = starts;
        if starts {
            self.starter_filter[row] |= bit;
            self.starter_second[row] |= second_bit(key.as_bytes());
        }
        let next = self.index.len() as u32;
        let slot = self
            .index
            .entry(match key {
                Cow::Borrowed(k) => Cow::Borrowed(k.as_bytes()),
                Cow::Owned(k) => Cow::Owned(k.into_bytes()),
            })
            .or_insert_with(|| Slot {
                entries: next..next,
                ..Slot::default()
            });
        if entry.exact.is_some() {
            slot.cs_starter |= starts;
        } else {
            slot.starter |= starts;
        }
        self.pending.push((slot.entries.start, entry));
    }
}

const MAX_COLS: usize = 12;

/// The columns of one table row, kept on the stack: `load` reads about 1,900 rows at
/// start-up and a vector per row was a good part of its cost.
#[derive(Default)]
struct Cols {
    buf: [&'static str; MAX_COLS],
    n: usize,
}

impl std::ops::Deref for Cols {
    type Target = [&'static str];
    fn deref(&self) -> &[&'static str] {
        &self.buf[..self.n]
    }
}

/// Non-comment rows of a TSV table: the columns, and the flags column (last column of
/// unit, scale, currency and percent tables) for convenience.
fn rows(table: &'static str) -> impl Iterator<Item = (Cols, &'static str)> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut cols = Cols::default();
            for c in l.split('\t') {
                assert!(
                    cols.n < MAX_COLS,
                    "a lexicon row has over {MAX_COLS} columns: {l}"
                );
                cols.buf[cols.n] = c;
                cols.n += 1;
            }
            // Flags are the last column when it holds letters and commas only and is
            // not the surface itself.
            let flags = if cols.len() > 2 {
                cols.last().copied().unwrap_or("")
            } else {
                ""
            };
            (cols, flags)
        })
}

fn num(cols: &[&str], i: usize) -> f64 {
    cols.get(i)
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Load time is a start-up cost measured by `cargo bench --bench end_to_end`, not
    // asserted here: a timed test fails whenever the machine is busy.
    #[test]
    fn loads_every_table() {
        let lex = Lexicon::load();
        assert!(!lex.lookup("million").is_empty());
        assert!(!lex.lookup("Per").is_empty());
        assert!(!lex.lookup("€").is_empty());
        assert!(lex.lookup("zebra").is_empty());
    }

    #[test]
    fn short_keys_find_the_same_slots_as_the_index() {
        let lex = Lexicon::load();
        let words = [
            "a", "An", "THE", "million", "Million", "per", "km", "Thursday", "dozen", "zebra",
            "aged", "Rs", "more", "quake", "pm", "noon", "Kremlin", "x", "abcdefgh",
        ];
        for w in words {
            let (e, s) = lex.lookup_short(short_key(w.as_bytes()), w);
            let (e2, s2) = lex.lookup_with_starter(w);
            assert_eq!((e.as_ptr(), e.len(), s), (e2.as_ptr(), e2.len(), s2), "{w}");
        }
        // Every short key of the index is in the table, under its own slot.
        for (k, slot) in &lex.index {
            if (1..=8).contains(&k.len()) && k.iter().all(u8::is_ascii_lowercase) {
                let found = lex.short.get(short_key(k)).map(|s| s.entries.clone());
                assert_eq!(found, Some(slot.entries.clone()));
            }
        }
    }

    #[test]
    fn multi_token_entries_are_split_like_text() {
        let lex = Lexicon::load();
        let kmh = lex
            .lookup("km")
            .iter()
            .find(|e| e.rest.len() == 2)
            .map(|e| e.rest.to_vec());
        assert_eq!(kmh, Some(vec!["/".into(), "h".into()]));
    }
}
