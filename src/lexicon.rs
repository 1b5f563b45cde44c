//! Lexicons: word lists kept as data files under `src/lexicon/`, compiled into the binary
//! with `include_str!` and parsed once, lazily, on first use (well under a millisecond).
//!
//! File format: one entry per line, fields separated by tabs, `#` starts a comment line.

use std::sync::LazyLock;

// Lexicon look-ups run once or more per token; FxHash is several times cheaper than
// SipHash on these short keys, and the keys are our own data, not attacker-chosen.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Non-comment, non-empty lines of a lexicon file, split on tabs.
pub(crate) fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    row_fields(data).map(Iterator::collect)
}

/// [`rows`] with each row's fields read in place, for a table built at start-up whose
/// vector per row would be most of its cost (`given_names.tsv`, ~950 rows).
pub(crate) fn row_fields(
    data: &'static str,
) -> impl Iterator<Item = impl Iterator<Item = &'static str>> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim))
}

/// How a sentence splitter treats an abbreviation (see `abbreviations.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevClass {
    Title,
    /// A month or a currency: no boundary when a number follows ("Oct. 16", "Rs. 368").
    BeforeNumber,
    CanEnd,
    Never,
}

pub(crate) static ABBREVIATIONS: LazyLock<HashMap<&'static str, AbbrevClass>> =
    LazyLock::new(|| {
        rows(include_str!("lexicon/abbreviations.tsv"))
            .filter_map(|r| {
                let class = match *r.get(1)? {
                    "title" => AbbrevClass::Title,
                    "month" | "currency" => AbbrevClass::BeforeNumber,
                    "can_end" => AbbrevClass::CanEnd,
                    _ => AbbrevClass::Never,
                };
                Some((r[0], class))
            })
            .collect()
    });

pub(crate) static SENTENCE_STARTERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    rows(include_str!("lexicon/sentence_starters.txt"))
        .map(|r| r[0])
        .collect()
});

/// How the reporter frames a source's speech act (see `cues.tsv`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// say, tell, write, add
    Neutral,
    /// note, confirm, reveal, point out
    Endorsing,
    /// claim, allege, insist, maintain
    Distancing,
    /// admit, concede, acknowledge
    Admission,
    /// deny, reject, dispute
    Denial,
    /// stress, warn, emphasise
    Emphatic,
    /// urge, call for, promise, vow
    Directive,
    /// think, believe, hope (thought, not speech)
    Cognition,
}

impl Stance {
    /// Every stance, in declaration order.
    pub const ALL: [Stance; 8] = [
        Stance::Neutral,
        Stance::Endorsing,
        Stance::Distancing,
        Stance::Admission,
        Stance::Denial,
        Stance::Emphatic,
        Stance::Directive,
        Stance::Cognition,
    ];

    /// The stance's name as JSON writes it ("neutral", "distancing", …).
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Neutral => "neutral",
            Stance::Endorsing => "endorsing",
            Stance::Distancing => "distancing",
            Stance::Admission => "admission",
            Stance::Denial => "denial",
            Stance::Emphatic => "emphatic",
            Stance::Directive => "directive",
            Stance::Cognition => "cognition",
        }
    }
}

/// One form of a cue verb.
#[derive(Debug, Clone)]
pub(crate) struct CueForm {
    /// Words after the first one ("out" in "pointed out").
    pub rest: Vec<&'static str>,
    pub lemma: &'static str,
    pub stance: Stance,
    pub inv: bool,
    pub obj: bool,
    pub noun: bool,
    /// Followed by "to" it is not speech.
    pub noto: bool,
    /// An evaluation ("praised", "welcomed"), not a report of content.
    pub eval: bool,
    /// Characterises the speaker's manner ("fumed", "gushed").
    pub loaded: bool,
    /// A manner of speaking or of feeling ("sighed", "sobbed", "went on"): speech only
    /// beside the words it reports (a quotation, a colon, "that").
    pub manner: bool,
    /// Speech only beside the words it reports, as `manner`, for verbs that are also acts
    /// ("agreed that …" but "agreed to meet", "ruled that …" but "ruled in favour").
    pub clause: bool,
    /// The form is also a plural noun ("member states"): speech only after a document
    /// ("the complaint states") or before "that", a colon or the sentence's end.
    pub after_doc: bool,
    /// A forecast only when its subject forecasts for a living ("Economists see …").
    pub forecaster: bool,
    /// The form is a present participle ("saying").
    pub ing: bool,
    /// The form may be a past participle ("expected", "told"): passive after "is/was".
    pub participle: bool,
}

/// Cue verb forms keyed by their first word.
pub(crate) static CUES: LazyLock<HashMap<&'static str, Vec<CueForm>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<CueForm>> = HashMap::default();
    for r in rows(include_str!("lexicon/cues.tsv")) {
        let (Some(lemma), Some(stance), Some(forms)) = (r.first(), r.get(1), r.get(2)) else {
            continue;
        };
        let stance = match *stance {
            "endorsing" => Stance::Endorsing,
            "distancing" => Stance::Distancing,
            "admission" => Stance::Admission,
            "denial" => Stance::Denial,
            "emphatic" => Stance::Emphatic,
            "directive" => Stance::Directive,
            "cognition" => Stance::Cognition,
            _ => Stance::Neutral,
        };
        let flags = r.get(3).copied().unwrap_or("");
        for form in forms.split_whitespace() {
            let mut words = form.split('_');
            let Some(first) = words.next() else { continue };
            let rest: Vec<&'static str> = words.collect();
            map.entry(first).or_default().push(CueForm {
                ing: first.ends_with("ing"),
                participle: first.ends_with("ed")
                    || matches!(
                        first,
                        "told"
                            | "written"
                            | "said"
                            | "thought"
                            | "understood"
                            // "he was found unresponsive in a cell that …", "was shown
                            // the door": passive, not the subject's finding.
                            | "found"
                            | "shown"
                            | "held"
                            | "heard"
                            | "sworn"
                    ),
                rest,
                lemma,
                stance,
                inv: flags.contains("inv"),
                obj: flags.contains("obj"),
                noun: flags.contains("noun"),
                noto: flags.contains("noto"),
                eval: flags.contains("eval"),
                loaded: flags.contains("loaded"),
                manner: flags.contains("manner"),
                clause: flags.contains("clause"),
                after_doc: flags.contains("afterdoc"),
                forecaster: flags.contains("forecaster"),
            });
        }
    }
    map
});

/// Cue lemmas that characterise the speaker's manner ("fume", "gush"; flag `loaded`).
static LOADED_CUES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    CUES.values()
        .flatten()
        .filter(|f| f.loaded)
        .map(|f| f.lemma)
        .collect()
});

/// Whether a cue lemma characterises the speaker's manner ("fume", "gush").
pub(crate) fn cue_is_loaded(lemma: &str) -> bool {
    LOADED_CUES.contains(lemma)
}

/// What a role noun names (see `roles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RoleClass {
    Leader,
    Role,
    Body,
    Doc,
    Honor,
}

impl RoleClass {
    /// Whether the role is a person's ("minister", "spokesman", "president"), not a
    /// body's, a document's or a courtesy title.
    pub(crate) fn of_person(self) -> bool {
        matches!(self, RoleClass::Role | RoleClass::Leader)
    }
}

/// Role nouns, lower-case; multi-word ones joined by a space.
/// The people's roles the list holds in the plural beside their singular ("officials",
/// "witnesses", "allies").
static LISTED_PLURALS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    ROLES
        .iter()
        .filter(|(w, c)| {
            c.of_person()
                && w.strip_suffix('s').is_some_and(|s| {
                    ROLES.contains_key(s)
                        || s.strip_suffix('e').is_some_and(|s| {
                            ROLES.contains_key(s)
                                // "allies", "deputies": the singular ends in "y".
                                || s.strip_suffix('i')
                                    .is_some_and(|s| ROLES.contains_key(format!("{s}y").as_str()))
                        })
                })
        })
        .map(|(w, _)| *w)
        .collect()
});

pub(crate) static ROLES: LazyLock<HashMap<&'static str, RoleClass>> = LazyLock::new(|| {
    rows(include_str!("lexicon/roles.tsv"))
        .filter_map(|r| {
            let class = match *r.get(1)? {
                "leader" => RoleClass::Leader,
                "role" => RoleClass::Role,
                "body" => RoleClass::Body,
                "doc" => RoleClass::Doc,
                _ => RoleClass::Honor,
            };
            Some((r[0], class))
        })
        .collect()
});

/// Capitalised title words that precede names.
/// With the honorifics of `roles.tsv` (class `honor`), listed there once, but those that
/// are also words of names ([`is_courtesy_name_word`]).
pub(crate) static TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    // From the role table, built by then or needed soon: reading `roles.tsv` again cost
    // 0.5M instructions at start-up.
    let honorifics = ROLES
        .iter()
        .filter(|&(w, c)| *c == RoleClass::Honor && !is_courtesy_name_word(w))
        .map(|(w, _)| *w);
    rows(include_str!("lexicon/titles.txt"))
        .map(|r| r[0])
        .chain(honorifics)
        .collect()
});

/// Honorifics that are also words of names, titles only where a name opens (the name
/// splitter reads them by their place): the Burmese "Ko", "Ma" and "Maung" ("Khin Maung
/// Nyein", and "Ma Ying-jeou" a Chinese family name), the Fijian "Adi" ("Adi Godrej"
/// a given name), the Kurdish "Mala" ("Mala Sinha" a given name) and the Omani "Sayyid"
/// of the ruling family ("Sayyid Badr bin Hilal al Busaidi"; a given name elsewhere).
pub(crate) fn is_courtesy_name_word(w: &str) -> bool {
    matches!(
        w,
        "Ko" | "Ma" | "Maung" | "Adi" | "Mala" | "Sayyid" | "Sayyida" | "Sayyidah"
    )
}

/// The nouns of a quantifier of several words after "a": "a number of", "a couple of", "a
/// handful of" (with "a few"). The phrase names no source: "A number of residents said …"
/// is the residents' (attribution reads "a number of" as no measure, the resolver leaves
/// the quantifier out of the name).
pub(crate) const QUANTIFIER_NOUNS: [&str; 3] = ["number", "couple", "handful"];

/// Channel heads, lower-case, as word sequences.
static CHANNELS: LazyLock<HashMap<String, Vec<Vec<String>>>> = LazyLock::new(|| {
    let mut by_last: HashMap<String, Vec<Vec<String>>> = HashMap::default();
    for r in rows(include_str!("lexicon/channels.txt")) {
        let words: Vec<String> = r[0].split_whitespace().map(str::to_lowercase).collect();
        if let Some(last) = words.last() {
            by_last.entry(last.clone()).or_default().push(words);
        }
    }
    by_last
});

/// The platforms among the channel heads, as the list writes them (capitalised, one
/// word): "Facebook", "X", "Telegram". A post's platform publishes it; it is not its
/// author ("A viral Facebook post claims …").
static PLATFORMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    rows(include_str!("lexicon/channels.txt"))
        .map(|r| r[0])
        .filter(|w| w.starts_with(char::is_uppercase) && !w.contains(' '))
        .collect()
});

/// Whether `w`, as written, is one of the [`PLATFORMS`].
pub(crate) fn is_platform(w: &str) -> bool {
    PLATFORMS.contains(w)
}

/// The channel heads whose last word is `last` (lower case), each as its words: a phrase
/// is asked only of the heads its last word could end (the list is read at every
/// preposition after a speech verb).
pub(crate) fn channels_ending_with(last: &str) -> &'static [Vec<String>] {
    CHANNELS.get(last).map_or(&[], Vec::as_slice)
}

/// Country aliases (as written, case-sensitive) to a country key; multi-word aliases are
/// keyed by their words joined with a space.
pub(crate) static COUNTRIES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for r in rows(include_str!("lexicon/countries.tsv")) {
        if let (Some(key), Some(aliases)) = (r.first(), r.get(1)) {
            for a in aliases.split('|') {
                map.entry(a.trim()).or_insert(*key);
            }
        }
    }
    map
});

/// Countries' names as their rows give them first ("Kenya", not "Kenyan" nor "Nairobi").
static COUNTRY_NAMES: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    rows(include_str!("lexicon/countries.tsv"))
        .filter_map(|r| r.get(1).and_then(|a| a.split('|').next()).map(str::trim))
        .collect()
});

/// Whether `w` is a country's name as written ("Kenya", "Ghana"), not its adjective,
/// capital or institutions.
pub(crate) fn is_country_name(w: &str) -> bool {
    COUNTRY_NAMES.contains(w)
}

/// The two-word keys of a lexicon map, indexed by their first word, so that a pair of
/// adjacent words ("White House", "prime minister") is looked up without joining the two
/// into a new string: most words start no two-word key and are rejected by one probe.
pub(crate) struct PairIndex<V: 'static> {
    map: &'static HashMap<&'static str, V>,
    /// First word → (the rest of the key, value), for every key with a space.
    by_first: HashMap<&'static str, Vec<(&'static str, V)>>,
}

impl<V: Copy> PairIndex<V> {
    fn new(map: &'static HashMap<&'static str, V>) -> Self {
        let mut by_first: HashMap<&'static str, Vec<(&'static str, V)>> = HashMap::default();
        for (key, value) in map {
            if let Some((first, rest)) = key.split_once(' ') {
                by_first.entry(first).or_default().push((rest, *value));
            }
        }
        Self { map, by_first }
    }

    /// The value of the key `"{a} {b}"`.
    pub(crate) fn get(&self, a: &str, b: &str) -> Option<V> {
        if a.contains(' ') {
            // The key's first space would fall inside `a`: not indexed that way. Tokens
            // never hold a space; this keeps the look-up exact for any input.
            return self.map.get(format!("{a} {b}").as_str()).copied();
        }
        self.by_first
            .get(a)?
            .iter()
            .find(|(rest, _)| *rest == b)
            .map(|(_, value)| *value)
    }

    /// The value of the key `"{a} of {b}"` ("head of state", "secretary of state"),
    /// without joining the words either.
    pub(crate) fn get_of(&self, a: &str, b: &str) -> Option<V> {
        self.by_first
            .get(a)?
            .iter()
            .find(|(rest, _)| rest.strip_prefix("of ") == Some(b))
            .map(|(_, value)| *value)
    }
}

/// [`COUNTRIES`] by word pair ("White House", "United States").
pub(crate) static COUNTRY_PAIRS: LazyLock<PairIndex<&'static str>> =
    LazyLock::new(|| PairIndex::new(&COUNTRIES));

/// [`ROLES`] by word pair ("prime minister", "foreign ministry").
pub(crate) static ROLE_PAIRS: LazyLock<PairIndex<RoleClass>> =
    LazyLock::new(|| PairIndex::new(&ROLES));

/// Calls `f` with `w.to_lowercase()`, lower-casing a short ASCII word on the stack instead
/// of allocating: name and title words are looked up in the lower-case lexicons several
/// times each.
pub(crate) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII lower-casing is what `str::to_lowercase` does to ASCII text, and the
        // result is ASCII again, so always UTF-8.
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&w.to_lowercase())
}

/// Classes of closed-class words (see `function_words.tsv`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordClasses {
    pub aux: bool,
    pub adverb: bool,
    pub conj: bool,
    pub det: bool,
    pub pronoun: bool,
    pub prep: bool,
    pub time: bool,
    pub negation: bool,
    pub modal: bool,
}

pub(crate) static FUNCTION_WORDS: LazyLock<HashMap<&'static str, WordClasses>> =
    LazyLock::new(|| {
        let mut map: HashMap<&'static str, WordClasses> = HashMap::default();
        for r in rows(include_str!("lexicon/function_words.tsv")) {
            let (Some(class), Some(word)) = (r.first(), r.get(1)) else {
                continue;
            };
            let e = map.entry(*word).or_default();
            match *class {
                "aux" => e.aux = true,
                "adverb" => e.adverb = true,
                "conj" => e.conj = true,
                "det" => e.det = true,
                "pronoun" => e.pronoun = true,
                "prep" => e.prep = true,
                "time" => e.time = true,
                "negation" => e.negation = true,
                "modal" => e.modal = true,
                _ => {}
            }
        }
        map
    });

/// The first bytes and lengths of a set of words: for each first byte, the lengths (bit
/// `len`, 63 for 63 bytes or more) of the words that start with it. A filter that rules
/// out most other words with one table read, before any hashing.
pub(crate) struct HeadLengths([u64; 256]);

impl HeadLengths {
    pub(crate) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut t = [0u64; 256];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                t[usize::from(b)] |= 1 << w.len().min(63);
            }
        }
        HeadLengths(t)
    }

    /// False only when no word of the set has `w`'s first byte and length (an empty
    /// `w` may be anything).
    #[inline]
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        w.as_bytes()
            .first()
            .is_none_or(|&b| self.may_hold_first_len(b, w.len()))
    }

    /// False only when no word of the set has first byte `first` and length `len`.
    #[inline]
    fn may_hold_first_len(&self, first: u8, len: usize) -> bool {
        self.0[usize::from(first)] & (1 << len.min(63)) != 0
    }
}

/// The modal verbs among the function words, sorted: a claim keeps its modality as a
/// number into this list (`Claim::modality`).
pub(crate) static MODALS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut modals: Vec<&'static str> = FUNCTION_WORDS
        .iter()
        .filter(|(_, c)| c.modal)
        .map(|(w, _)| *w)
        .collect();
    modals.sort_unstable();
    modals
});

/// The negation and modal words' [`HeadLengths`], for [`may_negate_or_modal`].
static NEGATION_OR_MODAL_LENGTHS: LazyLock<HeadLengths> = LazyLock::new(|| {
    HeadLengths::of(
        FUNCTION_WORDS
            .iter()
            .filter(|(_, c)| c.negation || c.modal)
            .map(|(w, _)| *w),
    )
});

/// False only when the lower-case word `w` is neither a negation nor a modal in
/// [`word_class`] (true does not say it is one).
#[inline]
pub(crate) fn may_negate_or_modal(w: &str) -> bool {
    !w.is_empty() && NEGATION_OR_MODAL_LENGTHS.may_hold(w)
}

/// A word of at most seven bytes packed into an integer with its length in the top byte
/// (so "a" and "a\0" differ): a key that hashes in one multiplication and compares
/// without `memcmp`. `None` for longer words.
#[inline]
fn short_key(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    if b.len() > 7 {
        return None;
    }
    // The bytes in place (see `group`), the length in the top byte: at most 7, so it fits.
    Some(group(b) | (b.len() as u64) << 56)
}

/// [`short_key`] as first written: the bytes copied into a zeroed array.
#[cfg(test)]
fn short_key_reference(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    if b.len() > 7 {
        return None;
    }
    let mut k = [0u8; 8];
    k[..b.len()].copy_from_slice(b);
    k[7] = b.len() as u8;
    Some(u64::from_le_bytes(k))
}

/// A lexicon map looked up by [`short_key`] for short words (most look-ups, run once or
/// more per token) and by the word itself for longer ones. It answers exactly as `map`:
/// every short key of `map` is in `short`, and a short word is only looked up there.
pub(crate) struct ShortKeyMap<V: 'static> {
    short: HashMap<u64, &'static V>,
    map: &'static HashMap<&'static str, V>,
    /// Most words asked about are not in the map: most are ruled out here.
    heads: HeadLengths,
    /// A Bloom filter over the short keys: most short words that pass `heads` are still
    /// not in the map ("the", "that" for the speech verbs), and 512 bytes rule out most
    /// of them without a probe of the hash table, which a profile of extraction showed
    /// missing the processor's first-level cache.
    bloom: ShortBloom,
}

impl<V> ShortKeyMap<V> {
    fn new(map: &'static HashMap<&'static str, V>) -> Self {
        let short: HashMap<u64, &'static V> = map
            .iter()
            .filter_map(|(k, v)| Some((short_key(k)?, v)))
            .collect();
        let heads = HeadLengths::of(map.keys().copied());
        let bloom = ShortBloom::of(short.keys().copied());
        Self {
            short,
            map,
            heads,
            bloom,
        }
    }

    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<&'static V> {
        if !self.heads.may_hold(w) {
            return None;
        }
        match short_key(w) {
            Some(k) if self.bloom.may_hold(k) => self.short.get(&k).copied(),
            Some(_) => None,
            None => self.map.get(w),
        }
    }
}

/// A Bloom filter of 4,096 bits over packed short words, two bits a key: for the few
/// hundred keys of a lexicon table, about one word in twenty that is not a key passes.
/// Any packing of a word into a `u64` will do (this module's [`short_key`], the quantity
/// lexicon's own), as long as the filter is built and asked with the same one.
pub(crate) struct ShortBloom([u64; ShortBloom::WORDS]);

impl ShortBloom {
    /// The filter's bits, as 64-bit words.
    pub(crate) const WORDS: usize = 64;

    pub(crate) fn of(keys: impl IntoIterator<Item = u64>) -> Self {
        let mut bits = [0u64; Self::WORDS];
        for k in keys {
            for b in Self::bits(k) {
                bits[b / 64] |= 1 << (b % 64);
            }
        }
        ShortBloom(bits)
    }

    /// A filter whose bits were written out by [`ShortBloom::words`] (a table generated
    /// when the crate is built).
    pub(crate) const fn from_words(words: [u64; Self::WORDS]) -> Self {
        ShortBloom(words)
    }

    /// The filter's bits, to write out as a table (the lexicon generator, a test).
    #[cfg(test)]
    pub(crate) fn words(&self) -> &[u64; Self::WORDS] {
        &self.0
    }

    /// Two independent 12-bit parts of the key's multiplicative hash.
    #[inline]
    fn bits(k: u64) -> [usize; 2] {
        let h = k.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        [(h >> 52) as usize, ((h >> 40) & 0xfff) as usize]
    }

    /// False only when `k` is not one of the keys.
    #[inline]
    pub(crate) fn may_hold(&self, k: u64) -> bool {
        Self::bits(k)
            .iter()
            .all(|&b| self.0[b / 64] & (1 << (b % 64)) != 0)
    }
}

static FUNCTION_WORDS_BY_KEY: LazyLock<ShortKeyMap<WordClasses>> =
    LazyLock::new(|| ShortKeyMap::new(&FUNCTION_WORDS));

/// [`CUES`] by [`short_key`]: the attribution grammar asks it of every word.
static CUES_BY_KEY: LazyLock<ShortKeyMap<Vec<CueForm>>> = LazyLock::new(|| ShortKeyMap::new(&CUES));

/// The cue forms of a lower-case word (`None`: not a speech verb or noun). Every cue
/// look-up goes through here, by [`short_key`] for short words.
#[inline]
pub(crate) fn cue_forms(lower: &str) -> Option<&'static [CueForm]> {
    CUES_BY_KEY.get(lower).map(Vec::as_slice)
}

/// Whether any word of `text` (split at whitespace, punctuation trimmed) is a form of a
/// speech verb: what tells "The mayor put it bluntly:" from "The council listed three
/// demands:", and a photo caption from "…, the company said. (Reuters)". For a line or
/// two, not for every sentence of a document.
pub(crate) fn has_speech_verb(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        with_lower(w, |l| cue_forms(l).is_some())
    })
}

/// The lexicon's own copy of a function word, to borrow instead of copying `w`.
pub(crate) fn function_word(w: &str) -> Option<&'static str> {
    FUNCTION_WORDS.get_key_value(w).map(|(k, _)| *k)
}

/// The classes of a lower-case word (all false when it is not a function word).
#[inline]
pub(crate) fn word_class(lower: &str) -> WordClasses {
    FUNCTION_WORDS_BY_KEY
        .get(lower)
        .copied()
        .unwrap_or_default()
}

/// The months [`is_month`] accepts, as a list for its test.
#[cfg(test)]
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];

/// A month name or its abbreviation, capitalised as written in news copy.
pub(crate) fn is_month(word: &str) -> bool {
    // The list as a `match`, which tests the length before any bytes: every capitalised
    // word of a name phrase is asked, and a scan of the list compared it with each
    // month of its length in turn. (A test checks the two agree.)
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan."
            | "Feb."
            | "Mar."
            | "Apr."
            | "Jun."
            | "Jul."
            | "Aug."
            | "Sep."
            | "Sept."
            | "Oct."
            | "Nov."
            | "Dec."
    )
}

/// A role noun with plural forms: "journalists" → journalist, "agencies" → agency.
/// Returns the class and whether the word was plural.
/// Whether a role noun names a group rather than one person: a collective that takes a
/// plural verb ("police said", "the authorities said") or a plural ("officials").
pub(crate) fn is_group_role(word: &str) -> bool {
    matches!(
        word,
        "police" | "authorities" | "people" | "media" | "staff" | "locals"
    ) || role_lookup(word).is_some_and(|(_, plural)| plural)
}

/// [`ROLES`]' [`HeadLengths`]: most words asked about are no role, and most of those
/// are ruled out by a table read rather than hashed.
static ROLE_LENGTHS: LazyLock<HeadLengths> =
    LazyLock::new(|| HeadLengths::of(ROLES.keys().copied()));

/// `ROLES.get(word)`, most words that are not there ruled out before hashing.
pub(crate) fn listed_role(word: &str) -> Option<&'static RoleClass> {
    if !ROLE_LENGTHS.may_hold(word) {
        return None;
    }
    ROLES.get(word)
}

/// Whether `word` (any case) is the plural of a person's role noun ("Friends", "Sisters",
/// "Doctors"): in title case the first word of a group's name ("Friends of the Earth"),
/// never a person's post, which is singular ("Minister of the Interior").
pub(crate) fn is_plural_role_noun(word: &str) -> bool {
    word.len() > 3
        && with_lower(word, |l| {
            role_lookup(l).is_some_and(|(c, plural)| plural && c == RoleClass::Role)
        })
}

/// Whether `lower` (in lower case) is one person's post ("spokesman", "prime minister"'s
/// "minister", "head"), not a plural ("spokesmen", "ministers") nor a group ("staff").
pub(crate) fn one_person_post(lower: &str) -> bool {
    role_lookup(lower).is_some_and(|(c, plural)| c.of_person() && !plural) && !is_group_role(lower)
}

pub(crate) fn role_lookup(word: &str) -> Option<(RoleClass, bool)> {
    if let Some(c) = listed_role(word) {
        // A plural the list also holds ("officials", "residents") is a group of people.
        let plural = word.ends_with('s') && LISTED_PLURALS.contains(word);
        return Some((*c, plural));
    }
    unlisted_role(word)
}

/// [`role_lookup`] of a word that is not a key of [`ROLES`].
fn unlisted_role(word: &str) -> Option<(RoleClass, bool)> {
    // A post written as one hyphenated word: "attorney-general", "editors-in-chief",
    // "officer-in-charge", "vice-chancellor", "deputy-governor". Its head is a person's
    // role, and so is the compound (a vice-chancellor or a deputy leads no country).
    // (Asked of every word the list misses: a length and a first byte rule most out.)
    let suffixed = || {
        (word.len() >= 10)
            .then(|| {
                ["-general", "-in-chief", "-in-charge"]
                    .iter()
                    .find_map(|s| word.strip_suffix(s))
            })
            .flatten()
    };
    let prefixed = || {
        matches!(word.as_bytes().first(), Some(b'v' | b'd'))
            .then(|| {
                ["vice-", "deputy-"]
                    .iter()
                    .find_map(|p| word.strip_prefix(p))
            })
            .flatten()
    };
    let head = suffixed().or_else(prefixed);
    if let Some(head) = head {
        return role_lookup(head)
            .filter(|(class, _)| class.of_person())
            .map(|(_, plural)| (RoleClass::Role, plural));
    }
    // A parent's title: "mum-of-two", "father-of-three", "grandmother-of-six" (a
    // person, as "the mother" is).
    // (Asked of every word the list misses: a hyphen found by byte first, then "-of-".)
    if word.len() >= 9
        && let Some(h) = word.bytes().position(|b| b == b'-')
        && word[h..].starts_with("-of-")
        && let (parent, count) = (&word[..h], &word[h + 4..])
        && matches!(
            parent,
            "mum"
                | "mom"
                | "mother"
                | "dad"
                | "father"
                | "grandmother"
                | "grandfather"
                | "gran"
                | "grandma"
                | "grandad"
                | "granddad"
                | "grandpa"
                | "nan"
        )
        && (count.bytes().all(|b| b.is_ascii_digit()) || crate::quantities::is_number_word(count))
    {
        return Some((RoleClass::Role, false));
    }
    // Agent nouns not in the list: "epidemiologists", "physician", "lobbyist", and the
    // short ones, "geologist", "biologist", "optician".
    for (suffix, plural) in [
        ("ologist", false),
        ("ologists", true),
        ("ician", false),
        ("icians", true),
    ] {
        if word.len() >= suffix.len() + 2 && word.ends_with(suffix) {
            return Some((RoleClass::Role, plural));
        }
    }
    if word.len() >= 8
        && word.ends_with("ists")
        && cue_forms(word).is_none()
        && !matches!(
            word,
            "persist"
                | "persists"
                | "consist"
                | "consists"
                | "assist"
                | "assists"
                | "resist"
                | "resists"
                | "exist"
                | "exists"
                | "subsist"
        )
    {
        return Some((RoleClass::Role, word.ends_with('s')));
    }
    if let Some(stem) = word.strip_suffix("ies") {
        // The singular is looked up only when a role has its first byte and length.
        let first = stem.as_bytes().first().copied().unwrap_or(b'y');
        if !ROLE_LENGTHS.may_hold_first_len(first, stem.len() + 1) {
            return None;
        }
        return ROLES.get(format!("{stem}y").as_str()).map(|c| (*c, true));
    }
    // The other singulars are a prefix of the word: looked up without a copy.
    let singular = match word
        .strip_suffix("es")
        .filter(|s| s.ends_with(['s', 'x', 'h']))
    {
        Some(stem) => stem,
        None => word.strip_suffix('s')?,
    };
    listed_role(singular).map(|c| (*c, true))
}

/// Capitalised words that make a name phrase an organisation ("Foreign Ministry",
/// "State Department", "Daily Clarion"); unknown single names stay names.
pub(crate) fn is_org_head(word: &str) -> bool {
    with_lower(word.trim_end_matches('.'), |l| ORG_HEADS.contains(l))
}

/// The base form of an irregular past tense or participle of news copy: what compare
/// reads a negated base form against ("rose" → "rise": "did not rise"), and the past
/// tenses that show a verb after a lone name ("Boeing delivered", "Tesla cut", "Volkswagen
/// sold"; `resolve`).
pub(crate) fn irregular_base(w: &str) -> Option<&'static str> {
    Some(match w {
        "fell" | "fallen" => "fall",
        "rose" | "risen" => "rise",
        "grew" | "grown" => "grow",
        "won" => "win",
        "lost" => "lose",
        "met" => "meet",
        "made" => "make",
        "took" | "taken" => "take",
        "gave" | "given" => "give",
        "went" | "gone" => "go",
        "came" => "come",
        "sold" => "sell",
        "paid" => "pay",
        "left" => "leave",
        "kept" => "keep",
        "began" | "begun" => "begin",
        "ran" => "run",
        "saw" | "seen" => "see",
        "knew" | "known" => "know",
        "thought" => "think",
        "brought" => "bring",
        "bought" => "buy",
        "built" => "build",
        "spent" => "spend",
        "sent" => "send",
        "struck" => "strike",
        "fought" => "fight",
        "held" => "hold",
        "found" => "find",
        "stood" => "stand",
        "broke" | "broken" => "break",
        "chose" | "chosen" => "choose",
        "drove" | "driven" => "drive",
        "flew" | "flown" => "fly",
        "led" => "lead",
        "shot" => "shoot",
        "sought" => "seek",
        "wrote" | "written" => "write",
        "spoke" | "spoken" => "speak",
        "stole" | "stolen" => "steal",
        "threw" | "thrown" => "throw",
        "withdrew" | "withdrawn" => "withdraw",
        "understood" => "understand",
        "sank" | "sunk" => "sink",
        "shrank" | "shrunk" => "shrink",
        "fled" => "flee",
        "dealt" => "deal",
        "meant" => "mean",
        "felt" => "feel",
        "lent" => "lend",
        "froze" | "frozen" => "freeze",
        "forgave" | "forgiven" => "forgive",
        "forbade" | "forbidden" => "forbid",
        "overtook" | "overtaken" => "overtake",
        "undertook" | "undertaken" => "undertake",
        "became" => "become",
        "put" => "put",
        "set" => "set",
        "shut" => "shut",
        _ => return None,
    })
}

/// Whether `w` is a preposition written with a capital, as a name in title case writes
/// it ("Doctors Without Borders", "Action Against Hunger"). A list, not the function-word
/// classes: names are split on every mention, and this is asked of each of their words.
pub(crate) fn is_title_case_preposition(w: &str) -> bool {
    matches!(
        w,
        "Without"
            | "Against"
            | "Beyond"
            | "Across"
            | "Under"
            | "Over"
            | "Within"
            | "Through"
            | "Between"
            | "Among"
            | "Into"
            | "Upon"
            | "Behind"
            | "Around"
            | "With"
            | "From"
            | "Sans"
    )
}

/// Whether a name's last word says it is a company ("Halden Motors", "Vesta Holdings",
/// "Nordic Airways Ltd"): "the company" or "the firm" can name it.
pub(crate) fn is_company_head(word: &str) -> bool {
    with_lower(word.trim_end_matches('.'), |l| {
        LEGAL_FORMS.contains(&l) || COMPANY_HEADS.contains(&l)
    })
}

/// The kinds of business a noun of `BUSINESS_NOUNS` (in `resolve`) names, as the last
/// words of the company names it fits: "the carmaker" is "Halden Motors", "the lender"
/// "Brennan Bank", not the other way round. `None` for the nouns that fit any company
/// ("the company", "the firm"); a kind with no list fits a name without a kind in it
/// ("Nordlys", "Vesta Holdings Ltd").
pub(crate) fn business_kind_heads(noun: &str) -> Option<&'static [&'static str]> {
    BUSINESS_KINDS
        .iter()
        .find(|(kind, _)| *kind == noun)
        .map(|&(_, heads)| heads)
}

/// See [`business_kind_heads`]. Each kind is a `body` role in `roles.tsv` (a test holds
/// the two lists together).
const BUSINESS_KINDS: &[(&str, &[&str])] = {
    const AIR: &[&str] = &["air", "airlines", "airways"];
    const CARS: &[&str] = &["motors", "motor", "automotive", "auto", "cars"];
    &[
        ("airline", AIR),
        ("carrier", AIR),
        ("carmaker", CARS),
        ("automaker", CARS),
        ("lender", &["bank"]),
        ("insurer", &["insurance", "assurance"]),
        ("drugmaker", &["pharmaceuticals", "pharma"]),
        ("planemaker", &["aerospace", "aircraft", "aviation"]),
        ("chipmaker", &["semiconductor", "semiconductors"]),
        (
            "brokerage",
            &["securities", "capital", "markets", "brokers", "brokerage"],
        ),
        (
            "refiner",
            &["refining", "refinery", "refineries", "petroleum"],
        ),
        ("steelmaker", &["steel", "steels"]),
        (
            "telco",
            &["telecom", "telecoms", "telecommunications", "mobile"],
        ),
        ("retailer", &[]),
        ("supermarket", &[]),
        ("grocer", &[]),
        ("manufacturer", &[]),
        ("conglomerate", &[]),
        ("startup", &[]),
        ("start-up", &[]),
        // "Cimarron Valley Electric … the utility": a utility's name gives its trade.
        (
            "utility",
            &["electric", "power", "energy", "water", "gas", "utilities"],
        ),
        ("giant", &[]),
    ]
};

/// Whether a company name's last word is its legal form ("Ltd", "Inc.", "Holdings"),
/// which says nothing of its business.
pub(crate) fn is_legal_form(word: &str) -> bool {
    with_lower(word.trim_end_matches('.'), |l| LEGAL_FORMS.contains(&l))
}

/// Whether a name's last word says it is a sports club ("Ashcombe Rovers", "Leeds United",
/// "Brenna FC"): "the club" or "the team" can name it.
pub(crate) fn is_club_head(word: &str) -> bool {
    with_lower(word.trim_end_matches('.'), |l| CLUB_HEADS.contains(&l))
}

/// Last words of club names that name nothing else ("City", "Town" and "County" are
/// places too).
const CLUB_HEADS: &[&str] = &[
    "fc",
    "afc",
    "cf",
    "rovers",
    "wanderers",
    "rangers",
    "athletic",
    "albion",
    "hotspur",
    "united",
];

/// Last words of company names that give its legal form.
const LEGAL_FORMS: &[&str] = &[
    "ltd",
    "inc",
    "corp",
    "corporation",
    "plc",
    "llc",
    "co",
    "holdings",
    "ag",
    "sa",
    "nv",
    "gmbh",
    "limited",
    "group",
    // "Harlan Motor Company", "Ford Motor Company": the word says it is a company, not
    // which business it is in.
    "company",
    // Joint-stock companies ("Dak Sa 3 Hydropower JSC", "Gazprom Neft PJSC"), Malaysia's
    // "Bhd", Indonesia's "Tbk", Singapore's "Pte".
    "jsc",
    "pjsc",
    "ojsc",
    "bhd",
    "tbk",
    "pte",
    // Partnerships, as law and accounting firms are ("Pruitt Halloran & Weiss LLP").
    "llp",
    "lp",
];

/// Last words of company names that give the kind of business (the legal forms are
/// [`LEGAL_FORMS`]).
const COMPANY_HEADS: &[&str] = &[
    "motors",
    "airlines",
    "airways",
    "pharmaceuticals",
    "technologies",
    "industries",
    "securities",
    "insurance",
    "logistics",
    // "Pacific Gas and Electric", "General Electric", "BP Petroleum".
    "electric",
    "petroleum",
    "refining",
    "refinery",
    "refineries",
    "telecom",
    "telecoms",
    "telecommunications",
    // Firms named by their trade ("Tonga Fibre", "Meridian Shipping", "Ndola Cement"):
    // no one's name ends so. (Not "mining": "Kimbala Mining" then no longer named "Kimbala
    // Mining SA", nor "Sulawesi Mining Watch" a whole watchdog.)
    "fibre",
    "fiber",
    "broadband",
    "networks",
    "shipping",
    "cement",
    "breweries",
    "textiles",
    "engineering",
    "construction",
    // Firms of money and advice ("Halden Capital", "Lansdowne Sports Management",
    // "Brightwater Consulting"): "Fergal Brophy of Lansdowne Sports Management" is a
    // person and the firm he works for.
    "capital",
    "management",
    "consulting",
    "consultancy",
    "consultants",
    "advisory",
    "advisors",
    "advisers",
    "investments",
    "chemicals",
    "utilities",
    // Firms named by their trade or partners in the plural ("Sandcrest Builders", "Halden
    // Partners", "Lehman Brothers"): no one's name ends so.
    "builders",
    "contractors",
    "developers",
    "partners",
    "associates",
    "brothers",
    "enterprises",
    "solutions",
    "systems",
];

/// The words [`is_org_head`] accepts: the last words of company names ([`LEGAL_FORMS`],
/// [`COMPANY_HEADS`]) and of club names ([`CLUB_HEADS`]), the roles of class `body` in
/// `roles.tsv`, and the kinds of institution, press and assembly below.
/// A name's every capitalised word is asked about, so this is one set, not a run of
/// string comparisons and a role look-up.
static ORG_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    const WORDS: &[&str] = &[
        "house",
        "department",
        "ministry",
        "office",
        "council",
        "agency",
        "commission",
        "committee",
        "court",
        // "the State Courts", "the Law Courts": one body of several courts.
        "courts",
        "bank",
        "service",
        "services",
        "institute",
        "university",
        "foundation",
        "association",
        "organisation",
        "organization",
        "federation",
        "authority",
        "bureau",
        "forces",
        // "the Air Force", "the Marine Corps": an armed service's last word (a title
        // word before it, "Air", must not make it a person's post).
        "force",
        "corps",
        "guard",
        // "Coast Guard Station Catanduanes", "Naval Air Station Sigonella", "Kew Police
        // Station": a post or base of a service, named by its place after or before it.
        "station",
        "news",
        "times",
        "post",
        "press",
        // "Global Press Wire", "Business Wire", "PR Newswire": news services by name.
        "wire",
        "newswire",
        "journal",
        "media",
        "network",
        "television",
        "tv",
        "radio",
        "daily",
        "herald",
        "tribune",
        "gazette",
        "chronicle",
        "clarion",
        "centre",
        "center",
        // "the Centers for Disease Control and Prevention": one agency of several centres.
        "centres",
        "centers",
        "fund",
        "union",
        "alliance",
        // Campaigning organisations: "Human Rights Watch", "the Clean Air Coalition".
        "watch",
        // "the UN Verification and Inspection Mechanism", "the European Stability
        // Mechanism".
        "mechanism",
        "coalition",
        "initiative",
        "parliament",
        "assembly",
        "senate",
        "congress",
        // India's houses: "the Rajya Sabha", "the Lok Sabha", "the Vidhan Parishad".
        "sabha",
        "parishad",
        "cabinet",
        "government",
        "administration",
        "embassy",
        "army",
        "navy",
        "police",
        "party",
    ];
    WORDS
        .iter()
        .chain(LEGAL_FORMS)
        .chain(COMPANY_HEADS)
        .chain(CLUB_HEADS)
        .copied()
        .chain(
            ROLES
                .iter()
                .filter(|(_, c)| matches!(c, RoleClass::Body))
                .map(|(w, _)| *w),
        )
        .collect()
});

/// Whether `ordinal` and `rank` are the ordinal part of a rank: "3rd Rank" in "Captain
/// 3rd Rank", "1st Class" in "Sergeant 1st Class" (the ordinal in digits).
pub(crate) fn is_ordinal_rank(ordinal: &str, rank: &str) -> bool {
    // The first byte first: nearly every word asked opens with a letter.
    ordinal.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && matches!(rank, "Rank" | "Class")
        && {
            let digits = ordinal.bytes().take_while(u8::is_ascii_digit).count();
            matches!(&ordinal[digits..], "st" | "nd" | "rd" | "th")
        }
}

/// Institutions named by a place or one word ("the Kremlin", "the White House"), and the
/// news media reports cite by name ([`NEWS_MEDIA`]).
pub(crate) static INSTITUTIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    rows(include_str!("lexicon/institutions.txt"))
        .chain(rows(include_str!("lexicon/news_media.txt")))
        .map(|r| r[0])
        .collect()
});

/// Whether a hyphenated word is a descriptor by what follows its last hyphen: a
/// lower-case part ("California-based", "Kyiv-born", "24-year-old", "Co-author",
/// "Mum-of-two"). Not a Korean given name written with a hyphen ("Kim Jong-un", "Son
/// Heung-min", "Yoon Suk-yeol"): two short syllables, the second no English word of kind
/// ("-based", "-born", "-run").
#[inline]
pub(crate) fn is_descriptor(word: &str) -> bool {
    // The last hyphen found by a byte loop: a word is a few bytes, and a character
    // searcher cost more than the search (this runs for every word of every name). The
    // loop alone is inlined into the caller; the few words with a hyphen are read on
    // out of line.
    match word.bytes().rposition(|b| b == b'-') {
        Some(k) => descriptor_after_hyphen(word, k),
        None => false,
    }
}

/// [`is_descriptor`] of a word whose last hyphen is at byte `k`.
#[inline(never)]
fn descriptor_after_hyphen(word: &str, k: usize) -> bool {
    let rest = &word[k + 1..];
    rest.starts_with(char::is_lowercase)
        && !korean_given_name(&word[..k], rest)
        && !is_patronymic(rest)
}

/// Whether `word` is a Turkic patronymic written as a word of its own after the father's
/// name ("Aigerim Dosmukhamed kyzy", daughter of; "Rustam Aliyev oglu"): lower case, yet
/// the last word of the name.
pub(crate) fn is_patronymic(word: &str) -> bool {
    PATRONYMIC_ENDINGS.contains(&word)
}

/// Whether `word` is a Russian (or Ukrainian, Belarusian) patronymic in the Latin
/// alphabet: "Olegovich", "Sergeyevich", "Viktorovna", "Ilyinichna", or a Kazakh one
/// joined to the father's name ("Mukhtaruly", "Bolatkyzy"). After a first name it is the
/// polite form of address of a person named in full before ("Dmitry Olegovich" for
/// Dmitry Trofimov).
pub(crate) fn is_russian_patronymic(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.len() >= 7
        && [
            "ovich", "evich", "ovna", "evna", "ichna", "uly", "kyzy", "qyzy",
        ]
        .iter()
        .any(|s| word.ends_with(s))
}

/// Turkic patronymics joined to a surname by a hyphen ("Nurtaza-uly", son of;
/// "Dosmukhamed-kyzy", daughter of; "Aliyev-oglu"): part of the name, not a descriptor.
const PATRONYMIC_ENDINGS: &[&str] = &[
    "uly", "ulu", "uulu", "kyzy", "kizi", "qizi", "oglu", "ogly", "ogli", "ugli",
];

fn korean_given_name(first: &str, rest: &str) -> bool {
    let ascii_lower = |s: &str| s.bytes().all(|b| b.is_ascii_lowercase());
    (2..=5).contains(&first.len())
        && first.as_bytes()[0].is_ascii_uppercase()
        && ascii_lower(&first[1..])
        && (1..=5).contains(&rest.len())
        && ascii_lower(rest)
        && !rest.ends_with("ed")
        && !matches!(
            rest,
            "born"
                | "run"
                | "made"
                | "built"
                | "old"
                | "wide"
                | "style"
                | "era"
                | "type"
                | "class"
                | "level"
                | "area"
                | "wife"
                | "boss"
                | "chief"
                | "head"
                | "star"
                | "mum"
                | "dad"
                | "pilot"
                | "coach"
        )
        && !matches!(
            first,
            "Co" | "Ex"
                | "Pro"
                | "Anti"
                | "Non"
                | "Mid"
                | "Pre"
                | "Post"
                | "Self"
                | "Vice"
                | "Step"
                | "Half"
                | "Re"
                | "Sub"
                | "Mum"
                | "Dad"
                | "Mom"
                | "Team"
                | "Club"
        )
}

/// News agencies and broadcasters cited by name ("told Reuters", "Xinhua reported").
pub(crate) static NEWS_MEDIA: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/news_media.txt")));

/// Nouns that can name a news agency or broadcaster: "the agency", "the broadcaster".
pub(crate) fn is_media_noun(head: &str) -> bool {
    matches!(
        head,
        "agency"
            | "news agency"
            | "broadcaster"
            | "network"
            | "channel"
            | "newspaper"
            | "paper"
            | "daily"
            | "outlet"
            | "station"
            | "service"
            | "wire"
            | "publication"
            | "tabloid"
            | "magazine"
            | "website"
    )
}

fn word_set(data: &'static str) -> HashSet<&'static str> {
    rows(data).map(|r| r[0]).collect()
}

/// The name particles, and the byte length of the longest.
static NAME_PARTICLES: LazyLock<(HashSet<&'static str>, usize)> = LazyLock::new(|| {
    let set = word_set(include_str!("lexicon/name_particles.txt"));
    let longest = set.iter().map(|p| p.len()).max().unwrap_or(0);
    (set, longest)
});

/// The name particles' [`HeadLengths`]: of the few words short enough to be one, most
/// are ruled out by a table read rather than hashed.
static NAME_PARTICLE_LENGTHS: LazyLock<HeadLengths> =
    LazyLock::new(|| HeadLengths::of(NAME_PARTICLES.0.iter().copied()));

/// A particle inside a personal name ("von", "de", "al"), in any case.
pub(crate) fn is_name_particle(w: &str) -> bool {
    let (particles, longest) = &*NAME_PARTICLES;
    // Names are asked about every word: an ASCII word longer than every particle is
    // none, in any case (ASCII lower-cases byte for byte), without hashing or folding.
    if w.len() > *longest && w.is_ascii() {
        return false;
    }
    let listed = |w: &str| NAME_PARTICLE_LENGTHS.may_hold(w) && particles.contains(w);
    // The capitals that are no particle are asked only of a listed word: nearly every
    // word is none, and the exceptions' comparisons were paid for each.
    (listed(w) || w.chars().any(char::is_uppercase) && with_lower(w, listed))
        && !capital_is_no_particle(w)
}

/// Whether `w` is a particle's word in capitals that is no particle: the Catalan "i"
/// ("Jordi Casals i Vilaró"), the Portuguese "do" ("Maria do Carmo") and "e" and the
/// Spanish "y" are particles in lower case only, where "I" is the English pronoun, "Do"
/// opens a question and "E" and "Y" are letters; so are the Tagalog "ng" and "sa", where
/// "Ng" is a Chinese surname ("Ms Ng") and "Sa" a Korean or Vietnamese one.
fn capital_is_no_particle(w: &str) -> bool {
    matches!(w, "I" | "Do" | "DO" | "E" | "Y" | "Ng" | "NG" | "Sa")
}

/// What the name lexicons say of one word, as [`name_entry`] finds it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct NameWord {
    /// In [`TITLES`].
    pub title: bool,
    /// Its country key in [`COUNTRIES`].
    pub country: Option<&'static str>,
    /// The word may open a two-word key of [`COUNTRY_PAIRS`] (false: it opens none).
    pub pair_first: bool,
    /// `with_lower(w, role_lookup)`.
    pub role: Option<(RoleClass, bool)>,
    /// [`is_org_head`].
    pub org_head: bool,
    /// [`is_name_particle`].
    pub particle: bool,
}

impl NameWord {
    /// No list knows the word (whether it may open a pair key aside: every word outside
    /// ASCII may, so "Montalbán" was never plain where "Montalvo" was).
    pub(crate) fn is_plain(&self) -> bool {
        NameWord {
            pair_first: false,
            ..*self
        } == NameWord::default()
    }
}

/// What the case-sensitive lists say of one spelling.
#[derive(Debug, Clone, Copy, Default)]
struct Spelling {
    title: bool,
    country: Option<&'static str>,
    pair_first: bool,
    particle: bool,
}

/// A word of the name lexicons in any case, and what they say of it.
#[derive(Debug, Default)]
struct NameEntry {
    /// [`role_lookup`] of the word in lower case.
    role: Option<(RoleClass, bool)>,
    /// Its lower case is in [`ORG_HEADS`].
    org_head: bool,
    /// Its lower case is a name particle.
    particle: bool,
    /// Every spelling of the word that a case-sensitive list (titles, countries,
    /// country pairs, particles) holds, with what the lists say of it.
    spellings: Vec<(&'static str, Spelling)>,
}

/// A word hashed and compared ignoring ASCII case, so that a word is looked up in
/// lower case without first being copied into lower case.
#[derive(Debug, Clone, Copy)]
struct Caseless<'a>(&'a str);

impl Caseless<'_> {
    /// The word's bytes eight at a time (the last group padded with zeros), each ASCII
    /// capital made lower case: the words equal but for ASCII case, and no others (among
    /// ASCII words), have the same groups.
    fn lower_groups(&self) -> impl Iterator<Item = u64> {
        self.0.as_bytes().chunks(8).map(|c| ascii_lower(group(c)))
    }
}

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        // `eq_ignore_ascii_case` for ASCII words, eight bytes at a time.
        // A word of eight bytes or fewer (most) is one group: compared without the
        // iterators.
        self.0.len() == other.0.len()
            && if self.0.len() <= 8 {
                ascii_lower(group(self.0.as_bytes())) == ascii_lower(group(other.0.as_bytes()))
            } else {
                self.lower_groups().eq(other.lower_groups())
            }
    }
}

impl Eq for Caseless<'_> {}

impl std::hash::Hash for Caseless<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // What `eq` compares, eight bytes at a time: a byte at a time, lower-cased one by
        // one, was most of a look-up's cost.
        // A word of eight bytes or fewer is one group, hashed without the iterator (the
        // same writes as the loop makes).
        if self.0.len() <= 8 {
            state.write_u64(ascii_lower(group(self.0.as_bytes())));
        } else {
            for g in self.lower_groups() {
                state.write_u64(g);
            }
        }
        state.write_usize(self.0.len());
    }
}

/// Up to eight bytes as one little-endian word, zeros after them.
#[inline]
pub(crate) fn group(b: &[u8]) -> u64 {
    // The bytes in place without a `memcpy` of variable length (a call per look-up):
    // two overlapping reads cover four to seven bytes, three single bytes one to three;
    // a byte read twice lands in the same place both times.
    let n = b.len();
    match *b {
        [] => 0,
        [b0, b1, b2, b3, b4, b5, b6, b7, ..] => {
            u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7])
        }
        [b0, b1, b2, b3, ..] => {
            let lo = u32::from_le_bytes([b0, b1, b2, b3]);
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
            u64::from(lo) | u64::from(hi) << (8 * (n - 4))
        }
        [b0, ..] => {
            u64::from(b0)
                | u64::from(b[n / 2]) << (8 * (n / 2))
                | u64::from(b[n - 1]) << (8 * (n - 1))
        }
    }
}

/// Whether `w` is all ASCII without a space, eight bytes at a time.
fn ascii_without_space(w: &str) -> bool {
    w.as_bytes().chunks(8).all(|c| {
        let g = group(c);
        g & crate::swar::HIGHS == 0 && crate::swar::equal(g, b' ') == 0
    })
}

/// The bytes of `w` with each ASCII capital made lower case, for bytes below 0x80 (an
/// ASCII word's). Adding 0x3F sets the high bit of a byte from 'A' up, adding 0x25 that
/// of a byte above 'Z'; neither carries out of an ASCII byte.
fn ascii_lower(w: u64) -> u64 {
    use crate::swar::{HIGHS, ONES};
    let from_a = w.wrapping_add(0x3F * ONES);
    let past_z = w.wrapping_add(0x25 * ONES);
    w | ((from_a & !past_z & HIGHS) >> 2)
}

/// The name lexicons in one table, keyed ignoring case: [`name_entry`] answers with one
/// look-up what a name phrase's every word was asked in half a dozen (titles,
/// countries, country pairs, roles, organisation heads, particles), each hashing the
/// word again, and several lower-casing it first.
static NAME_WORDS: LazyLock<HashMap<Caseless<'static>, NameEntry>> = LazyLock::new(|| {
    // Sized for every key the lists below may give (some are the same word): grown from
    // nothing, the table was rehashed several times as it was built.
    let keys =
        TITLES.len() + 2 * COUNTRIES.len() + NAME_PARTICLES.0.len() + ROLES.len() + ORG_HEADS.len();
    let mut map: HashMap<Caseless<'static>, NameEntry> =
        HashMap::with_capacity_and_hasher(keys, Default::default());
    // Only ASCII words are looked up in the table (see `name_entry`).
    let mut spell = |w: &'static str, set: &dyn Fn(&mut Spelling)| {
        if !w.is_ascii() {
            return;
        }
        let e = map.entry(Caseless(w)).or_default();
        match e.spellings.iter_mut().find(|(s, _)| *s == w) {
            Some((_, sp)) => set(sp),
            None => {
                let mut sp = Spelling::default();
                set(&mut sp);
                e.spellings.push((w, sp));
            }
        }
    };
    for &t in TITLES.iter() {
        spell(t, &|s: &mut Spelling| s.title = true);
    }
    for (&k, &c) in COUNTRIES.iter() {
        spell(k, &|s: &mut Spelling| s.country = Some(c));
        if let Some((first, _)) = k.split_once(' ') {
            spell(first, &|s: &mut Spelling| s.pair_first = true);
        }
    }
    for &p in NAME_PARTICLES.0.iter() {
        spell(p, &|s: &mut Spelling| s.particle = true);
    }
    for &k in ROLES.keys().chain(ORG_HEADS.iter()) {
        if k.is_ascii() {
            map.entry(Caseless(k)).or_default();
        }
    }
    // What depends on the lower case alone, asked of every key by the functions the
    // table stands in for, so that it answers as they do. (Only ASCII words are looked
    // up here, and an ASCII word's lower case is its ASCII lower case.)
    for (k, e) in map.iter_mut() {
        with_lower(k.0, |lower| {
            e.role = role_lookup(lower);
            e.org_head = ORG_HEADS.contains(lower);
            e.particle = NAME_PARTICLES.0.contains(lower);
        });
    }
    map
});

/// Everything the name lexicons say of the word `w` (a token: see [`NameWord`] for what
/// each field stands for), with one hash look-up for an ASCII word.
pub(crate) fn name_entry(w: &str) -> NameWord {
    // Other words are rare: asked of each list in turn. (A space would make a pair key.)
    if !ascii_without_space(w) {
        return name_word_by_each_list(w);
    }
    // The table's keys live as long as the program; a shorter-lived key is looked up in
    // it as a map of shorter-lived keys (a map is covariant in its key type).
    let table: &HashMap<Caseless<'_>, NameEntry> = &NAME_WORDS;
    // `is_org_head` looks the word up without its final periods ("Corp.").
    let dotted = w.ends_with('.');
    let Some(e) = table.get(&Caseless(w)) else {
        // No list holds the word in any case: only the roles' plural, suffix and hyphen
        // rules may still name it, and all of them need a final "s", "ologist" or
        // "ician", or a hyphen ("Director-General", "Vice-Chancellor").
        let b = w.as_bytes();
        let ends = |suffix: &str| {
            b.len() >= suffix.len()
                && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
        };
        let last = b.last().map(u8::to_ascii_lowercase);
        let role = if last == Some(b's')
            || last == Some(b't') && ends("ologist")
            || last == Some(b'n') && ends("ician")
            || b.len() >= 8 && memchr::memchr(b'-', b).is_some()
        {
            with_lower(w, unlisted_role)
        } else {
            None
        };
        return NameWord {
            title: hyphenated_title(w, role),
            role,
            org_head: dotted && is_org_head(w),
            ..NameWord::default()
        };
    };
    let sp = e
        .spellings
        .iter()
        .find(|(s, _)| *s == w)
        .map(|&(_, sp)| sp)
        .unwrap_or_default();
    NameWord {
        title: sp.title || hyphenated_title(w, e.role),
        country: sp.country,
        pair_first: sp.pair_first,
        role: e.role,
        org_head: if dotted { is_org_head(w) } else { e.org_head },
        // A particle as written, or in lower case when written with a capital
        // (`is_name_particle`).
        particle: sp.particle
            || e.particle
                && !capital_is_no_particle(w)
                && w.bytes().any(|b| b.is_ascii_uppercase()),
    }
}

/// Whether `w`, a word no list holds whose role is `role`, is a post written in capitals
/// as one hyphenated word ("Auditor-General", "Vice-Chancellor"): a title, as the listed
/// "Secretary-General" is ("The Auditor-General said").
fn hyphenated_title(w: &str, role: Option<(RoleClass, bool)>) -> bool {
    // The role first: most words asked have none.
    role.is_some_and(|(c, plural)| c.of_person() && !plural)
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.contains('-')
}

/// [`name_entry`] as the functions and lists it stands in for answer, each asked in
/// turn: the answer for words outside the one-look-up table, and what the tests hold the
/// table to.
fn name_word_by_each_list(w: &str) -> NameWord {
    let role = with_lower(w, role_lookup);
    NameWord {
        title: TITLES.contains(w) || hyphenated_title(w, role),
        country: COUNTRIES.get(w).copied(),
        pair_first: true,
        role,
        org_head: is_org_head(w),
        particle: is_name_particle(w),
    }
}

/// Words that may modify a role noun ("senior", "former", "news").
pub(crate) static ROLE_MODIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/role_modifiers.txt")));

/// Things rejected or accepted as acts ("offer", "appeal").
pub(crate) static ACT_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/act_nouns.txt")));

/// What a speaker reads, not a source relayed ("the results suggested", "figures show").
pub(crate) static EVIDENCE_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/evidence_nouns.txt")));

/// Nouns an appositive uses for an organisation ("app", "company").
pub(crate) static ORG_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/org_nouns.txt")));

/// Capitalised government portfolios (see `portfolios.txt`).
static PORTFOLIOS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/portfolios.txt")));

/// Whether a capitalised word is an envoy's post, which names the country it is sent to
/// after "to": "Ambassador of Japan to Tajikistan …", "Envoy …", "… Extraordinary and
/// Plenipotentiary of Japan to …".
pub(crate) fn is_envoy_title(w: &str) -> bool {
    matches!(w, "Ambassador" | "Envoy" | "Plenipotentiary")
}

/// Whether `w` is a capitalised government portfolio ([`PORTFOLIOS`]): "Trade",
/// "Affairs".
pub(crate) fn is_portfolio(w: &str) -> bool {
    PORTFOLIOS.contains(w)
}

/// Nouns that refer back to the person a story is about ("the Spaniard", "the star").
pub(crate) static DESCRIPTIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("lexicon/descriptions.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_business_is_a_body_role() {
        for (kind, _) in BUSINESS_KINDS {
            assert_eq!(role_lookup(kind), Some((RoleClass::Body, false)), "{kind}");
        }
    }

    #[test]
    fn short_bloom_holds_every_key_and_rules_out_most_others() {
        let keys: Vec<u64> = CUES.keys().filter_map(|k| short_key(k)).collect();
        let bloom = ShortBloom::of(keys.iter().copied());
        assert!(keys.iter().all(|&k| bloom.may_hold(k)));
        // Every three-letter word ending in a, e, i, o, s or t that is not a speech verb.
        let mut others = 0;
        let mut passed = 0;
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                for c in b"aeiost" {
                    let w = [a, b, *c];
                    let w = std::str::from_utf8(&w).unwrap_or_default();
                    if CUES.contains_key(w) {
                        continue;
                    }
                    let k = short_key(w).unwrap_or_default();
                    others += 1;
                    passed += usize::from(bloom.may_hold(k));
                }
            }
        }
        assert!(passed * 10 < others, "{passed} of {others}");
    }

    #[test]
    fn short_keys_answer_as_the_word_map() {
        for (w, c) in FUNCTION_WORDS.iter() {
            assert_eq!(format!("{:?}", word_class(w)), format!("{c:?}"), "{w}");
        }
        for (w, forms) in CUES.iter() {
            assert!(
                cue_forms(w).is_some_and(|f| std::ptr::eq(f, forms.as_slice())),
                "{w}"
            );
        }
        assert!(word_class("the").det);
        assert!(!word_class("the\0").det);
        assert!(cue_forms("said").is_some());
        assert!(cue_forms("sai").is_none());
    }

    #[test]
    fn every_negation_and_modal_passes_the_length_table() {
        let listed: Vec<&str> = FUNCTION_WORDS
            .iter()
            .filter(|(_, c)| c.negation || c.modal)
            .map(|(w, _)| *w)
            .collect();
        assert!(listed.len() >= 15, "{listed:?}");
        for w in listed {
            assert!(may_negate_or_modal(w), "{w}");
        }
        assert!(!may_negate_or_modal("said"));
        assert!(!may_negate_or_modal(""));
    }

    fn assert_name_entry(w: &str) {
        let got = name_entry(w);
        let want = name_word_by_each_list(w);
        // `pair_first` may only rule out a pair that is not there.
        assert_eq!(
            NameWord {
                pair_first: true,
                ..got
            },
            want,
            "{w:?}"
        );
        if !got.pair_first {
            for (k, _) in COUNTRIES.iter() {
                assert!(k.split_once(' ').is_none_or(|(f, _)| f != w), "{w:?}");
            }
        }
    }

    #[test]
    fn is_month_is_the_list() {
        for m in MONTHS {
            assert!(is_month(m), "{m}");
        }
        for w in ["May.", "may", "Sept", "Jan", "", "Mayday", "Dec.."] {
            assert_eq!(is_month(w), MONTHS.contains(&w), "{w}");
        }
    }

    #[test]
    fn role_lookup_filter_changes_no_answer() {
        for k in ROLES.keys() {
            for w in [
                k.to_string(),
                format!("{k}s"),
                format!("{k}es"),
                format!("{}ies", k.trim_end_matches('y')),
            ] {
                let want = ROLES
                    .get(w.as_str())
                    .map(|c| (*c, w.ends_with('s') && LISTED_PLURALS.contains(w.as_str())));
                if want.is_some() {
                    assert_eq!(role_lookup(&w), want, "{w}");
                }
            }
            let plural_y = format!("{}ies", k.trim_end_matches('y'));
            if k.ends_with('y') && !ROLES.contains_key(plural_y.as_str()) {
                assert_eq!(
                    role_lookup(&plural_y).map(|(c, _)| c),
                    Some(ROLES[k]),
                    "{plural_y}"
                );
            }
        }
    }

    #[test]
    fn name_word_answers_as_each_list() {
        let mut words: Vec<String> = Vec::new();
        let keys = TITLES
            .iter()
            .chain(COUNTRIES.keys())
            .chain(ROLES.keys())
            .chain(ORG_HEADS.iter())
            .chain(NAME_PARTICLES.0.iter());
        for k in keys {
            for w in k.split(' ') {
                let mut cap = w.to_string();
                if let Some(f) = cap.get_mut(..1) {
                    f.make_ascii_uppercase();
                }
                for v in [
                    w.to_string(),
                    w.to_lowercase(),
                    w.to_uppercase(),
                    cap,
                    format!("{w}s"),
                    format!("{w}es"),
                    format!("{w}."),
                    format!("{}ies", w.trim_end_matches('y')),
                ] {
                    words.push(v);
                }
            }
        }
        words.extend(
            [
                "Donald",
                "Trump",
                "epidemiologists",
                "Physician",
                "lobbyists",
                "Co.",
                "Director-General",
                "director-general",
                "Vice-Chancellor",
                "Editors-in-Chief",
                "Well-Known",
                "",
                "é",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_name_entry(w);
        }
    }

    proptest::proptest! {
        #[test]
        fn group_is_the_bytes_padded(b in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..=8)) {
            let mut padded = [0u8; 8];
            padded[..b.len()].copy_from_slice(&b);
            proptest::prop_assert_eq!(group(&b), u64::from_le_bytes(padded));
        }

        #[test]
        fn ascii_lower_is_each_byte_lower_cased(w in "[\\x00-\\x7f]{8}") {
            let b = w.as_bytes();
            proptest::prop_assert_eq!(
                ascii_lower(crate::swar::word(b)),
                crate::swar::word(&b.to_ascii_lowercase())
            );
        }

        #[test]
        fn name_word_answers_as_each_list_for_any_word(w in "[a-zA-Z.'é ]{0,12}|(?i)(al|de|van|us|new|president|ministers|house|corp\\.?)") {
            assert_name_entry(&w);
        }

        /// The table never rules out a negation or a modal.
        #[test]
        fn may_negate_or_modal_is_a_sound_filter(w in "[a-z'nowcmsht\u{0}é]{0,9}") {
            let c = word_class(&w);
            if c.negation || c.modal {
                proptest::prop_assert!(may_negate_or_modal(&w));
            }
        }

        /// The length test changes no answer.
        #[test]
        fn name_particles_are_found_in_any_case(w in "[a-zA-Zé]{0,7}|(?i)(al|de|van|ould|ibn|do)") {
            let (set, _) = &*NAME_PARTICLES;
            // (The pronoun "I", the English "Do" and the letters "E" and "Y" are no
            // particles: the Catalan "i", the Portuguese "do" and "e" and the Spanish "y"
            // are in lower case only.)
            let want = !matches!(w.as_str(), "I" | "Do" | "DO" | "E" | "Y")
                && (set.contains(w.as_str())
                    || w.chars().any(char::is_uppercase)
                        && set.contains(w.to_lowercase().as_str()));
            proptest::prop_assert_eq!(is_name_particle(&w), want);
        }

        #[test]
        fn short_key_is_the_bytes_copied(w in "[a-z'\u{0}é\u{ff}]{0,9}") {
            proptest::prop_assert_eq!(short_key(&w), short_key_reference(&w));
        }

        #[test]
        fn short_key_lookups_match(w in "[a-z'\u{0}é]{0,10}") {
            proptest::prop_assert_eq!(
                format!("{:?}", word_class(&w)),
                format!("{:?}", FUNCTION_WORDS.get(w.as_str()).copied().unwrap_or_default())
            );
            proptest::prop_assert_eq!(cue_forms(&w).is_some(), CUES.contains_key(w.as_str()));
        }
    }
}
