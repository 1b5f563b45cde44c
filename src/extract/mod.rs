//! Extract: claims from a segmented document.
//!
//! Sentences are grouped into *units*: a sentence, or several sentences joined by a
//! quotation that runs across them (also across paragraphs), or a quotation followed by a
//! sentence that only attributes it (`“…!” Zelensky said.`). Each unit is tokenized with
//! its quotations folded into single tokens and read by the attribution grammar
//! ([`attribution`]); the unit then becomes at most one claim (two when a sentence holds
//! two complete attributions joined by "while"/"but"). A unit that is only a quotation
//! continues the previous direct quote of its paragraph, or inherits the speaker of the
//! previous paragraph (newspaper convention); anything else unattributed is a `statement`
//! if it carries a number or a date. Speakers are resolved afterwards ([`crate::resolve`]).

// Content is a list of token ranges (a split quote has two); one-element lists are meant.
#![allow(clippy::single_range_in_vec_init)]

pub(crate) mod attribution;
pub(crate) mod held;
pub(crate) mod tokens;

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{Arc, LazyLock, Mutex};

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use crate::ingest::Document;
use crate::lexicon::{Stance, WordClasses, word_class};
use crate::quantities::{Quantity, ScanContext};
use crate::segment::{ParaRole, Segmentation, already_collapsed, push_collapsed};
use crate::span::{CompactSpan, Span};
use crate::text::SharedText;

use attribution::{Attr, Content, Np, NpKind, Pattern};
pub(crate) use held::share_arc;
use held::{Held, ProcessTable, Shared};
use tokens::{Kind, Tok};

/// What kind of claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Words inside quotation marks attributed to a speaker.
    DirectQuote,
    /// Reported speech that contains quoted fragments.
    PartialQuote,
    /// Attributed content without quotation marks.
    ReportedSpeech,
    /// The outlet's own assertion carrying a number or date.
    Statement,
}

impl ClaimKind {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::DirectQuote => "direct_quote",
            ClaimKind::PartialQuote => "partial_quote",
            ClaimKind::ReportedSpeech => "reported_speech",
            ClaimKind::Statement => "statement",
        }
    }
}

/// Who a claim is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name: the fullest form of the person's name in the document, an
    /// organisation without its article, or the phrase as written when unresolved.
    pub name: CompactString,
    /// The words as written at this place ("he", "the Kremlin aide").
    pub surface: CompactString,
    /// Title or role ("US President", "Kremlin aide"), if known.
    pub role: Option<CompactString>,
    /// Whether `name` refers to a named person or organisation.
    pub resolved: bool,
    /// What the speaker is.
    pub kind: SpeakerKind,
}

/// Hashed by its name and its words as written, which tell nearly every two speakers
/// apart: the role, kind and resolution follow from them. Every claim's speaker is
/// hashed to be held once ([`held::share`]); the three more fields cost 0.14% of
/// extraction's instructions.
impl std::hash::Hash for Speaker {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.name.hash(state);
        self.surface.hash(state);
    }
}

/// What kind of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named person (a given name, a person's title, a known figure).
    Person,
    /// An organisation, government body, outlet or country.
    Organization,
    /// A name with no evidence either way.
    Named,
    /// An unnamed source or group ("a senior official", "analysts"), or an unresolved
    /// pronoun.
    Unnamed,
}

impl SpeakerKind {
    /// Every kind, in declaration order.
    pub const ALL: [SpeakerKind; 4] = [
        SpeakerKind::Person,
        SpeakerKind::Organization,
        SpeakerKind::Named,
        SpeakerKind::Unnamed,
    ];

    /// The kind's name as JSON writes it ("person", "organization", …).
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Named => "named",
            SpeakerKind::Unnamed => "unnamed",
        }
    }
}

/// The speech verb of a claim.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cue {
    /// As written ("told", "pointed out", "according to").
    pub text: CompactString,
    /// Lemma ("tell", "point out"). Borrowed from the cue lexicon when extracted (a
    /// String per claim was the claim's most common allocation after its text), owned
    /// when read from a claims file.
    pub lemma: Cow<'static, str>,
    /// How the verb frames the content.
    pub stance: Stance,
}

/// One claim. Serialized with the fields of [`ClaimRecord`], in its order: the rarely
/// set intermediaries, addressee and channel, and the quoted fragments where they are
/// not the quote itself, are read through [`Claim::via`], [`Claim::addressee`],
/// [`Claim::channel`] and [`Claim::quoted_parts`] and kept apart; the span
/// ([`Claim::span`]) is held in 32-bit numbers and the modality ([`Claim::modality`])
/// as a byte; a direct quote is boxed, and the speaker and cue are shared. A claim is 120
/// bytes, not 400, and a one-part quotation is not held twice (a comparison of 1,000
/// reports holds 36,000 claims).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(into = "ClaimRecord", from = "ClaimRecord")]
pub struct Claim {
    /// `c1`, `c2`, … in document order.
    pub id: Arc<str>,
    /// Kind of claim.
    pub kind: ClaimKind,
    /// The content is negated.
    pub negated: bool,
    /// The quoted fragments are the quote alone ([`Claim::quoted_parts`] reads `quote`).
    parts_are_quote: bool,
    /// The source; `None` for statements. Shared by the claims of every document with
    /// the same speaker, as it is written at the claim's place (a comparison's reports
    /// name the same people alike, over thousands of claims).
    pub speaker: Option<Arc<Speaker>>,
    /// The speech verb; `None` for statements and inherited quotes. Shared by every
    /// claim with the same verb as written ([`held::share`]: a few hundred verbs serve
    /// every document).
    pub cue: Option<Arc<Cue>>,
    /// Direct quotes: the quoted words, parts joined by one space. Boxed: a fifth of a
    /// comparison's claims quote directly, and held in place the quote took 24 bytes of
    /// every claim. The document's own bytes where they are the same words
    /// ([`Claim::share_quote`]), as the claim's text is.
    quote: Option<Box<SharedText>>,
    /// The whole claim text, whitespace collapsed.
    pub text: SharedText,
    /// The first modal verb of the content ([`Claim::modality`]): 0 for none, `k + 1`
    /// for the lexicon's `k`th modal ([`crate::lexicon::MODALS`]), [`OWN_MODALITY`] for
    /// a word of its own in the rare parts (read from a claims file).
    modality: u8,
    /// Numbers, dates and measures in the claim.
    pub quantities: Box<[Quantity]>,
    /// Where the claim is.
    span: CompactSpan,
    /// The intermediaries, addressee, channel and quoted fragments, when any is set
    /// (the fragments only when they are not the quote alone).
    rare: Option<Box<ClaimRare>>,
}

/// The rarely set parts of a [`Claim`].
#[derive(Debug, Clone, PartialEq)]
struct ClaimRare {
    // Boxed slices and string, not vectors and a `String`: 96 bytes an allocation, not
    // 128, and no room left over from growing.
    via: Box<[Speaker]>,
    addressee: Option<CompactString>,
    channel: Option<Box<str>>,
    quoted_parts: Box<[CompactString]>,
    /// A modality that is none of the lexicon's modals.
    modality: Option<Box<str>>,
}

/// A claim's quoted words, part by part ([`Claim::quoted_parts`], [`Claim::quoted`]).
#[derive(Debug, Clone)]
pub struct QuotedParts<'a> {
    one: Option<&'a str>,
    rest: std::slice::Iter<'a, CompactString>,
}

impl<'a> QuotedParts<'a> {
    fn one(part: &'a str) -> Self {
        QuotedParts {
            one: Some(part),
            rest: [].iter(),
        }
    }

    fn of(parts: &'a [CompactString]) -> Self {
        QuotedParts {
            one: None,
            rest: parts.iter(),
        }
    }
}

impl<'a> Iterator for QuotedParts<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.one
            .take()
            .or_else(|| self.rest.next().map(CompactString::as_str))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.one.is_some()) + self.rest.len();
        (n, Some(n))
    }
}

impl ExactSizeIterator for QuotedParts<'_> {}

/// Parts compare as the sequences of words they give.
impl PartialEq for QuotedParts<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.clone().eq(other.clone())
    }
}

impl Eq for QuotedParts<'_> {}

impl PartialOrd for QuotedParts<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for QuotedParts<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.clone().cmp(other.clone())
    }
}

/// In [`Claim`]'s `modality`: the word is in the rare parts.
const OWN_MODALITY: u8 = u8::MAX;

/// A [`Claim`] as it is serialized: every field in its place (documented on [`Claim`]
/// and its accessors).
#[derive(Serialize, Deserialize)]
struct ClaimRecord {
    id: Arc<str>,
    kind: ClaimKind,
    speaker: Option<Arc<Speaker>>,
    via: Vec<Speaker>,
    addressee: Option<CompactString>,
    cue: Option<Arc<Cue>>,
    channel: Option<String>,
    quote: Option<SharedText>,
    quoted_parts: Vec<CompactString>,
    text: SharedText,
    negated: bool,
    modality: Option<Cow<'static, str>>,
    quantities: Vec<Quantity>,
    span: Span,
}

#[cfg(test)]
impl Claim {
    /// A statement of `text` with nothing else set: no speaker, cue, quantity or part,
    /// at the start of the first line.
    pub(crate) fn statement(id: &str, text: SharedText) -> Claim {
        let span = Span {
            start: 0,
            end: 0,
            line: 1,
            column: 1,
            source_line: None,
        };
        let kind = ClaimKind::Statement;
        let parts = ClaimParts::default();
        Claim::new(
            id.into(),
            kind,
            None,
            None,
            text,
            false,
            None,
            Vec::new(),
            span,
            parts,
        )
    }
}

/// The cues held for the whole process, each once: a few hundred verbs as written serve
/// every document. Held per document, the cues of 1,000 generated reports were 10,500
/// allocations and 0.84 MB of a comparison's peak.
static SHARED_CUES: ProcessTable<Cue> = LazyLock::new(|| Mutex::new(Held::default()));

impl Shared for Cue {
    /// Some 80 bytes each.
    const MAX_HELD: usize = 4096;
    fn table() -> &'static ProcessTable<Cue> {
        &SHARED_CUES
    }
}

/// The speakers held for the whole process, each once: the people of one event are named
/// alike by every outlet ("she", "Mayor Ana Lima"). Held in every claim, the speakers of
/// 1,000 generated reports were 80 of each claim's 192 bytes, 2.6 MB of a comparison's
/// peak, where 720 different ones are named.
static SHARED_SPEAKERS: ProcessTable<Speaker> = LazyLock::new(|| Mutex::new(Held::default()));

impl Shared for Speaker {
    /// Some 112 bytes each with their allocation's header, and their names' when longer
    /// than 24 bytes.
    const MAX_HELD: usize = 16_384;
    fn table() -> &'static ProcessTable<Speaker> {
        &SHARED_SPEAKERS
    }
}

/// The parts of a [`Claim`] beside its text, speaker and cue, for [`Claim::new`].
#[derive(Debug, Clone, Default)]
pub struct ClaimParts {
    /// Intermediaries, outermost first ("Putin told Trump …, Ushakov said" → Ushakov).
    pub via: Vec<Speaker>,
    /// Who was told ("told CNN" → CNN).
    pub addressee: Option<CompactString>,
    /// The channel ("on Truth Social", "in a statement").
    pub channel: Option<String>,
    /// Direct quotes: the quoted words, parts joined by one space (the document's own
    /// bytes, shared, where they are the same words).
    pub quote: Option<SharedText>,
    /// The quoted fragments in order.
    pub quoted_parts: Vec<CompactString>,
}

impl Claim {
    /// A claim of these fields and parts.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: Arc<str>,
        kind: ClaimKind,
        speaker: Option<Arc<Speaker>>,
        cue: Option<Arc<Cue>>,
        text: SharedText,
        negated: bool,
        modality: Option<Cow<'static, str>>,
        quantities: Vec<Quantity>,
        span: Span,
        mut parts: ClaimParts,
    ) -> Claim {
        // A one-part quotation's part is its quote, held once.
        let parts_are_quote = matches!(
            (&parts.quote, parts.quoted_parts.as_slice()),
            (Some(q), [one]) if q.as_str() == one.as_str()
        );
        if parts_are_quote {
            parts.quoted_parts = Vec::new();
        }
        let ClaimParts {
            via,
            addressee,
            channel,
            quote,
            quoted_parts,
        } = parts;
        let (modality, own_modality) = match modality {
            None => (0, None),
            Some(m) => {
                let modals = &*crate::lexicon::MODALS;
                // Extraction borrows the lexicon's own word: found by its address.
                let at = match &m {
                    Cow::Borrowed(w) => modals.iter().position(|x| std::ptr::eq(*x, *w)),
                    Cow::Owned(_) => None,
                };
                match at.or_else(|| modals.binary_search(&&*m).ok()) {
                    Some(k) if k + 1 < usize::from(OWN_MODALITY) => (k as u8 + 1, None),
                    _ => (OWN_MODALITY, Some(Box::from(&*m))),
                }
            }
        };
        let plain = via.is_empty()
            && addressee.is_none()
            && channel.is_none()
            && quoted_parts.is_empty()
            && own_modality.is_none();
        Claim {
            id,
            kind,
            negated,
            parts_are_quote,
            speaker,
            cue,
            quote: quote.map(Box::new),
            text,
            modality,
            quantities: quantities.into_boxed_slice(),
            span: span.into(),
            rare: (!plain).then(|| {
                Box::new(ClaimRare {
                    via: via.into_boxed_slice(),
                    addressee,
                    channel: channel.map(String::into_boxed_str),
                    quoted_parts: quoted_parts.into_boxed_slice(),
                    modality: own_modality,
                })
            }),
        }
    }

    /// Intermediaries, outermost first ("Putin told Trump …, Ushakov said" → Ushakov).
    pub fn via(&self) -> &[Speaker] {
        self.rare.as_ref().map_or(&[], |r| &r.via)
    }

    /// The speaker, then the intermediaries.
    pub fn sources(&self) -> impl Iterator<Item = &Speaker> {
        self.speaker.as_deref().into_iter().chain(self.via())
    }

    /// Who was told ("told CNN" → CNN).
    pub fn addressee(&self) -> Option<&str> {
        self.rare.as_ref()?.addressee.as_deref()
    }

    /// The channel ("on Truth Social", "in a statement").
    pub fn channel(&self) -> Option<&str> {
        self.rare.as_ref()?.channel.as_deref()
    }

    /// Where the claim is.
    pub fn span(&self) -> Span {
        self.span.get()
    }

    /// The claim's byte range ([`Claim::span`]'s start and end).
    pub fn range(&self) -> std::ops::Range<usize> {
        self.span.range()
    }

    /// Set [`Claim::span`].
    pub fn set_span(&mut self, span: Span) {
        self.span = span.into();
    }

    /// The first modal verb of the content (would, could, may, …).
    pub fn modality(&self) -> Option<&str> {
        self.lexicon_modal()
            .or_else(|| self.rare.as_ref()?.modality.as_deref())
    }

    /// The modality when it is one of the lexicon's modals.
    fn lexicon_modal(&self) -> Option<&'static str> {
        match self.modality {
            0 | OWN_MODALITY => None,
            k => crate::lexicon::MODALS.get(usize::from(k) - 1).copied(),
        }
    }

    /// Direct quotes: the quoted words, parts joined by one space.
    pub fn quote(&self) -> Option<&str> {
        self.quote.as_deref().map(SharedText::as_str)
    }

    /// Hold the quote as `view`'s bytes (the document's text, shared) where the claim's
    /// place has its words, not as a copy of its own (a claim read from a claims file).
    pub(crate) fn share_quote(&mut self, view: &Arc<str>) {
        let range = self.range();
        if let Some(q) = self.quote.as_deref_mut()
            && let Some(place) = view.get(range.clone())
            && let Some(at) = memchr::memmem::find(place.as_bytes(), q.as_bytes())
            && let Some(shared) =
                SharedText::slice(view, range.start + at..range.start + at + q.len())
        {
            *q = shared;
        }
    }

    /// The quoted fragments in order.
    pub fn quoted_parts(&self) -> QuotedParts<'_> {
        match self.quote() {
            Some(q) if self.parts_are_quote => QuotedParts::one(q),
            _ => QuotedParts::of(self.rare.as_ref().map_or(&[], |r| &r.quoted_parts)),
        }
    }

    /// The quoted words: the direct quote, else the quoted fragments.
    pub fn quoted(&self) -> QuotedParts<'_> {
        match self.quote() {
            Some(q) => QuotedParts::one(q),
            None => self.quoted_parts(),
        }
    }

    /// The parts beside text, speaker and cue, as [`Claim::new`] takes them.
    pub fn parts(&self) -> ClaimParts {
        ClaimParts {
            via: self.via().to_vec(),
            addressee: self.rare.as_ref().and_then(|r| r.addressee.clone()),
            channel: self.channel().map(String::from),
            quote: self.quote.as_deref().cloned(),
            quoted_parts: self.quoted_parts().map(CompactString::from).collect(),
        }
    }
}

impl From<Claim> for ClaimRecord {
    fn from(c: Claim) -> Self {
        let ClaimParts {
            via,
            addressee,
            channel,
            quote,
            quoted_parts,
        } = c.parts();
        let modality = match c.lexicon_modal() {
            Some(m) => Some(Cow::Borrowed(m)),
            None => c.modality().map(|m| Cow::Owned(m.to_string())),
        };
        ClaimRecord {
            id: c.id,
            kind: c.kind,
            speaker: c.speaker,
            via,
            addressee,
            cue: c.cue,
            channel,
            quote,
            quoted_parts,
            text: c.text,
            negated: c.negated,
            modality,
            quantities: c.quantities.into_vec(),
            span: c.span.get(),
        }
    }
}

impl From<ClaimRecord> for Claim {
    fn from(r: ClaimRecord) -> Self {
        Claim::new(
            r.id,
            r.kind,
            r.speaker,
            r.cue,
            r.text,
            r.negated,
            r.modality,
            r.quantities,
            r.span,
            ClaimParts {
                via: r.via,
                addressee: r.addressee,
                channel: r.channel,
                quote: r.quote,
                quoted_parts: r.quoted_parts,
            },
        )
    }
}

/// A speaker phrase before resolution.
#[derive(Debug, Clone)]
pub(crate) struct RawNp<'a> {
    /// The phrase as the document has it (a slice of its view: phrases are read while
    /// the document is).
    pub text: &'a str,
    pub start: usize,
    pub kind: NpKind,
    /// The phrase opens its sentence (only punctuation before it): its first word may be
    /// capitalised for that alone ("Official data have shown …").
    pub initial: bool,
    /// Token texts of the phrase (for title/name splitting), as byte ranges of `text`:
    /// one `String` per word cost an allocation each.
    pub words: WordSpans,
}

impl<'a> RawNp<'a> {
    /// The phrase's token texts.
    pub(crate) fn words(&self) -> Words<'a> {
        let text = self.text;
        self.words.iter().map(|r| &text[r]).collect()
    }
}

/// The byte ranges of a phrase's words within its text: inline for up to
/// [`WordSpans::FEW`] words at offsets below 65,536 (every speaker phrase but freak
/// ones), in a vector beyond. A vector per phrase was an allocation for every speaker,
/// hint, intermediary and addressee of every claim.
#[derive(Debug, Clone)]
pub(crate) enum WordSpans {
    Few {
        spans: [(u16, u16); WordSpans::FEW],
        len: usize,
    },
    Many(Vec<Range<usize>>),
}

impl WordSpans {
    const FEW: usize = 8;

    /// The ranges in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let (few, many): (&[(u16, u16)], &[Range<usize>]) = match self {
            WordSpans::Few { spans, len } => (&spans[..*len], &[]),
            WordSpans::Many(v) => (&[], v),
        };
        few.iter()
            .map(|&(s, e)| usize::from(s)..usize::from(e))
            .chain(many.iter().cloned())
    }
}

impl FromIterator<Range<usize>> for WordSpans {
    fn from_iter<I: IntoIterator<Item = Range<usize>>>(iter: I) -> Self {
        let mut spans = [(0u16, 0u16); WordSpans::FEW];
        let mut len = 0;
        let mut iter = iter.into_iter();
        while let Some(r) = iter.next() {
            match (u16::try_from(r.start), u16::try_from(r.end)) {
                (Ok(s), Ok(e)) if len < WordSpans::FEW => {
                    spans[len] = (s, e);
                    len += 1;
                }
                // Too many words or too long a phrase: all of them in a vector.
                _ => {
                    let mut v: Vec<Range<usize>> = spans[..len]
                        .iter()
                        .map(|&(s, e)| usize::from(s)..usize::from(e))
                        .collect();
                    v.push(r);
                    v.extend(iter);
                    return WordSpans::Many(v);
                }
            }
        }
        WordSpans::Few { spans, len }
    }
}

/// A short list of words, on the stack up to [`WORDS_FEW`] (every name and role phrase
/// but freak ones), in a vector beyond: the phrases resolution splits are looked at once
/// and dropped, and a vector each was an allocation per phrase.
pub(crate) type Words<'a> = crate::inline::Inline<&'a str, WORDS_FEW>;

/// How many words a [`Words`] holds inline.
pub(crate) const WORDS_FEW: usize = 12;

/// A claim before speaker resolution.
#[derive(Debug, Clone)]
pub(crate) struct RawClaim<'a> {
    pub span: Range<usize>,
    pub kind: ClaimKind,
    pub speaker: Option<RawNp<'a>>,
    /// Other speakers of the same unit that a pronoun speaker may stand for.
    pub hint: Option<RawNp<'a>>,
    pub via: Vec<RawNp<'a>>,
    pub addressee: Option<RawNp<'a>>,
    pub cue: Option<Cue>,
    pub channel: Option<String>,
    pub quotes: Vec<usize>,
    pub direct: bool,
    pub negated: bool,
    pub modality: Option<Cow<'static, str>>,
    pub first_para: usize,
    pub last_para: usize,
    /// Speaker taken from the previous paragraph.
    pub inherited: bool,
    /// A copy of the next claim for the speaker coordinated before its subject ("Trump
    /// and Putin said"): kept only if that speaker is known to be a person, an
    /// organisation or an unnamed source, so that "Marks and Spencer said" stays one.
    pub conjunct: bool,
    /// The quantities of `view[span]` (offsets relative to the span), when telling a
    /// statement from a sentence without numbers already scanned them: the claim does not
    /// scan the same text again.
    pub scanned: Option<Vec<Quantity>>,
}

/// A group of sentences read together.
#[derive(Debug, Clone)]
struct Unit {
    span: Range<usize>,
    first_para: usize,
    last_para: usize,
    /// Indices of its sentences in [`Segmentation::sentences`].
    sentences: Range<usize>,
}

/// Whether a copy of a claim for a coordinated speaker is dropped: its speaker is a name
/// not known to be a person, an organisation or an unnamed source ("Marks" of "Marks and
/// Spencer said").
fn unsplit_conjunct(r: &RawClaim, speaker: Option<&Speaker>) -> bool {
    r.conjunct && speaker.is_none_or(|s| s.kind == SpeakerKind::Named)
}

/// Names joined by "and" that are not split into speakers of their own speak together:
/// "Marks and Spencer said" is `Marks and Spencer`, "“…,” reply Burton and Nick" is
/// `Burton and Nick`, where the last name alone spoke. The phrase runs from the first
/// dropped name to the end of the last; a last name that stands for a fuller one named
/// before ("Jones" for "Nick Jones") keeps that person.
fn join_unsplit_conjuncts(view: &str, raw: &[RawClaim], resolved: &mut [crate::resolve::Resolved]) {
    let mut from: Option<usize> = None;
    for (r, (speaker, _, _)) in raw.iter().zip(resolved.iter_mut()) {
        if r.conjunct {
            if unsplit_conjunct(r, speaker.as_ref()) {
                from = from.or(r.speaker.as_ref().map(|np| np.start));
            } else {
                from = None;
            }
            continue;
        }
        let Some(start) = from.take() else { continue };
        let (Some(np), Some(s)) = (&r.speaker, speaker.as_mut()) else {
            continue;
        };
        let end = np.start + np.text.len();
        if np.kind != NpKind::Name || s.name != s.surface || start >= np.start {
            continue;
        }
        let Some(joint) = view.get(start..end) else {
            continue;
        };
        let joint = crate::resolve::collapse_compact(joint);
        *s = Speaker {
            name: joint.clone(),
            surface: joint,
            role: None,
            resolved: true,
            kind: SpeakerKind::Named,
        };
    }
}

/// Extract claims from one document.
pub fn extract(doc: &Document, seg: &Segmentation) -> Vec<Claim> {
    extract_with_people(doc, seg).0
}

/// The claims of a document and the people and organisations it names with a role.
pub fn extract_with_people(
    doc: &Document,
    seg: &Segmentation,
) -> (Vec<Claim>, Vec<crate::resolve::Person>) {
    let lower = tokens::LowerView::of(doc.view());
    // Read once: the scan of the document for its currency letters and cents.
    let ctx = ScanContext::for_document(doc.date, doc.view());
    let (raw, sentence_toks) = extract_raw(doc, &lower, seg, &ctx);
    let (mut resolved, people) = crate::resolve::resolve(doc, &lower, seg, &raw, sentence_toks);
    let view = doc.view();
    join_unsplit_conjuncts(view, &raw, &mut resolved);
    let shared_view = doc.view_shared();
    // At most one claim per raw claim: sized once (`collect` cannot tell how many the
    // filter keeps, and grew the vector from four claims up, copying it each time).
    let mut claims: Vec<Claim> = Vec::with_capacity(raw.len());
    // Each claim's text is collapsed here, then copied once into the shared string the
    // claim keeps (a `String` per claim turned into an `Arc` was two allocations).
    let mut scratch = String::new();
    claims.extend(
        raw.into_iter()
            .zip(resolved)
            .filter(|(r, (speaker, _, _))| !unsplit_conjunct(r, speaker.as_ref()))
            .enumerate()
            .map(|(i, (r, (mut speaker, mut via, addressee)))| {
                // No one relays a description of themselves: in "He said the singer
                // screamed: ‘…’" a role phrase read as the very person who relays it
                // stood for no one else, so it speaks unnamed.
                if let Some(s) = &speaker
                    && s.resolved
                    && r.speaker.as_ref().is_some_and(|n| n.kind == NpKind::Role)
                    && via.iter().any(|v| v.resolved && v.name == s.name)
                {
                    let mut unnamed = crate::resolve::unresolved(&s.surface, None);
                    unnamed.role = Some(unnamed.name.clone());
                    speaker = Some(unnamed);
                }
                // No one relays their own words: "Putin told Trump …, he said" with "he" read
                // as Putin is Putin's claim, not Putin's via Putin.
                if let Some(s) = &speaker
                    && s.resolved
                {
                    via.retain(|v| !(v.resolved && v.name == s.name));
                }
                // Most claims' words are already one space apart in the document: their
                // text is then the document's own bytes, shared, not a copy.
                let text = already_collapsed(&view[r.span.clone()])
                    .then(|| SharedText::slice(shared_view, r.span.clone()))
                    .flatten();
                let text = text.unwrap_or_else(|| {
                    scratch.clear();
                    push_collapsed(&mut scratch, &view[r.span.clone()]);
                    SharedText::from(scratch.as_str())
                });
                let quoted_parts: Vec<CompactString> =
                    r.quotes.iter().map(|&q| seg.quotes[q].text(view)).collect();
                // A direct quotation's quote is its parts joined: a one-part
                // quotation's part, which `Claim::new` then holds once, and the
                // document's own bytes, shared, where they are its words (most: the
                // copies were 0.86 MB at 1,000 reports).
                let quote = r
                    .direct
                    .then(|| match (r.quotes.as_slice(), &quoted_parts[..]) {
                        ([q], [one]) => match seg.quotes[*q].parts.as_slice() {
                            [p] => SharedText::slice_if_same(shared_view, p.clone(), one),
                            _ => None,
                        }
                        .unwrap_or_else(|| SharedText::from(one.as_str())),
                        (_, parts) => SharedText::from(parts.join(" ")),
                    });
                // Cut to their length by `Claim::new`.
                let quantities = match r.scanned {
                    Some(mut qs) => {
                        for q in &mut qs {
                            q.shift(r.span.start);
                        }
                        qs
                    }
                    None => quantities_in(view, r.span.clone(), &ctx),
                };
                Claim::new(
                    shared_claim_id(i + 1),
                    r.kind,
                    speaker.map(held::share),
                    r.cue.map(held::share),
                    text,
                    r.negated,
                    r.modality,
                    quantities,
                    doc.span(r.span.start, r.span.end),
                    ClaimParts {
                        via,
                        addressee,
                        channel: r.channel,
                        quote,
                        quoted_parts,
                    },
                )
            }),
    );
    // Claims are kept for the whole of a comparison, a thousand documents' worth: the
    // vectors are cut to their length.
    claims.shrink_to_fit();
    (claims, people)
}

/// How many claim ids [`shared_claim_id`] makes once for every document.
const SHARED_IDS: usize = 512;

/// Every document numbers its claims from `c1`, so the same few hundred ids were made
/// again for each (a string, then its copy into an `Arc`: two allocations a claim).
/// They are made once, on first use, and shared; a document's claims beyond
/// [`SHARED_IDS`] get their own.
static CLAIM_IDS: LazyLock<Vec<Arc<str>>> =
    LazyLock::new(|| (1..=SHARED_IDS).map(|n| Arc::from(claim_id(n))).collect());

/// The id of the `n`th claim (from 1), shared when it is one of the first
/// [`SHARED_IDS`].
fn shared_claim_id(n: usize) -> Arc<str> {
    match n.checked_sub(1).and_then(|i| CLAIM_IDS.get(i)) {
        Some(id) => Arc::clone(id),
        None => claim_id(n).into(),
    }
}

/// The shared id of the `n`th claim (from 1), `c{n}`, when it is one of the first
/// [`SHARED_IDS`].
pub(crate) fn shared_claim_id_str(n: usize) -> Option<&'static str> {
    n.checked_sub(1)
        .and_then(|i| CLAIM_IDS.get(i))
        .map(|id| &**id)
}

/// `format!("c{n}")` without the formatting machinery, which cost more than the rest of
/// building the claim's small strings.
fn claim_id(n: usize) -> String {
    let mut id = Vec::with_capacity(8);
    id.push(b'c');
    crate::span::push_decimal(&mut id, n);
    // 'c' and ASCII digits: always UTF-8.
    String::from_utf8(id).unwrap_or_default()
}

fn quantities_in(view: &str, span: Range<usize>, ctx: &ScanContext) -> Vec<Quantity> {
    let mut qs = crate::quantities::scan(&view[span.clone()], ctx);
    for q in &mut qs {
        q.shift(span.start);
    }
    qs
}

/// Outer quotations as (index, byte range), sorted.
fn outer_quotes(seg: &Segmentation) -> Vec<(usize, Range<usize>)> {
    seg.quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.depth == 0)
        .map(|(i, q)| (i, q.start()..q.end()))
        .collect()
}

fn build_units(view: &str, seg: &Segmentation, outer: &[(usize, Range<usize>)]) -> Vec<Unit> {
    // At most one unit per sentence: sized once instead of grown (copying the units so
    // far each time).
    let mut units: Vec<Unit> = Vec::with_capacity(seg.sentences.len());
    let mut prev_body_para: Option<usize> = None;
    for (si, s) in seg.sentences.iter().enumerate() {
        let para = &seg.paragraphs[s.para];
        if para.role != ParaRole::Body {
            continue;
        }
        // Joined to the previous unit when a quotation starts in it and reaches into this
        // sentence.
        let joined = units.last().is_some_and(|u| {
            prev_body_para.is_some()
                && overlapping(outer, s.span.start..s.span.start + 1)
                    .iter()
                    .any(|(_, q)| q.start >= u.span.start && q.start < s.span.start)
                || prev_body_para == Some(u.last_para)
                    && introduces_quotation(view, seg, u, si, outer)
        });
        if joined && let Some(u) = units.last_mut() {
            u.span.end = s.span.end;
            u.last_para = s.para;
            u.sentences.end = si + 1;
        } else {
            units.push(Unit {
                span: s.span.clone(),
                first_para: s.para,
                last_para: s.para,
                sentences: si..si + 1,
            });
        }
        prev_body_para = Some(s.para);
    }
    units
}

/// Whether unit `u`, the last of its paragraph, ends with a speech verb and a colon
/// ("The mayor put it bluntly:", "Lloyd told reporters:") and sentence `si` opens the
/// next paragraph with a quotation: the line introduces it, and the two are read as one
/// unit, as "Lloyd said: “…”" is within a paragraph. A list introduced by a colon ("The
/// council listed three demands:") has no speech verb and stays apart.
fn introduces_quotation(
    view: &str,
    seg: &Segmentation,
    u: &Unit,
    si: usize,
    outer: &[(usize, Range<usize>)],
) -> bool {
    let s = &seg.sentences[si];
    // The cheap tests first: this is asked of every sentence.
    if s.para <= u.last_para || seg.paragraphs[s.para].sentences.start != si {
        return false;
    }
    let Some(last) = u
        .sentences
        .end
        .checked_sub(1)
        .and_then(|k| seg.sentences.get(k))
    else {
        return false;
    };
    let line = view[last.span.clone()].trim_end();
    // "Here’s what they’re saying:" over "“Every conductor …,” said Gregory Baptiste,
    // …": a quotation with an attribution of its own after it is no part of the line.
    line.ends_with(':')
        && overlapping(outer, s.span.start..s.span.start + 1)
            .iter()
            .any(|(_, q)| {
                q.start == s.span.start
                    && view
                        .get(q.end..s.span.end)
                        .is_none_or(|after| !after.contains(char::is_alphanumeric))
            })
        && crate::lexicon::has_speech_verb(line)
}

struct Analysis<'s, 'a> {
    toks: &'s [Tok<'a>],
    /// Where `toks` sit in the document's token store.
    range: Range<usize>,
    attrs: &'s [Attr],
}

/// Buffers the units of one document reuse: each unit needed its own clipped quotation
/// list, attribution list and comma/quotation tables, about ninety allocations per
/// document (one in twenty of extraction's) for vectors dropped a moment later.
#[derive(Default)]
struct UnitScratch {
    /// The outer quotations overlapping the unit, clipped to it.
    quotes: Vec<(usize, Range<usize>)>,
    /// The unit's attributions (see [`attribution::find_into`]).
    attrs: Vec<Attr>,
    /// See [`next_tables`].
    tables: Vec<usize>,
}

/// The outer quotations overlapping `span` (they are sorted and do not overlap each
/// other, so a binary search finds the first).
fn overlapping(outer: &[(usize, Range<usize>)], span: Range<usize>) -> &[(usize, Range<usize>)] {
    let lo = outer.partition_point(|(_, q)| q.end <= span.start);
    let hi = lo + outer[lo..].partition_point(|(_, q)| q.start < span.end);
    &outer[lo..hi]
}

/// Tokenize `span` onto the end of `store` and find its attributions; the analysis
/// borrows the new tokens, and the attributions from `scratch`.
fn analyze<'s, 'a>(
    store: &'s mut Vec<Tok<'a>>,
    scratch: &'s mut UnitScratch,
    view: &'a str,
    lower: &'a tokens::LowerView,
    span: Range<usize>,
    outer: &[(usize, Range<usize>)],
) -> Analysis<'s, 'a> {
    let qs = &mut scratch.quotes;
    qs.clear();
    qs.extend(
        overlapping(outer, span.clone())
            .iter()
            .map(|(i, q)| (*i, q.start.max(span.start)..q.end.min(span.end))),
    );
    let from = store.len();
    tokens::tokenize_into(view, lower, span, qs, store);
    let range = from..store.len();
    let toks = &store[range.clone()];
    attribution::find_into(toks, &mut scratch.attrs);
    classify_patterns(toks, &mut scratch.attrs, &mut scratch.tables);
    Analysis {
        toks,
        range,
        attrs: &scratch.attrs,
    }
}

// Words after a post-posed attribution that open an adverbial tail rather than content:
// "…”, Zelensky wrote on X ahead of his meeting with Trump", "…,” she told her twin
// outside their home" (prepositions of place, as court and crime copy sets the scene).
const TAIL_OPENERS: &[&str] = &[
    "outside",
    "inside",
    "near",
    "beside",
    "behind",
    "across",
    "ahead",
    "after",
    "before",
    "during",
    "as",
    "while",
    "following",
    "in",
    "on",
    "at",
    "when",
    "amid",
    "despite",
    "without",
    "since",
    "with",
    "to",
    "from",
    "referring",
    "adding",
    "according",
    "where",
    "who",
    "which",
    "speaking",
    "citing",
];

/// For every token index, the first index at or after it where each of three tests
/// holds — a comma, a quotation, a comma before a quotation — (`n` when none does): one
/// backward pass per unit, so each attribution finds "the next comma" in constant time
/// instead of rescanning the rest of the unit (a unit can be one megabyte-long sentence
/// with thousands of attributions). The three tables share one allocation, one after the
/// other, in `next` (cleared first: the tables of every unit of a document reuse it).
fn next_tables(toks: &[Tok], next: &mut Vec<usize>) {
    let n = toks.len();
    next.clear();
    next.resize(3 * (n + 1), n);
    let (comma, rest) = next.split_at_mut(n + 1);
    let (quote, comma_quote) = rest.split_at_mut(n + 1);
    for k in (0..n).rev() {
        let t = &toks[k];
        let is_comma = t.punct(',');
        comma[k] = if is_comma { k } else { comma[k + 1] };
        quote[k] = if t.is_quote() { k } else { quote[k + 1] };
        comma_quote[k] = if is_comma && toks.get(k + 1).is_some_and(Tok::is_quote) {
            k
        } else {
            comma_quote[k + 1]
        };
    }
}

/// Decide where each attribution stands relative to its content and set the content.
fn classify_patterns(toks: &[Tok], attrs: &mut [Attr], tables: &mut Vec<usize>) {
    // Most sentences of real copy attribute nothing: no tables to build for them.
    if attrs.is_empty() {
        return;
    }
    let n = toks.len();
    next_tables(toks, tables);
    let (next_comma, rest) = tables.split_at(n + 1);
    let (next_quote, next_comma_quote) = rest.split_at(n + 1);
    // The first index in `from..n` from a table, if any.
    let first = |table: &[usize], from: usize| Some(table[from.min(n)]).filter(|&k| k < n);
    for a in attrs.iter_mut() {
        match a.pattern {
            Pattern::Pre if !a.borrowed => {
                // Where the attribution starts: its subject, or the role before an
                // appositive name ("Eriksen's lawyer, Maria Costa, told").
                let s = a.region.start;
                let before_is_sep = s > 0
                    && (toks[s - 1].punct(',')
                        || toks[s - 1].is_quote()
                        || toks[s - 1].punct(';')
                        || toks[s - 1].punct('—')
                        || toks[s - 1].punct('–')
                        || toks[s - 1].punct('('));
                if !before_is_sep {
                    continue;
                }
                let before_end = if toks[s - 1].is_quote() { s } else { s - 1 };
                let after = a.region.end;
                let consumed_that = took_that(toks, a);
                let rest_words = toks[after.min(n)..]
                    .iter()
                    .any(|t| t.is_word() || t.is_quote());
                // "Meanwhile, Trump said that …", "…, Ivo Marek, had told him at a meeting
                // last week that …": a "that" clause follows, so pre-verbal after all.
                let that_soon = (a.cue.end..(a.cue.end + 9).min(n))
                    .take_while(|&k| !toks[k].is_quote() && !toks[k].punct(','))
                    .any(|k| toks[k].is("that"));
                if (consumed_that || that_soon) && rest_words {
                    continue;
                }
                // "On Monday, Rao said, “…”", "Speaking at a rally, Rao told reporters,
                // “…”": an adverbial before the subject, no quotation in it, and a
                // quotation after the verb's comma: pre-verbal, the quotation its content.
                if after > 0
                    && toks[after - 1].punct(',')
                    && toks.get(after).is_some_and(Tok::is_quote)
                    && opening_adverbial(&toks[..before_end])
                {
                    continue;
                }
                let ends_clause = toks[a.region.end.min(n)..]
                    .iter()
                    .take_while(|t| !t.punct(','))
                    .all(|t| !(t.is_word() || t.is_quote()))
                    || toks
                        .get(a.region.end)
                        .is_some_and(|t| TAIL_OPENERS.contains(&t.lower.as_ref()))
                    || toks.get(a.cue.end).is_some_and(|t| t.punct(','))
                    // "…, the spokesman said on Thursday, deepening a row": a participle
                    // after the comma that closes the verb's time or place is the
                    // reporter's comment, not content.
                    || a.region.end > a.cue.end
                        && toks[a.region.end - 1].punct(',')
                        && toks.get(a.region.end).is_some_and(|t| {
                            t.is_ing_form() && crate::lexicon::cue_forms(t.lower.as_ref()).is_none()
                        });
                if !ends_clause && before_end > 0 && !toks[s - 1].is_quote() {
                    // "Since then, Trump has said the war …": a clause follows.
                    continue;
                }
                if !ends_clause && toks[s - 1].is_quote() {
                    // “…” he said the war … is unusual; treat as post-posed anyway.
                }
                // Post-posed or parenthetical: the content is before. After the
                // attribution there may be a split quote (“…,” he said from his bed,
                // “…”), or — when the part before is not itself a quotation — the rest of
                // the sentence ("The call, Ushakov said, lasted two hours").
                // "The mayor has called for calm: “…,” she tweeted.": a quotation that a
                // colon opens is the whole content; what stands before the colon is the
                // sentence's own (another attribution, or none), not relayed by this one.
                let content_start = if before_end >= 2
                    && toks[before_end - 1].is_quote()
                    && toks[before_end - 2].punct(':')
                {
                    before_end - 1
                } else {
                    0
                };
                let mut content = Content::one(content_start..before_end);
                let before_only_quotes = toks[..before_end]
                    .iter()
                    .all(|t| t.is_quote() || is_connector(t));
                let split_quote = first(next_comma_quote, a.cue.end);
                let tail_start = first(next_comma, a.cue.end);
                let tail_is_tail = toks
                    .get(a.cue.end)
                    .is_some_and(|t| TAIL_OPENERS.contains(&t.lower.as_ref()))
                    || a.channel.is_some() && tail_start.is_none();
                if let Some(k) = split_quote {
                    content.push(k + 1..n);
                    a.pattern = Pattern::Post;
                    a.region.end = k + 1;
                } else if let Some(k) = tail_start
                    // "“…,” she said, adding that exports had fallen": content of the
                    // reporter's own words after a quotation.
                    && (!before_only_quotes || toks.get(k + 1).is_some_and(|t| t.is("adding")))
                    && !tail_is_tail
                    && next_quote[a.cue.end.min(n)] >= k
                    && k + 1 < n
                    // "…, a committee aide said, speaking on condition of anonymity …": a
                    // tail after the comma too ("adding that …" goes on with content).
                    && (toks[k + 1].is("adding")
                        || !TAIL_OPENERS.contains(&toks[k + 1].lower.as_ref()))
                {
                    content.push(k + 1..n);
                    a.pattern = Pattern::Parenthetical;
                    a.region.end = k + 1;
                } else {
                    a.pattern = Pattern::Post;
                    a.region.end = n;
                }
                a.content = content;
            }
            Pattern::Inverted if a.cue.start == 0 => {
                // "Said Mr. Selvaraj after the count: “…”" (once per unit at most: the cue
                // opens it)
                let k = (a.region.end..n)
                    .find(|&k| toks[k].punct(':') || toks[k].punct(','))
                    .map_or(a.region.end, |k| k + 1);
                a.region.end = k;
                a.content = Content::one(k..n);
            }
            Pattern::Inverted => {
                let mut content = Content::one(
                    0..a.cue.start.saturating_sub(1).max(
                        if a.cue.start > 0 && toks[a.cue.start - 1].is_quote() {
                            a.cue.start
                        } else {
                            0
                        },
                    ),
                );
                if let Some(k) = first(next_comma, a.region.end)
                    && toks.get(k + 1).is_some_and(Tok::is_quote)
                {
                    content.push(k + 1..n);
                } else if let Some(k) = (a.region.end..n.saturating_sub(1))
                    .find(|&k| toks[k].punct(',') && toks[k + 1].is("adding"))
                {
                    // "“…,” asked Malik Waheed, the chamber's president, adding that
                    // exports had grown by only 3 per cent": the reporter's words after.
                    content.push(k + 1..n);
                }
                a.content = content;
            }
            Pattern::According => {
                if a.region.start == 0 {
                    let mut k = a.region.end;
                    if toks.get(k).is_some_and(|t| t.punct(',')) {
                        k += 1;
                    }
                    a.content = Content::one(k..n);
                } else {
                    let end = if toks[a.region.start - 1].punct(',') {
                        a.region.start - 1
                    } else {
                        a.region.start
                    };
                    let mut content = Content::one(0..end);
                    // "…, according to two people familiar with the matter, who asked not
                    // to be identified": a "who" clause after the source describes it.
                    if let Some(k) = first(next_comma, a.region.end)
                        && k + 1 < n
                        && !(k == a.region.end
                            && matches!(toks[k + 1].lower.as_ref(), "who" | "whom"))
                    {
                        content.push(k + 1..n);
                    }
                    a.content = content;
                }
            }
            _ => {}
        }
    }
    for a in attrs.iter_mut().filter(|a| a.pattern == Pattern::Pre) {
        trim_speaker_predicate(toks, a);
    }
}

/// Verbs that, after "but" and with no subject of their own, say what the speaker did
/// rather than what was said: "The ministry said the vote would be held on March 25 but
/// did not give details", "…, but declined to say where". (With a subject, "but the date
/// had not been set" goes on with the content.) Words are lower-cased with straight
/// apostrophes ("didn’t" reads "didn't").
const SPEAKER_PREDICATES: &[&str] = &[
    "did", "didn't", "declined", "refused", "gave", "offered", "provided", "stopped",
];

/// Whether the sentence `toks` says that its subject did not speak: "X declined to say
/// whether …", "The ministry did not immediately respond to a request for comment", "X
/// could not be reached for comment", "Neither X nor Y responded to …". The frame
/// follows a plain subject of a few words (no comma, no clause of its own): "The firm,
/// which declined to comment, reported 5% growth" and "Sales rose 5%, but the firm
/// declined to comment" say something.
fn unsaid(toks: &[Tok]) -> bool {
    /// A subject longer than this is more than a name or a short role phrase.
    const MAX_SUBJECT: usize = 8;
    let speech = |t: Option<&Tok>| {
        t.is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "comment"
                    | "elaborate"
                    | "discuss"
                    | "disclose"
                    | "specify"
                    | "confirm"
                    | "say"
                    | "give"
                    | "answer"
                    | "respond"
                    | "speak"
                    | "reveal"
                    | "identify"
                    | "name"
            )
        })
    };
    for (k, t) in toks.iter().enumerate().take(MAX_SUBJECT + 1) {
        if k == 0 {
            continue;
        }
        if t.kind == Kind::Punct || t.is_quote() || t.is("who") || t.is("which") || t.is("but") {
            return false;
        }
        let next = |n: usize| toks.get(k + n);
        let word = |n: usize| next(n).map_or("", |t| t.lower.as_ref());
        let frame = match t.lower.as_ref() {
            "declined" | "refused" | "declines" | "refuses" => word(1) == "to" && speech(next(2)),
            // "did not (immediately) respond", and "didn't", one token (apostrophes read
            // straight).
            "did" | "does" | "didn't" | "doesn't" => {
                let not = if t.lower.ends_with("n't") {
                    Some(0)
                } else {
                    (word(1) == "not").then_some(1)
                };
                not.is_some_and(|not| {
                    let adverb = usize::from(matches!(word(not + 1), "immediately" | "also"));
                    matches!(
                        word(not + 1 + adverb),
                        "respond" | "reply" | "return" | "comment" | "answer"
                    )
                })
            }
            "could" => word(1) == "not" && word(2) == "be" && word(3) == "reached",
            // "Neither the ministry nor the army responded to requests for comment".
            "responded" | "replied" | "commented" | "returned" => toks[0].is("neither"),
            _ => false,
        };
        if frame {
            return true;
        }
    }
    false
}

/// The content of a pre-verbal attribution ends before "but" and one of
/// [`SPEAKER_PREDICATES`].
fn trim_speaker_predicate(toks: &[Tok], a: &mut Attr) {
    let Some(last) = a.content.last_mut() else {
        return;
    };
    let Some(m) = (last.start..last.end).find(|&m| {
        toks[m].is("but")
            && toks
                .get(m + 1)
                .is_some_and(|t| SPEAKER_PREDICATES.contains(&t.lower.as_ref()))
    }) else {
        return;
    };
    last.end = if m > last.start && toks[m - 1].punct(',') {
        m - 1
    } else {
        m
    };
}

/// Where a pre-verbal attribution starts as content relayed by another: where its
/// phrase starts (its subject, or a post's portfolios before the subject: "that Treasury
/// and Finance Minister Cemil Aydınlıoğlu had informed him"), or the hearer before it in
/// the passive ("said [he] had been told by police that …", see
/// `attribution::passive_relay`).
fn relay_key(a: &Attr) -> usize {
    a.addressee
        .as_ref()
        .filter(|h| h.start < a.subject.start)
        .map_or(a.phrase_start(), |h| h.start)
}

/// The token after the start of `a`'s content, skipping "that" and punctuation.
fn content_start(toks: &[Tok], a: &Attr) -> Option<usize> {
    let r = a.content.first()?;
    (r.start..r.end).find(|&k| !(toks[k].kind == Kind::Punct || toks[k].is("that")))
}

/// Whether `a` says something: its content opens with a word, a number or a quotation
/// that is not an adverbial tail ("would reply in due course", "within days"), or holds
/// a "that" clause, a colon or a quotation after one ("told him during their first call
/// that …"), or follows a "that" or a colon the attribution's phrase took.
fn has_content(toks: &[Tok], a: &Attr) -> bool {
    if says_how_only(toks, a) {
        return false;
    }
    let opens = content_start(toks, a).is_some_and(|k| {
        let t = &toks[k];
        // "said on Sunday about 340,000 pensioners would …": a preposition before a
        // number is an approximation that opens the content.
        let approximates = toks.get(k + 1).is_some_and(|n| n.kind == Kind::Number)
            && crate::quantities::is_pre_qualifier(t.lower.as_ref());
        says(t) && (approximates || !opens_tail(t.lower.as_ref(), t.class()))
    });
    opens
        || took_that(toks, a)
        || a.content.iter().any(|r| {
            toks[r.clone()]
                .iter()
                .any(|t| t.is("that") || t.is_quote() || t.punct(':'))
        })
}

/// Whether what `a` says is a clause rather than a phrase its verb takes as object: "told
/// ABSHERTAG that the European side had also proposed a 15-year supply contract" and
/// "that MPs had asked “a simple question”" report an act, whose doer is no source
/// relayed. "say" and "tell" always take a clause, and a forecast or a calculation is
/// relayed whatever it gives ("the central bank forecast growth of 2%"; "regulators had
/// found “clear evidence” of …" is the speaker's); another verb's content is one when it
/// holds "that", a colon, a form of "be", "have" or "do", a modal before a verb, a
/// subject pronoun, or a quotation that opens with a capital or opens the content with no
/// article (`replied "absolutely"`, not `asked “a simple question”`), read up to an
/// adverbial clause.
fn says_a_clause(toks: &[Tok], a: &Attr) -> bool {
    if matches!(a.lemma, "say" | "tell" | "forecast" | "calculate") {
        return true;
    }
    let first = content_start(toks, a);
    // An adverbial clause ("…, after he read at length from prepared notes") is the
    // reporter's: the content is read up to one.
    took_that(toks, a)
        || a.content
            .iter()
            .flat_map(Range::clone)
            .take_while(|&k| !SUBORDINATORS.contains(&toks[k].lower.as_ref()))
            .any(|k| {
                let t = &toks[k];
                if t.is_quote() {
                    // The quotation's first word.
                    let word = t
                        .text
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .split(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or_default();
                    let article = crate::lexicon::word_class(word).det;
                    return word.starts_with(char::is_uppercase)
                        || first == Some(k) && !word.is_empty() && !article;
                }
                let c = t.class();
                // A modal before a verb: "a melted gas can near the door" holds none.
                let modal = c.modal
                    && toks.get(k + 1).is_some_and(|n| {
                        let nc = n.class();
                        n.is_word() && !n.cap() && !(nc.prep || nc.det || nc.conj)
                    });
                t.is("that")
                    || t.punct(':')
                    || c.aux && !c.modal
                    || modal
                    || attribution::is_subject_pronoun(t.lower.as_ref())
            })
}

/// Whether the attribution's phrase took the "that" or the colon that opens its content
/// ("said that about 26,000 jobs …").
fn took_that(toks: &[Tok], a: &Attr) -> bool {
    a.region.end > a.cue.end
        && toks
            .get(a.region.end - 1)
            .is_some_and(|t| t.is("that") || t.punct(':'))
}

/// Words that open an adverbial clause, where what a relayed source says ends ("told the
/// minister that MPs had asked “a simple question”, after he read at length from prepared
/// notes": the "he" is the reporter's clause). Narrower than [`TAIL_OPENERS`], whose
/// prepositions open phrases inside a clause.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "while", "when", "because", "although", "though", "since", "until",
    "unless", "whereas",
];

/// Whether `a`'s verb is in a relative clause of its subject: "who" within a few words
/// before the verb, no comma between ("farmers who had answered the call").
fn in_relative_clause(toks: &[Tok], a: &Attr) -> bool {
    toks[a.subject.end.min(a.cue.start)..a.cue.start]
        .iter()
        .rev()
        .take(RELATIVE_CLAUSE)
        .take_while(|t| !t.punct(','))
        .any(|t| t.is("who"))
}

/// Whether a word (lower case, with its closed classes) opens an adverbial tail rather
/// than content: "in due course", "within days", "on Sunday", "after the call".
fn opens_tail(lower: &str, c: WordClasses) -> bool {
    TAIL_OPENERS.contains(&lower) || c.prep || c.time
}

/// Adverbs of certainty or comment, which stand alone as an answer ("Putin replied
/// “absolutely”") where a manner adverb says only how ("would respond “firmly”").
const ANSWER_ADVERBS: &[&str] = &[
    "absolutely",
    "certainly",
    "definitely",
    "exactly",
    "obviously",
    "possibly",
    "probably",
    "really",
    "surely",
    "naturally",
    "clearly",
    "likely",
    "hopefully",
    "unfortunately",
    "sadly",
    "happily",
];

/// Whether a word is an adverb of manner: lower case, five letters or more, in "-ly",
/// and no answer on its own ("responded angrily", "would respond firmly"; "replied
/// “absolutely”" answers).
fn manner_adverb(lower: &str, cap: bool) -> bool {
    !cap && lower.len() > 4 && lower.ends_with("ly") && !ANSWER_ADVERBS.contains(&lower)
}

/// Whether the content of `a` says only how or when, quoted or not: one manner adverb
/// ("the EU would respond firmly", "would respond “firmly”") or a short adverbial tail
/// with no "that" or number ("would reply “within days”"). Quotation marks around such a
/// tail made the verb's content a quotation.
fn says_how_only<'t>(toks: &'t [Tok<'_>], a: &Attr) -> bool {
    let Some(start) = content_start(toks, a) else {
        return false;
    };
    // The content's first word (lower case, and whether it was capitalised), and whether
    // the words after it (up to four) hold no "that" and no number: read a word at a
    // time, a quotation's out of its text, stopping at the sixth (a clause).
    let mut first: Option<(Cow<'t, str>, bool)> = None;
    let mut rest = 0;
    let mut rest_plain = true;
    // Takes the next word; `false` once there are too many.
    let mut take = |w: &'t str, lower: Option<&'t str>| {
        if first.is_none() {
            let cap = w.starts_with(char::is_uppercase);
            let lower = match lower {
                Some(l) => Cow::Borrowed(l),
                None if cap => Cow::Owned(w.to_lowercase()),
                None => Cow::Borrowed(w),
            };
            first = Some((lower, cap));
            return true;
        }
        rest += 1;
        rest_plain &=
            !w.eq_ignore_ascii_case("that") && !w.starts_with(|c: char| c.is_ascii_digit());
        rest <= 4
    };
    // Five words with their punctuation and quotation marks fit in eight tokens, and a
    // quotation of a few words in 64 bytes: anything longer is a clause, unread.
    let tokens: usize = a
        .content
        .iter()
        .map(|r| r.end.saturating_sub(r.start.max(start)))
        .sum();
    if tokens > 8 {
        return false;
    }
    for k in a
        .content
        .iter()
        .flat_map(Clone::clone)
        .filter(|&k| k >= start)
    {
        let t = &toks[k];
        let more = match t.kind {
            Kind::Word => take(t.text, Some(t.lower.as_ref())),
            Kind::Quote(_) if t.text.len() > 64 => false,
            Kind::Quote(_) => t
                .text
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .all(|w| take(w, None)),
            Kind::Punct => true,
            Kind::Number | Kind::Possessive => false,
        };
        if !more {
            return false;
        }
    }
    let Some((lower, cap)) = first else {
        return false;
    };
    let manner = rest == 0 && manner_adverb(&lower, cap);
    let tail = rest_plain && opens_tail(&lower, word_class(&lower));
    manner || tail
}

/// The tokens of an attribution's speaker and verb: "the cooperative had written",
/// "according to him".
fn core_of(a: &Attr) -> Range<usize> {
    a.subject.start.min(a.cue.start)..a.subject.end.max(a.cue.end)
}

/// How many attributions' speaker and verb cover each token, for units of a few
/// attributions (real sentences have up to four; a pathological one can have thousands,
/// and then no one is set aside for lack of content).
fn attribution_cores(n: usize, attrs: &[Attr]) -> Option<Vec<u32>> {
    const MAX_ATTRS: usize = 16;
    if attrs.len() > MAX_ATTRS {
        return None;
    }
    let mut cover = vec![0u32; n];
    for a in attrs {
        for c in &mut cover[core_of(a)] {
            *c += 1;
        }
    }
    Some(cover)
}

/// A verb of a state of mind: a cognition cue ("expect", "believe", "hope", "reckon")
/// that is no finding. What someone reports of another's mind is the reporter's claim;
/// a finding or a conclusion ("find", "conclude", "determine", "calculate",
/// "forecast") is made by an inquiry, the police or a bank, and a speaker relays it.
fn is_state_of_mind(stance: Stance, lemma: &str) -> bool {
    stance == Stance::Cognition
        && !matches!(
            lemma,
            "find" | "conclude" | "determine" | "calculate" | "forecast"
        )
}

/// Whether an attribution's verb follows a form of "be", an adverb or two between: the
/// progressive ("were reporting", "are demanding") or the passive ("was found", "were
/// later confirmed").
fn after_be(toks: &[Tok], a: &Attr) -> bool {
    toks[a.subject.end.min(a.cue.start)..a.cue.start]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.is_word())
        .find(|t| !t.class().adverb)
        .is_some_and(|t| attribution::is_be(t.lower.as_ref()))
}

/// Whether a content says only when, where or how its speaker spoke, not what: phrases
/// of place and time ("commented after the meeting", "testified for hours before the
/// committee", "explained from a podium on Tuesday", "said early on Monday") and manner
/// adverbs ("responded angrily"). A phrase opens with a preposition of place or time
/// ("on" and "for" only before a time: "insisted on a recount" and "called for calm"
/// say something) and holds
/// at most two words after its articles and numbers. Anything else is content: an
/// object ("announced the closure of two plants"), a clause ("said on Monday prices
/// rose", "said on Tuesday it would"), a preposition that takes what was said ("warned
/// of", "called for", "objected to"), a number or a quotation.
fn says_only_when_or_where(toks: &[Tok], content: &ContentToks) -> bool {
    /// Words after a phrase's preposition, its articles and numbers aside.
    const HEAD_WORDS: usize = 2;
    /// A content longer than this (words and punctuation) says something: most do, and
    /// are not read.
    const MAX_TOKENS: usize = 16;
    if content.len() > MAX_TOKENS {
        return false;
    }
    let mut in_phrase = false;
    let mut heads = 0;
    let mut words = 0;
    for k in content.iter() {
        let t = &toks[k];
        match t.kind {
            Kind::Punct if t.punct(',') || t.punct('.') => continue,
            Kind::Word => {}
            // A date or a duration right after its preposition ("on 3 May", "for 20
            // minutes"); a number further on is a measure said ("at least 35 feet").
            Kind::Number if in_phrase && heads == 0 => continue,
            _ => return false,
        }
        words += 1;
        let lower = t.lower.as_ref();
        let c = t.class();
        // A time after "on" or "for" ("on Tuesday", "on 3 May", "for three hours").
        let time_follows = || {
            let is_time = |n: &Tok| n.is_word() && n.class().time;
            toks.get(k + 1).is_some_and(|n| {
                n.kind == Kind::Number
                    || is_time(n)
                    || n.class().det && toks.get(k + 2).is_some_and(is_time)
            })
        };
        // Prepositions of place and time, whose phrase says where or when.
        let setting = matches!(
            lower,
            "in" | "at"
                | "from"
                | "after"
                | "before"
                | "during"
                | "following"
                | "amid"
                | "since"
                | "until"
                | "outside"
                | "inside"
                | "near"
                | "behind"
                | "beside"
                | "across"
                | "throughout"
                | "within"
                | "ahead"
        );
        if setting || matches!(lower, "on" | "for") && time_follows() {
            in_phrase = true;
            heads = 0;
            continue;
        }
        if lower == "that" || c.aux || c.modal || c.conj || attribution::is_subject_pronoun(lower) {
            return false;
        }
        if manner_adverb(lower, t.cap()) || c.time && !c.det && (!in_phrase || heads == 0) {
            continue;
        }
        if !in_phrase {
            return false;
        }
        if c.det {
            continue;
        }
        heads += 1;
        if heads > HEAD_WORDS {
            return false;
        }
    }
    words > 0
}

/// Whether a content token says something: a word, a number or a quotation.
fn says(t: &Tok) -> bool {
    t.is_word() || t.is_quote() || t.kind == Kind::Number
}

/// Pick the speaker's attribution and the intermediaries.
/// How far before its verb a relative clause's "who" is looked for ("who testified",
/// "who has since repeatedly testified").
const RELATIVE_CLAUSE: usize = 8;

/// The comma that closes a clause of time or condition opening the unit ("When …,",
/// "After …,", "If …,"), with no quotation before it. Not "As …,": "As the minister
/// noted, …" is the main clause's source.
fn opening_clause_end(toks: &[Tok]) -> Option<usize> {
    let first = toks.iter().position(|t| t.kind != Kind::Punct)?;
    if !matches!(
        toks[first].lower.as_ref(),
        "when" | "after" | "before" | "once" | "while" | "although" | "though" | "if" | "because"
    ) {
        return None;
    }
    let comma = first
        + toks[first..]
            .iter()
            .position(|t| t.punct(',') || t.is_quote())?;
    toks[comma].punct(',').then_some(comma)
}

/// The attribution a borrowed "saying" at `main` takes its subject from, when that is a
/// loaded speech verb of evaluation before it ("blasted the pay rise, saying …",
/// "slammed the decision, saying …").
fn loaded_frame(toks: &[Tok], attrs: &[Attr], main: usize) -> Option<usize> {
    let m = &attrs[main];
    if !(m.borrowed && m.lemma == "say") {
        return None;
    }
    attrs.iter().position(|a| {
        a.pattern == Pattern::Pre
            && !a.borrowed
            && a.eval
            && a.cue.end <= m.cue.start
            && a.subject == m.subject
            && a.cue.len() == 1
            && crate::lexicon::cue_forms(toks[a.cue.start].lower.as_ref())
                .is_some_and(|forms| forms.iter().any(|f| f.loaded && f.lemma == a.lemma))
    })
}

fn chain(toks: &[Tok], attrs: &[Attr]) -> Option<(usize, Vec<usize>)> {
    if attrs.is_empty() {
        return None;
    }
    if attrs.len() == 1 {
        // One attribution (most units): no other to wrap or be wrapped by, so it is the
        // main one and there are no intermediaries.
        return Some((0, Vec::new()));
    }
    let mut outer = vec![false; attrs.len()];
    // "According to him, the cooperative had written to the ministry twice": a speech
    // verb with nothing to say — a pre-verbal one with no content after it (the
    // pre-verbal case below already asks this of an inner subject), or one whose content
    // is only other attributions' speaker and verb — is content, not a source relayed.
    // When every attribution of the unit is so, none is set aside.
    let cores = attribution_cores(toks.len(), attrs);
    let mut contentless: Vec<bool> = attrs
        .iter()
        .map(|a| {
            if a.borrowed {
                return false;
            }
            if a.pattern == Pattern::Pre && !has_content(toks, a) {
                return true;
            }
            let Some(cores) = &cores else { return false };
            let core = core_of(a);
            !a.content.iter().flat_map(Range::clone).any(|k| {
                let own = u32::from(core.contains(&k));
                says(&toks[k]) && cores[k] == own
            })
        })
        .collect();
    // "Emily Brandt, a mother … who testified in support of the law, said …": a speech
    // verb in a relative clause of the subject is background when the same subject's
    // main verb follows inside its content. The main verbs by subject and cue, sorted,
    // so that a unit with thousands of attributions is not read pair by pair.
    let mut mains: Vec<(usize, usize, usize)> = attrs
        .iter()
        .filter(|b| !b.borrowed)
        .map(|b| (b.subject.start, b.subject.end, b.cue.start))
        .collect();
    mains.sort_unstable();
    for (i, a) in attrs.iter().enumerate() {
        // "who" opens the verb's own clause, a few words before it with no comma between
        // ("…, who chairs the association, said …" is the main verb after a
        // parenthetical).
        if !in_relative_clause(toks, a) {
            continue;
        }
        let (s, e) = (a.subject.start, a.subject.end);
        let from = mains.partition_point(|&m| m <= (s, e, a.cue.start));
        if mains[from..]
            .iter()
            .take_while(|&&(ms, me, _)| (ms, me) == (s, e))
            .any(|&(_, _, cue)| a.content.iter().any(|r| r.contains(&cue)))
        {
            contentless[i] = true;
        }
    }
    // "The judge disagreed, finding that … and that employees … called them “the cheat
    // sheet”": speech inside what a finding establishes is the finding's content, not a
    // source of its own (the finding's subject, borrowed, would lose to it below).
    // (The verbs by position, sorted once and only for a unit with a finding, so that a
    // unit with thousands of attributions is not read pair by pair.)
    let finding = |a: &Attr| matches!(a.lemma, "find" | "conclude" | "determine" | "rule");
    if attrs.iter().any(finding) {
        let mut cues: Vec<(usize, usize)> = attrs
            .iter()
            .enumerate()
            .map(|(j, b)| (b.cue.start, j))
            .collect();
        cues.sort_unstable();
        for (i, a) in attrs.iter().enumerate().filter(|(_, a)| finding(a)) {
            for r in a.content.iter() {
                let from = cues.partition_point(|&(c, _)| c < r.start);
                for &(_, j) in cues[from..].iter().take_while(|&&(c, _)| c < r.end) {
                    if j != i && attrs[j].subject.start > a.cue.start {
                        contentless[j] = true;
                    }
                }
            }
        }
    }
    // "according to a person … who spoke on condition of anonymity because the school
    // had not announced it": why a source is not named says nothing of its own.
    if let Some(reason) = toks.windows(2).position(|w| {
        w[0].is("anonymity") && matches!(w[1].lower.as_ref(), "because" | "as" | "since")
    }) {
        for (j, b) in attrs.iter().enumerate() {
            if b.subject.start > reason {
                contentless[j] = true;
            }
        }
    }
    // "When Sen. Ellen Marsh asked whether …, Thomas Whitcombe replied that …": speech in
    // a clause of time or condition that opens the sentence is background to speech in
    // the main clause after its comma.
    if let Some(comma) = opening_clause_end(toks)
        && attrs
            .iter()
            .any(|b| !b.borrowed && b.subject.start > comma && b.cue.start > comma)
    {
        for (a, c) in attrs.iter().zip(contentless.iter_mut()) {
            if a.cue.end <= comma {
                *c = true;
            }
        }
    }
    if contentless.iter().all(|&c| c) {
        contentless.fill(false);
    }
    // "The mayor has called for calm: “…,” she tweeted.": a post-posed attribution whose
    // content is a quotation opened by a colon carries it; a pre-verbal one that ends
    // before that colon only introduces it.
    if let Some(colon) = attrs
        .iter()
        .filter(|a| matches!(a.pattern, Pattern::Post | Pattern::Parenthetical))
        .filter_map(|a| a.content.iter().next().map(|r| r.start))
        .filter(|&s| s > 0 && toks[s - 1].punct(':'))
        .min()
    {
        for (a, c) in attrs.iter().zip(contentless.iter_mut()) {
            if a.pattern == Pattern::Pre && a.cue.end < colon {
                *c = true;
            }
        }
    }
    // The subject starts of the pre-verbal attributions, sorted, for range look-ups: a
    // unit with thousands of attributions ("he said she said …") is read in A·log A
    // rather than by comparing every pair.
    let mut pre_subjects: Vec<(usize, usize)> = attrs
        .iter()
        .enumerate()
        .filter(|(_, b)| b.pattern == Pattern::Pre)
        .map(|(j, b)| (relay_key(b), j))
        .collect();
    pre_subjects.sort_unstable();
    // The pre-verbal attributions with a subject start in `range`, other than `i`.
    let pre_in = |range: Range<usize>, i: usize| {
        let lo = pre_subjects.partition_point(|&(s, _)| s < range.start);
        pre_subjects[lo..]
            .iter()
            .take_while(move |&&(s, _)| s < range.end)
            .map(|&(_, j)| j)
            .filter(move |&j| j != i)
    };
    for (i, a) in attrs.iter().enumerate() {
        match a.pattern {
            Pattern::Pre => {
                // "Ushakov said Putin told Trump …": an attribution whose content starts
                // with another attribution's subject is the outer one.
                // A pronoun there is the outer speaker's own content ("Orbán said he
                // welcomed the plan"), not a new source.
                let Some(cs) = content_start(toks, a) else {
                    continue;
                };
                if pre_in(cs..cs + 9, i).any(|j| {
                    let b = &attrs[j];
                    !b.borrowed
                        && !b.eval
                        && b.subject.kind != NpKind::Pronoun
                        // "said his father had told him": a person of a possessive relays;
                        // "said its figures showed" is what the speaker reads.
                        && (!attribution::is_possessive_determiner(
                            toks[b.subject.start].lower.as_ref(),
                        ) || attribution::person_head(toks, &b.subject))
                        && (relay_key(b) == cs
                            || toks[b.subject.start - 1].punct(',')
                            // "…, Economy, Trade and Industry Minister Fujimura Takeshi,"
                            || attribution::portfolio_list_before(toks, b.subject.start)
                                .is_some())
                        // "Doe said Moscow would respond.": a source relayed has something
                        // to say; a speech verb with nothing after it is the content.
                        && has_content(toks, b)
                        && says_a_clause(toks, b)
                        // "said farmers who had answered the call to …": a verb in a
                        // relative clause describes the content's subject.
                        && !in_relative_clause(toks, b)
                        // "Ferreira said the results suggested that …": results and
                        // figures are what the speaker reads, not a source relayed.
                        && (b.subject.kind != NpKind::Role
                            || attribution::names_a_source(toks, &b.subject, b.lemma))
                        // "She said the City did not expect full pressure to return": a
                        // state of mind inside someone's speech is what they said (a
                        // finding is still relayed: "said police had found that …").
                        && !(a.stance != Stance::Cognition && is_state_of_mind(b.stance, b.lemma))
                        // "said that members were reporting forward workloads of …",
                        // "told RNZ banks were demanding that …": what a group is doing
                        // over time is what the speaker reports, no source relayed; nor
                        // is a verb in the passive, what was done to its subject ("Police
                        // say an 83-year-old woman was found collapsed").
                        && !after_be(toks, b)
                }) {
                    outer[i] = true;
                }
            }
            Pattern::According => {
                // "…, Ushakov said, according to Russian agencies": the agency relays
                // every other attribution of the unit. Data, figures and estimates relay
                // no one: "Nvidia forecast …, above estimates of $43.3 billion, according
                // to LSEG data" is where a number comes from.
                let evidence = toks[a.subject.start..a.subject.end].iter().any(|t| {
                    t.is_word()
                        && !t.cap()
                        && crate::lexicon::EVIDENCE_NOUNS.contains(t.lower.as_ref())
                });
                outer[i] = !evidence && (0..attrs.len()).any(|j| j != i && !contentless[j]);
            }
            Pattern::Post | Pattern::Parenthetical | Pattern::Inverted => {
                // Post-posed sources wrap any attribution inside their content. A pronoun
                // after what its subject thinks is that subject speaking ("The company
                // now expects …, it said in a statement"); after speech it is the
                // reporter's source ("Putin told Trump …, he said": the aide).
                let pronoun = a.subject.kind == NpKind::Pronoun;
                if a.content.iter().any(|r| {
                    pre_in(r.clone(), i).any(|j| {
                        !(contentless[j] || pronoun && attrs[j].stance == Stance::Cognition)
                    })
                }) {
                    outer[i] = true;
                }
            }
        }
    }
    // The main attribution: a pre-verbal one that reports content, before one whose
    // subject is borrowed ("…, he said, adding that …") or that only evaluates ("praised
    // his players and suggested …").
    let main = (0..attrs.len())
        .find(|&i| {
            !outer[i]
                && !contentless[i]
                && attrs[i].pattern == Pattern::Pre
                && !attrs[i].borrowed
                && !attrs[i].eval
        })
        .or_else(|| {
            (0..attrs.len())
                .find(|&i| !outer[i] && !contentless[i] && !attrs[i].borrowed && !attrs[i].eval)
        })
        // "Hale praised the crews but said more help was needed": a speech verb that
        // borrows its subject from an evaluation carries the content.
        .or_else(|| (0..attrs.len()).find(|&i| !outer[i] && !contentless[i] && !attrs[i].eval))
        .or_else(|| (0..attrs.len()).find(|&i| !outer[i] && attrs[i].pattern == Pattern::Pre))
        .or_else(|| (0..attrs.len()).find(|&i| !outer[i]))?;
    let mut via: Vec<usize> = (0..attrs.len()).filter(|&i| outer[i]).collect();
    via.sort_by_key(|&i| {
        let rank = match attrs[i].pattern {
            Pattern::According => 0,
            Pattern::Post | Pattern::Inverted | Pattern::Parenthetical => 1,
            Pattern::Pre => 2,
        };
        (rank, attrs[i].cue.start)
    });
    Some((main, via))
}

pub(crate) fn np_raw<'a>(view: &'a str, toks: &[Tok], np: &Np) -> RawNp<'a> {
    let start = toks[np.start].start;
    let end = toks[np.end - 1].end;
    RawNp {
        text: &view[start..end],
        start,
        kind: np.kind,
        initial: toks[..np.start].iter().all(|t| t.kind == Kind::Punct),
        // "Moody's", "McDonald's": an owner's mark that ends the phrase is part of its
        // last word (`np_backward_core`), not a word of its own.
        words: {
            let words = if np.end - np.start >= 2 && toks[np.end - 1].kind == Kind::Possessive {
                np.start..np.end - 1
            } else {
                np.start..np.end
            };
            words
                .clone()
                .map(|k| {
                    let word_end = if k + 1 == words.end { end } else { toks[k].end };
                    toks[k].start - start..word_end - start
                })
                .collect()
        },
    }
}

fn is_connector(t: &Tok) -> bool {
    t.kind == Kind::Punct
        || t.kind == Kind::Possessive
        || matches!(
            t.lower.as_ref(),
            "that" | "and" | "but" | "or" | "then" | "also" | "adding" | "saying" | "as" | "so"
        )
}

/// The content token indices of a claim ([`content_tokens`]), in order, each once.
enum ContentToks {
    /// The union of two ranges, the first starting no later than the second (either may
    /// be empty).
    Ranges(Range<usize>, Range<usize>),
    List(Vec<usize>),
}

impl ContentToks {
    /// How many tokens the content holds.
    fn len(&self) -> usize {
        match self {
            ContentToks::Ranges(a, b) => a.len() + (b.start.max(a.end)..b.end).len(),
            ContentToks::List(v) => v.len(),
        }
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        let (a, b, list) = match self {
            ContentToks::Ranges(a, b) => (a.clone(), b.clone(), &[][..]),
            ContentToks::List(v) => (0..0, 0..0, v.as_slice()),
        };
        // `b` from where `a` ends: `b` starts no earlier than `a`, so this is the union
        // of the two in order, each index once.
        let b = b.start.max(a.end)..b.end;
        a.chain(b).chain(list.iter().copied())
    }
}

/// The content token indices of `a` minus the regions of the other attributions.
fn content_tokens(a: &Attr, others: &[&Attr]) -> ContentToks {
    // Most claims have no intermediary, and no attribution has more than two content
    // ranges: their union, read in order, is the content, with no vector of indices to
    // fill, sort and deduplicate (an allocation per claim).
    if others.is_empty()
        && let [first, rest @ ..] = &a.content[..]
        && rest.len() <= 1
    {
        let second = rest.first().cloned().unwrap_or(0..0);
        let (x, y) = if second.start < first.start {
            (second, first.clone())
        } else {
            (first.clone(), second)
        };
        return ContentToks::Ranges(x, y);
    }
    let mut v: Vec<usize> = a.content.iter().flat_map(|r| r.clone()).collect();
    if v.is_empty() {
        return ContentToks::List(v);
    }
    if others.is_empty() {
        // Nothing to take out, no tables to build.
        v.sort_unstable();
        v.dedup();
        return ContentToks::List(v);
    }
    // Tokens covered by another attribution, marked with a difference array over the
    // content's extent: linear in the content plus the number of attributions, where
    // testing every token against every other attribution is their product.
    let lo = v.iter().copied().min().unwrap_or(0);
    let hi = v.iter().copied().max().unwrap_or(0) + 1;
    let mut delta = vec![0i32; hi - lo + 1];
    let mut mark = |r: &Range<usize>| {
        let (s, e) = (r.start.max(lo), r.end.min(hi));
        if s < e {
            delta[s - lo] += 1;
            delta[e - lo] -= 1;
        }
    };
    for o in others {
        mark(&o.region);
        mark(&(o.subject.start..o.cue.end));
    }
    let mut covered = Vec::with_capacity(hi - lo);
    let mut depth = 0;
    for d in &delta[..hi - lo] {
        depth += d;
        covered.push(depth > 0);
    }
    v.retain(|&k| !covered[k - lo]);
    v.sort_unstable();
    v.dedup();
    ContentToks::List(v)
}

/// Whether the words of the tokens `idx` (lower-cased, quotations read word by word)
/// are negated, and their modality. Words that are already lower-case ASCII (most of
/// them) are borrowed, not copied.
fn scan_words<'w>(
    view: &'w str,
    lower: &'w str,
    toks: &'w [Tok<'_>],
    idx: impl IntoIterator<Item = usize>,
    seg: &Segmentation,
) -> (bool, Option<Cow<'static, str>>) {
    // The words are read as they come, each with the next one (the two rules that look
    // ahead need one word): collecting them into a vector first cost an allocation and
    // its growth per claim.
    let mut state = NegationAndModality::default();
    let mut prev: Option<Cow<'w, str>> = None;
    let mut push = |w: Cow<'w, str>| {
        if let Some(p) = prev.replace(w) {
            state.word(&p, prev.as_deref());
        }
    };
    for k in idx {
        match toks[k].kind {
            Kind::Quote(q) => {
                for p in &seg.quotes[q].parts {
                    view[p.clone()]
                        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                        .filter(|w| !w.is_empty())
                        .map(|w| {
                            if is_month_may(w) {
                                Cow::Borrowed(w)
                            } else if w.is_ascii() {
                                // An ASCII word's lower case is its slice of the
                                // lower-cased view (same offsets), borrowed: `lower_of`
                                // copied every capitalised word of every quotation into a
                                // `String`.
                                let at = w.as_ptr() as usize - view.as_ptr() as usize;
                                Cow::Borrowed(&lower[at..at + w.len()])
                            } else {
                                tokens::lower_of(w)
                            }
                        })
                        .for_each(&mut push);
                }
            }
            // "May" with its capital is the month, and "Nor" with its capital inside a
            // name ("Mohd Nor Azam", "Nor Hayati": after another capitalised word or
            // before one) no negation: both are passed on as written.
            Kind::Word | Kind::Number => {
                let t = &toks[k];
                let as_written = t.text.len() == 3
                    && (is_month_may(t.text)
                        || t.text == "Nor"
                            && (k > 0 && toks[k - 1].cap()
                                || toks.get(k + 1).is_some_and(|n| n.cap())));
                push(Cow::Borrowed(if as_written {
                    t.text
                } else {
                    t.lower.as_ref()
                }))
            }
            _ => {}
        }
    }
    if let Some(p) = prev {
        state.word(&p, None);
    }
    (state.negated, state.modality)
}

/// "rose to 5% in May", "May was the wettest month": "May" with its capital is the month
/// (or a name), never the modal verb, which copy writes in lower case. [`scan_words`]
/// passes it on as written, which is no modal to the rules.
fn is_month_may(word: &str) -> bool {
    word == "May"
}

/// Negation and modality of a claim's words (lower case), fed one word at a time with
/// the word after it.
#[derive(Default)]
struct NegationAndModality {
    negated: bool,
    modality: Option<Cow<'static, str>>,
}

impl NegationAndModality {
    #[inline]
    fn word(&mut self, w: &str, next: Option<&str>) {
        // "We are nobody's lapdog", "Nothing's changed": a word with an owner's mark or a
        // contracted "is" is the word (quotations are read with apostrophes inside words).
        // (Asked of every word of every claim: compared by bytes.)
        let w = match w.as_bytes() {
            [.., b'\'', b's'] => &w[..w.len() - 2],
            [.., 0xE2, 0x80, 0x99, b's'] => &w[..w.len() - 4],
            _ => w,
        };
        // Nothing left to learn; or a word that is neither a negation nor a modal (nor
        // ends in "n't"), which the rules below would pass over after a hash look-up.
        if self.negated && self.modality.is_some()
            || !w.ends_with("n't") && !crate::lexicon::may_negate_or_modal(w)
        {
            return;
        }
        let c = word_class(w);
        // "the No 9 shirt", "No. 10": a number sign, not a negation.
        let number_sign =
            w == "no" && next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        if (c.negation || w.ends_with("n't")) && !number_sign {
            // "no longer", "not only … but": "not only" is not a negation.
            if !(w == "not" && next.is_some_and(|n| n == "only")) {
                self.negated = true;
            }
        }
        if self.modality.is_none()
            && (c.modal || w.ends_with("n't") && word_class(&w[..w.len() - 3]).modal)
        {
            let m = w.strip_suffix("n't").unwrap_or(w);
            let m = match m {
                "won" => "will",
                "can" | "ca" => "can",
                "cannot" => "can",
                "wouldn" => "would",
                "couldn" => "could",
                "shouldn" => "should",
                other => other,
            };
            self.modality = Some(
                crate::lexicon::function_word(m)
                    .map_or_else(|| Cow::Owned(m.to_string()), Cow::Borrowed),
            );
        }
    }
}

/// The tokens of each sentence of a document (by index in [`Segmentation::sentences`]),
/// where extraction already made them: a unit of one sentence is tokenized exactly as the
/// name registry tokenizes that sentence, so [`crate::resolve`] takes them over instead of
/// tokenizing the body a second time.
///
/// All of a document's tokens sit end to end in one vector, each sentence's a range of
/// it: a vector per sentence was one large allocation each (and glibc consolidates its
/// small free blocks on every large request).
pub(crate) struct SentenceTokens<'a> {
    toks: Vec<Tok<'a>>,
    /// Each sentence's range of `toks`, `None` where extraction did not tokenize it alone.
    ranges: Vec<Option<Range<usize>>>,
}

impl<'a> SentenceTokens<'a> {
    /// The tokens of sentence `si`, if extraction made them.
    pub(crate) fn get(&self, si: usize) -> Option<&[Tok<'a>]> {
        let r = self.ranges.get(si)?.clone()?;
        self.toks.get(r)
    }
}

/// Claims of one document before speaker resolution, in order, and the sentence tokens
/// made on the way.
pub(crate) fn extract_raw<'a>(
    doc: &'a Document,
    lower: &'a tokens::LowerView,
    seg: &Segmentation,
    ctx: &ScanContext,
) -> (Vec<RawClaim<'a>>, SentenceTokens<'a>) {
    let view = doc.view();
    let outer = outer_quotes(seg);
    let mut units = build_units(view, seg, &outer);
    let mut store: Vec<Tok<'a>> = Vec::with_capacity(tokens::capacity_for(view.len()));
    let mut ranges: Vec<Option<Range<usize>>> = vec![None; seg.sentences.len()];
    // A one-sentence unit's tokens are that sentence's tokens (same range, same outer
    // quotations clipped to it).
    let mut keep = |unit: &Unit, toks: Range<usize>| {
        if unit.sentences.len() == 1 {
            ranges[unit.sentences.start] = Some(toks);
        }
    };
    // About one claim per unit (a few units make two, many none): sized once for that
    // many, where growing from four claims up copied kilobytes of them each time. Not
    // beyond a thousand: a document of many thousand sentences may have few claims, and
    // those grow as before.
    let mut out: Vec<RawClaim<'a>> = Vec::with_capacity(units.len().min(1024));
    let mut scratch = UnitScratch::default();
    // The unit index each claim came from, to continue quotes only across adjacent units.
    let mut claim_unit: Vec<usize> = Vec::new();
    let mut u = 0;
    while u < units.len() {
        let unit = units[u].clone();
        let an = analyze(
            &mut store,
            &mut scratch,
            view,
            lower,
            unit.span.clone(),
            &outer,
        );
        let toks = an.range.clone();
        // A sentence that only attributes the quotation before it ("“…!” Zelensky said.")
        // joins that quotation's unit.
        if u > 0
            && units[u - 1].last_para == unit.first_para
            && attribution_only(&an)
            && ends_with_quote(view, &units[u - 1], &outer)
        {
            let prev = units[u - 1].clone();
            let merged = Unit {
                span: prev.span.start..unit.span.end,
                first_para: prev.first_para,
                last_para: unit.last_para,
                sentences: prev.sentences.start..unit.sentences.end,
            };
            // Drop what the previous unit produced and redo it merged.
            while claim_unit.last() == Some(&(u - 1)) {
                claim_unit.pop();
                out.pop();
            }
            units[u - 1] = merged;
            units.remove(u);
            keep(&unit, toks);
            u -= 1;
            continue;
        }
        let claims = unit_claims(
            view,
            lower.as_str(),
            seg,
            &unit,
            &an,
            ctx,
            out.last(),
            claim_unit.last() == Some(&(u.wrapping_sub(1))),
        );
        match claims {
            UnitResult::Claims(cs) => {
                for c in cs {
                    out.push(c);
                    claim_unit.push(u);
                }
            }
            // ("Lloyd said:" closing its paragraph and the quotation opening the next are
            // one unit already: see `introduces_quotation`.)
            UnitResult::Claim(c) => {
                out.push(c);
                claim_unit.push(u);
            }
            UnitResult::Continue(quotes, end, negated) => {
                if let Some(last) = out.last_mut() {
                    last.take_in(quotes, end, negated, unit.last_para);
                    if let Some(cu) = claim_unit.last_mut() {
                        *cu = u;
                    }
                }
            }
            UnitResult::None => {}
        }
        keep(&unit, toks);
        u += 1;
    }
    (
        out,
        SentenceTokens {
            toks: store,
            ranges,
        },
    )
}

impl RawClaim<'_> {
    /// A claim over the whole of `unit` with no attribution read in it: no speaker, cue,
    /// relay, channel or quotation. The outlet's statement; the callers set the speaker
    /// of an interview's answer, and the speaker and quotations of a quotation that
    /// inherits the paragraph before's; an attributed claim sets its span and everything
    /// it read over this.
    fn unattributed(
        unit: &Unit,
        kind: ClaimKind,
        negated: bool,
        modality: Option<Cow<'static, str>>,
    ) -> Self {
        RawClaim {
            span: unit.span.clone(),
            kind,
            speaker: None,
            hint: None,
            via: Vec::new(),
            addressee: None,
            cue: None,
            channel: None,
            quotes: Vec::new(),
            direct: false,
            negated,
            modality,
            first_para: unit.first_para,
            last_para: unit.last_para,
            inherited: false,
            conjunct: false,
            scanned: None,
        }
    }

    /// Take in the quotations that follow the claim up to `end` (a quotation continued
    /// in the next sentence, or the one an attribution's colon introduced), ending in
    /// paragraph `last_para`; `negated` when their words are.
    fn take_in(&mut self, quotes: Vec<usize>, end: usize, negated: bool, last_para: usize) {
        self.quotes.extend(quotes);
        self.negated |= negated;
        self.span.end = end;
        self.scanned = None;
        self.last_para = last_para;
    }
}

fn attribution_only(an: &Analysis) -> bool {
    if an.toks.iter().any(Tok::is_quote) || an.attrs.len() != 1 {
        return false;
    }
    let a = &an.attrs[0];
    let words_outside = an
        .toks
        .iter()
        .enumerate()
        .filter(|(k, t)| t.is_word() && !a.region.contains(k))
        .count();
    a.subject.start == 0 && words_outside == 0 && an.toks.len() <= 14
}

fn ends_with_quote(view: &str, unit: &Unit, outer: &[(usize, Range<usize>)]) -> bool {
    let text = view[unit.span.clone()].trim_end();
    let end = unit.span.start + text.len();
    overlapping(outer, end.saturating_sub(3)..end)
        .iter()
        .any(|(_, q)| q.end >= end.saturating_sub(2) && q.end <= end)
}

#[expect(
    clippy::large_enum_variant,
    reason = "returned once per unit and moved straight into the claim list; boxing it \
              would be the allocation this variant saves"
)]
enum UnitResult<'a> {
    Claims(Vec<RawClaim<'a>>),
    /// One claim (most units): no vector to allocate for it.
    Claim(RawClaim<'a>),
    /// A quotation that continues the previous direct quote: its quotes, new end, and
    /// whether it is negated.
    Continue(Vec<usize>, usize, bool),
    None,
}

#[allow(clippy::too_many_arguments)]
fn unit_claims<'a>(
    view: &'a str,
    lower: &'a str,
    seg: &Segmentation,
    unit: &Unit,
    an: &Analysis,
    ctx: &ScanContext,
    prev: Option<&RawClaim<'a>>,
    prev_adjacent: bool,
) -> UnitResult<'a> {
    let toks = an.toks;
    if let Some((main, via)) = chain(toks, an.attrs) {
        // Two complete attributions joined by ", while/but …" make two claims.
        if let Some((sep, second)) = split_point(toks, an.attrs, main) {
            let mut claims = Vec::new();
            for part in [0..sep, second..toks.len()] {
                let attrs: Vec<Attr> = an
                    .attrs
                    .iter()
                    .filter(|a| part.contains(&a.cue.start))
                    .cloned()
                    .map(|mut a| {
                        for r in a.content.iter_mut() {
                            r.start = r.start.max(part.start);
                            r.end = r.end.min(part.end);
                        }
                        a
                    })
                    .collect();
                if let Some((m, v)) = chain(toks, &attrs)
                    && let Some(c) = attributed_claim(
                        view,
                        lower,
                        seg,
                        unit,
                        toks,
                        &attrs,
                        m,
                        &v,
                        Some(part.clone()),
                    )
                {
                    push_with_conjunct(view, toks, &attrs[m], c, &mut claims);
                }
            }
            if !claims.is_empty() {
                return UnitResult::Claims(claims);
            }
        }
        // "But union boss Mirela Djuric blasted the pay rise …, saying it would not make
        // up for soaring prices": the loaded verb whose subject "saying" borrows is how
        // the speech was made; it is the claim's cue, what "saying" opens its content.
        let framed: Vec<Attr>;
        let attrs = match loaded_frame(toks, an.attrs, main) {
            Some(j) => {
                framed = an
                    .attrs
                    .iter()
                    .enumerate()
                    .map(|(k, a)| {
                        let mut a = a.clone();
                        if k == main {
                            let frame = &an.attrs[j];
                            (a.cue, a.lemma, a.stance) =
                                (frame.cue.clone(), frame.lemma, frame.stance);
                        }
                        a
                    })
                    .collect();
                &framed[..]
            }
            None => an.attrs,
        };
        if let Some(c) = attributed_claim(view, lower, seg, unit, toks, attrs, main, &via, None) {
            if an.attrs[main].also.is_empty() {
                return UnitResult::Claim(c);
            }
            let mut claims = Vec::with_capacity(2);
            push_with_conjunct(view, toks, &an.attrs[main], c, &mut claims);
            return UnitResult::Claims(claims);
        }
        return UnitResult::None;
    }
    // No attribution.
    let quotes: Vec<usize> = toks
        .iter()
        .filter_map(|t| {
            if let Kind::Quote(q) = t.kind {
                Some(q)
            } else {
                None
            }
        })
        .collect();
    let only_quote = !quotes.is_empty() && toks.iter().all(|t| t.is_quote() || is_connector(t));
    // "• Okafor: “We’d rather run full buses …”": a quotation under a name and a colon.
    if !only_quote
        && !quotes.is_empty()
        && let Some(speaker) = quote_label_speaker(view, unit, toks)
    {
        let (negated, modality) = scan_words(view, lower, toks, 0..toks.len(), seg);
        return UnitResult::Claim(RawClaim {
            speaker: Some(speaker),
            quotes,
            direct: true,
            ..RawClaim::unattributed(unit, ClaimKind::DirectQuote, negated, modality)
        });
    }
    if only_quote {
        // "“Rebuilding won’t happen overnight …”" over "– Marisa Delaurier, Minister of
        // …": the line under the quotation names its speaker.
        if let Some((speaker, end)) = byline_speaker(view, unit.span.end) {
            let (negated, modality) = scan_words(view, lower, toks, 0..toks.len(), seg);
            let mut c = RawClaim {
                speaker: Some(speaker),
                quotes,
                direct: true,
                ..RawClaim::unattributed(unit, ClaimKind::DirectQuote, negated, modality)
            };
            c.span.end = end;
            return UnitResult::Claim(c);
        }
        let para = &seg.paragraphs[unit.first_para];
        let starts_para = unit.span.start <= para.span.start + 3;
        if let Some(p) = prev {
            let same_para = p.last_para == unit.first_para;
            if same_para && prev_adjacent && p.direct && p.speaker.is_some() {
                let (negated, _) = scan_words(view, lower, toks, 0..toks.len(), seg);
                return UnitResult::Continue(quotes, unit.span.end, negated);
            }
            let follows = same_para
                || (starts_para
                    && p.last_para + 1
                        >= unit
                            .first_para
                            .saturating_sub(previous_gap(seg, unit.first_para)));
            if follows && p.speaker.is_some() {
                let (negated, modality) = scan_words(view, lower, toks, 0..toks.len(), seg);
                return UnitResult::Claim(RawClaim {
                    speaker: p.speaker.clone(),
                    hint: p.hint.clone(),
                    via: p.via.clone(),
                    quotes,
                    direct: true,
                    inherited: true,
                    ..RawClaim::unattributed(unit, ClaimKind::DirectQuote, negated, modality)
                });
            }
        }
        return UnitResult::None;
    }
    // "Uwase: We do not expect fares to rise.": an answer in an interview printed as
    // questions and answers.
    if let Some(speaker) = answer_speaker(view, seg, unit, toks, prev, prev_adjacent) {
        let (negated, modality) = scan_words(view, lower, toks, 0..toks.len(), seg);
        return UnitResult::Claim(RawClaim {
            speaker: Some(speaker),
            ..RawClaim::unattributed(unit, ClaimKind::ReportedSpeech, negated, modality)
        });
    }
    // "Mr Jahangir declined to say whether sales tax would rise to 19 per cent": speech
    // that was not made is no claim, whatever numbers its question holds.
    if unsaid(toks) {
        return UnitResult::None;
    }
    // "Q: Will you be back asking for more in a year or two?": a question asserts
    // nothing, whatever numbers it holds. (One that ends in a quotation, "… to the question
    // “Should fares rise?”", is the outlet's statement.)
    if toks.last().is_some_and(|t| t.punct('?')) {
        return UnitResult::None;
    }
    // The outlet's own statement: it must carry a number or a date.
    let scanned = crate::quantities::scan(&view[unit.span.clone()], ctx);
    if scanned.is_empty() {
        return UnitResult::None;
    }
    let (negated, modality) = scan_words(view, lower, toks, 0..toks.len(), seg);
    UnitResult::Claim(RawClaim {
        scanned: Some(scanned),
        ..RawClaim::unattributed(unit, ClaimKind::Statement, negated, modality)
    })
}

/// The one answering, when `unit` is an answer in an interview printed as questions and
/// answers: the paragraph opens with one to three capitalised words and a colon, the last
/// of them a name the story gave someone before after another capitalised word ("Eng.
/// Josiane Uwase" … "Uwase: Nobody will be forced …"), so "Correction:" or "Source:" is
/// none, after a paragraph that asks a question. A later sentence of the same paragraph
/// is the same answer.
fn answer_speaker<'a>(
    view: &'a str,
    seg: &Segmentation,
    unit: &Unit,
    toks: &[Tok],
    prev: Option<&RawClaim<'a>>,
    prev_adjacent: bool,
) -> Option<RawNp<'a>> {
    let para = &seg.paragraphs[unit.first_para];
    if unit.span.start > para.span.start + 3 {
        // A later sentence of the answer: the claim before is an answer in this paragraph.
        let p = prev?;
        let label = p.speaker.as_ref()?;
        let answered = prev_adjacent
            && p.kind == ClaimKind::ReportedSpeech
            && p.cue.is_none()
            && p.last_para == unit.first_para
            && label.start == p.span.start
            && view[label.start + label.text.len()..].starts_with(':');
        return answered.then(|| label.clone());
    }
    let colon = label_colon(toks, 0)?;
    if colon + 2 >= toks.len() || !toks[colon + 1].cap() {
        return None;
    }
    // An answer follows its question: "Carver State: Hosts Hollister on Tuesday." under
    // a wire's "UP NEXT" is a team's line, not an answer. (Asked after the label's
    // tokens, which most paragraphs fail.)
    let asked = seg.paragraphs[..unit.first_para]
        .iter()
        .rev()
        .find(|p| p.role == ParaRole::Body)
        .is_some_and(|p| view[p.span.clone()].trim_end().ends_with('?'));
    if !asked {
        return None;
    }
    label_named_before(view, unit, toks, 0, colon)
}

/// The label `toks[start..colon]` as a speaker phrase, when its last word is a name the
/// story gave someone before `unit`, after another capitalised word ("Eng. Josiane
/// Uwase" … "Uwase:"), so "Correction:" or "Source:" is none.
fn label_named_before<'a>(
    view: &'a str,
    unit: &Unit,
    toks: &[Tok],
    start: usize,
    colon: usize,
) -> Option<RawNp<'a>> {
    let last = toks[colon - 1].text;
    let named_before = view[..unit.span.start].match_indices(last).any(|(at, _)| {
        let after = view[at + last.len()..].chars().next();
        let before = view[..at].trim_end_matches(' ');
        at > before.len()
            && after.is_none_or(|c| !c.is_alphanumeric())
            && before
                .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    });
    named_before.then(|| {
        np_raw(
            view,
            toks,
            &Np {
                start,
                end: colon,
                kind: NpKind::Name,
            },
        )
    })
}

/// The speaker a line under a quotation names, as government releases print them: a
/// dash, then a name of one to six capitalised words (a title may open it), then a comma
/// and a post or the end of the line ("“…”" then "– Marisa Delaurier, Minister of …",
/// "—Pauline Ostrander"). `quote_end` is where the quotation ends; the line must start
/// on the next line, or the one after a blank line. Also returns where the line ends.
fn byline_speaker(view: &str, quote_end: usize) -> Option<(RawNp<'_>, usize)> {
    let rest = view.get(quote_end..)?;
    let gap = rest.len() - rest.trim_start().len();
    let newlines = rest[..gap].matches('\n').count();
    if !(1..=2).contains(&newlines) {
        return None;
    }
    let line_start = quote_end + gap;
    let line = view[line_start..].split('\n').next().unwrap_or_default();
    let after_dash = ["–", "—", "--", "-", "―"]
        .iter()
        .find_map(|d| line.strip_prefix(d))?
        .trim_start();
    // The name: up to the comma before the post, or the line's end.
    let text = after_dash.split(',').next().unwrap_or_default().trim_end();
    let start = line_start + (line.len() - after_dash.len());
    // The words' ranges within the name (at most six, on the stack), each tested as it
    // is read.
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let mut spans: [Range<usize>; 6] = Default::default();
    let mut n = 0;
    let mut at = 0;
    for w in text.split(' ') {
        if !w.is_empty() {
            if n == spans.len()
                || !(capitalised(w) || crate::lexicon::is_name_particle(w))
                || w.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '/' | '@'))
            {
                return None;
            }
            spans[n] = at..at + w.len();
            n += 1;
        }
        at += w.len() + 1;
    }
    // A particle may stand inside a name, not at either end.
    let (first, last) = (spans[..n].first()?, spans[..n].last()?);
    if !capitalised(&text[first.clone()]) || !capitalised(&text[last.clone()]) {
        return None;
    }
    let words = spans[..n].iter().cloned().collect();
    let np = RawNp {
        text,
        start,
        kind: NpKind::Name,
        initial: true,
        words,
    };
    Some((np, line_start + line.trim_end().len()))
}

/// The one quoted, when `unit` is a quotation after a name and a colon, as smart-brevity
/// sites and live blogs print them: "Okafor: “We’d rather run full buses …”" (a bullet
/// may open it). The name is one the story gave someone before; no question need come
/// first, as for an answer ([`answer_speaker`]): the quotation marks say it is speech.
fn quote_label_speaker<'a>(view: &'a str, unit: &Unit, toks: &[Tok]) -> Option<RawNp<'a>> {
    let start = usize::from(toks.first().is_some_and(|t| t.kind == Kind::Punct));
    let colon = label_colon(toks, start)?;
    if !toks.get(colon + 1).is_some_and(Tok::is_quote)
        || !toks[colon + 1..]
            .iter()
            .all(|t| t.is_quote() || t.kind == Kind::Punct)
    {
        return None;
    }
    label_named_before(view, unit, toks, start, colon)
}

/// The colon that closes a label opening the unit at token `start`: one to three
/// capitalised words and a colon right after them ("Uwase:", "Teresa Okafor:"), as
/// interviews print answers and brevity sites print quotes.
fn label_colon(toks: &[Tok], start: usize) -> Option<usize> {
    let colon = start
        + toks[start.min(toks.len())..]
            .iter()
            .take(4)
            .position(|t| t.punct(':'))?;
    (colon > start
        && toks[start..colon].iter().all(|t| t.is_word() && t.cap())
        && toks[colon].start == toks[colon - 1].end)
        .then_some(colon)
}

// Number of non-body paragraphs directly before paragraph `p` (a photo credit or a
// timestamp between two paragraphs does not break "the previous paragraph").
fn previous_gap(seg: &Segmentation, p: usize) -> usize {
    seg.paragraphs[..p]
        .iter()
        .rev()
        .take_while(|x| x.role != ParaRole::Body)
        .count()
}

/// Where to split a unit with two complete attributions: the conjunction that opens the
/// second ("…, while Zelensky said …"), or a semicolon before it.
fn split_point(toks: &[Tok], attrs: &[Attr], main: usize) -> Option<(usize, usize)> {
    let a = &attrs[main];
    if a.pattern != Pattern::Pre {
        return None;
    }
    // "At least nine people died, according to Reuters, while local media put the toll at
    // 10": the main attribution opens a clause of its own after another source's.
    // The clause opens where the attribution's phrase does, at the role phrase before an
    // appositive name (", while his lawyer, Wichai Phromma, said …").
    if !a.borrowed
        && let Some(sep) = clause_break_before(toks, a.phrase_start())
        && attrs
            .iter()
            .enumerate()
            .any(|(i, b)| i != main && b.region.end <= sep + 1 && b.cue.end <= sep)
    {
        return Some((sep, a.phrase_start()));
    }
    attrs.iter().enumerate().find_map(|(i, b)| {
        if i == main || b.pattern != Pattern::Pre || b.borrowed || b.subject.start <= a.cue.end {
            return None;
        }
        // Not when b is the content of a ("Ushakov said, and Putin told …" is rare; "said
        // that Putin told" chains instead).
        if content_start(toks, a) == Some(b.subject.start) {
            return None;
        }
        clause_break_before(toks, b.phrase_start()).map(|sep| (sep, b.phrase_start()))
    })
}

/// Whether `toks`, all that stands before a subject and its comma, is one adverbial
/// phrase: no comma or quotation inside, and it opens with a preposition, an adverb, a
/// time word, a subordinator or a participle ("On Monday", "Speaking at a rally in
/// Guwahati", "Asked about the plan", "When pressed"), not with a clause of its own
/// ("The two presidents would then meet in the capital").
fn opening_adverbial(toks: &[Tok]) -> bool {
    attribution::opens_adverbial(toks, 0) && !toks.iter().any(|t| t.is_quote() || t.punct(','))
}

/// Where a clause that starts at `s` is cut from the one before: the ";" before it
/// ("Residents said they were angry; officials said …"), the comma before its
/// conjunction (", while …", ", but …"), or the conjunction itself after a quotation that
/// closes on a comma ("“…,” while …").
fn clause_break_before(toks: &[Tok], s: usize) -> Option<usize> {
    let conj = s.checked_sub(1)?;
    if toks[conj].punct(';') {
        return Some(conj);
    }
    let sep = conj.checked_sub(1)?;
    if !matches!(
        toks[conj].lower.as_ref(),
        "while" | "but" | "whereas" | "and" | "although"
    ) {
        return None;
    }
    if toks[sep].punct(',') || toks[sep].punct(';') {
        return Some(sep);
    }
    // "said that figure was “a real number in a tight year,” while Oyelaran said …": the
    // comma inside the closing mark; the quotation stays with the clause before.
    (toks[sep].is_quote()
        && toks[sep]
            .text
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
            .ends_with(','))
    .then_some(conj)
}

#[allow(clippy::too_many_arguments)]
fn attributed_claim<'a>(
    view: &'a str,
    lower: &'a str,
    seg: &Segmentation,
    unit: &Unit,
    toks: &[Tok],
    attrs: &[Attr],
    main: usize,
    via: &[usize],
    part: Option<Range<usize>>,
) -> Option<RawClaim<'a>> {
    let a = &attrs[main];
    // Only the intermediaries' words are taken out of the content; a speech verb inside
    // the content ("said it did not expect further aftershocks") stays part of it.
    let others: Vec<&Attr> = via.iter().map(|&i| &attrs[i]).collect();
    let content = content_tokens(a, &others);
    let has_words = content.iter().any(|k| says(&toks[k]));
    // Only where the content follows the verb: before it ("In a Facebook post, the
    // utility urged …") a phrase of place is the reporter's setting.
    if !has_words || a.pattern == Pattern::Pre && says_only_when_or_where(toks, &content) {
        return None;
    }
    let quotes: Vec<usize> = content
        .iter()
        .filter_map(|k| {
            if let Kind::Quote(q) = toks[k].kind {
                Some(q)
            } else {
                None
            }
        })
        .collect();
    // Direct: the content is quotations and connectors, with at most a short adverbial
    // tail after the last quotation ("…,” he said, “…” after the call). Words before the
    // first quotation or between quotations make it a partial quote ("Zelensky said Russia
    // was “rushing …”", "stressed that «nothing about Ukraine» could be decided «…»").
    // Direct: the content is quotations and connectors only. Reporter's words before,
    // between or after the quotations make it a partial quote ("Zelensky said Russia was
    // “rushing …”", "stressed that «nothing about Ukraine» could be decided «…»", "gushed
    // that ‘real progress was made’ in the chat"). Adverbials of the attribution itself
    // ("…”, Zelensky wrote on X ahead of …") are outside the content.
    let direct = !quotes.is_empty()
        && content
            .iter()
            .all(|k| toks[k].is_quote() || is_connector(&toks[k]));
    let kind = if quotes.is_empty() {
        ClaimKind::ReportedSpeech
    } else if direct {
        ClaimKind::DirectQuote
    } else {
        ClaimKind::PartialQuote
    };
    let (negated, modality) = scan_words(view, lower, toks, content.iter(), seg);
    let hint = if a.subject.kind == NpKind::Pronoun {
        attrs
            .iter()
            .enumerate()
            .filter(|(i, b)| {
                *i != main
                    && !via.contains(i)
                    && b.subject.kind != NpKind::Pronoun
                    && b.subject.start < a.subject.start
            })
            .map(|(_, b)| np_raw(view, toks, &b.subject))
            .next_back()
    } else {
        None
    };
    let mut via_nps: Vec<RawNp<'a>> = Vec::new();
    if let Some(qb) = &a.quoted_by {
        via_nps.push(np_raw(view, toks, qb));
    }
    via_nps.extend(via.iter().map(|&i| np_raw(view, toks, &attrs[i].subject)));
    let cue_text = CompactString::from(&view[toks[a.cue.start].start..toks[a.cue.end - 1].end]);
    let span = match &part {
        Some(p) => {
            let first = p.start;
            let last = p.end.saturating_sub(1);
            let mut end = toks[last].end;
            // Leave a trailing comma out of the first half's span.
            if toks[last].punct(',') && last > first {
                end = toks[last - 1].end;
            }
            toks[first].start.max(unit.span.start)..end.min(unit.span.end)
        }
        None => unit.span.clone(),
    };
    Some(RawClaim {
        span,
        kind,
        speaker: Some(np_raw(view, toks, &a.subject)),
        hint,
        via: via_nps,
        addressee: a.addressee.as_ref().map(|np| np_raw(view, toks, np)),
        cue: Some(Cue {
            text: cue_text,
            lemma: Cow::Borrowed(a.lemma),
            stance: a.stance,
        }),
        channel: a
            .channel
            .as_ref()
            .map(|r| view[toks[r.start].start..toks[r.end - 1].end].to_string()),
        quotes,
        direct,
        ..RawClaim::unattributed(unit, kind, negated, modality)
    })
}

/// Push claim `c` of attribution `a`, after a copy of it for the speaker coordinated
/// before `a`'s subject, who said it too.
fn push_with_conjunct<'a>(
    view: &'a str,
    toks: &[Tok],
    a: &Attr,
    c: RawClaim<'a>,
    out: &mut Vec<RawClaim<'a>>,
) {
    for np in &a.also {
        let mut co = c.clone();
        co.speaker = Some(np_raw(view, toks, np));
        co.hint = None;
        co.conjunct = true;
        out.push(co);
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A claim of the text "text" with this speaker, modality and parts.
    fn test_claim(
        speaker: Option<Speaker>,
        modality: Option<Cow<'static, str>>,
        parts: ClaimParts,
    ) -> Claim {
        let span = Span {
            start: 0,
            end: 4,
            line: 1,
            column: 1,
            source_line: None,
        };
        let kind = ClaimKind::DirectQuote;
        Claim::new(
            "c1".into(),
            kind,
            speaker.map(Arc::new),
            None,
            "text".into(),
            false,
            modality,
            Vec::new(),
            span,
            parts,
        )
    }

    #[test]
    fn a_claim_gives_back_the_parts_it_was_made_of() {
        let speaker = Speaker {
            name: "Ingrid Castillo".into(),
            surface: "she".into(),
            role: None,
            resolved: true,
            kind: SpeakerKind::Person,
        };
        let long = "We will not raise the rate again this year, whatever the markets say";
        let parts = |quote: Option<&str>, quoted: &[&str], addressee: Option<&str>| ClaimParts {
            via: Vec::new(),
            addressee: addressee.map(CompactString::from),
            channel: None,
            quote: quote.map(SharedText::from),
            quoted_parts: quoted.iter().map(|&p| CompactString::from(p)).collect(),
        };
        for (p, rare) in [
            // A one-part quotation: its part is the quote, held once.
            (parts(Some(long), &[long], None), false),
            (parts(Some("a b"), &["a", "b"], None), true),
            // A partial quote, a quote without parts (as a claims file may give).
            (parts(None, &["grave mistake"], None), true),
            (parts(Some(long), &[], None), false),
            (parts(Some(long), &["another"], None), true),
            (parts(None, &[], Some("reporters")), true),
            (parts(None, &[], None), false),
        ] {
            let c = test_claim(Some(speaker.clone()), None, p.clone());
            assert_eq!(c.rare.is_some(), rare, "{p:?}");
            let back = c.parts();
            assert_eq!(back.quote, p.quote);
            assert_eq!(back.quoted_parts, p.quoted_parts);
            assert_eq!(back.addressee, p.addressee);
            assert!(
                c.quoted_parts()
                    .eq(p.quoted_parts.iter().map(CompactString::as_str))
            );
            assert_eq!(c.quote(), p.quote.as_deref());
            // Through its record and back, as claims files carry it.
            let json = serde_json::to_string(&c).expect("a claim serializes");
            let read: Claim = serde_json::from_str(&json).expect("and reads back");
            assert_eq!(read, c, "{json}");
        }
    }

    #[test]
    fn a_claim_keeps_a_modality_of_the_lexicon_or_its_own() {
        for (m, own) in [
            (None, false),
            (Some("would"), false),
            (Some("may"), false),
            (Some("will"), false),
            // A claims file's own word is kept as written.
            (Some("oughta"), true),
            (Some(""), true),
        ] {
            let modality = m.map(|m| Cow::Owned(m.to_string()));
            let c = test_claim(None, modality, ClaimParts::default());
            assert_eq!(c.modality(), m);
            assert_eq!(c.rare.is_some(), own, "{m:?}");
            let json = serde_json::to_string(&c).expect("a claim serializes");
            let read: Claim = serde_json::from_str(&json).expect("and reads back");
            assert_eq!(read, c, "{json}");
            assert_eq!(read.modality(), m);
        }
        assert!(crate::lexicon::MODALS.len() < usize::from(OWN_MODALITY));
    }

    #[test]
    fn words_hold_any_number_of_words_in_order() {
        for n in [0, 1, WORDS_FEW - 1, WORDS_FEW, WORDS_FEW + 1, 3 * WORDS_FEW] {
            let all: Vec<String> = (0..n).map(|k| format!("w{k}")).collect();
            let want: Vec<&str> = all.iter().map(String::as_str).collect();
            let words: Words = want.iter().copied().collect();
            assert_eq!(&*words, want.as_slice(), "{n} words");
        }
    }

    proptest::proptest! {
        #[test]
        fn claim_id_is_formatted_number(n in proptest::prelude::any::<usize>()) {
            proptest::prop_assert_eq!(claim_id(n), format!("c{n}"));
        }
    }

    #[test]
    fn claim_ids() {
        assert_eq!(claim_id(1), "c1");
        assert_eq!(&*shared_claim_id(1), "c1");
        assert_eq!(&*shared_claim_id(SHARED_IDS), format!("c{SHARED_IDS}"));
        assert_eq!(
            &*shared_claim_id(SHARED_IDS + 1),
            format!("c{}", SHARED_IDS + 1)
        );
        assert!(Arc::ptr_eq(&shared_claim_id(7), &shared_claim_id(7)));
        assert_eq!(claim_id(10), "c10");
        assert_eq!(claim_id(usize::MAX), format!("c{}", usize::MAX));
    }

    /// The sizes the comparison's memory was measured with: a claim of 120 bytes, and
    /// its rare parts in an allocation of 96 (88 bytes and the allocator's 8).
    #[test]
    fn claim_sizes() {
        assert_eq!(std::mem::size_of::<Claim>(), 120);
        assert_eq!(std::mem::size_of::<ClaimRare>(), 88);
    }

    /// A direct quote whose words are the document's bytes holds them, shared; one
    /// wrapped over two lines has its collapsed words in a buffer of its own. Claims read
    /// back from a claims file share theirs the same way.
    #[test]
    fn quotes_share_the_document_where_they_can() {
        use crate::ingest::{Document, InputFormat};
        let text = "outlet: P\n\nTitle\n\n\"The bridge will reopen in May,\" the minister said.\n\n\
                    \"The repairs cost more than\nwe planned,\" the mayor said.\n";
        let doc = Document::from_text("p.txt", 0, text.to_string(), InputFormat::Text);
        let seg = crate::segment::segment(&doc);
        let claims = extract(&doc, &seg);
        let quoted: Vec<&Claim> = claims.iter().filter(|c| c.quote().is_some()).collect();
        assert_eq!(quoted.len(), 2, "{claims:#?}");
        let view = doc.view_shared();
        let held = |c: &Claim| c.quote.as_deref().and_then(|q| q.range_in(view));
        assert_eq!(quoted[0].quote(), Some("The bridge will reopen in May,"));
        assert!(held(quoted[0]).is_some());
        assert_eq!(
            quoted[1].quote(),
            Some("The repairs cost more than we planned,")
        );
        assert!(held(quoted[1]).is_none());
        let mut read = quoted[0].clone();
        read.quote = read.quote().map(|q| Box::new(SharedText::from(q)));
        assert!(held(&read).is_none());
        read.share_quote(view);
        assert_eq!(held(&read), held(quoted[0]));
        assert_eq!(read, *quoted[0]);
    }

    /// Two documents' claims with the same verb as written hold one cue between them,
    /// and a cue read back from a claims file (an `Arc` of its own) is the same one.
    #[test]
    fn cues_are_shared_across_documents() {
        use crate::ingest::{Document, InputFormat};
        let claims_of = |name: &str, text: &str| {
            let doc = Document::from_text(name, 0, text.to_string(), InputFormat::Text);
            let seg = crate::segment::segment(&doc);
            extract(&doc, &seg)
        };
        let one = claims_of(
            "a.txt",
            "outlet: A\n\nT\n\nThe minister acknowledged that the bridge was closed.\n",
        );
        let two = claims_of(
            "b.txt",
            "outlet: B\n\nT\n\nThe mayor acknowledged that the repairs were late.\n",
        );
        let cue = |c: &[Claim]| c.first().and_then(|c| c.cue.clone()).expect("a cue");
        let (a, b) = (cue(&one), cue(&two));
        assert_eq!(a.text, "acknowledged");
        assert!(Arc::ptr_eq(&a, &b), "{a:?} and {b:?} held twice");
        let read = Arc::new((*a).clone());
        assert!(Arc::ptr_eq(&held::share_arc(&read), &a));
        // A verb of its own still gets a cue equal to itself.
        let odd = Cue {
            text: "intoned".into(),
            lemma: Cow::Borrowed("intone"),
            stance: Stance::Neutral,
        };
        assert_eq!(*held::share(odd.clone()), odd);
        // A speaker named alike in two documents is held once.
        let three = claims_of(
            "c.txt",
            "outlet: C\n\nT\n\nThe minister said that the bridge was closed.\n",
        );
        let speaker = |c: &[Claim]| {
            c.first()
                .and_then(|c| c.speaker.clone())
                .expect("a speaker")
        };
        let (m1, m3) = (speaker(&one), speaker(&three));
        assert_eq!(m1.surface, "The minister");
        assert!(Arc::ptr_eq(&m1, &m3), "{m1:?} and {m3:?} held twice");
        assert!(!Arc::ptr_eq(&m1, &speaker(&two)));
    }

    /// A claim whose words are one space apart in the document keeps the document's
    /// bytes, shared; one wrapped over two lines has its collapsed text in a buffer of its
    /// own. Either reads the same as the collapsed text.
    #[test]
    fn claim_texts_share_the_document_where_they_can() {
        use crate::ingest::{Document, InputFormat};
        let text = "outlet: P\n\nTitle\n\nThe minister said the bridge would reopen on 3 May.\n\n\
                    The mayor said the repairs had\ncost 4 million euros.\n";
        let doc = Document::from_text("p.txt", 0, text.to_string(), InputFormat::Text);
        let seg = crate::segment::segment(&doc);
        let claims = extract(&doc, &seg);
        assert_eq!(claims.len(), 2, "{claims:#?}");
        let place =
            |c: &Claim| SharedText::slice(doc.view_shared(), c.range()).expect("in the text");
        assert_eq!(
            &*claims[0].text,
            "The minister said the bridge would reopen on 3 May."
        );
        assert!(claims[0].text.same_place(&place(&claims[0])));
        assert_eq!(
            &*claims[1].text,
            "The mayor said the repairs had cost 4 million euros."
        );
        assert!(!claims[1].text.same_place(&place(&claims[1])));
    }
}
