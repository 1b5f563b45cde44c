//! Builds the quantity lexicon from the tables beside this file and writes it out as
//! Rust source, `tables.rs`, which the crate compiles in: no process parses a table or
//! fills a hash map at start-up (parsing them cost about 3.8 million instructions, a
//! millisecond, at the first quantity of every run).
//!
//! The test [`tables_are_fresh`] fails when `tables.rs` is not what the tables give;
//! after editing a table, rewrite it with
//!
//! ```text
//! CLAIMDIFF_BLESS=1 cargo test --lib tables_are_fresh
//! ```

use std::collections::HashMap;
use std::fmt::Write as _;

use super::super::Approx;
use super::super::tokenize::{Kind, split_raw};
use super::*;

const NUMBERS: &str = include_str!("numbers.tsv");
const SCALES: &str = include_str!("scales.tsv");
const UNITS: &str = include_str!("units.tsv");
const CURRENCIES: &str = include_str!("currencies.tsv");
const PERCENT: &str = include_str!("percent.tsv");
const QUALIFIERS: &str = include_str!("qualifiers.tsv");
const DATES: &str = include_str!("dates.tsv");
const WORDS: &str = include_str!("words.tsv");
const IDIOMS: &str = include_str!("idioms.tsv");
const ADJECTIVES: &str = include_str!("adjectives.tsv");
const PEOPLE: &str = include_str!("people.tsv");
const SEISMIC: &str = include_str!("seismic.tsv");
const TIMES: &str = include_str!("times.tsv");

/// The lexicon as the tables give it, before it is written out.
pub(super) struct Built {
    /// Every first token, lowercased, with its slot, in slot order.
    pub keys: Vec<(String, Slot)>,
    /// Every entry, grouped by slot, longest first within a slot.
    pub entries: Vec<Entry>,
    pub max_key: usize,
    pub filter: Vec<u32>,
    pub starter_filter: Vec<u32>,
    pub starter_second: Vec<u32>,
    pub zones: Vec<ZoneDef>,
}

struct Builder {
    /// Key → slot number.
    index: HashMap<String, usize>,
    /// Every key with its slot, numbered in order of first appearance.
    slots: Vec<(String, Slot)>,
    /// (slot number, entry) in table order.
    pending: Vec<(usize, Entry)>,
    max_key: usize,
    filter: Vec<u32>,
    starter_filter: Vec<u32>,
    starter_second: Vec<u32>,
    zones: Vec<ZoneDef>,
}

/// Read every table.
pub(super) fn build() -> Built {
    let mut lex = Builder {
        index: HashMap::new(),
        slots: Vec::new(),
        pending: Vec::new(),
        max_key: 0,
        filter: vec![0; FILTER_ROWS],
        starter_filter: vec![0; FILTER_ROWS],
        starter_second: vec![0; FILTER_ROWS],
        zones: Vec::new(),
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
    lex.finish()
}

impl Builder {
    fn add(&mut self, surface: &'static str, flags: &str, payload: Payload) {
        let toks: Vec<&'static str> =
            if !surface.is_empty() && surface.bytes().all(|b| b.is_ascii_alphabetic()) {
                // What `split_raw` makes of a run of ASCII letters: that one word.
                vec![surface]
            } else {
                split_raw(surface)
                    .into_iter()
                    .filter(|t| t.kind != Kind::Num || !t.text.is_empty())
                    .map(|t| t.text)
                    .collect()
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
        // Entries borrow `'static` strings, as the compiled-in ones do; the generator runs
        // once per test process, so the lower-cased tokens it makes are leaked.
        let leak = |v: Vec<&'static str>| -> &'static [&'static str] { Vec::leak(v) };
        let mut entry = Entry {
            rest: leak(
                toks[1..]
                    .iter()
                    .map(|t| &*t.to_lowercase().leak())
                    .collect(),
            ),
            exact: cs.then(|| leak(toks.clone())),
            attached,
            weak,
            payload,
            starts: false,
        };
        let key = first.to_lowercase();
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
        let next = self.slots.len();
        let at = *self.index.entry(key.clone()).or_insert(next);
        if at == next {
            self.slots.push((key, Slot::default()));
        }
        let slot = &mut self.slots[at].1;
        if entry.exact.is_some() {
            slot.cs_starter |= starts;
        } else {
            slot.starter |= starts;
        }
        self.pending.push((at, entry));
    }

    /// Group the entries by slot (stable: entries of one length stay in table order),
    /// longest first within a slot, so the first match is the longest.
    fn finish(self) -> Built {
        let mut by_slot: Vec<Vec<Entry>> = (0..self.slots.len()).map(|_| Vec::new()).collect();
        for (slot, e) in self.pending {
            by_slot[slot].push(e);
        }
        let mut entries = Vec::new();
        let mut keys = self.slots;
        for ((_, slot), mut group) in keys.iter_mut().zip(by_slot) {
            group.sort_by_key(|e| std::cmp::Reverse(e.len()));
            let start = entries.len() as u32;
            entries.extend(group);
            slot.entries = start..entries.len() as u32;
        }
        Built {
            keys,
            entries,
            max_key: self.max_key,
            filter: self.filter,
            starter_filter: self.starter_filter,
            starter_second: self.starter_second,
            zones: self.zones,
        }
    }
}

impl Entry {
    /// [`Entry::starts_quantity`] as decided here, for the key or written first token
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
}

const MAX_COLS: usize = 12;

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
            // Flags are the last column when there are more than two.
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

/// Place keys in an open-addressing table at most 40% full (see [`Table`]): the keys
/// by place, `empty` where there is none, and the slot numbers by place.
fn place<K: Clone>(items: &[(u64, K, u16)], empty: K) -> (Vec<K>, Vec<u16>, u32) {
    let size = (items.len() * 5 / 2).next_power_of_two().max(16);
    let shift = 64 - size.trailing_zeros();
    let mut keys: Vec<Option<K>> = vec![None; size];
    let mut slots = vec![0u16; size];
    for (hash, k, slot) in items {
        let mut at = home(*hash, shift);
        while keys[at].is_some() {
            at = (at + 1) & (size - 1);
        }
        keys[at] = Some(k.clone());
        slots[at] = *slot;
    }
    let keys = keys
        .into_iter()
        .map(|k| k.unwrap_or(empty.clone()))
        .collect();
    (keys, slots, shift)
}

/// `tables.rs` for the lexicon.
pub(super) fn generate() -> String {
    let b = build();
    let mut o = String::new();
    o.push_str(
        "// @generated by src/quantities/lexicon/generate.rs from the tables beside this file.\n\
         // Do not edit: change a table, then run\n\
         //     CLAIMDIFF_BLESS=1 cargo test --lib tables_are_fresh\n\n\
         use super::super::Approx;\n\
         use super::*;\n\n",
    );
    let slot_number = |i: usize| u16::try_from(i).expect("fewer than 65,536 slots");
    let _ = writeln!(o, "pub(super) static SLOTS: [Slot; {}] = [", b.keys.len());
    for (_, s) in &b.keys {
        let _ = writeln!(
            o,
            "    Slot {{ entries: {}..{}, starter: {}, cs_starter: {} }},",
            s.entries.start, s.entries.end, s.starter, s.cs_starter
        );
    }
    o.push_str("];\n\n");
    let _ = writeln!(
        o,
        "pub(super) static ENTRIES: [Entry; {}] = [",
        b.entries.len()
    );
    for e in &b.entries {
        let _ = writeln!(
            o,
            "    Entry {{ rest: &{:?}, exact: {}, attached: {}, weak: {}, payload: {}, starts: {} }},",
            e.rest,
            e.exact
                .map_or("None".to_string(), |x| format!("Some(&{x:?})")),
            e.attached,
            e.weak,
            payload(&e.payload),
            e.starts,
        );
    }
    o.push_str("];\n\n");
    let all: Vec<(u64, &str, u16)> = b
        .keys
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (fx(k.as_bytes()), k.as_str(), slot_number(i)))
        .collect();
    let (keys, slots, shift) = place(&all, "");
    table(
        &mut o,
        "INDEX",
        "&str",
        &keys,
        |k| format!("{k:?}"),
        &slots,
        shift,
    );
    let short: Vec<(u64, u64, u16)> = all
        .iter()
        .filter(|(_, k, _)| (1..=8).contains(&k.len()) && k.bytes().all(|c| c.is_ascii_lowercase()))
        .map(|&(_, k, s)| {
            let key = short_key(k.as_bytes());
            (key, key, s)
        })
        .collect();
    let starters = ShortBloom::of(short.iter().filter_map(|&(key, _, slot)| {
        let s = &b.keys[usize::from(slot)].1;
        (s.starter || s.cs_starter).then_some(key)
    }));
    let (keys, slots, shift) = place(&short, 0);
    table(
        &mut o,
        "SHORT",
        "u64",
        &keys,
        |k| format!("{k:#x}"),
        &slots,
        shift,
    );
    let _ = writeln!(
        o,
        "pub(super) const SHORT_STARTERS: [u64; ShortBloom::WORDS] = ["
    );
    for chunk in starters.words().chunks(4) {
        let line: Vec<String> = chunk.iter().map(|w| format!("{w:#018x}")).collect();
        let _ = writeln!(o, "    {},", line.join(", "));
    }
    o.push_str("];\n\n");
    let _ = writeln!(o, "pub(super) const MAX_KEY: usize = {};\n", b.max_key);
    for (name, rows) in [
        ("FILTER", &b.filter),
        ("STARTER_FILTER", &b.starter_filter),
        ("STARTER_SECOND", &b.starter_second),
    ] {
        let _ = writeln!(o, "pub(super) static {name}: [u32; FILTER_ROWS] = [");
        for chunk in rows.chunks(8) {
            let line: Vec<String> = chunk.iter().map(|r| format!("{r:#x}")).collect();
            let _ = writeln!(o, "    {},", line.join(", "));
        }
        o.push_str("];\n\n");
    }
    let _ = writeln!(
        o,
        "pub(super) static ZONES: [ZoneDef; {}] = [",
        b.zones.len()
    );
    for z in &b.zones {
        let _ = writeln!(o, "    {},", zone(z));
    }
    o.push_str("];\n");
    o
}

fn table<K>(
    o: &mut String,
    name: &str,
    ty: &str,
    keys: &[K],
    show: impl Fn(&K) -> String,
    slots: &[u16],
    shift: u32,
) {
    let _ = writeln!(o, "pub(super) const {name}_SHIFT: u32 = {shift};\n");
    let _ = writeln!(
        o,
        "pub(super) static {name}_KEYS: [{ty}; {}] = [",
        keys.len()
    );
    for chunk in keys.chunks(8) {
        let line: Vec<String> = chunk.iter().map(&show).collect();
        let _ = writeln!(o, "    {},", line.join(", "));
    }
    o.push_str("];\n\n");
    let _ = writeln!(
        o,
        "pub(super) static {name}_SLOTS: [u16; {}] = [",
        slots.len()
    );
    for chunk in slots.chunks(16) {
        let line: Vec<String> = chunk.iter().map(u16::to_string).collect();
        let _ = writeln!(o, "    {},", line.join(", "));
    }
    o.push_str("];\n\n");
}

/// A number as a Rust literal that reads back as the same `f64`.
fn float(v: f64) -> String {
    assert!(v.is_finite(), "a lexicon number is not finite: {v}");
    format!("{v:?}")
}

fn zone(z: &ZoneDef) -> String {
    format!("ZoneDef {{ name: {:?}, offset: {:?} }}", z.name, z.offset)
}

fn payload(p: &Payload) -> String {
    match *p {
        Payload::Num(c, v) => format!("Payload::Num(NumClass::{c:?}, {})", float(v)),
        Payload::Scale(v) => format!("Payload::Scale({})", float(v)),
        Payload::Unit(u) => format!(
            "Payload::Unit(UnitDef {{ kind: UnitKind::{:?}, unit: {:?}, factor: {}, offset: {} }})",
            u.kind,
            u.unit,
            float(u.factor),
            float(u.offset)
        ),
        Payload::Currency(c) => format!(
            "Payload::Currency(CurDef {{ code: {:?}, factor: {}, pre: {}, post: {} }})",
            c.code,
            float(c.factor),
            c.pre,
            c.post
        ),
        Payload::Percent(u, f, after) => {
            format!("Payload::Percent({u:?}, {}, {after})", float(f))
        }
        Payload::Qualifier(a, post) => format!("Payload::Qualifier(Approx::{a:?}, {post})"),
        Payload::Month(v) => format!("Payload::Month({v})"),
        Payload::Weekday(v) => format!("Payload::Weekday({v})"),
        Payload::Day(v) => format!("Payload::Day({v})"),
        Payload::Period(v) => format!("Payload::Period({v})"),
        Payload::Rel(v) => format!("Payload::Rel({v})"),
        Payload::Word(bits) => format!("Payload::Word({bits:#x})"),
        Payload::Idiom => "Payload::Idiom".into(),
        Payload::Adjective => "Payload::Adjective".into(),
        // `Quake("earthquake")` is written as Rust would.
        Payload::Seismic(s) => format!("Payload::Seismic(Seismic::{s:?})"),
        Payload::Clock(c) => format!(
            "Payload::Clock(ClockWord::{})",
            match c {
                ClockWord::Meridiem(h) => format!("Meridiem(Half::{h:?})"),
                ClockWord::DayPart(h) => format!("DayPart(Half::{h:?})"),
                ClockWord::Zone(z) => format!("Zone({})", zone(&z)),
                // Named(720), After(Some(30)), Prep: as Rust would write them.
                other => format!("{other:?}"),
            }
        ),
    }
}

#[test]
fn tables_are_fresh() {
    let now = generate();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/quantities/lexicon/tables.rs"
    );
    if std::env::var_os("CLAIMDIFF_BLESS").is_some() {
        std::fs::write(path, &now).expect("write tables.rs");
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == now,
        "src/quantities/lexicon/tables.rs is not what the tables give: after editing a \
         table, run `CLAIMDIFF_BLESS=1 cargo test --lib tables_are_fresh`"
    );
}
