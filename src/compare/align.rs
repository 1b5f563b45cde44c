//! Align: group the claims of N documents that report the same statement or fact.
//!
//! 1. Each claim gets features: TF-IDF weights of its content words (stop words dropped,
//!    light stemming), word 3-grams of its quoted text, its speaker and its quantities.
//! 2. Blocking: candidate pairs are claims of different documents that share a key — one of
//!    their rarest content words, a quoted 3-gram, the speaker, or a quantity slot. Keys
//!    held by too many claims are skipped, so the number of pairs stays near-linear in the
//!    number of claims; all pairs are never formed.
//! 3. Score: cosine of the TF-IDF vectors, plus quoted-words containment, plus small
//!    bonuses for the same speaker and a shared quantity slot.
//! 4. Assignment: pairs at or above the threshold, best first, join clusters whose
//!    document sets are disjoint — so a cluster holds at most one claim per document (one-to-
//!    one per document pair) and N-way clusters form by transitivity. Ties are broken by
//!    path and position, never by input order, so the result does not depend on the order
//!    of the inputs or on the thread count.

use std::borrow::Cow;
use std::sync::LazyLock;

use rayon::prelude::*;
// FxHash: terms and blocking keys are short strings hashed once or more per claim.
use rustc_hash::{FxHashMap, FxHashSet};

use super::speakers::{SpeakerId, Speakers};
use crate::extract::Claim;
use crate::lexicon::{HeadLengths, rows};
use crate::pipeline::Extracted;
use crate::resolve::fold;

static STOPWORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    rows(include_str!("../lexicon/stopwords.txt"))
        .map(|r| r[0])
        .collect()
});

/// Paraphrases (`paraphrases.tsv`): the stem of each listed word → its line's first word,
/// with the stems' first bytes and lengths, which rule out most terms before hashing
/// (every term of every claim is looked up).
static PARAPHRASES: LazyLock<(FxHashMap<String, &'static str>, HeadLengths)> =
    LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for r in rows(include_str!("../lexicon/paraphrases.tsv")) {
            let Some(&canonical) = r.first() else {
                continue;
            };
            let others = r.get(1).map_or("", |o| o);
            for w in std::iter::once(canonical).chain(others.split_whitespace()) {
                map.insert(stem(w).into_owned(), canonical);
            }
        }
        let lengths = HeadLengths::of(map.keys().map(String::as_str));
        (map, lengths)
    });

/// The term alignment reads for a stemmed content word: the first word of its line of
/// paraphrases ("jailed", "prison", "sentenced" → "jail"; "nine" → "9"), and a
/// surname's Slavic "-ich" as "-ic" ("Hrastich", "Hrastić" folded "hrastic"), as the
/// speakers' names are matched ([`super::speakers::translit_key`]).
pub(crate) fn paraphrase(t: Cow<'_, str>) -> Cow<'_, str> {
    let (map, lengths) = &*PARAPHRASES;
    if lengths.may_hold(&t)
        && let Some(&p) = map.get(t.as_ref())
    {
        return Cow::Borrowed(p);
    }
    if t.len() > 5 && t.ends_with("ich") {
        return match t {
            Cow::Borrowed(b) => Cow::Borrowed(&b[..b.len() - 1]),
            Cow::Owned(mut o) => {
                o.pop();
                Cow::Owned(o)
            }
        };
    }
    t
}

/// A claim's position: (document index, claim index).
pub type ClaimRef = (usize, usize);

/// Features of one claim for alignment.
#[derive(Debug, Clone)]
pub(crate) struct Features {
    /// Stemmed content words, sorted, one after another: term `i` ends at
    /// `terms[i].0` and starts where term `i - 1` ends. One string per claim, not one per
    /// term: at 1,000 reports the terms' strings were 12 MB of the alignment's peak.
    term_text: String,
    /// Each term's end in `term_text`, with its count.
    terms: Vec<(usize, f32)>,
    /// Hashes of word 3-grams of the quoted text ([`shingles`]).
    pub shingles: Vec<u64>,
    pub speaker: Option<SpeakerId>,
    /// Quantity slots ("duration", "ordinal:call", "date").
    pub slots: Vec<String>,
}

impl Features {
    /// The stemmed content words with their counts, sorted.
    pub(crate) fn terms(&self) -> impl Iterator<Item = (&str, f32)> {
        let mut start = 0;
        self.terms.iter().map(move |&(end, n)| {
            let t = &self.term_text[start..end];
            start = end;
            (t, n)
        })
    }
}

/// Lower-case, diacritic-free word tokens of a text.
pub(crate) fn words(text: &str) -> Vec<String> {
    let folded = fold(text);
    folded_words(&folded).map(str::to_string).collect()
}

/// The word tokens of a text already folded ([`fold`]), borrowed from it.
pub(crate) fn folded_words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| crate::resolve::trim_possessive(w.trim_matches('\'')))
        .filter(|w| !w.is_empty())
}

/// Light stemming: plural -s, -es, -ies; -ing; -ed. Borrowed from `w` except for -ies.
pub(crate) fn stem(w: &str) -> Cow<'_, str> {
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return Cow::Owned(format!("{}y", &w[..n - 3]));
    }
    Cow::Borrowed(if n > 5 && w.ends_with("ing") {
        &w[..n - 3]
    } else if n > 4
        && (w.ends_with("ed")
            || w.ends_with("ses")
            || w.ends_with("xes")
            || w.ends_with("ches")
            || w.ends_with("shes"))
    {
        &w[..n - 2]
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..n - 1]
    } else {
        w
    })
}

/// Whether a folded word is a content word: no stop word, more than one letter.
pub(crate) fn is_content_word(w: &str) -> bool {
    !STOPWORDS.contains(w) && w.len() > 1
}

/// Content terms of a text: stemmed words without stop words.
#[cfg(test)]
pub(crate) fn content_terms(text: &str) -> Vec<String> {
    content_stems(&fold(text)).map(Cow::into_owned).collect()
}

/// A hash of a run of words: each word's bytes and a 0xFF byte, which UTF-8 never holds,
/// so runs hash alike exactly when their words are alike.
fn hash(ws: &[&str]) -> u64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for w in ws {
        h.write(w.as_bytes());
        h.write_u8(0xFF);
    }
    h.finish()
}

/// Word 3-grams (hashed) of quoted text, sorted and distinct (so two sets meet in one
/// merge); a one- or two-word quote is one gram.
pub(crate) fn shingles<'a>(quoted: impl IntoIterator<Item = &'a str>) -> Vec<u64> {
    let mut out = Vec::new();
    for q in quoted {
        let folded = fold(q);
        let ws: Vec<&str> = folded_words(&folded).collect();
        if ws.len() < 3 {
            if !ws.is_empty() {
                out.push(hash(&ws));
            }
            continue;
        }
        out.extend(ws.windows(3).map(hash));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// How many items two sorted, distinct lists share (such as two [`shingles`] sets),
/// stepping both without branching, as [`cosine`] does.
pub(crate) fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let order = a[i].cmp(&b[j]);
        n += usize::from(order.is_eq());
        i += usize::from(order.is_le());
        j += usize::from(order.is_ge());
    }
    n
}

/// A quantity's slot: its kind, with its counted object when it has one.
pub(crate) fn slot(q: &crate::quantities::Quantity) -> String {
    let kind = q.kind.as_str();
    match (&q.object, q.unit()) {
        (Some(o), _) => format!(
            "{kind}:{}",
            stem(&fold(o.split_whitespace().next().unwrap_or("")))
        ),
        (None, Some(u)) => format!("{kind}:{u}"),
        (None, None) => kind.to_string(),
    }
}

pub(crate) fn features(doc: usize, c: &Claim, speakers: &Speakers) -> Features {
    // The attribution says who framed a claim and how, not what it is about: the speech
    // verb ("said" against "claimed") and the speaker's name and title ("Interior
    // Minister Tomas Havel said" against "He said") must not pull claims together or
    // apart; the speaker is compared on its own. "call" the noun stays a content word.
    // A set: a speaker phrase can be as long as the claim (a run of 100,000 names before
    // "said"), and testing each word of the claim against a list of its words was the
    // product of the two. Its terms are borrowed from the folded texts, as are the
    // claim's terms until they are counted.
    let mut framing_texts: Vec<String> = Vec::new();
    if let Some(k) = &c.cue {
        framing_texts.push(fold(&k.text));
    }
    for s in c.sources() {
        framing_texts.push(fold(&s.surface));
        framing_texts.push(fold(&s.name));
        if let Some(r) = &s.role {
            framing_texts.push(fold(r));
        }
    }
    let framing: FxHashSet<Cow<str>> = framing_texts
        .iter()
        .flat_map(|t| content_stems(t).map(paraphrase))
        .collect();
    let text = fold(&c.text);
    let mut terms: Vec<Cow<str>> = content_stems(&text)
        .map(paraphrase)
        .filter(|t| !framing.contains(t))
        .collect();
    // Sorted, then counted by runs: the terms in order with their counts.
    terms.sort_unstable();
    let mut term_text = String::with_capacity(terms.iter().map(|t| t.len()).sum());
    let mut counted: Vec<(usize, f32)> = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        if i > 0 && terms[i - 1] == *t {
            if let Some((_, n)) = counted.last_mut() {
                *n += 1.0;
            }
        } else {
            term_text.push_str(t);
            counted.push((term_text.len(), 1.0));
        }
    }
    Features {
        term_text,
        terms: counted,
        shingles: shingles(c.quoted()),
        speaker: c.speaker.as_ref().and_then(|s| speakers.id(doc, s)),
        slots: c.quantities.iter().map(slot).collect(),
    }
}

/// The stemmed content words of a folded text ([`fold`]), borrowed from it where
/// stemming allows: [`content_terms`] without a copy of each.
pub(crate) fn content_stems(folded: &str) -> impl Iterator<Item = Cow<'_, str>> {
    folded_words(folded)
        .filter(|w| is_content_word(w))
        .map(stem)
}

/// The claims of a comparison numbered one after another in document order: claim `i`
/// is claim `i - first[d]` of document `d = doc[i]`. Four bytes a claim where a list of
/// (document, claim) pairs took sixteen: 0.58 MB at 1,000 reports, held through the
/// whole of alignment, whose peak it was part of.
struct Numbering {
    /// Each claim's document.
    doc: Vec<u32>,
    /// The number of each document's first claim.
    first: Vec<usize>,
}

impl Numbering {
    fn of(docs: &[&Extracted]) -> Numbering {
        let mut first = Vec::with_capacity(docs.len());
        let mut doc = Vec::with_capacity(docs.iter().map(|e| e.claims.len()).sum());
        for (d, e) in docs.iter().enumerate() {
            first.push(doc.len());
            doc.extend(std::iter::repeat_n(d as u32, e.claims.len()));
        }
        Numbering { doc, first }
    }

    fn len(&self) -> usize {
        self.doc.len()
    }

    /// Claim `i`'s document.
    #[inline]
    fn doc(&self, i: usize) -> usize {
        self.doc[i] as usize
    }

    /// Claim `i` as (document, claim).
    #[inline]
    fn claim(&self, i: usize) -> ClaimRef {
        let d = self.doc(i);
        (d, i - self.first[d])
    }
}

/// What scoring a pair reads of every claim, its lists laid end to end in claim order:
/// TF-IDF weights by term id (normalised, sorted by id), the hashed 3-grams of its quoted
/// text, its speaker and its slot ids. The pair loop reads the claims of neighbouring
/// documents one after another; lists of one allocation each lay scattered over the
/// heap, and the loop waited on memory more than it computed.
#[derive(Default)]
struct ScoringTable {
    /// While the table is filled, each claim's term ids with their counts, in the order
    /// of the terms' text; then weighted, normalised and sorted by id ([`Self::weigh`]).
    terms: Vec<(u32, f32)>,
    shingles: Vec<u64>,
    slots: Vec<u32>,
    /// Where each claim's lists end in the three vectors above (terms, shingles, slots);
    /// they start where the claim before's end. Offsets fit in u32 as claim indices do
    /// (see the pair loop).
    ends: Vec<[u32; 3]>,
    /// Each claim's speaker, [`NO_SPEAKER`] for none (4 bytes, not the 16 of an
    /// `Option<SpeakerId>`: speakers are fewer than claims, whose indices fit in u32).
    speaker: Vec<u32>,
}

/// The speaker of a claim without one in a [`ScoringTable`].
const NO_SPEAKER: u32 = u32::MAX;

/// One claim's row of a [`ScoringTable`].
#[derive(Clone, Copy)]
struct ScoringRow<'a> {
    terms: &'a [(u32, f32)],
    shingles: &'a [u64],
    speaker: Option<SpeakerId>,
    slots: &'a [u32],
}

impl ScoringTable {
    /// An empty table with room for the rows of `claims` claims.
    fn with_rows(claims: usize) -> ScoringTable {
        ScoringTable {
            ends: Vec::with_capacity(claims),
            speaker: Vec::with_capacity(claims),
            ..ScoringTable::default()
        }
    }

    /// Close the row of a claim whose lists were pushed.
    fn end_row(&mut self, speaker: Option<SpeakerId>) {
        let len = |v: usize| v as u32;
        self.ends
            .push([self.terms.len(), self.shingles.len(), self.slots.len()].map(len));
        self.speaker.push(speaker.map_or(NO_SPEAKER, |s| s as u32));
    }

    /// Where claim `i`'s lists start and end: terms, shingles, slots.
    #[inline]
    fn bounds(&self, i: usize) -> [usize; 6] {
        let [b, d, f] = self.ends[i].map(|x| x as usize);
        let [a, c, e] = match i.checked_sub(1) {
            Some(before) => self.ends[before].map(|x| x as usize),
            None => [0; 3],
        };
        [a, b, c, d, e, f]
    }

    #[inline]
    fn row(&self, i: usize) -> ScoringRow<'_> {
        let [a, b, c, d, e, f] = self.bounds(i);
        ScoringRow {
            terms: &self.terms[a..b],
            shingles: &self.shingles[c..d],
            speaker: (self.speaker[i] != NO_SPEAKER).then(|| self.speaker[i] as SpeakerId),
            slots: &self.slots[e..f],
        }
    }

    /// Turn each claim's term counts into TF-IDF weights, normalised, sorted by term id.
    fn weigh(&mut self, idf: &[f32]) {
        for i in 0..self.ends.len() {
            let [a, b, ..] = self.bounds(i);
            let terms = &mut self.terms[a..b];
            for (id, w) in terms.iter_mut() {
                *w *= idf[*id as usize];
            }
            // Summed in the order of the terms' text, as the weights always were.
            let norm = terms
                .iter()
                .map(|(_, w)| w * w)
                .sum::<f32>()
                .sqrt()
                .max(1e-6);
            for (_, w) in terms.iter_mut() {
                *w /= norm;
            }
            terms.sort_by_key(|(id, _)| *id);
        }
    }
}

/// A group of claims from different documents that report the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Members, sorted by document index.
    pub members: Vec<ClaimRef>,
    /// The score of the weakest pair that joined it, capped at 1 (1.0 for a single claim).
    pub score: f32,
}

/// Alignment settings.
#[derive(Debug, Clone, Copy)]
pub struct AlignOptions {
    /// Minimum pair score.
    pub min_score: f32,
    /// Keys held by more claims than this are not used for blocking.
    pub max_postings: usize,
}

// Claims whose features are made at once (see `align_keyed`).
const FEATURE_SLICE: usize = 4096;
// Posting lists up to this long give every pair (so a comparison of a few outlets is
// exhaustive); longer ones a window per claim.
const ALL_PAIRS_UP_TO: usize = 64;
// Neighbours each claim of a long posting list is paired with.
const PAIR_WINDOW: usize = 16;

/// Align the claims of `docs`.
pub(crate) fn align(
    docs: &[&Extracted],
    speakers: &Speakers,
    opts: AlignOptions,
) -> (Vec<Group>, usize) {
    align_keyed(docs, speakers, opts, false, FEATURE_SLICE)
}

/// [`align`], with 16-byte pair keys whatever the number of claims when `wide_keys`, and
/// the features of `slice` claims made at once (tests compare widths and slices).
fn align_keyed(
    docs: &[&Extracted],
    speakers: &Speakers,
    opts: AlignOptions,
    wide_keys: bool,
    slice: usize,
) -> (Vec<Group>, usize) {
    let claims = Numbering::of(docs);
    // Features are made on all threads a slice of claims at a time, and each slice's are
    // laid into the scoring table before the next slice's are made: the features of all
    // 35,000 claims of 1,000 reports, their terms' text included, were 10 MB held at
    // once, and the table held them again. Every term gets an id in order of first use,
    // and each quantity slot one too, so pairs compare slots as integers.
    let mut scoring = ScoringTable::with_rows(claims.len());
    let mut ids: FxHashMap<Box<str>, u32> = FxHashMap::default();
    let mut slot_ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut df: Vec<u32> = Vec::new();
    for from in (0..claims.len()).step_by(slice.max(1)) {
        let feats: Vec<Features> = (from..(from + slice).min(claims.len()))
            .into_par_iter()
            .map(|i| {
                let (d, c) = claims.claim(i);
                features(d, &docs[d].claims[c], speakers)
            })
            .collect();
        // Each slice grows the table by what it needs, not by doubling.
        scoring
            .terms
            .reserve_exact(feats.iter().map(|f| f.terms.len()).sum());
        scoring
            .shingles
            .reserve_exact(feats.iter().map(|f| f.shingles.len()).sum());
        scoring
            .slots
            .reserve_exact(feats.iter().map(|f| f.slots.len()).sum());
        for f in feats {
            for (t, n) in f.terms() {
                let id = match ids.get(t) {
                    Some(&id) => id,
                    None => {
                        let id = df.len() as u32;
                        df.push(0);
                        ids.insert(t.into(), id);
                        id
                    }
                };
                df[id as usize] += 1;
                scoring.terms.push((id, n));
            }
            scoring.shingles.extend_from_slice(&f.shingles);
            for s in f.slots {
                let next = slot_ids.len() as u32;
                scoring.slots.push(*slot_ids.entry(s).or_insert(next));
            }
            scoring.end_row(f.speaker);
        }
    }
    drop(slot_ids);
    let n = claims.len().max(1) as f32;
    let idf: Vec<f32> = df.iter().map(|&d| (n / d as f32).ln() + 1.0).collect();
    // Each term's place in the order of the terms' text, which breaks ties of rarity.
    let mut alphabetical = vec![0u32; df.len()];
    let mut names: Vec<(&str, u32)> = ids.iter().map(|(t, &id)| (&**t, id)).collect();
    names.par_sort_unstable();
    for (place, &(_, id)) in names.iter().enumerate() {
        alphabetical[id as usize] = place as u32;
    }
    drop(names);
    drop(ids);
    // Blocking keys → postings.
    #[derive(PartialEq, Eq, Hash)]
    enum Key {
        Word(u32),
        Quote(u64),
        Speaker(SpeakerId),
        Slot(u32),
    }
    // The postings are filled in claim order; a claim's words are its rarest terms
    // (highest idf, then alphabetical).
    let mut postings: FxHashMap<Key, Vec<u32>> = FxHashMap::default();
    let mut rare: Vec<u32> = Vec::new();
    for i in 0..claims.len() {
        let row = scoring.row(i);
        let c = i as u32;
        rare.clear();
        rare.extend(row.terms.iter().map(|&(id, _)| id));
        rare.sort_unstable_by(|&a, &b| {
            idf[b as usize]
                .total_cmp(&idf[a as usize])
                .then(alphabetical[a as usize].cmp(&alphabetical[b as usize]))
        });
        for &id in rare.iter().take(6) {
            postings.entry(Key::Word(id)).or_default().push(c);
        }
        for &s in row.shingles {
            postings.entry(Key::Quote(s)).or_default().push(c);
        }
        if let Some(s) = row.speaker {
            postings.entry(Key::Speaker(s)).or_default().push(c);
        }
        for &s in row.slots {
            postings.entry(Key::Slot(s)).or_default().push(c);
        }
    }
    drop(rare);
    drop(alphabetical);
    // What scoring reads of each claim: weighted term vectors, normalised and sorted by
    // term id.
    scoring.weigh(&idf);
    drop(idf);
    // Claims ranked by (document path, claim position): the order windows and ties use,
    // never the input order. Ranked once, so sorting compares integers. In 32 bits, as
    // the lists' claims are: both are held through the pair scoring, alignment's peak.
    let mut by_place: Vec<u32> = (0..claims.len() as u32).collect();
    by_place.par_sort_by(|&x, &y| {
        let place = |i: u32| {
            let (d, c) = claims.claim(i as usize);
            (&docs[d].doc.path, docs[d].claims[c].range().start)
        };
        place(x).cmp(&place(y))
    });
    let mut rank = vec![0u32; claims.len()];
    for (r, &i) in by_place.iter().enumerate() {
        rank[i as usize] = r as u32;
    }
    // Candidate pairs come from the posting lists. A short list gives all its pairs. A
    // long one — the same statement carried by hundreds of outlets puts hundreds of
    // claims behind each of its rare words — gives each claim its `PAIR_WINDOW`
    // neighbours on either side in document order and then neighbours at doubling
    // distances (32, 64, …), so that a claim meets claims of far-away documents too
    // (inputs sorted by name put one outlet's many copies side by side). Clusters are
    // built transitively, so such a web of strong links joins them as all pairs would,
    // and the pairs grow as n·log n with the number of reports, not n².
    let lists: Vec<Vec<u32>> = postings
        .into_values()
        .collect::<Vec<_>>()
        .into_par_iter()
        // A list of one claim gives no pair.
        .filter(|list| (2..=opts.max_postings).contains(&list.len()))
        .map(|mut list| {
            if list.len() > ALL_PAIRS_UP_TO {
                list.sort_by_key(|&i| rank[i as usize]);
            }
            // The spare room of a doubled vector is up to half of it.
            list.shrink_to_fit();
            list
        })
        .collect();
    // Each claim meets its partners of higher index on its own, on every thread: a pair
    // is met from its lower claim only, and a mark per claim met drops the pairs that
    // several lists give. Each pair is scored as it is met; a pair's key is the score's
    // order (reversed) above the two claims' ranks, so sorting the keys puts the best
    // first, ties by document path and claim position, never by input order (no two
    // keys are equal: ranks are distinct).
    let distances: Vec<usize> = (1..=PAIR_WINDOW)
        .chain(std::iter::successors(Some(2 * PAIR_WINDOW), |k| {
            k.checked_mul(2)
        }))
        .take_while(|&k| k < opts.max_postings.max(ALL_PAIRS_UP_TO))
        .collect();
    let blocked = Blocked {
        claims: &claims,
        scoring,
        lists,
        distances,
        rank: &rank,
        by_place: &by_place,
        min_score: opts.min_score,
    };
    // Ranks fit 16 bits below 65,536 claims, and a pair's key then fits 8 bytes instead
    // of 16: the 1.3 million pairs above the threshold at 1,000 reports are most of
    // align's memory.
    if wide_keys || claims.len() > 1 << 16 {
        blocked.join::<u128>()
    } else {
        blocked.join::<u64>()
    }
}

/// A scored pair as one integer whose order is the order pairs are joined in: the
/// score's order (reversed) above the two claims' ranks, the lower rank first. Sorting
/// keys puts the best pair first and breaks ties by document path and claim position,
/// never by input order (no two keys are equal: ranks are distinct).
trait PairKey: Copy + Ord + Send + Sync {
    /// The key of a pair scored `score` whose claims rank `lo` and `hi` (`lo < hi`).
    fn pack(score: f32, lo: usize, hi: usize) -> Self;
    /// The score and the two ranks.
    fn unpack(self) -> (f32, usize, usize);
    /// The key as a 16-byte integer.
    fn widen(self) -> u128;
    /// The key that [`PairKey::widen`] made `wide`.
    fn narrow(wide: u128) -> Self;
}

/// Ranks below 65,536.
impl PairKey for u64 {
    #[inline]
    fn pack(score: f32, lo: usize, hi: usize) -> u64 {
        (u64::from(!total_order_key(score)) << 32) | ((lo as u64) << 16) | hi as u64
    }
    #[inline]
    fn unpack(self) -> (f32, usize, usize) {
        (
            f32::from_bits(from_order_key(!((self >> 32) as u32))),
            usize::from((self >> 16) as u16),
            usize::from(self as u16),
        )
    }
    #[inline]
    fn widen(self) -> u128 {
        u128::from(self)
    }
    #[inline]
    fn narrow(wide: u128) -> u64 {
        wide as u64
    }
}

/// Ranks below 2³².
impl PairKey for u128 {
    #[inline]
    fn pack(score: f32, lo: usize, hi: usize) -> u128 {
        (u128::from(!total_order_key(score)) << 64) | ((lo as u128) << 32) | hi as u128
    }
    #[inline]
    fn unpack(self) -> (f32, usize, usize) {
        (
            f32::from_bits(from_order_key(!((self >> 64) as u32))),
            (self >> 32) as u32 as usize,
            self as u32 as usize,
        )
    }
    #[inline]
    fn widen(self) -> u128 {
        self
    }
    #[inline]
    fn narrow(wide: u128) -> u128 {
        wide
    }
}

/// What pairing and joining read: the claims, their scoring rows, the blocking lists and
/// the claims' ranks in document order.
struct Blocked<'a> {
    claims: &'a Numbering,
    scoring: ScoringTable,
    lists: Vec<Vec<u32>>,
    /// How far apart in a long list claims meet.
    distances: Vec<usize>,
    rank: &'a [u32],
    /// The claims in rank order.
    by_place: &'a [u32],
    min_score: f32,
}

impl Blocked<'_> {
    /// Score the candidate pairs and join the claims into groups: the groups and the
    /// number of pairs scored.
    fn join<K: PairKey>(self) -> (Vec<Group>, usize) {
        let Blocked {
            claims,
            scoring,
            lists,
            distances,
            rank,
            by_place,
            min_score,
        } = self;
        // Claims are met a run of claims at a time; each run's keys are sorted on its own
        // thread, and the runs are merged as the pairs are joined, so the scored pairs (1.3
        // million at 1,000 reports) are held once, not also gathered into one list to sort.
        let run_len = claims.len().div_ceil(32).max(256);
        let runs: Vec<(usize, Packed)> = (0..claims.len().div_ceil(run_len))
            .into_par_iter()
            .map_init(
                // The last claim that met each claim (claim indices fit in u32, as the
                // lists do).
                || vec![u32::MAX; claims.len()],
                |seen, run| {
                    let mut count = 0;
                    let mut keys = Vec::new();
                    let run = run * run_len..((run + 1) * run_len).min(claims.len());
                    // Where the run's claims stand in the lists: (claim, list, position),
                    // by claim. Found afresh for each run by a look over all the lists,
                    // which takes less time than scoring the run's pairs: kept for all
                    // claims, the places were 2.5 MB at 1,000 reports.
                    let mut places: Vec<(u32, u32, u32)> = Vec::new();
                    for (l, list) in lists.iter().enumerate() {
                        for (at, &i) in list.iter().enumerate() {
                            if run.contains(&(i as usize)) {
                                places.push((i, l as u32, at as u32));
                            }
                        }
                    }
                    places.sort_unstable();
                    let mut places = places.as_slice();
                    for a in run {
                        let row_a = scoring.row(a);
                        let mut meet = |b: usize| {
                            if b <= a || seen[b] == a as u32 || claims.doc[a] == claims.doc[b] {
                                return;
                            }
                            seen[b] = a as u32;
                            count += 1;
                            let s = score(row_a, scoring.row(b));
                            if s >= min_score {
                                let (ra, rb) = (rank[a] as usize, rank[b] as usize);
                                keys.push(K::pack(s, ra.min(rb), ra.max(rb)));
                            }
                        };
                        let here = places.partition_point(|p| p.0 as usize == a);
                        let (mine, rest) = places.split_at(here);
                        places = rest;
                        for &(_, l, at) in mine {
                            let (list, at) = (&lists[l as usize], at as usize);
                            if list.len() <= ALL_PAIRS_UP_TO {
                                list.iter().for_each(|&b| meet(b as usize));
                                continue;
                            }
                            for &k in distances.iter().take_while(|&&k| k < list.len()) {
                                if let Some(&b) = list.get(at + k) {
                                    meet(b as usize);
                                }
                                if let Some(before) = at.checked_sub(k) {
                                    meet(list[before] as usize);
                                }
                            }
                        }
                    }
                    // Keys are distinct, so the sort gives the one order.
                    keys.sort_unstable();
                    (count, Packed::new(&keys))
                },
            )
            .collect();
        // Joining reads only the packed keys: the scoring table and the lists go first.
        drop(scoring);
        drop(lists);
        let candidate_pairs: usize = runs.iter().map(|(n, _)| n).sum();
        let runs: Vec<Packed> = runs.into_iter().map(|(_, keys)| keys).collect();
        // Union with disjoint document sets. A cluster is named by its first claim and holds
        // its claims as a list threaded through `next`; a cluster of one claim keeps no set
        // of documents (its claim's is the set), so the 35,000 singletons of 1,000 reports
        // cost no allocation each.
        let n = claims.len();
        const END: u32 = u32::MAX;
        let mut cluster_of: Vec<u32> = (0..n as u32).collect();
        let mut size: Vec<u32> = vec![1; n];
        let mut next: Vec<u32> = vec![END; n];
        let mut tail: Vec<u32> = (0..n as u32).collect();
        let mut docs_in: Vec<Option<FxHashSet<usize>>> = vec![None; n];
        let mut weakest: Vec<f32> = vec![1.0; n];
        let mut joined = vec![false; n];
        for key in merged::<K>(&runs) {
            let (s, lo, hi) = key.unpack();
            let (x, y) = (by_place[lo] as usize, by_place[hi] as usize);
            // The claim with the smaller index first, as the pairs were.
            let (a, b) = (x.min(y), x.max(y));
            let (ca, cb) = (cluster_of[a] as usize, cluster_of[b] as usize);
            if ca == cb {
                continue;
            }
            let (keep, gone) = if size[ca] >= size[cb] {
                (ca, cb)
            } else {
                (cb, ca)
            };
            let shares_a_document = match (&docs_in[gone], &docs_in[keep]) {
                (None, None) => claims.doc[gone] == claims.doc[keep],
                (None, Some(k)) => k.contains(&claims.doc(gone)),
                (Some(g), None) => g.contains(&claims.doc(keep)),
                (Some(g), Some(k)) => g.iter().any(|d| k.contains(d)),
            };
            if shares_a_document {
                continue;
            }
            let mut m = gone as u32;
            while m != END {
                cluster_of[m as usize] = keep as u32;
                m = next[m as usize];
            }
            next[tail[keep] as usize] = gone as u32;
            tail[keep] = tail[gone];
            size[keep] += std::mem::take(&mut size[gone]);
            let gone_docs = docs_in[gone].take();
            let keep_docs =
                docs_in[keep].get_or_insert_with(|| FxHashSet::from_iter([claims.doc(keep)]));
            match gone_docs {
                Some(g) => keep_docs.extend(g),
                None => {
                    keep_docs.insert(claims.doc(gone));
                }
            }
            // Pairs come best first, so the latest join is the weakest link.
            weakest[keep] = s;
            joined[keep] = true;
        }
        drop(docs_in);
        let mut groups: Vec<Group> = (0..n)
            .filter(|&c| size[c] > 0)
            .map(|c| {
                let mut ms: Vec<ClaimRef> = Vec::with_capacity(size[c] as usize);
                let mut m = c as u32;
                while m != END {
                    ms.push(claims.claim(m as usize));
                    m = next[m as usize];
                }
                ms.sort_unstable();
                Group {
                    members: ms,
                    score: if joined[c] { weakest[c].min(1.0) } else { 1.0 },
                }
            })
            .collect();
        groups.sort_by(|a, b| a.members.cmp(&b.members));
        (groups, candidate_pairs)
    }
}

/// Sorted keys ([`PairKey::widen`]), each stored as its difference from the key before it
/// in LEB128: seven bits a byte, the high bit set on every byte but a number's last.
/// Sorted keys lie close together — pairs of one score differ in their ranks only — so
/// the 1.3 million pairs above the threshold at 1,000 reports take about a third of the
/// 8 bytes each that they take unpacked, and they were most of align's peak.
struct Packed(Vec<u8>);

impl Packed {
    /// Pack keys sorted in ascending order.
    fn new<K: PairKey>(sorted: &[K]) -> Packed {
        let mut bytes = Vec::with_capacity(sorted.len() * 3);
        let mut before = 0u128;
        for &key in sorted {
            let key = key.widen();
            let mut d = key - before;
            before = key;
            while d >= 0x80 {
                bytes.push(d as u8 | 0x80);
                d >>= 7;
            }
            bytes.push(d as u8);
        }
        bytes.shrink_to_fit();
        Packed(bytes)
    }

    /// The keys in order, widened.
    fn keys(&self) -> Unpacked<'_> {
        Unpacked {
            bytes: &self.0,
            at: 0,
            before: 0,
        }
    }
}

/// The keys of a [`Packed`] run, widened.
struct Unpacked<'a> {
    bytes: &'a [u8],
    at: usize,
    before: u128,
}

impl Iterator for Unpacked<'_> {
    type Item = u128;

    #[inline]
    fn next(&mut self) -> Option<u128> {
        let mut d = 0u128;
        let mut shift = 0;
        loop {
            let b = *self.bytes.get(self.at)?;
            self.at += 1;
            d |= u128::from(b & 0x7f) << shift;
            if b < 0x80 {
                break;
            }
            shift += 7;
        }
        self.before += d;
        Some(self.before)
    }
}

/// The keys of sorted runs in one ascending order (a k-way merge).
fn merged<K: PairKey>(runs: &[Packed]) -> impl Iterator<Item = K> + '_ {
    let mut unpacked: Vec<Unpacked<'_>> = runs.iter().map(Packed::keys).collect();
    let mut heads: std::collections::BinaryHeap<std::cmp::Reverse<(u128, usize)>> = unpacked
        .iter_mut()
        .enumerate()
        .filter_map(|(r, keys)| keys.next().map(|k| std::cmp::Reverse((k, r))))
        .collect();
    std::iter::from_fn(move || {
        // The run's next key replaces its head in place: one sift instead of a pop and
        // a push.
        let mut top = heads.peek_mut()?;
        let std::cmp::Reverse((key, r)) = *top;
        match unpacked[r].next() {
            Some(k) => *top = std::cmp::Reverse((k, r)),
            None => {
                std::collections::binary_heap::PeekMut::pop(top);
            }
        }
        Some(K::narrow(key))
    })
}

/// An integer that orders like [`f32::total_cmp`]: negative numbers with all bits
/// flipped, the others with the sign bit set.
fn total_order_key(x: f32) -> u32 {
    let b = x.to_bits();
    if b >> 31 == 1 { !b } else { b | 0x8000_0000 }
}

/// The bits of the float whose [`total_order_key`] is `k`.
fn from_order_key(k: u32) -> u32 {
    if k >> 31 == 1 { k & 0x7fff_ffff } else { !k }
}

// The merges below step both sides without branching on which is smaller: the
// comparisons of two sorted lists of ids mispredict about half the time, and this loop
// runs for every candidate pair. A step over two different ids adds +0.0, which leaves
// the sum (never negative: weights are positive) bit for bit as it was.
fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        let ((x, wx), (y, wy)) = (a[i], b[j]);
        // × 1.0 or × 0.0: an arithmetic select, which the compiler keeps free of branches.
        s += wx * wy * f32::from(u8::from(x == y));
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    s
}

/// Share of the smaller quote's 3-grams found in the other quote.
pub(crate) fn containment(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    shared(a, b) as f32 / a.len().min(b.len()) as f32
}

fn score(fa: ScoringRow, fb: ScoringRow) -> f32 {
    let cos = cosine(fa.terms, fb.terms);
    // Shared quoted words count by how much is shared: a two-word fragment ("serious
    // harm") found in a long quotation is weaker evidence than a whole shared sentence.
    let (a, b) = (fa.shingles, fb.shingles);
    let quote = if a.is_empty() || b.is_empty() {
        0.0
    } else {
        let n = shared(a, b) as f32;
        n / a.len().min(b.len()) as f32 * (n / 3.0).min(1.0)
    };
    let same_speaker = fa.speaker.is_some() && fa.speaker == fb.speaker;
    let shared_slot = fa.slots.iter().any(|s| fb.slots.contains(s));
    let mut s = cos + 0.5 * quote;
    if same_speaker {
        s += 0.1;
    }
    if shared_slot {
        s += 0.05;
    }
    // Not capped: pairs are taken best first, and two perfect matches still differ.
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stemming_and_terms() {
        assert_eq!(stem("missiles"), "missile");
        assert_eq!(stem("countries"), "country");
        assert_eq!(stem("talks"), "talk");
        assert_eq!(
            content_terms("Ushakov said the call had lasted two hours"),
            ["ushakov", "call", "last", "two", "hour"]
        );
    }

    proptest::proptest! {
        /// The merge of sorted runs is the sorted concatenation, empty runs included.
        #[test]
        fn merged_runs_equal_one_sort(runs in proptest::collection::vec(
            proptest::collection::vec(proptest::prelude::any::<u128>(), 0..20), 0..8)) {
            let runs: Vec<Vec<u128>> = runs
                .into_iter()
                .map(|mut r| {
                    r.sort_unstable();
                    r
                })
                .collect();
            let mut all: Vec<u128> = runs.concat();
            all.sort_unstable();
            let packed: Vec<Packed> = runs.iter().map(|r| Packed::new(r)).collect();
            proptest::prop_assert_eq!(merged::<u128>(&packed).collect::<Vec<_>>(), all);
        }
    }

    proptest::proptest! {
        /// Packed 8-byte keys unpack to themselves, the extremes included.
        #[test]
        fn packed_keys_round_trip(mut keys in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::prelude::any::<u64>(),
                proptest::prelude::Just(0u64),
                proptest::prelude::Just(u64::MAX),
            ], 0..200)) {
            keys.sort_unstable();
            let packed = Packed::new(&keys);
            let back: Vec<u64> = packed.keys().map(<u64 as PairKey>::narrow).collect();
            proptest::prop_assert_eq!(back, keys);
        }
    }

    proptest::proptest! {
        /// 8-byte keys order pairs as 16-byte keys do, and give back what they hold.
        #[test]
        fn narrow_keys_order_as_wide_keys(
            a in (0.0f32..3.0, 0usize..1 << 16, 0usize..1 << 16),
            b in (0.0f32..3.0, 0usize..1 << 16, 0usize..1 << 16),
        ) {
            let key = |(s, x, y): (f32, usize, usize)| {
                let (lo, hi) = (x.min(y), x.max(y));
                (<u64 as PairKey>::pack(s, lo, hi), <u128 as PairKey>::pack(s, lo, hi))
            };
            let ((na, wa), (nb, wb)) = (key(a), key(b));
            proptest::prop_assert_eq!(na.cmp(&nb), wa.cmp(&wb));
            proptest::prop_assert_eq!(na.unpack(), wa.unpack());
            proptest::prop_assert_eq!(na.unpack(), (a.0, a.1.min(a.2), a.1.max(a.2)));
        }
    }

    /// The summit's eight reports align alike with 8-byte and 16-byte pair keys, and with
    /// their features made a few claims at a time.
    #[test]
    fn key_widths_and_slices_align_alike() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/budapest-summit");
        let mut paths: Vec<String> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .map(|p| p.display().to_string())
            .collect();
        paths.sort();
        let docs: Vec<Extracted> =
            crate::pipeline::extract_paths(&paths, &crate::ingest::IngestOptions::default())
                .into_iter()
                .flatten()
                .collect();
        assert_eq!(docs.len(), 8, "{paths:?}");
        let refs: Vec<&Extracted> = docs.iter().collect();
        let cfg = crate::config::Config::default();
        let speakers = Speakers::link(&refs, &cfg);
        let opts = AlignOptions {
            min_score: cfg.compare.min_score as f32,
            max_postings: 64,
        };
        let narrow = align_keyed(&refs, &speakers, opts, false, FEATURE_SLICE);
        let wide = align_keyed(&refs, &speakers, opts, true, FEATURE_SLICE);
        assert!(narrow.0.iter().any(|g| g.members.len() == 8), "{narrow:?}");
        assert_eq!(narrow, wide);
        for slice in [1, 3, 7] {
            assert_eq!(align_keyed(&refs, &speakers, opts, false, slice), narrow);
        }
    }

    #[test]
    fn order_keys_sort_floats_and_round_trip() {
        let xs = [-2.5f32, -0.0, 0.0, 0.25, 0.5, 1.0, f32::MAX];
        for w in xs.windows(2) {
            assert!(total_order_key(w[0]) < total_order_key(w[1]), "{w:?}");
        }
        for x in xs {
            assert_eq!(from_order_key(total_order_key(x)), x.to_bits());
        }
    }

    #[test]
    fn containment_of_quotes() {
        let a = shingles(["it suddenly rushes back to the negotiating table"]);
        let b = shingles([
            "Every time Moscow hears about Tomahawks, it suddenly rushes back to the negotiating table",
        ]);
        assert!((containment(&a, &b) - 1.0).abs() < 1e-6);
    }
}
