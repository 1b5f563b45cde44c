//! Lexicons: the data tables under `lexicon/`, in one index keyed by the lowercased first
//! token of each entry. A word is looked up once, when it is tokenized; multi-token
//! entries ("per cent", "square miles", "more than") are then matched against the
//! following tokens.
//!
//! The index is built from the tables when the crate is developed, not when it runs:
//! `lexicon/generate.rs` reads them and writes `lexicon/tables.rs`, static arrays the
//! crate compiles in, and a test fails when that file is stale.

use super::Approx;
use super::tokenize::Token;
use crate::lexicon::ShortBloom;

#[cfg(test)]
mod generate;
// Generated: formatted by its generator, not by rustfmt.
#[rustfmt::skip]
mod tables;

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
    pub rest: &'static [&'static str],
    /// For case-sensitive entries: every token as written.
    pub exact: Option<&'static [&'static str]>,
    /// Must directly follow the digits, without a space ("5g", "30C", "2.3m").
    pub attached: bool,
    /// A common word as well; needs support from context.
    pub weak: bool,
    pub payload: Payload,
    /// The payload can start a quantity (see [`Entry::starts_quantity`]), decided when
    /// the tables are generated: the grammar asks for every candidate word.
    starts: bool,
}

impl Entry {
    /// Whether a case-sensitive entry's first token matches `text` as written.
    pub(crate) fn first_ok(&self, text: &str) -> bool {
        self.exact
            .as_ref()
            .is_none_or(|x| x.first().is_some_and(|f| *f == text))
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
            return exact.iter().zip(&toks[i..]).all(|(e, t)| *e == t.text);
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

/// The entries starting with one lowercased token, and whether that token can start a
/// quantity (computed once here so the tokenizer does not test every word).
#[derive(Default, Clone)]
struct Slot {
    /// Where the entries are in [`tables::ENTRIES`].
    entries: std::ops::Range<u32>,
    /// Some case-insensitive entry starts a quantity.
    starter: bool,
    /// Some case-sensitive entry might: test the written form.
    cs_starter: bool,
}

pub(crate) struct Lexicon {
    /// Every lowercased first token.
    index: Table<&'static str>,
    /// Every entry, grouped by slot.
    pub(crate) entries: &'static [Entry],
    max_key: usize,
    /// A quick pre-filter on (length, first letter, last letter) of every key: most
    /// words of a sentence are not in any lexicon and are rejected without hashing.
    filter: &'static [u32; FILTER_ROWS],
    /// The same pre-filter over the keys that can start a quantity (number words,
    /// currencies, qualifiers, calendar words), with the second letter too: the
    /// tokenizer asks only this one.
    starter_filter: &'static [u32; FILTER_ROWS],
    starter_second: &'static [u32; FILTER_ROWS],
    /// Every time zone of `times.tsv`, for [`zone_offset`].
    zones: &'static [ZoneDef],
    /// The keys of one to eight ASCII letters, by [`short_key`]: most words of a
    /// sentence are short, and one probe here replaces the pre-filter, the copy, the
    /// lowercasing and the hashing of a byte string.
    short: Table<u64>,
    /// A Bloom filter over the keys of `short` that can start a quantity.
    short_starters: ShortBloom,
}

/// Rows of the pre-filters: key lengths 0 to 31 times 27 first-letter classes.
const FILTER_ROWS: usize = 32 * 27;

/// An open-addressing table (linear probing, at most 40% full) from a key to a slot
/// number in [`tables::SLOTS`]: the home of a key is the top bits of its hash times a
/// constant, and an empty key (`""`, `0`) marks a free place.
struct Table<K: 'static> {
    keys: &'static [K],
    slots: &'static [u16],
    /// `64 - log2(keys.len())`.
    shift: u32,
}

/// Where a key of this hash is first looked for in a table of `64 - shift` bits.
#[inline]
fn home(hash: u64, shift: u32) -> usize {
    (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize
}

impl<K> Table<K> {
    /// The slot of the key of `hash` for which `is` says `Some(true)`; `is` says `None`
    /// for the empty key, which ends the search.
    #[inline]
    fn find(&self, hash: u64, is: impl Fn(&K) -> Option<bool>) -> Option<&'static Slot> {
        let mask = self.keys.len().wrapping_sub(1);
        let mut at = home(hash, self.shift);
        loop {
            if is(self.keys.get(at)?)? {
                return tables::SLOTS.get(usize::from(*self.slots.get(at)?));
            }
            at = (at + 1) & mask;
        }
    }
}

impl Table<u64> {
    #[inline]
    fn get(&self, k: u64) -> Option<&'static Slot> {
        self.find(k, |&x| (x != 0).then_some(x == k))
    }
}

impl Table<&'static str> {
    fn get(&self, k: &[u8]) -> Option<&'static Slot> {
        self.find(fx(k), |x| (!x.is_empty()).then(|| x.as_bytes() == k))
    }
}

/// FxHash of a byte string, eight bytes at a time: fast on short keys, and the same on
/// every platform (the tables hold its results).
fn fx(bytes: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let step = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    let h = (&mut chunks).fold(0, |h, c| step(h, crate::swar::word(c)));
    chunks
        .remainder()
        .iter()
        .fold(h, |h, &b| step(h, u64::from(b)))
}

/// A word of one to eight ASCII letters, lowercased and packed little-endian into a
/// `u64` (the unused high bytes zero); only the first eight bytes are read. Each byte
/// has bit 5 set, which lowercases a letter: other bytes are not lowercased correctly,
/// but none becomes a lowercase letter ([`Token::eq_lower`] relies on it). A `const fn`,
/// so word lists are packed when the crate is compiled (`WordList`).
///
/// [`Token::eq_lower`]: super::tokenize::Token::eq_lower
#[inline(always)]
pub(crate) const fn short_key(word: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut n = 0;
    while n < word.len() && n < 8 {
        k |= ((word[n] | 0x20) as u64) << (8 * n);
        n += 1;
    }
    k
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
    let first = key.first().copied().map_or(26, letter_class);
    let last = key.last().copied().map_or(26, letter_class);
    (key.len().min(31) * 27 + first, 1 << last)
}

pub(crate) static LEXICON: Lexicon = Lexicon {
    index: Table {
        keys: &tables::INDEX_KEYS,
        slots: &tables::INDEX_SLOTS,
        shift: tables::INDEX_SHIFT,
    },
    entries: &tables::ENTRIES,
    max_key: tables::MAX_KEY,
    filter: &tables::FILTER,
    starter_filter: &tables::STARTER_FILTER,
    starter_second: &tables::STARTER_SECOND,
    zones: &tables::ZONES,
    short: Table {
        keys: &tables::SHORT_KEYS,
        slots: &tables::SHORT_SLOTS,
        shift: tables::SHORT_SHIFT,
    },
    short_starters: ShortBloom::from_words(tables::SHORT_STARTERS),
};

/// The fixed UTC offset in minutes of a time zone as named in the output ("GMT" 0, "CET"
/// 60), or `None` when it is not fixed ("ET", "local") or not known.
pub(crate) fn zone_offset(name: &str) -> Option<i32> {
    LEXICON
        .zones
        .iter()
        .find(|z| z.name == name)
        .and_then(|z| z.offset)
}

/// How many of `words` (lower-cased tokens of extraction, "a.m." with its period) a half
/// of the day or a time zone of `times.tsv` spans after a clock time ("pm", "a.m.", "ET",
/// "GMT", "local time"); 0 when none does. `first` is the first word as written, for
/// the zones written only in capitals.
pub(crate) fn clock_suffix_len(first: &str, words: &[&str]) -> usize {
    let Some(&lower) = words.first() else {
        return 0;
    };
    let (first, lower) = (
        first.strip_suffix('.').unwrap_or(first),
        lower.strip_suffix('.').unwrap_or(lower),
    );
    LEXICON
        .lookup(lower)
        .iter()
        .filter(|e| {
            matches!(
                e.payload,
                Payload::Clock(ClockWord::Meridiem(_) | ClockWord::Zone(_))
            ) && e.first_ok(first)
                && e.rest.len() < words.len()
                && e.rest.iter().zip(&words[1..]).all(|(r, w)| r == w)
        })
        .map(|e| 1 + e.rest.len())
        .max()
        .unwrap_or(0)
}

/// Whether `word` is a one-word qualifier that stands before a number ("about",
/// "around", "over", "under" in `qualifiers.tsv`).
pub(crate) fn is_pre_qualifier(word: &str) -> bool {
    LEXICON
        .lookup(word)
        .iter()
        .any(|e| e.rest.is_empty() && matches!(e.payload, Payload::Qualifier(_, false)))
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

    /// False when the word of this [`short_key`] certainly cannot start a quantity.
    /// Nine words in ten of news copy cannot, and the table of every short key is too
    /// big to stay in the processor's first-level cache beside the rest of the work: its
    /// probe for a rare word was the scanner's costliest instruction in a profile of
    /// extraction. The word's entries are then looked up only if the grammar asks
    /// ([`Token::lex`]).
    #[inline]
    pub(crate) fn short_may_start(&self, key: u64) -> bool {
        self.short_starters.may_hold(key)
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
        } else if let Some(lower) = if is_general_punctuation(text) {
            // A typographic quote, dash or space is its own lower case (a test checks):
            // it skips the decoding and the search of the case tables.
            Some(text.as_bytes())
        } else {
            lowercase_into(&mut buf, text)
        } {
            // Most such tokens are typographic quotes and dashes: lowercased on the stack
            // (a `String` each was an allocation per quotation mark) and then, like ASCII
            // words, mostly ruled out by the pre-filter, which holds every key.
            let (row, bit) = filter_slot(lower);
            if self.filter.get(row).is_none_or(|r| r & bit == 0) {
                return (&[], false);
            }
            self.index.get(lower)
        } else {
            self.index.get(text.to_lowercase().as_bytes())
        };
        match slot {
            None => (&[], false),
            Some(s) => self.slot_entries(s, text),
        }
    }
}

/// Whether `text` is one character of the General Punctuation block (U+2000–U+206F,
/// UTF-8 E2 80 80 to E2 81 AF): the quotes and dashes of news copy.
fn is_general_punctuation(text: &str) -> bool {
    matches!(text.as_bytes(), [0xE2, 0x80, _] | [0xE2, 0x81, 0x80..=0xAF])
}

/// `text` lowercased as [`str::to_lowercase`] lowercases it, written into `buf`; `None`
/// when it does not fit, or holds a capital sigma (whose lower case depends on where it
/// stands in the word, which `char::to_lowercase` does not know).
fn lowercase_into<'b>(buf: &'b mut [u8], text: &str) -> Option<&'b [u8]> {
    let mut n = 0;
    for c in text.chars() {
        if c == 'Σ' {
            return None;
        }
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            l.encode_utf8(buf.get_mut(n..n + len)?);
            n += len;
        }
    }
    Some(&buf[..n])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Bloom filter must pass every short key that may start a quantity (a miss
    /// would lose quantities), and should rule out most of the others.
    #[test]
    fn short_starter_filter_passes_every_starter() {
        let (mut starters, mut others, mut others_passed) = (0, 0, 0);
        for (&key, &slot) in tables::SHORT_KEYS.iter().zip(&tables::SHORT_SLOTS) {
            if key == 0 {
                continue;
            }
            let s = &tables::SLOTS[usize::from(slot)];
            if s.starter || s.cs_starter {
                starters += 1;
                assert!(LEXICON.short_may_start(key), "{key:#x}");
            } else {
                others += 1;
                others_passed += usize::from(LEXICON.short_may_start(key));
            }
        }
        assert!(starters > 100 && others > 500, "{starters} {others}");
        assert!(others_passed * 10 < others, "{others_passed} of {others}");
        // Number words, qualifiers and calendar words pass. (Whether a given other word
        // is ruled out depends on the hash: only the rate above is asserted.)
        for w in ["three", "about", "monday", "billion", "last"] {
            assert!(LEXICON.short_may_start(short_key(w.as_bytes())), "{w}");
        }
    }

    #[test]
    fn lowercase_into_is_to_lowercase() {
        let mut buf = [0u8; 64];
        for s in [
            "’",
            "“",
            "—",
            "€",
            "£",
            "½",
            "Ümlaut",
            "İstanbul",
            "ΌΣΟ",
            "Straße",
            "ǅ",
        ] {
            let got = lowercase_into(&mut buf, s).map(<[u8]>::to_vec);
            if let Some(got) = got {
                assert_eq!(got, s.to_lowercase().into_bytes(), "{s}");
            } else {
                assert!(s.contains('Σ'), "{s}");
            }
        }
        assert!(lowercase_into(&mut [0u8; 4], "ÄÖÜ").is_none());
    }

    #[test]
    fn general_punctuation_is_its_own_lower_case() {
        for c in '\u{1fff}'..='\u{2070}' {
            let s = c.to_string();
            let inside = ('\u{2000}'..='\u{206f}').contains(&c);
            assert_eq!(is_general_punctuation(&s), inside, "{c:?}");
            if inside {
                assert_eq!(s.to_lowercase(), s, "{c:?}");
            }
        }
    }

    #[test]
    fn finds_every_table() {
        let lex = &LEXICON;
        assert!(!lex.lookup("million").is_empty());
        assert!(!lex.lookup("Per").is_empty());
        assert!(!lex.lookup("€").is_empty());
        assert!(lex.lookup("zebra").is_empty());
    }

    /// The compiled-in index finds, under every key the tables give, that key's entries
    /// as the tables give them; no other word finds any.
    #[test]
    fn every_key_finds_its_entries() {
        let built = generate::build();
        for (key, slot) in &built.keys {
            let want = &built.entries[slot.entries.start as usize..slot.entries.end as usize];
            let (got, starter) = LEXICON.lookup_with_starter(key);
            let shown = |es: &[Entry]| format!("{es:?}");
            assert_eq!(shown(got), shown(want), "{key}");
            if slot.starter {
                assert!(starter, "{key}");
            }
        }
        for word in ["zebra", "kilometres-long", "Ünïcode", "x-ray", ""] {
            assert!(LEXICON.lookup(word).is_empty(), "{word}");
        }
    }

    #[test]
    fn short_keys_find_the_same_slots_as_the_index() {
        let lex = &LEXICON;
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
        let mut short = 0;
        for (k, &at) in tables::INDEX_KEYS.iter().zip(&tables::INDEX_SLOTS) {
            if (1..=8).contains(&k.len()) && k.bytes().all(|c| c.is_ascii_lowercase()) {
                let found = lex
                    .short
                    .get(short_key(k.as_bytes()))
                    .map(|s| s.entries.clone());
                assert_eq!(found, Some(tables::SLOTS[usize::from(at)].entries.clone()));
                short += 1;
            }
        }
        assert!(short > 1000, "{short} short keys");
    }

    #[test]
    fn multi_token_entries_are_split_like_text() {
        let kmh = LEXICON
            .lookup("km")
            .iter()
            .find(|e| e.rest.len() == 2)
            .map(|e| e.rest.to_vec());
        assert_eq!(kmh, Some(vec!["/", "h"]));
    }
}
